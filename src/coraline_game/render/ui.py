"""The interface over the room: inventory bar, hover label, speech box, choices, cursor.

Layout functions (``inventory_slots``, ``choice_rects``, ``speech_layout``) are shared by
drawing and by the play scene's hit-testing, so what is drawn is exactly what is clickable.
Player-facing words (speech, choices, labels) come in two sizes: ``Hud.large`` picks.
"""

from __future__ import annotations

from dataclasses import dataclass

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
LARGE_TEXT_SIZE = 22
NAME_SIZE = 16
SLOT = 34
SPEECH_RECT = pygame.Rect(8, 6, LOGICAL_SIZE[0] - 16, 66)  # the smallest speech box
SPEECH_BOTTOM = VIEW_HEIGHT - 8  # a speech box never reaches lower than this


@dataclass(frozen=True, slots=True)
class TextStyle:
    """One text size: the nominal size for ``TextCache`` and the spacing that goes with it."""

    size: int
    step: int  # from one line to the next
    top: int  # from the top of the speech box to its first line (the name sits above)


NORMAL = TextStyle(TEXT_SIZE, 14, 22)
LARGE = TextStyle(LARGE_TEXT_SIZE, 22, 30)


def style(large: bool) -> TextStyle:
    return LARGE if large else NORMAL


BAR_SLOTS = 14  # the empty slots the bar always shows


