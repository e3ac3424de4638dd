"""Coraline: The Little Door - a point-and-click adventure.

Layers, from the bottom up: ``content`` (disk to plain data), ``world`` (the pure
simulation), ``render`` (pixels from state), ``scenes`` and ``app`` (the window and loop).
"""

__version__ = "0.1.0"
