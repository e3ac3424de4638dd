"""F5 reloads maps and scripts while playing; F3 shows the room's hidden structure."""

from __future__ import annotations

import shutil

import pygame

from coraline_game.app import App, StartState
from coraline_game.content.loader import load_content
from coraline_game.content.paths import content_root
from coraline_game.scenes.play import PlayScene
from coraline_game.world.commands import Interact


def press(scene, key) -> None:
    scene.handle(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=""))


def playing(tmp_path) -> PlayScene:
    shutil.copytree(content_root() / "maps", tmp_path / "maps")
    shutil.copytree(content_root() / "assets", tmp_path / "assets")
    app = App(load_content(tmp_path), StartState(room="living_room", items=("rag_doll",),
                                                 flags=("small_door_found",)))
    app.open_window()
    app.new_game()
    scene = app.stack.top
    assert isinstance(scene, PlayScene)
    scene.world.state.queued.clear()
    return scene


def look_at_sofa(scene) -> str:
    scene.queue.append(Interact("sofa", "look"))
    scene.update()
    line = scene.world.state.line
    assert line is not None
    scene.world.state.line = None
    scene.update()
    return line.text


def test_f5_picks_up_an_edited_script_and_keeps_the_game(tmp_path):
    scene = playing(tmp_path)
    s = scene.world.state
    s.player.x += 10
    where = (s.player.x, s.player.y)
    script = tmp_path / "maps" / "rooms" / "living_room.script"
    text = script.read_text(encoding="utf-8")
    script.write_text(text.replace("on look sofa:", "on look sofa:\n    say coraline \"Freshly edited.\"\n"
                                   "    stop", 1), encoding="utf-8")
    press(scene, pygame.K_F5)
    assert scene.reload_problems == []
    assert look_at_sofa(scene) == "Freshly edited."
    assert s.room == "living_room" and s.inventory == ["rag_doll"] and "small_door_found" in s.flags
    assert (s.player.x, s.player.y) == where


def test_a_broken_edit_shows_the_problem_and_the_old_room_stays_playable(tmp_path):
    scene = playing(tmp_path)
    script = tmp_path / "maps" / "rooms" / "living_room.script"
    original = script.read_text(encoding="utf-8")
    script.write_text(original.replace("    say coraline", "    sya coraline", 1), encoding="utf-8")
    press(scene, pygame.K_F5)
    assert any("unknown action 'sya'" in p for p in scene.reload_problems)
    assert f'"{look_at_sofa(scene)}"' in original  # the last good script still runs
    canvas = pygame.Surface((640, 360))
    scene.draw(canvas)  # the overlay draws without trouble


def test_f3_draws_the_debug_overlay(tmp_path):
    scene = playing(tmp_path)
    plain, debug = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    scene.draw(plain)
    press(scene, pygame.K_F3)
    scene.draw(debug)
    walk = scene.world.room.walkareas[0][0]
    assert plain.get_at((round(walk[0]), round(walk[1]))) != debug.get_at((round(walk[0]), round(walk[1])))
