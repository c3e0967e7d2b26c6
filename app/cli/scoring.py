"""`tinjau standards list|install|use|rescore`, `tinjau score` and `tinjau measure`: poverty
scoring from the shell.

`score` prints one JSON object per line per household; `measure` prints one JSON document with
the status headcounts, income-poverty rates and Alkire-Foster measures (overall, and per group
of a household-level answer with --by). Answers that are not numbers where the standard reads
numbers are refused before anything is printed (app/survey/scoring/numbers.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.survey.errors import TinjauError


def register(sub: argparse._SubParsersAction) -> None:
    standards = sub.add_parser(
        "standards", help="poverty standards: the shipped ones and those installed in a workspace"
    )
    standards_sub = standards.add_subparsers(
        dest="standards_command", required=True, metavar="ACTION"
    )
    listing = standards_sub.add_parser(
        "list",
        help="id, version, name and whether all numbers are verified; with --data-dir also the "
        "standards installed in that workspace and the one it uses",
    )
    listing.add_argument("--lang", default="en", help="language of the names (en, ms, vi, fa)")
    listing.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    listing.add_argument("--data-dir", help="also list this workspace's installed standards")
    listing.set_defaults(func=_standards_list)
    install = standards_sub.add_parser(
        "install",
        help="check a standard file of your own and keep it in a workspace (refused, changing "
        "nothing, when it has mistakes, has a shipped standard's id, or is not newer than the "
        "version installed before)",
    )
    install.add_argument("file", metavar="FILE", help="the standard .toml file")
    _workspace_options(install)
    install.set_defaults(func=_standards_install)
    use = standards_sub.add_parser(
        "use",
        help="score a workspace's households under this standard from now on (its interviews "
        "are scored again); without it a workspace uses its country's standard",
    )
    use.add_argument("standard", metavar="ID", help="a shipped or installed standard's id")
    _workspace_options(use)
    use.set_defaults(func=_standards_use)
    again = standards_sub.add_parser(
        "rescore",
        help="score the interviews of a data folder again where a standard's version changed",
    )
    again.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    again.add_argument("--standard", metavar="ID", help="only this standard (default: all)")
    again.add_argument("--standard-file", metavar="FILE", help="a standard file of your own")
    again.add_argument("--lang", default="en", help="language of stored labels and explanations")
    again.add_argument("--force", action="store_true", help="rescore even current scores")
    again.set_defaults(func=_standards_rescore)

    score = sub.add_parser("score", help="score household answers against a poverty standard")
    _common(score)
    score.add_argument("--lang", default="en", help="language of labels and explanations")
    score.set_defaults(func=_score)

    measure = sub.add_parser(
        "measure",
        help="households and persons per status, income-poverty rates and, for standards with "
        "deprivation indicators, Alkire-Foster measures (H, A, M0, contributions)",
    )
    _common(measure)
    measure.add_argument(
        "--k", help="poverty cutoff in the standard's unit, e.g. 1/3 or 40 (Alkire-Foster only)"
    )
    measure.add_argument("--unit", choices=("person", "household"), default="person")
    measure.add_argument(
        "--by",
        metavar="FIELD",
        help="also give measures per value of this household-level answer: an area "
        "(state, district, ward, site, block, stratum) or a choice such as water_source; "
        "members' answers and personal data (names, IDs, phones, incomes, notes) are refused",
    )
    measure.add_argument(
        "--round",
        metavar="ROUND",
        help="measure the households of this survey round of the --data-dir workspace (its "
        "name or id): each by its latest finished interview in the round, instead of --input",
    )
    measure.set_defaults(func=_measure)


def _workspace_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    parser.add_argument("--lang", default="en", help="language of stored labels and explanations")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--standard",
        metavar="ID",
        help="standard id (required unless --data-dir gives a workspace: then its standard)",
    )
    parser.add_argument("--standard-file", metavar="FILE", help="a standard file of your own")
    parser.add_argument(
        "--data-dir", help="a workspace: its installed standards can be named with --standard"
    )
    parser.add_argument(
        "--input",
        default="-",
        metavar="FILE",
        help="JSON: one answer dict or a list ('-', the default, = stdin); answers the "
        'standard reads as numbers must be numbers (5000, "5000.50"), else nothing is scored '
        "and the household, member and field are named",
    )


def _read_households(source: str) -> list[dict[str, Any]]:
    # "- is not valid JSON" reads oddly: name standard input in words.
    name = "The standard input" if source == "-" else source
    if source == "-" and sys.stdin.isatty():
        raise TinjauError(
            "Give the households with --input FILE.json, or pipe them in: "
            "tinjau score --standard ID < households.json"
        )
    try:
        if source == "-":
            data = json.load(sys.stdin)
        else:
            with open(source, encoding="utf-8") as handle:
                data = json.load(handle)
    except OSError as error:
        raise TinjauError(f"Cannot read {source}: {error.strerror}.") from None
    except json.JSONDecodeError as error:
        raise TinjauError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}); "
            "give one household answer object or a list of them."
        ) from None
    except UnicodeDecodeError:
        raise TinjauError(
            f"{name} is not UTF-8 text; save it as UTF-8 JSON and try again."
        ) from None
    except RecursionError:
        raise TinjauError(
            f"{name} nests lists or objects too deep to read; a household is one object of "
            "answers with a list of member objects, give them in that shape."
        ) from None
    except ValueError:  # an integer of thousands of digits (Python's conversion limit)
        raise TinjauError(
            f"{name} holds a number with thousands of digits; no answer is that long, "
            "correct it and try again."
        ) from None
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise TinjauError(
            f"{name} holds {_json_kind(data)}; give one household answer object or a list of them."
        )
    for index, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise TinjauError(
                f"Household {index} of {name.lower() if source == '-' else name} is "
                f"{_json_kind(item)}, not an object of answers; each household must be a JSON "
                "object of answers."
            )
    return data


def _json_kind(value: Any) -> str:
    """What a JSON value is, in words (never the value: it may be personal data)."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool) or value is None:
        return "true, false or null"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "an object"


