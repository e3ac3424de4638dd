"""The save and load overlay: the slots as cards (picture, chapter, room, play time, date), with
"Overwrite?" before saving over a save and the backup offered for a damaged one.

Input goes through ``move``, ``activate`` and ``back`` (keys and mouse here; a gamepad can call
them too). It reads the slots with ``saves.list_slots`` and saves and loads only through
``services.save_to`` and ``services.load_from``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygame

from coraline_game.content.model import Content
from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.render.ui import DIM, HIGHLIGHT, INK, PANEL_EDGE, panel, veil
from coraline_game.saves import (NUMBERED, SaveOutcome, SlotInfo, chapter_label, list_slots,
                                 local_date, play_time)
from coraline_game.scenes.base import Scene

WARNING = (236, 110, 96)
GOOD = (150, 214, 140)
CARD_FILL = (28, 22, 36)
CARD_CHOSEN = (44, 34, 56)
CARD_EDGE = (48, 38, 58)
PANEL_WIDTH = LOGICAL_SIZE[0] - 32
CARD_SIZE = (290, 42)
CARD_GAP = 4
HEADER = 34   # the title, above the cards
FOOTER = 36   # two lines of help or messages, below them
THUMB_SIZE = (64, 36)
SMALL = 16
LINE = 12
NOTICE_TICKS = 150   # how long "Saved." stays
NOTE_TICKS = 480     # a longer note after a save (a damaged file kept aside)
PROMPT_WIDTH = 420
THUMBNAIL_SIZE = (160, 90)  # what ``thumbnail_png`` makes: 16:9, like the screen


class SaveLoadServices(Protocol):
    """What the scene needs from the app (``App`` provides it)."""

    @property
    def content(self) -> Content: ...
    @property
    def text(self) -> TextCache: ...
    @property
    def cursors(self) -> Cursors: ...
    def close_overlay(self) -> None: ...
    def save_to(self, slot: str) -> SaveOutcome: ...
    def load_from(self, slot: str, backup: bool = False) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: Callable[[], None]


@dataclass(frozen=True, slots=True)
class Prompt:
    """A question over the cards; the last button is what Esc does."""

    lines: tuple[str, ...]
    buttons: tuple[Button, ...]


@dataclass(frozen=True, slots=True)
class Notice:
    text: str
    colour: tuple[int, int, int]
    until: int | None  # the frame it goes at; None: until the next key or click


def thumbnail_png(screen: pygame.Surface, size: tuple[int, int] = THUMBNAIL_SIZE) -> bytes:
    """A slot's picture from the screen as it was (draw it without the overlays): PNG bytes."""
    small = pygame.transform.smoothscale(screen.convert(24) if screen.get_bitsize() < 24 else screen,
                                         size)
    buffer = io.BytesIO()
    pygame.image.save(small, buffer, "thumbnail.png")
    return buffer.getvalue()


