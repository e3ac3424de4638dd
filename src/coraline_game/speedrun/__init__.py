"""Speedrun support: categories and splits, the run clock, records and bests, replays and
LiveSplit. It listens to the world (its state and events) and never changes it."""
