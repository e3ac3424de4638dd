"""Writes the designers' script reference from the action registry's docstrings.

``docs/script-reference.md`` is this module's output; a test fails when the two differ, and
``coraline script-reference --out docs/script-reference.md`` brings the file up to date.
"""

from __future__ import annotations

import inspect

from coraline_game.content.actions import ANIMATIONS, DIRECTIONS, FADES, REGISTRY

KIND_WORDS = {
    "character": "a character id from `maps/characters.toml`",
    "item": "an item id from `maps/items.toml`",
    "flag": "a flag name (any lower_snake_case word)",
    "room": "a room id (the name of a `.tmx` in `maps/rooms/`)",
    "spawn": "a spawn object's name in that room",
    "point": "a point object's name in the current room",
    "script": "the NAME of an `on script NAME:` event in this room or common.script",
    "text": 'words in double quotes, `\\"` for a quote inside',
    "int": "a whole number",
    "direction": " / ".join(DIRECTIONS),
    "fade": " / ".join(FADES),
    "animation": " / ".join(ANIMATIONS),
}

CONDITIONS = (
    ("flag NAME", "the flag is raised"),
    ("has ITEM", "Coraline carries the item"),
    ("visited ROOM", "she has been in the room at least once"),
    ("in ROOM", "she is in the room now"),
    ("not C", "C does not hold"),
    ("C and C, C or C, ( C )", "combinations; `and` binds tighter than `or`"),
)


def script_reference() -> str:
    out = ["# Script reference", "",
           "Generated from the game's action registry by `coraline script-reference`;"
           " do not edit by hand. How scripts are laid out: `docs/content-format.md`.", "",
           "## Conditions", "", "| condition | holds when |", "|---|---|"]
    out += [f"| `{c}` | {words} |" for c, words in CONDITIONS]
    out += ["", "## Actions", ""]
    for name in sorted(REGISTRY):
        cls = REGISTRY[name]
        doc = inspect.cleandoc(cls.__doc__ or "")
        summary, _, rest = doc.partition("\n")
        out += [f"### `{name}`", "", summary.strip(), ""]
        if rest.strip():
            out += [rest.strip(), ""]
        kinds = cls.arg_kinds()
        if kinds:
            out += ["| argument | is | |", "|---|---|---|"]
            for field_name, kind, required in kinds:
                out.append(f"| {field_name.upper()} | {KIND_WORDS.get(kind, kind)} |"
                           f" {'required' if required else 'optional'} |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
