"""Coraline walks only on the floor, around furniture, and gets as close as she can."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from coraline_game.world.navigation import WalkGrid

# An L-shaped floor with a table (blocker) in the middle of the wide part.
FLOOR = ((20.0, 200.0), (620.0, 200.0), (620.0, 310.0), (300.0, 310.0), (300.0, 260.0),
         (20.0, 260.0))
TABLE = ((400.0, 220.0), (470.0, 220.0), (470.0, 280.0), (400.0, 280.0))
GRID = WalkGrid.build(640, 320, (FLOOR,), (TABLE,))


def walk(grid: WalkGrid, start: tuple[float, float], goal: tuple[float, float], step: float = 1.5):
    """Every position along the path, one step apart, as the world moves an actor."""
    x, y = start
    yield x, y
    for tx, ty in grid.find_path(start, goal):
        while (d := math.hypot(tx - x, ty - y)) > step:
            x += (tx - x) / d * step
            y += (ty - y) / d * step
            yield x, y
        x, y = tx, ty
        yield x, y


def test_the_table_is_not_floor():
    assert GRID.is_walkable(100, 230)
    assert not GRID.is_walkable(430, 250)
    assert not GRID.is_walkable(100, 290)  # the cut-out corner of the L


def test_walking_round_the_table_never_crosses_it():
    positions = list(walk(GRID, (380, 250), (500, 250)))
    assert positions[-1] == (500, 250)
    assert all(GRID.is_walkable(x, y) for x, y in positions)


def test_a_click_off_the_floor_walks_to_the_nearest_floor():
    end = list(walk(GRID, (100, 230), (100, 20)))[-1]
    assert GRID.is_walkable(*end)
    assert abs(end[0] - 100) < 6 and abs(end[1] - 200) < 6


@settings(max_examples=200, deadline=None)
@given(st.floats(25, 615), st.floats(205, 305), st.floats(-50, 700), st.floats(-50, 400))
def test_random_clicks_never_leave_the_floor(sx, sy, gx, gy):
    start = GRID.nearest_walkable(sx, sy)
    positions = list(walk(GRID, start, (gx, gy)))
    assert all(GRID.is_walkable(x, y) for x, y in positions)
    # and she gets where she was sent, or the nearest reachable spot to it
    end = positions[-1]
    nearest = GRID.nearest_walkable(gx, gy)
    assert math.dist(end, nearest) < 1e-6
