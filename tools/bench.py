"""Measures the game's speed and prints JSON. Run: ``python tools/bench.py``.

Figures (targets on a 2-core machine in brackets):
  frame_ms_median, frame_ms_p99   update + draw of the busiest room, all actors (≤ 2, ≤ 6)
  naive_frame_ms_median           the same room drawn tile by tile each frame, as pytmx's
                                  own examples do: the peer to beat
  room_load_ms                    map + script from disk to ready to draw (≤ 30)
  startup_ms                      process start to the first frame of the title (≤ 1500)
  sim_ticks_per_s                 headless simulation speed (≥ 20000)
  story_search_s, story_states    the no-dead-ends search over the whole story (≤ 60 in CI)
  walkthrough_igt_s, _commands    the solver's route played in real time: its in-game time
  speedrun_start_ms               building the Eye Hunt's start along the built-in route, once
  speedrun_reset_ms               the reset key: a new attempt from the kept start (< 1000)
  verify_20min_s, replay_20min_kb  re-simulating a twenty-minute attempt's replay (seconds)
No test asserts these: wall-clock figures belong here, not in the suite.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from coraline_game.app import App  # noqa: E402
from coraline_game.content.loader import load_content, load_room_with_script  # noqa: E402
from coraline_game.render import LOGICAL_SIZE  # noqa: E402
from coraline_game.render.room_view import RoomView  # noqa: E402
from coraline_game.scenes.play import PlayScene  # noqa: E402
from coraline_game.world.commands import WalkTo  # noqa: E402
from coraline_game.world.navigation import WalkGrid  # noqa: E402
from coraline_game.world.world import World  # noqa: E402

FRAMES = 1200


def busiest_room(content) -> str:
    """The room with the most actors, then the most tiles and layers."""
    def weight(room):
        actors = sum(1 for h in room.hotspots if h.kind == "actor")
        return (actors, sum(len(layer.tiles) + 1 for layer in room.layers))
    return max(content.rooms.values(), key=weight).id


def wander(world: World, tick: int) -> list:
    """Deterministic clicks across the floor, so someone is always walking."""
    if tick % 90:
        return []
    room = world.room
    xs = [p[0] for poly in room.walkareas for p in poly]
    ys = [p[1] for poly in room.walkareas for p in poly]
    t = (tick // 90) % 8
    x = min(xs) + (max(xs) - min(xs)) * ((t * 37) % 100) / 100
    y = min(ys) + (max(ys) - min(ys)) * ((t * 61) % 100) / 100
    return [WalkTo(x, y)]


def frame_times(content, room_id: str) -> list[float]:
    app = App(content)
    app.open_window()
    scene = PlayScene(app, World(content, room=room_id))
    screen = pygame.display.get_surface()
    times = []
    for tick in range(FRAMES):
        scene.queue.extend(wander(scene.world, tick))
        scene.world.state.line = None  # measure the room, not a speech box
        t0 = time.perf_counter()
        scene.update()
        scene.draw(screen)
        times.append((time.perf_counter() - t0) * 1000)
    return times[60:]


def naive_frame_times(content, room_id: str) -> list[float]:
    """pytmx's example renderer: blit every tile of every visible layer, every frame."""
    import pytmx
    from pytmx.util_pygame import load_pygame
    path = os.path.join(content.root, "maps", "rooms", f"{room_id}.tmx")
    tmx = load_pygame(path)
    screen = pygame.display.get_surface()
    base = os.path.dirname(path)
    images = {}
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledImageLayer) and layer.source:
            images[layer.name] = pygame.image.load(os.path.join(base, layer.source)).convert_alpha()
    times = []
    for _ in range(FRAMES // 2):
        t0 = time.perf_counter()
        screen.fill((0, 0, 0))
        for layer in tmx.visible_layers:
            if isinstance(layer, pytmx.TiledTileLayer):
                for x, y, image in layer.tiles():
                    screen.blit(image, (x * tmx.tilewidth, y * tmx.tileheight))
            elif isinstance(layer, pytmx.TiledImageLayer) and layer.name in images:
                screen.blit(images[layer.name], (0, 0))
        times.append((time.perf_counter() - t0) * 1000)
    return times[30:]


def room_load_times(content) -> list[float]:
    app = App(content)
    app.open_window()
    out = []
    for _ in range(5):
        for room_id in content.rooms:
            path = os.path.join(content.root, "maps", "rooms", f"{room_id}.tmx")
            t0 = time.perf_counter()
            room = load_room_with_script(path)
            WalkGrid.build(room.width, room.height, room.walkareas, room.blockers)
            view = RoomView(room, app.assets, app.sprites)
            world = World(content, room=room_id)
            view.composite(world.state)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def startup_ms() -> float:
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "coraline_game", "play",
                                 "--exit-after-first-frame"], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("first-frame"):
                runs.append((time.perf_counter() - t0) * 1000)
                break
        proc.wait(timeout=30)
    return statistics.median(runs) if runs else float("nan")


