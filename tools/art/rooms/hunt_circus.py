"""The Other circus during the eye hunt: the big top sagging and torn, the ringmaster coming
apart into rats, and the "mice" shown for what they always were.

Pictures (assets/props/circus_hunt_*.png), placed by LAYOUT in map pixels, drawn over the
night-three circus (tools/art/rooms/circus.py) while ``flag game_accepted and not flag eyes_3``:

* circus_hunt_tent: the canvas bellying down from the ceiling over the right trampoline, rips in
  the walls and ceiling showing the white unmade nothing behind (threads hanging from every
  edge), and gnawed rat holes in the floorboards.
* circus_hunt_drumstick: the band's drumstick, caught in the rip at the bottom of the sag.
* circus_hunt_dark: the spotlights guttering: a gloom heavier at the edges and the top.
* circus_hunt_rats: rats everywhere: hanging from the trapezes, along the tightrope, in the
  seats like an audience, on the bandstand and the cart, scuttling across the boards.
* circus_hunt_guard_1..3: a knot of rats sitting on the eye's hiding place (the bass drum, the
  star in the ring, the dark under the seats); one shows, by the shuffled flag.
* circus_hunt_bob: Other Bobinsky as a heap: a ringmaster's coat and hat held up by rats, button
  eyes in a face of fur, one sleeve pouring rats, one arm a chain of them, a pool at his feet.
* circus_hunt_bob_empty: after the rats have fled: the coat, hat and buttons on the sawdust.
* circus_hunt_rats_ring: the drum roll: every rat in the ring, two ranks round the kerb, heads
  turned towards the bandstand.
* circus_hunt_eye_1..3: the ghost's eye, seen only through the stone (seen_through_stone):
  a pale glowing eye in a ringed, rayed halo that reads by shape as well as colour.

Deterministic: all randomness from base.rng; no files read.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from ..base import (
    make_prop, value_noise,
    OTHER, Colour, bayer, blend_px, dither_pick, hline, outline, px, ramp, rect, rng,
    soft_ellipse, surf, vline,
)
from . import bobinsky as bob
from .circus import CREAM, GOLD, RED, RING
from .the_door import Tilt

INK = OTHER["ink"]
W, H = 640, 320
FUR = ramp("#2e2428", "#4a3c3c", "#66544e", "#847062", "#a08a78")
TAIL = ((150, 96, 104), (206, 140, 146))
EYE = (255, 36, 30)
VOID = ((150, 150, 162), (190, 190, 202), (224, 224, 232), (246, 246, 250))
SUIT = ramp("#3a0c16", "#5e1420", "#8a1e2a", "#b42c34", "#d84a48")

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "circus_hunt_tent": (0, 0, 640, 320),
    "circus_hunt_drumstick": (406, 134, 28, 28),
    "circus_hunt_dark": (0, 0, 640, 320),
    "circus_hunt_rats": (0, 0, 640, 320),
    "circus_hunt_guard_1": (474, 148, 40, 32),
    "circus_hunt_guard_2": (300, 250, 60, 26),
    "circus_hunt_guard_3": (112, 172, 70, 24),
    "circus_hunt_bob": (272, 152, 116, 104),
    "circus_hunt_bob_empty": (272, 152, 116, 104),
    "circus_hunt_rats_ring": (180, 214, 300, 100),
    "circus_hunt_eye_1": (479, 152, 30, 30),
    "circus_hunt_eye_2": (313, 251, 34, 30),
    "circus_hunt_eye_3": (131, 172, 30, 30),
}

# Where the eye hides (map pixels, the centre of the glow), by shuffle slot.
EYE_AT = {1: (494, 167), 2: (330, 266), 3: (146, 187)}


# =================================================================== rats
def rat(pose: str = "side", facing: int = 1, seed: int = 0) -> pygame.Surface:
    """One rat, outlined in ink: about 16 x 7 px with its tail. Poses: side (on all fours),
    up (sitting up, facing out), hang (upside down by the tail), down (head first)."""
    m = surf(22, 14)
    d0, d1, d2, d3 = FUR[1], FUR[2], FUR[3], FUR[4]
    if pose == "up":
        pygame.draw.ellipse(m, d1, pygame.Rect(7, 5, 8, 8))
        pygame.draw.ellipse(m, d2, pygame.Rect(9, 7, 4, 5))
        pygame.draw.circle(m, d1, (11, 4), 3)
        px(m, 8, 1, TAIL[1])
        px(m, 14, 1, TAIL[1])
        px(m, 8, 2, d1)
        px(m, 14, 2, d1)
        px(m, 10, 4, EYE)
        px(m, 12, 4, EYE)
        px(m, 11, 6, TAIL[1])
        for k, (x, y) in enumerate(((15, 12), (16, 12), (17, 11), (18, 10), (18, 9))):
            px(m, x, y, TAIL[k % 2])
    else:
        pygame.draw.ellipse(m, d1, pygame.Rect(5, 4, 11, 6))
        hline(m, d2, 7, 13, 5)
        px(m, 9, 4, d3)
        hline(m, d0, 7, 13, 9)
        pygame.draw.polygon(m, d1, [(14, 4), (19, 7), (14, 9)])
        px(m, 19, 7, TAIL[1])
        px(m, 16, 6, EYE)
        px(m, 14, 4, TAIL[1])
        px(m, 13, 4, d1)
        px(m, 7, 10, d0)
        px(m, 13, 10, d0)
        r = rng(f"rat-tail-{seed}")
        x, y = 5, 8
        for k in range(7):
            x -= 1
            y += r.choice((0, 0, 1, -1)) if k > 1 else 0
            px(m, x, max(0, min(13, y)), TAIL[0] if k > 3 else TAIL[1])
    outline(m, INK)
    if facing < 0:
        m = pygame.transform.flip(m, True, False)
    if pose == "hang":
        m = pygame.transform.rotate(m, -90)  # head down, tail up
    elif pose == "down":
        m = pygame.transform.rotate(m, -90 if facing > 0 else 90)
    return m


def rat_at(deg: float, seed: int = 0) -> pygame.Surface:
    """The side-view rat of ``rat`` drawn turned ``deg`` degrees anticlockwise (climbing), on a
    26 x 26 surface centred on its middle: its body and head filled pixel by pixel in the turned
    frame, shaded by the picture's own light (lit upper left, dark lower right), its eye, ear,
    feet and tail at their turned points, then outlined in ink."""
    m = surf(26, 26)
    t = Tilt(12.5, 12.5, deg)  # the rat's own frame: u right to its nose, v down to its feet
    ox, oy = 10.5, 6.5  # the middle of rat()'s side pose, in its 22 x 14 frame
    d0, d1, d2, d3 = FUR[1], FUR[2], FUR[3], FUR[4]
    head = [(14 - ox, 4 - oy), (19 - ox, 7 - oy), (14 - ox, 9 - oy)]

    def in_head(u: float, v: float) -> bool:
        (ax, ay), (bx, by), (cx, cy) = head
        if u < ax - 0.5:
            return False
        k = (u - ax) / (bx - ax)
        return ay + (by - ay) * k - 0.6 <= v <= cy + (by - cy) * k + 0.6

    body = set()
    for y in range(26):
        for x in range(26):
            u, v = t.back(x, y)
            if ((u - (10 - ox)) / 5.6) ** 2 + ((v - (6.5 - oy)) / 3.1) ** 2 <= 1 or in_head(u, v):
                body.add((x, y))
    for x, y in body:
        lit = (x - 1, y) not in body or (x, y - 1) not in body
        shade = (x + 1, y) not in body or (x, y + 1) not in body
        px(m, x, y, d2 if lit and not shade else d0 if shade and not lit else d1)

    def at(u: float, v: float) -> tuple[int, int]:
        return t.ito(u - ox, v - oy)

    pygame.draw.line(m, d2, at(7, 5), at(12, 5))  # the lit back
    px(m, *at(9, 4), d3)
    pygame.draw.line(m, d0, at(7, 9), at(12, 9))  # the belly
    for x, y in (at(7, 10), at(13, 10)):  # feet
        px(m, x, y, d0)
    px(m, *at(16, 6), EYE)
    px(m, *at(14, 4), TAIL[1])  # the ear
    px(m, *at(19, 7), TAIL[1])  # the nose
    r = rng(f"rat-tail-{seed}")
    pts, u, v = [at(5, 8)], 5, 8
    for k in range(7):
        u -= 1
        v += r.choice((0, 0, 1, -1)) if k > 1 else 0
        pts.append(at(u, v))
    for k, (a, b) in enumerate(zip(pts, pts[1:])):
        pygame.draw.line(m, TAIL[0] if k > 3 else TAIL[1], a, b)
    outline(m, INK)
    return m


def put(s: pygame.Surface, m: pygame.Surface, x: float, y: float) -> None:
    """Blit a rat with the middle of its feet at (x, y) in the surface's own pixels."""
    s.blit(m, (int(x) - m.get_width() // 2, int(y) - m.get_height() + 2))


def eye_pair(s: pygame.Surface, x: int, y: int) -> None:
    px(s, x, y, EYE)
    px(s, x + 2, y, EYE)
    px(s, x, y + 1, (120, 10, 14))
    px(s, x + 2, y + 1, (120, 10, 14))


def fur_fill(s: pygame.Surface, mask: Callable[[int, int], bool], box: tuple[int, int, int, int],
             seed: str, light: float = 0.55) -> None:
    """A writhing mass of fur inside a mask: dithered, with curved backs, tails and eyes."""
    x0, y0, w, h = box
    noise = value_noise(seed, 5.0)
    inside: list[tuple[int, int]] = []
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            if mask(x, y):
                inside.append((x, y))
                t = light * 0.6 + noise(x, y) * 0.5 - (y - y0) / max(1, h) * 0.25
                px(s, x, y, dither_pick(FUR[:4], t, x, y))
    r = rng(seed + "-backs")
    for _ in range(len(inside) // 40):  # the curved backs of the rats in the mass
        x, y = r.choice(inside)
        ln = r.randrange(4, 8)
        for k in range(ln):
            yy = y - int(2 * math.sin(k / (ln - 1) * math.pi))
            if mask(x + k, yy):
                px(s, x + k, yy, FUR[4] if k < ln // 2 else FUR[3])
            if mask(x + k, yy + 1):
                px(s, x + k, yy + 1, INK)
    for _ in range(len(inside) // 70):
        x, y = r.choice(inside)
        if mask(x + 2, y):
            eye_pair(s, x, y)


def tail_line(s: pygame.Surface, x: int, y: int, length: int, dx: int, seed: str) -> None:
    """A pink tail dangling from (x, y), wriggling down."""
    r = rng(seed)
    for k in range(length):
        px(s, x, y + k, TAIL[k % 2 == 0])
        px(s, x + 1, y + k, INK)
        if r.random() < 0.35:
            x += dx


# =================================================================== the tent
def sag_bottom(x: float) -> float:
    t = (x - 318) / 232
    if not 0 < t < 1:
        return -1
    return bob.roof_y(x) + 104 * math.sin(t * math.pi) ** 1.6 * (0.8 + 0.2 * math.sin(t * 3))


def rip(s: pygame.Surface, cx: int, cy: int, rw: int, rh: int, seed: str, canvas: Colour) -> None:
    """A jagged rip with the white nothing behind it, frayed threads round the edge."""
    r = rng(seed)
    pts = []
    n = 14
    for k in range(n):
        a = k / n * 2 * math.pi
        k_r = 0.65 + r.random() * 0.45
        pts.append((cx + math.cos(a) * rw * k_r, cy + math.sin(a) * rh * k_r))
    hole = surf(W, H)
    pygame.draw.polygon(hole, (255, 255, 255), pts)
    for y in range(cy - rh - 2, cy + rh + 3):
        for x in range(cx - rw - 2, cx + rw + 3):
            if 0 <= x < W and 0 <= y < H and hole.get_at((x, y)).a:
                t = 0.9 - ((x - cx) ** 2 / rw ** 2 + (y - cy) ** 2 / rh ** 2) * 0.5
                c = dither_pick(VOID, t, x, y)
                if (x + y * 3) % 7 == 0 or (x * 5 - y) % 11 == 0:  # warp and weft of the unmade
                    c = VOID[1]
                px(s, x, y, c)
    pygame.draw.polygon(s, INK, pts, 1)
    for x, y in pts:  # frayed threads
        ang = math.atan2(y - cy, x - cx)
        ln = 2 + r.randrange(4)
        for j in range(1, ln):
            px(s, int(x + math.cos(ang) * j), int(y + math.sin(ang) * j), canvas)
    for k in range(4):  # long threads hanging from the bottom edge
        x = int(cx - rw * 0.6 + k * rw * 0.4 + r.randrange(3))
        y = int(cy + rh * 0.8)
        for j in range(6 + r.randrange(12)):
            px(s, x + (j // 6) * (1 if k % 2 else -1), y + j, (240, 232, 220) if j % 3 else canvas)


def tent(s: pygame.Surface) -> None:
    # the sag: canvas bellying down from the ceiling, stripes bending round the belly
    for x in range(318, 552):
        yb = sag_bottom(x)
        if yb < 0:
            continue
        ry = bob.roof_y(x)
        top = ry - 28 * math.sin((x - 318) / 232 * math.pi)
        for y in range(int(top), int(yb)):
            depth = (y - top) / max(1.0, yb - top)
            u = 430 + (x - 430) * (1.0 - 0.35 * depth)
            stripe = int((u + 2) // 18) % 2
            ramp_ = RED if stripe else CREAM
            fold = 0.12 * math.sin((x - 318) / 9.0 + depth * 2.5)
            t = 0.62 - depth * 0.55 + fold - abs(x - 430) / 600
            c = dither_pick(ramp_[:4], t, x, y)
            if int(u + 2) % 18 == 0:
                c = INK
            px(s, x, y, c)
        px(s, x, int(yb), INK)
        px(s, x, int(yb) + 1, INK if x % 3 else (60, 30, 40))
    # the top edge of the sag, where it pulls away from the ceiling: a dark seam
    for x in range(318, 552):
        ry = bob.roof_y(x)
        top = ry - 28 * math.sin((x - 318) / 232 * math.pi)
        px(s, x, int(top), INK)
        px(s, x, int(top) - 1, (60, 20, 34))
    # the gold valance, pulled down with it: a torn scallop hanging from the sag
    for x in range(360, 500):
        yb = int(sag_bottom(x))
        if x % 14 < 11:
            for k in range(1, 4 + int(2 * abs(math.sin(x / 7 * math.pi)))):
                px(s, x, yb + k, GOLD[2] if k < 3 else GOLD[1])
            px(s, x, yb + 5 + int(2 * abs(math.sin(x / 7 * math.pi))), INK)
    # a rip at the lowest point of the belly (the drumstick is caught in it)
    rip(s, 421, 138, 11, 6, "sag-rip", CREAM[3])
    # rips in the walls and ceiling
    rip(s, 170, 98, 8, 24, "rip-left", RED[3])
    rip(s, 546, 108, 7, 15, "rip-right", CREAM[3])
    rip(s, 222, 22, 16, 7, "rip-ceiling", RED[2])
    rip(s, 610, 150, 6, 10, "rip-far", RED[3])
    # broken guy-ropes hanging from the ceiling
    for x0, y0, ln in ((276, 30, 70), (560, 70, 52)):
        r = rng(f"rope-{x0}")
        x = x0
        for j in range(ln):
            px(s, x, y0 + j, (230, 214, 190) if (j // 2) % 2 else (170, 150, 120))
            px(s, x + 1, y0 + j, INK)
            if r.random() < 0.15:
                x += r.choice((-1, 1))
        for k in range(4):  # frayed end
            px(s, x - 2 + k, y0 + ln + (k % 2), (230, 214, 190))
    # gnawed rat holes in the floorboards
    for hx, hy, hw in ((176, 246, 18), (560, 258, 16), (466, 296, 20), (118, 282, 14)):
        pygame.draw.ellipse(s, INK, pygame.Rect(hx - hw // 2 - 1, hy - 4, hw + 2, 9))
        pygame.draw.ellipse(s, (14, 6, 12), pygame.Rect(hx - hw // 2, hy - 3, hw, 7))
        r = rng(f"hole-{hx}")
        for _ in range(7):  # splinters round the rim
            a = r.random() * math.pi * 2
            x = hx + math.cos(a) * (hw / 2 + 1)
            y = hy + math.sin(a) * 4
            px(s, int(x), int(y), (170, 90, 50))
            px(s, int(x + math.cos(a) * 2), int(y + math.sin(a)), INK)


def drumstick(s: pygame.Surface) -> None:
    """The band's drumstick, caught by its head in the rip at the bottom of the sag."""
    a = (16, 6)
    b = (5, 26)
    pygame.draw.line(s, INK, a, b, 5)
    pygame.draw.line(s, (196, 140, 80), a, b, 3)
    pygame.draw.line(s, (250, 214, 150), (a[0] - 1, a[1] + 1), (b[0] - 1, b[1] - 1), 1)
    pygame.draw.circle(s, INK, a, 5)
    pygame.draw.circle(s, (214, 52, 58), a, 4)
    pygame.draw.circle(s, (246, 110, 100), (a[0] - 1, a[1] - 1), 2)
    px(s, a[0] - 1, a[1] - 2, (255, 255, 255))
    # a glint, so it reads from the floor
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        px(s, b[0] + 3 + dx, b[1] - 6 + dy, (255, 250, 220))


def dark(s: pygame.Surface) -> None:
    """The lights going out: gloom at the edges and the top, one guttering cone left."""
    for yy in range(H):
        for xx in range(W):
            ex = min(xx, W - 1 - xx)
            t = 0.35
            if ex < 160:
                t += (1 - ex / 160) * 0.55
            if yy < 90:
                t += (1 - yy / 90) * 0.4
            if yy > 290:
                t += (yy - 290) / 30 * 0.3
            lvl = int(t * 4 + bayer(xx, yy))
            if lvl > 0:
                blend_px(s, xx, yy, (20, 6, 28, int(170 * min(4, lvl) / 4)))
    # what is left of the left spotlight: a thin, greenish cone on the ring
    cx, cy, rx, ry = RING
    lx, ly = 40, 90
    for yy in range(ly, cy + ry):
        f = (yy - ly) / (cy + ry - ly)
        mid = lx + (cx - 20 - lx) * f
        half = 4 + 36 * f
        for xx in range(int(mid - half), int(mid + half)):
            edge = 1 - abs(xx - mid) / half
            if bayer(xx, yy) < edge * 0.5 * (0.4 + 0.6 * f):
                blend_px(s, xx, yy, (210, 230, 190, 26))


# =================================================================== rats everywhere
def rats(s: pygame.Surface) -> None:
    r = rng("hunt-rats")
    # hanging from the trapeze bars and the tightrope
    for x, y in ((232, 118), (240, 118), (250, 118), (398, 130), (410, 130), (318, 90)):
        put(s, rat("hang", 1, x), x, y + 20)
    for k in range(7):
        x = 262 + k * 19
        y = 100 + int(8 * math.sin((x - 252) / 159 * math.pi))
        put(s, rat("side", 1 if k % 3 else -1, k + 30), x, y + 1)
    # an audience of rats in the seats (tiers at map y 148, 170, 192)
    for row, (y, x0, x1) in enumerate(((150, 104, 176), (172, 92, 186), (194, 84, 196))):
        for x in range(x0, x1, 14):
            if r.random() < 0.7:
                put(s, rat("up", 1, x + row), x + 4, y)
    # on the bandstand, at the instruments (stage floor at map y 178)
    for x, pose, f in ((510, "up", 1), (524, "side", -1), (544, "up", 1), (556, "side", 1),
                       (532, "up", 1)):
        put(s, rat(pose, f, x), x, 177)
    put(s, rat("side", -1, 7), 520, 146)  # on top of the shell
    # on the cart: in the candy drum and on the awning
    for x, y, pose in ((598, 170, "side"), (606, 166, "up"), (618, 136, "side"), (592, 200, "side")):
        put(s, rat(pose, -1 if x > 600 else 1, x), x, y)
    # scuttling across the floor and round the ring
    for k in range(26):
        x = r.randrange(20, 620)
        y = r.randrange(222, 306)
        d = ((x - RING[0]) / RING[2]) ** 2 + ((y - RING[1]) / RING[3]) ** 2
        if 0.55 < d < 0.75 or abs(x - 330) < 60 and 236 < y < 262:
            continue
        put(s, rat("side", r.choice((1, -1)), k + 60), x, y)
    # pairs of eyes in every shadow
    for x, y in ((10, 150), (24, 190), (630, 170), (614, 206), (72, 210), (208, 196),
                 (456, 200), (16, 240), (628, 250), (300, 14), (380, 20), (150, 40)):
        eye_pair(s, x, y)


def guard_1(s: pygame.Surface) -> None:
    """Rats heaped on the bass drum (drum at map 484..502 x 160..177)."""
    ox, oy = LAYOUT["circus_hunt_guard_1"][:2]
    for k, (x, y, pose, f) in enumerate(((488, 162, "side", 1), (500, 164, "side", -1),
                                         (492, 170, "up", 1), (484, 178, "side", 1),
                                         (504, 178, "side", -1), (496, 157, "side", 1))):
        put(s, rat(pose, f, 200 + k), x - ox, y - oy)


def guard_2(s: pygame.Surface) -> None:
    """A knot of rats on the star in the middle of the ring."""
    ox, oy = LAYOUT["circus_hunt_guard_2"][:2]
    for k, (x, y, pose, f) in enumerate(((318, 266, "side", 1), (342, 266, "side", -1),
                                         (330, 270, "up", 1), (322, 274, "side", -1),
                                         (340, 275, "side", 1), (310, 272, "side", 1),
                                         (351, 271, "side", -1))):
        put(s, rat(pose, f, 220 + k), x - ox, y - oy)


def guard_3(s: pygame.Surface) -> None:
    """The dark under the middle tier of seats packed with rats: a wall of red eyes."""
    ox, oy = LAYOUT["circus_hunt_guard_3"][:2]
    for k, x in enumerate(range(122, 176, 9)):
        put(s, rat("up" if k % 2 else "side", 1 if k % 3 else -1, 240 + k), x - ox, 193 - oy)
    for x, y in ((118, 183), (131, 181), (150, 182), (165, 184), (176, 181), (140, 185)):
        eye_pair(s, x - ox, y - oy)


# =================================================================== Other Bobinsky, unravelled
HEAD_ROOM = 16  # the picture reaches 16 px above the body for the hat


def bob_heap(full: pygame.Surface) -> None:
    s = surf(full.get_width(), full.get_height() - HEAD_ROOM)
    _bob_body(s)
    full.blit(s, (0, HEAD_ROOM))
    # the right arm: the sleeve torn away at the elbow, the rest a chain of rats, pointing up
    # and out (drawn on the whole picture, so the top of the chain has room)
    for k in reversed(range(4)):  # the hand first, so every rat's head shows on the next one
        m = rat_at(40, 310 + k)
        x, y = 94 + k * 4.2, 21 + HEAD_ROOM - k * 3.5
        full.blit(m, (round(x) - 13, round(y) - 13))
    _top_hat(full, 64, 15, -18)


def _top_hat(s: pygame.Surface, cx: float, cy: float, deg: float) -> None:
    """The top hat, tipped ``deg`` degrees over one button and slipping: crown, red band and
    brim drawn at that angle about (cx, cy), lit from the upper left, outlined in ink."""
    hat = surf(*s.get_size())
    t = Tilt(cx, cy, deg)
    felt, shine = (40, 30, 44), (76, 64, 84)
    xs, ys = t.box(-13, -11, 13, 10)
    for y in ys:
        for x in xs:
            u, v = t.back(x, y)
            if abs(u) <= 7 and -10 <= v <= 7 or abs(u) <= 12 and 6 <= v <= 9:
                lit = abs(u) <= 7 and -10 <= v <= 1 and u < -5  # the crown's lit left side
                px(hat, x, y, shine if lit else felt)
            if abs(u) <= 7 and 1 <= v <= 4:
                px(hat, x, y, SUIT[3])  # the band
    pygame.draw.line(hat, SUIT[4], t.ito(-6, 1.5), t.ito(-1, 1.5))  # the band's sheen
    pygame.draw.line(hat, INK, t.ito(-7, 6.5), t.ito(7, 6.5))  # where the crown meets the brim
    pygame.draw.line(hat, shine, t.ito(-11, 7.5), t.ito(-3, 7.5))  # the brim's lit edge
    outline(hat, INK)
    s.blit(hat, (0, 0))


def _bob_body(s: pygame.Surface) -> None:
    w, h = s.get_size()
    cx, base = 58, 84  # local: map (330, 252)
    # a shadow and the pool of rats at his feet, under everything
    soft_ellipse(s, (10, 4, 10), cx, base - 2, 52, 6, 150, 4)
    # trouser legs, slumped and wrinkled, bulging where rats are still inside
    for lx0, lx1 in ((44, 56), (62, 74)):
        for y in range(50, base - 2):
            sway = int(2 * math.sin(y / 5.0 + lx0))
            for x in range(lx0 + sway, lx1 + sway + (y - 50) // 9):
                t = 0.55 - abs(x - (lx0 + lx1) / 2 - sway) / 12 + 0.15 * math.sin(y / 3.0)
                px(s, x, y, dither_pick(SUIT[:4], t, x, y))
            px(s, lx0 + sway - 1, y, INK)
            px(s, lx1 + sway + (y - 50) // 9, y, INK)
        for y in range(54, base - 4, 6):  # wrinkles
            hline(s, SUIT[0], lx0 + 1, lx1 - 1, y)
        vline(s, GOLD[2], (lx0 + lx1) // 2 + 1, 52, base - 6)  # the gold side stripe
    # the open coat: a ringmaster's red tailcoat with gold frogging, shoulders caved in
    coat = [(30, 30), (44, 22), (72, 22), (86, 32), (88, 60), (80, 70), (76, 58), (40, 58),
            (36, 72), (28, 62)]
    cmask = surf(w, h)
    pygame.draw.polygon(cmask, (255, 255, 255), coat)
    for y in range(20, 74):  # shading: darker to the left and the hem
        for x in range(26, 92):
            if cmask.get_at((x, y)).a:
                t = 0.75 - (x - 26) / 160 - (y - 20) / 140 + 0.1 * math.sin(x / 4.0)
                px(s, x, y, dither_pick(SUIT[1:], t, x, y))
    pygame.draw.polygon(s, INK, coat, 1)
    # the gap down the front, full of rats (the shirt is gone)
    gap = [(50, 24), (66, 24), (70, 56), (46, 56)]
    gmask = surf(w, h)
    pygame.draw.polygon(gmask, (255, 255, 255), gap)
    fur_fill(s, lambda x, y: 0 <= x < w and 0 <= y < h and gmask.get_at((x, y)).a > 0,
             (44, 22, 30, 36), "bob-chest")
    for side, xs in ((-1, (48, 46)), (1, (68, 70))):  # lapels and frogging
        pygame.draw.line(s, GOLD[3], (xs[0], 24), (xs[1], 56), 2)
        for y in range(30, 54, 7):
            hline(s, GOLD[3], xs[0] - 4 * (side < 0), xs[0] + 4 * (side > 0) - 1, y)
            px(s, xs[0] + 5 * side, y, GOLD[4])
    # epaulettes, one torn half off
    pygame.draw.ellipse(s, INK, pygame.Rect(70, 20, 18, 7))
    pygame.draw.ellipse(s, GOLD[3], pygame.Rect(71, 21, 16, 5))
    for k in range(5):
        vline(s, GOLD[2], 72 + k * 3, 26, 29 + k % 2)
    pygame.draw.ellipse(s, INK, pygame.Rect(28, 27, 14, 6))
    pygame.draw.ellipse(s, GOLD[2], pygame.Rect(29, 28, 12, 4))
    # the left sleeve: empty, limp, and a stream of rats pouring from the cuff
    sleeve = [(30, 30), (38, 34), (30, 58), (22, 56)]
    pygame.draw.polygon(s, SUIT[1], sleeve)
    pygame.draw.polygon(s, INK, sleeve, 1)
    rect(s, INK, 20, 55, 12, 4)
    rect(s, GOLD[2], 21, 56, 10, 2)
    for k, y in enumerate(range(64, base + 2, 8)):
        put(s, rat("down", -1 if k % 2 else 1, 300 + k), 25 + (k % 2) * 3, y)
    # the right arm: the sleeve torn away at the elbow, the rest a chain of rats, pointing
    pygame.draw.polygon(s, SUIT[2], [(80, 26), (88, 32), (96, 22), (90, 18)])
    pygame.draw.polygon(s, INK, [(80, 26), (88, 32), (96, 22), (90, 18)], 1)
    # (the chain of rats is drawn by bob_heap, over the whole picture)
    # the head: a lump of rats in the shape of a face, button eyes, the great moustache
    hx, hy = 58, 14
    fur_fill(s, lambda x, y: ((x - hx) / 11) ** 2 + ((y - hy) / 10) ** 2 < 1,
             (hx - 12, hy - 11, 24, 22), "bob-head", light=0.7)
    pygame.draw.ellipse(s, INK, pygame.Rect(hx - 12, hy - 11, 24, 22), 1)
    for ex in (hx - 5, hx + 5):  # buttons, one slipping
        ey = hy - 1 + (2 if ex > hx else 0)
        pygame.draw.circle(s, INK, (ex, ey), 4)
        pygame.draw.circle(s, (44, 40, 54), (ex, ey), 3)
        pygame.draw.circle(s, (84, 80, 96), (ex, ey), 3, 1)
        for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            px(s, ex + dx, ey + dy, (16, 12, 20))
    vline(s, (230, 222, 210), hx + 5, hy + 5, hy + 8)  # the thread it hangs by
    for side in (-1, 1):  # the moustache, drooping
        pts = [(hx, hy + 5), (hx + side * 6, hy + 5), (hx + side * 10, hy + 9),
               (hx + side * 8, hy + 7), (hx + side * 3, hy + 7)]
        pygame.draw.polygon(s, (30, 20, 22), pts)
        pygame.draw.polygon(s, INK, pts, 1)
    for k, tx in enumerate((hx - 6, hx + 2, hx + 8)):  # tails where a chin should be
        tail_line(s, tx, hy + 10, 5 + k * 2, 1 if k % 2 else -1, f"chin-{k}")
    # threads unravelling from the coat hem
    r = rng("bob-threads")
    for k in range(6):
        x = 40 + k * 8 + r.randrange(3)
        y0 = 58 if x < 76 else 66
        for j in range(4 + r.randrange(8)):
            px(s, x + (j // 5), y0 + j, (236, 226, 210))
    # the pool of rats round his feet (in front of everything)
    for k in range(20):
        a = k / 20 * math.pi
        x = cx + math.cos(a) * (20 + (k * 7) % 30) * (1 if k % 2 else -1)
        y = base - 4 + (k * 5) % 7
        put(s, rat("side", 1 if x > cx else -1, 400 + k), x, y)
    for k in range(4):  # rats climbing his trouser legs
        put(s, rat("down", 1, 420 + k), 48 + k * 8, 64 + (k % 2) * 6)


def bob_empty(full: pygame.Surface) -> None:
    """The coat crumpled on the sawdust, the hat rolled away, two buttons. Nobody inside."""
    s = full.subsurface(pygame.Rect(0, HEAD_ROOM, full.get_width(), full.get_height() - HEAD_ROOM))
    cx, base = 58, 84
    soft_ellipse(s, (10, 4, 10), cx, base - 3, 40, 5, 120, 4)
    coat = [(30, 74), (48, 66), (74, 64), (92, 70), (96, 80), (70, 84), (40, 84), (24, 80)]
    cmask = surf(*s.get_size())
    pygame.draw.polygon(cmask, (255, 255, 255), coat)
    for y in range(62, 86):
        for x in range(20, 100):
            if cmask.get_at((x, y)).a:
                t = 0.6 - (y - 62) / 50 + 0.15 * math.sin(x / 3.5 + y / 2.0)
                px(s, x, y, dither_pick(SUIT[:4], t, x, y))
    pygame.draw.polygon(s, INK, coat, 1)
    for y in (70, 75, 80):
        hline(s, GOLD[3], 50, 60, y)
    pygame.draw.line(s, GOLD[3], (46, 68), (42, 82), 2)
    # an empty trouser leg, flat as a ribbon, with its gold stripe
    pygame.draw.polygon(s, SUIT[1], [(74, 78), (104, 80), (104, 86), (74, 86)])
    pygame.draw.polygon(s, INK, [(74, 78), (104, 80), (104, 86), (74, 86)], 1)
    hline(s, GOLD[2], 76, 102, 82)
    # the hat, on its side
    rect(s, INK, 2, 70, 18, 14)
    rect(s, (40, 30, 44), 3, 71, 16, 12)
    rect(s, SUIT[3], 14, 71, 3, 12)
    rect(s, INK, 18, 67, 4, 20)
    rect(s, (40, 30, 44), 19, 68, 2, 18)
    # the two buttons, lying in the sawdust, and a loose thread
    for bx, by in ((66, 76), (73, 79)):
        pygame.draw.circle(s, INK, (bx, by), 3)
        pygame.draw.circle(s, (70, 66, 80), (bx, by), 2)
        px(s, bx, by, (20, 16, 24))
    for j in range(12):
        px(s, 76 + j, 79 + int(1.5 * math.sin(j / 2.0)), (236, 226, 210))
    # one last tail, going down a hole
    tail_line(s, 36, 84, 3, 0, "last-tail")


def rats_ring(s: pygame.Surface) -> None:
    """Every rat in the ring, two ranks round the kerb, all heads turned towards the
    bandstand (to the right): the drum has called them, and now they have seen who beat it."""
    ox, oy = LAYOUT["circus_hunt_rats_ring"][:2]
    cx, cy, rx, ry = RING
    spots = []
    for rank, k_r in ((0, 0.98), (1, 0.80)):
        n = 36 if rank == 0 else 28
        for k in range(n):
            a = (k + 0.5 * rank) / n * 2 * math.pi
            x = cx + math.cos(a) * rx * k_r
            y = cy + math.sin(a) * ry * k_r + 3
            if abs(x - 240) < 26 and y < cy - 4 or abs(x - 418) < 26 and y < cy - 4:
                continue  # the trampolines stand there
            spots.append((y, x, k + rank * 50))
    for y, x, k in sorted(spots):
        pose = "up" if k % 5 == 0 else "side"
        put(s, rat(pose, 1, 500 + k), x - ox, y - oy)
    # dust kicked up by the marching
    r = rng("ring-dust")
    for _ in range(40):
        a = r.random() * 2 * math.pi
        x = cx + math.cos(a) * rx * 1.05 - ox
        y = cy + math.sin(a) * ry * 1.05 - oy - r.randrange(6)
        px(s, int(x), int(y), (240, 210, 150))


# =================================================================== the eye, through the stone
def glow_eye(s: pygame.Surface) -> None:
    """A ghost's eye: a pale marble with a brown iris in a ringed, rayed halo."""
    w, h = s.get_size()
    cx, cy = w // 2, h // 2
    soft_ellipse(s, (190, 240, 255), cx, cy, w / 2 - 1, h / 2 - 1, 150, 5)
    for rr in (12, 9):  # two pulse rings, dashed
        for k in range(48):
            a = k / 48 * 2 * math.pi
            if k % 4 == 3:
                continue
            px(s, int(cx + math.cos(a) * rr), int(cy + math.sin(a) * rr * 0.85),
               (255, 255, 255) if rr == 9 else (170, 230, 255))
    for a in range(0, 360, 45):  # rays
        ang = math.radians(a)
        for rr in range(6, 14 if a % 90 == 0 else 10):
            px(s, int(cx + math.cos(ang) * rr), int(cy + math.sin(ang) * rr), (240, 252, 255))
    pygame.draw.circle(s, INK, (cx, cy), 5)
    pygame.draw.circle(s, (236, 244, 250), (cx, cy), 4)
    pygame.draw.circle(s, (150, 92, 44), (cx, cy), 2)  # brown, like Mrs. Lovat's
    px(s, cx + 1, cy, (196, 132, 70))
    px(s, cx, cy, (30, 16, 10))
    px(s, cx - 2, cy - 2, (255, 255, 255))


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("circus_hunt_tent", tent),
        ("circus_hunt_drumstick", drumstick),
        ("circus_hunt_dark", dark),
        ("circus_hunt_rats", rats),
        ("circus_hunt_guard_1", guard_1),
        ("circus_hunt_guard_2", guard_2),
        ("circus_hunt_guard_3", guard_3),
        ("circus_hunt_bob", bob_heap),
        ("circus_hunt_bob_empty", bob_empty),
        ("circus_hunt_rats_ring", rats_ring),
        ("circus_hunt_eye_1", glow_eye),
        ("circus_hunt_eye_2", glow_eye),
        ("circus_hunt_eye_3", glow_eye),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
