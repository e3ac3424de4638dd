"""The Other Father's garden at night, and the same garden seen from high up on the mantis.

Pictures (assets/props/ogarden_*.png), placed by LAYOUT in map pixels:

* other_garden (960 x 320): a warm, too-bright night. The back wall of the Other house on the
  left (its back door, a round button window, basement steps down to a theatre door under a lit
  marquee, an iron stair up to a striped circus tent on the roof); the giant mechanical mantis
  tractor; snapdragons with teeth; glowing flowers in impossible colours; the edge of a hedge
  maze; on the far right the garden wall and its gate, with grey mist showing through the bars.
  Overlays: fireflies (nights before the third), and on night three a "wilt" layer: the same
  garden with its edges drained, browned and drooping (made by re-painting the composite).
* other_garden_above (640 x 320): the beds, paths and flowers seen from high up form Coraline's
  face (blue-flowered hair, round pond eyes, a rosy path smile, a collar of yellow tulips); the
  mantis's green head in the near foreground is where she stands.

Deterministic: all randomness from base.rng; no files read.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from ..base import (
    value_noise,
    ASSETS, OTHER, RGB, Colour, bayer, dither_pick, frame, hexc, hline, lerp, px,
    ramp, rect, rng, save, soft_ellipse, surf, vgrad, vline,
)
from ..furniture import block, floor_shadow

PROPS = ASSETS / "props"
INK = OTHER["ink"]

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    # ---- other_garden (960 x 320)
    "ogarden_backdrop": (0, 0, 960, 320),
    "ogarden_hedge": (548, 96, 300, 124),
    "ogarden_wall": (830, 84, 130, 150),
    "ogarden_house": (0, 0, 360, 246),
    "ogarden_snapdragons": (366, 180, 64, 66),
    "ogarden_glowbed": (596, 172, 230, 72),
    "ogarden_mantis": (400, 30, 200, 236),
    "ogarden_fg": (0, 278, 960, 42),
    "ogarden_fireflies": (0, 0, 960, 320),
    "ogarden_wilt": (0, 0, 960, 320),
    "ogarden_fg_wilt": (0, 278, 960, 42),
    # ---- other_garden_above (640 x 320)
    "ogarden_above": (0, 0, 640, 320),
    "ogarden_above_head": (120, 226, 400, 94),
}

# Key places in other_garden (map pixels), shared by the pictures and the map.
BACK_DOOR = (40, 122, 52, 92)        # frame of the back door
THEATRE_DOOR = (182, 178, 38, 64)    # the basement door, sunk below the ground line
AREAWAY = (136, 214, 100, 30)        # the sunken stairwell in front of the basement door
MARQUEE = (152, 136, 98, 34)
TENT = (176, 0, 150, 50)
GATE = (880, 118, 56, 100)
HORIZON = 200
WALL_BASE = 214

# ------------------------------------------------------------------ palettes (night, too bright)
SKY = ramp("#0c0824", "#150e36", "#21134a", "#301a62", "#452078", "#62288a", "#84348e")
LAWN = ramp("#06201e", "#0a2e28", "#0f3e30", "#16523a", "#1e6844", "#2a824e", "#3ea058")
HEDGE = ramp("#041816", "#082622", "#0d362c", "#144836", "#1e5e40", "#2c764a")
HOUSE = ramp("#2e1028", "#461634", "#5e1e40", "#7a284a", "#963656", "#b24a62")
TRIM = ramp("#4a2e40", "#6a4456", "#8c5e6c", "#b27e84", "#d8a49a")
STONE = ramp("#24203e", "#343058", "#484474", "#625e92", "#8480b4", "#aeaad6")
GOLD = OTHER["gold"]
MANTIS = ramp("#08301a", "#0f4a24", "#186a30", "#238a3a", "#38ac44", "#62cc52", "#a2ec78")
RUBBER = ramp("#141018", "#221c28", "#342c3c", "#4a4054")
RED = ramp("#5a0c1c", "#8a1424", "#b82430", "#e04a44", "#ff8a70")
CREAM = ramp("#8a7a70", "#b8a690", "#e4d2b0", "#fff2d4")
GLOWS: list[RGB] = [
    hexc("#38f0ff"), hexc("#ff44d0"), hexc("#ffd43a"), hexc("#a8ff3c"), hexc("#ff6a4a"),
    hexc("#b07aff"), hexc("#7affc8"),
]


def shade(c: Colour, k: float) -> RGB:
    """Darken (k < 1) or lighten towards white (k > 1) a colour."""
    if k <= 1:
        return (int(c[0] * k), int(c[1] * k), int(c[2] * k))
    t = min(1.0, k - 1)
    return lerp(c[:3], (255, 255, 255), t)  # type: ignore[return-value]


def glow_dot(s: pygame.Surface, x: int, y: int, c: RGB, r: int = 3, core: int = 1) -> None:
    """A point of light: a soft halo and a bright core."""
    soft_ellipse(s, c, x, y, r * 2.2, r * 2.2, 90, 3)
    pygame.draw.circle(s, c, (x, y), core + 1)
    pygame.draw.circle(s, shade(c, 1.6), (x, y), core)


def limb(s: pygame.Surface, a: tuple[float, float], b: tuple[float, float], w: float,
         shades: list[RGB], ink: Colour = INK) -> None:
    """A thick, outlined, rounded metal segment from a to b, lit along its upper edge."""
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    ln = max(1.0, math.hypot(dx, dy))
    nx, ny = -dy / ln, dx / ln
    if ny > 0:
        nx, ny = -nx, -ny  # the normal pointing up: the lit side
    h = w / 2
    pts = [(ax + nx * h, ay + ny * h), (bx + nx * h, by + ny * h),
           (bx - nx * h, by - ny * h), (ax - nx * h, ay - ny * h)]
    pygame.draw.polygon(s, ink, [(x + nx * 1.2 * (1 if i < 2 else -1), y + ny * 1.2 *
                                  (1 if i < 2 else -1)) for i, (x, y) in enumerate(pts)])
    pygame.draw.circle(s, ink, (int(ax), int(ay)), int(h + 1))
    pygame.draw.circle(s, ink, (int(bx), int(by)), int(h + 1))
    pygame.draw.polygon(s, shades[2], pts)
    pygame.draw.circle(s, shades[2], (int(ax), int(ay)), int(h))
    pygame.draw.circle(s, shades[2], (int(bx), int(by)), int(h))
    inner = [(ax + nx * h * 0.5, ay + ny * h * 0.5), (bx + nx * h * 0.5, by + ny * h * 0.5),
             (bx + nx * h * 0.1, by + ny * h * 0.1), (ax + nx * h * 0.1, ay + ny * h * 0.1)]
    pygame.draw.polygon(s, shades[4], inner)
    pygame.draw.line(s, shades[1], (ax - nx * (h - 1), ay - ny * (h - 1)),
                     (bx - nx * (h - 1), by - ny * (h - 1)))


# ------------------------------------------------------------------ tiny lettering
GLYPHS = {
    "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "E": ["###", "#..", "##.", "#..", "###"],
    "A": [".#.", "#.#", "###", "#.#", "#.#"],
    "R": ["##.", "#.#", "##.", "#.#", "#.#"],
    "O": [".#.", "#.#", "#.#", "#.#", ".#."],
    "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"],
    "G": [".##", "#..", "#.#", "#.#", ".##"],
    "S": [".##", "#..", ".#.", "..#", "##."],
    "W": ["#...#", "#...#", "#.#.#", "#.#.#", ".#.#."],
    " ": ["..", "..", "..", "..", ".."],
}


def text_w(text: str, scale: int = 1) -> int:
    return (sum(len(GLYPHS[ch][0]) + 1 for ch in text) - 1) * scale


def lettering(s: pygame.Surface, text: str, x: int, y: int, c: Colour, shadow: Colour | None,
              scale: int = 1) -> None:
    for ch in text:
        rows = GLYPHS[ch]
        for yy, row in enumerate(rows):
            for xx, on in enumerate(row):
                if on == "#":
                    if shadow is not None:
                        rect(s, shadow, x + xx * scale + 1, y + yy * scale + 1, scale, scale)
                    rect(s, c, x + xx * scale, y + yy * scale, scale, scale)
        x += (len(rows[0]) + 1) * scale


# =================================================================== other_garden: backdrop
def path_y(x: float) -> float:
    """The glowing stepping-stone path: from the back steps across the lawn to the gate."""
    return 268 + 14 * math.sin((x - 60) / 300 * math.pi) - 10 * math.sin(x / 130)


def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    neb = value_noise("og-sky", 60)
    neb2 = value_noise("og-sky2", 19)
    # ---- sky: deep violet, a magenta glow low down, swirls of too-pretty cloud
    for y in range(HORIZON):
        for x in range(w):
            n = neb(x * 0.5, y * 1.4) * 0.65 + neb2(x, y * 2) * 0.35
            t = 0.05 + 0.8 * (y / HORIZON) ** 1.4 + (n - 0.5) * 0.35
            px(s, x, y, dither_pick(SKY, t, x, y))
    # the moon: too big, too round, honey-coloured
    mx, my, mr = 640, 46, 22
    soft_ellipse(s, (255, 214, 150), mx, my, mr * 2.6, mr * 2.6, 70, 6)
    for y in range(my - mr, my + mr + 1):
        for x in range(mx - mr, mx + mr + 1):
            d = math.hypot(x - mx, y - my) / mr
            if d <= 1:
                t = 0.95 - 0.45 * max(0.0, (x - mx + y - my) / (mr * 1.4) + 0.2) - 0.08 * d
                px(s, x, y, dither_pick(GOLD[2:], t, x, y))
    for cx, cy, cr in ((632, 40, 4), (648, 54, 3), (646, 36, 2), (630, 56, 2)):
        pygame.draw.circle(s, GOLD[3], (cx, cy), cr)
        pygame.draw.circle(s, GOLD[2], (cx + 1, cy + 1), max(1, cr - 1))
    # stars, some of them coloured
    r = rng("og-stars")
    for _ in range(260):
        x, y = r.randrange(w), r.randrange(int(HORIZON * 0.8))
        if math.hypot(x - mx, y - my) < mr * 2.4:
            continue
        c = (255, 246, 220) if r.random() < 0.7 else r.choice(GLOWS)
        px(s, x, y, c)
        if r.random() < 0.12:
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                px(s, x + dx, y + dy, shade(c, 0.55))
    # ---- far woods: rounded, blue-violet, tidy (even the far trees are groomed here)
    far = value_noise("og-far", 30)
    for x in range(w):
        top = 150 + int(far(x, 0) * 22) + int(6 * abs(math.sin(x / 17)))
        for y in range(top, HORIZON + 2):
            t = 0.3 + 0.5 * (y - top) / 50
            px(s, x, y, dither_pick([hexc("#2a1e5a"), hexc("#221a4c"), hexc("#1a1440")], t,
                                    x, y))
        if (x // 3) % 9 == 0:
            px(s, x, top, hexc("#3c2c74"))
    # ---- lawn: saturated night green, stripes mown into it
    gn = value_noise("og-lawn", 14)
    for y in range(HORIZON, h):
        depth = (y - HORIZON) / (h - HORIZON)
        for x in range(w):
            stripe = 0.06 if ((x + y * 2) // 40) % 2 else -0.04
            t = 0.35 + 0.45 * depth + (gn(x, y * 2) - 0.5) * 0.35 + stripe
            px(s, x, y, dither_pick(LAWN, t, x, y))
    hline(s, LAWN[0], 0, w - 1, HORIZON)
    # ---- the path: pale stones that glow a little from within
    x = 96
    i = 0
    while x < 900:
        cy = path_y(x)
        sw = 16 + int(4 * math.sin(i * 1.7))
        sh = 6 + (cy - HORIZON) // 22
        sx = x + int(3 * math.sin(i * 2.3))
        soft_ellipse(s, (150, 140, 255), sx, cy, sw * 0.9, sh * 1.3, 50, 3)
        pygame.draw.ellipse(s, INK, pygame.Rect(sx - sw // 2 - 1, cy - sh // 2 - 1, sw + 2, sh + 3))
        pygame.draw.ellipse(s, STONE[3], pygame.Rect(sx - sw // 2, cy - sh // 2, sw, sh + 1))
        pygame.draw.ellipse(s, STONE[4], pygame.Rect(sx - sw // 2 + 2, cy - sh // 2, sw - 5, sh - 1))
        hline(s, STONE[5], sx - sw // 2 + 4, sx + 1, int(cy - sh // 2) + 1)
        x += sw + 7
        i += 1
    # clumps of moss-stars and tiny glowing buttons of clover in the lawn
    for _ in range(1100):
        x, y = r.randrange(w), r.randrange(HORIZON + 3, h)
        if abs(y - path_y(x)) < 10:
            continue
        ln = 2 + (y - HORIZON) // 34
        c = LAWN[5] if r.random() < 0.6 else LAWN[6]
        for k in range(ln):
            px(s, x + (k // 3) * (1 if x % 2 else -1), y - k, c)
        px(s, x, y + 1, LAWN[1])
    for _ in range(70):
        x, y = r.randrange(w), r.randrange(HORIZON + 6, h)
        c = r.choice(GLOWS)
        px(s, x, y, c)
        px(s, x + 1, y, shade(c, 0.6))


# =================================================================== the hedge maze edge
def hedge(s: pygame.Surface) -> None:
    w, h = s.get_size()
    n = value_noise("og-hedge", 6)
    top_y = 26
    arch_cx, arch_w, arch_top = 150, 34, 50
    for y in range(top_y - 14, h):
        for x in range(w):
            # the clipped top, with three topiary balls on plinths of hedge
            top = top_y
            for bx in (40, 150, 262):
                d = abs(x - bx)
                if d < 14:
                    top = min(top, top_y - 14 + int(14 - math.sqrt(max(0, 196 - d * d))))
            if y < top:
                continue
            # the arch: a dark tunnel into the maze
            ax = abs(x - arch_cx)
            if ax < arch_w // 2 and (y > arch_top or (arch_top - y) ** 2 + ax * ax * 1.6 <
                                     (arch_w // 2) ** 2):
                t = 0.15 + 0.2 * (y - arch_top) / (h - arch_top)
                px(s, x, y, dither_pick([hexc("#02100e"), HEDGE[0], HEDGE[1]], t, x, y))
                continue
            leaf = n(x, y)
            t = 0.25 + 0.45 * (1 - (y - top_y) / h) + (leaf - 0.5) * 0.6
            if y - top < 3:
                t += 0.25
            px(s, x, y, dither_pick(HEDGE, t, x, y))
    # the maze's inner walls glimpsed through the arch, turning away
    for k in range(3):
        yy = arch_top + 20 + k * 14
        rect(s, HEDGE[2 + k % 2], arch_cx - arch_w // 2 + 2 + k * 3, yy, arch_w - 8 - k * 6, 3)
    # hanging lanterns either side of the arch
    for lx in (arch_cx - 28, arch_cx + 28):
        vline(s, INK, lx, arch_top - 6, arch_top + 4)
        rect(s, INK, lx - 3, arch_top + 4, 7, 9)
        rect(s, GOLD[3], lx - 2, arch_top + 5, 5, 7)
        px(s, lx, arch_top + 7, GOLD[4])
        soft_ellipse(s, (255, 200, 90), lx, arch_top + 8, 14, 14, 80, 4)
    # outline of the top
    for x in range(w):
        for y in range(h):
            if s.get_at((x, y)).a:
                px(s, x, y - 1, INK) if y > 0 and s.get_at((x, y - 1)).a == 0 else None
                break
    # little white roses scattered through the hedge
    r = rng("og-hedge-roses")
    for _ in range(70):
        x, y = r.randrange(4, w - 4), r.randrange(top_y + 4, h - 6)
        if abs(x - arch_cx) < arch_w // 2 + 2:
            continue
        c = (255, 236, 246) if r.random() < 0.7 else GLOWS[1]
        px(s, x, y, c)
        px(s, x + 1, y, shade(c, 0.7))
        px(s, x, y + 1, shade(c, 0.7))


# =================================================================== the garden wall and gate
def garden_wall(s: pygame.Surface) -> None:
    w, h = s.get_size()
    ox, oy = LAYOUT["ogarden_wall"][:2]
    gx, gy, gw, _gh = GATE[0] - ox, GATE[1] - oy, GATE[2], GATE[3]
    base = WALL_BASE - oy + 4
    wall_top = 30
    brick = ramp("#3a1422", "#561c2c", "#722838", "#8e3644", "#a84a52")
    for y in range(wall_top, base):
        row = (y - wall_top) // 6
        for x in range(w):
            mortar = (y - wall_top) % 6 == 5 or (x + (row % 2) * 7) % 14 == 0
            c = brick[0] if mortar else dither_pick(brick[1:], 0.45 + 0.3 * bayer(x // 2, y) -
                                                     0.2 * (y - wall_top) / base, x, y)
            px(s, x, y, c)
    # coping stones along the top
    block(s, 0, wall_top - 6, w, 7, STONE, INK, light=3)
    # the gate posts with stone balls
    for px0 in (gx - 10, gx + gw):
        block(s, px0, gy - 6, 10, base - gy + 6, STONE, INK, light=2)
        pygame.draw.circle(s, INK, (px0 + 5, gy - 11), 6)
        pygame.draw.circle(s, STONE[3], (px0 + 5, gy - 11), 5)
        px(s, px0 + 3, gy - 13, STONE[5])
    # through the gate: the colour drains to grey mist
    for y in range(gy, base):
        for x in range(gx, gx + gw):
            t = (y - gy) / (base - gy)
            c = dither_pick([hexc("#8a8a8e"), hexc("#a6a6a8"), hexc("#c4c4c4"), hexc("#dcdcda")],
                            0.8 - 0.5 * t, x, y)
            px(s, x, y, c)
    for x in range(gx, gx + gw):  # a grey, pencilled horizon
        px(s, x, gy + 60 + int(3 * math.sin(x * 0.4)), hexc("#707074"))
    # the iron gate: bars with finials, an arch, a button-shaped boss in the middle
    for bx in range(gx + 3, gx + gw - 2, 7):
        vline(s, INK, bx, gy + 4, base - 1)
        vline(s, hexc("#3c3450"), bx + 1, gy + 6, base - 2)
        pygame.draw.polygon(s, GOLD[2], [(bx - 1, gy + 6), (bx + 1, gy), (bx + 3, gy + 6)])
    for yy in (gy + 14, base - 12):
        rect(s, INK, gx, yy, gw, 3)
        hline(s, hexc("#4a4060"), gx, gx + gw - 1, yy)
    cx, cy = gx + gw // 2, gy + 42
    pygame.draw.circle(s, INK, (cx, cy), 9)
    pygame.draw.circle(s, GOLD[2], (cx, cy), 8)
    pygame.draw.circle(s, GOLD[1], (cx, cy), 6, 1)
    for dx, dy in ((-2, -2), (2, -2), (-2, 2), (2, 2)):
        px(s, cx + dx, cy + dy, INK)
    # ivy with glowing flowers over the wall (not over the gate)
    r = rng("og-ivy")
    for _ in range(44):
        x = r.randrange(w)
        if gx - 12 < x < gx + gw + 10:
            continue
        y = wall_top - 4
        ln = r.randrange(20, base - wall_top)
        for k in range(ln):
            xx = x + int(3 * math.sin((k + x) / 6))
            px(s, xx, y + k, HEDGE[3])
            if k % 5 == 0:
                px(s, xx - 1, y + k, HEDGE[4])
                px(s, xx + 1, y + k + 1, HEDGE[2])
            if k % 17 == 9 and r.random() < 0.6:
                glow_dot(s, xx, y + k, r.choice(GLOWS), 2, 0)


# =================================================================== the house
def house(s: pygame.Surface) -> None:
    w, h = s.get_size()
    wall_r = 300
    eave = 50
    n = value_noise("og-house", 9)
    # clapboard: warm rose, lit from the windows and the marquee
    for y in range(eave, WALL_BASE):
        k = y % 8
        for x in range(wall_r):
            t = 0.55 - k * 0.03 + (n(x * 0.3, y) - 0.5) * 0.2
            c = dither_pick(HOUSE, t, x, y)
            if k == 7:
                c = HOUSE[0]
            elif k == 0:
                c = HOUSE[4]
            px(s, x, y, c)
    # foundation stones
    for y in range(WALL_BASE - 6, WALL_BASE + 8):
        row = (y - WALL_BASE) // 7
        for x in range(wall_r + 6):
            edge = (y - WALL_BASE + 6) % 7 == 6 or (x + row * 11) % 23 == 0
            px(s, x, y, STONE[0] if edge else dither_pick(STONE[1:4], 0.5 + 0.3 * bayer(x // 3, y),
                                                          x, y))
    hline(s, INK, 0, wall_r + 5, WALL_BASE - 7)
    # the roof: a shingled slope to the left, a flat deck on the right for the tent
    for y in range(0, eave):
        for x in range(wall_r + 8):
            slope_edge = 150 - (eave - y) * 1.2
            if x > slope_edge and y < eave - 10:
                continue
            band = (y // 5) % 2
            c = dither_pick(ramp("#1c0c22", "#2c1232", "#3e1a44", "#522456"), 0.3 + 0.25 * band +
                            0.25 * (y / eave), x, y)
            if (x + band * 4) % 9 == 0:
                c = hexc("#160a1c")
            px(s, x, y, c)
    # eave board and gutter
    block(s, 0, eave - 10, wall_r + 8, 10, TRIM, INK, light=2)
    hline(s, GOLD[2], 0, wall_r + 6, eave - 8)
    # the corner board
    block(s, wall_r, eave, 8, WALL_BASE - eave - 6, TRIM, INK, light=2)
    # ---- the tent on the roof deck (behind the gutter line)
    tent(s)
    block(s, 120, eave - 10, wall_r - 112, 10, TRIM, INK, light=2)
    hline(s, GOLD[2], 120, wall_r + 6, eave - 8)
    for x in range(126, wall_r + 4, 9):  # a little railing of gold balusters on the deck
        vline(s, GOLD[1], x, eave - 17, eave - 11)
        px(s, x, eave - 18, GOLD[3])
    hline(s, GOLD[2], 124, wall_r + 6, eave - 18)
    # ---- windows: warm and lit, curtains open, all the way along
    for wx, wy in ((112, 74), (242, 74)):
        window(s, wx, wy)
    round_window(s, 66, 86)
    # ---- the back door with its porch light and steps
    back_door(s)
    # ---- the basement: marquee, door, sunken steps and railing
    basement(s)
    # ---- the iron stair up to the tent
    stairs(s)
    # flowers in window boxes and along the foot of the wall
    r = rng("og-house-flowers")
    for _ in range(90):
        x = r.randrange(0, wall_r)
        if BACK_DOOR[0] - 16 < x < BACK_DOOR[0] + BACK_DOOR[2] + 16 or 128 < x < 244:
            continue
        y = WALL_BASE - 7 - r.randrange(0, 10)
        c = r.choice(GLOWS)
        vline(s, HEDGE[3], x, y, WALL_BASE - 7)
        px(s, x, y - 1, c)
        px(s, x - 1, y, shade(c, 0.7))
        px(s, x + 1, y, shade(c, 0.7))


def window(s: pygame.Surface, x: int, y: int) -> None:
    ww, wh = 42, 58
    block(s, x, y, ww, wh, TRIM, INK, light=2)
    gx, gy, gw, gh = x + 4, y + 4, ww - 8, wh - 10
    vgrad(s, [GOLD[4], GOLD[3], GOLD[2], GOLD[1]], gx, gy, gw, gh, 0.1, 0.9)
    # curtains tied back, the glow spills out
    for side in (0, 1):
        for yy in range(gy, gy + gh):
            span = 6 - int(4 * math.sin(min(1.0, (yy - gy) / gh * 1.6) * math.pi / 2 + 0.3))
            for k in range(max(2, span)):
                xx = gx + k if side == 0 else gx + gw - 1 - k
                px(s, xx, yy, OTHER["fabric"][2 if k % 3 else 3])
    vline(s, TRIM[1], gx + gw // 2, gy, gy + gh - 1)
    rect(s, TRIM[2], gx, gy + gh // 2 - 1, gw, 2)
    block(s, x - 4, y + wh - 4, ww + 8, 6, TRIM, INK, light=3)
    # a window box of glowing flowers
    rect(s, INK, x - 3, y + wh + 2, ww + 6, 7)
    rect(s, OTHER["wood"][3], x - 2, y + wh + 3, ww + 4, 5)
    r = rng(f"og-box-{x}")
    for k in range(11):
        fx = x + k * 4
        c = r.choice(GLOWS)
        vline(s, HEDGE[4], fx, y + wh - 2, y + wh + 2)
        px(s, fx, y + wh - 3, c)
        px(s, fx + 1, y + wh - 2, shade(c, 0.7))


def round_window(s: pygame.Surface, cx: int, cy: int) -> None:
    """A round window above the back door, its muntins like the four holes of a button."""
    pygame.draw.circle(s, INK, (cx, cy), 15)
    pygame.draw.circle(s, TRIM[3], (cx, cy), 14)
    pygame.draw.circle(s, TRIM[1], (cx, cy), 14, 1)
    pygame.draw.circle(s, INK, (cx, cy), 11)
    for yy in range(cy - 10, cy + 11):
        for xx in range(cx - 10, cx + 11):
            if (xx - cx) ** 2 + (yy - cy) ** 2 <= 100:
                px(s, xx, yy, dither_pick(GOLD[1:], 0.85 - (yy - cy + 10) / 28, xx, yy))
    for dx, dy in ((-4, -4), (4, -4), (-4, 4), (4, 4)):
        pygame.draw.circle(s, TRIM[0], (cx + dx, cy + dy), 2)


def back_door(s: pygame.Surface) -> None:
    dx, dy, dw, dh = BACK_DOOR
    wood = OTHER["wood"]
    block(s, dx, dy, dw, dh, TRIM, INK, light=2)
    ox, oy, ow, oh = dx + 6, dy + 7, dw - 12, dh - 7
    block(s, ox, oy, ow, oh, wood, INK, grain="og-back-door", light=3)
    # a glass pane, lit gold from the kitchen, and a curtain
    gx, gy, gw, gh = ox + 6, oy + 8, ow - 12, 24
    rect(s, INK, gx - 1, gy - 1, gw + 2, gh + 2)
    vgrad(s, [GOLD[4], GOLD[3], GOLD[2]], gx, gy, gw, gh, 0.0, 1.0)
    vline(s, wood[2], gx + gw // 2, gy, gy + gh - 1)
    frame(s, wood[2], ox + 5, oy + 40, ow - 10, oh - 48)
    rect(s, GOLD[3], ox + ow - 7, oy + oh // 2 + 6, 3, 3)
    # a lamp beside the door, and its pool of light
    lx, ly = dx + dw + 6, dy + 18
    rect(s, INK, lx - 3, ly, 7, 10)
    rect(s, GOLD[4], lx - 2, ly + 1, 5, 7)
    rect(s, INK, lx - 4, ly - 2, 9, 2)
    soft_ellipse(s, (255, 210, 120), lx, ly + 5, 26, 26, 60, 5)
    # wooden steps down to the garden
    steps = [(dx - 6, dy + dh, dw + 12, 8), (dx - 12, dy + dh + 8, dw + 24, 8),
             (dx - 18, dy + dh + 16, dw + 36, 8)]
    for i, (sx, sy, sw, sh) in enumerate(steps):
        block(s, sx, sy, sw, sh, wood, INK, grain=f"og-step-{i}", light=3)
        hline(s, wood[5], sx + 2, sx + sw - 3, sy + 1)
    # pots of glowing tulips on the steps
    for px_, py_ in ((dx - 14, dy + dh + 16), (dx + dw + 8, dy + dh + 16)):
        pygame.draw.polygon(s, INK, [(px_ - 5, py_), (px_ + 5, py_), (px_ + 4, py_ - 9),
                                     (px_ - 4, py_ - 9)])
        rect(s, OTHER["wood"][4], px_ - 3, py_ - 8, 7, 7)
        for k, c in enumerate((GLOWS[1], GLOWS[2], GLOWS[0])):
            fx = px_ - 3 + k * 3
            vline(s, HEDGE[4], fx, py_ - 16, py_ - 9)
            rect(s, c, fx - 1, py_ - 19, 3, 3)


def basement(s: pygame.Surface) -> None:
    ax, ay, aw, ah = AREAWAY
    tx, ty, tw, th = THEATRE_DOOR
    # the areaway: a stone pit in front of the wall; its back wall goes down below the lawn
    for y in range(WALL_BASE - 7, ay + ah):
        for x in range(ax, ax + aw):
            row = (y - ay) // 6
            edge = (y - ay) % 6 == 5 or (x + row * 9) % 19 == 0
            c = STONE[0] if edge else dither_pick(STONE[:3], 0.3 + 0.3 * (y - ay) / ah + 0.2 *
                                                  bayer(x // 2, y), x, y)
            px(s, x, y, c)
    # steps going down from the left, each a little darker
    for i in range(5):
        sx = ax + 2 + i * 8
        sy = ay - 6 + i * 7
        block(s, sx, sy, 12, ah - (sy - ay) + 1, STONE, INK, light=3 - min(2, i // 2))
    # the door: red and gold, a star on it, light leaking under
    block(s, tx - 5, ty - 4, tw + 10, th + 4, GOLD, INK, light=2)
    block(s, tx, ty, tw, th, RED, INK, grain="og-theatre-door", light=2)
    frame(s, RED[0], tx + 4, ty + 6, tw - 8, th // 2 - 8)
    frame(s, RED[0], tx + 4, ty + th // 2 + 2, tw - 8, th // 2 - 8)
    cx, cy = tx + tw // 2, ty + 16
    pts = []
    for k in range(10):
        rad = 6 if k % 2 == 0 else 2.6
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    pygame.draw.polygon(s, GOLD[3], pts)
    rect(s, GOLD[3], tx + tw - 8, ty + th // 2 + 2, 3, 3)
    hline(s, GOLD[4], tx + 1, tx + tw - 2, ty + th - 2)
    # the marquee: a lit sign with a border of bulbs
    mx, my, mw, mh = MARQUEE
    block(s, mx, my, mw, mh, RED, INK, light=1)
    rect(s, RED[0], mx + 5, my + 5, mw - 10, mh - 10)
    lettering(s, "THEATRE", mx + (mw - text_w("THEATRE", 2)) // 2, my + 7, GOLD[4], INK, 2)
    lettering(s, "TONIGHT", mx + (mw - text_w("TONIGHT")) // 2, my + mh - 10, CREAM[3], None)
    for k in range(0, mw, 6):
        for yy in (my + 2, my + mh - 3):
            glow_dot(s, mx + 3 + k, yy, (255, 226, 150), 1, 0)
    for yy in range(my + 8, my + mh - 4, 6):
        glow_dot(s, mx + 2, yy, (255, 226, 150), 1, 0)
        glow_dot(s, mx + mw - 3, yy, (255, 226, 150), 1, 0)
    # brackets from the wall
    for bx in (mx + 10, mx + mw - 12):
        rect(s, INK, bx, my + mh, 3, 8)
    # a low iron railing along the front of the pit, open at the steps
    ry = ay + ah - 1
    for x in range(ax + 40, ax + aw + 1, 6):
        vline(s, INK, x, ry - 14, ry)
        px(s, x, ry - 15, GOLD[3])
    rect(s, INK, ax + 40, ry - 14, aw - 39, 2)
    hline(s, GOLD[2], ax + 40, ax + aw, ry - 14)
    rect(s, INK, ax + aw, ry - 14, 2, 16)
    hline(s, INK, ax, ax + aw, ay + ah)


def tent(s: pygame.Surface) -> None:
    x0, y0, tw, th = TENT
    base_y = y0 + th
    cx = x0 + tw // 2
    peak = (cx, y0 + 2)
    soft_ellipse(s, (255, 140, 90), cx, base_y - 14, tw * 0.6, 24, 70, 5)
    # the roof cone (stripes fanning from the peak) and the drum below it
    drum_top = base_y - 22
    for y in range(y0 + 2, base_y):
        for x in range(x0, x0 + tw):
            if y < drum_top:
                f = (y - peak[1]) / (drum_top - peak[1])
                half = 8 + f * (tw / 2 - 4)
                if abs(x - cx) > half:
                    continue
                ang = (x - cx) / max(1.0, half)
                stripe = int((ang + 1) * 5) % 2
            else:
                if abs(x - cx) > tw / 2 - 8:
                    continue
                stripe = ((x - cx + 400) // 12) % 2
                f = 1.0
            shades = RED if stripe else CREAM
            t = 0.7 - 0.3 * (x - x0) / tw + (0.1 if y >= drum_top else 0)
            px(s, x, y, dither_pick(shades[1:], t, x, y))
    # scalloped valance between the cone and the drum
    for k in range(-tw // 2 + 4, tw // 2 - 4, 8):
        pygame.draw.circle(s, GOLD[2], (cx + k + 4, drum_top), 4)
        pygame.draw.circle(s, GOLD[3], (cx + k + 4, drum_top - 1), 2)
    # the door flap, open and lit, facing the stairs
    fx = cx + 34
    pygame.draw.polygon(s, GOLD[4], [(fx - 8, base_y), (fx + 8, base_y), (fx, drum_top + 3)])
    pygame.draw.polygon(s, GOLD[3], [(fx - 5, base_y), (fx + 5, base_y), (fx, drum_top + 8)])
    # pole and pennant
    vline(s, INK, cx, y0 - 8, y0 + 4)
    pygame.draw.polygon(s, GLOWS[0], [(cx + 1, y0 - 8), (cx + 12, y0 - 5), (cx + 1, y0 - 2)])
    # outline it
    src = s.copy()
    for y in range(max(0, y0 - 9), base_y):
        for x in range(x0 - 1, x0 + tw + 1):
            if src.get_at((x, y)).a == 0:
                continue
            c = src.get_at((x, y))
            if (c.r, c.g, c.b) in [tuple(v) for v in RED[1:]] + [tuple(v) for v in CREAM[1:]]:
                for ddx, ddy in ((1, 0), (-1, 0), (0, -1)):
                    nc = src.get_at((x + ddx, y + ddy))
                    if nc.a == 0:
                        px(s, x + ddx, y + ddy, INK)
    # a string of bulbs from the peak to the deck
    for side in (-1, 1):
        for k in range(7):
            t = k / 6
            bx = int(cx + side * t * (tw / 2 + 6))
            by = int(y0 + 4 + t * (th - 10) + 6 * math.sin(t * math.pi))
            glow_dot(s, bx, by, (255, 230, 160), 1, 0)


def stairs(s: pygame.Surface) -> None:
    """An iron fire-escape stair: up-left from the lawn to a landing, then up-right to the deck."""
    iron = ramp("#1a1428", "#2c2440", "#40365a", "#5a4e78")
    flights = [((350, 238), (268, 150)), ((270, 150), (330, 54))]
    for (ax, ay), (bx, by) in flights:
        n = max(1, int(abs(ay - by) / 8))
        for k in range(n + 1):
            t = k / n
            sx = ax + (bx - ax) * t
            sy = ay + (by - ay) * t
            rect(s, INK, int(sx) - 8, int(sy) - 1, 18, 3)
            hline(s, iron[3], int(sx) - 7, int(sx) + 8, int(sy) - 1)
        for off in (-8, 9):  # stringers
            pygame.draw.line(s, INK, (ax + off, ay), (bx + off, by), 3)
            pygame.draw.line(s, iron[2], (ax + off, ay), (bx + off, by), 1)
        # the handrail, strung with little coloured lights
        pygame.draw.line(s, INK, (ax + 9, ay - 22), (bx + 9, by - 22), 2)
        pygame.draw.line(s, GOLD[2], (ax + 9, ay - 23), (bx + 9, by - 23), 1)
        for k in range(0, n + 1, 2):
            t = k / n
            sx, sy = ax + 9 + (bx - ax) * t, ay + (by - ay) * t
            vline(s, INK, int(sx), int(sy - 22), int(sy))
        for k in range(9):
            t = (k + 0.5) / 9
            lx = int(ax + 9 + (bx - ax) * t)
            ly = int(ay - 20 + (by - ay) * t + 3 * math.sin(t * math.pi * 3))
            glow_dot(s, lx, ly, GLOWS[k % len(GLOWS)], 1, 0)
    # the landing and the top platform
    for lx, ly, lw in ((252, 148, 30), (316, 52, 36)):
        rect(s, INK, lx, ly, lw, 5)
        hline(s, iron[3], lx + 1, lx + lw - 2, ly + 1)
        for x in range(lx, lx + lw, 5):
            vline(s, INK, x, ly - 18, ly)
        rect(s, INK, lx, ly - 19, lw, 2)
        hline(s, GOLD[2], lx, lx + lw - 1, ly - 19)
    # a little pointing-hand sign at the foot: this way up
    vline(s, INK, 326, 196, 236)
    vline(s, OTHER["wood"][3], 327, 197, 236)
    pygame.draw.polygon(s, INK, [(316, 190), (336, 190), (342, 196), (336, 202), (316, 202)])
    pygame.draw.polygon(s, CREAM[2], [(317, 191), (335, 191), (340, 196), (335, 201), (317, 201)])
    for k in range(3):
        rect(s, RED[2], 320 + k * 5, 194, 3, 5)


# =================================================================== snapdragons
def snapdragons(s: pygame.Surface) -> None:
    """A raised bed of snapdragons whose flowers are little dragon heads with teeth."""
    w, h = s.get_size()
    wood = OTHER["wood"]
    top = h - 22
    block(s, 2, top, w - 4, 20, wood, INK, grain="og-snap-bed", light=3)
    rect(s, hexc("#2a140e"), 5, top + 2, w - 10, 4)
    r = rng("og-snap")
    heads = []
    for k in range(7):
        x = 8 + k * 9 + r.randrange(-2, 3)
        hgt = r.randrange(14, top - 8)
        # stem with leaves
        for j in range(hgt):
            xx = x + int(2 * math.sin(j / 7 + k))
            px(s, xx, top - j, LAWN[5] if j % 4 else LAWN[6])
            px(s, xx + 1, top - j, HEDGE[1])
            if j % 9 == 4:
                px(s, xx - 1, top - j, LAWN[6])
                px(s, xx - 2, top - j + 1, LAWN[5])
                px(s, xx - 3, top - j + 1, LAWN[5])
                px(s, xx + 2, top - j - 1, LAWN[6])
        heads.append((x + int(2 * math.sin(hgt / 7 + k)), top - hgt, GLOWS[(k * 3) % 6]))
    for i, (x, y, c) in enumerate(heads):
        face = 1 if i % 2 else -1
        soft_ellipse(s, c, x, y, 9, 8, 60, 3)
        # the head: a snout with an open jaw full of little white teeth
        pygame.draw.ellipse(s, INK, pygame.Rect(x - 6, y - 5, 12, 10))
        pygame.draw.ellipse(s, c, pygame.Rect(x - 5, y - 4, 10, 8))
        pygame.draw.ellipse(s, shade(c, 1.4), pygame.Rect(x - 4, y - 4, 5, 3))
        jx = x + face * 4
        pygame.draw.polygon(s, INK, [(jx, y - 2), (jx + face * 6, y - 4), (jx + face * 6, y + 3),
                                     (jx, y + 2)])
        pygame.draw.polygon(s, hexc("#5a0a2a"), [(jx, y - 1), (jx + face * 5, y - 3),
                                                 (jx + face * 5, y + 2), (jx, y + 1)])
        for t in range(3):
            px(s, jx + face * (1 + t * 2), y - 2 + (t % 2), (255, 255, 240))
            px(s, jx + face * (2 + t * 2), y + 1, (255, 255, 240))
        px(s, x - face * 2, y - 2, INK)  # an eye


# =================================================================== glowing flower bed
def glowbed(s: pygame.Surface) -> None:
    """Tall flowers in impossible colours: bells, stars, balls and spirals, all lit within."""
    w, h = s.get_size()
    r = rng("og-glowbed")
    # a low clipped border along the front
    for y in range(h - 12, h):
        for x in range(w):
            px(s, x, y, dither_pick(HEDGE, 0.75 - 0.4 * (y - (h - 12)) / 12, x, y))
    hline(s, INK, 0, w - 1, h - 13)
    blooms = []
    for k in range(26):
        x = 6 + int(k * (w - 12) / 25) + r.randrange(-3, 4)
        hgt = r.randrange(18, h - 14)
        lean = r.uniform(-0.15, 0.15)
        for j in range(hgt):
            xx = int(x + lean * j)
            px(s, xx, h - 13 - j, HEDGE[4] if j % 3 else HEDGE[5])
            if j % 8 == 3 and j > 4:
                side = 1 if (j // 8 + k) % 2 else -1
                px(s, xx + side, h - 13 - j, HEDGE[5])
                px(s, xx + side * 2, h - 14 - j, LAWN[6])
        blooms.append((int(x + lean * hgt), h - 13 - hgt, GLOWS[r.randrange(len(GLOWS))],
                       r.randrange(4)))
    for x, y, c, _kind in blooms:
        soft_ellipse(s, c, x, y, 12, 12, 70, 4)
    for x, y, c, kind in blooms:
        light = shade(c, 1.5)
        dark = shade(c, 0.6)
        if kind == 0:  # a bell, hanging
            pygame.draw.polygon(s, INK, [(x - 5, y + 5), (x + 5, y + 5), (x + 3, y - 3),
                                         (x - 3, y - 3)])
            pygame.draw.polygon(s, c, [(x - 4, y + 4), (x + 4, y + 4), (x + 2, y - 2),
                                       (x - 2, y - 2)])
            vline(s, light, x - 1, y - 1, y + 3)
            hline(s, dark, x - 3, x + 3, y + 4)
        elif kind == 1:  # a star
            for a in range(5):
                ang = a * math.tau / 5 - math.pi / 2
                pygame.draw.line(s, c, (x, y), (x + 5 * math.cos(ang), y + 5 * math.sin(ang)), 2)
            px(s, x, y, (255, 255, 255))
        elif kind == 2:  # a round puff
            pygame.draw.circle(s, INK, (x, y), 5)
            pygame.draw.circle(s, c, (x, y), 4)
            pygame.draw.circle(s, light, (x - 1, y - 1), 2)
        else:  # a spiral, curling the wrong way
            for t in range(24):
                a = t * 0.5
                rr = t * 0.22
                px(s, int(x + rr * math.cos(a)), int(y + rr * math.sin(a)), c)
            px(s, x, y, light)


# =================================================================== the mantis
def mantis(s: pygame.Surface) -> None:
    ox, oy = LAYOUT["ogarden_mantis"][:2]

    def P(x: float, y: float) -> tuple[float, float]:  # map -> local
        return x - ox, y - oy

    floor_shadow(s, *P(510, 262), 88, 9, 150)
    # ---- the abdomen: long, segmented, curving up behind the seat
    segs = 9
    for k in range(segs):
        t = k / (segs - 1)
        cx = 516 + 76 * t
        cy = 202 - 58 * t ** 1.3
        rx = 24 - 12 * t
        ry = 16 - 7 * t
        x, y = P(cx, cy)
        pygame.draw.ellipse(s, INK, pygame.Rect(x - rx - 1, y - ry - 1, 2 * rx + 2, 2 * ry + 2))
        pygame.draw.ellipse(s, MANTIS[2], pygame.Rect(x - rx, y - ry, 2 * rx, 2 * ry))
        pygame.draw.ellipse(s, MANTIS[4], pygame.Rect(x - rx + 3, y - ry + 2, 2 * rx - 8, ry))
        pygame.draw.arc(s, MANTIS[1], pygame.Rect(x - rx, y - ry, 2 * rx, 2 * ry), 3.5, 5.9, 2)
        px(s, int(x), int(y - ry + 3), GOLD[3])  # a rivet
    # the exhaust stack at the tail, puffing a little pink smoke
    tx, ty = P(588, 136)
    rect(s, INK, tx - 3, ty - 26, 7, 28)
    rect(s, GOLD[2], tx - 2, ty - 25, 5, 26)
    vline(s, GOLD[4], tx - 1, ty - 24, ty)
    for k, (dx, dy, rr) in enumerate(((2, -32, 4), (6, -40, 5), (3, -50, 6))):
        soft_ellipse(s, (255, 170, 210), tx + dx, ty + dy, rr + 3, rr + 2, 120 - k * 25, 3)
    # ---- chassis and wheels
    limb(s, P(446, 236), P(574, 222), 12, MANTIS)
    for (wx, wy, wr) in ((548, 232, 30), (456, 242, 20)):
        x, y = P(wx, wy)
        pygame.draw.circle(s, INK, (int(x), int(y)), wr + 1)
        pygame.draw.circle(s, RUBBER[1], (int(x), int(y)), wr)
        for a in range(0, 360, 20):  # tread
            aa = math.radians(a)
            px(s, int(x + (wr - 1) * math.cos(aa)), int(y + (wr - 1) * math.sin(aa)), RUBBER[3])
        pygame.draw.circle(s, RUBBER[2], (int(x), int(y)), wr - 4, 2)
        # the hubcap is a big gold button with four holes
        hr = wr // 2
        pygame.draw.circle(s, INK, (int(x), int(y)), hr + 1)
        pygame.draw.circle(s, GOLD[2], (int(x), int(y)), hr)
        pygame.draw.circle(s, GOLD[3], (int(x) - 1, int(y) - 1), hr - 2)
        pygame.draw.circle(s, GOLD[1], (int(x), int(y)), hr - 3, 1)
        d = max(2, hr // 3)
        for dx, dy in ((-d, -d), (d, -d), (-d, d), (d, d)):
            pygame.draw.circle(s, INK, (int(x + dx * 0.7), int(y + dy * 0.7)), 1)
    # ---- the seat and controls (where the Other Father sits)
    sx, sy = P(506, 186)
    limb(s, (sx, sy + 14), (sx + 2, sy + 30), 8, MANTIS)
    block(s, int(sx) - 12, int(sy) + 6, 26, 9, RED, INK, light=3)
    block(s, int(sx) + 8, int(sy) - 14, 8, 24, RED, INK, light=2)
    cx, cy = P(484, 180)
    pygame.draw.line(s, INK, (cx + 6, cy + 18), (cx, cy), 3)
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 8, cy - 3, 16, 7), 2)
    pygame.draw.ellipse(s, GOLD[3], pygame.Rect(cx - 7, cy - 2, 14, 5), 1)
    for k, c in enumerate((RED[3], GLOWS[0], GLOWS[2])):  # three levers
        lx, ly = P(520 + k * 5, 196)
        pygame.draw.line(s, INK, (lx, ly), (lx + 3, ly - 14), 2)
        pygame.draw.circle(s, c, (int(lx + 3), int(ly - 15)), 2)
    # ---- the neck (a long jointed pipe) and the head
    limb(s, P(480, 214), P(462, 150), 14, MANTIS)
    limb(s, P(462, 152), P(452, 96), 11, MANTIS)
    for yy in range(104, 210, 10):  # rings
        t = (yy - 96) / 118
        x, y = P(452 + 28 * t, yy)
        hline(s, MANTIS[1], int(x) - 5, int(x) + 5, int(y))
    # antennae, long and curling back over the garden
    for side, (ex, ey) in ((-1, (402, 44)), (1, (486, 34))):
        pts = []
        for k in range(13):
            t = k / 12
            x = 448 + side * 6 + (ex - 448) * t + side * 10 * math.sin(t * math.pi)
            y = 74 + (ey - 74) * t - 10 * math.sin(t * math.pi)
            pts.append(P(x, y))
        pygame.draw.lines(s, INK, False, pts, 3)
        pygame.draw.lines(s, MANTIS[4], False, pts, 1)
        pygame.draw.circle(s, GOLD[3], (int(pts[-1][0]), int(pts[-1][1])), 2)
    # the head: a wide triangle with two huge round lamp-eyes
    hx, hy = P(450, 84)
    head = [(hx - 30, hy - 10), (hx + 30, hy - 10), (hx + 20, hy + 4), (hx + 4, hy + 22),
            (hx - 4, hy + 22), (hx - 20, hy + 4)]
    pygame.draw.polygon(s, INK, [(x + (1 if x > hx else -1), y + (1 if y > hy else -1))
                                 for x, y in head])
    pygame.draw.polygon(s, MANTIS[3], head)
    pygame.draw.polygon(s, MANTIS[5], [(hx - 22, hy - 8), (hx + 22, hy - 8), (hx + 12, hy - 2),
                                       (hx - 12, hy - 2)])
    # mandibles
    pygame.draw.line(s, INK, (hx - 4, hy + 22), (hx - 7, hy + 27), 2)
    pygame.draw.line(s, INK, (hx + 4, hy + 22), (hx + 7, hy + 27), 2)
    for ex in (hx - 26, hx + 26):
        soft_ellipse(s, (255, 250, 190), ex, hy - 6, 22, 18, 70, 4)
        pygame.draw.circle(s, INK, (int(ex), int(hy - 6)), 11)
        pygame.draw.circle(s, GOLD[3], (int(ex), int(hy - 6)), 10)
        pygame.draw.circle(s, GOLD[4], (int(ex) - 2, int(hy - 8)), 7)
        pygame.draw.circle(s, (255, 255, 255), (int(ex) - 4, int(hy - 10)), 2)
        pygame.draw.circle(s, GOLD[1], (int(ex), int(hy - 6)), 10, 1)
    # ---- the raptorial forelegs, folded as if praying (one behind, one in front)
    for k, shades in enumerate((MANTIS[:1] + MANTIS[:-1], MANTIS)):
        d = -7 if k == 0 else 3
        shoulder = P(468 + d, 150)
        elbow = P(430 + d, 176)
        wrist = P(440 + d, 118)
        limb(s, shoulder, elbow, 9, shades)
        limb(s, elbow, wrist, 7, shades)
        # teeth along the inside of the forearm
        ex, ey = elbow
        wx, wy = wrist
        for j in range(1, 7):
            t = j / 7
            x, y = ex + (wx - ex) * t + 4, ey + (wy - ey) * t
            pygame.draw.polygon(s, CREAM[3], [(x, y), (x + 4, y + 1), (x, y + 3)])
        # a hooked claw
        pygame.draw.lines(s, INK, False, [(wx, wy), (wx - 5, wy + 2), (wx - 7, wy + 8)], 3)
        pygame.draw.lines(s, CREAM[2], False, [(wx, wy), (wx - 5, wy + 2), (wx - 7, wy + 8)], 1)
    # ---- spindly middle legs reaching down to the ground (decorative, and creepy)
    for bx, kx, fx in ((494, 478, 470), (530, 540, 560)):
        limb(s, P(bx, 222), P(kx, 196), 5, MANTIS)
        limb(s, P(kx, 196), P(fx, 258), 4, MANTIS)


# =================================================================== foreground, overlays
def foreground(s: pygame.Surface) -> None:
    """Flowers and ferns along the bottom edge, in front of everyone."""
    w, h = s.get_size()
    r = rng("og-fg")
    for _ in range(360):
        x = r.randrange(w)
        # thin in the middle of the lawn (where people walk), thick at the sides
        dens = 0.15 + 0.85 * (abs(x - 560) / 480) ** 0.7
        if r.random() > dens:
            continue
        ln = r.randrange(6, h - 4)
        lean = r.choice((-1, 1)) * r.random() * 0.45
        for j in range(ln):
            px(s, int(x + lean * j), h - 1 - j, HEDGE[r.randrange(1, 3)] if j else INK)
            px(s, int(x + lean * j) + 1, h - 1 - j, HEDGE[0])
        if r.random() < 0.35:
            c = r.choice(GLOWS)
            fx, fy = int(x + lean * ln), h - 1 - ln
            soft_ellipse(s, c, fx, fy, 7, 7, 60, 3)
            pygame.draw.circle(s, INK, (fx, fy), 3)
            pygame.draw.circle(s, c, (fx, fy), 2)
            px(s, fx - 1, fy - 1, shade(c, 1.6))


def fireflies(s: pygame.Surface) -> None:
    w, h = s.get_size()
    r = rng("og-fireflies")
    for _ in range(90):
        x = r.randrange(w)
        # they gather over the flower bed, the hedge and by the house
        y = r.randrange(90, 250)
        c = (230, 255, 120) if r.random() < 0.7 else (255, 220, 120)
        soft_ellipse(s, c, x, y, 6, 6, 70, 3)
        px(s, x, y, (*c, 255))
        px(s, x + 1, y, (*shade(c, 0.7), 200))


def composite(pics: dict[str, pygame.Surface], names: list[str], width: int) -> pygame.Surface:
    out = pygame.Surface((width, 320), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    for n in names:
        x, y = LAYOUT[n][:2]
        out.blit(pics[n], (x, y))
    return out


def wilt_colour(c: pygame.Color, x: int, y: int) -> RGB:
    """A drained, browned version of a pixel: what the garden looks like when she stops caring."""
    lum = 0.3 * c.r + 0.55 * c.g + 0.15 * c.b
    grey = (lum * 0.85 + 18, lum * 0.75 + 12, lum * 0.6 + 10)
    return lerp((c.r, c.g, c.b), grey, 0.85)  # type: ignore[return-value]


def wilt(s: pygame.Surface, garden: pygame.Surface, fg: bool = False) -> None:
    """The night-three garden: colour drains in from the edges and out of the flowers."""
    w, h = s.get_size()
    n = value_noise("og-wilt" + ("-fg" if fg else ""), 22)
    y0 = 278 if fg else 0
    for y in range(h):
        for x in range(w):
            c = garden.get_at((x, y + y0)) if not fg else garden.get_at((x, y))
            if c.a == 0:
                continue
            my = y + y0
            # stronger at the room's ends and the top of the sky, and in the flower beds
            k = max(0.0, 1 - min(x, w - 1 - x) / 140, 1 - my / 70)
            k += (n(x, my) - 0.5) * 0.7
            sat = max(c.r, c.g, c.b) - min(c.r, c.g, c.b)
            if sat > 150:
                k += 0.3  # the brightest flowers go first
            if not fg and sat > 90 and (596 < x < 826 or 366 < x < 430) and 150 < my < 244:
                k += 0.6  # the flower beds most of all
            if k > bayer(x, my):
                s.set_at((x, y), (*wilt_colour(c, x, my), 255))
    # drooping dead flower heads and fallen petals
    r = rng("og-wilt-heads" + ("-fg" if fg else ""))
    if not fg:
        for _ in range(40):
            x = r.choice((r.randrange(600, 830), r.randrange(350, 424), r.randrange(840, 958)))
            y = r.randrange(176, 232)
            for j in range(6):
                px(s, x + j // 2, y + j, (92, 80, 60))
            pygame.draw.circle(s, (70, 56, 50), (x + 3, y + 7), 2)
        for _ in range(160):
            x, y = r.randrange(w), r.randrange(206, 320)
            px(s, x, y, r.choice(((112, 96, 80), (86, 72, 64), (130, 110, 96))))
        # a crack down the middle of the sky, like a seam coming unpicked
        x = 770
        for y in range(0, 120):
            x += r.choice((-1, 0, 0, 1))
            px(s, x, y, (12, 6, 14))
            if y % 9 == 0:
                px(s, x + 1, y, (200, 200, 200))  # a stitch of white thread
                px(s, x - 1, y, (200, 200, 200))


# =================================================================== other_garden_above
FACE_C = (320, 122)


def above(s: pygame.Surface) -> None:
    """The garden from high above: its beds and paths make a portrait of Coraline."""
    w, h = s.get_size()
    n = value_noise("oga-lawn", 9)
    n2 = value_noise("oga-flowers", 3)
    r = rng("oga")
    cx, cy = FACE_C
    # ---- the sky above the far edge, and the lawn falling away beneath
    horizon = 34
    for y in range(horizon):
        for x in range(w):
            px(s, x, y, dither_pick(SKY, 0.3 + 0.6 * y / horizon + (n(x, y) - 0.5) * 0.2, x, y))
    for _ in range(60):
        px(s, r.randrange(w), r.randrange(horizon - 6), (255, 246, 220))
    for y in range(horizon, h):
        for x in range(w):
            t = 0.45 + 0.25 * (y - horizon) / h + (n(x, y) - 0.5) * 0.35
            stripe = 0.08 if ((x // 24) % 2) else 0
            px(s, x, y, dither_pick(LAWN, t + stripe, x, y))
    # far hedges and the house, tiny, on the horizon
    for x in range(w):
        top = horizon - 4 - int(3 * abs(math.sin(x / 9)))
        for y in range(top, horizon + 6):
            px(s, x, y, HEDGE[2] if (x + y) % 3 else HEDGE[1])
    hx, hy = 60, 6
    rect(s, INK, hx - 1, hy + 9, 52, 27)
    vgrad(s, HOUSE[2:], hx, hy + 10, 50, 25, 0.2, 0.8)
    pygame.draw.polygon(s, INK, [(hx - 3, hy + 11), (hx + 25, hy - 2), (hx + 53, hy + 11)])
    pygame.draw.polygon(s, hexc("#3e1a44"), [(hx, hy + 10), (hx + 25, hy), (hx + 50, hy + 10)])
    for wx in (hx + 6, hx + 20, hx + 36):
        rect(s, GOLD[3], wx, hy + 16, 6, 7)
        rect(s, GOLD[3], wx, hy + 26, 6, 6)
    # the tiny circus tent on the roof, the hedge maze as a little square of lines
    pygame.draw.polygon(s, RED[2], [(hx + 30, hy + 1), (hx + 38, hy - 6), (hx + 46, hy + 1)])
    px(s, hx + 38, hy - 8, GLOWS[0])
    # the hedge maze, on the lawn just this side of the far hedges
    maze(s, 542, 41)
    # ---- flower beds in the corners, striped in rows like a seed catalogue
    for bx, by, bw, bh in ((14, 56, 96, 70), (530, 56, 96, 70), (10, 196, 110, 84),
                           (520, 196, 110, 84)):
        rect(s, INK, bx - 1, by - 1, bw + 2, bh + 2)
        rect(s, hexc("#2a1a14"), bx, by, bw, bh)
        for row in range(0, bh - 4, 7):
            c = GLOWS[(row // 7 + bx) % len(GLOWS)]
            for x in range(bx + 3, bx + bw - 3, 3):
                px(s, x, by + 3 + row, c)
                px(s, x + 1, by + 3 + row, shade(c, 0.6))
                px(s, x, by + 4 + row, HEDGE[3])
        # a path from each bed to the portrait's frame
        ex, ey = bx + bw // 2, by + (bh if by < 100 else 0)
        for k in range(20):
            t = k / 19
            x = ex + (cx - ex) * t * 0.35
            y = ey + (cy - ey) * t * 0.35
            pygame.draw.circle(s, STONE[2], (int(x), int(y)), 2)
    # ---- gravel paths round the portrait (an oval frame of pale stones)
    for a in range(0, 360, 3):
        aa = math.radians(a)
        x = cx + 214 * math.cos(aa)
        y = cy + 14 + 112 * math.sin(aa)
        pygame.draw.circle(s, STONE[3], (int(x), int(y)), 3)
        px(s, int(x) - 1, int(y) - 1, STONE[5])

    def inside(x: float, y: float, ex: float, ey: float, rx: float, ry: float) -> float:
        return ((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2

    collar = surf(w, h)
    col_y = cy + 88
    for side in (-1, 1):
        pygame.draw.polygon(collar, (255, 255, 255), [
            (cx + side * 6, col_y - 2), (cx + side * 60, col_y - 8), (cx + side * 122, col_y + 4),
            (cx + side * 34, col_y + 40)])
    BLUE = ramp("#101a5a", "#1c2c8c", "#2a44c0", "#3e66e4", "#6a92ff", "#a8c4ff")
    SKIN = ramp("#8a5a5a", "#b47a70", "#d89e8a", "#f0c0a4", "#ffdcc4")
    ROSE = ramp("#6a1430", "#a02448", "#d04a66", "#f07a8a", "#ffb0b4")
    YELLOW = ramp("#7a5a08", "#b08810", "#e0b820", "#ffd840", "#fff090")
    for y in range(horizon + 6, h):
        for x in range(w):
            fl = n2(x, y)
            # raincoat collar: two big yellow-tulip triangles under the chin
            lx = abs(x - cx)
            if collar.get_at((x, y)).a:
                t = 0.3 + fl * 0.5 + (0.2 if (x + y) % 6 == 0 else 0) - 0.15 * (lx > 100)
                px(s, x, y, dither_pick(YELLOW, t, x, y))
                continue
            # hair: a blue bob, delphiniums and cornflowers, framing the face
            hair = inside(x, y, cx, cy - 6, 150, 96)
            bob_bottom = cy + 58 + 6 * math.sin(x / 11)
            face = inside(x, y, cx, cy + 6, 100, 74)
            hairline = cy - 30 + 7 * abs(math.sin((x - cx) / 10))
            side = lx > 92 - max(0, y - hairline) * 0.12
            if hair < 1 and y < bob_bottom and (face >= 1 or y < hairline or side):
                t = 0.25 + 0.5 * fl + 0.2 * (1 - hair)
                if abs(math.sin((x - cx) * 0.12 + y * 0.02)) < 0.12:
                    t -= 0.3  # the strands
                px(s, x, y, dither_pick(BLUE, t, x, y))
                continue
            if face < 1:
                t = 0.4 + 0.3 * fl + 0.2 * (1 - face)
                px(s, x, y, dither_pick(SKIN, t, x, y))
    # a dark edge (low box hedge) round the face and hair
    src = s.copy()
    sk = set(SKIN) | set(BLUE) | set(YELLOW)
    for y in range(horizon + 6, h - 1):
        for x in range(1, w - 1):
            c = tuple(src.get_at((x, y)))[:3]
            if c in sk:
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nc = tuple(src.get_at((x + dx, y + dy)))[:3]
                    if nc not in sk:
                        px(s, x, y, HEDGE[1])
                        break
    # cheeks: beds of pink roses
    for ex in (cx - 62, cx + 62):
        for y in range(cy + 30, cy + 54):
            for x in range(ex - 18, ex + 19):
                if inside(x, y, ex, cy + 42, 17, 10) < 1:
                    px(s, x, y, dither_pick(ROSE[2:], 0.3 + 0.6 * n2(x * 2, y * 2), x, y))
    # eyes: round ponds with stone rims, moon and stars reflected, lily pads
    for ex in (cx - 44, cx + 44):
        ey = cy + 8
        rx, ry = 24, 18
        for y in range(ey - ry - 4, ey + ry + 5):
            for x in range(ex - rx - 4, ex + rx + 5):
                d = inside(x, y, ex, ey, rx, ry)
                if d < 1:
                    t = 0.15 + 0.55 * (y - ey + ry) / (2 * ry)
                    px(s, x, y, dither_pick([hexc("#060a24"), hexc("#0e1640"), hexc("#18246a"),
                                             hexc("#24368e")], t, x, y))
                elif d < 1.38:
                    ang = math.atan2(y - ey, x - ex)
                    stone = int((ang + math.pi) * 6) % 2
                    px(s, x, y, STONE[4 - stone] if d < 1.25 else INK)
        # the reflected moon, a glint, and two lily pads
        pygame.draw.circle(s, GOLD[3], (ex + 9, ey - 7), 5)
        pygame.draw.circle(s, GOLD[4], (ex + 8, ey - 8), 3)
        for _ in range(6):
            px(s, ex + r.randrange(-rx + 6, rx - 6), ey + r.randrange(-ry + 5, ry - 5),
               (200, 210, 255))
        for lx, ly in ((ex - 12, ey + 8), (ex + 14, ey + 10)):
            pygame.draw.ellipse(s, HEDGE[4], pygame.Rect(lx - 5, ly - 3, 10, 6))
            pygame.draw.line(s, HEDGE[1], (lx, ly), (lx + 4, ly - 2))
            px(s, lx - 2, ly - 1, GLOWS[1])
    # eyebrows: two low clipped hedges
    for ex, tilt in ((cx - 44, 1), (cx + 44, -1)):
        for k in range(-18, 19):
            x = ex + k
            y = cy - 20 - int(4 * math.cos(k / 18 * math.pi / 2)) + (tilt * k) // 10
            rect(s, HEDGE[3], x, y, 1, 4)
            px(s, x, y, HEDGE[5])
            px(s, x, y + 4, HEDGE[0])
    # the nose: a tiny rockery
    for k, (dx, dy) in enumerate(((0, 0), (-3, 3), (3, 3), (0, 5))):
        pygame.draw.circle(s, STONE[3 + k % 2], (cx + dx, cy + 30 + dy), 2)
    # the smile: a path of rose-pink gravel, curving up at both ends
    for k in range(-46, 47):
        x = cx + k
        y = cy + 44 + int(12 * math.cos(k / 46 * math.pi / 2))
        for j in range(-3, 4):
            c = dither_pick(ROSE, 0.5 + 0.35 * (1 - abs(j) / 3) + (n2(x * 3, y) - 0.5) * 0.3,
                            x, y + j)
            px(s, x, y + j, c)
        px(s, x, y - 4, INK)
        px(s, x, y + 4, ROSE[0])
    # the hair clip: a dragonfly of white and cyan flowers, up in the hair
    dx, dy = cx + 96, cy - 52
    for sx in (-1, 1):
        pygame.draw.ellipse(s, INK, pygame.Rect(dx - 3 + sx * 9 - 9, dy - 7, 20, 8))
        pygame.draw.ellipse(s, GLOWS[0], pygame.Rect(dx - 2 + sx * 9 - 9, dy - 6, 18, 6))
        pygame.draw.ellipse(s, INK, pygame.Rect(dx - 3 + sx * 8 - 8, dy + 1, 18, 7))
        pygame.draw.ellipse(s, (230, 250, 255), pygame.Rect(dx - 2 + sx * 8 - 8, dy + 2, 16, 5))
    rect(s, INK, dx - 2, dy - 10, 5, 24)
    rect(s, GLOWS[1], dx - 1, dy - 9, 3, 22)
    # glowing flowers sprinkled on the lawn around the portrait, a few fireflies
    for _ in range(240):
        x, y = r.randrange(w), r.randrange(horizon + 8, h)
        if inside(x, y, cx, cy + 14, 220, 118) < 1:
            continue
        c = r.choice(GLOWS)
        px(s, x, y, c)
        px(s, x + 1, y, shade(c, 0.6))
    for _ in range(24):
        x, y = r.randrange(w), r.randrange(horizon, h - 60)
        soft_ellipse(s, (230, 255, 120), x, y, 5, 5, 70, 3)
        px(s, x, y, (240, 255, 160))


# the hedge maze seen from above: rings of hedge (1 = wall) with gaps and cross walls
MAZE = (
    "1111111111111111111111111111111111111111111111111111111111111111111111",
    "1000000000000000000000000000000000000000000000000000000000000000000001",
    "1000000000000000000000000000000000000000000000000000000000000000000001",
    "1001111111111111111111111111111111111111111111000111111111111111111001",
    "1001000000000000000000010000000000000000000000000000000000000000001001",
    "1001000000000000000000010000000000000000000000000000000000000000001001",
    "1001001111111111000111111111111111111111111111111111111111111111001001",
    "1001001000000000000000000000000000000000000000000000000001000000001001",
    "1001001000000000000000000000000000000000000000000000000001000000001001",
    "1001001111111111111111111111111111111111111111111111111111111111111001",
    "1000000000000000000010000000000000000000000000001000000000000000000001",
    "1000000000000000000010000000000000000000000000001000000000000000000001",
    "1111111000111111111111111111111111111111111111111111111111111111111111",
)


def maze(s: pygame.Surface, x0: int, y0: int) -> None:
    """A little hedge maze on the lawn: lanes of lawn, walls lit on top, dark on the far side."""
    wall = {(x0 + x, y0 + y) for y, row in enumerate(MAZE) for x, c in enumerate(row) if c == "1"}
    for y, row in enumerate(MAZE):
        for x in range(len(row)):
            px(s, x0 + x, y0 + y, dither_pick(LAWN[3:5], 0.5, x0 + x, y0 + y))
    for x, y in wall:
        px(s, x, y, HEDGE[5] if (x, y - 1) not in wall else HEDGE[4])
    for x, y in wall:
        for sx, sy in ((x, y + 1), (x + 1, y)):
            if (sx, sy) not in wall and sx < x0 + len(MAZE[0]) and sy < y0 + len(MAZE):
                px(s, sx, sy, HEDGE[1])


def above_head(s: pygame.Surface) -> None:
    """The top of the mantis's head, close up: a green metal deck between two lamp-eyes."""
    w, h = s.get_size()
    cx = w // 2
    # antennae rising from the back of the head, curling forward over the view
    for side in (-1, 1):
        pts = []
        for k in range(16):
            t = k / 15
            x = cx + side * (30 + 110 * t + 10 * math.sin(t * 3))
            y = 36 - 38 * math.sin(t * math.pi * 0.9) + 18 * t
            pts.append((x, y))
        pygame.draw.lines(s, INK, False, pts, 4)
        pygame.draw.lines(s, MANTIS[4], False, pts, 2)
        pygame.draw.circle(s, GOLD[3], (int(pts[-1][0]), int(pts[-1][1])), 3)
    # the head plate: a wide, flattened shield shape, riveted
    plate = [(cx - 150, h), (cx - 162, 58), (cx - 120, 34), (cx - 40, 26), (cx + 40, 26),
             (cx + 120, 34), (cx + 162, 58), (cx + 150, h)]
    pygame.draw.polygon(s, INK, plate)
    inner = [(x + (2 if x < cx else -2), y + 2) for x, y in plate]
    pygame.draw.polygon(s, MANTIS[2], inner)
    for y in range(30, h):
        for x in range(cx - 150, cx + 151):
            c = s.get_at((x, y))
            if c.a and tuple(c)[:3] == MANTIS[2]:
                t = 0.35 + 0.35 * (1 - abs(x - cx) / 150) - 0.25 * (y - 30) / h
                px(s, x, y, dither_pick(MANTIS[1:6], t, x, y))
    # a ridge down the middle and seams
    for y in range(30, h):
        px(s, cx, y, MANTIS[5])
        px(s, cx + 1, y, MANTIS[1])
    for k in (-90, -45, 45, 90):
        pygame.draw.line(s, MANTIS[1], (cx + k * 0.7, 30), (cx + k, h), 1)
    for k in range(-120, 121, 24):
        px(s, cx + k, 40, GOLD[3])
        px(s, cx + int(k * 1.1), h - 10, GOLD[3])
    # the two big lamp-eyes at the sides
    for ex in (cx - 150, cx + 150):
        soft_ellipse(s, (255, 250, 190), ex, 56, 40, 30, 60, 4)
        pygame.draw.ellipse(s, INK, pygame.Rect(ex - 26, 30, 52, 48))
        pygame.draw.ellipse(s, GOLD[3], pygame.Rect(ex - 24, 32, 48, 44))
        pygame.draw.ellipse(s, GOLD[4], pygame.Rect(ex - 18, 36, 28, 24))
        pygame.draw.ellipse(s, (255, 255, 255), pygame.Rect(ex - 12, 40, 8, 6))
    # a brass handrail for passengers
    pygame.draw.line(s, INK, (cx - 80, 46), (cx + 80, 46), 3)
    pygame.draw.line(s, GOLD[3], (cx - 80, 45), (cx + 80, 45), 1)
    for k in (-80, 0, 80):
        rect(s, INK, cx + k - 1, 46, 3, 10)


