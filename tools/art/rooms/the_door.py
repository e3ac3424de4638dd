"""The door (chapter 6): the last of the Other World, and the Beldam in her true shape.

Pictures (all in assets/props/, positions in LAYOUT are where they sit in their room):

* ``door_web`` (other_living_room, whole room): the room at the end. Grey-black threads strung
  from the ceiling corners across the room and over the furniture, torn wallpaper hanging in
  strips from bare black plaster, and a cold, dark translucent wash over everything.
* ``beldam_spider`` (other_living_room, hanging above and left of the fireplace): the Beldam's
  true form: impossibly thin, black and glossy, a white porcelain face with button eyes under a
  huge crown of black hair, four needle-tipped legs from her shoulders and needles for fingers.
* ``beldam_spider_blind``: the same, after the cat has clawed out her button eyes: torn threads
  where the eyes were, head thrown back, mouth open, legs flailing.
* ``snow_globe_glow`` (other_living_room, on the mantel between the photograph and the right
  candle): the snow globe with Mom and Dad inside, ringed with light (seen through the stone).
* ``corridor_collapse`` (corridor, whole room): the soft corridor coming apart: a sagging roof,
  ribs torn through, holes in the cloth showing white nothing, threads, a cold grey wash.
* ``beldam_hand`` (placed by the scripts' scenes; LAYOUT gives its spot by the corridor's home
  door): her severed hand, white, needle-fingered, a ragged black-thread stump.

Deterministic: all randomness from ``base.rng``/``base.value_noise`` seeds.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import layout as L
from ..base import (
    CORRIDOR, OTHER, bayer, blend_px, dither_pick, lerp, make_prop, outline, px, rect, rng,
    surf, value_noise,
)

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "door_web": (0, 0, 640, 320),
    "beldam_spider": (304, 0, 150, 224),
    "beldam_spider_blind": (304, 0, 150, 224),
    "snow_globe_glow": (400, 147, 24, 28),
    "corridor_collapse": (0, 0, 960, 320),
    "beldam_hand": (60, 204, 40, 28),
}

Pt = tuple[float, float]

# How far the Beldam hangs below the ceiling: at the last stage the decay's white nothing eats
# up to ~44 px into the top of the door scene above the fireplace, so her whole head (crown of
# hair and all) hangs below it, and the legs that grip the ceiling reach up into the white.
DROP = 46

INK = (10, 8, 14)
THREAD = (34, 32, 40)
THREAD_LIGHT = (150, 150, 162)
GLOSS = [(10, 8, 14), (24, 22, 34), (44, 42, 62), (78, 78, 104), (140, 140, 170)]
RIM = (112, 110, 134)
PORCELAIN = [(120, 112, 122), (170, 164, 170), (212, 208, 208), (238, 234, 228), (252, 250, 244)]
NEEDLE = [(90, 92, 104), (170, 172, 186), (232, 234, 244)]
HOLE = [(150, 150, 158), (200, 200, 206), (232, 232, 236), (250, 250, 252)]


# ================================================================== small helpers
def curve(p0: Pt, p1: Pt, sag: float, n: int | None = None) -> list[Pt]:
    """Points along a thread from p0 to p1 hanging ``sag`` pixels below the straight line."""
    if n is None:
        n = max(2, int(math.hypot(p1[0] - p0[0], p1[1] - p0[1]) * 1.5))
    out = []
    for i in range(n + 1):
        t = i / n
        out.append((p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t + sag * 4 * t * (1 - t)))
    return out


def thread(s: pygame.Surface, p0: Pt, p1: Pt, sag: float, a: int = 215, glint: int = 7,
           colour: tuple[int, int, int] = THREAD) -> None:
    """A grey-black thread with a pale glint every few pixels (so it reads on dark too)."""
    seen: set[tuple[int, int]] = set()
    for k, (x, y) in enumerate(curve(p0, p1, sag)):
        p = (round(x), round(y))
        if p in seen:
            continue
        seen.add(p)
        blend_px(s, p[0], p[1], (*colour, a))
        if glint and (k // 3) % glint == 0:
            blend_px(s, p[0], p[1] + 1, (*THREAD_LIGHT, a // 2))


def hanging(s: pygame.Surface, x: float, y0: float, length: int, sway: float, a: int = 210) -> None:
    """A loose thread hanging straight down from (x, y0), curling a little at the end."""
    for i in range(length):
        t = i / max(1, length)
        blend_px(s, round(x + sway * t * t * length / 6), round(y0 + i), (*THREAD, a))
    ex = round(x + sway * length / 6)
    blend_px(s, ex + (1 if sway >= 0 else -1), round(y0 + length), (*THREAD, a * 2 // 3))
    blend_px(s, ex, round(y0 + length) + 1, (*THREAD_LIGHT, a // 2))


def seg(s: pygame.Surface, c: tuple[int, ...], a: Pt, b: Pt, w: int) -> None:
    """A thick rounded line segment."""
    pygame.draw.line(s, c, (round(a[0]), round(a[1])), (round(b[0]), round(b[1])), w)
    if w > 2:
        r = w // 2
        pygame.draw.circle(s, c, (round(a[0]), round(a[1])), r)
        pygame.draw.circle(s, c, (round(b[0]), round(b[1])), r)


def bez(p0: Pt, p1: Pt, p2: Pt, n: int = 24) -> list[Pt]:
    return [((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
             (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1])
            for t in (i / n for i in range(n + 1))]


# ================================================================== the web over the room
def door_web(s: pygame.Surface) -> None:
    w, h = s.get_size()
    n = value_noise("door-web-wash", 40)
    # ---- a cold dark wash, heaviest at the ceiling and the corners, lightest on the rug
    for y in range(h):
        for x in range(w):
            d = math.hypot((x - 300) / w, (y - 250) / (h * 1.1))
            a = 0.34 + 0.55 * min(1.0, d * 1.3) + 0.1 * (n(x, y) - 0.5)
            if y < 20:
                a += (20 - y) / 20 * 0.25
            a = min(0.9, a) + (bayer(x, y) - 0.5) * 0.08
            c = lerp((40, 44, 62), (8, 8, 16), min(1.0, d * 1.2))
            s.set_at((x, y), (*c, int(a * 255)))
    _torn_wallpaper(s)
    _webs(s)


def _torn_wallpaper(s: pygame.Surface) -> None:
    """Bare black plaster where the wallpaper has torn away, and strips of it hanging down."""
    wall = [lerp(c, (70, 70, 80), 0.6) for c in OTHER["wall"]]
    gold = [lerp(c, (100, 100, 100), 0.6) for c in OTHER["damask"]]
    # (x, top, width, length of the tear, length of the hanging strip, curl direction)
    tears = [
        (198, 30, 22, 84, 58, 1), (86, 70, 9, 60, 40, -1), (462, 40, 22, 56, 70, 1),
        (514, 18, 30, 50, 36, -1), (552, 66, 14, 40, 30, 1), (146, 18, 26, 16, 20, 1),
        (4, 24, 12, 80, 52, 1), (604, 40, 22, 40, 62, -1),
    ]
    r = rng("door-tears")
    for tx, ty, tw, tl, sl, curl in tears:
        # the tear: a ragged-edged patch of dark plaster with a paler torn paper edge
        edge_l = [tx + r.randrange(0, 3) for _ in range(tl)]
        for i in range(tl):
            t = i / max(1, tl - 1)
            wid = tw * (1 - 0.8 * t ** 1.5) + r.uniform(-1.5, 1.5)
            x0 = edge_l[i]
            x1 = round(x0 + wid)
            for x in range(x0, x1):
                c = (22, 20, 26) if bayer(x, ty + i) > 0.25 else (38, 34, 40)
                s.set_at((x, ty + i), (*c, 255))
            px(s, x0 - 1, ty + i, (150, 142, 132, 255))  # torn paper edge, the pale pulp
            px(s, x1, ty + i, (150, 142, 132, 255))
        # the strip that tore off: hanging from the top of the tear, twisting as it falls
        sx = tx + (tw if curl > 0 else 0)
        sw = max(5, tw // 2)
        for i in range(sl):
            t = i / max(1, sl - 1)
            cx = sx + curl * (2 + 5 * math.sin(t * 2.6)) + curl * t * 6
            twist = abs(math.cos(t * 3.2 + 0.4))  # the strip turns: wide, then edge-on
            half = max(0.6, sw / 2 * twist * (1 - 0.35 * t))
            y = ty + i
            back = math.cos(t * 3.2 + 0.4) < 0  # its pale back shows where it has turned over
            for x in range(round(cx - half), round(cx + half) + 1):
                if back:
                    c = dither_pick([(92, 86, 84), (116, 108, 102)], 0.5 - (x - cx) / 8, x, y)
                else:
                    c = dither_pick(wall[:4], 0.55 - (x - cx) / 10, x, y)
                    if (y + x // 3) % 9 in (0, 1) and abs(x - cx) < half - 0.5:
                        c = gold[1]  # a scrap of the gold diamonds
                s.set_at((x, y), (*c, 255))
            px(s, round(cx - half) - 1, y, (*INK, 255))
            px(s, round(cx + half) + 1, y, (*INK, 255))
        # ragged bottom end
        ey = ty + sl
        ex = sx + curl * (2 + 5 * math.sin(2.6)) + curl * 6
        for k in range(-2, 3):
            for j in range(r.randrange(0, 3)):
                px(s, round(ex) + k, ey + j, (*INK, 255))


def _radial_web(s: pygame.Surface, cx: float, cy: float, angles: tuple[float, float],
                length: float, rings: int, seed: str, a: int = 190) -> None:
    """An orb web: spokes out of a hub and sagging spiral rings between them."""
    r = rng(seed)
    a0, a1 = angles
    spokes = 8
    ends = []
    for k in range(spokes):
        ang = math.radians(a0 + (a1 - a0) * k / (spokes - 1) + r.uniform(-4, 4))
        ln = length * r.uniform(0.8, 1.05)
        ends.append((ang, ln))
        thread(s, (cx, cy), (cx + math.cos(ang) * ln, cy + math.sin(ang) * ln), r.uniform(-2, 2), a)
    for ring in range(1, rings + 1):
        frac = ring / (rings + 0.6)
        for k in range(spokes - 1):
            (g0, l0), (g1, l1) = ends[k], ends[k + 1]
            p0 = (cx + math.cos(g0) * l0 * frac, cy + math.sin(g0) * l0 * frac)
            p1 = (cx + math.cos(g1) * l1 * frac, cy + math.sin(g1) * l1 * frac)
            if r.random() < 0.12:  # a broken strand, hanging loose
                thread(s, p0, ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2 + 8), 2, a - 40, glint=0)
                continue
            thread(s, p0, p1, 2 + 3 * frac, a - 20, glint=5)


def _sheet(s: pygame.Surface, top: list[Pt], sag: float, strands: int, seed: str) -> None:
    """A draped sheet of web: many near-parallel threads sagging between anchor points."""
    r = rng(seed)
    for k in range(strands):
        t = k / max(1, strands - 1)
        p0 = top[0][0] + (top[1][0] - top[0][0]) * 0, top[0][1] + t * sag * 0.6
        p1 = top[1][0], top[1][1] + t * sag * 0.6
        thread(s, (p0[0] + r.uniform(-2, 2), p0[1]), (p1[0] + r.uniform(-2, 2), p1[1]),
               sag * (0.5 + t), 170, glint=6)


def _webs(s: pygame.Surface) -> None:
    # orb webs filling the two top corners and the corner over the piano
    _radial_web(s, 0, 0, (2, 88), 120, 6, "web-tl")
    _radial_web(s, 639, 0, (92, 178), 130, 6, "web-tr")
    # over the little door, half-torn: its hub on the upper left of the arched frame
    dx, dy = L.OTHER["other_small_door"][:2]
    ox, oy = L.SMALL_DOOR_OPENING[:2]
    _radial_web(s, dx + ox - 2, dy + oy - 2, (180, 360), 40, 4, "web-door")
    # long threads strung corner to corner and down onto the furniture
    lines = [
        ((0, 2), (639, 4), 60), ((0, 30), (639, 18), 110), ((0, 0), (336, 170), 30),
        ((639, 0), (296, 196), 40), ((0, 90), (222, 200), 20), ((639, 80), (560, 188), 8),
        ((120, 0), (232, 196), 14), ((510, 0), (430, 172), 10), ((20, 110), (82, 110), 14),
        ((572, 110), (634, 110), 14), ((0, 200), (220, 208), 16), ((639, 196), (560, 196), 10),
        ((300, 0), (260, 56), 6), ((196, 60), (294, 60), 12), ((96, 40), (192, 150), 6),
        ((354, 172), (378, 172), 4), ((430, 174), (508, 188), 8), ((0, 140), (20, 118), 3),
        ((360, 0), (639, 60), 34), ((0, 60), (280, 0), -6),
    ]
    for p0, p1, sag in lines:
        thread(s, p0, p1, sag)
    # a sheet of web over the sofa back and one draped over the piano
    _sheet(s, [(222, 196), (302, 196)], 8, 6, "sheet-sofa")
    _sheet(s, [(508, 188), (560, 188)], 6, 5, "sheet-piano")
    _sheet(s, [(96, 42), (190, 42)], 18, 5, "sheet-window")
    # the lamp, tied up like a fly
    for k in range(5):
        y = 170 + k * 3
        thread(s, (334, y), (358, y + 2), 2, 200, glint=3)
    # long strands from the ceiling
    r = rng("door-hangers")
    for _ in range(26):
        x = r.randrange(10, 630)
        hanging(s, x, 0, r.randrange(14, 120), r.uniform(-1.5, 1.5))
    # threads from the furniture down to the floor line, like guy-ropes
    for p0, p1 in (((222, 232), (206, 252)), ((302, 234), (322, 256)), ((508, 226), (484, 250)),
                   ((560, 226), (586, 246)), ((82, 206), (96, 232)), ((572, 206), (560, 232))):
        thread(s, p0, p1, 2, 170)


# ================================================================== the Beldam
def _needle_mid(a: Pt, b: Pt, needle: int) -> Pt:
    ln = max(1.0, math.hypot(b[0] - a[0], b[1] - a[1]))
    t = max(0.0, 1 - needle / ln)
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _leg(s: pygame.Surface, pts: list[Pt], widths: list[int], needle: int) -> tuple[Pt, Pt]:
    """A jointed black leg through ``pts`` (shoulder, joints..., tip). The last ``needle``
    pixels are left out: they are drawn as a bright needle after the outline (returned)."""
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        if i == len(pts) - 2:
            b = _needle_mid(a, b, needle)
        seg(s, (*GLOSS[0], 255), a, b, widths[i])
        if i > 0:  # a knobbly joint
            pygame.draw.circle(s, (*GLOSS[0], 255), (round(a[0]), round(a[1])), widths[i] // 2 + 1)
    return _needle_mid(pts[-2], pts[-1], needle), pts[-1]


def _needle(s: pygame.Surface, a: Pt, b: Pt) -> None:
    pygame.draw.line(s, (*NEEDLE[1], 255), (round(a[0]), round(a[1])), (round(b[0]), round(b[1])), 1)
    px(s, round(a[0]), round(a[1]), (*NEEDLE[0], 255))
    px(s, round(b[0]), round(b[1]), (*NEEDLE[2], 255))


def _leg_gloss(s: pygame.Surface, pts: list[Pt], needle: int) -> None:
    """Joints picked out with a glint."""
    for a in pts[1:-1]:
        px(s, round(a[0]) - 1, round(a[1]) - 1, (*GLOSS[4], 255))


def _hand(s: pygame.Surface, wrist: Pt, direction: float, spread: float, length: int) -> None:
    """Five needle fingers fanning out from a wrist, pointing at ``direction`` (radians):
    a short black bone, a knuckle, then a long bright needle."""
    wx, wy = wrist
    for f in range(5):
        ang = direction + (f - 2) * spread
        ln = length - abs(f - 2) * 2
        mx, my = wx + math.cos(ang) * 5, wy + math.sin(ang) * 5
        bend = ang + (0.18 if f < 2 else -0.18 if f > 2 else 0.0)
        ex, ey = mx + math.cos(bend) * (ln - 5), my + math.sin(bend) * (ln - 5)
        pygame.draw.line(s, (*GLOSS[1], 255), (round(wx), round(wy)), (round(mx), round(my)), 1)
        px(s, round(mx), round(my), (*GLOSS[3], 255))
        _needle(s, (mx + math.cos(bend), my + math.sin(bend)), (ex, ey))


def _hair_locks(cx: float, cy: float, seed: str, wild: float) -> list[list[Pt]]:
    r = rng(seed)
    locks = 17
    out = []
    for k in range(locks):
        t = k / (locks - 1)
        ang = math.radians(-176 + 172 * t + r.uniform(-4, 4) + wild * r.uniform(-25, 25))
        ln = 20 + 16 * math.sin(t * math.pi) ** 0.7 + r.uniform(-3, 3)
        base = (cx + math.cos(ang) * 6, cy + math.sin(ang) * 5)
        tip = (cx + math.cos(ang) * ln * 1.05, cy + math.sin(ang) * ln * 0.9)
        curl = 1 if t < 0.5 else -1
        ctrl = (base[0] + (tip[0] - base[0]) * 0.55 - curl * 7 * math.sin(ang),
                base[1] + (tip[1] - base[1]) * 0.55 + curl * 7 * math.cos(ang))
        pts = bez(base, ctrl, tip, 22)
        # a hooked tip curling outwards
        pts.append((tip[0] + curl * 2.5, tip[1] + 2))
        out.append(pts)
    return out


def _hair(s: pygame.Surface, cx: float, cy: float, seed: str, wild: float = 0.0) -> None:
    """A huge crown of black hair: thick, swept-up locks flaring out and curling at the tips."""
    pygame.draw.ellipse(s, (*GLOSS[0], 255), pygame.Rect(round(cx - 19), round(cy - 22), 38, 30))
    for pts in _hair_locks(cx, cy, seed, wild):
        n = len(pts)
        for i, (x, y) in enumerate(pts):
            rr = max(0.5, 5.5 * (1 - i / n) ** 0.8)
            if rr < 1:
                px(s, round(x), round(y), (*GLOSS[0], 255))
            else:
                pygame.draw.circle(s, (*GLOSS[0], 255), (round(x), round(y)), round(rr))


def _hair_gloss(s: pygame.Surface, cx: float, cy: float, seed: str, wild: float = 0.0) -> None:
    """Blue-black sheen along alternate locks."""
    for k, pts in enumerate(_hair_locks(cx, cy, seed, wild)):
        if k % 2:
            continue
        n = len(pts)
        for i in range(int(n * 0.25), int(n * 0.7)):
            x, y = pts[i]
            px(s, round(x), round(y), (*GLOSS[2], 255))
            if i % 3 == 0:
                px(s, round(x), round(y) - 1, (*GLOSS[3], 255))


def _face(s: pygame.Surface, cx: int, cy: int, blind: bool) -> None:
    """A narrow porcelain face (cx, cy = the middle of the eyes)."""
    top, bottom = cy - 11, cy + 15
    for y in range(top, bottom + 1):
        t = (y - top) / (bottom - top)
        if t < 0.45:
            half = 8.5 * math.sin(min(1.0, 0.35 + t * 1.4) * math.pi / 2)
        else:
            half = 8.5 * (1 - (t - 0.45) / 0.55) ** 0.8 + 1.2
        for x in range(round(cx - half), round(cx + half) + 1):
            lx = (x - cx) / max(1.0, half)
            light = 0.78 - 0.32 * max(0.0, lx) - 0.12 * t + 0.12 * (lx < -0.3)
            if 0.55 < t < 0.75 and abs(lx) > 0.45:
                light -= 0.22  # hollow cheeks
            s.set_at((x, y), (*dither_pick(PORCELAIN, light, x, y), 255))
    # the crack of a brow line and a sharp nose
    pygame.draw.line(s, (*PORCELAIN[1], 255), (cx, cy + 1), (cx + 1, cy + 7), 1)
    px(s, cx - 1, cy + 8, (*PORCELAIN[0], 255))
    px(s, cx + 1, cy + 8, (*PORCELAIN[0], 255))
    if blind:
        # the buttons torn out: dark ragged sockets with threads dangling down the cheeks
        r = rng("blind-eyes")
        for ex in (cx - 4, cx + 4):
            pygame.draw.ellipse(s, (*INK, 255), pygame.Rect(ex - 3, cy - 3, 7, 6))
            px(s, ex, cy - 1, (40, 10, 16, 255))
            for k in range(4):
                sx = ex - 2 + k + r.choice((-1, 0))
                ln = r.randrange(3, 9)
                for j in range(ln):
                    px(s, sx + (j // 4) * (1 if k % 2 else -1), cy + 2 + j, (*INK, 255))
                px(s, sx + (ln // 4) * (1 if k % 2 else -1), cy + 2 + ln, (*NEEDLE[2], 255))
        # a wide, open mouth: a scream
        pygame.draw.ellipse(s, (*INK, 255), pygame.Rect(cx - 4, cy + 9, 9, 6))
        pygame.draw.ellipse(s, (70, 12, 22, 255), pygame.Rect(cx - 2, cy + 11, 5, 3))
        for k in range(-3, 4, 2):  # needle-fine teeth
            px(s, cx + k, cy + 10, (*PORCELAIN[4], 255))
    else:
        for ex in (cx - 4, cx + 4):
            pygame.draw.circle(s, (*INK, 255), (ex, cy), 3)
            pygame.draw.circle(s, (*GLOSS[1], 255), (ex, cy), 2)
            for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):  # four thread holes
                px(s, ex + dx, cy + dy, (*INK, 255))
            px(s, ex - 1, cy - 2, (*NEEDLE[2], 255))  # a glint on the button
            px(s, ex, cy + 3, (*PORCELAIN[1], 255))
        # a thin, too-wide smile
        for k in range(-5, 6):
            y = cy + 11 - (1 if abs(k) > 3 else 0)
            px(s, cx + k, y, (90, 14, 26, 255))
        px(s, cx - 6, cy + 9, (90, 14, 26, 255))
        px(s, cx + 6, cy + 9, (90, 14, 26, 255))
    # cheekbones: two sharp shadows
    for side in (-1, 1):
        for k in range(3):
            px(s, cx + side * (5 + k), cy + 5 + k, (*PORCELAIN[1], 255))


# ---------------------------------------------------------------- the head thrown back
class Tilt:
    """A frame turned ``deg`` degrees anticlockwise about ``(ox, oy)``: local offsets (u, v)
    from the pivot (v pointing down the face) to picture pixels and back. Shapes are drawn at
    the angle through it (their points turned, their areas filled pixel by pixel), never by
    turning finished pixels."""

    def __init__(self, ox: float, oy: float, deg: float) -> None:
        a = math.radians(deg)
        self.ox, self.oy, self.c, self.s = ox, oy, math.cos(a), math.sin(a)

    def to(self, u: float, v: float) -> Pt:
        return (self.ox + self.c * u + self.s * v, self.oy - self.s * u + self.c * v)

    def ito(self, u: float, v: float) -> tuple[int, int]:
        x, y = self.to(u, v)
        return round(x), round(y)

    def back(self, x: float, y: float) -> Pt:
        dx, dy = x - self.ox, y - self.oy
        return (self.c * dx - self.s * dy, self.s * dx + self.c * dy)

    def box(self, u0: float, v0: float, u1: float, v1: float) -> tuple[range, range]:
        """The picture pixels that a local box can cover."""
        corners = [self.to(u, v) for u in (u0, u1) for v in (v0, v1)]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        return (range(math.floor(min(xs)) - 1, math.ceil(max(xs)) + 2),
                range(math.floor(min(ys)) - 1, math.ceil(max(ys)) + 2))

    def ellipse(self, s: pygame.Surface, c: tuple[int, ...], cu: float, cv: float,
                ru: float, rv: float) -> None:
        """Fill an ellipse whose axes lie along the local frame."""
        xr, yr = self.box(cu - ru, cv - rv, cu + ru, cv + rv)
        for y in yr:
            for x in xr:
                u, v = self.back(x, y)
                if ((u - cu) / ru) ** 2 + ((v - cv) / rv) ** 2 <= 1.0:
                    px(s, x, y, c)


def _hair_tilted(s: pygame.Surface, tilt: Tilt, cu: float, cv: float, seed: str,
                 wild: float) -> None:
    """_hair and _hair_gloss on a tilted head: the crown's ellipse filled in the turned frame,
    each lock's points turned (its round brush needs no turning), the sheen lit from above."""
    tilt.ellipse(s, (*GLOSS[0], 255), cu - 0.5, cv - 7.5, 19, 15)
    locks = _hair_locks(cu, cv, seed, wild)
    for pts in locks:
        n = len(pts)
        for i, (u, v) in enumerate(pts):
            rr = max(0.5, 5.5 * (1 - i / n) ** 0.8)
            x, y = tilt.ito(u, v)
            if rr < 1:
                px(s, x, y, (*GLOSS[0], 255))
            else:
                pygame.draw.circle(s, (*GLOSS[0], 255), (x, y), round(rr))
    for k, pts in enumerate(locks):
        if k % 2:
            continue
        n = len(pts)
        for i in range(int(n * 0.25), int(n * 0.7)):
            x, y = tilt.ito(*pts[i])
            px(s, x, y, (*GLOSS[2], 255))
            if i % 3 == 0:
                px(s, x, y - 1, (*GLOSS[3], 255))


