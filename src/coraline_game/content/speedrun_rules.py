"""maps/speedrun.toml to data: each category's start, end and splits, checked at load time.

Only the rules live here; the clock that applies them is ``speedrun/run_clock.py``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from coraline_game.content.errors import ContentError, Problem, did_you_mean
from coraline_game.content.script import ALWAYS, Condition, condition_names, parse_condition

NEW_GAME = "new game"
_CATEGORY_KEYS = ("id", "name", "start", "end", "splits", "shuffled", "practice")


@dataclass(frozen=True, slots=True)
class SplitRule:
    """One split: it fires on the first tick ``when`` holds, or once ``chapter`` has begun."""

    name: str
    when: Condition = ALWAYS
    chapter: int = 0  # 0: use ``when``


@dataclass(frozen=True, slots=True)
class Category:
    """A speedrun category: where its timer starts, its splits, and the split that ends it."""

    id: str
    name: str
    start: Condition | None  # None: New Game; else reached along the built-in route
    splits: tuple[SplitRule, ...]  # the last one is the end
    shuffled: bool = False
    practice: bool = False

    @property
    def end(self) -> SplitRule:
        return self.splits[-1]


@dataclass(frozen=True, slots=True)
class SpeedrunRules:
    categories: Mapping[str, Category]
    route: str = ""  # absolute path of the built-in route (a walkthrough file)
    warnings: tuple[Problem, ...] = ()  # shown by check-maps


def load_speedrun_rules(path: Path, known: Mapping[str, Mapping[str, object]]) -> SpeedrunRules:
    """Read and check the file; ``known`` maps "item"/"room" to what exists, for the names
    a condition mentions. A missing file means no categories."""
    from coraline_game.content.tiled import _display_path
    if not path.is_file():
        return SpeedrunRules({})
    rel = _display_path(str(path))
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as err:
        raise ContentError([Problem(rel, f"not valid TOML: {err}")]) from None
    problems: list[Problem] = []
    categories: dict[str, Category] = {}
    for n, entry in enumerate(data.get("category", []), start=1):
        where = f"category {n}" + (f" '{entry.get('id')}'" if isinstance(entry, dict) else "")
        try:
            category = _category(entry, rel, where, known)
        except ContentError as err:
            problems.extend(err.problems)
            continue
        if category.id in categories:
            problems.append(Problem(rel, f"a second category with the id '{category.id}'", where))
        categories[category.id] = category
    route = ""
    if "route" in data:
        route_path = path.parent / str(data["route"])
        if not route_path.is_file():
            problems.append(Problem(rel, f"the built-in route '{data['route']}' is missing: make it"
                                    f" with `coraline walkthrough --out maps/{data['route']}`", "route",
                                    "warning"))
        route = str(route_path)
    elif any(c.start is not None for c in categories.values()):
        problems.append(Problem(rel, "categories that start mid-story need a 'route' file"))
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return SpeedrunRules(categories, route, tuple(problems))


def _category(entry: object, rel: str, where: str,
              known: Mapping[str, Mapping[str, object]]) -> Category:
    if not isinstance(entry, dict):
        raise ContentError([Problem(rel, "each [[category]] must be a table", where)])
    unknown = [k for k in entry if k not in _CATEGORY_KEYS]
    if unknown:
        raise ContentError([Problem(rel, f"unknown key '{unknown[0]}'"
                                    f"{did_you_mean(unknown[0], _CATEGORY_KEYS)}", where)])
    for key in ("id", "name", "end"):
        if key not in entry:
            raise ContentError([Problem(rel, f"needs '{key}'", where)])
    start_text = str(entry.get("start", NEW_GAME))
    start = None if start_text == NEW_GAME else _condition(start_text, rel, f"{where}, 'start'", known)
    splits = entry.get("splits", [])
    if not isinstance(splits, list):
        raise ContentError([Problem(rel, "'splits' must be a list of { name, when } tables", where)])
    rules = [_split(s, rel, f"{where}, split {i}", known) for i, s in enumerate(splits, start=1)]
    rules.append(_split(entry["end"], rel, f"{where}, 'end'", known))
    names = [r.name for r in rules]
    twice = sorted({x for x in names if names.count(x) > 1})
    if twice:
        raise ContentError([Problem(rel, f"two splits are called '{twice[0]}'", where)])
    for flag in ("shuffled", "practice"):
        if not isinstance(entry.get(flag, False), bool):
            raise ContentError([Problem(rel, f"'{flag}' must be true or false", where)])
    return Category(str(entry["id"]), str(entry["name"]), start, tuple(rules),
                    entry.get("shuffled", False), entry.get("practice", False))


def _split(entry: object, rel: str, where: str, known: Mapping[str, Mapping[str, object]]) -> SplitRule:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise ContentError([Problem(rel, "a split is { name = \"…\", when = \"…\" } or"
                                    " { name = \"…\", chapter = N }", where)])
    if "chapter" in entry:
        chapter = entry["chapter"]
        if not isinstance(chapter, int) or isinstance(chapter, bool) or chapter < 1:
            raise ContentError([Problem(rel, "'chapter' must be a chapter number (1 or more)", where)])
        return SplitRule(entry["name"], ALWAYS, chapter)
    if "when" not in entry:
        raise ContentError([Problem(rel, f"split '{entry['name']}' needs 'when' or 'chapter'", where)])
    return SplitRule(entry["name"], _condition(str(entry["when"]), rel, where, known))


def _condition(text: str, rel: str, where: str, known: Mapping[str, Mapping[str, object]]) -> Condition:
    cond = parse_condition(text, rel, where)
    for kind, name in condition_names(cond):
        names = known.get(kind)
        if names is not None and name not in names:
            raise ContentError([Problem(rel, f"{kind} '{name}' is not defined"
                                        f"{did_you_mean(name, names)}", where)])
    return cond
