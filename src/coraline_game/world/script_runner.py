"""Runs event scripts one statement at a time, pausing where an action waits.

State lives in ``GameState.script`` (frames of blocks and program counters), so a script in
progress is plain data: it can be saved, hashed and replayed.
"""

from __future__ import annotations

from typing import Protocol

from coraline_game.content.actions import Done, RunScript, Stop
from coraline_game.content.script import ActionStmt, ChoiceStmt, Event, IfStmt
from coraline_game.world.conditions import holds
from coraline_game.world.state import Frame, GameState, Origin, ScriptState, ShownChoice

MAX_STEPS_PER_TICK = 10_000  # a script that loops without waiting is a content bug
MAX_DEPTH = 64


class Host(Protocol):
    """What the runner needs from the world."""

    state: GameState

    def still_blocked(self, blocker: object) -> bool: ...
    def hurry(self, blocker: object) -> None: ...
    def find_script(self, name: str) -> Event | None: ...
    def show_choice(self, shown: ShownChoice) -> None: ...


class ScriptFault(RuntimeError):
    """A script did something impossible at run time (a loop that never waits)."""


def start(state: GameState, name: str, event: Event) -> None:
    state.script = ScriptState(name, [Frame(event.body, origin=Origin(state.room, event))])


def advance(host: Host, ctx: object) -> None:
    """Run the current script until it waits, shows a choice or ends."""
    state = host.state
    script = state.script
    if script is None:
        return
    steps = 0
    while script.frames:
        if script.waiting is not None:
            if state.skipping:
                host.hurry(script.waiting)
            if host.still_blocked(script.waiting):
                return
            script.waiting = None
        if state.choice is not None:
            return
        frame = script.frames[-1]
        if frame.pc >= len(frame.block):
            script.frames.pop()
            continue
        steps += 1
        if steps > MAX_STEPS_PER_TICK:
            raise ScriptFault(f"script '{script.name}' ran {MAX_STEPS_PER_TICK} steps without waiting")
        stmt = frame.block[frame.pc]
        if isinstance(stmt, IfStmt):
            frame.pc += 1
            for cond, body in stmt.branches:
                if holds(cond, state):
                    _push(script, Frame(body, origin=frame.origin))
                    break
        elif isinstance(stmt, ChoiceStmt):
            offered = tuple(i for i, opt in enumerate(stmt.options)
                            if holds(opt.condition, state)
                            and not (opt.once and (stmt.option_key(i) in state.used_options)))
            if not offered:
                frame.pc += 1
                continue
            state.skipping = False  # a choice always stops a skip
            host.show_choice(ShownChoice(stmt, offered, frame.origin))
            return
        else:
            assert isinstance(stmt, ActionStmt)
            frame.pc += 1
            action = stmt.action
            if isinstance(action, Stop):
                script.frames.clear()
            elif isinstance(action, Done):
                while script.frames and not script.frames[-1].is_option:
                    script.frames.pop()
                if script.frames:
                    script.frames.pop()  # the option body
                    if script.frames:
                        script.frames[-1].pc += 1  # past the choice
            elif isinstance(action, RunScript):
                event = host.find_script(action.script)
                if event is not None:
                    _push(script, Frame(event.body, origin=Origin(state.room, event)))
            else:
                script.waiting = action.run(ctx)  # type: ignore[arg-type]
    state.script = None
    state.skipping = False


def choose(state: GameState, index: int) -> bool:
    """Take option ``index`` of the shown choice; False if there is no such option."""
    shown, script = state.choice, state.script
    if shown is None or script is None or not 0 <= index < len(shown.offered):
        return False
    option_index = shown.offered[index]
    option = shown.stmt.options[option_index]
    if option.once:
        state.used_options.add(shown.stmt.option_key(option_index))
    state.choice = None
    _push(script, Frame(option.body, is_option=True, origin=shown.origin))
    return True


def _push(script: ScriptState, frame: Frame) -> None:
    if len(script.frames) >= MAX_DEPTH:
        raise ScriptFault(f"script '{script.name}' nests deeper than {MAX_DEPTH} (a 'run' loop?)")
    script.frames.append(frame)

