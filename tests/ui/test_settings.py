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
    dialog.server_url.setText("http://localhost:8000")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = opts.Settings()
    assert stored.get(opts.DATA_DIR) == str(census_dir)
    assert stored.get(opts.ENUMERATOR_NAME) == "Siti Aminah"
    assert stored.get(opts.LANGUAGE) == "ms"
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
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert dialog.language.currentData() == "fa"
    dialog.restore_defaults()
    assert dialog.enumerator_name.text() == ""
    assert dialog.language.currentData() == "en"


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
    assert main.pages.currentWidget() is main.first_run
    box = main.findChild(QMessageBox, "errorBox")
    assert box is not None and "has no Tinjau data" in box.text()
    box.close()
    button = main.findChild(QPushButton, "chooseDataFolder")
    button.click()
    assert main.findChild(SettingsDialog) is not None
