"""Our maps are Tiled's maps: real Tiled re-exports each one (templates detached, types and
properties resolved) and our loader sees the same room in both files.

Needs Debian's ``tiled`` (1.8); ``.ci/run`` installs it. Tiled's command line does not load
projects, so this compares what it can resolve: objects, classes, positions, shapes,
template properties, layers.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from coraline_game.content.paths import content_root
from coraline_game.content.tiled import load_room

TILED = shutil.which("tiled")
ROOMS = sorted(p.stem for p in (content_root() / "maps" / "rooms").glob("*.tmx"))

pytestmark = pytest.mark.skipif(TILED is None and os.environ.get("CI") != "true",
                                reason="Tiled is not installed (CI installs it)")


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """A copy of the content with every room re-saved by Tiled into maps/exported/."""
    assert TILED, "CI must install Debian's tiled package (see .ci/run)"
    root = tmp_path_factory.mktemp("tiled")
    shutil.copytree(content_root() / "maps", root / "maps")
    shutil.copytree(content_root() / "assets", root / "assets")
    (root / "maps" / "exported").mkdir()
    home = root / "home"
    home.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_RUNTIME_DIR=str(home))
    for room in ROOMS:
        run = subprocess.run([TILED, "--export-map", str(root / "maps" / "rooms" / f"{room}.tmx"),
                              str(root / "maps" / "exported" / f"{room}.tmx"),
                              "--detach-templates", "--resolve-types-and-properties"],
                             env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, f"Tiled could not re-export {room}.tmx: {run.stderr}"
    return root


def view(room) -> dict:
    """Everything the game reads from a map, minus where the file lives."""
    data = dataclasses.asdict(room)
    data.pop("path")
    data["events"] = {key: [repr(stmt) for stmt in event.body] for key, event in room.events.items()}
    for layer in data["layers"]:
        layer["tiles"] = sorted((t["x"], t["y"], Path(t["image"]).name, t["source"]) for t in layer["tiles"])
        layer["image"] = Path(layer["image"]).name
    return data


@pytest.mark.parametrize("room", ROOMS)
def test_tiled_and_our_loader_agree(exported, room):
    ours = view(load_room(str(exported / "maps" / "rooms" / f"{room}.tmx")))
    theirs = view(load_room(str(exported / "maps" / "exported" / f"{room}.tmx")))
    for key in ours:
        assert ours[key] == theirs[key], f"{room}: '{key}' differs after Tiled re-saved the map"


def test_tiled_rejects_what_our_checker_rejects(exported, tmp_path):
    broken = exported / "maps" / "rooms" / "broken.tmx"
    text = (exported / "maps" / "rooms" / "kitchen.tmx").read_text(encoding="utf-8")
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    run = subprocess.run([TILED, "--export-map", str(broken), str(tmp_path / "out.tmx")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    broken.unlink()
