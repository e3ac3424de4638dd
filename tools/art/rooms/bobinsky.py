"""Mr. Bobinsky's attic flat, at the top of the Pink Palace: a rainy real-world room.

The attic is 640 x 320. The back wall is a low pentagon under the roof: the ceiling slopes
down to knee height at both sides and is flat in the middle, where an old collar beam carries
his pull-up bar and gymnastic rings. A skylight in the left slope lets in the grey light (on
the party day the skylight and the window show the clear blue sky, ``*_clear``, and the light
on the floor is sunlight, ``bobinsky_light_clear``).
Left to right: the door to the outside stairs, the narrow iron cot under his photograph and
medals, a steamer trunk with the accordion on it, the bar, the little window over the front
yard, the rings, the table with the mouse circus, the shelf of beet jars and the samovar.

The roof geometry (ROOF, VP, roof_y, ceiling_uv) is shared with circus.py: the Other attic
is the very same room turned into a big top. Deterministic: randomness only from base.rng.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from .. import patterns as pt
from .. import props
from ..base import (
    make_prop, value_noise,
    ASSETS, REAL, Colour, bayer, blend_px, dither_pick, frame, hexc, hline, lerp, px, ramp,
    rect, rng, soft_ellipse, surf, vgrad, vline,
)
from ..furniture import block

PROPS = ASSETS / "props"
INK = REAL["ink"]
W, H = 640, 320

# ------------------------------------------------------------------ shared geometry
# The top edge of the back wall (where it meets the sloping ceiling), left to right.
ROOF = [(0, 120), (200, 44), (440, 44), (640, 120)]
VP = (320, 160)  # vanishing point for the rafters of the sloping ceiling
SKIRT_Y = 192  # top of the skirting board (16 px), floor from 208
FLOOR_Y = 208


def roof_y(x: float) -> float:
    for (x0, y0), (x1, y1) in zip(ROOF, ROOF[1:]):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return ROOF[-1][1]


def ceiling_uv(x: float, y: float) -> tuple[float, float]:
    """For a ceiling pixel: (u, depth). u is the x of the roof-line point it recedes to
    (along the ray from VP), depth >= 1 grows towards the viewer."""
    dx, dy = x - VP[0], y - VP[1]
    best = (x, 1.0)
    for (ax, ay), (bx, by) in zip(ROOF, ROOF[1:]):
        ex, ey = bx - ax, by - ay
        den = dx * ey - dy * ex
        if abs(den) < 1e-9:
            continue
        # VP + k*d = A + m*e
        k = ((ax - VP[0]) * ey - (ay - VP[1]) * ex) / den
        m = ((ax - VP[0]) * dy - (ay - VP[1]) * dx) / den
        if 0 <= m <= 1 and k > 0:
            best = (ax + m * ex, 1.0 / k)
            break
    return best


def ceiling_point(u: float, depth: float) -> tuple[float, float]:
    """Inverse of ceiling_uv: the screen point at roof-line x=u and the given depth."""
    p = (u, roof_y(u))
    return VP[0] + (p[0] - VP[0]) * depth, VP[1] + (p[1] - VP[1]) * depth


# ------------------------------------------------------------------ palettes
PAINT = ramp("#2e3842", "#3c4852", "#4c5a63", "#5e6c73", "#727f83", "#879290")  # faded blue boards
WOOD = REAL["wood"]
BRASS = ramp("#4a3a1c", "#6a5228", "#8c6e36", "#ae8e4c", "#cdb06c", "#e4cc94")
IRON = ramp("#24262a", "#363a3e", "#4c5256", "#666c6e", "#868a88")
BEET = ramp("#2a0c18", "#44142a", "#60203a", "#7e2e4a", "#9c4460")
WOOL = ramp("#3a3c38", "#4e504a", "#64665c", "#7a7a6e", "#908e80")
SEPIA = ramp("#2e2418", "#4a3a28", "#6a563c", "#8c7654", "#ae9a74", "#cbbb98")
SKYLIGHT = ramp("#5a666e", "#6c7a80", "#808e92", "#97a3a4", "#b0b9b6")
SKY_BLUE = ramp("#3a5a78", "#4c7396", "#6690b4", "#88acc8")
TENT_RED = ramp("#5a1c1c", "#7e2a26", "#a03a30", "#bc5444")
CANVAS = ramp("#6a6a5c", "#84826e", "#9e9a82", "#b8b298", "#cfc8ac")
CHEESE = ramp("#6a5020", "#8e6e2c", "#b4923c", "#d2b25a", "#e8cc7a")


LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "bobinsky_backdrop": (0, 0, 640, 320),
    "bobinsky_door": (18, 124, 56, 84),
    "bobinsky_photo": (102, 98, 30, 38),
    "bobinsky_medals": (138, 102, 46, 40),
    "bobinsky_cot": (84, 166, 112, 52),
    "bobinsky_trunk": (204, 160, 54, 58),
    "bobinsky_bar": (214, 52, 80, 44),
    "bobinsky_window": (300, 84, 58, 70),
    "bobinsky_rings": (360, 52, 60, 112),
    "bobinsky_mat": (236, 232, 176, 34),
    "bobinsky_circus": (428, 108, 140, 110),
    "bobinsky_mice": (428, 108, 140, 80),
    "bobinsky_beets": (566, 98, 72, 56),
    "bobinsky_samovar": (574, 146, 58, 72),
    "bobinsky_rinds": (538, 214, 28, 12),
    "bobinsky_laundry": (448, 0, 192, 92),
    "bobinsky_light": (0, 0, 640, 320),
    "bobinsky_light_clear": (0, 0, 640, 320),
    # the party day's clear blue sky in the skylight and the window (only the glass's pixels
    # that differ from the grey view)
    "bobinsky_skylight_clear": (13, 0, 160, 70),  # the skylight glass's bounding box
    "bobinsky_window_clear": (306, 90, 46, 50),  # WINDOW_GLASS
    "bobinsky_rain": (0, 0, 640, 320),
    "bobinsky_night": (0, 0, 640, 320),
}

# the skylight in the left slope: roof-line x from U0 to U1, depth from D0 to D1
SKY_U, SKY_D = (112, 186), (1.10, 1.48)


def skylight_quad() -> list[tuple[float, float]]:
    (u0, u1), (d0, d1) = SKY_U, SKY_D
    return [ceiling_point(u0, d0), ceiling_point(u1, d0), ceiling_point(u1, d1),
            ceiling_point(u0, d1)]


def in_skylight(x: float, y: float) -> tuple[float, float] | None:
    """(s, t) in [0,1]^2 inside the skylight glass, else None."""
    if y >= roof_y(x):
        return None
    u, d = ceiling_uv(x, y)
    (u0, u1), (d0, d1) = SKY_U, SKY_D
    if u0 <= u <= u1 and d0 <= d <= d1:
        return (u - u0) / (u1 - u0), (d - d0) / (d1 - d0)
    return None


WINDOW_GLASS = (306, 90, 46, 50)  # map pixels: the little window's panes (set by window())
SUN = (*REAL["lamp"][2], 38)  # the party day's light on the floor: pale sun, not grey


def skylight_box() -> tuple[int, int, int, int]:
    """The bounding box of the skylight's glass and frame on screen (map pixels)."""
    pts = [(x, y) for y in range(0, 110) for x in range(0, 240) if in_skylight(x, y)]
    x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
    return x0, y0, max(p[0] for p in pts) - x0 + 1, max(p[1] for p in pts) - y0 + 1


