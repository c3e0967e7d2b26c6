"""The "Add household" dialog: a family not on the census list (say, one that just moved in)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.ui import ops
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.qt import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStringListModel,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from app.survey.records.households import NewHousehold


class AddHouseholdDialog(RememberedDialog):
    """Collects unit, head's name, national ID, phone and size; saves through a CollectionOp.

    `blocks` is the (block id, label) pairs to choose from.
    """

    # The new household's id, after it is saved.
    added = Signal(str)

    def __init__(
        self,
        settings: opts.Settings,
        blocks: list[tuple[str, str]],
        block_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("addHouseholdDialog", settings, parent)
        self.block = QComboBox(objectName="block")
        for block, block_label in blocks:
            self.block.addItem(block_label, block)
        if block_id is not None and self.block.findData(block_id) >= 0:
            self.block.setCurrentIndex(self.block.findData(block_id))
        self.unit = QLineEdit(objectName="unit")
        self.unit_codes = QStringListModel(self)
        self.completer = QCompleter(self.unit_codes, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit.setCompleter(self.completer)
        self.head_name = QLineEdit(objectName="headName")
        self.national_id = QLineEdit(objectName="nationalId")
        self.phone = QLineEdit(objectName="phone")
        self.household_size = QSpinBox(objectName="householdSize")
        self.household_size.setRange(0, 99)  # 0 shows as "not known"

        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        fields = [
            self.block,
            self.unit,
            self.head_name,
            self.national_id,
            self.phone,
            self.household_size,
        ]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.problem = QLabel(objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.block.currentIndexChanged.connect(self._load_units)
        self.retranslate()
        self.restore_geometry()
        self._load_units()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add household"))
        texts = [
            self.tr("&Block"),
            self.tr("&Unit"),
            self.tr("&Head of household"),
            self.tr("&National ID"),
            self.tr("&Phone"),
            self.tr("Household &size"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.unit.setPlaceholderText(self.tr("as on the door, e.g. A-12-03"))
        self.household_size.setSpecialValueText(self.tr("not known"))

    def value(self) -> NewHousehold:
        from app.survey.records.households import NewHousehold

        return NewHousehold(
            block_id=str(self.block.currentData() or ""),
            unit_code=self.unit.text(),
            head_name=self.head_name.text(),
            national_id=self.national_id.text(),
            phone=self.phone.text(),
            household_size=self.household_size.value() or None,
        )

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def save(self) -> None:
        """Check the fields here, then write in the background; closes when it is saved."""
        # The records layer is imported on first use: the window opens without SQLAlchemy.
        from app.survey.records import households, recorder
        from app.ui.messages import domain_text

        new = self.value()
        problem = households.check_new(new)
        if problem is not None:
            self.show_problem(domain_text(problem))
            return
        enumerator = self.settings.get(opts.ENUMERATOR_ID)
        self.buttons.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.show_problem(ops.error_message(error))

        def saved(household_id: str) -> None:
            self.added.emit(household_id)
            self.accept()

        def add(ctx: ops.OpContext) -> str:
            with ctx.db.write() as conn:
                who = recorder.actor(conn, enumerator)
                return households.add(conn, new=new, actor=who)

        ops.CollectionOp(self, add).success(saved).failure(failed).run_in_background()

    def _load_units(self) -> None:
        block_id = self.block.currentData()
        if not block_id:
            return
        ops.QueryOp(
            parent=self,
            op=lambda ctx: _unit_codes(ctx.db, block_id),
            success=self.unit_codes.setStringList,
        ).run_in_background()


def _unit_codes(db: Any, block_id: str) -> list[str]:
    """The block's unit codes, read on the database thread."""
    from app.survey.records.households import unit_codes

    with db.read() as conn:
        return unit_codes(conn, block_id=block_id)
