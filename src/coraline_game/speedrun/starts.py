"""Where a category's run begins: New Game, or a moment of the story reached by playing the
built-in route (maps/speedrun/route.json) headless, and the practice starts at each split.

Building a start takes a fraction of a second; ``StartCache`` keeps each one so that a reset
is only a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from coraline_game.content.model import Content
from coraline_game.content.speedrun_rules import Category
from coraline_game.speedrun.run_clock import RunClock
from coraline_game.world.conditions import holds
from coraline_game.world.walkthrough import Run, load_run
from coraline_game.world.world import SHUFFLED, World



class StartError(Exception):
    """The category's start cannot be built (the route is missing, broken or out of date)."""


def practice_splits(content: Content, category: Category) -> list[str]:
    """The splits a practice run may start from: all but the end, in the route's order."""
    if not category.practice:
        return []
    route = _route(content)
    world = _fresh(content, category, 0)
    clock = _play_to_start(world, category, route)
    names: list[str] = []
    _play_route(world, route, lambda: _collect(clock, world, names, category))
    return names


def _collect(clock: RunClock, world: World, names: list[str], category: Category) -> bool:
    names.extend(hit.name for hit in clock.observe(world.state) if hit.name != category.end.name)
    return clock.finished


def build_start(content: Content, category: Category, seed: int = 0, practice: str = "") -> World:
    """A world at the instant the category's timer starts (or at a practice split)."""
    world = _fresh(content, category, seed)
    if category.start is None and not practice:
        return world
    route = _route(content)
    clock = _play_to_start(world, category, route)
    if practice:
        if not category.practice:
            raise StartError(f"the category '{category.name}' has no practice starts")
        if practice not in {rule.name for rule in category.splits[:-1]}:
            raise StartError(f"'{category.name}' has no split called '{practice}'; its splits: "
                             + ", ".join(rule.name for rule in category.splits[:-1]))
        _play_route(world, route,
                    lambda: any(hit.name == practice for hit in clock.observe(world.state)))
        if not any(hit.name == practice for hit in clock.hits):
            raise StartError(f"the built-in route never reaches the split '{practice}'")
    return world


def _fresh(content: Content, category: Category, seed: int) -> World:
    world = World(content, seed=seed)
    if category.shuffled:
        world.set_flag(SHUFFLED, True)
    return world


def _route(content: Content) -> Run:
    path = content.speedrun.route
    if not path:
        raise StartError("maps/speedrun.toml names no built-in route")
    try:
        with open(path, encoding="utf-8") as f:
            return load_run(f.read())
    except OSError as err:
        raise StartError(f"cannot read the built-in route {path}: {err.strerror}") from None
    except ValueError as err:
        raise StartError(f"the built-in route {path} is broken: {err}") from None


def _play_to_start(world: World, category: Category, route: Run) -> RunClock:
    start = category.start
    if start is not None:
        _play_route(world, route, lambda: holds(start, world.state))
        if not holds(start, world.state):
            raise StartError(f"the built-in route never reaches the start of '{category.name}':"
                             " make it again with `coraline walkthrough --out maps/speedrun/route.json`")
    return RunClock(category, world.state.tick)


def _play_route(world: World, route: Run, stop: Callable[[], bool]) -> None:
    """Step the world along the route's commands, tick by tick, until ``stop()`` is true
    (checked after every tick) or the route runs out."""
    commands = route.commands
    i = 0
    while i < len(commands) and commands[i][0] < world.state.tick:
        i += 1
    while i < len(commands) or world.state.tick <= route.ticks:
        batch = []
        while i < len(commands) and commands[i][0] == world.state.tick:
            batch.append(commands[i][1])
            i += 1
        world.step(batch)
        if stop():
            return


@dataclass
class StartCache:
    """Each start built once: a reset copies it instead of building it again."""

    content: Content
    _worlds: dict[tuple[str, int, str], World] = field(default_factory=dict)

    def world(self, category: Category, seed: int = 0, practice: str = "") -> World:
        key = (category.id, seed, practice)
        if key not in self._worlds:
            self._worlds[key] = build_start(self.content, category, seed, practice)
        return self._worlds[key].fork()
