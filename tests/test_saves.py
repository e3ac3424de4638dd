"""Saves never lose a player's progress: a game saved anywhere loads as it was; a truncated,
garbled, foreign or too-new file is listed as damaged with the reason and left untouched, its
backup offered; a full disk or a kill in the middle of a save leaves the slot loadable."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import sys
import time
from argparse import Namespace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pygame
import pytest

from coraline_game import __version__
from coraline_game.render.assets import Assets
from coraline_game.render.cursors import Cursors
from coraline_game.render.text import TextCache
from coraline_game.saves import (FORMAT, SLOTS, VERSION, SaveError, SaveOutcome, backup_path,
                                 latest_slot, list_slots, load_game, local_date, picture_path,
                                 save_game, save_text, saves_dir, slot_info, slot_path)
from coraline_game.saves_cli import saves_command
from coraline_game.scenes.save_load import NOTICE_TICKS, WARNING, SaveLoadScene, thumbnail_png
from coraline_game.world.commands import Command
from coraline_game.world.state import Frame, GameState, ScriptState
from coraline_game.world.state_codec import dump_state, state_hash
from coraline_game.world.walkthrough import Run, new_game, perform
from coraline_game.world.world import World

DAY_ONE = datetime(2025, 3, 14, 18, 5, tzinfo=UTC)
FOLLOW = 120  # ticks a loaded game plays on beside the original


@pytest.fixture(scope="module")
def run(content, story_search) -> Run:
    return perform(content, story_search.ending)


@pytest.fixture(scope="module")
def moments(content, run) -> list[GameState]:
    """Copies of the game at a handful of points along the route, from the prologue to the end."""
    wanted = [60, 900, run.ticks // 4, run.ticks // 2, 3 * run.ticks // 4, run.ticks]
    out = []
    world = new_game(content, run.seed, run.category)
    by_tick = batches(run)
    for tick in wanted:
        while world.state.tick < tick:
            world.step(by_tick.get(world.state.tick, []))
        out.append(world.state.clone())
    return out


def batches(run: Run) -> dict[int, list[Command]]:
    out: dict[int, list[Command]] = {}
    for tick, command in run.commands:
        out.setdefault(tick, []).append(command)
    return out


def saved(slot: str, state: GameState, content, *, png: bytes | None = None,
          when: datetime = DAY_ONE) -> None:
    outcome = save_game(slot, state, content, png, now=when)
    assert outcome == SaveOutcome(), outcome


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# -- saving and loading ----------------------------------------------------------------------

def test_a_game_saved_anywhere_along_the_route_loads_as_it_was(content, run):
    by_tick = batches(run)
    world = new_game(content, run.seed, run.category)
    followers: list[tuple[int, World]] = []
    slots = iter(SLOTS * 3)
    step = run.ticks // 14
    while world.state.tick < run.ticks:
        if world.state.tick % step == 7:
            slot = next(slots)
            saved(slot, world.state, content)
            loaded = load_game(slot, content)
            assert state_hash(loaded) == state_hash(world.state), f"tick {world.state.tick}"
            followers.append((world.state.tick + FOLLOW, World.from_state(content, loaded)))
        commands = by_tick.get(world.state.tick, [])
        world.step(commands)
        for _, follower in followers:
            follower.step(commands)
        for when, follower in [f for f in followers if f[0] == world.state.tick]:
            assert state_hash(follower.state) == state_hash(world.state), f"played on to {when}"
            followers.remove((when, follower))
    assert len(followers) <= 1  # all but perhaps the last were compared


def test_the_slot_list_shows_every_slot_with_what_is_saved(content, moments):
    middle = moments[3]
    saved("2", middle, content, png=b"picture")
    saved("auto", moments[0], content, when=DAY_ONE + timedelta(hours=1))
    slots = list_slots(content)
    assert [s.slot for s in slots] == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "auto", "quick"]
    assert [s.status for s in slots].count("ok") == 2
    assert {s.status for s in slots if s.slot not in ("2", "auto")} == {"empty"}
    two = slots[1]
    assert (two.chapter, two.chapter_title, two.room) == (middle.chapter, middle.chapter_title, middle.room)
    assert two.chapter >= 1 and two.chapter_title
    assert two.room_title == content.rooms[middle.room].title
    assert two.play_ticks == middle.tick
    assert datetime.fromisoformat(two.saved_at) == DAY_ONE
    assert two.game_version == __version__
    assert two.thumbnail == picture_path(slot_path("2")) and two.thumbnail.read_bytes() == b"picture"
    assert not two.has_backup and slots[9].thumbnail is None
    on_disk = json.loads(slot_path("2").read_text(encoding="utf-8"))
    assert on_disk["format"] == FORMAT and on_disk["version"] == VERSION and on_disk["slot"] == "2"
    assert on_disk["summary"]["play_ticks"] == middle.tick
    assert on_disk["state"] == dump_state(middle)


def test_saving_again_keeps_the_last_save_and_its_picture_as_the_backup(content, moments):
    first, second, third = moments[1:4]
    saved("4", first, content, png=b"first")
    saved("4", second, content, png=b"second")
    assert state_hash(load_game("4", content)) == state_hash(second)
    assert state_hash(load_game("4", content, backup=True)) == state_hash(first)
    assert picture_path(backup_path("4")).read_bytes() == b"first"
    saved("4", third, content)  # no picture this time: none is shown, not the old one
    assert state_hash(load_game("4", content, backup=True)) == state_hash(second)
    assert picture_path(backup_path("4")).read_bytes() == b"second"
    assert not picture_path(slot_path("4")).exists()
    info = slot_info("4", content)
    assert info.backup_ok and info.backup is not None and info.backup.play_ticks == second.tick
    assert sorted(p.name for p in saves_dir().iterdir()) == [
        "slot-4.bak.json", "slot-4.bak.png", "slot-4.json"]  # no temporary files left


def test_the_most_recent_good_save_is_the_one_to_continue(content, moments):
    assert latest_slot(content) is None
    saved("3", moments[1], content, when=DAY_ONE)
    saved("quick", moments[2], content, when=DAY_ONE + timedelta(minutes=5))
    saved("1", moments[3], content, when=DAY_ONE - timedelta(days=1))
    assert latest_slot(content) == "quick"
    slot_path("quick").write_text("{", encoding="utf-8")
    assert latest_slot(content) == "3"


def test_empty_slots_and_missing_backups_are_refused_in_words(content, moments):
    with pytest.raises(SaveError, match="Slot 5 is empty"):
        load_game("5", content)
    saved("5", moments[1], content)
    with pytest.raises(SaveError, match="Slot 5 has no backup"):
        load_game("5", content, backup=True)


def test_a_game_that_cannot_be_saved_now_says_so_and_writes_nothing(content, moments):
    state = moments[2].clone()
    state.script = ScriptState("made up", [Frame(block=(), origin=None)])
    outcome = save_game("1", state, content)
    assert not outcome.ok and "cannot be saved at this moment" in outcome.error
    assert not saves_dir().exists()


# -- damaged files ---------------------------------------------------------------------------

def save_data(content, state: GameState) -> dict:
    return json.loads(save_text("9", state, content, DAY_ONE))


@pytest.fixture(scope="module")
def damage(content, moments) -> dict[str, tuple[bytes, str]]:
    """Name: (a damaged file's bytes, what the slot list must say is wrong with it)."""
    data = save_data(content, moments[2])
    text = json.dumps(data, indent=1)

    def changed(*path_and_value) -> bytes:
        copy = json.loads(text)
        *keys, value = path_and_value
        target = copy
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
        return json.dumps(copy).encode()

    cut = text[: len(text) // 2]
    return {
        "truncated": (cut.encode(), f"the file is cut short (line {cut.rstrip().count(chr(10)) + 1})"),
        "truncated in a word": (text[: text.index("false") + 2].encode(), "the file is cut short"),
        "garbled": (text.replace('"tick":', '"tick";', 1).encode(), "the file is garbled (Expecting ':'"),
        "not text": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "the file is garbled (not text"),
        "zeroed by the disk": (bytes(4096), "the file is blank"),
        "empty": (b"", "the file is empty"),
        "wrong type": (changed("state", "inventory", "button"),
                       "state.inventory: expected a list, not the string 'button'"),
        "wrong summary type": (changed("summary", "play_ticks", "a while"),
                               "'summary.play_ticks' should be a whole number"),
        "foreign": (b'{"format": "coraline-settings", "version": 1, "speedrun_mode": true}',
                    'not a Coraline save (its format is "coraline-settings"'),
        "a list": (b"[1, 2, 3]", "not a Coraline save"),
        "newer version": (changed("version", 7),
                          "written by a newer version of the game (format 7; this game reads up to 1)"),
        "story changed": (changed("state", "room", "attic"), "state.room: no room 'attic' in this game"),
        "nested too deep": (b"[" * 100_000, "the file is"),
        "no state": (json.dumps({k: v for k, v in data.items() if k != "state"}).encode(),
                     "'state' is missing"),
    }


DAMAGE = ["truncated", "truncated in a word", "garbled", "not text", "zeroed by the disk", "empty",
          "wrong type", "wrong summary type", "foreign", "a list", "newer version", "story changed",
          "nested too deep", "no state"]


@pytest.mark.parametrize("case", DAMAGE)
def test_a_damaged_file_is_listed_with_the_reason_and_left_untouched(content, damage, case):
    raw, reason = damage[case]
    saves_dir().mkdir(parents=True)
    slot_path("6").write_bytes(raw)
    before = snapshot(saves_dir())
    info = slot_info("6", content)
    assert info.status == "damaged"
    assert info.reason.startswith(reason), info.reason
    assert [s.status for s in list_slots(content)].count("damaged") == 1
    with pytest.raises(SaveError) as caught:
        load_game("6", content)
    assert caught.value.reason == info.reason and str(caught.value).startswith("Slot 6 cannot be loaded")
    assert latest_slot(content) is None
    assert saves_command(Namespace(json=False), content) == 0
    assert snapshot(saves_dir()) == before


def test_every_damaged_file_is_known_to_the_test(damage):
    assert sorted(damage) == sorted(DAMAGE)


def test_random_damage_to_a_save_is_reported_never_raised(content, moments):
    raw = bytearray(save_text("7", moments[3], content).encode())
    rng = random.Random(77)
    saves_dir().mkdir(parents=True)
    statuses = set()
    for _ in range(150):
        broken = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(broken))
            broken[at] = rng.choice(b'{}[]":,0123456789.-eE tnfx\x00\xff')
        if rng.random() < 0.3:
            broken = broken[: rng.randrange(len(broken))]
        slot_path("7").write_bytes(bytes(broken))
        info = slot_info("7", content)
        statuses.add(info.status)
        try:
            load_game("7", content)
        except SaveError as err:
            assert info.status == "damaged" and err.reason == info.reason
        else:
            assert info.status == "ok"
    assert "damaged" in statuses


