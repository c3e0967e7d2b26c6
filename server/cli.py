"""The `tinjau-server` command: `init` creates or migrates the server database, `create-user`
adds an account (the password from standard input), `serve` runs the HTTP API.

Everything a person gave is checked before the server starts, each refusal a sentence: the port
(exit 2 from argparse), the database URL and file, and the address and port to listen on
(exit 2); a database that does not answer exits 1. Nothing is written before the checks pass.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import logging
import os
import socket
import sys
from typing import TYPE_CHECKING

from app.survey import applog, logsafe
from app.survey.errors import DatabaseError, TinjauError
from server.core import migrate
from server.core.db import DEFAULT_DB_URL, create_server_engine, describe_url
from server.core.models import ROLES

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy import Engine

log = logging.getLogger("tinjau.server")

DEFAULT_PORT = 8470


class BadInput(TinjauError):
    """Something the person gave cannot be used: exit code 2, as argparse's own refusals."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tinjau-server",
        description="Tinjau's central server: devices sync their interviews to it.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    init = sub.add_parser("init", help="create the database, or migrate it to this version")
    _db_option(init)
    init.set_defaults(func=_init)
    user = sub.add_parser("create-user", help="add a user; the password is read from stdin")
    _db_option(user)
    user.add_argument("--username", required=True, help="the name to log in with")
    user.add_argument("--role", required=True, choices=ROLES, help="what the user may do")
    user.add_argument(
        "--area",
        action="append",
        default=[],
        metavar="CODE",
        help="an area path code the user works in, such as 14/KL/W01 (repeat for more; "
        "ALL for every area); not needed for an admin",
    )
    user.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (required unless a "
        "terminal can prompt for it); never give a password on the command line",
    )
    user.set_defaults(func=_create_user)
    serve = sub.add_parser("serve", help="run the HTTP API")
    _db_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"port to listen on, 1 to 65535 ({DEFAULT_PORT})",
    )
    serve.add_argument(
        "--workers",
        type=_workers,
        default=1,
        help="worker processes sharing the port (1); they keep no state of their own",
    )
    serve.set_defaults(func=_serve)
    carried = sub.add_parser(
        "import-outbox",
        help="apply a device's outbox export (tinjau outbox export), for a site without a "
        "connection",
        description="Apply the batches of a file written by tinjau outbox export, as if the "
        "device had synced them: each batch once (importing the file again, or the device "
        "syncing the same batches later, stores nothing twice). A damaged file, or one that is "
        "not an outbox export, is refused and nothing is changed. See docs/sync.md.",
    )
    carried.add_argument("file", help="the export file")
    carried.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="a file whose first line is the export passphrase the device's user chose at "
        "export (never on the command line); without it the passphrase is asked",
    )
    _db_option(carried)
    carried.add_argument(
        "--username",
        help="the user the device works for, when the device has never signed in to this "
        "server (otherwise its own user is used)",
    )
    carried.set_defaults(func=_import_outbox)
    return parser


def _export_passphrase(file: str | None) -> str:
    """The export passphrase: the first line of `file`, else asked at the terminal."""
    from pathlib import Path

    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise BadInput(
                f"The passphrase file {file} cannot be read; nothing was changed."
            ) from None
        first = text.splitlines()[0] if text.strip() else ""
        if not first:
            raise BadInput(f"The passphrase file {file} is empty; nothing was changed.")
        return first
    if not sys.stdin.isatty():
        raise BadInput(
            "The export is sealed with a passphrase and there is no terminal to ask for it: "
            "give it with --passphrase-file FILE. Nothing was changed."
        )
    return getpass.getpass("Export passphrase: ")


def _import_outbox(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from server.core.outbox_import import ImportRefused, import_outbox, read_export

    path = Path(args.file)
    passphrase = _export_passphrase(args.passphrase_file)
    try:
        read_export(path, passphrase)  # refused before the database is opened
    except ImportRefused as error:
        raise BadInput(str(error)) from None
    engine, where = _open(args.db)
    try:
        try:
            migrate.check(engine, where)
        except DatabaseError as error:
            raise BadInput(str(error)) from None
        with Session(engine, expire_on_commit=False) as session:
            try:
                done = import_outbox(session, path, passphrase=passphrase, username=args.username)
            except ImportRefused as error:
                raise BadInput(str(error)) from None
    finally:
        engine.dispose()
    _say(
        f"Imported {done.changes:,} changes in {done.batches:,} batches from device "
        f"{done.device_id} ({done.username}): {done.accepted:,} accepted, {done.unchanged:,} "
        f"already there, {done.conflicts:,} kept as conflicts for the ward officer"
        + (f"; {done.files:,} files of interviews stored." if done.files else ".")
    )
    return 0


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=DEFAULT_DB_URL,
        metavar="URL",
        help=f"database URL: sqlite:///file.sqlite (default {DEFAULT_DB_URL}) "
        "or postgresql+psycopg://user@host:5432/dbname",
    )


