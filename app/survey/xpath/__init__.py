r"""ODK XPath expressions for Tinjau forms: parsed once, compiled to Python code, run fast.

    expr = compile_expression("count(${members}[age >= 6 and health_insurance = 'no']) > 0")
    expr.references                      # frozenset({'members'})
    evaluate_on_answers(expr, {"members": [{"age": 7, "health_insurance": "no"}]})   # True

Many tests over one household: make one `AnswerContext(answers, variables)` and call
`expr.evaluate(ctx)` for each; the context remembers what it has read (about 1.5 times as fast as
`evaluate_on_answers` per test, which keeps only the repeat nodes of the last answer dict).
`variables` are read live; the answers must not change while one context is in use.
A form session implements `EvaluationContext` (context.py) over its own instance tree.

The whole function table of the ODK XForms specification runs, including `instance('id')`
(secondary instances the context provides: odk.py, documents.py), `current()` (also inside
predicates), `pulldata()`, `randomize()`, `jr:itext()`, `digest()`, `base64-decode()`, `area()`
and `distance()` (geo.py states the method). Paths: names, `*`, `.`, `..`, and the `child::`,
`parent::` and `self::` axes with a name, `*` or `node()`; an absolute path's first step must
name the root (`/data/x`), else it selects nothing. Not supported: `//`, `@attributes`, other
axes, `version()`, `property()`, `geofence()`; they fail to compile with a clear message.
Functions that take a node-set (count, count-non-empty, sum, position, randomize) refuse a
number, text or boolean when the expression is compiled (`count(1)`), as JavaRosa does.

Type rules, those of ODK Collect's JavaRosa engine (read from its XPathFuncExpr, XPathEqExpr,
XPathCmpExpr and XPathArithExpr), with XPath 1.0 where JavaRosa leaves a gap:

- Values are `str`, `float`, `bool` or `NodeSet`. An empty or missing answer is the string ''.
- number(): '' and non-numeric text are NaN; only digits, '-' and '.' make a number (no exponent,
  no 'Infinity'), a decimal comma counts as a point; true/false are 1/0. A 'YYYY-MM-DD' string is
  its days since 1970-01-01 and a dateTime string its whole days (wall clock), as JavaRosa turns
  Date values into numbers, so `today() - ${dob}` is an age in days; decimal-date-time() keeps
  the fraction of the day.
- string(): a number within 1e-12 of a whole number prints as that number (3, not 3.0), NaN as
  'NaN', infinities as 'Infinity' / '-Infinity', never with an exponent; booleans 'true'/'false';
  a node-set gives its first node ('' when empty).
- boolean(): '' is false and any other string true (even 'false'); 0, |x| <= 1e-12 and NaN are
  false; a node-set is true when it holds a node.
- '=' and '!=': with a boolean on either side compare booleans, else with a number compare numbers
  (equal within 1e-12, so 0.1 + 0.2 = 0.3; `${age} = '34'` converts the text), else strings;
  `${a} = ''` tests emptiness. NaN equals nothing, so `'' != 5` is true. '<' '<=' '>' '>=' always
  compare numbers (never text) and are false when either side is NaN.
- Node-sets compare existentially (XPath 1.0; JavaRosa refuses several nodes): `${ages} > 60` is
  true when some member is over 60; against a boolean the node-set becomes a boolean.
- A path that selects exactly one answer (`../x`, `/data/x`, a bare name) gives that answer's
  value, as JavaRosa unpacks single nodes; `${repeat}` and a repeat field read from outside its
  repeat are node-sets.
- Arithmetic converts to numbers; `x div 0` is +/-Infinity, `0 div 0` and `x mod 0` are NaN.
- sum(), max() and min() leave out values that are not numbers (empty answers), as JavaRosa does;
  max()/min() with no number at all are NaN. count() counts nodes; on a plain value (not a
  node-set) it is 1, or 0 when the value is '' (a repeat missing from an answer dict).
- round(x[, n]) rounds halves toward +Infinity (2.5 -> 3, -2.5 -> -2) on the number's shortest
  decimal form (round(1.005, 2) = 1.01); int() truncates toward zero.
- substr(s, start[, end]): 0-based, end excluded, negative positions count from the end, clamped.
- regex(s, pattern) must match the whole value (Java's Pattern.matches), run by RE2 in time
  linear in the value (javaregex.py: Java's classes translated; backreferences, lookaround,
  atomic groups and possessive quantifiers refused); a bad pattern is an ExpressionError.
- coalesce() skips '' and NaN. selected() and count-selected() split on spaces.
- Dates are 'YYYY-MM-DD' strings (`today()`, `date()`; '1970-1-2' is read as JavaRosa
  reads it, 1970-01-02), dateTimes ISO strings with offset (`now()`); decimal-date-time()
  counts days since 1970-01-01 in UTC, applying the offset. date(), format-date() and
  decimal-date-time() of '' give ''; of text that is not a date they raise ExpressionError
  naming the function, as JavaRosa does.
- Syntax errors, unknown functions and wrong argument counts raise ExpressionError naming the
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
