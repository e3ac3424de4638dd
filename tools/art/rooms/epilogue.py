"""The epilogue (chapter 7, "The Well"): a dream in the bedroom, the well, the party, the credits.

Pictures are assets/props/epilogue_*.png, bedroom_dream.png and credits_*.png, placed by
LAYOUT (map pixels). In the garden (960 x 320): a soft warm sunlight over the whole garden
once the parents are back, and a clear sky; the puddle drying out with that blue sky in it;
the well with its heavy lid levered half off (a black hole inside the stone rim); the
Beldam's hand smashed to white splinters, needles and thread on the grass; the well sealed
again with stones piled on the lid; and the garden party: bunting strung from the house past
the sign to the old winch, and a trestle table with a cloth, a pink cake, sandwiches, a
salad, lemonade and teacups. In the bedroom: the dream, a moonlit blue veil with a beam from
the window and clearer pools where the three ghost children stand, and in the window a clear
night with a full moon instead of the rain. The credits: a dark stitched backdrop, the end
roll (one tall picture the room's `roll` effect lifts up the screen: the cast, the makers, the
tools and libraries in columns between stitched ornaments, in the game's own pixel fonts from
the glyph data of tools/art/font.py, ending on the little door and the title) and a frame
that fades the roll in and out at the top and bottom. Deterministic: seeded noise only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import font
from .. import furniture as fu
from .. import props as P
from .. import garden as G
from .. import layout as L
from ..base import (
    REAL, Colour, bayer, blend_px, dither_pick, frame, hexc, hline, lerp, make_prop, px, ramp,
    rect, rng, soft_ellipse, surf, value_noise, vline,
)
from ..patterns import skirting_real

INK = REAL["ink"]
CLOTH = ramp("#8e948c", "#b4b8ae", "#d4d6cc", "#ecece2")
CAKE = ramp("#6e3a46", "#a0566a", "#c87a8c", "#e8a8b4", "#f8d4d8")
BREAD = ramp("#7a5a34", "#a88452", "#d0b07a", "#ecd6a4")
LEAF = ramp("#2c4a28", "#44682e", "#62883a", "#8aae52")
LEMON = ramp("#8a7420", "#c0a434", "#e4cc5a", "#f6e898")
GLASS = ramp("#5a6e74", "#7c949a", "#a8bcbe", "#d8e4e2")
BONE = ramp("#6a645c", "#948c80", "#bcb4a6", "#e0dace", "#f6f2ea")
FLAGS = [hexc("#c8707c"), hexc("#e0b84a"), hexc("#6aa88a"), hexc("#6c94c8"), hexc("#e8e0d0")]
NIGHT_BLUE = ramp("#060a1c", "#0c1430", "#18264a", "#2c4070", "#50689c", "#8ca4d4", "#d0dcf4")
PAGE_INK = (232, 226, 212)
PAGE_DIM = (150, 146, 160)
STITCH = (92, 78, 110)  # the credits' running stitches

WELL_X, WELL_Y = 716, 136  # garden_well's place in the garden
SMASH = (800, 288)  # where Wybie's rock comes down (the hand's point in garden.tmx)

# the credits' roll
ROLL_SPEED = 60  # pixels a second (one a tick: it rises evenly): the roll's 'speed' in credits.tmx
ROLL_TICKS = 1770  # ticks from the first line to the rest, as long as the pages were (credits.script)
ROLL_W, ROLL_H = 592, ROLL_SPEED * ROLL_TICKS // 60  # 592 x 1770
ROLL_X = (640 - ROLL_W) // 2  # the roll's rectangle: x 24 to 616, the whole height of the screen
VIEW_H = 320

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    # garden
    "epilogue_sun": (0, 0, 960, 320),
    "epilogue_clear_sky": (0, 0, 960, 180),
    "epilogue_puddle": (G.PUDDLE[0] - G.PUDDLE[2] - 1, G.PUDDLE[1] - G.PUDDLE[3] - 1,
                        2 * G.PUDDLE[2] + 3, 2 * G.PUDDLE[3] + 3),
    "epilogue_well_open": (WELL_X, WELL_Y, 116, 132),
    "epilogue_well_sealed": (WELL_X + 16, WELL_Y + 40, 84, 40),
    "epilogue_hand_remains": (SMASH[0] - 26, SMASH[1] - 14, 52, 20),
    "epilogue_bunting": (0, 40, 960, 160),
    "epilogue_table": (448, 206, 120, 66),
    # bedroom
    "bedroom_dream": (0, 0, 640, 320),
    # credits
    "credits_backdrop": (0, 0, 640, 320),
    "credits_roll": (ROLL_X, 0, ROLL_W, ROLL_H),  # rises through (ROLL_X, 0, ROLL_W, VIEW_H)
    "credits_frame": (0, 0, 640, 320),
}


# =================================================================== garden: the light
def sun(s: pygame.Surface) -> None:
    """Late, low sunshine after a month of rain: a warm wash, strongest high up on the left
    (where the sun is), and a few broad, soft shafts slanting down from there. Very light:
    it sits over everything, actors included."""
    w, h = s.get_size()
    for y in range(h):
        for x in range(w):
            d = math.hypot(x / w, y / h * 1.4)
            a = 52 - 30 * min(1.0, d)
            # soft shafts fanning out from a sun above the top-left corner
            ang = math.atan2(y + 200, x + 120)
            for centre in (0.78, 0.92, 1.05):
                k = abs(ang - centre) / 0.035
                if k < 1:
                    a += 12 * (1 - k) * max(0.0, 1 - y / 260)
            lvl = int(a / 5 + bayer(x, y))
            blend_px(s, x, y, (255, 214, 140, max(0, min(66, lvl * 5))))


def clear_sky(s: pygame.Surface) -> None:
    """The first blue sky since the move: high, washed blue, paler at the hills, with a few
    slow fair-weather clouds lit from the left. Only where the rainy backdrop shows sky, so
    the far hills stay as they are."""
    paint_clear_sky(s, G.far_hill_top)


def paint_clear_sky(s: pygame.Surface, hill_top: Callable[[int], int], ox: int = 0,
                    seed: str = "party-clouds") -> None:
    """The party day's sky over a room's rainy one, in a picture whose left edge is at map x
    ``ox`` (its top at map y 0): blue above ``hill_top(map x)``, clear below it, with a band
    of fair-weather clouds (noise seeded ``seed``) lit from the upper left. Each cloud is
    solid: any pocket of sky the noise leaves inside one is filled, so none has a hole in it.
    Shared by the garden and the front yard."""
    w, h = s.get_size()
    cloud_lit = ramp("#b8c4d0", "#d6dee4", "#eef2f2", "#fcfcf8")
    puff = value_noise(seed, 30)
    wisp = value_noise(seed + "-2", 11)
    body: dict[tuple[int, int], float] = {}
    cloud = pygame.mask.Mask((w, h))
    for x in range(w):
        for y in range(min(120, hill_top(x + ox))):
            # clouds: a band of puffs, flat-bottomed, thinning towards the top
            n = puff((x + ox) * 0.5, y * 1.4) * 0.75 + wisp(x + ox, y * 2) * 0.25
            b = n - 0.6 - abs(y - 70) / 160
            if b > 0:
                body[(x, y)] = b
                cloud.set_at((x, y))
    # fill the holes: every patch of open sky that touches no edge of the picture is enclosed
    sky = cloud.copy()
    sky.invert()
    for part in sky.connected_components():
        r = part.get_bounding_rects()[0]
        if r.left > 0 and r.top > 0 and r.right < w and r.bottom < 120:
            cloud.draw(part, (0, 0))
    for x in range(w):
        for y in range(min(h, hill_top(x + ox))):
            t = y / 170 + (wisp(x + ox, y) - 0.5) * 0.08
            c = dither_pick(G.CLEAR_SKY, t, x + ox, y)
            if cloud.get_at((x, y)):
                shade = 0.85 - (y - 40) / 140 + body.get((x, y), 0.0) * 1.5
                # lit from the upper left: a bright rim there, a grey underside
                if (x > 0 and not cloud.get_at((x - 1, y))) or (y > 0 and not cloud.get_at((x, y - 1))):
                    shade += 0.25
                if y + 2 < h and not cloud.get_at((x, y + 2)):
                    shade -= 0.3
                c = dither_pick(cloud_lit, shade, x + ox, y)
            px(s, x, y, c)


def puddle(s: pygame.Surface) -> None:
    """The puddle on the party day, over the rainy one: drying out (as Coraline says), a
    smaller pool in a ring of dark wet mud, with the clear blue sky in it (paler at the far
    edge, where it shows the sky low down), a fleck of cloud and no rain rings."""
    cx, cy, rx, ry = G.PUDDLE
    sky_puddle(s, (cx, cy, rx, ry), (cx - rx - 1, cy - ry - 1), (cx + 3, cy + 1, rx - 9, ry - 3),
               G.MUD)


def sky_puddle(s: pygame.Surface, pool: tuple[int, int, int, int], at: tuple[int, int],
               water: tuple[int, int, int, int], mud: list[Colour]) -> None:
    """One puddle under the party day's sky, over a rainy day's: inside the old ``pool``
    (centre x, y, rx, ry in map pixels) the ``water`` ellipse left in it shows the clear blue
    sky (paler at its far edge, where it mirrors the sky low down), with a fleck of
    fair-weather cloud and the sun's glint when there is room for them, and round it wet
    ``mud``, darkest by the water. The old rim stays as the backdrop drew it. ``at`` is the
    picture's place in the map."""
    cx, cy, rx, ry = pool
    ox, oy = at
    blue = G.CLEAR_SKY[:5]  # clear_sky's blues, without the palest
    wx, wy, wrx, wry = water
    for y in range(cy - ry, cy + ry + 1):
        for x in range(cx - rx, cx + rx + 1):
            if ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 >= 1.0:
                continue  # the old rim stays as the backdrop drew it
            d = ((x - wx) / wrx) ** 2 + ((y - wy) / wry) ** 2
            if d < 1.0:
                t = 0.9 - 0.75 * (y - (wy - wry)) / (2 * wry)  # far edge pale, near edge deep
                c = dither_pick(blue, t, x, y)
            else:  # wet mud, darkest by the water, drying paler outwards
                c = dither_pick(mud[:4], 0.15 + min(0.8, (d - 1) * 0.5), x, y)
            px(s, x - ox, y - oy, c)
    if wrx < 12:
        return  # too small for a cloud and a glint
    # a fleck of fair-weather cloud and the glint of the sun on the far edge
    hline(s, (236, 240, 240), wx - 8 - ox, wx - 2 - ox, wy - 1 - oy)
    hline(s, (214, 224, 230), wx - 6 - ox, wx - ox, wy - oy)
    hline(s, (252, 248, 230), wx + 4 - ox, wx + 9 - ox, wy - wry + 1 - oy)


