"""Title art (640x360): the pink house at night in the rain, one warm little door lit."""

from __future__ import annotations

import math

import pygame

from .base import ASSETS, bayer, save, blend_px, dither_pick, hline, px, rect, rng, soft_ellipse, \
    surf, vgrad, vline

INK = (12, 10, 20)


def build() -> None:
    W, H = 640, 360
    s = surf(W, H, alpha=False)
    sky = [(8, 10, 26), (14, 20, 44), (24, 32, 64), (40, 50, 84), (62, 72, 104)]
    vgrad(s, sky, 0, 0, W, H, 0.0, 0.85)
    r = rng("title")
    # a pale moon behind cloud
    soft_ellipse(s, (120, 140, 190), 520, 70, 60, 50, 90, 5)
    pygame.draw.circle(s, (214, 220, 232), (520, 70), 14)
    pygame.draw.circle(s, (236, 240, 246), (516, 66), 6)
    for cy, cx, w in ((64, 470, 160), (86, 560, 120), (40, 120, 200)):  # cloud bands
        for y in range(cy, cy + 10):
            for x in range(cx - w // 2, cx + w // 2):
                if bayer(x, y) < 0.5 - abs(y - cy - 5) / 12:
                    px(s, x, y, (30, 38, 66))
    # far hills and black trees
    for x in range(W):
        top = 250 + int(14 * math.sin(x / 70) + 6 * math.sin(x / 23))
        vline(s, (16, 24, 30), x, top, H)
        ttop = 262 + int(10 * math.sin(x / 11) * math.sin(x / 37)) - (r.randrange(6) if x % 3 == 0
                                                                       else 0)
        vline(s, (10, 16, 20), x, ttop, H)
    # the house: a tall Victorian, pink gone grey-mauve in the dark
    pink = [(60, 34, 52), (84, 48, 70), (108, 64, 88), (132, 84, 106)]
    hx, hy, hw, hh = 230, 150, 200, 150
    for y in range(hy, hy + hh):
        for x in range(hx, hx + hw):
            c = pink[1] if (y // 4) % 2 else pink[2]  # clapboard siding
            if (y % 4) == 3:
                c = pink[0]
            px(s, x, y, c)
    # gable roof and a tower with a pointed roof
    roof = (30, 22, 36)
    pygame.draw.polygon(s, roof, [(hx - 12, hy + 2), (hx + 100, hy - 70), (hx + hw + 12, hy + 2)])
    pygame.draw.polygon(s, pink[2], [(hx + 60, hy), (hx + 100, hy - 40), (hx + 140, hy)])
    for y in range(hy - 36, hy):
        if y % 4 == 3:
            hline(s, pink[0], hx + 100 - (y - hy + 40), hx + 100 + (y - hy + 40), y)
    tx = hx + hw - 40
    rect(s, pink[1], tx, hy - 60, 40, 70)
    for y in range(hy - 60, hy + 10, 4):
        hline(s, pink[0], tx, tx + 39, y + 3)
    pygame.draw.polygon(s, roof, [(tx - 6, hy - 58), (tx + 20, hy - 110), (tx + 46, hy - 58)])
    vline(s, roof, tx + 20, hy - 122, hy - 110)  # finial
    # chimney
    rect(s, (70, 40, 40), hx + 30, hy - 60, 14, 40)
    rect(s, roof, hx + 28, hy - 62, 18, 4)
    # windows: all dark but one faint, and every one streaked by rain
    for wx, wy in ((hx + 20, hy + 20), (hx + 70, hy + 20), (hx + 120, hy + 20),
                   (tx + 12, hy - 44), (hx + 20, hy + 80), (hx + 120, hy + 80), (hx + 86, hy - 30)):
        rect(s, INK, wx - 1, wy - 1, 18, 28)
        vgrad(s, [(14, 16, 30), (24, 28, 48)], wx, wy, 16, 26)
        hline(s, pink[3], wx - 2, wx + 17, wy + 27)
        vline(s, INK, wx + 8, wy, wy + 25)
        hline(s, INK, wx, wx + 15, wy + 12)
    # the porch: steps, posts, and the front door left dark
    rect(s, pink[0], hx - 20, hy + hh - 40, 110, 6)
    for px0 in (hx - 16, hx + 30, hx + 82):
        rect(s, pink[3], px0, hy + hh - 34, 4, 34)
    rect(s, INK, hx + 44, hy + hh - 44, 22, 44)
    # the little door: low in the foundation wall, warm light spilling out of it
    dx, dy = hx + 150, hy + hh - 24
    soft_ellipse(s, (255, 170, 80), dx + 6, dy + 12, 46, 26, 150, 6)
    rect(s, INK, dx - 1, dy - 1, 14, 21)
    vgrad(s, [(255, 244, 180), (255, 200, 100), (230, 130, 50)], dx, dy, 12, 19)
    px(s, dx + 9, dy + 10, (120, 60, 20))
    for k in range(24):  # light on the wet ground
        for j in range(3):
            if bayer(dx + k - 6, H - 58 + j) < 0.5 - k / 60:
                px(s, dx - 6 + k, hy + hh + 2 + j, (200, 130, 70))
    # foundation stones
    for y in range(hy + hh, hy + hh + 4):
        hline(s, (40, 34, 40), hx - 4, hx + hw + 3, y)
    # wet ground, the gate and the picket fence
    for y in range(hy + hh + 4, H):
        for x in range(W):
            px(s, x, y, dither_pick([(8, 12, 16), (16, 22, 26), (24, 32, 34)],
                                    0.2 + 0.5 * (y - 300) / 60, x, y))
    for fx in range(0, W, 10):
        if 300 < fx < 340:
            continue
        rect(s, (44, 46, 56), fx, 318, 5, 24)
        px(s, fx + 2, 316, (44, 46, 56))
        rect(s, (28, 30, 38), fx + 4, 320, 1, 22)
    hline(s, (44, 46, 56), 0, W - 1, 326)
    hline(s, (44, 46, 56), 0, W - 1, 336)
    # rain, slanting, over everything
    for _ in range(800):
        x, y = r.randrange(W), r.randrange(H)
        ln = r.randrange(3, 8)
        for k in range(ln):
            blend_px(s, x - k // 3, y + k, (150, 166, 210, 50 if k else 90))
    save(s, ASSETS / "ui" / "title.png")
