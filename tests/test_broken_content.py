"""A broken copy of the shipped content fails at load time with a message that names the
file and the object — never a traceback, never mid-game."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from coraline_game.cli import main
from coraline_game.content.errors import ContentError
from coraline_game.content.loader import load_content
from coraline_game.content.paths import content_root


@pytest.fixture
def copy(tmp_path) -> Path:
    """A private copy of maps/ and assets/ to break."""
    root = content_root()
    shutil.copytree(root / "maps", tmp_path / "maps")
    shutil.copytree(root / "assets", tmp_path / "assets")
    return tmp_path


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def problems_of(root: Path) -> str:
    with pytest.raises(ContentError) as err:
        load_content(root)
    return str(err.value)


def test_the_shipped_content_loads_clean(copy):
    content = load_content(copy)
    assert {"bedroom", "living_room", "kitchen", "corridor", "other_living_room"} <= set(content.rooms)


def test_an_unknown_action_names_file_line_and_suggestion(copy):
    edit(copy / "maps/rooms/kitchen.script", "    say mother", "    sya mother")
    message = problems_of(copy)
    assert re.search(r"kitchen\.script: line \d+, column \d+: unknown action 'sya' \(did you mean 'say'\?\)",
                     message)


def test_an_unknown_action_in_an_inline_map_script(copy):
    tmx = copy / "maps/rooms/living_room.tmx"
    edit(tmx, '<property name="label" value="Sofa"/>',
         '<property name="label" value="Sofa"/><property name="look" value="sya coraline &quot;hi&quot;"/>')
    message = problems_of(copy)
    assert "living_room.tmx: object 'sofa' (id" in message
    assert "property 'look'" in message and "unknown action 'sya'" in message


def test_an_exit_to_a_missing_room(copy):
    tmx = copy / "maps/rooms/living_room.tmx"
    edit(tmx, 'name="target" value="kitchen"', 'name="target" value="kitchn"')
    message = problems_of(copy)
    assert re.search(r"living_room\.tmx: object 'door_kitchen' \(id \d+\): room 'kitchn' is not defined"
                     r" \(did you mean 'kitchen'\?\)", message)


def test_an_exit_to_a_missing_spawn(copy):
    tmx = copy / "maps/rooms/living_room.tmx"
    edit(tmx, 'name="spawn" value="from_living_room"', 'name="spawn" value="from_livingroom"')
    assert "spawn (in " in problems_of(copy)


def test_a_missing_tileset(copy):
    (copy / "maps/tilesets/house.tsx").rename(copy / "maps/tilesets/house-old.tsx")
    message = problems_of(copy)
    assert re.search(r"bedroom\.tmx: tileset \(firstgid 1\): tileset file '../tilesets/house.tsx'"
                     r" does not exist", message)


def test_truncated_xml(copy):
    tmx = copy / "maps/rooms/kitchen.tmx"
    tmx.write_text(tmx.read_text(encoding="utf-8")[:900], encoding="utf-8")
    assert re.search(r"kitchen\.tmx: line \d+, column \d+: the file is not valid XML", problems_of(copy))


def test_an_unknown_item_in_a_script(copy):
    edit(copy / "maps/rooms/kitchen.script", "give button_key", "give buton_key")
    assert "item 'buton_key' is not defined (did you mean 'button_key'?)" in problems_of(copy)


def test_an_unknown_object_class(copy):
    tmx = copy / "maps/rooms/bedroom.tmx"
    edit(tmx, 'type="hotspot"', 'type="hotpsot"')
    assert re.search(r"bedroom\.tmx: object '\w+' \(id \d+\): unknown class 'hotpsot' \(did you mean"
                     r" 'hotspot'\?\)", problems_of(copy))


def test_check_maps_and_play_report_instead_of_crashing(copy, monkeypatch, capsys):
    edit(copy / "maps/rooms/kitchen.script", "    say mother", "    sya mother")
    monkeypatch.setattr("coraline_game.content.loader.content_root", lambda: copy)
    assert main(["check-maps", str(copy)]) == 1
    assert main(["render", "kitchen", "--out", str(copy / "x.png")]) == 2
    out = capsys.readouterr()
    assert "unknown action 'sya'" in out.out and "unknown action 'sya'" in out.err
    assert "Traceback" not in out.out + out.err


def check(copy: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["check-maps", str(copy), *extra])
    return code, capsys.readouterr().out


def test_check_maps_passes_the_shipped_maps_with_no_warnings(copy, capsys):
    code, out = check(copy, capsys)
    assert code == 0 and out.strip().endswith("0 error(s), 0 warning(s)")


def test_a_misspelt_flag_is_a_warning_with_a_suggestion(copy, capsys):
    edit(copy / "maps/rooms/kitchen.script", "    elif flag night:\n        say coraline \"The button key",
         "    elif flag nigth:\n        say coraline \"The button key")
    code, out = check(copy, capsys)
    assert code == 0  # warnings do not fail
    assert "flag 'nigth' is tested but never set (did you mean 'night'?)" in out


def test_an_exit_with_no_way_back_is_a_warning(copy, capsys):
    edit(copy / "maps/rooms/kitchen.tmx",
         '<property name="target" value="living_room"/>\n    <property name="spawn" value="from_kitchen"/>',
         '<property name="target" value="bedroom"/>\n    <property name="spawn" value="start"/>')
    code, out = check(copy, capsys)
    assert "exit to 'bedroom' has no way back" in out


def test_an_unreachable_hotspot_is_an_error(copy, capsys):
    tmx = copy / "maps/rooms/bedroom.tmx"
    text = tmx.read_text(encoding="utf-8")
    # a wall across the floor between the left spawns and the rest of the room
    text = text.replace("</objectgroup>", '<object id="900" name="wall" type="blocker" x="250" y="150"'
                        ' width="12" height="170"/></objectgroup>', 1)
    tmx.write_text(text, encoding="utf-8")
    code, out = check(copy, capsys)
    assert code == 1
    assert re.search(r"bedroom\.tmx: object '\w+' \(id \d+\): Coraline cannot reach '\w+' from spawn", out)


def test_a_missing_twin_room_is_an_error(copy, capsys):
    edit(copy / "maps/rooms/living_room.tmx", 'value="other_living_room"', 'value="other_livingroom"')
    code, out = check(copy, capsys)
    assert code == 1 and "twin room 'other_livingroom' is not defined" in out


def test_check_maps_speaks_json_for_tools(copy, capsys):
    import json
    edit(copy / "maps/rooms/kitchen.script", "    say mother", "    sya mother")
    code, out = check(copy, capsys, "--json")
    report = json.loads(out)
    assert code == 1 and report["errors"] >= 1
    first = report["problems"][0]
    assert first["file"].endswith("kitchen.script") and "unknown action 'sya'" in first["message"]


def test_check_maps_on_one_file_reports_only_that_file(copy, capsys):
    edit(copy / "maps/rooms/kitchen.script", "    say mother", "    sya mother")
    code, out = check(copy, capsys, str(copy / "maps/rooms/bedroom.tmx"))
    assert "kitchen.script" not in out


@pytest.mark.parametrize("old, new, words", [
    ('colour = "#7fb2e5"', 'colour = "blue"', "colour 'blue' must look like"),
    ('sprite = "mother"', 'sprite = "mum"', "sprite 'assets/sprites/mum.png' does not exist"),
    ('[coraline]', '[coraline]\nspeed = "fast"', "speed 'fast' must be a number"),
])
def test_registry_typos_name_the_entry(copy, old, new, words):
    edit(copy / "maps/characters.toml", old, new)
    message = problems_of(copy)
    assert "maps/characters.toml: [" in message and words in message


def test_a_broken_toml_file_is_a_message(copy):
    (copy / "maps/items.toml").write_text("[button_key\nname = ", encoding="utf-8")
    assert "maps/items.toml: not valid TOML" in problems_of(copy)
