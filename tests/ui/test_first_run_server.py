"""The first-run assistant's server choice, driven with the keyboard against a real
`tinjau-server` process on a loopback port: a supervisor publishes a census list, an
assignment, a form version and a standard for an enumerator; the enumerator runs the assistant,
chooses the server, signs in (after a wrong password, said as a sentence) and its first sync
brings the published work into a new workspace; Finish opens the census list with it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui import i18n, network
from app.ui import settings as opts
from app.ui.app import present
from app.ui.first_run import (
    INTERVIEW_PAGE,
    MODE_PAGE,
    SERVER_PAGE,
    WORKER_PAGE,
    WORKSPACE_PAGE,
    FirstRunWizard,
)
from app.ui.main_window import MainWindow
from app.ui.qt import Qt, QWizard
from tests.server.conftest import PASSWORD, add_user, login, running_server
from tests.server.test_publish import (
    SITE,
    WARD,
    Office,
    form_file,
    household,
    standard_text,
    tree,
)
from tests.server.test_sync_client import prepare_server
from tests.ui.helpers import plain, type_text, wait_for_ops
from tests.workspace_files import digests


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """A real server where the ward's supervisor published two households, the block's
    assignment to the enumerator "siti", a form version and a standard."""
    work = tmp_path_factory.mktemp("office")
    db_url = f"sqlite:///{work / 'server.sqlite'}"
    prepare_server(db_url)
    add_user(db_url, "boss", "supervisor", [WARD])
    add_user(db_url, "siti", "enumerator", [SITE])
    with running_server(db_url) as base:
        office = Office(base, {name: login(base, name) for name in ("admin", "boss")})
        areas = tree(office)
        assignment = {
            "record_type": "assignment", "record_id": "0190a0b0-0000-7000-8000-000000000001",
            "data": {"id": "0190a0b0-0000-7000-8000-000000000001", "enumerator_id": "siti",
                     "area_id": areas["block"]["id"], "assigned_by": "boss",
                     "assigned_at": "2026-12-05T08:00:00.000000Z"},
        }  # fmt: skip
        census = [household(areas), household(areas, "unit2", head_name="Neighbour")]
        published = office.post("boss", "/publish", {"items": [*census, assignment]})
        assert published.status_code == 200, published.text
        assert office.post("boss", "/forms", form_file(work, "2027010101")).status_code == 201
        standard = {"area": WARD, "text": standard_text()}
        assert office.post("boss", "/standards", standard).status_code == 201
        yield office


def enter(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def wait_for_network(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(network.is_idle, timeout=60_000)
    wait_for_ops(qtbot)


def started(qtbot) -> tuple[MainWindow, FirstRunWizard]:  # type: ignore[no-untyped-def]
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    wizard = present(window, None)
    assert wizard is not None
    qtbot.addWidget(wizard)
    return window, wizard


def to_server_page(qtbot, wizard: FirstRunWizard, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Language as it is, the worker, the server choice (by keyboard), the folder; the
    workspace is made and the server page shows."""
    enter(qtbot, wizard)
    assert wizard.currentId() == WORKER_PAGE
    wizard.worker.name.setFocus()
    type_text(qtbot, wizard.worker.name, "Siti Nurhaliza")
    wizard.worker.worker_id.setFocus()
    type_text(qtbot, wizard.worker.worker_id, "siti")
    enter(qtbot, wizard)
    assert wizard.currentId() == MODE_PAGE
    mode = wizard.mode
    assert mode.server.isEnabled() and "for now" not in mode.local.text()
    qtbot.keyClick(mode.server, Qt.Key.Key_Space)  # Space chooses the server
    assert mode.server.isChecked()
    enter(qtbot, wizard)
    assert wizard.currentId() == WORKSPACE_PAGE
    fields = wizard.workspace.fields
    # The areas come from the server: only the folder and the country are asked.
    assert not any(field.isVisible() for field in fields.areas)
    assert fields.country.isVisible() and fields.country_code() == "my"
    fields.folder.setText(str(folder))
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SERVER_PAGE, timeout=10_000)


