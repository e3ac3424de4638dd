"""Warnings about content that loads but is probably not what the designer meant.

Exits with no way back, flags tested but never set (or set but never tested), items nobody
gives or nobody uses, hotspots on top of each other. Load errors live in ``loader``; checks
that need the walk grid live in ``coraline_game.checks``.
"""

from __future__ import annotations

from coraline_game.content.actions import ClearFlag, Give, Goto, SetFlag, Shuffle, Take
from coraline_game.content.errors import Problem, did_you_mean
from coraline_game.content.model import Content, Hotspot
from coraline_game.content.script import (ActionStmt, ChoiceStmt, Event, IfStmt, condition_names,
                                          walk_statements)

# Flags the engine itself reads, so they count as tested.
ENGINE_FLAGS = ("night", "shuffled")  # shuffled: raised by New Game in the shuffled hunt


def _events(content: Content) -> list[tuple[str, Event]]:
    out = [(room.id, e) for room in content.rooms.values() for e in room.events.values()]
    return out + [("", e) for e in content.common_events.values()]


def lint(content: Content) -> list[Problem]:
    problems: list[Problem] = []
    flags_set: dict[str, str] = {}
    flags_tested: dict[str, str] = {f: "" for f in ENGINE_FLAGS}
    given: set[str] = set()
    used: set[str] = set()
    gotos: dict[str, set[str]] = {room: set() for room in content.rooms}

    def note_condition(cond, where: str) -> None:
        for kind, name in condition_names(cond):
            if kind == "flag":
                flags_tested.setdefault(name, where)
            elif kind == "item":
                used.add(name)

    note_condition(content.ending, "maps/game.toml")
    problems.extend(content.speedrun.warnings)
    for category in content.speedrun.categories.values():
        if category.start is not None:
            note_condition(category.start, "maps/speedrun.toml")
        for split in category.splits:
            note_condition(split.when, "maps/speedrun.toml")
    for room in content.rooms.values():
        for h in room.hotspots:
            note_condition(h.visible_if, room.path)
        for layer in room.layers:
            note_condition(layer.visible_if, room.path)
        for effect in room.effects:
            note_condition(effect.visible_if, room.path)
        if room.held_if is not None:
            note_condition(room.held_if, room.path)
    for room_id, event in _events(content):
        if event.item:
            used.add(event.item)
        if event.kind == "look" and event.target in content.items:
            used.add(event.target)
        for stmt in walk_statements(event.body):
            where = f"{event.path}:{stmt.line}"
            if isinstance(stmt, IfStmt):
                for cond, _ in stmt.branches:
                    note_condition(cond, where)
            elif isinstance(stmt, ChoiceStmt):
                for option in stmt.options:
                    note_condition(option.condition, where)
            elif isinstance(stmt, ActionStmt):
                action = stmt.action
                if isinstance(action, (SetFlag, ClearFlag)):
                    flags_set.setdefault(action.flag, where)
                elif isinstance(action, Shuffle):
                    for flag in action.flags():
                        flags_set.setdefault(flag, where)
                elif isinstance(action, Give):
                    given.add(action.item)
                elif isinstance(action, Take):
                    used.add(action.item)
                elif isinstance(action, Goto) and room_id:
                    gotos[room_id].add(action.room)

    for flag, where in sorted(flags_tested.items()):
        if flag not in flags_set and flag not in ENGINE_FLAGS:
            path, _, line = where.rpartition(":") if ":" in where else (where, "", "")
            problems.append(Problem(path or where, f"flag '{flag}' is tested but never set"
                                    f"{did_you_mean(flag, flags_set)}", f"line {line}" if line else "",
                                    "warning"))
    for flag, where in sorted(flags_set.items()):
        if flag not in flags_tested:
            path, _, line = where.rpartition(":")
            problems.append(Problem(path, f"flag '{flag}' is set but nothing ever tests it",
                                    f"line {line}", "warning"))
    for item in sorted(content.items):
        if item not in given:
            problems.append(Problem("maps/items.toml", "no script ever gives this item", f"[{item}]",
                                    "warning"))
        elif item not in used:
            problems.append(Problem("maps/items.toml", "the player can get this item but nothing uses"
                                    " it", f"[{item}]", "warning"))

    for room in content.rooms.values():
        for h in room.hotspots:
            if h.kind != "exit" or h.target not in content.rooms:
                continue
            target = content.rooms[h.target]
            back = {x.target for x in target.hotspots if x.kind == "exit"} | gotos[target.id]
            if room.id not in back:
                problems.append(Problem(room.path, f"exit to '{h.target}' has no way back: nothing in"
                                        f" {h.target} leads here", f"object '{h.name}' (id {h.object_id})",
                                        "warning"))
        problems.extend(_overlaps(room.path, room.hotspots))
    return problems


def _overlaps(path: str, hotspots: tuple[Hotspot, ...]) -> list[Problem]:
    out = []
    for i, a in enumerate(hotspots):
        for b in hotspots[i + 1:]:
            if a.visible_if != b.visible_if or "actor" in (a.kind, b.kind):
                continue
            ax, ay, aw, ah = a.bbox
            bx, by, bw, bh = b.bbox
            w = min(ax + aw, bx + bw) - max(ax, bx)
            h = min(ay + ah, by + bh) - max(ay, by)
            smaller = min(aw * ah, bw * bh)
            if w > 0 and h > 0 and smaller > 0 and w * h > 0.5 * smaller:
                out.append(Problem(path, f"mostly covers '{b.name}' and both show at the same time;"
                                   " the player can only click the one on top",
                                   f"object '{a.name}' (id {a.object_id})", "warning"))
    return out
