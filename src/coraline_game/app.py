"""The window and the loop: a fixed 60 Hz tick, one draw per tick, a stack of scenes.

Owns the things scenes share (assets, text cache, sprites, cursors, content); scenes reach
them, and ask for scene changes, through the ``App`` they are given.
"""

from __future__ import annotations

import os
import secrets
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
from coraline_game.scenes.key_chord import KeyChord
from coraline_game.settings import Settings, save_settings
from coraline_game.speedrun.attempts import LiveSplitListener, Outcome, Speedrunning
from coraline_game.speedrun.livesplit import LiveSplitClient, parse_address
from coraline_game.speedrun.session import RunSession
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


@dataclass(frozen=True, slots=True)
class SpeedrunStart:
    """A speedrun asked for on the command line: straight into the category's start."""

    category: str
    seed: int = 0
    practice: str = ""


@dataclass
class App:
    content: Content
    start: StartState = field(default_factory=StartState)
    fullscreen: bool = False
    skip_title: bool = False
    exit_after_first_frame: bool = False
    settings: Settings = field(default_factory=Settings)
    speedrun_start: SpeedrunStart | None = None
    livesplit_address: str = ""  # from --livesplit: overrides the setting for this session

    def __post_init__(self) -> None:
        self.stack = SceneStack()
        self.running = False
        self.speedrun = Speedrunning(self.content)
        self.livesplit: LiveSplitClient | None = None
        self._livesplit_for = ""
        self.current_run: RunSession | None = None
        self._connect_livesplit()

    @property
    def instant_text(self) -> bool:
        """Speedrun mode shows every line whole at once: one press moves past it."""
        return self.settings.speedrun_mode or self.current_run is not None

    # -- settings and LiveSplit -------------------------------------------------------------
    def apply_settings(self, new: Settings) -> None:
        """Use and keep new settings (a write failure is only a message)."""
        old, self.settings = self.settings, new
        problem = save_settings(new)
        if problem:
            self.speedrun.messages.append(problem)
        if new.fullscreen != old.fullscreen and pygame.display.get_surface() is not None:
            self.toggle_fullscreen()
        self._connect_livesplit()

    def _connect_livesplit(self) -> None:
        """One client for the address in use, or none; never waits for the network."""
        wanted = self.livesplit_address or (self.settings.livesplit_address
                                            if self.settings.livesplit else "")
        if wanted == self._livesplit_for:
            return
        if self.livesplit is not None:
            self.livesplit.close()
            self.livesplit = None
        self._livesplit_for = wanted
        if wanted:
            host, port = parse_address(wanted)
            self.livesplit = LiveSplitClient(host, port)

    def livesplit_status(self) -> str:
        return self.livesplit.status if self.livesplit is not None else "off"

    def category_names(self) -> list[tuple[str, str]]:
        return [(c.id, c.name) for c in self.content.speedrun.categories.values()]

    def reset_chord(self) -> KeyChord:
        try:
            return KeyChord.parse(self.settings.reset_key)
        except ValueError:
            return KeyChord.parse(Settings().reset_key)

    def close_overlay(self) -> None:
        self.stack.pop()

    def open_speedrun_menu(self) -> None:
        from coraline_game.scenes.speedrun_menu import SpeedrunMenuScene
        self.stack.push(SpeedrunMenuScene(self))

    def open_settings(self) -> None:
        from coraline_game.scenes.settings import SettingsScene
        self.stack.push(SettingsScene(self))

    # -- speedruns ----------------------------------------------------------------------------
    def start_speedrun(self, category: str, seed: int | None = None, practice: str = "") -> None:
        """Leave any attempt in progress and start a new one at the category's start."""
        from coraline_game.scenes.play import PlayScene
        self.leave_attempt()
        cat = self.content.speedrun.categories[category]
        if seed is None:
            seed = secrets.randbelow(9000) + 1000 if cat.shuffled else 0
        listeners = (LiveSplitListener(self.livesplit),) if self.livesplit is not None else ()
        self.current_run = self.speedrun.begin(category, seed, practice, listeners,
                                       {"speedrun_mode": True})
        self.speedrun_start = SpeedrunStart(category, seed, practice)
        self.stack.replace(PlayScene(self, self.current_run.world, self.current_run))

    def reset_run(self) -> None:
        """The reset key: the same category, seed and practice start, from the top."""
        if self.speedrun_start is not None:
            s = self.speedrun_start
            self.start_speedrun(s.category, s.seed, s.practice)

    def attempt_over(self, run: RunSession) -> Outcome | None:
        """A finished run is kept at once (the world goes on, but the time is set)."""
        outcome = self.speedrun.end(run)
        return outcome

    def leave_attempt(self) -> None:
        """Keep the attempt in progress (reset, title, quit) and tell LiveSplit."""
        run, self.current_run = self.current_run, None
        if run is None:
            return
        if not run.finished:
            run.reset()
            self.speedrun.end(run)

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
        if self.speedrun_start is not None:
            s = self.speedrun_start
            self.start_speedrun(s.category, s.seed, s.practice)
        elif self.skip_title:
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
        if self.settings.speedrun_mode and self.settings.speedrun_category in \
                self.content.speedrun.categories:
            self.start_speedrun(self.settings.speedrun_category)
            return
        self.leave_attempt()
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
        self.leave_attempt()
        self.stack.replace(TitleScene(self))

    def quit(self) -> None:
        self.leave_attempt()
        self.running = False

    def toggle_fullscreen(self) -> None:
        pygame.display.toggle_fullscreen()

    # -- the loop --------------------------------------------------------------------------
    def run(self) -> None:
        self.open_window()
        self.loop()

    def loop(self) -> None:
        """Tick at 60 Hz and draw until quit; the window must be open."""
        screen = pygame.display.get_surface()
        assert screen is not None, "open_window() first"
        self.running = True
        previous = time.perf_counter()
        owed = 0.0
        while self.running:
            now = time.perf_counter()
            owed = min(owed + now - previous, MAX_CATCH_UP * TICK)
            previous = now
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    self.quit()
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
        self.leave_attempt()
        if self.livesplit is not None:
            self.livesplit.flush(0.5)
            self.livesplit.close()
        pygame.quit()
