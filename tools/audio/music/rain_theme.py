"""The real world's theme: a soft felt piano in D minor over grey strings, slow and a little
lonely, with now and then a high note like a drop running down the window."""

from __future__ import annotations

from audio.dsp import Signal, chain, highpass, hz, lowpass, rng
from audio.instruments import felt_piano, harp, pad
from audio.score import Bus, finish, notes

BPM = 88.0
BEATS = 32  # eight bars of four

TUNE = ("A4:1.5 D5:0.5 E5:1 F5:1 | E5:1.5 D5:0.5 Bb4:2 | C5:1 A4:1 C5:1 F5:1 | E5:3 r:1 |"
        " A4:1.5 D5:0.5 E5:1 F5:1 | G5:1.5 F5:0.5 D5:2 | Bb4:1 D5:1 G5:1 F5:1 | E5:2 C#5:1 r:1")
# four notes per bar for the left hand's broken chord: low root, fifth, root, third
CHORDS = [("D3", "A3", "D4", "F4"), ("Bb2", "F3", "Bb3", "D4"), ("F3", "C4", "F4", "A4"),
          ("C3", "G3", "C4", "E4"), ("D3", "A3", "D4", "F4"), ("Bb2", "F3", "Bb3", "D4"),
          ("G2", "D3", "G3", "Bb3"), ("A2", "E3", "A3", "C#4")]
PATTERN = (0, 1, 2, 3, 2, 1, 2, 1)  # which chord note on each eighth
DROPS = ("D6", "A5", "F6", "E6", "C6", "A6")


def build() -> Signal:
    return play(TUNE, CHORDS, "rain", BPM, warm=False)


def play(tune: str, chords: list[tuple[str, str, str, str]], seed: str, bpm: float,
         warm: bool) -> Signal:
    """The tune with its broken chords, strings and drops; ``warm``: harp instead of the
    piano's left hand, brighter strings (the ending)."""
    r = rng("theme:" + seed)
    melody, left, strings, drops = (Bus(bpm, BEATS) for _ in range(4))
    for note in notes(tune):
        vel = 0.62 + 0.08 * float(r.random())
        melody.add(note.beat, felt_piano(hz(note.pitches[0]), melody.seconds(note.length) + 0.2, vel,
                                         seed=f"{seed}m{note.beat}"))
    for bar, chord in enumerate(chords):
        for k, index in enumerate(PATTERN):
            beat = bar * 4 + k * 0.5
            pitch = chord[index]
            vel = (0.45 if k == 0 else 0.3) + 0.05 * float(r.random())
            if warm:
                left.add(beat, harp(hz(pitch), vel, seed=f"{seed}h{beat}"))
            else:
                left.add(beat, felt_piano(hz(pitch), left.seconds(0.6), vel, seed=f"{seed}l{beat}"))
        upper = chord[1:]
        for pitch in upper:
            strings.add(bar * 4, pad(hz(pitch), strings.seconds(4.0), 0.5, attack=1.2, release=1.6,
                                     brightness=12 if warm else 7, seed=f"{seed}s{bar}{pitch}"))
    for k in range(6):
        beat = float(int(r.integers(0, BEATS * 2)) / 2 + 0.25)
        pitch = DROPS[k % len(DROPS)]
        drops.add(beat, harp(hz(pitch), 0.5, seed=f"{seed}d{beat}"))
    mix = (melody.loop() + 0.55 * left.loop()
           + (0.22 if warm else 0.16) * finish(strings.loop(), lowpass(2600.0 if warm else 1500.0))
           + (0.0 if warm else 0.18) * finish(drops.loop(), highpass(900.0)))
    bright = 5000.0 if warm else 3000.0
    return finish(mix, chain(highpass(40.0)), room=2.0, wet=0.3, seed="theme:" + seed, bright=bright)
