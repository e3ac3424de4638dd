"""The Other theatre during the eye hunt: the show is over and the theatre has turned.

Pictures are assets/props/theatre_hunt_*.png and theatre_eye_glow_*.png, placed by LAYOUT
(map pixels, room 640 x 320) over the night-three theatre (tools/art/rooms/theatre.py, whose
geometry this module borrows). The house lights are out (a dim overlay), the stalls are empty
(the Scottie audience has left its seats), the gilt boxes are dark and the dogs hang in them
upside down as bats. On the stage Other Spink and Other Forcible have melted into one thing:
a great mound of striped taffy with two heads on stretched necks and two long arms dripping
over the footlights. Poses: idle; lured (both heads craning up into a torch beam); stuck (its
necks pulled up into the upper boxes on one side and glued there, mobbed by the bat-dogs;
the left picture is the right one mirrored). Brief moments: a taffy arm wrapped round
Coraline's waist (a grab), bats swooping out of either set of boxes. The usher's empty coat
lies by the right wall with his torch still lit. Three glows (seen only through the seeing
stone) mark where the ghost's eye can hide: the prompter's box, a hole of the gilt keystone
button, the cushion of Coraline's front-row seat.
Deterministic: randomness only from base.rng.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from ..base import (
    OTHER,
    bayer,
    blend_px,
    dither_pick,
    hline,
    lerp,
    make_prop,
    outline,
    px,
    ramp,
    rect,
    rng,
    soft_ellipse,
    surf,
    value_noise,
    vline,
)
from . import theatre as th

INK = OTHER["ink"]
GOLD = OTHER["gold"]
DARK = th.DARK
DOG = th.DOG
WING = th.WING
VELVET = th.VELVET
SKIN = ramp("#7a3c34", "#b46a58", "#e09c80", "#ffcdb0", "#fff0e0")
TAFFY = ramp("#4a0c2a", "#7e1c48", "#b43468", "#e05a90", "#ff92bc", "#ffd2e4")
MINT = ramp("#0c3e34", "#176a52", "#2c9c78", "#6cd0a4", "#c4f4dc")
BUTTER = ramp("#6a4a12", "#a8822a", "#e0bc50", "#fbe49a", "#fff8d8")
SPINK_HAIR = ramp("#140810", "#2a121e", "#44202e", "#623446")
FORCIBLE_HAIR = th.AUBURN
LIPS = ramp("#5a0a18", "#a01830", "#e0304c")
GHOST = ramp("#2a6a78", "#5ab4c0", "#a0f0ec", "#e8fffc")
TORCH_LIGHT = (255, 240, 190)

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "theatre_hunt_dim": (0, 0, 640, 320),
    "theatre_hunt_stalls": (0, 196, 640, 124),
    "theatre_hunt_boxes_left": (0, 24, 152, 124),
    "theatre_hunt_boxes_right": (488, 24, 152, 124),
    "theatre_hunt_bats_left": (0, 24, 152, 124),
    "theatre_hunt_bats_right": (488, 24, 152, 150),
    "theatre_hunt_monster": (170, 36, 300, 164),
    "theatre_hunt_monster_lured": (170, 20, 300, 180),
    "theatre_hunt_monster_stuck_right": (300, 24, 340, 176),
    "theatre_hunt_monster_stuck_left": (0, 24, 340, 176),
    "theatre_hunt_grab": (280, 100, 130, 100),
    "theatre_hunt_swoop_left": (0, 24, 320, 200),
    "theatre_hunt_swoop_right": (320, 24, 320, 200),
    "theatre_hunt_coat": (482, 190, 54, 26),
    "theatre_hunt_torch": (430, 194, 50, 20),
    "theatre_eye_glow_1": (300, 164, 40, 40),
    "theatre_eye_glow_2": (303, 19, 40, 40),
    "theatre_eye_glow_3": (231, 200, 40, 40),
}

# Where the three eyes sit (map pixels).
EYE_AT = {1: (323, 185), 2: (323, 39), 3: (251, 221)}
# The boxes (theatre.side_walls): box mouths by side, each (x0, top, fy), width 62.
BOX_W = 62


def boxes(side: str) -> list[tuple[int, int, int]]:
    out = []
    for fy in (70, 124):
        for col in range(2):
            x0 = 8 + col * 70 if side == "left" else 640 - 8 - BOX_W - col * 70
            out.append((x0, fy - 40, fy))
    return out


def _origin(name: str) -> tuple[int, int]:
    x, y, _, _ = LAYOUT[name]
    return x, y


# =================================================================== taffy
def rope(
    s: pygame.Surface,
    path: list[tuple[float, float]],
    radius: Callable[[float], float],
    twist: float = 0.06,
    seed: int = 0,
    glow: float = 0.0,
) -> None:
    """A rope of pulled taffy along a path (local pixels): round-shaded, twisted stripes of
    pink, mint and butter, glossy, outlined in ink. radius(t) for t in 0..1 along the path.
    Painted onto a scratch layer, outlined there, then laid onto s."""
    w, h = s.get_size()
    # dense samples with arc length
    pts: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0)))
        for i in range(n):
            pts.append((x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n))
    pts.append(path[-1])
    arc = [0.0]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        arc.append(arc[-1] + math.hypot(x1 - x0, y1 - y0))
    total = arc[-1] or 1.0
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for i, (cx, cy) in enumerate(pts):
        r = radius(arc[i] / total)
        for yy in range(int(cy - r) - 1, int(cy + r) + 2):
            for xx in range(int(cx - r) - 1, int(cx + r) + 2):
                if not (0 <= xx < w and 0 <= yy < h):
                    continue
                d = math.hypot(xx - cx, yy - cy)
                if d <= r:
                    q = d / r
                    old = best.get((xx, yy))
                    if old is None or q < old[0]:
                        best[(xx, yy)] = (q, i)
    layer = surf(w, h)
    for (xx, yy), (_q, i) in best.items():
        cx, cy = pts[i]
        j0, j1 = max(0, i - 2), min(len(pts) - 1, i + 2)
        tx, ty = pts[j1][0] - pts[j0][0], pts[j1][1] - pts[j0][1]
        tl = math.hypot(tx, ty) or 1.0
        tx, ty = tx / tl, ty / tl
        r = radius(arc[i] / total)
        u = max(-1.0, min(1.0, ((xx - cx) * -ty + (yy - cy) * tx) / r))
        if ty < 0:  # keep "left" on screen-left whichever way the path runs
            u = -u
        roundness = math.sqrt(max(0.0, 1 - u * u))
        light = 0.18 + 0.58 * roundness - 0.16 * u + 0.12 * glow
        # stripes wind round the rope: across its width and along its length
        phase = (math.asin(u) / math.pi + arc[i] * twist + seed * 0.37) % 1.0
        if phase < 0.09:
            ramp_ = MINT
        elif 0.46 < phase < 0.52:
            ramp_ = BUTTER
        else:
            ramp_ = TAFFY
        c = dither_pick(ramp_, min(0.99, max(0.0, light)), xx, yy)
        if -0.62 < u < -0.38 and bayer(xx, yy) < 0.35 + 0.3 * glow:
            c = ramp_[-1]
        layer.set_at((xx, yy), c)
    outline(layer, INK)
    s.blit(layer, (0, 0))


def bezier(p0, p1, p2, p3, n: int = 12) -> list[tuple[float, float]]:
    out = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t * t
        d = t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def drip(s: pygame.Surface, x: int, y: int, length: int, seed: int) -> None:
    """A strand of taffy sagging from (x, y) with a drop at its end."""
    rope(s, [(x, y), (x + (seed % 3) - 1, y + length)], lambda t: 1.6 + 1.6 * t * t, 0.2, seed)


def hand(s: pygame.Surface, x: float, y: float, spread: float, seed: int) -> None:
    """A melted hand: too many long fingers, dangling."""
    for i in range(5):
        a = -spread / 2 + spread * i / 4
        ln = 9 + (i * 7 + seed) % 5
        rope(
            s,
            [(x, y), (x + math.sin(a) * ln * 0.6, y + ln * 0.6), (x + math.sin(a) * ln, y + ln)],
            lambda t: 2.2 - 1.0 * t,
            0.15,
            seed + i,
        )


# =================================================================== heads
def button_eye(s: pygame.Surface, x: int, y: int, r: int, lit: bool) -> None:
    pygame.draw.circle(s, INK, (x, y), r + 1)
    pygame.draw.circle(s, (20, 10, 20), (x, y), r)
    pygame.draw.circle(s, (44, 30, 46), (x, y), max(1, r - 1), 1)
    for ox, oy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        px(s, x + ox, y + oy, (90, 70, 90) if not lit else (150, 130, 150))
    px(s, x - r + 1, y - r + 1, (255, 250, 240) if lit else (200, 190, 200))


def face(s: pygame.Surface, cx: int, cy: int, w: int, h: int, lit: float) -> None:
    """An oval face, lit from below by the footlights (or from the front by a torch)."""
    for yy in range(cy - h // 2, cy + h // 2 + 1):
        for xx in range(cx - w // 2, cx + w // 2 + 1):
            dx, dy = (xx - cx) / (w / 2), (yy - cy) / (h / 2)
            if dx * dx + dy * dy > 1:
                continue
            t = 0.45 + 0.25 * dy - 0.25 * abs(dx) ** 2 + 0.35 * lit
            px(s, xx, yy, dither_pick(SKIN, min(0.99, t), xx, yy))


def mouth(s: pygame.Surface, cx: int, y: int, w: int, open_: int) -> None:
    """A wide red smile, open to show a row of teeth (open_=0: a stretched grin)."""
    pygame.draw.ellipse(s, LIPS[1], (cx - w // 2, y - 2, w, 5 + open_))
    if open_:
        pygame.draw.ellipse(s, (30, 6, 16), (cx - w // 2 + 2, y - 1, w - 4, 3 + open_))
        hline(s, (250, 240, 225), cx - w // 2 + 3, cx + w // 2 - 4, y - 1)
    else:
        hline(s, (30, 6, 16), cx - w // 2 + 1, cx + w // 2 - 2, y)
    hline(s, LIPS[2], cx - w // 2 + 2, cx + w // 2 - 3, y - 2)


def spink_head(s: pygame.Surface, cx: int, cy: int, lit: float, open_: int) -> None:
    """Other Spink's head, swollen big: a dark bob with a ruler-straight fringe, round
    spectacles round her button eyes, rouge, a wide red smile."""
    layer = surf(*s.get_size())
    # hair behind: the bob
    for yy in range(cy - 19, cy + 10):
        for xx in range(cx - 16, cx + 17):
            dx, dy = (xx - cx) / 16, (yy - cy + 4) / 16
            if dx * dx + dy * dy * 0.8 > 1 and yy < cy + 4:
                continue
            if yy >= cy + 4 and abs(xx - cx) < 12:
                continue
            t = 0.3 + 0.35 * (1 - abs(dx)) - 0.2 * (yy - cy + 19) / 30 + 0.25 * lit
            t += 0.15 * math.sin(xx * 1.1)
            px(layer, xx, yy, dither_pick(SPINK_HAIR, max(0, min(0.99, t)), xx, yy))
    face(layer, cx, cy + 1, 22, 26, lit)
    # the fringe
    for xx in range(cx - 12, cx + 13):
        for yy in range(cy - 15, cy - 6 + (1 if xx % 3 == 0 else 0)):
            if ((xx - cx) / 12) ** 2 + ((yy - cy + 6) / 10) ** 2 <= 1.05:
                px(layer, xx, yy, dither_pick(SPINK_HAIR, 0.45 + 0.3 * lit + 0.1 * math.sin(xx), xx, yy))
    hline(layer, SPINK_HAIR[3], cx - 10, cx + 10, cy - 7)
    # spectacles and button eyes
    for ex in (cx - 5, cx + 5):
        button_eye(layer, ex, cy - 1, 3, lit > 0.3)
        pygame.draw.circle(layer, GOLD[2], (ex, cy - 1), 6, 1)
    hline(layer, GOLD[2], cx - 1, cx + 1, cy - 2)
    # rouge and the smile
    for ox in (-8, 7):
        rect(layer, (240, 110, 130), cx + ox, cy + 5, 2, 1)
    mouth(layer, cx, cy + 9, 12, open_)
    outline(layer, INK)
    s.blit(layer, (0, 0))


def forcible_head(s: pygame.Surface, cx: int, cy: int, lit: float, open_: int) -> None:
    """Other Forcible's head: a towering auburn bouffant of curls, button eyes under
    painted brows, a beauty spot and a big red mouth."""
    layer = surf(*s.get_size())
    # the bouffant: stacked curls above and round the face
    r = rng("forcible-curls")
    curls = [(cx + r.randint(-15, 15), cy - 8 - r.randint(0, 18)) for _ in range(22)]
    curls += [(cx - 14, cy + 2), (cx + 14, cy + 2), (cx - 13, cy + 8), (cx + 13, cy + 8)]
    for i, (ux, uy) in enumerate(curls):
        rr = 5 + i % 3
        for yy in range(uy - rr, uy + rr + 1):
            for xx in range(ux - rr, ux + rr + 1):
                d = math.hypot(xx - ux, yy - uy) / rr
                if d > 1:
                    continue
                t = 0.35 + 0.45 * (1 - d) - 0.3 * ((xx - ux) + (yy - uy)) / (2 * rr) + 0.2 * lit
                px(layer, xx, yy, dither_pick(FORCIBLE_HAIR, max(0, min(0.99, t)), xx, yy))
        px(layer, ux - 1, uy - 1, FORCIBLE_HAIR[4])
    face(layer, cx, cy + 3, 22, 26, lit)
    # a kiss-curl on the forehead
    for a in range(0, 300, 30):
        px(layer, int(cx + 3 + 3 * math.cos(math.radians(a))), int(cy - 8 + 2 * math.sin(math.radians(a))),
           FORCIBLE_HAIR[2])
    # painted brows, button eyes, beauty spot, mouth
    for ex in (cx - 5, cx + 5):
        hline(layer, FORCIBLE_HAIR[0], ex - 3, ex + 2, cy - 5 + (1 if ex < cx else 0))
        button_eye(layer, ex, cy + 1, 3, lit > 0.3)
    px(layer, cx + 8, cy + 8, (40, 10, 20))
    for ox in (-8, 7):
        rect(layer, (245, 100, 110), cx + ox, cy + 7, 2, 1)
    mouth(layer, cx, cy + 11, 13, open_)
    outline(layer, INK)
    s.blit(layer, (0, 0))


def pearls(s: pygame.Surface, cx: int, cy: int, rx: int) -> None:
    for i in range(-rx, rx + 1, 3):
        yy = cy + int(3 * (1 - (i / rx) ** 2))
        rect(s, INK, cx + i - 1, yy - 1, 3, 3)
        px(s, cx + i, yy, (255, 250, 240))


def cut_at_floor(body: pygame.Surface, floor: int) -> None:
    """Cut a blob flat where it sits on the stage boards, with an ink line along the cut."""
    w, h = body.get_size()
    for yy in range(floor + 1, h):
        for xx in range(w):
            body.set_at((xx, yy), (0, 0, 0, 0))
    for xx in range(w):
        if body.get_at((xx, floor)).a:
            body.set_at((xx, floor), INK)
            if body.get_at((xx, floor - 1)).a and body.get_at((xx, floor - 1))[:3] != tuple(INK[:3]):
                body.set_at((xx, floor - 1), TAFFY[0])


# =================================================================== the monster on stage
def monster(s: pygame.Surface, pose: str) -> None:
    """The Spink-and-Forcible thing on the stage. pose: 'idle' or 'lured'."""
    ox, oy = _origin("theatre_hunt_monster" if pose == "idle" else "theatre_hunt_monster_lured")
    lit = 0.0 if pose == "idle" else 0.6

    def L(x: float, y: float) -> tuple[float, float]:
        return x - ox, y - oy

    lip = th.LIP
    # shadow where it sits
    soft_ellipse(s, (10, 2, 8), *L(320, lip - 6), 96, 8, 150, 3)
    # the arms first (behind the mound's front), draped forward over the lip
    arm_l = bezier(L(276, 132), L(236, 138), L(214, lip - 16), L(206, lip + 4), 16)
    arm_r = bezier(L(366, 132), L(408, 136), L(428, lip - 16), L(436, lip + 4), 16)
    if pose == "lured":
        arm_l = bezier(L(276, 128), L(240, 122), L(220, 150), L(214, lip - 2), 16)
        arm_r = bezier(L(366, 128), L(402, 122), L(424, 150), L(428, lip - 2), 16)
    rope(s, arm_l, lambda t: 7 - 3.5 * t, 0.05, 1)
    rope(s, arm_r, lambda t: 7 - 3.5 * t, 0.05, 2)
    # the mound: one body, melted, sitting on the boards in front of the curtain (cut flat
    # where it meets the floor), with a pink sleeve and a green skirt melted into its sides
    mound_top = 112 if pose == "idle" else 104
    body = surf(*s.get_size())
    rope(
        body,
        bezier(L(320, lip + 14), L(328, lip - 24), L(314, mound_top + 20), L(321, mound_top), 18),
        lambda t: 50 - 28 * t**0.8,
        0.045,
        3,
    )
    rope(body, bezier(L(282, lip - 8), L(276, lip - 24), L(290, lip - 36), L(298, lip - 32), 10),
         lambda t: 7 - 2 * t, 0.08, 4)
    rope(body, bezier(L(358, lip - 8), L(366, lip - 26), L(352, lip - 40), L(344, lip - 34), 10),
         lambda t: 8 - 3 * t, 0.08, 5)
    cut_at_floor(body, int(L(0, lip - 2)[1]))
    s.blit(body, (0, 0))
    # drips off the stage edge, down the apron front (clear of the prompter's box)
    for i, x in enumerate((208, 222, 246, 262, 376, 394, 418, 434)):
        drip(s, *map(int, L(x, lip - 2)), 6 + (i * 5) % 9, i)
    # hands hanging over the footlights
    hand(s, *L(*((206, lip + 4) if pose == "idle" else (214, lip - 2))), 1.2, 11)
    hand(s, *L(*((436, lip + 4) if pose == "idle" else (428, lip - 2))), 1.2, 17)
    # the two necks and heads
    if pose == "idle":
        sp, fo = (284, 72), (360, 70)
        neck_l = bezier(L(310, mound_top + 8), L(302, 100), L(290, 96), L(sp[0] + 2, sp[1] + 14), 14)
        neck_r = bezier(L(332, mound_top + 8), L(342, 100), L(356, 96), L(fo[0] - 2, fo[1] + 16), 14)
    else:
        sp, fo = (300, 52), (344, 48)
        neck_l = bezier(L(314, mound_top + 6), L(298, 92), L(290, 76), L(sp[0] + 1, sp[1] + 14), 14)
        neck_r = bezier(L(328, mound_top + 6), L(346, 92), L(352, 74), L(fo[0] - 1, fo[1] + 16), 14)
    rope(s, neck_l, lambda t: 9 - 3 * t, 0.07, 6, lit)
    rope(s, neck_r, lambda t: 9 - 3 * t, 0.07, 7, lit)
    pearls(s, *map(int, L(sp[0] + 1, sp[1] + 16)), 7)
    spink_head(s, *map(int, L(*sp)), lit, 0 if pose == "idle" else 3)
    forcible_head(s, *map(int, L(*fo)), lit, 1 if pose == "idle" else 4)
    if pose == "lured":
        # dazzle: sparkles round the two faces
        for x, y in ((sp[0] - 16, sp[1] - 10), (fo[0] + 17, fo[1] - 14), (322, 40), (sp[0] - 12, sp[1] + 14),
                     (fo[0] + 14, fo[1] + 12)):
            lx, ly = map(int, L(x, y))
            for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1), (-2, 0), (2, 0), (0, -2), (0, 2)):
                px(s, lx + dx, ly + dy, (255, 255, 230) if (dx, dy) == (0, 0) else TORCH_LIGHT)
    if pose == "lured":
        # the torch beam, from the stalls up onto the two heads: a dithered cone
        w, h = s.get_size()
        src = L(322, 214)
        dst = L(322, 56)
        for yy in range(h):
            t = (src[1] - yy) / (src[1] - dst[1])
            if not 0 <= t <= 1.12:
                continue
            cxb = src[0] + (dst[0] - src[0]) * t
            half = 5 + 38 * t
            for xx in range(int(cxb - half), int(cxb + half) + 1):
                d = abs(xx - cxb) / half
                if d < 1 and bayer(xx, yy) < 0.75 * (1 - d * d) * (0.5 + 0.5 * t):
                    blend_px(s, xx, yy, (255, 236, 150, 120))
    # the prompter's box stays in front of everything (the eye may hide in it)
    prompter_hood(s, *map(int, L(320, lip)))


def prompter_hood(s: pygame.Surface, cx: int, lip: int) -> None:
    """The gilt shell hood of the prompter's box (as theatre.stage draws it)."""
    pygame.draw.ellipse(s, INK, (cx - 13, lip - 13, 27, 22))
    pygame.draw.ellipse(s, GOLD[2], (cx - 12, lip - 12, 25, 20))
    for i in range(-10, 11, 4):
        pygame.draw.line(s, GOLD[1], (cx, lip + 4), (cx + i, lip - 10))
    pygame.draw.ellipse(s, (8, 4, 8), (cx - 8, lip - 4, 17, 12))
    rect(s, (8, 4, 8), cx - 9, lip + 1, 19, 6)
    for ox in (-3, 3):
        px(s, cx + ox, lip + 1, (210, 200, 190))
        px(s, cx + ox - 1, lip + 1, (60, 50, 60))
    rect(s, INK, cx - 13, lip + 6, 27, 2)