def _workers(text: str) -> int:
    digits = text.strip()
    count = int(digits) if digits.isascii() and digits.isdigit() else 0
    if not 1 <= count <= 64:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of workers; give a whole number from 1 to 64"
        )
    return count


def _port(text: str) -> int:
    digits = text.strip()
    port = int(digits) if digits.isascii() and digits.isdigit() else 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port; give a whole number from 1 to 65535, such as {DEFAULT_PORT}"
        )
    return port


def _open(url: str) -> tuple[Engine, str]:
    """The engine for `url`, checked to answer; TinjauError (a sentence) when it cannot be
    opened. The URL and the SQLite file were checked before anything was written."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_server_engine(url)  # checks the URL and the file: a refusal is a BadInput
    where = describe_url(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        if engine.dialect.name == "sqlite":
            raise TinjauError(
                f"Cannot open the database file {where} ({getattr(error, 'orig', error)}). "
                "Check that its folder can be written to."
            ) from error
        raise TinjauError(
            f"Cannot reach the database {where}: {type(error).__name__}. "
            "Check that it is running and that the URL, user and database name are right."
        ) from error
    return engine, where


def _checked_engine(url: str) -> Engine:
    """`create_server_engine`, its refusals turned into BadInput (exit 2)."""
    try:
        return create_server_engine(url)
    except TinjauError as error:
        raise BadInput(str(error)) from None


def _init(args: argparse.Namespace) -> int:
    _checked_engine(args.db).dispose()
    engine, where = _open(args.db)
    try:
        done = migrate.upgrade(engine, where)
    except DatabaseError as error:
        raise BadInput(str(error)) from None
    finally:
        engine.dispose()
    if done.before == done.after:
        _say(f"The database {where} is up to date (schema {done.after}); nothing was changed.")
    elif done.before is None:
        _say(f"Created the server database {where} (schema {done.after}).")
        _say("Next: add an administrator with tinjau-server create-user --role admin.")
    else:
        _say(f"Migrated the database {where} from schema {done.before} to {done.after}.")
        if done.backup is not None:
            _say(f"The database as it was is kept in {done.backup}.")
    return 0


def _create_user(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from server.core import accounts
    from server.core.errors import Refusal

    probe = _checked_engine(args.db)
    database = probe.url.database or ""
    probe.dispose()
    if probe.dialect.name == "sqlite" and database and not os.path.exists(database):
        raise BadInput(
            f"There is no server database at {describe_url(args.db)}. Run: tinjau-server init "
            "--db URL to create it first; nothing was changed."
        )
    engine, where = _open(args.db)
    try:
        try:
            migrate.check(engine, where)
        except DatabaseError as error:
            raise BadInput(str(error)) from None
        password = _read_password(args.password_stdin)
        with Session(engine) as session:
            try:
                user = accounts.create_user(
                    session,
                    username=args.username,
                    password=password,
                    role=args.role,
                    areas=args.area,
                    actor="cli",
                )
            except Refusal as refusal:
                raise BadInput(f"{refusal.message} Nothing was changed.") from None
            session.commit()
            areas = ", ".join(accounts.areas_of(session, user.id)) or "every area"
    finally:
        engine.dispose()
    _say(f"Added the user {user.username} ({user.role}); areas: {areas.replace('*', 'ALL')}.")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password[:-1] if password.endswith("\r") else password
        if not password:
            raise BadInput(
                "No password came on standard input. Send it as the first line, for example "
                "from a password manager: ... | tinjau-server create-user ... --password-stdin"
            )
        return password
    if not sys.stdin.isatty():
        raise BadInput(
            "Give the password on standard input with --password-stdin (it is never taken "
            "from the command line, where other users of the computer could see it)."
        )
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Same password again: "):
        raise BadInput("The two passwords differ; nothing was changed. Run the command again.")
    return first


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.main import create_app

    try:
        from server.core.config import ServerSettings

        app = create_app(ServerSettings(db_url=args.db))  # checks the URL and the file
        listener = _listen(args.host, args.port)
    except TinjauError as error:
        sys.stderr.write(f"tinjau-server: {error}\n")
        return 2
    try:
        engine, where = _open(args.db)
        try:
            _ready_schema(engine, where)
        finally:
            engine.dispose()
        shown = f"[{args.host}]" if ":" in args.host else args.host  # an IPv6 address
        log.info("Tinjau server on http://%s:%s using %s", shown, args.port, where)
        if args.workers == 1:
            # log_config=None: uvicorn's loggers go through ours, so the ID-masking filter
            # sees the traceback of a request that failed.
            config = uvicorn.Config(app, log_level="warning", log_config=None)
            uvicorn.Server(config).run(sockets=[listener])
        else:
            _serve_workers(args, listener)
    except KeyboardInterrupt:
        pass  # Ctrl+C: uvicorn has shut down cleanly; as uvicorn.run() does, end quietly
    finally:
        listener.close()
    return 0


def _ready_schema(engine: Engine, where: str) -> None:
    """A database with nothing in it is given its schema (as `init` would); one with an older
    or newer schema is refused: `init` migrates it, with a backup first."""
    found = migrate.state(engine)
    if found.empty:
        migrate.upgrade(engine, where)
        log.info("Created the server database %s (schema %s)", where, found.head)
        return
    try:
        migrate.check(engine, where)
    except DatabaseError as error:
        raise BadInput(str(error)) from None


def _serve_workers(args: argparse.Namespace, listener: socket.socket) -> None:
    """N worker processes on one socket; each builds its app from the environment."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    os.environ["TINJAU_SERVER_DB"] = args.db
    config = uvicorn.Config(
        "server.cli:worker_app",
        factory=True,
        workers=args.workers,
        log_level="warning",
        log_config=None,
    )
    Multiprocess(config, sockets=[listener]).run()


