"""Editors for the question types ODK Collect offers that need more than a line of text, each
usable from the keyboard alone:

- `rank`: the choices in a list the worker puts in order (Ctrl+Up / Ctrl+Down move the chosen
  one, a number key puts it at that place, Space keeps the order shown as the answer);
- `range`: a number typed (Up / Down step it) beside the control its appearance asks for: a
  slider (the default, `vertical`, `no-ticks`), a `picker` list or `rating` stars;
- `geotrace` / `geoshape`: the points typed, `latitude longitude [altitude [accuracy]]`, one
  after the other separated by `;` (or on lines of their own), checked as they are typed, with a
  sentence naming the point that is wrong; a shape is closed on its first point.

`make_typed_editor` returns None for every other question: the usual editors (widgets.py) serve.
"""

from __future__ import annotations

from typing import Any

from app.survey.forms import Question
from app.survey.forms.model import Choice, pick_label
from app.ui.interview.widgets import Editor, ascii_digits
from app.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QObject,
    QPlainTextEdit,
    QSlider,
    Qt,
    QToolButton,
    QWidget,
)

RATING_LIMIT = 10  # more stars than this: a slider instead


def make_typed_editor(question: Question) -> Editor | None:
    if question.type == "rank":
        return RankEditor()
    if question.range_:
        return RangeEditor(question)
    if question.type in ("geotrace", "geoshape"):
        return TraceEditor(shape=question.type == "geoshape")
    return None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class RankEditor(Editor):
    """The choices in order, first the most important. Nothing is stored until the worker moves
    a choice or presses Space on the list (the order shown is then the answer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(objectName="rankList")
        self.note = QLabel(objectName="rankKeys")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        self.box.addWidget(self.list)
        self.box.addWidget(self.note)
        self.setFocusProxy(self.list)
        self.names: list[str] = []
        self.labels: dict[str, str] = {}
        self.value: list[str] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Ctrl+Up and Ctrl+Down move the chosen item; a number puts it at that place; "
                "Space keeps the order shown."
            )
        )

    def set_choices(self, choices: list[Choice], language: str, default: str) -> None:
        self.names = [c.name for c in choices]
        self.labels = {c.name: pick_label(c.labels, language, default) or c.name for c in choices}
        self.set_value(self.value)

    def order(self) -> list[str]:
        """The order on screen: the answer's, then the choices it does not name yet."""
        given = [n for n in (self.value or []) if n in self.labels]
        return given + [n for n in self.names if n not in given]

    def set_value(self, value: Any) -> None:
        self.value = list(value) if value else None
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for place, name in enumerate(self.order(), start=1):
            item = QListWidgetItem(f"{QLocale().toString(place)}. {self.labels[name]}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            # As tall as its items (up to ten), no empty space under them.
            rows = min(self.list.count(), 10)
            frame = 2 * self.list.frameWidth() + 4
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + frame)

    def _move(self, row: int, to: int) -> None:
        order = self.order()
        if not (0 <= row < len(order) and 0 <= to < len(order)):
            return
        order.insert(to, order.pop(row))
        self.value = order
        self.edited.emit(order)
        self.set_value(order)
        self.list.setCurrentRow(to)

    def key(self, watched: QObject, event: QKeyEvent) -> bool:
        row = self.list.currentRow()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(row, row + (-1 if event.key() == Qt.Key.Key_Up else 1))
            return True
        digit = ascii_digits(event.text())
        if len(digit) == 1 and digit.isdigit() and not control:
            self._move(row, int(digit) - 1)
            return True
        if event.key() == Qt.Key.Key_Space:
            order = self.order()
            self.value = order
            self.edited.emit(order)
            return True
        return False


