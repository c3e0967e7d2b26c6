"""Receiving: `sync_workspace` (and `tinjau sync`) pull what changed on a real `tinjau-server`
process into real device databases, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.paths import database_path
from app.survey.db import open_database
from app.survey.records import households, reviews
from app.survey.records.recorder import Actor
from app.sync.client import Connection, Credentials, save_credentials
from app.sync.pull import CURSOR_KEY, pull_changes
from app.sync.run import SyncProgress, sync_workspace
from tests.server.conftest import PASSWORD, add_user, running_server
from tests.server.test_sync_client import (
    SITE,
    login,
    make_client,
    prepare_server,
    sync,
)

WARD = "selangor/PTG/PTG01"


def sign_in(folder: Path, base: str, username: str) -> None:
    """Sign the data folder at `folder` (made if new) in as `username`, as tinjau login does."""
    with open_database(database_path(folder)) as db:
        device_id = db.device_id
    connection = Connection(base)
    try:
        answer = connection.post(
            "/auth/login",
            {"username": username, "password": PASSWORD, "device_id": device_id},
        )
    finally:
        connection.close()
    save_credentials(
        folder, Credentials(server=base, username=username, device_id=device_id,
                            token=answer["token"]),
    )  # fmt: skip


def rows(folder: Path, sql: str, *params: Any) -> list[Any]:
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        return list(conn.exec_driver_sql(sql, params).all())


def snapshot(folder: Path) -> dict[str, Any]:
    """Every synced table, the outbox and the audit log's size: what a no-op must not change."""
    tables = ("areas", "households", "members", "interviews", "assignments", "review_decisions")
    seen: dict[str, Any] = {
        table: rows(folder, f"SELECT * FROM {table} ORDER BY id") for table in tables
    }
    seen["outbox"] = rows(folder, "SELECT count(*) FROM outbox")
    return seen


def run(folder: Path, **options: Any) -> Any:
    return sync_workspace(folder, database_path(folder), **options)


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Any:
    prepare_server(db_url)
    add_user(db_url, "siti", "enumerator", [SITE])
    add_user(db_url, "officer", "ward_officer", [WARD])
    with running_server(db_url) as base:
        yield base


def test_a_new_device_receives_what_another_sent_and_a_second_pull_changes_nothing(
    server: str, tmp_path: Path
) -> None:
    source = tmp_path / "office"
    done = make_client(source, households=8, completed=3)
    assert login(source, server).returncode == 0
    first, answer = sync(source)
    assert first.returncode == 0, first.stderr
    # The sending device gets its own records back at the revision it already has: stored
    # nothing again, and made no outbox entry.
    assert answer["received"] > 0 and answer["updated"] == 0 and answer["pending"] == 0

    tablet = tmp_path / "tablet"
    sign_in(tablet, server, "siti")
    seen: list[SyncProgress] = []
    report = run(tablet, page_size=5, on_progress=seen.append)
    assert report.error is None and report.sent == 0
    assert report.received == report.updated > 8
    heads = rows(source, "SELECT id, head_name, revision FROM households ORDER BY id")
    assert rows(tablet, "SELECT id, head_name, revision FROM households ORDER BY id") == heads
    got = rows(tablet, "SELECT id, status, server_revision, answers FROM interviews")
    assert {r[0] for r in got} == done
    assert {(r[1], r[2], json.loads(r[3])["note"]) for r in got} == {("complete", 1, "done")}
    # The households with an interview the server holds show it; received, never sent back.
    statuses = rows(tablet, "SELECT visit_status, count(*) FROM households GROUP BY 1")
    assert dict(statuses) == {"synced": 3, "not_visited": 5}
    assert rows(tablet, "SELECT count(*) FROM outbox") == [(0,)]
    received = rows(tablet, "SELECT count(*) FROM audit_log WHERE action LIKE '%.receive'")
    assert received == [(report.updated,)]
    # Progress after each page, in pages of 5, the total known from the server's remaining.
    pulls = [p for p in seen if p.phase == "pull"]
    assert [p.done for p in pulls] == list(range(5, report.received, 5)) + [report.received]
    assert all(p.total == report.received for p in pulls)

    before = snapshot(tablet)
    again = run(tablet)
    assert (again.received, again.updated, again.error) == (0, 0, None)
    assert snapshot(tablet) == before