def worker_app() -> FastAPI:
    """The app of one worker process of `serve --workers N`, logging masked as the parent."""
    from server.main import create_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logsafe.install()
    return create_app()


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to `host`:`port`, or a TinjauError saying why it cannot be."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except (OSError, UnicodeError):
        raise TinjauError(
            f"{host!r} is not an address this computer can listen on. Use 127.0.0.1 (this "
            "computer only), 0.0.0.0 (every network) or one of this computer's addresses."
        ) from None
    listener = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":  # as uvicorn does; on Windows it would let two servers share a port
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
    except OSError as error:
        listener.close()
        raise TinjauError(_bind_problem(host, port, error)) from None
    return listener


def _bind_problem(host: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return (
            f"Port {port} on {host} is already in use by another program. Stop that program "
            "or choose another port with --port; the server was not started."
        )
    if error.errno == errno.EACCES:
        return (
            f"Listening on port {port} needs administrator rights. Choose a port above 1023 "
            f"(such as {DEFAULT_PORT}); the server was not started."
        )
    if error.errno == errno.EADDRNOTAVAIL:
        return (
            f"{host} is not an address of this computer. Use 127.0.0.1 (this computer only), "
            "0.0.0.0 (every network) or one of its own addresses; the server was not started."
        )
    return f"Cannot listen on {host}:{port} ({error.strerror}); the server was not started."


def _missing_server_package() -> str | None:
    """The first of the server's own packages that is not installed (the desktop app's `./run`
    installs only the app's), or None."""
    for name in ("fastapi", "uvicorn", "argon2", "pydantic_settings"):
        try:
            __import__(name)
        except ImportError:
            return name
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    missing = _missing_server_package()
    if missing:
        sys.stderr.write(
            f"tinjau-server: the server needs the package {missing!r}, which the desktop app's "
            "set-up does not install. Install the server's packages with: "
            ".venv/bin/pip install -e '.[server]' (./test also installs them), then run "
            "tinjau-server again.\n"
        )
        return 1
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    masks = logsafe.install()
    # A server's stderr is its log: the traceback of an unexpected error goes there, masked.
    stop_log = applog.start("tinjau-server", verbose=True)
    try:
        return int(args.func(args) or 0)
    except BadInput as error:
        sys.stderr.write(f"tinjau-server: {error}\n")
        return 2
    except TinjauError as error:
        sys.stderr.write(f"tinjau-server: {error}\n")
        return 1
    except Exception as error:
        sys.stderr.write(applog.report_unexpected(error, "tinjau-server") + "\n")
        return 1
    finally:
        stop_log()
        logsafe.remove(masks)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
