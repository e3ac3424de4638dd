"""What the player sees: rooms render headless, the door is drawn where the map puts it."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.cli import main

from coraline_game.content.paths import content_root

ROOMS = sorted(p.stem for p in (content_root() / "maps" / "rooms").glob("*.tmx"))


def render(tmp_path, room: str, *extra: str) -> pygame.Surface:
    out = tmp_path / f"{room}-{len(extra)}-{abs(hash(extra))}.png"
    assert main(["render", room, "--out", str(out), *extra]) == 0
    return pygame.image.load(str(out))


def colours(image: pygame.Surface, rect: pygame.Rect) -> set:
    return {image.get_at((x, y))[:3] for x in range(rect.left, rect.right, 2)
            for y in range(rect.top, rect.bottom, 2)}


@pytest.mark.parametrize("room", ROOMS)
def test_every_room_renders_with_detail(tmp_path, room):
    image = render(tmp_path, room)
    assert image.get_size() == (640, 360)
    assert len(colours(image, pygame.Rect(0, 0, 640, 320))) > 40  # art, not a flat fill


def test_the_small_door_appears_where_the_map_puts_its_hotspot(tmp_path, content):
    door = content.rooms["living_room"].hotspot("small_door")
    x, y, w, h = (round(v) for v in door.bbox)
    hidden = render(tmp_path, "living_room")
    found = render(tmp_path, "living_room", "--flag", "small_door_found")
    changed = [(px, py) for px in range(0, 640) for py in range(0, 320)
               if hidden.get_at((px, py)) != found.get_at((px, py))]
    assert changed, "finding the door changes nothing on screen"
    cx = sum(p[0] for p in changed) / len(changed)
    cy = sum(p[1] for p in changed) / len(changed)
    assert x <= cx <= x + w and y <= cy <= y + h, (cx, cy, door.bbox)


def test_hovering_the_door_shows_its_name(tmp_path, content):
    door = content.rooms["living_room"].hotspot("small_door")
    x, y, w, h = door.bbox
    plain = render(tmp_path, "living_room", "--flag", "small_door_found")
    hover = render(tmp_path, "living_room", "--flag", "small_door_found",
                   "--mouse", f"{round(x + w / 2)},{round(y + h / 2)}")
    above = pygame.Rect(round(x + w / 2) - 40, round(y + h / 2) - 34, 80, 22)
    assert colours(plain, above) != colours(hover, above)


def test_a_bad_room_name_is_a_message_not_a_traceback(tmp_path, capsys):
    assert main(["render", "livingroom", "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "no room called 'livingroom' (did you mean 'living_room'?)" in err


def test_every_item_she_carries_has_a_slot_on_the_bar():
    """However much she carries, every item gets its own slot inside the bar, left to right."""
    from coraline_game.render import LOGICAL_SIZE
    from coraline_game.render.ui import inventory_slots
    for count in (1, 14, 15, 17, 24):
        slots = inventory_slots(count)
        assert all(0 <= r.left and r.right <= LOGICAL_SIZE[0] for r in slots), count
        assert all(a.left < b.left for a, b in zip(slots, slots[1:]))
        assert len({r.center for r in slots}) == count


def test_debug_names_stay_on_screen_and_do_not_overprint_each_other():
    import pygame
    from coraline_game.render.debug import _free_spot
    screen, placed = pygame.Rect(0, 0, 640, 320), []
    first = _free_spot(pygame.Rect(600, 100, 80, 10), placed, screen)
    second = _free_spot(pygame.Rect(590, 102, 80, 10), placed, screen)
    assert screen.contains(first) and screen.contains(second)
    assert not first.colliderect(second)
