"""Loads images once and keeps them: every surface is converted for fast blits."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

import pygame

from coraline_game.content.paths import assets_dir


@dataclass(frozen=True, slots=True)
class SheetInfo:
    frame: tuple[int, int]
    anchor: tuple[int, int]
    eyes: tuple[tuple[int, int], ...]


class Assets:
    """A cache of surfaces keyed by path, and of character sheets by name."""

    def __init__(self, root: str | None = None) -> None:
        self.root = root or str(assets_dir())
        self._images: dict[str, pygame.Surface] = {}
        self._sheets: dict[str, tuple[pygame.Surface, SheetInfo]] = {}

    def image(self, path: str) -> pygame.Surface:
        """An image by absolute path, or by path relative to assets/."""
        full = path if os.path.isabs(path) else os.path.join(self.root, path)
        surf = self._images.get(full)
        if surf is None:
            surf = pygame.image.load(full)
            surf = surf.convert_alpha() if pygame.display.get_surface() else surf
            self._images[full] = surf
        return surf

    def forget(self) -> None:
        """Drop every cached image, so edited files are read again (F5)."""
        self._images.clear()
        self._sheets.clear()

    def optional(self, rel: str) -> pygame.Surface | None:
        full = os.path.join(self.root, rel)
        return self.image(full) if os.path.isfile(full) else None

    def sheet(self, name: str) -> tuple[pygame.Surface, SheetInfo]:
        cached = self._sheets.get(name)
        if cached is None:
            image = self.image(os.path.join("sprites", f"{name}.png"))
            meta_path = os.path.join(self.root, "sprites", f"{name}.json")
            meta = {}
            if os.path.isfile(meta_path):
                with open(meta_path, encoding="utf-8") as f:
                    meta = json.load(f)
            info = SheetInfo(tuple(meta.get("frame", (32, 64))),  # type: ignore[arg-type]
                             tuple(meta.get("anchor", (16, 62))),  # type: ignore[arg-type]
                             tuple(tuple(e) for e in meta.get("eyes", ())))  # type: ignore[misc]
            cached = (image, info)
            self._sheets[name] = cached
        return cached