def test_a_damaged_slot_offers_its_backup_and_the_backup_loads(content, moments):
    older, newer = moments[1], moments[2]
    saved("3", older, content, when=DAY_ONE)
    saved("3", newer, content, when=DAY_ONE + timedelta(hours=2))
    raw = slot_path("3").read_bytes()
    slot_path("3").write_bytes(raw[: len(raw) // 3])
    info = slot_info("3", content)
    assert info.status == "damaged" and info.reason.startswith("the file is cut short")
    assert info.has_backup and info.backup_ok
    assert info.backup is not None and datetime.fromisoformat(info.backup.saved_at) == DAY_ONE
    assert state_hash(load_game("3", content, backup=True)) == state_hash(older)


def test_saving_over_a_damaged_file_sets_it_aside_and_keeps_the_good_backup(content, moments):
    older, newer, newest = moments[1:4]
    saved("5", older, content)
    saved("5", newer, content)
    slot_path("5").write_bytes(b'{"format": "coraline-save", "vers')
    outcome = save_game("5", newest, content)
    assert outcome.ok and "damaged" in outcome.note
    kept = list(saves_dir().glob("slot-5.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].name in outcome.note
    assert kept[0].read_bytes() == b'{"format": "coraline-save", "vers'
    assert state_hash(load_game("5", content)) == state_hash(newest)
    assert state_hash(load_game("5", content, backup=True)) == state_hash(older)  # not the damaged one


def test_a_damaged_backup_is_set_aside_too_rather_than_overwritten(content, moments):
    saved("8", moments[1], content)
    backup_path("8").write_text("garbage", encoding="utf-8")
    saved("8", moments[2], content)
    assert [p.read_text(encoding="utf-8") for p in saves_dir().glob("slot-8.bak.corrupt-*")] == ["garbage"]
    assert state_hash(load_game("8", content, backup=True)) == state_hash(moments[1])


def test_a_folder_where_a_save_should_be_is_damaged_and_kept_when_saving(content, moments):
    slot_path("4").mkdir(parents=True)
    (slot_path("4") / "keep-me.txt").write_text("mine", encoding="utf-8")
    info = slot_info("4", content)
    assert info.status == "damaged" and info.reason == "it is a folder, not a file"
    outcome = save_game("4", moments[2], content)
    assert outcome.ok and "kept as slot-4.corrupt-" in outcome.note
    kept = next(saves_dir().glob("slot-4.corrupt-*"))
    assert (kept / "keep-me.txt").read_text(encoding="utf-8") == "mine"
    assert state_hash(load_game("4", content)) == state_hash(moments[2])


def test_temporary_files_left_by_a_killed_save_are_cleared_once_stale(content, moments):
    saves_dir().mkdir(parents=True)
    stale, fresh = saves_dir() / ".slot-1.json.abc123.tmp", saves_dir() / ".slot-1.json.def456.tmp"
    other = saves_dir() / ".slot-2.json.ghi789.tmp"
    for temp in (stale, fresh, other):
        temp.write_bytes(b'{"format": "coraline-save", "ver')
    an_hour_ago = time.time() - 3600
    for temp in (stale, other):
        os.utime(temp, (an_hour_ago, an_hour_ago))
    saved("1", moments[1], content)
    assert not stale.exists() and fresh.exists()  # a fresh one may be another game's save
    assert other.exists()  # slot 2's own save clears it


# -- old saves -------------------------------------------------------------------------------

def version_0(state: GameState) -> dict:
    """The first test builds' save layout: the room at the top level, no summary, slot or
    game version."""
    return {"format": FORMAT, "version": 0, "saved_at": "2024-11-02T09:30:00+00:00",
            "room": state.room, "state": dump_state(state)}


def test_a_version_0_save_is_brought_up_to_date_and_loads(content, moments):
    state = moments[3]
    saves_dir().mkdir(parents=True)
    slot_path("1").write_text(json.dumps(version_0(state)), encoding="utf-8")
    info = slot_info("1", content)
    assert info.status == "ok", info.reason
    assert info.room_title == content.rooms[state.room].title and info.play_ticks == state.tick
    assert info.game_version == "unknown"
    assert state_hash(load_game("1", content)) == state_hash(state)
    saved("1", moments[4], content)  # saving over it keeps it, as it was, as the backup
    assert json.loads(backup_path("1").read_text(encoding="utf-8"))["version"] == 0
    assert state_hash(load_game("1", content, backup=True)) == state_hash(state)


def test_a_malformed_version_0_save_is_damaged_not_a_crash(content, moments):
    old = version_0(moments[1])
    del old["room"]
    saves_dir().mkdir(parents=True)
    slot_path("2").write_text(json.dumps(old), encoding="utf-8")
    info = slot_info("2", content)
    assert info.status == "damaged"
    assert info.reason == "a format 0 save that could not be brought up to date (KeyError: 'room')"


# -- the disk says no ------------------------------------------------------------------------

@pytest.mark.parametrize("failing", ["fsync", "replace"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_full_or_read_only_disk_is_a_message_and_the_old_save_stays(content, moments, monkeypatch,
                                                                      failing, code):
    saved("2", moments[1], content, png=b"old picture")
    saved("2", moments[2], content, png=b"old picture 2")
    before = snapshot(saves_dir())

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:  # (undo() would also undo the data folder)
        patch.setattr(os, failing, refuse)
        outcome = save_game("2", moments[3], content, b"new picture")
    assert not outcome.ok
    assert os.strerror(code) in outcome.error and "unchanged" in outcome.error
    assert snapshot(saves_dir()) == before  # and no temporary file left behind
    assert state_hash(load_game("2", content)) == state_hash(moments[2])


def test_the_slot_file_is_replaced_last_so_a_failure_there_leaves_it(content, moments, monkeypatch):
    saved("2", moments[1], content)
    saved("2", moments[2], content)
    real_replace = os.replace

    def refuse_the_slot(source, target):
        if Path(target) == slot_path("2"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(source, target)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse_the_slot)
        outcome = save_game("2", moments[3], content)
    assert not outcome.ok and "No space left on device" in outcome.error
    assert state_hash(load_game("2", content)) == state_hash(moments[2])
    assert state_hash(load_game("2", content, backup=True)) == state_hash(moments[2])


# -- killed in the middle of a save ----------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_save(content, moments):
    states = []
    for n, moment in enumerate(moments[2:4]):  # big saves, so a kill lands inside one
        big = moment.clone()
        big.flags |= {f"padding_{n}_{i:05d}" for i in range(20_000)}
        states.append(big)
    hashes = {state_hash(s) for s in states}
    saved("1", states[0], content)
    saved("1", states[1], content)  # and A is the backup
    seed = time.time_ns()
    rng = random.Random(seed)
    for round_ in range(15):
        pid = os.fork()
        if pid == 0:  # the child saves, in turn, until it is killed
            try:
                n = round_
                while True:
                    save_game("1", states[n % 2], content)
                    n += 1
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.005, 0.080))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        where = f"round {round_} (seed {seed})"
        assert os.WIFSIGNALED(status), f"{where}: the child stopped saving before it was killed"
        assert slot_info("1", content).status == "ok", where
        assert state_hash(load_game("1", content)) in hashes, f"{where}: neither A nor B"
        assert state_hash(load_game("1", content, backup=True)) in hashes, f"{where}: the backup"
        names = {p.name for p in saves_dir().iterdir() if not p.name.endswith(".tmp")}
        assert names <= {"slot-1.json", "slot-1.bak.json"}, (where, names)
    # (Writing the slot in place, or renaming it away to the backup before writing, fails here.)


# -- coraline saves list ---------------------------------------------------------------------

def test_saves_list_prints_the_folder_and_every_slot(content, moments, capsys):
    saved("1", moments[3], content)
    saved("quick", moments[1], content)
    saved("quick", moments[2], content)
    slot_path("quick").write_bytes(slot_path("quick").read_bytes()[:100])
    saves_dir().joinpath("slot-4.json").write_text('{"format": "coraline-save", "version": 9}')
    assert saves_command(Namespace(json=False), content) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Save folder: {saves_dir()}"
    assert len([line for line in out if line.startswith("  Slot ")]) == 9
    one = next(line for line in out if line.startswith("  Slot 1 "))
    room = content.rooms[moments[3].room].title
    assert "ok" in one and f"Chapter {moments[3].chapter}: {moments[3].chapter_title}" in one
    assert room in one and local_date(DAY_ONE.isoformat()) in one
    seconds = moments[3].tick // 60
    assert f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" in one
    four = out.index(next(line for line in out if line.startswith("  Slot 4 ")))
    assert "damaged" in out[four] and "newer version of the game (format 9" in out[four]
    assert out[four + 1].strip() == "no backup"
    quick = out.index(next(line for line in out if line.startswith("  Quick save ")))
    assert "damaged" in out[quick] and "cut short (line" in out[quick]
    assert out[quick + 1].strip() == f"its backup loads: Prologue, {content.rooms[moments[1].room].title}," \
        f" 0:00:15, saved {local_date(DAY_ONE.isoformat())}"


def test_saves_list_json_has_the_same(content, moments, capsys):
    saved("2", moments[2], content)
    saved("2", moments[3], content)
    slot_path("2").write_text("[]", encoding="utf-8")
    from coraline_game.cli import main
    assert main(["saves", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["folder"] == str(saves_dir())
    assert [s["slot"] for s in data["slots"]] == list(SLOTS)
    two = data["slots"][1]
    assert two["status"] == "damaged" and two["reason"].startswith("not a Coraline save")
    assert two["backup"]["status"] == "ok" and two["backup"]["play_ticks"] == moments[2].tick
    assert two["backup"]["play_time"] and two["backup"]["room_title"]
    assert data["slots"][0] == {"slot": "1", "label": "Slot 1", "status": "empty", "reason": "",
                                "file": str(slot_path("1")), "thumbnail": None, "backup": None}


def test_saves_list_with_nothing_saved_says_so(content, capsys):
    assert saves_command(Namespace(json=False), content) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("(nothing saved yet)") and all("empty" in line for line in out[1:])
    assert not saves_dir().exists()


# -- the save and load screen ----------------------------------------------------------------

class FakeServices:
    """What App gives the scene, saving for real and recording loads."""

    def __init__(self, content, state: GameState) -> None:
        self.content = content
        self.state = state
        self.assets = Assets()
        self.text = TextCache(self.assets)
        self.cursors = Cursors(self.assets)
        self.closed = 0
        self.saves: list[str] = []
        self.loads: list[tuple[str, bool]] = []
        self.fail_with = ""

    def close_overlay(self) -> None:
        self.closed += 1

    def save_to(self, slot: str) -> SaveOutcome:
        self.saves.append(slot)
        if self.fail_with:
            return SaveOutcome(error=self.fail_with)
        return save_game(slot, self.state, self.content)

    def load_from(self, slot: str, backup: bool = False) -> str | None:
        self.loads.append((slot, backup))
        return None


def press(scene: SaveLoadScene, *keys: int) -> None:
    for key in keys:
        scene.handle(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=""))


def click(scene: SaveLoadScene, pos: tuple[int, int]) -> None:
    scene.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    scene.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))


def drawn(scene: SaveLoadScene) -> pygame.Surface:
    surface = pygame.Surface((640, 360))
    scene.draw(surface)
    return surface


def test_the_save_screen_shows_the_numbered_slots_and_saves_into_an_empty_one(content, moments):
    services = FakeServices(content, moments[2])
    scene = SaveLoadScene(services, "save")
    assert [s.slot for s in scene.slots] == [str(n) for n in range(1, 10)]
    press(scene, pygame.K_DOWN, pygame.K_RETURN)  # slot 2
    assert services.saves == ["2"] and scene.prompt is None
    assert scene.notice is not None and scene.notice.text == "Saved."
    assert scene.slots[1].status == "ok" and scene.slots[1].play_ticks == moments[2].tick
    drawn(scene)
    for _ in range(NOTICE_TICKS):
        scene.update()
    assert scene.notice is None


def test_saving_over_a_save_asks_first(content, moments):
    saved("1", moments[1], content)
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "save")
    press(scene, pygame.K_RETURN)
    assert scene.prompt is not None and scene.prompt.lines[0] == "Overwrite slot 1?"
    assert [b.label for b in scene.prompt.buttons] == ["Yes", "No"]
    drawn(scene)
    press(scene, pygame.K_ESCAPE)  # No
    assert scene.prompt is None and services.saves == [] and services.closed == 0
    press(scene, pygame.K_RETURN, pygame.K_RETURN)  # Yes
    assert services.saves == ["1"]
    assert state_hash(load_game("1", content)) == state_hash(moments[3])
    press(scene, pygame.K_ESCAPE)
    assert services.closed == 1


def test_saving_over_a_damaged_slot_says_it_is_damaged_and_asks(content, moments):
    saves_dir().mkdir(parents=True)
    slot_path("1").write_text("{", encoding="utf-8")
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "save")
    press(scene, pygame.K_RETURN)
    assert scene.prompt is not None
    assert any("damaged" in line and "cut short" in line for line in scene.prompt.lines)
    press(scene, pygame.K_RIGHT, pygame.K_RETURN)  # No
    assert services.saves == [] and slot_path("1").read_text(encoding="utf-8") == "{"
    press(scene, pygame.K_RETURN, pygame.K_RETURN)  # Yes
    assert services.saves == ["1"] and scene.notice is not None
    assert scene.notice.text.startswith("Saved. The damaged file in slot 1 was kept as slot-1.corrupt-")


def test_a_failed_save_shows_why_until_the_next_key(content, moments):
    services = FakeServices(content, moments[3])
    services.fail_with = "Could not save in slot 1: No space left on device; nothing was saved."
    scene = SaveLoadScene(services, "save")
    press(scene, pygame.K_RETURN)
    assert scene.notice is not None and scene.notice.colour == WARNING
    assert scene.notice.text == services.fail_with
    for _ in range(NOTICE_TICKS * 3):
        scene.update()
    assert scene.notice is not None
    drawn(scene)
    press(scene, pygame.K_DOWN)
    assert scene.notice is None


def test_the_load_screen_lists_autosave_and_quick_save_and_starts_on_the_newest(content, moments):
    saved("2", moments[1], content, when=DAY_ONE)
    saved("auto", moments[2], content, when=DAY_ONE + timedelta(minutes=1))
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "load")
    assert [s.slot for s in scene.slots] == list(SLOTS)
    assert scene.slots[scene.index].slot == "auto"
    press(scene, pygame.K_RETURN)
    assert services.loads == [("auto", False)]


