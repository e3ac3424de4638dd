"""Deterministic art generators for Coraline: The Little Door (run tools/make_art.py)."""