def sim_ticks_per_second(content) -> float:
    best = 0.0
    for room_id in content.rooms:
        world = World(content, room=room_id)
        ticks = 20_000
        t0 = time.perf_counter()
        for tick in range(ticks):
            world.step(wander(world, tick))
            world.state.line = None
        elapsed = time.perf_counter() - t0
        rate = ticks / elapsed
        best = rate if best == 0 else min(best, rate)  # the slowest room counts
    return best


def story_search(content) -> tuple[float, int, object]:
    from coraline_game.world.explore import Explorer
    start = time.perf_counter()
    found = Explorer(content).search(World(content))
    return time.perf_counter() - start, found.states, found


def speedrun_figures(content) -> dict[str, float]:
    """The start of a category, a reset, and verifying a long attempt (20 minutes of wandering
    the eye hunt's first room, then a reset)."""
    from coraline_game.speedrun.attempts import Speedrunning
    from coraline_game.speedrun.replay import load_replay, verify
    runs = Speedrunning(content)
    t0 = time.perf_counter()
    session = runs.begin("eye-hunt")
    start_ms = (time.perf_counter() - t0) * 1000
    resets = []
    for _ in range(20):
        t0 = time.perf_counter()
        runs.begin("eye-hunt")
        resets.append((time.perf_counter() - t0) * 1000)
    for tick in range(20 * 60 * 60):
        session.step(wander(session.world, tick))
    text = session.replay().to_json()
    t0 = time.perf_counter()
    verdict = verify(content, load_replay(text))
    verify_s = time.perf_counter() - t0
    assert verdict.ok, verdict.message
    return {"speedrun_start_ms": round(start_ms, 1),
            "speedrun_reset_ms": round(statistics.median(resets), 3),
            "verify_20min_s": round(verify_s, 2), "replay_20min_kb": round(len(text) / 1024, 1)}


def p99(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]


def main() -> None:
    content = load_content()
    room_id = busiest_room(content)
    frames = frame_times(content, room_id)
    naive = naive_frame_times(content, room_id)
    loads = room_load_times(content)
    search_s, states, found = story_search(content)
    from coraline_game.world.walkthrough import perform
    run = perform(content, found.ending)
    result = {
        "room": room_id,
        "logical_resolution": list(LOGICAL_SIZE),
        "frame_ms_median": round(statistics.median(frames), 3),
        "frame_ms_p99": round(p99(frames), 3),
        "naive_frame_ms_median": round(statistics.median(naive), 3),
        "room_load_ms": round(statistics.median(loads), 2),
        "room_load_ms_max": round(max(loads), 2),
        "startup_ms": round(startup_ms(), 1),
        "sim_ticks_per_s": round(sim_ticks_per_second(content)),
        "story_search_s": round(search_s, 2),
        "story_states": states,
        "walkthrough_igt_s": round(run.ticks / 60, 1),
        "walkthrough_commands": len(run.commands),
        **speedrun_figures(content),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
