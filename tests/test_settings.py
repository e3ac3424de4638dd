"""The settings file survives anything a player's disk can throw at it, key chords read and match
as people expect, the settings screen changes what it says (page by page, by keyboard, mouse or
the keys a gamepad sends), and large text still fits the speech box."""

from __future__ import annotations

import json
import os
import re
from dataclasses import fields, replace
from pathlib import Path

import pygame
import pytest

from coraline_game.render import VIEW_HEIGHT
from coraline_game.render.assets import Assets
from coraline_game.render.text import TextCache
from coraline_game.render.ui import SPEECH_RECT, Hud, choice_layout, speech_layout
from coraline_game.scenes.key_chord import KeyChord
from coraline_game.scenes.settings import PAGE_FIELDS, PAGES, ROWS_RECT, BindingRow, SettingsScene
from coraline_game.settings import (FORMAT, VERSION, Settings, chars_per_tick, load_settings,
                                    normalise_address, parse_address, save_settings, settings_json,
                                    window_size)
from coraline_game.user_dirs import settings_file
from fake_services import FakeServices

# Every field away from its default, so a field the file forgot cannot pass unnoticed.
CUSTOM = Settings(master_volume=70, music_volume=30, effects_volume=0, fullscreen=True,
                  window_scale="3x", text_speed="fast", text_size="large", speedrun_mode=True,
                  timer_display="time", speedrun_category="eye-hunt", livesplit=True,
                  livesplit_address="192.168.1.20:16835",
                  key_bindings=(("look", ("k", "ctrl+l")), ("reset", ("shift+f8",))),
                  pad_buttons=(("hint", ()), ("look", ("y",))))


def write(data: object) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def custom_data(**changes: object) -> dict:
    data = json.loads(settings_json(CUSTOM))
    data.update(changes)
    return data


# -- the file --------------------------------------------------------------------------------

def test_every_setting_is_away_from_its_default_in_the_round_trip_sample():
    defaults = Settings()
    assert all(getattr(CUSTOM, f.name) != getattr(defaults, f.name) for f in fields(Settings))


def test_saved_settings_come_back_the_same():
    assert save_settings(CUSTOM) is None  # the folder does not exist yet: it is made
    assert load_settings() == (CUSTOM, None)
    on_disk = json.loads(settings_file().read_text(encoding="utf-8"))
    assert on_disk["format"] == FORMAT and on_disk["version"] == VERSION == 2
    assert on_disk["key_bindings"] == {"look": ["k", "ctrl+l"], "reset": ["shift+f8"]}
    assert on_disk["pad_buttons"] == {"hint": [], "look": ["y"]}
    assert on_disk["window_scale"] == "3x" and on_disk["text_speed"] == "fast"
    assert [p.name for p in settings_file().parent.iterdir()] == ["settings.json"]  # no temp left


def test_no_file_means_the_defaults_and_no_warning():
    assert load_settings() == (Settings(), None)
    assert not settings_file().exists()


