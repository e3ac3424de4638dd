"""What the world tells its listeners (render, audio, speedrun timer) after a step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True, slots=True)
class RoomEntered:
    room: str
    spawn: str


@dataclass(frozen=True, slots=True)
class LineSaid:
    character: str
    text: str


@dataclass(frozen=True, slots=True)
class ItemGained:
    item: str


@dataclass(frozen=True, slots=True)
class ItemLost:
    item: str


@dataclass(frozen=True, slots=True)
class FlagChanged:
    flag: str
    value: bool


@dataclass(frozen=True, slots=True)
class ChoiceShown:
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChapterStarted:
    number: int
    title: str


WorldEvent = Union[RoomEntered, LineSaid, ItemGained, ItemLost, FlagChanged, ChoiceShown,
                   ChapterStarted]
