"""When play breaks, a crash report lands in the data folder with what a developer needs (the
traceback, versions, the last minute of commands as a replay, the state), writing it never
raises, and the crash screen says the progress is safe and lets the player go on or quit."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

import pygame
import pytest

from coraline_game import __version__
from coraline_game.crash import (KEEP_REPORTS, CommandHistory, crashes_dir, replay_report,
                                 write_crash_report)
from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.scenes.crash import SAFE, CrashScene
from coraline_game.world import TICKS_PER_SECOND
from coraline_game.world.command_codec import decode_stream
from coraline_game.world.commands import Advance, Command, Hint, Interact, WalkTo
from coraline_game.world.state import Frame, ScriptState
from coraline_game.world.state_codec import load_state, state_hash
from coraline_game.world.walkthrough import load_run
from coraline_game.world.world import World

MINUTE = 60 * TICKS_PER_SECOND


def broken_error() -> ZeroDivisionError:
    """A real exception with a real traceback, raised two calls deep."""
    def open_the_little_door() -> float:
        return 1 / 0

    try:
        open_the_little_door()
    except ZeroDivisionError as err:
        return err
    raise AssertionError("unreachable")


def played(content, ticks: int) -> tuple[World, CommandHistory]:
    """The built-in route played for ``ticks`` ticks, fed to a history as the play scene does."""
    run = load_run(Path(content.speedrun.route).read_text(encoding="utf-8"))
    by_tick: dict[int, list[Command]] = {}
    for tick, command in run.commands:
        by_tick.setdefault(tick, []).append(command)
    world, history = World(content), CommandHistory()
    while world.state.tick < ticks:
        batch = by_tick.get(world.state.tick, [])
        history.add(world.state.tick, batch, world.state)
        world.step(batch)
    return world, history


def only_report() -> dict:
    reports = sorted(crashes_dir().glob("crash-*.json"))
    assert len(reports) == 1, reports
    return json.loads(reports[0].read_text(encoding="utf-8"))


# -- the report ------------------------------------------------------------------------------

def test_a_crash_report_holds_the_traceback_versions_place_commands_and_state(content):
    world, history = played(content, 5000)
    path = write_crash_report(broken_error(), recent_commands=history.recent(), state=world.state,
                              content=content, start=history.start())
    assert path is not None and path.parent == crashes_dir() and path.name.startswith("crash-")
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    report = only_report()
    assert report["format"] == "coraline-crash" and report["game_version"] == __version__
    assert report["error"]["type"] == "ZeroDivisionError"
    assert "open_the_little_door" in report["error"]["traceback"]
    assert "division by zero" in report["error"]["traceback"]
    assert report["python"] == platform.python_version() == sys.version.split()[0]
    assert report["pygame"] == pygame.version.ver
    assert report["platform"] == platform.platform()
    assert (report["room"], report["tick"]) == (world.state.room, 5000)
    commands = decode_stream(report["commands"])  # a replay's command stream, readable back
    assert commands == history.recent() and len(commands) > 10
    assert all(5000 - MINUTE < tick < 5000 for tick, _ in commands)
    assert state_hash(load_state(report["state"], content)) == state_hash(world.state)


def test_the_reported_minute_replays_to_the_moment_of_the_crash(content):
    world, history = played(content, 4321)
    start = history.start()
    assert start is not None and 4321 - MINUTE < start[0] <= 4321 - MINUTE + 600
    write_crash_report(broken_error(), recent_commands=history.recent(), state=world.state,
                       content=content, start=start)
    replayed, at_crash = replay_report(only_report(), content)
    assert state_hash(replayed.state) == state_hash(world.state)
    assert at_crash == [c for t, c in history.recent() if t == 4321]


def test_a_report_without_a_kept_state_says_it_cannot_be_replayed(content):
    world = World(content)
    write_crash_report(broken_error(), recent_commands=[], state=world.state, content=content)
    with pytest.raises(ValueError, match="no replay"):
        replay_report(only_report(), content)


def unsaveable_script(world: World) -> None:
    world.state.script = ScriptState("made up", [Frame(())])  # no origin: cannot be named


def mixed_flags(world: World) -> None:
    world.state.flags |= {7, "seven"}  # type: ignore[arg-type]  # sorting the flags fails


@pytest.mark.parametrize("spoil", [unsaveable_script, mixed_flags])
def test_a_state_that_cannot_be_dumped_still_gives_a_report_that_says_so(content, spoil):
    world = World(content)
    spoil(world)
    path = write_crash_report(broken_error(), recent_commands=[(3, Hint())], state=world.state,
                              content=content)
    assert path is not None
    report = only_report()
    assert report["state"] is None and report["state_error"].startswith("the state could not be dumped")
    assert report["room"] == content.start_room and report["error"]["type"] == "ZeroDivisionError"
    assert report["commands"] == [[3, {"do": "hint"}]]


def test_nothing_breaks_when_the_data_folder_cannot_be_written(content, data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("a file where the folder should be", encoding="utf-8")
    assert write_crash_report(broken_error(), recent_commands=[(1, Advance())],
                              state=World(content).state, content=content) is None


def test_a_report_is_written_even_without_a_game_or_content():
    path = write_crash_report(RuntimeError("the window would not open"), recent_commands=[],
                              state=None, content=None)
    assert path is not None
    report = only_report()
    assert report["error"]["message"] == "the window would not open"
    assert (report["room"], report["tick"], report["state"], report["replay"]) == (None, None, None, None)


def test_two_crashes_in_the_same_second_keep_both_reports(content):
    state = World(content).state
    first = write_crash_report(broken_error(), recent_commands=[], state=state, content=content)
    second = write_crash_report(KeyError("x"), recent_commands=[], state=state, content=content)
    assert first is not None and second is not None and first != second
    assert {json.loads(p.read_text())["error"]["type"] for p in (first, second)} == {
        "ZeroDivisionError", "KeyError"}


def test_only_the_newest_reports_are_kept(content):
    state = World(content).state
    paths = [write_crash_report(KeyError(n), recent_commands=[], state=state, content=content)
             for n in range(KEEP_REPORTS + 3)]
    kept = sorted(crashes_dir().glob("crash-*.json"))
    assert len(kept) == KEEP_REPORTS and set(kept) == set(paths[3:])


# -- the history -----------------------------------------------------------------------------

def test_the_history_keeps_only_the_last_minute_of_commands():
    history = CommandHistory()
    for tick in range(10_000):
        history.add(tick, [WalkTo(tick, 200)] if tick % 50 == 0 else [])
    ticks = [tick for tick, _ in history.recent()]
    assert ticks == list(range(10_000 - MINUTE, 10_000, 50))
    assert history.recent()[-1] == (9950, WalkTo(9950, 200))


def test_the_history_keeps_several_commands_of_one_tick_in_order():
    history = CommandHistory()
    history.add(5, [Advance(), Interact("door", "go")])
    assert history.recent() == [(5, Advance()), (5, Interact("door", "go"))]


def test_a_loaded_game_starts_the_history_afresh(content):
    history = CommandHistory()
    world = World(content)
    for tick in range(900, 1000):
        history.add(tick, [Hint()], world.state)
    history.add(40, [Advance()], world.state)  # a save from earlier was loaded
    assert history.recent() == [(40, Advance())]
    start = history.start()
    assert start is not None and start[0] == 40


def test_the_history_keeps_a_state_to_replay_from_inside_the_minute(content):
    world = World(content)
    history = CommandHistory()
    for tick in range(3 * MINUTE):
        history.add(tick, [], world.state)
        start = history.start()
        assert start is not None and tick - MINUTE < start[0] <= tick


# -- the crash screen ------------------------------------------------------------------------

class FakeServices:
    def __init__(self) -> None:
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.cursors = Cursors(self.assets)
        self.asked: list[str] = []

    def to_title(self) -> None:
        self.asked.append("title")

    def quit(self) -> None:
        self.asked.append("quit")


REPORT = Path("/home/someone/.local/share/coraline-game/crashes/crash-20250101T120000Z.json")


def key(scene: CrashScene, k: int) -> None:
    scene.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode=""))


@pytest.mark.parametrize(("keys", "asked"), [
    ([pygame.K_RETURN], ["title"]),
    ([pygame.K_ESCAPE], ["quit"]),
    ([pygame.K_DOWN, pygame.K_RETURN], ["quit"]),
    ([pygame.K_DOWN, pygame.K_UP, pygame.K_KP_ENTER], ["title"]),
    ([pygame.K_h, pygame.K_F9, pygame.K_p], []),  # play keys do nothing here
])
def test_enter_returns_to_the_title_and_esc_quits(keys, asked):
    services = FakeServices()
    scene = CrashScene(services, REPORT, "ZeroDivisionError: division by zero")
    for k in keys:
        key(scene, k)
    assert services.asked == asked


def test_the_mouse_and_the_pad_work_the_crash_screen_too():
    services = FakeServices()
    scene = CrashScene(services, REPORT)
    quit_row = scene.menu.rects(services.text)[1]
    scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=quit_row.center, button=1))
    scene.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_DPAD_UP))
    scene.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A))
    assert services.asked == ["quit", "title"]


def test_the_crash_screen_says_progress_is_safe_and_where_the_report_is():
    services = FakeServices()
    words = [w for w, _, _ in CrashScene(services, REPORT, "KeyError: 'x'").lines()]
    assert SAFE in words and "KeyError: 'x'" in words
    path_lines = words[words.index("A crash report was written to:") + 1:-1]
    assert "".join(path_lines) == str(REPORT)
    nowhere = [w for w, _, _ in CrashScene(services, None).lines()]
    assert "No crash report could be written." in nowhere and not any("written to" in w for w in nowhere)


def test_the_crash_screen_draws_its_words_in_the_box():
    services = FakeServices()
    surface = pygame.Surface((640, 360))
    CrashScene(services, REPORT, "ZeroDivisionError: division by zero").draw(surface)
    heading = pygame.Rect(180, 56, 280, 24)
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(heading.left, heading.right)
               for y in range(heading.top, heading.bottom)}
    assert (255, 214, 110) in colours  # the heading, in the highlight colour
