"""What every bundle (Linux, Windows, macOS) carries: shared by the three .spec files.

PyInstaller runs a .spec file as Python with its own names (Analysis, PYZ, EXE, COLLECT) in
scope; the specs import this module for the parts that do not depend on the system.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

REPO = Path(__file__).resolve().parent.parent
ENTRY = str(REPO / "installer" / "entry.py")
ICON_PNG = str(REPO / "resources" / "icons" / "tinjau.png")
ICON_ICO = str(REPO / "installer" / "icons" / "tinjau.ico")


def datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: resources beside the `app` package, as
    app/paths.py expects, and the files the code reads as text at run time."""
    found: list[tuple[str, str]] = []
    resources = REPO / "resources"
    for sub in ("forms", "standards", "icons"):
        found.append((str(resources / sub), f"resources/{sub}"))
    for qm in sorted((resources / "translations").glob("*.qm")):
        found.append((str(qm), "resources/translations"))
    # Alembic reads the device database's migration scripts from their folder.
    migrations = REPO / "app" / "survey" / "db" / "migrations"
    for script in sorted(migrations.rglob("*.py")):
        found.append((str(script), str(script.parent.relative_to(REPO))))
    found += collect_data_files("pyxform")
    return found


def hidden_imports() -> list[str]:
    """Modules imported by name at run time, which PyInstaller's analysis cannot see: the
    command modules (app/cli/__init__.py), everything the migrations use."""
    return [
        *collect_submodules("app"),
        *collect_submodules("alembic", filter=lambda name: not name.startswith("alembic.testing")),
        "sqlalchemy.dialects.sqlite",
        "logging.handlers",
    ]


# Never needed by the desktop app: the server, test tools, and the parts of Qt it does not use
# (each would add megabytes, some hundreds).
EXCLUDES = [
    "server",
    "fastapi",
    "uvicorn",
    "starlette",
    "psycopg",
    "pytest",
    "hypothesis",
    "mypy",
    "tkinter",
    "IPython",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtNetwork",
]


# Files Qt's hooks collect that the app never loads (checked by `tinjau --self-test` on the
# result): the virtual keyboard, which drags in Qt Quick and QML (~20 MB); the PDF image format
# (Qt Pdf, 4 MB); platforms other than X11, Wayland and offscreen; Qt's own translations except
# those of the app's languages (Qt has Persian; it has none for Malay or Vietnamese).
PRUNED = [
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqminimal*.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/lib/libQt6EglFS*",
]
KEPT_QT_TRANSLATIONS = ["qtbase_fa.qm", "qt_fa.qm"]


def prune(toc):  # type: ignore[no-untyped-def]
    """`toc` (PyInstaller's (name, source, kind) entries) without what PRUNED names."""
    kept = []
    for entry in toc:
        name = entry[0].replace("\\", "/")
        if any(fnmatch.fnmatch(name, pattern) for pattern in PRUNED):
            continue
        if name.startswith("PySide6/Qt/translations/") and (
            name.rsplit("/", 1)[-1] not in KEPT_QT_TRANSLATIONS
        ):
            continue
        kept.append(entry)
    return kept
