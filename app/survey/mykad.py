"""Malaysian identity card (MyKad) numbers: `YYMMDD-PB-###G`, 12 digits.

The birth date may be a registration date and the century is ambiguous, so only the month and
day are checked; PB is a place-of-birth code from the national registration department's table
(listed in docs/household-form.md); G is odd for a man and even for a woman. Error texts never
repeat the number: they say which rule it breaks.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

# Place-of-birth codes, by state (first code is the one used for people born since the 1990s).
STATE_CODES: dict[str, tuple[str, ...]] = {
    "johor": ("01", "21", "22", "23", "24"),
    "kedah": ("02", "25", "26", "27"),
    "kelantan": ("03", "28", "29"),
    "melaka": ("04", "30"),
    "negeri_sembilan": ("05", "31", "59"),
    "pahang": ("06", "32", "33"),
    "pulau_pinang": ("07", "34", "35"),
    "perak": ("08", "36", "37", "38", "39"),
    "perlis": ("09", "40"),
    "selangor": ("10", "41", "42", "43", "44"),
    "terengganu": ("11", "45", "46"),
    "sabah": ("12", "47", "48", "49"),
    "sarawak": ("13", "50", "51", "52", "53"),
    "kuala_lumpur": ("14", "54", "55", "56", "57"),
    "labuan": ("15", "58"),
    "putrajaya": ("16",),
}
UNKNOWN_STATE = "82"
OUTSIDE_MALAYSIA = tuple(
    f"{n:02d}" for n in [*range(60, 69), 71, 72, *range(74, 80), *range(83, 94), 98, 99]
)
VALID_PB = frozenset(
    [code for codes in STATE_CODES.values() for code in codes] + [UNKNOWN_STATE, *OUTSIDE_MALAYSIA]
)

# Spaces and dashes, including the typographic dashes word processors put in place of "-".
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]")


def digits_of(text: str) -> str:
    """The number with dashes and spaces removed (other characters are kept, to be refused)."""
    return _SEPARATORS.sub("", text)


def problem(text: str) -> str | None:
    """What is wrong with `text` as a MyKad number, or None when it is valid."""
    number = digits_of(text)
    if not (number.isascii() and number.isdigit()) or len(number) != 12:
        return "is not a MyKad number (12 digits, written YYMMDD-PB-###G)"
    month, day = int(number[2:4]), int(number[4:6])
    # Any year: the century is not in the number; 29 February needs a leap year in some century.
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return "does not start with a valid date (YYMMDD)"
    if number[6:8] not in VALID_PB:
        return "has an unknown place-of-birth code (digits 7-8)"
    return None


def normalise(text: str) -> str:
    """The 12 digits of a valid number; raises ValueError (without the number) otherwise."""
    what = problem(text)
    if what is not None:
        raise ValueError(f"the national ID {what}")
    return digits_of(text)


def formatted(number: str) -> str:
    """12 digits as they are printed on the card: YYMMDD-PB-###G."""
    return f"{number[:6]}-{number[6:8]}-{number[8:]}"


def sex_of(number: str) -> str:
    """'male' when the last digit is odd, 'female' when it is even."""
    return "male" if int(number[-1]) % 2 else "female"


def make(birth: date, place_code: str, serial: int, sex: str) -> str:
    """A well-formed number for someone born on `birth`: serial 0-999, last digit by sex."""
    if place_code not in VALID_PB:
        raise ValueError("unknown place-of-birth code")
    last = (serial * 7 + birth.day) % 5 * 2 + (1 if sex == "male" else 0)
    return f"{birth:%y%m%d}{place_code}{serial % 1000:03d}{last}"
