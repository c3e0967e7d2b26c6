"""Read a poverty standard file (TOML), check every field, and refuse it with `file:line: message`.

All problems in a file are collected and reported together, each at the line it is written on,
so a supervisor can fix a standard in one pass. The format is documented in docs/standards.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.scoring.locate import key_lines, line_of
from app.survey.scoring.model import (
    BUILTIN_OPERANDS,
    LANGUAGES,
    MISSING_POLICIES,
    OPERATORS,
    PERIODS,
    Condition,
    Dimension,
    IncomeDefinition,
    IncomeLine,
    Indicator,
    LineCell,
    Rule,
    Source,
    Standard,
    Status,
    Threshold,
)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_STANDARD_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_FRACTION = re.compile(r"^\s*-?\d+(\.\d+)?(\s*/\s*\d+)?\s*$")
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*(/[A-Za-z_][A-Za-z0-9_.-]*)?$")
_CELL_ATTRIBUTES = ("amount", "verified", "source", "note")
_TOP_KEYS = (
    "id", "version", "name", "currency", "default_status", "source", "income", "line",
    "dimension", "indicator", "threshold", "status", "rule", "missing", "variables",
)  # fmt: skip
_INDICATOR_KEYS = (
    "id", "dimension", "weight", "points", "test", "applicable", "requires", "verified", "name",
    "source", "note",
)  # fmt: skip

PathT = tuple[str | int, ...]


def parse_fraction(value: Any) -> Fraction | None:
    """An exact number from a TOML integer, a decimal string or a fraction string like "1/18"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return Fraction(str(value))
    if isinstance(value, str) and _FRACTION.match(value):
        try:
            return Fraction(value.replace(" ", ""))
        except ZeroDivisionError:
            return None
    return None


class _Reader:
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
            names = " or ".join(_KIND_NAMES.get(k, k.__name__) for k in kinds)
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
                f"'{key}' must be a number or an exact fraction written like \"1/18\"; "
                f"got {table[key]!r}.",
            )
        return value


_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    dict: "a table",
    list: "a list",
    float: "a number",
}


def _load(text: str, origin: str, compile_check: Callable[[str], str | None] | None) -> Standard:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = match.group(1) if match else "1"
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise LocatedErrors(
            f"The poverty standard {origin} is not valid TOML; correct the line shown.",
            [(f"{origin}:{line}", f"{reason}.")],
        ) from None
    reader = _Reader(data, key_lines(text))
    standard = _build(reader, compile_check)
    if reader.problems:
        problems = sorted(reader.problems, key=lambda p: p[0])
        raise LocatedErrors(
            f"The poverty standard {origin} has {len(problems)} problem(s); "
            "correct them and load it again.",
            [(f"{origin}:{line}", message) for line, message in problems],
        )
    assert standard is not None
    return standard


def _build(r: _Reader, compile_check: Callable[[str], str | None] | None) -> Standard | None:
    d = r.data
    r.only(d, (), _TOP_KEYS)
    std_id = r.get(d, (), "id", str)
    if std_id is not None and not _STANDARD_ID.match(std_id):
        r.problem(("id",), "'id' must be lower-case letters, digits, '-', '_' or '.'.")
    version = r.get(d, (), "version", (str, int))
    names = r.names(d, ())
    currency = r.get(d, (), "currency", str, required=False)

    sources: list[Source] = []
    raw_sources = r.get(d, (), "source", list, what=" (one [[source]] table per citation)")
    for i, src in enumerate(raw_sources or []):
        path = ("source", i)
        if not r.only(src, path, ("citation", "url", "note")):
            continue
        citation = r.get(src, path, "citation", str)
        url = r.get(src, path, "url", str, required=False)
        note = r.get(src, path, "note", str, required=False)
        sources.append(Source(citation or "", url, note))

    income, region_fields = _income(r, compile_check)
    lines = _lines(r, region_fields)
    line_ids = {line.id for line in lines}
    if lines and income is None:
        r.problem(("line",), "income lines need an [income] table saying which answer is income.")

    dimensions = _dimensions(r)
    indicators, scoring = _indicators(r, {dim.id for dim in dimensions}, compile_check)
    thresholds = _thresholds(r)
    statuses, default_status = _statuses(r)
    status_codes = {s.code for s in statuses}
    rules = _rules(r, status_codes, line_ids, set(thresholds), income is not None)

    missing = "count_as_not_deprived"
    raw_missing = r.get(d, (), "missing", dict, required=False)
    if raw_missing is not None:
        r.only(raw_missing, ("missing",), ("indicators",))
        policy = r.get(raw_missing, ("missing",), "indicators", str)
        if policy is not None and policy not in MISSING_POLICIES:
            r.problem(
                ("missing", "indicators"),
                f"'indicators' must be one of {', '.join(MISSING_POLICIES)}; got {policy!r}.",
            )
        elif policy is not None:
            missing = policy

    variables: dict[str, str] = {}
    raw_vars = r.get(d, (), "variables", dict, required=False) or {}
    for name, expression in raw_vars.items():
        if not isinstance(expression, str):
            r.problem(("variables", name), f"variable '{name}' must be an expression (text).")
            continue
        _check_expression(r, ("variables", name), expression, compile_check)
        variables[name] = expression

    shared = line_ids & set(thresholds)
    for name in sorted(shared):
        r.problem(("threshold", name), f"'{name}' is both a line id and a threshold name.")
    if default_status and default_status not in status_codes:
        r.problem(("default_status",), f"default_status '{default_status}' is not a [[status]].")
    if scoring == "weights" and indicators:
        total = sum((ind.value for ind in indicators), Fraction(0))
        if total != 1:
            r.problem(("indicator",), f"the indicator weights add up to {total}, not 1; fix them.")
    if missing == "rescale_within_dimension" and scoring != "weights":
        r.problem(("missing", "indicators"), "rescale_within_dimension needs weights, not points.")

    if r.problems:
        return None
    return Standard(
        id=std_id,
        version=str(version),
        names=names,
        sources=tuple(sources),
        currency=currency,
        income=income,
        lines=tuple(lines),
        dimensions=tuple(dimensions),
        indicators=tuple(indicators),
        scoring=scoring,
        thresholds=thresholds,
        statuses=tuple(statuses),
        rules=tuple(rules),
        default_status=default_status,
        missing=missing,
        variables=variables,
    )


