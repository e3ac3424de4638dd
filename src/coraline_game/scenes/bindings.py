"""The table of what each key and gamepad button does: every action the player can take from
the keyboard or a pad, its default keys and buttons, and the player's own choices over them.

The play scene asks ``actions(event)`` and acts on the first that makes sense at the moment;
the Help screen and Settings show ``label(action)``. Nothing else knows a key code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import pygame

from coraline_game.scenes.key_chord import KeyChord

if TYPE_CHECKING:
    from coraline_game.settings import Settings

# When an action can happen: while someone speaks or a cutscene plays ("talk"), while the
# player walks about ("play"), or at any time ("any"). Two actions may share a key only if
# they never happen at the same time.
TALK, PLAY, ANY = "talk", "play", "any"
MAX_KEYS = 4  # keys (or buttons) per action: what the settings screen has room for


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    name: str  # short, for the settings screen: "Look"
    label: str  # what it does, for the Help screen: "Look at the marked thing"
    keys: tuple[str, ...]  # default key chords, as the settings file writes them
    pad: tuple[str, ...] = ()  # default SDL game-controller buttons ("a", "start", "dpup" ...)
    context: str = PLAY
    remappable: bool = True
    needs_key: bool = False  # the player may not take its last key away


ACTIONS: tuple[Action, ...] = (
    Action("advance", "Next line", "Next line (a first press shows the whole line)",
           ("space", "return", "keypad enter", "."), ("a",), TALK),
    Action("skip", "Skip", "Skip the cutscene or conversation", ("escape",), ("b",), TALK),
    Action("act", "Use / talk", "Use, take, talk to or go through the marked thing",
           ("return", "keypad enter"), ("a",)),
    Action("look", "Look", "Look at the marked thing", ("l",), ("x",)),
    Action("next_target", "Next thing", "Mark the next thing or exit", ("tab", "right", "down"),
           ("dpright", "dpdown")),
    Action("previous_target", "Previous thing", "Mark the previous thing or exit",
           ("shift+tab", "left", "up"), ("dpleft", "dpup")),
    Action("inventory", "Inventory", "Open the inventory", ("i",), ("y",)),
    Action("stone", "Seeing stone", "Hold up the seeing stone", ("s",), ("rightshoulder",)),
    Action("hint", "Hint", "Ask Coraline what to do next", ("h",), ("leftshoulder",)),
    Action("reveal", "Show all", "Show everything you can click", ("v",), ("rightstick",)),
    Action("pause", "Pause", "Pause menu", ("escape", "p", "f10"), ("start",), needs_key=True),
    Action("log", "Dialogue log", "Dialogue log: the lines said so far", ("b",), ("back",), ANY),
    Action("quick_save", "Quick save", "Quick save", ("f6",), context=ANY),
    Action("quick_load", "Quick load", "Quick load", ("f9",), context=ANY),
    Action("reset", "Reset run", "Speedrun: reset the attempt", ("ctrl+r",), ("leftstick",), ANY),
    Action("fullscreen", "Full screen", "Full screen on and off", ("f11", "alt+return"), context=ANY,
           remappable=False),
    Action("debug", "Designer view", "Designer overlay (walk areas, hotspots)", ("f3",), context=ANY,
           remappable=False),
    Action("reload", "Reload story", "Designer: reload maps and scripts", ("f5",), context=ANY,
           remappable=False),
)
BY_ID: Mapping[str, Action] = MappingProxyType({a.id: a for a in ACTIONS})
REMAPPABLE: tuple[Action, ...] = tuple(a for a in ACTIONS if a.remappable)

# Keys no action may take, and why (bare chords unless a modifier is written).
RESERVED_KEYS: Mapping[str, str] = MappingProxyType({
    "alt+f4": "Alt+F4 closes the window",
    **{str(n): "the number keys pick answers" for n in range(1, 10)},
})
RESERVED_BUTTONS: Mapping[str, str] = MappingProxyType({
    "guide": "the Guide button belongs to the system",
})


def share_time(a: Action, b: Action) -> bool:
    """Whether the two actions can both be wanted at the same moment."""
    return a.context == ANY or b.context == ANY or a.context == b.context


@dataclass(frozen=True, slots=True)
class Bindings:
    """Keys and pad buttons per action: the defaults with the player's overrides on top."""

    keys: Mapping[str, tuple[KeyChord, ...]]
    pad: Mapping[str, tuple[str, ...]]

    @classmethod
    def build(cls, key_overrides: Mapping[str, Sequence[str]] | None = None,
              pad_overrides: Mapping[str, Sequence[str]] | None = None) -> Bindings:
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
            buttons = (pad_overrides or {}).get(action.id, action.pad) if action.remappable \
                else action.pad
            pad[action.id] = tuple(b for b in buttons if b in PAD_BUTTONS)
        return cls(MappingProxyType(keys), MappingProxyType(pad))

    def actions(self, event: pygame.event.Event) -> tuple[str, ...]:
        """Every action a key press or pad button press means, in the table's order."""
        if event.type == pygame.KEYDOWN:
            return tuple(a.id for a in ACTIONS if any(c.matches(event) for c in self.keys[a.id]))
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            name = PAD_NAMES.get(event.button, "")
            return tuple(a.id for a in ACTIONS if name in self.pad[a.id])
        return ()

    def means(self, event: pygame.event.Event, action: str) -> bool:
        return action in self.actions(event)

    def label(self, action: str) -> str:
        """The keys of an action for people: "Tab, Right, Down"."""
        return ", ".join(c.label for c in self.keys.get(action, ())) or "none"

    def pad_label(self, action: str) -> str:
        """The pad buttons of an action for people: "D-pad right, D-pad down"."""
        return ", ".join(button_label(b) for b in self.pad.get(action, ())) or "none"

    def key_holder(self, action: str, chord: KeyChord) -> Action | None:
        """Another action that already has this chord at a time ``action`` can happen."""
        me = BY_ID[action]
        return next((a for a in ACTIONS if a.id != action and share_time(me, a)
                     and chord in self.keys[a.id]), None)

    def button_holder(self, action: str, button: str) -> Action | None:
        """Another action that already has this pad button at a time ``action`` can happen."""
        me = BY_ID[action]
        return next((a for a in ACTIONS if a.id != action and share_time(me, a)
                     and button in self.pad[a.id]), None)


