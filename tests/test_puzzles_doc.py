"""docs/puzzles.md says what the solver does: every flag in its Chain table is raised by the
walkthrough's route, each in the same phase (between the same day and night flags) as the
document puts it."""

from __future__ import annotations

import re

from coraline_game.content.paths import content_root
from coraline_game.world.events import FlagChanged
from coraline_game.world.walkthrough import perform
from coraline_game.world.world import World

# the flags that start each phase of the story; every other chain flag belongs to one phase
PHASES = ("night_one", "day_two", "night_two", "day_three", "night_three", "parents_gone",
          "game_accepted", "eyes_3", "door_slammed", "key_in_well")


def documented_chain() -> list[str]:
    text = (content_root() / "docs" / "puzzles.md").read_text(encoding="utf-8")
    section = text.split("## Chain", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\|\s*\d+\s*\|\s*`([a-z0-9_]+)`", section, flags=re.MULTILINE)


def phase_of(flags_in_order: list[str]) -> dict[str, int]:
    phase, out = 0, {}
    for flag in flags_in_order:
        if flag in PHASES:
            phase = PHASES.index(flag) + 1
        out[flag] = phase
    return out


def raised_by_the_walkthrough(content, route) -> list[tuple[str, int]]:
    """(flag, phase) for every time the route raises a flag, in order."""
    run = perform(content, route)
    world = World(content, seed=run.seed)
    raised: list[tuple[str, int]] = []
    phase = 0
    commands = iter(run.commands)
    upcoming = next(commands, None)
    while world.state.tick < run.ticks:
        batch = []
        while upcoming is not None and upcoming[0] == world.state.tick:
            batch.append(upcoming[1])
            upcoming = next(commands, None)
        for event in world.step(batch):
            if isinstance(event, FlagChanged) and event.value:
                if event.flag in PHASES:
                    phase = PHASES.index(event.flag) + 1
                raised.append((event.flag, phase))
    return raised


def test_the_chain_table_lists_every_phase_in_order():
    chain = documented_chain()
    assert [f for f in chain if f in PHASES] == list(PHASES)


def test_the_solver_raises_every_documented_flag_in_its_documented_phase(content, story_search):
    chain = documented_chain()
    raised = raised_by_the_walkthrough(content, story_search.ending)
    phases: dict[str, set[int]] = {}
    for flag, phase in raised:
        phases.setdefault(flag, set()).add(phase)
    missing = [f for f in chain if f not in phases]
    assert not missing, f"docs/puzzles.md lists flags the walkthrough never raises: {missing}"
    documented = phase_of(chain)
    moved = {f: (documented[f], sorted(phases[f])) for f in chain if documented[f] not in phases[f]}
    assert not moved, f"flags raised in another phase than documented (doc, solver): {moved}"
