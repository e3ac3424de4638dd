"""Looping backgrounds: rain outdoors and through the walls, the corridor breathing, the wind at
the edge of the Other World. Built circularly: every loop's end runs into its start."""

from __future__ import annotations

import numpy as np

from audio.dsp import (Signal, bandpass, bump, chain, convolve, highpass, loop_lfo, lowpass, noise,
                       remove_dc, reverb, rng, samples, spectral, tilt, times)
from audio.score import smooth_length

LOOP_SECONDS = 10.0  # 5 s loops repeated so often that their pattern could be heard coming round
DRIPS = (0.4, 1.7, 2.3, 3.9, 5.1, 5.6, 7.3, 8.1, 9.2)  # the gutter's drips, seconds into the loop


def _drops(n: int, r: np.random.Generator, per_second: float, low: float, high: float,
           tau: float) -> Signal:
    """Raindrops: random impulses, each ringing as a tiny decaying tone, in four pitch bands."""
    out = np.zeros(n)
    for band in range(4):
        f = low + (high - low) * band / 3
        hits = np.zeros(n)
        count = int(per_second * n / 22050 / 4)
        where = r.integers(0, n, count)
        hits[where] += r.random(count) ** 2
        m = samples(tau * 8)
        kernel = np.sin(2 * np.pi * f * times(m)) * np.exp(-times(m) / tau)
        out += convolve(hits, kernel, circular=True)
    return out


def rain() -> Signal:
    """Steady rain outside: a broad hiss, a thousand small drops, some fat ones on leaves."""
    r = rng("rain")
    n = smooth_length(samples(LOOP_SECONDS))
    hiss = spectral(noise(n, r), chain(bandpass(300.0, 6500.0, 1.5), tilt(-2.0)), circular=True)
    small = _drops(n, r, 900.0, 1800.0, 4200.0, 0.003)
    fat = _drops(n, r, 40.0, 500.0, 1100.0, 0.01)
    swell = 1.0 + 0.12 * loop_lfo(n, 4) + 0.06 * loop_lfo(n, 9, 1.0)
    mix = (0.5 * hiss + 0.6 * small + 0.8 * fat) * swell
    return remove_dc(mix, circular=True)


def rain_indoor() -> Signal:
    """The same rain heard through a wall: dull and soft, with drips from a gutter."""
    r = rng("rain indoor")
    n = smooth_length(samples(LOOP_SECONDS))
    hiss = spectral(noise(n, r), chain(lowpass(700.0, 2.0), highpass(80.0)), circular=True)
    taps = _drops(n, r, 120.0, 1500.0, 3000.0, 0.004)
    drips = np.zeros(n)
    for k, at in enumerate(DRIPS):  # uneven, so the ear finds no beat to count
        m = samples(0.12)
        t = times(m)
        f = 1250.0 + 180.0 * (k % 3) + 400 * np.exp(-t / 0.02)
        drip = np.sin(2 * np.pi * np.cumsum(f) / 22050) * np.exp(-t / 0.03)
        i = samples(at) % n
        drips[i:i + m] += drip[:len(drips[i:i + m])]
    swell = 1.0 + 0.1 * loop_lfo(n, 3)
    mix = (hiss * 0.8 + spectral(taps, lowpass(2500.0), circular=True) * 0.3) * swell + drips * 0.12
    return remove_dc(reverb(mix, 0.7, 0.2, "indoor", circular=True), circular=True)


def corridor() -> Signal:
    """The soft corridor, breathing: slow warm in-breaths and out-breaths, a low hum."""
    r = rng("corridor")
    n = smooth_length(samples(6.0))
    t = np.arange(n) / n  # 0..1 over the loop: two breaths
    phase = (t * 2) % 1.0
    inhale = np.where(phase < 0.4, np.sin(np.pi * phase / 0.4), 0.0) ** 2
    exhale = np.where(phase >= 0.45, np.sin(np.pi * (phase - 0.45) / 0.55), 0.0) ** 2
    breath_in = spectral(noise(n, r), chain(bandpass(300.0, 2500.0), bump(900.0, 0.5, 2.0)), circular=True)
    breath_out = spectral(noise(n, r), chain(lowpass(650.0), highpass(60.0)), circular=True)
    hum = (np.sin(2 * np.pi * round(55.0 * n / 22050) * t)
           + 0.4 * np.sin(2 * np.pi * round(82.5 * n / 22050) * t))
    mix = 0.45 * breath_in * inhale + 0.8 * breath_out * exhale + 0.06 * hum * (0.7 + 0.3 * loop_lfo(n, 2))
    return remove_dc(reverb(mix, 0.9, 0.25, "corridor soft", circular=True, bright=2000.0), circular=True)


def void_wind() -> Signal:
    """The edge of the world: thin wind whistling through nothing, resonances drifting."""
    r = rng("void")
    n = smooth_length(samples(LOOP_SECONDS))
    base = noise(n, r)
    out = spectral(base, chain(lowpass(260.0, 2.0), highpass(70.0, 2.0)), circular=True) * 0.45
    for k, (f, cycles) in enumerate(((380.0, 2), (620.0, 3), (910.0, 5), (1400.0, 4))):
        whistle = spectral(base, bump(f, 0.04, 60.0), circular=True)
        whistle = spectral(whistle, bandpass(f * 0.8, f * 1.25), circular=True)
        out += 0.05 * whistle * (0.5 + 0.5 * loop_lfo(n, cycles, k * 1.7)) ** 2
    return remove_dc(out, circular=True)


LOOPS = {"rain": rain, "rain_indoor": rain_indoor, "corridor": corridor, "void_wind": void_wind}
