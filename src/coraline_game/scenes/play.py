"""The play scene: turns clicks, keys and pad buttons into world commands, steps the world,
draws it all.

Keys and buttons mean actions through the bindings table; which of a key's actions applies
(Enter: next line or act; Esc: skip, cancel or pause) is decided here by what is on screen.
Interface state that is not the story's (the selected item, the typed-out part of a line, the
hover, the marked target, the dialogue log) lives here; the story's state lives in the world.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from coraline_game.content.model import Hotspot
from coraline_game.render import LOGICAL_SIZE, VIEW_HEIGHT
from coraline_game.render.debug import draw_debug
from coraline_game.render.lens import draw_lens
from coraline_game.render.reveal import Marker, draw_reveal
from coraline_game.render.room_view import RoomView
from coraline_game.render.ui import DIM, Hud, inventory_slots, panel
from coraline_game.crash import CommandHistory
from coraline_game.scenes.base import Scene
from coraline_game.scenes.bindings import Bindings
from coraline_game.scenes.pad_cursor import (PadCursor, Pads, aim_point, first_from,
                                             in_order, nearest_inside)
from coraline_game.world.commands import (Advance, Choose, Command, Hint, Interact, LookItem,
                                          Skip, UseItem, WalkTo)
from coraline_game.world.events import LineSaid, RoomEntered
from coraline_game.world.world import CHAPTER_CARD_TICKS, SHUFFLED, World

if TYPE_CHECKING:
    from coraline_game.app import App as Services
    from coraline_game.speedrun.attempts import Outcome
    from coraline_game.speedrun.session import RunSession

DOUBLE_CLICK_TICKS = 18
BANNER_TICKS = 150
ENTRY_FADE_TICKS = 14  # a short fade from black on every room change, for the eye only
STONE = "seeing_stone"  # the item that is held up to the eye rather than used
LOG_LIMIT = 500  # lines kept in the dialogue log
HOLD_TICKS = 15  # the reveal key held this long shows only while held; a shorter tap toggles
CHOICE_GUARD_TICKS = 10  # Enter mashed through a conversation does not pick its answer blind
CAMERA_MARGIN = 96  # a marked thing is kept at least this far inside the screen's edge
OFF_SCREEN = (-1000, -1000)
NUMBER_KEYS = {**{pygame.K_1 + i: i for i in range(9)}, **{pygame.K_KP1 + i: i for i in range(9)}}


@dataclass(frozen=True, slots=True)
class Mark:
    """The thing marked from the keyboard or snapped to by the pad: its room, name, and the
    room point the pointer rests on."""

    room: str
    name: str
    x: int
    y: int


class PlayScene(Scene):
    def __init__(self, services: Services, world: World, run: RunSession | None = None,
                 log: Sequence[tuple[str, str]] = ()) -> None:
        self.services = services
        self.world = world
        self.run = run  # a speedrun attempt: it steps the world and keeps the time
        self.outcome: Outcome | None = None  # how the attempt ended, once it has
        self.hud = Hud(services.assets, services.text, large=services.settings.text_size == "large")
        self.history = CommandHistory()  # the last minute of commands, for a crash report
        self.views: dict[str, RoomView] = {}
        self.queue: list[Command] = []
        self.mouse = (LOGICAL_SIZE[0] // 2, VIEW_HEIGHT // 2)
        self.selected = ""
        self.frame = 0
        self.last_click: tuple[int, str] = (-100, "")
        self.banner_until = BANNER_TICKS
        self.entered_at = -ENTRY_FADE_TICKS
        self.entered_tick = world.state.tick  # the world's tick when this room was entered
        self.line_shown_at = -1  # frame the current line started typing
        self.line_key: object = None
        self.reveal_all = False
        self.sheets = {cid: c.sprite for cid, c in world.content.characters.items()}
        self.debug = False
        self.reload_problems: list[str] = []
        self.lens = False  # the seeing stone held up to her eye
        # -- pointing without a mouse, the reveal key and the log ---------------------------
        self.pointer = "keys"  # what moved the pointer last: "mouse", "keys" or "pad"
        self.marked: Mark | None = None  # marked from the keyboard, or snapped to by the pad
        self.picking = -1  # the inventory slot chosen from the keyboard; -1: the bar is closed
        self.choice_index = 0  # the answer Enter picks
        self.choice_seen: object = None
        self.choice_shown_at = 0
        self.reveal = "off"  # "held" while the key is down, "on" after a tap
        self.reveal_since = 0
        self.log: list[tuple[str, str]] = list(log)[-LOG_LIMIT:]  # (character id, words) said
        self.stick = PadCursor()
        self.pads = Pads()
        self._aims: tuple[object, dict[str, tuple[int, int]]] = (None, {})

    # -- helpers ---------------------------------------------------------------------------
    @property
    def bindings(self) -> Bindings:
        """The player's keys and buttons (the App rebuilds them when settings change)."""
        return self.services.bindings

    @property
    def camera_x(self) -> int:
        """Follows Coraline, but keeps a marked thing on screen."""
        room = self.world.room
        span = room.width - LOGICAL_SIZE[0]
        if span <= 0:
            return 0
        x = self.world.state.player.x - LOGICAL_SIZE[0] / 2
        if self.marked is not None:  # the pad's snaps are on screen already: no margin to jump
            margin = CAMERA_MARGIN if self.pointer == "keys" else 1
            x = max(self.marked.x - LOGICAL_SIZE[0] + margin, min(self.marked.x - margin, x))
        return int(max(0, min(span, x)))

    def view(self) -> RoomView:
        rid = self.world.state.room
        v = self.views.get(rid)
        if v is None or v.room is not self.world.room:
            v = RoomView(self.world.room, self.services.assets, self.services.sprites)
            self.views[rid] = v
        return v

    def hovered(self) -> Hotspot | None:
        if self.marked is not None and self.picking < 0:
            h = self.world.room.hotspot(self.marked.name)
            if h is not None and self.world.visible(h):
                return h
        x, y = self.mouse
        if y >= VIEW_HEIGHT:
            return None
        return self.world.hotspot_at(x + self.camera_x, y, through_stone=self.lens)

    def finds(self, x: float, y: float) -> Hotspot | None:
        """What a click at a room point would find (through the lens while it is up)."""
        return self.world.hotspot_at(x, y, through_stone=self.lens)

    def toggle_lens(self) -> None:
        """Hold the seeing stone up to her eye, or lower it (only once she has it)."""
        self.lens = not self.lens and STONE in self.world.state.inventory
        self.selected = ""
        if self.lens:
            self.services.audio.ui("lens")

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
        speed = self.services.text_speed
        if speed is None:
            return 10_000
        return int((self.frame - self.line_shown_at) * speed)

    # -- what the keyboard and the pad point at ----------------------------------------------
    def targets(self) -> list[Hotspot]:
        """What Tab and the arrows go through: every visible thing, exit and person of the room,
        left to right (see ``in_order``); secret ones only while the stone is held up."""
        if self.world.room.cutscene:
            return []
        return in_order([h for h in self.world.visible_hotspots() if self.lens or not h.secret])

    def cycle(self, step: int) -> None:
        """Mark the next (+1) or previous (-1) thing; the first press starts beside Coraline."""
        order = self.targets()
        if not order:
            return
        names = [h.name for h in order]
        if self.marked is not None and self.marked.name in names:
            i = (names.index(self.marked.name) + step) % len(order)
        else:
            i = first_from(order, self.world.state.player.x, step)
        self.mark(order[i])

    def aim(self, h: Hotspot) -> tuple[int, int]:
        """Where the pointer rests to mark ``h`` (kept while the room's visible set stands)."""
        key = (self.world.state.room, self.lens, tuple(v.name for v in self.world.visible_hotspots()))
        if self._aims[0] != key:
            self._aims = (key, {})
        point = self._aims[1].get(h.name)
        if point is None:
            point = self._aims[1][h.name] = aim_point(h, self.finds, VIEW_HEIGHT)
        return point

    def mark(self, h: Hotspot, at: tuple[int, int] | None = None) -> None:
        x, y = at or self.aim(h)
        self.marked = Mark(self.world.state.room, h.name, x, y)
        self.picking = -1
        self.sync_pointer()

    def sync_pointer(self) -> None:
        """Put the pointer on the inventory slot being chosen, or on the marked thing (the
        camera may have moved under it)."""
        if self.picking >= 0:
            slots = inventory_slots(len(self.world.state.inventory))
            if self.picking < len(slots):
                self.mouse = slots[self.picking].center
        elif self.marked is not None:
            self.mouse = (self.marked.x - self.camera_x, self.marked.y)

    def forget_stale_marks(self) -> None:
        """A marked thing gone (another room, hidden, the stone lowered) is unmarked; the
        inventory choice follows the bar as it shrinks."""
        if self.marked is not None and (self.marked.room != self.world.state.room or self.marked.name
                                        not in {h.name for h in self.targets()}):
            self.marked = None
            if self.pointer == "keys":
                self.mouse = OFF_SCREEN  # no stray pointer: the next key press marks afresh
        count = len(self.world.state.inventory)
        if self.picking >= count or self.world.room.cutscene:
            self.picking = count - 1 if count and not self.world.room.cutscene else -1

    def use_mouse(self) -> None:
        self.pointer = "mouse"
        self.marked = None
        self.picking = -1

    def steer(self) -> None:
        """One tick of the left stick: move the pointer; snap to something as it settles."""
        polled = self.pads.left_stick()
        if polled is not None:
            self.stick.stick = polled
        screen = pygame.Rect((0, 0), LOGICAL_SIZE)
        start = self.mouse if screen.collidepoint(self.mouse) else (screen.centerx, VIEW_HEIGHT // 2)
        step = self.stick.step(start, screen)
        if step.moving:
            self.pointer = "pad"
            self.marked = None
            self.picking = -1
            self.mouse = step.pos
            self.hover_choice()
        if step.settled:
            self.snap()

    def snap(self) -> None:
        """Rest the pad's pointer on the thing under it, or the nearest one within reach."""
        x, y = self.mouse
        if y >= VIEW_HEIGHT or self.world.room.cutscene:
            return
        room_point = (x + self.camera_x, y)
        h = self.finds(*room_point)
        if h is not None:
            self.mark(h, room_point)
            return
        found = nearest_inside(room_point, self.finds)
        if found is not None:
            self.mark(found[1], found[0])

    def hover_choice(self) -> None:
        if self.world.state.choice is None:
            return
        for i, rect in enumerate(self.hud.choice_rects(self.choice_texts())):
            if rect.collidepoint(self.mouse):
                self.choice_index = i

    # -- input -----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind == pygame.MOUSEMOTION:
            self.mouse = event.pos
            self.use_mouse()
            self.hover_choice()
        elif kind == pygame.MOUSEBUTTONDOWN:
            self.mouse = event.pos
            self.use_mouse()
            if event.button == 1:
                self.left_click()
            elif event.button == 3:
                self.right_click()
        elif kind == pygame.KEYDOWN:
            if self.world.state.choice is not None and event.key in NUMBER_KEYS:
                self.queue.append(Choose(NUMBER_KEYS[event.key]))
                return
            self.on_actions(self.bindings.actions(event))
        elif kind == pygame.CONTROLLERBUTTONDOWN:
            self.on_actions(self.bindings.actions(event))
        elif kind in (pygame.KEYUP, pygame.CONTROLLERBUTTONUP):
            if self.is_reveal_release(event):
                self.reveal_released()
        elif kind == pygame.CONTROLLERAXISMOTION:
            self.stick.axis(event)
        else:
            self.pads.handle(event)

    def on_actions(self, actions: tuple[str, ...]) -> None:
        """A key or button means these actions; the first that makes sense now is done."""
        if "reset" in actions and self.run is not None:
            self.services.reset_run()
            return
        for action in actions:
            if self.perform(action):
                return

    def perform(self, action: str) -> bool:
        """Do one action if it applies at the moment; False lets the key's next action try."""
        s = self.world.state
        match action:
            case "advance":
                return self.advance()
            case "act":
                return self.act()
            case "look":
                return self.look()
            case "next_target" | "previous_target":
                return self.point(1 if action == "next_target" else -1)
            case "inventory":
                return self.open_inventory()
            case "stone":
                self.toggle_lens()
            case "hint":
                if s.busy:
                    return False
                self.queue.append(Hint())
                self.services.audio.ui("hint")
            case "reveal":
                self.reveal_pressed()
            case "log":
                self.open_log()
            case "skip":
                return self.skip_or_cancel()
            case "pause":
                self.services.pause()
            case "quick_save":
                self.services.quick_save()
            case "quick_load":
                self.services.quick_load()
            case "debug":
                self.debug = not self.debug
            case "reload":
                self.reload()
            case _:
                return False  # fullscreen is the App's; reset only counts in a speedrun
        return True

    def advance(self) -> bool:
        """Enter, Space, A: the next line, the chapter card hurried, or the answer picked."""
        s = self.world.state
        if s.choice is not None:
            return self.pick_choice()
        if s.line is not None:
            self.advance_line()
            return True
        if s.chapter_card_until > s.tick:
            self.queue.append(Advance())
            return True
        return s.busy  # a cutscene walking on: the press is spent on nothing

    def act(self) -> bool:
        """What a left click on the marked thing (or the slot being chosen) would do."""
        if self.picking >= 0:
            self.left_click()  # picks the item up (the stone is held up instead)
            self.picking = -1
            self.sync_pointer()
            return True
        if self.marked is None and self.pointer == "keys":
            self.cycle(1)  # nothing marked yet: show where the keys start
            return True
        self.left_click()
        return True

    def look(self) -> bool:
        """What a right click would do; on the inventory being chosen, look at the item."""
        s = self.world.state
        if self.picking >= 0:
            if not s.busy:
                self.queue.append(LookItem(s.inventory[self.picking]))
            return True
        if self.marked is None and self.pointer == "keys":
            self.cycle(1)
            return True
        self.right_click()
        return True

    def point(self, step: int) -> bool:
        """The arrows and Tab: through the answers, the inventory, or the room's things."""
        s = self.world.state
        if s.choice is not None:
            self.choice_index = (self.choice_index + step) % len(s.choice.offered)
            self.pointer = "keys"
            return True
        if self.picking >= 0:
            self.picking = (self.picking + step) % len(s.inventory)
            self.sync_pointer()
            return True
        if s.busy:
            return False
        self.pointer = "keys"
        self.cycle(step)
        return True

    def open_inventory(self) -> bool:
        """I (Y on a pad): choose an item from the keyboard; again to close."""
        s = self.world.state
        if self.picking >= 0:
            self.picking = -1
            self.sync_pointer()
            return True
        if s.busy or self.world.room.cutscene or not s.inventory:
            return False
        self.picking = s.inventory.index(self.selected) if self.selected in s.inventory else 0
        self.pointer = "keys"
        self.sync_pointer()
        return True

    def skip_or_cancel(self) -> bool:
        """Esc (B): skip the cutscene or conversation; else close the inventory, drop the
        item, lower the stone; with nothing to cancel, the key's next action (pause) runs."""
        s = self.world.state
        if s.busy and s.choice is None:
            self.queue.append(Skip())
        elif self.picking >= 0:
            self.picking = -1
            self.sync_pointer()
        elif self.selected:
            self.selected = ""
        elif self.lens:
            self.lens = False
        else:
            return False
        return True

    def pick_choice(self) -> bool:
        s = self.world.state
        assert s.choice is not None
        if self.frame - self.choice_shown_at >= CHOICE_GUARD_TICKS:
            self.queue.append(Choose(min(self.choice_index, len(s.choice.offered) - 1)))
        return True

    # -- the reveal key and the log --------------------------------------------------------
    def reveal_pressed(self) -> None:
        """A tap turns the markers on until the next tap; held, they show until let go."""
        if self.reveal == "off":
            self.reveal, self.reveal_since = "held", self.frame
        elif self.reveal == "on":
            self.reveal = "off"

    def reveal_released(self) -> None:
        if self.reveal == "held":
            self.reveal = "off" if self.frame - self.reveal_since >= HOLD_TICKS else "on"

    def is_reveal_release(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYUP:
            return any(c.key == event.key for c in self.bindings.keys.get("reveal", ()))
        pressed = pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=event.button)
        return "reveal" in self.bindings.actions(pressed)

    def remember(self, said: LineSaid) -> None:
        self.log.append((said.character, said.text))
        if len(self.log) > LOG_LIMIT:
            del self.log[:-LOG_LIMIT]

    def open_log(self) -> None:
        from coraline_game.scenes.backlog import BacklogScene
        self.services.stack.push(BacklogScene(self.services, self.log, self.bindings))

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
            for i, rect in enumerate(self.hud.choice_rects(self.choice_texts())):
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
        self.steer()
        commands, self.queue = self.queue, []
        self.history.add(self.world.state.tick, commands, self.world.state)
        if self.run is not None:
            events = self.run.step(commands)
            if self.run.finished and self.outcome is None:
                self.outcome = self.attempt_finished(self.run)
        else:
            events = self.world.step(commands)
        self.services.audio.update(self.world.state, events)
        self.frame += 1
        for e in events:
            if isinstance(e, RoomEntered):
                self.banner_until = self.frame + BANNER_TICKS
                self.entered_at = self.frame
                self.entered_tick = self.world.state.tick
            elif isinstance(e, LineSaid):
                self.remember(e)
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
        choice = self.world.state.choice
        if choice is not self.choice_seen:
            self.choice_seen, self.choice_index, self.choice_shown_at = choice, 0, self.frame
            self.hover_choice()
        self.forget_stale_marks()
        self.sync_pointer()

    def attempt_finished(self, run: RunSession) -> Outcome | None:
        """The run reached its end: keep it (replay and records) and say how it went."""
        return self.services.attempt_over(run)

    # -- drawing ---------------------------------------------------------------------------
    def draw_world_only(self, surface: pygame.Surface) -> None:
        """The room and the people in it, without the interface (a save's thumbnail)."""
        room_surface = surface.subsurface((0, 0, LOGICAL_SIZE[0], VIEW_HEIGHT))
        self.view().draw(room_surface, self.world.state, self.camera_x, self.sheets,
                         self.entered_tick)

    def draw(self, surface: pygame.Surface) -> None:
        s = self.world.state
        content = self.world.content
        self.hud.large = self.services.settings.text_size == "large"  # follows the setting
        room_surface = surface.subsurface((0, 0, LOGICAL_SIZE[0], VIEW_HEIGHT))
        self.draw_world_only(surface)
        if self.lens and not s.busy:
            view = self.view()
            secrets = [h for h in self.world.visible_hotspots() if h.secret]
            draw_lens(room_surface, self.lens_centre(), s.tick, view.stone, secrets, self.camera_x)
        if self.debug:
            draw_debug(room_surface, self.world.room, s, self.camera_x, self.services.text,
                       self.world.walk_target)
        if self.reveal != "off" and not self.world.room.cutscene:
            markers, left, right = self.reveal_markers()
            draw_reveal(room_surface, markers, self.services.text, left, right)
        items = [(i, content.items[i].icon if i in content.items else i) for i in s.inventory]
        if not self.world.room.cutscene:
            self.hud.inventory(surface, items, self.selected, self.hovered_slot())
            if self.picking >= 0:
                self.draw_picking_keys(surface)
            if SHUFFLED in s.flags and self.run is None:  # the seed decides the hunt
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
            hover = next((i for i, r in enumerate(self.hud.choice_rects(texts))
                          if r.collidepoint(self.mouse)), -1) if self.pointer == "mouse" \
                else self.choice_index
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
        shown = self.services.settings.timer_display
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
                    note=note, show=shown)

    def reveal_markers(self) -> tuple[list[Marker], int, int]:
        """A marker for everything Tab would mark, on screen; and how many lie beyond the
        left and right edges of a wide room."""
        s = self.world.state
        camera = self.camera_x
        markers: list[Marker] = []
        left = right = 0
        under = self.hovered() if not s.busy else None  # the pointer's own label names it
        for h in self.targets():
            x, y = self.aim(h)
            if x - camera < 0:
                left += 1
            elif x - camera >= LOGICAL_SIZE[0]:
                right += 1
            else:
                shape = cursor_for(h, self.world.room.width) if h.kind == "exit" else \
                    "seen" if (s.room, h.name) in s.examined else "new"
                label = "" if under is not None and under.name == h.name else h.label
                markers.append(Marker((x - camera, y), label, shape))
        return markers, left, right

    def draw_picking_keys(self, surface: pygame.Surface) -> None:
        """While the inventory is chosen from the keyboard: which keys do what."""
        def key(action: str, arrow: int = 0) -> str:
            chords = self.bindings.keys.get(action, ())
            best = next((c for c in chords if c.key == arrow and c.bare), chords[0] if chords else None)
            return best.label if best is not None else "?"
        words = (f"{key('previous_target', pygame.K_LEFT)}/{key('next_target', pygame.K_RIGHT)}:"
                 f" choose   {key('act')}: take"
                 f"   {key('look')}: look   {key('skip')}: close")
        image = self.services.text.render(words, 16, DIM)
        box = image.get_rect(bottomleft=(10, VIEW_HEIGHT - 18)).inflate(8, 4)
        panel(surface, box)
        surface.blit(image, image.get_rect(center=box.center))

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
        if self.picking < 0:  # choosing from the keyboard, the slot's frame is the pointer
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
