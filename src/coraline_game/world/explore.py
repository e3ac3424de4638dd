"""Searches the game's reachable states: the walkthrough solver and the no-dead-ends proof.

A state is abstracted to what matters for finishing: the room, the chapter, the flags that can change
what happens (see ``progress_flags``), the inventory, the used-up answers and any choice on
screen. From each state every command a player could give is tried (walking is skipped, lines
are skipped, exactly as a player's clicks would reach them), breadth-first, so the first path
to a state is a shortest one.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from collections.abc import Iterable

from coraline_game.content.actions import (Chapter, ClearFlag, Give, Goto, RunScript, SetFlag, Stop,
                                           Take)
from coraline_game.content.model import Content, Event
from coraline_game.content.script import (ActionStmt, Block, ChoiceStmt, Condition, IfStmt,
                                          condition_names)
from coraline_game.world.commands import Choose, Command, Interact, Skip, UseItem, Wait
from coraline_game.world.conditions import holds
from coraline_game.world.world import World

SETTLE_LIMIT = 5_000
Key = tuple


def progress_flags(content: Content) -> frozenset[str]:
    """Flags that can change what the player can do: tested by the ending, by the visible_if
    of an exit or of a hotspot whose events can change something, or by a condition that
    chooses whether a block runs that gives, takes, moves Coraline or sets such a flag.
    Flags that only vary what is said or shown (``looked_sofa``, a show's stage pictures) are
    left out of the search."""
    return _progress(content)[0]


def progress_options(content: Content) -> frozenset[tuple[str, int]]:
    """The 'once' answers whose use can change what happens (the rest only vary the talk)."""
    return _progress(content)[1]


def _progress(content: Content) -> tuple[frozenset[str], frozenset[tuple[str, int]]]:
    guards: list[tuple[set[str], set[str], bool]] = []  # (tested, set, consequential)
    options: list[tuple[tuple[str, int], set[str], bool]] = []  # once answers and their effects

    def flags_in(cond: Condition) -> set[str]:
        return {name for kind, name in condition_names(cond) if kind == "flag"}

    def effects(block: Block, room: str, calling: frozenset[int] = frozenset()
                ) -> tuple[set[str], bool]:
        """Flags a block may set or clear, and whether it may give, take, move or start a
        chapter, following ``run`` into the scripts it calls."""
        touched, big = set(), False
        for stmt in block:
            if isinstance(stmt, ActionStmt):
                a = stmt.action
                if isinstance(a, (SetFlag, ClearFlag)):
                    touched.add(a.flag)
                elif isinstance(a, (Give, Take, Goto, Chapter)):
                    big = True
                elif isinstance(a, RunScript):
                    called = content.script(room, a.script)
                    if called is not None and id(called) not in calling:
                        t, g = effects(called.body, room, calling | {id(called)})
                        touched |= t
                        big = big or g
            else:
                inner = ([b for _, b in stmt.branches] if isinstance(stmt, IfStmt)
                         else [o.body for o in stmt.options])
                for b in inner:
                    t, g = effects(b, room, calling)
                    touched |= t
                    big = big or g
        return touched, big

    def visit(block: Block, room: str) -> None:
        for stmt in block:
            if isinstance(stmt, IfStmt):
                # a branch's condition decides between its body and every branch after it;
                # a branch that stops the script also decides whether what follows runs
                later = [effects(body, room) for _, body in stmt.branches]
                stops = any(stops_script(body) for _, body in stmt.branches)
                for i, (cond, body) in enumerate(stmt.branches):
                    touched = set().union(*(t for t, _ in later[i:]))
                    big = stops or any(g for _, g in later[i:])
                    guards.append((flags_in(cond), touched, big))
                    visit(body, room)
            elif isinstance(stmt, ChoiceStmt):
                for option in stmt.options:
                    t, g = effects(option.body, room)
                    guards.append((flags_in(option.condition), t, g))
                    if option.once:
                        options.append(((stmt.key, option.line), t, g))
                    visit(option.body, room)

    # A hotspot's visible_if matters when clicking it can change something: an exit always
    # can; anything else when one of its events can. Image layers only change the picture.
    matter: set[str] = flags_in(content.ending)
    for room in content.rooms.values():
        for h in room.hotspots:
            if h.kind == "exit":
                guards.append((flags_in(h.visible_if), set(), True))
                continue
            for key, event in list(room.events.items()) + list(content.common_events.items()):
                if key[1] == h.name and key[0] != "script":
                    touched, big = effects(event.body, room.id)
                    guards.append((flags_in(h.visible_if), touched, big))
        for event in room.events.values():
            visit(event.body, room.id)
    for event in content.common_events.values():
        visit(event.body, "")
    changed = True
    while changed:
        changed = False
        for tested, touched, big in guards:
            if (big or touched & matter) and not tested <= matter:
                matter |= tested
                changed = True
    useful = frozenset(key for key, touched, big in options if big or touched & matter)
    return frozenset(matter), useful


def stops_script(block: Block) -> bool:
    """Whether a block may end the whole script (``stop``) somewhere inside it."""
    for stmt in block:
        if isinstance(stmt, ActionStmt):
            if isinstance(stmt.action, Stop):
                return True
        elif isinstance(stmt, IfStmt):
            if any(stops_script(body) for _, body in stmt.branches):
                return True
        elif any(stops_script(option.body) for option in stmt.options):
            return True
    return False


def can_change(content: Content, room: str, event: Event, matter: frozenset[str]) -> bool:
    """Whether running ``event`` in ``room`` may change an abstract state: it gives, takes,
    moves Coraline, starts a chapter, sets or clears a flag that matters, or runs a script
    that does. Events that only talk (most looks and chats) cannot, so the search skips them."""
    seen: set[int] = set()

    def block_can(block: Block) -> bool:
        for stmt in block:
            if isinstance(stmt, ActionStmt):
                a = stmt.action
                if isinstance(a, (Give, Take, Goto, Chapter)):
                    return True
                if isinstance(a, (SetFlag, ClearFlag)) and a.flag in matter:
                    return True
                if isinstance(a, RunScript):
                    called = content.script(room, a.script)
                    if called is not None and id(called) not in seen:
                        seen.add(id(called))
                        if block_can(called.body):
                            return True
            elif isinstance(stmt, IfStmt):
                if any(block_can(body) for _, body in stmt.branches):
                    return True
            elif any(block_can(option.body) for option in stmt.options):
                return True
        return False

    return block_can(event.body)


@dataclass(frozen=True, slots=True)
class Found:
    """The outcome of a search."""

    states: int
    ending: list[Command] | None  # a shortest way to the ending, or None
    dead_ends: list[list[Command]]  # for each state that cannot finish: a shortest way in


class Explorer:
    def __init__(self, content: Content, progress: frozenset[str] | None = None,
                 goal: Condition | None = None) -> None:
        """``goal``: what counts as finished (default: the game's ending)."""
        self.content = content
        self.goal = goal if goal is not None else content.ending
        self.progress = progress if progress is not None else progress_flags(content)
        self.progress |= {name for kind, name in condition_names(self.goal) if kind == "flag"}
        self.options = progress_options(content)
        self._changes: dict[tuple[str, int], bool] = {}

    def changes(self, room: str, event: Event | None) -> bool:
        """Whether an event (None: a fallback reply) may change the abstract state."""
        if event is None:
            return False
        key = (room, id(event))
        if key not in self._changes:
            self._changes[key] = can_change(self.content, room, event, self.progress)
        return self._changes[key]

    def key(self, world: World) -> Key:
        s = world.state
        choice = None
        if s.choice is not None:
            choice = (s.choice.stmt.key, 0)
        return (s.room, s.chapter, frozenset(s.flags & self.progress), tuple(sorted(s.inventory)),
                frozenset(s.used_options & self.options), choice)

    def finished(self, world: World) -> bool:
        return holds(self.goal, world.state)

    def commands(self, world: World) -> list[Command]:
        """Everything a player could do now that may change the abstract state. Looks, and
        events that only talk, are left out: they lead back to the state they start from."""
        s = world.state
        if s.choice is not None:
            return [Choose(i) for i in range(len(s.choice.offered))]
        out: list[Command] = []
        content = world.content
        for h in world.visible_hotspots():
            if h.kind == "exit":
                out.append(Interact(h.name, "go", instant=True))
                continue
            verbs = {v for v in ("look", "use", "take", "talk")
                     if self.changes(s.room, content.event(s.room, (v, h.name, "")))}
            out.extend(Interact(h.name, verb) for verb in sorted(verbs))
            out.extend(UseItem(item, h.name) for item in s.inventory
                       if self.changes(s.room, content.event(s.room, ("use", h.name, item))))
        if s.deadline is not None:  # or stand still until the danger catches up with her
            out.append(Wait(max(1, s.deadline[1] - s.tick + 1)))
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
                play(nxt, command)
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


def play(world: World, command: Command) -> None:
    """Give one command; a Wait also lets its ticks pass."""
    world.step([command])
    if isinstance(command, Wait):
        for _ in range(command.ticks):
            world.step()


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
        elif isinstance(c, Wait):
            words.append(f"wait {c.ticks} ticks")
        else:
            words.append(type(c).__name__.lower())
    return ", ".join(words)
