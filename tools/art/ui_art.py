"""Inventory item icons (24x24) and mouse cursors (24x24) with their hotspots; deterministic.

Icons sit on the dark inventory bar (#100c16, slots #1c1624): each has a 1 px dark outline
and a lit rim so even the black iron key reads.  Cursors are cream with a dark outline, so they read on any
background.  Hotspots go to assets/ui/cursors.json.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pygame

from art.base import ASSETS, save
from art.character_parts import (
    Canvas, Ramp, m_ellipse, m_limb, m_poly, m_rect, m_rows,
)

S = 24

# ---------------------------------------------------------------- palettes
IRON = Ramp.of("#07060b", "#2a2734", "#433e52", "#615a74", "#a49cbc")
BUTTON = Ramp.of("#07060b", "#15121c", "#241f2e", "#3a3448", "#7a7090")
HAZEL = Ramp.of("#1e1008", "#4a2c16", "#6e4424", "#94643a", "#c09060")
YELLOW = Ramp.of("#5e3a06", "#a86e12", "#dc9e1c", "#f8c830", "#fff07a")
BLUE = Ramp.of("#101846", "#22399a", "#2f55cc", "#4a80f0", "#94c0ff")
CLOTH = Ramp.of("#4e2a22", "#c0907a", "#e2b494", "#f4d2b4")   # the doll's stitched face
JEANS = Ramp.of("#0c1024", "#1a2140", "#283460", "#3a4a80")
BOOTS = Ramp.of("#4a0a1c", "#a01a3a", "#da3454", "#ff6e84")
CREAM = Ramp.of("#1c1424", "#b8a27e", "#e6d6b4", "#fff6e0")
THREAD = Ramp.of("#2a0a12", "#7a1424", "#b42636", "#e25a5a")
SPOOL = Ramp.of("#2a1a0c", "#7a5630", "#a8804c", "#d4ae74")
GREEN = Ramp.of("#0e2412", "#2a6a32", "#48984a", "#7cc46a")


def _surf(cv: Canvas) -> pygame.Surface:
    return cv.surface()


# ================================================================ icons
def button_key() -> pygame.Surface:
    """An old iron key, its bow a four-hole button; lying on the diagonal."""
    cv = Canvas(S, S)
    # shaft from the bow down to the bit (3 px thick on the diagonal)
    shaft = m_limb([(10, 11), (20, 21)], 2) | m_limb([(11, 10), (21, 20)], 1)
    cv.paint(shaft, IRON)
    # the bit: two square teeth off the lower side of the shaft
    teeth = m_rect(15, 20, 3, 3) | m_rect(18, 22, 2, 2) | {(19, 21)}
    cv.paint(teeth, IRON)
    cv.paint(m_rect(19, 19, 3, 3), IRON)  # the end of the shaft
    # a collar where bow meets shaft
    cv.paint(m_rect(11, 11, 3, 3), IRON)
    # the bow: a round button
    cx = cy = 7.0
    bow = m_ellipse(cx, cy, 7, 7)
    cv.paint(bow, BUTTON)
    for x, y in bow:  # raised rim, lit from the upper left
        r = ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) ** 0.5
        if r > 5.4:
            c = BUTTON[4] if x + y < 11 else BUTTON[3] if x + y < 15 else BUTTON[1]
            cv.put(x, y, c)
        elif r > 4.4 and x + y >= 15:
            cv.put(x, y, BUTTON[3])
    for hx, hy in ((4, 4), (8, 4), (4, 8), (8, 8)):  # four holes
        cv.put(hx, hy, (6, 5, 9))
        cv.put(hx + 1, hy, (6, 5, 9))
        cv.put(hx, hy + 1, (6, 5, 9))
        cv.put(hx + 1, hy + 1, BUTTON[3])
    # glints on the shaft
    for i in range(5):
        cv.put(12 + i, 12 + i, IRON[4] if i % 2 == 0 else IRON[3])
    return _surf(cv)


def rag_doll() -> pygame.Surface:
    """A little doll that looks like Coraline: blue yarn hair, yellow raincoat, button eyes."""
    cv = Canvas(S, S)
    # legs and boots
    for lx in (9, 13):
        cv.paint(m_rect(lx, 17, 2, 4), JEANS)
        cv.paint(m_rect(lx, 20, 3 if lx == 13 else 2, 3) | ({(lx - 1, 22)} if lx == 9 else set()), BOOTS)
    # floppy arms out to the sides
    cv.paint(m_limb([(7, 12), (4, 16)], 2), YELLOW)
    cv.paint(m_limb([(15, 12), (18, 16)], 2), YELLOW)
    cv.paint(m_rect(3, 17, 2, 2), CLOTH)
    cv.paint(m_rect(19, 17, 2, 2), CLOTH)
    # raincoat
    coat = m_rows({12: (8, 15), 13: (8, 15), 14: (7, 16), 15: (7, 16), 16: (6, 17), 17: (6, 17), 18: (6, 17)})
    cv.paint(coat, YELLOW)
    for y in range(13, 19):
        cv.put(11 if y % 2 else 12, y, YELLOW[1])  # stitched placket
    cv.put(10, 15, YELLOW[0])
    cv.put(13, 15, YELLOW[0])
    # head: cloth face under a mop of blue yarn
    head = m_ellipse(11.5, 7, 5.5, 5)
    cv.paint(head, CLOTH)
    hair = m_rows({1: (8, 15), 2: (6, 17), 3: (5, 18), 4: (5, 18), 5: (5, 7), 6: (5, 6), 7: (5, 6), 8: (5, 6),
                   9: (5, 6), 10: (6, 6)})
    hair |= {(x, 5) for x in (9, 10, 13, 14, 16, 17, 18)} | {(17, y) for y in range(5, 11)} | \
        {(18, y) for y in range(5, 10)}
    cv.paint(hair, BLUE)
    for x in range(6, 18, 2):  # yarn strands
        for y in range(2, 5):
            if (x, y) in hair and (x + y) % 3 == 0:
                cv.put(x, y, BLUE[1])
    # button eyes with a light rim pixel and a thread glint
    for ex in (8, 13):
        cv.put(ex, 7, BUTTON[3])
        cv.put(ex + 1, 7, BUTTON[1])
        cv.put(ex, 8, BUTTON[1])
        cv.put(ex + 1, 8, BUTTON[0])
        cv.put(ex + 1, 8, (6, 5, 9))
    # stitched smile and cheeks
    for x in (10, 12):
        cv.put(x, 10, (138, 58, 64))
    cv.put(11, 11, (138, 58, 64))
    cv.put(7, 9, (240, 150, 140))
    cv.put(16, 9, (240, 150, 140))
    # the dragonfly clip
    cv.put(16, 2, (255, 79, 168))
    cv.put(15, 2, (200, 246, 255))
    cv.put(17, 2, (200, 246, 255))
    return _surf(cv)


def dowsing_rod() -> pygame.Surface:
    """A forked hazel stick: a Y with a couple of knots and one green bud."""
    cv = Canvas(S, S)
    stem = m_limb([(11, 22), (11, 16), (11, 12)], 2)
    left = m_limb([(11, 13), (8, 8), (5, 3), (4, 1)], 2)
    right = m_limb([(12, 13), (15, 8), (18, 3), (19, 1)], 2)
    cv.paint(left, HAZEL)
    cv.paint(right, HAZEL)
    cv.paint(stem, HAZEL)
    # bark: a lit left edge, knots, a peeled cut end at the bottom
    for y in range(13, 22):
        cv.put(11, y, HAZEL[3])
        cv.put(12, y, HAZEL[1])
    for y in (15, 19):
        cv.put(12, y, HAZEL[0])
        cv.put(11, y, HAZEL[2])
    cv.put(11, 22, HAZEL[4])
    cv.put(12, 22, HAZEL[3])
    cv.put(6, 5, HAZEL[0])
    cv.put(16, 9, HAZEL[0])
    cv.put(4, 1, HAZEL[4])
    cv.put(19, 1, HAZEL[3])
    # a small leaf bud on the right arm
    cv.paint({(18, 7), (19, 7), (19, 6), (20, 6), (20, 5)}, GREEN)
    return _surf(cv)


CHEESE = Ramp.of("#3e2a08", "#8c6a22", "#b48e38", "#ceac56", "#e4ca80")
RIND = Ramp.of("#2e1e08", "#5e4214", "#80601e", "#9c7a2e")
CHINA = Ramp.of("#2c2a3a", "#9e9ab2", "#c8c4d8", "#eceaf4", "#ffffff")
TEA = Ramp.of("#120a06", "#2a1a0e", "#4a3018", "#6a4a26")
ROSE = Ramp.of("#4a1424", "#b8486a", "#e07894", "#f4a8bc")
GILT = Ramp.of("#4a3208", "#a07c24", "#d4aa44", "#f4d67a")
STONE = Ramp.of("#141e1a", "#3a4a42", "#566a5c", "#76907c", "#9eb6a2", "#c4d6c4")
WAX = Ramp.of("#4a4440", "#b6aea2", "#d8d2c6", "#f0ece4", "#ffffff")
SEPIA = Ramp.of("#241608", "#4e3620", "#7a5a38", "#a48258", "#c8aa7c", "#e6d2a8")
CARD = Ramp.of("#3a3228", "#b8ac94", "#d8ceb8", "#eee6d4", "#faf6ec")


def cheese() -> pygame.Surface:
    """A sad, dry wedge of cheese: cracked, holes gone dark, a few crumbs fallen off."""
    cv = Canvas(S, S)
    tip, far, near = (2, 14), (15, 6), (21, 10)
    top = m_poly([tip, far, near], S, S)
    side = m_poly([tip, near, (21, 17), (2, 19)], S, S)
    cv.paint(side, CHEESE, base=2)
    cv.paint(top - side, CHEESE, base=4)
    # the hard, darkened rind along the back edge and down the thick end
    for (x, y) in top - side:
        if (x + 1, y - 1) not in top and (x, y - 1) not in top and x > 8:
            cv.put(x, y, RIND[3])
    for y in range(10, 18):
        cv.put(20, y, RIND[2])
        cv.put(19, y, RIND[3] if y % 3 else RIND[1])
    # holes: dark hollows in the side, lit on their lower rims; dimples on top
    for hx, hy, rx, ry in ((7.5, 16.5, 1.6, 1.2), (13.5, 14.5, 2.0, 1.6), (17, 16, 1.0, 1.0),
                           (10, 18.3, 0.8, 0.8)):
        for (x, y) in m_ellipse(hx, hy, rx, ry):
            if (x, y) in side:
                cv.put(x, y, CHEESE[0] if y < hy + 0.5 * ry else CHEESE[1])
        cv.recolour_px(int(hx), int(hy + ry), CHEESE[4])
    for x, y in ((12, 9), (16, 9)):
        cv.put(x, y, CHEESE[2])
        cv.put(x + 1, y, CHEESE[1])
    # cracks across the dried-out top, and a bite missing from the edge
    for x, y in ((6, 12), (7, 12), (8, 11), (9, 11), (10, 12), (14, 8), (15, 8)):
        cv.recolour_px(x, y, CHEESE[0])
    cv.erase({(3, 14), (4, 14), (4, 15)})
    for x in range(2, 21):  # the bottom edge gone brown
        cv.recolour_px(x, 18 if x < 12 else 17, CHEESE[1])
    # crumbs
    for x, y in ((6, 21), (11, 22), (16, 20)):
        cv.paint({(x, y)}, CHEESE, base=2)
    return _surf(cv)


def teacup() -> pygame.Surface:
    """A rose-painted china cup on its saucer, cold tea drunk down to a clot of dark leaves."""
    cv = Canvas(S, S)
    saucer = m_ellipse(11.5, 19.5, 10.5, 2.6)
    cv.paint(saucer, CHINA)
    for x in range(2, 22):
        if (x, 21) in cv.col:
            cv.put(x, 21, CHINA[1])
    handle = {(x, y) for (x, y) in m_ellipse(18.5, 12, 3.4, 3.4)} - m_ellipse(18.5, 12, 1.6, 1.8)
    cv.paint(handle, CHINA)
    body = m_poly([(4, 8), (19, 8), (18, 13), (16, 17), (7, 17), (5, 13)], S, S)
    cv.paint(body, CHINA)
    cv.paint(m_rect(9, 17, 6, 2), CHINA, base=1)  # the foot ring
    # the mouth of the cup, seen from a little above: gilt rim, then the dark leaves inside
    rim = m_ellipse(11.5, 7.5, 8, 2.5)
    cv.paint(rim, CHINA, base=4)
    inside = m_ellipse(11.5, 7.7, 6.5, 1.6)
    cv.paint(inside, TEA)
    for x, y in ((8, 7), (10, 8), (13, 7), (14, 8), (11, 7), (16, 8)):
        cv.put(x, y, TEA[3] if (x + y) % 2 else TEA[0])  # leaves stuck to the china
    for (x, y) in rim - inside:
        if y <= 6 or (x, y - 1) not in rim:
            cv.put(x, y, GILT[3] if x < 12 else GILT[2])
    # a band of painted roses and leaves under the rim, a gilt line at the base
    for x in range(5, 19):
        if (x, 11) in body:
            cv.put(x, 11, (ROSE[1], ROSE[2], GREEN[1], CHINA[3])[(x - 1) % 4])
    for x, y in ((7, 12), (11, 12), (15, 12)):
        cv.put(x, y, ROSE[3])
    for x in range(7, 17):
        cv.put(x, 16, GILT[2] if x % 2 else GILT[1])
    # a shine down the left of the cup
    for y in range(9, 14):
        cv.put(6 if y < 13 else 7, y, CHINA[4])
    return _surf(cv)


def seeing_stone() -> pygame.Surface:
    """A smooth, round-cornered triangle of green-grey stone with a hole worn right through."""
    cv = Canvas(S, S)
    tri = m_poly([(12, 2), (22, 20), (2, 20)], S, S)
    # round the corners off: keep what lies inside a generous circle round the middle
    stone = {(x, y) for (x, y) in tri if (x + 0.5 - 12) ** 2 + (y + 0.5 - 14) ** 2 <= 10.2 ** 2}
    stone = {(x, y) for (x, y) in stone if not (y == 20 and (x < 5 or x > 18))}
    cv.paint(stone, STONE)
    # a soft highlight, polished by water, up and to the left
    for (x, y) in m_ellipse(9.5, 11, 2.5, 3.2):
        if (x, y) in stone:
            cv.put(x, y, STONE[4])
    cv.put(9, 10, STONE[5])
    cv.put(10, 9, STONE[5])
    # faint bands in the stone
    for x in range(5, 20):
        for y in (16, 17):
            if (x, y) in stone and (x + y) % 3 == 0:
                cv.put(x, y, STONE[2])
    hole = m_ellipse(13, 14, 3.4, 3.2)
    cv.erase(hole)
    # the inner wall of the hole: lit on its lower right, shadowed on its upper left
    for (x, y) in m_ellipse(13, 14, 4.4, 4.2) - hole:
        if (x, y) in cv.col:
            cv.col[(x, y)] = STONE[1] if (x - 13) + (y - 14) < 0 else STONE[4]
    return _surf(cv)


def taffy() -> pygame.Surface:
    """Three old taffies in waxed paper, twisted at the ends, melted into one sticky lump."""
    cv = Canvas(S, S)
    candy = (
        (7.5, 15.5, -1, Ramp.of("#4a1a2a", "#c86a8a", "#e494aa", "#f6c2cc")),   # faded pink
        (15.5, 16.5, 1, Ramp.of("#3a3410", "#c4b45a", "#e0d27e", "#f4ecb0")),   # old lemon
        (11.5, 9.5, 0, Ramp.of("#16382a", "#6aa888", "#92c8a8", "#c4e6d0")),    # mint
    )
    for cx, cy, tilt, ramp in candy:
        # the twisted paper ends: little fans either side
        for side in (-1, 1):
            tx = int(cx + side * 5)
            ty = int(cy + side * tilt)
            fan = {(tx + side * i, ty + j) for i in range(3) for j in range(-i - 1, i + 2)}
            fan |= {(tx, ty)}
            cv.paint(fan, WAX)
            for i in range(3):
                cv.put(tx + side * i, ty, WAX[1])
        body = m_ellipse(cx, cy, 4.2, 3.2)
        cv.paint(body, ramp)
        # the waxed paper over it: pale stripes and a glint
        for (x, y) in body:
            if (x + y) % 4 == 0:
                cv.put(x, y, WAX[3])
        cv.put(int(cx) - 2, int(cy) - 2, WAX[4])
        cv.put(int(cx) - 1, int(cy) - 2, WAX[4])
    # where they have melted together: brown sticky seams
    for x, y in ((11, 14), (11, 15), (12, 15), (12, 13), (10, 12), (13, 12), (11, 17)):
        cv.put(x, y, (122, 74, 40))
    cv.put(12, 14, (168, 110, 60))
    return _surf(cv)


def old_photo() -> pygame.Surface:
    """A small, curling sepia photograph with a white border: two identical little girls."""
    cv = Canvas(S, S)
    card = m_rect(3, 2, 18, 20)
    cv.paint(card, CARD, flat=True, base=3)
    for x in range(3, 21):
        cv.put(x, 21, CARD[1])  # the card's shadowed lower edge
    for y in range(2, 22):
        cv.put(20, y, CARD[2])
    cv.put(20, 2, CARD[1])  # a bent corner
    cv.erase({(20, 2)})
    # the picture: a sepia room, lighter up top, a dark vignette round the edge
    for y in range(4, 18):
        for x in range(5, 19):
            edge = min(x - 5, 18 - x, y - 4, 17 - y)
            lv = 2 if y < 15 else 1
            if edge == 0:
                lv -= 1
            cv.put(x, y, SEPIA[lv], CARD[0])
    for x in range(6, 18):  # a skirting line behind them, the floor
        cv.put(x, 14, SEPIA[1])
    # two little girls, the same: dark bobbed hair with bows, white dresses, dark stockings
    girl = [
        "kk.kk",
        ".kkk.",
        "kkkkk",
        "kSSsk",
        "kSSsk",
        "..s..",
        ".SSs.",
        "SSSSs",
        "sSSss",
        "SSSSs",
        ".k.k.",
        ".k.k.",
    ]
    tone = {"k": SEPIA[0], "S": SEPIA[5], "s": SEPIA[4]}
    for gx in (6, 13):
        for j, row in enumerate(girl):
            for i, ch in enumerate(row):
                if ch != ".":
                    cv.put(gx + i, 5 + j, tone[ch], CARD[0])
    # a crease across one corner
    for i in range(4):
        cv.recolour_px(15 + i, 18 + i, CARD[2])
        cv.recolour_px(15 + i, 17 + i if 17 + i <= 17 else 18 + i, CARD[2])
    return _surf(cv)


# ---------------------------------------------------------------- the hunt's items
def _hash(x: int, y: int, seed: int) -> int:
    """A fixed pixel hash for speckles (no randomness)."""
    return (x * 73856093 ^ y * 19349663 ^ seed * 83492791) & 0xFFFF


def _glow(surf: pygame.Surface, cx: float, cy: float, r: float, colour: tuple[int, int, int],
            reach: float = 2.6, strength: int = 130) -> pygame.Surface:
    """A soft halo: `colour`, fading out, on the empty pixels just outside a round outline."""
    for y in range(S):
        for x in range(S):
            if surf.get_at((x, y)).a:
                continue
            d = ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) ** 0.5 - r
            if d < reach:
                a = int(strength * (1 - max(0.0, d) / reach) ** 1.5)
                if a > 8:
                    surf.set_at((x, y), (*colour, a))
    return surf


def _along(a: tuple[float, float], b: tuple[float, float], width) -> set:
    """Pixels near the segment a->b; width(u) gives the half-width at u (0..1 along it)."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    ln = (dx * dx + dy * dy) ** 0.5
    ux, uy = dx / ln, dy / ln
    out = set()
    for y in range(S):
        for x in range(S):
            px, py = x + 0.5 - ax, y + 0.5 - ay
            u = (px * ux + py * uy) / ln
            v = -px * uy + py * ux
            if 0 <= u <= 1 and abs(v) <= width(u):
                out.add((x, y))
    return out


