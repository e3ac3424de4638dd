"""The game's sound: music chosen by place and story, effects for the world's events, footsteps.

It listens and never drives: the play scene hands it the state and each tick's events. What
plays when is data (``maps/audio.toml``), checked at load. Without a sound device it is silent.
"""

from __future__ import annotations

import math
import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from coraline_game.content.errors import ContentError, Problem, did_you_mean
from coraline_game.content.model import Content
from coraline_game.content.script import ALWAYS, Condition, condition_names, parse_condition
from coraline_game.settings import Settings
from coraline_game.world.conditions import holds
from coraline_game.world.state import ActorState, GameState

TABLE = "maps/audio.toml"
MUSIC, SFX = "music", "sfx"  # folders under assets/audio
EXTENSIONS = (".wav", ".ogg")
FADE_TICKS = 60  # a crossfade lasts one second
RECHOOSE_TICKS = 30  # with no events, the music is looked at again this often
MAX_EFFECTS_PER_TICK = 3
# the voices (mixer channels) and what each is for
MUSIC_VOICES, AMBIENT_VOICES = (0, 1), (2, 3)
EFFECT_VOICES = (4, 5, 6, 7, 8, 9)
STEP_VOICE, UI_VOICE = 10, 11
VOICES = 12

# event class -> the fields a rule may match on
EVENT_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "RoomEntered": ("room", "spawn"), "LineSaid": ("character",), "ItemGained": ("item",),
    "ItemLost": ("item",), "FlagChanged": ("flag", "value"), "ChoiceShown": (),
    "ChapterStarted": ("number",)})
RULE_KEYS = ("play", "volume", "when", "world", "rooms")
WORLDS = ("real", "other")


# -- the table ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Rule:
    """Music or an ambient loop for the places and moments where it fits."""

    play: str  # a sound name, or "" for silence
    volume: float = 1.0
    when: Condition = ALWAYS
    world: str = ""
    rooms: tuple[str, ...] = ()
    where: str = ""  # "music rule 3", for messages

    def fits(self, state: GameState, world_of: Callable[[str], str]) -> bool:
        return ((not self.rooms or state.room in self.rooms)
                and (not self.world or world_of(state.room) == self.world)
                and holds(self.when, state))


@dataclass(frozen=True, slots=True)
class EffectRule:
    """A sound for a kind of world event, perhaps only some of them (an item, a flag …)."""

    event: str
    match: tuple[tuple[str, tuple[object, ...]], ...]  # field -> values that fit
    play: str
    volume: float = 1.0
    when: Condition = ALWAYS
    where: str = ""

    def fits(self, event: object, state: GameState) -> bool:
        return (type(event).__name__ == self.event
                and all(getattr(event, name) in values for name, values in self.match)
                and holds(self.when, state))


@dataclass(frozen=True, slots=True)
class Footsteps:
    every: int = 16
    running_every: int = 10
    volume: float = 0.4
    surfaces: Mapping[str, str] = field(default_factory=dict)  # surface -> sound
    rooms: Mapping[str, str] = field(default_factory=dict)  # room -> surface
    characters: Mapping[str, str] = field(default_factory=dict)  # character -> sound

    def sound_in(self, room: str) -> str:
        return self.surfaces.get(self.rooms.get(room, ""), "")


@dataclass(frozen=True, slots=True)
class AudioTable:
    """``maps/audio.toml``, checked, with every sound name it uses found on disk."""

    screens: Mapping[str, str]
    music: tuple[Rule, ...]
    ambient: tuple[Rule, ...]
    effects: tuple[EffectRule, ...]
    ui: Mapping[str, tuple[str, float]]
    footsteps: Footsteps
    loudness: Mapping[str, float]
    files: Mapping[str, tuple[str, ...]]  # sound name -> its file, or its variants in order


def sound_files(folder: Path) -> dict[str, tuple[str, ...]]:
    """The sounds in a folder by name: ``x.wav`` is "x"; ``x_1.wav, x_2.wav`` are variants of "x"
    (and each is also a sound of its own)."""
    found = sorted(p for p in folder.glob("*") if p.suffix in EXTENSIONS) if folder.is_dir() else []
    names: dict[str, list[str]] = {}
    for p in found:
        names.setdefault(p.stem, []).append(str(p))
        stem, _, number = p.stem.rpartition("_")
        if stem and number.isdigit():
            names.setdefault(stem + "_*", []).append(str(p))
    out = {name: tuple(paths[:1]) for name, paths in names.items() if not name.endswith("_*")}
    for name, paths in names.items():
        if name.endswith("_*") and name[:-2] not in out:
            out[name[:-2]] = tuple(sorted(paths, key=_variant_number))
    return out


