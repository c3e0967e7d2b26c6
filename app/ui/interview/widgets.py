"""One widget per question: its label (with a required mark), hint, editor and error line.

`QuestionWidget` shows one question of the form for one repeat instance (`index`); the page
that owns it calls `refresh_*` when the session's ChangeSet names its key. Editors report what
the person typed through `edited(value)` (never when the screen sets a value), with values
`FormSession.set` accepts; text that is not yet a whole value ("-", "2026-0") reports None and
`partial` says so, so the answer is cleared rather than guessed.
"""

from __future__ import annotations

import re
import time
import unicodedata
from datetime import date
from typing import Any

from app.survey.forms import Question
from app.survey.forms.model import METADATA_TYPES, Choice, pick_label
from app.ui.qt import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDate,
    QDoubleValidator,
    QEvent,
    QFrame,
    QHBoxLayout,
    QIntValidator,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QLocale,
    QMenu,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    Qt,
    QToolButton,
    QValidator,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
    Signal,
)

_KEY_PRESS = QEvent.Type.KeyPress
_FOCUS_IN = QEvent.Type.FocusIn
RADIO_LIMIT = 8  # more choices than this are a drop-down list
HIDDEN_TYPES = {"calculate", *METADATA_TYPES}  # filled by the device or the form


class Editor(QWidget):
    """The shared shape of every editor."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.partial = False  # the text typed is not (yet) a value of this type

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: list[Choice], language: str, default: str) -> None:
        """Only select editors have choices."""

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)

    def is_editable(self) -> bool:
        """What `set_editable` last said (an editor may keep some buttons usable)."""
        return self.isEnabled()

    def inputs(self) -> list[QWidget]:
        """Where the cursor goes when the question is reached (Enter, a page opened)."""
        proxy = self.focusProxy()
        return [proxy] if proxy is not None else []

    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops in this editor now, in order (the view walks them)."""
        return self.inputs()

    def keyboard_inputs(self) -> list[QWidget]:
        """Every widget of the editor that takes keys (Enter, letters, focus are watched)."""
        return [w for w in self.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]

    def key(self, watched: QObject, event: QKeyEvent) -> bool:
        """A key pressed in one of the inputs; True when the editor used it."""
        return False

    def retranslate(self) -> None:
        """Texts of the editor's own (not the form's)."""

    def arrived(self) -> None:
        """The cursor came to this question: letters typed now start a new search."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChoiceKeys:
    """Choices by the keyboard, as CSEntry: typing the first letters of a choice's label moves
    to it (accents and case ignored; letters typed within the keyboard interval add up), and
    the digits 1-9 pick the n-th choice of a list that short."""

    # Set per instance on the first key (no __init__: this is a mixin of a Qt class).
    _typed = ""
    _typed_at = 0.0
    _moved_to: QAbstractButton | None = None  # the choice the letters went to, not picked yet

    def forget_typed(self) -> None:
        self._typed = ""

    def choice_key(self, buttons: list[QAbstractButton], event: QKeyEvent) -> bool:
        number = self.choice_digit(len(buttons), event)
        if number is not None:
            if 1 <= number <= len(buttons):
                buttons[number - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)
                buttons[number - 1].click()
            return True
        focused = next((n for n, b in enumerate(buttons) if b.hasFocus()), -1)
        found = self.search([b.text() or b.accessibleName() for b in buttons], focused, event)
        if found is None:
            return False
        if found >= 0:
            buttons[found].setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._moved_to = buttons[found]
        return True  # no such choice: the letter is not an answer anywhere else either

    def choice_digit(self, choices: int, event: QKeyEvent) -> int | None:
        """The number typed, when the list is short enough (1-9) to pick by number."""
        digit = ascii_digits(event.text())
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier)
        if len(digit) == 1 and digit.isdigit() and choices <= 9 and plain:
            return int(digit)
        return None

    def search(self, labels: list[str], current: int, event: QKeyEvent) -> int | None:
        """The choice the letters typed so far lead to from `current` (-1: none found); None
        when the key is no letter (Space, Enter, an arrow: the search is over)."""
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if len(text) != 1 or not text.isprintable() or text.isspace() or modifiers:
            self._typed = ""
            return None
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed += searchable(text)
        # A first letter again moves on to the next choice with it; more letters narrow down.
        start = current + 1 if len(self._typed) == 1 else max(current, 0)
        for offset in range(len(labels)):
            row = (start + offset) % len(labels)
            if searchable(labels[row]).startswith(self._typed):
                return row
        return -1


def fold(text: str) -> str:
    """`text` for matching what is typed: lower case, without accents ("Nữ" -> "nu")."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def searchable(text: str) -> str:
    """`text` as the letters that find it: folded, spaces left out ("Telefon bimbit" is found
    by "telefonb"; Space always ticks the choice reached)."""
    return "".join(fold(text).split())


