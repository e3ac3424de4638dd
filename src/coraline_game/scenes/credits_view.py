"""The credits on their own, from the title menu: the end roll rises as at the end of the
story (the credits room's roll effect counts from when the scene opens), and any key, button
or click goes back to the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from coraline_game.scenes.play import PlayScene
from coraline_game.world.world import World

if TYPE_CHECKING:
    from coraline_game.app import App as Services

CREDITS_ROOM = "credits"
LEAVE = (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.CONTROLLERBUTTONDOWN)


class CreditsScene(PlayScene):
    def __init__(self, services: Services) -> None:
        super().__init__(services, World(services.content, room=CREDITS_ROOM))
        self.banner_until = 0

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEMOTION:
            self.mouse = event.pos
        elif event.type in LEAVE:
            self.services.to_title()
