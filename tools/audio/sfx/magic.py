"""The uncanny ones: the seeing stone's shimmer, a ghost's eye found, the hint and chapter chimes,
and the sting when the Other Mother shows what she is."""

from __future__ import annotations

import numpy as np

from audio.dsp import (Signal, allpass, bandpass, bump, chain, comb, damp, highpass, hz, lowpass,
                       noise, place, reverb, rng, samples, spectral, times)
from audio.instruments import bell, felt_piano, glass, music_box, pad


def stone_shimmer() -> Signal:
    """Looking through the hole in the stone: glassy tones rising out of a hollow whisper."""
    r = rng("shimmer")
    out = np.zeros(samples(1.8))
    for k, note in enumerate(("A5", "E6", "A6", "C#7")):
        place(out, samples(0.08 * k), glass(hz(note) * (1 + 0.002 * k), 1.3, 0.35, 4.0 + 1.3 * k,
                                            seed=f"sh{k}"))
    m = samples(1.2)
    whisper = comb(spectral(noise(m, r), bandpass(800.0, 6000.0)), 1 / 440.0, 0.85)
    place(out, 0, allpass(whisper, 0.0037, 0.6) * np.sin(np.pi * np.arange(m) / m) ** 2, 0.04)
    return reverb(out, 2.0, 0.4, "shimmer", bright=7000.0)


def hint_chime() -> Signal:
    """A thought arriving: two small bells, friendly."""
    out = np.zeros(samples(1.4))
    place(out, 0, bell(hz("B5"), 0.5, 1.3, seed="hint1"))
    place(out, samples(0.14), bell(hz("E6"), 0.6, 1.2, seed="hint2"))
    return reverb(out, 1.3, 0.25, "hint", bright=6000.0)


def eye_found() -> Signal:
    """A ghost's eye in her hand: a breath drawn in, a crystal ping, and a chord of glass and
    far-off voices that hangs in the air."""
    r = rng("eye")
    out = np.zeros(samples(2.6))
    m = samples(0.3)
    breath = spectral(noise(m, r), chain(lowpass(2500.0), highpass(200.0))) * np.linspace(0, 1, m) ** 2
    place(out, 0, breath, 0.25)
    place(out, samples(0.28), bell(hz("B6"), 0.5, 1.6, seed="eye ping"))
    for k, note in enumerate(("E5", "G5", "B5", "F#6")):
        drift = 1 + 0.003 * np.sin(2 * np.pi * 0.7 * times(samples(2.0)) + k)
        tone = glass(hz(note), 2.0, 0.3, 3.0 + k, seed=f"eg{k}") * drift
        place(out, samples(0.28 + 0.05 * k), tone)
    for k, note in enumerate(("E4", "B4", "G4")):
        voice = pad(hz(note), 1.4, 0.3, attack=0.5, release=0.6, brightness=14, seed=f"ev{k}")
        voice = spectral(voice, chain(bump(700.0, 0.2, 6.0), bump(1150.0, 0.2, 4.0), lowpass(1600.0)))
        place(out, samples(0.33), voice, 0.25)
    return reverb(out, 2.6, 0.45, "eye", bright=6000.0)


def chapter_chime() -> Signal:
    """A chapter's title card: a music box rising through a chord."""
    out = np.zeros(samples(2.2))
    for k, note in enumerate(("C5", "E5", "G5", "C6")):
        tine = damp(music_box(hz(note), 0.5 + 0.05 * k, seed=f"ch{k}"), 1.3 - 0.13 * k, 0.6)
        place(out, samples(0.13 * k), tine)
    return reverb(out, 1.8, 0.3, "chapter")


def sting() -> Signal:
    """The Other Mother shows her true shape: low piano cluster, strings scraping, a tine
    bending downwards."""
    out = np.zeros(samples(2.2))
    for k, note in enumerate(("C2", "Db2", "G2", "Gb3")):
        place(out, 0, felt_piano(hz(note), 1.6, 0.9, seed=f"st{k}"), 0.5)
    for k, note in enumerate(("B4", "C5", "F5")):
        scrape = pad(hz(note), 1.4, 0.6, attack=0.03, release=0.6, brightness=16, spread=18.0, seed=f"sp{k}")
        place(out, samples(0.02), spectral(scrape, bandpass(400.0, 5000.0)), 0.35)
    n = samples(1.8)
    bend = 2.0 ** (-np.linspace(0.0, 700.0, n) / 1200.0)
    place(out, samples(0.05), music_box(hz("E6"), 0.6, 0.0, 0.9, bend, seed="sting tine"))
    return reverb(out, 2.2, 0.35, "sting", bright=3500.0)


SOUNDS = {"stone_shimmer": stone_shimmer, "hint_chime": hint_chime, "eye_found": eye_found,
          "chapter_chime": chapter_chime, "sting": sting}
