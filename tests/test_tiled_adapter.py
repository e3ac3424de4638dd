"""The pytmx adapter sees a map the way Tiled draws it: layer order, groups, class or type."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from coraline_game.content.errors import ContentError
from coraline_game.content.script import ALWAYS, And, Flag
from coraline_game.content.tiled import load_room

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="t" tilewidth="16" tileheight="16" tilecount="4" columns="2">
 <image source="t.png" width="32" height="32"/>
</tileset>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<map version="{version}" tiledversion="{version}.0" orientation="orthogonal" renderorder="right-down" width="4" height="2" tilewidth="16" tileheight="16" infinite="0" nextlayerid="9" nextobjectid="9">
 <properties><property name="title" value="Test room"/></properties>
 <tileset firstgid="1" source="t.tsx"/>
 <objectgroup id="5" name="objects">
  <object id="1" name="floor" {kind}="walkarea" x="0" y="16"><polygon points="0,0 64,0 64,16 0,16"/></object>
  <object id="2" name="lamp" {kind}="hotspot" x="2" y="2" width="10" height="10">
   <properties><property name="label" value="Lamp"/><property name="walk_to" type="object" value="3"/>
    <property name="look">say coraline "A lamp."
say coraline "Still a lamp."</property></properties>
  </object>
  <object id="3" name="by_lamp" {kind}="point" x="8" y="24"><point/></object>
  <object id="4" name="start" {kind}="spawn" x="30" y="24"><point/></object>
 </objectgroup>
 <layer id="1" name="floor" width="4" height="2"><data encoding="csv">1,2,1,2,3,4,3,4</data></layer>
 <group id="2" name="props" offsetx="5" offsety="3">
  <properties><property name="visible_if" value="flag night"/></properties>
  <imagelayer id="3" name="lamp_glow" offsetx="1" offsety="1">
   <properties><property name="visible_if" value="flag lamp_on"/></properties>
   <image source="t.png" width="32" height="32"/>
  </imagelayer>
  <layer id="4" name="rug" width="4" height="2"><data encoding="csv">0,0,4,0,0,0,0,0</data></layer>
 </group>
 <group id="6" name="hidden" visible="0">
  <layer id="7" name="never" width="4" height="2"><data encoding="csv">1,1,1,1,1,1,1,1</data></layer>
 </group>
 <layer id="8" name="front" width="4" height="2">
  <properties><property name="foreground" type="bool" value="true"/></properties>
  <data encoding="csv">0,0,0,0,0,0,0,1</data></layer>
</map>
"""


def make_map(folder: Path, version: str = "1.8", kind: str = "type") -> Path:
    surf = pygame.Surface((32, 32))
    surf.fill((200, 100, 50))
    pygame.image.save(surf, str(folder / "t.png"))
    (folder / "t.tsx").write_text(TSX, encoding="utf-8")
    path = folder / "room.tmx"
    path.write_text(TMX.format(version=version, kind=kind), encoding="utf-8")
    return path


def test_layers_come_in_tiled_drawing_order_with_group_offsets(tmp_path):
    room = load_room(str(make_map(tmp_path)))
    assert [layer.name for layer in room.layers] == ["floor", "lamp_glow", "rug", "front"]
    floor, glow, rug, front = room.layers
    assert glow.offset == (6, 4) and glow.image.endswith("t.png")
    assert (rug.tiles[0].x, rug.tiles[0].y) == (2 * 16 + 5, 0 + 3)
    assert rug.visible_if == Flag("night")
    assert glow.visible_if == And(Flag("night"), Flag("lamp_on"))
    assert floor.visible_if is ALWAYS and not floor.foreground
    assert front.foreground
    assert room.title == "Test room"


@pytest.mark.parametrize("version, kind", [("1.8", "type"), ("1.9", "class"), ("1.10", "type"),
                                           ("1.11", "type")])
def test_objects_load_the_same_from_tiled_1_8_1_9_and_1_10(tmp_path, version, kind):
    room = load_room(str(make_map(tmp_path, version, kind)))
    lamp = room.hotspot("lamp")
    assert lamp is not None and lamp.label == "Lamp" and lamp.walk_to == (8.0, 24.0)
    assert room.spawns["start"].x == 30
    assert len(room.walkareas) == 1
    look = room.events[("look", "lamp", "")]
    assert [stmt.action.text for stmt in look.body] == ["A lamp.", "Still a lamp."]


