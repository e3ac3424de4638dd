"""The game's sound: the right music in the right place, effects for the world's events, steps
underfoot, volumes that follow the settings, silence (never a crash) without a sound device, and
sound files that are exactly what tools/make_audio.py makes, level, unclipped and seamless."""

from __future__ import annotations

import array
import os
import subprocess
import importlib
import sys
import wave
from dataclasses import replace
from pathlib import Path

import pytest

from coraline_game import audio as audio_mod
from coraline_game.audio import (EFFECT_VOICES, FADE_TICKS, MUSIC_VOICES, STEP_VOICE, UI_VOICE, Audio,
                                 SilentMixer, load_audio_table)
from coraline_game.content.errors import ContentError
from coraline_game.settings import Settings
from coraline_game.world.events import (ChapterStarted, FlagChanged, ItemGained, ItemLost, LineSaid,
                                        RoomEntered)
from coraline_game.world.state import ActorState, GameState

REPO = Path(__file__).resolve().parent.parent
AUDIO = REPO / "assets" / "audio"


class RecordingMixer:
    """A sound device that remembers what it was asked to do."""

    def __init__(self) -> None:
        self.playing: dict[int, str] = {}  # voice -> file name (stem)
        self.volume: dict[int, float] = {}
        self.played: list[tuple[int, str]] = []  # every play, in order
        self.paused: set[int] = set()

    def play(self, voice: int, path: str, loop: bool, volume: float) -> None:
        self.playing[voice] = Path(path).stem
        self.volume[voice] = volume
        self.played.append((voice, Path(path).stem))

    def set_volume(self, voice: int, volume: float) -> None:
        self.volume[voice] = volume

    def stop(self, voice: int) -> None:
        self.playing.pop(voice, None)
        self.volume.pop(voice, None)

    def pause(self, voice: int) -> None:
        self.paused.add(voice)

    def resume(self, voice: int) -> None:
        self.paused.discard(voice)

    def effects(self) -> list[str]:
        return [name for voice, name in self.played if voice in EFFECT_VOICES]


def state_in(room: str, *flags: str, items: tuple[str, ...] = ()) -> GameState:
    return GameState(seed=0, room=room, player=ActorState("coraline", 100.0, 200.0),
                     flags=set(flags), inventory=list(items))


@pytest.fixture
def sound(content):
    mixer = RecordingMixer()
    return Audio(content.root, Settings(), content, mixer=mixer), mixer


def settle(audio: Audio, state: GameState | None, ticks: int = FADE_TICKS + 1) -> None:
    for _ in range(ticks):
        audio.update(state, ())
        if state is not None:
            state.tick += 1


# -- what plays where -----------------------------------------------------------------------------

@pytest.mark.parametrize("room, flags, music, ambience", [
    ("bedroom", (), "rain_theme", "rain_indoor"),  # day one: rain on the windows
    ("garden", (), "rain_theme", "rain"),
    ("bedroom", ("night", "night_one"), "waltz_sweet", ""),  # the small door calling at night
    ("kitchen", ("day_two",), "rain_theme", ""),  # day two: it stopped raining
    ("other_living_room", ("night",), "waltz_sweet", ""),  # the Other World as she made it
    ("other_living_room", ("game_accepted", "eyes_1"), "waltz_thin", "void_wind"),
    ("other_living_room", ("game_accepted", "eyes_1", "eyes_2"), "waltz_sour", "void_wind"),
    ("other_living_room", ("game_accepted", "eyes_1", "eyes_2", "eyes_3"), "waltz_sour", "void_wind"),
    ("theatre", ("game_accepted",), "hunt", ""),  # the eye hunt, until the theatre's eye is found
    ("theatre", ("game_accepted", "got_eye_theatre", "eyes_1"), "waltz_thin", "void_wind"),
    ("corridor", ("eyes_3", "beldam_blinded"), "chase", "corridor"),  # the Door: the run
    ("garden", ("parents_back", "hand_attack"), "chase", ""),  # the hand at the well
    ("garden", ("parents_back", "key_in_well"), "ending", ""),  # the garden party
    ("mirror_room", ("night",), "", "void_wind"),
])
def test_the_music_and_ambience_fit_the_place_and_the_story(sound, room, flags, music, ambience):
    audio, mixer = sound
    settle(audio, state_in(room, *flags))
    assert audio.now_playing == music
    assert audio.ambience == ambience
    heard = {mixer.playing.get(v) for v in MUSIC_VOICES}
    assert (music in heard) if music else heard == {None}


