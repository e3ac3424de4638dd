"""The settings overlay, opened from the title and the pause menu: pages of rows (Sound, Display,
Text, Speedrun, Keys, Gamepad) used with the mouse, the keyboard, or a gamepad through the arrow,
Enter and Esc keys the app sends for it. It changes settings only through ``services.apply_settings``.

To add a setting, add a ``Row`` to its page in ``SettingsScene.build_pages`` and its field to
``PAGE_FIELDS`` (so "Restore defaults" covers it); the layout, drawing, hit-testing and keys follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Protocol

import pygame

from coraline_game.content.model import Character
from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.render.ui import DIM, HIGHLIGHT, Hud, INK, PANEL_EDGE, panel, veil
from coraline_game.scenes.base import Scene
from coraline_game.scenes.bindings import (BY_ID, MAX_KEYS, REMAPPABLE, Action, Bindings,
                                           bindings_from_settings, button_label, button_of,
                                           button_refusal, key_refusal)
from coraline_game.scenes.key_chord import KeyChord
from coraline_game.settings import (TEXT_SIZES, TEXT_SPEEDS, TIMER_DISPLAYS, VOLUME_STEP, WINDOW_SCALES,
                                    Settings, chars_per_tick, normalise_address, override_of,
                                    with_override)

ERROR = (236, 110, 96)
ROW_SIZE = 20
NOTE_SIZE = 16
ROW_HEIGHT = 24
NOTE_HEIGHT = 14
PANEL_RECT = pygame.Rect(LOGICAL_SIZE[0] // 2 - 260, 10, 520, 340)
INSET = 22  # row text starts this far inside the panel
TABS_Y = PANEL_RECT.y + 36
ROWS_RECT = pygame.Rect(PANEL_RECT.x + INSET - 6, PANEL_RECT.y + 62, PANEL_RECT.width - 2 * INSET + 12,
                        9 * ROW_HEIGHT)  # whole rows, so a page scrolled row by row shows no half rows
CELLS_X = 176  # binding rows: where the key cells start, from the row's left edge
METER = (10, 7, 2)  # volume bar: segments, segment width, gap
VALUE_COLUMN = 54  # the "100%" after a volume bar
ADDRESS_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.:[]-"
ADDRESS_MAX = 60
WAITING = "Press the new key…"
PREVIEW = "It's a nice smile. It's a bit wider than mine is, most days."
PREVIEW_PAUSE = 90  # ticks the whole preview line stays before it types again
PREVIEW_SPEAKER = Character("coraline", "Coraline", "", (140, 170, 255))

PAGES = ("Sound", "Display", "Text", "Speedrun", "Keys", "Gamepad")
# The settings each page shows: what its "Restore defaults" puts back.
PAGE_FIELDS = MappingProxyType({
    "Sound": ("master_volume", "music_volume", "effects_volume"),
    "Display": ("fullscreen", "window_scale"),
    "Text": ("text_speed", "text_size"),
    "Speedrun": ("speedrun_mode", "timer_display", "speedrun_category", "livesplit", "livesplit_address"),
    "Keys": ("key_bindings",),
    "Gamepad": ("pad_buttons",),
})
CHOICE_NAMES = MappingProxyType({
    "slow": "Slow", "normal": "Normal", "fast": "Fast", "instant": "Instant", "large": "Large",
    "off": "Off", "time": "In-game time", "splits": "Time and splits", "fit": "Fit the screen",
})
RESTORE_HELP = MappingProxyType({
    "Keys": "Every key goes back to the game's own.",
    "Gamepad": "Every gamepad button goes back to the game's own.",
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


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a page. Without ``activate`` and ``step`` it is a read-only note."""

    name: str
    title: str
    value: Callable[[], str]
    help: str = ""
    activate: Callable[[], None] | None = None    # Enter, Space, left click
    step: Callable[[int], None] | None = None     # Left / Right (-1 / +1), right click: -1
    meter: Callable[[], float] | None = None      # a bar before the value, 0 to 1
    set_to: Callable[[float], None] | None = None  # a click on the bar, how far along it

    @property
    def selectable(self) -> bool:
        return self.activate is not None or self.step is not None