def test_a_corrupt_file_is_kept_aside_and_the_player_told_where():
    write('{"speedrun_mode": tru')
    settings, warning = load_settings()
    assert settings == Settings()
    assert warning is not None and str(settings_file()) in warning
    kept = list(settings_file().parent.glob("settings.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].name in warning
    assert kept[0].read_text(encoding="utf-8") == '{"speedrun_mode": tru'
    assert not settings_file().exists()
    assert load_settings() == (Settings(), None)  # the next start is quiet


def test_a_second_corrupt_file_in_the_same_second_does_not_replace_the_first():
    for text in ("[1, 2]", "not json"):
        write(text)
        load_settings()
    kept = sorted(p.read_text(encoding="utf-8") for p in settings_file().parent.glob("settings.corrupt-*"))
    assert kept == ["[1, 2]", "not json"]


@pytest.mark.parametrize(("name", "bad", "why"), [
    ("master_volume", 150, "from 0 to 100"), ("music_volume", -10, "from 0 to 100"),
    ("effects_volume", 55.5, "a whole number"), ("master_volume", True, "a whole number"),
    ("fullscreen", "yes", "true or false"), ("window_scale", "5x", '"1x", "2x", "3x", "4x", "fit"'),
    ("window_scale", 2, "text in quotes"), ("text_speed", "turbo", '"slow", "normal", "fast", "instant"'),
    ("text_size", "huge", '"normal", "large"'), ("speedrun_mode", 1, "true or false"),
    ("timer_display", "clock", '"off", "time", "splits"'), ("speedrun_category", " ", "is empty"),
    ("livesplit", "on", "true or false"), ("livesplit_address", "127.0.0.1:70000", "65535"),
    ("key_bindings", ["look", "k"], "should be an object"), ("pad_buttons", 3, "should be an object"),
])
def test_one_bad_field_falls_back_alone_and_is_named(name, bad, why):
    write(custom_data(**{name: bad}))
    settings, warning = load_settings()
    assert settings == replace(CUSTOM, **{name: getattr(Settings(), name)})
    assert warning is not None and str(settings_file()) in warning
    assert f"'{name}'" in warning and why in warning
    assert settings_file().exists()  # a readable file is never moved


def test_unknown_fields_from_a_newer_game_are_ignored_quietly():
    write(custom_data(volume=3, colour_blind=True))
    assert load_settings() == (CUSTOM, None)


def test_a_bad_binding_falls_back_for_its_action_only_and_each_is_named():
    write({"format": FORMAT, "key_bindings": {
        "look": ["CTRL + L", "k", "k"], "hint": ["hyper+q"], "lok": ["j"], "debug": ["f4"],
        "inventory": "i", "stone": ["1"], "skip": ["a", "b", "c", "d", "e"], "pause": [], "quick_load": []},
        "pad_buttons": {"look": ["Y"], "hint": ["z"], "reset": ["guide"]}})
    settings, warning = load_settings()
    # tidied (the twice-given k once); an action may have no key at all, but not the pause menu
    assert settings.key_bindings == (("look", ("ctrl+l", "k")), ("quick_load", ()))
    assert settings.pad_buttons == (("look", ("y",)),)
    assert warning is not None
    for said in ("'hint': 'hyper+q' is not a key chord", "no action 'lok'", "'debug' cannot be changed",
                 "'inventory' should be a list", "'1' cannot be used: the number keys pick answers",
                 "5 is too many", "'pause' needs at least one", "no button 'z'",
                 "Guide button belongs to the system"):
        assert said in warning, said
    assert warning.count("keeps its default") == 9


def test_the_old_reset_key_becomes_the_reset_action_binding():
    write({"format": FORMAT, "version": 1, "reset_key": "f8", "speedrun_mode": True})
    settings, warning = load_settings()
    assert warning is None
    assert settings == Settings(speedrun_mode=True, key_bindings=(("reset", ("f8",)),))
    assert save_settings(settings) is None
    on_disk = json.loads(settings_file().read_text(encoding="utf-8"))
    assert "reset_key" not in on_disk and on_disk["key_bindings"] == {"reset": ["f8"]}


@pytest.mark.parametrize(("data", "bindings", "why"), [
    ({"reset_key": "ctrl+r"}, (), None),  # the default stays a default
    ({"reset_key": "hyper+q"}, (), "'reset_key': 'hyper+q' is not a key chord"),
    ({"reset_key": 7}, (), "'reset_key' should be text in quotes"),
    ({"reset_key": "f8", "key_bindings": {"reset": ["f7"]}}, (("reset", ("f7",)),), None),
])
def test_an_old_reset_key_gives_way_to_defaults_errors_and_new_bindings(data, bindings, why):
    write({"format": FORMAT, "version": 1, **data})
    settings, warning = load_settings()
    assert settings.key_bindings == bindings
    assert (warning is None) == (why is None)
    assert why is None or why in warning


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can write into a read-only folder")
def test_a_failed_save_says_why_and_leaves_the_old_file(data_dir):
    assert save_settings(Settings(speedrun_mode=True)) is None
    data_dir.chmod(0o500)
    try:
        message = save_settings(CUSTOM)
    finally:
        data_dir.chmod(0o700)
    assert message is not None and str(settings_file()) in message
    assert load_settings() == (Settings(speedrun_mode=True), None)


def test_a_save_that_cannot_write_returns_a_message_instead_of_crashing(data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("a file where the folder should be", encoding="utf-8")
    message = save_settings(CUSTOM)
    assert message is not None and str(settings_file()) in message
    assert data_dir.read_text(encoding="utf-8") == "a file where the folder should be"


def test_a_save_over_a_folder_leaves_no_temporary_file_behind():
    settings_file().mkdir(parents=True)
    assert save_settings(CUSTOM) is not None
    assert [p.name for p in settings_file().parent.iterdir()] == ["settings.json"]


# -- what the settings mean ------------------------------------------------------------------

def test_text_speed_is_characters_per_tick_and_instant_is_none():
    speeds = [chars_per_tick(Settings(text_speed=s)) for s in ("slow", "normal", "fast", "instant")]
    assert speeds == [0.75, 1.5, 3.0, None]


@pytest.mark.parametrize(("scale", "desktop", "size"), [
    ("1x", (1920, 1080), (640, 360)), ("2x", (1920, 1080), (1280, 720)),
    ("3x", (1920, 1080), (1280, 720)),  # 1920x1080 would leave no room for a title bar
    ("fit", (1920, 1080), (1280, 720)), ("fit", (2560, 1440), (1920, 1080)),
    ("fit", (3840, 2160), (3200, 1800)), ("4x", (3840, 2160), (2560, 1440)),
    ("2x", (1280, 800), (1280, 720)), ("2x", (1280, 768), (640, 360)), ("fit", (320, 200), (640, 360)),
])
def test_the_window_size_is_the_chosen_multiple_or_the_largest_that_fits(scale, desktop, size):
    assert window_size(scale, desktop) == size


@pytest.mark.parametrize(("text", "stored"), [
    ("127.0.0.1:16834", "127.0.0.1:16834"), ("16835", "127.0.0.1:16835"),
    ("livesplit-pc.local:9000", "livesplit-pc.local:9000"), ("[::1]:16834", "[::1]:16834"),
    (" localhost:16834 ", "localhost:16834"),
])
def test_addresses_a_player_would_type_are_accepted(text, stored):
    from coraline_game.speedrun import livesplit
    assert normalise_address(text) == stored
    # what the screen stores, the LiveSplit client can connect to (it would refuse to start else)
    assert livesplit.parse_address(stored) == parse_address(text)


@pytest.mark.parametrize(("text", "why"), [
    ("127.0.0.1:0", "1 to 65535"), ("127.0.0.1:99999", "1 to 65535"), ("127.0.0.1:", "port"),
    (":16834", "host"), ("300.1.1.1:16834", "0-255"), ("::1", "brackets"), ("[::1", "]"),
    ("bad_host:1", "host name"), ("", "127.0.0.1:16834"), ("localhost", "localhost:16834"),
    ("[::1]", "port"), ("127.0.0.1:0016834", "1 to 65535"),
])
def test_impossible_addresses_are_refused_with_a_reason(text, why):
    with pytest.raises(ValueError, match=None) as err:
        parse_address(text)
    assert why in str(err.value)


# -- key chords ------------------------------------------------------------------------------

def press(key: int, mod: int = 0, unicode: str = "") -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)


@pytest.mark.parametrize(("text", "key", "mods", "canonical", "label"), [
    ("ctrl+r", pygame.K_r, (True, False, False), "ctrl+r", "Ctrl+R"),
    ("CTRL + R", pygame.K_r, (True, False, False), "ctrl+r", "Ctrl+R"),
    ("F8", pygame.K_F8, (False, False, False), "f8", "F8"),
    ("shift+backspace", pygame.K_BACKSPACE, (False, True, False), "shift+backspace", "Shift+Backspace"),
    ("alt+shift+enter", pygame.K_RETURN, (False, True, True), "shift+alt+return", "Shift+Alt+Enter"),
    ("ctrl++", pygame.K_PLUS, (True, False, False), "ctrl++", "Ctrl+Plus"),
])
def test_chords_read_write_and_show(text, key, mods, canonical, label):
    chord = KeyChord.parse(text)
    assert (chord.key, (chord.ctrl, chord.shift, chord.alt)) == (key, mods)
    assert chord.text == canonical and chord.label == label
    assert KeyChord.parse(chord.text) == chord


def test_every_key_round_trips_through_the_settings_text():
    keys = [getattr(pygame, n) for n in dir(pygame) if n.startswith("K_") and n != "K_UNKNOWN"]
    chords = [KeyChord(k, ctrl=True, alt=True) for k in keys if KeyChord.from_event(press(k)) is not None]
    assert len(chords) > 100
    assert [KeyChord.parse(c.text) for c in chords] == chords


@pytest.mark.parametrize(("text", "why"), [
    ("nonsense", "no key called 'nonsense'"), ("ctrl", "only modifiers"), ("ctrl+", "no key after"),
    ("ctrl+left shift", "modifier"), ("", "empty"),
])
def test_nonsense_chords_are_refused_with_a_reason(text, why):
    with pytest.raises(ValueError) as err:
        KeyChord.parse(text)
    assert why in str(err.value)


def test_either_ctrl_matches_but_extra_modifiers_do_not():
    chord = KeyChord.parse("ctrl+r")
    assert chord.matches(press(pygame.K_r, pygame.KMOD_LCTRL))
    assert chord.matches(press(pygame.K_r, pygame.KMOD_RCTRL))
    assert chord.matches(press(pygame.K_r, pygame.KMOD_LCTRL | pygame.KMOD_CAPS | pygame.KMOD_NUM))
    assert not chord.matches(press(pygame.K_r))
    assert not chord.matches(press(pygame.K_r, pygame.KMOD_LCTRL | pygame.KMOD_RSHIFT))
    assert not chord.matches(press(pygame.K_r, pygame.KMOD_LCTRL | pygame.KMOD_LGUI))
    assert not chord.matches(press(pygame.K_t, pygame.KMOD_LCTRL))
    assert not chord.matches(pygame.event.Event(pygame.KEYUP, key=pygame.K_r, mod=pygame.KMOD_LCTRL))
    assert KeyChord.parse("f8").matches(press(pygame.K_F8))


def test_a_chord_is_read_from_a_key_press_but_not_from_a_modifier_alone():
    assert KeyChord.from_event(press(pygame.K_LCTRL, pygame.KMOD_LCTRL)) is None
    assert KeyChord.from_event(press(pygame.K_RSHIFT, pygame.KMOD_RSHIFT)) is None
    assert KeyChord.from_event(press(pygame.K_r, pygame.KMOD_RCTRL)) == KeyChord.parse("ctrl+r")
    assert KeyChord.from_event(press(pygame.K_F8)) == KeyChord(pygame.K_F8)


# -- the settings screen ---------------------------------------------------------------------


@pytest.fixture
def screen():
    services = FakeServices()
    return services, SettingsScene(services)


def keys(scene: SettingsScene, *pressed: int | str, mod: int = 0) -> None:
    for k in pressed:
        if isinstance(k, str):
            scene.handle(press(0, unicode=k))
        else:
            scene.handle(press(k, mod))


def mouse(scene: SettingsScene, pos: tuple[int, int], button: int = 0) -> None:
    scene.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    if button:
        scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))


