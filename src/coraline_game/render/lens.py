"""The seeing stone held up to Coraline's eye: a round lens that follows the pointer.

Inside it the room's false colour drains to a cold grey and what is hidden shows: layers
marked ``seen_through_stone`` are drawn only here, and every ``secret`` hotspot under the lens
gets a turning ring of dashes around it, so it reads by shape and motion, not only colour.
"""

from __future__ import annotations

import math

import pygame

from coraline_game.content.model import Hotspot

RADIUS = 56
COLD = (196, 208, 228)  # the grey inside the lens is tinted cold, like looking through water
RIM_DARK, RIM_LIGHT = (34, 38, 34), (132, 146, 128)
MARK = (255, 246, 200)


def lens_box(centre: tuple[int, int], bounds: pygame.Rect) -> pygame.Rect:
    box = pygame.Rect(0, 0, RADIUS * 2, RADIUS * 2)
    box.center = centre
    return box.clip(bounds)


def draw_lens(surface: pygame.Surface, centre: tuple[int, int], tick: int,
              stone_layers: pygame.Surface | None, secrets: list[Hotspot], camera_x: int) -> None:
    """Draw the lens over ``surface`` (the room view) at ``centre``.

    ``stone_layers`` is the room's stone-only picture (room-sized, with alpha) or None;
    ``secrets`` are the visible secret hotspots of the room."""
    box = lens_box(centre, surface.get_rect())
    if box.width == 0 or box.height == 0:
        return
    patch = pygame.transform.grayscale(surface.subsurface(box).copy())
    patch.fill(COLD, special_flags=pygame.BLEND_MULT)
    if stone_layers is not None:
        patch.blit(stone_layers, (0, 0), (box.x + camera_x, box.y, box.width, box.height))
    local = (centre[0] - box.x, centre[1] - box.y)
    for h in secrets:
        x, y, w, hgt = h.bbox
        cx, cy = x + w / 2 - camera_x - box.x, y + hgt / 2 - box.y
        if math.hypot(cx - local[0], cy - local[1]) < RADIUS + max(w, hgt) / 2:
            _marker(patch, (cx, cy), max(8.0, max(w, hgt) / 2 + 3), tick)
    round_ = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.circle(round_, (255, 255, 255, 255), local, RADIUS)
    round_.blit(patch, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    surface.blit(round_, box.topleft)
    pygame.draw.circle(surface, RIM_DARK, centre, RADIUS + 2, 4)
    pygame.draw.circle(surface, RIM_LIGHT, centre, RADIUS + 3, 1)
    pygame.draw.arc(surface, RIM_LIGHT, pygame.Rect(centre[0] - RADIUS + 6, centre[1] - RADIUS + 6,
                                                    RADIUS * 2 - 12, RADIUS * 2 - 12), 1.9, 2.8, 1)


def _marker(target: pygame.Surface, centre: tuple[float, float], radius: float, tick: int) -> None:
    """Eight dashes turning around something hidden, breathing in and out."""
    turn = tick * 0.05
    r = radius + 2 * math.sin(tick * 0.12)
    for k in range(8):
        a0 = turn + k * math.tau / 8
        a1 = a0 + math.tau / 16
        p0 = (centre[0] + math.cos(a0) * r, centre[1] + math.sin(a0) * r)
        p1 = (centre[0] + math.cos(a1) * r, centre[1] + math.sin(a1) * r)
        pygame.draw.line(target, MARK, p0, p1, 2)
