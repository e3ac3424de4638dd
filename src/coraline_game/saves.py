"""Save slots on disk: numbered ones, the autosave and the quick save, written so that no crash,
kill, full disk or damaged file ever costs the player a save. No pygame here.

A slot is ``saves/slot-<id>.json`` with a picture ``slot-<id>.png`` beside it; the save it
replaced is kept as ``slot-<id>.bak.json`` (+ ``.bak.png``). How a save is written, step by step:

1. The new save's text is made first (a state that cannot be saved changes nothing on disk).
2. The file now in the slot is read and checked, as the slot list checks it:
   - a good save is copied to the backup, atomically (a damaged backup is set aside first);
   - a damaged file is never overwritten: it is renamed to ``slot-<id>.corrupt-<time>.json``
     (``user_files.set_aside``) and the returned note says so. The backup is left alone, as it
     may be the player's last good save.
3. The new save replaces the slot file atomically (temporary file, flush, fsync, rename), so at
   every instant the slot file is the whole old save or the whole new one.
4. The picture follows (a kill between 3 and 4 leaves only an old picture beside a new save).

Any OSError stops the steps where it happens and is returned as words, never raised. Old files
are read through ``MIGRATIONS`` (format n to n+1) up to ``VERSION``. Temporary files a killed
save left behind are removed by a later save of that slot, once they are ten minutes old.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coraline_game import __version__
from coraline_game.content.model import Content
from coraline_game.user_dirs import data_dir
from coraline_game.user_files import cut_short, parse_json, set_aside, write_atomically
from coraline_game.world import TICKS_PER_SECOND
from coraline_game.world.state import GameState
from coraline_game.world.state_codec import dump_state, load_state

FORMAT = "coraline-save"
VERSION = 1
NUMBERED = tuple(str(n) for n in range(1, 10))  # the player's own slots
AUTO = "auto"    # written at room changes and chapter starts
QUICK = "quick"  # the quick save key
SLOTS = (*NUMBERED, AUTO, QUICK)
MAX_BYTES = 32 * 1024 * 1024  # anything bigger is not one of our saves
STALE_TEMP_SECONDS = 600      # a temporary file this old was left by a killed save
SHUFFLED_FLAG = "shuffled"
_SUMMARY_TYPES: Mapping[str, tuple[type, str]] = MappingProxyType({
    "chapter": (int, "a whole number"), "chapter_title": (str, "text"), "room": (str, "text"),
    "room_title": (str, "text"), "play_ticks": (int, "a whole number"),
    "shuffled": (bool, "true or false"), "seed": (int, "a whole number")})


class SaveError(Exception):
    """A save that cannot be loaded. ``str()`` is a sentence for the player; ``reason`` is
    just what is wrong with the file (as the slot list shows it)."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What ``save_game`` did. ``error``: nothing new was saved, and why (what was already in
    the slot is as it was, unless ``note`` says a damaged file was set aside). ``note``:
    something the player should know either way."""

    error: str = ""
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def message(self) -> str:
        """One line to show: the error, else the note ("" when all went quietly)."""
        return " ".join(m for m in (self.error, self.note) if m)


@dataclass(frozen=True, slots=True)
class SlotInfo:
    """What the slot list shows for one slot (or for the backup of one)."""

    slot: str
    status: str                  # "ok", "damaged" or "empty"
    path: Path                   # the save file (which may not exist)
    reason: str = ""             # damaged: what is wrong with the file
    chapter: int = 0
    chapter_title: str = ""
    room: str = ""
    room_title: str = ""
    play_ticks: int = 0
    shuffled: bool = False
    seed: int = 0
    saved_at: str = ""           # ISO 8601, UTC
    game_version: str = ""
    thumbnail: Path | None = None  # the picture beside the save, if there is one
    backup: SlotInfo | None = None  # the save this one replaced, if one is kept

    @property
    def label(self) -> str:
        return slot_label(self.slot)

    @property
    def saved_time(self) -> datetime | None:
        """When it was saved, as an aware datetime (None if not known)."""
        return _parse_time(self.saved_at) if self.saved_at else None

    @property
    def has_backup(self) -> bool:
        return self.backup is not None

    @property
    def backup_ok(self) -> bool:
        """The backup loads: offer it when the slot itself does not."""
        return self.backup is not None and self.backup.status == "ok"


# ---- where things are ---------------------------------------------------------------------

def saves_dir() -> Path:
    return data_dir() / "saves"


def slot_path(slot: str) -> Path:
    return saves_dir() / f"slot-{_checked(slot)}.json"


def backup_path(slot: str) -> Path:
    return saves_dir() / f"slot-{_checked(slot)}.bak.json"


def picture_path(save_file: Path) -> Path:
    """The thumbnail beside a save file (slot or backup)."""
    return save_file.with_name(save_file.name.removesuffix(".json") + ".png")


def _checked(slot: str) -> str:
    if slot not in SLOTS:
        raise ValueError(f"no save slot '{slot}'; slots are {', '.join(SLOTS)}")
    return slot


# ---- words for people ---------------------------------------------------------------------

def slot_label(slot: str) -> str:
    return {AUTO: "Autosave", QUICK: "Quick save"}.get(slot, f"Slot {slot}")


def chapter_label(chapter: int, title: str) -> str:
    """"Chapter 2: The Other Mother"; the prologue before chapter 1."""
    if chapter == 0 and not title:
        return "Prologue"
    return f"Chapter {chapter}: {title}" if title else f"Chapter {chapter}"


def play_time(ticks: int) -> str:
    """h:mm:ss of play."""
    seconds = ticks // TICKS_PER_SECOND
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def local_date(saved_at: str) -> str:
    """A saved_at time as the player's clock showed it: 2024-05-01 14:02."""
    moment = _parse_time(saved_at)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else saved_at


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# ---- the file's contents ------------------------------------------------------------------

