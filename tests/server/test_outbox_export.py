"""A site without any connection: `tinjau outbox export` on a real device database, carried to
`tinjau-server import-outbox` (real subprocesses, SQLite and PostgreSQL server databases), then
a real sync of the same device to a real server process: every change stored once."""

from __future__ import annotations

import gzip
import json
import stat
from pathlib import Path
from typing import Any

from app.paths import database_path
from app.survey.db import open_database
from app.survey.records import households
from app.survey.records.recorder import Actor
from app.sync.export import open_export, seal_export
from tests.server.conftest import running_server, server_command
from tests.server.test_sync_client import (
    local_pending,
    login,
    make_client,
    prepare_server,
    server_interviews,
    server_rows,
    sync,
    tinjau,
)

EXPORT_PASSPHRASE = "carried by hand"


def export_outbox(export: Path, folder: Path) -> Any:
    """`tinjau outbox export EXPORT --data-dir FOLDER`, the export passphrase from a file."""
    given = export.parent / "export-passphrase.txt"
    if not given.parent.is_dir():
        given = folder.parent / "export-passphrase.txt"
    given.write_text(EXPORT_PASSPHRASE + "\n", encoding="utf-8")
    return tinjau(
        "outbox", "export", str(export), "--data-dir", str(folder),
        "--export-passphrase-file", str(given),
    )  # fmt: skip


def import_outbox(
    export: Path, db_url: str, *more: str, passphrase: str = EXPORT_PASSPHRASE
) -> Any:
    """`tinjau-server import-outbox EXPORT --db URL MORE`, the passphrase from a file."""
    given = export.parent / f".{export.name}.import-passphrase"
    given.write_text(passphrase + "\n", encoding="utf-8")
    try:
        return server_command(
            "import-outbox", str(export), "--db", db_url, "--passphrase-file", str(given), *more
        )
    finally:
        given.unlink()


def read_document(export: Path) -> Any:
    return json.loads(gzip.decompress(open_export(EXPORT_PASSPHRASE, export.read_bytes(), "x")))


def write_document(export: Path, document: Any) -> None:
    export.write_bytes(seal_export(EXPORT_PASSPHRASE, gzip.compress(json.dumps(document).encode())))


def server_state(db_url: str) -> dict[str, Any]:
    """What an import or a sync that adds nothing must leave as it was."""
    return {
        "records": server_rows(
            db_url, "SELECT record_type, record_id, revision, seq FROM records ORDER BY 1, 2"
        ),
        "batches": server_rows(db_url, "SELECT count(*) FROM sync_batches"),
        "conflicts": server_rows(db_url, "SELECT count(*) FROM conflicts"),
    }


def device_with_edits(folder: Path) -> tuple[set[str], str]:
    """A device that never synced: a census, 4 completed interviews, and one household whose
    name was corrected twice (three changes to one record: three batches)."""
    done = make_client(folder, households=6, completed=4)
    with open_database(database_path(folder)) as db:
        with db.engine.connect() as conn:
            target = str(conn.exec_driver_sql("SELECT id FROM households ORDER BY id").first()[0])
        for name in ("Corrected once", "Corrected twice"):
            with db.write() as conn:
                households.edit(
                    conn, household_id=target, actor=Actor("enum01", None), head_name=name
                )
    return done, target


