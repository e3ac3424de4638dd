"""Regenerates every image in assets/ (and the house tileset) from code; deterministic.

Usage: .venv/bin/python tools/make_art.py [--jobs N] [part ...]
Parts: tiles props garden rooms title characters font (default: all);
`rooms:NAME` builds the one room module tools/art/rooms/NAME.py. Parts never read each other's
output, so `--jobs N` draws them in N processes at once (the rooms one module at a time).
Running it twice gives the same bytes; a test checks that the committed files are what the
scripts make.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
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


def _make(name: str) -> str:
    """Draw one part (in this process or a worker); returns its name when done."""
    pygame.init()
    one_room = {f"rooms:{room}": build for room, build in rooms.builders().items()}
    (PARTS.get(name) or one_room[name])()
    return name


def _jobs(argv: list[str]) -> tuple[int, list[str]] | str:
    """Split `--jobs N` off the part names; an error message if N is not a whole number >= 1."""
    if "--jobs" not in argv:
        return 1, argv
    at = argv.index("--jobs")
    value = argv[at + 1] if at + 1 < len(argv) else ""
    if not value.isdigit() or int(value) < 1:
        return "--jobs needs a whole number of processes, 1 or more"
    return int(value), argv[:at] + argv[at + 2:]


def main(argv: list[str]) -> int:
    split = _jobs(argv)
    if isinstance(split, str):
        print(split, file=sys.stderr)
        return 2
    jobs, names = split
    room_parts = [f"rooms:{room}" for room in rooms.builders()]
    unknown = [name for name in names if name not in PARTS and name not in room_parts]
    if unknown:
        print(f"unknown part(s): {', '.join(unknown)}; parts are: {', '.join(PARTS)}", file=sys.stderr)
        return 2
    names = names or list(PARTS)
    if jobs == 1:
        for name in names:
            print(f"making {name}...")
            _make(name)
        return 0
    # "rooms" fans out into its modules so the workers share the biggest part evenly
    work = [part for name in names for part in (room_parts if name == "rooms" else [name])]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name in pool.map(_make, work):
            print(f"made {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
