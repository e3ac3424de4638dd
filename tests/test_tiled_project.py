"""The Tiled project offers designers exactly what the game accepts, and stays in sync."""

from __future__ import annotations

import json


from coraline_game.content.paths import maps_dir
from coraline_game.content.tiled import ALLOWED_PROPERTIES, OBJECT_CLASSES
from coraline_game.content.tiled_project import object_types_xml, project_text


def test_the_committed_project_matches_the_registries(content):
    committed = (maps_dir() / "coraline.tiled-project").read_text(encoding="utf-8")
    assert committed == project_text(content), \
        "maps/coraline.tiled-project is stale: run `coraline tiled-project`"
    assert (maps_dir() / "objecttypes.xml").read_text(encoding="utf-8") == object_types_xml()


def test_enums_list_every_room_item_and_character(content):
    types = {t["name"]: t for t in json.loads(project_text(content))["propertyTypes"]}
    assert types["room"]["values"] == sorted(content.rooms)
    assert types["item"]["values"] == sorted(content.items)
    assert types["character"]["values"] == sorted(content.characters)
    for cls in OBJECT_CLASSES:
        assert [m["name"] for m in types[cls]["members"]] == list(ALLOWED_PROPERTIES[cls])


def test_properties_left_at_their_project_default_mean_what_the_loader_assumes(tmp_path, content):
    """Tiled leaves a property at its class default out of the file, so the loader's own
    default must be the project's."""
    from test_tiled_adapter import make_map

    from coraline_game.content.tiled import load_room
    types = {t["name"]: t for t in json.loads(project_text(content))["propertyTypes"]}
    defaults = {cls: {m["name"]: m["value"] for m in types[cls]["members"]} for cls in OBJECT_CLASSES}
    path = make_map(tmp_path)
    path.write_text(path.read_text().replace(
        '<object id="4" name="start"',
        '<object id="6" name="bare_hotspot" type="hotspot" x="40" y="0" width="8" height="8">'
        '<properties><property name="label" value="A"/></properties></object>'
        '<object id="7" name="bare_exit" type="exit" x="50" y="0" width="8" height="8">'
        '<properties><property name="label" value="B"/><property name="target" value="x"/></properties>'
        '</object><object id="8" name="bare_actor" type="actor" x="30" y="24">'
        '<properties><property name="label" value="C"/><property name="character" value="cat"/>'
        '</properties><point/></object><object id="4" name="start"'))
    room = load_room(str(path))
    hotspot, exit_, actor = (room.hotspot(n) for n in ("bare_hotspot", "bare_exit", "bare_actor"))
    assert hotspot.verb == defaults["hotspot"]["verb"] and hotspot.facing == defaults["hotspot"]["facing"]
    assert exit_.spawn == defaults["exit"]["spawn"]
    assert actor.verb == defaults["actor"]["verb"] and actor.actor_facing == defaults["actor"]["facing"]
    assert room.spawns["start"].facing == defaults["spawn"]["facing"]
