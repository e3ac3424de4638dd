"""Miss Spink and Miss Forcible's basement flat: a low, warm, cluttered room under the house.

A beamed ceiling, rose-and-mustard paper, a high window at ground level (wet grass and the
legs of passers-by), framed posters of their stage days, stuffed Scotties in costumes on a
shelf, a tea table, two armchairs with lace antimacassars, fringed lamps, a gramophone, a
costume trunk and a dog basket. One painted backdrop and props on top; overlays for the
lamplight, the rain outside the window (rainy phases) and the night.

Every picture is assets/props/<name>.png placed at LAYOUT[name] (map pixels).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from ..base import (
    make_prop,
    ASSETS, REAL, ROOM_W, Colour, bayer, blend_px, dither_pick, frame, hline, lerp, px, ramp,
    rect, rng, save, soft_ellipse, vgrad, vline,
)
from ..furniture import block, floor_shadow
from ..patterns import boards_real
from ..props import light_overlay, night_overlay

PROPS = ASSETS / "props"
INK = REAL["ink"]
WOOD = REAL["wood"]
ROSE = REAL["rose"]
PAPER_BG = ramp("#5c4a3e", "#6e5a48", "#826a52", "#96805e")  # warm mustard-brown ground
VELVET = ramp("#3e2430", "#56303e", "#70404e", "#8a5460", "#a46a72")  # plum armchairs
TARTAN = ramp("#3a1c1c", "#6a2a26", "#8a3a30", "#2c3a2c", "#4a5a3a")
LACE = ramp("#a8a08c", "#c8c0aa", "#e2dccb")
GILT = ramp("#5e4826", "#7e6232", "#a08044", "#c4a45c", "#e0c888")
SCOTTIE = ramp("#141216", "#22202a", "#34303a", "#4a4450")
BRASS = ramp("#5a4420", "#7e6030", "#a88440", "#d0aa58", "#f0d08c")

CEILING = 30  # the low beamed ceiling ends here
WALL_BOTTOM = 208

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "sf_backdrop": (0, 0, 640, 320),
    "sf_door": (20, 110, 62, 98),
    "sf_window": (150, 34, 112, 54),
    "sf_window_rain": (150, 34, 112, 54),
    "sf_gramophone": (88, 128, 54, 90),
    "sf_armchair_left": (146, 160, 64, 74),
    "sf_lamp": (214, 98, 28, 136),
    "sf_posters": (262, 42, 160, 80),
    "sf_table": (280, 180, 100, 64),
    "sf_teacup": (324, 206, 12, 12),
    "sf_armchair_right": (430, 160, 64, 74),
    "sf_scotties": (430, 62, 132, 44),
    "sf_side_table": (498, 140, 40, 94),
    "sf_trunk": (546, 160, 86, 68),
    "sf_basket": (552, 244, 66, 32),
    "sf_light": (0, 0, 640, 320),
    "sf_night": (0, 0, 640, 320),
}


# =================================================================== backdrop
def paper(x: int, y: int) -> Colour:
    """Faded wallpaper: mustard ground, dusty rose stripes with little sprigs between."""
    k = x % 28
    if k in (0, 1, 12, 13):
        c = ROSE[1]
    elif k in (2, 11):
        c = ROSE[0]
    else:
        c = PAPER_BG[2]
        sy = (y + (14 if (x // 28) % 2 else 0)) % 28
        if 5 <= k <= 8 and sy in (6, 7, 8):  # a sprig of three dots and a stalk
            c = ROSE[2] if (k + sy) % 2 == 0 else PAPER_BG[1]
        elif k == 6 and 9 <= sy <= 11:
            c = REAL["fabric"][1]
        elif k in (16, 24) and bayer(x, y) < 0.25:
            c = PAPER_BG[1]
    if bayer(x, y) < 0.05:
        c = PAPER_BG[1]
    return c


def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    # the low ceiling: dark boards between heavy beams, a pipe running along
    for y in range(CEILING):
        for x in range(w):
            c = dither_pick(WOOD[:3], 0.2 + 0.5 * y / CEILING, x, y)
            if x % 80 < 12:  # a beam end-on
                c = WOOD[3] if x % 80 < 2 else WOOD[2] if y < CEILING - 3 else WOOD[1]
            px(s, x, y, c)
    hline(s, INK, 0, w - 1, CEILING - 1)
    for x in range(w):
        px(s, x, 10, REAL["metal"][1])
        px(s, x, 11, REAL["metal"][2])
        px(s, x, 12, REAL["metal"][0])
    for x in range(40, w, 120):
        rect(s, INK, x, 9, 3, 5)
    # the papered wall
    for y in range(CEILING, WALL_BOTTOM - 14):
        for x in range(w):
            c = paper(x, y)
            if y < CEILING + 14 and bayer(x, y) < (CEILING + 14 - y) / 20:
                c = PAPER_BG[0]
            px(s, x, y, c)
    # a picture rail
    hline(s, WOOD[4], 0, w - 1, 100)
    hline(s, WOOD[2], 0, w - 1, 101)
    hline(s, WOOD[1], 0, w - 1, 102)
    # dado: dark varnished panelling
    for y in range(WALL_BOTTOM - 14, WALL_BOTTOM):
        for x in range(w):
            yy = y - (WALL_BOTTOM - 14)
            c = WOOD[2] if yy > 2 else WOOD[4] if yy == 1 else WOOD[3]
            if yy == 0:
                c = INK
            if yy == 13:
                c = WOOD[0]
            px(s, x, y, c)
    # floor: boards, and a big worn carpet
    for y in range(WALL_BOTTOM, h):
        for x in range(w):
            px(s, x, y, boards_real(x, y, (x // 48) % 4))
    carpet(s)


def carpet(s: pygame.Surface) -> None:
    cols = [(58, 34, 36), (86, 44, 42), (118, 60, 50), (150, 96, 64), (74, 80, 84)]
    top, bot = 236, 306
    for y in range(top, bot):
        t = (y - top) / (bot - top - 1)
        half = 200 + 26 * t
        cx = 330
        for x in range(int(cx - half), int(cx + half)):
            u = (x - cx) / half
            v = (y - top) / (bot - top) * 2 - 1
            edge = min(x - (cx - half), cx + half - 1 - x, (y - top) * 3, (bot - 1 - y) * 3)
            if edge < 1:
                c = INK
            elif edge < 4:
                c = cols[3]
            elif edge < 7:
                c = cols[4] if (x + y) % 4 else cols[0]
            else:
                d = abs(u) * 1.6 + abs(v)
                band = int(d * 4 + bayer(x, y) * 0.6)
                c = cols[[1, 2, 0, 2, 1, 0][band % 6]]
                # a medallion in the middle
                if d < 0.35:
                    c = cols[3] if (x // 2 + y) % 3 else cols[2]
            # worn bald where the feet go
            if 250 < y < 290 and abs(x - 330) < 120 and bayer(x, y) < 0.18:
                c = lerp(c, (150, 130, 110), 0.4)  # type: ignore[assignment]
            px(s, x, y, c)
    # fringe at the front
    for x in range(104, 556, 2):
        px(s, x, bot, (170, 150, 120))
        px(s, x, bot + 1, (120, 100, 80))


# =================================================================== door, window
def door(s: pygame.Surface) -> None:
    fu.doorway(s, "real", inside="closed")
    w, h = s.get_size()
    # a little net curtain on a glazed top panel, and a brass knocker shaped like a mask
    gx, gy, gw, gh = 15, 16, w - 30, 24
    rect(s, INK, gx - 1, gy - 1, gw + 2, gh + 2)
    vgrad(s, [(70, 80, 84), (96, 104, 104), (120, 126, 120)], gx, gy, gw, gh, 0.0, 0.8)
    for x in range(gx, gx + gw):
        for y in range(gy, gy + gh):
            if (x + 2 * y) % 4 == 0 and y > gy + 3:
                px(s, x, y, LACE[1])
            elif (x + 2 * y) % 4 == 2 and y > gy + 3:
                px(s, x, y, LACE[0])
    hline(s, BRASS[2], gx, gx + gw - 1, gy + 3)
    pygame.draw.circle(s, INK, (w // 2, 56), 4)
    pygame.draw.circle(s, BRASS[3], (w // 2, 56), 3)
    px(s, w // 2 - 1, 55, INK)
    px(s, w // 2 + 1, 55, INK)
    hline(s, INK, w // 2 - 1, w // 2 + 1, 58)


def window(s: pygame.Surface) -> None:
    """A high window at ground level: wet grass, the foot of the fence, and passing legs."""
    w, h = s.get_size()
    block(s, 0, 0, w, h - 6, REAL["plaster"], INK, light=2)
    gx, gy, gw, gh = 5, 5, w - 10, h - 16
    vgrad(s, [(78, 88, 92), (98, 106, 108), (122, 128, 126)], gx, gy, gw, gh, 0.1, 0.8)
    # the front path, a stripe of grass and the railings of the front yard
    ground = gy + gh - 12
    for x in range(gx, gx + gw):
        for y in range(ground, gy + gh):
            px(s, x, y, dither_pick([(50, 46, 42), (70, 64, 56), (88, 80, 70)],
                                    0.3 + 0.5 * (y - ground) / 12, x, y))
        gl = 3 + int(2 * math.sin(x * 1.7) + (x * 7) % 3)
        for k in range(gl):
            px(s, x, ground - k, (50, 70, 46) if k < gl - 1 else (72, 92, 60))
    for x in range(gx + 6, gx + gw, 14):
        vline(s, (40, 40, 44), x, gy, ground - 2)
        px(s, x, gy + 2, (60, 60, 66))
    # somebody walking past: trouser legs and muddy boots, mid-stride
    lx = gx + 62
    trousers = [(44, 46, 56), (60, 62, 72), (76, 78, 88)]
    for ox, lean in ((0, 0.25), (10, -0.2)):
        for y in range(gy, ground + 2):
            t = (y - gy) / (ground - gy)
            x0 = int(lx + ox + lean * (y - gy))
            for x in range(x0, x0 + 6):
                px(s, x, y, trousers[1 if x > x0 + 1 else 2] if t < 0.95 else trousers[0])
            px(s, x0 - 1, y, INK)
            px(s, x0 + 6, y, INK)
        bx = int(lx + ox + lean * (ground - gy))
        rect(s, INK, bx - 1 + (2 if lean > 0 else -2), ground, 10, 5)
        rect(s, (64, 44, 30), bx + (2 if lean > 0 else -2), ground + 1, 8, 3)
    # a puddle on the path, glinting
    hline(s, (150, 160, 160), gx + 20, gx + 34, gy + gh - 3)
    hline(s, (110, 120, 124), gx + 22, gx + 32, gy + gh - 2)
    # frame bars
    vline(s, REAL["plaster"][2], gx + gw // 3, gy, gy + gh - 1)
    vline(s, REAL["plaster"][2], gx + 2 * gw // 3, gy, gy + gh - 1)
    frame(s, REAL["plaster"][0], gx - 1, gy - 1, gw + 2, gh + 2)
    for k in range(4):
        px(s, gx + 3 + k, gy + 6 - k, (220, 226, 226))
    # a café curtain on a wire, tied back
    for x in range(gx, gx + gw):
        if x < gx + 14 or x > gx + gw - 15:
            for y in range(gy, gy + gh - (4 if x in (gx + 13, gx + gw - 14) else 0)):
                if (x + y) % 4:
                    px(s, x, y, LACE[1] if (x + y) % 4 != 2 else LACE[0])
    hline(s, INK, gx, gx + gw - 1, gy)
    # sill with a row of tiny cacti in pots
    block(s, 0, h - 8, w, 7, REAL["plaster"], INK, light=3)
    for cx in (24, 34, 84):
        rect(s, INK, cx - 3, h - 14, 7, 6)
        rect(s, (150, 80, 60), cx - 2, h - 13, 5, 4)
        rect(s, (60, 100, 60), cx - 1, h - 18, 3, 4)
        px(s, cx, h - 19, (230, 120, 160))


def window_rain(s: pygame.Surface) -> None:
    w, h = s.get_size()
    gx, gy, gw, gh = 5, 5, w - 10, h - 16
    r = rng("sf-rain")
    for _ in range(45):  # slanting rain outside, splashes on the path
        x, y = gx + r.randrange(gw), gy + r.randrange(gh)
        for j in range(r.randrange(3, 6)):
            xx, yy = x - j // 3, y + j
            if gx <= xx < gx + gw and gy <= yy < gy + gh:
                blend_px(s, xx, yy, (*REAL["rain"][3], 90))
    for _ in range(14):
        x = gx + r.randrange(gw)
        y = gy + gh - 2 - r.randrange(4)
        blend_px(s, x - 1, y, (*REAL["rain"][4], 160))
        blend_px(s, x + 1, y, (*REAL["rain"][4], 160))
        blend_px(s, x, y - 1, (*REAL["rain"][3], 140))
    for _ in range(24):  # beads on the glass
        x, y = gx + r.randrange(gw), gy + r.randrange(gh)
        blend_px(s, x, y, (*REAL["rain"][4], 220))
        blend_px(s, x, y + 1, (*REAL["rain"][0], 180))
    # a black umbrella tip dripping, just above the walking legs
    rect(s, (20, 20, 26, 255), gx + 54, gy, 30, 3)
    for k in range(0, 30, 6):
        px(s, gx + 56 + k, gy + 3, (150, 170, 180, 230))


# =================================================================== gramophone
def gramophone(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2 - 2, 4, 120)
    # a little cabinet on legs
    cy = h - 40
    block(s, 4, cy, w - 8, 28, WOOD, INK, grain="gram-cab", light=3)
    frame(s, WOOD[1], 8, cy + 5, (w - 16) // 2 - 1, 18)
    frame(s, WOOD[1], 8 + (w - 16) // 2 + 1, cy + 5, (w - 16) // 2 - 1, 18)
    px(s, w // 2 - 2, cy + 14, BRASS[3])
    px(s, w // 2 + 2, cy + 14, BRASS[3])
    for lx in (7, w - 11):
        rect(s, INK, lx, cy + 28, 4, h - cy - 30)
        rect(s, WOOD[3], lx + 1, cy + 28, 2, h - cy - 31)
    # the box of the machine, a record, the tone arm
    block(s, 8, cy - 12, w - 16, 12, WOOD, INK, grain="gram-box", light=4)
    pygame.draw.ellipse(s, INK, pygame.Rect(11, cy - 16, 28, 7))
    pygame.draw.ellipse(s, (40, 36, 40), pygame.Rect(12, cy - 15, 26, 5))
    px(s, 25, cy - 13, (170, 50, 50))
    rect(s, BRASS[1], 13, cy - 8, 3, 3)  # the crank
    hline(s, INK, 4, 13, cy - 7)
    rect(s, INK, 2, cy - 9, 3, 6)
    # the horn: a great brass lily, rising from the box and opening up to the left
    def horn_at(t_: float) -> tuple[float, float, float]:
        return 36 - 16 * t_, cy - 20 - 22 * t_, 1.2 + 10 * t_ ** 2.2

    pygame.draw.line(s, INK, (34, cy - 12), (36, cy - 20), 3)
    pygame.draw.line(s, BRASS[2], (34, cy - 12), (36, cy - 20), 1)
    for pass_ in (0, 1):
        for k in range(40):
            hx_, hy_, r_ = horn_at(k / 39)
            if pass_ == 0:
                pygame.draw.circle(s, INK, (int(hx_), int(hy_)), int(r_) + 1)
            else:
                c = BRASS[1 + min(3, int(k / 39 * 3.5))]
                pygame.draw.circle(s, c, (int(hx_), int(hy_)), max(1, int(r_)))
                px(s, int(hx_ + r_ * 0.5), int(hy_), BRASS[4])
    # the mouth, seen a little from below: a bright rim and a dark throat
    mx_, my_, _ = horn_at(1.0)
    pygame.draw.ellipse(s, INK, pygame.Rect(int(mx_) - 14, int(my_) - 7, 28, 12))
    pygame.draw.ellipse(s, BRASS[4], pygame.Rect(int(mx_) - 13, int(my_) - 6, 26, 10))
    pygame.draw.ellipse(s, BRASS[1], pygame.Rect(int(mx_) - 10, int(my_) - 4, 20, 7))
    pygame.draw.ellipse(s, (30, 22, 16), pygame.Rect(int(mx_) - 5, int(my_) - 2, 10, 3))
    for k in (-8, -3, 3, 8):  # petal seams
        px(s, int(mx_) + k, int(my_) - 4 + abs(k) // 4, BRASS[2])


# =================================================================== armchairs, lamp
def armchair(s: pygame.Surface, mirror: bool) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2 - 2, 5, 140)
    fab = VELVET
    for lx in (9, w - 13):
        rect(s, INK, lx, h - 10, 5, 8)
        rect(s, WOOD[3], lx + 1, h - 10, 3, 7)
    # a wing back, rounded
    pygame.draw.rect(s, INK, pygame.Rect(6, 2, w - 12, 50), border_radius=12)
    pygame.draw.rect(s, fab[2], pygame.Rect(7, 3, w - 14, 48), border_radius=11)
    vgrad(s, fab, 10, 6, w - 20, 40, 0.85, 0.3)
    for yy in (14, 26):  # deep buttons
        for xx in range(18, w - 16, 10):
            px(s, xx, yy, fab[0])
            px(s, xx + 1, yy + 1, fab[4])
    # lace antimacassar over the top of the back
    ax0, ax1 = 16, w - 17
    for yy in range(3, 20):
        span = (ax1 - ax0) // 2 - max(0, yy - 12) * 2
        for xx in range(w // 2 - span, w // 2 + span):
            if (xx + yy) % 3 and not ((xx * 3 + yy * 5) % 11 == 0):
                px(s, xx, yy, LACE[2] if (xx + yy) % 4 else LACE[1])
    for xx in range(w // 2 - 10, w // 2 + 10, 3):  # scalloped edge
        px(s, xx, 20 + (xx % 2), LACE[0])
    # seat cushion, skirt, rolled arms
    seat_y = 44
    pygame.draw.rect(s, INK, pygame.Rect(12, seat_y, w - 24, 14), border_radius=4)
    pygame.draw.rect(s, fab[3], pygame.Rect(13, seat_y + 1, w - 26, 12), border_radius=3)
    hline(s, fab[4], 16, w - 17, seat_y + 2)
    block(s, 8, seat_y + 13, w - 16, 12, fab, INK, light=1)
    for xx in range(10, w - 10, 3):  # bullion fringe
        vline(s, GILT[2] if xx % 2 else GILT[1], xx, seat_y + 22, seat_y + 26)
    for ax in (0, w - 16):
        pygame.draw.rect(s, INK, pygame.Rect(ax, 26, 16, 42), border_radius=7)
        pygame.draw.rect(s, fab[2], pygame.Rect(ax + 1, 27, 14, 40), border_radius=6)
        pygame.draw.ellipse(s, fab[4], pygame.Rect(ax + 2, 28, 12, 8))
        vgrad(s, fab, ax + 2, 38, 12, 26, 0.6, 0.1)
    # a cushion: embroidered (left chair: a theatre mask; right: a dog)
    cx0 = 20 if not mirror else w - 40
    pygame.draw.rect(s, INK, pygame.Rect(cx0, 30, 20, 16), border_radius=4)
    pygame.draw.rect(s, (170, 150, 110) if not mirror else (120, 140, 120),
                     pygame.Rect(cx0 + 1, 31, 18, 14), border_radius=3)
    if not mirror:
        pygame.draw.circle(s, (230, 220, 190), (cx0 + 10, 38), 4)
        px(s, cx0 + 8, 37, INK)
        px(s, cx0 + 12, 37, INK)
        hline(s, INK, cx0 + 8, cx0 + 12, 40)
    else:
        rect(s, SCOTTIE[1], cx0 + 5, 36, 10, 5)
        rect(s, SCOTTIE[1], cx0 + 12, 33, 4, 4)
        px(s, cx0 + 15, 32, SCOTTIE[1])
        vline(s, SCOTTIE[1], cx0 + 5, 41, 42)
        vline(s, SCOTTIE[1], cx0 + 13, 41, 42)
    if mirror:
        flipped = pygame.transform.flip(s, True, False)
        s.fill((0, 0, 0, 0))
        s.blit(flipped, (0, 0))


def armchair_left(s: pygame.Surface) -> None:
    armchair(s, False)


def armchair_right(s: pygame.Surface) -> None:
    armchair(s, True)


def fringed_shade(s: pygame.Surface, cx: int, top: int, tw: int, bw: int, sh: int,
                  lit: bool = True) -> None:
    silk = ramp("#7a3a3a", "#9e5048", "#c4725a", "#e09a6e", "#f4c488")
    for yy in range(sh):
        t = yy / max(1, sh - 1)
        half = (tw + (bw - tw) * t) / 2
        for xx in range(int(cx - half), int(cx + half) + 1):
            u = (xx - (cx - half)) / max(1, 2 * half)
            tone = 0.85 - 0.55 * u + (0.1 if lit else -0.2)
            if (xx - int(cx - half)) % 4 == 0:
                tone -= 0.2
            px(s, xx, top + yy, dither_pick(silk, tone, xx, top + yy))
        px(s, int(cx - half) - 1, top + yy, INK)
        px(s, int(cx + half) + 1, top + yy, INK)
    hline(s, INK, int(cx - tw / 2), int(cx + tw / 2), top - 1)
    hline(s, INK, int(cx - bw / 2) - 1, int(cx + bw / 2) + 1, top + sh)
    for xx in range(int(cx - bw / 2), int(cx + bw / 2) + 1):  # a long beaded fringe
        ln = 3 + (xx % 2) * 2
        for k in range(1, ln):
            px(s, xx, top + sh + k, GILT[3] if k < ln - 1 else (INK if xx % 2 else GILT[1]))


def lamp(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cx = w // 2
    floor_shadow(s, cx, h - 3, 10, 3)
    rect(s, INK, cx - 7, h - 6, 14, 4)
    rect(s, BRASS[1], cx - 6, h - 5, 12, 2)
    rect(s, INK, cx - 2, 30, 4, h - 34)
    vline(s, BRASS[2], cx - 1, 31, h - 6)
    vline(s, BRASS[3], cx, 40, h - 20)
    for yy in (60, 90):
        pygame.draw.ellipse(s, INK, pygame.Rect(cx - 3, yy, 7, 5))
        pygame.draw.ellipse(s, BRASS[3], pygame.Rect(cx - 2, yy + 1, 5, 3))
    fringed_shade(s, cx, 6, 12, 24, 22)
    hline(s, REAL["lamp"][2], cx - 10, cx + 10, 27)


# =================================================================== posters
def posters(s: pygame.Surface) -> None:
    """Three framed bills from their stage days (lettering suggested, never legible)."""
    specs = [
        (0, 10, 46, 62, (120, 40, 50), (230, 200, 130), "masks"),
        (54, 0, 52, 76, (30, 40, 70), (230, 210, 160), "stars"),
        (114, 8, 46, 62, (60, 80, 60), (240, 220, 180), "ship"),
    ]
    for x, y, w, h, bg, fg, motif in specs:
        block(s, x, y, w, h, GILT, INK, light=3)
        for k in range(x + 2, x + w - 2, 3):
            px(s, k, y + 2, GILT[4])
        ix, iy, iw, ih = x + 5, y + 5, w - 10, h - 10
        vgrad(s, [lerp(bg, (0, 0, 0), 0.3), bg, lerp(bg, fg, 0.2)], ix, iy, iw, ih, 0.0, 1.0)  # type: ignore[list-item]
        # headline bars and a banner of "letters"
        rect(s, fg, ix + 3, iy + 3, iw - 6, 3)
        for xx in range(ix + 4, ix + iw - 4, 2):
            px(s, xx, iy + 8, fg if (xx // 2) % 3 else bg)
        if motif == "masks":
            for mx, happy in ((ix + 10, True), (ix + iw - 13, False)):
                pygame.draw.circle(s, INK, (mx, iy + 24), 6)
                pygame.draw.circle(s, fg, (mx, iy + 24), 5)
                px(s, mx - 2, iy + 22, INK)
                px(s, mx + 2, iy + 22, INK)
                if happy:
                    hline(s, INK, mx - 2, mx + 2, iy + 26)
                    px(s, mx - 3, iy + 25, INK)
                    px(s, mx + 3, iy + 25, INK)
                else:
                    hline(s, INK, mx - 2, mx + 2, iy + 26)
                    px(s, mx - 3, iy + 27, INK)
                    px(s, mx + 3, iy + 27, INK)
        elif motif == "stars":
            # two ladies in silhouette under a spotlight, arm in arm
            soft_ellipse(s, (240, 220, 160), ix + iw / 2, iy + 34, 16, 22, 120, 4)
            for lx, tall in ((ix + iw // 2 - 7, 0), (ix + iw // 2 + 2, 3)):
                pygame.draw.circle(s, INK, (lx + 2, iy + 22 - tall), 3)
                pts = [(lx, iy + 26 - tall), (lx + 5, iy + 26 - tall), (lx + 8, iy + 46),
                       (lx - 3, iy + 46)]
                pygame.draw.polygon(s, INK, pts)
            for k in range(5):
                px(s, ix + 5 + k * 9, iy + 14 + (k % 2) * 3, (250, 240, 180))
        else:
            # a ship on curly waves: a seaside tour
            for xx in range(ix, ix + iw):
                yy = iy + 36 + int(2 * math.sin(xx * 0.6))
                vline(s, (200, 220, 220), xx, yy, yy)
                vline(s, lerp(bg, (0, 0, 0), 0.3), xx, yy + 1, iy + ih - 8)  # type: ignore[arg-type]
            pts = [(ix + 8, iy + 33), (ix + iw - 8, iy + 33), (ix + iw - 12, iy + 38),
                   (ix + 12, iy + 38)]
            pygame.draw.polygon(s, INK, pts)
            vline(s, INK, ix + iw // 2, iy + 16, iy + 33)
            pygame.draw.polygon(s, fg, [(ix + iw // 2 + 1, iy + 17), (ix + iw // 2 + 10, iy + 30),
                                        (ix + iw // 2 + 1, iy + 30)])
        # the billing at the foot: two names, the same size (they insisted)
        hline(s, fg, ix + 3, ix + iw // 2 - 3, iy + ih - 5)
        hline(s, fg, ix + iw // 2 + 2, ix + iw - 4, iy + ih - 5)
        hline(s, lerp(fg, bg, 0.5), ix + 5, ix + iw - 6, iy + ih - 3)  # type: ignore[arg-type]
        frame(s, GILT[0], ix - 1, iy - 1, iw + 2, ih + 2)
        # glass glint
        for k in range(4):
            px(s, ix + 2 + k, iy + 12 - k, (250, 246, 230))
    # a dried rose tucked into the middle frame
    pygame.draw.line(s, (70, 60, 40), (100, 4), (108, 18))
    pygame.draw.circle(s, (120, 40, 50), (99, 4), 2)


# =================================================================== the Scotties
def scottie(s: pygame.Surface, x: int, base: int, costume: str, facing: int = 1) -> None:
    """A small stuffed Scottie dog standing on a shelf, about 18 x 14 px."""
    body = [(x + 2, base - 10), (x + 14, base - 10), (x + 15, base - 3), (x + 1, base - 3)]
    pygame.draw.polygon(s, SCOTTIE[1], body)
    for lx in (x + 2, x + 5, x + 11, x + 14):
        vline(s, SCOTTIE[1], lx, base - 3, base - 1)
    hx = x + 13 if facing > 0 else x - 2
    rect(s, SCOTTIE[1], hx, base - 14, 6, 7)
    rect(s, SCOTTIE[1], hx + (4 if facing > 0 else -2), base - 11, 3, 4)  # snout
    px(s, hx + (6 if facing > 0 else -2), base - 11, INK)  # nose
    vline(s, SCOTTIE[1], hx + 1, base - 16, base - 14)  # ears
    vline(s, SCOTTIE[1], hx + 4, base - 16, base - 14)
    px(s, hx + (4 if facing > 0 else 1), base - 12, (200, 180, 90))  # a glass eye
    # the famous beard
    for k in range(3):
        px(s, hx + (5 if facing > 0 else -1) - k * facing, base - 7, SCOTTIE[3])
    tx = x if facing > 0 else x + 15
    vline(s, SCOTTIE[1], tx, base - 14, base - 10)  # tail up
    hline(s, SCOTTIE[2], x + 3, x + 13, base - 9)  # sheen
    if costume == "ruff":  # an Elizabethan collar
        for k in range(-3, 4):
            px(s, hx + 2 + k, base - 7 + abs(k) // 2, LACE[2])
            px(s, hx + 2 + k, base - 6, LACE[1])
    elif costume == "crown":
        rect(s, GILT[3], hx, base - 18, 6, 2)
        for k in (0, 2, 5):
            px(s, hx + k, base - 19, GILT[4])
        px(s, hx + 2, base - 18, (200, 40, 60))
    elif costume == "tutu":
        for k in range(-1, 17):
            px(s, x + k, base - 4 + (k % 2), (230, 170, 200))
            px(s, x + k, base - 5, (246, 200, 220))
    elif costume == "bonnet":
        rect(s, (120, 150, 200), hx - 1, base - 17, 8, 3)
        px(s, hx - 2, base - 14, (120, 150, 200))
        px(s, hx + 7, base - 14, (120, 150, 200))
        pygame.draw.line(s, (230, 230, 240), (hx + 2, base - 14), (hx + 3, base - 9))
    elif costume == "cape":
        pts = [(x + 5, base - 11), (x + 13, base - 11), (x + 12, base - 4), (x + 3, base - 5)]
        pygame.draw.polygon(s, (150, 30, 40), pts)
        px(s, x + 12, base - 11, GILT[3])


def scotties(s: pygame.Surface) -> None:
    w, h = s.get_size()
    # the shelf on two brackets, with a lace runner
    sy = h - 8
    block(s, 0, sy, w, 5, WOOD, INK, light=4)
    for xx in range(2, w - 2):
        if (xx // 2) % 2 == 0:
            px(s, xx, sy + 5, LACE[1])
        if xx % 4 == 0:
            px(s, xx, sy + 6, LACE[0])
    for bx in (10, w - 16):
        pygame.draw.polygon(s, WOOD[2], [(bx, sy + 5), (bx + 6, sy + 5), (bx + 6, sy + 8)])
        pygame.draw.polygon(s, INK, [(bx, sy + 5), (bx + 6, sy + 5), (bx + 6, sy + 8)], 1)
    dogs = [(6, "ruff", 1), (30, "crown", 1), (56, "tutu", -1), (82, "bonnet", 1),
            (106, "cape", -1)]
    for x, costume, facing in dogs:
        scottie(s, x, sy, costume, facing)
    # name plaques under each angel
    for x, _, _ in dogs:
        rect(s, GILT[2], x + 4, sy + 1, 8, 2)
    # a little framed photo of the living dogs, and a tiny vase of everlastings
    block(s, 120, sy - 14, 10, 13, GILT, INK, light=3)
    rect(s, (180, 170, 150), 122, sy - 12, 6, 9)
    rect(s, SCOTTIE[1], 123, sy - 8, 4, 3)


# =================================================================== tea table
def table(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2 - 4, 5, 140)
    # a round table in perspective, draped with a lace cloth to the floor at the back
    top_y = h - 40
    for lx in (w // 2 - 3,):
        rect(s, INK, lx - 10, h - 10, 26, 5)
        rect(s, WOOD[2], lx - 9, h - 9, 24, 3)
        rect(s, INK, lx - 1, top_y + 10, 8, h - top_y - 18)
        rect(s, WOOD[3], lx, top_y + 10, 6, h - top_y - 19)
    pygame.draw.ellipse(s, INK, pygame.Rect(0, top_y - 2, w, 18))
    pygame.draw.ellipse(s, LACE[1], pygame.Rect(1, top_y - 1, w - 2, 16))
    pygame.draw.ellipse(s, LACE[2], pygame.Rect(6, top_y, w - 12, 12))
    # the cloth's hanging edge, scalloped
    for xx in range(2, w - 2):
        u = (xx - w / 2) / (w / 2)
        drop = int(10 * math.sqrt(max(0.0, 1 - u * u)))
        y0 = top_y + 7 + int(7 * math.sqrt(max(0.0, 1 - u * u)))
        for k in range(drop):
            c = LACE[1] if (xx + k) % 3 else LACE[0]
            px(s, xx, y0 + k, c)
        px(s, xx, y0 + drop + (xx % 3 == 0), INK)
    # teapot in a knitted cosy, two cups and saucers, a plate of biscuits
    tx, ty = 20, top_y + 2
    pygame.draw.ellipse(s, INK, pygame.Rect(tx - 10, ty - 18, 22, 20))
    pygame.draw.ellipse(s, (170, 70, 80), pygame.Rect(tx - 9, ty - 17, 20, 18))
    for yy in range(ty - 15, ty):
        for xx in range(tx - 8, tx + 10):
            if s.get_at((xx, yy))[:3] == (170, 70, 80) and (xx + yy) % 3 == 0:
                px(s, xx, yy, (140, 50, 64))
    pygame.draw.circle(s, INK, (tx + 1, ty - 19), 3)
    pygame.draw.circle(s, (230, 200, 120), (tx + 1, ty - 19), 2)  # a pompom
    pygame.draw.line(s, INK, (tx + 11, ty - 8), (tx + 17, ty - 12), 3)  # spout
    pygame.draw.line(s, (220, 220, 210), (tx + 11, ty - 8), (tx + 16, ty - 12), 1)
    for cx0 in (66, 82):
        cup(s, cx0, top_y + 8)
    # biscuits on a plate
    pygame.draw.ellipse(s, INK, pygame.Rect(36, top_y + 1, 18, 6))
    pygame.draw.ellipse(s, (226, 226, 220), pygame.Rect(37, top_y + 2, 16, 4))
    for k in range(3):
        pygame.draw.circle(s, (190, 150, 90), (41 + k * 4, top_y + 3), 2)


def cup(s: pygame.Surface, cx: int, base: int) -> None:
    """A china cup on its saucer, about 11 x 8."""
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 6, base - 2, 12, 4))
    pygame.draw.ellipse(s, (226, 226, 220), pygame.Rect(cx - 5, base - 1, 10, 2))
    rect(s, INK, cx - 4, base - 7, 8, 6)
    rect(s, (236, 236, 230), cx - 3, base - 6, 6, 5)
    hline(s, (90, 130, 170), cx - 3, cx + 2, base - 4)  # a blue band
    hline(s, (120, 80, 50), cx - 3, cx + 2, base - 7)
    px(s, cx + 4, base - 5, INK)
    px(s, cx + 5, base - 4, INK)


def teacup(s: pygame.Surface) -> None:
    """The third cup, Coraline's: a separate layer so it can leave the table."""
    w, h = s.get_size()
    cup(s, w // 2, h - 2)


# =================================================================== side table, trunk, basket
def side_table(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2 - 2, 4, 120)
    top = h - 32
    pygame.draw.ellipse(s, INK, pygame.Rect(0, top - 3, w, 8))
    pygame.draw.ellipse(s, WOOD[4], pygame.Rect(1, top - 2, w - 2, 6))
    rect(s, INK, w // 2 - 2, top + 4, 4, h - top - 10)
    vline(s, WOOD[3], w // 2 - 1, top + 4, h - 7)
    for dx in (-8, 8):
        pygame.draw.line(s, INK, (w // 2, h - 8), (w // 2 + dx, h - 3), 2)
    # a fringed table lamp
    lx = 12
    rect(s, INK, lx - 4, top - 6, 9, 4)
    rect(s, BRASS[2], lx - 3, top - 5, 7, 2)
    rect(s, INK, lx - 1, top - 28, 3, 22)
    vline(s, BRASS[3], lx, top - 28, top - 7)
    fringed_shade(s, lx, top - 46, 10, 18, 14)
    # the bowl of ancient taffy: a cut-glass dish, the sweets fused into one lump
    bx = w - 12
    pygame.draw.ellipse(s, INK, pygame.Rect(bx - 9, top - 8, 18, 9))
    pygame.draw.ellipse(s, (150, 170, 170), pygame.Rect(bx - 8, top - 7, 16, 7))
    for k, c in enumerate(((220, 120, 150), (230, 200, 120), (150, 200, 170), (220, 120, 150))):
        pygame.draw.circle(s, INK, (bx - 5 + k * 3, top - 8), 3)
        pygame.draw.circle(s, c, (bx - 5 + k * 3, top - 8), 2)
    px(s, bx - 4, top - 9, (250, 240, 240))
    for xx in range(bx - 7, bx + 8, 2):  # the cut-glass sparkle
        px(s, xx, top - 3, (200, 220, 220))


def trunk(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2 - 2, 5, 140)
    leather = ramp("#3a2a20", "#503a2a", "#6a4c34", "#84623e")
    by = h - 38
    # the open lid, swung up and back, plastered with old tour labels
    lid = [(3, by), (w - 4, by), (w - 6, by - 32), (5, by - 32)]
    pygame.draw.polygon(s, leather[2], lid)
    for yy in range(by - 31, by):
        for xx in range(5, w - 5):
            if (xx * 5 + yy) % 9 == 0:
                px(s, xx, yy, leather[1])
    pygame.draw.polygon(s, INK, lid, 1)
    rect(s, leather[0], 6, by - 6, w - 12, 5)  # the lid's inside lip, in shadow
    r = rng("trunk-labels")
    for k in range(8):
        lx, ly = 9 + r.randrange(w - 26), by - 29 + r.randrange(18)
        col = r.choice([(200, 170, 90), (170, 60, 60), (90, 120, 160), (220, 210, 180)])
        if k % 2:
            pygame.draw.ellipse(s, INK, pygame.Rect(lx - 1, ly - 1, 12, 8))
            pygame.draw.ellipse(s, col, pygame.Rect(lx, ly, 10, 6))
        else:
            rect(s, INK, lx - 1, ly - 1, 11, 8)
            rect(s, col, lx, ly, 9, 6)
        hline(s, lerp(col, INK, 0.5), lx + 2, lx + 6, ly + 3)  # type: ignore[arg-type]
    hline(s, BRASS[2], 6, w - 7, by - 31)
    # the box
    block(s, 0, by, w, h - by - 4, leather, INK, light=2)
    for bx_ in (2, w - 8):  # brass corners
        rect(s, BRASS[2], bx_, by + 1, 6, 5)
        rect(s, BRASS[2], bx_, h - 11, 6, 5)
    for sx in (w // 3, 2 * w // 3):  # straps
        rect(s, leather[0], sx - 2, by, 5, h - by - 4)
        rect(s, BRASS[3], sx - 2, by + 12, 5, 3)
    # spilling out: a feather boa, a crown, the sleeve of a gown, a sword
    boa = (230, 150, 170)
    for k in range(60):
        t = k / 59
        xx = int(6 + t * (w - 14))
        yy = int(by - 2 + 6 * math.sin(t * 7) + (16 * t * t if t > 0.7 else 0))
        for d in (-1, 0, 1):
            px(s, xx + d, yy + (k % 2), boa if d else (250, 200, 210))
    rect(s, GILT[3], 22, by - 8, 10, 4)
    for k in (22, 26, 30):
        px(s, k, by - 9, GILT[4])
    px(s, 26, by - 7, (60, 120, 200))
    pygame.draw.line(s, REAL["metal"][4], (50, by - 14), (70, by - 4))
    rect(s, GILT[2], 48, by - 16, 4, 3)
    pts = [(w - 26, by), (w - 14, by - 2), (w - 10, by + 18), (w - 20, by + 22)]
    pygame.draw.polygon(s, (60, 90, 120), pts)
    pygame.draw.polygon(s, INK, pts, 1)


def basket(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2, 4, 120)
    wicker = ramp("#5a4024", "#7a5a34", "#9a7846", "#b8965c")
    pygame.draw.ellipse(s, INK, pygame.Rect(0, 4, w, h - 6))
    pygame.draw.ellipse(s, wicker[2], pygame.Rect(1, 5, w - 2, h - 8))
    for yy in range(6, h - 3):
        for xx in range(2, w - 2):
            if s.get_at((xx, yy))[:3] == wicker[2] and (xx + 2 * yy) % 4 == 0:
                px(s, xx, yy, wicker[1])
    # the tartan cushion inside, with a dent where a dog sleeps
    pygame.draw.ellipse(s, INK, pygame.Rect(6, 6, w - 12, h - 16))
    for yy in range(7, h - 10):
        for xx in range(7, w - 7):
            if s.get_at((xx, yy))[:3] != INK:
                continue
            inside = ((xx - w / 2) / (w / 2 - 7)) ** 2 + ((yy - (h - 4) / 2 + 2) / ((h - 16) / 2 - 1)) ** 2
            if inside < 1:
                c = TARTAN[1]
                if xx % 6 in (0, 1):
                    c = TARTAN[3]
                if yy % 5 == 0:
                    c = TARTAN[2] if xx % 6 else TARTAN[4]
                px(s, xx, yy, c)
    pygame.draw.ellipse(s, TARTAN[0], pygame.Rect(w // 2 - 10, 9, 20, 6))
    # a chewed bone and a tuft of black hair
    rect(s, (220, 214, 196), w - 22, 8, 8, 2)
    px(s, w - 23, 7, (220, 214, 196))
    px(s, w - 23, 10, (220, 214, 196))
    px(s, w - 14, 7, (220, 214, 196))
    px(s, w - 14, 10, (220, 214, 196))
    px(s, 18, 10, SCOTTIE[1])
    px(s, 19, 11, SCOTTIE[1])


# =================================================================== build
def _overlays() -> None:
    lp = LAYOUT["sf_lamp"]
    st = LAYOUT["sf_side_table"]
    wn = LAYOUT["sf_window"]
    warm = (255, 190, 110)
    light_overlay(
        "sf_light", ROOM_W,
        spots=[(lp[0] + 14, lp[1] + 40, 70, 60, warm, 70),
               (lp[0] + 14, lp[1] + 20, 24, 16, (255, 220, 150), 70),
               (st[0] + 12, st[1] + 40, 54, 46, warm, 60),
               (330, 220, 110, 40, (255, 200, 130), 40)],
        shafts=[(wn[0] + 6, wn[0] + wn[2] - 6, wn[1] + wn[3], 250, 40, (200, 214, 220), 26)],
        vignette=(30, 16, 14), vig_a=130)
    gx, gy, gw, gh = wn[0] + 5, wn[1] + 5, wn[2] - 10, wn[3] - 16
    night_overlay("sf_night", [], (0, 0, 0, 0, 0))
    path = PROPS / "sf_night.png"
    s = pygame.image.load(str(path))
    r = rng("sf-night")
    ground = gy + gh - 12
    for yy in range(gy, gy + gh):  # the window between the curtains: dark, a lamp-lit path
        for xx in range(gx + 14, gx + gw - 14):
            if yy >= ground:
                c = dither_pick([(20, 20, 30), (44, 42, 50), (70, 66, 70)],
                                0.2 + 0.6 * (yy - ground) / 12, xx, yy)
            else:
                c = dither_pick([(10, 12, 30), (18, 22, 46), (30, 34, 60)],
                                0.1 + 0.8 * (yy - gy) / (ground - gy), xx, yy)
            s.set_at((xx, yy), (*c, 235))
    for _ in range(8):  # drips on the glass catch the street lamp
        xx, yy = gx + 14 + r.randrange(gw - 28), gy + r.randrange(gh - 12)
        s.set_at((xx, yy), (120, 130, 160, 230))
    save(s, path)


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("sf_backdrop", backdrop),
        ("sf_door", door),
        ("sf_window", window),
        ("sf_window_rain", window_rain),
        ("sf_gramophone", gramophone),
        ("sf_armchair_left", armchair_left),
        ("sf_lamp", lamp),
        ("sf_posters", posters),
        ("sf_table", table),
        ("sf_teacup", teacup),
        ("sf_armchair_right", armchair_right),
        ("sf_scotties", scotties),
        ("sf_side_table", side_table),
        ("sf_trunk", trunk),
        ("sf_basket", basket),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
    _overlays()


__all__ = ["LAYOUT", "build"]
