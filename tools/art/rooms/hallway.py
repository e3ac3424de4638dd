"""The Jones flat's hallway and its Other World twin, drawn by one module.

Real hallway (`hallway_*`): a long, narrow, rain-grey hall that joins every room of the flat:
Coraline's door on the left, the window and its radiator, the front door with a fanlight, the
family's raincoats on their hooks, the umbrella stand, the telephone table and a family photo,
the study door, the tall antique pier mirror (the star of the room), the bathroom door (locked:
it is full of boxes) and the way through to the living room on the right. A bare bulb hangs
from the ceiling; creaky boards lie in front of the runner. Overlays: rain on the glass; night;
once the parents are gone, Mom and Dad pale and trapped inside the mirror; and on the party day
the clear blue sky in the window and the fanlight (``*_clear``) and sunlight on the floor.

Other hallway (`other_hallway_*`): the same hall made warm and perfect (base.OTHER palette),
polished, with button motifs everywhere; the study door and the front door are only painted on
the wall (the skirting runs straight through them); the mirror is gilt.

Every picture is assets/props/<name>.png placed by LAYOUT (map pixels). Deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from .. import furniture as fu
from .. import props
from ..base import (
    make_prop,
    ASSETS, OTHER, REAL, Colour, bake_light, bayer, blend_px, dither_pick, frame, hline, lerp,
    px, rect, rng, save, shade_rect, soft_ellipse, surf, vgrad, vline,
)
from ..furniture import block, floor_shadow
from ..patterns import (
    boards_other, boards_real, cornice, skirting_other, skirting_real, stain, wallpaper_other,
    wallpaper_real,
)

PROPS = ASSETS / "props"
INK = REAL["ink"]
OINK = OTHER["ink"]

WALL_BOTTOM = 208
DADO = 140  # the dado rail: wallpaper above, painted panelling below
RUNNER = (96, 236, 470, 50)  # the hall runner on the floor (x, y, w, h)
CREAKY = (236, 292, 72, 12)  # the loose boards in front of the runner

# name -> (x, y, w, h) in map pixels; the same boxes serve both twins (prefix other_)
_SHARED: dict[str, tuple[int, int, int, int]] = {
    "backdrop": (0, 0, 640, 320),
    "door_bedroom": (16, 110, 62, 98),
    "window": (92, 40, 56, 84),
    "radiator": (90, 148, 60, 60),
    "front_door": (156, 86, 72, 122),
    "coats": (234, 106, 60, 104),
    "umbrellas": (296, 148, 22, 64),
    "phone_table": (322, 146, 44, 68),
    "photo": (322, 66, 40, 38),
    "door_study": (374, 110, 62, 98),
    "mirror": (446, 56, 60, 158),
    "door_bathroom": (514, 110, 56, 98),
    "door_living_room": (578, 110, 58, 98),
    "bulb": (292, 0, 18, 60),
    "light": (0, 0, 640, 320),
}

LAYOUT: dict[str, tuple[int, int, int, int]] = {}
for _k, _box in _SHARED.items():
    LAYOUT[f"hallway_{_k}"] = _box
    LAYOUT[f"other_hallway_{_k}"] = _box
WINDOW_GLASS = (5, 5, _SHARED["window"][2] - 10, _SHARED["window"][3] - 18)  # local to the window
FANLIGHT = (8, 6, _SHARED["front_door"][2] - 16, 16)  # the glass over the front door, local


def _in_map(box: tuple[int, int, int, int], glass: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    return box[0] + glass[0], box[1] + glass[1], glass[2], glass[3]


LAYOUT.update({
    "hallway_rain": _SHARED["window"],
    # the party day's clear blue sky in the window and the fanlight (only the glass's pixels
    # that differ from the grey view)
    "hallway_window_clear": _in_map(_SHARED["window"], WINDOW_GLASS),
    "hallway_fanlight_clear": _in_map(_SHARED["front_door"], FANLIGHT),
    "hallway_light_clear": _SHARED["light"],
    "hallway_mirror_parents": _SHARED["mirror"],
    "hallway_boxes_fg": (0, 240, 92, 80),
    "hallway_night": (0, 0, 640, 320),
    "other_hallway_gifts_fg": (0, 240, 92, 80),
})
# the Other hallway has no real study or front door: those two are painted on the wall
del LAYOUT["other_hallway_door_study"], LAYOUT["other_hallway_front_door"]
LAYOUT["other_hallway_painted_study"] = _SHARED["door_study"]
LAYOUT["other_hallway_painted_front"] = _SHARED["front_door"]
# the Other hallway's lamp swings gently on its chain (a `swing` effect in the map): its still
# picture is gone and the strip other_hallway_bulb_swing.png holds one frame per angle, each
# frame this box (its top centre, the pivot, where the still lamp's chain met the ceiling)
del LAYOUT["other_hallway_bulb"]
LAYOUT["other_hallway_bulb_swing"] = (286, 0, 30, 60)  # one frame of the swing strip
BULB_FRAMES, BULB_SWING, BULB_PERIOD = 7, 4.0, 250  # frames, degrees either way, ticks

SUN = (*REAL["lamp"][2], 38)  # the party day's window light on the floor: pale sun, not grey
GLASS = (6, 14, 48, 122)  # the mirror glass inside its picture (local x, y, w, h)


def _pal(world: str) -> dict:
    return REAL if world == "real" else OTHER


def _ink(world: str) -> Colour:
    return INK if world == "real" else OINK


# =================================================================== backdrop
def _wall_at(world: str, x: int, y: int) -> Colour:
    """The wall surface behind everything (used by the backdrop and the painted doors)."""
    pal = _pal(world)
    if y < 16:
        return cornice(x, y, pal)
    if y < DADO:
        return wallpaper_real(x, y) if world == "real" else wallpaper_other(x, y)
    if y < DADO + 6:  # the dado rail, a rounded moulding
        k = y - DADO
        if world == "real":
            wood = REAL["wood"]
            return [wood[1], wood[4], wood[3], wood[3], wood[2], wood[0]][k]
        gold = OTHER["gold"]
        return [OTHER["wood"][1], gold[3], gold[2], gold[2], gold[1], OTHER["wood"][0]][k]
    if y < WALL_BOTTOM - 16:
        return _panelling(world, x, y)
    return skirting_real(x, y) if world == "real" else skirting_other(x, y)


def _panelling(world: str, x: int, y: int) -> Colour:
    """Painted tongue-and-groove panelling below the dado, sunk panels every 48 px."""
    if world == "real":
        paint = [(58, 70, 62), (72, 86, 76), (86, 100, 88), (102, 116, 102)]
    else:
        paint = [(110, 30, 44), (150, 44, 56), (186, 66, 70), (220, 104, 92)]
    top, bottom = DADO + 6, WALL_BOTTOM - 16
    lx = x % 48
    ly = y - top
    inner = 5 <= lx <= 42 and 5 <= ly <= (bottom - top) - 6
    c = paint[2]
    if inner:
        c = paint[1]
        if lx == 5 or ly == 5:
            c = paint[0]  # the sunk edge in shadow (light from above left)
        elif lx == 42 or ly == (bottom - top) - 6:
            c = paint[3]
        elif world == "real" and bayer(x, y) < 0.12:
            c = paint[2]
    else:
        if lx in (0, 47):
            c = paint[1]
        if ly == 0:
            c = paint[0]
        if world == "other" and lx == 24 and ly == 2:
            c = OTHER["gold"][3]  # a tiny button stud on every rail
    return c


def backdrop(s: pygame.Surface, world: str) -> None:
    w, h = s.get_size()
    pal = _pal(world)
    for y in range(WALL_BOTTOM):
        for x in range(w):
            px(s, x, y, _wall_at(world, x, y))
    if world == "real":
        # damp: tide-marked stains high on the wall and a peeling seam
        for cx, cy, r in ((36, 40, 16), (210, 30, 12), (612, 54, 18), (360, 118, 10)):
            for y in range(int(cy - r * 1.4), int(cy + r * 1.4)):
                for x in range(int(cx - r * 1.4), int(cx + r * 1.4)):
                    if 16 <= y < DADO and 0 <= x < w:
                        base = s.get_at((x, y))
                        px(s, x, y, stain(x, y, (base.r, base.g, base.b), cx, cy, r))
        for y in range(20, 64):
            if (y // 3) % 2 == 0:
                px(s, 351, y, REAL["wall"][4])
                px(s, 352, y, REAL["wall"][0])
        # the ghost of a picture that used to hang here (a cleaner rectangle)
        for y in range(74, 100):
            for x in range(520, 546):
                c = s.get_at((x, y))
                if bayer(x, y) < 0.5:
                    px(s, x, y, lerp((c.r, c.g, c.b), REAL["wall"][4], 0.25))
        px(s, 533, 70, INK)
        px(s, 533, 71, REAL["metal"][2])
    else:
        # a frieze of little sewn-on buttons along the top of the wallpaper
        for x in range(10, w, 20):
            pygame.draw.circle(s, OINK, (x, 21), 3)
            pygame.draw.circle(s, OTHER["gold"][2 + (x // 20) % 2], (x, 21), 2)
            px(s, x - 1, 21, OINK)
            px(s, x + 1, 21, OINK)
    # ---- the floor
    for y in range(WALL_BOTTOM, h):
        r = rng(f"hall-row-{y // 4}")
        off = r.randrange(16)
        for x in range(w):
            if world == "real":
                c = boards_real(x + off, y, (y // 16) % 4)
            else:
                c = boards_other(x + off, y, (y // 16) % 4)
            px(s, x, y, c)
    # contact shadow along the skirting
    for y in range(WALL_BOTTOM, WALL_BOTTOM + 8):
        for x in range(w):
            if bayer(x, y) < (1 - (y - WALL_BOTTOM) / 8) * 0.7:
                blend_px(s, x, y, (10, 8, 14, 90 if world == "real" else 60))
    _runner(s, world)
    if world == "real":
        _creaky_boards(s)
    # a soft darkening towards the viewer
    for y in range(280, h):
        for x in range(w):
            if bayer(x, y) < (y - 280) / 60:
                blend_px(s, x, y, (*pal["wood"][0], 70))


def _runner(s: pygame.Surface, world: str) -> None:
    """A long hall runner in perspective: fringed, patterned; the real one worn thin."""
    x0, y0, rw, rh = RUNNER
    if world == "real":
        body = [(70, 52, 54), (92, 66, 66), (114, 84, 80), (134, 104, 94)]
        border = REAL["damask"]
    else:
        body = [(110, 14, 34), (150, 28, 44), (190, 48, 56), (226, 90, 70)]
        border = OTHER["gold"]
    wear = rng(f"runner-{world}")
    holes = {(wear.randrange(rw), wear.randrange(rh)) for _ in range(90)}
    for yy in range(rh):
        t = yy / (rh - 1)
        inset = int(10 * (1 - t))  # the far edge is a little shorter
        for xx in range(inset, rw - inset):
            X, Y = x0 + xx, y0 + yy
            edge = min(xx - inset, rw - inset - 1 - xx, yy, rh - 1 - yy)
            if edge < 1:
                c: Colour = body[0]
            elif edge < 4:
                c = border[1] if edge == 2 else border[2]
            elif edge < 5:
                c = body[0]
            else:
                # a row of medallions down the runner
                u = (xx - rw / 2) % 44 - 22
                v = yy - rh / 2
                d = abs(u) / 22 + abs(v) / (rh / 2 - 5)
                k = int(d * 4)
                c = body[[3, 2, 1, 2, 1][min(4, k)]]
                if world == "other" and abs(u) < 3 and abs(v) < 3:
                    c = border[3] if (abs(u) + abs(v)) % 3 else OINK  # a button in each
            if world == "real":
                # the walked-on path down the middle has lost its colour
                if abs(yy - rh / 2) < rh / 4 and bayer(X, Y) < 0.35:
                    c = lerp(c, (120, 110, 100), 0.5)  # type: ignore[assignment]
                if (xx, yy) in holes and edge > 4:
                    c = body[0]
            px(s, X, Y, c)
        # fringe at both ends
        for fx in (x0 + inset - 1, x0 + inset - 2, x0 + rw - inset, x0 + rw - inset + 1):
            if yy % 2 == 0:
                px(s, fx, y0 + yy, border[3] if world == "real" else OTHER["gold"][4])
    # a soft shadow under the near edge
    for xx in range(x0, x0 + rw):
        blend_px(s, xx, y0 + rh, (10, 8, 14, 90))


def _creaky_boards(s: pygame.Surface) -> None:
    """Two loose boards, slightly lifted, with nail heads standing proud."""
    x0, y0, w, h = CREAKY
    wood = REAL["wood"]
    for k, (bx, by, bw) in enumerate(((x0 + 6, y0 + 2, 38), (x0 + 30, y0 + 6, 40))):
        rect(s, wood[0], bx, by, bw, 1)
        rect(s, wood[4] if k == 0 else wood[3], bx, by + 1, bw, 1)
        rect(s, wood[3] if k == 0 else wood[2], bx, by + 2, bw, 2)
        rect(s, INK, bx, by + 4, bw, 1)  # the dark gap under the lifted edge
        vline(s, INK, bx - 1, by, by + 4)
        vline(s, INK, bx + bw, by, by + 4)
        for nx in (bx + 2, bx + bw - 3):
            px(s, nx, by + 1, REAL["metal"][4])
            px(s, nx, by + 2, REAL["metal"][1])


# =================================================================== windows and light
def grey_sky(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The hall window's overcast sky, pale at the top (``props.clear_sky`` on the party day)."""
    vgrad(s, REAL["rain"][::-1], gx, gy, gw, gh, 0.1, 0.55)