def _axis_uv(a: tuple[float, float], b: tuple[float, float], x: int, y: int) -> tuple[float, float]:
    """(u along a->b in 0..1, v across in pixels; v < 0 is the side to the upper left)."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    ln = (dx * dx + dy * dy) ** 0.5
    ux, uy = dx / ln, dy / ln
    px, py = x + 0.5 - ax, y + 0.5 - ay
    v = -px * uy + py * ux
    if ux < 0:
        v = -v
    return (px * ux + py * uy) / ln, v


EYE_STYLES = {
    # iris ramp (dark..light), inner ring colour, milky glass tint, glow colour, look, highlight, pattern
    "garden": (Ramp.of("#0c1a0a", "#243c16", "#3e6224", "#5e8834", "#8cb450"), (176, 128, 52),
               Ramp.of("#141a16", "#56665a", "#8ea290", "#c2d4c0", "#e4f0e0", "#ffffff"),
               (150, 220, 140), (-0.22, 0.06), "window", "spokes"),
    "theatre": (Ramp.of("#0a1222", "#22324c", "#3a5272", "#587898", "#8ca8c8"), (170, 196, 222),
                Ramp.of("#141824", "#525a70", "#8a94ac", "#c0c8da", "#e4eaf4", "#ffffff"),
                (150, 180, 235), (0.2, -0.2), "arc", "rings"),
    "circus": (Ramp.of("#140a04", "#3a200e", "#5e3618", "#865226", "#b27a3a"), (232, 178, 70),
               Ramp.of("#1e1610", "#6a5a4c", "#a8967e", "#d8c8ae", "#f2e8d6", "#ffffff"),
               (240, 190, 120), (0.04, 0.24), "star", "flecks"),
}


def _eye(area: str) -> pygame.Surface:
    """A ghost's eye: a glassy marble with an eye in it, faintly glowing; each its own."""
    iris, inner, glass, glow, (lx, ly), hl, pattern = EYE_STYLES[area]
    cv = Canvas(S, S)
    cx = cy = 12.0
    r = 7.6
    ball = m_ellipse(cx, cy, r, r)
    lnx, lny, lnz = -0.55, -0.62, 0.56
    for (x, y) in ball:
        nx, ny = (x + 0.5 - cx) / r, (y + 0.5 - cy) / r
        nz = max(0.0, 1 - nx * nx - ny * ny) ** 0.5
        lit = nx * lnx + ny * lny + nz * lnz
        lv = 1 if lit < 0.1 else 2 if lit < 0.55 else 3
        # light through the glass gathers on the far side: a bright crescent low on the right
        rr = (nx * nx + ny * ny) ** 0.5
        if 0.55 < rr < 0.9 and nx + ny > 0.75:
            lv = max(lv, 3)
        cv.put(x, y, glass[lv], glass.line)
    # the iris, a disc on the sphere turned towards `look`, foreshortened
    icx, icy = cx + lx * r, cy + ly * r
    irx, iry = 4.4 * (1 - lx * lx) ** 0.5, 4.4 * (1 - ly * ly) ** 0.5
    for (x, y) in ball:
        ex, ey = (x + 0.5 - icx) / irx, (y + 0.5 - icy) / iry
        d = (ex * ex + ey * ey) ** 0.5
        if d > 1.0:
            continue
        if d < 0.36:
            cv.put(x, y, (10, 8, 12) if d < 0.3 or ey > 0 else iris[0])
            continue
        lv = 2
        if pattern == "spokes":  # hazel: green streaks out from an amber ring round the pupil
            ang = math.atan2(ey, ex)
            lv = 3 if int((ang + math.pi) / (2 * math.pi) * 10) % 2 == 0 else 2
            if d < 0.6:
                cv.put(x, y, inner)
                continue
        elif pattern == "rings":  # grey-blue: a dark rim, a pale ring, a dark band, a pale collar
            lv = 3 if d < 0.55 else 1 if d < 0.7 else 3 if d < 0.86 else 1
            if d < 0.55 and (x + y) % 2 == 0:
                cv.put(x, y, inner)
                continue
        else:  # brown with gold flecks, darker under the top
            lv = 2 if ey > -0.3 else 1
            if _hash(x, y, 7) % 5 == 0 and d > 0.45:
                cv.put(x, y, inner)
                continue
        if d > 0.88:
            lv = 0
        elif ey < -0.55 and lv > 1:
            lv -= 1  # the top of the iris in its own shadow
        cv.put(x, y, iris[lv], glass.line)
    # highlights on the glass
    if hl == "window":  # a square window's reflection, and a small echo
        for p in m_rect(7, 6, 3, 2) | {(7, 8), (8, 8)}:
            cv.put(*p, glass[5])
        cv.put(9, 8, glass[4])
        cv.put(16, 15, glass[5])
    elif hl == "arc":  # a long curved gleam along the upper left, a footlight below
        for (x, y) in ball:
            nx, ny = (x + 0.5 - cx) / r, (y + 0.5 - cy) / r
            rr = (nx * nx + ny * ny) ** 0.5
            ang = math.degrees(math.atan2(ny, nx)) % 360
            if 0.66 < rr < 0.86 and 195 < ang < 262:
                cv.put(x, y, glass[5] if 210 < ang < 248 else glass[4])
        cv.put(14, 17, glass[5])
        cv.put(15, 17, glass[4])
    else:  # a four-pointed sparkle up on the right
        sx, sy = 15, 7
        for p in ((sx - 1, sy), (sx + 1, sy), (sx, sy - 1), (sx, sy + 1)):
            cv.put(*p, glass[4])
        cv.put(sx, sy - 2, glass[4])
        cv.put(sx - 2, sy, glass[4])
        cv.put(sx, sy, glass[5])
        cv.put(7, 10, glass[5])
        cv.put(7, 11, glass[4])
    return _glow(_surf(cv), cx, cy, r + 1.0, glow)


