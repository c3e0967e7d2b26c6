"""The `tinjau-server` command: run the central server."""

from __future__ import annotations

import argparse
import logging
import sys

from app.survey import logsafe
from app.survey.errors import TinjauError
from server.core.config import DEFAULT_DB_URL, ServerSettings
from server.core.db import describe_url

log = logging.getLogger("tinjau.server")


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
    serve.add_argument("--port", type=int, default=8470, help="port to listen on (8470)")
    serve.set_defaults(func=_serve)
    return parser


def _serve(args: argparse.Namespace) -> int:
    import uvicorn
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from server.main import create_app

    app = create_app(ServerSettings(db_url=args.db))
    where = describe_url(args.db)
    try:
        with app.state.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        raise TinjauError(
            f"Cannot reach the database {where}: {type(error).__name__}. "
            "Check that it is running and that the URL, user and database name are right."
        ) from error
    log.info("Tinjau server on http://%s:%s using %s", args.host, args.port, where)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logsafe.install()
    try:
        return int(args.func(args) or 0)
    except TinjauError as error:
        sys.stderr.write(f"tinjau-server: {error}\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
