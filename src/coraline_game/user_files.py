"""The player's files, read and written safely: JSON read without ever raising anything but a
JSON error, written whole or not at all (a temporary file beside it, then a rename), and a
damaged file set aside under a new name, never deleted."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path


def write_atomically(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one step, creating its
    folder; the old file stays as it was if anything fails. Raises OSError (read-only folder,
    full disk) for the caller to say."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def set_aside(path: Path) -> Path:
    """Rename a damaged file to ``<name>.corrupt-<UTC time>.json`` (``-2``, ``-3`` … if taken)
    and return the new path. Raises OSError if it cannot be renamed."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    stem = path.name.removesuffix(".json")
    target = path.with_name(f"{stem}.corrupt-{stamp}.json")
    n = 2
    while target.exists():
        target = path.with_name(f"{stem}.corrupt-{stamp}-{n}.json")
        n += 1
    os.replace(path, target)
    return target


def parse_json(text: str) -> object:
    """``json.loads`` whose only failure is ``json.JSONDecodeError``: text nested too deeply to
    read (a tampered or fuzzed file) is refused like any other damaged file."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def cut_short(text: str, err: json.JSONDecodeError) -> bool:
    """The text stops before the JSON does (a write that never finished, a truncated copy)."""
    tail = text[err.pos:].strip()
    return (not tail or err.msg.startswith("Unterminated string")
            or any(word.startswith(tail) for word in ("true", "false", "null", "-")))