def test_the_enumerator_signs_in_and_the_first_sync_fills_the_census_list(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, wizard = started(qtbot)
    folder = tmp_path / "siti"
    to_server_page(qtbot, wizard, folder)
    page = wizard.page(SERVER_PAGE)
    # Nothing typed: a sentence, and nothing sent anywhere.
    page.server.clear()
    enter(qtbot, wizard)
    assert wizard.currentId() == SERVER_PAGE
    assert page.problem.text() == "Type the server's address."
    assert not (folder / "sync.json").exists()
    page.server.setFocus()
    type_text(qtbot, page.server, office.base)
    page.username.setFocus()
    type_text(qtbot, page.username, "siti")
    enter(qtbot, wizard)
    assert page.problem.text() == "Type your password."
    # A wrong password: the server's refusal as a sentence; the page stays, nothing kept.
    page.password.setFocus()
    type_text(qtbot, page.password, "not the password")
    before = digests(folder)
    enter(qtbot, wizard)
    wait_for_network(qtbot)
    assert wizard.currentId() == SERVER_PAGE
    assert "The user name or the password is wrong" in page.problem.text()
    assert page.problem.isVisible() and not (folder / "sync.json").exists()
    assert digests(folder) == before
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # The right one: signed in, then the first sync with its progress, then the next page.
    page.password.setFocus()
    page.password.selectAll()
    type_text(qtbot, page.password, PASSWORD)
    phases: list[str] = []
    enter(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: page.task is not None and page._state == "syncing", timeout=30_000)  # noqa: SLF001
    page.task.progressed.connect(lambda value: phases.append(getattr(value, "phase", "")))
    qtbot.waitUntil(lambda: wizard.currentId() == INTERVIEW_PAGE, timeout=60_000)
    assert "pull" in phases
    assert page.progress.value() == page.progress.maximum()
    assert plain(page.status.text()).startswith("Received: ")
    assert page.password.text() == ""  # never kept
    stored = json.loads((folder / "sync.json").read_text(encoding="utf-8"))
    assert stored["username"] == "siti" and PASSWORD not in json.dumps(stored)
    enter(qtbot, wizard)  # Finish

    qtbot.waitUntil(window.isVisible)
    wait_for_network(qtbot)
    assert window.workspace is not None and window.workspace.data_dir == folder.resolve()
    settings = opts.Settings()
    assert settings.get(opts.DATA_DIR) == str(folder.resolve())
    assert settings.get(opts.SERVER_URL) == office.base
    heads = sorted(
        plain(str(window.list_panel.model.index(row, column).data()))
        for row in range(window.list_panel.model.rowCount())
        for column in range(window.list_panel.model.columnCount())
        if "Head of the house" in str(window.list_panel.model.index(row, column).data())
        or "Neighbour" in str(window.list_panel.model.index(row, column).data())
    )
    assert heads == ["Head of the house", "Neighbour"]
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'country'").fetchone() == ("my",)
        assert conn.execute("SELECT enumerator_id FROM assignments").fetchall() == [("siti",)]
        assert conn.execute("SELECT version FROM form_versions").fetchall() == [("2027010101",)]
        assert conn.execute(
            "SELECT count(*) FROM meta WHERE key = 'standard_file:town-2026'"
        ).fetchone() == (1,)
    # The first sync is the first entry of the sync log.
    window.show_sync_panel()
    wait_for_network(qtbot)
    log = plain(window.sync_panel.log.toPlainText())
    assert "Finished" in log and "Received: " in log and "Head of" not in log


def test_cancel_after_signing_in_keeps_a_signed_in_workspace(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Cancel on the server page once the workspace exists: it is kept, remembered and opened
    (signed in when the sign-in was done); Sync now receives the rest later."""
    window, wizard = started(qtbot)
    folder = tmp_path / "siti"
    to_server_page(qtbot, wizard, folder)
    page = wizard.page(SERVER_PAGE)
    page.server.setText(office.base)
    page.username.setText("siti")
    page.password.setText(PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: page.credentials is not None, timeout=30_000)
    wizard.reject()
    qtbot.waitUntil(window.isVisible)
    wait_for_network(qtbot)
    assert opts.Settings().get(opts.DATA_DIR) == str(folder.resolve())
    assert window.workspace is not None and (folder / "sync.json").is_file()
    window.show_sync_panel()
    wait_for_network(qtbot)
    assert "siti" in plain(window.sync_panel.account.text())


@pytest.mark.parametrize("code", ["ms", "vi", "fa"])
def test_the_server_page_speaks_each_language(qtbot, code: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A refusal on the server page in the interface's language; Persian right to left with
    the address still typed left to right."""
    _window, wizard = started(qtbot)
    wizard.language.languages.setCurrentRow(list(i18n.LANGUAGES).index(code))
    wizard.next()
    wizard.worker.name.setText("Siti")
    wizard.worker.worker_id.setText("siti")
    wizard.next()
    wizard.mode.server.setChecked(True)
    wizard.next()
    wizard.workspace.fields.folder.setText(str(tmp_path / "ws"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SERVER_PAGE, timeout=10_000)
    page = wizard.page(SERVER_PAGE)
    page.server.clear()
    wizard.next()
    assert page.problem.isVisible() and page.problem.text() != "Type the server's address."
    assert page.title() != "Sign in to your office's server"
    assert page.server.layoutDirection() == Qt.LayoutDirection.LeftToRight
    rtl = Qt.LayoutDirection.RightToLeft if code == "fa" else Qt.LayoutDirection.LeftToRight
    assert wizard.layoutDirection() == rtl


def test_back_from_the_server_page_keeps_the_workspace_made(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Back after a refused sign-in: the workspace made stays as it is (Next does not make it
    again); back on the mode page, working offline shows the area fields again."""
    _window, wizard = started(qtbot)
    folder = tmp_path / "siti"
    to_server_page(qtbot, wizard, folder)
    page = wizard.page(SERVER_PAGE)
    page.server.setText(office.base)
    page.username.setText("siti")
    page.password.setText("wrong")
    wizard.next()
    wait_for_network(qtbot)
    assert "wrong" in page.problem.text() and not (folder / "sync.json").exists()
    made = digests(folder)
    wizard.back()
    assert wizard.currentId() == WORKSPACE_PAGE
    wizard.next()  # the same folder: used as it is, straight to the server page
    assert wizard.currentId() == SERVER_PAGE and digests(folder) == made
    wizard.back()
    wizard.back()
    assert wizard.currentId() == MODE_PAGE
    wizard.mode.local.setChecked(True)
    wizard.next()
    assert all(not field.isHidden() for field in wizard.workspace.fields.areas)
    wizard.next()  # offline, the server page is skipped
    assert wizard.currentId() == INTERVIEW_PAGE
