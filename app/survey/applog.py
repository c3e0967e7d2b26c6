"""Where the app's log goes, and what a person sees when an error nobody expected happens.

The log is a rotating file in the data folder (`<data folder>/logs/tinjau.log`, owner-only),
written only once an entry point (`tinjau`, the window) calls `start()`: tests and library
callers leave no log files behind. Every record passes the ID-masking filter. A log that cannot
be written is dropped silently (the same record has gone to stderr too): the log never stops
the program.

An uncaught exception (in the command, a thread, or a Qt slot) becomes one sentence on stderr
naming the log file, while its traceback, with ID-like numbers masked, goes into the log.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app.survey.logsafe import MaskPersonalData, mask_ids

LOG_FOLDER = "logs"
LOG_FILE = "tinjau.log"
LOG_BYTES = 2_000_000  # per file; with the backups at most ~8 MB in a data folder
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_started = False
_verbose = False  # whether a traceback with no log to go to is printed to stderr
_handler: _FolderLog | None = None


def log_path(data_dir: str | Path) -> Path:
    """The log file of a data folder."""
    return Path(data_dir).resolve() / LOG_FOLDER / LOG_FILE


class _FolderLog(RotatingFileHandler):
    """A rotating log that opens its file on the first record, creates it 0600 in a 0700
    folder, never creates the data folder itself, and notes (in `failed`) when a write fails."""

    def __init__(self, data_dir: str | Path) -> None:
        super().__init__(
            log_path(data_dir),
            maxBytes=LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
            delay=True,
        )
        self.failed = False
        self.addFilter(MaskPersonalData())
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def _open(self):
        folder = Path(self.baseFilename).parent
        if not folder.parent.is_dir():  # the data folder is gone (or never was): no log
            raise FileNotFoundError(folder.parent)
        folder.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding)

    def handleError(self, record: logging.LogRecord) -> None:
        # Silent on purpose: the default prints a "Logging error" traceback to stderr.
        self.failed = True


def start(program: str, *, verbose: bool = False) -> Callable[[], None]:
    """Entry points call this first: uncaught exceptions become sentences from now on, and
    `use_data_folder` opens a log. With `verbose`, a traceback that has no log to go to is
    printed to stderr (masked). Returns the function that undoes all of it."""
    global _started, _verbose
    _started, _verbose = True, verbose
    restore = _install_excepthooks(program)

    def stop() -> None:
        global _started, _verbose
        restore()
        use_data_folder(None)
        _started, _verbose = False, False

    return stop


def use_data_folder(data_dir: str | Path | None) -> None:
    """Log into `data_dir`'s log from now on (None: no log file). Does nothing before
    `start()`, so tests and other library callers never write logs."""
    global _handler
    if data_dir is not None and not _started:
        return
    if _handler is not None:
        if data_dir is not None and Path(_handler.baseFilename) == log_path(data_dir):
            return
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if data_dir is not None:
        _handler = _FolderLog(data_dir)
        logging.getLogger().addHandler(_handler)


def current_log() -> Path | None:
    """The log file being written, or None when there is none or it cannot be written."""
    if _handler is None or _handler.failed:
        return None
    return Path(_handler.baseFilename)


def report_unexpected(error: BaseException, program: str) -> str:
    """Put `error`'s traceback, ID-like numbers masked, into the log and return the sentence
    to show. A log that cannot be written falls back to stderr; with no log at all, the
    traceback goes to stderr if `start` was verbose, else the sentence says how to see it."""
    kind = type(error).__name__
    if _handler is not None:
        _handler.failed = False
        _handler.handle(
            logging.makeLogRecord(
                {
                    "name": "tinjau",
                    "levelno": logging.ERROR,
                    "levelname": "ERROR",
                    "msg": f"Unexpected {kind}",
                    "exc_info": (type(error), error, error.__traceback__),
                }
            )
        )
        where = current_log()
        if where is not None:
            return f"{program}: an unexpected error ({kind}); details are in {where}"
    if _verbose or _handler is not None:
        sys.stderr.write(masked_traceback(error))
        return f"{program}: an unexpected error ({kind}); details are above"
    return (
        f"{program}: an unexpected error ({kind}); run it again as `{program} --verbose ...` "
        "to see the details"
    )


def masked_traceback(error: BaseException) -> str:
    """`error`'s traceback (with its causes) as text, ID-like numbers masked."""
    return mask_ids("".join(traceback.format_exception(error)))


def _install_excepthooks(program: str) -> Callable[[], None]:
    """Route uncaught exceptions of the main thread (and Qt slots, which PySide hands to
    sys.excepthook) and of other threads to `report_unexpected`; returns the undo."""
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook

    def on_uncaught(
        kind: type[BaseException], value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if value is None:
            value = kind()
        if issubclass(kind, KeyboardInterrupt):
            sys.stderr.write(f"{program}: interrupted\n")
            return
        sys.stderr.write(report_unexpected(value.with_traceback(tb), program) + "\n")

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        on_uncaught(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook, threading.excepthook = on_uncaught, on_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook

    return restore