class TextEditor(Editor):
    def __init__(self, multiline: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self._quiet = False
        if multiline:
            self.area = QPlainTextEdit()
            self.area.setTabChangesFocus(True)
            self.area.setMaximumHeight(90)
            self.area.textChanged.connect(self._area_changed)
            widget: QWidget = self.area
        else:
            self.line = QLineEdit()
            self.line.textEdited.connect(self._line_changed)
            widget = self.line
        self.box.addWidget(widget)
        self.setFocusProxy(widget)

    def _area_changed(self) -> None:
        if not self._quiet:
            text = self.area.toPlainText()
            self.edited.emit(text if text.strip() else None)

    def _line_changed(self, text: str) -> None:
        self.edited.emit(text if text.strip() else None)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self._quiet = True
        try:
            if self.multiline:
                if self.area.toPlainText() != text:
                    self.area.setPlainText(text)
            elif self.line.text() != text and (value is not None or not self.line.text().strip()):
                self.line.setText(text)
            elif value is None and self.line.text().strip():
                self.line.setText("")
        finally:
            self._quiet = False


class NumberEditor(Editor):
    """Takes only digits (and one '.' for decimals), written the same in every language."""

    def __init__(self, integer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.integer = integer
        self.line = QLineEdit()
        self.line.setMaximumWidth(220)
        validator: QIntValidator | QDoubleValidator
        if integer:
            validator = QIntValidator(self)
        else:
            validator = QDoubleValidator(self)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        # ASCII digits and "." whatever the interface language, as the form's constraints read.
        validator.setLocale(QLocale.c())
        self.line.setValidator(TypedValidator(self, inner=validator))
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.textEdited.connect(self._changed)
        self.box.addWidget(self.line)
        self.setFocusProxy(self.line)

    def parse(self, text: str) -> Any:
        text = text.strip()
        if not text or text in ("-", "+", ".", "-.", "+."):
            return None
        try:
            return int(text) if self.integer else float(text)
        except ValueError:
            return None

    def _changed(self, text: str) -> None:
        value = self.parse(text)
        self.partial = value is None and bool(text.strip())
        self.edited.emit(value)

    def set_value(self, value: Any) -> None:
        if self.parse(self.line.text()) == value and not (value is None and self.partial):
            return
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        self.line.setText("" if value is None else str(value))
        self.partial = False


class TypedValidator(QValidator):
    """Digits typed on a Persian or Arabic keyboard written as 0-9 (the form's answers and
    constraints read ASCII digits), then checked by `inner`, or against the `allowed` characters."""

    def __init__(self, parent: QObject, inner: QValidator | None = None, allowed: str = "") -> None:
        super().__init__(parent)
        self.inner = inner
        self.allowed = set(allowed)

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt's contract
        text = ascii_digits(text)
        if self.inner is not None:
            return self.inner.validate(text, pos)
        fits = all(ch in self.allowed for ch in text)
        return (QValidator.State.Acceptable if fits else QValidator.State.Invalid), text, pos


def ascii_digits(text: str) -> str:
    """`text` with Persian (۰-۹) and Arabic-Indic (٠-٩) digits written as 0-9."""
    return text.translate(_ASCII_DIGITS)


_ASCII_DIGITS = {0x06F0 + n: str(n) for n in range(10)} | {0x0660 + n: str(n) for n in range(10)}
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})|([0-9]{4})([0-9]{2})([0-9]{2})")
FIRST_YEAR = 1900  # earlier years are a Solar Hijri date typed as Gregorian, or a slip


