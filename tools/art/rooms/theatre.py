"""The Other theatre under the house: velvet, gilt and an audience made entirely of Scotties.

Pictures are assets/props/theatre_*.png, placed by LAYOUT (map pixels, room 640 x 320).
The stage stands at the back behind a gilt proscenium with a button for a keystone; gilt boxes
climb the side walls; four curved rows of seats fill the stalls either side of a centre aisle,
every seat taken by a Scottie dog seen from behind (some with little bat wings, a few turned
round to stare with button eyes). Light comes from the footlights and the stage.
The show (plan step 27) is staged by layers: the curtains open on a painted sea, a sea-nymph
rises from a shell, a star swings on a trapeze (two poses), flowers fly, a spotlight finds
Coraline in the front row. Deterministic: seeded noise only.
"""

from __future__ import annotations

import math

import pygame

from ..base import (
    make_prop, value_noise,
    ASSETS,
    OTHER,
    bayer,
    blend_px,
    dither_pick,
    frame,
    hline,
    lerp,
    px,
    ramp,
    rect,
    rng,
    soft_ellipse,
    surf,
    vgrad,
    vline,
)

PROPS = ASSETS / "props"
INK = OTHER["ink"]
GOLD = OTHER["gold"]
VELVET = ramp("#2a0610", "#4a0c1c", "#6e1426", "#961e32", "#c0303e", "#e85a5a")
DARK = ramp("#0e050b", "#180a14", "#24101e", "#32182a", "#442236", "#5a2e44")
DOG = ramp("#0a080e", "#17131c", "#251f2c", "#383040", "#4e4456", "#6a5c70")
WING = ramp("#1a0c22", "#2c1638", "#44224e", "#5e3268")
WOOD = OTHER["wood"]
SEA = ramp("#0a1a3a", "#0e2c56", "#134270", "#1c5c8a", "#2c7ca4", "#4ca0bc", "#84c8d4")
SKIN = ramp("#8a4a3c", "#c07860", "#e8a488", "#ffd0b4")
PINK = ramp("#6a1840", "#a02860", "#d8488a", "#ff7ab4", "#ffc0dc")
SHELL = ramp("#7a4a5a", "#b07a88", "#e0aab0", "#ffd8d4", "#fff4ee")
AUBURN = ramp("#5a1a10", "#8a2c18", "#b8442a", "#e06a40", "#ff9a68")  # Other Forcible's hair
FOOT = ramp("#b06a20", "#f0a838", "#ffe080", "#fffbe0")

# The room's shape (map pixels).
STAGE_X0, STAGE_X1 = 168, 472  # the proscenium opening
STAGE_TOP = 46
LIP = 184  # front edge of the stage floor (footlights sit on it)
APRON_BOTTOM = 196  # bottom of the stage's front face; the stalls floor below
AISLE_X0, AISLE_X1 = 268, 372  # centre aisle between the two blocks of seats
ROWS = [  # (seat-back top y at the aisle, seat width, head size)
    (226, 22, 15),
    (254, 24, 17),
    (284, 26, 19),
    (316, 29, 21),
]
FREE_SEAT = (0, "left", 0)  # row 1, left block, the seat by the aisle
SEAT_SPOT = (272, 208)  # where Coraline stands to take the seat

LAYOUT: dict[str, tuple[int, int, int, int]] = {
    "theatre_backdrop": (0, 0, 640, 320),
    "theatre_usher": (496, 134, 94, 80),
    "theatre_scottie": (238, 196, 34, 30),
    "theatre_scottie_chewing": (488, 188, 40, 24),
    "theatre_stage_open": (150, 28, 340, 160),
    "theatre_show_dim": (0, 0, 640, 320),
    "theatre_show_nymph": (176, 80, 120, 104),
    "theatre_show_trapeze_a": (300, 40, 170, 124),
    "theatre_show_trapeze_b": (300, 40, 170, 124),
    "theatre_show_throw": (120, 60, 400, 170),
    "theatre_flowers": (176, 168, 292, 22),
    "theatre_show_spot": (200, 0, 160, 232),
}


def _local(name: str, x: int, y: int) -> tuple[int, int]:
    bx, by, _, _ = LAYOUT[name]
    return x - bx, y - by


def stage_glow(x: float, y: float) -> float:
    """How much of the stage's warm light reaches a point of the auditorium (0..1)."""
    dx = (x - 320) / 300
    dy = (y - 190) / 150
    return max(0.0, 1.0 - (dx * dx * 0.8 + dy * dy) ** 0.5)


