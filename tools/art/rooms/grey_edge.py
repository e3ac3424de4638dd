"""The edge of the Other World: past the garden gate the colours drain, then the drawing stops.

Pictures (assets/props/grey_edge_*.png), placed by LAYOUT in map pixels, for the 960 x 320
room `grey_edge`: on the left the back of the garden wall and its gate, still in colour; then the
lawn greys out, trees become pencil sketches, then outlines, then a circle on a stick (the idea of
a tree); a half-drawn bench, a blank signpost, an erased smudge; the ground fades into white
paper and nothing. A foreground mist thickens to the right, so Coraline fades as she walks on.

Deterministic: all randomness from base.rng; no files read.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from ..base import (
    value_noise,
    ASSETS, OTHER, RGB, bayer, dither_pick, hexc, hline, lerp, px, ramp, rect, rng, save,
    soft_ellipse, surf, vline,
)
from ..furniture import block

PROPS = ASSETS / "props"
INK = OTHER["ink"]

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "grey_edge_backdrop": (0, 0, 960, 320),
    "grey_edge_gate": (0, 86, 96, 150),
    "grey_edge_bench": (576, 204, 76, 46),
    "grey_edge_sign": (748, 168, 44, 80),
    "grey_edge_mist": (620, 0, 340, 320),
}

HORIZON = 202
GATE = (14, 118, 52, 100)   # the gate leaf and opening (map pixels)

LEAD = hexc("#55545c")       # graphite, soft pencil
LEAD_L = hexc("#8c8b92")     # light pencil
LEAD_XL = hexc("#b8b7ba")    # the faintest construction line
PAPER = hexc("#e6e4de")
WHITE = hexc("#f6f5f1")
SKY = ramp("#0c0824", "#150e36", "#21134a", "#301a62", "#452078", "#62288a", "#84348e")
LAWN = ramp("#06201e", "#0a2e28", "#0f3e30", "#16523a", "#1e6844", "#2a824e", "#3ea058")


def colour_left(x: float) -> float:
    """How much colour is left at x: all of it by the gate, none past the middle."""
    return max(0.0, min(1.0, 1 - (x - 70) / 260))


def paper_left(x: float) -> float:
    """How far the world has faded to blank paper at x."""
    return max(0.0, min(1.0, (x - 460) / 420))


def drain(c: tuple[int, ...], x: float, y: float) -> RGB:
    lum = int(0.3 * c[0] + 0.55 * c[1] + 0.15 * c[2])
    grey = (lum + 50, lum + 50, lum + 54)
    grey = tuple(min(255, v) for v in grey)
    out = lerp(grey, c[:3], colour_left(x))
    return lerp(out, PAPER, paper_left(x) ** 0.8)  # type: ignore[return-value]


def pencil(s: pygame.Surface, a: tuple[float, float], b: tuple[float, float], c: RGB,
           r, wob: float = 0.8, gaps: bool = True) -> None:
    """A hand-drawn line: wobbles a little, overshoots its ends, skips now and then."""
    (ax, ay), (bx, by) = a, b
    ln = max(1.0, math.hypot(bx - ax, by - ay))
    over = r.uniform(0, 3)
    steps = int(ln + 2 * over)
    dx, dy = (bx - ax) / ln, (by - ay) / ln
    phase = r.uniform(0, 6)
    for k in range(steps):
        t = k - over
        if gaps and r.random() < 0.04:
            continue
        x = ax + dx * t - dy * wob * math.sin(t / 9 + phase)
        y = ay + dy * t + dx * wob * math.sin(t / 9 + phase)
        px(s, int(round(x)), int(round(y)), c)


def circle_sketch(s: pygame.Surface, cx: float, cy: float, rx: float, ry: float, c: RGB, r,
                  turns: float = 1.15) -> None:
    a0 = r.uniform(0, math.tau)
    n = int((rx + ry) * 3 * turns)
    for k in range(n):
        a = a0 + turns * math.tau * k / n
        rr = 1 + 0.04 * math.sin(a * 3 + a0)
        px(s, int(cx + rx * rr * math.cos(a)), int(cy + ry * rr * math.sin(a)), c)


# =================================================================== backdrop
def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    n = value_noise("ge-sky", 50)
    gn = value_noise("ge-lawn", 14)
    r = rng("ge")
    # ---- sky: the garden's violet night, drained to grey, then to paper
    for y in range(HORIZON):
        for x in range(w):
            t = 0.08 + 0.8 * (y / HORIZON) ** 1.4 + (n(x * 0.5, y * 1.4) - 0.5) * 0.3
            c = dither_pick(SKY, t, x, y)
            px(s, x, y, drain(c, x, y) if colour_left(x) < 1 else c)
    # a few stars by the gate, going out one by one
    for _ in range(90):
        x, y = r.randrange(0, 420), r.randrange(0, 150)
        if r.random() < colour_left(x) + 0.15:
            px(s, x, y, drain((255, 246, 220), x, y))
    # ---- far woods on the horizon: solid, then hatched, then a single wobbly line
    far = value_noise("ge-far", 30)
    for x in range(w):
        top = 156 + int(far(x, 0) * 22) + int(6 * abs(math.sin(x / 17)))
        fill = 1 - max(0.0, min(1.0, (x - 200) / 300))
        for y in range(top, HORIZON + 2):
            if fill > 0.02 and (bayer(x, y) < fill or (x + y) % 5 == 0 and x < 620):
                px(s, x, y, drain(hexc("#221a4c"), x, y))
        if x < 800 and (x < 500 or bayer(x, 0) < 1 - (x - 500) / 300):
            px(s, x, top, drain(hexc("#3c2c74"), x, top) if x < 300 else LEAD_L)
    # ---- the ground: lawn, grey lawn, pencil hatching, blank paper
    for y in range(HORIZON, h):
        depth = (y - HORIZON) / (h - HORIZON)
        for x in range(w):
            t = 0.35 + 0.45 * depth + (gn(x, y * 2) - 0.5) * 0.35
            c = drain(dither_pick(LAWN, t, x, y), x, y)
            px(s, x, y, c)
    hline(s, LEAD, 0, 520, HORIZON)
    for x in range(520, 860):  # the horizon line, getting fainter and giving up
        if bayer(x, HORIZON) > (x - 520) / 340:
            px(s, x, HORIZON, LEAD_L)
    # pencil hatching on the grey lawn: short diagonal strokes, sparser to the right
    for _ in range(700):
        x = r.randrange(120, 860)
        y = r.randrange(HORIZON + 4, h - 2)
        if r.random() > 1 - paper_left(x) * 0.9 or r.random() > min(1.0, (x - 100) / 140):
            continue
        ln = r.randrange(3, 7)
        c = LEAD_L if r.random() < 0.7 else LEAD
        for k in range(ln):
            px(s, x + k, y - k // 2, c)
    # grass tufts: real ones by the gate, scribbled ticks further on
    for _ in range(500):
        x = r.randrange(0, 640)
        y = r.randrange(HORIZON + 3, h)
        if x > 120 and r.random() < (x - 120) / 520:
            continue
        ln = 2 + (y - HORIZON) // 34
        c = drain(LAWN[5] if r.random() < 0.6 else LAWN[6], x, y)
        if x > 260:
            c = LEAD_L
        for k in range(ln):
            px(s, x + (k // 3) * (1 if x % 2 else -1), y - k, c)
    # the garden path's stepping stones carry on for a while, then become dotted ovals
    x = 60
    k = 0
    while x < 760:
        cy = 270 + 8 * math.sin(x / 90)
        sw, sh = 16, 7
        if x < 300:
            c = drain(hexc("#625e92"), x, cy)
            pygame.draw.ellipse(s, drain(INK, x, cy), pygame.Rect(x - 9, cy - 4, 18, 9))
            pygame.draw.ellipse(s, c, pygame.Rect(x - 8, cy - 3, 16, 7))
            hline(s, drain(hexc("#aeaad6"), x, cy), x - 4, x + 2, int(cy) - 2)
        else:
            circle_sketch(s, x, cy, sw / 2, sh / 2, LEAD if x < 520 else LEAD_L, r,
                          turns=1.0 if x < 600 else 0.6)
        x += 23 + k % 3
        k += 1
    # ---- trees: painted (greyed), then pencil-shaded, then outlines, then the idea of one
    trees = [(130, 1.0, 0), (214, 0.9, 0), (300, 1.05, 1), (380, 0.85, 1), (452, 1.0, 2),
             (530, 0.8, 2), (820, 0.9, 3), (884, 0.7, 3)]
    for i, (tx, scale, stage) in enumerate(trees):
        tree(s, tx, HORIZON + 14 + (i % 2) * 6, scale, stage, rng(f"ge-tree-{i}"))
    # ---- a scribbled flower, a drained glowing one, and the erased smudge
    scribble_flower(s, 250, 250, rng("ge-flower-1"))
    scribble_flower(s, 470, 286, rng("ge-flower-2"))
    smudge(s, 690, 232)  # clear of the half bench, which ends at x = 652
    # ---- the last part: even the paper thins into white
    for y in range(h):
        for x in range(860, w):
            if bayer(x, y) < (x - 860) / 70:
                px(s, x, y, WHITE)


def tree(s: pygame.Surface, cx: int, base: int, scale: float, stage: int, r) -> None:
    hgt = int(120 * scale)
    crown_r = int(34 * scale)
    ccx, ccy = cx, base - hgt + crown_r
    if stage == 0:
        # a garden tree, painted, but already grey: trunk and a round lollipop crown
        trunk = [hexc("#2a1410"), hexc("#40201a"), hexc("#5a3024")]
        for y in range(ccy, base):
            for x in range(cx - 4, cx + 5):
                px(s, x, y, drain(dither_pick(trunk, 0.7 - (x - cx + 4) / 12, x, y), x, y))
        leaf = ramp("#0d362c", "#144836", "#1e5e40", "#2c764a", "#3e8e50")
        for y in range(ccy - crown_r, ccy + crown_r):
            for x in range(cx - crown_r, cx + crown_r):
                d = ((x - ccx) ** 2 + (y - ccy) ** 2) ** 0.5 / crown_r
                d += 0.12 * math.sin(math.atan2(y - ccy, x - ccx) * 7)
                if d < 1:
                    t = 0.75 - 0.5 * (x - ccx + y - ccy) / (crown_r * 2) - 0.2 * d
                    px(s, x, y, drain(dither_pick(leaf, t, x, y), x, y))
        return
    lead = LEAD if stage < 3 else LEAD_XL
    # the trunk: two pencil lines, roots flicked out at the bottom
    for side in (-1, 1):
        pencil(s, (cx + side * 4, base), (cx + side * 3, ccy + crown_r // 2), lead, r)
        pencil(s, (cx + side * 4, base), (cx + side * 10, base + 3), lead, r)
    if stage == 3:
        # just the idea of a tree: a circle on a stick, a cross where its middle should be
        circle_sketch(s, ccx, ccy, crown_r, crown_r, LEAD_XL, r, turns=0.85)
        pencil(s, (ccx - 4, ccy), (ccx + 4, ccy), LEAD_XL, r, gaps=False)
        pencil(s, (ccx, ccy - 4), (ccx, ccy + 4), LEAD_XL, r, gaps=False)
        return
    # the crown: a few overlapping sketched circles
    for k in range(3):
        ox, oy = r.randrange(-8, 9), r.randrange(-6, 7)
        circle_sketch(s, ccx + ox, ccy + oy, crown_r - k * 5, crown_r - 4 - k * 5, lead, r)
    # a branch or two
    pencil(s, (cx, ccy + crown_r // 2), (cx - crown_r // 2, ccy), lead, r)
    pencil(s, (cx, ccy + crown_r // 2 + 6), (cx + crown_r // 2, ccy + 4), lead, r)
    if stage == 1:
        # shading: even diagonal hatching over the dark (right, lower) side of the crown
        for y in range(ccy - crown_r, ccy + crown_r):
            for x in range(ccx - crown_r, ccx + crown_r):
                d = ((x - ccx) ** 2 + (y - ccy) ** 2) ** 0.5 / crown_r
                if d < 0.9 and (x - ccx) + (y - ccy) > -crown_r * 0.3 and (x + y) % 4 == 0:
                    px(s, x, y, LEAD_L)
        for y in range(ccy + crown_r // 2, base, 3):
            hline(s, LEAD_L, cx + 1, cx + 3, y)
        # a shadow on the ground, scribbled
        for k in range(14):
            y = base + 2 + k % 4
            x = cx + 2 + k * 2
            px(s, x, y, LEAD_L)
            px(s, x + 1, y - 1, LEAD_L)


def scribble_flower(s: pygame.Surface, x: int, y: int, r) -> None:
    pencil(s, (x, y), (x + 2, y - 24), LEAD, r)
    pencil(s, (x + 1, y - 10), (x + 7, y - 16), LEAD, r)
    for k in range(5):
        a = k * math.tau / 5
        circle_sketch(s, x + 2 + 5 * math.cos(a), y - 28 + 5 * math.sin(a), 4, 3, LEAD, r,
                      turns=0.9)
    # a single dab of colour left in the middle, like a forgotten crayon
    c = lerp(hexc("#ff44d0"), LEAD_L, max(0.0, (x - 200) / 300))
    rect(s, c, x + 1, y - 29, 3, 3)


def smudge(s: pygame.Surface, x: int, y: int) -> None:
    """Where something was drawn and rubbed out: a grey smear, and the ghost of a roof."""
    for yy in range(y - 30, y + 14):
        for xx in range(x - 34, x + 36):
            d = ((xx - x) / 34) ** 2 + ((yy - y + 8) / 22) ** 2
            if d < 1 and bayer(xx, yy) < 0.75 * (1 - d):
                px(s, xx, yy, LEAD_L if bayer(xx + 1, yy) < 0.3 * (1 - d) else LEAD_XL)
    # the ghost of the thing: a house, erased (it was the house; it's always the house)
    pygame.draw.lines(s, LEAD_L, False, [(x - 22, y + 6), (x - 22, y - 12), (x, y - 28),
                                         (x + 22, y - 12), (x + 22, y + 6)])
    rect(s, LEAD_L, x - 6, y - 6, 8, 12)
    # the eraser went over it, back and forth
    for k in range(7):
        yy = y - 26 + k * 5
        for xx in range(x - 26 + (k % 2) * 4, x + 26):
            if bayer(xx, yy) < 0.6:
                px(s, xx, yy, LEAD_XL)
                px(s, xx, yy + 1, LEAD_XL)


# =================================================================== props
def gate(s: pygame.Surface) -> None:
    """The back of the garden wall and its gate: the last of the colour."""
    w, h = s.get_size()
    ox, oy = LAYOUT["grey_edge_gate"][:2]
    gx, gy, gw, gh = GATE[0] - ox, GATE[1] - oy, GATE[2], GATE[3]
    base = 218 - oy
    brick = ramp("#3a1422", "#561c2c", "#722838", "#8e3644", "#a84a52")
    for y in range(28, base):
        row = (y - 28) // 6
        for x in range(w):
            fade = x / w  # the wall itself is already greying at its far end
            if x > w - 16 and bayer(x, y) < (x - (w - 16)) / 16:
                continue
            mortar = (y - 28) % 6 == 5 or (x + (row % 2) * 7) % 14 == 0
            c = brick[0] if mortar else dither_pick(brick[1:], 0.5 + 0.25 * bayer(x // 2, y),
                                                    x, y)
            px(s, x, y, lerp(c, drain(c, 200, y), fade))
    stone = ramp("#24203e", "#343058", "#484474", "#625e92", "#8480b4", "#aeaad6")
    block(s, 0, 22, w - 14, 7, stone, INK, light=3)
    # through the gate, looking back: the warm garden, glowing
    for y in range(gy, base):
        for x in range(gx, gx + gw):
            t = (y - gy) / (base - gy)
            c = dither_pick([hexc("#21134a"), hexc("#452078"), hexc("#1e6844"),
                             hexc("#2a824e")], 0.15 + 0.8 * t, x, y)
            px(s, x, y, c)
    r = rng("ge-gate-glow")
    for _ in range(26):
        x, y = gx + r.randrange(gw), gy + 30 + r.randrange(gh - 34)
        c = r.choice((hexc("#38f0ff"), hexc("#ff44d0"), hexc("#ffd43a"), hexc("#a8ff3c")))
        px(s, x, y, c)
    soft_ellipse(s, (255, 200, 140), gx + gw / 2, gy + gh * 0.7, gw * 0.6, 20, 70, 4)
    for bx in range(gx + 3, gx + gw - 2, 7):
        vline(s, INK, bx, gy + 4, base - 1)
        vline(s, hexc("#3c3450"), bx + 1, gy + 6, base - 2)
        pygame.draw.polygon(s, hexc("#e0aa3a"), [(bx - 1, gy + 6), (bx + 1, gy), (bx + 3, gy + 6)])
    for yy in (gy + 14, base - 12):
        rect(s, INK, gx, yy, gw, 3)
    for px0 in (gx - 10, gx + gw):
        block(s, px0, gy - 6, 10, base - gy + 6, stone, INK, light=2)
        pygame.draw.circle(s, INK, (px0 + 5, gy - 11), 6)
        pygame.draw.circle(s, stone[3], (px0 + 5, gy - 11), 5)


def bench(s: pygame.Surface) -> None:
    """A park bench somebody started drawing and didn't finish."""
    w, h = s.get_size()
    r = rng("ge-bench")
    # back rest and seat, the right-hand end trailing off
    for yy in (6, 12):
        pencil(s, (4, yy), (w - 10, yy + 1), LEAD, r)
    pencil(s, (4, 6), (4, 12), LEAD, r)
    for yy in (22, 27):
        pencil(s, (0, yy), (w - 4, yy), LEAD, r)
    pencil(s, (0, 22), (0, 27), LEAD, r)
    # only the left legs were drawn; the right ones are two faint tick marks
    for lx in (6, 14):
        pencil(s, (lx, 27), (lx, h - 2), LEAD, r)
        pencil(s, (lx + 3, 27), (lx + 3, h - 2), LEAD, r)
    for lx in (w - 20, w - 12):
        pencil(s, (lx, 28), (lx, 32), LEAD_XL, r)
    # back-rest supports and a few slats of hatching
    pencil(s, (10, 12), (10, 22), LEAD, r)
    for k in range(8):
        x = 8 + k * 5
        pencil(s, (x, 23), (x + 3, 26), LEAD_L, r, wob=0.2)
    # the construction lines it was started from
    pencil(s, (0, h - 2), (w - 1, h - 2), LEAD_XL, r)
    for x in range(w - 26, w):
        if bayer(x, 14) < (x - (w - 26)) / 26:
            px(s, x, 13, (0, 0, 0, 0))
            px(s, x, 12, (0, 0, 0, 0))


