"""Settings: declared defaults, values kept between runs, the dialog, and the window layout."""

from __future__ import annotations

from pathlib import Path

from app.ui import i18n
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.ui.helpers import type_text, wait_for_ops


def test_defaults_when_nothing_is_stored() -> None:
    """A fresh install reads every option's declared default."""
    settings = opts.Settings()
    for option in opts.OPTIONS:
        assert settings.get(option) == option.default
    assert settings.get(opts.LANGUAGE) == "en"


def test_values_persist_on_disk_and_defaults_come_back(tmp_path: Path) -> None:
    """What is set is read back by a new Settings (a new run) from the settings file."""
    first = opts.Settings()
    first.set(opts.ENUMERATOR_NAME, "Nguyễn Thị Lan")
    first.set(opts.SERVER_URL, "https://tinjau.example.org")
    first.sync()
    assert (tmp_path / "config" / "Tinjau" / "Tinjau.ini").is_file()  # the test's own folder
    second = opts.Settings()
    assert second.get(opts.ENUMERATOR_NAME) == "Nguyễn Thị Lan"
    assert second.get(opts.SERVER_URL) == "https://tinjau.example.org"
    second.restore_defaults()
    assert opts.Settings().get(opts.ENUMERATOR_NAME) == ""


def test_dialog_saves_what_was_typed(qtbot, census_dir: Path) -> None:
    """The Settings dialog shows the stored values and saves the edited ones on OK."""
    settings = opts.Settings()
    settings.set(opts.ENUMERATOR_ID, "E-017")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert dialog.enumerator_id.text() == "E-017"
    dialog.data_dir.setText(str(census_dir))
    type_text(qtbot, dialog.enumerator_name, "Siti Aminah")
    dialog.language.setCurrentIndex(dialog.language.findData("ms"))
    dialog.standard.setCurrentIndex(dialog.standard.findData("vn-2022-2025"))
    dialog.server_url.setText("http://localhost:8000")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = opts.Settings()
    assert stored.get(opts.DATA_DIR) == str(census_dir)
    assert stored.get(opts.ENUMERATOR_NAME) == "Siti Aminah"
    assert stored.get(opts.LANGUAGE) == "ms"
    assert stored.get(opts.STANDARD_ID) == "vn-2022-2025"
    assert stored.get(opts.SERVER_URL) == "http://localhost:8000"


