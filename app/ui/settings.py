"""The desktop app's settings: declared once with their defaults, stored with QSettings.

`Settings` reads and writes the options in `OPTIONS`; nothing else in the app names a QSettings
key. Tests (and `tinjau gui --screenshot`) point the storage at a folder of their own with
`use_storage_folder` or the TINJAU_CONFIG_DIR environment variable, so a user's settings are never
touched by them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.ui.qt import QByteArray, QCoreApplication, QSettings

ORGANISATION = "Tinjau"
APPLICATION = "Tinjau"
CONFIG_DIR_ENV = "TINJAU_CONFIG_DIR"


@dataclass(frozen=True)
class Option:
    """One setting: its key in storage and its default (the default's type is the option's)."""

    key: str
    default: str


DATA_DIR = Option("data/folder", "")
LANGUAGE = Option("ui/language", "en")
ENUMERATOR_NAME = Option("enumerator/name", "")
ENUMERATOR_ID = Option("enumerator/id", "")
SERVER_URL = Option("sync/server", "")
# Minutes without a key press or mouse move before the window locks itself (app.ui.idle_lock);
# 0 turns the lock off.
IDLE_LOCK_MINUTES = Option("security/idle_lock_minutes", "10")

# The poverty standard is not here: it belongs to the workspace (app.survey.scoring.workspace).
OPTIONS = [DATA_DIR, LANGUAGE, ENUMERATOR_NAME, ENUMERATOR_ID, SERVER_URL, IDLE_LOCK_MINUTES]


def use_storage_folder(folder: str | Path) -> None:
    """Keep settings as an INI file under `folder` instead of the user's own settings store."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def configure_storage() -> None:
    """Name the app for QSettings and honour TINJAU_CONFIG_DIR (call once before reading)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = os.environ.get(CONFIG_DIR_ENV)
    if folder:
        use_storage_folder(folder)


class Settings:
    """Typed access to the stored options; every getter falls back to the declared default."""

    def __init__(self) -> None:
        # The default format, not QSettings(org, app): that one ignores `use_storage_folder`.
        self._store = QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def get(self, option: Option) -> str:
        value = self._store.value(option.key, option.default)
        return str(value) if value is not None else option.default

    def set(self, option: Option, value: str) -> None:
        if value == option.default:
            self._store.remove(option.key)
        else:
            self._store.setValue(option.key, value)

    def restore_defaults(self) -> None:
        for option in OPTIONS:
            self._store.remove(option.key)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes on its own schedule)."""
        self._store.sync()

    # Window geometry, splitter and header states are bytes from Qt, kept apart from options.
    def window_state(self, window: str, part: str) -> QByteArray | None:
        """A saved `part` ("geometry", "state", "splitter", ...) of `window`, if any."""
        value = self._store.value(f"windows/{window}/{part}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_state(self, window: str, **parts: QByteArray) -> None:
        for part, value in parts.items():
            self._store.setValue(f"windows/{window}/{part}", value)
