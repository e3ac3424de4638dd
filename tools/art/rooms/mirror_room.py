"""The cold dark room behind the mirror: a narrow glass cell where the Beldam shuts Coraline.

Pictures are assets/props/mirror_*.png, placed by LAYOUT (map pixels, room 640 x 320).
A glass-walled box seen from its open end: leaded panes on either side, the back of the big
hall mirror at the far end (through it, dimly and back to front, the warm Other living room),
a dusty floor with old toys from different decades, and a crack in the right-hand glass.
Light: cold blue, coming only through the mirror. Extra layers: the crack's warm light (once
the ghosts have spoken), Other Wybie's hand through the crack, faint halos where the ghost
children stand. Deterministic: seeded noise only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from ..base import (
    make_prop, value_noise,
    ASSETS,
    bayer,
    blend_px,
    dither_pick,
    hline,
    lerp,
    px,
    ramp,
    rect,
    rng,
    soft_ellipse,
    surf,
    vline,
)

PROPS = ASSETS / "props"
INK = (8, 10, 20)
VOID = ramp("#04050c", "#080a16", "#0d1122", "#141a30")
GLASS = ramp("#0c1426", "#142038", "#1e2e4c", "#2c4262", "#40607e", "#6288a2", "#9cbcd0")
LEAD = ramp("#0a0c14", "#1a1e2a", "#2c3242", "#444c5e")
BOARD = ramp("#0c0e18", "#151a26", "#1f2534", "#2a3242", "#384254", "#4a5668")
DUST = ramp("#3a4458", "#56627a", "#7684a0", "#a0b0c8")
FADED = {  # old toys, drained of colour by the cold
    "red": ramp("#2c1a24", "#44283a", "#5e3a4c", "#7a5060"),
    "wood": ramp("#1e1a1e", "#2e2830", "#403844", "#564c58", "#6e6470"),
    "tin": ramp("#1e2632", "#323e4e", "#4c5a6c", "#707e90", "#a0acbc"),
    "cloth": ramp("#222a36", "#323c4c", "#465264", "#5e6c80", "#7c8ca0"),
}
WARM = ramp("#7a3a1a", "#c86a2a", "#f0a048", "#ffd890", "#fff4d0")

# The cell (map pixels): the back wall is the mirror's back; the walls converge on it.
BACK = (232, 58, 408, 214)  # x0, y0, x1, y1 of the far wall
FRONT_L, FRONT_R = 36, 604  # where the floor meets the picture's bottom edge
MIRROR = (264, 70, 376, 210)  # the mirror's glass, seen from behind
CRACK = [(486, 132), (480, 146), (489, 158), (478, 174), (490, 190), (481, 206), (488, 222), (483, 240)]

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "mirror_backdrop": (0, 0, 640, 320),
    "mirror_crack_light": (340, 100, 200, 220),
    "mirror_hand": (440, 150, 64, 70),
    "mirror_ghost_glow": (120, 180, 400, 130),
    "mirror_fg": (0, 250, 640, 70),
}

GHOSTS = [(218, 252), (392, 246), (262, 296)]  # feet of ghost_girl, ghost_boy, ghost_girl2


def left_wall_x(y: float) -> float:
    """x of the left wall's foot (floor line) at height y."""
    return BACK[0] + (y - BACK[3]) * (FRONT_L - BACK[0]) / (320 - BACK[3])


def right_wall_x(y: float) -> float:
    return BACK[2] + (y - BACK[3]) * (FRONT_R - BACK[2]) / (320 - BACK[3])


def mirror_light(x: float, y: float) -> float:
    """How much of the cold light from the mirror reaches a point (0..1)."""
    cx = (MIRROR[0] + MIRROR[2]) / 2
    if y < BACK[3]:
        d = abs(x - cx) / 260 + abs(y - 140) / 300
    else:
        # a pale fan spreading over the floor towards the viewer
        spread = 60 + (y - BACK[3]) * 1.4
        d = abs(x - cx) / spread * 0.8 + (y - BACK[3]) / 260
    return max(0.0, 1.0 - d)


