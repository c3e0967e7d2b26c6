"""The poverty standard in Settings belongs to the open workspace: its standards (shipped and
installed) by name, its country's default, installing a file, and rescoring on OK."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.survey.countries import set_workspace_country
from app.survey.db import cipher, open_database
from app.survey.scoring import find_standard, shipped_standards
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.workspace import Workspace
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import household_with, make_workspace
from tests.workspace_files import digests

REPO = Path(__file__).resolve().parents[2]


def town_standard(folder: Path, version: str = "1.0") -> Path:
    """A supervisor's own standard file: the national Vietnamese one under its own id."""
    text = (REPO / "resources/standards/vn-2022-2025.toml").read_text(encoding="utf-8")
    text = text.replace('id = "vn-2022-2025"', 'id = "town-2026"', 1)
    text = text.replace('version = "1.0"', f'version = "{version}"', 1)
    text = text.replace('en = "Vietnam multidimensional', 'en = "Town multidimensional', 1)
    path = folder / "town-2026.toml"
    path.write_text(text, encoding="utf-8")
    return path


def settings_on(qtbot, folder: Path) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """The Settings dialog with `folder` open as the workspace, its standards listed."""
    settings = opts.Settings()
    settings.set(opts.DATA_DIR, str(folder))
    ops.set_workspace(Workspace.open(folder))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    return dialog


def offered(dialog: SettingsDialog) -> dict[str, str]:
    return {
        dialog.standard.itemData(row): dialog.standard.itemText(row)
        for row in range(dialog.standard.count())
    }


def meta(folder: Path, key: str) -> str | None:
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def test_the_dialog_lists_the_workspace_standards_by_name_in_the_interface_language(
    qtbot, census_dir: Path
) -> None:
    """Every shipped standard is offered by its own name in the interface language, and a
    Malaysian workspace with no choice made shows e-Kasih as its standard."""
    i18n.set_language("ms")
    dialog = settings_on(qtbot, census_dir)
    assert offered(dialog) == {s.id: s.names["ms"] for s in shipped_standards()}
    assert dialog.standard.isEnabled()
    assert dialog.standard.currentData() == "my-ekasih-pgk"
    assert dialog.standard.currentText() == "Status kemiskinan e-Kasih (PGK 2019, per kapita)"


def test_without_an_open_workspace_there_is_no_standard_to_choose(qtbot) -> None:
    """With no data folder open the standard choice and the install button are disabled, and
    OK asks the window to change no standard."""
    dialog = SettingsDialog(opts.Settings())
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert not dialog.standard.isEnabled() and not dialog.install.isEnabled()
    assert dialog.chosen_standard() is None


def test_the_standard_names_follow_a_language_switch_while_the_dialog_is_open(
    qtbot, census_dir: Path
) -> None:
    """An open Settings dialog shows the standards' names in the language just switched to."""
    dialog = settings_on(qtbot, census_dir)
    assert dialog.standard.currentText().startswith("Malaysia e-Kasih")
    i18n.set_language("vi")
    qtbot.waitUntil(lambda: dialog.standard.currentText().startswith("Tình trạng nghèo e-Kasih"))
    i18n.set_language("fa")
    qtbot.waitUntil(lambda: dialog.standard.currentText().startswith("وضعیت فقر e-Kasih"))


def test_a_vietnamese_workspace_shows_the_national_standard_and_restores_it(
    qtbot, tmp_path: Path
) -> None:
    """A Vietnamese workspace uses the national standard until another is chosen; Restore
    Defaults puts it back after Ho Chi Minh City's was picked."""
    folder = tmp_path / "data"
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        set_workspace_country(conn, "vn")
    dialog = settings_on(qtbot, folder)
    assert dialog.standard.currentData() == "vn-2022-2025"
    dialog.standard.setCurrentIndex(dialog.standard.findData("vn-hcmc-2019-2020"))
    assert dialog.chosen_standard() == "vn-hcmc-2019-2020"
    dialog.restore_defaults()
    assert dialog.standard.currentData() == "vn-2022-2025"


