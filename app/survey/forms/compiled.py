"""A form definition with every expression compiled once, and the graph of who reads whom.

Built when a form is loaded (from pyxform or from the cache). It refuses, with `survey!row`
places, expressions the engine cannot parse, references to names that are not in the form, and
calculations that depend on themselves.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from typing import Any

from app.survey.errors import LocatedErrors
from app.survey.forms.media import FormMedia
from app.survey.forms.model import EXPRESSION_COLUMNS, FormDefinition, Question
from app.survey.xpath import ExpressionError, compile_expression


class CompiledForm:
    """A definition plus compiled expressions, dependency lists and an evaluation order.

    `expressions[(name, column)]` is the compiled expression of that cell. `readers[name]` lists
    the `(reader, column)` cells whose expressions mention `${name}`. `rank[name]` orders the
    questions so that every calculation comes after the calculations it reads.
    """

    def __init__(self, definition: FormDefinition) -> None:
        self.definition = definition
        # Where attached files (secondary instances) are found; load_form sets it.
        self.media: FormMedia | None = None
        # Secondary instance ids named in the form's expressions -> the cells naming them.
        self.instance_ids: dict[str, list[str]] = defaultdict(list)
        self.expressions: dict[tuple[str, str], Any] = {}
        self.readers: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # Cells that read other repeat instances by number (indexed-repeat): a change in any
        # instance re-evaluates them in every instance, not only in the one that changed.
        self.across_instances: set[tuple[str, str]] = set()
        self.rank: dict[str, int] = {}
        problems: list[tuple[str, str]] = []
        self._compile(problems)
        if not problems:
            self._order(problems)
        if problems:
            problems.sort(key=lambda item: _row_order(item[0]))
            name = definition.source_name or definition.form_id
            raise LocatedErrors(f"{name} cannot be run by Tinjau:", problems)
        self.readers = dict(self.readers)
        self.instance_ids = dict(self.instance_ids)

    def attached_files_missing(self) -> list[tuple[str, str]]:
        """`(place, message)` for each secondary instance the form names that neither is a
        choice list nor has a file in the media folders."""
        problems = []
        lists = self.definition.choice_lists
        for instance_id, places in self.instance_ids.items():
            if instance_id in lists or (self.media and self.media.find(instance_id)):
                continue
            where = self.media.describe() if self.media else "the form's folder"
            for place in places:
                problems.append(
                    (
                        place,
                        f"the form reads the attached file '{instance_id}' ({instance_id}.csv, "
                        f".xml or .geojson), which is not in {where}; put it there",
                    )
                )
        return problems

    @property
    def questions(self) -> dict[str, Question]:
        return self.definition.questions

    def expression(self, name: str, column: str) -> Any | None:
        return self.expressions.get((name, column))

    def _compile(self, problems: list[tuple[str, str]]) -> None:
        questions = self.definition.questions
        for question in questions.values():
            where = self.definition.location(question.name)
            for column in EXPRESSION_COLUMNS:
                text = question.expression(column).strip()
                if not text:
                    continue
                if column == "default" and not _looks_like_expression(text):
                    continue  # a plain default value such as `3` or `yes`
                try:
                    compiled = compile_expression(text)
                except ExpressionError as error:
                    problems.append((where, f"{column} cannot be read: {error}"))
                    continue
                except Exception as error:  # noqa: BLE001 - never a traceback for a bad cell
                    problems.append((where, f"{column} cannot be read ({type(error).__name__})"))
                    continue
                missing = sorted(ref for ref in compiled.references if ref not in questions)
                for ref in missing:
                    problems.append(
                        (
                            where,
                            f"{column} refers to ${{{ref}}}, which is not a question in this form",
                        )
                    )
                if missing:
                    continue
                self.expressions[(question.name, column)] = compiled
                if "indexed-repeat" in text:
                    self.across_instances.add((question.name, column))
                for instance_id in compiled.instances:
                    self.instance_ids[instance_id].append(where)
                read: dict[str, None] = {}
                for ref in compiled.references:
                    read[ref] = None
                    # `${members}[age < 18]` (or `${members}/age`) reads the members' answers
                    # through bare names the reference list cannot see, so it reads everything
                    # inside; a bare `${members}` (count, indexed-repeat) reads only its shape.
                    if re.search(r"\$\{" + re.escape(ref) + r"\}\s*[\[/]", text):
                        read.update(dict.fromkeys(self._inside(ref)))
                # `current()/../x` and `../../x` read x through a path: re-evaluate on change.
                read.update(dict.fromkeys(n for n in compiled.step_names if n in questions))
                for name in read:
                    self.readers[name].append((question.name, column))
            for target in question.trigger:
                if target not in questions:
                    problems.append(
                        (where, f"trigger refers to ${{{target}}}, which is not a question")
                    )
                else:
                    self.readers[target].append((question.name, "trigger"))

    def _inside(self, name: str) -> list[str]:
        """Every question below a group or repeat (none for a plain question)."""
        out: list[str] = []
        for child in self.definition.questions[name].children:
            out.append(child)
            out += self._inside(child)
        return out

    def _order(self, problems: list[tuple[str, str]]) -> None:
        """Topological order over the cells that make values; a cycle is reported at its rows.

        A value depends on its calculation's inputs and, because a hidden answer reads as
        empty, on what its own relevant (and its groups' relevant) reads: JavaRosa refuses a
        cycle through either, and so do we.
        """
        questions = self.definition.questions
        position = {name: index for index, name in enumerate(questions)}
        feeds: dict[str, set[str]] = defaultdict(set)
        # Which cell made each edge, so a cycle is reported at the cell that closes it.
        cell_of: dict[tuple[str, str], tuple[str, str]] = {}
        waiting = dict.fromkeys(questions, 0)
        for (name, column), compiled in self.expressions.items():
            if column == "calculation":
                # A triggered calculation runs when its trigger changes, not when its inputs do.
                sources, targets = questions[name].trigger or compiled.references, [name]
            elif column == "relevant":
                sources, targets = compiled.references, [name, *self._inside(name)]
            else:
                continue
            for ref in sources:
                if questions[ref].is_container:
                    continue  # count(${members}) depends on the repeat's shape, not a value
                for target in targets:
                    if target not in feeds[ref]:
                        feeds[ref].add(target)
                        waiting[target] += 1
                        cell_of[(ref, target)] = (name, column)
        ready = [(position[n], n) for n, count in waiting.items() if count == 0]
        heapq.heapify(ready)
        while ready:
            _, name = heapq.heappop(ready)
            self.rank[name] = len(self.rank)
            for reader in feeds.get(name, ()):
                waiting[reader] -= 1
                if waiting[reader] == 0:
                    heapq.heappush(ready, (position[reader], reader))
        stuck = [n for n in questions if n not in self.rank]
        if stuck:
            cycle = _find_cycle(stuck, feeds)
            for index, name in enumerate(cycle):
                # The cell through which the previous value in the loop reaches this one: a
                # calculation, the question's relevant, or an enclosing group's relevant.
                owner, column = cell_of[(cycle[index - 1], name)]
                turn = [*cycle[index:], *cycle[:index], name]
                loop = " -> ".join(f"${{{n}}}" for n in turn)
                problem = (
                    self.definition.location(owner),
                    f"{column} of ${{{owner}}} depends on itself ({loop}); break the cycle",
                )
                if problem not in problems:
                    problems.append(problem)


def _find_cycle(stuck: list[str], feeds: dict[str, set[str]]) -> list[str]:
    """One cycle among the questions the topological sort could not place."""
    members = set(stuck)
    sources: dict[str, list[str]] = defaultdict(list)
    for source, readers in feeds.items():
        for reader in readers:
            if source in members and reader in members:
                sources[reader].append(source)
    path: list[str] = []
    seen: dict[str, int] = {}
    node = stuck[0]
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        # Every stuck question waits on a stuck source, so walking back always closes a loop.
        node = sorted(sources[node])[0]
    cycle = path[seen[node] :]
    cycle.reverse()  # print it in the direction values flow
    return cycle


def _looks_like_expression(text: str) -> bool:
    """A default cell is an expression when it calls or refers to something (ODK's rule)."""
    return "${" in text or "(" in text


def _row_order(where: str) -> int:
    """Sort key for `survey!12` places: by row, unknown rows last."""
    _, _, row = where.partition("!")
    return int(row) if row.isdigit() else 1 << 30