# =================================================================== garden: the well
def well_open(s: pygame.Surface) -> None:
    """The same well with its lid levered half off: a black mouth, the lid slid askew."""
    G.well(s)
    w, h = s.get_size()
    cx, wall_top, rx, ry = w // 2, 70, 48, 12
    # cover the drawn lid with the rim again, then the hole
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - rx - 4, wall_top - ry - 2, 2 * rx + 9, 2 * ry + 6))
    pygame.draw.ellipse(s, G.STONE[3], pygame.Rect(cx - rx - 3, wall_top - ry - 1, 2 * rx + 7,
                                                   2 * ry + 4))
    hole = pygame.Rect(cx - rx + 4, wall_top - ry + 2, 2 * rx - 7, 2 * ry - 4)
    pygame.draw.ellipse(s, (4, 4, 6), hole)
    # the inner wall: a crescent of stones fading into the dark
    for y in range(hole.top, hole.bottom):
        for x in range(hole.left, hole.right):
            if s.get_at((x, y))[:3] != (4, 4, 6):
                continue
            depth = (y - hole.top) / hole.height
            if depth < 0.45:
                c = dither_pick([(4, 4, 6), G.STONE[0], G.STONE[1]], 0.6 - depth * 1.3, x, y)
                s.set_at((x, y), c)
    # the lid, slid to the back-right and tilted up on the rim
    lid_s = surf(w, h)
    lid = pygame.Rect(cx - 6, wall_top - ry - 10, 58, 2 * ry - 6)
    pygame.draw.ellipse(lid_s, INK, lid.inflate(2, 2))
    pygame.draw.ellipse(lid_s, G.WOOD[3], lid)
    for _i, x in enumerate(range(lid.left, lid.right, 9)):
        for y in range(lid.top, lid.bottom):
            if lid_s.get_at((x, y)).a and lid_s.get_at((x, y))[:3] != INK:
                lid_s.set_at((x, y), G.WOOD[1])
    for y in range(lid.centery + 2, lid.bottom):
        for x in range(lid.left, lid.right):
            c = lid_s.get_at((x, y))
            if c.a and c[:3] == G.WOOD[3]:
                lid_s.set_at((x, y), G.WOOD[2])
    # its thick edge, showing because it is tilted
    for x in range(lid.left + 4, lid.right - 4):
        yb = lid.bottom - 1 + int(2 * math.sin((x - lid.left) / lid.width * math.pi))
        for y in range(yb, yb + 3):
            if lid_s.get_at((x, y)).a == 0:
                lid_s.set_at((x, y), G.WOOD[1] if y < yb + 2 else INK)
    s.blit(lid_s, (0, 0))
    # the posts stand in front of the lid's ends: draw them again
    for pxs in (cx - rx - 2, cx + rx - 6):
        fu.block(s, pxs, 10, 9, wall_top - 6, G.GREYWOOD, INK, grain=f"well-post-{pxs}", light=2)
        rect(s, G.MOSS[3], pxs + 1, wall_top - 10, 7, 3)
    # the rope end now hangs down into the hole
    vline(s, (110, 94, 66), cx + 6, 21, wall_top - 2)
    px(s, cx + 6, wall_top - 1, (80, 68, 48))


