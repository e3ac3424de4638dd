"""Speedrun records: every attempt of a category, and what follows from them (personal best,
golds, sum of best). One JSON file per category; a damaged file is kept aside, never deleted,
and never stops play. Pure Python: no pygame, no clock of its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coraline_game import user_dirs
from coraline_game.user_files import parse_json, set_aside, write_atomically

FORMAT = "coraline-speedrun-records"
VERSION = 1
_UNSAFE_NAME_CHARS = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@dataclass(frozen=True, slots=True)
class Attempt:
    """One run of a category, from its start to its finish or reset.

    Splits are positional, as in LiveSplit: position i is "the i-th split reached", whatever its
    name (the three eyes may come in any order)."""

    id: int                       # 1-based, per category, in order of starting
    started: str                  # ISO 8601 UTC "2026-12-06T01:02:03Z"
    ended: str                    # ISO 8601 UTC, "" if not known
    split_names: tuple[str, ...]  # names of the splits reached, in the order reached
    split_ticks: tuple[int, ...]  # cumulative IGT ticks (60/s) at each split reached
    rta_ms: int                   # real time from the start to the finish or the reset
    finished: bool                # reached the category's last split (its end)
    replay: str = ""              # file name of its replay in user_dirs.replays_dir(), "" if none
    practice: bool = False        # started from a split: never counts for PB, golds or attempts

    @property
    def segment_ticks(self) -> tuple[int, ...]:
        """The length of each segment reached: segment 0 ends at the first split, segment i runs
        from split i-1 to split i."""
        previous = (0, *self.split_ticks[:-1])
        return tuple(end - start for start, end in zip(previous, self.split_ticks))

    @property
    def final_ticks(self) -> int | None:
        """The in-game time at the end, or None if the attempt did not finish."""
        return self.split_ticks[-1] if self.finished and self.split_ticks else None


@dataclass(frozen=True, slots=True)
class CategoryRecords:
    """Every attempt of one category, oldest first."""

    category: str
    split_count: int
    attempts: tuple[Attempt, ...] = ()

    @property
    def counted(self) -> tuple[Attempt, ...]:
        """The attempts that count: every one not started from a split (practice)."""
        return tuple(a for a in self.attempts if not a.practice)

    @property
    def personal_best(self) -> Attempt | None:
        """The finished attempt with the lowest in-game time; on a tie, the earlier one."""
        best: Attempt | None = None
        best_ticks = 0
        for attempt in self.counted:
            final = attempt.final_ticks
            if final is not None and (best is None or final < best_ticks):
                best, best_ticks = attempt, final
        return best

    @property
    def best_segments(self) -> tuple[int | None, ...]:
        """The gold of each position: its shortest segment in any counted attempt, finished or
        not; None where no attempt has reached that split yet."""
        golds: list[int | None] = [None] * self.split_count
        for attempt in self.counted:
            for i, segment in enumerate(attempt.segment_ticks[:self.split_count]):
                gold = golds[i]
                if gold is None or segment < gold:
                    golds[i] = segment
        return tuple(golds)

    @property
    def sum_of_best(self) -> int | None:
        """The sum of the golds, once every position has one."""
        golds = self.best_segments
        if not golds or any(g is None for g in golds):
            return None
        return sum(g for g in golds if g is not None)

    @property
    def attempt_count(self) -> int:
        """How many attempts count (practice ones never do)."""
        return len(self.counted)

    @property
    def next_id(self) -> int:
        """The id the next attempt takes (ids are never reused, practice or not)."""
        return max((a.id for a in self.attempts), default=0) + 1

    def with_attempt(self, attempt: Attempt) -> CategoryRecords:
        """These records with one more attempt at the end. Raises ValueError for an attempt
        that cannot belong to this category (a bug in the caller, not the player's doing)."""
        problem = attempt_problem(attempt, self.split_count)
        if problem is None and any(a.id == attempt.id for a in self.attempts):
            problem = f"id {attempt.id} is already taken (the next free one is {self.next_id})"
        if problem is not None:
            raise ValueError(f"attempt {attempt.id} of category {self.category!r}: {problem}")
        return replace(self, attempts=(*self.attempts, attempt))


def attempt_problem(attempt: Attempt, split_count: int) -> str | None:
    """What is wrong with an attempt's values for a category of `split_count` splits, if
    anything (types are assumed right)."""
    if attempt.id < 1:
        return f"id should be 1 or more, not {attempt.id}"
    if len(attempt.split_names) != len(attempt.split_ticks):
        return (f"it names {len(attempt.split_names)} splits but times {len(attempt.split_ticks)}; "
                "'split_names' and 'split_ticks' should be as long as each other")
    if len(attempt.split_ticks) > split_count:
        return f"it reached {len(attempt.split_ticks)} splits but the category has only {split_count}"
    if any(t < 0 for t in attempt.split_ticks):
        return "'split_ticks' has a negative time"
    if any(b < a for a, b in zip(attempt.split_ticks, attempt.split_ticks[1:])):
        return "'split_ticks' goes backwards; each split's time should be at least the one before"
    if attempt.rta_ms < 0:
        return f"'rta_ms' should not be negative, not {attempt.rta_ms}"
    if attempt.finished and not attempt.practice and len(attempt.split_ticks) != split_count:
        return (f"it is marked finished but reached {len(attempt.split_ticks)} of the "
                f"category's {split_count} splits")
    for name, text in (("started", attempt.started), ("ended", attempt.ended)):
        if (text or name == "started") and parse_utc(text) is None:
            return f"'{name}' should be a date and time like 2026-12-06T01:02:03Z, not {text!r}"
    return None


def utc_stamp(moment: datetime | None = None) -> str:
    """A moment (default: now) as the records write it: "2026-12-06T01:02:03Z"."""
    moment = datetime.now(UTC) if moment is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime | None:
    """An ISO 8601 date and time as an aware UTC datetime (no zone means UTC); None if it is
    not one."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# --- storage ---------------------------------------------------------------------------------


def records_path(category: str) -> Path:
    """Where a category's records live. Raises ValueError for a name that cannot be a file."""
    if not category or category.startswith(".") or _UNSAFE_NAME_CHARS & set(category):
        raise ValueError(f"category name {category!r} cannot be used as a file name")
    return user_dirs.records_dir() / f"{category}.json"


def load_records(category: str, split_count: int) -> tuple[CategoryRecords, str | None]:
    """A category's records, and a warning for the player if the file had to be set aside.

    No file yet: empty records, no warning. A file that cannot be read, is not JSON, is not
    ours, is of another version or holds a wrong value: it is renamed to
    `<category>.corrupt-<time>.json` beside it (never deleted) and play goes on with empty
    records; the warning names the file, what was wrong and where the old one was kept."""
    path = records_path(category)
    empty = CategoryRecords(category, split_count)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return empty, None
    except OSError as error:
        return empty, _set_aside(path, f"it could not be read ({error.strerror or error})")
    try:
        records = _decode(raw, category, split_count)
    except _Corrupt as error:
        return empty, _set_aside(path, str(error))
    return records, None


def save_records(records: CategoryRecords) -> str | None:
    """Write a category's records atomically (a whole new file or the old one untouched).
    Returns None, or a message for the player if it could not be written (disk full,
    read-only folder...)."""
    path = records_path(records.category)
    text = json.dumps(_encode(records), indent=1, ensure_ascii=False) + "\n"
    try:
        write_atomically(path, text)
    except OSError as error:
        return (f"Could not save the speedrun records to {path}: {error.strerror or error}. "
                "Check that the folder can be written to and the disk has room.")
    return None


def _set_aside(path: Path, what: str) -> str:
    """Rename a bad records file out of the way and say so."""
    try:
        kept = set_aside(path)
    except OSError as error:
        return (f"The speedrun records in {path} could not be used: {what}. They could not be "
                f"moved aside either ({error.strerror or error}); this session starts with empty "
                "records, and saving them may replace that file, so copy it somewhere now if you "
                "want to keep it.")
    return (f"The speedrun records in {path} could not be used: {what}. The old file was kept "
            f"as {kept}, and new records were started.")


class _Corrupt(Exception):
    """A records file that is not what this game writes; the message says why."""


def _encode(records: CategoryRecords) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "category": records.category,
        "split_count": records.split_count,
        "attempts": [
            {"id": a.id, "started": a.started, "ended": a.ended,
             "split_names": list(a.split_names), "split_ticks": list(a.split_ticks),
             "rta_ms": a.rta_ms, "finished": a.finished, "replay": a.replay,
             "practice": a.practice}
            for a in records.attempts],
    }


