"""Playing without a mouse: the keyboard alone, a gamepad, the reveal key, the dialogue log."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.app import App, StartState
from coraline_game.content.paths import content_root
from coraline_game.render import LOGICAL_SIZE, VIEW_HEIGHT
from coraline_game.render.reveal import NEW, SEEN, draw_marker
from coraline_game.scenes.backlog import BacklogScene
from coraline_game.scenes.pad_cursor import MAX_SPEED, SNAP_RADIUS
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.play import CHOICE_GUARD_TICKS, HOLD_TICKS, LOG_LIMIT, PlayScene
from coraline_game.world.commands import Choose

ROOMS = sorted(p.stem for p in (content_root() / "maps" / "rooms").glob("*.tmx"))


# -- driving the game as a player would ------------------------------------------------------

def start(content, room: str | None = None, items=(), flags=()) -> tuple[App, PlayScene]:
    app = App(content, StartState(room=room, items=tuple(items), flags=tuple(flags)))
    app.open_window()
    app.new_game()
    scene = app.stack.top
    assert isinstance(scene, PlayScene)
    if room is not None:
        scene.world.state.queued.clear()  # no first-visit remark in the way
    return app, scene


def key(app: App, k: int, mod: int = 0) -> None:
    app.stack.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0))


def key_up(app: App, k: int) -> None:
    app.stack.handle(pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode="", scancode=0))


def button(app: App, b: int) -> None:
    app.stack.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=b, instance_id=0))


def button_up(app: App, b: int) -> None:
    app.stack.handle(pygame.event.Event(pygame.CONTROLLERBUTTONUP, button=b, instance_id=0))


def stick(app: App, x: float, y: float) -> None:
    for axis, value in ((pygame.CONTROLLER_AXIS_LEFTX, x), (pygame.CONTROLLER_AXIS_LEFTY, y)):
        app.stack.handle(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=axis,
                                            value=round(value * 32767), instance_id=0))


def tick(app: App, n: int = 1) -> None:
    for _ in range(n):
        app.stack.update()


def play_on(app: App, scene: PlayScene, done, limit: int = 3000) -> None:
    """Tick, pressing Enter through every line, until ``done()``."""
    s = scene.world.state
    for _ in range(limit):
        if done():
            return
        if s.line is not None:
            key(app, pygame.K_RETURN)
        tick(app)
    raise AssertionError("the game never got there")


def tab_to(app: App, scene: PlayScene, name: str, backwards: bool = False) -> None:
    """Tab (or Shift+Tab) until ``name`` is marked: the pointer and its label are on it."""
    for _ in range(len(scene.targets()) + 1):
        key(app, pygame.K_TAB, pygame.KMOD_LSHIFT if backwards else 0)
        if scene.hovered() is not None and scene.hovered().name == name:
            return
    raise AssertionError(f"Tab never reached {name}")


def said(scene: PlayScene) -> list[str]:
    return [text for _, text in scene.log]


# -- the keyboard alone ------------------------------------------------------------------------

def test_from_new_game_the_keyboard_alone_takes_the_stick_tries_it_and_leaves(content):
    app, scene = start(content)
    s = scene.world.state
    assert s.room == "prologue"
    for _ in range(600):  # Esc skips the prologue and her first words in the bedroom
        if s.room == "bedroom" and s.idle:
            break
        if s.busy and s.choice is None:
            key(app, pygame.K_ESCAPE)
        tick(app)
    assert s.room == "bedroom" and s.idle and app.stack.top is scene

    tab_to(app, scene, "dowsing_rod")
    assert scene.hovered().label == "Forked stick"
    key(app, pygame.K_RETURN)
    play_on(app, scene, lambda: "dowsing_rod" in s.inventory and s.idle)
    assert "Come on, stick. Let's go find something more exciting than rain." in said(scene)

    key(app, pygame.K_i)
    assert scene.picking == 0 and scene.hovered_slot() == 0  # the pointer is on the stick
    key(app, pygame.K_RETURN)
    assert scene.selected == "dowsing_rod" and scene.picking == -1
    before = len(scene.log)
    tab_to(app, scene, "bed", backwards=True)
    key(app, pygame.K_RETURN)
    play_on(app, scene, lambda: len(scene.log) > before and s.idle)
    assert scene.log[-1][0] == "coraline"  # she says the stick does nothing for the bed
    assert scene.selected == "" and "dowsing_rod" in s.inventory

    tab_to(app, scene, "door", backwards=True)
    key(app, pygame.K_RETURN)
    play_on(app, scene, lambda: s.room == "hallway")


def test_the_keyboard_uses_an_item_on_a_hotspot(content):
    app, scene = start(content, "kitchen", items=["dowsing_rod"],
                       flags=["small_door_found", "door_bricked", "night", "night_one"])
    s = scene.world.state
    key(app, pygame.K_i)
    key(app, pygame.K_RETURN)
    tab_to(app, scene, "key_hook")
    key(app, pygame.K_RETURN)
    play_on(app, scene, lambda: "button_key" in s.inventory and s.idle)


def test_the_first_tab_starts_beside_coraline_and_the_order_is_left_to_right(content):
    app, scene = start(content, "bedroom")
    key(app, pygame.K_TAB)
    assert scene.marked.name == "window"  # the first thing at or right of her (x 320)
    names = [scene.marked.name]
    for _ in range(len(scene.targets()) - 1):
        key(app, pygame.K_RIGHT)
        names.append(scene.marked.name)
    assert names == ["window", "dresser", "boxes", "dowsing_rod", "door", "bed", "lamp"]
    key(app, pygame.K_LEFT)
    assert scene.marked.name == "bed"


def test_arrows_and_enter_pick_an_answer_but_not_one_mashed_blind(content):
    app, scene = start(content, "kitchen")
    s = scene.world.state
    tab_to(app, scene, "mother")
    key(app, pygame.K_RETURN)
    play_on(app, scene, lambda: s.choice is not None)
    assert len(s.choice.offered) >= 2
    key(app, pygame.K_RETURN)  # the same tick the answers appeared: too soon to count
    tick(app)
    assert s.choice is not None
    twin = scene.world.fork()
    twin.step([Choose(1)])
    tick(app, CHOICE_GUARD_TICKS)
    key(app, pygame.K_DOWN)
    assert scene.choice_index == 1
    key(app, pygame.K_RETURN)
    tick(app)
    assert s.choice is None and s.line is not None and s.line.text == twin.state.line.text


def test_escape_drops_the_item_then_closes_the_bar_then_pauses(content):
    app, scene = start(content, "bedroom", items=["dowsing_rod"])
    key(app, pygame.K_i)
    key(app, pygame.K_RETURN)
    assert scene.selected == "dowsing_rod"
    key(app, pygame.K_ESCAPE)
    assert scene.selected == "" and app.stack.top is scene
    key(app, pygame.K_i)
    assert scene.picking == 0
    key(app, pygame.K_ESCAPE)
    assert scene.picking == -1 and app.stack.top is scene
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)


def test_l_looks_at_the_marked_thing_and_at_an_inventory_item(content):
    app, scene = start(content, "bedroom", items=["dowsing_rod"])
    s = scene.world.state
    p = (s.player.x, s.player.y)
    tab_to(app, scene, "window")
    key(app, pygame.K_l)
    tick(app, 2)
    assert s.line is not None and ("bedroom", "window") in s.examined
    assert (s.player.x, s.player.y) == p  # looking does not walk
    play_on(app, scene, lambda: s.idle)
    key(app, pygame.K_i)
    key(app, pygame.K_l)
    tick(app, 2)
    assert s.line is not None and scene.picking == 0  # the bar stays open to look on


def test_a_marked_thing_beyond_the_screen_scrolls_the_camera_to_it(content):
    app, scene = start(content, "front_yard")
    room_width = scene.world.room.width
    assert room_width > LOGICAL_SIZE[0]
    far = max(scene.targets(), key=lambda h: h.bbox[0])
    assert far.bbox[0] > scene.camera_x + LOGICAL_SIZE[0]  # off screen to start with
    tab_to(app, scene, far.name)
    x, y = scene.mouse
    assert 0 <= x < LOGICAL_SIZE[0] and 0 <= y < VIEW_HEIGHT
    assert scene.world.hotspot_at(x + scene.camera_x, y).name == far.name


def test_secret_things_are_marked_only_through_the_stone(content):
    app, scene = start(content, "other_living_room", items=["seeing_stone"], flags=["eyes_3"])
    names = {h.name for h in scene.targets()}
    assert "snow_globe" not in names
    key(app, pygame.K_s)
    assert scene.lens
    tab_to(app, scene, "snow_globe")
    assert "Look through the stone" in pointer_label(scene)
    key(app, pygame.K_s)
    tick(app)
    assert scene.marked is None  # lowering the stone hides it again


def pointer_label(scene: PlayScene) -> str:
    """What the label by the pointer says (the play scene's own rule)."""
    h = scene.hovered()
    assert h is not None
    return f"Look through the stone at {h.label}" if scene.lens else h.label


# -- a gamepad ----------------------------------------------------------------------------------

def test_the_stick_moves_the_pointer_tick_by_tick_past_a_dead_zone(content):
    app, scene = start(content, "bedroom")
    x0, y0 = scene.mouse
    stick(app, 0.1, -0.1)  # resting slightly off centre, as worn sticks do
    tick(app, 10)
    assert scene.mouse == (x0, y0)
    stick(app, 1.0, 0.0)
    tick(app, 10)
    assert scene.mouse == (x0 + round(10 * MAX_SPEED), y0)
    stick(app, 0.4, 0.0)  # a gentle push aims finely
    tick(app, 10)
    assert 0 < scene.mouse[0] - (x0 + 10 * MAX_SPEED) < 10


def test_the_stick_snaps_to_a_hotspot_it_stops_near_and_a_acts_on_it(content):
    app, scene = start(content, "bedroom")
    s = scene.world.state
    window = scene.world.room.hotspot("window")
    assert scene.mouse == (320, 160) and scene.world.hotspot_at(320, 160) is None
    stick(app, 0.0, -1.0)
    tick(app, 2)
    assert scene.mouse == (320, 150)
    x, y, w, h = window.bbox
    assert 0 < 150 - (y + h) < SNAP_RADIUS  # near the window but not on it
    stick(app, 0.0, 0.0)
    tick(app)
    assert scene.world.hotspot_at(*scene.mouse) is window and scene.hovered() is window
    button(app, pygame.CONTROLLER_BUTTON_A)
    play_on(app, scene, lambda: s.line is not None and s.line.character == "coraline")
    assert s.player.y < 268  # she walked to the window first


def test_pad_buttons_open_the_inventory_choose_and_cancel(content):
    app, scene = start(content, "bedroom", items=["dowsing_rod", "rag_doll"])
    button(app, pygame.CONTROLLER_BUTTON_Y)
    assert scene.picking == 0
    button(app, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
    assert scene.picking == 1
    button(app, pygame.CONTROLLER_BUTTON_A)
    assert scene.selected == "rag_doll"
    button(app, pygame.CONTROLLER_BUTTON_B)
    assert scene.selected == "" and app.stack.top is scene
    button(app, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
    assert scene.marked is not None
    button(app, pygame.CONTROLLER_BUTTON_START)
    assert isinstance(app.stack.top, PauseScene)


# -- the reveal key -------------------------------------------------------------------------------

def test_a_tap_of_the_reveal_key_toggles_it_and_holding_it_shows_while_held(content):
    app, scene = start(content, "living_room")
    key(app, pygame.K_v)
    tick(app, 3)
    key_up(app, pygame.K_v)
    assert scene.reveal == "on"  # a tap: stays on
    tick(app, 30)
    assert scene.reveal == "on"
    key(app, pygame.K_v)
    key_up(app, pygame.K_v)
    assert scene.reveal == "off"  # another tap: off
    key(app, pygame.K_v)
    tick(app, HOLD_TICKS + 5)
    assert scene.reveal == "held"
    key_up(app, pygame.K_v)
    assert scene.reveal == "off"  # held: gone when let go
    button(app, pygame.CONTROLLER_BUTTON_RIGHTSTICK)
    button_up(app, pygame.CONTROLLER_BUTTON_RIGHTSTICK)
    assert scene.reveal == "on"


def marker_pixels(surface: pygame.Surface, centre: tuple[int, int], colour) -> set[tuple[int, int]]:
    cx, cy = centre
    return {(x - cx, y - cy) for x in range(cx - 9, cx + 10) for y in range(cy - 9, cy + 10)
            if surface.get_at((x, y))[:3] == colour}


def test_reveal_marks_what_was_looked_at_by_a_different_shape(content):
    app, scene = start(content, "living_room")
    s = scene.world.state
    tab_to(app, scene, "window")
    key(app, pygame.K_l)
    play_on(app, scene, lambda: ("living_room", "window") in s.examined and s.idle)
    key(app, pygame.K_v)
    key_up(app, pygame.K_v)
    markers, _, _ = scene.reveal_markers()
    shapes = {m.label or scene.hovered().label: m.shape for m in markers}
    assert shapes["Window"] == "seen" and shapes["Sofa"] == "new"
    assert shapes["Hallway"] == "exit_left" and shapes["Kitchen"] == "exit_right"
    assert len(markers) == len(scene.targets())

    canvas = pygame.Surface(LOGICAL_SIZE)
    scene.mouse = (-1000, -1000)  # nothing under the pointer: every label shows
    scene.marked = None
    scene.draw(canvas)
    at = {m.label: m.pos for m in scene.reveal_markers()[0]}
    seen = marker_pixels(canvas, at["Window"], SEEN)
    new = marker_pixels(canvas, at["Sofa"], NEW)
    assert seen and new
    assert (0, 0) in new and (0, 0) not in seen  # a filled diamond, a hollow ring
    assert seen != new


def test_marker_shapes_differ_even_without_colour():
    shapes = {}
    for shape in ("new", "seen", "exit_left", "exit_right", "exit_up", "exit_down"):
        surface = pygame.Surface((40, 40))
        draw_marker(surface, shape, (20, 20))
        mask = pygame.mask.from_threshold(surface, (0, 0, 0), (1, 1, 1, 255))
        mask.invert()
        shapes[shape] = frozenset((x, y) for x in range(40) for y in range(40) if mask.get_at((x, y)))
    assert len(set(shapes.values())) == len(shapes)


@pytest.mark.parametrize("room", ROOMS)
def test_reveal_draws_in_every_room_with_markers_on_screen(content, room):
    app, scene = start(content, room)
    scene.reveal = "on"
    markers, left, right = scene.reveal_markers()
    assert len(markers) + left + right == len(scene.targets())
    for m in markers:
        assert 0 <= m.pos[0] < LOGICAL_SIZE[0] and 0 <= m.pos[1] < VIEW_HEIGHT, m
    scene.draw(pygame.Surface(LOGICAL_SIZE))


# -- the dialogue log -------------------------------------------------------------------------

def test_every_line_said_goes_into_the_log_in_order(content):
    app, scene = start(content, "living_room")
    s = scene.world.state
    for name in ("window", "sofa"):
        tab_to(app, scene, name)
        key(app, pygame.K_l)
        tick(app, 2)
        first = s.line
        assert scene.log[-1] == (first.character, first.text)
        play_on(app, scene, lambda: s.idle)
    assert len(scene.log) >= 2 and all(c == "coraline" for c, _ in scene.log)


def test_the_log_keeps_the_last_five_hundred_lines(content):
    app, scene = start(content, "living_room")
    s = scene.world.state
    heard: list[tuple[str, str]] = []  # every line as it appeared in the speech box
    shown = None
    while len(heard) < LOG_LIMIT + 20:
        if s.idle:
            key(app, pygame.K_TAB)  # something else each time, so the lines differ
            key(app, pygame.K_l)
        elif s.line is not None:
            if s.line is not shown:
                shown = s.line
                heard.append((s.line.character, s.line.text))
            key(app, pygame.K_RETURN)
        tick(app)
    assert len(set(heard[-LOG_LIMIT:])) > 5
    assert len(scene.log) == LOG_LIMIT and scene.log == heard[-LOG_LIMIT:]


def test_the_log_overlay_shows_names_scrolls_and_closes(content, tmp_path):
    app, scene = start(content, "living_room")
    scene.log[:] = [("coraline" if i % 2 else "mother", f"Line number {i}, and a few more words to"
                     " make it wrap onto a second row in the log's text column, as long lines do.")
                    for i in range(60)]
    key(app, pygame.K_b)
    log = app.stack.top
    assert isinstance(log, BacklogScene)
    assert log.visible()[-1].words.endswith("as long lines do.")  # the newest at the bottom
    newest_first_row = [r for r in log.rows if r.words.startswith("Line number 59")][0]
    assert newest_first_row.name == "Coraline"
    assert any(r.name == content.characters["mother"].name for r in log.rows)
    key(app, pygame.K_UP)
    assert log.scroll == 1
    key(app, pygame.K_PAGEUP)
    assert log.scroll == log.page
    app.stack.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False))
    assert log.scroll == log.page + 3
    key(app, pygame.K_HOME)
    assert log.scroll == log.furthest and log.visible()[0].words.startswith("Line number 0")
    app.stack.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False))
    assert log.scroll == log.furthest - 3
    key(app, pygame.K_END)
    assert log.scroll == 0
    canvas = pygame.Surface(LOGICAL_SIZE)
    app.stack.draw(canvas)
    pygame.image.save(canvas, str(tmp_path / "log.png"))
    key(app, pygame.K_ESCAPE)
    assert app.stack.top is scene


