"""Miss Spink and Miss Forcible's basement flat: a low, warm, cluttered room under the house.

A beamed ceiling, rose-and-mustard paper, a high window at ground level (wet grass and the
legs of passers-by), framed posters of their stage days, stuffed Scotties in costumes on a
shelf, a tea table, two armchairs with lace antimacassars, fringed lamps, a gramophone, a
costume trunk and a dog basket. One painted backdrop and props on top; overlays for the
lamplight, the rain outside the window (rainy phases), the night, and on the party day the
clear blue sky in the window (``sf_window_clear``) and sunlight (``sf_light_clear``).

Every picture is assets/props/<name>.png placed at LAYOUT[name] (map pixels).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from .. import props
from ..base import (
    make_prop,
    ASSETS, REAL, ROOM_W, Colour, bayer, blend_px, dither_pick, frame, hline, lerp, px, ramp,
    rect, rng, save, soft_ellipse, vgrad, vline,
)
from ..furniture import block, floor_shadow
from ..patterns import boards_real
from ..garden import CLEAR_SKY
from ..props import light_overlay, night_overlay

PROPS = ASSETS / "props"
INK = REAL["ink"]
WOOD = REAL["wood"]
ROSE = REAL["rose"]
PAPER_BG = ramp("#5c4a3e", "#6e5a48", "#826a52", "#96805e")  # warm mustard-brown ground
VELVET = ramp("#3e2430", "#56303e", "#70404e", "#8a5460", "#a46a72")  # plum armchairs
TARTAN = ramp("#3a1c1c", "#6a2a26", "#8a3a30", "#2c3a2c", "#4a5a3a")
LACE = ramp("#a8a08c", "#c8c0aa", "#e2dccb")
GILT = ramp("#5e4826", "#7e6232", "#a08044", "#c4a45c", "#e0c888")
SCOTTIE = ramp("#141216", "#22202a", "#34303a", "#4a4450")
BRASS = ramp("#5a4420", "#7e6030", "#a88440", "#d0aa58", "#f0d08c")

CEILING = 30  # the low beamed ceiling ends here
WALL_BOTTOM = 208

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "sf_backdrop": (0, 0, 640, 320),
    "sf_door": (20, 110, 62, 98),
    "sf_window": (150, 34, 112, 54),
    "sf_window_rain": (150, 34, 112, 54),
    "sf_window_clear": (155, 39, 102, 38),  # the glass (WINDOW_GLASS), on the party day
    "sf_gramophone": (95, 161, 40, 57),
    "sf_armchair_left": (159, 194, 38, 40),
    "sf_lamp": (217, 172, 22, 62),
    "sf_posters": (262, 42, 160, 80),
    "sf_table": (297, 195, 66, 48),
    "sf_teacup": (333, 204, 12, 12),
    "sf_armchair_right": (443, 194, 38, 40),
    "sf_scotties": (430, 62, 132, 44),
    "sf_side_table": (502, 186, 32, 48),
    "sf_trunk": (564, 184, 50, 44),
    "sf_basket": (566, 256, 38, 20),
    "sf_light": (0, 0, 640, 320),
    "sf_light_clear": (0, 0, 640, 320),
    "sf_night": (0, 0, 640, 320),
}


# =================================================================== backdrop
def paper(x: int, y: int) -> Colour:
    """Faded wallpaper: mustard ground, dusty rose stripes with little sprigs between."""
    k = x % 28
    if k in (0, 1, 12, 13):
        c = ROSE[1]
    elif k in (2, 11):
        c = ROSE[0]
    else:
        c = PAPER_BG[2]
        sy = (y + (14 if (x // 28) % 2 else 0)) % 28
        if 5 <= k <= 8 and sy in (6, 7, 8):  # a sprig of three dots and a stalk
            c = ROSE[2] if (k + sy) % 2 == 0 else PAPER_BG[1]
        elif k == 6 and 9 <= sy <= 11:
            c = REAL["fabric"][1]
        elif k in (16, 24) and bayer(x, y) < 0.25:
            c = PAPER_BG[1]
    if bayer(x, y) < 0.05:
        c = PAPER_BG[1]
    return c


def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    # the low ceiling: dark boards between heavy beams, a pipe running along
    for y in range(CEILING):
        for x in range(w):
            c = dither_pick(WOOD[:3], 0.2 + 0.5 * y / CEILING, x, y)
            if x % 80 < 12:  # a beam end-on
                c = WOOD[3] if x % 80 < 2 else WOOD[2] if y < CEILING - 3 else WOOD[1]
            px(s, x, y, c)
    hline(s, INK, 0, w - 1, CEILING - 1)
    for x in range(w):
        px(s, x, 10, REAL["metal"][1])
        px(s, x, 11, REAL["metal"][2])
        px(s, x, 12, REAL["metal"][0])
    for x in range(40, w, 120):
        rect(s, INK, x, 9, 3, 5)
    # the papered wall
    for y in range(CEILING, WALL_BOTTOM - 14):
        for x in range(w):
            c = paper(x, y)
            if y < CEILING + 14 and bayer(x, y) < (CEILING + 14 - y) / 20:
                c = PAPER_BG[0]
            px(s, x, y, c)
    # a picture rail
    hline(s, WOOD[4], 0, w - 1, 100)
    hline(s, WOOD[2], 0, w - 1, 101)
    hline(s, WOOD[1], 0, w - 1, 102)
    # dado: dark varnished panelling
    for y in range(WALL_BOTTOM - 14, WALL_BOTTOM):
        for x in range(w):
            yy = y - (WALL_BOTTOM - 14)
            c = WOOD[2] if yy > 2 else WOOD[4] if yy == 1 else WOOD[3]
            if yy == 0:
                c = INK
            if yy == 13:
                c = WOOD[0]
            px(s, x, y, c)
    # floor: boards, and a big worn carpet
    for y in range(WALL_BOTTOM, h):
        for x in range(w):
            px(s, x, y, boards_real(x, y, (x // 48) % 4))
    carpet(s)
    wall_things(s)


# =================================================================== the wall's clutter
def _hang(s: pygame.Surface, x0: int, x1: int, top: int) -> None:
    """Two picture cords from the rail (y 100) down to a frame's top corners."""
    mid = (x0 + x1) // 2
    pygame.draw.line(s, WOOD[1], (mid, 102), (x0 + 2, top))
    pygame.draw.line(s, WOOD[1], (mid, 102), (x1 - 2, top))
    rect(s, BRASS[2], mid - 1, 101, 3, 2)  # the rail hook


def _oval_portrait(s: pygame.Surface, x: int, y: int, w: int, h: int, hair: Colour,
                   dress: Colour) -> None:
    """A gilt oval frame round a sepia head-and-shoulders: one of the ladies, young."""
    pygame.draw.ellipse(s, INK, pygame.Rect(x, y, w, h))
    pygame.draw.ellipse(s, GILT[2], pygame.Rect(x + 1, y + 1, w - 2, h - 2))
    pygame.draw.ellipse(s, GILT[3], pygame.Rect(x + 1, y + 1, w - 3, h - 3), 1)
    pygame.draw.ellipse(s, INK, pygame.Rect(x + 3, y + 3, w - 6, h - 6))
    pygame.draw.ellipse(s, (72, 60, 50), pygame.Rect(x + 4, y + 4, w - 8, h - 8))
    cx, fy = x + w // 2, y + h // 2 - 1
    pygame.draw.ellipse(s, dress, pygame.Rect(cx - 4, fy + 4, 9, 6))  # shoulders
    px(s, cx, fy + 4, (200, 180, 150))  # a brooch
    rect(s, (206, 184, 150), cx - 2, fy - 2, 5, 5)  # the face
    px(s, cx - 1, fy, (90, 70, 60))
    px(s, cx + 1, fy, (90, 70, 60))
    rect(s, hair, cx - 3, fy - 5, 7, 3)  # the hair, piled up
    px(s, cx - 3, fy - 2, hair)
    px(s, cx + 3, fy - 2, hair)


