"""A room's depth: how small the actors are drawn at each height of the floor.

The map property ``depth`` lists ``y:scale`` pairs, far to near, e.g. ``120:0.5, 300:1``:
feet at y = 120 are drawn at half size, at 300 and below at full size, and in between the
size follows the line between them. Actors are never drawn larger than their sheets.
"""

from __future__ import annotations

import bisect

Depth = tuple[tuple[float, float], ...]  # (feet y, scale) pairs, y increasing
SMALLEST = 0.25  # smaller than this a sprite is a smudge


def parse_depth(text: str, room_height: int) -> tuple[Depth, str]:
    """The pairs in ``text`` and "" when all is well, or () and what is wrong in words."""
    text = text.strip()
    if not text:
        return (), ""
    pairs: list[tuple[float, float]] = []
    for part in text.split(","):
        y_text, colon, scale_text = part.partition(":")
        if not colon:
            return (), f"'depth' has '{part.strip()}' with no ':' between its y and its scale"
        try:
            y, scale = float(y_text), float(scale_text)
        except ValueError:
            return (), (f"'depth' has '{part.strip()}'; write pairs of feet y and scale, far"
                        " to near, like '120:0.5, 300:1'")
        if not 0 <= y <= room_height:
            return (), f"'depth' has y {y:g}, outside the room (0 to {room_height})"
        if not SMALLEST <= scale <= 1:
            return (), (f"'depth' has scale {scale:g}; it must be from {SMALLEST:g} to 1 (actors"
                        " are never drawn larger than their sheets)")
        if pairs and y <= pairs[-1][0]:
            return (), f"'depth' has y {y:g} after {pairs[-1][0]:g}; list the pairs far (small y) to near"
        pairs.append((y, scale))
    if len(pairs) < 2:
        return (), "'depth' needs two pairs or more: a far one and a near one"
    return tuple(pairs), ""


def scale_at(depth: Depth, y: float) -> float:
    """The scale for feet at ``y``: 1 with no depth; the end pairs hold beyond them."""
    if not depth:
        return 1.0
    ys = [p[0] for p in depth]
    i = bisect.bisect_left(ys, y)
    if i == 0:
        return depth[0][1]
    if i == len(depth):
        return depth[-1][1]
    (y0, s0), (y1, s1) = depth[i - 1], depth[i]
    return s0 + (s1 - s0) * (y - y0) / (y1 - y0)
