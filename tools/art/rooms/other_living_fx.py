"""Whole-room overlays for the Other living room's turning points.

* ``other_living_beldam``: the moment the Other Mother shows her true shape (night three):
  the warm light goes out from the edges in, and her shadow on the back wall is far too tall,
  thin as a coat-hanger, with needles for fingers.
* ``other_living_thin``: the empty-flat chapter, when Coraline comes back to challenge her:
  the colours have gone thin and cold, and loose threads hang from the ceiling.

Both are 640x320 translucent layers drawn over the room and under the actors' feet line.
Deterministic (seeded noise only).
"""

from __future__ import annotations

import math

import pygame

from ..base import ASSETS, bayer, blend_px, poly, rng, save, surf

PROPS = ASSETS / "props"
W, H = 640, 320

SHADOW = (18, 6, 20)
VEIL = (24, 10, 30)
COLD = (118, 120, 132)
THREAD = (40, 20, 36)


def _vignette(s: pygame.Surface, strength: float, cx: float, cy: float) -> None:
    """Darkness growing from the edges, dithered so it reads as pixel art."""
    for y in range(H):
        for x in range(W):
            d = math.hypot((x - cx) / W, (y - cy) / (H * 1.3))
            a = min(1.0, max(0.0, (d - 0.12) * 1.9)) * strength
            a = a + (bayer(x, y) - 0.5) * 0.12
            if a > 0.02:
                s.set_at((x, y), (*VEIL, int(min(235, a * 255))))


def _beldam_shadow(s: pygame.Surface) -> None:
    """A tall, thin silhouette on the wall above the Other Mother (she stands near x=598)."""
    cx = 560
    # head: a small oval high on the wall, hair swept up
    poly(s, (*SHADOW, 200), [(cx - 9, 30), (cx + 9, 30), (cx + 11, 44), (cx, 58), (cx - 11, 44)])
    poly(s, (*SHADOW, 200), [(cx - 7, 30), (cx, 14), (cx + 7, 30)])
    # neck and a body like a coat-hanger
    poly(s, (*SHADOW, 190), [(cx - 3, 56), (cx + 3, 56), (cx + 4, 92), (cx - 4, 92)])
    poly(s, (*SHADOW, 185), [(cx - 30, 96), (cx + 30, 96), (cx + 8, 104), (cx + 10, 200),
                             (cx - 10, 200), (cx - 8, 104)])
    # arms: long, jointed twice, ending in five needles each
    for side in (-1, 1):
        shoulder = (cx + side * 28, 98)
        elbow = (cx + side * 70, 70)
        wrist = (cx + side * 96, 120)
        for (x0, y0), (x1, y1) in ((shoulder, elbow), (elbow, wrist)):
            steps = int(math.hypot(x1 - x0, y1 - y0))
            for i in range(steps + 1):
                t = i / max(1, steps)
                x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
                pygame.draw.circle(s, (*SHADOW, 190), (round(x), round(y)), 2)
        for f in range(5):
            ang = math.radians(70 + f * 12) if side > 0 else math.radians(110 - f * 12)
            length = 26 + (f % 2) * 8
            x2 = wrist[0] + math.cos(ang) * length * side * 0.6
            y2 = wrist[1] + math.sin(ang) * length
            pygame.draw.line(s, (*SHADOW, 210), wrist, (round(x2), round(y2)), 1)
            blend_px(s, round(x2), round(y2), (200, 200, 210, 200))  # a needle's glint


def beldam() -> pygame.Surface:
    s = surf(W, H)
    _vignette(s, 0.85, 0.78 * W, 0.45 * H)
    _beldam_shadow(s)
    return s


def thin() -> pygame.Surface:
    s = surf(W, H)
    r = rng("other_living_thin")
    for y in range(H):
        for x in range(W):
            a = 0.5 + (bayer(x, y) - 0.5) * 0.18 + (y / H) * 0.12
            s.set_at((x, y), (*COLD, int(a * 255)))
    # loose threads hanging from the ceiling, some long enough to brush the furniture
    for _ in range(34):
        x = r.randrange(4, W - 4)
        length = r.randrange(8, 90)
        sway = r.uniform(-0.08, 0.08)
        for y in range(length):
            blend_px(s, round(x + sway * y * y / 20), y, (*THREAD, 220))
        if r.random() < 0.3:  # a frayed end
            blend_px(s, round(x + sway * length * length / 20) + 1, length, (*THREAD, 160))
    # cobwebs in the two top corners
    for corner_x, direction in ((0, 1), (W - 1, -1)):
        for k in range(5):
            ang = math.radians(8 + k * 18)
            for i in range(40):
                x = corner_x + direction * round(math.cos(ang) * i)
                y = round(math.sin(ang) * i)
                blend_px(s, x, y, (210, 210, 220, 90))
        for ring in (14, 26, 38):
            for deg in range(0, 91, 3):
                x = corner_x + direction * round(math.cos(math.radians(deg)) * ring)
                y = round(math.sin(math.radians(deg)) * ring)
                blend_px(s, x, y, (210, 210, 220, 70))
    return s


def build() -> None:
    save(beldam(), PROPS / "other_living_beldam.png")
    save(thin(), PROPS / "other_living_thin.png")
