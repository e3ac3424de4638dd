"""Listening with numbers: a table of every sound's level, tone and flaws, and spectrograms.

Nobody who makes this game's sound can hear it as they work (the machines have no speaker), so
this tool measures what an ear would notice: is one piece of music louder than the next, is an
effect drowned by the music or blaring over it, is there harsh top end or sub-bass rumble, a
DC offset, a click where a note starts or stops, a jump where a loop runs back to its start?

Usage:
    .venv/bin/python tools/audio_report.py                  # the table, for assets/audio
    .venv/bin/python tools/audio_report.py --png /tmp/spec  # and a spectrogram PNG per file
    .venv/bin/python tools/audio_report.py PATH ...         # only these files or folders

The columns (all levels relative to digital full scale):
  dur      seconds
  peak     sample peak, dBFS
  rms      whole-file RMS, dBFS
  LUFS     integrated loudness, an approximation of ITU-R BS.1770: "K-weighting-like" (the
           analog high-shelf, +4 dB above ~1.7 kHz, and the ~38 Hz high-pass, applied as a
           zero-phase gain in the frequency domain), 400 ms blocks every 100 ms, gated at -70
           LUFS and 10 LU under the ungated mean. For loops: the level the music sits at.
  Mmax     the loudest 400 ms (momentary loudness, same weighting): how loud an effect hits.
           A sound shorter than 400 ms is measured as 400 ms with silence after it, as a meter
           would. Compare effects with each other and with the music's LUFS by this column.
  game     Mmax (effects) or LUFS (loops) as played at default settings (master 100, music
           80, effects 100), times the rule's volume in maps/audio.toml (the loudest rule that
           plays it) and its [loudness] factor: how loud it really is in the game.
  dc       mean sample value, in per cent of full scale
  crest    peak over RMS, dB (a music box ~20, a sine 3, a click 30+)
  centr    spectral centroid, Hz (where the "weight" of the tone is: dull < 1000 < bright)
  >8k      share of the power above 8 kHz, dB (below -30: soft; above -15: harsh/fizzy)
  <40      share of the power below 40 Hz, dB (above -20: rumble the small speakers can't play)
  clicks   sample-to-sample jumps far above the level around them (a step the waveform makes
           with nothing before it to lead up to it), plus a jump from or to silence at the ends
  seam     loops only: the jump from the last sample to the first, over the loop's usual
           sharp steps (its 99th percentile step); above ~3 a click each time it comes round

Deterministic and numpy-only for the numbers; the PNGs are drawn with pygame (time across,
log frequency up from 30 Hz to 11 kHz, colour in dB from -100 to 0, with the waveform's peak
envelope above). Exit 2 with a message for a path that is not a WAV file or folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audio import loudness  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
AUDIO = REPO / "assets" / "audio"
TABLE = REPO / "maps" / "audio.toml"

Signal = NDArray[np.float64]

# default settings (src/coraline_game/settings.py): master 100, music 80, effects 100
MUSIC_SETTING = 0.8
EFFECTS_SETTING = 1.0


# -- reading ------------------------------------------------------------------------------------

def read_wav(path: Path) -> tuple[Signal, int]:
    """A 16-bit PCM WAV as floats in [-1, 1) (mono; several channels are averaged) and its rate."""
    with wave.open(str(path)) as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM WAV is read, not {8 * w.getsampwidth()}-bit")
        channels, rate = w.getnchannels(), w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return data, rate


# -- loudness (the same measure tools/make_audio.py levels the files by) --------------------

k_weighting = loudness.k_weighting
weighted = loudness.weighted
block_loudness = loudness.blocks
integrated_loudness = loudness.integrated
max_momentary = loudness.momentary_max
_db = loudness.db


# -- flaws --------------------------------------------------------------------------------------

def clicks(x: Signal, rate: int, circular: bool = False, ratio: float = 8.0,
           floor: float = 0.02) -> list[int]:
    """Sample indices where the waveform bends far more sharply than it does around it: the
    second difference is ``ratio`` times the RMS of its neighbours (2 ms either side, the spot
    itself left out) and above ``floor`` of full scale. A struck note's onset eased in over a
    millisecond, noise and bright tones don't count; a step out of nothing does. ``circular``
    checks the seam of a loop as well. One-shots also count a start or end that is not near
    silence (|sample| > ``floor``)."""
    if len(x) < 8:
        return []
    y = np.concatenate([x[-2:], x, x[:2]]) if circular else x
    d2 = np.abs(y[2:] - 2 * y[1:-1] + y[:-2])  # d2[i] centres on y[i + 1]
    w = max(4, int(0.002 * rate))
    sq = d2 * d2
    c = np.concatenate([[0.0], np.cumsum(sq)])
    idx = np.arange(len(d2))
    lo, hi = np.maximum(0, idx - w), np.minimum(len(d2), idx + w + 1)
    near_lo, near_hi = np.maximum(0, idx - 2), np.minimum(len(d2), idx + 3)
    around = (c[hi] - c[lo]) - (c[near_hi] - c[near_lo])
    count = (hi - lo) - (near_hi - near_lo)
    local = np.sqrt(np.maximum(around, 0.0) / np.maximum(count, 1))
    hits = np.nonzero((d2 > floor) & (d2 > ratio * local))[0]
    # one click per event: keep the first of hits closer than 2 ms
    found: list[int] = []
    for i in hits.tolist():
        at = i + 1 - (2 if circular else 0)
        at %= len(x)
        if not found or at - found[-1] > w:
            found.append(at)
    if not circular:
        if abs(x[0]) > floor and (not found or found[0] != 0):
            found.insert(0, 0)
        if abs(x[-1]) > floor and found[-1:] != [len(x) - 1]:
            found.append(len(x) - 1)
    return found


def seam_jump(x: Signal) -> float:
    """The jump from a loop's last sample to its first, over its 99th-percentile step."""
    steps = np.abs(np.diff(x))
    usual = float(np.quantile(steps, 0.99)) or 1e-9
    return float(abs(x[0] - x[-1]) / usual)


