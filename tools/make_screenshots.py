"""Makes docs/screenshots/: one picture or more per chapter, taken along the built-in route
(maps/speedrun/route.json) at the moments listed in SHOTS, drawn exactly as the game draws.

Run: ``python tools/make_screenshots.py [--out FOLDER] [--only NAME,...]``. The same content
gives the same bytes (tests/test_screenshots.py checks the committed ones).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from coraline_game.app import App  # noqa: E402
from coraline_game.content.loader import load_content  # noqa: E402
from coraline_game.render import LOGICAL_SIZE  # noqa: E402
from coraline_game.scenes.play import PlayScene  # noqa: E402
from coraline_game.world.walkthrough import load_run  # noqa: E402
from coraline_game.world.world import World  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@dataclass(frozen=True, slots=True)
class Shot:
    """A picture of the first idle moment in ``room`` during ``chapter`` once ``flag`` is up,
    ``delay`` ticks later; ``lens`` holds the seeing stone up at that point of the screen."""

    name: str
    caption: str
    chapter: int
    room: str
    flag: str = ""
    delay: int = 0
    lens: tuple[int, int] | None = None
    idle: bool = True


SHOTS: tuple[Shot, ...] = (
    Shot("00_prologue", "Prologue: somewhere, needle hands make a doll", 0, "prologue",
         delay=420, idle=False),
    Shot("01_living_room", "Chapter 1: the living room of the Pink Palace", 1, "living_room"),
    Shot("02_other_kitchen", "Chapter 2: supper with the Other Mother", 2, "other_kitchen"),
    Shot("03_spink_forcible", "Chapter 3: tea leaves downstairs", 3, "spink_forcible"),
    Shot("03_garden_above", "Chapter 3: the Other garden from above", 3, "other_garden_above"),
    Shot("04_theatre", "Chapter 4: the Other theatre, its audience all Scotties", 4, "theatre"),
    Shot("04_mirror_room", "Chapter 4: behind the mirror", 4, "mirror_room"),
    Shot("05_theatre_stone", "Chapter 5: the eye hunt, through the seeing stone", 5, "theatre",
         delay=30, lens=(470, 190)),
    Shot("05_circus", "Chapter 5: the circus, coming apart", 5, "circus"),
    Shot("06_the_door", "Chapter 6: the Beldam, and the little door", 6, "other_living_room"),
    Shot("07_party", "Chapter 7: the garden party", 7, "garden", flag="key_in_well", delay=60),
)


def take(only: set[str] | None = None) -> dict[str, pygame.Surface]:
    """Play the route once and draw each shot at its moment."""
    content = load_content()
    app = App(content)
    app.open_window()
    with open(content.speedrun.route, encoding="utf-8") as f:
        route = load_run(f.read())
    world = World(content)
    wanted = [s for s in SHOTS if only is None or s.name in only]
    due: dict[str, int] = {}
    pictures: dict[str, pygame.Surface] = {}
    commands = list(route.commands)
    i = 0
    while wanted and world.state.tick <= route.ticks:
        batch = []
        while i < len(commands) and commands[i][0] == world.state.tick:
            batch.append(commands[i][1])
            i += 1
        world.step(batch)
        s = world.state
        for shot in list(wanted):
            if shot.name not in due and s.chapter == shot.chapter and s.room == shot.room \
                    and (not shot.flag or shot.flag in s.flags) and (s.idle or not shot.idle):
                due[shot.name] = s.tick + shot.delay
            if due.get(shot.name) == s.tick:
                pictures[shot.name] = draw(app, world, shot)
                wanted.remove(shot)
    if wanted:
        raise SystemExit("the route never reaches: " + ", ".join(s.name for s in wanted))
    return pictures


def draw(app: App, world: World, shot: Shot) -> pygame.Surface:
    scene = PlayScene(app, world.fork())
    scene.banner_until = 0  # no room-name banner and no fade-in: the room as it stands
    scene.entered_at = -1000
    scene.mouse = (-1000, -1000)
    if shot.lens is not None:
        scene.mouse = shot.lens
        scene.toggle_lens()
    canvas = pygame.Surface(LOGICAL_SIZE)
    scene.draw(canvas)
    return canvas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", type=lambda t: set(t.split(",")), default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, picture in take(args.only).items():
        pygame.image.save(picture, str(args.out / f"{name}.png"))
        print(f"wrote {args.out / name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