def test_a_reset_cursor_pulls_everything_again_and_changes_nothing(
    server: str, tmp_path: Path
) -> None:
    source = tmp_path / "office"
    make_client(source, households=4, completed=2)
    assert login(source, server).returncode == 0
    assert sync(source)[0].returncode == 0
    tablet = tmp_path / "tablet"
    sign_in(tablet, server, "siti")
    first = run(tablet)
    before = snapshot(tablet)
    # A cursor the server cannot have given (as after it was restored from an older backup).
    with open_database(database_path(tablet)) as db, db.write() as conn:
        conn.exec_driver_sql(
            "UPDATE meta SET value = ? WHERE key = ?",
            (json.dumps({"server": server, "cursor": "c1.99999999"}), CURSOR_KEY),
        )
    credentials = json.loads((tablet / "sync.json").read_text())
    connection = Connection(server, token=credentials["token"])
    with open_database(database_path(tablet)) as db:
        again = pull_changes(db, connection, forms_dir=tablet / "forms")
    connection.close()
    assert again.reset and again.received == first.received and again.applied == 0
    assert snapshot(tablet) == before
    # Afterwards the stored cursor is the server's again: the next pull is empty.
    assert run(tablet).received == 0


def test_a_local_change_waiting_to_be_sent_is_not_overwritten(server: str, tmp_path: Path) -> None:
    source = tmp_path / "office"
    make_client(source, households=3, completed=0)
    assert login(source, server).returncode == 0
    assert sync(source)[0].returncode == 0
    tablet = tmp_path / "tablet"
    sign_in(tablet, server, "siti")
    assert run(tablet).error is None
    target = rows(tablet, "SELECT id FROM households ORDER BY id")[0][0]
    # The tablet corrects the household; the office changes it too and sends first.
    with open_database(database_path(tablet)) as db, db.write() as conn:
        households.edit(conn, household_id=target, actor=Actor("siti", None), head_name="Tablet")
    with open_database(database_path(source)) as db, db.write() as conn:
        households.edit(conn, household_id=target, actor=Actor("admin", None), head_name="Office")
    assert sync(source)[0].returncode == 0
    credentials = json.loads((tablet / "sync.json").read_text())
    connection = Connection(server, token=credentials["token"])
    with open_database(database_path(tablet)) as db:
        pulled = pull_changes(db, connection, forms_dir=tablet / "forms")
    connection.close()
    assert pulled.kept_local == [{"record_type": "household", "record_id": target}]
    assert rows(tablet, "SELECT head_name, revision FROM households WHERE id = ?", target) == [
        ("Tablet", 1)
    ]
    # The next sync sends it on its stale base: the server keeps both and flags a conflict
    # for the ward officer, and the tablet keeps showing its own version (the settled one
    # arrives by a later pull once the officer has decided).
    report = run(tablet)
    assert report.conflicts == [{"record_type": "household", "record_id": target}]
    assert rows(tablet, "SELECT head_name, revision FROM households WHERE id = ?", target) == [
        ("Tablet", 1)
    ]
    assert report.pending == 0 and report.kept_local == []
    marked = "SELECT record_type, record_id FROM sync_conflicts"
    assert rows(tablet, marked) == [("household", target)]
    # The office settles it (a newer revision on the server): the tablet's pull writes it and
    # the conflict mark goes.
    with open_database(database_path(source)) as db, db.write() as conn:
        households.edit(conn, household_id=target, actor=Actor("admin", None), head_name="Settled")
    assert sync(source)[0].returncode == 0
    assert run(tablet).error is None
    assert rows(tablet, "SELECT head_name FROM households WHERE id = ?", target) == [("Settled",)]
    assert rows(tablet, marked) == []


