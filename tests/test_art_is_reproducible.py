"""Every committed image is exactly what the scripts in tools/ make: nothing drawn by hand,
nothing stale. The generators run in a scratch copy, so the checkout is never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_tools_make_art_rebuilds_the_committed_assets_byte_for_byte(tmp_path):
    shutil.copytree(REPO / "tools", tmp_path / "tools")
    (tmp_path / "maps" / "tilesets").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    jobs = str(max(1, min(4, os.cpu_count() or 1)))
    run = subprocess.run([sys.executable, str(tmp_path / "tools" / "make_art.py"), "--jobs", jobs],
                         cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    made = {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "assets").rglob("*")
            if p.is_file()}
    committed = {p.relative_to(REPO): p.read_bytes() for p in (REPO / "assets").rglob("*")
                 if p.is_file() and p.relative_to(REPO / "assets").parts[0] != "audio"}
    assert sorted(made) == sorted(committed), "assets/ (but audio/, which tools/make_audio.py makes) holds files no script makes, or the reverse"
    stale = [str(p) for p in made if made[p] != committed[p]]
    assert not stale, f"these committed files differ from what tools/make_art.py makes: {stale[:5]}"
    tileset = tmp_path / "maps" / "tilesets" / "house.tsx"
    assert tileset.read_bytes() == (REPO / "maps" / "tilesets" / "house.tsx").read_bytes()
