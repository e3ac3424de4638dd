"""A game saved to JSON and loaded again, anywhere along the route, plays on exactly as before,
and its hash is the same in every process; bad save data is refused with a readable reason."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from coraline_game.world.commands import Advance, Command, Hint, Interact, LookItem, Skip
from coraline_game.world.events import LineSaid
from coraline_game.world.state import ActorState, GameState
from coraline_game.world.state_codec import dump_state, load_state, state_hash
from coraline_game.world.walkthrough import Run, new_game, perform
from coraline_game.world.world import World

FOLLOW = 600  # ticks a loaded game plays on beside the original
EVERY = 97


@pytest.fixture(scope="module")
def run(content, story_search) -> Run:
    return perform(content, story_search.ending)


def batches(run: Run) -> dict[int, list[Command]]:
    out: dict[int, list[Command]] = {}
    for tick, command in run.commands:
        out.setdefault(tick, []).append(command)
    return out


def reloaded(world: World) -> World:
    """A new World holding the state saved to JSON text and read back, as a save file would."""
    text = json.dumps(dump_state(world.state))
    twin = World(world.content)
    twin.state = load_state(json.loads(text), world.content)
    return twin


def situations(s: GameState) -> Iterator[str]:
    """The moments a save must survive, for picking checkpoints and checking they were hit."""
    if s.line is not None:
        yield "mid-line"
    if s.choice is not None:
        yield "mid-choice"
    if s.player.path:
        yield "mid-walk"
    if any(a.path for a in s.actors.values()):
        yield "actor walking"
    if s.fade != s.fade_target:
        yield "mid-fade"
    if s.deadline is not None:
        yield "danger deadline"
    if s.chapter_card_until > s.tick:
        yield "chapter card"
    if s.pending is not None:
        yield "walking to act"
    if s.script is not None and len(s.script.frames) >= 3:
        yield "nested script"
    if s.script is not None and any(f.is_option for f in s.script.frames):
        yield "inside a choice's answer"


def test_a_game_loaded_anywhere_on_the_route_plays_on_identically(content, run):
    by_tick = batches(run)
    world = new_game(content, run.seed, run.category)
    followers: list[tuple[int, World]] = []  # (tick to compare at, loaded world)
    seen: set[str] = set()
    hashes: set[str] = set()
    checkpoints = 0
    while world.state.tick < run.ticks:
        s = world.state
        new = set(situations(s)) - seen
        if s.tick % EVERY == 0 or new:
            seen |= new
            twin = reloaded(world)
            assert twin.state == s, f"tick {s.tick}: the loaded state differs"
            assert state_hash(twin.state) == state_hash(s)
            hashes.add(state_hash(s))
            followers.append((s.tick + FOLLOW, twin))
            checkpoints += 1
        batch = by_tick.get(s.tick, [])
        world.step(batch)
        for _, twin in followers:
            twin.step(batch)
        due = [twin for until, twin in followers if until == world.state.tick]
        for twin in due:
            assert state_hash(twin.state) == state_hash(world.state), (
                f"a game loaded at tick {world.state.tick - FOLLOW} went its own way")
        followers = [(until, twin) for until, twin in followers if until > world.state.tick]
    assert seen == {"mid-line", "mid-choice", "mid-walk", "actor walking", "mid-fade",
                    "danger deadline", "chapter card", "walking to act", "nested script",
                    "inside a choice's answer"}
    assert len(hashes) == checkpoints  # different moments, different hashes
    assert run.ticks // EVERY <= checkpoints


def test_every_field_of_the_state_is_saved(content):
    data = dump_state(World(content).state)
    assert {f.name for f in dataclasses.fields(GameState)} <= set(data)
    assert {f.name for f in dataclasses.fields(ActorState)} == set(data["player"])


def test_the_hash_changes_with_the_state(content):
    world = World(content)
    before = state_hash(world.state)
    world.state.flags.add("met_wybie")
    assert state_hash(world.state) != before
    assert len(before) == 64 and int(before, 16) >= 0


def test_sets_are_saved_sorted(content):
    world = World(content)
    world.state.flags.update(["zebra", "apple", "mango"])
    world.state.examined.update([("kitchen", "b"), ("bedroom", "z"), ("bedroom", "a")])
    world.state.used_options.update([("b.script:3", 4), ("a.script:9", 12), ("a.script:9", 10)])
    data = dump_state(world.state)
    assert data["flags"] == ["apple", "mango", "zebra"]
    assert data["examined"] == [["bedroom", "a"], ["bedroom", "z"], ["kitchen", "b"]]
    assert data["used_options"] == [["a.script:9", 10], ["a.script:9", 12], ["b.script:3", 4]]
    assert load_state(json.loads(json.dumps(data)), content) == world.state


def in_the_bedroom(content) -> World:
    """A game in the bedroom, its entrance scene skipped: Coraline stands ready."""
    world = World(content, room="bedroom")
    for _ in range(2000):
        if world.state.idle:
            return world
        world.step([Skip()])
    raise AssertionError("the bedroom's entrance never ends")


def step_and_listen(world: World, commands: list[Command], ticks: int) -> list[str]:
    said = []
    for n in range(ticks):
        events = world.step(commands if n == 0 else [])
        said += [e.text for e in events if isinstance(e, LineSaid)]
    return said


@pytest.mark.parametrize("command", [Hint(), Interact("door", "look")], ids=["hint", "fallback"])
def test_a_made_up_one_line_script_survives_a_load(content, command):
    """Hints and fallback replies are one-line scripts the world makes up, not the content's."""
    world = in_the_bedroom(content)
    step_and_listen(world, [command], 1)
    assert world.state.script is not None and world.state.line is not None
    assert world.state.script.frames[0].origin.event.path == ""  # made up indeed
    twin = reloaded(world)
    assert twin.state == world.state
    for w in (world, twin):
        step_and_listen(w, [Advance()], 30)
    assert state_hash(twin.state) == state_hash(world.state)


