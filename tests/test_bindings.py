"""Keys and gamepad buttons: the default table is sound, the player's changes are what the game
then obeys, and the settings screen's Keys and Gamepad pages capture, refuse and restore them."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from coraline_game.scenes.bindings import (ACTIONS, BY_ID, PAD_BUTTONS, REMAPPABLE, Bindings,
                                           bindings_from_settings, key_refusal)
from coraline_game.scenes.key_chord import KeyChord
from coraline_game.scenes.settings import PAGES, SettingsScene
from coraline_game.settings import Settings, load_settings, save_settings
from fake_services import FakeServices


def press(key: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)


def button(which: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=which, instance_id=0)


# -- the table -------------------------------------------------------------------------------

def test_every_default_key_and_button_is_real():
    for action in ACTIONS:
        assert all(KeyChord.parse(k).text == k for k in action.keys), action.id
        assert all(b in PAD_BUTTONS for b in action.pad), action.id
    table = Bindings.build()
    assert all(len(table.keys[a.id]) == len(a.keys) for a in ACTIONS)  # none dropped as unreadable


def test_no_two_actions_share_a_default_key_or_button_at_the_same_moment():
    table = Bindings.build()
    for action in ACTIONS:
        for chord in table.keys[action.id]:
            assert table.key_holder(action.id, chord) is None, (action.id, chord.label)
        for name in table.pad[action.id]:
            assert table.button_holder(action.id, name) is None, (action.id, name)


def test_a_key_that_means_two_things_lists_them_in_the_order_to_try():
    table = Bindings.build()
    assert table.actions(press(pygame.K_ESCAPE)) == ("skip", "pause")  # talk first, then play
    assert table.actions(press(pygame.K_KP_ENTER)) == ("advance", "act")
    assert table.actions(button(pygame.CONTROLLER_BUTTON_A)) == ("advance", "act")
    assert table.actions(press(pygame.K_r, pygame.KMOD_LCTRL)) == ("reset",)
    assert table.actions(press(pygame.K_r)) == ()
    assert table.actions(pygame.event.Event(pygame.KEYUP, key=pygame.K_ESCAPE, mod=0)) == ()


def test_the_players_settings_change_what_the_keys_do():
    settings = Settings(key_bindings=(("look", ("k",)),), pad_buttons=(("hint", ()), ("look", ("y",))))
    table = bindings_from_settings(settings)
    assert table.actions(press(pygame.K_k)) == ("look",)
    assert table.actions(press(pygame.K_l)) == ()
    assert table.label("look") == "K" and table.pad_label("look") == "Y"
    assert table.pad_label("hint") == "none"
    assert table.label("next_target") == "Tab, Right, Down"
    assert table.pad_label("next_target") == "D-pad right, D-pad down"


def test_fixed_actions_keep_their_keys_whatever_the_overrides_say():
    table = Bindings.build({"fullscreen": ("f2",), "nonsense": ("x",)}, {"debug": ("a",)})
    assert table.label("fullscreen") == "F11, Alt+Enter" and table.pad["debug"] == ()


@pytest.mark.parametrize(("action", "chord", "why"), [
    ("look", "i", "I is already Inventory"),
    ("log", "l", "L is already Look"),             # the log works at any time, so it clashes
    ("look", "f11", "F11 is already Full screen"),
    ("look", "3", "the number keys pick answers"),
    ("look", "alt+f4", "Alt+F4 closes the window"),
    ("skip", "p", None),                            # talk and play never overlap
    ("advance", "i", None),
    ("look", "ctrl+i", None),                       # a modifier makes it another chord
])
def test_which_keys_an_action_may_take(action, chord, why):
    assert key_refusal(Bindings.build(), action, KeyChord.parse(chord)) == why


# -- the Keys and Gamepad pages ----------------------------------------------------------------


@pytest.fixture
def services() -> FakeServices:
    return FakeServices()


def keys(scene: SettingsScene, *pressed: int, mod: int = 0) -> None:
    for k in pressed:
        scene.handle(press(k, mod))


def on_row(services: FakeServices, page: str, action: str, cell: int = 0) -> SettingsScene:
    """A settings screen on an action's row of the Keys or Gamepad page, with the keys a pad sends."""
    scene = SettingsScene(services)
    while PAGES[scene.page] != page:
        keys(scene, pygame.K_RIGHT)
    kind = "keys" if page == "Keys" else "pad"
    while scene.index < 0 or scene.rows[scene.index].name != f"{kind}:{action}":
        keys(scene, pygame.K_DOWN)
    keys(scene, *[pygame.K_RIGHT] * cell)
    assert scene.cell == cell
    return scene


