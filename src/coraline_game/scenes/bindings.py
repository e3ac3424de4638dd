"""The table of what each key and gamepad button does: every action the player can take from
the keyboard or a pad, its default keys and buttons, and the player's own choices over them.

The play scene asks ``actions(event)`` and acts on the first that makes sense at the moment;
the Help screen and Settings show ``label(action)``. Nothing else knows a key code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pygame

from coraline_game.scenes.key_chord import KeyChord


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    label: str  # what it does, for the Help screen and Settings
    keys: tuple[str, ...]  # default key chords, as the settings file writes them
    pad: tuple[str, ...] = ()  # default SDL game-controller buttons ("a", "start", "dpup" ...)
    remappable: bool = True


ACTIONS: tuple[Action, ...] = (
    Action("advance", "Next line", ("space", "return", "kp_enter", "."), ("a",)),
    Action("act", "Use, take, talk to or go through the marked thing", ("return", "kp_enter"), ("a",)),
    Action("look", "Look at the marked thing", ("l",), ("x",)),
    Action("next_target", "Mark the next thing or exit", ("tab", "right", "down"), ("dpright", "dpdown")),
    Action("previous_target", "Mark the previous thing or exit", ("shift+tab", "left", "up"),
           ("dpleft", "dpup")),
    Action("inventory", "Open the inventory", ("i",), ("y",)),
    Action("stone", "Hold up the seeing stone", ("s",), ("rightshoulder",)),
    Action("hint", "Ask Coraline what to do next", ("h",), ("leftshoulder",)),
    Action("reveal", "Show everything you can click", ("v",), ("rightstick",)),
    Action("log", "Dialogue log", ("b",), ("back",)),
    Action("skip", "Skip the cutscene or conversation", ("escape",), ("b",)),
    Action("pause", "Pause menu", ("escape", "p", "f10"), ("start",)),
    Action("quick_save", "Quick save", ("f6",)),
    Action("quick_load", "Quick load", ("f9",)),
    Action("reset", "Speedrun: reset the attempt", ("ctrl+r",), ("leftstick",)),
    Action("fullscreen", "Full screen on and off", ("f11", "alt+return"), remappable=False),
    Action("debug", "Designer overlay (walk areas, hotspots)", ("f3",), remappable=False),
    Action("reload", "Designer: reload maps and scripts", ("f5",), remappable=False),
)
BY_ID: Mapping[str, Action] = MappingProxyType({a.id: a for a in ACTIONS})


@dataclass(frozen=True, slots=True)
class Bindings:
    """Keys and pad buttons per action: the defaults with the player's overrides on top."""

    keys: Mapping[str, tuple[KeyChord, ...]]
    pad: Mapping[str, tuple[str, ...]]

    @classmethod
    def build(cls, key_overrides: Mapping[str, tuple[str, ...]] | None = None,
              pad_overrides: Mapping[str, tuple[str, ...]] | None = None) -> Bindings:
        """The table, with overrides given as chord texts and button names per action id.
        Unknown actions and unreadable chords are skipped (settings checks them on load)."""
        keys: dict[str, tuple[KeyChord, ...]] = {}
        pad: dict[str, tuple[str, ...]] = {}
        for action in ACTIONS:
            texts = (key_overrides or {}).get(action.id, action.keys) if action.remappable \
                else action.keys
            chords = []
            for text in texts:
                try:
                    chords.append(KeyChord.parse(text))
                except ValueError:
                    continue
            keys[action.id] = tuple(chords)
            pad[action.id] = tuple((pad_overrides or {}).get(action.id, action.pad))
        return cls(MappingProxyType(keys), MappingProxyType(pad))

    def actions(self, event: pygame.event.Event) -> tuple[str, ...]:
        """Every action a key press or pad button press means, in the table's order."""
        if event.type == pygame.KEYDOWN:
            return tuple(a.id for a in ACTIONS if any(c.matches(event) for c in self.keys[a.id]))
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            name = _PAD_NAMES.get(event.button, "")
            return tuple(a.id for a in ACTIONS if name in self.pad[a.id])
        return ()

    def means(self, event: pygame.event.Event, action: str) -> bool:
        return action in self.actions(event)

    def label(self, action: str) -> str:
        """The keys of an action for people: "Tab, Right, Down"."""
        return ", ".join(c.label for c in self.keys.get(action, ())) or "none"


_PAD_NAMES = MappingProxyType({
    pygame.CONTROLLER_BUTTON_A: "a", pygame.CONTROLLER_BUTTON_B: "b",
    pygame.CONTROLLER_BUTTON_X: "x", pygame.CONTROLLER_BUTTON_Y: "y",
    pygame.CONTROLLER_BUTTON_BACK: "back", pygame.CONTROLLER_BUTTON_GUIDE: "guide",
    pygame.CONTROLLER_BUTTON_START: "start", pygame.CONTROLLER_BUTTON_LEFTSTICK: "leftstick",
    pygame.CONTROLLER_BUTTON_RIGHTSTICK: "rightstick",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "leftshoulder",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rightshoulder",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "dpup", pygame.CONTROLLER_BUTTON_DPAD_DOWN: "dpdown",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "dpleft", pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "dpright",
})
PAD_BUTTONS: tuple[str, ...] = tuple(_PAD_NAMES.values())
