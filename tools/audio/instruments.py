"""The instruments, as additive synthesis: one function per voice, a note in, a signal out.

A note is a frequency, a length in seconds and a loudness (0-1). Pitch bends ("wow") and
detuning are parameters, so the same music box can play sweet, tired or sour.
"""

from __future__ import annotations

import numpy as np

from audio.dsp import (SR, Signal, adsr, bandpass, cents, decay, ease_in, ease_out, highpass,
                       lowpass, noise, rng, samples, spectral, times)


def _onset(x: Signal, seconds: float = 0.0008) -> Signal:
    """Ease a hit in over a fraction of a millisecond: as sharp to the ear, without a pop."""
    m = min(len(x), samples(seconds))
    x[:m] *= np.linspace(0.0, 1.0, m)
    return x


def _phase(freq: float, n: int, bend: Signal | None) -> Signal:
    """Running phase of a tone, bent by ``bend`` (a frequency ratio per sample) if given."""
    if bend is None:
        return 2 * np.pi * freq * times(n)
    if len(bend) < n:  # a bend shorter than the note holds its last ratio
        bend = np.concatenate([bend, np.full(n - len(bend), bend[-1])])
    return 2 * np.pi * np.cumsum(freq * bend[:n]) / SR


def partials(freq: float, n: int, ratios: tuple[float, ...], amps: tuple[float, ...],
             taus: tuple[float, ...], bend: Signal | None = None, seed: str = "") -> Signal:
    """A sum of decaying sines at ``freq`` times each ratio (skipping any above ~Nyquist)."""
    out = np.zeros(n)
    base = _phase(1.0, n, bend) if bend is not None else 2 * np.pi * times(n)
    r = rng("phase:" + seed) if seed else None
    for ratio, amp, tau in zip(ratios, amps, taus):
        f = freq * ratio
        if f >= SR * 0.45 or amp == 0:
            continue
        start = float(r.random() * 2 * np.pi) if r is not None else 0.0
        m = min(n, samples(tau * 9))  # past nine time constants it is below -78 dB: skip it
        out[:m] += amp * np.sin(base[:m] * f + start) * decay(m, tau)
    return ease_in(out, 0.0005)  # a random start phase must not start with a step


def music_box(freq: float, vel: float = 1.0, detune: float = 0.0, wear: float = 0.0,
              bend: Signal | None = None, seed: str = "") -> Signal:
    """A steel tine plucked by a pin: a pure tone, a bright inharmonic ping, a tiny click.

    ``wear`` (0-1) makes it tired: less body, a buzz against the damper, a shorter ring."""
    f = freq * cents(detune)
    ring = 2.2 * (440.0 / max(f, 110.0)) ** 0.45 * (1.0 - 0.45 * wear)
    n = samples(min(3.5, ring * 2.2) + 0.05)
    body = partials(f, n, (1.0, 2.0, 3.0, 5.93, 8.8),
                    (1.0 * (1 - 0.5 * wear), 0.10, 0.14 + 0.2 * wear, 0.30, 0.10 + 0.2 * wear),
                    (ring, ring * 0.35, ring * 0.25, 0.10, 0.04), bend, seed)
    out = body
    if wear > 0:  # the tine rattles on a bent damper: a short buzzy burst, clipped and filtered
        m = min(n, samples(0.4))
        t = times(m)
        buzz = _square(f, t) * np.exp(-t / 0.05) * 0.18 * wear
        out[:m] += spectral(buzz, bandpass(f * 1.5, 5000.0))
    r = rng("click:" + seed)
    click = noise(samples(0.004), r) * np.linspace(1.0, 0.0, samples(0.004)) * 0.35
    out[:len(click)] += spectral(click, highpass(3000.0))
    out[:samples(0.0015)] *= np.linspace(0.0, 1.0, samples(0.0015))
    return ease_out(out, 0.06) * vel  # a low tine still rings when its note ends: damp it


def _square(f: float, t: Signal) -> Signal:
    """A band-limited square wave: its odd harmonics up to ~0.45 of the sample rate only (a
    naive sign(sin) folds its harmonics back down as inharmonic, harsh aliases)."""
    out = np.zeros(len(t))
    k = 1
    while f * k < SR * 0.45:
        out += np.sin(2 * np.pi * f * k * t) / k
        k += 2
    return out * 4 / np.pi


def felt_piano(freq: float, length: float, vel: float = 0.8, seed: str = "") -> Signal:
    """A soft upright with felt on the hammers: warm, a little out of tune with itself."""
    n = samples(length + 1.6)
    ring = 3.2 * (261.6 / freq) ** 0.5
    inharm = 0.0003
    harmonics = range(1, 11)
    ratios = tuple(k * np.sqrt(1 + inharm * k * k) for k in harmonics)
    amps = tuple((0.7 * vel + 0.3) / k ** (2.2 - 0.8 * vel) for k in harmonics)
    taus = tuple(ring / (1 + 0.6 * (k - 1)) for k in harmonics)
    a = partials(freq * cents(-1.2), n, ratios, amps, taus, seed=seed + "a")
    b = partials(freq * cents(1.4), n, ratios, amps, taus, seed=seed + "b")
    tone = (a + b) * 0.5
    tone = tone * (0.55 + 0.45 * decay(n, 0.25))  # the quick first drop of a struck string
    r = rng("hammer:" + seed)
    thump = spectral(noise(samples(0.02), r), lowpass(900.0)) * np.linspace(1, 0, samples(0.02))
    tone[:len(thump)] += thump * 0.25 * vel
    release = samples(length)
    if release < n:
        tail = np.exp(-times(n - release) / 0.18)
        tone[release:] *= tail
    tone[:samples(0.003)] *= np.linspace(0.0, 1.0, samples(0.003))
    return spectral(tone, lowpass(1400 + 2600 * vel, 1.5)) * vel