def _check_expression(
    r: _Reader, path: PathT, text: str, compile_check: Callable[[str], str | None] | None
) -> None:
    if compile_check is None:
        return
    error = compile_check(text)
    if error:
        r.problem(path, f"the expression does not parse: {error}")


def _income(
    r: _Reader, compile_check: Callable[[str], str | None] | None
) -> tuple[IncomeDefinition | None, tuple[str, ...]]:
    raw = r.get(r.data, (), "income", dict, required=False)
    if raw is None:
        return None, ()
    path: PathT = ("income",)
    r.only(raw, path, ("field", "period", "line_period", "region", "region_names", "fallback"))
    field = r.get(raw, path, "field", str)
    if field is not None and not _FIELD.match(field):
        r.problem((*path, "field"), f"'field' must be an answer or variable name; got {field!r}.")
    periods = []
    for key in ("period", "line_period"):
        value = r.get(raw, path, key, str)
        if value is not None and value not in PERIODS:
            r.problem((*path, key), f"'{key}' must be 'month' or 'year'; got {value!r}.")
            value = None
        periods.append(value)
    region = r.get(raw, path, "region", list, required=False) or []
    if not all(isinstance(x, str) for x in region):
        r.problem((*path, "region"), "'region' must be a list of answer names.")
        region = []
    region_names: dict[str, dict[str, str]] = {}
    for choice, names in (r.get(raw, path, "region_names", dict, required=False) or {}).items():
        if isinstance(names, dict):
            region_names[choice] = {k: v for k, v in names.items() if isinstance(v, str)}
        else:
            r.problem(
                (*path, "region_names", choice),
                f"'{choice}' must be a table of texts "
                'by language, like { en = "rural", vi = "nông thôn" }.',
            )
    fallback = r.get(raw, path, "fallback", str, required=False)
    if fallback is not None:
        _check_expression(r, (*path, "fallback"), fallback, compile_check)
    if field is None or None in periods:
        return None, tuple(region)
    definition = IncomeDefinition(
        field, periods[0], periods[1], tuple(region), region_names, fallback
    )
    return definition, tuple(region)


