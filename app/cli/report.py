"""`tinjau report coverage|poverty` and `tinjau export xlsx`: a supervisor's figures and workbook.

Both open the workspace read-only: a report or an export never changes the data folder.
`report` prints a table (or JSON lines with --json); `export xlsx` writes the workbook described
in docs/reports.md, with progress on stderr and the summary line on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

LEVELS = ("state", "district", "ward", "site", "block")


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="coverage and poverty per area of a workspace")
    kinds = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    coverage = kinds.add_parser(
        "coverage",
        help="households listed, visited, in progress, complete, approved and returned per area",
    )
    poverty = kinds.add_parser(
        "poverty",
        help="households and persons in each poverty status per area, with their shares "
        "(and H, A, M0 for standards with deprivation indicators)",
    )
    workers = kinds.add_parser(
        "workers",
        help="each enumerator's interviews: in progress, complete, approved, returned",
    )
    days = kinds.add_parser("days", help="interviews finished per day (UTC)")
    for parser in (workers, days):
        parser.add_argument(
            "--data-dir", required=True, help="the data folder holding tinjau.sqlite"
        )
        parser.add_argument("--area", metavar="CODE", help="only this area: a code or a whole path")
        parser.add_argument("--json", action="store_true", help="print JSON lines")
    workers.set_defaults(func=_workers)
    days.set_defaults(func=_days)
    for parser in (coverage, poverty):
        _scope(parser)
        parser.add_argument("--json", action="store_true", help="print JSON lines")
    poverty.add_argument(
        "--standard", metavar="ID", help="standard id (default: the workspace's own)"
    )
    poverty.add_argument("--lang", default="en", help="language of the status names")
    rounds = kinds.add_parser(
        "rounds",
        help="change between survey rounds: households per status in each round, how many "
        "entered, left or stayed in each status since the previous round, households new or "
        "not revisited, and each indicator's deprivation rate round by round",
    )
    rounds.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    rounds.add_argument(
        "--area",
        metavar="CODE",
        help="the area whose rounds are compared (default: each top-level area with rounds)",
    )
    rounds.add_argument(
        "--standard", metavar="ID", help="standard id (default: the workspace's own)"
    )
    rounds.add_argument("--lang", default="en", help="language of status and indicator names")
    rounds.add_argument("--json", action="store_true", help="print one JSON object per area")
    rounds.set_defaults(func=_rounds)
    pdf = kinds.add_parser(
        "pdf",
        help="a printable PDF for one area: coverage, households in each poverty status, "
        "Alkire-Foster measures with charts, and the site map",
    )
    pdf.add_argument("out", type=Path, metavar="OUT.pdf", help="the PDF to write")
    pdf.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    pdf.add_argument(
        "--area", required=True, metavar="CODE", help="the area: a code or a whole path"
    )
    pdf.add_argument("--standard", metavar="ID", help="standard id (default: the workspace's)")
    pdf.add_argument("--lang", default="en", help="language of the report: en, ms, vi, fa")
    pdf.add_argument(
        "--level", choices=LEVELS, default="block", help="the areas figures are given for"
    )
    pdf.add_argument(
        "--site", metavar="CODE", help="the site drawn on the map (default: the area's first)"
    )
    pdf.set_defaults(func=_pdf)
    coverage.set_defaults(func=_coverage)
    poverty.set_defaults(func=_poverty)

    export = sub.add_parser("export", help="export a workspace for Excel")
    formats = export.add_subparsers(dest="export_command", required=True, metavar="FORMAT")
    xlsx = formats.add_parser(
        "xlsx",
        help="one workbook: summary per area (coverage, poverty statuses, the standard), "
        "households and members",
    )
    xlsx.add_argument("out", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    _scope(xlsx)
    xlsx.add_argument("--standard", metavar="ID", help="standard id (default: the workspace's)")
    xlsx.add_argument("--lang", default="en", help="language of headers and labels: en, ms, vi, fa")
    labels = xlsx.add_mutually_exclusive_group()
    labels.add_argument(
        "--labels", dest="labels", action="store_true", default=True,
        help="statuses as words in the chosen language (default)",
    )  # fmt: skip
    labels.add_argument(
        "--codes", dest="labels", action="store_false", help="statuses as their stored codes"
    )
    xlsx.set_defaults(func=_export_xlsx)
    csv_zip = formats.add_parser(
        "csv",
        help="the same tables as CSV files (UTF-8 with BOM, one per sheet) in one zip",
    )
    csv_zip.add_argument("out", type=Path, metavar="OUT.zip", help="the zip to write")
    _scope(csv_zip)
    csv_zip.add_argument("--standard", metavar="ID", help="standard id (default: the workspace's)")
    csv_zip.add_argument("--lang", default="en", help="language of headers and labels")
    csv_labels = csv_zip.add_mutually_exclusive_group()
    csv_labels.add_argument(
        "--labels", dest="labels", action="store_true", default=True,
        help="statuses as words in the chosen language (default)",
    )  # fmt: skip
    csv_labels.add_argument(
        "--codes", dest="labels", action="store_false", help="statuses as their stored codes"
    )
    csv_zip.set_defaults(func=_export_csv)


def _scope(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    parser.add_argument(
        "--area",
        metavar="CODE",
        help="only this area: a code (LPT01) or a whole path (kuala_lumpur/LPT/LPT01)",
    )
    parser.add_argument(
        "--level", choices=LEVELS, default="ward", help="the areas figures are given for"
    )


def _open(args: argparse.Namespace) -> Any:
    from app.cli.census import _existing_database
    from app.survey.db import open_database

    return open_database(_existing_database(args.data_dir), read_only=True)


def _coverage(args: argparse.Namespace) -> int:
    from app.survey.reports import AreaTree, coverage_by_area

    with _open(args) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        within = tree.find(args.area) if args.area else None
        rows, total = coverage_by_area(conn, tree, args.level, within)
    lines = [c.to_json() for c in [*rows, total]]
    if args.json:
        for line in lines:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    header = (
        "area", "listed", "visited", "no_interview", "in_progress", "completed", "approved",
        "returned",
    )  # fmt: skip
    table = [
        (line["area"] or "all", *(f"{line[k]:,}" for k in header[1:]), _share(line["rate"]))
        for line in lines
    ]
    _print_table([*header, "coverage"], table)
    return 0


def _workers(args: argparse.Namespace) -> int:
    from app.survey.reports import AreaTree
    from app.survey.reports.progress import progress_by_worker

    with _open(args) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        within = tree.find(args.area) if args.area else None
        workers = progress_by_worker(conn, tree, within)
    lines = [w.to_json() for w in workers]
    if args.json:
        for line in lines:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    header = ("enumerator", "in_progress", "completed", "approved", "returned")
    table = [(line["enumerator"] or "-", *(f"{line[k]:,}" for k in header[1:])) for line in lines]
    _print_table(header, table)
    return 0


def _days(args: argparse.Namespace) -> int:
    from app.survey.reports import AreaTree
    from app.survey.reports.progress import completed_by_day

    with _open(args) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        within = tree.find(args.area) if args.area else None
        days = completed_by_day(conn, tree, within)
    if args.json:
        for day, count in days:
            sys.stdout.write(json.dumps({"day": day.isoformat(), "completed": count}) + "\n")
        return 0
    _print_table(("day (UTC)", "completed"), [(d.isoformat(), f"{c:,}") for d, c in days])
    return 0


def _poverty(args: argparse.Namespace) -> int:
    from app.survey.reports import AreaTree, poverty_by_area, workspace_standard
    from app.survey.scoring.result import status_label

    with _open(args) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        within = tree.find(args.area) if args.area else None
        standard = workspace_standard(conn, args.standard)
        report = poverty_by_area(conn, tree, standard, args.level, within)
    rows = [*report.rows, report.total]
    if args.json:
        for row in rows:
            line = {
                "area": row.area.path_code if row.area else None,
                "standard": standard.id,
                "standard_version": standard.version,
                **row.measures.to_json(),
            }
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    sys.stdout.write(f"standard: {standard.id} {standard.version}\n")
    codes = [s.code for s in standard.statuses]
    header = ["area", "assessed"] + [status_label(standard, c, args.lang) for c in codes]
    if standard.indicators:
        header += ["H", "A", "M0"]
    table = []
    for row in rows:
        m = row.measures
        assessed = sum(h for h, _ in m.headcounts.values())
        cells = [row.area.path_code if row.area else "all", f"{assessed:,}"]
        for code in codes:
            households = m.headcounts.get(code, (0, 0))[0]
            rate = households / assessed if assessed else None
            cells.append(f"{households:,} ({_share(rate)})")
        if standard.indicators:
            cells += [f"{float(m.H):.3f}", f"{float(m.A):.3f}", f"{float(m.M0):.3f}"]
        table.append(cells)
    _print_table(header, table)
    if report.unusable:
        sys.stdout.write(
            f"{report.unusable:,} finished interviews were left out: their answers hold text "
            "where the standard reads a number.\n"
        )
    return 0


def _rounds(args: argparse.Namespace) -> int:
    from app.survey.reports.rounds import rounds_report, share

    with _open(args) as db, db.read() as conn:
        report = rounds_report(conn, args.area, args.standard, args.lang)
    standard = report.standard
    if args.json:
        for section in report.areas:
            sys.stdout.write(json.dumps(_rounds_json(report, section), ensure_ascii=False) + "\n")
        return 0
    if not report.areas or not any(s.rounds for s in report.areas):
        sys.stdout.write("No survey round covers this area; open one with `tinjau round open`.\n")
        return 0
    sys.stdout.write(f"standard: {standard.id} {standard.version}\n")
    codes = [s.code for s in standard.statuses]
    for section in report.areas:
        sys.stdout.write(f"\n{section.area.path_code}\n")
        header = ["round", "opened", "households"] + [report.status_name(c) for c in codes]
        table = []
        for figures in section.rounds:
            total = figures.households
            cells = [figures.round.name, str(figures.round.opened_on), f"{total:,}"]
            for code in codes:
                n = figures.statuses[code]
                cells.append(f"{n:,} ({_share(n / total if total else None)})")
            table.append(cells)
        _print_table(header, table)
        for change in section.changes:
            sys.stdout.write(
                f"\n{change.current.round.name} since {change.previous.round.name}: "
                f"{change.revisited:,} households in both, {change.new:,} new, "
                f"{change.not_revisited:,} not revisited\n"
            )
            _print_table(
                ["status", "before", "after", "entered", "left", "stayed"],
                [[report.status_name(t.status), f"{t.before:,}", f"{t.after:,}",
                  f"{t.entered:,}", f"{t.left:,}", f"{t.stayed:,}"] for t in change.transitions],
            )  # fmt: skip
        word = "indicator" if report.rate_kind == "indicator" else "income line"
        sys.stdout.write(f"\npersons deprived, by {word}\n")
        _print_table(
            [word] + [f.round.name for f in section.rounds],
            [[name] + [share(f.rates.get(key)) for f in section.rounds]
             for key, name in report.rate_names.items()],
        )  # fmt: skip
    return 0


def _rounds_json(report: Any, section: Any) -> dict[str, Any]:
    return {
        "area": section.area.path_code,
        "standard": report.standard.id,
        "standard_version": report.standard.version,
        "rate_kind": report.rate_kind,
        "rounds": [
            {
                "id": f.round.id, "name": f.round.name, "area": f.round.area_path,
                "opened_on": str(f.round.opened_on),
                "closed_on": None if f.round.closed_on is None else str(f.round.closed_on),
                "households": f.households, "statuses": f.statuses,
                "rates": {k: float(v) for k, v in f.rates.items()},
                "exact_rates": {k: str(v) for k, v in f.rates.items()},
            }
            for f in section.rounds
        ],
        "changes": [
            {
                "previous": c.previous.round.id, "current": c.current.round.id,
                "revisited": c.revisited, "new": c.new, "not_revisited": c.not_revisited,
                "statuses": {t.status: {"before": t.before, "after": t.after,
                                        "entered": t.entered, "left": t.left,
                                        "stayed": t.stayed} for t in c.transitions},
            }
            for c in section.changes
        ],
    }  # fmt: skip


def _pdf(args: argparse.Namespace) -> int:
    import os

    from app.survey.errors import TinjauError
    from app.survey.reports.areas import AreaTree
    from app.survey.reports.files import check_target
    from app.survey.reports.mapdata import site_grid
    from app.survey.reports.overview import area_report

    languages = ("en", "ms", "vi", "fa")
    if args.lang not in languages:
        raise TinjauError(f"--lang takes one of {', '.join(languages)}; {args.lang!r} is not one.")
    if args.out.suffix.lower() != ".pdf":
        raise TinjauError(
            f"{args.out.name} does not end in .pdf; give the report a name such as report.pdf."
        )
    check_target(args.out, ".pdf")  # before opening the workspace
    with _open(args) as db, db.read() as conn:
        report = area_report(conn, args.area, args.standard, args.level, args.lang)
        tree = AreaTree.load(conn)
        site = args.site
        if site is None:
            within = report.area
            if within is not None and within.level in ("site", "block"):
                site = within.path_code
            elif within is not None:
                sites = sorted(a.path_code for a in tree.under(within, "site"))
                site = sites[0] if sites else None
        grid = site_grid(conn, site, report.standard) if site else None
    # Qt draws the pages; without a display (a server, a terminal) it draws offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui import i18n
    from app.ui.qt import QApplication
    from app.ui.reports.pdf import write_pdf

    app = QApplication.instance() or QApplication(["tinjau"])
    previous = i18n.current_language()
    i18n.set_language(args.lang)
    try:
        pages = write_pdf(args.out, report, grid)
    finally:
        if previous != args.lang:
            i18n.set_language(previous)
    del app
    sys.stdout.write(f"Wrote {args.out}: {pages} page{'s' if pages != 1 else ''}.\n")
    return 0


def _share(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _print_table(header: list[str] | tuple[str, ...], rows: list) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        sys.stdout.write(
            "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n"
        )


class _Progress:
    """`export: N / TOTAL households` on stderr, a few times a second at most."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5:
            self.last = now
            sys.stderr.write(f"export: {done:,} / {total:,} households\n")
            sys.stderr.flush()


def _export_csv(args: argparse.Namespace) -> int:
    from app.survey.reports.csvzip import export_csv_zip

    return _export(args, ".zip", export_csv_zip)


def _export_xlsx(args: argparse.Namespace) -> int:
    from app.survey.reports.xlsx import export_workbook

    return _export(args, ".xlsx", export_workbook)


def _export(args: argparse.Namespace, suffix: str, export: Any) -> int:
    from app.survey.reports.files import check_target
    from app.survey.reports.xlsx import ExportOptions

    check_target(args.out, suffix)  # before opening the workspace
    options = ExportOptions(
        area=args.area,
        level=args.level,
        standard=args.standard,
        lang=args.lang,
        labels=args.labels,
    )
    started = time.perf_counter()
    with _open(args) as db:
        summary = export(db, args.out, options, progress=_Progress())
    sys.stdout.write(
        f"Wrote {args.out}: {summary.households:,} households, {summary.members:,} members, "
        f"{summary.areas:,} area{'s' if summary.areas != 1 else ''} under "
        f"{summary.standard_id} {summary.standard_version} "
        f"({time.perf_counter() - started:.1f} s).\n"
    )
    return 0
