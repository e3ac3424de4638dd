"""The player's settings file (``settings.json`` in the user folder): read forgivingly, written
atomically. A bad field falls back to its default with a warning; nothing here uses pygame.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coraline_game.speedrun.livesplit import DEFAULT_HOST as DEFAULT_LIVESPLIT_HOST
from coraline_game.speedrun.livesplit import DEFAULT_PORT as DEFAULT_LIVESPLIT_PORT
from coraline_game.speedrun.livesplit import format_address
from coraline_game.speedrun.livesplit import parse_address
from coraline_game.user_dirs import settings_file
from coraline_game.user_files import set_aside, write_atomically

FORMAT = "coraline-settings"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the player can change. Add a field with a default to add a setting: the
    file, its checks and the warnings follow the field's type (and ``CHECKS`` if it needs more).
    """

    speedrun_mode: bool = False          # timer + splits on screen, instant text, reset key
    speedrun_category: str = "any"       # category id: "any", "eye-hunt", "eye-hunt-shuffled"
    livesplit: bool = False              # drive LiveSplit's TCP server
    livesplit_address: str = f"{DEFAULT_LIVESPLIT_HOST}:{DEFAULT_LIVESPLIT_PORT}"
    reset_key: str = "ctrl+r"            # a key chord, see scenes/key_chord.py
    fullscreen: bool = False


# -- addresses -------------------------------------------------------------------------------

def normalise_address(text: str) -> str:
    """``parse_address`` then ``format_address``: the form stored in the settings file."""
    return format_address(*parse_address(text))


# -- checks beyond the type ------------------------------------------------------------------

def _check_category(value: str) -> str | None:
    return None if value.strip() else "is empty"


def _check_address(value: str) -> str | None:
    try:
        parse_address(value)
    except ValueError as err:
        return str(err)
    return None


def _check_reset_key(value: str) -> str | None:
    return None if value.strip() else "is empty"


# A field's extra check: None when the value is fine, else why not. (The reset key's key name
# is checked by scenes.key_chord, which needs pygame.)
CHECKS: Mapping[str, Callable[[Any], str | None]] = MappingProxyType({
    "speedrun_category": _check_category,
    "livesplit_address": _check_address,
    "reset_key": _check_reset_key,
})


def _type_problem(value: object, default: object) -> str | None:
    """Why ``value`` cannot stand for a field whose default is ``default`` (None if it can)."""
    if isinstance(default, bool):
        ok = isinstance(value, bool)
        wanted = "true or false"
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
        wanted = "a whole number"
    elif isinstance(default, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        wanted = "a number"
    elif isinstance(default, str):
        ok = isinstance(value, str)
        wanted = "text in quotes"
    else:
        return None
    return None if ok else f"should be {wanted}, not {json.dumps(value)}"


# -- reading and writing ---------------------------------------------------------------------

def load_settings() -> tuple[Settings, str | None]:
    """The saved settings, and a warning for the player if anything had to be put right.

    No file: the defaults, no warning. A field of the wrong type or value: its default, the
    other fields kept. A file that is not a settings file at all: moved aside to
    ``settings.corrupt-<UTC time>.json`` (never deleted) and the defaults used.
    """
    path = settings_file()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), None
    except OSError as err:
        return Settings(), (f"Could not read the settings file {path} ({err.strerror or err}); "
                            "using the defaults.")
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return Settings(), _move_aside(path, f"it is not valid JSON ({err})")
    if not isinstance(data, dict):
        return Settings(), _move_aside(path, "it does not hold a JSON object")
    if data.get("format", FORMAT) != FORMAT:
        found = json.dumps(data.get("format"))
        return Settings(), _move_aside(path, f"its format is {found}, not \"{FORMAT}\"")
    return _from_dict(data, path)


def _from_dict(data: dict[str, Any], path: Path) -> tuple[Settings, str | None]:
    values: dict[str, Any] = {}
    problems: list[str] = []
    defaults = Settings()
    for f in fields(Settings):
        if f.name not in data:
            continue
        value, default = data[f.name], getattr(defaults, f.name)
        why = _type_problem(value, default)
        if why is None and f.name in CHECKS:
            why = CHECKS[f.name](value)
        if why is None:
            values[f.name] = float(value) if isinstance(default, float) else value
        else:
            problems.append(f"'{f.name}' {why}; using the default {json.dumps(default)}")
    if not problems:
        return Settings(**values), None
    return Settings(**values), f"In the settings file {path}: " + "; ".join(problems) + "."


def _move_aside(path: Path, why: str) -> str:
    try:
        target = set_aside(path)
    except OSError as err:
        return (f"Could not read the settings file {path}: {why}. It could not be moved aside "
                f"({err.strerror or err}), so the next save will replace it; using the defaults.")
    return f"Could not read the settings file {path}: {why}. It was kept as {target}; using the defaults."


def settings_json(settings: Settings) -> str:
    """The file's text: a format tag and version, then every field."""
    return json.dumps({"format": FORMAT, "version": VERSION, **asdict(settings)}, indent=2) + "\n"


def save_settings(settings: Settings) -> str | None:
    """Write the settings atomically (a temporary file, then a rename over the old one).

    Creates the folder if needed. Returns None, or a message saying why the file could not be
    written (the old file, if any, is left as it was).
    """
    path = settings_file()
    try:
        write_atomically(path, settings_json(settings))
    except OSError as err:
        return f"Could not save the settings to {path}: {err.strerror or err}."
    return None
