"""The event script language: text in, a frozen syntax tree out. Parsed, never evaluated.

A script file is a list of events (``on use small_door with button_key:``), each a block of
statements: actions from ``actions.REGISTRY``, ``if/elif/else`` and ``choice:``. Blocks are
made by indentation. Every error names the file, the line and the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

from coraline_game.content.actions import ANIMATIONS, DIRECTIONS, FADES, REGISTRY, Action
from coraline_game.content.errors import ContentError, Problem, did_you_mean

VERBS = ("look", "use", "talk", "take", "go")
EVENT_KINDS = ("enter", "script") + VERBS
NAME_RE = re.compile(r"[a-z_][a-z0-9_]*\Z")
_TOKEN_RE = re.compile(
    r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<num>-?\d+)|(?P<word>[A-Za-z_][A-Za-z0-9_]*)'
    r"|(?P<punct>[():]))"
)


# ---- conditions -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Flag:
    name: str


@dataclass(frozen=True, slots=True)
class Has:
    item: str


@dataclass(frozen=True, slots=True)
class Visited:
    room: str


@dataclass(frozen=True, slots=True)
class InRoom:
    room: str


@dataclass(frozen=True, slots=True)
class Not:
    operand: Condition


@dataclass(frozen=True, slots=True)
class And:
    left: Condition
    right: Condition


@dataclass(frozen=True, slots=True)
class Or:
    left: Condition
    right: Condition


@dataclass(frozen=True, slots=True)
class Always:
    pass


Condition = Union[Flag, Has, Visited, InRoom, Not, And, Or, Always]
ALWAYS = Always()


# ---- statements -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ActionStmt:
    action: Action
    line: int


@dataclass(frozen=True, slots=True)
class IfStmt:
    branches: tuple[tuple[Condition, Block], ...]  # if, elif …; else is (ALWAYS, block)
    line: int


@dataclass(frozen=True, slots=True)
class Option:
    text: str
    condition: Condition
    once: bool
    body: Block
    line: int


@dataclass(frozen=True, slots=True)
class ChoiceStmt:
    options: tuple[Option, ...]
    line: int
    path: str = ""  # the file it stands in; with ``line`` it names the choice for 'once'

    @property
    def key(self) -> str:
        """The choice's name in a saved game: the same wherever the game is run from."""
        return f"{source_id(self.path)}:{self.line}"

    def option_key(self, index: int) -> tuple[str, int]:
        """The name of one of its options, for remembering the 'once' ones already picked."""
        return (self.key, self.options[index].line)


def source_id(path: str) -> str:
    """A content file's path from the content's ``maps/`` folder on (``maps/rooms/x.script``),
    whether the game was started inside the checkout, outside it, or installed."""
    parts = path.replace("\\", "/").split("/")
    if "maps" not in parts:
        return "/".join(parts)
    return "/".join(parts[len(parts) - 1 - parts[::-1].index("maps"):])


Statement = Union[ActionStmt, IfStmt, ChoiceStmt]
Block = tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """``on KIND [TARGET] [with ITEM]:`` and its block. ``key`` identifies it in a room."""

    kind: str
    target: str
    item: str
    body: Block
    path: str
    line: int

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.target, self.item)


# ---- tokens and lines -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # str, num, word, punct
    text: str
    col: int


@dataclass(frozen=True, slots=True)
class _Line:
    indent: int
    toks: tuple[_Tok, ...]
    number: int


class _Fail(Exception):
    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


def _tokenize(text: str, number: int, first_col: int) -> tuple[_Tok, ...]:
    toks: list[_Tok] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "" or text[pos:].lstrip().startswith("#"):
            break
        m = _TOKEN_RE.match(text, pos)
        if not m:
            bad = text[pos:].lstrip()
            col = first_col + len(text) - len(text[pos:]) + (len(text[pos:]) - len(bad))
            if bad.startswith('"'):
                raise _Fail(number, col, 'this string has no closing quote (")')
            raise _Fail(number, col, f"unexpected character {bad[0]!r}")
        kind = m.lastgroup or ""
        toks.append(_Tok(kind, m.group(kind), first_col + m.start(kind)))
        pos = m.end()
    return tuple(toks)


def _lines(text: str) -> list[_Line]:
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("\t") or "\t" in raw[: len(raw) - len(stripped)]:
            raise _Fail(number, 1, "indent with spaces, not tabs")
        indent = len(raw) - len(stripped)
        out.append(_Line(indent, _tokenize(stripped, number, indent + 1), number))
    return out


