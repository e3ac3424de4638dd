"""One module per room (or pair of twin rooms) added after the first slice.

Each module draws its pictures into assets/props/ and has a ``build()`` function; the
``rooms`` part of tools/make_art.py finds every module here and runs them in name order.
A module keeps its own layout table (name -> (x, y, w, h) in map pixels), the single
source for the art and for where the map places each image layer.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable


def builders() -> dict[str, Callable[[], None]]:
    """Every room module's build function, by module name, in name order."""
    out: dict[str, Callable[[], None]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        out[info.name] = module.build
    return out


def build() -> None:
    for build_room in builders().values():
        build_room()