def parse_date(text: str) -> str | None:
    """`2026-08-15` (or `20260815`, `2026/8/15`) as ISO text; None when it is not (yet) a real
    Gregorian date from FIRST_YEAR on. Nothing is guessed: a date either reads whole or not."""
    match = _DATE.fullmatch(ascii_digits(text.strip()).replace("/", "-").replace(".", "-"))
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        day_ = date(year, month, day)
    except ValueError:
        return None
    return day_.isoformat() if year >= FIRST_YEAR else None


class DateEditor(Editor):
    """A date typed as YYYY-MM-DD (a calendar button beside it for the mouse). Text that is not
    a whole real date yet stores no answer and says so at once (`partial`): never a guess."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText("YYYY-MM-DD")
        self.line.setMaximumWidth(180)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.setValidator(TypedValidator(self, allowed="0123456789-/."))
        self.line.textEdited.connect(self._changed)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        shown = QWidgetAction(self.menu)
        shown.setDefaultWidget(self.calendar)
        self.menu.addAction(shown)
        self.pick = QToolButton(objectName="pickDate")
        self.pick.setText("…")
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing is the keyboard's way
        self.pick.clicked.connect(self._show_calendar)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setDirection(QHBoxLayout.Direction.LeftToRight)
        row.addWidget(self.line)
        row.addWidget(self.pick)
        row.addStretch(1)
        self.box.addLayout(row)
        self.setFocusProxy(self.line)
        self.retranslate()

    def _changed(self, text: str) -> None:
        value = parse_date(text)
        self.partial = value is None and bool(text.strip())
        self.edited.emit(value)

    def _show_calendar(self) -> None:
        value = parse_date(self.line.text())
        if value is not None:
            self.calendar.setSelectedDate(QDate.fromString(value, "yyyy-MM-dd"))
        self.menu.popup(self.pick.mapToGlobal(self.pick.rect().bottomLeft()))

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self.line.setText(day.toString("yyyy-MM-dd"))
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed(self.line.text())

    def retranslate(self) -> None:
        self.pick.setToolTip(self.tr("Pick the date on a calendar"))

    def keyboard_inputs(self) -> list[QWidget]:
        return [self.line]  # not the calendar: Enter there picks a day

    def set_value(self, value: Any) -> None:
        # No answer while a date is being typed ("2026-02-3" was one, "2026-02-30" is not):
        # the text stays. `bind` clears `partial` when the question shows another member.
        if value is None and self.partial or parse_date(self.line.text()) == value:
            return
        self.line.setText(value[:10] if isinstance(value, str) else "")
        self.partial = False


class PatternEditor(Editor):
    """Time, date-time and geopoint: typed text, checked by the session (placeholder shows how)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setMaximumWidth(320)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.textEdited.connect(lambda text: self.edited.emit(text.strip() or None))
        self.box.addWidget(self.line)
        self.setFocusProxy(self.line)

    def set_value(self, value: Any) -> None:
        if value is None:
            if not self.partial and self.line.text():
                self.line.setText("")
            return
        if self.line.text().strip() != str(value):
            self.line.setText(str(value))
        self.partial = False


