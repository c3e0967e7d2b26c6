"""The one place the desktop app imports Qt from: `from app.ui.qt import QWidget, Signal, ...`.

Keeping every Qt import here means a Qt upgrade or a binding change is one file to look at, and
`grep PySide6` outside this file finds a mistake.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    QStringListModel,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDoubleValidator,
    QFont,
    QIcon,
    QImage,
    QIntValidator,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete as delete_now
from shiboken6 import isValid as is_alive


def _repair_signal_emit() -> bool:
    """Work around a PySide6 6.12.0 bug: `SignalInstance.emit()` returns `True` without taking a
    reference to it, so every emit from Python lowers True's reference count by one, and after
    a few hundred emits CPython aborts ("bool_dealloc: deallocating True or False").

    Detected by measuring, so a fixed PySide6 is left alone. Returns whether the repair is on.
    """

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    tries = 8
    before = sys.getrefcount(True)
    for _ in range(tries):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost != tries:
        return False
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(tries):
        incref(True)  # give back what the probe took
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True:
            incref(True)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


def _keep_singletons_alive() -> bool:
    """Work around the wider PySide6 6.12.0 bug of the same kind: a wrapped C++ method that
    returns void hands Python `None` without a reference (so does `emit` with `True`). None
    starts near 5,000 references, so a few seconds of scrolling and typing abort the app
    ("none_dealloc: deallocating None").

    CPython 3.12 makes None, True and False immortal (PEP 683); on 3.11 we do what it does:
    give them a reference count so large that no run can use it up. Done only when a probe shows
    the leak, so a fixed PySide6 is left alone. Returns whether it was needed.
    """
    probe = QObject()
    tries = 8
    before = sys.getrefcount(None)
    for _ in range(tries):
        probe.setObjectName("probe")
    if before - sys.getrefcount(None) < tries:
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object (non-debug CPython builds).
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


SIGNAL_EMIT_REPAIRED = _repair_signal_emit()
SINGLETONS_KEPT_ALIVE = _keep_singletons_alive()

__all__ = [
    "delete_now",
    "is_alive",
    "QAbstractItemModel",
    "QAbstractItemView",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCompleter",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QDoubleValidator",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QImage",
    "QIntValidator",
    "QItemSelectionModel",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPalette",
    "QPersistentModelIndex",
    "QPlainTextEdit",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QShowEvent",
    "QSize",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStandardItem",
    "QStandardItemModel",
    "QStatusBar",
    "QStringListModel",
    "Qt",
    "QTableView",
    "QThread",
    "QTimer",
    "QToolBar",
    "QToolButton",
    "QTranslator",
    "QTreeView",
    "QVBoxLayout",
    "QWidget",
    "Signal",
    "SIGNAL_EMIT_REPAIRED",
    "SINGLETONS_KEPT_ALIVE",
    "Slot",
]
