"""What a compiled expression asks of the form it runs in: the EvaluationContext protocol.

The form session implements it over its instance tree; `answers.AnswerContext` is the reference
implementation over a plain answer dict (what `evaluate_on_answers` and the scoring use).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from datetime import datetime

from app.survey.xpath.values import Atomic, Node, Value, to_boolean, unwrap

Predicate = Callable[["EvaluationContext"], Value]


def predicate_keeps(verdict: Value, position: int) -> bool:
    """XPath's rule for a predicate's value: a number keeps the node at that 1-based position
    (`[2]`), anything else keeps it when true."""
    if type(verdict) is float:
        return verdict == position
    return to_boolean(verdict)


class EvaluationContext(ABC):
    """Where an expression is evaluated: a context node inside an instance tree, plus services.

    A context wraps one *context node* (`node`): the question being evaluated for a
    relevant/constraint/calculation (so `.` is its value and `..` its group or repeat
    instance), or, inside a predicate such as `${members}[age >= 6]`, the repeat instance being
    tested. The engine only calls the methods below.

    Implement the four abstract ones; the others have defaults that fit most trees:

    - `resolve(name)` gives the value of `${name}` seen from `node`, by ODK's rule: when the
      question `name` sits in the same repeat instance as `node` (or in an enclosing one), the
      value of that instance's own question; when it is outside every repeat, its value; when it
      sits in a repeat that `node` is not inside, the NodeSet of that question across every
      instance (so `sum(${income})` adds up all members). A repeat itself (`${members}`) is the
      NodeSet of its instance nodes. A single answer is returned as its atomic value
      (`str`, `float` or `bool`; an empty answer is `''`), never as a one-node NodeSet.
    - `node` is the context node and `root()` the instance root (for `/data/x` paths).
    - `with_node(node, position, size)` returns a context of the same kind centred on another
      node; the engine uses it for predicates (with the node's position in the filtered list)
      and for `indexed-repeat()`.

    Services with defaults: `position()`/`size()` (for `position()` and `last()`), `now()` for
    `today()`/`now()` (override to fix the clock in tests), `choice_label(question, value)` for
    `jr:choice-name()`, and `stored_value()` for `once()` (the value the current question holds
    now; `once(expr)` keeps it when non-empty). The ODK functions that reach outside the
    answers ask for `instance(id)` (a secondary instance: `instance()`, `pulldata()`),
    `current_node()` (`current()`: the node the expression is evaluated for, also inside
    predicates), `itext(id)` (`jr:itext()`), `random_seed()` (`randomize()` without a seed)
    and `root_name()` (the name an absolute path's first step must have).

    Example (a form session's context for question `age` in the third member)::

        class SessionContext(EvaluationContext):
            def __init__(self, session, node, position=0, size=1):
                self.session, self.node, self._position, self._size = session, node, position, size
            def root(self):
                return self.session.root_node
            def resolve(self, name):
                return self.session.resolve_relative(self.node, name)   # the ODK rule above
            def with_node(self, node, position, size):
                return SessionContext(self.session, node, position, size)
            def choice_label(self, question, value):
                return self.session.choice_label(question, value)

        compile_expression("${age} >= 6 and position(..) > 1").evaluate(SessionContext(s, age_node))
    """

    __slots__ = ()

    node: Node

    @abstractmethod
    def root(self) -> Node:
        """The root node of the instance (the `/data` element)."""

    @abstractmethod
    def resolve(self, name: str) -> Value:
        """The value of `${name}` seen from the context node (see the class docstring)."""

    @abstractmethod
    def with_node(self, node: Node, position: int, size: int) -> EvaluationContext:
        """A context like this one centred on `node`, at `position` (1-based) of `size` nodes."""

    def filter_nodes(self, nodes: Sequence[Node], predicate: Predicate) -> list[Node]:
        """The nodes for which `predicate` holds, each tested in a context centred on it.

        A predicate giving a number keeps the node at that 1-based position (XPath's `[2]`).
        Override only to go faster (AnswerContext re-points one context instead of making one
        per node); the result must be the same.
        """
        size = len(nodes)
        return [
            node
            for position, node in enumerate(nodes, 1)
            if predicate_keeps(predicate(self.with_node(node, position, size)), position)
        ]

    def position(self) -> int:
        """`position()`: inside a predicate the place in the filtered list, else the node's own."""
        return self.node.position()

    def size(self) -> int:
        """`last()`: the size of the list a predicate filters; 1 outside predicates."""
        return 1

    def child_value(self, name: str) -> Value:
        """A bare `name` (child of the context node): its value, or a NodeSet if not one answer.

        Override to go faster, or (as AnswerContext does) to read a missing child as ''; the
        result must otherwise equal `unwrap(self.node.children(name))`.
        """
        return unwrap(self.node.children(name))

    def current_value(self) -> Atomic:
        """The value of `.`, the context node."""
        return self.node.value()

    def stored_value(self) -> Atomic:
        """The value the current question holds now, which `once()` keeps when non-empty."""
        return self.current_value()

    def choice_label(self, question: str, value: str) -> str:
        """The label of choice `value` of question `question` (`jr:choice-name`); '' if unknown."""
        return ""

    def now(self) -> datetime:
        """The current moment, timezone-aware; `today()` is its date."""
        return datetime.now().astimezone()

    def root_name(self) -> str | None:
        """The root element's name, which `/name/...` must start with; None accepts any."""
        return None

    def current_node(self) -> Node:
        """`current()`: the node the whole expression is evaluated for. Contexts that keep it
        through predicates override this; by default it is the context node."""
        return self.node

    def instance(self, instance_id: str) -> Node | None:
        """The secondary instance `instance_id` (its document node), or None if there is none."""
        return None

    def itext(self, text_id: str) -> str:
        """`jr:itext(id)`: the form's text `id` in the active language; '' if unknown."""
        return ""

    def random_seed(self) -> int | None:
        """The seed `randomize()` without one uses, kept for the interview; None draws anew."""
        return None
