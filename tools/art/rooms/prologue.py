"""The prologue: a workbench in the dark, one lamp, and a pair of long needle-fingered hands.

Pictures are assets/props/prologue_*.png, placed by LAYOUT (map pixels, room 640 x 320).
The backdrop is the bench under a hanging lamp, a shelf of old dolls in the shadows whose
button eyes catch the light, tools and a tin of buttons on the bench, and a tall window on
the rainy night. Eight stage layers, shown one at a time by the script (flags prologue_1..8),
tell the story without words: an old doll is unpicked, stuffed with sawdust, given blue wool
hair and a yellow raincoat, and button eyes last; then it is lowered out of the window into
the rain. The hands are thin jointed metal, like a dressmaker's dummy's skeleton, each finger
ending in a needle. Deterministic: seeded noise only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from ..base import (
    make_prop, value_noise,
    ASSETS,
    bayer,
    blend_px,
    dither_pick,
    hline,
    lerp,
    outline,
    px,
    ramp,
    rect,
    rng,
    save,
    soft_ellipse,
    surf,
    vline,
)

PROPS = ASSETS / "props"
INK = (10, 6, 8)
DARK = ramp("#050304", "#0c0708", "#140c0c", "#1e1310", "#2a1b15")
WOOD = ramp("#1a0e0a", "#2c1a12", "#42281a", "#5c3a24", "#7a5030", "#9a6a40", "#c08e5a")
LAMP = ramp("#a0622a", "#e0a050", "#ffd890", "#fff6d8")
SHADE = ramp("#0c1410", "#18261e", "#26382c", "#3a5040")
STEEL = ramp("#1c1e24", "#34383f", "#575c64", "#858a90", "#b8bcbc", "#f0eee0")
CLOTH = ramp("#5a4030", "#86664a", "#b08e6a", "#d4b48c", "#efd8b4")
OLDDRESS = ramp("#1e3028", "#2e4a3a", "#44644e", "#5e806a")
OLDHAIR = ramp("#2a160c", "#46261a", "#663c24", "#86563a")
BLUE = ramp("#0e1a4a", "#1a3480", "#2c56b8", "#4a82e0", "#86b6ff")
YELLOW = ramp("#6a4a0a", "#a87a14", "#dcb024", "#f6d650", "#fff0a0")
SAWDUST = ramp("#6a4a26", "#9a7040", "#c49a60", "#e4c490")
RAIN = ramp("#080c18", "#0e1628", "#18223a", "#26344e", "#3e506a", "#6a7c94")
BUTTON = ramp("#020204", "#0e0c12", "#262230")

LAMP_XY = (300, 38)  # the bulb
POOL = (296, 240, 200, 70)  # centre and radii of the pool of light on the bench
BENCH_TOP, BENCH_FRONT = 168, 294
WINDOW = (474, 30, 132, 146)  # x, y, w, h of the window frame

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "prologue_backdrop": (0, 0, 640, 320),
    **{f"prologue_stage_{i}": (0, 0, 640, 320) for i in range(1, 9)},
    "prologue_lamp": (LAMP_XY[0] - 48, 0, 96, 68),  # one frame of the swing strip
}


def light(x: float, y: float) -> float:
    """How brightly the lamp lights a point (0..1): a pool on the bench, a cone above it."""
    cx, cy, rx, ry = POOL
    if y >= BENCH_TOP:
        d = math.hypot((x - cx) / rx, (y - cy) / ry)
    else:
        # the cone: widening from the lamp down to the bench's back edge
        t = max(0.0, (y - LAMP_XY[1]) / (BENCH_TOP - LAMP_XY[1]))
        half = 14 + t * (rx * 0.8)
        d = abs(x - cx) / half * 0.9 + (1 - t) * 0.15
        if y < LAMP_XY[1]:
            d = 2.0
    return max(0.0, 1.0 - d) ** 1.15


def lit(ramp_: Sequence, base: float, x: int, y: int, extra: float = 0.0):
    return dither_pick(ramp_, min(0.99, base * (0.25 + 0.75 * light(x, y)) + extra), x, y)


# =================================================================== the backdrop
def backdrop(s: pygame.Surface) -> None:
    n = value_noise("prologue-wall", 23)
    grain = value_noise("prologue-grain", 5)
    # the dark room: a wall with faded stripes, barely there
    for yy in range(BENCH_TOP):
        for xx in range(640):
            g = light(xx, yy) * 0.45
            stripe = 0.06 if (xx // 12) % 2 else 0.0
            t = 0.1 + g + stripe * (0.3 + g) + 0.06 * n(xx, yy)
            px(s, xx, yy, dither_pick(DARK, t, xx, yy))
    shelf_of_dolls(s)
    window(s)
    # the bench top: planks running left-right, scarred and stained, lit by the pool
    for yy in range(BENCH_TOP, BENCH_FRONT):
        plank = (yy - BENCH_TOP) // 21
        for xx in range(640):
            lum = light(xx, yy)
            t = 0.12 + 0.72 * lum + 0.1 * (grain(xx * 0.25, yy * 3 + plank * 40) - 0.5)
            if (yy - BENCH_TOP) % 21 == 0:
                t -= 0.25
            px(s, xx, yy, dither_pick(WOOD, t, xx, yy))
    # scratches, needle holes, a ring stain
    r = rng("prologue-scratches")
    for _ in range(90):
        x0, y0 = r.randrange(40, 600), r.randrange(BENCH_TOP + 4, BENCH_FRONT - 4)
        ln = r.randrange(3, 14)
        c = lit(WOOD, 0.75, x0, y0) if r.random() < 0.5 else WOOD[1]
        pygame.draw.line(s, c, (x0, y0), (x0 + ln, y0 + r.randrange(-1, 2)))
    for _ in range(160):
        x0, y0 = r.randrange(100, 520), r.randrange(BENCH_TOP + 4, BENCH_FRONT - 4)
        px(s, x0, y0, WOOD[0])
    pygame.draw.ellipse(s, WOOD[2], (402, 270, 30, 12), 1)
    # the bench's front edge and face
    hline(s, lit(WOOD, 1.0, 300, BENCH_FRONT), 0, 639, BENCH_FRONT)
    for yy in range(BENCH_FRONT + 1, 320):
        for xx in range(640):
            t = 0.05 + 0.35 * light(xx, BENCH_FRONT - 8) * (1 - (yy - BENCH_FRONT) / 30)
            px(s, xx, yy, dither_pick(WOOD[:4], t, xx, yy))
    hline(s, INK, 0, 639, BENCH_FRONT + 1)
    motes(s)  # the lamp itself swings: prologue_lamp_swing.png
    bench_things(s)


# The lamp swings gently on its cord (the story's last picture has the window open and the
# rain blowing in): a `swing` effect in the map shows one frame at a time from the strip
# prologue_lamp_swing.png, frame 0 swung furthest left, the middle one hanging straight. Each
# frame is drawn at its angle about the top of the cord; the light it throws on the bench
# and the wall stays where the backdrop paints it.
LAMP_FRAMES, LAMP_SWING, LAMP_PERIOD = 7, 5.0, 260  # frames, degrees, ticks for a swing


def motes(s: pygame.Surface) -> None:
    """Motes drifting in the cone under the lamp."""
    cx, cy = LAMP_XY
    r = rng("prologue-motes")
    for _ in range(40):
        y = r.randrange(cy + 14, BENCH_TOP - 2)
        t = (y - cy) / (BENCH_TOP - cy)
        x = cx + r.uniform(-1, 1) * (14 + t * 150)
        if light(x, y) > 0.2:
            blend_px(s, int(x), y, (*LAMP[3], 150))


def lamp(s: pygame.Surface, angle: float = 0.0) -> None:
    """A bare bulb under a dented green enamel shade, hanging from a cord out of the dark,
    from the top centre of ``s``, swung ``angle`` degrees (positive: the bulb to the right).

    Drawn at the angle: each pixel asks where it falls on the hanging lamp (shade, rim, the
    glowing underside, the bulb, the halo) and is coloured for that, dithered where it is."""
    w, h = s.get_size()
    ox = w // 2
    cy = LAMP_XY[1]
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)

    def hanging(xx: int, yy: int) -> tuple[float, float]:
        """Where the middle of pixel (xx, yy) falls on the lamp hanging straight (x from the
        cord, y down from the ceiling)."""
        dx, dy = xx + 0.5 - ox, yy + 0.5
        return dx * ca - dy * sa, dx * sa + dy * ca

    def at(x: float, y: float) -> tuple[int, int]:
        return round(ox + x * ca + y * sa), round(-x * sa + y * ca)

    pygame.draw.line(s, STEEL[1], at(0, 0), at(0, cy - 17))  # the cord
    shade = surf(w, h)
    for yy in range(h):
        for xx in range(w):
            x, y = hanging(xx, yy)
            if not cy - 16 <= y < cy + 2:
                continue
            half = 5 + (y - cy + 16) / 18 * 18
            if abs(x) > half + 0.5:
                continue
            u = x / max(1.0, half)
            c = dither_pick(SHADE, 0.3 + 0.4 * (1 - abs(u + 0.3)), xx, yy)
            if y >= cy + 1:
                c = SHADE[3]  # the rolled rim
            px(shade, xx, yy, c)
    outline(shade, INK)
    s.blit(shade, (0, 0))
    # the underside, glowing, the halo round it, and the bulb
    for yy in range(h):
        for xx in range(w):
            x, y = hanging(xx, yy)
            if (x / 22) ** 2 + ((y - cy - 2.5) / 3.5) ** 2 < 1:
                px(s, xx, yy, LAMP[1])
    for yy in range(h):
        for xx in range(w):
            x, y = hanging(xx, yy)
            d = (x / 40) ** 2 + ((y - cy - 4) / 20) ** 2
            if d >= 1.0:
                continue
            lvl = int((1.0 - d ** 0.5) * 5 + bayer(xx, yy))
            if lvl > 0:
                blend_px(s, xx, yy, (*LAMP[2], int(120 * min(5, lvl) / 5)))
    for yy in range(h):
        for xx in range(w):
            x, y = hanging(xx, yy)
            if (x / 5) ** 2 + ((y - cy - 4.5) / 4.5) ** 2 < 1:
                px(s, xx, yy, LAMP[3])
    px(s, *at(-2, cy + 2), (255, 255, 255))


def lamp_strip() -> None:
    """The swing strip: LAMP_FRAMES frames side by side."""
    _, _, fw, fh = LAYOUT["prologue_lamp"]
    strip = surf(fw * LAMP_FRAMES, fh)
    for i in range(LAMP_FRAMES):
        one = surf(fw, fh)
        lamp(one, LAMP_SWING * (2 * i / (LAMP_FRAMES - 1) - 1))
        strip.blit(one, (i * fw, 0))
    save(strip, PROPS / "prologue_lamp_swing.png")


def shelf_of_dolls(s: pygame.Surface) -> None:
    """A shelf in the dark on the left, lined with old dolls; only their buttons catch the light."""
    sy = 96
    rect(s, INK, 20, sy, 200, 5)
    hline(s, WOOD[2], 20, 219, sy)
    hline(s, WOOD[1], 20, 219, sy + 1)
    for bx in (34, 204):
        pygame.draw.line(s, WOOD[1], (bx, sy + 5), (bx + 8, sy + 18), 2)
    r = rng("prologue-shelf")
    x = 30
    while x < 210:
        w = r.randrange(14, 20)
        h = r.randrange(22, 32)
        top = sy - h
        col = lerp(DARK[3], (40, 30, 34), r.random())
        # slumped dolls: a head on a lumpy body, hair, sometimes a hat
        pygame.draw.ellipse(s, col, (x, top + h // 3, w, h - h // 3))
        pygame.draw.ellipse(s, col, (x + 2, top, w - 4, w - 4))
        if r.random() < 0.5:
            hline(s, lerp(col, (0, 0, 0), 0.5), x + 1, x + w - 2, top + 1)
        # the buttons: two tiny glints, some of them turned to the bench
        ex = x + w // 2
        ey = top + (w - 4) // 2
        for dx in (-3, 2):
            px(s, ex + dx, ey, BUTTON[0])
            px(s, ex + dx + 1, ey, BUTTON[0])
            if r.random() < 0.8:
                px(s, ex + dx, ey - 1, (150, 120, 90))
        x += w + r.randrange(2, 6)
    # cobweb from the shelf bracket
    for i in range(4):
        pygame.draw.line(s, (40, 34, 34), (20, sy + 5), (20 + i * 6, sy + 20 - i * 3))


def window(s: pygame.Surface) -> None:
    """A tall sash window on a rainy night, beads of water running down it."""
    x, y, w, h = WINDOW
    rect(s, INK, x - 2, y - 2, w + 4, h + 4)
    rect(s, WOOD[1], x, y, w, h)
    hline(s, WOOD[2], x, x + w - 1, y)
    night_glass(s, x + 6, y + 6, w - 12, h // 2 - 8, "upper")
    night_glass(s, x + 6, y + h // 2 + 2, w - 12, h // 2 - 8, "lower")
    rect(s, WOOD[2], x, y + h // 2 - 3, w, 6)
    hline(s, WOOD[3], x, x + w - 1, y + h // 2 - 3)
    vline(s, WOOD[1], x + w // 2, y + 6, y + h - 6)
    # the sill
    rect(s, INK, x - 8, y + h, w + 16, 6)
    hline(s, WOOD[3], x - 7, x + w + 6, y + h + 1)
    rect(s, WOOD[2], x - 7, y + h + 2, w + 14, 3)
    # a thin curtain hanging at the left
    for yy in range(y - 6, y + h + 4):
        for xx in range(x - 16, x + 6):
            ph = (xx - x + 16) / 5.0 * 2 * math.pi + yy / 30.0
            t = 0.2 + 0.3 * (0.5 + 0.5 * math.sin(ph))
            px(s, xx, yy, dither_pick(ramp("#1a1018", "#2a1a26", "#3c2838", "#523a4c"), t, xx, yy))


def night_glass(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int, seed: str) -> None:
    n = value_noise(f"prologue-glass-{seed}", 9)
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            t = 0.1 + 0.3 * (yy - gy) / gh + 0.15 * n(xx, yy)
            px(s, xx, yy, dither_pick(RAIN[:4], t, xx, yy))
    if seed == "lower":
        # the far hill and the roof of a pink house down the slope, one lit window
        for xx in range(gx, gx + gw):
            hy = gy + gh - 12 - int(6 * math.sin((xx - gx) / 30.0))
            for yy in range(hy, gy + gh):
                px(s, xx, yy, RAIN[0])
        rx, ry = gx + 40, gy + gh - 22
        pygame.draw.polygon(s, (34, 22, 34), [(rx - 14, ry + 8), (rx, ry - 6), (rx + 14, ry + 8)])
        rect(s, (34, 22, 34), rx - 11, ry + 8, 22, 14)
        rect(s, (200, 150, 80), rx - 2, ry + 11, 3, 3)
    r = rng(f"prologue-drops-{seed}")
    for _ in range(gw * gh // 30):
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
        ln = r.randrange(2, 6)
        for k in range(ln):
            if yy + k < gy + gh:
                px(s, xx, yy + k, RAIN[3] if k < ln - 1 else RAIN[4])


def bench_things(s: pygame.Surface) -> None:
    """Pincushion, spools, scissors, a tin of black buttons, a jar of sawdust, a skein of wool."""
    # jar of sawdust, left back
    jx, jy = 104, 176
    rect(s, INK, jx - 13, jy - 26, 26, 30)
    for yy in range(jy - 25, jy + 3):
        for xx in range(jx - 12, jx + 12):
            c = lit(SAWDUST, 0.6, xx, yy) if yy > jy - 16 else lit(RAIN[2:], 0.5, xx, yy)
            px(s, xx, yy, c)
    vline(s, lerp(LAMP[3], (255, 255, 255), 0.3), jx + 7, jy - 22, jy - 2)
    rect(s, INK, jx - 10, jy - 30, 20, 5)
    rect(s, STEEL[2], jx - 9, jy - 29, 18, 3)
    # pincushion: a plump red tomato bristling with pins
    cx, cy = 150, 214
    pygame.draw.ellipse(s, INK, (cx - 15, cy - 10, 30, 21))
    for yy in range(cy - 9, cy + 10):
        for xx in range(cx - 14, cx + 15):
            if ((xx - cx) / 14) ** 2 + ((yy - cy) / 9.5) ** 2 < 1:
                seg = 0.15 * math.cos((xx - cx) / 3.0)
                px(s, xx, yy, lit(ramp("#3a0a10", "#6e1620", "#a42a30", "#d85048"), 0.8 + seg, xx, yy))
    r = rng("prologue-pins")
    for _ in range(11):
        ax, ay = cx + r.randrange(-10, 11), cy + r.randrange(-7, 3)
        ang = r.uniform(-2.4, -0.7)
        bx, by = ax + int(9 * math.cos(ang)), ay + int(9 * math.sin(ang))
        pygame.draw.line(s, STEEL[4], (ax, ay), (bx, by))
        px(s, bx, by, (240, 220, 120) if r.random() < 0.5 else (220, 60, 80))
    # spools of thread at the back: black, blue, yellow, white
    for _i, (col, x) in enumerate(((BUTTON, 196), (BLUE, 214), (YELLOW, 232), (CLOTH, 250))):
        y = 186
        rect(s, INK, x - 6, y - 14, 13, 16)
        rect(s, lit(WOOD, 0.9, x, y), x - 5, y - 13, 11, 2)
        rect(s, lit(WOOD, 0.9, x, y), x - 5, y - 1, 11, 2)
        for yy in range(y - 11, y - 1):
            for xx in range(x - 4, x + 5):
                px(s, xx, yy, lit(col, 0.55 + 0.25 * (1 - abs(xx - x + 1) / 5), xx, yy))
    # scissors, long and open, right of the pool
    sx, sy = 420, 262
    for ang in (-0.25, 0.12):
        ex, ey = sx + int(46 * math.cos(ang)), sy + int(46 * math.sin(ang))
        pygame.draw.line(s, INK, (sx, sy), (ex, ey), 4)
        pygame.draw.line(s, lit(STEEL, 1.0, sx + 10, sy), (sx, sy), (ex, ey), 2)
        px(s, ex, ey, STEEL[5])
    for ox, oy in ((-10, -6), (-10, 5)):
        pygame.draw.ellipse(s, INK, (sx + ox - 5, sy + oy - 4, 11, 9), 3)
        pygame.draw.ellipse(s, lit(STEEL, 0.9, sx, sy), (sx + ox - 4, sy + oy - 3, 9, 7), 1)
    px(s, sx, sy, STEEL[5])
    # the tin of black buttons, back right
    tx, ty = 452, 204
    pygame.draw.ellipse(s, INK, (tx - 20, ty - 9, 41, 20))
    pygame.draw.ellipse(s, lit(STEEL, 0.7, tx, ty), (tx - 19, ty - 8, 39, 18))
    pygame.draw.ellipse(s, STEEL[1], (tx - 16, ty - 6, 33, 13))
    r = rng("prologue-buttons")
    for _ in range(18):
        bx, by = tx + r.randrange(-13, 14), ty + r.randrange(-4, 5)
        pygame.draw.circle(s, BUTTON[1], (bx, by), 2)
        px(s, bx - 1, by - 1, (190, 170, 140))
    for bx, by in ((tx - 30, ty + 14), (tx + 26, ty + 10)):
        pygame.draw.circle(s, BUTTON[1], (bx, by), 3)
        px(s, bx - 1, by - 1, (200, 180, 150))
        px(s, bx, by, BUTTON[0])
    # a skein of blue wool and a fold of yellow oilcloth, waiting
    wx, wy = 370, 194
    for k in range(9):
        pygame.draw.ellipse(
            s, lit(BLUE, 0.5 + 0.05 * k, wx, wy), (wx - 18 + k, wy - 6 + (k % 3), 36 - 2 * k, 12), 1
        )
    rect(s, INK, 520, 250, 44, 22)
    for yy in range(251, 271):
        for xx in range(521, 563):
            px(s, xx, yy, lit(YELLOW, 0.55 + 0.2 * ((yy - 251) // 5 % 2), xx, yy))


# =================================================================== the doll
def doll_lying(
    s: pygame.Surface,
    hair: str | None,
    dress: str | None,
    eyes: int,
    body: str = "plump",
    eye_old: bool = False,
) -> None:
    """The doll lying on her back on the bench, head to the left.

    hair: 'old' (brown braids), 'blue' or None; dress: 'old', 'coat' or None;
    eyes: how many of the new buttons are on (eye_old: the old doll's buttons);
    body: 'plump', 'open' (unpicked, stuffing out) or 'flat' (empty cloth).
    """
    d = surf(640, 320)
    hx, hy = 236, 238
    flat = body == "flat"
    # legs and arms: little cloth sausages
    thick = 4 if flat else 6
    for ly in (232, 244):
        pygame.draw.line(d, CLOTH[2], (300, ly), (342, ly + (2 if ly > 240 else -2)), thick * 2 - 1)
    pygame.draw.line(d, CLOTH[2], (262, 226), (286, 214), thick * 2 - 3)
    pygame.draw.line(d, CLOTH[2], (262, 252), (288, 264), thick * 2 - 3)
    # torso
    th = 20 if flat else 28
    pygame.draw.ellipse(d, CLOTH[2], (250, 238 - th // 2, 58, th))
    # head
    hr = 12 if flat else 14
    pygame.draw.ellipse(d, CLOTH[2], (hx - hr, hy - hr, 2 * hr + 2, 2 * hr))
    # shading (the lamp is above and a little right: lit on the upper right)
    w, h = d.get_size()
    for yy in range(200, 280):
        for xx in range(200, 360):
            c = d.get_at((xx, yy))
            if c.a == 0:
                continue
            up = d.get_at((xx, yy - 2)).a == 0
            down = d.get_at((xx, yy + 2)).a == 0
            t = 0.55 + (0.3 if up else 0) - (0.35 if down else 0) + 0.1 * light(xx, yy)
            d.set_at((xx, yy), dither_pick(CLOTH, t, xx, yy))
    # seams: little stitches along the body
    for xx in range(254, 304, 4):
        px(d, xx, 238, CLOTH[1])
    if dress == "old":
        # a faded green frock with a pinafore and a lace collar
        for yy in range(222, 256):
            for xx in range(252, 312):
                if d.get_at((xx, yy)).a and xx < 308:
                    t = 0.45 + (0.25 if d.get_at((xx, yy - 2)).a == 0 else 0)
                    d.set_at((xx, yy), dither_pick(OLDDRESS, t, xx, yy))
        for yy in range(230, 247):
            hline(d, lerp(CLOTH[3], (200, 200, 190), 0.3), 272, 290, yy) if yy % 2 else None
        for yy in range(226, 251, 2):
            px(d, 254, yy, CLOTH[4])
    if dress == "coat":
        # the little yellow raincoat, toggles and a collar, sleeves to the wrist
        for yy in range(214, 266):
            for xx in range(250, 312):
                if d.get_at((xx, yy)).a and (xx < 306 or abs(yy - 238) > 9):
                    up = d.get_at((xx, yy - 2)).a == 0
                    t = 0.5 + (0.3 if up else 0) + 0.1 * math.sin(xx / 4.0)
                    d.set_at((xx, yy), dither_pick(YELLOW, t, xx, yy))
        for xx in range(262, 304, 9):
            rect(d, YELLOW[0], xx, 236, 2, 5)
            px(d, xx, 236, YELLOW[4])
        pygame.draw.polygon(d, YELLOW[3], [(250, 230), (258, 238), (250, 246)])
        # and little red boots
        for ly in (230, 246):
            rect(d, (150, 30, 40), 336, ly - 4, 10, 8)
            hline(d, (200, 70, 80), 337, 344, ly - 4)
    if body == "open":
        # the seam unpicked down the middle, old grey stuffing pulled out in tufts
        for xx in range(256, 306):
            px(d, xx, 237, INK)
            px(d, xx, 239, INK)
            px(d, xx, 238, (70, 60, 56))
        r = rng("old-stuffing")
        for _ in range(16):
            cx, cy = r.randrange(258, 304), 238 + r.randrange(-3, 4)
            pygame.draw.circle(d, (150, 144, 136), (cx, cy), r.randrange(2, 4))
            px(d, cx, cy - 1, (196, 190, 180))
    # hair
    if hair == "old":
        for a in range(-70, 71, 7):
            ang = math.radians(180 + a)
            for k in range(hr - 2, hr + 3):
                px(d, hx + int(k * math.cos(ang)), hy + int(k * math.sin(ang)), OLDHAIR[2 + (a // 7) % 2])
        for by in (hy - 12, hy + 12):
            for k in range(12):
                bx = hx - 14 - k
                px(d, bx, by + (k % 2), OLDHAIR[2])
                px(d, bx, by + 1 - (k % 2), OLDHAIR[1])
            rect(d, (120, 40, 50), hx - 27, by - 1, 3, 3)
    if hair == "blue":
        # a blue bob fanned out round the head on the bench, a fringe across the brow
        for yy in range(hy - hr - 5, hy + hr + 6):
            for xx in range(hx - hr - 7, hx + 4):
                dd = math.hypot((xx - hx) / (hr + 6), (yy - hy) / (hr + 5))
                inner = math.hypot((xx - hx - 3) / (hr - 2), (yy - hy) / (hr - 3))
                if dd < 1 and (inner > 1 or xx < hx - hr + 6):
                    strand = 0.5 + 0.35 * math.sin(math.atan2(yy - hy, xx - hx) * 14)
                    d.set_at((xx, yy), dither_pick(BLUE, strand, xx, yy))
    # the face: stitched smile, cheeks, eyes
    fx = hx + 3
    if body != "flat":
        for k in range(-4, 5, 2):
            px(d, fx + 7 + abs(k) // 3, hy + k, (120, 50, 50))
        px(d, fx + 5, hy - 7, (230, 150, 140))
        px(d, fx + 5, hy + 7, (230, 150, 140))
    if eye_old:
        for ey in (hy - 5, hy + 5):
            pygame.draw.circle(d, (60, 40, 30), (fx, ey), 3)
            px(d, fx - 1, ey - 1, (160, 120, 90))
    for i, ey in enumerate((hy - 5, hy + 5)):
        if i < eyes:
            button(d, fx, ey, 3)
    from ..base import outline

    outline(d, INK)
    # a soft shadow under the doll on the bench
    sh = surf(640, 320)
    soft_ellipse(sh, (8, 4, 4), 286, 252, 70, 16, 120, 3)
    s.blit(sh, (0, 0))
    s.blit(d, (0, 0))


def button(s: pygame.Surface, x: int, y: int, r: int) -> None:
    """A glossy black button with four holes and the lamp in it."""
    pygame.draw.circle(s, BUTTON[1], (x, y), r)
    pygame.draw.circle(s, BUTTON[2], (x, y), r, 1)
    if r >= 3:
        px(s, x - 1, y, BUTTON[0])
        px(s, x + 1, y, BUTTON[0])
    px(s, x - r + 1, y - r + 1, (255, 236, 200))
    px(s, x + 1, y - r + 1, (120, 100, 90))


def doll_sitting(s: pygame.Surface, x: int, y: int, scale: float = 1.0) -> None:
    """The finished doll, sitting up with its legs out: blue bob, yellow coat, buttons."""
    k = scale
    d = surf(640, 320)

    def P(px_: float, py_: float) -> tuple[int, int]:
        return (int(x + px_ * k), int(y + py_ * k))

    # legs pointing at us, red boots
    for lx in (-7, 5):
        pygame.draw.line(d, CLOTH[2], P(lx, -6), P(lx + lx * 0.4, 8), max(2, int(9 * k)))
        pygame.draw.circle(d, (150, 30, 40), P(lx + lx * 0.4, 10), max(2, int(5 * k)))
    # coat body
    pygame.draw.polygon(d, YELLOW[2], [P(-13, -4), P(13, -4), P(10, -32), P(-10, -32)])
    pygame.draw.line(d, YELLOW[2], P(-10, -30), P(-17, -10), max(2, int(6 * k)))
    pygame.draw.line(d, YELLOW[2], P(10, -30), P(17, -10), max(2, int(6 * k)))
    # head and hair
    hx, hy = P(0, -46)
    hr = int(14 * k)
    pygame.draw.circle(d, CLOTH[3], (hx, hy), hr)
    pygame.draw.ellipse(d, BLUE[2], (hx - hr - 2, hy - hr - 2, 2 * hr + 4, int(hr * 1.3)))
    rect(d, BLUE[2], hx - hr - 2, hy - hr // 2, int(4 * k) + 1, int(hr * 1.3))
    rect(d, BLUE[2], hx + hr - int(3 * k), hy - hr // 2, int(4 * k) + 1, int(hr * 1.3))
    # shading
    for yy in range(hy - 2 * hr, y + int(16 * k)):
        for xx in range(x - int(24 * k), x + int(24 * k)):
            c = d.get_at((xx, yy))
            if c.a == 0:
                continue
            rgb = (c.r, c.g, c.b)
            rampx = (
                YELLOW
                if rgb == YELLOW[2]
                else BLUE
                if rgb == BLUE[2]
                else CLOTH
                if rgb in (CLOTH[2], CLOTH[3])
                else None
            )
            if rampx is None:
                continue
            right = d.get_at((xx + 2, yy)).a == 0
            left = d.get_at((xx - 2, yy)).a == 0
            up = d.get_at((xx, yy - 2)).a == 0
            t = 0.55 + (0.25 if up else 0) + (0.12 if right else 0) - (0.25 if left else 0)
            d.set_at((xx, yy), dither_pick(rampx, t, xx, yy))
    # toggles, a hairclip, the stitched smile, the buttons
    for ty in (-26, -19, -12):
        a, b = P(-1, ty)
        rect(d, YELLOW[0], a, b, max(2, int(3 * k)), max(1, int(2 * k)))
    cx_, cy_ = P(6, -57)
    rect(d, (230, 80, 120), cx_, cy_, max(2, int(4 * k)), max(2, int(2 * k)))
    for kx in range(-4, 5, 2):
        a, b = P(kx, -38 + abs(kx) // 3)
        px(d, a, b, (120, 50, 50))
    for ex in (-5, 5):
        a, b = P(ex, -46)
        button(d, a, b, max(2, int(3.5 * k)))
    from ..base import outline

    outline(d, INK)
    sh = surf(640, 320)
    soft_ellipse(sh, (8, 4, 4), x, y + int(10 * k), int(26 * k), int(7 * k), 130, 3)
    s.blit(sh, (0, 0))
    s.blit(d, (0, 0))


# =================================================================== the hands
def hand(
    s: pygame.Surface,
    shoulder: tuple[float, float],
    elbow: tuple[float, float],
    wrist: tuple[float, float],
    angle: float,
    spread: float = 0.35,
    curl: float = 0.25,
    fingers: int = 4,
    thumb: float = 1.0,
    hold: list[tuple[float, float, float]] | None = None,
) -> list[tuple[int, int]]:
    """A long thin jointed metal arm and hand with needles for fingertips.

    angle: direction the hand points (radians, 0 = right, pi/2 = down). spread: fan of the
    fingers; curl: how much each joint bends. thumb: which side the thumb is (+1/-1).
    hold: (finger index, extra curl, length factor) overrides. Returns the needle tips.
    """

    def seg(a: tuple[float, float], b: tuple[float, float], wd: int) -> None:
        pygame.draw.line(s, INK, a, b, wd + 2)

    def lit_seg(a: tuple[float, float], b: tuple[float, float], wd: int) -> None:
        pygame.draw.line(s, STEEL[2], a, b, wd)
        # a highlight along the top/right edge, brighter near the lamp
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        c = lerp(STEEL[3], STEEL[5], light(mx, my))
        off = (1 if b[1] > a[1] else 0, -1 if abs(b[0] - a[0]) > abs(b[1] - a[1]) else 0)
        pygame.draw.line(s, c, (a[0] + off[0], a[1] + off[1]), (b[0] + off[0], b[1] + off[1]))

    def joint(p: tuple[float, float], r: int = 2) -> None:
        pygame.draw.circle(s, INK, (int(p[0]), int(p[1])), r + 1)
        pygame.draw.circle(s, STEEL[3], (int(p[0]), int(p[1])), r)
        px(s, int(p[0]) - 1, int(p[1]) - 1, STEEL[5])

    # the arm: two long rods, from out of the dark above
    seg(shoulder, elbow, 3)
    seg(elbow, wrist, 3)
    lit_seg(shoulder, elbow, 3)
    lit_seg(elbow, wrist, 3)
    joint(elbow, 3)
    # the palm: a narrow plate
    ca, sa = math.cos(angle), math.sin(angle)
    plen, pw = 15, 6
    knuck = (wrist[0] + ca * plen, wrist[1] + sa * plen)
    palm = [
        (wrist[0] - sa * 3, wrist[1] + ca * 3),
        (wrist[0] + sa * 3, wrist[1] - ca * 3),
        (knuck[0] + sa * pw, knuck[1] - ca * pw),
        (knuck[0] - sa * pw, knuck[1] + ca * pw),
    ]
    pygame.draw.polygon(s, INK, palm)
    pygame.draw.polygon(s, STEEL[2], palm, 0)
    pygame.draw.polygon(s, INK, palm, 1)
    pygame.draw.line(s, STEEL[4], palm[1], palm[2])
    joint(wrist, 3)
    tips = []
    overrides = {i: (c, ln) for i, c, ln in (hold or [])}
    for i in range(fingers):
        u = (i / (fingers - 1) - 0.5) if fingers > 1 else 0.0
        a = angle + u * spread * 2
        base = (knuck[0] - sa * u * pw * 1.8, knuck[1] + ca * u * pw * 1.8)
        c, lf = overrides.get(i, (0.0, 1.0))
        L = (11 + 4 * (1 - abs(u) * 1.5)) * lf
        p = base
        pts = [p]
        for j in range(3):
            a += (curl + c) * (1 if j else 0.5)
            q = (p[0] + math.cos(a) * L, p[1] + math.sin(a) * L)
            pts.append(q)
            p = q
        for p0, p1 in zip(pts, pts[1:]):
            seg(p0, p1, 2)
        for p0, p1 in zip(pts, pts[1:]):
            pygame.draw.line(s, STEEL[2], p0, p1, 2)
            pygame.draw.line(s, lerp(STEEL[3], STEEL[5], light(*p0)), p0, p1, 1)
        for q in pts[1:-1]:
            pygame.draw.circle(s, INK, (int(q[0]), int(q[1])), 2)
            px(s, int(q[0]), int(q[1]), STEEL[5] if light(*q) > 0.3 else STEEL[4])
        # the needle: a long bright point beyond the last joint
        nt = (p[0] + math.cos(a) * 9, p[1] + math.sin(a) * 9)
        pygame.draw.line(s, STEEL[4], p, nt, 1)
        px(s, int(nt[0]), int(nt[1]), STEEL[5])
        tips.append((int(nt[0]), int(nt[1])))
    # the thumb, shorter, from the side of the palm
    if thumb:
        ta = angle - thumb * 1.1
        base = (wrist[0] + ca * 5 - sa * thumb * 4, wrist[1] + sa * 5 + ca * thumb * 4)
        mid = (base[0] + math.cos(ta) * 9, base[1] + math.sin(ta) * 9)
        ta2 = ta + thumb * 0.6
        end = (mid[0] + math.cos(ta2) * 8, mid[1] + math.sin(ta2) * 8)
        seg(base, mid, 1)
        seg(mid, end, 1)
        pygame.draw.line(s, STEEL[3], base, mid)
        pygame.draw.line(s, STEEL[3], mid, end)
        nt = (end[0] + math.cos(ta2) * 7, end[1] + math.sin(ta2) * 7)
        pygame.draw.line(s, STEEL[4], end, nt)
        px(s, int(nt[0]), int(nt[1]), STEEL[5])
    return tips


def glint(s: pygame.Surface, x: int, y: int, r: int = 4) -> None:
    """A four-pointed sparkle where the lamp catches a needle."""
    for k in range(1, r + 1):
        a = int(255 * (1 - k / (r + 1)))
        for dx, dy in ((k, 0), (-k, 0), (0, k), (0, -k)):
            blend_px(s, x + dx, y + dy, (255, 250, 225, a))
    px(s, x, y, (255, 255, 255))


def thread(s: pygame.Surface, pts: list[tuple[float, float]], colour) -> None:
    for a, b in zip(pts, pts[1:]):
        pygame.draw.line(s, colour, a, b)


# =================================================================== the stages
def stage_1(s: pygame.Surface) -> None:
    """An old doll, brown braids and a faded frock, laid out under the lamp; the hands come."""
    doll_lying(s, "old", "old", 0, "plump", eye_old=True)
    hand(s, (180, -10), (150, 120), (196, 190), 0.9, spread=0.45, curl=0.18)
    hand(s, (420, -10), (430, 110), (378, 196), 2.3, spread=0.45, curl=-0.18, thumb=-1)
    glint(s, 226, 218)


def stage_2(s: pygame.Surface) -> None:
    """Unpicking: the frock off, the braids off, the old eyes snipped, the stuffing out."""
    doll_lying(s, None, None, 0, "open")
    # what came off: the crumpled frock, the braids, two old buttons rolling away
    r = rng("old-frock")
    for _ in range(60):
        x, y = 176 + r.randrange(36), 262 + r.randrange(18)
        pygame.draw.circle(s, OLDDRESS[r.randrange(1, 4)], (x, y), 3)
    for k in range(18):
        px(s, 180 + k, 252 + (k % 3), OLDHAIR[2])
        px(s, 182 + k, 255 + (k % 2), OLDHAIR[1])
    for bx, by in ((196, 290), (352, 284)):
        pygame.draw.circle(s, (60, 40, 30), (bx, by), 3)
        px(s, bx - 1, by - 1, (170, 130, 100))
    # old stuffing heaped by the doll
    for _ in range(26):
        x, y = 320 + r.randrange(30), 268 + r.randrange(14)
        pygame.draw.circle(s, (140, 134, 126), (x, y), r.randrange(2, 5))
        px(s, x, y - 1, (190, 184, 174))
    # one hand pins the body flat, the other draws a long thread up out of the seam
    hand(s, (170, -10), (168, 130), (250, 204), 1.25, spread=0.3, curl=0.05)
    tips = hand(s, (470, -10), (440, 60), (356, 120), 2.5, spread=0.25, curl=-0.3, thumb=-1)
    thread(s, [(286, 238), (300, 190), (tips[1][0], tips[1][1])], (200, 190, 170))
    glint(s, *tips[1])


def stage_3(s: pygame.Surface) -> None:
    """New stuffing: sawdust poured from a little scoop into the neck, spilling round it."""
    doll_lying(s, None, None, 0, "plump")
    # spilled sawdust
    r = rng("sawdust")
    for _ in range(220):
        x = int(r.gauss(258, 22))
        y = int(r.gauss(250, 9))
        px(s, x, y, SAWDUST[r.randrange(4)])
    # the scoop, tipped, held in the needle fingers
    tips = hand(s, (260, -10), (330, 80), (286, 170), 2.4, spread=0.2, curl=-0.35, thumb=-1)
    sx, sy = 262, 196
    pygame.draw.polygon(s, INK, [(sx - 12, sy - 6), (sx + 12, sy - 12), (sx + 16, sy), (sx - 6, sy + 6)])
    pygame.draw.polygon(
        s, STEEL[3], [(sx - 10, sy - 5), (sx + 11, sy - 10), (sx + 14, sy - 1), (sx - 5, sy + 4)]
    )
    pygame.draw.polygon(
        s, SAWDUST[2], [(sx - 8, sy - 4), (sx + 8, sy - 8), (sx + 10, sy - 3), (sx - 4, sy + 2)]
    )
    pygame.draw.line(s, STEEL[4], (sx + 14, sy - 6), (tips[1][0], tips[1][1]), 1)
    # the falling stream
    for k in range(40):
        x = sx - 10 + int(r.gauss(0, 1.5))
        y = sy + 2 + k
        if y < 232:
            px(s, x, y, SAWDUST[3] if k % 3 else SAWDUST[1])
    # the other hand holds the neck open
    hand(s, (120, -10), (110, 140), (204, 222), 0.35, spread=0.35, curl=0.2)


def stage_4(s: pygame.Surface) -> None:
    """Hair: blue wool sewn on strand by strand; a needle drawing a blue thread up high."""
    doll_lying(s, "blue", None, 0, "plump")
    tips = hand(s, (150, -10), (120, 70), (176, 118), 0.6, spread=0.25, curl=-0.2)
    thread(s, [(224, 232), (214, 190), tips[2]], BLUE[3])
    glint(s, *tips[2], r=5)
    hand(s, (430, -10), (420, 120), (318, 206), 2.6, spread=0.4, curl=-0.15, thumb=-1)
    # loose snippets of wool on the bench
    for x, y in ((200, 272), (214, 276), (276, 282), (190, 262)):
        pygame.draw.line(s, BLUE[3], (x, y), (x + 6, y - 2))


def stage_5(s: pygame.Surface) -> None:
    """The little yellow raincoat, buttoned on; the hands smooth the collar."""
    doll_lying(s, "blue", "coat", 0, "plump")
    hand(s, (170, -10), (190, 110), (226, 186), 1.2, spread=0.3, curl=0.25)
    hand(s, (430, -10), (440, 110), (326, 200), 2.5, spread=0.35, curl=-0.25, thumb=-1)
    # a curl of yellow offcut and a tape measure
    pygame.draw.arc(s, YELLOW[2], (350, 270, 20, 12), 0, 4, 2)
    pygame.draw.line(s, (220, 200, 150), (380, 284), (440, 290), 2)
    for xx in range(382, 440, 4):
        px(s, xx, 285 + (xx - 380) // 10, (60, 40, 30))


def stage_6(s: pygame.Surface) -> None:
    """Eyes, last of all: one button sewn on, the second held on a needle above the face."""
    doll_lying(s, "blue", "coat", 1, "plump")
    tips = hand(s, (280, -10), (300, 60), (262, 150), 1.9, spread=0.18, curl=0.1, thumb=-1)
    # the second button, held on the point of a needle, thread trailing down to the face
    bx, by = tips[1][0], tips[1][1] + 5
    soft_ellipse(s, LAMP[2], bx, by, 12, 12, 70, 4)
    pygame.draw.circle(s, INK, (bx, by), 6)
    button(s, bx, by, 5)
    thread(s, [(bx, by), (236 + 3, 238 + 5)], (30, 24, 30))
    glint(s, tips[1][0], tips[1][1], r=6)
    hand(s, (120, -10), (110, 150), (184, 222), 0.1, spread=0.3, curl=0.35)


def stage_7(s: pygame.Surface) -> None:
    """Finished. The doll sits up in the light; a needle finger strokes its hair."""
    doll_sitting(s, 300, 256, 1.15)
    hand(s, (230, -10), (220, 90), (262, 170), 0.75, spread=0.25, curl=0.22)
    glint(s, 300, 186, r=3)
    # what is left: the old frock, the braids, the grey stuffing, pushed aside
    r = rng("leftovers")
    for _ in range(40):
        x, y = 170 + r.randrange(40), 262 + r.randrange(16)
        pygame.draw.circle(s, OLDDRESS[r.randrange(1, 4)], (x, y), 3)
    for _ in range(20):
        x, y = 380 + r.randrange(26), 270 + r.randrange(12)
        pygame.draw.circle(s, (120, 114, 108), (x, y), r.randrange(2, 4))


def stage_8(s: pygame.Surface) -> None:
    """The window thrown up; rain blowing in; the doll lowered away on a long thread."""
    x, y, w, h = WINDOW
    # the lower sash pushed up over the upper one: the bottom half is open night
    gx, gy, gw, gh = x + 6, y + h // 2 + 2, w - 12, h // 2 - 2
    n = value_noise("open-night", 11)
    for yy in range(gy - 4, y + h):
        for xx in range(gx - 6, gx + gw + 6):
            t = 0.1 + 0.3 * n(xx, yy) + 0.25 * (yy - gy) / gh
            px(s, xx, yy, dither_pick(RAIN[:4], t, xx, yy))
    rect(s, INK, x, y + 8, w, 7)
    rect(s, WOOD[2], x, y + 9, w, 5)
    # rain slanting in past the frame
    r = rng("blowing-rain")
    for _ in range(70):
        rx, ry = r.randrange(gx - 20, gx + gw + 10), r.randrange(gy - 10, y + h + 60)
        for k in range(4):
            px(s, rx - k, ry + k * 2, RAIN[5] if k < 3 else RAIN[4])
    # wet on the sill and the bench
    for _ in range(50):
        wx, wy = r.randrange(x - 20, x + w + 10), r.randrange(y + h + 8, y + h + 70)
        if wy < 320:
            px(s, wx, wy, (110, 120, 140))
    # the curtain blown inwards
    for yy in range(y - 6, y + h + 4):
        bulge = int(10 * math.sin((yy - y + 6) / (h + 10) * math.pi))
        for xx in range(x - 16 - bulge, x + 6 - bulge):
            ph = (xx - x + 16 + bulge) / 5.0 * 2 * math.pi + yy / 30.0
            t = 0.25 + 0.35 * (0.5 + 0.5 * math.sin(ph))
            px(s, xx, yy, dither_pick(ramp("#1a1018", "#2a1a26", "#3c2838", "#523a4c"), t, xx, yy))
    # the arm reaching out through the window, a needle finger holding the thread
    tips = hand(s, (400, -10), (452, 70), (522, 112), 0.9, spread=0.2, curl=0.35)
    tx, ty = tips[1]
    # the doll dangling below the sill outside, swinging a little, small with distance
    dx, dy = tx + 12, y + h - 6
    thread(s, [(tx, ty), (dx, dy - 34)], (190, 180, 170))
    doll_sitting(s, dx, dy, 0.55)
    # the empty bench: leftovers only, and the lamp swinging
    rr = rng("leftovers")
    for _ in range(40):
        lx, ly = 170 + rr.randrange(40), 262 + rr.randrange(16)
        pygame.draw.circle(s, OLDDRESS[rr.randrange(1, 4)], (lx, ly), 3)
    for _ in range(20):
        lx, ly = 380 + rr.randrange(26), 270 + rr.randrange(12)
        pygame.draw.circle(s, (120, 114, 108), (lx, ly), rr.randrange(2, 4))


def build() -> None:
    make_prop(LAYOUT, "prologue_backdrop", backdrop)
    for i, fn in enumerate((stage_1, stage_2, stage_3, stage_4, stage_5, stage_6, stage_7, stage_8), 1):
        make_prop(LAYOUT, f"prologue_stage_{i}", fn)
    lamp_strip()
