"""The Other World falling apart: drawn over a room's composite from the number of eyes found.

Stage 0 is the world as the Beldam made it. With each eye the colour drains further, and the
picture unravels from its edges: white nothing eats in along the borders, ragged as torn
cloth, with loose threads hanging from the tear. Everything comes from the stage and the room's
name (a seeded random), never the clock, so the same state always looks the same.
"""

from __future__ import annotations

import random
import zlib

import pygame

from coraline_game.world.state import GameState

STAGE_FLAGS = ("eyes_1", "eyes_2", "eyes_3")
DRAIN = (0.0, 0.4, 0.7, 0.9)  # how much of the colour is gone at each stage
DEPTH = (0, 10, 26, 48)  # how far the white nothing reaches in from the edges, in pixels
NOTHING = (236, 234, 228)
THREAD = (58, 50, 56)


def stage_of(state: GameState) -> int:
    """How far the Other World has come apart: 0 to 3."""
    return sum(flag in state.flags for flag in STAGE_FLAGS)


def apply_decay(surface: pygame.Surface, stage: int, name: str, edges: bool = True) -> None:
    """Drain the colour of ``surface`` and, if ``edges``, unravel its borders, for ``stage``."""
    if stage <= 0:
        return
    if surface.get_flags() & pygame.SRCALPHA:
        _drain_keeping_alpha(surface, DRAIN[stage])
    else:
        grey = pygame.transform.grayscale(surface)
        grey.set_alpha(round(255 * DRAIN[stage]))
        surface.blit(grey, (0, 0))
    if edges:
        _unravel(surface, stage, _tear_random(name, stage))


def _drain_keeping_alpha(surface: pygame.Surface, drain: float) -> None:
    """Drain the colour of a see-through picture evenly, faint pixels as much as solid ones,
    leaving how see-through each pixel is as it was (a plain blit would weigh the grey by it)."""
    solid = surface.copy()
    solid.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MAX)
    grey = pygame.transform.grayscale(solid)
    grey.set_alpha(round(255 * drain))
    solid.blit(grey, (0, 0))
    alpha = surface.copy()
    alpha.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    solid.blit(alpha, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    surface.fill((0, 0, 0, 0))
    surface.blit(solid, (0, 0), special_flags=pygame.BLEND_RGBA_MAX)


def cut_edges(surface: pygame.Surface, tear: pygame.Surface) -> None:
    """Make a layer in front of the actors see-through where the room behind it is torn away
    (``tear``, from ``tear_overlay``), so nothing hangs in front of the white nothing while the
    actors walking there stay in sight."""
    clip_to(surface, tear, inside=False)


def clip_to(surface: pygame.Surface, shape: pygame.Surface, inside: bool) -> None:
    """Keep the pixels of ``surface`` only inside (or only outside) the opaque part of ``shape``."""
    on, off = (255, 255, 255, 255), (0, 0, 0, 0)
    keep = pygame.mask.from_surface(shape).to_surface(setcolor=on if inside else off,
                                                      unsetcolor=off if inside else on)
    surface.blit(keep, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)


def tear_overlay(size: tuple[int, int], stage: int, name: str) -> pygame.Surface:
    """Only the tear that ``apply_decay`` draws at ``stage`` (the white and its threads), on
    clear pixels: laid over what moves behind the actors, it keeps them inside the torn edge."""
    tear = pygame.Surface(size, pygame.SRCALPHA)
    if stage > 0:
        _unravel(tear, stage, _tear_random(name, stage))
    return tear


def _tear_random(name: str, stage: int) -> random.Random:
    return random.Random(zlib.crc32(f"{name}:{stage}".encode()))


def _unravel(surface: pygame.Surface, stage: int, r: random.Random) -> None:
    w, h = surface.get_size()
    depth = DEPTH[stage]

    def ragged(length: int) -> list[int]:
        """A torn edge: a depth per 2-pixel step, wandering, with deeper rips that open and
        close over a few steps, as cloth tears (never a one-step slit)."""
        out, d = [], depth * 0.6
        for _ in range(0, length, 2):
            d = max(2.0, min(depth * 1.4, d + r.uniform(-3, 3)))
            out.append(d)
        for i in range(len(out)):
            if r.random() < 0.03:
                reach = depth * r.uniform(0.6, 1.6)
                half = max(3, round(reach / 6)) + r.randint(0, 2)  # a wedge, never a slit
                for j in range(-half, half + 1):
                    if 0 <= i + j < len(out):
                        out[i + j] = max(out[i + j], reach * (1 - abs(j) / (half + 1)))
        return [round(v) for v in out]

    top, sides = ragged(w), ragged(h)
    for i, d in enumerate(top):  # top and bottom
        surface.fill(NOTHING, (i * 2, 0, 2, d))
        surface.fill(NOTHING, (i * 2, h - d // 2, 2, d // 2))
        if r.random() < 0.12 * stage:  # a thread hanging from the tear
            x, length = i * 2 + r.randrange(2), r.randrange(6, 10 + depth)
            surface.fill(THREAD, (x, d, 1, length))
    for i, d in enumerate(sides):  # left and right
        surface.fill(NOTHING, (0, i * 2, d, 2))
        surface.fill(NOTHING, (w - d, i * 2, d, 2))
        if r.random() < 0.08 * stage:  # threads hang down from the side tears too
            y, length = i * 2, r.randrange(6, 10 + depth)
            for x in (d, w - d - 1):
                column = min(len(top) - 1, x // 2)
                if top[column] < y < h - top[column] // 2 - length:  # on the picture, not the white
                    surface.fill(THREAD, (x, y, 1, length))
