"""Shared by the speedrun tests: play an attempt along the built-in route, as a runner would."""

from __future__ import annotations

from coraline_game.speedrun.session import RunSession
from coraline_game.world.walkthrough import Run, load_run


def builtin_route(content) -> Run:
    with open(content.speedrun.route, encoding="utf-8") as f:
        return load_run(f.read())


def drive(session: RunSession, route: Run, ticks: int | None = None) -> RunSession:
    """Feed the route's commands from wherever the session's world stands, until the run
    finishes (or ``ticks`` have passed)."""
    commands = [(t, c) for t, c in route.commands if t >= session.world.state.tick]
    i, done = 0, 0
    while not session.finished and session.world.state.tick <= route.ticks:
        if ticks is not None and done >= ticks:
            break
        batch = []
        while i < len(commands) and commands[i][0] == session.world.state.tick:
            batch.append(commands[i][1])
            i += 1
        session.step(batch)
        done += 1
    return session
