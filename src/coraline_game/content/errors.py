"""Problems found while loading content, worded for the designer who has to fix them."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from collections.abc import Iterable


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one file: where, what, and how to fix it."""

    path: str
    message: str
    obj: str = ""  # "object 'small_door' (id 14)", "line 12, column 5", "layer 'floor'"
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}: {self.obj}: " if self.obj else f"{self.path}: "
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{prefix}{where}{self.message}"


class ContentError(Exception):
    """Raised when content cannot be loaded; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' hint for a misspelt name, or '' when nothing is close."""
    close = difflib.get_close_matches(name, sorted(set(choices)), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
