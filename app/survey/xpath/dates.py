"""The date functions of the ODK library: today(), now(), date(), format-date() and kin.

Dates are 'YYYY-MM-DD' strings and dateTimes ISO strings, as answers hold them; the format codes
are those of JavaRosa's DateFormatter.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.survey.errors import ExpressionError
from app.survey.xpath.functions import LITERAL_CHECKS, define
from app.survey.xpath.values import (
    NodeSet,
    Value,
    date_from_number,
    datetime_days,
    to_datetime,
    to_string,
)

if TYPE_CHECKING:
    from app.survey.xpath.context import EvaluationContext

# ---- dates ------------------------------------------------------------------------------


def _today(ctx: EvaluationContext) -> str:
    return ctx.now().date().isoformat()


def _now(ctx: EvaluationContext) -> str:
    return ctx.now().isoformat(timespec="milliseconds")


def _moment(value: Value, function: str) -> datetime | None:
    """A date argument: None for '' or NaN (no value), an error for text that is not a date."""
    if isinstance(value, NodeSet):
        value = value.first()
    if value == "" or (type(value) is float and value != value):
        return None
    moment = to_datetime(value)
    if moment is None:
        raise ExpressionError(
            f"{function}() was given a value that is not a date; "
            "dates are written YYYY-MM-DD or as a number of days since 1970-01-01."
        )
    return moment


def _date(value: Value) -> Value:
    if type(value) is float and value == value and not math.isinf(value):
        day = date_from_number(float(math.trunc(value)))  # JavaRosa truncates toward zero
        if day is None:
            raise ExpressionError("date() was given a number of days out of range.")
        return day.isoformat()
    moment = _moment(value, "date")
    if moment is None:
        return value if type(value) is float else ""
    return moment.date().isoformat()


def _date_time(value: Value) -> Value:
    moment = _moment(value, "date-time")
    if moment is None:
        return value if type(value) is float else ""
    return moment.isoformat(timespec="milliseconds")


def _decimal_date_time(value: Value) -> Value:
    # Days since 1970-01-01T00:00 UTC (spec: decimal-date-time): an offset is applied, so
    # '1970-01-02T07:00:00+07:00' is 1.0; a value without an offset counts on its wall clock.
    if type(value) is float:
        return value
    moment = _moment(value, "decimal-date-time")
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return datetime_days(moment)


def _wall_clock_days(value: Value, function: str) -> Value:
    """Days since 1970 on the value's own wall clock (its offset, if any, is not applied)."""
    if type(value) is float:
        return value
    moment = _moment(value, function)
    return "" if moment is None else datetime_days(moment)


def _decimal_date(value: Value) -> Value:
    days = _wall_clock_days(value, "decimal-date")
    return float(math.floor(days)) if type(days) is float and days == days else days


def _decimal_time(value: Value) -> Value:
    # The fraction of the day on the value's clock: noon is 0.5 (spec: decimal-time).
    days = _wall_clock_days(value, "decimal-time")
    return days - math.floor(days) if type(days) is float and days == days else days


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


_FORMAT_CODES: dict[str, Callable[[datetime], str]] = {
    "Y": lambda m: f"{m.year:04d}",
    "y": lambda m: f"{m.year:04d}"[2:],
    "m": lambda m: f"{m.month:02d}",
    "n": lambda m: str(m.month),
    "b": lambda m: _MONTHS[m.month - 1],
    "d": lambda m: f"{m.day:02d}",
    "e": lambda m: str(m.day),
    "a": lambda m: _DAYS[m.weekday()],
    "W": lambda m: str(m.isocalendar()[1]),
    "H": lambda m: f"{m.hour:02d}",
    "h": lambda m: str(m.hour),
    "M": lambda m: f"{m.minute:02d}",
    "S": lambda m: f"{m.second:02d}",
    "3": lambda m: f"{m.microsecond // 1000:03d}",
    "%": lambda m: "%",
}


def check_date_format(pattern: str) -> list[tuple[bool, str]]:
    """The pattern as (is_code, text) pieces; an unknown %-code is an error, as in JavaRosa."""
    pieces: list[tuple[bool, str]] = []
    i = 0
    while i < len(pattern):
        if pattern[i] != "%":
            end = pattern.find("%", i)
            end = len(pattern) if end < 0 else end
            pieces.append((False, pattern[i:end]))
            i = end
            continue
        code = pattern[i + 1 : i + 2]
        if code not in _FORMAT_CODES:
            shown = f"%{code}" if code else "a lone % at the end"
            raise ExpressionError(
                f"format-date() does not know {shown}; use %Y %y %m %n %b %d %e %a %W %H %h "
                "%M %S %3, or %% for a percent sign."
            )
        pieces.append((True, code))
        i += 2
    return pieces


def _formatter(function: str) -> Callable[[Value, Value], str]:
    def run(value: Value, pattern: Value) -> str:
        try:
            pieces = check_date_format(to_string(pattern))
        except ExpressionError as error:
            raise ExpressionError(str(error).replace("format-date()", f"{function}()", 1)) from None
        moment = _moment(value, function)
        if moment is None:
            return ""
        return "".join(_FORMAT_CODES[text](moment) if code else text for code, text in pieces)

    return run


define("today", 0, 0, _today, context=True)
define("now", 0, 0, _now, context=True)
define("date", 1, 1, _date)
define("date-time", 1, 1, _date_time)
define("decimal-date-time", 1, 1, _decimal_date_time)
define("decimal-date", 1, 1, _decimal_date)
define("decimal-time", 1, 1, _decimal_time)
define("format-date", 2, 2, _formatter("format-date"))
define("format-date-time", 2, 2, _formatter("format-date-time"))

LITERAL_CHECKS["format-date"] = (1, check_date_format)
LITERAL_CHECKS["format-date-time"] = (1, check_date_format)
