"""A player clicking at random, anywhere in the story, never breaks the game: no exception, the
inventory never holds a thing twice, no eye is found twice, every exit leads somewhere real,
Coraline stays inside the room, and a save loaded at any moment is the very same game. Damaged
save data is refused with a reason (ValueError), never any other error.

CI=1 makes the runs derandomized and database-free, so every CI run plays the same games;
RANDOM_PLAY_SCALE=10 plays ten times as many (a longer hunt for bugs, by hand or nightly).
"""

from __future__ import annotations

import copy
import json
import os
import random
from collections import Counter, deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition, rule,
                                 run_state_machine_as_test)

from coraline_game.content.model import Content
from coraline_game.content.script import VERBS
from coraline_game.world.commands import (Advance, Choose, Command, Hint, Interact, LookItem, Skip,
                                          UseItem, Wait, WalkTo)
from coraline_game.world.events import ChapterStarted, ItemGained, RoomEntered
from coraline_game.world.explore import Explorer
from coraline_game.world.state import GameState
from coraline_game.world.state_codec import dump_state, load_state, state_hash
from coraline_game.world.walkthrough import load_run
from coraline_game.world.world import CHAPTER_CARD_TICKS, World

CI = bool(os.environ.get("CI"))
SCALE = float(os.environ.get("RANDOM_PLAY_SCALE", "1"))
EYES = ("eye_garden", "eye_theatre", "eye_circus")
SETTLE_TICKS = 3000  # at most this long to play a scene out, clicking past lines


def reproducible(max_examples: int, **kwargs: Any) -> settings:
    """Hypothesis settings: no deadline (a tick count, not a clock, is what matters), and in CI
    the same examples every run with no example database."""
    extra: dict[str, Any] = {"derandomize": True, "database": None} if CI else {}
    return settings(max_examples=max(1, round(max_examples * SCALE)), deadline=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                    **kwargs, **extra)


# -- where random play starts: a new game, or any point along the built-in route ---------------

StoryPoints = list[list[tuple[str, GameState]]]  # in groups: (where, state)


@pytest.fixture(scope="module")
def story_points(content) -> StoryPoints:
    """States along the built-in route, in groups each as likely a start as the others: one per
    chapter (every room change and chapter start) and one of the moments just after the clicks
    that find an eye (so random play finds eyes too, and would find one twice if it could)."""
    run = load_run(Path(content.speedrun.route).read_text(encoding="utf-8"))
    by_tick: dict[int, list[Command]] = {}
    for tick, command in run.commands:
        by_tick.setdefault(tick, []).append(command)
    world = World(content, seed=run.seed)
    recent: deque[GameState] = deque(maxlen=3)  # the states just after the last three clicks
    groups: dict[str, list[tuple[str, GameState]]] = {}

    def keep(group: str, why: str, state: GameState) -> None:
        where = f"route tick {state.tick} in {state.room}{why}"
        groups.setdefault(group, []).append((where, state.clone()))

    while world.state.tick <= run.ticks:
        clicks = by_tick.get(world.state.tick, [])
        events = world.step(clicks)
        for event in events:
            if isinstance(event, (RoomEntered, ChapterStarted)):
                keep(f"chapter {world.state.chapter}", "", world.state)
            elif isinstance(event, ItemGained) and event.item in EYES:
                for before in recent:
                    keep("eyes", f", just before finding {event.item}", before)
        if any(not isinstance(c, Advance) for c in clicks):
            recent.append(world.state.clone())
    assert len(groups) >= 7 and len(groups["eyes"]) >= 6
    return [groups[name] for name in sorted(groups)]


T = TypeVar("T")


def pick(data: st.DataObject, among: Sequence[T], label: str) -> T:
    """One of a list that exists only now (what is on screen, in the bag), any equally likely."""
    return among[data.draw(st.integers(0, len(among) - 1), label=label)]


