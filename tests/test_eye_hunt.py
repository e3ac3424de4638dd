"""The eye hunt can be won in every order of its three areas, and in the shuffled hunt for
several seeds; the world comes apart as it goes."""

from __future__ import annotations

import itertools

import pytest

from coraline_game.content.script import parse_condition
from coraline_game.world.explore import Explorer, play
from coraline_game.world.walkthrough import new_game, solve
from coraline_game.world.world import World

AREAS = ("garden", "theatre", "circus")


def walk(world: World, explorer: Explorer, route) -> None:
    explorer.settle(world)
    for command in route:
        play(world, command)
        explorer.settle(world)


@pytest.fixture(scope="module")
def challenge_accepted(content, story_search) -> World:
    """The game just after the Beldam accepts the challenge, reached by the solver's route."""
    world = World(content)
    explorer = Explorer(content)
    explorer.settle(world)
    for command in story_search.ending:
        play(world, command)
        explorer.settle(world)
        if "game_accepted" in world.state.flags:
            return world
    raise AssertionError("the solver's route never reaches the challenge")


@pytest.mark.parametrize("order", list(itertools.permutations(AREAS)), ids="-".join)
def test_the_hunt_can_be_won_in_every_order(content, challenge_accepted, order):
    world = challenge_accepted.fork()
    for n, area in enumerate(order, 1):
        goal = parse_condition(f"flag got_eye_{area}", "test", "goal")
        explorer = Explorer(content, goal=goal)
        found = explorer.search(world)
        assert found.ending is not None, f"no way to the {area} eye after {order[:n - 1]}"
        walk(world, explorer, found.ending)
        taken = {a for a in AREAS if f"got_eye_{a}" in world.state.flags}
        assert taken == set(order[:n]), f"taking the {area} eye also took {taken - set(order[:n])}"
        assert f"eyes_{n}" in world.state.flags
    assert world.state.room == "other_living_room" and world.state.chapter == 6
    explorer = Explorer(content, goal=parse_condition("flag door_slammed", "test", "goal"))
    found = explorer.search(world)
    assert found.ending is not None and not found.dead_ends


def test_rooms_vanish_as_the_eyes_are_found(content):
    world = World(content, room="other_garden")
    assert world.visible(world.room.hotspot("gate"))
    world.state.flags |= {"game_accepted", "eyes_1"}
    assert not world.visible(world.room.hotspot("gate"))  # the grey edge is gone
    living = World(content, room="other_living_room")
    living.state.flags |= {"game_accepted", "eyes_1", "eyes_2"}
    assert not living.visible(living.room.hotspot("door_hallway"))
    assert living.visible(living.room.hotspot("door_kitchen"))
    living.state.flags.add("eyes_3")
    assert not living.visible(living.room.hotspot("door_kitchen"))  # only this room is left


@pytest.mark.parametrize("seed", [3, 11, 2026])
def test_the_shuffled_hunt_is_solvable_and_hides_the_eyes_by_seed(content, seed):
    explorer = Explorer(content)
    found = explorer.search(new_game(content, seed, "any-shuffled"))
    assert found.ending is not None and not found.dead_ends
    world = new_game(content, seed, "any-shuffled")
    walk(world, explorer, found.ending)
    places = sorted(f for f in world.state.flags if "_eye_at_" in f)
    assert len(places) == 3
    assert solve(content, seed, "any-shuffled") == found.ending  # the same seed, the same hunt
