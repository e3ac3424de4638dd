"""The parents' study in the real flat: Dad's desk, an old computer with green letters, a
window streaked with rain, bookshelves, a plant stand of dying seedlings and boxes not yet
unpacked. One painted backdrop (wall, cornice, skirting, floorboards) and props on top.

Every picture is assets/props/<name>.png placed at LAYOUT[name] (map pixels). Overlays: the
lamp and screen light, the rain on the glass (rainy phases), the night, the empty-flat
leftovers (Dad's cardigan on the chair, a skin on the coffee), and on the party day the clear
blue sky in the glass (``study_window_clear``) and sunlight on the floor (``study_light_clear``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from .. import props
from ..base import (
    make_prop, value_noise,
    ASSETS, REAL, ROOM_W, Colour, bayer, dither_pick, frame, hline, lerp, px,
    ramp, rect, rng, save, shade_rect, surf, vgrad, vline,
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
    "study_window_clear": (105, 64, 78, 65),  # the glass below the blind (window_glass())
    "study_plants": (94, 140, 100, 78),
    "study_corkboard": (206, 62, 54, 46),
    "study_shelves": (290, 126, 48, 92),
    "study_desk": (364, 162, 150, 68),
    "study_drafts": (518, 192, 34, 34),
    "study_chair": (561, 192, 28, 42),
    "study_box": (601, 206, 32, 30),
    "study_light": (0, 0, 640, 320),
    "study_light_clear": (0, 0, 640, 320),
    "study_gone": (364, 162, 228, 72),
    "study_night": (0, 0, 640, 320),
}

# where things sit inside the desk picture (local), shared by the art and the overlays
DESK_FLOOR = 64  # the row the desk's feet stand on
DESK_TOP = DESK_FLOOR - 36  # the back edge of the top; the front edge is 26 px up
MONITOR = (44, 3, 28, 22)  # x, y, w, h of the CRT body
SCREEN = (48, 7, 20, 14)
MUG = (80, 0, 7, 7)
LAMP_HEAD = (17, 10)  # centre of the lamp's bulb, local
CHAIR_BACK = (4, 2, 20, 17)  # the swivel chair's back, local to its picture


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


_PATH_WANDER = value_noise("study-path", 28)
_PATH_STREAK = value_noise("study-path-grain", 6)


def worn_path(x: int, y: int) -> float:
    """How worn the boards are at (x, y), 0..1: a path walked from the door to the desk.

    Its middle line drifts down from the door's foot to the front of the desk, its edges
    wander, it thins out at both ends, and the wear runs along each 4 px board (streaks
    stretched lengthways, some boards worn more than their neighbours; the dark joints
    between boards are left alone)."""
    x0, x1 = 44, 420
    if not x0 < x < x1:
        return 0.0
    u = (x - x0) / (x1 - x0)
    mid = 220 + 17 * u + (_PATH_WANDER(x, 3) - 0.5) * 8
    half = 5 + 6 * math.sin(math.pi * min(1.0, u * 1.15)) + (_PATH_WANDER(x, 40) - 0.5) * 5
    d = abs(y - mid) / max(1.0, half)
    if d >= 1.0:
        return 0.0
    across = 1.0 - d * d
    ends = min(1.0, u / 0.18, (1.0 - u) / 0.22)
    board = y // 4
    along = 0.55 + 0.6 * (_PATH_STREAK(x * 0.12, board * 7.3) - 0.5) + 0.15 * ((board * 7) % 3 - 1)
    return max(0.0, min(1.0, 0.9 * across * ends * along))


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
            wear = worn_path(x, y)
            if wear > bayer(x, y) and c in WOOD[1:4]:
                c = WOOD[WOOD.index(c) + 1]  # the finish walked off: one step paler
            px(s, x, y, c)
    # a brighter rectangle on the paper where a picture once hung
    for y in range(70, 104):
        for x in range(514, 548):
            if bayer(x, y) < 0.5:
                px(s, x, y, STRIPE[3] if x % 24 >= 10 else STRIPE[4])
    hline(s, STRIPE[1], 514, 547, 104)
    px(s, 531, 64, INK)  # the nail
    px(s, 531, 65, REAL["metal"][2])
    wall_things(s)
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


# =================================================================== the wall's clutter
def _nail(s: pygame.Surface, x: int, y: int) -> None:
    px(s, x, y, INK)
    px(s, x, y + 1, REAL["metal"][2])


def botanical_print(s: pygame.Surface, x: int, y: int, w: int, h: int) -> None:
    """A framed seed-catalogue plate of a prize cabbage, foxed at the edges."""
    _nail(s, x + w // 2, y - 5)
    pygame.draw.line(s, INK, (x + w // 2, y - 4), (x + 3, y))
    pygame.draw.line(s, INK, (x + w // 2, y - 4), (x + w - 4, y))
    block(s, x, y, w, h, WOOD, INK, light=4)
    ix, iy, iw, ih = x + 3, y + 3, w - 6, h - 6
    rect(s, PAPER[3], ix, iy, iw, ih)
    r = rng("study-plate")
    for _ in range(14):  # foxing
        px(s, ix + r.randrange(iw), iy + r.randrange(ih), PAPER[1])
    cx, cy = ix + iw // 2, iy + ih // 2 - 2
    for rr_, c in ((9, LEAF[1]), (8, LEAF[2]), (5, LEAF[3]), (3, (170, 180, 110))):
        pygame.draw.circle(s, c, (cx, cy), rr_)
    for k in (-6, -2, 3, 6):  # the veins of the outer leaves
        pygame.draw.line(s, LEAF[0], (cx, cy + 2), (cx + k, cy + 8))
    vline(s, (120, 100, 70), cx, cy + 9, cy + 11)
    hline(s, (90, 84, 72), ix + 4, ix + iw - 5, iy + ih - 4)  # the caption
    hline(s, (140, 132, 116), ix + 7, ix + iw - 8, iy + ih - 2)
    frame(s, WOOD[1], ix - 1, iy - 1, iw + 2, ih + 2)


def desk_shelf(s: pygame.Surface, x0: int, x1: int, y: int) -> None:
    """A plank on two brackets over the desk: ring binders, catalogues, a jar of pencils,
    a rolled-up garden plan; and papers pinned to the wall under it."""
    # papers pinned under the shelf: a sowing chart and a postcard of a giant marrow
    cx_, cy_ = x1 - 32, y + 8
    rect(s, (30, 26, 20), cx_ + 1, cy_ + 1, 22, 17)
    rect(s, PAPER[3], cx_, cy_, 22, 17)
    for k in range(1, 4):
        hline(s, PAPER[1], cx_ + 1, cx_ + 20, cy_ + k * 4)
    for k in range(1, 5):
        vline(s, PAPER[1], cx_ + k * 4 + 1, cy_ + 1, cy_ + 15)
    r = rng("sowing-chart")
    for _ in range(9):
        px(s, cx_ + 3 + 4 * r.randrange(5), cy_ + 2 + 4 * r.randrange(4),
           r.choice([(60, 130, 60), (200, 70, 60), (200, 170, 60)]))
    px(s, cx_ + 11, cy_, (200, 40, 40))  # the drawing pin
    px_, py_ = x0 + 4, y + 9
    rect(s, (30, 26, 20), px_ + 1, py_ + 1, 15, 11)
    rect(s, (150, 170, 176), px_, py_, 15, 11)
    rect(s, (90, 130, 70), px_, py_ + 7, 15, 4)
    pygame.draw.ellipse(s, (110, 150, 60), pygame.Rect(px_ + 3, py_ + 4, 10, 5))
    px(s, px_ + 7, py_, (40, 80, 200))
    # the plank and its brackets
    block(s, x0, y, x1 - x0, 4, WOOD, INK, light=4)
    for bx in (x0 + 6, x1 - 12):
        pts = [(bx, y + 4), (bx + 6, y + 4), (bx + 6, y + 9)]
        pygame.draw.polygon(s, WOOD[2], pts)
        pygame.draw.polygon(s, INK, pts, 1)
    # ring binders, upright, with labels on their spines
    x = x0 + 3
    for k, c in enumerate((REAL["rose"][1], REAL["fabric"][1], REAL["card"][2], REAL["rain"][1])):
        bh = 15 - (k % 2)
        rect(s, INK, x, y - bh, 7, bh)
        rect(s, c, x + 1, y - bh + 1, 5, bh - 1)
        vline(s, lerp(c, (255, 255, 255), 0.2), x + 1, y - bh + 1, y - 1)  # type: ignore[arg-type]
        rect(s, PAPER[3], x + 2, y - bh + 3, 3, 4)
        pygame.draw.circle(s, INK, (x + 3, y - 4), 1)
        x += 7
    # one binder leaning on the rest
    pts = [(x, y), (x + 6, y), (x + 13, y - 12), (x + 8, y - 14)]
    pygame.draw.polygon(s, (100, 110, 70), pts)
    pygame.draw.polygon(s, INK, pts, 1)
    x += 18
    # a magazine file of seed catalogues
    rect(s, INK, x, y - 12, 10, 12)
    rect(s, (70, 80, 96), x + 1, y - 11, 8, 11)
    for k, c in enumerate(((200, 70, 80), (90, 150, 70), (220, 180, 60))):
        hline(s, c, x + 2, x + 7, y - 14 + k)
        px(s, x + 1, y - 14 + k, INK)
        px(s, x + 8, y - 14 + k, INK)
    x += 14
    # a rolled-up garden plan, lying along the shelf, tied with string
    rect(s, INK, x, y - 5, 24, 5)
    rect(s, PAPER[2], x + 1, y - 4, 22, 3)
    hline(s, PAPER[3], x + 1, x + 22, y - 4)
    pygame.draw.ellipse(s, PAPER[1], pygame.Rect(x + 21, y - 5, 4, 5))
    vline(s, (170, 60, 60), x + 10, y - 5, y - 1)
    x += 28
    # a jar of pencils (none behind Dad's ears today)
    for k, c in enumerate(((230, 190, 60), (60, 110, 200), (200, 60, 60), (230, 190, 60))):
        vline(s, INK, x + 1 + k * 2, y - 14 + (k % 2) * 2, y - 8)
        vline(s, c, x + 2 + k * 2, y - 13 + (k % 2) * 2, y - 8)
    rect(s, INK, x, y - 9, 10, 9)
    rect(s, (130, 150, 150), x + 1, y - 8, 8, 8)
    vline(s, (190, 206, 206), x + 2, y - 7, y - 2)


def wall_calendar(s: pygame.Surface, x: int, y: int) -> None:
    """A seed-company calendar: this month's tomato, and a day ringed in red."""
    w, h = 24, 34
    _nail(s, x + w // 2, y - 3)
    rect(s, INK, x - 1, y - 1, w + 2, h + 2)
    rect(s, PAPER[3], x, y, w, h)
    rect(s, (96, 110, 120), x + 2, y + 2, w - 4, 14)
    pygame.draw.circle(s, INK, (x + w // 2, y + 10), 5)
    pygame.draw.circle(s, (190, 50, 44), (x + w // 2, y + 10), 4)
    px(s, x + w // 2 - 2, y + 8, (240, 140, 120))
    hline(s, LEAF[2], x + w // 2 - 2, x + w // 2 + 2, y + 5)
    px(s, x + w // 2, y + 4, LEAF[1])
    hline(s, (90, 84, 72), x + 4, x + w - 5, y + 18)
    for row in range(4):
        for col in range(7):
            px(s, x + 2 + col * 3, y + 21 + row * 3, PAPER[0])
    pygame.draw.circle(s, (200, 50, 50), (x + 2 + 4 * 3, y + 21 + 2 * 3), 2, 1)
    px(s, x + 4, y + h - 1, PAPER[1])  # a corner curling up
    px(s, x + w - 2, y + h - 2, PAPER[1])


def wall_things(s: pygame.Surface) -> None:
    """What fills the wall now the furniture is at the cast's scale: a plate of a prize
    cabbage over the bookcase, a shelf of binders over Dad's desk, and a calendar."""
    botanical_print(s, 299, 64, 30, 40)
    desk_shelf(s, 370, 480, 128)
    wall_calendar(s, 570, 114)


# =================================================================== window
BLIND = 19  # the rows of glass the half-drawn blind covers (with its hem)
SUN = (*REAL["lamp"][2], 38)  # the party day's window light on the floor: pale sun, not grey


def grey_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The overcast sky in the study window."""
    vgrad(s, [(70, 80, 86), (88, 98, 102), (110, 118, 118), (134, 140, 136)],
          gx, gy, gw, gh, 0.1, 0.9)


def clear_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The party day's sky (``props.clear_sky``) in the glass the blind leaves open, painted
    a little wider than the glass so that its cloud sails clear of the fir's tip."""
    sky = surf(*s.get_size())
    props.clear_sky(sky, gx, gy + BLIND, gw + 20, gh - BLIND)
    s.blit(sky, (gx, gy + BLIND), pygame.Rect(gx, gy + BLIND, gw, gh - BLIND))


def window(s: pygame.Surface, sky: fu.Painter = grey_sky) -> None:
    w, h = s.get_size()
    pl = REAL["plaster"]
    block(s, 0, 0, w, h - 10, pl, INK, light=2)
    gx, gy, gw, gh = 5, 5, w - 10, h - 20
    sky(s, gx, gy, gw, gh)
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
    bh = BLIND - 1
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
    return x + 5, y + 5 + BLIND, w - 10, h - 20 - BLIND


def window_clear(s: pygame.Surface) -> None:
    """The party day's layer over the open glass: the pixels the clear sky changes from the
    grey view (the sky and the edges of the roofs and the fir); the rest clear."""
    x, y, w, h = LAYOUT["study_window"]
    gx, gy, gw, gh = window_glass()
    assert LAYOUT["study_window_clear"] == (gx, gy, gw, gh), "layout: the sky is the glass"

    def paint(t: pygame.Surface, drops: bool = False, **kw: fu.Painter) -> tuple[int, int, int, int]:
        window(t, **kw)
        return gx - x, gy - y, gw, gh
    s.blit(props.glass_changes(paint, (w, h), sky=clear_sky), (0, 0))


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
    rect(s, INK, mx - 3, top - 11, 8, 11)
    vgrad(s, [(90, 120, 140), (120, 150, 170), (150, 180, 196)], mx - 2, top - 10, 6, 9, 0.9, 0.2)
    rect(s, INK, mx - 2, top - 15, 5, 5)
    rect(s, (200, 60, 60), mx - 1, top - 14, 3, 3)
    hline(s, INK, mx - 4, mx - 2, top - 14)
    px(s, mx - 1, top - 11, (220, 90, 90))  # the trigger
    px(s, mx - 1, top - 8, (200, 220, 230))


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
    """A bookcase 2.1 m high (74 px) and 1.3 m wide: four shelves of books at a book's
    size, a globe and a box of floppy disks on top, a long-dead ivy trailing down."""
    w, h = s.get_size()
    floor = h - 3
    top = floor - 73
    floor_shadow(s, w / 2, floor, w / 2, 3, 120)
    block(s, 0, top, w, floor - top + 1, WOOD, INK, grain="study-shelves", light=3)
    rect(s, WOOD[0], 3, top + 3, w - 6, floor - top - 9)
    r = rng("study-books")
    book_cols = [REAL["rose"][1], REAL["rose"][2], REAL["fabric"][1], REAL["fabric"][3],
                 REAL["card"][1], REAL["card"][3], REAL["rain"][1], REAL["wall"][2],
                 (120, 60, 50), (70, 80, 110), (150, 140, 100)]
    boards = [top + 3 + 16 * k for k in range(5)]  # the shelves' top rows
    for i in range(4):
        y0, y1 = boards[i] + 2, boards[i + 1]
        x = 4
        while x < w - 5:
            bw = r.randrange(2, 5)
            bh = r.randrange(8, y1 - y0)
            if r.random() < 0.08 and i != 1:
                x += r.randrange(3, 6)  # a gap
                continue
            if x + bw > w - 4:
                break
            if i == 1 and x > w - 20:
                break  # room for the lying stack
            if i == 3 and x > w - 18:
                break  # room for the other people's catalogues
            c = r.choice(book_cols)
            rect(s, c, x, y1 - bh, bw, bh)
            vline(s, lerp(c, (255, 255, 255), 0.2), x, y1 - bh, y1 - 1)  # type: ignore[arg-type]
            vline(s, INK, x + bw - 1, y1 - bh, y1 - 1)
            hline(s, INK, x, x + bw - 1, y1 - bh)
            if bh > 10 and bw > 2:
                px(s, x + 1, y1 - bh + 3, (200, 180, 120))  # gilt lettering on the spine
            x += bw
        if i == 1:  # a lying stack: The Joy of Mulch and friends
            for k in range(3):
                block(s, w - 18, y1 - 3 - k * 3, 14, 3,
                      [(60, 80, 50), (80, 100, 64), (100, 120, 80), (120, 140, 96)], INK,
                      light=2)
        if i == 3:  # the competition: other people's seed catalogues, lying flat
            for k, c in enumerate(((170, 60, 60), (80, 130, 70), (200, 170, 70), (90, 110, 170))):
                rect(s, INK, w - 16 + (k % 2), y1 - 2 - k * 2, 12, 2)
                hline(s, c, w - 15 + (k % 2), w - 6 + (k % 2), y1 - 2 - k * 2)
        block(s, 2, boards[i + 1], w - 4, 3, WOOD, INK, light=4)
    block(s, 0, top, w, 3, WOOD, INK, light=4)  # the cornice
    # on top: a box of floppy disks, and the globe with a dent in Australia
    block(s, 14, top - 5, 12, 5, [(50, 50, 56), (70, 70, 76), (90, 90, 96), (110, 110, 116)], INK)
    for k in range(3):
        hline(s, (150, 60, 60) if k % 2 else (60, 90, 150), 16, 22, top - 4 + k)
    gx, gy = w - 14, top - 9
    rect(s, INK, gx - 3, top - 2, 7, 2)
    vline(s, REAL["metal"][2], gx - 6, gy - 3, gy + 5)
    pygame.draw.circle(s, INK, (gx, gy), 7)
    pygame.draw.circle(s, (70, 100, 110), (gx, gy), 6)
    pygame.draw.circle(s, (110, 120, 80), (gx - 2, gy - 2), 3)
    px(s, gx + 3, gy + 2, (110, 120, 80))
    px(s, gx + 2, gy + 3, (90, 100, 66))  # the dent
    px(s, gx - 3, gy - 4, (150, 180, 184))
    # a long-dead ivy in a pot on the corner, trailing down the side of the case
    rect(s, INK, 1, top - 6, 8, 6)
    rect(s, (150, 80, 60), 2, top - 5, 6, 4)
    hline(s, (180, 110, 80), 2, 7, top - 5)
    for k in range(34):
        xx = 1 + (k // 6) % 2
        yy = top - 2 + k
        px(s, xx, yy, DEAD[1])
        if k % 4 == 1:  # withered leaves, on alternate sides
            px(s, xx + (1 if k % 8 == 1 else -1), yy, DEAD[2 + (k % 3 == 0)])
            px(s, xx + (2 if k % 8 == 1 else -1), yy + 1, DEAD[2])


# =================================================================== desk
def desk(s: pygame.Surface) -> None:
    """Dad's desk at the cast's scale (the top 26 px up, at his hip) and everything on it:
    the angle-poise lamp, a wobbly stack of drafts, the beige computer, the mug, the seed
    packets; and at its end a filing cabinet with a dot-matrix printer spewing paper."""
    w, h = s.get_size()
    floor, top_y = DESK_FLOOR, DESK_TOP
    front_y = top_y + 10
    desk_w = 112
    floor_shadow(s, w / 2, floor - 1, w / 2 - 2, 4, 130)
    pts = [(3, top_y), (desk_w - 4, top_y), (desk_w - 1, front_y), (0, front_y)]
    pygame.draw.polygon(s, WOOD[3], pts)
    for yy in range(top_y + 1, front_y):
        for xx in range(desk_w):
            if s.get_at((xx, yy)).a and bayer(xx, yy) < 0.18:
                px(s, xx, yy, WOOD[4])
    pygame.draw.polygon(s, INK, pts, 1)
    block(s, 0, front_y, desk_w, 4, WOOD, INK, light=3)
    # pedestal of drawers on the right, open knee space on the left
    ped_x = desk_w - 34
    block(s, ped_x, front_y + 4, 32, floor - front_y - 3, WOOD, INK, grain="desk-ped", light=2)
    for k in range(3):
        dy = front_y + 6 + k * 6
        frame(s, WOOD[1], ped_x + 3, dy, 26, 5)
        hline(s, REAL["metal"][3], ped_x + 14, ped_x + 17, dy + 2)
    rect(s, WOOD[0], 5, front_y + 4, ped_x - 5, floor - front_y - 3)
    for yy in range(front_y + 4, floor):
        if bayer(3, yy) < 0.5:
            hline(s, (12, 10, 12), 7, ped_x - 2, yy)
    block(s, 1, front_y + 4, 4, floor - front_y - 3, WOOD, INK, light=2)
    # a wastepaper basket under the desk, overflowing
    bx = 40
    pts_b = [(bx, floor - 10), (bx + 10, floor - 10), (bx + 9, floor), (bx + 1, floor)]
    pygame.draw.polygon(s, REAL["metal"][1], pts_b)
    pygame.draw.polygon(s, INK, pts_b, 1)
    for k, (cx, cy) in enumerate(((bx + 3, floor - 11), (bx + 7, floor - 12), (bx + 13, floor - 1))):
        pygame.draw.circle(s, INK, (cx, cy), 2)
        px(s, cx, cy, PAPER[2 + k % 2])
        px(s, cx - 1, cy, PAPER[3])
    # ---- the filing cabinet at the end, and the printer on it
    fx, fw = desk_w + 4, w - desk_w - 6
    fpts = [(fx + 2, top_y), (fx + fw - 3, top_y), (fx + fw - 1, front_y), (fx, front_y)]
    grey = REAL["metal"]
    pygame.draw.polygon(s, grey[3], fpts)
    pygame.draw.polygon(s, INK, fpts, 1)
    block(s, fx, front_y, fw, floor - front_y + 1, grey, INK, light=2)
    for k in range(2):
        dy = front_y + 3 + k * 13
        frame(s, grey[1], fx + 3, dy, fw - 6, 11)
        rect(s, INK, fx + fw // 2 - 3, dy + 3, 6, 2)
        rect(s, (200, 196, 180), fx + fw // 2 - 3, dy + 6, 6, 2)  # a label holder
    px(s, fx + fw - 3, front_y + 5, (150, 60, 60))  # a rust spot
    # the dot-matrix printer: a beige box, a tractor feed, paper spilling to the floor
    prx, pry, prw = fx + 3, top_y - 5, fw - 6
    block(s, prx, pry, prw, 9, BEIGE, INK, light=3)
    rect(s, INK, prx + 3, pry + 2, prw - 6, 2)
    px(s, prx + prw - 4, pry + 5, (80, 200, 90))
    for k in range(6):  # the fanfold paper stacked behind it, and the sheet it's printing
        hline(s, PAPER[2 + k % 2], prx + 4, prx + prw - 5, pry - 1 - k)
    vline(s, INK, prx + 3, pry - 6, pry - 1)
    vline(s, INK, prx + prw - 4, pry - 6, pry - 1)
    hline(s, INK, prx + 3, prx + prw - 4, pry - 7)
    for yy in range(pry + 9, floor - 1):  # a ribbon of paper down the cabinet's front
        xo = int(2 * math.sin((yy - pry) * 0.35))
        x0 = fx + 6 + xo
        hline(s, PAPER[3] if yy % 4 else PAPER[1], x0, x0 + 8, yy)
        px(s, x0 - 1, yy, INK)
        px(s, x0 + 9, yy, INK)
        if yy % 4 == 0:
            px(s, x0 + 2 + (yy // 4) % 4, yy, (60, 60, 70))  # the printed lines
    for k in range(4):  # the folded heap at the bottom
        rect(s, INK, fx + 2 - k, floor - 2 - 2 * k, 15, 3)
        hline(s, PAPER[2 + k % 2], fx + 3 - k, fx + 15 - k, floor - 1 - 2 * k)
    # ---- on the desk: the angle-poise lamp
    lx, ly = LAMP_HEAD
    rect(s, INK, 7, top_y + 1, 10, 3)
    rect(s, (46, 70, 56), 8, top_y + 2, 8, 1)
    pygame.draw.line(s, INK, (12, top_y + 1), (8, top_y - 9), 2)
    pygame.draw.line(s, INK, (8, top_y - 9), (lx + 2, ly - 3), 2)
    px(s, 8, top_y - 9, REAL["metal"][3])  # the elbow
    pts_l = [(lx - 3, ly - 5), (lx + 6, ly - 2), (lx + 4, ly + 3), (lx - 5, ly + 1)]
    pygame.draw.polygon(s, (56, 86, 66), pts_l)
    pygame.draw.polygon(s, INK, pts_l, 1)
    hline(s, REAL["lamp"][2], lx - 3, lx + 3, ly + 2)
    px(s, lx, ly + 3, REAL["lamp"][2])
    # a wobbly stack of drafts and a pen
    for k in range(5):
        yy = top_y + 3 - k * 2
        rect(s, INK, 20 + (k % 2), yy, 16, 3)
        rect(s, PAPER[2 + k % 2], 21 + (k % 2), yy, 14, 2)
    pygame.draw.line(s, (40, 60, 140), (24, top_y + 7), (32, top_y + 5))
    # ---- the old computer: a beige CRT on a beige box, green letters
    mx, my, mw, mh = MONITOR
    block(s, mx - 4, top_y - 3, mw + 8, 7, BEIGE, INK, light=3)  # the case
    rect(s, INK, mx + mw - 6, top_y, 8, 1)  # floppy slot
    px(s, mx - 1, top_y, (80, 200, 90))
    block(s, mx, my, mw, mh, BEIGE, INK, light=3)
    sx, sy, sw, sh = SCREEN
    pygame.draw.rect(s, INK, pygame.Rect(sx - 1, sy - 1, sw + 2, sh + 2), border_radius=2)
    pygame.draw.rect(s, SCREEN_GREEN[0], pygame.Rect(sx, sy, sw, sh), border_radius=2)
    r = rng("green-text")
    for k, yy in enumerate(range(sy + 2, sy + sh - 2, 2)):
        ln = r.randrange(sw // 2, sw - 4) if k < 4 else sw // 3
        for xx in range(sx + 2, sx + 2 + ln):
            if r.random() < 0.8:
                px(s, xx, yy, SCREEN_GREEN[2])
        last = yy
    px(s, sx + 3 + sw // 3, last, SCREEN_GREEN[3])  # the cursor
    for k in range(3):
        px(s, sx + 1 + k, sy + 1, SCREEN_GREEN[1])
    rect(s, BEIGE[0], mx + 3, my + mh - 3, 4, 1)
    # keyboard
    kx, ky = mx - 1, top_y + 5
    pts_k = [(kx + 2, ky), (kx + mw, ky), (kx + mw + 2, ky + 3), (kx, ky + 3)]
    pygame.draw.polygon(s, BEIGE[3], pts_k)
    pygame.draw.polygon(s, INK, pts_k, 1)
    for xx in range(kx + 3, kx + mw, 2):
        px(s, xx, ky + 1, BEIGE[1])
        px(s, xx + 1, ky + 2, BEIGE[1])
    # the mug of coffee, gone cold
    ux, uy, uw, uh = MUG
    my0 = top_y - uh + 5
    rect(s, INK, ux, my0, uw, uh)
    rect(s, (170, 70, 60), ux + 1, my0 + 1, uw - 2, uh - 2)
    hline(s, (70, 46, 30), ux + 1, ux + uw - 2, my0 + 1)
    vline(s, INK, ux + uw, my0 + 2, my0 + 4)
    px(s, ux + uw + 1, my0 + 3, INK)
    hline(s, (210, 200, 180), ux + 2, ux + 3, my0 + 4)  # "WORLD'S OKAYEST DAD"
    # seed packets fanned out, and one torn open
    packs = [((210, 70, 80), (230, 200, 80)), ((80, 140, 70), (220, 220, 200)),
             ((220, 160, 40), (120, 60, 120)), ((90, 110, 180), (230, 230, 210))]
    for k, (c1, c2) in enumerate(packs):
        x0, y0 = 90 + k * 4, top_y + 1 + (k % 2) * 2
        rect(s, INK, x0, y0, 7, 8)
        rect(s, (226, 220, 200), x0 + 1, y0 + 1, 5, 6)
        rect(s, c1, x0 + 2, y0 + 2, 3, 3)
        px(s, x0 + 3, y0 + 3, c2)
        hline(s, (90, 90, 90), x0 + 2, x0 + 4, y0 + 6)
    for k in range(4):
        px(s, desk_w - 6 - k * 2, front_y - 1 - (k % 2), (60, 40, 30))  # spilled seeds


def desk_gone(s: pygame.Surface) -> None:
    """The empty flat: a cardigan left on the chair, a skin on the coffee, the lamp left on."""
    ox, oy = LAYOUT["study_gone"][:2]
    dx, dy = LAYOUT["study_desk"][:2]
    ux, uy, uw, uh = MUG
    mx = dx - ox + ux
    my = dy - oy + DESK_TOP - uh + 6
    hline(s, (120, 96, 70), mx + 1, mx + uw - 2, my)
    px(s, mx + 3, my, (150, 130, 100))
    # the cardigan over the chair's back, its sleeves hanging down past the seat
    cx, cy = LAYOUT["study_chair"][:2]
    bx, by, bw, bh = CHAIR_BACK
    cx += bx - ox
    cy += by - oy
    oat = ramp("#6a5e44", "#867858", "#a4946e", "#c0b088")
    pts = [(cx + 1, cy + 1), (cx + bw - 2, cy), (cx + bw, cy + 11), (cx + bw - 3, cy + 20),
           (cx + bw - 6, cy + 12), (cx + 6, cy + 13), (cx + 3, cy + 21), (cx - 1, cy + 11)]
    pygame.draw.polygon(s, oat[2], pts)
    for yy in range(cy, cy + 22):
        for xx in range(cx - 1, cx + bw + 1):
            if s.get_at((xx, yy)).a and (xx + yy) % 3 == 0:
                px(s, xx, yy, oat[1])
    pygame.draw.polygon(s, INK, pts, 1)
    hline(s, oat[3], cx + 3, cx + bw - 4, cy + 2)
    for k in range(3):  # the buttons down its front
        px(s, cx + bw // 2, cy + 4 + k * 3, (200, 190, 150))


# =================================================================== floor things
def drafts(s: pygame.Surface) -> None:
    """Three stacks of catalogue drafts on the floor, A4 (10 px) wide, tied with string:
    the tallest 24 px, about the height of a seat."""
    w, h = s.get_size()
    floor = h - 4
    floor_shadow(s, w / 2, floor, w / 2, 3, 120)
    r = rng("drafts")
    for sx, sh in ((1, 24), (18, 16), (10, 8)):
        for k in range(sh // 2):
            yy = floor - k * 2
            jit = r.randrange(-1, 2)
            rect(s, INK, sx + jit, yy - 2, 14, 3)
            rect(s, PAPER[1 + (k % 3)], sx + jit + 1, yy - 1, 12, 1)
            if r.random() < 0.3:
                px(s, sx + jit + 4, yy - 1, (160, 60, 60))  # red pen
        # string tied round the stack
        vline(s, (150, 130, 90), sx + 7, floor - sh, floor)
        hline(s, (150, 130, 90), sx + 1, sx + 13, floor - sh // 2)
    # a yellow sticky note on top: DRAFT 9
    rect(s, (230, 210, 90), 4, floor - 24 - 4, 6, 4)
    hline(s, (110, 100, 40), 5, 8, floor - 24 - 3)


def chair(s: pygame.Surface) -> None:
    """A swivel chair: the seat 16 px off the floor, the back to 38 (an adult's waist)."""
    w, h = s.get_size()
    floor = h - 4
    floor_shadow(s, w / 2, floor, w / 2 - 2, 3, 130)
    seat = ramp("#3a3430", "#524840", "#6a5c50", "#827062")
    # five-star base on castors
    cx = w // 2
    for dx in (-10, -5, 5, 10):
        pygame.draw.line(s, INK, (cx, floor - 4), (cx + dx, floor - 1), 2)
        rect(s, INK, cx + dx - 1, floor - 1, 3, 2)
    rect(s, INK, cx - 1, floor - 14, 3, 11)
    vline(s, REAL["metal"][3], cx, floor - 14, floor - 4)
    # the seat, 16 px off the floor, leaning a little to the left
    pygame.draw.ellipse(s, INK, pygame.Rect(2, floor - 17, w - 4, 7))
    pygame.draw.ellipse(s, seat[2], pygame.Rect(3, floor - 16, w - 6, 5))
    hline(s, seat[3], 7, w - 8, floor - 16)
    # the tall back on its stem
    bx, by, bw, bh = CHAIR_BACK
    rect(s, INK, cx - 1, by + bh - 1, 3, floor - 16 - by - bh + 1)
    pygame.draw.rect(s, INK, pygame.Rect(bx, by, bw, bh), border_radius=4)
    pygame.draw.rect(s, seat[1], pygame.Rect(bx + 1, by + 1, bw - 2, bh - 2), border_radius=3)
    vgrad(s, seat, bx + 2, by + 2, bw - 4, bh - 5, 0.8, 0.3)
    for yy in (by + 5, by + 10):  # buttoned leatherette, cracked
        px(s, cx - 4, yy, seat[0])
        px(s, cx + 4, yy, seat[0])
    pygame.draw.line(s, seat[0], (cx - 3, by + 12), (cx + 1, by + 14))
    px(s, cx + 2, by + 13, REAL["fabric"][3])  # stuffing pokes out


def office_box(s: pygame.Surface) -> None:
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2, 3, 120)
    fu.moving_box(s, 1, 4, w - 4, h - 8, "study-office-box")
    # OFFICE in marker, blocky letters 3x5
    glyphs = {
        "O": ["111", "101", "101", "101", "111"],
        "F": ["111", "100", "110", "100", "100"],
        "I": ["111", "010", "010", "010", "111"],
        "C": ["111", "100", "100", "100", "111"],
        "E": ["111", "100", "110", "100", "111"],
    }
    x0, y0 = 4, 14
    for i, ch in enumerate("OFFICE"):
        for yy, row in enumerate(glyphs[ch]):
            for xx, bit in enumerate(row):
                if bit == "1":
                    px(s, x0 + i * 4 + xx, y0 + yy, (34, 30, 40))


# =================================================================== build
def _overlays() -> None:
    dx, dy = LAYOUT["study_desk"][:2]
    sx, sy, sw, sh = SCREEN
    lx, ly = LAMP_HEAD
    gx, gy, gw, gh = window_glass()
    # the cold grey shaft from the window; on the party day (``study_light_clear``) sunlight
    for name, shaft in (("study_light", (210, 226, 232, 34)), ("study_light_clear", SUN)):
        light_overlay(
            name, ROOM_W,
            spots=[(dx + lx + 8, dy + DESK_TOP + 5, 32, 16, (255, 200, 120), 60),
                   (dx + lx + 1, dy + ly + 4, 10, 7, (255, 220, 150), 70),
                   (dx + sx + sw / 2, dy + sy + sh / 2, 22, 16, (110, 240, 130), 40)],
            shafts=[(gx, gx + gw, gy + gh + 22, 306, 70, shaft[:3], shaft[3])],
            vignette=(16, 20, 26), vig_a=120)
    night_overlay("study_night", [(gx, gy - BLIND, gw, gh + BLIND)], (gx + 4, gx + gw - 4, 218, 300, 70),
                  cutouts=[(dx + sx, dy + sy, sw, sh)])
    # the paper blind over the top of the glass stays a blind, only darker
    path = PROPS / "study_night.png"
    s = pygame.image.load(str(path))
    for yy in range(gy - BLIND, gy):
        for xx in range(gx, gx + gw):
            s.set_at((xx, yy), (10, 14, 40, 190))
    save(s, path)


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("study_backdrop", backdrop),
        ("study_door", lambda s: fu.doorway(s, "real")),
        ("study_window", window),
        ("study_rain", rain),
        ("study_window_clear", window_clear),
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
