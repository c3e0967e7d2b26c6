"""The `tinjau` command: one sub-command group per module, each with `register(subparsers)`.

A module's `register` adds its parsers and sets `func` on each; `func(args)` returns an exit code.
Modules import their heavy dependencies (Qt, pyxform) inside `func`, so `tinjau --help` is fast.
A command with `--data-dir` logs into that folder's `logs/tinjau.log` (see app.survey.applog).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from app.cli.db import recovery_text, terminal_prompt
from app.paths import DB_FILENAME
from app.survey import applog, logsafe
from app.survey.db import backups, keys
from app.survey.errors import TinjauError

COMMAND_MODULES = [
    "app.cli.init",
    "app.cli.demo",
    "app.cli.census",
    "app.cli.form",
    "app.cli.scoring",
    "app.cli.report",
    "app.cli.rounds",
    "app.cli.gui",
    "app.cli.backup",
    "app.cli.sync",
    "app.cli.outbox",
    "app.cli.db",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tinjau",
        description="Tinjau: offline household poverty surveys — forms, scoring, census lists.",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log more detail to stderr (and the traceback of an unexpected error when the "
        "command has no data folder to keep a log in)",
    )
    parser.add_argument(
        "--version",
        action=_PrintVersions,
        help="print the versions of the app, its household form and each poverty standard",
    )
    parser.add_argument(
        "--self-test",
        action=_SelfTest,
        help="check this installation: open a temporary workspace, load the household form and "
        "every standard, check the translations, Qt plug-ins and fonts, draw the window once "
        "offscreen; exit 0, or 1 naming what is missing",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    _add_passphrase_file(parser)
    return parser


class _PrintVersions(argparse.Action):
    """`--version`: computed only when asked, so `tinjau --help` reads no form or standard."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from app.versions import describe

        sys.stdout.write(describe() + "\n")
        parser.exit(0)


class _SelfTest(_PrintVersions):
    """`--self-test`: checks the installation (app.selftest) and exits with its verdict."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from app.selftest import run

        parser.exit(run())


def _add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    """Every command that opens a data folder takes --passphrase-file (never the passphrase
    itself: a command line is seen by every user of the computer and kept in shell history)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                _add_passphrase_file(child)
    if "--data-dir" in parser._option_string_actions:
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="FILE",
            help="read the workspace's passphrase from the first line of FILE (default: the "
            "file TINJAU_PASSPHRASE_FILE names, else ask); for a new workspace, its passphrase",
        )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    masks = logsafe.install()
    stop_log = applog.start("tinjau", verbose=args.verbose)
    # The log file is opened at the first record, and only inside a data folder that exists by
    # then: a command that refuses a folder (and logs nothing) leaves nothing behind.
    applog.use_data_folder(getattr(args, "data_dir", None))
    backups.enable_automatic()  # daily and before-change backups (app.survey.db.backups)
    keys.set_passphrase_file(getattr(args, "passphrase_file", None))
    keys.set_prompt(terminal_prompt)
    try:
        code = int(args.func(args) or 0)
        made = keys.take_recovery_key()
        if made is not None:  # this command made a key file (a new or newly encrypted workspace)
            data_dir = getattr(args, "data_dir", None)
            if data_dir is not None and keys.is_demo(Path(data_dir) / DB_FILENAME):
                sys.stderr.write(
                    f"The demo workspace is encrypted with the demo passphrase "
                    f"{keys.DEMO_PASSPHRASE!r} (its people are invented); it opens without "
                    "asking.\n"
                )
            else:
                sys.stderr.write(
                    "The workspace is encrypted with your passphrase.\n" + recovery_text(made)
                )
        return code
    except TinjauError as error:
        sys.stderr.write(f"tinjau: {error}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("tinjau: interrupted\n")
        return 130
    except BrokenPipeError:  # `tinjau census search ... | head`: the reader has had enough
        _silence_stdout()
        return 141  # as a shell reports a process ended by SIGPIPE
    except Exception as error:  # a bug: one sentence here, the masked traceback in the log
        sys.stderr.write(applog.report_unexpected(error, "tinjau") + "\n")
        return 1
    finally:
        stop_log()
        logsafe.remove(masks)
        backups.enable_automatic(False)
        keys.set_prompt(None)
        keys.set_passphrase_file(None)


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (a test's capture): nothing will be flushed to a pipe


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
