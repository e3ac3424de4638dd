"""Draws text with the game's pixel bitmap fonts (assets/ui/font_<face>.png + .json).

Glyphs are white on transparent; colours come from tinting the whole sheet once per colour.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame

RGB = tuple[int, int, int]


class BitmapFont:
    """One face of a bitmap font: measures and renders single lines of text."""

    TINT_LIMIT = 32

    def __init__(self, folder: str | Path, face: str = "text") -> None:
        folder = Path(folder)
        meta = json.loads((folder / f"font_{face}.json").read_text(encoding="utf-8"))
        sheet = pygame.image.load(str(folder / f"font_{face}.png"))
        self.sheet: pygame.Surface = sheet.convert_alpha() if pygame.display.get_surface() else sheet
        self.face: str = face
        self.line_height: int = int(meta["line_height"])
        self.baseline: int = int(meta["baseline"])
        self.cap_height: int = int(meta["cap_height"])
        self.spacing: int = int(meta["spacing"])
        self.glyphs: dict[str, tuple[pygame.Rect, int]] = {
            ch: (pygame.Rect(g["rect"]), int(g["advance"])) for ch, g in meta["glyphs"].items()
        }
        # The box drawn for characters the font does not have: about a cap-height tall.
        self._box_width = max(3, (self.cap_height * 3 + 3) // 5)
        self._tinted: dict[RGB, pygame.Surface] = {}

    def has(self, ch: str) -> bool:
        return ch in self.glyphs

    def advance(self, ch: str) -> int:
        glyph = self.glyphs.get(ch)
        return glyph[1] if glyph is not None else self._box_width + self.spacing

    def size(self, text: str) -> tuple[int, int]:
        """Width (the ink of the last glyph, no trailing letter spacing) and line height."""
        if not text:
            return 0, self.line_height
        return sum(self.advance(ch) for ch in text) - self.spacing, self.line_height

    def _sheet(self, colour: RGB) -> pygame.Surface:
        sheet = self._tinted.get(colour)
        if sheet is None:
            if len(self._tinted) >= self.TINT_LIMIT:
                self._tinted.clear()
            sheet = self.sheet.copy()
            sheet.fill((*colour, 255), special_flags=pygame.BLEND_RGBA_MULT)
            self._tinted[colour] = sheet
        return sheet

    def _draw(self, target: pygame.Surface, text: str, colour: RGB, x: int, y: int) -> None:
        sheet = self._sheet(colour)
        top = self.baseline - self.cap_height
        for ch in text:
            glyph = self.glyphs.get(ch)
            if glyph is None:
                box = pygame.Rect(x, y + top, self._box_width, self.cap_height)
                pygame.draw.rect(target, colour, box, width=1)
                x += self._box_width + self.spacing
            else:
                rect, advance = glyph
                target.blit(sheet, (x, y), rect)
                x += advance

    def render(self, text: str, colour: tuple[int, int, int],
               shadow_colour: tuple[int, int, int] | None = None) -> pygame.Surface:
        """One line of text on a transparent surface; with a shadow it is 1 px wider and taller."""
        colour = (colour[0], colour[1], colour[2])
        w, h = self.size(text)
        extra = 1 if shadow_colour is not None else 0
        surf = pygame.Surface((max(1, w + extra), h + extra), pygame.SRCALPHA)
        if shadow_colour is not None:
            self._draw(surf, text, (shadow_colour[0], shadow_colour[1], shadow_colour[2]), 1, 1)
        self._draw(surf, text, colour, 0, 0)
        return surf