def value_of(scene: SettingsScene, name: str) -> str:
    """The value a row shows, on the page open first ("restore" is on every page)."""
    for page in (scene.pages[scene.page], *scene.pages):
        for row in page.rows:
            if row.name == name and not isinstance(row, BindingRow):
                return row.value()
    raise AssertionError(f"no row {name}")


def selected(scene: SettingsScene) -> str:
    return "tabs" if scene.index < 0 else scene.rows[scene.index].name


def open_page(scene: SettingsScene, title: str) -> None:
    """With the keys a gamepad sends: up to the tabs, then Right to the page."""
    while scene.index >= 0:
        keys(scene, pygame.K_UP)
    for _ in PAGES:
        if PAGES[scene.page] == title:
            return
        keys(scene, pygame.K_RIGHT)
    raise AssertionError(f"no page {title}")


def go_to(scene: SettingsScene, name: str, page: str | None = None) -> None:
    page = page or next(p.title for p in scene.pages if any(r.name == name for r in p.rows))
    open_page(scene, page)
    for _ in range(len(scene.rows) + 1):
        keys(scene, pygame.K_DOWN)
        if selected(scene) == name:
            return
    raise AssertionError(f"no row {name} on {page}")


def test_it_opens_on_the_page_tabs_and_left_right_turn_the_pages_round(screen):
    _, scene = screen
    assert selected(scene) == "tabs" and PAGES[scene.page] == "Sound"
    seen = []
    for _ in PAGES:
        keys(scene, pygame.K_RIGHT)
        seen.append(PAGES[scene.page])
    assert seen == [*PAGES[1:], PAGES[0]]
    keys(scene, pygame.K_LEFT)
    assert PAGES[scene.page] == "Gamepad" and selected(scene) == "tabs"


