"""Menu sounds: a small wooden tick to confirm, a lighter one to move, a lower one to go back."""

from __future__ import annotations

import numpy as np

from audio.dsp import Signal, highpass, noise, rng, samples, spectral, times
from audio.instruments import partials


def _tick(seed: str, f: float, tau: float, level: float) -> Signal:
    n = samples(0.09)
    t = times(n)
    click = spectral(noise(n, rng("ui " + seed)) * np.exp(-t / 0.0012), highpass(1500.0))
    body = partials(f, n, (1.0, 1.57, 2.4), (0.7, 0.35, 0.15), (tau, tau * 0.7, tau * 0.5), seed=seed)
    return (0.5 * click + body) * level


def ui_click() -> Signal:
    return _tick("click", 1500.0, 0.014, 1.0)


def ui_move() -> Signal:
    return _tick("move", 2400.0, 0.008, 0.6)


def ui_back() -> Signal:
    return _tick("back", 950.0, 0.018, 0.9)


SOUNDS = {"ui_click": ui_click, "ui_move": ui_move, "ui_back": ui_back}
