"""The player's settings file (``settings.json`` in the user folder): read forgivingly, written
atomically. A bad field falls back to its default with a warning. Only key bindings need pygame
(to read key names), and only when the file has some.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coraline_game.render import LOGICAL_SIZE
from coraline_game.speedrun.livesplit import DEFAULT_HOST as DEFAULT_LIVESPLIT_HOST
from coraline_game.speedrun.livesplit import DEFAULT_PORT as DEFAULT_LIVESPLIT_PORT
from coraline_game.speedrun.livesplit import format_address
from coraline_game.speedrun.livesplit import parse_address
from coraline_game.user_dirs import settings_file
from coraline_game.user_files import parse_json, set_aside, write_atomically

FORMAT = "coraline-settings"
VERSION = 2  # 2: key bindings and pad buttons per action; version 1's "reset_key" is read into them

# The player's changes over the default bindings: (action id, (chord or button, ...)) pairs,
# sorted by action id. An action that is not listed has its default keys; an empty tuple
# means the player took every key away from it.
Overrides = tuple[tuple[str, tuple[str, ...]], ...]

VOLUME_STEP = 10
WINDOW_SCALES = ("1x", "2x", "3x", "4x", "fit")      # times 640x360; "fit": the largest that fits
WINDOW_FRAME = 64  # desktop height a window leaves for its title bar and the task bar
TEXT_SPEEDS: Mapping[str, float | None] = MappingProxyType({  # characters per tick; None: at once
    "slow": 0.75, "normal": 1.5, "fast": 3.0, "instant": None})
TEXT_SIZES = ("normal", "large")
TIMER_DISPLAYS = ("off", "time", "splits")           # speedrun mode: nothing, the timer, timer + splits


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the player can change. Add a field with a default to add a setting: the
    file, its checks and the warnings follow the field's type (and ``CHECKS`` if it needs more).
    """

    master_volume: int = 100             # 0-100, in steps of VOLUME_STEP on the settings screen
    music_volume: int = 80
    effects_volume: int = 100
    fullscreen: bool = False
    window_scale: str = "fit"            # one of WINDOW_SCALES; used when not in full screen
    text_speed: str = "normal"           # one of TEXT_SPEEDS
    text_size: str = "normal"            # one of TEXT_SIZES
    speedrun_mode: bool = False          # timer + splits on screen, instant text, reset key
    timer_display: str = "splits"        # one of TIMER_DISPLAYS
    speedrun_category: str = "any"       # category id: "any", "eye-hunt", "eye-hunt-shuffled"
    livesplit: bool = False              # drive LiveSplit's TCP server
    livesplit_address: str = f"{DEFAULT_LIVESPLIT_HOST}:{DEFAULT_LIVESPLIT_PORT}"
    key_bindings: Overrides = ()         # action -> key chords ("ctrl+r"), see scenes/bindings.py
    pad_buttons: Overrides = ()          # action -> game-controller buttons ("a", "dpup")


# -- what the settings mean --------------------------------------------------------------------

def chars_per_tick(settings: Settings) -> float | None:
    """How fast speech types out, in characters per 1/60 s tick; None: whole lines at once."""
    return TEXT_SPEEDS.get(settings.text_speed, TEXT_SPEEDS["normal"])


