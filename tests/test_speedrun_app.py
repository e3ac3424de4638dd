"""Speedrun mode in the running game: the timer stands still in the pause menu, the reset key
starts over at once, text is instant, LiveSplit hears every split, and the command line
refuses mistakes with a message."""

from __future__ import annotations

import json

import pygame
import pytest
from livesplit_listener import Listener
from speedrun_helpers import builtin_route

from coraline_game.app import App
from coraline_game.cli import main
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.play import PlayScene
from coraline_game.settings import Settings
from coraline_game.world.state_codec import state_hash


@pytest.fixture
def app(content):
    game = App(content, settings=Settings(speedrun_mode=True, speedrun_category="eye-hunt"))
    game.open_window()
    game.new_game()  # speedrun mode: New Game starts the chosen category
    yield game
    if game.livesplit is not None:
        game.livesplit.close()


def press(app: App, key: int, mod: int = 0) -> None:
    app.stack.handle(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))


def tick(app: App, n: int) -> None:
    for _ in range(n):
        app.stack.update()


def test_new_game_in_speedrun_mode_starts_the_category_with_the_timer(app):
    scene = app.stack.top
    assert isinstance(scene, PlayScene) and scene.run is not None
    assert scene.run.category.id == "eye-hunt" and "game_accepted" in scene.world.state.flags
    assert app.instant_text  # lines are shown whole: one press moves past them
    tick(app, 30)
    assert scene.run.igt == 30


def test_the_pause_menu_stops_the_clock(app):
    tick(app, 20)
    run = app.current_run
    press(app, pygame.K_p)
    assert isinstance(app.stack.top, PauseScene)
    tick(app, 300)
    assert run.igt == 20
    press(app, pygame.K_p)
    tick(app, 5)
    assert run.igt == 25


def test_the_reset_key_starts_over_at_the_start_and_keeps_the_attempt(app):
    first = app.current_run
    start = state_hash(first.world.state)
    tick(app, 120)
    press(app, pygame.K_r, pygame.KMOD_LCTRL)
    second = app.current_run
    assert second is not first and second.igt == 0
    assert state_hash(second.world.state) == start
    assert app.speedrun.records("eye-hunt").attempt_count == 1
    assert isinstance(app.stack.top, PlayScene) and app.stack.top.run is second
    press(app, pygame.K_r)  # a bare R is not the reset key
    assert app.current_run is second


def test_the_reset_key_can_be_remapped(app):
    app.apply_settings(Settings(speedrun_mode=True, speedrun_category="eye-hunt",
                                key_bindings=(("reset", ("f8",)),)))
    first = app.current_run
    tick(app, 10)
    press(app, pygame.K_r, pygame.KMOD_LCTRL)
    assert app.current_run is first
    press(app, pygame.K_F8)
    assert app.current_run is not first


def test_livesplit_hears_the_start_every_split_and_the_game_time(content):
    route = builtin_route(content)
    with Listener() as server:
        game = App(content, livesplit_address=f"127.0.0.1:{server.port}")
        game.open_window()
        game.start_speedrun("eye-hunt")
        scene = game.stack.top
        commands = [(t, c) for t, c in route.commands if t >= scene.world.state.tick]
        i = 0
        while not scene.run.finished:
            while i < len(commands) and commands[i][0] == scene.world.state.tick:
                scene.queue.append(commands[i][1])
                i += 1
            game.stack.update()
        assert game.livesplit.flush(5.0)
        assert server.wait_until(lambda s: s.lines.count("split") == 5)
        view = server.timer()
        assert view.running and view.game_time_paused
        from coraline_game.world.walkthrough import format_time
        assert list(view.split_times) == [format_time(h.ticks) for h in scene.run.hits]
        game.livesplit.close()


def test_a_missing_livesplit_never_holds_the_game_up(content):
    with Listener() as probe:
        port = probe.port
    game = App(content, livesplit_address=f"127.0.0.1:{port}")  # nobody listens there now
    game.open_window()
    game.start_speedrun("eye-hunt")
    tick(game, 600)
    assert game.current_run.igt == 600
    assert "not connected" in game.livesplit_status() or "connecting" in game.livesplit_status()
    game.livesplit.close()


def test_replay_verify_drives_livesplit_as_fast_as_it_simulates(tmp_path, content):
    from speedrun_helpers import drive

    from coraline_game.speedrun.attempts import Speedrunning
    session = drive(Speedrunning(content).begin("eye-hunt"), builtin_route(content))
    path = tmp_path / "run.json"
    path.write_text(session.replay().to_json(), encoding="utf-8")
    with Listener() as server:
        assert main(["replay", str(path), "--verify", "--livesplit", str(server.port)]) == 0
        assert server.wait_until(lambda s: s.lines.count("split") == 5)
        assert server.lines[:2] == ["reset", "starttimer"]


@pytest.mark.parametrize("argv, message", [
    (["play", "--speedrun", "any-percent"], "no speedrun category 'any-percent'"),
    (["play", "--speedrun", "eye-hunt", "--practice", "Gardn eye"], "no split called 'Gardn eye'"),
    (["play", "--practice", "Garden eye"], "--practice goes with --speedrun"),
    (["play", "--livesplit", "localhost:99999"], "--livesplit"),
    (["splits", "export", "--category", "nope", "--out", "x.lss"], "no speedrun category 'nope'"),
])
def test_command_line_mistakes_get_a_message(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_splits_export_writes_a_livesplit_file(tmp_path, content, capsys):
    from speedrun_helpers import drive

    from coraline_game.speedrun.attempts import Speedrunning
    runs = Speedrunning(content)
    runs.end(drive(runs.begin("eye-hunt"), builtin_route(content)))
    out = tmp_path / "eye-hunt.lss"
    assert main(["splits", "export", "--category", "eye-hunt", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<CategoryName>Eye Hunt</CategoryName>" in text and "<AttemptCount>1</AttemptCount>" in text
    assert "PB 0:00:" in capsys.readouterr().out
    assert main(["splits", "show", "--category", "eye-hunt"]) == 0
    assert "sum of best 0:00:" in capsys.readouterr().out


def test_a_replay_file_that_is_not_json_is_refused_before_any_window(tmp_path, capsys):
    bad = tmp_path / "r.json"
    bad.write_text(json.dumps({"format": "coraline-walkthrough", "version": 1}), encoding="utf-8")
    assert main(["replay", str(bad)]) == 1
    assert "walkthrough file, not a replay" in capsys.readouterr().err


def test_watching_a_replay_plays_it_to_its_end_and_keeps_nothing(content):
    from speedrun_helpers import drive

    from coraline_game.scenes.replay_view import ReplayScene
    from coraline_game.speedrun.attempts import Speedrunning
    from coraline_game.speedrun.replay import load_replay
    recorded = drive(Speedrunning(content).begin("eye-hunt"), builtin_route(content))
    replay = load_replay(recorded.replay().to_json())
    game = App(content)
    screen = game.open_window()
    scene = ReplayScene(game, replay)
    game.stack.replace(scene)
    press(game, pygame.K_f)  # hold F: four ticks a frame
    for _ in range(replay.igt_ticks):
        game.stack.update()
        if scene.run.finished:
            break
    game.stack.draw(screen)
    assert scene.run.finished and scene.run.hits == recorded.hits
    assert game.speedrun.records("eye-hunt").attempt_count == 0
    press(game, pygame.K_ESCAPE)
    assert not game.running
