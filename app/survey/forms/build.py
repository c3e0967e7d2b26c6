"""Turn pyxform's JSON tree of a workbook into Tinjau's `FormDefinition`.

pyxform has already checked the sheets; here we normalise its shapes (labels as str or dict, types
with aliases, binds, loops) and refuse what the engine cannot run, naming the survey row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.survey.errors import ExpressionError
from app.survey.forms.media import EXTENSIONS, READERS
from app.survey.forms.model import ALL_TYPES, Choice, FormDefinition, Question
from app.survey.xpath.parser import outside_literals

# pyxform type names (after its own de-aliasing) -> our canonical names, where they differ.
_TYPE_NAMES = {
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "int": "integer",
    "datetime": "dateTime",
    "phone number": "text",
    "string": "text",
    "hidden": "text",
    "image": "photo",
    "uri:deviceid": "deviceid",
    "uri:subscriberid": "subscriberid",
    "uri:simserial": "simserial",
    "uri:phonenumber": "phonenumber",
    "uri:username": "username",
    "uri:email": "email",
    "imei": "deviceid",
    "trigger": "acknowledge",
}
_ROW = "__tinjau_row"  # set on the copies a `begin loop` makes: the row they were written on
_YES = {"yes", "true", "true()", "1"}
_NO = {"", "no", "false", "false()", "0"}
# `../name` (pyxform writes these for `or_other`) and `/root/.../name` mean another question here.
# A path after a step or a call (`current()/../x`) is left as a path.
_RELATIVE_REF = re.compile(r"(?<![\w}/)\]])\.\./([A-Za-z_][\w.\-]*)")
_ABSOLUTE_REF = re.compile(
    r"(?<![\w)\]}.])/([A-Za-z_][\w.\-]*)/(?:[A-Za-z_][\w.\-]*/)*([A-Za-z_][\w.\-]*)"
)
# Choice lists of select_one_external questions are kept under this prefix + their list name.
EXTERNAL_PREFIX = "external_choices:"
# Metadata ODK Collect records that a laptop cannot: refused when the form is read, naming the
# row, rather than left empty without a word.
_REFUSED_METADATA = {
    "audit": "'audit' asks for ODK Collect's log of every screen and answer change, which "
    "Tinjau does not keep; delete the row (Tinjau keeps when each interview was saved and by "
    "which enumerator)",
    "background-audio": "'background-audio' records sound during the whole interview, which "
    "Tinjau does not do; delete the row, or ask for consent and use a question instead",
    "start-geopoint": "'start-geopoint' reads the device's GPS when the interview starts, and a "
    "laptop has none; delete the row, or add a 'geopoint' question the worker types in",
    "background-geopoint": "'background-geopoint' reads the device's GPS as questions are "
    "answered, and a laptop has none; delete the row, or add a 'geopoint' question",
}
# Types that declare an attached file as a secondary instance and hold no answer.
_ATTACHMENT_TYPES = frozenset({"csv-external", "xml-external"})


# Expression cells of the survey sheet as written: row -> our column name -> text.
RowCells = dict[int, dict[str, str]]


class BuildProblems(list[tuple[str, str]]):
    """`(location, message)` pairs gathered while building, raised together by the loader."""


def build_definition(
    data: dict[str, Any],
    rows: dict[str, list[int]],
    form_dir: Path | None,
    problems: BuildProblems,
    cells: RowCells | None = None,
    external_choices: list[dict[str, Any]] | None = None,
    media_folders: Sequence[Path] | None = None,
) -> tuple[FormDefinition, dict[str, str]]:
    """Build the definition from pyxform's JSON, with the CSV choice files read (name -> text).

    `cells[row][column]` are expression cells as the workbook holds them: pyxform collapses
    runs of spaces and straightens curly quotes in every cell, text literals included, so an
    expression is taken from the workbook where its row is known.
    """
    root = str(data.get("name") or "data")
    builder = _Builder(
        rows, form_dir, problems, str(data.get("default_language") or "default"), cells or {}
    )
    builder.root = root
    builder.external_rows = external_choices or []
    if media_folders is not None:
        builder.media_folders = list(media_folders)
    top = builder.children(data.get("children", []), (), "", ())
    default_language = builder.default_language
    named = [language for language in builder.languages if language != "default"]
    # Cells without a language column are pyxform's 'default'; a form with named languages
    # shows them through the fallback rather than as a language of its own.
    languages = tuple(named or builder.languages) or (default_language,)
    if default_language == "default" and "default" not in builder.languages and languages:
        default_language = languages[0]
    choice_lists = {
        name: [builder.choice(item) for item in items]
        for name, items in (data.get("choices") or {}).items()
    }
    choice_lists.update(builder.file_choices)
    definition = FormDefinition(
        form_id=str(data.get("id_string") or data.get("name") or "form"),
        version=str(data.get("version") or ""),
        title=str(data.get("title") or data.get("id_string") or ""),
        default_language=default_language,
        languages=languages,
        questions=builder.questions,
        top_level=tuple(top),
        choice_lists=choice_lists,
        root_name=root,
    )
    return definition, builder.csv_texts


def normalise_expression(text: str, root: str = "data") -> str:
    """Rewrite XPath paths that point at another question into `${name}` references: `../x`
    (pyxform writes these for `or_other`) and `/root/.../x`. An absolute path that does not
    start at `root` is left as written (it selects nothing); text inside quotes
    ('http://example.org/a/b') is a value, not a path, and stays as written."""
    return outside_literals(text, lambda code: _paths_to_references(code, root))


def _paths_to_references(code: str, root: str) -> str:
    code = _RELATIVE_REF.sub(lambda m: "${" + m.group(1) + "}", code)
    return _ABSOLUTE_REF.sub(
        lambda m: "${" + m.group(2) + "}" if m.group(1) == root else m.group(0), code
    )


class _Builder:
    def __init__(
        self,
        rows: dict[str, list[int]],
        form_dir: Path | None,
        problems: BuildProblems,
        default_language: str,
        cells: RowCells,
    ) -> None:
        self.root = "data"
        self.external_rows: list[dict[str, Any]] = []
        self.rows = {name: list(found) for name, found in rows.items()}
        self.cells = cells
        self.form_dir = form_dir
        # Where select_*_from_file lists are found (the loader passes the form's media folders).
        self.media_folders: list[Path] = [form_dir] if form_dir else []
        self.problems = problems
        self.default_language = default_language
        self.languages: list[str] = []
        self.questions: dict[str, Question] = {}
        self.file_choices: dict[str, list[Choice]] = {}
        self.csv_texts: dict[str, str] = {}

    def expression(self, text: str) -> str:
        return normalise_expression(text, self.root)

    def texts(self, value: Any) -> dict[str, str]:
        if value is None or value == "":
            return {}
        if isinstance(value, dict):
            out = {str(k): str(v) for k, v in value.items() if v is not None}
        else:
            out = {self.default_language: str(value)}
        for language in out:
            if language not in self.languages:
                self.languages.append(language)
        return out

    def row_of(self, name: str) -> int | None:
        found = self.rows.get(name)
        return found.pop(0) if found else None

    def children(
        self, items: list[dict[str, Any]], path: tuple[str, ...], parent: str, repeats: tuple
    ) -> list[str]:
        names: list[str] = []
        for item in items:
            names += self.element(item, path, parent, repeats)
        return names

    def element(
        self, item: dict[str, Any], path: tuple[str, ...], parent: str, repeats: tuple
    ) -> list[str]:
        raw_type = str(item.get("type") or "")
        name = str(item.get("name") or "")
        bind = item.get("bind") or {}
        if bind.get("jr:preload") == "uid":
            return []  # instanceID: the interview record carries its own UUID
        if raw_type == "loop":
            return self.loop(item, path, parent, repeats)
        if raw_type == "entity":
            return []  # ODK Central's entity block: nothing an offline interview fills
        if raw_type in _ATTACHMENT_TYPES:
            self.row_of(name)
            return []  # instance('name') reads name.csv / name.xml from the form's media
        row = item.get(_ROW) or self.row_of(name)
        qtype = _TYPE_NAMES.get(raw_type, raw_type)
        range_: dict[str, float] = {}
        where = f"survey!{row}" if row else f"survey ({name})"
        if qtype == "range":
            # A number between start and end, by step (ODK's defaults: 1, 10, 1); a start or
            # step with a fraction makes it decimal. The desktop shows a slider, a picker or
            # stars by its appearance, and the number can be typed.
            parameters = item.get("parameters") or {}
            try:
                range_ = {
                    key: float(str(parameters.get(key, default)))
                    for key, default in (("start", "1"), ("end", "10"), ("step", "1"))
                }
            except ValueError:
                range_ = {}
            if not range_ or range_["step"] <= 0 or not all(map(math.isfinite, range_.values())):
                self.problems.append(
                    (where, "a range needs numbers for start, end and a step above 0 "
                     "in its parameters, e.g. start=0 end=10 step=1")
                )  # fmt: skip
                return []
            fraction = any(not v.is_integer() for v in range_.values())
            qtype = "decimal" if fraction else "integer"
        if raw_type in _REFUSED_METADATA:
            self.problems.append((where, _REFUSED_METADATA[raw_type]))
            return []
        itemset = str(item.get("itemset") or "")
        if raw_type == "select one external":
            # ODK Collect reads these from itemsets.csv, which pyxform writes from the
            # external_choices sheet: the sheet is read here directly.
            qtype = "select_one"
            item = {**item, "list_name": self.external_list(itemset)}
        from_file = itemset.lower().endswith(EXTENSIONS)
        if qtype == "select_one" and from_file:
            qtype = "select_one_from_file"
        if qtype not in ALL_TYPES:
            self.problems.append(
                (where, f"the question type '{raw_type}' is not supported by Tinjau's form engine")
            )
            return []
        if name in self.questions:
            first = self.questions[name].row
            self.problems.append(
                (
                    where,
                    f"the name '{name}' is already used on survey row {first}; "
                    "give each question its own name",
                )
            )
            return []
        control = item.get("control") or {}
        written = self.cells.get(row or 0, {})

        def cell(column: str, parsed: Any) -> str:
            return written.get(column, str(parsed or ""))

        question = Question(
            name=name,
            type=qtype,
            path=(*path, name),
            row=row,
            labels=self.texts(item.get("label")),
            hints=self.texts(item.get("hint")),
            required=_flag(cell("required", bind.get("required")), self.root),
            required_messages=self.texts(bind.get("jr:requiredMsg")),
            relevant=self.expression(cell("relevant", bind.get("relevant"))),
            constraint=self.expression(cell("constraint", bind.get("constraint"))),
            constraint_messages=self.texts(bind.get("jr:constraintMsg")),
            calculation=self.expression(cell("calculation", bind.get("calculate"))),
            choice_filter=self.expression(cell("choice_filter", item.get("choice_filter"))),
            default=cell("default", item.get("default")),
            read_only=_flag(cell("read_only", bind.get("readonly")), self.root),
            appearance=str(control.get("appearance") or ""),
            trigger=tuple(str(t) for t in item.get("trigger") or ()),
            repeat_count=self.expression(cell("repeat_count", control.get("jr:count"))),
            list_name=str(item.get("list_name") or item.get("itemset") or ""),
            max_pixels=_max_pixels(item) if qtype == "photo" else 0,
            range_=range_,
            parent=parent,
            repeats=repeats,
        )
        self.questions[name] = question
        generated = self.questions.get(f"{name}_count")
        if qtype == "repeat" and "repeat_count" in written and generated and not generated.row:
            # pyxform computes an expression repeat_count in a calculate of its own, made
            # before the repeat from the cleaned cell: it gets the cell as written too.
            generated.calculation = question.repeat_count
        if from_file and qtype in ("select_one_from_file", "select_multiple"):
            parameters = item.get("parameters") or {}
            question.choices_file = self.read_choices_file(itemset, where, parameters)
            question.list_name = ""
        if question.is_container:
            inner = (*repeats, name) if qtype == "repeat" else repeats
            question.children = tuple(
                self.children(item.get("children") or [], question.path, name, inner)
            )
            if name == "meta" and not question.children and not question.labels:
                del self.questions[name]
                return []
        return [name]

    def loop(
        self, item: dict[str, Any], path: tuple[str, ...], parent: str, repeats: tuple
    ) -> list[str]:
        """A `begin loop` is a group holding a group per choice, each with the loop's questions."""
        groups = []
        # The loop's questions repeat once per choice; each copy keeps its worksheet row.
        rows = {child["name"]: self.row_of(child["name"]) for child in item.get("children") or []}
        for column in item.get("columns") or []:
            labels = self.texts(column.get("label"))
            groups.append(
                {
                    "type": "group",
                    "name": column["name"],
                    "label": labels,
                    "children": [
                        {
                            **child,
                            _ROW: rows[child["name"]],
                            "name": f"{column['name']}_{child['name']}",
                            "label": {
                                lang: text.replace("%(label)s", labels.get(lang, ""))
                                for lang, text in self.texts(child.get("label")).items()
                            },
                        }
                        for child in item.get("children") or []
                    ],
                }
            )
        outer = {**item, "type": "group", "children": groups}
        return self.element(outer, path, parent, repeats)

    def external_list(self, list_name: str) -> str:
        """The external_choices rows of `list_name` as a choice list; returns its key."""
        key = f"{EXTERNAL_PREFIX}{list_name}"
        if key not in self.file_choices:
            choices = []
            for row in self.external_rows:
                cells = {str(k).strip(): v for k, v in row.items() if v is not None}
                lowered = {k.lower(): v for k, v in cells.items()}
                if str(lowered.get("list_name") or lowered.get("list name") or "") != list_name:
                    continue
                labels = {}
                for header, value in cells.items():
                    low = header.lower()
                    if low == "label":
                        labels[self.default_language] = str(value)
                    elif low.startswith(("label::", "label:")):
                        labels[header.split(":")[-1].strip()] = str(value)
                skip = {"list_name", "list name", "name", "label"}
                extras = {
                    k: str(v)
                    for k, v in cells.items()
                    if k.lower() not in skip and not k.lower().startswith("label:")
                }
                choices.append(Choice(str(lowered.get("name", "")), labels, extras))
            self.file_choices[key] = choices
        return key

    def choice(self, item: dict[str, Any]) -> Choice:
        extras = {
            str(k): str(v)
            for k, v in item.items()
            if k not in ("name", "label", "media", "image", "audio", "video") and v is not None
        }
        return Choice(str(item.get("name", "")), self.texts(item.get("label")), extras)

    def read_choices_file(self, filename: str, where: str, parameters: dict[str, Any]) -> str:
        """Read a select_*_from_file list (CSV, XML or GeoJSON) once; returns its choices key.

        The value is the `name` column (a GeoJSON feature's `id`) and the label the `label`
        column (`title` for GeoJSON), unless the parameters column says `value=` / `label=`.
        """
        geojson = filename.lower().endswith(".geojson")
        value_column = str(parameters.get("value") or ("id" if geojson else "name"))
        label_column = str(parameters.get("label") or ("title" if geojson else "label"))
        key = filename
        if (value_column, label_column) != (("id", "title") if geojson else ("name", "label")):
            key = f"{filename} (value={value_column}, label={label_column})"
        if key in self.file_choices:
            return key
        self.file_choices[key] = []
        suffix = Path(filename).suffix.lower()
        if suffix not in EXTENSIONS:
            self.problems.append(
                (where, f"choices from {filename}: use a .csv, .xml or .geojson file")
            )
            return key
        path = next((f / filename for f in self.media_folders if (f / filename).is_file()), None)
        if path is None:
            folders = " or ".join(f"{folder.name}/" for folder in self.media_folders)
            self.problems.append(
                (where, f"the choices file {filename} is missing; put it in {folders}")
            )
            return key
        try:
            text = path.read_text(encoding="utf-8-sig")
            document = READERS[suffix](Path(filename).stem, text)
        except (OSError, UnicodeDecodeError):
            self.problems.append((where, f"the choices file {filename} is not readable UTF-8 text"))
            return key
        except ExpressionError as error:
            self.problems.append((where, f"the choices file {filename}: {error}"))
            return key
        inside = self.form_dir is not None and self.form_dir in path.parents
        recorded = path.relative_to(self.form_dir) if inside and self.form_dir else path
        self.csv_texts[str(recorded)] = text
        choices = []
        for item in document.items():
            name, labels, extras = "", {}, {}
            for cell in item.child_nodes():
                value = str(cell.value())
                if cell.name == value_column:
                    name = value
                elif cell.name == label_column:
                    labels[self.default_language] = value
                elif cell.name.startswith(f"{label_column}::"):
                    labels[cell.name.split("::", 1)[1]] = value
                else:
                    extras[cell.name] = value
            for language in labels:
                if language not in self.languages:
                    self.languages.append(language)
            choices.append(Choice(name, labels, extras))
        self.file_choices[key] = choices
        return key


def _flag(value: Any, root: str) -> str:
    """A required/read_only cell as an expression: yes -> true(), no/empty -> ''."""
    if value is None:
        return ""
    text = str(value).strip()
    if text.lower() in _YES:
        return "true()"
    if text.lower() in _NO:
        return ""
    return normalise_expression(text, root)


def _max_pixels(item: dict[str, Any]) -> int:
    """An image question's `max-pixels` parameter (pyxform has checked it is a whole number):
    pyxform puts it in the bind, and leaves the parameters cell as written."""
    raw = str((item.get("bind") or {}).get("orx:max-pixels") or "")
    parameters = item.get("parameters") or ""
    if not raw and isinstance(parameters, str):
        for pair in re.split(r"[\s;,]+", parameters):
            key, _, value = pair.partition("=")
            if key.strip().lower() == "max-pixels":
                raw = value.strip()
    elif not raw and isinstance(parameters, dict):
        raw = str(parameters.get("max-pixels") or "")
    return int(raw) if raw.isdigit() else 0
