"""The pause overlay (Esc): the world stands still underneath until you resume."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.ui import panel, veil
from coraline_game.scenes.base import Scene
from coraline_game.scenes.menu import Entry, Menu

if TYPE_CHECKING:
    from coraline_game.app import App as Services


class PauseScene(Scene):
    transparent = True

    def __init__(self, services: Services) -> None:
        self.services = services
        entries = [Entry("Resume", services.resume)]
        if services.saving.can_save() is None:
            entries.append(Entry("Save", services.open_save))
        entries += [Entry("Load", services.open_load), Entry("Settings", services.open_settings),
                    Entry("Help", services.open_help), Entry("Quit to title", services.to_title),
                    Entry("Quit game", services.quit)]
        self.menu = Menu(entries, LOGICAL_SIZE[0] // 2, 112, row=22, sound=services.audio.ui)
        self.mouse = (0, 0)

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_p):
            self.services.resume()
            return
        self.menu.handle(event, self.services.text)

    def draw(self, surface: pygame.Surface) -> None:
        veil(surface, 150)
        rects = self.menu.rects(self.services.text)
        area = rects[0].unionall(rects[1:]).inflate(60, 14)
        area.width = max(area.width, 220)
        area.centerx = LOGICAL_SIZE[0] // 2
        area.top, area.height = area.top - 40, area.height + 40
        panel(surface, area)
        title = self.services.text.render("Paused", 28, (236, 228, 214))
        surface.blit(title, title.get_rect(midtop=(LOGICAL_SIZE[0] // 2, area.top + 8)))
        self.menu.draw(surface, self.services.text)
        self.services.cursors.draw(surface, "use", self.mouse)
