"""`tinjau-server init` and `create-user`: the database made or migrated, accounts added with the
password read from standard input, and every refusal a sentence that changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from server.core import migrate
from server.core.db import create_server_engine
from server.core.models import Base
from tests.server.conftest import PASSWORD, free_port, server_command


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_then_reports_up_to_date(db_url: str) -> None:
    """The first init creates the schema; the second changes nothing and says so."""
    first = server_command("init", "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "Created the server database" in first.stdout
    again = server_command("init", "--db", db_url)
    assert again.returncode == 0, again.stderr
    assert "is up to date" in again.stdout


def test_migrations_make_exactly_the_models(db_url: str) -> None:
    """The schema the migrations make is the one the models describe (no drift either way)."""
    assert server_command("init", "--db", db_url).returncode == 0
    engine = create_server_engine(db_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_audit_log_refuses_change_and_removal(db_url: str) -> None:
    """The database itself refuses to update or delete an audit entry (append-only)."""
    assert server_command("init", "--db", db_url).returncode == 0
    add = server_command(
        "create-user", "--db", db_url, "--username", "root", "--role", "admin",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    engine = create_server_engine(db_url)
    try:
        for statement in ("UPDATE audit_log SET actor = 'someone'", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT actor, action FROM audit_log")).all()
    finally:
        engine.dispose()
    assert [tuple(row) for row in rows] == [("cli", "user.create")]


def test_init_refuses_another_programs_file_unchanged(tmp_path: Path) -> None:
    """An SQLite file with someone else's tables is refused by init, byte for byte as it was."""
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    before = sha(other)
    result = server_command("init", "--db", f"sqlite:///{other}")
    assert result.returncode == 2
    assert "is not a Tinjau server database" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha(other) == before


def test_init_refuses_foreign_tables_in_postgresql(pg_url: str) -> None:
    """A PostgreSQL database holding another application's tables is refused, untouched."""
    from tests.server.conftest import fresh_pg_database

    with fresh_pg_database(pg_url) as url:
        engine = create_server_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id int)"))
        result = server_command("init", "--db", url)
        tables = migrate.state(engine)
        engine.dispose()
    assert result.returncode == 2
    assert "tables that are not a Tinjau server's" in result.stderr
    assert tables.current is None


def test_create_user_reads_the_password_from_stdin(db_url: str) -> None:
    """create-user stores an Argon2id hash of the password read from stdin, never the text."""
    assert server_command("init", "--db", db_url).returncode == 0
    result = server_command(
        "create-user", "--db", db_url, "--username", "Siti", "--role", "enumerator",
        "--area", "14/KL/W01", "--area", "14/KL/W02", "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Added the user siti (enumerator); areas: 14/KL/W01, 14/KL/W02." in result.stdout
    assert PASSWORD not in result.stdout + result.stderr
    engine = create_server_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT password_hash FROM users")).scalar_one()
    engine.dispose()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["--role", "enumerator"], PASSWORD + "\n", "works in areas: give at least one area"),
        (["--role", "admin"], "short\n", "A password needs at least 10 characters"),
        (["--role", "admin"], "", "No password came on standard input"),
        (["--role", "admin", "--area", "14/KL W01"], PASSWORD, "An area code is the path"),
    ],
)
def test_create_user_refusals_change_nothing(
    tmp_path: Path, args: list[str], stdin: str, words: str
) -> None:
    """A user that cannot be made is a sentence, exit 2, and the database file is unchanged."""
    db = tmp_path / "server.sqlite"
    url = f"sqlite:///{db}"
    assert server_command("init", "--db", url).returncode == 0
    before = sha(db)
    result = server_command(
        "create-user", "--db", url, "--username", "ali", *args, "--password-stdin", stdin=stdin
    )
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert sha(db) == before


def test_create_user_refuses_a_taken_username_and_a_missing_stdin_flag(tmp_path: Path) -> None:
    """A second user of the same name is refused; so is a password not asked for on stdin."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert server_command("init", "--db", url).returncode == 0
    made = ["create-user", "--db", url, "--username", "ali", "--role", "admin"]
    assert server_command(*made, "--password-stdin", stdin=PASSWORD).returncode == 0
    taken = server_command(*made, "--password-stdin", stdin=PASSWORD)
    assert taken.returncode == 2
    assert "There is already a user named ali" in taken.stderr
    no_flag = server_command(*made, stdin=PASSWORD)
    assert no_flag.returncode == 2
    assert "Give the password on standard input with --password-stdin" in no_flag.stderr


def test_create_user_needs_an_initialised_database(tmp_path: Path) -> None:
    """create-user on a database init never made says to run init, and makes nothing."""
    db = tmp_path / "server.sqlite"
    result = server_command(
        "create-user", "--db", f"sqlite:///{db}", "--username", "ali", "--role", "admin",
        "--password-stdin", stdin=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Run: tinjau-server init --db URL" in result.stderr
    assert not db.exists()


def _at_revision(url: str, revision: str) -> None:
    """A server database whose schema stops at `revision`, as an earlier version left it."""
    from alembic import command

    engine = create_server_engine(url)
    try:
        with engine.begin() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_init_backs_up_a_sqlite_file_then_migrates_it(tmp_path: Path) -> None:
    """A database at schema 0001 is refused by serve, then init copies it aside (the copy
    byte-identical in content to the file before) and migrates it to the newest schema."""
    db = tmp_path / "server.sqlite"
    url = f"sqlite:///{db}"
    _at_revision(url, "0001")
    before = sha(db)
    refused = server_command("serve", "--db", url, "--port", str(free_port()))
    assert refused.returncode == 2
    assert "Run: tinjau-server init --db URL" in refused.stderr
    assert sha(db) == before
    result = server_command("init", "--db", url)
    assert result.returncode == 0, result.stderr
    assert f"from schema 0001 to {migrate.head()}" in result.stdout
    (backup,) = [path for path in (tmp_path / "backups").iterdir() if "-backup-" in path.name]
    assert str(backup) in result.stdout
    with sqlite3.connect(backup) as connection:
        (kept,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert kept == "0001"
    engine = create_server_engine(url)
    assert migrate.state(engine).up_to_date
    engine.dispose()


def test_serve_refuses_a_newer_schema(db_url: str) -> None:
    """A database a newer server migrated is refused by serve and init alike, untouched."""
    assert server_command("init", "--db", db_url).returncode == 0
    engine = create_server_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    for command in (
        ["init", "--db", db_url],
        ["serve", "--db", db_url, "--port", str(free_port())],
    ):
        result = server_command(*command)
        assert result.returncode == 2
        assert "was made by a newer version of the Tinjau server" in result.stderr