def summary(state: GameState, content: Content) -> dict[str, Any]:
    """What a slot shows without loading the game."""
    room = content.rooms.get(state.room)
    return {"chapter": state.chapter, "chapter_title": state.chapter_title, "room": state.room,
            "room_title": room.title if room else state.room, "play_ticks": state.tick,
            "shuffled": SHUFFLED_FLAG in state.flags, "seed": state.seed}


def save_text(slot: str, state: GameState, content: Content, now: datetime | None = None) -> str:
    """The save file's text. Raises ValueError if the state cannot be saved (a programming
    error in a script the codec cannot name)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return json.dumps({
        "format": FORMAT, "version": VERSION, "game_version": __version__,
        "saved_at": moment.isoformat(timespec="milliseconds"), "slot": _checked(slot),
        "summary": summary(state, content), "state": dump_state(state)}, indent=1) + "\n"


def _from_version_0(old: dict[str, Any]) -> dict[str, Any]:
    """Format 0 (the first test builds) kept the room at the top level and had no summary,
    slot or game version: {"format", "version": 0, "saved_at", "room", "state"}."""
    state = old["state"]
    return {"format": FORMAT, "version": 1, "game_version": "unknown",
            "saved_at": old["saved_at"], "slot": "",
            "summary": {"chapter": state["chapter"], "chapter_title": state["chapter_title"],
                        "room": old["room"], "room_title": old["room"],
                        "play_ticks": state["tick"], "shuffled": SHUFFLED_FLAG in state["flags"],
                        "seed": state["seed"]},
            "state": state}


# Format n to format n + 1, applied in turn when an older save is read. Each takes and returns
# the whole file's data (so it may change the state inside too); a KeyError or TypeError from
# malformed old data is reported as the file's damage.
MIGRATIONS: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]] = MappingProxyType({
    0: _from_version_0,
})


def read_save(raw: bytes, content: Content) -> tuple[dict[str, Any], GameState]:
    """A save file's bytes to its (brought up to date) data and the game state. Raises
    SaveError with what is wrong: damaged, foreign, too new, or not fitting this story."""
    data = upgrade(_parse(raw))
    _check_fields(data)
    try:
        state = load_state(data["state"], content)
    except ValueError as err:
        raise SaveError(str(err)) from None
    except Exception as err:  # noqa: BLE001 - a damaged file must never crash the game
        raise SaveError(f"the game state could not be read ({type(err).__name__}: {err})") from None
    return data, state


def _parse(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise SaveError("the file is empty")
    if not raw.strip(b"\0"):
        raise SaveError("the file is blank (only zero bytes: the disk lost what was in it)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SaveError(f"the file is garbled (not text, at byte {err.start})") from None
    try:
        data = parse_json(text)
    except json.JSONDecodeError as err:
        if cut_short(text, err):
            raise SaveError(f"the file is cut short (line {text.rstrip().count(chr(10)) + 1})") from None
        raise SaveError(f"the file is garbled ({err.msg} at line {err.lineno},"
                        f" column {err.colno})") from None
    if not isinstance(data, dict):
        raise SaveError("not a Coraline save (it holds a JSON list or value, not an object)")
    if data.get("format") != FORMAT:
        found = data.get("format")
        why = f"its format is {json.dumps(found)[:40]}" if found is not None else "it has no format"
        raise SaveError(f"not a Coraline save ({why}, not \"{FORMAT}\")")
    return data


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a save's data from its format up to ``VERSION`` through ``MIGRATIONS``."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SaveError(f"'version' should be a whole number, not {json.dumps(version)[:40]}")
    if version > VERSION:
        raise SaveError(f"written by a newer version of the game (format {version};"
                        f" this game reads up to {VERSION})")
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SaveError(f"written in format {version}, which this game can no longer read")
        try:
            data = step(data)
        except Exception as err:  # noqa: BLE001 - old data of any shape must not crash us
            raise SaveError(f"a format {version} save that could not be brought up to date"
                            f" ({type(err).__name__}: {err})") from None
        version += 1
    return data


def _check_fields(data: dict[str, Any]) -> None:
    for name in ("game_version", "saved_at", "slot"):
        if not isinstance(data.get(name), str):
            raise SaveError(f"'{name}' should be text" if name in data else f"'{name}' is missing")
    if _parse_time(data["saved_at"]) is None:
        raise SaveError(f"'saved_at' should be a date and time, not {data['saved_at'][:40]!r}")
    if "state" not in data:
        raise SaveError("'state' is missing")
    info = data.get("summary")
    if not isinstance(info, dict):
        raise SaveError("'summary' should be an object" if "summary" in data else "'summary' is missing")
    for name, (kind, words) in _SUMMARY_TYPES.items():
        value = info.get(name)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SaveError(f"'summary.{name}' should be {words}" if name in info
                            else f"'summary.{name}' is missing")


# ---- looking at the slots -----------------------------------------------------------------

def list_slots(content: Content) -> list[SlotInfo]:
    """Every slot, numbered first, then the autosave and the quick save. Reads only: a damaged
    file is reported, never changed. Never raises."""
    return [slot_info(slot, content) for slot in SLOTS]


def slot_info(slot: str, content: Content) -> SlotInfo:
    backup = _inspect(slot, backup_path(slot), content, None)
    return _inspect(slot, slot_path(slot), content, backup if backup.status != "empty" else None)


def _inspect(slot: str, path: Path, content: Content, backup: SlotInfo | None) -> SlotInfo:
    picture = picture_path(path)
    thumbnail = picture if picture.is_file() else None
    try:
        raw = _read(path)
    except SaveError as err:
        return SlotInfo(slot, "damaged", path, err.reason, thumbnail=thumbnail, backup=backup)
    if raw is None:
        return SlotInfo(slot, "empty", path, backup=backup)
    try:
        data, state = read_save(raw, content)
    except SaveError as err:
        return SlotInfo(slot, "damaged", path, err.reason, thumbnail=thumbnail, backup=backup)
    s = summary(state, content)
    return SlotInfo(slot, "ok", path, "", s["chapter"], s["chapter_title"], s["room"],
                    s["room_title"], s["play_ticks"], s["shuffled"], s["seed"], data["saved_at"],
                    data["game_version"], thumbnail, backup)


def _read(path: Path) -> bytes | None:
    """The file's bytes, None if there is none; SaveError if it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SaveError(f"the file is far too big to be a save ({size // (1024 * 1024)} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise SaveError("it is a folder, not a file") from None
    except OSError as err:
        raise SaveError(f"the file could not be read ({err.strerror or err})") from None


