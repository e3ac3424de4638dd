"""maps/speedrun.toml is checked at load time like every other content file: a typo in a
category names the file, the category and what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coraline_game.cli import main
from coraline_game.content.errors import ContentError
from coraline_game.content.loader import load_content
from coraline_game.content.paths import content_root


@pytest.fixture
def copy(tmp_path) -> Path:
    root = content_root()
    shutil.copytree(root / "maps", tmp_path / "maps")
    (tmp_path / "assets").symlink_to(root / "assets")  # only read
    return tmp_path


def broken(copy: Path, old: str, new: str) -> str:
    path = copy / "maps/speedrun.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(copy)
    return str(err.value)


def test_the_shipped_categories(content):
    categories = content.speedrun.categories
    assert list(categories) == ["any", "eye-hunt", "eye-hunt-shuffled"]
    assert categories["eye-hunt"].end.name == "The door" and categories["any"].end.name == "The well"
    assert categories["eye-hunt-shuffled"].shuffled and categories["eye-hunt"].practice


@pytest.mark.parametrize("old, new, says", [
    ('end = { name = "The well", when = "flag key_in_well" }',
     'end = { name = "The well", when = "flag key_in_well }', "not valid TOML"),
    ('{ name = "Garden eye", when = "has eye_garden" }', '{ name = "Garden eye", when = "has eye_gardn" }',
     "category 1 'any', split 6: item 'eye_gardn' is not defined (did you mean 'eye_garden'?)"),
    ('{ name = "Snow globe", when = "flag got_snow_globe" }', '{ name = "Snow globe", when = "flag got_snow_globe or" }',
     "category 1 'any', split 10"),
    ('start = "new game"', 'strat = "new game"', "unknown key 'strat' (did you mean 'start'?)"),
    ('{ name = "3. Warnings", chapter = 3 }', '{ name = "3. Warnings", chapter = "three" }',
     "'chapter' must be a chapter number"),
    ('{ name = "Theatre eye", when = "has eye_theatre" }', '{ name = "Garden eye", when = "has eye_theatre" }',
     "two splits are called 'Garden eye'"),
])
def test_a_broken_category_names_file_category_and_fault(copy, old, new, says):
    message = broken(copy, old, new)
    assert "maps/speedrun.toml" in message and says in message


def test_a_flag_nobody_sets_is_a_warning_in_check_maps(copy, capsys):
    path = copy / "maps/speedrun.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("flag key_in_well", "flag key_in_wel"),
                    encoding="utf-8")
    assert main(["check-maps", str(copy)]) == 0
    assert "flag 'key_in_wel' is tested but never set (did you mean 'key_in_well'?)" in capsys.readouterr().out


def test_a_missing_route_is_said_when_a_run_needs_it(copy, capsys):
    (copy / "maps/speedrun/route.json").unlink()
    content = load_content(copy)  # the rest of the game still loads and plays
    from coraline_game.speedrun.starts import StartError, build_start
    with pytest.raises(StartError, match="built-in route"):
        build_start(content, content.speedrun.categories["eye-hunt"])
    assert main(["check-maps", str(copy)]) == 0
    assert "coraline walkthrough --out maps/speedrun/route.json" in capsys.readouterr().out


def test_the_builtin_route_still_finishes_the_game(content):
    """If this fails after a change to the story, make the route again:
    coraline walkthrough --out maps/speedrun/route.json"""
    from speedrun_helpers import builtin_route

    from coraline_game.world.conditions import holds
    from coraline_game.world.walkthrough import play_back
    assert holds(content.ending, play_back(content, builtin_route(content)).state)
