"""Reads the options of the effects that move a picture (swing, spin, roll) and checks them
against the picture itself, so a wrong size or a missing file is named at load time."""

from __future__ import annotations

import os
import struct
from typing import Any

PICTURE_PROPERTIES = ("image", "frames", "period", "speed")
MAX_PERIOD = 60 * 60  # a minute: anything slower looks still
MAX_SPEED = 600.0  # pixels a second: a screen's height in half a second


def png_size(path: str) -> tuple[int, int] | None:
    """Width and height from a PNG's header, or None when the file is not a PNG."""
    try:
        with open(path, "rb") as f:
            head = f.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def _whole(value: Any) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number == int(number) else None


def picture_options(kind: str, props: dict[str, Any], rect: tuple[int, int, int, int],
                    base: str) -> tuple[dict[str, Any], list[str]]:
    """The Effect fields for a picture effect of ``kind``, and what is wrong with them.

    ``base`` is the folder of the .tmx file: the ``image`` path is relative to it, as Tiled
    writes a file property."""
    problems: list[str] = []
    source = str(props.get("image", "") or "").strip()
    if not source:
        return {}, [f"a {kind} effect needs an 'image' property: the PNG it moves (a file"
                    " property, relative to the map)"]
    path = os.path.normpath(os.path.join(base, source))
    size = png_size(path)
    if size is None:
        what = "is not a PNG" if os.path.isfile(path) else "does not exist"
        return {}, [f"'image' '{source}' {what}"]
    fields: dict[str, Any] = {"image": path}
    w, h = rect[2], rect[3]
    if kind in ("swing", "spin"):
        frames = _whole(props.get("frames", 1))
        least = 3 if kind == "swing" else 2
        if frames is None or frames < least:
            problems.append(f"'frames' is '{props.get('frames', '')}'; a {kind} needs a whole"
                            f" number of frames, {least} or more, side by side in its image")
        elif size != (frames * w, h):
            problems.append(f"'image' is {size[0]}x{size[1]} px, but {frames} frames of this"
                            f" {w}x{h} rectangle make {frames * w}x{h}: draw the rectangle"
                            " the size of one frame, or fix 'frames'")
        period = _whole(props.get("period", 240))
        if period is None or not 1 <= period <= MAX_PERIOD:
            problems.append(f"'period' is '{props.get('period')}'; it is the ticks (60 a second)"
                            f" one whole {kind} takes, a whole number from 1 to {MAX_PERIOD}")
        fields.update(frames=frames or 1, period=period or 240)
    else:  # roll
        speed = props.get("speed", 20.0)
        try:
            speed = float(speed)
        except (TypeError, ValueError):
            speed = -1.0
        if not 0 < speed <= MAX_SPEED:
            problems.append(f"'speed' is '{props.get('speed')}'; it is the pixels a second the"
                            f" picture rises, above 0 and at most {MAX_SPEED:g}")
        if size[0] != w:
            problems.append(f"'image' is {size[0]} px wide but the rectangle is {w}: a roll"
                            " rises through a rectangle as wide as its picture")
        fields.update(speed=speed)
    return fields, problems
