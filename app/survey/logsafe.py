"""A logging filter that masks national-ID-like numbers, as a last line of defence.

Code must not log personal data in the first place; this catches the slip (a MyKad number, a
Vietnamese citizen ID or an Iranian national code inside an exception message) before it
reaches a log file or an error report.
"""

from __future__ import annotations

import logging
import re

# 10-12 digits, with or without the MyKad dashes (YYMMDD-PB-###G), not part of a longer number.
_ID_LIKE = re.compile(r"(?<![\d-])(?:\d{6}-\d{2}-\d{4}|\d{10,12})(?![\d-])")
MASK = "[id]"


def mask_ids(text: str) -> str:
    """`text` with every national-ID-like number replaced by `[id]`."""
    return _ID_LIKE.sub(MASK, text)


class MaskPersonalData(logging.Filter):
    """Rewrites each record's final message, and its traceback text, with ID-like numbers
    masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_ids(message)
        if masked != message:
            record.msg, record.args = masked, None
        # A formatter prints exc_text as it finds it, so formatting the traceback here is what
        # keeps an ID inside an exception's message out of `log.exception(...)` output.
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_ids(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_ids(record.stack_info)
        return True


def install(logger: logging.Logger | None = None) -> list[tuple[logging.Handler, logging.Filter]]:
    """Add the filter to every handler of `logger` (default: the root logger); returns what was
    added, for `remove`."""
    target = logger or logging.getLogger()
    added: list[tuple[logging.Handler, logging.Filter]] = []
    for handler in target.handlers:
        if not any(isinstance(f, MaskPersonalData) for f in handler.filters):
            mask = MaskPersonalData()
            handler.addFilter(mask)
            added.append((handler, mask))
    return added


def remove(added: list[tuple[logging.Handler, logging.Filter]]) -> None:
    """Take off the filters `install` added (a caller that runs in-process, such as a test
    calling the CLI's main(), must not leave them on handlers it does not own)."""
    for handler, mask in added:
        handler.removeFilter(mask)
