"""Replay files: a run as its start, its commands by tick and a state hash every few seconds,
and the check that re-simulates one and says whether it is what it claims to be.

Reading never trusts the file: every field is checked, and anything malformed, cut short or
foreign raises ``ReplayError`` with a message a runner can act on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coraline_game import __version__
from coraline_game.content.model import Content
from coraline_game.speedrun.run_clock import RunClock, SplitHit
from coraline_game.speedrun.starts import StartError, build_start
from coraline_game.world.command_codec import decode_stream, encode
from coraline_game.world.commands import Command
from coraline_game.world.state_codec import state_hash
from coraline_game.world.walkthrough import format_time
from coraline_game.world.world import World
from coraline_game.user_files import cut_short, parse_json

FORMAT = "coraline-replay"
VERSION = 1
CHECKPOINT_TICKS = 180  # a state hash every three seconds of in-game time


class ReplayError(Exception):
    """The file is not a replay this game can read; the message says why."""


@dataclass(frozen=True, slots=True)
class Replay:
    category: str
    seed: int
    practice: str  # the split a practice run started from, "" for a full run
    start_hash: str
    commands: tuple[tuple[int, Command], ...]  # (ticks since the start, command)
    checkpoints: tuple[tuple[int, str], ...]  # (ticks since the start, state hash)
    finished: bool
    igt_ticks: int  # at the end, or where the attempt was reset
    splits: tuple[SplitHit, ...]
    game_version: str = __version__
    recorded: str = ""  # ISO 8601 UTC
    rta_ms: int = 0
    settings: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT, "version": VERSION, "game_version": self.game_version,
            "category": self.category, "seed": self.seed, "practice": self.practice,
            "settings": self.settings, "recorded": self.recorded, "start_hash": self.start_hash,
            "result": {"finished": self.finished, "igt_ticks": self.igt_ticks,
                       "igt": format_time(self.igt_ticks), "rta_ms": self.rta_ms,
                       "splits": [[h.name, h.ticks] for h in self.splits]},
            "checkpoints": [list(c) for c in self.checkpoints],
            "commands": [[tick, encode(c)] for tick, c in self.commands]}, indent=0)


class Recorder:
    """Writes down a run as it is played: call ``before_step`` and ``after_step`` around each
    tick of the world."""

    def __init__(self, category: str, seed: int, practice: str, world: World,
                 settings: dict[str, Any] | None = None) -> None:
        self.category, self.seed, self.practice = category, seed, practice
        self.start_tick = world.state.tick
        self.start_hash = state_hash(world.state)
        self.commands: list[tuple[int, Command]] = []
        self.checkpoints: list[tuple[int, str]] = []
        self.settings = dict(settings or {})

    def before_step(self, world: World, commands: list[Command]) -> None:
        now = world.state.tick - self.start_tick
        self.commands.extend((now, c) for c in commands)

    def after_step(self, world: World) -> None:
        now = world.state.tick - self.start_tick
        if now % CHECKPOINT_TICKS == 0:
            self.checkpoints.append((now, state_hash(world.state)))

    def replay(self, world: World, clock: RunClock, recorded: str, rta_ms: int) -> Replay:
        """The run so far, ending now (the finish, a reset or quitting)."""
        now = world.state.tick - self.start_tick
        checkpoints = list(self.checkpoints)
        if not checkpoints or checkpoints[-1][0] != now:
            checkpoints.append((now, state_hash(world.state)))
        return Replay(self.category, self.seed, self.practice, self.start_hash,
                      tuple(self.commands), tuple(checkpoints), clock.finished,
                      clock.igt(world.state), tuple(clock.hits), __version__, recorded, rta_ms,
                      self.settings)


# -- reading -----------------------------------------------------------------------------------
def load_replay(text: str) -> Replay:
    """Parse a replay file's text; raises ReplayError naming what is wrong."""
    try:
        data = parse_json(text)
    except json.JSONDecodeError as err:
        cut = "cut short" if cut_short(text, err) else "damaged"
        raise ReplayError(f"the file is {cut} or not JSON ({err.msg} at line {err.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        if isinstance(data, dict) and data.get("format") == "coraline-walkthrough":
            raise ReplayError("this is a walkthrough file, not a replay: play it with"
                              " `coraline walkthrough` tools, or record a run in speedrun mode")
        raise ReplayError("not a Coraline replay (no \"format\": \"coraline-replay\")")
    if data.get("version") != VERSION:
        raise ReplayError(f"replay format version {data.get('version')!r}; this game reads {VERSION}")
    result = _field(data, "result", dict)
    try:
        commands = decode_stream(_field(data, "commands", list))
    except ValueError as err:
        raise ReplayError(str(err)) from None
    checkpoints = []
    for n, entry in enumerate(_field(data, "checkpoints", list), start=1):
        if not (isinstance(entry, list) and len(entry) == 2 and _is_int(entry[0])
                and isinstance(entry[1], str)):
            raise ReplayError(f"checkpoint {n} is not [tick, hash]")
        checkpoints.append((entry[0], entry[1]))
    splits = []
    for n, entry in enumerate(_field(result, "splits", list), start=1):
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
                and _is_int(entry[1])):
            raise ReplayError(f"split {n} of the result is not [name, ticks]")
        splits.append(SplitHit(entry[0], entry[1]))
    settings = data.get("settings", {})
    return Replay(
        category=_field(data, "category", str), seed=_field(data, "seed", int),
        practice=_field(data, "practice", str), start_hash=_field(data, "start_hash", str),
        commands=tuple(commands), checkpoints=tuple(checkpoints),
        finished=_field(result, "finished", bool), igt_ticks=_field(result, "igt_ticks", int),
        splits=tuple(splits), game_version=_field(data, "game_version", str),
        recorded=str(data.get("recorded", "")), rta_ms=int(result.get("rta_ms", 0) or 0),
        settings=settings if isinstance(settings, dict) else {})


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _field(data: dict, name: str, kind: type) -> Any:
    if name not in data:
        raise ReplayError(f"the replay has no '{name}'")
    value = data[name]
    ok = _is_int(value) if kind is int else isinstance(value, kind)
    if not ok:
        raise ReplayError(f"the replay's '{name}' should be {kind.__name__}, not {type(value).__name__}")
    return value


