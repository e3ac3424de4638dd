"""Text: wrapping and a cache of rendered strings (text is rendered once per change)."""

from __future__ import annotations

import pygame

from coraline_game.content.paths import assets_dir
from coraline_game.render.assets import Assets
from coraline_game.render.bitmap_font import BitmapFont

SHADOW = (12, 8, 16)


class TextCache:
    """Rendered text surfaces, kept until the cache grows past a few hundred entries.

    ``size`` picks a bitmap face: up to 16 the small "text" face, 17-31 the "title" face, from
    32 the "title" face doubled and from 48 tripled (integer scaling keeps the pixels crisp).
    """

    LIMIT = 512

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._cache: dict[tuple[str, int, tuple[int, int, int], bool], pygame.Surface] = {}
        self._faces: dict[str, BitmapFont] = {}

    def _face(self, name: str) -> BitmapFont:
        font = self._faces.get(name)
        if font is None:
            font = BitmapFont(assets_dir() / "ui", name)
            self._faces[name] = font
        return font

    def face(self, size: int) -> tuple[BitmapFont, int]:
        """The bitmap face for a nominal text size, and its integer scale."""
        if size <= 16:
            return self._face("text"), 1
        if size < 32:
            return self._face("title"), 1
        return self._face("title"), 2 if size < 48 else 3

    def line_height(self, size: int) -> int:
        font, scale = self.face(size)
        return font.line_height * scale

    def size(self, text: str, size: int) -> tuple[int, int]:
        font, scale = self.face(size)
        w, h = font.size(text)
        return w * scale, h * scale

    def render(self, text: str, size: int, colour: tuple[int, int, int],
               shadow: bool = True) -> pygame.Surface:
        colour = (colour[0], colour[1], colour[2])
        key = (text, size, colour, shadow)
        surf = self._cache.get(key)
        if surf is None:
            if len(self._cache) > self.LIMIT:
                self._cache.clear()
            font, scale = self.face(size)
            surf = font.render(text, colour, SHADOW if shadow else None)
            if scale != 1:
                surf = pygame.transform.scale_by(surf, scale)
            self._cache[key] = surf
        return surf

    def wrap(self, text: str, size: int, width: int) -> list[str]:
        """Break text into lines no wider than ``width`` pixels (over-long words are split)."""
        font, scale = self.face(size)

        def fits(line: str) -> bool:
            return font.size(line)[0] * scale <= width

        lines: list[str] = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                trial = f"{current} {word}" if current else word
                if fits(trial):
                    current = trial
                    continue
                if current:
                    lines.append(current)
                current = word
                while len(current) > 1 and not fits(current):
                    cut = len(current) - 1
                    while cut > 1 and not fits(current[:cut]):
                        cut -= 1
                    lines.append(current[:cut])
                    current = current[cut:]
            lines.append(current)
        return lines
