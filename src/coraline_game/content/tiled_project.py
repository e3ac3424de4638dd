"""Writes ``maps/coraline.tiled-project``: the dropdowns and defaults Tiled shows designers.

Enums come from the game's own registries (items, rooms, characters, verbs, directions) and
classes describe our object kinds, so Tiled offers exactly what the loader accepts. A test
fails when the committed project drifts; ``coraline tiled-project`` regenerates it.
"""

from __future__ import annotations

import json
from typing import Any

from coraline_game.content.actions import DIRECTIONS
from coraline_game.content.model import EFFECT_KINDS, Content
from coraline_game.content.script import VERBS
from coraline_game.content.tiled import ALLOWED_PROPERTIES, OBJECT_CLASSES, WORLDS

COLOURS = {"walkarea": "#ff5ac878", "blocker": "#ffe05050", "hotspot": "#fffadc5a",
           "exit": "#ff5ad2f0", "actor": "#fff08cf0", "spawn": "#ffffffff", "point": "#ffc8c8c8",
           "effect": "#ff9a78dc"}

# property -> (Tiled type, enum name or "", default)
MEMBERS: dict[str, tuple[str, str, Any]] = {
    "label": ("string", "", ""),
    "verb": ("string", "verb", "use"),
    "walk_to": ("object", "", 0),
    "facing": ("string", "", ""),  # empty: face what she walked up to
    "visible_if": ("string", "", ""),
    "look": ("string", "", ""),
    "use": ("string", "", ""),
    "talk": ("string", "", ""),
    "take": ("string", "", ""),
    "go": ("string", "", ""),
    "target": ("string", "room", ""),
    "spawn": ("string", "", "start"),
    "character": ("string", "character", ""),
    "secret": ("bool", "", False),
    "effect": ("string", "effect_kind", ""),
    "colour": ("color", "", ""),  # empty: the effect's own colour
    "density": ("float", "", 1.0),
    "foreground": ("bool", "", False),
    "image": ("file", "", ""),  # swing, spin, roll: the picture, relative to the map
    "frames": ("int", "", 1),
    "period": ("int", "", 240),
    "speed": ("float", "", 20.0),
}


def class_default(cls: str, prop: str, default: Any) -> Any:
    """Where a class's default differs from the property's usual one."""
    if prop == "verb" and cls == "actor":
        return "talk"
    if prop == "facing" and cls in ("spawn", "actor"):
        return "down"
    return default


def project(content: Content) -> dict[str, Any]:
    enums = {
        "verb": list(VERBS),
        "direction": list(DIRECTIONS),
        "room": sorted(content.rooms),
        "item": sorted(content.items),
        "character": sorted(content.characters),
        "world": list(WORLDS),
        "effect_kind": list(EFFECT_KINDS),
    }
    types: list[dict[str, Any]] = []
    for name, values in enums.items():
        types.append({"id": len(types) + 1, "name": name, "type": "enum", "storageType": "string",
                      "values": values, "valuesAsFlags": False})
    for cls in OBJECT_CLASSES:
        members = []
        for prop in ALLOWED_PROPERTIES[cls]:
            kind, enum, default = MEMBERS[prop]
            default = class_default(cls, prop, default)
            member: dict[str, Any] = {"name": prop, "type": kind, "value": default}
            if enum:
                member["propertyType"] = enum
            members.append(member)
        types.append({"id": len(types) + 1, "name": cls, "type": "class", "color": COLOURS[cls],
                      "drawFill": True, "useAs": ["object"], "members": members})
    return {
        "automappingRulesFile": "",
        "commands": [],
        "extensionsPath": "extensions",
        "folders": ["."],
        "objectTypesFile": "objecttypes.xml",
        "propertyTypes": types,
    }


def project_text(content: Content) -> str:
    return json.dumps(project(content), indent=4) + "\n"


def object_types_xml() -> str:
    """The same classes for Tiled 1.8, which reads object types from objecttypes.xml."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<objecttypes>"]
    for cls in OBJECT_CLASSES:
        lines.append(f' <objecttype name="{cls}" color="#{COLOURS[cls][3:]}">')
        for prop in ALLOWED_PROPERTIES[cls]:
            kind, _, default = MEMBERS[prop]
            default = class_default(cls, prop, default)
            lines.append(f'  <property name="{prop}" type="{kind}" default="{default}"/>')
        lines.append(" </objecttype>")
    lines.append("</objecttypes>")
    return "\n".join(lines) + "\n"
