"""The designers' script reference is generated from the code and never goes stale."""

from pathlib import Path

from coraline_game.content.actions import REGISTRY
from coraline_game.content.reference import script_reference

DOC = Path(__file__).resolve().parent.parent / "docs" / "script-reference.md"


def test_the_reference_documents_every_action():
    text = script_reference()
    for name in REGISTRY:
        assert f"### `{name}`" in text


def test_the_committed_reference_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == script_reference(), \
        "docs/script-reference.md is stale: run coraline script-reference --out docs/script-reference.md"
