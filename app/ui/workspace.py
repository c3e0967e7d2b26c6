"""An open data folder as the desktop app sees it: the path, and its database on the worker thread.

The database handle is opened lazily by the first op that asks for it, so it is created on (and
only ever used from) the database thread of `app.ui.ops`. The UI thread never holds it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.paths import database_path
from app.survey.db.health import can_write
from app.survey.errors import TinjauError
from app.ui.i18n import isolate_ltr
from app.ui.qt import QCoreApplication


class Workspace:
    """A data folder with a `tinjau.sqlite` in it."""

    def __init__(self, data_dir: str | Path) -> None:
        # Absolute, so a relative --data-dir still works after any chdir (and SQLite URIs need it).
        self.data_dir = Path(data_dir).resolve()
        self.db_path = database_path(self.data_dir)
        # A folder this user may only read opens read-only: the list and searches work, and
        # every change is refused with a sentence (Database.write). A cheap os.access check.
        self.read_only = not can_write(self.db_path)
        self._db: Any = None
        self._thread: int | None = None
        # Why the database could not be opened: said again by every later op, without
        # checking the whole file once more for each of them.
        self._failure: TinjauError | None = None

    @classmethod
    def open(cls, data_dir: str | Path) -> Workspace:
        """Check that `data_dir` holds a Tinjau database (the file is opened later, by an op)."""
        workspace = cls(data_dir)
        if not workspace.db_path.is_file():
            raise TinjauError(
                QCoreApplication.translate(
                    "workspace",
                    "The folder {folder} has no Tinjau data (tinjau.sqlite). Choose another data "
                    "folder in Settings, or build a demo one with: tinjau demo --data-dir FOLDER",
                ).format(folder=isolate_ltr(str(workspace.data_dir)))
            )
        return workspace

    def database(self) -> Any:
        """The workspace database, opened on first use by the calling (worker) thread."""
        from app.ui.ops import on_db_thread

        if not on_db_thread():
            # The rule of app.ui.ops, enforced: a UI-thread caller would freeze the window.
            raise RuntimeError("the workspace database is only for ops (the database thread)")
        me = threading.get_ident()
        if self._failure is not None:
            raise self._failure
        if self._db is None:
            from app.survey.db import open_database

            try:
                # The damage check runs beside the first list query (it takes a second at
                # 100,000 households); writes wait for it, and the window asks for its verdict.
                self._db = open_database(
                    self.db_path, read_only=self.read_only, check_in_background=True
                )
            except TinjauError as error:
                self._failure = error
                raise
            self._thread = me
        elif self._thread != me:
            # SQLite handles belong to one thread; a second thread here is a bug in the caller.
            raise RuntimeError("the workspace database is used from a second thread")
        return self._db

    def close(self) -> None:
        """Close the database if it was opened (call on the worker thread)."""
        if self._db is not None:
            close = getattr(self._db, "close", None) or getattr(self._db, "dispose", None)
            if close is not None:
                close()
            self._db = None
            self._thread = None
