"""The Other garden during the eye hunt: gone wild and hostile.

Overlay pictures for maps/rooms/other_garden.tmx, shown while the hunt is on
(``flag game_accepted and not flag eyes_3``). Saved as assets/props/ohunt_*.png, placed by
LAYOUT in map pixels (the garden is 960 x 320):

* ohunt_wilt: the whole garden repainted dead: lawn gone to straw, hedge browned and gappy,
  the glowing flowers burnt out, the sky bruised, with an unpicked seam high over the far
  flower bed where the Other Father's threads come down from.
* ohunt_vines: brambles that have come up everywhere, thorny, with hooked tips like fingers,
  thickest over the hedge and choking the maze's archway.
* ohunt_snapdragons / ohunt_shears: the snapdragons grown huge and vicious; one has the
  Other Father's garden shears clamped in its jaws (the shears are their own layer).
* ohunt_mantis: the mantis tractor dead: a wheel off, the neck snapped, the head fallen on
  the lawn with one lamp cracked open.
* ohunt_father (hanging on threads, slumped), ohunt_father_lurch (the threads haul him up
  and over, reaching), ohunt_father_free (the threads cut: a heap against the flower bed).
  He is a husk: faded cardigan split and leaking straw, papery skin, roots out of his shoes.
* ohunt_gate_gone: after the first eye the gate is gone, grown over with brambles and
  unravelled white thread.
* ohunt_eye_1 / _1f / _2 / _3: the hidden ghost's eye at its three places (in his chest,
  strung or freed; in the mantis's broken lamp; deep in the archway), drawn with a bright
  ringed halo for the seeing stone's lens.
* ohunt_fg: a foreground of dead stalks and hooked bramble tips along the bottom edge.

Deterministic: all randomness from base.rng; no files read.
"""

from __future__ import annotations

import math

import pygame

from ..base import (
    ASSETS, RGB, Colour, bayer, dither_pick, hexc, hline, lerp, px, ramp, rect, rng, save,
    soft_ellipse, surf, value_noise, vline,
)
from ..furniture import floor_shadow
from . import other_garden as og

PROPS = ASSETS / "props"
INK = og.INK

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "ohunt_wilt": (0, 0, 960, 320),
    "ohunt_vines": (0, 0, 960, 320),
    "ohunt_snapdragons": (356, 96, 96, 150),
    "ohunt_shears": (360, 156, 48, 40),
    "ohunt_mantis": (396, 96, 224, 170),
    "ohunt_father": (716, 0, 100, 262),
    "ohunt_father_lurch": (686, 0, 140, 262),
    "ohunt_father_free": (716, 0, 112, 262),
    "ohunt_gate_gone": (866, 96, 88, 126),
    "ohunt_eye_1": (752, 190, 28, 28),
    "ohunt_eye_1f": (750, 214, 28, 28),
    "ohunt_eye_2": (407, 229, 28, 28),
    "ohunt_eye_3": (684, 146, 28, 28),
    "ohunt_fg": (0, 278, 960, 42),
}

# Places shared with the map (map pixels)
SEAM_X = 772                 # where the threads come down out of the sky
FATHER_X = 766               # his feet
FEET_Y = 255
EYE_1 = (766, 204)           # in his chest, hanging
EYE_1F = (764, 228)          # in his chest, slumped
EYE_2 = (421, 243)           # in the mantis's cracked lamp
EYE_3 = (698, 160)           # deep in the maze arch
SHEARS_JAW = (394, 176)      # the snapdragon holding the shears bites here

VINE = ramp("#060a06", "#0e170e", "#172416", "#22331e", "#324628", "#445a32")
THORN = ramp("#6a6250", "#9a9076", "#cfc4a2")
DEAD = ramp("#1c1610", "#2e2418", "#463624", "#5e4a30", "#7a6440", "#9a8256")
RUST = ramp("#2a140c", "#4a2412", "#6e3a1a", "#945426", "#b8743a")
DMANTIS = ramp("#121410", "#20241a", "#303826", "#444c32", "#5a6242", "#767c58")
CARDI = ramp("#2e1c10", "#4e3018", "#704824", "#926432", "#b08048", "#c89c64")
SKIN = ramp("#3a3228", "#5a5040", "#7e7260", "#a49880", "#c6baa0", "#e0d6bc")
TROUS = ramp("#140e0a", "#241a12", "#36281c", "#4a3828")
STRAW = ramp("#5a4420", "#866a32", "#b09448", "#d6bc6a")
HAIR = ramp("#24180c", "#3e2a14", "#5a3e1e", "#7a5628")
THREAD = ramp("#8a8696", "#c4c0d0", "#f2eef8")
GHOST = ramp("#6a8a8a", "#9cc4c0", "#d0f0e8", "#ffffff")
HALO = (200, 255, 236)


# =================================================================== helpers
def stroke(s: pygame.Surface, pts: list[tuple[float, float]], widths: list[float],
           shades: list[RGB], ink: Colour = INK) -> None:
    """A thick, outlined, tapering stroke along points; lit along its upper edge."""
    for (x, y), w in zip(pts, widths):
        pygame.draw.circle(s, ink, (round(x), round(y)), max(1, round(w / 2 + 1)))
    for (x, y), w in zip(pts, widths):
        pygame.draw.circle(s, shades[2], (round(x), round(y)), max(0, round(w / 2)))
    for (x, y), w in zip(pts, widths):
        if w >= 3:
            px(s, round(x), round(y - w / 2 + 1), shades[min(len(shades) - 1, 4)])
        if w >= 4:
            px(s, round(x), round(y + w / 2 - 1), shades[1])


