"""Signal building blocks for the sound scripts: envelopes, noise, zero-phase filters, reverb, WAV.

Everything is seeded and clock-free, so a script makes the same bytes every run. Loops are built
circularly (filters, reverb and tails wrap around), so their last sample flows into their first.
"""

from __future__ import annotations

import io
import wave
import zlib
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

SR = 22050  # samples per second, mono
PEAK_DB = -3.0  # every file is normalised to this peak
Signal = NDArray[np.float64]
Gain = Callable[[Signal], Signal]  # frequencies (Hz) -> linear gain


# -- time and randomness ----------------------------------------------------------------------

def samples(seconds: float) -> int:
    return int(round(seconds * SR))


def times(n: int) -> Signal:
    return np.arange(n, dtype=np.float64) / SR


def rng(name: str) -> np.random.Generator:
    """A random source seeded by a name: the same name, the same numbers, on every run."""
    return np.random.default_rng(zlib.crc32(name.encode("utf-8")))


def noise(n: int, r: np.random.Generator) -> Signal:
    """White noise in [-1, 1) (uniform: its stream is the most stable across numpy versions)."""
    return r.random(n) * 2.0 - 1.0


def hz(note: str | int) -> float:
    """A note name ('C4', 'F#5', 'Bb3') or MIDI number as a frequency in Hz (A4 = 440)."""
    return 440.0 * 2.0 ** ((midi(note) - 69) / 12.0)


def midi(note: str | int) -> int:
    if isinstance(note, int):
        return note
    steps = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
    base = steps[note[0].upper()]
    rest = note[1:]
    while rest and rest[0] in "#b":
        base += 1 if rest[0] == "#" else -1
        rest = rest[1:]
    return 12 * (int(rest) + 1) + base


def cents(value: float) -> float:
    """A frequency ratio from cents."""
    return float(2.0 ** (value / 1200.0))


# -- envelopes ----------------------------------------------------------------------------------

def adsr(n: int, attack: float, decay: float, sustain: float, release: float) -> Signal:
    """Attack, decay to ``sustain``, hold, and a release that ends at the last sample."""
    env = np.full(n, sustain, dtype=np.float64)
    a, d, r = samples(attack), samples(decay), samples(release)
    a = min(a, n)
    if a:
        env[:a] = np.linspace(0.0, 1.0, a, endpoint=False)
    d_end = min(n, a + d)
    if d_end > a:
        env[a:d_end] = np.linspace(1.0, sustain, d_end - a, endpoint=False)
    r = min(r, n)
    if r:
        env[n - r:] *= np.linspace(1.0, 0.0, r) ** 2
    return env


def decay(n: int, tau: float) -> Signal:
    """exp(-t / tau)."""
    return np.exp(-times(n) / tau)


def fade_edges(x: Signal, fade_in: float = 0.002, fade_out: float = 0.01) -> Signal:
    """Short ramps at both ends so a one-shot sound never starts or stops with a click."""
    y = x.copy()
    a, b = min(samples(fade_in), len(y)), min(samples(fade_out), len(y))
    if a:
        y[:a] *= np.linspace(0.0, 1.0, a)
    if b:
        y[len(y) - b:] *= np.linspace(1.0, 0.0, b)
    return y


def loop_lfo(n: int, cycles: int, phase: float = 0.0) -> Signal:
    """A sine in [-1, 1] that makes a whole number of cycles over ``n`` samples: it loops."""
    return np.sin(2 * np.pi * cycles * np.arange(n) / n + phase)


# -- filters (zero phase, in the frequency domain) ----------------------------------------------

def lowpass(fc: float, order: float = 2.0) -> Gain:
    return lambda f: 1.0 / np.sqrt(1.0 + (f / fc) ** (2 * order))


def highpass(fc: float, order: float = 2.0) -> Gain:
    return lambda f: 1.0 / np.sqrt(1.0 + (fc / np.maximum(f, 1e-6)) ** (2 * order))


def bandpass(low: float, high: float, order: float = 2.0) -> Gain:
    lo, hi = highpass(low, order), lowpass(high, order)
    return lambda f: lo(f) * hi(f)


def bump(fc: float, octaves: float, gain: float) -> Gain:
    """A resonance (gain > 1) or a notch (gain < 1) ``octaves`` wide around ``fc``."""
    return lambda f: 1.0 + (gain - 1.0) * np.exp(-0.5 * (np.log2(np.maximum(f, 1.0) / fc) / octaves) ** 2)


def tilt(db_per_octave: float, ref: float = 1000.0) -> Gain:
    """Pink-ish (negative) or bright (positive) spectral slope."""
    return lambda f: (np.maximum(f, 20.0) / ref) ** (db_per_octave / 6.02)


def chain(*gains: Gain) -> Gain:
    def combined(f: Signal) -> Signal:
        out = np.ones_like(f)
        for g in gains:
            out = out * g(f)
        return out
    return combined


def spectral(x: Signal, gain: Gain, circular: bool = False) -> Signal:
    """Filter by a gain curve. ``circular``: treat ``x`` as one period of a loop (no padding)."""
    n = len(x)
    size = n if circular else _fft_size(2 * n)
    f = np.fft.rfftfreq(size, 1.0 / SR).astype(np.float64)
    return np.fft.irfft(np.fft.rfft(x, size) * gain(f), size)[:n]


def _fft_size(n: int) -> int:
    size = 1
    while size < n:
        size *= 2
    return size


