"""The effects that move a picture drawn in tools/art: a lamp swinging on its cord (swing), a
mobile turning (spin) and the credits rising (roll).

The frames are drawn at their angles by the art scripts; here we only pick one from the tick,
so no pixel is ever rotated or scaled. A roll counts from when the room was entered.
"""

from __future__ import annotations

import math

import pygame

from coraline_game.content.model import Effect


def cut_frames(effect: Effect, picture: pygame.Surface) -> tuple[pygame.Surface, ...]:
    """The picture's frames, left to right (a roll is one tall frame)."""
    if effect.kind == "roll":
        return (picture,)
    w, h = effect.rect[2], effect.rect[3]
    return tuple(picture.subsurface((i * w, 0, w, h)) for i in range(effect.frames))


def phase(effect: Effect) -> int:
    """Where in its period this effect starts, so two lamps side by side do not swing in step."""
    return (effect.object_id * 7919) % max(1, effect.period)


def swing_frame(effect: Effect, tick: int) -> int:
    """A pendulum over the frames: the middle one hangs straight, the ends are furthest out."""
    angle = math.sin((tick + phase(effect)) / effect.period * math.tau)
    return round((angle + 1) / 2 * (effect.frames - 1))


def spin_frame(effect: Effect, tick: int) -> int:
    """Round and round: each frame in turn, all of them once a period."""
    return (tick + phase(effect)) * effect.frames // effect.period % effect.frames


def roll_top(effect: Effect, picture_height: int, ticks_in_room: int) -> int:
    """The roll's top edge in map pixels: it starts just below the rectangle and rises at its
    speed until its bottom meets the rectangle's bottom, where it stays."""
    x, y, w, h = effect.rect
    risen = int(max(0, ticks_in_room) * effect.speed / 60)  # whole pixels: no shimmer
    start, rest = y + h, y + h - picture_height
    return max(rest, start - risen)


def roll_length(effect: Effect, picture_height: int) -> int:
    """Ticks from the roll's first line showing to its coming to rest."""
    return math.ceil(picture_height * 60 / effect.speed)


def draw_picture(surface: pygame.Surface, effect: Effect, frames: tuple[pygame.Surface, ...],
                 tick: int, ticks_in_room: int, camera_x: int) -> None:
    """One frame of a picture effect at its place (the caller clips to the rectangle)."""
    x, y = effect.rect[0] - camera_x, effect.rect[1]
    if effect.kind == "swing":
        surface.blit(frames[swing_frame(effect, tick)], (x, y))
    elif effect.kind == "spin":
        surface.blit(frames[spin_frame(effect, tick)], (x, y))
    else:
        picture = frames[0]
        surface.blit(picture, (x, roll_top(effect, picture.get_height(), ticks_in_room)))
