"""Compiling expressions once (cached by text) and evaluating them over answer dicts."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from app.survey.errors import ExpressionError
from app.survey.xpath.answers import AnswerContext
from app.survey.xpath.compiler import Compiler, Fn
from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.parser import parse
from app.survey.xpath.values import Value


class CompiledExpression:
    """One parsed and compiled expression: `source`, `references` (${names}), `instances` (the
    secondary instance ids it names as text: instance('id'), pulldata('id', ...)) and
    `evaluate`. `step_names` are the names its paths step through (`current()/../x` reads x),
    for a form's dependency tracking."""

    __slots__ = ("source", "references", "instances", "step_names", "_run")

    def __init__(
        self,
        source: str,
        references: frozenset[str],
        run: Fn,
        instances: frozenset[str] = frozenset(),
        step_names: frozenset[str] = frozenset(),
    ) -> None:
        self.source = source
        self.references = references
        self.instances = instances
        self.step_names = step_names
        self._run = run

    def evaluate(self, context: EvaluationContext) -> Value:
        """The expression's value in `context`; only ExpressionError escapes."""
        try:
            return self._run(context)
        except ExpressionError:
            raise
        except RecursionError:
            raise ExpressionError(
                f"the expression {self._shown()} is nested too deeply to evaluate."
            ) from None
        except Exception as error:  # noqa: BLE001 - the engine promises one error type
            # Only the error's type: its text could quote an answer (personal data).
            raise ExpressionError(
                f"the expression {self._shown()} could not be evaluated "
                f"({type(error).__name__}); this is a bug in Tinjau, please report it."
            ) from None

    def _shown(self) -> str:
        text = self.source if len(self.source) <= 80 else self.source[:77] + "..."
        return repr(text)

    def __repr__(self) -> str:
        return f"CompiledExpression({self.source!r})"


@lru_cache(maxsize=4096)
def compile_expression(text: str) -> CompiledExpression:
    """Parse and compile `text` once (cached); raises ExpressionError with the position."""
    if not isinstance(text, str):
        raise ExpressionError("an expression must be text.")
    try:
        tree = parse(text)
        compiler = Compiler(text)
        run = compiler.compile(tree)
    except ExpressionError:
        raise
    except (RecursionError, MemoryError, SyntaxError):
        # SyntaxError here comes from Python's own limits on the generated code's nesting.
        raise ExpressionError("the expression is nested too deeply to read.") from None
    except Exception as error:  # noqa: BLE001 - e.g. folding a constant call that fails
        raise ExpressionError(
            f"the expression could not be compiled ({type(error).__name__}: {error})."
        ) from None
    return CompiledExpression(
        text,
        frozenset(compiler.references),
        run,
        frozenset(compiler.instances),
        frozenset(compiler.step_names),
    )


def evaluate_on_answers(
    expr: CompiledExpression | str,
    answers: Mapping[str, Any],
    variables: Mapping[str, Any] | None = None,
) -> Value:
    """Evaluate over a plain answer dict (see answers.AnswerContext for the shape)."""
    compiled = compile_expression(expr) if isinstance(expr, str) else expr
    return compiled.evaluate(AnswerContext(answers, variables))
