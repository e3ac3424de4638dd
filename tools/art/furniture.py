"""Drawing routines for furniture and fittings, shared by the real and the Other rooms.

Each routine paints into a surface in local coordinates; the caller decides the world.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pygame

from .base import (
    CORRIDOR, OTHER, REAL, RGB, Colour, bayer, blend_px, dither_pick, ellipse, frame,
    hline, lerp, px, rect, rng, shade_rect, soft_ellipse, vgrad, vline,
)


def block(
    s: pygame.Surface, x: int, y: int, w: int, h: int, ramp: Sequence[Colour], ink: Colour,
    grain: str | None = None, light: int = 2,
) -> None:
    """An outlined box: top/left lit, bottom/right in shade, optional wood grain."""
    rect(s, ramp[light], x, y, w, h)
    if grain:
        r = rng(grain)
        for yy in range(y + 1, y + h - 1):
            if r.random() < 0.35:
                x0 = x + r.randrange(max(1, w))
                ln = r.randrange(3, max(4, w // 2))
                hline(s, ramp[light - 1], x0, min(x + w - 2, x0 + ln), yy)
    hline(s, ramp[min(len(ramp) - 1, light + 1)], x + 1, x + w - 2, y + 1)
    vline(s, ramp[min(len(ramp) - 1, light + 1)], x + 1, y + 1, y + h - 2)
    hline(s, ramp[max(0, light - 1)], x + 1, x + w - 2, y + h - 2)
    vline(s, ramp[max(0, light - 1)], x + w - 2, y + 1, y + h - 2)
    frame(s, ink, x, y, w, h)


def floor_shadow(s: pygame.Surface, cx: float, cy: float, rx: float, ry: float,
                 a: int = 110) -> None:
    soft_ellipse(s, (10, 8, 14), cx, cy, rx, ry, a, steps=3)


# --------------------------------------------------------------------- windows
Painter = Callable[[pygame.Surface, int, int, int, int], None]


def grey_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The real world's overcast sky in the glass, pale at the top."""
    vgrad(s, REAL["rain"][::-1], gx, gy, gw, gh, 0.05, 0.55)