def test_page_down_from_a_row_turns_the_page_and_lands_on_its_first_row(screen):
    _, scene = screen
    keys(scene, pygame.K_DOWN, pygame.K_PAGEDOWN)
    assert PAGES[scene.page] == "Display" and selected(scene) == "fullscreen"
    keys(scene, pygame.K_PAGEUP, pygame.K_PAGEUP)
    assert PAGES[scene.page] == "Gamepad" and selected(scene) == "pad:advance"


def test_up_from_the_first_row_goes_back_to_the_tabs_and_round_to_the_last(screen):
    _, scene = screen
    keys(scene, pygame.K_DOWN, pygame.K_UP)
    assert selected(scene) == "tabs"
    keys(scene, pygame.K_UP)
    assert selected(scene) == "back"
    keys(scene, pygame.K_DOWN)
    assert selected(scene) == "tabs"


def test_every_setting_is_on_exactly_one_page():
    listed = [name for page in PAGES for name in PAGE_FIELDS[page]]
    assert sorted(listed) == sorted(f.name for f in fields(Settings))


def test_the_keys_a_gamepad_sends_reach_every_row_of_every_page(screen):
    _, scene = screen
    for page in scene.pages:
        open_page(scene, page.title)
        reached = set()
        for _ in [row for row in page.rows if row.selectable]:
            keys(scene, pygame.K_DOWN)
            reached.add(selected(scene))
        assert reached == {row.name for row in page.rows if row.selectable}, page.title


