"""The back garden of the Pink Palace Apartments: a rainy grey day at the edge of the woods.

Every picture is assets/props/garden_*.png, placed by layout.GARDEN (map pixels). The room is
960 x 320: the pink house on the left, a muddy path, garden beds, the sign; the old well among
the firs on the right. Deterministic (seeded noise only).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from . import furniture as fu
from . import layout as L
from .base import (
    make_prop, value_noise,
    ASSETS, REAL, Colour, bayer, blend_px, dither_pick, frame, hexc, hline, px, ramp, rect, rng,
    soft_ellipse, surf, vgrad, vline,
)
from .furniture import block

PROPS = ASSETS / "props"
INK = REAL["ink"]

SKY = ramp("#4e565c", "#5e676c", "#707a7e", "#858e90", "#9aa2a2", "#b0b6b4")
PINK = ramp("#5a3840", "#74474f", "#8f5a60", "#a87274", "#c08c8a", "#d4a8a2")
TRIM = ramp("#6e706a", "#8a8c84", "#a6a89e", "#c4c4b8")
MOSS = ramp("#1e2820", "#2a382c", "#384a38", "#4a5e44", "#5e7250", "#76885e")
MUD = ramp("#251e1a", "#342a24", "#463830", "#5a493c", "#6e5c4a")
FIR = ramp("#0e1616", "#152220", "#1d2e2a", "#273c34", "#344c40")
STONE = ramp("#3a3c3c", "#4e5250", "#646a66", "#7c827c", "#969c94")
WOOD = REAL["wood"]
GREYWOOD = ramp("#2e2c28", "#423e38", "#57524a", "#6d675c", "#857e70")
# the party day (epilogue): the first clear sky since the move, and the dry window glass
# that reflects it, dark room behind to the sky's blue
CLEAR_SKY = ramp("#5c8cc0", "#6c9cca", "#80acd2", "#96bcd8", "#aecadc", "#c6d8e0")
DRY_GLASS = ramp("#262c34", "#303c4a", "#3e5066", "#52709a", "#6c9cca", "#96bcd8")


def path_centre(x: float) -> float:
    """The muddy path: from the back steps, curving down and away to the well and the woods."""
    return 252 + 26 * math.sin((x - 140) / 260 * math.pi) * (1 if x > 140 else 0.3) + x * 0.02


PUDDLE = (492, 290, 32, 8)  # centre x, centre y, rx, ry (map pixels)
HORIZON = 206
HOUSE_WINDOWS = ((28, 48), (200, 48))  # the ground-floor flat's two windows in garden_house
WINDOW_W, WINDOW_H = 56, 76


def _glass_box(x: int, y: int) -> tuple[int, int, int, int]:
    """The glass inside a house window's frame (x, y = the frame's corner)."""
    return x + 5, y + 5, WINDOW_W - 10, WINDOW_H - 12


def _dry_box() -> tuple[int, int, int, int]:
    """Where garden_windows_dry sits in the garden: the glass of both windows (the house
    picture is at 0, 0, so its pixels are map pixels)."""
    boxes = [_glass_box(x, y) for x, y in HOUSE_WINDOWS]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    return x0, y0, x1 - x0, y1 - y0


# pictures of this module outside layout.GARDEN (which is drawn by layout.py)
DRY = {"garden_windows_dry": _dry_box()}


# =================================================================== backdrop
_FAR = value_noise("garden-far", 40)


def far_hill_top(x: int) -> int:
    """The first row of the far hills' ragged treeline in column x: the sky is above it."""
    top = 150 + int(_FAR(x, 0) * 26)
    if (x * 7 + int(_FAR(x, 9) * 40)) % 11 < 4:
        top -= 3 + (x % 5)
    return top


