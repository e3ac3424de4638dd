"""A game's whole mutable state to canonical JSON-able data and back, and its hash.

Replays hash it to check determinism; save files store it. Running scripts are kept as paths
into the content's syntax trees, so loading needs the content and checks the state fits it.
"""

from __future__ import annotations

import hashlib
import json
import math
import reprlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from coraline_game.content.actions import ANIMATIONS, DIRECTIONS, Say
from coraline_game.content.model import Content
from coraline_game.content.script import VERBS, ActionStmt, Block, ChoiceStmt, Event, IfStmt, Statement
from coraline_game.world.blockers import (UntilArrived, UntilCardGone, UntilFaded, UntilLineDone,
                                          UntilTick)
from coraline_game.world.script_runner import MAX_DEPTH
from coraline_game.world.state import (ActorState, Frame, GameState, Line, Origin, Pending,
                                       ScriptState, ShownChoice)

VERSION = 1
T = TypeVar("T")

_STATE_KEYS = ("version", "seed", "tick", "room", "chapter", "chapter_title", "chapter_card_until",
               "deadline", "player", "actors", "inventory", "flags", "visited", "examined",
               "used_options", "pending", "script", "queued", "line", "choice", "fade",
               "fade_target", "skipping", "fallback_turns", "hint_turns")
_ACTOR_KEYS = ("character", "x", "y", "facing", "path", "running", "walked", "animation")
_BLOCKERS: dict[str, type] = {"line_done": UntilLineDone, "tick": UntilTick,
                              "arrived": UntilArrived, "faded": UntilFaded,
                              "card_gone": UntilCardGone}
_BLOCKER_TAGS = {cls: tag for tag, cls in _BLOCKERS.items()}


# ---- dumping ----------------------------------------------------------------------------

