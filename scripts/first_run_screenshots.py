"""Rebuild docs/screenshots/first-run-*.png: every page of the first-run assistant, in English and
Persian, drawn offscreen by the app itself with a worker's typical answers. Two runs per
language: working offline (a local workspace with its areas), and with the office's server (a
real `tinjau-server` process on a loopback port, where a supervisor published a census list and
an assignment; the server page is drawn filled in, then during its first sync). The workspaces
go to a temporary folder (the picture shows the default place the assistant offers).

    .venv/bin/python scripts/first_run_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
# A worker's answers, per language: name, enumerator ID, country, area names.
ANSWERS = {
    "en": ("Nur Aisyah binti Rahman", "KL-0427", "my", ["Kuala Lumpur", "Lembah Pantai"]),
    "fa": ("زهرا احمدی", "TH-0311", "ir", ["تهران", "شهرستان تهران"]),
}
# The pictures' numbers are the pages' places in the assistant (5 is the server's page).
LOCAL = {1: "language", 2: "worker", 3: "mode", 4: "workspace", 6: "interview"}
# With a server: the pictures of the pages that differ (the others are as above).
SERVER = ["mode-server", "workspace-server", "server", "server-sync"]
SERVER_URL = "https://tinjau.example.org"  # what the picture shows in the address field


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="tinjau-first-run-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TINJAU_CONFIG_DIR"] = str(scratch / "config")
    # The place the assistant offers, as on a worker's Linux laptop.
    os.environ["XDG_DATA_HOME"] = "/home/aisyah/.local/share"
    from app.ui import ops
    from app.ui import settings as opts
    from app.ui.qt import QApplication

    opts.configure_storage()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ANSWERS:
        if not local_run(app, scratch, language):
            return 1
    with office(scratch) as base:
        for language in ANSWERS:
            if not server_run(app, scratch, language, base):
                return 1
    ops.shutdown()
    return 0


def start(language: str):  # type: ignore[no-untyped-def]
    from app.ui import i18n
    from app.ui import settings as opts
    from app.ui.first_run import FirstRunWizard

    name, worker_id, country, _areas = ANSWERS[language]
    i18n.set_language("en")
    wizard = FirstRunWizard(opts.Settings())
    wizard.show()
    wizard.language.languages.setCurrentRow(list(i18n.LANGUAGES).index(language))
    wizard.worker.name.setText(name)
    wizard.worker.worker_id.setText(worker_id)
    fields = wizard.workspace.fields
    fields.country.setCurrentIndex(fields.country.findData(country))
    return wizard


def local_run(app, scratch: Path, language: str) -> bool:  # type: ignore[no-untyped-def]
    wizard = start(language)
    for field, area in zip(wizard.workspace.fields.areas, ANSWERS[language][3], strict=False):
        field.setText(area)
    for number, page in LOCAL.items():
        settle(app)
        if not shot(wizard, f"first-run-{number}-{page}-{language}.png"):
            return False
        if page == "workspace":
            wizard.workspace.fields.folder.setText(str(scratch / f"workspace-{language}"))
        if page != "interview" and not go_on(app, wizard, page):
            return False
    wizard.close()
    return True


def server_run(app, scratch: Path, language: str, base: str) -> bool:  # type: ignore[no-untyped-def]
    from app.ui.first_run import SERVER_PAGE

    wizard = start(language)
    for page in ("language", "worker"):
        settle(app)
        if not go_on(app, wizard, page):
            return False
    wizard.mode.server.setChecked(True)
    settle(app)
    if not shot(wizard, f"first-run-3-mode-server-{language}.png"):
        return False
    go_on(app, wizard, "mode")
    settle(app)
    if not shot(wizard, f"first-run-4-workspace-server-{language}.png"):
        return False
    wizard.workspace.fields.folder.setText(str(scratch / f"server-workspace-{language}"))
    go_on(app, wizard, "workspace")
    page = wizard.page(SERVER_PAGE)
    page.server.setText(SERVER_URL)
    page.username.setText("siti")
    page.password.setText("correct horse battery")
    settle(app)
    if not shot(wizard, f"first-run-5-server-{language}.png"):
        return False
    page.server.setText(base)  # the real one, on this computer
    taken: list[bool] = []

    def during_sync(value: object) -> None:
        if getattr(value, "phase", "") == "pull" and not taken:
            page.server.setText(SERVER_URL)
            # No event loop here: letting it run would let the sync finish and the assistant
            # move on before the picture (grab() paints the page as it is now).
            taken.append(shot(wizard, f"first-run-5-server-sync-{language}.png"))

    def watch() -> None:
        if page.task is not None and page._state == "syncing":  # noqa: SLF001
            page.task.progressed.connect(during_sync)
            watched.append(True)

    watched: list[bool] = []
    wizard.next()
    if not wait(app, lambda: watch() or bool(watched), "the first sync did not start"):
        return False
    if not wait(app, lambda: wizard.currentId() != SERVER_PAGE, "the first sync did not finish"):
        return False
    wizard.close()
    return bool(taken and taken[0])


def office(scratch: Path):  # type: ignore[no-untyped-def]
    """A real server where a supervisor published a census list of 40 households and the
    enumerator's assignment (the helpers of the server's tests)."""
    from contextlib import contextmanager

    from tests.server.conftest import add_user, login, running_server
    from tests.server.test_publish import SITE, WARD, Office, household, tree
    from tests.server.test_sync_client import prepare_server

    @contextmanager
    def running():  # type: ignore[no-untyped-def]
        db_url = f"sqlite:///{scratch / 'server.sqlite'}"
        prepare_server(db_url)
        add_user(db_url, "boss", "supervisor", [WARD])
        add_user(db_url, "siti", "enumerator", [SITE])
        with running_server(db_url) as base:
            office = Office(base, {name: login(base, name) for name in ("admin", "boss")})
            areas = tree(office)
            census = []
            for n in range(40):
                unit = "unit" if n % 2 else "unit2"
                key = f"{areas[unit]['path_code']}|head {n}"  # one census entry each
                census.append(household(areas, unit, head_name=f"Head {n}", census_key=key))
            assert office.post("boss", "/publish", {"items": census}).status_code == 200
            yield base

    return running()


def go_on(app, wizard, page: str) -> bool:  # type: ignore[no-untyped-def]
    before = wizard.currentId()
    wizard.next()
    return wait(app, lambda: wizard.currentId() != before, f"the assistant stayed on {page}")


def wait(app, done: Callable[[], bool], problem: str) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60
    while not done():
        app.processEvents()
        if time.monotonic() > deadline:
            sys.stderr.write(problem + "\n")
            return False
        time.sleep(0.01)
    return True


def shot(wizard, name: str) -> bool:  # type: ignore[no-untyped-def]
    path = OUT / name
    if not wizard.grab().save(str(path)):
        sys.stderr.write(f"could not write {path}\n")
        return False
    sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
    return True


def settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let posted events (language changes, layouts) run before a picture is taken."""
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
