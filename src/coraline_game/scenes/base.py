"""The scene stack: one active scene on top; overlays mark themselves transparent."""

from __future__ import annotations

import pygame


class Scene:
    """Base class: override what you need. ``transparent`` scenes draw over the one below."""

    transparent = False

    def handle(self, event: pygame.event.Event) -> None:
        """React to one input event."""

    def update(self) -> None:
        """Advance one 1/60 s tick."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the logical-resolution surface."""


class SceneStack:
    """Push, pop, replace. Only the top scene gets input and updates."""

    def __init__(self) -> None:
        self.scenes: list[Scene] = []

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        self.scenes.append(scene)

    def pop(self) -> Scene | None:
        return self.scenes.pop() if self.scenes else None

    def replace(self, scene: Scene) -> None:
        self.scenes.clear()
        self.scenes.append(scene)

    def handle(self, event: pygame.event.Event) -> None:
        if self.top is not None:
            self.top.handle(event)

    def update(self) -> None:
        if self.top is not None:
            self.top.update()

    def draw(self, surface: pygame.Surface) -> None:
        start = len(self.scenes) - 1
        while start > 0 and self.scenes[start].transparent:
            start -= 1
        for scene in self.scenes[start:]:
            scene.draw(surface)
