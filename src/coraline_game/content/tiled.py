"""The pytmx adapter: the only module that imports pytmx. A ``.tmx`` file in, a ``Room`` out.

pytmx decodes tilesets and tile data well; this module covers what it leaves out (see
ARCHITECTURE.md): Tiled's drawing order of layers, group offsets and visibility, image layer
offsets, ``class=`` (Tiled 1.9) as well as ``type=`` on objects, and clear messages instead of
exceptions for files that are missing or malformed.
"""

from __future__ import annotations

import copy
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

import pytmx

from coraline_game.content.actions import DIRECTIONS
from coraline_game.content.depth import parse_depth, scale_at
from coraline_game.content.errors import ContentError, Problem, did_you_mean
from coraline_game.content.model import (EFFECT_KINDS, PICTURE_KINDS, Effect, Hotspot, Layer,
                                         Point2, Room, Spawn, Tile)
from coraline_game.content.picture_effects import PICTURE_PROPERTIES, picture_options
from coraline_game.content.tmx_objects import RawObject, read_objects
from coraline_game.content.script import (ALWAYS, NAME_RE, VERBS, And, Condition, Event,
                                          parse_block, parse_condition)

OBJECT_CLASSES = ("walkarea", "blocker", "hotspot", "exit", "actor", "spawn", "point", "effect")
SCRIPT_PROPERTIES = VERBS
_COMMON = ("visible_if",)
ALLOWED_PROPERTIES: dict[str, tuple[str, ...]] = {
    "walkarea": (),
    "blocker": (),
    "hotspot": ("label", "verb", "walk_to", "facing", "secret", *_COMMON, *SCRIPT_PROPERTIES),
    "exit": ("label", "target", "spawn", "walk_to", "facing", *_COMMON, *SCRIPT_PROPERTIES),
    "actor": ("label", "character", "verb", "walk_to", "facing", *_COMMON, *SCRIPT_PROPERTIES),
    "spawn": ("facing",),
    "point": (),
    "effect": ("effect", "colour", "density", "foreground", *PICTURE_PROPERTIES, *_COMMON),
}
MAX_DENSITY = 8.0
MAP_PROPERTIES = ("title", "world", "twin", "cutscene", "depth", "held_if")
LAYER_PROPERTIES = ("foreground", "visible_if", "seen_through_stone", "whole")
WORLDS = ("real", "other")
ACTOR_BOX = (26, 58)  # clickable width and height of a character, standing on its feet


@dataclass(frozen=True, slots=True)
class _Parent:
    """What a group layer passes down to its children."""

    offset: tuple[int, int] = (0, 0)
    opacity: float = 1.0
    visible_if: Condition = ALWAYS


def load_room(path: str) -> Room:
    """Read one room map. Raises ContentError listing every problem found in it."""
    room_id = os.path.splitext(os.path.basename(path))[0]
    rel = _display_path(path)
    try:
        tree = ET.parse(path)
    except ET.ParseError as err:
        line, col = err.position
        raise ContentError([Problem(rel, f"the file is not valid XML ({err.msg.split(':')[0]})"
                                    " — open it in Tiled and save it again, or restore it from git",
                                    f"line {line}, column {col}")]) from None
    except OSError as err:
        raise ContentError([Problem(rel, f"cannot read the file: {err.strerror}")]) from None
    root = tree.getroot()
    problems = _check_files(root, path, rel)
    if problems:
        raise ContentError(problems)
    try:
        tmx = _tile_data(root, path)
    except Exception as err:  # pytmx raises many kinds; all mean the same to a designer
        raise ContentError([Problem(rel, f"Tiled data could not be read ({type(err).__name__}: {err})"
                                    " — open the map in Tiled, fix what it reports, and save")]) from None
    builder = _RoomBuilder(room_id, path, rel, tmx)
    builder.walk(root, _Parent())
    return builder.finish(root)


def _tile_data(root: ET.Element, path: str) -> pytmx.TiledMap:
    """pytmx's view of the tilesets and tile layers; object layers are read by tmx_objects."""
    bare = copy.deepcopy(root)
    for parent in bare.iter():
        for child in list(parent):
            if child.tag == "objectgroup":
                parent.remove(child)
    tmx = pytmx.TiledMap(image_loader=pytmx.pytmx.default_image_loader)
    tmx.filename = path
    tmx.parse_xml(bare)
    return tmx


