"""Evaluates script conditions against the game state."""

from __future__ import annotations

from coraline_game.content.script import (Always, And, Condition, Flag, Has, InRoom, Not, Or,
                                          Visited)
from coraline_game.world.state import GameState


def holds(cond: Condition, state: GameState) -> bool:
    if isinstance(cond, Always):
        return True
    if isinstance(cond, Flag):
        return cond.name in state.flags
    if isinstance(cond, Has):
        return cond.item in state.inventory
    if isinstance(cond, Visited):
        return cond.room in state.visited
    if isinstance(cond, InRoom):
        return cond.room == state.room
    if isinstance(cond, Not):
        return not holds(cond.operand, state)
    if isinstance(cond, And):
        return holds(cond.left, state) and holds(cond.right, state)
    if isinstance(cond, Or):
        return holds(cond.left, state) or holds(cond.right, state)
    raise TypeError(f"unknown condition {cond!r}")
