"""Text inside quotes in a form's expressions is a value: no rewriting pass ever touches it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.survey.forms import FormSession, load_form
from app.survey.xpath import compile_expression, evaluate_on_answers

# Literals that every rewriting pass used to change: paths (turned into ${name}), runs of
# spaces (collapsed by pyxform) and curly quotes inside a literal (straightened).
URL = "http://example.org/path/file"
SPACED = "a  b/c/d"
CURLY = "Ng\u2019ang\u2019a"
UP = "../t"

HEADER = [
    "type", "name", "label", "calculation", "default", "relevant", "required", "read_only",
    "constraint", "choice_filter", "repeat_count",
]  # fmt: skip


def literal_form(make_form: Callable[..., Path]) -> Path:
    """One question per expression column, each comparing ${t} with a literal that looks like
    a path, holds two spaces or holds a curly apostrophe."""
    blank = [""] * 9

    def row(kind: str, name: str, **cells: str) -> list[str]:
        out = [kind, name, name.upper(), *blank]
        for column, text in cells.items():
            out[HEADER.index(column)] = text
        return out

    survey = [
        HEADER,
        row("text", "t"),
        row(
            "calculate",
            "joined",
            calculation=f"concat(\"{URL}\", '|', '{SPACED}', '|', \"{CURLY}\", '|', '{UP}')",
        ),
        row("text", "site", default=f"concat('/home/{SPACED}', '')"),
        row("text", "shown", relevant=f"${{t}} = '{SPACED}'"),
        row("text", "needed", required=f'${{t}} = "{URL}"'),
        row("text", "locked", read_only=f"${{t}} = '{UP}'"),
        row("text", "checked", constraint=f'. = "{CURLY}"'),
        row("select_one yn", "pick", choice_filter=f"name = 'yes' or ${{t}} = '{UP}'"),
        row("begin_repeat", "rows", repeat_count="if(${t} = '/p  q', 2, 1)"),
        row("text", "inner"),
        row("end_repeat", ""),
        row("text", "curled", relevant="${t} = \u2018yes\u2019"),
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    return make_form(survey, choices)


def test_literals_in_every_expression_column_reach_the_engine_as_written(
    make_form: Callable[..., Path], cache_dir: Path
) -> None:
    """A URL, two spaces, a curly apostrophe and '../t' inside quotes keep their exact text in
    calculation, default, relevant, required, read_only, constraint, choice_filter and
    repeat_count, and the form behaves by those texts."""
    form = load_form(literal_form(make_form), cache_dir=cache_dir)
    session = FormSession(form)
    assert session.value("joined") == f"{URL}|{SPACED}|{CURLY}|{UP}"
    assert session.value("site") == f"/home/{SPACED}"
    assert not session.is_relevant("shown")
    session.set("t", SPACED)
    assert session.is_relevant("shown")
    session.set("t", SPACED.replace("  ", " "))  # what pyxform's cleaning made of it
    assert not session.is_relevant("shown")
    session.set("t", URL)
    assert session.is_required("needed")
    session.set("t", UP)
    assert session.is_read_only("locked")
    assert [c.name for c in session.choices("pick")] == ["yes", "no"]
    session.set("checked", CURLY)
    assert session.error("checked") is None
    session.set("checked", CURLY.replace("\u2019", "'"))
    assert session.error("checked") is not None
    session.set("t", "/p  q")
    assert session.repeat_size("rows") == 2
    assert session.value("rows_count") == 2  # the calculate pyxform adds for repeat_count
    session.set("t", "yes")
    assert session.is_relevant("curled")


def test_the_cached_definition_keeps_the_literals(
    make_form: Callable[..., Path], cache_dir: Path
) -> None:
    """A form opened again from the compiled-form cache has the same untouched literals."""
    path = literal_form(make_form)
    load_form(path, cache_dir=cache_dir)
    again = FormSession(load_form(path, cache_dir=cache_dir))
    assert again.value("joined") == f"{URL}|{SPACED}|{CURLY}|{UP}"


def test_expression_literals_are_never_rewritten() -> None:
    """The expression engine reads each quote kind's literal up to the same kind of quote and
    keeps the other quotes inside it, curly or straight."""
    text = "concat(\"it\u2019s\", \u2018a \"b\" c\u2019, \u201cd 'e'\u201d, 'f  g')"
    assert evaluate_on_answers(compile_expression(text), {}) == "it\u2019sa \"b\" cd 'e'f  g"