def _face_blind_tilted(s: pygame.Surface, tilt: Tilt, cu: float, cv: float) -> None:
    """The blind face of _face, tipped back: the porcelain filled pixel by pixel in the turned
    frame but lit in the picture's own frame (from the upper left); the features placed at
    their turned points; the torn threads hang straight down, as threads do."""
    top, bottom = -11, 15
    fx, fy = tilt.to(cu, cv + 2)  # the middle of the face, for the light
    xr, yr = tilt.box(cu - 10, cv + top - 1, cu + 10, cv + bottom + 1)
    for y in yr:
        for x in xr:
            u, v = tilt.back(x, y)
            lu, lv = u - cu, v - cv
            t = (lv - top) / (bottom - top)
            if not -0.02 <= t <= 1.02:
                continue
            tc = min(1.0, max(0.0, t))
            if tc < 0.45:
                half = 8.5 * math.sin(min(1.0, 0.35 + tc * 1.4) * math.pi / 2)
            else:
                half = 8.5 * (1 - (tc - 0.45) / 0.55) ** 0.8 + 1.2
            if abs(lu) > half + 0.5:
                continue
            wx = (x - fx) / 9.0  # across the face as it is seen, -1 left .. 1 right
            wy = (y - fy) / 13.0
            light = 0.78 - 0.32 * max(0.0, wx) - 0.06 * (wy + 1) + 0.12 * (wx < -0.3)
            if 0.55 < tc < 0.75 and abs(lu) / max(1.0, half) > 0.45:
                light -= 0.22  # hollow cheeks
            px(s, x, y, (*dither_pick(PORCELAIN, light, x, y), 255))

    def at(u: float, v: float) -> tuple[int, int]:
        return tilt.ito(cu + u, cv + v)

    # the crack of a brow line and a sharp nose
    pygame.draw.line(s, (*PORCELAIN[1], 255), at(0, 1), at(1, 7), 1)
    px(s, *at(-1, 8), (*PORCELAIN[0], 255))
    px(s, *at(1, 8), (*PORCELAIN[0], 255))
    # cheekbones: two sharp shadows
    for side in (-1, 1):
        for k in range(3):
            px(s, *at(side * (5 + k), 5 + k), (*PORCELAIN[1], 255))
    # the buttons torn out: dark ragged sockets with threads dangling from them
    r = rng("blind-eyes")
    for ex in (-4, 4):
        tilt.ellipse(s, (*INK, 255), cu + ex, cv - 0.5, 3.5, 3)
        px(s, *at(ex, -1), (40, 10, 16, 255))
        for k in range(4):
            sx = ex - 3 + 2 * k + r.choice((-1, 0)) * (k % 2)  # a pixel apart, to read as threads
            ln = r.randrange(3, 9)
            x0, y0 = at(sx, 2.5)
            lean = 1 if k % 2 else -1
            for j in range(ln):
                px(s, x0 + (j // 4) * lean, y0 + j, (*INK, 255))
            px(s, x0 + (ln // 4) * lean, y0 + ln, (*NEEDLE[2], 255))
    # a wide, open mouth: a scream, with needle-fine teeth along its upper lip
    tilt.ellipse(s, (*INK, 255), cu, cv + 11.5, 4.5, 3)
    tilt.ellipse(s, (70, 12, 22, 255), cu, cv + 12, 2.5, 1.5)
    for k in range(-3, 4, 2):
        px(s, *at(k, 10), (*PORCELAIN[4], 255))


def _body(s: pygame.Surface, cx: float, neck_top: float, sway: float) -> dict[str, Pt]:
    """Neck, bony shoulders, a corseted chest and a long spider abdomen hanging below."""
    sh_y = neck_top + 12
    rect(s, (*GLOSS[0], 255), round(cx - 1), round(neck_top), 3, 14)
    # shoulders: a coat-hanger of bone
    pygame.draw.polygon(s, (*GLOSS[0], 255), [
        (cx - 19, sh_y + 2), (cx - 6, sh_y - 2), (cx + 6, sh_y - 2), (cx + 19, sh_y + 2),
        (cx + 14, sh_y + 5), (cx - 14, sh_y + 5)])
    # chest narrowing to a wasp waist
    chest = [(cx - 11, sh_y + 3), (cx + 11, sh_y + 3), (cx + 8, sh_y + 18), (cx + 3, sh_y + 32),
             (cx + 2 + sway * 0.2, sh_y + 38), (cx - 2 + sway * 0.2, sh_y + 38), (cx - 3, sh_y + 32),
             (cx - 8, sh_y + 18)]
    pygame.draw.polygon(s, (*GLOSS[0], 255), chest)
    # the abdomen: a long glossy teardrop, swinging a little
    ax, ay = cx + sway, sh_y + 40
    for i in range(58):
        t = i / 57
        half = 9 * math.sin(min(1.0, t * 1.7) * math.pi / 2) * (1 - t ** 2.2) + 1
        x0 = ax + sway * t * 0.8
        pygame.draw.line(s, (*GLOSS[0], 255), (round(x0 - half), round(ay + i)),
                         (round(x0 + half), round(ay + i)), 1)
    # a thread from its tip down to nowhere
    for j in range(14):
        px(s, round(ax + sway * 0.8), round(ay + 58 + j), (*THREAD_LIGHT, 255 - j * 12))
    return {"sh_l": (cx - 16, sh_y + 2), "sh_r": (cx + 16, sh_y + 2), "waist": (cx, sh_y + 36),
            "abd": (ax, ay), "sh_y": (cx, sh_y)}


def _body_gloss(s: pygame.Surface, cx: float, neck_top: float, sway: float) -> None:
    sh_y = neck_top + 12
    # sheen down the chest and along the abdomen's lit left side
    for y in range(round(sh_y + 4), round(sh_y + 26)):
        px(s, round(cx - 6 + (y - sh_y) * 0.18), y, (*GLOSS[2], 255))
    for y in range(round(sh_y + 6), round(sh_y + 16)):
        px(s, round(cx - 5 + (y - sh_y) * 0.18), y, (*GLOSS[3], 255))
    ax, ay = cx + sway, sh_y + 40
    for i in range(4, 46):
        t = i / 57
        half = 9 * math.sin(min(1.0, t * 1.7) * math.pi / 2) * (1 - t ** 2.2) + 1
        x = round(ax + sway * t * 0.8 - half * 0.55)
        px(s, x, round(ay + i), (*GLOSS[2], 255))
        if 8 < i < 26:
            px(s, x + 1, round(ay + i), (*GLOSS[3], 255))
        if i == 14:
            px(s, x + 1, round(ay + i), (*GLOSS[4], 255))
    # ribs of a corset, stitched
    for k in range(4):
        y = round(sh_y + 8 + k * 6)
        half = 9 - k * 2
        for x in range(round(cx - half), round(cx + half) + 1, 2):
            px(s, x, y, (*GLOSS[1], 255))
    # three buttons down the abdomen
    for k in range(3):
        by = round(ay + 12 + k * 11)
        bx = round(ax + sway * (12 + k * 11) / 57 * 0.8)
        pygame.draw.circle(s, (*GLOSS[2], 255), (bx, by), 2)
        px(s, bx, by, (*INK, 255))


def _rim(s: pygame.Surface) -> None:
    """Light the black shape's own edge pixels: cold and bright from the upper left, dim on
    the far side, so the silhouette reads against the dark web."""
    w, h = s.get_size()
    src = s.copy()
    for y in range(h):
        for x in range(w):
            c = src.get_at((x, y))
            if c.a == 0 or c.r + c.g + c.b > 180:  # only the black parts (not the face)
                continue
            lit = dim = False
            for dx, dy in ((-1, 0), (0, -1), (1, 0), (0, 1)):
                nx, ny = x + dx, y + dy
                if not (0 <= nx < w and 0 <= ny < h) or src.get_at((nx, ny)).a == 0:
                    if dx < 0 or dy < 0:
                        lit = True
                    else:
                        dim = True
            if lit:
                s.set_at((x, y), (*RIM, 255))
            elif dim:
                s.set_at((x, y), (*GLOSS[2], 255))


def _spider(s: pygame.Surface, blind: bool) -> None:
    """Her true shape, hanging DROP px lower in the picture than the ceiling she grips."""
    fig = surf(*s.get_size())
    cx = 62.0
    needle = 11
    d = DROP
    if not blind:
        head = (cx, 40.0 + d)
        neck_top = 52.0 + d
        sway = 0.0
        # the upper pair grip the ceiling (in the tear, at the last stage); the lower pair
        # reach down with their needles
        legs = [
            ("l", [(16, 84), (4, 1)]),
            ("r", [(110, 80), (122, 1)]),
            ("l", [(18, 116), (4, 160), (10, 200)]),
            ("r", [(104, 104), (140, 132)]),
        ]
        # the hands hang open at her sides, clear of the mantel and what is on it
        arms = [("l", (34, 138), (24, 156), math.radians(112), 0.17),
                ("r", (88, 132), (100, 124), math.radians(30), 0.17)]
    else:
        head = (cx + 4, 44.0 + d)
        neck_top = 54.0 + d
        sway = 0.0  # the abdomen hangs between the lamp and the mantel, as before
        legs = [
            ("l", [(10, 30 + d), (2, 64 + d)]),
            ("r", [(122, 24 + d), (148, 2)]),
            ("l", [(16, 126), (36, 166), (22, 200)]),
            ("r", [(116, 120), (140, 150), (128, 186)]),
        ]
        arms = [("l", (34, 90 + d), (50, 52 + d), math.radians(-60), 0.24),
                ("r", (92, 88 + d), (80, 50 + d), math.radians(-115), 0.24)]
    b = _body(fig, cx, neck_top, sway)
    leg_paths = []
    needles = []
    for side, pts in legs:
        start = b["sh_l"] if side == "l" else b["sh_r"]
        path = [start, *pts]
        leg_paths.append(path)
        widths = [4, 3, 3][: len(path) - 1]
        needles.append(_leg(fig, path, widths, needle))
    wrists = []
    for side, elbow, wrist, direction, spread in arms:
        start = b["sh_l"] if side == "l" else b["sh_r"]
        start = (start[0] + (3 if side == "l" else -3), start[1] + 2)
        seg(fig, (*GLOSS[0], 255), start, elbow, 2)
        seg(fig, (*GLOSS[0], 255), elbow, wrist, 2)
        pygame.draw.circle(fig, (*GLOSS[0], 255), (round(elbow[0]), round(elbow[1])), 1)
        pygame.draw.circle(fig, (*GLOSS[0], 255), (round(wrist[0]), round(wrist[1])), 2)
        wrists.append((wrist, direction, spread))
    # the head: hair behind, then the face
    hx, hy = head
    if blind:
        # thrown back: the head drawn tipped 32 degrees back (anticlockwise)
        tilt = Tilt(hx, hy - 2, 32)
        _hair_tilted(fig, tilt, 0, -4, "beldam-hair-blind", wild=1.0)
        _face_blind_tilted(fig, tilt, 0, 2)
    else:
        _hair(fig, hx, hy - 6, "beldam-hair")
        _hair_gloss(fig, hx, hy - 6, "beldam-hair")
        _face(fig, round(hx), round(hy), blind=False)
    _body_gloss(fig, cx, neck_top, sway)
    for path in leg_paths:
        _leg_gloss(fig, path, needle)
    _rim(fig)
    outline(fig, (*INK, 255))
    # needles and fingers last: hair-thin and bright
    for a, tip in needles:
        _needle(fig, a, tip)
    for wrist, direction, spread in wrists:
        _hand(fig, wrist, direction, spread, 18)
    s.blit(fig, (0, 0))


def beldam_spider(s: pygame.Surface) -> None:
    _spider(s, blind=False)


def beldam_spider_blind(s: pygame.Surface) -> None:
    _spider(s, blind=True)


# ================================================================== the snow globe
def snow_globe_glow(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cx, cy, rad = 12, 11, 7
    body = surf(w, h)
    # wooden base
    wood = OTHER["wood"]
    for y in range(18, 24):
        half = 6 + (y - 18) // 2
        for x in range(cx - half, cx + half + 1):
            t = 0.8 - (x - cx + half) / (2 * half) * 0.7
            body.set_at((x, y), (*dither_pick(wood[1:5], t, x, y), 255))
    for x in range(cx - 8, cx + 9):
        body.set_at((x, 24), (*wood[1], 255))
    for x in range(cx - 5, cx + 6, 3):
        body.set_at((x, 20), (*OTHER["gold"][3], 255))  # a brass trim
    # the glass ball, a winter dusk inside
    for y in range(cy - rad, cy + rad + 1):
        for x in range(cx - rad, cx + rad + 1):
            if (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad + 2:
                t = (y - (cy - rad)) / (2 * rad)
                body.set_at((x, y), (*dither_pick([(70, 96, 150), (104, 136, 188), (150, 180, 220)],
                                                   0.2 + 0.7 * t, x, y), 255))
    # a drift of snow at the bottom
    for x in range(cx - 6, cx + 7):
        top = cy + 4 + (1 if abs(x - cx) > 3 else 0)
        for y in range(top, cy + 7):
            if (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad:
                body.set_at((x, y), (240, 244, 252, 255))
    # Mom (green coat, dark hair) and Dad (tan coat, taller), side by side
    mx, dx = cx - 2, cx + 2
    rect(body, (70, 46, 30, 255), mx - 1, cy - 1, 3, 2)       # mom's hair
    px(body, mx, cy + 1, (236, 186, 160, 255))                  # face
    rect(body, (62, 96, 52, 255), mx - 1, cy + 2, 3, 3)        # coat
    px(body, mx - 1, cy + 1, (70, 46, 30, 255))
    rect(body, (52, 40, 30, 255), dx - 1, cy - 2, 3, 1)        # dad's hair
    px(body, dx, cy - 1, (236, 186, 160, 255))
    px(body, dx, cy, (236, 186, 160, 255))
    px(body, dx + 1, cy - 1, (60, 60, 70, 255))                 # glasses
    rect(body, (170, 160, 122, 255), dx - 1, cy + 1, 3, 4)     # coat
    # falling snow
    for sx, sy in ((cx - 5, cy - 3), (cx - 3, cy - 5), (cx + 4, cy - 4), (cx + 5, cy), (cx - 5, cy + 2),
                   (cx, cy - 5), (cx + 2, cy - 3), (cx - 4, cy - 1), (cx + 4, cy + 3)):
        px(body, sx, sy, (255, 255, 255, 255))
    # the glass: a dark rim and a bright reflection
    pygame.draw.circle(body, (24, 30, 52, 255), (cx, cy), rad + 1, 1)
    for k in range(-5, -1):
        ang = math.radians(200 + (k + 5) * 16)
        gx, gy = round(cx + math.cos(ang) * (rad - 2)), round(cy + math.sin(ang) * (rad - 2))
        px(body, gx, gy, (255, 255, 255, 255))
    px(body, cx - 2, cy - 5, (220, 236, 255, 255))
    # the ring of light around the whole shape, and a soft glow beyond it
    sil = [[body.get_at((x, y)).a > 0 for x in range(w)] for y in range(h)]

    def dist(x: int, y: int) -> float:
        best = 9.0
        for yy in range(max(0, y - 4), min(h, y + 5)):
            for xx in range(max(0, x - 4), min(w, x + 5)):
                if sil[yy][xx]:
                    best = min(best, math.hypot(xx - x, yy - y))
        return best

    for y in range(h):
        for x in range(w):
            if sil[y][x]:
                continue
            d = dist(x, y)
            if 1.5 <= d < 2.6:
                s.set_at((x, y), (255, 250, 210, 255))          # the ring
            elif d < 1.5:
                s.set_at((x, y), (255, 226, 140, 200))
            elif d < 4.6:
                a = int(150 * (1 - (d - 2.6) / 2.0))
                if a > 0 and bayer(x, y) < 0.75:
                    s.set_at((x, y), (255, 236, 170, a))
    # four glints at the corners, so the light seems to pulse outwards
    for gx, gy in ((3, 3), (w - 4, 3), (2, h - 9), (w - 3, h - 9)):
        px(s, gx, gy, (255, 252, 224, 255))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            px(s, gx + dx, gy + dy, (255, 236, 170, 150))
    s.blit(body, (0, 0))


# ================================================================== the corridor falls apart
def corridor_collapse(s: pygame.Surface) -> None:
    w, h = s.get_size()
    n = value_noise("collapse-wash", 30)
    # ---- a cold grey wash draining the violet, heavier in the roof
    for y in range(h):
        for x in range(w):
            a = 0.42 + 0.16 * n(x, y) + (0.25 * (1 - y / 80) if y < 80 else 0)
            a += (bayer(x, y) - 0.5) * 0.08
            c = lerp((138, 140, 150), (54, 56, 66), 1 - y / h)
            s.set_at((x, y), (*c, int(min(0.82, a) * 255)))
    _sagging_roof(s)
    # rips in the padded wall between the ribs (clear of the lamps and the two doors):
    # (x, y, length, width, angle from vertical in degrees)
    rips = [(176, 122, 64, 18, 12), (298, 150, 30, 9, -22), (420, 128, 92, 30, 4),
            (546, 104, 40, 12, 28), (652, 132, 104, 36, -7), (792, 112, 58, 18, 16),
            (62, 84, 34, 10, -14), (880, 76, 30, 9, 24), (356 + 62, 200, 20, 5, 80)]
    for k, (rx, ry, ln, wd, ang) in enumerate(rips):
        _rip(s, rx, ry, ln, wd, ang, f"wall-rip-{k}")
    # the ribs: three torn through and sagging, one bowing; the three that carry the little
    # lamps (x = 234, 482, 730) are left standing so the lamps stay in sight
    for k, rx in enumerate(110 + 124 * i for i in range(7)):
        if k in (2, 4, 6):
            _torn_rib(s, rx, f"rib-{k}")
        elif k == 0:
            _bowed_rib(s, rx, -4)
    # splits in the floor, near the front, off the middle of the path
    for k, (rx, ry, ln, wd) in enumerate(((330, 288, 54, 6), (694, 284, 38, 5), (150, 292, 24, 4))):
        _rip(s, rx, ry, ln, wd, 88 + k * 3, f"floor-rip-{k}")
    # threads: hanging from the roof and strung across the wall
    r = rng("collapse-threads")
    for _ in range(60):
        x = r.randrange(4, w - 4)
        hanging(s, x, r.randrange(0, 50), r.randrange(20, 150), r.uniform(-2, 2), 220)
    for _ in range(16):
        x0 = r.randrange(0, w - 60)
        y0 = r.randrange(30, 150)
        thread(s, (x0, y0), (x0 + r.randrange(30, 120), y0 + r.randrange(-30, 40)), r.uniform(4, 20), 200)


def _sagging_roof(s: pygame.Surface) -> None:
    """The roof cloth coming down in swags between the ribs, dark and cold."""
    w = s.get_width()
    cloth = [lerp(c, (76, 76, 86), 0.6) for c in CORRIDOR["cloth"]]
    r = rng("roof")
    anchors = [-14 + 124 * k for k in range(10)]
    for k in range(len(anchors) - 1):
        x0, x1 = anchors[k] + 110, anchors[k + 1] + 110
        drop = 26 + r.randrange(0, 34)
        for x in range(max(0, x0), min(w, x1)):
            t = (x - x0) / (x1 - x0)
            bottom = 8 + drop * math.sin(t * math.pi) ** 0.8 + 2 * math.sin(x / 5.0)
            for y in range(0, round(bottom)):
                fold = 0.5 + 0.35 * math.sin(x / 7.0 + y / 30) - 0.3 * (1 - y / bottom)
                s.set_at((x, y), (*dither_pick(cloth[:5], fold, x, y), 255))
            s.set_at((x, round(bottom)), (*CORRIDOR["ink"], 255))
            if r.random() < 0.08:  # loose threads from the hem
                hanging(s, x, bottom + 1, r.randrange(4, 20), r.uniform(-1, 1), 230)
        # a rip in the swag, showing the white nothing above
        if k % 2 == 0:
            cx = (x0 + x1) / 2 + r.randrange(-20, 20)
            _rip(s, cx, 6 + drop * 0.35, 30, 8, 84, f"roof-rip-{k}")


def _rip(s: pygame.Surface, cx: float, cy: float, length: float, width: float, angle: float,
         seed: str) -> None:
    """A ragged slit in the cloth pulled open onto white nothing: jagged inked edges, a pale
    torn rim, and fibres still stretched across the gap."""
    r = rng(seed)
    ang = math.radians(angle)
    ax, ay = math.sin(ang), math.cos(ang)      # along the rip
    nx, ny = ay, -ax                           # across it
    jag_l = value_noise(seed + "-l", 3)
    jag_r = value_noise(seed + "-r", 3)
    cloth = [lerp(c, (120, 120, 132), 0.4) for c in CORRIDOR["cloth"]]
    half_len = length / 2
    skew = r.uniform(-0.55, 0.55)  # the widest point off the middle, so no two look alike

    def halfwidths(u: float) -> tuple[float, float]:
        t = u / half_len
        if abs(t) >= 1:
            return -1.0, -1.0
        base = width / 2 * (1 - t * t) ** 0.75 * (1 + skew * t)
        return (base * (0.7 + 0.6 * jag_l(u * 2.3, 0)) + 0.8 * ((int(u) % 5) == 0),
                base * (0.7 + 0.6 * jag_r(u * 2.3, 7)) + 0.8 * ((int(u) % 4) == 0))

    reach = max(length, width) / 2 + 4
    inside: set[tuple[int, int]] = set()
    for y in range(int(cy - reach), int(cy + reach) + 1):
        for x in range(int(cx - reach), int(cx + reach) + 1):
            u = (x - cx) * ax + (y - cy) * ay
            v = (x - cx) * nx + (y - cy) * ny
            hl, hr = halfwidths(u)
            if hl < 0:
                continue
            if -hl <= v <= hr:
                inside.add((x, y))
    for (x, y) in inside:
        edge = sum((x + dx, y + dy) not in inside for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        near = sum((x + dx, y + dy) not in inside for dx in (-2, 0, 2) for dy in (-2, 0, 2))
        if edge:
            c = CORRIDOR["ink"]
        elif near:
            c = dither_pick(HOLE[1:3], 0.5, x, y)
        else:
            c = HOLE[3]
        px(s, x, y, (*c, 255))
    # the torn cloth rim: one paler, frayed pixel around the ink
    for (x, y) in inside:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            q = (x + dx, y + dy)
            if q not in inside and r.random() < 0.6:
                if 0 <= q[0] < s.get_width() and 0 <= q[1] < s.get_height() and \
                        s.get_at(q).a < 255 or r.random() < 0.5:
                    px(s, q[0], q[1], (*cloth[4], 255))
    # a flap of torn cloth curling over into the gap
    if width >= 12:
        u = r.uniform(-half_len * 0.4, half_len * 0.2)
        side = r.choice((-1, 1))
        hl, hr = halfwidths(u)
        e = hl if side < 0 else hr
        p0 = (cx + ax * u + side * nx * e, cy + ay * u + side * ny * e)
        p1 = (p0[0] + ax * 9, p0[1] + ay * 9)
        tip = (p0[0] - side * nx * e * 0.9 + ax * 8, p0[1] - side * ny * e * 0.9 + ay * 8)
        flap = [p0, p1, tip]
        pygame.draw.polygon(s, (*cloth[2], 255), flap)
        pygame.draw.line(s, (*cloth[4], 255), p0, tip, 1)
        pygame.draw.polygon(s, (*CORRIDOR["ink"], 255), flap, 1)
    # fibres still stretched across the gap
    for _ in range(int(length // 22) if width >= 14 else 0):
        u = r.uniform(-half_len * 0.7, half_len * 0.7)
        hl, hr = halfwidths(u)
        du = r.uniform(-4, 4)
        p0 = (cx + ax * u - nx * hl, cy + ay * u - ny * hl)
        p1 = (cx + ax * (u + du) + nx * hr, cy + ay * (u + du) + ny * hr)
        thread(s, p0, p1, r.uniform(0.0, 1.5), 235, glint=0, colour=(60, 58, 72))


def _rib_column(s: pygame.Surface, x_of: Callable[[float], float], y0: int, y1: int,
                cloth: list[tuple[int, ...]]) -> None:
    for y in range(y0, y1):
        rx = x_of(y)
        for xx in range(round(rx) - 9, round(rx) + 10):
            t = 1 - abs(xx - rx) / 9.5
            shade = 0.12 + 0.65 * t - 0.1 * (xx > rx)
            px(s, xx, y, (*dither_pick(cloth, shade, xx, y), 255))
        px(s, round(rx) - 10, y, (*CORRIDOR["ink"], 255))
        px(s, round(rx) + 10, y, (*CORRIDOR["ink"], 255))


def _bowed_rib(s: pygame.Surface, rx: int, bow: int) -> None:
    """A rib bulging sideways under the weight of the roof (drawn over the straight one)."""
    cloth = [lerp(c, (96, 96, 108), 0.58) for c in CORRIDOR["cloth"][1:7]]

    def x_of(y: float) -> float:
        t = (y - 34) / 174
        return rx + bow * math.sin(max(0.0, min(1.0, t)) * math.pi)

    _rib_column(s, x_of, 40, 208, cloth)
    # the rib's seam, puckered
    for y in range(46, 204, 7):
        px(s, round(x_of(y)), y, (*cloth[0], 255))
        px(s, round(x_of(y)) + 1, y + 1, (*cloth[0], 255))


def _torn_rib(s: pygame.Surface, rx: int, seed: str) -> None:
    """A rib torn through: a white gap where it split, the top half hanging limp and bent."""
    r = rng(seed)
    cloth = [lerp(c, (96, 96, 108), 0.58) for c in CORRIDOR["cloth"][1:7]]
    gap_top = 96 + r.randrange(0, 30)
    gap_bot = gap_top + 44 + r.randrange(0, 20)
    # the white where the rib was, a little wider than the rib
    _rip(s, rx, (gap_top + gap_bot) / 2, gap_bot - gap_top + 14, 30, 0, seed + "-gap")
    # the lower stump, slumped and leaning
    _rib_column(s, lambda y: rx + 6 * ((y - gap_bot) / (208 - gap_bot)) ** 0.5 - 6, gap_bot, 208, cloth)
    # the top part: sagging down into the gap and curling outwards, ending in a frayed tail
    def top_x(y: float) -> float:
        t = max(0.0, (y - 40) / (gap_top + 14 - 40))
        return rx + 10 * t ** 2.5

    _rib_column(s, top_x, 40, gap_top + 14, cloth)
    tail = round(top_x(gap_top + 14))
    for k in range(-8, 9, 2):  # frayed threads from the torn end
        ln = r.randrange(6, 18)
        hanging(s, tail + k, gap_top + 14, ln, r.uniform(-1.5, 1.5), 240)
    # the lower stump's torn top
    for k in range(-9, 10, 3):
        for j in range(r.randrange(2, 6)):
            px(s, round(rx - 6 + k), gap_bot - j, (*CORRIDOR["ink"], 255))


# ================================================================== the severed hand
def beldam_hand(s: pygame.Surface) -> None:
    """Side view: walking on its needle fingertips like a spider, the stump trailing threads."""
    w, h = s.get_size()
    fig = surf(w, h)
    skin = PORCELAIN
    # the back of the hand: a narrow slab, the wrist rising to the stump
    pygame.draw.polygon(fig, (*skin[3], 255),
                        [(5, 8), (12, 6), (19, 5), (22, 8), (20, 12), (13, 14), (6, 13)])
    for x in range(8, 20):  # lit top edge and a shadowed underside
        px(fig, x, 6 if x > 11 else 7, (*skin[4], 255))
        px(fig, x, 13 if x < 14 else 12, (*skin[1], 255))
    for kx, ky in ((16, 8), (18, 10)):  # tendons
        px(fig, kx, ky, (*skin[2], 255))
        px(fig, kx - 2, ky, (*skin[2], 255))
    # the ragged stump of black thread
    r = rng("hand-stump")
    for y in range(7, 15):
        for x in range(2, 6):
            if r.random() < 0.75 or x >= 4:
                fig.set_at((x, y), (*INK, 255))
    outline(fig, (*INK, 255))
    # fingers, far to near, each with its own ink edge: knuckle, a high arch, then a long
    # needle down to the floor; the thumb tucked under on the near side
    fingers = [
        ((19, 6), (22, 1), (26, 3), (27, 27), 1),
        ((21, 7), (26, 2), (31, 5), (33, 27), 2),
        ((21, 10), (29, 6), (35, 10), (39, 27), 3),
        ((13, 13), (11, 17), (10, 19), (8, 27), 3),
    ]
    for k, j1, j2, tip, shade in fingers:
        mid = _needle_mid(j2, tip, 12)
        m = (round(mid[0]), round(mid[1]))
        for a, b in ((k, j1), (j1, j2), (j2, m)):
            pygame.draw.line(fig, (*INK, 255), (a[0], a[1] - 1), (b[0], b[1] - 1), 1)
            pygame.draw.line(fig, (*INK, 255), (a[0] + 1, a[1] + 1), (b[0] + 1, b[1] + 1), 1)
            pygame.draw.line(fig, (*INK, 255), (a[0] - 1, a[1]), (b[0] - 1, b[1]), 1)
        for a, b in ((k, j1), (j1, j2), (j2, m)):
            pygame.draw.line(fig, (*skin[shade], 255), a, b, 1)
        px(fig, j1[0], j1[1], (*skin[4], 255))  # the knuckle's glint
        _needle(fig, mid, tip)
    # threads trailing from the stump
    for k, (ex, ey) in enumerate(((0, 4), (0, 16), (2, 22), (1, 10))):
        thread(fig, (3, 9 + k * 2), (ex, ey), 1.5, 255, glint=0, colour=INK)
    s.blit(fig, (0, 0))


def build() -> None:
    make_prop(LAYOUT, "door_web", door_web)
    make_prop(LAYOUT, "beldam_spider", beldam_spider)
    make_prop(LAYOUT, "beldam_spider_blind", beldam_spider_blind)
    make_prop(LAYOUT, "snow_globe_glow", snow_globe_glow)
    make_prop(LAYOUT, "corridor_collapse", corridor_collapse)
    make_prop(LAYOUT, "beldam_hand", beldam_hand)