def cells(scene: SettingsScene) -> list[str]:
    row = scene.rows[scene.index]
    return scene.cells(row)  # type: ignore[arg-type]


def test_enter_then_a_key_changes_an_actions_key_and_the_game_obeys_it(services):
    scene = on_row(services, "Keys", "look")
    assert cells(scene) == ["L", "+"]
    keys(scene, pygame.K_RETURN)
    assert scene.capture is not None and not scene.wants_pad_buttons
    keys(scene, pygame.K_LCTRL, mod=pygame.KMOD_LCTRL)  # a modifier alone: still waiting
    assert scene.capture is not None
    keys(scene, pygame.K_k)
    assert scene.capture is None and cells(scene) == ["K", "+"]
    assert services.settings.key_bindings == (("look", ("k",)),)
    assert bindings_from_settings(services.settings).actions(press(pygame.K_k)) == ("look",)


def test_the_plus_cell_adds_a_key_beside_the_others(services):
    scene = on_row(services, "Keys", "look", cell=1)
    keys(scene, pygame.K_RETURN)
    keys(scene, pygame.K_l, mod=pygame.KMOD_RCTRL)
    assert services.settings.key_bindings == (("look", ("l", "ctrl+l")),)
    assert cells(scene) == ["L", "Ctrl+L", "+"] and scene.cell == 1


def test_a_key_another_action_uses_is_refused_by_name_and_the_wait_goes_on(services):
    scene = on_row(services, "Keys", "look")
    keys(scene, pygame.K_RETURN, pygame.K_i)
    assert services.applied == [] and scene.capture is not None
    assert scene.message is not None and scene.message.row == "keys:look"
    assert scene.message.text.startswith("I is already Inventory")
    keys(scene, pygame.K_RETURN)  # Enter is Use / talk's
    assert services.applied == [] and "Use / talk" in scene.message.text
    keys(scene, pygame.K_j)
    assert services.settings.key_bindings == (("look", ("j",)),) and scene.message is None


def test_esc_cancels_a_capture_then_leaves_the_screen(services):
    scene = on_row(services, "Keys", "hint")
    keys(scene, pygame.K_RETURN, pygame.K_ESCAPE)
    assert scene.capture is None and services.closed == 0 and cells(scene) == ["H", "+"]
    keys(scene, pygame.K_ESCAPE)
    assert services.closed == 1 and services.applied == []


def test_a_click_on_a_cell_captures_into_it_and_a_right_click_removes_it(services):
    scene = on_row(services, "Keys", "next_target")
    row = scene.visible_rects()[scene.index]
    down = scene.cell_rects(scene.rows[scene.index], row)[2]  # type: ignore[arg-type]
    scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=down.center, button=1))
    assert scene.capture is not None and scene.capture.cell == 2
    keys(scene, pygame.K_n)
    assert cells(scene) == ["Tab", "Right", "N", "+"]
    scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=down.center, button=3))
    assert cells(scene) == ["Tab", "Right", "+"]
    assert services.settings.key_bindings == (("next_target", ("tab", "right")),)


def test_delete_removes_a_key_but_not_the_pause_menus_last(services):
    scene = on_row(services, "Keys", "pause", cell=1)
    keys(scene, pygame.K_DELETE)
    assert cells(scene) == ["Esc", "F10", "+"]
    assert scene.cell == 1  # on F10, which took P's place
    keys(scene, pygame.K_LEFT, pygame.K_DELETE)
    assert cells(scene) == ["F10", "+"]
    keys(scene, pygame.K_DELETE)
    assert cells(scene) == ["F10", "+"] and scene.message is not None
    assert "Pause needs a key" in scene.message.text
    assert services.settings.key_bindings == (("pause", ("f10",)),)


def test_backspace_gives_an_action_its_own_keys_but_not_ones_taken_since(services):
    services.settings = Settings(key_bindings=(("look", ("s",)), ("stone", ("down",))))
    scene = on_row(services, "Keys", "next_target")
    keys(scene, pygame.K_BACKSPACE)
    assert cells(scene) == ["Tab", "Right", "+"]  # Down is the seeing stone's now
    assert scene.message is not None and "Down (Seeing stone)" in scene.message.text
    scene = on_row(services, "Keys", "look")
    keys(scene, pygame.K_BACKSPACE)
    assert cells(scene) == ["L", "+"] and scene.message is None
    assert dict(services.settings.key_bindings) == {"next_target": ("tab", "right"), "stone": ("down",)}


