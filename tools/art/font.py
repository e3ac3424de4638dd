"""The game's two pixel bitmap fonts, drawn here as data and packed into PNG sheets + JSON metrics.

Faces: "text" (proportional storybook face, cap 7 / x 5 / descender 2, line height 11) and
"title" (hand-lettered fairy-tale face, cap 14 / x 10 / descender 4, line height 20).
Output: assets/ui/font_<face>.png (white glyphs on transparent) and assets/ui/font_<face>.json.
Deterministic: no clock, no randomness; glyphs are packed in code-point order.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

Glyph = list[str]

# Glyph blocks: a line "@X" starts glyph X ("@space" is the space); then rows of '#' (ink) and
# '.' (empty), all of one width, written from the top of the capitals downwards. Missing rows at
# the bottom are empty. Accented letters are composed from a base letter and an accent mark.

TEXT_DATA = r"""
@space
...
@!
#
#
#
#
#
.
#
@"
#.#
#.#
@#
.....
.#.#.
#####
.#.#.
#####
.#.#.
@$
..#..
.####
#.#..
.###.
..#.#
####.
..#..
@%
##...
##..#
...#.
..#..
.#...
#..##
...##
@&
.##..
#..#.
#.#..
.#...
#.#.#
#..#.
.##.#
@'
#
#
@(
.#
#.
#.
#.
#.
#.
#.
.#
@)
#.
.#
.#
.#
.#
.#
.#
#.
@*
.....
#.#.#
.###.
#.#.#
@+
.....
.....
..#..
..#..
#####
..#..
..#..
@,
..
..
..
..
..
.#
.#
#.
@-
...
...
...
...
###
@.
.
.
.
.
.
.
#
@/
...#
...#
..#.
..#.
.#..
.#..
#...
#...
@0
.###.
#...#
#...#
#.#.#
#...#
#...#
.###.
@1
.#.
##.
.#.
.#.
.#.
.#.
###
@2
.###.
#...#
....#
...#.
..#..
.#...
#####
@3
.###.
#...#
....#
..##.
....#
#...#
.###.
@4
...#.
..##.
.#.#.
#..#.
#####
...#.
...#.
@5
#####
#....
####.
....#
....#
#...#
.###.
@6
..##.
.#...
#....
####.
#...#
#...#
.###.
@7
#####
....#
...#.
..#..
..#..
.#...
.#...
@8
.###.
#...#
#...#
.###.
#...#
#...#
.###.
@9
.###.
#...#
#...#
.####
....#
...#.
.##..
@:
.
.
.
#
.
.
#
@;
..
..
..
.#
..
.#
.#
#.
@<
...
...
..#
.#.
#..
.#.
..#
@=
....
....
....
####
....
####
@>
...
...
#..
.#.
..#
.#.
#..
@?
.###.
#...#
....#
...#.
..#..
.....
..#..
@@
.###.
#...#
#.###
#.#.#
#.###
#....
.###.
@A
.###.
#...#
#...#
#####
#...#
#...#
#...#
@B
####.
#...#
#...#
####.
#...#
#...#
####.
@C
.###.
#...#
#....
#....
#....
#...#
.###.
@D
####.
#...#
#...#
#...#
#...#
#...#
####.
@E
#####
#....
#....
####.
#....
#....
#####
@F
#####
#....
#....
####.
#....
#....
#....
@G
.###.
#...#
#....
#.###
#...#
#...#
.###.
@H
#...#
#...#
#...#
#####
#...#
#...#
#...#
@I
###
.#.
.#.
.#.
.#.
.#.
###
@J
..###
....#
....#
....#
....#
#...#
.###.
@K
#...#
#..#.
#.#..
##...
#.#..
#..#.
#...#
@L
#....
#....
#....
#....
#....
#....
#####
@M
#.....#
##...##
#.#.#.#
#..#..#
#.....#
#.....#
#.....#
@N
#...#
##..#
#.#.#
#.#.#
#..##
#...#
#...#
@O
.###.
#...#
#...#
#...#
#...#
#...#
.###.
@P
####.
#...#
#...#
####.
#....
#....
#....
@Q
.###.
#...#
#...#
#...#
#.#.#
#..#.
.##.#
@R
####.
#...#
#...#
####.
#.#..
#..#.
#...#
@S
.###.
#...#
#....
.###.
....#
#...#
.###.
@T
#####
..#..
..#..
..#..
..#..
..#..
..#..
@U
#...#
#...#
#...#
#...#
#...#
#...#
.###.
@V
#...#
#...#
#...#
.#.#.
.#.#.
..#..
..#..
@W
#.....#
#.....#
#.....#
#..#..#
#..#..#
#.#.#.#
.#...#.
@X
#...#
#...#
.#.#.
..#..
.#.#.
#...#
#...#
@Y
#...#
#...#
.#.#.
..#..
..#..
..#..
..#..
@Z
#####
....#
...#.
..#..
.#...
#....
#####
@[
##
#.
#.
#.
#.
#.
#.
##
@\
#...
#...
.#..
.#..
..#.
..#.
...#
...#
@]
##
.#
.#
.#
.#
.#
.#
##
@^
.#.
#.#
@_
.....
.....
.....
.....
.....
.....
.....
#####
@`
#.
.#
@a
.....
.....
.###.
....#
.####
#...#
.####
@b
#....
#....
####.
#...#
#...#
#...#
####.
@c
....
....
.###
#...
#...
#...
.###
@d
....#
....#
.####
#...#
#...#
#...#
.####
@e
.....
.....
.###.
#...#
#####
#....
.###.
@f
..##
.#..
.#..
###.
.#..
.#..
.#..
@g
.....
.....
.####
#...#
#...#
#...#
.####
....#
.###.
@h
#....
#....
####.
#...#
#...#
#...#
#...#
@i
#
.
#
#
#
#
#
@j
..#
...
..#
..#
..#
..#
..#
..#
##.
@k
#...
#...
#..#
#.#.
##..
#.#.
#..#
@l
#.
#.
#.
#.
#.
#.
.#
@m
.......
.......
###.##.
#..#..#
#..#..#
#..#..#
#..#..#
@n
.....
.....
####.
#...#
#...#
#...#
#...#
@o
.....
.....
.###.
#...#
#...#
#...#
.###.
@p
.....
.....
####.
#...#
#...#
#...#
####.
#....
#....
@q
.....
.....
.####
#...#
#...#
#...#
.####
....#
....#
@r
....
....
#.##
##..
#...
#...
#...
@s
....
....
.###
#...
.##.
...#
###.
@t
....
.#..
####
.#..
.#..
.#..
..##
@u
.....
.....
#...#
#...#
#...#
#...#
.####
@v
.....
.....
#...#
#...#
.#.#.
.#.#.
..#..
@w
.......
.......
#.....#
#..#..#
#..#..#
#..#..#
.##.##.
@x
.....
.....
#...#
.#.#.
..#..
.#.#.
#...#
@y
.....
.....
#...#
#...#
#...#
#...#
.####
....#
.###.
@z
.....
.....
#####
...#.
..#..
.#...
#####
@{
..#
.#.
.#.
#..
.#.
.#.
.#.
..#
@|
#
#
#
#
#
#
#
#
@}
#..
.#.
.#.
..#
.#.
.#.
.#.
#..
@~
.....
.....
.....
.#..#
#.##.
@…
.....
.....
.....
.....
.....
.....
#.#.#
@‘
.#
#.
##
@’
##
.#
#.
@“
.#..#
#..#.
##.##
@”
##.##
.#..#
#..#.
@—
.......
.......
.......
.......
#######
@–
.....
.....
.....
.....
#####
"""

# Accents sit above the x-height (or below the baseline for the cedilla); rows are relative to the
# top of the capitals, so negative rows reach into the space above the capitals.
ACCENTS: dict[str, tuple[int, Glyph]] = {
    "acute": (-1, ["..#", ".#."]),
    "grave": (-1, ["#..", ".#."]),
    "dieresis": (0, ["#.#"]),
    "tilde": (-1, [".#.#", "#.#."]),
    "cedilla": (7, [".#", "#."]),
}

COMPOSED: dict[str, tuple[str, str]] = {
    "é": ("e", "acute"), "è": ("e", "grave"), "à": ("a", "grave"), "ö": ("o", "dieresis"),
    "ü": ("u", "dieresis"), "ñ": ("n", "tilde"), "ç": ("c", "cedilla"),
}

# Hand-drawn title glyphs that replace the derived ones (same block format, rows from the top of
# the 14-row capitals). Everything not listed here is derived from the text face by ``enlarge``.
TITLE_DATA = r"""
"""


@dataclass(frozen=True)
class Face:
    """Metrics of one face; ``top`` is the number of empty rows above the capitals."""

    name: str
    data: str
    line_height: int
    top: int
    cap_height: int
    x_height: int
    descender: int
    spacing: int
    enlarged: bool = False  # glyphs missing from ``data`` are enlarged from the text face


FACES = (
    Face("text", TEXT_DATA, line_height=11, top=1, cap_height=7, x_height=5, descender=2,
         spacing=1),
    Face("title", TITLE_DATA, line_height=20, top=2, cap_height=14, x_height=10, descender=4,
         spacing=2, enlarged=True),
)

SHEET_WIDTH = 256


def parse(data: str) -> dict[str, Glyph]:
    """Glyph blocks -> {character: rows}; checks that every row of a glyph has the same width."""
    glyphs: dict[str, Glyph] = {}
    name: str | None = None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            name = " " if line[1:] == "space" else line[1:]
            if len(name) != 1 or name in glyphs:
                raise ValueError(f"bad or repeated glyph name {line!r}")
            glyphs[name] = []
            continue
        if name is None or set(line) - {"#", "."}:
            raise ValueError(f"unexpected line {line!r}")
        rows = glyphs[name]
        if rows and len(line) != len(rows[0]):
            raise ValueError(f"glyph {name!r}: rows of different widths")
        rows.append(line)
    return glyphs


def compose(base: Glyph, accent: tuple[int, Glyph]) -> tuple[Glyph, int]:
    """Puts an accent (row offset, rows) centred over a base glyph; returns rows and first row."""
    offset, mark = accent
    width = max(len(base[0]), len(mark[0]))
    bx, ax = (width - len(base[0])) // 2, (width - len(mark[0]) + 1) // 2
    start = min(0, offset)
    end = max(len(base), offset + len(mark))
    grid = [["."] * width for _ in range(end - start)]
    for y, row in enumerate(base):
        for x, c in enumerate(row):
            if c == "#":
                grid[y - start][x + bx] = "#"
    for y, row in enumerate(mark):
        for x, c in enumerate(row):
            if c == "#":
                grid[y + offset - start][x + ax] = "#"
    return ["".join(r) for r in grid], start


def epx(rows: Glyph) -> list[list[bool]]:
    """Scale2x/EPX: doubles a 1-bit glyph, rounding outer corners and filling inner ones."""
    h, w = len(rows), len(rows[0])

    def ink(x: int, y: int) -> bool:
        return 0 <= x < w and 0 <= y < h and rows[y][x] == "#"

    out = [[False] * (w * 2) for _ in range(h * 2)]
    for y in range(h):
        for x in range(w):
            p = ink(x, y)
            a, b, c, d = ink(x, y - 1), ink(x + 1, y), ink(x - 1, y), ink(x, y + 1)
            out[2 * y][2 * x] = a if (c == a and c != d and a != b) else p
            out[2 * y][2 * x + 1] = b if (a == b and a != c and b != d) else p
            out[2 * y + 1][2 * x] = c if (d == c and d != b and c != a) else p
            out[2 * y + 1][2 * x + 1] = d if (b == d and b != a and d != c) else p
    return out


def enlarge(rows: Glyph, start: int, serifs: str) -> tuple[Glyph, int]:
    """The title version of a text glyph: EPX-doubled, horizontals thinned to hairlines for a
    thick-and-thin contrast, and small serifs on the free ends of stems.

    ``serifs``: "caps" (both sides, head and foot), "lower" (a flag on the left of the head,
    feet both sides) or "" (none).
    """
    h, w = len(rows), len(rows[0])

    def ink(x: int, y: int) -> bool:
        return 0 <= x < w and 0 <= y < h and rows[y][x] == "#"

    big = epx(rows)
    inked = [y for y in range(h) if "#" in rows[y]]
    middle = (inked[0] + inked[-1]) / 2 if inked else 0
    for y in range(h):
        for x in range(w):
            if not ink(x, y) or ink(x, y - 1) or ink(x, y + 1):
                continue
            if not (ink(x - 1, y) and ink(x + 1, y)):
                continue
            # Inside a horizontal run: keep only the half facing the outside of the letter.
            drop = 2 * y + 1 if y <= middle else 2 * y
            big[drop][2 * x] = big[drop][2 * x + 1] = False
    grid = [[False] + row + [False] for row in big]  # a spare column each side for serifs
    gw, gh = w * 2 + 2, h * 2

    def free(px: int, py: int, bx: int, by: int) -> bool:
        """Whether a serif pixel at (px, py) touches nothing but its stem block at (bx, by)."""
        for yy in range(py - 1, py + 2):
            for xx in range(px - 1, px + 2):
                if bx <= xx < bx + 2 and by <= yy < by + 2:
                    continue
                if 0 <= xx < gw and 0 <= yy < gh and grid[yy][xx]:
                    return False
        return True

    if serifs:
        adds: list[tuple[int, int]] = []
        for y in range(h):
            for x in range(w):
                if not ink(x, y) or ink(x - 1, y) or ink(x + 1, y):
                    continue
                bx, by = 2 * x + 1, 2 * y
                if ink(x, y + 1) and not any(ink(x + dx, y - 1) for dx in (-1, 0, 1)):
                    sides = (-1, 2) if serifs == "caps" else (-1,)
                    adds += [(bx + s, by) for s in sides if free(bx + s, by, bx, by)]
                if ink(x, y - 1) and not any(ink(x + dx, y + 1) for dx in (-1, 0, 1)):
                    adds += [(bx + s, by + 1) for s in (-1, 2) if free(bx + s, by + 1, bx, by)]
        for px, py in adds:
            grid[py][px] = True
    left = 0 if any(r[0] for r in grid) else 1
    right = gw if any(r[-1] for r in grid) else gw - 1
    return ["".join("#" if c else "." for c in row[left:right]) for row in grid], start * 2


def glyph_table(face: Face) -> dict[str, tuple[Glyph, int]]:
    """{character: (rows, first row relative to the capitals' top)} for every glyph of a face."""
    table: dict[str, tuple[Glyph, int]] = {}
    if face.enlarged:
        for ch, (rows, start) in glyph_table(FACES[0]).items():
            kind = "caps" if ch.isupper() or ch.isdigit() else "lower" if ch.islower() else ""
            table[ch] = enlarge(rows, start, kind)
        table.update((ch, (rows, 0)) for ch, rows in parse(face.data).items())
    else:
        table.update((ch, (rows, 0)) for ch, rows in parse(face.data).items())
        for ch, (base, accent) in COMPOSED.items():
            table[ch] = compose(table[base][0], ACCENTS[accent])
    for ch, (rows, start) in table.items():
        if face.top + start < 0 or face.top + start + len(rows) > face.line_height:
            raise ValueError(f"{face.name} glyph {ch!r} does not fit in the line")
    return table


def build_face(face: Face, out_dir: Path) -> None:
    """Packs one face into ``font_<name>.png`` + ``font_<name>.json`` in ``out_dir``."""
    table = glyph_table(face)
    order = sorted(table, key=ord)
    h = face.line_height
    places: dict[str, tuple[int, int, int]] = {}
    x = y = 0
    for ch in order:
        w = len(table[ch][0][0])
        if x + w > SHEET_WIDTH:
            x, y = 0, y + h
        places[ch] = (x, y, w)
        x += w + 1  # a clear column between glyphs, so sampling never bleeds
    sheet = pygame.Surface((SHEET_WIDTH, y + h), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    glyphs: dict[str, dict[str, object]] = {}
    for ch in order:
        rows, start = table[ch]
        gx, gy, w = places[ch]
        for ry, row in enumerate(rows):
            for rx, c in enumerate(row):
                if c == "#":
                    sheet.set_at((gx + rx, gy + face.top + start + ry), (255, 255, 255, 255))
        glyphs[ch] = {"rect": [gx, gy, w, h], "advance": w + face.spacing}
    meta = {
        "face": face.name,
        "line_height": h,
        "baseline": face.top + face.cap_height,
        "cap_height": face.cap_height,
        "x_height": face.x_height,
        "descender": face.descender,
        "spacing": face.spacing,
        "glyphs": glyphs,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out_dir / f"font_{face.name}.png"))
    # One glyph per line keeps the JSON small and diffable.
    head = json.dumps({k: v for k, v in meta.items() if k != "glyphs"}, indent=1, sort_keys=True)
    body = ",\n".join(f"  {json.dumps(ch)}: {json.dumps(glyphs[ch], sort_keys=True)}" for ch in order)
    text = head[:-2] + ',\n "glyphs": {\n' + body + "\n }\n}\n"
    (out_dir / f"font_{face.name}.json").write_text(text, encoding="utf-8")


def build(out_dir: Path | str | None = None) -> None:
    """Writes both faces; ``out_dir`` defaults to the repository's assets/ui."""
    target = Path(out_dir) if out_dir is not None else Path(__file__).resolve().parents[2] / "assets" / "ui"
    for face in FACES:
        build_face(face, target)
