"""Error messages: syntax errors, unknown functions and wrong argument counts name the place."""

from __future__ import annotations

import pytest

from app.survey.errors import TinjauError
from app.survey.xpath import (
    AnswerContext,
    ExpressionError,
    Value,
    compile_expression,
    evaluate_on_answers,
)


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("sume(${a})", "unknown function 'sume()' at character 1: did you mean sum()?", 1),
        (
            "concat('a', cout(${x}))",
            "unknown function 'cout()' at character 13: did you mean count()?",
            13,
        ),
        (
            "geofence(${a}, ${b})",
            "geofence() at character 1 is not supported in Tinjau forms: it is not in the ODK "
            "XForms function table.",
            1,
        ),
        (
            "zzqx(1)",
            "unknown function 'zzqx()' at character 1; check the spelling.",
            1,
        ),
        (
            "round(1, 2, 3)",
            "round() at character 1 takes 1 or 2 arguments, but 3 were given.",
            1,
        ),
        ("if(1, 2)", "if() at character 1 takes 3 arguments, but 2 were given.", 1),
        ("1 + today(5)", "today() at character 5 takes 0 arguments, but 1 was given.", 5),
        (
            "concat() = sum()",
            "sum() at character 12 takes 1 argument, but 0 were given.",
            12,
        ),
        (
            "substr('a')",
            "substr() at character 1 takes 2 or 3 arguments, but 1 was given.",
            1,
        ),
        (
            "1 +",
            "the expression ends too early: expected a value, a ${reference}, a function or '(' "
            "at character 4.",
            4,
        ),
        (
            "(1 + 2",
            "the expression ends too early: expected ')' to close the '(' at character 1 "
            "at character 7.",
            7,
        ),
        (
            "${a} ${b}",
            "unexpected ${b} at character 6: expected an operator or the end of the expression.",
            6,
        ),
        (
            "${a} = = 2",
            "unexpected = at character 8: expected a value, a ${reference}, a function or '('.",
            8,
        ),
        ("'abc", "the text starting at character 1 is missing its closing '.", 1),
        ("1 + ${a", "the reference at character 5 must look like ${question_name}.", 5),
        ("${1a}", "the reference at character 1 must look like ${question_name}.", 1),
        ("${}", "the reference at character 1 must look like ${question_name}.", 1),
        ("1 # 2", "unexpected character '#' at character 3.", 3),
        ("", "the expression is empty.", 1),
        ("   ", "the expression is empty.", 1),
        (
            "//age",
            "'//' at character 1 (search all descendants) is not supported; write the path in "
            "full or use ${name}.",
            1,
        ),
        ("@id", "attributes ('@') at character 1 is not supported in form expressions.", 1),
        (
            "${m}[]",
            "unexpected ] at character 6: expected a condition or a position inside '[ ]'.",
            6,
        ),
        (
            "${m}[1",
            "the expression ends too early: expected ']' to close the filter at character 7.",
            7,
        ),
        (
            "indexed-repeat(${a}, ${r})",
            "indexed-repeat() at character 1 takes at least 3 arguments, but 2 were given.",
            1,
        ),
        (
            "indexed-repeat(${a}, ${r}, 1, ${s})",
            "indexed-repeat() at character 1 takes a question, then pairs of repeat and index: "
            "indexed-repeat(${name}, ${repeat}, 1).",
            1,
        ),
        (
            "indexed-repeat('a', ${r}, 1)",
            "argument 1 of indexed-repeat() at character 1 must be a question reference such as "
            "${name}.",
            1,
        ),
        (
            "1 = 1 and regex(${a}, '(')",
            "regex() at character 11 was given a pattern that is not a valid regular "
            "expression: missing ); check its brackets and backslashes.",
            11,
        ),
        (
            "format-date(${d}, '%Y-%Q')",
            "format-date() at character 1 does not know %Q; use %Y %y %m %n %b %d %e %a %W %H "
            "%h %M %S %3, or %% for a percent sign.",
            1,
        ),
        (
            "1 + date('soon')",
            "date() at character 5 was given a value that is not a date; dates are written "
            "YYYY-MM-DD or as a number of days since 1970-01-01.",
            5,
        ),
    ],
)
def test_compile_errors(text: str, message: str | None, position: int | None) -> None:
    """Each compile-time problem is an ExpressionError whose sentence names the character."""
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text)
    if message is not None:
        assert str(caught.value) == message
        assert caught.value.position == position
    assert isinstance(caught.value, TinjauError)


def test_deep_nesting_is_a_clear_error() -> None:
    """An absurdly nested expression is refused with an ExpressionError, not a RecursionError."""
    with pytest.raises(ExpressionError, match="nested too deeply"):
        compile_expression("(" * 3000 + "1" + ")" * 3000)


def test_long_but_flat_expressions_compile() -> None:
    """Long flat sums and conjunctions (1000 terms) compile and evaluate, left to right."""
    answers = {f"q{i}": i for i in range(1000)}
    assert evaluate_on_answers(" + ".join(f"${{q{i}}}" for i in range(1000)), answers) == 499500.0
    assert evaluate_on_answers(" - ".join(["8", "4", "2"] * 300), {}) == -4184.0
    assert evaluate_on_answers(" and ".join(["1 = 1"] * 1000), {}) is True
    assert evaluate_on_answers(" or ".join(["1 = 2"] * 999 + ["2 = 2"]), {}) is True


def test_runtime_error_does_not_show_a_traceback() -> None:
    """A bad regex pattern read from an answer gives one sentence naming regex()."""
    with pytest.raises(ExpressionError) as caught:
        evaluate_on_answers("regex(${a}, ${p})", {"a": "x", "p": "[unclosed"})
    assert str(caught.value).startswith("regex() was given a pattern that is not a valid")
    assert "Traceback" not in str(caught.value)


def test_errors_are_not_cached_as_successes() -> None:
    """A failing text fails again the second time (the cache does not hide errors)."""
    for _ in range(2):
        with pytest.raises(ExpressionError):
            compile_expression("sume(1)")


def test_non_text_expression_is_refused() -> None:
    """compile_expression() of something that is not text raises ExpressionError."""
    with pytest.raises(ExpressionError):
        compile_expression(42)  # type: ignore[arg-type]


class BrokenContext(AnswerContext):
    """A context whose resolve() fails, as a buggy form session might."""

    __slots__ = ()

    def resolve(self, name: str) -> Value:
        raise KeyError("Ahmad bin Ali")


def test_unexpected_failure_becomes_expression_error_without_data() -> None:
    """Any other exception during evaluation is an ExpressionError naming only its type."""
    with pytest.raises(ExpressionError) as caught:
        compile_expression("${x} + 1").evaluate(BrokenContext({}))
    assert "KeyError" in str(caught.value)
    assert "Ahmad" not in str(caught.value)