def well_sealed(s: pygame.Surface) -> None:
    """Three big stones piled on the lid, and a length of chain through the ring."""
    w, h = s.get_size()
    r = rng("epilogue-seal")
    for (x, y, sw, sh) in ((10, 14, 22, 15), (50, 12, 24, 16), (30, 4, 26, 17)):
        fu.floor_shadow(s, x + sw / 2, y + sh - 1, sw / 2 + 2, 3, 120)
        st = surf(sw, sh)
        pygame.draw.ellipse(st, INK, st.get_rect())
        pygame.draw.ellipse(st, G.STONE[2], st.get_rect().inflate(-2, -2))
        for yy in range(sh):
            for xx in range(sw):
                if st.get_at((xx, yy))[:3] == G.STONE[2]:
                    t = 0.85 - yy / sh * 0.6 - xx / sw * 0.25 + (r.random() - 0.5) * 0.1
                    st.set_at((xx, yy), dither_pick(G.STONE, t, x + xx, y + yy))
        if r.random() < 0.7:
            rect(st, G.MOSS[3], sw // 3, sh - 4, sw // 3, 2)
        s.blit(st, (x, y))
    # a chain: links from the ring (in the middle of the lid) to the left post
    for i in range(9):
        lx, ly = 40 - i * 4, 30 - int(i * 1.2) + (i % 2)
        pygame.draw.ellipse(s, REAL["metal"][0], pygame.Rect(lx, ly, 5, 3), 1)
        px(s, lx + 1, ly, REAL["metal"][3])


def hand_remains(s: pygame.Surface) -> None:
    """What is left of the hand: white finger-joints, two bent needles, loose black thread."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 6, w / 2 - 4, 4, 90)
    r = rng("epilogue-remains")
    # the crushed palm, a flat crumpled shape
    pts = [(18, 10), (26, 8), (33, 10), (35, 14), (28, 16), (20, 15)]
    pygame.draw.polygon(s, BONE[2], pts)
    pygame.draw.polygon(s, INK, pts, 1)
    for x in range(20, 33):
        px(s, x, 13 + (x % 3 == 0), BONE[1])
    px(s, 24, 11, BONE[4])
    px(s, 25, 11, BONE[4])
    # scattered finger joints and needle-tips
    for _ in range(7):
        x, y = r.randrange(4, w - 8), r.randrange(6, h - 4)
        ln = r.randrange(4, 8)
        ang = r.random() * math.pi
        ex, ey = x + ln * math.cos(ang), y + ln * math.sin(ang) * 0.4
        pygame.draw.line(s, INK, (x, y + 1), (ex, ey + 1))
        pygame.draw.line(s, BONE[3], (x, y), (ex, ey))
        px(s, int(ex), int(ey), REAL["metal"][4])
    for (x0, y0, x1, y1) in ((6, 12, 14, 6), (38, 6, 46, 12)):  # the needles
        pygame.draw.line(s, REAL["metal"][1], (x0, y0 + 1), (x1, y1 + 1))
        pygame.draw.line(s, REAL["metal"][4], (x0, y0), (x1, y1))
    # loose black thread, curling
    for k in range(3):
        x, y = 14 + k * 9, 15
        for j in range(14):
            px(s, x + j, y + int(2 * math.sin(j * 0.8 + k)), (20, 16, 24))


# =================================================================== garden: the party
def bunting(s: pygame.Surface) -> None:
    """Strings of little triangle flags: from the house's corner board to the sign, on to the
    well's winch beam and up to a fir, and a second, higher string from the house over the
    whole party to the firs. Each string sags in a curve; its flags are spaced evenly along
    the curve's length (so they do not bunch where it is steep) and hang from it, their top
    edge along the string, their points straight down. The layer starts at map y 40, so map
    points are shifted up by 40."""
    oy = 40
    strings = [
        ((302, 82), (378, 124), 10),    # the house's corner board to the sign's board
        ((378, 124), (742, 144), 34),   # sign to the winch beam
        ((834, 142), (930, 86), 12),    # winch beam to a fir
        ((302, 56), (872, 64), 56),     # a second, higher string from the house to the firs
    ]
    r = rng("epilogue-bunting")
    for (x0, y0), (x1, y1), sag in strings:
        def at(t: float, x0: int = x0, y0: int = y0, x1: int = x1, y1: int = y1,
               sag: int = sag) -> tuple[float, float]:
            return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t + sag * 4 * t * (1 - t) - oy
        n = max(2, int(math.hypot(x1 - x0, y1 - y0) / 3))
        pts = [at(i / n) for i in range(n + 1)]
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            pygame.draw.line(s, (58, 52, 46), (ax, ay), (bx, by))
        # the curve finely sampled, with the length along it to each sample
        fine = [at(i / 1000) for i in range(1001)]
        run = [0.0]
        for (ax, ay), (bx, by) in zip(fine, fine[1:]):
            run.append(run[-1] + math.hypot(bx - ax, by - ay))
        # a flag every 13 px along the string, the spare length shared out at the two ends
        # (at least 7 px each, so no flag sits on the knot)
        pitch = 13
        count = int((run[-1] - 14) // pitch) + 1
        first = (run[-1] - (count - 1) * pitch) / 2
        k = r.randrange(5)
        j = 0
        for f in range(count):
            want = first + f * pitch
            while run[j + 1] < want:
                j += 1
            (ax, ay), (bx, by) = fine[j], fine[j + 1]
            u = (want - run[j]) / max(1e-9, run[j + 1] - run[j])
            fx, fy = round(ax + (bx - ax) * u), round(ay + (by - ay) * u)
            seg = math.hypot(bx - ax, by - ay)
            ux, uy = (bx - ax) / seg, (by - ay) / seg  # along the string
            c = FLAGS[k % len(FLAGS)]
            k += 1
            tri = [(round(fx - 4 * ux), round(fy - 4 * uy)), (round(fx + 4 * ux), round(fy + 4 * uy)),
                   (fx, fy + 9)]
            pygame.draw.polygon(s, c, tri)
            shade = tuple(max(0, v - 40) for v in c)
            pygame.draw.line(s, shade, (round(fx + ux), round(fy + uy) + 1),
                             (round(fx + 3 * ux), round(fy + 3 * uy) + 1))
            px(s, fx, fy + 8, shade)
            pygame.draw.polygon(s, INK, tri, 1)


def table(s: pygame.Surface) -> None:
    """A trestle table with a white cloth, feet at the bottom; food on top."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 4, w / 2 - 4, 5, 130)
    top = 30  # table top y (local); the floor is h-4, 32 px below
    # legs (trestles) under the cloth
    for lx in (14, w - 20):
        fu.block(s, lx, top + 20, 6, h - top - 24, G.WOOD, INK, light=2)
    # the cloth: top face, then the front drop with soft folds and a scalloped hem
    rect(s, INK, 4, top - 1, w - 8, 8)
    for y in range(top, top + 6):
        for x in range(5, w - 5):
            px(s, x, y, dither_pick(CLOTH, 0.85 - (y - top) * 0.04, x, y))
    for y in range(top + 6, top + 24):
        for x in range(4, w - 4):
            fold = 0.5 + 0.5 * math.sin((x - 4) / 7.0)
            t = 0.35 + 0.35 * fold - (y - top - 6) * 0.012
            px(s, x, y, dither_pick(CLOTH, t, x, y))
        vline(s, INK, 3, top, top + 24)
        vline(s, INK, w - 4, top, top + 24)
    for x in range(4, w - 4):
        hem = top + 24 + (1 if (x // 4) % 2 else 0)
        px(s, x, hem, CLOTH[0])
        px(s, x, hem + 1, INK)
    # a band of gingham along the hem
    for x in range(4, w - 4):
        for y in range(top + 18, top + 22):
            if (x // 3 + y // 2) % 2 == 0:
                px(s, x, y, hexc("#c88890"))
    # --- food, left to right, sitting on the cloth's top face (y ~ top)
    # lemonade jug
    jx = 12
    rect(s, INK, jx - 1, top - 19, 12, 20)
    for y in range(top - 18, top):
        for x in range(jx, jx + 10):
            full = y > top - 13
            px(s, x, y, dither_pick(LEMON if full else GLASS, 0.4 + (x - jx) * -0.03 + 0.3, x, y))
    vline(s, GLASS[3], jx + 2, top - 17, top - 2)
    rect(s, INK, jx + 10, top - 15, 3, 1)
    rect(s, INK, jx + 12, top - 15, 1, 8)
    rect(s, INK, jx + 10, top - 8, 3, 1)
    # two teacups with saucers
    for cx in (30, 94):
        pygame.draw.ellipse(s, INK, pygame.Rect(cx - 6, top - 2, 13, 4))
        pygame.draw.ellipse(s, CLOTH[3], pygame.Rect(cx - 5, top - 2, 11, 3))
        rect(s, INK, cx - 4, top - 8, 9, 7)
        rect(s, hexc("#dcd8f0"), cx - 3, top - 7, 7, 5)
        hline(s, hexc("#7c78b8"), cx - 3, cx + 3, top - 5)
        rect(s, INK, cx + 5, top - 7, 2, 3)
    # sandwiches: a plate of triangles
    pygame.draw.ellipse(s, INK, pygame.Rect(38, top - 3, 22, 6))
    pygame.draw.ellipse(s, CLOTH[2], pygame.Rect(39, top - 3, 20, 5))
    for i, sx in enumerate((41, 47, 52)):
        tri = [(sx, top - 1), (sx + 6, top - 1), (sx + 3, top - 8 - (i % 2) * 2)]
        pygame.draw.polygon(s, BREAD[3], tri)
        pygame.draw.line(s, LEAF[2], (sx + 1, top - 3), (sx + 5, top - 3))
        pygame.draw.polygon(s, INK, tri, 1)
    # the pink cake on a stand, in the middle
    ck = 62
    rect(s, INK, ck + 5, top - 4, 8, 4)
    rect(s, CLOTH[3], ck + 6, top - 3, 6, 2)
    pygame.draw.ellipse(s, INK, pygame.Rect(ck - 4, top - 7, 26, 5))
    pygame.draw.ellipse(s, CLOTH[3], pygame.Rect(ck - 3, top - 7, 24, 4))
    rect(s, INK, ck - 1, top - 20, 20, 15)
    for y in range(top - 19, top - 6):
        for x in range(ck, ck + 18):
            t = 0.75 - (x - ck) / 18 * 0.5 + (0.2 if y < top - 16 else 0)
            px(s, x, y, dither_pick(CAKE, t, x, y))
    for x in range(ck, ck + 18, 3):  # icing drips
        vline(s, CAKE[4], x, top - 16, top - 15 + (x % 2) * 2)
    for _k, x in enumerate(range(ck + 2, ck + 17, 5)):  # cherries
        rect(s, hexc("#a0202c"), x, top - 22, 2, 2)
        px(s, x, top - 22, hexc("#e06070"))
    # a salad bowl
    bx = 84
    pygame.draw.ellipse(s, INK, pygame.Rect(bx - 1, top - 9, 20, 10))
    pygame.draw.ellipse(s, hexc("#b8a080"), pygame.Rect(bx, top - 7, 18, 8))
    r = rng("epilogue-salad")
    for _ in range(26):
        x, y = bx + 2 + r.randrange(14), top - 11 + r.randrange(5)
        px(s, x, y, LEAF[r.randrange(4)])
    px(s, bx + 6, top - 10, hexc("#c83030"))
    px(s, bx + 11, top - 9, hexc("#c83030"))
    # a bottle of Dad's "sparkling" apple juice
    bx2 = 104
    rect(s, INK, bx2 - 1, top - 20, 7, 20)
    rect(s, hexc("#4a7a3a"), bx2, top - 14, 5, 13)
    rect(s, hexc("#4a7a3a"), bx2 + 1, top - 19, 3, 5)
    vline(s, hexc("#9acc7a"), bx2 + 1, top - 13, top - 3)
    rect(s, hexc("#e8e0c8"), bx2, top - 10, 5, 4)


# =================================================================== bedroom: the dream
GHOSTS = [(300, 262), (372, 240), (446, 276)]  # where the ghost actors stand in bedroom.tmx


def dream(s: pygame.Surface) -> None:
    """A moonlit blue veil, lighter in the window's beam and round each ghost child."""
    w, h = s.get_size()
    wx, wy, ww, wh = 310, 46, 68, 82  # the glass of the bedroom window
    for y in range(h):
        for x in range(w):
            a = 178.0
            # the beam: from the window glass down and to the right onto the floor
            if y > wy + wh // 2:
                t = (y - wy) / (h - wy)
                left = wx + 4 + t * 60
                right = wx + ww + t * 150
                if left <= x <= right and y < 306:
                    edge = min(x - left, right - x) / 10
                    a -= 60 * min(1.0, edge) * (1 - t * 0.5)
            if wx <= x < wx + ww and wy <= y < wy + wh:
                a -= 80
            for gx, gy in GHOSTS:
                d = math.hypot((x - gx) / 30, (y - (gy - 24)) / 40)
                if d < 1:
                    a -= 80 * (1 - d) ** 0.8
            a = max(30.0, min(190.0, a))
            lvl = int(a / 16 + bayer(x, y))  # ordered dither between alpha steps
            c = NIGHT_BLUE[1] if a > 120 else NIGHT_BLUE[2]
            blend_px(s, x, y, (*c, min(200, lvl * 16)))
    # motes of moonlight drifting in the beam and round the children
    r = rng("epilogue-motes")
    for _ in range(160):
        x, y = r.randrange(300, 520), r.randrange(60, 300)
        blend_px(s, x, y, (*NIGHT_BLUE[6], r.randrange(80, 200)))
    for gx, gy in GHOSTS:
        for _ in range(18):
            x, y = gx + r.randrange(-20, 21), gy - r.randrange(0, 60)
            blend_px(s, x, y, (*NIGHT_BLUE[6], r.randrange(100, 220)))
    dream_window(s)


def dream_window(s: pygame.Surface) -> None:
    """The bedroom window's glass as the dream sees it: not the rain but a clear, deep-blue
    night, a full moon high in the left pane (where the beam comes from), stars, and the far
    trees black with a rim of moonlight. Drawn solid over the glass, the frame and muntins
    kept (moonlit) from the window's own drawing, so it fits the window exactly."""
    wx, wy, ww, wh = L.BEDROOM["bedroom_window"]
    win = surf(ww, wh)
    gx, gy, gw, gh = fu.window(win, "real")  # the glass, in the window's own pixels
    frame_colours = {tuple(c) for c in REAL["plaster"]}
    sky = NIGHT_BLUE[1:5]
    mx, my, mr = gx + 15, gy + 15, 7  # the moon, in the upper left pane
    stars = rng("dream-window-stars")
    star_at = {(gx + stars.randrange(gw), gy + stars.randrange(gh - 24)) for _ in range(22)}
    for y in range(gy, gy + gh):
        for x in range(gx, gx + gw):
            old = tuple(win.get_at((x, y)))[:3]
            if old in frame_colours:  # the muntins and the meeting rail, lit by the moon
                c = lerp(old, NIGHT_BLUE[4], 0.55)
            else:
                d = math.hypot(x - mx, y - my)
                t = 0.15 + 0.7 * (y - gy) / gh + max(0.0, 0.5 - d / 40)  # paler near the moon
                c = dither_pick(sky, t, x, y)
                if d <= mr:
                    c = (236, 236, 218) if d < mr - 1 else (196, 202, 200)
                    if (x - mx, y - my) in ((-2, -1), (1, 2), (2, -2), (-1, 3)):
                        c = (204, 206, 192)  # the moon's seas
                elif (x, y) in star_at and d > mr + 4:
                    c = NIGHT_BLUE[6]
                # the far trees: the same line as the rainy window's, black against the sky
                top = gy + gh - 16 - int(5 * math.sin(x * 0.31) + 3 * math.sin(x * 0.9))
                if y >= top:
                    c = NIGHT_BLUE[3] if y == top else NIGHT_BLUE[0]
            px(s, wx + x, wy + y, c)


# =================================================================== credits
class Font:
    """The game's own bitmap font (tools/art/font.py: the same glyphs as assets/ui/font_*),
    taken from the font's data rather than its sheet, so it works before the sheet is built."""

    def __init__(self, face: str) -> None:
        self.face = next(f for f in font.FACES if f.name == face)
        self.glyphs = font.glyph_table(self.face)
        self.line_height = self.face.line_height

    def _glyph(self, ch: str) -> tuple[list[str], int]:
        return self.glyphs.get(ch, self.glyphs["?"])

    def width(self, text: str, scale: int = 1, tracking: int = 0) -> int:
        """From the first glyph's left edge to the last one's right edge (no trailing gap)."""
        if not text:
            return 0
        gaps = (self.face.spacing + tracking) * (len(text) - 1)
        return (sum(len(self._glyph(ch)[0][0]) for ch in text) + gaps) * scale

    def draw(self, s: pygame.Surface, text: str, x: int, y: int, c: Colour,
             shadow: Colour | None = None, scale: int = 1, tracking: int = 0) -> None:
        for ch in text:
            rows, start = self._glyph(ch)
            top = self.face.top + start
            for ry, row in enumerate(rows):
                for rx, on in enumerate(row):
                    if on != "#":
                        continue
                    for sy in range(scale):
                        for sx in range(scale):
                            gx, gy = x + rx * scale + sx, y + (top + ry) * scale + sy
                            if shadow is not None:
                                px(s, gx + scale, gy + scale, shadow)
                            px(s, gx, gy, c)
            x += (len(rows[0]) + self.face.spacing + tracking) * scale

    def centred(self, s: pygame.Surface, text: str, y: int, c: Colour,
                shadow: Colour | None = (0, 0, 0), scale: int = 1) -> None:
        self.draw(s, text, (s.get_width() - self.width(text, scale)) // 2, y, c, shadow, scale)


def credits_backdrop(s: pygame.Surface) -> None:
    """Near-black plum, a faint vignette, and a border of running stitches with a button in
    each corner."""
    w, h = s.get_size()
    plum = ramp("#050308", "#09060e", "#0d0914", "#120c1a", "#170f20", "#1c1326", "#22172c")
    blue = ramp("#04050a", "#070910", "#0a0d16", "#0e121c", "#121722", "#161c28", "#1a212e")
    n = value_noise("credits-bg", 50)
    hue = value_noise("credits-hue", 90)
    for y in range(h):
        for x in range(w):
            d = math.hypot((x - w / 2) / (w / 2), (y - h / 2) / (h / 2))
            t = 0.8 - d * 0.6 + (n(x, y) - 0.5) * 0.2
            shade = plum.index(dither_pick(plum, t, x, y))  # which step of the ramp...
            px(s, x, y, lerp(plum[shade], blue[shade], hue(x, y)))  # ...plum drifting to blue
    # a thin scatter of far, faint stars in many tints
    r = rng("credits-bg-stars")
    for _ in range(260):
        x, y = r.randrange(24, w - 24), r.randrange(24, h - 24)
        k = r.randrange(40, 110)
        tint = (k + r.randrange(-20, 21), k + r.randrange(-20, 21), k + r.randrange(0, 40))
        px(s, x, y, tuple(max(0, min(255, v)) for v in tint))
    border(s)


def border(s: pygame.Surface) -> None:
    """A border of running stitches 14 px in, with a button in each corner."""
    w, h = s.get_size()
    m = 14
    for x in range(m + 8, w - m - 8, 8):
        hline(s, STITCH, x, x + 4, m)
        hline(s, STITCH, x, x + 4, h - m - 1)
    for y in range(m + 8, h - m - 8, 8):
        vline(s, STITCH, m, y, y + 4)
        vline(s, STITCH, w - m - 1, y, y + 4)
    for (bx, by) in ((m, m), (w - m - 1, m), (m, h - m - 1), (w - m - 1, h - m - 1)):
        button(s, bx, by, 5, (40, 34, 52), (90, 80, 110))


def button(s: pygame.Surface, cx: int, cy: int, r: int, body: Colour, rim: Colour,
           holes: Colour = (6, 4, 8)) -> None:
    pygame.draw.circle(s, INK, (cx, cy), r + 1)
    pygame.draw.circle(s, body, (cx, cy), r)
    pygame.draw.circle(s, rim, (cx, cy), r, 1)
    if r >= 4:
        for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            px(s, cx + dx * max(1, r // 3), cy + dy * max(1, r // 3), holes)
    else:
        px(s, cx, cy, holes)
    px(s, cx - r + 1, cy - r // 2, tuple(min(255, v + 60) for v in rim))


CARD_RX, CARD_RY = 46, 38  # the last card: the vignette of wallpaper round the little door


def draw_little_door(s: pygame.Surface, cx: int, cy: int) -> None:
    """The little door as the game has it (props.small_door_*): an arched door 26 x 36 with
    its frame, standing on the floor line and about twice as tall as the skirting, in a
    vignette of faded wallpaper. It is ajar: the leaf (three boards, the strap hinges, the
    button keyhole) swung a little towards us on its left hinges, and the corridor's blue
    glow in the gap, spilling on the floor."""
    rx, ry = CARD_RX, CARD_RY
    pap = ramp("#3a2e36", "#4a3c44", "#5c4c52", "#6e5e62")
    wood = REAL["wood"]
    dw, dh = L.LIVING["small_door"][2:]
    ox, oy, ow, oh = L.SMALL_DOOR_OPENING
    fl = cy + ry - 13  # the floor line: the skirting is the 16 rows above it
    bx, by = cx - dw // 2, fl - dh  # the door's picture, its foot on the floor line
    lw = 12  # the leaf, seen a little turned: 12 of the doorway's 18 px
    gap = bx + ox + lw + 3  # the middle of the gap
    for y in range(cy - ry, cy + ry + 1):
        for x in range(cx - rx, cx + rx + 1):
            d = math.hypot((x - cx) / (rx + 0.5), (y - cy) / (ry + 0.5))
            if d > 1:
                continue
            dark = bayer(x, y) < (d - 0.55) * 2  # the vignette takes a step off the wood
            if y < fl - 16:
                stripe = 0.12 if ((x - cx + rx) // 6) % 2 else 0.0
                c = dither_pick(pap, 0.7 - d * 0.6 + stripe, x, y)
            elif y < fl:
                c = skirting_real(x, y - (fl - 16))
                if y == fl - 16:
                    c = pap[0]
                elif dark:
                    c = wood[max(0, wood.index(c) - 1)] if c in wood else c
            else:  # the floorboards, running away into the dark
                k = 2 if (y - fl) % 4 else 1
                if (x + 9 * ((y - fl) // 4)) % 23 == 0:
                    k = 1
                c = wood[max(0, k - (1 if dark or y > fl + 6 else 0))]
            px(s, x, y, c)
    soft_ellipse(s, (110, 120, 255), gap, fl - 14, 26, 22, 80, 5)
    for y in range(fl, fl + 6):  # the glow spilling out over the boards, fanning to the right
        for x in range(gap - 3 - (y - fl) // 2, gap + 3 + 2 * (y - fl)):
            if bayer(x, y) < 0.85 - (y - fl) * 0.14:
                blend_px(s, x, y, (110, 120, 255, 140))
    door = surf(dw, dh)
    P.small_door_frame(door, "real")
    P.in_doorway(door, lambda u: fu.corridor_mouth(u, ox + lw - 3, oy, ow, oh, "blue"))
    r = rng("smalldoor")
    grain = {(r.randrange(ow), r.randrange(oh)) for _ in range(40)}
    for y in range(oy, oy + oh):
        for x in range(ox, ox + lw):
            if P.door_ring(x, y):
                continue
            u = (x - ox) * ow // lw  # where this is on the closed door's boards
            b = u % 6  # three upright boards, each lit on its left edge
            c = wood[4] if b == 0 else wood[1] if b == 5 else wood[3]
            if b in (2, 3) and (u, y - oy) in grain:
                c = wood[2]
            if P.door_ring(x, y - 1):
                c = wood[5] if x < ox + lw // 2 else wood[4]  # the arched top catches the light
            if x == ox + lw - 2:
                c = (120, 130, 240)  # its edge, lit by the corridor
            if x == ox + lw - 1 or y == oy + oh - 1:
                c = INK  # its free edge, and its foot
            px(door, x, y, c)
    for hy in (oy + 9, oy + oh - 8):  # the strap hinges
        hline(door, INK, ox, ox + 4, hy + 1)
        hline(door, REAL["metal"][2], ox, ox + 3, hy)
        px(door, ox + 3, hy, REAL["metal"][4])
    kx, ky = ox + lw - 6, oy + 15
    P.keyhole(door, kx, ky)
    rect(door, INK, kx - 1, ky + 5, 3, 3)
    px(door, kx, ky + 5, (220, 200, 120))
    s.blit(door, (bx, by))


def draw_book(s: pygame.Surface, cx: int, cy: int) -> None:
    """An open book, and a strip of film curling out of it like a bookmark."""
    paper = ramp("#8a8276", "#b4aa98", "#d8cfba", "#efe6d2")
    for side in (-1, 1):
        pts = [(cx, cy - 26), (cx + side * 52, cy - 32), (cx + side * 56, cy + 18), (cx, cy + 22)]
        pygame.draw.polygon(s, paper[2], pts)
        for i in range(6):
            y = cy - 20 + i * 7
            x0, x1 = cx + side * 8, cx + side * 44
            pygame.draw.line(s, paper[0], (x0, y + (0 if side > 0 else 0)), (x1, y - 3))
        pygame.draw.polygon(s, INK, pts, 1)
    # the cover under the pages
    pygame.draw.line(s, hexc("#5a2a3a"), (cx - 57, cy + 20), (cx, cy + 25), 3)
    pygame.draw.line(s, hexc("#5a2a3a"), (cx, cy + 25), (cx + 57, cy + 20), 3)
    vline(s, paper[0], cx, cy - 26, cy + 22)
    # tiny drawings on the pages: a door on the left, a cat on the right
    rect(s, INK, cx - 34, cy - 14, 12, 18)
    px(s, cx - 25, cy - 5, paper[3])
    pygame.draw.circle(s, INK, (cx + 30, cy - 6), 5)
    pygame.draw.ellipse(s, INK, pygame.Rect(cx + 24, cy - 2, 14, 10))
    pygame.draw.polygon(s, INK, [(cx + 26, cy - 9), (cx + 27, cy - 14), (cx + 29, cy - 10)])
    pygame.draw.polygon(s, INK, [(cx + 31, cy - 10), (cx + 33, cy - 14), (cx + 34, cy - 9)])
    px(s, cx + 28, cy - 7, (200, 200, 80))
    px(s, cx + 32, cy - 7, (200, 200, 80))
    # the film strip
    fx, fy = cx + 30, cy - 30
    for i in range(9):
        x = fx + i * 7
        y = fy - int(14 * math.sin(i / 8 * math.pi)) - i * 2
        rect(s, INK, x, y, 8, 12)
        rect(s, (40, 36, 44), x + 1, y + 1, 6, 10)
        rect(s, (130, 150, 190) if i % 2 else (190, 170, 120), x + 2, y + 3, 4, 5)
        px(s, x + 1, y + 1, (200, 200, 200))
        px(s, x + 1, y + 10, (200, 200, 200))


def draw_buttons(s: pygame.Surface, cx: int, cy: int) -> None:
    """Seven buttons strung on one thread, each in a speech colour of the cast."""
    cols = ["#7fb2e5", "#8fd4b4", "#a9d18e", "#e8c890", "#e8a0b8", "#d8b470", "#9cc4e8",
            "#c8a8f0"]
    n = len(cols)
    pts = []
    for i in range(n):
        x = cx - (n - 1) * 14 + i * 28
        y = cy + int(8 * math.sin(i / (n - 1) * math.pi))
        pts.append((x, y))
    pygame.draw.lines(s, (150, 60, 70), False, [(cx - (n - 1) * 14 - 24, cy - 6)] + pts
                      + [(cx + (n - 1) * 14 + 24, cy - 6)])
    for (x, y), c in zip(pts, cols):
        body = hexc(c)
        rim = tuple(max(0, v - 50) for v in body)
        button(s, x, y, 8, rim, body)
        pygame.draw.circle(s, body, (x, y), 5)
        for dx, dy in ((-2, -2), (2, -2), (-2, 2), (2, 2)):
            px(s, x + dx, y + dy, INK)


def draw_pencil_needle(s: pygame.Surface, cx: int, cy: int) -> None:
    """A pencil, a needle with blue wool looping into a little music note, and a paintbrush."""
    # pencil, slanting
    for i in range(70):
        x, y = cx - 70 + i, cy + 20 - i // 2
        for k in range(-2, 3):
            c = hexc("#e0b030") if abs(k) < 2 else hexc("#a07018")
            px(s, x, y + k, c)
        px(s, x, y - 3, INK)
        px(s, x, y + 3, INK)
    pygame.draw.polygon(s, hexc("#e8c8a0"), [(cx, cy - 15), (cx + 10, cy - 22), (cx + 2, cy - 12)])
    px(s, cx + 9, cy - 21, INK)
    px(s, cx + 10, cy - 22, INK)
    rect(s, hexc("#d07080"), cx - 74, cy + 19, 5, 6)
    # the needle
    pygame.draw.line(s, REAL["metal"][4], (cx + 20, cy + 26), (cx + 56, cy - 30))
    pygame.draw.line(s, REAL["metal"][1], (cx + 21, cy + 26), (cx + 57, cy - 30))
    pygame.draw.ellipse(s, INK, pygame.Rect(cx + 52, cy - 32, 5, 7), 1)
    # blue wool: from the eye, a loop, and a music note drawn in thread
    wool = hexc("#3a6ad0")
    last = (cx + 55, cy - 28)
    for i in range(1, 60):
        t = i / 59
        x = cx + 55 + 40 * t + 10 * math.sin(t * 9)
        y = cy - 28 + 30 * t - 12 * math.sin(t * 5)
        pygame.draw.line(s, wool, last, (x, y), 2)
        last = (x, y)
    nx, ny = int(last[0]), int(last[1])
    pygame.draw.ellipse(s, wool, pygame.Rect(nx - 6, ny + 6, 8, 6))
    pygame.draw.line(s, wool, (nx + 1, ny + 8), (nx + 1, ny - 14), 2)
    pygame.draw.line(s, wool, (nx + 1, ny - 14), (nx + 9, ny - 9), 2)


def draw_tiles(s: pygame.Surface, cx: int, cy: int) -> None:
    """A little map being made of tiles: a grid, a pink house of squares, a path, a tree."""
    x0, y0, cols, rows, t = cx - 64, cy - 36, 8, 5, 16
    pal = {"s": hexc("#5e676c"), "p": hexc("#a87274"), "r": hexc("#5a3840"),
           "g": hexc("#4a5e44"), "m": hexc("#5a493c"), "w": hexc("#9aa2a2"),
           "f": hexc("#273c34"), "d": hexc("#3d2f28")}
    plan = ["ssssssfs",
            "srrrssff",
            "spwpssfs",
            "spdpgggg",
            "gmmmmmmg"]
    for j, row in enumerate(plan):
        for i, k in enumerate(row):
            x, y = x0 + i * t, y0 + j * t
            for yy in range(t):
                for xx in range(t):
                    c = pal[k]
                    if k in "sgm" and (xx + yy + i + j) % 7 == 0:
                        c = tuple(min(255, v + 14) for v in c)
                    px(s, x + xx, y + yy, c)
    # the grid, like an editor's
    for i in range(cols + 1):
        vline(s, (120, 112, 140), x0 + i * t, y0, y0 + rows * t)
    for j in range(rows + 1):
        hline(s, (120, 112, 140), x0, x0 + cols * t, y0 + j * t)
    # one tile being placed, held up by the cursor
    hx, hy = x0 + cols * t + 8, y0 - 12
    rect(s, INK, hx - 1, hy - 1, t + 2, t + 2)
    rect(s, pal["f"], hx, hy, t, t)
    pygame.draw.polygon(s, hexc("#344c40"), [(hx + 8, hy + 2), (hx + 13, hy + 13), (hx + 3, hy + 13)])
    frame(s, (240, 230, 160), hx - 2, hy - 2, t + 4, t + 4)
    cur = [(hx + 12, hy + 12), (hx + 12, hy + 24), (hx + 15, hy + 21), (hx + 18, hy + 26),
           (hx + 20, hy + 25), (hx + 17, hy + 20), (hx + 21, hy + 20)]
    pygame.draw.polygon(s, (240, 240, 240), cur)
    pygame.draw.polygon(s, INK, cur, 1)


def draw_well_and_cat(s: pygame.Surface, cx: int, cy: int) -> None:
    """The old well with its lid on and stones on top, a cat sitting on it, a moon above."""
    # the moon
    soft_ellipse(s, (220, 220, 200), cx + 56, cy - 40, 20, 20, 60, 4)
    pygame.draw.circle(s, (230, 226, 200), (cx + 56, cy - 40), 9)
    pygame.draw.circle(s, (200, 196, 170), (cx + 53, cy - 42), 2)
    # the drum of the well
    rx, top, bot = 36, cy - 6, cy + 30
    for y in range(top, bot):
        for x in range(cx - rx, cx + rx + 1):
            u = (x - cx) / rx
            row = (y - top) // 6
            mortar = (y - top) % 6 == 5 or (x + row * 5) % 12 == 0
            t = 0.7 - 0.5 * (u + 1) / 2
            px(s, x, y, G.STONE[0] if mortar else dither_pick(G.STONE, t, x, y))
    vline(s, INK, cx - rx - 1, top, bot)
    vline(s, INK, cx + rx + 1, top, bot)
    hline(s, INK, cx - rx, cx + rx, bot)
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - rx - 3, top - 9, 2 * rx + 7, 18))
    pygame.draw.ellipse(s, G.WOOD[3], pygame.Rect(cx - rx - 1, top - 8, 2 * rx + 3, 15))
    for x in range(cx - rx + 6, cx + rx - 4, 8):
        vline(s, G.WOOD[1], x, top - 6, top + 4)
    # two stones on the lid
    for (sx, sy, sw, sh) in ((cx - 28, top - 12, 14, 9), (cx + 14, top - 11, 12, 8)):
        pygame.draw.ellipse(s, INK, pygame.Rect(sx - 1, sy - 1, sw + 2, sh + 2))
        pygame.draw.ellipse(s, G.STONE[3], pygame.Rect(sx, sy, sw, sh))
        hline(s, G.STONE[4], sx + 3, sx + sw - 5, sy + 1)
    # the cat, sitting in the middle of the lid, looking back at us; the moon on the right
    # gives him a thin rim of light (the same shapes, drawn once shifted right, in lilac)
    def cat_shape(c: Colour, dx: int) -> None:
        pygame.draw.ellipse(s, c, pygame.Rect(cx - 9 + dx, top - 30, 18, 24))      # body
        pygame.draw.circle(s, c, (cx + dx, top - 34), 7)                            # head
        pygame.draw.polygon(s, c, [(cx - 7 + dx, top - 37), (cx - 5 + dx, top - 45),
                                   (cx - 1 + dx, top - 39)])
        pygame.draw.polygon(s, c, [(cx + 1 + dx, top - 39), (cx + 5 + dx, top - 45),
                                   (cx + 7 + dx, top - 37)])
        for i in range(16):  # the tail, curling round in front
            a = i / 15 * math.pi * 1.2
            rect(s, c, int(cx + 8 + dx + 8 * math.sin(a)), int(top - 4 - 6 * math.cos(a)), 3, 3)
    cat_shape((96, 88, 124), 1)
    cat_shape((14, 12, 18), 0)
    px(s, cx - 3, top - 35, (230, 220, 90))
    px(s, cx + 3, top - 35, (230, 220, 90))
    px(s, cx - 3, top - 34, (140, 120, 40))
    px(s, cx + 3, top - 34, (140, 120, 40))
    # a few stars
    r = rng("credits-stars")
    for _ in range(14):
        x, y = cx + r.randrange(-100, 100), cy + r.randrange(-70, -20)
        if abs(x - (cx + 56)) > 14:
            px(s, x, y, (200, 200, 220))


# =================================================================== credits: the roll
FADE = (18, 50)  # the frame is solid above 18 px from the edge and clear past 50
HEAD = (196, 170, 128)  # headings: a faded gold thread

CAST = [  # the pages' words, in a film's two columns: who, and what
    ("Coraline Jones", "not Caroline"),
    ("Wybie Lovat", "not Wyborne"),
    ("Mom and Dad", "who write about gardens"),
    ("Miss Spink", "formerly of the stage"),
    ("Miss Forcible", "currently of the tea"),
    ("Mr. Bobinsky", "and his jumping mice"),
    ("the Other Mother", "who wanted her to stay"),
    ("three children", "who were lost and are found"),
    ("and a cat", "who belongs to nobody"),
]
TOOLS = [  # what the game and its scripts really use (pyproject.toml), and what for
    ("Python", "the language"),
    ("pygame-ce", "the window, pictures, sound and pads"),
    ("SDL", "underneath it all"),
    ("pytmx", "reads the maps"),
    ("Tiled", "the map editor"),
    ("numpy", "synthesizes the music"),
    ("platformdirs", "keeps the saves safe"),
    ("pytest", "runs the tests"),
    ("hypothesis", "thinks up the strange cases"),
    ("hatchling", "packs the game"),
    ("ruff and mypy", "keep the code tidy"),
]


class Roll:
    """Lays the credits out down a tall picture, a film's end roll: each call draws at the
    cursor and moves it down."""

    def __init__(self, s: pygame.Surface) -> None:
        self.s, self.y, self.cx = s, 0, s.get_width() // 2
        self.title, self.text = Font("title"), Font("text")

    def gap(self, n: int) -> None:
        self.y += n

    def line(self, text: str, colour: Colour = PAGE_INK, scale: int = 1) -> None:
        self.title.centred(self.s, text, self.y, colour, (8, 6, 12), scale)
        self.y += (self.title.line_height + 2) * scale

    def heading(self, text: str) -> None:
        """Small capitals in gold thread, spaced out, with a stitch either side."""
        t = self.text
        text = text.upper()
        w = t.width(text, 1, tracking=2)
        x = self.cx - w // 2
        t.draw(self.s, text, x, self.y, HEAD, (8, 6, 12), tracking=2)
        mid = self.y + t.face.top + t.face.cap_height // 2
        for side in (-1, 1):
            x0 = x - 18 if side < 0 else x + w + 6
            hline(self.s, STITCH, x0, x0 + 8, mid)
        self.y += t.line_height + 8

    def columns(self, rows: list[tuple[str, str]], right: Colour = PAGE_INK, pitch: int = 20,
                gutter: int = 24) -> None:
        """Two columns, the left ones ending at the gutter and the right ones starting past
        it, the gutter placed so the whole block sits in the middle."""
        t = self.title
        wl = max(t.width(a) for a, _ in rows)
        wr = max(t.width(b) for _, b in rows)
        mid = self.cx + (wl - wr) // 2
        for a, b in rows:
            t.draw(self.s, a, mid - gutter // 2 - t.width(a), self.y, PAGE_INK, (8, 6, 12))
            t.draw(self.s, b, mid + gutter - gutter // 2, self.y, right, (8, 6, 12))
            self.y += pitch

    def ornament(self, kind: int) -> None:
        """A short run of stitches between sections, with a button or a cross-stitch in the
        middle; each section break a little different."""
        s, cx, y = self.s, self.cx, self.y + 6
        for side in (-1, 1):
            for k in range(5):
                x = cx + side * (14 + k * 9) - (5 if side < 0 else 0)
                hline(s, STITCH, x, x + 5, y)
        if kind == 0:
            button(s, cx, y, 4, (70, 56, 84), (130, 112, 150))
        elif kind == 1:
            for d in range(-3, 4):
                px(s, cx + d, y + d, (150, 60, 70))
                px(s, cx + d, y - d, (150, 60, 70))
        else:  # a needle lying across the seam, its eye to the left
            hline(s, INK, cx - 9, cx + 9, y + 1)
            hline(s, REAL["metal"][3], cx - 9, cx + 8, y)
            hline(s, REAL["metal"][4], cx - 6, cx + 2, y - 1)
            px(s, cx - 7, y, (6, 4, 8))
            px(s, cx - 6, y, (6, 4, 8))
            px(s, cx + 9, y, REAL["metal"][1])
        self.y += 12

    def drawing(self, draw: Callable[[pygame.Surface, int, int], None], above: int,
                below: int) -> None:
        """One of the small drawings, reaching ``above`` px over its centre and ``below``
        under it."""
        draw(self.s, self.cx, self.y + above)
        self.y += above + below


def cast(r: Roll) -> None:
    r.heading("with")
    r.gap(4)
    r.columns(CAST, PAGE_DIM)
    r.gap(20)
    r.drawing(draw_buttons, 10, 20)


def makers(r: Roll) -> None:
    r.drawing(draw_pencil_needle, 34, 32)
    r.gap(8)
    r.line("Written, drawn and composed")
    r.line("by the studio's own scripts")


def tools(r: Roll) -> None:
    r.heading("made with")
    r.gap(4)
    r.columns(TOOLS, PAGE_DIM)


def assets(r: Roll) -> None:
    r.drawing(draw_tiles, 50, 44)
    r.gap(16)
    r.line("No downloaded assets:", PAGE_DIM)
    r.line("every picture, tune and sound here")
    r.line("is made by a script in tools/")


def roll(s: pygame.Surface) -> None:
    """The end roll: a retelling of..., the cast, who made it, the tools and libraries, and
    the last card (the little door, the title) which comes to rest in the middle of the
    screen when the picture's bottom reaches the screen's bottom."""
    r = Roll(s)
    r.gap(24)
    r.drawing(draw_book, 62, 28)
    r.gap(14)
    r.line("A retelling of Neil Gaiman's novel")
    r.line("Coraline", scale=2)
    r.line("and the 2009 film")
    for i, section in enumerate((cast, makers, tools, assets)):
        r.gap(32)
        r.ornament(i % 3)
        r.gap(32)
        section(r)
    r.gap(30)
    r.drawing(draw_well_and_cat, 82, 34)
    # the last card, centred on the screen once the roll has come to rest
    card_h = 2 * CARD_RY + 1 + 8 + 44 + 22 + 12 + 22
    top = ROLL_H - VIEW_H // 2 - card_h // 2
    assert r.y <= ROLL_H - VIEW_H + FADE[0], f"the roll runs into its last card: {r.y}"
    draw_little_door(s, r.cx, top + CARD_RY)
    r.y = top + 2 * CARD_RY + 1 + 8
    r.line("Coraline", scale=2)
    r.line("The Little Door")
    r.gap(12)
    r.line("Thank you for playing", PAGE_DIM)


def credits_frame(s: pygame.Surface) -> None:
    """Over the roll: the backdrop again along the top and bottom, solid at the stitches and
    clear towards the middle, so the lines rise out of the dark and go back into it; and the
    stitched border, so it stays on top. Each row is one alpha (crisp, never blurred), and
    the fade eases out of the solid band (1 - u**2) rather than stepping off it: a line
    sinking into the dark goes with its descenders, instead of leaving the tail of a 'y'
    hanging under the solid band like a stray star (and a line coming up shows no lone
    ascender first)."""
    back = surf(*s.get_size())
    credits_backdrop(back)
    w, h = s.get_size()
    solid, clear = FADE
    for y in range(h):
        edge = min(y, h - 1 - y)
        if edge >= clear:
            continue
        u = 0.0 if edge < solid else (edge - solid) / (clear - solid)
        a = round(255 * (1 - u * u))
        if a == 0:
            continue
        for x in range(w):
            c = back.get_at((x, y))
            s.set_at((x, y), (c.r, c.g, c.b, a))
    border(s)


# =================================================================== build
def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("epilogue_sun", sun),
        ("epilogue_clear_sky", clear_sky),
        ("epilogue_puddle", puddle),
        ("epilogue_well_open", well_open),
        ("epilogue_well_sealed", well_sealed),
        ("epilogue_hand_remains", hand_remains),
        ("epilogue_bunting", bunting),
        ("epilogue_table", table),
        ("bedroom_dream", dream),
        ("credits_backdrop", credits_backdrop),
        ("credits_roll", roll),
        ("credits_frame", credits_frame),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
