"""`tinjau db`: the encrypted workspace for administrators and scripts.

- `tinjau db query --data-dir D "SELECT ..."`: one read-only query, rows as JSON lines;
- `tinjau db passphrase --data-dir D`: change the passphrase (re-key), with the old passphrase
  or the recovery key; prints the new recovery key.

Passphrases are never taken from the command line: a prompt, `--passphrase-file FILE` or the
`TINJAU_PASSPHRASE_FILE` environment variable (app.survey.db.keys).
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path

from app.survey.errors import DatabaseError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "db", help="the workspace's encrypted database: read-only queries, change the passphrase"
    )
    db_sub = parser.add_subparsers(dest="db_command", required=True, metavar="SUBCOMMAND")
    query = db_sub.add_parser(
        "query",
        help="run one read-only SQL query on an unlocked workspace; rows as JSON lines",
        description="Run one SQL statement that only reads (SELECT, WITH ... SELECT) on the "
        "workspace and print each row as one JSON object per line (column: value; binary values "
        "as base64). A statement that would change anything is refused and changes nothing. "
        "The rows hold the workspace's personal data: keep the output as safe as the workspace.",
    )
    query.add_argument("--data-dir", type=Path, required=True, help="the workspace's folder")
    query.add_argument("sql", metavar="SQL", help='the query, e.g. "SELECT count(*) FROM members"')
    query.set_defaults(func=run_query)

    change = db_sub.add_parser(
        "passphrase",
        help="change the workspace's passphrase (with the old one or the recovery key)",
        description="Change the passphrase that unlocks the workspace. Give the old passphrase "
        "(prompt, --passphrase-file or TINJAU_PASSPHRASE_FILE) or, when it is lost, the recovery "
        "key (--recovery-key-file). Only the key file beside the database is written again, in "
        "one step: the data and its backups keep their key, and every backup opens with the new "
        "passphrase. A new recovery key is printed: write it down, the old one no longer works.",
    )
    change.add_argument("--data-dir", type=Path, required=True, help="the workspace's folder")
    change.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from the first line of FILE (default: ask twice)",
    )
    change.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="unlock with the recovery key in FILE instead of the old passphrase",
    )
    change.set_defaults(func=run_passphrase)


def _json_value(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def run_query(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.db import cipher, health, keys, open_database

    path = database_path(args.data_dir).resolve()
    # Opened (and checked, and upgraded if it must be) like any read, then queried through a
    # connection of its own that SQLite itself keeps from writing.
    open_database(path, read_only=True).close()
    conn = cipher.connect(
        f"{path.as_uri()}?mode=ro", keys.data_key_for(path), uri=True, isolation_level=None
    )
    out = sys.stdout
    try:
        conn.execute("PRAGMA query_only = ON")
        try:
            cursor = conn.execute(args.sql)
            names = [column[0] for column in cursor.description or ()]
            for row in cursor:
                out.write(
                    json.dumps(
                        {n: _json_value(v) for n, v in zip(names, row, strict=True)},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        except cipher.Error as error:
            if health.error_code(error) in (health.SQLITE_READONLY, health.SQLITE_PERM):
                raise DatabaseError(
                    "tinjau db query only reads, and this statement would change the "
                    "workspace, so it was refused; nothing was changed."
                ) from None
            raise DatabaseError(
                f"The query failed: {error}. Check the SQL (one statement, table and column "
                "names as in docs/architecture.md); nothing was changed."
            ) from None
    finally:
        conn.close()
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.db import keys

    path = database_path(args.data_dir).resolve()
    if not keys.key_file(path).exists():
        raise DatabaseError(
            f"{args.data_dir} has no encrypted workspace (no {keys.key_file(path).name}); open "
            "it once with Tinjau to encrypt it, then change its passphrase. Nothing was changed."
        )
    recovery = None
    old = None
    if args.recovery_key_file is not None:
        recovery = keys.read_passphrase_file(args.recovery_key_file)
    else:
        old = keys.passphrase_from_env()
        if old is None:
            old = ask(f"Current passphrase for {args.data_dir}: ")
    if args.new_passphrase_file is not None:
        new = keys.read_passphrase_file(args.new_passphrase_file)
    else:
        new = ask_new(args.data_dir)
    recovery_key = keys.rewrap(path, new, old_passphrase=old, recovery_key=recovery)
    sys.stdout.write(
        f"The passphrase of {args.data_dir} is changed.\n" + recovery_text(recovery_key)
    )
    return 0


def recovery_text(recovery_key: str) -> str:
    """What a command prints once when it makes a recovery key."""
    return (
        f"Recovery key: {recovery_key}\n"
        "Write it down now and keep it apart from the laptop: it is shown only this once. With "
        "it a supervisor can set a new passphrase (tinjau db passphrase --recovery-key-file). "
        "If both the passphrase and the recovery key are lost, the data is gone: nobody, not "
        "even Tinjau's makers, can open it.\n"
    )


def ask(prompt: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise DatabaseError(
            "A passphrase is needed and there is no terminal to ask for it: give it with "
            "--passphrase-file FILE or the TINJAU_PASSPHRASE_FILE environment variable; "
            "nothing was changed."
        )
    return getpass.getpass(prompt)


def ask_new(where: object) -> str:
    from app.survey.db import keys

    for _ in range(3):
        first = ask(f"New passphrase for {where} (at least {keys.MIN_PASSPHRASE} characters): ")
        try:
            keys.check_new_passphrase(first)
        except DatabaseError as error:
            sys.stderr.write(f"{error}\n")
            continue
        if ask("The same passphrase again: ") == first:
            return first
        sys.stderr.write("The two passphrases differ; try again.\n")
    raise DatabaseError("No passphrase was set; nothing was changed.")


def terminal_prompt(path: Path, new: bool) -> str | None:
    """keys' prompt for `tinjau`: asks on the terminal, or None when there is none."""
    if not sys.stdin.isatty():
        return None
    if new:
        return ask_new(path.parent)
    return ask(f"Passphrase for {path.parent}: ")
