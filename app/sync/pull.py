"""Receiving: the server's changes in the user's areas, page by page after a stored cursor, each
page applied in one local transaction.

A pulled record is written into its own table as the server holds it, with the server's
revision (`revision`, an interview's `server_revision`), and audited as received
(`area.receive`, ...). It never makes an outbox entry: what came from the server is never sent
back. The cursor is kept in `meta` (`sync_pull_cursor`, with the server it belongs to) in the
same transaction as the page, so a pull cut off anywhere resumes after the last page stored.
The records are written by the records layer (`app.survey.records.received`).

What is never overwritten:
- a record with a change of its own still waiting in the outbox: the local version stays (the
  push carries it; if the server moved on meanwhile it keeps both and flags a conflict);
- an interview being worked on here (a draft);
- anything already at the pulled revision or newer (so pulling twice changes nothing);
- a record made here that the server holds under another id (the same census entry imported
  on this device and on the server, or on two devices): the page is written again one record
  at a time, the clashing server record is left out and listed in the report (`clashes`), and
  the rest of the page and of the pull goes on. Merging such duplicates is the ward officer's.

Parents may arrive after their children (a household edited after its members were sent comes
at its latest change), and the areas above the user's own are not sent at all, so a page is
written with SQLite's foreign key checks off.

A review decision received for an interview on this device moves the interview and its
household as the reviewer's device did (`returned` with the comment, `approved`, `rejected`).
A published form version or poverty standard is installed as `tinjau form install` and `tinjau
standards install` install one (the same file again changes nothing; a refusal is reported).
"""

from __future__ import annotations

import base64
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection as SQLConnection
from sqlalchemy.exc import IntegrityError

from app.survey.db import Database
from app.survey.errors import TinjauError
from app.survey.records import received as received_records
from app.survey.records import recorder
from app.sync.client import Connection, SyncError
from app.sync.conflicts import settled
from app.sync.protocol import PulledRecord, PullPage

CURSOR_KEY = "sync_pull_cursor"
DEFAULT_PAGE = 500


@dataclass
class PullReport:
    """What one pull did: records received, written here, already here, kept because of a
    local change (by record type and id), and whether the server restarted a full pull."""

    pages: int = 0
    received: int = 0
    applied: int = 0
    unchanged: int = 0
    kept_local: list[dict[str, str]] = field(default_factory=list)
    # Published form versions and standards this workspace refused, each with the sentence
    # saying why (a version older than the one installed here, ...).
    not_installed: list[str] = field(default_factory=list)
    # Server records left out because this device holds the same entry under another id.
    clashes: list[dict[str, str]] = field(default_factory=list)
    reset: bool = False
    stopped: bool = False