def eye_garden() -> pygame.Surface:
    """The ghost boy's eye: hazel green streaked round an amber ring; a window's square gleam."""
    return _eye("garden")


def eye_theatre() -> pygame.Surface:
    """A grey-blue eye of pale and dark rings, glancing up; a long curved gleam like a stage light."""
    return _eye("theatre")


def eye_circus() -> pygame.Surface:
    """A brown eye flecked with gold, looking down; a four-pointed sparkle."""
    return _eye("circus")


WOOD = Ramp.of("#1e1008", "#4a2a14", "#6e4220", "#965e30", "#b8804a")
NIGHT = Ramp.of("#0a0c1e", "#16204a", "#223266", "#30467e", "#4a6698")
SNOW = Ramp.of("#2a3450", "#a8b8d4", "#d4e0f0", "#ffffff")


def snow_globe() -> pygame.Surface:
    """A little glass dome on a turned wooden base: two tiny figures in the snow, flakes falling."""
    cv = Canvas(S, S)
    cx, cy, r = 12.0, 10.0, 7.6
    dome = {(x, y) for (x, y) in m_ellipse(cx, cy, r, r) if y <= 16}
    # inside: a winter night, lighter towards the bottom
    for (x, y) in dome:
        lv = 1 if y < 6 else 2 if y < 11 else 3
        cv.put(x, y, NIGHT[lv], (10, 12, 30))
    # the snowy ground, a little mound
    ground = {(x, y) for (x, y) in dome if y >= 14 or (y == 13 and 7 <= x <= 16)}
    for (x, y) in ground:
        cv.put(x, y, SNOW[2] if y == min(yy for xx, yy in ground if xx == x) else SNOW[1])
    # two tiny figures, side by side: a woman (dark bob, green) and a man (brown hair, blue)
    figs = ((9, (44, 26, 30), (70, 126, 92)), (14, (110, 70, 40), (74, 96, 150)))
    for fx, hair, coat in figs:
        cv.put(fx, 8, hair)
        cv.put(fx + 1, 8, hair)
        cv.put(fx, 9, (232, 190, 160))
        cv.put(fx + 1, 9, hair if fx == 9 else (232, 190, 160))
        for y in (10, 11):
            cv.put(fx, y, coat)
            cv.put(fx + 1, y, tuple(int(c * 0.7) for c in coat))
        cv.put(fx, 12, (30, 24, 34))
        cv.put(fx + 1, 12, (30, 24, 34))
    # flakes
    for x, y in ((7, 5), (11, 4), (15, 5), (17, 9), (6, 10), (12, 7), (16, 12), (8, 13), (13, 3), (5, 8)):
        if (x, y) in dome:
            cv.put(x, y, SNOW[3])
    # the glass: a pale rim and a curved gleam up on the left
    for (x, y) in dome:
        if any((x + dx, y + dy) not in dome for dx, dy in ((1, 0), (-1, 0), (0, -1))) and y < 13:
            cv.put(x, y, SNOW[1] if x < cx else (120, 136, 170))
    for p in ((6, 6), (6, 7), (7, 5), (8, 4), (9, 4)):
        cv.put(*p, SNOW[3])
    cv.put(16, 6, SNOW[2])
    # the turned wooden base
    base = m_rows({16: (4, 19), 17: (3, 20), 18: (3, 20), 19: (4, 19), 20: (3, 20), 21: (3, 20)})
    cv.paint(base, WOOD)
    for x in range(4, 20):
        cv.put(x, 16, WOOD[4] if x < 12 else WOOD[3])   # the lip the glass sits in
        cv.put(x, 19, WOOD[1])                          # a turned groove
    cv.put(3, 20, WOOD[4])
    cv.put(4, 20, WOOD[4])
    return _surf(cv)


