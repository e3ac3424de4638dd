"""A vertical menu usable by mouse and keyboard, shared by the title and pause scenes."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

import pygame

from coraline_game.render.text import TextCache
from coraline_game.render.ui import HIGHLIGHT, INK

ROW = 24


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    action: Callable[[], None]


class Menu:
    def __init__(self, entries: list[Entry], centre_x: int, top: int, size: int = 22,
                 row: int = ROW, sound: Callable[[str], None] | None = None) -> None:
        self.entries = entries
        self.centre_x, self.top, self.size, self.row = centre_x, top, size, row
        self.sound = sound or (lambda name: None)  # "move" and "click", for the menu sounds
        self.index = 0

    def rects(self, text: TextCache) -> list[pygame.Rect]:
        out = []
        for i, e in enumerate(self.entries):
            img = text.render(e.label, self.size, INK)
            out.append(img.get_rect(midtop=(self.centre_x, self.top + i * self.row)).inflate(16, 4))
        return out

    def handle(self, event: pygame.event.Event, text: TextCache) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_UP, pygame.K_w):
                self.index = (self.index - 1) % len(self.entries)
                self.sound("move")
            elif event.key in (pygame.K_DOWN, pygame.K_s, pygame.K_TAB):
                self.index = (self.index + 1) % len(self.entries)
                self.sound("move")
            elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                self.sound("click")
                self.entries[self.index].action()
        elif event.type == pygame.MOUSEMOTION:
            for i, r in enumerate(self.rects(text)):
                if r.collidepoint(event.pos) and i != self.index:
                    self.index = i
                    self.sound("move")
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for i, r in enumerate(self.rects(text)):
                if r.collidepoint(event.pos):
                    self.index = i
                    self.sound("click")
                    self.entries[i].action()
                    return

    def draw(self, surface: pygame.Surface, text: TextCache) -> None:
        for i, (e, r) in enumerate(zip(self.entries, self.rects(text))):
            chosen = i == self.index
            img = text.render(e.label, self.size, HIGHLIGHT if chosen else INK)
            surface.blit(img, img.get_rect(center=r.center))
            if chosen:
                pygame.draw.polygon(surface, HIGHLIGHT, [(r.x - 2, r.centery - 4), (r.x + 4, r.centery),
                                                         (r.x - 2, r.centery + 4)])