# =================================================================== stuck in the boxes
def monster_stuck_right(s: pygame.Surface) -> None:
    """The thing after chasing the beam into the upper right boxes: its necks are glued to
    the gilt, the bat-dogs swarm round the heads and chew the taffy; the mound on the stage
    has slumped into a puddle, pulled long like a rope."""
    ox, oy = _origin("theatre_hunt_monster_stuck_right")

    def L(x: float, y: float) -> tuple[float, float]:
        return x - ox, y - oy

    lip = th.LIP
    soft_ellipse(s, (10, 2, 8), *L(350, lip - 6), 70, 7, 150, 3)
    # the slumped mound
    mound = surf(*s.get_size())
    rope(mound, bezier(L(352, lip + 10), L(352, lip - 24), L(360, lip - 40), L(372, lip - 56), 12),
         lambda t: 30 - 18 * t, 0.045, 3)
    cut_at_floor(mound, int(L(0, lip - 2)[1]))
    s.blit(mound, (0, 0))
    # one arm flopped on the stage, one stretched up and glued to the proscenium
    rope(s, bezier(L(330, lip - 14), L(300, lip - 10), L(320, lip - 2), L(304, lip - 1), 10),
         lambda t: 6 - 2.5 * t, 0.05, 1)
    rope(s, bezier(L(378, lip - 40), L(430, lip - 60), L(470, 110), L(486, 96), 16),
         lambda t: 6 - 2 * t, 0.05, 2)
    hand(s, *L(486, 96), 1.6, 5)
    # the long pulled body: a sagging rope up to the box
    body = bezier(L(372, lip - 56), L(420, 96), L(470, 96), L(520, 64), 24)
    rope(s, body, lambda t: 13 - 6 * t, 0.04, 4)
    # the necks, twisted together, and the heads jammed in the box mouth
    sp, fo = (522, 50), (548, 46)
    rope(s, bezier(L(518, 66), L(516, 60), L(520, 60), L(sp[0], sp[1] + 12), 8), lambda t: 6, 0.08, 6)
    rope(s, bezier(L(522, 66), L(534, 66), L(546, 62), L(fo[0], fo[1] + 14), 8), lambda t: 6, 0.08, 7)
    spink_head(s, *map(int, L(*sp)), 0.2, 3)
    forcible_head(s, *map(int, L(*fo)), 0.2, 4)
    # taffy strands glueing them to the box: to the balcony rail and the pelmet
    for (a, b) in (((512, 58), (502, 72)), ((556, 56), (562, 71)), ((530, 40), (528, 31)),
                   ((560, 38), (566, 30)), ((540, 62), (540, 72))):
        rope(s, [L(*a), L(*b)], lambda t: 1.7, 0.2, 9)
    # the bat-dogs, wings out, mobbing the heads
    r = rng("stuck-bats")
    for i in range(9):
        ang = i / 9 * 2 * math.pi + r.uniform(-0.2, 0.2)
        dist = r.uniform(26, 40)
        bx = int(536 + math.cos(ang) * dist * 1.3)
        by = int(50 + math.sin(ang) * dist * 0.8)
        if by < 28:
            by = 28 + r.randrange(6)
        flying_bat(s, *map(int, L(bx, by)), 1 if bx > 536 else -1, 0.8 + r.random() * 0.4, r.random())
    # bite marks / a strand pulled out by one bat
    rope(s, [L(498, 80), L(486, 92)], lambda t: 1.5, 0.2, 10)
    prompter_hood(s, *map(int, L(320, lip)))


