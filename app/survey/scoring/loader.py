"""Read a poverty standard file (TOML), check every field, and refuse it with `file:line: message`.

All problems in a file are collected and reported together, each at the line it is written on,
so a supervisor can fix a standard in one pass. The format is documented in docs/standards.md.
"""

from __future__ import annotations

import re
import tomllib
from fractions import Fraction
from pathlib import Path

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.scoring.locate import key_lines
from app.survey.scoring.model import (
    MISSING_POLICIES,
    NOT_NUMBER_POLICIES,
    Source,
    Standard,
)
from app.survey.scoring.reader import (
    STANDARD_ID,
    TOP_KEYS,
    CheckExpression,
    Reader,
    check_expression,
)
from app.survey.scoring.sections import (
    read_dimensions,
    read_income,
    read_indicators,
    read_lines,
    read_rules,
    read_statuses,
    read_thresholds,
)


def _load(text: str, origin: str, compile_check: CheckExpression) -> Standard:
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
    except (ValueError, RecursionError):  # an integer of thousands of digits; arrays nested deep
        long = re.search(r"\d{4000,}|[\[{]{100,}", text)
        line = str(text.count("\n", 0, long.start()) + 1) if long else "1"
        raise LocatedErrors(
            f"The poverty standard {origin} cannot be read; correct the line shown.",
            [(f"{origin}:{line}", "a number with thousands of digits, or lists nested too deep.")],
        ) from None
    reader = Reader(data, key_lines(text))
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


def _build(r: Reader, compile_check: CheckExpression) -> Standard | None:
    d = r.data
    r.only(d, (), TOP_KEYS)
    std_id = r.get(d, (), "id", str)
    if std_id is not None and not STANDARD_ID.match(std_id):
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

    income, region_fields = read_income(r, compile_check)
    lines = read_lines(r, region_fields)
    line_ids = {line.id for line in lines}
    if lines and income is None:
        r.problem(("line",), "income lines need an [income] table saying which answer is income.")

    dimensions = read_dimensions(r)
    indicators, scoring = read_indicators(r, {dim.id for dim in dimensions}, compile_check)
    thresholds = read_thresholds(r)
    statuses, default_status = read_statuses(r)
    status_codes = {s.code for s in statuses}
    rules = read_rules(r, status_codes, line_ids, set(thresholds), income is not None)

    missing, not_numbers = "count_as_not_deprived", "refuse"
    raw_missing = r.get(d, (), "missing", dict, required=False)
    if raw_missing is not None:
        r.only(raw_missing, ("missing",), ("indicators", "not_numbers"))
        missing = _policy(r, raw_missing, "indicators", MISSING_POLICIES) or missing
        not_numbers = _policy(r, raw_missing, "not_numbers", NOT_NUMBER_POLICIES) or not_numbers

    variables: dict[str, str] = {}
    raw_vars = r.get(d, (), "variables", dict, required=False) or {}
    for name, expression in raw_vars.items():
        if not isinstance(expression, str):
            r.problem(("variables", name), f"variable '{name}' must be an expression (text).")
            continue
        check_expression(r, ("variables", name), expression, compile_check)
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
        not_numbers=not_numbers,
        variables=variables,
    )


def _policy(r: Reader, table: dict[str, object], key: str, allowed: tuple[str, ...]) -> str | None:
    """`[missing] key`, when given and one of `allowed` (else a located problem)."""
    value = r.get(table, ("missing",), key, str, required=False)
    if value is not None and value not in allowed:
        r.problem(("missing", key), f"'{key}' must be one of {', '.join(allowed)}; got {value!r}.")
        return None
    return value


def _xpath_check(text: str) -> str | None:
    from app.survey.xpath import ExpressionError, compile_expression

    try:
        compile_expression(text)
    except ExpressionError as error:
        return str(error)
    return None


def load_standard_text(text: str, origin: str = "<standard>") -> Standard:
    """Parse and check a standard from its TOML text; `origin` names it in error messages."""
    return _load(text, origin, _xpath_check)


def read_standard_text(path: str | Path) -> str:
    """The text of a standard file, or a sentence saying why it cannot be read."""
    path = Path(path)
    if path.is_dir():
        raise TinjauError(f"{path} is a folder; give the path of one standard .toml file.")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise TinjauError(f"Cannot read the standard file {path}: {error.strerror}.") from None
    except UnicodeDecodeError:
        raise TinjauError(
            f"The standard file {path} is not UTF-8 text; save it as UTF-8."
        ) from None


def load_standard_file(path: str | Path) -> Standard:
    """Load one standard file, refusing it with `file:line: message` lines when it is wrong."""
    path = Path(path)
    standard = load_standard_text(read_standard_text(path), str(path))
    object.__setattr__(standard, "path", path)
    return standard