def stored_cursor(db: Database, server: str) -> str | None:
    """The cursor of the last page stored from `server` (None: never pulled from it)."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (CURSOR_KEY,)).first()
    if row is None:
        return None
    try:
        stored = json.loads(row[0])
        return str(stored["cursor"]) if stored.get("server") == server else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # unreadable: a full pull, which is safe


def pull_changes(
    db: Database,
    connection: Connection,
    *,
    forms_dir: Path,
    page_size: int = DEFAULT_PAGE,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    report: PullReport | None = None,
) -> PullReport:
    """Fetch and apply every page after the stored cursor. `on_progress(done, total)` follows
    each page (`total` from the server's `remaining`); `should_stop` is asked before each page.
    Form versions are installed with their files in `forms_dir` (the workspace's, as
    `tinjau form install` does). A failure raises `SyncError`; the pages stored before it stay
    stored."""
    report = report if report is not None else PullReport()
    cursor = stored_cursor(db, connection.server)
    done = 0
    while True:
        if should_stop is not None and should_stop():
            report.stopped = True
            return report
        params: dict[str, Any] = {"limit": page_size}
        if cursor:
            params["cursor"] = cursor
        answer = connection.get("/sync/pull", params)
        try:
            page = PullPage.model_validate(answer)
        except ValueError:
            raise SyncError(
                "The server's answer to a pull could not be read; nothing of it was stored. "
                "Sync again; if it keeps happening, the server may need updating.",
                code="pull_unreadable",
            ) from None
        report.reset = report.reset or (page.reset and cursor is not None)
        counted = (report.applied, report.unchanged, len(report.kept_local),
                   len(report.not_installed), len(report.clashes))  # fmt: skip
        try:
            apply_page(db, page, connection.server, report, forms_dir)
        except IntegrityError:
            # Rolled back whole: count again, writing a record at a time without the clashes.
            report.applied, report.unchanged = counted[0], counted[1]
            del report.kept_local[counted[2] :], report.not_installed[counted[3] :]
            del report.clashes[counted[4] :]
            apply_page(db, page, connection.server, report, forms_dir, one_by_one=True)
        report.pages += 1
        done += len(page.items)
        if on_progress is not None:
            on_progress(done, done + page.remaining)
        cursor = page.cursor
        if not page.more:
            return report


def apply_page(
    db: Database,
    page: PullPage,
    server: str,
    report: PullReport,
    forms_dir: Path,
    *,
    one_by_one: bool = False,
) -> None:
    """Write one page's records and its cursor in one transaction (see the module docstring).
    `one_by_one` writes each record in a savepoint of its own, so that one clashing with a
    record made here is left out (and listed in the report) instead of failing the page."""
    if not one_by_one:
        report.received += len(page.items)
    with db.write(foreign_keys=False) as conn:
        waiting = received_records.pending(conn, (item.record_id for item in page.items))
        received: dict[str, list[str]] = {}
        left_out = {c["record_id"] for c in report.clashes if c["record_type"] == "household"}
        for item in page.items:
            key = (item.record_type, item.record_id)
            if item.record_type in ("form_version", "standard"):
                if _install(conn, item, forms_dir, report):
                    report.applied += 1
                else:
                    report.unchanged += 1
                continue
            if key in waiting:
                report.kept_local.append({"record_type": key[0], "record_id": key[1]})
                continue
            if left_out and str((item.data or {}).get("household_id")) in left_out:
                # Of a household left out as a clash: it would belong to nothing here.
                report.clashes.append({"record_type": key[0], "record_id": key[1]})
                continue
            record = received_records.Received(
                item.record_type, item.record_id, item.revision, item.data
            )
            if one_by_one:
                try:
                    with conn.begin_nested():
                        written = received_records.apply(conn, record)
                except IntegrityError:
                    report.clashes.append({"record_type": key[0], "record_id": key[1]})
                    if key[0] == "household":
                        left_out.add(key[1])
                    continue
            else:
                written = received_records.apply(conn, record)
            if written:
                settled(conn, item.record_type, item.record_id, item.revision)
                report.applied += 1
                received.setdefault(item.record_type, []).append(item.record_id)
            else:
                report.unchanged += 1
        actor = recorder.actor(conn, None)
        for record_type, ids in received.items():
            action = f"{record_type.removesuffix('_decision')}.receive"
            recorder.record_many(conn, action=action, record_ids=ids, actor=actor)
        conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (CURSOR_KEY, json.dumps({"server": server, "cursor": page.cursor})),
        )


def _install(conn: SQLConnection, item: PulledRecord, forms_dir: Path, report: PullReport) -> bool:
    """Install a published form version or standard as `tinjau form install` and `tinjau
    standards install` do (the same file again changes nothing); True when it was new here. A
    refusal is kept in the report and changes nothing."""
    from app.survey.forms.workspace import FormPackage, install_form_package
    from app.survey.scoring.workspace import install_standard, workspace_standards

    data = item.data
    try:
        with conn.begin_nested():
            if item.record_type == "form_version":
                package = FormPackage(
                    str(data["file_name"]),
                    base64.b64decode(data["workbook"]),
                    {name: base64.b64decode(v) for name, v in dict(data["media"]).items()},
                )
                form = install_form_package(
                    conn, package, forms_dir=forms_dir, installed_at=recorder.now(),
                    standards=workspace_standards(conn),
                )  # fmt: skip
                return not form.unchanged
            with tempfile.TemporaryDirectory(prefix="tinjau-standard-") as scratch:
                path = Path(scratch) / f"{data['standard_id']}.toml"
                path.write_text(str(data["text"]), encoding="utf-8")
                standard = install_standard(conn, str(path))
            return not standard.unchanged
    except TinjauError as error:
        what = "form" if item.record_type == "form_version" else "standard"
        name = data.get("form_id") or data.get("standard_id")
        report.not_installed.append(
            f"The published {what} '{name}' version {data.get('version')} was not installed: "
            f"{error}"
        )
        return False
    except (KeyError, ValueError, TypeError):
        report.not_installed.append(
            f"A published {item.record_type} ({item.record_id}) could not be read; the server "
            "may need updating."
        )
        return False
