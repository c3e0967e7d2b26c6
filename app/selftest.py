"""`tinjau --self-test`: is everything this installation needs really there?

Run by CI on the Linux bundle (`installer/build_linux.sh`) and by an office before handing out a
laptop. It opens a temporary workspace (never the user's), compiles the household form without
any cache, loads every shipped standard, loads each translation, looks for the Qt plug-ins and
fonts the window needs, and draws the main window once offscreen on the temporary workspace's
census list. Each check prints one line; the first one that fails prints a sentence naming the
missing piece on stderr and the exit code is 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app import paths


class SelfTestFailed(Exception):
    """One check failed; the message names what is missing."""


# The Qt platform plug-in the window opens with on each system (the bundle must carry it).
DESKTOP_PLATFORM = {"linux": "qxcb", "win32": "qwindows", "darwin": "qcocoa"}
SELF_TEST_HOUSEHOLDS = 12


def run() -> int:
    """Run every check; 0 when all pass, 1 (after saying which and why) when one fails."""
    started = time.monotonic()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="tinjau-self-test-"))
    # Settings of its own: the self-test neither reads nor changes the user's.
    os.environ["TINJAU_CONFIG_DIR"] = str(scratch / "settings")
    checks: list[tuple[str, Callable[[], str]]] = [
        ("resources", _resources),
        ("versions", _versions),
        ("household form", _household_form),
        ("poverty standards", _standards),
        ("workspace", lambda: _workspace(scratch / "workspace")),
        ("Qt plug-ins", _qt_plugins),
        ("translations", _translations),
        ("fonts", _fonts),
        ("main window", lambda: _main_window(scratch / "workspace")),
        ("reports", _reports_graphics),
    ]
    out = sys.stdout
    try:
        for name, check in checks:
            try:
                detail = check()
            except SelfTestFailed as failure:
                sys.stderr.write(f"tinjau self-test FAILED at {name}: {failure}\n")
                return 1
            except Exception as error:  # noqa: BLE001 - a broken installation, said loudly
                sys.stderr.write(
                    f"tinjau self-test FAILED at {name}: {type(error).__name__}: {error}\n"
                )
                return 1
            out.write(f"ok  {name}: {detail}\n")
            out.flush()
    finally:
        _close_qt()
        shutil.rmtree(scratch, ignore_errors=True)
    out.write(f"tinjau self-test passed ({time.monotonic() - started:.1f} s)\n")
    return 0


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        raise SelfTestFailed(f"{what} is missing: {path} does not exist")
    return path


def _resources() -> str:
    from app.ui.i18n import LANGUAGES, SOURCE_LANGUAGE, qm_path

    _need(paths.HOUSEHOLD_FORM, "the household form")
    _need(paths.APP_ICON, "the app's icon")
    standards = sorted(paths.STANDARDS.glob("*.toml"))
    if not standards:
        raise SelfTestFailed(f"no poverty standard (*.toml) in {paths.STANDARDS}")
    for code in LANGUAGES:
        if code != SOURCE_LANGUAGE:
            _need(qm_path(code), f"the compiled {code} translation")
    return f"{paths.RESOURCES}"


def _versions() -> str:
    from app.versions import collect

    v = collect()
    return f"Tinjau {v.app}, form {v.form_id} {v.form_version}, {len(v.standards)} standards"


def _household_form() -> str:
    from app.survey.forms.loader import load_form

    form = load_form(paths.HOUSEHOLD_FORM, cache_dir="")  # no cache: pyxform itself must run
    return f"{form.definition.form_id} compiled"


def _standards() -> str:
    from app.survey.scoring.registry import shipped_standards

    return ", ".join(s.id for s in shipped_standards())


def _workspace(folder: Path) -> str:
    from app.survey.db import keys, open_database
    from app.survey.demo import build_demo

    # Encrypted like any workspace, with the demo's known passphrase (it is a demo, and the
    # window opens it without asking, as it opens any demo).
    keys.demo_passphrase_for_new()
    with open_database(paths.database_path(folder)) as db:
        summary = build_demo(db, SELF_TEST_HOUSEHOLDS, seed=1)
    return f"a temporary demo with {summary.households} households"


def _reports_graphics() -> str:
    """The Reports window's charts and PDF writer (QtCharts, loaded only when it opens)."""
    import app.ui.qtgraphics  # noqa: F401

    return "QtCharts and the PDF writer load"


