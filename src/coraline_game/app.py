"""The window and the loop: a fixed 60 Hz tick, one draw per tick, a stack of scenes.

Owns the things scenes share (assets, text cache, sprites, cursors, content); scenes reach
them, and ask for scene changes, through the ``App`` they are given.
"""

from __future__ import annotations

import os
import secrets
import warnings
import time
from dataclasses import dataclass, field, replace

import pygame

from coraline_game import __version__
from coraline_game.audio import Audio, SilentMixer
from coraline_game.content.model import Content
from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.sprites import Sprites
from coraline_game.render.text import TextCache
from coraline_game.scenes.base import SceneStack
from coraline_game.world import TICKS_PER_SECOND
from coraline_game.save_service import SaveService
from coraline_game.saves import SaveOutcome
from coraline_game.scenes.bindings import bindings_from_settings
from coraline_game.scenes.pad_cursor import Pads
from coraline_game.scenes.pad_keys import PadKeys
from coraline_game.settings import Settings, chars_per_tick, save_settings, window_size
from coraline_game.speedrun.attempts import LiveSplitListener, Outcome, Speedrunning
from coraline_game.speedrun.livesplit import LiveSplitClient, parse_address
from coraline_game.speedrun.session import RunSession
from coraline_game.world.world import SHUFFLED, World