def test_the_log_opens_empty_with_a_word_and_the_pad_closes_it(content):
    app, scene = start(content, "living_room")
    scene.log.clear()
    button(app, pygame.CONTROLLER_BUTTON_BACK)
    assert isinstance(app.stack.top, BacklogScene) and app.stack.top.rows == []
    app.stack.draw(pygame.Surface(LOGICAL_SIZE))
    button(app, pygame.CONTROLLER_BUTTON_B)
    assert app.stack.top is scene


def test_the_world_stands_still_while_the_log_is_open(content):
    app, scene = start(content, "living_room")
    key(app, pygame.K_b)
    before = scene.world.state.tick
    tick(app, 30)
    assert scene.world.state.tick == before
    key(app, pygame.K_b)
    tick(app)
    assert scene.world.state.tick == before + 1


# -- the other keys ---------------------------------------------------------------------------

def test_quick_save_and_quick_load_keys_ask_the_game(content, monkeypatch):
    app, scene = start(content, "living_room")
    asked: list[str] = []
    monkeypatch.setattr(app, "quick_save", lambda: asked.append("save"))
    monkeypatch.setattr(app, "quick_load", lambda: asked.append("load"))
    key(app, pygame.K_F6)
    key(app, pygame.K_F9)
    assert asked == ["save", "load"]


def test_a_remapped_key_does_the_action_and_the_old_one_does_not(content):
    from coraline_game.scenes.bindings import Bindings
    app, scene = start(content, "living_room")
    app.bindings = Bindings.build({"next_target": ("n",), "reveal": ("r",)})
    key(app, pygame.K_TAB)
    assert scene.marked is None
    key(app, pygame.K_n)
    assert scene.marked is not None
    key(app, pygame.K_r)
    key_up(app, pygame.K_r)
    assert scene.reveal == "on"
