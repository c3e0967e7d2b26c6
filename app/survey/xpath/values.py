"""XPath values (string, number, boolean, node-set) and the conversions between them.

The rules follow ODK Collect's JavaRosa engine; the package docstring lists them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Protocol, TypeAlias, runtime_checkable

Atomic: TypeAlias = str | float | bool


@runtime_checkable
class Node(Protocol):
    """One node of an instance tree: a question's answer, a group, or a repeat instance.

    `value()` is the node's atomic value ('' when empty; a repeat instance or group gives '').
    `is_leaf()` is True for a question's answer, False for a group or repeat instance.
    `parent()` is None for the root. `children(name)` are the child nodes called `name`
    (several for a repeat). `position()` is the 1-based index among same-named siblings, which
    is the repeat instance number that `position(..)` returns.
    """

    def value(self) -> Atomic: ...

    def is_leaf(self) -> bool: ...

    def parent(self) -> Node | None: ...

    def children(self, name: str) -> Sequence[Node]: ...

    def position(self) -> int: ...


class NodeSet:
    """An ordered list of nodes, the result of a path, `${repeat}` or a repeat field reference.

    `len()` counts the nodes, `values()` gives their atomic values, `nodes` the nodes themselves.
    """

    __slots__ = ("nodes",)

    def __init__(self, nodes: Sequence[Node] = ()) -> None:
        self.nodes: Sequence[Node] = nodes

    def values(self) -> list[Atomic]:
        return [node.value() for node in self.nodes]

    def first(self) -> Atomic:
        """The first node's value ('' for an empty node-set), which XPath converts from."""
        nodes = self.nodes
        return nodes[0].value() if nodes else ""

    def __len__(self) -> int:
        return len(self.nodes)

    def __bool__(self) -> bool:
        return bool(self.nodes)

    def __iter__(self) -> Iterator[Atomic]:
        return (node.value() for node in self.nodes)

    def __repr__(self) -> str:
        return f"NodeSet({self.values()!r})"


Value: TypeAlias = str | float | bool | NodeSet


def unwrap(nodes: Sequence[Node]) -> Value:
    """A path selecting exactly one answer gives that answer's value, as JavaRosa unpacks it."""
    if len(nodes) == 1 and nodes[0].is_leaf():
        return nodes[0].value()
    return NodeSet(nodes)


NAN = float("nan")
EPOCH = date(1970, 1, 1)
_EPOCH_DT = datetime(1970, 1, 1)

# XPath's number syntax (no exponent, no 'inf'); Python's float() alone would accept more.
_NUMBER = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*\Z")
# JavaRosa reads a date as three '-'-separated numbers, so '1970-1-2' is 1970-01-02.
_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*\Z")
_DATETIME = re.compile(
    r"\s*(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?"
    r"\s*(Z|[+-]\d\d:?\d\d)?\s*\Z"
)


def int_to_float(number: int) -> float:
    """An int as a float; one beyond the float range becomes +/-Infinity instead of failing."""
    try:
        return float(number)
    except OverflowError:
        return math.inf if number > 0 else -math.inf


def to_number(value: object) -> float:
    """XPath number(): '' and text are NaN, true is 1, a 'YYYY-MM-DD' date is days since 1970."""
    kind = type(value)
    if kind is float:
        return value  # type: ignore[return-value]
    if kind is int:
        return int_to_float(value)  # type: ignore[arg-type]
    if kind is str:
        return _string_to_number(value)  # type: ignore[arg-type]
    if kind is bool:
        return 1.0 if value else 0.0
    if isinstance(value, NodeSet):
        return to_number(value.first()) if value else NAN
    if value is None:
        return NAN
    if isinstance(value, datetime):
        return float(math.floor(datetime_days(value)))
    if isinstance(value, date):
        return float((value - EPOCH).days)
    if isinstance(value, int):
        return int_to_float(value)
    if isinstance(value, float | Decimal):
        return float(value)
    return NAN


_number_cache: dict[str, float] = {}