def harp(freq: float, vel: float = 0.8, seed: str = "") -> Signal:
    """A plucked string: bright at first, mellowing as it rings."""
    ring = 2.4 * (220.0 / freq) ** 0.35
    n = samples(ring * 2.5)
    k = np.arange(1, 13)
    ratios = tuple(float(x) for x in k)
    amps = tuple(float(x) for x in (1.0 / k ** 1.3) * np.sin(np.pi * k * 0.18) ** 2 * 3)
    taus = tuple(float(x) for x in ring / (1 + 0.9 * (k - 1)))
    tone = partials(freq, n, ratios, amps, taus, seed=seed)
    tone[:samples(0.002)] *= np.linspace(0.0, 1.0, samples(0.002))
    return ease_out(tone, 0.08) * vel


def pad(freq: float, length: float, vel: float = 0.5, attack: float = 0.6, release: float = 1.2,
        brightness: int = 10, spread: float = 7.0, seed: str = "") -> Signal:
    """Soft strings: three slightly detuned saw-like voices that swell and fade."""
    n = samples(length + release)
    k = np.arange(1, brightness + 1)
    out = np.zeros(n)
    for d in (-spread, 0.0, spread):
        ratios = tuple(float(x) for x in k)
        amps = tuple(float(x) for x in 1.0 / k)
        taus = tuple(1e9 for _ in k)
        out += partials(freq * cents(d), n, ratios, amps, taus, seed=f"{seed}{d}")
    env = adsr(n, attack, 0.2, 0.9, release)
    return out / 3 * env * vel


def bell(freq: float, vel: float = 0.7, length: float = 2.5, seed: str = "") -> Signal:
    """A small bell or chime: the inharmonic partials of a struck bar."""
    n = samples(length)
    tone = partials(freq, n, (1.0, 2.76, 5.40, 8.93, 0.5),
                    (1.0, 0.45, 0.22, 0.10, 0.12),
                    (length * 0.45, length * 0.2, length * 0.1, 0.08, length * 0.3), seed=seed)
    tone[:samples(0.002)] *= np.linspace(0.0, 1.0, samples(0.002))
    return ease_out(tone, min(0.25, length * 0.2)) * vel


def glass(freq: float, length: float, vel: float = 0.6, tremolo: float = 5.0, seed: str = "") -> Signal:
    """A glass harmonica: nearly pure tones, swelling in, with a slow shimmer."""
    n = samples(length)
    t = times(n)
    tone = (np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(2 * np.pi * freq * 2.01 * t)
            + 0.08 * np.sin(2 * np.pi * freq * 3.03 * t))
    env = adsr(n, length * 0.3, 0.1, 0.8, length * 0.5)
    wobble = 1.0 + 0.15 * np.sin(2 * np.pi * tremolo * t + rng(seed or "glass").random() * 6)
    return tone * env * wobble * vel


def pluck_bass(freq: float, vel: float = 0.8, length: float = 0.6, seed: str = "") -> Signal:
    """A plucked low string (pizzicato cello): round, short."""
    n = samples(length)
    k = np.arange(1, 9)
    tone = partials(freq, n, tuple(float(x) for x in k), tuple(float(x) for x in 1.0 / k ** 1.6),
                    tuple(float(x) for x in 0.35 / (1 + 0.8 * (k - 1))), seed=seed)
    tone[:samples(0.003)] *= np.linspace(0.0, 1.0, samples(0.003))
    tone = spectral(tone * vel, lowpass(1800.0))
    return ease_out(ease_in(tone, 0.002), min(0.06, length * 0.3))  # the finger damps it


def tom(freq: float, vel: float = 0.9, length: float = 0.5, seed: str = "") -> Signal:
    """A low drum: a skin whose pitch drops as the hit dies, and a slap of noise."""
    n = samples(length)
    t = times(n)
    f = freq * (1 + 0.8 * np.exp(-t / 0.03))
    skin = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / (length * 0.35))
    slap = spectral(noise(n, rng("tom:" + seed)), bandpass(200.0, 2500.0)) * np.exp(-t / 0.02)
    return ease_out(_onset(skin + 0.4 * slap), 0.04) * vel


def tick(vel: float = 0.5, pitch: float = 3200.0, seed: str = "") -> Signal:
    """A clock's tick: a dry click with a tiny metallic ping."""
    n = samples(0.05)
    t = times(n)
    click = spectral(noise(n, rng("tick:" + seed)), highpass(2500.0)) * np.exp(-t / 0.002)
    ping = np.sin(2 * np.pi * pitch * t) * np.exp(-t / 0.012) * 0.5
    return ease_out(_onset(click + ping), 0.01) * vel


def heartbeat(vel: float = 0.9, seed: str = "") -> Signal:
    """Lub-dub: two soft low thumps."""
    n = samples(0.6)
    out = np.zeros(n)
    for at, f, g in ((0.0, 55.0, 1.0), (0.2, 48.0, 0.7)):
        i = samples(at)
        m = n - i
        t = times(m)
        thump = np.sin(2 * np.pi * f * t * (1 + 0.3 * np.exp(-t / 0.02))) * np.exp(-t / 0.07)
        out[i:] += thump * g
    return ease_out(ease_in(spectral(out, lowpass(200.0)), 0.004), 0.05) * vel
