"""The Other World's music-box waltz, in three states: sweet, thin (detuned, tines missing) and
sour (minor, sagging like a spring running down, buzzing, with a drone underneath).

One tune, so the player hears the same lullaby go wrong as the eyes are found.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from audio.dsp import (Signal, bandpass, cents, chain, highpass, hz, lowpass, midi, noise, rng, samples,
                       spectral, times)
from audio.instruments import music_box, pad
from audio.score import Bus, Note, finish, notes

BPM = 144.0
BEATS = 48  # sixteen bars of three

SWEET_TUNE = ("E5:2 G5:1 | A5:2 E5:1 | F5:1 A5:1 C6:1 | B5:2 G5:1 | E5:2 G5:1 | C6:2 A5:1 |"
              " F5:1 A5:1 D6:1 | B5:3 | C6:2 G5:1 | G#5:2 B5:1 | A5:1 C6:1 E6:1 | D6:2 C6:1 |"
              " A5:1 F5:1 A5:1 | G5:1 F5:1 D5:1 | C5:1 E5:1 G5:1 | F5:1 D5:1 B4:1")
SOUR_TUNE = ("Eb5:2 G5:1 | Ab5:2 Eb5:1 | F5:1 Ab5:1 C6:1 | B5:2 G5:1 | Eb5:2 G5:1 | C6:2 Ab5:1 |"
             " F5:1 Ab5:1 D6:1 | B5:3 | C6:2 G5:1 | G5:2 B5:1 | Ab5:1 C6:1 Eb6:1 | D6:2 C6:1 |"
             " Ab5:1 F5:1 Ab5:1 | G5:1 F5:1 D5:1 | C5:1 Eb5:1 G5:1 | F5:1 D5:1 B4:1")
# (bass, upper tines) for each bar
SWEET_CHORDS = [("C3", "E4+G4"), ("A3", "C4+E4"), ("F3", "A3+C4"), ("G3", "B3+D4"),
                ("C3", "E4+G4"), ("A3", "C4+E4"), ("D3", "F3+A3"), ("G3", "B3+F4"),
                ("C3", "E4+G4"), ("E3", "G#3+D4"), ("A3", "C4+E4"), ("F3", "A3+C4"),
                ("D3", "F3+A3"), ("G3", "B3+F4"), ("C3", "E4+G4"), ("G3", "B3+F4")]
SOUR_CHORDS = [("C3", "Eb4+G4"), ("Ab3", "C4+Eb4"), ("F3", "Ab3+C4"), ("G3", "B3+D4"),
               ("C3", "Eb4+G4"), ("Ab3", "C4+Eb4"), ("D3", "F3+Ab3"), ("G3", "B3+F4"),
               ("C3", "Eb4+Gb4"), ("G3", "B3+D4"), ("Ab3", "C4+Eb4"), ("F3", "Ab3+B3"),
               ("D3", "F3+Ab3"), ("G3", "B3+F4"), ("C3", "Eb4+G4"), ("G3", "B3+Db4")]


@dataclass(frozen=True, slots=True)
class Style:
    tune: str
    chords: list[tuple[str, str]]
    detune: float  # random cents per note, up to
    wear: float  # 0 a new box, 1 a broken one
    wow: float  # cents of slow pitch sag over the loop
    drop_every: int  # every Nth tune note is a missing tine (0: none)
    late: float  # seconds a note may come late (the mechanism catching)
    third_beat: bool  # the upper tines on beat three as well as two
    warmth: float  # the warm string pad's level
    drone: float  # the low bowed cluster's level
    room: float  # reverb length, seconds
    wet: float


STYLES = {
    "sweet": Style(SWEET_TUNE, SWEET_CHORDS, 2.0, 0.0, 0.0, 0, 0.0, True, 0.22, 0.0, 1.4, 0.22),
    "thin": Style(SWEET_TUNE, SWEET_CHORDS, 14.0, 0.3, 12.0, 7, 0.015, False, 0.08, 0.0, 2.2, 0.34),
    "sour": Style(SOUR_TUNE, SOUR_CHORDS, 38.0, 0.8, 35.0, 5, 0.05, False, 0.0, 0.25, 2.8, 0.4),
}


def build(state: str) -> Signal:
    """The waltz in one state: "sweet", "thin" or "sour"."""
    style = STYLES[state]
    r = rng("waltz:" + state)
    tune, tines, strings = Bus(BPM, BEATS), Bus(BPM, BEATS), Bus(BPM, BEATS)
    loop_len = tune.length

    def bend(beat: float, n: int, sag: float) -> Signal | None:
        """The spring's wow at this point of the loop, and a droop as the note rings."""
        if style.wow == 0 and sag == 0:
            return None
        start = tune.at(beat)
        i = np.arange(start, start + n)
        wow = style.wow * 0.5 * (np.sin(2 * np.pi * 2 * i / loop_len) - 1)
        droop = -sag * (1 - np.exp(-times(n) / 0.6))
        return np.asarray(2.0 ** ((wow + droop) / 1200.0))

    def tine(note: Note, pitch: str, vel: float) -> tuple[float, Signal]:
        detune = float(r.uniform(-style.detune, style.detune))
        sag = float(r.uniform(0, style.wow * 0.5))
        late = float(r.uniform(0, style.late))
        seed = f"{state}{note.beat}{pitch}"
        sound = music_box(hz(pitch), vel, detune, style.wear, bend(note.beat, 80000, sag), seed)
        return note.beat + late * BPM / 60.0, sound

    for k, note in enumerate(notes(style.tune)):
        if style.drop_every and k % style.drop_every == style.drop_every - 1:
            continue
        accent = 0.85 if note.beat % 3 == 0 else 0.7
        at, sound = tine(note, note.pitches[0], accent)
        tune.add(at, sound)
        if state == "sour" and k % 4 == 2:  # a tine a tritone off rings along
            at, sound = tine(note, _shift(note.pitches[0], 6), 0.25)
            tune.add(at, sound)
        if state == "sweet" and note.length >= 2:  # the box's second comb doubles long notes
            at, sound = tine(note, _third_below(note.pitches[0]), 0.3)
            tune.add(at + 0.02, sound)

    for bar, (bass, upper) in enumerate(style.chords):
        beat = bar * 3.0
        at, sound = tine(Note(beat, 1, (bass,)), bass, 0.55)
        tines.add(at, sound)
        for offset in ((1.0, 2.0) if style.third_beat else (1.0,)):
            for pitch in upper.split("+"):
                at, sound = tine(Note(beat + offset, 1, (pitch,)), pitch, 0.28)
                tines.add(at, sound)
        if style.warmth:
            for pitch in (bass, *upper.split("+")):
                strings.add(beat, pad(hz(pitch), tune.seconds(3.0), 0.4, attack=0.35, release=0.6,
                                      brightness=8, seed=f"pad{bar}{pitch}"))

    box = tune.loop() + tines.loop()
    if state != "sweet":
        box = spectral(box, highpass(180.0 if state == "thin" else 140.0, 1.0), circular=True)
    mix = box + style.warmth * finish(strings.loop(), lowpass(2500.0))
    if style.drone:
        mix = mix + style.drone * _drone(loop_len, r)
        mix = mix + _mechanism(tune, r)
    return finish(mix, room=style.room, wet=style.wet, seed="waltz:" + state)


