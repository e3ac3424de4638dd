"""Regenerates every sound in assets/audio/ (music/ and sfx/) from code; deterministic.

Usage: .venv/bin/python tools/make_audio.py [--jobs N] [--check] [name ...]
With names, makes only those sounds (``waltz_sweet``, ``step_wood_2``, ``music``, ``sfx``).
``--check`` makes everything into a temporary folder and compares it byte for byte with
assets/audio/: exit 1 naming the files that differ, are missing or are left over.
Needs numpy (the ``tools`` extra). Files: mono 16-bit WAV at 22050 Hz, each levelled to a
loudness target for its kind (``target``; LUFS-like, see tools/audio/loudness.py) with its
peak at most -1 dBFS. ``tools/audio_report.py`` measures what came out.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audio import dsp  # noqa: E402
from audio.music import chase, ending, hunt, rain_theme, waltz  # noqa: E402
from audio.sfx import ambience, doors, magic, steps, things, ui  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "assets" / "audio"

Maker = Callable[[], "dsp.Signal"]

# name -> (folder, maker, loops): a loop is written as made (seamless); a one-shot is trimmed
MUSIC: dict[str, Maker] = {
    "rain_theme": rain_theme.build,
    "waltz_sweet": lambda: waltz.build("sweet"),
    "waltz_thin": lambda: waltz.build("thin"),
    "waltz_sour": lambda: waltz.build("sour"),
    "hunt": hunt.build,
    "chase": chase.build,
    "ending": ending.build,
}
EFFECTS: dict[str, Maker] = {**steps.SOUNDS, **doors.SOUNDS, **things.SOUNDS, **magic.SOUNDS,
                             **ui.SOUNDS}
AMBIENT: dict[str, Maker] = dict(ambience.LOOPS)


# Loudness targets (see docs/audio.md, "Levels"). Music and ambient loops by their integrated
# loudness, effects by their loudest 400 ms. The rules' volumes in maps/audio.toml then set
# how loud each is in the game: the files themselves are level with the others of their kind.
MUSIC_LUFS = -18.0  # every piece at the same level: a change of music never jumps in loudness
AMBIENT_LUFS = -24.0  # a bed under the music (the rules turn it down further)
EFFECT_LUFS = -16.0  # an event: a little over the music, never a blast
STEP_LUFS = -20.0  # footsteps (played at 0.4): soft, under the music
UI_LUFS = -23.0  # the menu's ticks (40-90 ms: a 400 ms meter reads them ~5 dB under their sound)
LOUDER = {"sting": -14.0, "door_slam": -14.0, "smash": -14.0, "eye_found": -14.0}  # the big moments


def target(name: str) -> tuple[float, str]:
    """A sound's loudness target (LUFS-like) and how it is measured ("integrated" for loops,
    "momentary" for one-shots: the loudest 400 ms)."""
    if name in MUSIC:
        return MUSIC_LUFS, "integrated"
    if name in AMBIENT:
        return AMBIENT_LUFS, "integrated"
    if name in LOUDER:
        return LOUDER[name], "momentary"
    if name.startswith("step_"):
        return STEP_LUFS, "momentary"
    if name.startswith("ui_"):
        return UI_LUFS, "momentary"
    return EFFECT_LUFS, "momentary"


def catalogue() -> dict[str, tuple[str, Maker, bool]]:
    """Every sound: its folder under assets/audio, how to make it, whether it loops."""
    out: dict[str, tuple[str, Maker, bool]] = {}
    out.update({name: ("music", make, True) for name, make in MUSIC.items()})
    out.update({name: ("sfx", make, True) for name, make in AMBIENT.items()})
    out.update({name: ("sfx", make, False) for name, make in EFFECTS.items()})
    return out


def render(name: str) -> bytes:
    """One sound's WAV file, as bytes."""
    folder, make, loops = catalogue()[name]
    signal = make()
    if not loops:
        signal = dsp.trim_silence(signal)
    goal, measure = target(name)
    return dsp.wav_bytes(dsp.level(signal, goal, measure), peak_db=None)


def _write(job: tuple[str, str]) -> tuple[str, float, int]:
    name, root = job
    start = time.perf_counter()
    data = render(name)
    folder = catalogue()[name][0]
    path = Path(root) / folder / f"{name}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return name, time.perf_counter() - start, len(data)


def make(names: list[str], root: Path, jobs: int, quiet: bool = False) -> None:
    """Write the named sounds under ``root`` (the slowest first, so workers finish together)."""
    order = sorted(names, key=lambda n: (catalogue()[n][0] != "music", n))
    work = [(name, str(root)) for name in order]
    if jobs == 1:
        results = map(_write, work)
        done = list(results)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            done = list(pool.map(_write, work))
    if not quiet:
        for name, seconds, size in done:
            print(f"made {name:<16} {size / 1024:7.0f} KiB  {seconds:5.2f} s")


def check(jobs: int) -> int:
    """Make everything into a temporary folder; 0 if it matches assets/audio byte for byte."""
    with tempfile.TemporaryDirectory() as tmp:
        make(list(catalogue()), Path(tmp), jobs, quiet=True)
        made = {p.relative_to(tmp).as_posix(): p.read_bytes() for p in Path(tmp).rglob("*.wav")}
    committed = {p.relative_to(OUT).as_posix(): p.read_bytes() for p in OUT.rglob("*.wav")} \
        if OUT.is_dir() else {}
    differ = sorted(n for n in made if n in committed and made[n] != committed[n])
    missing = sorted(set(made) - set(committed))
    extra = sorted(set(committed) - set(made))
    for label, files in (("differ from what the scripts make", differ),
                         ("are not in assets/audio (run tools/make_audio.py)", missing),
                         ("are in assets/audio but no script makes them", extra)):
        if files:
            print(f"these files {label}: {', '.join(files)}", file=sys.stderr)
    if differ or missing or extra:
        return 1
    print(f"assets/audio: all {len(made)} files match")
    return 0


def _options(argv: list[str]) -> tuple[int, bool, list[str]] | str:
    jobs, check_only, names = 1, False, []
    args = iter(argv)
    for arg in args:
        if arg == "--check":
            check_only = True
        elif arg == "--jobs":
            value = next(args, "")
            if not value.isdigit() or int(value) < 1:
                return "--jobs needs a whole number of processes, 1 or more"
            jobs = int(value)
        else:
            names.append(arg)
    return jobs, check_only, names


def main(argv: list[str]) -> int:
    parsed = _options(argv)
    if isinstance(parsed, str):
        print(parsed, file=sys.stderr)
        return 2
    jobs, check_only, wanted = parsed
    if check_only:
        return check(jobs)
    everything = catalogue()
    groups = {"music": [n for n, v in everything.items() if v[0] == "music"],
              "sfx": [n for n, v in everything.items() if v[0] == "sfx"]}
    unknown = [n for n in wanted if n not in everything and n not in groups]
    if unknown:
        print(f"unknown sound(s): {', '.join(unknown)}; sounds are: {', '.join(everything)}",
              file=sys.stderr)
        return 2
    names = [n for w in wanted for n in groups.get(w, [w])] or list(everything)
    start = time.perf_counter()
    make(names, OUT, jobs)
    total = sum(p.stat().st_size for p in OUT.rglob("*.wav"))
    print(f"{len(names)} sounds in {time.perf_counter() - start:.1f} s; assets/audio holds "
          f"{total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
