"""The interface over the room: inventory bar, hover label, speech box, choices, cursor.

Layout functions (``inventory_slots``, ``choice_rects``) are shared by drawing and by the
play scene's hit-testing, so what is drawn is exactly what is clickable.
"""

from __future__ import annotations

import pygame

from coraline_game.content.model import Character
from coraline_game.render import LOGICAL_SIZE, VIEW_HEIGHT
from coraline_game.render.assets import Assets
from coraline_game.render.text import TextCache

INK = (236, 228, 214)
DIM = (150, 140, 150)
PANEL = (22, 18, 30)
PANEL_EDGE = (92, 74, 104)
HIGHLIGHT = (255, 214, 110)
TEXT_SIZE = 16
NAME_SIZE = 16
SLOT = 34
SPEECH_RECT = pygame.Rect(8, 6, LOGICAL_SIZE[0] - 16, 66)


def inventory_slots(count: int) -> list[pygame.Rect]:
    """The slot rectangles of the inventory bar, left to right."""
    top = VIEW_HEIGHT + (LOGICAL_SIZE[1] - VIEW_HEIGHT - SLOT) // 2
    return [pygame.Rect(10 + i * (SLOT + 4), top, SLOT, SLOT) for i in range(count)]


def choice_rects(texts: list[str], text: TextCache) -> list[pygame.Rect]:
    """Rows of a choice menu, stacked up from the bottom of the room view."""
    height = 18
    top = VIEW_HEIGHT - 8 - height * len(texts)
    widest = max((text.render(f"{i + 1}. {t}", TEXT_SIZE, INK).get_width()
                  for i, t in enumerate(texts)), default=0)
    width = min(LOGICAL_SIZE[0] - 32, widest + 16)
    return [pygame.Rect(16, top + i * height, width, height) for i in range(len(texts))]


