"""Run a standard's expressions (deprivation tests, eligibility, variables) with app.survey.xpath.

Each expression is compiled once. Results are memoised on the values of the answers the
expression names: two households with the same water source get the same water deprivation
without evaluating again, which is what lets 100,000 stored interviews score in seconds. The
memo is sound because an expression's value depends only on the fields and variables it names
(expressions that read the clock or a random number are never memoised).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_IMPURE = ("now", "today", "random", "uuid", "once")
_MEMO_LIMIT = 200_000


class EvaluationFailed(Exception):
    """The expression could not be evaluated on these answers (the value counts as missing)."""


def _names(text: str) -> tuple[str, ...]:
    bare = _STRING.sub(" ", text)
    return tuple(dict.fromkeys(_NAME.findall(bare)))


def _freeze(value: Any, names: tuple[str, ...]) -> Any:
    """A hashable stand-in for an answer value: repeat instances keep only the named fields."""
    if isinstance(value, list):
        return tuple(
            tuple(item.get(n) for n in names) if isinstance(item, Mapping) else item
            for item in value
        )
    return value


class Expression:
    """One compiled expression with a memo keyed on the values it reads."""

    __slots__ = ("text", "compiled", "names", "memo", "pure")

    def __init__(self, text: str) -> None:
        from app.survey.xpath import compile_expression

        self.text = text
        self.compiled = compile_expression(text)
        self.names = _names(text)
        self.pure = not any(name in _IMPURE for name in self.names)
        self.memo: dict[Any, Any] = {}

    def _key(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> Any:
        names = self.names
        return tuple(
            (variables[n] if n in variables else _freeze(answers.get(n), names)) for n in names
        )

    def _run(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> Any:
        from app.survey.xpath import ExpressionError, evaluate_on_answers

        try:
            return evaluate_on_answers(self.compiled, answers, variables)
        except ExpressionError as error:
            raise EvaluationFailed(str(error)) from None
        except (ArithmeticError, ValueError, TypeError) as error:
            raise EvaluationFailed(type(error).__name__) from None

    def value(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> Any:
        """The raw value (string, number, boolean or node-set) of the expression."""
        if not self.pure:
            return self._run(answers, variables)
        try:
            key = self._key(answers, variables)
            hit = self.memo.get(key, _MISS)
        except TypeError:  # an answer we cannot hash (a nested structure): just evaluate
            return self._run(answers, variables)
        if hit is not _MISS:
            if isinstance(hit, EvaluationFailed):
                raise hit
            return hit
        try:
            result = self._run(answers, variables)
        except EvaluationFailed as failed:
            result = failed
        if len(self.memo) >= _MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = result
        if isinstance(result, EvaluationFailed):
            raise result
        return result

    def boolean(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> bool:
        from app.survey.xpath import to_boolean

        return bool(to_boolean(self.value(answers, variables)))

    def number(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> float:
        from app.survey.xpath import to_number

        return float(to_number(self.value(answers, variables)))


_MISS = object()
