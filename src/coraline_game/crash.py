"""Crash reports: when play breaks, write down what a developer needs to see it happen again
(the traceback, versions, the last minute of commands as a replay, the state), and never fail
while doing so. No pygame here: the report must be writable when pygame is what broke.
"""

from __future__ import annotations

import json
import platform
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from coraline_game import __version__
from coraline_game.content.model import Content
from coraline_game.user_dirs import data_dir
from coraline_game.user_files import write_atomically
from coraline_game.world import TICKS_PER_SECOND
from coraline_game.world.command_codec import decode_stream, encode
from coraline_game.world.commands import Command
from coraline_game.world.state import GameState
from coraline_game.world.state_codec import dump_state, load_state
from coraline_game.world.world import World

FORMAT = "coraline-crash"
VERSION = 1
HISTORY_TICKS = 60 * TICKS_PER_SECOND  # the last minute of play
SNAPSHOT_TICKS = 10 * TICKS_PER_SECOND  # how often the history keeps a state to replay from
RETRY_TICKS = TICKS_PER_SECOND  # after a state that could not be dumped, try again this late
KEEP_REPORTS = 20  # the newest reports kept; older ones are removed as new ones come

Snapshot = tuple[int, dict[str, Any]]  # (tick, dumped state before that tick's step)


def crashes_dir() -> Path:
    return data_dir() / "crashes"


class CommandHistory:
    """The commands of the last ``ticks`` ticks, with their ticks, and (when given states) a
    dumped state every few seconds inside that window, so the minute can be replayed.

    Feed it once per tick, before the world steps: ``add(world.state.tick, commands,
    world.state)``. A tick that goes back (a save loaded, a new game) starts it afresh.
    """

    def __init__(self, ticks: int = HISTORY_TICKS, snapshot_every: int = SNAPSHOT_TICKS) -> None:
        self.ticks = ticks
        self.snapshot_every = snapshot_every
        self._commands: deque[tuple[int, Command]] = deque()
        self._snapshots: deque[Snapshot] = deque()
        self._latest = -1
        self._next_snapshot = 0

    def add(self, tick: int, commands: Iterable[Command], state: GameState | None = None) -> None:
        if tick < self._latest:
            self.clear()
        self._latest = tick
        if state is not None and tick >= self._next_snapshot:
            try:
                self._snapshots.append((tick, dump_state(state)))
                self._next_snapshot = tick + self.snapshot_every
            except Exception:  # an unsaveable moment: try again a little later
                self._next_snapshot = tick + RETRY_TICKS
        self._commands.extend((tick, c) for c in commands)
        oldest = tick - self.ticks + 1
        while self._commands and self._commands[0][0] < oldest:
            self._commands.popleft()
        while self._snapshots and self._snapshots[0][0] < oldest:
            self._snapshots.popleft()

    def recent(self) -> list[tuple[int, Command]]:
        """(tick, command) pairs of the last ``ticks`` ticks, oldest first."""
        return list(self._commands)

    def start(self) -> Snapshot | None:
        """The oldest state kept inside the window: replaying the recent commands from its
        tick on re-creates the game up to now."""
        return self._snapshots[0] if self._snapshots else None

    def clear(self) -> None:
        self._commands.clear()
        self._snapshots.clear()
        self._latest = -1
        self._next_snapshot = 0