def _shift(pitch: str, semitones: int) -> str:
    return _name(midi(pitch) + semitones)


def _third_below(pitch: str) -> str:
    """The note a diatonic third under ``pitch`` in C major."""
    return _shift(pitch, {"C": -3, "D": -3, "E": -4, "F": -3, "G": -3, "A": -4, "B": -4}[pitch[0]])


def _name(number: int) -> str:
    names = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")
    return f"{names[number % 12]}{number // 12 - 1}"


def _drone(n: int, r: np.random.Generator) -> Signal:
    """A low bowed cluster (C and D flat), breathing in and out twice a loop."""
    t = times(n)
    out = np.zeros(n)
    for pitch, level in (("C2", 1.0), ("Db2", 0.7), ("G2", 0.4)):
        f = hz(pitch)
        for d in (-6.0, 6.0):
            ff = f * cents(d)
            for k in range(1, 8):
                out += level / k * np.sin(2 * np.pi * ff * k * t + r.random() * 6.28)
    swell = 0.6 + 0.4 * np.sin(2 * np.pi * 2 * np.arange(n) / n - 1.2)
    return spectral(out * swell, chain(lowpass(500.0), highpass(40.0)), circular=True) / 8


def _mechanism(bus: Bus, r: np.random.Generator) -> Signal:
    """The box's clockwork: a dry tick each beat and, now and then, a creak of the spring."""
    n = bus.length
    out = np.zeros(n)
    for beat in range(BEATS):
        i = bus.at(beat)
        m = samples(0.03)
        click = noise(m, r) * np.exp(-times(m) / 0.003) * 0.12
        out[i:i + m] += click[:max(0, min(m, n - i))]
    for creak_at in (7.5, 22.5, 40.5):
        i = bus.at(creak_at)
        m = samples(0.5)
        grain = (r.random(m) < 0.02).astype(float) * noise(m, r)
        creak = spectral(grain, bandpass(500.0, 1800.0)) * np.sin(np.pi * np.arange(m) / m) * 0.8
        out[i:i + m] += creak[:max(0, min(m, n - i))]
    return spectral(out, bandpass(300.0, 6000.0), circular=True)