# =================================================================== pieces
def button_medallion(s: pygame.Surface, cx: int, cy: int, r: int) -> None:
    """A gilt disc with four holes: the house's button, worn as a keystone."""
    pygame.draw.circle(s, INK, (cx, cy), r + 1)
    for yy in range(cy - r, cy + r + 1):
        for xx in range(cx - r, cx + r + 1):
            d = ((xx - cx) ** 2 + (yy - cy) ** 2) ** 0.5
            if d <= r:
                t = 0.85 - 0.5 * ((xx - cx) + (yy - cy)) / (2 * r) - 0.25 * (d / r) ** 4
                px(s, xx, yy, dither_pick(GOLD, t, xx, yy))
    pygame.draw.circle(s, GOLD[1], (cx, cy), max(2, r - 3), 1)
    h = max(1, r // 3)
    for ox, oy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        hx, hy = cx + ox * h, cy + oy * h
        rect(s, INK, hx - 1, hy - 1, 2, 2)
        px(s, hx, hy, GOLD[0])


def velvet_folds(
    s: pygame.Surface,
    x0: int,
    x1: int,
    y0: int,
    y1: int,
    period: float,
    light: float = 0.7,
    seed: str = "velvet",
) -> None:
    """Heavy vertical folds of red velvet, lit from below by the footlights."""
    n = value_noise(seed, 9)
    for yy in range(y0, y1):
        for xx in range(x0, x1):
            ph = (xx - x0) / period * 2 * math.pi + 0.6 * math.sin(yy / 37.0)
            fold = 0.5 + 0.5 * math.sin(ph)
            fold = fold**1.6
            lit = light * (0.55 + 0.45 * (yy - y0) / max(1, y1 - y0))
            t = 0.08 + fold * 0.72 * lit + 0.08 * n(xx, yy * 0.3)
            px(s, xx, yy, dither_pick(VELVET, t, xx, yy))


def gold_fringe(s: pygame.Surface, x0: int, x1: int, y: int, length: int = 5) -> None:
    hline(s, GOLD[1], x0, x1, y)
    hline(s, GOLD[3], x0, x1, y + 1)
    for xx in range(x0, x1 + 1):
        ln = length - (1 if xx % 3 == 1 else 0) - (2 if xx % 7 == 3 else 0)
        vline(s, GOLD[2] if xx % 2 else GOLD[1], xx, y + 2, y + 2 + ln)
        px(s, xx, y + 3 + ln, GOLD[0])


def scottie_head(s: pygame.Surface, x: int, y: int, k: int, pose: str, wings: bool, glow: float) -> None:
    """A Scottie's head over a seat back. (x, y) = bottom centre; k = head height.

    pose: 'back' (watching the stage), 'left' / 'right' (profile), 'stare' (turned round,
    button eyes on the viewer). glow (0..1): how much stage light rims the top.
    Drawn on a scratch surface first, so the rim light follows the silhouette.
    """
    size = k * 4
    t = surf(size, size)
    cx, by = size // 2, size - 4  # (x, y) in scratch coordinates
    col = DOG[2]
    rim = lerp(DOG[4], (255, 160, 100), 0.35 + 0.6 * glow)
    hw = max(5, int(k * 0.45))
    top = by - k
    if wings:
        for side in (-1, 1):
            bx = cx + side * (hw - 2)
            tip = (bx + side * int(k * 1.0), by - int(k * 1.0))
            pts = [
                (bx, by - int(k * 0.3)),
                tip,
                (bx + side * int(k * 1.05), by - int(k * 0.55)),
                (bx + side * int(k * 0.8), by - int(k * 0.5)),
                (bx + side * int(k * 0.85), by - int(k * 0.2)),
                (bx + side * int(k * 0.55), by - int(k * 0.22)),
                (bx + side * int(k * 0.45), by),
                (bx, by),
            ]
            pygame.draw.polygon(t, WING[1], pts)
            pygame.draw.line(t, WING[3], (bx, by - int(k * 0.3)), tip)
            pygame.draw.line(t, WING[2], (bx, by - int(k * 0.3)), pts[3])
            pygame.draw.line(t, WING[2], (bx, by - int(k * 0.3)), pts[5])
    head = surf(size, size)
    if pose in ("back", "stare"):
        # a blocky, furry head with two big upright pointed ears
        sk = top + int(k * 0.4)
        pygame.draw.polygon(
            head,
            col,
            [
                (cx - hw, by),
                (cx - hw, sk + 2),
                (cx - hw + 2, sk),
                (cx + hw - 2, sk),
                (cx + hw, sk + 2),
                (cx + hw, by),
            ],
        )
        for side in (-1, 1):
            ex = cx + side * (hw - 3)
            ew = max(3, int(k * 0.2))
            pygame.draw.polygon(head, col, [(ex - ew, sk + 2), (ex + side * 1, top), (ex + ew, sk + 2)])
        # shaggy cheeks
        for yy in range(sk + 4, by, 2):
            px(head, cx - hw - 1, yy, col)
            px(head, cx + hw + 1, yy + 1, col)
    else:
        d = 1 if pose == "right" else -1
        sk = top + int(k * 0.32)
        pygame.draw.polygon(
            head,
            col,
            [
                (cx - d * hw, by),
                (cx - d * hw, sk + 3),
                (cx - d * (hw - 3), sk),
                (cx + d * int(hw * 0.3), sk),
                (cx + d * (hw + int(k * 0.5)), sk + int(k * 0.22)),
                (cx + d * (hw + int(k * 0.55)), sk + int(k * 0.42)),
                (cx + d * int(hw * 0.5), by),
            ],
        )
        bby = sk + int(k * 0.42)
        for i in range(int(k * 0.55)):
            vline(head, col, cx + d * (hw + int(k * 0.5) - i), bby, bby + 2 + (i % 3))
        ex = cx - d * int(hw * 0.35)
        ew = max(3, int(k * 0.2))
        pygame.draw.polygon(head, col, [(ex - ew, sk + 2), (ex - d, top), (ex + ew, sk + 2)])
    # fur: darker flecks below, the rim light along every top and side edge
    w, h = head.get_size()
    src = head.copy()
    for yy in range(h):
        for xx in range(w):
            if src.get_at((xx, yy)).a == 0:
                continue
            up = yy == 0 or src.get_at((xx, yy - 1)).a == 0
            side = (
                xx == 0 or src.get_at((xx - 1, yy)).a == 0 or xx == w - 1 or src.get_at((xx + 1, yy)).a == 0
            )
            if up:
                head.set_at((xx, yy), rim)
            elif side and yy < by - 3 and bayer(xx, yy) < 0.5:
                head.set_at((xx, yy), lerp(col, rim, 0.5))
            elif (xx * 7 + yy * 13) % 11 == 0 or (yy > top + k * 0.7 and bayer(xx, yy) < 0.4):
                head.set_at((xx, yy), DOG[1])
    if pose == "stare":
        # turned round: a grey beard and two black buttons catching the footlights
        ey = top + int(k * 0.6)
        for side in (-1, 1):
            bx = cx + side * max(2, hw // 2)
            rect(head, (4, 2, 6), bx - 1, ey - 1, 3, 3)
            px(head, bx - 1, ey - 1, (240, 215, 185))
        rect(head, DOG[3], cx - 2, ey + 3, 5, max(2, k // 4))
        px(head, cx, ey + 2, (6, 3, 8))
    elif pose in ("left", "right"):
        d = 1 if pose == "right" else -1
        sk = top + int(k * 0.32)
        px(head, cx + d * int(hw * 0.55), sk + 2, (235, 205, 170))  # button eye
        px(head, cx + d * (hw + int(k * 0.55)), sk + int(k * 0.25), (6, 3, 8))  # nose
    t.blit(head, (0, 0))
    from ..base import outline

    outline(t, INK)
    s.blit(t, (x - cx, y - by))


def seat_back(s: pygame.Surface, x: int, y: int, w: int, h: int, glow: float) -> None:
    """A velvet seat back seen from behind; (x, y) top-left."""
    rect(s, INK, x, y + 2, w, h - 2)
    rect(s, INK, x + 2, y, w - 4, 2)
    for yy in range(y + 1, y + h):
        for xx in range(x + 1, x + w - 1):
            if yy == y + 1 and (xx == x + 1 or xx == x + w - 2):
                continue
            t = 0.12 + 0.45 * glow * (1 - (yy - y) / h) + 0.1 * (1 - abs(xx - x - w / 2) / (w / 2))
            px(s, xx, yy, dither_pick(VELVET[:5], t, xx, yy))
    # the gilt rail on top and a brass seat number
    hline(s, lerp(GOLD[1], GOLD[3], glow), x + 2, x + w - 3, y + 1)
    rect(s, GOLD[1], x + w // 2 - 1, y + h // 2, 3, 2)
    px(s, x + w // 2, y + h // 2, GOLD[3])


def row_y(row: int, x: float) -> int:
    """The seat-back top of a row at x: rows curve round the stage (ends nearer to it)."""
    base = ROWS[row][0]
    dx = abs(x - 320) / 320
    return int(round(base - 10 * dx * dx))


def seats(row: int) -> list[tuple[str, int, int]]:
    """(block, index from the aisle, left x) of every seat in a row."""
    out = []
    w = ROWS[row][1]
    edge = 84 - row * 24
    for block, start, step in (("left", AISLE_X0 - 6 - w, -1), ("right", AISLE_X1 + 6, 1)):
        i = 0
        x = start
        while (block == "left" and x >= edge) or (block == "right" and x + w <= 640 - edge):
            out.append((block, i, x))
            i += 1
            x += step * (w + 2)
    return out


# =================================================================== backdrop
def backdrop(s: pygame.Surface) -> None:
    w, h = s.get_size()
    n = value_noise("theatre-walls", 21)
    # ---- the dark house: walls and ceiling, warmed by the stage glow
    for yy in range(h):
        for xx in range(w):
            g = stage_glow(xx, yy)
            t = 0.05 + 0.55 * g + 0.08 * n(xx, yy)
            px(s, xx, yy, dither_pick(DARK, t, xx, yy))
    # ceiling: a painted sky of dim stars between gilt coffers, a scalloped border below
    r = rng("theatre-ceiling")
    for cxp in range(-20, 660, 64):
        pygame.draw.ellipse(s, GOLD[0], (cxp, -18, 56, 40), 1)
        pygame.draw.ellipse(s, DARK[3], (cxp + 2, -16, 52, 36), 1)
        rect(s, GOLD[1], cxp + 27, 20, 3, 3)
        px(s, cxp + 28, 21, GOLD[3])
    for _ in range(40):
        sx, sy = r.randrange(640), r.randrange(2, 24)
        px(s, sx, sy, lerp(DARK[4], GOLD[2], r.random() * 0.6))
    for xx in range(640):
        sag = int(3 * abs(math.sin(xx / 16 * math.pi)))
        vline(s, DARK[2], xx, 26, 26 + sag)
        px(s, xx, 27 + sag, GOLD[1])
    hline(s, GOLD[0], 0, 639, 30)
    hline(s, GOLD[1], 0, 639, 31)
    hline(s, INK, 0, 639, 32)

    side_walls(s)
    stage(s)
    proscenium(s)
    stalls(s)


def side_walls(s: pygame.Surface) -> None:
    """Two tiers of gilt boxes on each side wall, the door under the lower left one."""
    r = rng("theatre-boxes")
    for side in ("left", "right"):
        for tier, (fy, fh) in enumerate(((70, 14), (124, 14))):
            for col in range(2):
                if side == "left":
                    x0 = 8 + col * 70
                else:
                    x0 = 640 - 8 - 62 - col * 70
                bw = 62
                # the dark box mouth with a red swag curtain
                top = fy - 40
                rect(s, INK, x0 - 1, top - 1, bw + 2, fh + 42)
                for yy in range(top, fy):
                    for xx in range(x0, x0 + bw):
                        t = 0.05 + 0.25 * stage_glow(xx, yy) + 0.25 * (yy - top) / 40
                        px(s, xx, yy, dither_pick(DARK, t, xx, yy))
                # a little shaded sconce at the back of the box, glowing rose
                lx = x0 + bw // 2
                soft_ellipse(s, (255, 150, 110), lx, top + 20, bw * 0.55, 16, 90, 4)
                rect(s, INK, lx - 2, top + 15, 5, 5)
                rect(s, (255, 200, 150), lx - 1, top + 16, 3, 3)
                # swag: a scalloped pelmet of velvet with a gold edge
                for xx in range(x0, x0 + bw):
                    sag = int(5 * math.sin((xx - x0) / bw * math.pi * 2) ** 2) + 4
                    for yy in range(top, top + sag):
                        px(s, xx, yy, dither_pick(VELVET, 0.3 + 0.3 * (yy - top) / sag, xx, yy))
                    px(s, xx, top + sag, GOLD[2])
                # side drapes
                for xx in range(4):
                    vline(s, VELVET[2 - xx // 2], x0 + xx, top, fy - 1)
                    vline(s, VELVET[2 - xx // 2], x0 + bw - 1 - xx, top, fy - 1)
                # Scotties in the box, peering at the stage
                seats_here = 2 if (tier + col) % 2 else 3
                for i in range(seats_here):
                    hx = x0 + 12 + i * (bw - 24) // max(1, seats_here - 1)
                    pose = "right" if side == "left" else "left"
                    if r.random() < 0.3:
                        pose = "back"
                    if tier == 1 and col == 1 and i == 1:
                        pose = "stare"
                    rect(s, INK, hx - 7, fy - 6, 15, 6)
                    rect(s, DOG[1], hx - 6, fy - 5, 13, 5)
                    scottie_head(s, hx, fy - 4, 14, pose, r.random() < 0.35, 0.7)
                # the gilt balcony front: a fat moulding with little buttons
                rect(s, INK, x0 - 2, fy, bw + 4, fh)
                for yy in range(fy + 1, fy + fh - 1):
                    t = 0.9 - (yy - fy) / fh * 0.8
                    for xx in range(x0 - 1, x0 + bw + 1):
                        px(s, xx, yy, dither_pick(GOLD, t * (0.6 + 0.4 * stage_glow(xx, yy + 40)), xx, yy))
                for bx in range(x0 + 6, x0 + bw - 3, 12):
                    rect(s, INK, bx - 2, fy + fh // 2 - 2, 5, 5)
                    rect(s, GOLD[3], bx - 1, fy + fh // 2 - 1, 3, 3)
                    px(s, bx, fy + fh // 2, GOLD[1])
        # gilt pilasters between the boxes
        xs = [4, 74, 144] if side == "left" else [636, 566, 496]
        for x in xs:
            x0 = x - 2
            rect(s, INK, x0 - 1, 24, 6, 174)
            for yy in range(25, 197):
                for xx in range(x0, x0 + 4):
                    px(
                        s,
                        xx,
                        yy,
                        dither_pick(GOLD, 0.25 + 0.1 * (xx - x0) + 0.35 * stage_glow(xx, yy), xx, yy),
                    )
    door(s)
    playbill(s)


def playbill(s: pygame.Surface) -> None:
    """A playbill in a gilt frame by the door: tonight's show, in curly letters."""
    x0, y0, w, h = 92, 148, 30, 40
    rect(s, INK, x0 - 3, y0 - 3, w + 6, h + 6)
    for yy in range(y0 - 2, y0 + h + 2):
        for xx in range(x0 - 2, x0 + w + 2):
            px(s, xx, yy, dither_pick(GOLD, 0.35 + 0.25 * stage_glow(xx, yy), xx, yy))
    vgrad(s, ramp("#e8d4b0", "#d8bc90", "#c0a070"), x0, y0, w, h, 0.0, 1.0)
    frame(s, (120, 60, 40), x0, y0, w, h)
    # a heading, a shell and a star, and lines of tiny print
    for i, xx in enumerate(range(x0 + 4, x0 + w - 4, 3)):
        rect(s, (150, 30, 50), xx, y0 + 4, 2, 3 + (i % 2))
    pygame.draw.circle(s, (60, 110, 150), (x0 + 9, y0 + 16), 4)
    pygame.draw.circle(s, (230, 220, 200), (x0 + 9, y0 + 16), 2)
    for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1), (-2, 0), (2, 0), (0, -2), (0, 2)):
        px(s, x0 + 21 + dx, y0 + 15 + dy, (200, 60, 120))
    for yy in range(y0 + 24, y0 + h - 3, 3):
        for xx in range(x0 + 4, x0 + w - 4):
            if (xx * 7 + yy * 3) % 5:
                px(s, xx, yy, (110, 80, 70))
    rect(s, (150, 30, 50), x0 + 8, y0 + h - 6, w - 16, 2)


def door(s: pygame.Surface) -> None:
    """The little padded door to the basement steps, under the lower left boxes."""
    x0, y0, w, h = 30, 146, 40, 50
    rect(s, INK, x0 - 3, y0 - 4, w + 6, h + 4)
    for yy in range(y0 - 3, y0 + h):
        for xx in range(x0 - 2, x0 + w + 2):
            px(s, xx, yy, dither_pick(GOLD, 0.3 + 0.2 * stage_glow(xx, yy), xx, yy))
    # buttoned, padded leather in oxblood
    for yy in range(y0, y0 + h):
        for xx in range(x0, x0 + w):
            t = 0.2 + 0.18 * math.sin((xx - x0) / 5.0) * math.sin((yy - y0) / 5.0)
            px(s, xx, yy, dither_pick(VELVET[:4], t + 0.15, xx, yy))
    for by in range(y0 + 5, y0 + h - 2, 10):
        for bx in range(x0 + 5 + (by // 10 % 2) * 5, x0 + w - 3, 10):
            px(s, bx, by, GOLD[2])
    vline(s, INK, x0 + w // 2, y0, y0 + h - 1)
    rect(s, GOLD[3], x0 + w // 2 - 4, y0 + 26, 2, 3)
    rect(s, GOLD[3], x0 + w // 2 + 3, y0 + 26, 2, 3)
    # EXIT sign above: a little lit plate
    rect(s, INK, x0 + 6, y0 - 14, 28, 9)
    rect(s, (120, 30, 30), x0 + 7, y0 - 13, 26, 7)
    soft_ellipse(s, (255, 90, 70), x0 + 20, y0 - 10, 22, 10, 60, 3)
    for _i, xx in enumerate(range(x0 + 10, x0 + 31, 6)):
        rect(s, (255, 200, 170), xx, y0 - 12, 3, 5)
        px(s, xx + 1, y0 - 11, (120, 30, 30))


def stage(s: pygame.Surface) -> None:
    """Closed curtains, the valance, the stage floor, footlights and the apron front."""
    # curtains (closed: two halves meeting in the middle with a dark seam)
    velvet_folds(s, STAGE_X0, STAGE_X1, STAGE_TOP, LIP - 6, 13.0, 0.95, "curtain")
    mid = (STAGE_X0 + STAGE_X1) // 2
    vline(s, INK, mid, STAGE_TOP, LIP - 7)
    vline(s, VELVET[0], mid + 1, STAGE_TOP, LIP - 7)
    gold_fringe(s, STAGE_X0, STAGE_X1 - 1, LIP - 12, 4)
    # stage floor planks in front of the curtain
    for yy in range(LIP - 6, LIP):
        for xx in range(STAGE_X0 - 12, STAGE_X1 + 12):
            t = 0.55 + 0.3 * (yy - LIP + 6) / 6 - (0.25 if (xx * 3 + yy // 3) % 29 == 0 else 0)
            px(s, xx, yy, dither_pick(WOOD, t, xx, yy))
    hline(s, WOOD[5], STAGE_X0 - 12, STAGE_X1 + 11, LIP - 6)
    # apron front: dark wood with a gilt rail, lit from above by the spill of the footlights
    rect(s, INK, STAGE_X0 - 22, LIP, STAGE_X1 - STAGE_X0 + 44, APRON_BOTTOM - LIP + 1)
    for yy in range(LIP + 1, APRON_BOTTOM):
        for xx in range(STAGE_X0 - 21, STAGE_X1 + 21):
            t = 0.35 - 0.25 * (yy - LIP) / (APRON_BOTTOM - LIP)
            px(s, xx, yy, dither_pick(WOOD, t, xx, yy))
    hline(s, GOLD[3], STAGE_X0 - 21, STAGE_X1 + 20, LIP + 1)
    hline(s, GOLD[1], STAGE_X0 - 21, STAGE_X1 + 20, LIP + 2)
    for bx in range(STAGE_X0 - 10, STAGE_X1 + 14, 24):
        rect(s, GOLD[1], bx - 2, LIP + 5, 5, 5)
        px(s, bx - 1, LIP + 6, GOLD[3])
        px(s, bx + 1, LIP + 8, GOLD[0])
    # footlights: shell-shaped hoods along the lip, each with its own pool of light
    for fx in range(STAGE_X0 + 6, STAGE_X1 - 4, 22):
        if abs(fx - 320) < 14:
            continue
        soft_ellipse(s, (255, 210, 120), fx, LIP - 14, 14, 16, 70, 4)
    for fx in range(STAGE_X0 + 6, STAGE_X1 - 4, 22):
        if abs(fx - 320) < 14:
            continue
        pygame.draw.ellipse(s, INK, (fx - 5, LIP - 5, 11, 7))
        pygame.draw.ellipse(s, GOLD[2], (fx - 4, LIP - 4, 9, 5))
        rect(s, FOOT[3], fx - 2, LIP - 4, 5, 2)
        px(s, fx, LIP - 5, (255, 255, 255))
        for i in range(-3, 4, 2):
            px(s, fx + i, LIP - 1, GOLD[0])
    # the prompter's box: a gilt shell hood in the middle, something inside it watching
    cx = 320
    pygame.draw.ellipse(s, INK, (cx - 13, LIP - 13, 27, 22))
    pygame.draw.ellipse(s, GOLD[2], (cx - 12, LIP - 12, 25, 20))
    for i in range(-10, 11, 4):
        pygame.draw.line(s, GOLD[1], (cx, LIP + 4), (cx + i, LIP - 10))
    pygame.draw.ellipse(s, (8, 4, 8), (cx - 8, LIP - 4, 17, 12))
    rect(s, (8, 4, 8), cx - 9, LIP + 1, 19, 6)
    for ox in (-3, 3):
        px(s, cx + ox, LIP + 1, (210, 200, 190))
        px(s, cx + ox - 1, LIP + 1, (60, 50, 60))
    rect(s, INK, cx - 13, LIP + 6, 27, 2)


def proscenium(s: pygame.Surface) -> None:
    """The gilt frame round the stage: a fat moulding, an arch, a button for a keystone."""
    x0, x1 = STAGE_X0 - 18, STAGE_X1 + 18
    top = 28

    def in_frame(xx: int, yy: int) -> bool:
        if not (x0 <= xx < x1 and top <= yy < LIP):
            return False
        inner = STAGE_X0 <= xx < STAGE_X1 and yy >= STAGE_TOP + arch(xx)
        return not inner

    for yy in range(top, LIP):
        for xx in range(x0, x1):
            if in_frame(xx, yy):
                # the moulding: brighter on its inner lip, shadowed at the outer edge
                d_in = min(abs(xx - STAGE_X0), abs(xx - STAGE_X1 + 1), abs(yy - STAGE_TOP - arch(xx)))
                d_out = min(xx - x0, x1 - 1 - xx, yy - top)
                t = (
                    0.25
                    + 0.5 * max(0, 1 - d_in / 8)
                    + 0.15 * stage_glow(xx, yy)
                    - 0.2 * max(0, 1 - d_out / 3)
                )
                ridge = d_in % 6 == 3
                px(s, xx, yy, dither_pick(GOLD, t + (0.2 if ridge else 0), xx, yy))
    # ink edges
    for yy in range(top, LIP):
        for xx in range(x0 - 1, x1 + 1):
            here = in_frame(xx, yy)
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if here != in_frame(xx + dx, yy + dy) and not here:
                    if yy + dy < LIP:
                        px(s, xx, yy, INK)
                    break
    # the valance: a velvet swag hanging inside the arch
    for xx in range(STAGE_X0, STAGE_X1):
        a = arch(xx)
        low = (
            STAGE_TOP + a + 10 + int(6 * abs(math.sin((xx - STAGE_X0) / (STAGE_X1 - STAGE_X0) * math.pi * 3)))
        )
        for yy in range(STAGE_TOP + a, low):
            px(s, xx, yy, dither_pick(VELVET, 0.35 + 0.35 * (yy - STAGE_TOP - a) / 16, xx, yy))
        px(s, xx, low, GOLD[2])
        px(s, xx, low + 1, GOLD[1] if xx % 2 else GOLD[0])
    # garlands and the button keystone
    button_medallion(s, 320, 36, 11)
    for side in (-1, 1):
        for i in range(40):
            xx = 320 + side * (14 + i * 2.6)
            yy = 34 + 6 * math.sin(i / 40 * math.pi * 2) ** 2
            px(s, int(xx), int(yy), GOLD[3] if i % 3 else GOLD[4])
            px(s, int(xx), int(yy) + 1, GOLD[1])
    # tassels at the top corners of the opening
    for tx in (STAGE_X0 + 3, STAGE_X1 - 4):
        vline(s, GOLD[2], tx, STAGE_TOP + 10, STAGE_TOP + 22)
        rect(s, GOLD[3], tx - 1, STAGE_TOP + 22, 3, 5)
        px(s, tx, STAGE_TOP + 27, GOLD[0])


def arch(xx: int) -> int:
    """How far the top of the opening dips below STAGE_TOP at x (a shallow arch)."""
    t = (xx - STAGE_X0) / (STAGE_X1 - STAGE_X0)
    return int(round(12 * (2 * t - 1) ** 2))


def stalls(s: pygame.Surface) -> None:
    """The stalls floor, the aisles and four curved rows of dog-filled seats."""
    n = value_noise("theatre-carpet", 7)
    # floor: red carpet in the aisles, dark boards under the seats
    for yy in range(APRON_BOTTOM + 1, 320):
        for xx in range(0, 640):
            g = stage_glow(xx, yy)
            in_aisle = AISLE_X0 <= xx < AISLE_X1 or yy < ROWS[0][0] - 12
            if in_aisle:
                t = 0.12 + 0.5 * g + 0.06 * n(xx, yy)
                # a woven border of gold dots along the aisle runner
                if xx in (AISLE_X0 + 3, AISLE_X1 - 4) and yy > ROWS[0][0] - 12 and (yy // 3) % 2:
                    px(s, xx, yy, lerp(GOLD[0], GOLD[2], g))
                    continue
                px(s, xx, yy, dither_pick(VELVET[:5], t, xx, yy))
            else:
                t = 0.05 + 0.3 * g
                px(s, xx, yy, dither_pick(DARK, t, xx, yy))
    # a gilt rail along the edge of the front cross aisle, and the apron's shadow
    for xx in range(STAGE_X0 - 22, STAGE_X1 + 22):
        for yy in range(APRON_BOTTOM + 1, APRON_BOTTOM + 4):
            blend_px(s, xx, yy, (10, 2, 8, 120 - (yy - APRON_BOTTOM) * 30))
    r = rng("theatre-audience")
    # draw far rows first so nearer seat backs overlap the heads behind them
    for row in range(len(ROWS)):
        _, w, k = ROWS[row]
        for block, i, x in seats(row):
            cx = x + w // 2
            y = row_y(row, cx)
            g = stage_glow(cx, y) * 0.9
            if (row, block, i) == FREE_SEAT:
                # the only free seat: drawn empty here; the Scottie sits in a layer above
                seat_empty(s, x, y, w, k, g)
                continue
            roll = r.random()
            pose = "back"
            if roll < 0.12:
                pose = "left"
            elif roll < 0.24:
                pose = "right"
            elif roll < 0.30 and row >= 1:
                pose = "stare"
            wings = r.random() < 0.22
            jitter = r.randrange(-1, 2)
            scottie_head(s, cx + r.randrange(-1, 2), y + 3, k + jitter, pose, wings, g)
            seat_back(s, x, y, w, 22 + row * 2, g)


def seat_empty(s: pygame.Surface, x: int, y: int, w: int, k: int, g: float) -> None:
    """The empty seat: its cushion and a dent in it, visible over the seat back."""
    seat_back(s, x, y, w, 18, g)
    # a folded-down cushion peeping over
    rect(s, INK, x + 2, y - 3, w - 4, 4)
    hline(s, VELVET[3], x + 3, x + w - 4, y - 2)
    hline(s, VELVET[2], x + 3, x + w - 4, y - 1)


# =================================================================== actors & props
def usher(s: pygame.Surface) -> None:
    """The usher: a Scottie on his hind legs in a pillbox hat, holding a little torch."""
    ox, oy = 46, 4
    # torch beam first: a cone from the torch down to a pool on the carpet at his left
    tx, ty = ox - 8, oy + 39
    fx, fy = 14, 75
    ax, ay = fx - tx, fy - ty
    ln = math.hypot(ax, ay)
    for yy in range(ty, 80):
        for xx in range(0, tx + 4):
            u = ((xx - tx) * ax + (yy - ty) * ay) / (ln * ln)
            if not 0 < u <= 1.05:
                continue
            d = abs((xx - tx) * ay - (yy - ty) * ax) / ln
            half = 1.5 + 11 * u
            if d < half and bayer(xx, yy) < 0.6 * (1 - d / half) * (1.1 - 0.4 * u):
                blend_px(s, xx, yy, (255, 236, 170, 120))
    soft_ellipse(s, (255, 230, 160), fx, fy, 15, 4, 150, 3)
    body = surf(94, 80)
    # legs and tail
    rect(body, DOG[1], ox + 8, oy + 56, 6, 16)
    rect(body, DOG[1], ox + 18, oy + 56, 6, 16)
    rect(body, DOG[0], ox + 6, oy + 70, 9, 4)
    rect(body, DOG[0], ox + 17, oy + 70, 9, 4)
    pygame.draw.polygon(
        body, DOG[1], [(ox + 26, oy + 52), (ox + 34, oy + 40), (ox + 35, oy + 43), (ox + 28, oy + 56)]
    )
    # the jacket: bottle green with brass buttons
    pygame.draw.polygon(
        body,
        OTHER["green"][1],
        [(ox + 6, oy + 30), (ox + 26, oy + 30), (ox + 28, oy + 58), (ox + 4, oy + 58)],
    )
    for yy in range(oy + 31, oy + 58):
        px(body, ox + 7, yy, OTHER["green"][2])
        px(body, ox + 26, yy, OTHER["green"][0])
    for by in range(oy + 36, oy + 56, 6):
        px(body, ox + 16, by, GOLD[3])
        px(body, ox + 17, by, GOLD[1])
    hline(body, GOLD[2], ox + 5, ox + 27, oy + 57)
    # head in profile, looking left down the row, with beard and eyebrows
    head = [
        (ox + 10, oy + 32),
        (ox + 10, oy + 16),
        (ox + 14, oy + 12),
        (ox + 22, oy + 12),
        (ox + 24, oy + 18),
        (ox + 24, oy + 32),
    ]
    pygame.draw.polygon(body, DOG[1], head)
    snout = [(ox + 12, oy + 18), (ox - 2, oy + 22), (ox - 3, oy + 27), (ox + 12, oy + 28)]
    pygame.draw.polygon(body, DOG[1], snout)
    for i in range(13):
        vline(body, DOG[1], ox - 1 + i, oy + 27, oy + 30 + (i % 3))
    pygame.draw.polygon(body, DOG[1], [(ox + 18, oy + 14), (ox + 21, oy + 3), (ox + 23, oy + 14)])
    hline(body, DOG[3], ox - 1, ox + 12, oy + 19)
    hline(body, DOG[3], ox + 12, ox + 21, oy + 12)
    px(body, ox - 3, oy + 22, (4, 2, 6))
    # a button eye, catching the light
    rect(body, (6, 3, 8), ox + 8, oy + 17, 3, 3)
    px(body, ox + 8, oy + 17, (230, 210, 180))
    # pillbox hat
    rect(body, VELVET[3], ox + 11, oy + 6, 10, 5)
    hline(body, GOLD[3], ox + 11, ox + 20, oy + 10)
    hline(body, VELVET[4], ox + 12, ox + 19, oy + 6)
    # arm holding the torch out
    pygame.draw.line(body, OTHER["green"][1], (ox + 8, oy + 34), (ox + 1, oy + 40), 4)
    rect(body, (150, 150, 160), ox - 6, oy + 37, 8, 4)
    rect(body, (220, 220, 230), ox - 6, oy + 37, 8, 1)
    rect(body, FOOT[3], ox - 8, oy + 37, 2, 4)
    from ..base import outline

    outline(body, INK)
    s.blit(body, (0, 0))


def free_scottie(s: pygame.Surface) -> None:
    """The Scottie in the only free seat: turned round, hackles up, teeth out, growling."""
    w = ROWS[0][1]
    bx, by, _, _ = LAYOUT["theatre_scottie"]
    x = AISLE_X0 - 6 - w - bx  # the seat's left edge, local
    y = row_y(0, x + bx + w // 2) - by
    k = 16
    cx = x + w // 2
    top = y - k + 6
    body = surf(*LAYOUT["theatre_scottie"][2:])
    col = DOG[1]
    # a bigger, bristling head turned right, towards the aisle
    pygame.draw.polygon(
        body,
        col,
        [
            (cx - 8, y + 6),
            (cx - 8, top + 5),
            (cx - 4, top + 2),
            (cx + 4, top + 2),
            (cx + 13, top + 6),
            (cx + 14, top + 11),
            (cx + 4, y + 6),
        ],
    )
    for i in range(9):
        vline(body, col, cx + 5 + i, top + 10, top + 13 + (i % 3))
    pygame.draw.polygon(body, col, [(cx - 7, top + 4), (cx - 5, top - 6), (cx - 2, top + 3)])
    pygame.draw.polygon(body, col, [(cx - 2, top + 3), (cx + 1, top - 5), (cx + 3, top + 3)])
    for xx in range(cx - 8, cx + 4, 2):  # hackles
        px(body, xx, top + 1, col)
    # bared teeth and a red gum
    hline(body, (150, 30, 40), cx + 6, cx + 13, top + 9)
    for xx in range(cx + 6, cx + 14, 2):
        px(body, xx, top + 8, (240, 230, 210))
        px(body, xx + 1, top + 10, (240, 230, 210))
    # glaring button eye
    rect(body, (4, 2, 6), cx + 3, top + 4, 3, 3)
    px(body, cx + 3, top + 4, (255, 220, 200))
    px(body, cx + 14, top + 6, (4, 2, 6))
    hline(body, DOG[4], cx - 3, cx + 11, top + 3)
    pygame.draw.line(body, DOG[3], (cx + 4, top + 2), (cx + 13, top + 6))
    from ..base import outline

    outline(body, INK)
    s.blit(body, (0, 0))
    # the seat back in front of it, and growl lines
    seat_back(s, x, y, w, 18, stage_glow(cx + bx, y + by) * 0.9)
    for i, (gx, gy) in enumerate(((cx + 17, top + 4), (cx + 19, top + 9), (cx + 17, top + 14))):
        hline(s, (255, 220, 190) if i != 1 else (220, 180, 160), gx, gx + 2 + (i % 2), gy)


def chewing_scottie(s: pygame.Surface) -> None:
    """The same dog, lying happily on the carpet by the usher with the taffy in its jaws."""
    body = surf(*LAYOUT["theatre_scottie_chewing"][2:])
    col = DOG[1]
    # long low body lying down, facing left, tail up and wagging
    rect(body, col, 12, 10, 20, 9)
    pygame.draw.ellipse(body, col, (10, 9, 24, 12))
    rect(body, col, 6, 17, 6, 3)
    rect(body, col, 28, 17, 6, 3)
    pygame.draw.polygon(body, col, [(31, 11), (37, 3), (38, 5), (33, 13)])
    # head resting on the paws
    pygame.draw.polygon(body, col, [(4, 8), (14, 6), (16, 16), (2, 17), (0, 14)])
    pygame.draw.polygon(body, col, [(10, 7), (12, 1), (14, 7)])
    hline(body, DOG[3], 4, 13, 7)
    hline(body, DOG[3], 14, 30, 9)
    # the taffy: a pink twist in its mouth
    rect(body, PINK[3], 0, 14, 5, 3)
    px(body, 1, 15, PINK[4])
    px(body, 3, 15, PINK[2])
    # eye shut in bliss
    hline(body, (140, 120, 140), 7, 9, 10)
    from ..base import outline

    outline(body, INK)
    soft_ellipse(s, (10, 2, 8), 20, 20, 20, 4, 120, 3)
    s.blit(body, (0, 0))
    # munch marks
    for mx, my in ((0, 8), (2, 5)):
        px(s, mx, my, (255, 220, 190))


# =================================================================== the show
def stage_open(s: pygame.Surface) -> None:
    """Curtains drawn back on a painted sea: wave flats, a paper moon, stars on wires."""
    ox, oy = LAYOUT["theatre_stage_open"][:2]
    n = value_noise("stage-sea", 11)
    x0, x1 = STAGE_X0 - ox, STAGE_X1 - ox
    top, bottom = STAGE_TOP - oy, LIP - 6 - oy
    # the painted sky-cloth: night-sea blues, a wash of moonlight
    for yy in range(top, bottom):
        for xx in range(x0, x1):
            if yy < STAGE_TOP + arch(xx + ox) - oy:
                continue
            t = 0.15 + 0.6 * (yy - top) / (bottom - top) + 0.1 * n(xx, yy)
            m = max(0.0, 1 - (((xx - 200) / 60) ** 2 + ((yy - 40) / 40) ** 2) ** 0.5)
            px(s, xx, yy, dither_pick(SEA, min(0.99, t + m * 0.5), xx, yy))
    # stars on wires
    r = rng("stage-stars")
    for _ in range(10):
        sx, sy = r.randrange(x0 + 10, x1 - 10), r.randrange(top + 16, top + 60)
        vline(s, (90, 100, 130), sx, top, sy - 3)
        for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)):
            px(s, sx + dx, sy + dy, GOLD[4] if (dx, dy) == (0, 0) else GOLD[3])
        px(s, sx - 2, sy, GOLD[2])
        px(s, sx + 2, sy, GOLD[2])
    # the paper moon: a crescent on a string, a face in profile with a button eye
    mx, my = 200, 40
    vline(s, (120, 120, 150), mx, top, my - 16)
    pygame.draw.circle(s, INK, (mx, my), 15)
    pygame.draw.circle(s, (250, 238, 200), (mx, my), 14)
    pygame.draw.circle(s, (244, 226, 180), (mx, my), 11)
    pygame.draw.circle(s, INK, (mx + 7, my - 3), 13)
    # repaint what the dark disc covered with the sky
    for yy in range(my - 16, my + 16):
        for xx in range(mx - 6, mx + 22):
            if (xx - mx - 7) ** 2 + (yy - my + 3) ** 2 < 121:
                t = 0.15 + 0.6 * (yy - top) / (bottom - top) + 0.1 * n(xx, yy)
                px(s, xx, yy, dither_pick(SEA, min(0.99, t + 0.5), xx, yy))
    rect(s, INK, mx - 8, my - 2, 3, 3)
    px(s, mx - 8, my - 2, (200, 200, 220))
    # wave flats: three rows of cut-out waves, painted and outlined, nearer = brighter
    for i, (base, amp, per, shade) in enumerate(
        ((bottom - 40, 6, 34, 2), (bottom - 24, 7, 40, 3), (bottom - 10, 8, 46, 4))
    ):
        for xx in range(x0, x1):
            crest = base - amp * abs(math.sin((xx + i * 13) / per * math.pi))
            for yy in range(int(crest), bottom):
                c = SEA[shade] if yy > crest + 2 else SEA[shade + 2]
                px(s, xx, yy, c)
            px(s, xx, int(crest) - 1, INK)
            if int(xx + i * 7) % 9 == 0:
                px(s, xx, int(crest) + 1, (220, 240, 240))
    # the curtains gathered back at the sides with gold cords
    for side in (0, 1):
        cx0 = x0 if side == 0 else x1 - 34
        for yy in range(top, bottom + 6):
            width = 34 - int(16 * math.exp(-(((yy - top - 70) / 18.0) ** 2)))
            xa, xb = (cx0, cx0 + width) if side == 0 else (x1 - width, x1)
            for xx in range(xa, xb):
                ph = (xx - xa) / 6.5 * 2 * math.pi
                fold = (0.5 + 0.5 * math.sin(ph)) ** 1.5
                px(
                    s,
                    xx,
                    yy,
                    dither_pick(VELVET, 0.15 + 0.65 * fold * (0.6 + 0.4 * (yy - top) / 130), xx, yy),
                )
            px(s, xb if side == 0 else xa - 1, yy, INK)
        ty = top + 70
        tx = cx0 + (20 if side == 0 else 14)
        rect(s, INK, tx - 3, ty - 2, 8, 5)
        rect(s, GOLD[3], tx - 2, ty - 1, 6, 3)
        vline(s, GOLD[2], tx + 1, ty + 3, ty + 14)
        rect(s, GOLD[2], tx, ty + 14, 3, 5)
    gold_fringe(s, x0, x1 - 1, bottom - 6 + 0, 3)
    # keep the valance (the backdrop's swag shows through above)
    for xx in range(x0, x1):
        a = arch(xx + ox)
        low = STAGE_TOP + a + 16 - oy
        for yy in range(top, low + 2):
            s.set_at((xx, yy), (0, 0, 0, 0))


def show_dim(s: pygame.Surface) -> None:
    """House lights down: the auditorium sinks into dark; the stage stays bright."""
    for yy in range(320):
        for xx in range(640):
            on_stage = STAGE_X0 - 20 <= xx < STAGE_X1 + 20 and 28 <= yy < APRON_BOTTOM
            if on_stage:
                continue
            d = 0.0
            if STAGE_X0 - 60 <= xx < STAGE_X1 + 60 and yy < APRON_BOTTOM + 40:
                d = 0.4
            a = int(150 * (1 - d))
            if bayer(xx, yy) < 0.85:
                s.set_at((xx, yy), (8, 2, 10, a))
            else:
                s.set_at((xx, yy), (8, 2, 10, a // 2))


def figure_nymph(s: pygame.Surface) -> None:
    """Other Forcible as a sea-nymph, rising from a giant scallop shell: auburn curls, pearls."""
    ox, oy = LAYOUT["theatre_show_nymph"][:2]
    cx, base = 60, 96
    # the shell: open scallop, fanned ribs
    for yy in range(base - 70, base):
        for xx in range(cx - 50, cx + 51):
            dx, dy = (xx - cx) / 50, (base - yy) / 70
            if dx * dx + dy * dy <= 1.0 and dy > 0.05:
                ang = math.atan2(dy, dx)
                rib = 0.5 + 0.5 * math.cos(ang * 18)
                t = 0.25 + 0.5 * rib + 0.2 * dy
                px(s, xx, yy, dither_pick(SHELL, t, xx, yy))
    pygame.draw.ellipse(s, INK, (cx - 51, base - 71, 103, 142), 1)
    rect(s, (0, 0, 0, 0), cx - 52, base, 105, 40)
    # the lower shell, a lip the nymph rises out of
    for yy in range(base - 8, base + 6):
        for xx in range(cx - 44, cx + 45):
            if ((xx - cx) / 44) ** 2 + ((yy - base + 8) / 14) ** 2 <= 1 and yy >= base - 8:
                px(s, xx, yy, dither_pick(SHELL, 0.55 + 0.3 * math.cos((xx - cx) / 3.0), xx, yy))
    hline(s, INK, cx - 44, cx + 44, base - 9)
    # the nymph: gold hair in ringlets, a sea-green gown of sequins, coral fan raised
    body = surf(120, 104)
    GREEN = ramp("#0e4a40", "#16705a", "#24a07a", "#5cd0a0", "#b0f0d0")
    # gown (from the waist down into the shell)
    pygame.draw.polygon(body, GREEN[1], [(cx - 9, 58), (cx + 9, 58), (cx + 14, 92), (cx - 14, 92)])
    for yy in range(58, 92):
        for xx in range(cx - 14, cx + 15):
            if body.get_at((xx, yy)).a and (xx + yy * 2) % 5 == 0:
                px(body, xx, yy, GREEN[3] if (xx + yy) % 3 else GREEN[4])
    # bodice and arms
    rect(body, GREEN[2], cx - 7, 44, 14, 15)
    pygame.draw.line(body, SKIN[2], (cx - 7, 46), (cx - 19, 30), 3)  # raised arm
    pygame.draw.line(body, SKIN[2], (cx + 7, 46), (cx + 16, 56), 3)
    # coral fan
    for a in range(-3, 4):
        pygame.draw.line(body, (255, 110, 100), (cx - 20, 30), (cx - 20 + a * 3, 18 - abs(a)), 1)
    # neck, face, pearls
    rect(body, SKIN[2], cx - 2, 38, 5, 6)
    pygame.draw.ellipse(body, SKIN[2], (cx - 6, 24, 13, 16))
    hline(body, SKIN[3], cx - 4, cx + 3, 26)
    for i, xx in enumerate(range(cx - 6, cx + 7, 2)):
        px(body, xx, 44 + (1 if 2 <= i <= 4 else 0), (255, 250, 240))
    # hair: a great auburn cascade with ringlets
    for yy in range(18, 62):
        spread = 8 + (yy - 18) * 0.35
        for xx in range(int(cx - spread), int(cx + spread) + 1):
            inside_face = abs(xx - cx) < 6 and 26 <= yy < 40
            if inside_face or (abs(xx - cx) < 8 and yy > 40):
                continue
            if yy < 24 or abs(xx - cx) > 5:
                t = 0.45 + 0.35 * math.sin(xx * 1.3 + yy * 0.4)
                px(body, xx, yy, dither_pick(AUBURN, t, xx, yy))
    # shell crown
    for a in range(-2, 3):
        pygame.draw.line(body, SHELL[4], (cx, 22), (cx + a * 3, 15 - (2 - abs(a))), 1)
    # button eyes, rouged cheeks, a red smile
    for ex in (cx - 3, cx + 2):
        rect(body, (10, 4, 12), ex, 30, 2, 2)
        px(body, ex, 30, (255, 255, 255))
    px(body, cx - 4, 34, (240, 120, 130))
    px(body, cx + 4, 34, (240, 120, 130))
    hline(body, (200, 30, 60), cx - 2, cx + 2, 36)
    from ..base import outline

    outline(body, INK)
    s.blit(body, (0, 0))
    # pearls spilling over the lip
    for i in range(9):
        px(s, cx - 30 + i * 7, base - 7 + (i % 2), (255, 250, 240))


def figure_trapeze(s: pygame.Surface, swing: float) -> None:
    """Other Spink as a star on a trapeze hung from the flies; swing in radians."""
    w, h = s.get_size()
    pivot = (92, 0)
    length = 84
    ang = swing
    bx = pivot[0] + math.sin(ang) * length
    by = pivot[1] + math.cos(ang) * length
    # ropes and the bar
    perp = (math.cos(ang), -math.sin(ang))
    half = 10
    a = (bx - perp[0] * half, by - perp[1] * half)
    b = (bx + perp[0] * half, by + perp[1] * half)
    pygame.draw.line(s, (200, 190, 170), (pivot[0] - half, 0), a)
    pygame.draw.line(s, (200, 190, 170), (pivot[0] + half, 0), b)
    pygame.draw.line(s, INK, a, b, 3)
    pygame.draw.line(s, GOLD[3], a, b, 1)
    # the figure hangs from the bar by her knees: legs up, arms flung out, sparkling pink
    body = surf(w, h)
    down = (math.sin(ang), math.cos(ang))

    def at(d: float, p: float) -> tuple[int, int]:
        return (int(bx + down[0] * d + perp[0] * p), int(by + down[1] * d + perp[1] * p))

    # legs over the bar
    pygame.draw.line(body, PINK[4], at(-4, -3), at(3, -3), 3)
    pygame.draw.line(body, PINK[4], at(-4, 3), at(3, 3), 3)
    # the body hanging below the bar
    pygame.draw.polygon(body, PINK[2], [at(3, -5), at(3, 5), at(22, 4), at(22, -4)])
    # arms outstretched in a V
    pygame.draw.line(body, SKIN[2], at(18, -4), at(30, -14), 2)
    pygame.draw.line(body, SKIN[2], at(18, 4), at(30, 14), 2)
    # head (upside down), with long dark hair falling
    hx, hy = at(27, 0)
    pygame.draw.circle(body, SKIN[2], (hx, hy), 5)
    for i in range(-4, 5, 2):
        p0 = at(29, i)
        p1 = at(40 + abs(i), i * 1.5)
        pygame.draw.line(body, (60, 24, 40), p0, p1, 2)
    # a star on her brow
    sx, sy = at(31, 0)
    for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)):
        px(body, sx + dx, sy + dy, GOLD[4])
    from ..base import outline

    outline(body, INK)
    # sequins sparkle
    r = rng(f"spangles-{swing:.2f}")
    for _ in range(14):
        d, p = r.uniform(4, 22), r.uniform(-4, 4)
        x, y = at(d, p)
        if body.get_at((x, y)).a and body.get_at((x, y))[:3] != INK:
            px(body, x, y, (255, 240, 250))
    # button eyes
    ex1, ey1 = at(26, -2)
    ex2, ey2 = at(26, 2)
    px(body, ex1, ey1, (10, 4, 12))
    px(body, ex2, ey2, (10, 4, 12))
    s.blit(body, (0, 0))
    # a spotlight halo where she flies
    halo = surf(w, h)
    soft_ellipse(halo, (255, 230, 250), hx, hy - 8, 26, 26, 50, 3)
    halo.blit(s, (0, 0))
    s.blit(halo, (0, 0))


def show_throw(s: pygame.Surface) -> None:
    """Flowers flying from the audience to the stage, each on its arc."""
    r = rng("show-throw")
    cols = [(255, 90, 110), (255, 210, 90), (250, 250, 240), (230, 120, 220), (255, 150, 60)]
    for i in range(22):
        x = r.randrange(20, 380)
        y = r.randrange(20, 150)
        c = cols[i % len(cols)]
        # a little tail of motion
        for k in range(1, 5):
            if bayer(x + k * 2, y + k) < 0.5:
                px(s, x + k * 2 * (1 if x < 200 else -1), y + k * 2, (255, 240, 220, 120))
        pygame.draw.line(s, OTHER["green"][2], (x, y), (x + r.choice((-3, 3)), y + 4))
        for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)):
            px(s, x + dx, y + dy, c)
        px(s, x, y, (255, 255, 200))
        px(s, x + 1, y - 1, INK)


def stage_flowers(s: pygame.Surface) -> None:
    """Bouquets and loose blooms on the stage floor and the footlights, after the show."""
    r = rng("stage-flowers")
    cols = [(255, 90, 110), (255, 210, 90), (250, 250, 240), (230, 120, 220), (255, 150, 60)]
    w, h = s.get_size()
    for _i in range(34):
        x = r.randrange(4, w - 4)
        y = r.randrange(6, h - 6)
        c = cols[r.randrange(len(cols))]
        pygame.draw.line(s, OTHER["green"][1], (x, y), (x + r.choice((-4, 4)), y + 2))
        for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)):
            px(s, x + dx, y + dy, c)
        px(s, x, y, (255, 255, 210))
    # two proper bouquets in paper cones
    for bx in (70, 210):
        pygame.draw.polygon(s, INK, [(bx - 2, 16), (bx + 12, 12), (bx + 3, 20)])
        pygame.draw.polygon(s, (240, 230, 220), [(bx - 1, 16), (bx + 11, 13), (bx + 3, 19)])
        for k in range(6):
            fx, fy = bx + 10 + (k % 3) * 3, 9 + (k // 3) * 3
            c = cols[k % len(cols)]
            rect(s, INK, fx - 1, fy - 1, 3, 3)
            px(s, fx, fy, c)


def show_spot(s: pygame.Surface) -> None:
    """A follow-spot from the gods, landing on Coraline in the front row."""
    ox, oy = LAYOUT["theatre_show_spot"][:2]
    tx, ty = SEAT_SPOT[0] - ox, SEAT_SPOT[1] - oy
    src = (140, 0)
    w, h = s.get_size()
    for yy in range(h):
        t = yy / ty if ty else 1
        cxb = src[0] + (tx - src[0]) * t
        half = 4 + 24 * t
        for xx in range(w):
            d = abs(xx - cxb) / half
            if d < 1 and yy <= ty + 6:
                a = int(70 * (1 - d * d) * (0.5 + 0.5 * t))
                if bayer(xx, yy) < 0.9:
                    s.set_at((xx, yy), (255, 244, 210, a))
    soft_ellipse(s, (255, 244, 210), tx, ty, 28, 8, 140, 4)


# =================================================================== build
def build() -> None:
    make_prop(LAYOUT, "theatre_backdrop", backdrop)
    make_prop(LAYOUT, "theatre_usher", usher)
    make_prop(LAYOUT, "theatre_scottie", free_scottie)
    make_prop(LAYOUT, "theatre_scottie_chewing", chewing_scottie)
    make_prop(LAYOUT, "theatre_stage_open", stage_open)
    make_prop(LAYOUT, "theatre_show_dim", show_dim)
    make_prop(LAYOUT, "theatre_show_nymph", figure_nymph)
    make_prop(LAYOUT, "theatre_show_trapeze_a", lambda s: figure_trapeze(s, 0.45))
    make_prop(LAYOUT, "theatre_show_trapeze_b", lambda s: figure_trapeze(s, -0.35))
    make_prop(LAYOUT, "theatre_show_throw", show_throw)
    make_prop(LAYOUT, "theatre_flowers", stage_flowers)
    make_prop(LAYOUT, "theatre_show_spot", show_spot)
