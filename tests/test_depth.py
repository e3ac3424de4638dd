"""Rooms with depth: actors further off are drawn smaller, as the map's ``depth`` says, and a
wrong ``depth`` is named at load."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from test_effects import load_problem
from test_tiled_adapter import make_map

from coraline_game.content.depth import parse_depth, scale_at
from coraline_game.content.tiled import load_room
from coraline_game.render.assets import Assets
from coraline_game.render.room_view import RoomView
from coraline_game.render.sprites import Sprites


def map_with_depth(tmp_path, depth: str):
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace(
        '<property name="title" value="Test room"/>',
        f'<property name="title" value="Test room"/><property name="depth" value="{depth}"/>'))
    return path


def test_the_scale_follows_the_line_between_the_pairs_and_holds_beyond_them():
    depth, wrong = parse_depth("100:0.5, 200:1", 320)
    assert not wrong and depth == ((100.0, 0.5), (200.0, 1.0))
    assert [scale_at(depth, y) for y in (40, 100, 150, 200, 300)] == [0.5, 0.5, 0.75, 1.0, 1.0]
    assert scale_at((), 10) == 1.0


def test_a_room_loads_its_depth(tmp_path):
    room = load_room(str(map_with_depth(tmp_path, "10:0.6, 30:1")))
    assert room.depth == ((10.0, 0.6), (30.0, 1.0))


@pytest.mark.parametrize("depth, says", [
    ("10-0.5, 20:1", "'10-0.5' with no ':'"),
    ("10:half, 20:1", "write pairs of feet y and scale"),
    ("10:0.5", "needs two pairs or more"),
    ("20:0.5, 10:1", "list the pairs far (small y) to near"),
    ("10:0.5, 30:1.5", "scale 1.5; it must be from 0.25 to 1"),
    ("10:0.5, 900:1", "y 900, outside the room"),
])
def test_a_wrong_depth_is_named_with_the_file(tmp_path, depth, says):
    message = load_problem(map_with_depth(tmp_path, depth))
    assert "room.tmx" in message and "map properties" in message and says in message


def drawn_height(content, room, y: float) -> int:
    """How many rows of Coraline show when she stands with her feet at ``y``."""
    from coraline_game.app import App, StartState
    world = App(content, StartState(room=room.id, spawn="start", items=(), flags=(),
                                    seed=0)).new_world()
    world.state.player.y = y
    assets = Assets()
    view = RoomView(room, assets, Sprites(assets))
    sheets = {c.id: c.sprite for c in content.characters.values()}
    bare, shown = pygame.Surface((640, 320)), pygame.Surface((640, 320))
    view.draw(bare, world.state, 0, {})  # the room without her
    view.draw(shown, world.state, 0, sheets)
    x = round(world.state.player.x)
    rows = [r for r in range(320) if any(bare.get_at((c, r)) != shown.get_at((c, r))
                                          for c in range(x - 8, x + 8))]
    return max(rows) - min(rows) + 1


def test_coraline_is_drawn_smaller_at_the_back_of_the_mirror_room(content):
    room = content.rooms["mirror_room"]
    assert room.depth, "the mirror room's steep floor has depth"
    near, far = drawn_height(content, room, 310), drawn_height(content, room, 224)
    flat = drawn_height(content, replace(room, depth=()), 224)
    assert far < near * 0.7 and flat >= near


def test_further_off_she_takes_smaller_steps_and_a_ghost_is_a_smaller_target(content):
    """Speed follows the drawing: at the far end of the mirror room she covers less floor a
    tick, as her smaller self would, and a far ghost is clicked on its smaller picture."""
    from coraline_game.app import App, StartState
    room = content.rooms["mirror_room"]

    def pace(y: float) -> float:
        world = App(content, StartState(room="mirror_room", spawn="start", items=(), flags=(),
                                        seed=0)).new_world()
        player = world.state.player
        player.x, player.y, player.path = 320.0, y, [(420.0, y)]
        world.step([])
        return player.x - 320.0

    assert pace(226) < pace(310) * 0.7
    far = room.hotspot("ghost_boy")
    near = room.hotspot("ghost_girl2")
    assert far is not None and near is not None
    assert far.bbox[3] < near.bbox[3] * 0.8  # boxes drawn to the scale of the figure in them
