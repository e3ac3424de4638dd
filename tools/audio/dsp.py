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

from audio import loudness

SR = 22050  # samples per second, mono
PEAK_DB = -3.0  # ``normalise``'s default peak (files are levelled by loudness: ``level``)
CEILING_DB = -1.0  # no file's peak goes above this, whatever its loudness target
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


def ease_out(x: Signal, seconds: float) -> Signal:
    """The last ``seconds`` of ``x`` faded to silence on a raised cosine (a damper coming down):
    a note cut off while it still rings ends without a click. In place; returns ``x``."""
    m = min(len(x), samples(seconds))
    if m:
        x[len(x) - m:] *= 0.5 + 0.5 * np.cos(np.linspace(0.0, np.pi, m))
    return x


def ease_in(x: Signal, seconds: float) -> Signal:
    """The first ``seconds`` of ``x`` raised from silence on a raised cosine. In place."""
    m = min(len(x), samples(seconds))
    if m:
        x[:m] *= 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, m))
    return x


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
    """Mix ``sound`` into ``buffer`` from sample ``at``. A sound longer than the room left is
    cut at the buffer's end with a 10 ms fade, never with a click (better: a longer buffer)."""
    end = min(len(buffer), at + len(sound))
    if end > at:
        part = gain * sound[:end - at]
        if end - at < len(sound):
            part = ease_out(part.copy(), 0.01)
        buffer[at:end] += part


def trim_silence(x: Signal, floor_db: float = -50.0) -> Signal:
    """Drop the inaudible end of a one-shot (a reverb tail that has died away), take out any
    DC and sub-bass rumble (below ~40 Hz: no small speaker plays it, it only eats headroom),
    and ease the first millisecond in so it never starts with a pop."""
    x = spectral(x, highpass(40.0, 2.0))
    level = np.abs(x)
    threshold = np.max(level) * 10 ** (floor_db / 20)
    loud = np.nonzero(level > threshold)[0]
    end = int(loud[-1]) + 1 if len(loud) else 1
    return fade_edges(x[:end], 0.001, 0.02)


def damp(x: Signal, at: float, release: float) -> Signal:
    """A ringing sound stopped ``at`` seconds in, dying away over ``release`` seconds (a hand on
    the bell): shorter than letting it ring out, without the click of a cut."""
    end = min(len(x), samples(at + release))
    return ease_out(x[:end].copy(), release)


def _running_min(x: Signal, before: int, after: int) -> Signal:
    """min(x[i - before : i + after + 1]) for every i (by doubling windows: fast for any width)."""
    n = len(x)
    width = before + after + 1
    out = np.concatenate([np.ones(before), x, np.ones(after)])
    span = 1
    while span * 2 <= width:  # now out[j] = min over [j, j + 2 * span)
        out[:len(out) - span] = np.minimum(out[:len(out) - span], out[span:])
        span *= 2
    rest = width - span  # two overlapping spans cover the window
    return np.minimum(out[:n], out[rest:rest + n])


def limit(x: Signal, ceiling_db: float = CEILING_DB, lookahead: float = 0.002,
          hold: float = 0.008) -> Signal:
    """A look-ahead peak limiter: the gain comes down over ``2 * lookahead`` before a peak that
    would pass the ceiling, holds ``hold``, and goes back up as smoothly. For the first
    milliseconds of a click or a slam: a few dB off a transient's tip is not heard, and the
    sound can be as loud as its neighbours without its spike clipping."""
    ceiling = 10 ** (ceiling_db / 20)
    need = np.minimum(1.0, ceiling / np.maximum(np.abs(x), 1e-12))
    if need.min() >= 1.0:
        return x
    a, h = max(1, samples(lookahead)), max(1, samples(hold))
    gain = _running_min(need, h, a)  # near a peak (h before, a after): at most its gain
    c = np.concatenate([[0.0], np.cumsum(np.concatenate([np.ones(a), gain, np.ones(a)]))])
    smooth = (c[2 * a + 1:] - c[:-2 * a - 1]) / (2 * a + 1)  # the mean over i - a .. i + a
    return x * smooth


def level(x: Signal, target: float, measure: str, ceiling_db: float = CEILING_DB,
          max_limit_db: float = 6.0) -> Signal:
    """``x`` scaled to a loudness ``target`` (LUFS-like, see loudness.py): ``measure`` is
    "integrated" (music and ambient loops: the level it sits at) or "momentary" (an effect: its
    loudest 400 ms). The peak never goes over ``ceiling_db``: a one-shot whose tip would pass
    it is limited by up to ``max_limit_db``; one spikier than that stays quieter than its target
    (the report shows it: give it less crest in its script). Loops are never limited (the
    limiter is not circular): they only move as a whole."""
    def loud(y: Signal) -> float:
        return loudness.integrated(y, SR) if measure == "integrated" else loudness.momentary_max(y, SR)

    peak = float(np.max(np.abs(x)))
    if peak == 0.0:
        return x
    at_ceiling = x * (10 ** (ceiling_db / 20) / peak)
    boost = target - loud(at_ceiling)  # dB still wanted with the peak at the ceiling
    if boost <= 0 or measure != "momentary":
        return at_ceiling * 10 ** (min(0.0, boost) / 20)
    boost = min(boost, max_limit_db)
    y = at_ceiling
    for _ in range(4):  # the limiter takes a little loudness off: measure again, make it up
        y = limit(at_ceiling * 10 ** (boost / 20), ceiling_db)
        short = target - loud(y)
        if abs(short) < 0.05 or boost >= max_limit_db:
            break
        boost = min(max_limit_db, boost + short)
    return y * min(1.0, 10 ** (ceiling_db / 20) / float(np.max(np.abs(y))))


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


def wav_bytes(x: Signal, peak_db: float | None = PEAK_DB) -> bytes:
    """A mono 16-bit WAV file at SR, normalised to ``peak_db`` (None: as it is, already levelled
    by ``level``). Deterministic (no time stamps)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm16(x if peak_db is None else normalise(x, peak_db)))
    return buf.getvalue()