def write_crash_report(error: BaseException, *, recent_commands: Sequence[tuple[int, Command]],
                       state: GameState | None, content: Content | None, category: str = "any",
                       start: Snapshot | None = None) -> Path | None:
    """Write ``crashes/crash-<UTC time>.json`` in the data folder and return its path, or None
    if it cannot be written at all. Never raises: every part that fails is noted instead. Only
    the newest ``KEEP_REPORTS`` reports are kept.

    ``start`` (from ``CommandHistory.start()``) makes the commands from its tick on replayable.
    """
    try:
        report = build_report(error, recent_commands=recent_commands, state=state,
                              content=content, category=category, start=start)
        text = json.dumps(report, indent=1, default=repr)
        path = _free_name(crashes_dir(), datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
        write_atomically(path, text)
    except Exception:
        return None
    _prune(path.parent)
    return path


def build_report(error: BaseException, *, recent_commands: Sequence[tuple[int, Command]],
                 state: GameState | None, content: Content | None, category: str = "any",
                 start: Snapshot | None = None) -> dict[str, Any]:
    """The report as JSON-able data; each part guarded, so a broken part cannot hide the rest."""
    report: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "game_version": __version__,
        "written": _guard(lambda: datetime.now(UTC).isoformat(timespec="seconds")),
        "python": _guard(lambda: sys.version.split()[0]),
        "pygame": _guard(_pygame_version),
        "platform": _guard(platform.platform),
        "error": _guard(lambda: _describe(error)),
        "content": _guard(lambda: content.root if content is not None else None),
        "category": category,
        "room": _guard(lambda: state.room if state is not None else None),
        "tick": _guard(lambda: state.tick if state is not None else None),
        "seed": _guard(lambda: state.seed if state is not None else None),
    }
    commands, skipped = _encode_commands(recent_commands)
    report["commands"] = commands
    if skipped:
        report["commands_note"] = f"{skipped} commands could not be written and are left out"
    report["replay"] = None if start is None else {"from_tick": start[0], "state": start[1]}
    report["state"] = None
    if state is not None:
        try:
            report["state"] = dump_state(state)
        except Exception as err:
            report["state_error"] = f"the state could not be dumped: {type(err).__name__}: {err}"
    return report


def replay_report(report: dict[str, Any], content: Content) -> tuple[World, list[Command]]:
    """Re-run a crash report's replay: its kept state, then its commands tick by tick up to the
    tick of the crash. Returns the world as it was just before that tick's step and the commands
    given at that tick: ``world.step(commands)`` then plays the step that broke, if it was one.
    Raises ValueError if the report holds no usable replay; an error the game raises on the way
    goes to the caller."""
    replay = report.get("replay")
    if not isinstance(replay, dict):
        raise ValueError("this crash report has no replay (no state was kept to start from)")
    start, end = replay.get("from_tick"), report.get("tick")
    if not isinstance(start, int) or not isinstance(end, int) or start > end:
        raise ValueError("this crash report's replay has no usable start and end ticks")
    world = World.from_state(content, load_state(replay.get("state"), content))
    by_tick: dict[int, list[Command]] = {}
    for tick, command in decode_stream(report.get("commands")):
        if tick >= start:
            by_tick.setdefault(tick, []).append(command)
    while world.state.tick < end:
        world.step(by_tick.get(world.state.tick, []))
    return world, by_tick.get(end, [])


def _prune(folder: Path) -> None:
    """Keep the newest ``KEEP_REPORTS`` reports, so a game that crashes again and again does
    not fill the disk; quietly leave the rest if they cannot be removed."""
    try:
        reports = sorted(folder.glob("crash-*.json"), key=lambda p: (p.stat().st_mtime, len(p.name), p.name))
        for old in reports[:-KEEP_REPORTS]:
            old.unlink()
    except OSError:
        pass


def _free_name(folder: Path, stamp: str) -> Path:
    path = folder / f"crash-{stamp}.json"
    n = 2
    while path.exists():
        path = folder / f"crash-{stamp}-{n}.json"
        n += 1
    return path


def _encode_commands(commands: Sequence[tuple[int, Command]]) -> tuple[list[Any], int]:
    out: list[Any] = []
    skipped = 0
    try:
        for tick, command in commands:
            try:
                out.append([int(tick), encode(command)])
            except Exception:
                skipped += 1
    except Exception:  # the sequence itself broke while being read
        skipped += 1
    return out, skipped


def _describe(error: BaseException) -> dict[str, str]:
    return {"type": type(error).__name__, "message": str(error),
            "traceback": "".join(traceback.format_exception(error))}


def _pygame_version() -> str:
    for name in ("pygame-ce", "pygame"):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _guard(read: Any) -> Any:
    try:
        return read()
    except Exception as err:
        return f"unknown ({type(err).__name__}: {err})"
