"""Plain frozen data the rest of the game reads: rooms, their layers and objects, registries.

Built by ``tiled.py`` and ``loader.py``; holds no pygame surfaces, only file paths and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Mapping

from coraline_game.content.script import ALWAYS, Condition, Event
from coraline_game.content.speedrun_rules import SpeedrunRules

Point2 = tuple[float, float]
Polygon = tuple[Point2, ...]


@dataclass(frozen=True, slots=True)
class Tile:
    """One cell of a tile layer: where it goes and which part of which image it shows."""

    x: int
    y: int
    image: str  # absolute path of the tileset image
    source: tuple[int, int, int, int]  # x, y, w, h in that image
    flip_x: bool = False
    flip_y: bool = False


@dataclass(frozen=True, slots=True)
class Layer:
    """A tile or image layer, in Tiled's drawing order, with group offsets already applied."""

    name: str
    tiles: tuple[Tile, ...] = ()  # a tile layer's cells
    image: str = ""  # an image layer's picture (absolute path)
    offset: tuple[int, int] = (0, 0)
    opacity: float = 1.0
    foreground: bool = False  # drawn over the actors
    visible_if: Condition = ALWAYS
    seen_through_stone: bool = False  # drawn only inside the seeing stone's lens
    whole: bool = False  # never torn by the Other World's decay (a door she must still find)


@dataclass(frozen=True, slots=True)
class Hotspot:
    """Something Coraline can act on: a hotspot, an exit or an actor (a character)."""

    name: str
    kind: str  # "hotspot", "exit" or "actor"
    label: str
    verb: str  # the default action of a left click: look, use, talk, take, go
    shape: tuple[Point2, ...]  # polygon in map pixels
    walk_to: Point2 | None  # None: the walkable point nearest the bottom centre
    facing: str  # direction Coraline faces when she gets there
    visible_if: Condition = ALWAYS
    target: str = ""  # exit: room id
    spawn: str = ""  # exit: spawn in the target room
    character: str = ""  # actor: character id
    actor_facing: str = "down"  # actor: the way the character faces at first
    position: Point2 = (0.0, 0.0)  # actor: feet
    object_id: int = 0
    secret: bool = False  # found only through the seeing stone's lens (a click there uses it)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.shape]
        ys = [p[1] for p in self.shape]
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def contains(self, x: float, y: float) -> bool:
        return point_in_polygon(x, y, self.shape)


PICTURE_KINDS = ("swing", "spin", "roll")  # effects that move a picture drawn in tools/art
EFFECT_KINDS = ("rain", "rain_on_glass", "fireflies", "dust", "glow", "flicker", "breathing", "snow",
                *PICTURE_KINDS)


@dataclass(frozen=True, slots=True)
class Effect:
    """An ambient animation over a rectangle of the room, drawn each frame from the tick."""

    kind: str  # one of EFFECT_KINDS
    rect: tuple[int, int, int, int]  # x, y, w, h in map pixels
    object_id: int = 0  # seeds its pseudo-random look, so each effect differs from its twin
    name: str = ""
    visible_if: Condition = ALWAYS
    colour: tuple[int, int, int] | None = None  # None: the effect's own colour
    density: float = 1.0  # how many drops, motes or flies, relative to the effect's usual
    foreground: bool = False  # drawn over the actors
    image: str = ""  # swing, spin, roll: the picture's path (absolute once loaded)
    frames: int = 1  # swing, spin: how many equal frames the picture holds side by side
    period: int = 240  # swing, spin: ticks for one whole swing or turn
    speed: float = 20.0  # roll: pixels a second


@dataclass(frozen=True, slots=True)
class Spawn:
    name: str
    x: float
    y: float
    facing: str = "down"


@dataclass(frozen=True, slots=True)
class Room:
    """One room: a Tiled map turned into data, plus its events."""

    id: str
    path: str
    title: str
    world: str  # "real" or "other"
    twin: str  # the room's copy in the other world ("" when it has none)
    width: int  # pixels
    height: int
    layers: tuple[Layer, ...]
    walkareas: tuple[Polygon, ...]
    blockers: tuple[Polygon, ...]
    hotspots: tuple[Hotspot, ...]  # in map order; later ones are on top
    spawns: Mapping[str, Spawn]
    points: Mapping[str, Point2]
    events: Mapping[tuple[str, str, str], Event] = field(default_factory=dict)
    cutscene: bool = False  # a staged scene: Coraline and the inventory are not shown
    effects: tuple[Effect, ...] = ()  # ambient animation, in map order
    depth: tuple[tuple[float, float], ...] = ()  # (feet y, scale), far to near; () full size
    held_if: Condition | None = None  # while it holds Coraline cannot walk (something has her)

    def hotspot(self, name: str) -> Hotspot | None:
        for h in self.hotspots:
            if h.name == name:
                return h
        return None


@dataclass(frozen=True, slots=True)
class Character:
    id: str
    name: str
    sprite: str
    colour: tuple[int, int, int]
    speed: float = 1.5  # pixels per tick when walking


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    name: str
    icon: str


@dataclass(frozen=True, slots=True)
class Hint:
    """Coraline's escalating thoughts about one goal (maps/text/hints.toml)."""

    until: Condition  # the goal: once it holds, this hint is done
    when: Condition  # the hint applies only while this holds
    lines: tuple[str, ...]  # a nudge first, the answer last


@dataclass(frozen=True, slots=True)
class Content:
    """Everything the game reads from disk, checked and cross-referenced."""

    root: str
    rooms: Mapping[str, Room]
    characters: Mapping[str, Character]
    items: Mapping[str, Item]
    common_events: Mapping[tuple[str, str, str], Event]
    fallbacks: Mapping[str, tuple[str, ...]]
    start_room: str = "bedroom"
    start_spawn: str = "start"
    ending: Condition = ALWAYS  # what counts as finishing the game (maps/game.toml)
    hints: tuple[Hint, ...] = ()
    no_hint: str = "…"
    speedrun: SpeedrunRules = SpeedrunRules({})  # maps/speedrun.toml

    def event(self, room: str, key: tuple[str, str, str]) -> Event | None:
        """The room's handler for ``key``, or the common one."""
        found = self.rooms[room].events.get(key) if room in self.rooms else None
        return found or self.common_events.get(key)

    def script(self, room: str, name: str) -> Event | None:
        return self.event(room, ("script", name, ""))


def point_in_polygon(x: float, y: float, poly: tuple[Point2, ...]) -> bool:
    """Even-odd rule; points exactly on an edge may fall either way."""
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside
