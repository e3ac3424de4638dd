"""The front of the Pink Palace Apartments: a tall pink Victorian house in the Oregon rain.

Every picture is assets/props/front_yard_*.png, placed by LAYOUT (map pixels). The room is
960 x 320 and scrolls. Left and middle: the house. Down a few steps on the left, the basement
door of Miss Spink and Miss Forcible (brass nameplate, old theatre posters, a row of dog bowls
behind the railing); in the middle the covered porch with the Jones flat's front door, the
porch swing and the mailbox; on the house's right wing a rickety outside staircase zigzags up
to Mr. Bobinsky's attic door, beside the attic window with its light on. On the right: the
family's station wagon on the gravel, the VACANCY sign, the big fir and the muddy path round
the side of the house to the back garden. Rain (with the rings on the puddles and the beads on
the car) and night are overlays; on dry days the puddles lie still and the car is dry. On the
party day (parents back, not night) the sky beyond the house clears, the puddles and the dry
window glass mirror the blue (the garden's ramps and routines: garden.CLEAR_SKY, DRY_GLASS,
dry_panes, epilogue.py's paint_clear_sky and sky_puddle), and the garden's sunshine
(epilogue_sun) lies over it all.
Deterministic: every random number comes from a seeded base.rng.

Built with: .venv/bin/python tools/make_art.py rooms:front_yard
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from ..base import (
    make_prop, value_noise,
    ASSETS, REAL, Colour, bayer, blend_px, dither_pick, frame, hexc, hline, px, ramp, rect, rng,
    shade_rect, soft_ellipse, surf, vgrad, vline,
)
from ..furniture import block
from .. import garden as G
from ..garden import FIR, GREYWOOD, MOSS, MUD, PINK, SKY, STONE, TRIM, fir
from . import epilogue as E

PROPS = ASSETS / "props"
INK = REAL["ink"]
WOOD = REAL["wood"]
METAL = REAL["metal"]
RAIN = REAL["rain"]
LAMP = REAL["lamp"]
CARD = REAL["card"]
# the wing with the stairs is set back from the front and stands in its own shade
PINK_SHADE = ramp("#4a2f36", "#5f3b43", "#764a51", "#8b5e62", "#a07676", "#b48e8a")
BRASS = ramp("#5a4424", "#80622e", "#a8843c", "#ccaa5a", "#ecd28a")
MAROON = ramp("#2c1418", "#42202a", "#5a2c34", "#703a40", "#86504e")
GRAVEL = ramp("#3c3c38", "#52524c", "#6a6a62", "#82827a", "#9a9a90")
WAGON = ramp("#3a3a2a", "#55543a", "#6f6c48", "#8a8558", "#a6a06c", "#c0ba86")
CAR_GLASS = (56, 62, 66)  # the station wagon's dull window glass
PANEL = ramp("#3a2618", "#523520", "#6a4628", "#805a34", "#98703f")
WARM = (255, 200, 120)

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "front_yard_backdrop": (0, 0, 960, 320),
    "front_yard_house": (0, 0, 660, 272),
    "front_yard_statue": (154, 200, 34, 46),
    "front_yard_hydrangea": (300, 196, 58, 50),
    "front_yard_car": (664, 168, 160, 86),
    "front_yard_fir": (812, 0, 148, 250),
    "front_yard_sign": (824, 176, 40, 76),
    "front_yard_parcel": (270, 216, 22, 16),
    "front_yard_grass_fg": (0, 284, 960, 36),
    "front_yard_rain": (0, 0, 960, 320),
    "front_yard_night": (0, 0, 960, 320),
    # the party day (parents back, not night): the clear sky beyond the house, the blue sky
    # in the puddles and in the dry window glass (placed by _party_boxes below)
    "front_yard_clear_sky": (640, 0, 320, 180),
}

# ------------------------------------------------------------------ the house's geometry
GROUND = 238          # where the house meets the ground
FLOOR = 206           # porch floor: the raised ground floor of the house
WING_L, WING_R = 492, 652  # the set-back wing with the outside stairs
BELT = 92             # trim band between the ground floor and the floor above
PORCH = (182, 404)    # porch x range
PORCH_ROOF = (100, 122)
FRONT_DOOR = (236, 134, 44, 72)     # x, y, w, h of the Jones flat's door leaf
BASE_DOOR = (62, 192, 40, 66)       # the basement door (bottom below the ground)
WELL = (18, 150)      # x range of the sunken basement stairwell
KERB_Y = 260          # top of the stone kerb at the front of the well
STEP_H = 8
STEPS_X = (258, 32)   # centre x of the porch steps, half width of the top step
ATTIC_DOOR = (608, 8, 30, 48)
ATTIC_WINDOW = (520, 12, 36, 38)
# windows: (x, y, w, h)
UP_WINDOWS = [(34, 12, 48, 68), (126, 12, 48, 68), (214, 12, 48, 68), (322, 12, 48, 68),
              (428, 12, 48, 68)]
DOWN_WINDOWS = [(50, 104, 60, 66), (424, 114, 60, 74)]
# flights of the outside stairs: (foot x, foot y, steps, run per step, direction)
FLIGHT_1 = (646, GROUND, 13, 10, -1)   # up and to the left
LANDING_1 = (494, 516)                 # x range; y = GROUND - 13 * 7
FLIGHT_2 = (516, GROUND - 91, 13, 7, 1)  # up and to the right
LANDING_2 = (600, 648)                 # y = GROUND - 182
RISE = 7

# puddles on the backdrop: centre x, centre y, rx, ry
PUDDLES = [(474, 290, 30, 7), (712, 300, 22, 6), (150, 298, 18, 5), (412, 250, 12, 3)]
HORIZON = 196
_FAR = value_noise("fy-far", 36)


def far_hill_top(x: int) -> int:
    """The first row of the far hills' ragged treeline in column x: the sky is above it."""
    top = 138 + int(_FAR(x, 0) * 28)
    if (x * 5 + int(_FAR(x, 7) * 30)) % 9 < 3:
        top -= 2 + (x % 4)
    return top


def _union(boxes: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    return x0, y0, x1 - x0, y1 - y0


def _glass(x: int, y: int, w: int, h: int) -> tuple[int, int, int, int]:
    """The glass inside a window's trim (x, y, w, h: the window)."""
    return x + 5, y + 5, w - 10, h - 12


LAYOUT["front_yard_puddles_clear"] = _union([(cx - rx - 1, cy - ry - 1, 2 * rx + 3, 2 * ry + 3)
                                            for cx, cy, rx, ry in PUDDLES])
LAYOUT["front_yard_windows_dry"] = _union([_glass(*b) for b in UP_WINDOWS + DOWN_WINDOWS])


# ------------------------------------------------------------------ a tiny sign-painter's font
FONT = {
    "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
    "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
    "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
    "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
    "K": ["#.#", "##.", "#..", "##.", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
    "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"], "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
    "R": ["##.", "#.#", "##.", "#.#", "#.#"], "S": [".##", "#..", ".#.", "..#", "##."],
    "T": ["###", ".#.", ".#.", ".#.", ".#."], "U": ["#.#", "#.#", "#.#", "#.#", "###"],
    "V": ["#.#", "#.#", "#.#", "#.#", ".#."], "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"],
    "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "&": [".#.", "#.#", ".#.", "#.#", ".##"],
    " ": ["..", "..", "..", "..", ".."], ".": [".", ".", ".", ".", "#"],
}


def text_width(text: str) -> int:
    return sum(len(FONT[ch][0]) + 1 for ch in text) - 1


def paint_text(s: pygame.Surface, text: str, x: int, y: int, c: Colour,
               shadow: Colour | None = None, worn: int = 23) -> None:
    for ch in text:
        rows = FONT[ch]
        for yy, row in enumerate(rows):
            for xx, on in enumerate(row):
                if on != "#":
                    continue
                if shadow is not None:
                    px(s, x + xx + 1, y + yy + 1, shadow)
        for yy, row in enumerate(rows):
            for xx, on in enumerate(row):
                if on == "#" and ((x + xx) * 7 + (y + yy) * 3) % worn:
                    px(s, x + xx, y + yy, c)
        x += len(rows[0]) + 1


# =================================================================== backdrop
def path_centre(x: float) -> float:
    """The muddy side path: from the porch steps out right and round to the back garden."""
    if x < 300:
        return 262 + (300 - x) * 0.05
    return 262 + 18 * math.sin((x - 300) / 420 * math.pi) - (x - 300) * 0.01


