"""`tinjau demo`: build a synthetic housing site (areas, households, members, interviews) in
Malaysia (PPR flats, the default), Vietnam (Ho Chi Minh City) or Iran (Tehran province).

Progress goes to stderr; the summary line to stdout. The build is one transaction: stopped or
killed half-way, the data folder holds no demo households at all.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help="build a demo workspace: a synthetic public-housing site in Malaysia, Vietnam or Iran",
    )
    parser.add_argument(
        "--country",
        choices=("my", "vn", "ir"),
        default="my",
        help="whose site: my = PPR flats in Kuala Lumpur and Selangor, scored by e-Kasih "
        "(default); vn = apartment estates in Ho Chi Minh City's wards, Vietnamese names and "
        "IDs, incomes in VND, scored by vn-2022-2025; ir = estates in Tehran province, Persian "
        "names and national codes, incomes in rials, scored by the Global MPI",
    )
    parser.add_argument(
        "--households",
        type=int,
        default=2000,
        help="how many households, 1 to 1,000,000 (default 2000; a million takes minutes)",
    )
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="the data folder (created if missing)"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="same seed and day, same data (default 1)"
    )
    parser.add_argument(
        "--today",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the demo is built as of: interview and aid dates fall before it "
        "(default: today, UTC)",
    )
    parser.set_defaults(func=run)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as 2026-11-28"
        ) from None


class _Progress:
    """Prints `demo: N / TOTAL households` to stderr, at most a few times a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.25 or done >= total:
            self.last = now
            sys.stderr.write(f"demo: {done:,} / {total:,} households\n")
            sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.db import open_database
    from app.survey.demo import build_demo, check_household_count

    check_household_count(args.households)  # before the data folder is made
    from app.survey.db import keys

    # Without a passphrase of its own (--passphrase-file, TINJAU_PASSPHRASE_FILE), a demo
    # takes the known demo passphrase and is marked a demo: it opens without asking.
    keys.demo_passphrase_for_new()
    with open_database(database_path(args.data_dir)) as db:
        summary = build_demo(
            db,
            args.households,
            seed=args.seed,
            progress=_Progress(),
            today=args.today,
            country=args.country,
        )
    sys.stdout.write(
        f"Demo workspace ready in {args.data_dir}: {summary.households:,} households, "
        f"{summary.members:,} members, {summary.interviews:,} interviews "
        f"({summary.seconds:.1f} s).\n"
    )
    return 0
