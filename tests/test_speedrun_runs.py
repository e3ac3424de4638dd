"""Speedrun attempts as a runner sees them: the clock, the splits, the records, and replays
that anyone can check — including tampered, cut-short and foreign files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from speedrun_helpers import builtin_route, drive

from coraline_game.cli import main
from coraline_game.speedrun.attempts import Speedrunning
from coraline_game.speedrun.replay import ReplayError, load_replay, verify
from coraline_game.speedrun.starts import StartError, build_start
from coraline_game.user_dirs import replays_dir

EYES = {"Garden eye", "Theatre eye", "Circus eye"}


@pytest.fixture(scope="module")
def route(content):
    return builtin_route(content)


@pytest.fixture(scope="module")
def eye_hunt_replay(content, route, tmp_path_factory):
    """One finished Eye Hunt attempt along the built-in route, as a replay file's text."""
    session = drive(Speedrunning(content).begin("eye-hunt"), route)
    assert session.finished
    return session.replay().to_json()


def test_the_eye_hunt_starts_when_the_beldam_accepts_and_ends_when_the_door_slams(content, route):
    runs = Speedrunning(content)
    session = runs.begin("eye-hunt")
    assert "game_accepted" in session.world.state.flags and session.igt == 0
    drive(session, route)
    names = [hit.name for hit in session.hits]
    assert set(names[:3]) == EYES  # in whatever order the route took them
    assert names[3:] == ["Snow globe", "The door"]
    assert "hand_severed" in session.world.state.flags
    ticks = [hit.ticks for hit in session.hits]
    assert ticks == sorted(ticks) and session.igt == ticks[-1] > 0
    frozen = session.igt
    session.step([])  # the world goes on after the door, the clock does not
    assert session.igt == frozen


def test_any_percent_splits_every_chapter_and_ends_with_the_key_in_the_well(content, route):
    session = drive(Speedrunning(content).begin("any"), route)
    assert session.finished and "key_in_well" in session.world.state.flags
    names = [hit.name for hit in session.hits]
    assert [n for n in names if n[0].isdigit()] == [
        "1. The Pink Palace", "2. The Other Mother", "3. Warnings", "4. Buttons", "5. The Game",
        "6. The Door", "7. The Well"]
    assert set(names) >= EYES | {"Snow globe", "The door"} and names[-1] == "The well"
    assert session.igt < route.ticks  # the well comes before the party and the credits


def test_a_finished_attempt_is_kept_as_a_replay_and_in_the_records(content, route):
    runs = Speedrunning(content)
    outcome = runs.end(drive(runs.begin("eye-hunt"), route))
    assert outcome is not None and outcome.finished and outcome.personal_best
    assert (replays_dir() / outcome.replay).is_file()
    records = runs.records("eye-hunt")
    assert records.attempt_count == 1 and records.personal_best.split_ticks[-1] == outcome.igt
    again = Speedrunning(content)  # a new session of the game reads them back
    assert again.records("eye-hunt").personal_best.split_ticks[-1] == outcome.igt
    second = runs.end(drive(runs.begin("eye-hunt"), route))
    assert second is not None and not second.personal_best  # the same time is not a new best


def test_a_reset_attempt_counts_but_is_no_personal_best(content, route):
    runs = Speedrunning(content)
    session = drive(runs.begin("eye-hunt"), route, ticks=900)
    assert not session.finished and session.hits
    session.reset()
    outcome = runs.end(session)
    assert outcome is not None and not outcome.finished
    records = runs.records("eye-hunt")
    assert records.attempt_count == 1 and records.personal_best is None
    assert records.best_segments[0] == session.hits[0].ticks  # its first split is a gold


def test_practice_starts_at_a_split_and_never_counts(content, route):
    runs = Speedrunning(content)
    session = runs.begin("eye-hunt", practice="Garden eye")
    assert "eye_garden" in session.world.state.inventory and session.igt == 0
    runs.end(drive(session, route))
    assert session.finished
    assert runs.records("eye-hunt").attempt_count == 0
    with pytest.raises(StartError, match="no split called 'Gardn eye'"):
        build_start(content, content.speedrun.categories["eye-hunt"], practice="Gardn eye")


def test_a_replay_verifies_with_its_time_and_splits(content, eye_hunt_replay):
    replay = load_replay(eye_hunt_replay)
    verdict = verify(content, replay)
    assert verdict.ok, verdict.message
    assert verdict.finished and verdict.igt_ticks == replay.igt_ticks
    assert [h.name for h in verdict.splits][-1] == "The door"


