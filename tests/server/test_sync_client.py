"""The sync client end to end: `tinjau login` and `tinjau sync` (real subprocesses) against a
real `tinjau-server` process on a loopback port, on SQLite and on PostgreSQL, from a real
client database holding a census import and completed interviews."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text

from app.paths import database_path
from app.survey.census import import_census
from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records import interviews
from app.sync.client import Connection, SyncError, load_credentials
from app.sync.push import open_batch
from tests.form_versions import shipped_version
from tests.server.conftest import (
    PASSWORD,
    ROOT,
    SERVER,
    bearer,
    free_port,
    running_server,
    server_command,
    wait_until_listening,
)

SITE = "selangor/PTG/PTG01/PPR001"
TINJAU = [sys.executable, "-m", "app"]


def tinjau(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*TINJAU, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, input=stdin
    )


def prepare_server(db_url: str) -> None:
    assert server_command("init", "--db", db_url).returncode == 0
    made = server_command(
        "create-user", "--db", db_url, "--username", "admin", "--role", "admin",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr


def make_client(folder: Path, households: int = 6, completed: int = 5) -> set[str]:
    """A data folder with a census of `households` and `completed` completed interviews (one
    more left as a draft); the ids of the completed interviews."""
    rows = "".join(f"A-01-{n:02d},Head {n},,,{n % 5 + 1}\n" for n in range(1, households + 1))
    folder.parent.mkdir(parents=True, exist_ok=True)
    census = folder.parent / f"{folder.name}-census.csv"
    census.write_text("Unit,Nama KIR,No KP,Telefon,Bilangan AIR\n" + rows, encoding="utf-8")
    done: set[str] = set()
    with open_database(database_path(folder)) as db:
        import_census(db, census, site=SITE)
        with db.engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM households ORDER BY id")]
        for number, household_id in enumerate(ids[: completed + 1]):
            draft = interviews.Draft(
                interview_id=uuid7(), household_id=household_id, form_id="household",
                form_version=shipped_version(), answers={"note": "begun"}, position={},
                enumerator_id="enum01", sequence=1,
            )  # fmt: skip
            with db.write() as conn:
                interviews.save_draft(conn, draft=draft)
            if number < completed:
                final = interviews.Draft(**{**draft.__dict__, "answers": {"note": "done"}})
                with db.write() as conn:
                    interviews.complete(conn, draft=final, score=None, household_size=3)
                done.add(draft.interview_id)
    return done


def login(folder: Path, base: str) -> subprocess.CompletedProcess[str]:
    return tinjau(
        "login", "--server", base, "--username", "admin", "--data-dir", str(folder),
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip


def sync(folder: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    done = tinjau("sync", "--data-dir", str(folder), "--json", *extra)
    return done, json.loads(done.stdout)


def server_rows(db_url: str, sql: str) -> list[Any]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)).all())
    finally:
        engine.dispose()


def server_interviews(db_url: str) -> dict[str, int]:
    """The interviews the server holds, by id, with their revision (1: written once)."""
    rows = server_rows(
        db_url, "SELECT record_id, revision FROM records WHERE record_type = 'interview'"
    )
    return {str(r[0]): int(r[1]) for r in rows}


def local_pending(folder: Path) -> int:
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        return int(
            conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE acked_at IS NULL").scalar_one()
        )


def test_login_then_sync_sends_every_completed_interview_once(db_url: str, tmp_path: Path) -> None:
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    completed = make_client(folder)
    with running_server(db_url) as base:
        signed = login(folder, base)
        assert signed.returncode == 0, signed.stderr
        stored = folder / "sync.json"
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        token = load_credentials(folder).token
        assert token not in signed.stdout + signed.stderr
        assert PASSWORD not in stored.read_text(encoding="utf-8")

        first, report = sync(folder, "--batch-size", "4")
        assert first.returncode == 0, first.stderr
        assert report["ok"] and report["pending"] == 0 and report["error"] is None
        assert report["sent"] == report["accepted"] > len(completed)
        assert report["batches"] > 1
        assert server_interviews(db_url) == dict.fromkeys(completed, 1)  # the draft stays
        households = server_rows(db_url, "SELECT count(*) FROM records "
                                 "WHERE record_type = 'household'")[0][0]  # fmt: skip
        assert households == 6
        batches = server_rows(db_url, "SELECT count(*) FROM sync_batches")[0][0]
        assert batches == report["batches"]

        again, second = sync(folder)
        assert again.returncode == 0, again.stderr
        assert second["sent"] == 0 and second["batches"] == 0 and second["pending"] == 0
        assert server_rows(db_url, "SELECT count(*) FROM sync_batches")[0][0] == batches
    assert local_pending(folder) == 0


def test_a_record_changed_again_before_and_after_a_sync_is_no_conflict(tmp_path: Path) -> None:
    """A household edited twice before a sync, and again after it: each change goes on the
    revision the server gave the one before, so the server takes them all (revision 4)."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=0)
    census = tmp_path / "again.csv"

    def resize(size: int) -> None:
        census.write_text(
            f"Unit,Nama KIR,No KP,Telefon,Bilangan AIR\nA-01-01,Head 1,,,{size}\n",
            encoding="utf-8",
        )
        with open_database(database_path(folder)) as db:
            import_census(db, census, site=SITE)

    resize(7)
    resize(8)
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        done, report = sync(folder)
        assert done.returncode == 0, done.stderr
        assert report["conflicts"] == [] and report["batches"] >= 3
        resize(9)
        done, report = sync(folder)
        assert done.returncode == 0, done.stderr
        assert report["accepted"] == report["sent"] == 1 and report["conflicts"] == []
    rows = server_rows(db_url, "SELECT revision, data FROM records WHERE record_type = 'household'")
    revisions = sorted(int(r[0]) for r in rows)
    assert revisions == [1, 4]