def test_a_walk_to_that_is_not_a_point_is_reported(tmp_path):
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace('type="object" value="3"', 'type="object" value="4"'))
    with pytest.raises(ContentError, match=r"room.tmx: object 'lamp' \(id 2\): 'walk_to' must point"):
        load_room(str(path))


TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object name="lamp" type="hotspot" width="10" height="12">
  <properties><property name="label" value="Lamp"/><property name="verb" value="look"/></properties>
 </object>
</template>
"""


def test_object_templates_are_applied_and_instances_override_them(tmp_path):
    path = make_map(tmp_path)
    (tmp_path / "lamp.tx").write_text(TEMPLATE, encoding="utf-8")
    text = path.read_text()
    text = text.replace('<object id="4" name="start"',
                        '<object id="6" template="lamp.tx" name="lamp2" x="40" y="1">'
                        '<properties><property name="label" value="Other lamp"/></properties></object>\n'
                        '  <object id="7" template="lamp.tx" name="lamp3" x="50" y="1"/>\n'
                        '  <object id="4" name="start"')
    path.write_text(text)
    room = load_room(str(path))
    lamp2, lamp3 = room.hotspot("lamp2"), room.hotspot("lamp3")
    assert lamp2.kind == "hotspot" and lamp2.label == "Other lamp" and lamp2.verb == "look"
    assert lamp2.bbox == (40.0, 1.0, 10.0, 12.0)
    assert lamp3.label == "Lamp"


def test_properties_named_like_pytmx_attributes_do_not_break_loading(tmp_path):
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace('<property name="label" value="Lamp"/>',
                                             '<property name="label" value="Lamp"/><property name="visible" value="x"/>'))
    with pytest.raises(ContentError, match=r"object 'lamp' \(id 2\): unknown property 'visible'"):
        load_room(str(path))


@pytest.mark.parametrize("template, cls", [("hotspot", "hotspot"), ("pickup", "hotspot"),
                                           ("exit", "exit"), ("actor", "actor"), ("spawn", "spawn"),
                                           ("point", "point"), ("walkarea", "walkarea"),
                                           ("blocker", "blocker")])
def test_every_shipped_template_makes_its_kind_of_object(tmp_path, template, cls):
    from coraline_game.content.paths import maps_dir
    from coraline_game.content.tmx_objects import read_objects
    import xml.etree.ElementTree as ET
    src = maps_dir() / "templates" / f"{template}.tx"
    group = ET.fromstring(f'<objectgroup><object id="1" name="x" template="{src}" x="10" y="20"/></objectgroup>')
    problems: list = []
    (obj,) = read_objects(group, str(tmp_path), "m.tmx", (0, 0), problems)
    assert not problems and obj.cls == cls and (obj.x, obj.y) == (10, 20)


def test_a_tile_id_beyond_its_tileset_is_reported(tmp_path):
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace("1,2,1,2,3,4,3,4", "1,2,1,2,3,4,3,99"))
    with pytest.raises(ContentError, match=r"room.tmx: layer 'floor': tile at column 3, row 1 uses a"
                                           r" tile id that no tileset has"):
        load_room(str(path))


@pytest.mark.parametrize("bad, words", [
    ('<property name="verb" value="lick"/>', "'verb' is 'lick'; it must be one of look, use"),
    ('<property name="facing" value="upp"/>', "'facing' is 'upp' (did you mean 'up'?)"),
    ('<property name="visible_if" value="flag"/>', "expected a flag name"),
    ('<property name="lable" value="x"/>', "unknown property 'lable' for a hotspot (did you mean 'label'?)"),
])
def test_bad_property_values_name_the_object(tmp_path, bad, words):
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace('<property name="label" value="Lamp"/>',
                                             '<property name="label" value="Lamp"/>' + bad))
    with pytest.raises(ContentError) as err:
        load_room(str(path))
    assert "room.tmx: object 'lamp' (id 2)" in str(err.value) and words in str(err.value)


def test_tiled_1_9_classes_on_the_map_and_layers_do_not_break_loading(tmp_path):
    path = make_map(tmp_path, "1.9", "class")
    text = path.read_text().replace('infinite="0"', 'infinite="0" class="room"')
    text = text.replace('<layer id="1" name="floor"', '<layer id="1" name="floor" class="floorboards"')
    path.write_text(text)
    room = load_room(str(path))
    assert [layer.name for layer in room.layers][0] == "floor"