@dataclass(frozen=True, slots=True)
class BindingRow:
    """An action on the Keys or Gamepad page: its keys (or buttons) as cells, and a "+" cell."""

    kind: str  # "keys" or "pad"
    action: Action
    selectable = True

    @property
    def name(self) -> str:
        return f"{self.kind}:{self.action.id}"

    @property
    def title(self) -> str:
        return self.action.name


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    rows: tuple[Row | BindingRow, ...]


@dataclass(frozen=True, slots=True)
class Capture:
    """Waiting for a key (or a pad button) for one cell of a binding row."""

    kind: str
    action: str
    cell: int  # replaces that key, or adds one when it is past the last


@dataclass(frozen=True, slots=True)
class Message:
    row: str
    text: str
    problem: bool = True  # drawn in red; otherwise it is only news


class SettingsScene(Scene):
    transparent = True

    def __init__(self, services: SettingsServices) -> None:
        self.services = services
        self.pages = self.build_pages()
        self.page = 0
        self.index = -1                   # the selected row; -1: the page tabs
        self.cell = 0                     # the selected cell of a binding row
        self.scroll = 0                   # how far the page's rows are scrolled up, in pixels
        self.editing: str | None = None   # the address being typed
        self.capture: Capture | None = None
        self.confirm = ""                 # the page whose "Restore defaults" waits for a second Enter
        self.message: Message | None = None
        self.mouse = (0, 0)
        self.frame = 0
        self.preview_from = 0             # the frame the text preview started typing
        self._bindings: tuple[Settings, Bindings] | None = None

    @property
    def rows(self) -> tuple[Row | BindingRow, ...]:
        return self.pages[self.page].rows

    @property
    def wants_pad_buttons(self) -> bool:
        """True while waiting for a gamepad button: the app should pass CONTROLLERBUTTONDOWN
        events on as they are, not as the keys it usually turns them into."""
        return self.capture is not None and self.capture.kind == "pad"

    # -- the pages -----------------------------------------------------------------------------
    def build_pages(self) -> tuple[Page, ...]:
        s = self.services
        sound = tuple(self.volume_row(name, title) for name, title in (
            ("master_volume", "Master volume"), ("music_volume", "Music"), ("effects_volume", "Effects")))
        display = (
            Row("fullscreen", "Full screen", lambda: on_off(s.settings.fullscreen),
                "Fill the whole screen. F11 or Alt+Enter switches at any time.",
                activate=lambda: self.toggle("fullscreen"), step=lambda _: self.toggle("fullscreen")),
            Row("window_scale", "Window size", self.scale_name,
                "How big the window is when not in full screen: 640 x 360 times 1 to 4, or as big "
                "as fits.", activate=lambda: self.cycle("window_scale", WINDOW_SCALES, 1),
                step=lambda d: self.cycle("window_scale", WINDOW_SCALES, d)),
        )
        text = (
            Row("text_speed", "Text speed", lambda: choice_name(s.settings.text_speed),
                "How fast the words appear. A click or Space shows the whole line at once.",
                activate=lambda: self.cycle("text_speed", tuple(TEXT_SPEEDS), 1),
                step=lambda d: self.cycle("text_speed", tuple(TEXT_SPEEDS), d)),
            Row("text_size", "Text size", lambda: choice_name(s.settings.text_size),
                "The size of speech, answers and names.",
                activate=lambda: self.cycle("text_size", TEXT_SIZES, 1),
                step=lambda d: self.cycle("text_size", TEXT_SIZES, d)),
        )
        speedrun = (
            Row("speedrun_mode", "Speedrun mode", lambda: on_off(s.settings.speedrun_mode),
                "New Game starts a timed run: timer on screen, instant text, a reset key.",
                activate=lambda: self.toggle("speedrun_mode"), step=lambda _: self.toggle("speedrun_mode")),
            Row("timer_display", "Timer", lambda: choice_name(s.settings.timer_display),
                "What a run shows on screen: nothing, the in-game time, or the time and the splits.",
                activate=lambda: self.cycle("timer_display", TIMER_DISPLAYS, 1),
                step=lambda d: self.cycle("timer_display", TIMER_DISPLAYS, d)),
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
        )
        keys = tuple(BindingRow("keys", a) for a in REMAPPABLE)
        pad = tuple(BindingRow("pad", a) for a in REMAPPABLE)
        bodies: tuple[tuple[Row | BindingRow, ...], ...] = (sound, display, text, speedrun, keys, pad)
        return tuple(Page(title, (*body, self.restore_row(title), self.back_row()))
                     for title, body in zip(PAGES, bodies))

    def volume_row(self, name: str, title: str) -> Row:
        def value() -> str:
            return f"{getattr(self.services.settings, name)}%"

        def step(direction: int) -> None:
            now = getattr(self.services.settings, name)
            tens = now // VOLUME_STEP + 1 if direction > 0 else (now - 1) // VOLUME_STEP
            self.change(**{name: max(0, min(100, tens * VOLUME_STEP))})

        def wrap() -> None:
            now = getattr(self.services.settings, name)
            self.change(**{name: 0 if now >= 100 else min(100, (now // VOLUME_STEP + 1) * VOLUME_STEP)})

        def set_to(fraction: float) -> None:
            self.change(**{name: max(0, min(100, round(fraction * 10) * VOLUME_STEP))})

        return Row(name, title, value, "Left / Right: softer or louder, in steps of 10%.",
                   activate=wrap, step=step,
                   meter=lambda: getattr(self.services.settings, name) / 100, set_to=set_to)

    def restore_row(self, page: str) -> Row:
        def value() -> str:
            return "Sure? Enter again" if self.confirm == page else ""
        return Row("restore", "Restore defaults", value,
                   RESTORE_HELP.get(page, f"The {page.lower()} settings go back to the game's own."),
                   activate=lambda: self.restore(page))

    def back_row(self) -> Row:
        return Row("back", "Back", lambda: "", "Changes are saved as you make them.",
                   activate=self.services.close_overlay)

    # -- changing settings -----------------------------------------------------------------------
    def change(self, **fields: Any) -> None:
        self.services.apply_settings(replace(self.services.settings, **fields))
        self.preview_from = self.frame

    def toggle(self, name: str) -> None:
        self.change(**{name: not getattr(self.services.settings, name)})

    def cycle(self, name: str, choices: tuple[str, ...], direction: int) -> None:
        now = getattr(self.services.settings, name)
        at = choices.index(now) if now in choices else 0
        self.change(**{name: choices[(at + direction) % len(choices)]})

    def scale_name(self) -> str:
        scale = self.services.settings.window_scale
        if scale not in WINDOW_SCALES or scale == "fit":
            return CHOICE_NAMES["fit"]
        times = int(scale[:-1])
        return f"{scale}  ({LOGICAL_SIZE[0] * times} x {LOGICAL_SIZE[1] * times})"

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

    def at_defaults(self, page: str) -> bool:
        defaults, now = Settings(), self.services.settings
        return all(getattr(now, f) == getattr(defaults, f) for f in PAGE_FIELDS[page])

    def restore(self, page: str) -> None:
        """The first Enter asks, the second puts the page's settings back to the defaults."""
        self.message = None
        if self.at_defaults(page):
            self.confirm = ""
            self.message = Message("restore", "These are the defaults already.", problem=False)
            return
        if self.confirm != page:
            self.confirm = page
            return
        self.confirm = ""
        defaults = Settings()
        self.change(**{f: getattr(defaults, f) for f in PAGE_FIELDS[page]})

    # -- key and button bindings -------------------------------------------------------------------
    @property
    def bindings(self) -> Bindings:
        """The table as the settings now make it (built again only when they change)."""
        settings = self.services.settings
        if self._bindings is None or self._bindings[0] is not settings:
            self._bindings = (settings, bindings_from_settings(settings))
        return self._bindings[1]

    def bound(self, kind: str, action: str) -> list[str]:
        """The action's keys as settings texts ("ctrl+r"), or its pad buttons ("dpup")."""
        if kind == "keys":
            return [c.text for c in self.bindings.keys[action]]
        return list(self.bindings.pad[action])

    def cells(self, row: BindingRow) -> list[str]:
        """What each cell of the row says: the keys (or buttons), then "+" if there is room."""
        if row.kind == "keys":
            labels = [c.label for c in self.bindings.keys[row.action.id]]
        else:
            labels = [button_label(b) for b in self.bindings.pad[row.action.id]]
        return labels + (["+"] if len(labels) < MAX_KEYS else [])

    def set_bound(self, kind: str, action: str, values: list[str] | None) -> None:
        """Give the action these keys (or buttons); None or its defaults clear the override."""
        field = "key_bindings" if kind == "keys" else "pad_buttons"
        default = BY_ID[action].keys if kind == "keys" else BY_ID[action].pad
        chosen = None if values is None or tuple(values) == default else tuple(values)
        overrides = getattr(self.services.settings, field)
        if override_of(overrides, action) != chosen:
            self.change(**{field: with_override(overrides, action, chosen)})

    def start_capture(self, row: BindingRow) -> None:
        self.message = None
        self.capture = Capture(row.kind, row.action.id, self.cell)

    def take(self, value: str, refusal: str | None) -> None:
        """A key or button pressed while capturing: kept, or refused with the reason."""
        capture = self.capture
        assert capture is not None
        row = f"{capture.kind}:{capture.action}"
        if refusal is not None:
            self.message = Message(row, f"{refusal}: choose another, or Esc to cancel.")
            return
        values = self.bound(capture.kind, capture.action)
        self.capture = None
        self.message = None
        if value in values:
            self.cell = values.index(value)
            return
        if capture.cell < len(values):
            values[capture.cell] = value
        else:
            values.append(value)
            self.cell = len(values) - 1
        self.set_bound(capture.kind, capture.action, values)

    def remove_key(self, row: BindingRow) -> None:
        values = self.bound(row.kind, row.action.id)
        if self.cell >= len(values):
            return
        if len(values) == 1 and row.action.needs_key:
            thing = "key" if row.kind == "keys" else "button"
            self.message = Message(row.name, f"{row.action.name} needs a {thing}: change it instead.")
            return
        del values[self.cell]
        self.message = None
        self.set_bound(row.kind, row.action.id, values)

    def restore_action(self, row: BindingRow) -> None:
        """Backspace: the action's own keys again, less any another action has taken since."""
        action = row.action
        self.set_bound(row.kind, action.id, None)
        if row.kind == "keys":
            taken = [(c, self.bindings.key_holder(action.id, c)) for c in self.bindings.keys[action.id]]
            kept = [c.text for c, holder in taken if holder is None]
            lost = [f"{c.label} ({holder.name})" for c, holder in taken if holder is not None]
        else:
            buttons = [(b, self.bindings.button_holder(action.id, b)) for b in self.bindings.pad[action.id]]
            kept = [b for b, holder in buttons if holder is None]
            lost = [f"{button_label(b)} ({holder.name})" for b, holder in buttons if holder is not None]
        self.message = None
        if lost:
            self.set_bound(row.kind, action.id, kept)
            self.message = Message(row.name, "Back to its defaults, except what another action has "
                                             "now: " + ", ".join(lost) + ".")
        self.cell = 0

    # -- input ---------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if self.capture is not None:
            self.handle_capture(event)
        elif self.editing is not None:
            self.handle_edit(event)
        elif event.type == pygame.KEYDOWN:
            self.handle_key(event)
        elif event.type == pygame.MOUSEMOTION:
            self.hover(event.pos)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 3):
            self.click(event.pos, event.button)
        elif event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * ROW_HEIGHT)
        if event.type in (pygame.KEYDOWN, pygame.CONTROLLERBUTTONDOWN):
            self.show_selected()

    def handle_key(self, event: pygame.event.Event) -> None:
        key = event.key
        back = key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT
        if key == pygame.K_ESCAPE:
            if self.confirm:
                self.confirm = ""
            else:
                self.services.close_overlay()
        elif key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            self.turn_page(-1 if key == pygame.K_PAGEUP else 1)
        elif key in (pygame.K_UP, pygame.K_w) or back:
            self.move(-1)
        elif key in (pygame.K_DOWN, pygame.K_s, pygame.K_TAB):
            self.move(1)
        elif key in (pygame.K_LEFT, pygame.K_a, pygame.K_RIGHT, pygame.K_d):
            self.sideways(-1 if key in (pygame.K_LEFT, pygame.K_a) else 1)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            self.enter()
        elif key in (pygame.K_DELETE, pygame.K_BACKSPACE) and self.index >= 0:
            row = self.rows[self.index]
            if isinstance(row, BindingRow) and key == pygame.K_DELETE:
                self.remove_key(row)
            elif isinstance(row, BindingRow):
                self.restore_action(row)

    def enter(self) -> None:
        if self.index < 0:
            self.move(1)
            return
        row = self.rows[self.index]
        if isinstance(row, BindingRow):
            self.start_capture(row)
        elif row.activate is not None:
            if row.name != "restore":
                self.confirm = ""
            row.activate()

    def sideways(self, direction: int) -> None:
        if self.index < 0:
            self.turn_page(direction)
            return
        row = self.rows[self.index]
        if isinstance(row, BindingRow):
            self.cell = max(0, min(len(self.cells(row)) - 1, self.cell + direction))
            self.message = None
        elif row.step is not None:
            row.step(direction)

    def turn_page(self, direction: int) -> None:
        self.go_to_page((self.page + direction) % len(self.pages), keep_tabs=self.index < 0)

    def go_to_page(self, page: int, keep_tabs: bool = True) -> None:
        self.page = page
        self.scroll = 0
        self.editing = None
        self.capture = None
        self.message = None
        self.confirm = ""
        self.cell = 0
        self.preview_from = self.frame
        self.index = -1 if keep_tabs else self.first_selectable()

    def first_selectable(self) -> int:
        return next(i for i, row in enumerate(self.rows) if row.selectable)

    def move(self, direction: int) -> None:
        """Up or down to the next selectable row; the tabs sit above the first row."""
        self.message = None
        self.confirm = ""
        i = self.index
        for _ in range(len(self.rows) + 1):
            i += direction
            if i >= len(self.rows):
                i = -1
            elif i < -1:
                i = len(self.rows) - 1
            if i == -1 or self.rows[i].selectable:
                break
        self.index = i
        if i >= 0:
            row = self.rows[i]
            if isinstance(row, BindingRow):
                self.cell = min(self.cell, len(self.cells(row)) - 1)

    def hover(self, pos: tuple[int, int]) -> None:
        hit = self.row_at(pos)
        if hit is not None and hit != self.index:
            self.index = hit
            self.confirm = ""
        if hit is not None:
            row = self.rows[hit]
            if isinstance(row, BindingRow):
                cell = self.cell_at(hit, pos)
                if cell is not None:
                    self.cell = cell

    def click(self, pos: tuple[int, int], button: int) -> None:
        tab = next((i for i, r in enumerate(self.tab_rects()) if r.collidepoint(pos)), None)
        if tab is not None:
            self.go_to_page(tab)
            return
        hit = self.row_at(pos)
        if hit is None:
            return
        if hit != self.index:
            self.confirm = ""
        self.index = hit
        row = self.rows[hit]
        if isinstance(row, BindingRow):
            cell = self.cell_at(hit, pos)
            if cell is None:
                return
            self.cell = cell
            if button == 1:
                self.start_capture(row)
            else:
                self.remove_key(row)
            return
        bar = self.meter_rect(self.visible_rects()[hit]) if row.meter is not None else None
        if button == 1 and bar is not None and row.set_to is not None and bar.inflate(6, 8).collidepoint(pos):
            row.set_to((pos[0] - bar.x) / bar.width)
        elif button == 3 and row.step is not None:
            row.step(-1)
        elif button == 1 and row.activate is not None:
            self.enter()

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
        capture = self.capture
        assert capture is not None
        if event.type == pygame.MOUSEBUTTONDOWN or (
                event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE and not event.mod
                & (pygame.KMOD_CTRL | pygame.KMOD_SHIFT | pygame.KMOD_ALT)):
            self.capture = None
            self.message = None
            return
        if capture.kind == "pad":
            button = button_of(event)
            if button is not None:
                self.take(button, button_refusal(self.bindings, capture.action, button))
            return
        chord = KeyChord.from_event(event)
        if chord is None:
            return  # not a key, or a modifier on its own: wait for the key
        if event.mod & pygame.KMOD_GUI:
            self.message = Message(f"keys:{capture.action}", "The Windows / Command key cannot be "
                                   "part of it: choose another, or Esc to cancel.")
            return
        self.take(chord.text, key_refusal(self.bindings, capture.action, chord))

    def update(self) -> None:
        self.frame += 1
        speed = chars_per_tick(self.services.settings)
        shown = (self.frame - self.preview_from) * (speed or 0)
        if speed is not None and shown >= len(PREVIEW) + PREVIEW_PAUSE * speed:
            self.preview_from = self.frame  # the preview types out again

    # -- layout (shared by drawing and hit-testing) ----------------------------------------------
    def tab_rects(self) -> list[pygame.Rect]:
        text = self.services.text
        widths = [text.size(title, NOTE_SIZE)[0] + 16 for title in PAGES]
        x = PANEL_RECT.centerx - (sum(widths) + 4 * (len(widths) - 1)) // 2
        rects = []
        for width in widths:
            rects.append(pygame.Rect(x, TABS_Y, width, 18))
            x += width + 4
        return rects

    def message_lines(self, row: Row | BindingRow) -> list[str]:
        if self.message is None or self.message.row != row.name:
            return []
        return self.services.text.wrap(self.message.text, NOTE_SIZE, ROWS_RECT.width - 12)

    def layout(self) -> list[pygame.Rect]:
        """One rectangle per row of the page, unscrolled; a message pushes the rows below it down."""
        rects = []
        y = ROWS_RECT.y
        for row in self.rows:
            height = ROW_HEIGHT if row.selectable else NOTE_HEIGHT + 4
            rects.append(pygame.Rect(ROWS_RECT.x, y, ROWS_RECT.width, height))
            y += height + NOTE_HEIGHT * len(self.message_lines(row))
        return rects

    def content_height(self) -> int:
        rects = self.layout()
        last = self.rows[-1]
        return rects[-1].bottom + NOTE_HEIGHT * len(self.message_lines(last)) - ROWS_RECT.y

    def visible_rects(self) -> list[pygame.Rect]:
        return [r.move(0, -self.scroll) for r in self.layout()]

    def scroll_by(self, pixels: int) -> None:
        most = max(0, self.content_height() - ROWS_RECT.height)
        self.scroll = max(0, min(most, self.scroll + pixels))

    def show_selected(self) -> None:
        """Scroll so the selected row and its message are in view."""
        if self.index < 0:
            self.scroll = 0
            return
        rect = self.layout()[self.index]
        bottom = rect.bottom + NOTE_HEIGHT * len(self.message_lines(self.rows[self.index]))
        if rect.top - self.scroll < ROWS_RECT.top:
            self.scroll = rect.top - ROWS_RECT.top
        elif bottom - self.scroll > ROWS_RECT.bottom:
            self.scroll = bottom - ROWS_RECT.bottom
        self.scroll_by(0)

    def row_at(self, pos: tuple[int, int]) -> int | None:
        if not ROWS_RECT.collidepoint(pos):
            return None
        for i, (row, rect) in enumerate(zip(self.rows, self.visible_rects())):
            if row.selectable and rect.collidepoint(pos):
                return i
        return None

    def cell_rects(self, row: BindingRow, rect: pygame.Rect) -> list[pygame.Rect]:
        text = self.services.text
        x = rect.x + CELLS_X
        out = []
        for i, words in enumerate(self.cells(row)):
            if self.capture is not None and self.capture.action == row.action.id and self.capture.cell == i:
                words = "…"
            width = max(22, text.size(words, NOTE_SIZE)[0] + 12)
            out.append(pygame.Rect(x, rect.y + 3, width, rect.height - 6))
            x += width + 4
        return out

    def cell_at(self, index: int, pos: tuple[int, int]) -> int | None:
        row = self.rows[index]
        assert isinstance(row, BindingRow)
        rects = self.cell_rects(row, self.visible_rects()[index])
        return next((i for i, r in enumerate(rects) if r.collidepoint(pos)), None)

    def meter_rect(self, rect: pygame.Rect) -> pygame.Rect:
        count, width, gap = METER
        length = count * width + (count - 1) * gap
        return pygame.Rect(rect.right - 6 - VALUE_COLUMN - length, rect.centery - 4, length, 9)

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        veil(surface, 200)
        panel(surface, PANEL_RECT)
        title = text.render("Settings", 28, INK)
        surface.blit(title, title.get_rect(midtop=(PANEL_RECT.centerx, PANEL_RECT.y + 8)))
        self.draw_tabs(surface)
        clip = surface.get_clip()
        surface.set_clip(ROWS_RECT.inflate(12, 2))
        for i, (row, rect) in enumerate(zip(self.rows, self.visible_rects())):
            if rect.bottom < ROWS_RECT.top or rect.top > ROWS_RECT.bottom:
                continue
            if isinstance(row, BindingRow):
                self.draw_binding(surface, row, rect, i == self.index)
            elif row.selectable:
                self.draw_row(surface, row, rect, i == self.index)
            else:
                note = fit(text, f"{row.title}: {row.value()}", NOTE_SIZE, rect.width - 24, keep="head")
                surface.blit(text.render(note, NOTE_SIZE, DIM), (rect.x + 24, rect.y + 2))
            y = rect.bottom
            colour = ERROR if self.message is not None and self.message.problem else DIM
            for line in self.message_lines(row):
                surface.blit(text.render(line, NOTE_SIZE, colour), (rect.x + 6, y))
                y += NOTE_HEIGHT
        if PAGES[self.page] == "Text":
            self.draw_preview(surface)
        surface.set_clip(clip)
        self.draw_scroll_marks(surface)
        self.draw_help(surface)
        self.services.cursors.draw(surface, "use", self.mouse)

    def draw_tabs(self, surface: pygame.Surface) -> None:
        text = self.services.text
        on_tabs = self.index < 0
        for i, (title, rect) in enumerate(zip(PAGES, self.tab_rects())):
            current = i == self.page
            if current:
                edge = HIGHLIGHT if on_tabs else PANEL_EDGE
                pygame.draw.rect(surface, edge, rect, width=1, border_radius=3)
            img = text.render(title, NOTE_SIZE, HIGHLIGHT if current else DIM)
            surface.blit(img, img.get_rect(center=rect.center))
        if on_tabs:
            rects = self.tab_rects()
            y = rects[0].centery
            left, right = rects[0].x - 12, rects[-1].right + 12
            pygame.draw.polygon(surface, HIGHLIGHT, [(left, y), (left + 5, y - 4), (left + 5, y + 4)])
            pygame.draw.polygon(surface, HIGHLIGHT, [(right, y), (right - 5, y - 4), (right - 5, y + 4)])
        pygame.draw.line(surface, PANEL_EDGE, (ROWS_RECT.x, TABS_Y + 22), (ROWS_RECT.right, TABS_Y + 22))

    def draw_marker(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        x, y = rect.x, rect.centery
        pygame.draw.polygon(surface, HIGHLIGHT, [(x - 4, y - 4), (x + 2, y), (x - 4, y + 4)])

    def draw_row(self, surface: pygame.Surface, row: Row, rect: pygame.Rect, chosen: bool) -> None:
        text = self.services.text
        colour = HIGHLIGHT if chosen else INK
        name = text.render(row.title, ROW_SIZE, colour)
        surface.blit(name, name.get_rect(midleft=(rect.x + 6, rect.centery)))
        busy = row.name == "livesplit_address" and self.editing is not None
        room = rect.width - name.get_width() - 24
        if row.meter is not None:
            self.draw_meter(surface, self.meter_rect(rect), row.meter(), chosen)
            room = VALUE_COLUMN
        value = fit(text, row.value(), ROW_SIZE, room, keep="tail" if busy else "head")
        if value:
            img = text.render(value, ROW_SIZE, HIGHLIGHT if busy or chosen else INK)
            surface.blit(img, img.get_rect(midright=(rect.right - 6, rect.centery)))
        if chosen:
            self.draw_marker(surface, rect)

    def draw_meter(self, surface: pygame.Surface, bar: pygame.Rect, level: float, chosen: bool) -> None:
        count, width, gap = METER
        lit = round(level * count)
        for i in range(count):
            cell = pygame.Rect(bar.x + i * (width + gap), bar.y, width, bar.height)
            if i < lit:
                surface.fill(HIGHLIGHT if chosen else INK, cell)
            else:
                pygame.draw.rect(surface, PANEL_EDGE, cell, width=1)

    def draw_binding(self, surface: pygame.Surface, row: BindingRow, rect: pygame.Rect, chosen: bool) -> None:
        text = self.services.text
        name = text.render(fit(text, row.title, ROW_SIZE, CELLS_X - 12, keep="head"), ROW_SIZE,
                           HIGHLIGHT if chosen else INK)
        surface.blit(name, name.get_rect(midleft=(rect.x + 6, rect.centery)))
        words = self.cells(row)
        for i, cell in enumerate(self.cell_rects(row, rect)):
            waiting = self.capture is not None and self.capture.action == row.action.id and \
                self.capture.cell == i
            marked = chosen and i == self.cell
            edge = HIGHLIGHT if marked or waiting else PANEL_EDGE
            pygame.draw.rect(surface, edge, cell, width=1, border_radius=3)
            label = "…" if waiting else words[i]
            colour = HIGHLIGHT if marked or waiting else (DIM if label == "+" else INK)
            img = text.render(label, NOTE_SIZE, colour)
            surface.blit(img, img.get_rect(center=cell.center))
        if chosen:
            self.draw_marker(surface, rect)

    def draw_preview(self, surface: pygame.Surface) -> None:
        """A line of speech as it will look, typing out at the chosen speed, again and again."""
        settings = self.services.settings
        rects = self.visible_rects()
        box = pygame.Rect(ROWS_RECT.x + 6, rects[-1].bottom + 14, ROWS_RECT.width - 12, 40)
        speed = chars_per_tick(settings)
        typed = len(PREVIEW) if speed is None else int((self.frame - self.preview_from) * speed)
        hud = Hud(self.services.text.assets, self.services.text, large=settings.text_size == "large")
        hud.speech(surface, PREVIEW_SPEAKER, PREVIEW, min(len(PREVIEW), typed), None, box)

    def draw_scroll_marks(self, surface: pygame.Surface) -> None:
        x = ROWS_RECT.right + 2
        if self.scroll > 0:
            y = ROWS_RECT.top + 2
            pygame.draw.polygon(surface, DIM, [(x - 4, y + 5), (x + 4, y + 5), (x, y)])
        if self.scroll < self.content_height() - ROWS_RECT.height:
            y = ROWS_RECT.bottom - 2
            pygame.draw.polygon(surface, DIM, [(x - 4, y - 5), (x + 4, y - 5), (x, y)])

    def help_words(self) -> str:
        if self.capture is not None:
            action = BY_ID[self.capture.action]
            if self.capture.kind == "pad":
                return f"Press the gamepad button for {action.name}. Esc or a click cancels."
            return (f"Press the new key for {action.name} (hold Ctrl, Shift or Alt if you like). "
                    "Esc cancels.")
        if self.editing is not None:
            return "Type the address. Enter keeps it, Esc cancels."
        if self.index < 0:
            return "Left / Right: another page. Down: this page's settings. Esc: back."
        row = self.rows[self.index]
        if isinstance(row, BindingRow):
            thing = "key" if row.kind == "keys" else "button"
            return (f"{row.action.label}. Enter: change the {thing}, Delete: remove it, "
                    "Backspace: its defaults.")
        if self.confirm and row.name == "restore":
            return f"{row.help} Enter again to do it; anything else keeps them."
        return row.help

    def draw_help(self, surface: pygame.Surface) -> None:
        text = self.services.text
        y = PANEL_RECT.bottom - 8 - NOTE_HEIGHT * 2
        for line in text.wrap(self.help_words(), NOTE_SIZE, PANEL_RECT.width - 2 * INSET)[:2]:
            img = text.render(line, NOTE_SIZE, DIM)
            surface.blit(img, img.get_rect(midtop=(PANEL_RECT.centerx, y)))
            y += NOTE_HEIGHT


def on_off(value: bool) -> str:
    return "On" if value else "Off"


def choice_name(value: str) -> str:
    return CHOICE_NAMES.get(value, value.capitalize())


def fit(text: TextCache, words: str, size: int, width: int, keep: str) -> str:
    """``words`` cut with "…" to fit ``width`` pixels, keeping the head or the tail."""
    if text.size(words, size)[0] <= width:
        return words
    while words and text.size(f"{words}…", size)[0] > width:
        words = words[:-1] if keep == "head" else words[1:]
    return f"…{words}" if keep == "tail" else f"{words}…"