def window_size(scale: str, desktop: tuple[int, int]) -> tuple[int, int]:
    """The window size for a scale setting on a desktop of this size: 640x360 times the scale,
    or for "fit" (and for a scale too big for the desktop) the largest whole multiple that fits
    with room left for a title bar and a task bar. Never smaller than 1x."""
    most = max(1, min(desktop[0] // LOGICAL_SIZE[0], (desktop[1] - WINDOW_FRAME) // LOGICAL_SIZE[1]))
    times = most if scale not in WINDOW_SCALES or scale == "fit" else min(int(scale[:-1]), most)
    return LOGICAL_SIZE[0] * times, LOGICAL_SIZE[1] * times


def override_of(overrides: Overrides, action: str) -> tuple[str, ...] | None:
    """The player's keys (or buttons) for an action, or None when it has its defaults."""
    return next((values for name, values in overrides if name == action), None)


def with_override(overrides: Overrides, action: str, values: tuple[str, ...] | None) -> Overrides:
    """The overrides with one action's set (or, with None, given back to its defaults)."""
    kept = {name: v for name, v in overrides if name != action}
    if values is not None:
        kept[action] = tuple(values)
    return tuple(sorted(kept.items()))


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


def _check_volume(value: int) -> str | None:
    return None if 0 <= value <= 100 else f"should be from 0 to 100, not {value}"


def _one_of(choices: tuple[str, ...] | Mapping[str, object]) -> Callable[[str], str | None]:
    names = tuple(choices)

    def check(value: str) -> str | None:
        if value in names:
            return None
        return "should be one of " + ", ".join(json.dumps(n) for n in names) + f", not {json.dumps(value)}"
    return check


# A field's extra check: None when the value is fine, else why not.
CHECKS: Mapping[str, Callable[[Any], str | None]] = MappingProxyType({
    "master_volume": _check_volume,
    "music_volume": _check_volume,
    "effects_volume": _check_volume,
    "window_scale": _one_of(WINDOW_SCALES),
    "text_speed": _one_of(TEXT_SPEEDS),
    "text_size": _one_of(TEXT_SIZES),
    "timer_display": _one_of(TIMER_DISPLAYS),
    "speedrun_category": _check_category,
    "livesplit_address": _check_address,
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


# -- bindings in the file: {"look": ["k", "ctrl+l"], "quick_save": []} --------------------------

def _read_overrides(name: str, value: object) -> tuple[Overrides, list[str]]:
    """A bindings field: the actions that read well, and a problem for each that did not (it
    keeps its defaults)."""
    from coraline_game.scenes.bindings import check_key_override, check_pad_override
    if not isinstance(value, dict):
        return (), [f"'{name}' should be an object like {{\"look\": [\"l\"]}}, not "
                    f"{json.dumps(value)}; every action keeps its default"]
    check = check_key_override if name == "key_bindings" else check_pad_override
    kept: Overrides = ()
    problems = []
    for action, values in value.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            problems.append(f"'{name}' for '{action}' should be a list of texts in quotes, not "
                            f"{json.dumps(values)}; it keeps its default")
            continue
        clean, why = check(action, values)
        if why is None:
            kept = with_override(kept, action, clean)
        else:
            problems.append(f"'{name}' for '{action}': {why}; it keeps its default")
    return kept, problems


def _migrate_reset_key(data: dict[str, Any], values: dict[str, Any], problems: list[str]) -> None:
    """Version 1 kept the speedrun reset key alone as ``reset_key``: it becomes the "reset"
    action's key, unless the file also binds that action."""
    old = data.get("reset_key")
    if old is None or override_of(values.get("key_bindings", ()), "reset") is not None:
        return
    from coraline_game.scenes.bindings import BY_ID, check_key_override
    default = json.dumps(", ".join(BY_ID["reset"].keys))
    if not isinstance(old, str):
        problems.append(f"'reset_key' should be text in quotes, not {json.dumps(old)}; "
                        f"using the default {default}")
        return
    clean, why = check_key_override("reset", [old])
    if why is not None:
        problems.append(f"'reset_key': {why}; using the default {default}")
    elif clean != BY_ID["reset"].keys:
        values["key_bindings"] = with_override(values.get("key_bindings", ()), "reset", clean)


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
        data = parse_json(raw)
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
        if f.name in ("key_bindings", "pad_buttons"):
            values[f.name], wrong = _read_overrides(f.name, value)
            problems.extend(wrong)
            continue
        why = _type_problem(value, default)
        if why is None and f.name in CHECKS:
            why = CHECKS[f.name](value)
        if why is None:
            values[f.name] = float(value) if isinstance(default, float) else value
        else:
            problems.append(f"'{f.name}' {why}; using the default {json.dumps(default)}")
    _migrate_reset_key(data, values, problems)
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
    """The file's text: a format tag and version, then every field (bindings as objects)."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if f.name in ("key_bindings", "pad_buttons"):
            value = {action: list(values) for action, values in value}
        data[f.name] = value
    return json.dumps(data, indent=2) + "\n"


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
