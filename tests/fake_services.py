"""A stand-in for the App as the settings screen sees it: the current settings, and a record
of every change it is asked to make. Shared by the settings and bindings tests."""

from __future__ import annotations

from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.settings import Settings


class FakeServices:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.applied: list[Settings] = []
        self.closed = 0
        self.status = "off"
        self.status_reads = 0
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.cursors = Cursors(self.assets)

    def apply_settings(self, new: Settings) -> None:
        self.applied.append(new)
        self.settings = new

    def category_names(self) -> list[tuple[str, str]]:
        return [("any", "Any%"), ("eye-hunt", "Eye hunt"), ("eye-hunt-shuffled", "Eye hunt, shuffled")]

    def livesplit_status(self) -> str:
        self.status_reads += 1
        return self.status

    def close_overlay(self) -> None:
        self.closed += 1