def _display_path(path: str) -> str:
    """The path as a designer knows it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def _check_files(root: ET.Element, path: str, rel: str) -> list[Problem]:
    """Missing tilesets, images and templates, reported before pytmx trips over them."""
    base = os.path.dirname(path)
    problems = []
    for ts in root.iter("tileset"):
        source = ts.get("source")
        if source and not os.path.isfile(os.path.join(base, source)):
            problems.append(Problem(rel, f"tileset file '{source}' does not exist — fix the path"
                                    " in Tiled (Map > Replace Tileset) or restore the file",
                                    f"tileset (firstgid {ts.get('firstgid')})"))
        elif source:
            problems.extend(_check_tileset_image(os.path.join(base, source), rel))
        else:
            img = ts.find("image")
            if img is not None and not os.path.isfile(os.path.join(base, img.get("source", ""))):
                problems.append(Problem(rel, f"tileset image '{img.get('source')}' does not exist",
                                        f"tileset '{ts.get('name')}'"))
    for layer in root.iter("imagelayer"):
        img = layer.find("image")
        source = img.get("source", "") if img is not None else ""
        if not source:
            problems.append(Problem(rel, "image layer has no image — choose one in Tiled or delete"
                                    " the layer", f"layer '{layer.get('name')}'"))
        elif not os.path.isfile(os.path.join(base, source)):
            problems.append(Problem(rel, f"image '{source}' does not exist — fix the layer's Image"
                                    " property or restore the file", f"layer '{layer.get('name')}'"))
    for obj in root.iter("object"):
        template = obj.get("template")
        if template and not os.path.isfile(os.path.join(base, template)):
            problems.append(Problem(rel, f"template '{template}' does not exist",
                                    f"object '{obj.get('name', '')}' (id {obj.get('id')})"))
    return problems


def _check_tileset_image(tsx: str, rel: str) -> list[Problem]:
    try:
        root = ET.parse(tsx).getroot()
    except ET.ParseError as err:
        return [Problem(_display_path(tsx), f"the tileset is not valid XML ({err})")]
    out = []
    for img in root.iter("image"):
        source = img.get("source", "")
        if not os.path.isfile(os.path.join(os.path.dirname(tsx), source)):
            out.append(Problem(_display_path(tsx), f"tileset image '{source}' does not exist"
                               f" (used by {rel})"))
    return out


class _RoomBuilder:
    """Walks the map's XML in drawing order, collecting layers and objects."""

    def __init__(self, room_id: str, path: str, rel: str, tmx: pytmx.TiledMap) -> None:
        self.room_id, self.path, self.rel, self.tmx = room_id, path, rel, tmx
        self.base = os.path.dirname(path)
        self.problems: list[Problem] = []
        self.layers: list[Layer] = []
        self.walkareas: list[tuple[Point2, ...]] = []
        self.blockers: list[tuple[Point2, ...]] = []
        self.hotspots: list[Hotspot] = []
        self.effects: list[Effect] = []
        self.spawns: dict[str, Spawn] = {}
        self.points: dict[str, Point2] = {}
        self.events: dict[tuple[str, str, str], Event] = {}
        self.pending_walk_to: list[tuple[int, int, str]] = []  # hotspot index, object id, where
        self.names: dict[str, int] = {}
        self.by_id: dict[int, RawObject] = {}
        self.layers_by_id = {getattr(layer, "id", None): layer for layer in tmx.layers}

    # -- layers ---------------------------------------------------------------------------
    def walk(self, node: ET.Element, parent: _Parent) -> None:
        for child in node:
            if child.tag not in ("layer", "imagelayer", "objectgroup", "group"):
                continue
            if child.get("visible", "1") == "0":
                continue  # hidden in Tiled: never drawn, never used
            props = _raw_properties(child)
            where = f"layer '{child.get('name', '')}'"
            for key in props:
                if key not in LAYER_PROPERTIES:
                    self.problems.append(Problem(self.rel, f"unknown layer property '{key}'"
                                                 f"{did_you_mean(key, LAYER_PROPERTIES)}; layers take "
                                                 + ", ".join(LAYER_PROPERTIES), where))
            here = _Parent(
                (parent.offset[0] + round(float(child.get("offsetx", 0))),
                 parent.offset[1] + round(float(child.get("offsety", 0)))),
                parent.opacity * float(child.get("opacity", 1)),
                self.condition(props.get("visible_if"), parent.visible_if, where),
            )
            foreground = props.get("foreground", "false").lower() == "true"
            stone_only = props.get("seen_through_stone", "false").lower() == "true"
            whole = props.get("whole", "false").lower() == "true"
            if child.tag == "group":
                self.walk(child, here)
            elif child.tag == "layer":
                self.tile_layer(child, here, foreground)
            elif child.tag == "imagelayer":
                source = child.find("image").get("source", "")  # type: ignore[union-attr]
                self.layers.append(Layer(child.get("name", ""), (), self.abs(source), here.offset,
                                         here.opacity, foreground, here.visible_if, stone_only,
                                         whole))
            else:
                self.objects(child, here)

    def tile_layer(self, node: ET.Element, parent: _Parent, foreground: bool) -> None:
        layer = self.layers_by_id.get(int(node.get("id", -1)))
        if layer is None:
            layer = next((t for t in self.tmx.layers if t.name == node.get("name")), None)
        if layer is None:
            return
        tw, th = self.tmx.tilewidth, self.tmx.tileheight
        tiles = []
        for x, y, gid in layer.iter_data():
            if not gid:
                continue
            image = self.tmx.images[gid] if gid < len(self.tmx.images) else None
            if image is None:
                self.problems.append(Problem(self.rel, f"tile at column {x}, row {y} uses a tile id"
                                             " that no tileset has — the tileset shrank; repaint it",
                                             f"layer '{node.get('name')}'"))
                continue
            filename, rect, flags = image
            tiles.append(Tile(x * tw + parent.offset[0], y * th + parent.offset[1],
                              os.path.normpath(filename), tuple(rect),  # type: ignore[arg-type]
                              bool(flags and flags.flipped_horizontally),
                              bool(flags and flags.flipped_vertically)))
        self.layers.append(Layer(node.get("name", ""), tuple(tiles), "", (0, 0), parent.opacity,
                                 foreground, parent.visible_if))

    # -- objects --------------------------------------------------------------------------
    def objects(self, group: ET.Element, parent: _Parent) -> None:
        for obj in read_objects(group, self.base, self.rel, parent.offset, self.problems):
            self.by_id[obj.id] = obj
            oid, name, cls = obj.id, obj.name, obj.cls
            where = f"object '{name}' (id {oid})"
            if cls not in OBJECT_CLASSES:
                hint = did_you_mean(cls, OBJECT_CLASSES)
                self.problems.append(Problem(self.rel, (f"unknown class '{cls}'{hint}" if cls else
                                             "has no class") + " — set Class to one of "
                                             + ", ".join(OBJECT_CLASSES), where))
                continue
            props = dict(obj.properties)
            for key in props:
                if key not in ALLOWED_PROPERTIES[cls]:
                    allowed = ALLOWED_PROPERTIES[cls]
                    self.problems.append(Problem(self.rel, f"unknown property '{key}' for a {cls}"
                                                 f"{did_you_mean(key, allowed)}"
                                                 + (f"; a {cls} takes " + ", ".join(allowed) if allowed
                                                    else f"; a {cls} takes no properties"), where))
            shape = _shape(obj)
            if cls in ("walkarea", "blocker"):
                if len(shape) < 3:
                    self.problems.append(Problem(self.rel, f"a {cls} must be a polygon or rectangle",
                                                 where))
                    continue
                (self.walkareas if cls == "walkarea" else self.blockers).append(shape)
                continue
            if cls == "effect":
                self.effect(obj, props, where, parent.visible_if)
                continue
            if not NAME_RE.match(name):
                self.problems.append(Problem(self.rel, "needs a name in lower_snake_case"
                                             " (scripts refer to it by name)", where))
                continue
            if name in self.names:
                self.problems.append(Problem(self.rel, f"the name '{name}' is already used by object"
                                             f" id {self.names[name]} — names must be unique in a room",
                                             where))
                continue
            self.names[name] = oid
            x, y = obj.x, obj.y
            facing = self.choice(props.get("facing"), DIRECTIONS, "facing", where)
            if cls == "spawn":
                self.spawns[name] = Spawn(name, x, y, facing or "down")
            elif cls == "point":
                self.points[name] = (x, y)
            else:
                self.hotspot(cls, name, oid, props, shape, x, y, facing, where)

    def hotspot(self, cls: str, name: str, oid: int, props: dict, shape: tuple[Point2, ...],
                x: float, y: float, facing: str | None, where: str) -> None:
        label = str(props.get("label", "")).strip()
        if not label:
            self.problems.append(Problem(self.rel, "has no 'label' — add one: it is the name the"
                                         " player sees under the cursor", where))
        default_verb = {"exit": "go", "actor": "talk"}.get(cls, "use")
        verb = self.choice(props.get("verb"), VERBS, "verb", where) or default_verb
        character = str(props.get("character", ""))
        position = (x, y)
        if cls == "actor":
            if not character:
                self.problems.append(Problem(self.rel, "an actor needs a 'character' property", where))
            shape = actor_box((x, y), 1.0)
        if cls == "exit" and not props.get("target"):
            self.problems.append(Problem(self.rel, "an exit needs a 'target' room", where))
        for verb_name in SCRIPT_PROPERTIES:
            if verb_name in props:
                source, origin = str(props[verb_name]), f"{where}, property '{verb_name}'"
                block = self.parse(lambda s=source, o=origin: parse_block(s, self.rel, o))
                if block is not None:
                    self.events[(verb_name, name, "")] = Event(verb_name, name, "", block, self.rel, 0)
        if "walk_to" in props:
            self.pending_walk_to.append((len(self.hotspots), int(props["walk_to"] or 0), where))
        self.hotspots.append(Hotspot(
            name=name, kind=cls, label=label or name, verb=verb, shape=shape, walk_to=None,
            facing=facing or "", visible_if=self.condition(props.get("visible_if"), ALWAYS, where),
            target=str(props.get("target", "")), spawn=str(props.get("spawn", "") or "start"),
            character=character, secret=str(props.get("secret", "false")).lower() == "true",
            actor_facing=facing or "down" if cls == "actor" else "down",
            position=position, object_id=oid))

    def effect(self, obj: RawObject, props: dict, where: str, layer_if: Condition) -> None:
        """An ambient animation: a rectangle, an effect from the registry, and its options.

        Unlike a hotspot, an effect also obeys its object layer's ``visible_if`` (a "rain" layer)."""
        if obj.points or obj.is_point or obj.width <= 0 or obj.height <= 0:
            self.problems.append(Problem(self.rel, "an effect must be a rectangle (draw it with"
                                         " Tiled's rectangle tool over where it shows)", where))
            return
        kind = str(props.get("effect", "")).strip()
        if not kind:
            self.problems.append(Problem(self.rel, "an effect needs an 'effect' property: one of "
                                         + ", ".join(EFFECT_KINDS), where))
            return
        if kind not in EFFECT_KINDS:
            self.problems.append(Problem(self.rel, f"'effect' is '{kind}'"
                                         f"{did_you_mean(kind, EFFECT_KINDS)}; it must be one of "
                                         + ", ".join(EFFECT_KINDS), where))
            return
        try:
            colour = _colour(props.get("colour"))
        except ValueError:
            self.problems.append(Problem(self.rel, f"'colour' is '{props.get('colour')}'; write it"
                                         " as #rrggbb (or pick it with Tiled's colour button)", where))
            return
        density = _number(props.get("density", 1.0))
        if density is None or not 0 < density <= MAX_DENSITY:
            self.problems.append(Problem(self.rel, f"'density' is '{props.get('density')}'; it must"
                                         f" be a number above 0 and at most {MAX_DENSITY:g}"
                                         " (1 is the effect's usual amount)", where))
            return
        foreground = props.get("foreground", False)
        if isinstance(foreground, str):
            foreground = foreground.strip().lower() == "true"
        rect = (round(obj.x), round(obj.y), round(obj.width), round(obj.height))
        picture: dict[str, object] = {}
        if kind in PICTURE_KINDS:
            picture, wrong = picture_options(kind, props, rect, self.base)
            self.problems.extend(Problem(self.rel, message, where) for message in wrong)
            if wrong:
                return
        else:
            unused = [key for key in PICTURE_PROPERTIES if key in props]
            if unused:
                self.problems.append(Problem(self.rel, f"'{unused[0]}' is for the picture effects ("
                                             + ", ".join(PICTURE_KINDS) + f"), not {kind}", where))
                return
        self.effects.append(Effect(
            kind=kind, rect=rect, object_id=obj.id, name=obj.name, colour=colour, density=density,
            foreground=bool(foreground),
            visible_if=self.condition(props.get("visible_if"), layer_if, where),
            **picture))  # type: ignore[arg-type]

    # -- helpers --------------------------------------------------------------------------
    def parse(self, fn):
        try:
            return fn()
        except ContentError as err:
            self.problems.extend(err.problems)
            return None

    def condition(self, text: object, parent: Condition, where: str) -> Condition:
        if text is None or str(text).strip() == "":
            return parent
        cond = self.parse(lambda: parse_condition(str(text), self.rel, f"{where}, property 'visible_if'"))
        if cond is None:
            return parent
        return cond if parent is ALWAYS else And(parent, cond)

    def choice(self, value: object, allowed: tuple[str, ...], prop: str, where: str) -> str | None:
        if value is None or value == "":
            return None
        if str(value) not in allowed:
            self.problems.append(Problem(self.rel, f"'{prop}' is '{value}'"
                                         f"{did_you_mean(str(value), allowed)}; it must be one of "
                                         + ", ".join(allowed), where))
            return None
        return str(value)

    def abs(self, source: str) -> str:
        return os.path.normpath(os.path.join(self.base, source))

    def finish(self, root: ET.Element) -> Room:
        hotspots = list(self.hotspots)
        for index, target_id, where in self.pending_walk_to:
            target = self.by_id.get(target_id)
            if target is None or target.name not in self.points:
                self.problems.append(Problem(self.rel, "'walk_to' must point at a 'point' object in"
                                             " this map — pick one with Tiled's object picker", where))
                continue
            h = hotspots[index]
            hotspots[index] = replace(h, walk_to=self.points[target.name])
        props = _raw_properties(root)
        for key in props:
            if key not in MAP_PROPERTIES:
                self.problems.append(Problem(self.rel, f"unknown map property '{key}'"
                                             f"{did_you_mean(key, MAP_PROPERTIES)}", "map properties"))
        world = props.get("world", "real")
        if world not in WORLDS:
            self.problems.append(Problem(self.rel, f"'world' is '{world}'; it must be real or other",
                                         "map properties"))
        height = self.tmx.height * self.tmx.tileheight
        depth, wrong = parse_depth(str(props.get("depth", "")), height)
        if wrong:
            self.problems.append(Problem(self.rel, wrong, "map properties"))
        held_text = str(props.get("held_if", "")).strip()
        held_if = self.parse(lambda: parse_condition(
            held_text, self.rel, "map properties, property 'held_if'")) if held_text else None
        if not self.walkareas:
            self.problems.append(Problem(self.rel, "the room has no walkarea — draw the floor as a"
                                         " polygon object of class 'walkarea'"))
        if self.problems:
            raise ContentError(self.problems)
        if depth:  # a character further off is drawn smaller, so its box is smaller too
            hotspots = [replace(h, shape=actor_box(h.position, scale_at(depth, h.position[1])))
                        if h.kind == "actor" else h for h in hotspots]
        return Room(
            id=self.room_id, path=self.rel, title=props.get("title", self.room_id.replace("_", " ")),
            world=world, twin=props.get("twin", ""),
            cutscene=str(props.get("cutscene", "false")).lower() == "true",
            width=self.tmx.width * self.tmx.tilewidth,
            height=height, layers=tuple(self.layers), depth=depth, held_if=held_if,
            walkareas=tuple(self.walkareas), blockers=tuple(self.blockers),
            hotspots=tuple(hotspots), spawns=dict(self.spawns), points=dict(self.points),
            events=dict(self.events), effects=tuple(self.effects))