def test_an_interview_returned_by_the_ward_officer_arrives_with_its_comment(
    server: str, tmp_path: Path
) -> None:
    tablet = tmp_path / "tablet"
    done = sorted(make_client(tablet, households=3, completed=2))
    assert login(tablet, server).returncode == 0
    assert sync(tablet)[0].returncode == 0
    office = tmp_path / "officer"
    sign_in(office, server, "officer")
    assert run(office).error is None
    with open_database(database_path(office)) as db, db.write() as conn:
        reviews.decide(
            conn, interview_id=done[0], decision="return", actor=Actor("officer", None),
            comment="Ask again about the income",
        )  # fmt: skip
        reviews.decide(conn, interview_id=done[1], decision="approve", actor=Actor("officer", None))
    sent = run(office)
    assert (sent.error, sent.accepted) == (None, 2)

    report = run(tablet)
    assert report.error is None and report.updated == 2
    got = rows(
        tablet,
        "SELECT i.id, i.status, h.visit_status, r.decision, r.comment FROM interviews i "
        "JOIN households h ON h.id = i.household_id "
        "JOIN review_decisions r ON r.interview_id = i.id ORDER BY i.id",
    )
    assert got == [
        (done[0], "returned", "returned", "return", "Ask again about the income"),
        (done[1], "approved", "approved", "approve", None),
    ]
    assert rows(tablet, "SELECT count(*) FROM outbox WHERE acked_at IS NULL") == [(0,)]


def test_tinjau_sync_prints_what_it_received(server: str, tmp_path: Path) -> None:
    from tests.server.test_sync_client import tinjau

    source = tmp_path / "office"
    make_client(source, households=2, completed=1)
    assert login(source, server).returncode == 0
    assert sync(source)[0].returncode == 0
    tablet = tmp_path / "tablet"
    sign_in(tablet, server, "siti")
    done = tinjau("sync", "--data-dir", str(tablet))
    assert done.returncode == 0, done.stderr
    assert "Sent 0 changes" in done.stdout
    audit = "SELECT count(*) FROM audit_log WHERE action LIKE '%.receive'"
    received = int(rows(tablet, audit)[0][0])
    assert f"Received {received} changes from the server: {received} stored here" in done.stdout
    assert str(uuid.UUID(rows(tablet, "SELECT id FROM interviews")[0][0]))


def test_a_stop_between_pages_keeps_the_pages_stored_and_the_next_sync_goes_on(
    server: str, tmp_path: Path
) -> None:
    source = tmp_path / "office"
    make_client(source, households=12, completed=0)
    assert login(source, server).returncode == 0
    assert sync(source)[0].returncode == 0
    tablet = tmp_path / "tablet"
    sign_in(tablet, server, "siti")
    seen: list[SyncProgress] = []

    def enough() -> bool:
        return sum(1 for p in seen if p.phase == "pull") >= 2

    first = run(tablet, page_size=4, on_progress=seen.append, should_stop=enough)
    assert first.stopped and first.error is None and first.received == 8
    assert (
        rows(tablet, "SELECT count(*) FROM households")[0][0]
        + rows(tablet, "SELECT count(*) FROM areas")[0][0]
        == 8
    )
    rest = run(tablet, page_size=4)
    assert not rest.stopped and rest.received == seen[-1].total - 8
    assert rows(tablet, "SELECT count(*) FROM households") == [(12,)]