class RandomPlay(RuleBasedStateMachine):
    """One game played at random: each rule is one thing a player (or a save) can do, followed by
    a few ticks of the world running on."""

    def __init__(self, content: Content, story_points: StoryPoints,
                 explorer: Explorer) -> None:
        super().__init__()
        self.content = content
        self.story_points = story_points
        self.explorer = explorer
        self.world = World(content)
        self.found: Counter[str] = Counter()  # eyes gained over the whole run, loads included
        self.patience: int | None = None  # ticks this player reads a line before clicking on

    # -- starting ---------------------------------------------------------------------------
    @initialize(data=st.data(), seed=st.integers(0, 9999), shuffled=st.booleans(),
                patience=st.none() | st.integers(1, 90))
    def start(self, data: st.DataObject, seed: int, shuffled: bool, patience: int | None) -> None:
        """A new game (any seed, shuffled or not) or a point of the route, each group as likely;
        a player who clicks past lines after ``patience`` ticks, or (None) only at random."""
        self.patience = patience
        group = data.draw(st.integers(0, len(self.story_points)), label="start group (0: new game)")
        if group == 0:
            self.world = World(self.content, seed=seed)
            if shuffled:
                self.world.set_flag("shuffled", True)
            note(f"start: a new game, seed {seed}{', shuffled' if shuffled else ''}")
        else:
            where, state = pick(data, self.story_points[group - 1], "point")
            self.world = World.from_state(self.content, state.clone())
            note(f"start: {where}")
        s = self.world.state
        self.found = Counter(e for e in EYES if e in s.inventory or f"got_{e}" in s.flags)

    # -- running the world ------------------------------------------------------------------
    def play(self, commands: list[Command], then: int = 0) -> None:
        """One tick with the commands, then ``then`` ticks of reading; note what was given."""
        if commands:
            note(f"tick {self.world.state.tick} in {self.world.state.room}: {commands}")
        self.tick(commands)
        for _ in range(then):
            self.tick([Advance()] if self.done_reading() else [])

    def done_reading(self) -> bool:
        """This player has read the line (or the chapter card) on screen long enough."""
        s = self.world.state
        if self.patience is None:
            return False
        if s.line is not None:
            return s.tick - s.line.tick >= self.patience
        card_shown = s.chapter_card_until - CHAPTER_CARD_TICKS
        return s.chapter_card_until > s.tick and s.tick - card_shown >= self.patience

    def tick(self, commands: list[Command]) -> None:
        for event in self.world.step(commands):
            if isinstance(event, ItemGained) and event.item in EYES:
                self.found[event.item] += 1

    # -- what a player does -----------------------------------------------------------------
    @rule(data=st.data(), verb=st.sampled_from(("", *VERBS)), instant=st.booleans(),
          then=st.integers(0, 120))
    def click_a_hotspot(self, data: st.DataObject, verb: str, instant: bool, then: int) -> None:
        """Click something on screen with its own verb ("") or another verb."""
        shown = self.world.visible_hotspots()
        if shown:
            h = pick(data, shown, "hotspot")
            self.play([Interact(h.name, verb or h.verb, instant)], then)

    @rule(data=st.data(), moves=st.integers(1, 4))
    def follow_the_story(self, data: st.DataObject, moves: int) -> None:
        """A few of the moves the story solver would try (an exit, a use that changes the
        story), each played out, so random play gets deep into the story, not only around it."""
        for _ in range(moves):
            options = self.explorer.commands(self.world)
            if not options:
                return
            move = pick(data, options, "move")
            if isinstance(move, Wait):  # standing still until the danger comes
                self.play([], min(move.ticks, 1200))
            else:
                self.play([move])
            self.play_out(data)

    @rule(fx=st.floats(-0.1, 1.1), fy=st.floats(-0.1, 1.1), run=st.booleans(), then=st.integers(0, 200))
    def walk_somewhere(self, fx: float, fy: float, run: bool, then: int) -> None:
        room = self.world.room
        self.play([WalkTo(round(fx * room.width, 1), round(fy * room.height, 1), run)], then)

    @rule(data=st.data(), then=st.integers(0, 120))
    def use_an_item_on_a_hotspot(self, data: st.DataObject, then: int) -> None:
        inventory, shown = self.world.state.inventory, self.world.visible_hotspots()
        if inventory and shown:
            item = pick(data, inventory, "item")
            self.play([UseItem(item, pick(data, shown, "hotspot").name)], then)

    @rule(data=st.data(), then=st.integers(0, 30))
    def look_at_an_item(self, data: st.DataObject, then: int) -> None:
        inventory = self.world.state.inventory
        if inventory:
            self.play([LookItem(pick(data, inventory, "item"))], then)

    @rule(index=st.integers(-1, 5), then=st.integers(0, 30))
    def choose_an_option(self, index: int, then: int) -> None:
        """Mostly one of the options shown; sometimes a number that is not there."""
        choice = self.world.state.choice
        if choice is not None and index >= 0:
            index %= len(choice.offered) + 1  # one past the end now and then
        self.play([Choose(index)], then)

    @rule(then=st.integers(0, 30))
    def click_past_a_line(self, then: int) -> None:
        self.play([Advance()], then)

    @rule(then=st.integers(0, 30))
    def skip_the_scene(self, then: int) -> None:
        self.play([Skip()], then)

    @rule(then=st.integers(0, 30))
    def ask_for_a_hint(self, then: int) -> None:
        self.play([Hint()], then)

    @rule(ticks=st.integers(1, 600))
    def wait(self, ticks: int) -> None:
        self.play([], ticks)

    @rule(data=st.data())
    def play_the_scene_out(self, data: st.DataObject) -> None:
        self.play_out(data)

    def play_out(self, data: st.DataObject) -> None:
        """Click past every line and answer every choice until Coraline stands idle, as a
        reader in a hurry would."""
        s = self.world.state
        for _ in range(SETTLE_TICKS):
            if s.idle:
                return
            if s.choice is not None:
                self.play([Choose(pick(data, range(len(s.choice.offered)), "answer"))])
            else:
                self.tick([Advance()] if s.line is not None or s.chapter_card_until > s.tick else [])

    @precondition(lambda self: not self.world.state.busy)
    @rule(data=st.data())
    def teleport(self, data: st.DataObject) -> None:
        """Jump to any room (what no player can do), so every room is played in."""
        room = pick(data, sorted(self.content.rooms), "room")
        spawn = pick(data, sorted(self.content.rooms[room].spawns) or ["start"], "spawn")
        note(f"tick {self.world.state.tick}: teleport to {room}, spawn {spawn}")
        self.world.goto(room, spawn)

    @rule(follow=st.integers(0, 60))
    def save_and_load(self, follow: int) -> None:
        """A save written as JSON text and loaded back is the same game, and stays the same as
        both play on; play goes on from the loaded one."""
        saved = self.world
        text = json.dumps(dump_state(saved.state))
        loaded = World.from_state(self.content, load_state(json.loads(text), self.content))
        note(f"tick {saved.state.tick}: save and load")
        assert state_hash(loaded.state) == state_hash(saved.state), "the loaded game differs from the saved one"
        self.world = loaded
        for n in range(follow):
            clicks: list[Command] = [Advance()] if n % 12 == 11 else []
            saved.step(clicks)
            self.tick(clicks)
            assert state_hash(loaded.state) == state_hash(saved.state), \
                f"the loaded game went another way {n + 1} ticks after loading"

    # -- what must always hold --------------------------------------------------------------
    @invariant()
    def the_inventory_holds_nothing_twice(self) -> None:
        inventory = self.world.state.inventory
        assert len(set(inventory)) == len(inventory), f"an item twice in {inventory}"
        assert set(inventory) <= set(self.content.items)

    @invariant()
    def no_eye_is_found_twice(self) -> None:
        twice = [eye for eye, n in self.found.items() if n > 1]
        assert not twice, f"found more than once: {twice}"

    @invariant()
    def every_exit_leads_somewhere_real(self) -> None:
        for h in self.world.room.hotspots:
            if h.kind == "exit":
                target = self.content.rooms.get(h.target)
                assert target is not None, f"exit {h.name} leads to no room '{h.target}'"
                assert h.spawn in target.spawns, f"exit {h.name}: '{h.target}' has no spawn '{h.spawn}'"

    @invariant()
    def coraline_stands_inside_the_room(self) -> None:
        p, room = self.world.state.player, self.world.room
        assert 0 <= p.x <= room.width and 0 <= p.y <= room.height, \
            f"Coraline at ({p.x:.1f}, {p.y:.1f}) outside {room.id} ({room.width}x{room.height})"