def window(s: pygame.Surface, world: str = "real", curtains: bool = True,
           sash_h: int | None = None, sky: Painter = grey_sky,
           drops: bool = True) -> tuple[int, int, int, int]:
    """A tall sash window with curtains; returns the glass rectangle (local). In the real
    world ``sky`` paints the sky behind the far trees (grey; the party day's is blue) and
    ``drops`` the rain on the glass."""
    w, h = s.get_size()
    pal = REAL if world == "real" else OTHER
    ink = pal["ink"]
    cw = 14 if curtains else 0
    fx, fy, fw, fh = cw, 6, w - 2 * cw, h - 22
    # frame (painted wood)
    frame_ramp = REAL["plaster"] if world == "real" else OTHER["gold"]
    block(s, fx, fy, fw, fh, frame_ramp, ink, light=2)
    gx, gy, gw, gh = fx + 4, fy + 4, fw - 8, fh - 8
    if world == "real":
        sky(s, gx, gy, gw, gh)
        r = rng("rain-window")
        # far treeline and the neighbour's roof, in the haze
        for xx in range(gx, gx + gw):
            top = gy + gh - 16 - int(5 * math.sin(xx * 0.31) + 3 * math.sin(xx * 0.9))
            for yy in range(top, gy + gh):
                px(s, xx, yy, REAL["wall"][1] if (xx + yy) % 5 else REAL["wall"][0])
        # rain streaks and beads
        for _ in range(gw * gh // 30 if drops else 0):
            xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
            ln = r.randrange(2, 6)
            for k in range(ln):
                px(s, xx + k // 3, yy + k, REAL["rain"][4] if k == 0 else REAL["rain"][3])
        for _ in range(gw * gh // 60 if drops else 0):
            xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
            px(s, xx, yy, REAL["rain"][4])
            px(s, xx, yy + 1, REAL["rain"][0])
    else:
        sky = [(40, 30, 90), (80, 50, 130), (180, 80, 120), (250, 150, 110), (255, 210, 140)]
        vgrad(s, sky, gx, gy, gw, gh, 0.0, 0.95)
        r = rng("other-window")
        for xx in range(gx, gx + gw):  # a lush garden hedge, lit gold
            top = gy + gh - 14 - int(4 * math.sin(xx * 0.5) + 2 * math.sin(xx * 1.3))
            for yy in range(top, gy + gh):
                px(s, xx, yy, OTHER["green"][1 if (xx * 3 + yy) % 7 else 2])
        for _ in range(10):
            xx, yy = gx + r.randrange(gw), gy + r.randrange(gh // 2)
            px(s, xx, yy, (255, 250, 220))
        for _ in range(6):  # fireflies
            xx, yy = gx + r.randrange(gw), gy + gh - 20 + r.randrange(10)
            px(s, xx, yy, OTHER["gold"][4])
        soft_ellipse(s, (255, 240, 200), gx + gw * 0.7, gy + 12, 5, 5, 255, 2)
    # muntins and the meeting rail of the sash
    mid = gy + (sash_h if sash_h else gh // 2)
    rect(s, frame_ramp[2], gx, mid - 2, gw, 4)
    hline(s, frame_ramp[3], gx, gx + gw - 1, mid - 2)
    hline(s, frame_ramp[0], gx, gx + gw - 1, mid + 1)
    vline(s, frame_ramp[2], gx + gw // 2, gy, gy + gh - 1)
    vline(s, frame_ramp[1], gx + gw // 2 + 1, gy, gy + gh - 1)
    frame(s, frame_ramp[0], gx - 1, gy - 1, gw + 2, gh + 2)
    # glass glint
    for k in range(6):
        px(s, gx + 3 + k, gy + 10 - k, (235, 240, 240) if world == "real" else (255, 240, 220))
    # sill
    sy = fy + fh - 2
    block(s, fx - 6, sy, fw + 12, 6, frame_ramp, ink, light=3)
    shade_rect(s, (0, 0, 0, 70), fx - 4, sy + 6, fw + 8, 3)
    if curtains:
        fab = REAL["rose"] if world == "real" else OTHER["fabric"]
        rect(s, ink, 0, 1, w, 4)
        hline(s, REAL["metal"][3] if world == "real" else OTHER["gold"][3], 1, w - 2, 2)
        for side in (0, 1):
            x0 = 0 if side == 0 else w - cw - 4
            for xx in range(cw + 4):
                fold = (math.sin((xx + side * 3) * 1.1) + 1) / 2
                for yy in range(5, h - 2):
                    # curtains gather towards the bottom: tie-back at 60 %
                    inset = 0
                    if yy > h * 0.55:
                        inset = int(3 * math.sin((yy - h * 0.55) / (h * 0.45) * math.pi))
                    lx = xx if side == 0 else cw + 3 - xx
                    if lx < inset or lx > cw + 3 - (inset if lx > cw // 2 else 0):
                        continue
                    c = dither_pick(fab, 0.25 + 0.6 * fold, x0 + xx, yy)
                    px(s, x0 + xx, yy, c)
            # outline edges
        for yy in range(5, h - 2):
            for xx in range(w):
                c = s.get_at((xx, yy))
                if c.a and c[:3] in [f for f in fab]:
                    if xx == 0 or s.get_at((xx - 1, yy)).a == 0 or xx == w - 1 or \
                            s.get_at((min(w - 1, xx + 1), yy)).a == 0:
                        px(s, xx, yy, ink)
        tie = REAL["damask"][3] if world == "real" else OTHER["gold"][3]
        for side in (2, w - 7):
            rect(s, tie, side, int(h * 0.62), 5, 2)
    return gx, gy, gw, gh


# ---------------------------------------------------------------------- doors
def doorway(s: pygame.Surface, world: str, inside: str = "dark", ajar: bool = True) -> None:
    """A panelled door frame in the back wall; inside 'dark' hall or 'closed' door."""
    w, h = s.get_size()
    pal = REAL if world == "real" else OTHER
    ink = pal["ink"]
    fr = REAL["wood"] if world == "real" else OTHER["wood"]
    # architrave
    block(s, 0, 0, w, h, fr, ink, light=3)
    rect(s, fr[4] if world == "real" else OTHER["gold"][2], 2, 2, w - 4, 2)
    ox, oy, ow, oh = 7, 8, w - 14, h - 8
    if inside == "dark":
        vgrad(s, [(8, 8, 12), (20, 20, 26), (34, 34, 38)], ox, oy, ow, oh, 0.1, 0.9)
        # the far hall: a dim floor strip and a faint light line
        rect(s, REAL["wood"][0], ox, oy + oh - 10, ow, 10)
        hline(s, REAL["wood"][1], ox, ox + ow - 1, oy + oh - 10)
        if ajar:  # the door leaf swung inwards, seen edge-on
            for yy in range(oy, oy + oh):
                for xx in range(ox, ox + 10):
                    slant = (xx - ox) * 0.5
                    if yy >= oy + slant and yy < oy + oh - slant * 0.4:
                        c = fr[2] if xx < ox + 9 else fr[1]
                        if (xx - ox) % 5 == 0:
                            c = fr[1]
                        px(s, xx, yy, c)
            vline(s, ink, ox + 10, oy + 4, oy + oh - 4)
            px(s, ox + 7, oy + oh // 2, REAL["metal"][4])
    else:
        leaf = fr if world == "real" else OTHER["wood"]
        block(s, ox, oy, ow, oh, leaf, ink, grain=f"door-{world}-{w}", light=2)
        for py0, ph in ((oy + 6, oh // 2 - 10), (oy + oh // 2 + 2, oh // 2 - 10)):
            frame(s, leaf[1], ox + 5, py0, ow - 10, ph)
            hline(s, leaf[3], ox + 6, ox + ow - 6, py0 + ph)
            vline(s, leaf[3], ox + ow - 5, py0 + 1, py0 + ph - 1)
        knob = REAL["metal"] if world == "real" else OTHER["gold"]
        rect(s, knob[3], ox + ow - 8, oy + oh // 2, 3, 3)
        px(s, ox + ow - 8, oy + oh // 2, knob[4])
    frame(s, ink, ox - 1, oy - 1, ow + 2, oh + 1)


# ------------------------------------------------------------------------ boxes
def moving_box(s: pygame.Surface, x: int, y: int, w: int, h: int, seed: str,
               label: str = "", open_top: bool = False) -> None:
    card, ink = REAL["card"], REAL["ink"]
    r = rng(seed)
    top = max(4, h // 6)
    # top face (lighter), front face
    for yy in range(top):
        inset = top - yy
        hline(s, card[4] if yy > 0 else ink, x + inset // 2, x + w - 1 - inset // 2, y + yy)
    block(s, x, y + top, w, h - top, card, ink, light=2)
    # top outline
    pygame.draw.line(s, ink, (x, y + top), (x + top // 2, y))
    pygame.draw.line(s, ink, (x + w - 1, y + top), (x + w - 1 - top // 2, y))
    hline(s, ink, x + top // 2, x + w - 1 - top // 2, y)
    if open_top:
        # flaps standing up
        pygame.draw.polygon(s, card[3], [(x + 2, y + top), (x - 3, y - 6), (x + w // 3, y - 8),
                                         (x + w // 2, y + 1)])
        pygame.draw.polygon(s, ink, [(x + 2, y + top), (x - 3, y - 6), (x + w // 3, y - 8),
                                     (x + w // 2, y + 1)], 1)
        rect(s, card[0], x + w // 2, y + 1, w // 2 - 3, top - 1)
    else:
        # packing tape across the top and down the front
        tape = (186, 170, 128)
        rect(s, tape, x + w // 2 - 2, y + 1, 4, top - 1)
        rect(s, tape, x + w // 2 - 2, y + top, 4, 6)
        vline(s, card[1], x + w // 2 + 2, y + top, y + top + 5)
    # side shade strip and marker scribble
    shade_rect(s, (0, 0, 0, 40), x + w - 6, y + top + 1, 5, h - top - 2)
    if label:
        lx, ly = x + 4 + r.randrange(3), y + top + 8 + r.randrange(4)
        for i, ch in enumerate(label):
            if ch != " ":
                for k in range(3):
                    if r.random() < 0.7:
                        px(s, lx + i * 3 + k % 2, ly + k, (40, 36, 44))
    # corner dents
    px(s, x + 1, y + h - 2, card[1])
    px(s, x + w - 2, y + top + 1, card[1])


# ----------------------------------------------------------------------- lamps
def floor_lamp(s: pygame.Surface, world: str, lit: bool) -> None:
    """A standard lamp about as tall as Mother: fringed shade over her head, a thin pole."""
    w, h = s.get_size()
    pal = REAL if world == "real" else OTHER
    ink = pal["ink"]
    metal = REAL["metal"] if world == "real" else OTHER["gold"]
    cx = w // 2
    floor_shadow(s, cx, h - 2, 7, 2)
    # base, pole
    rect(s, ink, cx - 5, h - 4, 10, 3)
    rect(s, metal[1], cx - 4, h - 3, 8, 1)
    hline(s, metal[3], cx - 3, cx + 2, h - 3)
    rect(s, ink, cx - 1, 16, 3, h - 19)
    vline(s, metal[2], cx, 17, h - 4)
    # shade: a trapezoid, fringed
    shade = REAL["damask"] if world == "real" else OTHER["gold"]
    if world == "real" and not lit:
        shade = [(98, 88, 70), (122, 110, 86), (146, 132, 102), (166, 152, 120)]
    top_w, bot_w, sy, sh = 8, 14, 2, 13
    for yy in range(sh):
        t = yy / (sh - 1)
        half = (top_w + (bot_w - top_w) * t) / 2
        for xx in range(int(cx - half), int(cx + half) + 1):
            u = (xx - (cx - half)) / (2 * half)
            tone = 0.8 - 0.5 * u + (0.2 if lit else 0)
            if (xx - int(cx - half)) % 3 == 0:
                tone -= 0.2
            px(s, xx, sy + yy, dither_pick(shade, tone, xx, sy + yy))
        px(s, int(cx - half) - 1, sy + yy, ink)
        px(s, int(cx + half) + 1, sy + yy, ink)
    hline(s, ink, cx - top_w // 2, cx + top_w // 2, sy - 1)
    hline(s, ink, cx - bot_w // 2 - 1, cx + bot_w // 2 + 1, sy + sh)
    for xx in range(cx - bot_w // 2, cx + bot_w // 2 + 1, 2):  # fringe
        px(s, xx, sy + sh + 1, ink if xx % 4 else shade[0])
    if lit:
        glow = pal["lamp"] if world == "real" else OTHER["gold"][2:]
        hline(s, glow[-1], cx - bot_w // 2 + 1, cx + bot_w // 2 - 1, sy + sh - 1)


# --------------------------------------------------------------------- pictures
def painting(s: pygame.Surface, world: str) -> None:
    """The same landscape in both worlds: a moor, a crooked tree, a tiny house."""
    w, h = s.get_size()
    ink = REAL["ink"] if world == "real" else OTHER["ink"]
    gold = [(90, 72, 40), (122, 98, 56), (150, 124, 72), (176, 152, 96)] if world == "real" \
        else OTHER["gold"]
    block(s, 0, 2, w, h - 2, gold, ink, light=2)
    for k in range(0, w, 4):
        px(s, k, 4, gold[3])
        px(s, k + 2, h - 3, gold[0])
    cx, cy, cw, ch = 6, 8, w - 12, h - 14
    if world == "real":
        sky = [(44, 50, 54), (62, 70, 72), (84, 92, 90), (104, 110, 104)]
        land = [(34, 40, 34), (48, 56, 46), (62, 70, 58)]
    else:
        sky = [(70, 150, 230), (110, 190, 240), (170, 220, 250), (250, 240, 200)]
        land = [(40, 120, 60), (80, 170, 70), (150, 210, 90)]
    vgrad(s, sky, cx, cy, cw, ch, 0.0, 1.0)
    for xx in range(cx, cx + cw):
        top = cy + ch - 14 + int(3 * math.sin((xx - cx) * 0.12))
        for yy in range(top, cy + ch):
            px(s, xx, yy, dither_pick(land, 0.9 - (yy - top) / 14, xx, yy))
    # house
    hx, hy = cx + cw - 18, cy + ch - 19
    rect(s, ink, hx, hy, 9, 7)
    rect(s, (120, 90, 96) if world == "real" else (240, 150, 170), hx + 1, hy + 1, 7, 5)
    pygame.draw.polygon(s, ink, [(hx - 1, hy), (hx + 4, hy - 5), (hx + 9, hy)])
    px(s, hx + 3, hy + 3, (200, 170, 90) if world == "real" else (255, 240, 150))
    # crooked tree
    tx, ty = cx + 12, cy + ch - 12
    trunk = ink
    pygame.draw.line(s, trunk, (tx, ty), (tx + 2, ty - 12))
    pygame.draw.line(s, trunk, (tx + 2, ty - 12), (tx + 7, ty - 20))
    pygame.draw.line(s, trunk, (tx + 2, ty - 12), (tx - 4, ty - 18))
    pygame.draw.line(s, trunk, (tx + 5, ty - 17), (tx + 10, ty - 17))
    if world == "other":
        for ox, oy, r_ in ((tx + 6, ty - 21, 5), (tx - 3, ty - 19, 4), (tx + 1, ty - 23, 4)):
            pygame.draw.circle(s, land[1], (ox, oy), r_)
            pygame.draw.circle(s, land[2], (ox - 1, oy - 1), r_ - 2)
        pygame.draw.circle(s, (255, 230, 120), (cx + 8, cy + 6), 4)
    else:
        for k in range(0, cw, 3):  # slanting rain in the picture
            px(s, cx + k, cy + 3 + (k * 7) % 11, sky[3])
    frame(s, gold[0], cx - 1, cy - 1, cw + 2, ch + 2)
    # hanging wire
    pygame.draw.line(s, ink, (w // 2 - 8, 2), (w // 2, 0))
    pygame.draw.line(s, ink, (w // 2 + 8, 2), (w // 2, 0))


# ------------------------------------------------------------------------ sofa
def sofa(s: pygame.Surface, world: str) -> None:
    """A three-seater at the cast's scale: seat at Coraline's hip, back at her chest."""
    w, h = s.get_size()
    ink = REAL["ink"] if world == "real" else OTHER["ink"]
    fab = REAL["fabric"] if world == "real" else OTHER["fabric"]
    wood = REAL["wood"] if world == "real" else OTHER["wood"]
    plump = 0 if world == "real" else 2
    top = h - 46  # the real sofa's image is 46 tall; the Other one is plumper on top
    floor_shadow(s, w / 2, h - 2, w / 2 - 2, 3, 130)
    # legs
    for lx in (6, w - 9):
        rect(s, ink, lx, h - 5, 3, 4)
        px(s, lx + 1, h - 5, wood[2])
        px(s, lx + 1, h - 4, wood[2])
    # back
    by = top + 2 - plump
    pygame.draw.rect(s, ink, pygame.Rect(4, by, w - 8, 26 + plump), border_radius=5)
    pygame.draw.rect(s, fab[1], pygame.Rect(5, by + 1, w - 10, 24 + plump), border_radius=4)
    vgrad(s, fab, 7, by + 2, w - 14, 20 + plump, 0.75, 0.35)
    # tufting buttons
    for yy in (by + 7, by + 14):
        for xx in range(14 + (yy % 2) * 5, w - 12, 10):
            px(s, xx, yy, fab[0])
            px(s, xx + 1, yy + 1, fab[3])
    # seat cushions
    seat_y = top + 24
    ncush = 3
    cw = (w - 24) // ncush
    for i in range(ncush):
        x0 = 12 + i * cw
        pygame.draw.rect(s, ink, pygame.Rect(x0, seat_y - plump, cw + 1, 9 + plump),
                         border_radius=2 + plump)
        pygame.draw.rect(s, fab[2], pygame.Rect(x0 + 1, seat_y + 1 - plump, cw - 1, 7 + plump),
                         border_radius=1 + plump)
        hline(s, fab[3], x0 + 2, x0 + cw - 2, seat_y + 1 - plump)
        hline(s, fab[1], x0 + 2, x0 + cw - 2, seat_y + 7)
        if world == "real" and i == 1:  # a sagging, worn cushion
            for yy in range(seat_y + 2, seat_y + 6):
                for xx in range(x0 + 3, x0 + cw - 3):
                    if bayer(xx, yy) < 0.3:
                        px(s, xx, yy, fab[1])
    # base / skirt
    base_y = seat_y + 8
    block(s, 8, base_y, w - 16, 10, fab, ink, light=1)
    for xx in range(10, w - 10, 3):
        px(s, xx, base_y + 8, fab[0])
    # arms
    for ax in (0, w - 13):
        pygame.draw.rect(s, ink, pygame.Rect(ax, top + 15 - plump, 13, 27 + plump),
                         border_radius=5 + plump)
        pygame.draw.rect(s, fab[2], pygame.Rect(ax + 1, top + 16 - plump, 11, 25 + plump),
                         border_radius=4 + plump)
        pygame.draw.ellipse(s, fab[3], pygame.Rect(ax + 2, top + 17 - plump, 9, 5))
        vgrad(s, fab, ax + 2, top + 23, 9, 17, 0.55, 0.1)
        hline(s, ink, ax + 3, ax + 9, top + 22 - plump // 2)
    if world == "real":  # a knitted throw over one arm, faded
        throw = REAL["rose"]
        for yy in range(top + 17, top + 34):
            for xx in range(w - 14, w - 4):
                if (yy - top - 17) < 11 + (xx % 4):
                    px(s, xx, yy, throw[(xx // 2 + yy // 3) % 2 + 1])
        hline(s, ink, w - 14, w - 5, top + 16)
    else:  # plump cushions
        for cx0, col in ((15, OTHER["gold"]), (w - 27, OTHER["green"])):
            pygame.draw.ellipse(s, ink, pygame.Rect(cx0, top + 14, 12, 12))
            pygame.draw.ellipse(s, col[2], pygame.Rect(cx0 + 1, top + 15, 10, 10))
            pygame.draw.ellipse(s, col[3], pygame.Rect(cx0 + 2, top + 16, 5, 4))
            px(s, cx0 + 6, top + 20, col[0])


# ----------------------------------------------------------------------- fireplace
MANTEL_Y = 8  # local y of the mantel shelf's top inside the fireplace picture


def fireplace(s: pygame.Surface, world: str) -> None:
    """A small iron-grate fireplace, the mantel at Mother's waist."""
    w, h = s.get_size()
    ink = REAL["ink"] if world == "real" else OTHER["ink"]
    stone = [(70, 72, 70), (94, 96, 92), (120, 122, 116), (148, 150, 142)] if world == "real" \
        else [(120, 60, 50), (168, 92, 70), (214, 140, 100), (244, 196, 150)]
    wood = REAL["wood"] if world == "real" else OTHER["wood"]
    my = MANTEL_Y
    # surround
    block(s, 3, my + 4, w - 6, h - my - 8, stone, ink, light=2)
    r = rng(f"marble-{world}")
    for _ in range(16):  # marble veins
        x0, y0 = 5 + r.randrange(w - 10), my + 6 + r.randrange(h - my - 14)
        for k in range(r.randrange(2, 5)):
            px(s, x0 + k, y0 + k // 2, stone[1] if world == "real" else stone[3])
    # mantel shelf
    block(s, 0, my, w, 5, wood, ink, light=3)
    # firebox
    fx, fy, fw, fh = 11, my + 13, w - 22, h - my - 17
    pygame.draw.rect(s, ink, pygame.Rect(fx, fy, fw, fh), border_top_left_radius=8,
                     border_top_right_radius=8)
    if world == "real":
        pygame.draw.rect(s, (24, 22, 24), pygame.Rect(fx + 1, fy + 1, fw - 2, fh - 1),
                         border_top_left_radius=7, border_top_right_radius=7)
        for xx in range(fx + 2, fx + fw - 2):  # grey ash, a cold grate
            px(s, xx, fy + fh - 1, (70, 68, 64) if xx % 3 else (96, 92, 86))
        for xx in range(fx + 4, fx + fw - 4, 3):
            vline(s, REAL["metal"][1], xx, fy + fh - 7, fy + fh - 3)
        hline(s, REAL["metal"][2], fx + 3, fx + fw - 4, fy + fh - 7)
        hline(s, REAL["metal"][1], fx + 3, fx + fw - 4, fy + fh - 3)
        # mantel things: a stopped clock, an empty jar
        block(s, 7, my - 8, 9, 8, wood, ink, light=2)
        pygame.draw.circle(s, (200, 196, 176), (11, my - 4), 2)
        px(s, 11, my - 4, ink)
        block(s, w - 15, my - 5, 5, 5, REAL["tile"], ink, light=2)
    else:
        glow = OTHER["fire"]
        pygame.draw.rect(s, (70, 20, 10), pygame.Rect(fx + 1, fy + 1, fw - 2, fh - 1),
                         border_top_left_radius=7, border_top_right_radius=7)
        soft_ellipse(s, glow[2], fx + fw / 2, fy + fh - 4, fw / 2 - 2, fh - 4, 200, 4)
        r = rng("flames")
        for xx in range(fx + 3, fx + fw - 3):
            height = 6 + int(5 * abs(math.sin(xx * 0.6))) + r.randrange(3)
            for k in range(height):
                t = k / height
                c = glow[4] if t < 0.25 else glow[3] if t < 0.5 else glow[2] if t < 0.8 \
                    else glow[1]
                if t > 0.6 and bayer(xx, k) < (t - 0.6) * 2:
                    continue
                px(s, xx, fy + fh - 4 - k, c)
        for lx in range(fx + 3, fx + fw - 6, 7):  # logs
            rect(s, ink, lx, fy + fh - 4, 8, 3)
            hline(s, wood[2], lx + 1, lx + 6, fy + fh - 3)
            px(s, lx + 6, fy + fh - 3, glow[3])
        # mantel: candles, a photo of "the family" (the snow globe goes right of it)
        for cx0 in (3, w - 6):
            rect(s, ink, cx0, my - 6, 3, 6)
            vline(s, (250, 240, 220), cx0 + 1, my - 5, my - 1)
            px(s, cx0 + 1, my - 8, glow[3])
            px(s, cx0 + 1, my - 7, glow[4])
            soft_ellipse(s, glow[3], cx0 + 1.5, my - 7, 4, 4, 120, 3)
        block(s, 12, my - 8, 10, 8, OTHER["gold"], ink, light=2)
        rect(s, (250, 200, 170), 14, my - 6, 6, 4)
        for k, col in enumerate(((60, 100, 200), (140, 60, 60), (60, 110, 60))):
            px(s, 14 + k * 2, my - 4, col)
    # hearth
    block(s, 6, h - 4, w - 12, 4, stone, ink, light=1)


# ------------------------------------------------------------------ small doors
def corridor_mouth(s: pygame.Surface, ox: int, oy: int, ow: int, oh: int,
                   palette: str = "blue") -> None:
    """A glowing soft tunnel receding into the distance, seen through a doorway."""
    cl = CORRIDOR["cloth"]
    glow = CORRIDOR["glow"] if palette == "blue" else CORRIDOR["warm"]
    cx, cy = ox + ow / 2, oy + oh * 0.62
    for yy in range(oy, oy + oh):
        for xx in range(ox, ox + ow):
            dx = abs(xx + 0.5 - cx) / (ow / 2)
            dy = abs(yy + 0.5 - cy) / (oh * 0.62)
            d = max(dx, dy)
            ring = int(d * 5 + bayer(xx, yy) * 0.8)
            if d < 0.22:
                c = glow[3] if d < 0.12 else glow[2]
            elif d < 0.4:
                c = glow[1] if bayer(xx, yy) < (0.4 - d) * 5 else cl[5]
            else:
                c = cl[min(6, max(0, 6 - ring))] if palette == "blue" else \
                    lerp(cl[max(0, 5 - ring)], glow[1], 0.3)
                if ring % 2 == 0 and (xx + yy) % 3 == 0:  # the quilted ribs
                    c = cl[max(0, 4 - ring)]
            px(s, xx, yy, c)


def bricks(s: pygame.Surface, ox: int, oy: int, ow: int, oh: int) -> None:
    brick = [(62, 30, 26), (96, 44, 36), (122, 58, 44), (146, 76, 58)]
    mortar = (74, 70, 62)
    r = rng("bricks")
    for yy in range(oy, oy + oh):
        row = (yy - oy) // 5
        for xx in range(ox, ox + ow):
            lx = (xx - ox + (row % 2) * 5) % 10
            if (yy - oy) % 5 == 4 or lx == 9:
                c: Colour = mortar
            else:
                tone = (row * 7 + (xx - ox + (row % 2) * 5) // 10 * 3) % 3 + 1
                c = brick[tone]
                if (yy - oy) % 5 == 0:
                    c = brick[min(3, tone + 1)]
                if r.random() < 0.06:
                    c = brick[0]
            px(s, xx, yy, c)
    # the gloom: darker towards the top
    for yy in range(oy, oy + oh):
        a = int(140 * (1 - (yy - oy) / oh) ** 2)
        for xx in range(ox, ox + ow):
            blend_px(s, xx, yy, (10, 8, 10, a))


def rug(s: pygame.Surface, world: str) -> None:
    w, h = s.get_size()
    if world == "real":
        cols = [(60, 50, 52), (86, 66, 64), (110, 86, 80), (132, 112, 98)]
        border = REAL["wall"]
    else:
        cols = [(120, 20, 40), (170, 40, 50), (210, 80, 60), (240, 150, 80)]
        border = OTHER["gold"]
    inset = h // 2  # a trapezoid in perspective: narrower at the back
    for yy in range(h):
        t = yy / (h - 1)
        half = (w / 2 - inset / 2) + (inset / 2) * t
        x0, x1 = int(w / 2 - half), int(w / 2 + half)
        for xx in range(x0, x1):
            edge = min(xx - x0, x1 - 1 - xx, yy, h - 1 - yy)
            if edge < 1:
                c: Colour = cols[0]
            elif edge < 3:
                c = border[2]
            elif edge < 4:
                c = cols[0]
            else:
                u = (xx - w / 2) / half
                v = (yy - h / 2) / (h / 2)
                d = abs(u) * 2.2 + abs(v)
                k = int(d * 3) % 3
                c = cols[1 + k]
                if world == "real" and bayer(xx, yy) < 0.2:
                    c = cols[max(0, k)]
            px(s, xx, yy, c)
    if world == "real":  # worn to the weft in the middle
        for yy in range(h // 3, 2 * h // 3):
            for xx in range(w // 2 - 20, w // 2 + 20):
                if bayer(xx, yy) < 0.25 and s.get_at((xx, yy)).a:
                    px(s, xx, yy, cols[3])


def outline_alpha(s: pygame.Surface, ink: Colour) -> None:
    from .base import outline

    outline(s, ink)


def ellipse_ink(s: pygame.Surface, ink: Colour, fill: Colour, x: int, y: int, w: int,
                h: int) -> None:
    ellipse(s, ink, x, y, w, h)
    ellipse(s, fill, x + 1, y + 1, w - 2, h - 2)


__all__ = ["RGB"]
