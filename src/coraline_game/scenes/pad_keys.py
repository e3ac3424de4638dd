"""A gamepad in the menus: its buttons and left stick become the keys every menu already
understands (arrows, Enter, Esc, Page Up/Down), so no menu needs to know about pads."""

from __future__ import annotations

from types import MappingProxyType

import pygame

BUTTON_KEYS = MappingProxyType({
    pygame.CONTROLLER_BUTTON_DPAD_UP: pygame.K_UP, pygame.CONTROLLER_BUTTON_DPAD_DOWN: pygame.K_DOWN,
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: pygame.K_LEFT, pygame.CONTROLLER_BUTTON_DPAD_RIGHT: pygame.K_RIGHT,
    pygame.CONTROLLER_BUTTON_A: pygame.K_RETURN, pygame.CONTROLLER_BUTTON_B: pygame.K_ESCAPE,
    pygame.CONTROLLER_BUTTON_START: pygame.K_RETURN,
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: pygame.K_PAGEUP,
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: pygame.K_PAGEDOWN,
})
STICK_PUSH = 0.6  # of full tilt: a push of the stick past this is one press of an arrow
STICK_REST = 0.3  # it must come back under this before the next press


class PadKeys:
    """Turns pad events into key presses; keeps which stick axes are pushed, so a held stick
    is one press, not sixty a second."""

    def __init__(self) -> None:
        self.pushed: dict[int, bool] = {}

    def key_event(self, event: pygame.event.Event) -> pygame.event.Event | None:
        """The key press a pad event stands for in a menu, or None."""
        if event.type == pygame.CONTROLLERBUTTONDOWN and event.button in BUTTON_KEYS:
            return _press(BUTTON_KEYS[event.button])
        if event.type == pygame.CONTROLLERAXISMOTION and event.axis in (
                pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY):
            tilt = event.value / 32767
            if abs(tilt) < STICK_REST:
                self.pushed[event.axis] = False
            elif abs(tilt) > STICK_PUSH and not self.pushed.get(event.axis):
                self.pushed[event.axis] = True
                if event.axis == pygame.CONTROLLER_AXIS_LEFTY:
                    return _press(pygame.K_DOWN if tilt > 0 else pygame.K_UP)
                return _press(pygame.K_RIGHT if tilt > 0 else pygame.K_LEFT)
        return None


def _press(key: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)
