"""A room's ``held_if``: while something has hold of Coraline she cannot walk away, but she
can still fight back from where she stands."""

from __future__ import annotations

from dataclasses import replace

from test_effects import load_problem
from test_tiled_adapter import make_map

from coraline_game.content.script import parse_condition
from coraline_game.world.commands import Advance, Interact, WalkTo
from coraline_game.world.world import World


def garden_world(content, flags: tuple[str, ...]):
    from coraline_game.app import App, StartState
    return App(content, StartState(room="garden", spawn="start", items=(), flags=flags,
                                   seed=0)).new_world()


def settle(world) -> None:
    """Let the room's entry script play out, as a player clicking through it would."""
    for _ in range(600):
        if not world.state.busy:
            return
        world.step([Advance()])
    raise AssertionError("the room's script never ended")


def test_while_held_a_click_on_the_floor_only_turns_her(content):
    held = replace(content.rooms["garden"], held_if=parse_condition("flag grabbed", "t", "t"))
    world = World(replace(content, rooms={**content.rooms, "garden": held}), room="garden")
    settle(world)
    world.state.flags.add("grabbed")
    player = world.state.player
    where = (player.x, player.y)
    world.step([WalkTo(player.x - 120, player.y)])
    for _ in range(60):
        world.step([])
    assert (player.x, player.y) == where and player.facing == "left"
    world.state.flags.discard("grabbed")  # let go: she walks again
    world.step([WalkTo(player.x - 120, player.y)])
    for _ in range(10):
        world.step([])
    assert player.x < where[0]


def test_the_hand_on_her_ankle_holds_her_until_it_is_fought_off(content):
    assert content.rooms["garden"].held_if is not None
    world = garden_world(content, ("well_open", "hand_attack"))
    settle(world)
    player = world.state.player
    where = (player.x, player.y)
    world.step([WalkTo(player.x + 200, player.y)])
    for _ in range(30):
        world.step([])
    assert (player.x, player.y) == where
    world.step([Interact("back_door", "go")])  # the exits refuse, from where she stands
    for _ in range(5):
        world.step([])
    assert (player.x, player.y) == where and world.state.line is not None
    assert "ankle" in world.state.line.text


def test_a_wrong_held_if_is_named_at_load(tmp_path):
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace(
        '<property name="title" value="Test room"/>',
        '<property name="title" value="Test room"/><property name="held_if" value="flag"/>'))
    message = load_problem(path)
    assert "room.tmx" in message and "held_if" in message
