"""``coraline replay FILE [--verify] [--livesplit]``: watch a recorded run, or prove it.

A file that is unreadable, cut short, foreign or tampered with ends in a message and exit
code 1, never a traceback.
"""

from __future__ import annotations

import sys
from argparse import Namespace

from coraline_game.content.model import Content
from coraline_game.speedrun.replay import Replay, ReplayError, Verdict, load_replay, start_of, verify
from coraline_game.world.walkthrough import format_time


def replay_command(content: Content, args: Namespace) -> int:
    try:
        with open(args.file, encoding="utf-8") as f:
            text = f.read()
    except OSError as err:
        print(f"coraline: cannot read '{args.file}': {err.strerror or err}", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"coraline: '{args.file}' is not a replay (not text)", file=sys.stderr)
        return 1
    try:
        replay = load_replay(text)
        if args.verify:
            return _verify(content, replay, args)
        start_of(content, replay)  # an unknown category or broken start is said before a window
    except ReplayError as err:
        print(f"coraline: {args.file}: {err}", file=sys.stderr)
        return 1
    return _watch(content, replay)


def _verify(content: Content, replay: Replay, args: Namespace) -> int:
    client = None
    if args.livesplit:
        from coraline_game.speedrun.livesplit import LiveSplitClient, parse_address
        client = LiveSplitClient(*parse_address(args.livesplit))
    try:
        verdict = verify(content, replay,
                         on_split=(lambda hit: client.split(hit.ticks)) if client else None,
                         on_start=client.start_run if client else None)
    finally:
        if client is not None:
            if not client.flush(3.0):
                print(f"coraline: LiveSplit: {client.status}", file=sys.stderr)
            client.close()
    _print_verdict(replay, verdict)
    return 0 if verdict.ok else 1


def _print_verdict(replay: Replay, verdict: Verdict) -> None:
    out = sys.stdout if verdict.ok else sys.stderr
    print(verdict.message if verdict.ok else f"coraline: not verified: {verdict.message}", file=out)
    if verdict.ok:
        for hit in verdict.splits:
            print(f"  {hit.name:<30} {format_time(hit.ticks)}")
        extra = f", seed {replay.seed}" if replay.settings.get("shuffled") else ""
        practice = f", practice from {replay.practice}" if replay.practice else ""
        print(f"  recorded {replay.recorded or '?'} with version {replay.game_version}"
              f"{extra}{practice}; RTA {format_time(replay.rta_ms * 60 // 1000)}")


def _watch(content: Content, replay: Replay) -> int:
    from coraline_game.app import App
    from coraline_game.scenes.replay_view import ReplayScene
    app = App(content)
    app.open_window()
    app.stack.replace(ReplayScene(app, replay))
    app.loop()
    return 0
