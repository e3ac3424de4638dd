"""The title screen: the house in the rain, the game's name, and a short menu."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.ui import DIM, INK, panel
from coraline_game.scenes.base import Scene
from coraline_game.scenes.menu import Entry, Menu

if TYPE_CHECKING:
    from coraline_game.app import App as Services

RAIN_DROPS = 140
CAT_EVERY = 900  # frames between the cat's walks along the fence (15 s)
CAT_WALK = 420  # frames a walk across the screen takes
FENCE_TOP = 319  # where the cat's feet go: the tops of the fence's pickets in ui/title.png


class TitleScene(Scene):
    def __init__(self, services: Services) -> None:
        self.services = services
        self.frame = 0
        entries = [Entry("New Game", services.new_game),
                   Entry("New Game, eyes shuffled", services.new_shuffled_game),
                   Entry("Load", services.open_load),
                   Entry("Speedrun", services.open_speedrun_menu),
                   Entry("Settings", services.open_settings),
                   Entry("Credits", services.show_credits),
                   Entry("Quit", services.quit)]
        if services.saving.continue_slot() is not None:  # a good save to go on from
            entries.insert(0, Entry("Continue", services.continue_game))
        self.menu = Menu(entries, LOGICAL_SIZE[0] // 2, 136, row=23, sound=services.audio.ui)
        rng = random.Random(7)  # the same rain every time
        self.drops = [(rng.randrange(LOGICAL_SIZE[0]), rng.randrange(LOGICAL_SIZE[1]),
                       rng.choice((3, 4, 5))) for _ in range(RAIN_DROPS)]
        self.mouse = (0, 0)

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.services.quit()
            return
        self.menu.handle(event, self.services.text)

    def update(self) -> None:
        self.frame += 1
        self.services.audio.update(None)

    def draw_cat(self, surface: pygame.Surface) -> None:
        """Now and then the cat walks the fence, right to left, a silhouette against the night."""
        t = self.frame % CAT_EVERY - (CAT_EVERY - CAT_WALK)
        if t < 0:
            return
        frame, (ax, ay) = self.services.sprites.frame("cat", 2, 2 + (t // 8) % 4, True)
        rim, shadow = frame.copy(), frame.copy()
        rim.fill((170, 182, 222, 0), special_flags=pygame.BLEND_RGB_MIN)  # moonlight on its back
        shadow.fill((12, 12, 22, 0), special_flags=pygame.BLEND_RGB_MIN)
        x = LOGICAL_SIZE[0] + 20 - (LOGICAL_SIZE[0] + 40) * t // CAT_WALK
        surface.blit(rim, (x - ax, FENCE_TOP - ay - 1))
        surface.blit(shadow, (x - ax, FENCE_TOP - ay))

    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        background = self.services.assets.optional("ui/title.png")
        if background is not None:
            surface.blit(background, (0, 0))
        else:
            surface.fill((18, 20, 34))
        w, h = LOGICAL_SIZE
        for x, y, speed in self.drops:
            yy = (y + self.frame * speed) % h
            xx = (x - self.frame * speed // 4) % w
            pygame.draw.line(surface, (120, 140, 170), (xx, yy), (xx - 1, yy + 4))
        glow = abs(((self.frame // 6) % 20) - 10)  # a slow candle flicker, 0..10
        title = text.render("Coraline", 48, (240, 200 + glow * 2, 120 + glow * 4))
        surface.blit(title, title.get_rect(midtop=(w // 2, 26)))
        sub = text.render("The Little Door", 28, INK)
        surface.blit(sub, sub.get_rect(midtop=(w // 2, 92)))
        rects = self.menu.rects(text)
        panel(surface, rects[0].unionall(rects[1:]).inflate(40, 16), alpha=170)
        self.draw_cat(surface)
        self.menu.draw(surface, text)
        hint = text.render("Click or press Enter", 16, DIM)
        surface.blit(hint, hint.get_rect(midbottom=(w // 2, h - 8)))
        self.services.cursors.draw(surface, "use", self.mouse)