def test_a_changed_command_is_caught_at_the_first_checkpoint_after_it(content, eye_hunt_replay):
    data = json.loads(eye_hunt_replay)
    moves = [entry for entry in data["commands"] if entry[1]["do"] == "interact"]
    victim = moves[len(moves) // 2]
    victim[1]["target"] = "nothing_here"
    verdict = verify(content, load_replay(json.dumps(data)))
    assert not verdict.ok
    assert verdict.mismatch_tick is not None and victim[0] < verdict.mismatch_tick <= victim[0] + 180
    assert f"tick {verdict.mismatch_tick}" in verdict.message


def test_a_claimed_time_that_the_run_does_not_reach_is_refused(content, eye_hunt_replay):
    data = json.loads(eye_hunt_replay)
    data["result"]["igt_ticks"] -= 60
    verdict = verify(content, load_replay(json.dumps(data)))
    assert not verdict.ok and "claims" in verdict.message


@pytest.mark.parametrize("mangle, message", [
    (lambda text: text[: len(text) // 2], "cut short"),
    (lambda text: text[: text.index('"target"') + 4], "cut short"),  # inside a string
    (lambda text: "{}", "not a Coraline replay"),
    (lambda text: json.dumps({**json.loads(text), "version": 99}), "format version 99"),
    (lambda text: json.dumps({**json.loads(text), "seed": "seven"}), "'seed' should be int"),
    (lambda text: text.replace('"do": "interact"', '"do": "teleport"', 1), "unknown command 'teleport'"),
])
def test_broken_files_get_a_clear_message(eye_hunt_replay, mangle, message):
    with pytest.raises(ReplayError, match=message):
        load_replay(mangle(eye_hunt_replay))


def test_the_verify_command_exit_codes_and_output(tmp_path, eye_hunt_replay, capsys):
    good = tmp_path / "run.json"
    good.write_text(eye_hunt_replay, encoding="utf-8")
    assert main(["replay", str(good), "--verify"]) == 0
    out = capsys.readouterr().out
    assert "verified: Eye Hunt, finished, IGT 0:" in out and "The door" in out
    data = json.loads(eye_hunt_replay)
    data["commands"] = data["commands"][: len(data["commands"]) // 2]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["replay", str(bad), "--verify"]) == 1
    assert "not verified: the state differs from the recording at tick" in capsys.readouterr().err
    (tmp_path / "junk.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["replay", str(tmp_path / "junk.json"), "--verify"]) == 1
    assert "not" in capsys.readouterr().err
    assert main(["replay", str(tmp_path / "missing.json"), "--verify"]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_the_same_replay_verifies_in_processes_with_different_hash_seeds(tmp_path, eye_hunt_replay):
    path = tmp_path / "run.json"
    path.write_text(eye_hunt_replay, encoding="utf-8")
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "coraline_game", "replay", str(path), "--verify"],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "verified" in done.stdout


def test_a_run_saved_and_loaded_in_the_middle_goes_on_to_the_same_end(content, route, eye_hunt_replay):
    from coraline_game.world.state_codec import dump_state, load_state, state_hash
    from coraline_game.world.world import World
    replay = load_replay(eye_hunt_replay)
    session = drive(Speedrunning(content).begin("eye-hunt"), route, ticks=1000)
    start = session.clock.start_tick
    saved = json.dumps(dump_state(session.world.state))  # a save, in the middle of the hunt
    world = World.from_state(content, load_state(json.loads(saved), content))
    commands = [(t - start, c) for t, c in route.commands if t >= world.state.tick]
    expected = dict(replay.checkpoints)
    compared = 0
    i = 0
    while world.state.tick - start < replay.igt_ticks:
        now = world.state.tick - start
        batch = []
        while i < len(commands) and commands[i][0] == now:
            batch.append(commands[i][1])
            i += 1
        world.step(batch)
        if now + 1 in expected:
            assert state_hash(world.state) == expected[now + 1], f"tick {now + 1}"
            compared += 1
    assert compared >= 5 and "hand_severed" in world.state.flags


def test_shuffled_runs_show_and_keep_their_seed(content):
    runs = Speedrunning(content)
    a = runs.begin("eye-hunt-shuffled", seed=4321)
    b = runs.begin("eye-hunt-shuffled", seed=4321)
    assert a.world.state.seed == 4321 and "shuffled" in a.world.state.flags
    assert sorted(f for f in a.world.state.flags if "_eye_at_" in f) == \
        sorted(f for f in b.world.state.flags if "_eye_at_" in f)
    assert a.replay().settings["shuffled"] is True


def test_a_file_nested_too_deeply_is_refused_not_a_crash():
    with pytest.raises(ReplayError, match="not JSON"):
        load_replay("[" * 100_000)
