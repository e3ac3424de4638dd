"""The settings overlay, opened from the title and the pause menu: a list of rows usable by
mouse and keyboard. It changes settings only through ``services.apply_settings``.

To add a setting, add a ``Row`` in ``SettingsScene.build_rows``; the layout, drawing,
hit-testing and keys follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Protocol

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.render.ui import DIM, HIGHLIGHT, INK, panel
from coraline_game.scenes.base import Scene
from coraline_game.scenes.key_chord import KeyChord, chord_from_setting
from coraline_game.settings import Settings, normalise_address

ERROR = (236, 110, 96)
ROW_SIZE = 20
NOTE_SIZE = 16
ROW_HEIGHT = 24
NOTE_HEIGHT = 14
PANEL_RECT = pygame.Rect(LOGICAL_SIZE[0] // 2 - 210, 36, 420, 288)
INSET = 22  # row text starts this far inside the panel
ADDRESS_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.:[]-"
ADDRESS_MAX = 60
WAITING = "Press the new key…"

# Keys the game already uses on their own, and what for (a reset key must not steal them).
GAME_KEYS = MappingProxyType({
    pygame.K_ESCAPE: "opens the pause menu",
    pygame.K_RETURN: "moves the talk on",
    pygame.K_KP_ENTER: "moves the talk on",
    pygame.K_SPACE: "moves the talk on",
    pygame.K_PERIOD: "skips a line",
    pygame.K_s: "raises the seeing stone",
    pygame.K_h: "asks for a hint",
    pygame.K_p: "pauses the game",
    pygame.K_F3: "shows the debug view",
    pygame.K_F5: "reloads the story",
    pygame.K_F10: "pauses the game",
    **{pygame.K_1 + i: "picks an answer" for i in range(9)},
})


class SettingsServices(Protocol):
    """What the scene needs from the app (``App`` provides it)."""

    @property
    def settings(self) -> Settings: ...
    @property
    def text(self) -> TextCache: ...
    @property
    def cursors(self) -> Cursors: ...
    def apply_settings(self, new: Settings) -> None: ...
    def category_names(self) -> list[tuple[str, str]]: ...
    def livesplit_status(self) -> str: ...
    def close_overlay(self) -> None: ...


def why_refused(chord: KeyChord) -> str | None:
    """Why this chord cannot be the reset key (it is taken), or None if it can."""
    if chord.key == pygame.K_F11:
        return "F11 switches full screen"
    if chord.key == pygame.K_RETURN and chord.alt and not (chord.ctrl or chord.shift):
        return "Alt+Enter switches full screen"
    if chord.key == pygame.K_F4 and chord.alt and not (chord.ctrl or chord.shift):
        return "Alt+F4 closes the window"
    if chord.bare and chord.key in GAME_KEYS:
        return f"{chord.label} {GAME_KEYS[chord.key]}"
    return None


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the screen. Without ``activate`` and ``step`` it is a read-only note."""

    name: str
    title: str
    value: Callable[[], str]
    help: str = ""
    activate: Callable[[], None] | None = None    # Enter, Space, left click
    step: Callable[[int], None] | None = None     # Left / Right (-1 / +1), right click: -1

    @property
    def selectable(self) -> bool:
        return self.activate is not None or self.step is not None


@dataclass(frozen=True, slots=True)
class Message:
    row: str
    text: str


