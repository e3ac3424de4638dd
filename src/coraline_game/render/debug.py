"""The F3 overlay: the room's invisible parts drawn over it, for designers and bug reports.

Walk areas (green), blockers (red), hotspots (yellow) with their walk-to points, exits (cyan),
spawns (white crosses), Coraline's path, and the raised flags.
"""

from __future__ import annotations

import pygame

from coraline_game.content.model import Room
from coraline_game.render.text import TextCache
from coraline_game.world.conditions import holds
from coraline_game.world.state import GameState

WALK = (90, 220, 120)
BLOCK = (230, 80, 80)
HOTSPOT = (250, 220, 90)
EXIT = (90, 210, 240)
HIDDEN = (120, 120, 120)


def draw_debug(surface: pygame.Surface, room: Room, state: GameState, camera_x: int,
               text: TextCache, walk_target) -> None:
    """``walk_target(hotspot)`` gives where Coraline would stand to use a hotspot."""
    def shift(points):
        return [(x - camera_x, y) for x, y in points]

    for poly in room.walkareas:
        pygame.draw.polygon(surface, WALK, shift(poly), 1)
    for poly in room.blockers:
        pygame.draw.polygon(surface, BLOCK, shift(poly), 1)
    placed: list[pygame.Rect] = []
    for h in room.hotspots:
        shown = holds(h.visible_if, state)
        colour = (EXIT if h.kind == "exit" else HOTSPOT) if shown else HIDDEN
        if len(h.shape) >= 3:
            pygame.draw.polygon(surface, colour, shift(h.shape), 1)
        x, y, _, _ = h.bbox
        name = text.render(h.name, 12, colour)
        surface.blit(name, _free_spot(name.get_rect(topleft=(x - camera_x + 2, y + 1)),
                                      placed, surface.get_rect()))
        if shown:
            tx, ty = walk_target(h)
            pygame.draw.circle(surface, colour, (round(tx) - camera_x, round(ty)), 2)
            pygame.draw.line(surface, colour, (round(tx) - camera_x, round(ty)),
                             (round(x + h.bbox[2] / 2) - camera_x, round(y + h.bbox[3])), 1)
    for spawn in room.spawns.values():
        sx, sy = round(spawn.x) - camera_x, round(spawn.y)
        pygame.draw.line(surface, (255, 255, 255), (sx - 3, sy - 3), (sx + 3, sy + 3))
        pygame.draw.line(surface, (255, 255, 255), (sx - 3, sy + 3), (sx + 3, sy - 3))
        surface.blit(text.render(spawn.name, 12, (255, 255, 255)), (sx + 4, sy - 6))
    p = state.player
    if p.path:
        pts = [(p.x - camera_x, p.y)] + [(x - camera_x, y) for x, y in p.path]
        pygame.draw.lines(surface, (255, 120, 255), False, pts, 1)
    flags = ", ".join(sorted(state.flags)) or "(no flags)"
    lines = [f"{room.id}  tick {state.tick}  ({p.x:.0f}, {p.y:.0f}) {p.facing}",
             f"flags: {flags}", "items: " + (", ".join(state.inventory) or "(none)")]
    y = 300 - 12 * len(lines)
    for line in lines:
        surface.blit(text.render(line, 12, (255, 255, 255)), (4, y))
        y += 12


def _free_spot(label: pygame.Rect, placed: list[pygame.Rect], screen: pygame.Rect) -> pygame.Rect:
    """Where a hotspot's name can go: on screen, and below any name already there."""
    spot = label.clamp(screen)
    for _ in range(6):
        if spot.collidelist(placed) < 0:
            break
        spot = spot.move(0, spot.height).clamp(screen)
    placed.append(spot)
    return spot
