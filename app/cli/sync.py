"""`tinjau login` and `tinjau sync`: sign a data folder's device in to the central server, and
send its outbox there. See docs/sync.md."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from app.survey.errors import TinjauError


def register(sub: argparse._SubParsersAction) -> None:
    login = sub.add_parser(
        "login",
        help="sign this data folder's device in to the central server",
        description="Sign in to the central server as USERNAME and keep the device token it "
        "gives in the data folder (sync.json, readable by you only). The password is asked "
        "for at the terminal, or read from the first line of standard input with "
        "--password-stdin; it is never taken from the command line and never stored. The "
        "address must be https:// (plain http:// only to this computer itself). See "
        "docs/sync.md.",
    )
    login.add_argument("--server", required=True, metavar="URL", help="the server's address")
    login.add_argument("--username", required=True, help="your account on the server")
    login.add_argument("--data-dir", type=Path, required=True, help="the data folder")
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    login.set_defaults(func=run_login)

    sync = sub.add_parser(
        "sync",
        help="send the data folder's finished work to the central server and receive "
        "what changed there",
        description="Send every change waiting in the outbox (completed interviews, new "
        "households, ...) to the server signed in with tinjau login, oldest first, in "
        "batches, after uploading the files (photos, recordings) their interviews name that "
        "the server lacks, then receive what changed on the server in your areas (areas, census "
        "lists, assignments, interviews returned with the reviewer's comment, review "
        "decisions), page by page. Each batch is acknowledged exactly once: a sync cut off "
        "anywhere is simply run again, and the server never stores a change twice. A record "
        "with a change of yours still waiting is not overwritten by what is received. Exits "
        "0 only when everything waiting was acknowledged and every page received was stored; "
        "otherwise 1 with a sentence saying what to do (a script may retry). A published form "
        "or standard this workspace refuses (an older version than the one installed) is "
        "listed with the reason and does not change the exit status: trying again would not "
        "install it. "
        "See docs/sync.md.",
    )
    sync.add_argument("--data-dir", type=Path, required=True, help="the data folder")
    sync.add_argument(
        "--json", action="store_true", help="print the result as one JSON object on stdout"
    )
    sync.add_argument(
        "--batch-size",
        type=_positive,
        default=200,
        metavar="N",
        help="changes per batch, 1-500 (default 200; smaller on a poor connection)",
    )
    sync.add_argument(
        "--retries",
        type=_count,
        default=5,
        metavar="N",
        help="tries again after a network or server failure, waiting longer each time "
        "(default 5; 0 stops at the first failure)",
    )
    sync.set_defaults(func=run_sync)


def _positive(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 500:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to 500")
    return int(text)


def _count(text: str) -> int:
    if not text.isdigit() or int(text) > 20:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 20")
    return int(text)


def _existing_database(data_dir: Path) -> Path:
    from app.paths import database_path

    path = database_path(data_dir)
    if not path.is_file():
        raise TinjauError(
            f"{data_dir} holds no Tinjau data (tinjau.sqlite); give the data folder the app "
            "works in (tinjau init or tinjau demo makes one)."
        )
    return path


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Password: ")
    else:
        raise TinjauError(
            "No terminal to ask for the password: pipe it in and add --password-stdin."
        )
    if not password:
        raise TinjauError("The password is empty; nothing was changed.")
    return password


def run_login(args: argparse.Namespace) -> int:
    from app.sync.client import credentials_path, server_address
    from app.sync.login import sign_in

    server = server_address(args.server)  # refused before a password is asked for
    database = _existing_database(args.data_dir)
    password = _password(args.password_stdin)
    credentials = sign_in(
        args.data_dir, database, server=server, username=args.username, password=password
    )
    path = credentials_path(args.data_dir)
    sys.stdout.write(
        f"Signed in to {credentials.server} as {credentials.username}; this device's token is "
        f"kept in {path} (readable by you only). Send your work with tinjau sync.\n"
    )
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from app.sync.client import SyncError
    from app.sync.history import sync_and_log

    path = _existing_database(args.data_dir)

    def on_retry(attempt: int, error: SyncError, pause: float) -> None:
        if not args.json:
            sys.stderr.write(f"sync: {error} Trying again in {pause:.0f} s ({attempt}).\n")

    # Logged in the workspace like the desktop app's syncs (its sync panel lists them all).
    report, _logged = sync_and_log(
        args.data_dir, path, batch_size=args.batch_size, retries=args.retries, on_retry=on_retry
    )
    ok = report.error is None and report.pending == 0
    if args.json:
        sys.stdout.write(json.dumps(report.as_json(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(
            f"Sent {report.sent:,} changes in {report.batches:,} batches to {report.server}: "
            f"{report.accepted:,} accepted, {report.unchanged:,} already there, "
            f"{len(report.conflicts):,} in conflict; {report.pending:,} still waiting.\n"
            f"Received {report.received:,} changes from the server: {report.updated:,} stored "
            f"here, {len(report.kept_local):,} kept as they are here (a change of yours to "
            "them waits to be sent).\n"
        )
        if report.files_sent:
            sys.stdout.write(
                f"Uploaded {report.files_sent:,} files of interviews "
                f"({report.file_bytes:,} bytes) first.\n"
            )
        for sentence in report.not_installed:
            sys.stdout.write(f"  {sentence}\n")
        for conflict in report.conflicts:
            sys.stdout.write(
                f"  conflict: {conflict['record_type']} {conflict['record_id']} was changed on "
                "the server meanwhile; both versions are kept for the ward officer.\n"
            )
        if report.clashes:
            sys.stdout.write(
                f"  {len(report.clashes):,} received records were left out: this device holds "
                "the same census entries under other ids (the list was imported here and on "
                "the server, or on another device). Yours stay as they are; ask the ward "
                "officer to merge the duplicates on the server.\n"
            )
    if report.error:
        sys.stderr.write(f"tinjau: {report.error}\n")
        return 1
    if not ok:
        sys.stderr.write(
            f"tinjau: {report.pending:,} changes are still waiting to be sent; run tinjau "
            "sync again.\n"
        )
        return 1
    return 0
