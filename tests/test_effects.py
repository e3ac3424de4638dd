"""Ambient effects placed in Tiled: checked at load, drawn from the tick alone, hidden and
layered as the map says, and faded with the Other World's decay."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pygame
import pytest

from test_tiled_adapter import make_map

from coraline_game.content.errors import ContentError
from coraline_game.content.model import EFFECT_KINDS, PICTURE_KINDS, Effect
from coraline_game.content.script import parse_condition
from coraline_game.content.tiled import ALLOWED_PROPERTIES, load_room
from coraline_game.content.tiled_project import object_types_xml, project_text
from coraline_game.render.assets import Assets
from coraline_game.render.effects import EFFECTS, draw_effects, prepare, strength
from coraline_game.render.room_view import RoomView
from coraline_game.render.sprites import Sprites
from coraline_game.world.conditions import holds

RAIN = "(not flag day_two or flag parents_gone and not flag parents_back) and not flag night"


def map_with_effect(tmp_path, *props: tuple[str, str, str], shape: str = 'width="20" height="10"'):
    """The adapter's test map with one effect object (id 9, named 'drizzle') added."""
    path = make_map(tmp_path)
    lines = "".join(f'<property name="{n}" type="{t}" value="{v}"/>' if t else
                    f'<property name="{n}" value="{v}"/>' for n, t, v in props)
    path.write_text(path.read_text().replace(
        '<object id="4" name="start"',
        f'<object id="9" name="drizzle" type="effect" x="4" y="2" {shape}>'
        f'<properties>{lines}</properties></object><object id="4" name="start"'))
    return path


def load_problem(path) -> str:
    with pytest.raises(ContentError) as err:
        load_room(str(path))
    return str(err.value)


def test_an_effect_object_loads_with_its_properties(tmp_path):
    room = load_room(str(map_with_effect(
        tmp_path, ("effect", "", "glow"), ("colour", "color", "#ffff8040"), ("density", "float", "2"),
        ("foreground", "bool", "true"), ("visible_if", "", "flag night"))))
    (fx,) = room.effects
    assert (fx.kind, fx.rect, fx.colour, fx.density, fx.foreground) == \
        ("glow", (4, 2, 20, 10), (255, 128, 64), 2.0, True)
    assert fx.name == "drizzle" and fx.object_id == 9
    assert fx.visible_if == parse_condition("flag night", "x", "y")


@pytest.mark.parametrize("props, says", [
    ((("effect", "", "rian"),), "'effect' is 'rian' (did you mean 'rain'?)"),
    ((("effect", "", "glow"), ("colour", "color", "orange")), "'colour' is 'orange'"),
    ((("effect", "", "glow"), ("visible_if", "", "flag night and")), "visible_if"),
    ((("effect", "", "glow"), ("density", "float", "0")), "'density'"),
    ((("effect", "", "glow"), ("speed", "", "3")), "'speed' is for the picture effects"),
    ((("effect", "", "glow"), ("sped", "", "3")), "unknown property 'sped' for a effect"),
    ((), "needs an 'effect' property"),
])
def test_a_broken_effect_names_the_file_and_the_object(tmp_path, props, says):
    message = load_problem(map_with_effect(tmp_path, *props))
    assert "room.tmx" in message and "object 'drizzle' (id 9)" in message
    assert says in message


def test_an_effect_must_be_a_rectangle(tmp_path):
    message = load_problem(map_with_effect(tmp_path, ("effect", "", "rain"), shape='><point/'))
    assert "object 'drizzle' (id 9)" in message and "must be a rectangle" in message