def test_the_title_and_credits_screens_have_their_own_music(sound):
    audio, mixer = sound
    settle(audio, None)
    assert audio.now_playing == "waltz_sweet"
    audio.update(None, (), screen="credits")
    assert audio.now_playing == "ending"


def test_a_change_of_music_crossfades_over_a_second(sound):
    audio, mixer = sound
    state = state_in("living_room")
    settle(audio, state)
    old_voice = next(v for v in MUSIC_VOICES if mixer.playing.get(v) == "rain_theme")
    full = mixer.volume[old_voice]
    assert full > 0.5
    state.room = "other_living_room"
    audio.update(state, (RoomEntered("other_living_room", "from_corridor"),))
    new_voice = next(v for v in MUSIC_VOICES if mixer.playing.get(v) == "waltz_sweet")
    settle(audio, state, FADE_TICKS // 2)
    assert 0.2 * full < mixer.volume[old_voice] < full  # halfway: both are heard
    assert 0.2 * full < mixer.volume[new_voice] < full
    settle(audio, state, FADE_TICKS)
    assert old_voice not in mixer.playing  # the old piece is gone, the new one at full volume
    assert mixer.volume[new_voice] == pytest.approx(full)


def test_the_same_piece_keeps_playing_from_room_to_room(sound):
    audio, mixer = sound
    state = state_in("living_room")
    settle(audio, state)
    starts = len(mixer.played)
    state.room = "kitchen"
    audio.update(state, (RoomEntered("kitchen", "door"),))
    settle(audio, state)
    music_starts = [name for voice, name in mixer.played[starts:] if voice in MUSIC_VOICES]
    assert music_starts == []


# -- effects ------------------------------------------------------------------------------------

@pytest.mark.parametrize("event, heard", [
    (ItemGained("taffy"), ["pickup"]),
    (ItemGained("seeing_stone"), ["stone_shimmer"]),
    (ItemLost("snow_globe"), ["globe_crack"]),
    (ItemLost("taffy"), []),
    (LineSaid("mouse", "Squeak."), ["mouse_squeak"]),
    (LineSaid("coraline", "Hello?"), []),
    (FlagChanged("eyes_2", True), ["eye_found"]),
    (FlagChanged("eyes_2", False), []),
    (FlagChanged("small_door_unlocked", True), ["key_turn"]),
    (FlagChanged("hand_severed", True), ["door_slam"]),
    (RoomEntered("kitchen", "door"), ["door_close"]),
    (RoomEntered("garden", "back_door"), []),  # outdoors: no door to hear
    (ChapterStarted(2, "The Other Mother"), ["chapter_chime"]),
])
def test_each_world_event_has_its_sound(sound, event, heard):
    audio, mixer = sound
    audio.update(state_in("kitchen"), (event,))
    assert mixer.effects() == heard


def test_screens_play_their_sounds_by_name(sound):
    audio, mixer = sound
    audio.ui("click")
    audio.ui("hint")
    audio.ui("no_such_sound")
    assert [name for voice, name in mixer.played if voice == UI_VOICE] == ["ui_click", "hint_chime"]


def test_footsteps_follow_the_floor_and_take_turns_between_variants(sound):
    audio, mixer = sound
    state = state_in("kitchen")
    state.player.path = [(300.0, 200.0)]
    for walked in range(1, 50):
        state.player.walked = walked
        audio.update(state, ())
        state.tick += 1
    steps = [name for voice, name in mixer.played if voice == STEP_VOICE]
    assert steps == ["step_stone_1", "step_stone_2", "step_stone_3", "step_stone_1"]  # 1, 17, 33, 49
    state.player.path = []
    before = len(mixer.played)
    settle(audio, state, 40)
    assert [n for v, n in mixer.played[before:] if v == STEP_VOICE] == []  # standing still: quiet


def test_running_steps_come_faster_and_each_room_has_its_floor(sound):
    audio, mixer = sound
    state = state_in("garden")
    state.player.path = [(300.0, 200.0)]
    state.player.running = True
    for walked in range(1, 31):
        state.player.walked = walked
        audio.update(state, ())
    assert [n for v, n in mixer.played if v == STEP_VOICE] == ["step_grass_1", "step_grass_2", "step_grass_3"]


def test_every_room_but_the_cutscenes_has_a_floor(content):
    table = load_audio_table(content.root, content)
    missing = [room.id for room in content.rooms.values()
               if not room.cutscene and room.id not in table.footsteps.rooms]
    assert missing == []


# -- volumes, pause, no device -------------------------------------------------------------------

def test_volumes_follow_the_settings_at_once(content):
    mixer = RecordingMixer()
    audio = Audio(content.root, Settings(master_volume=100, music_volume=100), content, mixer=mixer)
    state = state_in("bedroom")
    settle(audio, state)
    voice = next(v for v in MUSIC_VOICES if v in mixer.playing)
    loud = mixer.volume[voice]
    audio.apply_settings(Settings(master_volume=50, music_volume=50))
    assert mixer.volume[voice] == pytest.approx(loud * 0.25)
    audio.apply_settings(Settings(master_volume=100, music_volume=100, effects_volume=0))
    assert mixer.volume[voice] == pytest.approx(loud)
    audio.update(state, (ItemGained("taffy"),))
    effect_voice = mixer.played[-1][0]
    assert mixer.played[-1][1] == "pickup" and mixer.volume[effect_voice] == 0.0


def test_the_pause_menu_holds_the_music_but_not_its_own_clicks(sound):
    audio, mixer = sound
    settle(audio, state_in("bedroom"))
    audio.pause()
    assert set(MUSIC_VOICES) <= mixer.paused and UI_VOICE not in mixer.paused
    audio.ui("click")
    assert mixer.played[-1] == (UI_VOICE, "ui_click")
    audio.resume()
    assert mixer.paused == set()


def test_without_a_sound_device_the_game_is_silent_and_says_so_once(content, monkeypatch, capsys):
    import pygame

    def no_device(*args, **kwargs):
        raise pygame.error("no audio device")
    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    audio = Audio(content.root, Settings(), content)
    assert audio.silent and isinstance(audio.mixer, SilentMixer)
    assert "silent" in (audio.notice or "")
    state = state_in("bedroom")
    state.player.path = [(300.0, 200.0)]
    for tick in range(120):
        state.player.walked = tick + 1
        audio.update(state, (ItemGained("taffy"), RoomEntered("bedroom", "start")))
    audio.ui("click")
    audio.pause()
    audio.resume()
    audio.apply_settings(Settings(master_volume=0))
    audio.stop()
    assert capsys.readouterr().err.count("No sound") == 1


def test_the_real_mixer_plays_on_the_dummy_driver(content):
    assert os.environ.get("SDL_AUDIODRIVER") == "dummy"
    import pygame
    audio = Audio(content.root, Settings(), content)
    try:
        if audio.silent:
            pytest.skip(f"no mixer here: {audio.notice}")
        state = state_in("kitchen")
        state.player.path = [(300.0, 200.0)]
        for tick in range(1, 40):
            state.player.walked = tick
            audio.update(state, (ItemGained("taffy"),) if tick == 5 else ())
        assert audio.now_playing == "rain_theme"
        assert pygame.mixer.Channel(MUSIC_VOICES[0]).get_busy() or pygame.mixer.Channel(MUSIC_VOICES[1]).get_busy()
    finally:
        audio.stop()
        pygame.mixer.quit()


# -- the table ----------------------------------------------------------------------------------

def test_every_sound_the_table_names_exists_and_every_file_is_used(content):
    table = load_audio_table(content.root, content)
    named = {Path(p) for files in table.files.values() for p in files}
    assert all(p.is_file() for p in named)
    on_disk = set(AUDIO.rglob("*.wav"))
    assert sorted(p.name for p in on_disk - named) == []  # no file the game never plays


def _table_root(tmp_path: Path, text: str) -> Path:
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "audio.toml").write_text(text, encoding="utf-8")
    for folder, names in (("music", ("waltz_sweet", "rain_theme")), ("sfx", ("pickup",))):
        (tmp_path / "assets" / "audio" / folder).mkdir(parents=True, exist_ok=True)
        for name in names:
            (tmp_path / "assets" / "audio" / folder / f"{name}.wav").write_bytes(b"")
    return tmp_path


