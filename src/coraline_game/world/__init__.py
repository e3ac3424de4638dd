"""The simulation: pure Python, fixed 60 Hz ticks, no window, no clock, one seeded RNG.

Commands go in (``World.step``), state and events come out; drawing, sound and timing
listen to them. Nothing here imports pygame.
"""

TICKS_PER_SECOND = 60