def sign(s: pygame.Surface) -> None:
    """A signpost with nothing written on it; its two arms point in opposite directions."""
    w, h = s.get_size()
    r = rng("ge-sign")
    cx = w // 2
    pencil(s, (cx - 2, 18), (cx - 2, h - 1), LEAD, r)
    pencil(s, (cx + 2, 18), (cx + 2, h - 1), LEAD, r)
    # left arm and right arm (both arrows)
    for y0, sgn in ((10, -1), (26, 1)):
        xa, xb = cx - sgn * 18, cx + sgn * 18
        pencil(s, (xa, y0), (xb, y0), LEAD, r)
        pencil(s, (xa, y0 + 8), (xb, y0 + 8), LEAD, r)
        pencil(s, (xa, y0), (xa, y0 + 8), LEAD, r)
        pencil(s, (xb, y0), (xb + sgn * 5, y0 + 4), LEAD, r)
        pencil(s, (xb, y0 + 8), (xb + sgn * 5, y0 + 4), LEAD, r)
        # blank: the faint ruled guide lines for letters that were never written
        pencil(s, (min(xa, xb) + 3, y0 + 4), (max(xa, xb) - 3, y0 + 4), LEAD_XL, r, wob=0)
    for k in range(6):  # a pencilled shadow at the foot
        pencil(s, (cx + 2 + k * 2, h - 1), (cx + 5 + k * 2, h - 3), LEAD_L, r, wob=0)


def mist(s: pygame.Surface) -> None:
    """White mist over everything towards the right edge: she walks into it and thins out."""
    w, h = s.get_size()
    n = value_noise("ge-mist", 26)
    for y in range(h):
        for x in range(w):
            t = x / w
            a = t ** 1.6 * 1.1 + (n(x, y * 1.5) - 0.5) * 0.3
            a += 0.15 * (y > 200) * t
            a = max(0.0, min(1.0, a))
            lvl = int(a * 5 + bayer(x, y))
            if lvl <= 0:
                continue
            alpha = int(245 * min(5, lvl) / 5)
            s.set_at((x, y), (*WHITE, alpha))


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("grey_edge_backdrop", backdrop),
        ("grey_edge_gate", gate),
        ("grey_edge_bench", bench),
        ("grey_edge_sign", sign),
        ("grey_edge_mist", mist),
    ]
    for name, draw in jobs:
        box = LAYOUT[name]
        s = surf(box[2], box[3])
        draw(s)
        save(s, PROPS / f"{name}.png")