class SaveLoadScene(Scene):
    transparent = True

    def __init__(self, services: SaveLoadServices, mode: str, confirm_load: bool = False) -> None:
        """``mode`` is "save" or "load". ``confirm_load``: a game is in progress, so ask before
        loading over it."""
        if mode not in ("save", "load"):
            raise ValueError(f"mode must be 'save' or 'load', not {mode!r}")
        self.services = services
        self.mode = mode
        self.confirm_load = confirm_load
        self.slots: list[SlotInfo] = []
        self.index = 0
        self.prompt: Prompt | None = None
        self.choice = 0  # the prompt's chosen button
        self.notice: Notice | None = None
        self.mouse = (-100, -100)
        self.frame = 0
        self._thumbs: dict[tuple[Path, int], pygame.Surface | None] = {}
        self.refresh()
        if mode == "load":  # start on the newest save
            dated = [(s.saved_time, i) for i, s in enumerate(self.slots) if s.status == "ok" and s.saved_time]
            self.index = max(dated)[1] if dated else 0

    def refresh(self) -> None:
        shown = set(NUMBERED) if self.mode == "save" else None
        self.slots = [s for s in list_slots(self.services.content) if shown is None or s.slot in shown]
        self.index = min(self.index, len(self.slots) - 1)

    # -- what the player does --------------------------------------------------------------
    def move(self, dx: int, dy: int) -> None:
        """Arrows: within the prompt's buttons, or around the two columns of cards."""
        self.clear_notice()
        if self.prompt is not None:
            count = len(self.prompt.buttons)
            self.choice = (self.choice + (dx or dy)) % count
            return
        rows = self.rows
        column, row = divmod(self.index, rows)
        if dy:
            in_column = min(rows, len(self.slots) - column * rows)
            row = (row + dy) % in_column
        if dx:
            column = (column + dx) % self.columns
            row = min(row, len(self.slots) - column * rows - 1)
        self.index = column * rows + row

    def activate(self) -> None:
        """Enter, a click: the chosen button of the prompt, or the chosen slot."""
        self.clear_notice()
        if self.prompt is not None:
            button = self.prompt.buttons[self.choice]
            self.prompt = None
            button.action()
            return
        info = self.slots[self.index]
        if self.mode == "save":
            self.ask_save(info)
        else:
            self.ask_load(info)

    def back(self) -> None:
        """Esc: leave the prompt (its last button), else close the overlay."""
        if self.prompt is not None:
            button = self.prompt.buttons[-1]
            self.prompt = None
            button.action()
            return
        self.services.close_overlay()

    # -- saving and loading ----------------------------------------------------------------
    def ask_save(self, info: SlotInfo) -> None:
        name = info.label.lower()
        if info.status == "empty":
            self.save(info.slot)
        elif info.status == "ok":
            self.ask((f"Overwrite {name}?",
                      f"It holds {chapter_label(info.chapter, info.chapter_title)}, {info.room_title},"
                      f" {play_time(info.play_ticks)} played, saved {local_date(info.saved_at)}.",
                      "It will be kept as the slot's backup."),
                     (Button("Yes", lambda: self.save(info.slot)), Button("No", self.nothing)))
        else:
            self.ask((f"Overwrite {name}?",
                      f"It holds a damaged save: {info.reason}.",
                      "The damaged file will be kept aside, not deleted."),
                     (Button("Yes", lambda: self.save(info.slot)), Button("No", self.nothing)))

    def ask_load(self, info: SlotInfo) -> None:
        name = info.label.lower()
        if info.status == "ok":
            if self.confirm_load:
                self.ask((f"Load {name}?", "Anything you have not saved since will be lost."),
                         (Button("Load", lambda: self.load(info.slot)), Button("Cancel", self.nothing)))
            else:
                self.load(info.slot)
        elif info.backup is not None and info.backup_ok:
            backup = info.backup
            damaged = info.status == "damaged"
            self.ask((f"{info.label} is damaged" if damaged else f"{info.label} is empty",
                      f"{_sentence(info.reason)} The file is kept as it is." if damaged else "",
                      f"Its backup holds {chapter_label(backup.chapter, backup.chapter_title)},"
                      f" {backup.room_title}, {play_time(backup.play_ticks)} played."),
                     (Button(f"Load the backup ({local_date(backup.saved_at)})",
                             lambda: self.load(info.slot, backup=True)),
                      Button("Back", self.nothing)))
        elif info.status == "damaged":
            self.say(f"{info.label} is damaged and has no backup that loads. The file is left as"
                     " it is.", WARNING)
        else:
            self.say(f"Nothing is saved in {name}.", DIM, ticks=NOTICE_TICKS)

    def save(self, slot: str) -> None:
        outcome = self.services.save_to(slot)
        self.refresh()
        if outcome.ok:
            self.say(" ".join(("Saved.", outcome.note)).strip(), GOOD,
                     ticks=NOTE_TICKS if outcome.note else NOTICE_TICKS)
        else:
            self.say(outcome.message, WARNING)

    def load(self, slot: str, backup: bool = False) -> None:
        problem = self.services.load_from(slot, backup)
        if problem:
            self.refresh()
            self.say(problem, WARNING)

    def nothing(self) -> None:
        """A prompt's No."""

    def ask(self, lines: tuple[str, ...], buttons: tuple[Button, ...]) -> None:
        self.prompt = Prompt(tuple(line for line in lines if line), buttons)
        self.choice = 0

    def say(self, words: str, colour: tuple[int, int, int], ticks: int | None = None) -> None:
        self.notice = Notice(words, colour, None if ticks is None else self.frame + ticks)

    def clear_notice(self) -> None:
        if self.notice is not None and self.notice.until is None:
            self.notice = None

    # -- input ------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN:
            self.handle_key(event)
        elif event.type == pygame.MOUSEMOTION:
            self.hover(event.pos)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.click(event.pos)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.back()

    def handle_key(self, event: pygame.event.Event) -> None:
        key = event.key
        if key in (pygame.K_ESCAPE, pygame.K_BACKSPACE):
            self.back()
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            self.activate()
        elif key == pygame.K_TAB:
            self.step_through(-1 if event.mod & pygame.KMOD_SHIFT else 1)
        else:
            moves = {pygame.K_UP: (0, -1), pygame.K_w: (0, -1), pygame.K_DOWN: (0, 1),
                     pygame.K_s: (0, 1), pygame.K_LEFT: (-1, 0), pygame.K_a: (-1, 0),
                     pygame.K_RIGHT: (1, 0), pygame.K_d: (1, 0)}
            if key in moves:
                self.move(*moves[key])

    def step_through(self, direction: int) -> None:
        """Tab: the next slot (or button) in reading order."""
        self.clear_notice()
        if self.prompt is not None:
            self.choice = (self.choice + direction) % len(self.prompt.buttons)
        else:
            self.index = (self.index + direction) % len(self.slots)

    def hover(self, pos: tuple[int, int]) -> None:
        if self.prompt is not None:
            hit = self.button_at(pos)
            if hit is not None:
                self.choice = hit
            return
        hit = self.card_at(pos)
        if hit is not None:
            self.index = hit

    def click(self, pos: tuple[int, int]) -> None:
        if self.prompt is not None:
            hit = self.button_at(pos)
            if hit is not None:
                self.choice = hit
                self.activate()
            elif not self.prompt_rect().collidepoint(pos):
                self.back()
            return
        hit = self.card_at(pos)
        if hit is not None:
            self.index = hit
            self.activate()

    def update(self) -> None:
        self.frame += 1
        if self.notice is not None and self.notice.until is not None and self.frame >= self.notice.until:
            self.notice = None

    # -- layout (shared by drawing and hit-testing) ----------------------------------------
    def panel_rect(self) -> pygame.Rect:
        """Just tall enough for the rows of cards, in the middle of the screen."""
        height = HEADER + self.rows * (CARD_SIZE[1] + CARD_GAP) + FOOTER
        rect = pygame.Rect(0, 0, PANEL_WIDTH, height)
        rect.center = (LOGICAL_SIZE[0] // 2, LOGICAL_SIZE[1] // 2)
        return rect

    @property
    def columns(self) -> int:
        return 2

    @property
    def rows(self) -> int:
        return -(-len(self.slots) // self.columns)

    def card_rects(self) -> list[pygame.Rect]:
        """Two columns, filled top to bottom: 1-5 | 6-9 (save), 1-6 | 7-9, auto, quick (load)."""
        width, height = CARD_SIZE
        frame = self.panel_rect()
        left, top = frame.centerx - width - CARD_GAP // 2, frame.y + HEADER
        out = []
        for i in range(len(self.slots)):
            column, row = divmod(i, self.rows)
            out.append(pygame.Rect(left + column * (width + CARD_GAP),
                                   top + row * (height + CARD_GAP), width, height))
        return out

    def card_at(self, pos: tuple[int, int]) -> int | None:
        return next((i for i, r in enumerate(self.card_rects()) if r.collidepoint(pos)), None)

    def prompt_lines(self) -> list[str]:
        assert self.prompt is not None
        text = self.services.text
        lines: list[str] = []
        for n, line in enumerate(self.prompt.lines):
            lines.extend(text.wrap(line, 22 if n == 0 else SMALL, PROMPT_WIDTH - 24))
        return lines

    def prompt_rect(self) -> pygame.Rect:
        assert self.prompt is not None
        heading = self.services.text.wrap(self.prompt.lines[0], 22, PROMPT_WIDTH - 24)
        height = 12 + 20 * len(heading) + LINE * (len(self.prompt_lines()) - len(heading)) + 40
        rect = pygame.Rect(0, 0, PROMPT_WIDTH, height)
        rect.center = self.panel_rect().center
        return rect

    def button_rects(self) -> list[pygame.Rect]:
        assert self.prompt is not None
        text = self.services.text
        widths = [text.size(b.label, SMALL)[0] + 24 for b in self.prompt.buttons]
        gap = 12
        frame = self.prompt_rect()
        x = frame.centerx - (sum(widths) + gap * (len(widths) - 1)) // 2
        out = []
        for width in widths:
            out.append(pygame.Rect(x, frame.bottom - 28, width, 20))
            x += width + gap
        return out

    def button_at(self, pos: tuple[int, int]) -> int | None:
        return next((i for i, r in enumerate(self.button_rects()) if r.collidepoint(pos)), None)

    # -- drawing ----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        veil(surface, 200)
        frame = self.panel_rect()
        panel(surface, frame, alpha=240)
        title = text.render("Save the game" if self.mode == "save" else "Load a game", 22, INK)
        surface.blit(title, title.get_rect(midtop=(frame.centerx, frame.y + 8)))
        for i, (info, rect) in enumerate(zip(self.slots, self.card_rects())):
            self.draw_card(surface, info, rect, i == self.index and self.prompt is None)
        self.draw_footer(surface)
        if self.prompt is not None:
            self.draw_prompt(surface)
        self.services.cursors.draw(surface, "use", self.mouse)

    def draw_card(self, surface: pygame.Surface, info: SlotInfo, rect: pygame.Rect,
                  chosen: bool) -> None:
        text = self.services.text
        pygame.draw.rect(surface, CARD_CHOSEN if chosen else CARD_FILL, rect, border_radius=3)
        edge = HIGHLIGHT if chosen else (WARNING if info.status == "damaged" else CARD_EDGE)
        pygame.draw.rect(surface, edge, rect, width=1, border_radius=3)
        thumb = pygame.Rect(rect.x + 3, rect.y + 3, *THUMB_SIZE)
        self.draw_thumbnail(surface, info, thumb)
        x, width = thumb.right + 7, rect.right - thumb.right - 13
        y = rect.y + 3
        label = text.render(info.label, SMALL, HIGHLIGHT if chosen else INK)
        surface.blit(label, (x, y))
        if info.status == "ok":
            self.draw_saved(surface, info, x, y, width, label.get_width())
        elif info.status == "empty":
            surface.blit(text.render("Empty", SMALL, DIM), (x, y + LINE + 1))
            if info.backup_ok:
                self.line(surface, "A backup can be loaded", DIM, x, y + 2 * LINE + 2, width)
        else:
            self.line(surface, f"Damaged: {info.reason}", WARNING, x, y + LINE + 1, width)
            backup = info.backup
            words = (f"Backup from {local_date(backup.saved_at)} loads" if backup and info.backup_ok
                     else "No backup loads" if backup else "No backup")
            self.line(surface, words, DIM, x, y + 2 * LINE + 2, width)

    def draw_saved(self, surface: pygame.Surface, info: SlotInfo, x: int, y: int, width: int,
                   used: int) -> None:
        text = self.services.text
        date = text.render(local_date(info.saved_at), SMALL, DIM)
        surface.blit(date, date.get_rect(topright=(x + width, y)))
        if info.shuffled:
            room = width - used - date.get_width() - 12
            self.line(surface, f"shuffled {info.seed}", DIM, x + used + 6, y, room)
        self.line(surface, chapter_label(info.chapter, info.chapter_title), INK, x, y + LINE + 1, width)
        clock = text.render(play_time(info.play_ticks), SMALL, DIM)
        surface.blit(clock, clock.get_rect(topright=(x + width, y + 2 * LINE + 2)))
        self.line(surface, info.room_title, INK, x, y + 2 * LINE + 2, width - clock.get_width() - 6)

    def line(self, surface: pygame.Surface, words: str, colour: tuple[int, int, int], x: int, y: int,
             width: int) -> None:
        """One line of small text, cut with "…" to fit ``width``."""
        text = self.services.text
        if width <= 0:
            return
        if text.size(words, SMALL)[0] > width:
            while words and text.size(f"{words}…", SMALL)[0] > width:
                words = words[:-1]
            words = f"{words.rstrip()}…"
        surface.blit(text.render(words, SMALL, colour), (x, y))

    def draw_thumbnail(self, surface: pygame.Surface, info: SlotInfo, rect: pygame.Rect) -> None:
        pygame.draw.rect(surface, (14, 10, 20), rect)
        image = self.thumbnail(info.thumbnail) if info.status != "empty" else None
        if image is not None:
            surface.blit(image, image.get_rect(center=rect.center))
            if info.status == "damaged":
                shade = pygame.Surface(rect.size, pygame.SRCALPHA)
                shade.fill((14, 10, 20, 170))
                surface.blit(shade, rect)
        if info.status == "damaged":
            mark = self.services.text.render("!", 22, WARNING)
            surface.blit(mark, mark.get_rect(center=rect.center))
        pygame.draw.rect(surface, PANEL_EDGE if info.status != "empty" else CARD_EDGE, rect, width=1)

    def thumbnail(self, path: Path | None) -> pygame.Surface | None:
        """The picture scaled into the card's frame, read once per version of the file."""
        if path is None:
            return None
        try:
            key = (path, path.stat().st_mtime_ns)
        except OSError:
            return None
        if key not in self._thumbs:
            self._thumbs[key] = _scaled_picture(path)
        return self._thumbs[key]

    def draw_footer(self, surface: pygame.Surface) -> None:
        text = self.services.text
        info = self.slots[self.index] if self.slots else None
        if self.notice is not None:
            words, colour = self.notice.text, self.notice.colour
        elif info is not None and info.status == "damaged" and self.prompt is None:
            words, colour = f"{info.label} is damaged: {info.reason}.", WARNING
        else:
            act = "save here" if self.mode == "save" else "load"
            words, colour = f"Click a slot, or choose with the arrows and Enter to {act}. Esc: back.", DIM
        frame = self.panel_rect()
        lines = text.wrap(words, SMALL, frame.width - 24)[:2]
        y = frame.bottom - 6 - LINE * len(lines)
        for line in lines:
            img = text.render(line, SMALL, colour)
            surface.blit(img, img.get_rect(midtop=(frame.centerx, y)))
            y += LINE

    def draw_prompt(self, surface: pygame.Surface) -> None:
        assert self.prompt is not None
        text = self.services.text
        frame = self.prompt_rect()
        shade = pygame.Surface(LOGICAL_SIZE, pygame.SRCALPHA)
        shade.fill((8, 6, 14, 120))
        surface.blit(shade, (0, 0))
        panel(surface, frame, alpha=250)
        heading = text.wrap(self.prompt.lines[0], 22, PROMPT_WIDTH - 24)
        y = frame.y + 8
        for line in heading:
            img = text.render(line, 22, INK)
            surface.blit(img, img.get_rect(midtop=(frame.centerx, y)))
            y += 20
        y += 4
        for line in self.prompt_lines()[len(heading):]:
            img = text.render(line, SMALL, DIM)
            surface.blit(img, img.get_rect(midtop=(frame.centerx, y)))
            y += LINE
        for i, (button, rect) in enumerate(zip(self.prompt.buttons, self.button_rects())):
            chosen = i == self.choice
            pygame.draw.rect(surface, CARD_CHOSEN if chosen else CARD_FILL, rect, border_radius=3)
            pygame.draw.rect(surface, HIGHLIGHT if chosen else CARD_EDGE, rect, width=1, border_radius=3)
            img = text.render(button.label, SMALL, HIGHLIGHT if chosen else INK)
            surface.blit(img, img.get_rect(center=rect.center))


def _sentence(words: str) -> str:
    """A reason as a sentence of its own: capital first, full stop last."""
    return f"{words[:1].upper()}{words[1:]}." if words else ""


def _scaled_picture(path: Path) -> pygame.Surface | None:
    """A thumbnail file fitted into THUMB_SIZE, or None if it is not a picture we can read."""
    try:
        image = pygame.image.load(str(path))
    except (pygame.error, OSError, ValueError):
        return None
    w, h = image.get_size()
    if w <= 0 or h <= 0:
        return None
    scale = min(THUMB_SIZE[0] / w, THUMB_SIZE[1] / h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    try:
        return pygame.transform.smoothscale(image.convert(24) if image.get_bitsize() < 24 else image,
                                            size)
    except (pygame.error, ValueError):
        return pygame.transform.scale(image, size)
