"""Where the player's own files live: records, replays, settings and saves.

platformdirs picks the folder each desktop expects (``~/.local/share/coraline-game`` on
Linux, ``%LOCALAPPDATA%`` on Windows, ``~/Library/Application Support`` on macOS).
``CORALINE_DATA_DIR`` overrides it, for tests and portable installs. Nothing is created until
something is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "coraline-game"


def data_dir() -> Path:
    """The root of everything the game writes."""
    override = os.environ.get("CORALINE_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def records_dir() -> Path:
    """Speedrun records: one JSON file per category."""
    return data_dir() / "records"


def replays_dir() -> Path:
    """Every speedrun attempt's replay."""
    return data_dir() / "replays"


def settings_file() -> Path:
    return data_dir() / "settings.json"
