"""The seeing stone's lens and the Other World's decay, as the player sees them; the shuffled
hiding places, as the world decides them."""

from __future__ import annotations

import pygame

from coraline_game.world.world import World

from test_render import colours, render

HUNT = "night,night_three,game_accepted"


def test_each_eye_found_drains_and_unravels_the_other_world_further(tmp_path):
    stages = [render(tmp_path, "other_living_room", "--ticks", "0", "--flag", HUNT + extra)
              for extra in ("", ",eyes_1", ",eyes_1,eyes_2", ",eyes_1,eyes_2,eyes_3")]
    edge = pygame.Rect(0, 0, 640, 24)

    def white(image) -> int:
        return sum(1 for x in range(edge.left, edge.right) for y in range(edge.top, edge.bottom)
                   if min(image.get_at((x, y))[:3]) > 225)

    def saturation(image) -> float:
        cs = colours(image, pygame.Rect(100, 60, 440, 200))
        return sum(max(c) - min(c) for c in cs) / len(cs)

    whites = [white(i) for i in stages]
    sats = [saturation(i) for i in stages]
    assert whites == sorted(whites) and whites[0] < whites[1] < whites[3]
    assert sats[0] > sats[1] > sats[2] > sats[3]


def test_the_real_world_never_decays(tmp_path):
    calm = render(tmp_path, "living_room", "--ticks", "0", "--flag", "parents_gone")
    after = render(tmp_path, "living_room", "--ticks", "0", "--flag", "parents_gone,eyes_1,eyes_2")
    assert calm.get_at((320, 4)) == after.get_at((320, 4))
    assert colours(calm, pygame.Rect(0, 0, 640, 320)) == colours(after, pygame.Rect(0, 0, 640, 320))


def test_the_lens_drains_the_colour_under_it_and_nowhere_else(tmp_path):
    plain = render(tmp_path, "other_living_room", "--ticks", "0", "--flag", "night,night_one",
                   "--give", "seeing_stone", "--mouse", "250,170")
    lens = render(tmp_path, "other_living_room", "--ticks", "0", "--flag", "night,night_one",
                  "--give", "seeing_stone", "--mouse", "250,170", "--lens")
    inside = [lens.get_at((x, y))[:3] for x in range(215, 250, 3) for y in range(190, 212, 3)]
    assert all(abs(r - g) < 40 and abs(g - b) < 40 for r, g, b in inside)  # cold grey
    assert any(abs(r - b) > 40 for r, _, b in (plain.get_at((x, y))[:3]
                                                for x in range(215, 250, 3) for y in range(190, 212, 3)))
    assert lens.get_at((600, 40)) == plain.get_at((600, 40))  # far from the lens: unchanged


def test_the_stone_lens_needs_the_stone(tmp_path, capsys):
    from coraline_game.cli import main
    assert main(["render", "other_living_room", "--out", str(tmp_path / "x.png"), "--lens"]) == 2
    assert "seeing stone" in capsys.readouterr().err


def test_the_hiding_places_are_place_one_unless_shuffled_and_then_fixed_by_the_seed(content):
    def places(seed: int, shuffled: bool) -> tuple[int, ...]:
        world = World(content, seed=seed)
        if shuffled:
            world.state.flags.add("shuffled")
        out = []
        for area in ("garden_eye", "theatre_eye", "circus_eye"):
            world.shuffle(area, 3)
            raised = [i for i in (1, 2, 3) if f"{area}_at_{i}" in world.state.flags]
            assert len(raised) == 1
            out.append(raised[0])
        return tuple(out)

    assert {places(seed, False) for seed in range(10)} == {(1, 1, 1)}
    assert places(7, True) == places(7, True)
    assert len({places(seed, True) for seed in range(12)}) > 3  # the seed really decides


def test_at_the_last_stage_nothing_in_front_hangs_over_the_torn_edges(content):
    """The Other living room's potted plant stands in front of the actors at its left edge: once
    the picture tears there, the plant is torn away with it, and no leaf floats on the white."""
    from coraline_game.app import App, StartState
    from coraline_game.render.assets import Assets
    from coraline_game.render.decay import NOTHING
    from coraline_game.render.room_view import RoomView
    from coraline_game.render.sprites import Sprites

    def composed(flags: tuple[str, ...]) -> RoomView:
        app = App(content, StartState(room="other_living_room", spawn="start", items=(),
                                      flags=("parents_gone", *flags), seed=0))
        assets = Assets()
        view = RoomView(content.rooms["other_living_room"], assets, Sprites(assets))
        view.composite(app.new_world().state)
        return view

    whole, torn = composed(()), composed(("eyes_1", "eyes_2", "eyes_3"))
    assert whole.front is not None and torn.front is not None
    w, h = whole.front.get_size()
    edge = [(x, y) for x in range(0, 60) for y in range(h) if whole.front.get_at((x, y)).a]
    assert edge, "the plant stands at the left edge"
    gone = [p for p in edge if torn.back.get_at(p)[:3] == NOTHING]
    assert gone, "the nothing reaches the plant at the last stage"
    assert all(torn.front.get_at(p).a == 0 for p in gone)
    kept = [p for p in edge if torn.back.get_at(p)[:3] != NOTHING]
    assert any(torn.front.get_at(p).a for p in kept), "the rest of the plant is still there"


def test_the_door_home_stays_whole_while_the_corridor_comes_apart(content, tmp_path):
    """The escape runs to the corridor's far door: at the last stage the white nothing eats the
    walls around it, but the door itself (a layer marked ``whole``) is still there to find."""
    from test_render import render
    door = next(layer for layer in content.rooms["corridor"].layers if layer.name == "door_left")
    assert door.whole
    image = render(tmp_path, "corridor", "--ticks", "0", "--spawn", "start",
                   "--flag", "parents_gone,eyes_1,eyes_2,eyes_3")
    picture = pygame.image.load(door.image)
    x0, y0 = door.offset
    opaque = [(x, y) for x in range(picture.get_width()) for y in range(picture.get_height())
              if picture.get_at((x, y)).a]
    white = [p for p in opaque if image.get_at((x0 + p[0], y0 + p[1]))[:3] == (236, 234, 228)]
    assert len(white) < len(opaque) // 50
    assert image.get_at((2, y0 + 20))[:3] == (236, 234, 228)  # the wall beside it is gone


def test_faint_pixels_drain_as_much_as_solid_ones_and_stay_as_faint():
    """A soft halo in a picture greys with the room, not just its solid middle."""
    from coraline_game.render.decay import DRAIN, apply_decay
    picture = pygame.Surface((2, 1), pygame.SRCALPHA)
    picture.set_at((0, 0), (40, 200, 230, 255))
    picture.set_at((1, 0), (40, 200, 230, 42))
    apply_decay(picture, 3, "test", edges=False)
    solid, faint = picture.get_at((0, 0)), picture.get_at((1, 0))
    assert faint.a == 42 and solid.a == 255
    spread = [max(c[:3]) - min(c[:3]) for c in (solid, faint)]
    assert spread[1] <= spread[0] + 2 and spread[0] <= round(190 * (1 - DRAIN[3])) + 2
