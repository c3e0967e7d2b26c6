"""Answers that field offices really produce: other scripts' digits, huge numbers, deep JSON,
ID numbers in the wrong place. Each is read or refused with a sentence; none is echoed."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.forms import FormSession, load_form
from app.survey.forms.answers import AnswerTypeError
from app.survey.forms.engine import MAX_REPEAT_COUNT

from .conftest import REPO

ID_NUMBER = "880101-14-5678"

SURVEY = [
    ["type", "name", "label", "calculation", "repeat_count"],
    ["integer", "age", "Age", "", ""],
    ["decimal", "income", "Income", "", ""],
    ["date", "born", "Born", "", ""],
    ["time", "seen", "Seen", "", ""],
    ["select_one yn", "owner", "Owner", "", ""],
    ["calculate", "twice", "", "${age} * 2", ""],
    ["integer", "rooms", "Rooms", "", ""],
    ["integer", "spread", "Spread", "", ""],
    ["begin_repeat", "room", "Room", "", "${rooms} div ${spread}"],
    ["text", "use", "Use", "", ""],
    ["end_repeat", "", "", "", ""],
    ["begin_repeat", "member", "Member", "", ""],
    ["text", "member_name", "Name", "", ""],
    ["end_repeat", "", "", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


@pytest.fixture
def form_path(make_form: Callable[..., Path]) -> Path:
    return make_form(SURVEY, CHOICES)


@pytest.fixture
def session(form_path: Path, cache_dir: Path) -> FormSession:
    return FormSession(load_form(form_path, cache_dir=cache_dir))


@pytest.mark.parametrize(
    ("name", "typed", "stored"),
    [
        ("age", "\u0663\u0664", 34),  # Arabic-Indic digits
        ("age", "\uff15", 5),  # fullwidth 5
        ("age", "\u0968\u0966", 20),  # Devanagari digits
        ("income", "\u0663.\uff15", 3.5),
        ("born", "\u0662\u0660\u0662\u0666-\u0660\u0661-\u0660\u0662", "2026-01-02"),
        ("seen", "\u0660\u0669:\u0661\u0665", "09:15:00"),
    ],
)
def test_decimal_digits_of_any_script_are_the_digits_they_are(
    session: FormSession, name: str, typed: str, stored: Any
) -> None:
    """A Unicode decimal digit counts as its digit (Python's int()/float() rule) and is stored
    with ASCII digits, so '٣٤' is 34 and '٠٩:١٥' is 09:15:00."""
    session.set(name, typed)
    assert session.value(name) == stored


@pytest.mark.parametrize(
    ("name", "typed", "needs"),
    [
        ("age", "\u00b2", "needs a whole number;"),  # superscript two
        ("age", "1\u00b2", "needs a whole number;"),
        ("age", "\u00bd", "needs a whole number;"),  # one half
        ("age", "\u216b", "needs a whole number;"),  # Roman numeral twelve
        ("income", "\u00b3.5", "needs a number;"),
        ("age", "1e400", "needs a whole number;"),
        ("income", "1e400", "needs a number;"),
    ],
)
def test_number_like_characters_that_are_not_digits_are_refused(
    session: FormSession, name: str, typed: str, needs: str
) -> None:
    """Superscripts, fractions, Roman numerals and exponents are refused with the type's
    message and the answer is not changed (never read as some other number)."""
    session.set(name, 7)
    with pytest.raises(AnswerTypeError, match=needs):
        session.set(name, typed)
    assert session.value(name) == 7


@pytest.mark.parametrize("given", [10**400, -(10**16), "9" * 5000, " 1234567890123456 ", 1e300])
def test_integers_longer_than_15_digits_are_refused(session: FormSession, given: Any) -> None:
    """An integer answer of more than 15 digits (exact in the expressions' floats) is refused
    with a sentence, including ones Python cannot turn into text or a float."""
    with pytest.raises(AnswerTypeError, match="a whole number of at most 15 digits"):
        session.set("age", given)
    session.set("age", 10**15 - 1)
    assert session.value("twice") == 2 * (10**15 - 1)


def test_a_decimal_beyond_the_float_range_is_refused(session: FormSession) -> None:
    """A decimal answer too large for a float (10**400) is refused, not an OverflowError."""
    with pytest.raises(AnswerTypeError, match="needs a finite number"):
        session.set("income", 10**400)


def test_repeat_count_is_capped_at_the_documented_maximum(session: FormSession) -> None:
    """A repeat_count of a billion or of infinity (x div 0) makes MAX_REPEAT_COUNT instances and
    leaves a note for the form's author; a sensible count after it is followed again."""
    session.set("rooms", 10**9)
    session.set("spread", 1)
    assert session.repeat_size("room") == MAX_REPEAT_COUNT
    assert "more than 500" in session.evaluation_problems[("room", "repeat_count")]
    session.set("spread", 0)
    assert session.repeat_size("room") == MAX_REPEAT_COUNT
    session.set("rooms", 3)
    session.set("spread", 1)
    assert session.repeat_size("room") == 3
    assert ("room", "repeat_count") not in session.evaluation_problems


def test_saved_repeats_beyond_the_maximum_are_refused(form_path: Path, cache_dir: Path) -> None:
    """Saved answers with more instances than a repeat holds are refused naming the repeat,
    and add_repeat stops at the maximum."""
    form = load_form(form_path, cache_dir=cache_dir)
    with pytest.raises(LocatedErrors, match="member: has 501 instances; a repeat holds at most"):
        FormSession(form, {"member": [{}] * (MAX_REPEAT_COUNT + 1)})
    full = FormSession(form, {"member": [{}] * MAX_REPEAT_COUNT})
    with pytest.raises(TinjauError, match="already has 500 instances"):
        full.add_repeat("member")


@pytest.mark.parametrize("saved", [[1, 2], {"a": 1}, [[["deep"]]]])
def test_a_saved_calculation_that_is_not_text_or_a_number_is_refused(
    form_path: Path, cache_dir: Path, saved: Any
) -> None:
    """A saved value of a calculate question that is a list or an object is refused with a
    sentence naming the question, not a TypeError."""
    with pytest.raises(LocatedErrors, match="twice: twice is filled in by the form"):
        FormSession(load_form(form_path, cache_dir=cache_dir), {"twice": saved})


def test_refusals_never_echo_the_answer(form_path: Path, cache_dir: Path) -> None:
    """An ID number given as a choice, or as a key, appears in no message: the choice error
    names the question and the rule, a stray key is shown with the number masked."""
    form = load_form(form_path, cache_dir=cache_dir)
    with pytest.raises(LocatedErrors) as caught:
        FormSession(form, {"owner": ID_NUMBER, ID_NUMBER.replace("-", ""): "x"})
    text = str(caught.value)
    assert "owner: owner was given an answer that is not one of its choices" in text
    assert "[id]: is not a question" in text
    assert "5678" not in text


# --- tinjau form fill -----------------------------------------------------------------


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def fill(form: Path, answers: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "form", "fill", str(form), "--answers", str(answers),
         "--cache-dir", str(cache)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "answers.json is nested too deeply to read"),
        ('{"member": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply to read"),
        ('{"age": ' + "9" * 5000 + "}", "answers.json holds a number with thousands of digits"),
        ('{"age": ' + "9" * 400 + "}", "age: age is an integer question and needs a whole "),
        ('{"income": ' + "9" * 400 + "}", "income: income is a decimal question and needs a fi"),
        ('{"age": "\u00b2"}', "age: age is an integer question and needs a whole number;"),
        ('{"member": [{}, 3]}', "member[1]: must be a dict keyed by question name"),
        ('{"member": {"a": 1}}', "member: a repeat's answers must be a list"),
        (json.dumps({"owner": ID_NUMBER}), "owner: owner was given an answer that is not one"),
    ],
)
def test_fill_refuses_bad_answers_with_a_sentence(
    form_path: Path, tmp_path: Path, content: str, message: str
) -> None:
    """Deep JSON, huge numbers, non-digits and wrong shapes exit 1 with a sentence naming the
    field, never a traceback and never the answer, and change no file."""
    cache = tmp_path / "cache"
    load_form(form_path, cache_dir=cache)  # the cache is filled before the answers are read
    answers = tmp_path / "answers.json"
    answers.write_text(content, encoding="utf-8")
    before = digests(tmp_path)
    result = fill(form_path, answers, cache)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and "5678" not in result.stderr
    assert digests(tmp_path) == before


def test_fill_reads_other_scripts_digits(form_path: Path, tmp_path: Path) -> None:
    """`form fill` stores '٣٤' in an integer question as 34 and computes with it."""
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"age": "\u0663\u0664"}), encoding="utf-8")
    result = fill(form_path, answers, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)["values"]
    assert (values["age"], values["twice"]) == (34, 68)
