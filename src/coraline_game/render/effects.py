"""Ambient animation placed in Tiled (``effect`` objects): rain, glows, fireflies, dust, breath,
and the pictures that swing, spin or roll (``render/picture_effects.py``).

Every frame is a pure function of the effect, the world's tick and the decay stage: positions
come from hashes of the object's id, never the clock or the global random. What can be worked
out once (particle seeds, glow pictures) is prepared when a room is first drawn.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

import pygame

from coraline_game.content.model import EFFECT_KINDS, PICTURE_KINDS, Effect
from coraline_game.render.picture_effects import cut_frames, draw_picture

FADE = (1.0, 0.6, 0.35, 0.15)  # how much of the Other World's warm light is left at each stage
DRAIN = (0.0, 0.4, 0.7, 0.9)  # and how much of its colour (as render/decay.py drains the room)
LEVELS = 16  # brightness steps pre-drawn for glows and fireflies


def unit(seed: int, *parts: int) -> float:
    """A pseudo-random number in [0, 1) that depends only on its arguments."""
    data = b"".join(p.to_bytes(8, "little", signed=True) for p in (seed, *parts))
    return zlib.crc32(data) / 4294967296.0


@dataclass(frozen=True, slots=True)
class Prepared:
    """An effect with what its drawing needs worked out: particle seeds and pictures."""

    effect: Effect
    rect: pygame.Rect  # map pixels
    colour: tuple[int, int, int]
    seeds: tuple[tuple[float, ...], ...]  # one row of numbers per particle
    sprites: tuple[pygame.Surface, ...]
    moving: int = 0  # rain on glass: how many of the seeds are running drops (the rest are beads)


Prepare = Callable[[Effect, tuple[int, int, int]], Prepared]
Draw = Callable[[pygame.Surface, Prepared, int, int, float], None]


@dataclass(frozen=True, slots=True)
class Kind:
    """One entry of the registry: its usual colour, how to prepare it and how to draw a frame."""

    colour: tuple[int, int, int]
    prepare: Prepare
    draw: Draw  # (surface, prepared, tick, camera_x, strength 0..1)
    warm: bool = False  # a light of the Other World: fades and greys as it comes apart


# -- helpers -----------------------------------------------------------------------------------
def _count(effect: Effect, per_pixels: float, low: int, high: int) -> int:
    w, h = effect.rect[2], effect.rect[3]
    return max(low, min(high, round(w * h / per_pixels * effect.density)))


def _seeds(effect: Effect, n: int, fields: int) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(unit(effect.object_id, i, f) for f in range(fields)) for i in range(n))


def _alpha_surface(size: tuple[int, int]) -> pygame.Surface:
    return pygame.Surface(size, pygame.SRCALPHA)


def _scaled(colour: tuple[int, int, int], k: float) -> tuple[int, int, int]:
    return (min(255, round(colour[0] * k)), min(255, round(colour[1] * k)),
            min(255, round(colour[2] * k)))


def _radial(size: tuple[int, int], colour: tuple[int, int, int], peak: float) -> pygame.Surface:
    """A soft oval of light filling ``size``: brightest in the middle, black at the rim.

    Drawn small as nested ovals and smoothly scaled up, for a blit with BLEND_RGB_ADD."""
    small = pygame.Surface((48, 48))
    small.fill((0, 0, 0))
    steps = 24
    for i in range(steps):
        k = (i + 1) / steps  # 0 at the rim, 1 in the middle
        r = 24 * (1 - i / steps)
        box = pygame.Rect(0, 0, round(r * 2), round(r * 2))
        box.center = (24, 24)
        pygame.draw.ellipse(small, _scaled(colour, peak * k * k), box)
    return pygame.transform.smoothscale(small, (max(1, size[0]), max(1, size[1])))


def _glow_levels(size: tuple[int, int], colour: tuple[int, int, int],
                 peak: float) -> tuple[pygame.Surface, ...]:
    return _dimmed(_radial(size, colour, peak))


def _dimmed(full: pygame.Surface) -> tuple[pygame.Surface, ...]:
    """The picture at each brightness level, from black to full."""
    out = []
    for level in range(LEVELS):
        s = full.copy()
        k = round(255 * level / (LEVELS - 1))
        s.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
        out.append(s)
    return tuple(out)


def _level(brightness: float) -> int:
    return max(0, min(LEVELS - 1, round(brightness * (LEVELS - 1))))


def _screen(prepared: Prepared, camera_x: int) -> pygame.Rect:
    return prepared.rect.move(-camera_x, 0)


# -- rain: streaks falling over the rectangle, splashing on the ground in tall ones -------------
RAIN_SLANT = -0.25  # pixels sideways per pixel fallen: the wind off the hills


def _prepare_rain(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    n = _count(effect, 1300, 4, 260)
    sprites = []
    for length, alpha in ((5, 70), (7, 110), (10, 150)):
        s = _alpha_surface((3, length))
        for j in range(length):
            a = round(alpha * (j + 1) / length)  # the head is brightest
            x = round(2 + RAIN_SLANT * j) if RAIN_SLANT < 0 else round(RAIN_SLANT * j)
            s.set_at((max(0, min(2, x)), j), (*colour, a))
        sprites.append(s)
    splash = _alpha_surface((5, 2))
    for x, y, a in ((0, 0, 90), (4, 0, 90), (1, 1, 140), (2, 1, 160), (3, 1, 140)):
        splash.set_at((x, y), (*colour, a))
    sprites.append(splash)
    return Prepared(effect, pygame.Rect(effect.rect), colour, _seeds(effect, n, 5), tuple(sprites))


def _draw_rain(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int, strength: float) -> None:
    box = _screen(p, camera_x)
    w, h = box.size
    splashes = h >= 96  # a tall rectangle reaches the ground: the drops land in its lowest third
    clip = surface.get_clip()
    left, right = clip.left - 3, clip.right + 3
    blits = []
    for sx, sphase, sspeed, ssize, send in p.seeds:
        speed = 5 + 4 * sspeed
        sprite = p.sprites[int(ssize * 3)]
        length = sprite.get_height()
        fall = (h * (0.67 + 0.33 * send)) if splashes else h + length
        travel = (sphase * 997 + tick * speed) % (fall + 2 * speed)
        x = box.x + (sx * w + RAIN_SLANT * travel) % w
        if not left <= x < right:  # out of sight in a wide room
            continue
        if travel >= fall:
            if splashes:
                blits.append((p.sprites[3], (round(x) - 2, box.y + round(fall) - 1)))
            continue
        blits.append((sprite, (round(x) - 1, box.y + round(travel) - length)))
    surface.blits(blits, doreturn=False)


# -- rain on glass: beads, and drops that gather and run down in fits ---------------------------
def _prepare_glass(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    n = _count(effect, 500, 2, 24)
    shadow = (24, 34, 44)  # a drop shows against bright sky by its dark underside
    bead = _alpha_surface((2, 3))
    for xy, rgba in (((0, 0), (*colour, 230)), ((1, 0), (*colour, 150)), ((0, 1), (*colour, 170)),
                     ((1, 1), (*shadow, 90)), ((0, 2), (*shadow, 150)), ((1, 2), (*shadow, 110))):
        bead.set_at(xy, rgba)
    dot = _alpha_surface((1, 2))
    dot.set_at((0, 0), (*colour, 150))
    dot.set_at((0, 1), (*shadow, 70))
    trail = _alpha_surface((1, 2))
    trail.set_at((0, 0), (*colour, 60))
    trail.set_at((0, 1), (*shadow, 35))
    beads = _count(effect, 90, 4, 80)
    second = replace(effect, object_id=effect.object_id * 7919 + 1)  # seeded apart from the drops
    return Prepared(effect, pygame.Rect(effect.rect), colour,
                    _seeds(effect, n, 3) + _seeds(second, beads, 3), (bead, dot, trail), moving=n)


def _draw_glass(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int, strength: float) -> None:
    box = _screen(p, camera_x)
    w, h = box.size
    bead, dot, trail = p.sprites
    n, oid = p.moving, p.effect.object_id
    blits = []
    for sx, sy, sa in p.seeds[n:]:  # still beads, each wetting and drying on its own slow beat
        if (tick + sa * 1000) % 700 < 520:
            blits.append((dot, (box.x + round(sx * (w - 1)), box.y + round(sy * (h - 1)))))
    for i, (speriod, soff, _) in enumerate(p.seeds[:n]):
        period = 240 + round(200 * speriod)
        t = (tick + round(soff * period))
        cycle, t = divmod(t, period)
        x0 = box.x + round(unit(oid, i, cycle, 1) * (w - 2))
        y0 = box.y + round(unit(oid, i, cycle, 2) * h * 0.5)
        hold = period // 3  # it gathers first, then runs down in fits: a bit of the hash per
        steps = max(0, t - hold) // 8  # 8-tick step says whether it moves on or pauses there
        fits = zlib.crc32(f"{oid}:{i}:{cycle}".encode()) | 0x80000001
        y = y0 + 5 * bin(fits & ((1 << min(steps, 32)) - 1)).count("1") + 3 * max(0, steps - 32)
        if y >= box.bottom - 2:
            continue
        for ty in range(y0, y, 2):
            blits.append((trail, (x0, ty)))
        blits.append((bead, (x0, y)))
    surface.blits(blits, doreturn=False)


# -- fireflies: slow drifting glows that blink ---------------------------------------------------
def _prepare_fireflies(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    n = _count(effect, 2200, 3, 40)
    body = _radial((17, 17), colour, 0.75)
    body.fill(colour, (7, 7, 3, 3))  # the bright abdomen in the middle of its halo
    body.fill(_scaled(colour, 1.3), (8, 8, 1, 1))
    return Prepared(effect, pygame.Rect(effect.rect), colour, _seeds(effect, n, 7), _dimmed(body))


def _draw_fireflies(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int,
                    strength: float) -> None:
    box = _screen(p, camera_x)
    w, h = box.size
    blits = []
    for bx, by, fx, fy, ph, blink, bph in p.seeds:
        a = tick / (280 + 420 * fx) * math.tau + ph * math.tau
        b = tick / (340 + 380 * fy) * math.tau + bph * math.tau
        x = box.x + (bx * 0.8 + 0.1) * w + math.sin(a) * w * 0.1 + math.sin(b * 2.3) * 6
        y = box.y + (by * 0.8 + 0.1) * h + math.cos(b) * h * 0.12 + math.sin(a * 1.7) * 4
        period = 110 + round(140 * blink)
        phase = ((tick + round(bph * period)) % period) / period
        glow = max(0.0, math.sin(phase * math.tau)) ** 2  # on for half its beat, dark the rest
        level = _level((0.15 + 0.85 * glow) * strength)
        if level:
            blits.append((p.sprites[level], (round(x) - 8, round(y) - 8)))
    surface.fblits(blits, pygame.BLEND_RGB_ADD)


# -- dust: motes turning slowly in a beam, brighter at its middle ---------------------------------
def _prepare_dust(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    n = _count(effect, 260, 6, 160)
    sprites = []
    for alpha in (40, 80, 130, 190):
        s = _alpha_surface((2, 2))
        s.fill((*colour, alpha // 2))
        s.set_at((0, 0), (*colour, alpha))
        sprites.append(s)
    return Prepared(effect, pygame.Rect(effect.rect), colour, _seeds(effect, n, 5), tuple(sprites))


def _draw_dust(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int, strength: float) -> None:
    box = _screen(p, camera_x)
    w, h = box.size
    blits = []
    for sx, sy, sv, sph, sb in p.seeds:
        y = (sy * h - tick * (0.04 + 0.08 * sv)) % h
        x = (sx * w + math.sin(tick / (150 + 200 * sv) + sph * math.tau) * 9) % w
        middle = 1 - abs(x / w - 0.5) * 2  # 1 in the beam's middle, 0 at its sides
        twinkle = 0.5 + 0.5 * math.sin(tick / 40 + sb * math.tau)
        level = round(3 * middle * (0.4 + 0.6 * twinkle) * strength)
        if level:
            blits.append((p.sprites[level], (box.x + round(x), box.y + round(y))))
    surface.blits(blits, doreturn=False)


# -- snow: flakes sinking and swaying (the snow globe) ----------------------------------------------
def _prepare_snow(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    n = _count(effect, 40, 4, 200)
    flake = _alpha_surface((1, 1))
    flake.fill((*colour, 230))
    return Prepared(effect, pygame.Rect(effect.rect), colour, _seeds(effect, n, 4), (flake,))


def _draw_snow(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int, strength: float) -> None:
    box = _screen(p, camera_x)
    w, h = box.size
    blits = []
    for sx, sy, sv, sph in p.seeds:
        y = (sy * h + tick * (0.05 + 0.1 * sv)) % h
        x = (sx * w + math.sin(tick / 50 + sph * math.tau) * 2) % w
        blits.append((p.sprites[0], (box.x + round(x), box.y + round(y))))
    surface.blits(blits, doreturn=False)


# -- glow and flicker: a warm light that breathes, or gutters like a flame -------------------------
def _prepare_glow(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    return Prepared(effect, pygame.Rect(effect.rect), colour, _seeds(effect, 1, 2),
                    _glow_levels(effect.rect[2:], colour, min(1.0, 0.42 * effect.density)))


def _draw_glow(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int, strength: float) -> None:
    (ph, _), = p.seeds
    pulse = 0.8 + 0.2 * math.sin(tick / 240 * math.tau + ph * math.tau)
    level = _level(pulse * strength)
    if level:
        surface.blit(p.sprites[level], _screen(p, camera_x), special_flags=pygame.BLEND_RGB_ADD)


def flame(seed: int, tick: int) -> float:
    """A candle's brightness at ``tick``: 0.55 to 1, wandering every few ticks, with gutters."""
    step, frac = divmod(tick, 5)
    a, b = unit(seed, step), unit(seed, step + 1)
    value = a + (b - a) * frac / 5
    dip = 0.35 if unit(seed, step // 9, 77) < 0.12 else 0.0  # now and then the flame gutters
    return max(0.0, 0.65 + 0.35 * value - dip)


def _draw_flicker(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int,
                  strength: float) -> None:
    level = _level(flame(p.effect.object_id, tick) * strength)
    if level:
        surface.blit(p.sprites[level], _screen(p, camera_x), special_flags=pygame.BLEND_RGB_ADD)


# -- breathing: the walls darken and ease, slow as sleep --------------------------------------------
BREATH_TICKS = 330  # one breath, in and out


def _prepare_breathing(effect: Effect, colour: tuple[int, int, int]) -> Prepared:
    w, h = effect.rect[2], effect.rect[3]
    small = _alpha_surface((32, 16))
    for y in range(16):
        for x in range(32):
            edge = max(abs(x - 15.5) / 16, abs(y - 7.5) / 8)  # darker towards the rectangle's rim
            small.set_at((x, y), (*colour, round(255 * (0.45 + 0.55 * edge ** 2))))
    shade = pygame.transform.smoothscale(small, (max(1, w), max(1, h)))
    return Prepared(effect, pygame.Rect(effect.rect), colour, _seeds(effect, 1, 1), (shade,))


def _draw_breathing(surface: pygame.Surface, p: Prepared, tick: int, camera_x: int,
                    strength: float) -> None:
    (ph,), = p.seeds
    breath = 0.5 - 0.5 * math.cos((tick / BREATH_TICKS + ph) * math.tau)  # 0 out, 1 in
    shade = p.sprites[0]
    shade.set_alpha(round(110 * min(1.0, p.effect.density) * breath ** 1.5))
    surface.blit(shade, _screen(p, camera_x))


EFFECTS: Mapping[str, Kind] = MappingProxyType({
    "rain": Kind((176, 190, 204), _prepare_rain, _draw_rain),
    "rain_on_glass": Kind((214, 226, 236), _prepare_glass, _draw_glass),
    "fireflies": Kind((214, 255, 120), _prepare_fireflies, _draw_fireflies, warm=True),
    "dust": Kind((255, 240, 200), _prepare_dust, _draw_dust),
    "glow": Kind((255, 170, 80), _prepare_glow, _draw_glow, warm=True),
    "flicker": Kind((255, 150, 60), _prepare_glow, _draw_flicker, warm=True),
    "breathing": Kind((10, 4, 20), _prepare_breathing, _draw_breathing),
    "snow": Kind((250, 250, 255), _prepare_snow, _draw_snow),
})
assert (*EFFECTS, *PICTURE_KINDS) == EFFECT_KINDS, "render/effects.py and model.EFFECT_KINDS must agree"


def prepare(effect: Effect, world: str, stage: int,
            picture: pygame.Surface | None = None) -> Prepared:
    """Work out what ``effect`` needs to draw; a warm light in the Other World greys with ``stage``.

    A picture effect (swing, spin, roll) is given its ``picture``, already drained for the stage."""
    if effect.kind in PICTURE_KINDS:
        assert picture is not None, f"the {effect.kind} effect '{effect.name}' needs its picture"
        return Prepared(effect, pygame.Rect(effect.rect), (0, 0, 0), (), cut_frames(effect, picture))
    kind = EFFECTS[effect.kind]
    colour = effect.colour or kind.colour
    if kind.warm and world == "other" and stage:
        grey = round(0.3 * colour[0] + 0.59 * colour[1] + 0.11 * colour[2])
        d = DRAIN[stage]
        colour = (round(colour[0] * (1 - d) + grey * d), round(colour[1] * (1 - d) + grey * d),
                  round(colour[2] * (1 - d) + grey * d))
    return kind.prepare(effect, colour)


def strength(effect: Effect, world: str, stage: int) -> float:
    """How bright the effect is: the Other World's lights fade as it comes apart."""
    kind = EFFECTS.get(effect.kind)
    return FADE[stage] if kind is not None and kind.warm and world == "other" else 1.0


def draw_effects(surface: pygame.Surface, effects: Sequence[Prepared], tick: int, camera_x: int,
                 strengths: Sequence[float], entered_tick: int = 0) -> None:
    """Draw a frame of each prepared effect that the view can see, clipped to its rectangle.

    ``entered_tick`` is when the room was entered: a roll rises from then."""
    view = surface.get_rect()
    old_clip = surface.get_clip()
    for p, k in zip(effects, strengths):
        box = _screen(p, camera_x).clip(old_clip)
        if not box.width or not box.height or not box.colliderect(view):
            continue
        surface.set_clip(box)
        if p.effect.kind in PICTURE_KINDS:
            draw_picture(surface, p.effect, p.sprites, tick, tick - entered_tick, camera_x)
        else:
            EFFECTS[p.effect.kind].draw(surface, p, tick, camera_x, k)
    surface.set_clip(old_clip)
