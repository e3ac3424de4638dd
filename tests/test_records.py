"""Speedrun records: the personal best, golds and sum of best a runner sees, and a records
file that survives damage, hand edits, full disks and read-only folders without stopping play."""

from __future__ import annotations

import json
import os
import stat

import pytest

from coraline_game import user_files

from coraline_game.speedrun import records as rec
from coraline_game.speedrun.records import Attempt, CategoryRecords, load_records, save_records

EYES = ("Garden eye", "Theatre eye", "Circus eye")
SPLITS = ("Through the door", *EYES, "The well")  # 5 positional splits


def attempt(id: int, ticks: tuple[int, ...], *, names: tuple[str, ...] | None = None,
            finished: bool | None = None, practice: bool = False, rta_ms: int | None = None,
            replay: str = "") -> Attempt:
    names = names if names is not None else SPLITS[:len(ticks)]
    done = len(ticks) == len(SPLITS) if finished is None else finished
    return Attempt(id=id, started=f"2026-12-06T01:{id:02d}:00Z", ended=f"2026-12-06T01:{id:02d}:59Z",
                   split_names=names, split_ticks=ticks,
                   rta_ms=rta_ms if rta_ms is not None else (ticks[-1] * 1000 // 60 + 500 if ticks else 700),
                   finished=done, replay=replay, practice=practice)


def records_of(*attempts: Attempt, category: str = "any") -> CategoryRecords:
    records = CategoryRecords(category, len(SPLITS))
    for a in attempts:
        records = records.with_attempt(a)
    return records


# --- what the runner sees ----------------------------------------------------------------------


def test_no_attempts_yet_means_no_pb_no_golds_no_sum_of_best():
    records = CategoryRecords("any", 5)
    assert records.personal_best is None
    assert records.best_segments == (None,) * 5
    assert records.sum_of_best is None
    assert records.attempt_count == 0
    assert records.next_id == 1


def test_the_fastest_finished_run_is_the_pb_and_a_reset_run_is_never_one():
    slow = attempt(1, (600, 1800, 3000, 4200, 6000))
    fast = attempt(2, (500, 1700, 2900, 4100, 5900))
    reset_early = attempt(3, (100, 200))  # faster so far, but it never finished
    records = records_of(slow, fast, reset_early)
    assert records.personal_best == fast
    assert records.attempt_count == 3
    assert records.next_id == 4


def test_a_tie_keeps_the_earlier_run_as_pb():
    first = attempt(1, (600, 1800, 3000, 4200, 6000))
    same = attempt(2, (700, 1700, 3100, 4000, 6000))
    assert records_of(first, same).personal_best == first


def test_golds_come_from_every_attempt_by_position_whatever_order_the_eyes_came_in():
    # Run 1 found the eyes Garden, Theatre, Circus; run 2 Circus, Garden, Theatre.
    one = attempt(1, (600, 1600, 3000, 4000, 5000), names=("Through the door", *EYES, "The well"))
    two = attempt(2, (650, 1550, 2700, 4100, 5200),
                  names=("Through the door", "Circus eye", "Garden eye", "Theatre eye", "The well"))
    # Run 3 reset after two splits, with the best first segment of all: still a gold.
    three = attempt(3, (550, 1700))
    records = records_of(one, two, three)
    # Segments: one (600, 1000, 1400, 1000, 1000); two (650, 900, 1150, 1400, 1100); three (550, 1150)
    assert records.best_segments == (550, 900, 1150, 1000, 1000)
    assert records.sum_of_best == 550 + 900 + 1150 + 1000 + 1000
    assert records.personal_best == one


def test_practice_attempts_never_count_for_pb_golds_or_attempts():
    real = attempt(1, (600, 1600, 3000, 4000, 5000))
    practice = attempt(2, (1, 2, 3, 4, 5), practice=True)
    records = records_of(real, practice)
    assert records.personal_best == real
    assert records.best_segments == (600, 1000, 1400, 1000, 1000)
    assert records.attempt_count == 1
    assert records.next_id == 3  # ids are never reused


def test_sum_of_best_waits_until_every_split_has_been_reached():
    records = records_of(attempt(1, (600, 1600, 3000)), attempt(2, (500,)))
    assert records.best_segments == (500, 1000, 1400, None, None)
    assert records.sum_of_best is None


def test_an_attempt_that_cannot_belong_to_the_category_is_refused():
    records = records_of(attempt(1, (600,)))
    with pytest.raises(ValueError, match="id 1 is already taken"):
        records.with_attempt(attempt(1, (500,)))
    with pytest.raises(ValueError, match="goes backwards"):
        records.with_attempt(attempt(2, (600, 500)))
    with pytest.raises(ValueError, match="marked finished"):
        records.with_attempt(attempt(3, (600, 700), finished=True))


# --- the file ---------------------------------------------------------------------------------


def test_no_file_yet_gives_empty_records_and_no_warning(data_dir):
    records, warning = load_records("any", 5)
    assert records == CategoryRecords("any", 5)
    assert warning is None
    assert not data_dir.exists()  # nothing is created just by looking


def test_saved_records_come_back_the_same_and_leave_no_temp_files(data_dir):
    records = records_of(attempt(1, (600, 1600, 3000, 4000, 5000), replay="any-0001.replay"),
                         attempt(2, (500,)), attempt(3, (1, 2), practice=True))
    assert save_records(records) is None
    assert load_records("any", 5) == (records, None)
    assert sorted(p.name for p in (data_dir / "records").iterdir()) == ["any.json"]
    stored = json.loads((data_dir / "records" / "any.json").read_text(encoding="utf-8"))
    assert stored["format"] == rec.FORMAT and stored["version"] == rec.VERSION


def test_a_save_that_fails_halfway_leaves_the_old_records_whole(data_dir, monkeypatch):
    old = records_of(attempt(1, (600,)))
    assert save_records(old) is None

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(user_files.os, "replace", no_space)
        message = save_records(old.with_attempt(attempt(2, (500,))))
    assert message is not None and "No space left on device" in message
    assert str(data_dir / "records" / "any.json") in message
    assert load_records("any", 5) == (old, None)
    assert sorted(p.name for p in (data_dir / "records").iterdir()) == ["any.json"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can write into read-only folders")
def test_a_read_only_folder_gives_a_message_not_a_crash(data_dir):
    folder = data_dir / "records"
    folder.mkdir(parents=True)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        message = save_records(records_of(attempt(1, (600,))))
    finally:
        folder.chmod(stat.S_IRWXU)
    assert message is not None
    assert "Could not save the speedrun records" in message and str(folder) in message


def test_a_records_folder_that_cannot_be_made_gives_a_message_not_a_crash(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "records").write_text("a file where the folder should be")
    message = save_records(records_of(attempt(1, (600,))))
    assert message is not None and "Could not save the speedrun records" in message


def write_file(data_dir, text: str, category: str = "any") -> None:
    folder = data_dir / "records"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{category}.json").write_text(text, encoding="utf-8")


def kept_aside(data_dir, category: str = "any") -> list:
    return sorted((data_dir / "records").glob(f"{category}.corrupt-*.json"))


def test_a_corrupt_file_is_kept_aside_with_a_clear_warning_and_play_goes_on(data_dir):
    write_file(data_dir, '{"format": "coraline-speedrun-records", "version": 1, "attem')
    records, warning = load_records("any", 5)
    assert records == CategoryRecords("any", 5)
    kept = kept_aside(data_dir)
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8").endswith('"attem')  # the old bytes, untouched
    assert not (data_dir / "records" / "any.json").exists()
    assert warning is not None
    assert str(data_dir / "records" / "any.json") in warning
    assert "not valid JSON" in warning and "line 1" in warning
    assert str(kept[0]) in warning
    # and the next save starts a fresh file beside the kept one
    assert save_records(records.with_attempt(attempt(1, (600,)))) is None
    assert load_records("any", 5)[1] is None
    assert len(kept_aside(data_dir)) == 1


@pytest.mark.parametrize("text, says", [
    ("\xff\xfe garbage", "not valid JSON"),
    ('["a", "list"]', "not a speedrun records file"),
    ('{"format": "coraline-walkthrough", "version": 1}', "not a speedrun records file"),
    ('{"format": "coraline-speedrun-records", "version": 7, "category": "any", "split_count": 5, "attempts": []}',
     "newer version of the game"),
    ('{"format": "coraline-speedrun-records", "version": 1, "category": "glitchless", "split_count": 5, "attempts": []}',
     "category 'glitchless'"),
    ('{"format": "coraline-speedrun-records", "version": 1, "category": "any", "split_count": 4, "attempts": []}',
     "had 4 splits and now has 5"),
    ('{"format": "coraline-speedrun-records", "version": 1, "category": "any", "split_count": 5, "attempts": {}}',
     "'attempts' should be a list"),
])
def test_a_file_that_is_not_our_records_is_kept_aside_and_says_why(data_dir, text, says):
    write_file(data_dir, text)
    records, warning = load_records("any", 5)
    assert records.attempts == ()
    assert warning is not None and says in warning
    assert len(kept_aside(data_dir)) == 1


def test_bytes_that_are_not_utf8_are_kept_aside(data_dir):
    folder = data_dir / "records"
    folder.mkdir(parents=True)
    (folder / "any.json").write_bytes(b"\xff\xfe\x00{")
    _, warning = load_records("any", 5)
    assert warning is not None and "not UTF-8" in warning
    assert kept_aside(data_dir)[0].read_bytes() == b"\xff\xfe\x00{"


def good_file(**changes) -> str:
    entry = {"id": 3, "started": "2026-12-06T01:02:03Z", "ended": "2026-12-06T01:07:03Z",
             "split_names": ["Through the door"], "split_ticks": [600], "rta_ms": 10_500,
             "finished": False, "replay": "", "practice": False}
    entry.update(changes)
    entry = {k: v for k, v in entry.items() if v is not ...}
    return json.dumps({"format": rec.FORMAT, "version": rec.VERSION, "category": "any",
                       "split_count": 5, "attempts": [entry]})


def test_a_hand_edited_file_with_right_types_loads(data_dir):
    write_file(data_dir, good_file(replay=..., practice=...))  # optional fields may be left out
    records, warning = load_records("any", 5)
    assert warning is None
    assert records.attempts == (Attempt(3, "2026-12-06T01:02:03Z", "2026-12-06T01:07:03Z",
                                        ("Through the door",), (600,), 10_500, False),)


@pytest.mark.parametrize("change, says", [
    ({"rta_ms": "10500"}, "attempt 3 (entry 1 of 'attempts'): field 'rta_ms' should be a whole number, found the text \"10500\""),
    ({"split_ticks": [600.5]}, "attempt 3 (entry 1 of 'attempts'): field 'split_ticks': item 1 should be a whole number, found the number 600.5"),
    ({"split_ticks": "600"}, "field 'split_ticks' should be a list, found the text \"600\""),
    ({"finished": "yes"}, "field 'finished' should be true or false, found the text \"yes\""),
    ({"practice": 0}, "field 'practice' should be true or false, found the number 0"),
    ({"id": True}, "entry 1 of 'attempts': field 'id' should be a whole number, found the value true"),
    ({"split_names": [None]}, "field 'split_names': item 1 should be text, found null"),
    ({"started": ...}, "attempt 3 (entry 1 of 'attempts'): field 'started' is missing"),
    ({"pratice": True}, "unknown field 'pratice'"),
    ({"started": "yesterday"}, "attempt 3 (entry 1 of 'attempts'): 'started' should be a date and time"),
    ({"split_ticks": [600, 500], "split_names": ["a", "b"]}, "goes backwards"),
    ({"split_names": []}, "should be as long as each other"),
])
def test_a_hand_edited_wrong_value_is_rejected_naming_the_attempt_and_field(data_dir, change, says):
    write_file(data_dir, good_file(**change))
    records, warning = load_records("any", 5)
    assert records.attempts == ()
    assert warning is not None and says in warning, warning
    assert len(kept_aside(data_dir)) == 1


def test_two_bad_files_in_the_same_second_are_both_kept(data_dir):
    write_file(data_dir, "not json")
    load_records("any", 5)
    write_file(data_dir, "not json either")
    load_records("any", 5)
    assert sorted(p.read_text() for p in kept_aside(data_dir)) == ["not json", "not json either"]


def test_each_category_has_its_own_file(data_dir):
    any_records = records_of(attempt(1, (600,)), category="any")
    shuffled = records_of(attempt(1, (900,)), category="any-shuffled")
    assert save_records(any_records) is None and save_records(shuffled) is None
    assert load_records("any", 5)[0] == any_records
    assert load_records("any-shuffled", 5)[0] == shuffled


def test_a_category_name_that_cannot_be_a_file_name_is_refused():
    with pytest.raises(ValueError, match="cannot be used as a file name"):
        load_records("../escape", 5)
