"""Regenerates the character sheets, the item icons and the mouse cursors; deterministic.

Usage: .venv/bin/python tools/make_sprites.py [--preview DIR]

Writes assets/sprites/<name>.png + .json for every sheet in CAST below, assets/items/*.png,
assets/ui/cursor_*.png and assets/ui/cursors.json.  With --preview, also writes enlarged
previews (sheets at 4x, a contact sheet, icons and cursors on the UI bar colour) to DIR.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pygame  # noqa: E402

from art import characters, ui_art  # noqa: E402
from art.base import hexc  # noqa: E402


CAST = ("coraline", "mother", "other_mother", "father", "other_father", "wybie", "other_wybie", "cat",
        "spink", "other_spink", "forcible", "other_forcible", "bobinsky", "other_bobinsky",
        "ghost_girl", "ghost_boy", "ghost_girl2", "mouse")


def _scaled(s: pygame.Surface, k: int) -> pygame.Surface:
    return pygame.transform.scale(s, (s.get_width() * k, s.get_height() * k))


def _grid_bg(w: int, h: int, cw: int, ch: int) -> pygame.Surface:
    bg = pygame.Surface((w, h))
    for j in range(0, h, ch):
        for i in range(0, w, cw):
            bg.fill((92, 92, 100) if ((i // cw) + (j // ch)) % 2 else (104, 104, 112), (i, j, cw, ch))
    return bg


def preview(sheets: dict[str, pygame.Surface], icons: dict[str, pygame.Surface],
            cursors: dict[str, pygame.Surface], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, sheet in sheets.items():
        bg = _grid_bg(sheet.get_width(), sheet.get_height(), 32, 64)
        bg.blit(sheet, (0, 0))
        for r in range(3):  # the anchor line
            pygame.draw.line(bg, (140, 60, 60), (0, r * 64 + 62), (sheet.get_width(), r * 64 + 62))
        bg.blit(sheet, (0, 0))
        p = out / f"sheet_{name}_4x.png"
        pygame.image.save(_scaled(bg, 4), str(p))
        made.append(p)
    # contact sheet: everyone in a room-like scene, front/side/back, at 3x
    names = [n for n in CAST if n in sheets]
    rw = 8 + len(names) * (4 * 19 + 6)
    room = pygame.Surface((rw, 200))
    room.fill(hexc("#6e6a66"))
    room.fill(hexc("#7c7672"), (0, 0, rw, 110))
    room.fill(hexc("#5a5450"), (0, 110, rw, 4))
    room.fill(hexc("#56524e"), (0, 114, rw, 86))
    for x in range(0, rw, 16):
        room.fill(hexc("#4e4a46"), (x, 114, 1, 86))
    x = 4
    for name in names:
        sheet = sheets[name]
        for row, col in ((0, 0), (0, 7), (2, 0), (1, 0)):
            fr = sheet.subsurface((col * 32, row * 64, 32, 64))
            room.blit(fr, (x, 150 - 62))
            x += 19 if name == "cat" else 19
        x += 6
    p = out / "contact_characters_3x.png"
    pygame.image.save(_scaled(room, 3), str(p))
    made.append(p)
    # walk strips for every character
    strip = pygame.Surface((8 * 36, len(names) * 3 * 66))
    strip.fill(hexc("#6e6a66"))
    for i, name in enumerate(names):
        for row in range(3):
            for col in range(8):
                fr = sheets[name].subsurface((col * 32, row * 64, 32, 64))
                strip.blit(fr, (col * 36 + 2, (i * 3 + row) * 66 + 1))
    p = out / "frames_all_3x.png"
    pygame.image.save(_scaled(strip, 3), str(p))
    made.append(p)
    # icons and cursors on the UI bar colour
    bar = pygame.Surface((12 + 30 * max(len(icons), len(cursors)), 70))
    bar.fill(hexc("#16121e"))
    def lay_out(target: pygame.Surface) -> None:
        for i, icon in enumerate(icons.values()):
            target.blit(icon, (6 + i * 30, 6))
        for i, cur in enumerate(cursors.values()):
            target.blit(cur, (6 + i * 30, 38))

    lay_out(bar)
    p = out / "ui_icons_cursors_4x.png"
    pygame.image.save(_scaled(bar, 4), str(p))
    made.append(p)
    # cursors on a light background too
    light = pygame.Surface(bar.get_size())
    light.fill(hexc("#b8b0a0"))
    light.fill(hexc("#526156"), (0, 0, light.get_width() // 2, light.get_height()))
    lay_out(light)
    p = out / "ui_on_light_4x.png"
    pygame.image.save(_scaled(light, 4), str(p))
    made.append(p)
    return made


def main(argv: list[str]) -> int:
    pygame.init()
    sheets = characters.build()
    icons, cursors = ui_art.build()
    if "--preview" in argv:
        i = argv.index("--preview")
        out = Path(argv[i + 1]) if i + 1 < len(argv) else Path("/tmp/coraline_sprites")
        for p in preview(sheets, icons, cursors, out):
            print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
