"""Character sprite sheets: Coraline, Mother, Other Mother (derived from Mother), the cat,
Father, Other Father (derived from Father), Wybie and Other Wybie (derived from Wybie).
The neighbours, their Others, the ghost children and the mouse live in cast.py (build() calls it).

Sheet contract (the engine relies on it): frames 32x64, feet anchor (16, 62), sheet 256x192.
Rows: 0 facing down (front), 1 facing up (back), 2 facing right (side; mirrored for left).
Columns: 0-1 idle (breathing), 2-5 walk (contact, passing, contact, passing), 6-7 talk.

Every frame is painted from parts (see character_parts) with a pose; no randomness.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame

from art.base import ASSETS, hexc, save
from art.character_parts import (
    Canvas, Ramp, m_ellipse, m_limb, m_poly, m_rect, m_rows,
)

FW, FH = 32, 64
COLS, ROWS = 8, 3
ANCHOR = (16, 62)
GROUND = 61  # last row of the feet fill; the outline sits on y=62

C = tuple[int, int, int]


# ============================================================== poses
@dataclass(frozen=True)
class Pose:
    upper: int = 0        # head/shoulders offset (breathing, bob)
    hip: int = 0          # hip offset (walk bob)
    lift: tuple[int, int] = (0, 0)   # front/back view: foot lift (left, right on screen)
    step: tuple[int, int] = (0, 0)   # side view: (near foot x offset, far foot x offset)
    slift: tuple[int, int] = (0, 0)  # side view: (near lift, far lift)
    arm: tuple[int, int] = (0, 0)    # front: (left, right) swing; side: (near, far); +1 forward
    mouth: bool = False
    tail: int = 0         # cat: tail flick phase


IDLE = [Pose(), Pose(upper=-1)]
WALK_FRONT = [
    Pose(lift=(0, 1), arm=(-1, 1)),
    Pose(upper=-1, hip=-1, lift=(0, 3), arm=(0, 0)),
    Pose(lift=(1, 0), arm=(1, -1)),
    Pose(upper=-1, hip=-1, lift=(3, 0), arm=(0, 0)),
]
WALK_SIDE = [
    Pose(step=(4, -4), arm=(-1, 1)),
    Pose(upper=-1, hip=-1, step=(0, 0), slift=(0, 3), arm=(0, 0)),
    Pose(step=(-4, 4), arm=(1, -1)),
    Pose(upper=-1, hip=-1, step=(0, 0), slift=(3, 0), arm=(0, 0)),
]
TALK = [Pose(), Pose(mouth=True)]


def poses_for(row: int) -> list[Pose]:
    walk = WALK_SIDE if row == 2 else WALK_FRONT
    talk = TALK if row != 1 else IDLE
    return IDLE + walk + talk


# ============================================================== people
@dataclass
class Person:
    name: str
    pal: dict[str, tuple[C, C]]                     # template letters -> (colour, outline)
    heads: dict[str, list[str]]                     # front / side / back templates
    head_at: dict[str, tuple[int, int]]             # template top-left per facing
    eyes_front: tuple[tuple[int, int], tuple[int, int]]  # template-relative eye points
    eye_side: tuple[int, int]
    mouth: dict[str, tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]]
    ramps: dict[str, Ramp]
    body: dict[str, Any] = field(default_factory=dict)
    # optional painters for the clothes' details (front/back and side), and the cuffs
    front_details: Callable[..., None] | None = None
    side_details: Callable[..., None] | None = None
    # an optional painter for what is worn over the arms (a shawl), called after the arms and
    # before the head as wrap(cv, person, pose, shoulder_y, hem_y, view), view front/back/side
    wrap: Callable[..., None] | None = None


def _pal(**kw: tuple[str, str]) -> dict[str, tuple[C, C]]:
    return {k: (hexc(v[0]), hexc(v[1])) for k, v in kw.items()}  # type: ignore[misc]


# ---------------------------------------------------------------- Coraline
CORA_HAIR_LINE = "#101846"
CORA_SKIN_LINE = "#5e2e2a"
CORA_PAL = _pal(
    k=("#172566", CORA_HAIR_LINE), d=("#22399a", CORA_HAIR_LINE), h=("#2f55cc", CORA_HAIR_LINE),
    H=("#4a80f0", CORA_HAIR_LINE), L=("#94c0ff", CORA_HAIR_LINE),
    t=("#d8957e", CORA_SKIN_LINE), s=("#f4c6a6", CORA_SKIN_LINE), S=("#ffe2c8", CORA_SKIN_LINE),
    c=("#f49a8c", CORA_SKIN_LINE), e=("#2a1420", CORA_SKIN_LINE), w=("#ffffff", CORA_SKIN_LINE),
    m=("#8e3438", CORA_SKIN_LINE), r=("#d8606a", CORA_SKIN_LINE),
    p=("#ff4fa8", CORA_HAIR_LINE), q=("#c8f6ff", CORA_HAIR_LINE),
)

CORA_FRONT = [
    "....hhhhhhhhh....",
    "..hhHHHHHhhhhhh..",
    ".hHHLLLHHhhhhhhd.",
    ".hHLLHHHhhhhhqpq.",
    "hHHLHHhhhhhhhhpdd",
    "hHHHhhhhhhhhhqpqd",
    "hHHhhhhhhhhhhhhdd",
    "hHhhkhhhhkhhhkhdd",
    "hhhSShhhSshhsshdd",
    "hhSSSSSsssssssskd",
    "hhSSswesssweSstdd",
    "hhSSseessseesstdd",
    "hhSScssssssscttdd",
    ".hdSsssstmtsstdd.",
    "..ddSssssssstdd..",
    "....tssssssst....",
    "......ttttt......",
]

CORA_SIDE = [
    "....hhhhhhhh.....",
    "..hhHHHHHhhhh....",
    ".hHHLLLHHhhhhhh..",
    "hHHLLHHHhhhhhhhh.",
    "hHLHHHhhhqpqhhhh.",
    "hHHHhhhhhhphhhhh.",
    "hHHhhhhhhqpqhhhh.",
    "hHhhhhhhhhhhkhhk.",
    "hhhhhhhhhhhhSshs.",
    "hhhhhhhhhdSSSSss.",
    "hhhhhhhhhdSSSwes.",
    "hhhhhhhhhdSSseess",
    "dhhhhhhhhdSScssss",
    "dhhhhhhhhdssssst.",
    ".dddhhhhhdtssss..",
    "....dddd.ttsst...",
    "..........ttt....",
]

CORA_BACK = [
    "....hhhhhhhhh....",
    "..hhHHHHHhhhhhh..",
    ".hHHLLLHHhhhhhhd.",
    ".qpqHHHHhhhhhhhd.",
    "hdpHHHhhhhhhhhhdd",
    "hqpqhhhhhhhhhhhdd",
    "hHhhhhhhhhhhhhhdd",
    "hHhhhhhhhhhhhhhdd",
    "hHhhhhhhhhhhhhhdd",
    "hhhhhhhhhhhhhhhdd",
    "hhhhhhhhhhhhhhddd",
    "hhhhhhhhhhhhhhddd",
    "hhhhhhhhhhhhhhddd",
    ".hhhdhhhhhdhhhdd.",
    "..dhdhdhdhdhdhd..",
    "......ttttt......",
    "......ttttt......",
]

CORALINE = Person(
    name="coraline",
    pal=CORA_PAL,
    heads={"front": CORA_FRONT, "side": CORA_SIDE, "back": CORA_BACK},
    head_at={"front": (8, 14), "side": (7, 14), "back": (8, 14)},
    eyes_front=((5, 10), (10, 10)),
    eye_side=(13, 10),
    mouth={
        "front": ([(7, 13, "t"), (8, 13, "m"), (9, 13, "t")],
                  [(7, 13, "m"), (8, 13, "m"), (9, 13, "m"), (8, 14, "r"), (7, 14, "m"), (9, 14, "m")]),
        "side": ([(15, 13, "m")], [(15, 13, "m"), (14, 13, "m"), (15, 14, "r"), (16, 13, ".")]),
    },
    ramps={
        "coat": Ramp.of("#5e3a06", "#a86e12", "#dc9e1c", "#f8c830", "#fff07a"),
        "coat_far": Ramp.of("#5e3a06", "#8a5a10", "#b47e16", "#d09a1e"),
        "legs": Ramp.of("#0c1024", "#1a2140", "#283460", "#3a4a80"),
        "legs_far": Ramp.of("#0c1024", "#141a34", "#1e2850", "#283460"),
        "boots": Ramp.of("#4a0a1c", "#a01a3a", "#da3454", "#ff6e84"),
        "boots_far": Ramp.of("#4a0a1c", "#801430", "#b02844", "#d83c58"),
        "skin": Ramp.of(CORA_SKIN_LINE, "#d8957e", "#f4c6a6", "#ffe2c8"),
    },
    body={"shoulder": 31, "hem": 46, "boot": 6},
)


# ---------------------------------------------------------------- Mother
MOM_HAIR_LINE = "#26140c"
MOM_SKIN_LINE = "#553028"
MOM_PAL = _pal(
    k=("#3a2216", MOM_HAIR_LINE), d=("#523220", MOM_HAIR_LINE), h=("#6c4830", MOM_HAIR_LINE),
    H=("#8a6444", MOM_HAIR_LINE), L=("#aa845c", MOM_HAIR_LINE),
    t=("#c98e7a", MOM_SKIN_LINE), s=("#e9b89e", MOM_SKIN_LINE), S=("#f7d2ba", MOM_SKIN_LINE),
    u=("#d3a096", MOM_SKIN_LINE), e=("#2c1a1a", MOM_SKIN_LINE), w=("#fff4e8", MOM_SKIN_LINE),
    m=("#8a4640", MOM_SKIN_LINE), r=("#c0605c", MOM_SKIN_LINE),
    g=("#6e4a4c", MOM_SKIN_LINE), G=("#cfe4f0", MOM_SKIN_LINE),
)

MOM_FRONT = [
    "........hhhh...",
    ".......hHHhkd..",
    ".......hHhhhd..",
    "....hhhhhkhdhh.",
    "..hhHHHhhhhhhh.",
    ".hHHLHHhhkhhhhd",
    ".hHLHhhhhkhhhhd",
    "hHHhhhhhhSShhhd",
    "hHhhhSSSSSShhdd",
    "hhhSSSSsssssshd",
    "hhSggggsggggstd",
    "hhSgwegggwegstd",
    "hdSSuusssuusstd",
    "hdSSssstssssstd",
    "hdSSssssssssstd",
    ".dSSssssssssdd.",
    "..dSsstmtsssd..",
    "...tssssssst...",
    ".....ttttt.....",
]

MOM_SIDE = [
    "..hhhh.........",
    ".hHHhkd........",
    ".hHhhhd........",
    "..dhhhhhhh.....",
    "..hhHHHHhhhh...",
    ".hhHLLHHhhhhh..",
    ".hHLHHhhhhhhhh.",
    ".hHHhhhhhhhhhS.",
    ".hhhhhhhhhhSSs.",
    ".hhhhhhhhSSSSs.",
    ".dhhhhhgggSSSg.",
    ".dhhhhhsSSSeSg.",
    ".dhhhhhsSSSuSss",
    "..dhhhhtSssssst",
    "..dhhhtSssssss.",
    "...ddhtsssssm..",
    "....dtsssssst..",
    ".....ttssssst..",
    "......tttt.....",
]

MOM_BACK = [
    "........hhhh...",
    ".......hHHhkd..",
    ".......hHhhhd..",
    "....hhhhkhhdhh.",
    "..hhHHHhkhhhhh.",
    ".hHHLHHhhkhhhhd",
    ".hHLHhhhhkhhhhd",
    "hHHhhhhhhhkhhhd",
    "hHhhhhhhhhkhhdd",
    "hhhhhhhhhhkhhhd",
    "hhhhhhhhhkhhhdd",
    "hhhhhhhhhkhhhdd",
    "hdhhhhhhkhhhhdd",
    "hdhhhhhhhhhhhdd",
    "hdhhhhhhhhhhddd",
    ".dhhdhhhhhdhdd.",
    "..dtttttttttd..",
    "...ttttttttt...",
    ".....ttttt.....",
]

MOTHER = Person(
    name="mother",
    pal=MOM_PAL,
    heads={"front": MOM_FRONT, "side": MOM_SIDE, "back": MOM_BACK},
    head_at={"front": (9, 5), "side": (11, 6), "back": (9, 5)},
    eyes_front=((4, 11), (9, 11)),
    eye_side=(11, 11),
    mouth={
        "front": ([(6, 16, "t"), (7, 16, "m"), (8, 16, "t")],
                  [(6, 16, "m"), (7, 16, "m"), (8, 16, "m"), (7, 17, "r")]),
        "side": ([(12, 15, "m")], [(12, 15, "m"), (11, 15, "m"), (12, 16, "r"), (13, 15, ".")]),
    },
    ramps={
        "coat": Ramp.of("#182616", "#2c4628", "#3e6034", "#567e44", "#74a05c"),
        "coat_far": Ramp.of("#182616", "#24381f", "#31502b", "#3e6034"),
        "top": Ramp.of("#26262c", "#55575f", "#74767e", "#96989e"),
        "legs": Ramp.of("#121218", "#22222c", "#31323f", "#444656"),
        "legs_far": Ramp.of("#121218", "#1a1a22", "#262632", "#31323f"),
        "boots": Ramp.of("#180e0a", "#38221a", "#523426", "#6e4e38"),
        "boots_far": Ramp.of("#180e0a", "#2c1a14", "#3e281e", "#523426"),
        "skin": Ramp.of(MOM_SKIN_LINE, "#c98e7a", "#e9b89e", "#f7d2ba"),
    },
    body={"shoulder": 24, "hem": 45, "boot": 4},
)


# ---------------------------------------------------------------- Father
DAD_HAIR_LINE = "#2a1a0e"
DAD_SKIN_LINE = "#573226"
DAD_PAL = _pal(
    k=("#3c2616", DAD_HAIR_LINE), d=("#54361f", DAD_HAIR_LINE), h=("#70502f", DAD_HAIR_LINE),
    H=("#8e6a42", DAD_HAIR_LINE), L=("#ac8a5e", DAD_HAIR_LINE),
    t=("#c48c74", DAD_SKIN_LINE), s=("#e4b496", DAD_SKIN_LINE), S=("#f4cdb2", DAD_SKIN_LINE),
    u=("#cf9e8e", DAD_SKIN_LINE), e=("#2a1a18", DAD_SKIN_LINE), w=("#fbf1e4", DAD_SKIN_LINE),
    m=("#8c4a3e", DAD_SKIN_LINE), r=("#bc5e56", DAD_SKIN_LINE), b=("#9a6e50", DAD_SKIN_LINE),
    g=("#7a5c54", DAD_SKIN_LINE), G=("#d6e6ee", DAD_SKIN_LINE),
)

DAD_FRONT = [
    "....h.hh..h....",
    "..hhHhHHhhhdh..",
    ".hHHLHHhhhhhhh.",
    ".hHLLHhhhhhhhhd",
    "hHHLHhhhhhhhdhd",
    "hHHhhhhhhhhhhhd",
    "hHhhhhhhhhhdhdd",
    "hhhShhSShhhShdd",
    ".hSSSSSSsssshd.",
    ".hSbbSSsssbbsd.",
    ".tSggggsggggst.",
    ".tSgwegggwegst.",
    ".tSSuusssuusst.",
    "..SSsssttssst..",
    "..SSsssssssst..",
    "...Ssstmtsst...",
    "....tssssst....",
    "......ttt......",
]

DAD_SIDE = [
    "....h.hh.h.....",
    "..hhHhHHhhhh.h.",
    ".hHHLHHhhhhhhh.",
    ".hHLLHhhhhhhhhh",
    "hHHLHhhhhhhhhhh",
    "hHHhhhhhhhhdhhh",
    "hHhhhhhhhhhShhh",
    "hhhhhhhhhSSSSSs",
    "dhhhhhhhSSbbbSs",
    "dhhhhttgggSSSgs",
    ".dhhhttsSSSeSgs",
    ".dhhhtsSSSSuSss",
    "..dhhtSSsssssst",
    "..dhhtSsssssss.",
    "...dhtSsssssm..",
    "....dtssssst...",
    ".....ttssstt...",
    "......ttt......",
]

DAD_BACK = [
    "....h.hh..h....",
    "..hhHhHHhhhdh..",
    ".hHHLHHhhhhhhh.",
    ".hHLLHhhhhhhhhd",
    "hHHLHhhhhhhhhhd",
    "hHHhhhhhhhhhhhd",
    "hHhhhhhhhhhhhdd",
    "hHhhhhhhhhhhhdd",
    "hhhhhhhhhhhhhdd",
    "hhhhhhhhhhhhhdd",
    "thhhhhhhhhhhddt",
    "thhhhhhhhhhhddt",
    ".thdhhhhhhdhdt.",
    "..dhdhhhhdhdd..",
    "...ttttttttt...",
    "...ttttttttt...",
    "....ttttttt....",
    "......ttt......",
]


def _father_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    coat, top, skin = R["coat"], R["top"], R["skin"]
    if not back:
        # the shirt in the cardigan's V, collar points, the cardigan buttoned below
        v = m_rows({sh: (14, 18), sh + 1: (15, 17), sh + 2: (15, 17), sh + 3: (16, 16), sh + 4: (16, 16)})
        cv.paint(v, top)
        cv.put(16, sh, skin[1], skin.line)
        cv.put(15, sh, skin[2], skin.line)
        cv.put(14, sh, top[top.top])
        cv.put(18, sh, top[2])
        for y in range(sh + 1, sh + 5):  # the V's edges, light and shadow
            cv.recolour_px(14 if y - sh < 3 else 15, y, coat[coat.top])
            cv.recolour_px(18 if y - sh < 3 else 17, y, coat[1])
        for y in range(sh + 5, hem - 1):
            cv.recolour_px(16, y, coat[1])
        for y in range(sh + 6, hem - 2, 4):
            cv.recolour_px(16, y, coat[coat.top])  # buttons
        for x in (12, 13, 14):
            cv.recolour_px(x, hem - 6, coat[1])
        for x in (18, 19, 20):
            cv.recolour_px(x, hem - 6, coat[1])
    else:
        for x in range(14, 19):
            cv.put(x, sh, top[2] if x > 14 else top[3], top.line)  # the shirt collar
        for x in range(12, 21):
            cv.recolour_px(x, sh + 1, coat[2])
    for x in range(9, 24):  # ribbed hem band
        cv.recolour_px(x, hem, coat[1])
        cv.recolour_px(x, hem - 1, coat[1] if x % 2 else coat[2])
    # the old sweater sags a little at the pockets
    cv.recolour_px(11, hem - 5, coat[1])
    cv.recolour_px(21, hem - 5, coat[1])


def _father_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    coat, top = R["coat"], R["top"]
    cv.put(19, sh, top[3], top.line)  # shirt collar under the chin
    cv.put(20, sh, top[2], top.line)
    cv.put(20, sh + 1, top[2], top.line)
    for y in range(sh + 2, hem - 1):
        cv.recolour_px(20, y, coat[1])  # the buttoned front edge
    for y in range(sh + 5, hem - 2, 4):
        cv.recolour_px(19, y, coat[coat.top])
    for x in range(11, 22):
        cv.recolour_px(x, hem, coat[1])
        cv.recolour_px(x, hem - 1, coat[1] if x % 2 else coat[2])
    for x in (16, 17, 18):
        cv.recolour_px(x, hem - 6, coat[1])  # pocket


FATHER = Person(
    name="father",
    pal=DAD_PAL,
    heads={"front": DAD_FRONT, "side": DAD_SIDE, "back": DAD_BACK},
    head_at={"front": (9, 3), "side": (12, 4), "back": (9, 3)},
    eyes_front=((4, 11), (9, 11)),
    eye_side=(11, 10),
    mouth={
        "front": ([(6, 15, "t"), (7, 15, "m"), (8, 15, "t")],
                  [(6, 15, "m"), (7, 15, "m"), (8, 15, "m"), (7, 16, "r")]),
        "side": ([(12, 14, "m")], [(12, 14, "m"), (11, 14, "m"), (11, 15, "r")]),
    },
    ramps={
        "coat": Ramp.of("#3e3420", "#6c6244", "#8c8260", "#aaa07a", "#c6bc96"),
        "coat_far": Ramp.of("#3e3420", "#5c5238", "#787050", "#8c8260"),
        "top": Ramp.of("#343a44", "#7c8896", "#9eaab6", "#c4ccd4"),
        "legs": Ramp.of("#1e140c", "#3e2c1e", "#56402c", "#6e563c"),
        "legs_far": Ramp.of("#1e140c", "#33251a", "#46341f", "#56402c"),
        "boots": Ramp.of("#2a0c12", "#5c1e26", "#7e3034", "#a24c44"),
        "boots_far": Ramp.of("#2a0c12", "#4a1820", "#66262c", "#7e3034"),
        "skin": Ramp.of(DAD_SKIN_LINE, "#c48c74", "#e4b496", "#f4cdb2"),
    },
    body={"shoulder": 21, "hem": 41, "boot": 3, "adult": 1, "cuff": 1,
          "front_hw": (3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6),
          "side_spans": ((14, 19), (13, 20), (12, 20), (12, 20), (12, 20), (12, 20), (13, 20)),
          "leg_l": 13, "leg_r": 17, "arm": 16, "arm_l": 10, "arm_r": 21, "arm_side": 16},
    front_details=_father_front,
    side_details=_father_side,
)


# ---------------------------------------------------------------- Wybie
WYB_HAIR_LINE = "#0a0706"
WYB_SKIN_LINE = "#2a140c"
WYB_BAND_LINE = "#0a0a10"
WYB_PAL = _pal(
    k=("#120d0b", WYB_HAIR_LINE), h=("#221814", WYB_HAIR_LINE), H=("#3c2c24", WYB_HAIR_LINE),
    n=("#16161e", WYB_BAND_LINE), b=("#24242e", WYB_BAND_LINE), B=("#363644", WYB_BAND_LINE),
    x=("#d8d2c4", WYB_BAND_LINE),
    o=("#3a2a1c", WYB_BAND_LINE), O=("#b4904a", "#3a2a10"), q=("#3e6a62", "#3a2a10"),
    Q=("#a8e0d0", "#3a2a10"),
    t=("#5e3522", WYB_SKIN_LINE), s=("#80503a", WYB_SKIN_LINE), S=("#9c6648", WYB_SKIN_LINE),
    e=("#140a08", WYB_SKIN_LINE), w=("#f0e6da", WYB_SKIN_LINE),
    m=("#3e1a14", WYB_SKIN_LINE), r=("#a04848", WYB_SKIN_LINE),
)

WYB_FRONT = [
    ".....nbbbn.....",
    "...nbBBxxxbn...",
    "..nbBBxnxnxbn..",
    ".hnBbbbxxxbbnh.",
    "hHnbxbbxbxbbnHh",
    "hoOOOoooooOOOoh",
    "hkOQOoooooOqOkh",
    "hhOOOhHhhHOOOhh",
    "hHSShSSSShsShHh",
    "hSSSkkssskkssth",
    "tSSSwessswesstt",
    "tSSSssssssssstt",
    ".SSSsssttssssh.",
    ".tSSssstmtssst.",
    "..tSssssssst...",
    "....ttsssst....",
    "......ttt......",
]

WYB_SIDE = [
    "....nnbbbn.....",
    "..nbbBBbbbbn...",
    ".nbBBbbbxbxbn..",
    ".nbBbxbbbxbbbn.",
    "hnbbbbbbxbxbbn.",
    "hoooooooooOOOO.",
    "hHhhkhhhhOQqqO.",
    "hhHhhhhkhSOOOSs",
    "hHhhkhhhSSSSSSs",
    "hhHhhhhSSSkkSSs",
    ".hhkttShSSSwess",
    ".hHhtthSSSSSsss.",
    "..hhkhSSsssssst",
    "...hhtSsssssm..",
    "....tSsssssst..",
    ".....ttssst....",
    "......ttt......",
]

WYB_BACK = [
    ".....nbbbn.....",
    "...nbBBbbbbn...",
    "..nbBBbbbbbbn..",
    ".hnBbbbbbbbbnh.",
    "hHnbbbbbbbbbnHh",
    "hooooooonnooooh",
    "hHhhkhHhnbnhHhh",
    "hhhhhhhhhbhhhhh",
    "hHhkhHhhkhhHhkh",
    "hhhhhhhhhhhhhhh",
    "thkhHhhkhhHkhht",
    "thhhhhhhhhhhhht",
    ".hHhkhHhhkhHkh.",
    "..hhhhhhhhhhh..",
    "...hthhthhth...",
    "....ttttttt....",
    "......ttt......",
]


def _wybie_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    coat, zip_ = R["coat"], R["top"]
    if not back:
        # the hood bunched round his neck, a zip, drawstrings, a pouch pocket
        cv.paint(m_rows({sh - 2: (12, 13), sh - 1: (11, 13)}), coat)
        cv.paint(m_rows({sh - 2: (19, 20), sh - 1: (19, 21)}), coat)
        for x in range(12, 21):
            cv.recolour_px(x, sh, coat[3] if x < 16 else coat[2])
        for y in range(sh + 1, hem + 1):
            cv.put(16, y, zip_[2] if y % 2 else zip_[1], zip_.line)
        for y in range(sh + 1, sh + 5):
            cv.put(14, y, zip_[3], zip_.line)
            cv.put(18, y, zip_[2], zip_.line)
        for x in range(13, 20):
            if x != 16:
                cv.recolour_px(x, hem - 6, coat[1])
        for y in range(hem - 5, hem - 1):
            cv.recolour_px(12, y, coat[1])
            cv.recolour_px(20, y, coat[1])
    else:
        hood = m_ellipse(16, sh + 2.5, 5, 3.5) | m_rect(12, sh - 1, 9, 2)
        cv.seam(hood, coat[0], below=True)
        cv.paint(hood, coat, base=coat.top)
        for x in range(13, 20):
            cv.recolour_px(x, sh + 5, coat[0])
        for y in range(sh + 7, hem - 1):
            cv.recolour_px(16, y, coat[1])  # back seam
    for x in range(9, 24):
        cv.recolour_px(x, hem, coat[1])


def _wybie_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    coat, zip_ = R["coat"], R["top"]
    hood = m_rows({sh - 2: (11, 13), sh - 1: (10, 14), sh: (10, 14), sh + 1: (10, 13), sh + 2: (11, 12)})
    cv.seam(hood, coat[0], below=True)
    cv.paint(hood, coat, base=coat.top)
    for y in range(sh + 1, hem + 1):
        cv.recolour_px(19, y, zip_[2] if y % 2 else zip_[1])  # the zip along the front
    for y in range(sh + 1, sh + 5):
        cv.put(20, y, zip_[3], zip_.line)  # drawstring
    for x in range(15, 19):
        cv.recolour_px(x, hem - 6, coat[1])
    for x in range(10, 22):
        cv.recolour_px(x, hem, coat[1])


WYBIE = Person(
    name="wybie",
    pal=WYB_PAL,
    heads={"front": WYB_FRONT, "side": WYB_SIDE, "back": WYB_BACK},
    head_at={"front": (9, 9), "side": (10, 10), "back": (9, 9)},
    eyes_front=((4, 10), (9, 10)),
    eye_side=(12, 10),
    mouth={
        "front": ([(6, 13, "t"), (7, 13, "m"), (8, 13, "t")],
                  [(6, 13, "m"), (7, 13, "m"), (8, 13, "m"), (7, 14, "r")]),
        "side": ([(12, 13, "m")], [(12, 13, "m"), (11, 13, "m"), (12, 14, "r")]),
    },
    ramps={
        "coat": Ramp.of("#0e1812", "#1e2e24", "#2c4032", "#3c5444", "#526e5a"),
        "coat_far": Ramp.of("#0e1812", "#18261e", "#223428", "#2c4032"),
        "top": Ramp.of("#2a2c2e", "#6a6e70", "#909496", "#b8bcbc"),
        "legs": Ramp.of("#08080c", "#18181e", "#24242c", "#32323c"),
        "legs_far": Ramp.of("#08080c", "#121218", "#1c1c24", "#24242c"),
        "boots": Ramp.of("#120a06", "#2c1e14", "#44301e", "#5e4630"),
        "boots_far": Ramp.of("#120a06", "#221810", "#34261a", "#44301e"),
        "skin": Ramp.of(WYB_SKIN_LINE, "#5e3522", "#80503a", "#9c6648"),
    },
    body={"shoulder": 26, "hem": 43, "boot": 6, "adult": 0,
          "front_hw": (4, 5, 5),
          "side_spans": ((13, 18), (12, 19), (11, 19), (11, 19), (11, 19), (11, 19), (12, 19)),
          "legw": 2, "bootw": 4, "leg_l": 13, "leg_r": 18, "arm": 14, "arm_l": 10, "arm_r": 21,
          "arm_side": 15, "toe": 3},
    front_details=_wybie_front,
    side_details=_wybie_side,
)


# ============================================================== drawing a person
def _adult(p: Person) -> bool:
    return p.body.get("adult", p.name != "coraline") != 0


def _dim(p: Person, key: str, adult: int, child: int) -> int:
    """A body measurement: explicit in p.body, else the adult or child default."""
    return p.body.get(key, adult if _adult(p) else child)


def _cuff(cv: Canvas, p: Person, wx: int, wy: int, sw: int) -> None:
    """A ribbed cuff at the wrist (only for people whose body asks for one)."""
    if p.body.get("cuff"):
        ramp = p.ramps["coat"]
        cv.put(wx, wy, ramp[1])
        cv.put(wx + 1, wy, ramp[0])


def _stamp_head(cv: Canvas, p: Person, facing: str, pose: Pose, flip: bool = False) -> None:
    rows = p.heads[facing]
    hx, hy = p.head_at[facing]
    cv.stamp(rows, hx, hy + pose.upper, p.pal, flip=flip)
    if facing in p.mouth:
        closed, opened = p.mouth[facing]
        for mx, my, ch in (opened if pose.mouth else closed):
            x, y = hx + mx, hy + pose.upper + my
            if ch == ".":
                cv.erase({(x, y)})
            else:
                c, line = p.pal[ch]
                cv.put(x, y, c, line)


def _boot_front(cv: Canvas, ramp: Ramp, x: int, bottom: int, h: int, w: int = 3) -> None:
    cv.paint(m_rect(x, bottom - h + 1, w, h), ramp)
    # rubber cuff / shoe top: a light band, a toe highlight
    for i in range(w):
        cv.put(x + i, bottom - h + 1, ramp[ramp.top], ramp.line)
    cv.put(x, bottom - 1, ramp[ramp.top], ramp.line)


def _boot_side(cv: Canvas, ramp: Ramp, x: int, bottom: int, h: int, toe: int = 2) -> None:
    """A boot seen from the side, toe to the right; x = heel."""
    m = m_rect(x, bottom - h + 1, 3, h) | m_rect(x + 3, bottom - 1, toe, 2)
    if h >= 5:
        m |= {(x + 3, bottom - 2)}
        if toe > 2:
            m |= {(x + 4, bottom - 2)}
    cv.paint(m, ramp)
    for i in range(3):
        cv.put(x + i, bottom - h + 1, ramp[ramp.top], ramp.line)
    cv.put(x + 2 + toe, bottom - 1, ramp[ramp.top - 1], ramp.line)
    for i in range(3 + toe):
        if (x + i, bottom) in cv.col:
            cv.put(x + i, bottom, ramp[0], ramp.line)


def _torso_front(p: Person, pose: Pose) -> set:
    sh, hem = p.body["shoulder"] + pose.upper, p.body["hem"] + pose.hip
    spans = {}
    if "front_hw" in p.body:  # half-widths from the shoulder down, the last one repeats
        hws = p.body["front_hw"]
        for y in range(sh, hem + 1):
            hw = hws[min(y - sh, len(hws) - 1)]
            spans[y] = (16 - hw, 16 + hw)
    elif p.name == "coraline":
        for y in range(sh, hem + 1):
            d = y - sh
            hw = 4 if d == 0 else 5 if d < 3 else 6 if d < 10 else 7
            spans[y] = (16 - hw, 16 + hw)
    else:  # mother: rounded, slightly hunched shoulders, long cardigan
        for y in range(sh, hem + 1):
            d = y - sh
            hw = 3 if d == 0 else 5 if d == 1 else 6 if d < 16 else 7
            spans[y] = (16 - hw, 16 + hw)
    return m_rows(spans)


def _draw_front(cv: Canvas, p: Person, pose: Pose, back: bool) -> list[tuple[int, int]]:
    R = p.ramps
    sh, hem = p.body["shoulder"] + pose.upper, p.body["hem"] + pose.hip
    bh = p.body["boot"]
    # --- legs and boots
    legw = _dim(p, "legw", 3, 2)
    bootw = _dim(p, "bootw", 4, 3)
    for side, lift in ((0, pose.lift[0]), (1, pose.lift[1])):
        lx = _dim(p, "leg_l", 13, 13) if side == 0 else _dim(p, "leg_r", 17, 18)
        bottom = GROUND - lift
        btop = bottom - bh + 1
        cv.paint(m_rect(lx, hem + 1, legw, btop - hem - 1), R["legs"] if lift <= 1 else R["legs_far"])
        bx = lx - (bootw - legw if side == 0 else 0) if "bootw" in p.body else lx - (1 if side == 0 else 0)
        _boot_front(cv, R["boots"] if lift <= 1 else R["boots_far"], bx,
                    bottom, bh - (1 if lift >= 3 else 0), bootw)
    # --- arms behind the body when swung back
    arm_len = _dim(p, "arm", 15, 11)
    arms = []
    for side, sw in ((0, pose.arm[0]), (1, pose.arm[1])):
        sx = _dim(p, "arm_l", 9, 10) if side == 0 else _dim(p, "arm_r", 22, 21)
        wy = sh + 1 + arm_len + (1 if sw > 0 else -2 if sw < 0 else 0)
        wx = sx + (-1 if side == 0 else 1) + ((1 if side == 0 else -1) if sw > 0 else 0)
        arms.append((side, sw, sx, wx, wy))
    torso = _torso_front(p, pose)
    cv.paint(torso, R["coat"])
    # details on the torso
    if p.front_details is not None:
        p.front_details(cv, p, pose, sh, hem, back)
    elif p.name == "coraline":
        if not back:
            # collar: two light flaps with a dark V, placket, toggles, pockets
            for x in range(12, 16):
                cv.put(x, sh, R["coat"][4])
            for x in range(17, 21):
                cv.put(x, sh, R["coat"][3])
            cv.put(16, sh, R["skin"][1], R["skin"].line)
            cv.put(16, sh + 1, R["coat"][1])
            cv.put(13, sh + 1, R["coat"][4])
            cv.put(19, sh + 1, R["coat"][2])
            for y in range(sh + 2, hem + 1):
                cv.recolour_px(16, y, R["coat"][1])
            for y in (sh + 4, sh + 8, sh + 12):
                if y < hem:
                    cv.put(15, y, R["coat"][0])
                    cv.put(17, y, R["coat"][0])
            for x in (11, 12, 13):
                cv.put(x, hem - 5, R["coat"][1])
            for x in (19, 20, 21):
                cv.put(x, hem - 5, R["coat"][1])
        else:
            for x in range(11, 22):
                cv.recolour_px(x, sh, R["coat"][3])  # hood rolled at the collar
            for x in range(12, 21):
                cv.recolour_px(x, sh + 1, R["coat"][2])
            for x in range(13, 20):
                cv.recolour_px(x, sh + 2, R["coat"][2])
            for y in range(sh + 8, hem + 1):
                cv.recolour_px(16, y, R["coat"][1])  # back vent
            for x in range(11, 22):
                cv.recolour_px(x, sh + 9, R["coat"][2])  # yoke seam
    else:
        if not back:
            # the grey top between the open cardigan fronts, a neckline of skin
            top = m_rows({y: (15, 17) if y - sh < 2 else (14, 18) for y in range(sh, hem - 3)})
            top |= m_rows({y: (15, 17) for y in range(hem - 3, hem + 1)})
            cv.paint(top, R["top"])
            cv.put(16, sh, R["skin"][1], R["skin"].line)
            cv.put(15, sh, R["skin"][2], R["skin"].line)
            cv.put(17, sh, R["skin"][1], R["skin"].line)
            for y in range(sh + 1, hem + 1):
                cv.recolour_px(13 if y - sh >= 2 else 14, y, R["coat"][3])
                cv.recolour_px(19 if y - sh >= 2 else 18, y, R["coat"][1])
            # knit: cardigan hem band and pockets
            for x in range(9, 24):
                cv.recolour_px(x, hem, R["coat"][1])
            for x in (10, 11, 12):
                cv.recolour_px(x, hem - 6, R["coat"][1])
            for x in (20, 21, 22):
                cv.recolour_px(x, hem - 6, R["coat"][1])
        else:
            for x in range(9, 24):
                cv.recolour_px(x, hem, R["coat"][1])
            for y in range(sh + 3, hem - 1, 3):
                cv.recolour_px(12, y, R["coat"][2])
                cv.recolour_px(20, y, R["coat"][2])
    # --- arms (in front of the body, or shortened behind it)
    for side, sw, sx, wx, wy in arms:
        ramp = R[p.body.get("sleeve", "coat")]
        pts = [(sx, sh + 1), (sx + (-1 if side == 0 else 1), sh + 4), (wx, wy)]
        sleeve = m_limb(pts, 2)
        cv.seam(sleeve, ramp[0])
        cv.paint(sleeve, ramp)
        # a seam where the sleeve meets the body, facing the light
        hand = m_rect(wx, wy + 1, 2, _dim(p, "hand", 3, 2))
        cv.paint(hand, R["skin"])
        _cuff(cv, p, wx, wy, sw)
        if sw > 0:  # forward arm: the cuff a touch lighter
            cv.put(wx, wy, ramp[ramp.top])
    if p.wrap is not None:
        p.wrap(cv, p, pose, sh, hem, "back" if back else "front")
    # --- head
    _stamp_head(cv, p, "back" if back else "front", pose)
    if back:
        return []
    hx, hy = p.head_at["front"]
    return [(hx + ex, hy + ey + pose.upper) for ex, ey in p.eyes_front]


def _side_leg(cv: Canvas, p: Person, pose: Pose, near: bool) -> None:
    R = p.ramps
    adult = _adult(p)
    hem = p.body["hem"] + pose.hip
    bh = p.body["boot"]
    i = 0 if near else 1
    fx = 15 + pose.step[i] - (0 if near else 1)
    lift = pose.slift[i]
    hipx = 15 if near else 14
    bottom = GROUND - lift
    ank_y = bottom - bh + 1
    legs = R["legs"] if near else R["legs_far"]
    w = _dim(p, "legw", 3, 2)
    if lift > 0:
        knee = ((hipx + fx) // 2 + 2, (hem + ank_y) // 2)
        pts = [(hipx, hem), knee, (fx, ank_y)]
    else:
        pts = [(hipx, hem), (fx, ank_y)]
    cv.paint(m_limb(pts, w), legs)
    _boot_side(cv, R["boots"] if near else R["boots_far"], fx - (1 if adult else 0), bottom,
               bh - (1 if lift >= 3 else 0), p.body.get("toe", 2))


def _side_arm(cv: Canvas, p: Person, pose: Pose, near: bool) -> None:
    R = p.ramps
    sh = p.body["shoulder"] + pose.upper
    sw = pose.arm[0 if near else 1]
    sx = _dim(p, "arm_side", 16, 15)
    length = _dim(p, "arm", 15, 11)
    wx = sx + sw * 4
    wy = sh + 1 + length - abs(sw)
    ramp = R[p.body.get("sleeve", "coat")] if near else R[p.body.get("sleeve_far", "coat_far")]
    pts = [(sx, sh + 1), (sx + sw, sh + 5), (wx, wy)]
    if near:
        cv.seam(m_limb(pts, 2), ramp[0], below=True)
    cv.paint(m_limb(pts, 2), ramp, base=ramp.top if near else None)
    skin = R["skin"]
    cv.paint(m_rect(wx, wy + 1, 2, _dim(p, "hand", 3, 2)), skin)
    if near:
        _cuff(cv, p, wx, wy, sw)
    if sw != 0 and near:
        cv.put(wx + (1 if sw > 0 else 0), wy, ramp[ramp.top - 1])


def _torso_side(p: Person, pose: Pose) -> set:
    sh, hem = p.body["shoulder"] + pose.upper, p.body["hem"] + pose.hip
    spans = {}
    if "side_spans" in p.body:  # (x0, x1) from the shoulder down, the last one repeats
        sp = p.body["side_spans"]
        for y in range(sh, hem + 1):
            spans[y] = sp[min(y - sh, len(sp) - 1)]
    elif p.name == "coraline":
        for y in range(sh, hem + 1):
            d = y - sh
            x0 = 12 if d < 2 else 11 if d < 9 else 10
            x1 = 19 if d < 2 else 20 if d < 9 else 21
            spans[y] = (x0, x1)
    else:  # a rounded, stooped back, front a little forward
        for y in range(sh, hem + 1):
            d = y - sh
            x0 = 13 if d == 0 else 12 if d < 2 else 11 if d < 8 else 12
            x1 = 19 if d == 0 else 20 if d < 18 else 21
            spans[y] = (x0, x1)
    return m_rows(spans)


def _draw_side(cv: Canvas, p: Person, pose: Pose) -> list[tuple[int, int]]:
    R = p.ramps
    sh, hem = p.body["shoulder"] + pose.upper, p.body["hem"] + pose.hip
    _side_arm(cv, p, pose, near=False)
    _side_leg(cv, p, pose, near=False)
    _side_leg(cv, p, pose, near=True)
    cv.paint(_torso_side(p, pose), R["coat"])
    if p.side_details is not None:
        p.side_details(cv, p, pose, sh, hem)
    elif p.name == "coraline":
        for y in range(sh + 1, hem + 1):
            cv.recolour_px(20 if y - sh < 9 else 21, y, R["coat"][1])  # front edge of the coat
        for y in (sh + 4, sh + 8, sh + 12):
            cv.recolour_px(19 if y - sh < 9 else 20, y, R["coat"][0])
        for x in range(12, 20):
            cv.recolour_px(x, sh, R["coat"][4] if x < 17 else R["coat"][3])
    else:
        for y in range(sh, hem - 1):
            cv.put(20, y, R["top"][2], R["top"].line)  # the grey top peeking out in front
            cv.put(19, y, R["coat"][3])
        for x in range(11, 22):
            cv.recolour_px(x, hem, R["coat"][1])
    _side_arm(cv, p, pose, near=True)
    if p.wrap is not None:
        p.wrap(cv, p, pose, sh, hem, "side")
    _stamp_head(cv, p, "side", pose)
    hx, hy = p.head_at["side"]
    return [(hx + p.eye_side[0], hy + p.eye_side[1] + pose.upper)]


def draw_person_frame(p: Person, row: int,
                      pose: Pose) -> tuple[pygame.Surface, list[tuple[int, int]], Canvas]:
    cv = Canvas(FW, FH)
    if row == 2:
        eyes = _draw_side(cv, p, pose)
    else:
        eyes = _draw_front(cv, p, pose, back=(row == 1))
    return cv.surface(), eyes, cv


def person_sheet(p: Person) -> tuple[pygame.Surface, dict[tuple[int, int], list[tuple[int, int]]]]:
    sheet = pygame.Surface((FW * COLS, FH * ROWS), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    eyes: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for row in range(ROWS):
        for col, pose in enumerate(poses_for(row)):
            img, e, _ = draw_person_frame(p, row, pose)
            sheet.blit(img, (col * FW, row * FH))
            eyes[(row, col)] = e
    return sheet, eyes


# ============================================================== Other Mother (derived)
BEL_HAIR = {"k": "#0e0a14", "d": "#181224", "h": "#221a32", "H": "#3e3256", "L": "#9c8cc8"}
BEL_SKIN = {"t": "#e2c6c2", "s": "#f6e6e0", "S": "#f6e6e0", "u": "#f6e6e0"}
BUTTON = {
    "rim": hexc("#6e6282"), "dark": hexc("#0c0a12"), "body": hexc("#1c1628"),
    "hole": hexc("#3c3450"), "thread": hexc("#2a0e1c"),
}
# her own shoes: black patent with a strap across the instep (Mother's light shoe top)
BEL_SHOES = Ramp.of("#07050a", "#0e0a12", "#201a2a", "#463c58")
BEL_SHOES_FAR = Ramp.of("#07050a", "#0a080e", "#16121e", "#201a2a")


def _bel_colour_map() -> dict[C, C]:
    m: dict[C, C] = {}
    for ch, new in BEL_HAIR.items():
        m[MOM_PAL[ch][0]] = hexc(new)  # type: ignore[assignment]
    m[MOM_PAL["k"][1]] = hexc("#07050a")  # type: ignore[assignment]
    for ch, new in BEL_SKIN.items():
        m[MOM_PAL[ch][0]] = hexc(new)  # type: ignore[assignment]
    m[MOM_PAL["t"][1]] = hexc("#7a5058")  # type: ignore[assignment]
    # glasses come off: rims and glints become smooth skin
    m[MOM_PAL["g"][0]] = hexc("#f6e6e0")  # type: ignore[assignment]
    m[MOM_PAL["G"][0]] = hexc("#f6e6e0")  # type: ignore[assignment]
    m[MOM_PAL["w"][0]] = hexc("#f6e6e0")  # type: ignore[assignment]
    m[MOM_PAL["m"][0]] = hexc("#9a1e3a")  # type: ignore[assignment]  # a painted smile
    m[MOM_PAL["r"][0]] = hexc("#d8345a")  # type: ignore[assignment]
    # the cardigan turns a rich plum-red, the trousers near-black plum
    green = MOTHER.ramps["coat"]
    plum = Ramp.of("#2e0818", "#5a1230", "#86203e", "#ae3048", "#d8505a")
    m[green.line] = plum.line
    for a, b in zip(green.shades, plum.shades):
        m[a] = b
    for a, b in zip(MOTHER.ramps["coat_far"].shades, ("#4a0e28", "#6e1834", "#86203e")):
        m[a] = hexc(b)  # type: ignore[assignment]
    legs = MOTHER.ramps["legs"]
    for a, b in zip(legs.shades, ("#1c1020", "#2a1a30", "#3c2844")):
        m[a] = hexc(b)  # type: ignore[assignment]
    for a, b in zip(MOTHER.ramps["legs_far"].shades, ("#160c1a", "#1c1020", "#2a1a30")):
        m.setdefault(a, hexc(b))  # type: ignore[arg-type]
    # Mother's brown shoes turn black patent (the far shoe's top is the near one's middle shade)
    boots = MOTHER.ramps["boots"]
    for a, b in zip(MOTHER.ramps["boots_far"].shades, BEL_SHOES_FAR.shades):
        m[a] = b
    m[boots.line] = BEL_SHOES.line
    for a, b in zip(boots.shades, BEL_SHOES.shades):
        m[a] = b
    return m


def _button_straps(sheet: pygame.Surface) -> None:
    """A pale button at the outer end of each shoe strap (front and side rows)."""
    strap = BEL_SHOES[BEL_SHOES.top]
    for row in (0, 2):
        for col in range(COLS):
            fx, fy = col * FW, row * FH
            for y in range(GROUND - 6, GROUND + 1):
                xs = [x for x in range(FW) if tuple(sheet.get_at((fx + x, fy + y)))[:3] == strap]
                for run in _runs(xs):
                    if len(run) < 3:
                        continue  # a toe's gloss, not a strap
                    bx = run[len(run) // 2] if row == 2 else run[0] if run[0] < FW // 2 else run[-1]
                    sheet.set_at((fx + bx, fy + y), (*BUTTON["rim"], 255))


def _runs(xs: list[int]) -> list[list[int]]:
    """Split sorted x positions into runs of neighbours."""
    runs: list[list[int]] = []
    for x in xs:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _sew_button(s: pygame.Surface, x: int, y: int, size: int, outer: int = 0) -> None:
    """A black button over the eye whose top-left pixel is (x, y), with thread at the corners."""
    B = BUTTON
    if size == 4:
        x0, y0 = x - 1, y - 1
        shape = [
            ".RD.",
            "RHbD",
            "DbHD",
            ".DD.",
        ]
        # thread stitches out at the four corners
        corners = [(x0 - 1, y0 - 1), (x0 - 1, y0 + 4)] if outer < 0 else \
            [(x0 + 4, y0 - 1), (x0 + 4, y0 + 4)] if outer > 0 else \
            [(x0 - 1, y0 - 1), (x0 + 4, y0 - 1), (x0 - 1, y0 + 4), (x0 + 4, y0 + 4)]
        for tx, ty in corners:
            if 0 <= tx < s.get_width() and 0 <= ty < s.get_height() and s.get_at((tx, ty)).a:
                s.set_at((tx, ty), (*B["thread"], 255))
    else:  # 3x3, side view
        x0, y0 = x - 1, y
        shape = [
            "RDD",
            "DHD",
            "DDD",
        ]
        for tx, ty in ((x0 - 1, y0 - 1), (x0 + 3, y0 - 1), (x0 + 3, y0 + 3), (x0 - 1, y0 + 3)):
            if 0 <= tx < s.get_width() and 0 <= ty < s.get_height() and s.get_at((tx, ty)).a:
                s.set_at((tx, ty), (*B["thread"], 255))
    col = {"R": B["rim"], "D": B["dark"], "b": B["body"], "H": B["hole"]}
    for j, line in enumerate(shape):
        for i, ch in enumerate(line):
            if ch != ".":
                s.set_at((x0 + i, y0 + j), (*col[ch], 255))


def other_mother_sheet(mother: pygame.Surface,
                       eyes: dict[tuple[int, int], list[tuple[int, int]]]) -> pygame.Surface:
    """Mother's finished sheet, recoloured, stood upright, with buttons sewn over the eyes."""
    cmap = _bel_colour_map()
    out = pygame.Surface(mother.get_size(), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    w, h = mother.get_size()
    for y in range(h):
        for x in range(w):
            c = mother.get_at((x, y))
            if c.a:
                key = (c.r, c.g, c.b)
                out.set_at((x, y), (*cmap.get(key, key), 255))
    # upright and a touch taller: everything above the waist moves up one pixel
    waist = {0: 34, 1: 34, 2: 34}
    sheet = pygame.Surface(out.get_size(), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for row in range(ROWS):
        for col in range(COLS):
            fx, fy = col * FW, row * FH
            cut = waist[row]
            top = out.subsurface((fx, fy, FW, cut + 1)).copy()
            bottom = out.subsurface((fx, fy + cut, FW, FH - cut)).copy()
            sheet.blit(bottom, (fx, fy + cut))
            sheet.blit(top, (fx, fy - 1))
    _button_straps(sheet)
    for (row, col), pts in eyes.items():
        fx, fy = col * FW, row * FH
        size = 4 if row == 0 else 3
        for i, (ex, ey) in enumerate(sorted(pts)):
            outer = 0 if len(pts) == 1 else (-1 if i == 0 else 1)
            _sew_button(sheet, fx + ex, fy + ey - 1, size, outer)
    return sheet


# ============================================================== Other Father, Other Wybie (derived)
THREAD = "#2a0e1c"


def _recoloured(sheet: pygame.Surface, cmap: dict[C, C]) -> pygame.Surface:
    out = pygame.Surface(sheet.get_size(), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    w, h = sheet.get_size()
    for y in range(h):
        for x in range(w):
            c = sheet.get_at((x, y))
            if c.a:
                key = (c.r, c.g, c.b)
                out.set_at((x, y), (*cmap.get(key, key), 255))
    return out


def _sew_eyes(sheet: pygame.Surface, eyes: dict[tuple[int, int], list[tuple[int, int]]]) -> None:
    """Buttons over every frame's eyes (4x4 from the front, 3x3 from the side)."""
    for (row, col), pts in eyes.items():
        fx, fy = col * FW, row * FH
        for i, (ex, ey) in enumerate(sorted(pts)):
            outer = 0 if len(pts) == 1 else (-1 if i == 0 else 1)
            if row == 0:
                _sew_button(sheet, fx + ex, fy + ey, 4, outer)
            else:
                _sew_button(sheet, fx + ex, fy + ey - 1, 3, outer)


def _rgb(code: str) -> C:
    return hexc(code)  # type: ignore[return-value]


def _other_father_colour_map() -> dict[C, C]:
    m: dict[C, C] = {}
    pal = {k: v[0] for k, v in DAD_PAL.items()}
    # ruddier, healthier skin; the glasses come off
    for ch, code in {"t": "#d0866a", "s": "#f0a886", "S": "#ffc4a2", "u": "#f4a08a",
                     "g": "#f0a886", "G": "#f0a886", "w": "#f0a886", "b": "#6e3a1c",
                     "m": "#a02c2c", "r": "#e05a50"}.items():
        m[pal[ch]] = _rgb(code)
    m[_rgb(DAD_SKIN_LINE)] = _rgb("#6a2c20")
    # the hair a glossier, combed chestnut
    for ch, code in {"k": "#4a2412", "d": "#66321a", "h": "#844626", "H": "#a86034",
                     "L": "#cc8450"}.items():
        m[pal[ch]] = _rgb(code)
    # the tired beige cardigan turns a bright mustard-orange; the shirt a clean cream
    ramps: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("coat", ("#5a2404", "#a0480c", "#cc6a16", "#ec9028", "#ffbe52")),
        ("coat_far", ("#5a2404", "#843c0a", "#a85612", "#cc6a16")),
        ("top", ("#4a3a2a", "#d8c8a8", "#ece0c4", "#fff8e6")),
        ("legs", ("#24140a", "#4a2e18", "#664024", "#805634")),
        ("legs_far", ("#24140a", "#3c2614", "#52361e", "#664024")),
        ("boots", ("#300c14", "#6e1c2a", "#982c36", "#c44a48")),
        ("boots_far", ("#300c14", "#581824", "#7a2430", "#982c36")),
    )
    for key, codes in ramps:
        ramp = FATHER.ramps[key]
        m[ramp.line] = _rgb(codes[0])
        for shade, code in zip(ramp.shades, codes[1:]):
            m.setdefault(shade, _rgb(code))
    return m


def other_father_sheet(father: pygame.Surface,
                       eyes: dict[tuple[int, int], list[tuple[int, int]]]) -> pygame.Surface:
    """Father's finished sheet in warm, cheerful colours, buttons sewn over the eyes."""
    sheet = _recoloured(father, _other_father_colour_map())
    _sew_eyes(sheet, eyes)
    return sheet


# the stitched smile, template-relative: the line, then the stitches across it
WYB_SMILE = {
    "front": ([(3, 12), (4, 13), (5, 14), (6, 14), (7, 14), (8, 14), (9, 14), (10, 13), (11, 12)],
              [(5, 13), (7, 13), (9, 13), (5, 15), (7, 15), (9, 15)]),
    "side": ([(12, 13), (11, 14), (10, 14), (9, 13)], [(11, 13), (10, 15)]),
}


def other_wybie_sheet(wybie: pygame.Surface,
                      eyes: dict[tuple[int, int], list[tuple[int, int]]]) -> pygame.Surface:
    """Wybie's sheet with button eyes and his mouth sewn into a wide smile (he cannot talk)."""
    sheet = wybie.copy()
    _sew_eyes(sheet, eyes)
    skin = WYB_PAL["s"][0]
    thread, stitch = _rgb(THREAD), _rgb("#b89c8c")
    for row, facing in ((0, "front"), (2, "side")):
        hx, hy = WYBIE.head_at[facing]
        closed, opened = WYBIE.mouth[facing]
        line, marks = WYB_SMILE[facing]
        for col, pose in enumerate(poses_for(row)):
            fx, fy = col * FW + hx, row * FH + hy + pose.upper
            for mx, my, _ in closed + opened:  # the mouth is gone: skin over it
                if sheet.get_at((fx + mx, fy + my)).a:
                    sheet.set_at((fx + mx, fy + my), (*skin, 255))
            for mx, my in line:
                sheet.set_at((fx + mx, fy + my), (*thread, 255))
            for mx, my in marks:
                if sheet.get_at((fx + mx, fy + my)).a:
                    sheet.set_at((fx + mx, fy + my), (*stitch, 255))
    return sheet


# ============================================================== the cat
CAT_LINE = "#08060c"
CAT = Ramp.of(CAT_LINE, "#15121c", "#201b2a", "#2e283c", "#4a405e")
CAT_FAR = Ramp.of(CAT_LINE, "#100d16", "#17141f", "#201b2a")
CAT_PAL = _pal(
    **{"1": ("#15121c", CAT_LINE), "2": ("#201b2a", CAT_LINE), "3": ("#2e283c", CAT_LINE),
       "4": ("#4a405e", CAT_LINE), "p": ("#4a2436", CAT_LINE), "E": ("#c4e83a", CAT_LINE),
       "F": ("#f0ff9a", CAT_LINE), "e": ("#0a0a06", CAT_LINE), "n": ("#6a3448", CAT_LINE),
       "m": ("#0a080e", CAT_LINE), "o": ("#b0405c", CAT_LINE), "w": ("#7c7290", CAT_LINE)}
)

CAT_HEAD_FRONT = [
    "3.........1",
    "33.......21",
    "3p3.....2p1",
    "3pp32222pp1",
    "33322222221",
    "32FE222FE21",
    "32Ee222Ee21",
    "3322wn2w221",
    ".322m2m221.",
    "..3222221..",
]
CAT_HEAD_BACK = [
    "3.........1",
    "33.......21",
    "333.....221",
    "33332222221",
    "33322222221",
    "32222222221",
    "32222222221",
    "32222222211",
    ".322222211.",
    "..3222221..",
]
CAT_HEAD_SIDE = [
    "..1...3....",
    ".13..33....",
    ".1p3.3p3...",
    ".3pp33pp3..",
    ".333322222.",
    ".3322222222",
    "33222FE2222",
    "322222E222n",
    "32222222w22",
    ".322222m22.",
    "..3222222..",
]


def _cat_tail(cv: Canvas, pts: list[tuple[int, int]], ramp: Ramp = CAT) -> None:
    cv.paint(m_limb(pts, 2), ramp)


def _cat_front(cv: Canvas, pose: Pose, walking: bool, back: bool, phase: int) -> list[tuple[int, int]]:
    up = pose.upper
    if not walking:
        # sitting, seen from the front (or from behind)
        body = m_rows({47 + up: (14, 18), 48 + up: (13, 19), 49 + up: (13, 19), 50 + up: (13, 19),
                       **{y: (12, 20) for y in range(51 + up, 56)},
                       **{y: (11, 21) for y in range(56, 60)}, 60: (11, 21), 61: (12, 20)})
        tail_tip = [(27, 55), (28, 53)][pose.tail]
        tail = [(20, 60), (25, 61), (27, 59), tail_tip]
        if back:
            tail = [(16, 60), (16, 61), (22, 61), (26, 60), tail_tip]
            cv.paint(body, CAT)
            _cat_tail(cv, tail)
            cv.stamp(CAT_HEAD_BACK, 11, 38 + up, CAT_PAL)
            return []
        _cat_tail(cv, tail, CAT_FAR)
        cv.paint(body, CAT)
        # forelegs and paws, a pale chest tuft
        for lx in (13, 18):
            cv.seam(m_rect(lx, 52 + up, 2, 62 - 52 - up - 1), CAT[0])
            cv.paint(m_rect(lx, 52 + up, 2, 62 - 52 - up - 1), CAT)
            cv.put(lx, 61, CAT[3])
            cv.put(lx + 1, 61, CAT[2])
        cv.put(16, 50 + up, CAT[3])
        cv.put(16, 51 + up, CAT[3])
        cv.put(15, 49 + up, CAT[3])
        cv.stamp(CAT_HEAD_FRONT, 11, 38 + up, CAT_PAL)
        if pose.mouth:
            cv.stamp(["o", "o"], 16, 46 + up, CAT_PAL)
            cv.stamp(["m"], 15, 47 + up, CAT_PAL)
            cv.stamp(["m"], 17, 47 + up, CAT_PAL)
        return [(13, 43 + up), (18, 43 + up)]
    # trotting towards (or away from) the viewer
    b = pose.hip
    lifts = [(0, 2), (0, 0), (2, 0), (0, 0)][phase]
    if back:
        # from behind: haunches, the tail up, the head beyond
        cv.stamp(CAT_HEAD_BACK, 11, 39 + b, CAT_PAL)
        body = m_ellipse(16, 53 + b, 6, 5)
        cv.paint(body, CAT)
        for i, lx in enumerate((12, 19)):
            lift = lifts[i]
            cv.paint(m_rect(lx, 55 + b, 2, 62 - 55 - b - lift - 0), CAT)
        tail = [(17, 52 + b), (21, 48 + b), (22 + (1 if phase < 2 else 0), 43 + b)]
        _cat_tail(cv, tail)
        return []
    tail = [(20, 53 + b), (24, 51 + b), (25 + (1 if phase < 2 else 0), 46 + b)]
    _cat_tail(cv, tail, CAT_FAR)
    # hind legs behind, wider apart
    for i, lx in enumerate((11, 20)):
        lift = lifts[1 - i]
        cv.paint(m_rect(lx, 54 + b, 2, 62 - 54 - b - lift - 1), CAT_FAR)
    cv.paint(m_ellipse(16, 53 + b, 5, 4), CAT)
    for i, lx in enumerate((13, 18)):
        lift = lifts[i]
        cv.paint(m_rect(lx, 53 + b, 2, 62 - 53 - b - lift), CAT)
        cv.put(lx, 61 - lift, CAT[3])
    cv.put(16, 52 + b, CAT[3])
    cv.stamp(CAT_HEAD_FRONT, 11, 43 + b, CAT_PAL)
    return [(13, 48 + b), (18, 48 + b)]


def _cat_side(cv: Canvas, pose: Pose, walking: bool, phase: int) -> list[tuple[int, int]]:
    up = pose.upper
    if not walking:
        tail_tip = [(4, 56), (3, 53)][pose.tail]
        _cat_tail(cv, [(10, 60), (6, 61), (4, 59), tail_tip])
        haunch = m_ellipse(12.5, 55.5, 5.5, 6)
        cv.paint(haunch, CAT)
        chest = m_poly([(14, 46 + up), (20, 46 + up), (22, 53), (21, 61), (15, 61), (13, 52)])
        cv.paint(chest, CAT)
        cv.paint(m_rect(19, 53, 2, 9) | {(21, 61)}, CAT)
        cv.put(19, 61, CAT[3])
        cv.stamp(CAT_HEAD_SIDE, 16, 37 + up, CAT_PAL)
        if pose.mouth:
            cv.stamp(["m", "o"], 25, 45 + up, CAT_PAL)
            cv.stamp(["o"], 24, 46 + up, CAT_PAL)
            cv.erase({(26, 45 + up), (26, 46 + up)})
        return [(21, 43 + up)]
    b = pose.hip
    # trot: diagonal pairs (near fore + far hind) and (far fore + near hind)
    fore_near, fore_far, hind_near, hind_far = [
        (3, -3, -3, 3), (0, 0, 0, 0), (-3, 3, 3, -3), (0, 0, 0, 0)][phase]
    lift_a, lift_b = [(0, 0), (2, 0), (0, 0), (0, 2)][phase]
    tail = [(7, 49 + b), (4, 45 + b), (4 + (phase % 2), 41 + b), (6, 39 + b)]
    _cat_tail(cv, tail)
    legs_far = [((20, 52 + b), 20 + fore_far, lift_b), ((9, 52 + b), 9 + hind_far, lift_a)]
    legs_near = [((21, 52 + b), 21 + fore_near, lift_a), ((10, 52 + b), 10 + hind_near, lift_b)]
    for (hx, hy), fx, lift in legs_far:
        pts = [(hx, hy), (fx, 61 - lift)] if not lift else [(hx, hy), (hx + 1, 57), (fx, 61 - lift)]
        cv.paint(m_limb(pts, 1) | {(fx + 1, 61 - lift)}, CAT_FAR)
    body = m_ellipse(15, 51 + b, 8, 3.6) | m_ellipse(20, 50 + b, 3.5, 3.5)
    cv.paint(body, CAT)
    for (hx, hy), fx, lift in legs_near:
        pts = [(hx, hy), (fx, 61 - lift)] if not lift else [(hx, hy), (hx + 1, 57), (fx, 61 - lift)]
        cv.paint(m_limb(pts, 2) | {(fx + 2, 61 - lift)}, CAT)
    cv.stamp(CAT_HEAD_SIDE, 19, 40 + b, CAT_PAL)
    return [(24, 46 + b)]


CAT_IDLE = [Pose(tail=0), Pose(upper=-1, tail=1)]
CAT_WALK = [Pose(), Pose(hip=-1), Pose(), Pose(hip=-1)]
CAT_TALK = [Pose(), Pose(mouth=True)]


def cat_sheet() -> pygame.Surface:
    sheet = pygame.Surface((FW * COLS, FH * ROWS), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for row in range(ROWS):
        for col in range(COLS):
            cv = Canvas(FW, FH)
            walking = 2 <= col <= 5
            pose = (CAT_IDLE + CAT_WALK + (CAT_TALK if row != 1 else CAT_IDLE))[col]
            if row == 2:
                _cat_side(cv, pose, walking, col - 2)
            else:
                _cat_front(cv, pose, walking, row == 1, col - 2)
            sheet.blit(cv.surface(), (col * FW, row * FH))
    return sheet


# ============================================================== build
def _meta(eyes: list[tuple[int, int]]) -> dict:
    return {"frame": [FW, FH], "anchor": list(ANCHOR), "eyes": [list(e) for e in eyes]}


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")


def build(out: Path | None = None) -> dict[str, pygame.Surface]:
    out = out or ASSETS / "sprites"
    sheets: dict[str, pygame.Surface] = {}
    cora, cora_eyes = person_sheet(CORALINE)
    mom, mom_eyes = person_sheet(MOTHER)
    bel = other_mother_sheet(mom, mom_eyes)
    bel_eyes = [(x, y - 1) for x, y in mom_eyes[(0, 0)]]
    cat = cat_sheet()
    cat_eyes = [(13, 43), (18, 43)]
    dad, dad_eyes = person_sheet(FATHER)
    odad = other_father_sheet(dad, dad_eyes)
    wyb, wyb_eyes = person_sheet(WYBIE)
    owyb = other_wybie_sheet(wyb, wyb_eyes)
    for name, s, eyes in (("coraline", cora, cora_eyes[(0, 0)]), ("mother", mom, mom_eyes[(0, 0)]),
                          ("other_mother", bel, bel_eyes), ("cat", cat, cat_eyes),
                          ("father", dad, dad_eyes[(0, 0)]), ("other_father", odad, dad_eyes[(0, 0)]),
                          ("wybie", wyb, wyb_eyes[(0, 0)]), ("other_wybie", owyb, wyb_eyes[(0, 0)])):
        save(s, out / f"{name}.png")
        _write_json(out / f"{name}.json", _meta(eyes))
        sheets[name] = s
    from art import cast  # the neighbours, the ghosts and the mouse (imports this module)
    sheets.update(cast.build(out))
    return sheets
