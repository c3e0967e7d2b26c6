"""Typed, located access to a parsed standard file: every problem is kept with its line.

Shared by the section readers (sections.py) and the file loader (loader.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from app.survey.scoring.locate import line_of
from app.survey.scoring.model import LANGUAGES

ID = re.compile(r"^[a-z][a-z0-9_]*$")
STANDARD_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
FRACTION = re.compile(r"^\s*-?\d+(\.\d+)?(\s*/\s*\d+)?\s*$")
FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*(/[A-Za-z_][A-Za-z0-9_.-]*)?$")
CELL_ATTRIBUTES = ("amount", "verified", "source", "note")
TOP_KEYS = (
    "id", "version", "name", "currency", "default_status", "source", "income", "line",
    "dimension", "indicator", "threshold", "status", "rule", "missing", "variables",
)  # fmt: skip
INDICATOR_KEYS = (
    "id", "dimension", "weight", "points", "test", "applicable", "requires", "verified", "name",
    "source", "note",
)  # fmt: skip

PathT = tuple[str | int, ...]


CheckExpression = Callable[[str], str | None]  # the parse error of an expression, or None


LARGEST = 10**15  # beyond any income line, weight or points; floats of it stay exact enough


def parse_fraction(value: Any) -> Fraction | None:
    """An exact number from a TOML integer, a decimal string or a fraction string like "1/18";
    None for anything else, for inf and nan, and beyond LARGEST (in size or in its denominator,
    where the JSON output's floats and the explanation's figures would no longer hold it)."""
    number: Fraction | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = Fraction(value)
    elif isinstance(value, float) and math.isfinite(value):
        number = Fraction(str(value))
    elif isinstance(value, str) and len(value) <= 64 and FRACTION.match(value):
        try:
            number = Fraction(value.replace(" ", ""))
        except (ZeroDivisionError, ValueError):
            return None
    if number is None or abs(number) > LARGEST or number.denominator > LARGEST:
        return None
    return number


def clipped(value: Any) -> str:
    """`repr(value)` cut to 40 characters: a message quotes what was written, not pages of it."""
    text = repr(value)
    return text if len(text) <= 40 else text[:36] + "..."


class Reader:
    """Typed access to the parsed TOML that records a located problem instead of raising."""

    def __init__(self, data: dict[str, Any], lines: dict[PathT, int]) -> None:
        self.data = data
        self.lines = lines
        self.problems: list[tuple[int, str]] = []

    def problem(self, path: PathT, message: str) -> None:
        self.problems.append((line_of(self.lines, path), message))

    def get(
        self,
        table: dict[str, Any],
        path: PathT,
        key: str,
        kind: type | tuple[type, ...],
        required: bool = True,
        what: str = "",
    ) -> Any:
        if key not in table:
            if required:
                where = ".".join(str(p) for p in path) or "the top of the file"
                self.problem(path, f"'{key}' is missing in {where}; add it{what}.")
            return None
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            ok = False
        else:
            ok = isinstance(value, kinds)
        if not ok:
            names = " or ".join(KIND_NAMES.get(k, k.__name__) for k in kinds)
            self.problem((*path, key), f"'{key}' must be {names}.")
            return None
        return value

    def names(self, table: dict[str, Any], path: PathT, key: str = "name") -> dict[str, str]:
        names = self.get(table, path, key, dict)
        if names is None:
            return {}
        for lang in LANGUAGES:
            text = names.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.problem(
                    (*path, key),
                    f"'{key}' needs a text in every language ({', '.join(LANGUAGES)}); "
                    f"'{lang}' is missing or empty.",
                )
        return {k: v for k, v in names.items() if isinstance(v, str)}

    def unique_id(
        self, path: PathT, value: str, seen: set[str], bad: bool, rule: str, twice: str
    ) -> None:
        """Flag `value` (at `path`) when `bad` or not lower-case (saying `rule`), and when
        already in `seen` (saying `twice`); then remember it."""
        if bad or not ID.match(value):
            self.problem(path, rule)
        if value in seen:
            self.problem(path, twice)
        seen.add(value)

    def only(self, table: Any, path: PathT, allowed: tuple[str, ...]) -> bool:
        """False (with a problem) when `table` is not a table; flags keys it does not know."""
        if not isinstance(table, dict):
            self.problem(path, f"{'.'.join(map(str, path))} must be a table of keys.")
            return False
        for key in table:
            if key not in allowed:
                self.problem(
                    (*path, key),
                    f"unknown key '{key}'; check its spelling (this table takes "
                    f"{', '.join(allowed)}).",
                )
        return True

    def fraction(self, table: dict[str, Any], path: PathT, key: str) -> Fraction | None:
        if key not in table:
            return None
        value = parse_fraction(table[key])
        if value is None:
            self.problem(
                (*path, key),
                f"'{key}' must be a number up to 10^15 with up to 15 decimals (not inf or nan) "
                f'or an exact fraction written like "1/18"; got {clipped(table[key])}.',
            )
        return value


KIND_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    dict: "a table",
    list: "a list",
    float: "a number",
}


def check_expression(r: Reader, path: PathT, text: str, compile_check: CheckExpression) -> None:
    error = compile_check(text)
    if error:
        r.problem(path, f"the expression does not parse: {error}")