def inventory_slots(count: int) -> list[pygame.Rect]:
    """The slot rectangles of the inventory bar, left to right: 4 px apart while they fit,
    closer together (overlapping at the last) when she carries more than the bar holds."""
    top = VIEW_HEIGHT + (LOGICAL_SIZE[1] - VIEW_HEIGHT - SLOT) // 2
    step = SLOT + 4
    if count > 1:
        step = min(step, (LOGICAL_SIZE[0] - 20 - SLOT) // (count - 1))
    return [pygame.Rect(10 + i * step, top, SLOT, SLOT) for i in range(count)]


@dataclass(frozen=True, slots=True)
class ChoiceRow:
    rect: pygame.Rect
    number: str  # "1. "
    lines: tuple[str, ...]  # the option's words, wrapped to the row's width after the number


def choice_layout(texts: list[str], text: TextCache, large: bool = False) -> list[ChoiceRow]:
    """Rows of a choice menu, stacked up from the bottom of the room view; a long option wraps."""
    st = style(large)
    most = LOGICAL_SIZE[0] - 32
    numbers = [f"{i + 1}. " for i in range(len(texts))]
    indent = max((text.size(n, st.size)[0] for n in numbers), default=0)
    wrapped = [text.wrap(t, st.size, most - 8 - indent) for t in texts]
    widest = max((text.size(line, st.size)[0] for lines in wrapped for line in lines), default=0)
    width = min(most, indent + widest + 16)
    heights = [st.step * len(lines) + 4 for lines in wrapped]
    y = VIEW_HEIGHT - 8 - sum(heights)
    rows = []
    for number, lines, height in zip(numbers, wrapped, heights):
        rows.append(ChoiceRow(pygame.Rect(16, y, width, height), number, tuple(lines)))
        y += height
    return rows


def choice_rects(texts: list[str], text: TextCache, large: bool = False) -> list[pygame.Rect]:
    """The clickable rectangle of each option of a choice menu (``Hud.choice_rects`` knows the
    size in use)."""
    return [row.rect for row in choice_layout(texts, text, large)]


@dataclass(frozen=True, slots=True)
class SpeechLayout:
    rect: pygame.Rect  # the box, grown downwards to hold every line
    x: int  # the left edge of the name and the lines
    lines: tuple[str, ...]
    style: TextStyle

    def line_y(self, i: int) -> int:
        return self.rect.y + self.style.top + i * self.style.step


def speech_layout(text: TextCache, words: str, portrait: bool, large: bool = False,
                  box: pygame.Rect = SPEECH_RECT, bottom: int = SPEECH_BOTTOM) -> SpeechLayout:
    """Where the speech box and its lines go. The box grows down for long lines; if large text
    would still not fit above ``bottom`` the normal size is used for that line."""
    st = style(large)
    x = box.x + (66 if portrait else 8)
    tip = text.size("...", st.size)[0] + 6
    lines = tuple(text.wrap(words, st.size, box.right - x - 8 - tip))
    height = max(box.height, st.top + st.step * len(lines) + (4 if large else 2))
    if large and box.y + height > bottom:
        return speech_layout(text, words, portrait, False, box, bottom)
    return SpeechLayout(pygame.Rect(box.x, box.y, box.width, height), x, lines, st)


def veil(surface: pygame.Surface, alpha: int = 150) -> None:
    """Darken everything drawn so far, under an overlay (pause, settings, help …)."""
    shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    shade.fill((8, 6, 14, alpha))
    surface.blit(shade, (0, 0))


def panel(surface: pygame.Surface, rect: pygame.Rect, alpha: int = 228) -> None:
    """A dark rounded panel with a thin lilac edge, the house style of every box."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(box, (*PANEL, alpha), box.get_rect(), border_radius=4)
    pygame.draw.rect(box, (*PANEL_EDGE, 255), box.get_rect(), width=1, border_radius=4)
    surface.blit(box, rect)


class Hud:
    """Draws the interface; holds only caches, and ``large``: whether speech, choices and
    labels use the large text size (the play scene sets it from the text size setting)."""

    def __init__(self, assets: Assets, text: TextCache, large: bool = False) -> None:
        self.assets = assets
        self.text = text
        self.large = large
        self._bar: tuple[int, pygame.Surface] | None = None  # (slots drawn, the bar)

    def choice_rects(self, texts: list[str]) -> list[pygame.Rect]:
        """The options' clickable rectangles at the text size in use."""
        return choice_rects(texts, self.text, self.large)

    def inventory(self, surface: pygame.Surface, items: list[tuple[str, str]], selected: str,
                  hover: int) -> None:
        """``items`` are (id, icon name) pairs."""
        slots = max(BAR_SLOTS, len(items))
        if self._bar is None or self._bar[0] != slots:
            bar = pygame.Surface((LOGICAL_SIZE[0], LOGICAL_SIZE[1] - VIEW_HEIGHT))
            bar.fill((16, 12, 22))
            pygame.draw.line(bar, PANEL_EDGE, (0, 0), (LOGICAL_SIZE[0], 0))
            for rect in inventory_slots(slots):
                r = rect.move(0, -VIEW_HEIGHT)
                pygame.draw.rect(bar, (28, 22, 36), r, border_radius=3)
                pygame.draw.rect(bar, (48, 38, 58), r, width=1, border_radius=3)
            self._bar = (slots, bar)
        surface.blit(self._bar[1], (0, VIEW_HEIGHT))
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
        img = self.text.render(words, style(self.large).size, INK)
        rect = img.get_rect(midbottom=(anchor[0], anchor[1] - 14))
        rect.clamp_ip(pygame.Rect(2, 2, LOGICAL_SIZE[0] - 4, LOGICAL_SIZE[1] - 4))
        surface.blit(img, rect)

    def speech(self, surface: pygame.Surface, character: Character, text: str, shown: int,
               portrait: pygame.Surface | None, box: pygame.Rect = SPEECH_RECT) -> None:
        """The speech box: portrait, name in the character's colour, the words typed so far.
        The box is sized for the whole line, so it does not grow while the words type out;
        ``box`` is its smallest size (the settings screen's preview passes a narrower one)."""
        layout = speech_layout(self.text, text, portrait is not None, self.large, box)
        rect, size = layout.rect, layout.style.size
        panel(surface, rect)
        if portrait is not None:
            frame = pygame.Rect(rect.x + 6, rect.y + 6, 52, 54)
            pygame.draw.rect(surface, (40, 32, 50), frame, border_radius=3)
            pygame.draw.rect(surface, character.colour, frame, width=1, border_radius=3)
            big = pygame.transform.scale(portrait, (48, 52))
            surface.blit(big, (frame.x + 2, frame.y + 1))
        surface.blit(self.text.render(character.name, size, character.colour), (layout.x, rect.y + 6))
        remaining = shown
        for i, line in enumerate(layout.lines):
            if remaining <= 0:
                break
            surface.blit(self.text.render(line[:remaining], size, INK), (layout.x, layout.line_y(i)))
            remaining -= len(line) + 1
        if shown >= len(text):
            tip = self.text.render("...", size, DIM)
            surface.blit(tip, tip.get_rect(bottomright=(rect.right - 6, rect.bottom - 4)))

    def choices(self, surface: pygame.Surface, texts: list[str], hover: int) -> None:
        rows = choice_layout(texts, self.text, self.large)
        if not rows:
            return
        st = style(self.large)
        indent = max(self.text.size(row.number, st.size)[0] for row in rows)
        panel(surface, rows[0].rect.union(rows[-1].rect).inflate(8, 8))
        for i, row in enumerate(rows):
            colour = HIGHLIGHT if i == hover else INK
            number = self.text.render(row.number.strip(), st.size, colour)
            surface.blit(number, (row.rect.x + 4, row.rect.y + 2))
            for n, line in enumerate(row.lines):
                surface.blit(self.text.render(line, st.size, colour),
                             (row.rect.x + 4 + indent, row.rect.y + 2 + n * st.step))

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
