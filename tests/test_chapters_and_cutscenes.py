"""Chapters announce themselves with a title card a click hurries; cutscene rooms hide
Coraline and the inventory, and Esc skips them."""

from __future__ import annotations

import pygame

from coraline_game.render.ui import PANEL
from coraline_game.world.commands import Advance, Skip
from coraline_game.world.events import ChapterStarted
from coraline_game.world.world import CHAPTER_CARD_TICKS, World

from test_render import render


def run_until(world: World, done, limit: int = 5000) -> list:
    """Step (clicking past each line, as a player would) until ``done(state)``."""
    events = []
    for _ in range(limit):
        if done(world.state):
            return events
        events += world.step([Advance()] if world.state.line is not None else [])
    raise AssertionError("the world never got there")


def test_new_game_plays_the_prologue_then_announces_chapter_one(content):
    world = World(content)
    assert world.state.room == "prologue" and world.state.chapter == 0
    events = run_until(world, lambda s: s.room == "bedroom" and s.idle, limit=60 * 60)
    assert ChapterStarted(1, "The Pink Palace") in events
    assert world.state.chapter == 1
    assert world.state.tick > 10 * 60  # a real scene, not a flash


def test_escape_skips_the_prologue_at_once(content):
    world = World(content)
    world.step()
    world.step([Skip()])
    run_until(world, lambda s: s.room == "bedroom", limit=120)
    assert world.state.chapter == 1


def test_a_chapter_card_stays_until_its_time_or_a_click(content):
    world = World(content, room="bedroom")
    world.state.flags |= {"door_bricked"}
    world.give("rag_doll")
    run_until(world, lambda s: s.idle)
    from coraline_game.world.commands import Interact
    world.step([Interact("bed", "use")])
    run_until(world, lambda s: s.chapter == 2)
    s = world.state
    assert s.chapter == 2 and s.chapter_title == "The Other Mother"
    assert CHAPTER_CARD_TICKS - 2 <= s.chapter_card_until - s.tick <= CHAPTER_CARD_TICKS
    world.step()
    assert s.busy  # the card holds the story
    world.step([Advance()])
    assert s.chapter_card_until <= s.tick  # a click hurries it


def test_the_card_fills_the_screen_with_the_chapter_title(content):
    from coraline_game.render.assets import Assets
    from coraline_game.render.text import TextCache
    from coraline_game.render.ui import Hud
    assets = Assets()
    hud = Hud(assets, TextCache(assets))
    surface = pygame.Surface((640, 360))
    hud.chapter_card(surface, 4, "Buttons", 255)
    colours = [surface.get_at((x, y))[:3] for x in range(0, 640, 4) for y in range(0, 360, 4)]
    assert sum(c == PANEL for c in colours) > 0.9 * len(colours)
    assert len(set(colours)) > 2  # and there are words on it


def test_a_cutscene_room_hides_coraline_and_the_inventory(tmp_path):
    staged = render(tmp_path, "prologue", "--ticks", "1")
    played = render(tmp_path, "bedroom", "--ticks", "1")
    bar = pygame.Rect(0, 322, 640, 38)

    def bar_colours(image):
        return {image.get_at((x, y))[:3] for x in range(bar.left, bar.right, 2)
                for y in range(bar.top, bar.bottom, 2)}

    assert len(bar_colours(played)) > 2  # the inventory slots are drawn in a room
    assert len(bar_colours(staged)) <= 2  # and not over a cutscene
