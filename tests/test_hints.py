"""Asking for a hint (H) nudges before it tells, and follows the story as it moves on."""

from __future__ import annotations

from coraline_game.world.autoplay import Autoplay
from coraline_game.world.commands import Hint
from coraline_game.world.world import World


def ask(play: Autoplay) -> str:
    before = len(play.transcript)
    play.act(Hint())
    (said,) = play.transcript[before:]
    assert said[0] == "coraline"
    return said[1]


def test_hints_escalate_from_a_nudge_to_the_answer(content):
    play = Autoplay(World(content))
    play.settle()
    first, second, third, again = (ask(play) for _ in range(4))
    assert len({first, second, third}) == 3
    assert "well" not in first.lower()  # never the whole answer at the first ask
    assert "old well" in third.lower() and again == third


def test_the_hint_follows_the_story(content):
    world = World(content, room="living_room")
    world.give("rag_doll")
    world.state.flags |= {"met_wybie", "got_rag_doll"}
    play = Autoplay(world)
    play.settle()
    assert "wallpaper" in ask(play).lower() or "wallpaper" in ask(play).lower()
    play.click("wallpaper_bump")
    assert "small_door_found" in world.state.flags
    lines = [ask(play) for _ in range(4)]
    assert "wallpaper" not in " ".join(lines).lower()
    assert "ask mom" in lines[-1].lower() and "little door" in lines[-1].lower()


def test_every_goal_in_the_walkthrough_has_a_hint(content, story_search):
    """Along the solver's route, H always has something useful to say."""
    from coraline_game.world.explore import Explorer
    route = story_search.ending
    explorer = Explorer(content)
    world = World(content)
    explorer.settle(world)
    for command in route:
        probe = world.fork()
        assert probe.next_hint() != content.no_hint, f"no hint in {world.state.room} before {command}"
        world.step([command])
        explorer.settle(world)
