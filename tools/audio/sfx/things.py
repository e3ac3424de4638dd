"""Small things: picking an item up, needle and thread, a mouse, the hand's needle fingers, the
snow globe breaking, a rock coming down."""

from __future__ import annotations

import numpy as np

from audio.dsp import (Signal, bandpass, damp, highpass, hz, lowpass, noise, place, resonator, reverb,
                       rng, samples, spectral, times)
from audio.instruments import music_box, partials


def pickup() -> Signal:
    """A rustle into a pocket and two soft rising notes."""
    r = rng("pickup")
    out = np.zeros(samples(0.6))
    m = samples(0.14)
    rustle = noise(m, r) * np.sin(np.pi * np.arange(m) / m) ** 2
    place(out, 0, spectral(rustle, bandpass(1200.0, 6000.0)), 0.35)
    place(out, samples(0.04), damp(music_box(hz("G5"), 0.45, seed="pick1"), 0.3, 0.25))
    place(out, samples(0.14), damp(music_box(hz("D6"), 0.5, seed="pick2"), 0.2, 0.25))
    return reverb(out, 1.2, 0.3, "pickup")


def _ping(seed: str, freq: float, level: float, tau: float = 0.02) -> Signal:
    r = rng("ping " + seed)
    n = samples(max(0.06, tau * 6))
    t = times(n)
    click = spectral(noise(n, r) * np.exp(-t / 0.0015), highpass(3000.0))
    ring = partials(freq, n, (1.0, 2.3), (0.6, 0.2), (tau, tau * 0.5), seed=seed)
    return (click * 0.7 + ring) * level


def needle_thread() -> Signal:
    """A needle pricks through cloth and the thread is drawn after it, twice."""
    r = rng("needle")
    out = np.zeros(samples(1.0))
    for k, at in enumerate((0.0, 0.45)):
        place(out, samples(at), _ping(f"needle{k}", 5400.0 - 300 * k, 0.5))
        m = samples(0.34)
        sweep = np.linspace(1400.0, 4200.0, m) * (1 + 0.1 * k)
        swish = resonator(noise(m, r), sweep, 2.5) * np.sin(np.pi * np.arange(m) / m) ** 1.5
        place(out, samples(at + 0.05), swish, 0.5)
    return reverb(out, 0.5, 0.12, "needle")


def mouse_squeak() -> Signal:
    """Three quick chirps, rising and falling, with a tiny warble."""
    out = np.zeros(samples(0.4))
    for k, (at, dur, top) in enumerate(((0.0, 0.07, 1300.0), (0.1, 0.06, 1600.0), (0.18, 0.09, 1100.0))):
        n = samples(dur)
        t = times(n)
        f = 3200.0 + top * np.sin(np.pi * t / dur) + 90 * np.sin(2 * np.pi * 45 * t)
        phase = 2 * np.pi * np.cumsum(f) / 22050
        chirp = (np.sin(phase) + 0.25 * np.sin(2 * phase)) * np.sin(np.pi * t / dur) ** 2
        place(out, samples(at), chirp, 0.8 - 0.15 * k)
    return reverb(out, 0.4, 0.1, "mouse")


def hand_scuttle() -> Signal:
    """The severed hand running on needle fingertips: clicks in bursts of five, passing by."""
    r = rng("hand")
    length = 0.9
    out = np.zeros(samples(length))
    at = 0.0
    k = 0
    while at < length - 0.1:
        for finger in range(5):
            t0 = at + finger * 0.014 + float(r.uniform(0, 0.006))
            place(out, samples(t0), _ping(f"f{k}{finger}", float(r.uniform(4000, 7000)), 0.5, 0.008))
        at += 0.12 + float(r.uniform(0, 0.04))
        k += 1
    n = len(out)
    scrape = spectral(noise(n, r), bandpass(2000.0, 5000.0)) * 0.08
    out += scrape
    out *= np.sin(np.pi * np.arange(n) / n) ** 0.6
    return reverb(out, 0.6, 0.15, "hand")


def globe_crack() -> Signal:
    """The snow globe cracking: a sharp split, then glass tinkling down, then a fizz of snow."""
    r = rng("globe")
    out = np.zeros(samples(1.2))
    for at, level in ((0.0, 1.0), (0.035, 0.6)):
        m = samples(0.08)
        crack = spectral(noise(m, r) * np.exp(-times(m) / 0.008), bandpass(600.0, 9000.0))
        place(out, samples(at), crack, level)
    for k in range(11):
        at = 0.05 + float(r.random()) ** 1.6 * 0.6
        f = float(r.uniform(2400, 7200))
        n = samples(0.3)
        shard = partials(f, n, (1.0, 2.32, 4.1), (0.6, 0.3, 0.12),
                         (float(r.uniform(0.04, 0.16)), 0.04, 0.02), seed=f"shard{k}")
        place(out, samples(at), shard, 0.5 - 0.03 * k)
    m = samples(0.8)
    fizz = (r.random(m) < 0.01) * noise(m, r) * np.exp(-times(m) / 0.3)
    place(out, samples(0.2), spectral(fizz, highpass(5000.0)), 0.3)
    return reverb(out, 1.0, 0.3, "globe", bright=6000.0)


def smash() -> Signal:
    """Wybie's rock coming down on the hand: a dull thud and a crunch."""
    r = rng("smash")
    out = np.zeros(samples(0.8))
    n = samples(0.5)
    t = times(n)
    thud = np.sin(2 * np.pi * 70 * t * (1 + 0.4 * np.exp(-t / 0.02))) * np.exp(-t / 0.08)
    thud += spectral(noise(n, r) * np.exp(-t / 0.02), lowpass(700.0))
    place(out, 0, thud)
    for k in range(6):
        m = samples(0.03)
        bit = spectral(noise(m, r) * np.exp(-times(m) / 0.006), bandpass(500.0, 3500.0))
        place(out, samples(0.005 + 0.018 * k + float(r.uniform(0, 0.01))), bit, 1.6 - 0.2 * k)
    return reverb(out, 0.9, 0.15, "well")


SOUNDS = {"pickup": pickup, "needle_thread": needle_thread, "mouse_squeak": mouse_squeak,
          "hand_scuttle": hand_scuttle, "globe_crack": globe_crack, "smash": smash}