CATI = Ramp.of("#040306", "#14101a", "#1e1928", "#2c263a", "#463e5c", "#6c6290")
SLEEVE = Ramp.of("#5e3a06", "#a86e12", "#dc9e1c", "#f8c830")


def cat() -> pygame.Surface:
    """The black cat held in her arms: head, chest and front paws over a yellow raincoat sleeve."""
    cv = Canvas(S, S)
    # the chest and shoulders, behind her arm
    chest = m_rows({13: (7, 17), 14: (6, 18), 15: (5, 19), 16: (5, 19), 17: (5, 19), 18: (5, 19)})
    cv.paint(chest, CATI, base=2)
    # her raincoat sleeve across the bottom, coming in from the left, its cuff tucked in behind
    a, b = (-3.0, 22.5), (17.5, 17.0)
    arm = _along(a, b, lambda u: 2.4)
    for (x, y) in arm:
        u, v = _axis_uv(a, b, x, y)
        lv = 3 if v < -1.2 else 2 if v < 0.9 else 1
        if 0.3 < u < 0.8 and (x * 3 + y) % 7 == 0 and lv == 2:
            lv = 1                          # creases in the raincoat
        cv.put(x, y, SLEEVE[lv], SLEEVE.line)
    flank = m_rows({15: (18, 19), 16: (17, 19), 17: (17, 19), 18: (16, 19), 19: (16, 18)})
    cv.paint(flank, CATI, base=1)
    # the front paws hanging over her arm
    for px in (7, 12):
        paw = m_rect(px, 15, 3, 6) | {(px, 21), (px + 1, 21), (px + 2, 21)}
        cv.paint(paw, CATI, base=2)
        cv.put(px, 16, CATI[4])
        cv.put(px, 17, CATI[3])
        cv.put(px + 1, 21, CATI[1])  # the toes
    # the head: round, with tall ears
    head = m_ellipse(12, 8.5, 6.6, 5.6)
    ears = m_poly([(5.5, 8), (6, 0.5), (10, 4)], S, S) | m_poly([(18.5, 8), (18, 0.5), (14, 4)], S, S)
    cv.paint(ears, CATI, base=2)
    cv.paint(head, CATI, base=2)
    for p in ((7, 3), (7, 4), (8, 4)):
        cv.put(*p, (110, 52, 80))          # pink inside the ears
    for p in ((17, 3), (17, 4), (16, 4)):
        cv.put(*p, (80, 38, 60))
    # the lit rim: top of the head and ears catch the light
    for (x, y) in head | ears:
        if (x, y - 1) not in head | ears and x < 15:
            cv.put(x, y, CATI[5] if x < 12 else CATI[4])
    # eyes: green-yellow, slit pupils
    for ex in (8, 14):
        cv.put(ex, 8, (240, 255, 154))
        cv.put(ex + 1, 8, (196, 232, 58))
        cv.put(ex, 9, (196, 232, 58))
        cv.put(ex + 1, 9, (150, 190, 40))
        cv.put(ex + (1 if ex == 8 else 0), 8, (10, 10, 6))
        cv.put(ex + (1 if ex == 8 else 0), 9, (10, 10, 6))
    cv.put(11, 11, (120, 60, 80))   # nose
    cv.put(12, 11, (120, 60, 80))
    cv.put(10, 12, CATI[1])
    cv.put(13, 12, CATI[1])
    return _surf(cv)


