"""Rebuild docs/screenshots/first-run-*.png: every page of the first-run assistant, in English and
Persian, drawn offscreen by the app itself with a worker's typical answers. The workspace the
assistant makes goes to a temporary folder (the picture shows the default place it offers).

    .venv/bin/python scripts/first_run_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
# A worker's answers, per language: name, enumerator ID, country, area names.
ANSWERS = {
    "en": ("Nur Aisyah binti Rahman", "KL-0427", "my", ["Kuala Lumpur", "Lembah Pantai"]),
    "fa": ("زهرا احمدی", "TH-0311", "ir", ["تهران", "شهرستان تهران"]),
}
PAGES = ["language", "worker", "mode", "workspace", "interview"]


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="tinjau-first-run-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TINJAU_CONFIG_DIR"] = str(scratch / "config")
    # The place the assistant offers, as on a worker's Linux laptop.
    os.environ["XDG_DATA_HOME"] = "/home/aisyah/.local/share"
    from app.ui import i18n, ops
    from app.ui import settings as opts
    from app.ui.first_run import FirstRunWizard
    from app.ui.qt import QApplication

    opts.configure_storage()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for language, (name, worker_id, country, areas) in ANSWERS.items():
        i18n.set_language("en")
        wizard = FirstRunWizard(opts.Settings())
        wizard.show()
        wizard.language.languages.setCurrentRow(list(i18n.LANGUAGES).index(language))
        wizard.worker.name.setText(name)
        wizard.worker.worker_id.setText(worker_id)
        fields = wizard.workspace.fields
        fields.country.setCurrentIndex(fields.country.findData(country))
        for field, area in zip(fields.areas, areas, strict=False):
            field.setText(area)
        for number, page in enumerate(PAGES, start=1):
            settle(app)
            path = OUT / f"first-run-{number}-{page}-{language}.png"
            if not wizard.grab().save(str(path)):
                sys.stderr.write(f"could not write {path}\n")
                return 1
            sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
            if page == "workspace":
                fields.folder.setText(str(scratch / f"workspace-{language}"))
            if page != PAGES[-1]:
                before = wizard.currentId()
                wizard.next()
                deadline = time.monotonic() + 30
                while wizard.currentId() == before:  # the workspace is made in the background
                    app.processEvents()
                    if time.monotonic() > deadline:
                        sys.stderr.write(f"the assistant did not leave the {page} page\n")
                        return 1
                    time.sleep(0.01)
        wizard.close()
    ops.shutdown()
    return 0


def settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let posted events (language changes, layouts) run before a picture is taken."""
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