def test_random_play_never_breaks_the_game(content, story_points):
    explorer = Explorer(content)
    run_state_machine_as_test(lambda: RandomPlay(content, story_points, explorer),
                              settings=reproducible(max_examples=250, stateful_step_count=150))


# -- damaged save data -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def saved_texts(content, story_points) -> list[str]:
    """Real dumped states as JSON text: a new game, and the moments of the route that hold the
    most (a script several frames deep, a choice shown, a line said, a danger timer)."""
    def richness(s: GameState) -> int:
        return (len(s.script.frames) if s.script else 0) + 3 * (s.choice is not None) \
            + (s.line is not None) + 2 * (s.deadline is not None) + len(s.actors)

    ranked = sorted((s for points in story_points for _, s in points), key=richness, reverse=True)
    return [json.dumps(dump_state(s), indent=1) for s in [World(content).state, *ranked[:4]]]


def refuses_or_plays(data: object, content: Content) -> None:
    """What a save loader must do with any data: refuse it with ValueError, or load a game that
    then plays on (clicks, lines, choices, a walk), saves and loads again without error."""
    try:
        state = load_state(data, content)
    except ValueError:
        return
    world = World.from_state(content, state)
    shown = world.visible_hotspots()
    room = world.room
    clicks: list[Command] = [Advance(), Choose(0), Skip(), Hint(), WalkTo(room.width / 2, room.height * 0.8),
                             *(Interact(h.name, h.verb) for h in shown[:2])]
    for command in clicks:
        world.step([command])
        for _ in range(10):
            world.step()
    again = load_state(json.loads(json.dumps(dump_state(world.state))), content)
    assert state_hash(again) == state_hash(world.state)