class RangeEditor(Editor):
    """A number from start to end by step: typed (Up / Down step it), or set on the control
    the appearance asks for. An empty field is no answer; the control shows it unset."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bounds = question.range_
        self.start, self.end, self.step = bounds["start"], bounds["end"], bounds["step"]
        self.count = int(round(abs(self.end - self.start) / self.step)) + 1
        self.sign = 1 if self.end >= self.start else -1
        words = set(question.appearance.split())
        self.line = QLineEdit()
        self.line.setMaximumWidth(120)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.setPlaceholderText(f"{_number(self.start)}–{_number(self.end)}")
        self.line.textEdited.connect(self._typed)
        self.slider: QSlider | None = None
        self.picker: QComboBox | None = None
        self.stars: list[QToolButton] = []
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line)
        if "rating" in words and self.count <= RATING_LIMIT:
            for place in range(self.count):
                star = QToolButton(objectName=f"star_{place + 1}")
                star.setText("☆")
                star.setAutoRaise(True)
                star.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing is the keyboard's way
                star.clicked.connect(lambda _=False, p=place: self._picked(p))
                row.addWidget(star)
                self.stars.append(star)
        elif "picker" in words:
            self.picker = QComboBox(objectName="rangePicker")
            self.picker.addItem("", None)
            for place in range(self.count):
                self.picker.addItem(_number(self.at(place)), place)
            self.picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.picker.activated.connect(
                lambda index: index > 0 and self._picked(self.picker.itemData(index))
            )
            row.addWidget(self.picker)
        else:
            vertical = "vertical" in words
            self.slider = QSlider(
                Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal,
                objectName="rangeSlider",
            )
            self.slider.setRange(0, self.count - 1)
            self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if "no-ticks" not in words:
                self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            if vertical:
                self.slider.setMinimumHeight(140)
            else:
                self.slider.setMinimumWidth(220)
            self.slider.valueChanged.connect(self._picked)  # dragged or clicked
            row.addWidget(self.slider)
        row.addStretch(1)
        self.box.addLayout(row)
        self.setFocusProxy(self.line)
        self.value: float | None = None
        self.problem: str | None = None  # the sentence for a typed number outside the range

    def at(self, place: int) -> float:
        value = self.start + self.sign * place * self.step
        return float(round(value, 10))

    def place(self, value: float) -> int:
        return int(round(abs(value - self.start) / self.step))

    def _typed(self, text: str) -> None:
        text = ascii_digits(text.strip())
        try:
            value: float | None = float(text) if text else None
        except ValueError:
            value = None
        fits = value is not None and self.fits(value)
        self.problem = None
        if text and not fits:
            self.problem = (
                self.tr("Write a number from %1 to %2 in steps of %3.")
                .replace("%1", _number(self.start))
                .replace("%2", _number(self.end))
                .replace("%3", _number(self.step))
            )
        self.partial = bool(text) and not fits
        self.edited.emit(self._stored(value) if fits else None)

    def fits(self, value: float) -> bool:
        steps = abs(value - self.start) / self.step
        low, high = min(self.start, self.end), max(self.start, self.end)
        return low <= value <= high and abs(steps - round(steps)) < 1e-9

    def _stored(self, value: float | None) -> Any:
        if value is not None and value.is_integer() and float(self.step).is_integer():
            return int(value)
        return value

    def _picked(self, place: int) -> None:
        value = self.at(place)
        self.line.setText(_number(value))
        self.partial = False
        self.problem = None
        self.edited.emit(self._stored(value))

    def keyboard_inputs(self) -> list[QWidget]:
        return [self.line]

    def key(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() not in (Qt.Key.Key_Up, Qt.Key.Key_Down) or event.modifiers():
            return False
        up = event.key() == Qt.Key.Key_Up
        if self.value is None:
            place = 0 if up else self.count - 1
        else:
            place = max(0, min(self.count - 1, self.place(self.value) + (1 if up else -1)))
        self._picked(place)
        return True

    def set_value(self, value: Any) -> None:
        self.value = None if value is None else float(value)
        if value is None:
            if not self.partial and self.line.text():
                self.line.setText("")
        elif self.line.text().strip() != _number(float(value)):
            self.line.setText(_number(float(value)))
            self.partial = False
        inside = self.value is not None and 0 <= self.place(self.value) < self.count
        place = self.place(self.value) if inside and self.value is not None else -1
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(max(place, 0))
            self.slider.blockSignals(False)
        if self.picker is not None:
            self.picker.setCurrentIndex(place + 1)
        for number, star in enumerate(self.stars):
            star.setText("★" if number <= place else "☆")


class TraceEditor(Editor):
    """Points typed as ODK writes them, `3.1390 101.6869; 3.1402 101.6875` (altitude and
    accuracy optional; a new line also starts a point). Text that is not such points stores no
    answer and says which point and why; Enter goes on to the next question."""

    def __init__(self, shape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = shape
        self.area = QPlainTextEdit()
        self.area.setTabChangesFocus(True)
        self.area.setMaximumHeight(110)
        self.area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.area.setPlaceholderText("3.1390 101.6869; 3.1402 101.6875; 3.1411 101.6860")
        self.area.textChanged.connect(self._changed)
        self.box.addWidget(self.area)
        self.setFocusProxy(self.area)
        self.problem: str | None = None  # the sentence for what is typed, when it is no answer
        self._quiet = False

    def points(self, text: str) -> tuple[list[str], str | None]:
        """The points typed, as ODK writes them, and what is wrong (None: nothing)."""
        typed = ascii_digits(text).replace("\n", ";").split(";")
        lines = [line.strip() for line in typed if line.strip()]
        points = []
        for number, line in enumerate(lines, start=1):
            parts = line.replace(",", " ").split()
            try:
                values = [float(p) for p in parts]
            except ValueError:
                values = []
            if not 2 <= len(values) <= 4:
                return [], self.tr(
                    "Point %1: write the latitude and the longitude (altitude and accuracy "
                    "may follow), e.g. 3.1390 101.6869."
                ).replace("%1", QLocale().toString(number))
            if not (-90 <= values[0] <= 90 and -180 <= values[1] <= 180):
                return [], self.tr(
                    "Point %1: the latitude is from -90 to 90 and the longitude from -180 to 180."
                ).replace("%1", QLocale().toString(number))
            values += [0.0] * (4 - len(values))
            points.append(" ".join(_number(v) for v in values))
        if self.shape and len(points) > 1 and points[0] != points[-1]:
            points.append(points[0])  # a shape closes on its first point
        if points and self.shape and len(set(points)) < 3:
            return [], self.tr("An area needs at least 3 different points, separated by ;.")
        if points and not self.shape and len(points) < 2:
            return [], self.tr("A line needs at least 2 points, separated by ;.")
        return points, None

    def _changed(self) -> None:
        if self._quiet:
            return
        points, self.problem = self.points(self.area.toPlainText())
        self.partial = self.problem is not None
        self.edited.emit("; ".join(points) if points else None)

    def set_value(self, value: Any) -> None:
        if value is None and self.partial:
            return  # what is being typed stays, with its sentence
        points = [p.strip() for p in str(value or "").split(";") if p.strip()]
        if self.shape and len(points) >= 4 and points[0] == points[-1]:
            points = points[:-1]  # the closing point is ODK's, not typed
        text = "; ".join(points)
        if self.points(self.area.toPlainText())[0] != self.points(text)[0]:
            self._quiet = True
            try:
                self.area.setPlainText(text)
            finally:
                self._quiet = False
        self.partial = False
        self.problem = None
