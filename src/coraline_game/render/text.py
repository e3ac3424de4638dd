"""Text: wrapping and a cache of rendered strings (text is rendered once per change)."""

from __future__ import annotations

import pygame

from coraline_game.render.assets import Assets


class TextCache:
    """Rendered text surfaces, kept until the cache grows past a few hundred entries."""

    LIMIT = 512

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._cache: dict[tuple[str, int, tuple[int, int, int], bool], pygame.Surface] = {}

    def render(self, text: str, size: int, colour: tuple[int, int, int],
               shadow: bool = True) -> pygame.Surface:
        key = (text, size, colour, shadow)
        surf = self._cache.get(key)
        if surf is None:
            if len(self._cache) > self.LIMIT:
                self._cache.clear()
            font = self.assets.font(size)
            face = font.render(text, False, colour)
            if shadow:
                surf = pygame.Surface((face.get_width() + 1, face.get_height() + 1), pygame.SRCALPHA)
                surf.blit(font.render(text, False, (12, 8, 16)), (1, 1))
                surf.blit(face, (0, 0))
            else:
                surf = face
            self._cache[key] = surf
        return surf

    def wrap(self, text: str, size: int, width: int) -> list[str]:
        """Break text into lines no wider than ``width`` pixels."""
        font = self.assets.font(size)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                trial = f"{current} {word}" if current else word
                if font.size(trial)[0] <= width or not current:
                    current = trial
                else:
                    lines.append(current)
                    current = word
            lines.append(current)
        return lines
