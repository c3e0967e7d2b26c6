"""Interface languages: the run-time switch (Persian right-to-left) and the translation files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui import i18n
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QApplication, Qt
from tests.ui.helpers import type_text

TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def texts(main: MainWindow) -> dict[str, str]:
    panel = main.list_panel
    return {
        "add": panel.add_button.text(),
        "search": panel.search.placeholderText(),
        "status": panel.status_filter.itemText(0),
        "header": panel.model.headerData(1, Qt.Orientation.Horizontal),
        "cell": panel.model.index(0, 2).data(),
        "menu": main.file_menu.title(),
        "tree": main.navigator.tree_model.item(0).text(),
    }


def test_switching_to_persian_translates_and_lays_out_right_to_left(qtbot, window) -> None:
    """Persian changes every label at once, turns the layout right-to-left, and keeps the
    search being typed and the list it found."""
    type_text(qtbot, window.list_panel.search, "tan mei")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 50)
    window.switch_language("fa")
    qtbot.waitUntil(lambda: window.list_panel.add_button.text() == "افزودن خانوار")
    shown = texts(window)
    assert shown["search"] == "جستجو با نام، کد ملی یا واحد"
    assert shown["status"] == "همه وضعیت‌ها"
    assert shown["header"] == "سرپرست خانوار"
    assert shown["cell"] == "تکمیل\u200cشده"  # Tan Mei Ling households are "complete"
    assert shown["menu"] == "&پرونده"
    assert shown["tree"].startswith("همه مناطق")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.list_panel.search.text() == "tan mei"
    assert window.list_panel.model.rowCount() == 50
    assert opts.Settings().get(opts.LANGUAGE) == "fa"


def test_switching_back_to_english_restores_texts_and_left_to_right(qtbot, window) -> None:
    """From Persian back to English, the texts are English again and the layout left-to-right."""
    english = texts(window)
    window.switch_language("fa")
    qtbot.waitUntil(lambda: texts(window)["add"] != english["add"])
    window.switch_language("en")
    qtbot.waitUntil(lambda: texts(window) == english)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    "code, add, not_visited",
    [("ms", "Tambah isi rumah", "Belum dilawati"), ("vi", "Thêm hộ", "Chưa đến")],
)
def test_malay_and_vietnamese_from_the_language_menu(qtbot, window, code, add, not_visited):
    """Each language in the Language menu translates the window and stays left-to-right."""
    window.language_actions[code].trigger()
    qtbot.waitUntil(lambda: window.list_panel.add_button.text() == add)
    assert window.list_panel.model.index(0, 2).data() == not_visited
    assert window.language_actions[code].isChecked()
    assert not window.language_actions["en"].isChecked()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_an_open_settings_dialog_follows_the_language(qtbot, window) -> None:
    """A dialog that is open when the language changes retranslates itself too."""
    dialog = window.open_settings()
    assert dialog.windowTitle() == "Settings"
    window.switch_language("vi")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Cài đặt")
    assert dialog.labels[0].text() == "Thư mục dữ liệu"
    dialog.reject()


def test_the_new_language_is_recorded_before_qt_announces_it(qtbot) -> None:
    """From Qt's first LanguageChange (sent to the application as a translator is installed)
    to the widgets retranslating, current_language() already gives the new language."""
    from app.ui.qt import QEvent, QObject, QWidget

    seen: list[tuple[str, str]] = []

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.LanguageChange:
                where = "app" if watched is QApplication.instance() else "widget"
                seen.append((where, i18n.current_language()))
            return False

    watcher = Watcher()
    widget = QWidget()
    qtbot.addWidget(widget)
    QApplication.instance().installEventFilter(watcher)
    try:
        for code in ("fa", "ms", "en"):
            seen.clear()
            i18n.set_language(code)
            qtbot.waitUntil(lambda: any(where == "widget" for where, _ in seen))
            assert {language for _, language in seen} == {code}, seen
    finally:
        QApplication.instance().removeEventFilter(watcher)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    """Every source text has a finished translation that keeps the same placeholders."""
    tree = ET.parse(i18n.ts_path(code))
    messages = list(tree.iter("message"))
    assert len(messages) > 50
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.text, source
        assert translation.get("type") is None, source  # not "unfinished" or "obsolete"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), source
        assert source.count("&") == translation.text.count("&"), source  # menu mnemonics


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_translations_match_their_sources(code: str, tmp_path: Path) -> None:
    """The committed .qm is what pyside6-lrelease makes from the committed .ts."""
    fresh = tmp_path / f"tinjau_{code}.qm"
    i18n.compile_translation(i18n.ts_path(code), fresh)
    assert i18n.qm_path(code).read_bytes() == fresh.read_bytes(), (
        f"run `python -m app.ui.i18n` to rebuild tinjau_{code}.qm"
    )


def test_every_marked_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    """pyside6-lupdate finds no source text anywhere in app/ui (the interview package too)
    that a .ts file lacks, under the same context, or leaves untranslated."""
    import subprocess

    from app.paths import ROOT

    extracted = tmp_path / "all.ts"
    lupdate = Path(i18n.lrelease()).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    assert any("interview" in source for source in sources)
    subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(extracted)],
        check=True,
        capture_output=True,
    )

    def messages(path: Path, finished: bool) -> set[tuple[str | None, str | None]]:
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
            if not finished or (message.findtext("translation") or "").strip()
        }

    wanted = messages(extracted, finished=False)
    assert len(wanted) > 100
    for code in TRANSLATED:
        have = messages(i18n.ts_path(code), finished=True)
        assert wanted - have == set(), f"tinjau_{code}.ts lacks these; run pyside6-lupdate"


def test_no_text_in_the_main_window_is_italic_in_persian(qtbot, window) -> None:
    """Nothing in the window (list, navigator, menus) is italic in Persian, where the oblique
    font would draw empty boxes."""
    from app.ui.qt import QWidget

    window.switch_language("fa")
    qtbot.waitUntil(lambda: window.list_panel.add_button.text() == "افزودن خانوار")
    for widget in [window, *window.findChildren(QWidget)]:
        widget.ensurePolished()
        assert not widget.font().italic(), widget.objectName() or type(widget).__name__
        assert "italic" not in widget.styleSheet(), widget.objectName()


@pytest.mark.parametrize(
    "code, pattern",
    [
        ("en", r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}"),
        ("ms", r"\d{1,2} [A-Z][a-z]{2,3} \d{4} \d{2}:\d{2}"),
        ("vi", r"\d{1,2} thg \d{1,2} \d{4} \d{2}:\d{2}"),
        ("fa", r"[۰-۹]{1,2} \S+ [۰-۹]{4} [۰-۹]{2}:[۰-۹]{2}"),
    ],
)
def test_the_list_shows_last_change_in_the_interface_language(qtbot, window, code, pattern):
    """The census list's "Last change" cells are day-first dates in the interface language."""
    from app.survey.records.queries import COLUMNS

    window.switch_language(code)
    column = COLUMNS.index("updated_at")
    qtbot.waitUntil(lambda: bool(window.list_panel.model.index(0, column).data()))
    for row in range(5):
        text = window.list_panel.model.index(row, column).data()
        assert re.fullmatch(pattern, text), text