def clear_skylight(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The party day's sky (``props.clear_sky``) over the skylight's box. The glass is a
    slanted band across the box, so the sky is painted twice: once over the box, reaching up
    above the screen where its cloud and wisp stay out of sight, for the blue; and once over a
    smaller box whose cloud falls in the middle of the left pane and its wisp in the right,
    from which only the cloud's pixels are taken."""
    props.clear_sky(s, gx, gy - 20, gw, gh + 20)
    clouds = surf(*s.get_size())
    props.clear_sky(clouds, 40, 26, 120, gh)  # cloud about (70, 37), wisp about (130, 31)
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            c = tuple(clouds.get_at((xx, yy)))[:3]
            if c in props.CLOUD:
                px(s, xx, yy, c)


# =================================================================== the room itself
def paint_ceiling(s: pygame.Surface, boards: list[Colour], rafter: list[Colour],
                  seed: str = "attic") -> None:
    """Sloping ceiling of boards with rafters receding to VP; darker towards the viewer."""
    n = value_noise(seed + "-ceil", 11, size=32)
    for y in range(0, 124):
        for x in range(W):
            ry = roof_y(x)
            if y >= ry:
                continue
            u, d = ceiling_uv(x, y)
            ld = math.log(max(1.0, d))
            band = int(ld / 0.075)
            inband = (ld / 0.075) % 1.0
            rf = (u + 4) % 40
            t = 0.72 - ld * 1.1 + (n(u, band * 3) - 0.5) * 0.25
            if inband < 0.12:
                c = boards[0]
            else:
                c = dither_pick(boards, t, x, y)
            if rf < 5:  # a rafter, lit on one edge
                lit = (rf < 1.5) if u < VP[0] else (rf > 3.5)
                c = rafter[3] if lit else dither_pick(rafter[:3], t, x, y)
                if rf < 0.6 or rf > 4.4:
                    c = INK
            px(s, x, y, c)
        # a shadow line where the ceiling meets the wall
    for x in range(W):
        ry = int(roof_y(x))
        px(s, x, ry, INK)
        px(s, x, ry - 1, boards[0])


def paint_wall(s: pygame.Surface) -> None:
    """Tongue-and-groove boards painted a faded blue, flaking; lighter where the light falls."""
    n = value_noise("attic-wall", 13, size=32)
    flake = value_noise("attic-flake", 5, size=32)
    for y in range(38, SKIRT_Y):
        for x in range(W):
            ry = roof_y(x)
            if y <= ry:
                continue
            k = x % 12
            light = 0.55 - abs(x - 330) / 900 - max(0.0, (ry + 18 - y)) / 40
            light += (n(x, y) - 0.5) * 0.22 - (y - 150) / 600
            c = dither_pick(PAINT, light, x, y)
            if k == 0:
                c = PAINT[0]
            elif k == 1:
                c = PAINT[min(5, 1 + int(light * 5))]
            if flake(x, y * 0.7) > 0.84 and k > 2 and bayer(x, y) < 0.75:  # paint gone
                c = lerp(dither_pick(WOOD[1:4], light + 0.1, x, y), PAINT[1], 0.45)
            px(s, x, y, c)
    # damp tide-mark under the skylight, drips from the roof-line
    for y in range(70, 180):
        for x in range(100, 190):
            if y <= roof_y(x) + 1:
                continue
            d = math.hypot((x - 150) / 44, (y - 92) / 60)
            if 0.9 < d < 1.0:
                blend_px(s, x, y, (70, 58, 40, 90))
            elif d < 0.9 and bayer(x, y) < 0.18:
                blend_px(s, x, y, (70, 58, 40, 60))
    r = rng("attic-drips")
    for _ in range(24):
        x = r.randrange(4, W - 4)
        y0 = int(roof_y(x)) + 2
        for k in range(r.randrange(4, 22)):
            blend_px(s, x, y0 + k, (30, 26, 22, 70 - k * 2))
    # under-roof shadow band
    for x in range(W):
        ry = int(roof_y(x))
        for k in range(12):
            if bayer(x, ry + k) < 0.7 - k / 14:
                blend_px(s, x, ry + 1 + k, (14, 16, 20, 90))


def paint_floor(s: pygame.Surface) -> None:
    for y in range(SKIRT_Y, FLOOR_Y):
        for x in range(W):
            px(s, x, y, pt.skirting_real(x, y))
    n = value_noise("attic-floor", 23, size=32)
    for y in range(FLOOR_Y, H):
        for x in range(W):
            c = pt.boards_real(x, y, 2)
            if n(x, y * 2) > 0.72 and bayer(x, y) < 0.5:  # old varnish worn pale
                c = lerp(c, WOOD[5], 0.25)
            px(s, x, y, c)
    hline(s, INK, 0, W - 1, FLOOR_Y)
    # dusty corners
    for y in range(FLOOR_Y, H):
        for x in list(range(0, 30)) + list(range(W - 30, W)):
            e = min(x, W - 1 - x)
            if bayer(x, y) < (1 - e / 30) * 0.5:
                blend_px(s, x, y, (10, 10, 12, 80))


def paint_skylight(s: pygame.Surface, night: bool = False,
                   sky: fu.Painter | None = None) -> None:
    """The skylight: a grey sky with a drifting cloud, the night's, or ``sky`` painted over
    the skylight's box and seen through the glass."""
    quad = skylight_quad()
    if sky is not None:
        seen = surf(*s.get_size())
        sky(seen, *skylight_box())
    # frame: an outlined quad two pixels larger
    pygame.draw.polygon(s, INK, [(int(a), int(b)) for a, b in quad], 0)
    for y in range(0, 110):
        for x in range(0, 240):
            st = in_skylight(x, y)
            if st is None:
                continue
            su, sd = st
            edge = min(su, 1 - su) * 74, min(sd, 1 - sd) * 60
            if edge[0] < 3 or edge[1] < 3:
                c = WOOD[3] if (edge[0] < 1.5 or edge[1] < 1.5) else WOOD[2]
                if edge[0] < 0.8 or edge[1] < 0.8:
                    c = INK
            elif abs(su - 0.5) * 74 < 1.2:
                c = WOOD[2]  # the glazing bar
            else:
                if night:
                    c = dither_pick([(12, 16, 40), (20, 28, 60), (34, 44, 86)], 0.3 + sd * 0.6, x, y)
                elif sky is not None:
                    c = tuple(seen.get_at((x, y)))[:3]
                else:
                    c = dither_pick(SKYLIGHT, 0.85 - sd * 0.65 + 0.1 * math.sin(x * 0.2), x, y)
            px(s, x, y, c)
    if not night and sky is None:  # a pale cloud drifting across the glass
        for y in range(0, 110):
            for x in range(0, 240):
                st = in_skylight(x, y)
                if st and 0.08 < st[0] < 0.92 and 0.08 < st[1] < 0.92:
                    if abs(st[0] - 0.5) * 74 < 1.2:
                        continue
                    d = math.hypot((st[0] - 0.72) * 2.2, (st[1] - 0.55) * 3)
                    if d < 0.6 and bayer(x, y) < (0.6 - d) * 2:
                        px(s, x, y, SKYLIGHT[4])


def paint_beam(s: pygame.Surface, ramp_: list[Colour], y: int = 50, h: int = 9) -> None:
    """The collar beam across the flat part of the ceiling."""
    x0, x1 = 150, 490
    for x in range(x0, x1):
        top = y
        if x < 200:
            top = max(y, int(roof_y(x)) - 4)
        if x > 440:
            top = max(y, int(roof_y(x)) - 4)
        for yy in range(top, y + h):
            t = 0.75 if yy < y + 2 else 0.45 if yy < y + h - 2 else 0.2
            px(s, x, yy, dither_pick(ramp_, t, x, yy))
        px(s, x, y + h, INK)
        if top == y:
            px(s, x, y - 1, INK)
    for x in range(x0 + 20, x1 - 20, 46):  # old bolts
        rect(s, IRON[1], x, y + 3, 2, 2)
        px(s, x, y + 3, IRON[3])


def backdrop(s: pygame.Surface) -> None:
    paint_ceiling(s, [WOOD[0], WOOD[1], WOOD[2], WOOD[3], WOOD[4]],
                  [hexc("#1e1814"), WOOD[0], WOOD[1], WOOD[3]])
    paint_wall(s)
    paint_floor(s)
    paint_skylight(s)
    paint_beam(s, WOOD)
    # a strip of flypaper and a calendar with a circus strongman, on the right-hand wall
    cx, cy = 244, 112
    block(s, cx, cy, 20, 28, [(120, 114, 96), (150, 142, 118), (178, 170, 142), (200, 192, 164)],
          INK, light=2)
    rect(s, (150, 60, 54), cx + 3, cy + 3, 14, 12)
    for k in range(3):
        hline(s, (90, 84, 70), cx + 3, cx + 16, cy + 18 + k * 3)
    for yy in range(cy + 4, cy + 14):  # the strongman: a tiny figure holding up a barbell
        px(s, cx + 10, yy, (60, 40, 36))
    hline(s, (40, 36, 36), cx + 5, cx + 15, cy + 5)
    rect(s, (40, 36, 36), cx + 4, cy + 4, 2, 3)
    rect(s, (40, 36, 36), cx + 14, cy + 4, 2, 3)
    px(s, cx + 10, cy + 3, (200, 170, 140))
    px(s, cx + 10, cy - 2, INK)  # nail
    # a mouse hole in the skirting under the circus table
    mx, my = 476, FLOOR_Y
    pygame.draw.ellipse(s, INK, pygame.Rect(mx - 5, my - 9, 10, 14))
    rect(s, INK, mx - 5, my - 3, 10, 3)
    pygame.draw.ellipse(s, (8, 8, 10), pygame.Rect(mx - 4, my - 8, 8, 12))
    rect(s, (8, 8, 10), mx - 4, my - 3, 8, 3)


# =================================================================== furniture
def door(s: pygame.Surface) -> None:
    fu.doorway(s, "real", inside="closed")
    w, h = s.get_size()
    # a horseshoe nailed over it for luck, and a coat hook with a knitted scarf
    cx = w // 2
    pygame.draw.arc(s, IRON[3], pygame.Rect(cx - 4, 0, 9, 9), math.pi, 2 * math.pi, 2)
    rect(s, IRON[1], w - 12, 30, 3, 3)
    for yy in range(33, 60):
        c = (140, 54, 52) if (yy // 3) % 2 else (196, 176, 150)
        px(s, w - 12, yy, c)
        px(s, w - 11, yy, c)
        px(s, w - 13, yy + 1, INK)
        px(s, w - 10, yy + 1, INK)


def photo(s: pygame.Surface) -> None:
    """Him, young, in striped acrobat tights, one-hand balanced on a chair: sepia."""
    w, h = s.get_size()
    gold = [(82, 64, 34), (112, 90, 50), (140, 116, 68), (170, 146, 92)]
    block(s, 0, 2, w, h - 2, gold, INK, light=2)
    ix, iy, iw, ih = 4, 6, w - 8, h - 10
    vgrad(s, SEPIA[2:], ix, iy, iw, ih, 0.9, 0.3)
    # a stage floor and curtain edge
    rect(s, SEPIA[1], ix, iy + ih - 6, iw, 6)
    for yy in range(iy, iy + ih - 6):
        px(s, ix + 1, yy, SEPIA[1])
        px(s, ix + 2, yy, SEPIA[2] if yy % 3 else SEPIA[1])
    # a chair, and on it, upside down on one hand, the young acrobat
    cxx = ix + iw // 2
    rect(s, SEPIA[0], cxx - 5, iy + ih - 14, 10, 2)
    vline(s, SEPIA[0], cxx - 5, iy + ih - 14, iy + ih - 7)
    vline(s, SEPIA[0], cxx + 4, iy + ih - 14, iy + ih - 7)
    vline(s, SEPIA[0], cxx, iy + ih - 18, iy + ih - 15)  # arm
    pygame.draw.circle(s, SEPIA[0], (cxx, iy + ih - 20), 2)  # head (upside down)
    px(s, cxx, iy + ih - 20, SEPIA[4])
    for yy in range(iy + 3, iy + ih - 21):  # body and legs, in striped tights
        c = SEPIA[5] if (yy // 2) % 2 else SEPIA[1]
        px(s, cxx, yy, c)
        px(s, cxx + 1, yy, c)
        if yy < iy + 9:
            px(s, cxx - 2 + (iy + 9 - yy) // 2, yy, c)
            px(s, cxx + 3 - (iy + 9 - yy) // 3, yy, c)
    hline(s, SEPIA[5], cxx - 4, cxx + 5, iy + ih - 23)  # arms out, for balance
    # a white mark where a signature was, and a corner of the photo curling
    hline(s, SEPIA[5], ix + 2, ix + 8, iy + ih - 3)
    px(s, ix + iw - 1, iy, SEPIA[1])
    px(s, ix + iw - 2, iy, SEPIA[1])
    px(s, ix + iw - 1, iy + 1, SEPIA[1])
    pygame.draw.line(s, INK, (w // 2 - 6, 2), (w // 2, 0))
    pygame.draw.line(s, INK, (w // 2 + 6, 2), (w // 2, 0))


def medals(s: pygame.Surface) -> None:
    """Four medals on striped ribbons, pinned in a row on a strip of red felt."""
    w, h = s.get_size()
    block(s, 0, 0, w, 8, [(70, 30, 32), (96, 42, 42), (120, 56, 52), (140, 72, 64)], INK,
          light=2)
    ribbons = [((150, 50, 50), (200, 190, 170)), ((60, 80, 130), (200, 190, 170)),
               ((60, 100, 70), (190, 160, 70)), ((150, 50, 50), (60, 80, 130))]
    metal = [BRASS, [(90, 92, 96), (130, 132, 134), (170, 172, 170), (210, 210, 204)], BRASS,
             [(90, 60, 40), (124, 84, 54), (156, 110, 70), (186, 140, 96)]]
    for i in range(4):
        x = 3 + i * 11
        ln = 16 + (i % 2) * 6
        a, b = ribbons[i]
        for yy in range(6, 6 + ln):
            for xx in range(x, x + 7):
                k = xx - x
                px(s, xx, yy, a if k in (0, 1, 5, 6) else b if k in (2, 4) else a)
            px(s, x - 1, yy, INK)
            px(s, x + 7, yy, INK)
        pygame.draw.polygon(s, INK, [(x - 1, 6 + ln), (x + 3, 6 + ln + 3), (x + 7, 6 + ln)])
        cy = 6 + ln + 6
        m = metal[i]
        pygame.draw.circle(s, INK, (x + 3, cy), 6)
        pygame.draw.circle(s, m[1], (x + 3, cy), 5)
        pygame.draw.circle(s, m[2], (x + 3, cy), 4)
        px(s, x + 1, cy - 2, m[-1])
        px(s, x + 2, cy - 3, m[-1])
        px(s, x + 4, cy + 2, m[0])
        if i == 1:  # one has a little star on it
            px(s, x + 3, cy, m[0])
            px(s, x + 2, cy, m[0])
            px(s, x + 4, cy, m[0])
            px(s, x + 3, cy - 1, m[0])


def cot(s: pygame.Surface) -> None:
    """A narrow iron army cot, a grey wool blanket folded tight, one thin pillow."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2 + 2, h - 4, w / 2 - 6, 5, 120)
    top = 24  # mattress top (local)
    # iron head and foot rails (round tubes)
    for x0, tall in ((2, 2), (w - 9, 16)):
        rect(s, INK, x0, tall, 7, h - 4 - tall)
        rect(s, IRON[2], x0 + 1, tall + 1, 5, h - 6 - tall)
        vline(s, IRON[4], x0 + 2, tall + 2, h - 8)
        rect(s, INK, x0 - 1, tall - 2, 9, 4)
        rect(s, IRON[3], x0, tall - 1, 7, 2)
    # the head rail has bars
    rect(s, INK, 2, 2, 7, 3)
    for k in range(3):
        vline(s, IRON[1], 9 + k, 8, top)
    # mattress and blanket
    block(s, 8, top, w - 16, 12, WOOL, INK, light=2)
    for x in range(10, w - 10):
        c = WOOL[3] if (x // 6) % 2 else WOOL[2]
        vline(s, c, x, top + 2, top + 8)
    hline(s, (150, 54, 50), 30, w - 12, top + 3)  # a red stripe across the blanket
    hline(s, (150, 54, 50), 30, w - 12, top + 5)
    hline(s, WOOL[1], 9, w - 10, top + 10)
    # the blanket's turned-down sheet and pillow
    rect(s, (190, 186, 170), 10, top + 1, 20, 3)
    pygame.draw.ellipse(s, INK, pygame.Rect(10, top - 8, 24, 11))
    pygame.draw.ellipse(s, (196, 192, 178), pygame.Rect(11, top - 7, 22, 9))
    hline(s, (160, 156, 140), 14, 30, top)
    # the frame under the mattress and its cross-legs
    rect(s, INK, 8, top + 12, w - 16, 3)
    rect(s, IRON[2], 9, top + 13, w - 18, 1)
    for lx in (22, w // 2, w - 28):
        pygame.draw.line(s, INK, (lx - 6, top + 14), (lx + 6, h - 5), 2)
        pygame.draw.line(s, INK, (lx + 6, top + 14), (lx - 6, h - 5), 2)
    # under the cot: a pair of slippers and a dumbbell
    rect(s, INK, 40, h - 9, 10, 5)
    rect(s, (120, 70, 60), 41, h - 8, 8, 3)
    rect(s, INK, 51, h - 9, 10, 5)
    rect(s, (120, 70, 60), 52, h - 8, 8, 3)
    rect(s, INK, 66, h - 10, 14, 6)
    rect(s, IRON[2], 67, h - 9, 3, 4)
    rect(s, IRON[2], 76, h - 9, 3, 4)
    hline(s, IRON[3], 70, 75, h - 7)


def trunk(s: pygame.Surface) -> None:
    """A steamer trunk with travel labels; the accordion sits on its lid."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 4, w / 2 - 2, 4, 120)
    tx, ty, tw, th = 2, 26, w - 4, h - 30
    trunk_c = ramp("#2a2a30", "#3a3c44", "#4c5058", "#60666c")
    block(s, tx, ty, tw, th, trunk_c, INK, light=2)
    rect(s, trunk_c[3], tx + 1, ty + 1, tw - 2, 2)
    hline(s, INK, tx, tx + tw - 1, ty + 6)
    for bx in (tx + 8, tx + tw - 12):  # leather straps
        rect(s, (96, 62, 40), bx, ty, 4, th)
        vline(s, (130, 88, 56), bx, ty + 1, ty + th - 2)
        rect(s, BRASS[3], bx, ty + 9, 4, 3)
    for cx_, cy_ in ((tx, ty), (tx + tw - 4, ty), (tx, ty + th - 4), (tx + tw - 4, ty + th - 4)):
        rect(s, BRASS[2], cx_, cy_, 4, 4)
        px(s, cx_ + 1, cy_ + 1, BRASS[4])
    # faded labels from cities on tour
    labels = [((180, 160, 110), 15, ty + 12), ((150, 90, 80), 26, ty + 14),
              ((110, 130, 150), 20, ty + 20)]
    for col, lx, ly in labels:
        pygame.draw.ellipse(s, INK, pygame.Rect(lx - 1, ly - 1, 11, 7))
        pygame.draw.ellipse(s, col, pygame.Rect(lx, ly, 9, 5))
        hline(s, lerp(col, (40, 30, 30), 0.5), lx + 2, lx + 6, ly + 2)
    rect(s, BRASS[3], tx + tw // 2 - 2, ty + 4, 5, 5)  # lock
    px(s, tx + tw // 2, ty + 6, INK)
    accordion(s, 8, 2)


def accordion(s: pygame.Surface, x: int, y: int) -> None:
    """A red button accordion, bellows half open, seen from the front."""
    red = ramp("#4a1418", "#6e2024", "#963430", "#b84c40")
    # left end: keyboard side
    block(s, x, y, 10, 24, red, INK, light=2)
    for k in range(6):
        rect(s, (210, 204, 186), x + 2, y + 3 + k * 3, 6, 2)
        if k % 2:
            rect(s, INK, x + 5, y + 3 + k * 3, 3, 1)
    # bellows: zig-zag folds
    for k in range(8):
        bx = x + 10 + k * 2
        c = (200, 190, 170) if k % 2 == 0 else red[1]
        vline(s, c, bx, y + 2, y + 21)
        vline(s, red[2] if k % 2 == 0 else red[0], bx + 1, y + 2, y + 21)
    hline(s, INK, x + 10, x + 25, y + 1)
    hline(s, INK, x + 10, x + 25, y + 22)
    # right end: bass buttons, a strap
    block(s, x + 26, y, 10, 24, red, INK, light=2)
    for k in range(9):
        px(s, x + 28 + (k % 3) * 2, y + 4 + (k // 3) * 3, (230, 220, 200))
    rect(s, (80, 56, 40), x + 29, y + 16, 5, 2)
    # chrome edging
    hline(s, IRON[4], x + 1, x + 8, y + 1)
    hline(s, IRON[4], x + 27, x + 34, y + 1)


def pullup_bar(s: pygame.Surface) -> None:
    """A steel bar hung from the beam on two straps, a towel over it."""
    w, h = s.get_size()
    by = 30
    for sx in (6, w - 10):
        rect(s, INK, sx, 0, 5, by + 3)
        rect(s, (70, 66, 58), sx + 1, 0, 3, by + 2)
        vline(s, (96, 90, 78), sx + 1, 0, by)
        rect(s, IRON[1], sx, 4, 5, 3)  # buckle
        px(s, sx + 2, 5, IRON[4])
    rect(s, INK, 2, by - 1, w - 4, 5)
    rect(s, IRON[2], 3, by, w - 6, 3)
    hline(s, IRON[4], 4, w - 5, by)
    for gx in (16, 56):  # taped grips
        rect(s, (150, 144, 130), gx, by, 8, 3)
        for k in range(0, 8, 2):
            px(s, gx + k, by + 2, (110, 106, 96))
    # a towel thrown over the bar
    tx = 40
    for yy in range(by + 3, by + 14):
        for xx in range(tx, tx + 12):
            c = (170, 186, 196) if (yy // 2) % 3 else (120, 150, 176)
            px(s, xx, yy, c)
        px(s, tx - 1, yy, INK)
        px(s, tx + 12, yy, INK)
    hline(s, INK, tx, tx + 11, by + 14)
    rect(s, (190, 200, 206), tx, by - 2, 12, 2)
    hline(s, INK, tx, tx + 11, by - 3)


def rings(s: pygame.Surface) -> None:
    """Two wooden gymnastic rings on long ropes from the beam."""
    w, h = s.get_size()
    for rx, sway in ((14, 0), (44, 2)):
        top, bottom = 6, h - 22
        for yy in range(top, bottom):
            x = rx + int(sway * (yy - top) / (bottom - top))
            c = (150, 130, 96) if (yy // 2) % 2 else (120, 104, 76)
            px(s, x, yy, c)
            px(s, x + 1, yy, (96, 82, 60))
            px(s, x - 1, yy, INK)
            px(s, x + 2, yy, INK)
        x = rx + sway
        rect(s, INK, rx - 2, top - 4, 6, 5)  # hook on the beam
        rect(s, IRON[3], rx - 1, top - 3, 4, 3)
        # the strap buckle and the ring
        rect(s, INK, x - 2, bottom - 2, 6, 6)
        rect(s, (96, 70, 50), x - 1, bottom - 1, 4, 4)
        cy = bottom + 10
        pygame.draw.circle(s, INK, (x + 1, cy), 10)
        pygame.draw.circle(s, WOOD[4], (x + 1, cy), 9)
        pygame.draw.circle(s, WOOD[3], (x + 2, cy + 1), 8)
        pygame.draw.circle(s, (0, 0, 0, 0), (x + 1, cy), 6)
        pygame.draw.circle(s, INK, (x + 1, cy), 7, 1)
        px(s, x - 5, cy - 5, WOOD[5])
        px(s, x - 6, cy - 3, WOOD[5])


def mat(s: pygame.Surface) -> None:
    """A worn canvas exercise mat on the floor, a kettlebell at one end."""
    w, h = s.get_size()
    for yy in range(2, h - 8):
        inset = (h - 8 - yy) // 3
        for xx in range(inset + 4, w - inset - 24):
            t = 0.55 + 0.2 * math.sin(xx * 0.9) * 0.3 - (yy / h) * 0.3
            c = dither_pick(CANVAS[:4], t, xx, yy)
            if (xx - inset) % 28 < 1:
                c = CANVAS[0]  # the quilted seams
            px(s, xx, yy, c)
    # outline
    for yy in range(2, h - 8):
        inset = (h - 8 - yy) // 3
        px(s, inset + 3, yy, INK)
        px(s, w - inset - 24, yy, INK)
    hline(s, INK, (h - 10) // 3 + 4, w - (h - 10) // 3 - 25, 1)
    hline(s, INK, 3, w - 24, h - 8)
    hline(s, CANVAS[0], 4, w - 25, h - 9)
    # a scuffed, darker patch where he lands
    for yy in range(8, h - 12):
        for xx in range(60, 100):
            if bayer(xx, yy) < 0.3 and s.get_at((xx, yy)).a:
                px(s, xx, yy, CANVAS[0])
    # kettlebell
    kx, ky = w - 16, h - 18
    fu.floor_shadow(s, kx, ky + 14, 9, 3)
    pygame.draw.circle(s, INK, (kx, ky + 6), 8)
    pygame.draw.circle(s, IRON[1], (kx, ky + 6), 7)
    pygame.draw.circle(s, IRON[2], (kx - 2, ky + 4), 3)
    pygame.draw.arc(s, INK, pygame.Rect(kx - 5, ky - 6, 11, 12), 0, math.pi, 3)
    pygame.draw.arc(s, IRON[2], pygame.Rect(kx - 4, ky - 5, 9, 10), 0, math.pi, 1)


def grey_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The overcast sky over the front yard, pale at the top."""
    vgrad(s, REAL["rain"][::-1], gx, gy, gw, gh, 0.1, 0.6)


def window(s: pygame.Surface, sky: fu.Painter = grey_sky) -> None:
    """A small square attic window: the front yard far below, the street, grey trees, under
    ``sky``."""
    w, h = s.get_size()
    frame_ramp = REAL["plaster"]
    block(s, 0, 0, w, h - 8, frame_ramp, INK, light=2)
    gx, gy, gw, gh = 6, 6, w - 12, h - 20
    sky(s, gx, gy, gw, gh)
    # far hills, the trees across the road, the roof of the porch below
    for xx in range(gx, gx + gw):
        top = gy + 16 + int(3 * math.sin(xx * 0.4) + 2 * math.sin(xx * 1.3))
        for yy in range(top, gy + gh):
            px(s, xx, yy, REAL["wall"][1] if (xx + yy) % 5 else REAL["wall"][0])
    for xx in range(gx, gx + gw):  # the front path and the gate, seen from above
        for yy in range(gy + 30, gy + gh):
            if abs(xx - (gx + 26 - (yy - gy - 30) // 2)) < 3:
                px(s, xx, yy, (100, 96, 86))
    rect(s, (70, 60, 56), gx, gy + gh - 6, gw, 6)  # porch roof shingles
    for xx in range(gx, gx + gw, 3):
        px(s, xx, gy + gh - 5, (90, 78, 70))
    # muntins: four panes
    rect(s, frame_ramp[2], gx, gy + gh // 2 - 1, gw, 3)
    rect(s, frame_ramp[2], gx + gw // 2 - 1, gy, 3, gh)
    hline(s, frame_ramp[0], gx, gx + gw - 1, gy + gh // 2 + 1)
    frame(s, frame_ramp[0], gx - 1, gy - 1, gw + 2, gh + 2)
    for k in range(5):
        px(s, gx + 2 + k, gy + 8 - k, (226, 232, 230))
    # sill with a pot of geraniums gone leggy and a small brass telescope
    block(s, -0, h - 10, w, 6, frame_ramp, INK, light=3)
    rect(s, INK, 6, h - 20, 10, 10)
    rect(s, (132, 76, 56), 7, h - 19, 8, 9)
    for k in range(4):
        vline(s, (74, 96, 64), 8 + k * 2, h - 28 + (k % 2) * 3, h - 20)
    px(s, 9, h - 29, (170, 60, 60))
    px(s, 13, h - 27, (170, 60, 60))
    pygame.draw.line(s, INK, (w - 26, h - 12), (w - 8, h - 20), 4)
    pygame.draw.line(s, BRASS[3], (w - 25, h - 12), (w - 9, h - 19), 2)
    shade = pygame.Rect(0, h - 4, w, 4)
    for yy in range(shade.top, shade.bottom):
        for xx in range(2, w - 2):
            blend_px(s, xx, yy, (0, 0, 0, 60))


def window_clear(s: pygame.Surface) -> None:
    """The party day's layer over the window's panes: the pixels the clear sky changes from
    the grey view (the sky and the edges of the hills against it); the rest clear."""
    x, y, w, h = LAYOUT["bobinsky_window"]
    gx, gy, gw, gh = WINDOW_GLASS

    def paint(t: pygame.Surface, drops: bool = False, **kw: fu.Painter) -> tuple[int, int, int, int]:
        window(t, **kw)
        return gx - x, gy - y, gw, gh
    s.blit(props.glass_changes(paint, (w, h), sky=props.clear_sky), (0, 0))


def skylight_clear(s: pygame.Surface) -> None:
    """The party day's layer over the skylight: its panes show the clear blue sky."""
    box = skylight_box()
    assert LAYOUT["bobinsky_skylight_clear"] == box, "layout: the sky is the skylight"

    def paint(t: pygame.Surface, drops: bool = False, **kw: fu.Painter) -> tuple[int, int, int, int]:
        paint_skylight(t, **kw)
        return box
    s.blit(props.glass_changes(paint, (240, 110), sky=clear_skylight), (0, 0))


def circus(s: pygame.Surface) -> None:
    """The mouse circus on a table: a striped tent, a trapeze rig, a tightrope, a drum."""
    w, h = s.get_size()
    ty = 72  # table top (local); map y 180
    fu.floor_shadow(s, w / 2, h - 3, w / 2 - 4, 4, 120)
    # the table: plank top with a lace-edged cloth, turned legs
    for lx in (8, w - 14):
        rect(s, INK, lx, ty + 8, 7, h - ty - 10)
        rect(s, WOOD[3], lx + 1, ty + 8, 5, h - ty - 11)
        vline(s, WOOD[4], lx + 2, ty + 9, h - 4)
        rect(s, WOOD[2], lx, ty + 20, 7, 3)
    rect(s, INK, 14, ty + 22, w - 28, 3)
    rect(s, WOOD[1], 15, ty + 23, w - 30, 1)
    block(s, 0, ty, w, 10, WOOD, INK, grain="bob-table", light=3)
    for xx in range(2, w - 2, 4):  # lace
        px(s, xx, ty + 10, (196, 190, 172))
        px(s, xx + 1, ty + 11, (170, 164, 148))
        px(s, xx + 2, ty + 10, INK)
    # sawdust ring in the middle of the tabletop
    ring = pygame.Rect(56, ty - 5, 46, 8)
    pygame.draw.ellipse(s, INK, ring.inflate(2, 2))
    for yy in range(ring.top, ring.bottom):
        for xx in range(ring.left, ring.right):
            d = ((xx + 0.5 - ring.centerx) / (ring.w / 2)) ** 2 + \
                ((yy + 0.5 - ring.centery) / (ring.h / 2)) ** 2
            if d < 1:
                c = (176, 150, 104) if bayer(xx, yy) < 0.7 else (150, 126, 86)
                if d > 0.62:
                    c = (186, 56, 48) if (xx // 3) % 2 else (220, 212, 194)
                px(s, xx, yy, c)
    # the tent: red-and-white stripes, a pointed top, a pennant
    tx, tb, tw = 22, ty - 1, 34
    apex = ty - 40
    for yy in range(apex, tb):
        f = (yy - apex) / (tb - apex)
        roof = f < 0.45
        half = (tw / 2) * (f / 0.45) if roof else tw / 2
        cx = tx + tw / 2
        for xx in range(int(cx - half), int(cx + half) + 1):
            u = (xx - (cx - half)) / max(1, 2 * half)
            stripe = int(u * 6) % 2
            if roof:
                c = (196, 60, 52) if stripe else (226, 216, 196)
            else:
                c = (168, 48, 44) if stripe else (204, 194, 174)
                if abs(xx - cx) < 4 and yy > tb - 12:
                    c = (30, 22, 20)  # the entrance flap open
            if u > 0.75:
                c = lerp(c, (40, 30, 30), 0.25)
            px(s, xx, yy, c)
        px(s, int(cx - half) - 1, yy, INK)
        px(s, int(cx + half) + 1, yy, INK)
    cx = tx + tw // 2
    hline(s, INK, tx - 1, tx + tw + 1, apex + int(0.45 * (tb - apex)))
    for xx in range(tx, tx + tw + 1, 3):  # scalloped valance
        px(s, xx, apex + int(0.45 * (tb - apex)) + 1, (196, 60, 52))
        px(s, xx + 1, apex + int(0.45 * (tb - apex)) + 2, INK)
    vline(s, INK, cx, apex - 8, apex)
    pygame.draw.polygon(s, (220, 180, 70), [(cx + 1, apex - 8), (cx + 7, apex - 6), (cx + 1, apex - 4)])
    # the trapeze rig: two posts, a cross bar, the swinging trapeze
    p0, p1, top = 66, 110, 6
    for x in (p0, p1):
        rect(s, INK, x - 1, top, 3, ty - top)
        vline(s, (200, 190, 160), x, top + 1, ty - 1)
    rect(s, INK, p0 - 1, top - 1, p1 - p0 + 3, 3)
    hline(s, (200, 190, 160), p0, p1, top)
    for ox, ln in ((76, 20), (96, 26)):
        pygame.draw.line(s, (160, 150, 130), (ox, top + 1), (ox - 2, top + ln))
        pygame.draw.line(s, (160, 150, 130), (ox + 8, top + 1), (ox + 6, top + ln))
        rect(s, INK, ox - 3, top + ln, 10, 2)
        hline(s, (210, 60, 50), ox - 2, ox + 5, top + ln)
    # a tightrope from post to post, lower down, and a tiny ladder
    pygame.draw.line(s, INK, (p0, 40), (p1, 40))
    pygame.draw.line(s, (230, 220, 200), (p0, 39), (p1, 39))
    for yy in range(44, ty, 4):
        hline(s, (160, 120, 80), p1 + 3, p1 + 7, yy)
    vline(s, INK, p1 + 2, 42, ty - 1)
    vline(s, INK, p1 + 8, 42, ty - 1)
    # bunting between the tent and the rig
    for k in range(9):
        bx = cx + 2 + k * 4
        by = apex + 2 + int(6 * math.sin(k / 8 * math.pi))
        col = [(200, 60, 50), (220, 190, 80), (80, 110, 160)][k % 3]
        pygame.draw.polygon(s, col, [(bx, by), (bx + 3, by), (bx + 1, by + 3)])
        px(s, bx + 1, by - 1, INK)
    # a tiny drum, red and gold, with its sticks
    dx, dy = 120, ty - 10
    rect(s, INK, dx - 1, dy - 1, 14, 11)
    rect(s, (170, 50, 44), dx, dy, 12, 9)
    for k in range(0, 12, 3):
        pygame.draw.line(s, (220, 190, 90), (dx + k, dy + 1), (dx + k + 2, dy + 7))
    pygame.draw.ellipse(s, INK, pygame.Rect(dx - 1, dy - 3, 14, 5))
    pygame.draw.ellipse(s, (220, 214, 196), pygame.Rect(dx, dy - 2, 12, 3))
    pygame.draw.line(s, (140, 100, 60), (dx + 12, dy - 6), (dx + 7, dy - 2))
    pygame.draw.line(s, (140, 100, 60), (dx + 2, dy - 7), (dx + 5, dy - 2))
    # a hand-painted sign: a red board, gold dots for letters, too small to read
    rect(s, INK, 2, ty - 18, 18, 12)
    rect(s, (130, 40, 40), 3, ty - 17, 16, 10)
    for k in range(5):
        px(s, 5 + k * 3, ty - 14, (230, 200, 100))
        px(s, 5 + k * 3, ty - 11, (230, 200, 100) if k % 2 else (130, 40, 40))
    vline(s, INK, 10, ty - 6, ty - 1)


def mouse(s: pygame.Surface, x: int, y: int, facing: int = 1, pose: str = "sit",
          fur: tuple[Colour, Colour] = ((150, 136, 120), (196, 182, 164)),
          eye: Colour = (20, 16, 20), coat: Colour | None = None) -> None:
    """A jumping mouse about 7 px long; pose: sit, leap, hang (by the tail), run."""
    dark, light = fur
    f = facing
    if pose == "hang":  # upside down under a bar, tail curled round it
        px(s, x, y, dark)
        px(s, x, y + 1, dark)
        rect(s, dark, x - 1, y + 2, 3, 4)
        px(s, x, y + 3, light)
        px(s, x - 1, y + 6, light)
        px(s, x + 1, y + 6, light)
        px(s, x, y + 7, (220, 150, 150))  # nose
        px(s, x + 1, y + 5, eye)
        if coat:
            px(s, x, y + 2, coat)
            px(s, x + 1, y + 2, coat)
        return
    if pose == "leap":  # stretched out in the air, tail streaming behind
        for k in range(4):
            px(s, x - f * (4 + k), y + 1 + k // 2, dark)
        rect(s, dark, x - f * 3 if f > 0 else x, y - 1, 4, 3)
        px(s, x - f, y - 1, light)
        px(s, x + f, y, dark)
        px(s, x + f * 2, y, (220, 150, 150))
        px(s, x, y - 2, (200, 140, 140))  # ear
        px(s, x + f, y - 1, eye)
        px(s, x - f * 3, y + 2, light)
        px(s, x + f, y + 2, light)
        if coat:
            px(s, x - f, y, coat)
            px(s, x - f * 2, y, coat)
        return
    # sitting up on its haunches
    rect(s, dark, x - 1, y - 4, 3, 5)
    px(s, x, y - 3, light)
    px(s, x + f, y - 5, dark)
    px(s, x + f * 2, y - 5, (220, 150, 150))
    px(s, x, y - 6, (200, 140, 140))
    px(s, x + f, y - 5, eye)
    px(s, x - f * 2, y, dark)
    px(s, x - f * 3, y, dark)
    px(s, x - f * 4, y - 1, dark)
    if coat:
        px(s, x - 1, y - 3, coat)
        px(s, x + 1, y - 3, coat)
        px(s, x, y - 2, coat)


def mice(s: pygame.Surface) -> None:
    """The mice come out for the cheese: on the trapezes, the tightrope, the drum."""
    ty = 72
    mouse(s, 79, 27, 1, "hang")
    mouse(s, 99, 33, 1, "hang")
    mouse(s, 88, 38, 1, "sit")  # on the tightrope
    mouse(s, 74, 38, -1, "sit")
    mouse(s, 126, ty - 13, -1, "sit")  # on the drum
    mouse(s, 58, 14, 1, "leap")  # mid-air between tent and rig
    mouse(s, 40, ty - 2, 1, "sit")  # at the tent door
    mouse(s, 113, 52, 1, "sit")  # on the ladder
    # a crumb of cheese each
    for x, y in ((42, ty - 1), (128, ty - 12)):
        px(s, x + 2, y, CHEESE[3])
    # tiny lines of motion round the leaping one
    for k in range(3):
        px(s, 50 - k * 2, 16 + k, (220, 220, 210))


def beets(s: pygame.Surface) -> None:
    """Two shelves of jars: pickled beets in every shade of purple."""
    w, h = s.get_size()
    r = rng("beet-jars")
    for sy in (24, h - 6):
        block(s, 0, sy, w, 5, WOOD, INK, light=3)
        for bx in (6, w - 10):
            pygame.draw.polygon(s, INK, [(bx, sy + 5), (bx + 4, sy + 5), (bx + 4, sy + 10)])
        x = 3
        while x < w - 12:
            jw, jh = r.choice(((10, 16), (12, 18), (9, 14), (11, 20)))
            if sy == 24:
                jh = min(jh, 20)
            jy = sy - jh
            rect(s, INK, x, jy, jw, jh)
            tone = r.randrange(1, 4)
            for yy in range(jy + 4, sy - 1):
                for xx in range(x + 1, x + jw - 1):
                    c = BEET[tone] if (xx * 3 + yy * 5) % 7 else BEET[tone + 1]
                    if (xx - x) in (1,):
                        c = lerp(c, (200, 200, 210), 0.35)  # the glass glint
                    px(s, xx, yy, c)
            rect(s, (170, 166, 150), x + 1, jy + 2, jw - 2, 2)  # brine line
            rect(s, INK, x - 1, jy - 1, jw + 2, 4)  # lid
            rect(s, BRASS[2] if r.random() < 0.5 else (150, 60, 50), x, jy, jw, 2)
            if r.random() < 0.7:  # a paper label, handwritten
                rect(s, (200, 192, 166), x + 2, jy + jh // 2, jw - 4, 4)
                hline(s, (90, 80, 90), x + 3, x + jw - 4, jy + jh // 2 + 1)
            x += jw + 2 + r.randrange(2)


def samovar(s: pygame.Surface) -> None:
    """A brass samovar on a wooden crate of beets, a teapot on its crown."""
    w, h = s.get_size()
    fu.floor_shadow(s, w / 2, h - 4, w / 2 - 3, 4, 120)
    # the crate
    cy = h - 24
    block(s, 4, cy, w - 8, 20, WOOD, INK, grain="bob-crate", light=3)
    hline(s, INK, 5, w - 6, cy + 9)
    for k in range(3):  # beet tops poking out between the slats
        bx = 12 + k * 13
        px(s, bx, cy - 1, (70, 110, 60))
        px(s, bx + 1, cy - 2, (80, 130, 70))
        px(s, bx + 2, cy - 1, (60, 96, 54))
    # stenciled letters on the crate (unreadable, faded)
    for k in range(5):
        rect(s, WOOD[1], 12 + k * 7, cy + 12, 4, 4)
    # the samovar: foot, round belly, chimney, handles, tap
    cx = w // 2
    base = cy
    pygame.draw.polygon(s, INK, [(cx - 9, base), (cx + 9, base), (cx + 6, base - 5), (cx - 6, base - 5)])
    pygame.draw.polygon(s, BRASS[2], [(cx - 8, base - 1), (cx + 8, base - 1), (cx + 5, base - 4),
                                      (cx - 5, base - 4)])
    body = pygame.Rect(cx - 13, base - 30, 26, 26)
    pygame.draw.ellipse(s, INK, body.inflate(2, 2))
    for yy in range(body.top, body.bottom):
        for xx in range(body.left, body.right):
            d = ((xx + 0.5 - body.centerx) / 13) ** 2 + ((yy + 0.5 - body.centery) / 13) ** 2
            if d < 1:
                t = 0.75 - (xx - body.left) / 26 * 0.6 + (0.2 if d < 0.12 and xx < cx else 0)
                px(s, xx, yy, dither_pick(BRASS, t, xx, yy))
    for k in range(-10, 11, 5):  # fluting
        vline(s, BRASS[1], cx + k, base - 26, base - 8)
    # the crown and chimney
    rect(s, INK, cx - 7, base - 36, 14, 7)
    rect(s, BRASS[3], cx - 6, base - 35, 12, 5)
    hline(s, BRASS[5], cx - 5, cx + 3, base - 35)
    # a little teapot on top
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 7, base - 46, 14, 11))
    pygame.draw.ellipse(s, (220, 214, 200), pygame.Rect(cx - 6, base - 45, 12, 9))
    for k in range(0, 10, 3):
        px(s, cx - 4 + k, base - 41, (60, 80, 150))
    rect(s, INK, cx - 1, base - 48, 3, 3)
    pygame.draw.line(s, INK, (cx + 6, base - 41), (cx + 10, base - 44))
    # handles
    for side in (-1, 1):
        hx = cx + side * 15
        pygame.draw.arc(s, INK, pygame.Rect(hx - 4, base - 26, 8, 10),
                        math.pi / 2 if side > 0 else -math.pi / 2,
                        3 * math.pi / 2 if side > 0 else math.pi / 2, 2)
        rect(s, (40, 30, 26), hx - 2 if side < 0 else hx, base - 24, 2, 4)
    # the tap
    rect(s, INK, cx - 3, base - 12, 8, 4)
    rect(s, BRASS[4], cx - 2, base - 11, 6, 2)
    rect(s, INK, cx + 3, base - 10, 2, 4)
    px(s, cx + 3, base - 13, BRASS[5])


def rinds(s: pygame.Surface) -> None:
    """A chipped saucer of cheese rinds on the floor by the mouse hole."""
    w, h = s.get_size()
    pygame.draw.ellipse(s, INK, pygame.Rect(1, 3, w - 2, h - 3))
    pygame.draw.ellipse(s, (196, 194, 180), pygame.Rect(2, 4, w - 4, h - 5))
    pygame.draw.ellipse(s, (168, 166, 154), pygame.Rect(6, 5, w - 12, h - 8))
    rect(s, (0, 0, 0, 0), w - 5, 4, 3, 2)  # the chip
    for x0, y0, ln in ((7, 5, 6), (13, 4, 7), (10, 7, 5)):
        for k in range(ln):
            px(s, x0 + k, y0 - (1 if 1 < k < ln - 2 else 0), CHEESE[2])
            px(s, x0 + k, y0 + 1 - (1 if 1 < k < ln - 2 else 0), CHEESE[0])
    px(s, 19, 7, CHEESE[4])


def laundry(s: pygame.Surface) -> None:
    """A washing line under the right-hand slope: his sky-blue vest, striped socks, a towel."""
    w, h = s.get_size()
    line_y = lambda x: 34 + 10 * math.sin(x / w * math.pi) + (4 * x / w)  # noqa: E731
    for x in range(w):
        px(s, x, int(line_y(x)), (150, 146, 134))
        px(s, x, int(line_y(x)) + 1, INK)
    # the vest
    vx = 28
    vy = int(line_y(vx + 10))
    shape = pygame.Rect(vx, vy, 22, 26)
    pygame.draw.rect(s, INK, shape.inflate(2, 2), border_radius=2)
    for yy in range(shape.top, shape.bottom):
        for xx in range(shape.left, shape.right):
            t = 0.7 - (xx - shape.left) / 40 - (yy - shape.top) / 90
            px(s, xx, yy, dither_pick(SKY_BLUE, t, xx, yy))
    pygame.draw.polygon(s, (0, 0, 0, 0), [(vx + 7, vy), (vx + 15, vy), (vx + 11, vy + 8)])
    pygame.draw.lines(s, INK, False, [(vx + 7, vy), (vx + 11, vy + 8), (vx + 15, vy)])
    rect(s, (0, 0, 0, 0), vx - 1, vy + 1, 3, 8)
    rect(s, (0, 0, 0, 0), vx + 21, vy + 1, 3, 8)
    for xx in (vx + 4, vx + 17):  # pegs
        rect(s, (190, 170, 120), xx, vy - 3, 2, 5)
    # long striped socks
    for sx in (70, 80):
        sy = int(line_y(sx)) + 1
        for yy in range(sy, sy + 22):
            c = (190, 60, 56) if (yy // 3) % 2 else (210, 200, 180)
            rect(s, c, sx, yy, 5, 1)
            px(s, sx - 1, yy, INK)
            px(s, sx + 5, yy, INK)
        rect(s, INK, sx - 1, sy + 22, 9, 5)
        rect(s, (190, 60, 56), sx, sy + 22, 7, 4)
        rect(s, (190, 170, 120), sx + 1, sy - 3, 2, 4)
    # a towel and a string of drying beet leaves
    tx = 110
    ty = int(line_y(tx + 12))
    for yy in range(ty, ty + 30):
        for xx in range(tx, tx + 24):
            c = (176, 172, 156) if (xx // 4) % 2 else (156, 152, 136)
            if yy > ty + 24:
                c = (140, 60, 56)
            px(s, xx, yy, c)
    pygame.draw.rect(s, INK, pygame.Rect(tx - 1, ty - 1, 26, 32), 1)
    for k in range(6):
        bx = 150 + k * 6
        by = int(line_y(bx))
        vline(s, (70, 100, 60), bx, by, by + 6)
        pygame.draw.ellipse(s, INK, pygame.Rect(bx - 3, by + 5, 7, 9))
        pygame.draw.ellipse(s, BEET[3], pygame.Rect(bx - 2, by + 6, 5, 7))
        px(s, bx - 1, by + 7, BEET[4])


# =================================================================== overlays
def light(s: pygame.Surface, sun: bool = False) -> None:
    """Grey skylight beam onto the floor (sunlight on the party day, ``sun``); a soft patch
    from the window; dim corners."""
    beam = SUN if sun else (214, 226, 232, 34)
    patch = SUN[:3] if sun else (210, 220, 226)
    for yy in range(H):
        for xx in range(W):
            t = 0.0
            ex = min(xx, W - 1 - xx)
            if ex < 70:
                t = (1 - ex / 70) * 0.6
            if yy > 292:
                t = max(t, (yy - 292) / 28 * 0.5)
            if yy < roof_y(xx):
                t = max(t, 0.35)
            if t > 0:
                lvl = int(t * 4 + bayer(xx, yy))
                if lvl > 0:
                    blend_px(s, xx, yy, (16, 18, 26, int(120 * min(4, lvl) / 4)))
    # the beam of grey light from the skylight, falling a little to the right
    quad = skylight_quad()
    top_l, top_r = quad[0][0], quad[1][0]
    y0 = int(min(quad[0][1], quad[1][1]))
    for yy in range(y0, 300):
        f = (yy - y0) / (300 - y0)
        xl = top_l - 10 + f * 20
        xr = top_r + 6 + f * 46
        for xx in range(int(xl), int(xr)):
            if in_skylight(xx, yy):
                continue
            edge = min(xx - xl, xr - xx) / 14
            st = min(1.0, edge) * (0.55 - 0.35 * f)
            if yy > FLOOR_Y:
                st += 0.15
            if bayer(xx, yy) < st:
                blend_px(s, xx, yy, beam)
    gx, gy, gw, gh = WINDOW_GLASS
    soft_ellipse(s, patch, gx + gw / 2, gy + gh + 90, 50, 12, 30, 4)


def rain(s: pygame.Surface) -> None:
    """Rain streaks running down the skylight and the window, and drips."""
    r = rng("bobinsky-rain")
    for _ in range(260):
        x, y = r.randrange(0, 240), r.randrange(0, 110)
        if not in_skylight(x, y):
            continue
        st = in_skylight(x, y)
        if st is None or abs(st[0] - 0.5) * 74 < 1.5:
            continue
        # run towards the bottom edge of the glass (towards VP)
        dx, dy = VP[0] - x, VP[1] - y
        d = math.hypot(dx, dy)
        ln = r.randrange(2, 7)
        for k in range(ln):
            xx, yy = int(x + dx / d * k), int(y + dy / d * k)
            if in_skylight(xx, yy):
                blend_px(s, xx, yy, (*REAL["rain"][4], 150 if k == ln - 1 else 90))
    gx, gy, gw, gh = WINDOW_GLASS
    for _ in range(50):
        x, y = gx + r.randrange(gw), gy + r.randrange(gh)
        ln = r.randrange(2, 6)
        for k in range(ln):
            blend_px(s, x + k // 3, y + k, (*REAL["rain"][4], 130 if k == 0 else 80))
    # a drip from the skylight's lower frame into a tin can on the floor by the cot
    q = skylight_quad()
    dx = int((q[0][0] + q[1][0]) / 2) - 6
    for yy in range(int(q[0][1]) + 4, 250, 9):
        blend_px(s, dx, yy, (*REAL["rain"][4], 160))
        blend_px(s, dx, yy + 1, (*REAL["rain"][3], 110))
    cx, cy = dx, 262  # an enamel bucket catching it, a ring of wet on the boards
    soft_ellipse(s, (40, 46, 52), cx, cy + 1, 14, 4, 120, 3)
    pygame.draw.polygon(s, INK, [(cx - 8, cy - 13), (cx + 8, cy - 13), (cx + 6, cy + 1),
                                 (cx - 6, cy + 1)])
    pygame.draw.polygon(s, (196, 200, 196), [(cx - 7, cy - 12), (cx + 7, cy - 12),
                                             (cx + 5, cy), (cx - 5, cy)])
    for yy in range(cy - 11, cy):
        px(s, cx + 4 - (yy - cy + 11) // 6, yy, (150, 156, 156))
    hline(s, (60, 90, 130), cx - 6, cx + 6, cy - 8)
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 8, cy - 15, 17, 5), 1)
    pygame.draw.ellipse(s, REAL["rain"][1], pygame.Rect(cx - 7, cy - 14, 15, 3))
    pygame.draw.arc(s, INK, pygame.Rect(cx - 8, cy - 22, 17, 16), 0, math.pi, 1)
    px(s, cx - 6, cy - 10, (60, 90, 130))


def night(s: pygame.Surface) -> None:
    s.fill((10, 14, 40, 178))
    # skylight and window become the night sky, a thin moonbeam falls
    for y in range(0, 110):
        for x in range(0, 240):
            st = in_skylight(x, y)
            if st is None:
                continue
            su, sd = st
            if min(su, 1 - su) * 74 < 3 or min(sd, 1 - sd) * 60 < 3 or abs(su - 0.5) * 74 < 1.2:
                continue
            c = dither_pick([(12, 16, 40), (22, 30, 66), (40, 52, 96)], 0.2 + sd * 0.7, x, y)
            s.set_at((x, y), (*c, 240))
    r = rng("bobinsky-stars")
    for _ in range(18):
        x, y = r.randrange(0, 240), r.randrange(0, 110)
        st = in_skylight(x, y)
        if st and 0.1 < st[0] < 0.9 and 0.1 < st[1] < 0.9:
            s.set_at((x, y), (200, 210, 240, 255))
    gx, gy, gw, gh = WINDOW_GLASS
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            c = dither_pick([(14, 18, 44), (26, 34, 70), (44, 56, 96)], (yy - gy) / gh, xx, yy)
            s.set_at((xx, yy), (*c, 225))
    # one streetlamp far below lights the window from beneath
    soft_ellipse(s, (230, 190, 110), gx + gw * 0.3, gy + gh - 4, 8, 6, 200, 3)
    for xx in range(gx, gx + gw):
        s.set_at((xx, gy + gh // 2), (20, 22, 30, 220))
    for yy in range(gy, gy + gh):
        s.set_at((gx + gw // 2, yy), (20, 22, 30, 220))
    moonbeam(s)


# the moonbeam: it leaves the skylight's lower edge and falls down and to the right, with the
# light from the upper left (MOON_SLANT px to the right for every px down), to the floor
MOON_SLANT = 0.3
MOON_END = 300  # the row where the beam has faded out on the floor
MOON = (60, 80, 140, 80)  # moonlight: the night veil thinned and turned blue
NIGHT_VEIL = (10, 14, 40, 178)


def moonbeam(s: pygame.Surface, levels: int = 6) -> None:
    """The beam of moonlight in the night layer. Its top is the skylight's lower edge (which
    slants with the roof), its sides run along the light, it fades in under the glass, out
    towards its edges and down to the floor, in `levels` steps of the veil between NIGHT_VEIL
    and MOON, ordered-dithered between neighbouring steps (no one coarse checker)."""
    q = skylight_quad()
    (x0, y0), (x1, y1) = q[0], q[1]  # the lower edge: low on the left, high on the right
    a0, a1 = x0 - MOON_SLANT * y0, x1 - MOON_SLANT * y1  # its ends, slid up the light to y=0
    width = a1 - a0
    steps = [tuple(int(round(NIGHT_VEIL[i] + (MOON[i] - NIGHT_VEIL[i]) * k / levels))
                   for i in range(4)) for k in range(levels + 1)]
    for yy in range(int(min(y0, y1)), MOON_END):
        for xx in range(int(a0 + MOON_SLANT * yy) - 1, int(a1 + MOON_SLANT * yy) + 2):
            u = (xx - MOON_SLANT * yy - a0) / width  # across the beam, 0 at the left
            if not 0.0 <= u <= 1.0 or in_skylight(xx, yy):
                continue
            top = y0 + (y1 - y0) * u  # the glass's edge above this line of light
            d = yy - top
            if d < 0:
                continue
            f = d / (MOON_END - top)
            edge = min(1.0, min(u, 1.0 - u) * width / 18)
            fade_in = min(1.0, d / 24)
            st = edge * fade_in * (0.62 - 0.5 * f) * min(1.0, (MOON_END - yy) / 24)
            lvl = min(levels, int(st * levels + bayer(xx, yy)))
            if lvl > 0:
                s.set_at((xx, yy), steps[lvl])


def build() -> None:
    jobs: list[tuple[str, Callable[[pygame.Surface], None]]] = [
        ("bobinsky_backdrop", backdrop),
        ("bobinsky_door", door),
        ("bobinsky_photo", photo),
        ("bobinsky_medals", medals),
        ("bobinsky_cot", cot),
        ("bobinsky_trunk", trunk),
        ("bobinsky_bar", pullup_bar),
        ("bobinsky_window", window),
        ("bobinsky_window_clear", window_clear),
        ("bobinsky_skylight_clear", skylight_clear),
        ("bobinsky_rings", rings),
        ("bobinsky_mat", mat),
        ("bobinsky_circus", circus),
        ("bobinsky_mice", mice),
        ("bobinsky_beets", beets),
        ("bobinsky_samovar", samovar),
        ("bobinsky_rinds", rinds),
        ("bobinsky_laundry", laundry),
        ("bobinsky_light", light),
        ("bobinsky_light_clear", lambda s: light(s, sun=True)),
        ("bobinsky_rain", rain),
        ("bobinsky_night", night),
    ]
    for name, draw in jobs:
        make_prop(LAYOUT, name, draw)
