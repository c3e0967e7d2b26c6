"""Readers for the sections of a standard file: income, lines, dimensions, indicators,
thresholds, statuses and rules. Each checks its fields and records located problems."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from app.survey.scoring.model import (
    BUILTIN_OPERANDS,
    OPERATORS,
    PERIODS,
    Condition,
    Dimension,
    IncomeDefinition,
    IncomeLine,
    Indicator,
    LineCell,
    Rule,
    Status,
    Threshold,
)
from app.survey.scoring.reader import (
    CELL_ATTRIBUTES,
    FIELD,
    ID,
    INDICATOR_KEYS,
    CheckExpression,
    PathT,
    Reader,
    check_expression,
    clipped,
    parse_fraction,
)


def read_income(
    r: Reader, compile_check: CheckExpression
) -> tuple[IncomeDefinition | None, tuple[str, ...]]:
    raw = r.get(r.data, (), "income", dict, required=False)
    if raw is None:
        return None, ()
    path: PathT = ("income",)
    r.only(raw, path, ("field", "period", "line_period", "region", "region_names", "fallback"))
    field = r.get(raw, path, "field", str)
    if field is not None and not FIELD.match(field):
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
        check_expression(r, (*path, "fallback"), fallback, compile_check)
    if field is None or None in periods:
        return None, tuple(region)
    definition = IncomeDefinition(
        field, periods[0], periods[1], tuple(region), region_names, fallback
    )
    return definition, tuple(region)


def read_lines(r: Reader, region_fields: tuple[str, ...]) -> list[IncomeLine]:
    lines: list[IncomeLine] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.get(r.data, (), "line", list, required=False) or []):
        path: PathT = ("line", i)
        if not r.only(raw, path, ("id", "name", "source", "cells")):
            continue
        line_id = r.get(raw, path, "id", str)
        if line_id is not None:
            r.unique_id(
                (*path, "id"),
                line_id,
                seen,
                line_id in BUILTIN_OPERANDS,
                f"line id {line_id!r} must be a lower-case name "
                "that is not income, score, deprived_count or missing_count.",
                f"line id '{line_id}' is used twice.",
            )
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
                if key in CELL_ATTRIBUTES:
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


def read_dimensions(r: Reader) -> list[Dimension]:
    raw = r.get(r.data, (), "dimension", dict, required=False) or {}
    dims = []
    for dim_id, table in raw.items():
        path: PathT = ("dimension", dim_id)
        if not r.only(table, path, ("name",)):
            continue
        dims.append(Dimension(dim_id, r.names(table, path)))
    return dims


def read_indicators(
    r: Reader, dimension_ids: set[str], compile_check: CheckExpression
) -> tuple[list[Indicator], str]:
    indicators: list[Indicator] = []
    kinds: set[str] = set()
    seen: set[str] = set()
    for i, raw in enumerate(r.get(r.data, (), "indicator", list, required=False) or []):
        path: PathT = ("indicator", i)
        if not r.only(raw, path, INDICATOR_KEYS):
            continue
        ind_id = r.get(raw, path, "id", str)
        if ind_id is not None:
            r.unique_id(
                (*path, "id"),
                ind_id,
                seen,
                False,
                f"indicator id {ind_id!r} must be a lower-case name.",
                f"indicator id '{ind_id}' is used twice.",
            )
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
            check_expression(r, (*path, "test"), test, compile_check)
        applicable = r.get(raw, path, "applicable", str, required=False)
        if applicable is not None:
            check_expression(r, (*path, "applicable"), applicable, compile_check)
        requires = r.get(raw, path, "requires", list, required=False) or []
        for j, name in enumerate(requires):
            if not isinstance(name, str) or not FIELD.match(name):
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


def read_thresholds(r: Reader) -> dict[str, Threshold]:
    raw = r.get(r.data, (), "threshold", dict, required=False) or {}
    out: dict[str, Threshold] = {}
    for name, table in raw.items():
        path: PathT = ("threshold", name)
        if not ID.match(name) or name in BUILTIN_OPERANDS:
            r.problem(
                path, f"threshold name {name!r} must be a lower-case name that is not built in."
            )
            continue
        if not r.only(table, path, ("value", "verified", "note")):
            continue
        if "value" not in table:
            r.problem(path, f"threshold '{name}' has no 'value'.")
        value = r.fraction(table, path, "value")
        if value is not None and value < 0:
            r.problem((*path, "value"), "a threshold cannot be negative: scores, counts and "
                      "incomes it is compared with never are.")  # fmt: skip
            value = None
        verified = r.get(table, path, "verified", bool)
        note = r.get(table, path, "note", str, required=False)
        if value is not None and verified is not None:
            out[name] = Threshold(name, value, verified, note)
    return out


def read_statuses(r: Reader) -> tuple[list[Status], str]:
    statuses = []
    seen: set[str] = set()
    for i, raw in enumerate(r.get(r.data, (), "status", list) or []):
        path: PathT = ("status", i)
        if not r.only(raw, path, ("code", "name")):
            continue
        code = r.get(raw, path, "code", str)
        if code is not None:
            r.unique_id(
                (*path, "code"),
                code,
                seen,
                code == "insufficient_data",
                f"status code {code!r} must be a lower-case name "
                "other than insufficient_data (that one is built in).",
                f"status '{code}' is declared twice.",
            )
            statuses.append(Status(code, r.names(raw, path)))
    default = r.get(r.data, (), "default_status", str) or ""
    return statuses, default


def read_operand(r: Reader, path: PathT, value: Any, names: set[str]) -> str | Fraction | None:
    number = parse_fraction(value)
    if number is not None and number >= 0:
        return number
    if isinstance(value, str) and (value in BUILTIN_OPERANDS or value in names):
        return value
    r.problem(
        path,
        f"{clipped(value)} is not income, score, "
        "deprived_count, missing_count, a line id, a threshold name or a number from 0 to 10^15.",
    )
    return None


def read_rules(
    r: Reader, statuses: set[str], lines: set[str], thresholds: set[str], has_income: bool
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
            left = read_operand(r, (*cpath, 0), cond[0], names)
            op = cond[1]
            if op not in OPERATORS:
                r.problem((*cpath, 1), f"operator {op!r} must be one of {' '.join(OPERATORS)}.")
            right = read_operand(r, (*cpath, 2), cond[2], names)
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
