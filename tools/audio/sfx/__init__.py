"""The sound effects, grouped by kind; each module lists its sounds in ``SOUNDS``."""