def test_a_batch_whose_answer_was_lost_is_resent_under_its_id(db_url: str, tmp_path: Path) -> None:
    """The server stored a batch but the device never got the receipt (the server was killed
    before it answered): the next sync, against the restarted server, resends that batch under
    the same batch_id, gets the first receipt back, and nothing is doubled."""
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    completed = make_client(folder)
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        credentials = load_credentials(folder)
        connection = Connection(base, token=credentials.token, retries=0)
        with open_database(database_path(folder)) as db:
            batch = open_batch(db, base, size=5)
            assert batch is not None
            connection.post(
                "/sync/push",
                {"device_id": credentials.device_id, "batch_id": batch.id, "items": batch.items},
                compress=True,
            )  # the receipt is dropped here, as a lost answer would drop it
        connection.close()
    # The server is gone: a sync now fails with a sentence and acknowledges nothing.
    down, report = sync(folder, "--retries", "0")
    assert down.returncode == 1
    assert "could not be reached" in report["error"]
    assert "could not be reached" in down.stderr and "Traceback" not in down.stderr
    pending = local_pending(folder)
    assert pending == report["pending"] > 0

    with running_server(db_url) as base:
        credentials_file = folder / "sync.json"
        stored = json.loads(credentials_file.read_text(encoding="utf-8"))
        stored["server"] = base  # the restarted server listens on another free port
        credentials_file.write_text(json.dumps(stored), encoding="utf-8")
        done, report = sync(folder, "--batch-size", "3")
        assert done.returncode == 0, done.stderr
        assert report["sent"] == pending and report["pending"] == 0
    assert server_interviews(db_url) == dict.fromkeys(completed, 1)
    ids = [r[0] for r in server_rows(db_url, "SELECT id FROM sync_batches")]
    assert batch.id in ids and len(ids) == len(set(ids)) == report["batches"]
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        local = [r[0] for r in conn.exec_driver_sql("SELECT id FROM sync_batches")]
    assert sorted(local) == sorted(ids)


