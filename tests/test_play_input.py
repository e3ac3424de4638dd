"""Mouse and keyboard in the play scene do what a player expects."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.app import App, StartState
from coraline_game.render.ui import choice_rects, inventory_slots
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.play import PlayScene, cursor_for


def scene_at(content, room: str, items=(), flags=()) -> tuple[App, PlayScene]:
    app = App(content, StartState(room=room, items=tuple(items), flags=tuple(flags)))
    app.open_window()
    app.new_game()
    scene = app.stack.top
    assert isinstance(scene, PlayScene)
    scene.world.state.queued.clear()  # no first-visit remark in the way
    return app, scene


def centre(h) -> tuple[int, int]:
    x, y, w, hgt = h.bbox
    return round(x + w / 2), round(y + hgt / 2)


def click(scene: PlayScene, pos, button: int = 1) -> None:
    scene.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))


def key(scene, k: int) -> None:
    scene.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode=""))


def run(scene: PlayScene, ticks: int = 1) -> None:
    for _ in range(ticks):
        scene.update()


def settle(scene: PlayScene, limit: int = 3000) -> None:
    s = scene.world.state
    scene.update()  # apply what was clicked
    for _ in range(limit):
        if s.line is not None:
            scene.reveal_all = True
            key(scene, pygame.K_SPACE)
        elif not (s.busy or s.pending or s.player.path):
            return
        scene.update()


def test_left_click_on_the_floor_walks_there(content):
    _, scene = scene_at(content, "living_room")
    p = scene.world.state.player
    start = (p.x, p.y)
    grid = scene.world.grid()
    target = next((x, y) for x in range(40, 600, 8) for y in range(230, 316, 4)
                  if grid.is_walkable(x, y) and abs(x - start[0]) > 80
                  and scene.world.hotspot_at(x, y) is None)
    click(scene, target)
    run(scene, 600)
    assert abs(p.x - target[0]) < 1 and abs(p.y - target[1]) < 1


def test_right_click_looks_without_walking(content):
    _, scene = scene_at(content, "living_room")
    p = scene.world.state.player
    start = (p.x, p.y)
    click(scene, centre(scene.world.room.hotspot("window")), button=3)
    run(scene, 2)
    assert scene.world.state.line is not None and scene.world.state.line.character == "coraline"
    assert (p.x, p.y) == start


def test_a_line_types_out_and_a_click_first_shows_it_whole(content):
    _, scene = scene_at(content, "living_room")
    click(scene, centre(scene.world.room.hotspot("window")), button=3)
    run(scene, 2)
    line = scene.world.state.line
    assert line is not None and not scene.line_fully_shown()
    click(scene, (320, 200))
    run(scene)
    assert scene.world.state.line is line and scene.line_fully_shown()
    click(scene, (320, 200))
    run(scene)
    assert scene.world.state.line is not line


def test_double_click_on_an_exit_goes_at_once(content):
    _, scene = scene_at(content, "living_room")
    door = scene.world.room.hotspot("door_kitchen")
    click(scene, centre(door))
    run(scene)
    click(scene, centre(door))
    run(scene, 2)
    assert scene.world.state.room == "kitchen"


def test_an_item_then_a_hotspot_uses_the_item_there(content):
    _, scene = scene_at(content, "kitchen", items=["dowsing_rod"],
                        flags=["small_door_found", "door_bricked", "night", "night_one"])
    slot = inventory_slots(1)[0]
    click(scene, slot.center)
    assert scene.selected == "dowsing_rod"
    click(scene, centre(scene.world.room.hotspot("key_hook")))
    settle(scene)
    assert "button_key" in scene.world.state.inventory and scene.selected == ""


def test_number_keys_pick_answers(content):
    _, scene = scene_at(content, "kitchen")
    click(scene, centre(scene.world.room.hotspot("mother")))
    s = scene.world.state
    for _ in range(3000):
        if s.choice is not None:
            break
        if s.line is not None:
            scene.reveal_all = True
            key(scene, pygame.K_PERIOD)
        scene.update()
    assert s.choice is not None
    texts = [s.choice.stmt.options[i].text for i in s.choice.offered]
    assert choice_rects(texts, scene.services.text)
    key(scene, pygame.K_1)
    run(scene)
    assert s.choice is None and s.line is not None


def test_escape_pauses_and_the_world_stands_still(content):
    app, scene = scene_at(content, "living_room")
    key(scene, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)
    tick = scene.world.state.tick
    app.stack.update()
    assert scene.world.state.tick == tick
    key(app.stack.top, pygame.K_ESCAPE)
    assert app.stack.top is scene


@pytest.mark.parametrize("name, kind", [("door_kitchen", "exit_"), ("window", "use"), ("sofa", "use")])
def test_the_cursor_says_what_a_click_will_do(content, name, kind):
    room = content.rooms["living_room"]
    h = room.hotspot(name)
    assert cursor_for(h, room.width).startswith(kind) or h.verb != "use"


def test_escape_skips_a_scene_of_several_lines_but_stops_at_a_choice(content):
    _, scene = scene_at(content, "kitchen", flags=["small_door_found"])
    s = scene.world.state
    click(scene, centre(scene.world.room.hotspot("mother")))
    for _ in range(600):
        scene.update()
        if s.line is not None:
            break
    key(scene, pygame.K_ESCAPE)
    for _ in range(5):
        scene.update()
    assert s.choice is not None  # the greeting was skipped, the question waits for an answer
    assert s.line is None
