"""The Excel export: one workbook a supervisor opens and starts working in.

Sheets, in order: the summary (per area: coverage of the census list, households and persons
in each poverty status with their shares, and Alkire-Foster H, A, M0 where the standard has
deprivation indicators; the standard named with its version), households (one row each: areas,
unit, head, size, statuses, income per capita, poverty status, each indicator), members (one
row each, linked by `household_id`), enumerators (interviews by stage), days (interviews
finished per UTC day), one sheet per other repeat group of the form (app.survey.reports.repeats)
and the codebook (every column of every sheet: header, name, type, codes and their labels).
Every sheet has a frozen, filtered header in the chosen language, set column widths, and real
number and date cells; Persian sheets run right to left.

Written with XlsxWriter's constant_memory mode (each row goes to a temporary file as the next
begins, text inline: memory does not grow with the rows) to a temporary name renamed over the
target at the end (app.survey.reports.files). XlsxWriter was chosen by measurement: a raw dump
of the same cells took two thirds of openpyxl's write-only time (bench/bench_reports.py).
Text is always a text cell: a name such as "=HYPERLINK(...)" or "+60..." is never a formula.
A table longer than a sheet holds (the members of a whole state) goes on in further sheets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, text
from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from app.survey.countries import workspace_country
from app.survey.db.engine import Database
from app.survey.db.types import parse_utc
from app.survey.errors import TinjauError
from app.survey.records.lifecycle import INTERVIEW_STATUSES, VISIT_STATUSES
from app.survey.reports.areas import REPORT_LEVELS, Area, AreaTree, check_level, household_filter
from app.survey.reports.coverage import Coverage, coverage_by_area
from app.survey.reports.files import atomic_file
from app.survey.reports.poverty import PovertyReport, PovertyTally, ScoredHousehold
from app.survey.reports.poverty import scored_households as _scored
from app.survey.reports.progress import completed_by_day, progress_by_worker
from app.survey.reports.repeats import RepeatGroup, form_repeats, repeat_rows
from app.survey.reports.standard import workspace_standard
from app.survey.reports.words import language, value_label, word
from app.survey.scoring import Measures, Standard, measure, measure_by_area
from app.survey.scoring.model import INSUFFICIENT_DATA, pick
from app.survey.scoring.result import status_label

# Characters XML 1.0 cannot hold: dropped from text cells.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Number formats by column kind. "number" (a floor, a line number) needs none; a "date"
# cell gets DATE_FORMAT.
DATE_FORMAT = "yyyy-mm-dd"
FORMATS = {
    "int": "#,##0",
    "decimal": "#,##0.00",
    "money": "#,##0.00",
    "share": "0.0%",
    "ratio": "0.000",
    "datetime": "yyyy-mm-dd hh:mm",
}
PROGRESS_EVERY = 500
SOURCES = ("census", "new")
# A repeat group's field type (the form's) as a column kind.
FIELD_KINDS = {"integer": "number", "decimal": "decimal", "range": "number", "date": "date"}


class ExportCancelled(TinjauError):
    """The user stopped the export; nothing was written under the target's name."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export: the area (path or code; None = the whole workspace), the level the
    summary groups by, the standard (None = the workspace's), the language of headers and
    labels, and labels or stored codes for statuses."""

    area: str | None = None
    level: str = "ward"
    standard: str | None = None
    lang: str = "en"
    labels: bool = True


@dataclass(frozen=True)
class ExportSummary:
    households: int
    members: int
    areas: int
    standard_id: str
    standard_version: str


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text, number, int, money, share, ratio, date, datetime
    name: str = ""  # the column's stable name, for the codebook (the header is translated)
    choices: tuple[tuple[str, str], ...] = ()  # (code, label) of a column holding codes


class Sink(Protocol):
    """Where one table of the export goes: a worksheet, or a CSV file (reports/csvzip.py)."""

    rows: int

    def title_line(self, label: str, value: Any) -> None: ...
    def blank_line(self) -> None: ...
    def header(self) -> None: ...
    def row(self, values: Sequence[Any], bold: bool = False) -> None: ...
    def finish(self) -> None: ...


# Rows a worksheet holds under its header (Excel's limit is 1,048,576 rows in all).
SHEET_ROWS = 1_048_576


class _Formats:
    """The workbook's cell formats, made once: XlsxWriter adds a style per Format object."""

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.bold = wb.add_format({"bold": True})
        self.header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self.title_time = wb.add_format({"num_format": FORMATS["datetime"], "align": "left"})
        self.kinds: dict[tuple[str, bool], Format | None] = {}

    def kind(self, kind: str, bold: bool = False) -> Format | None:
        """The format of a number or date cell of a column kind (None: the default)."""
        key = (kind, bold)
        if key not in self.kinds:
            spec: dict[str, Any] = {"bold": True} if bold else {}
            if kind in FORMATS:
                spec["num_format"] = FORMATS[kind]
            elif kind == "date":
                spec["num_format"] = DATE_FORMAT
            self.kinds[key] = self.wb.add_format(spec) if spec else None
        return self.kinds[key]


class _Sheet:
    """A streamed worksheet (XlsxWriter's constant_memory: each row goes to disk as the next
    begins, strings inline) with a bold frozen header, widths, formats and safe text.

    A table longer than a sheet goes on in sheets made beside it beforehand (`parts`: the
    export counts households and members first); any other table that would not fit stops
    the export with a sentence rather than losing rows."""

    def __init__(
        self,
        wb: Workbook,
        formats: _Formats,
        title: str,
        columns: Sequence[Column],
        rtl: bool,
        top: int = 0,
        parts: int = 1,
    ) -> None:
        self.columns = list(columns)
        self.formats = formats
        self.top = top  # rows above the header (the summary's title lines)
        self.rtl = rtl
        self.rows = 0
        self.title = title[:31]
        names = [self.title] + [f"{title[:27]} ({n})" for n in range(2, parts + 1)]
        self.sheets = [wb.add_worksheet(name) for name in names]
        self.ws = self.sheets[0]
        self._writers = _writers(self.ws)
        self.part = 0
        self.next_row = 0  # the worksheet's next row
        self.part_rows = 0  # rows of the table on the current sheet
        self.room = SHEET_ROWS - top - 1
        # Per column: how a value that is not text is written, with its format.
        self._kinds = [c.kind for c in self.columns]
        self._plain = [formats.kind(c.kind) for c in self.columns]
        self._bold = [formats.kind(c.kind, bold=True) for c in self.columns]
        self._date = formats.kind("date")
        for ws in self.sheets:
            self._set_up(ws)

    def _set_up(self, ws: Worksheet) -> None:
        for index, column in enumerate(self.columns):
            ws.set_column(index, index, column.width)
        ws.freeze_panes(self.top + 1, 0)
        if self.rtl:
            ws.right_to_left()
        # Printed: landscape, the header repeated on every page; a table under title lines
        # (the summary) one page wide.
        ws.set_landscape()
        ws.repeat_rows(self.top)
        if self.top:
            ws.fit_to_pages(1, 0)

    def blank_line(self) -> None:
        self.next_row += 1

    def title_line(self, label: str, value: Any) -> None:
        """A line above the table: a bold label and its value (text or a time)."""
        row = self.next_row
        self.ws.write_string(row, 0, clean_text(label), self.formats.bold)
        if isinstance(value, str):
            self.ws.write_string(row, 1, clean_text(value))
        else:
            self.ws.write_datetime(row, 1, value, self.formats.title_time)
        self.next_row += 1

    def header(self) -> None:
        # Rows are not measured when a file is opened: give the wrapped header its lines.
        lines = max(min(5, -(-len(c.header) * 5 // max(int(c.width * 4), 1))) for c in self.columns)
        for ws in self.sheets:
            ws.set_row(self.top, 15 * lines)
            for index, column in enumerate(self.columns):
                ws.write_string(self.top, index, clean_text(column.header), self.formats.header)
        self.next_row = self.top + 1

    def row(self, values: Sequence[Any], bold: bool = False) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        if self.part_rows >= self.room:
            self._next_part()
        row = self.next_row
        formats = self._bold if bold else self._plain
        text, number, when = self._writers
        index = -1
        for value in values:
            index += 1
            if value is None:
                continue
            kind = value.__class__
            if kind is str:
                # Always a text cell (never a formula); characters XML cannot hold dropped.
                if not value.isprintable():
                    value = clean_text(value)
                text(row, index, value, formats[index] if bold else None)
            elif kind is int or kind is float:
                number(row, index, value, formats[index])
            elif kind is date and value >= _PLAIN_DAYS:
                number(row, index, value.toordinal() - _EPOCH, formats[index] or self._date)
            elif kind is datetime and value.tzinfo is None and value >= _PLAIN_TIMES:
                number(row, index, _serial(value), formats[index] or self._date)
            elif kind is datetime or kind is date:
                when(row, index, value, formats[index] or self._date)
            elif isinstance(value, (int, float, Fraction)):  # bool, Fraction
                number(row, index, float(value), formats[index])
            else:
                text_format = formats[index] if bold else None
                text(row, index, clean_text(str(value)), text_format)
        self.next_row += 1
        self.part_rows += 1
        self.rows += 1

    def _next_part(self) -> None:
        self._filter()
        self.part += 1
        if self.part >= len(self.sheets):
            raise TinjauError(
                f"The sheet {self.title} would hold more rows than a workbook sheet can "
                f"({SHEET_ROWS - 1:,}); export one area at a time (--area), or as CSV."
            )
        self.ws = self.sheets[self.part]
        self._writers = _writers(self.ws)
        self.next_row = self.top + 1
        self.part_rows = 0

    def _filter(self) -> None:
        self.ws.autofilter(self.top, 0, self.top + max(self.part_rows, 1), len(self.columns) - 1)

    def finish(self) -> None:
        self._filter()
        for ws in self.sheets[self.part + 1 :]:  # parts the table did not need (never, today)
            ws.autofilter(self.top, 0, self.top + 1, len(self.columns) - 1)


# A date is a number of days since Excel's epoch (1899-12-30 for every day since 1900-03-01,
# before which Excel counts a 29 February 1900 that never was: XlsxWriter converts those).
_EPOCH = date(1899, 12, 30).toordinal()
_PLAIN_DAYS = date(1900, 3, 1)
_PLAIN_TIMES = datetime(1900, 3, 1)


def _serial(value: datetime) -> float:
    """A naive date and time as Excel's serial number, as XlsxWriter computes it (directly:
    half a million dates through its general conversion cost a second)."""
    seconds = value.hour * 3600 + value.minute * 60 + value.second
    # Days from 1899-12-31, the time of day, then the day Excel adds: in XlsxWriter's order,
    # so the float is the same to the last bit.
    return value.toordinal() - _EPOCH - 1 + (seconds + value.microsecond / 1e6) / 86400 + 1


def _writers(ws: Worksheet) -> tuple[Callable[..., int], ...]:
    """The sheet's writers of a text, number and date cell (row, column, value, format).

    XlsxWriter's public write_string and friends first check whether they were given an "A1"
    reference; the methods behind them skip that check (a tenth of the export's time). They
    are XlsxWriter's own, so fall back to the public ones if a release renames them."""
    names = ("write_string", "write_number", "write_datetime")
    return tuple(getattr(ws, f"_{name}", getattr(ws, name)) for name in names)


def clean_text(value: str) -> str:
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


def _number(value: Fraction | None) -> float | int | None:
    if value is None:
        return None
    return value.numerator if value.denominator == 1 else float(value)


class Exporter:
    def __init__(
        self,
        conn: Connection,
        options: ExportOptions,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.conn = conn
        self.options = options
        self.lang = language(options.lang)
        self.tree = AreaTree.load(conn)
        self.within: Area | None = self.tree.find(options.area) if options.area else None
        self.level = check_level(options.level, self.within)
        self.standard: Standard = workspace_standard(conn, options.standard)
        self.country = workspace_country(conn)
        self.progress = progress
        self.cancelled = cancelled
        where, params = household_filter(self.tree, self.within)
        self.total = conn.execute(
            text(f"SELECT count(*) FROM households h WHERE h.deleted_at IS NULL AND {where}"),
            params,
        ).scalar_one()
        # The form's other repeat groups (aid records...): a sheet each, when the form is known.
        self.repeats: list[RepeatGroup] = form_repeats(conn, self.lang)

    def words(self, key: str) -> str:
        return word(key, self.lang)

    def sheet_parts(self, rows_per_sheet: int) -> dict[str, int]:
        """How many sheets the households and the members take (more than one only when a
        table has more rows than a sheet holds)."""
        parts = {"households": max(1, -(-self.total // rows_per_sheet))}
        if self.total * 10 > rows_per_sheet:  # members may not fit: count them
            where, params = household_filter(self.tree, self.within)
            members = self.conn.execute(
                text(
                    "SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id "
                    f"WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL AND {where}"
                ),
                params,
            ).scalar_one()
            parts["members"] = max(1, -(-members // rows_per_sheet))
        return parts

    def label(self, code: str | None) -> str | None:
        if code is None or not self.options.labels:
            return code
        return value_label(code, self.lang)

    def level_header(self, level: str) -> str:
        if self.lang == "en" and level in ("state", "district", "ward", "site"):
            return self.country.levels[("state", "district", "ward", "site").index(level)].title()
        return self.words(level)

    # households ----------------------------------------------------------------------------

    def household_columns(self) -> list[Column]:
        w = self.words
        codes = self.codes
        columns = [Column(w("household_id"), 38, name="household_id")]
        columns += [
            Column(self.level_header(level), 14, name=f"{level}_code") for level in REPORT_LEVELS
        ]
        statuses = tuple(
            (s.code, status_label(self.standard, s.code, self.lang)) for s in self.standard.statuses
        ) + ((INSUFFICIENT_DATA, status_label(self.standard, INSUFFICIENT_DATA, self.lang)),)
        deprived = (("1", self.words("deprived_yes")), ("0", self.words("deprived_no")))
        columns += [
            Column(w("unit"), 12, name="unit"),
            Column(w("floor"), 8, "number", name="floor"),
            Column(w("head_name"), 32, name="head_name"),
            Column(w("national_id"), 15, name="head_national_id"),
            Column(w("phone"), 14, name="phone"),
            Column(w("household_size"), 10, "number", name="household_size"),
            Column(w("source"), 14, name="source", choices=codes(SOURCES)),
            Column(w("visit_status"), 16, name="visit_status", choices=codes(VISIT_STATUSES)),
            Column(w("interview_status"), 16, name="interview_status",
                   choices=codes(INTERVIEW_STATUSES)),
            Column(w("completed_at"), 17, "datetime", name="completed_at"),
            Column(w("enumerator"), 14, name="enumerator_id"),
            Column(f"{w('income_per_capita')} ({self.country.currency})", 14, "money",
                   name="income_per_capita"),
            Column(w("poverty_status"), 20, name="poverty_status", choices=statuses),
        ]  # fmt: skip
        if self.standard.indicators:
            columns += [
                Column(w("score"), 11, "ratio", name="score"),
                Column(w("deprived_count"), 11, "number", name="deprived_count"),
            ]
            columns += [
                Column(pick(ind.names, self.lang), 14, "number", name=ind.id, choices=deprived)
                for ind in self.standard.indicators
            ]
        return columns

    def codes(self, values: Sequence[str]) -> tuple[tuple[str, str], ...]:
        """Stored codes with their words in the export's language."""
        return tuple((code, value_label(code, self.lang)) for code in values)

    def household_row(self, item: ScoredHousehold) -> list[Any]:
        row = item.row
        lineage = self.tree.lineage(row["ward_id"])
        site = self.tree.by_id.get(row["site_id"] or "")
        block = self.tree.by_id.get(row["block_id"] or "")
        areas = [lineage.get("state"), lineage.get("district"), lineage.get("ward"), site, block]
        completed = row["completed_at"]
        hs = item.score
        values: list[Any] = [row["id"], *[a.code if a else None for a in areas]]
        values += [
            row["unit_code"],
            row["floor"],
            row["head_name"],
            row["head_national_id"],
            row["phone"],
            row["household_size"],
            self.label(row["source"]),
            self.label(row["visit_status"]),
            self.label(row["interview_status"]),
            parse_utc(completed).replace(tzinfo=None) if completed else None,
            row["enumerator_id"],
            None if hs is None else _number(hs.income),
        ]
        if hs is None:
            values.append(None)
        else:
            values.append(hs.label if self.options.labels else hs.status)
        if self.standard.indicators:
            if hs is None:
                values += [None, None] + [None] * len(self.standard.indicators)
            else:
                values += [_number(hs.score), hs.deprived_count]
                values += [
                    None if hs.deprived.get(ind.id) is None else int(bool(hs.deprived[ind.id]))
                    for ind in self.standard.indicators
                ]
        return values

    def households(self, sheet: Sink) -> Iterator[ScoredHousehold]:
        """Write each household's row as the stream passes through (the tally adds it up)."""
        done = 0
        self.tick(done)
        for item in _scored(self.conn, self.tree, self.standard, self.within, self.lang):
            sheet.row(self.household_row(item))
            done += 1
            if done % PROGRESS_EVERY == 0:
                self.tick(done)
            yield item
        self.tick(done)

    def tick(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("The export was stopped; no file was written.")
        if self.progress is not None:
            self.progress(done, self.total)

    # members -------------------------------------------------------------------------------

    def member_columns(self) -> list[Column]:
        w = self.words
        return [
            Column(w("household_id"), 38, name="household_id"),
            Column(w("line_number"), 7, "number", name="line_number"),
            Column(w("relationship"), 16, name="relationship_to_head"),
            Column(w("name"), 32, name="name"),
            Column(w("national_id"), 15, name="national_id"),
            Column(w("sex"), 10, name="sex", choices=self.codes(("male", "female"))),
            Column(w("birth_date"), 12, "date", name="birth_date"),
        ]

    def members(self, sheet: Sink) -> int:
        where, params = household_filter(self.tree, self.within)
        result = self.conn.execute(
            text(
                "SELECT m.household_id, m.line_number, m.relationship_to_head, m.name, "
                "m.national_id, m.sex, m.birth_date FROM members m "
                "JOIN households h ON h.id = m.household_id JOIN areas u ON u.id = h.unit_id "
                f"WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL AND {where} "
                "ORDER BY u.path_code, h.seq, m.line_number"
            ),
            params,
        )
        count = 0
        while rows := result.fetchmany(PROGRESS_EVERY):
            for hid, line, relationship, name, national_id, sex, born in rows:
                birth = date.fromisoformat(born) if born else None
                sheet.row([hid, line, relationship, name, national_id, self.label(sex), birth])
            count += len(rows)
            self.tick(self.total)
        return count

    # other repeat groups ---------------------------------------------------------------------

    def sheet_title(self, key: str) -> str:
        """A sheet's name in the export's language (a repeat group's label from the form)."""
        if key.startswith("repeat:"):
            group = next(g for g in self.repeats if g.name == key[7:])
            title = re.sub(r"[\[\]:*?/\\]", " ", group.label).strip() or group.name
            return title[:31]
        return self.words(f"sheet_{key}")

    def repeat_columns(self, group: RepeatGroup) -> list[Column]:
        columns = [
            Column(self.words("household_id"), 38, name="household_id"),
            Column(self.words("instance"), 8, "number", name="instance"),
        ]
        for field in group.fields:
            kind = "text" if field.choices else FIELD_KINDS.get(field.type, "text")
            columns.append(Column(field.label, 18, kind, name=field.name, choices=field.choices))
        return columns

    def repeat(self, sheet: Sink, group: RepeatGroup) -> None:
        for count, row in enumerate(
            repeat_rows(self.conn, self.tree, self.within, group, self.options.labels), 1
        ):
            sheet.row(row)
            if count % PROGRESS_EVERY == 0:
                self.tick(self.total)

    # codebook --------------------------------------------------------------------------------

    def codebook_columns(self) -> list[Column]:
        w = self.words
        return [
            Column(w("cb_sheet"), 18, name="sheet"),
            Column(w("cb_label"), 36, name="label"),
            Column(w("cb_name"), 24, name="name"),
            Column(w("cb_type"), 10, name="type"),
            Column(w("cb_choices"), 80, name="choices"),
        ]

    def codebook(self, sheet: Sink, tables: list[tuple[str, list[Column]]]) -> None:
        """One row per column of every other sheet: its header, name, kind and codes."""
        for title, columns in tables:
            for column in columns:
                choices = "; ".join(f"{code} = {label}" for code, label in column.choices)
                sheet.row([title, column.header, column.name or column.header, column.kind,
                           choices or None])  # fmt: skip

    # progress ------------------------------------------------------------------------------

    def worker_columns(self) -> list[Column]:
        w = self.words
        return [
            Column(w("enumerator"), 18, name="enumerator_id"),
            Column(w("in_progress"), 12, "int", name="in_progress"),
            Column(w("completed"), 12, "int", name="completed"),
            Column(w("approved"), 12, "int", name="approved"),
            Column(w("returned"), 15, "int", name="returned"),
        ]

    def workers(self, sheet: Sink) -> None:
        for worker in progress_by_worker(self.conn, self.tree, self.within):
            sheet.row(
                [worker.enumerator, worker.in_progress, worker.completed, worker.approved,
                 worker.returned]
            )  # fmt: skip

    def day_columns(self) -> list[Column]:
        return [
            Column(self.words("day"), 12, "date", name="day"),
            Column(self.words("completed"), 14, "int", name="completed"),
        ]

    def days(self, sheet: Sink) -> None:
        for day, count in completed_by_day(self.conn, self.tree, self.within):
            sheet.row([day, count])

    # summary -------------------------------------------------------------------------------

    def summary_columns(self) -> list[Column]:
        w = self.words
        columns = [
            Column(w(key), width, kind, name=key)
            for key, width, kind in (
                ("area_code", 30, "text"), ("area_name", 24, "text"), ("listed", 12, "int"),
                ("visited", 10, "int"), ("no_interview", 14, "int"), ("in_progress", 10, "int"),
                ("completed", 12, "int"), ("approved", 10, "int"), ("returned", 15, "int"),
                ("coverage_rate", 10, "share"), ("assessed", 12, "int"),
            )
        ]  # fmt: skip
        for status in self.standard.statuses:
            label = status_label(self.standard, status.code, self.lang)
            columns += [
                Column(
                    f"{label}: {w('households_n')}", 12, "int", name=f"{status.code}_households"
                ),
                Column(f"{label}: {w('share')}", 12, "share", name=f"{status.code}_share"),
                Column(f"{label}: {w('persons')}", 12, "int", name=f"{status.code}_persons"),
            ]
        if self.standard.indicators:
            columns += [
                Column(status_label(self.standard, INSUFFICIENT_DATA, self.lang), 12, "int",
                       name=INSUFFICIENT_DATA),
                Column(w("H"), 12, "ratio", name="H"),
                Column(w("A"), 12, "ratio", name="A"),
                Column(w("M0"), 12, "ratio", name="M0"),
            ]  # fmt: skip
        return columns

    def summary_row(self, name_code: tuple[str, str], cov: Coverage, m: Measures) -> list[Any]:
        scored = sum(h for h, _ in m.headcounts.values())
        values: list[Any] = [
            name_code[0], name_code[1], cov.listed, cov.visited, cov.no_interview,
            cov.in_progress, cov.completed, cov.approved, cov.returned, cov.rate, scored,
        ]  # fmt: skip
        for status in self.standard.statuses:
            households, persons = m.headcounts.get(status.code, (0, 0))
            values += [households, households / scored if scored else None, persons]
        if self.standard.indicators:
            values += [m.excluded, float(m.H), float(m.A), float(m.M0)]
        return values

    def summary(self, sheet: Sink, poverty: PovertyReport) -> None:
        covered, total = coverage_by_area(self.conn, self.tree, self.level, self.within)
        by_area = {row.area.id: row.measures for row in poverty.rows if row.area is not None}
        blank = measure(self.standard, [])  # an area where nobody was interviewed yet
        for cov in covered:
            area = cov.area
            assert area is not None
            sheet.row(
                self.summary_row((area.path_code, area.name), cov, by_area.get(area.id, blank))
            )
        scope = self.within.name if self.within is not None else self.words("all_areas")
        code = self.within.path_code if self.within is not None else ""
        sheet.row(self.summary_row((code, scope), total, poverty.total.measures), bold=True)

    def title_lines(self) -> list[tuple[str, Any]]:
        std = self.standard
        when = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        return [
            (self.words("standard"), f"{pick(std.names, self.lang)} ({std.id}, {std.version})"),
            (self.words("workspace_country"), self.country.name),
            (self.words("exported"), when),
        ]


def export_workbook(
    db: Database,
    target: Path,
    options: ExportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write the workbook to `target` (a .xlsx path); see the module docstring.

    `progress(done, total)` is called every few thousand households; `cancelled()` returning
    True stops the export with ExportCancelled. On any refusal or stop the target is untouched
    and no temporary file is left. Raises TinjauError with a sentence for a target that cannot
    be written (open in Excel, missing folder, not .xlsx) before reading any data."""
    options = options or ExportOptions()
    with atomic_file(target, ".xlsx") as temporary, db.read() as conn:
        exporter = Exporter(conn, options, progress, cancelled)
        return _write(exporter, temporary)


def _write(exporter: Exporter, temporary: Path) -> ExportSummary:
    """Fill the workbook's sheets and save it to `temporary` (XlsxWriter writes the file only
    when it is closed: a stopped export has written nothing there; its rows so far were in
    temporary files that go with it)."""
    wb = Workbook(
        str(temporary),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
         "strings_to_urls": False, "default_date_format": DATE_FORMAT},
    )  # fmt: skip
    formats = _Formats(wb)
    rtl = exporter.lang == "fa"
    parts = exporter.sheet_parts(SHEET_ROWS - 1)

    def sheet(key: str, columns: list[Column], top: int) -> _Sheet:
        title = exporter.sheet_title(key)
        return _Sheet(wb, formats, title, columns, rtl, top=top, parts=parts.get(key, 1))

    summary = fill(exporter, sheet)
    wb.close()
    return summary


def fill(exporter: Exporter, make: Callable[[str, list[Column], int], Sink]) -> ExportSummary:
    """Write every sheet through `make(key, columns, rows above the header)`, in the order the
    stream allows: headers first, households as they are scored, the summary at the end."""
    tables: list[tuple[str, list[Column]]] = []  # what the codebook describes

    def table(key: str, columns: list[Column], top: int) -> Sink:
        tables.append((exporter.sheet_title(key), columns))
        return make(key, columns, top)

    summary = table("summary", exporter.summary_columns(), 4)
    households = table("households", exporter.household_columns(), 0)
    members = table("members", exporter.member_columns(), 0)
    workers = table("workers", exporter.worker_columns(), 0)
    days = table("days", exporter.day_columns(), 0)
    groups = [
        (group, table(f"repeat:{group.name}", exporter.repeat_columns(group), 0))
        for group in exporter.repeats
    ]
    codebook = make("codebook", exporter.codebook_columns(), 0)
    for label, value in exporter.title_lines():
        summary.title_line(label, value)
    summary.blank_line()
    sinks = [summary, households, members, workers, days, *(s for _g, s in groups), codebook]
    for each in sinks:
        each.header()
    tally = PovertyTally(exporter.tree, exporter.standard, exporter.level)
    measures = measure_by_area(exporter.standard, tally.pairs(exporter.households(households)))
    report = tally.report(measures)
    member_count = exporter.members(members)
    exporter.summary(summary, report)
    exporter.workers(workers)
    exporter.days(days)
    for group, sink in groups:
        exporter.repeat(sink, group)
    exporter.codebook(codebook, tables)
    for each in sinks:
        each.finish()
    return ExportSummary(
        households=households.rows,
        members=member_count,
        areas=summary.rows - 1,
        standard_id=exporter.standard.id,
        standard_version=exporter.standard.version,
    )
