"""Writing music down: a tiny note language and a loop-length bus to mix notes into.

``"E5:2 G5:1 | r:1 C5+E5:2"``: note (or ``r`` for a rest, ``+`` for a chord) and its length in
beats; ``|`` is a bar line for the reader and means nothing. A ``Bus`` is one part of a loop,
rendered past its end and folded back, so a note ringing over the seam sounds at the start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from audio.dsp import Signal, fold, place, remove_dc, reverb, samples, spectral, Gain


@dataclass(frozen=True, slots=True)
class Note:
    beat: float  # when it starts, in beats from the start of the loop
    length: float  # in beats
    pitches: tuple[str, ...]  # note names; empty for a rest


def notes(text: str, start: float = 0.0) -> list[Note]:
    """Parse the note language into notes (rests dropped), each with its starting beat."""
    out = []
    beat = start
    for word in text.replace("|", " ").split():
        name, _, length = word.partition(":")
        beats = float(length or 1)
        if name != "r":
            out.append(Note(beat, beats, tuple(name.split("+"))))
        beat += beats
    return out


def beats_of(text: str) -> float:
    """How many beats a line of the note language lasts."""
    return sum(float(w.partition(":")[2] or 1) for w in text.replace("|", " ").split())


@dataclass(slots=True)
class Bus:
    """One part of a loop of ``beats`` beats at ``bpm``: notes are mixed in, then folded."""

    bpm: float
    beats: float
    tail: float = 5.0  # seconds a sound may ring past the loop's end
    buffer: Signal = field(init=False)

    def __post_init__(self) -> None:
        self.buffer = np.zeros(self.length + samples(self.tail))

    @property
    def length(self) -> int:
        """The loop's length in samples: a length the FFT likes (the tempo moves by <0.5%)."""
        return smooth_length(samples(self.beats * 60.0 / self.bpm))

    def at(self, beat: float) -> int:
        return int(round(beat * self.length / self.beats))

    def seconds(self, beats: float) -> float:
        return beats * 60.0 / self.bpm

    def add(self, beat: float, sound: Signal, gain: float = 1.0) -> None:
        start = self.at(beat) % self.length
        need = start + len(sound)
        if need > len(self.buffer):
            self.buffer = np.concatenate([self.buffer, np.zeros(need - len(self.buffer))])
        place(self.buffer, start, sound, gain)

    def play(self, line: list[Note], voice: Callable[[Note, str], Signal], gain: float = 1.0) -> None:
        """Every note of ``line`` through ``voice(note, pitch)`` (once per pitch of a chord)."""
        for note in line:
            for pitch in note.pitches:
                self.add(note.beat, voice(note, pitch), gain)

    def loop(self) -> Signal:
        """The part as one seamless period."""
        return fold(self.buffer, self.length)


def smooth_length(n: int) -> int:
    """The first length from ``n`` up with no prime factor above 7: circular filters and reverbs
    on it are fast (an awkward length can be twenty times slower)."""
    m = n
    while True:
        rest = m
        for p in (2, 3, 5, 7):
            while rest % p == 0:
                rest //= p
        if rest == 1:
            return m
        m += 1


def finish(loop: Signal, gain: Gain | None = None, room: float = 0.0, wet: float = 0.0,
           seed: str = "", bright: float = 4000.0) -> Signal:
    """A loop through an optional filter and reverb, all circular (the seam stays seamless)."""
    out = loop
    if gain is not None:
        out = spectral(out, gain, circular=True)
    if room > 0 and wet > 0:
        out = reverb(out, room, wet, seed, circular=True, bright=bright)
    return remove_dc(out, circular=True)


def bars(text: str) -> Iterator[str]:
    """The bars of a line, for parts that follow the harmony bar by bar."""
    for bar in text.split("|"):
        if bar.strip():
            yield bar.strip()
