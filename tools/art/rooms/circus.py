"""The Other circus: Mr. Bobinsky's attic in the Other World, turned into a glittering big top.

The same room as bobinsky.py (it borrows the roof geometry: the sloped ceiling, the skylight,
the collar beam) but the boards are red-and-gold canvas, spotlights burn in the corners, a
sawdust ring fills the floor, and there are trapezes, trampolines, a grandstand, a bandstand of
tiny instruments and a cotton-candy cart. In the shadows, for the sharp-eyed, small red eyes:
the jumping mice are rats underneath.

The show is four image layers (circus_show_1..4) staged by the room script with flags: the
mice march in, bounce, build a pyramid and finally spell CORALINE in the air.
Deterministic: randomness only from base.rng.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from .. import patterns as pt
from ..base import (
    make_prop,
    ASSETS, OTHER, Colour, bayer, blend_px, dither_pick, hline, lerp, px, ramp, rect, rng,
    soft_ellipse, surf, vgrad, vline,
)
from ..furniture import block
from . import bobinsky as bob

PROPS = ASSETS / "props"
INK = OTHER["ink"]
W, H = 640, 320
GOLD = OTHER["gold"]
RED = ramp("#4a0c14", "#7a1420", "#a8202a", "#d0343a", "#f05a52")
CREAM = ramp("#8a5a3c", "#b88456", "#dcae78", "#f4d8a4", "#fff0cc")
VELVET = ramp("#3a0a1c", "#5c1028", "#861a36", "#ae2a48", "#d0485e")
SAWDUST = ramp("#7a5226", "#9c6c34", "#c08c48", "#dcae66", "#f0cc8a")
PINK = ramp("#a0406a", "#d06890", "#f094b4", "#ffc0d4", "#ffe4ec")
FUR = ((150, 144, 160), (228, 224, 232))
EYE_RED = (255, 40, 40)

RING = (330, 268, 128, 32)  # centre x, centre y, rx, ry of the ring kerb (map pixels)

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "circus_backdrop": (0, 0, 640, 320),
    "circus_door": (18, 124, 56, 84),
    "circus_poster": (110, 84, 36, 50),
    "circus_seats": (78, 136, 128, 82),
    "circus_trapezes": (196, 48, 270, 100),
    "circus_trampolines": (214, 226, 230, 22),
    "circus_bandstand": (468, 112, 108, 106),
    "circus_band_mice": (468, 112, 108, 106),
    "circus_candy": (580, 134, 58, 84),
    "circus_eyes": (0, 0, 640, 320),
    "circus_light": (0, 0, 640, 320),
    "circus_show_1": (150, 40, 340, 270),
    "circus_show_2": (150, 40, 340, 270),
    "circus_show_3": (150, 40, 340, 270),
    "circus_show_4": (150, 40, 340, 270),
    "circus_mice_rest": (150, 40, 340, 270),
    "circus_fg": (0, 270, 640, 50),
}


# =================================================================== the big top
def backdrop(s: pygame.Surface) -> None:
    # ceiling: canvas stripes radiating along the rafters, darker towards the viewer
    for y in range(0, 124):
        for x in range(W):
            ry = bob.roof_y(x)
            if y >= ry:
                continue
            u, d = bob.ceiling_uv(x, y)
            ld = math.log(max(1.0, d))
            stripe = int((u + 6) // 20) % 2
            ramp_ = RED if stripe else CREAM
            t = 0.78 - ld * 0.9 + 0.08 * math.sin(ld * 40)  # the canvas billows a little
            c = dither_pick(ramp_[:4], t, x, y)
            if (u + 6) % 20 < 1:
                c = INK if ld > 0.02 else c
            px(s, x, y, c)
    # the skylight: now a round-topped oculus full of impossible stars
    for y in range(0, 110):
        for x in range(0, 240):
            st = bob.in_skylight(x, y)
            if st is None:
                continue
            su, sd = st
            edge = min(min(su, 1 - su) * 74, min(sd, 1 - sd) * 60)
            if edge < 3:
                c = GOLD[3] if edge > 1.5 else GOLD[1] if edge > 0.8 else INK
            else:
                c = dither_pick([(40, 20, 90), (70, 40, 140), (120, 70, 180), (200, 120, 200)],
                                0.2 + sd * 0.7, x, y)
            px(s, x, y, c)
    r = rng("circus-stars")
    for _ in range(26):
        x, y = r.randrange(0, 240), r.randrange(0, 110)
        st = bob.in_skylight(x, y)
        if st and 0.1 < st[0] < 0.9 and 0.1 < st[1] < 0.9:
            px(s, x, y, (255, 250, 220))
            if r.random() < 0.3:
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    px(s, x + dx, y + dy, (230, 200, 160))
    # tent walls: wide vertical stripes, lit in the middle
    for y in range(36, bob.SKIRT_Y):
        for x in range(W):
            ry = bob.roof_y(x)
            if y <= ry:
                continue
            stripe = (x // 16) % 2
            ramp_ = RED if stripe else CREAM
            light = 0.7 - abs(x - 330) / 700 - max(0.0, (ry + 20 - y)) / 50
            k = x % 16
            t = light - (0.12 if k in (0, 15) else 0) + 0.06 * math.sin(k / 15 * math.pi)
            px(s, x, y, dither_pick(ramp_[:4], t, x, y))
    # the gold valance with buttons along the roof-line, and tassels
    for x in range(W):
        ry = int(bob.roof_y(x))
        for k in range(7):
            c = GOLD[3] if k < 2 else GOLD[2] if k < 5 else GOLD[1]
            px(s, x, ry + 1 + k, c)
        px(s, x, ry, INK)
        scal = 7 + int(3 * abs(math.sin(x / 12 * math.pi)))
        for k in range(7, scal):
            px(s, x, ry + 1 + k, GOLD[1])
        px(s, x, ry + 1 + scal, INK)
    for x in range(12, W, 24):  # buttons on the valance: four holes each
        ry = int(bob.roof_y(x)) + 4
        pygame.draw.circle(s, INK, (x, ry), 3)
        pygame.draw.circle(s, GOLD[4], (x, ry), 2)
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
            px(s, x - 1 + dx, ry - 1 + dy, GOLD[1])
    # skirting: a gold-rimmed plinth; floor: glossy boards with the sawdust ring
    for y in range(bob.SKIRT_Y, bob.FLOOR_Y):
        for x in range(W):
            px(s, x, y, pt.skirting_other(x, y))
    cx, cy, rx, ry = RING
    for y in range(bob.FLOOR_Y, H):
        for x in range(W):
            d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
            if d < 0.86:
                n = bayer(x, y)
                c = dither_pick(SAWDUST, 0.55 + 0.25 * (1 - d) - 0.2 * (y - cy + ry) / (2 * ry) * 0.3,
                                x, y)
                if (x * 7 + y * 13) % 31 == 0 and n < 0.5:
                    c = SAWDUST[4]
            elif d < 1.0:
                seg = int((math.atan2((y - cy) / ry, (x - cx) / rx) + math.pi) / (2 * math.pi) * 28)
                c = RED[3] if seg % 2 else GOLD[3]
                if d > 0.95 or d < 0.88:
                    c = RED[1] if seg % 2 else GOLD[1]
            else:
                c = pt.boards_other(x, y, 1)
            px(s, x, y, c)
    hline(s, INK, 0, W - 1, bob.FLOOR_Y)
    # a gold star painted in the middle of the ring
    star = [(cx + math.cos(a) * (16 if i % 2 == 0 else 7),
             cy + math.sin(a) * (5 if i % 2 == 0 else 2.2))
            for i, a in enumerate(-math.pi / 2 + k * math.pi / 5 for k in range(10))]
    pygame.draw.polygon(s, GOLD[2], star)
    pygame.draw.polygon(s, GOLD[0], star, 1)
    # the collar beam, gilded, with a row of light bulbs
    bob.paint_beam(s, [GOLD[0], GOLD[1], GOLD[2], GOLD[3]])
    for x in range(168, 480, 12):
        pygame.draw.circle(s, INK, (x, 62), 2)
        px(s, x, 62, (255, 244, 200))
    # string lights swagged across the slopes
    for (x0, y0), (x1, y1) in (((4, 20), (150, 44)), ((150, 44), (300, 22)),
                               ((340, 22), (490, 44)), ((490, 44), (636, 20))):
        for k in range(0, 40):
            t = k / 39
            x = x0 + (x1 - x0) * t
            y = y0 + (y1 - y0) * t + 10 * math.sin(t * math.pi)
            px(s, int(x), int(y), INK)
            if k % 5 == 2:
                col = [(255, 220, 120), (255, 120, 140), (140, 220, 255)][(k // 5) % 3]
                rect(s, INK, int(x) - 1, int(y) + 1, 3, 4)
                rect(s, col, int(x), int(y) + 2, 1, 2)
    # glitter sewn into the canvas: little four-point stars catching the light
    r = rng("circus-glitter")
    for _ in range(70):
        x, y = r.randrange(4, W - 4), r.randrange(2, 186)
        if bob.in_skylight(x, y) or abs(y - bob.roof_y(x)) < 12:
            continue
        px(s, x, y, (255, 252, 230))
        if r.random() < 0.45:
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                px(s, x + dx, y + dy, GOLD[3])
    # spotlights bolted high in the corners, pointing at the ring
    for sx, sy, ang in ((28, 84, 0.45), (612, 84, math.pi - 0.45)):
        spotlight(s, sx, sy, ang)


def spotlight(s: pygame.Surface, x: int, y: int, ang: float) -> None:
    ca, sa = math.cos(ang), math.sin(ang)
    # a black can: a rectangle rotated to the angle
    pts = []
    for u, v in ((-10, -7), (12, -8), (12, 8), (-10, 7)):
        pts.append((x + u * ca - v * sa, y + u * sa + v * ca))
    pygame.draw.polygon(s, INK, pts)
    inner = [(x + u * ca - v * sa, y + u * sa + v * ca) for u, v in ((-8, -5), (10, -6), (10, 6), (-8, 5))]
    pygame.draw.polygon(s, (60, 40, 50), inner)
    lx, ly = x + 12 * ca, y + 12 * sa
    pygame.draw.circle(s, INK, (int(lx), int(ly)), 8)
    pygame.draw.circle(s, (255, 244, 200), (int(lx), int(ly)), 7)
    pygame.draw.circle(s, (255, 255, 240), (int(lx) - 1, int(ly) - 1), 3)
    # the bracket
    rect(s, INK, x - 2, y - 16, 4, 12)
    rect(s, GOLD[2], x - 1, y - 15, 2, 10)


def door(s: pygame.Surface) -> None:
    """The attic door, gilded, hung with red tent-flap curtains tied back."""
    fu.doorway(s, "other", inside="closed")
    w, h = s.get_size()
    for side in (0, 1):
        for yy in range(0, h):
            wid = 12 - int(8 * math.sin(min(1.0, yy / (h * 0.6)) * math.pi / 2)) if yy < h * 0.6 \
                else 4 + int((yy - h * 0.6) / (h * 0.4) * 8)
            for k in range(wid):
                xx = k if side == 0 else w - 1 - k
                c = dither_pick(VELVET[1:], 0.7 - k / 14 + 0.15 * math.sin(k * 1.3), xx, yy)
                px(s, xx, yy, c)
            px(s, wid if side == 0 else w - 1 - wid, yy, INK)
        ty = int(h * 0.6)
        rect(s, INK, 1 if side == 0 else w - 8, ty - 2, 7, 5)
        rect(s, GOLD[3], 2 if side == 0 else w - 7, ty - 1, 5, 3)
    rect(s, RED[3], 0, 0, w, 5)
    for xx in range(0, w, 4):
        px(s, xx + 1, 5, GOLD[3])
        px(s, xx + 2, 6, GOLD[2])
    hline(s, INK, 0, w - 1, 0)


LETTERS = {
    "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "O": ["###", "#.#", "#.#", "#.#", "###"],
    "N": ["#.#", "###", "###", "#.#", "#.#"],
    "I": ["#", "#", "#", "#", "#"],
    "G": ["###", "#..", "#.#", "#.#", "###"],
    "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "!": ["#", "#", "#", ".", "#"],
    "C": ["###", "#..", "#..", "#..", "###"],
    "R": ["##.", "#.#", "##.", "#.#", "#.#"],
    "A": [".#.", "#.#", "###", "#.#", "#.#"],
    "L": ["#..", "#..", "#..", "#..", "###"],
    "E": ["###", "#..", "##.", "#..", "###"],
}

# 5 x 7 letters for the mice to spell
BIG = {
    "C": [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
    "O": [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
    "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
    "A": [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
    "I": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "#####"],
    "N": ["#...#", "##..#", "#.#.#", "#.#.#", "#..##", "#...#", "#...#"],
    "E": ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
}


def small_text(s: pygame.Surface, text: str, x: int, y: int, c: Colour) -> None:
    for ch in text:
        g = LETTERS[ch]
        for yy, row in enumerate(g):
            for xx, on in enumerate(row):
                if on == "#":
                    px(s, x + xx, y + yy, c)
        x += len(g[0]) + 1


def text_w(text: str) -> int:
    return sum(len(LETTERS[ch][0]) + 1 for ch in text) - 1


def poster(s: pygame.Surface) -> None:
    """'TONIGHT!' and a portrait of a blue-haired girl, with buttons for eyes."""
    w, h = s.get_size()
    block(s, 0, 0, w, h, GOLD, INK, light=2)
    rect(s, CREAM[3], 3, 3, w - 6, h - 6)
    rect(s, RED[3], 3, 3, w - 6, 9)
    small_text(s, "TONIGHT!", (w - text_w("TONIGHT!")) // 2, 5, CREAM[4])
    # the portrait: blue hair, pale face, two black buttons
    cx, cy = w // 2, 28
    pygame.draw.ellipse(s, (30, 60, 150), pygame.Rect(cx - 9, cy - 10, 18, 20))
    pygame.draw.ellipse(s, (60, 110, 210), pygame.Rect(cx - 8, cy - 9, 16, 14))
    pygame.draw.ellipse(s, (250, 214, 190), pygame.Rect(cx - 6, cy - 4, 12, 12))
    for ex in (cx - 3, cx + 2):
        rect(s, INK, ex, cy, 2, 2)
        px(s, ex, cy, (70, 70, 80))
    hline(s, (200, 90, 90), cx - 1, cx + 1, cy + 5)
    rect(s, (250, 200, 60), cx - 7, cy + 8, 14, 4)  # the yellow raincoat collar
    # stars round it
    for sx, sy in ((6, 18), (w - 8, 20), (7, 38), (w - 7, 36)):
        px(s, sx, sy, GOLD[3])
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            px(s, sx + dx, sy + dy, GOLD[2])
    small_text(s, "CORALINE", (w - text_w("CORALINE")) // 2, h - 9, RED[2])


def seats(s: pygame.Surface) -> None:
    """A little grandstand: three tiers of red velvet seats on gilded risers."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 3, w / 2 - 4, 4, 130)
    tiers = [(0, h - 26, w, 22), (10, h - 48, w - 20, 22), (22, h - 70, w - 44, 22)]
    for x0, y0, tw, th in reversed(tiers):
        # the riser (dark gap underneath: where the eyes will be)
        rect(s, INK, x0, y0 + 12, tw, th - 10)
        rect(s, (40, 10, 24), x0 + 1, y0 + 13, tw - 2, th - 12)
        hline(s, GOLD[2], x0, x0 + tw - 1, y0 + 12)
        # the seats: rounded backs, gold buttons
        for sx in range(x0 + 3, x0 + tw - 12, 14):
            pygame.draw.rect(s, INK, pygame.Rect(sx, y0, 13, 14), border_radius=4)
            pygame.draw.rect(s, VELVET[2], pygame.Rect(sx + 1, y0 + 1, 11, 12), border_radius=3)
            vgrad(s, VELVET[1:], sx + 2, y0 + 2, 9, 8, 0.9, 0.3)
            px(s, sx + 6, y0 + 5, GOLD[4])
            rect(s, INK, sx, y0 + 10, 13, 4)
            rect(s, VELVET[3], sx + 1, y0 + 10, 11, 2)
    # the front rail with a painted band of stars
    x0, y0, tw, th = tiers[0]
    block(s, x0, y0 + 12, tw, th - 10, GOLD, INK, light=2)
    for xx in range(x0 + 6, x0 + tw - 4, 10):
        px(s, xx, y0 + 16, RED[3])
        px(s, xx - 1, y0 + 16, RED[2])
        px(s, xx + 1, y0 + 16, RED[2])
        px(s, xx, y0 + 15, RED[2])
        px(s, xx, y0 + 17, RED[2])
    # a cone of cotton candy left on a seat
    cx, cy = 46, h - 64
    pygame.draw.polygon(s, INK, [(cx - 2, cy + 2), (cx + 2, cy + 2), (cx, cy + 9)])
    pygame.draw.circle(s, INK, (cx, cy - 1), 5)
    pygame.draw.circle(s, PINK[2], (cx, cy - 1), 4)
    px(s, cx - 1, cy - 3, PINK[4])