def test_a_mistake_in_the_table_is_named_with_its_entry_and_a_fix(tmp_path, content):
    root = _table_root(tmp_path, """
[[music]]
play = "waltz_sweat"

[[music]]
when = "flag night and"
play = "rain_theme"

[[music]]
rooms = ["bedrom"]
play = "rain_theme"

[[effect]]
event = "ItemGaind"
play = "pickup"

[[effect]]
event = "ItemGained"
itme = "taffy"
play = "pickup"
""")
    with pytest.raises(ContentError) as caught:
        load_audio_table(root, content)
    text = str(caught.value)
    assert "maps/audio.toml: music rule 1: 'waltz_sweat' is not a sound in assets/audio/music/ " \
           "(did you mean 'waltz_sweet'?)" in text
    assert "music rule 2, 'when'" in text
    assert "music rule 3, 'rooms': room 'bedrom' is not defined (did you mean 'bedroom'?)" in text
    assert "effect rule 1: 'event' should be one of" in text and "(did you mean 'ItemGained'?)" in text
    assert "effect rule 2: unknown key 'itme' (did you mean 'item'?)" in text


def test_the_shipped_table_loads_clean(content):
    table = load_audio_table(content.root, content)
    assert table.screens["title"] == "waltz_sweet"
    assert len(table.files["step_wood"]) == 3


