"""Reads a map's objects straight from the TMX XML, with object templates applied.

pytmx does not apply templates (``.tx``), rejects properties named like its own attributes
(``name``, ``visible`` …) and reads Tiled 1.9's ``class=`` differently from ``type=``; so the
adapter hands pytmx the map without its object layers and reads the objects here.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from coraline_game.content.errors import Problem


@dataclass(frozen=True, slots=True)
class RawObject:
    """One Tiled object as the map file (and its template) define it."""

    id: int
    name: str
    cls: str
    x: float
    y: float
    width: float
    height: float
    points: tuple[tuple[float, float], ...] | None  # polygon/polyline, absolute
    is_point: bool
    properties: dict[str, Any]
    template: str = ""


def typed_properties(node: ET.Element | None) -> dict[str, Any]:
    """A ``<properties>`` element's values, cast to their Tiled types."""
    out: dict[str, Any] = {}
    if node is None:
        return out
    for p in node.findall("property"):
        name = p.get("name", "")
        kind = p.get("type", "string")
        raw = p.get("value")
        text = raw if raw is not None else (p.text or "")
        if kind == "class":
            out[name] = typed_properties(p.find("properties"))
        elif kind == "int" or kind == "object":
            try:
                out[name] = int(float(text or 0))
            except ValueError:
                out[name] = text
        elif kind == "float":
            try:
                out[name] = float(text or 0)
            except ValueError:
                out[name] = text
        elif kind == "bool":
            out[name] = text.strip().lower() == "true"
        else:
            out[name] = text
    return out


def _template(path: str, cache: dict[str, ET.Element | None]) -> ET.Element | None:
    if path not in cache:
        try:
            cache[path] = ET.parse(path).getroot().find("object")
        except (OSError, ET.ParseError):
            cache[path] = None
    return cache[path]


def read_objects(group: ET.Element, map_dir: str, rel: str, offset: tuple[float, float],
                 problems: list[Problem]) -> list[RawObject]:
    """Every object of an object layer, templates applied, offsets added."""
    cache: dict[str, ET.Element | None] = {}
    out = []
    dx, dy = offset
    for node in group.findall("object"):
        base: ET.Element | None = None
        template = node.get("template", "")
        if template:
            base = _template(os.path.normpath(os.path.join(map_dir, template)), cache)
            if base is None:
                problems.append(Problem(rel, f"template '{template}' is missing or not valid XML",
                                        f"object '{node.get('name', '')}' (id {node.get('id')})"))
                continue

        def attr(key: str, default: str = "", node: ET.Element = node,
                 base: ET.Element | None = base) -> str:
            value = node.get(key)
            if value is None and base is not None:
                value = base.get(key)
            return value if value is not None else default

        props = typed_properties(base.find("properties")) if base is not None else {}
        props.update(typed_properties(node.find("properties")))
        shape_src = node if _has_shape(node) or base is None else base
        x, y = float(attr("x", "0")) + dx, float(attr("y", "0")) + dy
        points = None
        poly = shape_src.find("polygon")
        if poly is None:
            poly = shape_src.find("polyline")
        if poly is not None:
            points = tuple((x + float(a), y + float(b))
                           for a, b in (pair.split(",") for pair in poly.get("points", "").split()))
        out.append(RawObject(
            id=int(node.get("id", "0")), name=attr("name"), cls=attr("type") or attr("class"),
            x=x, y=y, width=float(attr("width", "0")), height=float(attr("height", "0")),
            points=points, is_point=shape_src.find("point") is not None, properties=props,
            template=template))
    return out


def _has_shape(node: ET.Element) -> bool:
    return any(node.find(tag) is not None for tag in ("polygon", "polyline", "point", "ellipse"))
