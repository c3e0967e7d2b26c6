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
        # Offscreen, so a screenshot needs no display; and settings of its own, so the picture
        # does not depend on (or change) the user's saved window layout and language.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui import i18n, ops
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow
    from app.ui.qt import QApplication

    if view != "list":
        raise TinjauError("The interview view is not in this version yet; use --view list.")
    opts.configure_storage()
    scratch = None
    if screenshot and not os.environ.get(opts.CONFIG_DIR_ENV):
        scratch = tempfile.TemporaryDirectory(prefix="tinjau-screenshot-")
        opts.use_storage_folder(scratch.name)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = opts.Settings()
    i18n.set_language(language or settings.get(opts.LANGUAGE))
    window = MainWindow(settings)
    folder = data_dir or settings.get(opts.DATA_DIR)
    try:
        if folder:
            window.open_workspace(folder)
            if data_dir and not settings.get(opts.DATA_DIR) and not screenshot:
                settings.set(opts.DATA_DIR, str(Path(data_dir).resolve()))
        if screenshot:
            return _screenshot(app, window, Path(screenshot), wait=bool(folder))
        window.show()
        return app.exec()
    finally:
        ops.shutdown()
        if scratch is not None:
            scratch.cleanup()


def _screenshot(app, window, path: Path, wait: bool) -> int:  # type: ignore[no-untyped-def]
    """Render `window` at SCREENSHOT_SIZE to `path` once the list and navigator are filled."""
    from app.ui import ops

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    model = window.list_panel.model
    while True:
        app.processEvents()
        busy = not ops.is_idle() or (wait and model.loading)
        if not busy:
            break
        if time.monotonic() > deadline:
            raise TinjauError("The list did not finish loading in time; no screenshot was made.")
        time.sleep(0.005)
    app.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise TinjauError(f"Could not write the screenshot to {path}; check the folder exists.")
    window.close()
    return 0