# -- the files -----------------------------------------------------------------------------------

def _read(path: Path) -> tuple[wave._wave_params, array.array]:
    with wave.open(str(path)) as w:
        params = w.getparams()
        data = array.array("h")
        data.frombytes(w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return params, data


def test_the_files_are_mono_16_bit_level_and_never_clip():
    files = sorted(AUDIO.rglob("*.wav"))
    assert len(files) >= 30
    total = 0
    for path in files:
        params, data = _read(path)
        assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050), path.name
        peak = max(max(data), -min(data))
        # levelled by loudness (docs/audio.md, "Levels"), so peaks differ; none above -1 dBFS
        assert 0.1 * 32767 < peak <= 0.892 * 32767, f"{path.name}: peak {peak / 32767:.2f} of full scale"
        size = path.stat().st_size
        assert size < 2_000_000, path.name
        total += size
    assert total < 10_000_000


# -- what a listener would notice (measured by tools/audio_report.py) -----------------------------

def _report_tool():
    return _tool("audio_report")


@pytest.fixture(scope="module")
def measured():
    """Every file measured once: name -> audio_report.Report (about a second for all of them)."""
    pytest.importorskip("numpy")
    tool = _report_tool()
    table = tool.uses()
    return {path.stem: tool.measure(path, table) for path in sorted(AUDIO.rglob("*.wav"))}


def _kind(measured, kind: str) -> dict:
    return {name: r for name, r in measured.items() if r.kind == kind}