def test_left_and_right_change_a_volume_in_tens_within_0_to_100(screen):
    services, scene = screen
    go_to(scene, "music_volume")
    keys(scene, pygame.K_LEFT)
    assert services.settings.music_volume == 70 and value_of(scene, "music_volume") == "70%"
    keys(scene, *[pygame.K_RIGHT] * 5)
    assert services.settings.music_volume == 100
    keys(scene, *[pygame.K_LEFT] * 12)
    assert services.settings.music_volume == 0
    assert services.settings.master_volume == 100 and services.settings.effects_volume == 100


def test_a_volume_off_the_tens_in_the_file_steps_to_the_nearest_ten_each_way():
    services = FakeServices(Settings(effects_volume=55))
    scene = SettingsScene(services)
    go_to(scene, "effects_volume")
    keys(scene, pygame.K_LEFT)
    assert services.settings.effects_volume == 50
    services.settings = Settings(effects_volume=55)
    keys(scene, pygame.K_RIGHT)
    assert services.settings.effects_volume == 60


def test_enter_raises_a_volume_and_goes_round_to_silence_after_full(screen):
    services, scene = screen
    go_to(scene, "master_volume")
    keys(scene, pygame.K_RETURN)
    assert services.settings.master_volume == 0
    keys(scene, pygame.K_RETURN)
    assert services.settings.master_volume == 10


