"""Every way a sync can fail is said in the worker's language: each `SyncError` app/sync raises
names a code from its registry (app.sync.client.CLIENT_CODES), each of those codes and each
server code the registry lists has its own sentence in English, Malay, Vietnamese and Persian,
and a sync whose kept file is gone says so in Persian in the panel (a real server process)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records import attachments, interviews
from app.sync import client
from app.sync.login import sign_in
from app.ui import i18n
from app.ui.sync_text import sync_error_text
from tests.server.conftest import PASSWORD, running_server
from tests.server.test_attachments_sync import photo
from tests.server.test_sync_client import make_client, prepare_server
from tests.ui.helpers import plain, wait_for_ops

SYNC_PACKAGE = Path(client.__file__).parent
SERVER = "https://tinjau.example.org"
FALLBACK = "(the English sentence app.sync gave)"
CODES = sorted(client.CLIENT_CODES | client.SERVER_CODES)


def sync_error_calls() -> list[tuple[str, int, str, ast.expr | None]]:
    """(file, line, enclosing function, the `code=` expression or None) of every
    `SyncError(...)` in app/sync."""
    found = []
    for path in sorted(SYNC_PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "SyncError":
                    code = next((k.value for k in node.keywords if k.arg == "code"), None)
                    found.append((path.name, node.lineno, function.name, code))
    return found


def test_every_sync_error_in_app_sync_names_a_registered_code() -> None:
    """No `SyncError(` without `code=`; a written-out code is one of CLIENT_CODES (or a server
    code the client raises itself, such as client_outdated); only `_answer`, which passes the
    server's own code on, computes one. And every registered client code is raised somewhere."""
    calls = sync_error_calls()
    assert len({(name, line) for name, line, _f, _c in calls}) >= 15  # the walk found them
    without = [f"{name}:{line}" for name, line, _f, code in calls if code is None]
    assert without == [], f"SyncError without code= at {without}"
    literal = {c.value for _n, _l, _f, c in calls if isinstance(c, ast.Constant)}
    assert literal - (client.CLIENT_CODES | client.SERVER_CODES) == set()
    computed = {
        (name, function)
        for name, _l, function, c in calls
        if c is not None and not isinstance(c, ast.Constant)
    }
    assert computed == {("client.py", "_answer")}
    assert client.CLIENT_CODES - literal == set(), "a registered code nothing raises"


@pytest.mark.parametrize("code", CODES)
def test_every_registered_code_has_its_own_sentence_in_every_language(qtbot, code: str) -> None:
    """Each code: an English sentence of the window's own (not app.sync's fallback), and in
    ms, vi and fa a translation of it (not the English), naming the server where it says %1."""
    try:
        i18n.set_language("en")
        english = sync_error_text(code, FALLBACK, SERVER)
        assert english != FALLBACK and "%1" not in english
        for language in ("ms", "vi", "fa"):
            i18n.set_language(language)
            said = sync_error_text(code, FALLBACK, SERVER)
            assert said not in (FALLBACK, english), (language, code)
            assert "%1" not in said and "%2" not in said
            assert (SERVER in said) == (SERVER in english), (language, code)
    finally:
        i18n.set_language("en")


def test_a_server_code_without_words_of_its_own_is_a_sentence_naming_it(qtbot) -> None:
    """A refusal the window has no words for keeps the server's English sentence in English
    and is a translated sentence naming the code in the other languages."""
    try:
        i18n.set_language("en")
        assert sync_error_text("area_forbidden", FALLBACK, SERVER) == FALLBACK
        i18n.set_language("vi")
        said = plain(sync_error_text("area_forbidden", FALLBACK, SERVER))
        assert said.startswith(f"Máy chủ tại {SERVER} đã từ chối công việc (area_forbidden).")
    finally:
        i18n.set_language("en")


def complete_with_photo(folder: Path, source: Path) -> None:
    """Complete the interview of the folder's first household on the shipped household form,
    its answer naming `source` kept as a photo in attachments/."""
    from server.core.publish import shipped_forms

    ((form_id, version),) = shipped_forms()
    with open_database(database_path(folder)) as db:
        with db.read() as conn:
            household = str(
                conn.exec_driver_sql("SELECT id FROM households ORDER BY id LIMIT 1").scalar()
            )
        interview = uuid7()
        kept = attachments.add_file(
            db, interview_id=interview, source=source, question_type="photo"
        )
        draft = interviews.Draft(
            interview_id=interview, household_id=household, form_id=form_id,
            form_version=version, answers={"door_photo": kept.name}, position={},
            enumerator_id="enum01", sequence=1,
        )  # fmt: skip
        with db.write() as conn:
            interviews.complete(conn, draft=draft, score=None, household_size=3)


def test_a_sync_whose_kept_file_is_gone_says_so_in_persian(qtbot, tmp_path: Path) -> None:
    """A completed interview names a photo that was deleted from attachments/: the sync (a real
    server process) stops on it, and the panel says so, and what to do, in Persian."""
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow
    from tests.ui.test_sync_desktop import wait_for_network

    db_url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    prepare_server(db_url)
    folder = tmp_path / "tablet"
    make_client(folder, households=3, completed=0)
    complete_with_photo(folder, photo(tmp_path, "door.png", 2_000, 3))
    kept = [p for p in (folder / "attachments").rglob("*") if p.is_file()]
    assert len(kept) == 1
    kept[0].unlink()
    with running_server(db_url) as base:
        sign_in(folder, database_path(folder), server=base, username="admin", password=PASSWORD)
        window = MainWindow(opts.Settings())
        qtbot.addWidget(window)
        window.open_workspace(folder)
        window.show()
        wait_for_ops(qtbot)
        try:
            i18n.set_language("fa")
            window.show_sync_panel()
            panel = window.sync_panel
            panel.retries = 0
            panel.batch_size = 1  # the interview in a batch of its own, after the households
            window.sync_now_action.trigger()
            wait_for_network(qtbot)
            said = plain(panel.phase_label.text())
            log = plain(panel.log.toPlainText())
        finally:
            i18n.set_language("en")
            window.close()
    sentence = "فایلی (عکس یا صدای ضبط‌شده) که یک مصاحبهٔ کامل‌شده نام می‌برد در پوشهٔ پیوست‌های"
    assert sentence in said and sentence in log
    assert "attachments/" not in said  # not the English sentence