def test_export_then_import_twice_then_a_real_sync_stores_each_change_once(
    db_url: str, tmp_path: Path
) -> None:
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    done, target = device_with_edits(folder)
    waiting = local_pending(folder)
    export = tmp_path / "carried" / "outbox.json.gz"
    export.parent.mkdir()

    written = export_outbox(export, folder)
    assert written.returncode == 0, written.stderr
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    document = read_document(export)
    count = len(document["batches"])  # a record changed again waits for a later batch
    assert document["format"] == "tinjau-outbox" and count >= 3
    assert f"Wrote {waiting} changes in {count} batches" in written.stdout
    # The batch ids are stored on the device first; its changes still wait there.
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        stored = [r[0] for r in conn.exec_driver_sql("SELECT id FROM sync_batches ORDER BY id")]
    assert stored == [b["batch_id"] for b in document["batches"]]
    assert local_pending(folder) == waiting

    # The device never signed in to this server: the import names the user it works for.
    unknown = import_outbox(export, db_url)
    assert unknown.returncode == 2 and "--username" in unknown.stderr
    first = import_outbox(export, db_url, "--username", "admin")
    assert first.returncode == 0, first.stderr
    assert f"Imported {waiting} changes in {count} batches" in first.stdout
    assert f"{waiting} accepted" in first.stdout and "0 kept as conflicts" in first.stdout
    assert server_interviews(db_url) == dict.fromkeys(done, 1)
    head = server_rows(
        db_url, f"SELECT revision FROM records WHERE record_type = 'household' "
        f"AND record_id = '{target}'",
    )  # fmt: skip
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        changes = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE record_id = ?", (target,)
        ).scalar_one()
    assert changes >= 3 and head == [(changes,)]  # each change accepted in turn: no conflict
    after_first = server_state(db_url)

    again = import_outbox(export, db_url)
    assert again.returncode == 0, again.stderr
    assert server_state(db_url) == after_first

    # The device then reaches the server: it sends the very same batches and the server
    # answers the receipts it gave the import, storing nothing again.
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        synced, answer = sync(folder)
    assert synced.returncode == 0, synced.stderr
    assert answer["batches"] == count and answer["sent"] == waiting and answer["pending"] == 0
    assert answer["conflicts"] == [] and answer["updated"] == 0
    assert server_state(db_url) == after_first
    assert local_pending(folder) == 0


def test_a_damaged_or_foreign_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    device_with_edits(folder)
    export = tmp_path / "outbox.json.gz"
    assert export_outbox(export, folder).returncode == 0
    before = server_state(db_url)
    audit = server_rows(db_url, "SELECT count(*) FROM audit_log")

    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(export.read_bytes()[:-200])
    csv = tmp_path / "census.csv"
    csv.write_text("Unit,Nama KIR\nA-01-01,Someone\n", encoding="utf-8")
    document = read_document(export)
    document["batches"][0]["items"][0]["data"]["head_name"] = "Changed by hand"
    edited = tmp_path / "edited.json.gz"
    write_document(edited, document)
    plain = tmp_path / "plain.json.gz"  # the unsealed format of earlier test versions
    plain.write_bytes(gzip.compress(json.dumps(document).encode()))
    for bad in (cut, csv, edited, plain, tmp_path / "missing.json.gz"):
        done = import_outbox(bad, db_url, "--username", "admin")
        assert done.returncode == 2, (bad.name, done.stderr)
        assert "Nothing was changed" in done.stderr or "nothing was changed" in done.stderr
        assert "Someone" not in done.stderr and "Changed by hand" not in done.stderr
    assert "not sealed with a passphrase" in import_outbox(plain, db_url).stderr
    wrong = import_outbox(export, db_url, "--username", "admin", passphrase="not the one at all")
    assert wrong.returncode == 2 and "does not open with this passphrase" in wrong.stderr
    # Without a file and without a terminal to ask at: refused with what to do.
    asked = server_command("import-outbox", str(export), "--db", db_url, stdin="")
    assert asked.returncode == 2 and "--passphrase-file" in asked.stderr
    # Nothing of the file is readable without the passphrase.
    raw = export.read_bytes()
    assert b"tinjau-outbox" not in raw and not raw.startswith(b"\x1f\x8b")
    assert server_state(db_url) == before
    assert server_rows(db_url, "SELECT count(*) FROM audit_log") == audit