def _signed_photo(s: pygame.Surface, x: int, y: int, w: int, h: int, seed: str) -> None:
    """A black frame round a signed publicity photograph (a lit face, a white scrawl)."""
    r = rng(seed)
    block(s, x, y, w, h, [(30, 28, 30), (44, 40, 42), (60, 56, 58), (80, 76, 76)], INK,
          light=2)
    ix, iy, iw, ih = x + 2, y + 2, w - 4, h - 4
    vgrad(s, [(40, 36, 34), (62, 56, 50), (84, 76, 66)], ix, iy, iw, ih, 0.8, 0.2)
    cx, fy = ix + iw // 2 + r.randrange(-1, 2), iy + ih // 2 - 2
    pygame.draw.ellipse(s, (30, 26, 26), pygame.Rect(cx - 4, fy + 4, 9, ih - (fy - iy) - 3))
    px(s, cx, fy + 4, (200, 190, 170))  # a white collar
    rect(s, (190, 172, 146), cx - 2, fy - 1, 5, 5)  # the face, lit from the left
    vline(s, (140, 122, 100), cx + 2, fy, fy + 3)
    rect(s, (30, 26, 26), cx - 2, fy - 2, 5, 2)  # slicked hair
    for k in range(iw - 3):  # the autograph, slanting across a corner
        px(s, ix + 1 + k, iy + ih - 2 - k // 3, (220, 210, 190) if k % 4 else (150, 140, 120))


def _sampler(s: pygame.Surface, x: int, y: int) -> None:
    """A framed cross-stitch: a Scottie under a little house and two rows of stitching."""
    w, h = 20, 24
    block(s, x, y, w, h, WOOD, INK, light=3)
    rect(s, LACE[1], x + 3, y + 3, w - 6, h - 6)
    for xx in range(x + 4, x + w - 4, 2):  # a stitched border
        px(s, xx, y + 4, ROSE[2])
        px(s, xx, y + h - 5, ROSE[2])
    pygame.draw.polygon(s, ROSE[1], [(x + 6, y + 10), (x + 10, y + 6), (x + 14, y + 10)])
    rect(s, (110, 120, 90), x + 7, y + 10, 6, 4)
    px(s, x + 10, y + 12, INK)
    rect(s, SCOTTIE[1], x + 6, y + 16, 7, 2)  # the dog
    rect(s, SCOTTIE[1], x + 12, y + 15, 2, 2)
    px(s, x + 6, y + 18, SCOTTIE[1])
    px(s, x + 12, y + 18, SCOTTIE[1])
    hline(s, (110, 120, 90), x + 5, x + 14, y + 14)


def _gown(s: pygame.Surface, x: int, top: int) -> None:
    """An old stage gown on a padded hanger, hooked over the picture rail to air."""
    hook = x + 14
    pygame.draw.line(s, REAL["metal"][2], (hook, 101), (hook, top - 2))
    px(s, hook + 1, 100, REAL["metal"][2])
    rect(s, INK, hook - 10, top - 2, 21, 3)
    hline(s, ROSE[2], hook - 9, hook + 9, top - 1)  # the padded hanger
    gown = ramp("#2a3450", "#3a4670", "#4e5c8c", "#6a78a6")  # faded midnight velvet
    for yy in range(top, top + 58):
        t = (yy - top) / 57
        if yy < top + 5:  # shoulders, puffed sleeves
            half = 9 + (yy - top)
        elif yy < top + 22:  # the bodice, nipped in
            half = 8 - (yy - top - 5) // 5
        else:  # the skirt flaring to the hem
            half = 6 + int(12 * ((yy - top - 22) / 35) ** 0.8)
        for xx in range(hook - half, hook + half + 1):
            u = (xx - (hook - half)) / max(1, 2 * half)
            c = dither_pick(gown, 0.85 - 0.7 * u + 0.1 * (1 - t), xx, yy)
            if yy >= top + 22 and (xx - hook) % 5 == 0:
                c = gown[0]  # the folds
            px(s, xx, yy, c)
        px(s, hook - half - 1, yy, INK)
        px(s, hook + half + 1, yy, INK)
        if (yy * 7 + hook) % 9 == 0:  # what's left of the sequins
            px(s, hook - half // 2 + (yy % 5), yy, GILT[4])
    hline(s, INK, hook - 18, hook + 18, top + 58)
    for xx in range(hook - 18, hook + 19, 3):  # a scalloped hem
        px(s, xx, top + 57, GILT[2])
    hline(s, LACE[2], hook - 3, hook + 3, top + 4)  # a lace collar
    px(s, hook, top + 5, LACE[1])


def wall_things(s: pygame.Surface) -> None:
    """What fills the wall between the picture rail and the dado, above the furniture: the
    ladies when young over Miss Spink's chair, signed photographs behind the tea table, a
    sampler under the Scotties, a gown airing over the trunk, a clock by the gramophone."""
    # the two of them in oval frames, over the left armchair
    for x, hair, dress in ((160, (110, 90, 80), ROSE[2]), (180, (150, 70, 40), (60, 90, 80))):
        _hang(s, x, x + 17, 124)
        _oval_portrait(s, x, 124, 17, 22, hair, dress)
    # a cluster of signed photographs from their leading men, behind the tea table
    for x, y, w, h, seed in ((300, 136, 14, 17, "sp-a"), (318, 130, 16, 20, "sp-b"),
                             (338, 138, 13, 16, "sp-c"), (310, 158, 12, 14, "sp-d"),
                             (327, 155, 14, 16, "sp-e"), (344, 158, 12, 13, "sp-f")):
        _signed_photo(s, x, y, w, h, seed)
    # a cross-stitched sampler under the Scotties' shelf, over Miss Forcible's chair
    _sampler(s, 452, 128)
    # a gown airing on the picture rail over the trunk
    _gown(s, 575, 114)
    # a little round clock over the gramophone, stopped at twenty past eight (curtain up)
    cx, cy = 114, 134
    _hang(s, cx - 8, cx + 8, cy - 8)
    pygame.draw.circle(s, INK, (cx, cy), 9)
    pygame.draw.circle(s, WOOD[3], (cx, cy), 8)
    pygame.draw.circle(s, WOOD[4], (cx - 1, cy - 1), 7, 1)
    pygame.draw.circle(s, LACE[2], (cx, cy), 6)
    for a in range(12):
        ang = a * math.pi / 6
        px(s, cx + round(5 * math.sin(ang)), cy - round(5 * math.cos(ang)), WOOD[1])
    pygame.draw.line(s, INK, (cx, cy), (cx - 3, cy + 3))  # hour hand, at eight-ish
    pygame.draw.line(s, INK, (cx, cy), (cx + 3, cy + 3))  # minute hand, at twenty past
    px(s, cx, cy, BRASS[3])


def carpet(s: pygame.Surface) -> None:
    cols = [(58, 34, 36), (86, 44, 42), (118, 60, 50), (150, 96, 64), (74, 80, 84)]
    top, bot = 236, 306
    for y in range(top, bot):
        t = (y - top) / (bot - top - 1)
        half = 200 + 26 * t
        cx = 330
        for x in range(int(cx - half), int(cx + half)):
            u = (x - cx) / half
            v = (y - top) / (bot - top) * 2 - 1
            edge = min(x - (cx - half), cx + half - 1 - x, (y - top) * 3, (bot - 1 - y) * 3)
            if edge < 1:
                c = INK
            elif edge < 4:
                c = cols[3]
            elif edge < 7:
                c = cols[4] if (x + y) % 4 else cols[0]
            else:
                d = abs(u) * 1.6 + abs(v)
                band = int(d * 4 + bayer(x, y) * 0.6)
                c = cols[[1, 2, 0, 2, 1, 0][band % 6]]
                # a medallion in the middle
                if d < 0.35:
                    c = cols[3] if (x // 2 + y) % 3 else cols[2]
            # worn bald where the feet go
            if 250 < y < 290 and abs(x - 330) < 120 and bayer(x, y) < 0.18:
                c = lerp(c, (150, 130, 110), 0.4)  # type: ignore[assignment]
            px(s, x, y, c)
    # fringe at the front
    for x in range(104, 556, 2):
        px(s, x, bot, (170, 150, 120))
        px(s, x, bot + 1, (120, 100, 80))


# =================================================================== door, window
def door(s: pygame.Surface) -> None:
    fu.doorway(s, "real", inside="closed")
    w, h = s.get_size()
    # a little net curtain on a glazed top panel, and a brass knocker shaped like a mask
    gx, gy, gw, gh = 15, 16, w - 30, 24
    rect(s, INK, gx - 1, gy - 1, gw + 2, gh + 2)
    vgrad(s, [(70, 80, 84), (96, 104, 104), (120, 126, 120)], gx, gy, gw, gh, 0.0, 0.8)
    for x in range(gx, gx + gw):
        for y in range(gy, gy + gh):
            if (x + 2 * y) % 4 == 0 and y > gy + 3:
                px(s, x, y, LACE[1])
            elif (x + 2 * y) % 4 == 2 and y > gy + 3:
                px(s, x, y, LACE[0])
    hline(s, BRASS[2], gx, gx + gw - 1, gy + 3)
    pygame.draw.circle(s, INK, (w // 2, 56), 4)
    pygame.draw.circle(s, BRASS[3], (w // 2, 56), 3)
    px(s, w // 2 - 1, 55, INK)
    px(s, w // 2 + 1, 55, INK)
    hline(s, INK, w // 2 - 1, w // 2 + 1, 58)


WINDOW_GLASS = (5, 5, 102, 38)  # local to sf_window
PUDDLE = ((150, 160, 160), (110, 120, 124))  # the puddle's glint: the grey sky in it
SUN = (*REAL["lamp"][2], 30)  # the party day's window light on the floor: pale sun, not grey


def grey_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The overcast sky above the path, seen from below."""
    vgrad(s, [(78, 88, 92), (98, 106, 108), (122, 128, 126)], gx, gy, gw, gh, 0.1, 0.8)


def window(s: pygame.Surface, sky: fu.Painter = grey_sky,
           puddle: tuple[Colour, Colour] = PUDDLE) -> None:
    """A high window at ground level: wet grass, the foot of the fence, and passing legs,
    against ``sky``; the ``puddle`` on the path glints with it."""
    w, h = s.get_size()
    block(s, 0, 0, w, h - 6, REAL["plaster"], INK, light=2)
    gx, gy, gw, gh = WINDOW_GLASS
    assert (gw, gh) == (w - 10, h - 16), "layout: the glass"
    sky(s, gx, gy, gw, gh)
    # the front path, a stripe of grass and the railings of the front yard
    ground = gy + gh - 12
    for x in range(gx, gx + gw):
        for y in range(ground, gy + gh):
            px(s, x, y, dither_pick([(50, 46, 42), (70, 64, 56), (88, 80, 70)],
                                    0.3 + 0.5 * (y - ground) / 12, x, y))
        gl = 3 + int(2 * math.sin(x * 1.7) + (x * 7) % 3)
        for k in range(gl):
            px(s, x, ground - k, (50, 70, 46) if k < gl - 1 else (72, 92, 60))
    for x in range(gx + 6, gx + gw, 14):
        vline(s, (40, 40, 44), x, gy, ground - 2)
        px(s, x, gy + 2, (60, 60, 66))
    # somebody walking past: trouser legs and muddy boots, mid-stride
    lx = gx + 62
    trousers = [(44, 46, 56), (60, 62, 72), (76, 78, 88)]
    for ox, lean in ((0, 0.25), (10, -0.2)):
        for y in range(gy, ground + 2):
            t = (y - gy) / (ground - gy)
            x0 = int(lx + ox + lean * (y - gy))
            for x in range(x0, x0 + 6):
                px(s, x, y, trousers[1 if x > x0 + 1 else 2] if t < 0.95 else trousers[0])
            px(s, x0 - 1, y, INK)
            px(s, x0 + 6, y, INK)
        bx = int(lx + ox + lean * (ground - gy))
        rect(s, INK, bx - 1 + (2 if lean > 0 else -2), ground, 10, 5)
        rect(s, (64, 44, 30), bx + (2 if lean > 0 else -2), ground + 1, 8, 3)
    # a puddle on the path, glinting
    hline(s, puddle[0], gx + 20, gx + 34, gy + gh - 3)
    hline(s, puddle[1], gx + 22, gx + 32, gy + gh - 2)
    # frame bars
    vline(s, REAL["plaster"][2], gx + gw // 3, gy, gy + gh - 1)
    vline(s, REAL["plaster"][2], gx + 2 * gw // 3, gy, gy + gh - 1)
    frame(s, REAL["plaster"][0], gx - 1, gy - 1, gw + 2, gh + 2)
    for k in range(4):
        px(s, gx + 3 + k, gy + 6 - k, (220, 226, 226))
    # a café curtain on a wire, tied back
    for x in range(gx, gx + gw):
        if x < gx + 14 or x > gx + gw - 15:
            for y in range(gy, gy + gh - (4 if x in (gx + 13, gx + gw - 14) else 0)):
                if (x + y) % 4:
                    px(s, x, y, LACE[1] if (x + y) % 4 != 2 else LACE[0])
    hline(s, INK, gx, gx + gw - 1, gy)
    # sill with a row of tiny cacti in pots
    block(s, 0, h - 8, w, 7, REAL["plaster"], INK, light=3)
    for cx in (24, 34, 84):
        rect(s, INK, cx - 3, h - 14, 7, 6)
        rect(s, (150, 80, 60), cx - 2, h - 13, 5, 4)
        rect(s, (60, 100, 60), cx - 1, h - 18, 3, 4)
        px(s, cx, h - 19, (230, 120, 160))


def window_clear(s: pygame.Surface) -> None:
    """The party day's layer over the glass: the pixels the clear blue sky changes from the
    grey view (the sky between the railings and the legs, through the lace, and the blue
    glint in the puddle); the rest clear."""
    x, y, w, h = LAYOUT["sf_window"]
    gx, gy, gw, gh = WINDOW_GLASS
    assert LAYOUT["sf_window_clear"] == (x + gx, y + gy, gw, gh), "layout: the sky is the glass"

    def paint(t: pygame.Surface, drops: bool = False, **kw: fu.Painter) -> tuple[int, int, int, int]:
        if kw:
            window(t, puddle=(CLEAR_SKY[5], CLEAR_SKY[2]), **kw)
        else:
            window(t)
        return WINDOW_GLASS
    s.blit(props.glass_changes(paint, (w, h), sky=props.clear_sky), (0, 0))


def window_rain(s: pygame.Surface) -> None:
    w, h = s.get_size()
    gx, gy, gw, gh = 5, 5, w - 10, h - 16
    r = rng("sf-rain")
    for _ in range(45):  # slanting rain outside, splashes on the path
        x, y = gx + r.randrange(gw), gy + r.randrange(gh)
        for j in range(r.randrange(3, 6)):
            xx, yy = x - j // 3, y + j
            if gx <= xx < gx + gw and gy <= yy < gy + gh:
                blend_px(s, xx, yy, (*REAL["rain"][3], 90))
    for _ in range(14):
        x = gx + r.randrange(gw)
        y = gy + gh - 2 - r.randrange(4)
        blend_px(s, x - 1, y, (*REAL["rain"][4], 160))
        blend_px(s, x + 1, y, (*REAL["rain"][4], 160))
        blend_px(s, x, y - 1, (*REAL["rain"][3], 140))
    for _ in range(24):  # beads on the glass
        x, y = gx + r.randrange(gw), gy + r.randrange(gh)
        blend_px(s, x, y, (*REAL["rain"][4], 220))
        blend_px(s, x, y + 1, (*REAL["rain"][0], 180))
    # a black umbrella tip dripping, just above the walking legs
    rect(s, (20, 20, 26, 255), gx + 54, gy, 30, 3)
    for k in range(0, 30, 6):
        px(s, gx + 56 + k, gy + 3, (150, 170, 180, 230))


# =================================================================== gramophone
def gramophone(s: pygame.Surface) -> None:
    """A table gramophone on a little record cabinet: the cabinet at a child's hip, the
    horn's mouth at about an adult's shoulder (1.4 m, 49 px)."""
    w, h = s.get_size()
    floor = h - 3  # the last row of the legs
    floor_shadow(s, w / 2 + 2, floor, w / 2 - 4, 3, 120)
    # the cabinet on four short legs, two doors and a shelf of records behind them
    cx0, cw = 6, w - 10
    cy = floor - 21
    block(s, cx0, cy, cw, 17, WOOD, INK, grain="gram-cab", light=3)
    half = (cw - 6) // 2
    frame(s, WOOD[1], cx0 + 3, cy + 4, half - 1, 10)
    frame(s, WOOD[1], cx0 + 3 + half + 1, cy + 4, half - 1, 10)
    px(s, cx0 + 3 + half - 2, cy + 9, BRASS[3])
    px(s, cx0 + 3 + half + 2, cy + 9, BRASS[3])
    for lx in (cx0 + 2, cx0 + cw - 5):
        rect(s, INK, lx, cy + 17, 3, floor - cy - 16)
        vline(s, WOOD[3], lx + 1, cy + 17, floor - 1)
    # the machine: a wooden box with a record on the turntable, the crank at its side
    by = cy - 6
    block(s, cx0 + 3, by, cw - 6, 6, WOOD, INK, grain="gram-box", light=4)
    pygame.draw.ellipse(s, INK, pygame.Rect(cx0 + 5, by - 3, 17, 5))
    pygame.draw.ellipse(s, (40, 36, 40), pygame.Rect(cx0 + 6, by - 2, 15, 3))
    px(s, cx0 + 13, by - 1, (170, 50, 50))  # the label
    hline(s, INK, cx0 - 3, cx0 + 3, by + 3)  # the crank
    rect(s, INK, cx0 - 4, by + 1, 2, 4)
    px(s, cx0 - 3, by + 2, BRASS[2])
    # the horn: a brass lily rising from the back of the box and opening up to the left
    bx, base_y = cx0 + cw - 9, by - 1

    def horn_at(t_: float) -> tuple[float, float, float]:
        return bx - 12 * t_, base_y - 4 - 13 * t_, 0.8 + 6.5 * t_ ** 2.2

    vline(s, INK, bx - 1, base_y - 4, base_y + 1)
    vline(s, INK, bx + 1, base_y - 4, base_y + 1)
    vline(s, BRASS[2], bx, base_y - 4, base_y + 1)
    for pass_ in (0, 1):
        for k in range(26):  # the last stretch is hidden by the mouth
            hx_, hy_, r_ = horn_at(k / 29)
            if pass_ == 0:
                pygame.draw.circle(s, INK, (int(hx_), int(hy_)), int(r_) + 1)
            else:
                c = BRASS[1 + min(3, int(k / 29 * 3.5))]
                pygame.draw.circle(s, c, (int(hx_), int(hy_)), max(1, int(r_)))
                px(s, int(hx_ + r_ * 0.5), int(hy_), BRASS[4])
    # the mouth, seen a little from below: a bright rim and a dark throat
    mx_, my_, _ = horn_at(1.0)
    pygame.draw.ellipse(s, INK, pygame.Rect(int(mx_) - 10, int(my_) - 5, 20, 9))
    pygame.draw.ellipse(s, BRASS[4], pygame.Rect(int(mx_) - 9, int(my_) - 4, 18, 7))
    pygame.draw.ellipse(s, BRASS[1], pygame.Rect(int(mx_) - 7, int(my_) - 3, 14, 5))
    hline(s, (30, 22, 16), int(mx_) - 3, int(mx_) + 2, int(my_) - 1)
    for k in (-6, 5):  # petal seams
        px(s, int(mx_) + k, int(my_) - 3 + abs(k) // 4, BRASS[2])


# =================================================================== armchairs, lamp
def armchair(s: pygame.Surface, mirror: bool) -> None:
    """A plum velvet wing chair at the cast's scale: seat 16 px off the floor, arms at 22,
    the back 36 (an adult's waist), a lace antimacassar and an embroidered cushion."""
    w, h = s.get_size()
    floor = h - 3
    floor_shadow(s, w / 2, floor, w / 2 - 2, 3, 140)
    fab = VELVET
    for lx in (6, w - 9):  # short turned legs
        rect(s, INK, lx, floor - 4, 3, 5)
        px(s, lx + 1, floor - 3, WOOD[3])
        px(s, lx + 1, floor - 2, WOOD[2])
    # the wing back, rounded at the top
    back_top = floor - 36
    pygame.draw.rect(s, INK, pygame.Rect(4, back_top, w - 8, 26), border_radius=7)
    pygame.draw.rect(s, fab[2], pygame.Rect(5, back_top + 1, w - 10, 24), border_radius=6)
    vgrad(s, fab, 7, back_top + 3, w - 14, 18, 0.85, 0.3)
    for yy in (back_top + 9, back_top + 15):  # deep buttons
        for xx in range(11 + (yy % 2) * 3, w - 10, 6):
            px(s, xx, yy, fab[0])
            px(s, xx + 1, yy + 1, fab[4])
    # lace antimacassar over the top of the back, a scalloped point hanging down
    for yy in range(back_top + 1, back_top + 9):
        span = 8 - max(0, yy - back_top - 4) * 2
        for xx in range(w // 2 - span, w // 2 + span):
            if (xx + yy) % 3 and (xx * 3 + yy * 5) % 11:
                px(s, xx, yy, LACE[2] if (xx + yy) % 4 else LACE[1])
    for xx in range(w // 2 - 6, w // 2 + 6, 3):
        px(s, xx, back_top + 8 + (xx % 2), LACE[0])
    # seat cushion (its top 16 px above the floor), the skirt and its bullion fringe
    seat_y = floor - 16
    pygame.draw.rect(s, INK, pygame.Rect(7, seat_y, w - 14, 7), border_radius=2)
    pygame.draw.rect(s, fab[3], pygame.Rect(8, seat_y + 1, w - 16, 5), border_radius=2)
    hline(s, fab[4], 10, w - 11, seat_y + 1)
    block(s, 5, seat_y + 6, w - 10, 8, fab, INK, light=1)
    for xx in range(6, w - 6, 2):
        vline(s, GILT[2] if xx % 4 else GILT[1], xx, seat_y + 12, seat_y + 14)
    # rolled arms, their tops 22 px above the floor
    for ax in (0, w - 9):
        pygame.draw.rect(s, INK, pygame.Rect(ax, floor - 23, 9, 21), border_radius=4)
        pygame.draw.rect(s, fab[2], pygame.Rect(ax + 1, floor - 22, 7, 19), border_radius=3)
        pygame.draw.ellipse(s, fab[4], pygame.Rect(ax + 1, floor - 22, 6, 4))
        vgrad(s, fab, ax + 2, floor - 17, 5, 12, 0.6, 0.1)
        hline(s, fab[0], ax + 2, ax + 6, floor - 18)
    # an embroidered cushion against the back (left chair: a theatre mask; right: a dog)
    cx0 = 11
    pygame.draw.rect(s, INK, pygame.Rect(cx0, seat_y - 8, 11, 9), border_radius=2)
    pygame.draw.rect(s, (170, 150, 110) if not mirror else (120, 140, 120),
                     pygame.Rect(cx0 + 1, seat_y - 7, 9, 7), border_radius=2)
    if not mirror:
        pygame.draw.circle(s, (230, 220, 190), (cx0 + 5, seat_y - 4), 2)
        px(s, cx0 + 4, seat_y - 5, INK)
        px(s, cx0 + 6, seat_y - 5, INK)
        px(s, cx0 + 5, seat_y - 3, INK)
    else:  # drawn facing right, so after the flip it walks out of the cushion leftwards
        rect(s, SCOTTIE[1], cx0 + 2, seat_y - 5, 5, 2)
        rect(s, SCOTTIE[1], cx0 + 6, seat_y - 6, 2, 2)
        px(s, cx0 + 2, seat_y - 3, SCOTTIE[1])
        px(s, cx0 + 6, seat_y - 3, SCOTTIE[1])
    if mirror:
        flipped = pygame.transform.flip(s, True, False)
        s.fill((0, 0, 0, 0))
        s.blit(flipped, (0, 0))


def armchair_left(s: pygame.Surface) -> None:
    armchair(s, False)


def armchair_right(s: pygame.Surface) -> None:
    armchair(s, True)


def fringed_shade(s: pygame.Surface, cx: int, top: int, tw: int, bw: int, sh: int,
                  lit: bool = True, fringe: int = 5) -> None:
    silk = ramp("#7a3a3a", "#9e5048", "#c4725a", "#e09a6e", "#f4c488")
    for yy in range(sh):
        t = yy / max(1, sh - 1)
        half = (tw + (bw - tw) * t) / 2
        for xx in range(int(cx - half), int(cx + half) + 1):
            u = (xx - (cx - half)) / max(1, 2 * half)
            tone = 0.85 - 0.55 * u + (0.1 if lit else -0.2)
            if (xx - int(cx - half)) % 4 == 0:
                tone -= 0.2
            px(s, xx, top + yy, dither_pick(silk, tone, xx, top + yy))
        px(s, int(cx - half) - 1, top + yy, INK)
        px(s, int(cx + half) + 1, top + yy, INK)
    hline(s, INK, int(cx - tw / 2), int(cx + tw / 2), top - 1)
    hline(s, INK, int(cx - bw / 2) - 1, int(cx + bw / 2) + 1, top + sh)
    for xx in range(int(cx - bw / 2), int(cx + bw / 2) + 1):  # a beaded fringe
        ln = fringe - 2 + (xx % 2) * 2
        for k in range(1, ln):
            px(s, xx, top + sh + k, GILT[3] if k < ln - 1 else (INK if xx % 2 else GILT[1]))


LAMP_SHADE = (3, 11)  # the standard lamp's shade: top row and height, local


def lamp(s: pygame.Surface) -> None:
    """A standard lamp as tall as Miss Forcible (58 px): the fringe hangs at her eyes."""
    w, h = s.get_size()
    cx = w // 2
    floor = h - 3
    floor_shadow(s, cx, floor, 8, 2)
    rect(s, INK, cx - 5, floor - 2, 10, 3)
    rect(s, BRASS[1], cx - 4, floor - 1, 8, 1)
    hline(s, BRASS[3], cx - 3, cx + 1, floor - 1)
    top, sh = LAMP_SHADE
    rect(s, INK, cx - 1, top + sh, 3, floor - top - sh - 1)
    vline(s, BRASS[2], cx, top + sh, floor - 3)
    for yy in (top + 24, top + 38):  # two turned knops on the pole
        rect(s, INK, cx - 2, yy, 5, 3)
        hline(s, BRASS[3], cx - 1, cx + 1, yy + 1)
    fringed_shade(s, cx, top, 8, 16, sh, fringe=4)
    hline(s, REAL["lamp"][2], cx - 6, cx + 6, top + sh - 1)


# =================================================================== posters
def posters(s: pygame.Surface) -> None:
    """Three framed bills from their stage days (lettering suggested, never legible)."""
    specs = [
        (0, 10, 46, 62, (120, 40, 50), (230, 200, 130), "masks"),
        (54, 0, 52, 76, (30, 40, 70), (230, 210, 160), "stars"),
        (114, 8, 46, 62, (60, 80, 60), (240, 220, 180), "ship"),
    ]
    for x, y, w, h, bg, fg, motif in specs:
        block(s, x, y, w, h, GILT, INK, light=3)
        for k in range(x + 2, x + w - 2, 3):
            px(s, k, y + 2, GILT[4])
        ix, iy, iw, ih = x + 5, y + 5, w - 10, h - 10
        vgrad(s, [lerp(bg, (0, 0, 0), 0.3), bg, lerp(bg, fg, 0.2)], ix, iy, iw, ih, 0.0, 1.0)  # type: ignore[list-item]
        # headline bars and a banner of "letters"
        rect(s, fg, ix + 3, iy + 3, iw - 6, 3)
        for xx in range(ix + 4, ix + iw - 4, 2):
            px(s, xx, iy + 8, fg if (xx // 2) % 3 else bg)
        if motif == "masks":
            for mx, happy in ((ix + 10, True), (ix + iw - 13, False)):
                pygame.draw.circle(s, INK, (mx, iy + 24), 6)
                pygame.draw.circle(s, fg, (mx, iy + 24), 5)
                px(s, mx - 2, iy + 22, INK)
                px(s, mx + 2, iy + 22, INK)
                if happy:
                    hline(s, INK, mx - 2, mx + 2, iy + 26)
                    px(s, mx - 3, iy + 25, INK)
                    px(s, mx + 3, iy + 25, INK)
                else:
                    hline(s, INK, mx - 2, mx + 2, iy + 26)
                    px(s, mx - 3, iy + 27, INK)
                    px(s, mx + 3, iy + 27, INK)
        elif motif == "stars":
            # two ladies in silhouette under a spotlight, arm in arm
            soft_ellipse(s, (240, 220, 160), ix + iw / 2, iy + 34, 16, 22, 120, 4)
            for lx, tall in ((ix + iw // 2 - 7, 0), (ix + iw // 2 + 2, 3)):
                pygame.draw.circle(s, INK, (lx + 2, iy + 22 - tall), 3)
                pts = [(lx, iy + 26 - tall), (lx + 5, iy + 26 - tall), (lx + 8, iy + 46),
                       (lx - 3, iy + 46)]
                pygame.draw.polygon(s, INK, pts)
            for k in range(5):
                px(s, ix + 5 + k * 9, iy + 14 + (k % 2) * 3, (250, 240, 180))
        else:
            # a ship on curly waves: a seaside tour
            for xx in range(ix, ix + iw):
                yy = iy + 36 + int(2 * math.sin(xx * 0.6))
                vline(s, (200, 220, 220), xx, yy, yy)
                vline(s, lerp(bg, (0, 0, 0), 0.3), xx, yy + 1, iy + ih - 8)  # type: ignore[arg-type]
            pts = [(ix + 8, iy + 33), (ix + iw - 8, iy + 33), (ix + iw - 12, iy + 38),
                   (ix + 12, iy + 38)]
            pygame.draw.polygon(s, INK, pts)
            vline(s, INK, ix + iw // 2, iy + 16, iy + 33)
            pygame.draw.polygon(s, fg, [(ix + iw // 2 + 1, iy + 17), (ix + iw // 2 + 10, iy + 30),
                                        (ix + iw // 2 + 1, iy + 30)])
        # the billing at the foot: two names, the same size (they insisted)
        hline(s, fg, ix + 3, ix + iw // 2 - 3, iy + ih - 5)
        hline(s, fg, ix + iw // 2 + 2, ix + iw - 4, iy + ih - 5)
        hline(s, lerp(fg, bg, 0.5), ix + 5, ix + iw - 6, iy + ih - 3)  # type: ignore[arg-type]
        frame(s, GILT[0], ix - 1, iy - 1, iw + 2, ih + 2)
        # glass glint
        for k in range(4):
            px(s, ix + 2 + k, iy + 12 - k, (250, 246, 230))
    # a dried rose tucked into the middle frame
    pygame.draw.line(s, (70, 60, 40), (100, 4), (108, 18))
    pygame.draw.circle(s, (120, 40, 50), (99, 4), 2)


# =================================================================== the Scotties
def scottie(s: pygame.Surface, x: int, base: int, costume: str, facing: int = 1) -> None:
    """A small stuffed Scottie dog standing on a shelf, about 18 x 14 px."""
    body = [(x + 2, base - 10), (x + 14, base - 10), (x + 15, base - 3), (x + 1, base - 3)]
    pygame.draw.polygon(s, SCOTTIE[1], body)
    for lx in (x + 2, x + 5, x + 11, x + 14):
        vline(s, SCOTTIE[1], lx, base - 3, base - 1)
    hx = x + 13 if facing > 0 else x - 2
    rect(s, SCOTTIE[1], hx, base - 14, 6, 7)
    rect(s, SCOTTIE[1], hx + (4 if facing > 0 else -2), base - 11, 3, 4)  # snout
    px(s, hx + (6 if facing > 0 else -2), base - 11, INK)  # nose
    vline(s, SCOTTIE[1], hx + 1, base - 16, base - 14)  # ears
    vline(s, SCOTTIE[1], hx + 4, base - 16, base - 14)
    px(s, hx + (4 if facing > 0 else 1), base - 12, (200, 180, 90))  # a glass eye
    # the famous beard
    for k in range(3):
        px(s, hx + (5 if facing > 0 else -1) - k * facing, base - 7, SCOTTIE[3])
    tx = x if facing > 0 else x + 15
    vline(s, SCOTTIE[1], tx, base - 14, base - 10)  # tail up
    hline(s, SCOTTIE[2], x + 3, x + 13, base - 9)  # sheen
    if costume == "ruff":  # an Elizabethan collar
        for k in range(-3, 4):
            px(s, hx + 2 + k, base - 7 + abs(k) // 2, LACE[2])
            px(s, hx + 2 + k, base - 6, LACE[1])
    elif costume == "crown":
        rect(s, GILT[3], hx, base - 18, 6, 2)
        for k in (0, 2, 5):
            px(s, hx + k, base - 19, GILT[4])
        px(s, hx + 2, base - 18, (200, 40, 60))
    elif costume == "tutu":
        for k in range(-1, 17):
            px(s, x + k, base - 4 + (k % 2), (230, 170, 200))
            px(s, x + k, base - 5, (246, 200, 220))
    elif costume == "bonnet":
        rect(s, (120, 150, 200), hx - 1, base - 17, 8, 3)
        px(s, hx - 2, base - 14, (120, 150, 200))
        px(s, hx + 7, base - 14, (120, 150, 200))
        pygame.draw.line(s, (230, 230, 240), (hx + 2, base - 14), (hx + 3, base - 9))
    elif costume == "cape":
        pts = [(x + 5, base - 11), (x + 13, base - 11), (x + 12, base - 4), (x + 3, base - 5)]
        pygame.draw.polygon(s, (150, 30, 40), pts)
        px(s, x + 12, base - 11, GILT[3])


def scotties(s: pygame.Surface) -> None:
    w, h = s.get_size()
    # the shelf on two brackets, with a lace runner
    sy = h - 8
    block(s, 0, sy, w, 5, WOOD, INK, light=4)
    for xx in range(2, w - 2):
        if (xx // 2) % 2 == 0:
            px(s, xx, sy + 5, LACE[1])
        if xx % 4 == 0:
            px(s, xx, sy + 6, LACE[0])
    for bx in (10, w - 16):
        pygame.draw.polygon(s, WOOD[2], [(bx, sy + 5), (bx + 6, sy + 5), (bx + 6, sy + 8)])
        pygame.draw.polygon(s, INK, [(bx, sy + 5), (bx + 6, sy + 5), (bx + 6, sy + 8)], 1)
    dogs = [(6, "ruff", 1), (30, "crown", 1), (56, "tutu", -1), (82, "bonnet", 1),
            (106, "cape", -1)]
    for x, costume, facing in dogs:
        scottie(s, x, sy, costume, facing)
    # name plaques under each angel
    for x, _, _ in dogs:
        rect(s, GILT[2], x + 4, sy + 1, 8, 2)
    # a little framed photo of the living dogs, and a tiny vase of everlastings
    block(s, 120, sy - 14, 10, 13, GILT, INK, light=3)
    rect(s, (180, 170, 150), 122, sy - 12, 6, 9)
    rect(s, SCOTTIE[1], 123, sy - 8, 4, 3)


# =================================================================== tea table
TABLE_TOP = 10  # local y of the top edge of the round table's top (its centre 26 above the foot)


def table(s: pygame.Surface) -> None:
    """A round tea table, the top 26 px above the floor, draped with a lace cloth."""
    w, h = s.get_size()
    floor = h - 5
    floor_shadow(s, w / 2, floor, w / 2 - 6, 4, 140)
    top_y = TABLE_TOP
    # the pedestal and its foot, under the cloth
    cx = w // 2
    rect(s, INK, cx - 8, floor - 3, 17, 4)
    rect(s, WOOD[2], cx - 7, floor - 2, 15, 2)
    rect(s, INK, cx - 2, top_y + 14, 5, floor - top_y - 16)
    rect(s, WOOD[3], cx - 1, top_y + 14, 3, floor - top_y - 17)
    # the top, seen from a little above, and the cloth over it
    pygame.draw.ellipse(s, INK, pygame.Rect(0, top_y, w, 14))
    pygame.draw.ellipse(s, LACE[1], pygame.Rect(1, top_y + 1, w - 2, 12))
    pygame.draw.ellipse(s, LACE[2], pygame.Rect(5, top_y + 2, w - 10, 9))
    # the cloth's hanging edge, scalloped
    for xx in range(1, w - 1):
        u = (xx - w / 2) / (w / 2)
        round_ = math.sqrt(max(0.0, 1 - u * u))
        drop = int(7 * round_)
        y0 = top_y + 6 + int(6 * round_)
        for k in range(drop):
            px(s, xx, y0 + k, LACE[1] if (xx + k) % 3 else LACE[0])
        px(s, xx, y0 + drop + (xx % 3 == 0), INK)
    # a teapot in a knitted cosy with a pompom, at the back
    tx, ty = 14, top_y + 5
    pygame.draw.ellipse(s, INK, pygame.Rect(tx - 7, ty - 11, 15, 12))
    pygame.draw.ellipse(s, (170, 70, 80), pygame.Rect(tx - 6, ty - 10, 13, 10))
    for yy in range(ty - 9, ty):
        for xx in range(tx - 5, tx + 6):
            if s.get_at((xx, yy))[:3] == (170, 70, 80) and (xx + yy) % 3 == 0:
                px(s, xx, yy, (140, 50, 64))
    pygame.draw.circle(s, INK, (tx, ty - 12), 2)
    px(s, tx, ty - 12, (230, 200, 120))
    pygame.draw.line(s, INK, (tx + 7, ty - 4), (tx + 11, ty - 7), 2)  # the spout
    px(s, tx + 10, ty - 7, (220, 220, 210))
    # biscuits on a plate, and the two ladies' cups
    pygame.draw.ellipse(s, INK, pygame.Rect(22, top_y + 3, 13, 5))
    pygame.draw.ellipse(s, (226, 226, 220), pygame.Rect(23, top_y + 4, 11, 3))
    for k in range(3):
        px(s, 25 + k * 3, top_y + 4, (190, 150, 90))
        px(s, 26 + k * 3, top_y + 4, (160, 120, 70))
    cup(s, 50, top_y + 7)
    cup(s, 24, top_y + 12)


def cup(s: pygame.Surface, cx: int, base: int) -> None:
    """A china cup on its saucer, about 11 x 8."""
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 6, base - 2, 12, 4))
    pygame.draw.ellipse(s, (226, 226, 220), pygame.Rect(cx - 5, base - 1, 10, 2))
    rect(s, INK, cx - 4, base - 7, 8, 6)
    rect(s, (236, 236, 230), cx - 3, base - 6, 6, 5)
    hline(s, (90, 130, 170), cx - 3, cx + 2, base - 4)  # a blue band
    hline(s, (120, 80, 50), cx - 3, cx + 2, base - 7)
    px(s, cx + 4, base - 5, INK)
    px(s, cx + 5, base - 4, INK)


def teacup(s: pygame.Surface) -> None:
    """The third cup, Coraline's: a separate layer so it can leave the table."""
    w, h = s.get_size()
    cup(s, w // 2, h - 2)


# =================================================================== side table, trunk, basket
SIDE_SHADE = (8, 5, 8)  # the table lamp's shade on the side table: centre x, top, height


def side_table(s: pygame.Surface) -> None:
    """A little tripod table (top 22 px up) with a fringed table lamp and the taffy bowl."""
    w, h = s.get_size()
    floor = h - 3
    floor_shadow(s, w / 2, floor, w / 2 - 3, 3, 120)
    top = floor - 22
    pygame.draw.ellipse(s, INK, pygame.Rect(0, top - 3, w, 7))
    pygame.draw.ellipse(s, WOOD[4], pygame.Rect(1, top - 2, w - 2, 5))
    hline(s, WOOD[5], 5, w - 8, top - 2)
    rect(s, INK, w // 2 - 2, top + 3, 4, floor - top - 7)
    vline(s, WOOD[3], w // 2 - 1, top + 3, floor - 5)
    for dx in (-7, 7):
        pygame.draw.line(s, INK, (w // 2, floor - 5), (w // 2 + dx, floor), 2)
    # a fringed table lamp, 20 px high
    lx, st, sh = SIDE_SHADE
    rect(s, INK, lx - 3, top - 4, 7, 3)
    rect(s, BRASS[2], lx - 2, top - 3, 5, 1)
    rect(s, INK, lx - 1, st + sh, 3, top - 4 - st - sh)
    vline(s, BRASS[3], lx, st + sh, top - 5)
    fringed_shade(s, lx, st, 6, 12, sh, fringe=4)
    # the bowl of ancient taffy: a cut-glass dish, the sweets fused into one lump
    bx = w - 9
    pygame.draw.ellipse(s, INK, pygame.Rect(bx - 6, top - 6, 13, 6))
    pygame.draw.ellipse(s, (150, 170, 170), pygame.Rect(bx - 5, top - 5, 11, 4))
    for k, c in enumerate(((220, 120, 150), (230, 200, 120), (150, 200, 170))):
        pygame.draw.circle(s, INK, (bx - 3 + k * 3, top - 6), 2)
        px(s, bx - 3 + k * 3, top - 6, c)
        px(s, bx - 3 + k * 3 - 1, top - 6, c)
    px(s, bx - 3, top - 7, (250, 240, 240))
    for xx in range(bx - 4, bx + 5, 2):  # the cut-glass sparkle
        px(s, xx, top - 2, (200, 220, 220))


def trunk(s: pygame.Surface) -> None:
    """A theatre hamper (1.3 m long, the box 20 px high), its lid thrown back."""
    w, h = s.get_size()
    floor = h - 5
    floor_shadow(s, w / 2, floor, w / 2 - 2, 4, 140)
    leather = ramp("#3a2a20", "#503a2a", "#6a4c34", "#84623e")
    by = floor - 19
    # the open lid, swung up and back against the wall, plastered with old tour labels
    lid = [(2, by), (w - 3, by), (w - 5, by - 18), (4, by - 18)]
    pygame.draw.polygon(s, leather[2], lid)
    for yy in range(by - 17, by):
        for xx in range(4, w - 4):
            if (xx * 5 + yy) % 9 == 0:
                px(s, xx, yy, leather[1])
    pygame.draw.polygon(s, INK, lid, 1)
    rect(s, leather[0], 4, by - 4, w - 8, 3)  # the lid's inside lip, in shadow
    r = rng("trunk-labels")
    for k in range(6):
        lx, ly = 6 + k * 7 + r.randrange(3), by - 16 + r.randrange(7)
        col = r.choice([(200, 170, 90), (170, 60, 60), (90, 120, 160), (220, 210, 180)])
        if k % 2:
            pygame.draw.ellipse(s, INK, pygame.Rect(lx - 1, ly - 1, 8, 6))
            pygame.draw.ellipse(s, col, pygame.Rect(lx, ly, 6, 4))
        else:
            rect(s, INK, lx - 1, ly - 1, 7, 6)
            rect(s, col, lx, ly, 5, 4)
        px(s, lx + 2, ly + 2, lerp(col, INK, 0.5))  # type: ignore[arg-type]
    hline(s, BRASS[2], 5, w - 6, by - 17)
    # the box
    block(s, 0, by, w, floor - by + 1, leather, INK, light=2)
    for bx_ in (1, w - 5):  # brass corners
        rect(s, BRASS[2], bx_, by + 1, 4, 3)
        rect(s, BRASS[2], bx_, floor - 3, 4, 3)
    for sx in (w // 3, 2 * w // 3):  # straps
        rect(s, leather[0], sx - 1, by, 3, floor - by + 1)
        rect(s, BRASS[3], sx - 1, by + 7, 3, 2)
    # spilling out: a feather boa, a crown, a wooden sword, the sleeve of a velvet gown
    boa = (230, 150, 170)
    for k in range(40):
        t = k / 39
        xx = int(4 + t * (w - 10))
        yy = int(by - 1 + 3 * math.sin(t * 7) + (12 * t * t if t > 0.7 else 0))
        for d in (-1, 0, 1):
            px(s, xx + d, yy + (k % 2), boa if d else (250, 200, 210))
    rect(s, GILT[3], 12, by - 5, 7, 3)
    for k in (12, 15, 18):
        px(s, k, by - 6, GILT[4])
    px(s, 15, by - 4, (60, 120, 200))
    pygame.draw.line(s, WOOD[4], (26, by - 9), (36, by - 3))
    rect(s, GILT[2], 25, by - 10, 3, 2)
    pts = [(w - 15, by), (w - 8, by - 1), (w - 6, by + 11), (w - 12, by + 13)]
    pygame.draw.polygon(s, (60, 90, 120), pts)
    pygame.draw.polygon(s, INK, pts, 1)


def basket(s: pygame.Surface) -> None:
    """A wicker dog basket for one small Scottie: 1.1 m across, a tartan cushion."""
    w, h = s.get_size()
    floor = h - 3
    floor_shadow(s, w / 2, floor, w / 2, 3, 120)
    wicker = ramp("#5a4024", "#7a5a34", "#9a7846", "#b8965c")
    pygame.draw.ellipse(s, INK, pygame.Rect(0, 2, w, floor - 1))
    pygame.draw.ellipse(s, wicker[2], pygame.Rect(1, 3, w - 2, floor - 3))
    for yy in range(3, floor):
        for xx in range(1, w - 1):
            if s.get_at((xx, yy))[:3] == wicker[2] and (xx + 2 * yy) % 4 == 0:
                px(s, xx, yy, wicker[1])
    hline(s, wicker[3], 8, w - 10, 3)  # the lit rim
    # the tartan cushion inside, with a dent where a dog sleeps
    ix, iy, iw, ih = 4, 4, w - 8, floor - 9
    pygame.draw.ellipse(s, INK, pygame.Rect(ix, iy, iw, ih))
    for yy in range(iy + 1, iy + ih - 1):
        for xx in range(ix + 1, ix + iw - 1):
            if s.get_at((xx, yy))[:3] != INK:
                continue
            inside = ((xx + 0.5 - (ix + iw / 2)) / (iw / 2 - 1)) ** 2 + \
                ((yy + 0.5 - (iy + ih / 2)) / (ih / 2 - 1)) ** 2
            if inside < 1:
                c = TARTAN[1]
                if xx % 5 in (0, 1):
                    c = TARTAN[3]
                if yy % 4 == 0:
                    c = TARTAN[2] if xx % 5 else TARTAN[4]
                px(s, xx, yy, c)
    pygame.draw.ellipse(s, TARTAN[0], pygame.Rect(w // 2 - 6, iy + 2, 12, 4))
    # a chewed bone and a tuft of black hair
    bone = (220, 214, 196)
    hline(s, bone, w - 14, w - 10, iy + 3)
    for xx in (w - 15, w - 9):
        px(s, xx, iy + 2, bone)
        px(s, xx, iy + 4, bone)
    px(s, 10, iy + 4, SCOTTIE[1])
    px(s, 11, iy + 5, SCOTTIE[1])


# =================================================================== build
def _overlays() -> None:
    lp = LAYOUT["sf_lamp"]
    st = LAYOUT["sf_side_table"]
    wn = LAYOUT["sf_window"]
    warm = (255, 190, 110)
    lx, shade_y = lp[0] + lp[2] // 2, lp[1] + LAMP_SHADE[0] + LAMP_SHADE[1]
    sx, sy = st[0] + SIDE_SHADE[0], st[1] + SIDE_SHADE[1] + SIDE_SHADE[2]
    tb = LAYOUT["sf_table"]
    # the cold grey shaft from the window; on the party day (``sf_light_clear``) sunlight
    for name, shaft in (("sf_light", (200, 214, 220, 26)), ("sf_light_clear", SUN)):
        light_overlay(
            name, ROOM_W,
            spots=[(lx, shade_y + 16, 60, 52, warm, 70),
                   (lx, shade_y, 18, 10, (255, 220, 150), 70),
                   (sx, sy + 8, 40, 34, warm, 60),
                   (sx, sy, 12, 7, (255, 220, 150), 60),
                   (tb[0] + tb[2] // 2, tb[1] + TABLE_TOP + 14, 90, 34, (255, 200, 130), 40)],
            shafts=[(wn[0] + 6, wn[0] + wn[2] - 6, wn[1] + wn[3], 250, 40, shaft[:3], shaft[3])],
            vignette=(30, 16, 14), vig_a=130)
    gx, gy, gw, gh = wn[0] + 5, wn[1] + 5, wn[2] - 10, wn[3] - 16
    night_overlay("sf_night", [], (0, 0, 0, 0, 0))
    path = PROPS / "sf_night.png"
    s = pygame.image.load(str(path))
    r = rng("sf-night")
    ground = gy + gh - 12
    for yy in range(gy, gy + gh):  # the window between the curtains: dark, a lamp-lit path
        for xx in range(gx + 14, gx + gw - 14):
            if yy >= ground:
                c = dither_pick([(20, 20, 30), (44, 42, 50), (70, 66, 70)],
                                0.2 + 0.6 * (yy - ground) / 12, xx, yy)
            else:
                c = dither_pick([(10, 12, 30), (18, 22, 46), (30, 34, 60)],
                                0.1 + 0.8 * (yy - gy) / (ground - gy), xx, yy)
            s.set_at((xx, yy), (*c, 235))
    for _ in range(8):  # drips on the glass catch the street lamp
        xx, yy = gx + 14 + r.randrange(gw - 28), gy + r.randrange(gh - 12)
        s.set_at((xx, yy), (120, 130, 160, 230))
    save(s, path)


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("sf_backdrop", backdrop),
        ("sf_door", door),
        ("sf_window", window),
        ("sf_window_rain", window_rain),
        ("sf_window_clear", window_clear),
        ("sf_gramophone", gramophone),
        ("sf_armchair_left", armchair_left),
        ("sf_lamp", lamp),
        ("sf_posters", posters),
        ("sf_table", table),
        ("sf_teacup", teacup),
        ("sf_armchair_right", armchair_right),
        ("sf_scotties", scotties),
        ("sf_side_table", side_table),
        ("sf_trunk", trunk),
        ("sf_basket", basket),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
    _overlays()


__all__ = ["LAYOUT", "build"]
