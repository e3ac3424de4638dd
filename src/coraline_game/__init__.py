"""Coraline: The Little Door - a point-and-click adventure.

Layers, from the bottom up: ``content`` (disk to plain data), ``world`` (the pure
simulation), ``render`` (pixels from state), ``scenes`` and ``app`` (the window and loop).
"""

import os

# pygame prints a banner on import; the game and its tools speak for themselves.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
