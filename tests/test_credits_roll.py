"""The end credits roll up the screen like a film's (issue 8: scrolling credits that name the
tools and libraries used): one tall picture that rises a whole pixel at a time, comes to rest
with its last card in the middle of the screen, and the story ends (credits_done) when it
does."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pygame

from coraline_game.content.picture_effects import png_size
from coraline_game.render.picture_effects import roll_length
from coraline_game.world.commands import Advance
from coraline_game.world.world import World

from test_render import render

REPO = Path(__file__).resolve().parent.parent
INK = (232, 226, 212)  # the roll's words (tools/art/rooms/epilogue.py PAGE_INK)
MIDDLE = pygame.Rect(24, 60, 592, 200)  # clear of the frame's fading top and bottom


def the_roll(content):
    (roll,) = [e for e in content.rooms["credits"].effects if e.kind == "roll"]
    return roll


def words(image: pygame.Surface, rect: pygame.Rect) -> set[tuple[int, int]]:
    return {(x, y) for x in range(rect.left, rect.right) for y in range(rect.top, rect.bottom)
            if image.get_at((x, y))[:3] == INK}


def test_the_credits_rise_a_whole_pixel_at_a_time(tmp_path):
    before = render(tmp_path, "credits", "--ticks", "1200")
    after = render(tmp_path, "credits", "--ticks", "1202")  # 30 px a second: a pixel in 2 ticks
    seen = words(before, MIDDLE)
    assert len(seen) > 500  # names on the screen half a minute in...
    assert {(x, y - 1) for x, y in seen} == words(after, MIDDLE.move(0, -1))  # ...one pixel up,
    # crisp: the words are the same pixels, not smeared across two rows


def test_the_roll_comes_to_rest_with_its_last_card_in_the_middle(tmp_path, content):
    rest = roll_length(the_roll(content), png_size(the_roll(content).image)[1])
    empty = render(tmp_path, "credits", "--ticks", "1")
    almost = render(tmp_path, "credits", "--ticks", str(rest - 1))
    still = render(tmp_path, "credits", "--ticks", str(rest))
    later = render(tmp_path, "credits", "--ticks", str(rest + 300))
    same = pygame.image.tobytes(still, "RGB") == pygame.image.tobytes(later, "RGB")
    assert same and pygame.image.tobytes(almost, "RGB") != pygame.image.tobytes(still, "RGB")
    card = [(x, y) for x in range(640) for y in range(320)
            if still.get_at((x, y)) != empty.get_at((x, y))]
    xs, ys = [x for x, _ in card], [y for _, y in card]
    assert abs((min(xs) + max(xs)) / 2 - 320) <= 8 and abs((min(ys) + max(ys)) / 2 - 160) <= 12
    assert min(ys) > 40 and max(ys) < 280  # one card, alone on the screen


def test_the_story_ends_when_the_roll_comes_to_rest(content):
    roll = the_roll(content)
    rest = roll_length(roll, png_size(roll.image)[1])
    assert 50 * 60 <= rest <= 70 * 60  # about a minute: time to read every name
    world = World(content, room="credits")
    for _ in range(rest + 60):
        if "credits_done" in world.state.flags:
            break
        world.step([Advance()] if world.state.line is not None else [])
    assert "credits_done" in world.state.flags
    assert abs(world.state.tick - rest) <= 2


def test_the_roll_names_every_library_the_game_and_its_tools_use():
    sys.path.insert(0, str(REPO / "tools"))
    try:
        from art.rooms import epilogue
    finally:
        sys.path.remove(str(REPO / "tools"))
    named = " ".join(name for name, _ in epilogue.TOOLS)
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = list(project["project"]["dependencies"])
    for extra in project["project"]["optional-dependencies"].values():
        wanted += extra
    wanted += project["build-system"]["requires"]
    for requirement in wanted:
        name = requirement.split(">")[0].split("=")[0].split("<")[0].strip()
        assert name in named, f"the credits do not name {name}"
    for also in ("Python", "SDL", "Tiled"):
        assert also in named
