"""The game can always be finished: the solver finds the way, the run it records plays back
to the ending, and no reachable state is a dead end."""

from __future__ import annotations

import json
import shutil

import pytest

from coraline_game.cli import main
from coraline_game.content.loader import load_content
from coraline_game.content.paths import content_root
from coraline_game.world.commands import Interact, UseItem
from coraline_game.world.conditions import holds
from coraline_game.world.explore import Explorer, describe
from coraline_game.world.walkthrough import load_run, play_back
from coraline_game.world.world import World


@pytest.fixture(scope="module")
def walkthrough_file(tmp_path_factory, content):
    out = tmp_path_factory.mktemp("walk") / "any.json"
    assert main(["walkthrough", "--out", str(out)]) == 0
    return out


def test_the_walkthrough_finishes_the_story_and_plays_back(walkthrough_file, content, capsys):
    run = load_run(walkthrough_file.read_text(encoding="utf-8"))
    world = play_back(content, run)
    assert holds(content.ending, world.state)
    assert world.state.tick == run.ticks > 0
    assert world.state.room == "credits" and world.state.chapter == 7
    assert {"door_slammed", "key_in_well", "got_eye_garden", "got_eye_theatre",
            "got_eye_circus"} <= world.state.flags
    assert "button_key" not in world.state.inventory  # down the well


def test_no_reachable_state_is_a_dead_end(story_search):
    found = story_search
    assert found.ending is not None
    assert found.dead_ends == [], "dead ends reached by: " + "; ".join(describe(p) for p in found.dead_ends[:3])
    assert any(isinstance(c, UseItem) and c.item == "dowsing_rod" for c in found.ending)


def test_a_dead_end_is_found_and_the_way_into_it_named(tmp_path):
    shutil.copytree(content_root() / "maps", tmp_path / "maps")
    shutil.copytree(content_root() / "assets", tmp_path / "assets")
    script = tmp_path / "maps" / "rooms" / "kitchen.script"
    text = script.read_text(encoding="utf-8")
    # a careless edit: the stick goes down the drain for good, key or no key
    text = text.replace("on use sink with dowsing_rod:", "on use sink with dowsing_rod:\n"
                        "    take dowsing_rod\n    set took_dowsing_rod\n    stop\n\non script unused_old_sink:")
    script.write_text(text, encoding="utf-8")
    content = load_content(tmp_path)
    found = Explorer(content).search(World(content))
    assert found.dead_ends
    shortest = found.dead_ends[0]
    assert shortest[-1] == UseItem("dowsing_rod", "sink")
    assert Interact("dowsing_rod", "take") in shortest


@pytest.mark.parametrize("mangle, words", [
    (lambda t: t[: len(t) // 2], "not JSON"),
    (lambda t: t.replace('"coraline-walkthrough"', '"something-else"'), "not a walkthrough file"),
    (lambda t: t.replace('"do": "advance"', '"do": "teleport"', 1), "unknown command 'teleport'"),
    (lambda t: t.replace('"version": 1', '"version": 99'), "format version 99"),
])
def test_a_damaged_walkthrough_file_is_refused_with_a_reason(walkthrough_file, mangle, words):
    with pytest.raises(ValueError, match=words):
        load_run(mangle(walkthrough_file.read_text(encoding="utf-8")))


def test_a_run_that_goes_back_in_time_is_refused(walkthrough_file):
    data = json.loads(walkthrough_file.read_text(encoding="utf-8"))
    data["commands"][3][0] = 0
    with pytest.raises(ValueError, match="goes back in time"):
        load_run(json.dumps(data))
