"""How loud a sound is, as a listener hears it: an approximation of ITU-R BS.1770 loudness.

"K-weighting-like": the standard's high shelf (+4 dB above ~1.7 kHz, the head's effect) and
its ~38 Hz high-pass, taken as their analog prototypes and applied as a zero-phase gain in the
frequency domain (loudness needs only the power, so the phase does not matter); the power in
400 ms blocks every 100 ms, as LUFS. ``integrated`` gates the blocks like the standard (-70
LUFS absolute, 10 LU under the mean); ``momentary_max`` is the loudest block, the measure for
a short effect. Within a few tenths of a dB of a real meter for music; good enough to level
files against each other, which is all it is for.

Used by tools/make_audio.py (every file is levelled to a loudness target, not a peak) and
tools/audio_report.py (the table).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Signal = NDArray[np.float64]

BLOCK = 0.4  # seconds
HOP = 0.1


def k_weighting(freqs: Signal) -> Signal:
    """|gain| of the K-weighting-like curve at ``freqs`` (Hz)."""
    f = np.maximum(np.asarray(freqs, dtype=np.float64), 1e-3)
    a = 10 ** (3.999843853973347 / 40)  # the high shelf: +4 dB above ~1.68 kHz
    q = 0.7071752369554196
    s = 1j * f / 1681.974450955533
    shelf = a * (a * s * s + np.sqrt(a) / q * s + 1) / (s * s + np.sqrt(a) / q * s + a)
    s = 1j * f / 38.13547087602444  # the second-order high-pass at ~38 Hz
    high = s * s / (s * s + s / 0.5003270373238773 + 1)
    return np.asarray(np.abs(shelf * high))


def weighted(x: Signal, rate: int) -> Signal:
    """``x`` through the K-weighting-like curve."""
    n = len(x)
    size = 1 << max(1, int(np.ceil(np.log2(max(2, 2 * n)))))
    gain = k_weighting(np.fft.rfftfreq(size, 1.0 / rate))
    return np.fft.irfft(np.fft.rfft(x, size) * gain, size)[:n]


def db(power: float | Signal) -> Signal:
    """Power as decibels (a floor at -200 dB instead of minus infinity)."""
    return np.asarray(10 * np.log10(np.maximum(power, 1e-20)))


def blocks(x: Signal, rate: int) -> Signal:
    """Momentary loudness (LUFS) of each 400 ms block, every 100 ms. A sound shorter than one
    block is measured as one block with silence after it, as a meter would."""
    y = weighted(x, rate)
    b, h = int(round(BLOCK * rate)), int(round(HOP * rate))
    if len(y) < b:
        y = np.concatenate([y, np.zeros(b - len(y))])
    c = np.concatenate([[0.0], np.cumsum(y * y)])
    starts = np.arange(0, len(y) - b + 1, h)
    return np.asarray(-0.691 + db((c[starts + b] - c[starts]) / b))


def integrated(x: Signal, rate: int, momentary: Signal | None = None) -> float:
    """Gated integrated loudness, LUFS (``momentary``: the blocks, if already measured)."""
    levels = blocks(x, rate) if momentary is None else momentary
    kept = levels[levels > -70.0]
    if len(kept) == 0:
        return -70.0
    relative = -0.691 + float(db(float(np.mean(10 ** ((kept + 0.691) / 10))))) - 10.0
    kept = kept[kept > relative]
    return float(-0.691 + db(float(np.mean(10 ** ((kept + 0.691) / 10)))))


def momentary_max(x: Signal, rate: int) -> float:
    """The loudest 400 ms, LUFS."""
    return float(np.max(blocks(x, rate)))