def state_hash(state: GameState) -> str:
    """Hex SHA-256 of the canonical JSON of the state: equal states, equal hashes, anywhere."""
    text = json.dumps(dump_state(state), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def dump_state(state: GameState) -> dict[str, Any]:
    """The state as JSON-able data: sets sorted, numbers of positions as floats, fields in a
    fixed order. Raises ValueError for a running script it cannot name (a programming error)."""
    s = state
    return {
        "version": VERSION,
        "seed": s.seed,
        "tick": s.tick,
        "room": s.room,
        "chapter": s.chapter,
        "chapter_title": s.chapter_title,
        "chapter_card_until": s.chapter_card_until,
        "deadline": None if s.deadline is None else
        {"room": s.deadline[0], "tick": s.deadline[1], "script": s.deadline[2]},
        "player": _dump_actor(s.player),
        # a list, not an object: the order is the order actors move and are looked up in
        "actors": [[name, _dump_actor(a)] for name, a in s.actors.items()],
        "inventory": list(s.inventory),
        "flags": sorted(s.flags),
        "visited": list(s.visited),
        "examined": [[room, name] for room, name in sorted(s.examined)],
        "used_options": [[choice, line] for choice, line in sorted(s.used_options)],
        "pending": None if s.pending is None else
        {"target": s.pending.target, "verb": s.pending.verb, "item": s.pending.item},
        "script": None if s.script is None else _dump_script(s.script),
        "queued": [[room, list(key)] for room, key in s.queued],
        "line": None if s.line is None else
        {"character": s.line.character, "text": s.line.text, "tick": s.line.tick},
        "choice": None if s.choice is None else _dump_choice(s.choice),
        "fade": float(s.fade),
        "fade_target": float(s.fade_target),
        "skipping": s.skipping,
        "fallback_turns": {k: s.fallback_turns[k] for k in sorted(s.fallback_turns)},
        "hint_turns": [[i, n] for i, n in sorted(s.hint_turns.items())],
    }


def _dump_actor(a: ActorState) -> dict[str, Any]:
    return {"character": a.character, "x": float(a.x), "y": float(a.y), "facing": a.facing,
            "path": [[float(x), float(y)] for x, y in a.path], "running": a.running,
            "walked": a.walked, "animation": a.animation}


def _dump_script(script: ScriptState) -> dict[str, Any]:
    frames = []
    for n, frame in enumerate(script.frames):
        where = f"script '{script.name}', frame {n}"
        origin = _need_origin(frame.origin, where)
        path = _block_path(origin.event.body, frame.block)
        if path is None:
            raise ValueError(f"{where}: its block is not inside {_describe(origin)}")
        frames.append({"event": _dump_origin(origin, where), "block": path, "pc": frame.pc,
                       "is_option": frame.is_option})
    return {"name": script.name, "frames": frames, "waiting": _dump_blocker(script.waiting)}


def _dump_choice(choice: ShownChoice) -> dict[str, Any]:
    origin = _need_origin(choice.origin, "the shown choice")
    found = _stmt_path(origin.event.body, choice.stmt)
    if found is None:
        raise ValueError(f"the shown choice is not inside {_describe(origin)}")
    path, index = found
    return {"event": _dump_origin(origin, "the shown choice"), "block": path, "stmt": index,
            "offered": list(choice.offered)}


def _need_origin(origin: Origin | None, where: str) -> Origin:
    if origin is None:
        raise ValueError(f"{where} does not know which event it comes from, so it cannot be saved")
    return origin


def _dump_origin(origin: Origin, where: str) -> dict[str, Any]:
    event = origin.event
    out: dict[str, Any] = {"room": origin.room, "key": list(event.key)}
    if event.path:
        out["line"] = event.line
        return out
    # a one-line script the world made up (a hint, a fallback reply): keep the line itself
    say = _adhoc_say(event)
    if say is None:
        raise ValueError(f"{where}: a script made at run time that is not a single 'say'"
                         " cannot be saved")
    out["say"] = [say.character, say.text]
    return out


def _adhoc_say(event: Event) -> Say | None:
    if (event.kind, event.item, event.line, len(event.body)) != ("script", "", 0, 1):
        return None
    stmt = event.body[0]
    if isinstance(stmt, ActionStmt) and isinstance(stmt.action, Say) and stmt.line == 0:
        return stmt.action
    return None


def _dump_blocker(blocker: object) -> dict[str, Any] | None:
    if blocker is None:
        return None
    tag = _BLOCKER_TAGS.get(type(blocker))
    if tag is None:
        raise ValueError(f"a script waits for {blocker!r}, which cannot be saved")
    if isinstance(blocker, UntilTick):
        return {"until": tag, "tick": blocker.tick}
    if isinstance(blocker, UntilArrived):
        return {"until": tag, "actor": blocker.actor}
    return {"until": tag}


def _sub_blocks(stmt: Statement) -> tuple[Block, ...]:
    """The blocks nested in a statement: an if's branches, a choice's options."""
    if isinstance(stmt, IfStmt):
        return tuple(body for _, body in stmt.branches)
    if isinstance(stmt, ChoiceStmt):
        return tuple(option.body for option in stmt.options)
    return ()


def _blocks(root: Block) -> Iterator[tuple[list[list[int]], Block]]:
    """Every block of a tree with its path: [statement index, branch or option index] steps."""
    yield [], root
    for i, stmt in enumerate(root):
        for j, sub in enumerate(_sub_blocks(stmt)):
            for path, block in _blocks(sub):
                yield [[i, j], *path], block


def _block_path(root: Block, block: Block) -> list[list[int]] | None:
    return next((path for path, b in _blocks(root) if b is block), None)


def _stmt_path(root: Block, stmt: Statement) -> tuple[list[list[int]], int] | None:
    for path, block in _blocks(root):
        for index, s in enumerate(block):
            if s is stmt:
                return path, index
    return None


def _describe(origin: Origin) -> str:
    kind, target, item = origin.event.key
    head = " ".join(x for x in (kind, target, f"with {item}" if item else "") if x)
    return f"'on {head}' (looked up in room '{origin.room}')"


# ---- loading ----------------------------------------------------------------------------

def load_state(data: object, content: Content) -> GameState:
    """A GameState from ``dump_state`` data. Anything malformed, or naming a room, item, event
    or script statement this content does not have, raises ValueError saying which field."""
    d = _obj(data, "state", _STATE_KEYS)
    if d["version"] != VERSION:
        raise ValueError(f"state.version: this game reads version {VERSION}, not {d['version']!r}")
    state = GameState(
        seed=_int(d["seed"], "state.seed", low=None),
        room=_room(d["room"], "state.room", content),
        player=_actor(d["player"], "state.player", content),
        tick=_int(d["tick"], "state.tick"),
        chapter=_int(d["chapter"], "state.chapter"),
        chapter_title=_str(d["chapter_title"], "state.chapter_title"),
        chapter_card_until=_int(d["chapter_card_until"], "state.chapter_card_until"),
        deadline=_opt(d["deadline"], "state.deadline", lambda v, w: _deadline(v, w, content)),
        actors=_actors(d["actors"], "state.actors", content),
        inventory=_unique(d["inventory"], "state.inventory",
                          lambda v, w: _known(v, w, content.items, "item")),
        flags=set(_list(d["flags"], "state.flags", _str)),
        visited=_unique(d["visited"], "state.visited", lambda v, w: _room(v, w, content)),
        examined=set(_list(d["examined"], "state.examined",
                           lambda v, w: _pair(v, w, lambda r, w2: _room(r, w2, content), _str))),
        used_options=set(_list(d["used_options"], "state.used_options",
                               lambda v, w: _pair(v, w, _str, _int))),
        pending=_opt(d["pending"], "state.pending", lambda v, w: _pending(v, w, content)),
        script=_opt(d["script"], "state.script", lambda v, w: _script(v, w, content)),
        queued=_list(d["queued"], "state.queued",
                     lambda v, w: _pair(v, w, lambda r, w2: _room(r, w2, content), _key)),
        line=_opt(d["line"], "state.line", lambda v, w: _line(v, w, content)),
        choice=_opt(d["choice"], "state.choice", lambda v, w: _choice(v, w, content)),
        fade=_fraction(d["fade"], "state.fade"),
        fade_target=_fraction(d["fade_target"], "state.fade_target"),
        skipping=_bool(d["skipping"], "state.skipping"),
        fallback_turns=_fallback_turns(d["fallback_turns"], "state.fallback_turns"),
        hint_turns=dict(_list(d["hint_turns"], "state.hint_turns",
                              lambda v, w: _pair(v, w, _int, _int))),
    )
    if len(state.hint_turns) != len(d["hint_turns"]):
        raise ValueError("state.hint_turns: a hint appears twice")
    room = content.rooms[state.room]
    for where, actor in (("state.player", state.player),
                         *((f"state.actors['{k}']", a) for k, a in state.actors.items())):
        for x, y in ((actor.x, actor.y), *actor.path):
            if not (0 <= x <= room.width and 0 <= y <= room.height):
                raise ValueError(f"{where}: ({x:g}, {y:g}) is outside the room '{state.room}'"
                                 f" ({room.width}x{room.height})")
    if state.choice is not None and state.script is None:
        raise ValueError("state.choice: a choice is shown but no script is running")
    return state


def _actor(value: object, where: str, content: Content) -> ActorState:
    d = _obj(value, where, _ACTOR_KEYS)
    return ActorState(
        character=_known(d["character"], f"{where}.character", content.characters, "character"),
        x=_float(d["x"], f"{where}.x"), y=_float(d["y"], f"{where}.y"),
        facing=_choice_of(d["facing"], f"{where}.facing", DIRECTIONS),
        path=_list(d["path"], f"{where}.path", lambda v, w: _pair(v, w, _float, _float)),
        running=_bool(d["running"], f"{where}.running"),
        walked=_int(d["walked"], f"{where}.walked"),
        animation=_choice_of(d["animation"], f"{where}.animation",
                             tuple(a for a in ANIMATIONS if a != "idle") + ("",)))


def _actors(value: object, where: str, content: Content) -> dict[str, ActorState]:
    pairs = _list(value, where, lambda v, w: _pair(v, w, _str, lambda a, w2: _actor(a, w2, content)))
    actors = dict(pairs)
    if len(actors) != len(pairs):
        raise ValueError(f"{where}: an actor appears twice")
    return actors


def _deadline(value: object, where: str, content: Content) -> tuple[str, int, str]:
    d = _obj(value, where, ("room", "tick", "script"))
    return (_room(d["room"], f"{where}.room", content), _int(d["tick"], f"{where}.tick"),
            _str(d["script"], f"{where}.script"))


def _pending(value: object, where: str, content: Content) -> Pending:
    d = _obj(value, where, ("target", "verb", "item"))
    item = _str(d["item"], f"{where}.item")
    if item:
        _known(item, f"{where}.item", content.items, "item")
    return Pending(_str(d["target"], f"{where}.target"),
                   _choice_of(d["verb"], f"{where}.verb", VERBS), item)


def _line(value: object, where: str, content: Content) -> Line:
    d = _obj(value, where, ("character", "text", "tick"))
    return Line(_known(d["character"], f"{where}.character", content.characters, "character"),
                _str(d["text"], f"{where}.text"), _int(d["tick"], f"{where}.tick"))


def _fallback_turns(value: object, where: str) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, not {_kind(value)}")
    return {_str(k, f"{where} key"): _int(n, f"{where}.{k}") for k, n in value.items()}


def _script(value: object, where: str, content: Content) -> ScriptState:
    d = _obj(value, where, ("name", "frames", "waiting"))
    frames = _list(d["frames"], f"{where}.frames", lambda v, w: _frame(v, w, content))
    if len(frames) > MAX_DEPTH:
        raise ValueError(f"{where}.frames: {len(frames)} frames; a script nests at most {MAX_DEPTH}")
    return ScriptState(_str(d["name"], f"{where}.name"), frames,
                       _opt(d["waiting"], f"{where}.waiting", _blocker))


def _frame(value: object, where: str, content: Content) -> Frame:
    d = _obj(value, where, ("event", "block", "pc", "is_option"))
    origin = _origin(d["event"], f"{where}.event", content)
    block = _walk(origin, d["block"], f"{where}.block")
    pc = _int(d["pc"], f"{where}.pc")
    if pc > len(block):
        raise ValueError(f"{where}.pc: {pc} is past the end of its block of {len(block)}"
                         f" statements in {_describe(origin)}")
    return Frame(block, pc, _bool(d["is_option"], f"{where}.is_option"), origin)


def _choice(value: object, where: str, content: Content) -> ShownChoice:
    d = _obj(value, where, ("event", "block", "stmt", "offered"))
    origin = _origin(d["event"], f"{where}.event", content)
    block = _walk(origin, d["block"], f"{where}.block")
    index = _int(d["stmt"], f"{where}.stmt")
    stmt = block[index] if index < len(block) else None
    if not isinstance(stmt, ChoiceStmt):
        raise ValueError(f"{where}.stmt: statement {index} of that block of {_describe(origin)}"
                         " is not a choice")
    offered = tuple(_list(d["offered"], f"{where}.offered", _int))
    if any(i >= len(stmt.options) for i in offered) or len(set(offered)) != len(offered):
        raise ValueError(f"{where}.offered: {list(offered)} are not distinct options of a choice"
                         f" with {len(stmt.options)}")
    return ShownChoice(stmt, offered, origin)


def _origin(value: object, where: str, content: Content) -> Origin:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, not {_kind(value)}")
    adhoc = "say" in value
    d = _obj(value, where, ("room", "key", "say" if adhoc else "line"))
    room = _room(d["room"], f"{where}.room", content)
    key = _key(d["key"], f"{where}.key")
    if adhoc:
        character, text = _pair(d["say"], f"{where}.say",
                                lambda v, w: _known(v, w, content.characters, "character"), _str)
        if key[0] != "script" or key[2]:
            raise ValueError(f"{where}.key: a one-line script is keyed ['script', NAME, ''],"
                             f" not {list(key)}")
        body: Block = (ActionStmt(Say(character, text), 0),)
        return Origin(room, Event("script", key[1], "", body, "", 0))
    line = _int(d["line"], f"{where}.line")
    candidates = [e for e in (content.rooms[room].events.get(key), content.common_events.get(key))
                  if e is not None]
    if not candidates:
        raise ValueError(f"{where}: no event {list(key)} in room '{room}' or the common events")
    for event in candidates:
        if event.line == line:
            return Origin(room, event)
    raise ValueError(f"{where}: the event {list(key)} of room '{room}' is no longer at line {line}"
                     " (the scripts have changed since this state was saved)")


def _walk(origin: Origin, value: object, where: str) -> Block:
    """The block a path of [statement index, branch or option index] steps leads to."""
    block = origin.event.body
    for n, step in enumerate(_list(value, where, lambda v, w: _pair(v, w, _int, _int))):
        i, j = step
        subs = _sub_blocks(block[i]) if i < len(block) else ()
        if j >= len(subs):
            raise ValueError(f"{where}: step {n} {list(step)} leads nowhere in {_describe(origin)}"
                             " (no such statement, branch or option)")
        block = subs[j]
    return block


def _blocker(value: object, where: str) -> object:
    tag = value.get("until") if isinstance(value, dict) else None
    if not isinstance(tag, str) or tag not in _BLOCKERS:
        raise ValueError(f"{where}: expected {{\"until\": one of {', '.join(_BLOCKERS)}}},"
                         f" not {_short(value)}")
    assert isinstance(value, dict)
    if tag == "tick":
        d = _obj(value, where, ("until", "tick"))
        return UntilTick(_int(d["tick"], f"{where}.tick"))
    if tag == "arrived":
        d = _obj(value, where, ("until", "actor"))
        return UntilArrived(_str(d["actor"], f"{where}.actor"))
    _obj(value, where, ("until",))
    return _BLOCKERS[tag]()


# ---- checking plain values --------------------------------------------------------------

def _obj(value: object, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, not {_kind(value)}")
    missing = [k for k in keys if k not in value]
    if missing:
        raise ValueError(f"{where}: missing field '{missing[0]}'")
    extra = sorted(str(k) for k in value if k not in keys)
    if extra:
        raise ValueError(f"{where}: unknown field '{extra[0]}'")
    return value


def _list(value: object, where: str, item: Callable[[object, str], T]) -> list[T]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list, not {_kind(value)}")
    return [item(v, f"{where}[{n}]") for n, v in enumerate(value)]


def _unique(value: object, where: str, item: Callable[[object, str], T]) -> list[T]:
    out = _list(value, where, item)
    if len(set(out)) != len(out):
        raise ValueError(f"{where}: an entry appears twice")
    return out


def _pair(value: object, where: str, first: Callable[[object, str], T],
          second: Callable[[object, str], Any]) -> Any:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"{where}: expected a list of two, not {_short(value)}")
    return (first(value[0], f"{where}[0]"), second(value[1], f"{where}[1]"))


def _opt(value: object, where: str, item: Callable[[object, str], T]) -> T | None:
    return None if value is None else item(value, where)


def _key(value: object, where: str) -> tuple[str, str, str]:
    if not isinstance(value, list) or len(value) != 3:
        raise ValueError(f"{where}: expected an event key [kind, target, item], not {_short(value)}")
    kind, target, item = (_str(v, f"{where}[{n}]") for n, v in enumerate(value))
    return (kind, target, item)


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string, not {_kind(value)}")
    return value


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where}: expected true or false, not {_kind(value)}")
    return value


def _int(value: object, where: str, low: int | None = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{where}: expected a whole number, not {_kind(value)}")
    if low is not None and value < low:
        raise ValueError(f"{where}: {value} is below {low}")
    return value


def _float(value: object, where: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ValueError(f"{where}: expected a number, not {_kind(value)}")
    if not math.isfinite(value):
        raise ValueError(f"{where}: {value} is not a finite number")
    return float(value)


def _fraction(value: object, where: str) -> float:
    number = _float(value, where)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{where}: {number} is not between 0 and 1")
    return number


def _choice_of(value: object, where: str, allowed: tuple[str, ...]) -> str:
    text = _str(value, where)
    if text not in allowed:
        raise ValueError(f"{where}: '{text}' is not one of {', '.join(repr(a) for a in allowed)}")
    return text


def _room(value: object, where: str, content: Content) -> str:
    return _known(value, where, content.rooms, "room")


def _known(value: object, where: str, known: Any, what: str) -> str:
    name = _str(value, where)
    if name not in known:
        raise ValueError(f"{where}: no {what} '{name}' in this game")
    return name


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _short(value: object) -> str:
    return reprlib.repr(value) if isinstance(value, (list, dict)) else _kind(value)
