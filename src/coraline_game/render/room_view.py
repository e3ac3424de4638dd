"""Draws a room: its static layers composited once per visible-layer set, actors by feet-y.

A frame is two blits of pre-composited layers (behind and in front of the actors), the actors
themselves and the room's ambient effects, drawn fresh from the tick on top of the composites.
"""

from __future__ import annotations

import pygame

from coraline_game.content.depth import scale_at
from coraline_game.content.model import Layer, Room
from coraline_game.render.assets import Assets
from coraline_game.render.decay import (DEPTH, apply_decay, clip_to, cut_edges, stage_of,
                                        tear_overlay)
from coraline_game.render.effects import Prepared, draw_effects, prepare, strength
from coraline_game.render.sprites import Sprites
from coraline_game.world.conditions import holds
from coraline_game.world.state import GameState


class RoomView:
    """The look of one room; rebuilds its composites only when a layer's visibility changes."""

    def __init__(self, room: Room, assets: Assets, sprites: Sprites) -> None:
        self.room = room
        self.assets = assets
        self.sprites = sprites
        self._signature: tuple[object, ...] | None = None
        self.back: pygame.Surface | None = None
        self.front: pygame.Surface | None = None
        self.stone: pygame.Surface | None = None  # layers seen only through the seeing stone
        self._shadows: dict[tuple[int, int], pygame.Surface] = {}
        self._effects: tuple[Prepared, ...] = ()
        self._effects_stage = -1
        self.tear: pygame.Surface | None = None  # the decay's torn edge, laid over the effects

    def _shadow(self, size: tuple[int, int]) -> pygame.Surface:
        """A soft oval under the feet, so characters stand on the floor rather than float."""
        shadow = self._shadows.get(size)
        if shadow is None:
            shadow = pygame.Surface(size, pygame.SRCALPHA)
            pygame.draw.ellipse(shadow, (0, 0, 0, 70), shadow.get_rect())
            self._shadows[size] = shadow
        return shadow

    def decay_stage(self, state: GameState) -> int:
        return stage_of(state) if self.room.world == "other" else 0

    def signature(self, state: GameState) -> tuple[object, ...]:
        return (*(holds(layer.visible_if, state) for layer in self.room.layers),
                self.decay_stage(state))

    def composite(self, state: GameState) -> None:
        """Rebuild the behind/in-front surfaces if the set of visible layers changed."""
        sig = self.signature(state)
        if sig == self._signature:
            return
        self._signature = sig
        size = (self.room.width, self.room.height)
        self.back = pygame.Surface(size).convert() if pygame.display.get_surface() else pygame.Surface(size)
        self.back.fill((0, 0, 0))
        shown_layers = [layer for layer, shown in zip(self.room.layers, sig) if shown]
        self.front = self._alpha_surface(size) if any(
            layer.foreground and not layer.seen_through_stone for layer in shown_layers) else None
        self.stone = self._alpha_surface(size) if any(
            layer.seen_through_stone for layer in shown_layers) else None
        for layer in shown_layers:
            if layer.seen_through_stone:
                target = self.stone
            else:
                target = self.front if layer.foreground else self.back
            assert target is not None
            self._draw_layer(target, layer)
        stage = self.decay_stage(state)
        apply_decay(self.back, stage, self.room.id)
        self.tear = tear_overlay(size, stage, self.room.id) if stage else None
        whole = [layer for layer in shown_layers if layer.whole and not layer.foreground]
        if self.tear is not None and whole:
            self._mend(whole, stage, self.tear)
        if self.front is not None:
            apply_decay(self.front, stage, self.room.id, edges=False)
            if self.tear is not None:
                cut_edges(self.front, self.tear)

    def _mend(self, layers: list[Layer], stage: int, tear: pygame.Surface) -> None:
        """Put back, where the tear ate them, the layers that stay whole (drained all the same),
        and take them out of ``tear`` so the effects' pass does not eat them again."""
        assert self.back is not None
        kept = self._alpha_surface(self.back.get_size())
        for layer in layers:
            self._draw_layer(kept, layer)
        apply_decay(kept, stage, self.room.id, edges=False)
        clip_to(kept, tear, inside=True)
        self.back.blit(kept, (0, 0))
        clip_to(tear, kept, inside=False)

    @staticmethod
    def _alpha_surface(size: tuple[int, int]) -> pygame.Surface:
        s = pygame.Surface(size, pygame.SRCALPHA)
        return s.convert_alpha() if pygame.display.get_surface() else s

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
             sheets: dict[str, str], entered_tick: int = 0) -> None:
        """Draw the room as seen from ``camera_x`` onto ``surface`` (the room view).

        ``entered_tick`` is when the player came in: the effects that play once count from it."""
        self.composite(state)
        assert self.back is not None
        view = surface.get_rect()
        surface.blit(self.back, (0, 0), (camera_x, 0, view.width, view.height))
        actors = [] if self.room.cutscene else [state.player]
        for h in self.room.hotspots:
            if h.kind == "actor" and holds(h.visible_if, state) and h.name in state.actors:
                actors.append(state.actors[h.name])
        self._draw_effects(surface, state, camera_x, False, entered_tick)
        actors.sort(key=lambda a: a.y)
        speaking = state.line.character if state.line else ""
        for a in actors:
            sheet = sheets.get(a.character)
            if sheet is None:
                continue
            scale = scale_at(self.room.depth, a.y)  # smaller further off, in a room with depth
            frame, (ax, ay) = self.sprites.actor_frame(sheet, a, a.character == speaking,
                                                       state.tick, scale)
            x, y = round(a.x) - ax - camera_x, round(a.y) - ay
            shadow = pygame.Rect(0, 0, round(22 * scale), max(2, round(6 * scale)))
            shadow.center = (round(a.x) - camera_x, round(a.y))
            surface.blit(self._shadow(shadow.size), shadow)
            surface.blit(frame, (x, y))
        self._draw_effects(surface, state, camera_x, True, entered_tick)
        if self.front is not None:
            surface.blit(self.front, (0, 0), (camera_x, 0, view.width, view.height))


    def _draw_effects(self, surface: pygame.Surface, state: GameState, camera_x: int,
                      foreground: bool, entered_tick: int) -> None:
        """The room's ambient effects on one side of the actors, inside what decay has left."""
        if not self.room.effects:
            return
        stage = self.decay_stage(state)
        if stage != self._effects_stage:  # the Other World's lights grey as it comes apart
            self._effects = tuple(prepare(e, self.room.world, stage, self._picture(e.image, stage))
                                  for e in self.room.effects)
            self._effects_stage = stage
        shown = [p for p in self._effects
                 if p.effect.foreground == foreground and holds(p.effect.visible_if, state)]
        if not shown:
            return
        old_clip = surface.get_clip()
        if stage and foreground:  # over the actors: keep well inside the white nothing
            d = round(DEPTH[stage] * 1.2)
            surface.set_clip(pygame.Rect(d - camera_x, d, self.room.width - 2 * d,
                                         self.room.height - d - d // 2).clip(old_clip))
        draw_effects(surface, shown, state.tick, camera_x,
                     [strength(p.effect, self.room.world, stage) for p in shown], entered_tick)
        surface.set_clip(old_clip)
        if stage and not foreground and self.tear is not None:  # behind them: up to the tear
            view = surface.get_rect()
            surface.blit(self.tear, (0, 0), (camera_x, 0, view.width, view.height))

    def _picture(self, path: str, stage: int) -> pygame.Surface | None:
        """A picture effect's image, drained like the room around it (its edges are not torn)."""
        if not path:
            return None
        image = self.assets.image(path)
        if stage:
            image = image.copy()
            apply_decay(image, stage, self.room.id, edges=False)
        return image
