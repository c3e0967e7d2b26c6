"""`tinjau round open|list|close|use`: survey rounds of an area (app/survey/records/rounds.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from app.survey.errors import TinjauError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "round",
        help="survey rounds: the households of an area surveyed again later (open, list, close)",
    )
    actions = parser.add_subparsers(dest="round_command", required=True, metavar="ACTION")
    opening = actions.add_parser(
        "open",
        help="open a survey round of an area and make it the current one (refused while the "
        "area has a round still open); interviews begun there from now on belong to it",
    )
    opening.add_argument("name", metavar="NAME", help='the round\'s name, e.g. "2027 follow-up"')
    opening.add_argument(
        "--area", required=True, metavar="CODE", help="the area's code or whole path"
    )
    opening.add_argument("--on", metavar="YYYY-MM-DD", help="the day it opens (default: today)")
    _data_dir(opening)
    opening.set_defaults(func=_open)
    listing = actions.add_parser("list", help="every round: area, name, dates, interviews")
    _data_dir(listing)
    listing.set_defaults(func=_list)
    closing = actions.add_parser(
        "close", help="close a round (its interviews stay in it); the area's next may then open"
    )
    closing.add_argument("round", metavar="ROUND", help="the round's name or id")
    closing.add_argument("--area", metavar="CODE", help="the area, when two rounds share a name")
    closing.add_argument("--on", metavar="YYYY-MM-DD", help="the day it closes (default: today)")
    _data_dir(closing)
    closing.set_defaults(func=_close)
    use = actions.add_parser("use", help="make a round this workspace's current one")
    use.add_argument("round", metavar="ROUND", help="the round's name or id")
    use.add_argument("--area", metavar="CODE", help="the area, when two rounds share a name")
    _data_dir(use)
    use.set_defaults(func=_use)


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise TinjauError(
            f"{text[:20]} is not a date; write it as YYYY-MM-DD, for example 2027-03-01."
        ) from None


def _workspace(args: argparse.Namespace, *, read_only: bool) -> Any:
    from app.cli.census import _existing_database
    from app.survey.db import open_database

    return open_database(_existing_database(args.data_dir), read_only=read_only)


def _open(args: argparse.Namespace) -> int:
    from app.survey.records import recorder, rounds

    day = _day(args.on)
    with _workspace(args, read_only=False) as db, db.write() as conn:
        who = recorder.actor(conn, None)
        rounds.open_round(conn, area=args.area, name=args.name, actor=who, opened_on=day)
        opened = rounds.list_rounds(conn)
    made = next(r for r in opened if r.current)
    sys.stdout.write(
        f"Opened the survey round {made.name} of {made.area_path} on {made.opened_on}; it is "
        "this workspace's current round.\n"
    )
    return 0


def _close(args: argparse.Namespace) -> int:
    from app.survey.records import recorder, rounds

    day = _day(args.on)
    with _workspace(args, read_only=False) as db, db.write() as conn:
        who = recorder.actor(conn, None)
        closed = rounds.close_round(conn, ref=args.round, area=args.area, actor=who, closed_on=day)
    sys.stdout.write(
        f"Closed the survey round {closed.name} of {closed.area_path} on {day or date.today()}.\n"
    )
    return 0


def _use(args: argparse.Namespace) -> int:
    from app.survey.records import recorder, rounds

    with _workspace(args, read_only=False) as db, db.write() as conn:
        who = recorder.actor(conn, None)
        rounds.choose(conn, ref=args.round, area=args.area, actor=who)
        chosen = next(r for r in rounds.list_rounds(conn) if r.current)
    sys.stdout.write(f"The current survey round is {chosen.name} of {chosen.area_path}.\n")
    return 0


def _list(args: argparse.Namespace) -> int:
    from app.survey.records import rounds

    with _workspace(args, read_only=True) as db, db.read() as conn:
        found = rounds.list_rounds(conn)
    if not found:
        sys.stdout.write("This workspace has no survey rounds; open one with tinjau round open.\n")
        return 0
    header = ("current", "area", "round", "opened", "closed", "interviews")
    rows = [
        ("*" if r.current else "", r.area_path, r.name, str(r.opened_on),
         str(r.closed_on or "open"), str(r.interviews))
        for r in found
    ]  # fmt: skip
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    for row in (header, *rows):
        sys.stdout.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        sys.stdout.write("\n")
    return 0
