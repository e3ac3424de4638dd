"""Loads all content (rooms, scripts, registries) and checks every cross-reference at once.

A designer's typo becomes a ``Problem`` naming the file, the object or line, and the fix;
the game never meets a bad reference mid-play.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from collections.abc import Iterable

from coraline_game.content.errors import ContentError, Problem, did_you_mean
from coraline_game.content.model import Character, Content, Hint, Item, Room
from coraline_game.content.paths import content_root
from coraline_game.content.script import (ALWAYS, ActionStmt, ChoiceStmt, Event, IfStmt,
                                          condition_names, parse_condition, parse_script,
                                          walk_statements)
from coraline_game.content.speedrun_rules import SpeedrunRules, load_speedrun_rules
from coraline_game.content.tiled import _display_path, load_room

FALLBACK_KINDS = ("look", "use", "talk", "take", "wrong_item")


def load_content(root: str | Path | None = None, start_room: str | None = None) -> Content:
    """Load and check everything under ``root`` (default: the installed game's content)."""
    root = Path(root) if root is not None else content_root()
    maps = root / "maps"
    problems: list[Problem] = []
    game = _collect(problems, lambda: load_game(maps / "game.toml")) or {}
    start_room = start_room or str(game.get("start_room", "bedroom"))
    characters = _collect(problems, lambda: load_characters(maps / "characters.toml", root))
    items = _collect(problems, lambda: load_items(maps / "items.toml", root))
    fallbacks = _collect(problems, lambda: load_fallbacks(maps / "text" / "fallbacks.toml"))
    hints, no_hint = _collect(problems, lambda: load_hints(maps / "text" / "hints.toml")) or ((), "")
    common: dict = {}
    common_path = maps / "common.script"
    if common_path.is_file():
        events = _collect(problems, lambda: parse_script(common_path.read_text("utf-8"),
                                                         _display_path(str(common_path))))
        common = {e.key: e for e in events or ()}
    rooms: dict[str, Room] = {}
    for tmx in sorted((maps / "rooms").glob("*.tmx")):
        room = _collect(problems, lambda tmx=tmx: load_room_with_script(str(tmx)))
        if room is not None:
            rooms[room.id] = room
    if not problems:
        problems.extend(check_references(rooms, characters or {}, items or {}, common, start_room))
        for n, hint in enumerate(hints, start=1):
            for kind, name in (*condition_names(hint.until), *condition_names(hint.when)):
                known = (items or {}) if kind == "item" else rooms if kind == "room" else None
                if known is not None and name not in known:
                    problems.append(Problem("maps/text/hints.toml", f"{kind} '{name}' is not defined"
                                            f"{did_you_mean(name, known)}", f"hint {n}"))
    speedrun = _collect(problems, lambda: load_speedrun_rules(
        maps / "speedrun.toml", {"item": items or {}, "room": rooms})) or SpeedrunRules({})
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ContentError(problems)
    return Content(str(root), rooms, characters or {}, items or {}, common, fallbacks or {},
                   start_room, str(game.get("start_spawn", "start")), game.get("ending", ALWAYS),
                   hints, no_hint, speedrun)


def load_hints(path: Path) -> tuple[tuple[Hint, ...], str]:
    """maps/text/hints.toml: escalating thoughts per goal, in story order."""
    rel = _display_path(str(path))
    data = _read_toml(path)
    problems, hints = [], []
    for n, entry in enumerate(data.get("hint", []), start=1):
        where = f"hint {n}"
        lines = entry.get("lines") if isinstance(entry, dict) else None
        if not isinstance(lines, list) or not lines or not all(isinstance(x, str) for x in lines):
            problems.append(Problem(rel, "needs 'lines': a list of one or more lines", where))
            continue
        try:
            until = parse_condition(str(entry.get("until", "")), rel, f"{where}, 'until'")
            when = (parse_condition(str(entry["when"]), rel, f"{where}, 'when'") if "when" in entry
                    else ALWAYS)
        except ContentError as err:
            problems.extend(err.problems)
            continue
        hints.append(Hint(until, when, tuple(lines)))
    if problems:
        raise ContentError(problems)
    return tuple(hints), str(data.get("nothing", "Hmm."))


def load_game(path: Path) -> dict:
    """maps/game.toml: the start of a new game and the condition that ends it."""
    rel = _display_path(str(path))
    data = _read_toml(path)
    unknown = [k for k in data if k not in ("start_room", "start_spawn", "ending")]
    if unknown:
        raise ContentError([Problem(rel, f"unknown setting '{unknown[0]}'"
                                    f"{did_you_mean(unknown[0], ('start_room', 'start_spawn', 'ending'))}")])
    if "ending" in data:
        data["ending"] = parse_condition(str(data["ending"]), rel, "ending")
    return data


def load_room_with_script(tmx_path: str) -> Room:
    """A room map plus the events of the ``.script`` file of the same name, if there is one."""
    from dataclasses import replace
    room = load_room(tmx_path)
    script_path = os.path.splitext(tmx_path)[0] + ".script"
    if not os.path.isfile(script_path):
        return room
    rel = _display_path(script_path)
    with open(script_path, encoding="utf-8") as f:
        events = parse_script(f.read(), rel)
    merged = dict(room.events)
    problems = []
    for event in events:
        if event.key in merged:
            problems.append(Problem(rel, f"'{_head(event)}' is also set inline in the map's"
                                    f" '{event.kind}' property — keep one of the two",
                                    f"line {event.line}"))
        merged[event.key] = event
    if problems:
        raise ContentError(problems)
    return replace(room, events=merged)


def _head(e: Event) -> str:
    return "on " + " ".join(x for x in (e.kind, e.target, f"with {e.item}" if e.item else "") if x)


def _collect(problems: list[Problem], fn):
    try:
        return fn()
    except ContentError as err:
        problems.extend(err.problems)
        return None


def _read_toml(path: Path) -> dict:
    rel = _display_path(str(path))
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ContentError([Problem(rel, "the file is missing")]) from None
    except tomllib.TOMLDecodeError as err:
        raise ContentError([Problem(rel, f"not valid TOML: {err}")]) from None


def _colour(text: str, rel: str, where: str) -> tuple[int, int, int]:
    t = str(text).lstrip("#")
    if len(t) != 6 or any(c not in "0123456789abcdefABCDEF" for c in t):
        raise ContentError([Problem(rel, f"colour '{text}' must look like \"#7fb2e5\"", where)])
    return (int(t[0:2], 16), int(t[2:4], 16), int(t[4:6], 16))


def _tables(path: Path, kind: str, problems: list[Problem]):
    """(id, table, where) for each [id] table of a registry file; other entries are problems."""
    rel = _display_path(str(path))
    for key, entry in _read_toml(path).items():
        if isinstance(entry, dict):
            yield key, entry, f"[{key}]"
        else:
            problems.append(Problem(rel, f"each {kind} is a [table]", f"[{key}]"))


def _need_file(root: Path, folder: str, name: str, what: str, path: Path, where: str,
               problems: list[Problem]) -> None:
    if not (root / "assets" / folder / f"{name}.png").is_file():
        problems.append(Problem(_display_path(str(path)), f"{what} 'assets/{folder}/{name}.png' does"
                                " not exist", where))


def load_characters(path: Path, root: Path) -> dict[str, Character]:
    out: dict[str, Character] = {}
    problems: list[Problem] = []
    for cid, entry, where in _tables(path, "character", problems):
        sprite = str(entry.get("sprite", cid))
        _need_file(root, "sprites", sprite, "sprite", path, where, problems)
        try:
            colour = _colour(entry.get("colour", "#ffffff"), _display_path(str(path)), where)
        except ContentError as err:
            problems.extend(err.problems)
            continue
        speed = entry.get("speed", 1.5)
        if isinstance(speed, bool) or not isinstance(speed, (int, float)) or not 0 < speed <= 8:
            problems.append(Problem(_display_path(str(path)), f"speed {speed!r} must be a number of"
                                    " pixels per tick between 0 and 8 (1.5 is a walk)", where))
            continue
        out[cid] = Character(cid, str(entry.get("name", cid)), sprite, colour, float(speed))
    if problems:
        raise ContentError(problems)
    return out


def load_items(path: Path, root: Path) -> dict[str, Item]:
    out: dict[str, Item] = {}
    problems: list[Problem] = []
    for iid, entry, where in _tables(path, "item", problems):
        icon = str(entry.get("icon", iid))
        _need_file(root, "items", icon, "icon", path, where, problems)
        out[iid] = Item(iid, str(entry.get("name", iid)), icon)
    if problems:
        raise ContentError(problems)
    return out


def load_fallbacks(path: Path) -> dict[str, tuple[str, ...]]:
    rel = _display_path(str(path))
    data = _read_toml(path)
    out = {}
    for kind in FALLBACK_KINDS:
        lines = data.get(kind)
        if not isinstance(lines, list) or not lines or not all(isinstance(x, str) for x in lines):
            raise ContentError([Problem(rel, f"'{kind}' must be a list of one or more lines")])
        out[kind] = tuple(lines)
    return out


def check_references(rooms: dict[str, Room], characters: dict, items: dict, common: dict,
                     start_room: str) -> list[Problem]:
    """Every name a map or script uses must be defined somewhere."""
    problems: list[Problem] = []

    def need(kind: str, name: str, known: Iterable[str], path: str, where: str) -> None:
        known = list(known)
        if name not in known:
            problems.append(Problem(path, f"{kind} '{name}' is not defined{did_you_mean(name, known)}",
                                    where))

    if start_room not in rooms:
        problems.append(Problem("maps/game.toml", f"the starting room '{start_room}' has no map in"
                                f" maps/rooms{did_you_mean(start_room, rooms)}", "start_room"))
    common_scripts = {e.target for e in common.values() if e.kind == "script"}
    for room in rooms.values():
        if room.twin:
            need("twin room", room.twin, rooms, room.path, "map properties")
        for h in room.hotspots:
            where = f"object '{h.name}' (id {h.object_id})"
            if h.kind == "exit" and h.target:
                need("room", h.target, rooms, room.path, where)
                if h.target in rooms:
                    need(f"spawn (in {h.target})", h.spawn, rooms[h.target].spawns, room.path, where)
            if h.kind == "actor" and h.character:
                need("character", h.character, characters, room.path, where)
            for kind, name in condition_names(h.visible_if):
                _need_cond(need, kind, name, rooms, items, room.path, where)
        for layer in room.layers:
            for kind, name in condition_names(layer.visible_if):
                _need_cond(need, kind, name, rooms, items, room.path, f"layer '{layer.name}'")
        names_here = {h.name for h in room.hotspots}
        scripts_here = {e.target for e in room.events.values() if e.kind == "script"}
        for event in room.events.values():
            where = f"line {event.line}" if event.line else f"object '{event.target}'"
            if event.kind not in ("enter", "script"):
                need("object", event.target, names_here, event.path, where)
            if event.item:
                need("item", event.item, items, event.path, where)
            _check_body(event, room, rooms, characters, items, scripts_here | common_scripts, need)
    every_name = {h.name for room in rooms.values() for h in room.hotspots}
    for event in common.values():
        where = f"line {event.line}"
        if event.kind == "enter":
            problems.append(Problem(event.path, "common.script cannot hold 'on enter': put it in"
                                    " the room's own script", where))
        elif event.kind == "look" and event.target in items:
            pass  # an inventory look
        elif event.kind != "script":
            need("object or item", event.target, every_name | set(items), event.path, where)
        if event.item:
            need("item", event.item, items, event.path, where)
        _check_body(event, None, rooms, characters, items, common_scripts, need)
    return problems


def _need_cond(need, kind, name, rooms, items, path, where) -> None:
    if kind == "item":
        need("item", name, items, path, where)
    elif kind == "room":
        need("room", name, rooms, path, where)


def _check_body(event: Event, room: Room | None, rooms, characters, items, scripts, need) -> None:
    for stmt in walk_statements(event.body):
        where = f"line {stmt.line}" if event.line else f"object '{event.target}', inline script"
        conds = []
        if isinstance(stmt, IfStmt):
            conds = [c for c, _ in stmt.branches]
        elif isinstance(stmt, ChoiceStmt):
            conds = [o.condition for o in stmt.options]
        for cond in conds:
            for kind, name in condition_names(cond):
                _need_cond(need, kind, name, rooms, items, event.path, where)
        if not isinstance(stmt, ActionStmt):
            continue
        action = stmt.action
        for kind, name in action.references():
            if kind == "character":
                need("character", name, characters, event.path, where)
            elif kind == "item":
                need("item", name, items, event.path, where)
            elif kind == "room":
                need("room", name, rooms, event.path, where)
            elif kind == "spawn":
                target = getattr(action, "room", "")
                if target in rooms:
                    need(f"spawn (in {target})", name, rooms[target].spawns, event.path, where)
            elif kind == "point" and room is not None:
                need("point", name, room.points, event.path, where)
            elif kind == "script":
                need("script", name, scripts, event.path, where)
