"""Room props (image layers), light/night overlays and foreground pieces for all rooms."""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from . import furniture as fu
from . import garden as G
from . import layout as L
from .base import (
    ASSETS, CORRIDOR, OTHER, REAL, ROOM_H, ROOM_W, Colour, bayer, blend_px, dither_pick,
    ellipse, frame, hline, outline, px, ramp, rect, rng, save, shade_rect, soft_ellipse, surf, vgrad,
    vline,
)
from .furniture import block, floor_shadow
from .patterns import skirting_real, wallpaper_real

PROPS = ASSETS / "props"
INK = REAL["ink"]
OINK = OTHER["ink"]
HAZEL = ramp("#3a281a", "#583e26", "#785a38", "#96764c")  # the forked stick's bark
TAPE = ramp("#968864", "#baaa80", "#d2c498")  # brown packing tape
CLOUD = ramp("#b8c4d0", "#d6dee4", "#eef2f2")  # fair-weather cloud, seen through the glass


def _make(name: str, box: tuple[int, int, int, int], draw: Callable[[pygame.Surface], None]
          ) -> None:
    s = surf(box[2], box[3])
    draw(s)
    save(s, PROPS / f"{name}.png")


# =================================================================== bedroom
def bed(s: pygame.Surface) -> None:
    """An old single bed at the cast's scale: turned posts, a patchwork quilt."""
    w, h = s.get_size()
    wood = REAL["wood"]
    floor_shadow(s, w / 2, h - 3, w / 2, 4, 140)
    # headboard (left) and footboard (right), turned posts
    block(s, 1, 2, 9, h - 4, wood, INK, grain="headboard", light=3)
    for k in range(6, h - 20, 6):
        hline(s, wood[2], 3, 7, k)
    pygame.draw.circle(s, INK, (5, 2), 3)
    pygame.draw.circle(s, wood[4], (5, 2), 2)
    block(s, w - 9, 15, 8, h - 17, wood, INK, grain="footboard", light=3)
    pygame.draw.circle(s, INK, (w - 5, 15), 3)
    pygame.draw.circle(s, wood[4], (w - 5, 15), 2)
    # mattress and pillow
    my = 18
    block(s, 9, my, w - 18, 10, [(120, 118, 104), (150, 148, 130), (176, 174, 156),
                                 (200, 198, 180)], INK, light=2)
    pygame.draw.ellipse(s, INK, pygame.Rect(10, my - 6, 18, 9))
    pygame.draw.ellipse(s, (196, 196, 184), pygame.Rect(11, my - 5, 16, 7))
    hline(s, (222, 222, 210), 13, 21, my - 4)
    # patchwork quilt over the mattress, hanging down the front
    qx0, qx1, qy0, qy1 = 26, w - 10, my - 2, my + 13
    patches = [REAL["rose"][2], REAL["wall"][3], REAL["damask"][2], REAL["card"][3],
               REAL["rain"][3], REAL["rose"][1], REAL["wall"][2], (160, 140, 90)]
    r = rng("quilt")
    order = [r.randrange(len(patches)) for _ in range(64)]
    for yy in range(qy0, qy1):
        for xx in range(qx0, qx1):
            cell = ((xx - qx0) // 5) + ((yy - qy0) // 4) * 16
            c = patches[order[cell % 64]]
            if (xx - qx0) % 5 == 0 or (yy - qy0) % 4 == 0:
                c = (72, 60, 56)  # seams
            elif yy < qy0 + 4:
                c = tuple(min(255, v + 18) for v in c)  # the top surface catches light
            px(s, xx, yy, c)
    for xx in range(qx0, qx1):  # scalloped hem, shadow below
        yb = qy1 + (1 if (xx // 3) % 2 else 0)
        px(s, xx, yb, INK)
        px(s, xx, yb + 1, wood[0])
    vline(s, INK, qx0 - 1, qy0, qy1)
    hline(s, INK, qx0, qx1 - 1, qy0 - 1)
    rect(s, (216, 212, 196), qx0, qy0, 3, qy1 - qy0 - 2)  # folded top of the quilt
    # bed rail and legs
    block(s, 9, qy1 + 2, w - 18, 5, wood, INK, light=2)
    for lx in (3, w - 7):
        rect(s, INK, lx, h - 6, 4, 5)
        rect(s, wood[2], lx + 1, h - 6, 2, 4)


def nightstand(s: pygame.Surface) -> None:
    """A small bedside table (a child's reach) with a lit lamp and a book."""
    w, h = s.get_size()
    wood = REAL["wood"]
    floor_shadow(s, w / 2, h - 2, w / 2, 2)
    block(s, 0, 16, w, 4, wood, INK, light=4)
    block(s, 2, 19, w - 4, 9, wood, INK, grain="nst", light=2)
    rect(s, REAL["metal"][4], w // 2 - 1, 23, 2, 1)
    for lx in (3, w - 5):
        rect(s, INK, lx, 27, 2, h - 28)
    # lamp: round ceramic base, pleated shade, lit
    cx = w // 2 - 2
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 3, 10, 7, 7))
    pygame.draw.ellipse(s, REAL["tile"][1], pygame.Rect(cx - 2, 11, 5, 5))
    vline(s, INK, cx, 7, 10)
    lamp = REAL["lamp"]
    for yy in range(6):
        half = 3 + yy * 0.5
        for xx in range(int(cx - half), int(cx + half) + 1):
            c = lamp[2] if (xx - cx) < -1 else lamp[1]
            if (xx % 3) == 0:
                c = lamp[0]
            px(s, xx, 1 + yy, c)
        px(s, int(cx - half) - 1, 1 + yy, INK)
        px(s, int(cx + half) + 1, 1 + yy, INK)
    hline(s, INK, cx - 3, cx + 3, 0)
    hline(s, INK, cx - 6, cx + 6, 7)
    # a book
    rect(s, INK, w - 7, 13, 6, 3)
    rect(s, REAL["rose"][2], w - 6, 14, 4, 1)


def doll_on_sill(s: pygame.Surface) -> None:
    """The little Coraline doll, sitting with her legs dangling off the sill."""
    yel = [(150, 110, 20), (212, 168, 40), (246, 210, 70)]
    blue = [(30, 60, 130), (50, 100, 190), (90, 150, 230)]
    skin = (226, 190, 160)
    # legs dangling over the edge
    for lx in (4, 8):
        rect(s, (50, 50, 70), lx, 14, 2, 4)
        rect(s, (180, 50, 60), lx, 18, 2, 2)
    # body (raincoat)
    rect(s, yel[1], 3, 9, 8, 6)
    vline(s, yel[2], 4, 9, 13)
    vline(s, yel[0], 10, 9, 14)
    rect(s, yel[1], 1, 10, 2, 3)
    rect(s, yel[1], 11, 10, 2, 3)
    # head with yarn hair and button eyes
    rect(s, skin, 4, 3, 6, 6)
    rect(s, blue[1], 3, 1, 8, 3)
    rect(s, blue[1], 3, 3, 1, 5)
    rect(s, blue[1], 10, 3, 1, 5)
    hline(s, blue[2], 4, 8, 1)
    px(s, 5, 5, (10, 10, 14))
    px(s, 8, 5, (10, 10, 14))
    px(s, 6, 7, (170, 80, 90))
    px(s, 7, 7, (170, 80, 90))
    outline(s, INK)


def dowsing_rod(s: pygame.Surface) -> None:
    """A forked hazel stick, about a metre long, leaning in the corner against the wall."""
    w, h = s.get_size()
    floor_shadow(s, w - 5, h - 3, 4, 1)
    # stem from the floor (bottom right) up to the fork, lit on its left
    base, fork = (w - 5, h - 4), (5, 13)
    pygame.draw.line(s, HAZEL[1], base, fork, 2)
    pygame.draw.line(s, HAZEL[2], (base[0] - 1, base[1]), (fork[0] - 1, fork[1]), 1)
    # two prongs, the left one catching the light
    pygame.draw.line(s, HAZEL[1], fork, (2, 1), 1)
    pygame.draw.line(s, HAZEL[1], fork, (10, 1), 1)
    pygame.draw.line(s, HAZEL[3], (fork[0] - 1, fork[1] - 1), (2, 2), 1)
    # a knot, and a green leaf still on the right prong
    px(s, 8, 22, HAZEL[0])
    px(s, 11, 1, (90, 120, 60))
    px(s, 12, 0, (110, 140, 70))
    outline(s, INK)


def dresser(s: pygame.Surface) -> None:
    """A chest of drawers (hip-high to an adult) under a small spotted mirror."""
    w, h = s.get_size()
    wood = REAL["wood"]
    floor_shadow(s, w / 2, h - 2, w / 2, 3)
    # mirror on the wall above
    block(s, 10, 0, 20, 16, wood, INK, light=3)
    vgrad(s, REAL["rain"], 12, 2, 16, 12, 0.2, 0.7)
    for k in range(5):
        px(s, 14 + k, 8 - k, REAL["rain"][4])
    shade_rect(s, (90, 80, 50, 70), 13, 9, 6, 4)  # the silvering has gone
    # top and body
    block(s, 0, 18, w, 4, wood, INK, light=4)
    block(s, 2, 21, w - 4, h - 24, wood, INK, grain="dresser", light=2)
    for i in range(3):
        dy = 23 + i * 8
        block(s, 4, dy, w - 8, 7, wood, INK, grain=f"drawer{i}", light=3)
        for kx in (10, w - 12):
            rect(s, REAL["metal"][3], kx, dy + 3, 2, 1)
    # bottom drawer sits ajar
    shade_rect(s, (0, 0, 0, 90), 5, 23 + 2 * 8, w - 10, 1)
    for lx in (3, w - 6):
        rect(s, INK, lx, h - 3, 3, 3)
    # things on top: a jar of brushes, a snow globe, a framed photo
    rect(s, INK, 1, 13, 5, 5)
    rect(s, REAL["tile"][2], 2, 14, 3, 4)
    for k, c in enumerate(((200, 60, 60), (60, 90, 170), (220, 200, 60))):
        vline(s, c, 2 + k, 10 + k % 2, 13)
    pygame.draw.circle(s, INK, (7, 15), 2)
    px(s, 7, 15, (170, 190, 200))
    px(s, 6, 14, (240, 250, 250))
    block(s, w - 8, 12, 7, 6, REAL["metal"], INK, light=3)
    rect(s, (150, 160, 150), w - 6, 14, 3, 2)


def carton(s: pygame.Surface, x: int, y: int, w: int, h: int, seed: str, label: str = "",
           open_top: bool = False) -> None:
    """A moving box at the cast's scale (45-60 cm is 16-22 px): a thin top face seen from a
    little above, the front lit from the upper left, packing tape, a marker scribble."""
    card = REAL["card"]
    r = rng(seed)
    top = 3
    # the top face, narrowing by a pixel at the back
    hline(s, INK, x + 1, x + w - 2, y)
    for yy in range(y + 1, y + top):
        hline(s, card[4], x + 1, x + w - 2, yy)
        px(s, x, yy, INK)
        px(s, x + w - 1, yy, INK)
    block(s, x, y + top - 1, w, h - top + 1, card, INK, light=2)
    shade_rect(s, (0, 0, 0, 40), x + w - 4, y + top, 2, h - top - 1)  # the side turning away
    cx = x + w // 2
    if open_top:
        # the box is open: dark inside, two flaps standing up and falling outwards
        rect(s, card[0], x + 1, y + 1, w - 2, top - 1)
        for flap in ([(x + 1, y + top - 1), (x - 2, y - 3), (x + 4, y - 5), (cx - 1, y)],
                     [(x + w - 2, y + top - 1), (x + w + 1, y - 2), (x + w - 4, y - 4), (cx + 1, y)]):
            pygame.draw.polygon(s, card[3], flap)
            pygame.draw.polygon(s, INK, flap, 1)
    else:
        rect(s, TAPE[1], cx - 1, y + 1, 2, top - 1)  # packing tape over the top, down the front
        rect(s, TAPE[1], cx - 1, y + top, 2, 3)
        px(s, cx, y + top + 2, TAPE[0])
    if label:
        # a marker scribble about as long as the word, a little crooked
        lx, ly = x + 3, y + top + 4 + r.randrange(2)
        for i in range(min(len(label) + 2, w - 8)):
            if r.random() < 0.8:
                px(s, lx + i, ly + (1 if r.random() < 0.3 else 0), INK)
    px(s, x + 1, y + h - 2, card[1])  # a dented corner


def bedroom_boxes(s: pygame.Surface) -> None:
    """Coraline's things, still packed: two boxes on the floor, a third on top."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2, 3)
    fl = h - 5  # the floor row the boxes stand on
    carton(s, 1, fl - 19, 23, 20, "bb1", "CORALINE")
    carton(s, 23, fl - 15, 21, 16, "bb2", "BOOKS", open_top=True)
    carton(s, 3, fl - 34, 19, 15, "bb3", "TOYS")
    # a jumper bunched up in the open box, one sleeve hanging over its front
    rose = REAL["rose"]
    bx, by = 23, fl - 15
    for xx in range(bx + 5, bx + 15):
        bump = 1 if 7 <= xx - bx <= 12 else 0
        vline(s, INK, xx, by - 1 - bump, by - 1 - bump)
        vline(s, rose[2] if (xx + bump) % 3 else rose[3], xx, by - bump, by + 1)
        px(s, xx, by + 2, rose[1])
    px(s, bx + 4, by, INK)
    px(s, bx + 15, by, INK)
    for yy in range(by + 2, by + 7):  # the sleeve, ribbed, and its cuff
        px(s, bx + 11, yy, rose[2])
        px(s, bx + 12, yy, rose[1] if yy % 2 else rose[2])
        px(s, bx + 10, yy, INK)
        px(s, bx + 13, yy, INK)
    hline(s, rose[0], bx + 11, bx + 12, by + 7)
    hline(s, INK, bx + 11, bx + 12, by + 8)


def bedroom_fg(s: pygame.Surface) -> None:
    """A few books stacked on the floor and the corner of a box, close to the viewer (drawn a
    little over the cast's scale because they stand nearer the camera than anyone can walk)."""
    w, h = s.get_size()
    carton(s, 18, 6, 30, 32, "fgbox", "FRAGILE")
    cols = [REAL["rose"][2], REAL["wall"][3], REAL["card"][2], REAL["rain"][2]]
    y = h - 3
    for i, c in enumerate(cols):
        bw = 15 - (i % 2) * 2
        x = 1 + (i % 3)
        block(s, x, y - 4, bw, 5, [c, c, c, c], INK, light=1)
        hline(s, (230, 220, 200), x + 2, x + bw - 3, y - 2)  # the pages
        y -= 4


# =================================================================== living room
# The little door: an arched wooden door 26 x 36 with its frame (18 x 32 inside), standing on
# the floor line low in the wall, so it comes up to Coraline's chest and she has to crawl
# through. Its picture is L.LIVING["small_door"]; the doorway inside it L.SMALL_DOOR_OPENING.
def _in_door(x: int, y: int, grow: int = 0) -> bool:
    """Is local pixel (x, y) inside the arched doorway, grown by ``grow`` px (not at the
    bottom: the frame stands on the floor)?"""
    ox, oy, ow, oh = L.SMALL_DOOR_OPENING
    if not (ox - grow <= x < ox + ow + grow and oy - grow <= y < oy + oh):
        return False
    cy = oy + L.SMALL_DOOR_ARCH  # where the arch springs from the jambs
    if y + 0.5 >= cy:
        return True
    rx, ry = ow / 2 + grow, L.SMALL_DOOR_ARCH + grow
    return ((x + 0.5 - (ox + ow / 2)) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2 <= 1.0


def door_ring(x: int, y: int) -> int:
    """0 in the doorway, k in the k-th ring of the frame round it, FRAME + 1 outside."""
    for k in range(L.SMALL_DOOR_FRAME + 1):
        if _in_door(x, y, k):
            return k
    return L.SMALL_DOOR_FRAME + 1


def small_door_wall(s: pygame.Surface, ox: int, oy: int, world: str = "real") -> None:
    """Paint the wallpaper and skirting exactly as the tiles behind this image."""
    from .patterns import skirting_other, wallpaper_other

    paper, skirt = (wallpaper_real, skirting_real) if world == "real" else \
        (wallpaper_other, skirting_other)
    w, h = s.get_size()
    for yy in range(h):
        for xx in range(w):
            ay = oy + yy
            px(s, xx, yy, paper(ox + xx, ay) if ay < L.WALL_BOTTOM - 16 else skirt(ox + xx, ay))


def small_door_frame(s: pygame.Surface, world: str) -> None:
    """The arched architrave round the doorway: ink, two bands of wood (the outer one a step
    lighter, like a moulding), ink; lit from the upper left."""
    ink = INK if world == "real" else OINK
    fr = REAL["wood"] if world == "real" else OTHER["gold"]
    ox, oy, ow, _ = L.SMALL_DOOR_OPENING
    cx, cy = ox + ow / 2, oy + L.SMALL_DOOR_ARCH
    f = L.SMALL_DOOR_FRAME
    w, h = s.get_size()
    for yy in range(h):
        for xx in range(w):
            k = door_ring(xx, yy)
            if k == 0 or k > f:
                continue
            if k in (1, f):
                px(s, xx, yy, ink)
                continue
            nx, ny = xx + 0.5 - cx, min(0.0, yy + 0.5 - cy)  # the frame's outward normal
            n = math.hypot(nx, ny) or 1.0
            lit = -0.6 * nx / n - 0.8 * ny / n
            tone = 3 if k == f - 1 else 2
            tone += 1 if lit > 0.35 else -1 if lit < -0.35 else 0
            px(s, xx, yy, fr[tone])


def in_doorway(s: pygame.Surface, paint: Callable[[pygame.Surface], None]) -> None:
    """``paint`` draws on a scratch copy; only what falls inside the arch is kept."""
    tmp = surf(*s.get_size())
    paint(tmp)
    ox, oy, ow, oh = L.SMALL_DOOR_OPENING
    for yy in range(oy, oy + oh):
        for xx in range(ox, ox + ow):
            c = tmp.get_at((xx, yy))
            if c.a and door_ring(xx, yy) == 0:
                s.set_at((xx, yy), c)


def open_leaf(s: pygame.Surface, world: str) -> None:
    """The little door swung open towards the room, seen nearly edge-on at the left jamb."""
    ink = INK if world == "real" else OINK
    wood = REAL["wood"] if world == "real" else OTHER["wood"]
    ox, oy, ow, oh = L.SMALL_DOOR_OPENING
    for yy in range(oy, oy + oh):
        for xx in range(ox, ox + 5):
            if door_ring(xx, yy):
                continue
            k = xx - ox
            c = wood[4] if k == 0 else wood[3] if k < 3 else wood[2]
            if k == 4 or door_ring(xx, yy - 2) or yy == oy + oh - 1:
                c = ink  # its free edge, its arched top and its foot
            px(s, xx, yy, c)
    px(s, ox + 3, oy + oh // 2 + 2, REAL["metal"][4] if world == "real" else OTHER["gold"][3])


def keyhole(s: pygame.Surface, kx: int, ky: int) -> None:
    """The keyhole plate, shaped like a button: four holes round a brass boss."""
    pygame.draw.circle(s, INK, (kx, ky), 3)
    pygame.draw.circle(s, (190, 160, 80), (kx, ky), 2)
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        px(s, kx + dx, ky + dy, INK)
    px(s, kx, ky, (120, 96, 40))
    px(s, kx - 1, ky - 2, (236, 214, 140))  # the light catches its upper left


def small_door_wallpaper(s: pygame.Surface) -> None:
    x0, y0 = L.LIVING["small_door"][:2]
    small_door_wall(s, x0, y0)
    wall, wood = REAL["wall"], REAL["wood"]
    f = L.SMALL_DOOR_FRAME
    skirt = L.WALL_BOTTOM - 16 - y0  # the skirting's top row in the picture
    ox, oy, ow, _ = L.SMALL_DOOR_OPENING
    cx = ox + ow // 2
    w, h = s.get_size()
    for yy in range(h):
        for xx in range(w):
            k = door_ring(xx, yy)
            if yy >= skirt:
                # the skirting board runs across it, cut where the frame's edges are
                if k == f and door_ring(xx, yy - 1) == f and yy > skirt:
                    blend_px(s, xx, yy, (*wood[0], 170))
            elif k == f:
                # a faint seam: the paper sags into the gap round the hidden door
                blend_px(s, xx, yy, (*wall[0], 130 if bayer(xx, yy) < 0.7 else 70))
            elif k == f - 1:
                # the paper bulges over the frame: lit on its upper left, shaded on the right
                lit = xx < cx - 2 or (yy < oy and xx < cx + 3)
                blend_px(s, xx, yy, (*wall[4], 90) if lit else (*wall[0], 60))
            elif k < f - 1 and yy < skirt - 4 and bayer(xx, yy) < 0.12:
                blend_px(s, xx, yy, (*wall[4], 90))  # the slight bulge of the paper
    # a little tear where the arch meets the right jamb
    px(s, ox + ow + 1, oy + 2, REAL["card"][3])
    px(s, ox + ow + 2, oy + 3, REAL["card"][2])


def small_door_closed(s: pygame.Surface) -> None:
    x0, y0 = L.LIVING["small_door"][:2]
    small_door_wall(s, x0, y0)
    small_door_frame(s, "real")
    ox, oy, ow, oh = L.SMALL_DOOR_OPENING
    wood = REAL["wood"]
    r = rng("smalldoor")
    grain = {(r.randrange(ow), r.randrange(oh)) for _ in range(40)}
    for yy in range(oy, oy + oh):
        for xx in range(ox, ox + ow):
            if door_ring(xx, yy):
                continue
            b = (xx - ox) % 6  # three upright boards, each lit on its left edge
            c = wood[4] if b == 0 else wood[1] if b == 5 else wood[3]
            if b in (2, 3) and (xx - ox, yy - oy) in grain:
                c = wood[2]
            if xx == ox + ow - 1 and b != 5:
                c = wood[2]
            if door_ring(xx, yy - 1):
                c = wood[5] if xx < ox + ow // 2 else wood[4]  # the arched top catches the light
            if yy == oy + oh - 1:
                c = wood[0]  # the gap under it
            px(s, xx, yy, c)
    # two strap hinges on the left
    for hy in (oy + 9, oy + oh - 8):
        hline(s, INK, ox, ox + 6, hy + 1)
        hline(s, REAL["metal"][2], ox, ox + 5, hy)
        px(s, ox + 4, hy, REAL["metal"][4])
    # a scrap of wallpaper still stuck to its top left: paper on wood, not a hole in the leaf.
    # Under the arch's lit rim, torn off along a ragged diagonal; its print sits off the
    # wall's and a step paler (it had been shaded by the frame), the torn edge shows the pale
    # paper core, and its lower tip curls off the wood with a shadow under it.
    wall, dam = REAL["wall"], REAL["damask"]

    def paler(c: Colour) -> Colour:
        for rp in (wall, dam):
            if c in rp[:-1]:
                return rp[rp.index(c) + 1]
        return c

    torn = {2: 7, 3: 6, 4: 6, 5: 4, 6: 3, 7: 2}  # row under the top: where the tear crosses
    for r, end in torn.items():
        yy = oy + r
        row = [xx for xx in range(ox, ox + end)
               if door_ring(xx, yy) == 0 and door_ring(xx, yy - 1) == 0]
        for xx in row:
            px(s, xx, yy, paler(wallpaper_real(x0 + xx + 3, y0 + yy + 5)))
        if row:
            px(s, row[-1], yy, REAL["plaster"][3])  # the torn edge
    # the curl at the lower tip: the paper's pale back lifting off, its shadow on the board
    px(s, ox + 1, oy + 7, REAL["plaster"][2])
    px(s, ox + 2, oy + 7, wood[1])
    px(s, ox + 1, oy + 8, wood[1])
    # the button-shaped keyhole plate and, under it, a tiny knob
    kx, ky = ox + ow - 5, oy + 15
    keyhole(s, kx, ky)
    rect(s, INK, kx - 1, ky + 5, 3, 3)
    px(s, kx, ky + 5, (220, 200, 120))


def small_door_bricks(s: pygame.Surface) -> None:
    x0, y0 = L.LIVING["small_door"][:2]
    small_door_wall(s, x0, y0)
    small_door_frame(s, "real")
    in_doorway(s, lambda t: fu.bricks(t, *L.SMALL_DOOR_OPENING))
    open_leaf(s, "real")


def small_door_passage(s: pygame.Surface) -> None:
    x0, y0 = L.LIVING["small_door"][:2]
    small_door_wall(s, x0, y0)
    small_door_frame(s, "real")
    in_doorway(s, lambda t: fu.corridor_mouth(t, *L.SMALL_DOOR_OPENING, "blue"))
    open_leaf(s, "real")


def living_boxes(s: pygame.Surface) -> None:
    """Boxes still waiting to be unpacked, and a rolled-up poster leaning on them."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 4, w / 2, 3)
    fl = h - 5  # the floor row the boxes stand on
    carton(s, 1, fl - 19, 22, 20, "lb1", "KITCHEN")
    carton(s, 22, fl - 17, 20, 18, "lb2", "LAMP")
    carton(s, 3, fl - 34, 19, 15, "lb3", "MISC")
    carton(s, 24, fl - 28, 15, 11, "lb4")
    # a rolled-up poster (about 80 cm) leaning on the stack
    pygame.draw.line(s, INK, (w - 4, fl), (w - 9, fl - 27), 4)
    pygame.draw.line(s, REAL["rain"][3], (w - 4, fl - 1), (w - 9, fl - 26), 2)
    pygame.draw.line(s, REAL["rain"][4], (w - 5, fl - 2), (w - 9, fl - 24), 1)


def other_small_door(s: pygame.Surface) -> None:
    x0, y0 = L.OTHER["other_small_door"][:2]
    small_door_wall(s, x0, y0, "other")
    small_door_frame(s, "other")
    in_doorway(s, lambda t: fu.corridor_mouth(t, *L.SMALL_DOOR_OPENING, "blue"))
    open_leaf(s, "other")
    # a ribbon bow on top of the frame: it wants to be found
    ox, oy, ow, _ = L.SMALL_DOOR_OPENING
    cx = ox + ow // 2
    px(s, cx - 2, oy - 3, (240, 60, 90))
    px(s, cx + 1, oy - 3, (240, 60, 90))
    px(s, cx - 1, oy - 3, (255, 140, 160))
    px(s, cx, oy - 3, (255, 140, 160))
    px(s, cx - 2, oy - 2, (200, 40, 70))
    px(s, cx + 1, oy - 2, (200, 40, 70))


def living_fg(s: pygame.Surface) -> None:
    """A tall, tired rubber plant in a pot, close to the viewer."""
    w, h = s.get_size()
    leaf = [(30, 46, 36), (44, 66, 48), (62, 88, 62), (84, 110, 78)]
    pot = [(70, 44, 36), (100, 62, 48), (128, 84, 62)]
    pts = [(8, h - 30), (42, h - 30), (38, h), (12, h)]
    pygame.draw.polygon(s, pot[1], pts)
    pygame.draw.polygon(s, INK, pts, 1)
    hline(s, pot[2], 9, 40, h - 29)
    vline(s, pot[2], 12, h - 28, h - 2)
    pygame.draw.line(s, leaf[0], (25, h - 30), (22, 10), 2)
    r = rng("rubberplant")
    for k in range(11):
        yy = 6 + k * 6
        side = -1 if k % 2 else 1
        lx = 23 + side * (8 + r.randrange(6))
        ellipse(s, INK, lx - 8, yy - 3, 17, 9)
        ellipse(s, leaf[1 + (k % 2)], lx - 7, yy - 2, 15, 7)
        hline(s, leaf[3], lx - 4, lx + 2, yy)
        if k == 7:  # one leaf has gone brown at the edge
            px(s, lx + 6, yy + 1, (120, 90, 50))
            px(s, lx + 5, yy + 2, (120, 90, 50))


# =================================================================== kitchen
def fridge(s: pygame.Surface) -> None:
    """A tired enamel fridge about as tall as Mother, notes stuck on with magnets."""
    w, h = s.get_size()
    ena = [(150, 160, 146), (180, 190, 174), (206, 214, 196), (228, 232, 216)]
    floor_shadow(s, w / 2, h - 3, w / 2, 3)
    pygame.draw.rect(s, INK, pygame.Rect(1, 0, w - 2, h - 3), border_top_left_radius=6,
                     border_top_right_radius=6)
    pygame.draw.rect(s, ena[2], pygame.Rect(2, 1, w - 4, h - 5), border_top_left_radius=5,
                     border_top_right_radius=5)
    hgrad(s, ena, 3, 4, w - 6, h - 9)
    hline(s, ena[3], 6, w - 8, 1)
    # the freezer door seam, chrome handles, the maker's badge
    hline(s, INK, 2, w - 3, 18)
    hline(s, ena[0], 2, w - 3, 19)
    rect(s, INK, w - 7, 22, 3, 14)
    vline(s, REAL["metal"][3], w - 6, 23, 34)
    rect(s, INK, w - 7, 7, 3, 8)
    vline(s, REAL["metal"][3], w - 6, 8, 13)
    rect(s, REAL["metal"][2], 9, 12, 12, 2)
    hline(s, REAL["metal"][4], 10, 19, 12)
    # notes and magnets
    for nx, ny, c in ((5, 24, (230, 220, 150)), (13, 28, (220, 226, 230)),
                      (6, 38, (236, 196, 196))):
        rect(s, c, nx, ny, 7, 8)
        for k in range(2):
            hline(s, (120, 120, 130), nx + 1, nx + 5 - k, ny + 3 + k * 2)
        px(s, nx + 3, ny - 1, (200, 50, 50))
    # kick plate and feet
    rect(s, REAL["metal"][1], 3, h - 8, w - 6, 3)
    for k in range(4, w - 4, 3):
        vline(s, REAL["metal"][0], k, h - 8, h - 6)
    rect(s, INK, 3, h - 4, 4, 2)
    rect(s, INK, w - 7, h - 4, 4, 2)


def hgrad(s: pygame.Surface, shades: list, x: int, y: int, w: int, h: int) -> None:
    for xx in range(w):
        t = 0.95 - 0.7 * (xx / max(1, w - 1)) ** 1.5
        for yy in range(h):
            px(s, x + xx, y + yy, dither_pick(shades, t, x + xx, y + yy))


def kitchen_shelf(s: pygame.Surface) -> None:
    """A high shelf with jars; the empty hook beneath it is part of the wall."""
    w, h = s.get_size()
    wood = REAL["wood"]
    block(s, 0, 18, w, 6, wood, INK, light=4)
    for bx in (6, w - 10):  # brackets
        pygame.draw.polygon(s, INK, [(bx, 23), (bx + 5, 23), (bx + 5, 32)])
        pygame.draw.polygon(s, wood[2], [(bx + 1, 24), (bx + 4, 24), (bx + 4, 29)])
    jars = [((150, 170, 120), 10), ((200, 160, 90), 14), ((170, 120, 110), 9)]
    x = 4
    for c, jh in jars:
        rect(s, INK, x, 18 - jh, 10, jh)
        rect(s, c, x + 1, 19 - jh, 8, jh - 1)
        rect(s, REAL["metal"][2], x + 1, 18 - jh, 8, 2)
        vline(s, (240, 240, 230), x + 2, 21 - jh, 16)
        x += 13
    # a tin
    rect(s, INK, w - 16, 8, 12, 10)
    rect(s, (120, 40, 40), w - 15, 9, 10, 9)
    hline(s, (200, 180, 90), w - 15, w - 6, 12)
    # the hook screwed under the shelf
    hook_x = L.KITCHEN["key_on_hook"][0] + 4 - L.KITCHEN["kitchen_shelf"][0]
    vline(s, INK, hook_x, 24, 29)
    px(s, hook_x + 1, 29, INK)
    px(s, hook_x + 2, 28, INK)
    px(s, hook_x, 24, REAL["metal"][3])


def key_on_hook(s: pygame.Surface) -> None:
    """The black button key hanging from its string."""
    w, h = s.get_size()
    key = [(12, 12, 16), (34, 32, 40), (64, 62, 72), (110, 108, 118)]
    vline(s, (170, 150, 110), 4, 0, 3)  # string
    # the bow is a four-holed button
    pygame.draw.circle(s, INK, (4, 7), 4)
    pygame.draw.circle(s, key[1], (4, 7), 3)
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        px(s, 4 + dx, 7 + dy, key[3])
    px(s, 2, 5, key[3])
    # shaft and bit
    rect(s, INK, 3, 10, 3, 8)
    vline(s, key[2], 4, 11, 17)
    rect(s, INK, 5, 14, 3, 2)
    rect(s, INK, 5, 16, 2, 2)
    px(s, 6, 15, key[2])


def kitchen_clock(s: pygame.Surface) -> None:
    pygame.draw.circle(s, INK, (12, 12), 11)
    pygame.draw.circle(s, REAL["tile"][1], (12, 12), 10)
    pygame.draw.circle(s, (226, 224, 204), (12, 12), 8)
    for a in range(12):
        ang = a * math.pi / 6
        px(s, 12 + round(7 * math.cos(ang)), 12 + round(7 * math.sin(ang)), (120, 120, 110))
    pygame.draw.line(s, INK, (12, 12), (12, 6))
    pygame.draw.line(s, INK, (12, 12), (16, 14))
    px(s, 12, 12, (180, 40, 40))


def kitchen_window(s: pygame.Surface, **kw: object) -> tuple[int, int, int, int]:
    """The window over the sink: no curtains, a café curtain over the lower sash."""
    glass = fu.window(s, "real", curtains=False, **kw)
    w, h = s.get_size()
    # a gingham café curtain across the lower half
    for yy in range(h // 2 - 2, h - 22):
        for xx in range(6, w - 6):
            c = (206, 200, 178) if ((xx // 3) + (yy // 3)) % 2 else (150, 120, 110)
            if yy == h // 2 - 2:
                c = INK
            px(s, xx, yy, c)
    hline(s, REAL["metal"][3], 4, w - 5, h // 2 - 3)
    return glass


def kitchen_sink(s: pygame.Surface) -> None:
    """The counter under the window, top at Coraline's waist: sink, dish rack, soap."""
    w, h = s.get_size()
    wood = [(70, 84, 74), (92, 108, 94), (116, 132, 114), (140, 156, 134)]
    floor_shadow(s, w / 2, h - 3, w / 2, 3)
    top = 12  # the counter top inside the picture; the floor is at h - 4
    block(s, 0, top, w, 5, [(120, 116, 100), (150, 146, 126), (180, 176, 152), (204, 200, 176)],
          INK, light=2)
    # cupboards
    block(s, 2, top + 4, w - 4, h - top - 8, wood, INK, light=2)
    for i in range(3):
        dx = 5 + i * ((w - 10) // 3)
        dw = (w - 10) // 3 - 2
        block(s, dx, top + 7, dw, h - top - 15, wood, INK, light=3)
        rect(s, REAL["metal"][3], dx + (dw - 3 if i % 2 == 0 else 2), top + 10, 1, 4)
    rect(s, INK, 2, h - 5, w - 4, 2)
    # basin and tap
    rect(s, INK, 34, top, 30, 3)
    rect(s, REAL["metal"][1], 35, top + 1, 28, 1)
    vline(s, INK, 50, top - 8, top)
    vline(s, REAL["metal"][3], 51, top - 7, top - 1)
    hline(s, INK, 50, 56, top - 9)
    hline(s, REAL["metal"][4], 51, 55, top - 8)
    px(s, 56, top - 6, REAL["rain"][3])  # a drip
    px(s, 56, top - 3, REAL["rain"][4])
    # dish rack with plates, a dish soap bottle
    for k in range(4):
        pygame.draw.ellipse(s, INK, pygame.Rect(78 + k * 4, top - 9, 5, 10))
        pygame.draw.ellipse(s, (220, 222, 210), pygame.Rect(79 + k * 4, top - 8, 3, 8))
    rect(s, INK, 14, top - 8, 5, 8)
    rect(s, (110, 170, 90), 15, top - 7, 3, 7)
    rect(s, INK, 15, top - 10, 3, 2)
    vline(s, (160, 210, 130), 15, top - 6, top - 2)


# where the table top sits inside `kitchen_table` (the floor is at h - 3)
TABLE_TOP_Y, TABLE_TOP_H = 16, 8


def kitchen_table(s: pygame.Surface) -> None:
    """The kitchen table at Coraline's waist: takeout, seed catalogues, Mum's laptop."""
    w, h = s.get_size()
    wood = REAL["wood"]
    floor_shadow(s, w / 2, h - 4, w / 2, 4, 130)
    top_y, top_h = TABLE_TOP_Y, TABLE_TOP_H
    # two chairs behind the table (their backs peek up)
    for cx0 in (14, w - 26):
        block(s, cx0, 2, 12, top_y, wood, INK, light=3)
        for k in range(cx0 + 3, cx0 + 10, 3):
            vline(s, wood[1], k, 5, top_y - 1)
    # table top in perspective: a lit surface and a front edge
    pts = [(4, top_y), (w - 5, top_y), (w - 1, top_y + top_h), (0, top_y + top_h)]
    pygame.draw.polygon(s, wood[3], pts)
    for yy in range(top_y + 1, top_y + top_h):
        for xx in range(0, w):
            if s.get_at((xx, yy)).a and bayer(xx, yy) < 0.15:
                px(s, xx, yy, wood[4])
    pygame.draw.polygon(s, INK, pts, 1)
    block(s, 0, top_y + top_h, w, 4, wood, INK, light=2)
    leg_top = top_y + top_h + 3
    for lx in (3, w - 8):
        rect(s, INK, lx, leg_top, 5, h - leg_top - 2)
        rect(s, wood[2], lx + 1, leg_top, 3, h - leg_top - 3)
    # takeout cartons (left)
    for k, tx in enumerate((8, 18)):
        pts_c = [(tx, top_y - 4), (tx + 8, top_y - 4), (tx + 7, top_y + 4), (tx + 1, top_y + 4)]
        pygame.draw.polygon(s, (232, 228, 214), pts_c)
        pygame.draw.polygon(s, INK, pts_c, 1)
        pygame.draw.line(s, INK, (tx + 4, top_y - 4), (tx + 4, top_y - 7))
        pygame.draw.line(s, INK, (tx + 4, top_y - 7), (tx + 1, top_y - 4))
        rect(s, (190, 40, 40), tx + 3, top_y - 1, 3, 2)
        if k == 1:
            px(s, tx + 2, top_y - 5, (200, 150, 60))  # a noodle escapes
    # scattered papers and seed catalogues
    for px0, py0, c in ((32, top_y + 2, (226, 224, 210)), (40, top_y + 4, (210, 226, 200)),
                        (78, top_y + 3, (230, 222, 200))):
        quad = [(px0, py0), (px0 + 10, py0 - 1), (px0 + 11, py0 + 4), (px0 + 1, py0 + 5)]
        pygame.draw.polygon(s, c, quad)
        pygame.draw.polygon(s, INK, quad, 1)
        hline(s, (130, 130, 140), px0 + 2, px0 + 7, py0 + 2)
    px(s, 44, top_y + 6, (90, 150, 70))
    # the laptop: screen glowing cold blue
    lx, ly = 58, top_y - 10
    rect(s, INK, lx, ly, 16, 11)
    rect(s, REAL["metal"][2], lx + 1, ly + 1, 14, 9)
    rect(s, (120, 170, 210), lx + 2, ly + 2, 12, 7)
    for k in range(3):
        hline(s, (70, 110, 150), lx + 3, lx + 11 - k * 2, ly + 3 + k * 2)
    pts_k = [(lx - 1, ly + 11), (lx + 17, ly + 11), (lx + 18, ly + 13), (lx - 2, ly + 13)]
    pygame.draw.polygon(s, REAL["metal"][3], pts_k)
    pygame.draw.polygon(s, INK, pts_k, 1)
    # a coffee mug
    rect(s, INK, 86, top_y - 2, 5, 6)
    rect(s, (210, 200, 180), 87, top_y - 1, 3, 4)
    hline(s, (90, 60, 40), 87, 89, top_y - 1)
    px(s, 91, top_y + 1, INK)


def back_door(s: pygame.Surface, sky: Callable[..., None] | None = None,
              drops: bool = True) -> tuple[int, int, int, int]:
    """The back door to the garden, glazed in its upper half; returns the glass (local). The
    glass shows the grey rainy sky, or ``sky`` (the party day's ``clear_sky``), and ``drops``
    the rain on it (``kitchen_back_door_rain``, shown only while it rains)."""
    w, h = s.get_size()
    fu.doorway(s, "real", inside="closed")
    # a window in the upper half, four panes
    gx, gy, gw, gh = 16, 16, w - 32, 32
    rect(s, INK, gx - 1, gy - 1, gw + 2, gh + 2)
    if sky is None:
        vgrad(s, REAL["rain"][::-1], gx, gy, gw, gh, 0.1, 0.6)
    else:
        sky(s, gx, gy, gw, gh)
    r = rng("backdoor-rain")
    for _ in range(30 if drops else 0):
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
        px(s, xx, yy, REAL["rain"][4])
        px(s, xx, yy + 1, REAL["rain"][3])
    vline(s, REAL["wood"][2], gx + gw // 2, gy, gy + gh - 1)
    hline(s, REAL["wood"][2], gx, gx + gw - 1, gy + gh // 2)
    # a yellow raincoat? no: Mum's green one on a peg, and a welcome mat
    pygame.draw.polygon(s, (60, 84, 60), [(w - 16, 52), (w - 10, 52), (w - 8, 80), (w - 19, 80)])
    pygame.draw.polygon(s, INK, [(w - 16, 52), (w - 10, 52), (w - 8, 80), (w - 19, 80)], 1)
    return gx, gy, gw, gh


def back_door_glass() -> tuple[int, int, int, int]:
    """The back door's glass in map pixels (its rain and clear-sky layers are this box)."""
    x, y, w, _ = L.KITCHEN["kitchen_back_door"]
    return x + 16, y + 16, w - 32, 32


def kitchen_fg(s: pygame.Surface) -> None:
    """A wooden chair close to the viewer, seat at Coraline's knee (the floor is at h - 4)."""
    w, h = s.get_size()
    wood = REAL["wood"]
    floor_shadow(s, w / 2, h - 4, w / 2, 3, 120)
    block(s, 4, 0, 5, h - 4, wood, INK, light=3)
    block(s, w - 9, 0, 5, h - 4, wood, INK, light=3)
    block(s, 4, 3, w - 8, 5, wood, INK, light=2)
    block(s, 4, 12, w - 8, 4, wood, INK, light=2)
    block(s, 0, 22, w, 6, wood, INK, grain="chairseat", light=3)
    block(s, 1, 27, 4, h - 31, wood, INK, light=2)
    block(s, w - 5, 27, 4, h - 31, wood, INK, light=2)


# =================================================================== other living room
def piano(s: pygame.Surface) -> None:
    """An upright piano at the cast's scale: keys at Coraline's waist, candles on the lid."""
    w, h = s.get_size()
    lac = [(60, 10, 20), (96, 20, 32), (134, 34, 44), (176, 60, 64), (220, 110, 100)]
    gold = OTHER["gold"]
    floor_shadow(s, w / 2, h - 3, w / 2, 3, 140)
    # body under the lid
    block(s, 2, 11, w - 4, 16, lac, OINK, light=2)
    for xx in range(4, w - 4, 2):  # gleaming lacquer sheen
        if (xx // 2) % 5 == 0:
            vline(s, lac[3], xx, 13, 25)
    block(s, 0, 8, w, 4, lac, OINK, light=3)
    # music stand with a score
    rect(s, OINK, 13, 14, 26, 10)
    rect(s, (250, 240, 214), 14, 15, 24, 8)
    for k in range(3):
        hline(s, (150, 140, 130), 15, 36, 17 + k * 2)
    for k in range(6):
        px(s, 16 + k * 4, 16 + (k * 3) % 6, OINK)
    # keyboard
    rect(s, OINK, 0, 26, w, 6)
    rect(s, (250, 246, 232), 1, 27, w - 2, 4)
    for xx in range(1, w - 1, 3):
        vline(s, (190, 180, 170), xx, 27, 30)
    for xx in range(3, w - 3, 3):
        if (xx // 3) % 7 not in (2, 6):
            rect(s, OINK, xx, 27, 1, 2)
    block(s, 0, 31, w, 4, lac, OINK, light=2)
    # legs, the lower panel and pedals
    for lx in (3, w - 7):
        block(s, lx, 34, 4, h - 37, lac, OINK, light=2)
    block(s, 8, 34, w - 16, h - 39, lac, OINK, light=1)
    for k in range(3):
        rect(s, gold[3], w // 2 - 5 + k * 4, h - 5, 2, 1)
    # gold candelabra and a vase of roses on the lid
    for k, cx0 in enumerate((5, 10, 15)):
        top = 3 - (k % 2) * 2
        rect(s, OINK, cx0, top, 3, 8 - top)
        vline(s, (255, 248, 230), cx0 + 1, top + 1, 7)
        px(s, cx0 + 1, top - 1, OTHER["fire"][3])
        px(s, cx0 + 1, top - 2, OTHER["fire"][4])
    hline(s, gold[2], 4, 18, 7)
    rect(s, OINK, w - 14, 3, 6, 6)
    rect(s, (90, 140, 210), w - 13, 4, 4, 4)
    for fx, fy in ((w - 15, 1), (w - 11, 0), (w - 8, 2)):
        pygame.draw.circle(s, OINK, (fx, fy + 1), 2)
        px(s, fx, fy + 1, (240, 60, 90))
        px(s, fx - 1, fy, (255, 150, 170))


def other_fg(s: pygame.Surface) -> None:
    """A flowering potted plant, lush and too perfect."""
    w, h = s.get_size()
    leaf = OTHER["green"]
    pts = [(8, h - 30), (46, h - 30), (42, h), (12, h)]
    pygame.draw.polygon(s, (210, 120, 80), pts)
    pygame.draw.polygon(s, OINK, pts, 1)
    hline(s, (250, 180, 120), 9, 44, h - 29)
    for k in range(0, 36, 6):
        px(s, 14 + k, h - 18, (250, 220, 120))
    r = rng("otherplant")
    for k in range(14):
        yy = 8 + k * 5
        side = -1 if k % 2 else 1
        lx = 27 + side * (6 + r.randrange(9))
        ellipse(s, OINK, lx - 8, yy - 3, 17, 9)
        ellipse(s, leaf[2 + (k % 2)], lx - 7, yy - 2, 15, 7)
        hline(s, (170, 230, 130), lx - 4, lx + 2, yy - 1)
    for fx, fy in ((14, 10), (38, 18), (22, 30), (44, 40), (10, 48)):
        pygame.draw.circle(s, OINK, (fx, fy), 4)
        pygame.draw.circle(s, (250, 90, 130), (fx, fy), 3)
        px(s, fx, fy, (255, 230, 120))


# =================================================================== corridor
def corridor_tunnel(s: pygame.Surface) -> None:
    """Soft ribs of the tunnel and darkness gathering in its roof and corners."""
    w, h = s.get_size()
    cl = CORRIDOR["cloth"]
    for yy in range(h):
        for xx in range(w):
            a = 0.0
            if yy < 70:  # the roof curves away into darkness
                a = (1 - yy / 70) ** 1.4
            if yy > 280:
                a = max(a, ((yy - 280) / 40) * 0.6)
            # ribs every 124 px: soft bulging seams with shadow either side
            rib = (xx + 20) % 124
            if rib < 14:
                a = max(a, 0.25 * (1 - abs(rib - 7) / 7))
            if a > 0 and bayer(xx, yy) < a * 1.1:
                blend_px(s, xx, yy, (*CORRIDOR["ink"], int(min(1.0, a) * 230)))
    # ribs: stuffed, rounded bands of cloth that hold the tunnel open
    for rx in range(110, w, 124):
        for xx in range(rx - 9, rx + 10):
            t = 1 - abs(xx - rx) / 9.5
            for yy in range(34, 208):
                top_fade = min(1.0, (yy - 34) / 30)
                if bayer(xx, yy) > top_fade:
                    continue
                shade = 0.15 + 0.75 * t - 0.1 * (xx > rx)
                px(s, xx, yy, dither_pick(cl[1:7], shade, xx, yy))
            px(s, rx - 10, 200, CORRIDOR["ink"])
        for yy in range(40, 204, 7):  # stitches down the middle of the rib
            px(s, rx, yy, cl[2])
        soft_ellipse(s, (8, 4, 20), rx, 214, 16, 5, 140, 3)  # where it sinks into the floor


def corridor_door(s: pygame.Surface, warm: bool) -> None:
    w, h = s.get_size()
    cl = CORRIDOR["cloth"]
    # the opening in the padded wall, a puffy cloth rim around it
    ox, oy, ow, oh = 10, 8, w - 20, h - 8
    for yy in range(h):
        for xx in range(w):
            inside = ox <= xx < ox + ow and yy >= oy
            if inside:
                continue
            d = min(abs(xx - ox), abs(xx - (ox + ow - 1)), abs(yy - oy))
            if d <= 8:
                t = 1 - d / 8
                px(s, xx, yy, dither_pick(cl, 0.3 + 0.6 * t, xx, yy))
    if warm:
        glow = CORRIDOR["warm"]
        vgrad(s, [glow[3], glow[2], glow[1], glow[0]], ox, oy, ow, oh, 0.0, 0.9)
        # the other living room's wallpaper glimpsed through it
        for yy in range(oy + 4, oy + oh - 14):
            for xx in range(ox + 4, ox + ow - 4):
                if (xx + yy * 2) % 9 == 0:
                    px(s, xx, yy, glow[3])
        rect(s, OTHER["wood"][3], ox, oy + oh - 10, ow, 10)
        hline(s, OTHER["wood"][5], ox, ox + ow - 1, oy + oh - 10)
    else:
        vgrad(s, [(40, 50, 48), (60, 72, 66), (82, 96, 86)], ox, oy, ow, oh, 0.0, 1.0)
        rect(s, REAL["wood"][2], ox, oy + oh - 10, ow, 10)
        hline(s, REAL["wood"][4], ox, ox + ow - 1, oy + oh - 10)
        # the legs of the real sofa, seen from mouse height
        rect(s, REAL["wood"][0], ox + 6, oy + oh - 16, 3, 6)
    frame(s, CORRIDOR["ink"], ox - 1, oy - 1, ow + 2, oh + 1)


def corridor_fg(s: pygame.Surface) -> None:
    """Puffy folds of the padded floor, close to the viewer."""
    w, h = s.get_size()
    cl = CORRIDOR["cloth"]
    for xx in range(w):
        top = 14 + int(6 * math.sin(xx / 37.0) + 4 * math.sin(xx / 13.0 + 1))
        for yy in range(top, h):
            t = 0.55 - (yy - top) / 40 + 0.15 * math.sin(xx / 9.0)
            px(s, xx, yy, dither_pick(cl[:5], t, xx, yy))
        px(s, xx, top, CORRIDOR["ink"])
        if top + 1 < h:
            px(s, xx, top + 1, cl[4])


def corridor_lamp_swing(s: pygame.Surface) -> None:
    """A little glowing lamp hung by its cord from a rib of the soft wall, like a sewn-on
    button, drawn at each angle of its swing: one frame per angle, left to right (frame 0
    swung furthest left, the middle one hanging straight). The pivot is where the cord is
    sewn on, at the top centre of each frame; the glow stays put (`light_corridor`)."""
    fw, fh, frames, most = L.CORRIDOR_LAMP_SWING
    ink, glow, warm = CORRIDOR["ink"], CORRIDOR["glow"], CORRIDOR["warm"]
    pivot = 1  # the row where the cord is sewn on
    for i in range(frames):
        a = math.radians(-most + 2 * most * i / (frames - 1))
        ox = i * fw + fw // 2

        def at(u: float, v: float, a: float = a, ox: int = ox) -> tuple[float, float]:
            """A point u across and v down the hanging lamp, turned by its angle."""
            return (ox + u * math.cos(a) + v * math.sin(a), pivot - u * math.sin(a) + v * math.cos(a))

        # the cord, from its stitches down to the cap
        hline(s, ink, ox - 1, ox + 1, 0)
        cx, cy = at(0, 22)
        pygame.draw.line(s, ink, (ox, pivot), (round(cx), round(cy)))
        # the globe: its shine stays on its upper left whichever way it swings
        bx, by = (round(c) for c in at(0, 32))
        pygame.draw.circle(s, ink, (bx, by), 8)
        pygame.draw.circle(s, glow[1], (bx, by), 7)
        pygame.draw.circle(s, glow[2], (bx - 1, by - 1), 5)
        pygame.draw.circle(s, glow[3], (bx - 2, by - 2), 2)
        # a brass cap, tilted with the lamp: column by column, each set at its own height
        for u in range(-4, 5):
            x, y = (round(c) for c in at(u, 22))
            vline(s, ink, x, y, y + 3)
            if abs(u) < 4:
                vline(s, warm[1], x, y + 1, y + 2)


# =================================================================== overlays
def light_overlay(name: str, width: int, spots: list[tuple], shafts: list[tuple],
                  vignette: tuple[int, int, int], vig_a: int) -> None:
    s = surf(width, ROOM_H)
    # vignette: a dim ceiling and darker far corners
    for yy in range(ROOM_H):
        for xx in range(width):
            t = 0.0
            if yy < 48:
                t = (1 - yy / 48) * 0.8
            ex = min(xx, width - 1 - xx)
            if ex < 60:
                t = max(t, (1 - ex / 60) * 0.6)
            if yy > 290:
                t = max(t, (yy - 290) / 30 * 0.5)
            if t > 0:
                lvl = int(t * 4 + bayer(xx, yy))
                if lvl > 0:
                    blend_px(s, xx, yy, (*vignette, int(vig_a * min(4, lvl) / 4)))
    for x0, x1, top, bottom, slant, colour, a in shafts:
        # a dithered parallelogram of light from a window down onto the floor
        for yy in range(top, bottom):
            t = (yy - top) / max(1, bottom - top)
            off = int(slant * t)
            for xx in range(x0 + off, x1 + off):
                edge = min(xx - (x0 + off), x1 + off - 1 - xx) / 10
                strength = min(1.0, edge) * (1 - 0.6 * t)
                if bayer(xx, yy) < strength:
                    blend_px(s, xx, yy, (*colour, a))
    for cx, cy, rx, ry, colour, a in spots:
        soft_ellipse(s, colour, cx, cy, rx, ry, a, steps=5)
    save(s, PROPS / f"{name}.png")


def night_overlay(name: str, window_glass: list[tuple[int, int, int, int]],
                  moon_floor: tuple[int, int, int, int, int],
                  cutouts: list[tuple[int, int, int, int]] = (),
                  cut_shape: Callable[[int, int], bool] | None = None,
                  covered: list[tuple[int, int, int, int]] = (),
                  panes: list[tuple[int, int, int, int]] = (),
                  soft: bool = False) -> None:
    """The room at night. ``cutouts`` glow by themselves (the little door): the night is let
    through inside them (only where ``cut_shape(x, y)`` holds, if given) with a violet halo;
    ``soft`` ones (see ``_glow``) only thin the night there, feathered, so someone standing
    in front catches the glow instead of showing in daylight. ``covered`` boxes over the glass
    (the kitchen's café curtain) keep the room's night. ``panes`` are more glass, without a
    moon (the back door's window): night sky and stars, a 1 px cross of glazing bars."""
    s = surf(ROOM_W, ROOM_H)
    s.fill((10, 14, 40, 170))
    # the moonlight falling through the window onto the floor
    x0, x1, top, bottom, slant = moon_floor
    for yy in range(top, bottom):
        t = (yy - top) / max(1, bottom - top)
        off = int(slant * t)
        for xx in range(x0 + off, x1 + off):
            edge = min(xx - (x0 + off), x1 + off - 1 - xx) / 8
            if bayer(xx, yy) < min(1.0, edge) * (1 - 0.5 * t):
                s.set_at((xx, yy), (60, 80, 140, 110))
    r = rng(name)
    for gx, gy, gw, gh in window_glass:
        # glass becomes night sky: moon, clouds, rain (opaque, painted over the day window)
        for yy in range(gy, gy + gh):
            for xx in range(gx, gx + gw):
                if s.get_at((xx, yy)).a == 0:
                    continue
                c = dither_pick([(12, 16, 40), (22, 30, 66), (36, 48, 92)],
                                0.2 + 0.7 * (yy - gy) / gh, xx, yy)
                s.set_at((xx, yy), (*c, 235))
        mx, my = gx + gw * 0.68, gy + gh * 0.25
        soft_ellipse(s, (140, 160, 210), mx, my, 10, 10, 200, 3)
        pygame.draw.circle(s, (226, 232, 240, 255), (int(mx), int(my)), 4)
        px(s, int(mx) - 1, int(my) - 1, (255, 255, 255, 255))
        for _ in range(gw * gh // 40):
            xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
            s.set_at((xx, yy), (110, 130, 170, 230))
            if yy + 1 < gy + gh:
                s.set_at((xx, yy + 1), (70, 90, 130, 230))
        # the muntins stay dark
        for xx in range(gx, gx + gw):
            for k in range(-2, 2):
                s.set_at((xx, gy + gh // 2 + k), (14, 16, 26, 220))
        for yy in range(gy, gy + gh):
            s.set_at((gx + gw // 2, yy), (14, 16, 26, 220))
            s.set_at((gx + gw // 2 + 1, yy), (14, 16, 26, 220))
    for x0, y0, cw, ch in covered:
        for yy in range(y0, y0 + ch):
            for xx in range(x0, x0 + cw):
                s.set_at((xx, yy), (10, 14, 40, 170))
    for gx, gy, gw, gh in panes:
        for yy in range(gy, gy + gh):
            for xx in range(gx, gx + gw):
                c = dither_pick([(12, 16, 40), (22, 30, 66), (36, 48, 92)],
                                0.2 + 0.7 * (yy - gy) / gh, xx, yy)
                s.set_at((xx, yy), (*c, 235))
        for _ in range(gw * gh // 40):
            xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
            s.set_at((xx, yy), (110, 130, 170, 230))
            if yy + 1 < gy + gh:
                s.set_at((xx, yy + 1), (70, 90, 130, 230))
        hline(s, (14, 16, 26, 220), gx, gx + gw - 1, gy + gh // 2)
        vline(s, (14, 16, 26, 220), gx + gw // 2, gy, gy + gh - 1)
    halo = 18
    for box in cutouts if soft else ():
        _glow(s, box, cut_shape, halo)
    for cx, cy, cw, ch in cutouts if not soft else ():
        # something glows by itself here: let it through, with a violet halo
        for yy in range(cy - halo, cy + ch + 6):
            for xx in range(cx - halo, cx + cw + halo):
                if not (0 <= xx < ROOM_W and 0 <= yy < ROOM_H):
                    continue
                dx = max(cx - xx, 0, xx - (cx + cw - 1))
                dy = max(cy - yy, 0, yy - (cy + ch - 1))
                d = (dx * dx + dy * dy) ** 0.5
                if d == 0 and cut_shape is not None and not cut_shape(xx, yy):
                    d = 1.0  # inside the box but outside the shape: the halo's brightest ring
                if d == 0:
                    s.set_at((xx, yy), (10, 14, 40, 20))
                elif d < halo:
                    t = 1 - d / halo
                    if bayer(xx, yy) < t:
                        s.set_at((xx, yy), (60, 56, 150, int(170 - 110 * t)))
    save(s, PROPS / f"{name}.png")


GLOW = (60, 56, 150)  # the little door's violet light, as the night overlay lets it through
GLOW_RIM, GLOW_CORE = 100, 80  # the night's alpha in the doorway: at its edge, 3 px in


def _glow(s: pygame.Surface, box: tuple[int, int, int, int],
          shape: Callable[[int, int], bool] | None, halo: int) -> None:
    """A soft cut-out in the night ``s`` for something that glows by itself: inside ``shape``
    (within ``box``) the night thins to violet ``GLOW`` at alpha ``GLOW_RIM``, and to
    ``GLOW_CORE`` 3 px in (dithered), never to nothing; outside, a violet halo dithers back
    into the night over ``halo`` px, foreshortened on the floor below. Whoever stands in front
    is lit violet, most where the doorway is, with no line where the cut-out ends."""
    cx, cy, cw, ch = box
    inside = {(x, y) for y in range(cy, cy + ch) for x in range(cx, cx + cw)
              if shape is None or shape(x, y)}
    rim = [(x, y) for x, y in inside
           if any(n not in inside for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)))]
    floor = cy + ch  # the first row under it: the floor, seen flattened
    for yy in range(cy - halo, floor + halo):
        for xx in range(cx - halo, cx + cw + halo):
            if not (0 <= xx < ROOM_W and 0 <= yy < ROOM_H):
                continue
            if (xx, yy) in inside:
                depth = min(math.hypot(xx - x, yy - y) for x, y in rim)
                a = GLOW_CORE if bayer(xx, yy) < depth / 3 else GLOW_RIM
                s.set_at((xx, yy), (*GLOW, a))
                continue
            squash = 1.25 if yy >= floor else 1.0
            d = min(math.hypot(xx - x, (yy - y) * squash) for x, y in rim)
            t = 1 - d / halo
            if t > 0 and bayer(xx, yy) < t:
                s.set_at((xx, yy), (*GLOW, int(170 - (170 - GLOW_RIM) * t)))


def glass_of(room: dict, name: str, curtains: bool = True) -> tuple[int, int, int, int]:
    x, y, w, h = room[name]
    cw = 14 if curtains else 0
    fx, fy, fw, fh = cw, 6, w - 2 * cw, h - 22
    return x + fx + 4, y + fy + 4, fw - 8, fh - 8


# The real rooms' windows come in layers, each drawn by the same routine as the window:
# the window itself with dry glass; its raindrops (``*_window_rain``, as big as the glass),
# shown only while it rains; and the party day's clear blue sky (``*_window_clear``, the
# glass's pixels that differ from the grey view: sky and the edges of the far trees),
# shown on that day over the grey glass.
WindowPaint = Callable[..., tuple[int, int, int, int]]


def sash_window(s: pygame.Surface, **kw: object) -> tuple[int, int, int, int]:
    """The bedroom's and the living room's sash window, between its curtains."""
    return fu.window(s, "real", **kw)


def clear_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The party day's sky in the glass: deep blue high up, paler down to the trees, a
    fair-weather cloud in the left pane and a wisp in the right, lit from the upper left."""
    vgrad(s, G.CLEAR_SKY, gx, gy, gw, gh, 0.1, 0.8)
    cx, cy = gx + gw // 4, gy + 10
    for dy, x0, x1 in ((0, -3, 2), (1, -6, 5), (2, -8, 7), (3, -7, 8)):
        for xx in range(cx + x0, cx + x1 + 1):
            top = dy == 0 or xx - cx < x0 + 2
            c = CLOUD[2] if top else CLOUD[0] if dy == 3 else CLOUD[1]
            px(s, xx, cy + dy, c)
    wx, wy = gx + gw * 3 // 4, gy + 5
    hline(s, CLOUD[1], wx - 3, wx + 3, wy)
    hline(s, CLOUD[0], wx - 5, wx + 1, wy + 1)


def glass_changes(paint: WindowPaint, size: tuple[int, int], **kw: object) -> pygame.Surface:
    """The glass of the window ``paint`` draws, as big as the glass: only the pixels that
    ``kw`` (drops, or another sky) changes from the dry grey window; the rest clear."""
    dry, other = surf(*size), surf(*size)
    gx, gy, gw, gh = paint(dry, drops=False)
    paint(other, **{"drops": False, **kw})
    out = surf(gw, gh)
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            c = other.get_at((xx, yy))
            if c != dry.get_at((xx, yy)):
                out.set_at((xx - gx, yy - gy), c)
    return out


def dry_window(paint: WindowPaint) -> Callable[[pygame.Surface], None]:
    def draw(s: pygame.Surface) -> None:
        paint(s, drops=False)
    return draw


def window_rain(room: dict, window: str, paint: WindowPaint = sash_window,
                curtains: bool = True) -> Callable[[pygame.Surface], None]:
    def draw(s: pygame.Surface) -> None:
        glass = glass_of(room, window, curtains)
        assert room.get(window + "_rain", glass) == glass, "layout: the rain is the glass"
        assert s.get_size() == glass[2:], "the rain is the glass"
        s.blit(glass_changes(paint, room[window][2:], drops=True), (0, 0))
    return draw


def window_clear(room: dict, window: str, paint: WindowPaint = sash_window,
                 curtains: bool = True) -> Callable[[pygame.Surface], None]:
    def draw(s: pygame.Surface) -> None:
        assert s.get_size() == glass_of(room, window, curtains)[2:], "the sky is the glass"
        s.blit(glass_changes(paint, room[window][2:], sky=clear_sky), (0, 0))
    return draw


def glass_layer(box: tuple[int, int, int, int], paint: WindowPaint, **kw: object
                ) -> Callable[[pygame.Surface], None]:
    """The rain or the clear sky of any glazed picture ``paint`` draws in ``box``."""
    def draw(s: pygame.Surface) -> None:
        layer = glass_changes(paint, box[2:], **kw)
        assert s.get_size() == layer.get_size(), "the layer is the glass"
        s.blit(layer, (0, 0))
    return draw


# =================================================================== build
def build() -> None:
    B, Lv, K, C, O = L.BEDROOM, L.LIVING, L.KITCHEN, L.CORRIDOR, L.OTHER  # noqa: E741
    jobs: list[tuple[str, tuple, Callable[[pygame.Surface], None]]] = [
        ("bedroom_door", B["bedroom_door"], lambda s: fu.doorway(s, "real")),
        ("bedroom_bed", B["bedroom_bed"], bed),
        ("bedroom_nightstand", B["bedroom_nightstand"], nightstand),
        ("bedroom_window", B["bedroom_window"], dry_window(sash_window)),
        ("bedroom_window_rain", B["bedroom_window_rain"], window_rain(B, "bedroom_window")),
        ("bedroom_window_clear", glass_of(B, "bedroom_window"), window_clear(B, "bedroom_window")),
        ("doll_on_sill", B["doll_on_sill"], doll_on_sill),
        ("bedroom_dresser", B["bedroom_dresser"], dresser),
        ("bedroom_boxes", B["bedroom_boxes"], bedroom_boxes),
        ("dowsing_rod", B["dowsing_rod"], dowsing_rod),
        ("bedroom_rug", L.RUGS["bedroom_rug"], lambda s: fu.rug(s, "real")),
        ("fg_bedroom", L.FOREGROUND["fg_bedroom"], bedroom_fg),
        ("living_door_bedroom", Lv["living_door_bedroom"], lambda s: fu.doorway(s, "real")),
        ("living_window", Lv["living_window"], dry_window(sash_window)),
        ("living_window_rain", Lv["living_window_rain"], window_rain(Lv, "living_window")),
        ("living_window_clear", glass_of(Lv, "living_window"), window_clear(Lv, "living_window")),
        ("living_painting", Lv["living_painting"], lambda s: fu.painting(s, "real")),
        ("living_sofa", Lv["living_sofa"], lambda s: fu.sofa(s, "real")),
        ("living_lamp", Lv["living_lamp"], lambda s: fu.floor_lamp(s, "real", False)),
        ("living_fireplace", Lv["living_fireplace"], lambda s: fu.fireplace(s, "real")),
        ("small_door_wallpaper", Lv["small_door"], small_door_wallpaper),
        ("small_door_closed", Lv["small_door"], small_door_closed),
        ("small_door_bricks", Lv["small_door"], small_door_bricks),
        ("small_door_passage", Lv["small_door"], small_door_passage),
        ("living_boxes", Lv["living_boxes"], living_boxes),
        ("living_door_kitchen", Lv["living_door_kitchen"], lambda s: fu.doorway(s, "real")),
        ("living_rug", L.RUGS["living_rug"], lambda s: fu.rug(s, "real")),
        ("fg_living", L.FOREGROUND["fg_living"], living_fg),
        ("kitchen_door", K["kitchen_door"], lambda s: fu.doorway(s, "real")),
        ("kitchen_window", K["kitchen_window"], dry_window(kitchen_window)),
        ("kitchen_window_rain", glass_of(K, "kitchen_window", curtains=False),
         window_rain(K, "kitchen_window", kitchen_window, curtains=False)),
        ("kitchen_window_clear", glass_of(K, "kitchen_window", curtains=False),
         window_clear(K, "kitchen_window", kitchen_window, curtains=False)),
        ("kitchen_sink", K["kitchen_sink"], kitchen_sink),
        ("kitchen_fridge", K["kitchen_fridge"], fridge),
        ("kitchen_shelf", K["kitchen_shelf"], kitchen_shelf),
        ("key_on_hook", K["key_on_hook"], key_on_hook),
        ("kitchen_clock", K["kitchen_clock"], kitchen_clock),
        ("kitchen_table", K["kitchen_table"], kitchen_table),
        ("kitchen_back_door", K["kitchen_back_door"], dry_window(back_door)),
        ("kitchen_back_door_rain", back_door_glass(),
         glass_layer(K["kitchen_back_door"], back_door, drops=True)),
        ("kitchen_back_door_clear", back_door_glass(),
         glass_layer(K["kitchen_back_door"], back_door, sky=clear_sky)),
        ("fg_kitchen", L.FOREGROUND["fg_kitchen"], kitchen_fg),
        ("corridor_door_left", C["corridor_door_left"], lambda s: corridor_door(s, False)),
        ("corridor_door_right", C["corridor_door_right"], lambda s: corridor_door(s, True)),
        ("corridor_tunnel", (0, 0, 960, ROOM_H), corridor_tunnel),
        ("corridor_lamp_swing", (0, 0, L.CORRIDOR_LAMP_SWING[0] * L.CORRIDOR_LAMP_SWING[2],
                                 L.CORRIDOR_LAMP_SWING[1]), corridor_lamp_swing),
        ("fg_corridor", L.FOREGROUND["fg_corridor"], corridor_fg),
        ("other_door_bedroom", O["other_door_bedroom"],
         lambda s: fu.doorway(s, "other", inside="closed")),
        ("other_window", O["other_window"], lambda s: fu.window(s, "other")),
        ("other_painting", O["other_painting"], lambda s: fu.painting(s, "other")),
        ("other_sofa", O["other_sofa"], lambda s: fu.sofa(s, "other")),
        ("other_lamp", O["other_lamp"], lambda s: fu.floor_lamp(s, "other", True)),
        ("other_fireplace", O["other_fireplace"], lambda s: fu.fireplace(s, "other")),
        ("other_small_door", O["other_small_door"], other_small_door),
        ("other_piano", O["other_piano"], piano),
        ("other_door_kitchen", O["other_door_kitchen"],
         lambda s: fu.doorway(s, "other", inside="closed")),
        ("other_rug", L.RUGS["other_rug"], lambda s: fu.rug(s, "other")),
        ("fg_other", L.FOREGROUND["fg_other"], other_fg),
    ]
    for name, box, draw in jobs:
        _make(name, box, draw)
    _overlays()


COLD = (210, 226, 232)  # the grey day's window light on the floor
SUN = REAL["lamp"][2]  # the party day's (``light_*_clear``): pale sun, not grey


def _shafts(name: str, a: int) -> list[tuple[str, tuple[Colour, int]]]:
    """A real room's light overlay twice: with the cold window shaft (``name``) and, for the
    party day, with pale sun instead (``name_clear``, alpha at most 38)."""
    return [(name, (COLD, a)), (f"{name}_clear", (SUN, min(a, 38)))]


def _overlays() -> None:
    B, Lv, K, O = L.BEDROOM, L.LIVING, L.KITCHEN, L.OTHER  # noqa: E741
    warm = (255, 200, 120)
    # ---- bedroom: grey window light, one small warm lamp
    bw = glass_of(B, "bedroom_window")
    ns = B["bedroom_nightstand"]  # the lamp's shade sits at its top left
    for name, (shaft, a) in _shafts("light_bedroom", 40):
        light_overlay(name, ROOM_W,
                      spots=[(ns[0] + 9, ns[1] + 4, 28, 20, (255, 196, 110), 60),
                             (ns[0] + 9, ns[1] + 4, 10, 8, (255, 220, 150), 60)],
                      shafts=[(bw[0], bw[0] + bw[2], bw[1] + bw[3] + 10, 306, 70, shaft, a)],
                      vignette=(16, 20, 26), vig_a=120)
    night_overlay("night_bedroom", [bw], (bw[0] + 4, bw[0] + bw[2] - 4, 214, 300, 70))
    # ---- living room
    lw = glass_of(Lv, "living_window")
    for name, (shaft, a) in _shafts("light_living_room", 40):
        light_overlay(name, ROOM_W, spots=[],
                      shafts=[(lw[0], lw[0] + lw[2], lw[1] + lw[3] + 10, 306, 80, shaft, a)],
                      vignette=(16, 20, 26), vig_a=120)
    sd = Lv["small_door"]
    o = L.SMALL_DOOR_OPENING
    night_overlay("night_living_room", [lw], (lw[0] + 4, lw[0] + lw[2] - 4, 214, 300, 80),
                  cutouts=[(sd[0] + o[0], sd[1] + o[1], o[2], o[3])],
                  cut_shape=lambda x, y: door_ring(x - sd[0], y - sd[1]) == 0, soft=True)
    # ---- kitchen: window light and the laptop's cold glow
    kw = glass_of(K, "kitchen_window", curtains=False)
    t = K["kitchen_table"]
    for name, (shaft, a) in _shafts("light_kitchen", 36):
        light_overlay(name, ROOM_W,
                      spots=[(t[0] + 66, t[1] + TABLE_TOP_Y - 4, 16, 10, (160, 210, 250), 50)],
                      shafts=[(kw[0], kw[0] + kw[2], 216, 300, 60, shaft, a)],
                      vignette=(16, 20, 26), vig_a=110)
    kx, ky, kww, kh = K["kitchen_window"]
    cafe = [(kx + 4, ky + kh // 2 - 3, kww - 8, 1),  # the café curtain's rod and cloth
            (kx + 6, ky + kh // 2 - 2, kww - 12, kh // 2 - 20)]
    night_overlay("night_kitchen", [kw], (kw[0] + 4, kw[0] + kw[2] - 4, 216, 300, 60),
                  covered=cafe, panes=[back_door_glass()])
    # ---- corridor: lamp pools and the glow from both doors
    spots = [(cx, cy, 60, 50, (140, 150, 255), 60) for cx, cy in L.CORRIDOR_LAMPS]
    spots += [(cx, 300, 50, 10, (120, 130, 240), 50) for cx, _ in L.CORRIDOR_LAMPS]
    spots += [(930, 190, 70, 70, (255, 170, 90), 70), (30, 190, 50, 50, (120, 150, 140), 40)]
    light_overlay("light_corridor", 960, spots=spots, shafts=[], vignette=(8, 4, 20), vig_a=150)
    # ---- other living room: everything glows warm
    ow = glass_of(O, "other_window")
    fp, lp, sd2 = O["other_fireplace"], O["other_lamp"], O["other_small_door"]
    pn = O["other_piano"]
    fcx = fp[0] + fp[2] // 2
    light_overlay("light_other_living_room", ROOM_W,
                  spots=[(fcx, fp[1] + fp[3] - 12, 64, 34, warm, 80),
                         (fcx, fp[1] + fp[3] - 18, 28, 16, (255, 230, 160), 60),
                         (lp[0] + lp[2] // 2, lp[1] + 12, 36, 30, (255, 220, 140), 70),
                         (sd2[0] + o[0] + o[2] // 2, sd2[1] + o[1] + o[3] * 5 // 8, 26, 22,
                          (150, 150, 255), 60),
                         (pn[0] + 11, pn[1] + 3, 20, 14, (255, 210, 130), 50)],
                  shafts=[(ow[0], ow[0] + ow[2], ow[1] + ow[3] + 10, 306, 80, (255, 190, 150), 40)],
                  vignette=(60, 16, 30), vig_a=70)


__all__ = ["build", "INK", "OINK", "Colour", "vgrad", "vline"]
