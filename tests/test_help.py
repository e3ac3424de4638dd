"""The Help screen lists every control as the player has set it, fits its columns, scrolls to
the end, and closes with Esc, Enter or a click."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.scenes.bindings import ACTIONS, Bindings, bindings_from_settings
from coraline_game.scenes.help import BODY, COLUMNS, MOUSE, SIZE, HelpScene, help_lines
from coraline_game.settings import Settings


class FakeServices:
    def __init__(self, bindings: Bindings | None = None) -> None:
        self.bindings = bindings or Bindings.build()
        self.closed = 0
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.cursors = Cursors(self.assets)

    def close_overlay(self) -> None:
        self.closed += 1


def press(key: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


def test_every_action_is_listed_with_its_keys_and_buttons():
    lines = help_lines(Bindings.build())
    rows = {line.cells[0]: line.cells[1:] for line in lines if not line.heading}
    for action in ACTIONS:
        assert action.label in rows, action.id
    assert rows["Mark the next thing or exit"] == ("Tab, Right, Down", "D-pad right, D-pad down")
    assert rows["Pause menu"] == ("Esc, P, F10", "Start")
    assert rows["Quick save"] == ("F6", "none")


def test_the_mouse_comes_first_then_the_keys():
    lines = help_lines(Bindings.build())
    assert lines[0].heading and lines[0].cells == ("Mouse",)
    assert [line.cells for line in lines[1:1 + len(MOUSE)]] == [tuple(m) for m in MOUSE]
    assert lines[1 + len(MOUSE)].heading


def test_a_remapped_key_and_button_show_as_the_player_set_them():
    settings = Settings(key_bindings=(("look", ("k", "ctrl+l")),), pad_buttons=(("hint", ()),))
    rows = {line.cells[0]: line.cells[1:] for line in help_lines(bindings_from_settings(settings))
            if not line.heading}
    assert rows["Look at the marked thing"] == ("K, Ctrl+L", "X")
    assert rows["Ask Coraline what to do next"] == ("H", "none")


def test_every_line_fits_its_column():
    services = FakeServices()
    scene = HelpScene(services)
    for row in scene.rows:
        for lines, (_, width) in zip(row.texts, COLUMNS):
            assert all(services.text.size(line, SIZE)[0] <= width for line in lines), lines


def shown(scene: HelpScene) -> list[str]:
    """The first cell of every row drawn whole at the current scroll."""
    return [row.line.cells[0] for row in scene.rows
            if BODY.top <= BODY.y + row.y - scene.scroll and BODY.y + row.y - scene.scroll + row.height
            <= BODY.bottom]


def test_down_scrolls_to_the_last_action_and_up_back_to_the_mouse():
    scene = HelpScene(FakeServices())
    assert "Mouse" in shown(scene) and ACTIONS[-1].label not in shown(scene)
    for _ in range(40):
        scene.handle(press(pygame.K_DOWN))
    assert ACTIONS[-1].label in shown(scene) and scene.scroll == scene.most_scroll
    scene.handle(press(pygame.K_HOME))
    assert scene.scroll == 0
    scene.handle(press(pygame.K_UP))
    assert scene.scroll == 0
    scene.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-3, flipped=False, precise_x=0.0,
                                    precise_y=-3.0))
    assert scene.scroll > 0
    surface = pygame.Surface((640, 360))
    scene.draw(surface)


@pytest.mark.parametrize("event", [
    press(pygame.K_ESCAPE), press(pygame.K_RETURN),
    pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(300, 200), button=1),
])
def test_esc_enter_or_a_click_closes_it(event):
    services = FakeServices()
    HelpScene(services).handle(event)
    assert services.closed == 1


def test_arrow_keys_do_not_close_it():
    services = FakeServices()
    scene = HelpScene(services)
    for key in (pygame.K_DOWN, pygame.K_UP, pygame.K_LEFT, pygame.K_RIGHT):
        scene.handle(press(key))
    assert services.closed == 0
