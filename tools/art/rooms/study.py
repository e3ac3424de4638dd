"""The parents' study in the real flat: Dad's desk, an old computer with green letters, a
window streaked with rain, bookshelves, a plant stand of dying seedlings and boxes not yet
unpacked. One painted backdrop (wall, cornice, skirting, floorboards) and props on top.

Every picture is assets/props/<name>.png placed at LAYOUT[name] (map pixels). Overlays: the
lamp and screen light, the rain on the glass (rainy phases), the night, and the empty-flat
leftovers (Dad's cardigan on the chair, a skin on the coffee).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from ..base import (
    make_prop,
    ASSETS, REAL, ROOM_W, Colour, bayer, dither_pick, frame, hline, lerp, px,
    ramp, rect, rng, save, shade_rect, vgrad, vline,
)
from ..furniture import block, floor_shadow
from ..patterns import boards_real, cornice, skirting_real, stain
from ..props import light_overlay, night_overlay

PROPS = ASSETS / "props"
INK = REAL["ink"]
WOOD = REAL["wood"]
BEIGE = ramp("#6c6656", "#8a8470", "#a8a28a", "#c4bea4", "#dcd6bc")
SCREEN_GREEN = ramp("#0c1a10", "#1e5a2a", "#3aa04a", "#7ef08a")
LEAF = ramp("#2e3a22", "#4a5a30", "#6a7440", "#8c8a50")
DEAD = ramp("#4a3c26", "#6a5432", "#8c7444", "#a89058")
PAPER = ramp("#8e8a7c", "#aca696", "#c8c2b0", "#e0dac8")
STRIPE = ramp("#3f4a44", "#4e5a52", "#5c6a60", "#6c7a6e", "#7e8c7e")

WALL_BOTTOM = 208

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "study_backdrop": (0, 0, 640, 320),
    "study_door": (20, 110, 62, 98),
    "study_window": (100, 40, 88, 104),
    "study_rain": (100, 40, 88, 104),
    "study_plants": (94, 140, 100, 78),
    "study_corkboard": (206, 62, 54, 46),
    "study_shelves": (272, 50, 84, 168),
    "study_desk": (364, 140, 150, 90),
    "study_drafts": (518, 168, 36, 58),
    "study_chair": (556, 174, 38, 60),
    "study_box": (594, 190, 44, 46),
    "study_light": (0, 0, 640, 320),
    "study_gone": (364, 140, 232, 94),
    "study_night": (0, 0, 640, 320),
}

# where things sit inside the desk picture (local), shared by the art and the overlays
MONITOR = (56, 6, 42, 36)  # x, y, w, h of the CRT body
SCREEN = (61, 10, 32, 24)
MUG = (108, 30, 9, 9)
LAMP_HEAD = (14, 12)  # centre of the lamp's bulb, local


# =================================================================== backdrop
def stripe_paper(x: int, y: int) -> Colour:
    """A faded green regency stripe, with a thin pink pinstripe, worn in places."""
    k = x % 24
    g = rng(f"sp-{(x // 3) % 17}-{(y // 5) % 13}").random()
    if k < 9:
        c = STRIPE[2]
    elif k < 10 or k == 23:
        c = STRIPE[1]
    elif k == 16:
        c = REAL["damask"][1]
    else:
        c = STRIPE[3]
    if g < 0.08:
        c = STRIPE[max(0, STRIPE.index(c) - 1)] if c in STRIPE else c
    if bayer(x, y) < 0.06:
        c = STRIPE[1]
    return c


def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    for y in range(0, 16):
        for x in range(w):
            px(s, x, y, cornice(x, y, REAL))
    for y in range(16, WALL_BOTTOM - 16):
        for x in range(w):
            c = stripe_paper(x, y)
            # a damp patch in the top right corner, tide-marked
            if 540 < x < 640 and y < 90:
                c = stain(x, y, c, 604, 26, 44)  # type: ignore[arg-type]
            # darker towards the ceiling
            if y < 40 and bayer(x, y) < (40 - y) / 60:
                c = STRIPE[0]
            px(s, x, y, c)
    for y in range(WALL_BOTTOM - 16, WALL_BOTTOM):
        for x in range(w):
            px(s, x, y, skirting_real(x, y))
    for y in range(WALL_BOTTOM, h):
        for x in range(w):
            c = boards_real(x, y, (x // 64) % 4)
            # a scuffed path from the door to the desk
            if 230 < y < 262 and 60 < x < 420 and bayer(x, y) < 0.12:
                c = WOOD[4]
            px(s, x, y, c)
    # a brighter rectangle on the paper where a picture once hung
    for y in range(70, 104):
        for x in range(514, 548):
            if bayer(x, y) < 0.5:
                px(s, x, y, STRIPE[3] if x % 24 >= 10 else STRIPE[4])
    hline(s, STRIPE[1], 514, 547, 104)
    px(s, 531, 64, INK)  # the nail
    px(s, 531, 65, REAL["metal"][2])
    # an old rag rug in front of the desk
    rr = rng("study-rug")
    for y in range(244, 286):
        t = (y - 244) / 41
        half = 92 + 10 * t
        for x in range(int(350 - half), int(350 + half)):
            band = (y - 244) // 3
            c = [REAL["rose"][1], REAL["fabric"][2], REAL["rain"][1], REAL["card"][2]][band % 4]
            if (x + band) % 3 == 0:
                c = lerp(c, INK, 0.25)  # type: ignore[assignment]
            if rr.random() < 0.04:
                c = REAL["fabric"][0]
            if y in (244, 285) or x in (int(350 - half), int(350 + half) - 1):
                c = INK
            px(s, x, y, c)


# =================================================================== window
def window(s: pygame.Surface) -> None:
    w, h = s.get_size()
    pl = REAL["plaster"]
    block(s, 0, 0, w, h - 10, pl, INK, light=2)
    gx, gy, gw, gh = 5, 5, w - 10, h - 20
    sky = [(70, 80, 86), (88, 98, 102), (110, 118, 118), (134, 140, 136)]
    vgrad(s, sky, gx, gy, gw, gh, 0.1, 0.9)
    # the wet roofs across the road and a drooping fir
    for xx in range(gx, gx + gw):
        top = gy + gh - 22 + int(4 * math.sin(xx * 0.21) + 2 * math.sin(xx * 0.7))
        for yy in range(top, gy + gh):
            px(s, xx, yy, REAL["wall"][0] if (xx * 3 + yy) % 7 else REAL["wall"][1])
    for yy in range(gy + 30, gy + gh):
        half = (yy - gy - 30) // 3
        for xx in range(gx + 14 - half, gx + 15 + half):
            px(s, xx, yy, (30, 44, 40) if (xx + yy) % 4 else (40, 56, 48))
    # sash bars
    mid = gy + gh // 2
    rect(s, pl[2], gx, mid - 2, gw, 4)
    hline(s, pl[3], gx, gx + gw - 1, mid - 2)
    hline(s, pl[0], gx, gx + gw - 1, mid + 1)
    vline(s, pl[2], gx + gw // 2, gy, gy + gh - 1)
    vline(s, pl[1], gx + gw // 2 + 1, gy, gy + gh - 1)
    frame(s, pl[0], gx - 1, gy - 1, gw + 2, gh + 2)
    for k in range(5):
        px(s, gx + 3 + k, gy + 9 - k, (220, 226, 226))
    # a half-drawn paper blind, yellowed
    by = gy
    bh = 18
    vgrad(s, [(150, 140, 110), (176, 166, 130), (196, 186, 150)], gx, by, gw, bh, 0.8, 0.2)
    hline(s, INK, gx, gx + gw - 1, by + bh)
    hline(s, (120, 110, 84), gx, gx + gw - 1, by + bh - 1)
    for xx in range(gx, gx + gw, 6):
        vline(s, (160, 150, 118), xx, by, by + bh - 2)
    rect(s, INK, gx + gw // 2 - 1, by + bh + 1, 2, 5)
    pygame.draw.circle(s, (190, 180, 140), (gx + gw // 2, by + bh + 7), 2)
    # sill
    block(s, -0, h - 12, w, 8, pl, INK, light=3)
    shade_rect(s, (0, 0, 0, 70), 2, h - 4, w - 4, 3)


def window_glass() -> tuple[int, int, int, int]:
    x, y, w, h = LAYOUT["study_window"]
    return x + 5, y + 5 + 19, w - 10, h - 20 - 19


def rain(s: pygame.Surface) -> None:
    """Streaks and beads on the lower glass (a separate layer: only in the rainy phases)."""
    gx, gy, gw, gh = window_glass()
    ox, oy = LAYOUT["study_rain"][:2]
    gx, gy = gx - ox, gy - oy
    r = rng("study-rain")
    for _ in range(26):  # long wandering runs
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh // 2)
        ln = r.randrange(8, gh - (yy - gy))
        for k in range(ln):
            xx += r.choice((0, 0, 0, 1, -1)) if k % 3 == 0 else 0
            if gx <= xx < gx + gw:
                s.set_at((xx, yy + k), (*REAL["rain"][3], 170))
        s.set_at((max(gx, min(gx + gw - 1, xx)), yy + ln - 1), (*REAL["rain"][4], 230))
    for _ in range(70):  # beads
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
        s.set_at((xx, yy), (*REAL["rain"][4], 220))
        if yy + 1 < gy + gh:
            s.set_at((xx, yy + 1), (*REAL["rain"][0], 180))
    # the sash bars stay dry
    mid = LAYOUT["study_window"][3] - 20
    for xx in range(gx, gx + gw):
        for k in range(-2, 2):
            s.set_at((xx, 5 + mid // 2 + k), (0, 0, 0, 0))
    for yy in range(gy, gy + gh):
        for xx in (gx + gw // 2, gx + gw // 2 + 1):
            s.set_at((xx, yy), (0, 0, 0, 0))


# =================================================================== plant stand
def plants(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2 - 2, 4, 120)
    top = h - 36  # table top 30 px above the floor
    block(s, 2, top, w - 4, 6, WOOD, INK, grain="plantstand", light=3)
    for lx in (6, w - 12):
        rect(s, INK, lx, top + 6, 6, h - top - 8)
        rect(s, WOOD[2], lx + 1, top + 6, 4, h - top - 9)
    rect(s, INK, 10, h - 14, w - 20, 4)  # lower shelf
    rect(s, WOOD[3], 11, h - 13, w - 22, 2)
    # a seed tray on the lower shelf
    block(s, 16, h - 22, 34, 8, [(40, 40, 44), (60, 60, 66), (80, 80, 86), (100, 100, 106)], INK)
    # five clay pots, the seedlings from healthy-ish to dead
    r = rng("seedlings")
    clay = ramp("#5a3424", "#7a4a30", "#9a6440", "#b47e54")
    for i, cx in enumerate((14, 30, 46, 62, 78)):
        pts = [(cx - 6, top - 12), (cx + 6, top - 12), (cx + 4, top), (cx - 4, top)]
        pygame.draw.polygon(s, clay[2], pts)
        pygame.draw.polygon(s, INK, pts, 1)
        hline(s, clay[3], cx - 5, cx + 4, top - 11)
        rect(s, INK, cx - 7, top - 14, 15, 3)
        rect(s, clay[2], cx - 6, top - 13, 13, 1)
        rect(s, (40, 30, 24), cx - 5, top - 11, 11, 1)
        health = 1.0 - i * 0.22
        lean = (i - 1) * 0.35
        stalks = 3 if i < 4 else 2
        for k in range(stalks):
            sx = cx - 3 + k * 3
            ln = int(8 + 10 * health + r.randrange(3))
            col = LEAF if health > 0.3 else DEAD
            x_, y_ = float(sx), float(top - 12)
            for j in range(ln):
                droop = lean * (j / ln) ** 2 * 6
                x_ = sx + droop * (1 if k % 2 else -1) * (1 if i else 0.2)
                y_ = top - 12 - j * (1 - 0.5 * (1 - health) * j / ln)
                px(s, int(x_), int(y_), col[1] if j < ln - 2 else col[2])
            # leaves: flat when healthy, hanging when not
            lx, ly = int(x_), int(y_)
            if health > 0.5:
                px(s, lx - 1, ly, col[2])
                px(s, lx + 1, ly, col[3])
                px(s, lx - 2, ly + 1, col[1])
                px(s, lx + 2, ly + 1, col[2])
            else:
                px(s, lx - 1, ly + 1, col[2])
                px(s, lx + 1, ly + 2, col[1])
                px(s, lx - 1, ly + 2, col[0])
        if i >= 3:  # fallen leaves on the table
            px(s, cx + 6, top + 1, DEAD[2])
            px(s, cx + 7, top + 1, DEAD[1])
    # a little wooden label in the first pot
    rect(s, (200, 190, 150), 17, top - 20, 2, 8)
    # the plant mister, at the right end
    mx = w - 14
    rect(s, INK, mx - 4, top - 18, 10, 18)
    vgrad(s, [(90, 120, 140), (120, 150, 170), (150, 180, 196)], mx - 3, top - 17, 8, 16, 0.9, 0.2)
    rect(s, INK, mx - 2, top - 24, 6, 6)
    rect(s, (200, 60, 60), mx - 1, top - 23, 4, 4)
    hline(s, INK, mx - 5, mx - 2, top - 23)
    px(s, mx - 1, top - 19, (220, 90, 90))
    px(s, mx - 2, top - 14, (200, 220, 230))


# =================================================================== corkboard
def corkboard(s: pygame.Surface) -> None:
    w, h = s.get_size()
    block(s, 0, 0, w, h, WOOD, INK, light=3)
    cork = ramp("#6e5436", "#86683f", "#9c7c4c", "#b49460")
    for y in range(3, h - 3):
        for x in range(3, w - 3):
            px(s, x, y, dither_pick(cork, 0.45 + 0.3 * rng(f"ck{x % 7}{y % 5}").random(), x, y))
    frame(s, WOOD[1], 3, 3, w - 6, h - 6)
    notes = [
        (6, 6, 14, 12, (220, 210, 120), "list"),
        (22, 5, 12, 14, (226, 224, 212), "text"),
        (36, 8, 13, 11, (190, 220, 200), "seed"),
        (8, 21, 16, 13, (226, 224, 212), "photo"),
        (27, 22, 10, 12, (230, 160, 170), "text"),
        (39, 23, 10, 10, (220, 210, 120), "list"),
        (14, 35, 22, 6, (226, 224, 212), "text"),
    ]
    for x, y, nw, nh, c, kind in notes:
        rect(s, (30, 26, 20), x + 1, y + 1, nw, nh)
        rect(s, c, x, y, nw, nh)
        if kind == "photo":
            rect(s, (70, 90, 100), x + 2, y + 2, nw - 4, nh - 5)
            rect(s, (120, 100, 80), x + 4, y + nh - 7, 4, 3)  # three little people
            rect(s, (60, 80, 160), x + 9, y + nh - 8, 2, 4)
            rect(s, (110, 90, 70), x + 12, y + nh - 7, 2, 3)
        elif kind == "seed":
            rect(s, (200, 70, 80), x + 3, y + 3, 6, 5)
            hline(s, (60, 60, 60), x + 2, x + nw - 3, y + 9)
        else:
            for k in range(2, nh - 2, 2):
                hline(s, (110, 110, 120) if kind == "text" else (160, 60, 60),
                      x + 2, x + nw - 3 - (k * 3) % 5, y + k)
        px(s, x + nw // 2, y, (200, 40, 40) if kind != "seed" else (40, 80, 200))
    # a red string between two notes: Dad's "plan"
    pygame.draw.line(s, (170, 40, 40), (13, 7), (33, 24))


# =================================================================== bookshelves
def shelves(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2, 4, 120)
    block(s, 0, 0, w, h - 2, WOOD, INK, grain="study-shelves", light=3)
    rect(s, WOOD[0], 5, 5, w - 10, h - 14)
    r = rng("study-books")
    book_cols = [REAL["rose"][1], REAL["rose"][2], REAL["fabric"][1], REAL["fabric"][3],
                 REAL["card"][1], REAL["card"][3], REAL["rain"][1], REAL["wall"][2],
                 (120, 60, 50), (70, 80, 110), (150, 140, 100)]
    shelf_ys = [5, 44, 83, 122, h - 9]
    for i in range(len(shelf_ys) - 1):
        y0, y1 = shelf_ys[i] + 2, shelf_ys[i + 1]
        x = 6
        while x < w - 8:
            bw = r.randrange(3, 7)
            bh = r.randrange(int((y1 - y0) * 0.6), y1 - y0 - 1)
            if r.random() < 0.08 and i != 1:
                x += r.randrange(4, 9)  # a gap
                continue
            if x + bw > w - 6:
                break
            c = r.choice(book_cols)
            rect(s, c, x, y1 - bh, bw, bh)
            vline(s, lerp(c, (255, 255, 255), 0.2), x, y1 - bh, y1 - 1)  # type: ignore[arg-type]
            vline(s, INK, x + bw - 1, y1 - bh, y1 - 1)
            hline(s, INK, x, x + bw - 1, y1 - bh)
            if bh > 14:
                hline(s, (200, 180, 120), x + 1, x + bw - 2, y1 - bh + 4)
            x += bw
        if i == 1:  # a lying stack and a boxed set of catalogues
            for k in range(4):
                block(s, w - 30, y1 - 4 - k * 4, 22, 4,
                      [(60, 80, 50), (80, 100, 64), (100, 120, 80), (120, 140, 96)], INK, light=2)
        if i == 3:  # seed catalogues from other people, lying flat, and a dusty globe
            pygame.draw.circle(s, INK, (w - 20, y1 - 12), 10)
            pygame.draw.circle(s, (70, 100, 110), (w - 20, y1 - 12), 9)
            pygame.draw.circle(s, (110, 120, 80), (w - 23, y1 - 15), 4)
            px(s, w - 16, y1 - 9, (110, 120, 80))
            rect(s, INK, w - 22, y1 - 2, 5, 2)
        block(s, 3, shelf_ys[i + 1], w - 6, 4 if i + 1 < len(shelf_ys) - 1 else 5, WOOD, INK,
              light=4)
    # the top: a box of floppy disks and a trailing ivy, long dead
    block(s, 8, -0, 20, 6, [(50, 50, 56), (70, 70, 76), (90, 90, 96), (110, 110, 116)], INK)
    for k in range(24):
        px(s, 50 + k // 3 - (k % 5 == 0), 4 + k, DEAD[1] if k % 4 else DEAD[2])


# =================================================================== desk
def desk(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2 - 2, 5, 130)
    top_y = h - 46  # the surface's back edge; the front edge lies 30 px above the floor
    pts = [(4, top_y), (w - 5, top_y), (w - 1, top_y + 10), (0, top_y + 10)]
    pygame.draw.polygon(s, WOOD[3], pts)
    for yy in range(top_y + 1, top_y + 10):
        for xx in range(w):
            if s.get_at((xx, yy)).a and bayer(xx, yy) < 0.18:
                px(s, xx, yy, WOOD[4])
    pygame.draw.polygon(s, INK, pts, 1)
    front_y = top_y + 10
    block(s, 0, front_y, w, 6, WOOD, INK, light=3)
    # pedestal of drawers on the right, open knee space on the left
    ped_x = w - 52
    block(s, ped_x, front_y + 6, 48, h - front_y - 10, WOOD, INK, grain="desk-ped", light=2)
    for k in range(3):
        dy = front_y + 9 + k * 10
        frame(s, WOOD[1], ped_x + 4, dy, 40, 9)
        rect(s, REAL["metal"][3], ped_x + 21, dy + 4, 6, 2)
    rect(s, WOOD[0], 6, front_y + 6, ped_x - 6, h - front_y - 10)
    for yy in range(front_y + 6, h - 4):
        if bayer(3, yy) < 0.5:
            hline(s, (12, 10, 12), 8, ped_x - 2, yy)
    block(s, 2, front_y + 6, 6, h - front_y - 9, WOOD, INK, light=2)
    # a wastepaper basket under the desk, overflowing
    bx = 26
    pts_b = [(bx, h - 22), (bx + 18, h - 22), (bx + 16, h - 5), (bx + 2, h - 5)]
    pygame.draw.polygon(s, REAL["metal"][1], pts_b)
    pygame.draw.polygon(s, INK, pts_b, 1)
    for k, (cx, cy) in enumerate(((bx + 5, h - 24), (bx + 11, h - 25), (bx + 16, h - 23),
                                  (bx + 22, h - 8))):
        pygame.draw.circle(s, PAPER[2 + k % 2], (cx, cy), 3)
        px(s, cx - 1, cy, PAPER[0])
    # ---- on the desk: the angle-poise lamp
    lx, ly = LAMP_HEAD
    rect(s, INK, 6, top_y + 2, 14, 4)
    rect(s, (46, 70, 56), 7, top_y + 3, 12, 2)
    pygame.draw.line(s, INK, (12, top_y + 2), (8, top_y - 16), 2)
    pygame.draw.line(s, INK, (8, top_y - 16), (lx + 4, ly - 4), 2)
    pts_l = [(lx - 4, ly - 6), (lx + 8, ly - 2), (lx + 6, ly + 4), (lx - 6, ly + 2)]
    pygame.draw.polygon(s, (56, 86, 66), pts_l)
    pygame.draw.polygon(s, INK, pts_l, 1)
    hline(s, REAL["lamp"][2], lx - 4, lx + 5, ly + 3)
    px(s, lx, ly + 4, REAL["lamp"][2])
    # ---- the old computer: a beige CRT on a beige box, green letters
    mx, my, mw, mh = MONITOR
    block(s, mx - 6, top_y - 4, mw + 12, 10, BEIGE, INK, light=3)  # the case
    rect(s, INK, mx + mw - 4, top_y - 1, 10, 2)  # floppy slot
    px(s, mx - 2, top_y, (80, 200, 90))
    block(s, mx, my, mw, mh, BEIGE, INK, light=3)
    sx, sy, sw, sh = SCREEN
    pygame.draw.rect(s, INK, pygame.Rect(sx - 1, sy - 1, sw + 2, sh + 2), border_radius=3)
    pygame.draw.rect(s, SCREEN_GREEN[0], pygame.Rect(sx, sy, sw, sh), border_radius=3)
    r = rng("green-text")
    for k, yy in enumerate(range(sy + 3, sy + sh - 3, 3)):
        ln = r.randrange(sw // 2, sw - 5) if k < 5 else sw // 3
        for xx in range(sx + 3, sx + 3 + ln):
            if r.random() < 0.8:
                px(s, xx, yy, SCREEN_GREEN[2])
    px(s, sx + 3 + sw // 3, sy + 3 + 3 * 5, SCREEN_GREEN[3])  # the cursor
    px(s, sx + 3 + sw // 3, sy + 2 + 3 * 5, SCREEN_GREEN[3])
    for k in range(4):
        px(s, sx + 2 + k, sy + 1, SCREEN_GREEN[1])
    rect(s, BEIGE[0], mx + 4, my + mh - 3, 5, 1)
    # keyboard
    kx, ky = mx - 2, top_y + 4
    pts_k = [(kx + 2, ky), (kx + mw + 2, ky), (kx + mw + 4, ky + 5), (kx, ky + 5)]
    pygame.draw.polygon(s, BEIGE[3], pts_k)
    pygame.draw.polygon(s, INK, pts_k, 1)
    for xx in range(kx + 3, kx + mw + 2, 2):
        px(s, xx, ky + 2, BEIGE[1])
        px(s, xx + 1, ky + 3, BEIGE[1])
    # the mug of coffee, gone cold
    ux, uy, uw, uh = MUG
    rect(s, INK, ux, top_y - uh + 6, uw, uh)
    rect(s, (170, 70, 60), ux + 1, top_y - uh + 7, uw - 2, uh - 2)
    hline(s, (70, 46, 30), ux + 1, ux + uw - 2, top_y - uh + 7)
    vline(s, INK, ux + uw, top_y - uh + 8, top_y - uh + 11)
    px(s, ux + uw + 1, top_y - uh + 9, INK)
    hline(s, (210, 200, 180), ux + 2, ux + 4, top_y - uh + 10)  # "WORLD'S OKAYEST DAD"
    # seed packets fanned out, and one torn open
    packs = [((210, 70, 80), (230, 200, 80)), ((80, 140, 70), (220, 220, 200)),
             ((220, 160, 40), (120, 60, 120)), ((90, 110, 180), (230, 230, 210))]
    for k, (c1, c2) in enumerate(packs):
        x0, y0 = 120 + k * 6, top_y - 4 + (k % 2) * 3
        rect(s, INK, x0, y0, 9, 11)
        rect(s, (226, 220, 200), x0 + 1, y0 + 1, 7, 9)
        rect(s, c1, x0 + 2, y0 + 2, 5, 4)
        px(s, x0 + 4, y0 + 3, c2)
        hline(s, (90, 90, 90), x0 + 2, x0 + 6, y0 + 8)
    for k in range(5):
        px(s, 146 - k, top_y + 7 - (k % 2), (60, 40, 30))  # spilled seeds
    # a wobbly stack of drafts on the desk, and a pen
    for k in range(5):
        yy = top_y - 2 - k * 2
        rect(s, INK, 24 + (k % 2), yy, 26, 3)
        rect(s, PAPER[2 + k % 2], 25 + (k % 2), yy, 24, 2)
    pygame.draw.line(s, (40, 60, 140), (40, top_y + 7), (50, top_y + 4))


def desk_gone(s: pygame.Surface) -> None:
    """The empty flat: a cardigan left on the chair, a skin on the coffee, the lamp left on."""
    ox, oy = LAYOUT["study_gone"][:2]
    dx, dy = LAYOUT["study_desk"][:2]
    top_y = LAYOUT["study_desk"][3] - 46
    ux, uy, uw, uh = MUG
    mx = dx - ox + ux
    my = dy - oy + top_y - uh + 7
    hline(s, (120, 96, 70), mx + 1, mx + uw - 2, my)
    px(s, mx + 3, my, (150, 130, 100))
    # the cardigan over the chair's back
    cx, cy = LAYOUT["study_chair"][:2]
    cx -= ox
    cy -= oy
    oat = ramp("#6a5e44", "#867858", "#a4946e", "#c0b088")
    pts = [(cx + 4, cy + 4), (cx + 34, cy + 3), (cx + 36, cy + 22), (cx + 31, cy + 34),
           (cx + 26, cy + 24), (cx + 12, cy + 25), (cx + 6, cy + 36), (cx + 2, cy + 22)]
    pygame.draw.polygon(s, oat[2], pts)
    for yy in range(cy + 4, cy + 36):
        for xx in range(cx + 2, cx + 37):
            if s.get_at((xx, yy)).a and (xx + yy) % 3 == 0:
                px(s, xx, yy, oat[1])
    pygame.draw.polygon(s, INK, pts, 1)
    for k in range(4):
        px(s, cx + 19, cy + 8 + k * 4, (200, 190, 150))


# =================================================================== floor things
def drafts(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2, 4, 120)
    r = rng("drafts")
    for sx, sh in ((1, 44), (17, 30), (8, 16)):
        base = h - 4 - (0 if sx != 8 else 0)
        for k in range(sh // 2):
            yy = base - k * 2
            jit = r.randrange(-1, 2)
            rect(s, INK, sx + jit, yy - 2, 17, 3)
            rect(s, PAPER[1 + (k % 3)], sx + jit + 1, yy - 1, 15, 1)
            if r.random() < 0.3:
                px(s, sx + jit + 4, yy - 1, (160, 60, 60))  # red pen
        # string tied round the stack
        vline(s, (150, 130, 90), sx + 8, base - sh, base)
        hline(s, (150, 130, 90), sx + 1, sx + 16, base - sh // 2)
    # a yellow sticky note on top: DRAFT 9
    rect(s, (230, 210, 90), 5, h - 4 - 44 - 5, 8, 6)
    hline(s, (110, 100, 40), 6, 11, h - 4 - 44 - 3)


def chair(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2 - 2, 4, 130)
    seat = ramp("#3a3430", "#524840", "#6a5c50", "#827062")
    # five-star base on castors
    cx = w // 2
    for dx in (-14, -7, 7, 14):
        pygame.draw.line(s, INK, (cx, h - 10), (cx + dx, h - 5), 2)
        rect(s, INK, cx + dx - 1, h - 5, 3, 3)
    rect(s, INK, cx - 2, h - 24, 4, 14)
    vline(s, REAL["metal"][3], cx - 1, h - 24, h - 11)
    # the seat, about 16 px off the floor, and a tall tilted back
    pygame.draw.ellipse(s, INK, pygame.Rect(3, h - 30, w - 6, 10))
    pygame.draw.ellipse(s, seat[2], pygame.Rect(4, h - 29, w - 8, 8))
    hline(s, seat[3], 9, w - 10, h - 27)
    rect(s, INK, cx - 2, h - 36, 4, 8)
    pygame.draw.rect(s, INK, pygame.Rect(5, 2, w - 10, h - 36), border_radius=6)
    pygame.draw.rect(s, seat[1], pygame.Rect(6, 3, w - 12, h - 38), border_radius=5)
    vgrad(s, seat, 8, 5, w - 16, h - 42, 0.8, 0.3)
    for yy in (10, 18):  # buttoned leatherette, cracked
        px(s, cx - 5, yy, seat[0])
        px(s, cx + 5, yy, seat[0])
    pygame.draw.line(s, seat[0], (cx - 4, 22), (cx + 2, 26))
    px(s, cx + 3, 25, REAL["fabric"][3])  # stuffing pokes out


def office_box(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 3, w / 2, 4, 120)
    fu.moving_box(s, 1, 4, w - 4, h - 8, "study-office-box")
    # OFFICE in marker, blocky letters 3x5
    glyphs = {
        "O": ["111", "101", "101", "101", "111"],
        "F": ["111", "100", "110", "100", "100"],
        "I": ["111", "010", "010", "010", "111"],
        "C": ["111", "100", "100", "100", "111"],
        "E": ["111", "100", "110", "100", "111"],
    }
    x0, y0 = 6, 22
    for i, ch in enumerate("OFFICE"):
        for yy, row in enumerate(glyphs[ch]):
            for xx, bit in enumerate(row):
                if bit == "1":
                    px(s, x0 + i * 5 + xx, y0 + yy, (34, 30, 40))


# =================================================================== build
def _overlays() -> None:
    dx, dy = LAYOUT["study_desk"][:2]
    sx, sy, sw, sh = SCREEN
    lx, ly = LAMP_HEAD
    gx, gy, gw, gh = window_glass()
    light_overlay(
        "study_light", ROOM_W,
        spots=[(dx + lx + 6, dy + ly + 30, 40, 26, (255, 200, 120), 60),
               (dx + lx + 4, dy + ly + 8, 14, 10, (255, 220, 150), 70),
               (dx + sx + sw / 2, dy + sy + sh / 2, 30, 22, (110, 240, 130), 40)],
        shafts=[(gx, gx + gw, gy + gh + 22, 306, 70, (210, 226, 232), 34)],
        vignette=(16, 20, 26), vig_a=120)
    night_overlay("study_night", [(gx, gy - 19, gw, gh + 19)], (gx + 4, gx + gw - 4, 218, 300, 70),
                  cutouts=[(dx + sx, dy + sy, sw, sh)])
    # the paper blind over the top of the glass stays a blind, only darker
    path = PROPS / "study_night.png"
    s = pygame.image.load(str(path))
    for yy in range(gy - 19, gy):
        for xx in range(gx, gx + gw):
            s.set_at((xx, yy), (10, 14, 40, 190))
    save(s, path)


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("study_backdrop", backdrop),
        ("study_door", lambda s: fu.doorway(s, "real")),
        ("study_window", window),
        ("study_rain", rain),
        ("study_plants", plants),
        ("study_corkboard", corkboard),
        ("study_shelves", shelves),
        ("study_desk", desk),
        ("study_drafts", drafts),
        ("study_chair", chair),
        ("study_box", office_box),
        ("study_gone", desk_gone),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
    _overlays()


__all__ = ["LAYOUT", "build"]
