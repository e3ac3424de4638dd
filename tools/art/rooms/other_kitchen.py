"""The Other kitchen: the real kitchen's twin, warm, bright and far too perfect.

Same layout as the real kitchen (door left, window over the counter, fridge with the shelf
above it, table in the middle, back door right), but the counter holds a stove with pots
bubbling, the fridge gleams cherry red, the long table is laid with a feast under a
chandelier, and the window is full of impossible sunshine. On night three a little box sits
on the table: two black buttons, a needle and black thread (`other_kitchen_offer`).

The whole room (walls and floor) is one painted backdrop, `other_kitchen_room`.
"""

from __future__ import annotations

import math

import pygame

from .. import furniture as fu
from .. import props as P
from ..base import (
    bake_light, make_prop,
    ASSETS, OTHER, ROOM_H, ROOM_W, bayer, blend_px, dither_pick, ellipse, hline, lerp,
    px, rect, rng, save, soft_ellipse, surf, vgrad, vline,
)
from ..furniture import block, floor_shadow
from ..patterns import cornice, skirting_other

PROPS = ASSETS / "props"
INK = OTHER["ink"]
GOLD = OTHER["gold"]
WOOD = OTHER["wood"]

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "other_kitchen_room": (0, 0, 640, 320),
    "other_kitchen_door": (20, 110, 62, 98),
    "other_kitchen_window": (104, 48, 88, 84),
    "other_kitchen_stove": (94, 164, 110, 52),
    "other_kitchen_steam": (150, 120, 54, 48),
    "other_kitchen_shelf": (218, 58, 60, 36),
    "other_kitchen_fridge": (222, 150, 36, 66),
    "other_kitchen_clock": (300, 56, 24, 24),
    "other_kitchen_chandelier": (342, 0, 80, 124),  # one frame of the swing strip
    "other_kitchen_table": (306, 186, 152, 60),
    "other_kitchen_offer": (372, 207, 20, 13),
    "other_kitchen_note": (430, 210, 10, 8),
    "other_kitchen_back_door": (560, 100, 66, 112),
    "other_kitchen_fg": (592, 274, 34, 44),
    "other_kitchen_light": (0, 0, 640, 320),
}

# warm kitchen colours (the Other palette has no kitchen ramps of its own)
BUTTER = [(200, 128, 52), (226, 162, 70), (244, 196, 98), (252, 222, 140), (255, 240, 190)]
CREAM = [(176, 120, 96), (222, 176, 140), (246, 218, 180), (255, 238, 210), (255, 250, 236)]
CHERRY = [(92, 14, 26), (140, 24, 36), (190, 40, 48), (226, 72, 70), (250, 130, 120),
          (255, 200, 190)]
TEAL = [(20, 70, 80), (30, 110, 118), (50, 150, 150), (100, 196, 186)]
COPPER = [(90, 40, 20), (150, 70, 34), (204, 112, 56), (240, 164, 100), (255, 220, 170)]
SILVER = [(70, 64, 80), (120, 116, 132), (176, 174, 188), (222, 222, 232), (255, 255, 255)]

# a 3x5 pixel alphabet, enough for the icing on the cake
GLYPHS = {
    "C": ("111", "100", "100", "100", "111"),
    "O": ("111", "101", "101", "101", "111"),
    "R": ("110", "101", "110", "101", "101"),
    "A": ("010", "101", "111", "101", "101"),
    "L": ("100", "100", "100", "100", "111"),
    "I": ("111", "010", "010", "010", "111"),
    "N": ("101", "111", "111", "111", "101"),
    "E": ("111", "100", "110", "100", "111"),
}


def _text(s: pygame.Surface, word: str, x: int, y: int, c) -> None:
    for i, ch in enumerate(word):
        for yy, row in enumerate(GLYPHS[ch]):
            for xx, bit in enumerate(row):
                if bit == "1":
                    px(s, x + i * 4 + xx, y + yy, c)


# ------------------------------------------------------------------------ the room
def room(s: pygame.Surface) -> None:
    """Butter-yellow plaster, a cherry tile border with buttons, glossy cream tiles, a
    skirting, and a red-and-cream chequered floor polished to a shine."""
    g = rng("okitchen-grain")
    grain = [[g.random() for _ in range(32)] for _ in range(32)]
    for y in range(ROOM_H):
        for x in range(ROOM_W):
            if y < 16:
                c = cornice(x, y, OTHER)
            elif y < 96:
                gr = grain[y % 32][x % 32]
                c = BUTTER[3] if gr < 0.92 else BUTTER[4]
                if gr < 0.06:
                    c = BUTTER[2]
                if y < 22 and bayer(x, y) < (22 - y) / 7:
                    c = BUTTER[2]
            elif y < 112:
                c = _border(x, y - 96)
            elif y < 192:
                c = _tile(x, y)
            elif y < 208:
                c = skirting_other(x, y)
            else:
                c = _floor(x, y)
            s.set_at((x, y), c)


def _border(x: int, yy: int) -> tuple:
    """A 16 px band of cherry tiles, each with a white four-holed button on it."""
    if yy == 0 or yy == 15:
        return CREAM[0]
    if yy == 1:
        return CHERRY[4]
    lx = x % 16
    if lx == 0:
        return CREAM[1]
    d = math.hypot(lx - 8, yy - 8)
    if d < 4.5:
        if d > 3.6:
            return CREAM[1]
        if (lx, yy) in ((7, 7), (9, 7), (7, 9), (9, 9)):
            return CREAM[0]
        return CREAM[4] if lx + yy < 16 else CREAM[3]
    c = CHERRY[2]
    if yy < 4 or lx < 3:
        c = CHERRY[3]
    if yy > 12 or lx > 13:
        c = CHERRY[1]
    return c


def _tile(x: int, y: int) -> tuple:
    """Glossy cream wall tiles, 8x8, each with a little shine in the corner."""
    lx, ly = x % 8, (y - 112) % 8
    if lx == 7 or ly == 7:
        return CREAM[1]
    if lx == 0 or ly == 0:
        return CREAM[4]
    c = CREAM[3]
    if lx > 4 and ly > 4:
        c = CREAM[2]
    if (lx, ly) in ((1, 1), (2, 1), (1, 2)):
        c = CREAM[4]
    # every so often a tile with a painted orange blossom
    tx, ty = x // 8, (y - 112) // 8
    if (tx * 7 + ty * 5) % 13 == 0 and 2 <= lx <= 5 and 2 <= ly <= 5:
        if (lx in (3, 4)) or (ly in (3, 4)):
            c = CHERRY[3] if (lx, ly) not in ((3, 3), (4, 4), (3, 4), (4, 3)) else BUTTER[2]
    return c


