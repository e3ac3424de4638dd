"""Shared drawing helpers and palettes for the art scripts.

Everything here is deterministic: randomness always comes from a seeded random.Random.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
MAPS = ROOT / "maps"

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
Colour = RGB | RGBA

ROOM_W, ROOM_H = 640, 320


def hexc(code: str, alpha: int | None = None) -> Colour:
    """'#rrggbb' -> (r, g, b) or (r, g, b, a)."""
    code = code.lstrip("#")
    rgb = (int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16))
    return rgb if alpha is None else (*rgb, alpha)


def ramp(*codes: str) -> list[RGB]:
    return [hexc(c) for c in codes]  # type: ignore[misc]


# ---------------------------------------------------------------- palettes
# Real world: rain-washed, grey-green, faded pinks, tired browns.
REAL = {
    "ink": hexc("#1a1820"),
    "wall": ramp("#3d4a42", "#526156", "#66776a", "#7c8c7c", "#93a290"),
    "damask": ramp("#6f6466", "#86777a", "#9d8c8c", "#b3a19e"),
    "wood": ramp("#2a201c", "#3d2f28", "#513f33", "#66503f", "#7c624c", "#927660"),
    "plaster": ramp("#6c7368", "#7f867a", "#949a8c", "#a9ae9f"),
    "rain": ramp("#4d5a64", "#63727c", "#7d8c94", "#9aa7ac", "#bcc6c6"),
    "fabric": ramp("#4c4a3c", "#615e4c", "#777360", "#8d8a74"),
    "rose": ramp("#5e3c44", "#7a5058", "#96686c", "#b08486"),
    "card": ramp("#5a4630", "#72593d", "#8b6f4c", "#a4875e", "#bca174"),
    "metal": ramp("#3a3e42", "#565c60", "#767c7e", "#9ba09e", "#c5c8c0"),
    "lamp": ramp("#c89a50", "#e8c070", "#f8e4a8"),
    "lino": ramp("#5d6650", "#7a8366", "#949680", "#a9a98f"),
    "tile": ramp("#7f968c", "#98ada2", "#b4c4b8", "#cfd9cc"),
}

# Other world: the same house, warmer, brighter, too saturated.
OTHER = {
    "ink": hexc("#24101a"),
    "wall": ramp("#8a2f3c", "#b0444a", "#cc5c52", "#e0785e", "#f09a6e"),
    "damask": ramp("#d88a3c", "#eaa648", "#f6c45c", "#ffe08a"),
    "wood": ramp("#3c140e", "#5e2216", "#82321e", "#a54a28", "#c86a36", "#f0a058"),
    "fabric": ramp("#5a1a4a", "#80285e", "#a63c72", "#cc5a88", "#ee86a6"),
    "gold": ramp("#7a4a14", "#b07a24", "#e0aa3a", "#ffd866", "#fff3b8"),
    "green": ramp("#1c4a30", "#2a6a40", "#3e8e50", "#62b462"),
    "fire": ramp("#8a1e0c", "#d44a10", "#f78a1c", "#ffc846", "#fff2a0"),
    "plaster": ramp("#a24a44", "#c0605a", "#d67c6a", "#eca080"),
}

CORRIDOR = {
    "ink": hexc("#0c0818"),
    "cloth": ramp("#1a1236", "#2a1e52", "#3c2c72", "#524096", "#6c5abc", "#8c7ada", "#b6a8f2"),
    "glow": ramp("#5a58c8", "#7c88f0", "#a8c0ff", "#e0ecff"),
    "warm": ramp("#a0401c", "#e07a2a", "#ffc050", "#fff0b0"),
}

BAYER4 = [
    [0, 8, 2, 10],
    [12, 4, 14, 6],
    [3, 11, 1, 9],
    [15, 7, 13, 5],
]


def bayer(x: int, y: int) -> float:
    """Ordered-dither threshold in [0, 1)."""
    return (BAYER4[y & 3][x & 3] + 0.5) / 16.0


def surf(w: int, h: int, alpha: bool = True) -> pygame.Surface:
    s = pygame.Surface((w, h), pygame.SRCALPHA if alpha else 0)
    if alpha:
        s.fill((0, 0, 0, 0))
    return s


def save(s: pygame.Surface, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(s, str(path))


def px(s: pygame.Surface, x: int, y: int, c: Colour) -> None:
    if 0 <= x < s.get_width() and 0 <= y < s.get_height():
        s.set_at((x, y), c)


def rect(s: pygame.Surface, c: Colour, x: int, y: int, w: int, h: int) -> None:
    if w > 0 and h > 0:
        s.fill(c, pygame.Rect(x, y, w, h))


def hline(s: pygame.Surface, c: Colour, x0: int, x1: int, y: int) -> None:
    rect(s, c, x0, y, x1 - x0 + 1, 1)


def vline(s: pygame.Surface, c: Colour, x: int, y0: int, y1: int) -> None:
    rect(s, c, x, y0, 1, y1 - y0 + 1)


def frame(s: pygame.Surface, c: Colour, x: int, y: int, w: int, h: int) -> None:
    pygame.draw.rect(s, c, pygame.Rect(x, y, w, h), 1)


def lerp(a: Sequence[int], b: Sequence[int], t: float) -> tuple[int, ...]:
    t = max(0.0, min(1.0, t))
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(len(a)))


def dither_pick(shades: Sequence[Colour], t: float, x: int, y: int) -> Colour:
    """Pick from a colour ramp at position t in [0,1] with ordered dithering."""
    t = max(0.0, min(0.9999, t)) * (len(shades) - 1)
    i = int(t)
    frac = t - i
    if i + 1 < len(shades) and frac > bayer(x, y):
        return shades[i + 1]
    return shades[i]


def vgrad(
    s: pygame.Surface, shades: Sequence[Colour], x: int, y: int, w: int, h: int,
    t0: float = 0.0, t1: float = 1.0,
) -> None:
    """Dithered vertical gradient over a rectangle (t0 at top, t1 at bottom)."""
    for yy in range(h):
        t = t0 + (t1 - t0) * (yy / max(1, h - 1))
        for xx in range(w):
            px(s, x + xx, y + yy, dither_pick(shades, t, x + xx, y + yy))


def hgrad(
    s: pygame.Surface, shades: Sequence[Colour], x: int, y: int, w: int, h: int,
    t0: float = 0.0, t1: float = 1.0,
) -> None:
    for xx in range(w):
        t = t0 + (t1 - t0) * (xx / max(1, w - 1))
        for yy in range(h):
            px(s, x + xx, y + yy, dither_pick(shades, t, x + xx, y + yy))


def fill_fn(
    s: pygame.Surface, x: int, y: int, w: int, h: int,
    fn: Callable[[int, int], Colour | None],
) -> None:
    """Fill a rectangle calling fn(local_x, local_y) -> colour (None = leave)."""
    for yy in range(h):
        for xx in range(w):
            c = fn(xx, yy)
            if c is not None:
                px(s, x + xx, y + yy, c)


def outline(s: pygame.Surface, c: Colour, diagonal: bool = False) -> None:
    """Paint c on every transparent pixel touching an opaque one (alpha over 128)."""
    opaque = pygame.mask.from_surface(s, 128)
    clear = pygame.mask.from_surface(s, 0)
    clear.invert()
    nb = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    if diagonal:
        nb += [(1, 1), (-1, -1), (1, -1), (-1, 1)]
    touching = pygame.mask.Mask(s.get_size())
    for dx, dy in nb:
        touching.draw(opaque, (dx, dy))
    ring = touching.overlap_mask(clear, (0, 0))
    ring.to_surface(s, setcolor=c, unsetcolor=None)


def poly(s: pygame.Surface, c: Colour, pts: Iterable[tuple[float, float]]) -> None:
    pygame.draw.polygon(s, c, list(pts))


def ellipse(s: pygame.Surface, c: Colour, x: int, y: int, w: int, h: int) -> None:
    pygame.draw.ellipse(s, c, pygame.Rect(x, y, w, h))


def soft_ellipse(
    s: pygame.Surface, c: RGB, cx: float, cy: float, rx: float, ry: float,
    amax: int, steps: int = 6,
) -> None:
    """A dithered, banded glow (alpha-stepped ellipse) on an alpha surface."""
    for yy in range(int(cy - ry), int(cy + ry) + 1):
        for xx in range(int(cx - rx), int(cx + rx) + 1):
            d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
            if d >= 1.0:
                continue
            t = 1.0 - d ** 0.5
            lvl = int(t * steps + bayer(xx, yy))
            if lvl <= 0:
                continue
            a = int(amax * min(steps, lvl) / steps)
            blend_px(s, xx, yy, (*c, a))


def blend_px(s: pygame.Surface, x: int, y: int, c: RGBA) -> None:
    """Alpha-composite a pixel onto an RGBA surface (source-over)."""
    if not (0 <= x < s.get_width() and 0 <= y < s.get_height()):
        return
    d = s.get_at((x, y))
    sa = c[3] / 255.0
    da = d.a / 255.0
    oa = sa + da * (1 - sa)
    if oa <= 0:
        return
    out = [
        int(round((c[i] * sa + d[i] * da * (1 - sa)) / oa)) for i in range(3)
    ]
    s.set_at((x, y), (*out, int(round(oa * 255))))


def shade_rect(s: pygame.Surface, c: RGBA, x: int, y: int, w: int, h: int) -> None:
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            blend_px(s, xx, yy, c)


def bake_light(s: pygame.Surface, light_: pygame.Surface, x0: int, y0: int) -> None:
    """Lay a room's light overlay (a picture of alpha tints) over what is drawn on ``s``, which
    sits at (x0, y0) in the room, keeping its alpha: for pictures drawn above the overlay (the
    moving effects)."""
    for yy in range(s.get_height()):
        for xx in range(s.get_width()):
            c = s.get_at((xx, yy))
            if not c.a:
                continue
            o = light_.get_at((x0 + xx, y0 + yy))
            k = o.a / 255
            s.set_at((xx, yy), (*(round(c[i] * (1 - k) + o[i] * k) for i in range(3)), c.a))


def recolour(s: pygame.Surface, mapping: dict[RGB, Colour]) -> None:
    w, h = s.get_size()
    for y in range(h):
        for x in range(w):
            c = s.get_at((x, y))
            key = (c.r, c.g, c.b)
            if c.a and key in mapping:
                n = mapping[key]
                s.set_at((x, y), n if len(n) == 4 else (*n, c.a))


def rng(name: str) -> random.Random:
    """A random source seeded by a name (stable across runs and machines)."""
    seed = 0
    for ch in name:
        seed = (seed * 131 + ord(ch)) % 2_147_483_647
    return random.Random(seed)


def value_noise(seed: str, cell: float, size: int = 64) -> Callable[[float, float], float]:
    """Smooth value noise in [0, 1] on a grid of ``cell`` pixels, repeating every ``size``
    cells; the same seed always gives the same field."""
    r = rng(seed)
    grid = [[r.random() for _ in range(size)] for _ in range(size)]

    def f(x: float, y: float) -> float:
        gx, gy = x / cell, y / cell
        ix, iy = int(math.floor(gx)), int(math.floor(gy))
        fx, fy = gx - ix, gy - iy
        fx, fy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
        a, b = grid[iy % size][ix % size], grid[iy % size][(ix + 1) % size]
        c, d = grid[(iy + 1) % size][ix % size], grid[(iy + 1) % size][(ix + 1) % size]
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy

    return f


def make_prop(layout: dict[str, tuple[int, int, int, int]], name: str,
              draw: Callable[[pygame.Surface], None]) -> None:
    """Draw one picture at its layout size and save it as assets/props/<name>.png."""
    _, _, w, h = layout[name]
    s = surf(w, h)
    draw(s)
    save(s, ASSETS / "props" / f"{name}.png")
