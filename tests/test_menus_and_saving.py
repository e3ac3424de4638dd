"""The menus around the game as a player meets them: Continue appears once there is a save,
the pause menu saves and loads, a new room autosaves, F6 and F9 quick-save and quick-load,
the credits play from the title, a gamepad works the menus, and a bug shows a kind screen
with a report instead of a traceback."""

from __future__ import annotations

import json

import pygame
import pytest

from coraline_game.app import App, StartState
from coraline_game.saves import AUTO, QUICK, list_slots
from coraline_game.scenes.credits_view import CreditsScene
from coraline_game.scenes.crash import CrashScene
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.play import PlayScene
from coraline_game.scenes.title import TitleScene
from coraline_game.world.commands import Interact
from coraline_game.world.state_codec import state_hash


def press(app: App, key: int, mod: int = 0) -> None:
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))


def ticks(app: App, n: int) -> None:
    """The loop's work for n ticks: the scene, then the autosave check."""
    for _ in range(n):
        app.stack.update()
        app.saving.autosave_if_moved()


def settle(app: App, limit: int = 3000) -> None:
    """Click past every line until Coraline stands idle."""
    scene = app.stack.top
    for _ in range(limit):
        if scene.world.state.idle:
            return
        if scene.world.state.line is not None:
            press(app, pygame.K_SPACE)
        ticks(app, 1)


@pytest.fixture
def app(content):
    game = App(content, StartState(room="kitchen"))
    game.open_window()
    game.new_game()
    settle(game)
    return game


def slot_status(content, slot: str) -> str:
    return next(info.status for info in list_slots(content) if info.slot == slot)


def entry_labels(scene) -> list[str]:
    return [e.label for e in scene.menu.entries]


def test_continue_appears_on_the_title_once_there_is_a_save(app, content):
    app.to_title()
    assert "Continue" not in entry_labels(app.stack.top)
    app.stack.replace(PlayScene(app, app.new_world()))
    assert app.save_to("3").ok
    app.to_title()
    title = app.stack.top
    assert isinstance(title, TitleScene) and entry_labels(title)[0] == "Continue"
    app.continue_game()
    assert isinstance(app.stack.top, PlayScene) and app.stack.top.world.state.room == "kitchen"


def test_the_pause_menu_offers_save_load_settings_and_help(app):
    press(app, pygame.K_p)
    pause = app.stack.top
    assert isinstance(pause, PauseScene)
    assert entry_labels(pause) == ["Resume", "Save", "Load", "Settings", "Help", "Quit to title",
                                   "Quit game"]


def test_quick_save_and_quick_load_bring_back_the_same_moment(app, content):
    scene = app.stack.top
    before = state_hash(scene.world.state)
    press(app, pygame.K_F6)
    assert slot_status(content, QUICK) == "ok"
    scene.queue.append(Interact("door_living_room", "go", instant=True))
    ticks(app, 5)
    assert scene.world.state.room != "kitchen"
    press(app, pygame.K_F9)
    loaded = app.stack.top
    assert isinstance(loaded, PlayScene) and loaded is not scene
    assert state_hash(loaded.world.state) == before


def test_going_into_a_new_room_autosaves(app, content):
    assert slot_status(content, AUTO) == "empty"
    app.stack.top.queue.append(Interact("door_living_room", "go", instant=True))
    ticks(app, 5)
    settle(app)
    ticks(app, 1)
    assert slot_status(content, AUTO) == "ok"
    info = next(i for i in list_slots(content) if i.slot == AUTO)
    assert info.room == app.stack.top.world.state.room != "kitchen"


def test_speedrun_attempts_are_not_saved(content):
    game = App(content)
    game.open_window()
    game.start_speedrun("eye-hunt")
    assert game.saving.can_save() is not None
    press(game, pygame.K_p)
    assert "Save" not in entry_labels(game.stack.top)


def test_a_bug_during_play_shows_the_crash_screen_and_writes_a_report(app, content, data_dir):
    app.stack.top.queue.append(Interact("door_living_room", "go", instant=True))
    ticks(app, 5)
    settle(app)
    ticks(app, 1)
    autosave = (data_dir / "saves" / "slot-auto.json").read_bytes()
    try:
        raise RuntimeError("a bug of ours")
    except RuntimeError as error:
        app.crashed(error)
    assert isinstance(app.stack.top, CrashScene)
    reports = list((data_dir / "crashes").glob("crash-*.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    assert "a bug of ours" in json.dumps(report)
    assert (data_dir / "saves" / "slot-auto.json").read_bytes() == autosave  # left intact
    press(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene)


def test_a_gamepad_works_the_title_menu(content):
    game = App(content)
    game.open_window()
    title = game.stack.top
    first = title.menu.index
    game.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_DPAD_DOWN,
                                   instance_id=0))
    assert title.menu.index == first + 1
    game.handle(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY,
                                   value=30000, instance_id=0))
    game.handle(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY,
                                   value=31000, instance_id=0))  # still held: one press only
    assert title.menu.index == first + 2


def test_the_credits_play_from_the_title_and_any_key_returns(content):
    game = App(content)
    game.open_window()
    game.show_credits()
    credits = game.stack.top
    assert isinstance(credits, CreditsScene)
    for _ in range(120):
        game.stack.update()
    assert credits.world.state.room == "credits"
    press(game, pygame.K_SPACE)
    assert isinstance(game.stack.top, TitleScene)


def test_a_damaged_settings_file_is_set_aside_and_the_game_still_starts(data_dir, capsys):
    from coraline_game.cli import main
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text("{ this is not json", encoding="utf-8")
    assert main(["play", "--exit-after-first-frame"]) == 0
    assert "settings" in capsys.readouterr().err
    assert list(data_dir.glob("settings.corrupt-*.json"))  # kept, never deleted
