"""The mouse pointer, drawn by the game at logical resolution so it scales with the art."""

from __future__ import annotations

import json
import os

import pygame

from coraline_game.render.assets import Assets

KINDS = ("walk", "look", "use", "talk", "take", "wait",
         "exit_left", "exit_right", "exit_up", "exit_down")


class Cursors:
    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self.hotspots: dict[str, tuple[int, int]] = {}
        meta = os.path.join(assets.root, "ui", "cursors.json")
        if os.path.isfile(meta):
            with open(meta, encoding="utf-8") as f:
                self.hotspots = {k: tuple(v) for k, v in json.load(f).items()}  # type: ignore[misc]

    def draw(self, surface: pygame.Surface, kind: str, pos: tuple[int, int]) -> None:
        image = self.assets.optional(f"ui/cursor_{kind}.png")
        if image is None:
            pygame.draw.circle(surface, (240, 230, 200), pos, 4, 1)
            return
        hx, hy = self.hotspots.get(kind, (image.get_width() // 2, image.get_height() // 2))
        surface.blit(image, (pos[0] - hx, pos[1] - hy))
