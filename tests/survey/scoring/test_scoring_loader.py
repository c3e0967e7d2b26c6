"""A standard file is checked field by field and refused with `file:line: message` lines."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.scoring import find_standard, load_standard_file, load_standard_text
from app.survey.scoring.locate import key_lines

GOOD = """\
id = "tiny"
version = "2"
currency = "USD"
default_status = "ok"

[name]
en = "Tiny"
ms = "Kecil"
vi = "Nhỏ"
fa = "کوچک"

[[source]]
citation = "A test"

[income]
field = "income_per_capita"
period = "month"
line_period = "year"
region = ["stratum"]

[[line]]
id = "line"
name = { en = "line", ms = "garis", vi = "chuẩn", fa = "خط" }
cells = [
  { stratum = "rural", amount = 1200, verified = true },
  { stratum = "urban", amount = "1500.50", verified = false },
]

[threshold.k]
value = "1/2"
verified = true

[[status]]
code = "poor"
name = { en = "Poor", ms = "Miskin", vi = "Nghèo", fa = "فقیر" }

[[status]]
code = "ok"
name = { en = "OK", ms = "OK", vi = "OK", fa = "OK" }

[[rule]]
status = "poor"
when = [["income", "<=", "line"], ["score", ">=", "k"]]

[dimension.d]
name = { en = "D", ms = "D", vi = "D", fa = "D" }

[[indicator]]
id = "water"
dimension = "d"
weight = "1/2"
test = "${water_source} = 'surface_water'"
verified = true
name = { en = "water", ms = "air", vi = "nước", fa = "آب" }

