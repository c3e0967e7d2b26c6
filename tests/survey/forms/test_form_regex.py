"""regex() in forms: matched in linear time, and patterns it cannot run refused at load time."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.survey.errors import LocatedErrors
from app.survey.forms import FormSession, load_form

from .conftest import REPO


def test_a_catastrophic_pattern_on_a_long_answer_finishes(
    make_form: Callable[..., Path], tmp_path: Path
) -> None:
    """`tinjau form fill` with the constraint regex(., "(a+)+$") on a 10,000-character answer
    ends and reports the constraint (a backtracking engine would run for longer than a day)."""
    form = make_form(
        [["type", "name", "label", "constraint"], ["text", "code", "Code", 'regex(., "(a+)+$")']]
    )
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"code": "a" * 10_000 + "!"}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "form", "fill", str(form), "--answers", str(answers),
         "--no-cache"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout)["errors"]) == ["code"]


def test_catastrophic_patterns_give_the_right_answer(
    make_form: Callable[..., Path], cache_dir: Path
) -> None:
    """The same constraint accepts a run of a's and refuses one that ends in another character
    (kept short: the subprocess test above is the one that bounds the time)."""
    survey = [["type", "name", "label", "constraint"], ["text", "code", "C", "regex(., '(a+)+$')"]]
    form = load_form(make_form(survey), cache_dir=cache_dir)
    session = FormSession(form)
    for length in (1, 12):
        session.set("code", "a" * length)
        assert session.error("code") is None
        session.set("code", "a" * length + "!")
        assert session.error("code") is not None


@pytest.mark.parametrize(
    ("pattern", "named"),
    [
        ("(a)\\1", "a backreference"),
        ("(?=a)a", "a lookahead or lookbehind"),
        ("(?<!b)a", "a lookahead or lookbehind"),
        ("(?>a+)", "an atomic group"),
        ("a*+", "a possessive quantifier"),
        ("[a-z&&[^b]]", "a class intersection"),
        ("\\p{InGreek}+", "the Unicode block"),
    ],
)
def test_a_pattern_the_engine_cannot_run_is_refused_when_the_form_loads(
    make_form: Callable[..., Path], cache_dir: Path, pattern: str, named: str
) -> None:
    """A constraint whose regex uses a construct RE2 cannot run is a form error at its
    survey!row and column, naming the construct, and nothing is cached."""
    path = make_form(
        [
            ["type", "name", "label", "constraint"],
            ["text", "first", "First", ""],
            ["text", "code", "Code", f"regex(., '{pattern}')"],
        ]
    )
    with pytest.raises(LocatedErrors) as caught:
        load_form(path, cache_dir=cache_dir)
    [(where, message)] = caught.value.problems
    assert where == "survey!3"
    assert message.startswith("constraint cannot be read: regex() at character 1")
    assert named in message
    assert not cache_dir.exists() or not any(cache_dir.iterdir())
