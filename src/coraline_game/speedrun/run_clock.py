"""The run clock: in-game time counted in simulation ticks, and the splits as they fire.

It only reads the world's state after each tick. IGT is ticks since the category's start;
the pause menu stops the ticks and so the clock; loading a room takes no ticks at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from coraline_game.content.speedrun_rules import Category, SplitRule
from coraline_game.world.conditions import holds
from coraline_game.world.state import GameState


@dataclass(frozen=True, slots=True)
class SplitHit:
    """A split reached: its name and the IGT (ticks) at that moment."""

    name: str
    ticks: int


class RunClock:
    """Watches one attempt. ``observe`` after every tick; it returns the splits just reached."""

    def __init__(self, category: Category, start_tick: int) -> None:
        self.category = category
        self.start_tick = start_tick
        self.hits: list[SplitHit] = []
        self._pending: list[SplitRule] = list(category.splits)
        self.end_ticks: int | None = None

    @property
    def finished(self) -> bool:
        return self.end_ticks is not None

    def igt(self, state: GameState) -> int:
        """In-game time in ticks: frozen once the run has ended."""
        if self.end_ticks is not None:
            return self.end_ticks
        return max(0, state.tick - self.start_tick)

    def observe(self, state: GameState) -> list[SplitHit]:
        if self.finished:
            return []
        now = state.tick - self.start_tick
        reached = [rule for rule in self._pending if _reached(rule, state)]
        end = self.category.end
        if end in reached:  # the end takes any split still open with it, then stops the clock
            reached = [rule for rule in self._pending if rule is not end] + [end]
        fresh = [SplitHit(rule.name, now) for rule in reached]
        for rule in reached:
            self._pending.remove(rule)
        self.hits.extend(fresh)
        if end in reached:
            self.end_ticks = now
        return fresh

    def upcoming(self) -> list[str]:
        """Names of the splits not reached yet, in the category's order."""
        return [rule.name for rule in self._pending]


def _reached(rule: SplitRule, state: GameState) -> bool:
    if rule.chapter:
        return state.chapter >= rule.chapter
    return holds(rule.when, state)
