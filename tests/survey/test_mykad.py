"""MyKad numbers: the checks census import relies on, and messages that never echo the number."""

from __future__ import annotations

from datetime import date

import pytest

from app.survey import mykad


@pytest.mark.parametrize(
    "number",
    ["800101-14-5678", "800101145678", "000229 10 0011", "991231-99-0002",
     "800101\u201314\u20135678", "800101\u00a014\u00a05678"],  # en dashes, no-break spaces
)  # fmt: skip
def test_valid_numbers_pass_with_or_without_separators(number: str) -> None:
    """Dashes and spaces are ignored; 29 February is a real date in some century."""
    assert mykad.problem(number) is None
    assert mykad.normalise(number) == "".join(c for c in number if c.isdigit())


@pytest.mark.parametrize(
    ("number", "rule"),
    [
        ("12345", "12 digits"),
        ("80010114567X", "12 digits"),
        ("801301145678", "valid date"),
        ("800230145678", "valid date"),
        ("800101185678", "place-of-birth"),
        ("800101705678", "place-of-birth"),
    ],
)
def test_invalid_numbers_name_the_rule_not_the_number(number: str, rule: str) -> None:
    """Each broken rule has its own message, and the message never contains the digits."""
    what = mykad.problem(number)
    assert what is not None and rule in what and number[:6] not in what
    with pytest.raises(ValueError) as caught:
        mykad.normalise(number)
    assert number not in str(caught.value)


def test_make_agrees_with_birth_date_place_and_sex() -> None:
    """A made number starts with the birth date and place code; its last digit gives the sex."""
    for sex in ("male", "female"):
        number = mykad.make(date(1985, 7, 9), "14", 123, sex)
        assert number.startswith("85070914123") and mykad.problem(number) is None
        assert mykad.sex_of(number) == sex
    assert mykad.formatted("850709141234") == "850709-14-1234"
