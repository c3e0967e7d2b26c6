"""`tinjau census import|search|areas|mark`: a ward's household list in the local database.

`import` reads and checks an .xlsx or .csv list before it touches the data folder, then writes
all of it or none of it (progress, and warnings such as one national ID at two units, on stderr);
`search` finds households by head's name, national ID, unit or phone; `areas` lists the sites
and blocks whose path codes `import --site/--block` accept. Both open the database read-only:
they work in a folder the user may only read, and never change it. `mark` records a visit that
ended at the door (not found, refused) for the one household of a unit, with an optional note.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

MAX_LIMIT = 10_000  # a search shows households to pick from, not a list to export


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("census", help="import and search census lists of households")
    commands = parser.add_subparsers(dest="census_command", required=True, metavar="ACTION")

    imp = commands.add_parser("import", help="import a ward's household list (.xlsx or .csv)")
    imp.add_argument(
        "file",
        type=Path,
        help="the list: unit, head's name, national ID, phone, size, block (unit forms such "
        "as A-12-05, 3-12-05, 12A-03-05 or 12-05 with a block; see docs/census.md)",
    )
    _data_dir(imp)
    imp.add_argument("--site", help="path code of the site where missing blocks/units are made")
    imp.add_argument("--block", help="path code of the block where missing units are made")
    imp.set_defaults(func=run_import)

    search = commands.add_parser("search", help="find households by name, national ID, unit, phone")
    search.add_argument("query", help="words or numbers; partial words match (e.g. 'siti blok a')")
    _data_dir(search)
    search.add_argument(
        "--limit", default="20", help=f"at most this many, 1 to {MAX_LIMIT:,} (default 20)"
    )
    search.set_defaults(func=run_search)

    template = commands.add_parser(
        "template", help="write an empty census list (.xlsx) with a country's headers"
    )
    template.add_argument("out", type=Path, metavar="OUT.xlsx", help="the new workbook")
    template.add_argument(
        "--country", default="my", choices=["my", "vn", "ir"],
        help="whose headers, ID and phone rules: my (Malaysia, default), vn (Vietnam), ir (Iran)",
    )  # fmt: skip
    template.set_defaults(func=run_template)

    areas = commands.add_parser("areas", help="list sites and blocks with their path codes")
    _data_dir(areas)
    areas.set_defaults(func=run_areas)

    mark = commands.add_parser(
        "mark", help="mark a unit's household not found or refused (a visit with no interview)"
    )
    mark.add_argument("unit", help="the unit's path code, or its code when no other unit has it")
    mark.add_argument("--status", required=True, choices=("not_found", "refused"))
    mark.add_argument("--note", default="", help="a short note (at most 200 characters)")
    mark.add_argument("--enumerator", default="", help="your enumerator id, for the audit log")
    _data_dir(mark)
    mark.set_defaults(func=run_mark)


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, required=True, help="the data folder")


class _Progress:
    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.25 and done != total:
            return
        self.last = now
        if phase == "read":
            sys.stderr.write(f"census: read {done:,} rows\n")
        elif phase == "check":
            sys.stderr.write(f"census: checked {done:,} / {total:,} rows\n")
        else:
            sys.stderr.write(f"census: writing {done:,} / {total:,} households\n")
        sys.stderr.flush()


def _existing_database(data_dir: Path) -> Path:
    """The data folder's database file; searching a folder that holds none is a typo, and
    must not leave an empty workspace behind."""
    from app.paths import database_path
    from app.survey.errors import TinjauError

    path = database_path(data_dir)
    if not path.is_file():
        raise TinjauError(
            f"{data_dir} holds no Tinjau data. Give the data folder used with "
            "`tinjau census import` or `tinjau demo`."
        )
    return path


def run_import(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.census import import_rows
    from app.survey.census_file import read_census
    from app.survey.db import open_database
    from app.survey.db.backups import before_change
    from app.survey.errors import render_located
    from app.survey.new_workspace import undone_on_failure

    progress = _Progress()
    # The whole file is read and checked before the data folder is touched: a bad list never
    # leaves a new, empty workspace behind. IDs and phones follow the workspace's country.
    country = _country_of(args.data_dir)
    rows = read_census(args.file, lambda n: progress("read", n, 0), country=country)
    path = database_path(args.data_dir)
    with undone_on_failure(args.data_dir):
        with open_database(path) as db, before_change(path, "census-import"):
            summary = import_rows(
                db, rows, name=args.file.name, site=args.site, block=args.block,
                progress=progress,
            )  # fmt: skip
    if summary.warnings:
        sys.stderr.write(render_located(
            f"census: warning: {len(summary.warnings):,} row(s) give a national ID that is also "
            "at another unit; the list was imported, check these households:",
            summary.warnings, noun="warning",
        ) + "\n")  # fmt: skip
    sys.stdout.write(
        f"{args.file.name}: {summary.rows:,} rows; {summary.created:,} households added, "
        f"{summary.updated:,} updated, {summary.unchanged:,} unchanged; "
        f"{summary.areas_created:,} areas created.\n"
    )
    return 0


def _country_of(data_dir: Path) -> str:
    """The workspace's country code; Malaysia for a folder without a workspace yet (make one
    for another country first with `tinjau init`)."""
    from app.paths import database_path
    from app.survey.countries import DEFAULT_COUNTRY, workspace_country
    from app.survey.db import open_database

    if not database_path(data_dir).is_file():
        return DEFAULT_COUNTRY
    with open_database(database_path(data_dir), read_only=True) as db, db.read() as conn:
        return workspace_country(conn).code


def run_search(args: argparse.Namespace) -> int:
    from app.survey.countries import workspace_country
    from app.survey.db import open_database
    from app.survey.db.search import search_households
    from app.survey.errors import TinjauError
    from app.survey.identity import rules_for

    text = str(args.limit).strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_LIMIT:
        raise TinjauError(
            f"--limit must be a whole number from 1 to {MAX_LIMIT:,} (it is how many "
            "households to show)."
        )
    # Read-only: a search needs no write access, and never changes the data folder.
    with open_database(_existing_database(args.data_dir), read_only=True) as db:
        hits = search_households(db, args.query, int(text))
        with db.read() as conn:
            rules = rules_for(workspace_country(conn).code)
    for hit in hits:
        national_id = rules.formatted_id(hit.head_national_id) if hit.head_national_id else "-"
        fields = [hit.address, hit.head_name, national_id, hit.phone or "-", hit.visit_status]
        sys.stdout.write("\t".join(fields) + "\n")
    if not hits:
        sys.stderr.write(
            "census: no household matches. Try fewer or shorter words, the start of a national "
            "ID or phone, or a unit code such as A-12-05.\n"
        )
    return 0 if hits else 1


def run_template(args: argparse.Namespace) -> int:
    from app.survey.census_template import write_template
    from app.survey.countries import country

    chosen = country(args.country)
    write_template(args.out, chosen)
    sys.stdout.write(
        f"{args.out}: an empty census list for {chosen.name}; fill its first sheet (the README "
        "sheet explains the columns), then import it with `tinjau census import`.\n"
    )
    return 0


def run_areas(args: argparse.Namespace) -> int:
    from app.survey.db import open_database

    with open_database(_existing_database(args.data_dir), read_only=True) as db, db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT a.level, a.path_code, a.name, "
            "(SELECT count(*) FROM households h WHERE h.site_id = a.id OR h.block_id = a.id) "
            "FROM areas a WHERE a.level IN ('site', 'block') AND a.deleted_at IS NULL "
            "ORDER BY a.path_code"
        ).all()
    for level, path, name, households in rows:
        sys.stdout.write(f"{level}\t{path}\t{name}\t{households} households\n")
    if not rows:
        sys.stderr.write(
            "census: this data folder has no sites or blocks yet. Import a list with "
            "`tinjau census import FILE --site STATE/DISTRICT/WARD/SITE`.\n"
        )
    return 0


def run_mark(args: argparse.Namespace) -> int:
    from app.survey.db import open_database
    from app.survey.errors import TinjauError
    from app.survey.records import households, recorder

    unit = str(args.unit).strip()
    with open_database(_existing_database(args.data_dir)) as db, db.write() as conn:
        units = conn.exec_driver_sql(
            "SELECT id, path_code FROM areas WHERE level = 'unit' AND deleted_at IS NULL "
            "AND (upper(path_code) = upper(?) OR upper(code) = upper(?))",
            (unit, unit),
        ).all()
        exact = [row for row in units if row[1].upper() == unit.upper()]
        units = exact or units
        if len(units) != 1:
            raise TinjauError(
                f"There is no unit {unit} in this data folder; `tinjau census search {unit}` "
                "finds it."
                if not units
                else f"{len(units)} units are called {unit}; give the unit's path code "
                f"(for example {units[0][1]})."
            )
        found = conn.exec_driver_sql(
            "SELECT id FROM households WHERE unit_id = ? AND deleted_at IS NULL",
            (units[0][0],),
        ).all()
        if len(found) != 1:
            raise TinjauError(
                f"Unit {units[0][1]} holds {len(found)} households; mark it in the window, "
                "where you choose the household."
            )
        who = recorder.actor(conn, args.enumerator)
        households.mark_visit(
            conn, household_id=found[0][0], status=args.status, actor=who, note=args.note
        )
    sys.stdout.write(f"{units[0][1]}: {args.status}\n")
    return 0