def bramble(s: pygame.Surface, r, x: float, y: float, ang: float, length: int, width: float,
            depth: int = 0, curl: float = 0.0, shades: list[RGB] = VINE,
            bounds: tuple[int, int, int, int] | None = None) -> None:
    """A thorny bramble stem that wanders, forks, and ends in a hooked, grasping tip."""
    pts: list[tuple[float, float]] = []
    widths: list[float] = []
    thorns: list[tuple[float, float, float]] = []
    forks: list[tuple[float, float, float, int, float]] = []
    a = ang
    for k in range(length):
        t = k / max(1, length - 1)
        pts.append((x, y))
        widths.append(max(1.0, width * (1 - 0.75 * t)))
        a += r.uniform(-0.12, 0.12) + curl * (t ** 2) * 0.35
        x += math.cos(a)
        y += math.sin(a)
        if bounds and not (bounds[0] <= x < bounds[2] and bounds[1] <= y < bounds[3]):
            break
        if k % 7 == 3 and r.random() < 0.6 and width > 2.5:
            thorns.append((x, y, a + r.choice((-1, 1)) * 1.3))
        if depth < 2 and k > 8 and k % 17 == 0 and r.random() < 0.55:
            forks.append((x, y, a + r.choice((-1, 1)) * r.uniform(0.5, 1.1),
                          int((length - k) * r.uniform(0.4, 0.7)), width * (1 - 0.6 * t)))
    if len(pts) < 2:
        return
    stroke(s, pts, widths, shades)
    for tx, ty, ta in thorns:
        ex, ey = tx + 3 * math.cos(ta), ty + 3 * math.sin(ta)
        pygame.draw.line(s, INK, (tx, ty), (ex, ey), 2)
        px(s, round(ex), round(ey), THORN[0])
    # the tip: a little hooked claw of three fingers
    hx, hy = pts[-1]
    if width >= 2:
        for d in (-0.6, 0.0, 0.6):
            fa = a + d
            f1 = (hx + 3 * math.cos(fa), hy + 3 * math.sin(fa))
            f2 = (f1[0] + 2 * math.cos(fa + 1.4 * (1 if curl >= 0 else -1)),
                  f1[1] + 2 * math.sin(fa + 1.4 * (1 if curl >= 0 else -1)))
            pygame.draw.lines(s, INK, False, [(hx, hy), f1, f2], 2)
            px(s, round(f2[0]), round(f2[1]), THORN[0])
    for fx, fy, fa, fl, fw in forks:
        if fl > 6:
            bramble(s, r, fx, fy, fa, fl, fw, depth + 1, r.uniform(-1, 1), shades, bounds)


def dead_colour(c: pygame.Color, k: float) -> RGB:
    """Drain a pixel towards dead straw-brown (k from 0 to 1)."""
    lum = 0.3 * c.r + 0.55 * c.g + 0.15 * c.b
    dead = (lum * 0.78 + 14, lum * 0.66 + 8, lum * 0.5 + 6)
    return lerp((c.r, c.g, c.b), dead, k)  # type: ignore[return-value]


def thread(s: pygame.Surface, a: tuple[float, float], b: tuple[float, float],
           taut: bool = True) -> None:
    """One of Mother's threads: a fine bright line with a dark edge (sags when not taut)."""
    n = max(2, int(math.hypot(b[0] - a[0], b[1] - a[1]) / 3))
    pts = []
    for k in range(n + 1):
        t = k / n
        sag = 0 if taut else 6 * math.sin(t * math.pi)
        pts.append((a[0] + (b[0] - a[0]) * t + sag, a[1] + (b[1] - a[1]) * t))
    pygame.draw.lines(s, THREAD[0], False, [(x + 1, y) for x, y in pts], 1)
    pygame.draw.lines(s, THREAD[2], False, pts, 1)


def button_eye(s: pygame.Surface, x: int, y: int, r: int = 3, droop: int = 0) -> None:
    if droop:  # hanging loose by a thread
        vline(s, THREAD[1], x, y - droop, y)
    pygame.draw.circle(s, INK, (x, y), r)
    pygame.draw.circle(s, hexc("#2a2030"), (x, y), r - 1)
    for dx, dy in ((-1, -1), (1, 1)):
        px(s, x + dx, y + dy, hexc("#7a7090"))