def _application():  # type: ignore[no-untyped-def]
    from app.ui import settings as opts
    from app.ui.qt import QApplication

    opts.configure_storage()
    return QApplication.instance() or QApplication(sys.argv[:1])


def _qt_plugins() -> str:
    from app.ui.qt import QLibraryInfo, QPluginLoader

    _application()
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    wanted = DESKTOP_PLATFORM.get(sys.platform, "qxcb")
    found = list(folder.glob(f"*{wanted}.*")) if folder.is_dir() else []
    if not found:
        raise SelfTestFailed(
            f"the Qt platform plug-in {wanted} is missing from {folder}: the window could not "
            "open on this system"
        )
    loader = QPluginLoader(str(found[0]))
    if not loader.load():
        # The plug-in is there; what it links against is the system's to provide.
        sys.stderr.write(
            f"tinjau self-test: note: the Qt plug-in {found[0].name} needs a library this "
            f"system lacks ({loader.errorString()}); install it to open the window here.\n"
        )
    return f"{found[0].name} in {folder}"


def _translations() -> str:
    from app.ui.i18n import LANGUAGES, SOURCE_LANGUAGE, qm_path
    from app.ui.qt import QTranslator

    app = _application()
    loaded = []
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        translator = QTranslator(app)
        if not translator.load(str(qm_path(code))) or translator.isEmpty():
            raise SelfTestFailed(f"the {code} translation at {qm_path(code)} cannot be loaded")
        if not translator.translate("MainWindow", "&File"):
            raise SelfTestFailed(f"the {code} translation at {qm_path(code)} has no menu texts")
        loaded.append(code)
    return ", ".join(loaded)


def _fonts() -> str:
    from app.ui.qt import QFontDatabase

    _application()
    scripts = {
        "Latin (English, Malay)": QFontDatabase.WritingSystem.Latin,
        "Vietnamese": QFontDatabase.WritingSystem.Vietnamese,
        "Arabic script (Persian)": QFontDatabase.WritingSystem.Arabic,
    }
    found = []
    for name, system in scripts.items():
        families = QFontDatabase.families(system)
        if not families:
            raise SelfTestFailed(
                f"no font for {name} is installed, so its text would show as boxes; install "
                "one (for example the DejaVu fonts)"
            )
        found.append(f"{name}: {families[0]}")
    return "; ".join(found)


def _main_window(folder: Path) -> str:
    from app.ui import i18n
    from app.ui.app import start, wait_until_loaded
    from app.ui.qt import Qt

    app, window = start(str(folder), "en")
    _opened.append(window)
    wait_until_loaded(app, window)
    if window.workspace_problem:
        raise SelfTestFailed(f"the window could not open the workspace: {window.workspace_problem}")
    rows = window.list_panel.model.rowCount()
    if rows != SELF_TEST_HOUSEHOLDS:
        raise SelfTestFailed(f"the census list shows {rows} households, not {SELF_TEST_HOUSEHOLDS}")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    image = window.grab()
    if image.isNull() or image.width() < 100:
        raise SelfTestFailed("the main window could not be drawn")
    i18n.set_language("fa")
    app.processEvents()
    if app.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        raise SelfTestFailed("Persian did not turn the window right-to-left")
    if window.file_menu.title() == "&File":
        raise SelfTestFailed("the Persian translation did not reach the window")
    window.grab()
    from app.ui import settings as opts
    from app.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(opts.Settings())
    _opened.append(wizard)
    wizard.show()
    app.processEvents()
    if wizard.grab().isNull():
        raise SelfTestFailed("the first-run assistant could not be drawn")
    return f"drawn with {rows} households, in English and in Persian; the first-run assistant too"


_opened: list = []  # type: ignore[type-arg]


def _close_qt() -> None:
    """Finish the database thread and destroy the window while the QApplication exists."""
    if "app.ui.ops" not in sys.modules:
        return
    from app.ui import ops
    from app.ui.qt import delete_now

    ops.shutdown()
    while _opened:
        delete_now(_opened.pop())
