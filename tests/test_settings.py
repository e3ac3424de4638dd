"""The settings file survives anything a player's disk can throw at it, key chords read and match
as people expect, and the settings screen changes what it says, refusing what it must."""

from __future__ import annotations

import json
import os

import pygame
import pytest

from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.scenes.key_chord import KeyChord, chord_from_setting
from coraline_game.scenes.settings import NOTE_HEIGHT, PANEL_RECT, SettingsScene
from coraline_game.settings import (FORMAT, Settings, load_settings, normalise_address, parse_address,
                                    save_settings)
from coraline_game.user_dirs import settings_file

CUSTOM = Settings(speedrun_mode=True, speedrun_category="eye-hunt", livesplit=True,
                  livesplit_address="192.168.1.20:16835", reset_key="shift+f8", fullscreen=True)


def write(data: object) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


# -- the file --------------------------------------------------------------------------------

def test_saved_settings_come_back_the_same():
    assert save_settings(CUSTOM) is None  # the folder does not exist yet: it is made
    assert load_settings() == (CUSTOM, None)
    on_disk = json.loads(settings_file().read_text(encoding="utf-8"))
    assert on_disk["format"] == FORMAT and on_disk["version"] == 1
    assert on_disk["reset_key"] == "shift+f8"
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


def test_one_bad_field_falls_back_alone_and_is_named():
    write({"format": FORMAT, "version": 1, "speedrun_mode": "yes", "livesplit": True,
           "livesplit_address": "10.0.0.2:1234", "reset_key": "f8", "volume": 3})
    settings, warning = load_settings()
    assert settings == Settings(speedrun_mode=False, livesplit=True, livesplit_address="10.0.0.2:1234",
                                reset_key="f8")
    assert warning is not None
    assert str(settings_file()) in warning and "'speedrun_mode'" in warning and "true or false" in warning
    assert "volume" not in warning  # unknown keys (a newer game's settings) are ignored quietly
    assert settings_file().exists()  # a readable file is never moved


def test_an_impossible_address_in_the_file_falls_back_with_the_reason():
    write({"format": FORMAT, "livesplit_address": "127.0.0.1:70000", "speedrun_mode": True})
    settings, warning = load_settings()
    assert settings == Settings(speedrun_mode=True)
    assert warning is not None and "'livesplit_address'" in warning and "65535" in warning


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


def test_a_bad_reset_key_setting_falls_back_to_ctrl_r_with_a_warning():
    chord, warning = chord_from_setting("hyper+q")
    assert chord == KeyChord(pygame.K_r, ctrl=True)
    assert warning is not None and "hyper+q" in warning and "Ctrl+R" in warning
    assert chord_from_setting("f8") == (KeyChord(pygame.K_F8), None)


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

class FakeServices:
    """What App gives the scene: the current settings and a record of every change."""

    def __init__(self) -> None:
        self.settings = Settings()
        self.applied: list[Settings] = []
        self.closed = 0
        self.status = "off"
        self.status_reads = 0
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.cursors = Cursors(self.assets)

    def apply_settings(self, new: Settings) -> None:
        self.applied.append(new)
        self.settings = new

    def category_names(self) -> list[tuple[str, str]]:
        return [("any", "Any%"), ("eye-hunt", "Eye hunt"), ("eye-hunt-shuffled", "Eye hunt, shuffled")]

    def livesplit_status(self) -> str:
        self.status_reads += 1
        return self.status

    def close_overlay(self) -> None:
        self.closed += 1


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


def value_of(scene: SettingsScene, name: str) -> str:
    return next(row.value() for row in scene.rows if row.name == name)


def go_to(scene: SettingsScene, name: str) -> None:
    for _ in scene.rows:
        if scene.rows[scene.index].name == name:
            return
        keys(scene, pygame.K_DOWN)
    raise AssertionError(f"no row {name}")


def test_enter_turns_speedrun_mode_on_and_off(screen):
    services, scene = screen
    keys(scene, pygame.K_RETURN)
    assert services.settings.speedrun_mode and value_of(scene, "speedrun_mode") == "On"
    keys(scene, pygame.K_SPACE)
    assert [s.speedrun_mode for s in services.applied] == [True, False]


def test_down_then_enter_changes_the_next_row_not_the_first(screen):
    services, scene = screen
    keys(scene, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    assert services.settings == Settings(livesplit=True)


def test_clicking_a_row_toggles_it(screen):
    services, scene = screen
    pos = scene.layout()[0].center
    scene.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
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


def test_the_reset_key_is_remapped_to_f8(screen):
    services, scene = screen
    go_to(scene, "reset_key")
    assert value_of(scene, "reset_key") == "Ctrl+R"
    keys(scene, pygame.K_RETURN)
    assert value_of(scene, "reset_key") == "Press the new key…"
    keys(scene, pygame.K_LCTRL)  # a modifier alone: still waiting
    assert value_of(scene, "reset_key") == "Press the new key…"
    keys(scene, pygame.K_F8)
    assert services.settings.reset_key == "f8" and value_of(scene, "reset_key") == "F8"


def test_a_bare_s_is_refused_as_the_reset_key_but_ctrl_s_is_not(screen):
    services, scene = screen
    go_to(scene, "reset_key")
    keys(scene, pygame.K_RETURN, pygame.K_s)
    assert services.settings.reset_key == "ctrl+r" and services.applied == []
    assert scene.message is not None and scene.message.text.startswith("S ")
    keys(scene, pygame.K_RETURN)  # plain Enter is refused too
    assert services.applied == []
    keys(scene, pygame.K_s, mod=pygame.KMOD_RCTRL)
    assert services.settings.reset_key == "ctrl+s" and scene.message is None


def test_esc_cancels_a_remap_then_leaves_the_screen(screen):
    services, scene = screen
    go_to(scene, "reset_key")
    keys(scene, pygame.K_RETURN, pygame.K_ESCAPE)
    assert value_of(scene, "reset_key") == "Ctrl+R" and services.closed == 0
    keys(scene, pygame.K_ESCAPE)
    assert services.closed == 1 and services.applied == []


def test_the_status_note_cannot_be_selected(screen):
    _, scene = screen
    go_to(scene, "livesplit_address")
    keys(scene, pygame.K_DOWN)
    assert scene.rows[scene.index].name == "reset_key"


def test_rows_and_messages_stay_inside_the_panel_above_the_help(screen):
    services, scene = screen
    go_to(scene, "livesplit_address")
    keys(scene, pygame.K_RETURN, *[pygame.K_BACKSPACE] * 20, *"[::1", pygame.K_RETURN)
    assert scene.message is not None
    rects = scene.layout()
    lines = len(scene.message_lines(scene.rows[scene.index]))
    assert lines >= 1
    bottom = rects[-1].bottom
    assert PANEL_RECT.contains(rects[0].unionall(rects[1:]))
    assert bottom <= PANEL_RECT.bottom - 8 - 2 * NOTE_HEIGHT  # the help lines have their room
    assert all(a.bottom <= b.top for a, b in zip(rects, rects[1:]))
    surface = pygame.Surface((640, 360))
    scene.draw(surface)  # and it draws
