"""``coraline saves list [--json]``: the save folder and every slot, as text or as JSON.

Only reads: a damaged file is described (and its backup with it), never changed.
"""

from __future__ import annotations

import json
from argparse import Namespace
from typing import Any

from coraline_game.content.model import Content
from coraline_game.saves import SlotInfo, chapter_label, list_slots, local_date, play_time, saves_dir


def saves_command(args: Namespace, content: Content) -> int:
    """Print the slots (``args.json``: as JSON); exit 0."""
    slots = list_slots(content)
    if getattr(args, "json", False):
        print(json.dumps({"folder": str(saves_dir()), "slots": [slot_json(s) for s in slots]},
                         indent=2))
    else:
        folder = saves_dir()
        print(f"Save folder: {folder}" + ("" if folder.is_dir() else " (nothing saved yet)"))
        for line in slot_lines(slots):
            print(line)
    return 0


def slot_json(info: SlotInfo) -> dict[str, Any]:
    out: dict[str, Any] = {
        "slot": info.slot, "label": info.label, "status": info.status, "reason": info.reason,
        "file": str(info.path), "thumbnail": str(info.thumbnail) if info.thumbnail else None}
    if info.status == "ok":
        out.update(chapter=info.chapter, chapter_title=info.chapter_title, room=info.room,
                   room_title=info.room_title, play_ticks=info.play_ticks,
                   play_time=play_time(info.play_ticks), saved_at=info.saved_at,
                   game_version=info.game_version, shuffled=info.shuffled, seed=info.seed)
    out["backup"] = None if info.backup is None else slot_json(info.backup)
    return out


def slot_lines(slots: list[SlotInfo]) -> list[str]:
    """One line per slot, columns lined up; a damaged slot, or an empty one with a backup, gets
    a second line saying whether its backup loads."""
    good = [s for s in slots if s.status == "ok"]
    chapter_width = max((len(chapter_label(s.chapter, s.chapter_title)) for s in good), default=0)
    room_width = max((len(s.room_title) for s in good), default=0)
    label_width = max(len(s.label) for s in slots)
    lines = []
    for s in slots:
        head = f"  {s.label:<{label_width}}  {s.status:<7}"
        if s.status == "ok":
            lines.append(f"{head}  {chapter_label(s.chapter, s.chapter_title):<{chapter_width}}"
                         f"  {s.room_title:<{room_width}}  {play_time(s.play_ticks):>8}"
                         f"  {local_date(s.saved_at)}")
            continue
        lines.append(f"{head}  {s.reason}".rstrip())
        if s.backup is not None or s.status == "damaged":
            lines.append(" " * len(head) + "  " + backup_words(s.backup))
    return lines


def backup_words(backup: SlotInfo | None) -> str:
    if backup is None:
        return "no backup"
    if backup.status == "ok":
        return (f"its backup loads: {chapter_label(backup.chapter, backup.chapter_title)},"
                f" {backup.room_title}, {play_time(backup.play_ticks)},"
                f" saved {local_date(backup.saved_at)}")
    return f"its backup is damaged too: {backup.reason}"
