"""`tinjau gui`: the desktop app (or, with --screenshot, a picture of it for docs and tests)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "gui",
        help="open the desktop app",
        description="Open the desktop app on a data folder (default: the one in Settings). On a "
        "computer where no data folder was chosen yet, the first-run assistant comes first: "
        "language, the worker's name and ID, and a new workspace (docs/install.md).",
    )
    parser.add_argument("--data-dir", metavar="D", help="data folder holding tinjau.sqlite")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the window offscreen to FILE.png once the list is loaded, then exit "
        "(exit 1 with the reason when the data folder cannot be opened)",
    )
    parser.add_argument(
        "--lang", choices=["en", "ms", "vi", "fa"], help="interface language for this run"
    )
    parser.add_argument(
        "--view",
        choices=["list", "interview", "members"],
        default="list",
        help="what to show first: the census list, or an interview in progress (else the "
        "first household's); with --screenshot, members shows that interview's members grid",
    )
    parser.set_defaults(func=_gui)


def _gui(args: argparse.Namespace) -> int:
    from app.ui.app import run

    return run(
        data_dir=args.data_dir, language=args.lang, screenshot=args.screenshot, view=args.view
    )
