"""`tinjau standards list`, `tinjau score` and `tinjau measure`: poverty scoring from the shell.

`score` prints one JSON object per line per household; `measure` prints one JSON document with
the Alkire-Foster measures (overall, and per area with --by).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.survey.errors import TinjauError


def register(sub: argparse._SubParsersAction) -> None:
    standards = sub.add_parser("standards", help="poverty standards shipped with Tinjau")
    standards_sub = standards.add_subparsers(
        dest="standards_command", required=True, metavar="ACTION"
    )
    listing = standards_sub.add_parser(
        "list", help="id, version, name and whether all numbers are verified"
    )
    listing.add_argument("--lang", default="en", help="language of the names (en, ms, vi, fa)")
    listing.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    listing.set_defaults(func=_standards_list)
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
        "measure", help="Alkire-Foster measures (H, A, M0, contributions) over households"
    )
    _common(measure)
    measure.add_argument("--k", help="poverty cutoff in the standard's unit, e.g. 1/3 or 40")
    measure.add_argument("--unit", choices=("person", "household"), default="person")
    measure.add_argument(
        "--by", metavar="FIELD", help="also give measures per value of this answer"
    )
    measure.set_defaults(func=_measure)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--standard", required=True, metavar="ID", help="standard id")
    parser.add_argument("--standard-file", metavar="FILE", help="a standard file of your own")
    parser.add_argument(
        "--input",
        required=True,
        metavar="FILE",
        help="JSON: one answer dict or a list ('-' = stdin)",
    )


def _read_households(source: str) -> list[dict[str, Any]]:
    # "- is not valid JSON" reads oddly: name standard input in words.
    where = "the standard input" if source == "-" else source
    name = "The standard input" if source == "-" else source
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
    households = data if isinstance(data, list) else [data]
    for index, item in enumerate(households, 1):
        if not isinstance(item, dict):
            raise TinjauError(
                f"Item {index} of {where} is not a household answer object; "
                "each household must be a JSON object of answers."
            )
    return households


def _standards_list(args: argparse.Namespace) -> int:
    from app.survey.scoring import shipped_standards
    from app.survey.scoring.model import pick

    rows = [
        (s.id, s.version, pick(s.names, args.lang), "yes" if s.verified else "no")
        for s in shipped_standards()
    ]
    if args.json:
        for std_id, version, name, verified in rows:
            line = {"id": std_id, "version": version, "name": name, "verified": verified == "yes"}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    header = ("id", "version", "name", "verified")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        cells = [str(row[i]).ljust(widths[i]) for i in range(3)] + [row[3]]
        sys.stdout.write("  ".join(cells) + "\n")
    return 0


def _standards_rescore(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.db import open_database
    from app.survey.scoring import find_standard, shipped_standards
    from app.survey.scoring.store import rescore

    if args.standard_file and not args.standard:
        raise TinjauError("Give --standard ID together with --standard-file.")
    standards = (
        [find_standard(args.standard, args.standard_file)] if args.standard else shipped_standards()
    )
    path = database_path(args.data_dir)
    # A mistyped folder must not silently become a new, empty workspace that "rescored 0".
    if not path.is_file():
        raise TinjauError(
            f"{args.data_dir} holds no Tinjau data. Give the data folder used with "
            "`tinjau census import` or `tinjau demo`."
        )
    db = open_database(path)
    try:
        for standard in standards:
            with db.write() as conn:
                report = rescore(conn, standard, args.lang, force=args.force)
            line = {
                "standard": standard.id,
                "version": standard.version,
                "rescored": report.rescored,
                "current": report.current,
            }
            sys.stdout.write(json.dumps(line) + "\n")
    finally:
        db.close()
    return 0


def _score(args: argparse.Namespace) -> int:
    from app.survey.scoring import find_standard, score_household

    standard = find_standard(args.standard, args.standard_file)
    for answers in _read_households(args.input):
        result = score_household(standard, answers, args.lang)
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    return 0


def _measure(args: argparse.Namespace) -> int:
    from app.survey.scoring import (
        find_standard,
        measure,
        measure_by_area,
        parse_fraction,
        score_many,
    )

    standard = find_standard(args.standard, args.standard_file)
    k = None
    if args.k is not None:
        k = parse_fraction(args.k)
        if k is None:
            raise TinjauError(f"--k must be a number or a fraction like 1/3, not {args.k!r}.")
    households = _read_households(args.input)
    scores = score_many(standard, households)
    output: dict[str, Any] = {"standard": standard.id, "standard_version": standard.version}
    output.update(measure(standard, scores, k=k, unit=args.unit).to_json())
    if args.by:
        keyed = [(str(a.get(args.by, "")), s) for a, s in zip(households, scores, strict=True)]
        by_area = measure_by_area(standard, keyed, k=k, unit=args.unit)
        output["by"] = args.by
        output["areas"] = {area: m.to_json() for area, m in by_area.items()}
    sys.stdout.write(json.dumps(output, ensure_ascii=False, indent=2) + "\n")
    return 0