def window(s: pygame.Surface, world: str, sky: fu.Painter = grey_sky) -> tuple[int, int, int, int]:
    """A small sash window onto the garden side; the real one shows ``sky`` (a dry grey)."""
    w, h = s.get_size()
    ink = _ink(world)
    fr = REAL["plaster"] if world == "real" else OTHER["gold"]
    block(s, 0, 0, w, h - 6, fr, ink, light=2)
    gx, gy, gw, gh = WINDOW_GLASS
    if world == "real":
        sky(s, gx, gy, gw, gh)
        # the neighbour's wet slate roof and the firs beyond
        for xx in range(gx, gx + gw):
            top = gy + gh - 22 - int(4 * math.sin(xx * 0.4) + 2 * math.sin(xx * 1.1))
            for yy in range(top, gy + gh):
                px(s, xx, yy, REAL["wall"][0] if (xx + yy) % 4 else REAL["wall"][1])
        for xx in range(gx, gx + 26):
            ry = gy + gh - 16 + (xx - gx) // 3
            for yy in range(ry, gy + gh):
                px(s, xx, yy, (66, 70, 80) if (yy - ry) % 3 else (82, 88, 96))
    else:
        sky = [(255, 214, 150), (250, 170, 120), (200, 110, 140), (120, 80, 150)]
        vgrad(s, sky[::-1], gx, gy, gw, gh, 0.0, 1.0)
        soft_ellipse(s, (255, 246, 200), gx + gw * 0.3, gy + 12, 6, 6, 255, 2)
        for xx in range(gx, gx + gw):
            top = gy + gh - 16 - int(4 * math.sin(xx * 0.5))
            for yy in range(top, gy + gh):
                px(s, xx, yy, OTHER["green"][1 + ((xx * 3 + yy) % 5 == 0)])
        r = rng("other-hall-window")
        for _ in range(7):  # flowers in the hedge
            xx, yy = gx + r.randrange(gw), gy + gh - 12 + r.randrange(8)
            px(s, xx, yy, (255, 120, 170))
    mid = gy + gh // 2
    rect(s, fr[2], gx, mid - 1, gw, 3)
    hline(s, fr[3], gx, gx + gw - 1, mid - 1)
    vline(s, fr[2], gx + gw // 2, gy, gy + gh - 1)
    frame(s, fr[0], gx - 1, gy - 1, gw + 2, gh + 2)
    for k in range(5):
        px(s, gx + 3 + k, gy + 8 - k, (230, 236, 236) if world == "real" else (255, 244, 220))
    block(s, -2 + 2, h - 14, w, 6, fr, ink, light=3)  # sill
    shade_rect(s, (0, 0, 0, 60), 2, h - 8, w - 4, 3)
    return LAYOUT["hallway_window"][0] + gx, LAYOUT["hallway_window"][1] + gy, gw, gh


def clear_glass(paint: Callable[..., None], size: tuple[int, int],
                glass: tuple[int, int, int, int]) -> Callable[[pygame.Surface], None]:
    """The party day's layer over ``glass`` (local to a picture of ``size`` that
    ``paint(s, sky=...)`` draws): the pixels ``props.clear_sky`` changes from the grey view,
    the sky and the edges of what stands against it; the rest clear."""
    def grey_or_clear(s: pygame.Surface, drops: bool = False, **kw: object) -> tuple[int, int, int, int]:
        paint(s, **kw)
        return glass

    def draw(s: pygame.Surface) -> None:
        assert s.get_size() == glass[2:], "the sky is the glass"
        s.blit(props.glass_changes(grey_or_clear, size, sky=props.clear_sky), (0, 0))
    return draw


def rain(s: pygame.Surface) -> None:
    """Rain on the window glass: streaks, beads and a drip off the sill."""
    x, y, w, h = LAYOUT["hallway_window"]
    gx, gy, gw, gh = 5, 5, w - 10, h - 18
    r = rng("hallway-rain")
    for _ in range(gw * gh // 24):
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh)
        for k in range(r.randrange(2, 7)):
            if gy <= yy + k < gy + gh:
                px(s, xx + k // 3, yy + k, REAL["rain"][4] if k == 0 else REAL["rain"][3])
    for _ in range(gw * gh // 50):
        xx, yy = gx + r.randrange(gw), gy + r.randrange(gh - 1)
        px(s, xx, yy, (220, 228, 228))
        px(s, xx, yy + 1, REAL["rain"][0])
    # a grey wash: the sky is heavier while it rains
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            if s.get_at((xx, yy)).a == 0 and bayer(xx, yy) < 0.3:
                px(s, xx, yy, (84, 96, 104, 120))
    for k, dy in enumerate((0, 3, 7)):
        px(s, 14 + k * 13, h - 7 + dy // 3, REAL["rain"][3])


def radiator(s: pygame.Surface, world: str) -> None:
    w, h = s.get_size()
    ink = _ink(world)
    if world == "real":
        iron = [(52, 60, 56), (74, 84, 78), (98, 108, 100), (124, 132, 120)]
    else:
        iron = OTHER["gold"]
    floor_shadow(s, w / 2, h - 3, w / 2 - 2, 3)
    rect(s, ink, 3, 4, w - 6, h - 8)
    for i in range(9):  # columns
        cx = 5 + i * 6
        block(s, cx, 5, 6, h - 11, iron, ink, light=2)
        vline(s, iron[3], cx + 2, 8, h - 10)
        if world == "other":
            px(s, cx + 2, 12, (255, 255, 240))
    rect(s, iron[1], 4, 10, w - 8, 3)  # the top manifold
    rect(s, iron[1], 4, h - 14, w - 8, 3)
    for lx in (6, w - 10):  # feet
        rect(s, ink, lx, h - 6, 4, 5)
        rect(s, iron[1], lx + 1, h - 6, 2, 4)
    # valve: a wheel (real) or a button (other)
    vx, vy = w - 5, h - 18
    if world == "real":
        pygame.draw.circle(s, ink, (vx, vy), 4)
        pygame.draw.circle(s, (120, 40, 36), (vx, vy), 3)
        px(s, vx, vy, ink)
        # the paint is peeling: patches of rust
        r = rng("radiator-rust")
        for _ in range(26):
            xx, yy = 6 + r.randrange(w - 12), 8 + r.randrange(h - 20)
            px(s, xx, yy, (110, 70, 44) if r.random() < 0.6 else (140, 92, 58))
    else:
        pygame.draw.circle(s, ink, (vx, vy), 4)
        pygame.draw.circle(s, (230, 60, 90), (vx, vy), 3)
        for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            px(s, vx + dx, vy + dy, ink)
        # a wavy heat shimmer above it
        for k in range(3):
            for yy in range(0, 4):
                px(s, 14 + k * 14 + (yy % 2), yy, (255, 236, 190, 110))


def bulb(s: pygame.Surface, world: str) -> None:
    """A bare bulb on a flex (real) or a glass shade like a big button (other)."""
    w, h = s.get_size()
    cx = w // 2
    ink = _ink(world)
    if world == "real":
        vline(s, (30, 28, 30), cx, 0, 38)
        vline(s, (60, 56, 56), cx + 1, 0, 38)
        rect(s, ink, cx - 3, 38, 7, 6)
        rect(s, (120, 110, 90), cx - 2, 39, 5, 4)
        pygame.draw.circle(s, ink, (cx, 49), 6)
        pygame.draw.circle(s, (232, 214, 150), (cx, 49), 5)
        pygame.draw.circle(s, (252, 240, 196), (cx - 1, 48), 3)
        px(s, cx - 2, 46, (255, 255, 240))
        for dx in (-2, 0, 2):  # dust and a dead fly
            px(s, cx + dx, 44, (140, 126, 96))
        px(s, cx + 3, 51, ink)
    else:
        other_bulb(s, 0.0)


def other_bulb(s: pygame.Surface, angle: float) -> None:
    """The Other hallway's lamp, a glass shade like a big gold button on a chain, hung from the
    top centre of ``s`` and swung ``angle`` degrees (positive: its foot to the right). The
    shade is filled pixel by pixel in its own turned frame, so its shine stays on its upper
    left and its four holes stay round."""
    w, _ = s.get_size()
    ink, gold, fire = _ink("other"), OTHER["gold"], OTHER["fire"]
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    cx = w // 2

    def at(u: float, v: float) -> tuple[int, int]:
        """The point u right of the chain and v down it, in the picture."""
        return round(cx + u * ca + v * sa), round(-u * sa + v * ca)

    # the chain: gold links, a darker side on the right
    for v in range(0, 31):
        px(s, *at(0, v), gold[1])
        px(s, *at(1, v), gold[3])
    # the shade, a flattened disc 18 x 24 centred 42 down the chain (as the still lamp was)
    sx, sy = 0.5, 42.0
    for y in range(26, 60):
        for x in range(w):
            dx, dy = x - cx, y
            u = dx * ca - dy * sa - sx   # back into the lamp's own frame
            v = dx * sa + dy * ca - sy
            d = (u / 9.0) ** 2 + (v / 12.0) ** 2
            if d >= 1:
                continue
            if d > 0.78 or v > 10.5:
                c = ink
            elif ((u + 2.5) / 6.5) ** 2 + ((v + 5) / 5.5) ** 2 < 1:
                c = gold[4]  # the shine, upper left
            else:
                c = gold[3]
            px(s, x, y, c)
    for du, dv in ((-3, -2), (3, -2), (-3, 3), (3, 3)):  # four button holes
        hx, hy = at(du + sx, dv + sy)
        for ox, oy in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
            px(s, hx + ox, hy + oy, fire[1])


def bulb_strip() -> None:
    """The Other lamp's swing strip, frame 0 swung furthest left; the room's light overlay is
    baked in, as it lay over the still lamp (the effect is drawn above the overlay)."""
    x0, y0, fw, fh = LAYOUT["other_hallway_bulb_swing"]
    lit = pygame.image.load(str(PROPS / "other_hallway_light.png"))
    strip = surf(fw * BULB_FRAMES, fh)
    for i in range(BULB_FRAMES):
        one = surf(fw, fh)
        other_bulb(one, BULB_SWING * (2 * i / (BULB_FRAMES - 1) - 1))
        bake_light(one, lit, x0, y0)
        strip.blit(one, (i * fw, 0))
    save(strip, PROPS / "other_hallway_bulb_swing.png")


# =================================================================== doors
def fanlight_grey(s: pygame.Surface, gx: int, gy: int, gw: int, gh: int) -> None:
    """The overcast sky in the fanlight."""
    vgrad(s, REAL["rain"][::-1], gx, gy, gw, gh, 0.15, 0.5)


def front_door(s: pygame.Surface, sky: fu.Painter = fanlight_grey) -> None:
    """The heavy front door: fanlight (showing ``sky``), stained-glass panes, letterbox, a
    chain."""
    w, h = s.get_size()
    wood = REAL["wood"]
    block(s, 0, 0, w, h, wood, INK, light=3)
    rect(s, wood[4], 2, 2, w - 4, 2)
    # fanlight
    fx, fy, fw, fh = FANLIGHT
    rect(s, INK, fx - 1, fy - 1, fw + 2, fh + 2)
    sky(s, fx, fy, fw, fh)
    for k in range(5):
        ang = math.pi * (k + 1) / 6
        pygame.draw.line(s, wood[2], (fx + fw // 2, fy + fh),
                         (fx + fw // 2 + int(math.cos(ang) * fw / 2), fy + fh - int(math.sin(ang) * fh)))
    # the leaf
    ox, oy, ow, oh = 8, 26, w - 16, h - 26
    block(s, ox, oy, ow, oh, wood, INK, grain="front-door", light=2)
    # two stained-glass panes up top
    for i, gx in enumerate((ox + 6, ox + ow // 2 + 3)):
        gw, gy, gh = ow // 2 - 9, oy + 6, 30
        rect(s, INK, gx - 1, gy - 1, gw + 2, gh + 2)
        cols = [(92, 60, 70), (70, 88, 96), (110, 100, 60), (80, 100, 80)]
        for yy in range(gh):
            for xx in range(gw):
                k = ((xx // 4) + (yy // 5) + i) % 4
                c = cols[k]
                if xx % 4 == 0 or yy % 5 == 0:
                    c = (40, 36, 40)
                px(s, gx + xx, gy + yy, c)
    # lower panels
    for py0 in (oy + 42, oy + 66):
        frame(s, wood[1], ox + 6, py0, ow - 12, 20)
        hline(s, wood[4], ox + 7, ox + ow - 7, py0 + 20)
        vline(s, wood[4], ox + ow - 6, py0 + 1, py0 + 19)
    # letterbox, knob, the chain and a brass knocker
    rect(s, INK, ox + ow // 2 - 8, oy + 38, 16, 4)
    rect(s, REAL["metal"][3], ox + ow // 2 - 7, oy + 39, 14, 2)
    rect(s, INK, ox + ow - 10, oy + 50, 5, 5)
    rect(s, (176, 150, 80), ox + ow - 9, oy + 51, 3, 3)
    for k in range(7):
        px(s, ox + ow - 8 - k, oy + 26 + int(3 * math.sin(k / 6 * math.pi)), REAL["metal"][3])
    pygame.draw.circle(s, INK, (ox + ow // 2, oy + 20), 4, 1)
    px(s, ox + ow // 2, oy + 17, (176, 150, 80))
    # a worn doormat
    rect(s, INK, ox - 2, h - 4, ow + 4, 4)
    for xx in range(ox - 1, ox + ow + 2):
        px(s, xx, h - 3, (90, 74, 50) if xx % 2 else (110, 92, 62))
        px(s, xx, h - 2, (80, 66, 44))


def painted_door(s: pygame.Surface, front: bool) -> None:
    """A door painted on the wall: flat, bright, no depth; the skirting runs straight across."""
    w, h = s.get_size()
    x0, y0 = LAYOUT["other_hallway_painted_front" if front else "other_hallway_painted_study"][:2]
    for yy in range(h):
        for xx in range(w):
            px(s, xx, yy, _wall_at("other", x0 + xx, y0 + yy))
    paint = [(96, 40, 120), (132, 62, 150), (170, 96, 186), (210, 150, 220)] if front else \
        [(40, 96, 110), (56, 130, 140), (90, 170, 168), (150, 210, 196)]
    top_pad = 8 if front else 6
    dx0, dy0, dw = 6, top_pad, w - 12
    dy1 = h - 16  # it stops at the skirting: the painter did not bother with the floor
    r = rng(f"painted-{front}")
    for yy in range(dy0, dy1):
        wob = 1 if (yy // 7) % 3 == 0 else 0
        for xx in range(dx0 + wob, dx0 + dw - (1 - wob)):
            # long vertical brush strokes, flat colour
            stroke = (xx * 7 + r.randrange(2)) % 9
            c = paint[2] if stroke > 2 else paint[1]
            if xx - dx0 < 3 or dx0 + dw - xx < 4 or yy - dy0 < 3:
                c = paint[0]  # a painted "frame", the same on every side
            px(s, xx, yy, c)
    if front:
        # a painted fanlight: a yellow half-moon with rays drawn like a child's sun
        cx, cy = w // 2, dy0 + 18
        pygame.draw.circle(s, OTHER["gold"][3], (cx, cy), 13, draw_top_left=True,
                           draw_top_right=True)
        for k in range(7):
            ang = math.pi * k / 6
            pygame.draw.line(s, OTHER["gold"][1], (cx, cy),
                             (cx + int(math.cos(ang) * 12), cy - int(math.sin(ang) * 12)))
        hline(s, paint[0], dx0 + 3, dx0 + dw - 4, cy + 1)
    # painted panels: just lines, no shading
    for py0, ph in ((dy0 + (32 if front else 10), 24), (dy0 + (62 if front else 44), 24)):
        if py0 + ph < dy1 - 2:
            frame(s, paint[3], dx0 + 7, py0, dw - 14, ph)
    # the "knob" is a big sewn-on button
    kx, ky = dx0 + dw - 9, (dy0 + dy1) // 2 + 6
    pygame.draw.circle(s, OINK, (kx, ky), 4)
    pygame.draw.circle(s, OTHER["gold"][2], (kx, ky), 3)
    for ddx, ddy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        px(s, kx + ddx, ky + ddy, OINK)
    # drips where the paint ran, and one over the skirting
    for ddx, ln in ((9, 5), (dw - 14, 8), (dw // 2, 19)):
        for yy in range(dy1, dy1 + ln):
            px(s, dx0 + ddx, yy, paint[1] if yy < dy1 + ln - 1 else paint[0])
        px(s, dx0 + ddx + 1, dy1, paint[1])
    # a painted shadow that falls the wrong way
    for yy in range(dy0 + 2, dy1):
        px(s, dx0 - 1, yy, paint[0])
        px(s, dx0 - 2, yy, OTHER["wall"][1])


def bathroom_door(s: pygame.Surface, world: str) -> None:
    w, h = s.get_size()
    fu.doorway(s, world, inside="closed")
    ink = _ink(world)
    if world == "real":
        # a cardboard sign, taped on crooked: the bathroom is full of boxes
        pts = [(16, 22), (40, 19), (42, 33), (18, 36)]
        pygame.draw.polygon(s, REAL["card"][3], pts)
        pygame.draw.polygon(s, ink, pts, 1)
        for k, ch in enumerate("BOXES!"):
            if ch != " ":
                px(s, 20 + k * 3, 27 - k // 3, (40, 36, 44))
                px(s, 21 + k * 3, 28 - k // 3, (40, 36, 44))
        rect(s, (186, 170, 128), 15, 20, 4, 3)
        rect(s, (186, 170, 128), 38, 17, 4, 3)
        # a corner of a box sticks out under the door
        rect(s, REAL["card"][2], 20, h - 3, 14, 3)
        hline(s, ink, 20, 33, h - 4)
    else:
        # a little enamel plaque with a bath and a heart
        rect(s, ink, 18, 20, 22, 12)
        rect(s, (250, 240, 228), 19, 21, 20, 10)
        rect(s, (90, 150, 210), 23, 25, 10, 3)
        px(s, 35, 24, (230, 60, 90))
        px(s, 36, 24, (230, 60, 90))
        px(s, 35, 25, (230, 60, 90))


# =================================================================== coats, umbrellas, table
def _coat(s: pygame.Surface, x: int, y: int, w: int, ln: int, fabric: list, ink: Colour,
          belt: bool = False) -> None:
    """A coat hanging from a hook at (x + w/2, y): narrow shoulders, wider hem, folds."""
    cx = x + w // 2
    pts = [(cx - 4, y), (cx + 4, y), (x + w - 2, y + 6), (x + w, y + ln), (x, y + ln), (x + 2, y + 6)]
    pygame.draw.polygon(s, fabric[2], pts)
    for k in range(3):  # folds
        fx = x + 4 + k * (w - 8) // 2
        pygame.draw.line(s, fabric[1], (cx + (fx - cx) // 3, y + 8), (fx, y + ln - 1))
    pygame.draw.line(s, fabric[3], (x + 3, y + 6), (x + 2, y + ln - 2))
    pygame.draw.polygon(s, ink, pts, 1)
    # sleeves hanging at the sides, and a pocket flap
    for sx in (x + 2, x + w - 5):
        rect(s, ink, sx - 1, y + 6, 5, int(ln * 0.62))
        rect(s, fabric[1] if sx > cx else fabric[3], sx, y + 7, 3, int(ln * 0.62) - 2)
        hline(s, fabric[0], sx, sx + 2, y + 5 + int(ln * 0.62) - 2)
    hline(s, fabric[0], cx + 2, cx + 5, y + ln - 12)
    # collar, sleeves hanging, buttons
    pygame.draw.polygon(s, fabric[1], [(cx - 4, y), (cx, y + 6), (cx + 4, y)])
    for k in range(3):
        px(s, cx, y + 10 + k * 7, fabric[0])
    if belt:
        hline(s, fabric[0], x + 1, x + w - 1, y + ln // 2)


def coats(s: pygame.Surface, world: str) -> None:
    """A hook board with the family's raincoats; wellies underneath."""
    w, h = s.get_size()
    ink = _ink(world)
    wood = REAL["wood"] if world == "real" else OTHER["wood"]
    block(s, 2, 6, w - 4, 7, wood, ink, light=3)
    hook_xs = (10, 24, 38, 50)
    for hx in hook_xs:
        if world == "real":
            rect(s, ink, hx - 1, 9, 3, 5)
            px(s, hx, 10, REAL["metal"][3])
        else:  # the hooks are buttons
            pygame.draw.circle(s, ink, (hx, 11), 3)
            pygame.draw.circle(s, OTHER["gold"][3], (hx, 11), 2)
            px(s, hx, 11, ink)
    if world == "real":
        mom = [(40, 58, 44), (54, 78, 58), (70, 98, 72), (92, 120, 90)]
        dad = [(86, 76, 56), (112, 100, 74), (138, 124, 94), (162, 148, 114)]
        _coat(s, 2, 13, 18, 44, mom, ink)
        _coat(s, 16, 13, 18, 48, dad, ink, belt=True)
        # Coraline's hook: empty but for a name on masking tape; a striped scarf on the last
        rect(s, (200, 190, 150), 33, 15, 11, 3)
        for k in range(4):
            px(s, 34 + k * 2, 16, (40, 36, 44))
        for yy in range(13, 44):
            c = REAL["rose"][2] if (yy // 3) % 2 else REAL["rain"][3]
            hline(s, c, 48, 51, yy)
            px(s, 47, yy, ink)
            px(s, 52, yy, ink)
        for k in range(4):
            px(s, 48 + k, 44 + (k % 2), REAL["rose"][1])
    else:
        mom = OTHER["fabric"]
        dad = [(150, 80, 20), (200, 120, 30), (236, 160, 50), (255, 206, 100)]
        mine = [(170, 120, 10), (222, 176, 30), (250, 214, 60), (255, 240, 150)]
        _coat(s, 2, 13, 18, 44, mom, ink)
        _coat(s, 16, 13, 18, 48, dad, ink, belt=True)
        # a small yellow raincoat, brand new, exactly her size, with button buttons
        _coat(s, 32, 13, 16, 34, mine, ink)
        for k in range(3):
            pygame.draw.circle(s, OINK, (40, 23 + k * 7), 1)
        # a ribbon hanging from the last hook
        for yy in range(13, 40):
            px(s, 50 + (yy // 5) % 2, yy, (230, 60, 90))
    # wellies on the floor below
    boots = [((6, 16), (60, 70, 56)), ((20, 30), (60, 50, 44))] if world == "real" else \
        [((6, 16), (200, 40, 70)), ((20, 30), (40, 110, 200)), ((36, 44), (250, 210, 50))]
    floor_shadow(s, w / 2, h - 3, w / 2 - 4, 3)
    for (bx0, bx1), col in boots:
        lit = tuple(min(255, c + 40) for c in col)
        dark = tuple(max(0, c - 24) for c in col)
        for bx in (bx0, bx0 + (bx1 - bx0) // 2 + 1):
            # a welly in profile: tall shaft, a foot pointing left, a thick sole
            pts = [(bx, h - 20), (bx + 5, h - 20), (bx + 5, h - 3), (bx - 3, h - 3),
                   (bx - 3, h - 6), (bx, h - 8)]
            pygame.draw.polygon(s, col, pts)
            pygame.draw.polygon(s, ink, pts, 1)
            vline(s, lit, bx + 1, h - 19, h - 9)
            hline(s, dark, bx, bx + 4, h - 18)  # the rim
            hline(s, ink, bx - 3, bx + 5, h - 3)
    if world == "real":
        # a muddy puddle from the boots
        soft_ellipse(s, (70, 58, 44), 20, h - 2, 18, 2, 120, 2)


def umbrellas(s: pygame.Surface, world: str) -> None:
    w, h = s.get_size()
    ink = _ink(world)
    floor_shadow(s, w / 2, h - 3, w / 2, 3)
    if world == "real":
        tin = REAL["metal"]
        cols = [(50, 56, 70), (90, 50, 50), (40, 40, 44)]
    else:
        tin = OTHER["gold"]
        cols = [(230, 60, 90), (60, 140, 220), (250, 200, 50)]
    # umbrellas first (behind the rim)
    for ux, top, col in ((6, 10, cols[0]), (11, 2, cols[1]), (16, 14, cols[2])):
        pts = [(ux - 3, h - 20), (ux + 3, h - 20), (ux + 1, top + 6), (ux - 1, top + 6)]
        pygame.draw.polygon(s, col, pts)
        pygame.draw.polygon(s, ink, pts, 1)
        # crook handles
        pygame.draw.arc(s, ink, pygame.Rect(ux - 4, top, 6, 7), 0, math.pi, 2)
        vline(s, ink, ux, top + 3, top + 6)
    block(s, 1, h - 26, w - 2, 24, tin, ink, light=2)
    for xx in range(3, w - 3, 3):
        vline(s, tin[1], xx, h - 23, h - 4)
    hline(s, tin[4], 2, w - 3, h - 25)
    if world == "other":
        for xx in range(5, w - 4, 6):
            pygame.draw.circle(s, OINK, (xx, h - 14), 2)
            px(s, xx, h - 14, OTHER["fire"][3])


def phone_table(s: pygame.Surface, world: str) -> None:
    """A spindly telephone table; an old rotary phone, a notepad, the phone book."""
    w, h = s.get_size()
    ink = _ink(world)
    wood = REAL["wood"] if world == "real" else OTHER["wood"]
    floor_shadow(s, w / 2, h - 3, w / 2 - 2, 3)
    ty = 34  # table top (about 30 px above the floor)
    block(s, 0, ty, w, 6, wood, ink, light=4)
    block(s, 3, ty + 5, w - 6, 8, wood, ink, grain=f"phonetable-{world}", light=2)
    rect(s, REAL["metal"][3] if world == "real" else OTHER["gold"][3], w // 2 - 2, ty + 8, 4, 2)
    for lx in (4, w - 7):
        rect(s, ink, lx, ty + 12, 3, h - ty - 14)
        vline(s, wood[3], lx + 1, ty + 12, h - 3)
    # shelf with the phone book
    block(s, 5, h - 16, w - 10, 4, wood, ink, light=2)
    book = REAL["card"] if world == "real" else [(160, 40, 40), (200, 60, 50), (230, 100, 70),
                                                 (250, 160, 110), (255, 220, 170)]
    block(s, 9, h - 24, 22, 8, book, ink, light=2)
    hline(s, (230, 224, 200), 10, 29, h - 19)
    # the rotary phone
    body = [(24, 28, 26), (40, 46, 42), (58, 66, 60), (80, 90, 82)] if world == "real" else \
        [(90, 10, 30), (150, 24, 50), (210, 50, 70), (250, 120, 120)]
    cx = 18
    pygame.draw.polygon(s, ink, [(cx - 12, ty), (cx - 9, ty - 12), (cx + 9, ty - 12), (cx + 12, ty)])
    pygame.draw.polygon(s, body[2], [(cx - 11, ty - 1), (cx - 8, ty - 11), (cx + 8, ty - 11),
                                     (cx + 11, ty - 1)])
    hline(s, body[3], cx - 7, cx + 7, ty - 10)
    # the dial
    pygame.draw.circle(s, ink, (cx, ty - 5), 5)
    pygame.draw.circle(s, (226, 220, 200) if world == "real" else OTHER["gold"][3], (cx, ty - 5), 4)
    for k in range(8):
        ang = k / 8 * 2 * math.pi
        px(s, cx + round(math.cos(ang) * 3), ty - 5 + round(math.sin(ang) * 3), ink)
    px(s, cx, ty - 5, body[1])
    # handset on its cradle
    rect(s, ink, cx - 12, ty - 17, 24, 5)
    rect(s, body[2], cx - 11, ty - 16, 22, 3)
    hline(s, body[3], cx - 10, cx + 10, ty - 16)
    rect(s, ink, cx - 13, ty - 18, 6, 6)
    rect(s, ink, cx + 7, ty - 18, 6, 6)
    rect(s, body[1], cx - 12, ty - 17, 4, 4)
    rect(s, body[1], cx + 8, ty - 17, 4, 4)
    # the curly cord
    for k in range(10):
        px(s, cx + 12 + (k % 2), ty - 6 + k, ink)
    # notepad and pencil
    rect(s, ink, w - 14, ty - 3, 11, 4)
    rect(s, (232, 228, 210), w - 13, ty - 2, 9, 2)
    pygame.draw.line(s, (200, 160, 40), (w - 12, ty - 5), (w - 5, ty - 7))
    if world == "other":
        # a note in a curly hand (unreadable at this size) and a heart
        px(s, w - 10, ty - 2, (230, 60, 90))


def photo(s: pygame.Surface, world: str) -> None:
    """A framed family snapshot: Dad, Mom and Coraline (younger, before the blue hair)."""
    w, h = s.get_size()
    ink = _ink(world)
    if world == "real":
        fr = [(60, 50, 40), (84, 70, 54), (108, 92, 70), (130, 114, 88)]
        bg = [(96, 104, 96), (120, 126, 114), (140, 144, 128)]
    else:
        fr = OTHER["gold"]
        bg = [(120, 190, 240), (170, 220, 250), (250, 240, 200)]
    block(s, 0, 4, w, h - 4, fr, ink, light=2)
    pygame.draw.line(s, ink, (w // 2 - 8, 4), (w // 2, 0))
    pygame.draw.line(s, ink, (w // 2 + 8, 4), (w // 2, 0))
    cx0, cy0, cw, ch = 4, 8, w - 8, h - 12
    vgrad(s, bg, cx0, cy0, cw, ch, 0.0, 1.0)
    if world == "real":
        # faded seaside: a grey sea line
        hline(s, (90, 110, 120), cx0, cx0 + cw - 1, cy0 + 10)
    else:
        hline(s, (60, 140, 220), cx0, cx0 + cw - 1, cy0 + 10)
    skin = (214, 180, 150) if world == "real" else (250, 200, 170)

    def person(x: int, top: int, hair: Colour, body: Colour, tall: int) -> None:
        rect(s, hair, x - 2, top, 5, 2)
        rect(s, skin, x - 2, top + 2, 5, 4)
        rect(s, hair, x - 2, top + 2, 1, 2)
        rect(s, body, x - 3, top + 6, 7, tall)
        if world == "real":
            px(s, x - 1, top + 3, (50, 40, 40))
            px(s, x + 1, top + 3, (50, 40, 40))
        else:  # buttons for eyes, even in the photo
            px(s, x - 1, top + 3, OINK)
            px(s, x + 1, top + 3, OINK)
            px(s, x - 1, top + 4, OTHER["gold"][1])
            px(s, x + 1, top + 4, OTHER["gold"][1])
        px(s, x, top + 5, (150, 70, 70))

    bottom = cy0 + ch
    person(cx0 + 7, bottom - 20, (90, 70, 50), (150, 140, 110) if world == "real" else (236, 160, 50), 14)
    mom_coat = (70, 100, 74) if world == "real" else OTHER["fabric"][3]
    person(cx0 + cw - 8, bottom - 19, (100, 70, 50), mom_coat, 13)
    kid_hair = (100, 70, 50) if world == "real" else (50, 100, 190)
    person(cx0 + cw // 2, bottom - 14, kid_hair, (230, 190, 60), 8)
    frame(s, fr[0], cx0 - 1, cy0 - 1, cw + 2, ch + 2)
    if world == "real":
        # sun-faded: a pale wash over the whole print, stronger in one corner
        for yy in range(cy0, cy0 + ch):
            for xx in range(cx0, cx0 + cw):
                if bayer(xx, yy) < 0.25 + 0.3 * (xx - cx0) / cw * (1 - (yy - cy0) / ch):
                    blend_px(s, xx, yy, (200, 196, 176, 90))
        # the frame hangs crooked: the nail has slipped (a gap of wall shows at one corner)
        px(s, w - 2, 5, ink)


# =================================================================== the mirror
def mirror(s: pygame.Surface, world: str) -> None:
    """A tall antique pier mirror on little claw feet, with an arched top and a carved crest."""
    w, h = s.get_size()
    ink = _ink(world)
    if world == "real":
        fr = [(30, 22, 18), (48, 34, 26), (66, 48, 36), (86, 64, 46), (108, 82, 58)]
    else:
        fr = OTHER["gold"]
    floor_shadow(s, w / 2, h - 3, w / 2 - 2, 4, 140)
    gx, gy, gw, gh = GLASS
    # outer frame: a rounded arch on top
    body = pygame.Rect(1, 8, w - 2, h - 14)
    pygame.draw.rect(s, ink, body, border_top_left_radius=24, border_top_right_radius=24)
    inner = body.inflate(-2, -2)
    pygame.draw.rect(s, fr[2], inner, border_top_left_radius=23, border_top_right_radius=23)
    # bevel light on the left, shade on the right
    for yy in range(inner.top, inner.bottom):
        for xx in range(inner.left, inner.right):
            if s.get_at((xx, yy))[:3] != fr[2]:
                continue
            u = (xx - inner.left) / inner.width
            t = 0.75 - 0.6 * u
            px(s, xx, yy, dither_pick(fr[1:], t, xx, yy))
    # carving: a bead line around the glass
    glass_rect = pygame.Rect(gx, gy, gw, gh)
    pygame.draw.rect(s, ink, glass_rect.inflate(4, 4), border_top_left_radius=20,
                     border_top_right_radius=20)
    pygame.draw.rect(s, fr[3], glass_rect.inflate(2, 2), border_top_left_radius=19,
                     border_top_right_radius=19)
    # the glass
    pygame.draw.rect(s, (0, 0, 0), glass_rect, border_top_left_radius=18,
                     border_top_right_radius=18)
    if world == "real":
        shades = [(40, 50, 48), (58, 70, 66), (78, 92, 86), (100, 114, 106), (132, 146, 136)]
    else:
        shades = [(150, 70, 70), (200, 110, 90), (236, 160, 120), (255, 206, 160), (255, 240, 210)]
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            if s.get_at((xx, yy))[:3] != (0, 0, 0):
                continue
            # the reflected hall: a lighter band where the opposite wall is, dark floor below
            v = (yy - gy) / gh
            t = 0.55 + 0.2 * math.sin(v * 3.0) - (0.35 if v > 0.72 else 0)
            t += 0.12 * (1 - (xx - gx) / gw)
            px(s, xx, yy, dither_pick(shades, t, xx, yy))
    # the reflected far wall: its dado line, and the bulb hanging in the glass
    hline(s, shades[1], gx, gx + gw - 1, gy + int(gh * 0.55))
    hline(s, shades[3], gx, gx + gw - 1, gy + int(gh * 0.55) - 1)
    for k in range(int(gh * 0.22)):
        if k % 2 == 0:
            px(s, gx + gw - 12, gy + k, shades[1])
    soft_ellipse(s, shades[4], gx + gw - 12, gy + int(gh * 0.22) + 2, 6, 6, 160, 3)
    px(s, gx + gw - 12, gy + int(gh * 0.22) + 2, (250, 244, 220))
    # glints: two diagonal strokes
    for k in range(16):
        px(s, gx + 6 + k // 2, gy + 40 - k, shades[4])
        if k < 10:
            px(s, gx + 12 + k // 2, gy + 42 - k, shades[3])
    if world == "real":
        # foxing: the silvering has gone spotty at the edges
        r = rng("mirror-foxing")
        for _ in range(120):
            xx = gx + (r.randrange(6) if r.random() < 0.5 else gw - 1 - r.randrange(6))
            yy = gy + 14 + r.randrange(gh - 14)
            if s.get_at((xx, yy))[:3] in shades:
                px(s, xx, yy, (110, 100, 72) if r.random() < 0.5 else (70, 66, 52))
        for yy in range(gy + gh - 12, gy + gh):
            for xx in range(gx, gx + gw):
                if bayer(xx, yy) < (yy - (gy + gh - 12)) / 16:
                    px(s, xx, yy, (86, 80, 62))
        # a hairline crack across the lower corner
        for k in range(10):
            px(s, gx + gw - 1 - k, gy + gh - 26 + k + (k // 4), (150, 162, 152))
    # crest at the top of the arch
    cx = w // 2
    if world == "real":
        pts = [(cx - 10, 12), (cx - 6, 2), (cx, 0), (cx + 6, 2), (cx + 10, 12)]
        pygame.draw.polygon(s, fr[3], pts)
        pygame.draw.polygon(s, ink, pts, 1)
        pygame.draw.circle(s, ink, (cx, 6), 3)
        pygame.draw.circle(s, fr[1], (cx, 6), 2)
        for dx in (-7, 7):  # carved leaves
            px(s, cx + dx, 9, fr[4])
            px(s, cx + dx + (1 if dx < 0 else -1), 8, fr[4])
    else:
        pygame.draw.circle(s, ink, (cx, 7), 8)
        pygame.draw.circle(s, fr[3], (cx, 7), 7)
        pygame.draw.circle(s, fr[2], (cx, 7), 5)
        for dx, dy in ((-2, -2), (2, -2), (-2, 2), (2, 2)):
            pygame.draw.circle(s, ink, (cx + dx, 7 + dy), 1)
        px(s, cx - 4, 3, fr[4])
        # a small gilt keyhole at the bottom of the frame: this glass opens
        kx, ky = cx, h - 12
        pygame.draw.circle(s, ink, (kx, ky - 1), 2)
        rect(s, ink, kx - 1, ky, 3, 3)
    # base rail and claw feet
    block(s, 2, h - 10, w - 4, 5, fr, ink, light=3)
    for fx in (4, w - 12):
        rect(s, ink, fx, h - 6, 8, 5)
        rect(s, fr[2], fx + 1, h - 6, 6, 3)
        for k in range(3):
            px(s, fx + 1 + k * 3, h - 2, fr[1])


def mirror_parents(s: pygame.Surface) -> None:
    """Inside the glass: a cold grey nowhere, and Mom and Dad pressed against it, pale."""
    gx, gy, gw, gh = GLASS
    mist = [(20, 24, 34), (32, 38, 50), (46, 54, 66), (62, 72, 82), (84, 94, 102)]
    clip = surf(s.get_width(), s.get_height())
    pygame.draw.rect(clip, (255, 255, 255), pygame.Rect(gx, gy, gw, gh),
                     border_top_left_radius=18, border_top_right_radius=18)
    for yy in range(gy, gy + gh):
        for xx in range(gx, gx + gw):
            if clip.get_at((xx, yy)).a == 0:
                continue
            v = (yy - gy) / gh
            t = 0.15 + 0.35 * math.sin(v * math.pi) + 0.1 * math.sin(xx * 0.3 + yy * 0.05)
            px(s, xx, yy, dither_pick(mist, t, xx, yy))
    pale = (204, 210, 216)
    pale_d = (164, 172, 184)
    hollow = (34, 38, 52)
    rims = (96, 104, 122)

    def figure(cx: int, top: int, hair: list, coat: list, mom: bool, shirt: Colour) -> None:
        """Head and shoulders at about 1.5x sprite scale: they stand right behind the glass."""
        # coat: shoulders widening, fading into the grey below
        sy = top + 19
        for yy in range(sy, gy + gh):
            t = (yy - sy) / max(1, gy + gh - sy)
            half = min(11, 6 + (yy - sy))
            for xx in range(cx - half, cx + half + 1):
                if bayer(xx, yy) < t * 1.1 - 0.1:
                    continue
                if xx in (cx - half, cx + half) or yy == sy:
                    c = INK
                else:
                    c = dither_pick(coat, 0.75 - 0.55 * (xx - cx + half) / (2 * half), xx, yy)
                    if abs(xx - cx) <= 2 - (yy - sy) // 6 and yy < sy + 12:
                        c = shirt  # the shirt in the open neck of the coat
                px(s, xx, yy, c)
        rect(s, pale_d, cx - 1, top + 16, 3, 4)  # neck
        # hair mass behind the face, then the face
        pygame.draw.ellipse(s, INK, pygame.Rect(cx - 8, top - 1, 17, 18))
        pygame.draw.ellipse(s, hair[1], pygame.Rect(cx - 7, top, 15, 16))
        if mom:
            pygame.draw.circle(s, INK, (cx + 1, top - 2), 5)
            pygame.draw.circle(s, hair[1], (cx + 1, top - 2), 4)
            px(s, cx, top - 4, hair[2])
            px(s, cx - 1, top - 3, hair[2])
        else:
            for dx in (-5, -2, 1, 4):  # unruly tufts
                px(s, cx + dx, top - 2, INK)
                px(s, cx + dx, top - 1, hair[1])
        pygame.draw.ellipse(s, INK, pygame.Rect(cx - 6, top + 4, 13, 15))
        pygame.draw.ellipse(s, pale, pygame.Rect(cx - 5, top + 5, 11, 13))
        for yy in range(top + 7, top + 17):  # the shadow side of the face
            px(s, cx + 4, yy, pale_d)
            if yy > top + 12:
                px(s, cx + 3, yy, pale_d)
        # hair over the forehead
        for xx in range(cx - 5, cx + 6):
            depth = 2 if mom and xx < cx + 2 else 1
            for k in range(depth + (1 if (xx + cx) % 3 == 0 else 0)):
                px(s, xx, top + 5 + k, hair[2] if k == 0 else hair[1])
        # tired, staring eyes behind glasses; grey rings under them
        for ex in (cx - 3, cx + 2):
            px(s, ex, top + 10, hollow)
            px(s, ex + (1 if ex > cx else -1) * 0, top + 11, pale_d)
            frame(s, rims, ex - 2, top + 8, 5, 4)
        hline(s, rims, cx - 1, cx, top + 9)
        # a mouth open on a word that makes no sound
        rect(s, hollow, cx - 1, top + 14, 2, 2)
        px(s, cx - 1, top + 13, pale_d)

    def arm(pts: list[tuple[int, int]], col: Colour) -> None:
        pygame.draw.lines(s, INK, False, pts, 5)
        pygame.draw.lines(s, col, False, pts, 3)

    def hand(hx: int, hy: int, left: bool) -> None:
        """A palm flattened against the glass: bright where it presses, fingers spread."""
        soft_ellipse(s, (200, 214, 226), hx + 3, hy + 1, 10, 10, 60, 3)  # breath-fog of cold
        rect(s, INK, hx - 1, hy - 1, 8, 9)
        rect(s, (224, 230, 236), hx, hy, 6, 7)
        rect(s, (246, 250, 252), hx + 1, hy + 1, 4, 4)
        for k in range(4):
            fx = hx + k * 2 - (1 if left else 0) + (0 if left else 1)
            length = 5 - abs(k - 1)
            vline(s, INK, fx - 1, hy - length - 1, hy - 1)
            vline(s, INK, fx + 1, hy - length - 1, hy - 1)
            vline(s, (236, 240, 244), fx, hy - length, hy - 1)
            px(s, fx, hy - length - 1, INK)
        tx = hx - 3 if left else hx + 6
        rect(s, INK, tx, hy + 1, 4, 4)
        rect(s, (236, 240, 244), tx + (1 if left else 0), hy + 2, 3, 2)

    mom_hair = [(70, 62, 60), (98, 86, 80), (124, 112, 104)]
    dad_hair = [(76, 66, 58), (106, 92, 82), (132, 118, 106)]
    mom_coat = [(64, 84, 76), (88, 110, 98), (116, 136, 124), (146, 162, 150)]
    dad_coat = [(92, 90, 80), (120, 116, 104), (146, 142, 128), (172, 168, 154)]
    mx, my = gx + 14, gy + 38  # Mom's head (left, a little higher)
    dx, dy = gx + 35, gy + 48  # Dad's head
    # arms first, so the heads sit in front of the shoulders
    arm([(mx - 8, my + 24), (mx - 11, my + 10), (gx + 6, gy + 30)], mom_coat[1])
    arm([(mx + 8, my + 24), (mx + 10, my + 8), (gx + 24, gy + 22)], mom_coat[2])
    arm([(dx + 9, dy + 24), (dx + 11, dy + 10), (gx + 43, gy + 34)], dad_coat[1])
    figure(mx, my, mom_hair, mom_coat, True, (150, 154, 160))
    figure(dx, dy, dad_hair, dad_coat, False, (150, 170, 198))
    hand(gx + 3, gy + 28, True)
    hand(gx + 21, gy + 18, False)
    hand(gx + 40, gy + 32, False)
    # breath that does not fog, and a smear where a finger dragged down the glass
    for k in range(14):
        px(s, gx + 24 + (k // 5), gy + 27 + k, (138, 150, 162))
    # the glass edge stays the mirror's, a cold rim light
    for yy in range(gy, gy + gh):
        for xx in (gx, gx + gw - 1):
            if clip.get_at((xx, yy)).a:
                px(s, xx, yy, (120, 134, 146))


# =================================================================== foreground
def boxes_fg(s: pygame.Surface) -> None:
    """Moving boxes, close to the viewer in the corner: the overflow from the bathroom."""
    w, h = s.get_size()
    fu.moving_box(s, 30, 30, 56, 52, "hall-fg-1", "BATHROOM")
    fu.moving_box(s, -6, 14, 44, 68, "hall-fg-2", "TOWELS ETC")
    fu.moving_box(s, 4, 0, 30, 20, "hall-fg-3", "", open_top=True)
    # a rubber duck peeking out of the open one
    pygame.draw.circle(s, INK, (17, 2), 4)
    pygame.draw.circle(s, (220, 190, 60), (17, 2), 3)
    px(s, 20, 2, (200, 110, 40))
    px(s, 16, 1, INK)


def gifts_fg(s: pygame.Surface) -> None:
    """Where the real hall has moving boxes: a pile of wrapped presents with big bows."""
    w, h = s.get_size()
    wraps = [((40, 28, 48, 54), [(160, 20, 60), (210, 40, 80), (240, 90, 120)], OTHER["gold"][3]),
             ((-4, 16, 46, 66), [(30, 80, 160), (50, 120, 210), (100, 170, 240)], (255, 240, 240)),
             ((6, 0, 28, 20), OTHER["green"][1:], (230, 60, 90))]
    for (x, y, bw, bh), wrap, ribbon in wraps:
        rect(s, OINK, x, y, bw, bh)
        vgrad(s, wrap, x + 1, y + 1, bw - 2, bh - 2, 0.9, 0.2)
        for yy in range(y + 2, y + bh - 1, 6):  # polka dots like buttons
            for xx in range(x + 3 + (yy // 6 % 2) * 3, x + bw - 2, 6):
                px(s, xx, yy, wrap[-1])
        rect(s, ribbon, x + bw // 2 - 2, y + 1, 4, bh - 2)
        rect(s, ribbon, x + 1, y + bh // 2 - 2, bw - 2, 4)
        bx, by = x + bw // 2, y
        for dx in (-5, 5):
            pygame.draw.ellipse(s, OINK, pygame.Rect(bx + dx - 4, by - 4, 9, 7))
            pygame.draw.ellipse(s, ribbon, pygame.Rect(bx + dx - 3, by - 3, 7, 5))
        pygame.draw.circle(s, OINK, (bx, by), 3)
        pygame.draw.circle(s, ribbon, (bx, by), 2)


# =================================================================== overlays
def _light(world: str) -> None:
    b = LAYOUT["hallway_bulb"]
    win = LAYOUT["hallway_window"]
    gx0, gx1 = win[0] + 5, win[0] + win[2] - 5
    if world == "real":
        # the cold grey shaft from the window; on the party day (``hallway_light_clear``) the
        # same shaft is sunlight
        for name, shaft in (("hallway_light", (210, 226, 232, 34)),
                            ("hallway_light_clear", SUN)):
            props.light_overlay(
                name, 640,
                spots=[(b[0] + 9, b[1] + 49, 70, 44, (255, 214, 140), 46),
                       (b[0] + 9, b[1] + 49, 22, 16, (255, 236, 180), 70),
                       (b[0] + 9, 262, 90, 22, (255, 210, 140), 30)],
                shafts=[(gx0, gx1, 214, 300, 50, shaft[:3], shaft[3])],
                vignette=(16, 20, 26), vig_a=130)
    else:
        m = LAYOUT["other_hallway_mirror"]
        props.light_overlay(
            "other_hallway_light", 640,
            spots=[(b[0] + 9, b[1] + 42, 110, 60, (255, 210, 130), 60),
                   (b[0] + 9, b[1] + 42, 34, 22, (255, 240, 190), 70),
                   (b[0] + 9, 262, 150, 30, (255, 200, 120), 40),
                   (m[0] + 30, m[1] + 70, 40, 60, (255, 230, 170), 40)],
            shafts=[(gx0, gx1, 214, 300, 50, (255, 190, 150), 40)],
            vignette=(60, 16, 30), vig_a=70)


def _night() -> None:
    win = LAYOUT["hallway_window"]
    glass = (win[0] + 5, win[1] + 5, win[2] - 10, win[3] - 18)
    props.night_overlay("hallway_night", [glass], (glass[0] + 4, glass[0] + glass[2] - 4, 214, 300, 50))


# =================================================================== build
def build() -> None:
    for world, pre in (("real", "hallway_"), ("other", "other_hallway_")):
        make_prop(LAYOUT, pre + "backdrop", lambda s, w=world: backdrop(s, w))
        inside = "dark" if world == "real" else "closed"
        make_prop(LAYOUT, pre + "door_bedroom", lambda s, w=world, i=inside: fu.doorway(s, w, inside=i))
        make_prop(LAYOUT, pre + "door_living_room", lambda s, w=world, i=inside: fu.doorway(s, w, inside=i))
        make_prop(LAYOUT, pre + "window", lambda s, w=world: window(s, w))
        make_prop(LAYOUT, pre + "radiator", lambda s, w=world: radiator(s, w))
        make_prop(LAYOUT, pre + "coats", lambda s, w=world: coats(s, w))
        make_prop(LAYOUT, pre + "umbrellas", lambda s, w=world: umbrellas(s, w))
        make_prop(LAYOUT, pre + "phone_table", lambda s, w=world: phone_table(s, w))
        make_prop(LAYOUT, pre + "photo", lambda s, w=world: photo(s, w))
        make_prop(LAYOUT, pre + "mirror", lambda s, w=world: mirror(s, w))
        make_prop(LAYOUT, pre + "door_bathroom", lambda s, w=world: bathroom_door(s, w))
        if world == "real":
            make_prop(LAYOUT, pre + "bulb", lambda s, w=world: bulb(s, w))
        _light(world)
    bulb_strip()  # after the light: it is baked into the frames
    make_prop(LAYOUT, "hallway_door_study", lambda s: fu.doorway(s, "real", inside="dark"))
    make_prop(LAYOUT, "hallway_front_door", front_door)
    make_prop(LAYOUT, "hallway_window_clear",
              clear_glass(lambda s, **kw: window(s, "real", **kw), _SHARED["window"][2:], WINDOW_GLASS))
    make_prop(LAYOUT, "hallway_fanlight_clear",
              clear_glass(front_door, _SHARED["front_door"][2:], FANLIGHT))
    make_prop(LAYOUT, "hallway_rain", rain)
    make_prop(LAYOUT, "hallway_mirror_parents", mirror_parents)
    make_prop(LAYOUT, "hallway_boxes_fg", boxes_fg)
    _night()
    make_prop(LAYOUT, "other_hallway_painted_study", lambda s: painted_door(s, front=False))
    make_prop(LAYOUT, "other_hallway_painted_front", lambda s: painted_door(s, front=True))
    make_prop(LAYOUT, "other_hallway_gifts_fg", gifts_fg)
