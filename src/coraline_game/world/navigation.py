"""Where Coraline may walk, and the way there: a walk grid built from the room's polygons.

The floor is the union of the walk areas minus the blockers. It is rasterised once per room
into 4-pixel cells (a cell is walkable only when its centre and corners are), searched with
A* on click, and the route is pulled tight so she walks in straight lines, never off the floor.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from dataclasses import dataclass, field

from coraline_game.content.model import Polygon, point_in_polygon

CELL = 4
_DIAG = math.sqrt(2)


def _spans_at(y: float, polygons: tuple[Polygon, ...]) -> list[tuple[float, float]]:
    """x-intervals inside the union of the polygons on the horizontal line y (even-odd each)."""
    intervals: list[tuple[float, float]] = []
    for poly in polygons:
        xs = []
        n = len(poly)
        for i in range(n):
            (x1, y1), (x2, y2) = poly[i], poly[i - 1]
            if (y1 > y) != (y2 > y):
                xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        xs.sort()
        intervals.extend((xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2))
    return _union(intervals)


def _union(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _subtract(keep: list[tuple[float, float]], cut: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = []
    for a, b in keep:
        pieces = [(a, b)]
        for c, d in cut:
            nxt = []
            for p, q in pieces:
                if d <= p or c >= q:
                    nxt.append((p, q))
                else:
                    if c > p:
                        nxt.append((p, c))
                    if d < q:
                        nxt.append((d, q))
            pieces = nxt
        out.extend(pieces)
    return out


class _Spans:
    """Sorted walkable x-intervals on one line, with a fast membership test."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: list[tuple[float, float]]) -> None:
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def __contains__(self, x: float) -> bool:
        i = bisect_right(self.starts, x) - 1
        return i >= 0 and x < self.ends[i]


PATH_MEMORY = 4096  # paths remembered per room