# =================================================================== build
def _save(name: str, s: pygame.Surface) -> None:
    save(s, PROPS / f"{name}.png")


def build() -> None:
    pics: dict[str, pygame.Surface] = {}
    draws: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("ogarden_backdrop", backdrop),
        ("ogarden_hedge", hedge),
        ("ogarden_wall", garden_wall),
        ("ogarden_house", house),
        ("ogarden_snapdragons", snapdragons),
        ("ogarden_glowbed", glowbed),
        ("ogarden_mantis", mantis),
        ("ogarden_fg", foreground),
        ("ogarden_fireflies", fireflies),
        ("ogarden_above", above),
        ("ogarden_above_head", above_head),
    ]
    for name, draw in draws:
        box = LAYOUT[name]
        s = surf(box[2], box[3])
        draw(s)
        pics[name] = s
        _save(name, s)
    garden = composite(pics, ["ogarden_backdrop", "ogarden_hedge", "ogarden_wall",
                              "ogarden_house", "ogarden_snapdragons", "ogarden_glowbed",
                              "ogarden_mantis"], 960)
    s = surf(960, 320)
    wilt(s, garden)
    _save("ogarden_wilt", s)
    s = surf(960, 42)
    wilt(s, pics["ogarden_fg"], fg=True)
    _save("ogarden_fg_wilt", s)