def band_share(x: Signal, rate: int, low: float, high: float) -> float:
    """The share of the power between ``low`` and ``high`` Hz, in dB."""
    spec = np.abs(np.fft.rfft(x)) ** 2
    f = np.fft.rfftfreq(len(x), 1.0 / rate)
    total = float(spec[1:].sum()) or 1e-20
    part = float(spec[(f >= low) & (f < high)].sum())
    return float(_db(part / total))


def centroid(x: Signal, rate: int) -> float:
    spec = np.abs(np.fft.rfft(x)) ** 2
    f = np.fft.rfftfreq(len(x), 1.0 / rate)
    total = float(spec[1:].sum()) or 1e-20
    return float((f[1:] * spec[1:]).sum() / total)


# -- the table's knowledge: what loops, how loud each sound is played --------------------------

@dataclass(frozen=True, slots=True)
class Use:
    kind: str  # music, ambient, effect
    loops: bool
    gain: float  # the loudest rule volume times [loudness] times the default setting


def uses(table_path: Path = TABLE) -> dict[str, Use]:
    """Each sound's use in maps/audio.toml (by its name: ``step_wood`` covers step_wood_1..3)."""
    if not table_path.is_file():
        return {}
    table = tomllib.loads(table_path.read_text(encoding="utf-8"))
    loudness = table.get("loudness", {})
    best: dict[str, tuple[str, float]] = {}

    def note(name: str, kind: str, volume: float) -> None:
        if not name:
            return
        old = best.get(name)
        if old is None or volume > old[1]:
            best[name] = (kind if old is None or old[0] == kind else old[0], volume)

    for name in table.get("screens", {}).values():
        note(name, "music", 1.0)
    for rule in table.get("music", []):
        note(rule.get("play", ""), "music", float(rule.get("volume", 1.0)))
    for rule in table.get("ambient", []):
        note(rule.get("play", ""), "ambient", float(rule.get("volume", 1.0)))
    for rule in table.get("effect", []):
        note(rule.get("play", ""), "effect", float(rule.get("volume", 1.0)))
    for rule in table.get("ui", {}).values():
        note(rule.get("play", ""), "effect", float(rule.get("volume", 1.0)))
    steps = table.get("footsteps", {})
    for sound in (*steps.get("surfaces", {}).values(), *steps.get("characters", {}).values()):
        note(sound, "effect", float(steps.get("volume", 1.0)))
    out = {}
    for name, (kind, volume) in best.items():
        setting = MUSIC_SETTING if kind == "music" else EFFECTS_SETTING
        gain = min(1.0, volume * float(loudness.get(name, 1.0))) * setting
        out[name] = Use(kind, kind in ("music", "ambient"), gain)
    return out


def use_of(path: Path, table: dict[str, Use]) -> Use | None:
    """The table's use of a file: by its stem, or its variant set (``step_wood_2`` -> ``step_wood``)."""
    stem = path.stem
    if stem in table:
        return table[stem]
    base, _, tail = stem.rpartition("_")
    return table.get(base) if tail.isdigit() else None


