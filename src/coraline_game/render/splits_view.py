"""The speedrun overlay: the split list with deltas, the in-game timer and real time, and the
run's identity (game version, category, seed) for anyone checking a video.

Deltas carry a sign and a shape as well as a colour: green and '-' ahead, red and '+' behind,
gold with a small diamond for a best segment ever.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from coraline_game import __version__
from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.text import TextCache
from coraline_game.render.ui import DIM, INK, panel
from coraline_game.speedrun.compare import AHEAD, BEHIND, GOLD, PENDING, SplitRow, format_delta
from coraline_game.world.walkthrough import format_time

WIDTH = 196
ROW = 12
SHOWN_ROWS = 8  # the list scrolls so the current split stays in view
COLOURS = {AHEAD: (110, 214, 120), BEHIND: (236, 96, 88), GOLD: (255, 206, 84)}
TIMER_RUNNING = (236, 228, 214)
TIMER_DONE = (110, 214, 120)
TIMER_PB = (255, 206, 84)


def visible_rows(rows: Sequence[SplitRow], shown: int = SHOWN_ROWS) -> list[SplitRow]:
    """A window of the list: two splits done, the current one, and what comes after."""
    current = next((i for i, r in enumerate(rows) if r.status == PENDING), len(rows))
    first = max(0, min(current - 2, len(rows) - shown))
    return list(rows[first:first + shown])


def draw_splits(surface: pygame.Surface, text: TextCache, *, title: str, rows: Sequence[SplitRow],
                igt: int, rta_ms: int, finished: bool, new_pb: bool, seed: int | None,
                sum_of_best: int | None, attempts: int, note: str = "", top: int = 76,
                show: str = "splits") -> None:
    """``show``: "splits" the whole panel, "time" only the timer, "off" only the run's
    identity in a corner (it stays visible for anyone checking a video)."""
    ident = f"v{__version__}" + (f"  seed {seed}" if seed is not None else "")
    if show == "off":
        note_img = text.render(f"{title}  {ident}", 16, DIM)
        surface.blit(note_img, note_img.get_rect(topright=(LOGICAL_SIZE[0] - 6, top)))
        return
    shown = visible_rows(rows) if show == "splits" else []
    height = 32 + ROW * len(shown) + 44 + (ROW if note else 0)
    rect = pygame.Rect(LOGICAL_SIZE[0] - WIDTH - 4, top, WIDTH, height)
    panel(surface, rect, alpha=200)
    x, y = rect.x + 6, rect.y + 4
    surface.blit(text.render(title, 16, INK), (x, y))
    attempt_label = text.render(f"#{attempts}", 16, DIM)
    surface.blit(attempt_label, attempt_label.get_rect(topright=(rect.right - 6, y)))
    y += ROW + 2
    surface.blit(text.render(ident, 16, DIM), (x, y))
    y += ROW + 4
    for row in shown:
        _row(surface, text, row, x, y, rect.right - 6)
        y += ROW
    y += 4
    pygame.draw.line(surface, DIM, (x, y), (rect.right - 6, y))
    y += 4
    colour = TIMER_PB if finished and new_pb else TIMER_DONE if finished else TIMER_RUNNING
    timer = text.render(format_time(igt), 28, colour)
    surface.blit(timer, timer.get_rect(topright=(rect.right - 6, y)))
    surface.blit(text.render("IGT", 16, DIM), (x, y + 8))
    y += 26
    rta = text.render(f"RTA {format_time(rta_ms * 60 // 1000)}", 16, DIM)
    surface.blit(rta, (x, y))
    sob = text.render(f"SoB {format_time(sum_of_best)}" if sum_of_best is not None else "SoB -", 16, DIM)
    surface.blit(sob, sob.get_rect(topright=(rect.right - 6, y)))
    if note:
        y += ROW
        surface.blit(text.render(note, 16, COLOURS[GOLD]), (x, y))


def short_time(ticks: int) -> str:
    """m:ss.mmm under an hour, h:mm:ss.mmm past it."""
    full = format_time(ticks)
    if not full.startswith("0:"):
        return full
    minutes, rest = full[2:].split(":", 1)
    return f"{int(minutes)}:{rest}"


def _row(surface: pygame.Surface, text: TextCache, row: SplitRow, left: int, y: int, right: int) -> None:
    pending = row.status == PENDING
    name = row.name if len(row.name) <= 20 else row.name[:19] + "…"
    surface.blit(text.render(name, 16, DIM if pending else INK), (left, y))
    shown = row.ticks if row.ticks is not None else row.pb_ticks
    if shown is not None:
        img = text.render(short_time(shown), 16, DIM if pending else INK)
        surface.blit(img, img.get_rect(topright=(right, y)))
    if row.delta is not None or row.status == GOLD:
        colour = COLOURS.get(row.status, INK)
        label = format_delta(row.delta) if row.delta is not None else "gold"
        img = text.render(label, 16, colour)
        box = img.get_rect(topright=(right - 52, y))
        surface.blit(img, box)
        if row.status == GOLD:
            cx, cy = box.x - 6, y + 5
            pygame.draw.polygon(surface, colour, [(cx, cy - 3), (cx + 3, cy), (cx, cy + 3), (cx - 3, cy)])
