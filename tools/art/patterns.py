"""Periodic surface patterns (wallpaper, boards, quilting) as functions of map pixels.

Tiles are cut from these, and props that must blend with the wall (the hidden small door)
paint the very same pattern at their own map offset, so the seams disappear.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pygame

from .base import CORRIDOR, OTHER, REAL, RGB, bayer, lerp, rng, surf

Pattern = Callable[[int, int], RGB]


@cache
def _damask_mask() -> tuple[tuple[int, ...], ...]:
    """32x32 motif: 0 = ground, 1 = motif, 2 = motif highlight edge, 3 = motif shadow edge."""
    m = surf(32, 32)
    on = (255, 255, 255, 255)
    off = (0, 0, 0, 0)
    # central medallion (a pointed oval with a hollow heart)
    pygame.draw.polygon(m, on, [(16, 4), (22, 11), (23, 17), (20, 24), (16, 28),
                                (12, 24), (9, 17), (10, 11)])
    pygame.draw.polygon(m, off, [(16, 10), (19, 14), (19, 19), (16, 23), (13, 19), (13, 14)])
    m.set_at((16, 16), on)
    m.set_at((16, 17), on)
    # curling leaves at the sides
    for sx in (1, -1):
        cx = 16 + sx * 10
        pygame.draw.circle(m, on, (cx, 21), 2)
        m.set_at((cx + sx, 18), on)
        m.set_at((cx + sx * 2, 17), on)
        m.set_at((16 + sx * 8, 7), on)
        m.set_at((16 + sx * 9, 6), on)
    # little four-petal flower on the half-drop (corners of the repeat)
    for dx, dy in ((0, 0), (32, 0), (0, 32), (32, 32)):
        for ox, oy in ((0, -2), (0, 2), (-2, 0), (2, 0), (0, 0)):
            x, y = dx + ox, dy + oy
            if 0 <= x < 32 and 0 <= y < 32:
                m.set_at((x, y), on)
    rows = []
    for y in range(32):
        row = []
        for x in range(32):
            if m.get_at((x, y)).a == 0:
                row.append(0)
                continue
            up = m.get_at((x, (y - 1) % 32)).a == 0 or m.get_at(((x - 1) % 32, y)).a == 0
            dn = m.get_at((x, (y + 1) % 32)).a == 0 or m.get_at(((x + 1) % 32, y)).a == 0
            row.append(2 if up else 3 if dn else 1)
        rows.append(tuple(row))
    return tuple(rows)


@cache
def _grain(name: str, w: int = 32, h: int = 32) -> tuple[tuple[float, ...], ...]:
    r = rng(name)
    return tuple(tuple(r.random() for _ in range(w)) for _ in range(h))


def wallpaper_real(x: int, y: int) -> RGB:
    """Faded grey-green paper with a dusty pink damask and a hairline stripe."""
    wall, dam = REAL["wall"], REAL["damask"]
    mx, my = x % 32, y % 32
    k = _damask_mask()[my][mx]
    g = _grain("paper-real")[my][mx]
    if k == 0:
        c = wall[2]
        if mx in (0,):
            c = wall[3]
        if g < 0.10:
            c = wall[1]
        elif g > 0.93:
            c = wall[3]
        return c
    c = {1: lerp(wall[2], dam[1], 0.55), 2: dam[2], 3: wall[1]}[k]
    if g < 0.25:  # the print has worn off in places
        c = wall[2] if k != 3 else c
    return c  # type: ignore[return-value]


def wallpaper_other(x: int, y: int) -> RGB:
    """The same damask, but rose-red and gold, crisp, freshly hung."""
    wall, dam = OTHER["wall"], OTHER["damask"]
    mx, my = x % 32, y % 32
    k = _damask_mask()[my][mx]
    if k == 0:
        c = wall[2]
        if mx == 0 or mx == 31:
            c = wall[1]
        if mx == 16 and my % 4 == 0:
            c = wall[3]
        return c
    return {1: dam[1], 2: dam[3], 3: dam[0]}[k]


def stain(x: int, y: int, base: RGB, cx: float, cy: float, r: float) -> RGB:
    """Brown water-stain tide marks over a base colour (coordinates within a 32x32 repeat)."""
    import math

    ang = math.atan2(y - cy, x - cx)
    wob = 1.0 + 0.18 * math.sin(ang * 3 + 1.3) + 0.1 * math.sin(ang * 7)
    d = math.hypot((x - cx), (y - cy) * 0.8) / (r * wob)
    brown = (96, 82, 56)
    if d > 1.0:
        return base
    if d > 0.86:  # tide line
        return lerp(base, brown, 0.55)  # type: ignore[return-value]
    t = 0.18 + 0.22 * (1 - d)
    if bayer(x, y) < 0.3 and d > 0.6:
        t += 0.1
    return lerp(base, brown, t)  # type: ignore[return-value]


def boards_real(x: int, y: int, variant: int = 0) -> RGB:
    """Worn horizontal floorboards, 4 px per board; variant reshuffles the end joints."""
    wood = REAL["wood"]
    row = y // 4
    yy = y % 4
    r = rng(f"board-{variant}-{row % 4}")
    tone = r.choice((2, 3, 3, 3))
    joint = r.randrange(2, 14)
    nail = r.random() < 0.5
    g = _grain(f"wood-{variant}", 16, 16)[y % 16][x % 16]
    if yy == 0:
        return wood[0]
    if x % 16 == joint:
        return wood[1]
    if nail and yy == 2 and x % 16 in (joint + 2, joint - 2):
        return wood[1]
    c = wood[tone]
    if yy == 1 and g > 0.45:
        c = wood[min(5, tone + 1)]
    elif yy == 3 and g > 0.75:
        c = wood[tone - 1]
    elif g < 0.05:
        c = wood[tone - 1]
    return c


def boards_other(x: int, y: int, variant: int = 0) -> RGB:
    """Polished, glossy boards, 8 px wide, with a long specular sheen."""
    wood = OTHER["wood"]
    row = y // 8
    yy = y % 8
    r = rng(f"oboard-{variant}-{row % 2}")
    tone = r.choice((2, 3))
    joint = r.randrange(3, 13)
    if yy == 0:
        return wood[0]
    if x % 16 == joint:
        return wood[1]
    c = wood[tone]
    if yy == 1:
        c = wood[tone + 1]
    if yy in (2, 3) and (x + variant * 5) % 16 < 9 and bayer(x, y) < 0.5:
        c = wood[tone + 2]
    if yy == 7:
        c = wood[tone - 1]
    return c


def skirting_real(x: int, y: int) -> RGB:
    wood = REAL["wood"]
    yy = y % 16
    if yy == 0:
        return REAL["wall"][0]
    if yy in (1, 2):
        return wood[4] if yy == 1 else wood[3]
    if yy == 3:
        return wood[1]
    if yy == 15:
        return wood[0]
    g = _grain("skirt", 32, 16)[yy][x % 32]
    c = wood[3] if yy < 8 else wood[2]
    if g < 0.15:
        c = wood[2] if yy < 8 else wood[1]
    if yy == 14:
        c = wood[1]
    return c


def skirting_other(x: int, y: int) -> RGB:
    wood, gold = OTHER["wood"], OTHER["gold"]
    yy = y % 16
    if yy == 0:
        return OTHER["wall"][0]
    if yy == 1:
        return gold[3]
    if yy == 2:
        return gold[1]
    if yy == 15:
        return wood[0]
    c = wood[3] if yy < 6 else wood[2]
    if yy == 4 and x % 8 < 5:
        c = wood[4]
    if yy == 14:
        c = wood[1]
    return c


def cornice(x: int, y: int, world: dict) -> RGB:
    """Ceiling shadow, then a moulded plaster cornice with dentils."""
    pl = world["plaster"]
    yy = y % 16
    if yy < 5:
        return pl[0] if bayer(x, y) > yy / 6 else pl[1]
    if yy == 5:
        return pl[1]
    if yy in (6, 7):
        return pl[3]
    if yy == 8:
        return pl[2]
    if yy == 9:
        return pl[0]
    if yy in (10, 11, 12):
        k = x % 4
        return pl[3] if k == 0 else pl[2] if k in (1, 2) else pl[0]
    if yy == 13:
        return pl[3]
    if yy == 14:
        return pl[1]
    return world["wall"][0]


def plaster(x: int, y: int, world: dict, name: str = "plaster") -> RGB:
    pl = world["plaster"]
    g = _grain(name)[y % 32][x % 32]
    c = pl[2]
    if g < 0.08:
        c = pl[1]
    elif g > 0.95:
        c = pl[3]
    return c


def lino(x: int, y: int, worn: bool = False) -> RGB:
    ln = REAL["lino"]
    sq = ((x // 8) + (y // 8)) % 2
    g = _grain("lino")[y % 32][x % 32]
    c = ln[1] if sq == 0 else ln[3]
    if sq == 1 and g < 0.15:
        c = ln[2]
    if sq == 0 and g > 0.9:
        c = ln[0]
    if x % 8 == 7 and y % 8 == 7:
        c = ln[0]
    if worn:
        d = abs((x % 16) - 8) + abs((y % 16) - 9)
        if d < 5 and bayer(x, y) < 0.55:
            c = ln[2]
    return c


def wall_tile(x: int, y: int, cracked: bool = False) -> RGB:
    t = REAL["tile"]
    lx, ly = x % 8, y % 8
    if lx == 7 or ly == 7:
        return t[0]
    if lx == 0 or ly == 0:
        return t[3]
    c = t[2]
    if lx + ly < 4:
        c = t[3] if bayer(x, y) < 0.5 else t[2]
    if lx > 4 and ly > 4:
        c = t[1]
    if cracked and (x % 16, y % 16) in ((3, 2), (4, 3), (4, 4), (5, 5), (5, 6), (6, 6), (9, 9),
                                         (10, 10), (10, 11), (11, 12)):
        c = t[0]
    return c


def quilt(x: int, y: int, flat: bool = False) -> RGB:
    """Soft diamond quilting: puffed cushions, sunk stitched seams."""
    cl = CORRIDOR["cloth"]
    yy = y * 2 if flat else y
    a = (x + yy) % 32 - 16
    b = (x - yy) % 32 - 16
    d = max(abs(a), abs(b)) / 16.0  # 0 centre of cushion, 1 at the seam
    if d > 0.87:
        on_stitch = (x + y) % 3 == 0 and abs(a) != abs(b)
        return cl[3] if on_stitch else cl[0]
    light = 1.0 - d
    # light from above: cushions are brighter on their upper side
    light += (-(a + b) / 2.0) / 48.0 - 0.1
    base = 0 if flat else 1
    t = base + light * 2.4
    i = int(t)
    if t - i > bayer(x, y):
        i += 1
    return cl[max(0, min(len(cl) - 2, i))]


# ------------------------------------------------------------------ the tileset

TILE_COLUMNS = 8


def tile_specs() -> list[tuple[str, Callable[[int, int], RGB]]]:
    """(name, pattern(x, y) in tile-local 0..15) in tileset order; index = tile id."""
    def at(p: Pattern, ox: int, oy: int) -> Callable[[int, int], RGB]:
        return lambda x, y: p(x + ox, y + oy)

    def real_stain(ox: int, oy: int) -> Callable[[int, int], RGB]:
        return lambda x, y: stain(x + ox, y + oy, wallpaper_real(x + ox, y + oy), 15, 12, 13)

    void = lambda x, y: (8, 6, 12)  # noqa: E731
    ceiling_real = lambda x, y: REAL["plaster"][0] if bayer(x, y) > 0.3 else REAL["wall"][0]  # noqa: E731
    specs: list[tuple[str, Callable[[int, int], RGB]]] = [
        ("void", void),
        ("ceiling_real", ceiling_real),
        ("cornice_real", lambda x, y: cornice(x, y, REAL)),
        ("skirting_real", skirting_real),
        ("skirting_real_b", at(skirting_real, 16, 0)),
        ("plaster_real", lambda x, y: plaster(x, y, REAL)),
        ("plaster_real_b", lambda x, y: plaster(x + 16, y + 16, REAL)),
        ("tile_trim", lambda x, y: wall_tile(x, y) if y > 3 else (
            REAL["tile"][3] if y == 1 else REAL["tile"][1] if y == 2 else
            REAL["plaster"][2] if y == 0 else REAL["tile"][0])),
        ("wallpaper_real_tl", at(wallpaper_real, 0, 0)),
        ("wallpaper_real_tr", at(wallpaper_real, 16, 0)),
        ("wallpaper_real_bl", at(wallpaper_real, 0, 16)),
        ("wallpaper_real_br", at(wallpaper_real, 16, 16)),
        ("wallpaper_stain_tl", real_stain(0, 0)),
        ("wallpaper_stain_tr", real_stain(16, 0)),
        ("wallpaper_stain_bl", real_stain(0, 16)),
        ("wallpaper_stain_br", real_stain(16, 16)),
        ("floor_real_a", lambda x, y: boards_real(x, y, 0)),
        ("floor_real_b", lambda x, y: boards_real(x, y, 1)),
        ("floor_real_c", lambda x, y: boards_real(x, y, 2)),
        ("floor_real_d", lambda x, y: boards_real(x, y, 3)),
        ("lino_a", lambda x, y: lino(x, y)),
        ("lino_b", lambda x, y: lino(x, y, worn=True)),
        ("kitchen_tile_a", lambda x, y: wall_tile(x, y)),
        ("kitchen_tile_b", lambda x, y: wall_tile(x, y, cracked=True)),
        ("cornice_other", lambda x, y: cornice(x, y, OTHER)),
        ("skirting_other", skirting_other),
        ("wallpaper_other_tl", at(wallpaper_other, 0, 0)),
        ("wallpaper_other_tr", at(wallpaper_other, 16, 0)),
        ("wallpaper_other_bl", at(wallpaper_other, 0, 16)),
        ("wallpaper_other_br", at(wallpaper_other, 16, 16)),
        ("ceiling_other", lambda x, y: OTHER["plaster"][0] if bayer(x, y) > 0.4 else OTHER["wall"][0]),
        ("plaster_other", lambda x, y: plaster(x, y, OTHER, "oplaster")),
        ("floor_other_a", lambda x, y: boards_other(x, y, 0)),
        ("floor_other_b", lambda x, y: boards_other(x, y, 1)),
        ("floor_other_c", lambda x, y: boards_other(x, y, 2)),
        ("floor_other_d", lambda x, y: boards_other(x, y, 3)),
        ("quilt_wall_tl", at(quilt, 0, 0)),
        ("quilt_wall_tr", at(quilt, 16, 0)),
        ("quilt_wall_bl", at(quilt, 0, 16)),
        ("quilt_wall_br", at(quilt, 16, 16)),
        ("quilt_floor_l", lambda x, y: quilt(x, y, flat=True)),
        ("quilt_floor_r", lambda x, y: quilt(x + 16, y, flat=True)),
        ("corridor_dark", lambda x, y: CORRIDOR["cloth"][0] if bayer(x, y) > 0.25 else CORRIDOR["ink"]),
        ("corridor_seam", lambda x, y: (
            CORRIDOR["cloth"][0] if y < 12 else CORRIDOR["cloth"][1] if y < 15 else CORRIDOR["ink"])),
        ("corridor_wall_top", lambda x, y: (
            quilt(x, y) if bayer(x, y) * 16 < y else CORRIDOR["cloth"][0])),
    ]
    return specs


def tile_ids() -> dict[str, int]:
    return {name: i for i, (name, _) in enumerate(tile_specs())}
