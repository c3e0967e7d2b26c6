"""Interface languages: English, Malay, Vietnamese and Persian, switchable while the app runs.

Strings are marked with `self.tr()` / `QCoreApplication.translate()`; their translations live in
`resources/translations/tinjau_<code>.ts` and are compiled by `pyside6-lrelease` to `.qm` files,
which are committed: an installed app (read-only folder, no Qt tools) loads them as they are, and
`tests/ui/test_languages.py` fails if a `.qm` is out of step with its `.ts`.
Rebuild them after editing a `.ts` with `python -m app.ui.i18n`.

Switching language installs a new QTranslator; Qt then sends every widget a LanguageChange event,
and each widget sets its texts again in its `retranslate()` method. Nothing is rebuilt, so the
open work (a half-typed search, an open interview) stays as it was.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from app.paths import TRANSLATIONS
from app.ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

log = logging.getLogger(__name__)

# Language code -> the language's name in itself (shown as is, never translated).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ms": "Bahasa Melayu",
    "vi": "Tiếng Việt",
    "fa": "فارسی",
}
RIGHT_TO_LEFT = {"fa"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"tinjau_{code}.qm"


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"tinjau_{code}.ts"


def current_language() -> str:
    return _current


def set_language(code: str) -> None:
    """Make `code` the interface language now; unknown codes fall back to English."""
    global _current
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    if code not in LANGUAGES:
        log.warning("Unknown interface language %r; using English", code)
        code = SOURCE_LANGUAGE
    # Recorded first: installing a translator makes Qt announce the change at once, and the
    # widgets retranslating then ask current_language() (names from standards, forms).
    _current = code
    removed = bool(_installed)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(qm_path(code))):
            _installed.append(ours)
        else:
            log.warning("No compiled translation for %s at %s", code, qm_path(code))
        # Qt's own texts (OK/Cancel, file dialogs) where Qt ships them; it has none for ms or vi.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{code}", qt_dir):
            _installed.append(qtbase)
    # Direction before the translators, so widgets retranslate already laid out the right way.
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    QLocale.setDefault(QLocale(code))
    for translator in _installed:
        app.installTranslator(translator)
    if not _installed and not removed:
        # Installing or removing a translator makes Qt send LanguageChange; this did neither
        # (English to English): tell every window (QWidget passes it on to its children).
        for window in app.topLevelWidgets():
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))


def isolate(text: str) -> str:
    """`text` as its own bidi run (Unicode first-strong isolate), for names and codes put into a
    translated sentence: in Persian a Latin name or a path keeps its own order and position."""
    return f"\u2068{text}\u2069"


def isolate_ltr(text: str) -> str:
    """`text` forced left-to-right as its own run (paths, URLs, commands), in any language."""
    return f"\u2066{text}\u2069"


def lrelease() -> str:
    """The path of pyside6-lrelease (next to this Python, or on PATH)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise RuntimeError("pyside6-lrelease was not found; install PySide6 into this Python")
    return found


def compile_translation(ts: Path, qm: Path) -> None:
    """Compile one `.ts` source to a `.qm` file."""
    subprocess.run(
        [lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def compile_all() -> list[Path]:
    """Compile every `.ts` in resources/translations; returns the `.qm` files written."""
    written = []
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE or not ts_path(code).exists():
            continue
        compile_translation(ts_path(code), qm_path(code))
        written.append(qm_path(code))
    return written


if __name__ == "__main__":  # pragma: no cover - a developer tool
    for path in compile_all():
        sys.stdout.write(f"wrote {path}\n")
