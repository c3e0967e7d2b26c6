"""Tinjau's own typed form definition: what the loader builds from an XLSForm and the session runs.

It holds only plain data (strings, tuples, dicts), so it round-trips through JSON for the cache;
compiled expressions live beside it in `CompiledForm` (see `compiled.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Types the session asks a person to answer, by canonical name.
INPUT_TYPES = frozenset(
    {
        "text",
        "integer",
        "decimal",
        "date",
        "time",
        "dateTime",
        "select_one",
        "select_multiple",
        "rank",
        "geopoint",
        "acknowledge",
    }
)
# Capture types whose answer is text: for photo/image, audio, video and file it is the name of
# an attached file the desktop app keeps (app/survey/records/attachments.py); for the others
# (barcode, geotrace ...) what was typed.
TEXT_CAPTURE_TYPES = frozenset(
    {"photo", "image", "audio", "video", "file", "barcode", "geotrace", "geoshape", "osm"}
)
# Filled by the device, never asked: start/end/today from the clock, the rest left empty.
METADATA_TYPES = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "phonenumber",
        "simserial",
        "subscriberid",
        "username",
        "email",
        "audit",
        "start-geopoint",
        "background-audio",
        "background-geopoint",
    }
)
CONTAINER_TYPES = frozenset({"group", "repeat"})
ALL_TYPES = (
    INPUT_TYPES
    | TEXT_CAPTURE_TYPES
    | METADATA_TYPES
    | CONTAINER_TYPES
    | {"note", "calculate", "select_one_from_file"}
)

# The expression-bearing columns of a question, in the order the session evaluates them.
EXPRESSION_COLUMNS = (
    "calculation",
    "default",
    "relevant",
    "required",
    "read_only",
    "constraint",
    "choice_filter",
    "repeat_count",
)


@dataclass(slots=True)
class Choice:
    """One option of a choice list, with its label per language and any extra columns."""

    name: str
    labels: dict[str, str] = field(default_factory=dict)
    extras: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Question:
    """One row of the survey sheet: a question, a note, a calculation, a group or a repeat.

    `path` is the names from the form root (groups and repeats included); `repeats` the names of
    the enclosing repeats, outermost first. Expression columns hold source text (empty = unset).
    """

    name: str
    type: str
    path: tuple[str, ...]
    row: int | None = None
    labels: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    required: str = ""
    required_messages: dict[str, str] = field(default_factory=dict)
    relevant: str = ""
    constraint: str = ""
    constraint_messages: dict[str, str] = field(default_factory=dict)
    calculation: str = ""
    choice_filter: str = ""
    default: str = ""
    read_only: str = ""
    appearance: str = ""
    trigger: tuple[str, ...] = ()
    repeat_count: str = ""
    list_name: str = ""
    choices_file: str = ""
    # An image question's `max-pixels` parameter: the longest side a photo may have (0: any).
    max_pixels: int = 0
    parent: str = ""
    repeats: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    # A `range` question's start, end and step (as numbers); empty for every other question.
    range_: dict[str, float] = field(default_factory=dict)

    @property
    def is_container(self) -> bool:
        return self.type in CONTAINER_TYPES

    @property
    def is_select(self) -> bool:
        return self.type in ("select_one", "select_multiple", "select_one_from_file", "rank")

    @property
    def holds_answer(self) -> bool:
        """True for nodes that keep a value in the answer tree (not groups, repeats or notes)."""
        return self.type not in CONTAINER_TYPES and self.type != "note"

    def expression(self, column: str) -> str:
        return str(getattr(self, column))


@dataclass(slots=True)
class FormDefinition:
    """A whole form: settings, questions in document order (by name) and choice lists."""

    form_id: str
    version: str
    title: str
    default_language: str
    languages: tuple[str, ...]
    questions: dict[str, Question]
    top_level: tuple[str, ...]
    choice_lists: dict[str, list[Choice]]
    source_sha256: str = ""
    source_name: str = ""
    warnings: tuple[str, ...] = ()
    root_name: str = "data"  # the primary instance's root element: `/data/...` paths

    def question(self, name: str) -> Question:
        return self.questions[name]

    @property
    def repeat_names(self) -> tuple[str, ...]:
        return tuple(q.name for q in self.questions.values() if q.type == "repeat")

    def choices(self, question: Question) -> list[Choice]:
        key = question.choices_file or question.list_name
        return self.choice_lists.get(key, [])

    def location(self, name: str) -> str:
        """`survey!row` of a question, or the bare name where the row is unknown."""
        question = self.questions.get(name)
        if question is None or question.row is None:
            return f"survey ({name})"
        return f"survey!{question.row}"

    # --- JSON round trip for the cache -------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "form_id": self.form_id,
            "version": self.version,
            "title": self.title,
            "default_language": self.default_language,
            "languages": list(self.languages),
            "top_level": list(self.top_level),
            "source_sha256": self.source_sha256,
            "source_name": self.source_name,
            "warnings": list(self.warnings),
            "root_name": self.root_name,
            "questions": [_question_to_json(q) for q in self.questions.values()],
            "choice_lists": {
                key: [[c.name, c.labels, c.extras] for c in choices]
                for key, choices in self.choice_lists.items()
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FormDefinition:
        questions = {}
        for item in data["questions"]:
            q = Question(**item)
            q.path = tuple(q.path)
            q.trigger = tuple(q.trigger)
            q.repeats = tuple(q.repeats)
            q.children = tuple(q.children)
            questions[q.name] = q
        return cls(
            form_id=data["form_id"],
            version=data["version"],
            title=data["title"],
            default_language=data["default_language"],
            languages=tuple(data["languages"]),
            questions=questions,
            top_level=tuple(data["top_level"]),
            choice_lists={
                key: [Choice(name, labels, extras) for name, labels, extras in items]
                for key, items in data["choice_lists"].items()
            },
            source_sha256=data["source_sha256"],
            source_name=data["source_name"],
            warnings=tuple(data["warnings"]),
            root_name=data["root_name"],
        )


def _question_to_json(question: Question) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in Question.__slots__:
        value = getattr(question, name)
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def language_code(language: str) -> str:
    """`English (en)` -> `en`; a language without a code in brackets is its own code."""
    text = language.strip()
    if text.endswith(")") and "(" in text:
        return text[text.rindex("(") + 1 : -1].strip()
    return text


def pick_label(texts: dict[str, str], language: str | None, default_language: str) -> str:
    """The text in `language` (a name or code), else the default language, else any."""
    if not texts:
        return ""
    if language:
        if language in texts:
            return texts[language]
        for key, value in texts.items():
            if language_code(key).lower() == language.lower():
                return value
    if default_language in texts:
        return texts[default_language]
    if "default" in texts:
        return texts["default"]
    return next(iter(texts.values()))