TICK = 1.0 / TICKS_PER_SECOND
MAX_CATCH_UP = 5  # ticks simulated per frame at most after a stall




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
        self.saving = SaveService(self)
        self.audio = Audio(self.content.root, self.settings, self.content, mixer=SilentMixer())
        self.bindings = bindings_from_settings(self.settings)
        self._connect_livesplit()

    @property
    def instant_text(self) -> bool:
        """Lines shown whole at once, one press moving past them: in speedrun mode, or when the
        player set the text speed to instant."""
        return (self.settings.speedrun_mode or self.current_run is not None
                or chars_per_tick(self.settings) is None)

    @property
    def text_speed(self) -> float | None:
        """How many characters of a line type out per tick; None: whole lines at once."""
        return None if self.instant_text else chars_per_tick(self.settings)

    # -- settings and LiveSplit -------------------------------------------------------------
    def apply_settings(self, new: Settings) -> None:
        """Use and keep new settings (a write failure is only a message)."""
        old, self.settings = self.settings, new
        self.audio.apply_settings(new)
        problem = save_settings(new)
        if problem:
            self.speedrun.messages.append(problem)
        if pygame.display.get_surface() is not None and os.environ.get("SDL_VIDEODRIVER") != "dummy":
            if new.fullscreen != pygame.display.is_fullscreen():
                pygame.display.toggle_fullscreen()
            if new.window_scale != old.window_scale or new.fullscreen != old.fullscreen:
                self.size_window()
        self.bindings = bindings_from_settings(new)
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

    def close_overlay(self) -> None:
        self.stack.pop()

    def open_speedrun_menu(self) -> None:
        from coraline_game.scenes.speedrun_menu import SpeedrunMenuScene
        self.stack.push(SpeedrunMenuScene(self))

    def open_help(self) -> None:
        from coraline_game.scenes.help import HelpScene
        self.stack.push(HelpScene(self))

    def open_save(self) -> None:
        from coraline_game.scenes.save_load import SaveLoadScene
        self.stack.push(SaveLoadScene(self, "save"))

    def open_load(self) -> None:
        from coraline_game.scenes.save_load import SaveLoadScene
        playing = self.saving.play_scene() is not None  # ask before leaving a game in progress
        self.stack.push(SaveLoadScene(self, "load", confirm_load=playing))

    def save_to(self, slot: str) -> SaveOutcome:
        return self.saving.save_to(slot)

    def load_from(self, slot: str, backup: bool = False) -> str | None:
        return self.saving.load_from(slot, backup)

    def quick_save(self) -> None:
        self.saving.quick_save()

    def quick_load(self) -> None:
        self.saving.quick_load()

    def continue_game(self) -> None:
        """The title's Continue: the most recent good save."""
        slot = self.saving.continue_slot()
        if slot is not None:
            self.saving.load_from(slot)

    def show_credits(self) -> None:
        from coraline_game.scenes.credits_view import CreditsScene
        self.stack.replace(CreditsScene(self))

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
        if self.fullscreen:  # --fullscreen for this session, not saved
            self.settings = replace(self.settings, fullscreen=True)
        flags = 0 if headless else pygame.SCALED | pygame.RESIZABLE
        if self.settings.fullscreen and not headless:
            flags |= pygame.FULLSCREEN
        screen = pygame.display.set_mode(LOGICAL_SIZE, flags, vsync=0)
        self.size_window()
        pygame.mouse.set_visible(False)
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.sprites = Sprites(self.assets)
        self.cursors = Cursors(self.assets)
        self.pads = Pads()
        self.pad_keys = PadKeys()
        self.audio = Audio(self.content.root, self.settings, self.content)  # after pygame.init
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
        self.audio.pause()

    def resume(self) -> None:
        self.stack.pop()
        self.audio.resume()

    def to_title(self) -> None:
        from coraline_game.scenes.title import TitleScene
        self.leave_attempt()
        self.stack.replace(TitleScene(self))

    def quit(self) -> None:
        self.leave_attempt()
        self.running = False

    def toggle_fullscreen(self) -> None:
        """F11 or Alt+Enter: the same as the Display setting, and kept with it."""
        self.apply_settings(replace(self.settings, fullscreen=not self.settings.fullscreen))

    def size_window(self) -> None:
        """The window at the chosen scale of 640x360 (or the largest that fits the desktop)."""
        if os.environ.get("SDL_VIDEODRIVER") == "dummy" or pygame.display.is_fullscreen():
            return
        size = window_size(self.settings.window_scale, pygame.display.get_desktop_sizes()[0])
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                window = pygame.Window.from_display_module()
        except (AttributeError, pygame.error):  # a pygame-ce without it: SCALED's own size
            return
        window.size = size
        window.position = pygame.WINDOWPOS_CENTERED

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
        elif self.pads.handle(event):  # a pad plugged in or pulled out: the play scene hears too
            self.stack.handle(event)
        elif event.type in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERAXISMOTION) \
                and self.menu_on_top():
            key = self.pad_keys.key_event(event)
            if key is not None:
                self.stack.handle(key)
        elif event.type == pygame.KEYDOWN and (
                event.key == pygame.K_F11
                or (event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT)):
            self.toggle_fullscreen()
        else:
            self.stack.handle(event)

    def menu_on_top(self) -> bool:
        """A menu has the pad, unless it listens for pad buttons itself (the gamepad page of
        Settings) or the game is being played (the play scene steers with the pad)."""
        from coraline_game.scenes.play import PlayScene
        top = self.stack.top
        return not isinstance(top, PlayScene) and not getattr(top, "wants_pad_buttons", False)

    def draw_notice(self, screen: pygame.Surface) -> None:
        """A short word after a save or load ("Saved."), over whatever is on screen."""
        if self.saving.notice and pygame.time.get_ticks() < self.saving.notice_until:
            from coraline_game.render.ui import INK, panel
            lines = [self.text.render(line, 16, INK)
                     for line in self.text.wrap(self.saving.notice, 16, 420)]
            height = sum(img.get_height() for img in lines)
            width = max(img.get_width() for img in lines)
            box = pygame.Rect(0, 0, width + 12, height + 6)
            box.bottomright = (LOGICAL_SIZE[0] - 8, 316)
            panel(screen, box)
            y = box.y + 3
            for img in lines:
                screen.blit(img, (box.x + 6, y))
                y += img.get_height()

    def crashed(self, error: Exception) -> None:
        """Write a crash report and show the crash screen; a crash in that screen ends the game."""
        from coraline_game.crash import write_crash_report
        from coraline_game.scenes.crash import CrashScene
        if isinstance(self.stack.top, CrashScene):
            raise error
        scene = self.saving.play_scene()
        history = getattr(scene, "history", None)
        report = write_crash_report(
            error, recent_commands=history.recent() if history is not None else [],
            state=scene.world.state if scene is not None else None, content=self.content,
            start=history.start() if history is not None else None)
        self.leave_attempt()
        self.stack.replace(CrashScene(self, report, f"{type(error).__name__}: {error}"))

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
            ticked = False
            try:
                for event in pygame.event.get():
                    self.handle(event)
                while owed >= TICK:
                    self.stack.update()
                    self.saving.autosave_if_moved()
                    owed -= TICK
                    ticked = True
                if ticked:
                    self.stack.draw(screen)
                    self.draw_notice(screen)
            except Exception as error:  # a bug of ours: say so kindly, keep the saves, go on
                self.crashed(error)
                continue
            if ticked:
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
        self.audio.stop()
        pygame.quit()