def test_another_data_folder_typed_leaves_the_standard_alone(qtbot, census_dir: Path) -> None:
    """The standard belongs to the open workspace: with another folder typed the choice is
    disabled and OK changes no workspace's standard."""
    dialog = settings_on(qtbot, census_dir)
    dialog.standard.setCurrentIndex(dialog.standard.findData("global-mpi-2018"))
    dialog.data_dir.setText(str(census_dir.parent))
    assert not dialog.standard.isEnabled()
    assert dialog.chosen_standard() is None


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a demo workspace (Malaysian: scored under e-Kasih)."""
    folder = make_workspace(tmp_path / "data")
    opts.Settings().set(opts.DATA_DIR, str(folder))
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    main.show()
    wait_for_ops(qtbot)
    return main


def test_changing_the_standard_rescores_the_open_interview_and_the_list(
    qtbot, window: MainWindow
) -> None:
    """OK in Settings with another standard stores it in the workspace, scores the stored
    interviews again, shows the new statuses in the list and rescores the interview on screen."""
    from app.ui.interview.attach import attach_interview

    folder = window.workspace.data_dir
    attach_interview(window)
    window.open_interview(household_with(folder, "in_progress"))
    wait_for_ops(qtbot)
    panel = window.interview_view.score_panel
    assert panel.standard_name.text() == find_standard("my-ekasih-pgk").names["en"]
    dialog = window.open_settings()
    wait_for_ops(qtbot)
    dialog.standard.setCurrentIndex(dialog.standard.findData("vn-2022-2025"))
    dialog.accept()
    wait_for_ops(qtbot)
    assert panel.standard_name.text() == find_standard("vn-2022-2025").names["en"]
    assert window.interview_view.standard.id == "vn-2022-2025"
    assert meta(folder, "standard") == "vn-2022-2025"
    vietnamese = {status.code for status in find_standard("vn-2022-2025").statuses}
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn:
        listed = {row[0] for row in conn.execute("SELECT poverty_status FROM households")}
        scored = conn.execute(
            "SELECT count(*) FROM scores WHERE standard_id = 'vn-2022-2025'"
        ).fetchone()[0]
    assert scored > 0
    assert listed - {None} and listed - {None} <= vietnamese | {"insufficient_data"}


def test_a_standard_installed_from_settings_is_listed_chosen_and_used(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "Install a standard file…" button checks the chosen file, keeps it in the
    workspace, lists it by its name and chooses it; OK then scores the households under it."""
    from app.ui import settings_dialog

    path = town_standard(tmp_path)
    # The native file dialog is the one edge that cannot run here: it answers with the file.
    monkeypatch.setattr(
        settings_dialog.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "")
    )
    dialog = window.open_settings()
    wait_for_ops(qtbot)
    dialog.install.click()
    wait_for_ops(qtbot)
    assert not dialog.problem.isVisible(), dialog.problem.text()
    assert offered(dialog)["town-2026"] == "Town multidimensional poverty standard 2022-2025"
    assert dialog.standard.currentData() == "town-2026"
    assert "Town multidimensional" in dialog.note.text()
    dialog.accept()
    wait_for_ops(qtbot)
    folder = window.workspace.data_dir
    assert meta(folder, "standard") == "town-2026"
    assert meta(folder, "standard_file:town-2026") == path.read_text(encoding="utf-8")


def test_a_bad_standard_file_is_refused_in_settings_with_its_lines_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A standard file with a mistake is refused in the dialog with the loader's `file:line`
    sentences, and every file of the workspace stays byte-identical."""
    folder = window.workspace.data_dir
    bad = town_standard(tmp_path)
    bad.write_text(
        bad.read_text(encoding="utf-8").replace('operator = "<"', 'operator = "=<"')
        + '\n[[rule]]\nstatus = "nobody"\nwhen = [["income", "=<", 3]]\n',
        encoding="utf-8",
    )
    ops.set_workspace(None)
    wait_for_ops(qtbot)
    before = digests(folder)
    window.open_workspace(folder)
    wait_for_ops(qtbot)
    dialog = window.open_settings()
    wait_for_ops(qtbot)
    dialog.install_file(str(bad))
    wait_for_ops(qtbot)
    assert dialog.problem.isVisible()
    assert f"{bad}:" in dialog.problem.text() and "problem(s)" in dialog.problem.text()
    assert "town-2026" not in offered(dialog)
    dialog.reject()
    ops.set_workspace(None)
    wait_for_ops(qtbot)
    assert digests(folder) == before


def test_a_newer_version_of_the_workspace_standard_is_applied_at_once(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Installing from Settings a newer version of the standard the workspace uses scores its
    interviews again under that version, and OK shows them (the window applies it again)."""
    from app.survey.scoring.workspace import install_standard, use_standard

    folder = window.workspace.data_dir
    ops.set_workspace(None)
    wait_for_ops(qtbot)
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        install_standard(conn, str(town_standard(tmp_path)))
        use_standard(conn, "town-2026")
    window.open_workspace(folder)
    wait_for_ops(qtbot)
    dialog = window.open_settings()
    wait_for_ops(qtbot)
    dialog.install_file(str(town_standard(tmp_path, version="1.1")))
    wait_for_ops(qtbot)
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn:
        versions = conn.execute(
            "SELECT DISTINCT standard_version FROM scores WHERE standard_id = 'town-2026'"
        ).fetchall()
    assert versions == [("1.1",)]
    assert dialog.chosen_standard() == "town-2026"
    dialog.accept()
    wait_for_ops(qtbot)
    assert meta(folder, "standard") == "town-2026"


def test_the_list_names_households_without_enough_data_in_every_language(
    census_dir: Path,
) -> None:
    """A household scored `insufficient_data` (no standard declares it) is named in the list in
    the interface language, as the score panel names it, never as its code."""
    from app.ui.household_model import (
        poverty_status_label,
        poverty_status_names,
        set_poverty_status_names,
    )

    with open_database(census_dir / "tinjau.sqlite", read_only=True) as db:
        set_poverty_status_names(poverty_status_names(db))
    assert poverty_status_label("insufficient_data") == "Not enough data"
    i18n.set_language("vi")
    assert poverty_status_label("insufficient_data") == "Chưa đủ dữ liệu"
