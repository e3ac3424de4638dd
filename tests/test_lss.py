"""The LiveSplit export: a runner opens the .lss in LiveSplit and finds their personal best,
golds, history and attempt count, in LiveSplit's own element names and time formats."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from coraline_game.speedrun.lss import export_lss, lss_xml, ticks_time, timespan
from coraline_game.speedrun.records import Attempt, CategoryRecords

NAMES = ("Through the door", "Eye #1", "Eye #2", "Eye #3", "The well")
TIME = re.compile(r"^(\d+\.)?\d\d:\d\d:\d\d\.\d{7}$")


def make(id: int, ticks: tuple[int, ...], *, practice: bool = False, rta_ms: int = 0,
         ended: str = "2026-12-06T01:10:00Z") -> Attempt:
    return Attempt(id=id, started=f"2026-12-06T01:0{id}:05Z", ended=ended,
                   split_names=NAMES[:len(ticks)], split_ticks=ticks, rta_ms=rta_ms,
                   finished=len(ticks) == 5, practice=practice)


@pytest.fixture
def records() -> CategoryRecords:
    r = CategoryRecords("any", 5)
    for a in (
        make(1, (600, 1600, 3000, 4000, 5000), rta_ms=90_123),   # segments 600 1000 1400 1000 1000
        make(2, (650, 1550, 2700, 4100, 5200), rta_ms=95_000),   # segments 650 900 1150 1400 1100
        make(3, (30, 31, 32, 33, 34), practice=True, rta_ms=1),  # practice: left out entirely
        make(4, (550, 1700), ended=""),                          # reset: segments 550 1150
    ):
        r = r.with_attempt(a)
    return r


def export(records: CategoryRecords, **overrides) -> ET.Element:
    args: dict[str, Any] = dict(game_name="Coraline: The Little Door", category_name="Any%",
                segment_names=NAMES, game_version="0.1.0")
    args.update(overrides)
    return ET.fromstring(lss_xml(records, **args))


def test_times_are_written_as_livesplit_writes_a_timespan():
    assert ticks_time(0) == "00:00:00.0000000"
    assert ticks_time(60) == "00:00:01.0000000"
    assert ticks_time(3721 * 60 + 3) == "01:02:01.0500000"
    assert ticks_time(1) == "00:00:00.0166667"  # rounded to the nearest 100 ns
    assert timespan(86_400 * 10_000_000 + 1) == "1.00:00:00.0000001"


def test_every_element_livesplit_reads_is_there(records):
    run = export(records)
    assert run.tag == "Run" and run.get("version") == "1.7.0"
    assert [child.tag for child in run] == [
        "GameIcon", "GameName", "CategoryName", "LayoutPath", "Metadata", "Offset", "AttemptCount",
        "AttemptHistory", "Segments", "AutoSplitterSettings"]
    assert run.findtext("GameName") == "Coraline: The Little Door"
    assert run.findtext("CategoryName") == "Any%"
    assert run.findtext("Offset") == "00:00:00"
    metadata = run.find("Metadata")
    assert metadata is not None and metadata.find("Run").get("id") == ""
    assert metadata.find("Platform").text == "PC"
    assert metadata.find("Platform").get("usesEmulator") == "False"
    assert metadata.find("Region") is not None
    assert metadata.find("Variables/Variable[@name='Version']").text == "0.1.0"
    segments = run.findall("Segments/Segment")
    assert [s.findtext("Name") for s in segments] == list(NAMES)
    for segment in segments:
        assert [c.tag for c in segment] == ["Name", "Icon", "SplitTimes", "BestSegmentTime", "SegmentHistory"]
        assert segment.find("SplitTimes/SplitTime[@name='Personal Best']") is not None


def test_empty_icons_are_self_closing_so_livesplit_does_not_try_to_decode_them(records):
    text = lss_xml(records, game_name="g", category_name="c", segment_names=NAMES, game_version="1")
    assert "<GameIcon />" in text and text.count("<Icon />") == 5


def test_attempt_count_and_history_leave_practice_out(records):
    run = export(records)
    assert run.findtext("AttemptCount") == "3"
    attempts = run.findall("AttemptHistory/Attempt")
    assert [a.get("id") for a in attempts] == ["1", "2", "4"]
    first = attempts[0]
    assert first.get("started") == "12/06/2026 01:01:05" and first.get("isStartedSynced") == "False"
    assert first.get("ended") == "12/06/2026 01:10:00" and first.get("isEndedSynced") == "False"
    assert first.findtext("RealTime") == "00:01:30.1230000"
    assert first.findtext("GameTime") == "00:01:23.3333333"  # 5000 ticks
    reset = attempts[2]
    assert reset.get("ended") is None and reset.get("isEndedSynced") is None
    assert list(reset) == []  # no time: it did not finish


def test_pb_split_times_golds_and_segment_history_are_right(records):
    segments = export(records).findall("Segments/Segment")
    pb = [s.find("SplitTimes/SplitTime[@name='Personal Best']") for s in segments]
    assert [p.findtext("GameTime") for p in pb] == [ticks_time(t) for t in (600, 1600, 3000, 4000, 5000)]
    assert pb[-1].findtext("RealTime") == "00:01:30.1230000"
    assert [p.findtext("RealTime") for p in pb[:-1]] == [None] * 4
    golds = [s.findtext("BestSegmentTime/GameTime") for s in segments]
    assert golds == [ticks_time(t) for t in (550, 900, 1150, 1000, 1000)]
    assert golds[0] == "00:00:09.1666667"
    history = [{t.get("id"): t.findtext("GameTime") for t in s.findall("SegmentHistory/Time")}
               for s in segments]
    assert history[0] == {"1": ticks_time(600), "2": ticks_time(650), "4": ticks_time(550)}
    assert history[1] == {"1": ticks_time(1000), "2": ticks_time(900), "4": ticks_time(1150)}
    assert history[4] == {"1": ticks_time(1000), "2": ticks_time(1100)}
    every_time = [e.text for e in export(records).iter() if e.tag in ("RealTime", "GameTime")]
    assert every_time and all(TIME.match(t) for t in every_time)


def test_no_pb_and_no_gold_leave_the_elements_empty():
    run = export(CategoryRecords("any", 5).with_attempt(make(1, (600,))))
    segments = run.findall("Segments/Segment")
    assert segments[0].findtext("BestSegmentTime/GameTime") == ticks_time(600)
    assert len(segments[1].find("BestSegmentTime")) == 0
    assert all(len(s.find("SplitTimes/SplitTime")) == 0 for s in segments)
    assert run.findtext("AttemptCount") == "1"


def test_names_with_xml_characters_are_escaped(records):
    names = ("Door & key", "<Eye>", 'Eye "2"', "Eye 3", "Well ]]>")
    text = lss_xml(records, game_name="Coraline & <Co>", category_name="Any% <glitchless>",
                   segment_names=names, game_version="1 & 2")
    assert "Coraline &amp; &lt;Co&gt;" in text
    run = ET.fromstring(text)
    assert run.findtext("GameName") == "Coraline & <Co>"
    assert run.findtext("CategoryName") == "Any% <glitchless>"
    assert [s.findtext("Name") for s in run.findall("Segments/Segment")] == list(names)


def test_the_wrong_number_of_segment_names_is_refused(records):
    with pytest.raises(ValueError, match="5 splits but 2 segment names"):
        export(records, segment_names=NAMES[:2])


def test_export_writes_the_file_and_reports_a_path_it_cannot_use(records, tmp_path):
    target = tmp_path / "Coraline - Any%.lss"
    export_lss(records, target, game_name="g", category_name="c", segment_names=NAMES, game_version="1")
    assert target.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert ET.parse(target).getroot().findtext("AttemptCount") == "3"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    export_lss(records, tmp_path / "new folder" / "x.lss", game_name="g", category_name="c",
               segment_names=NAMES, game_version="1")  # a folder that is not there yet is made
    assert (tmp_path / "new folder" / "x.lss").is_file()
    with pytest.raises(OSError):  # a file stands where the folder should be
        export_lss(records, target / "x.lss", game_name="g", category_name="c",
                   segment_names=NAMES, game_version="1")