def _floor(x: int, y: int) -> tuple:
    """Chequered lino in rose and cream, 8 px squares, buffed to a high gloss."""
    sq = ((x // 8) + (y // 8)) % 2
    lx, ly = x % 8, y % 8
    rose = [(150, 56, 60), (186, 84, 80), (204, 106, 96), (222, 136, 120)]
    cream = [(214, 170, 140), (232, 196, 164), (244, 214, 184), (252, 232, 206)]
    if sq == 0:
        c = rose[2]
        if ly == 0 or lx == 0:
            c = rose[3]
        if ly == 7:
            c = rose[1]
    else:
        c = cream[2]
        if ly == 0 or lx == 0:
            c = cream[3]
        if ly == 7:
            c = cream[1]
    # darker near the skirting, a shine band in the middle of the floor
    if y < 216 and bayer(x, y) < (216 - y) / 9:
        c = lerp(c, rose[0], 0.4)
    if 250 < y < 264 and bayer(x, y) < 0.15:
        c = lerp(c, (255, 255, 255), 0.3)
    return c


# --------------------------------------------------------------------- fittings
def door(s: pygame.Surface) -> None:
    fu.doorway(s, "other", inside="closed")
    w, h = s.get_size()
    # a heart-shaped wreath of dried flowers on the door
    cx, cy = w // 2, 30
    for a in range(0, 360, 20):
        t = math.radians(a)
        hx = 16 * math.sin(t) ** 3
        hy = -(13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t))
        xx, yy = int(cx + hx * 0.55), int(cy + hy * 0.55)
        pygame.draw.circle(s, INK, (xx, yy), 2)
        px(s, xx, yy, (240, 90, 120) if a % 40 else GOLD[3])
        px(s, xx + 1, yy, OTHER["green"][2])


def window(s: pygame.Surface) -> None:
    """Sunshine that can't be right: noon blue at night, a fat sun, flowers that glow."""
    w, h = s.get_size()
    fu.window(s, "other", curtains=False)
    fx, fy, fw, fh = 0, 6, w, h - 22
    gx, gy, gw, gh = fx + 4, fy + 4, fw - 8, fh - 8
    sky = [(40, 130, 230), (80, 170, 245), (140, 210, 255), (210, 240, 255)]
    vgrad(s, sky, gx, gy, gw, gh, 0.0, 1.0)
    # the sun, with rays
    sx, sy = gx + 20, gy + 14
    soft_ellipse(s, (255, 250, 200), sx, sy, 16, 16, 220, 4)
    for k in range(12):
        a = k * math.pi / 6
        for d in range(9, 14):
            if (d + k) % 2 == 0:
                px(s, int(sx + d * math.cos(a)), int(sy + d * math.sin(a)), (255, 236, 150))
    pygame.draw.circle(s, (255, 214, 90), (sx, sy), 6)
    pygame.draw.circle(s, (255, 246, 190), (sx - 1, sy - 1), 4)
    # rolling green hills and a garden bursting with flowers
    r = rng("ok-window")
    green = OTHER["green"]
    for xx in range(gx, gx + gw):
        top = gy + gh - 20 - int(5 * math.sin(xx * 0.12) + 2 * math.sin(xx * 0.5))
        for yy in range(top, gy + gh):
            px(s, xx, yy, dither_pick(green, 0.9 - (yy - top) / 26, xx, yy))
    for _ in range(40):
        xx, yy = gx + r.randrange(gw), gy + gh - 12 + r.randrange(12)
        col = r.choice([(255, 90, 130), (255, 220, 80), (255, 150, 60), (250, 250, 250)])
        px(s, xx, yy, col)
    # a butterfly, and a white cloud shaped like a heart
    for dx, dy in ((0, 0), (2, 0), (1, 1)):
        px(s, gx + 60 + dx, gy + 26 + dy, (255, 140, 40))
    for cx0, cy0, rr in ((gx + 52, gy + 10, 4), (gx + 58, gy + 10, 4), (gx + 55, gy + 13, 4)):
        pygame.draw.circle(s, (255, 255, 255), (cx0, cy0), rr)
    # muntins and sash redrawn over the painting
    mid = gy + gh // 2
    rect(s, GOLD[2], gx, mid - 2, gw, 4)
    hline(s, GOLD[3], gx, gx + gw - 1, mid - 2)
    hline(s, GOLD[0], gx, gx + gw - 1, mid + 1)
    vline(s, GOLD[2], gx + gw // 2, gy, gy + gh - 1)
    vline(s, GOLD[1], gx + gw // 2 + 1, gy, gy + gh - 1)
    for k in range(6):
        px(s, gx + 3 + k, gy + 10 - k, (255, 255, 240))
    # a red gingham café curtain across the lower half, crisp and starched
    for yy in range(h // 2 - 2, h - 22):
        for xx in range(6, w - 6):
            c = (255, 246, 236) if ((xx // 3) + (yy // 3)) % 2 else CHERRY[3]
            if ((xx // 3) % 2) and ((yy // 3) % 2):
                c = CHERRY[2]
            if yy == h // 2 - 2:
                c = INK
            px(s, xx, yy, c)
    for xx in range(6, w - 6):  # a scalloped hem
        px(s, xx, h - 22 + (1 if (xx // 3) % 2 else 0), CHERRY[1])
    hline(s, GOLD[3], 4, w - 5, h // 2 - 3)
    # a window box of geraniums on the sill
    sy0 = fy + fh + 4
    block(s, 10, sy0 - 8, w - 20, 8, WOOD, INK, light=4)
    for k in range(14, w - 14, 6):
        pygame.draw.circle(s, INK, (k, sy0 - 10), 3)
        pygame.draw.circle(s, CHERRY[3], (k, sy0 - 10), 2)
        px(s, k - 1, sy0 - 11, CHERRY[5])
        px(s, k + 3, sy0 - 8, OTHER["green"][3])


def stove(s: pygame.Surface) -> None:
    """The counter at Coraline's waist: a gleaming sink on the left, a stove on the right
    with pots bubbling (the floor is at h - 4)."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2, 3)
    top = [(170, 110, 80), (214, 150, 110), (240, 190, 150), (255, 226, 196)]
    ct = 16  # the counter top inside the picture
    # cupboards (cream, cherry panels, gold knobs) under the sink
    block(s, 2, ct + 4, 52, h - ct - 8, CREAM, INK, light=3)
    for i in range(2):
        dx = 5 + i * 24
        block(s, dx, ct + 7, 22, h - ct - 15, CHERRY, INK, light=3)
        rect(s, GOLD[3], dx + (18 if i == 0 else 2), ct + 11, 1, 3)
        px(s, dx + (18 if i == 0 else 2), ct + 11, GOLD[4])
    rect(s, INK, 2, h - 5, 52, 2)
    # the stove: cream enamel, an oven door with a glowing window
    block(s, 54, ct - 4, w - 56, h - ct, CREAM, INK, light=3)
    rect(s, INK, 54, ct - 4, w - 56, 6)
    rect(s, CHERRY[2], 55, ct - 3, w - 58, 4)
    for k in range(5):  # knobs
        kx = 62 + k * 9
        px(s, kx, ct - 1, SILVER[4])
        px(s, kx + 1, ct - 1, SILVER[3])
    ox, oy, ow, oh = 62, ct + 6, w - 72, 14
    block(s, ox - 3, oy - 3, ow + 6, oh + 6, CREAM, INK, light=2)
    rect(s, INK, ox, oy, ow, oh)
    vgrad(s, [(120, 30, 10), (200, 80, 20), (255, 150, 40), (255, 210, 120)], ox + 1, oy + 1,
          ow - 2, oh - 2, 0.1, 0.9)
    # a pie, browning, seen through the oven glass
    ellipse(s, (140, 70, 20), ox + 8, oy + oh - 6, ow - 16, 4)
    ellipse(s, (230, 160, 70), ox + 9, oy + oh - 7, ow - 18, 3)
    hline(s, (255, 240, 200), ox + 2, ox + 8, oy + 2)
    hline(s, SILVER[2], ox + 4, ox + ow - 5, oy - 2)  # handle
    rect(s, CHERRY[1], 56, h - 9, w - 60, 3)
    for k in range(58, w - 6, 3):
        vline(s, CHERRY[0], k, h - 9, h - 7)
    # counter top over the sink half
    block(s, 0, ct, 56, 5, top, INK, light=2)
    hline(s, top[3], 2, 53, ct + 1)
    # basin and a copper swan-neck tap
    rect(s, INK, 14, ct, 26, 3)
    rect(s, SILVER[2], 15, ct + 1, 24, 1)
    pygame.draw.arc(s, INK, pygame.Rect(26, ct - 12, 10, 10), 0, math.pi, 2)
    pygame.draw.arc(s, COPPER[3], pygame.Rect(27, ct - 11, 8, 8), 0, math.pi, 1)
    vline(s, INK, 26, ct - 7, ct)
    vline(s, COPPER[3], 27, ct - 6, ct - 1)
    px(s, 35, ct - 7, COPPER[4])
    # a stack of spotless plates and a bottle of rose-pink soap
    for k in range(3):
        ellipse(s, INK, 4, ct - 7 + k * 2, 10, 4)
        ellipse(s, (255, 252, 244), 5, ct - 6 + k * 2, 8, 2)
    rect(s, INK, 45, ct - 8, 5, 8)
    rect(s, (255, 120, 160), 46, ct - 7, 3, 7)
    rect(s, INK, 46, ct - 10, 3, 2)
    vline(s, (255, 190, 210), 46, ct - 6, ct - 2)
    # two pots on the hob: copper stockpot and a cherry saucepan, both bubbling over
    _pot(s, 62, ct - 14, 14, 10, COPPER, "a")
    _pot(s, 82, ct - 11, 12, 7, CHERRY, "b")
    rect(s, INK, 94, ct - 9, 6, 2)  # the saucepan's handle
    hline(s, CHERRY[3], 94, 98, ct - 9)


def _pot(s: pygame.Surface, x: int, y: int, w: int, h: int, ramp, seed: str) -> None:
    rect(s, INK, x, y, w, h)
    vgrad(s, ramp[1:], x + 1, y + 1, w - 2, h - 2, 0.9, 0.1)
    vline(s, ramp[-1], x + 3, y + 2, y + h - 3)
    # bubbling contents at the rim, a lid hopping on top
    hline(s, INK, x - 1, x + w, y)
    for k in range(x + 1, x + w - 1):
        px(s, k, y - 1, (250, 220, 150) if k % 3 else (255, 250, 220))
    r = rng("pot-" + seed)
    for _ in range(5):
        bx = x + 2 + r.randrange(w - 4)
        px(s, bx, y - 2, (255, 246, 210))
    rect(s, INK, x - 1, y + 3, 2, 3)
    rect(s, INK, x + w - 1, y + 3, 2, 3)


def steam(s: pygame.Surface, cx: int, cy: int, height: int, seed: str) -> None:
    """A dithered curl of steam rising from cy upwards."""
    r = rng(seed)
    ph = r.random() * 6
    for k in range(height):
        t = k / height
        xx = cx + int(3 * math.sin(k * 0.35 + ph))
        a = int(150 * (1 - t))
        for d in (-1, 0, 1):
            if bayer(xx + d, cy - k) < 0.8 - t * 0.6:
                blend_px(s, xx + d, cy - k, (255, 255, 255, a))


def steam_layer(s: pygame.Surface) -> None:
    """Steam curling up from both pots (their rims sit at the bottom of this picture)."""
    w, h = s.get_size()
    steam(s, 14, h - 2, 40, "steam-a")
    steam(s, 22, h - 4, 30, "steam-b")
    steam(s, 36, h - 1, 34, "steam-c")


def shelf(s: pygame.Surface) -> None:
    """The high shelf: jars of jam and sweets, labelled in a beautiful hand, and a copper
    ladle on the hook where the real kitchen keeps its key."""
    w, h = s.get_size()
    block(s, 0, 18, w, 6, WOOD, INK, light=4)
    for bx in (6, w - 10):
        pygame.draw.polygon(s, INK, [(bx, 23), (bx + 5, 23), (bx + 5, 32)])
        pygame.draw.polygon(s, WOOD[3], [(bx + 1, 24), (bx + 4, 24), (bx + 4, 29)])
    jars = [((220, 40, 60), 12), ((255, 170, 40), 14), ((150, 60, 160), 10), ((255, 120, 40), 12)]
    x = 3
    for c, jh in jars:
        rect(s, INK, x, 18 - jh, 11, jh)
        rect(s, c, x + 1, 19 - jh, 9, jh - 1)
        rect(s, (255, 246, 230), x + 1, 18 - jh, 9, 2)  # gingham lid cloth
        px(s, x + 3, 18 - jh, CHERRY[3])
        px(s, x + 7, 18 - jh, CHERRY[3])
        rect(s, (255, 250, 236), x + 2, 23 - jh + jh // 2 - 3, 7, 3)  # label
        vline(s, (255, 255, 255), x + 2, 21 - jh, 16)
        x += 13
    # the ladle on the hook
    hx = 34
    vline(s, INK, hx, 24, 27)
    pygame.draw.line(s, INK, (hx, 26), (hx + 1, 33), 2)
    pygame.draw.circle(s, INK, (hx + 2, 33), 3)
    pygame.draw.circle(s, COPPER[3], (hx + 2, 33), 2)
    px(s, hx + 1, 32, COPPER[4])


def fridge(s: pygame.Surface) -> None:
    """A rounded cherry-red fridge, as tall as Mother, with a mirror shine and a drawing."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2, 3)
    pygame.draw.rect(s, INK, pygame.Rect(1, 0, w - 2, h - 3), border_top_left_radius=7,
                     border_top_right_radius=7)
    pygame.draw.rect(s, CHERRY[2], pygame.Rect(2, 1, w - 4, h - 5), border_top_left_radius=6,
                     border_top_right_radius=6)
    for xx in range(3, w - 3):
        t = 0.95 - 0.8 * ((xx - 3) / (w - 7)) ** 1.3
        for yy in range(4, h - 6):
            px(s, xx, yy, dither_pick(CHERRY[:5], t, xx, yy))
    hline(s, CHERRY[4], 6, w - 8, 1)
    # a long mirror highlight: it gleams
    for yy in range(5, h - 10):
        px(s, 5, yy, CHERRY[5])
        if yy % 7 < 5:
            px(s, 6, yy, CHERRY[4])
    # freezer seam, chrome handles, a chrome badge
    hline(s, INK, 2, w - 3, 18)
    hline(s, CHERRY[1], 2, w - 3, 19)
    for hy, hh in ((7, 8), (22, 14)):
        rect(s, INK, w - 7, hy, 3, hh)
        vline(s, SILVER[3], w - 6, hy + 1, hy + hh - 2)
        px(s, w - 6, hy + 1, SILVER[4])
    rect(s, SILVER[2], 9, 12, 12, 2)
    hline(s, SILVER[4], 10, 19, 12)
    # a crayon drawing: three figures holding hands, all with button eyes
    dx, dy = 8, 24
    rect(s, INK, dx - 1, dy - 1, 16, 12)
    rect(s, (255, 252, 240), dx, dy, 14, 10)
    for fx, col in ((3, (60, 110, 220)), (7, (120, 50, 60)), (11, (60, 60, 60))):
        px(s, dx + fx, dy + 2, INK)
        vline(s, col, dx + fx, dy + 4, dy + 7)
        px(s, dx + fx - 1, dy + 8, col)
        px(s, dx + fx + 1, dy + 8, col)
    hline(s, (240, 80, 110), dx + 2, dx + 12, dy + 5)
    # a gold-star certificate and button magnets
    rect(s, INK, 9, 39, 10, 8)
    rect(s, (255, 246, 220), 10, 40, 8, 6)
    px(s, 16, 42, GOLD[3])
    px(s, 15, 43, GOLD[3])
    px(s, 17, 43, GOLD[3])
    for bx, by in ((15, 23), (20, 37), (12, 52)):
        pygame.draw.circle(s, INK, (bx, by), 2)
        px(s, bx, by, (40, 34, 46))
    # kick plate and chrome feet
    rect(s, SILVER[2], 3, h - 8, w - 6, 3)
    for k in range(4, w - 4, 3):
        vline(s, SILVER[1], k, h - 8, h - 6)
    hline(s, SILVER[4], 3, w - 4, h - 8)
    rect(s, INK, 3, h - 4, 4, 2)
    rect(s, INK, w - 7, h - 4, 4, 2)


def clock(s: pygame.Surface) -> None:
    """A sunburst clock with buttons for numbers; both hands point at suppertime."""
    cx = cy = 12
    for k in range(16):
        a = k * math.pi / 8
        pygame.draw.line(s, INK, (cx, cy), (cx + round(11 * math.cos(a)), cy + round(11 * math.sin(a))), 3)
    for k in range(16):
        a = k * math.pi / 8
        pygame.draw.line(s, GOLD[3], (cx, cy), (cx + round(10 * math.cos(a)), cy + round(10 * math.sin(a))))
    pygame.draw.circle(s, INK, (cx, cy), 8)
    pygame.draw.circle(s, (255, 248, 232), (cx, cy), 7)
    for a in range(12):
        ang = a * math.pi / 6
        px(s, cx + round(5.5 * math.cos(ang)), cy + round(5.5 * math.sin(ang)), (40, 30, 40))
    pygame.draw.line(s, INK, (cx, cy), (cx + 3, cy + 3))
    pygame.draw.line(s, INK, (cx, cy), (cx, cy - 5))
    px(s, cx, cy, CHERRY[2])


# The chandelier sways, just, on its chain: a `swing` effect in the map's effects layer shows
# one frame at a time from the strip other_kitchen_chandelier_swing.png (frame 0 swung
# furthest left, the middle one hanging straight). Each frame is drawn at its angle about
# the top of the chain; the candles and the crystal drops hang plumb from where the arms
# carry them.
# It hangs on a long chain, about three metres above the floor, its candles below the deepest
# tear of the decay's white nothing (only the chain goes into it).
CHANDELIER_FRAMES, CHANDELIER_SWING, CHANDELIER_PERIOD = 9, 2.0, 300  # frames, degrees, ticks
CHAIN = 72  # how much longer the chain is than the still picture's was


def swing_angles(frames: int, amplitude: float) -> list[float]:
    """The angle of each frame of a swing strip, in degrees: -amplitude (left) to +amplitude."""
    return [amplitude * (2 * i / (frames - 1) - 1) for i in range(frames)]


def chandelier(s: pygame.Surface, angle: float = 0.0) -> None:
    """A gold chandelier with lit candles and crystal drops, hung over the feast from the top
    centre of ``s`` and swung ``angle`` degrees (positive: its foot to the right)."""
    w, h = s.get_size()
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)

    def at(x: float, y: float) -> tuple[float, float]:
        """A point of the hanging chandelier (x right of the chain, y down) in the picture."""
        return w // 2 + x * ca + y * sa, -x * sa + y * ca

    def ip(x: float, y: float) -> tuple[int, int]:
        fx, fy = at(x, y)
        return round(fx), round(fy)

    # chain from the ceiling
    for yy in range(0, 20 + CHAIN):
        px(s, *ip(0, yy), GOLD[2] if yy % 3 else INK)
        px(s, *ip(1, yy), GOLD[1] if yy % 3 else INK)
    c = CHAIN
    # centre boss and the curved arms
    bx, by = ip(1, c + 25)
    ellipse(s, INK, bx - 8, by - 7, 16, 14)
    ellipse(s, GOLD[2], bx - 7, by - 6, 14, 12)
    px(s, bx - 4, by - 4, GOLD[4])
    for side in (-1, 1):
        for ax, ay in ((12, 8), (26, 6)):
            pts = []
            for i in range(12):
                t = i / 11
                pts.append(at(side * (ax * t + 2), c + 28 + 8 * math.sin(t * math.pi) - ay * t))
            pygame.draw.lines(s, INK, False, pts, 3)
            pygame.draw.lines(s, GOLD[3], False, pts, 1)
            ex, ey = pts[-1]
            _candle(s, int(ex), int(ey))
    _candle(s, *ip(0, c + 16))
    # crystal drops, each hanging plumb from its hook under the boss
    for k, dx in enumerate((-22, -14, -6, 2, 10, 18, 24)):
        hx, hy = ip(dx, c + 30)
        dy = hy + 6 + (k % 2) * 4
        vline(s, GOLD[1], hx, hy, dy)
        pygame.draw.polygon(s, (200, 230, 255), [(hx, dy), (hx + 2, dy + 3), (hx, dy + 7), (hx - 2, dy + 3)])
        px(s, hx, dy + 2, (255, 255, 255))
    # the bottom finial
    pygame.draw.polygon(s, INK, [at(-4, c + 31), at(5, c + 31), at(0, c + 44)])
    pygame.draw.polygon(s, GOLD[2], [at(-2, c + 32), at(3, c + 32), at(0, c + 41)])
    fx, fy = ip(0, c + 46)
    pygame.draw.circle(s, INK, (fx, fy), 3)
    pygame.draw.circle(s, (255, 120, 150), (fx, fy), 2)


def chandelier_strip() -> None:
    """The swing strip: the frames side by side, lit by the room's light overlay as the still
    picture was (it is drawn after the overlay now, so the overlay is baked in)."""
    x0, y0, fw, fh = LAYOUT["other_kitchen_chandelier"]
    lit = pygame.image.load(str(PROPS / "other_kitchen_light.png"))
    strip = surf(fw * CHANDELIER_FRAMES, fh)
    for i, angle in enumerate(swing_angles(CHANDELIER_FRAMES, CHANDELIER_SWING)):
        one = surf(fw, fh)
        chandelier(one, angle)
        bake_light(one, lit, x0, y0)
        strip.blit(one, (i * fw, 0))
    save(strip, PROPS / "other_kitchen_chandelier_swing.png")


def _candle(s: pygame.Surface, x: int, y: int) -> None:
    rect(s, INK, x - 3, y, 7, 3)
    rect(s, GOLD[3], x - 2, y + 1, 5, 1)
    rect(s, INK, x - 2, y - 8, 5, 8)
    rect(s, (255, 250, 236), x - 1, y - 7, 3, 7)
    soft_ellipse(s, (255, 220, 120), x, y - 11, 6, 7, 150, 3)
    # the flame: a white core 1x2 under an orange tip, edged where it meets the gold wall in
    # the fire's darker red so it reads as lit against the yellow; a dark wick beneath
    fire = OTHER["fire"]
    px(s, x, y - 9, INK)
    for yy in (y - 10, y - 11, y - 12):
        px(s, x - 1, yy, fire[1])
        px(s, x + 1, yy, fire[1])
    px(s, x, y - 13, fire[1])
    px(s, x, y - 10, (255, 255, 250))
    px(s, x, y - 11, fire[4])
    px(s, x, y - 12, fire[2])


# --------------------------------------------------------------------- the feast
TOP_Y, TOP_H = 24, 10  # the table top inside the table picture (floor at h - 3)


def table(s: pygame.Surface) -> None:
    """The long table under a lace cloth, with three high-backed chairs and the feast."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 5, w / 2, 6, 130)
    # chair backs behind the table: tall carved frames, slats, a button in the crest
    for cx0 in (14, 67, 120):
        for lx in (cx0, cx0 + 17):
            rect(s, INK, lx, 6, 4, TOP_Y - 4)
            vline(s, WOOD[4], lx + 1, 7, TOP_Y - 1)
            vline(s, WOOD[2], lx + 2, 7, TOP_Y - 1)
            pygame.draw.circle(s, INK, (lx + 2, 5), 3)
            pygame.draw.circle(s, WOOD[4], (lx + 2, 5), 2)
        block(s, cx0 + 2, 6, 17, 6, WOOD, INK, light=4)
        px(s, cx0 + 10, 8, (40, 30, 44))
        for k in range(cx0 + 6, cx0 + 16, 4):
            rect(s, INK, k - 1, 12, 3, TOP_Y - 12)
            vline(s, WOOD[3], k, 12, TOP_Y - 1)
        block(s, cx0 + 2, TOP_Y - 6, 17, 3, WOOD, INK, light=3)
    # the top, under a white cloth, and the cloth hanging down the front in lace scallops
    pts = [(8, TOP_Y), (w - 9, TOP_Y), (w - 1, TOP_Y + TOP_H), (0, TOP_Y + TOP_H)]
    pygame.draw.polygon(s, (252, 244, 232), pts)
    for yy in range(TOP_Y + 1, TOP_Y + TOP_H):
        for xx in range(w):
            if s.get_at((xx, yy)).a and s.get_at((xx, yy))[:3] == (252, 244, 232):
                if bayer(xx, yy) < 0.2:
                    px(s, xx, yy, (240, 226, 212))
    pygame.draw.polygon(s, INK, pts, 1)
    drop_top, drop_bot = TOP_Y + TOP_H, TOP_Y + TOP_H + 12
    for yy in range(drop_top, drop_bot):
        for xx in range(0, w):
            scal = 2 * abs(math.sin((xx + 4) * math.pi / 10))
            if yy > drop_bot - 3 + scal:
                continue
            c = (248, 238, 226) if (xx // 2) % 5 else (232, 218, 204)
            if yy > drop_bot - 5 and (xx + yy) % 3 == 0:
                c = (214, 196, 186)  # lace holes
            px(s, xx, yy, c)
    for xx in range(w):
        scal = 2 * abs(math.sin((xx + 4) * math.pi / 10))
        px(s, xx, int(drop_bot - 2 + scal), INK)
    vline(s, INK, 0, drop_top, drop_bot - 2)
    vline(s, INK, w - 1, drop_top, drop_bot - 2)
    hline(s, CHERRY[2], 1, w - 2, drop_top + 1)  # a red ribbon trim
    # carved legs below the cloth
    for lx in (6, w - 14, w // 2 - 4):
        if lx == w // 2 - 4:
            continue
        rect(s, INK, lx, drop_bot - 2, 6, h - drop_bot - 1)
        rect(s, WOOD[3], lx + 1, drop_bot - 2, 4, h - drop_bot - 2)
        vline(s, WOOD[5], lx + 2, drop_bot, h - 6)
        rect(s, INK, lx - 1, h - 5, 8, 3)
        hline(s, GOLD[2], lx, lx + 5, h - 4)
    _feast(s)


# The dishes at the cast's scale: the top is a 10 px band (TOP_Y..TOP_Y + TOP_H) about 26 px
# above the floor, a roast chicken is ~16 px long with its legs, the cake ~15 px on its stand.
# (x centre, y of the foot), local to the table picture; the .tmx hotspots follow these.
JUG = (10, 30)
CHICKEN = (47, 32)
POTATOES = (99, 31)
GRAVY = (116, 33)
CAKE = (139, 31)
CHERRIES = (72, 33)
ROLLS = (86, 33)
PLATES = (25, 77, 128)  # a place laid before each chair, at the back of the cloth
CANDLES = (63, 110)
CHINA = (255, 255, 250)
ROAST = [(120, 50, 14), (170, 84, 24), (214, 124, 44), (246, 176, 90), (255, 220, 150)]
MASH = [(200, 180, 140), (232, 216, 176), (250, 240, 210), (255, 252, 236)]
ICING = [(196, 64, 104), (236, 116, 146), (255, 166, 188), (255, 212, 224)]
ORANGE = [(214, 110, 20), (255, 150, 30), (255, 200, 90)]


def _feast(s: pygame.Surface) -> None:
    """Back to front: the places laid, candles, the jug, the potatoes, the cake; then the
    chicken and the gravy at the front of the cloth."""
    for cx in PLATES:
        _plate(s, cx, 27)
        _glass(s, cx + (9 if cx < 120 else -9), 28)
    for cx in CANDLES:
        _candlestick(s, cx, 28)
    _jug(s, *JUG)
    _potatoes(s, *POTATOES)
    _cake(s, *CAKE)
    _chicken(s, *CHICKEN)
    _cherries(s, *CHERRIES)
    _rolls(s, *ROLLS)
    _gravy(s, *GRAVY)


def _plate(s: pygame.Surface, cx: int, y: int) -> None:
    """A china plate seen from the front (11 x 4) with a gold rim, knife and fork either side."""
    rim = lerp(INK, CHINA, 0.35)
    hline(s, rim, cx - 3, cx + 3, y - 2)
    hline(s, rim, cx - 3, cx + 3, y + 1)
    for yy in (y - 1, y):
        px(s, cx - 5, yy, rim)
        px(s, cx + 5, yy, rim)
        hline(s, GOLD[3], cx - 4, cx + 4, yy)
    hline(s, CHINA, cx - 2, cx + 2, y - 1)
    hline(s, CHINA, cx - 3, cx + 3, y)
    vline(s, SILVER[2], cx - 7, y - 2, y + 1)
    vline(s, SILVER[2], cx + 7, y - 2, y + 1)
    px(s, cx - 7, y - 2, SILVER[4])


def _glass(s: pygame.Surface, x: int, y: int) -> None:
    """A tumbler of the orange stuff, 4 x 6."""
    rect(s, INK, x - 2, y - 6, 4, 6)
    rect(s, (210, 230, 245), x - 1, y - 5, 2, 1)
    rect(s, ORANGE[1], x - 1, y - 4, 2, 3)
    px(s, x - 1, y - 4, ORANGE[2])


def _candlestick(s: pygame.Surface, x: int, y: int) -> None:
    """A gold candlestick with a tall white candle, lit: 12 px."""
    rect(s, INK, x - 2, y - 2, 5, 2)
    hline(s, GOLD[3], x - 1, x + 1, y - 2)
    rect(s, INK, x - 1, y - 5, 3, 3)
    px(s, x, y - 4, GOLD[3])
    rect(s, INK, x - 1, y - 10, 3, 5)
    vline(s, (255, 250, 236), x, y - 9, y - 5)
    px(s, x, y - 11, OTHER["fire"][4])
    px(s, x, y - 12, OTHER["fire"][3])


def _jug(s: pygame.Surface, cx: int, y: int) -> None:
    """A glass jug of something orange, 11 px tall, lip to the left, handle to the right."""
    top = y - 11
    pygame.draw.polygon(s, INK, [(cx - 3, top), (cx + 3, top), (cx + 4, y), (cx - 4, y)])
    for yy in range(top + 1, y):
        t = (yy - top) / (y - top)
        half = 3 + t
        for xx in range(int(cx - half + 1), int(cx + half)):
            c = (210, 230, 245) if yy < top + 3 else (ORANGE[2] if xx < cx - 1 else ORANGE[1])
            if yy > y - 3 and xx > cx + 1:
                c = ORANGE[0]
            px(s, xx, yy, c)
    pygame.draw.polygon(s, INK, [(cx - 6, top - 1), (cx - 2, top), (cx - 3, top + 2)])
    px(s, cx - 4, top, (210, 230, 245))
    vline(s, INK, cx + 5, top + 2, top + 7)
    vline(s, INK, cx + 6, top + 3, top + 6)
    vline(s, (255, 255, 255), cx - 2, top + 3, y - 3)


def _chicken(s: pygame.Surface, cx: int, y: int) -> None:
    """A whole roast chicken on a silver platter, paper frills on its legs: 16 px long."""
    ellipse(s, INK, cx - 9, y - 4, 19, 5)
    ellipse(s, SILVER[3], cx - 8, y - 3, 17, 3)
    hline(s, SILVER[4], cx - 5, cx + 3, y - 3)
    for k, c in ((-8, OTHER["green"][3]), (-7, (255, 140, 40)), (6, (255, 140, 40)),
                 (7, OTHER["green"][3])):  # a bean and a carrot at either end
        px(s, cx + k, y - 2, c)
    by = y - 5  # the bird's middle
    ellipse(s, INK, cx - 6, by - 5, 13, 9)
    for yy in range(by - 4, by + 4):
        for xx in range(cx - 5, cx + 6):
            if ((xx - cx) / 5.6) ** 2 + ((yy - by + 0.5) / 4.2) ** 2 < 1:
                t = 0.9 - ((xx - cx + 2) ** 2 + (yy - by + 3) ** 2) / 40
                px(s, xx, yy, dither_pick(ROAST, t, xx, yy))
    for side in (-1, 1):  # drumsticks, with paper frills
        lx = cx + side * 6
        ellipse(s, INK, lx - 2, by - 2, 4, 4)
        px(s, lx - 1 + (side > 0), by - 1, ROAST[2])
        px(s, lx - 1 + (side > 0), by, ROAST[1])
        px(s, lx + side * 2, by - 3, (255, 255, 255))
        px(s, lx + side * 2, by - 2, INK)
    px(s, cx - 1, by - 3, ROAST[4])  # the shine on the breast
    px(s, cx, by - 3, ROAST[4])


def _potatoes(s: pygame.Surface, cx: int, y: int) -> None:
    """A mountain of mashed potatoes in a china bowl, butter melting off the peak."""
    ellipse(s, INK, cx - 6, y - 3, 13, 4)
    hline(s, CHINA, cx - 5, cx + 5, y - 2)
    hline(s, GOLD[3], cx - 3, cx + 3, y - 1)
    peak = 9
    for xx in range(cx - 5, cx + 6):
        u = (xx - cx) / 5.5
        top = y - 3 - int(peak * (1 - abs(u)) ** 0.8)
        for yy in range(top, y - 2):
            t = 0.8 - (u + 1) * 0.25 + (0.15 if yy - top < 2 else 0)
            px(s, xx, yy, dither_pick(MASH, t, xx, yy))
        px(s, xx, top - 1, INK)
    px(s, cx - 2, y - 7, MASH[0])  # a swirl
    px(s, cx + 1, y - 5, MASH[0])
    pk = y - 3 - peak
    hline(s, INK, cx - 1, cx + 1, pk - 2)
    hline(s, (255, 226, 90), cx - 1, cx + 1, pk - 1)
    px(s, cx + 1, pk, (255, 214, 80))  # the butter running down
    px(s, cx + 2, pk + 1, (255, 214, 80))


def _gravy(s: pygame.Surface, cx: int, y: int) -> None:
    """A little silver gravy boat brimming with gravy, 11 px long, its lip to the left."""
    pygame.draw.polygon(s, INK, [(cx - 6, y - 5), (cx + 4, y - 4), (cx + 3, y - 1), (cx - 2, y - 1)])
    hline(s, INK, cx - 1, cx + 1, y)
    hline(s, (150, 80, 30), cx - 4, cx + 3, y - 4)
    px(s, cx - 1, y - 4, (200, 120, 50))
    hline(s, SILVER[3], cx - 2, cx + 2, y - 3)
    hline(s, SILVER[2], cx - 1, cx + 2, y - 2)
    px(s, cx - 1, y - 3, SILVER[4])
    px(s, cx + 5, y - 4, INK)  # the handle
    px(s, cx + 5, y - 3, INK)
    px(s, cx + 4, y - 2, INK)


def _cherries(s: pygame.Surface, cx: int, y: int) -> None:
    """A glass bowl heaped with cherries, 9 px."""
    ellipse(s, INK, cx - 4, y - 3, 9, 4)
    hline(s, (200, 226, 245), cx - 3, cx + 3, y - 2)
    hline(s, (160, 196, 225), cx - 2, cx + 2, y - 1)
    for dx, dy in ((-3, -4), (-1, -4), (1, -4), (3, -4), (-2, -5), (0, -5), (2, -5), (-1, -6),
                   (1, -6)):
        px(s, cx + dx, y + dy, CHERRY[2] if (dx + dy) % 2 else CHERRY[3])
    px(s, cx - 1, y - 6, CHERRY[5])
    px(s, cx, y - 7, OTHER["green"][2])  # a stalk


def _rolls(s: pygame.Surface, cx: int, y: int) -> None:
    """A little wicker basket of golden bread rolls, 9 px."""
    hline(s, WOOD[1], cx - 3, cx + 3, y - 1)
    for xx in range(cx - 4, cx + 5):
        px(s, xx, y - 2, WOOD[4] if xx % 2 else WOOD[3])
    for rx, ry in ((cx - 2, y - 3), (cx + 2, y - 3), (cx, y - 4)):
        hline(s, WOOD[1], rx - 1, rx + 1, ry - 2)
        px(s, rx - 2, ry - 1, WOOD[1])
        px(s, rx + 2, ry - 1, WOOD[1])
        hline(s, COPPER[3], rx - 1, rx + 1, ry - 1)
        px(s, rx - 1, ry - 1, COPPER[4])
        hline(s, COPPER[2], rx - 1, rx + 1, ry)


def _cake(s: pygame.Surface, cx: int, y: int) -> None:
    """The cake on a gold stand, 15 px: pink icing, her name piped round the side (a scrawl
    at this size), a big black button on top."""
    ellipse(s, INK, cx - 3, y - 2, 7, 3)  # the stand's foot, stem and plate
    hline(s, GOLD[3], cx - 2, cx + 2, y - 1)
    rect(s, INK, cx - 1, y - 4, 3, 3)
    px(s, cx, y - 3, GOLD[2])
    ellipse(s, INK, cx - 9, y - 6, 19, 3)
    hline(s, GOLD[3], cx - 8, cx + 8, y - 5)
    side_top, side_bot = y - 11, y - 6  # the cake: 15 wide
    rect(s, INK, cx - 7, side_top, 15, side_bot - side_top)
    for yy in range(side_top, side_bot):
        for xx in range(cx - 6, cx + 7):
            px(s, xx, yy, dither_pick(ICING, 0.85 - (xx - cx + 7) / 15 * 0.6, xx, yy))
    ellipse(s, INK, cx - 7, side_top - 3, 15, 5)
    hline(s, ICING[3], cx - 5, cx + 5, side_top - 2)
    hline(s, ICING[3], cx - 6, cx + 6, side_top - 1)
    hline(s, ICING[3], cx - 6, cx + 6, side_top)
    hline(s, (255, 255, 255), cx - 4, cx - 1, side_top - 2)
    for xx in range(cx - 6, cx + 7):  # drips over the edge
        if xx % 3 != 1:
            px(s, xx, side_top + 1, ICING[3])
        if xx % 4 == 0:
            px(s, xx, side_top + 2, ICING[3])
    for k, xx in enumerate(range(cx - 5, cx + 6)):  # the name, piped in cursive
        px(s, xx, side_top + 3 + (1 if k % 3 == 1 else 0), (150, 24, 70))
    px(s, cx - 5, side_top + 2, (150, 24, 70))
    ellipse(s, INK, cx - 3, side_top - 6, 7, 4)  # the button
    hline(s, (40, 34, 46), cx - 2, cx + 2, side_top - 5)
    hline(s, (40, 34, 46), cx - 2, cx + 2, side_top - 4)
    px(s, cx - 1, side_top - 5, (120, 110, 130))
    px(s, cx + 1, side_top - 5, (120, 110, 130))
    px(s, cx - 2, side_top - 5, (170, 160, 180))


def offer(s: pygame.Surface) -> None:
    """A little open box lined with velvet, at the scale of the dishes (20 x 13): two black
    buttons (4 px, like the Others' eyes), a needle, a spool of black thread."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 2, w / 2, 2, 120)
    # the lid, standing open behind
    pygame.draw.polygon(s, INK, [(2, 6), (w - 3, 6), (w - 4, 0), (3, 0)])
    pygame.draw.polygon(s, (120, 20, 50), [(3, 5), (w - 4, 5), (w - 5, 1), (4, 1)])
    hline(s, GOLD[3], 5, w - 6, 2)
    # the box body and the velvet inside, seen from above
    rect(s, INK, 1, 6, w - 2, h - 7)
    rect(s, (70, 10, 40), 2, 7, w - 4, 2)
    rect(s, (150, 30, 60), 2, 9, w - 4, h - 11)
    hline(s, GOLD[3], 2, w - 3, 9)
    # two black buttons, four holes each, sitting up on the velvet
    for bx in (5, 10):
        rect(s, INK, bx - 1, 4, 4, 4)
        rect(s, (28, 24, 32), bx, 5, 2, 2)
        px(s, bx, 5, (110, 100, 120))
        px(s, bx + 1, 6, (110, 100, 120))
        px(s, bx - 1, 4, (24, 20, 30))
    # a needle glinting, and a spool of black thread
    pygame.draw.line(s, SILVER[4], (13, 8), (18, 3))
    px(s, 18, 3, SILVER[2])
    rect(s, INK, 14, 8, 5, 4)
    rect(s, (30, 26, 36), 15, 9, 3, 2)
    hline(s, WOOD[4], 14, 18, 8)
    hline(s, WOOD[4], 14, 18, 11)


def note(s: pygame.Surface) -> None:
    """A folded card propped on the table, 'Coraline' on the front with a heart (10 x 8)."""
    w, h = s.get_size()
    pygame.draw.polygon(s, INK, [(0, h - 1), (w - 1, h - 1), (w - 2, 0), (1, 0)])
    pygame.draw.polygon(s, (255, 248, 236), [(1, h - 2), (w - 2, h - 2), (w - 3, 1), (2, 1)])
    hline(s, (160, 120, 140), 3, w - 4, 2)
    hline(s, (160, 120, 140), 3, w - 5, 4)
    px(s, w - 4, h - 3, CHERRY[3])


def back_door(s: pygame.Surface) -> None:
    w, h = s.get_size()
    fu.doorway(s, "other", inside="closed")
    # a window in the door onto a garden in full sun
    gx, gy, gw, gh = 16, 16, w - 32, 32
    rect(s, INK, gx - 1, gy - 1, gw + 2, gh + 2)
    vgrad(s, [(60, 150, 240), (120, 200, 255), (200, 236, 255)], gx, gy, gw, gh, 0.0, 0.8)
    for xx in range(gx, gx + gw):
        top = gy + gh - 9 - int(2 * math.sin(xx * 0.4))
        for yy in range(top, gy + gh):
            px(s, xx, yy, OTHER["green"][2 if (xx + yy) % 4 else 3])
    for k in range(gx + 2, gx + gw - 2, 5):
        px(s, k, gy + gh - 5, (255, 90, 130))
        px(s, k + 2, gy + gh - 3, (255, 220, 80))
    pygame.draw.circle(s, (255, 236, 140), (gx + gw - 8, gy + 7), 4)
    vline(s, WOOD[3], gx + gw // 2, gy, gy + gh - 1)
    hline(s, WOOD[3], gx, gx + gw - 1, gy + gh // 2)
    # a straw sunhat on a peg where the real one has Mom's raincoat
    ellipse(s, INK, w - 24, 54, 18, 8)
    ellipse(s, (250, 210, 110), w - 23, 55, 16, 6)
    ellipse(s, INK, w - 19, 49, 8, 8)
    ellipse(s, (250, 220, 130), w - 18, 50, 6, 6)
    hline(s, CHERRY[2], w - 19, w - 12, 54)


def fg_chair(s: pygame.Surface) -> None:
    """A carved dining chair close to the viewer, seat at Coraline's knee, with a tufted red
    cushion (the floor is at h - 4)."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2, 3, 120)
    block(s, 4, 0, 5, h - 4, WOOD, INK, light=4)
    block(s, w - 9, 0, 5, h - 4, WOOD, INK, light=4)
    block(s, 4, 3, w - 8, 7, WOOD, INK, light=3)
    for k in range(11, w - 10, 6):
        px(s, k, 6, GOLD[3])
    block(s, 4, 14, w - 8, 3, WOOD, INK, light=3)
    block(s, 1, 27, 4, h - 31, WOOD, INK, light=3)
    block(s, w - 5, 27, 4, h - 31, WOOD, INK, light=3)
    pygame.draw.rect(s, INK, pygame.Rect(0, 20, w, 8), border_radius=3)
    pygame.draw.rect(s, CHERRY[2], pygame.Rect(1, 21, w - 2, 6), border_radius=2)
    hline(s, CHERRY[4], 3, w - 4, 21)
    for k in range(7, w - 4, 8):
        px(s, k, 24, CHERRY[0])
    for k in range(2, w - 2, 3):  # a gold fringe
        vline(s, GOLD[3], k, 28, 29)


# ------------------------------------------------------------------------ the light
def light() -> None:
    """Warm light everywhere: the sun pouring in, the chandelier, the oven's glow."""
    win = LAYOUT["other_kitchen_window"]
    gx, gy, gw = win[0] + 4, win[1] + 10, win[2] - 8
    ch, st = LAYOUT["other_kitchen_chandelier"], LAYOUT["other_kitchen_stove"]
    P.light_overlay(
        "other_kitchen_light", ROOM_W,
        spots=[(ch[0] + ch[2] // 2, ch[1] + CHAIN + 24, 70, 40, (255, 220, 140), 70),
               (ch[0] + ch[2] // 2, 214, 90, 22, (255, 210, 130), 50),
               (st[0] + 83, st[1] + 29, 22, 14, (255, 160, 60), 60),
               (gx + 20, gy + 14, 40, 30, (255, 250, 210), 60)],
        shafts=[(gx, gx + gw, 216, 306, 70, (255, 240, 170), 60)],
        vignette=(60, 16, 30), vig_a=60)


def build() -> None:
    make_prop(LAYOUT, "other_kitchen_room", room)
    make_prop(LAYOUT, "other_kitchen_door", door)
    make_prop(LAYOUT, "other_kitchen_window", window)

    make_prop(LAYOUT, "other_kitchen_stove", stove)
    make_prop(LAYOUT, "other_kitchen_steam", steam_layer)
    make_prop(LAYOUT, "other_kitchen_shelf", shelf)
    make_prop(LAYOUT, "other_kitchen_fridge", fridge)
    make_prop(LAYOUT, "other_kitchen_clock", clock)
    make_prop(LAYOUT, "other_kitchen_table", table)
    make_prop(LAYOUT, "other_kitchen_offer", offer)
    make_prop(LAYOUT, "other_kitchen_note", note)
    make_prop(LAYOUT, "other_kitchen_back_door", back_door)
    make_prop(LAYOUT, "other_kitchen_fg", fg_chair)
    light()
    chandelier_strip()  # after the light: it is baked into the frames


__all__ = ["LAYOUT", "build"]
