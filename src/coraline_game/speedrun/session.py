"""One speedrun attempt in progress: the world from the category's start, its clock, its
recording, and whoever listens (LiveSplit, the split list).

The play scene steps the world through ``RunSession.step``; nothing else changes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from coraline_game.content.speedrun_rules import Category
from coraline_game.speedrun.records import utc_stamp
from coraline_game.speedrun.replay import Recorder, Replay
from coraline_game.speedrun.run_clock import RunClock, SplitHit
from coraline_game.world.commands import Command
from coraline_game.world.events import WorldEvent
from coraline_game.world.world import World


class RunListener(Protocol):
    """Something that follows a run: called on the game's thread, must never block."""

    def run_started(self) -> None: ...
    def run_ticked(self, igt: int) -> None: ...
    def run_split(self, hit: SplitHit, igt: int) -> None: ...
    def run_reset(self) -> None: ...


class RunSession:
    def __init__(self, category: Category, world: World, seed: int, practice: str = "",
                 listeners: Sequence[RunListener] = (), settings: dict[str, Any] | None = None,
                 wall_clock: Callable[[], float] = time.perf_counter) -> None:
        self.category = category
        self.world = world
        self.seed = seed
        self.practice = practice
        self.clock = RunClock(category, world.state.tick)
        self.recorder = Recorder(category.id, seed, practice, world, settings)
        self.listeners = list(listeners)
        self.wall_clock = wall_clock
        self.started_at = utc_stamp()
        self._wall_start: float | None = None
        self._wall_end: float | None = None

    @property
    def started(self) -> bool:
        return self._wall_start is not None

    @property
    def finished(self) -> bool:
        return self.clock.finished

    @property
    def igt(self) -> int:
        return self.clock.igt(self.world.state)

    def rta_ms(self) -> int:
        """Real time since the first tick, pauses included; frozen at the finish."""
        if self._wall_start is None:
            return 0
        end = self._wall_end if self._wall_end is not None else self.wall_clock()
        return round((end - self._wall_start) * 1000)

    def step(self, commands: list[Command]) -> list[WorldEvent]:
        """One tick of the run; after the finish the world goes on, unrecorded."""
        if self.finished:
            return self.world.step(commands)
        if self._wall_start is None:
            self._wall_start = self.wall_clock()
            self.started_at = utc_stamp()
            for listener in self.listeners:
                listener.run_started()
        self.recorder.before_step(self.world, commands)
        events = self.world.step(commands)
        self.recorder.after_step(self.world)
        hits = self.clock.observe(self.world.state)
        igt = self.igt
        if self.finished:
            self._wall_end = self.wall_clock()
        for listener in self.listeners:
            for hit in hits:
                listener.run_split(hit, igt)
            if not hits:
                listener.run_ticked(igt)
        return events

    def reset(self) -> None:
        """Tell the listeners the attempt is over (the caller keeps its records)."""
        if self.started and not self.finished:
            for listener in self.listeners:
                listener.run_reset()

    def replay(self) -> Replay:
        return self.recorder.replay(self.world, self.clock, self.started_at, self.rta_ms())

    @property
    def hits(self) -> list[SplitHit]:
        return self.clock.hits
