"""Starting the desktop app: the QApplication, settings, language, the main window, and the
offscreen `--screenshot` mode used by docs and tests."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from app.survey.errors import TinjauError

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_S = 60.0


def run(
    data_dir: str | None = None,
    language: str | None = None,
    screenshot: str | None = None,
    view: str = "list",
) -> int:
    """Open the main window (or render it to `screenshot` and return); returns an exit code."""
    if screenshot:
        # Offscreen, so a screenshot needs no display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif _no_display():
        raise TinjauError(
            "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
            "Run Tinjau on a desktop, or make a picture of it with --screenshot FILE.png."
        )
    from app.survey.db import backups
    from app.ui import ops

    # The daily backup and the one before a restore (not for a picture of the window).
    backups.enable_automatic(not screenshot)
    scratch = None
    if screenshot and not os.environ.get("TINJAU_CONFIG_DIR"):
        # Settings of its own, so the picture neither depends on nor changes the user's layout.
        scratch = tempfile.TemporaryDirectory(prefix="tinjau-screenshot-")
    window = None
    try:
        app, window = start(
            data_dir, language, scratch.name if scratch else None, remember=not screenshot
        )
        if screenshot:
            wait_until_loaded(app, window)
            if window.workspace_problem:
                raise TinjauError(window.workspace_problem)  # no picture of a window that failed
            if view == "interview":
                from app.ui.interview.attach import show_sample_interview

                show_sample_interview(app, window)
            elif view == "members":
                from app.ui.interview.attach import show_members_grid

                show_members_grid(app, window)
            return _screenshot(app, window, Path(screenshot))
        from app import __version__
        from app.ui import crash

        _log_info_to_file()
        log.info("Tinjau %s started", __version__)
        undo_crash_handler = crash.install(window)
        present(window, data_dir)
        if view in ("interview", "members") and window.workspace is not None:
            from app.ui.interview.attach import open_sample_interview

            open_sample_interview(window)
        try:
            return app.exec()
        finally:
            undo_crash_handler()
    finally:
        ops.shutdown()  # finishes every queued save first
        if window is not None:
            # Destroy the window now, while the QApplication still exists: left to the garbage
            # collector at interpreter exit, the order is undefined and Qt can crash on exit.
            from app.ui.qt import delete_now

            delete_now(window)
        if scratch is not None:
            scratch.cleanup()


def present(window, data_dir: str | None):  # type: ignore[no-untyped-def]
    """Show the window, or on a computer where no data folder was ever chosen (and none is
    named on the command line) the first-run assistant first; returns the assistant, if any."""
    from app.ui.first_run import needs_first_run, run_first

    if data_dir is None and window.workspace is None and needs_first_run(window.settings):
        return run_first(window, window.settings)
    window.show()
    return None


def _log_info_to_file() -> None:
    """The window's log file gets what the app does (INFO: folders and interviews opened, by
    id), while stderr keeps the level the command line chose."""
    root = logging.getLogger()
    if root.level <= logging.INFO:
        return
    for handler in root.handlers:
        console = isinstance(handler, logging.StreamHandler) and not isinstance(
            handler, logging.FileHandler
        )
        if console and handler.level == logging.NOTSET:
            handler.setLevel(root.level)  # a console handler: as quiet as it was
    root.setLevel(logging.INFO)


def _no_display() -> bool:
    """On Linux without X11 or Wayland Qt would abort with a core dump; say it in a sentence."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start(
    data_dir: str | None,
    language: str | None,
    settings_folder: str | None = None,
    remember: bool = False,
):  # type: ignore[no-untyped-def]
    """Make the QApplication and the main window on `data_dir` (or the saved folder).

    The window is not shown; its list fills in the background. With `remember`, a folder
    given on the command line becomes the saved one when none is saved yet.
    """
    from app.ui import i18n, ops
    from app.ui import settings as opts
    from app.ui.qt import QApplication
    from app.ui.workspace import Workspace

    opts.configure_storage()
    if settings_folder:
        opts.use_storage_folder(settings_folder)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.paths import APP_ICON
    from app.ui.qt import QIcon

    app.setWindowIcon(QIcon(str(APP_ICON)))
    settings = opts.Settings()
    folder = data_dir or settings.get(opts.DATA_DIR)
    workspace = None
    problem = None
    if folder:
        from app.paths import database_path
        from app.ui.unlock import ensure_unlocked

        try:
            if not ensure_unlocked(database_path(folder)):
                raise TinjauError("The workspace was left locked; open it again to unlock it.")
            workspace = Workspace.open(folder)
        except TinjauError as error:
            if data_dir:
                raise  # a folder named on the command line: say so and stop
            problem = str(error)  # the saved folder is gone: open on the first-run page
    if workspace is not None:
        ops.set_workspace(workspace)
        # Open (and if needed migrate) the database on its thread now, while this thread is
        # still importing and building the window: start-up time is the longer of the two.
        ops.task_manager().submit(lambda ctx: ctx.db, lambda _result, _error: None, _ignore)
    from app.ui.main_window import MainWindow

    i18n.set_language(language or settings.get(opts.LANGUAGE))
    window = MainWindow(settings)
    if problem is not None:
        ops.show_error(window, problem)
    if workspace is not None:
        window.open_workspace(workspace)
        if remember and data_dir and not settings.get(opts.DATA_DIR) and not settings_folder:
            settings.set(opts.DATA_DIR, str(workspace.data_dir))
    return app, window


def _ignore(_done: int, _total: int) -> None:
    """No progress to show for the early database open (a failure shows in the list's op)."""


def wait_until_loaded(app, window, timeout_s: float = SCREENSHOT_TIMEOUT_S) -> None:  # type: ignore[no-untyped-def]
    """Process events until the list and the navigator are filled and no op is pending."""
    from app.ui import ops

    deadline = time.monotonic() + timeout_s
    model = window.list_panel.model
    while not ops.is_idle() or model.loading:
        app.processEvents()
        if time.monotonic() > deadline:
            raise TinjauError("The list did not finish loading in time; no screenshot was made.")
        time.sleep(0.002)
    app.processEvents()


def _screenshot(app, window, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Render `window` at SCREENSHOT_SIZE to `path`."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    image = window.grab()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TinjauError(
            f"Could not make the folder {path.parent} for the screenshot ({error.strerror}); "
            "choose another place for it."
        ) from None
    if not image.save(str(path)):
        raise TinjauError(
            f"Could not write the screenshot to {path}; give a file name ending in .png, in a "
            "folder you can write to."
        )
    window.close()
    return 0
