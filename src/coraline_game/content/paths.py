"""Where the game's content lives: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def content_root() -> Path:
    """The folder holding ``maps/`` and ``assets/``."""
    installed = _PACKAGE / "_content"
    if (installed / "maps").is_dir():
        return installed
    checkout = _PACKAGE.parent.parent  # src/coraline_game -> repository root
    return checkout


def maps_dir() -> Path:
    return content_root() / "maps"


def assets_dir() -> Path:
    return content_root() / "assets"
