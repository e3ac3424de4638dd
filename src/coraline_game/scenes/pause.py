"""The pause overlay (Esc): the world stands still underneath until you resume."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.ui import panel
from coraline_game.scenes.base import Scene
from coraline_game.scenes.menu import Entry, Menu

if TYPE_CHECKING:
    from coraline_game.app import App as Services


class PauseScene(Scene):
    transparent = True

    def __init__(self, services: Services) -> None:
        self.services = services
        self.menu = Menu([Entry("Resume", services.resume), Entry("Settings", services.open_settings),
                          Entry("Quit to title", services.to_title),
                          Entry("Quit game", services.quit)], LOGICAL_SIZE[0] // 2, 150)
        self.mouse = (0, 0)

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_p):
            self.services.resume()
            return
        self.menu.handle(event, self.services.text)

    def draw(self, surface: pygame.Surface) -> None:
        veil = pygame.Surface(LOGICAL_SIZE, pygame.SRCALPHA)
        veil.fill((8, 6, 14, 150))
        surface.blit(veil, (0, 0))
        panel(surface, pygame.Rect(LOGICAL_SIZE[0] // 2 - 110, 100, 220, 160))
        title = self.services.text.render("Paused", 28, (236, 228, 214))
        surface.blit(title, title.get_rect(midtop=(LOGICAL_SIZE[0] // 2, 112)))
        self.menu.draw(surface, self.services.text)
        self.services.cursors.draw(surface, "use", self.mouse)