def test_clicking_along_the_volume_bar_sets_that_much(screen):
    services, scene = screen
    go_to(scene, "music_volume")
    rect = scene.visible_rects()[scene.index]
    bar = scene.meter_rect(rect)
    mouse(scene, (bar.x + bar.width * 3 // 10, bar.centery), button=1)
    assert services.settings.music_volume == 30
    mouse(scene, (bar.x, bar.centery), button=1)
    assert services.settings.music_volume == 0
    mouse(scene, (rect.x + 20, rect.centery), button=3)  # a right click on the name: one step down
    assert services.settings.music_volume == 0


def test_full_screen_and_window_size(screen):
    services, scene = screen
    go_to(scene, "fullscreen")
    keys(scene, pygame.K_RETURN)
    assert services.settings.fullscreen and value_of(scene, "fullscreen") == "On"
    keys(scene, pygame.K_DOWN)
    assert value_of(scene, "window_scale") == "Fit the screen"
    keys(scene, pygame.K_RIGHT)
    assert services.settings.window_scale == "1x" and value_of(scene, "window_scale") == "1x  (640 x 360)"
    keys(scene, pygame.K_RIGHT)
    assert value_of(scene, "window_scale") == "2x  (1280 x 720)"
    keys(scene, pygame.K_LEFT, pygame.K_LEFT)
    assert services.settings.window_scale == "fit"


def test_text_speed_size_and_timer_cycle_through_their_choices_by_name(screen):
    services, scene = screen
    go_to(scene, "text_speed")
    names = []
    for _ in range(4):
        keys(scene, pygame.K_RIGHT)
        names.append(value_of(scene, "text_speed"))
    assert names == ["Fast", "Instant", "Slow", "Normal"]
    keys(scene, pygame.K_DOWN, pygame.K_RETURN)
    assert services.settings.text_size == "large" and value_of(scene, "text_size") == "Large"
    go_to(scene, "timer_display")
    assert value_of(scene, "timer_display") == "Time and splits"
    keys(scene, pygame.K_RIGHT)
    assert services.settings.timer_display == "off" and value_of(scene, "timer_display") == "Off"
    keys(scene, pygame.K_RIGHT)
    assert value_of(scene, "timer_display") == "In-game time"


def test_the_text_page_shows_a_line_typing_out_at_the_chosen_speed(screen):
    services, scene = screen
    open_page(scene, "Text")

    def ink_after(ticks: int) -> int:
        for _ in range(ticks):
            scene.update()
        surface = pygame.Surface((640, 360))
        scene.draw(surface)
        area = surface.subsurface(ROWS_RECT.x, ROWS_RECT.y + 4 * 24 + 30, ROWS_RECT.width, 60)
        return sum(1 for x in range(area.get_width()) for y in range(area.get_height())
                   if area.get_at((x, y))[:3] == (236, 228, 214))

    scene.preview_from = scene.frame
    early, later = ink_after(2), ink_after(20)
    assert 0 < early < later  # the words appear over time
    services.apply_settings(replace(services.settings, text_speed="instant"))
    scene.preview_from = scene.frame
    assert ink_after(1) >= later  # instant: the whole line at once


def test_enter_turns_speedrun_mode_on_and_off(screen):
    services, scene = screen
    go_to(scene, "speedrun_mode")
    keys(scene, pygame.K_RETURN)
    assert services.settings.speedrun_mode and value_of(scene, "speedrun_mode") == "On"
    keys(scene, pygame.K_SPACE)
    assert [s.speedrun_mode for s in services.applied] == [True, False]


def test_clicking_a_tab_then_a_row_changes_that_row(screen):
    services, scene = screen
    mouse(scene, scene.tab_rects()[PAGES.index("Speedrun")].center, button=1)
    assert PAGES[scene.page] == "Speedrun"
    mouse(scene, scene.visible_rects()[0].center, button=1)
    assert services.settings.speedrun_mode


def test_the_category_cycles_both_ways_by_name(screen):
    services, scene = screen
    go_to(scene, "speedrun_category")
    assert value_of(scene, "speedrun_category") == "Any%"
    keys(scene, pygame.K_RIGHT)
    assert services.settings.speedrun_category == "eye-hunt"
    assert value_of(scene, "speedrun_category") == "Eye hunt"
    keys(scene, pygame.K_LEFT, pygame.K_LEFT)
    assert services.settings.speedrun_category == "eye-hunt-shuffled"


def test_the_status_line_is_asked_afresh_every_frame(screen):
    services, scene = screen
    open_page(scene, "Speedrun")
    surface = pygame.Surface((640, 360))
    scene.draw(surface)
    services.status = "connected to 127.0.0.1:16834"
    scene.draw(surface)
    assert services.status_reads >= 2
    assert value_of(scene, "livesplit_status") == "connected to 127.0.0.1:16834"


def test_an_address_with_an_impossible_port_is_refused_and_the_old_one_kept(screen):
    services, scene = screen
    go_to(scene, "livesplit_address")
    keys(scene, pygame.K_RETURN)
    keys(scene, *[pygame.K_BACKSPACE] * 5, "9", "9", "9", "9", "9", pygame.K_RETURN)
    assert services.settings.livesplit_address == "127.0.0.1:16834" and services.applied == []
    assert scene.message is not None and "65535" in scene.message.text
    assert value_of(scene, "livesplit_address").startswith("127.0.0.1:99999")  # still editing
    keys(scene, pygame.K_ESCAPE)
    assert value_of(scene, "livesplit_address") == "127.0.0.1:16834" and scene.message is None
    assert services.closed == 0  # Esc cancelled the edit, it did not leave the screen


def test_a_good_address_is_stored_and_odd_typing_ignored(screen):
    services, scene = screen
    go_to(scene, "livesplit_address")
    keys(scene, pygame.K_RETURN)
    keys(scene, pygame.K_BACKSPACE, mod=pygame.KMOD_LCTRL)
    keys(scene, *"10.0.0.7:16835", "/", " ", "é", pygame.K_RETURN)
    assert services.settings.livesplit_address == "10.0.0.7:16835"


def test_the_status_note_cannot_be_selected(screen):
    _, scene = screen
    go_to(scene, "livesplit_address")
    keys(scene, pygame.K_DOWN)
    assert selected(scene) == "restore"


def test_restore_defaults_asks_once_then_restores_only_its_page(screen):
    services, scene = screen
    services.settings = replace(CUSTOM, livesplit_address="10.0.0.9:1")
    go_to(scene, "restore", "Speedrun")
    keys(scene, pygame.K_RETURN)
    assert services.applied == [] and value_of(scene, "restore") == "Sure? Enter again"
    keys(scene, pygame.K_RETURN)
    expected = replace(CUSTOM, speedrun_mode=False, timer_display="splits", speedrun_category="any",
                       livesplit=False, livesplit_address=Settings().livesplit_address)
    assert services.settings == expected  # the sound, text and keys are the player's still
    keys(scene, pygame.K_RETURN)
    assert scene.message is not None and "defaults already" in scene.message.text
    assert len(services.applied) == 1


def test_anything_else_after_the_first_enter_keeps_the_settings(screen):
    services, scene = screen
    services.settings = CUSTOM
    go_to(scene, "restore", "Sound")
    keys(scene, pygame.K_RETURN, pygame.K_ESCAPE)  # Esc (a pad's B) takes the question back
    assert services.closed == 0 and value_of(scene, "restore") == ""
    keys(scene, pygame.K_RETURN, pygame.K_UP, pygame.K_DOWN, pygame.K_RETURN)
    assert services.applied == [] and scene.confirm == "Sound"
    keys(scene, pygame.K_RETURN)
    assert (services.settings.master_volume, services.settings.music_volume) == (100, 80)


def test_esc_and_back_leave_the_screen(screen):
    services, scene = screen
    go_to(scene, "back", "Keys")
    keys(scene, pygame.K_RETURN)
    assert services.closed == 1
    keys(scene, pygame.K_ESCAPE)
    assert services.closed == 2 and services.applied == []


def test_a_long_page_scrolls_so_the_chosen_row_is_always_in_view(screen):
    _, scene = screen
    open_page(scene, "Keys")
    assert scene.content_height() > ROWS_RECT.height  # it does need to scroll
    for _ in range(len(scene.rows) + 1):
        keys(scene, pygame.K_DOWN)
        if scene.index >= 0:
            assert ROWS_RECT.contains(scene.visible_rects()[scene.index]), selected(scene)
    assert scene.scroll > 0 or selected(scene) == "tabs"
    keys(scene, pygame.K_UP)
    assert selected(scene) == "back" and scene.scroll > 0
    scene.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=10, flipped=False, precise_x=0.0,
                                    precise_y=10.0))
    assert scene.scroll == 0
    assert scene.row_at(scene.visible_rects()[-1].center) is None  # out of view: not clickable