[[indicator]]
id = "power"
dimension = "d"
weight = "1/2"
test = "${electricity} = 'no'"
verified = false
name = { en = "power", ms = "elektrik", vi = "điện", fa = "برق" }
"""


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(LocatedErrors) as caught:
        load_standard_text(text, "bad.toml")
    return caught.value.problems


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """1-based line of the nth line of `text` containing `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth]


def test_the_good_file_loads_with_exact_numbers() -> None:
    """The reference file loads; weights and amounts are exact fractions."""
    std = load_standard_text(GOOD)
    assert std.id == "tiny" and std.version == "2"
    assert [ind.value for ind in std.indicators] == [Fraction(1, 2), Fraction(1, 2)]
    assert std.line("line").cells[1].amount == Fraction(3001, 2)
    assert std.k == Fraction(1, 2)
    assert not std.verified  # one cell and one indicator are unverified


def test_toml_syntax_error_names_its_line() -> None:
    """A TOML syntax error is reported as file:line with tomllib's reason."""
    text = GOOD.replace('currency = "USD"', "currency = USD")
    [(where, what)] = problems(text)
    assert where == f"bad.toml:{line_of(text, 'currency')}"
    assert "Invalid value" in what


@pytest.mark.parametrize(
    ("old", "new", "needle", "fragment"),
    [
        (
            'weight = "1/2"\ntest = "${electricity}',
            'weight = "1/0"\ntest = "${electricity}',
            'weight = "1/0"',
            "exact fraction",
        ),
        (
            'weight = "1/2"\ntest = "${electricity}',
            'weight = "half"\ntest = "${electricity}',
            'weight = "half"',
            "exact fraction",
        ),
        ('["income", "<=", "line"]', '["income", "=<", "line"]', '"=<"', "operator '=<'"),
        ('["score", ">=", "k"]', '["score", ">=", "kk"]', '"kk"', "'kk' is not income"),
        ('status = "poor"\nwhen', 'status = "rich"\nwhen', 'status = "rich"', "not declared"),
        (
            "test = \"${electricity} = 'no'\"",
            "test = \"${electricity} = = 'no'\"",
            "= = 'no'",
            "does not parse",
        ),
        ('fa = "برق" }', 'fa = "" }', 'vi = "điện", fa = "" }', "'fa' is missing or empty"),
        (
            'dimension = "d"\nweight = "1/2"\ntest = "${el',
            'dimension = "e"\nweight = "1/2"\ntest = "${el',
            'dimension = "e"',
            "no [dimension.e] table",
        ),
        (
            '{ stratum = "rural", amount = 1200',
            '{ state = "rural", amount = 1200',
            'state = "rural"',
            "not a region field",
        ),
        (
            "amount = 1200, verified = true",
            "amount = 1200",
            "amount = 1200 }",
            "'verified' is missing",
        ),
        ('period = "month"', 'period = "week"', 'period = "week"', "'month' or 'year'"),
        (
            'verified = false\nname = { en = "power"',
            'verified = "no"\nname = { en = "power"',
            'verified = "no"',
            "true or false",
        ),
        ('id = "power"', 'id = "water"', 'id = "water"', "used twice"),
        (
            'test = "${water_source}',
            'aplicable = "true()"\ntest = "${water_source}',
            "aplicable",
            "unknown key 'aplicable'",
        ),
    ],
)
def test_each_kind_of_error_is_located(old: str, new: str, needle: str, fragment: str) -> None:
    """Each mistake is reported once at the line where it is written, with a message saying what."""
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    found = problems(text)
    expected_line = f"bad.toml:{line_of(text, needle, -1)}"  # the last: duplicates come second
    assert any(where == expected_line and fragment in what for where, what in found), found


def test_weights_must_add_up_to_one() -> None:
    """Weights of 1/2 and 1/3 are refused: they add up to 5/6."""
    text = GOOD.replace('weight = "1/2"', 'weight = "1/3"', 1)
    found = problems(text)
    assert any("add up to 5/6" in what for _, what in found)


def test_missing_required_key_is_reported_at_its_table() -> None:
    """An indicator without a test is reported at the line of its [[indicator]] header."""
    text = GOOD.replace("test = \"${electricity} = 'no'\"\n", "")
    found = problems(text)
    assert (
        f"bad.toml:{line_of(text, '[[indicator]]', 1)}",
        "'test' is missing in indicator.1; add it.",
    ) in found


def test_all_problems_are_reported_together() -> None:
    """Two independent mistakes give two located lines in one error, sorted by line."""
    text = GOOD.replace('version = "2"', "version = 2.5").replace(
        'weight = "1/2"', 'weight = "x"', 1
    )
    error = pytest.raises(LocatedErrors, load_standard_text, text, "bad.toml").value
    assert len(error.problems) >= 2
    rendered = str(error).splitlines()
    assert rendered[0].startswith("The poverty standard bad.toml has")
    assert rendered[1].startswith("bad.toml:2: 'version'")


def test_a_file_on_disk_is_refused_with_its_path(tmp_path: Path) -> None:
    """load_standard_file names the file itself in every problem line."""
    path = tmp_path / "mine.toml"
    path.write_text(GOOD.replace('code = "ok"', 'code = "insufficient_data"'), encoding="utf-8")
    with pytest.raises(LocatedErrors) as caught:
        load_standard_file(path)
    assert all(where.startswith(f"{path}:") for where, _ in caught.value.problems)


def test_standard_file_must_hold_the_requested_id(tmp_path: Path) -> None:
    """--standard-file with another id inside is refused with a sentence, not scored."""
    path = tmp_path / "tiny.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert find_standard("tiny", path).id == "tiny"
    with pytest.raises(TinjauError, match="holds the standard 'tiny'"):
        find_standard("other", path)


def test_key_lines_follow_arrays_of_tables_and_inline_tables() -> None:
    """The line finder maps nested paths (array element, inline table key) to their lines."""
    lines = key_lines(GOOD)
    assert lines[("indicator", 1, "weight")] == line_of(GOOD, 'weight = "1/2"', 1)
    assert lines[("line", 0, "cells", 1, "amount")] == line_of(GOOD, '"1500.50"')
    assert lines[("rule", 0, "when", 0, 1)] == line_of(GOOD, '["income", "<=", "line"]')


def test_the_documented_example_is_a_valid_standard() -> None:
    """The complete example in docs/standards.md loads and scores a household as it says."""
    doc = (Path(__file__).resolve().parents[3] / "docs" / "standards.md").read_text("utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    std = load_standard_text(example, "docs/standards.md")
    from app.survey.scoring import score_household

    answers = {
        "stratum": "rural",
        "income_per_capita": 1_500_000,  # 18,000,000 a year: exactly on the rural line
        "members": [{"age": 30, "health_insurance": "no"}],
        "toilet_type": "none",
    }
    assert score_household(std, answers).status == "poor"


def test_variables_feed_tests_and_income() -> None:
    """[variables] are computed first and usable as ${name} in tests and as the income field."""
    text = GOOD.replace(
        '[income]\nfield = "income_per_capita"',
        '[variables]\nn = "count(${members})"\nper_head = "${total} div count(${members})"\n\n'
        '[income]\nfield = "per_head"',
    ).replace("test = \"${electricity} = 'no'\"", 'test = "${n} > 4"')
    std = load_standard_text(text)
    from app.survey.scoring import score_household

    big = {"stratum": "rural", "total": 500, "members": [{}] * 5, "water_source": "x"}
    small = dict(big, members=[{}] * 4, total=400)
    for _ in range(2):  # the second round reads the memo
        assert score_household(std, big).deprived == {"water": False, "power": True}
        assert score_household(std, small).deprived == {"water": False, "power": False}
    assert score_household(std, big).income == 100 * 12


@pytest.mark.parametrize(
    ("old", "new", "needle", "fragment"),
    [
        ("amount = 1200", "amount = 1e400", "amount = 1e400", "got inf"),
        ("amount = 1200", "amount = nan", "amount = nan", "got nan"),
        ("amount = 1200", "amount = -inf", "amount = -inf", "got -inf"),
        ("amount = 1200", "amount = 1e16", "amount = 1e16", "up to 10^15 with"),
        ("amount = 1200", 'amount = "1/3' + "0" * 60 + '"', "amount = ", "up to 10^15 with"),
        ('value = "1/2"', "value = inf", "value = inf", "got inf"),
        ('value = "1/2"', 'value = "-1/2"', 'value = "-1/2"', "cannot be negative"),
        (
            'weight = "1/2"\ntest = "${el',
            'weight = -0.5\ntest = "${el',
            "weight = -0.5",
            "more than 0",
        ),
        ('["score", ">=", "k"]', '["score", ">=", 1e400]', "1e400", "inf is not income"),
        ('["score", ">=", "k"]', '["score", ">=", -1]', '">=", -1]', "a number from 0 to 10^15"),
    ],
)
def test_numbers_unusable_for_their_use_name_their_line(
    old: str, new: str, needle: str, fragment: str
) -> None:
    """inf, nan, beyond 10^15, negative thresholds, weights or rule numbers: file:line refusals."""
    text = GOOD.replace(old, new, 1)
    found = problems(text)
    assert any(
        where == f"bad.toml:{line_of(text, needle)}" and fragment in what for where, what in found
    ), found


def test_an_integer_of_thousands_of_digits_names_its_line() -> None:
    """A TOML integer beyond Python's digit limit is a file:line refusal, not a ValueError."""
    text = GOOD.replace("amount = 1200", "amount = " + "9" * 5000, 1)
    [(where, what)] = problems(text)
    assert where == f"bad.toml:{line_of(text, '9999')}" and "thousands of digits" in what
