"""Make the screenshots of docs/sync.md: the sign-in dialog and the sync panel, in English and
Persian, rendered offscreen by the app itself against a real `tinjau-server` process on a
loopback port (run from the repository: `python scripts/sync_screenshots.py`)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.paths import database_path  # noqa: E402
from app.sync.login import sign_in  # noqa: E402
from app.ui import i18n, network, ops  # noqa: E402
from app.ui import settings as opts  # noqa: E402
from tests.server.conftest import PASSWORD, running_server  # noqa: E402
from tests.server.test_attachments_sync import photo  # noqa: E402
from tests.server.test_sync_client import (  # noqa: E402
    make_client,
    prepare_server,
    shipped_version,
)

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    """Let the window's background work (database and network) finish and show."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        app.processEvents()
        if ops.is_idle() and network.is_idle():
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            if ops.is_idle() and network.is_idle():
                return
        time.sleep(0.02)
    raise SystemExit("background work did not finish in time")


def make_more_work(folder: Path) -> None:
    """Mark a household not found: one more change waiting to be sent."""
    from app.survey.db import open_database
    from app.survey.records import households, lifecycle, recorder

    with open_database(database_path(folder)) as db, db.write() as conn:
        household = conn.exec_driver_sql(
            "SELECT id FROM households WHERE visit_status = 'not_visited' LIMIT 1"
        ).scalar_one()
        households.mark_visit(
            conn,
            household_id=household,
            status=lifecycle.NOT_FOUND,
            actor=recorder.actor(conn, "enum01"),
        )


def with_photos(folder: Path, photos: list[Path]) -> None:
    """Complete an interview with one photo for each of `photos`, in households not yet
    interviewed (the shipped form's version, which the server has)."""
    from app.survey.db import open_database
    from app.survey.ids import uuid7
    from app.survey.records import attachments, interviews

    with open_database(database_path(folder)) as db:
        with db.read() as conn:
            households = [
                str(row[0])
                for row in conn.exec_driver_sql(
                    "SELECT id FROM households WHERE id NOT IN (SELECT household_id FROM "
                    "interviews) ORDER BY id"
                )
            ]
        for household, source in zip(households, photos, strict=False):
            interview = uuid7()
            name = attachments.add_file(
                db, interview_id=interview, source=source, question_type="photo"
            ).name
            draft = interviews.Draft(
                interview_id=interview, household_id=household, form_id="household",
                form_version=shipped_version(), answers={"photo": name}, position={},
                enumerator_id="enum01", sequence=1,
            )  # fmt: skip
            with db.write() as conn:
                interviews.complete(conn, draft=draft, score=None, household_size=3)


def main() -> None:
    app = QApplication([])
    work = Path(tempfile.mkdtemp(prefix="tinjau-shots-"))
    opts.use_storage_folder(work / "config")
    opts.configure_storage()
    db_url = f"sqlite:///{work / 'server.sqlite'}"
    prepare_server(db_url)
    folder = work / "tablet"
    make_client(folder, households=12, completed=8)
    # Two more completed interviews with a photo each: the log says the files uploaded.
    with_photos(folder, [photo(work, "door.png", 400_000, 1), photo(work, "roof.png", 650_000, 2)])
    from app.ui.main_window import MainWindow

    with running_server(db_url) as base:
        sign_in(folder, database_path(folder), server=base, username="admin", password=PASSWORD)
        window = MainWindow(opts.Settings())
        window.open_workspace(folder)
        window.resize(1300, 760)
        window.show()
        settle(app)
        panel = window.sync_panel
        panel.batch_size = 3
        window.show_sync_panel()
        settle(app)
        # One sync cancelled after its first batch, then one that sends the rest.
        panel.sync_now()
        assert panel.task is not None
        panel.task.progressed.connect(
            lambda value: (
                panel.cancel()
                if getattr(value, "phase", "") == "push" and getattr(value, "done", 0) >= 3
                else None
            )
        )
        settle(app)
        panel.sync_now()
        settle(app)
        for code in ("en", "fa"):
            i18n.set_language(code)
            settle(app)
            dialog = window.open_sign_in()
            settle(app)
            assert dialog is not None
            dialog.password.setText("not the password")
            dialog.sign_in()
            settle(app)
            dialog.grab().save(str(OUT / f"sign-in-{code}.png"))
            dialog.reject()
            settle(app)
    # The server has stopped: one more completed interview, and a sync that cannot reach it.
    i18n.set_language("en")
    make_more_work(folder)
    window.list_panel.model.data_changed()
    panel.retries = 0
    panel.sync_now()
    settle(app)
    for code in ("en", "fa"):
        i18n.set_language(code)
        settle(app)
        panel.resize(520, 640)
        panel.grab().save(str(OUT / f"sync-panel-{code}.png"))
    window.close()
    ops.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(f"wrote {OUT}/sync-panel-*.png and sign-in-*.png\n")


if __name__ == "__main__":
    main()