# =================================================================== backdrop
def backdrop(s: pygame.Surface) -> None:
    n = value_noise("mirror-dust", 13)
    n2 = value_noise("mirror-glass", 29)
    # void everywhere first
    for yy in range(320):
        for xx in range(640):
            px(s, xx, yy, dither_pick(VOID, 0.2 + 0.5 * n2(xx, yy) * mirror_light(xx, yy), xx, yy))
    ceiling(s)
    walls(s, n2)
    floor(s, n)
    back_wall(s, n2)
    toys(s)
    the_crack(s)


def ceiling(s: pygame.Surface) -> None:
    x0, y0, x1, _ = BACK
    for yy in range(0, y0):
        t = yy / y0
        xa = int(FRONT_L - 40 + (x0 - FRONT_L + 40) * t)
        xb = int(FRONT_R + 40 + (x1 - FRONT_R - 40) * t)
        for xx in range(max(0, xa), min(640, xb)):
            px(s, xx, yy, dither_pick(GLASS[:3], 0.1 + 0.5 * t, xx, yy))
    # leaded ribs running back into the dark
    for k in range(-3, 4):
        fx = 320 + k * 90
        bx = (x0 + x1) / 2 + k * (x1 - x0) / 7
        pygame.draw.line(s, LEAD[1], (fx, 0), (bx, y0))
    for yy in (14, 32, 46):
        t = yy / y0
        xa = int(FRONT_L - 40 + (x0 - FRONT_L + 40) * t)
        xb = int(FRONT_R + 40 + (x1 - FRONT_R - 40) * t)
        hline(s, LEAD[1], max(0, xa), min(639, xb), yy)
    # cobwebs in the far corners
    for cx, cy, d in ((x0, y0, 1), (x1, y0, -1)):
        for i in range(5):
            ang = i * 0.35
            pygame.draw.line(
                s,
                DUST[0],
                (cx, cy),
                (cx + d * int(22 * math.cos(ang)), cy - int(22 * math.sin(ang)) + 10 - i * 3),
            )
        for r in (8, 14, 20):
            for i in range(4):
                a0, a1 = i * 0.35, (i + 1) * 0.35
                p0 = (cx + d * int(r * math.cos(a0)), cy - int(r * math.sin(a0)) + 10 - i * 3)
                p1 = (cx + d * int(r * math.cos(a1)), cy - int(r * math.sin(a1)) + 10 - (i + 1) * 3)
                pygame.draw.line(s, DUST[0], p0, p1)