def test_a_census_imported_on_two_devices_does_not_stop_the_pull(
    server: str, tmp_path: Path
) -> None:
    """Two devices imported the same census list, so the same households have different ids on
    each. The second device's pull meets the first's households, which clash with its own on
    the census entry: they are left out and listed, its own stay as they are, the rest of the
    pull is stored and the sync succeeds (it used to stop every sync at that page)."""
    first = tmp_path / "first"
    make_client(first, households=6, completed=2)
    assert login(first, server).returncode == 0
    done, _ = sync(first)
    assert done.returncode == 0, done.stderr

    second = tmp_path / "second"
    make_client(second, households=6, completed=0)
    mine = rows(second, "SELECT id, head_name, revision FROM households ORDER BY id")
    assert login(second, server).returncode == 0
    done, answer = sync(second)
    assert done.returncode == 0, done.stderr
    assert answer["error"] is None and answer["pending"] == 0
    clashed = {c["record_id"] for c in answer["clashes"] if c["record_type"] == "household"}
    theirs = {r[0] for r in rows(first, "SELECT id FROM households")}
    assert clashed == theirs
    # Its own households are as they were; what belongs to the households left out (their
    # members and interviews) is left out with them rather than stored belonging to nothing.
    ids = {r[0] for r in mine}
    assert {r[0] for r in rows(second, "SELECT id FROM households")} == ids
    assert rows(second, "SELECT count(*) FROM interviews WHERE status != 'draft'") == [(0,)]
    assert {c["record_type"] for c in answer["clashes"]} >= {"household", "interview"}
    orphans = rows(second, "SELECT count(*) FROM members WHERE household_id NOT IN "
                           "(SELECT id FROM households)")  # fmt: skip
    assert orphans == [(0,)]
    again, answer = sync(second)
    assert again.returncode == 0 and answer["clashes"] == []


def test_a_received_interview_does_not_hide_a_draft_made_here(server: str, tmp_path: Path) -> None:
    """Another device's completed interview of a household this device has a draft of arrives
    by pull: the household stays in progress here and opening it opens the draft, not the
    received interview (even though that one was begun later)."""
    from app.paths import HOUSEHOLD_FORM, workspace_forms_dir
    from app.survey.forms.workspace import install_form_package, read_form_package
    from app.survey.ids import uuid7
    from app.survey.records import interviews
    from app.survey.records.recorder import now
    from tests.form_versions import shipped_version

    office = tmp_path / "office"
    make_client(office, households=3, completed=0)
    assert login(office, server).returncode == 0
    assert sync(office)[0].returncode == 0
    tablet = tmp_path / "tablet"
    sign_in(tablet, server, "siti")
    assert run(tablet).error is None
    target = rows(tablet, "SELECT id FROM households ORDER BY id")[1][0]

    def draft(interview_id: str, note: str) -> interviews.Draft:
        return interviews.Draft(
            interview_id=interview_id, household_id=target, form_id="household",
            form_version=shipped_version(), answers={"note": note}, position={},
            enumerator_id="enum01", sequence=1,
        )  # fmt: skip

    mine = uuid7()
    with open_database(database_path(tablet)) as db, db.write() as conn:
        install_form_package(
            conn, read_form_package(HOUSEHOLD_FORM), forms_dir=workspace_forms_dir(tablet),
            installed_at=now(),
        )  # fmt: skip
        interviews.save_draft(conn, draft=draft(mine, "begun here"))
    theirs = uuid7()
    with open_database(database_path(office)) as db, db.write() as conn:
        interviews.complete(conn, draft=draft(theirs, "done there"), score=None, household_size=2)
    assert sync(office)[0].returncode == 0

    report = run(tablet)
    assert report.error is None
    assert {r[0] for r in rows(tablet, "SELECT id FROM interviews")} == {mine, theirs}
    assert rows(tablet, "SELECT visit_status FROM households WHERE id = ?", target) == [
        ("in_progress",)
    ]
    with open_database(database_path(tablet)) as db:
        opened = interviews.open_for_household(
            db, household_id=target, forms_dir=workspace_forms_dir(tablet)
        )
    assert (opened.interview_id, opened.status, opened.answers["note"]) == (
        mine, "draft", "begun here",
    )  # fmt: skip