def panel(surface: pygame.Surface, rect: pygame.Rect, alpha: int = 228) -> None:
    """A dark rounded panel with a thin lilac edge, the house style of every box."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(box, (*PANEL, alpha), box.get_rect(), border_radius=4)
    pygame.draw.rect(box, (*PANEL_EDGE, 255), box.get_rect(), width=1, border_radius=4)
    surface.blit(box, rect)


class Hud:
    """Draws the interface; holds only caches."""

    def __init__(self, assets: Assets, text: TextCache) -> None:
        self.assets = assets
        self.text = text
        self._bar: pygame.Surface | None = None

    def inventory(self, surface: pygame.Surface, items: list[tuple[str, str]], selected: str,
                  hover: int) -> None:
        """``items`` are (id, icon name) pairs."""
        if self._bar is None:
            self._bar = pygame.Surface((LOGICAL_SIZE[0], LOGICAL_SIZE[1] - VIEW_HEIGHT))
            self._bar.fill((16, 12, 22))
            pygame.draw.line(self._bar, PANEL_EDGE, (0, 0), (LOGICAL_SIZE[0], 0))
            for rect in inventory_slots(14):
                r = rect.move(0, -VIEW_HEIGHT)
                pygame.draw.rect(self._bar, (28, 22, 36), r, border_radius=3)
                pygame.draw.rect(self._bar, (48, 38, 58), r, width=1, border_radius=3)
        surface.blit(self._bar, (0, VIEW_HEIGHT))
        for i, ((item, icon), rect) in enumerate(zip(items, inventory_slots(len(items)))):
            if item == selected:
                pygame.draw.rect(surface, HIGHLIGHT, rect, width=2, border_radius=3)
            elif i == hover:
                pygame.draw.rect(surface, PANEL_EDGE, rect, width=2, border_radius=3)
            image = self.assets.optional(f"items/{icon}.png")
            if image is not None:
                surface.blit(image, image.get_rect(center=rect.center))

    def label(self, surface: pygame.Surface, words: str, anchor: tuple[int, int]) -> None:
        """The name of what is under the cursor, just above it, kept on screen."""
        if not words:
            return
        img = self.text.render(words, TEXT_SIZE, INK)
        rect = img.get_rect(midbottom=(anchor[0], anchor[1] - 14))
        rect.clamp_ip(pygame.Rect(2, 2, LOGICAL_SIZE[0] - 4, LOGICAL_SIZE[1] - 4))
        surface.blit(img, rect)

    def speech(self, surface: pygame.Surface, character: Character, text: str, shown: int,
               portrait: pygame.Surface | None) -> None:
        """The speech box: portrait, name in the character's colour, the words typed so far."""
        rect = SPEECH_RECT
        panel(surface, rect)
        x = rect.x + 8
        if portrait is not None:
            frame = pygame.Rect(rect.x + 6, rect.y + 6, 52, 54)
            pygame.draw.rect(surface, (40, 32, 50), frame, border_radius=3)
            pygame.draw.rect(surface, character.colour, frame, width=1, border_radius=3)
            big = pygame.transform.scale(portrait, (48, 52))
            surface.blit(big, (frame.x + 2, frame.y + 1))
            x = frame.right + 8
        surface.blit(self.text.render(character.name, NAME_SIZE, character.colour), (x, rect.y + 6))
        width = rect.right - x - 8
        y = rect.y + 22
        remaining = shown
        for line in self.text.wrap(text, TEXT_SIZE, width):
            if remaining <= 0:
                break
            part = line[:remaining]
            remaining -= len(line) + 1
            surface.blit(self.text.render(part, TEXT_SIZE, INK), (x, y))
            y += 14
        if shown >= len(text):
            tip = self.text.render("...", TEXT_SIZE, DIM)
            surface.blit(tip, (rect.right - tip.get_width() - 6, rect.bottom - 16))

    def choices(self, surface: pygame.Surface, texts: list[str], hover: int) -> None:
        rects = choice_rects(texts, self.text)
        if not rects:
            return
        panel(surface, rects[0].union(rects[-1]).inflate(8, 8))
        for i, (words, rect) in enumerate(zip(texts, rects)):
            colour = HIGHLIGHT if i == hover else INK
            surface.blit(self.text.render(f"{i + 1}. {words}", TEXT_SIZE, colour), (rect.x + 4, rect.y + 2))

    def banner(self, surface: pygame.Surface, title: str, alpha: int) -> None:
        """The room's name, shown briefly on entering."""
        img = self.text.render(title, 24, INK)
        rect = img.get_rect(midtop=(LOGICAL_SIZE[0] // 2, 84))
        box = rect.inflate(24, 10)
        layer = pygame.Surface(box.size, pygame.SRCALPHA)
        pygame.draw.rect(layer, (*PANEL, 200), layer.get_rect(), border_radius=4)
        layer.blit(img, img.get_rect(center=layer.get_rect().center))
        layer.set_alpha(alpha)
        surface.blit(layer, box)

    def corner_note(self, surface: pygame.Surface, words: str) -> None:
        """Small print at the right end of the inventory bar (the shuffled hunt's seed)."""
        img = self.text.render(words, 12, DIM)
        surface.blit(img, img.get_rect(bottomright=(LOGICAL_SIZE[0] - 6, LOGICAL_SIZE[1] - 4)))

    def chapter_card(self, surface: pygame.Surface, number: int, title: str, alpha: int) -> None:
        """A chapter's title card: the whole screen dark, its number small, its title large."""
        layer = pygame.Surface(LOGICAL_SIZE, pygame.SRCALPHA)
        layer.fill((*PANEL, 255))
        centre = LOGICAL_SIZE[0] // 2
        heading = self.text.render(f"Chapter {number}", TEXT_SIZE, DIM)
        layer.blit(heading, heading.get_rect(midbottom=(centre, 150)))
        name = self.text.render(title, 32, INK)
        layer.blit(name, name.get_rect(midtop=(centre, 160)))
        rule = pygame.Rect(0, 0, min(name.get_width(), 240), 1)
        rule.midtop = (centre, 160 + name.get_height() + 10)
        layer.fill(PANEL_EDGE, rule)
        layer.set_alpha(alpha)
        surface.blit(layer, (0, 0))

    def problems(self, surface: pygame.Surface, messages: list[str]) -> None:
        """The F5 overlay: why the reload failed. The old room stays playable underneath."""
        rect = pygame.Rect(8, 80, LOGICAL_SIZE[0] - 16, 200)
        panel(surface, rect, alpha=240)
        y = rect.y + 6
        surface.blit(self.text.render("Reload failed - still playing the last good version."
                                      " Fix these and press F5:", TEXT_SIZE, HIGHLIGHT), (rect.x + 6, y))
        y += 16
        for message in messages:
            for line in self.text.wrap(message, 12, rect.width - 12):
                if y > rect.bottom - 14:
                    return
                surface.blit(self.text.render(line, 12, INK), (rect.x + 6, y))
                y += 12
