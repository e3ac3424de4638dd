"""The World: applies commands, moves actors, runs scripts; one ``step`` is one 1/60 s tick.

Pure and deterministic: no pygame, no clock, no random module. The seed kept in the state
decides the shuffled eye hunt through a hash of it (``shuffle``). It implements the
``ScriptContext`` the script actions act through.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable

from coraline_game.content.actions import Say
from coraline_game.content.depth import scale_at
from coraline_game.content.model import Content, Hotspot, Room
from coraline_game.content.script import VERBS, ActionStmt, Event
from coraline_game.world import script_runner
from coraline_game.world.blockers import (UntilArrived, UntilCardGone, UntilFaded, UntilLineDone,
                                          UntilTick)
from coraline_game.world.commands import (Advance, Choose, Command, Hint, Interact, LookItem,
                                          Skip, UseItem, WalkTo)
from coraline_game.world.conditions import holds
from coraline_game.world.events import (ChapterStarted, ChoiceShown, FlagChanged, ItemGained,
                                        ItemLost, LineSaid,
                                        RoomEntered, WorldEvent)
from coraline_game.world.navigation import WalkGrid
from coraline_game.world.state import ActorState, GameState, Line, Pending, ShownChoice

PLAYER = "coraline"
FADE_TICKS = 24
CHAPTER_CARD_TICKS = 180  # three seconds of chapter title card
TALK_DISTANCE = 30  # how far from a character Coraline stands to talk
SHUFFLED = "shuffled"  # the flag of the shuffled eye hunt: the seed hides each eye


class World:
    """One game in progress."""

    def __init__(self, content: Content, seed: int = 0, room: str | None = None,
                 spawn: str = "start") -> None:
        self.content = content
        self._grids: dict[str, WalkGrid] = {}
        self._events: list[WorldEvent] = []
        if room is None:
            room, spawn = content.start_room, content.start_spawn
        self.state = GameState(seed=seed, room=room, player=ActorState(PLAYER, 0.0, 0.0))
        self._enter_room(room, spawn)

    def fork(self) -> World:
        """An independent copy of this game, for searching what could happen next."""
        twin = World.from_state(self.content, self.state.clone())
        twin._grids = self._grids  # built from frozen content: safe to share
        return twin

    @classmethod
    def from_state(cls, content: Content, state: GameState) -> World:
        """A game going on from a given state (a loaded save, a copy)."""
        world = cls.__new__(cls)
        world.content = content
        world._grids = {}
        world._events = []
        world.state = state
        return world

    def replace_content(self, content: Content) -> None:
        """Swap in freshly loaded content (F5), keeping the game state as it is."""
        self.content = content
        self._grids.clear()
        s = self.state
        room = content.rooms[s.room]
        old = s.actors
        s.actors = {h.name: old.get(h.name) or ActorState(h.character, h.position[0], h.position[1],
                                                          h.actor_facing)
                    for h in room.hotspots if h.kind == "actor"}
        for name, actor in s.actors.items():
            h = room.hotspot(name)
            if h is not None:
                actor.character = h.character

    # -- reading ---------------------------------------------------------------------------
    @property
    def room(self) -> Room:
        return self.content.rooms[self.state.room]

    def grid(self, room_id: str | None = None) -> WalkGrid:
        room_id = room_id or self.state.room
        grid = self._grids.get(room_id)
        if grid is None:
            room = self.content.rooms[room_id]
            grid = WalkGrid.build(room.width, room.height, room.walkareas, room.blockers)
            self._grids[room_id] = grid
        return grid

    def visible(self, h: Hotspot) -> bool:
        return holds(h.visible_if, self.state)

    def visible_hotspots(self) -> list[Hotspot]:
        return [h for h in self.room.hotspots if self.visible(h)]

    def hotspot_at(self, x: float, y: float, through_stone: bool = False) -> Hotspot | None:
        """The topmost visible hotspot, exit or actor under a point (actors first). Secret
        hotspots count only ``through_stone`` (the seeing stone held up to the eye)."""
        found = [h for h in self.visible_hotspots()
                 if h.contains(x, y) and (through_stone or not h.secret)]
        if not found:
            return None
        actors = [h for h in found if h.kind == "actor"]
        return actors[-1] if actors else found[-1]

    def actor(self, name: str) -> ActorState | None:
        """Coraline by her character id, or another actor by object name or character id."""
        if name == PLAYER:
            return self.state.player
        if name in self.state.actors:
            return self.state.actors[name]
        for a in self.state.actors.values():
            if a.character == name:
                return a
        return None

    def walk_target(self, h: Hotspot) -> tuple[float, float]:
        """Where Coraline stands to act on a hotspot."""
        grid = self.grid()
        if h.walk_to is not None:
            return grid.nearest_walkable(*h.walk_to)
        if h.kind == "actor":
            a = self.state.actors.get(h.name)
            ax, ay = (a.x, a.y) if a else h.position
            side = 1 if self.state.player.x >= ax else -1
            spot = grid.nearest_walkable(ax + side * TALK_DISTANCE, ay)
            if grid.can_reach((self.state.player.x, self.state.player.y), spot):
                return spot
            return grid.nearest_walkable(ax - side * TALK_DISTANCE, ay)
        x, y, w, hgt = h.bbox
        return grid.nearest_walkable(x + w / 2, y + hgt)

    # -- stepping --------------------------------------------------------------------------
    def step(self, commands: Iterable[Command] = ()) -> list[WorldEvent]:
        """Advance the world by one tick; return what happened."""
        self._events = []
        for cmd in commands:
            self._apply(cmd)
        self._move_actors()
        self._arrive()
        self._update_fade()
        self._run_scripts()
        self._check_deadline()
        self.state.tick += 1
        return self._events

    def _apply(self, cmd: Command) -> None:
        s = self.state
        if isinstance(cmd, Advance):
            if s.line is not None:
                s.line = None
            elif s.chapter_card_until > s.tick:
                s.chapter_card_until = s.tick
        elif isinstance(cmd, Skip):
            if s.busy:
                s.skipping = s.choice is None
                s.line = None
        elif isinstance(cmd, Choose):
            if script_runner.choose(s, cmd.index):
                s.skipping = False
        elif s.busy:
            return  # walking and acting wait until the script is over
        elif isinstance(cmd, WalkTo):
            s.pending = None
            if self.held():  # she can only turn and struggle
                s.player.facing = _direction(cmd.x - s.player.x, cmd.y - s.player.y,
                                             s.player.facing)
            else:
                self._send(s.player, (cmd.x, cmd.y), cmd.run)
        elif isinstance(cmd, Interact):
            self._interact(cmd)
        elif isinstance(cmd, UseItem):
            h = self._find(cmd.target)
            if h is not None and cmd.item in s.inventory:
                self._approach(h, Pending(h.name, "use", cmd.item))
        elif isinstance(cmd, Hint):
            s.player.path.clear()
            s.pending = None
            self._say_now(self.next_hint(), "hint")
        elif isinstance(cmd, LookItem):
            if cmd.item in s.inventory:
                s.player.path.clear()
                s.pending = None
                event = self.content.common_events.get(("look", cmd.item, ""))
                self._start(event, f"look {cmd.item}", fallback="look")

    def _find(self, name: str) -> Hotspot | None:
        for h in self.visible_hotspots():
            if h.name == name:
                return h
        return None

    def _interact(self, cmd: Interact) -> None:
        h = self._find(cmd.target)
        if h is None or cmd.verb not in VERBS:
            return
        s = self.state
        if cmd.verb == "look":
            s.player.path.clear()
            s.pending = None
            self._face_towards(s.player, h)
            self._trigger(h, "look", "")
            return
        pending = Pending(h.name, cmd.verb)
        if cmd.instant and h.kind == "exit" and s.deadline is None:  # no shortcuts in a chase
            s.player.x, s.player.y = self.walk_target(h)
            s.player.path.clear()
            s.pending = None
            self._trigger(h, cmd.verb, "")
            return
        self._approach(h, pending)

    def _approach(self, h: Hotspot, pending: Pending) -> None:
        s = self.state
        s.pending = pending
        if self.held():  # she acts from where she is held
            s.player.path.clear()
            return
        self._send(s.player, self.walk_target(h), s.player.running)

    def held(self) -> bool:
        """Something has hold of Coraline (the room's ``held_if``): she cannot walk."""
        return self.room.held_if is not None and holds(self.room.held_if, self.state)

    def _send(self, actor: ActorState, goal: tuple[float, float], run: bool = False) -> None:
        actor.path = self.grid().find_path((actor.x, actor.y), goal)
        actor.running = run and bool(actor.path)
        actor.animation = ""

    def _move_actors(self) -> None:
        for a in (self.state.player, *self.state.actors.values()):
            if not a.path:
                continue
            character = self.content.characters.get(a.character)
            budget = (character.speed if character else 1.5) * (2.0 if a.running else 1.0)
            budget *= scale_at(self.room.depth, a.y)  # smaller steps further off
            a.walked += 1
            while budget > 0 and a.path:
                tx, ty = a.path[0]
                dx, dy = tx - a.x, ty - a.y
                dist = math.hypot(dx, dy)
                if dist > 0:
                    a.facing = _direction(dx, dy, a.facing)
                if dist <= budget:
                    a.x, a.y = tx, ty
                    a.path.pop(0)
                    budget -= dist
                else:
                    a.x += dx / dist * budget
                    a.y += dy / dist * budget
                    budget = 0
            if not a.path:
                a.running = False
                a.walked = 0

    def _arrive(self) -> None:
        s = self.state
        if s.pending is None or s.player.path or s.busy:
            return
        pending, s.pending = s.pending, None
        h = self._find(pending.target)
        if h is None:
            return
        if h.facing:
            s.player.facing = h.facing
        else:
            self._face_towards(s.player, h)
        self._trigger(h, pending.verb, pending.item)

    def _trigger(self, h: Hotspot, verb: str, item: str) -> None:
        s = self.state
        if verb == "look":
            s.examined.add((s.room, h.name))
        if h.kind == "actor":
            a = s.actors.get(h.name)
            if a is not None and verb in ("talk", "use") and not item:
                a.facing = "right" if s.player.x > a.x else "left"
        if item:
            event = self.content.event(s.room, ("use", h.name, item))
            self._start(event, f"use {item} on {h.name}", fallback="wrong_item")
            return
        event = self.content.event(s.room, (verb, h.name, ""))
        if event is None and h.kind == "exit" and verb in ("go", "use"):
            event = self.content.event(s.room, ("go", h.name, ""))
            if event is None:
                self.goto(h.target, h.spawn)
                return
        self._start(event, f"{verb} {h.name}", fallback=verb if verb != "go" else "use")

    def _start(self, event: Event | None, name: str, fallback: str) -> None:
        s = self.state
        if event is None:
            lines = self.content.fallbacks[fallback]
            turn = s.fallback_turns.get(fallback, 0)
            s.fallback_turns[fallback] = turn + 1
            self._say_now(lines[turn % len(lines)], name)
            return
        script_runner.start(s, f"{s.room}: {name}", event)
        self._run_scripts()

    def _say_now(self, text: str, name: str) -> None:
        """Coraline says one line, as a tiny script of its own."""
        event = Event("script", name, "", (ActionStmt(Say(PLAYER, text), 0),), "", 0)
        script_runner.start(self.state, f"{self.state.room}: {name}", event)
        self._run_scripts()

    def next_hint(self) -> str:
        """The current goal's next line (a nudge first, the answer last), and count the ask."""
        s = self.state
        for i, hint in enumerate(self.content.hints):
            if holds(hint.when, s) and not holds(hint.until, s):
                said = s.hint_turns.get(i, 0)
                s.hint_turns[i] = said + 1
                return hint.lines[min(said, len(hint.lines) - 1)]
        return self.content.no_hint

    def _run_scripts(self) -> None:
        s = self.state
        for _ in range(8):  # at most a few queued scripts start in one tick
            if s.script is None and s.queued:
                room, key = s.queued.pop(0)
                event = self.content.event(room, key) if room == s.room else None
                if event is not None:
                    script_runner.start(s, f"{room}: on {key[0]}", event)
            if s.script is None:
                return
            script_runner.advance(self, self)
            if s.script is not None:
                return

    def _check_deadline(self) -> None:
        """A danger timer that has run out starts its script once nothing else runs."""
        s = self.state
        if s.deadline is None:
            return
        room, tick, script = s.deadline
        if room != s.room:
            s.deadline = None
        elif s.tick >= tick and s.script is None and not s.queued:
            s.deadline = None
            s.pending = None
            s.player.path.clear()
            s.queued.append((room, ("script", script, "")))

    def _update_fade(self) -> None:
        s = self.state
        if s.fade < s.fade_target:
            s.fade = min(s.fade_target, s.fade + 1 / FADE_TICKS)
        elif s.fade > s.fade_target:
            s.fade = max(s.fade_target, s.fade - 1 / FADE_TICKS)

    def _face_towards(self, a: ActorState, h: Hotspot) -> None:
        x, y, w, hgt = h.bbox
        a.facing = _direction(x + w / 2 - a.x, y + hgt / 2 - a.y, a.facing)

    def _enter_room(self, room_id: str, spawn_name: str) -> None:
        s = self.state
        room = self.content.rooms[room_id]
        spawn = room.spawns.get(spawn_name) or room.spawns.get("start")
        if spawn is None and room.spawns:
            spawn = next(iter(room.spawns.values()))
        s.room = room_id
        s.player.path.clear()
        s.player.running = False
        s.pending = None
        if spawn is not None:
            s.player.x, s.player.y, s.player.facing = spawn.x, spawn.y, spawn.facing
        else:
            s.player.x, s.player.y = room.width / 2, room.height * 0.8
        s.actors = {h.name: ActorState(h.character, h.position[0], h.position[1], h.actor_facing)
                    for h in room.hotspots if h.kind == "actor"}
        if room_id not in s.visited:
            s.visited.append(room_id)
        if ("enter", "", "") in room.events:
            s.queued.append((room_id, ("enter", "", "")))
        self._events.append(RoomEntered(room_id, spawn.name if spawn else ""))

    # -- what the runner asks --------------------------------------------------------------
    def still_blocked(self, blocker: object) -> bool:
        s = self.state
        if s.skipping:
            return False
        if isinstance(blocker, UntilLineDone):
            return s.line is not None
        if isinstance(blocker, UntilTick):
            return s.tick < blocker.tick
        if isinstance(blocker, UntilCardGone):
            return s.tick < s.chapter_card_until
        if isinstance(blocker, UntilArrived):
            a = self.actor(blocker.actor)
            return a is not None and bool(a.path)
        if isinstance(blocker, UntilFaded):
            return s.fade != s.fade_target
        return False

    def hurry(self, blocker: object) -> None:
        s = self.state
        if isinstance(blocker, UntilLineDone):
            s.line = None
        elif isinstance(blocker, UntilArrived):
            a = self.actor(blocker.actor)
            if a is not None and a.path:
                a.x, a.y = a.path[-1]
                a.path.clear()
        elif isinstance(blocker, UntilFaded):
            s.fade = s.fade_target
        elif isinstance(blocker, UntilCardGone):
            s.chapter_card_until = s.tick

    def find_script(self, name: str) -> Event | None:
        return self.content.script(self.state.room, name)

    def show_choice(self, shown: ShownChoice) -> None:
        self.state.choice = shown
        self._events.append(ChoiceShown(tuple(shown.stmt.options[i].text for i in shown.offered)))

    # -- ScriptContext: what actions do ------------------------------------------------------
    def say(self, character: str, text: str) -> object:
        s = self.state
        s.line = Line(character, text, s.tick)
        self._events.append(LineSaid(character, text))
        return UntilLineDone()

    def give(self, item: str) -> None:
        if item not in self.state.inventory:
            self.state.inventory.append(item)
            self._events.append(ItemGained(item))

    def take(self, item: str) -> None:
        if item in self.state.inventory:
            self.state.inventory.remove(item)
            self._events.append(ItemLost(item))

    def set_flag(self, flag: str, value: bool) -> None:
        flags = self.state.flags
        if value != (flag in flags):
            (flags.add if value else flags.discard)(flag)
            self._events.append(FlagChanged(flag, value))

    def goto(self, room: str, spawn: str) -> None:
        self._enter_room(room, spawn)

    def walk(self, character: str, point: str) -> object:
        a = self.actor(character)
        target = self.room.points.get(point)
        if a is None or target is None:
            return None
        self._send(a, target)
        return UntilArrived(character)

    def face(self, character: str, direction: str) -> None:
        a = self.actor(character)
        if a is not None:
            a.facing = direction

    def wait(self, ticks: int) -> object:
        return UntilTick(self.state.tick + ticks)

    def play(self, character: str, animation: str) -> None:
        a = self.actor(character)
        if a is not None:
            a.animation = "" if animation == "idle" else animation

    def fade(self, direction: str) -> object:
        self.state.fade_target = 1.0 if direction == "out" else 0.0
        return UntilFaded()

    def shuffle(self, what: str, count: int) -> None:
        place = 1
        if SHUFFLED in self.state.flags:
            place = zlib.crc32(f"{self.state.seed}:{what}".encode()) % count + 1
        for i in range(1, count + 1):
            self.set_flag(f"{what}_at_{i}", i == place)

    def deadline(self, ticks: int, script: str) -> None:
        s = self.state
        s.deadline = (s.room, s.tick + ticks, script) if script else None

    def chapter(self, number: int, title: str) -> object:
        s = self.state
        s.chapter, s.chapter_title = number, title
        s.chapter_card_until = s.tick + CHAPTER_CARD_TICKS
        self._events.append(ChapterStarted(number, title))
        return UntilCardGone()


def _direction(dx: float, dy: float, current: str) -> str:
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return current
    if abs(dx) >= abs(dy) * 0.8:
        return "right" if dx > 0 else "left"
    return "down" if dy > 0 else "up"
