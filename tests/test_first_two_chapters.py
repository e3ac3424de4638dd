"""The prologue and chapters 1 and 2, played by commands alone from the title screen to
waking up on day two."""

from __future__ import annotations

import pygame

from coraline_game.app import App
from coraline_game.scenes.play import PlayScene
from coraline_game.scenes.title import TitleScene
from coraline_game.world.autoplay import Autoplay
from coraline_game.world.conditions import holds


def shown_layers(world) -> set[str]:
    return {layer.name for layer in world.room.layers if holds(layer.visible_if, world.state)}


def visible(world, name: str) -> bool:
    h = world.room.hotspot(name)
    return h is not None and world.visible(h)


def start_from_title(content) -> PlayScene:
    app = App(content)
    app.open_window()
    assert isinstance(app.stack.top, TitleScene)
    app.stack.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r"))
    scene = app.stack.top
    assert isinstance(scene, PlayScene)
    return scene


def test_new_game_plays_the_prologue_then_chapters_one_and_two(content):
    scene = start_from_title(content)
    world = scene.world
    s = world.state
    play = Autoplay(world)
    assert s.room == "prologue" and world.room.cutscene
    play.settle()
    assert s.room == "bedroom" and s.chapter == 1 and s.inventory == []

    # Day one: the stick, then Wybie at the well, then his parcel out front
    play.click("dowsing_rod")
    play.click("door")
    assert s.room == "hallway"
    play.click("front_door")
    assert s.room == "front_yard" and not visible(world, "parcel")
    play.click("to_garden")
    play.click("wybie", answers=["See you around"])
    assert "met_wybie" in s.flags
    play.click("to_front_yard")
    assert visible(world, "parcel")
    play.click("parcel")
    assert s.inventory == ["dowsing_rod", "rag_doll"] and not visible(world, "parcel")

    # The doll finds the small door; Mom shows it is bricked up and hangs the key up high
    play.click("porch_door")
    play.click("door_living_room")
    assert s.room == "living_room" and not visible(world, "small_door")
    play.click("wallpaper_bump")
    assert "small_door_found" in s.flags and visible(world, "small_door")
    play.click("small_door")
    assert "small_door_open" not in s.flags  # locked
    play.click("door_kitchen")
    assert not visible(world, "key_hook")  # Mom still has the key
    play.click("mother", answers=["Can you open the little door"])
    assert play.said("Bricks") and s.room == "living_room"
    assert "door_bricked" in s.flags and "small_door_open" not in s.flags
    play.click("door_kitchen")
    assert visible(world, "key_hook")
    play.use("dowsing_rod", "key_hook")
    assert "button_key" not in s.inventory  # not with Mom watching

    # Bed ends the day; the doll keeps watch on the sill; a mouse hops in
    play.click("door_living_room")
    play.click("door_hallway")
    play.click("door_bedroom")
    play.click("bed")
    assert s.room == "bedroom" and s.chapter == 2 and "night" in s.flags and s.fade == 0
    assert "rag_doll" not in s.inventory and visible(world, "doll_on_sill")
    play.click("mouse")
    play.click("door")
    play.click("mouse")
    play.click("door_living_room")
    play.click("small_door")
    assert "small_door_open" not in s.flags  # the mouse first
    play.click("mouse")
    play.click("small_door")
    assert "small_door_open" not in s.flags  # the key is still on its hook
    play.click("door_kitchen")
    assert not world.visible(content.rooms["kitchen"].hotspot("mother"))  # Mom has gone to bed
    play.use("dowsing_rod", "key_hook")
    assert "button_key" in s.inventory and not visible(world, "key_hook")

    # By night the bricks are gone
    play.click("door_living_room")
    play.click("small_door")
    assert "small_door_passage" in shown_layers(world) and visible(world, "small_door_passage")
    play.click("small_door_passage")
    play.click("to_other_living_room")
    assert s.room == "other_living_room" and visible(world, "other_mother")

    # The feast, and sleep in the Other bedroom: Coraline wakes at home on day two
    play.click("door_kitchen")
    play.click("feast")
    assert "feast_eaten" in s.flags
    play.click("door_living_room")
    play.click("door_hallway")
    play.click("door_bedroom")
    play.click("bed")
    assert s.room == "bedroom" and s.chapter == 3
    assert "night" not in s.flags and "day_two" in s.flags
    assert s.inventory == ["dowsing_rod", "button_key"]

    # and the player sees it: the scene draws the bedroom without a fade
    canvas = pygame.Surface((640, 360))
    scene.draw(canvas)
    assert len({canvas.get_at((x, y))[:3] for x in range(0, 640, 16) for y in range(0, 320, 16)}) > 20


def test_a_wrong_item_gets_a_varied_in_voice_reply(content):
    from coraline_game.world.world import World
    assert content.event("living_room", ("use", "sofa", "dowsing_rod")) is None
    world = World(content, room="living_room")
    world.give("dowsing_rod")
    play = Autoplay(world)
    play.settle()
    replies = []
    for _ in range(3):
        before = len(play.transcript)
        play.use("dowsing_rod", "sofa")
        (said,) = play.transcript[before:]
        replies.append(said)
    assert all(who == "coraline" for who, _ in replies)
    assert len({text for _, text in replies}) == 3
    assert all(text in content.fallbacks["wrong_item"] for _, text in replies)
