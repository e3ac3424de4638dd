"""Searches the game's reachable states: the walkthrough solver and the no-dead-ends proof.

A state is abstracted to what matters for finishing: the room, the flags that can change
what happens (see ``progress_flags``), the inventory, the used-up answers and any choice on
screen. From each state every command a player could give is tried (walking is skipped, lines
are skipped, exactly as a player's clicks would reach them), breadth-first, so the first path
to a state is a shortest one.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from collections.abc import Iterable

from coraline_game.content.actions import ClearFlag, Give, Goto, SetFlag, Take
from coraline_game.content.model import Content
from coraline_game.content.script import (ActionStmt, Block, ChoiceStmt, Condition, IfStmt,
                                          condition_names)
from coraline_game.world.commands import Choose, Command, Interact, Skip, UseItem
from coraline_game.world.conditions import holds
from coraline_game.world.world import World

SETTLE_LIMIT = 5_000
Key = tuple


def progress_flags(content: Content) -> frozenset[str]:
    """Flags that can change what the player can do: tested by a visible_if, by the ending, or
    by a condition guarding a block that gives, takes, moves Coraline or sets such a flag.
    Flags that only vary what is said (``looked_sofa``) are left out of the search."""
    return _progress(content)[0]


def progress_options(content: Content) -> frozenset[tuple[str, int]]:
    """The 'once' answers whose use can change what happens (the rest only vary the talk)."""
    return _progress(content)[1]


def _progress(content: Content) -> tuple[frozenset[str], frozenset[tuple[str, int]]]:
    guards: list[tuple[set[str], set[str], bool]] = []  # (tested, set, consequential)
    options: list[tuple[tuple[str, int], set[str], bool]] = []  # once answers and their effects

    def flags_in(cond: Condition) -> set[str]:
        return {name for kind, name in condition_names(cond) if kind == "flag"}

    def effects(block: Block) -> tuple[set[str], bool]:
        touched, big = set(), False
        for stmt in block:
            if isinstance(stmt, ActionStmt):
                if isinstance(stmt.action, (SetFlag, ClearFlag)):
                    touched.add(stmt.action.flag)
                elif isinstance(stmt.action, (Give, Take, Goto)):
                    big = True
            else:
                inner = ([b for _, b in stmt.branches] if isinstance(stmt, IfStmt)
                         else [o.body for o in stmt.options])
                for b in inner:
                    t, g = effects(b)
                    touched |= t
                    big = big or g
        return touched, big

    def visit(block: Block) -> None:
        for stmt in block:
            if isinstance(stmt, IfStmt):
                tested = set().union(*(flags_in(c) for c, _ in stmt.branches))
                touched, big = set(), False
                for _, body in stmt.branches:
                    t, g = effects(body)
                    touched |= t
                    big = big or g
                    visit(body)
                guards.append((tested, touched, big))
            elif isinstance(stmt, ChoiceStmt):
                for option in stmt.options:
                    t, g = effects(option.body)
                    guards.append((flags_in(option.condition), t, g))
                    if option.once:
                        options.append(((f"{stmt.path}:{stmt.line}", option.line), t, g))
                    visit(option.body)

    matter: set[str] = flags_in(content.ending)
    for room in content.rooms.values():
        for h in room.hotspots:
            matter |= flags_in(h.visible_if)
        for layer in room.layers:
            matter |= flags_in(layer.visible_if)
        for event in room.events.values():
            visit(event.body)
    for event in content.common_events.values():
        visit(event.body)
    changed = True
    while changed:
        changed = False
        for tested, touched, big in guards:
            if (big or touched & matter) and not tested <= matter:
                matter |= tested
                changed = True
    useful = frozenset(key for key, touched, big in options if big or touched & matter)
    return frozenset(matter), useful


@dataclass(frozen=True, slots=True)
class Found:
    """The outcome of a search."""

    states: int
    ending: list[Command] | None  # a shortest way to the ending, or None
    dead_ends: list[list[Command]]  # for each state that cannot finish: a shortest way in


class Explorer:
    def __init__(self, content: Content, progress: frozenset[str] | None = None) -> None:
        self.content = content
        self.progress = progress if progress is not None else progress_flags(content)
        self.options = progress_options(content)

    def key(self, world: World) -> Key:
        s = world.state
        choice = None
        if s.choice is not None:
            choice = (s.choice.stmt.path, s.choice.stmt.line)
        return (s.room, frozenset(s.flags & self.progress), tuple(sorted(s.inventory)),
                frozenset(s.used_options & self.options), choice)

    def finished(self, world: World) -> bool:
        return holds(self.content.ending, world.state)

    def commands(self, world: World) -> list[Command]:
        """Everything a player could do now, looking excepted (a look never gates progress)."""
        s = world.state
        if s.choice is not None:
            return [Choose(i) for i in range(len(s.choice.offered))]
        out: list[Command] = []
        for h in world.visible_hotspots():
            if h.kind == "exit":
                out.append(Interact(h.name, "go", instant=True))
                continue
            verbs = {h.verb} | {v for v in ("use", "take", "talk")
                                if world.content.event(s.room, (v, h.name, "")) is not None}
            out.extend(Interact(h.name, verb) for verb in sorted(verbs))
            out.extend(UseItem(item, h.name) for item in s.inventory)
        return out

    def settle(self, world: World) -> None:
        """Run until the player is idle or must choose, skipping walks, lines and waits."""
        s = world.state
        for _ in range(SETTLE_LIMIT):
            if s.choice is not None:
                return
            if s.busy or s.line is not None:
                world.step([Skip()])
            elif s.player.path:
                s.player.x, s.player.y = s.player.path[-1]
                s.player.path.clear()
                world.step()
            elif s.pending is not None or s.fade != s.fade_target:
                world.step()
            else:
                return
        raise RuntimeError(f"the world did not settle in room {s.room}")

    def search(self, start: World, limit: int = 200_000) -> Found:
        """Breadth-first over abstract states; then which of them can still reach the ending."""
        start = start.fork()
        self.settle(start)
        first = self.key(start)
        worlds = {first: start}
        parent: dict[Key, tuple[Key, Command] | None] = {first: None}
        edges: dict[Key, set[Key]] = {}
        endings = set()
        queue = deque([first])
        while queue and len(parent) < limit:
            key = queue.popleft()
            world = worlds.pop(key)
            if self.finished(world):
                endings.add(key)
                edges[key] = set()
                continue
            edges[key] = set()
            for command in self.commands(world):
                nxt = world.fork()
                nxt.step([command])
                self.settle(nxt)
                k = self.key(nxt)
                edges[key].add(k)
                if k not in parent:
                    parent[k] = (key, command)
                    worlds[k] = nxt
                    queue.append(k)
        can_finish = set(endings)
        reverse: dict[Key, set[Key]] = {}
        for a, bs in edges.items():
            for b in bs:
                reverse.setdefault(b, set()).add(a)
        frontier = list(endings)
        while frontier:
            b = frontier.pop()
            for a in reverse.get(b, ()):
                if a not in can_finish:
                    can_finish.add(a)
                    frontier.append(a)
        dead = [k for k in parent if k in edges and k not in can_finish]
        ending = min(endings, key=lambda k: len(self.path_to(parent, k)), default=None)
        ways_in = sorted((self.path_to(parent, k) for k in dead), key=len)
        return Found(len(parent), self.path_to(parent, ending) if ending else None, ways_in)

    @staticmethod
    def path_to(parent: dict, key: Key) -> list[Command]:
        out = []
        while parent.get(key) is not None:
            key, command = parent[key]
            out.append(command)
        return out[::-1]


def describe(commands: Iterable[Command]) -> str:
    """A path of commands as a player would say it: 'use rag_doll on small_door, …'."""
    words = []
    for c in commands:
        if isinstance(c, Interact):
            words.append(f"{c.verb} {c.target}")
        elif isinstance(c, UseItem):
            words.append(f"use {c.item} on {c.target}")
        elif isinstance(c, Choose):
            words.append(f"answer {c.index + 1}")
        else:
            words.append(type(c).__name__.lower())
    return ", ".join(words)
