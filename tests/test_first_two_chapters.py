"""The first playable slice, played by commands alone from the title screen to waking up."""

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


def test_the_slice_from_title_to_waking_up(content):
    scene = start_from_title(content)
    world = scene.world
    s = world.state
    play = Autoplay(world)
    play.settle()
    assert s.room == "bedroom" and s.inventory == []

    # Day: the doll and the dowsing rod from the bedroom
    play.click("rag_doll")
    play.click("dowsing_rod")
    assert s.inventory == ["rag_doll", "dowsing_rod"]
    assert not visible(world, "rag_doll")

    # The bump in the living-room wallpaper hides a small locked door
    play.click("door_living_room")
    assert s.room == "living_room"
    assert visible(world, "wallpaper_bump") and not visible(world, "small_door")
    play.click("wallpaper_bump")
    assert "small_door_found" in s.flags and visible(world, "small_door")
    play.click("small_door")
    assert "small_door_open" not in s.flags  # locked, and she has no key

    # Mother knows where the key is; the rod knocks it off its hook
    play.click("door_kitchen")
    assert s.room == "kitchen" and visible(world, "mother")
    play.click("mother", answers=["Where's the key", "Never mind"])
    assert play.said("hook above the fridge")
    play.use("dowsing_rod", "key_hook")
    assert "button_key" in s.inventory and not visible(world, "key_hook")

    # By day the door opens on bricks
    play.click("door_living_room")
    play.use("button_key", "small_door")
    assert "small_door_open" in s.flags
    assert "small_door_bricks" in shown_layers(world)
    assert not visible(world, "small_door_passage")

    # Bed ends the day
    play.click("door_bedroom")
    play.click("bed")
    assert s.room == "bedroom" and "night" in s.flags and s.fade == 0

    # By night the bricks are gone
    play.click("door_living_room")
    assert not world.visible(content.rooms["kitchen"].hotspot("mother"))  # Mom has gone to bed
    play.click("small_door")
    assert "small_door_passage" in shown_layers(world) and visible(world, "small_door_passage")
    play.click("small_door_passage")
    assert s.room == "corridor"
    play.click("to_other_living_room")
    assert s.room == "other_living_room" and visible(world, "other_mother")

    # The Other Mother, and home again to wake in bed
    play.click("other_mother", answers=["Who are you", "Never mind"])
    assert "met_other_mother" in s.flags
    play.click("small_door_back")
    assert s.room == "corridor"
    play.click("to_living_room")
    assert s.room == "bedroom"
    assert "night" not in s.flags and "day_two" in s.flags
    assert s.inventory == ["rag_doll", "dowsing_rod", "button_key"]

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
