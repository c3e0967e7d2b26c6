"""ODK XPath expressions for Tinjau forms: parsed once, compiled to closures, evaluated fast.

    expr = compile_expression("count(${members}[age >= 6 and health_insurance = 'no']) > 0")
    expr.references                      # frozenset({'members'})
    evaluate_on_answers(expr, {"members": [{"age": 7, "health_insurance": "no"}]})   # True

Type rules (those of ODK Collect's JavaRosa engine, XPath 1.0 where JavaRosa follows it):

- Values are `str`, `float`, `bool` or `NodeSet`. An empty or missing answer is the string ''.
- number(): '' and non-numeric text are NaN; true/false are 1/0; a 'YYYY-MM-DD' date string is
  its days since 1970-01-01 and a dateTime string fractional days (its own wall clock), so
  `today() - ${dob}` is a number of days; XPath number syntax only (no exponent, no 'inf').
- string(): whole numbers print without '.0' (3), NaN as 'NaN', infinities as 'Infinity' /
  '-Infinity', booleans as 'true'/'false'; a node-set gives its first node ('' when empty).
- boolean(): '' is false and any other string true (even 'false'); 0 and NaN are false; a node-set
  is true when not empty.
- '=' and '!=': with a boolean on either side compare booleans, else with a number compare numbers
  (so `${age} = '34'` converts the text), else strings; `${a} = ''` tests emptiness. NaN equals
  nothing, so `'' != 5` is true. '<', '<=', '>', '>=' compare numbers and are false with NaN.
- Node-sets compare existentially (XPath 1.0): `${ages} > 60` is true when some member is over 60;
  against a boolean the node-set is converted to a boolean.
- A path that selects exactly one answer (`../x`, `/data/x`, a bare name) gives that answer's value,
  as JavaRosa unpacks single nodes; `${repeat}` and a repeat field read from outside the repeat
  are node-sets.
- Arithmetic converts to numbers; `x div 0` is +/-Infinity, `0 div 0` and `x mod 0` are NaN.
- sum() and max()/min() of a node-set with an empty value give NaN (JavaRosa), count() counts
  nodes; count() of a single answer is 1, or 0 when it is empty (a missing repeat).
- round(x) and round(x, n) round half away from zero; int() truncates toward zero.
- Dates are 'YYYY-MM-DD' strings (`today()`, `date()`); dateTimes ISO strings with offset.
- Parse problems, unknown functions and wrong argument counts raise ExpressionError naming the
  character; evaluation raises nothing but ExpressionError.
"""

from __future__ import annotations

from app.survey.errors import ExpressionError
from app.survey.xpath.answers import AnswerContext, DictNode
from app.survey.xpath.api import CompiledExpression, compile_expression, evaluate_on_answers
from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.values import (
    Atomic,
    Node,
    NodeSet,
    Value,
    to_boolean,
    to_number,
    to_string,
    unwrap,
)

__all__ = [
    "AnswerContext",
    "Atomic",
    "CompiledExpression",
    "DictNode",
    "EvaluationContext",
    "ExpressionError",
    "Node",
    "NodeSet",
    "Value",
    "compile_expression",
    "evaluate_on_answers",
    "to_boolean",
    "to_number",
    "to_string",
    "unwrap",
]
