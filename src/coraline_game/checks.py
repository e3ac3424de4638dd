"""Checks of a loaded game that need the simulation's geometry: can Coraline get everywhere?

Load-time checks (names, references, syntax) live in ``content``; these run after, for
``coraline check-maps`` and the test suite.
"""

from __future__ import annotations

from coraline_game.content.errors import Problem
from coraline_game.content.model import Content
from coraline_game.world.navigation import WalkGrid
from coraline_game.world.world import TALK_DISTANCE


def reachability(content: Content) -> list[Problem]:
    """Every spawn on the floor; every hotspot's and exit's walk-to point reachable from it."""
    problems = []
    for room in content.rooms.values():
        grid = WalkGrid.build(room.width, room.height, room.walkareas, room.blockers)
        for spawn in room.spawns.values():
            where = f"object '{spawn.name}'"
            if not grid.is_walkable(spawn.x, spawn.y):
                problems.append(Problem(room.path, "this spawn is off the walkable floor — move it"
                                        " inside a walkarea", where))
                continue
            reach = grid.reachable_from(spawn.x, spawn.y)
            for h in room.hotspots:
                targets = _targets(grid, h)
                if not any(grid.cell_of(*t) in reach for t in targets):
                    problems.append(Problem(room.path, f"Coraline cannot reach '{h.name}' from spawn"
                                            f" '{spawn.name}' — widen the walkarea or move its"
                                            " walk_to point", f"object '{h.name}' (id {h.object_id})"))
    return problems


def floor_shape(content: Content) -> list[Problem]:
    """Floor no spawn can reach (an island) and walk areas too thin to stand on."""
    problems = []
    for room in content.rooms.values():
        grid = WalkGrid.build(room.width, room.height, room.walkareas, room.blockers)
        reached: set[tuple[int, int]] = set()
        for spawn in room.spawns.values():
            reached |= grid.reachable_from(spawn.x, spawn.y)
        for i, poly in enumerate(room.walkareas):
            xs, ys = [p[0] for p in poly], [p[1] for p in poly]
            cells = [(c, r) for r in range(int(min(ys)) // 4, int(max(ys)) // 4 + 1)
                     for c in range(int(min(xs)) // 4, int(max(xs)) // 4 + 1) if grid.cell_open(c, r)]
            where = f"walkarea #{i + 1} at ({min(xs):.0f}, {min(ys):.0f})"
            if not cells:
                problems.append(Problem(room.path, "this walk area is too thin to stand on (under 4 px)"
                                        " — widen it or delete it", where, "warning"))
            elif not any(cell in reached for cell in cells):
                problems.append(Problem(room.path, "no spawn can reach this walk area: it is an island"
                                        " — join it to the rest of the floor", where, "warning"))
    return problems


def _targets(grid: WalkGrid, h) -> list[tuple[float, float]]:
    if h.walk_to is not None:
        return [grid.nearest_walkable(*h.walk_to)]
    if h.kind == "actor":
        x, y = h.position
        return [grid.nearest_walkable(x + TALK_DISTANCE, y), grid.nearest_walkable(x - TALK_DISTANCE, y)]
    x, y, w, hgt = h.bbox
    return [grid.nearest_walkable(x + w / 2, y + hgt)]
