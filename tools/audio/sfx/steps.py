"""Footsteps on four surfaces, three variants each (heel and toe, never twice the same)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from audio.dsp import (Signal, bandpass, chain, convolve, highpass, lowpass, noise, place, resonator,
                       reverb, rng, samples, spectral, times)
from audio.instruments import partials

VARIANTS = 3


def _burst(n: int, r: np.random.Generator, tau: float, gain) -> Signal:
    return spectral(noise(n, r) * np.exp(-times(n) / tau), gain)


def _heel_and_toe(length: float, toe_at: float, toe_level: float,
                  hit: Callable[[int, float], Signal]) -> Signal:
    """A step: ``hit(samples left, start time)`` at the heel, then softer at the toe."""
    n = samples(length)
    out = np.zeros(n)
    for at, level in ((0.0, 1.0), (toe_at, toe_level)):
        place(out, samples(at), hit(n - samples(at), at), level)
    return out


def wood(v: int) -> Signal:
    """Old floorboards: a hollow knock with a little give, heel then toe."""
    r = rng(f"step wood {v}")

    def knock(m: int, at: float) -> Signal:
        hit = 0.8 * _burst(m, r, 0.012, lowpass(1100.0))
        hit += partials(185.0 + 15 * v, m, (1.0, 1.7, 2.45, 4.1), (0.6, 0.45, 0.3, 0.12),
                        (0.045, 0.03, 0.02, 0.012), seed=f"w{v}{at}")
        return hit + 0.35 * _burst(m, r, 0.0015, highpass(2500.0))

    out = _heel_and_toe(0.32, 0.045 + 0.01 * v, 0.55, knock)
    if v == 2:  # this board creaks
        m = samples(0.12)
        grain = (r.random(m) < 0.08) * noise(m, r)
        grain = convolve(grain, np.hanning(samples(0.0015)))[:m]  # stick-slips, not spikes
        place(out, samples(0.08), spectral(grain, bandpass(600.0, 1600.0)) * np.hanning(m), 0.7)
    return reverb(out, 0.5, 0.12, "step room")


def carpet(v: int) -> Signal:
    """A soft, dull pad of a step, and the brush of fabric."""
    r = rng(f"step carpet {v}")

    def pad(m: int, at: float) -> Signal:
        thud = _burst(m, r, 0.025, chain(lowpass(380.0 + 25 * v, 3.0), highpass(90.0, 2.0)))
        thud[:samples(0.006)] *= np.linspace(0, 1, samples(0.006))
        return thud

    out = _heel_and_toe(0.28, 0.05 + 0.008 * v, 0.5, pad)
    m = samples(0.12)
    scuff = noise(m, r) * np.sin(np.pi * np.arange(m) / m) ** 2
    place(out, samples(0.02), spectral(scuff, bandpass(1200.0, 4000.0)), 0.07)
    return out


def grass(v: int) -> Signal:
    """Wet grass over mud: a squelch that sucks at the boot, and a rustle of blades."""
    r = rng(f"step grass {v}")
    n = samples(0.36)
    t = times(n)
    press = noise(n, r) * np.exp(-t / 0.05) * (1 - np.exp(-t / 0.004))
    out = spectral(press, bandpass(200.0, 1800.0)) * 0.8
    m = samples(0.16)
    suck = resonator(noise(m, r) * np.hanning(m), np.linspace(950.0 + 60 * v, 320.0, m), 6.0)
    place(out, samples(0.09), suck, 0.9)
    m = samples(0.2)
    blades = (r.random(m) < 0.05) * noise(m, r) * np.exp(-times(m) / 0.06)
    blades = convolve(blades, np.hanning(samples(0.0015)))[:m]  # each blade a 1.5 ms grain
    place(out, 0, spectral(blades, bandpass(2500.0, 7000.0)), 0.35)
    return out


def stone(v: int) -> Signal:
    """Flagstones or tiles: a hard heel click with a short ring and a little grit."""
    r = rng(f"step stone {v}")

    def strike(m: int, at: float) -> Signal:
        click = 0.3 * _burst(m, r, 0.004, bandpass(1200.0, 6500.0))
        ring = partials(1850.0 + 90 * v, m, (1.0, 1.47, 2.11), (0.22, 0.14, 0.07), (0.012, 0.009, 0.006),
                        seed=f"s{v}{at}")
        thump = _burst(m, r, 0.022, chain(lowpass(700.0), highpass(120.0))) * 1.1
        return click + ring + thump

    out = _heel_and_toe(0.3, 0.05 + 0.01 * v, 0.45, strike)
    m = samples(0.08)
    grit = (r.random(m) < 0.12) * noise(m, r) * np.exp(-times(m) / 0.03)
    grit = convolve(grit, np.hanning(samples(0.001)))[:m]
    place(out, samples(0.01), spectral(grit, bandpass(3000.0, 7500.0)), 0.3)
    return reverb(out, 0.5, 0.16, "stone room", bright=4500.0)


SURFACES: dict[str, Callable[[int], Signal]] = {"wood": wood, "carpet": carpet, "grass": grass,
                                                "stone": stone}
SOUNDS = {f"step_{name}_{v + 1}": (lambda make=make, v=v: make(v))
          for name, make in SURFACES.items() for v in range(VARIANTS)}
