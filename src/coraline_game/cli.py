"""The ``coraline`` command: play (the default), render a room to PNG, check the maps.

Every user mistake (a wrong argument, a broken map) ends in a clear message and an exit
code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from coraline_game import __version__


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coraline", description="Coraline: The Little Door")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command")

    def livesplit_option(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--livesplit", nargs="?", const="127.0.0.1:16834", default="",
                        metavar="[HOST:]PORT",
                        help="drive LiveSplit's TCP server (default 127.0.0.1:16834)")

    def start_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--room", help="start in this room (e.g. living_room)")
        sp.add_argument("--spawn", default="start", help="at this spawn point of the room")
        sp.add_argument("--give", type=_names, default=(), metavar="ITEM,...",
                        help="start with these items")
        sp.add_argument("--flag", type=_names, default=(), metavar="FLAG,...",
                        help="start with these flags raised")
        sp.add_argument("--seed", type=int, default=0, help="the world's random seed")
        sp.add_argument("--shuffled", action="store_true",
                        help="the shuffled eye hunt: the seed hides each eye in one of three places")

    play = sub.add_parser("play", help="play the game (the default)")
    start_options(play)
    play.add_argument("--fullscreen", action="store_true", help="start in full screen")
    play.add_argument("--skip-title", action="store_true", help="go straight into the game")
    play.add_argument("--exit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    play.add_argument("--speedrun", metavar="CATEGORY",
                      help="start a speedrun at once: any, eye-hunt or eye-hunt-shuffled")
    play.add_argument("--practice", metavar="SPLIT", default="",
                      help="with --speedrun eye-hunt: start from this split, e.g. 'Garden eye'")
    livesplit_option(play)

    replay = sub.add_parser("replay", help="watch a recorded run, or --verify it headless")
    replay.add_argument("file", metavar="FILE", help="a replay (.json) from the replays folder")
    replay.add_argument("--verify", action="store_true",
                        help="re-simulate without a window: exit 0 and print the IGT and splits"
                        " if it matches, 1 naming the first tick where it does not")
    livesplit_option(replay)

    saves = sub.add_parser("saves", help="your saved games")
    saves_sub = saves.add_subparsers(dest="saves_command", required=True)
    listing = saves_sub.add_parser("list", help="the save folder and every slot with its status")
    listing.add_argument("--json", action="store_true", help="print it as JSON, for tools")

    splits = sub.add_parser("splits", help="your speedrun records: show them or export to LiveSplit")
    splits_sub = splits.add_subparsers(dest="splits_command", required=True)
    show = splits_sub.add_parser("show", help="personal best, golds, sum of best, attempts")
    show.add_argument("--category", default="any", help="category id (default: any)")
    export = splits_sub.add_parser("export", help="write a LiveSplit splits file (.lss)")
    export.add_argument("--category", required=True, help="category id: any, eye-hunt, …")
    export.add_argument("--out", required=True, help="the .lss file to write")

    render = sub.add_parser("render", help="draw a room to a PNG file, without a window")
    render.add_argument("room_name", metavar="ROOM", help="room id, e.g. living_room")
    render.add_argument("--out", required=True, help="PNG file to write")
    start_options(render)
    render.add_argument("--ticks", type=int, default=0,
                        help="simulate this many ticks first (60 = one second); this runs the"
                        " room's entry script and shows its name")
    render.add_argument("--scale", type=int, default=1, choices=range(1, 9), metavar="1-8",
                        help="integer zoom of the picture")
    render.add_argument("--debug", action="store_true",
                        help="draw walk areas, hotspots, exits and spawns over the room")
    render.add_argument("--mouse", type=lambda s: tuple(int(v) for v in s.split(",")),
                        default=None, metavar="X,Y", help="draw the cursor and its label here")
    render.add_argument("--lens", action="store_true",
                        help="hold the seeing stone up at the --mouse point (she must have it)")

    ref = sub.add_parser("script-reference", help="write the designers' script reference")
    ref.add_argument("--out", help="file to write (default: print it)")

    proj = sub.add_parser("tiled-project",
                          help="regenerate maps/coraline.tiled-project and maps/objecttypes.xml")
    proj.add_argument("--maps", help="maps folder to write into (default: the game's own)")

    walk = sub.add_parser("walkthrough", help="solve the game headless and write the run to a file")
    walk.add_argument("--category", default="any", choices=["any", "any-shuffled"],
                      help="speedrun category (any-shuffled: the eyes hide where --seed says)")
    walk.add_argument("--out", required=True, help="file to write the run to (JSON)")
    walk.add_argument("--seed", type=int, default=0)

    check = sub.add_parser("check-maps", help="load and check every map and script")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="a content folder (holding maps/) or files to report on; default: all")
    check.add_argument("--json", action="store_true", help="print the problems as JSON, for tools")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "play"
    if command == "check-maps":
        return _check_maps(args)
    if command == "script-reference":
        from coraline_game.content.reference import script_reference
        text = script_reference()
        if args.out:
            with open(args.out, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            print(text, end="")
        return 0
    if getattr(args, "livesplit", ""):
        from coraline_game.speedrun.livesplit import parse_address
        try:
            parse_address(args.livesplit)
        except ValueError as err:
            print(f"coraline: --livesplit: {err}", file=sys.stderr)
            return 2
    from coraline_game.content.errors import ContentError
    from coraline_game.content.loader import load_content
    try:
        content = load_content()
    except ContentError as err:
        print("The game's content has problems:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    if command == "play" and not hasattr(args, "room"):
        args = _parser().parse_args(["play"])
    if command == "walkthrough":
        return _walkthrough(content, args)
    if command == "saves":
        from coraline_game.saves_cli import saves_command
        return saves_command(args, content)
    if command == "replay":
        from coraline_game.speedrun.cli_replay import replay_command
        return replay_command(content, args)
    if command == "splits":
        from coraline_game.speedrun.cli_splits import splits_command
        return splits_command(content, args)
    if command == "tiled-project":
        args.room, args.give = None, ()
    mistake = _check_start(content, args)
    if mistake:
        print(f"coraline: {mistake}", file=sys.stderr)
        return 2
    if command == "render":
        return _render(content, args)
    if command == "tiled-project":
        from pathlib import Path

        from coraline_game.content.tiled_project import object_types_xml, project_text
        folder = Path(args.maps) if args.maps else Path(content.root) / "maps"
        (folder / "coraline.tiled-project").write_text(project_text(content), encoding="utf-8")
        (folder / "objecttypes.xml").write_text(object_types_xml(), encoding="utf-8")
        print(f"wrote {folder / 'coraline.tiled-project'} and {folder / 'objecttypes.xml'}")
        return 0
    return _play(content, args)


def _check_start(content, args) -> str:
    from coraline_game.content.errors import did_you_mean
    room = getattr(args, "room_name", None) or args.room
    if room is not None and room not in content.rooms:
        return f"no room called '{room}'{did_you_mean(room, content.rooms)}; rooms: " + \
            ", ".join(sorted(content.rooms))
    if room is not None and args.spawn not in content.rooms[room].spawns:
        spawns = content.rooms[room].spawns
        return f"room '{room}' has no spawn '{args.spawn}'{did_you_mean(args.spawn, spawns)};" \
            " spawns: " + ", ".join(sorted(spawns))
    for item in args.give:
        if item not in content.items:
            return f"no item called '{item}'{did_you_mean(item, content.items)}"
    return ""


def _start(args):
    from coraline_game.app import StartState
    room = getattr(args, "room_name", None) or args.room
    from coraline_game.world.world import SHUFFLED
    flags = (*args.flag, SHUFFLED) if getattr(args, "shuffled", False) else tuple(args.flag)
    return StartState(room=room, spawn=args.spawn, items=tuple(args.give), flags=flags,
                      seed=args.seed)


def _play(content, args) -> int:
    from coraline_game.app import App, SpeedrunStart
    from coraline_game.settings import load_settings
    settings, warning = load_settings()
    if warning:  # said here for the terminal, and on the title screen for the player
        print(f"coraline: {warning}", file=sys.stderr)
    speedrun = None
    if args.speedrun:
        from coraline_game.content.errors import did_you_mean
        from coraline_game.speedrun.starts import StartError, build_start
        categories = content.speedrun.categories
        if args.speedrun not in categories:
            print(f"coraline: no speedrun category '{args.speedrun}'"
                  f"{did_you_mean(args.speedrun, categories)}; categories: {', '.join(categories)}",
                  file=sys.stderr)
            return 2
        category = categories[args.speedrun]
        seed = args.seed or (_fresh_seed() if category.shuffled else 0)
        try:  # a wrong --practice or a broken route is said now, not in the window
            build_start(content, category, seed, args.practice)
        except StartError as err:
            print(f"coraline: {err}", file=sys.stderr)
            return 2
        speedrun = SpeedrunStart(args.speedrun, seed, args.practice)
    elif args.practice:
        print("coraline: --practice goes with --speedrun eye-hunt", file=sys.stderr)
        return 2
    app = App(content, _start(args), fullscreen=args.fullscreen or settings.fullscreen,
              skip_title=args.skip_title or args.room is not None,
              exit_after_first_frame=args.exit_after_first_frame, settings=settings,
              speedrun_start=speedrun, livesplit_address=args.livesplit)
    if warning:
        app.saving.tell(warning, seconds=10)
    app.run()
    return 0


def _fresh_seed() -> int:
    import secrets
    return secrets.randbelow(9000) + 1000


def _render(content, args) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from coraline_game.app import App
    from coraline_game.render import LOGICAL_SIZE
    from coraline_game.scenes.play import PlayScene
    app = App(content, _start(args))
    screen = app.open_window()
    scene = PlayScene(app, app.new_world())
    scene.mouse = args.mouse if args.mouse else (-1000, -1000)
    scene.debug = args.debug
    if args.lens:
        scene.toggle_lens()
        if not scene.lens:
            print("coraline: --lens needs the seeing stone: add --give seeing_stone", file=sys.stderr)
            return 2
    if args.ticks == 0:  # the room as it stands: no entry remark queued, no name banner
        scene.world.state.queued.clear()
        scene.banner_until = 0
    for _ in range(args.ticks):
        scene.update()
    canvas = pygame.Surface(LOGICAL_SIZE)
    scene.draw(canvas)
    if args.scale > 1:
        canvas = pygame.transform.scale_by(canvas, args.scale)
    try:
        pygame.image.save(canvas, args.out)
    except (pygame.error, OSError) as err:
        print(f"coraline: cannot write '{args.out}': {err}", file=sys.stderr)
        return 1
    del screen
    print(f"wrote {args.out} ({canvas.get_width()}x{canvas.get_height()})")
    return 0


def _walkthrough(content, args) -> int:
    from coraline_game.world.walkthrough import format_time, perform, solve
    try:
        run = perform(content, solve(content, args.seed, args.category), args.seed, args.category)
    except RuntimeError as err:
        print(f"coraline: walkthrough failed: {err}", file=sys.stderr)
        return 1
    try:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(run.to_json())
    except OSError as err:
        print(f"coraline: cannot write '{args.out}': {err.strerror}", file=sys.stderr)
        return 1
    print(f"finished in {format_time(run.ticks)} in-game time with {len(run.commands)} commands;"
          f" wrote {args.out}")
    return 0


def _check_maps(args) -> int:
    """Errors exit 1, warnings alone exit 0. PATHs: a folder holding maps/ to check instead of
    the game's own content, and/or files whose problems alone are shown."""
    import json
    from pathlib import Path

    from coraline_game.content.errors import ContentError
    from coraline_game.content.loader import load_content
    from coraline_game.content.paths import content_root
    root = content_root()
    only: list[Path] = []
    for given in args.paths:
        path = Path(given)
        if path.is_dir() and (path / "maps").is_dir():
            root = path
        elif path.exists():
            only.append(path.resolve())
        else:
            print(f"coraline: no such file or folder: {given}", file=sys.stderr)
            return 2
    try:
        content = load_content(root)
        problems = list(_after_load_checks(content))
    except ContentError as err:
        problems = list(err.problems)
    if only:
        problems = [p for p in problems if _resolve(p.path, root) in only]
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    if args.json:
        print(json.dumps({"errors": len(errors), "warnings": len(warnings), "problems": [
            {"file": p.path, "where": p.obj, "message": p.message, "severity": p.severity}
            for p in problems]}, indent=2))
    else:
        for problem in errors + warnings:
            print(problem)
        print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def _after_load_checks(content):
    from coraline_game.audio import load_audio_table
    from coraline_game.checks import floor_shape, reachability
    from coraline_game.content.errors import ContentError
    from coraline_game.content.lint import lint
    yield from reachability(content)
    yield from floor_shape(content)
    yield from lint(content)
    try:
        load_audio_table(content.root, content)
    except ContentError as err:
        yield from err.problems


def _resolve(path: str, root) -> object:
    from pathlib import Path
    p = Path(path)
    for base in (Path.cwd(), Path(root)):
        if (base / p).exists():
            return (base / p).resolve()
    return p.resolve()


if __name__ == "__main__":
    raise SystemExit(main())
