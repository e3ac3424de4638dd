"""The Other bedroom: Coraline's room as she wishes it were.

The real bedroom's twin, piece for piece: the door on the left, a new bed where the old one
stands (under glowing dragonfly mobiles), the nightstand, the window (onto the Other garden
at dusk, a button-eyed doll of Coraline on the sill), the dresser (with flowers), a painted
toy box where the moving boxes were (its toys on the move by themselves) and a dollhouse of
the Pink Palace in the corner where the dowsing rod leans. The wallpaper is bright: apricot
with rose stripes and little turquoise dragonflies. The wall above the toy box and the
dollhouse is dressed too well: bunting with her name on it, a sunburst clock, a family
portrait and a shelf of old dolls (see "the wall on the right").

The room (walls, skirting, floor) is one painted backdrop, `other_bedroom_room`.
"""

from __future__ import annotations

import math

import pygame

from .. import furniture as fu
from .. import props as P
from ..base import (
    bake_light, make_prop,
    ASSETS, OTHER, ROOM_H, ROOM_W, bayer, dither_pick, ellipse, frame, hexc, hline, lerp,
    outline, px, rect, rng, save, soft_ellipse, surf, vline,
)
from ..characters import BEL_HAIR, BEL_SKIN, BUTTON, CORA_PAL, CORALINE
from ..furniture import block, floor_shadow
from ..patterns import boards_other, cornice, skirting_other

PROPS = ASSETS / "props"
INK = OTHER["ink"]
GOLD = OTHER["gold"]
WOOD = OTHER["wood"]

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "other_bedroom_room": (0, 0, 640, 320),
    "other_bedroom_door": (20, 110, 62, 98),
    "other_bedroom_rug": (150, 250, 220, 44),
    "other_bedroom_mobiles": (132, 0, 132, 140),  # one frame of the spin strip
    "other_bedroom_bed": (150, 200, 84, 40),
    "other_bedroom_nightstand": (240, 180, 22, 36),
    "other_bedroom_window": (296, 40, 96, 116),
    "other_bedroom_doll": (334, 131, 14, 20),
    "other_bedroom_dresser": (426, 158, 40, 58),
    "other_bedroom_toybox": (500, 184, 70, 56),
    "other_bedroom_dollhouse": (590, 158, 42, 58),
    "other_bedroom_garland": (470, 18, 170, 36),
    "other_bedroom_clock": (474, 100, 24, 24),
    "other_bedroom_portrait": (505, 88, 42, 38),
    "other_bedroom_shelf": (582, 112, 56, 32),
    "other_bedroom_fg": (572, 262, 68, 58),
    "other_bedroom_light": (0, 0, 640, 320),
}

CHEST_FLOOR = 46  # the toy chest's front stands on the floor here, in its picture (room y 230)

PAPER = [(214, 120, 80), (238, 150, 98), (250, 182, 124), (255, 210, 160), (255, 232, 196)]
STRIPE = [(214, 80, 110), (236, 110, 136), (250, 150, 170)]
TURQ = [(20, 90, 110), (30, 140, 160), (70, 200, 210), (160, 240, 240), (230, 255, 255)]
PINK = [(150, 40, 80), (200, 70, 110), (240, 120, 150), (255, 170, 190), (255, 220, 228)]
SILVER = (190, 190, 206)
WHITE = [(170, 130, 130), (214, 180, 170), (240, 218, 206), (255, 240, 230), (255, 252, 246)]
CREAM = [(176, 120, 96), (222, 176, 140), (246, 218, 180), (255, 238, 210), (255, 250, 236)]


# ------------------------------------------------------------------------ the room
def _dragonfly_mask() -> set[tuple[int, int]]:
    """A 9x7 dragonfly motif for the wallpaper (body down the middle, two pairs of wings)."""
    pts = set()
    for y in range(7):
        pts.add((4, y))
    for x, y in ((1, 1), (2, 1), (3, 1), (5, 1), (6, 1), (7, 1), (0, 2), (1, 2), (2, 2), (6, 2),
                 (7, 2), (8, 2), (2, 3), (3, 3), (5, 3), (6, 3), (1, 4), (2, 4), (6, 4), (7, 4)):
        pts.add((x, y))
    return pts


DRAGONFLY = _dragonfly_mask()