def mutate(text: bytes, rng: random.Random, edits: int) -> bytes:
    """A file as a disk or a careless hand might leave it: bytes flipped, cut, doubled, dropped,
    a letter or digit changed."""
    data = bytearray(text)
    for _ in range(edits):
        kind = rng.randrange(9)  # a letter or digit changed is the likeliest
        at = rng.randrange(len(data) + 1) if data else 0
        if kind == 0 and data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del data[at:at + rng.randrange(1, 40)]
        elif kind == 2:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
        elif kind == 3:
            data[at:at] = rng.choice([b"null", b"-1", b"1e999", b'"', b"[", b"}", b"0", b"true", b'""'])
        elif kind == 4:
            del data[at:]  # cut short, as by a full disk or a kill mid-write
        else:
            _retype(data, rng)
    return bytes(data)


def _retype(data: bytearray, rng: random.Random) -> None:
    """Change one letter or digit into another of its kind: still JSON, wrong content."""
    spots = [i for i, b in enumerate(data) if chr(b).isalnum()]
    if spots:
        i = rng.choice(spots)
        pool = "0123456789" if chr(data[i]).isdigit() else "abcdefghijklmnopqrstuvwxyz_"
        data[i] = ord(rng.choice(pool))


def test_damaged_save_bytes_are_refused_never_crash(content, saved_texts):
    """A save file flipped, cut short or padded with junk: refused with a reason, or (when the
    damage happens to leave a valid game) loaded and playable."""
    @reproducible(max_examples=1000)
    @given(which=st.integers(0, len(saved_texts) - 1), seed=st.integers(0, 2**32 - 1),
           edits=st.integers(1, 4))
    def check(which: int, seed: int, edits: int) -> None:
        damaged = mutate(saved_texts[which].encode("utf-8"), random.Random(seed), edits)
        try:
            data = json.loads(damaged)
        except ValueError:  # not JSON, or not UTF-8: the save loader's first refusal
            return
        refuses_or_plays(data, content)

    check()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**12) | st.floats(allow_nan=True)
    | st.text(max_size=12) | st.sampled_from(["bedroom", "coraline", "eye_garden", "look", "up", "tick"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)


def paths_in(data: object, here: tuple = ()) -> list[tuple]:
    """Every place in a JSON tree, as a path of keys and indices."""
    out = [here]
    if isinstance(data, dict):
        for k, v in data.items():
            out += paths_in(v, (*here, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += paths_in(v, (*here, i))
    return out


def test_damaged_save_fields_are_refused_never_crash(content, saved_texts):
    """Well-formed JSON with wrong values in it: a field replaced, dropped or added anywhere."""
    @reproducible(max_examples=400)
    @given(which=st.integers(0, len(saved_texts) - 1), pick=st.integers(0, 10**6),
           how=st.sampled_from(["replace", "drop", "add"]), value=JSON_VALUES)
    def check(which: int, pick: int, how: str, value: object) -> None:
        data = json.loads(saved_texts[which])
        places = paths_in(data)
        path = places[pick % len(places)]
        if not path:
            refuses_or_plays(value, content)
            return
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if how == "replace":
            parent[last] = value
        elif how == "drop":
            del parent[last]
        elif isinstance(parent, dict):
            parent[f"{last}_extra"] = value
        else:
            parent.insert(last, copy.deepcopy(value))
        refuses_or_plays(data, content)

    check()


@pytest.mark.parametrize("until", [[], {}, ["tick"]])
def test_a_script_waiting_for_a_list_is_refused_with_a_reason(content, saved_texts, until):
    """Found by the fuzz test above: an unhashable 'until' once raised TypeError."""
    data = next(d for d in map(json.loads, saved_texts) if d["script"] is not None)
    data["script"]["waiting"] = {"until": until}
    with pytest.raises(ValueError, match=r"state\.script\.waiting"):
        load_state(data, content)
