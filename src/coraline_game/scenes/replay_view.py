"""Watching a replay in a window: the recorded commands drive the world tick by tick, with
the split list and timer as the runner saw them. Space pauses, F speeds up, Esc leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from coraline_game.scenes.play import PlayScene
from coraline_game.speedrun.attempts import Outcome
from coraline_game.speedrun.replay import Replay, start_of
from coraline_game.speedrun.session import RunSession

if TYPE_CHECKING:
    from coraline_game.app import App as Services

FAST = 4  # ticks per frame while F is held


class ReplayScene(PlayScene):
    def __init__(self, services: Services, replay: Replay) -> None:
        world = start_of(services.content, replay)
        category = services.content.speedrun.categories[replay.category]
        super().__init__(services, world, RunSession(category, world, replay.seed, replay.practice))
        self.replay = replay
        self.next_command = 0
        self.paused = False
        self.fast = False

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEMOTION:
            self.mouse = event.pos
        elif event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.services.quit()
            elif event.key == pygame.K_SPACE:
                self.paused = not self.paused
            elif event.key == pygame.K_f:
                self.fast = True
        elif event.type == pygame.KEYUP and event.key == pygame.K_f:
            self.fast = False

    def update(self) -> None:
        if self.paused:
            return
        for _ in range(FAST if self.fast else 1):
            self.tick_once()

    def tick_once(self) -> None:
        run = self.run
        assert run is not None
        now = run.world.state.tick - run.clock.start_tick
        commands = self.replay.commands
        while self.next_command < len(commands) and commands[self.next_command][0] == now:
            self.queue.append(commands[self.next_command][1])
            self.next_command += 1
        done = run.finished or (now >= self.replay.igt_ticks
                                and self.next_command >= len(commands))
        if done and not run.finished:
            return  # a reset attempt: hold its last frame
        PlayScene.update(self)

    def attempt_finished(self, run: RunSession) -> Outcome | None:
        return Outcome(True, run.igt, False, 0, "")  # watching keeps nothing