def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cloud = value_noise("fy-clouds", 44)
    cloud2 = value_noise("fy-clouds-2", 15)
    # ---- sky: low grey clouds, only seen right of the house
    for y in range(HORIZON):
        for x in range(w):
            n = cloud(x * 0.6, y * 1.5) * 0.7 + cloud2(x, y * 2) * 0.3
            t = 0.12 + 0.6 * (y / HORIZON) + (n - 0.5) * 0.55
            px(s, x, y, dither_pick(SKY, t, x, y))
    # ---- far hills and a ragged treeline in the rain haze
    for x in range(w):
        top = far_hill_top(x)
        for y in range(top, HORIZON):
            t = 0.6 + 0.14 * (y - top) / 40
            px(s, x, y, dither_pick([hexc("#6a7472"), hexc("#5e6a66"), hexc("#53605a")], t, x, y))
    near = value_noise("fy-near", 22)
    for x in range(w):
        k = x % 12
        top = 166 + int(near(x, 0) * 14) + abs(k - 6) * 2
        for y in range(top, HORIZON + 4):
            px(s, x, y, dither_pick([FIR[2], FIR[3], hexc("#45564e")], 0.9 - (y - top) / 36, x, y))
    # a grey picket fence far off along the lane
    for x in range(660, w, 6):
        vline(s, hexc("#7c8480"), x, HORIZON - 12, HORIZON - 2)
        px(s, x, HORIZON - 13, hexc("#8c9490"))
    hline(s, hexc("#6c7470"), 660, w - 1, HORIZON - 9)
    hline(s, hexc("#6c7470"), 660, w - 1, HORIZON - 5)
    # ---- ground: wet lawn, darker towards the viewer
    gnoise = value_noise("fy-grass", 12)
    mnoise = value_noise("fy-mud", 20)
    for y in range(HORIZON, h):
        for x in range(w):
            n = gnoise(x, y * 2)
            t = 0.74 - 0.36 * (y - HORIZON) / (h - HORIZON) + (n - 0.5) * 0.5
            c = dither_pick(MOSS[1:], t, x, y)
            # the gravel drive under the car, fading into the lawn at its edges
            if 640 < x < 850 and 226 < y < 262:
                edge = min(x - 640, 850 - x, y - 226, 262 - y) / 10
                if edge + (mnoise(x * 2, y * 2) - 0.5) * 0.8 > 0.4:
                    g = (x * 7 + y * 13) % 11
                    c = dither_pick(GRAVEL, 0.35 + 0.35 * mnoise(x * 3, y * 3) + (0.2 if g == 0 else 0),
                                    x, y)
                    if g == 3:
                        c = GRAVEL[0]
            # the muddy path round to the back garden
            cy = path_centre(x)
            half = 9 + (y - HORIZON) * 0.05 + mnoise(x, 7) * 7
            d = abs(y - cy) / half
            if x > 250 and d < 1.0 + (mnoise(x, y) - 0.5) * 0.6:
                tm = 0.55 + (mnoise(x * 2, y * 2) - 0.5) * 0.6 - 0.2 * d
                c = dither_pick(MUD, tm, x, y)
                if (x + 3 * y) % 29 == 0:
                    c = MUD[4]
            # trodden mud at the foot of the porch steps and the stairs
            for fx, fy_, rx, ry in ((258, 244, 52, 10), (630, 244, 30, 8), (160, 270, 30, 8)):
                dd = ((x - fx) / rx) ** 2 + ((y - fy_) / ry) ** 2
                if dd < 1 + (mnoise(x * 2, y) - 0.5) * 0.8:
                    c = dither_pick(MUD, 0.45 + (mnoise(x * 3, y * 3) - 0.5) * 0.5, x, y)
            px(s, x, y, c)
    # old flagstones from the porch steps down to the lane (the bottom edge)
    r = rng("fy-flags")
    y = 250
    while y < h:
        fh = 9 + (y - 250) // 12
        for k, fw in enumerate((22, 26) if (y // 7) % 2 else (30, 16)):
            fx = 236 + r.randrange(-4, 5) + (0 if k == 0 else 30)
            if r.random() < 0.15:
                continue  # one sunk out of sight
            for yy in range(y, min(h, y + fh)):
                for xx in range(fx, fx + fw):
                    inset = 1 if yy in (y, y + fh - 1) else 0
                    if xx < fx + inset or xx >= fx + fw - inset:
                        continue
                    t = 0.55 - 0.3 * (yy - y) / fh + (mnoise(xx * 3, yy * 3) - 0.5) * 0.3
                    px(s, xx, yy, dither_pick(STONE[1:], t, xx, yy))
            hline(s, STONE[0], fx + 1, fx + fw - 2, min(h - 1, y + fh))
            for xx in range(fx, fx + fw, 5):  # moss in the cracks
                px(s, xx + r.randrange(3), y + fh - 1, MOSS[3])
        y += fh + 4
    # ruts and bootprints along the mud
    for _ in range(70):
        x = r.randrange(300, w - 10)
        y = int(path_centre(x)) + r.randrange(-6, 7)
        rect(s, MUD[0], x, y, 3, 2)
        px(s, x + 1, y - 1, MUD[3])
    # grass blades
    for _ in range(1000):
        x = r.randrange(w)
        y = r.randrange(HORIZON + 2, h)
        if abs(y - path_centre(x)) < 16 and x > 250:
            continue
        if 232 < x < 290 and y > 248:
            continue
        ln = 2 + (y - HORIZON) // 30
        shade = MOSS[4] if r.random() < 0.5 else MOSS[5]
        for k in range(ln):
            px(s, x + (k // 3) * (1 if x % 2 else -1), y - k, shade)
        px(s, x, y + 1, MOSS[0])
    # ---- puddles: the grey sky in them, still (the rain's rings are in the rain picture)
    for cx, cy, rx, ry in PUDDLES:
        for y in range(cy - ry - 1, cy + ry + 2):
            for x in range(cx - rx - 1, cx + rx + 2):
                d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
                if d < 1.0:
                    t = 0.35 + 0.45 * (y - (cy - ry)) / (2 * ry)
                    px(s, x, y, dither_pick(SKY[1:], 1 - t, x, y))
                elif d < 1.4:
                    px(s, x, y, MUD[0] if y > cy else MUD[1])
        hline(s, SKY[5], cx - rx + 6, cx - rx // 3, cy - ry + 2)
    rect(s, MUD[1], 0, HORIZON, w, 1)


# =================================================================== the house
def _siding(s: pygame.Surface, x0: int, x1: int, y0: int, y1: int, pal: list, seed: str) -> None:
    """Clapboard: 8 px boards lit on top, a dark line under each lap, rain streaks."""
    streak = value_noise(seed, 9)
    for y in range(y0, y1):
        board = y // 8
        k = y % 8
        for x in range(x0, x1):
            t = 0.62 - k * 0.035 + (streak(x * 0.3, y) - 0.5) * 0.25
            t -= 0.18 * max(0.0, streak(x, 3) - 0.55) * 4 * (y / GROUND)
            c = dither_pick(pal, t, x, y)
            if k == 7:
                c = pal[0]
            elif k == 0:
                c = pal[4] if (x + board * 13) % 37 else pal[3]
            px(s, x, y, c)
        if board % 3 == 1 and k == 3:
            for x in range(x0 + (board * 41) % 60, x1, 97):
                vline(s, pal[1], x, y - 3, y + 3)


def _stone(s: pygame.Surface, x0: int, x1: int, y0: int, y1: int, seed: str) -> None:
    """Rough courses of grey stone with dark mortar."""
    r = rng(seed)
    offs = [r.randrange(23) for _ in range(16)]
    for y in range(y0, y1):
        row = (y - y0) // 7
        for x in range(x0, x1):
            edge = (y - y0) % 7 == 6 or (x + offs[row % 16]) % 23 == 0
            c = STONE[0] if edge else dither_pick(STONE[1:], 0.35 + 0.35 * bayer(x // 3, y), x, y)
            px(s, x, y, c)


def _window(s: pygame.Surface, x: int, y: int, w: int, h: int, kind: str,
            dry: bool = False) -> None:
    """A sash window in white-grey trim: 'net' curtains, 'blind', 'dark', 'boxes', 'plant';
    the glass grey with the overcast, or ``dry`` on the party day, full of the clear sky."""
    block(s, x, y, w, h, TRIM, INK, light=2)
    # a little pediment over the top: the house is Victorian and proud of it
    pygame.draw.polygon(s, INK, [(x - 4, y + 1), (x + w // 2, y - 8), (x + w + 3, y + 1)])
    pygame.draw.polygon(s, TRIM[2], [(x - 2, y), (x + w // 2, y - 6), (x + w + 1, y)])
    hline(s, TRIM[3], x - 1, x + w, y - 1)
    gx, gy, gw, gh = _glass(x, y, w, h)
    if dry:  # the garden's dry glass: the blue sky mirrored, a cloud, the sun's glints
        G.dry_panes(s, gx, gy, gw, gh)
    else:
        vgrad(s, [(28, 30, 34), (44, 48, 52), (66, 72, 74)], gx, gy, gw, gh, 0.0, 1.0)
        # the grey sky in the top panes
        for xx in range(gx, gx + gw):
            for yy in range(gy, gy + gh // 3):
                if bayer(xx, yy) < 0.35 - (yy - gy) / (gh * 1.2):
                    px(s, xx, yy, (92, 100, 102))
    if kind == "net":
        # a gathered net curtain: soft vertical folds, thicker where the net bunches, so the
        # glass behind it reads as dim cloth and not as noise
        for yy in range(gy, gy + gh):
            for xx in range(gx, gx + gw):
                fold = 0.5 + 0.5 * math.sin((xx - gx) * 1.1 + math.sin(yy * 0.15) * 0.6)
                if bayer(xx, yy) < 0.18 + 0.42 * fold:
                    px(s, xx, yy, (150, 150, 140) if fold > 0.55 else (118, 120, 114))
    elif kind == "blind":
        for yy in range(gy, gy + gh * 2 // 3):
            hline(s, (166, 156, 126) if yy % 3 else (128, 118, 94), gx, gx + gw - 1, yy)
        rect(s, (120, 110, 86), gx + gw // 2 - 1, gy + gh * 2 // 3, 2, 3)
    elif kind == "boxes":  # the Jones flat: boxes stacked against the glass
        for bx, bw_, bh_ in ((gx, 16, 14), (gx + 14, 18, 12), (gx + 3, 13, 10)):
            by = gy + gh - bh_ if bx != gx + 3 else gy + gh - 14 - bh_
            block(s, bx, by, bw_, bh_, CARD, INK, light=2)
            rect(s, (186, 170, 128), bx + bw_ // 2 - 1, by + 1, 2, bh_ - 2)
    elif kind == "plant":
        for k in range(9):
            a = k / 8 * math.pi
            for j in range(10):
                px(s, gx + gw // 2 + int(math.cos(a) * j), gy + gh - 6 - int(math.sin(a) * j * 0.8),
                   MOSS[3] if j < 7 else (110, 100, 70))
        rect(s, (124, 72, 52), gx + gw // 2 - 4, gy + gh - 6, 9, 6)
    # (the raindrops on the glass are in the rain layer: on dry days the glass is dry)
    # sashes and muntins
    rect(s, TRIM[3], gx, gy + gh // 2 - 1, gw, 3)
    hline(s, INK, gx, gx + gw - 1, gy + gh // 2 + 2)
    vline(s, TRIM[3], gx + gw // 2, gy, gy + gh - 1)
    for k in range(0 if dry else 5):  # a glint of the grey sky (the dry panes have their own)
        px(s, gx + 3 + k, gy + 8 - k, (200, 206, 204))
    block(s, x - 4, y + h - 4, w + 8, 7, TRIM, INK, light=3)
    shade_rect(s, (0, 0, 0, 60), x - 2, y + h + 3, w + 4, 3)


def _porch_post(s: pygame.Surface, x: int, y0: int, y1: int) -> None:
    """A turned porch post: square base, lathe-turned shaft, square top."""
    block(s, x - 1, y1 - 12, 10, 12, TRIM, INK, light=2)
    block(s, x - 1, y0, 10, 8, TRIM, INK, light=2)
    for y in range(y0 + 8, y1 - 12):
        t = (y - y0 - 8) / max(1, y1 - y0 - 20)
        bulge = 1 if (0.15 < t < 0.25 or 0.75 < t < 0.85) else 0
        rect(s, INK, x + 1 - bulge, y, 6 + 2 * bulge, 1)
        rect(s, TRIM[2], x + 2 - bulge, y, 4 + 2 * bulge, 1)
        px(s, x + 2 - bulge, y, TRIM[3])
        px(s, x + 5 + bulge, y, TRIM[1])


def house(s: pygame.Surface, dry: bool = False) -> None:
    w, h = s.get_size()
    # ---- walls: the front (pink, lit) and the wing (set back, in shade)
    _siding(s, 0, WING_L, 0, FLOOR, PINK, "fy-streak")
    _siding(s, WING_L, WING_R, 0, GROUND, PINK_SHADE, "fy-streak-wing")
    # damp, mossy bottom of the wing wall
    mn = value_noise("fy-wall-moss", 7)
    for x in range(WING_L, WING_R):
        top = GROUND - 8 - int(mn(x, 50) * 12)
        for y in range(top, GROUND):
            if bayer(x, y) < (y - top) / (GROUND - top):
                px(s, x, y, MOSS[2] if (x + y) % 3 else MOSS[3])
    # corner boards
    block(s, WING_L - 6, 0, 8, GROUND, TRIM, INK, light=1)
    block(s, WING_R - 6, 0, 6, GROUND, TRIM, INK, light=1)
    block(s, 0, 0, 5, FLOOR, TRIM, INK, light=2)
    # belt course between the floors, with little brackets
    block(s, 0, BELT, WING_L - 4, 6, TRIM, INK, light=2)
    for x in range(8, WING_L - 8, 24):
        rect(s, INK, x, BELT + 6, 5, 4)
        rect(s, TRIM[1], x + 1, BELT + 6, 3, 3)
    block(s, WING_L, BELT + 2, WING_R - WING_L - 6, 4, [tuple(int(c * 0.8) for c in t) for t in TRIM],
          INK, light=2)
    # ---- foundation stones under the front, stepping up round the basement door
    _stone(s, 0, WING_L - 6, FLOOR, GROUND, "fy-found")
    _stone(s, WELL[0] + 2, WELL[1] - 10, 180, FLOOR, "fy-found-b")
    hline(s, INK, 0, WING_L - 6, FLOOR)
    for x in range(WELL[0] + 2, WELL[1] - 10):
        px(s, x, 179, INK)
    block(s, WELL[0], 176, WELL[1] - 10 - WELL[0] + 2, 5, STONE, INK, light=3)
    # ---- windows
    kinds = ["net", "blind", "dark", "plant", "net"]
    for (wx, wy, ww, wh), kind in zip(UP_WINDOWS, kinds):
        _window(s, wx, wy, ww, wh, kind, dry)
    _window(s, *DOWN_WINDOWS[0], "boxes", dry)
    _window(s, *DOWN_WINDOWS[1], "net", dry)
    # a cellar vent low in the wing wall, under the stairs
    block(s, 556, 214, 22, 12, STONE, INK, light=2)
    for x in range(559, 576, 3):
        vline(s, INK, x, 216, 223)
    basement(s)
    porch(s)
    stairs(s)
    attic(s)
    gutter(s)
    # weeds along the wall foot
    r = rng("fy-weeds")
    for _ in range(200):
        x = r.randrange(0, WING_R)
        if WELL[0] - 2 < x < WELL[1] + 2 or 206 < x < 312:
            continue
        ln = r.randrange(2, 9)
        c = MOSS[r.randrange(2, 6)]
        for k in range(ln):
            px(s, x + (k // 3), GROUND + 1 - k, c)


def basement(s: pygame.Surface) -> None:
    """Miss Spink and Miss Forcible's door, down three stone steps in a railed stairwell."""
    dx, dy, dw, dh = BASE_DOOR
    x0, x1 = WELL
    floor_y = dy + dh  # 258
    # the back wall of the well: the foundation goes on down
    _stone(s, x0, x1 - 10, GROUND, floor_y, "fy-well")
    shade_rect(s, (10, 6, 14, 120), x0, GROUND, x1 - 10 - x0, floor_y - GROUND)
    # the well floor, wet flags
    for y in range(floor_y, KERB_Y + 2):
        for x in range(x0, x1):
            px(s, x, y, dither_pick(STONE[:3], 0.3 + 0.4 * bayer(x, y), x, y))
    # door surround: a stone arch with a keystone
    block(s, dx - 6, dy - 8, dw + 12, dh + 8, STONE, INK, light=3)
    pygame.draw.rect(s, INK, pygame.Rect(dx - 1, dy - 1, dw + 2, dh + 1))
    block(s, dx + dw // 2 - 4, dy - 12, 8, 10, STONE, INK, light=4)
    # the door: faded theatre red, a porthole of glass, brass nameplate and knocker
    block(s, dx, dy, dw, dh, MAROON, INK, grain="fy-base-door", light=2)
    for py0, ph in ((dy + 24, 16), (dy + 44, 16)):
        frame(s, MAROON[0], dx + 5, py0, dw - 10, ph)
        hline(s, MAROON[3], dx + 6, dx + dw - 6, py0 + ph)
    cx, cy = dx + dw // 2, dy + 11
    pygame.draw.circle(s, INK, (cx, cy), 8)
    pygame.draw.circle(s, BRASS[2], (cx, cy), 7)
    pygame.draw.circle(s, (52, 44, 40), (cx, cy), 5)
    soft_ellipse(s, (210, 150, 90), cx, cy + 1, 5, 4, 150, 3)  # a lamp inside, always on
    px(s, cx - 2, cy - 3, (230, 220, 200))
    # the nameplate: SPINK & FORCIBLE, polished where fingers rub it
    rect(s, INK, dx + 5, dy + 27, dw - 10, 9)
    vgrad(s, BRASS[1:], dx + 6, dy + 28, dw - 12, 7, 0.9, 0.3)
    for k in range(2):
        rect(s, BRASS[0], dx + 8 + k * 6, dy + 31, 4, 1)
        rect(s, BRASS[0], dx + 22 + k * 4, dy + 31, 3, 1)
    px(s, dx + 6, dy + 28, BRASS[4])
    px(s, dx + dw - 7, dy + 28, BRASS[4])
    rect(s, BRASS[3], dx + dw - 9, dy + 40, 3, 4)  # doorknob
    px(s, dx + dw - 9, dy + 40, BRASS[4])
    # a boot scraper and a doormat that says nothing any more
    rect(s, (86, 72, 52), dx + 2, floor_y - 2, dw - 4, 3)
    # ---- theatre posters pasted on the wall either side
    _poster(s, 22, 184, 34, 50, "fy-poster-1", ((160, 56, 56), (220, 190, 120), (40, 32, 40)))
    _poster(s, 110, 188, 26, 36, "fy-poster-2", ((60, 80, 120), (220, 200, 150), (150, 50, 60)))
    # ---- the steps: three stone steps down to the left, seen from the side
    sx0 = x1 - 10
    for i in range(3):
        top = GROUND + 5 * (i + 1)
        xa = sx0 - 12 * (i + 1)
        xb = sx0 - 12 * i
        for y in range(top, KERB_Y):
            for x in range(xa, xb):
                t = 0.85 if y < top + 2 else 0.55 - 0.25 * (y - top) / (KERB_Y - top)
                px(s, x, y, dither_pick(STONE, t + 0.1 * bayer(x, y), x, y))
        hline(s, STONE[4], xa, xb - 1, top)
        hline(s, INK, xa - 1, xb - 1, top - 1)
        vline(s, INK, xa - 1, top - 1, KERB_Y)
        vline(s, STONE[0], xb - 1, top + 1, KERB_Y)
        rect(s, MOSS[3], xa + 1, KERB_Y - 2, 3, 2)
    # the top of the steps, level with the lawn
    for y in range(GROUND, GROUND + 5):
        for x in range(sx0, x1 + 2):
            px(s, x, y, dither_pick(STONE, 0.8 + 0.1 * bayer(x, y), x, y))
    hline(s, INK, sx0 - 1, x1 + 1, GROUND - 1)
    _stone(s, sx0, x1 + 2, GROUND + 5, KERB_Y, "fy-well-side")
    vline(s, INK, sx0 - 1, GROUND, KERB_Y)
    # ---- a row of dog bowls on the well floor, left of the door: a name on each
    for i in range(4):
        bx = x0 + 4 + i * 10
        by = floor_y - 4
        pygame.draw.ellipse(s, INK, pygame.Rect(bx - 1, by - 1, 10, 6))
        pygame.draw.ellipse(s, [(150, 60, 60), (70, 100, 150), (200, 170, 80), (90, 120, 80)][i],
                            pygame.Rect(bx, by, 8, 4))
        hline(s, (40, 30, 26), bx + 2, bx + 5, by + 1)
        px(s, bx + 1, by + 1, (230, 230, 220))
    # ---- the kerb along the front, and the iron railing on it
    rail_r = x1 - 46
    block(s, x0 - 2, KERB_Y, x1 - x0 + 6, 8, STONE, INK, light=3)
    for x in range(x0 + 2, rail_r, 6):
        vline(s, INK, x, KERB_Y - 22, KERB_Y - 1)
        if x % 12 == 2:
            vline(s, METAL[1], x + 1, KERB_Y - 21, KERB_Y - 1)
        pygame.draw.polygon(s, INK, [(x - 1, KERB_Y - 22), (x, KERB_Y - 26), (x + 1, KERB_Y - 22)])
    for yy in (KERB_Y - 20, KERB_Y - 4):
        hline(s, INK, x0 + 1, rail_r, yy)
        hline(s, METAL[1], x0 + 2, rail_r - 1, yy - 1)
    for x in (x0, rail_r):
        rect(s, INK, x, KERB_Y - 28, 4, 28)
        vline(s, METAL[2], x + 1, KERB_Y - 27, KERB_Y - 1)
        pygame.draw.circle(s, INK, (x + 2, KERB_Y - 29), 3)
        px(s, x + 1, KERB_Y - 30, METAL[3])
    # rust runs
    for x in range(x0 + 5, rail_r, 17):
        vline(s, (110, 70, 46), x, KERB_Y - 19, KERB_Y - 14)


def _poster(s: pygame.Surface, x: int, y: int, w: int, h: int, seed: str,
            cols: tuple[tuple[int, int, int], ...]) -> None:
    """An old playbill: faded, torn at a corner, rain-streaked."""
    r = rng(seed)
    ink_c, paper, accent = cols[2], cols[1], cols[0]
    rect(s, INK, x - 1, y - 1, w + 2, h + 2)
    vgrad(s, [tuple(int(c * 0.75) for c in paper), paper], x, y, w, h, 0.9, 0.2)
    # a banner across the top and a lady in silhouette with a great hat and a fan
    rect(s, accent, x + 2, y + 2, w - 4, 7)
    for k in range(3, w - 4, 4):
        rect(s, paper, x + k, y + 4, 2, 3)
    cx = x + w // 2
    pygame.draw.ellipse(s, ink_c, pygame.Rect(cx - 8, y + 12, 16, 5))   # the hat
    pygame.draw.circle(s, ink_c, (cx, y + 19), 3)                       # the head
    pygame.draw.polygon(s, ink_c, [(cx - 2, y + 21), (cx + 2, y + 21), (cx + 7, y + h - 12),
                                   (cx - 7, y + h - 12)])               # the gown
    pygame.draw.polygon(s, accent, [(cx + 3, y + 24), (cx + 9, y + 20), (cx + 9, y + 27)])
    for k in range(3):  # stars and the lines of the bill
        px(s, x + 3 + r.randrange(w - 6), y + 12 + r.randrange(8), accent)
        hline(s, ink_c, x + 4, x + w - 5 - r.randrange(6), y + h - 9 + k * 3)
    # faded: the rain has washed a stripe, a corner peels
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            if (xx - x) % 9 == 4 and bayer(xx, yy) < 0.5:
                blend_px(s, xx, yy, (190, 190, 180, 90))
    pygame.draw.polygon(s, STONE[2], [(x + w, y + h), (x + w - 8, y + h), (x + w, y + h - 9)])
    pygame.draw.polygon(s, tuple(int(c * 0.6) for c in paper),
                        [(x + w - 8, y + h), (x + w, y + h - 9), (x + w - 7, y + h - 8)])
    pygame.draw.line(s, INK, (x + w - 8, y + h), (x + w, y + h - 9))


def porch(s: pygame.Surface) -> None:
    """The covered porch: door, swing, mailbox, lamp, balustrade and steps."""
    x0, x1 = PORCH
    ry0, ry1 = PORCH_ROOF
    # the wall behind the porch is in the porch's shadow
    shade_rect(s, (20, 10, 24, 70), x0, ry1, x1 - x0, FLOOR - ry1)
    # porch floor boards (seen as a thin edge) and the skirt under them
    block(s, x0 - 4, FLOOR - 3, x1 - x0 + 8, 6, GREYWOOD, INK, light=3)
    for x in range(x0, x1, 7):  # lattice skirt under the porch floor
        for y in range(FLOOR + 3, GROUND):
            if (x + y) % 7 == 0 or (x - y) % 7 == 0:
                px(s, x + (y % 7), y, TRIM[1])
    # the front door of the Jones flat, in a proper frame with a transom
    dx, dy, dw, dh = FRONT_DOOR
    block(s, dx - 7, dy - 10, dw + 14, dh + 10, TRIM, INK, light=2)
    rect(s, INK, dx, dy - 7, dw, 5)
    vgrad(s, [(50, 56, 60), (80, 88, 90)], dx + 1, dy - 6, dw - 2, 3, 0, 1)
    door = surf(dw + 14, dh + 8)
    fu.doorway(door, "real", inside="closed")
    s.blit(door, (dx - 7, dy - 8), pygame.Rect(0, 8, dw + 14, dh + 8))
    # two tall glass panes in the door, dark inside
    for gx in (dx + 10, dx + dw - 18):
        rect(s, INK, gx - 1, dy + 7, 10, 22)
        vgrad(s, [(30, 30, 28), (48, 46, 40), (60, 56, 48)], gx, dy + 8, 8, 20, 0.1, 0.9)
    # a house number, 3 (the Jones flat), and a doorbell
    rect(s, INK, dx + dw // 2 - 3, dy + 34, 6, 8)
    rect(s, BRASS[3], dx + dw // 2 - 2, dy + 35, 4, 6)
    px(s, dx + dw // 2 - 1, dy + 36, BRASS[0])
    px(s, dx + dw // 2, dy + 38, BRASS[0])
    px(s, dx + dw // 2 - 1, dy + 40, BRASS[0])
    # the mailbox on the wall left of the door: one box, three names
    mx, my = 194, 144
    block(s, mx, my, 24, 22, METAL, INK, light=2)
    rect(s, METAL[1], mx + 3, my + 4, 18, 3)
    hline(s, INK, mx + 3, mx + 20, my + 5)
    for k, col in enumerate(((210, 200, 170), (200, 190, 150), (232, 226, 204))):
        rect(s, col, mx + 4, my + 9 + k * 4, 16 if k != 2 else 12, 3)
        hline(s, (60, 56, 64), mx + 5, mx + 13 + (k * 3) % 5, my + 10 + k * 4)
    rect(s, (180, 170, 120), mx + 15, my + 17, 6, 3)  # the new name: sticky tape at a slant
    px(s, mx + 3, my + 21, (110, 70, 46))
    # the porch lamp, right of the door: unlit by day
    lx, ly = dx + dw + 12, dy + 8
    rect(s, INK, lx - 1, ly - 4, 3, 5)
    block(s, lx - 5, ly, 11, 14, METAL, INK, light=1)
    rect(s, (180, 170, 130), lx - 3, ly + 2, 7, 9)
    rect(s, (150, 140, 100), lx - 3, ly + 7, 7, 4)
    hline(s, INK, lx - 6, lx + 6, ly + 14)
    # ---- the porch swing hanging on two chains on the right
    sx, sw = 318, 62
    for cx in (sx + 3, sx + sw - 4):
        for y in range(ry1, 168, 2):
            px(s, cx, y, METAL[3] if y % 4 else METAL[1])
            px(s, cx + 1, y + 1, INK)
    block(s, sx, 150, sw, 4, GREYWOOD, INK, light=3)               # back rail
    for k in range(sx + 4, sx + sw - 4, 5):                         # back slats
        vline(s, GREYWOOD[3], k, 154, 167)
        vline(s, GREYWOOD[1], k + 1, 154, 167)
    block(s, sx - 2, 166, sw + 4, 6, GREYWOOD, INK, grain="fy-swing", light=3)  # seat
    block(s, sx - 4, 158, 4, 14, GREYWOOD, INK, light=2)             # arms
    block(s, sx + sw, 158, 4, 14, GREYWOOD, INK, light=2)
    # a sodden cushion left on it
    pygame.draw.ellipse(s, INK, pygame.Rect(sx + 8, 160, 20, 8))
    pygame.draw.ellipse(s, REAL["rose"][1], pygame.Rect(sx + 9, 161, 18, 6))
    hline(s, REAL["rose"][3], sx + 12, sx + 22, 162)
    # ---- the balustrade either side of the steps
    sxc, half = STEPS_X
    for bx0, bx1 in ((x0 + 6, sxc - half - 6), (sxc + half + 6, x1 - 6)):
        block(s, bx0, 178, bx1 - bx0, 4, TRIM, INK, light=3)
        block(s, bx0, FLOOR - 6, bx1 - bx0, 4, TRIM, INK, light=1)
        for x in range(bx0 + 3, bx1 - 3, 6):
            if (x * 7) % 29 == 5:
                continue  # a spindle gone
            rect(s, INK, x, 182, 4, FLOOR - 6 - 182)
            rect(s, TRIM[2], x + 1, 182, 2, FLOOR - 6 - 182)
            px(s, x + 1, 186, TRIM[3])
            px(s, x + 1, 194, TRIM[0])
    # ---- the porch roof: shingled, on turned posts, gutter along the edge
    for y in range(ry0, ry1 - 4):
        yy = y - ry0
        for x in range(x0 - 8 - yy // 3, x1 + 8 + yy // 3):
            c = STONE[1] if (yy // 3) % 2 == 0 else STONE[2]
            if (x + (yy // 3) * 4) % 8 == 0:
                c = STONE[0]
            if (x * 13 + yy) % 61 == 0:
                c = MOSS[3]
            px(s, x, y, c)
    hline(s, INK, x0 - 8, x1 + 8, ry0 - 1)
    hline(s, STONE[4], x0 - 8, x1 + 8, ry0)
    fy0 = ry1 - 4  # fascia with a scalloped trim underneath
    block(s, x0 - 14, fy0, x1 - x0 + 28, 5, TRIM, INK, light=2)
    for x in range(x0 - 12, x1 + 12, 6):
        pygame.draw.circle(s, INK, (x + 3, ry1 + 1), 3)
        pygame.draw.circle(s, TRIM[2], (x + 3, ry1), 2)
    for px_ in (x0, sxc - half - 4, sxc + half - 4, x1 - 8):
        _porch_post(s, px_, ry1 + 2, FLOOR - 2)
    # ---- the steps up to the porch: four wide wooden steps
    for i in range(4):
        top = FLOOR + i * STEP_H
        hw = half + 4 * i
        block(s, sxc - hw, top, hw * 2, STEP_H + 1, GREYWOOD, INK, grain=f"fy-step-{i}", light=3)
        hline(s, GREYWOOD[4], sxc - hw + 2, sxc + hw - 3, top + 1)
        rect(s, MOSS[3], sxc - hw + 1, top + STEP_H - 3, 3, 2)
        rect(s, MOSS[2], sxc + hw - 4, top + STEP_H - 3, 3, 2)
    # a mat on the porch, worn through
    rect(s, (90, 74, 56), dx + 4, FLOOR - 4, dw - 8, 2)


def stairs(s: pygame.Surface) -> None:
    """The rickety outside stairs: two flights zigzagging up the wing to the attic."""
    l1y = GROUND - 13 * RISE
    l2y = l1y - 13 * RISE
    # posts from the landings down to the ground, cross-braced
    for x in (LANDING_1[0], LANDING_1[1] - 4):
        block(s, x, l1y + 4, 5, GROUND - l1y - 4, GREYWOOD, INK, light=2)
    pygame.draw.line(s, INK, (LANDING_1[0] + 4, l1y + 8), (LANDING_1[1] - 4, GROUND - 30), 3)
    pygame.draw.line(s, GREYWOOD[2], (LANDING_1[0] + 4, l1y + 8), (LANDING_1[1] - 4, GROUND - 30), 1)
    for x in (LANDING_2[0] + 2, LANDING_2[1] - 9):
        block(s, x, l2y + 4, 5, GROUND - l2y - 4, GREYWOOD, INK, light=1)
    _flight(s, FLIGHT_1, "fy-flight-1")
    _flight(s, FLIGHT_2, "fy-flight-2")
    # landings: thick planks on joists
    for (xa, xb), y in ((LANDING_1, l1y), (LANDING_2, l2y)):
        block(s, xa - 2, y, xb - xa + 4, 6, GREYWOOD, INK, grain=f"fy-landing-{y}", light=3)
        hline(s, GREYWOOD[4], xa, xb - 1, y + 1)
    # handrails along the open side
    _rail(s, FLIGHT_1)
    _rail(s, FLIGHT_2)
    for x in (LANDING_1[0] - 2,):
        block(s, x, l1y - 22, 4, 22, GREYWOOD, INK, light=2)
    block(s, LANDING_1[0] - 2, l1y - 22, 24, 3, GREYWOOD, INK, light=3)


def _flight(s: pygame.Surface, flight: tuple[int, int, int, int, int], seed: str) -> None:
    fx, fy, n, run, d = flight
    r = rng(seed)
    top_x = fx + d * run * n
    top_y = fy - RISE * n
    thick = 8
    # the stringer: a heavy diagonal plank under the steps (its top passes the inner corners)
    pts = [(fx, fy), (top_x, top_y), (top_x, top_y + thick), (fx, fy + thick)]
    pygame.draw.polygon(s, GREYWOOD[2], pts)
    pygame.draw.line(s, GREYWOOD[3], (fx, fy + 1), (top_x, top_y + 1))
    pygame.draw.line(s, GREYWOOD[3], (fx, fy + 2), (top_x, top_y + 2))
    pygame.draw.line(s, GREYWOOD[1], (fx, fy + thick - 1), (top_x, top_y + thick - 1))
    pygame.draw.line(s, INK, (fx, fy + thick), (top_x, top_y + thick))
    pygame.draw.line(s, INK, (fx, fy - 1), (top_x, top_y - 1))
    for k in range(2, n, 4):  # bolts
        px(s, fx + d * run * k, fy - RISE * k + 4, METAL[2])
    # the steps, seen from the side: a tread on top, a shadowed riser board behind it
    for i in range(n):
        y = fy - RISE * (i + 1)
        xa = fx + d * run * i
        xb = fx + d * run * (i + 1)
        lo, hi = min(xa, xb), max(xa, xb)
        if i == 7 and seed.endswith("1"):  # a broken tread: only half of it left
            lo, hi = (hi - run // 2, hi) if d < 0 else (lo, lo + run // 2)
        rect(s, INK, lo - 1, y - 1, hi - lo + 2, 6)
        rect(s, GREYWOOD[3], lo, y, hi - lo, 4)
        hline(s, GREYWOOD[4], lo, hi - 1, y)
        hline(s, GREYWOOD[2], lo, hi - 1, y + 3)
        # the triangle under the tread down to the stringer: the riser board, in shade
        rx = xa  # the riser stands at the downhill end of the tread
        for yy in range(y + 5, y + RISE + 1):
            for xx in range(lo, hi):
                frac = (xx - xa) / (xb - xa) if xb != xa else 0
                if yy <= fy - RISE * i - RISE * frac + 1 and yy > y + 4:
                    px(s, xx, yy, GREYWOOD[1] if abs(xx - rx) > 2 else GREYWOOD[2])
        if r.random() < 0.3:
            px(s, lo + r.randrange(max(1, hi - lo)), y + 1, MOSS[3])


def _rail(s: pygame.Surface, flight: tuple[int, int, int, int, int]) -> None:
    fx, fy, n, run, d = flight
    top_x = fx + d * run * n
    top_y = fy - RISE * n
    rise_rail = 22
    for i in range(0, n + 1, 3):
        x = fx + d * run * i
        y = fy - RISE * i
        vline(s, INK, x - 1, y - rise_rail, y - 1)
        vline(s, GREYWOOD[3], x, y - rise_rail, y - 1)
        vline(s, INK, x + 1, y - rise_rail, y - 1)
    for k in range(4):
        pygame.draw.line(s, INK if k in (0, 3) else GREYWOOD[3 + (k == 1)], (fx, fy - rise_rail - 1 + k),
                         (top_x, top_y - rise_rail - 1 + k))


def attic(s: pygame.Surface) -> None:
    """The attic door at the top of the stairs, and the attic window with its light on."""
    x, y, w, h = ATTIC_DOOR
    block(s, x - 4, y - 4, w + 8, h + 4, GREYWOOD, INK, light=2)
    block(s, x, y, w, h, ramp("#2c3438", "#3c474c", "#4e5c60", "#62726f", "#788a84"), INK,
          grain="fy-attic-door", light=2)
    rect(s, INK, x + 6, y + 6, w - 12, 12)
    rect(s, (120, 96, 62), x + 7, y + 7, w - 14, 10)
    hline(s, (170, 136, 84), x + 7, x + w - 8, y + 15)
    vline(s, INK, x + w // 2, y + 7, y + 16)
    rect(s, METAL[3], x + w - 7, y + h // 2 + 4, 3, 3)
    # a little gabled hood over it
    pygame.draw.polygon(s, INK, [(x - 8, y - 3), (x + w // 2, y - 12), (x + w + 7, y - 3)])
    pygame.draw.polygon(s, STONE[2], [(x - 6, y - 4), (x + w // 2, y - 10), (x + w + 5, y - 4)])
    # the attic window: lamplight, and a thin shadow moving about inside
    wx, wy, ww, wh = ATTIC_WINDOW
    block(s, wx - 4, wy - 4, ww + 8, wh + 8, TRIM, INK, light=1)
    vgrad(s, [(150, 100, 50), (200, 140, 70), (236, 186, 110), (250, 220, 150)], wx, wy, ww, wh,
          0.95, 0.25)
    # a crooked blind half down, and a tall thin silhouette with long arms
    for yy in range(wy, wy + 12):
        hline(s, (170, 120, 70) if yy % 3 else (130, 86, 50), wx, wx + ww - 1, yy)
    # a tall man in silhouette: narrow head, broad shoulders, an arm raised (he trains mice)
    sil = (70, 44, 40)
    sx = wx + ww - 11
    pygame.draw.ellipse(s, sil, pygame.Rect(sx - 2, wy + 13, 6, 7))
    rect(s, sil, sx - 6, wy + 21, 14, wh - 21)
    rect(s, sil, sx - 1, wy + 19, 4, 3)
    pygame.draw.line(s, sil, (sx - 6, wy + 23), (sx - 12, wy + 17), 3)
    px(s, sx - 13, wy + 15, (120, 110, 100))  # something small in his hand
    vline(s, TRIM[2], wx + ww // 2, wy, wy + wh - 1)
    hline(s, TRIM[2], wx, wx + ww - 1, wy + wh // 2)
    block(s, wx - 6, wy + wh + 2, ww + 12, 5, TRIM, INK, light=3)


def gutter(s: pygame.Surface) -> None:
    """The porch roof's gutter, broken at the right-hand end and hanging down."""
    x1 = PORCH[1]
    y = PORCH_ROOF[1] - 5
    # the run of gutter along the fascia
    rect(s, INK, PORCH[0] - 14, y - 3, x1 - PORCH[0] + 6, 4)
    hline(s, METAL[2], PORCH[0] - 13, x1 - 9, y - 2)
    # the broken end hanging at a slant
    pts = [(x1 - 8, y - 3), (x1 + 16, y + 16)]
    pygame.draw.line(s, INK, pts[0], pts[1], 5)
    pygame.draw.line(s, METAL[2], (pts[0][0], pts[0][1] + 1), (pts[1][0] - 1, pts[1][1]), 2)
    # under the broken end, a damp stain down the boards and the stones, where the water runs
    # when it rains (the water itself is in the rain layer, so on dry days it drips nothing)
    ex, ey = pts[1]
    _damp_stain(s, ex + 1, ey + 2, GROUND)


def _damp_stain(s: pygame.Surface, cx: int, y0: int, y1: int) -> None:
    """Darken what is painted below (cx, y0) by one ramp step, in a wandering dithered streak
    that widens and thickens towards the ground: wet wood and stone, not a painted stripe."""
    ramps = [PINK, STONE, TRIM, MOSS]
    darker: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    for rp in ramps:
        for i in range(1, len(rp)):
            darker.setdefault(tuple(rp[i]), tuple(rp[i - 1]))
    wander = value_noise("fy-gutter-stain", 6)
    for y in range(y0, y1):
        t = (y - y0) / max(1, y1 - y0)
        half = 1.5 + 2.5 * t + (wander(3, y) - 0.5) * 2
        mid = cx + (wander(11, y * 0.5) - 0.5) * 2
        for x in range(int(mid - half) - 1, int(mid + half) + 2):
            edge = 1.0 - abs(x - mid) / max(0.5, half)
            dens = min(1.0, edge * 1.6) * (0.5 + 0.45 * t)
            if dens > bayer(x, y):
                c = s.get_at((x, y))
                d = darker.get((c.r, c.g, c.b))
                if d is not None:
                    px(s, x, y, d)


# =================================================================== yard props
def statue(s: pygame.Surface) -> None:
    """A stone Scottie dog on a plinth, weathered and mossy, looking at the basement door."""
    w, h = s.get_size()
    fu.floor_shadow(s, w // 2, h - 3, 14, 3)
    block(s, 3, h - 16, w - 6, 13, STONE, INK, light=3)
    hline(s, STONE[1], 4, w - 5, h - 10)
    # the dog as a mask of simple parts (facing left): body, legs, head, beard, ears, tail
    on = (255, 255, 255, 255)
    m = surf(w, h)
    by = h - 16  # the plinth top: where the paws stand
    parts = [
        (9, by - 15, 19, 9),    # body, long and low
        (9, by - 7, 4, 7),      # front leg
        (23, by - 7, 4, 7),     # back leg
        (12, by - 8, 12, 4),    # the skirt of hair under the belly
        (3, by - 21, 10, 8),    # head
        (0, by - 17, 5, 4),     # muzzle
        (2, by - 14, 9, 5),     # beard
    ]
    for rx, ry, rw, rh in parts:
        rect(m, on, rx, ry, rw, rh)
    pygame.draw.polygon(m, on, [(4, by - 21), (5, by - 26), (7, by - 21)])     # ears, pricked
    pygame.draw.polygon(m, on, [(9, by - 21), (10, by - 26), (12, by - 21)])
    pygame.draw.polygon(m, on, [(26, by - 14), (29, by - 22), (30, by - 21), (28, by - 14)])  # tail
    # shade it as stone, lit from the upper left, darker underneath
    for y in range(h):
        for x in range(w):
            if m.get_at((x, y)).a:
                t = 0.85 - 0.6 * (y - (by - 26)) / 26 - 0.15 * (x / w)
                px(s, x, y, dither_pick(STONE, t, x, y))
    for x in range(12, 24, 2):  # hair hanging from the belly
        px(s, x, by - 4, STONE[1])
    # outline
    for y in range(h - 16):
        for x in range(w):
            if m.get_at((x, y)).a == 0 and any(
                    0 <= x + ax < w and 0 <= y + ay < h and m.get_at((x + ax, y + ay)).a
                    for ax, ay in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                px(s, x, y, INK)
    px(s, 6, by - 19, INK)                       # eye under a bushy brow
    hline(s, STONE[4], 5, 8, by - 20)
    rect(s, INK, 0, by - 17, 2, 2)               # nose
    hline(s, STONE[1], 14, 22, by - 12)          # the line of the flank
    mn = value_noise("fy-statue-moss", 4)
    for y in range(h):
        for x in range(w):
            c = s.get_at((x, y))
            if c.a and tuple(c)[:3] != INK and mn(x, y) > 0.64 and bayer(x, y) < 0.6:
                px(s, x, y, MOSS[3] if mn(x * 2, y) > 0.5 else MOSS[4])


def hydrangea(s: pygame.Surface) -> None:
    """A dead hydrangea: brown papery flower heads on bare grey sticks."""
    w, h = s.get_size()
    fu.floor_shadow(s, w // 2, h - 4, w // 2 - 4, 4)
    r = rng("fy-hydrangea")
    for _ in range(22):
        x0 = w // 2 + r.randrange(-10, 11)
        x1 = x0 + r.randrange(-22, 23)
        y1 = r.randrange(8, h - 14)
        pygame.draw.line(s, INK, (x0, h - 5), (x1, y1), 2)
        pygame.draw.line(s, (104, 96, 84), (x0, h - 6), (x1, y1), 1)
    heads = [(12, 14), (26, 8), (42, 13), (18, 26), (36, 24), (50, 24), (8, 30), (30, 34)]
    for i, (hx, hy) in enumerate(heads):
        rr = 6 + (i % 3)
        pygame.draw.circle(s, INK, (hx, hy), rr + 1)
        for y in range(hy - rr, hy + rr + 1):
            for x in range(hx - rr, hx + rr + 1):
                if (x - hx) ** 2 + (y - hy) ** 2 <= rr * rr:
                    t = 0.65 - 0.45 * (y - hy + rr) / (2 * rr) + 0.25 * bayer(x * 3, y * 3)
                    c = dither_pick([(74, 54, 40), (104, 78, 54), (136, 108, 74), (160, 138, 104)],
                                    t, x, y)
                    if (x * 5 + y * 3) % 7 == 0:
                        c = (88, 84, 92)  # a ghost of the old blue
                    px(s, x, y, c)
    # a couple of last leaves, shrivelled
    for lx, ly in ((20, 38), (40, 40)):
        pygame.draw.ellipse(s, INK, pygame.Rect(lx - 3, ly - 2, 8, 5))
        pygame.draw.ellipse(s, (92, 84, 52), pygame.Rect(lx - 2, ly - 1, 6, 3))


def car(s: pygame.Surface) -> None:
    """The Joneses' old station wagon, side on and facing left, still full of boxes."""
    w, h = s.get_size()
    fu.floor_shadow(s, w // 2, h - 8, w // 2 - 6, 7, 150)
    top, belt, sill, low = 16, 38, 60, 68
    # the body: long and boxy, hood sloping to the front (left)
    body = [(4, belt + 4), (10, belt - 2), (30, belt - 4), (w - 8, belt - 4), (w - 4, belt),
            (w - 3, sill + 6), (w - 6, low), (4, low), (2, sill + 4)]
    pygame.draw.polygon(s, INK, [(x + (1 if x > w / 2 else -1), y + (1 if y > belt else -1))
                                 for x, y in body])
    pygame.draw.polygon(s, WAGON[2], body)
    # shading: lit top of the body, dark lower sill
    for y in range(belt - 4, low):
        for x in range(2, w - 2):
            if s.get_at((x, y))[:3] == WAGON[2]:
                t = 0.75 - 0.5 * (y - belt) / (low - belt)
                px(s, x, y, dither_pick(WAGON, t, x, y))
    # the greenhouse: windscreen raked back, long flat roof, four side windows
    cab = [(30, belt - 4), (46, top + 2), (52, top), (w - 12, top), (w - 8, top + 3),
           (w - 8, belt - 4)]
    pygame.draw.polygon(s, INK, [(x, y - 1) for x, y in cab])
    pygame.draw.polygon(s, WAGON[3], cab)
    hline(s, WAGON[5], 52, w - 13, top + 1)
    # roof rack
    for x in (58, 90, 122):
        rect(s, INK, x, top - 4, 3, 4)
    rect(s, INK, 54, top - 6, w - 68, 3)
    hline(s, METAL[3], 55, w - 15, top - 5)
    panes = [(36, 49, 66), (70, 96), (100, 122), (126, w - 14)]
    wy0, wy1 = top + 4, belt - 6
    for i, pane in enumerate(panes):
        if i == 0:
            pts = [(36, wy1), (49, wy0), (66, wy0), (66, wy1)]
        else:
            a, b = pane
            pts = [(a, wy0), (b, wy0), (b, wy1), (a, wy1)]
        pygame.draw.polygon(s, CAR_GLASS, pts)
        pygame.draw.polygon(s, INK, pts, 1)
    # boxes inside, against the glass (the two back windows)
    r = rng("fy-car-boxes")
    for bx0, bx1 in ((100, 122), (126, w - 15)):
        x = bx0 + 1
        while x < bx1 - 4:
            bw = r.randrange(8, 14)
            bh = r.randrange(8, 14)
            bx = min(x, bx1 - bw)
            by = wy1 - bh
            block(s, bx, by, bw, bh, CARD, INK, light=r.choice((2, 3)))
            rect(s, (186, 170, 128), bx + bw // 2 - 1, by + 1, 2, 3)
            if r.random() < 0.5:
                block(s, bx + 1, by - 7, bw - 3, 8, CARD, INK, light=3)
            x += bw + 1
    # a lampshade and the end of a rolled rug in the middle window
    pygame.draw.polygon(s, (150, 134, 98), [(76, wy1 - 2), (80, wy1 - 12), (88, wy1 - 12),
                                            (92, wy1 - 2)])
    # a glint on the glass (the raindrops on it are in the rain layer: ``car_rain``)
    for k in range(5):
        px(s, 72 + k, wy0 + 6 - k, (200, 206, 204))
        px(s, 104 + k, wy0 + 6 - k, (200, 206, 204))
    # pillars
    for x in (66, 96, 122):
        rect(s, WAGON[1], x, wy0, 4, wy1 - wy0 + 2)
        vline(s, INK, x, wy0, wy1)
    # the wood-grain panel along the side, framed in pale trim
    px0, px1, py0, py1 = 30, w - 8, belt + 2, sill - 6
    rect(s, INK, px0 - 1, py0 - 1, px1 - px0 + 2, py1 - py0 + 2)
    for y in range(py0, py1):
        for x in range(px0, px1):
            g = math.sin(x * 0.09 + math.sin(y * 0.9) * 1.5) * 0.5 + 0.5
            px(s, x, y, dither_pick(PANEL, 0.3 + 0.5 * g, x, y))
    hline(s, WAGON[5], px0, px1 - 1, py0 - 2)
    hline(s, WAGON[0], px0, px1 - 1, py1 + 1)
    # doors' seams and handles
    for x in (66, 98, 124):
        vline(s, INK, x, belt - 2, sill + 4)
    for x in (58, 90):
        rect(s, METAL[3], x, belt + 1, 5, 2)
    # the front end: headlamp, grille, chrome bumpers
    rect(s, INK, 3, belt + 6, 6, 8)
    rect(s, (200, 196, 170), 4, belt + 7, 4, 6)
    for x, ww in ((0, 16), (w - 14, 14)):
        rect(s, INK, x, sill + 2, ww, 5)
        hline(s, METAL[4], x + 1, x + ww - 2, sill + 3)
        hline(s, METAL[2], x + 1, x + ww - 2, sill + 5)
    rect(s, (160, 40, 36), w - 6, belt + 2, 3, 8)    # tail light
    # wheels, with rust-rimmed arches
    for cx in (36, w - 36):
        cy = low - 1
        pygame.draw.circle(s, INK, (cx, cy - 2), 14)
        pygame.draw.circle(s, (110, 70, 46), (cx, cy - 2), 14, 1)
        pygame.draw.circle(s, (26, 26, 28), (cx, cy), 11)
        pygame.draw.circle(s, (44, 44, 46), (cx, cy), 10)
        pygame.draw.circle(s, METAL[2], (cx, cy), 5)
        pygame.draw.circle(s, METAL[4], (cx - 1, cy - 1), 2)
        pygame.draw.circle(s, INK, (cx, cy), 5, 1)



def car_rain(s: pygame.Surface) -> None:
    """The rain on the station wagon, for the rain layer (dry days' car is dry): beads on
    the bare glass and a row of them along the roof and the hood, drawn onto ``s`` (the whole
    room) where the car stands."""
    ox, oy, w, h = LAYOUT["front_yard_car"]
    dry = surf(w, h)
    car(dry)
    top, belt = 16, 38  # as in ``car``
    wy0, wy1 = top + 4, belt - 6
    r = rng("fy-car-rain")
    drops = 0
    for _ in range(200):  # ten beads, wherever the glass shows between pillars and boxes
        x = 38 + r.randrange(w - 54)
        y = wy0 + r.randrange(wy1 - wy0)
        if dry.get_at((x, y))[:3] == CAR_GLASS:
            px(s, ox + x, oy + y, RAIN[3])
            drops += 1
            if drops == 10:
                break
    beads = [(x, belt - 5 + (1 if x < 30 else 0)) for x in range(12, w - 12, 7)]
    beads += [(x, top) for x in range(54, w - 14, 9)]
    for x, y in beads:
        if dry.get_at((x, y)).a:
            px(s, ox + x, oy + y, RAIN[4])


def fir_tree(s: pygame.Surface) -> None:
    w, h = s.get_size()
    # two hazier firs behind, then the big one
    fir(s, 22, 70, h - 26, 26, 0.55, "fy-fir-back-1")
    fir(s, w - 10, 40, h - 22, 30, 0.45, "fy-fir-back-2")
    fir(s, w // 2 + 6, 0, h - 8, 64, 0.0, "fy-big-fir")
    # roots and needles at the foot
    for x in range(w // 2 - 12, w // 2 + 22):
        px(s, x, h - 8 + (x % 3 == 0), FIR[0])


def sign(s: pygame.Surface) -> None:
    """VACANCY, on a post in the lawn; the little NO board hangs from one hook."""
    w, h = s.get_size()
    cx = w // 2
    fu.floor_shadow(s, cx, h - 3, 10, 3)
    block(s, cx - 3, 30, 6, h - 33, GREYWOOD, INK, grain="fy-sign-post", light=2)
    for y in range(h - 16, h - 3):
        for x in range(cx - 2, cx + 3):
            if bayer(x, y) < (y - (h - 16)) / 13:
                px(s, x, y, MOSS[3])
    # the main board
    bx, by, bw, bh = 1, 24, w - 2, 14
    block(s, bx, by, bw, bh, GREYWOOD, INK, grain="fy-sign-board", light=3)
    paint_text(s, "VACANCY", bx + (bw - text_width("VACANCY")) // 2, by + 5, hexc("#d8a8a8"),
               hexc("#3a2a2a"))
    # two hooks on the crossbar above; the NO board hangs from the left one only
    rect(s, INK, bx + 2, 4, bw - 4, 3)
    hline(s, GREYWOOD[3], bx + 3, bx + bw - 4, 5)
    vline(s, INK, cx, 6, by)
    for hx in (bx + 8, bx + bw - 9):
        rect(s, METAL[2], hx, 7, 1, 3)
    nb = surf(18, 11)
    block(nb, 0, 0, 18, 11, GREYWOOD, INK, light=2)
    paint_text(nb, "NO", 3, 3, hexc("#d8a8a8"), hexc("#3a2a2a"), worn=97)
    for col in range(18):  # hung from its left corner only, it swings down to the right
        s.blit(nb, (bx + 6 + col, 10 + col // 3), pygame.Rect(col, 0, 1, 11))
    vline(s, INK, bx + 8, 9, 11)


def parcel(s: pygame.Surface) -> None:
    """A small brown-paper parcel tied with string, on the porch step."""
    w, h = s.get_size()
    fu.floor_shadow(s, w // 2, h - 2, w // 2 - 1, 2, 120)
    x, y, bw, bh = 2, 3, 18, 11
    top = 3
    for yy in range(top):
        hline(s, (176, 146, 104), x + (top - yy) // 2 + 1, x + bw - 2, y + yy)
    pygame.draw.line(s, INK, (x, y + top), (x + 2, y))
    hline(s, INK, x + 2, x + bw - 1, y - 1)
    block(s, x, y + top, bw, bh - top, [(92, 70, 46), (120, 92, 60), (150, 118, 78), (176, 146, 104)],
          INK, light=2)
    # string, tied in a bow on top
    vline(s, (220, 210, 190), x + bw // 2, y, y + bh - 2)
    hline(s, (220, 210, 190), x + 1, x + bw - 2, y + top + 3)
    pygame.draw.ellipse(s, (230, 222, 200), pygame.Rect(x + bw // 2 - 5, y - 3, 5, 4), 1)
    pygame.draw.ellipse(s, (230, 222, 200), pygame.Rect(x + bw // 2 + 1, y - 3, 5, 4), 1)
    # a scrawled name on the label
    rect(s, (226, 220, 200), x + 2, y + top + 5, 6, 3)
    hline(s, (60, 50, 60), x + 3, x + 6, y + top + 6)
    # rain spots darkening the paper
    for dx_, dy_ in ((13, 8), (4, 11), (15, 12)):
        px(s, x + dx_, y + dy_, (96, 74, 50))


# =================================================================== foreground and weather
def grass_fg(s: pygame.Surface) -> None:
    w, h = s.get_size()
    r = rng("fy-fg-grass")
    for _ in range(560):
        x = r.randrange(w)
        # tufts in the corners, none in front of the flagstones or the middle of the view
        edge = min(x, w - x)
        if 200 < x < 320 or r.random() > 0.1 + (0.8 if edge < 120 else 0.25 if x > 540 else 0.05):
            continue
        ln = r.randrange(5, h - 2)
        lean = r.choice((-1, 1)) * r.random() * 0.4
        c = MOSS[r.randrange(0, 3)]
        for j in range(ln):
            px(s, int(x + lean * j), h - 1 - j, c)
            px(s, int(x + lean * j) + 1, h - 1 - j, MOSS[0])


def rain(s: pygame.Surface) -> None:
    w, h = s.get_size()
    car_rain(s)  # first, so the falling rain streaks over the wet car
    r = rng("fy-rain")
    for _ in range(720):
        x, y = r.randrange(w + 40), r.randrange(h)
        ln = r.randrange(4, 9)
        a = r.randrange(50, 110)
        for j in range(ln):
            blend_px(s, x - j // 3, y + j, (*RAIN[4], a))
    for _ in range(170):
        x, y = r.randrange(w), r.randrange(GROUND + 4, h)
        blend_px(s, x - 1, y, (*RAIN[4], 90))
        blend_px(s, x + 1, y, (*RAIN[4], 90))
        blend_px(s, x, y - 1, (*RAIN[3], 70))
    # the broken gutter pours in the rain: a wobbly stream to the ground, brighter where the
    # water bunches, and a splash where it lands
    ex, ey = PORCH[1] + 17, PORCH_ROOF[1] + 12
    for y in range(ey, GROUND + 8):
        wob = int(math.sin(y * 0.4) * 0.8)
        bunch = (y - ey) % 9 < 3
        blend_px(s, ex + wob, y, (*RAIN[4], 220 if bunch else 170))
        blend_px(s, ex + wob + 1, y, (*RAIN[2], 120))
    for dx in range(-6, 7):
        blend_px(s, ex + dx, GROUND + 9 - (3 - abs(dx) // 2), (*RAIN[4], 140))
    for dx in (-3, -2, 2, 3):
        blend_px(s, ex + dx, GROUND + 5 - abs(dx) // 2, (*RAIN[4], 200))
    # rings spreading on the puddles where the drops land (the dry days' puddles are still)
    for cx, cy, rx, ry in PUDDLES:
        ring = surf(w, h)
        rr = max(2, rx // 6)
        pygame.draw.ellipse(ring, SKY[5], pygame.Rect(cx - rx // 2 - rr, cy - rr // 2, rr * 2, rr), 1)
        if rx > 20:
            pygame.draw.ellipse(ring, SKY[5], pygame.Rect(cx + rx // 3 - rr, cy + 1, rr * 2 + 2, rr), 1)
        for y in range(cy - ry, cy + ry + 1):
            for x in range(cx - rx, cx + rx + 1):
                if ring.get_at((x, y)).a:
                    blend_px(s, x, y, (*SKY[5], 200))
    # raindrops on the window glass, some running down in short trails
    for x, y, ww, wh in UP_WINDOWS + DOWN_WINDOWS:
        _wet_glass(s, x + 5, y + 5, ww - 10, wh - 12, rng(f"fy-window-{x}-{y}"))
    # water running off the porch roof edge in a row of drips
    for x in range(PORCH[0] - 10, PORCH[1], 9):
        blend_px(s, x, PORCH_ROOF[1] + 3, (*RAIN[4], 150))
        blend_px(s, x, PORCH_ROOF[1] + 6 + (x % 5), (*RAIN[3], 120))


def _wet_glass(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int, r) -> None:
    """Beads of rain on a pane (gx, gy, gw, gh), kept off the sash and the muntin."""
    def on_glass(xx: int, yy: int) -> bool:
        return (gx <= xx < gx + gw and gy <= yy < gy + gh and xx != gx + gw // 2
                and not gy + gh // 2 - 1 <= yy <= gy + gh // 2 + 2)
    for k in range(gw * gh // 40):
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
        if not on_glass(xx, yy):
            continue
        blend_px(s, xx, yy, (*RAIN[3], 230))
        trail = 3 + k % 4 if k % 5 == 0 else 1
        for j in range(1, trail + 1):
            if on_glass(xx, yy + j):
                blend_px(s, xx, yy + j, (*RAIN[2], 200 - 25 * j))


# =================================================================== the party day
def clear_sky(s: pygame.Surface) -> None:
    """The first blue sky since the move, beyond the house: the garden's (epilogue.py), with
    its own clouds, above this room's far hills."""
    E.paint_clear_sky(s, far_hill_top, ox=LAYOUT["front_yard_clear_sky"][0],
                      seed="fy-party-clouds")


def puddles_clear(s: pygame.Surface) -> None:
    """The puddles under the clear sky: still, blue, a rim of wet mud where they have begun
    to shrink (the garden's sky_puddle, epilogue.py)."""
    ox, oy = LAYOUT["front_yard_puddles_clear"][:2]
    for cx, cy, rx, ry in PUDDLES:
        water = (cx + 1, cy, rx - max(2, rx // 5), max(2, ry - 2))
        E.sky_puddle(s, (cx, cy, rx, ry), (ox, oy), water, MUD)


def windows_dry(s: pygame.Surface) -> None:
    """The party day's window glass, laid over the house's grey panes: the house drawn again
    with dry glass, keeping only the pixels that changed (so the curtains, blinds, boxes and
    bars meet the house's exactly)."""
    ox, oy, w, h = LAYOUT["front_yard_windows_dry"]
    size = LAYOUT["front_yard_house"][2:]
    grey, dry = surf(*size), surf(*size)
    house(grey)
    house(dry, dry=True)
    for y in range(h):
        for x in range(w):
            c = dry.get_at((ox + x, oy + y))
            if c != grey.get_at((ox + x, oy + y)):
                s.set_at((x, y), c)


# windows that glow at night: the attic, and the Jones flat's two front windows downstairs
# (the flat upstairs is empty, so its windows stay dark)
def _lit_windows() -> list[tuple[int, int, int, int]]:
    wx, wy, ww, wh = ATTIC_WINDOW
    lit = [(wx, wy, ww, wh)]
    for (x, y, w, h) in DOWN_WINDOWS:
        lit.append((x + 5, y + 5, w - 10, h - 12))
    return lit


def night(s: pygame.Surface) -> None:
    w, h = s.get_size()
    s.fill((10, 14, 40, 180))
    # the overcast sky beyond the house goes darker still, darkest overhead
    for y in range(HORIZON):
        a = int(222 - 30 * y / HORIZON)
        for x in range(WING_R, w):
            s.set_at((x, y), (6, 8, 28, a if bayer(x, y) < 0.5 else a - 8))
    for x, y, ww, wh in _lit_windows():
        soft_ellipse(s, WARM, x + ww / 2, y + wh / 2, ww * 0.9, wh * 0.8, 40, 4)
        for yy in range(y, y + wh):
            for xx in range(x, x + ww):
                # bars of the window stay dark; the glass glows
                a = 60 if bayer(xx, yy) < 0.5 else 80
                s.set_at((xx, yy), (255, 190, 110, a))
        # a warm pool of light on the sill
        shade_rect(s, (255, 190, 110, 40), x - 2, y + wh + 2, ww + 4, 5)
    # the basement door's porthole and the porch lamp are lit
    dx, dy, dw, _ = BASE_DOOR
    soft_ellipse(s, WARM, dx + dw / 2, dy + 11, 18, 16, 70, 4)
    for yy in range(dy + 6, dy + 17):
        for xx in range(dx + dw // 2 - 5, dx + dw // 2 + 6):
            if (xx - dx - dw // 2) ** 2 + (yy - dy - 11) ** 2 <= 25:
                s.set_at((xx, yy), (255, 200, 120, 90))
    lx, ly = FRONT_DOOR[0] + FRONT_DOOR[2] + 12, FRONT_DOOR[1] + 8
    soft_ellipse(s, WARM, lx, ly + 8, 46, 44, 90, 5)
    for yy in range(ly + 2, ly + 11):
        for xx in range(lx - 3, lx + 4):
            s.set_at((xx, yy), (255, 236, 170, 30))
    # the lamp's light spills down the steps
    soft_ellipse(s, WARM, STEPS_X[0], GROUND - 8, 60, 16, 50, 4)


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("front_yard_backdrop", backdrop),
        ("front_yard_house", house),
        ("front_yard_statue", statue),
        ("front_yard_hydrangea", hydrangea),
        ("front_yard_car", car),
        ("front_yard_fir", fir_tree),
        ("front_yard_sign", sign),
        ("front_yard_parcel", parcel),
        ("front_yard_grass_fg", grass_fg),
        ("front_yard_rain", rain),
        ("front_yard_night", night),
        ("front_yard_clear_sky", clear_sky),
        ("front_yard_puddles_clear", puddles_clear),
        ("front_yard_windows_dry", windows_dry),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
