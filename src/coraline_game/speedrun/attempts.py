"""The runner's side of the game: starting an attempt, resetting it, and keeping what it
leaves behind (its replay in the data folder, its splits in the category's records).

Disk trouble never stops a run: a file that cannot be written becomes a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coraline_game.content.model import Content
from coraline_game.content.speedrun_rules import Category
from coraline_game.speedrun.records import (Attempt, CategoryRecords, load_records, save_records,
                                             utc_stamp)
from coraline_game.speedrun.run_clock import SplitHit
from coraline_game.speedrun.session import RunListener, RunSession
from coraline_game.speedrun.starts import StartCache
from coraline_game.user_dirs import replays_dir
from coraline_game.user_files import write_atomically

KEEP_UNFINISHED = 100  # replays of reset attempts kept; finished runs are all kept


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an attempt came to, for the screen."""

    finished: bool
    igt: int
    personal_best: bool  # a new one
    golds: int  # best segments beaten in it
    replay: str  # file name, "" if it could not be written


class LiveSplitListener:
    """Forwards a run to a LiveSplit client (anything with start_run/game_time/split/reset)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def run_started(self) -> None:
        self.client.start_run()

    def run_ticked(self, igt: int) -> None:
        self.client.game_time(igt)

    def run_split(self, hit: SplitHit, igt: int) -> None:
        self.client.split(hit.ticks)

    def run_reset(self) -> None:
        self.client.reset()


class Speedrunning:
    def __init__(self, content: Content) -> None:
        self.content = content
        self.starts = StartCache(content)
        self._records: dict[str, CategoryRecords] = {}
        self.messages: list[str] = []  # disk trouble and corrupt files, for the screen

    def category(self, category_id: str) -> Category:
        return self.content.speedrun.categories[category_id]

    def records(self, category_id: str) -> CategoryRecords:
        if category_id not in self._records:
            category = self.category(category_id)
            records, warning = load_records(category_id, len(category.splits))
            if warning:
                self.messages.append(warning)
            self._records[category_id] = records
        return self._records[category_id]

    def begin(self, category_id: str, seed: int = 0, practice: str = "",
              listeners: tuple[RunListener, ...] = (), settings: dict[str, Any] | None = None
              ) -> RunSession:
        """A new attempt at the category's start (built once, then copied: instant resets)."""
        category = self.category(category_id)
        world = self.starts.world(category, seed, practice)
        run_settings = {"shuffled": category.shuffled, **(settings or {})}
        return RunSession(category, world, seed, practice, listeners, run_settings)

    def end(self, session: RunSession) -> Outcome | None:
        """Keep an attempt that was started: its replay, and (unless practice) its splits.
        Call once, at the finish or when the attempt is left (reset, title, quit)."""
        if not session.started:
            return None
        replay = session.replay()
        records = self.records(session.category.id)
        practice = bool(session.practice)
        before_pb = records.personal_best
        golds_before = records.best_segments
        name = self._write_replay(session, replay.to_json(), records.next_id)
        attempt = Attempt(id=records.next_id, started=session.started_at, ended=utc_stamp(),
                          split_names=tuple(h.name for h in session.hits),
                          split_ticks=tuple(h.ticks for h in session.hits),
                          rta_ms=replay.rta_ms, finished=session.finished, replay=name,
                          practice=practice)
        try:
            updated = records.with_attempt(attempt)
        except ValueError as err:  # never expected: the clock makes well-formed attempts
            self.messages.append(f"this attempt could not be kept in the records: {err}")
            return None
        self._records[session.category.id] = updated
        problem = save_records(updated)
        if problem:
            self.messages.append(problem)
        new_pb = (not practice and session.finished
                  and (before_pb is None or session.igt < before_pb.split_ticks[-1]))
        golds = 0 if practice else _golds(attempt, golds_before)
        self._prune()
        return Outcome(session.finished, session.igt, new_pb, golds, name)

    def _write_replay(self, session: RunSession, text: str, attempt_id: int) -> str:
        stamp = session.started_at.replace(":", "").replace("-", "")
        kind = "practice" if session.practice else ("run" if session.finished else "reset")
        name = f"{session.category.id}-{stamp}-{attempt_id}-{kind}.json"
        folder = replays_dir()
        try:
            write_atomically(folder / name, text)
        except OSError as err:
            self.messages.append(f"could not keep the replay in {folder}: {err.strerror or err}")
            return ""
        return name

    def _prune(self) -> None:
        """Keep every finished run's replay; of the others, only the newest few."""
        try:
            others = sorted((p for p in replays_dir().glob("*.json")
                             if not p.name.endswith("-run.json")), key=lambda p: p.stat().st_mtime)
            for old in others[:-KEEP_UNFINISHED]:
                old.unlink()
        except OSError:
            pass


def _golds(attempt: Attempt, best: tuple[int | None, ...]) -> int:
    count, previous = 0, 0
    for i, ticks in enumerate(attempt.split_ticks):
        segment = ticks - previous
        previous = ticks
        if i < len(best) and (best[i] is None or segment < best[i]):  # type: ignore[operator]
            count += 1
    return count
