"""The game's side of saving: which world to save, its thumbnail, autosaves when Coraline
enters a room or a chapter begins, the quick save key, and starting play from a loaded save.

The files themselves are ``saves.py``'s business; this only decides when and what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE, VIEW_HEIGHT
from coraline_game.saves import AUTO, QUICK, SaveError, SaveOutcome, latest_slot, load_game, save_game
from coraline_game.scenes.save_load import thumbnail_png
from coraline_game.world.world import World

if TYPE_CHECKING:
    from coraline_game.app import App
    from coraline_game.scenes.play import PlayScene



class SaveService:
    def __init__(self, app: App) -> None:
        self.app = app
        self._where: tuple[str, int] | None = None  # (room, chapter) at the last autosave check
        self.notice = ""  # the last thing to tell the player ("Saved.", a problem)
        self.notice_until = 0

    # -- what can be saved -------------------------------------------------------------------
    def play_scene(self) -> PlayScene | None:
        """The game in progress under any overlays (a replay being watched does not count)."""
        from coraline_game.scenes.play import PlayScene
        from coraline_game.scenes.replay_view import ReplayScene
        for scene in self.app.stack.scenes:
            if isinstance(scene, PlayScene) and not isinstance(scene, ReplayScene):
                return scene
        return None

    def can_save(self) -> str | None:
        """None if the game can be saved now, else why not."""
        scene = self.play_scene()
        if scene is None:
            return "there is no game to save"
        if scene.run is not None:
            return "speedrun attempts are not saved: their replays are"
        if scene.world.room.cutscene:
            return "not during a cutscene"
        return None

    def thumbnail(self, scene: PlayScene) -> bytes | None:
        """The room as it looks now, without menus or the interface, small, as PNG bytes."""
        try:
            canvas = pygame.Surface(LOGICAL_SIZE)
            scene.draw_world_only(canvas)
            return thumbnail_png(canvas.subsurface((0, 0, LOGICAL_SIZE[0], VIEW_HEIGHT)))
        except (pygame.error, ValueError):
            return None

    # -- saving and loading --------------------------------------------------------------------
    def save_to(self, slot: str) -> SaveOutcome:
        """Save the game in progress into a slot."""
        why_not = self.can_save()
        if why_not:
            outcome = SaveOutcome(error=f"Cannot save: {why_not}.")
        else:
            scene = self.play_scene()
            assert scene is not None
            outcome = save_game(slot, scene.world.state, self.app.content, self.thumbnail(scene))
        self.tell(outcome.message or ("Quick saved." if slot == QUICK else "Saved."))
        return outcome

    def load_from(self, slot: str, backup: bool = False) -> str | None:
        """Leave whatever is going on and play on from a save; None when done, else why not."""
        from coraline_game.scenes.play import PlayScene
        try:
            state = load_game(slot, self.app.content, backup=backup)
        except SaveError as err:
            self.tell(f"Cannot load: {err}")
            return str(err)
        self.app.leave_attempt()
        world = World.from_state(self.app.content, state)
        self.app.stack.replace(PlayScene(self.app, world))
        self._where = (state.room, state.chapter)
        self.tell("Loaded.")
        return None

    def quick_save(self) -> None:
        self.save_to(QUICK)

    def quick_load(self) -> None:
        self.load_from(QUICK)

    def continue_slot(self) -> str | None:
        """The save the title's Continue opens: the most recent good one."""
        return latest_slot(self.app.content)

    def autosave_if_moved(self) -> None:
        """After a tick: a new room or a new chapter is worth an autosave (not in speedruns,
        not in cutscenes, not while a script is halfway through a scene)."""
        scene = self.play_scene()
        if scene is None or scene.run is not None:
            self._where = None
            return
        state = scene.world.state
        where = (state.room, state.chapter)
        if where == self._where:
            return
        if self._where is None:  # the first look at a new game: nothing has happened yet
            self._where = where
            return
        if scene.world.room.cutscene or state.busy:
            return  # try again when the scene is over
        self._where = where
        outcome = save_game(AUTO, state, self.app.content, self.thumbnail(scene))
        if outcome.message:
            self.tell(outcome.message)

    def tell(self, message: str, seconds: float = 2.5) -> None:
        """Show a short message in the corner (a save done, a file that could not be read)."""
        self.notice = message
        self.notice_until = pygame.time.get_ticks() + round(seconds * 1000)
