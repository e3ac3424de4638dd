"""The README's screenshots are made by tools/make_screenshots.py along the built-in route:
the same content gives the same bytes, so the committed pictures are the game as it is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_screenshots_are_what_the_generator_makes(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "make_screenshots.py"), "--out",
                           str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    committed = sorted(p.name for p in (ROOT / "docs" / "screenshots").glob("*.png"))
    assert made == committed
    differ = [name for name in made
              if (tmp_path / name).read_bytes() != (ROOT / "docs" / "screenshots" / name).read_bytes()]
    assert not differ, f"regenerate with python tools/make_screenshots.py: {differ}"


def test_every_screenshot_is_shown_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for picture in (ROOT / "docs" / "screenshots").glob("*.png"):
        assert f"docs/screenshots/{picture.name}" in readme
