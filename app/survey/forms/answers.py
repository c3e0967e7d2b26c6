"""Checking and converting an answer to the JSON-ready value its question type keeps.

Stored values: text -> str, integer -> int, decimal -> float, date 'YYYY-MM-DD', time
'HH:MM:SS', dateTime ISO text, select_one -> str, select_multiple -> list of choice names,
rank -> the choice names in the order given (each at most once),
geopoint 'lat lon alt accuracy', acknowledge 'OK'. Empty is None. Messages never echo the answer
(it may be a national ID): they name the question and what it takes.

Digits: every Unicode decimal digit counts as the digit it is, as Python's int() and float() read
them ('٣' and fullwidth '５' are 3 and 5); other number-like characters (superscript '²', '½')
are not digits, and the answer is refused with the type's message. An integer has at most 15
digits (MAX_INTEGER), so that every one is exact in the expressions, which compute in floats.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

from app.survey.errors import TinjauError
from app.survey.forms.model import TEXT_CAPTURE_TYPES, Question
from app.survey.xpath.values import int_to_float

MAX_INTEGER = 10**15 - 1  # 15 digits: exact as a float, which expressions compute with
# After _ascii_digits, so [0-9] is every decimal digit of every script.
_INTEGER = re.compile(r"\s*[-+]?[0-9]{1,15}\s*\Z")
_DECIMAL = re.compile(r"\s*[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9][0-9]-[0-9][0-9]\Z")
_TIME = re.compile(
    r"([0-9][0-9]):([0-9][0-9])(?::([0-9][0-9])(\.[0-9]+)?)?(Z|[+-][0-9][0-9]:?[0-9][0-9])?\Z"
)
_DATETIME = re.compile(r"([0-9]{4}-[0-9][0-9]-[0-9][0-9])[T ](.+)\Z")


class AnswerTypeError(TinjauError):
    """An answer that does not fit its question's type; nothing was changed."""


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _ascii_digits(text: str) -> str:
    """`text` with each Unicode decimal digit ('٣', '５', '३') written as its ASCII digit."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in text
    )


def coerce_answer(question: Question, value: Any, choice_names: set[str] | None) -> Any:
    """The stored form of `value` for `question`, or AnswerTypeError saying what is expected."""
    if is_empty(value):
        return None
    kind = question.type
    if isinstance(value, str) and kind in _NUMERIC_OR_DATED:
        value = _ascii_digits(value)
    if kind in ("geotrace", "geoshape"):
        return _trace(question, value)
    if kind in TEXT_CAPTURE_TYPES or kind in ("text", "calculate"):
        if isinstance(value, str):
            return value
        if kind == "calculate" and isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise _wrong(question, "text")
    if kind == "integer":
        return _in_range(question, _integer(question, value))
    if kind == "decimal":
        return _in_range(question, _decimal(question, value))
    if kind == "date":
        return _date(question, value)
    if kind == "time":
        return _time(question, value)
    if kind == "dateTime":
        return _datetime(question, value)
    if kind in ("select_one", "select_one_from_file"):
        if not isinstance(value, str):
            raise _wrong(question, "the name of one choice")
        _check_choices(question, [value], choice_names)
        return value
    if kind == "select_multiple":
        names = value.split() if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
            raise _wrong(question, "a list of choice names")
        names = list(dict.fromkeys(names))
        _check_choices(question, names, choice_names)
        return names
    if kind == "rank":
        names = value.split() if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
            raise _wrong(question, "the choice names in order")
        if len(set(names)) != len(names):
            raise _wrong(question, "the choice names in order, each once")
        _check_choices(question, list(names), choice_names)
        return list(names)
    if kind == "geopoint":
        return _geopoint(question, value)
    if kind == "acknowledge":
        if value is True or (isinstance(value, str) and value.upper() in ("OK", "TRUE", "YES")):
            return "OK"
        if value is False:
            return None
        raise _wrong(question, "OK (or true)")
    raise AnswerTypeError(f"{question.name} is a {kind}; it takes no answer")


_NUMERIC_OR_DATED = frozenset({"integer", "decimal", "date", "time", "dateTime", "geopoint"})


def _wrong(question: Question, expected: str) -> AnswerTypeError:
    article = "an" if question.type[0] in "aeiou" else "a"
    return AnswerTypeError(
        f"{question.name} is {article} {question.type} question and needs {expected}; "
        "the answer was not changed"
    )


def _integer(question: Question, value: Any) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and _INTEGER.match(value):
        number = int(value)  # _INTEGER allows 15 digits, so int() never meets a huge one
    elif isinstance(value, str) and _LONG_INTEGER.match(value):
        raise _wrong(question, _WHOLE_TOO_BIG)
    if number is None:
        raise _wrong(question, "a whole number")
    if abs(number) > MAX_INTEGER:
        raise _wrong(question, _WHOLE_TOO_BIG)
    return number


_WHOLE_TOO_BIG = "a whole number of at most 15 digits"
_LONG_INTEGER = re.compile(r"\s*[-+]?[0-9]{16,}\s*\Z")


def _decimal(question: Question, value: Any) -> float:
    if isinstance(value, bool):
        raise _wrong(question, "a number")
    if isinstance(value, int):
        number = int_to_float(value)  # one beyond the float range is infinite, refused below
    elif isinstance(value, float):
        number = value
    elif isinstance(value, str) and _DECIMAL.match(value):
        number = float(value)
    else:
        raise _wrong(question, "a number")
    if not math.isfinite(number):
        raise _wrong(question, "a finite number")
    return number


def _date(question: Question, value: Any) -> str:
    if isinstance(value, datetime):
        raise _wrong(question, "a date (YYYY-MM-DD) without a time")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise _wrong(question, "a date written YYYY-MM-DD")


def _time(question: Question, value: Any) -> str:
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, str):
        match = _TIME.match(value.strip())
        if match and int(match[1]) < 24 and int(match[2]) < 60 and int(match[3] or 0) < 60:
            text = f"{match[1]}:{match[2]}:{match[3] or '00'}{match[4] or ''}{match[5] or ''}"
            return text
    raise _wrong(question, "a time written HH:MM or HH:MM:SS")


def _datetime(question: Question, value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        match = _DATETIME.match(text)
        if match:
            try:
                datetime.fromisoformat(text.replace("Z", "+00:00"))
                return text
            except ValueError:
                pass
    raise _wrong(question, "a date and time written YYYY-MM-DDTHH:MM:SS")


def _geopoint(question: Question, value: Any) -> str:
    parts: list[Any]
    if isinstance(value, str):
        parts = value.split()
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        raise _wrong(question, "'latitude longitude [altitude [accuracy]]'")
    try:
        numbers = [float(_ascii_digits(p) if isinstance(p, str) else p) for p in parts]
    except (TypeError, ValueError, OverflowError):
        numbers = []
    if any(isinstance(p, bool) for p in parts):
        numbers = []
    if not 2 <= len(numbers) <= 4 or len(numbers) != len(parts):
        raise _wrong(question, "'latitude longitude [altitude [accuracy]]'")
    if not all(math.isfinite(n) for n in numbers):
        raise _wrong(question, "finite coordinates")
    if not (-90 <= numbers[0] <= 90 and -180 <= numbers[1] <= 180):
        raise AnswerTypeError(
            f"{question.name} needs a latitude between -90 and 90 and a longitude between "
            "-180 and 180; the answer was not changed"
        )
    numbers += [0.0] * (4 - len(numbers))
    return " ".join(_plain(n) for n in numbers)


def _trace(question: Question, value: Any) -> str:
    """A geotrace (a line) or geoshape (a closed polygon) as ODK stores it: points of
    `lat lon alt acc` joined by `; `. A shape is closed here when its last point is not its
    first, as ODK Collect closes it."""
    if isinstance(value, str):
        texts = [part for part in value.replace("\n", ";").split(";") if part.strip()]
    elif isinstance(value, list | tuple):
        texts = list(value)
    else:
        raise _wrong(question, "points written 'latitude longitude', separated by ';'")
    points = []
    for number, text in enumerate(texts, start=1):
        try:
            points.append(_geopoint(question, text))
        except AnswerTypeError as error:
            raise AnswerTypeError(f"point {number}: {error}") from None
    shape = question.type == "geoshape"
    if shape and len(points) > 1 and points[0] != points[-1]:
        points.append(points[0])
    least = 4 if shape else 2  # a shape: three corners and the first again
    if len(points) < least or (shape and len(set(points)) < 3):
        what = "3 different points" if shape else "2 points"
        raise AnswerTypeError(f"{question.name} needs at least {what}; the answer was not changed")
    return "; ".join(points)


def _in_range(question: Question, number: Any) -> Any:
    """A `range` question's number: between its start and end, on a step from the start."""
    if not question.range_:
        return number
    start, end, step = (question.range_[k] for k in ("start", "end", "step"))
    low, high = min(start, end), max(start, end)
    steps = (number - start) / step
    if not low <= number <= high or abs(steps - round(steps)) > 1e-9:
        raise AnswerTypeError(
            f"{question.name} takes a number from {_plain(start)} to {_plain(end)} in steps of "
            f"{_plain(step)}; the answer was not changed"
        )
    return number


def _plain(number: float) -> str:
    return str(int(number)) if number.is_integer() else repr(number)


def _check_choices(question: Question, names: list[str], choice_names: set[str] | None) -> None:
    if choice_names is None:
        return
    if any(n not in choice_names for n in names):
        # The answer itself is not repeated: a wrong column pasted here may hold an ID number.
        raise AnswerTypeError(
            f"{question.name} was given an answer that is not one of its choices; "
            "use the choice names from the form's choices sheet"
        )


def atomic(value: Any) -> str | float | bool:
    """The XPath value of a stored answer: numbers as float, lists space-joined, empty ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int_to_float(value)
    if isinstance(value, float):
        return value
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return str(value)
