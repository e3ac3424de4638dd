"""The effects that move a drawn picture: a lamp swinging, a mobile turning, the credits rising.

Checked at load against the picture itself (a designer's wrong size is named with the file and
object), and drawn from the tick: the swing goes out and back through the straight frame, the
spin visits every frame, and the roll rises from when the room was entered and comes to rest."""

from __future__ import annotations

import pygame
import pytest

from test_effects import load_problem, map_with_effect

from coraline_game.content.model import Effect
from coraline_game.content.tiled import load_room
from coraline_game.render.effects import draw_effects, prepare
from coraline_game.render.picture_effects import roll_length, spin_frame, swing_frame

FRAME = (12, 16)  # one frame of the test strips


def strip(tmp_path, frames: int, size: tuple[int, int] = FRAME, name: str = "strip.png") -> str:
    """A strip of ``frames`` frames, frame i filled with a grey of 20 * (i + 1)."""
    w, h = size
    surface = pygame.Surface((w * frames, h))
    for i in range(frames):
        surface.fill((20 * (i + 1),) * 3, (i * w, 0, w, h))
    pygame.image.save(surface, str(tmp_path / name))
    return name


def picture_map(tmp_path, kind: str, *props: tuple[str, str, str], size=FRAME):
    w, h = size
    return map_with_effect(tmp_path, ("effect", "", kind), *props,
                           shape=f'width="{w}" height="{h}"')


def test_a_swing_loads_its_strip_relative_to_the_map(tmp_path):
    image = strip(tmp_path, 5)
    room = load_room(str(picture_map(tmp_path, "swing", ("image", "file", image),
                                     ("frames", "int", "5"), ("period", "int", "200"))))
    (fx,) = room.effects
    assert (fx.kind, fx.frames, fx.period) == ("swing", 5, 200)
    assert fx.image == str(tmp_path / image)


@pytest.mark.parametrize("kind, props, says", [
    ("swing", (("frames", "int", "5"),), "needs an 'image' property"),
    ("swing", (("image", "file", "nowhere.png"), ("frames", "int", "5")),
     "'image' 'nowhere.png' does not exist"),
    ("swing", (("image", "file", "room.tmx"), ("frames", "int", "5")), "is not a PNG"),
    ("swing", (("image", "file", "strip.png"), ("frames", "int", "4")),
     "'image' is 60x16 px, but 4 frames of this 12x16 rectangle make 48x16"),
    ("swing", (("image", "file", "strip.png"), ("frames", "int", "1")), "3 or more"),
    ("spin", (("image", "file", "strip.png"), ("frames", "int", "5"), ("period", "int", "0")),
     "'period' is '0'"),
    ("roll", (("image", "file", "strip.png"), ("speed", "float", "-4")), "'speed' is '-4"),
    ("roll", (("image", "file", "strip.png"),), "'image' is 60 px wide but the rectangle is 12"),
])
def test_a_wrong_picture_effect_is_named_at_load(tmp_path, kind, props, says):
    strip(tmp_path, 5)
    message = load_problem(picture_map(tmp_path, kind, *props))
    assert "room.tmx" in message and "object 'drizzle' (id 9)" in message
    assert says in message


def frames_seen(effect: Effect, picture: pygame.Surface, ticks, entered: int = 0) -> list[int]:
    """Which frame (by its grey) shows at each tick; 0 where nothing shows at the probe."""
    prepared = prepare(effect, "real", 0, picture)
    seen = []
    for tick in ticks:
        surface = pygame.Surface((40, 40))
        draw_effects(surface, [prepared], tick, 0, [1.0], entered)
        seen.append(surface.get_at((effect.rect[0] + 2, effect.rect[1] + 2))[0] // 20)
    return seen


def test_a_swing_goes_out_and_back_through_its_straight_frame(tmp_path):
    picture = pygame.image.load(str(tmp_path / strip(tmp_path, 5)))
    lamp = Effect(kind="swing", rect=(4, 4, *FRAME), image="x", frames=5, period=120, object_id=1)
    seen = frames_seen(lamp, picture, range(0, 240))
    assert set(seen) == {1, 2, 3, 4, 5}  # every frame, furthest left to furthest right
    assert seen[:120] == seen[120:]  # one swing a period
    steps = [abs(a - b) for a, b in zip(seen, seen[1:])]
    assert max(steps) == 1, "a pendulum passes through every angle between"
    twin = Effect(kind="swing", rect=lamp.rect, image="x", frames=5, period=120, object_id=2)
    assert [swing_frame(twin, t) for t in range(120)] != [swing_frame(lamp, t) for t in range(120)]


def test_a_spin_shows_each_frame_in_turn(tmp_path):
    picture = pygame.image.load(str(tmp_path / strip(tmp_path, 4)))
    mobile = Effect(kind="spin", rect=(4, 4, *FRAME), image="x", frames=4, period=80, object_id=3)
    seen = frames_seen(mobile, picture, range(0, 80, 20))
    assert sorted(seen) == [1, 2, 3, 4]
    assert [spin_frame(mobile, t) for t in range(0, 80, 20)] == [s - 1 for s in seen]


def test_a_roll_rises_from_the_rooms_entry_and_comes_to_rest(tmp_path):
    tall = pygame.Surface((20, 90))
    tall.fill((200, 0, 0))
    tall.fill((0, 200, 0), (0, 80, 20, 10))  # the last card, green
    roll = Effect(kind="roll", rect=(0, 0, 20, 40), image="x", speed=30.0)
    prepared = prepare(roll, "real", 0, tall)

    def shot(tick: int, entered: int) -> pygame.Surface:
        surface = pygame.Surface((20, 60))
        draw_effects(surface, [prepared], tick, 0, [1.0], entered)
        return surface

    assert shot(1000, 1000).get_at((5, 39))[:3] == (0, 0, 0)  # nothing yet on entering
    assert shot(1040, 1000).get_at((5, 39))[:3] == (200, 0, 0)  # 20 px risen after 40 ticks
    assert shot(1040, 1000).get_at((5, 15))[:3] == (0, 0, 0)
    rest = 1000 + roll_length(roll, 90)
    assert shot(rest, 1000).get_at((5, 35))[:3] == (0, 200, 0)  # the last card at the bottom
    assert pygame.image.tobytes(shot(rest + 600, 1000), "RGB") == \
        pygame.image.tobytes(shot(rest, 1000), "RGB")  # and it stays
    assert shot(rest, 1000).get_at((5, 45))[:3] == (0, 0, 0)  # never below its rectangle
