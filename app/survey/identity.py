"""National identity numbers and phone numbers, checked by the workspace's country.

Malaysia: the MyKad number (app.survey.mykad). Vietnam: the 12-digit personal identification
number printed on the citizen identity card (CCCD): a province code 001-096, a digit for century
and sex, the last two digits of the birth year, then six serial digits; the birth year must not
be in the future. Iran: the 10-digit national code (کد ملی) with its mod-11 check digit; written
with its leading zeros dropped (8 or 9 digits, as a number cell holds it) it gets them back.

Persian (۰-۹) and Arabic-Indic (٠-٩) digits are read as 0-9, and direction marks are dropped,
before anything is checked. Problems name the rule broken, never
the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from app.survey import mykad

# Direction marks and joiners that Persian and Arabic text editors put around numbers.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212().]")


# Persian (extended Arabic-Indic) and Arabic-Indic digits, as Iranian lists are typed.
_TO_ASCII = str.maketrans({chr(base + d): str(d) for base in (0x06F0, 0x0660) for d in range(10)})


def ascii_digits(text: str) -> str:
    """`text` with Persian and Arabic-Indic digits written 0-9 and direction marks dropped.

    Other scripts' digits (full-width ０-９, superscripts) are left as they are, to be refused:
    no census list is typed in them, and a cell holding them was damaged or pasted."""
    return _INVISIBLE.sub("", text).translate(_TO_ASCII)


def _digits(text: str) -> str:
    return _SEPARATORS.sub("", ascii_digits(text))


def _all_digits(number: str) -> bool:
    return number.isascii() and number.isdigit()


def _vn_problem(number: str) -> str | None:
    if not _all_digits(number) or len(number) != 12:
        return "is not a Vietnamese personal identification number (12 digits)"
    if not 1 <= int(number[:3]) <= 96:
        return "does not start with a province code (001-096)"
    century = int(number[3]) // 2  # 0/1: born 1900-1999 (man/woman), 2/3: 2000-2099, ...
    if 1900 + 100 * century + int(number[4:6]) > datetime.now(UTC).year:
        return "gives a birth year in the future (digits 4-6)"
    return None


def _ir_problem(number: str) -> str | None:
    if not _all_digits(number) or len(number) != 10:
        return "is not an Iranian national code (10 digits)"
    if len(set(number)) == 1:
        return "is not an Iranian national code (all its digits are the same)"
    remainder = sum(int(d) * (10 - i) for i, d in enumerate(number[:9])) % 11
    check = remainder if remainder < 2 else 11 - remainder
    if int(number[9]) != check:
        return "has a wrong check digit (the last digit)"
    return None


def _my_problem(number: str) -> str | None:
    return mykad.problem(number)


@dataclass(frozen=True)
class IdentityRules:
    """How one country writes national IDs and phone numbers."""

    id_name: str  # what the ID is called in a sentence
    adjective: str  # "a Malaysian phone number"
    id_length: int
    id_example: str
    calling_code: str  # "60": "+60 12..." is stored "012..."
    phone_pattern: re.Pattern[str]  # over the national form (0 then digits)
    phone_example: str
    shortest_id: int  # fewer digits (a number cell dropped leading zeros) are refused

    def national_id_problem(self, text: str) -> str | None:
        """What is wrong with `text` as a national ID, or None when it is valid."""
        return _PROBLEMS[self.id_name](self.national_id(text))

    def national_id(self, text: str) -> str:
        """The ID's digits (check with `national_id_problem` first)."""
        number = _digits(text)
        if _all_digits(number) and self.shortest_id <= len(number) < self.id_length:
            number = number.zfill(self.id_length)  # a number cell lost the leading zeros
        return number

    def phone(self, text: str) -> str | None:
        """The number in its national form (0 then the digits), or None when it is no phone."""
        number = _digits(text)
        if number.startswith(("+" + self.calling_code, "00" + self.calling_code)):
            number = "0" + number.split(self.calling_code, 1)[1]
        elif number.startswith(self.calling_code) and len(number) > 10:
            number = "0" + number[len(self.calling_code) :]
        return number if self.phone_pattern.fullmatch(number) else None

    def formatted_id(self, number: str) -> str:
        """The ID as it is printed on the card."""
        return mykad.formatted(number) if self.id_name == MYKAD else number


MYKAD = "MyKad number"
_PROBLEMS = {
    MYKAD: _my_problem,
    "personal identification number": _vn_problem,
    "national code": _ir_problem,
}

RULES: dict[str, IdentityRules] = {
    "my": IdentityRules(
        adjective="Malaysian",
        id_name=MYKAD,
        id_length=12,
        id_example="800101-14-5671",
        calling_code="60",
        phone_pattern=re.compile(r"01\d{8,9}|0[3-9]\d{7,8}", re.ASCII),
        phone_example="012-345 6789",
        shortest_id=11,
    ),
    "vn": IdentityRules(
        adjective="Vietnamese",
        id_name="personal identification number",
        id_length=12,
        id_example="001089012345",
        calling_code="84",
        # Mobile: 0 then 9 digits starting 3, 5, 7, 8 or 9; landline: 02 then 9 digits.
        phone_pattern=re.compile(r"0[35789]\d{8}|02\d{9}", re.ASCII),
        phone_example="0912 345 678",
        shortest_id=12,
    ),
    "ir": IdentityRules(
        adjective="Iranian",
        id_name="national code",
        id_length=10,
        id_example="0012345679",
        calling_code="98",
        # Mobile: 09 then 9 digits; landline: 0, a two-digit area code, 8 digits.
        phone_pattern=re.compile(r"09\d{9}|0[1-8]\d{9}", re.ASCII),
        phone_example="0912 345 6789",
        shortest_id=8,
    ),
}


def rules_for(country_code: str) -> IdentityRules:
    """The ID and phone rules of a country (my, vn, ir)."""
    return RULES[country_code]
