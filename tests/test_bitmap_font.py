"""The pixel bitmap fonts: every glyph is drawn, measuring and wrapping agree, the generator is stable."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame
import pytest

from coraline_game.content.paths import assets_dir
from coraline_game.render.assets import Assets
from coraline_game.render.bitmap_font import BitmapFont
from coraline_game.render.text import TextCache

TOOLS = Path(__file__).resolve().parents[1] / "tools"
FONTS = assets_dir() / "ui"
PRINTABLE = [chr(c) for c in range(32, 127)]
EXTRAS = "…’‘“”—–éèàöüñç"


def ink(surface: pygame.Surface) -> int:
    return sum(1 for x in range(surface.get_width()) for y in range(surface.get_height())
               if surface.get_at((x, y)).a)


@pytest.mark.parametrize("face", ["text", "title"])
def test_every_printable_character_has_a_drawn_glyph(face: str) -> None:
    font = BitmapFont(FONTS, face)
    wanted = PRINTABLE + (list(EXTRAS) if face == "text" else [])
    for ch in wanted:
        assert font.has(ch), f"{face} has no glyph for {ch!r}"
        pixels = ink(font.render(ch, (255, 255, 255)))
        if ch == " ":
            assert pixels == 0
        else:
            assert pixels > 0, f"{face} glyph {ch!r} is empty"


def test_measures_and_renders() -> None:
    font = BitmapFont(FONTS, "text")
    assert font.size("Hello")[0] > font.size("Hi")[0]
    assert font.render("Hello", (236, 228, 214)).get_size() == font.size("Hello")
    shadowed = font.render("Hello", (236, 228, 214), (12, 8, 16))
    assert shadowed.get_size() == (font.size("Hello")[0] + 1, font.line_height + 1)
    assert font.render("Hello", (127, 178, 229)).get_at((0, 2)).a in (0, 255)
    assert font.line_height == 11


def test_unknown_characters_are_drawn_as_a_box() -> None:
    font = BitmapFont(FONTS, "text")
    assert not font.has("Ж")
    assert ink(font.render("Ж", (255, 255, 255))) > 0
    assert font.size("aЖb")[0] > font.size("ab")[0]


@pytest.mark.parametrize("size", [12, 16, 24, 40])
def test_wrap_never_exceeds_the_width(size: int) -> None:
    text = TextCache(Assets())
    paragraph = ("Coraline pushed the little door open. Behind it there was only a wall of red "
                 "bricks, neatly laid, as if someone had bricked up the doorway long ago - and "
                 "yet, that night, something small and black slipped through the gap, "
                 "whiskers first, and said: \"You're not from around here, are you?\" ") * 3
    for width in (90, 160, 300, 600):
        lines = text.wrap(paragraph, size, width)
        assert "".join(lines).replace(" ", "") == paragraph.replace(" ", "")  # nothing lost
        for line in lines:
            assert text.render(line, size, (236, 228, 214), shadow=False).get_width() <= width


def test_text_cache_picks_faces_and_scales() -> None:
    text = TextCache(Assets())
    small = text.render("Door", 16, (236, 228, 214), shadow=False)
    mid = text.render("Door", 24, (236, 228, 214), shadow=False)
    big = text.render("Door", 40, (236, 228, 214), shadow=False)
    assert small.get_height() == 11 and mid.get_height() == 20
    assert big.get_size() == (mid.get_width() * 2, mid.get_height() * 2)


def test_generator_is_deterministic(tmp_path: Path) -> None:
    sys.path.insert(0, str(TOOLS))
    try:
        from art import font
    finally:
        sys.path.remove(str(TOOLS))
    first, second = tmp_path / "a", tmp_path / "b"
    font.build(first)
    font.build(second)
    names = sorted(p.name for p in first.iterdir())
    assert names == ["font_text.json", "font_text.png", "font_title.json", "font_title.png"]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes()
        assert (first / name).read_bytes() == (FONTS / name).read_bytes(), f"{name} is stale"
