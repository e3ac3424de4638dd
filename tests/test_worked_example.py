"""The worked example of docs/level-design.md, built exactly as the guide says, loads clean
and plays: a new room with a hotspot, an item to pick up, a conditional event and an exit."""

from __future__ import annotations

import shutil
from pathlib import Path

from coraline_game.cli import main
from coraline_game.content.loader import load_content
from coraline_game.content.paths import content_root
from coraline_game.world.autoplay import Autoplay
from coraline_game.world.world import World

EXAMPLE = Path(__file__).resolve().parent / "fixtures" / "worked_example" / "maps"
GUIDE = Path(__file__).resolve().parent.parent / "docs" / "level-design.md"


def build_example(tmp_path: Path) -> Path:
    root = content_root()
    shutil.copytree(root / "maps", tmp_path / "maps")
    shutil.copytree(root / "assets", tmp_path / "assets")
    for f in (EXAMPLE / "rooms").iterdir():
        shutil.copy(f, tmp_path / "maps" / "rooms" / f.name)
    for name in ("items.toml", "common.script"):
        with open(tmp_path / "maps" / name, "a", encoding="utf-8") as out:
            out.write("\n" + (EXAMPLE / name).read_text(encoding="utf-8"))
    return tmp_path


def test_the_guide_shows_the_example_files_it_builds():
    guide = GUIDE.read_text(encoding="utf-8")
    script = (EXAMPLE / "rooms" / "box_room.script").read_text(encoding="utf-8")
    for line in script.splitlines():
        if line.strip() and not line.startswith("#"):
            assert line in guide, f"docs/level-design.md lacks the example line: {line!r}"


def test_the_worked_example_checks_clean_and_plays(tmp_path, capsys):
    root = build_example(tmp_path)
    assert main(["check-maps", str(root)]) == 0
    out = capsys.readouterr().out
    assert "0 error(s)" in out
    assert "exit to 'kitchen' has no way back" in out  # the guide's last step fixes this

    world = World(load_content(root), room="box_room")
    play = Autoplay(world)
    play.settle()
    assert play.said("a room just for boxes")
    play.click("old_trunk")
    assert play.said("too dark") and "trunk_open" not in world.state.flags
    play.click("lantern")
    assert world.state.inventory == ["lantern"] and not world.visible(world.room.hotspot("lantern"))
    play.click("old_trunk")
    assert "trunk_open" in world.state.flags
    play.look("old_trunk")
    assert play.said("sleeping cat")
    play.look_item("lantern")
    assert play.said("if you hit it")
    play.click("door_kitchen")
    assert world.state.room == "kitchen"