# -- one file -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Report:
    name: str
    kind: str  # music, ambient, effect, or "?" when the table does not name it
    seconds: float
    peak: float
    rms: float
    lufs: float
    mmax: float
    game: float | None
    dc: float  # per cent
    crest: float
    centroid: float
    above_8k: float
    below_40: float
    clicks: tuple[int, ...]
    seam: float | None

    @property
    def level(self) -> float:
        """How loud it is, the measure to compare: LUFS for loops, Mmax for one-shots."""
        return self.lufs if self.seam is not None else self.mmax


def measure(path: Path, table: dict[str, Use] | None = None) -> Report:
    table = uses() if table is None else table
    x, rate = read_wav(path)
    use = use_of(path, table)
    loops = use.loops if use is not None else False
    peak = float(np.max(np.abs(x))) if len(x) else 0.0
    rms = float(np.sqrt(np.mean(x * x))) if len(x) else 0.0
    momentary = block_loudness(x, rate) if len(x) else np.array([-70.0])
    lufs = integrated_loudness(x, rate, momentary) if len(x) else -70.0
    mmax = float(np.max(momentary))
    game = None
    if use is not None and use.gain > 0:
        game = (lufs if loops else mmax) + 20 * np.log10(use.gain)
    return Report(
        name=path.stem, kind=use.kind if use else "?", seconds=len(x) / rate,
        peak=float(_db(peak * peak)), rms=float(_db(rms * rms)), lufs=lufs, mmax=mmax,
        game=None if game is None else float(game),
        dc=float(np.mean(x) * 100) if len(x) else 0.0,
        crest=float(_db(peak * peak) - _db(rms * rms)), centroid=centroid(x, rate),
        above_8k=band_share(x, rate, 8000.0, rate / 2 + 1), below_40=band_share(x, rate, 0.5, 40.0),
        clicks=tuple(clicks(x, rate, circular=loops)), seam=seam_jump(x) if loops else None)


def table_text(reports: list[Report]) -> str:
    head = (f"{'file':<16} {'kind':<7} {'dur':>6} {'peak':>6} {'rms':>6} {'LUFS':>6} {'Mmax':>6} "
            f"{'game':>6} {'dc%':>6} {'crest':>5} {'centr':>6} {'>8k':>5} {'<40':>5} {'clicks':>6} "
            f"{'seam':>5}")
    lines = [head, "-" * len(head)]
    for r in reports:
        game = f"{r.game:6.1f}" if r.game is not None else f"{'-':>6}"
        seam = f"{r.seam:5.1f}" if r.seam is not None else f"{'-':>5}"
        lines.append(
            f"{r.name:<16} {r.kind:<7} {r.seconds:6.2f} {r.peak:6.1f} {r.rms:6.1f} {r.lufs:6.1f} "
            f"{r.mmax:6.1f} {game} {r.dc:6.3f} {r.crest:5.1f} {r.centroid:6.0f} "
            f"{r.above_8k:5.0f} {r.below_40:5.0f} {len(r.clicks):6d} {seam}")
    return "\n".join(lines)


def summary_text(reports: list[Report]) -> str:
    """The figures that matter for the balance: the spread of the music, effects and ambience."""
    lines = []
    for kind, measure_name in (("music", "LUFS"), ("ambient", "LUFS"), ("effect", "Mmax")):
        group = [r for r in reports if r.kind == kind]
        if not group:
            continue
        levels = [r.level for r in group]
        heard = [r.game for r in group if r.game is not None]
        lo, hi = min(group, key=lambda r: r.level), max(group, key=lambda r: r.level)
        text = (f"{kind:<8} {len(group):2d} files: {measure_name} {min(levels):.1f} ({lo.name}) to "
                f"{max(levels):.1f} ({hi.name}), spread {max(levels) - min(levels):.1f} dB")
        if heard:
            text += f"; in game {min(heard):.1f} to {max(heard):.1f}"
        lines.append(text)
    flawed = [f"{r.name} ({len(r.clicks)})" for r in reports if r.clicks]
    lines.append("clicks: " + (", ".join(flawed) if flawed else "none"))
    seams = [f"{r.name} ({r.seam:.1f})" for r in reports if r.seam is not None and r.seam > 3]
    lines.append("loop seams that jump: " + (", ".join(seams) if seams else "none"))
    dc = [r.name for r in reports if abs(r.dc) > 0.1]
    lines.append("DC offset over 0.1%: " + (", ".join(dc) if dc else "none"))
    total = sum(p for p in (r.seconds for r in reports))
    lines.append(f"{len(reports)} files, {total:.0f} s of sound")
    return "\n".join(lines)