def test_a_server_killed_mid_sync_then_restarted(db_url: str, tmp_path: Path) -> None:
    """SIGKILL the server while a sync with one change per batch runs; the sync stops with a
    sentence (or finishes first), and a sync against the restarted server completes: every
    interview is on the server exactly once."""
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    completed = make_client(folder, households=20, completed=18)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [*SERVER, "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    wait_until_listening(server, base)
    assert login(folder, base).returncode == 0
    client = subprocess.Popen(
        [*TINJAU, "sync", "--data-dir", str(folder), "--json", "--batch-size", "1",
         "--retries", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    while not server_rows(db_url, "SELECT count(*) FROM sync_batches")[0][0]:
        assert client.poll() is None, "the sync ended before the server stored a batch"
    os.kill(server.pid, signal.SIGKILL)
    server.wait()
    out, err = client.communicate(timeout=120)
    report = json.loads(out)
    if client.returncode:
        assert report["pending"] > 0 and report["error"] and "Traceback" not in err
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        wait_until_listening(server, base)
        done, again = sync(folder)
        assert done.returncode == 0, done.stderr
        assert again["pending"] == 0
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server_interviews(db_url) == dict.fromkeys(completed, 1)
    assert local_pending(folder) == 0


def test_a_revoked_device_is_told_to_sign_in_again(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=1)
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        credentials = load_credentials(folder)
        revoked = requests.post(
            f"{base}/api/v1/devices/{credentials.device_id}/revoke",
            headers=bearer(credentials.token), timeout=10,
        )  # fmt: skip
        assert revoked.status_code == 200, revoked.text
        pending = local_pending(folder)
        done, report = sync(folder)
    assert done.returncode == 1
    assert "Sign in again with tinjau login" in report["error"]
    assert "Traceback" not in done.stderr
    assert local_pending(folder) == pending
    assert server_rows(db_url, "SELECT count(*) FROM records")[0][0] == 0


@contextmanager
def fake_server(status: int, body: bytes, content_type: str) -> Iterator[str]:
    """Something on a loopback port that is not a Tinjau server: it answers every request
    with `status` and `body` (a captive portal's page, a broken proxy's 500)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def signed_in_folder(tmp_path: Path, base: str) -> Path:
    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=1)
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        device = conn.exec_driver_sql("SELECT value FROM meta WHERE key='device_id'").scalar()
    (folder / "sync.json").write_text(
        json.dumps({"server": base, "username": "a", "device_id": device, "token": "t"}),
        encoding="utf-8",
    )
    return folder


def test_an_html_page_or_a_500_is_a_sentence_and_nothing_is_marked_sent(tmp_path: Path) -> None:
    page = b"<html><body>Sign in to the hotel Wi-Fi</body></html>"
    for number, (status, body, kind, expected) in enumerate([
        (200, page, "text/html", "a web page that is not from a Tinjau server"),
        (500, b"Internal Server Error", "text/plain", "HTTP 500"),
        (503, b'{"code": "unavailable", "message": "Down for upkeep."}', "application/json",
         "HTTP 503 (unavailable): Down for upkeep."),
    ]):  # fmt: skip
        with fake_server(status, body, kind) as base:
            folder = signed_in_folder(tmp_path / str(number), base)
            pending = local_pending(folder)
            done, report = sync(folder, "--retries", "1")
        assert done.returncode == 1, kind
        assert expected in report["error"]
        assert "Traceback" not in done.stderr
        assert local_pending(folder) == pending


def test_login_refuses_plain_http_to_another_computer(tmp_path: Path) -> None:
    folder = tmp_path / "tablet"
    make_client(folder, households=1, completed=0)
    before = database_path(folder).read_bytes()
    done = tinjau(
        "login", "--server", "http://tinjau.example.org", "--username", "a",
        "--data-dir", str(folder), "--password-stdin", stdin="secret password\n",
    )  # fmt: skip
    assert done.returncode == 1
    assert "plain http" in done.stderr and "https://" in done.stderr
    assert not (folder / "sync.json").exists()
    assert database_path(folder).read_bytes() == before


def test_sync_before_login_says_to_sign_in(tmp_path: Path) -> None:
    folder = tmp_path / "tablet"
    make_client(folder, households=1, completed=0)
    done = tinjau("sync", "--data-dir", str(folder))
    assert done.returncode == 1
    assert "not signed in to a server yet" in done.stderr and "tinjau login" in done.stderr


def test_retry_raises_after_its_tries(tmp_path: Path) -> None:
    """Backoff: `retries` more tries, each pause within its doubling ceiling."""
    pauses: list[float] = []
    with fake_server(500, b"no", "text/plain") as base:
        connection = Connection(base, retries=3, sleep=pauses.append)
        try:
            connection.post("/sync/push", {})
        except SyncError as error:
            assert error.retryable
        else:
            raise AssertionError("a 500 must raise")
    assert len(pauses) == 3
    assert all(0 <= pause <= ceiling for pause, ceiling in zip(pauses, (1, 2, 4), strict=True))


def test_progress_follows_each_batch_and_a_stop_leaves_the_rest_pending(tmp_path: Path) -> None:
    """`sync_workspace` (what the desktop app runs on its worker thread) reports progress after
    each acknowledged batch and stops between batches when asked: what was acknowledged stays
    acknowledged, the rest waits, and the next sync sends exactly that rest."""
    from app.sync.run import SyncProgress, sync_workspace

    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=6, completed=5)
    waiting = local_pending(folder)
    seen: list[SyncProgress] = []
    with running_server(db_url) as base:
        assert login(folder, base).returncode == 0
        first = sync_workspace(
            folder, database_path(folder), batch_size=3, on_progress=seen.append,
            should_stop=lambda: len(seen) >= 3,
        )  # fmt: skip
        assert first.stopped and first.error is None
        assert [p.done for p in seen] == [0, 3, 6] and {p.total for p in seen} == {waiting}
        assert {p.phase for p in seen} == {"push"}
        assert first.pending == local_pending(folder) == waiting - 6
        rest = sync_workspace(folder, database_path(folder), batch_size=500)
    assert not rest.stopped and rest.error is None and rest.pending == 0
    assert rest.sent == waiting - 6
    assert set(server_interviews(db_url)) == make_client_ids(folder)


def make_client_ids(folder: Path) -> set[str]:
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        return {
            str(r[0])
            for r in conn.exec_driver_sql("SELECT id FROM interviews WHERE status = 'complete'")
        }