class SelectOneEditor(Editor, ChoiceKeys):
    """Radio buttons, or a drop-down list for `minimal`/`list` appearances and long lists
    (which searches by the letters typed itself)."""

    def __init__(self, as_list: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.value: Any = None
        self.buttons: list[QRadioButton] = []
        self.group = QButtonGroup(self)
        self.combo: QComboBox | None = None
        if as_list:
            self.combo = QComboBox()
            self.combo.setMinimumWidth(260)
            self.combo.activated.connect(lambda row: self.edited.emit(self.combo.itemData(row)))
            self.box.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeading)
            self.setFocusProxy(self.combo)
        else:
            self.group.idClicked.connect(lambda i: self.edited.emit(self.names[i]))
        # Radio buttons cannot be unchecked by the person: "Clear" takes the answer back (as
        # ODK Collect's "clear answer"). A list has its own empty first row instead.
        self.clear_button: QPushButton | None = None
        if self.combo is None:
            self.clear_button = QPushButton(objectName="clearAnswer")
            self.clear_button.setAutoDefault(True)  # Enter presses it, as Space does
            self.clear_button.clicked.connect(self._clear)
            self.clear_button.hide()
            self.box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeading)
            self.retranslate()

    def retranslate(self) -> None:
        if self.clear_button is not None:
            self.clear_button.setText(self.tr("Clear"))
            self.clear_button.setToolTip(self.tr("Take this answer back (no choice)"))

    def _clear(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(None)

    def set_choices(self, choices: list[Choice], language: str, default: str) -> None:
        names = [c.name for c in choices]
        labels = [pick_label(c.labels, language, default) or c.name for c in choices]
        if self.combo is not None:
            self.combo.clear()
            self.combo.addItem("", None)
            for name, label in zip(names, labels, strict=True):
                self.combo.addItem(label, name)
        elif names == self.names:
            for button, label in zip(self.buttons, labels, strict=True):
                button.setText(label)
        else:
            for button in self.buttons:
                self.group.removeButton(button)
                button.deleteLater()
            self.buttons = []
            for number, (name, label) in enumerate(zip(names, labels, strict=True)):
                button = QRadioButton(label)
                button.setObjectName(f"choice_{name}")
                self.group.addButton(button, number)
                self.box.insertWidget(self.box.count() - 1, button)  # above "Clear"
                self.buttons.append(button)
            self.setFocusProxy(self.buttons[0] if self.buttons else None)
        self.names = names
        self.set_value(self.value)

    def set_value(self, value: Any) -> None:
        self.value = value
        if self.combo is not None:
            row = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(row, 0))
            return
        self.group.setExclusive(False)  # so "no answer" can clear every button
        for name, button in zip(self.names, self.buttons, strict=True):
            button.setChecked(name == value)
        self.group.setExclusive(True)
        if self.clear_button is not None and self.clear_button.isHidden() == (value is not None):
            self.clear_button.setVisible(value is not None)

    def inputs(self) -> list[QWidget]:
        if self.combo is not None:
            return [self.combo]
        checked: list[QWidget] = [b for b in self.buttons if b.isChecked()]
        return checked or list(self.buttons[:1])

    def arrived(self) -> None:
        self.forget_typed()
        if self.combo is not None:
            self.combo.view().keyboardSearch("")  # the list's own search, used when it is open

    def _combo_key(self, combo: QComboBox, event: QKeyEvent) -> bool:
        # The list's own search neither ignores accents nor knows Persian letters typed as
        # their plain forms: the same search as the buttons' (row 0 is the empty answer).
        labels = [combo.itemText(row) for row in range(1, combo.count())]
        number = self.choice_digit(len(labels), event)
        found = number - 1 if number is not None else None
        if found is None:
            found = self.search(labels, combo.currentIndex() - 1, event)
            if found is None:
                return False
        if 0 <= found < len(labels) and combo.currentIndex() != found + 1:
            combo.setCurrentIndex(found + 1)
            self.edited.emit(combo.itemData(found + 1))
        return True

    def tab_stops(self) -> list[QWidget]:
        # One stop for the group (the chosen button, as Qt does; arrows move inside), then
        # "Clear" while there is an answer to take back.
        stops = self.inputs()
        if self.clear_button is not None and not self.clear_button.isHidden():
            stops.append(self.clear_button)
        return stops

    def key(self, watched: QObject, event: QKeyEvent) -> bool:
        if self.combo is not None:
            return watched is self.combo and self._combo_key(self.combo, event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter on a choice reached by its letters picks it (and then moves on); on one
            # reached by Enter or Tab it only moves on: nothing is picked unasked.
            moved_to = self._moved_to
            if moved_to is not None and watched is moved_to and not moved_to.isChecked():
                moved_to.click()
            self._moved_to = None
            return False
        return watched is not self.clear_button and self.choice_key(list(self.buttons), event)


class SelectMultipleEditor(Editor, ChoiceKeys):
    """One check box per choice; the answer is the list of ticked choice names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.value: list[str] = []

    def set_choices(self, choices: list[Choice], language: str, default: str) -> None:
        names = [c.name for c in choices]
        if names != list(self.boxes):
            for box in self.boxes.values():
                box.deleteLater()
            self.boxes = {}
            for name in names:
                box = QCheckBox()
                box.setObjectName(f"choice_{name}")
                box.clicked.connect(self._changed)
                self.box.addWidget(box)
                self.boxes[name] = box
        for choice in choices:
            self.boxes[choice.name].setText(
                pick_label(choice.labels, language, default) or choice.name
            )
        self.set_value(self.value)

    def _changed(self, *_args: object) -> None:
        ticked = [name for name, box in self.boxes.items() if box.isChecked()]
        self.edited.emit(ticked or None)

    def set_value(self, value: Any) -> None:
        self.value = list(value or [])
        for name, box in self.boxes.items():
            box.setChecked(name in self.value)

    def inputs(self) -> list[QWidget]:
        first: list[QWidget] = list(self.boxes.values())[:1]
        return first

    def tab_stops(self) -> list[QWidget]:
        return list(self.boxes.values())

    def arrived(self) -> None:
        self.forget_typed()

    def key(self, watched: QObject, event: QKeyEvent) -> bool:
        return self.choice_key(list(self.boxes.values()), event)


class AcknowledgeEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox("OK")
        self.check.clicked.connect(lambda on: self.edited.emit("OK" if on else None))
        self.box.addWidget(self.check)
        self.setFocusProxy(self.check)

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class DisplayEditor(Editor):
    """A value the person does not type: a labelled calculation (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("calculated")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.addWidget(self.text)

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        self.text.setText("" if value is None else str(value))

    def set_editable(self, editable: bool) -> None:
        """Never editable."""

    def inputs(self) -> list[QWidget]:
        return []


def make_editor(question: Question, choice_count: int) -> Editor | None:
    """The editor for a question; None for notes (their label is everything)."""
    from app.ui.interview.typed_editors import make_typed_editor  # rank, range, geotrace...

    typed = make_typed_editor(question)
    if typed is not None:
        return typed
    kind = question.type
    words = set(question.appearance.split())
    if kind == "note":
        return None
    if kind in ("integer", "decimal"):
        return NumberEditor(integer=kind == "integer")
    if kind == "date":
        return DateEditor()
    if kind == "time":
        return PatternEditor("HH:MM")
    if kind == "dateTime":
        return PatternEditor("YYYY-MM-DDTHH:MM")
    if kind == "geopoint":
        return PatternEditor("3.1390 101.6869")
    if kind in ("select_one", "select_one_from_file"):
        listed = bool(words & {"minimal", "list", "autocomplete", "search"})
        return SelectOneEditor(as_list=listed or choice_count > RADIO_LIMIT)
    if kind == "select_multiple":
        return SelectMultipleEditor()
    if kind == "acknowledge":
        return AcknowledgeEditor()
    if kind == "calculate":
        return DisplayEditor()
    from app.ui.interview.files import FILE_TYPES, FileEditor

    if kind in FILE_TYPES:
        return FileEditor(kind)
    return TextEditor(multiline="multiline" in words)


def is_shown(question: Question) -> bool:
    """Questions that get a widget: not groups, repeats, metadata or unlabelled calculations."""
    if question.is_container or question.type in HIDDEN_TYPES - {"calculate"}:
        return False
    if question.type == "calculate":
        return bool(question.labels)
    return question.type not in HIDDEN_TYPES


class QuestionWidget(QFrame):
    """A question for one repeat instance; `controller` is the page's view (see view.py)."""

    def __init__(self, question: Question, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.controller = controller
        self.index: tuple[int, ...] = ()
        self.setObjectName(f"q_{question.name}")
        self.title = QLabel()
        self.title.setObjectName("questionLabel")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.mark = QLabel("*")
        self.mark.setObjectName("requiredMark")
        self.mark.setStyleSheet("color: #b00020; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setObjectName("questionHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.error = QLabel()
        self.error.setObjectName("questionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        session = controller.session
        choices = session.definition.choices(question) if question.is_select else []
        self.editor = self.create_editor(len(choices))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        if self.editor is not None:
            layout.addWidget(self.editor)
            self.editor.edited.connect(self._edited)
            if hasattr(self.editor, "chosen"):  # a file question: the view keeps the file
                self.editor.chosen.connect(lambda path: controller.attach_file(self, path))
                self.editor.resolve = controller.attachment_file
        else:
            self.title.setObjectName("noteText")
        layout.addWidget(self.error)
        self._watched: set[QWidget] = set()

    def create_editor(self, choice_count: int) -> Editor | None:
        """The editor of this question (a table-list row makes its own: see tables.py)."""
        return make_editor(self.question, choice_count)

    # -- binding to the session ------------------------------------------------------------------

    def bind(self, index: tuple[int, ...]) -> None:
        """Show this question for the repeat instance `index` (everything refreshed)."""
        self.index = index
        if self.editor is not None:
            self.editor.partial = False
        self.refresh_choices()
        self.refresh_texts()
        self.refresh_value()
        self.refresh_state()

    def refresh_texts(self) -> None:
        session = self.controller.session
        name, index = self.question.name, self.index
        self.title.setText(session.label(name, index) or name)
        hint = session.hint(name, index)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.refresh_error()

    def refresh_value(self) -> None:
        if self.editor is not None:
            self.editor.set_value(self.controller.session.value(self.question.name, self.index))

    def refresh_choices(self) -> None:
        if self.editor is not None and self.question.is_select:
            session = self.controller.session
            self.editor.set_choices(
                session.choices(self.question.name, self.index),
                session.language or "",
                session.definition.default_language,
            )
        self._watch_inputs()

    def _watch_inputs(self) -> None:
        """See Enter and focus in every input of the editor (buttons come with the choices)."""
        if self.editor is None:
            return
        for widget in self.editor.keyboard_inputs():
            if widget not in self._watched:
                widget.installEventFilter(self)
                self._watched.add(widget)

    def refresh_state(self) -> None:
        """Relevance (shown or hidden), required mark, read-only, and the error line."""
        session = self.controller.session
        node = session.node(self.question.name, self.index)
        # Compared first: setVisible re-lays out the page even when nothing changes.
        if self.isHidden() == node.relevant:
            self.setVisible(node.relevant)
        required = node.required and self.question.type != "note"
        if self.mark.isHidden() == required:
            self.mark.setVisible(required)
        if self.editor is not None:
            editable = not node.read_only and self.controller.editable
            if self.editor.is_editable() != editable:
                self.editor.set_editable(editable)
        self.refresh_error()

    def refresh_error(self) -> None:
        node = self.controller.session.node(self.question.name, self.index)
        message = None
        if self.editor is not None and self.editor.partial:
            # An editor that knows what is wrong says it (the point of a line that is not one).
            message = getattr(self.editor, "problem", None) or self.controller.partial_message(
                self.question
            )
        elif node.error is not None and (
            node.error != "required" or self.controller.show_required_errors
        ):
            message = self.controller.session.error(self.question.name, self.index)
        if self.error.text() != (message or ""):
            self.error.setText(message or "")
        if self.error.isHidden() == bool(message):
            self.error.setVisible(bool(message))

    # -- the person's edits ----------------------------------------------------------------------

    def _edited(self, value: Any) -> None:
        self.controller.answer(self, value)

    def tab_stops(self) -> list[QWidget]:
        """The widgets Tab stops at in this question, in order."""
        return self.editor.tab_stops() if self.editor is not None else []

    def focus_input(self) -> bool:
        """Put the keyboard focus in this question; False when it takes none."""
        if self.editor is None or not self.isVisible() or not self.editor.isEnabled():
            return False
        inputs = self.editor.inputs()
        if not inputs:
            return False
        inputs[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Runs for every event of the inputs (paints included): kept to one comparison.
        kind = event.type()
        if kind == _KEY_PRESS:
            if self.editor is not None and self.editor.key(watched, event):
                return True
            return bool(self.controller.enter_moves_on(self, watched, event))
        if kind == _FOCUS_IN:
            # Not when the letters of a choice moved the cursor inside the question.
            if self.editor is not None and event.reason() != Qt.FocusReason.ShortcutFocusReason:
                self.editor.arrived()
            self.controller.focused(self)
        return False
