"""The chase (the corridor coming apart, the Beldam's needles behind her, the hand at the well):
fast low strings, pounding drums, stabbing chords, and the waltz broken into shrieks."""

from __future__ import annotations

from audio.dsp import Signal, bandpass, highpass, hz, lowpass, noise, rng, samples, spectral, times
from audio.instruments import music_box, pad, pluck_bass, tom
from audio.score import Bus, finish, notes

import numpy as np

BPM = 152.0
BEATS = 32
ROOTS = ("D3", "D3", "Bb2", "A2", "D3", "D3", "G2", "A2")
RUN = (0, 0, 12, 0, 1, 0, 12, 0)  # an octave leap and a semitone rub, on each eighth
STABS = (("D4", "F4", "A4"), ("D4", "F4", "A4"), ("D4", "F4", "Bb4"), ("C#4", "E4", "A4"),
         ("D4", "F4", "A4"), ("D4", "F4", "Ab4"), ("D4", "G4", "Bb4"), ("C#4", "E4", "G4"))
SHARDS = "r:2 D6:0.5 F6:0.5 Ab6:1 r:12 C#6:0.5 D6:0.5 Ab6:1 r:2 E6:0.5 G6:0.5 Bb6:1 r:9"


def build() -> Signal:
    r = rng("chase")
    bass, drums, hats, stabs, shards = (Bus(BPM, BEATS) for _ in range(5))
    for bar, root in enumerate(ROOTS):
        for k, step in enumerate(RUN):
            at = bar * 4 + k * 0.5
            bass.add(at, pluck_bass(hz(root) * 2 ** (step / 12), 0.9 if k % 2 == 0 else 0.65,
                                    length=0.35, seed=f"b{at}"))
        for at, vel in ((0.0, 1.0), (1.5, 0.7), (2.0, 0.9), (3.0, 0.8), (3.5, 0.6)):
            drums.add(bar * 4 + at, tom(hz("A1") if at else hz("D2"), vel, seed=f"d{bar}{at}"))
        for pitch in STABS[bar]:
            stab = pad(hz(pitch), 0.22, 0.8, attack=0.01, release=0.15, brightness=14, spread=10.0,
                       seed=f"s{bar}{pitch}")
            stabs.add(bar * 4 + 3.5, stab)
            stabs.add(bar * 4 + 0.0, stab * 0.7)
    for k in range(BEATS * 2):
        m = samples(0.04)
        hat = noise(m, r) * np.exp(-times(m) / (0.006 if k % 2 else 0.012))
        hat[:samples(0.0008)] *= np.linspace(0.0, 1.0, samples(0.0008))
        hats.add(k * 0.5, hat * (0.6 if k % 2 else 1.0))
    for note in notes(SHARDS):
        shards.add(note.beat, music_box(hz(note.pitches[0]), 0.6, float(r.uniform(-45, 45)), 0.9,
                                        seed=f"x{note.beat}"))
    mix = (bass.loop() + 0.45 * finish(drums.loop(), lowpass(2500.0))
           + 0.12 * spectral(hats.loop(), highpass(6000.0), circular=True)
           + 0.3 * finish(stabs.loop(), bandpass(200.0, 4000.0))
           + 0.22 * finish(shards.loop(), highpass(500.0), room=2.5, wet=0.5, seed="chase shards"))
    return finish(mix, highpass(35.0), room=1.0, wet=0.18, seed="chase", bright=3500.0)