def _lines(r: _Reader, region_fields: tuple[str, ...]) -> list[IncomeLine]:
    lines: list[IncomeLine] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.get(r.data, (), "line", list, required=False) or []):
        path: PathT = ("line", i)
        if not r.only(raw, path, ("id", "name", "source", "cells")):
            continue
        line_id = r.get(raw, path, "id", str)
        if line_id is not None:
            if not _ID.match(line_id) or line_id in BUILTIN_OPERANDS:
                r.problem(
                    (*path, "id"),
                    f"line id {line_id!r} must be a lower-case name "
                    "that is not income, score, deprived_count or missing_count.",
                )
            if line_id in seen:
                r.problem((*path, "id"), f"line id '{line_id}' is used twice.")
            seen.add(line_id)
        names = r.names(raw, path)
        default_source = r.get(raw, path, "source", str, required=False)
        cells: list[LineCell] = []
        raw_cells = r.get(raw, path, "cells", list) or []
        regions_seen: set[tuple[tuple[str, str], ...]] = set()
        for j, cell in enumerate(raw_cells):
            cpath: PathT = (*path, "cells", j)
            if not isinstance(cell, dict):
                r.problem(cpath, "each cell must be an inline table like { amount = 700, ... }.")
                continue
            amount = r.fraction(cell, cpath, "amount")
            if "amount" not in cell:
                r.problem(cpath, "the cell has no 'amount'.")
            elif amount is not None and amount < 0:
                r.problem((*cpath, "amount"), "an income line cannot be negative.")
            verified = r.get(cell, cpath, "verified", bool)
            region: dict[str, str] = {}
            for key, value in cell.items():
                if key in _CELL_ATTRIBUTES:
                    continue
                if key not in region_fields:
                    r.problem(
                        (*cpath, key),
                        f"'{key}' is not a region field; list it in [income] region "
                        f"(now {list(region_fields)}) or remove it.",
                    )
                elif not isinstance(value, str):
                    r.problem((*cpath, key), f"'{key}' must be a choice name (text).")
                else:
                    region[key] = value
            key_tuple = tuple(sorted(region.items()))
            if key_tuple in regions_seen:
                r.problem(cpath, "another cell of this line has the same region.")
            regions_seen.add(key_tuple)
            if amount is not None and verified is not None:
                source = r.get(cell, cpath, "source", str, required=False) or default_source
                note = r.get(cell, cpath, "note", str, required=False)
                cells.append(LineCell(region, amount, verified, source, note))
        if not raw_cells:
            r.problem(path, "the line has no cells; add at least one amount.")
        if line_id is not None:
            lines.append(IncomeLine(line_id, names, tuple(cells)))
    return lines


def _dimensions(r: _Reader) -> list[Dimension]:
    raw = r.get(r.data, (), "dimension", dict, required=False) or {}
    dims = []
    for dim_id, table in raw.items():
        path: PathT = ("dimension", dim_id)
        if not r.only(table, path, ("name",)):
            continue
        dims.append(Dimension(dim_id, r.names(table, path)))
    return dims


def _indicators(
    r: _Reader, dimension_ids: set[str], compile_check: Callable[[str], str | None] | None
) -> tuple[list[Indicator], str]:
    indicators: list[Indicator] = []
    kinds: set[str] = set()
    seen: set[str] = set()
    for i, raw in enumerate(r.get(r.data, (), "indicator", list, required=False) or []):
        path: PathT = ("indicator", i)
        if not r.only(raw, path, _INDICATOR_KEYS):
            continue
        ind_id = r.get(raw, path, "id", str)
        if ind_id is not None:
            if not _ID.match(ind_id):
                r.problem((*path, "id"), f"indicator id {ind_id!r} must be a lower-case name.")
            if ind_id in seen:
                r.problem((*path, "id"), f"indicator id '{ind_id}' is used twice.")
            seen.add(ind_id)
        dimension = r.get(raw, path, "dimension", str)
        if dimension is not None and dimension not in dimension_ids:
            r.problem(
                (*path, "dimension"),
                f"dimension '{dimension}' has no [dimension.{dimension}] table.",
            )
        value: Fraction | None = None
        if ("weight" in raw) == ("points" in raw):
            r.problem(
                path, "an indicator needs exactly one of 'weight' (like \"1/18\") or 'points'."
            )
        elif "weight" in raw:
            kinds.add("weights")
            value = r.fraction(raw, path, "weight")
            if value is not None and not 0 < value <= 1:
                r.problem((*path, "weight"), "a weight must be more than 0 and at most 1.")
                value = None
        else:
            kinds.add("points")
            value = r.fraction(raw, path, "points")
            if value is not None and value <= 0:
                r.problem((*path, "points"), "points must be more than 0.")
                value = None
        test = r.get(raw, path, "test", str)
        if test is not None:
            _check_expression(r, (*path, "test"), test, compile_check)
        applicable = r.get(raw, path, "applicable", str, required=False)
        if applicable is not None:
            _check_expression(r, (*path, "applicable"), applicable, compile_check)
        requires = r.get(raw, path, "requires", list, required=False) or []
        for j, name in enumerate(requires):
            if not isinstance(name, str) or not _FIELD.match(name):
                r.problem(
                    (*path, "requires", j),
                    '\'requires\' lists answer names like "toilet_type" or "members/age".',
                )
        verified = r.get(raw, path, "verified", bool)
        names = r.names(raw, path)
        source = r.get(raw, path, "source", str, required=False)
        note = r.get(raw, path, "note", str, required=False)
        if value is not None and None not in (ind_id, dimension, test, verified):
            indicators.append(
                Indicator(
                    ind_id,
                    dimension,
                    value,
                    names,
                    test,
                    applicable,
                    tuple(x for x in requires if isinstance(x, str)),
                    verified,
                    source,
                    note,
                )
            )
    if len(kinds) > 1:
        r.problem(
            ("indicator",), "use weights for every indicator or points for every one, not both."
        )
    return indicators, (kinds.pop() if len(kinds) == 1 else "weights")