def test_restore_defaults_on_the_keys_page_puts_every_key_back_and_leaves_the_pad(services):
    services.settings = Settings(key_bindings=(("look", ("k",)),), pad_buttons=(("look", ("y",)),),
                                 master_volume=40)
    scene = SettingsScene(services)
    while PAGES[scene.page] != "Keys":
        keys(scene, pygame.K_RIGHT)
    keys(scene, pygame.K_UP, pygame.K_UP, pygame.K_RETURN)  # round to "Restore defaults"
    assert scene.rows[scene.index].name == "restore" and services.applied == []
    keys(scene, pygame.K_RETURN)
    assert services.settings == Settings(pad_buttons=(("look", ("y",)),), master_volume=40)


def test_keys_survive_a_save_and_a_new_start(services):
    scene = on_row(services, "Keys", "quick_save")
    keys(scene, pygame.K_RETURN)
    keys(scene, pygame.K_s, mod=pygame.KMOD_LCTRL)
    assert save_settings(services.settings) is None
    loaded, warning = load_settings()
    assert warning is None and bindings_from_settings(loaded).label("quick_save") == "Ctrl+S"


def test_a_gamepad_button_is_captured_from_the_pad_itself(services):
    scene = on_row(services, "Gamepad", "advance")
    assert cells(scene) == ["A", "+"]
    keys(scene, pygame.K_RETURN)
    assert scene.wants_pad_buttons
    keys(scene, pygame.K_y)  # keyboard keys are not buttons: still waiting
    assert scene.wants_pad_buttons
    scene.handle(button(pygame.CONTROLLER_BUTTON_Y))  # Y opens the inventory, but not while talking
    assert not scene.wants_pad_buttons and cells(scene) == ["Y", "+"]
    assert services.settings.pad_buttons == (("advance", ("y",)),)
    table = bindings_from_settings(services.settings)
    assert table.actions(button(pygame.CONTROLLER_BUTTON_Y)) == ("advance", "inventory")


def test_a_button_in_use_or_the_guide_button_is_refused(services):
    scene = on_row(services, "Gamepad", "hint", cell=1)
    keys(scene, pygame.K_RETURN)
    scene.handle(button(pygame.CONTROLLER_BUTTON_X))
    assert scene.message is not None and scene.message.text.startswith("X is already Look")
    scene.handle(button(pygame.CONTROLLER_BUTTON_GUIDE))
    assert "belongs to the system" in scene.message.text
    assert scene.wants_pad_buttons and services.applied == []
    keys(scene, pygame.K_ESCAPE)
    assert not scene.wants_pad_buttons and services.closed == 0


def test_a_freed_button_can_go_to_another_action(services):
    scene = on_row(services, "Gamepad", "look")
    keys(scene, pygame.K_DELETE)
    assert cells(scene) == ["+"]
    keys(scene, *[pygame.K_DOWN] * 5)
    assert scene.rows[scene.index].name == "pad:hint"
    keys(scene, pygame.K_RIGHT, pygame.K_RETURN)
    scene.handle(button(pygame.CONTROLLER_BUTTON_X))
    assert dict(services.settings.pad_buttons) == {"hint": ("leftshoulder", "x"), "look": ()}
    assert bindings_from_settings(services.settings).actions(button(pygame.CONTROLLER_BUTTON_X)) == ("hint",)


def test_restore_defaults_on_the_gamepad_page(services):
    services.settings = replace(Settings(), pad_buttons=(("look", ()),), key_bindings=(("look", ("k",)),))
    scene = SettingsScene(services)
    while PAGES[scene.page] != "Gamepad":
        keys(scene, pygame.K_RIGHT)
    keys(scene, pygame.K_UP, pygame.K_UP, pygame.K_RETURN, pygame.K_RETURN)
    assert services.settings == Settings(key_bindings=(("look", ("k",)),))


def test_both_pages_list_every_action_the_player_can_change(services):
    scene = SettingsScene(services)
    for page, kind in (("Keys", "keys"), ("Gamepad", "pad")):
        rows = next(p.rows for p in scene.pages if p.title == page)
        listed = [r.name for r in rows if r.name.startswith(f"{kind}:")]
        assert listed == [f"{kind}:{a.id}" for a in REMAPPABLE]
    assert {"fullscreen", "debug", "reload"} == {a.id for a in ACTIONS} - {a.id for a in REMAPPABLE}
    assert BY_ID["pause"].needs_key