def test_the_registry_and_the_tiled_project_offer_the_same_effects(content):
    listed = json.loads(project_text(content))["propertyTypes"]
    types = {t["name"]: t for t in listed}
    assert len(types) == len(listed), "Tiled needs every property type's name to be unique"
    assert (*EFFECTS, *PICTURE_KINDS) == EFFECT_KINDS
    assert tuple(types["effect_kind"]["values"]) == EFFECT_KINDS
    members = {m["name"]: m for m in types["effect"]["members"]}
    assert list(members) == list(ALLOWED_PROPERTIES["effect"])
    assert members["effect"]["propertyType"] == "effect_kind"
    assert '<objecttype name="effect"' in object_types_xml()


def frame(effect: Effect, tick: int, world: str = "real", stage: int = 0) -> bytes:
    surface = pygame.Surface((160, 120))
    surface.fill((40, 60, 50))
    draw_effects(surface, [prepare(effect, world, stage)], tick, 0,
                 [strength(effect, world, stage)])
    return pygame.image.tobytes(surface, "RGB")


@pytest.mark.parametrize("kind", EFFECTS)  # the picture effects: tests/test_picture_effects.py
def test_effects_are_drawn_from_the_tick_alone(kind):
    effect = Effect(kind=kind, rect=(10, 10, 120, 90), object_id=7)
    random.seed(1)
    first = frame(effect, 300)
    random.seed(2)  # the global random has no say
    assert frame(effect, 300) == first
    blank = pygame.image.tobytes(pygame.Surface((160, 120)), "RGB")
    assert first != blank
    assert frame(effect, 300) != frame(effect, 391), f"{kind} does not move"


def test_twin_effects_with_different_ids_do_not_move_in_step():
    rain = Effect(kind="rain", rect=(0, 0, 160, 120), object_id=1)
    assert frame(rain, 50) != frame(replace(rain, object_id=2), 50)


def test_effects_stay_inside_their_rectangle():
    surface = pygame.Surface((160, 120))
    draw_effects(surface, [prepare(Effect(kind="rain", rect=(40, 30, 50, 40), object_id=3,
                                          density=4), "real", 0)], 120, 0, [1.0])
    lit = [(x, y) for x in range(160) for y in range(120) if surface.get_at((x, y))[:3] != (0, 0, 0)]
    assert lit and all(40 <= x < 90 and 30 <= y < 70 for x, y in lit)


def room_frame(content, room_id: str, flags: tuple[str, ...], tick: int,
               effects: tuple[Effect, ...] | None = None) -> pygame.Surface:
    """The room as RoomView draws it for a state in ``room_id`` with ``flags``."""
    from coraline_game.app import App, StartState
    app = App(content, StartState(room=room_id, spawn="start", items=(), flags=flags, seed=0))
    world = app.new_world()
    room = content.rooms[room_id] if effects is None else replace(content.rooms[room_id],
                                                                 effects=effects)
    assets = Assets()
    view = RoomView(room, assets, Sprites(assets))
    world.state.tick = tick
    surface = pygame.Surface((640, 320))
    sheets = {c.id: c.sprite for c in content.characters.values()}
    view.draw(surface, world.state, 0, sheets)
    return surface


def test_the_garden_rains_until_day_two_and_the_rain_moves(content):
    wet = room_frame(content, "garden", (), 10)
    assert pygame.image.tobytes(wet, "RGB") != pygame.image.tobytes(
        room_frame(content, "garden", (), 11), "RGB")
    dry = [room_frame(content, "garden", ("day_two",), t) for t in (10, 11)]
    assert pygame.image.tobytes(dry[0], "RGB") == pygame.image.tobytes(dry[1], "RGB")


def test_visible_if_hides_an_effect(content):
    night_glow = (Effect(kind="glow", rect=(200, 100, 120, 100), object_id=5,
                         visible_if=parse_condition("flag night", "t", "t")),)
    plain = room_frame(content, "study", (), 60, effects=())
    day = room_frame(content, "study", (), 60, effects=night_glow)
    night_without = room_frame(content, "study", ("night",), 60, effects=())
    night = room_frame(content, "study", ("night",), 60, effects=night_glow)
    assert pygame.image.tobytes(day, "RGB") == pygame.image.tobytes(plain, "RGB")
    assert pygame.image.tobytes(night, "RGB") != pygame.image.tobytes(night_without, "RGB")


