"""The `tinjau-server` command: run the central server.

Everything a person gave is checked before the server starts, each refusal a sentence: the port
(exit 2 from argparse), the database URL and file, and the address and port to listen on
(exit 2); a database that does not answer exits 1. Nothing is written before the checks pass.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import socket
import sys

from app.survey import applog, logsafe
from app.survey.errors import TinjauError
from server.core.config import DEFAULT_DB_URL, ServerSettings
from server.core.db import describe_url

log = logging.getLogger("tinjau.server")

DEFAULT_PORT = 8470


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tinjau-server",
        description="Tinjau's central server: devices sync their interviews to it.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument(
        "--db",
        default=DEFAULT_DB_URL,
        metavar="URL",
        help=f"database URL: sqlite:///file.sqlite (default {DEFAULT_DB_URL}) "
        "or postgresql+psycopg://user@host:5432/dbname",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"port to listen on, 1 to 65535 ({DEFAULT_PORT})",
    )
    serve.set_defaults(func=_serve)
    return parser


def _port(text: str) -> int:
    digits = text.strip()
    port = int(digits) if digits.isascii() and digits.isdigit() else 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port; give a whole number from 1 to 65535, such as {DEFAULT_PORT}"
        )
    return port


def _server_packages() -> None:
    """Refuse with the command to run when the server's extra packages are not installed (the
    desktop app's `./run` installs only the app's)."""
    try:
        import argon2  # noqa: F401
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as missing:
        raise TinjauError(
            f"The server needs the package {missing.name!r}, which the desktop app's set-up "
            "does not install. Install the server's packages with: "
            ".venv/bin/pip install -e '.[server]' (./test also installs them), then start "
            "the server again."
        ) from None


def _serve(args: argparse.Namespace) -> int:
    _server_packages()
    import uvicorn
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from server.main import create_app

    try:
        app = create_app(ServerSettings(db_url=args.db))  # checks the URL and the file
        listener = _listen(args.host, args.port)
    except TinjauError as error:
        sys.stderr.write(f"tinjau-server: {error}\n")
        return 2
    where = describe_url(args.db)
    try:
        try:
            with app.state.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as error:
            if app.state.engine.dialect.name == "sqlite":
                raise TinjauError(
                    f"Cannot open the database file {where} ({getattr(error, 'orig', error)}). "
                    "Check that its folder can be written to."
                ) from error
            raise TinjauError(
                f"Cannot reach the database {where}: {type(error).__name__}. "
                "Check that it is running and that the URL, user and database name are right."
            ) from error
        shown = f"[{args.host}]" if ":" in args.host else args.host  # an IPv6 address
        log.info("Tinjau server on http://%s:%s using %s", shown, args.port, where)
        # log_config=None: uvicorn's loggers go through ours, so the ID-masking filter sees
        # the traceback of a request that failed.
        config = uvicorn.Config(app, log_level="warning", log_config=None)
        uvicorn.Server(config).run(sockets=[listener])
    except KeyboardInterrupt:
        pass  # Ctrl+C: uvicorn has shut down cleanly; as uvicorn.run() does, end quietly
    finally:
        listener.close()
    return 0


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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    masks = logsafe.install()
    # A server's stderr is its log: the traceback of an unexpected error goes there, masked.
    stop_log = applog.start("tinjau-server", verbose=True)
    try:
        return int(args.func(args) or 0)
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
