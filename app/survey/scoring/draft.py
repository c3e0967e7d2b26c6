"""A draft interview under a poverty standard: what the standard needs that is not answered yet,
and the status so far from the incomes already given.

Read generically from the standard file (its income field and fallback, region fields, variables,
indicators) and from the form (a calculation stands for the questions it reads), so no standard
is named here. A draft with such answers missing is scored without them: a calculation over
them (a form's total income) and the standard's income are left out rather than read as 0, so
the engine answers `insufficient_data` instead of a status computed from nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.survey.forms import FormSession
from app.survey.scoring.evaluate import Expression
from app.survey.scoring.model import INSUFFICIENT_DATA, Standard
from app.survey.scoring.result import HouseholdScore, score_household


def _names_read(text: str | None) -> set[str]:
    """The answer names an expression of a standard reads (`${x}` and bare row fields)."""
    if not text:
        return set()
    try:
        expression = Expression(text)
    except Exception:  # noqa: BLE001 - the loader checked it; an odd one just reads nothing
        return set()
    return {*expression.references, *expression.fields}


def income_inputs(standard: Standard) -> set[str]:
    """The answers the standard's per-capita income is computed from."""
    if standard.income is None:
        return set()
    return {standard.income.field, *_names_read(standard.income.fallback)}


def standard_inputs(standard: Standard) -> set[str]:
    """Every answer name the standard reads, in any part of it."""
    names = income_inputs(standard)
    if standard.income is not None:
        names.update(standard.income.region_fields)
    for text in standard.variables.values():
        names.update(_names_read(text))
    for indicator in standard.indicators:
        names.update(_names_read(indicator.test) | _names_read(indicator.applicable))
        names.update(part for name in indicator.requires for part in name.split("/"))
    return names - set(standard.variables)


def _expand(session: FormSession, names: set[str]) -> set[str]:
    """`names` with each form calculation replaced by (also) the questions it reads."""
    questions = session.definition.questions
    out: set[str] = set()
    todo = [name for name in names if name in questions]
    while todo:
        name = todo.pop()
        if name in out:
            continue
        out.add(name)
        compiled = session.form.expression(name, "calculation")
        if compiled is not None:
            todo.extend(ref for ref in compiled.references if ref in questions)
    return out


@dataclass(frozen=True)
class Needs:
    """The questions the standard reads that are asked now and not answered (document order,
    one entry per question name), and the answers to leave out when scoring."""

    missing: tuple[tuple[str, tuple[int, ...]], ...]  # (name, its first unanswered instance)
    left_out: frozenset[str]

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def unanswered(self) -> frozenset[str]:
        """The answers not given yet: each indicator reading one is missing, not scored from a
        blank (an empty assets list would read as "owns none")."""
        return frozenset(name for name, _index in self.missing) | self.left_out


def find_needs(standard: Standard, session: FormSession) -> Needs:
    """Which of the standard's answers are still missing in `session`, and what to leave out."""
    questions = session.definition.questions
    wanted = _expand(session, standard_inputs(standard))
    missing: dict[str, tuple[int, ...]] = {}
    for question, index in session.instances():
        name = question.name
        if name not in wanted or name in missing or question.type == "calculate":
            continue
        if not question.holds_answer or question.is_container:
            continue
        if session.is_read_only(name, index) or not session.is_relevant(name, index):
            continue
        if _blank(session.value(name, index)):
            missing[name] = index
    for name in sorted(wanted, key=list(questions).index):
        # A repeat the standard reads (the members) with no instance yet is missing as a whole.
        question = questions[name]
        if question.type == "repeat" and not question.repeats:
            shown = not question.parent or session.is_relevant(question.parent)
            if shown and session.repeat_size(name) == 0:
                missing[name] = ()
    if not missing:
        return Needs((), frozenset())
    # Calculations reading a missing answer (directly or through another calculation).
    tainted = set(missing)
    changed = True
    while changed:
        changed = False
        for name, question in questions.items():
            compiled = session.form.expression(name, "calculation")
            if name in tainted or question.type != "calculate" or compiled is None:
                continue
            if tainted & set(compiled.references):
                tainted.add(name)
                changed = True
    left_out = set(tainted)
    income = _expand(session, income_inputs(standard))
    if income & tainted:
        # Part of the income unknown: all of it is, or the sum of what is typed reads as income.
        left_out |= {name for name in income if questions[name].type != "repeat"}
    return Needs(tuple(missing.items()), frozenset(left_out))


def without(answers: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    """The answer tree with `names` left out, inside repeat instances too."""
    out: dict[str, Any] = {}
    for key, value in answers.items():
        if key in names:
            continue
        if isinstance(value, list) and value and all(isinstance(row, dict) for row in value):
            value = [without(row, names) for row in value]
        out[key] = value
    return out


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def score_so_far(standard: Standard, session: FormSession, lang: str) -> HouseholdScore | None:
    """The status from the incomes given so far, while others are still unanswered (the form's
    totals add what is typed); None before any amount is given, or when even that cannot be
    scored. Shown as "so far", never as the household's status.

    An amount is a decimal question the standard's income is computed from (an age the total
    reads to know who earns is not an income)."""
    income = _expand(session, income_inputs(standard))
    given = any(
        question.type == "decimal"
        and session.is_relevant(question.name, index)
        and not _blank(session.value(question.name, index))
        for question, index in session.instances()
        if question.name in income
    )
    if not given:
        return None
    needs = find_needs(standard, session)
    result = score_household(
        standard,
        session.relevant_answers(),
        lang,
        unanswered=needs.unanswered,
        real_weights=not needs.complete,
    )
    return None if result.status == INSUFFICIENT_DATA else result


def score_draft(
    standard: Standard, session: FormSession, lang: str = "en"
) -> tuple[HouseholdScore, Needs, HouseholdScore | None]:
    """A draft's status (provisional while answers are missing), what the standard still
    needs, and the status so far from the incomes given (None unless the status waits for
    more of them). Answers still missing are left out, never read as 0."""
    needs = find_needs(standard, session)
    # Relevant answers only, as on completion, without stamping the form's `end` time.
    answers = without(session.relevant_answers(), needs.left_out)
    # A provisional verdict comes only once the standard's own rule for missing answers gives
    # one (Global MPI: an answer in every dimension), and its score uses the real weights.
    result = score_household(
        standard,
        answers,
        lang,
        unanswered=needs.unanswered,
        real_weights=not needs.complete,
    )
    waiting = result.status == INSUFFICIENT_DATA and not needs.complete
    return result, needs, score_so_far(standard, session, lang) if waiting else None
