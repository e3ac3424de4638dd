"""The Help overlay: every control, read from the bindings table, so a remapped key shows as the
player set it. Mouse controls first (fixed), then each action with its keys and pad buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.render.ui import DIM, HIGHLIGHT, INK, PANEL_EDGE, panel, veil
from coraline_game.scenes.base import Scene
from coraline_game.scenes.bindings import ACTIONS, Bindings

SIZE = 16
STEP = 13  # from one line of text to the next
KEY = (240, 214, 160)  # the keys and buttons, a paler gold than the headings
PANEL_RECT = pygame.Rect(20, 10, LOGICAL_SIZE[0] - 40, LOGICAL_SIZE[1] - 20)
BODY = pygame.Rect(PANEL_RECT.x + 16, PANEL_RECT.y + 40, PANEL_RECT.width - 32, PANEL_RECT.height - 40 - 26)
# The columns: what it does, the keys, the gamepad buttons (x from the body's left, width).
COLUMNS = ((0, 262), (270, 170), (448, BODY.width - 448))
MOUSE = (
    ("Walk there (double-click: run)", "Left click on the floor"),
    ("Use it, take it, talk to them or go through", "Left click on it"),
    ("Look at it", "Right click on it"),
    ("Go through an exit at once", "Double-click on the exit"),
    ("Use an item on something", "Click the item, then the thing"),
    ("Look at an item", "Right click on the item"),
    ("Next line of talk", "Click"),
    ("Pick an answer", "Click it, or press 1 to 9"),
)


class HelpServices(Protocol):
    """What the scene needs from the app."""

    @property
    def bindings(self) -> Bindings: ...
    @property
    def text(self) -> TextCache: ...
    @property
    def cursors(self) -> Cursors: ...
    def close_overlay(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Line:
    """One entry of the list: a heading (one cell), or one cell per column."""

    cells: tuple[str, ...]
    heading: bool = False


def help_lines(bindings: Bindings) -> list[Line]:
    """Everything the Help screen lists, in order."""
    lines = [Line(("Mouse",), heading=True)]
    lines += [Line((what, how)) for what, how in MOUSE]
    lines.append(Line(("Keyboard and gamepad", "Keys", "Gamepad"), heading=True))
    lines += [Line((a.label, bindings.label(a.id), bindings.pad_label(a.id))) for a in ACTIONS]
    return lines


@dataclass(frozen=True, slots=True)
class Row:
    """A line laid out: each cell's words wrapped to its column, and where it starts."""

    line: Line
    texts: tuple[tuple[str, ...], ...]
    y: int  # from the top of the list
    height: int


class HelpScene(Scene):
    transparent = True

    def __init__(self, services: HelpServices) -> None:
        self.services = services
        self.scroll = 0
        self.mouse = (0, 0)
        self.rows = self.layout()

    def layout(self) -> list[Row]:
        text = self.services.text
        rows: list[Row] = []
        y = 0
        for line in help_lines(self.services.bindings):
            if line.heading and rows:
                y += 6
            wrapped = tuple(tuple(text.wrap(cell, SIZE, width))
                            for cell, (_, width) in zip(line.cells, COLUMNS))
            height = STEP * max(len(w) for w in wrapped) + (4 if line.heading else 2)
            rows.append(Row(line, wrapped, y, height))
            y += height
        return rows

    @property
    def most_scroll(self) -> int:
        return max(0, self.rows[-1].y + self.rows[-1].height - BODY.height)

    def scroll_by(self, pixels: int) -> None:
        self.scroll = max(0, min(self.most_scroll, self.scroll + pixels))

    # -- input ---------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN:
            key = event.key
            if key in (pygame.K_ESCAPE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                self.services.close_overlay()
            elif key in (pygame.K_UP, pygame.K_w):
                self.scroll_by(-STEP * 2)
            elif key in (pygame.K_DOWN, pygame.K_s):
                self.scroll_by(STEP * 2)
            elif key in (pygame.K_PAGEUP, pygame.K_LEFT):
                self.scroll_by(-BODY.height + STEP * 2)
            elif key in (pygame.K_PAGEDOWN, pygame.K_RIGHT):
                self.scroll_by(BODY.height - STEP * 2)
            elif key == pygame.K_HOME:
                self.scroll = 0
            elif key == pygame.K_END:
                self.scroll = self.most_scroll
        elif event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * STEP * 2)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.services.close_overlay()

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        veil(surface, 200)
        panel(surface, PANEL_RECT)
        title = text.render("Controls", 28, INK)
        surface.blit(title, title.get_rect(midtop=(PANEL_RECT.centerx, PANEL_RECT.y + 8)))
        clip = surface.get_clip()
        surface.set_clip(BODY)
        for row in self.rows:
            top = BODY.y + row.y - self.scroll
            if top < BODY.top or top + row.height > BODY.bottom:
                continue  # only whole rows: no line cut in half
            self.draw_row(surface, row, top)
        surface.set_clip(clip)
        self.draw_marks(surface)
        more = "Up / Down to scroll.  " if self.most_scroll else ""
        footer = text.render(f"{more}Esc or Enter to close.", SIZE, DIM)
        surface.blit(footer, footer.get_rect(midbottom=(PANEL_RECT.centerx, PANEL_RECT.bottom - 8)))
        self.services.cursors.draw(surface, "use", self.mouse)

    def draw_row(self, surface: pygame.Surface, row: Row, top: int) -> None:
        text = self.services.text
        for n, (lines, (x, _)) in enumerate(zip(row.texts, COLUMNS)):
            if row.line.heading:
                colour = HIGHLIGHT
            elif n == 0:
                colour = INK
            else:
                colour = DIM if lines == ("none",) else KEY
            for i, words in enumerate(lines):
                surface.blit(text.render(words, SIZE, colour), (BODY.x + x, top + 1 + i * STEP))
        if row.line.heading:
            y = top + row.height - 2
            pygame.draw.line(surface, PANEL_EDGE, (BODY.x, y), (BODY.right, y))

    def draw_marks(self, surface: pygame.Surface) -> None:
        """Small triangles at the right edge when there is more above or below."""
        x = BODY.right + 6
        if self.scroll > 0:
            y = BODY.top + 2
            pygame.draw.polygon(surface, DIM, [(x - 4, y + 5), (x + 4, y + 5), (x, y)])
        if self.scroll < self.most_scroll:
            y = BODY.bottom - 2
            pygame.draw.polygon(surface, DIM, [(x - 4, y - 5), (x + 4, y - 5), (x, y)])
