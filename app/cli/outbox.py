"""`tinjau outbox export FILE --data-dir D`: every change waiting to be sent, written to a file
for a site without any connection; the server applies it with `tinjau-server import-outbox`.
See docs/sync.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.survey.errors import TinjauError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    outbox = sub.add_parser(
        "outbox", help="carry the outbox to the server by hand, for a site without a connection"
    )
    commands = outbox.add_subparsers(dest="outbox_command", required=True, metavar="COMMAND")
    about = (
        "Write every change waiting to be sent as the batches tinjau sync would send, to FILE "
        "(readable by you only and sealed with an export passphrase you choose: it holds names, "
        "ID numbers and answers; give the passphrase to the server's administrator apart from "
        "the file). "
        "Carry it to the server and apply it there with tinjau-server import-outbox FILE --db "
        "URL. The changes stay waiting here: the next tinjau sync sends the same batches under "
        "the same ids, and the server, having them already, stores nothing twice. See "
        "docs/sync.md."
    )
    export = commands.add_parser("export", help="write the waiting changes to a file",
                                 description=about)  # fmt: skip
    export.add_argument("file", type=Path, help="the file to write (replaced if it exists)")
    export.add_argument("--data-dir", type=Path, required=True, help="the data folder")
    export.add_argument(
        "--export-passphrase-file",
        type=Path,
        metavar="FILE",
        help="a file whose first line is the passphrase to seal the export with (at least 8 "
        "characters; never on the command line); without it the passphrase is asked twice",
    )
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from app.cli.sync import _existing_database
    from app.survey.db import open_database
    from app.sync.export import export_outbox

    target: Path = args.file
    if target.is_dir():
        raise TinjauError(f"{target} is a folder; give the path of the file to write.")
    if not target.parent.is_dir():
        raise TinjauError(
            f"The folder {target.parent} does not exist; give a file in a folder that does. "
            "Nothing was changed."
        )
    passphrase = _export_passphrase(args.export_passphrase_file)
    with open_database(_existing_database(args.data_dir)) as db:
        done = export_outbox(db, target, passphrase=passphrase)
    if done.changes == 0:
        sys.stdout.write(f"Nothing is waiting to be sent; {target} holds no changes.\n")
        return 0
    sys.stdout.write(
        f"Wrote {done.changes:,} changes in {done.batches:,} batches to {target} (readable by "
        "you only: it holds personal data; delete it once the server has imported it). On the "
        f"server: tinjau-server import-outbox {target.name} --db URL, with the export "
        "passphrase (give it apart from the file). They stay waiting "
        "here until the next tinjau sync, which sends nothing twice.\n"
    )
    return 0


def _export_passphrase(file: Path | None) -> str:
    """The passphrase to seal the export with: the first line of `file`, else asked twice."""
    import getpass

    from app.survey.db import keys

    if file is not None:
        passphrase = keys.read_passphrase_file(file)
    else:
        if not sys.stdin.isatty():
            raise TinjauError(
                "The export is sealed with a passphrase and there is no terminal to ask for "
                "it: give it with --export-passphrase-file FILE. Nothing was changed."
            )
        passphrase = getpass.getpass("Export passphrase (the server's administrator needs it): ")
        if passphrase != getpass.getpass("The same export passphrase again: "):
            raise TinjauError("The two passphrases differ; nothing was changed.")
    keys.check_new_passphrase(passphrase)
    return passphrase
