"""The `tinjau` command: one sub-command group per module, each with `register(subparsers)`.

A module's `register` adds its parsers and sets `func` on each; `func(args)` returns an exit code.
Modules import their heavy dependencies (Qt, pyxform) inside `func`, so `tinjau --help` is fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from app.survey import logsafe
from app.survey.errors import TinjauError

COMMAND_MODULES = [
    "app.cli.demo",
    "app.cli.census",
    "app.cli.form",
    "app.cli.scoring",
    "app.cli.gui",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tinjau",
        description="Tinjau: offline household poverty surveys — forms, scoring, census lists.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    masks = logsafe.install()
    try:
        return int(args.func(args) or 0)
    except TinjauError as error:
        sys.stderr.write(f"tinjau: {error}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("tinjau: interrupted\n")
        return 130
    finally:
        logsafe.remove(masks)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