def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cloud = value_noise("garden-clouds", 48)
    cloud2 = value_noise("garden-clouds-2", 17)
    # ---- sky: low grey clouds, darker above, rolling bands
    for y in range(HORIZON):
        for x in range(w):
            n = cloud(x * 0.6, y * 1.6) * 0.7 + cloud2(x, y * 2) * 0.3
            t = 0.15 + 0.55 * (y / HORIZON) + (n - 0.5) * 0.55
            px(s, x, y, dither_pick(SKY, t, x, y))
    # ---- far hills with a ragged treeline, lost in the rain haze
    for x in range(w):
        top = far_hill_top(x)
        for y in range(top, HORIZON):
            t = 0.62 + 0.12 * (y - top) / 40
            c = dither_pick([hexc("#6a7472"), hexc("#5e6a66"), hexc("#53605a")], t, x, y)
            px(s, x, y, c)
    # near treeline band behind the garden (dark, fir tips)
    near = value_noise("garden-near", 24)
    for x in range(w):
        k = x % 14
        tip = abs(k - 7) * 2
        top = 176 + int(near(x, 0) * 14) + tip
        for y in range(top, HORIZON + 4):
            c = dither_pick([FIR[2], FIR[3], hexc("#45564e")], 0.9 - (y - top) / 40, x, y)
            px(s, x, y, c)
    # ---- ground: wet grass and moss, darker towards the viewer
    gnoise = value_noise("garden-grass", 12)
    mnoise = value_noise("garden-mud", 20)
    for y in range(HORIZON, h):
        for x in range(w):
            n = gnoise(x, y * 2)
            t = 0.75 - 0.35 * (y - HORIZON) / (h - HORIZON) + (n - 0.5) * 0.5
            c = dither_pick(MOSS[1:], t, x, y)
            # the muddy path
            cy = path_centre(x)
            half = 10 + (y - HORIZON) * 0.12 + mnoise(x, 7) * 8
            d = abs(y - cy) / half
            if d < 1.0 + (mnoise(x, y) - 0.5) * 0.6:
                tm = 0.55 + (mnoise(x * 2, y * 2) - 0.5) * 0.6 - 0.2 * d
                c = dither_pick(MUD, tm, x, y)
                if (x + 3 * y) % 29 == 0:
                    c = MUD[4]  # wet glints
            px(s, x, y, c)
    # a strip of the path bends up to the back steps
    for y in range(232, 262):
        for x in range(112, 178):
            t = (y - 232) / 30
            if abs(x - 145) < 22 + t * 10 - (mnoise(x, y) - 0.5) * 10:
                px(s, x, y, dither_pick(MUD, 0.5 + (mnoise(x * 3, y * 3) - 0.5) * 0.6, x, y))
    # ruts and footprints along the path
    r = rng("garden-ruts")
    for _ in range(60):
        x = r.randrange(180, w - 20)
        y = int(path_centre(x)) + r.randrange(-6, 7)
        rect(s, MUD[0], x, y, 3, 2)
        px(s, x + 1, y - 1, MUD[3])
    # grass blades and clumps sprinkled on the lawn
    for _ in range(900):
        x = r.randrange(w)
        y = r.randrange(HORIZON + 2, h)
        cy = path_centre(x)
        if abs(y - cy) < 18:
            continue
        ln = 2 + (y - HORIZON) // 30
        shade = MOSS[4] if r.random() < 0.5 else MOSS[5]
        for k in range(ln):
            px(s, x + (k // 3) * (1 if x % 2 else -1), y - k, shade)
        px(s, x, y + 1, MOSS[0])
    # ---- the puddle: sky reflected, rings from the rain
    cx, cy, rx, ry = PUDDLE
    for y in range(cy - ry - 1, cy + ry + 2):
        for x in range(cx - rx - 1, cx + rx + 2):
            d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
            if d < 1.0:
                t = 0.35 + 0.45 * (y - (cy - ry)) / (2 * ry)
                px(s, x, y, dither_pick(SKY[1:], 1 - t, x, y))
            elif d < 1.35:
                px(s, x, y, MUD[0] if y > cy else MUD[1])
    for rcx, rcy, rr in ((cx - 14, cy - 2, 4), (cx + 9, cy + 2, 5), (cx + 20, cy - 3, 3)):
        pygame.draw.ellipse(s, SKY[5], pygame.Rect(rcx - rr, rcy - rr // 2, rr * 2, rr), 1)
    hline(s, SKY[5], cx - 20, cx - 8, cy - ry + 2)
    # a little wash of mud at the far end of the garden bed line
    rect(s, MUD[1], 0, HORIZON, w, 1)


# =================================================================== house
def house(s: pygame.Surface) -> None:
    w, h = s.get_size()
    wall_r = 292  # the corner board
    base_y = 214  # top of the foundation
    streak = value_noise("house-streak", 9)
    # clapboard siding: 8 px boards, each lit at the top, a shadow line under the lap
    for y in range(0, base_y):
        board = y // 8
        k = y % 8
        for x in range(wall_r):
            t = 0.62 - k * 0.035 + (streak(x * 0.3, y) - 0.5) * 0.25
            # rain streaks down from the eaves: darker and greener lower down
            t -= 0.18 * max(0.0, streak(x, 3) - 0.55) * 4 * (y / base_y)
            c = dither_pick(PINK, t, x, y)
            if k == 7:
                c = PINK[0]
            elif k == 0:
                c = PINK[4] if (x + board * 13) % 37 else PINK[3]
            px(s, x, y, c)
        if board % 3 == 1 and k == 3:
            for x in range((board * 41) % 60, wall_r, 97):
                vline(s, PINK[1], x, y - 3, y + 3)  # board joints
    # mossy, damp bottom of the wall
    for x in range(wall_r):
        top = base_y - 6 - int(streak(x, 50) * 10)
        for y in range(top, base_y):
            if bayer(x, y) < (y - top) / (base_y - top):
                px(s, x, y, MOSS[2] if (x + y) % 3 else MOSS[3])
    # corner board and downpipe
    block(s, wall_r, 0, 12, base_y, TRIM, INK, light=1)
    rect(s, INK, 270, 0, 8, base_y + 6)
    rect(s, REAL["metal"][1], 271, 0, 6, base_y + 6)
    vline(s, REAL["metal"][3], 272, 0, base_y + 4)
    for yy in range(20, base_y, 48):
        rect(s, INK, 268, yy, 12, 3)
    rect(s, INK, 264, base_y + 4, 18, 5)
    rect(s, REAL["metal"][2], 265, base_y + 5, 16, 3)
    # foundation stones
    for y in range(base_y, h - 16):
        row = (y - base_y) // 7
        for x in range(w):
            if x > wall_r + 11:
                break
            edge = (y - base_y) % 7 == 6 or (x + row * 11) % 23 == 0
            c = STONE[0] if edge else dither_pick(STONE[1:], 0.4 + 0.3 * bayer(x // 3, y), x, y)
            px(s, x, y, c)
    hline(s, INK, 0, wall_r + 11, base_y)
    # two windows (the ground-floor flat), dark glass with rain
    for wx, wy in HOUSE_WINDOWS:
        _house_window(s, wx, wy)
    # the back door with its little porch roof
    dx, dy, dw, dh = L.GARDEN_DOOR
    door = surf(dw, dh)
    fu.doorway(door, "real", inside="closed")
    # a pane of glass in the door, as seen from the kitchen side
    gx, gy, gw, gh = 16, 16, dw - 32, 26
    rect(door, INK, gx - 1, gy - 1, gw + 2, gh + 2)
    vgrad(door, [(30, 30, 28), (48, 46, 40), (70, 62, 50)], gx, gy, gw, gh, 0.1, 0.9)
    rect(door, (150, 120, 70), gx + 3, gy + gh - 8, 4, 6)  # a warm kitchen light inside
    vline(door, WOOD[2], gx + gw // 2, gy, gy + gh - 1)
    s.blit(door, (dx, dy))
    # porch roof: a slanted shingled canopy on two brackets
    ry = dy - 16
    for yy in range(12):
        x0, x1 = dx - 12 - yy // 2, dx + dw + 12 + yy // 2
        for xx in range(x0, x1):
            c = STONE[1] if (yy // 3) % 2 == 0 else STONE[2]
            if (xx + (yy // 3) * 4) % 8 == 0:
                c = STONE[0]
            px(s, xx, ry + yy, c)
    hline(s, INK, dx - 18, dx + dw + 17, ry + 12)
    hline(s, INK, dx - 12, dx + dw + 11, ry - 1)
    hline(s, STONE[4], dx - 12, dx + dw + 11, ry)
    for bx in (dx - 4, dx + dw + 1):
        rect(s, INK, bx, ry + 12, 4, 10)
        rect(s, TRIM[2], bx + 1, ry + 13, 2, 8)
    # wooden steps down to the garden
    steps = [(dx - 8, dy + dh, dw + 16, 8), (dx - 14, dy + dh + 8, dw + 28, 8),
             (dx - 20, dy + dh + 16, dw + 40, 8)]
    for i, (sx, sy, sw, sh) in enumerate(steps):
        block(s, sx, sy, sw, sh, GREYWOOD, INK, grain=f"garden-step-{i}", light=3)
        hline(s, GREYWOOD[4], sx + 2, sx + sw - 3, sy + 1)
    # moss on the steps' ends, a boot scraper, a flowerpot
    for sx, sy, sw, sh in steps:
        rect(s, MOSS[3], sx + 1, sy + sh - 3, 3, 2)
        rect(s, MOSS[2], sx + sw - 4, sy + sh - 3, 3, 2)
    px_, py_ = dx + dw + 26, dy + dh + 6
    pygame.draw.polygon(s, INK, [(px_ - 7, py_), (px_ + 7, py_), (px_ + 5, py_ + 12),
                                 (px_ - 5, py_ + 12)])
    pygame.draw.polygon(s, (124, 72, 52), [(px_ - 6, py_ + 1), (px_ + 6, py_ + 1),
                                          (px_ + 4, py_ + 11), (px_ - 4, py_ + 11)])
    hline(s, (150, 92, 66), px_ - 5, px_ + 5, py_ + 2)
    for k in range(5):  # a dead geranium
        vline(s, (86, 70, 50), px_ - 4 + k * 2, py_ - 5 + (k % 2) * 2, py_)
    # a weed line where the wall meets the ground
    r = rng("house-weeds")
    for _ in range(140):
        x = r.randrange(0, wall_r + 10)
        if dx - 22 < x < dx + dw + 22:
            continue
        ln = r.randrange(2, 8)
        c = MOSS[r.randrange(2, 6)]
        for k in range(ln):
            px(s, x + (k // 3), h - 17 - k, c)


def _house_window(s: pygame.Surface, x: int, y: int) -> None:
    block(s, x, y, WINDOW_W, WINDOW_H, TRIM, INK, light=2)
    _window_glass(s, x, y, dry=False)
    # sill
    block(s, x - 4, y + WINDOW_H - 4, WINDOW_W + 8, 7, TRIM, INK, light=3)


def _window_glass(s: pygame.Surface, x: int, y: int, dry: bool) -> None:
    """What is inside a window's frame: the glass (rain-spotted and dark, or ``dry`` and
    full of the clear sky), the net curtains behind it and the glazing bars."""
    gx, gy, gw, gh = _glass_box(x, y)
    if dry:
        dry_panes(s, gx, gy, gw, gh)
    else:
        vgrad(s, [(28, 30, 34), (44, 48, 52), (66, 72, 74)], gx, gy, gw, gh, 0.0, 1.0)
        r = rng(f"house-window-{x}")
        for _ in range(26):
            xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
            px(s, xx, yy, REAL["rain"][3])
            px(s, xx, yy + 1, REAL["rain"][2])
    # net curtains, half drawn
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + 12):
            if (xx + yy // 2) % 3 and bayer(xx, yy) < 0.7:
                px(s, xx, yy, (150, 150, 140))
    rect(s, TRIM[3], gx, gy + gh // 2 - 1, gw, 3)
    hline(s, INK, gx, gx + gw - 1, gy + gh // 2 + 2)
    vline(s, TRIM[3], gx + gw // 2, gy, gy + gh - 1)


def dry_panes(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """Dry glass on the party day: each sash mirrors the clear sky, bluest at its top and
    sinking into the dark room lower down (the lower sash, nearer the ground, darker), a
    fleck of fair-weather cloud, and the sun (high on the left) glancing off the upper
    panes in two slanting streaks."""
    half = gh // 2
    vgrad(s, DRY_GLASS, gx, gy, gw, half, 0.95, 0.3)
    vgrad(s, DRY_GLASS, gx, gy + half, gw, gh - half, 0.7, 0.05)
    # a reflected cloud drifting across the top right pane
    cx, cy = gx + gw - 12, gy + 6
    hline(s, CLEAR_SKY[5], cx - 3, cx + 4, cy)
    hline(s, CLEAR_SKY[4], cx - 5, cx + 6, cy + 1)
    hline(s, CLEAR_SKY[3], cx - 4, cx + 3, cy + 2)
    # the glint: two streaks slanting up to the right across each upper pane
    for x0, x1 in ((gx, gx + gw // 2 - 1), (gx + gw // 2 + 1, gx + gw - 1)):
        for k in range(half - 2):
            for j, c in ((0, CLEAR_SKY[5]), (1, CLEAR_SKY[5]), (4, CLEAR_SKY[4])):
                xx, yy = x0 + 6 + j + k // 2, gy + half - 3 - k
                if xx <= x1:
                    px(s, xx, yy, c)


def windows_dry(s: pygame.Surface) -> None:
    """The party day's window glass, laid over garden_house's rain-spotted panes (drawn in
    map pixels and cut out, so the curtains and bars meet the house's exactly)."""
    ox, oy, w, h = DRY["garden_windows_dry"]
    whole = surf(ox + w, oy + h)
    for wx, wy in HOUSE_WINDOWS:
        _window_glass(whole, wx, wy, dry=True)
    s.blit(whole, (0, 0), pygame.Rect(ox, oy, w, h))


# =================================================================== sign
LETTERS = {
    "P": ["##.", "#.#", "##.", "#..", "#.."],
    "I": ["###", ".#.", ".#.", ".#.", "###"],
    "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "K": ["#.#", "##.", "#..", "##.", "#.#"],
    "A": [".#.", "#.#", "###", "#.#", "#.#"],
    "L": ["#..", "#..", "#..", "#..", "###"],
    "C": [".##", "#..", "#..", "#..", ".##"],
    "E": ["###", "#..", "##.", "#..", "###"],
    "R": ["##.", "#.#", "##.", "#.#", "#.#"],
    "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
    "S": [".##", "#..", ".#.", "..#", "##."],
    " ": ["..", "..", "..", "..", ".."],
}


def text_width(text: str) -> int:
    return sum(len(LETTERS[ch][0]) + 1 for ch in text) - 1


def pixel_text(s: pygame.Surface, text: str, x: int, y: int, c: Colour, shadow: Colour) -> None:
    for ch in text:
        rows = LETTERS[ch]
        for yy, row in enumerate(rows):
            for xx, on in enumerate(row):
                if on == "#":
                    px(s, x + xx + 1, y + yy + 1, shadow)
        for yy, row in enumerate(rows):
            for xx, on in enumerate(row):
                if on == "#" and ((x + xx) * 7 + (y + yy) * 3) % 23:  # a few flakes gone
                    px(s, x + xx, y + yy, c)
        x += len(rows[0]) + 1


def sign(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cx = w // 2
    fu.floor_shadow(s, cx, h - 3, 12, 3)
    # the post, leaning a little, green with moss at the foot
    block(s, cx - 4, 26, 8, h - 29, GREYWOOD, INK, grain="sign-post", light=2)
    for y in range(h - 20, h - 4):
        for x in range(cx - 3, cx + 4):
            if bayer(x, y) < (y - (h - 20)) / 16:
                px(s, x, y, MOSS[3])
    # the board: two weathered planks, nailed on
    bx, by, bw, bh = 2, 6, w - 4, 30
    block(s, bx, by, bw, bh, GREYWOOD, INK, grain="sign-board", light=3)
    hline(s, GREYWOOD[1], bx + 1, bx + bw - 2, by + bh // 2)
    for nx, ny in ((bx + 3, by + 3), (bx + bw - 5, by + 3), (bx + 3, by + bh - 5),
                   (bx + bw - 5, by + bh - 5)):
        rect(s, REAL["metal"][1], nx, ny, 2, 2)
        px(s, nx, ny + 2, (96, 64, 44))  # a rust run
        px(s, nx, ny + 3, (80, 56, 40))
    paint, shade = hexc("#d8a8a8"), hexc("#3a2a2a")
    for line, ty in (("PINK PALACE", by + 5), ("APARTMENTS", by + 18)):
        pixel_text(s, line, bx + (bw - text_width(line)) // 2, ty, paint, shade)
    # a chipped corner and a drip of moss along the top
    rect(s, (0, 0, 0, 0), bx + bw - 4, by + bh - 3, 4, 3)
    px(s, bx + bw - 5, by + bh - 2, INK)
    for x in range(bx + 4, bx + bw - 4, 5):
        px(s, x, by - 1 + (x % 2), MOSS[4])
        px(s, x + 1, by, MOSS[3])


# =================================================================== garden beds
def beds(s: pygame.Surface) -> None:
    w, h = s.get_size()
    r = rng("garden-beds")
    for i, (x0, bw) in enumerate(((4, 96), (112, 100))):
        top, front = 18, h - 16
        # soil
        for y in range(top, front):
            for x in range(x0 + 2, x0 + bw - 2):
                px(s, x, y, dither_pick(MUD, 0.2 + 0.5 * bayer(x * 3 % 7, y), x, y))
        # plank edges: back, sides, front face
        block(s, x0, top - 4, bw, 5, GREYWOOD, INK, light=2)
        block(s, x0, top - 4, 5, front - top + 4, GREYWOOD, INK, light=2)
        block(s, x0 + bw - 5, top - 4, 5, front - top + 4, GREYWOOD, INK, light=2)
        block(s, x0, front, bw, 14, GREYWOOD, INK, grain=f"bed-front-{i}", light=3)
        hline(s, GREYWOOD[1], x0 + 1, x0 + bw - 2, front + 7)
        for x in range(x0 + 2, x0 + bw - 2, 3):
            if r.random() < 0.5:
                px(s, x, front + 12, MOSS[3])
        # rows of tired cabbages and weeds
        for k in range(7):
            cx = x0 + 12 + k * (bw - 22) // 6
            cy = top + 8 + (k % 2) * 8
            if r.random() < 0.6:
                pygame.draw.ellipse(s, INK, pygame.Rect(cx - 6, cy - 4, 12, 9))
                pygame.draw.ellipse(s, MOSS[3], pygame.Rect(cx - 5, cy - 3, 10, 7))
                pygame.draw.ellipse(s, MOSS[5], pygame.Rect(cx - 3, cy - 3, 5, 4))
                px(s, cx + 2, cy + 1, (96, 104, 70))
            else:
                for b in range(6):
                    bx = cx - 4 + b * 2
                    ln = r.randrange(5, 14)
                    for j in range(ln):
                        px(s, bx + (j // 4) * (1 if b % 2 else -1), cy + 3 - j,
                           MOSS[2 + (j * 3 // ln)])
        # overgrowth spilling over the planks, dead stalks standing up
        for _ in range(40):
            x = x0 + r.randrange(bw)
            y = top - 3 + r.randrange(4)
            ln = r.randrange(4, 16)
            lean = r.choice((-1, 1))
            c = MOSS[r.randrange(2, 6)] if r.random() < 0.75 else (110, 96, 66)
            for j in range(ln):
                px(s, x + lean * (j // 5), y - j, c)
        for _ in range(3):
            x = x0 + 10 + r.randrange(bw - 20)
            vline(s, (92, 78, 56), x, 0, top + 6)
            px(s, x - 1, 1, (120, 100, 62))
            px(s, x + 1, 1, (120, 100, 62))
            px(s, x, 0, (60, 50, 40))
    # a bean pole wigwam, leaning, in the second bed
    for tx in (150, 162, 174):
        pygame.draw.line(s, INK, (tx, h - 20), (162, 0), 2)
        pygame.draw.line(s, (104, 86, 60), (tx, h - 21), (162, 1), 1)
    # a forgotten trowel stuck in the soil
    vline(s, REAL["metal"][3], 60, h - 30, h - 24)
    rect(s, WOOD[3], 59, h - 38, 3, 8)
    frame(s, INK, 58, h - 39, 5, 10)


# =================================================================== woods and well
def fir(s: pygame.Surface, cx: int, top: int, bottom: int, half: int, depth: float,
        seed: str) -> None:
    """A dark fir: tiers of drooping branches, lit a little on the left; depth 0 near, 1 far."""
    r = rng(seed)
    haze = hexc("#4c5a56")
    shades = [tuple(int(a + (b - a) * depth * 0.7) for a, b in zip(c, haze)) for c in FIR]
    hgt = bottom - top
    # trunk
    rect(s, shades[0], cx - 2, bottom - 14, 5, 14)
    tiers = max(4, hgt // 14)
    for i in range(tiers):
        ty = top + i * hgt // tiers
        tb = ty + hgt // tiers + 8
        wt = 3 + half * (i + 1) / tiers
        for y in range(ty, min(tb, bottom - 6)):
            f = (y - ty) / max(1, tb - ty)
            span = wt * (0.35 + 0.65 * f)
            for x in range(int(cx - span), int(cx + span) + 1):
                dx = (x - cx) / max(1.0, span)
                # ragged, drooping lower edge
                if f > 0.85 and (x * 7 + i * 3) % 5 < 2:
                    continue
                t = 0.45 - dx * 0.35 + (0.15 if f < 0.3 else 0) - 0.2 * f
                px(s, x, y, dither_pick(shades, t, x, y))
        # wet needle glints on the lit side
        for _ in range(int(wt)):
            gx = int(cx - wt * r.random() * 0.8)
            gy = ty + r.randrange(max(1, tb - ty))
            if s.get_at((gx, gy)).a if 0 <= gx < s.get_width() and 0 <= gy < s.get_height() else 0:
                px(s, gx, gy, shades[4])
    px(s, cx, top - 1, shades[2])
    px(s, cx, top - 2, shades[2])


def woods(s: pygame.Surface) -> None:
    w, h = s.get_size()
    # far row, hazy; then the near, dark ones
    for i, (cx, top, half) in enumerate(((40, 40, 30), (120, 20, 34), (210, 34, 30),
                                          (300, 10, 40), (370, 30, 30))):
        fir(s, cx, top, h - 38, half, 0.9, f"far-fir-{i}")
    for i, (cx, top, half) in enumerate(((12, 70, 26), (86, 56, 34), (176, 74, 30),
                                          (252, 36, 40), (340, 4, 44))):
        fir(s, cx, top, h - 22, half, 0.35 if i < 3 else 0.05, f"near-fir-{i}")
    # tall wet grass and bracken at the edge of the woods
    r = rng("woods-grass")
    for _ in range(520):
        x = r.randrange(w)
        base = h - 1 - r.randrange(10)
        ln = r.randrange(8, 26)
        lean = r.choice((-1, 1)) * r.random() * 0.35
        c = MOSS[r.randrange(1, 6)]
        for j in range(ln):
            px(s, int(x + lean * j), base - j, c)
        if r.random() < 0.15:
            px(s, int(x + lean * ln), base - ln, REAL["rain"][4])  # a raindrop on the tip


def well(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cx = w // 2
    fu.floor_shadow(s, cx, h - 6, w / 2 - 2, 7, 140)
    wall_top, wall_bot, rx = 70, h - 8, 48
    # the round stone wall: rows of rough stones, shaded round the curve
    r = rng("well-stones")
    offs = [r.randrange(14) for _ in range(12)]
    for y in range(wall_top, wall_bot):
        row = (y - wall_top) // 8
        for x in range(cx - rx, cx + rx + 1):
            u = (x - cx) / rx  # -1..1 round the drum
            ang = math.asin(max(-1.0, min(1.0, u)))
            arc = int((ang + math.pi / 2) * 22) + offs[row % 12]
            mortar = (y - wall_top) % 8 == 7 or arc % 14 == 0
            t = 0.72 - 0.55 * (u + 1) / 2 + (0.1 if (arc // 14 + row) % 3 == 0 else 0)
            c = STONE[0] if mortar else dither_pick(STONE, t, x, y)
            px(s, x, y + int(6 * (1 - math.sqrt(max(0.0, 1 - u * u)))) * -1 + 6, c)
    # the bottom edge of the drum, curved
    for x in range(cx - rx, cx + rx + 1):
        u = (x - cx) / rx
        yb = wall_bot + int(6 * math.sqrt(max(0.0, 1 - u * u)))
        for y in range(wall_bot, yb + 1):
            px(s, x, y, STONE[0])
        px(s, x, yb + 1, INK)
    vline(s, INK, cx - rx - 1, wall_top, wall_bot + 1)
    vline(s, INK, cx + rx + 1, wall_top, wall_bot + 1)
    # moss and ivy creeping up from the ground, streaks of damp
    mn = value_noise("well-moss", 7)
    for y in range(wall_top, wall_bot + 6):
        for x in range(cx - rx, cx + rx + 1):
            if s.get_at((x, y)).a == 0:
                continue
            tm = (y - wall_top) / (wall_bot - wall_top)
            if mn(x, y) * 0.9 + tm * 0.5 > 0.95:
                px(s, x, y, dither_pick(MOSS[2:], mn(x * 2, y * 2), x, y))
    # the stone rim (coping) and the heavy wooden lid on top
    ry = 12
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - rx - 4, wall_top - ry - 2, 2 * rx + 9, 2 * ry + 6))
    pygame.draw.ellipse(s, STONE[3], pygame.Rect(cx - rx - 3, wall_top - ry - 1, 2 * rx + 7,
                                                 2 * ry + 4))
    pygame.draw.ellipse(s, STONE[2], pygame.Rect(cx - rx - 3, wall_top - ry + 3, 2 * rx + 7,
                                                 2 * ry))
    lid = pygame.Rect(cx - rx + 2, wall_top - ry - 3, 2 * rx - 3, 2 * ry - 2)
    lid_s = surf(w, h)
    pygame.draw.ellipse(lid_s, INK, lid.inflate(2, 2))
    pygame.draw.ellipse(lid_s, WOOD[3], lid)
    for i, x in enumerate(range(lid.left, lid.right, 9)):  # planks
        for y in range(lid.top, lid.bottom):
            if lid_s.get_at((x, y)).a:
                lid_s.set_at((x, y), WOOD[1])
                if x + 1 < w and lid_s.get_at((x + 1, y)).a:
                    lid_s.set_at((x + 1, y), WOOD[4] if i % 2 else WOOD[3])
    for y in range(lid.top, lid.bottom):
        for x in range(lid.left, lid.right):
            c = lid_s.get_at((x, y))
            if c.a and tuple(c)[:3] == WOOD[3] and y > lid.centery + 3:
                lid_s.set_at((x, y), WOOD[2])
    # two iron straps across the lid, and a ring handle
    for sx in (cx - 22, cx + 18):
        for y in range(lid.top, lid.bottom):
            for x in (sx, sx + 1, sx + 2):
                if lid_s.get_at((x, y)).a and tuple(lid_s.get_at((x, y)))[:3] != INK:
                    lid_s.set_at((x, y), REAL["metal"][1] if x < sx + 2 else REAL["metal"][0])
            if lid_s.get_at((sx, y)).a:
                px(lid_s, sx + 1, y, (110, 70, 46) if y % 5 == 0 else REAL["metal"][2])
    pygame.draw.ellipse(lid_s, INK, pygame.Rect(cx - 5, lid.centery - 4, 10, 7), 2)
    pygame.draw.ellipse(lid_s, REAL["metal"][3], pygame.Rect(cx - 4, lid.centery - 3, 8, 5), 1)
    s.blit(lid_s, (0, 0))
    # the wooden posts and cross-beam of the old winch
    for pxs in (cx - rx - 2, cx + rx - 6):
        block(s, pxs, 10, 9, wall_top - 6, GREYWOOD, INK, grain=f"well-post-{pxs}", light=2)
        rect(s, MOSS[3], pxs + 1, wall_top - 10, 7, 3)
    block(s, cx - rx - 6, 6, 2 * rx + 12, 8, GREYWOOD, INK, grain="well-beam", light=3)
    # rope wound on the axle, a hanging rope end and the crank handle
    rect(s, INK, cx - 16, 14, 32, 7)
    for xx in range(cx - 15, cx + 15):
        px(s, xx, 15 + (xx % 3 == 0), (150, 128, 90))
        for yy in range(16, 20):
            px(s, xx, yy, (128, 108, 74) if (xx + yy) % 3 else (96, 80, 56))
    vline(s, (110, 94, 66), cx + 6, 21, wall_top - ry - 6)
    rect(s, INK, cx + rx + 2, 14, 8, 3)
    rect(s, INK, cx + rx + 8, 14, 3, 12)
    rect(s, REAL["metal"][2], cx + rx + 9, 15, 1, 10)
    # rain drips off the lid edge
    for x in range(cx - rx + 6, cx + rx - 4, 11):
        px(s, x, wall_top + ry - 1, REAL["rain"][4])
        px(s, x, wall_top + ry + 2, REAL["rain"][3])


# =================================================================== foreground and weather
def grass_fg(s: pygame.Surface) -> None:
    w, h = s.get_size()
    r = rng("garden-fg-grass")
    for _ in range(420):
        x = r.randrange(w)
        # thicker to the right, thinning out leftwards
        if r.random() > 0.25 + 0.75 * x / w:
            continue
        ln = r.randrange(6, h - 2)
        lean = r.choice((-1, 1)) * r.random() * 0.4
        c = MOSS[r.randrange(0, 3)]
        for j in range(ln):
            px(s, int(x + lean * j), h - 1 - j, c)
            px(s, int(x + lean * j) + 1, h - 1 - j, MOSS[0])


def rain(s: pygame.Surface) -> None:
    w, h = s.get_size()
    r = rng("garden-rain")
    for _ in range(700):
        x, y = r.randrange(w + 40), r.randrange(h)
        ln = r.randrange(4, 9)
        a = r.randrange(50, 110)
        for j in range(ln):
            blend_px(s, x - j // 3, y + j, (*REAL["rain"][4], a))
    # splashes on the ground
    for _ in range(160):
        x, y = r.randrange(w), r.randrange(214, h)
        blend_px(s, x - 1, y, (*REAL["rain"][4], 90))
        blend_px(s, x + 1, y, (*REAL["rain"][4], 90))
        blend_px(s, x, y - 1, (*REAL["rain"][3], 70))


def night(s: pygame.Surface) -> None:
    w, h = s.get_size()
    s.fill((10, 14, 40, 180))
    # the kitchen window glows through the back door's pane
    dx, dy, dw, _ = L.GARDEN_DOOR
    soft_ellipse(s, (255, 200, 120), dx + dw / 2, dy + 30, 30, 24, 40, 4)
    for yy in range(dy + 16, dy + 42):
        for xx in range(dx + 16, dx + dw - 16):
            s.set_at((xx, yy), (10, 14, 40, 40))


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("garden_backdrop", backdrop),
        ("garden_house", house),
        ("garden_beds", beds),
        ("garden_sign", sign),
        ("garden_woods", woods),
        ("garden_well", well),
        ("garden_grass_fg", grass_fg),
        ("garden_rain", rain),
        ("garden_night", night),
    ]
    for name, draw in jobs:
        make_prop(L.GARDEN, name, draw)
    make_prop(DRY, "garden_windows_dry", windows_dry)