def test_export_into_a_missing_folder_is_refused_before_anything_is_stored(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=1)
    done = export_outbox(tmp_path / "nowhere" / "o.gz", folder)
    assert done.returncode != 0 and "does not exist" in done.stderr
    short = tmp_path / "short.txt"
    short.write_text("short\n", encoding="utf-8")
    refused = tinjau("outbox", "export", str(tmp_path / "o.gz"), "--data-dir", str(folder),
                     "--export-passphrase-file", str(short))  # fmt: skip
    assert refused.returncode != 0 and "too short" in refused.stderr
    asked = tinjau("outbox", "export", str(tmp_path / "o.gz"), "--data-dir", str(folder), stdin="")
    assert asked.returncode != 0 and "--export-passphrase-file" in asked.stderr
    assert not (tmp_path / "o.gz").exists()
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_batches").scalar_one() == 0


def test_an_export_never_imported_is_sent_by_the_next_sync_without_conflicts(
    tmp_path: Path,
) -> None:
    """The device rebases the export's later batches after each receipt, as the import would."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    done, target = device_with_edits(folder)
    export = tmp_path / "outbox.json.gz"
    assert export_outbox(export, folder).returncode == 0
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        synced, answer = sync(folder)
    assert synced.returncode == 0, synced.stderr
    assert answer["conflicts"] == [] and answer["pending"] == 0
    assert answer["batches"] == len(read_document(export)["batches"])
    assert server_interviews(db_url) == dict.fromkeys(done, 1)
    # Imported afterwards (the file was carried anyway): nothing is added.
    before = server_state(db_url)
    late = import_outbox(export, db_url)
    assert late.returncode == 0, late.stderr
    assert server_state(db_url) == before


def test_an_interview_with_files_is_carried_with_its_files(tmp_path: Path) -> None:
    """The export holds the bytes of the files its interviews name; the import stores them
    first (so the interview is accepted), importing again stores nothing, and the device's
    later sync sends no file byte."""
    from tests.server.test_attachments_sync import complete_with_files, photo, server_files, sha_of

    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=3, completed=0)
    first, second = photo(tmp_path, "a.png", 1_500_000, 3), photo(tmp_path, "b.png", 2000, 4)
    (done,) = complete_with_files(folder, [[first, second]])
    export = tmp_path / "outbox.json.gz"
    written = export_outbox(export, folder)
    assert written.returncode == 0, written.stderr
    document = read_document(export)
    assert sorted(document["files"]) == sorted([sha_of(first), sha_of(second)])

    imported = import_outbox(export, db_url, "--username", "admin")
    assert imported.returncode == 0, imported.stderr
    assert "2 files of interviews stored" in imported.stdout
    assert server_interviews(db_url) == {done: 1}
    assert server_files(db_url) == {
        sha: (path.stat().st_size, True, sha)
        for sha, path in ((sha_of(first), first), (sha_of(second), second))
    }
    uses = server_rows(db_url, "SELECT sha256, interview_id FROM attachment_uses")
    assert {(str(s), str(i)) for s, i in uses} == {(sha_of(first), done), (sha_of(second), done)}
    after = server_state(db_url)
    again = import_outbox(export, db_url)
    assert again.returncode == 0 and "files of interviews" not in again.stdout
    assert server_state(db_url) == after
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        synced, answer = sync(folder)
    assert synced.returncode == 0, synced.stderr
    assert answer["files_sent"] == 0 and answer["pending"] == 0
    assert server_state(db_url) == after


def test_a_carried_file_that_does_not_match_its_sha256_is_refused(tmp_path: Path) -> None:
    """An export whose carried file was changed is refused whole; nothing is stored."""
    import base64

    from tests.server.test_attachments_sync import complete_with_files, photo

    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=0)
    complete_with_files(folder, [[photo(tmp_path, "a.png", 2000, 5)]])
    export = tmp_path / "outbox.json.gz"
    assert export_outbox(export, folder).returncode == 0
    document = read_document(export)
    (sha,) = document["files"]
    document["files"][sha] = base64.b64encode(b"something else").decode()
    write_document(export, document)
    before = server_state(db_url)
    refused = import_outbox(export, db_url, "--username", "admin")
    assert refused.returncode == 2 and "not a complete Tinjau outbox export" in refused.stderr
    assert server_state(db_url) == before
    assert server_rows(db_url, "SELECT count(*) FROM attachments") == [(0,)]
