"""Chapter 6: the snow globe found with the stone, the trick, the cat, the run, the slam.
A failure costs seconds: caught, Coraline is back at the start of the moment with
everything she had."""

from __future__ import annotations

import pytest

from coraline_game.world.autoplay import Autoplay
from coraline_game.world.world import World

BEFORE = ("night_one day_two night_two day_three night_three parents_gone game_accepted "
          "eyes_1 eyes_2 eyes_3 cat_follows").split()
CARRIED = ["dowsing_rod", "button_key", "seeing_stone", "old_photo", "cat",
           "eye_garden", "eye_theatre", "eye_circus"]


@pytest.fixture
def play(content) -> Autoplay:
    world = World(content, room="other_living_room", spawn="from_collapse")
    world.state.flags |= set(BEFORE)
    for item in CARRIED:
        world.give(item)
    autoplay = Autoplay(world)
    autoplay.settle()
    return autoplay


def visible(play: Autoplay, name: str) -> bool:
    h = play.world.room.hotspot(name)
    return h is not None and play.world.visible(h)


def idle_for(play: Autoplay, ticks: int) -> None:
    for _ in range(ticks):
        play.step()
    play.settle()


def test_the_door_from_the_snow_globe_to_the_slam(play):
    s = play.world.state
    assert not visible(play, "small_door_back") and not visible(play, "door_kitchen")
    assert play.world.room.hotspot("snow_globe").secret
    play.click("beldam")
    assert "small_door_unlocked" not in s.flags  # no trick without the globe
    play.use("seeing_stone", "snow_globe")
    assert "snow_globe" in s.inventory
    play.use("cat", "beldam")
    assert "beldam_blinded" not in s.flags  # the door is still shut: too early
    play.click("beldam", answers=["I know where they are"])
    assert "small_door_unlocked" in s.flags and visible(play, "small_door_back")
    play.use("cat", "beldam")
    assert "beldam_blinded" in s.flags and "cat" not in s.inventory
    play.click("small_door_back")
    assert s.room == "corridor"
    play.click("to_living_room")
    assert "door_slammed" in s.flags and s.room == "bedroom" and s.chapter == 7
    assert "snow_globe" not in s.inventory and play.said("her hand")


def test_dawdling_after_the_trick_lets_her_pounce_and_costs_only_the_moment(play):
    s = play.world.state
    play.use("seeing_stone", "snow_globe")
    play.click("beldam", answers=["I know where they are"])
    idle_for(play, 700)
    assert play.said("Too slow") and "small_door_unlocked" not in s.flags
    assert sorted(s.inventory) == sorted(CARRIED + ["snow_globe"])
    play.click("beldam", answers=["I know where they are"])  # the trick works again
    play.use("cat", "beldam")
    assert "beldam_blinded" in s.flags


def test_stopping_in_the_collapsing_corridor_gets_her_caught_at_its_start(play):
    s = play.world.state
    play.use("seeing_stone", "snow_globe")
    play.click("beldam", answers=["I know where they are"])
    play.use("cat", "beldam")
    play.click("small_door_back")
    start = (s.player.x, s.player.y)
    play.walk(480, 250)
    idle_for(play, 900)
    assert play.said("round my ankle")
    assert s.room == "corridor" and (s.player.x, s.player.y) == start
    play.click("to_living_room")  # walking straight there is fast enough
    assert "door_slammed" in s.flags
