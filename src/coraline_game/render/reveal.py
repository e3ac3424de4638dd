"""The reveal key's overlay: a marker and a label on everything in the room that can be clicked.

Markers differ by shape, not only colour: a filled diamond for what she has not looked at yet,
a hollow ring for what she has, an arrow for a way out (pointing where it leads). Each has a
dark outline and each label a dark backing, so they read over light rooms and dark ones alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from coraline_game.render import LOGICAL_SIZE, VIEW_HEIGHT
from coraline_game.render.text import TextCache
from coraline_game.render.ui import PANEL

SHAPES = ("new", "seen", "exit_left", "exit_right", "exit_up", "exit_down")
NEW = (255, 214, 110)  # warm yellow: still to look at
SEEN = (200, 196, 214)  # pale lilac grey: looked at already
EXIT = (150, 226, 236)  # pale cyan: a way out
OUTLINE = (14, 10, 20)
LABEL_SIZE = 12
INK_FOR = {False: (240, 234, 222), True: (196, 190, 204)}  # label text: new, seen
SIZE = 6  # a marker's half-width
LEGEND = (("new", "not looked at"), ("seen", "looked at"), ("exit_right", "way out"))


@dataclass(frozen=True, slots=True)
class Marker:
    """One thing on screen to mark: where (screen pixels), its name, and which shape."""

    pos: tuple[int, int]
    label: str
    shape: str  # one of SHAPES


def colour_of(shape: str) -> tuple[int, int, int]:
    return NEW if shape == "new" else SEEN if shape == "seen" else EXIT


def draw_marker(surface: pygame.Surface, shape: str, centre: tuple[int, int], size: int = SIZE) -> None:
    """One marker: outline first, one pixel wider all round, then the shape in its colour."""
    x, y = centre
    colour = colour_of(shape)
    if shape == "new":
        for grow, paint in ((2, OUTLINE), (0, colour)):
            s = size + grow
            pygame.draw.polygon(surface, paint, [(x, y - s), (x + s, y), (x, y + s), (x - s, y)])
    elif shape == "seen":
        pygame.draw.circle(surface, OUTLINE, centre, size + 2)
        pygame.draw.circle(surface, colour, centre, size + 1, 3)
        pygame.draw.circle(surface, OUTLINE, centre, size - 2, 1)
    else:
        points = _arrow(shape.removeprefix("exit_"), size)
        outline = _arrow(shape.removeprefix("exit_"), size + 2)
        pygame.draw.polygon(surface, OUTLINE, [(x + px, y + py) for px, py in outline])
        pygame.draw.polygon(surface, colour, [(x + px, y + py) for px, py in points])


def _arrow(direction: str, s: int) -> list[tuple[int, int]]:
    """A block arrow pointing right, turned to face ``direction``."""
    half = max(1, s // 2)
    right = [(-s, -half), (0, -half), (0, -s), (s, 0), (0, s), (0, half), (-s, half)]
    turn = {"right": lambda p: p, "left": lambda p: (-p[0], p[1]),
            "down": lambda p: (p[1], p[0]), "up": lambda p: (p[1], -p[0])}[direction]
    return [turn(p) for p in right]


def draw_reveal(surface: pygame.Surface, markers: list[Marker], text: TextCache,
                off_left: int = 0, off_right: int = 0) -> None:
    """Draw every marker, then every label where it overlaps no other label or marker if it
    can; ``off_left``/``off_right`` count things beyond the edges of a wide room."""
    view = pygame.Rect(0, 0, LOGICAL_SIZE[0], VIEW_HEIGHT)
    taken = [pygame.Rect(m.pos[0] - SIZE - 2, m.pos[1] - SIZE - 2, 2 * SIZE + 5, 2 * SIZE + 5)
             for m in markers]
    for m in markers:
        draw_marker(surface, m.shape, m.pos)
    legend = _legend_rect(text)
    taken.append(legend)
    edges = [(count, side) for count, side in ((off_left, "left"), (off_right, "right")) if count]
    taken += [_edge_rect(text, count, side) for count, side in edges]
    for m in markers:
        if not m.label:
            continue
        image = text.render(m.label, LABEL_SIZE, INK_FOR[m.shape == "seen"])
        box = _place(image.get_rect().inflate(6, 2), m.pos, taken, view)
        taken.append(box)
        _backing(surface, box)
        surface.blit(image, image.get_rect(center=box.center))
    for count, side in edges:
        _edge_note(surface, text, count, side)
    _legend(surface, text, legend)



def _place(box: pygame.Rect, anchor: tuple[int, int], taken: list[pygame.Rect],
           view: pygame.Rect) -> pygame.Rect:
    """Below the marker, else above, right, left, then further below and above."""
    x, y = anchor
    gap = SIZE + 3
    tries = [(x, y + gap + box.height // 2), (x, y - gap - box.height // 2),
             (x + gap + box.width // 2, y), (x - gap - box.width // 2, y)]
    for k in range(1, 4):
        tries += [(x, y + gap + box.height // 2 + k * box.height),
                  (x, y - gap - box.height // 2 - k * box.height)]
    first = None
    for cx, cy in tries:
        trial = box.copy()
        trial.center = (cx, cy)
        trial.clamp_ip(view)
        if first is None:
            first = trial
        if trial.collidelist(taken) < 0:
            return trial
    assert first is not None
    return first


def _backing(surface: pygame.Surface, box: pygame.Rect) -> None:
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.rect(layer, (*PANEL, 205), layer.get_rect(), border_radius=3)
    surface.blit(layer, box)


def _edge_rect(text: TextCache, count: int, side: str) -> pygame.Rect:
    """Where "3 more" and its arrow go at the edge of a room wider than the screen."""
    w, h = text.size(f"{count} more", LABEL_SIZE)
    box = pygame.Rect(0, 0, w + 2 * SIZE + 14, h + 2)
    if side == "left":
        box.midleft = (2, VIEW_HEIGHT // 2)
    else:
        box.midright = (LOGICAL_SIZE[0] - 2, VIEW_HEIGHT // 2)
    return box


def _edge_note(surface: pygame.Surface, text: TextCache, count: int, side: str) -> None:
    """"3 more" and an arrow pointing off that edge: things the screen cannot show yet."""
    box = _edge_rect(text, count, side)
    _backing(surface, box)
    image = text.render(f"{count} more", LABEL_SIZE, EXIT)
    if side == "left":
        draw_marker(surface, "exit_left", (box.x + SIZE + 3, box.centery))
        surface.blit(image, image.get_rect(midright=(box.right - 3, box.centery)))
    else:
        draw_marker(surface, "exit_right", (box.right - SIZE - 3, box.centery))
        surface.blit(image, image.get_rect(midleft=(box.x + 3, box.centery)))


def _legend_rect(text: TextCache) -> pygame.Rect:
    width = sum(text.size(words, LABEL_SIZE)[0] + 2 * SIZE + 14 for _, words in LEGEND) + 4
    rect = pygame.Rect(0, 0, width, 16)
    rect.bottomright = (LOGICAL_SIZE[0] - 4, VIEW_HEIGHT - 4)
    return rect


def _legend(surface: pygame.Surface, text: TextCache, rect: pygame.Rect) -> None:
    """What the shapes mean, in the room view's bottom right corner."""
    _backing(surface, rect)
    x = rect.x + 4
    for shape, words in LEGEND:
        draw_marker(surface, shape, (x + SIZE, rect.centery), SIZE - 1)
        x += 2 * SIZE + 4
        image = text.render(words, LABEL_SIZE, INK_FOR[False])
        surface.blit(image, image.get_rect(midleft=(x, rect.centery)))
        x += image.get_width() + 10
