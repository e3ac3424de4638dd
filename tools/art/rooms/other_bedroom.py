"""The Other bedroom: Coraline's room as she wishes it were.

The real bedroom's twin, piece for piece: the door on the left, a new bed where the old one
stands (under glowing dragonfly mobiles), the nightstand, the window (onto the Other garden
at dusk, a button-eyed doll of Coraline on the sill), the dresser (with flowers), a painted
toy box where the moving boxes were (its toys on the move by themselves) and a dollhouse of
the Pink Palace in the corner where the dowsing rod leans. The wallpaper is bright: apricot
with rose stripes and little turquoise dragonflies.

The room (walls, skirting, floor) is one painted backdrop, `other_bedroom_room`.
"""

from __future__ import annotations

import math

import pygame

from .. import furniture as fu
from .. import props as P
from ..base import (
    make_prop,
    ASSETS, OTHER, ROOM_H, ROOM_W, bayer, dither_pick, ellipse, frame, hline, lerp,
    outline, px, rect, rng, soft_ellipse, vline,
)
from ..furniture import block, floor_shadow
from ..patterns import boards_other, cornice, skirting_other

PROPS = ASSETS / "props"
INK = OTHER["ink"]
GOLD = OTHER["gold"]
WOOD = OTHER["wood"]

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "other_bedroom_room": (0, 0, 640, 320),
    "other_bedroom_door": (20, 110, 62, 98),
    "other_bedroom_rug": (150, 250, 220, 44),
    "other_bedroom_mobiles": (108, 0, 150, 112),
    "other_bedroom_bed": (150, 200, 84, 40),
    "other_bedroom_nightstand": (240, 180, 22, 36),
    "other_bedroom_window": (296, 40, 96, 116),
    "other_bedroom_doll": (334, 131, 14, 20),
    "other_bedroom_dresser": (426, 158, 40, 58),
    "other_bedroom_toybox": (492, 126, 92, 110),
    "other_bedroom_dollhouse": (586, 112, 50, 104),
    "other_bedroom_fg": (572, 262, 68, 58),
    "other_bedroom_light": (0, 0, 640, 320),
}

PAPER = [(214, 120, 80), (238, 150, 98), (250, 182, 124), (255, 210, 160), (255, 232, 196)]
STRIPE = [(214, 80, 110), (236, 110, 136), (250, 150, 170)]
TURQ = [(20, 90, 110), (30, 140, 160), (70, 200, 210), (160, 240, 240), (230, 255, 255)]
PINK = [(150, 40, 80), (200, 70, 110), (240, 120, 150), (255, 170, 190), (255, 220, 228)]
CREAM = [(176, 120, 96), (222, 176, 140), (246, 218, 180), (255, 238, 210), (255, 250, 236)]


# ------------------------------------------------------------------------ the room
def _dragonfly_mask() -> set[tuple[int, int]]:
    """A 9x7 dragonfly motif for the wallpaper (body down the middle, two pairs of wings)."""
    pts = set()
    for y in range(7):
        pts.add((4, y))
    for x, y in ((1, 1), (2, 1), (3, 1), (5, 1), (6, 1), (7, 1), (0, 2), (1, 2), (2, 2), (6, 2),
                 (7, 2), (8, 2), (2, 3), (3, 3), (5, 3), (6, 3), (1, 4), (2, 4), (6, 4), (7, 4)):
        pts.add((x, y))
    return pts


DRAGONFLY = _dragonfly_mask()