def monster_stuck_left(s: pygame.Surface) -> None:
    right = surf(*LAYOUT["theatre_hunt_monster_stuck_right"][2:])
    monster_stuck_right(right)
    s.blit(pygame.transform.flip(right, True, False), (0, 0))


# =================================================================== bats
def flying_bat(s: pygame.Surface, x: int, y: int, facing: int, k: float, flap: float) -> None:
    """A Scottie with bat wings, flying: blocky head, ears, beard, button eye; wings up or down."""
    layer = surf(*s.get_size())
    k = max(0.6, k)
    bw = int(7 * k)
    # wings: a scalloped membrane either side, ribs in a lighter purple
    up = flap > 0.5
    for side in (-1, 1):
        tip = (x + side * int(16 * k), y - int((10 if up else -6) * k))
        pts = [
            (x + side * 2, y - int(2 * k)),
            tip,
            (x + side * int(13 * k), y + int(3 * k)),
            (x + side * int(9 * k), y + int(1 * k)),
            (x + side * int(6 * k), y + int(4 * k)),
            (x + side * 2, y + int(3 * k)),
        ]
        pygame.draw.polygon(layer, WING[1], pts)
        pygame.draw.line(layer, WING[3], pts[0], tip)
        pygame.draw.line(layer, WING[2], pts[0], pts[3])
    # body and head (head towards facing)
    pygame.draw.ellipse(layer, DOG[2], (x - bw // 2, y - int(3 * k), bw, int(8 * k)))
    hx = x + facing * int(5 * k)
    hy = y - int(3 * k)
    rect(layer, DOG[2], hx - int(3 * k), hy - int(3 * k), int(7 * k), int(6 * k))
    ear_low, ear_tip = hy - int(2 * k), hy - int(7 * k)
    pygame.draw.polygon(layer, DOG[2], [(hx - 3, ear_low), (hx - 2, ear_tip), (hx, ear_low)])
    pygame.draw.polygon(layer, DOG[2], [(hx + 1, ear_low), (hx + 3, ear_tip), (hx + 4, ear_low)])
    # beard and snout
    for i in range(int(5 * k)):
        vline(layer, DOG[3], hx + facing * i, hy + int(2 * k), hy + int(3 * k) + i % 2)
    px(layer, hx + facing * int(4 * k), hy, (6, 3, 8))
    rect(layer, (10, 4, 12), hx + facing * 1, hy - 1, 2, 2)
    px(layer, hx + facing * 1, hy - 1, (240, 220, 200))
    outline(layer, INK)
    s.blit(layer, (0, 0))


def hanging_bat(s: pygame.Surface, x: int, y: int, k: float, peek: bool, taffy: bool) -> None:
    """A Scottie hanging upside down by its feet at (x, y), wrapped in its wings like a
    folded umbrella; its head at the bottom, ears down, beard up; peek = one wing open and a
    button eye catching the light; taffy = a pink strand still stuck in its whiskers."""
    layer = surf(*s.get_size())
    ln = int(15 * k)
    wd = int(6 * k)
    # feet: two little hooked claws
    for fx in (x - 2, x + 2):
        vline(layer, DOG[1], fx, y, y + 2)
        px(layer, fx + (1 if fx > x else -1), y, DOG[1])
    # the wrapped body: a teardrop of wing membrane with ribs
    top = y + 2
    for yy in range(top, top + ln):
        t = (yy - top) / ln
        half = wd * math.sin(min(1.0, t * 1.3) * math.pi / 2) * (1 - 0.25 * t)
        for xx in range(int(x - half), int(x + half) + 1):
            rib = (xx - x + int(yy * 0.5)) % 4 == 0
            c = WING[2] if rib else WING[1]
            if xx < x - half + 1.5:
                c = WING[3]
            px(layer, xx, yy, c)
    if peek:
        pygame.draw.polygon(layer, WING[1], [(x + 2, top + 2), (x + wd + int(6 * k), top + ln // 2),
                                             (x + wd, top + ln - 2)])
        pygame.draw.line(layer, WING[3], (x + 2, top + 2), (x + wd + int(6 * k), top + ln // 2))
    # the head, upside down: beard up against the body, skull and ears below
    hy = top + ln
    hw = int(5 * k)
    rect(layer, DOG[2], x - hw, hy - 1, hw * 2 + 1, int(8 * k))
    for i in range(-hw, hw + 1):
        px(layer, x + i, hy - 2 - (i % 2), DOG[3])  # beard ruff
    for side in (-1, 1):
        ex = x + side * (hw - 2)
        pygame.draw.polygon(layer, DOG[2], [(ex - 2, hy + int(7 * k) - 1), (ex, hy + int(11 * k)),
                                            (ex + 2, hy + int(7 * k) - 1)])
    hline(layer, DOG[4], x - hw, x + hw, hy + int(7 * k) - 1)
    # button eyes (upside down: below the snout)
    ey = hy + int(4 * k)
    for side in (-1, 1):
        rect(layer, (8, 4, 10), x + side * 2 - (1 if side < 0 else 0), ey, 2, 2)
        if peek:
            px(layer, x + side * 2 - (1 if side < 0 else 0), ey, (240, 220, 200))
    px(layer, x, hy + 1, (4, 2, 6))  # nose
    if taffy:
        rope(layer, [(x - 3, hy), (x - 5, hy + 4), (x - 4, hy + 8)], lambda t: 1.4, 0.3, 3)
    outline(layer, INK)
    s.blit(layer, (0, 0))


def empty_boxes(s: pygame.Surface, side: str) -> None:
    """The box mouths with the sconces out and the dogs gone from the seats."""
    ox, oy = _origin(f"theatre_hunt_boxes_{side}")
    for x0, top, fy in boxes(side):
        for yy in range(top, fy):
            for xx in range(x0, x0 + BOX_W):
                t = 0.02 + 0.16 * (yy - top) / 40 + 0.08 * th.stage_glow(xx, yy)
                px(s, xx - ox, yy - oy, dither_pick(DARK, t, xx, yy))
        # the dead sconce
        lx = x0 + BOX_W // 2
        rect(s, INK, lx - 2 - ox, top + 15 - oy, 5, 5)
        rect(s, DARK[3], lx - 1 - ox, top + 16 - oy, 3, 3)
        # pelmet and drapes (as the backdrop draws them)
        for xx in range(x0, x0 + BOX_W):
            sag = int(5 * math.sin((xx - x0) / BOX_W * math.pi * 2) ** 2) + 4
            for yy in range(top, top + sag):
                px(s, xx - ox, yy - oy, dither_pick(VELVET, 0.2 + 0.2 * (yy - top) / sag, xx, yy))
            px(s, xx - ox, top + sag - oy, GOLD[1])
        for i in range(4):
            vline(s, VELVET[1 - i // 2 + 1], x0 + i - ox, top - oy, fy - 1 - oy)
            vline(s, VELVET[1 - i // 2 + 1], x0 + BOX_W - 1 - i - ox, top - oy, fy - 1 - oy)
        # empty chair backs along the rail
        for cx in range(x0 + 12, x0 + BOX_W - 8, 14):
            rect(s, INK, cx - 5 - ox, fy - 9 - oy, 11, 9)
            rect(s, VELVET[1], cx - 4 - ox, fy - 8 - oy, 9, 8)
            hline(s, GOLD[1], cx - 4 - ox, cx + 4 - ox, fy - 8 - oy)


def bats(s: pygame.Surface, side: str) -> None:
    """The bat-dogs hanging in the boxes (and, on the right, under the lower balcony)."""
    ox, oy = _origin(f"theatre_hunt_bats_{side}")
    r = rng(f"hanging-bats-{side}")
    for n, (x0, top, _fy) in enumerate(boxes(side)):
        count = 3 if n % 2 == 0 else 2
        for i in range(count):
            bx = x0 + 12 + i * (BOX_W - 24) // max(1, count - 1) + r.randrange(-2, 3)
            k = 0.9 + r.random() * 0.25
            taffy = side == "right" and n == 2 and i == 1
            hanging_bat(s, bx - ox, top + 4 - oy + r.randrange(0, 3), k, r.random() < 0.3 or taffy, taffy)
    if side == "right":
        for bx in (508, 538, 600, 622):
            hanging_bat(s, bx - ox, 138 - oy, 0.9, bx == 600, False)


# =================================================================== the grab and the swoops
def grab(s: pygame.Surface) -> None:
    """A taffy arm shot out of the mound and wound round Coraline's waist (she stands at the
    stage front, feet at (320, 202)); drawn over her."""
    ox, oy = _origin("theatre_hunt_grab")

    def L(x: float, y: float) -> tuple[float, float]:
        return x - ox, y - oy

    arm = bezier(L(372, 112), L(400, 130), L(360, 168), L(334, 176), 18)
    rope(s, arm, lambda t: 6 - 2 * t, 0.05, 2)
    # the loop round her middle: the front half of an ellipse, and a second turn
    for k, yc in ((0, 176), (1, 184)):
        loop = [L(320 + 14 * math.cos(a), yc + 4 * math.sin(a))
                for a in [math.pi * (i / 14) for i in range(15)]]
        rope(s, loop[::-1] if k else loop, lambda t: 2.6, 0.12, 3 + k)
    hand(s, *L(306, 178), 1.0, 21)
    # squeeze lines
    for x, y in ((298, 170), (342, 170), (296, 186), (344, 188)):
        lx, ly = map(int, L(x, y))
        hline(s, (255, 230, 240), lx, lx + 3, ly)


def swoop(s: pygame.Surface, side: str, target: tuple[int, int]) -> None:
    """Bats pouring out of the boxes on one side and diving at Coraline (at target)."""
    ox, oy = _origin(f"theatre_hunt_swoop_{side}")
    r = rng(f"swoop-{side}")
    sx = 70 if side == "left" else 570
    for i in range(11):
        t = (i + 0.5) / 11
        # each bat on its own arc from the boxes down to the target
        a = r.uniform(-0.5, 0.5)
        bx = sx + (target[0] - sx) * t + a * 40 * math.sin(t * math.pi)
        by = 50 + r.randrange(0, 60) + (target[1] - 60) * t * t
        facing = 1 if target[0] > sx else -1
        # motion streaks behind it
        for k in range(1, 6):
            qx = int(bx - facing * k * 4 - ox)
            qy = int(by - k * 3 - oy)
            if bayer(qx, qy) < 0.6:
                blend_px(s, qx, qy, (230, 200, 255, 120 - k * 18))
        flying_bat(s, int(bx - ox), int(by - oy), facing, 0.8 + 0.4 * t, r.random())


# =================================================================== the house
def dim(s: pygame.Surface) -> None:
    """House lights out: the auditorium sinks into a cold dark; the stage keeps a sick glow."""
    for yy in range(320):
        for xx in range(640):
            on_stage = th.STAGE_X0 - 20 <= xx < th.STAGE_X1 + 20 and 28 <= yy < th.APRON_BOTTOM
            d = 0.55 if on_stage else 0.0
            if not on_stage and th.STAGE_X0 - 60 <= xx < th.STAGE_X1 + 60 and yy < th.APRON_BOTTOM + 30:
                d = 0.3
            a = int(120 * (1 - d))
            if bayer(xx, yy) < 0.8:
                s.set_at((xx, yy), (10, 4, 20, a))
            else:
                s.set_at((xx, yy), (10, 4, 20, a // 2))


def stalls(s: pygame.Surface) -> None:
    """The stalls with every seat empty: the floor as the backdrop paints it, bare seat
    backs with their cushions up, and what the audience left behind (sand, a limp sock)."""
    ox, oy = _origin("theatre_hunt_stalls")
    n = value_noise("theatre-carpet", 7)
    for yy in range(oy, 320):
        for xx in range(0, 640):
            g = th.stage_glow(xx, yy)
            in_aisle = th.AISLE_X0 <= xx < th.AISLE_X1 or yy < th.ROWS[0][0] - 12
            if in_aisle:
                t = 0.12 + 0.5 * g + 0.06 * n(xx, yy)
                if xx in (th.AISLE_X0 + 3, th.AISLE_X1 - 4) and yy > th.ROWS[0][0] - 12 and (yy // 3) % 2:
                    px(s, xx - ox, yy - oy, lerp(GOLD[0], GOLD[2], g))
                    continue
                px(s, xx - ox, yy - oy, dither_pick(VELVET[:5], t, xx, yy))
            else:
                px(s, xx - ox, yy - oy, dither_pick(DARK, 0.05 + 0.3 * g, xx, yy))
    for xx in range(th.STAGE_X0 - 22, th.STAGE_X1 + 22):
        for yy in range(th.APRON_BOTTOM + 1, th.APRON_BOTTOM + 4):
            blend_px(s, xx - ox, yy - oy, (10, 2, 8, 120 - (yy - th.APRON_BOTTOM) * 30))
    r = rng("theatre-empty")
    scratch = surf(640, 320)
    for row in range(len(th.ROWS)):
        _, w, k = th.ROWS[row]
        for block, i, x in th.seats(row):
            cx = x + w // 2
            y = th.row_y(row, cx)
            g = th.stage_glow(cx, y) * 0.9
            th.seat_empty(scratch, x, y, w, k, g)
            th.seat_back(scratch, x, y, w, 22 + row * 2, g)
            roll = r.random()
            if (row, block, i) == th.FREE_SEAT:
                continue
            if roll < 0.12:
                # a heap of grey sand spilled over the seat
                for j in range(w - 6):
                    hh = int(3 * math.sin(j / (w - 6) * math.pi)) + 1
                    vline(scratch, lerp((90, 80, 90), (150, 140, 140), g), x + 3 + j, y - hh, y - 1)
            elif roll < 0.2:
                # a limp, empty sock hung over the seat back
                sx = x + 4 + r.randrange(max(1, w - 12))
                rect(scratch, INK, sx - 1, y - 2, 6, 11)
                rect(scratch, DOG[3], sx, y - 1, 4, 9)
                hline(scratch, DOG[4], sx, sx + 3, y - 1)
                rect(scratch, DOG[2], sx, y + 7, 5, 2)
    s.blit(scratch, (0, -oy))


def coat(s: pygame.Surface) -> None:
    """The usher's jacket, empty, crumpled on the carpet; his pillbox hat beside it."""
    layer = surf(*s.get_size())
    G = OTHER["green"]
    pygame.draw.polygon(layer, G[1], [(4, 22), (10, 10), (24, 8), (34, 12), (44, 20), (40, 24), (6, 25)])
    pygame.draw.polygon(layer, G[0], [(16, 24), (22, 14), (30, 16), (34, 24)])
    pygame.draw.line(layer, G[2], (10, 11), (24, 9))
    pygame.draw.line(layer, G[1], (34, 13), (48, 18), 4)  # a sleeve flung out
    for bx in (18, 22, 26):
        px(layer, bx, 12 + (bx - 18) // 2, GOLD[3])
    hline(layer, GOLD[2], 6, 40, 23)
    # the hat, on its side
    rect(layer, VELVET[3], 36, 4, 9, 6)
    hline(layer, GOLD[3], 36, 44, 9)
    hline(layer, VELVET[4], 37, 43, 4)
    # no dog inside: a coat-hanger poking out of the collar
    pygame.draw.line(layer, (150, 150, 160), (12, 8), (8, 4))
    pygame.draw.arc(layer, (150, 150, 160), (5, 0, 6, 6), 0, math.pi, 1)
    outline(layer, INK)
    soft_ellipse(s, (10, 2, 8), 26, 22, 26, 4, 120, 3)
    s.blit(layer, (0, 0))


def torch(s: pygame.Surface) -> None:
    """The usher's brass torch, dropped on the carpet and still lit: a beam across the floor."""
    # the beam fans out to the left along the carpet
    for yy in range(20):
        for xx in range(0, 34):
            d = abs(yy - 12) / (1.5 + (34 - xx) * 0.22)
            if d < 1 and bayer(xx, yy) < 0.7 * (1 - d) * (0.3 + 0.7 * (xx / 34)):
                blend_px(s, xx, yy, (*TORCH_LIGHT, 150))
    soft_ellipse(s, TORCH_LIGHT, 8, 13, 9, 4, 120, 3)
    layer = surf(*s.get_size())
    rect(layer, (120, 110, 110), 36, 10, 11, 5)
    hline(layer, (210, 210, 220), 36, 46, 10)
    rect(layer, GOLD[2], 33, 9, 4, 7)
    hline(layer, GOLD[4], 33, 36, 9)
    rect(layer, (255, 250, 220), 32, 10, 1, 5)
    px(layer, 42, 12, (180, 40, 40))  # the switch
    outline(layer, INK)
    s.blit(layer, (0, 0))


def eye_glow(s: pygame.Surface, n: int) -> None:
    """A ghost's eye as the seeing stone shows it: a pale marble with a pulsing halo, bright
    rings and rays, so it reads by shape as well as colour."""
    w, h = s.get_size()
    cx, cy = w // 2, h // 2
    soft_ellipse(s, GHOST[2], cx, cy, 18, 18, 110, 6)
    for rr, dash in ((11, 3), (15, 5)):
        for a in range(0, 360, 4):
            if (a // (4 * dash)) % 2:
                continue
            x = int(round(cx + rr * math.cos(math.radians(a + n * 15))))
            y = int(round(cy + rr * math.sin(math.radians(a + n * 15))))
            px(s, x, y, GHOST[3] if rr == 11 else GHOST[2])
    for a in range(0, 360, 45):
        for d in range(6, 9 + (a // 45) % 2 * 2):
            px(s, int(cx + d * math.cos(math.radians(a))), int(cy + d * math.sin(math.radians(a))), GHOST[3])
    pygame.draw.circle(s, INK, (cx, cy), 5)
    pygame.draw.circle(s, GHOST[1], (cx, cy), 4)
    pygame.draw.circle(s, GHOST[2], (cx - 1, cy - 1), 2)
    px(s, cx - 2, cy - 2, (255, 255, 255))
    px(s, cx + 1, cy + 1, GHOST[0])


# =================================================================== build
def build() -> None:
    make_prop(LAYOUT, "theatre_hunt_dim", dim)
    make_prop(LAYOUT, "theatre_hunt_stalls", stalls)
    make_prop(LAYOUT, "theatre_hunt_boxes_left", lambda s: empty_boxes(s, "left"))
    make_prop(LAYOUT, "theatre_hunt_boxes_right", lambda s: empty_boxes(s, "right"))
    make_prop(LAYOUT, "theatre_hunt_bats_left", lambda s: bats(s, "left"))
    make_prop(LAYOUT, "theatre_hunt_bats_right", lambda s: bats(s, "right"))
    make_prop(LAYOUT, "theatre_hunt_monster", lambda s: monster(s, "idle"))
    make_prop(LAYOUT, "theatre_hunt_monster_lured", lambda s: monster(s, "lured"))
    make_prop(LAYOUT, "theatre_hunt_monster_stuck_right", monster_stuck_right)
    make_prop(LAYOUT, "theatre_hunt_monster_stuck_left", monster_stuck_left)
    make_prop(LAYOUT, "theatre_hunt_grab", grab)
    make_prop(LAYOUT, "theatre_hunt_swoop_left", lambda s: swoop(s, "left", (120, 166)))
    make_prop(LAYOUT, "theatre_hunt_swoop_right", lambda s: swoop(s, "right", (440, 166)))
    make_prop(LAYOUT, "theatre_hunt_coat", coat)
    make_prop(LAYOUT, "theatre_hunt_torch", torch)
    for n in (1, 2, 3):
        make_prop(LAYOUT, f"theatre_eye_glow_{n}", lambda s, n=n: eye_glow(s, n))