BRASS = Ramp.of("#241404", "#5a3c10", "#86621e", "#b08a34", "#d8b658", "#f6e2a0")
LENS = Ramp.of("#4a3a10", "#c8b466", "#f4e6a4", "#fffce8")


def torch() -> pygame.Surface:
    """An old brass usher's torch: a ridged barrel, a wide head, a yellowed lens, a little beam."""
    cv = Canvas(S, S)
    a, b = (2.5, 21.5), (15.5, 8.5)

    def width(u: float) -> float:
        return 1.7 if u < 0.62 else 1.7 + (u - 0.62) * 8 if u < 0.8 else 3.15
    body = _along(a, b, width)
    for (x, y) in body:
        u, v = _axis_uv(a, b, x, y)
        w = width(u)
        lv = 4 if v < -w * 0.4 else 3 if v < w * 0.15 else 2 if v < w * 0.65 else 1
        if 0.1 < u < 0.15 or 0.58 < u < 0.63 or 0.85 < u < 0.9:
            lv = max(0, lv - 2)          # ridges between the parts
        elif 0.2 < u < 0.55 and int(u * 44) % 3 == 0:
            lv = max(0, lv - 1)          # the knurled grip
        if u < 0.05:
            lv = max(0, lv - 1)          # the tail cap
        cv.put(x, y, BRASS[lv], BRASS.line)
    # the slide switch on the barrel
    for p in ((9, 13), (10, 12)):
        cv.put(*p, (60, 40, 24), BRASS.line)
    # a glint running down the barrel
    for i in range(5):
        cv.recolour_px(4 + i * 2, 18 - i * 2, BRASS[5])
    # the head's round face, turned a little towards us: a brass bezel round a yellowed lens
    ln = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    for y in range(S):
        for x in range(S):
            u, v = _axis_uv(a, b, x, y)
            e = ((u - 1) * ln / 2.2) ** 2 + (v / 3.3) ** 2
            if e <= 1:
                rim = e > 0.45
                cv.put(x, y, (BRASS[2] if v < 0 else BRASS[1]) if rim else
                       LENS[3] if (u - 1) * ln + v < -0.3 else LENS[2], BRASS.line)
    cv.put(16, 7, (255, 255, 255))
    surf = _surf(cv)
    return surf