def _thresholds(r: _Reader) -> dict[str, Threshold]:
    raw = r.get(r.data, (), "threshold", dict, required=False) or {}
    out: dict[str, Threshold] = {}
    for name, table in raw.items():
        path: PathT = ("threshold", name)
        if not _ID.match(name) or name in BUILTIN_OPERANDS:
            r.problem(
                path, f"threshold name {name!r} must be a lower-case name that is not built in."
            )
            continue
        if not r.only(table, path, ("value", "verified", "note")):
            continue
        if "value" not in table:
            r.problem(path, f"threshold '{name}' has no 'value'.")
        value = r.fraction(table, path, "value")
        verified = r.get(table, path, "verified", bool)
        note = r.get(table, path, "note", str, required=False)
        if value is not None and verified is not None:
            out[name] = Threshold(name, value, verified, note)
    return out


def _statuses(r: _Reader) -> tuple[list[Status], str]:
    statuses = []
    seen: set[str] = set()
    for i, raw in enumerate(r.get(r.data, (), "status", list) or []):
        path: PathT = ("status", i)
        if not r.only(raw, path, ("code", "name")):
            continue
        code = r.get(raw, path, "code", str)
        if code is not None:
            if not _ID.match(code) or code == "insufficient_data":
                r.problem(
                    (*path, "code"),
                    f"status code {code!r} must be a lower-case name "
                    "other than insufficient_data (that one is built in).",
                )
            if code in seen:
                r.problem((*path, "code"), f"status '{code}' is declared twice.")
            seen.add(code)
            statuses.append(Status(code, r.names(raw, path)))
    default = r.get(r.data, (), "default_status", str) or ""
    return statuses, default


def _operand(r: _Reader, path: PathT, value: Any, names: set[str]) -> str | Fraction | None:
    number = parse_fraction(value)
    if number is not None:
        return number
    if isinstance(value, str) and (value in BUILTIN_OPERANDS or value in names):
        return value
    r.problem(
        path,
        f"{value!r} is not income, score, deprived_count, missing_count, a line id, "
        "a threshold name or a number.",
    )
    return None


def _rules(
    r: _Reader, statuses: set[str], lines: set[str], thresholds: set[str], has_income: bool
) -> list[Rule]:
    rules: list[Rule] = []
    names = lines | thresholds
    for i, raw in enumerate(r.get(r.data, (), "rule", list, required=False) or []):
        path: PathT = ("rule", i)
        if not r.only(raw, path, ("status", "when", "verified", "note")):
            continue
        status = r.get(raw, path, "status", str)
        if status is not None and status not in statuses:
            r.problem((*path, "status"), f"status '{status}' is not declared in a [[status]].")
        conditions: list[Condition] = []
        for j, cond in enumerate(r.get(raw, path, "when", list) or []):
            cpath: PathT = (*path, "when", j)
            if not (isinstance(cond, list) and len(cond) == 3):
                r.problem(
                    cpath,
                    "a condition is a list of three: [left, operator, right], "
                    'like ["income", "<=", "poverty"].',
                )
                continue
            left = _operand(r, (*cpath, 0), cond[0], names)
            op = cond[1]
            if op not in OPERATORS:
                r.problem((*cpath, 1), f"operator {op!r} must be one of {' '.join(OPERATORS)}.")
            right = _operand(r, (*cpath, 2), cond[2], names)
            if "income" in (cond[0], cond[2]) and not has_income:
                r.problem(cpath, "this rule compares income but the file has no [income] table.")
            if left is not None and right is not None and op in OPERATORS:
                conditions.append(Condition(left, op, right))
        verified = r.get(raw, path, "verified", bool, required=False)
        note = r.get(raw, path, "note", str, required=False)
        if status is not None:
            rules.append(
                Rule(status, tuple(conditions), True if verified is None else verified, note)
            )
    return rules


def _xpath_check(text: str) -> str | None:
    from app.survey.xpath import ExpressionError, compile_expression

    try:
        compile_expression(text)
    except ExpressionError as error:
        return str(error)
    return None


def load_standard_text(
    text: str, origin: str = "<standard>", check_expressions: bool = True
) -> Standard:
    """Parse and check a standard from its TOML text; `origin` names it in error messages."""
    return _load(text, origin, _xpath_check if check_expressions else None)


def load_standard_file(path: str | Path) -> Standard:
    """Load one standard file, refusing it with `file:line: message` lines when it is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TinjauError(f"Cannot read the standard file {path}: {error.strerror}.") from None
    except UnicodeDecodeError:
        raise TinjauError(
            f"The standard file {path} is not UTF-8 text; save it as UTF-8."
        ) from None
    standard = load_standard_text(text, str(path))
    object.__setattr__(standard, "path", path)
    return standard
