"""`tinjau init`: a new workspace for a real survey in one country, with its area and no households.

Everything is checked before the folder is touched; a folder that already holds a workspace is
refused and left as it was, and a failure half-way removes what this command made.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.survey.countries import COUNTRIES

_LEVELS = "; ".join(f"{c.code}: {' / '.join(c.levels)}" for c in COUNTRIES.values())


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init",
        help="start a new workspace for your own survey (a country, an area, no households)",
        description="Start a new workspace in an empty or new folder: its country (which sets "
        "the ID and phone rules of census lists and the default poverty standard) and the area "
        "path you survey. Then import a census list or add households in the app.",
    )
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="the new data folder (created if missing)"
    )
    parser.add_argument(
        "--country",
        required=True,
        choices=sorted(COUNTRIES),
        help="my (Malaysia), vn (Vietnam) or ir (Iran)",
    )
    parser.add_argument(
        "--area",
        metavar="PATH",
        help=f"area codes joined by '/', top level first, up to four levels ({_LEVELS}); "
        "e.g. selangor/petaling/pju5/ppr-lembah",
    )
    parser.add_argument(
        "--name",
        nargs="+",
        default=[],
        metavar="NAME",
        help="the areas' names, one per code of --area, top first (default: the codes)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.survey.countries import country
    from app.survey.new_workspace import check_area_path, create_workspace

    chosen = country(args.country)
    steps = check_area_path(chosen, args.area, args.name)
    data_dir: Path = args.data_dir
    create_workspace(data_dir, chosen, steps)
    where = " / ".join(f"{s.name} ({chosen.levels[i]})" for i, s in enumerate(steps))
    # The census import needs the whole path down to the site: name the levels still missing.
    missing = [level.upper().replace(" ", "-") for level in chosen.levels[len(steps) :]]
    site_option = "--site " + "/".join([s.code for s in steps] + missing)
    out = sys.stdout
    out.write(f"Workspace ready in {data_dir} for {chosen.name}")
    out.write(f": {where}.\n" if where else " (no area yet).\n")
    out.write(
        "Next:\n"
        f"  - make a census list from the template: tinjau census template LIST.xlsx "
        f"--country {chosen.code}  (columns: docs/census.md)\n"
        f"  - import it: tinjau census import LIST.xlsx --data-dir {data_dir} {site_option}\n"
        f"  - then open the app: tinjau gui --data-dir {data_dir}\n"
    )
    return 0
