"""The event language: what designers write parses to what they meant, and mistakes are
reported with the file, line and column, never a traceback."""

from __future__ import annotations

import pytest

from coraline_game.content.actions import REGISTRY, Give, Say
from coraline_game.content.errors import ContentError
from coraline_game.content.script import (ActionStmt, And, ChoiceStmt, Flag, Has, IfStmt, Not,
                                          parse_condition, parse_script)

GOOD = '''
# a comment
on use small_door with button_key:
    if flag night and not has rag_doll:
        say coraline "It \\"opens\\"."
    elif flag small_door_found:
        give button_key
    else:
        stop

on talk mother:
    choice:
        "Key?" if flag small_door_found once:
            say mother "Hook."
        "Bye.":
            done
'''


def test_a_script_parses_into_events_and_statements():
    events = {e.key: e for e in parse_script(GOOD, "living_room.script")}
    door = events[("use", "small_door", "button_key")]
    (stmt,) = door.body
    assert isinstance(stmt, IfStmt)
    cond, body = stmt.branches[0]
    assert cond == And(Flag("night"), Not(Has("rag_doll")))
    assert body == (ActionStmt(Say("coraline", 'It "opens".'), 5),)
    assert stmt.branches[1][1] == (ActionStmt(Give("button_key"), 7),)
    (choice,) = events[("talk", "mother", "")].body
    assert isinstance(choice, ChoiceStmt)
    assert [o.text for o in choice.options] == ["Key?", "Bye."]
    assert choice.options[0].once and choice.options[0].condition == Flag("small_door_found")


@pytest.mark.parametrize("source, where, words", [
    ('on enter:\n    sya coraline "hi"\n', "line 2, column 5", "did you mean 'say'"),
    ('on enter:\n    say coraline hi\n', "line 2, column 18", "double quotes"),
    ('on enter:\n    if flag night\n        stop\n', "line 2", "expected ':'"),
    ('on enter:\n    say coraline "never closed\n', "line 2, column 18", "no closing quote"),
    ('on lok lamp:\n    stop\n', "line 1, column 4", "did you mean 'look'"),
    ('on enter:\n    goto\n', "line 2", "usage: goto ROOM [SPAWN]"),
    ('on enter:\n    face coraline sideways\n', "line 2, column 19", "up, down, left, right"),
    ('on enter:\n    else:\n        stop\n', "line 2", "'else' without an 'if'"),
    ('on enter:\nsay coraline "x"\n', "line 2", "event head"),
    ('on enter:\n    stop\non enter:\n    stop\n', "line 3", "already defined on line 1"),
])
def test_mistakes_name_file_line_and_column(source, where, words):
    with pytest.raises(ContentError) as err:
        parse_script(source, "maps/rooms/kitchen.script")
    message = str(err.value)
    assert message.startswith("maps/rooms/kitchen.script: ")
    assert where in message and words in message


def test_every_mistake_in_a_file_is_reported_at_once():
    source = 'on enter:\n    sya x\non look lamp:\n    wiat 3\n'
    with pytest.raises(ContentError) as err:
        parse_script(source, "x.script")
    assert len(err.value.problems) == 2


def test_conditions_in_properties_parse_with_precedence():
    cond = parse_condition("flag a or flag b and not flag c", "m.tmx", "layer 'x'")
    assert cond.__class__.__name__ == "Or"
    with pytest.raises(ContentError, match="layer 'x'.*did you mean 'flag'"):
        parse_condition("flg night", "m.tmx", "layer 'x'")


def test_every_action_documents_its_usage():
    for name, cls in REGISTRY.items():
        doc = cls.__doc__ or ""
        assert "Script usage:" in doc and f"{name}" in doc.split("Script usage:")[1], name
