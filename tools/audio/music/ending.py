"""The quiet ending (garden party, credits): the real world's tune come home in D major, on
piano and harp, with warm strings. The rain has stopped."""

from __future__ import annotations

from audio.dsp import Signal
from audio.music.rain_theme import play

BPM = 92.0
TUNE = ("A4:1.5 D5:0.5 E5:1 F#5:1 | E5:1.5 D5:0.5 B4:2 | A4:1 F#4:1 A4:1 D5:1 | C#5:3 r:1 |"
        " A4:1.5 D5:0.5 E5:1 F#5:1 | G5:1.5 F#5:0.5 D5:2 | B4:1 D5:1 G5:1 F#5:1 | E5:2 C#5:1 r:1")
CHORDS = [("D3", "A3", "D4", "F#4"), ("G2", "D3", "G3", "B3"), ("D3", "A3", "D4", "F#4"),
          ("A2", "E3", "A3", "C#4"), ("D3", "A3", "D4", "F#4"), ("G2", "D3", "G3", "B3"),
          ("E3", "B3", "E4", "G4"), ("A2", "E3", "A3", "C#4")]


def build() -> Signal:
    return play(TUNE, CHORDS, "ending", BPM, warm=True)