def walls(s: pygame.Surface, n2: Callable[[float, float], float]) -> None:
    """Two walls of leaded glass panes, dark void behind, cold reflections in front."""
    x0, y0, x1, y1 = BACK
    for side in ("left", "right"):
        for yy in range(0, 320):
            if side == "left":
                xa = 0
                xb = int(left_wall_x(yy)) if yy > y1 else x0
                top_x = FRONT_L - 40 + (x0 - FRONT_L + 40) * (yy / y0) if yy < y0 else -1
                xa = int(max(0, top_x)) if yy < y0 else 0
                if yy < y0:
                    xa, xb = 0, int(top_x)
            else:
                xa = int(right_wall_x(yy)) if yy > y1 else x1
                xb = 640
                if yy < y0:
                    xa = int(FRONT_R + 40 + (x1 - FRONT_R - 40) * (yy / y0))
            for xx in range(max(0, xa), min(640, xb)):
                depth = (x0 - xx) / x0 if side == "left" else (xx - x1) / (640 - x1)
                refl = 0.5 + 0.5 * math.sin((xx * 0.9 + yy * 0.35) / 14.0)
                t = 0.05 + 0.22 * (1 - depth) + 0.14 * refl * n2(xx, yy) + 0.25 * mirror_light(xx, yy)
                px(s, xx, yy, dither_pick(GLASS[:5], t, xx, yy))
        # the lead cames: uprights converge on the back corners, rails are level-ish
        for k in range(1, 5):
            t = k / 5
            if side == "left":
                fx = x0 - (x0 - (FRONT_L - 40)) * (1 - t) ** 1.6
                top = y0 * (fx - (FRONT_L - 40)) / (x0 - FRONT_L + 40)
                bot = BACK[3] + (x0 - fx) * (320 - BACK[3]) / (x0 - FRONT_L)
            else:
                fx = x1 + ((FRONT_R + 40) - x1) * (1 - t) ** 1.6
                top = y0 * ((FRONT_R + 40) - fx) / (FRONT_R + 40 - x1)
                bot = BACK[3] + (fx - x1) * (320 - BACK[3]) / (FRONT_R - x1)
            vline(s, LEAD[1], int(fx), int(max(0, top)), int(min(319, bot)))
            vline(s, LEAD[2], int(fx) + 1, int(max(0, top)), int(min(319, bot)))
        for frac in (0.33, 0.66):
            if side == "left":
                pa = (0, int(320 * frac * 0.9))
                pb = (x0, int(y0 + (y1 - y0) * frac))
            else:
                pa = (639, int(320 * frac * 0.9))
                pb = (x1, int(y0 + (y1 - y0) * frac))
            pygame.draw.line(s, LEAD[1], pa, pb, 2)
        # reflections: long pale streaks, and small handprints at a child's height
        r = rng(f"mirror-streaks-{side}")
        for _ in range(5):
            sx = r.randrange(20, x0 - 20) if side == "left" else r.randrange(x1 + 20, 620)
            sy = r.randrange(40, 200)
            for i in range(30):
                if bayer(sx + i, sy + i * 2) < 0.5:
                    blend_px(s, sx + i // 3, sy + i * 2, (*GLASS[6], 60))
    hands_on_glass(s)


def hands_on_glass(s: pygame.Surface) -> None:
    """Small palm prints on the glass, from the inside, at a child's height."""
    for hx, hy in ((118, 176), (136, 190), (540, 168), (84, 214), (560, 200)):
        c = (*DUST[2], 90)
        for yy in range(hy - 4, hy + 4):
            for xx in range(hx - 3, hx + 4):
                if ((xx - hx) / 3.5) ** 2 + ((yy - hy) / 4) ** 2 < 1:
                    blend_px(s, xx, yy, c)
        for i, fx in enumerate(range(hx - 3, hx + 4, 2)):
            for k in range(3 + (i in (1, 2))):
                blend_px(s, fx, hy - 5 - k, c)
        for k in range(3):
            blend_px(s, hx + 5 + k // 2, hy - 1 - k, c)


def floor(s: pygame.Surface, n: Callable[[float, float], float]) -> None:
    """Old floorboards running away from us, furred with dust, small footprints in it."""
    x0, _, x1, y1 = BACK
    for yy in range(y1, 320):
        xa, xb = left_wall_x(yy), right_wall_x(yy)
        for xx in range(int(xa), int(xb) + 1):
            u = (xx - xa) / max(1, xb - xa)  # 0..1 across the floor
            board = int(u * 11)
            seam = abs(u * 11 - round(u * 11)) < 0.5 / max(1, (xb - xa) / 11) * 1.2
            light = mirror_light(xx, yy)
            t = 0.05 + 0.55 * light**1.4 + 0.08 * ((board * 37) % 5) / 5
            c = dither_pick(BOARD, t, xx, yy)
            if seam:
                c = BOARD[0]
            d = n(xx, yy * 2) * 0.7 + 0.5 * (1 - min(1.0, min(xx - xa, xb - xx) / 60))
            if d > 0.78 and bayer(xx, yy) < (d - 0.78) * 4:
                c = dither_pick(DUST[:2], 0.2 + 0.5 * light, xx, yy)
            px(s, xx, yy, c)
    # a line of small bare footprints going round and round (somebody paced here, for years)
    for i in range(26):
        a = i / 26 * 2 * math.pi
        fx = 320 + 150 * math.cos(a)
        fy = 262 + 34 * math.sin(a)
        side = 3 if i % 2 else -3
        fx += side * math.sin(a)
        fy -= side * math.cos(a) * 0.3
        pygame.draw.ellipse(s, BOARD[1], (int(fx) - 2, int(fy) - 1, 4, 3))
    # the seam where walls meet floor
    pygame.draw.line(s, INK, (x0, y1), (FRONT_L, 320))
    pygame.draw.line(s, INK, (x1, y1), (FRONT_R, 320))
    pygame.draw.line(s, LEAD[3], (x0 - 1, y1), (FRONT_L - 1, 320))
    pygame.draw.line(s, LEAD[3], (x1 + 1, y1), (FRONT_R + 1, 320))


def back_wall(s: pygame.Surface, n2: Callable[[float, float], float]) -> None:
    """The far wall: plain dark glass, and in it the back of the great mirror."""
    x0, y0, x1, y1 = BACK
    for yy in range(y0, y1):
        for xx in range(x0, x1):
            t = 0.15 + 0.25 * n2(xx, yy) + 0.25 * mirror_light(xx, yy)
            px(s, xx, yy, dither_pick(GLASS[:5], t, xx, yy))
    pygame.draw.rect(s, LEAD[1], (x0, y0, x1 - x0, y1 - y0), 2)
    mx0, my0, mx1, my1 = MIRROR
    # the mirror's frame, seen from behind: plain battens, nails, a hanging wire
    wood = FADED["wood"]
    pygame.draw.rect(s, INK, (mx0 - 9, my0 - 9, mx1 - mx0 + 18, my1 - my0 + 14))
    for yy in range(my0 - 8, my1 + 4):
        for xx in range(mx0 - 8, mx1 + 8):
            t = 0.35 + 0.25 * math.sin(xx * 0.7 + (yy // 5) * 2.0) * 0.3 + 0.2 * mirror_light(xx, yy)
            px(s, xx, yy, dither_pick(wood, t, xx, yy))
    for nx, ny in ((mx0 - 4, my0 - 4), (mx1 + 3, my0 - 4), (mx0 - 4, my1), (mx1 + 3, my1)):
        px(s, nx, ny, FADED["tin"][4])
    pygame.draw.line(s, FADED["tin"][3], (mx0 + 6, my0 - 6), ((mx0 + mx1) // 2, my0 - 20))
    pygame.draw.line(s, FADED["tin"][3], (mx1 - 6, my0 - 6), ((mx0 + mx1) // 2, my0 - 20))
    # the glass: back to front, the Other living room, dim and warm, smeared, behind blue
    room = surf(mx1 - mx0, my1 - my0)
    w, h = room.get_size()
    wall = ramp("#3a1a22", "#562a2e", "#6e3a34", "#8a4e3e")
    for yy in range(h):
        for xx in range(w):
            t = 0.3 + 0.3 * (1 - yy / h)
            c = dither_pick(wall, t, xx, yy)
            if yy > h * 0.72:
                c = dither_pick(ramp("#2e1612", "#40201a", "#552c20"), 0.5, xx, yy)
            room.set_at((xx, yy), c)
    # fireplace glow on the left (it was on the right: this is the back of a mirror)
    soft_ellipse(room, (255, 150, 60), 24, h * 0.62, 24, 22, 150, 4)
    rect(room, (60, 30, 24), 12, int(h * 0.5), 26, int(h * 0.22))
    rect(room, (250, 140, 50), 18, int(h * 0.6), 14, int(h * 0.1))
    # sofa silhouette and a lamp
    pygame.draw.rect(room, (70, 24, 48), (46, int(h * 0.58), 52, 22))
    pygame.draw.rect(room, (82, 30, 56), (44, int(h * 0.52), 56, 10))
    vline(room, (40, 24, 20), 100, int(h * 0.3), int(h * 0.72))
    pygame.draw.polygon(
        room,
        (240, 200, 120),
        [(94, int(h * 0.3)), (106, int(h * 0.3)), (103, int(h * 0.22)), (97, int(h * 0.22))],
    )
    soft_ellipse(room, (255, 220, 150), 100, h * 0.28, 14, 12, 90, 3)
    # a figure standing very still in the doorway, tall and thin
    pygame.draw.rect(room, (24, 10, 16), (72, int(h * 0.2), 14, int(h * 0.52)))
    vline(room, (24, 10, 16), 74, int(h * 0.12), int(h * 0.2))
    pygame.draw.ellipse(room, (24, 10, 16), (74, int(h * 0.12), 10, 12))
    # the cold veil of the glass: blue over everything, smudged
    for yy in range(h):
        for xx in range(w):
            c = room.get_at((xx, yy))
            veil = 0.3 + 0.25 * n2(xx + mx0, yy * 1.5)
            out = lerp(c[:3], GLASS[3], veil)
            room.set_at((xx, yy), (*out, 255))
    # an arched top
    for yy in range(22):
        for xx in range(w):
            dx = (xx - w / 2) / (w / 2)
            if yy < 22 * (1 - math.sqrt(max(0.0, 1 - dx * dx))):
                room.set_at((xx, yy), (0, 0, 0, 0))
    s.blit(room, (mx0, my0))
    # the silvering has flaked from the back: dark spots where you can't see through
    r = rng("mirror-silvering")
    for _ in range(60):
        fx, fy = mx0 + r.randrange(w), my0 + 22 + r.randrange(h - 22)
        c = (120, 130, 150) if r.random() < 0.6 else (30, 34, 50)
        px(s, fx, fy, c)
        if r.random() < 0.4:
            px(s, fx + 1, fy, c)
    # a pale sheen across the glass
    for i in range(50):
        px(s, mx0 + 10 + i, my0 + 90 - i, (*GLASS[6],))
        if i % 3 == 0:
            px(s, mx0 + 11 + i, my0 + 90 - i, GLASS[5])


def toys(s: pygame.Surface) -> None:
    """Old toys in the dust: a rocking horse, a tin drum and soldier, a top, a hoop, a tea set."""
    # rocking horse, back left: dappled, its paint flaking, a red saddle
    wood, red = FADED["wood"], FADED["red"]
    hx, hy = 266, 228
    horse = surf(70, 50)
    ox, oy = 35, 44  # (hx, hy) in the scratch surface
    pygame.draw.arc(horse, wood[3], (ox - 26, oy - 12, 52, 22), math.pi * 1.08, math.pi * 1.92, 3)
    for lx, tx in ((-15, -10), (-9, -6), (9, 12), (15, 17)):
        pygame.draw.line(horse, wood[2], (ox + lx, oy - 1), (ox + tx, oy - 16), 2)
    pygame.draw.ellipse(horse, wood[3], (ox - 17, oy - 25, 34, 12))
    pygame.draw.polygon(
        horse,
        wood[3],
        [
            (ox + 10, oy - 22),
            (ox + 16, oy - 36),
            (ox + 21, oy - 38),
            (ox + 28, oy - 32),
            (ox + 27, oy - 29),
            (ox + 20, oy - 30),
            (ox + 18, oy - 18),
        ],
    )
    pygame.draw.polygon(horse, wood[3], [(ox + 18, oy - 38), (ox + 19, oy - 42), (ox + 21, oy - 38)])
    for i in range(8):
        px(horse, ox + 13 + i // 2, oy - 34 + i * 2, red[1])
        px(horse, ox + 12 + i // 2, oy - 34 + i * 2, red[1])
    rect(horse, red[2], ox - 6, oy - 25, 10, 4)
    pygame.draw.line(horse, wood[1], (ox - 17, oy - 20), (ox - 24, oy - 10), 2)  # tail
    for dx, dy in ((-10, -20), (-4, -17), (2, -21), (8, -18), (-12, -16)):
        px(horse, ox + dx, oy + dy, wood[4])
    px(horse, ox + 22, oy - 34, INK)
    from ..base import outline

    outline(horse, INK)
    s.blit(horse, (hx - ox, hy - oy))
    # tin drum and a toppled soldier, right
    dx, dy = 402, 262
    pygame.draw.ellipse(s, INK, (dx - 9, dy - 13, 18, 7))
    rect(s, INK, dx - 9, dy - 10, 18, 11)
    pygame.draw.ellipse(s, INK, (dx - 9, dy - 4, 18, 7))
    rect(s, FADED["red"][2], dx - 8, dy - 10, 16, 9)
    for i in range(-8, 8, 4):
        pygame.draw.line(s, FADED["tin"][3], (dx + i, dy - 9), (dx + i + 3, dy - 2))
    pygame.draw.ellipse(s, FADED["cloth"][4], (dx - 8, dy - 12, 16, 5))
    pygame.draw.line(s, wood[4], (dx + 10, dy - 2), (dx + 18, dy - 9))
    # soldier lying on his side
    sx, sy = 424, 270
    rect(s, INK, sx - 1, sy - 4, 14, 5)
    rect(s, FADED["red"][2], sx, sy - 3, 6, 3)
    rect(s, FADED["cloth"][2], sx + 6, sy - 3, 5, 3)
    rect(s, FADED["cloth"][0], sx - 4, sy - 5, 4, 6)
    px(s, sx + 11, sy - 2, (180, 170, 160))
    # a spinning top, fallen over, front right
    tx, ty = 452, 298
    pygame.draw.polygon(s, INK, [(tx - 8, ty - 6), (tx + 6, ty - 10), (tx + 9, ty), (tx - 4, ty + 3)])
    pygame.draw.polygon(
        s, FADED["tin"][3], [(tx - 6, ty - 5), (tx + 5, ty - 8), (tx + 7, ty - 1), (tx - 3, ty + 1)]
    )
    pygame.draw.line(s, FADED["red"][3], (tx - 3, ty - 5), (tx + 4, ty - 1), 2)
    pygame.draw.line(s, INK, (tx + 8, ty - 4), (tx + 13, ty - 6), 1)
    # a wooden hoop leaning on the left glass, with its stick
    pygame.draw.ellipse(s, INK, (150, 222, 18, 40), 3)
    pygame.draw.ellipse(s, wood[3], (151, 223, 16, 38), 1)
    pygame.draw.line(s, wood[2], (172, 262), (160, 232), 2)
    # a doll's tea set on a cloth, front left: three cups, a pot, one cup on its side
    cx, cy = 150, 292
    pygame.draw.ellipse(s, FADED["cloth"][1], (cx - 22, cy - 6, 48, 14))
    for ox, oy in ((-12, 0), (0, -2), (12, 1)):
        pygame.draw.ellipse(s, INK, (cx + ox - 3, cy + oy - 3, 7, 6))
        pygame.draw.ellipse(s, (190, 196, 210), (cx + ox - 2, cy + oy - 2, 5, 4))
        px(s, cx + ox, cy + oy - 2, (120, 90, 130))
    pygame.draw.ellipse(s, INK, (cx + 18, cy - 8, 10, 10))
    pygame.draw.ellipse(s, (176, 184, 200), (cx + 19, cy - 7, 8, 8))
    px(s, cx + 28, cy - 4, INK)
    px(s, cx + 29, cy - 5, INK)
    pygame.draw.ellipse(s, INK, (cx - 26, cy + 4, 6, 5))
    pygame.draw.ellipse(s, (150, 160, 180), (cx - 25, cy + 5, 4, 3))
    # a lone black button in the dust, near the middle
    bx, by = 338, 276
    pygame.draw.circle(s, INK, (bx, by), 3)
    pygame.draw.circle(s, (30, 30, 40), (bx, by), 2)
    px(s, bx - 1, by - 1, (150, 160, 190))


def the_crack(s: pygame.Surface) -> None:
    """A jagged crack in the right-hand glass; cold air whistles through it."""
    pygame.draw.lines(s, INK, False, CRACK, 2)
    pygame.draw.lines(s, GLASS[6], False, [(x + 1, y) for x, y in CRACK], 1)
    r = rng("mirror-crack")
    for x, y in CRACK[1:-1]:
        d = r.choice((-1, 1))
        pygame.draw.line(s, GLASS[5], (x, y), (x + d * r.randrange(4, 9), y + r.randrange(-6, 6)))


# =================================================================== layers
def crack_light(s: pygame.Surface) -> None:
    """Warm light leaking through the crack: a glowing seam and a fan across the floor."""
    ox, oy = LAYOUT["mirror_crack_light"][:2]
    pts = [(x - ox, y - oy) for x, y in CRACK]
    # the fan of light on the floor, spreading towards the viewer and to the left
    for yy in range(120, 220):
        for xx in range(0, 200):
            mx, my = xx + ox, yy + oy
            if mx > right_wall_x(my) - 2 or my < BACK[3]:
                continue
            ax = 140 - (yy - 120) * 1.1
            spread = 10 + (yy - 120) * 0.55
            d = abs(xx - ax) / spread
            if d < 1:
                a = int(120 * (1 - d) * (1 - (yy - 120) / 120))
                if a > 0 and bayer(xx, yy) < 0.7:
                    blend_px(s, xx, yy, (*WARM[2], a))
    for x, y in pts:
        soft_ellipse(s, WARM[2], x, y, 18, 14, 80, 4)
    pygame.draw.lines(s, WARM[3], False, pts, 3)
    pygame.draw.lines(s, WARM[4], False, pts, 1)


def wybie_hand(s: pygame.Surface) -> None:
    """Other Wybie's hand pushing through the crack: a striped cuff, a small brown hand."""
    ox, oy = LAYOUT["mirror_hand"][:2]
    cx, cy = CRACK[4][0] - ox, CRACK[4][1] - oy  # where the glass gives way
    skin = ramp("#3a2418", "#5c3a26", "#7e5236", "#a06e4a")
    sleeve = ramp("#1a1a2a", "#2a2a44", "#3e3e62", "#56567e")
    # the sleeve coming out of the crack, stripes of the Other Wybie's jumper
    for i in range(16):
        x = cx - i
        y = cy + i // 2
        for k in range(-4, 5):
            c = sleeve[2] if (i // 3) % 2 else sleeve[1]
            if abs(k) == 4:
                c = INK
            px(s, x, y + k, c)
    # the hand, reaching down towards her: palm, four fingers together, a thumb
    hx, hy = cx - 18, cy + 9
    pygame.draw.polygon(
        s,
        INK,
        [
            (hx + 4, hy - 7),
            (hx - 6, hy - 6),
            (hx - 15, hy + 2),
            (hx - 16, hy + 6),
            (hx - 6, hy + 5),
            (hx + 5, hy + 5),
        ],
    )
    pygame.draw.polygon(
        s,
        skin[2],
        [
            (hx + 3, hy - 6),
            (hx - 6, hy - 5),
            (hx - 14, hy + 2),
            (hx - 14, hy + 4),
            (hx - 6, hy + 4),
            (hx + 4, hy + 4),
        ],
    )
    for k in range(3):
        hline(s, skin[1], hx - 13 + k, hx - 8, hy - 1 + k * 2)
    hline(s, skin[3], hx - 6, hx + 2, hy - 5)
    pygame.draw.line(s, INK, (hx - 1, hy + 4), (hx - 7, hy + 9), 3)
    pygame.draw.line(s, skin[2], (hx - 1, hy + 4), (hx - 7, hy + 9), 1)
    # a little warm light around it
    soft_ellipse(s, WARM[3], cx, cy, 16, 16, 60, 3)


def ghost_glow(s: pygame.Surface) -> None:
    """Faint cold halos on the floor where the ghost children stand."""
    ox, oy = LAYOUT["mirror_ghost_glow"][:2]
    for gx, gy in GHOSTS:
        soft_ellipse(s, (200, 220, 255), gx - ox, gy - oy - 2, 22, 7, 90, 4)
        soft_ellipse(s, (200, 220, 255), gx - ox, gy - oy - 30, 20, 36, 36, 3)


def foreground(s: pygame.Surface) -> None:
    """Dust drifts and a cobweb in the near corners, over everything."""
    w, h = s.get_size()
    n = value_noise("mirror-fg", 9)
    for yy in range(h):
        for xx in range(w):
            my = yy + 250
            edge = min(xx - left_wall_x(my), right_wall_x(my) - xx)
            if edge < 0:
                continue
            if edge < 16 and n(xx, yy * 2) > 0.45 + edge / 40:
                s.set_at((xx, yy), (*dither_pick(DUST[:3], 0.3, xx, yy), 255))
    # a drift of dust along the very front
    for xx in range(w):
        hh = int(3 + 3 * n(xx, 0))
        for yy in range(h - hh, h):
            if bayer(xx, yy) < 0.7:
                s.set_at((xx, yy), (*DUST[1], 255))


def build() -> None:
    make_prop(LAYOUT, "mirror_backdrop", backdrop)
    make_prop(LAYOUT, "mirror_crack_light", crack_light)
    make_prop(LAYOUT, "mirror_hand", wybie_hand)
    make_prop(LAYOUT, "mirror_ghost_glow", ghost_glow)
    make_prop(LAYOUT, "mirror_fg", foreground)