class SettingsScene(Scene):
    transparent = True

    def __init__(self, services: SettingsServices) -> None:
        self.services = services
        self.rows = self.build_rows()
        self.index = 0
        self.editing: str | None = None   # the address being typed
        self.capturing = False            # waiting for the new reset key
        self.message: Message | None = None
        self.mouse = (0, 0)
        self.frame = 0

    # -- the rows ------------------------------------------------------------------------------
    def build_rows(self) -> list[Row]:
        s = self.services
        return [
            Row("speedrun_mode", "Speedrun mode", lambda: on_off(s.settings.speedrun_mode),
                "Timer and splits on screen, instant text, reset key.",
                activate=lambda: self.toggle("speedrun_mode"), step=lambda _: self.toggle("speedrun_mode")),
            Row("speedrun_category", "Category", self.category_name,
                "What a run must do to finish. Left / Right to choose.",
                activate=lambda: self.cycle_category(1), step=self.cycle_category),
            Row("livesplit", "LiveSplit", lambda: on_off(s.settings.livesplit),
                "Send the splits to LiveSplit (in LiveSplit: Control > Start TCP Server).",
                activate=lambda: self.toggle("livesplit"), step=lambda _: self.toggle("livesplit")),
            Row("livesplit_address", "LiveSplit address", self.address_value,
                "Where LiveSplit listens: HOST:PORT, or a port on this computer.",
                activate=self.start_editing),
            Row("livesplit_status", "Status", s.livesplit_status),
            Row("reset_key", "Reset key", self.reset_key_value,
                "In speedrun mode, starts the run again at once.",
                activate=self.start_capture),
            Row("back", "Back", lambda: "", "Changes are saved as you make them.",
                activate=s.close_overlay),
        ]

    def change(self, **fields: Any) -> None:
        self.services.apply_settings(replace(self.services.settings, **fields))

    def toggle(self, name: str) -> None:
        self.change(**{name: not getattr(self.services.settings, name)})

    def category_name(self) -> str:
        current = self.services.settings.speedrun_category
        return dict(self.services.category_names()).get(current, current)

    def cycle_category(self, direction: int) -> None:
        ids = [cid for cid, _ in self.services.category_names()]
        if not ids:
            return
        current = self.services.settings.speedrun_category
        at = ids.index(current) if current in ids else (-1 if direction > 0 else 0)
        self.change(speedrun_category=ids[(at + direction) % len(ids)])

    def address_value(self) -> str:
        if self.editing is None:
            return self.services.settings.livesplit_address
        caret = "_" if (self.frame // 20) % 2 == 0 else " "
        return self.editing + caret

    def reset_key_value(self) -> str:
        if self.capturing:
            return WAITING
        return chord_from_setting(self.services.settings.reset_key)[0].label

    def start_editing(self) -> None:
        self.editing = self.services.settings.livesplit_address
        self.message = None

    def accept_address(self) -> None:
        assert self.editing is not None
        try:
            address = normalise_address(self.editing)
        except ValueError as err:
            self.message = Message("livesplit_address", f"Not changed: {err}.")
            return
        self.editing = None
        self.message = None
        if address != self.services.settings.livesplit_address:
            self.change(livesplit_address=address)

    def start_capture(self) -> None:
        self.capturing = True
        self.message = None

    # -- input ---------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if self.capturing:
            self.handle_capture(event)
        elif self.editing is not None:
            self.handle_edit(event)
        elif event.type == pygame.KEYDOWN:
            self.handle_key(event)
        elif event.type == pygame.MOUSEMOTION:
            hit = self.row_at(event.pos)
            if hit is not None:
                self.index = hit
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 3):
            self.click(event.pos, event.button)

    def handle_key(self, event: pygame.event.Event) -> None:
        key, row = event.key, self.rows[self.index]
        if key == pygame.K_ESCAPE:
            self.services.close_overlay()
        elif key in (pygame.K_UP, pygame.K_w) or (key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT):
            self.move(-1)
        elif key in (pygame.K_DOWN, pygame.K_s, pygame.K_TAB):
            self.move(1)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            if row.activate is not None:
                row.activate()
        elif key in (pygame.K_LEFT, pygame.K_a, pygame.K_RIGHT, pygame.K_d) and row.step is not None:
            row.step(-1 if key in (pygame.K_LEFT, pygame.K_a) else 1)

    def move(self, direction: int) -> None:
        self.message = None
        i = self.index
        for _ in self.rows:
            i = (i + direction) % len(self.rows)
            if self.rows[i].selectable:
                self.index = i
                return

    def click(self, pos: tuple[int, int], button: int) -> None:
        hit = self.row_at(pos)
        if hit is None:
            return
        self.index = hit
        row = self.rows[hit]
        if button == 3 and row.step is not None:
            row.step(-1)
        elif button == 1 and row.activate is not None:
            row.activate()

    def handle_edit(self, event: pygame.event.Event) -> None:
        assert self.editing is not None
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.accept_address()
        if event.type != pygame.KEYDOWN:
            return
        if event.key == pygame.K_ESCAPE:
            self.editing = None
            self.message = None
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.accept_address()
        elif event.key == pygame.K_BACKSPACE:
            self.editing = "" if event.mod & pygame.KMOD_CTRL else self.editing[:-1]
        elif event.unicode and event.unicode in ADDRESS_CHARS and len(self.editing) < ADDRESS_MAX:
            self.editing += event.unicode

    def handle_capture(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEBUTTONDOWN:
            self.capturing = False
            self.message = None
            return
        if event.type != pygame.KEYDOWN:
            return
        chord = KeyChord.from_event(event)
        if chord is None:
            return  # a modifier on its own: wait for the key
        if chord.key == pygame.K_ESCAPE and chord.bare:
            self.capturing = False
            self.message = None
            return
        if event.mod & pygame.KMOD_GUI:
            self.message = Message("reset_key", "The Windows / Command key cannot be part of it: "
                                                "choose another key, or Esc to cancel.")
            return
        taken = why_refused(chord)
        if taken is not None:
            self.message = Message("reset_key", f"{taken}: choose another key, or Esc to cancel.")
            return
        self.capturing = False
        self.message = None
        self.change(reset_key=chord.text)

    def update(self) -> None:
        self.frame += 1

    # -- layout (shared by drawing and hit-testing) ----------------------------------------------
    def message_lines(self, row: Row) -> list[str]:
        if self.message is None or self.message.row != row.name:
            return []
        return self.services.text.wrap(self.message.text, NOTE_SIZE, PANEL_RECT.width - 2 * INSET)

    def layout(self) -> list[pygame.Rect]:
        """One rectangle per row, top to bottom; a message pushes the rows below it down."""
        rects = []
        y = PANEL_RECT.y + 38
        for row in self.rows:
            height = ROW_HEIGHT if row.selectable else NOTE_HEIGHT + 4
            rects.append(pygame.Rect(PANEL_RECT.x + INSET - 6, y, PANEL_RECT.width - 2 * INSET + 12, height))
            y += height + NOTE_HEIGHT * len(self.message_lines(row))
        return rects

    def row_at(self, pos: tuple[int, int]) -> int | None:
        for i, (row, rect) in enumerate(zip(self.rows, self.layout())):
            if row.selectable and rect.collidepoint(pos):
                return i
        return None

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        veil = pygame.Surface(LOGICAL_SIZE, pygame.SRCALPHA)
        veil.fill((8, 6, 14, 150))
        surface.blit(veil, (0, 0))
        panel(surface, PANEL_RECT)
        title = text.render("Settings", 28, INK)
        surface.blit(title, title.get_rect(midtop=(PANEL_RECT.centerx, PANEL_RECT.y + 10)))
        for i, (row, rect) in enumerate(zip(self.rows, self.layout())):
            if row.selectable:
                self.draw_row(surface, row, rect, i == self.index)
            else:
                note = fit(text, f"{row.title}: {row.value()}", NOTE_SIZE, rect.width - 24, keep="head")
                surface.blit(text.render(note, NOTE_SIZE, DIM), (rect.x + 24, rect.y + 2))
            y = rect.bottom
            for line in self.message_lines(row):
                surface.blit(text.render(line, NOTE_SIZE, ERROR), (rect.x + 6, y))
                y += NOTE_HEIGHT
        self.draw_help(surface)
        self.services.cursors.draw(surface, "use", self.mouse)

    def draw_row(self, surface: pygame.Surface, row: Row, rect: pygame.Rect, chosen: bool) -> None:
        text = self.services.text
        colour = HIGHLIGHT if chosen else INK
        name = text.render(row.title, ROW_SIZE, colour)
        surface.blit(name, name.get_rect(midleft=(rect.x + 6, rect.centery)))
        busy = (row.name == "livesplit_address" and self.editing is not None) or (
            row.name == "reset_key" and self.capturing)
        room = rect.width - name.get_width() - 24
        value = fit(text, row.value(), ROW_SIZE, room, keep="tail" if busy else "head")
        if value:
            img = text.render(value, ROW_SIZE, HIGHLIGHT if busy or chosen else INK)
            surface.blit(img, img.get_rect(midright=(rect.right - 6, rect.centery)))
        if chosen:
            x, y = rect.x, rect.centery
            pygame.draw.polygon(surface, HIGHLIGHT, [(x - 4, y - 4), (x + 2, y), (x - 4, y + 4)])

    def draw_help(self, surface: pygame.Surface) -> None:
        text = self.services.text
        if self.capturing:
            words = "Hold Ctrl, Shift or Alt if you like, and press the key. Esc cancels."
        elif self.editing is not None:
            words = "Type the address. Enter keeps it, Esc cancels."
        else:
            words = self.rows[self.index].help
        y = PANEL_RECT.bottom - 8 - NOTE_HEIGHT * 2
        for line in text.wrap(words, NOTE_SIZE, PANEL_RECT.width - 2 * INSET)[:2]:
            img = text.render(line, NOTE_SIZE, DIM)
            surface.blit(img, img.get_rect(midtop=(PANEL_RECT.centerx, y)))
            y += NOTE_HEIGHT


def on_off(value: bool) -> str:
    return "On" if value else "Off"


def fit(text: TextCache, words: str, size: int, width: int, keep: str) -> str:
    """``words`` cut with "…" to fit ``width`` pixels, keeping the head or the tail."""
    if text.size(words, size)[0] <= width:
        return words
    while words and text.size(f"{words}…", size)[0] > width:
        words = words[:-1] if keep == "head" else words[1:]
    return f"…{words}" if keep == "tail" else f"{words}…"
