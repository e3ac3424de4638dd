"""Pointing without a mouse: the order the keyboard marks things in, a point inside each where a
click finds it, the nearest such point to a gamepad cursor, the left stick as a pointer moving
one step per tick (a dead zone, slow near the middle, fast at full tilt), and the controllers.

It reads hotspots through a ``finds(x, y)`` function and never changes the world.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from coraline_game.content.model import Hotspot

if TYPE_CHECKING:
    from pygame._sdl2.controller import Controller

Finds = Callable[[float, float], "Hotspot | None"]  # the hotspot a click at a room point finds

DEAD_ZONE = 0.22  # of full tilt: worn sticks rest a little off centre
MIN_SPEED = 0.35  # pixels per tick just outside the dead zone: fine aiming
MAX_SPEED = 5.0  # pixels per tick at full tilt: across the screen in about two seconds
SLOW_SPEED = 0.9  # slowing under this after going faster counts as settling on something
AXIS_FULL = 32767
SNAP_RADIUS = 28  # pixels: how far a settling cursor reaches for something to snap to
AIM_GRID = 9  # points across and down a hotspot's box tried when its middle is covered


def centre(h: Hotspot) -> tuple[float, float]:
    x, y, w, hgt = h.bbox
    return x + w / 2, y + hgt / 2


def in_order(hotspots: Sequence[Hotspot]) -> list[Hotspot]:
    """The order Tab and the arrows go through a room: left to right by the middle of each
    thing, exits and people among the rest; top to bottom where two are level."""
    return sorted(hotspots, key=lambda h: (round(centre(h)[0]), centre(h)[1], h.name))


def first_from(order: Sequence[Hotspot], x: float, step: int) -> int:
    """Where marking starts when nothing is marked: the first thing at or right of ``x`` going
    forwards, the last at or left of it going backwards (wrapping round)."""
    xs = [centre(h)[0] for h in order]
    if step > 0:
        return next((i for i, cx in enumerate(xs) if cx >= x), 0)
    return next((i for i in range(len(xs) - 1, -1, -1) if xs[i] <= x), len(xs) - 1)


def aim_point(h: Hotspot, finds: Finds, bottom: int) -> tuple[int, int]:
    """A point where a click finds ``h``: the middle of its box if that works, else the point of
    a grid over the box nearest the middle (something may lie on top of part of it)."""
    x, y, w, hgt = h.bbox
    cx, cy = x + w / 2, y + hgt / 2
    grid = [(x + w * (i + 0.5) / AIM_GRID, y + hgt * (j + 0.5) / AIM_GRID)
            for i in range(AIM_GRID) for j in range(AIM_GRID)]
    grid.sort(key=lambda p: math.hypot(p[0] - cx, p[1] - cy))
    for px, py in [(cx, cy), *grid]:
        point = (round(px), round(py))
        if point[1] < bottom and _is(finds(*point), h):
            return point
    return round(cx), min(round(cy), bottom - 1)


def nearest_inside(point: tuple[int, int], finds: Finds,
                   radius: int = SNAP_RADIUS) -> tuple[tuple[int, int], Hotspot] | None:
    """The nearest point within ``radius`` where a click finds something, and that thing,
    searched ring by ring outwards; nudged a few pixels further in so it is not on the edge."""
    x, y = point
    for r in range(3, radius + 1, 3):
        steps = max(8, round(math.tau * r / 3))
        for k in range(steps):
            a = math.tau * k / steps
            p = (round(x + math.cos(a) * r), round(y + math.sin(a) * r))
            h = finds(*p)
            if h is not None:
                return _nudged(p, (math.cos(a), math.sin(a)), h, finds), h
    return None


def _nudged(p: tuple[int, int], direction: tuple[float, float], h: Hotspot,
            finds: Finds) -> tuple[int, int]:
    best = p
    for d in range(1, 7):
        q = (round(p[0] + direction[0] * d), round(p[1] + direction[1] * d))
        if not _is(finds(*q), h):
            break
        best = q
    return best


def _is(found: Hotspot | None, h: Hotspot) -> bool:
    return found is not None and found.name == h.name


@dataclass(frozen=True, slots=True)
class CursorStep:
    """What one tick of the stick did to the pointer."""

    pos: tuple[int, int]
    moving: bool  # the pointer moved this tick
    settled: bool  # it just came to rest or slowed right down: time to snap to something


class PadCursor:
    """The left stick's deflection and the pointer's sub-pixel position between ticks."""

    __slots__ = ("stick", "_pos", "_speed")

    def __init__(self) -> None:
        self.stick = (0.0, 0.0)  # -1..1 on each axis, right and down positive
        self._pos: tuple[float, float] | None = None
        self._speed = 0.0

    def axis(self, event: pygame.event.Event) -> bool:
        """Take a CONTROLLERAXISMOTION; True when it was the left stick."""
        value = max(-1.0, min(1.0, event.value / AXIS_FULL))
        if event.axis == pygame.CONTROLLER_AXIS_LEFTX:
            self.stick = (value, self.stick[1])
        elif event.axis == pygame.CONTROLLER_AXIS_LEFTY:
            self.stick = (self.stick[0], value)
        else:
            return False
        return True

    def speed(self) -> float:
        """Pixels per tick for the stick as it is: nothing inside the dead zone, then rising
        with the square of the tilt so small pushes aim finely."""
        tilt = math.hypot(*self.stick)
        if tilt <= DEAD_ZONE:
            return 0.0
        t = min(1.0, (tilt - DEAD_ZONE) / (1.0 - DEAD_ZONE))
        return MIN_SPEED + (MAX_SPEED - MIN_SPEED) * t * t

    def step(self, pos: tuple[int, int], bounds: pygame.Rect) -> CursorStep:
        """Move the pointer from ``pos`` for one tick, kept inside ``bounds``."""
        before, speed = self._speed, self.speed()
        self._speed = speed
        if speed == 0.0:
            self._pos = None
            return CursorStep(pos, False, before > 0.0)
        if self._pos is None or (round(self._pos[0]), round(self._pos[1])) != pos:
            self._pos = (float(pos[0]), float(pos[1]))  # something else moved the pointer
        tilt = math.hypot(*self.stick)
        x = self._pos[0] + self.stick[0] / tilt * speed
        y = self._pos[1] + self.stick[1] / tilt * speed
        x = max(bounds.left, min(bounds.right - 1, x))
        y = max(bounds.top, min(bounds.bottom - 1, y))
        self._pos = (x, y)
        return CursorStep((round(x), round(y)), True, before >= SLOW_SPEED > speed)


class Pads:
    """The game controllers plugged in, kept open (SDL closes one whose object is dropped)."""

    def __init__(self) -> None:
        self.open: dict[int, Controller] = {}  # by SDL instance id
        try:
            from pygame._sdl2 import controller
            controller.init()
        except (ImportError, pygame.error):
            self.ready = False
            return
        self.ready = True
        for index in range(controller.get_count()):
            self._add(index)

    def _add(self, index: int) -> None:
        from pygame._sdl2 import controller
        try:
            if not controller.is_controller(index):
                return
            pad = controller.Controller(index)
            self.open[pad.as_joystick().get_instance_id()] = pad
        except pygame.error:
            return  # unplugged again before it opened

    def handle(self, event: pygame.event.Event) -> bool:
        """Open a controller plugged in, forget one pulled out; True if the event was that."""
        if not self.ready:
            return False
        if event.type == pygame.CONTROLLERDEVICEADDED:
            self._add(event.device_index)
            return True
        if event.type == pygame.CONTROLLERDEVICEREMOVED:
            self.open.pop(getattr(event, "instance_id", -1), None)
            return True
        return False

    def left_stick(self) -> tuple[float, float] | None:
        """The most tilted left stick of the open controllers, or None with none open (then
        the stick is known only from its motion events)."""
        best: tuple[float, float] | None = None
        for pad in list(self.open.values()):
            try:
                x = pad.get_axis(pygame.CONTROLLER_AXIS_LEFTX) / AXIS_FULL
                y = pad.get_axis(pygame.CONTROLLER_AXIS_LEFTY) / AXIS_FULL
            except pygame.error:
                continue
            if best is None or math.hypot(x, y) > math.hypot(*best):
                best = (max(-1.0, min(1.0, x)), max(-1.0, min(1.0, y)))
        return best
