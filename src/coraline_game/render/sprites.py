"""Character frames: picks the frame for an actor's state and caches the mirrored copies."""

from __future__ import annotations

import pygame

from coraline_game.render.assets import Assets
from coraline_game.world.state import ActorState

ROWS = {"down": 0, "up": 1, "right": 2, "left": 2}
IDLE, WALK, TALK = (0, 1), (2, 3, 4, 5), (6, 7)


class Sprites:
    """Cuts frames from character sheets on demand and remembers them."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._frames: dict[tuple[str, int, int, bool], pygame.Surface] = {}
        self._shrunk: dict[tuple[str, int, int, bool, int], pygame.Surface] = {}

    def forget(self) -> None:
        self._frames.clear()
        self._shrunk.clear()

    def frame(self, sheet: str, row: int, col: int, flip: bool) -> tuple[pygame.Surface, tuple[int, int]]:
        image, info = self.assets.sheet(sheet)
        key = (sheet, row, col, flip)
        surf = self._frames.get(key)
        if surf is None:
            w, h = info.frame
            surf = image.subsurface((col * w, row * h, w, h))
            if flip:
                surf = pygame.transform.flip(surf, True, False)
            self._frames[key] = surf
        ax, ay = info.anchor
        if flip:
            ax = info.frame[0] - ax
        return surf, (ax, ay)

    def shrunk(self, sheet: str, row: int, col: int, flip: bool,
               scale: float) -> tuple[pygame.Surface, tuple[int, int]]:
        """A frame drawn smaller for the far side of a room with depth: whole pixels picked by
        nearest neighbour (never blended), its height rounded to a pixel, remembered."""
        surf, (ax, ay) = self.frame(sheet, row, col, flip)
        w, h = surf.get_size()
        height = max(1, round(h * scale))
        if height >= h:
            return surf, (ax, ay)
        width = max(1, round(w * height / h))
        key = (sheet, row, col, flip, height)
        small = self._shrunk.get(key)
        if small is None:
            small = pygame.transform.scale(surf, (width, height))
            self._shrunk[key] = small
        return small, (round(ax * width / w), round(ay * height / h))

    def actor_frame(self, sheet: str, actor: ActorState, talking: bool,
                    tick: int, scale: float = 1.0) -> tuple[pygame.Surface, tuple[int, int]]:
        """The frame for an actor now: walking, talking or breathing, at ``scale`` (at most 1)."""
        row = ROWS.get(actor.facing, 0)
        flip = actor.facing == "left"
        anim = actor.animation or ("walk" if actor.moving else "talk" if talking else "idle")
        if anim == "walk":
            period = 5 if actor.running else 8
            col = WALK[(actor.walked // period) % 4]
        elif anim == "talk":
            col = TALK[(tick // 7) % 2]
        else:
            phase = (sum(map(ord, actor.character)) % 16) * 3  # stable across runs
            col = IDLE[((tick + phase) // 40) % 2]
        if scale < 1:
            return self.shrunk(sheet, row, col, flip, scale)
        return self.frame(sheet, row, col, flip)

    def portrait(self, sheet: str, talking: bool, tick: int) -> pygame.Surface:
        """The speaker's head, from the front-facing frame, for the speech box."""
        col = TALK[(tick // 7) % 2] if talking else IDLE[0]
        surf, _ = self.frame(sheet, 0, col, False)
        _, info = self.assets.sheet(sheet)
        w, h = 24, 26
        if info.eyes:
            eye_x = sum(e[0] for e in info.eyes) / len(info.eyes) + 1
            eye_y = min(e[1] for e in info.eyes)
            left = int(max(0, min(surf.get_width() - w, eye_x - w / 2)))
            top = int(max(0, min(surf.get_height() - h, eye_y - 13)))
        else:
            left, top = 4, 0
        return surf.subsurface((left, top, w, h))
