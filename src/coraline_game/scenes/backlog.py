"""The dialogue log (backlog): every line said so far, speaker and words, newest at the bottom,
over the game standing still. Scrolls by keys, pad and mouse wheel; Esc closes it.

It reads the play scene's log and never changes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.ui import DIM, HIGHLIGHT, INK, PANEL_EDGE, panel, veil
from coraline_game.scenes.base import Scene
from coraline_game.scenes.bindings import Bindings

if TYPE_CHECKING:
    from coraline_game.app import App as Services

BOX = pygame.Rect(36, 18, LOGICAL_SIZE[0] - 72, LOGICAL_SIZE[1] - 36)
TEXT_SIZE = 16
ROW = 12  # pixels per wrapped row
GAP = 5  # more between one speaker's line and the next
TOP = BOX.y + 28  # the rows' area: under the title ...
BOTTOM = BOX.bottom - 22  # ... and above the keys hint
TEXT_RIGHT = BOX.right - 18  # leaves room for the scrollbar
WHEEL_ROWS = 3
CLOSE_ACTIONS = frozenset({"skip", "pause", "log"})


@dataclass(frozen=True, slots=True)
class Row:
    """One wrapped row: the speaker's name on an entry's first row only."""

    name: str
    colour: tuple[int, int, int]
    words: str

    @property
    def height(self) -> int:
        return ROW + (GAP if self.name else 0)


class BacklogScene(Scene):
    transparent = True

    def __init__(self, services: Services, log: Sequence[tuple[str, str]],
                 bindings: Bindings | None = None) -> None:
        self.services = services
        self.bindings = bindings or Bindings.build()
        names = {speaker: self.name_of(speaker) for speaker, _ in log}
        widest = max((services.text.size(name, TEXT_SIZE)[0] for name, _ in names.values()),
                     default=0)
        self.name_width = min(widest + 12, 140)
        self.rows = self.layout(log, names)
        self.scroll = 0  # rows scrolled back from the newest
        self.mouse = (-100, -100)

    def name_of(self, speaker: str) -> tuple[str, tuple[int, int, int]]:
        """A character's display name and colour (an unknown id is shown as it is)."""
        who = self.services.content.characters.get(speaker)
        return (who.name, who.colour) if who is not None else (speaker, INK)

    def layout(self, log: Sequence[tuple[str, str]],
               names: dict[str, tuple[str, tuple[int, int, int]]]) -> list[Row]:
        """Every entry wrapped to the text column, oldest first."""
        width = TEXT_RIGHT - (BOX.x + 10 + self.name_width)
        rows: list[Row] = []
        for speaker, words in log:
            name, colour = names[speaker]
            for i, part in enumerate(self.services.text.wrap(words, TEXT_SIZE, width)):
                rows.append(Row(name if i == 0 else "", colour, part))
        return rows

    @staticmethod
    def fit(rows: Sequence[Row]) -> int:
        """How many of these rows, counted from the end, fit in the box."""
        room, count = BOTTOM - TOP, 0
        for row in reversed(rows):
            room -= row.height
            if room < 0:
                break
            count += 1
        return count

    @property
    def page(self) -> int:
        """About how many rows fit in the box (a page key keeps one of them in view)."""
        return max(2, (BOTTOM - TOP) // (ROW + GAP // 2))

    @property
    def furthest(self) -> int:
        """The scroll that shows the oldest row at the top."""
        shown_from_top = len(self.rows) - self.fit(self.rows[::-1])
        return max(0, shown_from_top)

    def scroll_by(self, rows: int) -> None:
        """Positive goes back towards the oldest line."""
        self.scroll = max(0, min(self.furthest, self.scroll + rows))

    def visible(self) -> list[Row]:
        """The rows on screen, oldest first; the newest at the bottom when not scrolled."""
        end = len(self.rows) - self.scroll
        return self.rows[end - self.fit(self.rows[:end]):end]

    # -- input -----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEMOTION:
            self.mouse = event.pos
        elif event.type == pygame.MOUSEWHEEL:
            self.scroll_by(WHEEL_ROWS * (1 if event.y > 0 else -1 if event.y < 0 else 0))
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.services.close_overlay()
        elif event.type == pygame.KEYDOWN and self.page_key(event.key):
            return
        elif event.type in (pygame.KEYDOWN, pygame.CONTROLLERBUTTONDOWN):
            actions = self.bindings.actions(event)
            if CLOSE_ACTIONS.intersection(actions) or (
                    event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE):
                self.services.close_overlay()
            elif "previous_target" in actions:
                self.scroll_by(1)
            elif "next_target" in actions:
                self.scroll_by(-1)
            elif "hint" in actions:  # the shoulder buttons page on a pad
                self.scroll_by(self.page)
            elif "stone" in actions:
                self.scroll_by(-self.page)

    def page_key(self, key: int) -> bool:
        """PageUp, PageDown, Home and End, which no binding takes."""
        moves = {pygame.K_PAGEUP: self.page - 1, pygame.K_PAGEDOWN: 1 - self.page,
                 pygame.K_HOME: len(self.rows), pygame.K_END: -len(self.rows)}
        if key not in moves:
            return False
        self.scroll_by(moves[key])
        return True

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        veil(surface, 170)
        panel(surface, BOX, alpha=246)
        surface.blit(text.render("Dialogue log", 22, INK), (BOX.x + 10, BOX.y + 4))
        if not self.rows:
            empty = text.render("Nothing has been said yet.", TEXT_SIZE, DIM)
            surface.blit(empty, empty.get_rect(center=BOX.center))
        shown = self.visible()
        y = BOTTOM - sum(row.height for row in shown)
        for row in shown:
            y += row.height
            top = y - ROW
            if row.name:
                surface.blit(text.render(row.name, TEXT_SIZE, row.colour), (BOX.x + 10, top))
            surface.blit(text.render(row.words, TEXT_SIZE, INK),
                         (BOX.x + 10 + self.name_width, top))
        self.draw_scrollbar(surface)
        tip = "Up/Down, PgUp/PgDn or the wheel: scroll    Esc: close"
        if self.scroll:
            tip = f"{self.scroll} rows back    " + tip
        hint = text.render(tip, TEXT_SIZE, DIM)
        surface.blit(hint, hint.get_rect(bottomright=(BOX.right - 10, BOX.bottom - 5)))
        self.services.cursors.draw(surface, "use", self.mouse)

    def draw_scrollbar(self, surface: pygame.Surface) -> None:
        """A thin track on the right, its thumb the part shown."""
        if self.furthest == 0:
            return
        track = pygame.Rect(BOX.right - 10, TOP, 4, BOTTOM - TOP)
        pygame.draw.rect(surface, (40, 32, 50), track, border_radius=2)
        size = max(12, track.height * len(self.visible()) // len(self.rows))
        travel = track.height - size
        top = track.y + travel - travel * self.scroll // max(1, self.furthest)
        thumb = pygame.Rect(track.x, top, track.width, size)
        pygame.draw.rect(surface, HIGHLIGHT if self.scroll else PANEL_EDGE, thumb, border_radius=2)
