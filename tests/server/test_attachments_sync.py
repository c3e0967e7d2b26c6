"""Interviews' files reach the server end to end: a real `tinjau-server` process on loopback
(SQLite, and PostgreSQL when set), real client workspaces. Each file arrives once with its
sha256, an upload cut half way resumes at the server's offset, a second sync sends no file
bytes, and an interview whose file the server lacks is not accepted until the file is there.
Every refusal of the attachment endpoints is tried."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
import requests

from app.paths import database_path
from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records import attachments, interviews, reviews
from app.survey.records.recorder import Actor
from app.sync.attachments import FileUploads, files_of, pending_files, upload_file, upload_files
from app.sync.client import Connection, load_credentials
from app.sync.push import push_outbox
from tests.form_versions import shipped_version
from tests.media_files import png_bytes
from tests.server.conftest import add_user, bearer, running_server
from tests.server.conftest import login as login_token
from tests.server.test_sync_client import (
    login,
    make_client,
    prepare_server,
    server_interviews,
    server_rows,
    sync,
)

API = "/api/v1/attachments"


def photo(tmp_path: Path, name: str, extra: int, seed: int) -> Path:
    """A PNG followed by `extra` bytes of noise (a camera's photo is that incompressible)."""
    path = tmp_path / name
    path.write_bytes(png_bytes(8, 8, seed) + os.urandom(extra))
    return path


def complete_with_files(folder: Path, files: list[list[Path]]) -> list[str]:
    """Complete one interview per entry of `files` (households not yet interviewed), each
    naming its files; the interview ids."""
    done = []
    with open_database(database_path(folder)) as db:
        with db.read() as conn:
            households = [
                str(r[0])
                for r in conn.exec_driver_sql(
                    "SELECT id FROM households WHERE id NOT IN (SELECT household_id FROM "
                    "interviews) ORDER BY id"
                )
            ]
        for household, sources in zip(households, files, strict=False):
            interview = uuid7()
            names = [
                attachments.add_file(
                    db, interview_id=interview, source=source, question_type="photo"
                ).name
                for source in sources
            ]
            draft = interviews.Draft(
                interview_id=interview, household_id=household, form_id="household",
                form_version=shipped_version(),
                answers={f"photo_{i}": n for i, n in enumerate(names)},
                position={}, enumerator_id="enum01", sequence=1,
            )  # fmt: skip
            with db.write() as conn:
                interviews.complete(conn, draft=draft, score=None, household_size=3)
            done.append(interview)
    return done


def server_files(db_url: str) -> dict[str, tuple[int, bool, str]]:
    """sha256 -> (size, complete, sha256 of the bytes the server holds, chunks in order)."""
    found = {}
    for sha, size, complete in server_rows(
        db_url, "SELECT sha256, size, complete FROM attachments"
    ):
        digest = hashlib.sha256()
        for (data,) in server_rows(
            db_url, f"SELECT data FROM attachment_chunks WHERE sha256 = '{sha}' ORDER BY start"
        ):
            digest.update(bytes(data))
        found[str(sha)] = (int(size), bool(complete), digest.hexdigest())
    return found


def sha_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_files_arrive_once_and_a_second_sync_sends_none(db_url: str, tmp_path: Path) -> None:
    """`tinjau sync` uploads each distinct file once (one shared by two interviews too, one
    larger than a chunk in several PUTs), before the interviews that name them; the server's
    bytes hash to the sha256; a second sync sends no file bytes."""
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=5, completed=0)
    big = photo(tmp_path, "big.png", (5 << 20) // 2, 1)  # 2.5 MiB: three chunks
    small = photo(tmp_path, "small.png", 30_000, 2)
    done = complete_with_files(folder, [[big, small], [small], []])
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        first, report = sync(folder)
        assert first.returncode == 0, first.stderr
        assert report["ok"] and report["files_sent"] == 2
        assert report["file_bytes"] == big.stat().st_size + small.stat().st_size
        assert "Uploaded" not in first.stdout  # --json prints one object only
        assert server_interviews(db_url) == dict.fromkeys(done, 1)
        stored = server_files(db_url)
        assert stored == {
            sha_of(big): (big.stat().st_size, True, sha_of(big)),
            sha_of(small): (small.stat().st_size, True, sha_of(small)),
        }
        uses = {(str(s), str(i)) for s, i in server_rows(
            db_url, "SELECT sha256, interview_id FROM attachment_uses")}  # fmt: skip
        assert uses == {(sha_of(big), done[0]), (sha_of(small), done[0]), (sha_of(small), done[1])}
        chunks = server_rows(db_url, f"SELECT count(*) FROM attachment_chunks "
                             f"WHERE sha256 = '{sha_of(big)}'")[0][0]  # fmt: skip
        assert chunks == 3

        again, second = sync(folder)
        assert again.returncode == 0, again.stderr
        assert second["files_sent"] == 0 and second["file_bytes"] == 0 and second["sent"] == 0
        # A new interview naming a file the server holds sends the interview, not the file.
        complete_with_files(folder, [[big]])
        third_run, third = sync(folder)
        assert third_run.returncode == 0, third_run.stderr
        assert third["files_sent"] == 0 and third["file_bytes"] == 0 and third["accepted"] >= 1


class Cut(Exception):
    """The connection dropped (raised from the progress callback, between two chunks)."""


def test_an_upload_cut_half_way_resumes_at_the_servers_offset(tmp_path: Path) -> None:
    """A file cut off after two chunks of eight: the server holds those two; the next upload
    asks, starts at that offset and sends only the rest; the whole matches its sha256."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=0)
    chunk = 64 * 1024
    source = photo(tmp_path, "p.png", 8 * chunk - 200, 3)
    size = source.stat().st_size
    complete_with_files(folder, [[source]])
    sha = sha_of(source)
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        connection = Connection(base, token=load_credentials(folder).token, retries=0)
        with open_database(database_path(folder)) as db:
            kept = attachments.path_of(attachments.folder_of(db), sha)
            sent: list[int] = []

            def cut_after_two(count: int) -> None:
                sent.append(count)
                if len(sent) == 2:
                    raise Cut

            with pytest.raises(Cut):
                upload_file(connection, kept, sha, size, chunk=chunk, on_chunk=cut_after_two)
            held = requests.get(f"{base}{API}/{sha}", headers=bearer(connection.token or ""),
                                timeout=10).json()  # fmt: skip
            assert held == {"sha256": sha, "size": size, "received": 2 * chunk, "complete": False}
            head = requests.head(f"{base}{API}/{sha}", headers=bearer(connection.token or ""),
                                 timeout=10)  # fmt: skip
            assert head.status_code == 200 and head.headers["Upload-Offset"] == str(2 * chunk)
            assert head.headers["Upload-Length"] == str(size)
            assert head.headers["Upload-Complete"] == "?0"

            resumed = upload_files(db, connection, pending_files(db), chunk=chunk)
            assert (resumed.files, resumed.bytes) == (1, size - 2 * chunk)
            assert server_files(db_url) == {sha: (size, True, sha)}
            again = upload_files(db, connection, pending_files(db), chunk=chunk)
            assert (again.files, again.bytes, again.held) == (0, 0, 1)
        connection.close()


def test_an_interview_is_accepted_only_with_its_files(db_url: str, tmp_path: Path) -> None:
    """Pushed without its file, the interview's batch is refused (409 attachments_missing) and
    nothing of it is stored; with the upload hook the device uploads the file and resends the
    same batch, which the server then accepts."""
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=0)
    source = photo(tmp_path, "p.png", 10_000, 4)
    (interview,) = complete_with_files(folder, [[source]])
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        credentials = load_credentials(folder)
        connection = Connection(base, token=credentials.token, retries=0)
        with open_database(database_path(folder)) as db:
            refused = push_outbox(db, connection, credentials.device_id, batch_size=500)
            assert refused.error is not None and "attachments_missing" in refused.error
            assert "Upload them" in refused.error
            assert server_interviews(db_url) == {}
            assert server_rows(db_url, "SELECT count(*) FROM records")[0][0] == 0
            pending = refused.pending
            assert pending > 0

            files = FileUploads(db, connection)
            accepted = push_outbox(
                db, connection, credentials.device_id, batch_size=500,
                upload_files=lambda items: files.upload(files_of(items)),
            )  # fmt: skip
            assert accepted.error is None and accepted.pending == 0
            assert files.sent.files == 1 and files.sent.bytes == source.stat().st_size
        connection.close()
    assert server_interviews(db_url) == {interview: 1}
    assert server_files(db_url) == {sha_of(source): (source.stat().st_size, True, sha_of(source))}


# --- refusals of the endpoints ---------------------------------------------------------------


def put(base: str, token: str | None, sha: str, data: bytes, offset: int, size: int):  # type: ignore[no-untyped-def]
    headers = {"Content-Type": "application/octet-stream", **(bearer(token) if token else {})}
    return requests.put(f"{base}{API}/{sha}", params={"offset": offset, "size": size},
                        data=data, headers=headers, timeout=30)  # fmt: skip


def test_each_refusal_of_the_attachment_endpoints(tmp_path: Path) -> None:
    """No sign-in: 401 everywhere. A wrong offset: 409 and nothing stored. Bytes that do not
    match the sha256: 422 and thrown away. Too large a file or chunk: 413. A malformed sha256:
    422. Reading a file back: an enumerator 403 (role), a supervisor of another area 403
    (area), a file no interview names 403, an unknown one 404; the area's supervisor gets it."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    add_user(db_url, "enum", "enumerator", ["selangor"])
    add_user(db_url, "here", "supervisor", ["selangor"])
    add_user(db_url, "there", "supervisor", ["johor"])
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=0)
    source = photo(tmp_path, "p.png", 5_000, 5)
    complete_with_files(folder, [[source]])
    data, sha = source.read_bytes(), sha_of(source)
    with running_server(db_url) as base:
        enum = login_token(base, "enum")
        for reply in (
            requests.post(f"{base}{API}/lacking", json={"sha256": [sha]}, timeout=10),
            requests.get(f"{base}{API}/{sha}", timeout=10),
            requests.head(f"{base}{API}/{sha}", timeout=10),
            put(base, None, sha, data, 0, len(data)),
            requests.get(f"{base}{API}/{sha}/content", timeout=10),
        ):
            assert reply.status_code == 401, reply.text

        wrong_offset = put(base, enum, sha, data[:100], 100, len(data))
        assert wrong_offset.status_code == 409 and wrong_offset.json()["code"] == "offset_mismatch"
        assert server_rows(db_url, "SELECT count(*) FROM attachment_chunks")[0][0] == 0

        bogus = os.urandom(len(data))
        mismatch = put(base, enum, sha, bogus, 0, len(data))
        assert mismatch.status_code == 422
        assert mismatch.json()["code"] == "attachment_hash_mismatch"
        held = requests.get(f"{base}{API}/{sha}", headers=bearer(enum), timeout=10).json()
        assert held["received"] == 0 and not held["complete"]

        huge = put(base, enum, sha, b"x", 0, (512 << 20) + 1)
        assert huge.status_code == 413 and huge.json()["code"] == "attachment_too_large"
        fat = put(base, enum, sha, b"\0" * ((8 << 20) + 1), 0, len(data))
        assert fat.status_code == 413 and fat.json()["code"] == "chunk_too_large"
        beyond = put(base, enum, sha, data + b"!", 0, len(data))
        assert beyond.status_code == 422 and beyond.json()["code"] == "chunk_outside_file"
        malformed = requests.get(f"{base}{API}/NOT-A-SHA", headers=bearer(enum), timeout=10)
        assert malformed.status_code == 422
        bad_query = requests.post(f"{base}{API}/lacking", json={"sha256": ["x"]},
                                  headers=bearer(enum), timeout=10)  # fmt: skip
        assert bad_query.status_code == 422

        # The enumerator uploads it (in two chunks), then it is not used by any interview yet.
        assert put(base, enum, sha, data[:3000], 0, len(data)).json()["received"] == 3000
        whole = put(base, enum, sha, data[3000:], 3000, len(data)).json()
        assert whole["complete"] and whole["received"] == len(data)
        here = login_token(base, "here")
        unused = requests.get(f"{base}{API}/{sha}/content", headers=bearer(here), timeout=10)
        assert unused.status_code == 403 and unused.json()["code"] == "attachment_unused"

        assert login(folder, base).returncode == 0
        done, report = sync(folder)
        assert done.returncode == 0, done.stderr
        assert report["files_sent"] == 0  # the server held it whole already

        content = f"{base}{API}/{sha}/content"
        as_enum = requests.get(content, headers=bearer(enum), timeout=10)
        assert as_enum.status_code == 403 and as_enum.json()["code"] == "role_forbidden"
        there = requests.get(content, headers=bearer(login_token(base, "there")), timeout=10)
        assert there.status_code == 403 and there.json()["code"] == "area_forbidden"
        unknown = requests.get(f"{base}{API}/{'0' * 64}/content", headers=bearer(here),
                               timeout=10)  # fmt: skip
        assert unknown.status_code == 404 and unknown.json()["code"] == "attachment_unknown"
        got = requests.get(content, headers=bearer(here), timeout=10)
        assert got.status_code == 200 and got.content == data