def latest_slot(content: Content) -> str | None:
    """The slot with the most recent good save (for the title's Continue), or None."""
    best: tuple[datetime, float, str] | None = None
    for info in list_slots(content):
        moment = info.saved_time if info.status == "ok" else None
        if moment is None:
            continue
        key = (moment, _mtime(info.path), info.slot)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# ---- loading and saving -------------------------------------------------------------------

def load_game(slot: str, content: Content, backup: bool = False) -> GameState:
    """The game saved in a slot (or in its backup). Raises SaveError saying why not."""
    path = backup_path(slot) if backup else slot_path(slot)
    name = f"The backup of {slot_label(slot).lower()}" if backup else slot_label(slot)
    try:
        raw = _read(path)
        state = None if raw is None else read_save(raw, content)[1]
    except SaveError as err:
        raise SaveError(err.reason, f"{name} cannot be loaded: {err.reason}.") from None
    if state is None:
        raise SaveError("there is no backup" if backup else "there is no save there",
                        f"{slot_label(slot)} has no backup." if backup else f"{name} is empty.")
    return state


def save_game(slot: str, state: GameState, content: Content, thumbnail_png: bytes | None = None,
              now: datetime | None = None) -> SaveOutcome:
    """Save the game in a slot: the good save already there becomes the backup, a damaged file
    there is set aside, never lost (see the module's docstring). Never raises OSError."""
    label = slot_label(slot)
    try:
        text = save_text(slot, state, content, now)
    except ValueError as err:
        return SaveOutcome(error=f"The game cannot be saved at this moment ({err}).")
    path, note = slot_path(slot), ""
    try:
        note = _make_way(slot, content)
        write_atomically(path, text.encode("utf-8"))
    except OSError as err:
        kept = "the save already there is unchanged" if path.exists() else "nothing was saved"
        return SaveOutcome(error=f"Could not save in {label.lower()} ({saves_dir()}):"
                                 f" {err.strerror or err}; {kept}.", note=note)
    note = " ".join(n for n in (note, _save_picture(path, thumbnail_png)) if n)
    _sync_folder(path.parent)
    _sweep_temporaries(slot)
    return SaveOutcome(note=note)


