"""LiveSplit export: a category's records as a LiveSplit splits file (.lss), so a runner can
carry their personal best, golds and history into LiveSplit. It only writes; it never reads.

Element names, their order and the time formats follow LiveSplit's own saver and reader,
checked against LiveSplit/LiveSplit: LiveSplit/LiveSplit.Core/Model/RunSavers/XMLRunSaver.cs,
RunFactories/XMLRunFactory.cs, Model/Attempt.cs and Model/Time.cs, and livesplit-core's
src/run/parser/livesplit.rs (attempt dates "MM/dd/yyyy HH:mm:ss" in UTC; times as .NET's
TimeSpan.ToString(), "[d.]hh:mm:ss.fffffff"; empty GameIcon/Icon written as <GameIcon />).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from coraline_game.speedrun.records import Attempt, CategoryRecords, parse_utc
from coraline_game.user_files import write_atomically
from coraline_game.world import TICKS_PER_SECOND

LSS_VERSION = "1.7.0"
PERSONAL_BEST = "Personal Best"  # LiveSplit's Run.PersonalBestComparisonName
_UNITS_PER_SECOND = 10_000_000     # .NET TimeSpan ticks: 100 ns
_UNITS_PER_DAY = 86_400 * _UNITS_PER_SECOND


def timespan(units: int) -> str:
    """A duration in 100 ns units as .NET writes a TimeSpan, always with 7 fractional digits:
    "00:01:02.3450000", and "1.02:03:04.0000000" past a day."""
    days, rest = divmod(units, _UNITS_PER_DAY)
    seconds, fraction = divmod(rest, _UNITS_PER_SECOND)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = f"{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:07d}"
    return f"{days}.{text}" if days else text


def ticks_time(ticks: int) -> str:
    """In-game ticks (60/s) as a LiveSplit time, to the nearest 100 ns."""
    return timespan((ticks * _UNITS_PER_SECOND * 2 + TICKS_PER_SECOND) // (2 * TICKS_PER_SECOND))


def ms_time(ms: int) -> str:
    """Milliseconds as a LiveSplit time."""
    return timespan(ms * (_UNITS_PER_SECOND // 1000))


def lss_date(iso: str) -> str | None:
    """An ISO 8601 UTC moment as LiveSplit writes attempt dates ("MM/dd/yyyy HH:mm:ss", UTC);
    None if there is none."""
    moment = parse_utc(iso) if iso else None
    return moment.strftime("%m/%d/%Y %H:%M:%S") if moment else None


def lss_xml(records: CategoryRecords, *, game_name: str, category_name: str,
            segment_names: Sequence[str], game_version: str, platform: str = "PC") -> str:
    """The records as the text of a LiveSplit splits file, timed in game time (plus real time
    for the personal best's end and each finished attempt). Practice attempts are left out."""
    if len(segment_names) != records.split_count:
        raise ValueError(f"category {records.category!r} has {records.split_count} splits but "
                         f"{len(segment_names)} segment names were given")
    run = ET.Element("Run", version=LSS_VERSION)
    ET.SubElement(run, "GameIcon")
    _text(run, "GameName", game_name)
    _text(run, "CategoryName", category_name)
    ET.SubElement(run, "LayoutPath")
    run.append(_metadata(platform, game_version))
    _text(run, "Offset", "00:00:00")
    _text(run, "AttemptCount", str(records.attempt_count))
    history = ET.SubElement(run, "AttemptHistory")
    for attempt in records.counted:
        history.append(_attempt(attempt))
    segments = ET.SubElement(run, "Segments")
    pb = records.personal_best
    golds = records.best_segments
    for i, name in enumerate(segment_names):
        segments.append(_segment(records, i, name, pb, golds[i]))
    ET.SubElement(run, "AutoSplitterSettings")
    ET.indent(run, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(run, encoding="unicode") + "\n"


def export_lss(records: CategoryRecords, path: Path | str, *, game_name: str, category_name: str,
               segment_names: Sequence[str], game_version: str, platform: str = "PC") -> None:
    """Write the records as a LiveSplit splits file at `path`, whole or not at all. Raises
    OSError (folder missing or read-only, disk full) for the caller to tell the player."""
    text = lss_xml(records, game_name=game_name, category_name=category_name,
                   segment_names=segment_names, game_version=game_version, platform=platform)
    write_atomically(Path(path), text)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _metadata(platform: str, game_version: str) -> ET.Element:
    metadata = ET.Element("Metadata")
    ET.SubElement(metadata, "Run", id="")
    _text(metadata, "Platform", platform).set("usesEmulator", "False")
    ET.SubElement(metadata, "Region")
    variables = ET.SubElement(metadata, "Variables")
    _text(variables, "Variable", game_version).set("name", "Version")
    ET.SubElement(metadata, "CustomVariables")
    return metadata


def _attempt(attempt: Attempt) -> ET.Element:
    element = ET.Element("Attempt", id=str(attempt.id))
    for name, iso in (("started", attempt.started), ("ended", attempt.ended)):
        date = lss_date(iso)
        if date is not None:
            element.set(name, date)
            element.set(f"is{name.capitalize()}Synced", "False")
    final = attempt.final_ticks
    if final is not None:
        _text(element, "RealTime", ms_time(attempt.rta_ms))
        _text(element, "GameTime", ticks_time(final))
    return element


def _segment(records: CategoryRecords, i: int, name: str, pb: Attempt | None,
             gold: int | None) -> ET.Element:
    segment = ET.Element("Segment")
    _text(segment, "Name", name)
    ET.SubElement(segment, "Icon")
    split_times = ET.SubElement(segment, "SplitTimes")
    pb_split = ET.SubElement(split_times, "SplitTime", name=PERSONAL_BEST)
    if pb is not None:
        if i == records.split_count - 1:
            _text(pb_split, "RealTime", ms_time(pb.rta_ms))
        _text(pb_split, "GameTime", ticks_time(pb.split_ticks[i]))
    best = ET.SubElement(segment, "BestSegmentTime")
    if gold is not None:
        _text(best, "GameTime", ticks_time(gold))
    history = ET.SubElement(segment, "SegmentHistory")
    for attempt in sorted(records.counted, key=lambda a: a.id):
        lengths = attempt.segment_ticks
        if i < len(lengths):
            time = ET.SubElement(history, "Time", id=str(attempt.id))
            _text(time, "GameTime", ticks_time(lengths[i]))
    return segment