def test_dialog_refuses_a_folder_without_data_and_plain_http(qtbot, tmp_path: Path) -> None:
    """OK with a data-less folder or a plain-http server shows why, and saves nothing."""
    dialog = SettingsDialog(opts.Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.data_dir.setText(str(tmp_path))
    dialog.accept()
    assert dialog.isVisible()
    assert "tinjau.sqlite" in dialog.problem.text()
    dialog.data_dir.clear()
    dialog.server_url.setText("http://tinjau.example.org")
    dialog.accept()
    assert dialog.isVisible()
    assert "https://" in dialog.problem.text()
    assert opts.Settings().get(opts.SERVER_URL) == ""


def test_restore_defaults_fills_the_declared_defaults(qtbot) -> None:
    """The Restore Defaults button puts every declared default in the fields."""
    settings = opts.Settings()
    settings.set(opts.ENUMERATOR_NAME, "Ahmad")
    settings.set(opts.LANGUAGE, "fa")
    settings.set(opts.STANDARD_ID, "vn-2016-2020")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert dialog.language.currentData() == "fa"
    assert dialog.standard.currentData() == "vn-2016-2020"
    dialog.restore_defaults()
    assert dialog.enumerator_name.text() == ""
    assert dialog.language.currentData() == "en"
    assert dialog.standard.currentData() == opts.STANDARD_ID.default


def test_the_dialog_lists_the_shipped_standards_by_name_in_the_interface_language(qtbot) -> None:
    """Every standard the scoring package ships is offered by its own name in the interface
    language, the default standard is one of them and is chosen on a fresh install."""
    from app.survey.scoring import shipped_standards

    i18n.set_language("ms")
    dialog = SettingsDialog(opts.Settings())
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    shipped = {standard.id: standard.names["ms"] for standard in shipped_standards()}
    offered = {
        dialog.standard.itemData(row): dialog.standard.itemText(row)
        for row in range(dialog.standard.count())
    }
    assert offered == shipped
    assert dialog.standard.currentData() == opts.STANDARD_ID.default
    assert dialog.standard.currentText() == "Status kemiskinan e-Kasih (PGK 2019, per kapita)"


def test_the_standard_names_follow_a_language_switch_while_the_dialog_is_open(qtbot) -> None:
    """An open Settings dialog shows the standards' names in the language just switched to."""
    dialog = SettingsDialog(opts.Settings())
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert dialog.standard.currentText().startswith("Malaysia e-Kasih")
    i18n.set_language("vi")
    qtbot.waitUntil(lambda: dialog.standard.currentText().startswith("Tình trạng nghèo e-Kasih"))
    i18n.set_language("fa")
    qtbot.waitUntil(lambda: dialog.standard.currentText().startswith("وضعیت فقر e-Kasih"))


def test_changing_the_standard_rescores_the_open_interview(qtbot, tmp_path: Path) -> None:
    """OK in Settings with another standard re-scores the interview on screen at once."""
    from app.survey.scoring import find_standard
    from app.ui.interview.attach import attach_interview
    from tests.ui.interview_helpers import household_with, make_workspace

    folder = make_workspace(tmp_path / "data")
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    attach_interview(main)
    main.show()
    main.open_interview(household_with(folder, "in_progress"))
    wait_for_ops(qtbot)
    panel = main.interview_view.score_panel
    ekasih = find_standard(opts.STANDARD_ID.default).names["en"]
    assert panel.standard_name.text() == ekasih
    dialog = main.open_settings()
    wait_for_ops(qtbot)
    dialog.standard.setCurrentIndex(dialog.standard.findData("vn-2022-2025"))
    dialog.accept()
    wait_for_ops(qtbot)
    assert panel.standard_name.text() == find_standard("vn-2022-2025").names["en"]
    assert main.interview_view.standard is not None
    assert main.interview_view.standard.id == "vn-2022-2025"


def test_accepting_settings_applies_language_and_data_folder(qtbot, census_dir: Path) -> None:
    """OK in the Settings dialog opened from the window switches language and opens the folder."""
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    assert main.pages.currentWidget() is main.first_run
    dialog = main.open_settings()
    dialog.data_dir.setText(str(census_dir))
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.accept()
    wait_for_ops(qtbot)
    assert i18n.current_language() == "vi"
    assert main.pages.currentWidget() is main.splitter
    qtbot.waitUntil(lambda: main.list_panel.model.rowCount() == 300)


def test_window_size_and_splitter_are_restored_on_the_next_run(qtbot) -> None:
    """Size, splitter position and column widths come back when the window opens again."""
    first = MainWindow(opts.Settings())
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # inside the offscreen screen (800x600), or Qt clamps it
    first.splitter.setSizes([300, 420])
    first.list_panel.table.horizontalHeader().resizeSection(1, 333)
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(opts.Settings())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 520)
    assert second.splitter.sizes() == sizes
    assert second.list_panel.table.horizontalHeader().sectionSize(1) == 333


def test_a_saved_data_folder_that_is_gone_opens_the_first_run_page(qtbot, tmp_path: Path) -> None:
    """If the saved data folder was removed, the app still opens: first-run page, and a box
    saying what is wrong; its button opens Settings."""
    from app.ui.app import start
    from app.ui.qt import QMessageBox, QPushButton

    opts.Settings().set(opts.DATA_DIR, str(tmp_path / "gone"))
    _app, main = start(None, "en")
    qtbot.addWidget(main)
    # Waits for the page and the box (not for a time): on a busy machine they come later.
    qtbot.waitUntil(lambda: main.pages.currentWidget() is main.first_run)
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "errorBox") is not None)
    box = main.findChild(QMessageBox, "errorBox")
    assert box is not None and "has no Tinjau data" in box.text()
    box.close()
    button = main.findChild(QPushButton, "chooseDataFolder")
    button.click()
    assert main.findChild(SettingsDialog) is not None