def ghost_eye(s: pygame.Surface, cx: int, cy: int) -> None:
    """The ghost's eye: a small pale glass eye in a ringed, pulsing halo (reads by shape)."""
    soft_ellipse(s, HALO, cx, cy, 13, 13, 150, 5)
    for rr, c in ((12, HALO), (9, (255, 255, 255))):
        for a in range(0, 360, 12 if rr == 12 else 20):  # dashed rings, like a pulse
            if (a // (12 if rr == 12 else 20)) % 2:
                continue
            aa = math.radians(a)
            px(s, round(cx + rr * math.cos(aa)), round(cy + rr * math.sin(aa)), c)
    for k in range(4):  # four short rays
        aa = math.pi / 4 + k * math.pi / 2
        for d in (6, 7):
            px(s, round(cx + d * math.cos(aa)), round(cy + d * math.sin(aa)), GHOST[2])
    pygame.draw.circle(s, INK, (cx, cy), 5)
    pygame.draw.circle(s, GHOST[2], (cx, cy), 4)
    pygame.draw.circle(s, GHOST[3], (cx - 1, cy - 1), 2)
    pygame.draw.circle(s, hexc("#4a7a90"), (cx + 1, cy), 2)
    px(s, cx + 1, cy, INK)
    px(s, cx - 2, cy - 2, (255, 255, 255))


# =================================================================== the dead garden
def wilt(s: pygame.Surface) -> None:
    """Re-paint the whole garden (without the mantis) dead; keep the house's lights."""
    pics: dict[str, pygame.Surface] = {}
    for name, draw in (("ogarden_backdrop", og.backdrop), ("ogarden_hedge", og.hedge),
                       ("ogarden_wall", og.garden_wall), ("ogarden_house", og.house),
                       ("ogarden_snapdragons", og.snapdragons),
                       ("ogarden_glowbed", og.glowbed)):
        box = og.LAYOUT[name]
        p = surf(box[2], box[3])
        draw(p)
        pics[name] = p
    garden = og.composite(pics, list(pics), 960)
    w, h = s.get_size()
    n = value_noise("oh-wilt", 18)
    for y in range(h):
        for x in range(w):
            c = garden.get_at((x, y))
            if c.a == 0:
                continue
            house = x < 356 and y < 246
            sat = max(c.r, c.g, c.b) - min(c.r, c.g, c.b)
            if house:
                # the house keeps its lamps (the doors are still open) but goes grey
                k = 0.15 if (c.r > 200 and c.g > 150) else 0.55
                out = dead_colour(c, k)
                out = (int(out[0] * 0.85), int(out[1] * 0.85), int(out[2] * 0.9))
            elif y < og.HORIZON and not (548 <= x < 960 and y > 96):
                # the sky: bruised, the too-pretty clouds gone muddy
                k = 0.55 + (n(x, y) - 0.5) * 0.5
                out = dead_colour(c, k)
                out = (int(out[0] * 0.7 + 6), int(out[1] * 0.6 + 2), int(out[2] * 0.75 + 10))
            else:
                k = 0.75 + (n(x, y) - 0.5) * 0.5 + (0.2 if sat > 120 else 0)
                out = dead_colour(c, min(1.0, k))
                if y >= og.HORIZON:  # the lawn: straw and bare earth in patches
                    if n(x * 2, y * 3) > 0.62 and bayer(x, y) < 0.6:
                        out = DEAD[1] if (x + y) % 3 else DEAD[2]
                out = (int(out[0] * 0.8), int(out[1] * 0.78), int(out[2] * 0.75))
            s.set_at((x, y), (*out, 255))
    r = rng("oh-wilt")
    # holes in the hedge: dead brown gaps with bare twigs
    for _ in range(26):
        x, y = r.randrange(556, 846), r.randrange(126, 200)
        if abs(x - 698) < 26:
            continue
        rw, rh = r.randrange(6, 16), r.randrange(4, 10)
        pygame.draw.ellipse(s, DEAD[0], pygame.Rect(x, y, rw, rh))
        for _k in range(3):
            a = r.uniform(0, math.tau)
            x0, y0 = x + rw // 2, y + rh // 2
            pygame.draw.line(s, DEAD[3], (x0, y0), (x0 + 6 * math.cos(a), y0 + 5 * math.sin(a)))
    # the glowing flowers: all burnt out, hanging their heads
    for _ in range(60):
        x = r.choice((r.randrange(600, 826), r.randrange(368, 428)))
        y = r.randrange(180, 236)
        for j in range(7):
            px(s, x + j // 3, y + j, DEAD[3])
        pygame.draw.circle(s, INK, (x + 3, y + 8), 3)
        pygame.draw.circle(s, DEAD[2], (x + 3, y + 8), 2)
    # fallen petals and dead leaves on the lawn
    for _ in range(420):
        x, y = r.randrange(w), r.randrange(206, 320)
        c = r.choice((DEAD[3], DEAD[4], DEAD[2], hexc("#5a3a3a")))
        px(s, x, y, c)
        if r.random() < 0.4:
            px(s, x + 1, y, DEAD[1])
    # cracks across the lawn, like a dry field
    for _ in range(14):
        x, y = r.randrange(360, 940), r.randrange(250, 316)
        for _k in range(r.randrange(10, 30)):
            px(s, x, y, DEAD[0])
            x += r.choice((1, 1, 2))
            y += r.choice((-1, 0, 0, 1))
    # the seam in the sky, wide open now, stitched with loose white thread
    x = SEAM_X - 10
    for y in range(0, 150):
        x += r.choice((-1, 0, 0, 0, 1))
        half = 3 if y < 110 else max(0, 3 - (y - 110) // 12)
        for dx in range(-half, half + 1):
            px(s, x + dx, y, (6, 2, 8) if abs(dx) < half else (40, 30, 44))
        if y % 8 == 0 and half:
            px(s, x - half - 1, y, THREAD[2])
            px(s, x + half + 1, y + 1, THREAD[2])
            px(s, x - half - 2, y + 1, THREAD[1])


def vines(s: pygame.Surface) -> None:
    """Brambles up the house, the stair rail, the hedge, the wall; thickest at the maze arch."""
    r = rng("oh-vines")
    # up the house wall either side of the back door and by the basement steps
    for x, y, a, ln, wd in ((8, 246, -1.5, 120, 6), (30, 244, -1.7, 80, 4),
                            (104, 244, -1.4, 100, 5), (140, 240, -1.9, 60, 4),
                            (246, 246, -1.6, 90, 5), (300, 246, -1.5, 110, 5)):
        bramble(s, r, x, y, a, ln, wd, curl=r.uniform(-1, 1))
    # along the foot of the hedge and over it
    for k in range(10):
        x = 556 + k * 30 + r.randrange(-6, 7)
        if 676 < x < 722:
            continue
        bramble(s, r, x, 226 + r.randrange(0, 8), -1.57 + r.uniform(-0.5, 0.5),
                r.randrange(50, 90), r.uniform(5, 7), curl=r.uniform(-1.5, 1.5))
    # the maze arch: choked in a knot of brambles
    for k in range(9):
        a = -1.57 + (k - 4) * 0.3
        bramble(s, r, 698 + (k - 4) * 4, 232, a, r.randrange(50, 90), 5,
                curl=(1 if k % 2 else -1) * 2.2)
    for k in range(6):  # across the arch mouth
        y = 150 + k * 11
        side = 1 if k % 2 else -1
        bramble(s, r, 698 - side * 24, y, 0 if side > 0 else math.pi, 46, 4, curl=side * 0.8)
    # the grasping clump that reaches out over the lawn (the map's "vines" hotspot)
    for k in range(7):
        a = math.pi * (1.05 + k * 0.09)
        bramble(s, r, 640 + k * 4, 246, a, r.randrange(34, 56), 6, curl=-1.8 + k * 0.5)
    for k in range(3):
        bramble(s, r, 628 + k * 10, 250, -0.3 - k * 0.4 + math.pi, 40, 5, curl=2.0)
    # up the garden wall
    for x, a in ((834, -1.5), (850, -1.7), (948, -1.6), (956, -1.4)):
        bramble(s, r, x, 230, a, r.randrange(90, 130), 5, curl=r.uniform(-1, 1))
    # runners creeping over the lawn from the edges, keeping off the stepping stones
    for x, y, a in ((0, 300, -0.1), (0, 262, 0.15), (960, 296, math.pi + 0.1),
                    (960, 270, math.pi - 0.1), (330, 250, 0.4), (600, 252, math.pi - 0.6)):
        bramble(s, r, x, y, a, r.randrange(50, 90), 4, curl=r.uniform(-0.6, 0.6))


# =================================================================== snapdragons and shears
def _dragon_head(s: pygame.Surface, x: int, y: int, face: int, c: RGB, size: int = 8) -> None:
    """A big snapdragon head: a snout, a wide-open jaw of white teeth, a mean eye."""
    soft_ellipse(s, c, x, y, size + 5, size + 4, 40, 3)
    pygame.draw.ellipse(s, INK, pygame.Rect(x - size - 1, y - size + 1, 2 * size + 2, 2 * size - 2))
    pygame.draw.ellipse(s, c, pygame.Rect(x - size, y - size + 2, 2 * size, 2 * size - 4))
    pygame.draw.ellipse(s, og.shade(c, 1.3), pygame.Rect(x - size + 2, y - size + 2, size, 4))
    jx = x + face * (size - 2)
    tip = jx + face * (size + 4)
    mouth = [(jx, y - 1), (tip, y - 7), (tip - face * 2, y), (tip, y + 6), (jx, y + 2)]
    pygame.draw.polygon(s, INK, mouth)
    pygame.draw.polygon(s, hexc("#4a0620"), [(jx + face, y), (tip - face * 2, y - 5),
                                             (tip - face * 3, y), (tip - face * 2, y + 4),
                                             (jx + face, y + 1)])
    pygame.draw.line(s, c, (jx, y - 2), (tip, y - 8), 2)   # upper jaw
    pygame.draw.line(s, og.shade(c, 0.7), (jx, y + 3), (tip, y + 7), 2)  # lower jaw
    for k in range(1, size // 2 + 2):  # a row of needle teeth along each jaw
        tx = jx + face * (k * 2)
        ty = y - 1 - (k * 6) // (size + 4)
        px(s, tx, ty, THORN[2])
        px(s, tx, ty + 1, THORN[1])
        by = y + 2 + (k * 5) // (size + 4)
        px(s, tx, by, THORN[2])
        px(s, tx, by - 1, THORN[1])
    ex = x - face * (size // 3)
    pygame.draw.line(s, INK, (ex - 3, y - size + 3), (ex + 3, y - size + 5 if face > 0 else
                                                      y - size + 1), 2)  # a scowling brow
    px(s, ex, y - size + 6, hexc("#ffd040"))
    px(s, ex + face, y - size + 6, INK)


def wild_snapdragons(s: pygame.Surface) -> None:
    ox, oy = LAYOUT["ohunt_snapdragons"][:2]
    r = rng("oh-snap")
    cols = [hexc("#7a2050"), hexc("#5a2a6a"), hexc("#8a6a2a"), hexc("#6a1a2a"), hexc("#7a2050")]
    heads = [(372, 204, -1, 7), (384, 148, -1, 8), (SHEARS_JAW[0] + 12, SHEARS_JAW[1], -1, 9),
             (416, 126, 1, 8), (426, 168, 1, 8), (438, 204, 1, 7)]
    for i, (hx, hy, _face, _size) in enumerate(heads):
        # a thick, thorny stem from the bed to the head, with jagged leaves
        bx = 374 + i * 10
        pts = []
        for k in range(40):
            t = k / 39
            x = bx + (hx - bx) * t + 4 * math.sin(t * math.pi * 2 + i)
            y = 226 + (hy + 6 - 226) * t
            pts.append((x - ox, y - oy))
        stroke(s, pts, [4 - 2 * k / 40 for k in range(40)], DMANTIS)
        for k in range(6, 36, 9):
            x, y = pts[k]
            side = 1 if (k // 9 + i) % 2 else -1
            pygame.draw.polygon(s, INK, [(x, y), (x + side * 9, y - 5), (x + side * 4, y + 2)])
            pygame.draw.polygon(s, DMANTIS[3], [(x + side, y), (x + side * 7, y - 4),
                                                (x + side * 4, y + 1)])
            px(s, round(x + side * 2), round(y - 1), THORN[2])
    for i, (hx, hy, face, size) in enumerate(heads):
        _dragon_head(s, hx - ox, hy - oy, face, cols[i % len(cols)], size)
    # dead heads hanging on the bed's edge
    for _ in range(5):
        x, y = r.randrange(6, s.get_width() - 6), r.randrange(112, 126)
        pygame.draw.line(s, DEAD[3], (x, y), (x + 2, y + 8))
        pygame.draw.circle(s, INK, (x + 2, y + 10), 3)
        pygame.draw.circle(s, DEAD[2], (x + 2, y + 10), 2)


def shears(s: pygame.Surface) -> None:
    """The Other Father's garden shears, clamped crosswise in a snapdragon's jaws."""
    ox, oy = LAYOUT["ohunt_shears"][:2]
    jx, jy = SHEARS_JAW[0] - ox, SHEARS_JAW[1] - oy
    steel = ramp("#3a3e48", "#6a7080", "#a4aab8", "#e0e4ee")
    # two blades pointing out to the left, a little open
    for d in (-2, 2):
        tip = (jx - 30, jy - 6 + d * 2)
        blade = [(jx + 2, jy + d - 2), tip, (jx + 2, jy + d + 2)]
        pygame.draw.polygon(s, INK, [(x, y + (1 if y > jy else -1)) for x, y in blade])
        pygame.draw.polygon(s, steel[2], blade)
        pygame.draw.line(s, steel[3], (jx, jy + d - 1), (tip[0] + 3, tip[1]))
    pygame.draw.circle(s, INK, (jx + 3, jy), 3)
    pygame.draw.circle(s, og.GOLD[3], (jx + 3, jy), 2)  # the pivot is a little gold button
    # handles hanging down out of the jaw, red grips
    for d, (hx, hy) in enumerate(((jx + 8, jy + 18), (jx + 14, jy + 14))):
        pygame.draw.line(s, INK, (jx + 3, jy), (hx, hy), 4)
        pygame.draw.line(s, og.RED[2], (jx + 5, jy + 3 + d), (hx, hy), 2)
        pygame.draw.line(s, og.RED[4], (jx + 6, jy + 4), (hx - 1, hy - 2), 1)


# =================================================================== the dead mantis
def dead_mantis(s: pygame.Surface) -> None:
    ox, oy = LAYOUT["ohunt_mantis"][:2]

    def P(x: float, y: float) -> tuple[float, float]:
        return x - ox, y - oy

    def seg(a, b, w, shades=DMANTIS):
        og.limb(s, P(*a), P(*b), w, shades)

    floor_shadow(s, *P(514, 258), 96, 9, 150)
    # the abdomen: sagged down to the lawn behind, segments split apart
    for k in range(8):
        t = k / 7
        cx = 520 + 86 * t
        cy = 214 + 30 * t ** 0.8 - 8 * math.sin(t * math.pi)
        rx, ry = 22 - 10 * t, 14 - 6 * t
        x, y = P(cx, cy)
        pygame.draw.ellipse(s, INK, pygame.Rect(x - rx - 1, y - ry - 1, 2 * rx + 2, 2 * ry + 2))
        pygame.draw.ellipse(s, DMANTIS[2], pygame.Rect(x - rx, y - ry, 2 * rx, 2 * ry))
        pygame.draw.ellipse(s, DMANTIS[3], pygame.Rect(x - rx + 3, y - ry + 2, 2 * rx - 8, ry - 2))
        if k % 2:
            pygame.draw.ellipse(s, RUST[2], pygame.Rect(x - 4, y - 2, 7, 4))
    # the rear wheel: flat, sagging, hubcap dull
    wx, wy = P(548, 240)
    pygame.draw.ellipse(s, INK, pygame.Rect(wx - 31, wy - 26, 62, 54))
    pygame.draw.ellipse(s, og.RUBBER[1], pygame.Rect(wx - 30, wy - 25, 60, 52))
    pygame.draw.ellipse(s, og.RUBBER[2], pygame.Rect(wx - 26, wy - 21, 52, 44), 2)
    pygame.draw.circle(s, INK, (int(wx), int(wy)), 13)
    pygame.draw.circle(s, RUST[3], (int(wx), int(wy)), 12)
    pygame.draw.circle(s, RUST[4], (int(wx) - 2, int(wy) - 2), 8)
    for dx, dy in ((-3, -3), (3, -3), (-3, 3), (3, 3)):
        pygame.draw.circle(s, INK, (int(wx + dx), int(wy + dy)), 1)
    pygame.draw.line(s, INK, (wx - 6, wy - 10), (wx + 2, wy + 4), 1)  # a crack
    # the chassis, nose down in the dirt
    seg((452, 250), (576, 224), 12)
    # the front wheel, come off and lying on its side
    fx, fy = P(600, 256)
    pygame.draw.ellipse(s, INK, pygame.Rect(fx - 17, fy - 7, 34, 14))
    pygame.draw.ellipse(s, og.RUBBER[1], pygame.Rect(fx - 16, fy - 6, 32, 12))
    pygame.draw.ellipse(s, RUST[3], pygame.Rect(fx - 8, fy - 4, 16, 7))
    pygame.draw.ellipse(s, RUST[4], pygame.Rect(fx - 6, fy - 4, 10, 4))
    # the seat, torn, a lever snapped
    sx, sy = P(508, 206)
    rect(s, INK, int(sx) - 13, int(sy), 28, 10)
    rect(s, og.RED[0], int(sx) - 12, int(sy) + 1, 26, 8)
    rect(s, og.RED[1], int(sx) - 12, int(sy) + 1, 26, 3)
    for k in range(5):
        px(s, int(sx) - 6 + k * 3, int(sy) + 2 + k % 2, STRAW[2])  # stuffing
    pygame.draw.line(s, INK, P(522, 210), P(530, 200), 2)
    # middle legs buckled under
    seg((494, 226), (476, 242), 5)
    seg((476, 242), (462, 258), 4)
    seg((532, 224), (552, 206), 5)
    seg((552, 206), (576, 252), 4)
    # the neck: a stub up from the chassis, snapped off, a torn wire sparking no more
    seg((486, 222), (478, 190), 13)
    pygame.draw.lines(s, INK, False, [P(478, 188), P(474, 180), P(482, 174)], 3)
    pygame.draw.lines(s, og.RED[3], False, [P(478, 188), P(474, 180), P(482, 174)], 1)
    for k in range(4):  # jagged torn metal at the break
        x, y = P(472 + k * 4, 186 - (k % 2) * 3)
        pygame.draw.line(s, INK, (x, y), (x + 2, y + 4), 2)
    # one foreleg broken and pointing at the sky
    seg((490, 200), (508, 160), 8)
    seg((508, 160), (498, 124), 6)
    pygame.draw.lines(s, INK, False, [P(498, 124), P(492, 120), P(490, 112)], 3)
    pygame.draw.lines(s, THORN[1], False, [P(498, 124), P(492, 120), P(490, 112)], 1)
    # the other foreleg sprawled on the lawn, teeth up
    seg((480, 214), (452, 222), 8)
    seg((452, 222), (404, 256), 7)
    for j in range(1, 6):
        x, y = P(452 - 9 * j, 222 + 6.5 * j)
        pygame.draw.polygon(s, THORN[1], [(x, y - 3), (x + 2, y - 8), (x + 4, y - 3)])
    # the fallen upper neck, lying from the break to the head
    seg((474, 232), (454, 236), 10)
    # the head, fallen on the lawn and tipped over
    hx, hy = P(446, 240)
    ang = -0.35
    local = [(-30, -10), (30, -10), (20, 4), (4, 22), (-4, 22), (-20, 4)]
    head = [(hx + x * math.cos(ang) - y * math.sin(ang),
             hy + x * math.sin(ang) + y * math.cos(ang)) for x, y in local]
    pygame.draw.polygon(s, INK, [(x + (1 if x > hx else -1), y + (1 if y > hy else -1))
                                 for x, y in head])
    pygame.draw.polygon(s, DMANTIS[3], head)
    pygame.draw.polygon(s, DMANTIS[4], [head[0], head[1],
                                        ((head[1][0] + head[2][0]) / 2, (head[1][1] + head[2][1]) / 2),
                                        ((head[0][0] + head[5][0]) / 2, (head[0][1] + head[5][1]) / 2)])
    pygame.draw.line(s, INK, head[3], (head[3][0] - 3, head[3][1] + 5), 2)  # a mandible
    # one lamp-eye smashed dark, the other cracked open (the ghost's eye may hide in it)
    lamps = []
    for lx in (-24, 24):
        x = hx + lx * math.cos(ang) - (-6) * math.sin(ang)
        y = hy + lx * math.sin(ang) + (-6) * math.cos(ang)
        lamps.append((int(x), int(y)))
    (ax, ay), (bx, by) = lamps
    pygame.draw.circle(s, INK, (ax, ay), 11)
    pygame.draw.circle(s, hexc("#4a4430"), (ax, ay), 10)
    pygame.draw.circle(s, hexc("#7a6a38"), (ax, ay), 10, 2)
    for k in range(6):  # the crack: glass petals bent open around a dark hole
        a = k * math.tau / 6 + 0.3
        pygame.draw.line(s, hexc("#b0a878"), (ax + 3 * math.cos(a), ay + 3 * math.sin(a)),
                         (ax + 9 * math.cos(a), ay + 9 * math.sin(a)))
    pygame.draw.circle(s, INK, (ax, ay), 4)
    pygame.draw.circle(s, INK, (bx, by), 11)
    pygame.draw.circle(s, hexc("#2a261c"), (bx, by), 10)
    pygame.draw.circle(s, hexc("#4a442c"), (bx - 3, by - 3), 4)
    px(s, bx - 4, by - 4, hexc("#8a8468"))
    # an antenna lying in the grass
    pts = [P(466 + k * 3, 252 + 0.4 * k + 2 * math.sin(k / 3)) for k in range(14)]
    pygame.draw.lines(s, INK, False, pts, 3)
    pygame.draw.lines(s, DMANTIS[4], False, pts, 1)
    # rust streaks everywhere
    r = rng("oh-mantis")
    for _ in range(160):
        x, y = r.randrange(s.get_width()), r.randrange(s.get_height())
        c = s.get_at((x, y))
        if c.a and c.g > c.r and (c.r, c.g, c.b) != tuple(INK[:3]):
            px(s, x, y, r.choice(RUST[1:4]))
            if r.random() < 0.5:
                px(s, x, y + 1, RUST[1])
    # brambles growing through the wreck
    for x, y, a in ((596, 262, -1.9), (520, 258, -1.5)):
        bramble(s, r, x - ox, y - oy, a, 50, 4, curl=r.uniform(-2, 2),
                bounds=(0, 0, s.get_width(), s.get_height()))


# =================================================================== the Other Father, a husk
def _head(s: pygame.Surface, cx: float, cy: float, tilt: float, mouth: str,
          loose_eye: bool = True) -> None:
    """His head: papery, caved, a tuft of dry hair, two button eyes (one hanging)."""
    x, y = int(cx), int(cy)
    pygame.draw.ellipse(s, INK, pygame.Rect(x - 9, y - 10, 18, 21))
    pygame.draw.ellipse(s, SKIN[3], pygame.Rect(x - 8, y - 9, 16, 19))
    pygame.draw.ellipse(s, SKIN[4], pygame.Rect(x - 6, y - 8, 8, 8))
    pygame.draw.arc(s, SKIN[1], pygame.Rect(x - 8, y - 9, 16, 19), 3.6, 5.6, 2)
    # creases: a dried, papery face
    for k in range(3):
        pygame.draw.line(s, SKIN[2], (x - 6 + k * 5, y + 2), (x - 5 + k * 5, y + 7))
    # hair: a thin tuft of straw-dry brown
    for k in range(9):
        hx = x - 7 + k * 2
        pygame.draw.line(s, INK, (hx, y - 8), (hx + int(tilt * 3) - 1, y - 12 - k % 3), 2)
        pygame.draw.line(s, HAIR[2 + k % 2], (hx, y - 8), (hx + int(tilt * 3) - 1, y - 11 - k % 3))
    dx = int(tilt * 2)
    button_eye(s, x - 4 + dx, y - 1, 3)
    button_eye(s, x + 4 + dx, y + (4 if loose_eye else -1), 3, droop=5 if loose_eye else 0)
    if mouth == "sorry":  # an open, apologising mouth
        pygame.draw.ellipse(s, INK, pygame.Rect(x - 3 + dx, y + 4, 7, 5))
        pygame.draw.ellipse(s, hexc("#3a1010"), pygame.Rect(x - 2 + dx, y + 5, 5, 3))
    elif mouth == "smile":  # a small, tired smile
        pygame.draw.arc(s, INK, pygame.Rect(x - 4 + dx, y + 2, 9, 6), math.pi + 0.3, 2 * math.pi - 0.3, 1)
    else:  # a stitched, drooping line
        pygame.draw.line(s, INK, (x - 4 + dx, y + 6), (x + 4 + dx, y + 7))
        for k in range(3):
            px(s, x - 3 + dx + k * 3, y + 5, THREAD[1])


def _torso(s: pygame.Surface, hips: tuple[float, float], shoulders: tuple[float, float],
           split: bool = True) -> None:
    """The faded cardigan on a caved-in body; split down the front, leaking straw."""
    (hx, hy), (sx, sy) = hips, shoulders
    w_top, w_bot = 9, 6
    mx, my = (sx + hx) / 2, (sy + hy) / 2
    # narrow shoulders, a caved chest, the cardigan hanging loose off a belly of straw
    poly = [(sx - w_top, sy + 1), (sx + w_top, sy + 1), (mx + 7, my), (hx + w_bot, hy),
            (hx - w_bot, hy), (mx - 8, my + 2)]
    pygame.draw.polygon(s, INK, poly, 0)
    inner = [(x + (1 if x < mx else -1), y + (1 if y < my else -1)) for x, y in poly]
    pygame.draw.polygon(s, CARDI[2], inner)
    # light from the seam above catches one side; the hem hangs ragged
    pygame.draw.polygon(s, CARDI[3], [inner[0], (sx - 2, sy + 2), (mx - 3, my), inner[5]])
    for k in range(int(hx - w_bot), int(hx + w_bot), 3):
        pygame.draw.line(s, INK, (k, hy), (k + 1, hy + 2 + k % 2))
    n = 8
    for k in range(n):  # cardigan ribbing and buttons down the front
        t = k / (n - 1)
        x = sx + (hx - sx) * t
        y = sy + (hy - sy) * t
        px(s, int(x) + 1, int(y), CARDI[1])
        if k % 3 == 1:
            px(s, int(x) + 3, int(y), og.GOLD[1])
    if split:  # the split, and the straw and dead leaves coming out of it
        cx, cy = (sx + hx) / 2 + 4, (sy + hy) / 2 + 2
        pygame.draw.ellipse(s, INK, pygame.Rect(cx - 4, cy - 6, 8, 12))
        pygame.draw.ellipse(s, hexc("#140c08"), pygame.Rect(cx - 3, cy - 5, 6, 10))
        r = rng(f"oh-straw-{int(cx)}-{int(cy)}")
        for _ in range(10):
            a = r.uniform(0.3, 2.6)
            ln = r.randrange(3, 8)
            x0, y0 = cx + r.uniform(-2, 2), cy + r.uniform(-4, 4)
            pygame.draw.line(s, STRAW[r.randrange(1, 4)], (x0, y0), (x0 + ln * math.cos(a),
                                                                      y0 + ln * math.sin(a)))
    # the collar
    pygame.draw.polygon(s, CARDI[4], [(sx - 6, sy), (sx, sy + 6), (sx + 6, sy), (sx, sy + 2)])


def _arm(s: pygame.Surface, shoulder, elbow, hand, reach: float = 0.0) -> None:
    og.limb(s, shoulder, elbow, 6, CARDI)
    og.limb(s, elbow, hand, 4, SKIN)
    # twiggy fingers
    ex, ey = elbow
    hx, hy = hand
    a = math.atan2(hy - ey, hx - ex)
    for d in (-0.6 - reach, 0.0, 0.6 + reach):
        fa = a + d
        f1 = (hx + 5 * math.cos(fa), hy + 5 * math.sin(fa))
        f2 = (f1[0] + 3 * math.cos(fa + 0.6), f1[1] + 3 * math.sin(fa + 0.6))
        pygame.draw.lines(s, INK, False, [hand, f1, f2], 2)
        pygame.draw.line(s, SKIN[4], hand, f1, 1)


def _legs(s: pygame.Surface, hips, knees, feet, roots: bool = True, sitting: bool = False) -> None:
    (hx, hy) = hips
    for (kx, ky), (fx, fy), d in zip(knees, feet, (-4, 4)):
        og.limb(s, (hx + d, hy), (kx, ky), 6, TROUS + [TROUS[3]])
        og.limb(s, (kx, ky), (fx, fy - 3), 5, TROUS + [TROUS[3]])
        # shoes, scuffed
        pygame.draw.ellipse(s, INK, pygame.Rect(fx - 5, fy - 5, 11, 7))
        pygame.draw.ellipse(s, hexc("#4a1a14"), pygame.Rect(fx - 4, fy - 4, 9, 5))
        if roots:  # roots grown out of his shoes into the ground
            r = rng(f"oh-roots-{fx}-{fy}")
            for k in range(4):
                x, y = fx - 3 + k * 2, fy + 1
                for _ in range(r.randrange(4, 9)):
                    px(s, x, y, DEAD[3] if _ % 2 else DEAD[2])
                    x += r.choice((-1, 0, 1))
                    y += 1
    if sitting:
        return


def father(s: pygame.Surface) -> None:
    """Hanging on Mother's threads, slumped, toes dragging; roots out of his shoes."""
    ox, oy = LAYOUT["ohunt_father"][:2]

    def P(x, y):
        return (x - ox, y - oy)

    floor_shadow(s, *P(FATHER_X, FEET_Y), 20, 4, 150)
    hips, shoulders, head = P(766, 224), P(763, 190), P(758, 178)
    lw, rw = P(744, 184), P(786, 230)
    _legs(s, hips, [P(761, 240), P(772, 240)], [P(759, FEET_Y), P(773, FEET_Y + 1)])
    _arm(s, P(773, 193), P(782, 212), rw)
    _torso(s, hips, shoulders)
    _arm(s, P(754, 193), P(742, 204), lw)
    _head(s, *head, tilt=-1.0, mouth="stitch")
    # the threads: from the seam to his wrists, his head, his back
    thread(s, P(SEAM_X - 8, 0), lw)
    thread(s, P(SEAM_X - 2, 0), P(758, 168))
    thread(s, P(SEAM_X + 2, 0), P(768, 196))
    thread(s, P(SEAM_X + 6, 0), rw)
    for _k, a in enumerate((lw, P(758, 168), P(768, 196), rw)):  # little knots where they bite
        px(s, int(a[0]), int(a[1]), THREAD[2])
        px(s, int(a[0]) + 1, int(a[1]) - 1, THREAD[1])


def father_lurch(s: pygame.Surface) -> None:
    """The threads haul him up and over her, arms reaching, mouth open: sorry, sorry."""
    ox, oy = LAYOUT["ohunt_father_lurch"][:2]

    def P(x, y):
        return (x - ox, y - oy)

    floor_shadow(s, *P(FATHER_X - 6, FEET_Y), 26, 5, 150)
    hips, shoulders, head = P(770, 216), P(752, 178), P(740, 164)
    lw, rw = P(714, 206), P(726, 220)
    _legs(s, hips, [P(758, 236), P(778, 234)], [P(759, FEET_Y), P(773, FEET_Y + 1)])
    _arm(s, P(760, 182), P(740, 200), rw, reach=0.3)
    _torso(s, hips, shoulders)
    _arm(s, P(744, 182), P(726, 190), lw, reach=0.4)
    _head(s, *head, tilt=-1.5, mouth="sorry")
    thread(s, P(SEAM_X - 8, 0), lw)
    thread(s, P(SEAM_X - 4, 0), P(740, 154))
    thread(s, P(SEAM_X + 1, 0), P(758, 186))
    thread(s, P(SEAM_X + 5, 0), rw)
    # motion: a few speed lines behind him, and bits of straw shaken loose
    for k in range(4):
        y = 170 + k * 12
        hline(s, THREAD[0], int(P(782, 0)[0]), int(P(796 + k * 3, 0)[0]), y)
    r = rng("oh-lurch")
    for _ in range(12):
        x, y = P(r.randrange(730, 790), r.randrange(190, 250))
        pygame.draw.line(s, STRAW[r.randrange(1, 4)], (x, y), (x + r.choice((-2, 2)), y + 3))


def father_free(s: pygame.Surface) -> None:
    """The threads cut: he has sat down in a heap against the flower bed, and looks at peace."""
    ox, oy = LAYOUT["ohunt_father_free"][:2]

    def P(x, y):
        return (x - ox, y - oy)

    floor_shadow(s, *P(776, 256), 30, 5, 150)
    hips, shoulders, head = P(768, 248), P(762, 216), P(756, 204)
    # legs stretched out in front of him, towards the lawn
    for (kx, ky), (fx, fy) in (((784, 244), (800, 256)), ((778, 250), (796, 259))):
        og.limb(s, P(768, 248), P(kx, ky), 6, TROUS + [TROUS[3]])
        og.limb(s, P(kx, ky), P(fx - 3, fy - 2), 5, TROUS + [TROUS[3]])
        x, y = P(fx, fy)
        pygame.draw.ellipse(s, INK, pygame.Rect(x - 5, y - 6, 8, 10))
        pygame.draw.ellipse(s, hexc("#4a1a14"), pygame.Rect(x - 4, y - 5, 6, 8))
    _torso(s, hips, shoulders)
    # arms limp: one in his lap, one on the ground, palm up, a seedling in it
    _arm(s, P(770, 219), P(776, 236), P(786, 240))
    _arm(s, P(754, 219), P(746, 238), P(742, 254))
    sx, sy = P(740, 252)
    vline(s, hexc("#5aa050"), int(sx), int(sy) - 6, int(sy))
    px(s, int(sx) - 1, int(sy) - 6, hexc("#8ad070"))
    px(s, int(sx) + 1, int(sy) - 7, hexc("#8ad070"))
    _head(s, *head, tilt=1.0, mouth="smile", loose_eye=False)
    # the cut threads: loose ends on the ground, short ends swinging from the seam
    for a, b in ((P(SEAM_X - 6, 0), P(SEAM_X - 9, 30)), (P(SEAM_X, 0), P(SEAM_X + 1, 22)),
                 (P(SEAM_X + 5, 0), P(SEAM_X + 8, 38))):
        thread(s, a, b, taut=False)
    r = rng("oh-free")
    for k in range(4):
        x, y = P(742 + k * 12, 240 + r.randrange(-4, 8))
        pts = [(x + 4 * math.cos(t / 2.5) + t * 0.8, y + 2 * math.sin(t / 2.5)) for t in range(14)]
        pygame.draw.lines(s, THREAD[1], False, pts, 1)


# =================================================================== the gate, gone
def gate_gone(s: pygame.Surface) -> None:
    """Brambles woven right across the gate, and through them only unravelled white."""
    ox, oy = LAYOUT["ohunt_gate_gone"][:2]
    gx, gy, gw, gh = og.GATE
    x0, y0 = gx - ox, gy - oy
    base = og.WALL_BASE - oy + 4
    # the opening has gone blank white, like a hole in a drawing
    for y in range(y0 - 4, base):
        for x in range(x0, x0 + gw):
            t = (y - y0) / (base - y0)
            c = dither_pick([hexc("#c8c6cc"), hexc("#e6e4ea"), hexc("#fbfafc")], 0.7 - 0.3 * t, x, y)
            px(s, x, y, c)
    # white threads hanging where the bars were
    r = rng("oh-gate")
    for k in range(9):
        x = x0 + 3 + k * 6 + r.randrange(-1, 2)
        y = y0 + r.randrange(0, 10)
        for yy in range(y, y + r.randrange(20, base - y0)):
            x += r.choice((-1, 0, 0, 0, 1)) if yy % 3 == 0 else 0
            px(s, x, yy, THREAD[0] if k % 2 else hexc("#a8a4b4"))
    # brambles woven thick across it
    for k in range(10):
        side = 1 if k % 2 else -1
        y = y0 + 6 + k * 10
        x = x0 - 8 if side > 0 else x0 + gw + 8
        bramble(s, r, x, y, 0.15 * side if side > 0 else math.pi + 0.15, gw + 14, 5,
                curl=side * 0.5, bounds=(0, 0, s.get_width(), s.get_height()))
    for k in range(4):
        bramble(s, r, x0 + 8 + k * 14, base + 2, -1.57 + r.uniform(-0.3, 0.3), 90, 6,
                curl=r.uniform(-1.5, 1.5), bounds=(0, 0, s.get_width(), s.get_height()))


# =================================================================== the eyes (stone only)
def eye_layer(s: pygame.Surface) -> None:
    w, h = s.get_size()
    ghost_eye(s, w // 2, h // 2)


# =================================================================== foreground
def foreground(s: pygame.Surface) -> None:
    """Dead stalks and the hooked tips of brambles along the bottom edge, over everyone."""
    w, h = s.get_size()
    r = rng("oh-fg")
    for _ in range(300):
        x = r.randrange(w)
        dens = 0.12 + 0.88 * (abs(x - 560) / 480) ** 0.7
        if r.random() > dens:
            continue
        ln = r.randrange(6, h - 6)
        lean = r.choice((-1, 1)) * r.random() * 0.5
        for j in range(ln):
            px(s, int(x + lean * j), h - 1 - j, DEAD[r.randrange(2, 4)] if j else INK)
            px(s, int(x + lean * j) + 1, h - 1 - j, DEAD[0])
        if r.random() < 0.3:  # a dead seed head
            fx, fy = int(x + lean * ln), h - 1 - ln
            pygame.draw.circle(s, INK, (fx, fy), 2)
            px(s, fx, fy, DEAD[4])
    for _k in range(12):
        x = r.choice((r.randrange(0, 240), r.randrange(760, 960)))
        bramble(s, r, x, h + 2, -1.57 + r.uniform(-0.6, 0.6), r.randrange(20, 36), 4,
                curl=r.uniform(-2, 2), bounds=(0, 0, w, h + 3))


# =================================================================== build
def build() -> None:
    draws = {
        "ohunt_wilt": wilt,
        "ohunt_vines": vines,
        "ohunt_snapdragons": wild_snapdragons,
        "ohunt_shears": shears,
        "ohunt_mantis": dead_mantis,
        "ohunt_father": father,
        "ohunt_father_lurch": father_lurch,
        "ohunt_father_free": father_free,
        "ohunt_gate_gone": gate_gone,
        "ohunt_eye_1": eye_layer,
        "ohunt_eye_1f": eye_layer,
        "ohunt_eye_2": eye_layer,
        "ohunt_eye_3": eye_layer,
        "ohunt_fg": foreground,
    }
    for name, draw in draws.items():
        _, _, w, h = LAYOUT[name]
        s = surf(w, h)
        draw(s)
        save(s, PROPS / f"{name}.png")