@dataclass(frozen=True, slots=True)
class WalkGrid:
    """The rasterised floor of one room."""

    walkareas: tuple[Polygon, ...]
    blockers: tuple[Polygon, ...]
    cols: int
    rows: int
    cells: bytes  # 1 = walkable, row-major
    # answers that depend only on the floor, worked out once: nearest open cells, regions
    _memo: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @classmethod
    def build(cls, width: int, height: int, walkareas: tuple[Polygon, ...],
              blockers: tuple[Polygon, ...]) -> WalkGrid:
        cols, rows = math.ceil(width / CELL), math.ceil(height / CELL)

        def line(y: float) -> _Spans:
            return _Spans(_subtract(_spans_at(y, walkareas), _spans_at(y, blockers)))

        def inside(spans: _Spans) -> bytearray:
            """Cells whose whole width lies in one span of this line."""
            mask = bytearray(cols)
            for a, b in zip(spans.starts, spans.ends):
                first = max(0, math.ceil((a - 0.01) / CELL))
                last = min(cols - 1, math.floor((b - CELL + 0.01) / CELL))
                if last >= first:
                    mask[first:last + 1] = b"\x01" * (last + 1 - first)
            return mask

        edges = [inside(line(min(max(r * CELL, 0.01), height - 0.01))) for r in range(rows + 1)]
        cells = bytearray(cols * rows)
        for r in range(rows):
            mid, top, bottom = inside(line((r + 0.5) * CELL)), edges[r], edges[r + 1]
            cells[r * cols:(r + 1) * cols] = bytes(m & t & b for m, t, b in zip(mid, top, bottom))
        return cls(walkareas, blockers, cols, rows, bytes(cells))

    # -- questions ------------------------------------------------------------------------
    def is_walkable(self, x: float, y: float) -> bool:
        """Exactly on the floor: inside a walk area and outside every blocker."""
        return (any(point_in_polygon(x, y, p) for p in self.walkareas)
                and not any(point_in_polygon(x, y, p) for p in self.blockers))

    def cell_open(self, c: int, r: int) -> bool:
        return 0 <= c < self.cols and 0 <= r < self.rows and self.cells[r * self.cols + c] == 1

    def cell_of(self, x: float, y: float) -> tuple[int, int]:
        return int(x // CELL), int(y // CELL)

    def _centre(self, c: int, r: int) -> tuple[float, float]:
        return ((c + 0.5) * CELL, (r + 0.5) * CELL)

    def nearest_cell(self, x: float, y: float) -> tuple[int, int] | None:
        """The walkable cell whose centre is closest to (x, y)."""
        key = ("nearest", x, y)
        if key not in self._memo:
            self._memo[key] = self._nearest_cell(x, y)
        return self._memo[key]

    def _nearest_cell(self, x: float, y: float) -> tuple[int, int] | None:
        best, best_d = None, math.inf
        cols = self.cols
        for i, open_ in enumerate(self.cells):
            if open_:
                c, r = i % cols, i // cols
                cx, cy = (c + 0.5) * CELL, (r + 0.5) * CELL
                d = (cx - x) ** 2 + (cy - y) ** 2
                if d < best_d:
                    best, best_d = (c, r), d
        return best

    def nearest_walkable(self, x: float, y: float) -> tuple[float, float]:
        """(x, y) itself when it is on the open floor, else the closest open point."""
        c, r = self.cell_of(x, y)
        if self.cell_open(c, r):
            return (x, y)
        cell = self.nearest_cell(x, y)
        return self._centre(*cell) if cell else (x, y)

    def line_clear(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """The whole segment a-b is floor: it stays in open cells (sampled every pixel) and,
        wherever it crosses a polygon edge, it is on the floor on both sides of the crossing
        (this catches a corner of the floor cut between two samples)."""
        dist = math.hypot(b[0] - a[0], b[1] - a[1])
        steps = max(1, int(dist))
        cells, cols = self.cells, self.cols
        for i in range(steps + 1):
            t = i / steps
            c = int((a[0] + (b[0] - a[0]) * t) // CELL)
            r = int((a[1] + (b[1] - a[1]) * t) // CELL)
            if not (0 <= c < cols and 0 <= r < self.rows) or not cells[r * cols + c]:
                return False
        return self._crossings_clear(a, b, dist)

    def _crossings_clear(self, a: tuple[float, float], b: tuple[float, float], dist: float) -> bool:
        if dist == 0:
            return True
        ax, ay = a
        dx, dy = b[0] - ax, b[1] - ay
        eps = 0.05 / dist
        for poly in self.walkareas + self.blockers:
            n = len(poly)
            for i in range(n):
                (px, py), (qx, qy) = poly[i - 1], poly[i]
                ex, ey = qx - px, qy - py
                denom = dx * ey - dy * ex
                if denom == 0:
                    continue  # parallel: a crossing elsewhere decides
                t = ((px - ax) * ey - (py - ay) * ex) / denom
                u = ((px - ax) * dy - (py - ay) * dx) / denom
                if 0 <= t <= 1 and 0 <= u <= 1:
                    for tt in (t - eps, t + eps):
                        if 0 <= tt <= 1 and not self.is_walkable(ax + dx * tt, ay + dy * tt):
                            return False
        return True

    # -- the way there --------------------------------------------------------------------
    def find_path(self, start: tuple[float, float], goal: tuple[float, float]) -> list[tuple[float, float]]:
        """Waypoints from start to the reachable point nearest goal (start excluded).

        Empty when she is already there or nothing is reachable. The floor never changes, so
        recent answers are remembered (walks between the same spots repeat a lot).
        """
        paths = self._memo.setdefault("paths", {})
        key = (start, goal)
        if key not in paths:
            if len(paths) >= PATH_MEMORY:
                del paths[next(iter(paths))]  # forget the oldest
            paths[key] = tuple(self._find_path(start, goal))
        return list(paths[key])

    def _find_path(self, start: tuple[float, float], goal: tuple[float, float]) -> list[tuple[float, float]]:
        goal = self.nearest_walkable(*goal)
        sc = self.cell_of(*start)
        if not self.cell_open(*sc):
            near = self.nearest_cell(*start)
            if near is None:
                return []
            sc = near
        gc = self.cell_of(*goal)
        if self.line_clear(start, goal) and self.cell_open(*self.cell_of(*start)):
            return [goal] if goal != start else []
        cells = self._astar(sc, gc)
        if cells is None:  # the goal's island is cut off: go as near as we can
            cells = self._astar_nearest(sc, goal)
            goal = self._centre(*cells[-1])
        points = [self._centre(c, r) for c, r in cells[1:-1]] + [goal]
        if not self.cell_open(*self.cell_of(*start)):
            points.insert(0, self._centre(*sc))
        return self._pull_tight(start, points)

    def _pull_tight(self, start: tuple[float, float],
                    points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        here = start
        i = 0
        while i < len(points):
            j = len(points) - 1
            while j > i and not self.line_clear(here, points[j]):
                j -= 1
            out.append(points[j])
            here = points[j]
            i = j + 1
        return out

    def _neighbours(self, c: int, r: int):
        for dc, dr in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if self.cell_open(c + dc, r + dr):
                yield c + dc, r + dr, 1.0
        for dc, dr in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
            if (self.cell_open(c + dc, r + dr) and self.cell_open(c + dc, r)
                    and self.cell_open(c, r + dr)):
                yield c + dc, r + dr, _DIAG

    def _astar(self, start: tuple[int, int], goal: tuple[int, int]) -> list[tuple[int, int]] | None:
        if not self.cell_open(*goal):
            return None

        def h(c: int, r: int) -> float:
            dx, dy = abs(c - goal[0]), abs(r - goal[1])
            return max(dx, dy) + (_DIAG - 1) * min(dx, dy)

        came: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
        cost = {start: 0.0}
        heap = [(h(*start), 0, start)]
        counter = 0
        while heap:
            _, _, cur = heapq.heappop(heap)
            if cur == goal:
                path = [cur]
                while (prev := came[path[-1]]) is not None:
                    path.append(prev)
                return path[::-1]
            base = cost[cur]
            for nc, nr, step in self._neighbours(*cur):
                new = base + step
                if new < cost.get((nc, nr), math.inf):
                    cost[(nc, nr)] = new
                    came[(nc, nr)] = cur
                    counter += 1
                    heapq.heappush(heap, (new + h(nc, nr), counter, (nc, nr)))
        return None

    def _astar_nearest(self, start: tuple[int, int], goal: tuple[float, float]) -> list[tuple[int, int]]:
        """Flood the start's island and head for its cell nearest the goal."""
        seen: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
        frontier = [start]
        best = start
        best_d = math.inf
        while frontier:
            nxt = []
            for cell in frontier:
                cx, cy = self._centre(*cell)
                d = (cx - goal[0]) ** 2 + (cy - goal[1]) ** 2
                if d < best_d:
                    best, best_d = cell, d
                for nc, nr, _ in self._neighbours(*cell):
                    if (nc, nr) not in seen:
                        seen[(nc, nr)] = cell
                        nxt.append((nc, nr))
            frontier = nxt
        path = [best]
        while (prev := seen[path[-1]]) is not None:
            path.append(prev)
        return path[::-1]

    def _regions(self) -> dict[tuple[int, int], int]:
        """Each open cell's connected region (its number), labelled once."""
        labels = self._memo.get("regions")
        if labels is None:
            labels = {}
            region = -1
            for i, open_ in enumerate(self.cells):
                start = (i % self.cols, i // self.cols)
                if not open_ or start in labels:
                    continue
                region += 1
                labels[start] = region
                frontier = [start]
                while frontier:
                    nxt = []
                    for cell in frontier:
                        for nc, nr, _ in self._neighbours(*cell):
                            if (nc, nr) not in labels:
                                labels[(nc, nr)] = region
                                nxt.append((nc, nr))
                    frontier = nxt
            self._memo["regions"] = labels
        return labels

    def _start_cell(self, x: float, y: float) -> tuple[int, int] | None:
        start = self.cell_of(x, y)
        return start if self.cell_open(*start) else self.nearest_cell(x, y)

    def reachable_from(self, x: float, y: float) -> set[tuple[int, int]]:
        """Every open cell connected to the one nearest (x, y)."""
        start = self._start_cell(x, y)
        if start is None:
            return set()
        labels = self._regions()
        region = labels[start]
        return {cell for cell, r in labels.items() if r == region}

    def can_reach(self, start: tuple[float, float], goal: tuple[float, float]) -> bool:
        first = self._start_cell(*start)
        labels = self._regions()
        c = self.cell_of(*goal)
        return first is not None and c in labels and labels[c] == labels[first]
