"""Plays the world headless through the same commands a player's clicks make.

Used by tests now and by the walkthrough solver later: act, then let the world settle —
lines are advanced, choices answered from a list, walks completed — and keep a transcript.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coraline_game.world.commands import Advance, Choose, Command, Interact, LookItem, UseItem, WalkTo
from coraline_game.world.events import LineSaid, WorldEvent
from coraline_game.world.world import World


class Stuck(RuntimeError):
    """The world did not settle, or a choice came up that the caller had no answer for."""


@dataclass
class Autoplay:
    world: World
    transcript: list[tuple[str, str]] = field(default_factory=list)  # (character, text)
    events: list[WorldEvent] = field(default_factory=list)

    def step(self, commands: list[Command] | None = None) -> None:
        happened = self.world.step(commands or [])
        self.events.extend(happened)
        self.transcript.extend((e.character, e.text) for e in happened if isinstance(e, LineSaid))

    def settle(self, answers: list[str] | None = None, limit: int = 30_000) -> None:
        """Step until Coraline stands idle with nothing said or shown, answering choices.

        Each answer is the start of an option's text; they are used in order.
        """
        answers = list(answers or [])
        s = self.world.state
        for _ in range(limit):
            if s.choice is not None:
                offered = [s.choice.stmt.options[i].text for i in s.choice.offered]
                if not answers:
                    raise Stuck(f"a choice came up with no answer given: {offered}")
                want = answers.pop(0)
                match = [i for i, text in enumerate(offered) if text.startswith(want)]
                if not match:
                    raise Stuck(f"no option starts with {want!r}; offered: {offered}")
                self.step([Choose(match[0])])
            elif s.line is not None:
                self.step([Advance()])
            elif not s.idle:
                self.step()
            else:
                if answers:
                    raise Stuck(f"answers left unused: {answers}")
                return
        raise Stuck(f"the world did not settle in {limit} ticks (room {s.room})")

    def act(self, command: Command, answers: list[str] | None = None) -> Autoplay:
        self.step([command])
        self.settle(answers)
        return self

    # the verbs a player uses, by name
    def click(self, target: str, answers: list[str] | None = None) -> Autoplay:
        """Left click: walk to it and do its default action."""
        h = self.world.room.hotspot(target)
        if h is None or not self.world.visible(h):
            raise Stuck(f"there is no visible '{target}' in {self.world.state.room}")
        return self.act(Interact(target, h.verb), answers)

    def look(self, target: str) -> Autoplay:
        return self.act(Interact(target, "look"))

    def use(self, item: str, target: str, answers: list[str] | None = None) -> Autoplay:
        return self.act(UseItem(item, target), answers)

    def look_item(self, item: str) -> Autoplay:
        return self.act(LookItem(item))

    def walk(self, x: float, y: float) -> Autoplay:
        return self.act(WalkTo(x, y))

    def said(self, fragment: str) -> bool:
        """Whether any line so far contains the fragment (case-insensitive)."""
        low = fragment.lower()
        return any(low in text.lower() for _, text in self.transcript)