def _make_way(slot: str, content: Content) -> str:
    """Step 2: keep what the slot holds. Returns a note for the player ("" if none)."""
    path, backup = slot_path(slot), backup_path(slot)
    try:
        raw = _read(path)
        if raw is None:
            return ""
        read_save(raw, content)
    except SaveError:  # unreadable, too big, a folder or damaged: renamed, never overwritten
        kept = set_aside(path)
        return f"The damaged file in {slot_label(slot).lower()} was kept as {kept.name}."
    if _inspect(slot, backup, content, None).status == "damaged":
        set_aside(backup)
    write_atomically(backup, raw)
    old_picture = _read_for_saving(picture_path(path))
    if old_picture is None:
        _remove(picture_path(backup))
    else:
        write_atomically(picture_path(backup), old_picture)
    return ""


def _read_for_saving(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise OSError(f"{path.name} is a folder") from None


def _save_picture(path: Path, png: bytes | None) -> str:
    """Step 4. A picture that cannot be written is only a note: the save itself is made."""
    picture = picture_path(path)
    try:
        if png is None:
            _remove(picture)
        else:
            write_atomically(picture, png)
    except OSError as err:
        try:
            _remove(picture)  # better no picture than the old game's
        except OSError:
            pass
        return f"(Its picture could not be saved: {err.strerror or err}.)"
    return ""


def _sync_folder(folder: Path) -> None:
    """Make the renames survive a power cut (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _sweep_temporaries(slot: str) -> None:
    """Remove temporary files a killed save left behind (old enough not to be in use)."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in saves_dir().glob(f".slot-{slot}.*.tmp"):
        try:
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
        except OSError:
            pass