def bindings_from_settings(settings: Settings) -> Bindings:
    """The table the game uses: the defaults with the player's settings on top."""
    return Bindings.build(dict(settings.key_bindings), dict(settings.pad_buttons))


def key_refusal(bindings: Bindings, action: str, chord: KeyChord) -> str | None:
    """Why ``chord`` cannot become one of ``action``'s keys, or None if it can."""
    if chord.text in RESERVED_KEYS:
        return RESERVED_KEYS[chord.text]
    holder = bindings.key_holder(action, chord)
    if holder is not None:
        return f"{chord.label} is already {holder.name}"
    return None


def button_refusal(bindings: Bindings, action: str, button: str) -> str | None:
    """Why ``button`` cannot become one of ``action``'s pad buttons, or None if it can."""
    if button in RESERVED_BUTTONS:
        return RESERVED_BUTTONS[button]
    holder = bindings.button_holder(action, button)
    if holder is not None:
        return f"{button_label(button)} is already {holder.name}"
    return None


# -- checks for the settings file --------------------------------------------------------------

def _check_action(action: str, values: Sequence[str]) -> str | None:
    if action not in BY_ID:
        known = ", ".join(a.id for a in REMAPPABLE)
        return f"there is no action '{action}' (the actions are {known})"
    if not BY_ID[action].remappable:
        return f"'{action}' cannot be changed"
    if len(values) > MAX_KEYS:
        return f"{len(values)} is too many: at most {MAX_KEYS}"
    if not values and BY_ID[action].needs_key:
        return f"'{action}' needs at least one"
    return None


def check_key_override(action: str, texts: Sequence[str]) -> tuple[tuple[str, ...], str | None]:
    """An action's keys from the settings file, in their canonical form, or why they cannot be."""
    why = _check_action(action, texts)
    if why is not None:
        return (), why
    chords: list[str] = []
    for text in texts:
        try:
            chord = KeyChord.parse(text)
        except ValueError as err:
            return (), str(err)
        if chord.text in RESERVED_KEYS:
            return (), f"'{text}' cannot be used: {RESERVED_KEYS[chord.text]}"
        if chord.text not in chords:
            chords.append(chord.text)
    return tuple(chords), None


def check_pad_override(action: str, names: Sequence[str]) -> tuple[tuple[str, ...], str | None]:
    """An action's pad buttons from the settings file, or why they cannot be."""
    why = _check_action(action, names)
    if why is not None:
        return (), why
    buttons: list[str] = []
    for name in names:
        button = name.strip().lower()
        if button not in PAD_BUTTONS:
            return (), f"there is no button '{name}' (the buttons are {', '.join(PAD_BUTTONS)})"
        if button in RESERVED_BUTTONS:
            return (), f"'{name}' cannot be used: {RESERVED_BUTTONS[button]}"
        if button not in buttons:
            buttons.append(button)
    return tuple(buttons), None


# -- pad buttons ---------------------------------------------------------------------------------

PAD_NAMES: Mapping[int, str] = MappingProxyType({
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
PAD_BUTTONS: tuple[str, ...] = tuple(PAD_NAMES.values())
# Names for people, in the Xbox layout SDL's game-controller buttons are named after.
BUTTON_LABELS: Mapping[str, str] = MappingProxyType({
    "a": "A", "b": "B", "x": "X", "y": "Y", "back": "Back", "guide": "Guide", "start": "Start",
    "leftstick": "L stick", "rightstick": "R stick", "leftshoulder": "LB", "rightshoulder": "RB",
    "dpup": "D-pad up", "dpdown": "D-pad down", "dpleft": "D-pad left", "dpright": "D-pad right",
})


def button_label(button: str) -> str:
    return BUTTON_LABELS.get(button, button)


def button_of(event: pygame.event.Event) -> str | None:
    """The button name a CONTROLLERBUTTONDOWN event pressed, or None for any other event."""
    if event.type != pygame.CONTROLLERBUTTONDOWN:
        return None
    return PAD_NAMES.get(event.button)
