"""The rest of the cast: Miss Spink, Miss Forcible, Mr. Bobinsky, their Other World doubles
(derived in code), the three ghost children and the jumping mouse.

Same sheet contract as characters.py (frames 32x64, feet anchor (16, 62), rows front / back /
side, columns idle idle walk*4 talk talk) and the same machinery: a Person with head pixel
templates, palettes and body measurements, painted pose by pose by characters.person_sheet.

* The Others are Person copies: stage colours, fuller darker hair grown from the real hair in
  code, glasses and wrinkles gone, then buttons sewn over the eyes (characters._sew_eyes).
* The ghosts are children in a near-monochrome blue-grey, with dark hollow sockets for eyes;
  their finished sheets are made a little see-through.
* The mouse is painted like the cat: small, at the bottom of the frame, hopping.
* The Beldam's severed hand, the same way: small at the bottom of the frame, scuttling on
  needle-tipped fingers like a spider, black threads trailing from the stump.

Deterministic: no randomness at all.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame

from art.base import save
from art.character_parts import (
    Canvas, Ramp, bresenham, m_ellipse, m_limb, m_poly, m_rect, m_rows, shade_levels,
)
from art.characters import (
    COLS, FH, FW, ROWS, C, Person, Pose, _meta, _pal, _rgb, _sew_eyes, _write_json, person_sheet,
)


def _check(p: Person) -> Person:
    for facing, rows in p.heads.items():
        widths = {len(r) for r in rows}
        assert len(widths) == 1, (p.name, facing, widths)
        for r in rows:
            for ch in r:
                assert ch in ". " or ch in p.pal, (p.name, facing, ch)
    return p


# ============================================================== Miss Spink
SPK_HAIR_LINE = "#34303c"
SPK_SKIN_LINE = "#5a3030"
SPK_PAL = _pal(
    k=("#5a5662", SPK_HAIR_LINE), d=("#76727e", SPK_HAIR_LINE), h=("#96929e", SPK_HAIR_LINE),
    H=("#b8b4c0", SPK_HAIR_LINE), L=("#dcd8e2", SPK_HAIR_LINE),
    t=("#cc9482", SPK_SKIN_LINE), s=("#ebbca6", SPK_SKIN_LINE), S=("#f8d6c2", SPK_SKIN_LINE),
    u=("#ee9e9c", SPK_SKIN_LINE), e=("#2a1a20", SPK_SKIN_LINE), w=("#fff4ec", SPK_SKIN_LINE),
    m=("#9a4452", SPK_SKIN_LINE), r=("#d0646e", SPK_SKIN_LINE), y=("#d2a290", SPK_SKIN_LINE),
    g=("#5c3c4c", SPK_SKIN_LINE), G=("#dceaf2", SPK_SKIN_LINE), p=("#e8609a", "#6a1a3a"),
)

SPK_FRONT = [
    "......hHh......",
    ".....hHLHd.....",
    ".....dhHhd.....",
    "...hhhpppdhh...",
    "..hHHLHHhhhhd..",
    ".hHLLHHhhhhhhd.",
    ".hHLHhhhkhhhhd.",
    "hHHhSSSkSSShhdd",
    "hHSSSSSSssssshd",
    "hdSSggSsSggSsdd",
    "hdSgwegsgwegstd",
    "hdSSggsssggsstd",
    ".dSuuSssssuust.",
    ".tSSsssttssyst.",
    "..tSssssssssst.",
    "...tyssssssyt..",
    ".....ttttt.....",
]

SPK_SIDE = [
    "...hHh.........",
    "..hHLHd........",
    "..dhHhd........",
    "..hpppdhh......",
    ".hHHLHHhhhh....",
    "hHLLHHhhhhhhh..",
    "hHLHhhhhhhhhhh.",
    "hHHhhhhhhhhhSS.",
    "hHhhhhhhhSSSSs.",
    "hhhhhhgggSSggs.",
    "dhhhhhsSSSgweG.",
    "dhhhhtsSSSSggSs",
    ".dhhhtSSuusssss",
    ".dhhtSSssssyst.",
    "..ddtSsssssst..",
    "....tyssssst...",
    ".....ttttt.....",
]

SPK_BACK = [
    "......hHh......",
    ".....hHLHd.....",
    ".....dhHhd.....",
    "...hhhpppdhh...",
    "..hHHLHHhhhhd..",
    ".hHLLHHhhhhhhd.",
    ".hHLHhhhhhhhhd.",
    "hHHhhhhhhhhhhdd",
    "hHhhhkhhhkhhhdd",
    "hhhhhhkhkhhhhdd",
    "hhhhhhhkhhhhhdd",
    "hdhhhhhkhhhhddd",
    ".dhhdhhhhhdhdd.",
    ".tdhhdhhhdhhdt.",
    "..tttttttttttt.",
    "...ttttttttt...",
    ".....ttttt.....",
]

PEARL, PEARL_D = _rgb("#fbf6ee"), _rgb("#b8aca8")


def _spink_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    coat, top, skirt = R["coat"], R["top"], R["skirt"]
    cut = hem - 8  # where the cardigan ends and the skirt shows
    skirt_mask = {(x, y) for (x, y) in cv.col if cut < y <= hem and 6 <= x <= 26}
    cv.paint(skirt_mask, skirt)
    for x in range(6, 27):
        cv.recolour_px(x, hem, skirt[1])
    if not back:
        # a lilac blouse between the cardigan fronts, a string of pearls at the neck
        blouse = m_rows({y: (15, 17) if y - sh < 3 else (14, 18) for y in range(sh, cut + 1)})
        cv.paint(blouse, top)
        for y in range(sh + 1, cut + 1):
            cv.recolour_px(13 if y - sh >= 3 else 14, y, coat[coat.top])
            cv.recolour_px(19 if y - sh >= 3 else 18, y, coat[1])
        cv.put(16, sh, R["skin"][1], R["skin"].line)
        cv.put(15, sh, R["skin"][2], R["skin"].line)
        cv.put(17, sh, R["skin"][1], R["skin"].line)
        for i, (x, y) in enumerate(((13, sh), (14, sh + 1), (15, sh + 2), (16, sh + 2),
                                    (17, sh + 2), (18, sh + 1), (19, sh))):
            cv.put(x, y, PEARL if i % 2 == 0 else PEARL_D, R["skin"].line)
        for x in range(8, 25):  # the cardigan's knitted hem band
            cv.recolour_px(x, cut, coat[1])
        for x in (10, 11, 12):
            cv.recolour_px(x, cut - 5, coat[1])
        for x in (20, 21, 22):
            cv.recolour_px(x, cut - 5, coat[1])
        for y in range(cut + 2, hem - 1, 2):  # a pleat or two
            cv.recolour_px(13, y, skirt[1])
            cv.recolour_px(19, y, skirt[1])
    else:
        for x in range(8, 25):
            cv.recolour_px(x, cut, coat[1])
        for y in range(sh + 3, cut - 1, 3):
            cv.recolour_px(12, y, coat[2])
            cv.recolour_px(20, y, coat[2])
        for y in range(cut + 2, hem - 1, 2):
            cv.recolour_px(16, y, skirt[1])


def _spink_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    coat, top, skirt = R["coat"], R["top"], R["skirt"]
    cut = hem - 8
    skirt_mask = {(x, y) for (x, y) in cv.col if cut < y <= hem and 8 <= x <= 24}
    cv.paint(skirt_mask, skirt)
    for y in range(sh, cut):
        cv.put(21, y, top[2], top.line)  # the blouse under the open cardigan
        cv.recolour_px(20, y, coat[3])
    cv.put(20, sh + 1, PEARL, R["skin"].line)
    cv.put(21, sh + 2, PEARL_D, R["skin"].line)
    cv.put(21, sh, PEARL, R["skin"].line)
    for x in range(9, 23):
        cv.recolour_px(x, cut, coat[1])
        cv.recolour_px(x, hem, skirt[1])
    for x in (16, 17, 18):
        cv.recolour_px(x, cut - 5, coat[1])


SPINK = _check(Person(
    name="spink",
    pal=SPK_PAL,
    heads={"front": SPK_FRONT, "side": SPK_SIDE, "back": SPK_BACK},
    head_at={"front": (9, 11), "side": (11, 11), "back": (9, 11)},
    eyes_front=((4, 10), (9, 10)),
    eye_side=(12, 10),
    mouth={
        "front": ([(6, 14, "t"), (7, 14, "m"), (8, 14, "t")],
                  [(6, 14, "m"), (7, 14, "m"), (8, 14, "m"), (7, 15, "r")]),
        "side": ([(13, 14, "m")], [(13, 14, "m"), (12, 14, "m"), (13, 15, "r"), (14, 14, ".")]),
    },
    ramps={
        "coat": Ramp.of("#5a1e3a", "#a8456e", "#cc6690", "#e88cae", "#fbb6cc"),
        "coat_far": Ramp.of("#5a1e3a", "#8c3a5c", "#a8456e", "#c05a82"),
        "top": Ramp.of("#3e3048", "#a898c0", "#c4b6da", "#e2d8f0"),
        "skirt": Ramp.of("#1e1a2a", "#3e3852", "#544c6c", "#6c6486"),
        "legs": Ramp.of("#3a2a26", "#8c7064", "#a88a7c", "#c4a696"),
        "legs_far": Ramp.of("#3a2a26", "#765c52", "#8c7064", "#a88a7c"),
        "boots": Ramp.of("#0e0a10", "#241c26", "#3a2e3c", "#5a4a5c"),
        "boots_far": Ramp.of("#0e0a10", "#1c1620", "#2c2430", "#3a2e3c"),
        "skin": Ramp.of(SPK_SKIN_LINE, "#cc9482", "#ebbca6", "#f8d6c2"),
    },
    body={"shoulder": 28, "hem": 54, "boot": 3, "adult": 1, "cuff": 0,
          "front_hw": (4, 6, 7, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8),
          "side_spans": ((13, 19), (12, 20), (11, 21), (10, 21), (10, 22), (10, 22), (10, 22),
                         (10, 22), (10, 22), (10, 22), (10, 22), (10, 22), (10, 22), (10, 22),
                         (10, 22), (10, 22), (11, 21), (11, 21), (11, 21), (11, 21), (11, 21),
                         (10, 21), (10, 22)),
          "legw": 2, "bootw": 3, "leg_l": 13, "leg_r": 17, "arm": 13, "hand": 2,
          "arm_l": 8, "arm_r": 23, "arm_side": 15, "toe": 2},
    front_details=_spink_front,
    side_details=_spink_side,
))


# ============================================================== Miss Forcible
FRC_HAIR_LINE = "#3e0e04"
FRC_SKIN_LINE = "#5c2c24"
FRC_PAL = _pal(
    k=("#7a2008", FRC_HAIR_LINE), d=("#a8340c", FRC_HAIR_LINE), h=("#d44e14", FRC_HAIR_LINE),
    H=("#f27426", FRC_HAIR_LINE), L=("#ffa456", FRC_HAIR_LINE),
    t=("#c8887a", FRC_SKIN_LINE), s=("#eab49e", FRC_SKIN_LINE), S=("#f8d0bc", FRC_SKIN_LINE),
    u=("#f0968e", FRC_SKIN_LINE), v=("#8a74b4", FRC_SKIN_LINE), e=("#24141c", FRC_SKIN_LINE),
    w=("#fff2ea", FRC_SKIN_LINE), m=("#8e1030", FRC_SKIN_LINE), r=("#e42a4a", FRC_SKIN_LINE),
    y=("#d49e8c", FRC_SKIN_LINE), o=("#f2c24a", "#5a3a0a"),
)

FRC_FRONT = [
    "....hHLHh.hHLHh..",
    "..hHLLHdhHLHhdhd.",
    ".hHLHhdhHLHhhdhhd",
    "hHLHdhhhdhhhHLhdd",
    "hHHdhhSSShhSShhdd",
    "hHdhSSSSSSssssdhd",
    "hhdSvvSSsssvvsshd",
    ".hdSwesssssweStd.",
    ".hdSySsssssysstd.",
    ".hdSuusssssuustd.",
    ".ddtSsssttssssd..",
    "...tSysssssssyt..",
    "...tSsssssssst...",
    "....tSsssssst....",
    ".....tyssssyt....",
]

FRC_SIDE = [
    "...hHLHh.hLHh....",
    ".hHLLHdhHLHhdh...",
    "hHLHhdhHLHhdhhh..",
    "hHLHdhhhdhhhhhSh.",
    "hHHdhhHhhhhhSSSS.",
    "hhdhhHLhhhSSvvSs.",
    "hHdhhHhdhhSSSweS.",
    "hhhdhhhdhtSSySSs.",
    ".hdhhhdhtSSsssssS",
    ".hhdhhhhtSSuusss.",
    ".ddhhhhtSSsssssr.",
    "..ddhdhtSsyssss..",
    "....dddtsssssst..",
    "........tysssst..",
    "........ttttt....",
]

FRC_BACK = [
    "....hHLHh.hHLHh..",
    "..hHLLHdhHLHhdhd.",
    ".hHLHhdhHLHhhdhhd",
    "hHLHdhhhdhhhHLhdd",
    "hHHdhHLhhhHLhdhdd",
    "hHdhHHhdhHHhdhhdd",
    "hhdhhhdhhhhdhhdhd",
    "hHLhdhhHLhdhhHLdd",
    "hHhdhhHHhdhhHhdhd",
    "hhdhhhhdhhhhdhhdd",
    ".hdhHLhhhHLhhdhd.",
    "..dhhhdhhhhdhdd..",
    "...ddttttttttdd..",
    "....ttttttttt....",
    ".....ttttttt.....",
]


# The shawl: a crocheted triangle worn point down the back, its two ends brought forward over
# the shoulders and pinned at the breast with a brooch; it covers the upper arms (the dress's
# own sleeves come out below it) and ends in a gold fringe. Per view: the first and last
# shawl row of every column, counted down from the shoulder line.
SHAWL_SPAN: dict[str, dict[int, tuple[int, int]]] = {
    # from the front: it rises round the neck to a V at the brooch and droops to a round hem
    # and its two ends hang below the brooch in points, side by side
    "front": {5: (4, 9), 6: (2, 10), 7: (1, 10), 8: (1, 11), 9: (1, 11), 10: (0, 12), 11: (0, 12),
              12: (0, 13), 13: (0, 14), 14: (1, 16), 15: (2, 15), 16: (3, 12)},
    # from behind: shoulder to shoulder, and the long point hanging down the middle of the back
    "back": {5: (4, 9), 6: (2, 10), 7: (1, 11), 8: (1, 12), 9: (1, 13), 10: (0, 14), 11: (0, 15),
             12: (0, 16), 13: (0, 17), 14: (0, 18), 15: (0, 19), 16: (0, 20)},
    # from the side (facing right): the point down the back, over the arm, an end in front
    "side": {9: (3, 18), 10: (2, 17), 11: (1, 15), 12: (0, 13), 13: (0, 11), 14: (0, 10),
             15: (0, 9), 16: (0, 9), 17: (0, 9), 18: (0, 10), 19: (0, 10), 20: (1, 11),
             21: (1, 12), 22: (2, 13), 23: (3, 12)},
}


def _shawl_mask(sh: int, view: str) -> set:
    spans = dict(SHAWL_SPAN[view])
    if view != "side":  # the front and back views are symmetric about x = 16
        spans.update({32 - x: v for x, v in spans.items() if x < 16})
    return {(x, sh + d) for x, (d0, d1) in spans.items() for d in range(d0, d1 + 1)}


def _forcible_shawl(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, view: str) -> None:
    """The shawl over dress and arms: crochet rows (a dark stitch every other pixel, every other
    row, staggered), folds where it drapes off the shoulders, the gold fringe swinging with her
    walk, and the brooch."""
    R = p.ramps
    shawl, fringe = R["shawl"], R["fringe"]
    mask = _shawl_mask(sh, view)
    levels = shade_levels(mask, shawl)
    folds = {8, 24} if view != "side" else {12, 19}
    for (x, y), lv in levels.items():
        d = y - sh
        if d % 2 == 1 and (x + d // 2) % 2 == 0:
            lv -= 1  # the holes between the stitches
        elif d % 4 == 0 and lv < shawl.top:
            lv += 1  # the ridge of a row
        if x in folds and d >= 3:
            lv -= 1
        if view == "front" and x == 16 and d >= 5:
            lv = 0  # where the two ends meet under the brooch
        cv.put(x, y, shawl[max(0, min(shawl.top, lv))], shawl.line)
    # the fringe: a strand at every other column, long and short in turn, swinging as she walks
    swing = pose.arm[0] if view != "back" else -pose.arm[0]
    for x in sorted({x for x, _ in mask}):
        bottom = max(y for (xx, y) in mask if xx == x)
        if (x + swing) % 2:
            continue
        n = 3 if (x + swing) % 4 == 0 else 2
        for j in range(1, n + 1):
            cv.put(x, bottom + j, fringe[2] if j == 1 else fringe[1], fringe.line)
    if view == "back":
        return
    bx = 16 if view == "front" else 21
    by = sh + (3 if view == "front" else 2)
    cv.put(bx, by, fringe[3], fringe.line)  # the brooch
    cv.put(bx - 1, by, fringe[1], fringe.line)
    cv.put(bx + 1, by, fringe[2], fringe.line)
    cv.put(bx, by + 1, fringe[1], fringe.line)
    cv.put(bx, by - 1, fringe[2], fringe.line)


def _forcible_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    dress = R["coat"]
    if not back:
        # a low neckline between the shawl's ends
        neck = m_rows({sh: (13, 19), sh + 1: (14, 18), sh + 2: (15, 17)})
        cv.paint(neck, R["skin"])
    for x in range(6, 27):
        cv.recolour_px(x, hem, dress[1])
    for y in range(sh + 18, hem - 1, 2):  # the folds of a long, heavy skirt
        cv.recolour_px(12, y, dress[1])
        cv.recolour_px(20, y, dress[1])


def _forcible_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    dress = R["coat"]
    cv.put(21, sh, R["skin"][1], R["skin"].line)  # the neckline
    for x in range(8, 26):
        cv.recolour_px(x, hem, dress[1])
    for y in range(sh + 18, hem - 1, 2):
        cv.recolour_px(16, y, dress[1])


FORCIBLE = _check(Person(
    name="forcible",
    pal=FRC_PAL,
    heads={"front": FRC_FRONT, "side": FRC_SIDE, "back": FRC_BACK},
    head_at={"front": (8, 5), "side": (9, 6), "back": (8, 5)},
    eyes_front=((4, 7), (11, 7)),
    eye_side=(13, 6),
    mouth={
        "front": ([(7, 12, "r"), (8, 12, "r"), (9, 12, "r"), (8, 13, "m")],
                  [(7, 12, "r"), (8, 12, "m"), (9, 12, "r"), (8, 13, "m"), (7, 13, "r"), (9, 13, "r")]),
        "side": ([(15, 10, "r")], [(15, 10, "r"), (14, 10, "m"), (15, 11, "r"), (16, 10, ".")]),
    },
    ramps={
        "coat": Ramp.of("#0c2226", "#1c4448", "#285c60", "#36787a", "#4c9896"),
        "coat_far": Ramp.of("#0c2226", "#16363a", "#1c4448", "#285c60"),
        "shawl": Ramp.of("#3e0822", "#7a1440", "#a42256", "#c8386c", "#ea6490"),
        "fringe": Ramp.of("#5a3a0a", "#b48422", "#dcae3a", "#f8d870"),
        "top": Ramp.of("#5a3a0a", "#b48422", "#dcae3a", "#f8d870"),
        "legs": Ramp.of("#140c14", "#2c1e2a", "#3c2a3a", "#503a4c"),
        "legs_far": Ramp.of("#140c14", "#221620", "#2c1e2a", "#3c2a3a"),
        "boots": Ramp.of("#0a0608", "#2a1016", "#441a22", "#6a2a34"),
        "boots_far": Ramp.of("#0a0608", "#200c12", "#2a1016", "#441a22"),
        "skin": Ramp.of(FRC_SKIN_LINE, "#c8887a", "#eab49e", "#f8d0bc"),
    },
    body={"shoulder": 20, "hem": 55, "boot": 3, "adult": 1,
          "front_hw": (5, 8, 9, 9, 9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
                       8, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10),
          "side_spans": ((13, 20), (11, 22), (10, 23), (10, 23), (10, 23), (10, 23), (10, 23),
                         (10, 22), (10, 22), (11, 22), (11, 22), (11, 22), (11, 22), (11, 22),
                         (10, 22), (10, 22), (10, 22), (10, 23), (10, 23), (9, 23), (9, 23),
                         (9, 23), (9, 24), (9, 24), (8, 24)),
          "legw": 2, "bootw": 3, "leg_l": 13, "leg_r": 18, "arm": 16, "hand": 3,
          "arm_l": 7, "arm_r": 24, "arm_side": 15, "toe": 2},
    front_details=_forcible_front,
    side_details=_forcible_side,
    wrap=_forcible_shawl,
))


# ============================================================== Mr. Bobinsky
BOB_HAIR_LINE = "#161010"
BOB_SKIN_LINE = "#4e2a26"
BOB_PAL = _pal(
    k=("#2a2220", BOB_HAIR_LINE), d=("#3a302c", BOB_HAIR_LINE), h=("#4e423c", BOB_HAIR_LINE),
    H=("#6a5c54", BOB_HAIR_LINE), L=("#8a7a70", BOB_HAIR_LINE),
    o=("#3c2e28", BOB_HAIR_LINE), O=("#64524a", BOB_HAIR_LINE),
    t=("#c08a7e", BOB_SKIN_LINE), s=("#e0b0a2", BOB_SKIN_LINE), S=("#f0c8ba", BOB_SKIN_LINE),
    u=("#e49a94", BOB_SKIN_LINE), e=("#1c1214", BOB_SKIN_LINE), w=("#f8f0ea", BOB_SKIN_LINE),
    m=("#7a3a38", BOB_SKIN_LINE), r=("#b85a58", BOB_SKIN_LINE),
)

BOB_FRONT = [
    "..hh.HhHh.hh...",
    ".hHHLHHhhhhhhd.",
    ".hHLHhhhhhhhhd.",
    ".hSSSSSSSssssd.",
    "tSSSSSSSssssst.",
    "tSSkkkSsskkkstt",
    "tSSSwesssweSstt",
    "tSSSSssttssssst",
    ".SSSSssSSsssst.",
    "oOOOoooooooooOo",
    "o.Ooooommooooo.",
    "...tssssssst...",
    "....tssssst....",
    "......ttt......",
]

BOB_SIDE = [
    ".hh.HhHh.hh....",
    ".hHHLHHhhhhhh..",
    "hHHLHhhhhhhhhh.",
    "hHhhhhhhhhSSSS.",
    "hhhhhhhhSSSSSS.",
    "dhhhhhhSSSSkkS.",
    "dhhhhttSSSSSweS",
    ".dhhhtSSSSSSSss",
    ".dhhhtSSSSSSSSs",
    "..dhtSSSSsOOooo",
    "...tSSSSsoooooo",
    "...tSSssssmsso.",
    "....tssssssst..",
    "......ttt......",
]

BOB_BACK = [
    "..hh.HhHh.hh...",
    ".hHHLHHhhhhhhd.",
    ".hHLHhhhhhhhhd.",
    ".hHhhhhhhhhhhd.",
    "thhhhhhhhhhhhdt",
    "thhhhhhhhhhhddt",
    "thhhhhhhhhhhddt",
    ".thhhhhhhhhhdt.",
    ".tthdhhhhdhdtt.",
    "..tttttttttttt.",
    "..tttttttttttt.",
    "...tttttttttt..",
    "....tttttttt...",
    "......ttt......",
]


def _bobinsky_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    vest, skin, belt = R["coat"], R["skin"], R["belt"]
    # the singlet's deep armholes and scoop: bare shoulders and chest above it
    bare = m_rows({sh: (7, 25), sh + 1: (7, 25), sh + 2: (7, 12), sh + 3: (7, 11),
                   sh + 4: (7, 10), sh + 5: (7, 9)})
    bare |= m_rows({sh + 2: (20, 25), sh + 3: (21, 25), sh + 4: (22, 25), sh + 5: (23, 25)})
    if not back:
        bare |= m_rows({sh + 2: (14, 18), sh + 3: (15, 17)})
    else:
        bare |= m_rows({sh + 2: (15, 17)})
    bare = {q for q in bare if q in cv.col}
    cv.paint(bare, skin)
    # straps
    for y in range(sh, sh + 3):
        for x in (13, 19):
            cv.put(x, y, vest[3] if x == 13 else vest[2], vest.line)
        cv.put(14 if y < sh + 2 else 13, y, vest[2], vest.line)
        cv.put(18 if y < sh + 2 else 19, y, vest[1], vest.line)
    # ribbed knit: faint vertical ribs across the belly
    for (x, y) in list(cv.col):
        if sh + 4 <= y < hem - 1 and x % 2 == 0 and cv.col[(x, y)] in vest.shades[1:]:
            lv = vest.shades.index(cv.col[(x, y)])
            cv.col[(x, y)] = vest[lv - 1]
    if not back:
        for (x, y) in m_ellipse(13.5, sh + 11, 2.2, 3.5):  # the belly's sheen, lit from the left
            if (x, y) in cv.col and x % 2:
                cv.put(x, y, vest[vest.top])
        cv.put(17, sh + 13, vest[0])  # the navel under the tight vest
    # a belt at the waist with a brass buckle, trousers pulled up high
    for x in range(5, 28):
        if (x, hem) in cv.col:
            cv.put(x, hem, belt[1], belt.line)
            cv.put(x, hem - 1, belt[2], belt.line)
    if not back:
        cv.put(16, hem - 1, R["buckle"][3], R["buckle"].line)
        cv.put(16, hem, R["buckle"][2], R["buckle"].line)
        cv.put(15, hem - 1, R["buckle"][2], R["buckle"].line)
        cv.put(17, hem, R["buckle"][1], R["buckle"].line)


def _bobinsky_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    vest, skin, belt = R["coat"], R["skin"], R["belt"]
    bare = m_rows({sh: (13, 21), sh + 1: (13, 22), sh + 2: (19, 22), sh + 3: (20, 22)})
    bare = {q for q in bare if q in cv.col}
    cv.paint(bare, skin)
    for y in range(sh, sh + 3):
        cv.put(17, y, vest[3], vest.line)
    for (x, y) in list(cv.col):
        if sh + 3 <= y < hem - 1 and x % 2 == 0 and cv.col[(x, y)] in vest.shades[1:]:
            lv = vest.shades.index(cv.col[(x, y)])
            cv.col[(x, y)] = vest[lv - 1]
    for x in range(8, 28):
        if (x, hem) in cv.col:
            cv.put(x, hem, belt[1], belt.line)
            cv.put(x, hem - 1, belt[2], belt.line)


BOBINSKY = _check(Person(
    name="bobinsky",
    pal=BOB_PAL,
    heads={"front": BOB_FRONT, "side": BOB_SIDE, "back": BOB_BACK},
    head_at={"front": (9, 4), "side": (11, 4), "back": (9, 4)},
    eyes_front=((4, 6), (9, 6)),
    eye_side=(12, 6),
    mouth={
        "front": ([(6, 11, "t"), (7, 11, "m"), (8, 11, "t")],
                  [(6, 11, "m"), (7, 11, "m"), (8, 11, "m"), (7, 12, "r")]),
        "side": ([(10, 11, "m")], [(10, 11, "m"), (11, 11, "m"), (10, 12, "r")]),
    },
    ramps={
        "coat": Ramp.of("#0c2250", "#1e4a9a", "#2e68c4", "#4a8ae6", "#84b8ff"),
        "coat_far": Ramp.of("#0c2250", "#183c80", "#1e4a9a", "#2e68c4"),
        "belt": Ramp.of("#120a08", "#2e1e16", "#46302a", "#5e4438"),
        "buckle": Ramp.of("#4a3208", "#9a7420", "#d4aa3a", "#ffe07a"),
        "legs": Ramp.of("#14141a", "#2e3038", "#42444e", "#585c66"),
        "legs_far": Ramp.of("#14141a", "#24262e", "#2e3038", "#42444e"),
        "boots": Ramp.of("#08080a", "#1a1a1e", "#2a2a30", "#46464e"),
        "boots_far": Ramp.of("#08080a", "#141418", "#1a1a1e", "#2a2a30"),
        "skin": Ramp.of(BOB_SKIN_LINE, "#c08a7e", "#e0b0a2", "#f0c8ba"),
        "skin_far": Ramp.of(BOB_SKIN_LINE, "#a87468", "#c08a7e", "#d09c90"),
    },
    body={"shoulder": 18, "hem": 39, "boot": 3, "adult": 1,
          "front_hw": (5, 8, 8, 8, 8, 7, 7, 8, 8, 9, 9, 10, 10, 10, 10, 10, 10, 9, 9, 8, 7, 6),
          "side_spans": ((14, 20), (12, 21), (12, 22), (12, 22), (12, 22), (12, 23), (12, 24),
                         (12, 25), (12, 26), (12, 26), (12, 27), (12, 27), (12, 27), (12, 27),
                         (12, 26), (12, 26), (12, 25), (13, 24), (13, 22), (13, 21), (14, 19),
                         (14, 18)),
          "legw": 2, "bootw": 3, "leg_l": 13, "leg_r": 18, "arm": 17, "hand": 3,
          "arm_l": 6, "arm_r": 25, "arm_side": 15, "toe": 3,
          "sleeve": "skin", "sleeve_far": "skin_far"},
    front_details=_bobinsky_front,
    side_details=_bobinsky_side,
))


# ============================================================== the Others (derived)
def _fuller(rows: list[str], hair: str = "hHLdk", upto: int = 99, grow: str = "h") -> list[str]:
    """Fuller hair: every empty pixel beside the hair (left, right or above) in the rows above
    `upto` fills with hair."""
    grid = [list(r) for r in rows]
    w = len(grid[0])
    out = [r[:] for r in grid]
    for y, row in enumerate(grid):
        if y >= upto:
            break
        for x, ch in enumerate(row):
            if ch != ".":
                continue
            nbs = [(x - 1, y), (x + 1, y), (x, y + 1)]
            if any(0 <= a < w and 0 <= b < len(grid) and grid[b][a] in hair for a, b in nbs):
                out[y][x] = grow
    return ["".join(r) for r in out]


def _swap(rows: list[str], table: dict[str, str]) -> list[str]:
    return ["".join(table.get(ch, ch) for ch in r) for r in rows]


def _ramps(base: dict[str, Ramp], **new: tuple[str, ...]) -> dict[str, Ramp]:
    out = dict(base)
    for k, codes in new.items():
        out[k] = Ramp.of(*codes)
    return out


def _other(p: Person, name: str, pal: dict[str, tuple[str, str]], heads: dict[str, list[str]],
           ramps: dict[str, Ramp], **body: object) -> Person:
    full_pal = dict(p.pal)
    full_pal.update(_pal(**pal))
    return _check(replace(p, name=name, pal=full_pal, heads=heads, ramps=ramps,
                          body={**p.body, **body}))


# the young Spink: a glossy black-brown bob grown round the old bun, no glasses, no lines
OSPK_HEADS = {k: _fuller(_swap(v, {"g": "S", "G": "S", "y": "s", "p": "p"}), upto=12)
              for k, v in {"front": SPK_FRONT, "side": SPK_SIDE, "back": SPK_BACK}.items()}
OTHER_SPINK = _other(
    SPINK, "other_spink",
    pal=dict(k=("#1a0e16", "#0a0408"), d=("#2c1624", "#0a0408"), h=("#42203a", "#0a0408"),
             H=("#6a3458", "#0a0408"), L=("#a45a8a", "#0a0408"),
             t=("#e29a86", "#6a2c2c"), s=("#ffc4a8", "#6a2c2c"), S=("#ffdcc6", "#6a2c2c"),
             u=("#ff8a9a", "#6a2c2c"), m=("#b0103c", "#6a2c2c"), r=("#ff2c5c", "#6a2c2c"),
             p=("#ffd23a", "#6a4a0a")),
    heads=OSPK_HEADS,
    ramps=_ramps(SPINK.ramps,
                 coat=("#6a0a3e", "#c8186e", "#f03c94", "#ff6cb4", "#ffb0dc"),
                 coat_far=("#6a0a3e", "#a01258", "#c8186e", "#e42a84"),
                 top=("#5a3a0a", "#d4a020", "#f4c840", "#fff08a"),
                 skirt=("#2a0a4a", "#5a1a9a", "#7a2ec4", "#9c4ee6"),
                 legs=("#5a2a2a", "#e0a090", "#f0b8a6", "#ffd0c0"),
                 legs_far=("#5a2a2a", "#c8887a", "#e0a090", "#f0b8a6"),
                 boots=("#3a0a1a", "#a01838", "#d82c50", "#ff6a84"),
                 boots_far=("#3a0a1a", "#801430", "#a01838", "#d82c50")),
)

OFRC_HEADS = {k: _fuller(_swap(v, {"y": "s"}), upto=12)
              for k, v in {"front": FRC_FRONT, "side": FRC_SIDE, "back": FRC_BACK}.items()}
OTHER_FORCIBLE = _other(
    FORCIBLE, "other_forcible",
    pal=dict(k=("#3a060e", "#16020a"), d=("#5e0c1a", "#16020a"), h=("#861626", "#16020a"),
             H=("#b42a34", "#16020a"), L=("#e05a4c", "#16020a"),
             t=("#dc9a86", "#6a2c2c"), s=("#ffc0a4", "#6a2c2c"), S=("#ffdac4", "#6a2c2c"),
             u=("#ff8c90", "#6a2c2c"), v=("#30b4d8", "#6a2c2c"),
             m=("#9a0024", "#6a2c2c"), r=("#ff1e3e", "#6a2c2c")),
    heads=OFRC_HEADS,
    ramps=_ramps(FORCIBLE.ramps,
                 coat=("#0a2a1a", "#0e6a48", "#12966a", "#2ac48e", "#7af0bc"),
                 coat_far=("#0a2a1a", "#0c5038", "#0e6a48", "#12966a"),
                 shawl=("#5a3a00", "#c08a0e", "#f0b820", "#ffdc4a", "#fff4a8"),
                 fringe=("#5a0a2a", "#c0186a", "#f0409a", "#ff8ac8"),
                 legs=("#1a0a1a", "#3e1a3e", "#582858", "#743a74"),
                 legs_far=("#1a0a1a", "#2c122c", "#3e1a3e", "#582858"),
                 boots=("#3a060e", "#8a0e24", "#c01e36", "#f04c5c"),
                 boots_far=("#3a060e", "#6a0a1c", "#8a0e24", "#c01e36")),
)


def _ringmaster_sash(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    _bobinsky_front(cv, p, pose, sh, hem, back)
    sash, gold = p.ramps["sash"], p.ramps["buckle"]
    # a red satin sash from the left shoulder to the right hip, gold-edged, a star medal
    band = set()
    for d in range(0, hem - sh - 1):
        x = 11 + (d * 12) // (hem - sh - 2)
        if back:  # seen from behind it runs the other way
            x = 30 - x
        for k in range(3):
            if (x + k, sh + 1 + d) in cv.col:
                band.add((x + k, sh + 1 + d))
    cv.paint(band, sash)
    for (x, y) in band:
        if (x - 1 if not back else x + 1, y) not in band:
            cv.put(x, y, gold[2], gold.line)
    if not back:
        cv.put(13, sh + 6, gold[3], gold.line)
        cv.put(12, sh + 7, gold[2], gold.line)
        cv.put(14, sh + 7, gold[2], gold.line)
        cv.put(13, sh + 8, gold[1], gold.line)


def _ringmaster_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    _bobinsky_side(cv, p, pose, sh, hem)
    sash = p.ramps["sash"]
    band = {(x, y) for (x, y) in cv.col if sh + 2 <= y <= sh + 6 and 13 + (y - sh) <= x <= 16 + (y - sh)
            and y < hem - 1}
    band |= {(x, y) for (x, y) in cv.col if sh + 7 <= y < hem - 1 and 20 + (y - sh - 7) // 2 <= x
             <= 22 + (y - sh - 7) // 2}
    cv.paint(band, sash)


OTHER_BOBINSKY = _other(
    BOBINSKY, "other_bobinsky",
    pal=dict(k=("#140e1a", "#06040a"), d=("#221a2c", "#06040a"), h=("#32283e", "#06040a"),
             H=("#4c3e5c", "#06040a"), L=("#6e5e82", "#06040a"),
             o=("#1c1010", "#06040a"), O=("#3e2622", "#06040a"),
             t=("#d88e7a", "#6a2c24"), s=("#f8b49c", "#6a2c24"), S=("#ffccb6", "#6a2c24"),
             m=("#a01c2c", "#6a2c24"), r=("#ff4a4a", "#6a2c24")),
    heads={k: _swap(v, {}) for k, v in BOBINSKY.heads.items()},
    ramps=_ramps(BOBINSKY.ramps,
                 coat=("#001a5a", "#0a50d0", "#1a78ff", "#4aa4ff", "#9ad4ff"),
                 coat_far=("#001a5a", "#083ca0", "#0a50d0", "#1a78ff"),
                 legs=("#3a0410", "#8a0a22", "#b81430", "#e02a44"),
                 legs_far=("#3a0410", "#6a081a", "#8a0a22", "#b81430"),
                 boots=("#0a0606", "#2a1a10", "#4a3018", "#f0c040"),
                 boots_far=("#0a0606", "#1e120c", "#2a1a10", "#4a3018"),
                 belt=("#3a2404", "#9a7010", "#d4a82a", "#ffe070"),
                 sash=("#4a0410", "#b0102a", "#e0203c", "#ff5a6a", "#ffa0a8"),
                 skin=("#6a2c24", "#d88e7a", "#f8b49c", "#ffccb6"),
                 skin_far=("#6a2c24", "#c07868", "#d88e7a", "#e8a08c")),
)
OTHER_BOBINSKY = replace(OTHER_BOBINSKY, front_details=_ringmaster_sash, side_details=_ringmaster_side)


# ============================================================== the ghost children
GHOST_LINE = "#18202e"


def _ghost_pal(**extra: tuple[str, str]) -> dict[str, tuple[C, C]]:
    return _pal(**{**dict(
        k=("#3c4658", GHOST_LINE), d=("#56627a", GHOST_LINE), h=("#74829a", GHOST_LINE),
        H=("#98a6bc", GHOST_LINE), L=("#c4d0e0", GHOST_LINE),
        t=("#8492a8", GHOST_LINE), s=("#aab8ca", GHOST_LINE), S=("#cad6e4", GHOST_LINE),
        e=("#0e1420", GHOST_LINE), o=("#4c5870", GHOST_LINE),
        m=("#46526a", GHOST_LINE), r=("#5e6c84", GHOST_LINE)), **extra})


def _ghost_ramps(**new: tuple[str, ...]) -> dict[str, Ramp]:
    base: dict[str, tuple[str, ...]] = {
        "skin": ("#2a3446", "#8492a8", "#aab8ca", "#cad6e4"),
        "legs": ("#141a26", "#2e384a", "#3e4a60", "#505e76"),
        "legs_far": ("#141a26", "#262e3e", "#2e384a", "#3e4a60"),
        "boots": ("#0c1018", "#1e2634", "#2c3648", "#44506a"),
        "boots_far": ("#0c1018", "#181e2a", "#1e2634", "#2c3648"),
    }
    base.update(new)
    return {k: Ramp.of(*v) for k, v in base.items()}


# the Lovat twin: pigtails with ribbons, a pinafore over a dress, bar shoes (1930s)
GG_FRONT = [
    "....hhhhhhhhh....",
    "...hHHLHHhhhhh...",
    "..hHLLHHhhhhhhd..",
    "..hHLHhhhkhhhhd..",
    ".hHHhhhhhkhhhhdd.",
    ".hHhSSSShkShhhhd.",
    ".hhSSSSSSssssshd.",
    ".hhSSSSSsssssshd.",
    "RhdSoeeSsSoeestdR",
    "ShdSSeeSsSseestdS",
    "hhdSSSSsssssssthh",
    "hH.tSSssstssst.hd",
    "hh..tSssmmsst..hd",
    "hH...tsssssst..hh",
    "hh....tssst....hd",
    ".R.....ttt.....R.",
    ".S.............S.",
]

GG_SIDE = [
    "...hhhhhhhhh.....",
    "..hHHLHHhhhhh....",
    ".hHLLHHhhhhhhh...",
    ".hHLHhhhhhhhhhh..",
    "hHHhhhhhhhhhhSh..",
    "hHhhhhhhhhhSSSS..",
    "hhhhhhhhhSSSSSs..",
    "hhhhhhhhtSSSoees.",
    "hhhhhhhhtSSSSees.",
    "hhhhhhhtSSSSSSsss",
    "hdhhhhhtSSSSssss.",
    "RdhhhhtSSSsssst..",
    "SRdhhhtSSsssmst..",
    ".hhdd..tssssst...",
    ".hh.....ttttt....",
    ".hh......ttt.....",
    ".RS..............",
]

GG_BACK = [
    "....hhhhhhhhh....",
    "...hHHLHHhhhhh...",
    "..hHLLHHhhhhhhd..",
    "..hHLHhhhkhhhhd..",
    ".hHHhhhhhkhhhhdd.",
    ".hHhhhhhhkhhhhhd.",
    ".hhhhhhhhkhhhhhd.",
    ".hhhhhhhkhhhhhhd.",
    "RhhhhhhhkhhhhhddR",
    "Shhhhhhhkhhhhhhdd",
    "hhhhhhhhkhhhhhdhh",
    "hH.hhhhhkhhhhd.hd",
    "hh..dhhhkhhhd..hd",
    "hH...ttttttt...hh",
    "hh....ttttt....hd",
    ".R.....ttt.....R.",
    ".S.............S.",
]


def _ghost_girl_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    dress, pin = R["coat"], R["pinafore"]
    if not back:
        bib = m_rows({y: (13, 19) for y in range(sh + 2, sh + 8)})
        skirt = m_rows({y: (11 - (y - sh - 8) // 3, 21 + (y - sh - 8) // 3) for y in range(sh + 8, hem)})
        cv.paint({q for q in bib | skirt if q in cv.col}, pin)
        for y in range(sh, sh + 3):  # straps over the shoulders
            cv.put(13, y, pin[2], pin.line)
            cv.put(19, y, pin[1], pin.line)
        for x in range(13, 20):
            cv.put(x, sh, dress[3] if x in (15, 16, 17) else dress[2], dress.line)  # a round collar
        cv.put(16, sh, R["skin"][2], R["skin"].line)
        for x in (14, 18):
            cv.recolour_px(x, sh + 10, pin[1])  # a pocket
        for x in range(10, 23):
            cv.recolour_px(x, sh + 8, pin[1])
    else:
        cross = set()
        for d in range(0, 8):
            cross |= {(13 + d // 2, sh + d), (19 - d // 2, sh + d)}
        cv.paint({q for q in cross if q in cv.col}, pin)
        bow = {(15, sh + 8), (16, sh + 8), (17, sh + 8), (14, sh + 9), (18, sh + 9), (16, sh + 9)}
        cv.paint({q for q in bow if q in cv.col}, pin, flat=True)
        for x in range(10, 23):
            cv.recolour_px(x, sh + 8, pin[1])
    for x in range(8, 25):
        cv.recolour_px(x, hem, dress[1])


def _ghost_girl_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    dress, pin = R["coat"], R["pinafore"]
    front = {(x, y) for (x, y) in cv.col if sh + 2 <= y < hem and x >= 18 and y <= hem}
    cv.paint(front, pin)
    for y in range(sh, sh + 3):
        cv.put(15, y, pin[2], pin.line)
    for x in range(9, 24):
        cv.recolour_px(x, hem, dress[1])
        cv.recolour_px(x, sh + 8, pin[1] if (x, sh + 8) in front else dress[1])


GHOST_GIRL = _check(Person(
    name="ghost_girl",
    pal=_ghost_pal(R=("#e4ecf6", GHOST_LINE)),
    heads={"front": GG_FRONT, "side": GG_SIDE, "back": GG_BACK},
    head_at={"front": (8, 15), "side": (7, 15), "back": (8, 15)},
    eyes_front=((5, 8), (11, 8)),
    eye_side=(13, 7),
    mouth={
        "front": ([(7, 12, "t"), (8, 12, "m"), (9, 12, "m"), (10, 12, "t")],
                  [(8, 12, "m"), (9, 12, "m"), (8, 13, "e"), (9, 13, "e")]),
        "side": ([(13, 12, "m")], [(13, 12, "m"), (14, 12, "m"), (13, 13, "e")]),
    },
    ramps=_ghost_ramps(
        coat=("#1e2838", "#4a5874", "#5e6e8c", "#7686a6", "#94a4c2"),
        coat_far=("#1e2838", "#3c4860", "#4a5874", "#5e6e8c"),
        pinafore=("#3a4456", "#a8b4c6", "#c4cedc", "#dee6f0", "#f4f8fc"),
    ),
    body={"shoulder": 32, "hem": 48, "boot": 4, "adult": 0,
          "front_hw": (4, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 8, 8),
          "side_spans": ((12, 19), (11, 20), (11, 20), (11, 20), (11, 20), (11, 20), (11, 20),
                         (11, 20), (10, 21), (10, 21), (10, 21), (9, 22), (9, 22), (9, 22),
                         (9, 23), (9, 23)),
          "legw": 2, "bootw": 3, "leg_l": 13, "leg_r": 18, "arm": 11, "arm_l": 10, "arm_r": 21,
          "arm_side": 15, "toe": 2},
    front_details=_ghost_girl_front,
    side_details=_ghost_girl_side,
))


# a boy from the 1800s: a flat cap, a collarless shirt, braces, short trousers, long socks
GB_FRONT = [
    "...ccCCCCcccc..",
    "..cCCCCCccccccn",
    ".cCCCcccccccccn",
    "ncccccccccccccn",
    "nbbbbbbbbbbbbbn",
    ".hhhhhhhkhhhhd.",
    "thSSSSSSssssstt",
    "tSSoeeSssoeestt",
    "tSSSeeSsssees.t",
    ".SSSSSssssssst.",
    ".tSSSssttsssst.",
    "..tSssssssst...",
    "..tSssmmmsst...",
    "...tssssssst...",
    ".....ttttt.....",
    "......ttt......",
]

GB_SIDE = [
    "..ccCCCCccc....",
    ".cCCCCCcccccc..",
    "ccCCccccccccccn",
    "nccccccccccccbb",
    "nbbbbbbbbbbbbbbb"[:15],
    ".hhhhhhhhhhSSS.",
    "hhhhhhhhSSSSSS.",
    "hhhhhhhtSSSoes.",
    "hhhhhhtSSSSSes.",
    ".hhhhhtSSSSSsss",
    ".dhhhtSSSSsssst",
    "..dhtSSSssssst.",
    "...htSSsssms...",
    "....tsssssst...",
    ".....tttttt....",
    "......ttt......",
]

GB_BACK = [
    "...ccCCCCcccc..",
    "..cCCCCCccccccn",
    ".cCCCcccccccccn",
    "ncccccccccccccn",
    "nbbbbbbbbbbbbbn",
    ".hhhhhhhhhhhhd.",
    "thhhhhhhhhhhhdt",
    "thhhhhhhhhhhhdt",
    "thhhhhhhhhhhddt",
    ".hhhhhhhhhhhhd.",
    ".hhdhhhhhhdhdd.",
    "..hdhhdhhdhdd..",
    "...ttttttttt...",
    "...ttttttttt...",
    ".....ttttt.....",
    "......ttt......",
]


def _ghost_boy_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    shirt, shorts, braces = R["coat"], R["shorts"], R["braces"]
    cut = hem - 6
    cv.paint({(x, y) for (x, y) in cv.col if cut <= y <= hem}, shorts)
    for y in (hem, hem - 1):  # the two legs of the shorts
        cv.put(16, y, shorts[0], shorts.line)
    cv.erase({(16, hem)})
    for x in range(9, 24):
        cv.recolour_px(x, cut, shorts[1])
    for y in range(sh, cut + 1):  # braces, straight down the front (or crossed at the back)
        if back:
            d = (y - sh) // 3
            xl, xr = (12 + d, 20 - d) if y - sh < 10 else (14, 18)
        else:
            xl, xr = 13, 19
        cv.put(xl, y, braces[2], braces.line)
        cv.put(xr, y, braces[1], braces.line)
    if not back:
        for y in range(sh + 1, sh + 5):
            cv.recolour_px(16, y, shirt[1])  # the shirt's placket
        cv.put(16, sh, R["skin"][2], R["skin"].line)
        cv.put(13, cut - 1, braces[3], braces.line)
        cv.put(19, cut - 1, braces[3], braces.line)
        for y in range(sh + 2, sh + 12, 3):
            cv.recolour_px(16, y, shirt[3])


def _ghost_boy_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    shorts, braces = R["shorts"], R["braces"]
    cut = hem - 6
    cv.paint({(x, y) for (x, y) in cv.col if cut <= y <= hem}, shorts)
    for x in range(9, 24):
        cv.recolour_px(x, cut, shorts[1])
    for y in range(sh, cut):
        cv.recolour_px(18, y, braces[2])
    for x in range(10, 23):
        cv.recolour_px(x, hem, shorts[1])


GHOST_BOY = _check(Person(
    name="ghost_boy",
    pal=_ghost_pal(c=("#4a566e", GHOST_LINE), C=("#66748e", GHOST_LINE), n=("#36405a", GHOST_LINE),
                   b=("#2a3246", GHOST_LINE)),
    heads={"front": GB_FRONT, "side": GB_SIDE, "back": GB_BACK},
    head_at={"front": (9, 15), "side": (9, 15), "back": (9, 15)},
    eyes_front=((4, 7), (9, 7)),
    eye_side=(12, 7),
    mouth={
        "front": ([(6, 12, "m"), (7, 12, "m"), (8, 12, "m")],
                  [(6, 12, "m"), (7, 12, "e"), (8, 12, "m"), (7, 13, "e")]),
        "side": ([(11, 12, "m")], [(11, 12, "e"), (10, 12, "m"), (11, 13, "e")]),
    },
    ramps=_ghost_ramps(
        coat=("#2e3a4c", "#8896ac", "#a6b2c6", "#c2ccdc", "#dfe6f0"),
        coat_far=("#2e3a4c", "#74829a", "#8896ac", "#a6b2c6"),
        shorts=("#161c2a", "#343e54", "#445068", "#566480"),
        braces=("#0e141e", "#262e40", "#3a4458", "#56627a"),
        legs=("#1c2230", "#5e6a80", "#727e96", "#8894aa"),
        legs_far=("#1c2230", "#4e5a70", "#5e6a80", "#727e96"),
    ),
    body={"shoulder": 31, "hem": 48, "boot": 5, "adult": 0,
          "front_hw": (4, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6),
          "side_spans": ((12, 19), (11, 20), (11, 20), (11, 20), (11, 20), (11, 20), (11, 20),
                         (11, 20), (11, 20), (11, 20), (11, 20), (11, 20), (11, 21)),
          "legw": 2, "bootw": 3, "leg_l": 13, "leg_r": 18, "arm": 12, "arm_l": 10, "arm_r": 21,
          "arm_side": 15, "toe": 2},
    front_details=_ghost_boy_front,
    side_details=_ghost_boy_side,
))


# a girl from long ago: a deep poke bonnet tied under the chin, a long dress and an apron
G2_FRONT = [
    "....nnnnnnnnn....",
    "..nnBBBBBBBbbnn..",
    ".nBBBBbbbbbbbbbn.",
    ".nBbbhhhhhhhhbbn.",
    "nBbhhHhhhhhhhhbbn",
    "nBbhHSSSSSSSshbbn",
    "nBbhSSSSSSsssshbn",
    "nBbSSSSSSSssssbbn",
    "nBbSoeeSsSoeesbbn",
    "nBbSSeeSsSseesbbn",
    ".nbSSSSsssssssbn.",
    ".nbtSSssstssstbn.",
    "..nbtSssmmssstn..",
    "...n.tsssssst.n..",
    "......tRRRst.....",
    "......RR.RR......",
]

G2_SIDE = [
    "...nnnnnnnnn.....",
    "..nBBBBBBBbbnn...",
    ".nBBBBBbbbbbbbn..",
    "nBBBbbbbbbbbbbbn.",
    "nBBbbbbbbbbhhHbn.",
    "nBbbbbbbbbhSSSSbn",
    "nBbbbbbbbhSSSSSbn",
    "nbbbbbbbbtSSoesbn",
    "nbbbbbbbbtSSSeesn",
    ".nbbbbbbtSSSSsssn",
    ".nbbbbbbtSSSssssn",
    "..nnbbbtSSSssst..",
    "....nntSSsssmst..",
    "......ttsssst....",
    "........tRRt.....",
    "........RRRR.....",
]

G2_BACK = [
    "....nnnnnnnnn....",
    "..nnBBBBBBBbbnn..",
    ".nBBBBbbbbbbbbbn.",
    ".nBbbbbbbbbbbbbn.",
    "nBbbbbbbbbbbbbbbn",
    "nBbbbbbbbbbbbbbbn",
    "nBbbbbbbbbbbbbbbn",
    "nBbbbbbbbbbbbbbbn",
    "nBbbbbbbbbbbbbbbn",
    "nbbbbbbbbbbbbbbbn",
    ".nbbbbbbbbbbbbbn.",
    ".nnbbbbbbbbbbbnn.",
    "..nnnbbbbbbbnnn..",
    "....nnRRRRRnn....",
    "......RtttR......",
    "......ttttt......",
]


def _ghost_girl2_front(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int, back: bool) -> None:
    R = p.ramps
    dress, apron = R["coat"], R["pinafore"]
    if not back:
        a = m_rows({y: (13, 19) for y in range(sh + 9, hem - 1)})
        cv.paint({q for q in a if q in cv.col}, apron)
        for x in range(12, 21):  # the apron's waistband, a white kerchief collar
            cv.recolour_px(x, sh + 8, apron[1])
        collar = m_rows({sh: (12, 20), sh + 1: (12, 20), sh + 2: (13, 19), sh + 3: (15, 17)})
        cv.paint({q for q in collar if q in cv.col}, apron)
        cv.put(16, sh + 3, dress[1], dress.line)
    else:
        collar = m_rows({sh: (12, 20), sh + 1: (12, 20), sh + 2: (13, 19), sh + 3: (14, 18),
                         sh + 4: (15, 17)})
        cv.paint({q for q in collar if q in cv.col}, apron)
        for x in range(10, 23):
            cv.recolour_px(x, sh + 8, apron[1])
        cv.paint({(15, sh + 9), (17, sh + 9), (16, sh + 9), (15, sh + 10), (17, sh + 11)}, apron, flat=True)
    for y in range(sh + 12, hem - 1, 2):
        cv.recolour_px(11, y, dress[1])
        cv.recolour_px(21, y, dress[1])
    for x in range(6, 27):
        cv.recolour_px(x, hem, dress[1])


def _ghost_girl2_side(cv: Canvas, p: Person, pose: Pose, sh: int, hem: int) -> None:
    R = p.ramps
    dress, apron = R["coat"], R["pinafore"]
    a = {(x, y) for (x, y) in cv.col if sh + 9 <= y < hem - 1 and x >= 20}
    cv.paint(a, apron)
    collar = m_rows({sh: (13, 20), sh + 1: (12, 20), sh + 2: (14, 20)})
    cv.paint({q for q in collar if q in cv.col}, apron)
    for x in range(8, 25):
        cv.recolour_px(x, hem, dress[1])
        cv.recolour_px(x, sh + 8, apron[1] if x >= 19 else dress[1])


GHOST_GIRL2 = _check(Person(
    name="ghost_girl2",
    pal=_ghost_pal(n=("#3a465c", GHOST_LINE), B=("#b4c0d2", GHOST_LINE), b=("#8896ae", GHOST_LINE),
                   R=("#d6e0ec", GHOST_LINE)),
    heads={"front": G2_FRONT, "side": G2_SIDE, "back": G2_BACK},
    head_at={"front": (8, 15), "side": (8, 15), "back": (8, 15)},
    eyes_front=((5, 8), (11, 8)),
    eye_side=(13, 7),
    mouth={
        "front": ([(8, 12, "m"), (9, 12, "m")], [(8, 12, "e"), (9, 12, "m"), (8, 13, "e")]),
        "side": ([(13, 12, "m")], [(13, 12, "e"), (12, 12, "m"), (13, 13, "e")]),
    },
    ramps=_ghost_ramps(
        coat=("#1a2232", "#3e4a62", "#505e7a", "#667692", "#8292ae"),
        coat_far=("#1a2232", "#343e54", "#3e4a62", "#505e7a"),
        pinafore=("#3a4456", "#a8b4c6", "#c4cedc", "#dee6f0", "#f4f8fc"),
    ),
    body={"shoulder": 31, "hem": 57, "boot": 3, "adult": 0,
          "front_hw": (4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10,
                       10, 10, 10),
          "side_spans": ((12, 19), (11, 20), (11, 20), (11, 20), (11, 20), (11, 20), (11, 20),
                         (11, 20), (11, 21), (10, 21), (10, 21), (10, 21), (10, 22), (9, 22),
                         (9, 22), (9, 22), (9, 23), (8, 23), (8, 23), (8, 24), (8, 24), (7, 24),
                         (7, 25), (7, 25), (7, 25), (7, 25), (7, 25)),
          "legw": 2, "bootw": 3, "leg_l": 13, "leg_r": 18, "arm": 12, "arm_l": 10, "arm_r": 21,
          "arm_side": 15, "toe": 2},
    front_details=_ghost_girl2_front,
    side_details=_ghost_girl2_side,
))


def _faint(sheet: pygame.Surface, alpha: int = 205) -> pygame.Surface:
    """The ghosts are a little see-through."""
    out = sheet.copy()
    w, h = out.get_size()
    for y in range(h):
        for x in range(w):
            c = out.get_at((x, y))
            if c.a:
                out.set_at((x, y), (c.r, c.g, c.b, alpha))
    return out


# ============================================================== the jumping mouse
MOUSE_LINE = "#1c120e"
MOUSE = Ramp.of(MOUSE_LINE, "#4e3c30", "#6e5644", "#8e735a", "#b09478")
MOUSE_FAR = Ramp.of(MOUSE_LINE, "#3e3026", "#4e3c30", "#6e5644")
BELLY = Ramp.of(MOUSE_LINE, "#b8a48a", "#d8c6a8", "#eee0c6")
PINK = Ramp.of("#4a2424", "#b06a6a", "#d48e8a", "#f0b4ac")
M_EYE, M_NOSE = _rgb("#08060a"), _rgb("#e88a94")


def _mouse_tail(cv: Canvas, pts: list[tuple[int, int]]) -> None:
    cv.paint(m_limb(pts, 1), PINK, flat=True)


def _mouse_front(cv: Canvas, up: int, back: bool, mouth: bool, ears: int,
                 legs: str) -> list[tuple[int, int]]:
    """Sitting up on its big hind feet (legs 'sit'), crouched to jump or stretched mid-air."""
    y0 = 61 - up
    if back:
        tail = [(16, y0), (19, y0 + 1 if up else y0), (23, y0 - 1 if up else y0), (26, y0 - 3)]
        if up == 0:
            tail = [(16, 61), (20, 61), (24, 60), (27, 58)]
    else:
        tail = [(19, y0), (23, y0 if up else 61), (26, y0 - 2 if up else 60), (27, y0 - 4 if up else 58)]
    _mouse_tail(cv, tail)
    # hind feet, long, pointing forwards
    if legs == "stretch":
        feet = m_rect(13, y0 + 1, 2, 2) | m_rect(18, y0 + 1, 2, 2)
    else:
        feet = m_rect(12, y0, 3, 1) | m_rect(18, y0, 3, 1)
    cv.paint(feet, PINK)
    body_h = 4.5 if legs == "crouch" else 5.5
    body = m_ellipse(16, y0 - body_h + 0.5, 4.5, body_h)
    cv.paint(body, MOUSE)
    if not back:
        cv.paint(m_ellipse(16, y0 - body_h + 1.5, 2.5, body_h - 1.5), BELLY)
    hy = y0 - 2 * body_h - 2
    ear_y = hy - 3.5 + ears
    for ex in (12, 20):
        cv.paint(m_ellipse(ex, ear_y, 2.4, 2.4), MOUSE)
        if not back:
            cv.paint(m_ellipse(ex, ear_y + 0.3, 1.3, 1.3), PINK, flat=True)
    head = m_ellipse(16, hy, 4, 3.3)
    cv.paint(head, MOUSE)
    if back:
        return []
    # forepaws held at the chest
    cv.put(14, int(y0 - body_h - 1), PINK[2], PINK.line)
    cv.put(18, int(y0 - body_h - 1), PINK[2], PINK.line)
    ey = int(hy)
    for ex in (14, 18):
        cv.put(ex, ey, M_EYE, MOUSE.line)
    cv.put(14, ey - 1, MOUSE[3])
    cv.put(18, ey - 1, MOUSE[3])
    cv.put(16, ey + 1, M_NOSE, MOUSE.line)
    cv.put(16, ey + 2, MOUSE[3] if not mouth else PINK[0], MOUSE.line)
    if mouth:
        cv.put(16, ey + 3, PINK[1], MOUSE.line)
    return [(14, ey), (18, ey)]


def _mouse_side(cv: Canvas, up: int, mouth: bool, legs: str, tilt: int) -> list[tuple[int, int]]:
    """Side view, nose to the right: a curled body, huge hind feet, a tail longer than itself."""
    y0 = 61 - up
    tail = [(10, y0 - 2), (6, y0 - 1 + tilt), (4, y0 - 3 + 2 * tilt), (2, y0 - 6 + 2 * tilt)]
    _mouse_tail(cv, tail)
    # the far ear, then the body
    if legs == "stretch":
        foot = m_limb([(12, y0 - 2), (9, y0 + 1)], 2) | m_rect(7, y0 + 1, 3, 1)
    elif legs == "tuck":
        foot = m_rect(13, y0 - 1, 5, 1)
    else:
        foot = m_rect(12, y0, 6, 1)
    cv.paint(foot, PINK)
    body = m_ellipse(15, y0 - 4, 5.5, 4.2) if legs != "stretch" else m_ellipse(15, y0 - 4, 6, 3.6)
    cv.paint(body, MOUSE)
    cv.paint({(x, y) for (x, y) in body if y >= y0 - 2 and x >= 15}, BELLY)
    haunch = m_ellipse(13, y0 - 3, 2.5, 2.5)
    cv.paint(haunch, MOUSE)
    hx, hy = (21, y0 - 6) if legs != "stretch" else (22, y0 - 5)
    cv.paint(m_ellipse(hx - 2.5, hy - 4, 2.3, 2.6), MOUSE)  # ear
    cv.paint(m_ellipse(hx - 2.3, hy - 3.8, 1.2, 1.5), PINK, flat=True)
    head = m_ellipse(hx, hy, 3.2, 2.6) | {(hx + 3, hy), (hx + 3, hy + 1)}
    cv.paint(head, MOUSE)
    cv.put(hx + 4, hy + 1, M_NOSE, MOUSE.line)
    cv.put(hx + 1, hy - 1, M_EYE, MOUSE.line)
    cv.put(hx + 1, hy - 2, MOUSE[3])
    if mouth:
        cv.put(hx + 2, hy + 2, PINK[1], MOUSE.line)
        cv.put(hx + 3, hy + 2, PINK[0], MOUSE.line)
    cv.put(hx + 4, hy, BELLY[1], MOUSE.line)  # a whisker
    # a forepaw
    fp = (hx - 1, hy + 3) if legs != "stretch" else (hx, hy + 3)
    cv.put(*fp, PINK[2], PINK.line)
    return [(hx + 1, hy - 1)]


# idle: sit, breathe (ears twitch); walk: crouch, leap, top of the hop, land; talk: sit, squeak
MOUSE_FRAMES = [
    (0, "sit", 0, False), (0, "sit", 1, False),
    (0, "crouch", 1, False), (3, "stretch", 0, False), (5, "tuck", 0, False), (2, "stretch", 1, False),
    (0, "sit", 0, False), (0, "sit", 0, True),
]


def mouse_sheet() -> tuple[pygame.Surface, list[tuple[int, int]]]:
    sheet = pygame.Surface((FW * COLS, FH * ROWS), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    eyes: list[tuple[int, int]] = []
    for row in range(ROWS):
        for col, (up, legs, ears, mouth) in enumerate(MOUSE_FRAMES):
            cv = Canvas(FW, FH)
            if row == 1:
                mouth = False
            if row == 2:
                _mouse_side(cv, up, mouth, legs, ears)
            else:
                e = _mouse_front(cv, up, row == 1, mouth, ears, "crouch" if legs == "tuck" else legs)
                if row == 0 and col == 0:
                    eyes = e
            sheet.blit(cv.surface(), (col * FW, row * FH))
    return sheet, eyes


# ============================================================== the Beldam's hand
# Cut off at the wrist by the door: thin, chalk-white, five long fingers ending in needles, a
# stump of ragged black thread. It walks on its fingertips like a spider, knuckles high.
HAND_LINE = "#2a2430"
HAND = Ramp.of(HAND_LINE, "#8e8a9c", "#bcb8c8", "#dedbe6", "#f6f4fa")
HAND_FAR = Ramp.of(HAND_LINE, "#6a667a", "#8e8a9c", "#a8a4b6")
NEEDLE_LINE = _rgb("#101218")
NEEDLE = (_rgb("#5e6472"), _rgb("#aab0bc"), _rgb("#eef2f6"))
THREAD_BLACK = (_rgb("#0c0a10"), _rgb("#26222e"), _rgb("#3e3a48"))

Pt = tuple[int, int]
# a leg: name, knuckle, knee, needle tip, far (darker, drawn behind the palm)
Leg = tuple[str, Pt, Pt, Pt, bool]

HAND_SIDE: list[Leg] = [   # facing right: the fingers fan out forward, the thumb tucked back
    ("little", (17, 46), (16, 40), (11, 61), True),
    ("ring", (18, 46), (21, 39), (18, 61), True),
    ("middle", (19, 47), (24, 40), (24, 61), False),
    ("index", (19, 48), (27, 43), (28, 61), False),
    ("thumb", (10, 50), (7, 53), (5, 61), False),
]
HAND_FRONT: list[Leg] = [  # coming towards us: fingers splayed to both sides, thumb under
    ("little", (11, 48), (6, 42), (4, 61), True),
    ("index", (21, 48), (26, 42), (28, 61), True),
    ("ring", (13, 50), (9, 44), (11, 61), False),
    ("middle", (19, 50), (23, 44), (21, 61), False),
    ("thumb", (16, 51), (15, 53), (14, 56), False),
]
HAND_BACK: list[Leg] = [   # going away: the same fan from behind, the stump towards us
    ("index", (11, 48), (6, 42), (4, 61), True),
    ("little", (21, 48), (26, 42), (28, 61), True),
    ("middle", (13, 48), (9, 43), (11, 61), True),
    ("ring", (19, 48), (23, 43), (21, 61), True),
]
# walk: two sets of legs take turns; lifted legs reach 3 px up and 1 px on (2 from the front)
HAND_GAIT = ({"index", "little"}, {"middle", "ring", "thumb"})


def _finger(cv: Canvas, k: Pt, j: Pt, t: Pt, far: bool) -> None:
    ramp = HAND_FAR if far else HAND
    for p in bresenham(*k, *j):
        cv.put(*p, ramp[3], ramp.line)
    lower = bresenham(*j, *t)[1:]
    n = len(lower)
    for i, p in enumerate(lower):
        if i >= n - 3:  # the needle: dull at the join, bright in the middle, dark at the point
            cv.put(*p, NEEDLE[(1, 2, 0)[i - (n - 3)]], NEEDLE_LINE)
        else:
            cv.put(*p, ramp[2], ramp.line)
    cv.put(*j, ramp[4] if not far else ramp[3], ramp.line)  # the knuckle of the knee


def _threads(surf: pygame.Surface, strands: list[list[Pt]], ox: int) -> None:
    """Loose black threads, drawn without an outline (thin, after the outline pass)."""
    for s in strands:
        pts = []
        for a, b in zip(s, s[1:]):
            pts += bresenham(*a, *b)
        for i, (x, y) in enumerate(pts):
            surf.set_at((ox + x, y), (*THREAD_BLACK[1 if i % 3 else 2], 255))


def _hand_frame(view: str, col: int) -> tuple[pygame.Surface, list[list[Pt]]]:
    legs = {"side": HAND_SIDE, "front": HAND_FRONT, "back": HAND_BACK}[view]
    b = 0          # the palm's bob (+ is lower)
    lifted: set[str] = set()
    raise_: dict[str, tuple[Pt, Pt]] = {}   # fingers held up in the air: new knee and tip
    glint: Pt | None = None
    if col == 1:   # idle twitch: the palm settles, one finger taps
        b = 1
        lifted = {"index" if view == "side" else "ring"}
    elif 2 <= col <= 5:
        phase = col - 2
        lifted = HAND_GAIT[phase // 2] if phase % 2 == 0 else set()
        b = 0 if phase % 2 == 0 else 1
    elif col >= 6 and view != "back":  # talking: needle fingers click together
        if view == "side":
            raise_["index"] = ((26, 41), (29, 38) if col == 6 else (28, 36))
            if col == 7:
                raise_["middle"] = ((23, 39), (28, 38))
                glint = (28, 37)
        else:
            raise_["ring"] = ((9, 43), (12, 39) if col == 6 else (15, 39))
            if col == 7:
                raise_["middle"] = ((22, 43), (17, 39))
                glint = (16, 38)
    cv = Canvas(FW, FH)
    side = view == "side"

    def leg(name: str, k: Pt, j: Pt, t: Pt, far: bool) -> None:
        k = (k[0], k[1] + b)
        j = (j[0], j[1] + b)
        if name in raise_:
            j, t = raise_[name]
        elif name in lifted:
            dx = 1 if side else (-1 if t[0] < 16 else 1 if t[0] > 16 else 0)
            j = (j[0] + (1 if side else 0), j[1] - 1)
            t = (t[0] + dx, t[1] - 3)
        _finger(cv, k, j, t, far)

    for name, k, j, t, far in legs:
        if far:
            leg(name, k, j, t, far)
    # the palm (the back of the hand): long from the side, broad from the front
    if side:
        palm = m_poly([(5, 46.5 + b), (9, 44.5 + b), (14, 43.5 + b), (18, 44 + b), (20.5, 46 + b),
                       (20.5, 48.5 + b), (17, 50.5 + b), (10, 51 + b), (5, 50.5 + b)], FW, FH)
    elif view == "front":  # from a little above: the wrist narrow and far, the knuckles broad
        palm = m_poly([(12, 44.5 + b), (20, 44.5 + b), (22.5, 48 + b), (21.5, 51 + b), (10.5, 51 + b),
                       (9.5, 48 + b)], FW, FH)
    else:
        palm = m_poly([(9.5, 45 + b), (22.5, 45 + b), (21.5, 48.5 + b), (19.5, 51.5 + b), (12.5, 51.5 + b),
                       (10.5, 48.5 + b)], FW, FH)
    cv.paint(palm, HAND)
    # knuckle bumps and the long bones showing through the thin skin
    if side:
        for x in (16, 18):
            cv.recolour_px(x, 45 + b, HAND[4])
        for x in (11, 13, 15):
            cv.recolour_px(x, 46 + b, HAND[2])
        # the torn wrist: ragged black thread where it was cut
        for y in range(46, 51):
            cv.recolour_px(5 + (y % 2), y + b, THREAD_BLACK[0])
            cv.recolour_px(6, y + b, THREAD_BLACK[1] if y % 2 else HAND[1])
    else:
        ky = 49 if view == "front" else 46
        for x in (12, 15, 18, 20):
            cv.recolour_px(x, ky + b, HAND[4])
        for x, y in ((13, 47), (15, 47), (17, 47), (19, 47), (14, 46), (18, 46)):
            cv.recolour_px(x, y + b, HAND[2])
    if view == "back":  # the stump faces us: a ragged edge of black thread at the wrist
        for x in range(13, 20):
            cv.recolour_px(x, 51 + b, THREAD_BLACK[0])
            if x % 2:
                cv.recolour_px(x, 50 + b, THREAD_BLACK[1])
    for name, k, j, t, far in legs:
        if not far:
            leg(name, k, j, t, far)
    strands: list[list[Pt]]
    if side:
        strands = [[(4, 47 + b), (2, 45 + b), (1, 45 + b)],
                   [(4, 49 + b), (2, 50 + b), (1, 49 + b)],
                   [(5, 51 + b), (3, 54 + b), (3, 57 + b - (col % 2))]]
    elif view == "front":   # the wrist is behind: threads stick up and back over it
        strands = [[(14, 44 + b), (13, 42 + b), (14, 41 + b)],
                   [(18, 44 + b), (19, 43 + b), (21, 43 + b - (col % 2))]]
    else:
        strands = [[(15, 51 + b), (14, 54 + b), (15, 57 + b)],
                   [(17, 51 + b), (18, 53 + b), (20, 55 + b - (col % 2)), (21, 55 + b)],
                   [(16, 51 + b), (16, 53 + b)]]
    if glint is not None:
        cv.put(*glint, NEEDLE[2], NEEDLE_LINE)
    return cv.surface(), strands


def hand_sheet() -> tuple[pygame.Surface, list[tuple[int, int]]]:
    sheet = pygame.Surface((FW * COLS, FH * ROWS), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for row, view in enumerate(("front", "back", "side")):
        for col in range(COLS):
            surf, strands = _hand_frame(view, col)
            sheet.blit(surf, (col * FW, row * FH))
            _threads(sheet, [[(x, y + row * FH) for x, y in s] for s in strands], col * FW)
    # no eyes: the knuckles stand in for them, so a speech portrait frames the whole hand
    return sheet, [(14, 50), (18, 50)]


# ============================================================== build
PEOPLE = (SPINK, FORCIBLE, BOBINSKY)
OTHERS = (OTHER_SPINK, OTHER_FORCIBLE, OTHER_BOBINSKY)
GHOSTS = (GHOST_GIRL, GHOST_BOY, GHOST_GIRL2)


def build(out: Path) -> dict[str, pygame.Surface]:
    sheets: dict[str, tuple[pygame.Surface, list[tuple[int, int]]]] = {}
    for p in PEOPLE + GHOSTS:
        s, frame_eyes = person_sheet(p)
        if p in GHOSTS:
            s = _faint(s)
        sheets[p.name] = (s, frame_eyes[(0, 0)])
    for p in OTHERS:
        s, frame_eyes = person_sheet(p)
        _sew_eyes(s, frame_eyes)
        sheets[p.name] = (s, frame_eyes[(0, 0)])
    sheets["mouse"] = mouse_sheet()
    sheets["hand"] = hand_sheet()
    done = {}
    for name, (s, eyes) in sheets.items():
        save(s, out / f"{name}.png")
        _write_json(out / f"{name}.json", _meta(eyes))
        done[name] = s
    return done