def _unquote(tok: _Tok) -> str:
    body = tok.text[1:-1]
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), body)


# ---- the parser -------------------------------------------------------------------------

class _Parser:
    def __init__(self, lines: list[_Line], path: str = "") -> None:
        self.lines = lines
        self.path = path
        self.i = 0

    def peek(self) -> _Line | None:
        return self.lines[self.i] if self.i < len(self.lines) else None

    def block(self, parent_indent: int, head: _Line) -> Block:
        first = self.peek()
        if first is None or first.indent <= parent_indent:
            raise _Fail(head.number, len(head.toks) and head.toks[-1].col,
                        "a ':' must be followed by an indented block")
        indent = first.indent
        out: list[Statement] = []
        while (line := self.peek()) is not None and line.indent >= indent:
            if line.indent > indent:
                raise _Fail(line.number, line.indent + 1, "unexpected indent")
            out.append(self.statement(line))
        return tuple(out)

    def statement(self, line: _Line) -> Statement:
        toks = line.toks
        word = toks[0].text if toks[0].kind == "word" else ""
        if word in ("elif", "else"):
            raise _Fail(line.number, toks[0].col, f"'{word}' without an 'if' above it")
        if word == "if":
            return self.if_stmt(line)
        if word == "choice":
            self.expect_colon_end(line, 1)
            self.i += 1
            return self.choice(line)
        self.i += 1
        return ActionStmt(_action(line), line.number)

    def if_stmt(self, line: _Line) -> IfStmt:
        branches: list[tuple[Condition, Block]] = []
        current: _Line | None = line
        while current is not None:
            head = current.toks[0].text
            if head == "else":
                self.expect_colon_end(current, 1)
                cond: Condition = ALWAYS
            else:
                cond, end = _condition(current.toks, 1, current.number)
                self.expect_colon_end(current, end)
            self.i += 1
            branches.append((cond, self.block(current.indent, current)))
            nxt = self.peek()
            if (head != "else" and nxt is not None and nxt.indent == line.indent
                    and nxt.toks[0].text in ("elif", "else") and nxt.toks[0].kind == "word"):
                current = nxt
            else:
                current = None
        return IfStmt(tuple(branches), line.number)

    def choice(self, head: _Line) -> ChoiceStmt:
        first = self.peek()
        if first is None or first.indent <= head.indent:
            raise _Fail(head.number, head.toks[0].col, "'choice:' needs options below it")
        options: list[Option] = []
        while (line := self.peek()) is not None and line.indent >= first.indent:
            if line.indent > first.indent:
                raise _Fail(line.number, line.indent + 1, "unexpected indent")
            toks = line.toks
            if toks[0].kind != "str":
                raise _Fail(line.number, toks[0].col,
                            'each option of a choice starts with its text in quotes: "Who are you?":')
            pos, once = 1, False
            cond: Condition = ALWAYS
            while pos < len(toks) and toks[pos].text != ":":
                if toks[pos].text == "once":
                    once, pos = True, pos + 1
                elif toks[pos].text == "if":
                    cond, pos = _condition(toks, pos + 1, line.number, stop=("once",))
                else:
                    raise _Fail(line.number, toks[pos].col,
                                f"expected 'if', 'once' or ':' after the option text, not '{toks[pos].text}'")
            self.expect_colon_end(line, pos)
            self.i += 1
            options.append(Option(_unquote(toks[0]), cond, once, self.block(line.indent, line),
                                  line.number))
        return ChoiceStmt(tuple(options), head.number, self.path)

    @staticmethod
    def expect_colon_end(line: _Line, pos: int) -> None:
        toks = line.toks
        if pos >= len(toks) or toks[pos].text != ":":
            col = toks[pos].col if pos < len(toks) else toks[-1].col + len(toks[-1].text)
            raise _Fail(line.number, col, "expected ':' here")
        if pos + 1 < len(toks):
            raise _Fail(line.number, toks[pos + 1].col,
                        "nothing may follow the ':'; put the block on the next lines")