FELT = Ramp.of("#3a0608", "#7a1016", "#a81c20", "#d03a30", "#ee6a54")
STRIPE = Ramp.of("#3a2a18", "#b8a27e", "#e6d6b4", "#fff6e0")


def drumstick() -> pygame.Surface:
    """A circus drumstick: a cream shaft with a red spiral stripe, a fat red felt head."""
    cv = Canvas(S, S)
    a, b = (2.5, 22.0), (14.5, 10.0)
    shaft = _along(a, b, lambda u: 1.1 + 0.3 * u)
    for (x, y) in shaft:
        u, v = _axis_uv(a, b, x, y)
        lv = 3 if v < -0.2 else 2 if v < 0.6 else 1
        if int((u * 17.0 + v * 0.6) % 3) == 0:
            cv.put(x, y, THREAD[min(3, lv)], STRIPE.line)   # the barber's-pole stripe
        else:
            cv.put(x, y, STRIPE[lv], STRIPE.line)
    # the felt head: a ball, fuzzy with dithered nap, a soft sheen up on the left
    cx, cy, r = 17.0, 7.0, 5.0
    ball = m_ellipse(cx, cy, r, r)
    for (x, y) in ball:
        nx, ny = (x + 0.5 - cx) / r, (y + 0.5 - cy) / r
        lit = -0.6 * nx - 0.7 * ny
        lv = 4 if lit > 0.55 else 3 if lit > 0.05 else 2 if lit > -0.5 else 1
        if _hash(x, y, 3) % 4 == 0:
            lv = max(0, lv - 1)
        cv.put(x, y, FELT[lv], FELT.line)
    # the brass collar where the felt is bound on
    for p in ((13, 11), (14, 10), (14, 11), (13, 12), (15, 10)):
        cv.put(*p, GILT[3] if p[0] + p[1] <= 24 else GILT[1], GILT[0])
    return _surf(cv)


STEEL = Ramp.of("#101218", "#3a3e4a", "#5e6472", "#8a909e", "#bcc2cc", "#eef2f6")
RUST = (138, 74, 40)