def _string_to_number(text: str) -> float:
    cached = _number_cache.get(text)
    if cached is not None:
        return cached
    # JavaRosa reads a decimal comma as a point (some keyboards type one).
    plain = text.replace(",", ".")
    if _NUMBER.match(plain):
        result = float(plain)
    else:
        day = parse_date(text)
        if day is not None:
            result = float((day - EPOCH).days)
        else:
            moment = parse_datetime(text)
            # In arithmetic a dateTime counts whole days, as JavaRosa's daysSinceEpoch does;
            # decimal-date-time() keeps the fraction.
            result = NAN if moment is None else float(math.floor(datetime_days(moment)))
    if len(_number_cache) < 4096:
        _number_cache[text] = result
    return result


def datetime_days(moment: datetime) -> float:
    # JavaRosa counts days on the local wall clock of the value, so the offset is dropped.
    naive = moment.replace(tzinfo=None)
    return (naive - _EPOCH_DT) / timedelta(days=1)


def parse_date(text: str) -> date | None:
    """A 'YYYY-MM-DD' string as a date, or None."""
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime | None:
    """An ISO 'YYYY-MM-DDTHH:MM[:SS[.fff]][zone]' string as a datetime (zone kept), or None."""
    match = _DATETIME.match(text)
    if not match:
        return None
    fraction = (match[7] or "0")[:6].ljust(6, "0")
    try:
        moment = datetime(
            int(match[1]),
            int(match[2]),
            int(match[3]),
            int(match[4]),
            int(match[5]),
            int(match[6] or 0),
            int(fraction),
        )
    except ValueError:
        return None
    zone = match[8]
    if zone:
        from datetime import timezone

        if zone == "Z":
            moment = moment.replace(tzinfo=UTC)
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            moment = moment.replace(tzinfo=timezone(sign * offset))
    return moment


def to_string(value: object) -> str:
    """XPath string(): 3 not 3.0, 'NaN', 'Infinity', 'true'/'false', first node of a node-set."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is float or kind is int:
        return number_to_string(to_number(value))
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, NodeSet):
        return to_string(value.first())
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return number_to_string(to_number(value))
    return str(value)


def number_to_string(number: float) -> str:
    """How XPath prints a number: no '.0' on whole numbers and never an exponent."""
    if number != number:
        return "NaN"
    if number in (math.inf, -math.inf):
        return "Infinity" if number > 0 else "-Infinity"
    # JavaRosa prints a number within 1e-12 of a whole number as that whole number.
    nearest = round(number)
    if abs(number - nearest) < 1e-12:
        return str(int(nearest))
    text = repr(number)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def to_boolean(value: object) -> bool:
    """XPath boolean(): '' false, any other string true, 0 and NaN false, empty node-set false."""
    kind = type(value)
    if kind is bool:
        return value  # type: ignore[return-value]
    if kind is str:
        return value != ""
    if kind is float or kind is int:
        # JavaRosa treats rounding noise (|x| <= 1e-12) as zero.
        return value == value and abs(value) > 1e-12  # type: ignore[arg-type]
    if isinstance(value, NodeSet):
        return bool(value)
    if value is None:
        return False
    return bool(value)


def date_from_number(days: float) -> date | None:
    """Days since 1970-01-01 as a date (fraction dropped), or None when out of range / NaN."""
    if days != days or days in (math.inf, -math.inf):
        return None
    try:
        return EPOCH + timedelta(days=math.floor(days))
    except OverflowError:
        return None


def to_datetime(value: object) -> datetime | None:
    """Any XPath value as a datetime: a date/dateTime string or a number of days; else None."""
    if isinstance(value, NodeSet):
        value = value.first()
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        day = parse_date(value)
        if day is not None:
            return datetime(day.year, day.month, day.day)
        moment = parse_datetime(value)
        if moment is not None:
            return moment
        if not _NUMBER.match(value):
            return None
    number = to_number(value)
    if number != number or number in (math.inf, -math.inf):
        return None
    try:
        return _EPOCH_DT + timedelta(days=number)
    except OverflowError:
        return None
