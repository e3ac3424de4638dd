"""Shared fixtures. Tests run headless: no window, no sound device."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pytest  # noqa: E402

from coraline_game.content.loader import load_content  # noqa: E402
from coraline_game.content.model import Content  # noqa: E402


@pytest.fixture(scope="session")
def content() -> Content:
    """The game's shipped content, loaded once."""
    return load_content()


@pytest.fixture(scope="session")
def story_search(content):
    """The breadth-first search over the whole story, done once: the solver's shortest route
    (``.ending``) and every dead end it found (none, we hope)."""
    from coraline_game.world.explore import Explorer
    from coraline_game.world.world import World
    return Explorer(content).search(World(content))


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test writes records, replays and settings into its own empty folder."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("CORALINE_DATA_DIR", str(folder))
    return folder