def test_loading_during_a_game_asks_first(content, moments):
    saved("2", moments[1], content)
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "load", confirm_load=True)
    press(scene, pygame.K_RETURN)
    assert scene.prompt is not None and services.loads == []
    press(scene, pygame.K_RETURN)
    assert services.loads == [("2", False)]


def test_a_damaged_slot_offers_the_backup_on_the_load_screen(content, moments):
    saved("3", moments[1], content, when=DAY_ONE)
    saved("3", moments[2], content, when=DAY_ONE + timedelta(days=1))
    slot_path("3").write_bytes(b"\0" * 100)
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "load")
    scene.index = 2
    press(scene, pygame.K_RETURN)
    assert scene.prompt is not None and scene.prompt.lines[0] == "Slot 3 is damaged"
    offer = scene.prompt.buttons[0].label
    assert offer.startswith("Load the backup (") and "2025-03-1" in offer
    drawn(scene)
    press(scene, pygame.K_RETURN)
    assert services.loads == [("3", True)]


def test_an_empty_or_hopeless_slot_loads_nothing(content, moments):
    saves_dir().mkdir(parents=True)
    slot_path("2").write_text("[]", encoding="utf-8")
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "load")
    press(scene, pygame.K_RETURN)  # slot 1: empty
    press(scene, pygame.K_DOWN, pygame.K_RETURN)  # slot 2: damaged, no backup
    assert services.loads == [] and scene.prompt is None
    assert scene.notice is not None and "no backup" in scene.notice.text