# -- pictures -----------------------------------------------------------------------------------

F_LOW, F_HIGH = 30.0, 11025.0
DB_LOW, DB_HIGH = -100.0, 0.0


def spectrogram(x: Signal, rate: int, columns: int, rows: int) -> Signal:
    """dB magnitudes (rows x columns, row 0 the highest frequency) on a log-frequency axis."""
    size = int(np.clip(2 ** np.round(np.log2(max(1, len(x)) / 24)), 256, 2048))  # short: sharper in time
    window = np.hanning(size)
    scale = 2.0 / window.sum()  # a full-scale sine reads 0 dB
    padded = np.concatenate([np.zeros(size // 2), x, np.zeros(size // 2)])
    centres = np.linspace(0, len(x), columns, endpoint=False).astype(int) + size // 2
    frames = np.stack([padded[c - size // 2:c + size // 2] for c in centres]) * window
    mags = np.abs(np.fft.rfft(frames, axis=1)) * scale  # columns x bins
    freqs = np.fft.rfftfreq(size, 1.0 / rate)
    edges = np.geomspace(F_LOW, min(F_HIGH, rate / 2), rows + 1)
    power = mags ** 2
    out = np.empty((rows, columns))
    for row in range(rows):
        lo, hi = edges[row], edges[row + 1]
        a, b = np.searchsorted(freqs, lo), np.searchsorted(freqs, hi)
        if b > a:  # the loudest bin in the band
            band = power[:, a:b].max(axis=1)
        else:  # narrower than a bin at the bottom: interpolate between the two around it
            centre = np.sqrt(lo * hi)
            j = min(int(centre / freqs[1]), len(freqs) - 2)
            t = centre / freqs[1] - j
            band = power[:, j] * (1 - t) + power[:, j + 1] * t
        out[rows - 1 - row] = _db(band)
    return out


_STOPS = np.array([[0, 0, 0], [20, 18, 80], [120, 30, 130], [230, 90, 40], [255, 240, 170]],
                  dtype=np.float64)
_LUT = np.array([np.interp(np.linspace(0, len(_STOPS) - 1, 256), np.arange(len(_STOPS)), _STOPS[:, c])
                 for c in range(3)]).T.astype(np.uint8)


def _palette(values: Signal) -> NDArray[np.uint8]:
    """dB -> colour: black, deep blue, purple, orange, pale yellow (a perceptual-ish ramp)."""
    t = np.clip((values - DB_LOW) / (DB_HIGH - DB_LOW), 0.0, 1.0)
    return _LUT[(t * 255).astype(np.intp)]


def draw_png(report: Report, x: Signal, rate: int, out: Path) -> None:
    """One file's picture: title, peak envelope, log-frequency spectrogram, colour bar."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    pygame.font.init()
    font = pygame.font.Font(None, 18)
    left, top, width, env_h, spec_h, bottom, right = 58, 42, 800, 70, 300, 34, 70
    image = pygame.Surface((left + width + right, top + env_h + 8 + spec_h + bottom))
    image.fill((24, 24, 28))
    ink, dim = (230, 230, 230), (120, 120, 130)

    def text(words: str, at: tuple[int, int], colour=ink, anchor: str = "topleft") -> None:
        label = font.render(words, True, colour)
        rect = label.get_rect(**{anchor: at})
        image.blit(label, rect)

    seam = f", seam {report.seam:.1f}" if report.seam is not None else ""
    text(f"{report.name}  ({report.kind}, {report.seconds:.2f} s)", (left, 6))
    text(f"peak {report.peak:.1f} dBFS  LUFS {report.lufs:.1f}  Mmax {report.mmax:.1f}  "
         f"crest {report.crest:.1f} dB  centroid {report.centroid:.0f} Hz  >8k {report.above_8k:.0f} dB  "
         f"clicks {len(report.clicks)}{seam}", (left, 23), dim)

    # the waveform's peak envelope, in dBFS from -60 (a log scale shows fades and tails)
    y0 = top
    pygame.draw.rect(image, (36, 36, 42), (left, y0, width, env_h))
    bounds = np.linspace(0, len(x), width + 1).astype(int)[:-1]
    peaks = np.maximum.reduceat(np.abs(x), bounds) if len(x) else np.zeros(width)
    heights = (np.clip((_db(peaks * peaks) + 60) / 60, 0, 1) * env_h).astype(int)
    for col, h in enumerate(heights.tolist()):
        if h:
            pygame.draw.line(image, (120, 200, 160), (left + col, y0 + env_h - 1),
                             (left + col, y0 + env_h - h))
    for db in (0, -20, -40):
        y = y0 + int((-db) / 60 * env_h)
        pygame.draw.line(image, (70, 70, 80), (left - 4, y), (left - 1, y))
        text(f"{db} dB", (left - 6, y), dim, "midright")
    for at in report.clicks[:50]:
        cx = left + int(at / max(1, len(x)) * width)
        pygame.draw.line(image, (255, 60, 60), (cx, y0), (cx, y0 + 6))

    # the spectrogram
    y1 = top + env_h + 8
    db = spectrogram(x, rate, width, spec_h)
    rgb = _palette(db)  # rows x cols x 3
    image.blit(pygame.surfarray.make_surface(np.ascontiguousarray(rgb.transpose(1, 0, 2))), (left, y1))
    top_f = min(F_HIGH, rate / 2)
    span = np.log(top_f / F_LOW)
    for f in (50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if f > top_f:
            continue
        y = y1 + spec_h - int(np.log(f / F_LOW) / span * spec_h)
        pygame.draw.line(image, (90, 90, 100), (left - 4, y), (left - 1, y))
        text(f"{f // 1000}k" if f >= 1000 else str(f), (left - 6, y), dim, "midright")
    text("Hz", (left - 6, y1 - 2), dim, "bottomright")
    # time axis
    step = next(s for s in (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0) if report.seconds / s <= 12)
    t = 0.0
    while t <= report.seconds + 1e-9:
        cx = left + int(t / max(report.seconds, 1e-9) * (width - 1))
        pygame.draw.line(image, (90, 90, 100), (cx, y1 + spec_h), (cx, y1 + spec_h + 4))
        text(f"{t:g}", (cx, y1 + spec_h + 6), dim, "midtop")
        t += step
    text("seconds", (left + width, y1 + spec_h + 20), dim, "topright")
    # colour bar
    bar_x = left + width + 14
    ramp = np.linspace(DB_HIGH, DB_LOW, spec_h)[:, None].repeat(12, axis=1)
    image.blit(pygame.surfarray.make_surface(np.ascontiguousarray(_palette(ramp).transpose(1, 0, 2))),
               (bar_x, y1))
    for level in (0, -20, -40, -60, -80, -100):
        y = y1 + int((DB_HIGH - level) / (DB_HIGH - DB_LOW) * (spec_h - 1))
        text(f"{level}", (bar_x + 15, y), dim, "midleft")
    text("dB", (bar_x, y1 - 2), dim, "bottomleft")
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(image, str(out))


# -- the command --------------------------------------------------------------------------------

def wav_files(paths: list[Path]) -> list[Path] | str:
    """The WAV files named or under the named folders; a message if a path is no good."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(path.rglob("*.wav"))
            if not inside:
                return f"{path}: no .wav files in this folder"
            found.extend(inside)
        elif path.is_file() and path.suffix.lower() == ".wav":
            found.append(path)
        elif path.exists():
            return f"{path}: not a .wav file (this tool reads 16-bit PCM WAV)"
        else:
            return f"{path}: no such file or folder"
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="audio_report.py", description=__doc__.split("\n\n")[0],
        epilog="The columns are explained at the top of tools/audio_report.py and in docs/audio.md.")
    parser.add_argument("paths", nargs="*", type=Path, help="WAV files or folders (default: assets/audio)")
    parser.add_argument("--png", type=Path, metavar="DIR", help="write a spectrogram PNG per file into DIR")
    args = parser.parse_args(argv)
    files = wav_files(args.paths or [AUDIO])
    if isinstance(files, str):
        print(f"audio_report: {files}", file=sys.stderr)
        return 2
    table = uses()
    order = {"music": 0, "ambient": 1, "effect": 2, "?": 3}
    reports = []
    for path in files:
        try:
            report = measure(path, table)
        except (wave.Error, ValueError, EOFError) as err:
            why = str(err) or "it ends too soon"
            print(f"audio_report: {path}: cannot read it as a WAV file ({why})", file=sys.stderr)
            return 2
        reports.append(report)
        if args.png is not None:
            x, rate = read_wav(path)
            draw_png(report, x, rate, args.png / f"{path.stem}.png")
    reports.sort(key=lambda r: (order[r.kind], r.name))
    print(table_text(reports))
    print()
    print(summary_text(reports))
    if args.png is not None:
        print(f"spectrograms: {args.png}/NAME.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
