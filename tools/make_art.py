"""Regenerates every image in assets/ (and the house tileset) from code; deterministic.

Usage: .venv/bin/python tools/make_art.py [part ...]
Parts: tiles props garden rooms title characters font (default: all);
`rooms:NAME` builds the one room module tools/art/rooms/NAME.py. Running it twice gives the same
bytes; a test checks that the committed files are what the scripts make.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pygame  # noqa: E402

from art import characters, font, garden, props, rooms, tiles, title, ui_art  # noqa: E402


def _characters() -> None:
    characters.build()  # sheets: Coraline, Mother, Other Mother (derived), the cat
    ui_art.build()  # item icons and cursors


PARTS = {
    "tiles": tiles.build,
    "props": props.build,
    "garden": garden.build,
    "rooms": rooms.build,
    "title": title.build,
    "characters": _characters,
    "font": lambda: font.build(None),
}


def main(argv: list[str]) -> int:
    pygame.init()
    one_room = {f"rooms:{name}": build for name, build in rooms.builders().items()}
    unknown = [name for name in argv if name not in PARTS and name not in one_room]
    if unknown:
        print(f"unknown part(s): {', '.join(unknown)}; parts are: {', '.join(PARTS)}", file=sys.stderr)
        return 2
    for name in argv or list(PARTS):
        print(f"making {name}...")
        (PARTS.get(name) or one_room[name])()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
