"""Renders room maps (tile and image layers in file order) to PNGs for a quick look.

Usage: .venv/bin/python tools/preview_rooms.py [room ...] [--flags night,small_door_found]
       [--objects] [--out /tmp] [--scale 2]
Only `flag NAME` conditions are honoured (from --flags); `has`/`visited` count as false.
"""

from __future__ import annotations

import argparse
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
import pygame  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ROOT / "maps" / "rooms"


def condition(text: str, flags: set[str]) -> bool:
    expr = re.sub(r"\bflag\s+(\w+)", lambda m: str(m.group(1) in flags), text)
    expr = re.sub(r"\b(has|visited)\s+\w+", "False", expr)
    return bool(eval(expr, {"__builtins__": {}}, {}))  # noqa: S307 - our own maps


def props_of(el: ET.Element) -> dict[str, str]:
    return {p.get("name", ""): p.get("value", "") for p in el.findall("./properties/property")}


def load_tileset(tmx: Path, root: ET.Element) -> tuple[int, pygame.Surface, int]:
    ts = root.find("tileset")
    assert ts is not None
    tsx_path = (tmx.parent / ts.get("source", "")).resolve()
    tsx = ET.parse(tsx_path).getroot()
    img = tsx.find("image")
    assert img is not None
    sheet = pygame.image.load(str((tsx_path.parent / img.get("source", "")).resolve()))
    return int(ts.get("firstgid", "1")), sheet, int(tsx.get("columns", "8"))


def render(tmx: Path, flags: set[str], objects: bool) -> pygame.Surface:
    root = ET.parse(tmx).getroot()
    w = int(root.get("width", "40")) * 16
    h = int(root.get("height", "20")) * 16
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    out.fill((0, 0, 0, 255))
    firstgid, sheet, cols = load_tileset(tmx, root)
    for el in root:
        if el.get("visible") == "0":
            continue
        cond = props_of(el).get("visible_if")
        if cond and not condition(cond, flags):
            continue
        if el.tag == "layer":
            data = el.find("data")
            assert data is not None and data.text
            gids = [int(v) for v in data.text.replace("\n", "").split(",")]
            lw = int(el.get("width", "40"))
            for i, gid in enumerate(gids):
                if gid:
                    t = gid - firstgid
                    src = pygame.Rect((t % cols) * 16, (t // cols) * 16, 16, 16)
                    out.blit(sheet, ((i % lw) * 16, (i // lw) * 16), src)
        elif el.tag == "imagelayer":
            img = el.find("image")
            assert img is not None
            pic = pygame.image.load(str((tmx.parent / img.get("source", "")).resolve()))
            out.blit(pic, (int(float(el.get("offsetx", "0"))), int(float(el.get("offsety", "0")))))
    if objects:
        colours = {"walkarea": (80, 255, 80), "blocker": (255, 60, 60), "hotspot": (255, 230, 0),
                   "exit": (0, 200, 255), "spawn": (255, 0, 255), "actor": (255, 128, 0),
                   "point": (255, 255, 255)}
        for og in root.iter("objectgroup"):
            for ob in og.findall("object"):
                kind = ob.get("type") or ob.get("class") or ""
                cond = props_of(ob).get("visible_if")
                if cond and not condition(cond, flags):
                    continue
                c = colours.get(kind, (200, 200, 200))
                x, y = float(ob.get("x", "0")), float(ob.get("y", "0"))
                pg = ob.find("polygon")
                if pg is not None:
                    pts = [(x + float(a), y + float(b)) for a, b in
                           (p.split(",") for p in pg.get("points", "").split())]
                    pygame.draw.polygon(out, c, pts, 1)
                elif ob.find("point") is not None:
                    pygame.draw.line(out, c, (x - 3, y), (x + 3, y))
                    pygame.draw.line(out, c, (x, y - 3), (x, y + 3))
                else:
                    pygame.draw.rect(out, c, pygame.Rect(x, y, float(ob.get("width", "0")),
                                                         float(ob.get("height", "0"))), 1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("rooms", nargs="*")
    ap.add_argument("--flags", default="")
    ap.add_argument("--objects", action="store_true")
    ap.add_argument("--out", default="/tmp")
    ap.add_argument("--scale", type=int, default=1)
    a = ap.parse_args()
    flags = {f for f in a.flags.split(",") if f}
    rooms = a.rooms or sorted(p.stem for p in ROOMS.glob("*.tmx"))
    suffix = ("_" + "_".join(sorted(flags))) if flags else ""
    suffix += "_objects" if a.objects else ""
    for room in rooms:
        img = render(ROOMS / f"{room}.tmx", flags, a.objects)
        if a.scale > 1:
            img = pygame.transform.scale_by(img, a.scale)
        path = Path(a.out) / f"room_{room}{suffix}.png"
        pygame.image.save(img, str(path))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
