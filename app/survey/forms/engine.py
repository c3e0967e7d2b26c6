"""The evaluation core of a form session: builds the instance tree and keeps it evaluated.

`SessionEngine` holds the tree and re-runs expressions: everything at open and after a repeat
changes shape, and after one answer changes only the cells that read it, in rank order (every
calculation after the calculations it reads), then the errors of what was touched.
`FormSession` (session.py) puts the public API on top.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.survey.errors import ExpressionError
from app.survey.forms.answers import AnswerTypeError, coerce_answer, is_empty
from app.survey.forms.compiled import CompiledForm
from app.survey.forms.instance import (
    ChoiceNode,
    InstanceNode,
    SessionContext,
    anchor_for,
    descend,
)
from app.survey.forms.model import (
    INPUT_TYPES,
    METADATA_TYPES,
    TEXT_CAPTURE_TYPES,
    Choice,
    Question,
    pick_label,
)
from app.survey.logsafe import mask_ids
from app.survey.xpath import NodeSet, Value, to_boolean, to_number, to_string
from app.survey.xpath.documents import Document, from_rows

log = logging.getLogger(__name__)

Key = tuple[str, tuple[int, ...]]
ANSWERABLE = INPUT_TYPES | TEXT_CAPTURE_TYPES | {"select_one_from_file"}
# The most instances one repeat may hold (repeat_count is capped here, longer saved lists are
# refused): more is a form mistake, not a household, and each instance costs memory and time.
MAX_REPEAT_COUNT = 500
_PHASES = {"relevant": 0, "calculation": 1}


@dataclass
class ChangeSet:
    """What one operation changed, as `(name, indices)` keys, for the UI to redraw."""

    values: set[Key] = field(default_factory=set)
    relevance: set[Key] = field(default_factory=set)
    errors: set[Key] = field(default_factory=set)
    required: set[Key] = field(default_factory=set)
    read_only: set[Key] = field(default_factory=set)
    choices: set[Key] = field(default_factory=set)
    repeats: set[Key] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any(
            (self.values, self.relevance, self.errors, self.required, self.read_only)
        ) or bool(self.choices or self.repeats)


class SessionEngine:
    """The instance tree of one form instance and the machinery that keeps it evaluated."""

    def __init__(
        self,
        form: CompiledForm,
        language: str | None,
        clock: Callable[[], datetime] | None,
        metadata: Mapping[str, str] | None,
        random_seed: int | None = None,
    ) -> None:
        self.form = form
        self.definition = form.definition
        # randomize() without a seed shuffles with this one, so an interview keeps its order;
        # pass it back when the interview is opened again.
        self.random_seed = (
            random_seed if random_seed is not None else secrets.randbelow(2**31 - 2) + 1
        )
        self._documents: dict[str, Document] = {}
        self.language = language
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now().astimezone())
        self.metadata = dict(metadata or {})
        self.root = InstanceNode(None, None)
        self._listeners: list[Callable[[ChangeSet], None]] = []
        self._counter = itertools.count()
        self._evaluation_problems: dict[tuple[str, str], str] = {}

    # --- building the tree ------------------------------------------------------------
    def _build(
        self,
        parent: InstanceNode,
        names: tuple[str, ...],
        data: Mapping[str, Any],
        prefix: str,
        problems: list[tuple[str, str]],
        fresh: list[InstanceNode],
        strict: bool,
    ) -> None:
        if not isinstance(data, Mapping):
            where = prefix.rstrip(".") or "answers"
            problems.append((where, "must be a dict keyed by question name"))
            return
        if strict and (parent.question is None or parent.question.type == "repeat"):
            # Groups are transparent: their answers sit in the enclosing scope's dict.
            known = self._scope_names(names)
            for key in data:
                if key not in known:
                    # A stray key is shown so it can be found, an ID number in it masked.
                    where = mask_ids(f"{prefix}{key}")
                    problems.append((where, "is not a question in this part of the form"))
        questions = self.definition.questions
        for name in names:
            question = questions[name]
            if question.type == "group":
                node = InstanceNode(question, parent)
                parent.kids[name] = [node]
                self._build(node, question.children, data, prefix, problems, fresh, strict)
            elif question.type == "repeat":
                parent.kids[name] = []
                items = data.get(name)
                if items is None:
                    continue
                if not isinstance(items, list):
                    problems.append((f"{prefix}{name}", "a repeat's answers must be a list"))
                    continue
                if len(items) > MAX_REPEAT_COUNT:
                    problems.append(
                        (
                            f"{prefix}{name}",
                            f"has {len(items):,} instances; a repeat holds at most "
                            f"{MAX_REPEAT_COUNT}",
                        )
                    )
                    continue
                for position, item in enumerate(items):
                    node = InstanceNode(question, parent, position)
                    parent.kids[name].append(node)
                    inner = f"{prefix}{name}[{position}]."
                    self._build(node, question.children, item, inner, problems, fresh, strict)
            else:
                node = InstanceNode(question, parent)
                parent.kids[name] = [node]
                if name not in data:
                    fresh.append(node)
                    continue
                if not question.holds_answer or data[name] is None:
                    continue
                try:
                    node.set_answer(self._coerce(question, data[name], stored=True))
                except AnswerTypeError as error:
                    problems.append((f"{prefix}{name}", str(error)))

    def _scope_names(self, names: tuple[str, ...]) -> set[str]:
        """Names answerable at this level: groups are transparent, repeats are one key."""
        out: set[str] = set()
        for name in names:
            question = self.definition.questions[name]
            out.add(name)
            if question.type == "group":
                out |= self._scope_names(question.children)
        return out

    def _coerce(self, question: Question, value: Any, stored: bool = False) -> Any:
        names = None
        if question.is_select:
            names = {c.name for c in self.definition.choices(question)}
        if stored and question.type in ("calculate", *METADATA_TYPES):
            if isinstance(value, str | int | float):
                return value  # values the form or device wrote; kept as they were saved
            raise AnswerTypeError(
                f"{question.name} is filled in by the form; its saved value must be text or "
                "a number"
            )
        return coerce_answer(question, value, names)

    def _apply_defaults(self, nodes: list[InstanceNode]) -> None:
        now = self.clock()
        for node in nodes:
            question = node.question
            assert question is not None
            if question.type in ("start", "end"):
                node.set_answer(
                    now.isoformat(timespec="seconds") if question.type == "start" else None
                )
            elif question.type == "today":
                node.set_answer(now.date().isoformat())
            elif question.type in METADATA_TYPES:
                node.set_answer(self.metadata.get(question.type) or None)
            elif question.default:
                node.set_answer(self._default_value(node, question))

    def _default_value(self, node: InstanceNode, question: Question) -> Any:
        compiled = self.form.expression(question.name, "default")
        raw: Any = question.default
        if compiled is not None:
            raw = self._run(node, "default", compiled)
        return self._from_expression(question, raw)

    def _from_expression(self, question: Question, raw: Value | Any) -> Any:
        """An expression's result as the stored answer of `question` (None when it won't fit)."""
        if isinstance(raw, NodeSet):
            raw = to_string(raw)
        if isinstance(raw, bool):
            raw = "true" if raw else "false"
        if isinstance(raw, float):
            if raw != raw or raw in (float("inf"), float("-inf")):
                return None
            if raw.is_integer() and abs(raw) < 2**53:
                raw = int(raw)
        if is_empty(raw):
            return None
        if question.type == "calculate":
            return raw
        if question.type in ("text", *TEXT_CAPTURE_TYPES) and not isinstance(raw, str):
            raw = to_string(raw)
        try:
            return self._coerce(question, raw)
        except AnswerTypeError:
            return None

    # --- evaluation -------------------------------------------------------------------
    def _run(self, node: InstanceNode, column: str, compiled: Any, subject: Any = None) -> Value:
        """Evaluate one cell for one node; a runtime failure is kept, never raised to the UI."""
        context = SessionContext(self, subject if subject is not None else node, node)
        try:
            result = compiled.evaluate(context)
        except ExpressionError as error:
            self._evaluation_problems[(node.name, column)] = str(error)
            log.debug("expression failed in %s %s", node.name, column)
            return ""
        if self._evaluation_problems:
            self._evaluation_problems.pop((node.name, column), None)  # it runs again now
        return result

    def _evaluate_everything(self) -> None:
        """Evaluate the whole form: at open and after a repeat instance is added or removed.

        Calculations read relevance (a hidden answer reads as empty) and relevance reads
        calculations, so the two are repeated until nothing flips (two rounds in most forms).
        """
        questions = self.definition.questions
        ranked = sorted(self.form.rank, key=self.form.rank.__getitem__)
        for _round in range(20):
            for name in ranked:
                question = questions[name]
                compiled = self.form.expression(name, "calculation")
                if compiled is None or question.trigger:
                    continue
                for node in descend(self.root, question.path):
                    result = self._run(node, "calculation", compiled)
                    node.set_answer(self._from_expression(question, result))
            if self._apply_repeat_counts(None):
                continue
            nodes = [n for n in self.root.walk() if n.question is not None]
            before = [n.relevant for n in nodes]
            for node in nodes:
                self._evaluate_cell(node, "relevant")
            self._refresh_relevance(self.root, None)
            if before == [n.relevant for n in nodes]:
                break
        for node in self.root.walk():
            if node.question is not None:
                for column in ("required", "read_only", "constraint", "choice_filter"):
                    self._evaluate_cell(node, column)
        for node in self.root.walk():
            node.error = self._error_of(node)

    def _apply_repeat_counts(self, changes: ChangeSet | None) -> bool:
        """Grow or shrink every counted repeat to its repeat_count; True if any changed."""
        changed = False
        for question in self.definition.questions.values():
            compiled = self.form.expression(question.name, "repeat_count")
            if question.type != "repeat" or compiled is None:
                continue
            for parent in descend(self.root, question.path[:-1]):
                number = to_number(self._run(parent, "repeat_count", compiled))
                wanted = self._repeat_count(question, number)
                instances = parent.kids.setdefault(question.name, [])
                if wanted == len(instances):
                    continue
                changed = True
                while len(instances) > wanted:
                    instances.pop()
                while len(instances) < wanted:
                    self._new_instance(question, parent)
                if changes is not None:
                    changes.repeats.add((question.name, parent.indices()))
        return changed

    def _repeat_count(self, question: Question, number: float) -> int:
        """How many instances a repeat_count result asks for: NaN and below 0 are 0, and more
        than MAX_REPEAT_COUNT (even infinity) is capped there, with a note for the author."""
        key = (question.name, "repeat_count")
        if number > MAX_REPEAT_COUNT:
            self._evaluation_problems[key] = (
                f"repeat_count asked for more than {MAX_REPEAT_COUNT} instances of "
                f"{question.name}; only {MAX_REPEAT_COUNT} are made"
            )
            return MAX_REPEAT_COUNT
        self._evaluation_problems.pop(key, None)
        return 0 if number != number or number < 0 else int(number)

    def _new_instance(self, question: Question, parent: InstanceNode) -> InstanceNode:
        instances = parent.kids.setdefault(question.name, [])
        node = InstanceNode(question, parent, len(instances))
        instances.append(node)
        fresh: list[InstanceNode] = []
        self._build(node, question.children, {}, "", [], fresh, False)
        self._apply_defaults(fresh)
        return node

    def _evaluate_cell(self, node: InstanceNode, column: str) -> bool:
        """Re-evaluate one non-value cell of a node; True when its result changed."""
        question = node.question
        assert question is not None
        compiled = self.form.expression(question.name, column)
        if column == "relevant":
            new = True if compiled is None else to_boolean(self._run(node, column, compiled))
            changed, node.own_relevant = new != node.own_relevant, new
        elif column == "required":
            new = False if compiled is None else to_boolean(self._run(node, column, compiled))
            changed, node.required = new != node.required, new
        elif column == "read_only":
            new = False if compiled is None else to_boolean(self._run(node, column, compiled))
            changed, node.read_only = new != node.read_only, new
        elif column == "constraint":
            new = True
            if compiled is not None and not is_empty(node.answer):
                new = to_boolean(self._run(node, column, compiled))
            changed, node.constraint_ok = new != node.constraint_ok, new
        elif column == "choice_filter":
            if compiled is None:
                return False
            offered = self._filter_choices(node, question, compiled)
            before = None if node.offered is None else [c.name for c in node.offered]
            changed = before != [c.name for c in offered]
            node.offered = offered
        else:
            return False
        return changed

    def _filter_choices(
        self, node: InstanceNode, question: Question, compiled: Any
    ) -> list[Choice]:
        offered = []
        for choice in self.definition.choices(question):
            label = pick_label(choice.labels, self.language, self.definition.default_language)
            if to_boolean(self._run(node, "choice_filter", compiled, ChoiceNode(choice, label))):
                offered.append(choice)
        return offered

    def _refresh_relevance(
        self, node: InstanceNode, changes: ChangeSet | None
    ) -> list[InstanceNode]:
        """Recompute inherited relevance below `node`; return the nodes whose relevance flipped."""
        flipped = []
        stack = [node]
        while stack:
            current = stack.pop()
            above = current.up.relevant if current.up is not None else True
            new = above and current.own_relevant
            if new != current.relevant:
                current.relevant = new
                flipped.append(current)
                if changes is not None:
                    changes.relevance.add(self._key(current))
            for group in current.kids.values():
                stack.extend(group)
        return flipped

    def _error_of(self, node: InstanceNode) -> str | None:
        """The kind of blocking error on a node now: 'required', 'constraint', 'choice' or None."""
        question = node.question
        if question is None or not node.relevant or question.type not in ANSWERABLE:
            return None
        if is_empty(node.answer):
            return "required" if node.required else None
        if not node.constraint_ok:
            return "constraint"
        if node.offered is not None:
            offered = {c.name for c in node.offered}
            picked = node.answer if isinstance(node.answer, list) else [node.answer]
            if any(p not in offered for p in picked):
                return "choice"
        return None

    def _key(self, node: InstanceNode) -> Key:
        return (node.name, node.indices())

    # --- incremental re-evaluation ----------------------------------------------------
    def _propagate(self, changed: list[InstanceNode], changes: ChangeSet) -> None:
        """Re-evaluate what reads the changed nodes, in rank order, then their errors."""
        heap: list[tuple[int, int, int, int, InstanceNode, str]] = []
        queued: set[tuple[int, str]] = set()
        touched: dict[int, InstanceNode] = {}
        rank = self.form.rank
        structural = False

        def schedule(source: InstanceNode) -> None:
            touched[id(source)] = source
            self._queue(source, "constraint", heap, queued, rank)
            for reader, column in self.form.readers.get(source.name, ()):
                question = self.definition.questions[reader]
                if column == "default" or (column == "calculation" and question.trigger):
                    continue
                if column == "trigger":
                    column = "calculation"
                for target in self._readers_of(question, source, column):
                    self._queue(target, column, heap, queued, rank)

        for node in changed:
            schedule(node)
        steps = 0
        while heap:
            steps += 1
            if steps > 20_000:  # a loop through triggers; stop rather than hang the screen
                log.warning("re-evaluation stopped after %d steps", steps)
                break
            *_, node, column = heapq.heappop(heap)
            queued.discard((id(node), column))
            if column == "repeat_count":
                structural = True  # the node is the repeat's parent (maybe the root)
                continue
            question = node.question
            assert question is not None
            touched[id(node)] = node
            if column == "calculation":
                compiled = self.form.expression(question.name, "calculation")
                new = self._from_expression(question, self._run(node, column, compiled))
                if new != node.answer or type(new) is not type(node.answer):
                    node.set_answer(new)
                    changes.values.add(self._key(node))
                    schedule(node)
            elif self._evaluate_cell(node, column):
                key = self._key(node)
                if column == "relevant":
                    for flipped in self._refresh_relevance(node, changes):
                        touched[id(flipped)] = flipped
                        if not is_empty(flipped.answer):
                            schedule(flipped)  # its value now reads as '' (or back again)
                elif column == "required":
                    changes.required.add(key)
                elif column == "read_only":
                    changes.read_only.add(key)
                elif column == "choice_filter":
                    changes.choices.add(key)
        if structural:
            self._restructure(changes, lambda: self._apply_repeat_counts(changes))
            return
        for node in touched.values():
            self._refresh_error(node, changes)

    def _queue(self, node: InstanceNode, column: str, heap: list, queued: set, rank: dict) -> None:
        if (id(node), column) in queued:
            return
        queued.add((id(node), column))
        # Cells that change values (relevance hides a value) go first, in rank order, with a
        # node's relevance before its calculation; the rest only read values, so they go last.
        phase = _PHASES.get(column, 2)
        order = rank.get(node.name, 0) if phase < 2 else 0
        heapq.heappush(heap, (min(phase, 1), order, phase, next(self._counter), node, column))

    def _readers_of(
        self, reader: Question, source: InstanceNode, column: str
    ) -> list[InstanceNode]:
        """The instances of `reader` that see `source`: those sharing its repeat instances (all
        of them when the cell reads instances by number, with indexed-repeat)."""
        if (reader.name, column) in self.form.across_instances:
            return descend(self.root, reader.path[:-1] if column == "repeat_count" else reader.path)
        anchor = anchor_for(source, reader.repeats, self.root)
        base = len(anchor.question.path) if anchor.question is not None else 0
        path = reader.path[:-1] if column == "repeat_count" else reader.path
        return descend(anchor, path[base:])

    def _refresh_error(self, node: InstanceNode, changes: ChangeSet) -> None:
        error = self._error_of(node)
        if error != node.error:
            node.error = error
            changes.errors.add(self._key(node))

    def _restructure(self, changes: ChangeSet, operation: Callable[[], Any]) -> Any:
        """Run a change to the repeats' shape, then re-evaluate all and report the differences."""
        before = self._snapshot()
        result = operation()
        self._evaluate_everything()
        after = self._snapshot()
        for key in before.keys() | after.keys():
            old, new = before.get(key), after.get(key)
            if old is None or new is None:
                changes.values.add(key)
                continue
            for slot, target in zip(
                range(6),
                (
                    changes.values,
                    changes.relevance,
                    changes.errors,
                    changes.required,
                    changes.read_only,
                    changes.choices,
                ),
                strict=True,
            ):
                if old[slot] != new[slot]:
                    target.add(key)
        return result

    def _snapshot(self) -> dict[Key, tuple]:
        out = {}
        for node in self.root.walk():
            if node.question is not None:
                offered = None if node.offered is None else tuple(c.name for c in node.offered)
                out[self._key(node)] = (
                    repr(node.answer),
                    node.relevant,
                    node.error,
                    node.required,
                    node.read_only,
                    offered,
                )
        return out

    def _emit(self, changes: ChangeSet) -> ChangeSet:
        if changes:
            for listener in list(self._listeners):
                listener(changes)
        return changes

    @property
    def _default_language(self) -> str:
        return self.definition.default_language

    def secondary_instance(self, instance_id: str) -> Document | None:
        """`instance(id)`: a choice list of the form (name, label in the session's language
        and its other columns per item), else an attached file; None if neither."""
        document = self._documents.get(instance_id)
        if document is not None:
            return document
        choices = self.definition.choice_lists.get(instance_id)
        if choices is not None:
            rows = []
            for choice in choices:
                label = pick_label(choice.labels, self.language, self._default_language)
                rows.append({"name": choice.name, "label": label, **choice.extras})
            document = from_rows(instance_id, rows)
        elif self.form.media is not None:
            document = self.form.media.document(instance_id)
        if document is not None:
            self._documents[instance_id] = document
        return document

    def itext(self, text_id: str) -> str:
        """`jr:itext(id)` with pyxform's ids: '/data/.../name:label' (or ':hint') for a
        question's text, 'list-N' for choice N (0-based) of a list; '' when unknown."""
        path, _, form = text_id.rpartition(":")
        if path and form in ("label", "hint"):
            question = self.definition.questions.get(path.rstrip("/").rsplit("/", 1)[-1])
            if question is None:
                return ""
            texts = question.labels if form == "label" else question.hints
            return pick_label(texts, self.language, self._default_language)
        list_name, _, number = text_id.rpartition("-")
        choices = self.definition.choice_lists.get(list_name)
        if choices is None or not number.isdigit() or int(number) >= len(choices):
            return ""
        return pick_label(choices[int(number)].labels, self.language, self._default_language)

    def choice_label(self, question: str, value: str, language: str | None = None) -> str:
        """The label of choice `value` of a select question ('' if there is none)."""
        target = self.definition.questions.get(question)
        if target is None:
            return ""
        for choice in self.definition.choices(target):
            if choice.name == value:
                return pick_label(choice.labels, language or self.language, self._default_language)
        return ""
