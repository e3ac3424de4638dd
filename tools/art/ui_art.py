"""Inventory item icons (24x24) and mouse cursors (24x24) with their hotspots; deterministic.

Icons sit on the dark inventory bar (#16121e): each has a 1 px dark outline and a lit rim so
even the black iron key reads.  Cursors are cream with a dark outline, so they read on any
background.  Hotspots go to assets/ui/cursors.json.
"""

from __future__ import annotations

import json
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


ICONS = {"button_key": button_key, "rag_doll": rag_doll, "dowsing_rod": dowsing_rod}


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