def room(s: pygame.Surface) -> None:
    g = rng("obed-grain")
    grain = [[g.random() for _ in range(32)] for _ in range(32)]
    for y in range(ROOM_H):
        for x in range(ROOM_W):
            if y < 16:
                c = cornice(x, y, OTHER)
            elif y < 192:
                c = _paper(x, y, grain[y % 32][x % 32])
            elif y < 208:
                c = skirting_other(x, y)
            else:
                v = ((x // 16) * 3 + (y // 16) * 5) % 4
                c = boards_other(x % 16, y % 16, v)
                if y < 214 and bayer(x, y) < (214 - y) / 8:
                    c = lerp(c, WOOD[0], 0.3)
            s.set_at((x, y), c)


def _paper(x: int, y: int, gr: float) -> tuple:
    """Apricot paper, rose stripes every 32 px with gold pinstripes, turquoise dragonflies
    in a half-drop between them."""
    lx = x % 32
    if lx in (0, 1, 2, 3, 4):
        c = STRIPE[1]
        if lx == 0:
            c = STRIPE[0]
        if lx == 4:
            c = STRIPE[2]
        if lx == 2 and y % 6 < 3:
            c = STRIPE[2]
        return c
    if lx in (6, 30):
        return GOLD[3] if y % 4 else GOLD[2]
    c = PAPER[2]
    if gr > 0.9:
        c = PAPER[3]
    elif gr < 0.05:
        c = PAPER[1]
    # dragonflies, in a half-drop repeat
    col, row = x // 32, (y - 16) // 40
    oy = 16 + row * 40 + (20 if col % 2 else 0)
    mx, my = lx - 13, y - oy - 14
    if (mx, my) in DRAGONFLY:
        c = TURQ[2] if my < 3 else TURQ[1]
        if mx == 4:
            c = TURQ[0]
    # tiny gold dots between them
    if (lx == 18 and (y - oy) % 40 == 34):
        c = GOLD[3]
    return c


# ----------------------------------------------------------------------- furniture
def door(s: pygame.Surface) -> None:
    fu.doorway(s, "other", inside="closed")
    w, h = s.get_size()
    # a painted name plate on the door: a little pink heart
    rect(s, INK, w // 2 - 9, 24, 18, 9)
    rect(s, PINK[3], w // 2 - 8, 25, 16, 7)
    hline(s, PINK[1], w // 2 - 6, w // 2 + 5, 28)
    px(s, w // 2 - 7, 26, PINK[4])


def rug(s: pygame.Surface) -> None:
    """An oval braided rag rug in pinks, turquoise and gold rings."""
    w, h = s.get_size()
    rings = [PINK[2], GOLD[3], TURQ[2], PINK[3], GOLD[2], PINK[1], TURQ[3], PINK[2]]
    cx, cy = w / 2, h / 2
    for yy in range(h):
        for xx in range(w):
            d = math.hypot((xx + 0.5 - cx) / (w / 2), (yy + 0.5 - cy) / (h / 2))
            if d >= 1:
                continue
            k = int(d * len(rings))
            c = rings[min(len(rings) - 1, k)]
            if (xx + yy * 2) % 4 == 0:  # the braid
                c = lerp(c, (255, 255, 255), 0.25)
            if d > 0.96:
                c = INK
            px(s, xx, yy, c)


MOBILES = ((42, 36, 34), (108, 28, 30))  # (hanger x, crossbar y, half span), local


def _dragonfly_spots() -> list[tuple[int, int, bool]]:
    """Where each dragonfly hangs (local to the mobiles picture) and which colour it is."""
    out = []
    for hx, bar_y, span in MOBILES:
        for k, (dx, drop) in enumerate(((-span, 30), (-span // 3, 50), (span // 3, 18),
                                        (span, 40))):
            ay = bar_y + 2 - int(4 * dx / span)
            out.append((hx + dx, ay, ay + drop + 4, k % 2 == 0))
    return out


def mobiles(s: pygame.Surface) -> None:
    """Two mobiles of glowing dragonflies hung from the ceiling over the bed."""
    for hx, bar_y, span in MOBILES:
        vline(s, (120, 80, 80), hx, 0, bar_y)
        pygame.draw.line(s, INK, (hx - span, bar_y + 2), (hx + span, bar_y - 2), 2)
        pygame.draw.line(s, GOLD[3], (hx - span, bar_y + 1), (hx + span, bar_y - 3), 1)
    for ax, ay, y, flip in _dragonfly_spots():
        vline(s, (150, 110, 110), ax, ay, y - 4)
        _dragonfly(s, ax, y, flip)


def _dragonfly(s: pygame.Surface, x: int, y: int, flip: bool) -> None:
    wing = TURQ if not flip else [(140, 60, 120), (190, 90, 170), (240, 150, 220), (255, 210, 245),
                                  (255, 240, 255)]
    soft_ellipse(s, wing[3], x, y + 3, 18, 13, 150, 4)
    # wings: two long ellipses each side, glowing
    for side in (-1, 1):
        for wy, wl in ((0, 13), (5, 10)):
            for t in range(wl):
                for dy in (-1, 0, 1):
                    xx = x + side * (2 + t)
                    yy = y + wy + dy + (t // 5)
                    if abs(dy) == 1 and (t == 0 or t == wl - 1):
                        continue
                    c = wing[4] if dy < 0 else wing[3]
                    if t == wl - 1 or dy == 1:
                        c = wing[2]
                    px(s, xx, yy, c)
            for t in range(0, wl, 3):  # veins
                px(s, x + side * (2 + t), y + wy + (t // 5), wing[1])
    # body: a long segmented tail and a round head with two shiny bead eyes
    for k in range(14):
        px(s, x, y + k, GOLD[4] if k % 2 else GOLD[2])
    px(s, x - 1, y - 1, INK)
    px(s, x + 1, y - 1, INK)
    px(s, x, y - 2, GOLD[3])


def bed(s: pygame.Surface) -> None:
    """A new bed: white painted frame with a heart in the headboard, a fat patchwork quilt
    buttoned at every corner, three plump pillows."""
    w, h = s.get_size()
    white = [(170, 130, 130), (214, 180, 170), (240, 218, 206), (255, 240, 230), (255, 252, 246)]
    floor_shadow(s, w / 2, h - 3, w / 2, 4, 140)
    # headboard (left), an arched panel with a heart cut out
    block(s, 1, 3, 11, h - 5, white, INK, light=3)
    pygame.draw.ellipse(s, INK, pygame.Rect(0, 0, 13, 9))
    pygame.draw.ellipse(s, white[3], pygame.Rect(1, 1, 11, 7))
    pygame.draw.circle(s, PINK[2], (5, 10), 2)
    pygame.draw.circle(s, PINK[2], (8, 10), 2)
    pygame.draw.polygon(s, PINK[2], [(3, 11), (10, 11), (6, 15)])
    for k in range(19, h - 12, 5):
        hline(s, white[1], 3, 9, k)
    # footboard (right), lower, with a gold knob
    block(s, w - 10, 17, 9, h - 19, white, INK, light=3)
    pygame.draw.circle(s, INK, (w - 6, 16), 3)
    pygame.draw.circle(s, GOLD[3], (w - 6, 16), 2)
    # pillows
    my = 18
    for k, (px0, col) in enumerate(((11, white[3]), (15, PINK[3]), (20, TURQ[3]))):
        pygame.draw.ellipse(s, INK, pygame.Rect(px0, my - 8 + k * 2, 15, 9))
        pygame.draw.ellipse(s, col, pygame.Rect(px0 + 1, my - 7 + k * 2, 13, 7))
        hline(s, lerp(col, (255, 255, 255), 0.5), px0 + 3, px0 + 8, my - 6 + k * 2)
    # the quilt: bright patches, plump, buttons tied at the corners, over the front edge
    qx0, qx1, qy0, qy1 = 28, w - 10, my - 3, my + 14
    patches = [PINK[2], GOLD[3], TURQ[2], (250, 150, 90), PINK[3], (170, 110, 210),
               (120, 200, 120), (255, 200, 90)]
    rr = rng("oquilt")
    order = [rr.randrange(len(patches)) for _ in range(64)]
    for yy in range(qy0, qy1):
        for xx in range(qx0, qx1):
            cell = ((xx - qx0) // 6) + ((yy - qy0) // 5) * 16
            c = patches[order[cell % 64]]
            lx, ly = (xx - qx0) % 6, (yy - qy0) % 5
            if lx == 0 or ly == 0:
                c = lerp(c, INK, 0.45)
            elif yy < qy0 + 5:
                c = lerp(c, (255, 255, 255), 0.25)
            elif lx > 3 and ly > 2:
                c = lerp(c, INK, 0.15)
            px(s, xx, yy, c)
    for yy in range(qy0 + 5, qy1, 5):
        for xx in range(qx0 + 6, qx1, 6):
            px(s, xx, yy, (40, 30, 44))
    for xx in range(qx0, qx1):  # scalloped hem
        yb = qy1 + (1 if (xx // 3) % 2 else 0)
        px(s, xx, yb, INK)
        px(s, xx, yb + 1, WOOD[0])
    vline(s, INK, qx0 - 1, qy0, qy1)
    hline(s, INK, qx0, qx1 - 1, qy0 - 1)
    rect(s, white[4], qx0, qy0, 3, qy1 - qy0 - 2)  # the turned-down sheet
    # rail and legs
    block(s, 11, qy1 + 2, w - 21, 5, white, INK, light=2)
    for lx in (3, w - 7):
        rect(s, INK, lx, h - 6, 4, 5)
        rect(s, white[2], lx + 1, h - 6, 2, 4)


def nightstand(s: pygame.Surface) -> None:
    """Painted nightstand, a lit pink lamp, a stack of brand-new books."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 2, w / 2, 2)
    block(s, 0, 16, w, 4, CREAM, INK, light=4)
    block(s, 2, 19, w - 4, 9, PINK, INK, light=2)
    rect(s, GOLD[3], w // 2 - 1, 23, 2, 1)
    for lx in (3, w - 5):
        rect(s, INK, lx, 27, 2, h - 28)
    cx = w // 2 - 3
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 3, 10, 7, 7))
    pygame.draw.ellipse(s, TURQ[2], pygame.Rect(cx - 2, 11, 5, 5))
    vline(s, INK, cx, 7, 10)
    for yy in range(6):
        half = 3 + yy * 0.5
        for xx in range(int(cx - half), int(cx + half) + 1):
            c = PINK[4] if (xx - cx) < -1 else PINK[3]
            if xx % 3 == 0:
                c = PINK[2]
            px(s, xx, 1 + yy, c)
        px(s, int(cx - half) - 1, 1 + yy, INK)
        px(s, int(cx + half) + 1, 1 + yy, INK)
    hline(s, INK, cx - 3, cx + 3, 0)
    hline(s, INK, cx - 6, cx + 6, 7)
    for k, col in enumerate((TURQ[1], GOLD[2], PINK[1])):
        rect(s, INK, w - 8, 13 - k * 2, 7, 3)
        hline(s, col, w - 7, w - 3, 14 - k * 2)


def window(s: pygame.Surface) -> None:
    """The Other window at dusk, over the Other garden: lanterns and flower beds below."""
    fu.window(s, "other")
    w, h = s.get_size()
    cw = 14
    gx, gy = cw + 4, 10
    gw, gh = w - 2 * cw - 8, h - 22 - 8
    # the flower beds and lanterns of the garden, below the hedge line
    r = rng("obed-window")
    for _ in range(26):
        xx, yy = gx + r.randrange(gw), gy + gh - 8 + r.randrange(7)
        if abs(xx - (gx + gw // 2)) < 2:
            continue
        px(s, xx, yy, r.choice([(255, 100, 150), (255, 220, 90), (250, 250, 240), (180, 120, 255)]))
    for lx in (gx + 8, gx + gw - 10):
        soft_ellipse(s, (255, 210, 120), lx, gy + gh - 18, 5, 5, 200, 3)
        px(s, lx, gy + gh - 18, (255, 250, 210))
        vline(s, INK, lx, gy + gh - 16, gy + gh - 10)


def doll(s: pygame.Surface) -> None:
    """The Other doll: the same little Coraline, brand new, with shining button eyes."""
    yel = [(190, 130, 20), (240, 190, 40), (255, 226, 90)]
    blue = [(40, 80, 180), (70, 130, 230), (130, 180, 255)]
    skin = (246, 206, 176)
    for lx in (4, 8):
        rect(s, (50, 50, 80), lx, 14, 2, 4)
        rect(s, (230, 60, 80), lx, 18, 2, 2)
    rect(s, yel[1], 3, 9, 8, 6)
    vline(s, yel[2], 4, 9, 13)
    vline(s, yel[0], 10, 9, 14)
    rect(s, yel[1], 1, 10, 2, 3)
    rect(s, yel[1], 11, 10, 2, 3)
    rect(s, skin, 4, 3, 6, 6)
    rect(s, blue[1], 3, 1, 8, 3)
    rect(s, blue[1], 3, 3, 1, 5)
    rect(s, blue[1], 10, 3, 1, 5)
    hline(s, blue[2], 4, 8, 1)
    px(s, 10, 2, (255, 120, 160))  # a dragonfly hair clip
    for ex in (5, 8):
        px(s, ex, 5, (14, 10, 20))
    px(s, 5, 4, (200, 190, 210))  # the buttons shine
    px(s, 8, 4, (200, 190, 210))
    px(s, 6, 7, (230, 90, 110))
    px(s, 7, 7, (230, 90, 110))
    outline(s, INK)


def dresser(s: pygame.Surface) -> None:
    """A painted dresser with a gold mirror and a big bouquet of flowers."""
    w, h = s.get_size()
    oy = 8  # the picture is taller than the real dresser: room for the bouquet
    floor_shadow(s, w / 2, h - 2, w / 2, 3)
    # gold-framed oval mirror
    pygame.draw.ellipse(s, INK, pygame.Rect(11, oy - 2, 19, 20))
    pygame.draw.ellipse(s, GOLD[3], pygame.Rect(12, oy - 1, 17, 18))
    pygame.draw.ellipse(s, INK, pygame.Rect(14, oy + 1, 13, 14))
    glass = [(200, 120, 110), (240, 160, 130), (255, 200, 170), (255, 230, 210)]
    for yy in range(oy + 2, oy + 14):
        for xx in range(15, 26):
            if ((xx - 20.5) / 5.5) ** 2 + ((yy - oy - 8) / 6) ** 2 < 1:
                px(s, xx, yy, dither_pick(glass, 0.3 + 0.5 * (yy - oy) / 14, xx, yy))
    for k in range(3):
        px(s, 17 + k, oy + 6 - k, (255, 250, 240))
    # top and body: cream with turquoise drawers and gold knobs
    block(s, 0, oy + 20, w, 4, CREAM, INK, light=4)
    block(s, 2, oy + 23, w - 4, h - oy - 26, CREAM, INK, light=2)
    for i in range(3):
        dy = oy + 25 + i * 8
        block(s, 4, dy, w - 8, 7, TURQ, INK, light=2)
        for kx in (10, w - 11):
            px(s, kx, dy + 3, GOLD[3])
            px(s, kx, dy + 4, INK)
    for lx in (3, w - 6):
        rect(s, INK, lx, h - 3, 3, 3)
    # the bouquet in a round vase (left), a music box (right)
    vx, vy = 5, oy + 13
    ellipse(s, INK, vx - 4, vy, 8, 8)
    ellipse(s, (120, 170, 255), vx - 3, vy + 1, 6, 6)
    px(s, vx - 2, vy + 2, (220, 240, 255))
    fl = [(255, 90, 140), (255, 210, 80), (250, 250, 250), (200, 120, 255), (255, 140, 60)]
    r = rng("bouquet")
    for _ in range(4):
        tip = (vx - 4 + r.randrange(9), vy - 8 + r.randrange(4))
        pygame.draw.line(s, OTHER["green"][2], (vx, vy + 1), tip)
    for k in range(9):
        fx, fy = max(2, vx - 4 + r.randrange(10)), vy - 12 + r.randrange(9)
        pygame.draw.circle(s, INK, (fx, fy), 2)
        pygame.draw.circle(s, fl[k % len(fl)], (fx, fy), 1)
        px(s, fx, fy, (255, 240, 150))
    block(s, w - 10, oy + 15, 9, 6, PINK, INK, light=3)
    hline(s, GOLD[3], w - 9, w - 3, oy + 17)
    pygame.draw.line(s, INK, (w - 10, oy + 15), (w - 8, oy + 10))
    pygame.draw.line(s, INK, (w - 2, oy + 15), (w - 4, oy + 10))
    hline(s, INK, w - 8, w - 4, oy + 10)
    px(s, w - 6, oy + 13, GOLD[4])  # the tiny dancer


def toybox(s: pygame.Surface) -> None:
    """A painted toy chest, lid thrown back, and its toys off on their own business: a
    jack-in-the-box springing, a tin soldier marching out, a ball in mid-bounce, a
    wind-up mouse trundling across the floor."""
    w, h = s.get_size()
    floor_shadow(s, 42, h - 4, 42, 5)
    red = [(110, 20, 36), (160, 34, 50), (210, 56, 66), (240, 100, 96), (255, 160, 150)]
    bx, by, bw, bh = 6, 54, 64, 48
    # lid, open against the wall
    block(s, bx + 2, by - 28, bw - 4, 26, red, INK, light=2)
    for k in range(3):
        frame(s, GOLD[2], bx + 8 + k * 18, by - 22, 12, 14)
    # chest
    block(s, bx, by, bw, bh, red, INK, light=3)
    hline(s, GOLD[3], bx + 1, bx + bw - 2, by + 4)
    hline(s, GOLD[3], bx + 1, bx + bw - 2, by + bh - 6)
    for sx, sy in ((bx + 14, by + 22), (bx + 32, by + 18), (bx + 50, by + 26)):  # gold stars
        for dx, dy in ((0, -2), (0, 2), (-2, 0), (2, 0), (0, 0), (0, -1), (0, 1), (-1, 0), (1, 0)):
            px(s, sx + dx, sy + dy, GOLD[3])
    rect(s, INK, bx + bw // 2 - 3, by + 6, 6, 6)
    rect(s, GOLD[3], bx + bw // 2 - 2, by + 7, 4, 4)
    # inside: the dark mouth of the chest with toys heaped up
    rect(s, INK, bx + 2, by - 2, bw - 4, 5)
    rect(s, (60, 10, 20), bx + 3, by - 1, bw - 6, 3)
    # the jack-in-the-box on its spring, springing out of its own little box
    jx, jy = bx + 16, by - 6
    block(s, jx - 6, jy - 6, 12, 10, TURQ, INK, light=2)
    for k in range(6):
        hline(s, INK, jx - 3 + (k % 2), jx + 3 - (k % 2), jy - 8 - k * 3)
        hline(s, GOLD[3], jx - 2 + (k % 2), jx + 2 - (k % 2), jy - 9 - k * 3)
    pygame.draw.circle(s, INK, (jx, jy - 30), 6)
    pygame.draw.circle(s, (255, 230, 210), (jx, jy - 30), 5)
    px(s, jx - 2, jy - 31, INK)
    px(s, jx + 2, jy - 31, INK)
    hline(s, red[2], jx - 2, jx + 2, jy - 28)
    pygame.draw.polygon(s, INK, [(jx - 7, jy - 34), (jx, jy - 44), (jx + 7, jy - 34)])
    pygame.draw.polygon(s, GOLD[3], [(jx - 5, jy - 35), (jx, jy - 42), (jx + 5, jy - 35)])
    px(s, jx, jy - 45, red[3])
    for k in range(3):  # boing lines
        px(s, jx - 10 - k, jy - 30 + k * 3, (255, 255, 255))
        px(s, jx + 10 + k, jy - 30 + k * 3, (255, 255, 255))
    # a plush rabbit flopped over the rim, a drum
    ellipse(s, INK, bx + 36, by - 12, 14, 12)
    ellipse(s, (250, 230, 240), bx + 37, by - 11, 12, 10)
    for ex in (bx + 38, bx + 45):
        rect(s, INK, ex, by - 22, 4, 12)
        rect(s, (250, 230, 240), ex + 1, by - 21, 2, 10)
        vline(s, PINK[3], ex + 2, by - 19, by - 13)
    px(s, bx + 40, by - 7, INK)
    px(s, bx + 45, by - 7, INK)
    block(s, bx + 50, by - 10, 12, 9, [(200, 200, 220), (230, 230, 240), (255, 255, 255),
                                         (255, 255, 255)], INK, light=2)
    for k in range(bx + 52, bx + 60, 3):
        pygame.draw.line(s, red[2], (k, by - 9), (k + 2, by - 3))
    # a tin soldier marching off the edge of the chest, mid-stride, motion lines behind
    tx, ty = w - 16, by + 20
    rect(s, INK, tx - 3, ty - 24, 8, 8)
    rect(s, (20, 20, 40), tx - 2, ty - 23, 6, 6)  # bearskin hat
    rect(s, INK, tx - 3, ty - 16, 8, 5)
    rect(s, (255, 220, 190), tx - 2, ty - 15, 6, 3)
    px(s, tx + 1, ty - 14, INK)
    rect(s, INK, tx - 3, ty - 11, 8, 9)
    rect(s, red[2], tx - 2, ty - 10, 6, 7)
    hline(s, GOLD[3], tx - 2, tx + 3, ty - 7)
    pygame.draw.line(s, INK, (tx, ty - 2), (tx - 3, ty + 5), 2)
    pygame.draw.line(s, INK, (tx + 2, ty - 2), (tx + 5, ty + 5), 2)
    vline(s, (170, 170, 190), tx + 6, ty - 18, ty - 8)  # musket
    for k in range(3):
        hline(s, (255, 255, 255), tx - 12 - k * 2, tx - 7 - k * 2, ty - 16 + k * 5)
    # a striped ball caught in mid-bounce, with its arc dotted behind it
    cx, cy = w - 18, by - 24
    pygame.draw.circle(s, INK, (cx, cy), 7)
    pygame.draw.circle(s, GOLD[3], (cx, cy), 6)
    for yy in range(cy - 6, cy + 7):
        for xx in range(cx - 6, cx + 7):
            if (xx - cx) ** 2 + (yy - cy) ** 2 < 36 and (xx + yy) % 6 < 2:
                px(s, xx, yy, TURQ[2])
    px(s, cx - 2, cy - 3, (255, 255, 255))
    for k in range(6):
        ax = cx - 8 - k * 4
        ay = cy + int(0.35 * (k * 4) ** 1.4)
        if ay < h:
            px(s, ax, ay, (255, 255, 255))
    # a wind-up mouse trundling away across the floor (its key turning)
    mx, my = w - 28, h - 8
    ellipse(s, INK, mx - 7, my - 6, 14, 8)
    ellipse(s, (170, 170, 190), mx - 6, my - 5, 12, 6)
    pygame.draw.circle(s, INK, (mx + 6, my - 6), 3)
    pygame.draw.circle(s, PINK[3], (mx + 6, my - 6), 2)
    px(s, mx - 5, my - 3, INK)
    rect(s, INK, mx - 1, my - 10, 3, 4)
    hline(s, GOLD[3], mx - 3, mx + 3, my - 11)
    pygame.draw.line(s, INK, (mx - 7, my - 2), (mx - 12, my + 1))
    for k in range(3):
        px(s, mx + 10 + k * 2, my - 2, (255, 255, 255))


def dollhouse(s: pygame.Surface) -> None:
    """A dollhouse of the Pink Palace on a little stand: every window lit."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2, 4)
    pink = [(150, 50, 80), (200, 90, 120), (236, 130, 156), (255, 176, 196), (255, 214, 226)]
    # stand
    block(s, 2, 78, w - 4, 6, WOOD, INK, light=4)
    for lx in (5, w - 9):
        rect(s, INK, lx, 83, 4, h - 86)
        vline(s, WOOD[4], lx + 1, 84, h - 4)
    hline(s, INK, 5, w - 6, h - 16)
    hline(s, WOOD[3], 6, w - 7, h - 15)
    # the house: two storeys and a steep roof with a tower
    hx, hy, hw, hh = 6, 36, w - 12, 42
    block(s, hx, hy, hw, hh, pink, INK, light=2)
    pygame.draw.polygon(s, INK, [(hx - 3, hy + 1), (hx + hw // 2, hy - 22), (hx + hw + 2, hy + 1)])
    pygame.draw.polygon(s, (120, 50, 80), [(hx - 1, hy), (hx + hw // 2, hy - 20), (hx + hw, hy)])
    for k in range(3):
        hline(s, (150, 70, 100), hx + 8 + k * 4, hx + hw - 8 - k * 4, hy - 5 - k * 5)
    rect(s, INK, hx + hw - 12, hy - 26, 9, 16)  # the little tower
    rect(s, pink[2], hx + hw - 11, hy - 25, 7, 14)
    pygame.draw.polygon(s, INK, [(hx + hw - 14, hy - 25), (hx + hw - 8, hy - 34), (hx + hw - 1, hy - 25)])
    pygame.draw.polygon(s, (120, 50, 80), [(hx + hw - 12, hy - 26), (hx + hw - 8, hy - 32),
                                           (hx + hw - 3, hy - 26)])
    for wx, wy in ((hx + 5, hy + 6), (hx + hw - 13, hy + 6), (hx + 5, hy + 24),
                   (hx + hw - 13, hy + 24), (hx + hw - 10, hy - 22), (hx + hw // 2 - 3, hy - 10)):
        rect(s, INK, wx, wy, 8, 9)
        rect(s, (255, 226, 130), wx + 1, wy + 1, 6, 7)
        vline(s, (220, 160, 80), wx + 4, wy + 1, wy + 7)
    # a door in the middle of the ground floor
    rect(s, INK, hx + hw // 2 - 4, hy + 28, 9, 14)
    rect(s, (100, 40, 60), hx + hw // 2 - 3, hy + 29, 7, 13)
    px(s, hx + hw // 2 + 1, hy + 35, GOLD[3])
    hline(s, pink[4], hx + 1, hx + hw - 2, hy + 20)
    # a tiny Coraline doll peeping from the top window
    px(s, hx + 7, hy + 30, (70, 130, 230))
    px(s, hx + 8, hy + 30, (70, 130, 230))
    px(s, hx + 7, hy + 31, (250, 210, 180))
    px(s, hx + 8, hy + 31, (250, 210, 180))


def fg(s: pygame.Surface) -> None:
    """A heap of floor cushions close to the viewer and a plush rabbit with button eyes."""
    w, h = s.get_size()
    gold = [GOLD[1], GOLD[2], GOLD[3], GOLD[4], GOLD[4]]
    for cx0, cy0, cw, ch, col in ((20, 34, 50, 26, PINK), (6, 42, 44, 20, TURQ),
                                  (30, 44, 40, 18, gold)):
        pygame.draw.ellipse(s, INK, pygame.Rect(cx0, cy0, cw, ch))
        pygame.draw.ellipse(s, col[2], pygame.Rect(cx0 + 1, cy0 + 1, cw - 2, ch - 2))
        pygame.draw.ellipse(s, col[3], pygame.Rect(cx0 + 5, cy0 + 3, cw // 2, ch // 3))
        px(s, cx0 + cw // 2, cy0 + ch // 2, col[0])
    # the rabbit, sitting on top
    rx, ry = 36, 14
    ellipse(s, INK, rx - 9, ry + 6, 18, 18)
    ellipse(s, (250, 236, 244), rx - 8, ry + 7, 16, 16)
    ellipse(s, INK, rx - 7, ry - 4, 14, 13)
    ellipse(s, (250, 236, 244), rx - 6, ry - 3, 12, 11)
    for ex in (rx - 5, rx + 1):
        rect(s, INK, ex, ry - 16, 5, 14)
        rect(s, (250, 236, 244), ex + 1, ry - 15, 3, 12)
        vline(s, PINK[3], ex + 2, ry - 13, ry - 6)
    for ex in (rx - 3, rx + 2):  # button eyes, with thread crosses
        px(s, ex, ry + 1, (20, 16, 26))
        px(s, ex + 1, ry + 1, (20, 16, 26))
        px(s, ex, ry + 2, (20, 16, 26))
        px(s, ex + 1, ry + 2, (20, 16, 26))
        px(s, ex, ry + 1, (140, 130, 150))
    px(s, rx, ry + 5, PINK[2])
    hline(s, PINK[1], rx - 1, rx + 1, ry + 6)


def light() -> None:
    """Lamp glow on the nightstand, dragonflies glowing, pink dusk from the window."""
    win = LAYOUT["other_bedroom_window"]
    gx = win[0] + 18
    gw = win[2] - 36
    ns, mob = LAYOUT["other_bedroom_nightstand"], LAYOUT["other_bedroom_mobiles"]
    spots = [(ns[0] + 8, ns[1] + 4, 28, 20, (255, 190, 200), 60),
             (ns[0] + 8, ns[1] + 4, 10, 8, (255, 230, 220), 60)]
    for ax, _, y, flip in _dragonfly_spots():
        col = (150, 240, 240) if not flip else (250, 170, 240)
        spots.append((mob[0] + ax, mob[1] + y + 4, 26, 20, col, 50))
    P.light_overlay(
        "other_bedroom_light", ROOM_W, spots=spots,
        shafts=[(gx, gx + gw, win[1] + win[3] - 6, 306, 70, (255, 170, 170), 40)],
        vignette=(60, 16, 40), vig_a=70)


def build() -> None:
    for name, draw in (("other_bedroom_room", room), ("other_bedroom_door", door),
                       ("other_bedroom_rug", rug), ("other_bedroom_mobiles", mobiles),
                       ("other_bedroom_bed", bed), ("other_bedroom_nightstand", nightstand),
                       ("other_bedroom_window", window), ("other_bedroom_doll", doll),
                       ("other_bedroom_dresser", dresser), ("other_bedroom_toybox", toybox),
                       ("other_bedroom_dollhouse", dollhouse), ("other_bedroom_fg", fg)):
        make_prop(LAYOUT, name, draw)
    light()


__all__ = ["LAYOUT", "build"]
