"""A test-only driver: the real desktop app opens one household's interview and types answers,
key by key, into the real widgets; each save the app acknowledges is printed as
`saved <sequence> <answers JSON>` (what the "Saved" indicator confirmed), flushed at once.

    python -m tests.ui.interview_driver DATA_DIR HOUSEHOLD_ID ANSWERS.json SETTINGS_DIR

ANSWERS.json is a list of [question name, text] on the first page. The last HOLD_BACK
characters of the last answer are never typed: the driver prints `paused` and waits with that
field half-typed, so test_interview_crash.py can kill it (SIGKILL) mid-answer whatever the
machine's speed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEY_INTERVAL_MS = 8
HOLD_BACK = 3


def main() -> int:
    data_dir, household, answers_file, settings_dir = sys.argv[1:5]
    from PySide6.QtTest import QTest

    from app.ui import ops
    from app.ui.app import start
    from app.ui.qt import Qt, QTimer

    app, window = start(data_dir, "en", settings_dir)
    window.resize(1200, 800)
    window.show()
    window.open_interview(household)
    while window.interview_view.session is None:
        app.processEvents()
    view = window.interview_view
    out = sys.stdout

    def saved(sequence: int, answers: object) -> None:
        out.write(f"saved {sequence} {json.dumps(answers, ensure_ascii=False)}\n")
        out.flush()

    view.store.saved.connect(saved)
    view.show_page("interview")
    keys: list[tuple[str, str]] = []
    for name, text in json.loads(Path(answers_file).read_text(encoding="utf-8")):
        keys.extend((name, ch) for ch in text)
    del keys[-HOLD_BACK:]

    current: dict[str, str] = {}

    def press() -> None:
        if not keys:
            out.write("paused\n")
            out.flush()
            return
        name, ch = keys.pop(0)
        widget = next(w for w in view.current_page().questions if w.question.name == name)
        line = widget.editor.line
        if current.get("name") != name:
            current["name"] = name
            line.setFocus()
            line.selectAll()  # typed over what the census list filled in
        # One character at a time (safe for Vietnamese and Persian; see tests/ui/helpers.py).
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, line, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        QTimer.singleShot(KEY_INTERVAL_MS, press)

    out.write("ready\n")
    out.flush()
    QTimer.singleShot(0, press)
    code = app.exec()
    ops.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
