"""Commands: everything a player (or a test, solver or replay) can ask of the world, as data.

Coordinates are logical map pixels, never window pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True, slots=True)
class WalkTo:
    """Walk to a point of the room (the nearest reachable one if it is off the floor)."""

    x: float
    y: float
    run: bool = False


@dataclass(frozen=True, slots=True)
class Interact:
    """Act on a hotspot, exit or actor with a verb (look, use, talk, take, go).

    ``instant`` skips the walk there (a double-click on an exit).
    """

    target: str
    verb: str
    instant: bool = False


@dataclass(frozen=True, slots=True)
class UseItem:
    """Use an inventory item on a hotspot or actor."""

    item: str
    target: str


@dataclass(frozen=True, slots=True)
class LookItem:
    """Look at an inventory item."""

    item: str


@dataclass(frozen=True, slots=True)
class Choose:
    """Pick option ``index`` (0-based, among those shown) of the current choice."""

    index: int


@dataclass(frozen=True, slots=True)
class Advance:
    """Move past the line being said."""


@dataclass(frozen=True, slots=True)
class Skip:
    """Skip the running cutscene or conversation up to the next choice."""


@dataclass(frozen=True, slots=True)
class Hint:
    """Ask Coraline what she thinks she should do next (each ask nudges a little further)."""


@dataclass(frozen=True, slots=True)
class Wait:
    """Do nothing for a while (the solver's way of letting a danger timer run out)."""

    ticks: int


Command = Union[WalkTo, Interact, UseItem, LookItem, Choose, Advance, Skip, Hint, Wait]
