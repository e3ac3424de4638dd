"""Doors and the key: a creaking hinge, a latch, a slam, and the small door's lock giving."""

from __future__ import annotations

import numpy as np

from audio.dsp import (Signal, SR, bandpass, bump, chain, comb, convolve, ease_in, highpass, lowpass,
                       noise, place, reverb, rng, samples, spectral, times)
from audio.instruments import partials


def _latch(seed: str, pitch: float = 1800.0, level: float = 1.0) -> Signal:
    """A metal latch snapping: a click and a short bright ring."""
    r = rng("latch " + seed)
    n = samples(0.12)
    t = times(n)
    click = spectral(noise(n, r) * np.exp(-t / 0.002), highpass(2000.0))
    ring = partials(pitch, n, (1.0, 1.63, 2.71), (0.5, 0.3, 0.15), (0.03, 0.02, 0.012), seed=seed)
    return (click + ring) * level


def _creak(seconds: float, seed: str, low: float, high: float) -> Signal:
    """A hinge's stick-slip: a train of tiny jolts whose rate wanders, through a wooden body."""
    r = rng("creak " + seed)
    n = samples(seconds)
    t = times(n)
    rate = low + (high - low) * np.sin(np.pi * t / seconds) ** 1.5 + 8 * np.sin(2 * np.pi * 3.1 * t)
    phase = np.cumsum(rate) / SR
    jolts = np.zeros(n)
    hits = np.nonzero(np.diff(np.floor(phase)) > 0)[0]
    jolts[hits] = 0.6 + 0.4 * r.random(len(hits))
    jolts = convolve(jolts, np.hanning(samples(0.0012)))[:n]  # a slip is a push, not a spike
    body = spectral(jolts, chain(bandpass(250.0, 3500.0), bump(720.0, 0.06, 10.0), bump(1350.0, 0.05, 7.0),
                                 bump(2100.0, 0.05, 4.0), bump(460.0, 0.08, 4.0)))
    body = comb(body, 1 / 190.0, 0.5)
    return body * np.sin(np.pi * t / seconds) ** 0.7


def door_open() -> Signal:
    out = np.zeros(samples(1.1))
    place(out, 0, _latch("open", 1700.0, 0.3))
    place(out, samples(0.12), _creak(0.85, "open", 35.0, 85.0), 0.9)
    r = rng("door air")
    m = samples(0.8)
    air = spectral(noise(m, r), bandpass(90.0, 350.0)) * np.sin(np.pi * np.arange(m) / m)
    place(out, samples(0.2), air, 0.4)
    return reverb(out, 0.8, 0.22, "hall")


def _thud(seconds: float, seed: str, f1: float, f2: float) -> Signal:
    r = rng("thud " + seed)
    n = samples(seconds)
    t = times(n)
    body = (np.sin(2 * np.pi * f1 * t) + 0.6 * np.sin(2 * np.pi * f2 * t)) * np.exp(-t / 0.07)
    knock = spectral(noise(n, r) * np.exp(-t / 0.015),
                     chain(bandpass(120.0, 1600.0), bump(420.0, 0.3, 2.5), bump(950.0, 0.25, 1.8)))
    return ease_in(body * 0.55 + 1.8 * knock, 0.001)


def door_close() -> Signal:
    out = np.zeros(samples(0.9))
    r = rng("close air")
    m = samples(0.18)
    place(out, 0, spectral(noise(m, r), lowpass(400.0)) * np.linspace(0, 1, m) ** 2, 0.4)
    place(out, samples(0.17), _thud(0.5, "close", 110.0, 185.0))
    place(out, samples(0.19), _latch("close", 1900.0, 0.6))
    return reverb(out, 0.8, 0.22, "hall")


def door_slam() -> Signal:
    """The small door slammed on the Beldam's hand: a big hollow bang, a crack, a rattle."""
    out = np.zeros(samples(1.4))
    place(out, 0, _thud(0.8, "slam", 62.0, 109.0), 1.2)
    r = rng("slam crack")
    m = samples(0.2)
    crack = spectral(noise(m, r) * np.exp(-times(m) / 0.02), bandpass(800.0, 7000.0))
    place(out, samples(0.004), crack, 0.7)
    for k, at in enumerate((0.09, 0.15, 0.19, 0.22)):
        place(out, samples(at), _latch(f"rattle{k}", 1500.0 + 200 * k), 0.45 / (k + 1))
    return reverb(out, 1.5, 0.35, "corridor", bright=3000.0)


def key_turn() -> Signal:
    """The button key in the small door: it slides in, two tumblers, and the bolt goes over."""
    r = rng("key")
    out = np.zeros(samples(1.0))
    m = samples(0.28)
    scrape = noise(m, r) * (0.5 + 0.5 * r.random(m)) * np.sin(np.pi * np.arange(m) / m)
    place(out, 0, spectral(scrape, bandpass(2000.0, 6500.0)), 0.35)
    place(out, samples(0.3), _latch("in", 2600.0, 0.5))
    place(out, samples(0.45), _latch("tumbler1", 2200.0, 0.6))
    place(out, samples(0.56), _latch("tumbler2", 2450.0, 0.5))
    n = samples(0.3)
    t = times(n)
    bolt = partials(650.0, n, (1.0, 1.6, 2.62), (0.7, 0.45, 0.25), (0.07, 0.05, 0.03), seed="bolt")
    bolt += spectral(noise(n, r) * np.exp(-t / 0.01), lowpass(700.0)) * 0.8
    place(out, samples(0.68), bolt)
    return reverb(out, 0.6, 0.18, "small room")


SOUNDS = {"door_open": door_open, "door_close": door_close, "door_slam": door_slam,
          "key_turn": key_turn}
