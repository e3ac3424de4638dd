"""The play scene: turns clicks and keys into world commands, steps the world, draws it all.

Interface state that is not the story's (the selected item, the typed-out part of a line,
the hover) lives here; the story's state lives in the world.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from coraline_game.content.model import Hotspot
from coraline_game.render import LOGICAL_SIZE, VIEW_HEIGHT
from coraline_game.render.debug import draw_debug
from coraline_game.render.lens import draw_lens
from coraline_game.render.room_view import RoomView
from coraline_game.render.ui import Hud, choice_rects, inventory_slots
from coraline_game.scenes.base import Scene
from coraline_game.world.commands import (Advance, Choose, Command, Hint, Interact, LookItem,
                                          Skip, UseItem, WalkTo)
from coraline_game.world.events import RoomEntered
from coraline_game.world.world import CHAPTER_CARD_TICKS, World

if TYPE_CHECKING:
    from coraline_game.app import App as Services
    from coraline_game.speedrun.attempts import Outcome
    from coraline_game.speedrun.session import RunSession

DOUBLE_CLICK_TICKS = 18
BANNER_TICKS = 150
ENTRY_FADE_TICKS = 14  # a short fade from black on every room change, for the eye only
TYPE_CHARS_PER_TICK = 1.5
STONE = "seeing_stone"  # the item that is held up to the eye rather than used


class PlayScene(Scene):
    def __init__(self, services: Services, world: World, run: RunSession | None = None) -> None:
        self.services = services
        self.world = world
        self.run = run  # a speedrun attempt: it steps the world and keeps the time
        self.outcome: Outcome | None = None  # how the attempt ended, once it has
        self.hud = Hud(services.assets, services.text)
        self.views: dict[str, RoomView] = {}
        self.queue: list[Command] = []
        self.mouse = (LOGICAL_SIZE[0] // 2, VIEW_HEIGHT // 2)
        self.selected = ""
        self.frame = 0
        self.last_click: tuple[int, str] = (-100, "")
        self.banner_until = BANNER_TICKS
        self.entered_at = -ENTRY_FADE_TICKS
        self.line_shown_at = -1  # frame the current line started typing
        self.line_key: object = None
        self.reveal_all = False
        self.sheets = {cid: c.sprite for cid, c in world.content.characters.items()}
        self.debug = False
        self.reload_problems: list[str] = []
        self.lens = False  # the seeing stone held up to her eye

    # -- helpers ---------------------------------------------------------------------------
    @property
    def camera_x(self) -> int:
        room = self.world.room
        span = room.width - LOGICAL_SIZE[0]
        if span <= 0:
            return 0
        return int(max(0, min(span, self.world.state.player.x - LOGICAL_SIZE[0] / 2)))

    def view(self) -> RoomView:
        rid = self.world.state.room
        v = self.views.get(rid)
        if v is None or v.room is not self.world.room:
            v = RoomView(self.world.room, self.services.assets, self.services.sprites)
            self.views[rid] = v
        return v

    def hovered(self) -> Hotspot | None:
        x, y = self.mouse
        if y >= VIEW_HEIGHT:
            return None
        return self.world.hotspot_at(x + self.camera_x, y, through_stone=self.lens)

    def toggle_lens(self) -> None:
        """Hold the seeing stone up to her eye, or lower it (only once she has it)."""
        self.lens = not self.lens and STONE in self.world.state.inventory
        self.selected = ""

    def hovered_slot(self) -> int:
        for i, rect in enumerate(inventory_slots(len(self.world.state.inventory))):
            if rect.collidepoint(self.mouse):
                return i
        return -1

    def line_fully_shown(self) -> bool:
        line = self.world.state.line
        if line is None:
            return True
        return self.reveal_all or self.typed_chars() >= len(line.text)

    def typed_chars(self) -> int:
        if self.services.instant_text:
            return 10_000
        return int((self.frame - self.line_shown_at) * TYPE_CHARS_PER_TICK)

    # -- input -----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        s = self.world.state
        if event.type == pygame.MOUSEMOTION:
            self.mouse = event.pos
        elif event.type == pygame.MOUSEBUTTONDOWN:
            self.mouse = event.pos
            if event.button == 1:
                self.left_click()
            elif event.button == 3:
                self.right_click()
        elif event.type == pygame.KEYDOWN:
            key = event.key
            if self.run is not None and self.services.reset_chord().matches(event):
                self.services.reset_run()
                return
            if key == pygame.K_ESCAPE:
                if s.busy and s.choice is None:
                    self.queue.append(Skip())
                elif self.selected:
                    self.selected = ""
                elif self.lens:
                    self.lens = False
                else:
                    self.services.pause()
            elif key == pygame.K_s:
                self.toggle_lens()
            elif key == pygame.K_h and not s.busy:
                self.queue.append(Hint())
            elif key == pygame.K_F3:
                self.debug = not self.debug
            elif key == pygame.K_F5:
                self.reload()
            elif key in (pygame.K_p, pygame.K_F10):
                self.services.pause()
            elif key in (pygame.K_SPACE, pygame.K_PERIOD, pygame.K_RETURN, pygame.K_KP_ENTER):
                self.advance_line()
            elif pygame.K_1 <= key <= pygame.K_9 and s.choice is not None:
                self.queue.append(Choose(key - pygame.K_1))

    def reload(self) -> None:
        """F5: read every map and script again; keep playing the old ones if they are broken."""
        from coraline_game.content.errors import ContentError
        from coraline_game.content.loader import load_content
        old = self.world.content
        try:
            fresh = load_content(old.root)
        except ContentError as err:
            self.reload_problems = [str(p) for p in err.problems]
            return
        if self.world.state.room not in fresh.rooms:
            self.reload_problems = [f"the room '{self.world.state.room}' is gone from maps/rooms"]
            return
        self.reload_problems = []
        self.world.replace_content(fresh)
        self.views.clear()
        self.sheets = {cid: c.sprite for cid, c in fresh.characters.items()}
        self.services.assets.forget()
        self.services.sprites.forget()

    def advance_line(self) -> None:
        if self.world.state.line is None:
            return
        if self.line_fully_shown():
            self.queue.append(Advance())
        else:
            self.reveal_all = True

    def story_takes_click(self) -> bool:
        """A click while someone speaks moves the line on; during a cutscene it does nothing."""
        s = self.world.state
        if s.line is not None:
            self.advance_line()
            return True
        if s.chapter_card_until > s.tick:
            self.queue.append(Advance())  # a click hurries the chapter card
            return True
        return s.busy

    def choice_texts(self) -> list[str]:
        shown = self.world.state.choice
        return [shown.stmt.options[i].text for i in shown.offered] if shown else []

    def left_click(self) -> None:
        s = self.world.state
        if s.choice is not None:
            for i, rect in enumerate(choice_rects(self.choice_texts(), self.services.text)):
                if rect.collidepoint(self.mouse):
                    self.queue.append(Choose(i))
            return
        if self.story_takes_click():
            return
        slot = self.hovered_slot()
        if slot >= 0:
            item = s.inventory[slot]
            if item == STONE and not self.selected:
                self.toggle_lens()  # clicking the stone holds it up, rather than picking it up
                return
            self.selected = "" if self.selected == item else item
            self.lens = False
            return
        if self.mouse[1] >= VIEW_HEIGHT:
            return
        h = self.hovered()
        if self.lens and h is not None:
            self.queue.append(UseItem(STONE, h.name))  # a click through the lens uses the stone
            return
        double = (self.frame - self.last_click[0] <= DOUBLE_CLICK_TICKS
                  and self.last_click[1] == (h.name if h else "<floor>"))
        self.last_click = (self.frame, h.name if h else "<floor>")
        if self.selected:
            if h is not None:
                self.queue.append(UseItem(self.selected, h.name))
            self.selected = ""
            return
        if h is not None:
            self.queue.append(Interact(h.name, h.verb, instant=double and h.kind == "exit"))
        else:
            self.queue.append(WalkTo(self.mouse[0] + self.camera_x, self.mouse[1], run=double))

    def right_click(self) -> None:
        s = self.world.state
        if self.selected:
            self.selected = ""
            return
        if self.story_takes_click():
            return
        slot = self.hovered_slot()
        if slot >= 0:
            self.queue.append(LookItem(s.inventory[slot]))
            return
        h = self.hovered()
        if h is not None:
            self.queue.append(Interact(h.name, "look"))

    # -- ticking ---------------------------------------------------------------------------
    def update(self) -> None:
        commands, self.queue = self.queue, []
        if self.run is not None:
            events = self.run.step(commands)
            if self.run.finished and self.outcome is None:
                self.outcome = self.attempt_finished(self.run)
        else:
            events = self.world.step(commands)
        self.frame += 1
        for e in events:
            if isinstance(e, RoomEntered):
                self.banner_until = self.frame + BANNER_TICKS
                self.entered_at = self.frame
        line = self.world.state.line
        key = (id(line), line.tick) if line else None
        if key != self.line_key:
            self.line_key = key
            self.line_shown_at = self.frame
            self.reveal_all = False
        if self.selected and self.selected not in self.world.state.inventory:
            self.selected = ""
        if self.lens and STONE not in self.world.state.inventory:
            self.lens = False

    def attempt_finished(self, run: RunSession) -> Outcome | None:
        """The run reached its end: keep it (replay and records) and say how it went."""
        return self.services.attempt_over(run)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        s = self.world.state
        content = self.world.content
        room_surface = surface.subsurface((0, 0, LOGICAL_SIZE[0], VIEW_HEIGHT))
        self.view().draw(room_surface, s, self.camera_x, self.sheets)
        if self.lens and not s.busy:
            view = self.view()
            secrets = [h for h in self.world.visible_hotspots() if h.secret]
            draw_lens(room_surface, self.lens_centre(), s.tick, view.stone, secrets, self.camera_x)
        if self.debug:
            draw_debug(room_surface, self.world.room, s, self.camera_x, self.services.text,
                       self.world.walk_target)
        items = [(i, content.items[i].icon if i in content.items else i) for i in s.inventory]
        if not self.world.room.cutscene:
            self.hud.inventory(surface, items, self.selected, self.hovered_slot())
            if "shuffled" in s.flags and self.run is None:  # the seed decides the hunt
                self.hud.corner_note(surface, f"shuffled hunt  seed {s.seed}")
        left = self.banner_until - self.frame
        if left > 0 and s.fade < 0.5 and not self.world.room.cutscene:
            self.hud.banner(surface, self.world.room.title, min(255, left * 8))
        if s.line is not None:
            character = content.characters.get(s.line.character)
            if character is not None:
                typing = not self.line_fully_shown()
                shown = len(s.line.text) if not typing else self.typed_chars()
                portrait = self.services.sprites.portrait(character.sprite, typing, self.frame)
                self.hud.speech(surface, character, s.line.text, shown, portrait)
        if s.choice is not None:
            texts = self.choice_texts()
            hover = next((i for i, r in enumerate(choice_rects(texts, self.services.text))
                          if r.collidepoint(self.mouse)), -1)
            self.hud.choices(surface, texts, hover)
        card_left = s.chapter_card_until - s.tick
        if card_left > 0:
            shown = CHAPTER_CARD_TICKS - card_left
            alpha = min(255, shown * 12, card_left * 12)  # quick fade in and out
            self.hud.chapter_card(surface, s.chapter, s.chapter_title, alpha)
        entry = max(0.0, 1 - (self.frame - self.entered_at) / ENTRY_FADE_TICKS)
        darkness = max(s.fade, entry)
        if darkness > 0:
            veil = pygame.Surface(LOGICAL_SIZE)
            veil.set_alpha(round(255 * darkness))
            surface.blit(veil, (0, 0))
        if self.run is not None:
            self.draw_run(surface)
        if self.reload_problems:
            self.hud.problems(surface, self.reload_problems)
        self.draw_pointer(surface)

    def draw_run(self, surface: pygame.Surface) -> None:
        from coraline_game.render.splits_view import draw_splits
        from coraline_game.speedrun.compare import split_rows
        run = self.run
        assert run is not None
        records = self.services.speedrun.records(run.category.id)
        title = run.category.name + (f" from {run.practice}" if run.practice else "")
        note = ""
        if self.outcome is not None:
            note = "New personal best!" if self.outcome.personal_best else \
                f"{self.outcome.golds} gold split(s)" if self.outcome.golds else "Finished"
        elif run.practice:
            note = "practice: not counted"
        draw_splits(surface, self.services.text, title=title,
                    rows=split_rows(run.hits, run.clock.upcoming(), records), igt=run.igt,
                    rta_ms=run.rta_ms(), finished=run.finished,
                    new_pb=bool(self.outcome and self.outcome.personal_best),
                    seed=run.seed if run.category.shuffled else None,
                    sum_of_best=records.sum_of_best,
                    attempts=records.attempt_count + (0 if self.outcome or run.practice else 1),
                    note=note)

    def lens_centre(self) -> tuple[int, int]:
        x, y = self.mouse
        return (x, min(y, VIEW_HEIGHT - 1))

    def draw_pointer(self, surface: pygame.Surface) -> None:
        s = self.world.state
        label = ""
        kind = "walk"
        slot = self.hovered_slot()
        h = self.hovered() if not s.busy else None
        names = self.world.content.items
        if s.busy:
            kind = "talk" if (s.line or s.choice) else "wait"
        elif slot >= 0:
            item = s.inventory[slot]
            kind = "look" if not self.selected else "use"
            label = names[item].name if item in names else item
        elif h is not None and self.lens:
            kind, label = "look", f"Look through the stone at {h.label}"
        elif h is not None:
            kind = cursor_for(h, self.world.room.width)
            label = h.label
        if self.selected and not s.busy:
            sel_name = names[self.selected].name if self.selected in names else self.selected
            label = f"Use {sel_name} on {label}" if h is not None else f"Use {sel_name} on…"
            icon = self.services.assets.optional(f"items/{names[self.selected].icon}.png") \
                if self.selected in names else None
            if icon is not None:
                surface.blit(icon, (self.mouse[0] - 4, self.mouse[1] - 4))
        self.hud.label(surface, label, self.mouse)
        self.services.cursors.draw(surface, kind, self.mouse)


def cursor_for(h: Hotspot, room_width: int) -> str:
    """What a left click on this hotspot will do, as a cursor name."""
    if h.kind == "exit":
        x, y, w, hgt = h.bbox
        cx, cy = x + w / 2, y + hgt / 2
        if cx < 64:
            return "exit_left"
        if cx > room_width - 64:
            return "exit_right"
        return "exit_down" if cy > VIEW_HEIGHT - 48 else "exit_up"
    return {"talk": "talk", "take": "take", "look": "look"}.get(h.verb, "use")