def _condition(toks: tuple[_Tok, ...], pos: int, number: int,
               stop: tuple[str, ...] = ()) -> tuple[Condition, int]:
    def at(p: int) -> str:
        return toks[p].text if p < len(toks) else ""

    def col(p: int) -> int:
        return toks[p].col if p < len(toks) else (toks[-1].col + len(toks[-1].text))

    def name(p: int, what: str) -> str:
        if p >= len(toks) or toks[p].kind != "word" or not NAME_RE.match(toks[p].text):
            raise _Fail(number, col(p), f"expected {what} name (lower_snake_case) here")
        return toks[p].text

    def primary(p: int) -> tuple[Condition, int]:
        word = at(p)
        if word == "not":
            inner, p = primary(p + 1)
            return Not(inner), p
        if word == "(":
            inner, p = disjunction(p + 1)
            if at(p) != ")":
                raise _Fail(number, col(p), "expected ')' to close the '('")
            return inner, p + 1
        if word == "flag":
            return Flag(name(p + 1, "a flag")), p + 2
        if word == "has":
            return Has(name(p + 1, "an item")), p + 2
        if word == "visited":
            return Visited(name(p + 1, "a room")), p + 2
        if word == "in":
            return InRoom(name(p + 1, "a room")), p + 2
        hint = did_you_mean(word, ("flag", "has", "visited", "in", "not"))
        raise _Fail(number, col(p), f"expected a condition (flag X, has ITEM, visited ROOM, in ROOM,"
                    " not …)"
                    f" but found '{word or 'the end of the line'}'{hint}")

    def conjunction(p: int) -> tuple[Condition, int]:
        left, p = primary(p)
        while at(p) == "and":
            right, p = primary(p + 1)
            left = And(left, right)
        return left, p

    def disjunction(p: int) -> tuple[Condition, int]:
        left, p = conjunction(p)
        while at(p) == "or":
            right, p = conjunction(p + 1)
            left = Or(left, right)
        return left, p

    cond, end = disjunction(pos)
    if end < len(toks) and at(end) not in (":", *stop):
        raise _Fail(number, col(end), f"expected 'and', 'or' or ':' but found '{at(end)}'")
    return cond, end


def _action(line: _Line) -> Action:
    toks = line.toks
    head = toks[0]
    if head.kind != "word" or head.text not in REGISTRY:
        hint = did_you_mean(head.text, REGISTRY)
        raise _Fail(line.number, head.col, f"unknown action '{head.text}'{hint}; the actions are: "
                    + ", ".join(sorted(REGISTRY)))
    cls = REGISTRY[head.text]
    kinds = cls.arg_kinds()
    args = toks[1:]
    usage = (cls.__doc__ or "").split("Script usage:")[-1].split("—")[0].strip().strip("`")
    required = sum(1 for _, _, req in kinds if req)
    if not required <= len(args) <= len(kinds):
        col = args[len(kinds)].col if len(args) > len(kinds) else head.col
        raise _Fail(line.number, col, f"'{head.text}' takes {_count(required, len(kinds))}"
                    f" but has {len(args)}; usage: {usage}")
    values: dict[str, object] = {}
    for (field_name, kind, _), tok in zip(kinds, args):
        values[field_name] = _argument(kind, tok, line.number, head.text)
    return cls(**values)  # type: ignore[arg-type]


def _count(low: int, high: int) -> str:
    if low == high:
        return f"{low} argument{'s' if low != 1 else ''}"
    return f"{low} to {high} arguments"


def _argument(kind: str, tok: _Tok, number: int, action: str) -> object:
    if kind == "text":
        if tok.kind != "str":
            raise _Fail(number, tok.col, f"'{action}' wants its text in double quotes here")
        return _unquote(tok)
    if kind == "int":
        if tok.kind != "num" or int(tok.text) < 0:
            raise _Fail(number, tok.col, f"'{action}' wants a whole number of ticks here, not '{tok.text}'")
        return int(tok.text)
    choices = {"direction": DIRECTIONS, "fade": FADES, "animation": ANIMATIONS}.get(kind)
    if choices is not None:
        if tok.text not in choices:
            raise _Fail(number, tok.col, f"'{tok.text}' is not one of {', '.join(choices)}"
                        + did_you_mean(tok.text, choices))
        return tok.text
    if tok.kind != "word" or not NAME_RE.match(tok.text):
        raise _Fail(number, tok.col, f"expected a {kind} name in lower_snake_case, not {tok.text}")
    return tok.text


# ---- entry points -----------------------------------------------------------------------

def _problem(path: str, fail: _Fail, where: str = "") -> Problem:
    at = f"line {fail.line}, column {fail.col}"
    return Problem(path, fail.message, f"{where}{at}" if not where else f"{where}, {at}")


