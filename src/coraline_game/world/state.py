"""The whole mutable state of a game in progress: what a save holds and a replay hashes.

Plain data only. ``World`` changes it; everything else reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from coraline_game.content.script import Block, ChoiceStmt, Event


@dataclass(slots=True)
class ActorState:
    """A character standing in the current room."""

    character: str
    x: float
    y: float
    facing: str = "down"
    path: list[tuple[float, float]] = field(default_factory=list)  # waypoints still ahead
    running: bool = False
    walked: int = 0  # ticks spent walking, drives the walk cycle
    animation: str = ""  # set by the 'play' action; "" means natural

    @property
    def moving(self) -> bool:
        return bool(self.path)

    def clone(self) -> ActorState:
        return replace(self, path=list(self.path))


@dataclass(frozen=True, slots=True)
class Origin:
    """The event a running block belongs to, so a save can name it: the room whose events
    it was looked up in (the room's own, else the common one) and the event itself."""

    room: str
    event: Event


@dataclass(slots=True)
class Frame:
    """One level of a running script: a block and the next statement in it."""

    block: Block
    pc: int = 0
    is_option: bool = False  # the body of a choice option; 'done' unwinds to it
    origin: Origin | None = None  # the event whose body ``block`` is, or lies within

    def clone(self) -> Frame:
        return Frame(self.block, self.pc, self.is_option, self.origin)


@dataclass(slots=True)
class ScriptState:
    """A script in progress, and what it is waiting for."""

    name: str  # for messages and the debug overlay
    frames: list[Frame]
    waiting: object = None  # a blocker from world.blockers

    def clone(self) -> ScriptState:
        return ScriptState(self.name, [f.clone() for f in self.frames], self.waiting)


@dataclass(slots=True)
class Line:
    """A line being said."""

    character: str
    text: str
    tick: int  # when it started (text may type out from here)


@dataclass(slots=True)
class ShownChoice:
    """A choice on screen: its statement and the options currently offered."""

    stmt: ChoiceStmt
    offered: tuple[int, ...]  # indices into stmt.options
    origin: Origin | None = None  # the event the choice stands in


@dataclass(slots=True)
class Pending:
    """What Coraline will do when she arrives where she is walking."""

    target: str
    verb: str
    item: str = ""


@dataclass(slots=True)
class GameState:
    seed: int
    room: str
    player: ActorState
    tick: int = 0
    chapter: int = 0  # the story chapter under way (0 = the prologue)
    chapter_title: str = ""
    chapter_card_until: int = 0  # tick until which the chapter's title card is shown
    deadline: tuple[str, int, str] | None = None  # (room, tick, script) of a danger timer
    actors: dict[str, ActorState] = field(default_factory=dict)  # by actor object name
    inventory: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    visited: list[str] = field(default_factory=list)
    examined: set[tuple[str, str]] = field(default_factory=set)  # (room, hotspot)
    used_options: set[tuple[str, int]] = field(default_factory=set)  # (script path, line)
    pending: Pending | None = None
    script: ScriptState | None = None
    queued: list[tuple[str, tuple[str, str, str]]] = field(default_factory=list)  # (room, key)
    line: Line | None = None
    choice: ShownChoice | None = None
    fade: float = 0.0  # 0 clear, 1 black
    fade_target: float = 0.0
    skipping: bool = False
    fallback_turns: dict[str, int] = field(default_factory=dict)
    hint_turns: dict[int, int] = field(default_factory=dict)  # hint index -> lines already said

    def clone(self) -> GameState:
        """An independent copy (the syntax trees scripts point into are shared: they are frozen)."""
        return replace(
            self, player=self.player.clone(),
            actors={k: a.clone() for k, a in self.actors.items()},
            inventory=list(self.inventory), flags=set(self.flags), visited=list(self.visited),
            examined=set(self.examined), used_options=set(self.used_options),
            script=self.script.clone() if self.script else None, queued=list(self.queued),
            line=replace(self.line) if self.line else None,
            fallback_turns=dict(self.fallback_turns), hint_turns=dict(self.hint_turns))

    @property
    def idle(self) -> bool:
        """Coraline stands still with nothing running, said, pending or fading."""
        return not (self.busy or self.line is not None or self.pending is not None
                    or self.player.path or self.fade != self.fade_target)

    @property
    def busy(self) -> bool:
        """A script is running: the player's clicks advance it instead of walking."""
        return self.script is not None or bool(self.queued)
