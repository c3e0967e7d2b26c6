"""A headless form session: one interview being filled in, evaluated as ODK Collect would.

Open a compiled form (with a saved answer tree or none), set and clear answers, add, remove and
move repeat instances, and ask what is relevant, required, read-only, offered, wrong. After an
answer changes only the expressions that read it run again, in dependency order; each change
returns a `ChangeSet` (also sent to listeners) naming what the screen must redraw.

Questions are addressed by name plus the 0-based indices of their enclosing repeat instances,
outermost first: `session.set("age", 41, (2,))`, shown as `members[2].age`. A repeat holds at
most MAX_REPEAT_COUNT (500) instances, however many its repeat_count or saved answers ask for.

`randomize()` without a seed shuffles with the session's `random_seed`: open an interview
again with `random_seed=interview_seed(interview_id)` (as the desktop app does) and it shows
the same order as before; without one each session draws its own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.forms.compiled import CompiledForm
from app.survey.forms.engine import ANSWERABLE, MAX_REPEAT_COUNT, ChangeSet, Key, SessionEngine
from app.survey.forms.instance import InstanceNode, resolve
from app.survey.forms.model import METADATA_TYPES, Choice, Question, pick_label
from app.survey.forms.texts import DEFAULT_MESSAGES
from app.survey.xpath import to_boolean, to_string

_ADDRESS_PART = re.compile(r"([^.\[\]]+)(?:\[([0-9]{1,6})\])?")
_REFERENCE = re.compile(r"\$\{([^}\s]+)\}")

__all__ = [
    "ANSWERABLE",
    "ChangeSet",
    "FormError",
    "FormSession",
    "interview_seed",
    "parse_address",
]


@dataclass(frozen=True)
class FormError:
    """One blocking problem: which question, in which repeat instance, and what is wrong."""

    name: str
    index: tuple[int, ...]
    where: str
    message: str


def interview_seed(interview_id: str) -> int:
    """A stable seed in 1 .. 2^31 - 2 for randomize() in one interview, from its id."""
    digest = hashlib.sha256(interview_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % (2**31 - 2) + 1


def parse_address(address: str) -> Key:
    """`members[2].age` -> ('age', (2,)); `members[2]` -> ('members', (2,))."""
    indices: list[int] = []
    name = ""
    for part in address.split("."):
        match = _ADDRESS_PART.fullmatch(part.strip())
        if not match:
            raise TinjauError(f"'{address}' is not a question address such as members[2].age")
        name = match[1]
        if match[2] is not None:
            indices.append(int(match[2]))
    return name, tuple(indices)


class FormSession(SessionEngine):
    """One form instance being filled in; see the module docstring."""

    def __init__(
        self,
        form: CompiledForm,
        answers: Mapping[str, Any] | None = None,
        *,
        language: str | None = None,
        clock: Callable[[], datetime] | None = None,
        metadata: Mapping[str, str] | None = None,
        strict: bool = True,
        random_seed: int | None = None,
    ) -> None:
        super().__init__(form, language, clock, metadata, random_seed)
        problems: list[tuple[str, str]] = []
        fresh: list[InstanceNode] = []
        self._build(
            self.root, self.definition.top_level, answers or {}, "", problems, fresh, strict
        )
        if problems:
            raise LocatedErrors("The answers do not fit the form:", problems)
        self._apply_defaults(fresh)
        self._evaluate_everything()

    # --- finding nodes ----------------------------------------------------------------
    def node(self, name: str, index: tuple[int, ...] = ()) -> InstanceNode:
        """The instance node of `name` in the repeat instances `index`; TinjauError if absent."""
        question = self.definition.questions.get(name)
        if question is None:
            raise TinjauError(f"'{name}' is not a question in this form")
        depth = len(question.repeats) + (1 if question.type == "repeat" else 0)
        if len(index) != depth:
            raise TinjauError(
                f"{name} sits in {depth} repeat(s); give {depth} instance number(s), "
                f"not {len(index)}"
            )
        node = self.root
        indices = iter(index)
        for step in question.path:
            found = node.kids.get(step, [])
            step_question = self.definition.questions[step]
            position = next(indices) if step_question.type == "repeat" else 0
            if position >= len(found) or position < 0:
                raise TinjauError(f"{step}[{position}] does not exist; add that instance first")
            node = found[position]
        return node

    def _repeat_parent(self, name: str, index: tuple[int, ...]) -> tuple[Question, InstanceNode]:
        question = self.definition.questions.get(name)
        if question is None or question.type != "repeat":
            raise TinjauError(f"'{name}' is not a repeat in this form")
        if question.parent:
            parent_question = self.definition.questions[question.parent]
            depth = len(parent_question.repeats) + (parent_question.type == "repeat")
            return question, self.node(question.parent, index[:depth])
        return question, self.root

    # --- changing answers -------------------------------------------------------------
    def set(self, name: str, value: Any, index: tuple[int, ...] = ()) -> ChangeSet:
        """Answer a question; a wrong type or a read-only question raises and changes nothing."""
        node = self.node(name, index)
        question = node.question
        assert question is not None
        if question.type not in ANSWERABLE:
            raise TinjauError(f"{name} is a {question.type}; the form fills it, not the person")
        if node.read_only:
            raise TinjauError(f"{name} is read-only in this form; it cannot be changed")
        new = self._coerce(question, value)
        changes = ChangeSet()
        if new == node.answer and type(new) is type(node.answer):
            return changes
        node.set_answer(new)
        changes.values.add(self._key(node))
        self._propagate([node], changes)
        return self._emit(changes)

    def clear(self, name: str, index: tuple[int, ...] = ()) -> ChangeSet:
        """Remove an answer (the same as setting it to empty)."""
        return self.set(name, None, index)

    def add_repeat(self, name: str, index: tuple[int, ...] = ()) -> tuple[int, ChangeSet]:
        """Add an instance at the end of repeat `name` (inside the instances `index`)."""
        question, parent = self._repeat_parent(name, index)
        if self.form.expression(name, "repeat_count") is not None:
            raise TinjauError(f"the number of {name} is set by the form's repeat_count")
        if len(parent.kids.get(name, [])) >= MAX_REPEAT_COUNT:
            raise TinjauError(f"{name} already has {MAX_REPEAT_COUNT} instances, the most it holds")
        changes = ChangeSet()
        node = self._restructure(changes, lambda: self._new_instance(question, parent))
        changes.repeats.add((name, parent.indices()))
        return node.index, self._emit(changes)

    def remove_repeat(self, name: str, position: int, index: tuple[int, ...] = ()) -> ChangeSet:
        """Remove instance `position` (0-based) of repeat `name`; later ones move up."""
        question, parent = self._repeat_parent(name, index)
        if self.form.expression(name, "repeat_count") is not None:
            raise TinjauError(f"the number of {name} is set by the form's repeat_count")
        instances = parent.kids.get(name, [])
        if not 0 <= position < len(instances):
            raise TinjauError(f"{name}[{position}] does not exist")

        def remove() -> None:
            del instances[position]
            for number, node in enumerate(instances):
                node.index = number

        changes = ChangeSet()
        self._restructure(changes, remove)
        changes.repeats.add((name, parent.indices()))
        return self._emit(changes)

    def move_repeat(
        self, name: str, source: int, target: int, index: tuple[int, ...] = ()
    ) -> ChangeSet:
        """Move instance `source` of repeat `name` to position `target` (both 0-based)."""
        _question, parent = self._repeat_parent(name, index)
        instances = parent.kids.get(name, [])
        if not (0 <= source < len(instances) and 0 <= target < len(instances)):
            raise TinjauError(
                f"{name} has {len(instances)} instance(s); cannot move {source} to {target}"
            )

        def move() -> None:
            instances.insert(target, instances.pop(source))
            for number, node in enumerate(instances):
                node.index = number

        changes = ChangeSet()
        self._restructure(changes, move)
        changes.repeats.add((name, parent.indices()))
        return self._emit(changes)

    def add_listener(self, listener: Callable[[ChangeSet], None]) -> None:
        """Call `listener(changes)` after every operation that changed something."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[ChangeSet], None]) -> None:
        self._listeners.remove(listener)

    # --- asking -----------------------------------------------------------------------
    def value(self, name: str, index: tuple[int, ...] = ()) -> Any:
        return self.node(name, index).answer

    def repeat_size(self, name: str, index: tuple[int, ...] = ()) -> int:
        _question, parent = self._repeat_parent(name, index)
        return len(parent.kids.get(name, []))

    def is_relevant(self, name: str, index: tuple[int, ...] = ()) -> bool:
        return self.node(name, index).relevant

    def new_instance_relevant(self, name: str, index: tuple[int, ...] = ()) -> bool:
        """Whether an instance of repeat `name` (inside the instances `index`) added now would
        be relevant by the repeat's own `relevant`, evaluated where it would sit; a screen asks
        this to show a repeat's table while it has no instance yet."""
        _question, parent = self._repeat_parent(name, index)
        compiled = self.form.expression(name, "relevant")
        return compiled is None or bool(to_boolean(self._run(parent, "relevant", compiled)))

    def is_required(self, name: str, index: tuple[int, ...] = ()) -> bool:
        return self.node(name, index).required

    def is_read_only(self, name: str, index: tuple[int, ...] = ()) -> bool:
        return self.node(name, index).read_only

    def choices(self, name: str, index: tuple[int, ...] = ()) -> list[Choice]:
        """The choices offered now (after choice_filter) for a select question."""
        node = self.node(name, index)
        assert node.question is not None
        if node.offered is not None:
            return list(node.offered)
        return list(self.definition.choices(node.question))

    def label(self, name: str, index: tuple[int, ...] = (), language: str | None = None) -> str:
        """The label in `language` (or the session's), falling back to the default language;
        `${name}` references in it are replaced by their current values."""
        return self._text(name, index, "labels", language)

    def hint(self, name: str, index: tuple[int, ...] = (), language: str | None = None) -> str:
        return self._text(name, index, "hints", language)

    def _text(self, name: str, index: tuple[int, ...], slot: str, language: str | None) -> str:
        node = self.node(name, index)
        texts = getattr(node.question, slot)
        return self._filled(
            node, pick_label(texts, language or self.language, self._default_language)
        )

    def _filled(self, node: InstanceNode, text: str) -> str:
        """`text` with its `${name}` references replaced by their values seen from `node`."""
        if "${" not in text:
            return text

        def substitute(match: re.Match[str]) -> str:
            if match[1] not in self.definition.questions:
                return match[0]
            return to_string(resolve(self, node, match[1]))

        return _REFERENCE.sub(substitute, text)

    def constraint_message(
        self, name: str, index: tuple[int, ...] = (), language: str | None = None
    ) -> str:
        """What the question's constraint says, in `language`, or a plain default sentence.
        `${name}` references are filled in, as in labels (and as ODK does), so a message can
        name the rule for this member: "from ${age_minimum} to 120"."""
        node = self.node(name, index)
        question = node.question
        assert question is not None
        text = pick_label(
            question.constraint_messages, language or self.language, self._default_language
        )
        return self._filled(node, text) if text else DEFAULT_MESSAGES["constraint"]

    def error(
        self, name: str, index: tuple[int, ...] = (), language: str | None = None
    ) -> str | None:
        """The blocking error on this answer now, as a message, or None."""
        return self._message(self.node(name, index), language)

    def _message(self, node: InstanceNode, language: str | None) -> str | None:
        if node.error is None:
            return None
        question = node.question
        assert question is not None
        language = language or self.language
        if node.error == "required":
            text = pick_label(question.required_messages, language, self._default_language)
            return text or DEFAULT_MESSAGES["required"]
        if node.error == "constraint":
            return self.constraint_message(question.name, node.indices(), language)
        return DEFAULT_MESSAGES["choice"]

    def validate(self, language: str | None = None) -> list[FormError]:
        """Every blocking error in document order, by question and repeat index."""
        out = []
        for node in self.root.walk():
            message = self._message(node, language)
            if message is not None:
                out.append(FormError(node.name, node.indices(), node.address(), message))
        return out

    def can_complete(self) -> bool:
        return not any(node.error for node in self.root.walk())

    def open_by_section(self) -> dict[str, int]:
        """How many questions shown now still stand in the way of completing, by section (the
        top-level name they sit in): required and unanswered, or answered against a rule.
        A section with none is not in the result."""
        out: dict[str, int] = {}
        for node in self.root.walk():
            if node.error is not None and node.question is not None:
                section = node.question.path[0]
                out[section] = out.get(section, 0) + 1
        return out

    def completeness(self) -> tuple[int, int]:
        """(done, asked): the required questions shown now, and how many of them are answered
        and pass their rules; `done == asked` when nothing required is left."""
        done = asked = 0
        for node in self.root.walk():
            question = node.question
            if question is None or not node.relevant or not node.required:
                continue
            if question.type not in ANSWERABLE or node.read_only and node.error is None:
                continue
            asked += 1
            done += node.error is None
        return done, asked

    def instances(self) -> list[tuple[Question, tuple[int, ...]]]:
        """Every question, group and repeat instance in document order, with its indices.

        This is what a screen walks to lay out its widgets; the keys match `ChangeSet`'s.
        """
        return [
            (node.question, node.indices())
            for node in self.root.walk()
            if node.question is not None
        ]

    def relevant_questions(self) -> list[str]:
        """Names of the questions and notes relevant somewhere in the instance now."""
        seen: dict[str, None] = {}
        for node in self.root.walk():
            question = node.question
            if question is not None and node.relevant and not question.is_container:
                if question.type not in METADATA_TYPES:
                    seen.setdefault(question.name)
        return list(seen)

    @property
    def evaluation_problems(self) -> dict[tuple[str, str], str]:
        """Expressions that failed while running, by (question, column); shown to form authors."""
        return dict(self._evaluation_problems)

    # --- the answer tree --------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """The draft answer tree, JSON-ready: every answer kept, relevant or not."""
        return self._tree(self.root, only_relevant=False)

    def relevant_answers(self) -> dict[str, Any]:
        """The answers as completion keeps them (non-relevant ones left out), without stamping
        the form's `end` time: what a live score or preview reads while the form is open."""
        return self._tree(self.root, only_relevant=True)

    def completed_answers(self) -> dict[str, Any]:
        """The instance as ODK completes it: answers of non-relevant questions left out."""
        end = [n for n in self.root.walk() if n.question is not None and n.question.type == "end"]
        stamp = self.clock().isoformat(timespec="seconds")
        for node in end:
            node.set_answer(stamp)
        return self._tree(self.root, only_relevant=True)

    def _tree(self, node: InstanceNode, only_relevant: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, kids in node.kids.items():
            question = self.definition.questions[name]
            if question.type == "group":
                if kids and (kids[0].relevant or not only_relevant):
                    out.update(self._tree(kids[0], only_relevant))
            elif question.type == "repeat":
                out[name] = [
                    self._tree(kid, only_relevant)
                    for kid in kids
                    if kid.relevant or not only_relevant
                ]
            elif question.holds_answer and kids:
                answer = kids[0].answer
                if only_relevant and not kids[0].relevant:
                    continue
                out[name] = list(answer) if isinstance(answer, list) else answer
        return out
