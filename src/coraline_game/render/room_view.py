"""Draws a room: its static layers composited once per visible-layer set, actors by feet-y.

A frame is two blits of pre-composited layers (behind and in front of the actors) plus the
actors themselves, whatever the number of tiles: that is how it stays under 2 ms.
"""

from __future__ import annotations

import pygame

from coraline_game.content.model import Layer, Room
from coraline_game.render.assets import Assets
from coraline_game.render.sprites import Sprites
from coraline_game.world.conditions import holds
from coraline_game.world.state import GameState


class RoomView:
    """The look of one room; rebuilds its composites only when a layer's visibility changes."""

    def __init__(self, room: Room, assets: Assets, sprites: Sprites) -> None:
        self.room = room
        self.assets = assets
        self.sprites = sprites
        self._signature: tuple[bool, ...] | None = None
        self.back: pygame.Surface | None = None
        self.front: pygame.Surface | None = None
        self._shadows: dict[tuple[int, int], pygame.Surface] = {}

    def _shadow(self, size: tuple[int, int]) -> pygame.Surface:
        """A soft oval under the feet, so characters stand on the floor rather than float."""
        shadow = self._shadows.get(size)
        if shadow is None:
            shadow = pygame.Surface(size, pygame.SRCALPHA)
            pygame.draw.ellipse(shadow, (0, 0, 0, 70), shadow.get_rect())
            self._shadows[size] = shadow
        return shadow

    def signature(self, state: GameState) -> tuple[bool, ...]:
        return tuple(holds(layer.visible_if, state) for layer in self.room.layers)

    def composite(self, state: GameState) -> None:
        """Rebuild the behind/in-front surfaces if the set of visible layers changed."""
        sig = self.signature(state)
        if sig == self._signature:
            return
        self._signature = sig
        size = (self.room.width, self.room.height)
        self.back = pygame.Surface(size).convert() if pygame.display.get_surface() else pygame.Surface(size)
        self.back.fill((0, 0, 0))
        fronts = [layer for layer, shown in zip(self.room.layers, sig) if shown and layer.foreground]
        self.front = None
        if fronts:
            self.front = pygame.Surface(size, pygame.SRCALPHA)
            if pygame.display.get_surface():
                self.front = self.front.convert_alpha()
        for layer, shown in zip(self.room.layers, sig):
            if shown:
                target = self.front if layer.foreground else self.back
                assert target is not None
                self._draw_layer(target, layer)

    def _draw_layer(self, target: pygame.Surface, layer: Layer) -> None:
        alpha = round(255 * layer.opacity)
        if layer.image:
            image = self.assets.image(layer.image)
            if alpha < 255:
                image = image.copy()
                image.set_alpha(alpha)
            target.blit(image, layer.offset)
            return
        if alpha < 255:
            scratch = pygame.Surface(target.get_size(), pygame.SRCALPHA)
            self._blit_tiles(scratch, layer)
            scratch.set_alpha(alpha)
            target.blit(scratch, (0, 0))
        else:
            self._blit_tiles(target, layer)

    def _blit_tiles(self, target: pygame.Surface, layer: Layer) -> None:
        cache: dict[tuple[str, tuple[int, int, int, int], bool, bool], pygame.Surface] = {}
        blits = []
        for t in layer.tiles:
            key = (t.image, t.source, t.flip_x, t.flip_y)
            surf = cache.get(key)
            if surf is None:
                surf = self.assets.image(t.image).subsurface(t.source)
                if t.flip_x or t.flip_y:
                    surf = pygame.transform.flip(surf, t.flip_x, t.flip_y)
                cache[key] = surf
            blits.append((surf, (t.x, t.y)))
        target.blits(blits, doreturn=False)

    def draw(self, surface: pygame.Surface, state: GameState, camera_x: int,
             sheets: dict[str, str]) -> None:
        """Draw the room as seen from ``camera_x`` onto ``surface`` (the room view)."""
        self.composite(state)
        assert self.back is not None
        view = surface.get_rect()
        surface.blit(self.back, (0, 0), (camera_x, 0, view.width, view.height))
        actors = [] if self.room.cutscene else [state.player]
        for h in self.room.hotspots:
            if h.kind == "actor" and holds(h.visible_if, state) and h.name in state.actors:
                actors.append(state.actors[h.name])
        actors.sort(key=lambda a: a.y)
        speaking = state.line.character if state.line else ""
        for a in actors:
            sheet = sheets.get(a.character)
            if sheet is None:
                continue
            frame, (ax, ay) = self.sprites.actor_frame(sheet, a, a.character == speaking, state.tick)
            x, y = round(a.x) - ax - camera_x, round(a.y) - ay
            shadow = pygame.Rect(0, 0, 22, 6)
            shadow.center = (round(a.x) - camera_x, round(a.y))
            surface.blit(self._shadow(shadow.size), shadow)
            surface.blit(frame, (x, y))
        if self.front is not None:
            surface.blit(self.front, (0, 0), (camera_x, 0, view.width, view.height))

