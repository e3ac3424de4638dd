"""The window and the loop: a fixed 60 Hz tick, one draw per tick, a stack of scenes.

Owns the things scenes share (assets, text cache, sprites, cursors, content); scenes reach
them, and ask for scene changes, through the ``App`` they are given.
"""

from __future__ import annotations

import secrets

import os
import time
from dataclasses import dataclass, field, replace

import pygame

from coraline_game import __version__
from coraline_game.content.model import Content
from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.sprites import Sprites
from coraline_game.render.text import TextCache
from coraline_game.scenes.base import SceneStack
from coraline_game.world import TICKS_PER_SECOND
from coraline_game.world.world import World

TICK = 1.0 / TICKS_PER_SECOND
MAX_CATCH_UP = 5  # ticks simulated per frame at most after a stall


SHUFFLED = "shuffled"  # the flag of the shuffled eye hunt


@dataclass(frozen=True, slots=True)
class StartState:
    """Where a new game starts: normally the bedroom, or anywhere for testing."""

    room: str | None = None
    spawn: str = "start"
    items: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    seed: int = 0


@dataclass
class App:
    content: Content
    start: StartState = field(default_factory=StartState)
    fullscreen: bool = False
    skip_title: bool = False
    instant_text: bool = False
    exit_after_first_frame: bool = False

    def __post_init__(self) -> None:
        self.stack = SceneStack()
        self.running = False

    # -- set-up ----------------------------------------------------------------------------
    def open_window(self) -> pygame.Surface:
        pygame.init()
        pygame.display.set_caption(f"Coraline: The Little Door {__version__}")
        headless = os.environ.get("SDL_VIDEODRIVER") == "dummy"
        flags = 0 if headless else pygame.SCALED | pygame.RESIZABLE
        if self.fullscreen and not headless:
            flags |= pygame.FULLSCREEN
        screen = pygame.display.set_mode(LOGICAL_SIZE, flags, vsync=0)
        pygame.mouse.set_visible(False)
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.sprites = Sprites(self.assets)
        self.cursors = Cursors(self.assets)
        from coraline_game.scenes.title import TitleScene
        self.stack.replace(TitleScene(self))
        if self.skip_title:
            self.new_game()
        return screen

    # -- what scenes ask for ---------------------------------------------------------------
    def new_world(self) -> World:
        s = self.start
        world = World(self.content, seed=s.seed, room=s.room, spawn=s.spawn)
        for item in s.items:
            world.give(item)
        for flag in s.flags:
            world.set_flag(flag, True)
        return world

    def new_game(self) -> None:
        from coraline_game.scenes.play import PlayScene
        self.stack.replace(PlayScene(self, self.new_world()))

    def new_shuffled_game(self) -> None:
        """New Game with the eyes' hiding places shuffled: a fresh seed, shown on screen."""
        if SHUFFLED not in self.start.flags:
            seed = self.start.seed or secrets.randbelow(9000) + 1000
            self.start = replace(self.start, seed=seed, flags=(*self.start.flags, SHUFFLED))
        self.new_game()

    def pause(self) -> None:
        from coraline_game.scenes.pause import PauseScene
        self.stack.push(PauseScene(self))

    def resume(self) -> None:
        self.stack.pop()

    def to_title(self) -> None:
        from coraline_game.scenes.title import TitleScene
        self.stack.replace(TitleScene(self))

    def quit(self) -> None:
        self.running = False

    def toggle_fullscreen(self) -> None:
        pygame.display.toggle_fullscreen()

    # -- the loop --------------------------------------------------------------------------
    def run(self) -> None:
        screen = self.open_window()
        self.running = True
        previous = time.perf_counter()
        owed = 0.0
        while self.running:
            now = time.perf_counter()
            owed = min(owed + now - previous, MAX_CATCH_UP * TICK)
            previous = now
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    self.running = False
                elif event.type == pygame.KEYDOWN and (
                        event.key == pygame.K_F11
                        or (event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT)):
                    self.toggle_fullscreen()
                else:
                    self.stack.handle(event)
            ticked = False
            while owed >= TICK:
                self.stack.update()
                owed -= TICK
                ticked = True
            if ticked:
                self.stack.draw(screen)
                pygame.display.flip()
                if self.exit_after_first_frame:  # tools/bench.py measures start-up this way
                    print("first-frame", flush=True)
                    self.running = False
            else:
                time.sleep(max(0.0, TICK - owed) * 0.9)
        pygame.quit()
