"""The walkthrough: the solver's shortest route, played in real time as a player would click it,
and recorded tick by tick so anyone can play it back and check it finishes the game.

The file is JSON: the game version, seed, category, every command with the tick it applies
to, and the in-game time. (The speedrun replay format will grow from this one.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from coraline_game import __version__
from coraline_game.content.model import Content
from coraline_game.world import TICKS_PER_SECOND
from coraline_game.world.command_codec import decode_stream, encode
from coraline_game.world.commands import Advance, Choose, Command, Wait
from coraline_game.world.conditions import holds
from coraline_game.world.explore import Explorer
from coraline_game.world.world import SHUFFLED, World
from coraline_game.user_files import parse_json

FORMAT = "coraline-walkthrough"
VERSION = 1
PATIENCE = 20_000  # ticks to wait for the world to become ready for the next click


@dataclass(frozen=True, slots=True)
class Run:
    seed: int
    category: str
    commands: tuple[tuple[int, Command], ...]  # (tick, command)
    ticks: int  # in-game time at the end

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT, "version": VERSION, "game_version": __version__, "seed": self.seed,
            "category": self.category, "igt_ticks": self.ticks, "igt": format_time(self.ticks),
            "commands": [[tick, encode(c)] for tick, c in self.commands]}, indent=1)


def format_time(ticks: int) -> str:
    """h:mm:ss.mmm from a tick count."""
    ms = ticks * 1000 // TICKS_PER_SECOND
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}"


# Each category's New Game: the flags it starts with.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "any": (),
    "any-shuffled": (SHUFFLED,),  # the eyes hide where the seed says
}


def new_game(content: Content, seed: int = 0, category: str = "any") -> World:
    """A new game as the category starts it."""
    world = World(content, seed=seed)
    for flag in CATEGORIES[category]:
        world.set_flag(flag, True)
    return world


def solve(content: Content, seed: int = 0, category: str = "any") -> list[Command]:
    """The shortest route from New Game to the ending, as a player's clicks."""
    found = Explorer(content).search(new_game(content, seed, category))
    if found.ending is None:
        raise RuntimeError("the solver found no way to finish the game")
    return found.ending


def perform(content: Content, route: list[Command], seed: int = 0, category: str = "any") -> Run:
    """Play a route in real time: walk, let every line be clicked past at once, answer."""
    world = new_game(content, seed, category)
    record: list[tuple[int, Command]] = []

    def give(command: Command) -> None:
        record.append((world.state.tick, command))
        world.step([command])

    def wait_until_ready(for_choice: bool) -> None:
        s = world.state
        for _ in range(PATIENCE):
            if s.line is not None or s.chapter_card_until > s.tick:
                give(Advance())  # a click past each line and each chapter card
            elif for_choice and s.choice is not None:
                return
            elif not for_choice and s.idle:
                return
            else:
                world.step()
        raise RuntimeError(f"the world was not ready for the next command in {s.room}")

    for command in route:
        wait_until_ready(isinstance(command, Choose))
        give(command)
        if isinstance(command, Wait):
            for _ in range(command.ticks):
                world.step()
    wait_until_ready(False)
    if not holds(content.ending, world.state):
        raise RuntimeError("the route did not reach the ending")
    return Run(seed, category, tuple(record), world.state.tick)


def load_run(text: str) -> Run:
    """Read a walkthrough file; raises ValueError naming what is wrong with it."""
    try:
        data = parse_json(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"not a walkthrough file (not JSON: {err.msg} at line {err.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a walkthrough file (no 'format': 'coraline-walkthrough')")
    if data.get("version") != VERSION:
        raise ValueError(f"walkthrough format version {data.get('version')!r}; this game reads {VERSION}")
    commands = decode_stream(data.get("commands", []))
    category = str(data.get("category", "any"))
    if category not in CATEGORIES:
        raise ValueError(f"unknown category '{category}'; this game knows {', '.join(CATEGORIES)}")
    return Run(int(data.get("seed", 0)), category, tuple(commands),
               int(data.get("igt_ticks", 0)))


def play_back(content: Content, run: Run) -> World:
    """Apply a recorded run to a new game, each command at its tick; return the world after."""
    world = new_game(content, run.seed, run.category)
    pending = list(run.commands)
    i = 0
    while i < len(pending):
        batch = []
        while i < len(pending) and pending[i][0] == world.state.tick:
            batch.append(pending[i][1])
            i += 1
        world.step(batch)
    while world.state.tick < run.ticks:  # the last lines and scenes play out to the end
        world.step()
    return world
