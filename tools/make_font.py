"""Regenerates the pixel bitmap fonts (assets/ui/font_text.* and font_title.*); deterministic.

Usage: .venv/bin/python tools/make_font.py [out_dir]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from art import font  # noqa: E402


def main(argv: list[str]) -> int:
    font.build(argv[0] if argv else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