def test_every_page_draws_its_rows_inside_the_panel(screen):
    services, scene = screen
    surface = pygame.Surface((640, 360))
    for page in scene.pages:
        open_page(scene, page.title)
        keys(scene, pygame.K_DOWN)
        scene.draw(surface)
        visible = [r for r in scene.visible_rects() if ROWS_RECT.colliderect(r)]
        assert all(ROWS_RECT.contains(r) for r in visible[:-1]), page.title


# -- text size -------------------------------------------------------------------------------

SAY = re.compile(r'^\s*say\s+\w+\s+"((?:[^"\\]|\\.)*)"', re.MULTILINE)
MAPS = Path(__file__).resolve().parents[1] / "maps"
LONG = ("Coraline counted the doors again, all fourteen of them, and the last one, the big carved "
        "brown wooden door in the far corner of the drawing room, was still locked; behind it, her "
        "mother said, there was only a brick wall where the house had been cut into flats, and "
        "yet the draught that came under it smelt of something cold and old and not quite awake.")


def said_lines() -> list[str]:
    lines = [m.group(1).replace('\\"', '"') for path in MAPS.rglob("*.script")
             for m in SAY.finditer(path.read_text(encoding="utf-8"))]
    assert len(lines) > 500
    return sorted(lines, key=len)[-40:] + [LONG]