def mnemonic(text: str) -> str | None:
    """The letter a `&` marks in a label or menu text (`&&` is a literal ampersand)."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found[1].casefold() if found else None


def clashes(texts: list[str]) -> list[str]:
    """The texts whose mnemonic another text of the same dialog or menu also uses."""
    letters = [mnemonic(text) for text in texts]
    return [t for t, m in zip(texts, letters, strict=True) if m and letters.count(m) > 1]


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_no_two_widgets_in_a_dialog_or_menu_share_a_mnemonic(qtbot, code: str) -> None:
    """In every language, the Alt+letter of each label and button in a dialog, and of each
    entry in a menu, is one no other in the same dialog or menu uses."""
    from app.ui.add_household_dialog import AddHouseholdDialog
    from app.ui.new_workspace_dialog import NewWorkspaceDialog
    from app.ui.qt import QLabel, QPushButton, QWidget
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.visit_outcome_dialog import VisitOutcomeDialog

    i18n.set_language(code)
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    dialogs: list[QWidget] = [
        AddHouseholdDialog(opts.Settings(), [("b1", "Blok A")], None, main),
        SettingsDialog(opts.Settings(), main),
        NewWorkspaceDialog(opts.Settings(), main),
        VisitOutcomeDialog(
            opts.Settings(), household_id="x", unit="A-1", status="refused", parent=main
        ),
    ]
    groups = {
        "menu bar": [a.text() for a in main.menuBar().actions()],
        "file menu": [a.text() for a in main.file_menu.actions()],
        "language menu": [a.text() for a in main.language_menu.actions()],
        "household menu": [a.text() for a in main.household_menu.actions()],
    }
    for dialog in dialogs:
        widgets = dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
        groups[type(dialog).__name__] = [w.text() for w in widgets]
    assert any(mnemonic(t) for t in groups["AddHouseholdDialog"])
    assert {name: clashes(texts) for name, texts in groups.items()} == {n: [] for n in groups}


LATIN_WITH_PUNCTUATION = re.compile(r"(?<![%\w])[A-Za-z0-9]+[-./:]+[A-Za-z0-9/]*")
ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")


def test_persian_translations_isolate_urls_paths_and_codes() -> None:
    """In a Persian sentence every written URL, file name, command or code pattern
    ("https://", "tinjau.sqlite", "YYYY-MM-DD", "A-12-03") sits in a direction isolate, so it
    is not turned around by the right-to-left text around it."""
    bare = []
    for message in ET.parse(i18n.ts_path("fa")).iter("message"):
        translation = message.findtext("translation") or ""
        loose = LATIN_WITH_PUNCTUATION.findall(ISOLATED.sub("", translation))
        if loose:
            bare.append((message.findtext("source"), loose))
    assert bare == []


def test_every_name_put_into_a_translated_sentence_is_isolated() -> None:
    """Each `{name}` filled into a translated sentence in app/ui (a folder, a log file, a unit,
    a block, a form and its version) is wrapped by i18n.isolate() or isolate_ltr()."""
    import ast

    from app.paths import ROOT

    loose = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "format" or not isinstance(node.func.value, ast.Call):
                continue
            inner = node.func.value.func
            if getattr(inner, "attr", getattr(inner, "id", "")) not in ("translate", "tr"):
                continue
            for keyword in node.keywords:
                call = keyword.value
                name = getattr(getattr(call, "func", None), "id", "")
                if name not in ("isolate", "isolate_ltr"):
                    loose.append(f"{path.name}:{node.lineno} {keyword.arg}")
    assert loose == []


def test_a_missing_data_folder_reads_the_right_way_round_in_persian(qtbot, tmp_path) -> None:
    """The Persian "no Tinjau data" sentence keeps the folder's path left-to-right in an
    isolate, and the file name and the command too."""
    from app.survey.errors import TinjauError
    from app.ui.workspace import Workspace

    i18n.set_language("fa")
    with pytest.raises(TinjauError) as raised:
        Workspace.open(tmp_path)
    message = str(raised.value)
    assert f"\u2066{tmp_path.resolve()}\u2069" in message
    assert "\u2066tinjau.sqlite\u2069" in message and message.startswith("پوشهٔ")


def test_persian_date_messages_name_the_calendar() -> None:
    """The Persian "write the date" messages say the date is Gregorian (میلادی), and the date
    one how to treat a Solar Hijri (شمسی) date from an identity card."""
    texts = {
        message.findtext("source"): message.findtext("translation") or ""
        for message in ET.parse(i18n.ts_path("fa")).iter("message")
    }
    assert "میلادی" in texts["Write the date as YYYY-MM-DD."]
    assert "شمسی" in texts["Write the date as YYYY-MM-DD."]
    assert "میلادی" in texts["Write the date and time as YYYY-MM-DDTHH:MM."]