def test_every_piece_of_music_is_as_loud_as_the_others(measured):
    music = _kind(measured, "music")
    assert len(music) >= 7
    levels = {name: round(r.lufs, 1) for name, r in music.items()}
    assert max(levels.values()) - min(levels.values()) <= 2.0, levels  # a change of music never jumps
    assert all(-20.0 <= v <= -16.0 for v in levels.values()), levels


def test_ambient_loops_sit_under_the_music(measured):
    music = min(r.lufs for r in _kind(measured, "music").values())
    ambient = _kind(measured, "ambient")
    assert len(ambient) >= 4
    loud = {name: round(r.lufs, 1) for name, r in ambient.items() if r.lufs > music - 4.0}
    assert loud == {}, f"ambience as loud as the music: {loud}"


def test_no_effect_blares_over_the_music_and_each_kind_is_even(measured):
    music = max(r.lufs for r in _kind(measured, "music").values())
    effects = _kind(measured, "effect")
    assert len(effects) >= 25
    blaring = {name: round(r.mmax, 1) for name, r in effects.items() if r.mmax > music + 5.0}
    assert blaring == {}, f"louder than the music by more than 5 dB: {blaring}"
    whisper = {name: round(r.mmax, 1) for name, r in effects.items() if r.mmax < music - 8.0}
    assert whisper == {}, f"so quiet the music would cover them: {whisper}"
    steps = [r.mmax for name, r in effects.items() if name.startswith("step_")]
    assert len(steps) == 12 and max(steps) - min(steps) <= 3.0, steps  # one floor not louder than another
    events = {name: round(r.mmax, 1) for name, r in effects.items()
              if not name.startswith(("step_", "ui_"))}
    assert max(events.values()) - min(events.values()) <= 3.0, events


def test_no_file_has_a_dc_offset_rumble_or_fizz(measured):
    dc = {name: round(r.dc, 2) for name, r in measured.items() if abs(r.dc) > 0.5}  # per cent
    assert dc == {}, f"DC offset: {dc}"
    rumble = {name: round(r.below_40, 1) for name, r in measured.items() if r.below_40 > -15.0}
    assert rumble == {}, f"power below 40 Hz (dB of the whole): {rumble}"
    fizz = {name: round(r.above_8k, 1) for name, r in measured.items() if r.above_8k > -10.0}
    assert fizz == {}, f"power above 8 kHz (dB of the whole): {fizz}"


def test_no_sound_clicks_where_a_note_starts_or_stops(measured):
    clicking = {name: [round(at / 22050, 3) for at in r.clicks[:5]]
                for name, r in measured.items() if r.clicks}
    assert clicking == {}, f"clicks (seconds in): {clicking}"
    for path in sorted(AUDIO.rglob("*.wav")):
        if measured[path.stem].seam is None:  # a one-shot starts and ends in silence
            _, data = _read(path)
            assert abs(data[0]) < 160 and abs(data[-1]) < 160, path.name


def test_the_click_finder_finds_a_cut_note_and_passes_a_damped_one():
    np = pytest.importorskip("numpy")
    tool = _report_tool()
    t = np.arange(11025) / 22050
    note = 0.5 * np.sin(2 * np.pi * 220 * t + 0.3) * np.exp(-t / 0.4)
    note[:44] *= np.linspace(0, 1, 44)
    cut = note.copy()
    cut[6000:] = 0.0  # stopped dead while ringing
    found = tool.clicks(cut, 22050)
    assert len(found) == 1 and abs(found[0] - 6000) <= 2, found
    assert tool.clicks(note * np.linspace(1, 0, len(note)), 22050) == []
    assert tool.clicks(note, 22050)[-1:] == [len(note) - 1]  # ends while still sounding


