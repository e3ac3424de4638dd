"""The eye hunt: a creeping pizzicato in D minor, a clock ticking, a heartbeat, strings
trembling a semitone apart, and the waltz's tune, soured, drifting past from somewhere."""

from __future__ import annotations

from audio.dsp import Signal, bandpass, highpass, hz, loop_lfo, lowpass, rng, spectral
from audio.instruments import heartbeat, music_box, pad, pluck_bass, tick, tom
from audio.score import Bus, finish, notes

BPM = 108.0
BEATS = 32
ROOTS = ("D3", "D3", "Bb2", "A2", "D3", "D3", "Bb2", "A2")
STEPS = (0, 0, 3, 0, 2, 0, -1, 0)  # semitones from the root, on each eighth
CLUSTERS = (("A4", "Bb4"), ("F4", "Gb4"), ("A4", "Bb4"), ("G#4", "A4"))  # two bars each
MOTIF = "r:8 Eb5:1 G5:1 Ab5:2 | Eb5:2 r:2 | r:8 C6:1 B5:1 Ab5:2 | G5:4"


def build() -> Signal:
    r = rng("hunt")
    bass, clock, beat, strings, box, drums = (Bus(BPM, BEATS) for _ in range(6))
    for bar, root in enumerate(ROOTS):
        for k, step in enumerate(STEPS):
            at = bar * 4 + k * 0.5
            vel = 0.8 if k in (0, 4) else 0.55
            bass.add(at, pluck_bass(hz(root) * 2 ** (step / 12), vel, seed=f"b{at}"))
        beat.add(bar * 4, heartbeat(0.9, seed=f"hb{bar}"))
    for k in range(BEATS):
        clock.add(k, tick(0.5 if k % 2 == 0 else 0.35, 3200.0 if k % 2 == 0 else 2600.0, seed=f"t{k}"))
    for k, cluster in enumerate(CLUSTERS):
        for pitch in cluster:
            strings.add(k * 8, pad(hz(pitch), strings.seconds(8.0) - 0.4, 0.5, attack=2.0, release=1.0,
                                   brightness=9, spread=12.0, seed=f"s{k}{pitch}"))
    for note in notes(MOTIF):
        box.add(note.beat, music_box(hz(note.pitches[0]), 0.5, float(r.uniform(-30, 30)), 0.6,
                                     seed=f"m{note.beat}"))
    for at in (13.0, 14.0, 14.5, 15.0, 15.5, 29.0, 30.0, 30.5, 31.0, 31.5):
        drums.add(at, tom(hz("D2"), 0.5 + 0.1 * (at % 4), seed=f"d{at}"))
    n = bass.length
    tremolo = 0.65 + 0.35 * loop_lfo(n, int(round(7.0 * n / 22050)))
    string_part = finish(strings.loop(), bandpass(250.0, 3500.0)) * tremolo
    mix = (0.9 * bass.loop() + 0.22 * spectral(clock.loop(), highpass(1200.0), circular=True)
           + 0.35 * beat.loop() + 0.16 * string_part
           + 0.25 * finish(box.loop(), highpass(300.0), room=3.0, wet=0.6, seed="hunt box")
           + 0.35 * finish(drums.loop(), lowpass(3000.0)))
    return finish(mix, highpass(35.0), room=1.6, wet=0.22, seed="hunt", bright=3000.0)