def test_a_foreground_effect_draws_over_coraline_and_a_background_one_behind_her(content):
    player = _state(content, (), "study").player
    body = (round(player.x), round(player.y) - 20)  # her coat, well above her feet
    glow = Effect(kind="glow", rect=(body[0] - 60, body[1] - 60, 120, 120), object_id=8)
    none = room_frame(content, "study", (), 0, effects=())
    behind = room_frame(content, "study", (), 0, effects=(glow,))
    over = room_frame(content, "study", (), 0, effects=(replace(glow, foreground=True),))
    assert behind.get_at(body) == none.get_at(body)  # she hides the light behind her
    assert sum(over.get_at(body)[:3]) > sum(none.get_at(body)[:3])  # the light falls on her


def test_the_other_worlds_warm_light_fades_as_it_comes_apart():
    glow = Effect(kind="glow", rect=(10, 10, 120, 90), object_id=4)

    def brightness(stage: int) -> int:
        return sum(frame(glow, 0, "other", stage))

    other = [brightness(stage) for stage in range(4)]
    assert other[0] > other[1] > other[2] > other[3]
    assert frame(glow, 0, "real", 3) == frame(glow, 0, "real", 0)  # real lamps never fade


def test_shipped_effects_are_where_the_story_needs_them(content):
    rooms = content.rooms
    kinds = {room: {e.kind for e in rooms[room].effects} for room in rooms}
    assert "rain" in kinds["garden"] and "rain" in kinds["front_yard"]
    assert "fireflies" in kinds["other_garden"] and "breathing" in kinds["corridor"]
    assert "dust" in kinds["theatre"]
    for room in ("bedroom", "living_room", "kitchen", "hallway"):
        glass = [e for e in rooms[room].effects if e.kind == "rain_on_glass"]
        assert glass, room
        rain = [layer for layer in rooms["garden"].layers if layer.name == "rain"][0]
        assert all(e.visible_if == rain.visible_if for e in glass), room
    raining = content.rooms["garden"].effects[0].visible_if
    assert holds(raining, _state(content, ()))
    assert not holds(raining, _state(content, ("day_two",)))
    assert holds(raining, _state(content, ("day_two", "parents_gone")))
    assert not holds(raining, _state(content, ("night_one", "night")))  # clear, moonlit nights


def _state(content, flags: tuple[str, ...], room: str = "garden"):
    from coraline_game.app import App, StartState
    return App(content, StartState(room=room, spawn="start", items=(), flags=flags,
                                   seed=0)).new_world().state


def test_behind_the_actors_effects_stop_at_the_ragged_tear_itself(content):
    """At the last stage a glow over the whole Other kitchen lights the room right up to the
    torn edge, and never the white nothing or the threads hanging from it."""
    from coraline_game.render.decay import tear_overlay
    flags = ("parents_gone", "eyes_1", "eyes_2", "eyes_3")
    everywhere = (Effect(kind="glow", rect=(0, 0, 640, 320), object_id=3, density=8),)
    lit = room_frame(content, "other_kitchen", flags, 0, effects=everywhere)
    dark = room_frame(content, "other_kitchen", flags, 0, effects=())
    tear = tear_overlay((640, 320), 3, "other_kitchen")
    torn = [(x, y) for x in range(0, 640, 3) for y in range(0, 320, 3) if tear.get_at((x, y)).a]
    assert torn and all(lit.get_at(p) == dark.get_at(p) for p in torn)
    inside = [(x, y) for x in range(60, 580, 7) for y in range(80, 300, 7)]
    changed = sum(lit.get_at(p) != dark.get_at(p) for p in inside)
    assert changed > len(inside) // 2  # and lights the room inside it