@pytest.fixture(scope="module")
def text_cache() -> TextCache:
    return TextCache(Assets())


@pytest.mark.parametrize("portrait", [True, False])
def test_the_longest_lines_fit_the_speech_box_in_large_text(text_cache, portrait):
    assert len(LONG) >= 300
    for words in said_lines():
        layout = speech_layout(text_cache, words, portrait, large=True)
        assert layout.style.size == 22, words  # large, not fallen back to normal
        assert layout.rect.bottom <= VIEW_HEIGHT - 8
        assert " ".join(layout.lines) == words  # every word is there
        last = layout.line_y(len(layout.lines) - 1) + text_cache.line_height(22)
        assert last <= layout.rect.bottom - 2, words
        room = layout.rect.right - layout.x - 8
        assert all(text_cache.size(line, 22)[0] <= room for line in layout.lines), words


def test_large_text_has_bigger_letters_and_a_taller_box_than_normal(text_cache):
    normal = speech_layout(text_cache, LONG, True, large=False)
    large = speech_layout(text_cache, LONG, True, large=True)
    assert large.style.size > normal.style.size
    assert len(large.lines) > len(normal.lines) and large.rect.height > normal.rect.height
    assert normal.rect.height >= SPEECH_RECT.height
    short = speech_layout(text_cache, "Hello.", True, large=True)
    assert short.rect == SPEECH_RECT  # a short line keeps the usual box


def test_a_line_too_long_even_for_a_tall_box_falls_back_to_normal_text(text_cache):
    layout = speech_layout(text_cache, LONG * 3, True, large=True)
    assert layout.style.size == 16


def test_long_answers_wrap_on_screen_in_large_text(text_cache):
    texts = ["Mission report: one door that goes nowhere. It's shut for good.", "Never mind."]
    rows = choice_layout(texts, text_cache, large=True)
    assert len(rows[0].lines) == 2 and len(rows[1].lines) == 1
    assert all(0 <= r.rect.left and r.rect.right <= 640 and r.rect.bottom <= VIEW_HEIGHT for r in rows)
    assert rows[0].rect.bottom <= rows[1].rect.top
    normal = choice_layout(texts, text_cache)
    assert [len(r.lines) for r in normal] == [1, 1] and normal[0].rect.height == 18


def test_the_hud_draws_speech_and_labels_larger_when_asked(text_cache):
    from coraline_game.content.model import Character
    speaker = Character("coraline", "Coraline", "", (140, 170, 255))

    def inked_rows(large: bool) -> int:
        surface = pygame.Surface((640, 360))
        hud = Hud(text_cache.assets, text_cache, large=large)
        hud.speech(surface, speaker, LONG, len(LONG), None)
        return sum(1 for y in range(VIEW_HEIGHT) if any(surface.get_at((x, y))[:3] == (236, 228, 214)
                                                       for x in range(20, 600, 2)))

    assert inked_rows(True) > inked_rows(False) > 0
    small, big = Hud(text_cache.assets, text_cache), Hud(text_cache.assets, text_cache, large=True)
    assert big.choice_rects(["Where will you go?"])[0].height > small.choice_rects(["Where will you go?"])[0].height