def test_an_items_common_look_is_told_from_the_rooms_own_event_of_that_name(content):
    """The bedroom has its own 'on look dowsing_rod' (the rod on the shelf); looking at the rod
    in the inventory runs the common one. A load must resume the one that was running."""
    key = ("look", "dowsing_rod", "")
    assert key in content.rooms["bedroom"].events and key in content.common_events
    world = in_the_bedroom(content)
    world.state.inventory.append("dowsing_rod")
    step_and_listen(world, [LookItem("dowsing_rod")], 1)
    twin = reloaded(world)
    assert twin.state.script is not None
    assert twin.state.script.frames[0].origin.event is content.common_events[key]
    lines = [step_and_listen(w, [Advance()], 1) + step_and_listen(w, [Advance()], 1)
             for w in (world, twin)]
    assert lines[0] == lines[1]
    assert state_hash(twin.state) == state_hash(world.state)


SUBPROCESS = """
import json, sys
from coraline_game.content.loader import load_content
from coraline_game.world.state_codec import dump_state, load_state, state_hash
from coraline_game.world.walkthrough import load_run, new_game
from coraline_game.world.world import World
content = load_content()
with open(sys.argv[1], encoding="utf-8") as f:
    run = load_run(f.read())
world = new_game(content, run.seed, run.category)
commands = list(run.commands)
for tick in range(int(sys.argv[2])):
    if tick == int(sys.argv[2]) // 2:
        state = load_state(json.loads(json.dumps(dump_state(world.state))), content)
        world = World(content)
        world.state = state
    world.step([c for t, c in commands if t == tick])
print(state_hash(world.state))
"""


def test_the_hash_is_the_same_in_processes_with_different_string_hashing(content, run, tmp_path):
    ticks = 3000
    route = tmp_path / "route.json"
    route.write_text(run.to_json(), encoding="utf-8")
    procs = []
    for seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        procs.append(subprocess.Popen([sys.executable, "-c", SUBPROCESS, str(route), str(ticks)],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True))
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out.strip())
    world = new_game(content, run.seed, run.category)
    by_tick = batches(run)
    for tick in range(ticks):
        world.step(by_tick.get(tick, []))
    assert len(world.state.flags) > 10  # a set worth sorting
    assert outputs == [state_hash(world.state)] * 2