def garden_shears() -> pygame.Surface:
    """Old hedge shears, a little open: two long steel blades, a brass bolt, wooden handles."""
    cv = Canvas(S, S)
    piv = (11.0, 12.5)
    blades = [((17.5, 1.0), 0), ((22.5, 7.0), 1)]
    handles = [((5.5, 21.5), 0), ((1.5, 17.0), 1)]
    for (end, k) in sorted(handles, key=lambda h: -h[1]):   # wooden handles with steel necks
        m = _along(piv, end, lambda u: 0.8 if u < 0.3 else 1.25)
        for (x, y) in m:
            u, v = _axis_uv(piv, end, x, y)
            if u < 0.3:
                cv.put(x, y, STEEL[3 if v < 0 else 2], STEEL.line)
            else:
                lv = 4 if v < -0.3 else 2 if v < 0.5 else 1
                if k == 1:
                    lv = max(1, lv - 1)
                if u > 0.94:
                    lv = 0                         # the worn end
                cv.put(x, y, WOOD[lv], WOOD.line)
    for (end, k) in sorted(blades, key=lambda h: -h[1]):  # blades: broad at the bolt, to a point
        m = _along(piv, end, lambda u: 1.7 * (1 - u) + 0.35)
        for (x, y) in m:
            u, v = _axis_uv(piv, end, x, y)
            edge = v > 0.5 if k == 0 else v < -0.5     # the two cutting edges face each other
            lv = 5 if edge else 3 if v < 0 else 2
            if k == 1 and not edge:
                lv -= 1
            cv.put(x, y, STEEL[lv], STEEL.line)
    cv.recolour_px(13, 7, RUST)
    cv.recolour_px(16, 10, RUST)
    # the bolt
    cv.put(10, 12, GILT[3], GILT[0])
    cv.put(11, 12, GILT[2], GILT[0])
    cv.put(10, 13, GILT[2], GILT[0])
    cv.put(11, 13, GILT[1], GILT[0])
    return _surf(cv)


ROCK = Ramp.of("#0c0c10", "#2c2e34", "#45474e", "#60626a", "#7e8088", "#a2a4aa")


def rock() -> pygame.Surface:
    """A fist-sized grey rock: chipped into a few flat faces, speckled, one pale crack."""
    cv = Canvas(S, S)
    outline = [(3, 15), (5, 9), (9, 5), (15, 4.5), (19.5, 7.5), (21.5, 13), (20, 18.5), (14, 20.5),
               (7, 20), (3.5, 18)]
    stone = m_poly(outline, S, S)
    # faces: (point inside, shade) split by the ridges; each pixel takes its nearest face centre
    faces = [((8, 9), 4), ((15, 8), 3), ((6, 16), 3), ((13, 14), 2), ((19, 13), 1), ((14, 19), 1)]
    for (x, y) in stone:
        (fx, fy), lv = min(faces, key=lambda f: (x - f[0][0]) ** 2 + (y - f[0][1]) ** 2)
        if _hash(x, y, 11) % 7 == 0:
            lv = max(0, lv - 1)
        elif _hash(x, y, 5) % 11 == 0:
            lv = min(5, lv + 1)
        cv.put(x, y, ROCK[lv], ROCK.line)
    # the ridge between the lit faces catches the light
    for p in ((10, 6), (11, 7), (11, 8), (12, 9), (12, 10), (6, 12), (7, 12), (8, 12), (9, 12)):
        cv.recolour_px(*p, ROCK[5])
    # a crack, and a fleck of lichen
    for p in ((16, 11), (17, 12), (17, 13), (18, 14)):
        cv.recolour_px(*p, ROCK[0])
    cv.recolour_px(5, 15, (150, 160, 96))
    cv.recolour_px(6, 15, (118, 128, 72))
    return _surf(cv)


ICONS = {"button_key": button_key, "rag_doll": rag_doll, "dowsing_rod": dowsing_rod,
         "cheese": cheese, "teacup": teacup, "seeing_stone": seeing_stone, "taffy": taffy,
         "old_photo": old_photo,
         "eye_garden": eye_garden, "eye_theatre": eye_theatre, "eye_circus": eye_circus,
         "snow_globe": snow_globe, "cat": cat, "torch": torch, "drumstick": drumstick,
         "garden_shears": garden_shears, "rock": rock}


# ================================================================ cursors
def _cream(cv: Canvas, mask: set, shade: bool = True) -> None:
    cv.paint(mask, CREAM) if shade else cv.paint(mask, CREAM, flat=True)


def cursor_walk() -> tuple[pygame.Surface, tuple[int, int]]:
    """A small crosshair with two footprints in it."""
    cv = Canvas(S, S)
    ring = m_ellipse(12, 12, 7, 7) - m_ellipse(12, 12, 5, 5)
    ticks = m_rect(11, 2, 2, 3) | m_rect(11, 19, 2, 3) | m_rect(2, 11, 3, 2) | m_rect(19, 11, 3, 2)
    _cream(cv, ring | ticks)
    # two little footprints inside the ring (sole + heel), one ahead of the other
    for fx, fy in ((9, 11), (13, 8)):
        cv.fill(m_rect(fx, fy, 2, 3) | {(fx, fy + 4), (fx + 1, fy + 4)}, CREAM[2], CREAM.line)
    return cv.surface(), (12, 12)


def cursor_look() -> tuple[pygame.Surface, tuple[int, int]]:
    """An eye."""
    cv = Canvas(S, S)
    white = m_poly([(2, 12), (6, 7.5), (12, 6), (18, 7.5), (22, 12), (18, 16.5), (12, 18), (6, 16.5)], 24, 24)
    _cream(cv, white)
    iris = m_ellipse(12, 12, 4, 4)
    cv.fill(iris, (58, 74, 120), CREAM.line)
    for x, y in iris:
        if x + y <= 20:
            cv.put(x, y, (86, 110, 168))
    cv.fill(m_rect(11, 11, 2, 2), (20, 14, 26), CREAM.line)
    cv.put(10, 10, (255, 255, 255))
    # lashes / lid line
    for x in range(6, 19):
        if (x, 7) in cv.col:
            cv.put(x, 7, CREAM.line)
    for x in (7, 12, 17):
        cv.put(x, 5 if x == 12 else 6, CREAM.line)
    return cv.surface(), (12, 12)


