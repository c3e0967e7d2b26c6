"""National IDs and phone numbers are checked by the workspace's country: MyKad and Malaysian
phones, Vietnam's 12-digit personal identification number, Iran's national code with its check
digit; Persian digits and direction marks are read, and a refusal never repeats the number."""

from __future__ import annotations

import pytest

from app.survey.identity import ascii_digits, rules_for


@pytest.mark.parametrize(
    ("country", "written", "stored"),
    [
        ("my", "800101-14-5671", "800101145671"),
        ("my", "50101145678", "050101145678"),  # a number cell dropped the leading zero
        ("vn", "079089012345", "079089012345"),
        ("vn", "079 089 012 345", "079089012345"),
        ("ir", "0042156386", "0042156386"),
        ("ir", "42156386", "0042156386"),  # a number cell dropped both leading zeros
        ("ir", "۱۲۷۸۴۵۹۳۰۸", "1278459308"),  # typed in Persian digits
        ("ir", "\u2066127-845930-8\u2069", "1278459308"),  # direction marks and dashes
    ],
)
def test_a_valid_id_is_stored_as_its_digits(country: str, written: str, stored: str) -> None:
    """Each country's ID, as lists write it, is accepted and kept as plain digits."""
    rules = rules_for(country)
    assert rules.national_id_problem(written) is None
    assert rules.national_id(written) == stored


@pytest.mark.parametrize(
    ("country", "written", "rule"),
    [
        ("vn", "79089012345", "12 digits"),
        ("vn", "099089012345", "province code"),
        ("vn", "079299012345", "birth year in the future"),  # 2099
        ("vn", "800101-14-5671", "province code"),  # a MyKad is not a Vietnamese ID
        ("ir", "0042156387", "check digit"),
        ("ir", "1111111111", "all its digits are the same"),
        ("ir", "12345678901", "10 digits"),
        ("my", "079089012345", "valid date"),  # a Vietnamese ID: month 90 is no month
    ],
)
def test_a_wrong_id_names_the_rule_not_the_number(country: str, written: str, rule: str) -> None:
    """A number breaking the country's rule gets a sentence naming the rule, without the number."""
    problem = rules_for(country).national_id_problem(written)
    assert problem is not None and rule in problem
    assert written not in problem and written[-4:] not in problem


@pytest.mark.parametrize(
    ("country", "written", "stored"),
    [
        ("my", "+60 12-345 6789", "0123456789"),
        ("my", "03-2274 1234", "0322741234"),
        ("vn", "0912 345 678", "0912345678"),
        ("vn", "+84 903 123 456", "0903123456"),
        ("vn", "028 3823 4567", "02838234567"),
        ("ir", "0912 345 6789", "09123456789"),
        ("ir", "+98 912 111 2233", "09121112233"),
        ("ir", "۰۲۱ ۲۲۲۲ ۳۳۳۳", "02122223333"),
        ("ir", "0098 21 2222 3333", "02122223333"),
    ],
)
def test_phones_are_stored_in_the_national_form(country: str, written: str, stored: str) -> None:
    """With or without the country code, in Persian digits or with spaces: one stored form."""
    assert rules_for(country).phone(written) == stored


@pytest.mark.parametrize(
    ("country", "written"),
    [
        ("my", "+84 903 123 456"),  # Vietnamese mobile, not Malaysian
        ("vn", "012-345 6789"),  # Malaysian mobile
        ("vn", "+98 912 111 2233"),
        ("ir", "0912 345 678"),  # one digit short
        ("ir", "+60 12-345 6789"),
    ],
)
def test_another_countrys_phone_is_refused(country: str, written: str) -> None:
    """A number that is a phone elsewhere is not one in this workspace's country."""
    assert rules_for(country).phone(written) is None


def test_only_persian_and_arabic_indic_digits_are_read_as_digits() -> None:
    """Persian and Arabic-Indic digits become 0-9; full-width digits are left to be refused."""
    assert ascii_digits("۰۱۲٣٤") == "01234"
    assert ascii_digits("０１") == "０１"