# -- checking ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    message: str  # why not, or a one-line summary
    igt_ticks: int = 0
    splits: tuple[SplitHit, ...] = ()
    finished: bool = False
    mismatch_tick: int | None = None  # the first checkpoint whose state differs


def start_of(content: Content, replay: Replay) -> World:
    """The world at the replay's start; raises ReplayError if the category is unknown."""
    category = content.speedrun.categories.get(replay.category)
    if category is None:
        raise ReplayError(f"unknown category '{replay.category}'; this game has "
                          + ", ".join(content.speedrun.categories))
    try:
        return build_start(content, category, replay.seed, replay.practice)
    except StartError as err:
        raise ReplayError(str(err)) from None


def verify(content: Content, replay: Replay,
           on_split: Callable[[SplitHit], None] | None = None,
           on_start: Callable[[], None] | None = None) -> Verdict:
    """Re-simulate the run headless and compare every checkpoint and the claimed result."""
    world = start_of(content, replay)
    category = content.speedrun.categories[replay.category]
    version_note = "" if replay.game_version == __version__ else \
        f" (the replay was made with version {replay.game_version}; this is {__version__})"
    if state_hash(world.state) != replay.start_hash:
        return Verdict(False, "the run does not start where this game's category starts"
                       + version_note, mismatch_tick=0)
    clock = RunClock(category, world.state.tick)
    expected = dict(replay.checkpoints)
    end = max([replay.igt_ticks, *(t for t, _ in replay.checkpoints),
               *(t + 1 for t, _ in replay.commands)])
    if on_start is not None:
        on_start()
    i = 0
    commands = replay.commands
    for now in range(end):
        batch = []
        while i < len(commands) and commands[i][0] == now:
            batch.append(commands[i][1])
            i += 1
        world.step(batch)
        for hit in clock.observe(world.state):
            if on_split is not None:
                on_split(hit)
        tick = now + 1
        want = expected.get(tick)
        if want is not None and state_hash(world.state) != want:
            return Verdict(False, f"the state differs from the recording at tick {tick}"
                           f" (IGT {format_time(tick)}): the commands or the game are not the"
                           f" ones it was recorded with{version_note}",
                           clock.igt(world.state), tuple(clock.hits), clock.finished, tick)
        if clock.finished and tick >= replay.igt_ticks:
            break
    igt = clock.igt(world.state)
    hits = tuple(clock.hits)
    if clock.finished != replay.finished or igt != replay.igt_ticks:
        claimed = f"{'finished' if replay.finished else 'reset'} at {format_time(replay.igt_ticks)}"
        got = f"{'finishes' if clock.finished else 'does not finish'} at {format_time(igt)}"
        return Verdict(False, f"the file claims the run {claimed}, but it {got}{version_note}",
                       igt, hits, clock.finished)
    if hits != replay.splits:
        return Verdict(False, "the file's splits are not the ones the run reaches" + version_note,
                       igt, hits, clock.finished)
    what = "finished" if clock.finished else "not finished (reset)"
    return Verdict(True, f"verified: {category.name}, {what}, IGT {format_time(igt)}",
                   igt, hits, clock.finished)