def cursor_use() -> tuple[pygame.Surface, tuple[int, int]]:
    """A pointing hand, index finger up; the hotspot is the fingertip."""
    cv = Canvas(S, S)
    finger = m_rect(7, 2, 3, 9) | {(8, 1)}
    palm = m_rows({10: (10, 17), 11: (6, 18), 12: (6, 18), 13: (6, 18), 14: (6, 18), 15: (6, 18),
                   16: (6, 18), 17: (7, 17), 18: (7, 17), 19: (8, 16), 20: (8, 16), 21: (8, 16)})
    thumb = m_rows({13: (3, 5), 14: (3, 6), 15: (4, 6), 16: (5, 6)})
    _cream(cv, palm | finger | thumb)
    # knuckle creases between curled fingers
    for x in (11, 14, 17):
        for y in (10, 11, 12):
            if (x, y) in cv.col and x < 18:
                cv.put(x, y, CREAM[1])
    for x in range(7, 10):
        cv.put(x, 2, CREAM[3])
    cv.put(8, 1, CREAM[3])
    cv.put(10, 12, CREAM[1])
    cv.put(6, 13, CREAM[1])
    # cuff
    cv.fill(m_rect(8, 20, 9, 2), (150, 60, 74), (40, 12, 22))
    return cv.surface(), (8, 1)


def cursor_talk() -> tuple[pygame.Surface, tuple[int, int]]:
    """A speech bubble with three dots; the hotspot is the tip of its tail."""
    cv = Canvas(S, S)
    bubble = m_rows({3: (5, 18), 4: (3, 20), **{y: (2, 21) for y in range(5, 13)}, 13: (3, 20), 14: (5, 18)})
    tail = m_poly([(5, 14), (10, 14), (3, 20.5)], 24, 24)
    _cream(cv, bubble | tail)
    for dx in (7, 11, 15):
        cv.fill(m_rect(dx, 8, 2, 2), CREAM.line, CREAM.line)
    return cv.surface(), (3, 20)


def cursor_take() -> tuple[pygame.Surface, tuple[int, int]]:
    """A grabbing hand seen from the back: four fingers curled down, thumb to the side."""
    cv = Canvas(S, S)
    back = m_rows({5: (8, 16), 6: (7, 17), 7: (6, 18), 8: (6, 18), 9: (6, 18), 10: (6, 18), 11: (6, 18)})
    fingers = set()
    for i, fx in enumerate((6, 9, 12, 15)):
        h = 5 if i in (0, 3) else 6
        fingers |= m_rect(fx, 12, 2, h)
        fingers.add((fx + (1 if i < 2 else 0) + (0 if i < 2 else 1), 12 + h))  # curled tips
        fingers.add((fx + 1 if i < 2 else fx, 12 + h))
    thumb = m_rows({9: (2, 5), 10: (2, 5), 11: (3, 5), 12: (3, 5), 13: (4, 5), 14: (4, 5)})
    _cream(cv, back | fingers | thumb)
    for x in range(6, 19):  # the knuckle line
        if (x, 11) in cv.col:
            cv.put(x, 11, CREAM[1])
    cv.fill(m_rect(8, 3, 9, 2), (150, 60, 74), (40, 12, 22))
    return cv.surface(), (12, 15)


def cursor_wait() -> tuple[pygame.Surface, tuple[int, int]]:
    """A wooden spool of red thread with a loose end."""
    cv = Canvas(S, S)
    body = m_rect(7, 6, 10, 12)
    cv.paint(body, THREAD)
    for y in range(6, 18, 2):  # wound turns
        for x in range(7, 17):
            cv.put(x, y, THREAD[2] if x < 12 else THREAD[1])
    for x in range(8, 11):
        for y in range(7, 17, 2):
            cv.put(x, y, THREAD[3])
    top = m_rect(4, 3, 16, 3)
    bot = m_rect(4, 18, 16, 3)
    cv.paint(top, SPOOL)
    cv.paint(bot, SPOOL)
    # the hole in the top flange and a loose thread end
    cv.put(11, 4, SPOOL[0])
    cv.put(12, 4, SPOOL[0])
    cv.paint({(17, 11), (18, 12), (19, 13), (19, 14), (20, 15), (21, 16)}, THREAD)
    return cv.surface(), (12, 12)


def _arrow(direction: str) -> tuple[pygame.Surface, tuple[int, int]]:
    """A bold arrow; drawn pointing right, then turned."""
    cv = Canvas(S, S)
    shape = m_rows({y: (3, 11) for y in range(9, 15)})
    head = m_poly([(11, 3), (21.5, 12), (11, 21)], 24, 24)
    _cream(cv, shape | head)
    base = cv.surface(outline=False)
    turn = {"right": 0, "up": 90, "left": 180, "down": 270}[direction]
    # re-shade after the turn so the light still comes from the upper left
    mask = set()
    rot = pygame.transform.rotate(base, turn)
    for y in range(S):
        for x in range(S):
            if rot.get_at((x, y)).a:
                mask.add((x, y))
    cv2 = Canvas(S, S)
    _cream(cv2, mask)
    tip = {"right": (21, 12), "left": (2, 11), "up": (11, 2), "down": (12, 21)}[direction]
    return cv2.surface(), tip


CURSORS = {
    "walk": cursor_walk, "look": cursor_look, "use": cursor_use, "talk": cursor_talk,
    "take": cursor_take, "wait": cursor_wait,
    "exit_left": lambda: _arrow("left"), "exit_right": lambda: _arrow("right"),
    "exit_up": lambda: _arrow("up"), "exit_down": lambda: _arrow("down"),
}


def build(assets: Path | None = None) -> tuple[dict[str, pygame.Surface], dict[str, pygame.Surface]]:
    assets = assets or ASSETS
    icons = {}
    for name, fn in ICONS.items():
        icons[name] = fn()
        save(icons[name], assets / "items" / f"{name}.png")
    cursors = {}
    hotspots = {}
    for kind, fn in CURSORS.items():
        img, hot = fn()
        cursors[kind] = img
        hotspots[kind] = list(hot)
        save(img, assets / "ui" / f"cursor_{kind}.png")
    (assets / "ui").mkdir(parents=True, exist_ok=True)
    (assets / "ui" / "cursors.json").write_text(json.dumps(hotspots, indent=1) + "\n", encoding="utf-8")
    return icons, cursors