def _variant_number(path: str) -> int:
    return int(Path(path).stem.rpartition("_")[2])


def load_audio_table(root: str | Path, content: Content | None = None) -> AudioTable:
    """Read and check ``maps/audio.toml`` under ``root``; ContentError lists every problem.

    With ``content``, room, item and character names are checked against it too."""
    root = Path(root)
    path = root / TABLE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError([Problem(TABLE, "the file is missing")]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ContentError([Problem(TABLE, f"not valid TOML: {err}")]) from None
    return _Reader(data, root / "assets" / "audio", content).table()


class _Reader:
    """Turns the parsed TOML into an AudioTable, collecting problems instead of stopping."""

    def __init__(self, data: dict[str, Any], audio: Path, content: Content | None) -> None:
        self.data, self.content = data, content
        self.problems: list[Problem] = []
        self.available = {MUSIC: sound_files(audio / MUSIC), SFX: sound_files(audio / SFX)}
        self.used: dict[str, tuple[str, ...]] = {}

    def table(self) -> AudioTable:
        known = ("screens", "music", "ambient", "effect", "ui", "footsteps", "loudness")
        for key in self.data:
            if key not in known:
                self.problem(f"unknown table '{key}'{did_you_mean(key, known)}", "")
        screens = {name: self.sound(value, MUSIC, f"screens, '{name}'")
                   for name, value in self._table("screens").items()}
        music = tuple(self.rule(entry, MUSIC, f"music rule {n}")
                      for n, entry in enumerate(self._list("music"), start=1))
        ambient = tuple(self.rule(entry, SFX, f"ambient rule {n}")
                        for n, entry in enumerate(self._list("ambient"), start=1))
        effects = tuple(self.effect(entry, f"effect rule {n}")
                        for n, entry in enumerate(self._list("effect"), start=1))
        ui = {name: self.ui(name, value) for name, value in self._table("ui").items()}
        steps = self.footsteps(self._table("footsteps"))
        loudness = {name: self.number(value, f"loudness, '{name}'", 0.0, 4.0)
                    for name, value in self._table("loudness").items()}
        for name in loudness:
            if name not in self.used:
                self.problem(f"'{name}' is not a sound this file plays"
                             f"{did_you_mean(name, self.used)}", "loudness")
        if self.problems:
            raise ContentError(self.problems)
        return AudioTable(MappingProxyType(screens), music, ambient, effects, MappingProxyType(ui),
                          steps, MappingProxyType(loudness), MappingProxyType(dict(self.used)))

    # -- pieces ------------------------------------------------------------------------------
    def problem(self, message: str, where: str) -> None:
        self.problems.append(Problem(TABLE, message, where))

    def _table(self, key: str) -> dict[str, Any]:
        value = self.data.get(key, {})
        if isinstance(value, dict):
            return value
        self.problem(f"'{key}' should be a table ([{key}])", "")
        return {}

    def _list(self, key: str) -> list[dict[str, Any]]:
        value = self.data.get(key, [])
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.problem(f"'{key}' should be a list of tables ([[{key}]])", "")
        return []

    def sound(self, name: object, folder: str, where: str) -> str:
        """A sound name checked against the files in ``folder``; "" (silence) is always fine."""
        if not isinstance(name, str):
            self.problem(f"should name a sound in quotes, not {name!r}", where)
            return ""
        if name == "":
            return ""
        files = self.available[folder].get(name)
        if files is None:
            self.problem(f"'{name}' is not a sound in assets/audio/{folder}/"
                         f"{did_you_mean(name, self.available[folder])}", where)
            return ""
        self.used[name] = files
        return name

    def number(self, value: object, where: str, low: float = 0.0, high: float = 1.0) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            self.problem(f"should be a number from {low:g} to {high:g}, not {value!r}", where)
            return 1.0
        return float(value)

    def condition(self, text: object, where: str) -> Condition:
        if not isinstance(text, str):
            self.problem(f"'when' should be a condition in quotes, not {text!r}", where)
            return ALWAYS
        try:
            cond = parse_condition(text, TABLE, f"{where}, 'when'")
        except ContentError as err:
            self.problems.extend(err.problems)
            return ALWAYS
        for kind, name in condition_names(cond):
            self.name(kind, name, f"{where}, 'when'")
        return cond

    def name(self, kind: str, name: object, where: str) -> None:
        """A room, item or character name, checked when the content is known."""
        if self.content is None:
            return
        known: Mapping[str, object] | None = {"room": self.content.rooms, "item": self.content.items,
                                              "character": self.content.characters}.get(kind)
        if known is not None and name not in known:
            self.problem(f"{kind} '{name}' is not defined{did_you_mean(str(name), known)}", where)

    def unknown_keys(self, entry: dict[str, Any], allowed: Iterable[str], where: str) -> None:
        allowed = tuple(allowed)
        for key in entry:
            if key not in allowed:
                self.problem(f"unknown key '{key}'{did_you_mean(key, allowed)}", where)

    def rule(self, entry: dict[str, Any], folder: str, where: str) -> Rule:
        self.unknown_keys(entry, RULE_KEYS, where)
        if "play" not in entry:
            self.problem("needs 'play': a sound name, or \"\" for silence", where)
        world = entry.get("world", "")
        if world not in ("", *WORLDS):
            self.problem(f"'world' should be \"real\" or \"other\", not {world!r}", where)
            world = ""
        rooms = entry.get("rooms", [])
        if not isinstance(rooms, list) or not all(isinstance(r, str) for r in rooms):
            self.problem(f"'rooms' should be a list of room names, not {rooms!r}", where)
            rooms = []
        for room in rooms:
            self.name("room", room, f"{where}, 'rooms'")
        return Rule(self.sound(entry.get("play", ""), folder, where),
                    self.number(entry.get("volume", 1.0), f"{where}, 'volume'"),
                    self.condition(entry["when"], where) if "when" in entry else ALWAYS,
                    str(world), tuple(rooms), where)

    def effect(self, entry: dict[str, Any], where: str) -> EffectRule:
        event = entry.get("event")
        if not isinstance(event, str) or event not in EVENT_FIELDS:
            self.problem(f"'event' should be one of {', '.join(EVENT_FIELDS)}, not {event!r}"
                         f"{did_you_mean(str(event), EVENT_FIELDS)}", where)
            return EffectRule("", (), "")
        fields = EVENT_FIELDS[event]
        self.unknown_keys(entry, ("event", "play", "volume", "when", *fields), where)
        if "play" not in entry:
            self.problem("needs 'play': a sound name, or \"\" for silence", where)
        match = []
        for name in fields:
            if name in entry:
                values = entry[name] if isinstance(entry[name], list) else [entry[name]]
                kind = {"room": "room", "item": "item", "character": "character"}.get(name, "")
                for value in values:
                    self.name(kind, value, f"{where}, '{name}'")
                match.append((name, tuple(values)))
            elif name == "value":
                match.append(("value", (True,)))  # a flag raised, unless the rule says otherwise
        return EffectRule(event, tuple(match), self.sound(entry.get("play", ""), SFX, where),
                          self.number(entry.get("volume", 1.0), f"{where}, 'volume'"),
                          self.condition(entry["when"], where) if "when" in entry else ALWAYS, where)

    def ui(self, name: str, value: object) -> tuple[str, float]:
        where = f"ui, '{name}'"
        if isinstance(value, str):
            return self.sound(value, SFX, where), 1.0
        if not isinstance(value, dict):
            self.problem("should be a sound name or { play = \"…\", volume = … }", where)
            return "", 1.0
        self.unknown_keys(value, ("play", "volume"), where)
        return (self.sound(value.get("play", ""), SFX, where),
                self.number(value.get("volume", 1.0), f"{where}, 'volume'"))

    def footsteps(self, data: dict[str, Any]) -> Footsteps:
        where = "footsteps"
        self.unknown_keys(data, ("every", "running_every", "volume", "surfaces", "rooms", "characters"),
                          where)
        every = data.get("every", 16)
        running = data.get("running_every", 10)
        for key, value in (("every", every), ("running_every", running)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                self.problem(f"'{key}' should be a whole number of ticks, 1 or more, not {value!r}", where)
        surfaces = {s: self.sound(v, SFX, f"footsteps.surfaces, '{s}'")
                    for s, v in _dict(data.get("surfaces", {})).items()}
        rooms: dict[str, str] = {}
        for room, surface in _dict(data.get("rooms", {})).items():
            self.name("room", room, "footsteps.rooms")
            if surface not in surfaces:
                self.problem(f"room '{room}' has surface {surface!r}, which [footsteps.surfaces] does "
                             f"not name{did_you_mean(str(surface), surfaces)}", "footsteps.rooms")
            rooms[room] = str(surface)
        characters = {}
        for character, sound in _dict(data.get("characters", {})).items():
            self.name("character", character, "footsteps.characters")
            characters[character] = self.sound(sound, SFX, f"footsteps.characters, '{character}'")
        good = (isinstance(every, int) and isinstance(running, int) and every >= 1 and running >= 1
                and not isinstance(every, bool) and not isinstance(running, bool))
        return Footsteps(every if good else 16, running if good else 10,
                         self.number(data.get("volume", 0.4), "footsteps, 'volume'"),
                         MappingProxyType(surfaces), MappingProxyType(rooms),
                         MappingProxyType(characters))


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


# -- choosing --------------------------------------------------------------------------------

def choose(rules: Iterable[Rule], state: GameState, world_of: Callable[[str], str]) -> Rule | None:
    """The first rule that fits the state, or None."""
    return next((rule for rule in rules if rule.fits(state, world_of)), None)


def effects_for(table: AudioTable, events: Iterable[object], state: GameState) -> list[tuple[str, float]]:
    """The (sound, volume) for each event that has one: per event, the first rule that fits."""
    out = []
    for event in events:
        rule = next((r for r in table.effects if r.fits(event, state)), None)
        if rule is not None and rule.play:
            out.append((rule.play, rule.volume))
    return out


def step_due(actor: ActorState, steps: Footsteps) -> bool:
    """Whether a foot comes down this tick (``walked`` counts the ticks of this walk)."""
    every = steps.running_every if actor.running else steps.every
    return actor.moving and actor.walked % every == 1 % every


# -- the mixer -----------------------------------------------------------------------------------

class Mixer(Protocol):
    """What Audio needs from a sound device; voices are numbered 0 .. VOICES-1."""

    def play(self, voice: int, path: str, loop: bool, volume: float) -> None: ...
    def set_volume(self, voice: int, volume: float) -> None: ...
    def stop(self, voice: int) -> None: ...
    def pause(self, voice: int) -> None: ...
    def resume(self, voice: int) -> None: ...


class SilentMixer:
    """No sound device: every call does nothing."""

    def play(self, voice: int, path: str, loop: bool, volume: float) -> None:
        pass

    def set_volume(self, voice: int, volume: float) -> None:
        pass

    def stop(self, voice: int) -> None:
        pass

    def pause(self, voice: int) -> None:
        pass

    def resume(self, voice: int) -> None:
        pass


class PygameMixer:
    """pygame.mixer with VOICES reserved channels; sounds are loaded once, when first played.
    Raises pygame.error when there is no sound device."""

    def __init__(self) -> None:
        import pygame
        self._pygame = pygame
        if not pygame.mixer.get_init():
            pygame.mixer.init()
        pygame.mixer.set_num_channels(max(VOICES, pygame.mixer.get_num_channels()))
        pygame.mixer.set_reserved(VOICES)
        self._channels = [pygame.mixer.Channel(i) for i in range(VOICES)]
        self._sounds: dict[str, Any] = {}
        self.broken: list[str] = []  # files that would not load (each reported once)

    def play(self, voice: int, path: str, loop: bool, volume: float) -> None:
        sound = self._sounds.get(path)
        if sound is None:
            try:
                sound = self._sounds[path] = self._pygame.mixer.Sound(path)
            except (self._pygame.error, OSError) as err:
                if path not in self.broken:
                    self.broken.append(path)
                    print(f"audio: could not load {path}: {err}", file=sys.stderr)
                return
        channel = self._channels[voice]
        channel.play(sound, loops=-1 if loop else 0)
        channel.set_volume(volume)

    def set_volume(self, voice: int, volume: float) -> None:
        self._channels[voice].set_volume(volume)

    def stop(self, voice: int) -> None:
        self._channels[voice].stop()

    def pause(self, voice: int) -> None:
        self._channels[voice].pause()

    def resume(self, voice: int) -> None:
        self._channels[voice].unpause()


def open_mixer() -> tuple[Mixer, str | None]:
    """The sound device, or a silent stand-in and a message saying why."""
    try:
        return PygameMixer(), None
    except Exception as err:  # pygame.error, or no mixer module at all: play on, silently
        return SilentMixer(), (f"No sound: the audio device could not be opened ({err}). "
                               "The game will be silent.")


@dataclass(slots=True)
class _Bed:
    """A looping layer (the music, or the ambience) on two voices, crossfading between pieces."""

    voices: tuple[int, int]
    names: list[str] = field(default_factory=lambda: ["", ""])  # what each voice plays
    gains: list[float] = field(default_factory=lambda: [0.0, 0.0])  # each piece's own volume
    levels: list[float] = field(default_factory=lambda: [0.0, 0.0])  # fade position, 0-1
    front: int = 0  # the voice that should be heard
    dirty: bool = False  # a gain changed: set the volumes on the next step

    @property
    def current(self) -> str:
        return self.names[self.front]

    def want(self, mixer: Mixer, name: str, path: str, gain: float) -> None:
        """Make ``name`` the piece to hear, fading over from whatever plays now."""
        if name == self.current:
            self.dirty = self.dirty or gain != self.gains[self.front]
            self.gains[self.front] = gain
            return
        back = 1 - self.front
        if self.names[back] != name:
            mixer.stop(self.voices[back])
            self.names[back], self.levels[back] = name, 0.0
            if name:
                mixer.play(self.voices[back], path, True, 0.0)
        self.gains[back] = gain
        self.front = back

    def step(self, mixer: Mixer, volume: float, force: bool = False) -> None:
        """Move the fades one tick on and set the voices' volumes (under ``volume``)."""
        force, self.dirty = force or self.dirty, False
        for i in (0, 1):
            target = 1.0 if i == self.front and self.names[i] else 0.0
            level = self.levels[i]
            step = 1 / FADE_TICKS
            moved = min(target, level + step) if level < target else max(target, level - step)
            if moved == level and not force:
                continue
            self.levels[i] = moved
            if moved == 0.0 and i != self.front and self.names[i]:
                mixer.stop(self.voices[i])
                self.names[i] = ""
            elif self.names[i]:
                mixer.set_volume(self.voices[i], _equal_power(moved) * self.gains[i] * volume)

    def stop(self, mixer: Mixer) -> None:
        for i in (0, 1):
            mixer.stop(self.voices[i])
        self.names, self.levels = ["", ""], [0.0, 0.0]


def _equal_power(level: float) -> float:
    """A fade position as a volume, so a crossfade does not dip in the middle."""
    return math.sin(level * math.pi / 2)


NO_SOUNDS = AudioTable(MappingProxyType({}), (), (), (), MappingProxyType({}), Footsteps(),
                       MappingProxyType({}), MappingProxyType({}))


class Audio:
    """The sound of the game. Call ``update`` once per tick; it is cheap when nothing changes.

    ``content`` tells rooms' worlds (for ``world = ...`` rules) and checks names. A broken
    ``maps/audio.toml`` never stops the game: its problems are printed and the game is silent
    (the test suite and ``coraline check-maps`` are where they should be caught)."""

    def __init__(self, content_root: str | Path, settings: Settings, content: Content | None = None,
                 mixer: Mixer | None = None) -> None:
        self.content = content
        self.settings = settings
        self.notice: str | None = None  # why there is no sound, if there is none
        try:
            self.table = load_audio_table(content_root, content)
        except ContentError as err:
            self.table = NO_SOUNDS
            self.notice = f"No sound: {TABLE} has problems:\n{err}"
            mixer = SilentMixer()
        if mixer is None:
            mixer, self.notice = open_mixer()
        if self.notice:
            print(self.notice, file=sys.stderr)
        self.mixer = mixer
        self.silent = isinstance(mixer, SilentMixer)
        self.music = _Bed(MUSIC_VOICES)
        self.ambient = _Bed(AMBIENT_VOICES)
        self.paused = False
        self._next_effect = 0
        self._steps_taken = 0
        self._seen: tuple[int, str, int] | None = None  # (state id, room, tick) last chosen for

    # -- volumes -----------------------------------------------------------------------------
    def _volume(self, kind: str) -> float:
        s = self.settings
        part = s.music_volume if kind == MUSIC else s.effects_volume
        return max(0.0, min(1.0, s.master_volume / 100 * part / 100))

    def _gain(self, name: str, volume: float) -> float:
        return min(1.0, volume * self.table.loudness.get(name, 1.0))

    def apply_settings(self, settings: Settings) -> None:
        """New volume settings, heard at once."""
        self.settings = settings
        self.music.step(self.mixer, self._volume(MUSIC), force=True)
        self.ambient.step(self.mixer, self._volume(SFX), force=True)

    # -- what plays ----------------------------------------------------------------------------
    @property
    def now_playing(self) -> str:
        """The music chosen now ("" for none)."""
        return self.music.current

    @property
    def ambience(self) -> str:
        return self.ambient.current

    def _world_of(self, room: str) -> str:
        found = self.content.rooms.get(room) if self.content is not None else None
        return found.world if found is not None else ""

    def _path(self, name: str, turn: int = 0) -> str:
        files = self.table.files.get(name, ())
        return files[turn % len(files)] if files else ""

    def update(self, state: GameState | None, events: Iterable[object] = (), screen: str = "") -> None:
        """One tick: the music and ambience for ``state`` (or, with None, for the screen:
        "title" unless said), the tick's effects and footsteps, and the fades moved on."""
        if self.paused:
            self.resume()
        events = tuple(events)
        if state is None:
            self._want(self.music, self.table.screens.get(screen or "title", ""), 1.0)
            self._want(self.ambient, "", 1.0)
            self._seen = None
        else:
            seen = (id(state), state.room, state.tick)
            if events or self._seen is None or seen[:2] != self._seen[:2] \
                    or state.tick - self._seen[2] >= RECHOOSE_TICKS or state.tick < self._seen[2]:
                self._seen = seen
                self._choose(state)
            for name, volume in effects_for(self.table, events, state)[:MAX_EFFECTS_PER_TICK]:
                self.effect(name, volume, state.tick)
            self._footsteps(state)
        self.music.step(self.mixer, self._volume(MUSIC))
        self.ambient.step(self.mixer, self._volume(SFX))

    def _choose(self, state: GameState) -> None:
        for bed, rules in ((self.music, self.table.music), (self.ambient, self.table.ambient)):
            rule = choose(rules, state, self._world_of)
            self._want(bed, rule.play if rule else "", rule.volume if rule else 1.0)

    def _want(self, bed: _Bed, name: str, volume: float) -> None:
        bed.want(self.mixer, name, self._path(name), self._gain(name, volume))

    def effect(self, name: str, volume: float = 1.0, turn: int = 0) -> None:
        """Play a one-shot effect (``turn`` picks among variants) on the next free effect voice."""
        path = self._path(name, turn)
        if not path:
            return
        voice = EFFECT_VOICES[self._next_effect % len(EFFECT_VOICES)]
        self._next_effect += 1
        self.mixer.play(voice, path, False, self._gain(name, volume) * self._volume(SFX))

    def ui(self, name: str) -> None:
        """A screen's sound by its name in [ui] ("click", "move", "back", "hint", "lens")."""
        sound, volume = self.table.ui.get(name, ("", 1.0))
        path = self._path(sound)
        if path:
            self.mixer.play(UI_VOICE, path, False, self._gain(sound, volume) * self._volume(SFX))

    def _footsteps(self, state: GameState) -> None:
        steps = self.table.footsteps
        player = state.player
        if step_due(player, steps):
            sound = steps.sound_in(state.room)
            if sound:
                path = self._path(sound, self._steps_taken)
                self._steps_taken += 1
                self.mixer.play(STEP_VOICE, path, False,
                                self._gain(sound, steps.volume) * self._volume(SFX))
        for actor in state.actors.values():
            sound = steps.characters.get(actor.character, "")
            if sound and step_due(actor, steps) and (actor.walked // steps.every) % 3 == 0:
                self.effect(sound, steps.volume, state.tick)

    # -- pause -------------------------------------------------------------------------------
    def pause(self) -> None:
        """Hold everything but the menu sounds (the pause menu is open)."""
        if not self.paused:
            self.paused = True
            for voice in range(VOICES):
                if voice != UI_VOICE:
                    self.mixer.pause(voice)

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            for voice in range(VOICES):
                if voice != UI_VOICE:
                    self.mixer.resume(voice)

    def stop(self) -> None:
        """Silence everything (leaving the game)."""
        self.music.stop(self.mixer)
        self.ambient.stop(self.mixer)
        for voice in (*EFFECT_VOICES, STEP_VOICE, UI_VOICE):
            self.mixer.stop(voice)
