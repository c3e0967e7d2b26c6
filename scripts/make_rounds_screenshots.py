"""Rebuild the screenshots of the Reports window's "Survey rounds" tab in docs/reports.md, in
English and Persian, rendered offscreen by the app itself from a workspace with two rounds
(the demo, then re-interviews with changed incomes: tests/rounds_data.py).

    .venv/bin/python scripts/make_rounds_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from app.ui import i18n, ops
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow
    from app.ui.qt import QApplication
    from tests.rounds_data import build_two_rounds

    app = QApplication.instance() or QApplication(["tinjau"])
    work = Path(tempfile.mkdtemp(prefix="tinjau-rounds-shots-"))
    opts.configure_storage()
    opts.use_storage_folder(str(work / "config"))
    data = work / "data"
    build_two_rounds(data, households=900)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        deadline = time.monotonic() + 60
        while not ops.is_idle() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()

    for lang in ("en", "fa"):
        i18n.set_language(lang)
        window = MainWindow(opts.Settings())
        window.open_workspace(data)
        window.show()
        settle()
        reports = window.open_reports()
        settle()
        reports.resize(1200, 980)
        reports.choose(area="kuala_lumpur/LPT/LPT01")
        reports.refresh()
        settle()
        reports.tabs.setCurrentWidget(reports.rounds_tab)
        settle()
        name = f"reports-rounds-{lang}.png"
        reports.grab().toImage().save(str(OUT / name))
        print(f"wrote docs/screenshots/{name}")
        reports.close()
        window.close()
        settle()
    ops.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
