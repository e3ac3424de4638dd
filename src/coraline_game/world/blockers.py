"""What a waiting script waits for. The world decides when each is over (or hurries it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UntilLineDone:
    """A line stays until the player advances it."""


@dataclass(frozen=True, slots=True)
class UntilTick:
    tick: int


@dataclass(frozen=True, slots=True)
class UntilArrived:
    actor: str  # "" is Coraline, else an actor's object name


@dataclass(frozen=True, slots=True)
class UntilFaded:
    """The screen fade has reached its target."""


@dataclass(frozen=True, slots=True)
class UntilCardGone:
    """A chapter's title card stays for its time, or until the player clicks past it."""
