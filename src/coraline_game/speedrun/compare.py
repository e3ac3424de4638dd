"""The split list's rows: each split's time and its delta against the personal best, by
position as LiveSplit compares them, and whether it beat the best segment ever (a gold).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coraline_game.speedrun.records import CategoryRecords
from coraline_game.speedrun.run_clock import SplitHit
from coraline_game.world import TICKS_PER_SECOND

AHEAD, BEHIND, GOLD, EVEN, PENDING = "ahead", "behind", "gold", "even", "pending"


@dataclass(frozen=True, slots=True)
class SplitRow:
    name: str
    ticks: int | None  # IGT when reached; None while still ahead of the runner
    delta: int | None  # against the PB at this position, in ticks (negative: ahead)
    status: str  # ahead, behind, gold, even (no comparison) or pending
    pb_ticks: int | None  # the PB's time at this position


def split_rows(hits: Sequence[SplitHit], upcoming: Sequence[str],
               records: CategoryRecords) -> list[SplitRow]:
    pb = records.personal_best
    pb_ticks = list(pb.split_ticks) if pb else []
    best = records.best_segments
    order = list(pb.split_names) if pb else []
    rows: list[SplitRow] = []
    previous = 0
    for i, hit in enumerate(hits):
        compare = pb_ticks[i] if i < len(pb_ticks) else None
        delta = hit.ticks - compare if compare is not None else None
        segment = hit.ticks - previous
        previous = hit.ticks
        gold = i < len(best) and best[i] is not None and segment < best[i]  # type: ignore[operator]
        status = GOLD if gold else EVEN if delta is None else AHEAD if delta < 0 else \
            BEHIND if delta > 0 else EVEN
        rows.append(SplitRow(hit.name, hit.ticks, delta, status, compare))
    ahead = sorted(upcoming, key=lambda n: order.index(n) if n in order else len(order))
    for j, name in enumerate(ahead, start=len(hits)):
        rows.append(SplitRow(name, None, None, PENDING, pb_ticks[j] if j < len(pb_ticks) else None))
    return rows


def format_delta(ticks: int) -> str:
    """Signed seconds with milliseconds: '+1.250', '-0.017', '+1:02.500' past a minute."""
    sign = "-" if ticks < 0 else "+"
    ms = abs(ticks) * 1000 // TICKS_PER_SECOND
    minutes, ms = divmod(ms, 60_000)
    seconds, ms = divmod(ms, 1000)
    if minutes:
        return f"{sign}{minutes}:{seconds:02d}.{ms:03d}"
    return f"{sign}{seconds}.{ms:03d}"