def parse_script(text: str, path: str) -> tuple[Event, ...]:
    """Parse a whole ``.script`` file into its events. Raises ContentError on any mistake."""
    try:
        lines = _lines(text)
    except _Fail as fail:
        raise ContentError([_problem(path, fail)]) from None
    parser = _Parser(lines, path)
    events: list[Event] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, str, str], int] = {}
    while (line := parser.peek()) is not None:
        start = parser.i
        try:
            if line.indent != 0 or line.toks[0].text != "on":
                raise _Fail(line.number, line.indent + 1,
                            "expected an event head at the start of a line, like 'on look small_door:'")
            kind, target, item, end = _event_head(line)
            parser.expect_colon_end(line, end)
            parser.i += 1
            body = parser.block(0, line)
            event = Event(kind, target, item, body, path, line.number)
            if event.key in seen:
                raise _Fail(line.number, 1, f"this event is already defined on line {seen[event.key]}")
            seen[event.key] = line.number
            events.append(event)
        except _Fail as fail:
            problems.append(_problem(path, fail))
            parser.i = start + 1  # resynchronise at the next top-level line
            while (nxt := parser.peek()) is not None and nxt.indent > 0:
                parser.i += 1
    if problems:
        raise ContentError(problems)
    return tuple(events)


def _event_head(line: _Line) -> tuple[str, str, str, int]:
    toks = line.toks
    kind = toks[1].text if len(toks) > 1 else ""
    if kind not in EVENT_KINDS:
        col = toks[1].col if len(toks) > 1 else toks[0].col
        raise _Fail(line.number, col, f"unknown event '{kind}'{did_you_mean(kind, EVENT_KINDS)};"
                    " events are: " + ", ".join(EVENT_KINDS))
    if kind == "enter":
        return kind, "", "", 2
    if len(toks) < 3 or toks[2].kind != "word" or not NAME_RE.match(toks[2].text):
        col = toks[2].col if len(toks) > 2 else toks[1].col
        raise _Fail(line.number, col, f"'on {kind}' needs the name of what it is for, in lower_snake_case")
    if len(toks) > 3 and toks[3].text == "with":
        if kind != "use":
            raise _Fail(line.number, toks[3].col, "only 'on use NAME with ITEM' takes an item")
        if len(toks) < 5 or toks[4].kind != "word" or not NAME_RE.match(toks[4].text):
            raise _Fail(line.number, toks[3].col, "'with' needs an item name after it")
        return kind, toks[2].text, toks[4].text, 5
    return kind, toks[2].text, "", 3


def parse_block(text: str, path: str, where: str) -> Block:
    """Parse an inline script (a hotspot's ``use`` property, say): a block with no head."""
    try:
        lines = _lines(text)
        if not lines:
            return ()
        base = min(line.indent for line in lines)
        lines = [_Line(line.indent - base, line.toks, line.number) for line in lines]
        parser = _Parser(lines, f"{path} {where}")
        out: list[Statement] = []
        while (line := parser.peek()) is not None:
            if line.indent != 0:
                raise _Fail(line.number, line.indent + 1, "unexpected indent")
            out.append(parser.statement(line))
        return tuple(out)
    except _Fail as fail:
        raise ContentError([_problem(path, fail, where)]) from None


def parse_condition(text: str, path: str, where: str) -> Condition:
    """Parse a condition written in a property, such as a layer's ``visible_if``."""
    try:
        toks = _tokenize(text.strip(), 1, 1)
        if not toks:
            raise _Fail(1, 1, "the condition is empty")
        cond, end = _condition(toks, 0, 1)
        if end != len(toks):
            raise _Fail(1, toks[end].col, f"unexpected '{toks[end].text}' after the condition")
        return cond
    except _Fail as fail:
        raise ContentError([Problem(path, f"{fail.message} (column {fail.col} of '{text.strip()}')",
                                    where)]) from None


def walk_statements(block: Block):
    """Every statement in a block, nested ones included, in order."""
    for stmt in block:
        yield stmt
        if isinstance(stmt, IfStmt):
            for _, body in stmt.branches:
                yield from walk_statements(body)
        elif isinstance(stmt, ChoiceStmt):
            for option in stmt.options:
                yield from walk_statements(option.body)


def condition_names(cond: Condition):
    """(kind, name) for each flag, item and room a condition mentions."""
    if isinstance(cond, Flag):
        yield "flag", cond.name
    elif isinstance(cond, Has):
        yield "item", cond.item
    elif isinstance(cond, (Visited, InRoom)):
        yield "room", cond.room
    elif isinstance(cond, Not):
        yield from condition_names(cond.operand)
    elif isinstance(cond, (And, Or)):
        yield from condition_names(cond.left)
        yield from condition_names(cond.right)
