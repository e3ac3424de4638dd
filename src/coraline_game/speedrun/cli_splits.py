"""``coraline splits show|export``: a category's records as text, or as a LiveSplit file."""

from __future__ import annotations

import sys
from argparse import Namespace

from coraline_game import __version__
from coraline_game.content.errors import did_you_mean
from coraline_game.content.model import Content
from coraline_game.speedrun.lss import export_lss
from coraline_game.speedrun.records import load_records
from coraline_game.world.walkthrough import format_time

GAME_NAME = "Coraline: The Little Door"


def splits_command(content: Content, args: Namespace) -> int:
    categories = content.speedrun.categories
    category = categories.get(args.category)
    if category is None:
        print(f"coraline: no speedrun category '{args.category}'"
              f"{did_you_mean(args.category, categories)}; categories: {', '.join(categories)}",
              file=sys.stderr)
        return 2
    records, warning = load_records(category.id, len(category.splits))
    if warning:
        print(f"coraline: {warning}", file=sys.stderr)
    pb = records.personal_best
    names = list(pb.split_names) if pb else [rule.name for rule in category.splits]
    if args.splits_command == "export":
        try:
            export_lss(records, args.out, game_name=GAME_NAME, category_name=category.name,
                       segment_names=names, game_version=__version__)
        except OSError as err:
            print(f"coraline: cannot write '{args.out}': {err.strerror or err}", file=sys.stderr)
            return 1
        print(f"wrote {args.out}: {len(names)} segments, {records.attempt_count} attempt(s)"
              + (f", PB {format_time(pb.split_ticks[-1])}" if pb else ", no personal best yet"))
        return 0
    print(f"{category.name}: {records.attempt_count} attempt(s)")
    best = records.best_segments
    for i, name in enumerate(names):
        pb_time = format_time(pb.split_ticks[i]) if pb and i < len(pb.split_ticks) else "-"
        segment = best[i] if i < len(best) else None
        gold = format_time(segment) if segment is not None else "-"
        print(f"  {name:<30} PB {pb_time:>12}   best segment {gold:>12}")
    total = records.sum_of_best
    print(f"  personal best {format_time(pb.split_ticks[-1]) if pb else '-'};"
          f" sum of best {format_time(total) if total is not None else '-'}")
    return 0
