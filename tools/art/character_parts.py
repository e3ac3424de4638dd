"""Pixel building blocks for the character sheets: a sparse canvas, masks, shading, templates.

A character frame is painted part by part (back limbs, body, front limbs, head) onto a
Canvas that remembers, for every pixel, both its colour and the outline colour of the part
it belongs to.  When the frame is finished, every transparent pixel that touches the figure
takes the outline colour of its neighbour: a 1 px outline in a dark tone of the local colour.

Everything is deterministic (no randomness at all).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pygame

from art.base import hexc

Px = tuple[int, int]
Mask = set[Px]


@dataclass(frozen=True)
class Ramp:
    """A colour ramp: its outline tone and its shades, darkest first."""

    line: tuple[int, int, int]
    shades: tuple[tuple[int, int, int], ...]

    @staticmethod
    def of(line: str, *shades: str) -> Ramp:
        return Ramp(hexc(line), tuple(hexc(s) for s in shades))  # type: ignore[arg-type]

    def __getitem__(self, i: int) -> tuple[int, int, int]:
        return self.shades[max(0, min(len(self.shades) - 1, i))]

    @property
    def top(self) -> int:
        return len(self.shades) - 1


class Canvas:
    """A sparse frame: colour and outline colour per painted pixel."""

    def __init__(self, w: int = 32, h: int = 64) -> None:
        self.w, self.h = w, h
        self.col: dict[Px, tuple[int, int, int]] = {}
        self.line: dict[Px, tuple[int, int, int]] = {}
        self.lines_done = False

    # -- painting --------------------------------------------------------------
    def put(self, x: int, y: int, c: tuple[int, int, int], line: tuple[int, int, int] | None = None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.col[(x, y)] = c
            if line is not None or (x, y) not in self.line:
                self.line[(x, y)] = line if line is not None else c

    def recolour_px(self, x: int, y: int, c: tuple[int, int, int]) -> None:
        """Change a pixel only if it is already painted (details on top of a part)."""
        if (x, y) in self.col:
            self.col[(x, y)] = c

    def paint(self, mask: Iterable[Px], ramp: Ramp, base: int | None = None,
              flat: bool = False) -> None:
        """Fill a mask, shaded with light from the upper left."""
        mask = set(mask)
        if not mask:
            return
        if flat:
            levels = {p: ramp.top - 1 if base is None else base for p in mask}
        else:
            levels = shade_levels(mask, ramp, base)
        for (x, y), lv in levels.items():
            self.put(x, y, ramp[lv], ramp.line)

    def fill(self, mask: Iterable[Px], c: tuple[int, int, int], line: tuple[int, int, int]) -> None:
        for x, y in mask:
            self.put(x, y, c, line)

    def erase(self, mask: Iterable[Px]) -> None:
        for p in mask:
            self.col.pop(p, None)
            self.line.pop(p, None)

    def stamp(self, rows: Sequence[str], x0: int, y0: int,
              palette: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]],
              flip: bool = False) -> None:
        """Paint a character template; '.' is transparent, ' ' leaves what is there."""
        width = max(len(r) for r in rows)
        for j, row in enumerate(rows):
            for i, ch in enumerate(row):
                if ch in ". ":
                    continue
                c, line = palette[ch]
                xx = x0 + (width - 1 - i if flip else i)
                self.put(xx, y0 + j, c, line)

    def seam(self, mask: Iterable[Px], c: tuple[int, int, int], below: bool = False) -> None:
        """Darken already-painted pixels beside a part (so a sleeve reads against a coat)."""
        mask = set(mask)
        nbs = ((1, 0), (-1, 0)) + (((0, 1),) if below else ())
        for (x, y) in mask:
            for dx, dy in nbs:
                q = (x + dx, y + dy)
                if q not in mask and q in self.col:
                    self.col[q] = c

    def inner_line(self, mask: Iterable[Px], c: tuple[int, int, int]) -> None:
        """Darken the pixels of the canvas under a mask (seams between parts)."""
        for p in mask:
            if p in self.col:
                self.col[p] = c

    # -- finishing -------------------------------------------------------------
    def outlined(self) -> dict[Px, tuple[int, int, int]]:
        out = dict(self.col)
        for (x, y) in list(self.col):
            for dx, dy in ((0, 1), (0, -1), (1, 0), (-1, 0)):
                q = (x + dx, y + dy)
                if q in self.col or q in out or not (0 <= q[0] < self.w and 0 <= q[1] < self.h):
                    continue
                out[q] = self._line_for(q)
        return out

    def _line_for(self, q: Px) -> tuple[int, int, int]:
        # Prefer the part below/above (feet and heads), then the sides.
        for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0)):
            n = (q[0] + dx, q[1] + dy)
            if n in self.col:
                return self.line[n]
        return (0, 0, 0)

    def surface(self, outline: bool = True) -> pygame.Surface:
        s = pygame.Surface((self.w, self.h), pygame.SRCALPHA)
        s.fill((0, 0, 0, 0))
        pixels = self.outlined() if outline else self.col
        for (x, y), c in pixels.items():
            s.set_at((x, y), (*c, 255))
        return s


# ---------------------------------------------------------------- masks
def m_rect(x: int, y: int, w: int, h: int) -> Mask:
    return {(xx, yy) for xx in range(x, x + w) for yy in range(y, y + h)}


def m_ellipse(cx: float, cy: float, rx: float, ry: float) -> Mask:
    out: Mask = set()
    for yy in range(int(cy - ry) - 1, int(cy + ry) + 2):
        for xx in range(int(cx - rx) - 1, int(cx + rx) + 2):
            if ((xx + 0.5 - cx) / rx) ** 2 + ((yy + 0.5 - cy) / ry) ** 2 <= 1.0:
                out.add((xx, yy))
    return out


def m_poly(points: Sequence[tuple[float, float]], w: int = 64, h: int = 96) -> Mask:
    s = pygame.Surface((w, h))
    s.fill((0, 0, 0))
    pygame.draw.polygon(s, (255, 255, 255), [(float(a), float(b)) for a, b in points])
    out: Mask = set()
    for yy in range(h):
        for xx in range(w):
            if s.get_at((xx, yy)).r:
                out.add((xx, yy))
    return out


def m_rows(spans: dict[int, tuple[int, int]]) -> Mask:
    """A shape given as {y: (x0, x1)} inclusive spans."""
    return {(x, y) for y, (a, b) in spans.items() for x in range(a, b + 1)}


def bresenham(x0: int, y0: int, x1: int, y1: int) -> list[Px]:
    pts = []
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
    err = dx + dy
    while True:
        pts.append((x0, y0))
        if x0 == x1 and y0 == y1:
            return pts
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy


def m_limb(points: Sequence[Px], width: int = 2) -> Mask:
    """A thick polyline: each point of the line stamps a width x 1 run (x to x+width-1)."""
    out: Mask = set()
    for (a, b), (c, d) in zip(points, points[1:]):
        for x, y in bresenham(a, b, c, d):
            for k in range(width):
                out.add((x + k, y))
    return out


def mirror(mask: Iterable[Px], axis: int = 16) -> Mask:
    """Mirror around the pixel column `axis` (x -> 2*axis - x)."""
    return {(2 * axis - x, y) for x, y in mask}


def shift(mask: Iterable[Px], dx: int, dy: int) -> Mask:
    return {(x + dx, y + dy) for x, y in mask}


# ---------------------------------------------------------------- shading
def shade_levels(mask: Mask, ramp: Ramp, base: int | None = None) -> dict[Px, int]:
    """Per-pixel ramp index: lit from the upper left, a darker rim on the lower right."""
    top = ramp.top
    b = top - 1 if base is None else base
    xs = [p[0] for p in mask]
    ys = [p[1] for p in mask]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    W, H = max(1, x1 - x0 + 1), max(1, y1 - y0 + 1)
    out = {}
    for (x, y) in mask:
        fx = (x - x0 + 0.5) / W
        fy = (y - y0 + 0.5) / H
        s = 0.7 * fx + 0.3 * fy if W > 2 else 0.5 * fy
        lv = b
        if s > 0.7:
            lv -= 1
        right_edge = (x + 1, y) not in mask
        bottom_edge = (x, y + 1) not in mask
        left_edge = (x - 1, y) not in mask
        top_edge = (x, y - 1) not in mask
        if W > 2 and right_edge:
            lv -= 1
        elif bottom_edge and H > 3:
            lv -= 1
        elif (left_edge or top_edge) and s < 0.45:
            lv += 1
        if W <= 2:  # thin limbs: lit side and shadow side
            lv = b + (0 if left_edge and not right_edge else -1) + (1 if top_edge else 0)
        out[(x, y)] = max(0, min(top, lv))
    return out