def test_the_mouse_picks_a_card_and_answers_the_prompt(content, moments):
    saved("7", moments[1], content)
    services = FakeServices(content, moments[3])
    scene = SaveLoadScene(services, "save")
    rects = scene.card_rects()
    assert rects[6].left > rects[0].right  # slot 7 is in the second column
    click(scene, rects[6].center)
    assert scene.index == 6 and scene.prompt is not None
    yes, no = scene.button_rects()
    click(scene, no.center)
    assert scene.prompt is None and services.saves == []
    click(scene, rects[6].center)
    click(scene, yes.center)
    assert services.saves == ["7"]


def test_the_arrows_move_around_both_columns(content):
    services = FakeServices(content, new_game(content).state)
    scene = SaveLoadScene(services, "load")  # 1-6 | 7, 8, 9, auto, quick
    press(scene, pygame.K_UP)
    assert scene.slots[scene.index].slot == "6"  # up from the top goes round
    press(scene, pygame.K_RIGHT)
    assert scene.slots[scene.index].slot == "quick"  # there is no sixth row on the right
    press(scene, pygame.K_LEFT, pygame.K_UP, pygame.K_UP)
    assert scene.slots[scene.index].slot == "3"
    scene.move(1, 0)
    assert scene.slots[scene.index].slot == "9"


def test_cards_draw_their_pictures(content, moments):
    screen = pygame.Surface((640, 360))
    screen.fill((200, 40, 40))
    saved("1", moments[1], content, png=thumbnail_png(screen))
    scene = SaveLoadScene(FakeServices(content, moments[3]), "save")
    picture = drawn(scene).get_at(scene.card_rects()[0].move(35, 21).topleft)
    assert picture[0] > 150 and picture[1] < 80  # the red picture, scaled into the card
    empty = drawn(scene).get_at(scene.card_rects()[1].move(35, 21).topleft)
    assert empty[0] < 60