def trapezes(s: pygame.Surface) -> None:
    """Two trapezes on long ropes from the gilded beam, and a mouse-sized one between."""
    w, h = s.get_size()
    for x0, x1, bottom in ((34, 56, 68), (200, 224, 80), (118, 126, 40)):
        for rx in (x0, x1):
            for yy in range(4, bottom):
                c = (240, 230, 210) if (yy // 2) % 2 else (200, 180, 150)
                px(s, rx, yy, c)
                px(s, rx + 1, yy, INK)
        rect(s, INK, x0 - 2, bottom - 1, x1 - x0 + 6, 5)
        rect(s, GOLD[3], x0 - 1, bottom, x1 - x0 + 4, 3)
        hline(s, GOLD[4], x0, x1 + 1, bottom)
        rect(s, INK, x0 - 1, 1, 4, 4)
        rect(s, INK, x1 - 1, 1, 4, 4)
    # a tightrope with little gold flags, slung between them
    for k in range(0, 160):
        x = 56 + k
        y = 52 + int(8 * math.sin(k / 159 * math.pi))
        px(s, x, y, (250, 240, 220))
        px(s, x, y + 1, INK)
        if k % 16 == 8:
            pygame.draw.polygon(s, [RED[3], GOLD[3]][(k // 16) % 2],
                                [(x - 2, y + 2), (x + 2, y + 2), (x, y + 6)])


def trampolines(s: pygame.Surface) -> None:
    """Two small round trampolines at the back of the ring, padded in red and gold."""
    w, h = s.get_size()
    for cx in (26, w - 26):
        fu.floor_shadow(s, cx, h - 3, 24, 3)
        for lx in (cx - 16, cx - 6, cx + 6, cx + 16):
            vline(s, INK, lx, 8, h - 3)
            vline(s, GOLD[2], lx, 9, h - 4)
        pygame.draw.ellipse(s, INK, pygame.Rect(cx - 24, 0, 48, 14))
        for yy in range(1, 13):
            for xx in range(cx - 23, cx + 23):
                d = ((xx + 0.5 - cx) / 23) ** 2 + ((yy - 6.5) / 6) ** 2
                if d < 1:
                    seg = int((math.atan2(yy - 6.5, xx - cx) + math.pi) / (2 * math.pi) * 16)
                    c = (RED[3] if seg % 2 else GOLD[3]) if d > 0.5 else \
                        dither_pick([(30, 20, 40), (50, 36, 66), (80, 60, 100)], 1 - d, xx, yy)
                    px(s, xx, yy, c)


def bandstand(s: pygame.Surface) -> None:
    """A gilded shell bandstand on legs, table-high, with mouse-sized instruments."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 3, w / 2 - 4, 4, 130)
    top = 66  # the stage floor (local): map y 178
    # legs and skirt
    for lx in (6, w - 12):
        rect(s, INK, lx, top + 8, 6, h - top - 10)
        rect(s, GOLD[2], lx + 1, top + 8, 4, h - top - 11)
        vline(s, GOLD[4], lx + 1, top + 9, h - 4)
    for xx in range(2, w - 2):  # a red-and-gold skirt with scallops
        for yy in range(top + 6, top + 18 + int(3 * abs(math.sin(xx / 8 * math.pi)))):
            c = RED[3] if (xx // 8) % 2 else RED[2]
            px(s, xx, yy, c)
        px(s, xx, top + 18 + int(3 * abs(math.sin(xx / 8 * math.pi))), INK)
    # the shell: concentric gold arches behind the stage
    cx = w // 2
    shell = surf(w, h)
    for k, r_ in enumerate(range(50, 10, -6)):
        pygame.draw.ellipse(shell, INK, pygame.Rect(cx - r_, top - r_ * 1.1, 2 * r_, 2.2 * r_))
        col = GOLD[3 - (k % 3)] if k % 2 == 0 else RED[2 + (k % 3 == 1)]
        pygame.draw.ellipse(shell, col, pygame.Rect(cx - r_ + 1, top - r_ * 1.1 + 1, 2 * r_ - 2,
                                                    2.2 * r_ - 2))
    shell.fill((0, 0, 0, 0), pygame.Rect(0, top, w, h - top))  # only the half above the stage
    s.blit(shell, (0, 0))
    # sunburst rays on the shell
    for a in range(0, 180, 15):
        ang = math.radians(180 + a)
        for rr in range(14, 50):
            x = int(cx + math.cos(ang) * rr)
            y = int(top + math.sin(ang) * rr * 1.1)
            if 0 <= x < w and 0 <= y < h and s.get_at((x, y)).a and rr % 2:
                px(s, x, y, GOLD[4])
    # the stage floor
    block(s, 0, top, w, 8, GOLD, INK, light=3)
    hline(s, GOLD[4], 2, w - 3, top + 1)
    # bulbs along the front edge
    for xx in range(5, w - 4, 8):
        pygame.draw.circle(s, INK, (xx, top + 5), 2)
        px(s, xx, top + 5, (255, 244, 200))
    # instruments: a bass drum, a tuba, a trumpet, cymbals, a harp, music stands
    dy = top - 1
    pygame.draw.ellipse(s, INK, pygame.Rect(16, dy - 16, 18, 17))
    pygame.draw.ellipse(s, (240, 230, 210), pygame.Rect(17, dy - 15, 16, 15))
    pygame.draw.ellipse(s, RED[3], pygame.Rect(17, dy - 15, 16, 15), 2)
    px(s, 25, dy - 8, GOLD[3])
    # tuba
    pygame.draw.circle(s, INK, (46, dy - 16), 8)
    pygame.draw.circle(s, GOLD[3], (46, dy - 16), 7)
    pygame.draw.circle(s, GOLD[1], (46, dy - 16), 4)
    rect(s, INK, 42, dy - 10, 7, 10)
    rect(s, GOLD[2], 43, dy - 9, 5, 9)
    # trumpet on a stand
    vline(s, INK, 64, dy - 14, dy)
    pygame.draw.line(s, INK, (58, dy - 16), (72, dy - 20), 3)
    pygame.draw.line(s, GOLD[3], (58, dy - 16), (72, dy - 20), 1)
    pygame.draw.polygon(s, GOLD[3], [(72, dy - 23), (76, dy - 24), (76, dy - 16), (72, dy - 18)])
    # cymbals
    vline(s, INK, 84, dy - 20, dy)
    pygame.draw.ellipse(s, INK, pygame.Rect(77, dy - 23, 15, 5))
    pygame.draw.ellipse(s, GOLD[4], pygame.Rect(78, dy - 22, 13, 3))
    # music stands with tiny sheets
    for mx in (36, 56, 76):
        vline(s, INK, mx, dy - 8, dy)
        rect(s, INK, mx - 4, dy - 13, 9, 6)
        rect(s, (250, 246, 236), mx - 3, dy - 12, 7, 4)
        hline(s, INK, mx - 2, mx + 2, dy - 11)
    # the conductor's podium, front and centre, empty
    rect(s, INK, cx - 7, top - 7, 14, 8)
    rect(s, RED[3], cx - 6, top - 6, 12, 6)
    hline(s, GOLD[3], cx - 6, cx + 5, top - 6)
    vline(s, INK, cx + 3, top - 18, top - 7)
    rect(s, INK, cx, top - 21, 8, 4)
    rect(s, (250, 246, 236), cx + 1, top - 20, 6, 2)


def band_mice(s: pygame.Surface) -> None:
    """Mice at the instruments, in red jackets (from the first fanfare on)."""
    top = 66
    coat = RED[3]
    dy = top - 1
    for x, y, f in ((22, dy - 15, 1), (40, dy - 2, 1), (61, dy - 12, 1), (81, dy - 1, -1),
                    (34, dy - 1, 1), (74, dy - 1, -1)):
        bob.mouse(s, x, y, f, "sit", fur=FUR, eye=(60, 20, 30), coat=coat)
    # music notes drifting up
    for nx, ny in ((30, 20), (52, 12), (70, 24), (88, 8)):
        rect(s, INK, nx, ny, 3, 2)
        vline(s, INK, nx + 2, ny - 6, ny)
        px(s, nx + 3, ny - 6, INK)
        px(s, nx + 1, ny, GOLD[4])


def candy(s: pygame.Surface) -> None:
    """A cotton-candy cart: striped awning, a glass drum of pink fluff, cones in a rack."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 3, w / 2 - 3, 4, 130)
    # cart body
    block(s, 4, 44, w - 8, 26, RED, INK, light=3)
    for xx in range(8, w - 8, 6):
        vline(s, GOLD[3], xx, 48, 66)
    rect(s, GOLD[2], 4, 44, w - 8, 3)
    # wheels
    for wx in (14, w - 14):
        pygame.draw.circle(s, INK, (wx, h - 8), 7)
        pygame.draw.circle(s, GOLD[3], (wx, h - 8), 6)
        pygame.draw.circle(s, GOLD[1], (wx, h - 8), 2)
        for a in range(0, 360, 60):
            px(s, int(wx + math.cos(math.radians(a)) * 4), int(h - 8 + math.sin(math.radians(a)) * 4),
               GOLD[0])
    # the glass drum full of pink fluff
    pygame.draw.ellipse(s, INK, pygame.Rect(10, 22, 30, 24))
    pygame.draw.ellipse(s, (200, 220, 240), pygame.Rect(11, 23, 28, 22))
    soft_ellipse(s, PINK[2], 25, 35, 12, 9, 255, 4)
    for k in range(6):
        px(s, 16 + k * 3, 30 + (k % 2) * 4, PINK[4])
    px(s, 14, 26, (255, 255, 255))
    px(s, 15, 25, (255, 255, 255))
    # cones in a rack
    for k, cx in enumerate((44, 50)):
        pygame.draw.polygon(s, INK, [(cx - 3, 34), (cx + 3, 34), (cx, 44)])
        pygame.draw.polygon(s, CREAM[3], [(cx - 2, 35), (cx + 2, 35), (cx, 42)])
        pygame.draw.circle(s, INK, (cx, 30), 5)
        pygame.draw.circle(s, PINK[2 + k], (cx, 30), 4)
        px(s, cx - 1, 28, PINK[4])
    # poles and the striped awning
    for pxx in (6, w - 8):
        rect(s, INK, pxx, 6, 3, 40)
        vline(s, GOLD[3], pxx + 1, 7, 44)
    for yy in range(0, 10):
        for xx in range(2 - yy // 3, w - 2 + yy // 3):
            c = RED[3] if ((xx + 2) // 6) % 2 else CREAM[3]
            if yy > 6:
                c = lerp(c, (0, 0, 0), 0.15)
            px(s, xx, yy, c)
    for xx in range(-1, w + 1, 6):
        pygame.draw.polygon(s, RED[3] if (xx // 6) % 2 else CREAM[3],
                            [(xx, 10), (xx + 6, 10), (xx + 3, 14)])
    hline(s, INK, 2, w - 3, 0)


def eyes(s: pygame.Surface) -> None:
    """Pairs of small red eyes in the shadows: under the grandstand, in the ceiling corners,
    behind the cart. Only the sharp-eyed will see them."""
    sx, sy, sw, sh = LAYOUT["circus_seats"]
    spots = [(sx + 30, sy + 50), (sx + 84, sy + 51), (sx + 50, sy + 29), (sx + 96, sy + 28),
             (8, 122), (630, 124), (22, 198), (574, 202), (626, 204), (468, 206)]
    for x, y in spots:
        for dx in (0, 3):
            px(s, x + dx, y, (150, 20, 24))
        px(s, x, y - 1 if (x + y) % 2 else y, EYE_RED)


# =================================================================== light
def light(s: pygame.Surface) -> None:
    """Dark edges, and two dusty spotlight cones crossing on the ring."""
    for yy in range(H):
        for xx in range(W):
            ex = min(xx, W - 1 - xx)
            t = 0.0
            if ex < 80:
                t = (1 - ex / 80) * 0.7
            if yy > 296:
                t = max(t, (yy - 296) / 24 * 0.5)
            if t > 0:
                lvl = int(t * 4 + bayer(xx, yy))
                if lvl > 0:
                    blend_px(s, xx, yy, (30, 6, 24, int(140 * min(4, lvl) / 4)))
    cx, cy, rx, ry = RING
    for (lx, ly), tx in (((40, 90), cx - 30), ((600, 90), cx + 30)):
        for yy in range(ly, cy + ry):
            f = (yy - ly) / (cy + ry - ly)
            mid = lx + (tx - lx) * f
            half = 6 + 60 * f
            for xx in range(int(mid - half), int(mid + half)):
                edge = 1 - abs(xx - mid) / half
                if bayer(xx, yy) < edge * 0.6 * (0.4 + 0.6 * f):
                    blend_px(s, xx, yy, (255, 240, 200, 30))
    soft_ellipse(s, (255, 240, 200), cx, cy, rx * 0.8, ry * 0.8, 60, 5)


# =================================================================== the show
def show_mouse(pose: str = "sit", facing: int = 1, coat: Colour = RED[3],
               eye: Colour = (40, 14, 24)) -> pygame.Surface:
    """A performing mouse, about 12 x 10 px, outlined; poses sit, leap, hang."""
    m = surf(16, 14)
    d, l_ = FUR
    pink = (244, 160, 176)
    if pose in ("sit", "hang"):
        for x, y in ((4, 12), (3, 12), (2, 11), (1, 10), (0, 9), (0, 8), (1, 7)):
            px(m, x, y, d)  # the tail, curled up behind
        pygame.draw.ellipse(m, d, pygame.Rect(3, 5, 8, 8))
        pygame.draw.ellipse(m, l_, pygame.Rect(7, 8, 3, 4))
        rect(m, coat, 4, 7, 5, 3)
        px(m, 7, 8, GOLD[4])
        pygame.draw.circle(m, d, (11, 5), 3)
        px(m, 14, 5, d)
        px(m, 14, 6, d)
        px(m, 15, 6, pink)
        pygame.draw.circle(m, d, (9, 2), 2)
        px(m, 9, 2, pink)
        px(m, 9, 1, pink)
        px(m, 12, 4, eye)
        px(m, 11, 3, l_)
        for x, y in ((9, 6), (9, 7)):
            px(m, x, y, (110, 104, 120))  # the neck, shaded
        px(m, 12, 9, l_)  # paws up
        px(m, 13, 8, l_)
        px(m, 9, 12, l_)
        px(m, 10, 12, l_)
    else:  # leap: stretched out, forepaws reaching, tail streaming
        pygame.draw.ellipse(m, d, pygame.Rect(3, 5, 9, 5))
        pygame.draw.ellipse(m, l_, pygame.Rect(5, 7, 5, 3))
        pygame.draw.circle(m, d, (12, 6), 2)
        pygame.draw.circle(m, d, (11, 3), 2)
        px(m, 11, 3, pink)
        px(m, 13, 5, eye)
        px(m, 14, 7, pink)
        rect(m, coat, 5, 6, 4, 2)
        px(m, 14, 9, l_)
        px(m, 2, 10, l_)
        for x, y in ((2, 6), (1, 5), (0, 4)):
            px(m, x, y, d)
    from ..base import outline
    outline(m, INK)
    if pose == "hang":
        m = pygame.transform.flip(m, False, True)
    if facing < 0:
        m = pygame.transform.flip(m, True, False)
    return m


def put(s: pygame.Surface, m: pygame.Surface, x: float, y: float) -> None:
    """Blit a mouse with its feet (bottom centre) at map pixel (x, y)."""
    s.blit(m, (_ox(int(x)) - m.get_width() // 2, _oy(int(y)) - m.get_height() + 1))


def mini(s: pygame.Surface, x: int, y: int, coat: Colour = RED[3]) -> None:
    """A tiny curled-up mouse for the letters: 5 x 4 px plus a tail, top-left at (x, y)."""
    d, l_ = FUR
    rect(s, INK, x - 1, y - 1, 7, 6)
    rect(s, d, x, y, 5, 4)
    hline(s, l_, x + 1, x + 3, y)
    px(s, x + 4, y - 1, (244, 160, 176))  # ear
    px(s, x + 4, y + 1, INK)  # eye
    hline(s, coat, x, x + 2, y + 2)
    px(s, x - 2, y + 3, d)  # tail


def _ox(x: int) -> int:
    return x - LAYOUT["circus_show_1"][0]


def _oy(y: int) -> int:
    return y - LAYOUT["circus_show_1"][1]


def sparkle(s: pygame.Surface, x: int, y: int, c: Colour = (255, 250, 220)) -> None:
    px(s, x, y, c)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        px(s, x + dx, y + dy, GOLD[3])


def _front_arc(n: int, spread: float = 0.8) -> list[tuple[float, float]]:
    cx, cy, rx, ry = RING
    out = []
    for k in range(n):
        a = math.pi * (0.5 - spread / 2) + k * math.pi * spread / max(1, n - 1)
        out.append((cx - math.cos(a) * rx * 0.9, cy + math.sin(a) * ry * 0.9))
    return out


def show_1(s: pygame.Surface) -> None:
    """The grand parade: mice in red and gold jackets marching round the front of the ring."""
    for k, (x, y) in enumerate(_front_arc(13, 1.3)):
        put(s, show_mouse("sit", 1, RED[3] if k % 2 else GOLD[3]), x, y)
    # the drum major in front, with a tall hat and a baton of her own
    cx, cy, rx, ry = RING
    x, y = _front_arc(13, 1.3)[-1]
    m = show_mouse("sit", 1, GOLD[3])
    put(s, m, x + 16, y - 6)
    hx, hy = _ox(int(x + 16)) + 2, _oy(int(y - 6)) - 16
    rect(s, INK, hx - 1, hy - 1, 6, 8)
    rect(s, RED[3], hx, hy, 4, 6)
    hline(s, GOLD[4], hx, hx + 3, hy + 4)
    # confetti in the air
    r = rng("show-1-confetti")
    for _ in range(70):
        x, y = r.randrange(20, 320), r.randrange(40, 200)
        px(s, x, y, r.choice([RED[4], GOLD[4], PINK[3], (140, 220, 255)]))


def show_2(s: pygame.Surface) -> None:
    """Mice bouncing on the trampolines, higher and higher; more hanging from the trapezes."""
    tx, ty, tw, th = LAYOUT["circus_trampolines"]
    for k, cx in enumerate((tx + 26, tx + tw - 26)):
        for j, hgt in enumerate((6, 34, 64, 96)):
            x = cx + (j % 2) * 8 - 4
            y = ty + 4 - hgt
            put(s, show_mouse("leap" if j % 2 else "sit", 1 if k == 0 else -1), x, y)
            for m in range(3):  # motion streaks under each
                px(s, _ox(int(x)), _oy(int(y)) + 3 + m * 3, (255, 250, 220))
    trx, tr_y, _, _ = LAYOUT["circus_trapezes"]
    for x, y in ((trx + 40, tr_y + 84), (trx + 52, tr_y + 84), (trx + 206, tr_y + 96),
                 (trx + 218, tr_y + 96)):
        put(s, show_mouse("hang", 1), x, y)
    for k in range(14):
        sparkle(s, 30 + k * 22, 20 + (k * 37) % 100)


def show_3(s: pygame.Surface) -> None:
    """A pyramid of mice in the front of the ring; flyers arc from trapeze to trapeze."""
    cx, cy, rx, ry = RING
    base_y = cy + 20
    for row in range(5):
        n = 5 - row
        for i in range(n):
            x = cx + 40 - (n - 1) * 7 + i * 14
            put(s, show_mouse("sit", 1 if i % 2 else -1, RED[3] if row % 2 else GOLD[3]),
                x, base_y - row * 12)
    x, y = _ox(cx + 40), _oy(base_y - 72)
    vline(s, INK, x, y, y + 10)
    pygame.draw.polygon(s, RED[3], [(x + 1, y), (x + 8, y + 2), (x + 1, y + 5)])
    trx, tr_y, _, _ = LAYOUT["circus_trapezes"]
    x0, y0 = trx + 56, tr_y + 80
    x1, y1 = trx + 200, tr_y + 92
    for k in range(6):
        t = (k + 0.5) / 6
        x = x0 + (x1 - x0) * t
        y = y0 + (y1 - y0) * t - 50 * math.sin(t * math.pi)
        put(s, show_mouse("leap", 1), x, y)
    for k in range(40):  # the dotted path of their flight
        t = k / 39
        if k % 3 == 0:
            px(s, _ox(int(x0 + (x1 - x0) * t)),
               _oy(int(y0 + (y1 - y0) * t - 50 * math.sin(t * math.pi))) + 4, GOLD[4])
    for k in range(16):
        sparkle(s, 12 + (k * 53) % 310, 8 + (k * 29) % 110)


def show_4(s: pygame.Surface) -> None:
    """The finale: the mice hang in the air in formation and spell CORALINE."""
    word = "CORALINE"
    pitch, gap = 6, 6
    width = len(word) * 5 * pitch + (len(word) - 1) * gap
    x0 = 330 - width // 2
    y0 = 104
    # a pool of spotlight behind the letters, washing the stripes out
    soft_ellipse(s, (255, 238, 196), _ox(330), _oy(y0 + 20), width / 2 + 26, 40, 190, 6)
    for n, ch in enumerate(word):
        g = BIG[ch]
        lx = x0 + n * (5 * pitch + gap)
        for yy, row in enumerate(g):
            for xx, on in enumerate(row):
                if on == "#":
                    mini(s, _ox(lx + xx * pitch), _oy(y0 + yy * pitch),
                         coat=RED[3] if (n + yy) % 2 else GOLD[2])
    for k in range(30):
        sparkle(s, 6 + (k * 41) % 330, 6 + (k * 23) % 160)
    for k, (x, y) in enumerate(_front_arc(9, 1.0)):  # the rest of the troupe, arms up
        put(s, show_mouse("sit", 1 if k < 4 else -1, GOLD[3]), x, y)


def mice_rest(s: pygame.Surface) -> None:
    """After the show: the mice sit round the front of the ring, facing her. Red eyes now."""
    for x, y in _front_arc(11, 1.2):
        cx = RING[0]
        put(s, show_mouse("sit", 1 if x < cx else -1, RED[3], eye=EYE_RED), x, y)


def fg(s: pygame.Surface) -> None:
    """A velvet rope on gold stanchions at the front left; a spilled popcorn box at right."""
    w, h = s.get_size()
    posts = (14, 96)
    for x in posts:
        rect(s, INK, x - 3, 8, 7, h - 8)
        rect(s, GOLD[2], x - 2, 9, 5, h - 9)
        vline(s, GOLD[4], x - 1, 10, h - 1)
        pygame.draw.circle(s, INK, (x, 7), 5)
        pygame.draw.circle(s, GOLD[3], (x, 7), 4)
        px(s, x - 1, 5, GOLD[4])
    for k in range(posts[1] - posts[0]):
        t = k / (posts[1] - posts[0])
        x = posts[0] + k
        y = 12 + int(12 * math.sin(t * math.pi))
        rect(s, INK, x, y - 1, 1, 5)
        rect(s, VELVET[3], x, y, 1, 3)
        px(s, x, y, VELVET[4])
    # popcorn box, tipped over, by the right edge
    bx, by = w - 60, h - 22
    pygame.draw.polygon(s, INK, [(bx, by), (bx + 20, by - 6), (bx + 24, by + 12), (bx + 4, by + 18)])
    pygame.draw.polygon(s, CREAM[4], [(bx + 1, by + 1), (bx + 19, by - 5), (bx + 23, by + 11),
                                      (bx + 5, by + 17)])
    for k in range(3):
        pygame.draw.line(s, RED[3], (bx + 4 + k * 6, by), (bx + 8 + k * 6, by + 16), 2)
    r = rng("popcorn")
    for _ in range(18):
        x, y = bx - 14 + r.randrange(20), by + 6 + r.randrange(14)
        rect(s, INK, x, y, 3, 3)
        px(s, x + 1, y + 1, (255, 246, 210))


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("circus_backdrop", backdrop),
        ("circus_door", door),
        ("circus_poster", poster),
        ("circus_seats", seats),
        ("circus_trapezes", trapezes),
        ("circus_trampolines", trampolines),
        ("circus_bandstand", bandstand),
        ("circus_band_mice", band_mice),
        ("circus_candy", candy),
        ("circus_eyes", eyes),
        ("circus_light", light),
        ("circus_show_1", show_1),
        ("circus_show_2", show_2),
        ("circus_show_3", show_3),
        ("circus_show_4", show_4),
        ("circus_mice_rest", mice_rest),
        ("circus_fg", fg),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