def _open_workspace(data_dir: str, *, read_only: bool) -> Any:
    """The workspace database in `data_dir`; a folder without one is refused (a mistyped
    folder must not silently become a new, empty workspace)."""
    from app.paths import database_path
    from app.survey.db import open_database

    path = database_path(data_dir)
    if not path.is_file():
        raise TinjauError(
            f"{data_dir} holds no Tinjau data. Give the data folder used with "
            "`tinjau census import` or `tinjau demo`."
        )
    return open_database(path, read_only=read_only)


def _standards_list(args: argparse.Namespace) -> int:
    from app.survey.scoring import shipped_standards
    from app.survey.scoring.model import pick
    from app.survey.scoring.workspace import chosen_standard_id, installed_standards

    standards = [(s, "shipped") for s in shipped_standards()]
    chosen = None
    if args.data_dir:
        with _open_workspace(args.data_dir, read_only=True) as db, db.read() as conn:
            standards += [(s, "installed") for s in installed_standards(conn)]
            chosen = chosen_standard_id(conn)
    if args.json:
        for standard, origin in standards:
            line = {
                "id": standard.id,
                "version": standard.version,
                "name": pick(standard.names, args.lang),
                "verified": standard.verified,
                "from": origin,
            }
            if chosen is not None:
                line["in_use"] = standard.id == chosen
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    header = ["id", "version", "name", "verified", "from"]
    rows = [
        [s.id, s.version, pick(s.names, args.lang), "yes" if s.verified else "no", origin]
        for s, origin in standards
    ]
    if chosen is not None:
        header.append("in use")
        for row in rows:
            row.append("yes" if row[0] == chosen else "")
    table = [header, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        sys.stdout.write(line.rstrip() + "\n")
    return 0


def _standards_install(args: argparse.Namespace) -> int:
    from app.survey.scoring.workspace import install_standard

    with _open_workspace(args.data_dir, read_only=False) as db, db.write() as conn:
        installed = install_standard(conn, args.file, args.lang)
    standard = installed.standard
    name = f"'{standard.id}' version {standard.version}"
    if installed.unchanged:
        said = f"The workspace already has the standard {name}; nothing was changed."
    elif installed.replaced is not None:
        said = f"Installed the standard {name} in place of version {installed.replaced}."
    else:
        said = f"Installed the standard {name}."
    if installed.rescored is not None:
        said += f" It is the workspace's standard: {installed.rescored} interview(s) scored again."
    elif not installed.unchanged:
        said += f" Use it with: tinjau standards use {standard.id} --data-dir {args.data_dir}"
    sys.stdout.write(said + "\n")
    return 0


def _standards_use(args: argparse.Namespace) -> int:
    from app.survey.scoring.workspace import use_standard

    with _open_workspace(args.data_dir, read_only=False) as db, db.write() as conn:
        standard, report = use_standard(conn, args.standard, args.lang)
    sys.stdout.write(
        f"The workspace now scores households under '{standard.id}' version "
        f"{standard.version}; {report.rescored} interview(s) scored again.\n"
    )
    return 0


def _standards_rescore(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.db.backups import before_change
    from app.survey.scoring import find_standard
    from app.survey.scoring.store import rescore
    from app.survey.scoring.workspace import (
        chosen_standard_id,
        find_workspace_standard,
        refresh_poverty_status,
        workspace_standards,
    )

    if args.standard_file and not args.standard:
        raise TinjauError("Give --standard ID together with --standard-file.")
    lines = []
    # One transaction for all the standards: a refusal (a stored answer that is not a
    # number) leaves every score as it was (and removes the backup made for it).
    with (
        _open_workspace(args.data_dir, read_only=False) as db,
        before_change(database_path(args.data_dir), "rescore"),
        db.write() as conn,
    ):
        if args.standard_file:
            standards = [find_standard(args.standard, args.standard_file)]
        elif args.standard:
            standards = [find_workspace_standard(conn, args.standard)]
        else:
            standards = workspace_standards(conn)
        for standard in standards:
            report = rescore(conn, standard, args.lang, force=args.force)
            lines.append(
                {
                    "standard": standard.id,
                    "version": standard.version,
                    "rescored": report.rescored,
                    "current": report.current,
                }
            )
        refresh_poverty_status(conn, chosen_standard_id(conn))
    for line in lines:
        sys.stdout.write(json.dumps(line) + "\n")
    return 0


def _chosen_standard(args: argparse.Namespace) -> Any:
    """The standard `score` and `measure` use: --standard (from --standard-file, or from the
    shipped and the workspace's installed ones), else the workspace's own."""
    from app.survey.scoring import find_standard
    from app.survey.scoring.workspace import find_workspace_standard, workspace_standard

    if args.standard_file and not args.standard:
        raise TinjauError("Give --standard ID together with --standard-file.")
    if args.data_dir is None or args.standard_file:
        if not args.standard:
            raise TinjauError(
                "Give --standard ID (see `tinjau standards list`), or --data-dir FOLDER to "
                "score under that workspace's standard."
            )
        return find_standard(args.standard, args.standard_file)
    with _open_workspace(args.data_dir, read_only=True) as db, db.read() as conn:
        if args.standard:
            return find_workspace_standard(conn, args.standard)
        return workspace_standard(conn)


def _score(args: argparse.Namespace) -> int:
    from app.survey.scoring import score_many

    standard = _chosen_standard(args)
    # All households first: a refusal (an answer that is not a number) prints no result.
    results = score_many(standard, _read_households(args.input), args.lang)
    for result in results:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    return 0


def _round_households(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The answers `--round` names: each household's latest finished interview in it."""
    from app.survey.reports.rounds import round_answers

    if args.data_dir is None:
        raise TinjauError("Give --data-dir FOLDER with --round: the workspace holding the round.")
    if args.input != "-":
        raise TinjauError(
            "Give either --input FILE or --round ROUND: --round reads the households of the "
            "workspace's round, --input those of a file."
        )
    with _open_workspace(args.data_dir, read_only=True) as db, db.read() as conn:
        return round_answers(conn, args.round)[1]


def _measure(args: argparse.Namespace) -> int:
    from app.survey.scoring import (
        group_keys,
        measure,
        measure_by_area,
        parse_fraction,
        score_many,
    )
    from app.survey.scoring.reader import clipped

    standard = _chosen_standard(args)
    k = None
    if args.k is not None:
        k = parse_fraction(args.k)
        if k is None:
            raise TinjauError(
                "--k must be a number no larger than 10^15 or a fraction like 1/3, "
                f"not {clipped(args.k)}."
            )
    households = _round_households(args) if args.round else _read_households(args.input)
    keys = group_keys(standard, households, args.by) if args.by else None
    scores = score_many(standard, households)
    output: dict[str, Any] = {"standard": standard.id, "standard_version": standard.version}
    output.update(measure(standard, scores, k=k, unit=args.unit).to_json())
    if keys is not None:
        by_area = measure_by_area(standard, zip(keys, scores, strict=True), k=k, unit=args.unit)
        output["by"] = args.by
        output["areas"] = {area: m.to_json() for area, m in by_area.items()}
    sys.stdout.write(json.dumps(output, ensure_ascii=False, indent=2) + "\n")
    return 0
