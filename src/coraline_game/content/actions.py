"""The script language's actions: one small frozen class each, keyed by its script name.

A class's docstring is the designer reference (``coraline script-reference`` turns it into
``docs/script-reference.md``). Its fields are its arguments, in order; each field's ``kind``
says how the word in the script is read and what it must name. An action does its work
through a ``ScriptContext`` the world provides, so this module stays free of game state.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Protocol
from collections.abc import Iterator

DIRECTIONS = ("up", "down", "left", "right")

# Argument kinds whose words name something defined elsewhere, checked at load time.
REFERENCE_KINDS = ("character", "item", "room", "spawn", "point", "script")


def arg(kind: str, default: Any = None) -> Any:
    """Declare an action argument of a given kind (``text``, ``int``, ``item`` …)."""
    if default is None:
        return field(metadata={"kind": kind})
    return field(default=default, metadata={"kind": kind})


class Blocker(Protocol):
    """Something an action waits for; the world decides when it is over."""


class ScriptContext(Protocol):
    """What actions may do to the world. The world implements it; actions never see state."""

    def say(self, character: str, text: str) -> Blocker: ...
    def give(self, item: str) -> None: ...
    def take(self, item: str) -> None: ...
    def set_flag(self, flag: str, value: bool) -> None: ...
    def goto(self, room: str, spawn: str) -> None: ...
    def walk(self, character: str, point: str) -> Blocker: ...
    def face(self, character: str, direction: str) -> None: ...
    def wait(self, ticks: int) -> Blocker: ...
    def play(self, character: str, animation: str) -> None: ...
    def fade(self, direction: str) -> Blocker: ...
    def chapter(self, number: int, title: str) -> Blocker: ...
    def shuffle(self, what: str, count: int) -> None: ...
    def deadline(self, ticks: int, script: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Action:
    """Base of every action. ``line`` is where it stands in its script, for messages."""

    name: ClassVar[str] = ""

    def run(self, ctx: ScriptContext) -> Blocker | None:
        """Do the action; return what it waits for, or None to go straight on."""
        raise NotImplementedError

    @classmethod
    def arg_kinds(cls) -> tuple[tuple[str, str, bool], ...]:
        """(field name, kind, required) for each argument, in script order."""
        out = []
        for f in fields(cls):
            kind = f.metadata.get("kind")
            if kind:
                out.append((f.name, kind, f.default is MISSING))
        return tuple(out)

    def references(self) -> Iterator[tuple[str, str]]:
        """(kind, name) of every argument that names a character, item, room …"""
        for f in fields(self):
            kind = f.metadata.get("kind")
            if kind in REFERENCE_KINDS:
                yield kind, getattr(self, f.name)




REGISTRY: dict[str, type[Action]] = {}


def register(cls: type[Action]) -> type[Action]:
    """Class decorator: make an action available to scripts under ``cls.name``."""
    assert cls.name and cls.name not in REGISTRY, cls
    REGISTRY[cls.name] = cls
    return cls


@register
@dataclass(frozen=True, slots=True)
class Say(Action):
    """A character says a line; the game waits until the player moves on.

    Script usage: ``say CHARACTER "TEXT"`` — e.g. ``say coraline "Bricks. Of course."``
    CHARACTER is an id from characters.toml; the line shows in the speech box with the
    character's name and colour, and advances on a click, Space or ``.``.
    """

    name: ClassVar[str] = "say"
    character: str = arg("character")
    text: str = arg("text")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return ctx.say(self.character, self.text)


@register
@dataclass(frozen=True, slots=True)
class Give(Action):
    """Put an item into Coraline's inventory (nothing happens if she has it already).

    Script usage: ``give ITEM`` — e.g. ``give button_key``
    """

    name: ClassVar[str] = "give"
    item: str = arg("item")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.give(self.item)
        return None


@register
@dataclass(frozen=True, slots=True)
class Take(Action):
    """Remove an item from Coraline's inventory (nothing happens if she lacks it).

    Script usage: ``take ITEM`` — e.g. ``take rag_doll``
    """

    name: ClassVar[str] = "take"
    item: str = arg("item")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.take(self.item)
        return None


@register
@dataclass(frozen=True, slots=True)
class SetFlag(Action):
    """Raise a flag: a named fact about the story that conditions can test.

    Script usage: ``set FLAG`` — e.g. ``set small_door_found``
    """

    name: ClassVar[str] = "set"
    flag: str = arg("flag")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.set_flag(self.flag, True)
        return None


@register
@dataclass(frozen=True, slots=True)
class ClearFlag(Action):
    """Lower a flag again.

    Script usage: ``clear FLAG`` — e.g. ``clear night``
    """

    name: ClassVar[str] = "clear"
    flag: str = arg("flag")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.set_flag(self.flag, False)
        return None


@register
@dataclass(frozen=True, slots=True)
class Goto(Action):
    """Move Coraline to another room, at one of its spawn points.

    Script usage: ``goto ROOM [SPAWN]`` — e.g. ``goto bedroom wake``
    Without SPAWN she appears at the room's spawn named ``start``.
    """

    name: ClassVar[str] = "goto"
    room: str = arg("room")
    spawn: str = arg("spawn", "start")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.goto(self.room, self.spawn)
        return None


@register
@dataclass(frozen=True, slots=True)
class Walk(Action):
    """A character walks to a named point of the current room; the script waits for it.

    Script usage: ``walk CHARACTER POINT`` — e.g. ``walk coraline by_the_piano``
    POINT is the name of a ``point`` object in the room's map.
    """

    name: ClassVar[str] = "walk"
    character: str = arg("character")
    point: str = arg("point")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return ctx.walk(self.character, self.point)


@register
@dataclass(frozen=True, slots=True)
class Face(Action):
    """Turn a character to face a direction: up, down, left or right.

    Script usage: ``face CHARACTER DIRECTION`` — e.g. ``face mother down``
    """

    name: ClassVar[str] = "face"
    character: str = arg("character")
    direction: str = arg("direction")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.face(self.character, self.direction)
        return None


@register
@dataclass(frozen=True, slots=True)
class Wait(Action):
    """Pause the script for a number of ticks (60 ticks are one second).

    Script usage: ``wait TICKS`` — e.g. ``wait 30``
    """

    name: ClassVar[str] = "wait"
    ticks: int = arg("int")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return ctx.wait(self.ticks)


@register
@dataclass(frozen=True, slots=True)
class Chapter(Action):
    """Start a chapter: its number and title are shown as a card for three seconds (a click
    or Esc hurries it), saves and the speedrun splits name it.

    Script usage: ``chapter NUMBER "TITLE"`` — e.g. ``chapter 2 "The Other Mother"``
    """

    name: ClassVar[str] = "chapter"
    number: int = arg("int")
    title: str = arg("text")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return ctx.chapter(self.number, self.title)


@register
@dataclass(frozen=True, slots=True)
class Play(Action):
    """Set a character's animation (idle, walk or talk) until it walks or talks again.

    Script usage: ``play CHARACTER ANIMATION`` — e.g. ``play mother talk``
    """

    name: ClassVar[str] = "play"
    character: str = arg("character")
    animation: str = arg("animation")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.play(self.character, self.animation)
        return None


@register
@dataclass(frozen=True, slots=True)
class Fade(Action):
    """Fade the screen to black (``out``) or back from black (``in``); the script waits.

    Script usage: ``fade out`` … ``fade in`` — e.g. around a ``goto`` that ends a day.
    """

    name: ClassVar[str] = "fade"
    direction: str = arg("fade")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return ctx.fade(self.direction)


@register
@dataclass(frozen=True, slots=True)
class RunScript(Action):
    """Run a named script (an ``on script NAME:`` event), then carry on here.

    Script usage: ``run SCRIPT`` — e.g. ``run end_of_day``
    """

    name: ClassVar[str] = "run"
    script: str = arg("script")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return None  # the script runner handles control flow


@register
@dataclass(frozen=True, slots=True)
class Done(Action):
    """Leave the ``choice:`` this stands in; the script goes on after the choice.

    Script usage: ``done`` as the last line of an option, e.g. after "Never mind."
    """

    name: ClassVar[str] = "done"

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return None  # the script runner handles control flow


@register
@dataclass(frozen=True, slots=True)
class Stop(Action):
    """End the whole script here.

    Script usage: ``stop``
    """

    name: ClassVar[str] = "stop"

    def run(self, ctx: ScriptContext) -> Blocker | None:
        return None  # the script runner handles control flow


@register
@dataclass(frozen=True, slots=True)
class Shuffle(Action):
    """Hide something in one of COUNT prepared places: raises exactly one of the flags
    NAME_at_1 … NAME_at_COUNT. In the normal game it is always place 1; when the flag
    ``shuffled`` is up (the shuffled hunt) the game's seed picks the place, and the same seed
    always picks the same one.

    Script usage: ``shuffle NAME COUNT`` — e.g. ``shuffle garden_eye 3``
    """

    name: ClassVar[str] = "shuffle"
    what: str = arg("flag")
    count: int = arg("int")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.shuffle(self.what, self.count)
        return None

    def flags(self) -> tuple[str, ...]:
        """Every flag this may raise."""
        return tuple(f"{self.what}_at_{i}" for i in range(1, self.count + 1))


@register
@dataclass(frozen=True, slots=True)
class Deadline(Action):
    """Start a danger timer: unless ``deadline_off`` comes first, the script SCRIPT (an
    ``on script`` in this room) runs after TICKS ticks, once nothing else is running — the
    moment Coraline is caught. Leaving the room stops the timer too. Make SCRIPT put her
    back at the start of the danger, with nothing lost.

    Script usage: ``deadline TICKS SCRIPT`` — e.g. ``deadline 600 caught``
    """

    name: ClassVar[str] = "deadline"
    ticks: int = arg("int")
    script: str = arg("script")

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.deadline(self.ticks, self.script)
        return None


@register
@dataclass(frozen=True, slots=True)
class DeadlineOff(Action):
    """Stop the danger timer: she made it.

    Script usage: ``deadline_off``
    """

    name: ClassVar[str] = "deadline_off"

    def run(self, ctx: ScriptContext) -> Blocker | None:
        ctx.deadline(0, "")
        return None


ANIMATIONS = ("idle", "walk", "talk")
FADES = ("out", "in")
