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
    """Rewrites each record's final message with ID-like numbers masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_ids(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Add the filter to every handler of `logger` (default: the root logger)."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, MaskPersonalData) for f in handler.filters):
            handler.addFilter(MaskPersonalData())
