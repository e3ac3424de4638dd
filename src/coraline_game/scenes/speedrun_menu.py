"""The speedrun menu: pick a category (with its personal best beside it), or a practice
start at one of the eye hunt's splits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.ui import DIM, INK, panel, veil
from coraline_game.scenes.base import Scene
from coraline_game.scenes.menu import Entry, Menu
from coraline_game.speedrun.starts import StartError, practice_splits
from coraline_game.world.walkthrough import format_time

if TYPE_CHECKING:
    from coraline_game.app import App as Services


class SpeedrunMenuScene(Scene):
    transparent = True

    def __init__(self, services: Services) -> None:
        self.services = services
        self.mouse = (0, 0)
        self.problem = ""
        entries = []
        for category in services.content.speedrun.categories.values():
            records = services.speedrun.records(category.id)
            pb = records.personal_best
            best = f"   PB {format_time(pb.split_ticks[-1])}" if pb else ""
            label = category.name + (" (new seed)" if category.shuffled else "") + best
            entries.append(Entry(label, self.starter(category.id)))
        for category in services.content.speedrun.categories.values():
            try:
                splits = practice_splits(services.content, category)
            except StartError as err:
                self.problem = str(err)
                splits = []
            for split in splits:
                entries.append(Entry(f"Practice {category.name} from {split}",
                                     self.starter(category.id, split)))
        entries.append(Entry("Back", services.close_overlay))
        self.menu = Menu(entries, LOGICAL_SIZE[0] // 2, 84, size=16, row=20, sound=services.audio.ui)

    def starter(self, category: str, practice: str = "") -> Callable[[], None]:
        """The menu action that starts this category (at this practice split)."""
        return lambda: self.services.start_speedrun(category, None, practice)

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.services.close_overlay()
            return
        self.menu.handle(event, self.services.text)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        veil(surface, 235)
        rects = self.menu.rects(text)
        area = rects[0].unionall(rects[1:]).inflate(40, 16)
        area.width = max(area.width, 300)
        area.centerx = LOGICAL_SIZE[0] // 2
        area.top, area.height = area.top - 36, area.height + 36
        panel(surface, area)
        title = text.render("Speedrun", 22, INK)
        surface.blit(title, title.get_rect(midtop=(LOGICAL_SIZE[0] // 2, area.y + 6)))
        self.menu.draw(surface, text)
        hint = self.problem or f"Reset: {self.services.bindings.label('reset')}.  Timer and splits on screen."
        img = text.render(hint, 16, DIM)
        surface.blit(img, img.get_rect(midtop=(LOGICAL_SIZE[0] // 2, area.bottom + 4)))
        self.services.cursors.draw(surface, "use", self.mouse)