# ---- bad data -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def saved(content, run) -> dict:
    """A dump taken while Coraline answers a choice inside a nested script."""
    by_tick = batches(run)
    world = new_game(content, run.seed, run.category)
    while world.state.tick < run.ticks:
        s = world.state
        if s.choice is not None and s.script is not None and len(s.script.frames) >= 2:
            return json.loads(json.dumps(dump_state(s)))
        world.step(by_tick.get(s.tick, []))
    raise AssertionError("the route never shows a choice inside a nested script")


def broken(data: dict, change) -> dict:
    data = copy.deepcopy(data)
    change(data)
    return data


@pytest.mark.parametrize("change, reason", [
    (lambda d: d.pop("player"), "state: missing field 'player'"),
    (lambda d: d.update(extra=1), "state: unknown field 'extra'"),
    (lambda d: d.update(version=99), "state.version"),
    (lambda d: d.update(tick="12"), "state.tick: expected a whole number"),
    (lambda d: d.update(skipping=1), "state.skipping: expected true or false"),
    (lambda d: d.update(fade=2.5), "state.fade"),
    (lambda d: d.update(flags="met_wybie"), "state.flags: expected a list"),
    (lambda d: d["player"].update(x="left"), "state.player.x: expected a number"),
    (lambda d: d["player"].update(x=float("nan")), "state.player.x"),
    (lambda d: d["player"].update(facing="sideways"), "state.player.facing"),
    (lambda d: d["player"]["path"].append([1.0]), "state.player.path"),
    (lambda d: d.update(room="attic"), "state.room: no room 'attic'"),
    (lambda d: d["visited"].append("attic"), "state.visited"),
    (lambda d: d["inventory"].append("lightsaber"), "no item 'lightsaber'"),
    (lambda d: d["inventory"].append(d["inventory"][0]), "state.inventory: an entry appears twice"),
    (lambda d: d.update(deadline={"room": "attic", "tick": 5, "script": "x"}), "state.deadline.room"),
    (lambda d: d["script"]["frames"][-1].update(block=[[99, 0]]), "block: step 0 [99, 0] leads nowhere"),
    (lambda d: d["script"]["frames"][0].update(pc=999), "state.script.frames[0].pc"),
    (lambda d: d["script"]["frames"][0]["event"].update(key=["look", "nothing_here", ""]),
     "state.script.frames[0].event"),
    (lambda d: d["script"]["frames"][0]["event"].update(line=100_000), "no longer at line"),
    (lambda d: d["script"].update(waiting={"until": "doomsday"}), "state.script.waiting"),
    (lambda d: d["choice"].update(stmt=0, block=[]), "state.choice.stmt"),
    (lambda d: d["choice"].update(offered=[0, 0]), "state.choice.offered"),
    (lambda d: d.update(script=None), "state.choice: a choice is shown but no script"),
])
def test_bad_data_is_refused_naming_the_field(content, saved, change, reason):
    load_state(saved, content)  # the unbroken one loads
    with pytest.raises(ValueError) as err:
        load_state(broken(saved, change), content)
    assert reason in str(err.value)


def test_data_that_is_not_a_state_at_all_is_refused(content):
    for junk in (None, [], "state", 3, {}):
        with pytest.raises(ValueError, match="state"):
            load_state(junk, content)


def leaves(data: object, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaves(value, (*path, key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            yield from leaves(value, (*path, n))


def test_any_field_spoilt_in_any_way_gives_a_value_error_or_a_valid_state(content, saved):
    junk = (None, True, -1, 10**9, 0.5, "", "attic", [], [0, 0], {}, {"until": "tick"})
    paths = [p for p in leaves(saved) if p]
    assert len(paths) > 100
    for path in paths:
        for value in junk:
            data = copy.deepcopy(saved)
            holder = data
            for step in path[:-1]:
                holder = holder[step]
            holder[path[-1]] = value
            try:
                load_state(data, content)
            except ValueError:
                pass
        data = copy.deepcopy(saved)
        holder = data
        for step in path[:-1]:
            holder = holder[step]
        del holder[path[-1]]
        try:
            load_state(data, content)
        except ValueError:
            pass


def test_a_position_outside_the_room_is_refused(content):
    from coraline_game.world.world import World
    data = dump_state(World(content).state)
    data["player"]["x"] = 99999.0
    with pytest.raises(ValueError, match=r"state.player: \(99999, .*\) is outside the room"):
        load_state(data, content)