def test_a_file_damaged_on_the_device_is_not_sent(tmp_path: Path) -> None:
    """A kept file whose bytes no longer match its sha256 is refused before any byte goes out:
    the sync says so in a sentence and the interview stays waiting (the households go); the
    server holds no file and no interview."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=0)
    source = photo(tmp_path, "p.png", 20_000, 6)
    complete_with_files(folder, [[source]])
    kept = folder / "attachments" / sha_of(source)[:2] / sha_of(source)
    damaged = bytearray(kept.read_bytes())
    damaged[-1] ^= 0xFF
    kept.write_bytes(bytes(damaged))
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        done, report = sync(folder, "--batch-size", "1")  # the interview in a batch of its own
        assert done.returncode == 1
        assert "missing or damaged" in report["error"] and "waits" in done.stderr
        assert report["files_sent"] == 0 and report["pending"] == 1
    assert server_rows(db_url, "SELECT count(*) FROM attachments")[0][0] == 0
    assert server_interviews(db_url) == {}
    kinds = {str(r[0]) for r in server_rows(db_url, "SELECT DISTINCT record_type FROM records")}
    assert "household" in kinds


def test_a_returned_interview_corrected_on_another_device_keeps_its_files(
    db_url: str, tmp_path: Path
) -> None:
    """An interview with photos, returned by the ward officer and pulled by a device that did
    not make it (and has none of its files' bytes), is corrected and completed there: the
    device knows its files from the pull, pushes them again without uploading a byte, and the
    server keeps linking both files to the interview."""
    from app.sync.run import sync_workspace
    from tests.server.test_pull_client import WARD, rows, sign_in
    from tests.server.test_sync_client import SITE

    prepare_server(db_url)
    add_user(db_url, "siti", "enumerator", [SITE])
    add_user(db_url, "officer", "ward_officer", [WARD])
    office = tmp_path / "office"
    make_client(office, households=3, completed=0)
    first, second = photo(tmp_path, "a.png", 3000, 1), photo(tmp_path, "b.png", 3000, 2)
    (done,) = complete_with_files(office, [[first, second]])
    files = {(sha_of(first), done), (sha_of(second), done)}

    def uses() -> set[tuple[str, str]]:
        return {(str(s), str(i)) for s, i in server_rows(
            db_url, "SELECT sha256, interview_id FROM attachment_uses")}  # fmt: skip

    def run(folder: Path) -> Any:
        report = sync_workspace(folder, database_path(folder))
        assert report.error is None, report.error
        return report

    with running_server(db_url) as base:
        assert login(office, base).returncode == 0
        assert sync(office)[0].returncode == 0
        assert uses() == files
        officer = tmp_path / "officer"
        sign_in(officer, base, "officer")
        run(officer)
        with open_database(database_path(officer)) as db, db.write() as conn:
            reviews.decide(
                conn, interview_id=done, decision="return", actor=Actor("officer", None),
                comment="Ask again",
            )  # fmt: skip
        run(officer)

        tablet = tmp_path / "tablet"
        sign_in(tablet, base, "siti")
        run(tablet)
        linked = rows(tablet, "SELECT sha256, interview_id FROM interview_attachments")
        assert set(linked) == files
        assert not (tablet / "attachments").exists()  # the bytes stayed on the server
        (status, household, answers) = rows(
            tablet, "SELECT status, household_id, answers FROM interviews WHERE id = ?", done
        )[0]
        assert status == "returned"
        corrected = {**json.loads(answers), "note": "asked again"}
        with open_database(database_path(tablet)) as db, db.write() as conn:
            draft = interviews.Draft(
                interview_id=done, household_id=household, form_id="household",
                form_version=shipped_version(), answers=corrected, position={},
                enumerator_id="siti", sequence=2,
            )  # fmt: skip
            interviews.complete(conn, draft=draft, score=None, household_size=3)
        report = run(tablet)
        assert report.accepted >= 1 and report.pending == 0 and report.files_sent == 0
        assert server_interviews(db_url)[done] == 2  # made, then corrected
        assert uses() == files


def test_a_damaged_file_holds_back_only_its_own_interview(db_url: str, tmp_path: Path) -> None:
    """An interview whose file is damaged here (and lacking on the server) waits, even when it
    is already in a batch made earlier: the interviews after it and later syncs' work still go,
    the report names the household's unit and how to repair it; once the file is put back the
    waiting interview goes with its file."""
    from app.sync.push import open_batch

    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=4, completed=0)
    bad, good = photo(tmp_path, "bad.png", 20_000, 7), photo(tmp_path, "good.png", 20_000, 8)
    held, sent = complete_with_files(folder, [[bad], [good]])
    kept = folder / "attachments" / sha_of(bad)[:2] / sha_of(bad)
    kept.unlink()  # lost from the device (a damaged copy is the test above)
    unit = [str(r[0]).rsplit("/", 1)[-1] for r in rows_of(folder,
        "SELECT u.path_code FROM interviews i JOIN households h ON h.id = i.household_id "
        f"JOIN areas u ON u.id = h.unit_id WHERE i.id = '{held}'")][0]  # fmt: skip
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        # The interview already in a batch, as a sync cut off earlier leaves it.
        with open_database(database_path(folder)) as db:
            batch = open_batch(db, load_credentials(folder).server)
        assert batch is not None and held in {i["record_id"] for i in batch.items}
        done, report = sync(folder)
        assert done.returncode == 1 and report["pending"] == 1
        assert f"household at {unit}" in report["error"] and "choose the photo again" in done.stderr
        assert report["files_waiting"] and report["files_sent"] == 1
        assert set(server_interviews(db_url)) == {sent}
        # New work still goes on the next sync, the interview still waits.
        (later,) = complete_with_files(folder, [[good]])
        done, report = sync(folder)
        assert done.returncode == 1 and report["pending"] == 1
        assert set(server_interviews(db_url)) == {sent, later}
        # The file put back: the interview goes, with it.
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(bad.read_bytes())
        done, report = sync(folder)
        assert done.returncode == 0, done.stderr
        assert report["ok"] and report["files_waiting"] == [] and report["files_sent"] == 1
        assert set(server_interviews(db_url)) == {sent, later, held}
    assert server_files(db_url)[sha_of(bad)] == (bad.stat().st_size, True, sha_of(bad))


def rows_of(folder: Path, sql: str) -> list[Any]:
    with open_database(database_path(folder)) as db, db.read() as conn:
        return list(conn.exec_driver_sql(sql).all())