def room(s: pygame.Surface) -> None:
    g = rng("obed-grain")
    grain = [[g.random() for _ in range(32)] for _ in range(32)]
    for y in range(ROOM_H):
        for x in range(ROOM_W):
            if y < 16:
                c = cornice(x, y, OTHER)
            elif y < 192:
                c = _paper(x, y, grain[y % 32][x % 32])
            elif y < 208:
                c = skirting_other(x, y)
            else:
                v = ((x // 16) * 3 + (y // 16) * 5) % 4
                c = boards_other(x % 16, y % 16, v)
                if y < 214 and bayer(x, y) < (214 - y) / 8:
                    c = lerp(c, WOOD[0], 0.3)
            s.set_at((x, y), c)


def _paper(x: int, y: int, gr: float) -> tuple:
    """Apricot paper, rose stripes every 32 px with gold pinstripes, turquoise dragonflies
    in a half-drop between them."""
    lx = x % 32
    if lx in (0, 1, 2, 3, 4):
        c = STRIPE[1]
        if lx == 0:
            c = STRIPE[0]
        if lx == 4:
            c = STRIPE[2]
        if lx == 2 and y % 6 < 3:
            c = STRIPE[2]
        return c
    if lx in (6, 30):
        return GOLD[3] if y % 4 else GOLD[2]
    c = PAPER[2]
    if gr > 0.9:
        c = PAPER[3]
    elif gr < 0.05:
        c = PAPER[1]
    # dragonflies, in a half-drop repeat
    col, row = x // 32, (y - 16) // 40
    oy = 16 + row * 40 + (20 if col % 2 else 0)
    mx, my = lx - 13, y - oy - 14
    if (mx, my) in DRAGONFLY:
        c = TURQ[2] if my < 3 else TURQ[1]
        if mx == 4:
            c = TURQ[0]
    # tiny gold dots between them
    if (lx == 18 and (y - oy) % 40 == 34):
        c = GOLD[3]
    return c


# ----------------------------------------------------------------------- furniture
def door(s: pygame.Surface) -> None:
    fu.doorway(s, "other", inside="closed")
    w, h = s.get_size()
    # a painted name plate on the door: a little pink heart
    rect(s, INK, w // 2 - 9, 24, 18, 9)
    rect(s, PINK[3], w // 2 - 8, 25, 16, 7)
    hline(s, PINK[1], w // 2 - 6, w // 2 + 5, 28)
    px(s, w // 2 - 7, 26, PINK[4])


def rug(s: pygame.Surface) -> None:
    """An oval braided rag rug in pinks, turquoise and gold rings."""
    w, h = s.get_size()
    rings = [PINK[2], GOLD[3], TURQ[2], PINK[3], GOLD[2], PINK[1], TURQ[3], PINK[2]]
    cx, cy = w / 2, h / 2
    for yy in range(h):
        for xx in range(w):
            d = math.hypot((xx + 0.5 - cx) / (w / 2), (yy + 0.5 - cy) / (h / 2))
            if d >= 1:
                continue
            k = int(d * len(rings))
            c = rings[min(len(rings) - 1, k)]
            if (xx + yy * 2) % 4 == 0:  # the braid
                c = lerp(c, (255, 255, 255), 0.25)
            if d > 0.96:
                c = INK
            px(s, xx, yy, c)


# Two mobiles of enamel dragonflies on wire arms hang over the bed and turn, together, the
# same way, with no draught: a `spin` effect shows one frame at a time from the strip
# other_bedroom_mobiles_spin.png (MOBILE_FRAMES frames, one turn per MOBILE_PERIOD ticks).
# Each frame is drawn, not rotated: the arms are a wheel seen a little from above, each
# dragonfly flies round it nose first, so it is seen from the side at the front and back and
# head-on or tail-on at the ends, passing in front of the hanger and behind it.
MOBILE_FRAMES, MOBILE_PERIOD = 32, 480  # a frame every 15 ticks: 11.25 degrees a step
MOBILE_K = 0.35  # how flat the wheel of arms looks: depth to height on screen
DRAGONFLY_K = 0.7  # and a dragonfly, seen a little more from above so its wings show
# (hanger x in the room, hub y, arm length, ((thread length, colour), ...) one per arm)
# They hang low on long threads, about three metres above the floor (and below the deepest
# tear of the decay's white nothing, which would otherwise swallow them in a straight line).
# The drops differ so that no two dragonflies of a mobile ever pass exactly in front of each
# other: wherever two share a column in some frame, they are at least a dragonfly's height
# (7 px) apart, or a wingspan apart across.
MOBILES = ((168, 92, 24, ((14, "turq"), (21, "pink"), (15, "gold"))),
           (230, 84, 20, ((14, "pink"), (18, "gold"), (16, "turq"))))
ENAMEL = {
    "turq": ([(20, 90, 110), (30, 140, 160), (70, 200, 210), (160, 240, 240), (230, 255, 255)],
             (255, 120, 160)),
    "pink": ([(150, 40, 80), (200, 70, 110), (240, 120, 150), (255, 170, 190), (255, 220, 228)],
             (40, 150, 170)),
    "gold": ([(122, 74, 20), (176, 122, 36), (224, 170, 58), (255, 216, 102), (255, 243, 184)],
             (150, 40, 120)),
}
WIRE = (126, 76, 40)


def mobiles_frame(s: pygame.Surface, turn: float) -> None:
    """Both mobiles, turned ``turn`` of a whole turn, on a picture whose left edge is at
    LAYOUT x in the room."""
    x0 = LAYOUT["other_bedroom_mobiles"][0]
    for hx, hub_y, arm, hangs in MOBILES:
        _mobile(s, hx - x0, hub_y, arm, hangs, turn)


def _mobile(s: pygame.Surface, cx: int, hub_y: int, arm: int,
            hangs: tuple[tuple[int, str], ...], turn: float) -> None:
    parts = []  # (depth, draw) so that what is nearer is drawn later
    for k, (drop, colour) in enumerate(hangs):
        th = (turn + k / len(hangs)) * math.tau
        ex, ez = arm * math.cos(th), arm * math.sin(th)
        end = (cx + ex, hub_y + ez * MOBILE_K)
        heading = (-math.sin(th), math.cos(th))  # flying round, nose first
        parts.append((ez / 2, lambda e=end: _wire(s, (cx, hub_y), e)))
        parts.append((ez, lambda e=end, d=drop, hd=heading, c=colour, z=ez:
                      _hanging_dragonfly(s, e, d, hd, c, z / arm)))
    vline(s, (150, 110, 110), cx, 0, hub_y - 2)  # the thread from the ceiling
    parts.append((0.0, lambda: _hub(s, cx, hub_y)))
    for _, draw in sorted(parts, key=lambda p: p[0]):
        draw()


def _hub(s: pygame.Surface, cx: int, y: int) -> None:
    """A little gold star where the arms meet."""
    for dx, dy in ((0, -2), (-2, 0), (2, 0), (0, 2)):
        px(s, cx + dx, y + dy, INK)
    rect(s, INK, cx - 1, y - 1, 3, 3)
    px(s, cx, y, GOLD[4])
    px(s, cx - 1, y, GOLD[3])
    px(s, cx + 1, y, GOLD[2])
    px(s, cx, y - 1, GOLD[3])
    px(s, cx, y + 1, GOLD[2])


def _wire(s: pygame.Surface, a: tuple[float, float], b: tuple[float, float]) -> None:
    pygame.draw.line(s, WIRE, (round(a[0]), round(a[1])), (round(b[0]), round(b[1])))
    bx, by = round(b[0]), round(b[1])
    px(s, bx, by, GOLD[3])  # a bead at the tip


def _hanging_dragonfly(s: pygame.Surface, end: tuple[float, float], drop: int,
                       heading: tuple[float, float], colour: str, near: float) -> None:
    """A thread from the arm's tip and the dragonfly on it, ``near`` -1 (behind) to 1."""
    ex, ey = round(end[0]), round(end[1])
    vline(s, (150, 110, 110), ex, ey + 1, ey + drop - 1)
    _enamel_dragonfly(s, ex, ey + drop, heading, colour, near)


def _enamel_dragonfly(s: pygame.Surface, x: int, y: int, heading: tuple[float, float],
                      colour: str, near: float) -> None:
    """An enamel dragonfly about 14 px long and 17 across the wings (raised a little in a V),
    hung by the middle at (x, y), flying along ``heading`` (x, depth), seen from above."""
    wing, body = ENAMEL[colour]
    dim = 1 if near < -0.3 else 0  # the far ones a shade darker
    soft_ellipse(s, wing[3], x, y, 13, 10, 130 if near > -0.3 else 90, 4)  # its glow
    fx, fz = heading
    rx, rz = fz, -fx  # its right hand (heading turned a quarter)

    def at(f: float, r: float) -> tuple[float, float]:
        """A point of the dragonfly, ``f`` forwards and ``r`` to its right, on the picture."""
        depth = f * fz + r * rz
        return x + f * fx + r * rx + 0.5, y + depth * DRAGONFLY_K - 0.05 * abs(r) + 0.5

    # wings: two pairs, each a long enamel leaf; the farthest first
    leaves = []
    for side in (-1, 1):
        for root, span, chord, sweep in ((2.0, 8.5, 1.7, 1.0), (-1.8, 7.5, 1.5, -1.6)):
            pts = [at(root + chord * 0.5, side * 1),
                   at(root + chord + sweep * 0.5, side * span * 0.55),
                   at(root + sweep, side * span),
                   at(root - chord + sweep * 0.5, side * span * 0.6),
                   at(root - chord * 0.5, side * 1)]
            leaves.append((root * fz + side * span * rz, pts))
    body_drawn = False
    for depth, pts in sorted(leaves, key=lambda p: p[0]):
        if depth > 0 and not body_drawn:
            _body(s, at, body)  # the body between the far wings and the near ones
            body_drawn = True
        pygame.draw.polygon(s, wing[3 - dim], pts)
        pygame.draw.polygon(s, wing[1 - dim], pts, 1)
        mx = (pts[1][0] + pts[2][0]) / 2
        my = (pts[1][1] + pts[2][1]) / 2
        px(s, int(mx), int(my), wing[4 - dim])
    if not body_drawn:
        _body(s, at, body)


def _body(s: pygame.Surface, at, body) -> None:
    """A segmented tail, a thorax, a head with two dark bead eyes."""
    for k in range(0, 10):
        tx, ty = at(-k - 0.5, 0)
        px(s, int(tx), int(ty), body if k % 2 == 0 else lerp(body, (255, 255, 255), 0.4))
    for f in (0.5, 1.5, 2.5):
        tx, ty = at(f, 0)
        px(s, int(tx), int(ty), lerp(body, INK, 0.25))
    hx, hy = at(3.8, 0)
    rect(s, INK, int(hx) - 1, int(hy) - 1, 2, 2)
    px(s, int(hx), int(hy) - 1, (255, 255, 255))


def bed(s: pygame.Surface) -> None:
    """A new bed: white painted frame with a heart in the headboard, a fat patchwork quilt
    buttoned at every corner, three plump pillows."""
    w, h = s.get_size()
    white = WHITE
    floor_shadow(s, w / 2, h - 3, w / 2, 4, 140)
    # headboard (left), an arched panel with a heart cut out
    block(s, 1, 3, 11, h - 5, white, INK, light=3)
    pygame.draw.ellipse(s, INK, pygame.Rect(0, 0, 13, 9))
    pygame.draw.ellipse(s, white[3], pygame.Rect(1, 1, 11, 7))
    pygame.draw.circle(s, PINK[2], (5, 10), 2)
    pygame.draw.circle(s, PINK[2], (8, 10), 2)
    pygame.draw.polygon(s, PINK[2], [(3, 11), (10, 11), (6, 15)])
    for k in range(19, h - 12, 5):
        hline(s, white[1], 3, 9, k)
    # footboard (right), lower, with a gold knob
    block(s, w - 10, 17, 9, h - 19, white, INK, light=3)
    pygame.draw.circle(s, INK, (w - 6, 16), 3)
    pygame.draw.circle(s, GOLD[3], (w - 6, 16), 2)
    # pillows
    my = 18
    for k, (px0, col) in enumerate(((11, white[3]), (15, PINK[3]), (20, TURQ[3]))):
        pygame.draw.ellipse(s, INK, pygame.Rect(px0, my - 8 + k * 2, 15, 9))
        pygame.draw.ellipse(s, col, pygame.Rect(px0 + 1, my - 7 + k * 2, 13, 7))
        hline(s, lerp(col, (255, 255, 255), 0.5), px0 + 3, px0 + 8, my - 6 + k * 2)
    # the quilt: bright patches, plump, buttons tied at the corners, over the front edge
    qx0, qx1, qy0, qy1 = 28, w - 10, my - 3, my + 14
    patches = [PINK[2], GOLD[3], TURQ[2], (250, 150, 90), PINK[3], (170, 110, 210),
               (120, 200, 120), (255, 200, 90)]
    rr = rng("oquilt")
    order = [rr.randrange(len(patches)) for _ in range(64)]
    for yy in range(qy0, qy1):
        for xx in range(qx0, qx1):
            cell = ((xx - qx0) // 6) + ((yy - qy0) // 5) * 16
            c = patches[order[cell % 64]]
            lx, ly = (xx - qx0) % 6, (yy - qy0) % 5
            if lx == 0 or ly == 0:
                c = lerp(c, INK, 0.45)
            elif yy < qy0 + 5:
                c = lerp(c, (255, 255, 255), 0.25)
            elif lx > 3 and ly > 2:
                c = lerp(c, INK, 0.15)
            px(s, xx, yy, c)
    for yy in range(qy0 + 5, qy1, 5):
        for xx in range(qx0 + 6, qx1, 6):
            px(s, xx, yy, (40, 30, 44))
    for xx in range(qx0, qx1):  # scalloped hem
        yb = qy1 + (1 if (xx // 3) % 2 else 0)
        px(s, xx, yb, INK)
        px(s, xx, yb + 1, WOOD[0])
    vline(s, INK, qx0 - 1, qy0, qy1)
    hline(s, INK, qx0, qx1 - 1, qy0 - 1)
    rect(s, white[4], qx0, qy0, 3, qy1 - qy0 - 2)  # the turned-down sheet
    # rail and legs
    block(s, 11, qy1 + 2, w - 21, 5, white, INK, light=2)
    for lx in (3, w - 7):
        rect(s, INK, lx, h - 6, 4, 5)
        rect(s, white[2], lx + 1, h - 6, 2, 4)


def nightstand(s: pygame.Surface) -> None:
    """Painted nightstand, a lit pink lamp, a stack of brand-new books."""
    w, h = s.get_size()
    floor_shadow(s, w / 2, h - 2, w / 2, 2)
    block(s, 0, 16, w, 4, CREAM, INK, light=4)
    block(s, 2, 19, w - 4, 9, PINK, INK, light=2)
    rect(s, GOLD[3], w // 2 - 1, 23, 2, 1)
    for lx in (3, w - 5):
        rect(s, INK, lx, 27, 2, h - 28)
    cx = w // 2 - 3
    pygame.draw.ellipse(s, INK, pygame.Rect(cx - 3, 10, 7, 7))
    pygame.draw.ellipse(s, TURQ[2], pygame.Rect(cx - 2, 11, 5, 5))
    vline(s, INK, cx, 7, 10)
    for yy in range(6):
        half = 3 + yy * 0.5
        for xx in range(int(cx - half), int(cx + half) + 1):
            c = PINK[4] if (xx - cx) < -1 else PINK[3]
            if xx % 3 == 0:
                c = PINK[2]
            px(s, xx, 1 + yy, c)
        px(s, int(cx - half) - 1, 1 + yy, INK)
        px(s, int(cx + half) + 1, 1 + yy, INK)
    hline(s, INK, cx - 3, cx + 3, 0)
    hline(s, INK, cx - 6, cx + 6, 7)
    for k, col in enumerate((TURQ[1], GOLD[2], PINK[1])):
        rect(s, INK, w - 8, 13 - k * 2, 7, 3)
        hline(s, col, w - 7, w - 3, 14 - k * 2)


def window(s: pygame.Surface) -> None:
    """The Other window at dusk, over the Other garden: lanterns and flower beds below."""
    fu.window(s, "other")
    w, h = s.get_size()
    cw = 14
    gx, gy = cw + 4, 10
    gw, gh = w - 2 * cw - 8, h - 22 - 8
    # the flower beds and lanterns of the garden, below the hedge line
    r = rng("obed-window")
    for _ in range(26):
        xx, yy = gx + r.randrange(gw), gy + gh - 8 + r.randrange(7)
        if abs(xx - (gx + gw // 2)) < 2:
            continue
        px(s, xx, yy, r.choice([(255, 100, 150), (255, 220, 90), (250, 250, 240), (180, 120, 255)]))
    for lx in (gx + 8, gx + gw - 10):
        soft_ellipse(s, (255, 210, 120), lx, gy + gh - 18, 5, 5, 200, 3)
        px(s, lx, gy + gh - 18, (255, 250, 210))
        vline(s, INK, lx, gy + gh - 16, gy + gh - 10)


def doll(s: pygame.Surface) -> None:
    """The Other doll: the same little Coraline, brand new, with shining button eyes."""
    yel = [(190, 130, 20), (240, 190, 40), (255, 226, 90)]
    blue = [(40, 80, 180), (70, 130, 230), (130, 180, 255)]
    skin = (246, 206, 176)
    for lx in (4, 8):
        rect(s, (50, 50, 80), lx, 14, 2, 4)
        rect(s, (230, 60, 80), lx, 18, 2, 2)
    rect(s, yel[1], 3, 9, 8, 6)
    vline(s, yel[2], 4, 9, 13)
    vline(s, yel[0], 10, 9, 14)
    rect(s, yel[1], 1, 10, 2, 3)
    rect(s, yel[1], 11, 10, 2, 3)
    rect(s, skin, 4, 3, 6, 6)
    rect(s, blue[1], 3, 1, 8, 3)
    rect(s, blue[1], 3, 3, 1, 5)
    rect(s, blue[1], 10, 3, 1, 5)
    hline(s, blue[2], 4, 8, 1)
    px(s, 10, 2, (255, 120, 160))  # a dragonfly hair clip
    for ex in (5, 8):
        px(s, ex, 5, (14, 10, 20))
    px(s, 5, 4, (200, 190, 210))  # the buttons shine
    px(s, 8, 4, (200, 190, 210))
    px(s, 6, 7, (230, 90, 110))
    px(s, 7, 7, (230, 90, 110))
    outline(s, INK)


def dresser(s: pygame.Surface) -> None:
    """A painted dresser with a gold mirror and a big bouquet of flowers."""
    w, h = s.get_size()
    oy = 8  # the picture is taller than the real dresser: room for the bouquet
    floor_shadow(s, w / 2, h - 2, w / 2, 3)
    # gold-framed oval mirror
    pygame.draw.ellipse(s, INK, pygame.Rect(11, oy - 2, 19, 20))
    pygame.draw.ellipse(s, GOLD[3], pygame.Rect(12, oy - 1, 17, 18))
    pygame.draw.ellipse(s, INK, pygame.Rect(14, oy + 1, 13, 14))
    glass = [(200, 120, 110), (240, 160, 130), (255, 200, 170), (255, 230, 210)]
    for yy in range(oy + 2, oy + 14):
        for xx in range(15, 26):
            if ((xx - 20.5) / 5.5) ** 2 + ((yy - oy - 8) / 6) ** 2 < 1:
                px(s, xx, yy, dither_pick(glass, 0.3 + 0.5 * (yy - oy) / 14, xx, yy))
    for k in range(3):
        px(s, 17 + k, oy + 6 - k, (255, 250, 240))
    # top and body: cream with turquoise drawers and gold knobs
    block(s, 0, oy + 20, w, 4, CREAM, INK, light=4)
    block(s, 2, oy + 23, w - 4, h - oy - 26, CREAM, INK, light=2)
    for i in range(3):
        dy = oy + 25 + i * 8
        block(s, 4, dy, w - 8, 7, TURQ, INK, light=2)
        for kx in (10, w - 11):
            px(s, kx, dy + 3, GOLD[3])
            px(s, kx, dy + 4, INK)
    for lx in (3, w - 6):
        rect(s, INK, lx, h - 3, 3, 3)
    # the bouquet in a round vase (left), a music box (right)
    vx, vy = 5, oy + 13
    ellipse(s, INK, vx - 4, vy, 8, 8)
    ellipse(s, (120, 170, 255), vx - 3, vy + 1, 6, 6)
    px(s, vx - 2, vy + 2, (220, 240, 255))
    fl = [(255, 90, 140), (255, 210, 80), (250, 250, 250), (200, 120, 255), (255, 140, 60)]
    r = rng("bouquet")
    for _ in range(4):
        tip = (vx - 4 + r.randrange(9), vy - 8 + r.randrange(4))
        pygame.draw.line(s, OTHER["green"][2], (vx, vy + 1), tip)
    for k in range(9):
        fx, fy = max(2, vx - 4 + r.randrange(10)), vy - 12 + r.randrange(9)
        pygame.draw.circle(s, INK, (fx, fy), 2)
        pygame.draw.circle(s, fl[k % len(fl)], (fx, fy), 1)
        px(s, fx, fy, (255, 240, 150))
    block(s, w - 10, oy + 15, 9, 6, PINK, INK, light=3)
    hline(s, GOLD[3], w - 9, w - 3, oy + 17)
    pygame.draw.line(s, INK, (w - 10, oy + 15), (w - 8, oy + 10))
    pygame.draw.line(s, INK, (w - 2, oy + 15), (w - 4, oy + 10))
    hline(s, INK, w - 8, w - 4, oy + 10)
    px(s, w - 6, oy + 13, GOLD[4])  # the tiny dancer


def toybox(s: pygame.Surface) -> None:
    """A painted toy chest as high as Coraline's hip (21 px), lid thrown back against the
    wall, and its toys off on their own business: a jack-in-the-box springing, a plush rabbit
    flopped over the rim, a tin soldier marching away, a ball in mid-bounce, a wind-up mouse
    trundling across the floor. The chest's front stands on the floor at CHEST_FLOOR."""
    w, h = s.get_size()
    red = [(110, 20, 36), (160, 34, 50), (210, 56, 66), (240, 100, 96), (255, 160, 150)]
    white = (255, 255, 255)
    bx, bw, fl = 8, 34, CHEST_FLOOR
    top = fl - 21  # the front edge of the open top
    floor_shadow(s, bx + bw / 2 + 2, fl - 1, bw / 2 + 4, 3)
    # the lid, open and leaning back against the wall
    block(s, bx + 2, top - 14, bw - 4, 12, red, INK, light=2)
    for k in range(3):
        frame(s, GOLD[2], bx + 5 + k * 9, top - 11, 6, 6)
    # the chest: a red front with gold bands and stars, a lock plate
    block(s, bx, top, bw, fl - top, red, INK, light=3)
    hline(s, GOLD[3], bx + 1, bx + bw - 2, top + 3)
    hline(s, GOLD[3], bx + 1, bx + bw - 2, fl - 4)
    for sx, sy in ((bx + 7, top + 11), (bx + 26, top + 11)):  # gold stars
        for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0), (0, 0)):
            px(s, sx + dx, sy + dy, GOLD[3])
    rect(s, INK, bx + bw // 2 - 2, top + 5, 4, 4)
    rect(s, GOLD[3], bx + bw // 2 - 1, top + 6, 2, 2)
    for fx in (bx + 1, bx + bw - 4):  # little bun feet
        rect(s, INK, fx, fl - 1, 3, 2)
    # the dark mouth of the chest, seen a little from above, toys heaped in it
    rect(s, INK, bx + 1, top - 3, bw - 2, 4)
    rect(s, (60, 10, 20), bx + 2, top - 2, bw - 4, 2)
    # a drum in the heap
    rect(s, INK, bx + 22, top - 6, 7, 5)
    rect(s, (240, 240, 250), bx + 23, top - 5, 5, 1)
    rect(s, red[2], bx + 23, top - 4, 5, 2)
    px(s, bx + 24, top - 4, GOLD[3])
    px(s, bx + 26, top - 3, GOLD[3])
    # the jack-in-the-box, sprung right up out of its own little box
    jx, jy = bx + 9, top - 2
    rect(s, INK, jx - 3, jy - 4, 7, 5)
    rect(s, TURQ[2], jx - 2, jy - 3, 5, 3)
    px(s, jx - 2, jy - 3, TURQ[3])
    for k in range(4):  # the spring
        hline(s, INK, jx - 1 + (k % 2), jx + 1 + (k % 2), jy - 5 - k * 2)
        px(s, jx + (k % 2), jy - 6 - k * 2, GOLD[3])
    hy = jy - 15  # his head: a grin and a pointed hat with a bobble
    rect(s, INK, jx - 2, hy - 2, 6, 6)
    rect(s, (255, 230, 210), jx - 1, hy - 1, 4, 4)
    px(s, jx - 1, hy, INK)
    px(s, jx + 2, hy, INK)
    hline(s, red[2], jx, jx + 1, hy + 2)
    pygame.draw.polygon(s, INK, [(jx - 3, hy - 2), (jx + 1, hy - 8), (jx + 4, hy - 2)])
    pygame.draw.polygon(s, GOLD[3], [(jx - 1, hy - 3), (jx + 1, hy - 6), (jx + 2, hy - 3)])
    px(s, jx + 1, hy - 9, red[3])
    for k in range(2):  # boing
        px(s, jx - 5 - k, hy + k * 2, white)
        px(s, jx + 6 + k, hy + k * 2, white)
    # a plush rabbit flopped over the rim
    rx = bx + 17
    rect(s, INK, rx - 3, top - 7, 7, 6)
    rect(s, (250, 230, 240), rx - 2, top - 6, 5, 4)
    for ex in (rx - 2, rx + 2):
        vline(s, INK, ex, top - 12, top - 7)
        vline(s, INK, ex - 1, top - 11, top - 8)
        vline(s, (250, 230, 240), ex, top - 11, top - 7)
    px(s, rx - 1, top - 5, INK)
    px(s, rx + 1, top - 5, INK)
    rect(s, (250, 230, 240), rx - 1, top - 1, 3, 4)  # his paws over the front
    vline(s, INK, rx - 2, top - 1, top + 2)
    vline(s, INK, rx + 2, top - 1, top + 2)
    hline(s, INK, rx - 1, rx + 1, top + 3)
    # a tin soldier marching away to the right, mid-stride, 11 px, motion lines behind him
    tx, ty = bx + bw + 9, fl
    rect(s, INK, tx - 2, ty - 11, 5, 4)
    rect(s, (30, 28, 50), tx - 1, ty - 10, 3, 2)  # bearskin
    rect(s, INK, tx - 2, ty - 7, 5, 2)
    hline(s, (255, 220, 190), tx - 1, tx + 1, ty - 7)  # face
    rect(s, INK, tx - 2, ty - 5, 5, 4)
    rect(s, red[2], tx - 1, ty - 5, 3, 3)
    hline(s, GOLD[3], tx - 1, tx + 1, ty - 4)
    pygame.draw.line(s, INK, (tx - 1, ty - 2), (tx - 3, ty))  # legs, striding
    pygame.draw.line(s, INK, (tx + 1, ty - 2), (tx + 3, ty))
    vline(s, SILVER, tx + 3, ty - 12, ty - 5)  # his musket
    for k in range(2):
        hline(s, white, tx - 7 - k * 2, tx - 5 - k * 2, ty - 9 + k * 4)
    # a striped ball caught in mid-bounce, its arc dotted behind it
    cx, cy = bx + bw + 16, top - 6
    pygame.draw.circle(s, INK, (cx, cy), 4)
    pygame.draw.circle(s, GOLD[3], (cx, cy), 3)
    for yy in range(cy - 3, cy + 4):
        for xx in range(cx - 3, cx + 4):
            if (xx - cx) ** 2 + (yy - cy) ** 2 < 10 and (xx + yy) % 4 < 1:
                px(s, xx, yy, TURQ[2])
    px(s, cx - 1, cy - 2, white)
    for k in range(1, 5):
        px(s, cx - 2 - k * 2, cy + 3 + k * k // 2 + k, white)
    # a wind-up mouse trundling out across the floor, key on its back
    mx, my = bx + 6, h - 3
    ellipse(s, INK, mx - 4, my - 4, 8, 5)
    hline(s, SILVER, mx - 3, mx + 2, my - 3)
    hline(s, (140, 140, 160), mx - 3, mx + 2, my - 2)
    px(s, mx - 4, my - 4, PINK[3])  # its ear; it faces left
    px(s, mx - 4, my - 2, INK)
    vline(s, INK, mx, my - 6, my - 5)
    hline(s, GOLD[3], mx - 1, mx + 1, my - 7)
    pygame.draw.line(s, INK, (mx + 4, my - 2), (mx + 7, my))
    for k in range(2):
        px(s, mx + 7 + k * 2, my - 3, white)


def dollhouse(s: pygame.Surface) -> None:
    """A dollhouse of the Pink Palace on a low table, every window lit: 54 px in all, the
    house 36 of it, the table 18 (the floor is at h - 3)."""
    w, h = s.get_size()
    fl = h - 3
    pink = [(150, 50, 80), (200, 90, 120), (236, 130, 156), (255, 176, 196), (255, 214, 226)]
    roof = (120, 50, 80)
    floor_shadow(s, w / 2, fl, w / 2 - 1, 3)
    # the low table
    tt = fl - 18
    block(s, 1, tt, w - 2, 4, WOOD, INK, light=4)
    for lx in (3, w - 6):
        rect(s, INK, lx, tt + 3, 3, fl - tt - 2)
        vline(s, WOOD[4], lx + 1, tt + 4, fl - 1)
    hline(s, INK, 5, w - 7, fl - 6)
    hline(s, WOOD[3], 6, w - 8, fl - 5)
    # the house: two storeys, a steep roof, a little tower on the right
    hw = 30
    hx, hb = (w - hw) // 2, tt + 1
    hy = hb - 20
    block(s, hx, hy, hw, hb - hy, pink, INK, light=2)
    hline(s, pink[4], hx + 1, hx + hw - 2, hy + 10)  # the band between the storeys
    pygame.draw.polygon(s, INK, [(hx - 2, hy), (hx + hw // 2, hy - 12), (hx + hw + 1, hy)])
    pygame.draw.polygon(s, roof, [(hx, hy - 1), (hx + hw // 2, hy - 10), (hx + hw - 1, hy - 1)])
    hline(s, (150, 70, 100), hx + 7, hx + hw - 8, hy - 4)
    tx = hx + hw - 9  # the tower
    rect(s, INK, tx, hy - 14, 7, 11)
    rect(s, pink[2], tx + 1, hy - 13, 5, 10)
    pygame.draw.polygon(s, INK, [(tx - 1, hy - 13), (tx + 3, hy - 19), (tx + 7, hy - 13)])
    pygame.draw.polygon(s, roof, [(tx + 1, hy - 14), (tx + 3, hy - 17), (tx + 5, hy - 14)])
    windows = ((hx + 3, hy + 3), (hx + hw - 8, hy + 3), (hx + 3, hy + 12), (hx + hw - 8, hy + 12),
               (tx + 1, hy - 11), (hx + hw // 2 - 3, hy - 7))
    for wx, wy in windows:
        rect(s, INK, wx, wy, 5, 5)
        rect(s, (255, 226, 130), wx + 1, wy + 1, 3, 3)
        px(s, wx + 2, wy + 2, (220, 160, 80))
    # the front door, in the middle of the ground floor
    rect(s, INK, hx + hw // 2 - 2, hb - 8, 5, 8)
    rect(s, (100, 40, 60), hx + hw // 2 - 1, hb - 7, 3, 7)
    px(s, hx + hw // 2 + 1, hb - 4, GOLD[3])
    # a tiny Coraline (blue hair) at the top window
    wx, wy = hx + hw // 2 - 3, hy - 7
    px(s, wx + 1, wy + 1, (70, 130, 230))
    px(s, wx + 2, wy + 1, (70, 130, 230))
    px(s, wx + 1, wy + 2, (250, 210, 180))


# ------------------------------------------------------------- the wall on the right
# Above the toy box and the dollhouse the Other Mother has dressed the wall as a child's room
# in a catalogue: bunting that spells Coraline's name (right, for once), a sunburst clock
# whose hands are needles, a gilt family portrait (her, the Other Father and Coraline between
# them, all three with button eyes, her hand on Coraline's shoulder) and a high shelf of three
# old-fashioned dolls, button-eyed, beside an empty stand just Coraline's doll's size.

PENNANTS = [PINK[1], TURQ[1], (166, 60, 114), GOLD[1]]  # the bunting's cloths, in turn
LETTERS3 = {  # 3x5 capitals (N is 4 wide)
    "C": [".##", "#..", "#..", "#..", ".##"],
    "O": [".#.", "#.#", "#.#", "#.#", ".#."],
    "R": ["##.", "#.#", "##.", "#.#", "#.#"],
    "A": [".#.", "#.#", "###", "#.#", "#.#"],
    "L": ["#..", "#..", "#..", "#..", "###"],
    "I": ["###", ".#.", ".#.", ".#.", "###"],
    "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "E": ["###", "#..", "##.", "#..", "###"],
}


def garland(s: pygame.Surface) -> None:
    """Two swags of gold cord pinned under the cornice with pink rosettes, and on them eight
    pennants, each with one letter: C O R A L I N E. The cloths hang from the cord (their
    tops follow its slope) and point straight down; lit from the left."""
    anchors = [(4, 7), (86, 5), (165, 7)]
    word = "CORALINE"
    k = 0
    sag = 13
    for (x0, y0), (x1, y1) in zip(anchors, anchors[1:]):

        def cord_y(x: float, x0: int = x0, y0: int = y0, x1: int = x1, y1: int = y1) -> float:
            t = (x - x0) / (x1 - x0)
            return y0 + (y1 - y0) * t + sag * 4 * t * (1 - t)

        for x in range(x0, x1 + 1):  # the cord, two tones of gold twisted
            y = round(cord_y(x))
            px(s, x, y, GOLD[3] if x % 3 else GOLD[1])
            px(s, x, y + 1, GOLD[1])
        for i in range(4):
            cx = x0 + round((x1 - x0) * (i + 1) / 5)
            _pennant(s, cx, cord_y, PENNANTS[k % len(PENNANTS)], word[k])
            k += 1
    for ax, ay in anchors:  # rosettes over the pins
        for dx, dy in ((-1, 3), (1, 3), (-1, 4), (1, 5)):  # ribbon tails
            px(s, ax + dx, ay + dy, PINK[1])
        pygame.draw.circle(s, INK, (ax, ay), 3)
        pygame.draw.circle(s, PINK[2], (ax, ay), 2)
        px(s, ax - 1, ay - 1, PINK[4])
        px(s, ax, ay, GOLD[3])


def _pennant(s: pygame.Surface, cx: int, cord_y, cloth: tuple, letter: str) -> None:
    half, drop = 6, 16
    xl, xr = cx - half, cx + half
    yl, yr = round(cord_y(xl)) + 1, round(cord_y(xr)) + 1
    tip = (cx, round(cord_y(cx)) + drop)
    body = [(xl, yl), (xr, yr), tip]
    pygame.draw.polygon(s, cloth, body)
    pygame.draw.polygon(s, INK, body, 1)
    # the cloth lit along its left edge, shadowed along its right
    for yy in range(min(yl, yr), tip[1]):
        row = [xx for xx in range(xl, xr + 1) if s.get_at((xx, yy))[:3] == cloth[:3]]
        if len(row) > 2:
            px(s, row[0], yy, lerp(cloth, (255, 255, 255), 0.3))
            px(s, row[-1], yy, lerp(cloth, INK, 0.3))
    rows = LETTERS3[letter]
    lw = len(rows[0])
    top = max(yl, yr) + 2  # below the cloth's sloping top edge
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "#":
                px(s, cx - lw // 2 + c, top + r, CREAM[4])


def clock(s: pygame.Surface) -> None:
    """A gilt sunburst clock: long and short rays, a cream face with four gold marks, two
    sewing needles for hands (ten past ten, for ever) pinned through a button."""
    w, h = s.get_size()
    cx, cy = w // 2, h // 2
    for i in range(16):
        a = i / 16 * math.tau
        r1 = 11 if i % 2 == 0 else 9
        ca, sa = math.cos(a), math.sin(a)
        lit = -(ca + sa)  # towards the upper left
        c = GOLD[4] if lit > 0.7 else GOLD[3] if lit > -0.7 else GOLD[2]
        p0 = (round(cx + ca * 6), round(cy + sa * 6))
        p1 = (round(cx + ca * r1), round(cy + sa * r1))
        pygame.draw.line(s, c, p0, p1)
        px(s, *p1, GOLD[4] if lit > -0.7 else GOLD[3])  # a bead at each tip
    outline(s, INK)
    pygame.draw.circle(s, INK, (cx, cy), 6)
    for yy in range(cy - 5, cy + 6):
        for xx in range(cx - 5, cx + 6):
            if math.hypot(xx - cx, yy - cy) < 5.3:
                lit = (xx - cx) + (yy - cy)  # lit from the upper left
                px(s, xx, yy, CREAM[4] if lit < -5 else CREAM[2] if lit > 5 else CREAM[3])
    for dx, dy in ((0, -4), (4, 0), (0, 4), (-4, 0)):  # the quarter marks
        px(s, cx + dx, cy + dy, GOLD[2])
    # the needles: the minute hand to the 2, the hour hand to the 10, their points bright
    steel = (70, 72, 90)
    pygame.draw.line(s, steel, (cx, cy), (cx + 3, cy - 3))
    pygame.draw.line(s, steel, (cx, cy), (cx - 3, cy - 2))
    px(s, cx + 4, cy - 4, SILVER)
    px(s, cx - 1, cy + 1, steel)  # the minute needle's eye end
    px(s, cx, cy, BUTTON["dark"])  # the button they turn on
    px(s, cx + 1, cy, BUTTON["rim"])


# the portrait's paints
DRESS = [(90, 18, 48), (134, 32, 62), (174, 48, 72), (216, 80, 90)]  # the Other Mother's
KNIT = [(160, 72, 12), (204, 106, 22), (236, 144, 40), (255, 190, 82)]  # the Other Father's
DAD_HAIR = [(74, 36, 18), (132, 70, 38), (168, 96, 52)]
DAD_SKIN = [(208, 134, 106), (240, 168, 134), (255, 196, 162)]
CORA_COAT = CORALINE.ramps["coat"]

PORTRAIT_PAINT: dict[str, tuple] = {
    "K": hexc(BEL_HAIR["h"]), "k": hexc(BEL_HAIR["H"]), "S": hexc(BEL_SKIN["s"]),
    "s": hexc(BEL_SKIN["t"]), "r": (154, 30, 58), "D": DRESS[2], "d": DRESS[1],
    "E": DRESS[3], "w": (116, 118, 126),
    "H": DAD_HAIR[1], "h": DAD_HAIR[2], "j": DAD_HAIR[0], "F": DAD_SKIN[1], "f": DAD_SKIN[0],
    "m": (160, 44, 44), "O": KNIT[2], "o": KNIT[1], "P": KNIT[3], "n": KNIT[0],
    "C": CORA_PAL["h"][0], "c": CORA_PAL["d"][0], "L": CORA_PAL["H"][0],
    "T": CORA_PAL["s"][0], "t": CORA_PAL["t"][0], "p": CORA_PAL["p"][0], "M": CORA_PAL["m"][0],
    "Y": CORA_COAT[2], "y": CORA_COAT[1], "Z": CORA_COAT[3],
    "B": BUTTON["dark"], "b": BUTTON["rim"],
}
# each figure from its top-left corner on the canvas; the later ones are in front
PORTRAIT_FIGURES = (
    ((2, 1), [  # the Other Mother, her bun and her red dress, a grey blouse at the neck
        "....KKK.....",
        "...KkkKK....",
        "...KKKKK....",
        ".KKKKKKKKK..",
        ".KkKKKKKKK..",
        ".KKSSSSSKK..",
        ".KSSSSSSsK..",
        ".KSbBSbBsK..",
        ".KSBBSBBsK..",
        ".KSSSSSSsK..",
        "..SSSSsSs...",
        "..SrrrrrS...",
        "...sSSSs....",
        "....sSs.....",
        "..EEDwDDd...",
        ".EEDDwDDDd..",
        "EEDDDwDDDdd.",
        "EDDDDwDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
        "EDDDDDDDDdd.",
    ]),
    ((21, 3), [  # the Other Father, combed chestnut hair, his orange cardigan
        "..HHHHHH...",
        ".HHhhhhHH..",
        "HHhHHHHHHH.",
        "HHFFFFFFHH.",
        "HFFFFFFFFH.",
        "HFbBFFbBfH.",
        ".FBBFFBBf..",
        ".FFFFFFFf..",
        ".FFFffFFf..",
        ".FmmmmmmF..",
        "..fFFFFf...",
        "...fFFf....",
        ".PPOOwOOo..",
        "PPOOOwOOOoo",
        "POOOOwOOOoo",
        "POOOnOnOOoo",
        "POOOOOOOOoo",
        "POOOOnOOOoo",
        "POOOOOOOOoo",
        "POOOOnOOOoo",
        "POOOOOOOOoo",
        "POOOOOOOOoo",
        "POOOOOOOOoo",
        "POOOOOOOOoo",
        "POOOOOOOOoo",
        "POOOOOOOOoo",
        "POOOOOOOOoo",
    ]),
    ((11, 11), [  # Coraline between them, in her yellow coat, buttons for eyes
        "...CCCCC....",
        "..CLLCCCCC..",
        ".CLCCCCCCpC.",
        ".CCCCCCCCCC.",
        ".CCTTTTTTCC.",
        ".CTTTTTTTtC.",
        ".CTbBTTbBtC.",
        ".CTBBTTBBtC.",
        ".CTTTTTTTtC.",
        ".cCTTMMTTCc.",
        "..cTTTTTTc..",
        ".....tt.....",
        "..ZYYYYYYy..",
        ".ZYYYYYYYYy.",
        "ZZYYYyYYYYyy",
        "ZYYYYYYYYYyy",
        "ZYYYYyYYYYyy",
        "ZYYYYYYYYYyy",
        "ZYYYYyYYYYyy",
    ]),
)


def portrait(s: pygame.Surface) -> None:
    """A gilt-framed family portrait, painted on a teal ground lit from the upper left."""
    w, h = s.get_size()
    cw, ch = w - 8, h - 8
    # the painted ground: teal, lightest behind the heads at the upper left
    for yy in range(ch):
        for xx in range(cw):
            t = 0.62 - 0.5 * yy / ch - 0.25 * xx / cw
            px(s, 4 + xx, 4 + yy, dither_pick(TURQ[:3], t, 4 + xx, 4 + yy))
    for (u0, v0), rows in PORTRAIT_FIGURES:
        for v, row in enumerate(rows):
            for u, c in enumerate(row):
                if c != "." and 0 <= u0 + u < cw and 0 <= v0 + v < ch:
                    px(s, 4 + u0 + u, 4 + v0 + v, PORTRAIT_PAINT[c])
    # her long white hand resting on Coraline's shoulder
    for u, v in ((12, 23), (13, 23), (14, 23), (15, 23), (13, 24), (15, 24)):
        px(s, 4 + u, 4 + v, PORTRAIT_PAINT["S"])
    px(s, 4 + 11, 4 + 23, PORTRAIT_PAINT["s"])
    # the gilt frame: 1 px ink, then three bands lit on the top and left
    frame(s, INK, 0, 0, w, h)
    for d, (lit, dark) in enumerate(((GOLD[3], GOLD[1]), (GOLD[4], GOLD[2]), (GOLD[2], GOLD[0])),
                                    start=1):
        hline(s, lit, d, w - 1 - d, d)
        vline(s, lit, d, d, h - 1 - d)
        hline(s, dark, d + 1, w - 1 - d, h - 1 - d)
        vline(s, dark, w - 1 - d, d + 1, h - 1 - d)
    for fx, fy in ((2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3)):  # corner rosettes
        px(s, fx, fy, GOLD[4])
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            px(s, fx + dx, fy + dy, GOLD[1])
    # a gilt bow at the top of the frame
    bx = w // 2
    for dx, dy in ((-3, 0), (-2, -1), (-2, 1), (-1, 0), (1, 0), (2, -1), (2, 1), (3, 0)):
        px(s, bx + dx, 1 + dy + 1, GOLD[4] if dx < 0 else GOLD[2])
    px(s, bx, 2, GOLD[4])
    frame(s, INK, bx - 1, 1, 3, 3)


def doll_shelf(s: pygame.Surface) -> None:
    """A white shelf with a scalloped edge, out of a child's reach, and on it three rag dolls
    from long ago, sitting with their legs over the edge: a girl with plaits in a pinafore, a
    boy in a cap and waistcoat, a girl in a bonnet and a long plum dress. All button-eyed. At
    the end, an empty brass doll stand."""
    w, h = s.get_size()
    top = h - 10  # the shelf's top surface
    block(s, 1, top, w - 2, 3, WHITE, INK, light=3)
    for xx in range(2, w - 2):  # a scalloped valance under the front edge
        if (xx // 3) % 2 == 0:
            px(s, xx, top + 3, WHITE[2])
            px(s, xx, top + 4, INK)
        else:
            px(s, xx, top + 3, INK)
    for bx in (7, w - 9):  # brackets
        for k in range(5):
            hline(s, WHITE[1], bx, bx + 4 - k, top + 3 + k)
            px(s, bx - 1, top + 3 + k, INK)
            px(s, bx + 5 - k, top + 3 + k, INK)
        hline(s, INK, bx - 1, bx, top + 8)
    for x, draw in ((9, _doll_plaits), (21, _doll_cap), (33, _doll_bonnet)):
        one = surf(12, 18)
        draw(one)
        outline(one, INK)
        s.blit(one, (x - 6, top - 13))
    # the empty stand: a brass foot, a rod, a cradle for a doll's waist
    sx = 46
    stand = surf(9, 12)
    hline(stand, GOLD[2], 1, 7, 10)
    hline(stand, GOLD[3], 2, 6, 9)
    px(stand, 2, 9, GOLD[4])
    vline(stand, GOLD[2], 4, 3, 8)
    vline(stand, GOLD[3], 3, 3, 8)
    for dx, dy in ((-2, 0), (-2, 1), (-1, 2), (0, 2), (1, 2), (2, 1), (2, 0)):
        px(stand, 4 + dx, 1 + dy, GOLD[3] if dx <= 0 else GOLD[2])
    outline(stand, INK)
    s.blit(stand, (sx - 4, top - 11))


def _doll_face(s: pygame.Surface, cx: int, y: int, skin: tuple) -> None:
    """A 5 px cloth face with two button eyes and a stitched mouth."""
    rect(s, skin, cx - 2, y, 5, 5)
    px(s, cx - 1, y + 2, BUTTON["dark"])
    px(s, cx + 1, y + 2, BUTTON["dark"])
    px(s, cx, y + 4, PINK[1])


DOLL_SKIN = (246, 214, 190)


def _doll_legs(s: pygame.Surface, cx: int, sock: tuple, shoe: tuple) -> None:
    for lx in (cx - 1, cx + 1):
        vline(s, sock, lx, 13, 15)
        px(s, lx, 16, shoe)


def _doll_plaits(s: pygame.Surface) -> None:
    cx = 6
    hair = DAD_HAIR
    rect(s, hair[1], cx - 3, 1, 7, 3)
    _doll_face(s, cx, 3, DOLL_SKIN)
    hline(s, hair[2], cx - 2, cx, 1)
    for side in (-1, 1):  # the plaits, tied with turquoise
        vline(s, hair[1], cx + side * 3, 3, 7)
        px(s, cx + side * 3, 8, TURQ[2])
    rect(s, (44, 84, 170), cx - 3, 8, 7, 5)  # a blue dress
    rect(s, CREAM[4], cx - 1, 8, 3, 5)  # the pinafore
    px(s, cx - 2, 8, CREAM[4])
    px(s, cx + 2, 8, CREAM[4])
    _doll_legs(s, cx, CREAM[4], (30, 24, 40))


def _doll_cap(s: pygame.Surface) -> None:
    cx = 6
    rect(s, (86, 80, 74), cx - 3, 1, 7, 2)  # the flat cap, its peak out to the left
    px(s, cx - 4, 2, (86, 80, 74))
    hline(s, (118, 110, 100), cx - 2, cx + 1, 1)
    _doll_face(s, cx, 3, DOLL_SKIN)
    rect(s, CREAM[4], cx - 3, 8, 7, 5)  # shirt
    rect(s, (120, 70, 40), cx - 3, 9, 2, 4)  # waistcoat
    rect(s, (120, 70, 40), cx + 2, 9, 2, 4)
    px(s, cx, 8, (150, 40, 50))  # a bow tie
    _doll_legs(s, cx, (60, 56, 70), (30, 24, 40))


def _doll_bonnet(s: pygame.Surface) -> None:
    cx = 6
    bonnet = OTHER["fabric"]
    rect(s, bonnet[3], cx - 3, 1, 7, 3)  # the bonnet, a frill round the face
    vline(s, bonnet[3], cx - 3, 3, 6)
    vline(s, bonnet[2], cx + 3, 3, 6)
    hline(s, bonnet[4], cx - 2, cx + 1, 1)
    _doll_face(s, cx, 3, DOLL_SKIN)
    plum = OTHER["fabric"]
    rect(s, plum[1], cx - 3, 8, 7, 7)  # a long plum dress down over her knees
    vline(s, plum[2], cx - 3, 8, 14)
    rect(s, CREAM[4], cx - 1, 9, 3, 5)  # apron
    _doll_legs(s, cx, CREAM[4], (30, 24, 40))


def fg(s: pygame.Surface) -> None:
    """A heap of floor cushions close to the viewer and a plush rabbit with button eyes."""
    w, h = s.get_size()
    gold = [GOLD[1], GOLD[2], GOLD[3], GOLD[4], GOLD[4]]
    for cx0, cy0, cw, ch, col in ((20, 34, 50, 26, PINK), (6, 42, 44, 20, TURQ),
                                  (30, 44, 40, 18, gold)):
        pygame.draw.ellipse(s, INK, pygame.Rect(cx0, cy0, cw, ch))
        pygame.draw.ellipse(s, col[2], pygame.Rect(cx0 + 1, cy0 + 1, cw - 2, ch - 2))
        pygame.draw.ellipse(s, col[3], pygame.Rect(cx0 + 5, cy0 + 3, cw // 2, ch // 3))
        px(s, cx0 + cw // 2, cy0 + ch // 2, col[0])
    # the rabbit, sitting on top
    rx, ry = 36, 14
    ellipse(s, INK, rx - 9, ry + 6, 18, 18)
    ellipse(s, (250, 236, 244), rx - 8, ry + 7, 16, 16)
    ellipse(s, INK, rx - 7, ry - 4, 14, 13)
    ellipse(s, (250, 236, 244), rx - 6, ry - 3, 12, 11)
    for ex in (rx - 5, rx + 1):
        rect(s, INK, ex, ry - 16, 5, 14)
        rect(s, (250, 236, 244), ex + 1, ry - 15, 3, 12)
        vline(s, PINK[3], ex + 2, ry - 13, ry - 6)
    for ex in (rx - 3, rx + 2):  # button eyes, with thread crosses
        px(s, ex, ry + 1, (20, 16, 26))
        px(s, ex + 1, ry + 1, (20, 16, 26))
        px(s, ex, ry + 2, (20, 16, 26))
        px(s, ex + 1, ry + 2, (20, 16, 26))
        px(s, ex, ry + 1, (140, 130, 150))
    px(s, rx, ry + 5, PINK[2])
    hline(s, PINK[1], rx - 1, rx + 1, ry + 6)


def light() -> None:
    """Lamp glow on the nightstand, the dragonflies' glow on the wall, pink dusk from the
    window."""
    win = LAYOUT["other_bedroom_window"]
    gx = win[0] + 18
    gw = win[2] - 36
    ns = LAYOUT["other_bedroom_nightstand"]
    spots = [(ns[0] + 8, ns[1] + 4, 28, 20, (255, 190, 200), 60),
             (ns[0] + 8, ns[1] + 4, 10, 8, (255, 230, 220), 60)]
    for hx, hub_y, arm, hangs in MOBILES:  # the dragonflies glow as they go round
        drop = sum(d for d, _ in hangs) // len(hangs)
        spots.append((hx, hub_y + drop + 2, arm + 22, 22, (200, 220, 240), 36))
    P.light_overlay(
        "other_bedroom_light", ROOM_W, spots=spots,
        shafts=[(gx, gx + gw, win[1] + win[3] - 6, 306, 70, (255, 170, 170), 40)],
        vignette=(60, 16, 40), vig_a=70)


def mobiles_strip() -> None:
    """The spin strip: the frames side by side, the room's light overlay baked in (the
    still mobiles were drawn under it; the effect is drawn after it)."""
    x0, y0, fw, fh = LAYOUT["other_bedroom_mobiles"]
    lit = pygame.image.load(str(PROPS / "other_bedroom_light.png"))
    strip = surf(fw * MOBILE_FRAMES, fh)
    for i in range(MOBILE_FRAMES):
        one = surf(fw, fh)
        mobiles_frame(one, i / MOBILE_FRAMES)
        bake_light(one, lit, x0, y0)
        strip.blit(one, (i * fw, 0))
    save(strip, PROPS / "other_bedroom_mobiles_spin.png")


def build() -> None:
    for name, draw in (("other_bedroom_room", room), ("other_bedroom_door", door),
                       ("other_bedroom_rug", rug),
                       ("other_bedroom_bed", bed), ("other_bedroom_nightstand", nightstand),
                       ("other_bedroom_window", window), ("other_bedroom_doll", doll),
                       ("other_bedroom_dresser", dresser), ("other_bedroom_toybox", toybox),
                       ("other_bedroom_dollhouse", dollhouse), ("other_bedroom_fg", fg),
                       ("other_bedroom_garland", garland), ("other_bedroom_clock", clock),
                       ("other_bedroom_portrait", portrait), ("other_bedroom_shelf", doll_shelf)):
        make_prop(LAYOUT, name, draw)
    light()
    mobiles_strip()  # after the light: it is baked into the frames


__all__ = ["LAYOUT", "build"]