def convolve(x: Signal, kernel: Signal, circular: bool = False) -> Signal:
    """``x`` through an impulse response; circular keeps the length and wraps the tail."""
    if circular:
        n = len(x)
        k = np.zeros(n)
        k[:min(n, len(kernel))] = kernel[:n]
        return np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(k), n)
    size = _fft_size(len(x) + len(kernel))
    out = np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(kernel, size), size)
    return out[:len(x) + len(kernel) - 1]


# -- time-domain helpers (block-vectorised recursions) ------------------------------------------

def comb(x: Signal, delay: float, feedback: float) -> Signal:
    """Feedback comb: y[n] = x[n] + g * y[n - D]. A hollow, tube-like ring at 1/D Hz."""
    d = max(1, samples(delay))
    y = x.copy()
    for k in range(d, len(y), d):
        end = min(len(y), k + d)
        y[k:end] += feedback * y[k - d:end - d]
    return y


def allpass(x: Signal, delay: float, g: float) -> Signal:
    """Schroeder all-pass: smears a sound in time without colouring it (diffusion)."""
    d = max(1, samples(delay))
    y = np.empty_like(x)
    y[:d] = -g * x[:d]
    for k in range(d, len(y), d):
        end = min(len(y), k + d)
        y[k:end] = -g * x[k:end] + x[k - d:end - d] + g * y[k - d:end - d]
    return y


def resonator(x: Signal, freq: Signal | float, q: float) -> Signal:
    """A resonant band-pass (state-variable filter) whose centre may move sample by sample.

    A plain Python loop: meant for short effects (a second or two), not for music."""
    n = len(x)
    fc = np.broadcast_to(np.asarray(freq, dtype=np.float64), (n,))
    coeff = 2.0 * np.sin(np.pi * np.minimum(fc, SR * 0.2) / SR)
    damp = 1.0 / q
    low = band = 0.0
    out = np.empty(n)
    xs, cs = x.tolist(), coeff.tolist()
    for i in range(n):
        c = cs[i]
        low += c * band
        high = xs[i] - low - damp * band
        band += c * high
        out[i] = band
    return out


# -- space ----------------------------------------------------------------------------------------

def impulse_response(seconds: float, seed: str, bright: float = 4000.0, predelay: float = 0.01,
                     dark_tail: float = 900.0) -> Signal:
    """A room's echo as decaying noise that darkens as it fades (walls swallow the highs)."""
    n = samples(seconds)
    r = rng("ir:" + seed)
    t = times(n)
    raw = noise(n, r) * np.exp(-6.9 * t / seconds)
    bright_part = spectral(raw, lowpass(bright, 1.0))
    dark_part = spectral(raw, lowpass(dark_tail, 1.0))
    mix = np.clip(t / seconds * 2.5, 0.0, 1.0)
    ir = bright_part * (1 - mix) + dark_part * mix
    ir[:samples(predelay)] = 0.0
    return ir / np.sqrt(np.sum(ir ** 2))


def reverb(x: Signal, seconds: float, wet: float, seed: str, circular: bool = False,
           bright: float = 4000.0, predelay: float = 0.012) -> Signal:
    """Dry plus ``wet`` of a convolution reverb. Not circular: the tail makes the sound longer."""
    ir = impulse_response(seconds, seed, bright, predelay)
    tail = convolve(x, ir, circular)
    if not circular:
        x = np.concatenate([x, np.zeros(len(tail) - len(x))])
    return x + wet * tail


# -- layout and output ---------------------------------------------------------------------------

def fold(x: Signal, length: int) -> Signal:
    """A loop of ``length`` samples from a render that rings on past it: the overhang is added
    back onto the start, as it would sound when the loop plays again (a seamless seam)."""
    out = x[:length].copy()
    for start in range(length, len(x), length):
        chunk = x[start:start + length]
        out[:len(chunk)] += chunk
    return out


def place(buffer: Signal, at: int, sound: Signal, gain: float = 1.0) -> None:
    """Mix ``sound`` into ``buffer`` from sample ``at`` (cut at the buffer's end)."""
    end = min(len(buffer), at + len(sound))
    if end > at:
        buffer[at:end] += gain * sound[:end - at]


def trim_silence(x: Signal, floor_db: float = -50.0) -> Signal:
    """Drop the inaudible end of a one-shot (a reverb tail that has died away), take out any
    DC, and ease the first millisecond in so it never starts with a pop."""
    x = spectral(x, highpass(20.0, 2.0))
    level = np.abs(x)
    threshold = np.max(level) * 10 ** (floor_db / 20)
    loud = np.nonzero(level > threshold)[0]
    end = int(loud[-1]) + 1 if len(loud) else 1
    return fade_edges(x[:end], 0.001, 0.02)


def normalise(x: Signal, peak_db: float = PEAK_DB) -> Signal:
    peak = float(np.max(np.abs(x)))
    if peak == 0.0:
        return x
    return x * (10 ** (peak_db / 20) / peak)


def remove_dc(x: Signal, circular: bool = False) -> Signal:
    return spectral(x, highpass(25.0, 2.0), circular)


def pcm16(x: Signal) -> bytes:
    """Little-endian signed 16-bit samples."""
    ints = np.clip(np.round(x * 32767.0), -32768, 32767).astype("<i2")
    return ints.tobytes()


def wav_bytes(x: Signal) -> bytes:
    """A mono 16-bit WAV file at SR, normalised to PEAK_DB. Deterministic (no time stamps)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm16(normalise(x)))
    return buf.getvalue()
