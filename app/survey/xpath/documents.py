"""Secondary instances: read-only element trees that `instance('id')` and `pulldata()` read.

A form's choice lists and its attached CSV, XML and GeoJSON files become documents of the shape
ODK gives them (spec: "Secondary Instances"): `instance('id')/root/item` with one child element
per column. `document.lookup(column, value)` indexes one column for `pulldata()`.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping, Sequence

from app.survey.errors import ExpressionError
from app.survey.xpath.values import Atomic


class Element:
    """One element of a secondary instance: a name, text for a leaf, child elements otherwise."""

    __slots__ = ("name", "text", "kids", "up", "index", "_by_name")

    def __init__(self, name: str, text: str = "", up: Element | None = None, index: int = 1):
        self.name = name
        self.text = text
        self.kids: list[Element] = []
        self.up = up
        self.index = index
        self._by_name: dict[str, list[Element]] | None = None

    def add(self, name: str, text: str = "") -> Element:
        position = 1 + sum(1 for kid in self.kids if kid.name == name)
        kid = Element(name, text, self, position)
        self.kids.append(kid)
        self._by_name = None
        return kid

    # --- the engine's Node protocol ---------------------------------------------------
    def value(self) -> Atomic:
        if not self.kids:
            return self.text
        return "".join(str(kid.value()) for kid in self.kids)  # XPath: the text it holds

    def is_leaf(self) -> bool:
        return not self.kids

    def parent(self) -> Element | None:
        return self.up

    def children(self, name: str) -> Sequence[Element]:
        if self._by_name is None:
            grouped: dict[str, list[Element]] = {}
            for kid in self.kids:
                grouped.setdefault(kid.name, []).append(kid)
            self._by_name = grouped
        return self._by_name.get(name, ())

    def child_nodes(self) -> Sequence[Element]:
        return self.kids

    def position(self) -> int:
        return self.index

    def __repr__(self) -> str:
        return f"Element({self.name!r})"


class Document(Element):
    """The node `instance('id')` returns: its one child is the instance's root element."""

    __slots__ = ("instance_id", "_indexes")

    def __init__(self, instance_id: str) -> None:
        super().__init__("")
        self.instance_id = instance_id
        self._indexes: dict[str, dict[str, Element]] = {}

    def items(self) -> Sequence[Element]:
        """The `root/item` elements (rows of a CSV, choices of a list, features of GeoJSON)."""
        roots = self.children("root")
        return roots[0].children("item") if roots else ()

    def lookup(self, column: str, value: str) -> Element | None:
        """The first item whose `column` holds `value` (pulldata's query), via an index."""
        index = self._indexes.get(column)
        if index is None:
            index = {}
            for item in self.items():
                found = item.children(column)
                if found:
                    index.setdefault(str(found[0].value()), item)
            self._indexes[column] = index
        return index.get(value)


def from_rows(instance_id: str, rows: Iterable[Mapping[str, str]]) -> Document:
    """A document of `root/item` elements, one child per key of each row, in key order."""
    document = Document(instance_id)
    root = document.add("root")
    for row in rows:
        item = root.add("item")
        for key, text in row.items():
            item.add(key, text)
    return document


def from_csv(instance_id: str, text: str) -> Document:
    """A CSV file as ODK reads it: the first line names the columns, each row is an item."""
    reader = csv.reader(text.splitlines())
    header = [name.strip() for name in next(reader, [])]
    rows = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        rows.append({name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)})
    return from_rows(instance_id, rows)


def from_xml(instance_id: str, text: str) -> Document:
    """An XML file as it is: its document element becomes the one child of the document."""
    try:
        top = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise ExpressionError(
            f"the file for instance('{instance_id}') is not well-formed XML "
            f"(line {error.position[0]})."
        ) from None
    document = Document(instance_id)
    pending: list[tuple[Element, ElementTree.Element]] = [(document, top)]
    while pending:
        parent, element = pending.pop()
        node = parent.add(_local_name(element.tag), (element.text or "").strip())
        pending.extend((node, kid) for kid in reversed(list(element)))
    return document


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def from_geojson(instance_id: str, text: str) -> Document:
    """A GeoJSON FeatureCollection as ODK reads it: an item per feature, with `geometry` in
    ODK's format ('lat lon 0 0', points joined by ';'), its `id` and each property as a child."""
    try:
        data = json.loads(text)
        features = data["features"]
        rows = [_feature_row(feature) for feature in features]
    except (ValueError, KeyError, TypeError, IndexError):
        raise ExpressionError(
            f"the file for instance('{instance_id}') is not a GeoJSON FeatureCollection of "
            "Point, LineString or Polygon features."
        ) from None
    return from_rows(instance_id, rows)


def _feature_row(feature: Mapping[str, object]) -> dict[str, str]:
    geometry = feature["geometry"]
    assert isinstance(geometry, Mapping)
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        points = [coordinates]
    elif kind == "LineString":
        points = coordinates
    elif kind == "Polygon":
        points = coordinates[0]
    else:
        raise TypeError(kind)
    text = ";".join(f"{_number(p[1])} {_number(p[0])} 0 0" for p in points)
    row = {"geometry": text}
    if "id" in feature:
        row["id"] = str(feature["id"])
    properties = feature.get("properties") or {}
    assert isinstance(properties, Mapping)
    for key, value in properties.items():
        row[str(key)] = "" if value is None else _number(value) if _is_number(value) else str(value)
    return row


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(value: object) -> str:
    if not _is_number(value):
        raise TypeError(value)
    number = float(value)  # type: ignore[arg-type]
    return str(int(number)) if number.is_integer() else repr(number)
