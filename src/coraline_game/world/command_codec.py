"""Commands to and from plain JSON-able data, for walkthroughs and replays.

Reading never executes anything: each record is checked against the known command kinds
and their field types, and a bad one raises ``ValueError`` with a readable reason.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, fields
from typing import Any

from coraline_game.content.script import VERBS
from coraline_game.world.commands import (Advance, Choose, Command, Hint, Interact, LookItem,
                                          Skip, UseItem, Wait, WalkTo)

KINDS: dict[str, type] = {
    "walk_to": WalkTo, "interact": Interact, "use_item": UseItem, "look_item": LookItem,
    "choose": Choose, "advance": Advance, "skip": Skip, "hint": Hint, "wait": Wait,
}
NAMES = {cls: name for name, cls in KINDS.items()}
_TYPES = {"float": (int, float), "int": (int,), "str": (str,), "bool": (bool,)}


def encode(command: Command) -> dict[str, Any]:
    return {"do": NAMES[type(command)], **asdict(command)}


def decode(data: object) -> Command:
    if not isinstance(data, dict) or not isinstance(data.get("do"), str):
        raise ValueError(f"a command must be an object with a 'do' field, not {data!r:.60}")
    cls = KINDS.get(data["do"])
    if cls is None:
        raise ValueError(f"unknown command '{data['do']}'")
    values = {}
    for f in fields(cls):
        if f.name not in data:
            if f.default is not MISSING:  # it has a default
                continue
            raise ValueError(f"command '{data['do']}' lacks '{f.name}'")
        value = data[f.name]
        allowed = _TYPES[str(f.type)]
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            raise ValueError(f"command '{data['do']}': '{f.name}' has the wrong type")
        values[f.name] = value
    if cls is Interact and values.get("verb") not in VERBS:
        raise ValueError(f"command 'interact': unknown verb {values.get('verb')!r};"
                         f" verbs: {', '.join(VERBS)}")
    extra = set(data) - {"do"} - {f.name for f in fields(cls)}
    if extra:
        raise ValueError(f"command '{data['do']}' has unknown fields: {', '.join(sorted(extra))}")
    return cls(**values)


def decode_stream(entries: object) -> list[tuple[int, Command]]:
    """A recorded list of ``[tick, command]`` pairs, checked: ticks are whole numbers that
    never go back in time. Raises ValueError naming the first bad entry."""
    if not isinstance(entries, list):
        raise ValueError("'commands' must be a list of [tick, command] pairs")
    out: list[tuple[int, Command]] = []
    last = -1
    for n, entry in enumerate(entries, start=1):
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], int)
                and not isinstance(entry[0], bool) and entry[0] >= 0):
            raise ValueError(f"command {n} is not [tick, command]")
        if entry[0] < last:
            raise ValueError(f"command {n} goes back in time (tick {entry[0]} after {last})")
        last = entry[0]
        try:
            out.append((entry[0], decode(entry[1])))
        except ValueError as err:
            raise ValueError(f"command {n}: {err}") from None
    return out