def _decode(raw: bytes, category: str, split_count: int) -> CategoryRecords:
    try:
        data = parse_json(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise _Corrupt(f"it is not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise _Corrupt(f"it is not valid JSON (line {error.lineno}, column {error.colno}: "
                       f"{error.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Corrupt(f"it is not a speedrun records file (no \"format\": \"{FORMAT}\" in it)")
    version = data.get("version")
    if version != VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        raise _Corrupt(f"it is format version {version!r}, and this game reads version {VERSION}"
                       + (" (it was written by a newer version of the game)" if newer else ""))
    if data.get("category") != category:
        raise _Corrupt(f"it holds the records of category {data.get('category')!r}, "
                       f"not {category!r}")
    if data.get("split_count") != split_count:
        raise _Corrupt(f"its category had {data.get('split_count')!r} splits and now has "
                       f"{split_count}, so its times cannot be compared")
    entries = data.get("attempts")
    if not isinstance(entries, list):
        raise _Corrupt(f"'attempts' should be a list, found {_describe(entries)}")
    attempts: list[Attempt] = []
    seen: set[int] = set()
    for number, entry in enumerate(entries, start=1):
        attempt = _decode_attempt(entry, number)
        where = _where(entry, number)
        problem = attempt_problem(attempt, split_count)
        if problem is not None:
            raise _Corrupt(f"{where}: {problem}")
        if attempt.id in seen:
            raise _Corrupt(f"{where}: id {attempt.id} is used by an earlier attempt too")
        seen.add(attempt.id)
        attempts.append(attempt)
    return CategoryRecords(category, split_count, tuple(attempts))


_FIELDS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "id": (lambda v: _is_int(v), "a whole number"),
    "started": (lambda v: isinstance(v, str), "text"),
    "ended": (lambda v: isinstance(v, str), "text"),
    "split_names": (lambda v: isinstance(v, str), "text"),
    "split_ticks": (lambda v: _is_int(v), "a whole number"),
    "rta_ms": (lambda v: _is_int(v), "a whole number"),
    "finished": (lambda v: isinstance(v, bool), "true or false"),
    "replay": (lambda v: isinstance(v, str), "text"),
    "practice": (lambda v: isinstance(v, bool), "true or false"),
}
_LISTS = {"split_names", "split_ticks"}  # lists of what _FIELDS says
_OPTIONAL = {"replay": "", "practice": False}


def _decode_attempt(entry: Any, number: int) -> Attempt:
    where = _where(entry, number)
    if not isinstance(entry, dict):
        raise _Corrupt(f"{where}: should be an object with the attempt's fields, "
                       f"found {_describe(entry)}")
    unknown = sorted(set(entry) - set(_FIELDS))
    if unknown:
        raise _Corrupt(f"{where}: unknown field {unknown[0]!r} (the fields are "
                       f"{', '.join(_FIELDS)})")
    values: dict[str, Any] = {}
    for name, (fits, kind) in _FIELDS.items():
        if name not in entry:
            if name in _OPTIONAL:
                values[name] = _OPTIONAL[name]
                continue
            raise _Corrupt(f"{where}: field {name!r} is missing")
        value = entry[name]
        if name in _LISTS:
            if not isinstance(value, list):
                raise _Corrupt(f"{where}: field {name!r} should be a list, found {_describe(value)}")
            for i, item in enumerate(value, start=1):
                if not fits(item):
                    raise _Corrupt(f"{where}: field {name!r}: item {i} should be {kind}, "
                                   f"found {_describe(item)}")
            values[name] = tuple(value)
        elif not fits(value):
            raise _Corrupt(f"{where}: field {name!r} should be {kind}, found {_describe(value)}")
        else:
            values[name] = value
    return Attempt(**values)


def _where(entry: Any, number: int) -> str:
    """How a message names an attempt: by its id when it has a readable one."""
    if isinstance(entry, dict) and _is_int(entry.get("id")):
        return f"attempt {entry['id']} (entry {number} of 'attempts')"
    return f"entry {number} of 'attempts'"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _describe(value: Any) -> str:
    kinds = {str: "the text", bool: "the value", int: "the number", float: "the number",
             list: "a list", dict: "an object", type(None): "null"}
    kind = kinds.get(type(value), type(value).__name__)
    if isinstance(value, list | dict):
        return kind
    if value is None:
        return "null"
    shown = json.dumps(value, ensure_ascii=False)
    return f"{kind} {shown[:40] + '...' if len(shown) > 40 else shown}"