def test_the_report_runs_and_says_what_is_wrong_with_a_bad_path(tmp_path):
    pytest.importorskip("numpy")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    tool = [sys.executable, str(REPO / "tools" / "audio_report.py")]
    run = subprocess.run([*tool, "--png", str(tmp_path), str(AUDIO / "sfx" / "ui_click.wav")],
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "ui_click" in run.stdout and "LUFS" in run.stdout
    assert (tmp_path / "ui_click.png").stat().st_size > 1000
    run = subprocess.run([*tool, str(tmp_path / "nothing.wav")], env=env, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2 and "no such file" in run.stderr


def _seamless(samples, np) -> bool:
    """Whether the jump from the last sample back to the first is no bigger than the loop's own
    sharp moments (three times the 99th percentile of its sample-to-sample steps)."""
    x = np.asarray(samples, dtype=np.float64)
    steps = np.abs(np.diff(x))
    return bool(abs(x[0] - x[-1]) <= 3 * np.quantile(steps, 0.99))


def test_loops_run_from_their_end_into_their_start_without_a_click(content):
    np = pytest.importorskip("numpy")
    t = np.arange(22050) / 22050
    assert not _seamless(np.sin(2 * np.pi * 440.25 * t + 1.2) * 20000, np)  # a loop cut mid-wave
    table = load_audio_table(content.root, content)
    loops = {rule.play for rule in (*table.music, *table.ambient) if rule.play}
    loops |= {name for name in table.screens.values() if name}
    assert len(loops) >= 10
    for name in sorted(loops):
        _, data = _read(Path(table.files[name][0]))
        assert _seamless(data, np), name
        assert len(data) > 22050 * 4, f"{name} is too short to loop without being noticed"


def _make_audio():
    return _tool("make_audio")


def _tool(name: str):
    """A script from tools/ imported as a module (they are not part of the package)."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(REPO / "tools"))


def test_the_generator_makes_the_same_bytes_every_time():
    pytest.importorskip("numpy")
    make_audio = _make_audio()
    for name, folder in (("ui_click", "sfx"), ("step_grass_2", "sfx"), ("chase", "music")):
        first, second = make_audio.render(name), make_audio.render(name)
        assert first == second, name
        assert first == (AUDIO / folder / f"{name}.wav").read_bytes(), f"{name} is stale: run tools/make_audio.py"


def test_make_audio_check_finds_every_committed_file_fresh():
    pytest.importorskip("numpy")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    jobs = str(max(1, min(4, os.cpu_count() or 1)))
    run = subprocess.run([sys.executable, str(REPO / "tools" / "make_audio.py"), "--check", "--jobs", jobs],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr


def test_the_audio_module_never_needs_numpy():
    source = Path(audio_mod.__file__).read_text(encoding="utf-8")
    assert "numpy" not in source


def test_a_bad_setting_never_gets_louder_than_full(content):
    mixer = RecordingMixer()
    audio = Audio(content.root, replace(Settings(), master_volume=100, effects_volume=100), content, mixer=mixer)
    audio.update(state_in("bedroom"), (FlagChanged("small_door_open", True),))  # door_open: loudness 1.6
    assert all(0.0 <= v <= 1.0 for v in mixer.volume.values())


def test_a_broken_table_leaves_the_game_silent_not_crashed(tmp_path, content, capsys):
    root = _table_root(tmp_path, '[[music]]\nplay = "no_such_piece"\n')
    audio = Audio(root, Settings(), content)
    assert audio.silent
    audio.update(state_in("bedroom"), (ItemGained("taffy"),))
    audio.ui("click")
    err = capsys.readouterr().err
    assert "maps/audio.toml" in err and "no_such_piece" in err


def test_the_epilogue_keeps_its_piece_and_only_grows_louder_at_the_party(sound):
    audio, mixer = sound
    state = state_in("garden", "parents_back")
    settle(audio, state)
    voice = next(v for v in MUSIC_VOICES if mixer.playing.get(v) == "ending")
    before = mixer.volume[voice]
    state.flags.add("key_in_well")
    audio.update(state, (FlagChanged("key_in_well", True),))
    assert mixer.playing.get(voice) == "ending" and mixer.volume[voice] > before
