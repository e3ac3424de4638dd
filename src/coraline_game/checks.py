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
                if not any(grid._cell_of(*t) in reach for t in targets):
                    problems.append(Problem(room.path, f"Coraline cannot reach '{h.name}' from spawn"
                                            f" '{spawn.name}' — widen the walkarea or move its"
                                            " walk_to point", f"object '{h.name}' (id {h.object_id})"))
    return problems


def _targets(grid: WalkGrid, h) -> list[tuple[float, float]]:
    if h.walk_to is not None:
        return [grid.nearest_walkable(*h.walk_to)]
    if h.kind == "actor":
        x, y = h.position
        return [grid.nearest_walkable(x + TALK_DISTANCE, y), grid.nearest_walkable(x - TALK_DISTANCE, y)]
    x, y, w, hgt = h.bbox
    return [grid.nearest_walkable(x + w / 2, y + hgt)]