def actor_box(feet: Point2, scale: float) -> tuple[Point2, ...]:
    """The clickable box of a character standing on ``feet``, drawn at ``scale``."""
    x, y = feet
    w, h = ACTOR_BOX[0] * scale, ACTOR_BOX[1] * scale
    return ((x - w / 2, y - h), (x + w / 2, y - h), (x + w / 2, y), (x - w / 2, y))


def _colour(value: object) -> tuple[int, int, int] | None:
    """``#rrggbb`` or Tiled's ``#aarrggbb`` as RGB; None when unset. ValueError when malformed."""
    text = str(value or "").strip()
    if not text:
        return None
    digits = text[1:] if text.startswith("#") else ""
    if len(digits) == 8:
        digits = digits[2:]
    if len(digits) != 6:
        raise ValueError(text)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def _number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _shape(obj: RawObject) -> tuple[Point2, ...]:
    if obj.points:
        return obj.points
    x, y, w, h = obj.x, obj.y, obj.width, obj.height
    if obj.is_point or (w == 0 and h == 0):
        return ((x, y),)
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def _raw_properties(node: ET.Element) -> dict[str, str]:
    """A node's own properties as strings (multi-line values included)."""
    out = {}
    props = node.find("properties")
    if props is not None:
        for p in props.findall("property"):
            value = p.get("value")
            out[p.get("name", "")] = value if value is not None else (p.text or "")
    return out
