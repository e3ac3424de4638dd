"""The game installs as a wheel that carries its maps and assets, and runs from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(REPO)], check=True, timeout=300)
    (found,) = out.glob("coraline_game-*.whl")
    return found


def test_the_wheel_carries_maps_and_assets(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    shipped_maps = {p.name for p in (REPO / "maps" / "rooms").glob("*.tmx")}
    packed_maps = {Path(n).name for n in names if n.startswith("coraline_game/_content/maps/rooms/")}
    assert shipped_maps and shipped_maps <= packed_maps
    assert any(n.startswith("coraline_game/_content/assets/sprites/") for n in names)
    assert "coraline_game/cli.py" in names


def test_the_installed_wheel_renders_a_room_outside_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target",
                    str(site), str(wheel)], check=True, timeout=300)
    env = dict(os.environ, PYTHONPATH=str(site), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = tmp_path / "room.png"
    probe = subprocess.run(
        [sys.executable, "-c", "import coraline_game, sys; print(coraline_game.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert probe.stdout.strip().startswith(str(site))  # not the checkout's copy
    run = subprocess.run([sys.executable, "-m", "coraline_game", "render", "living_room", "--out",
                          str(out)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 10_000
