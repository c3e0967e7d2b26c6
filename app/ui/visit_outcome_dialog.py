"""The "Mark not found…" / "Mark refused…" dialog: a visit that ended at the door, without an
interview, with an optional short note; saved through a CollectionOp (audited and shipped)."""

from __future__ import annotations

from app.ui import ops
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.i18n import isolate_ltr
from app.ui.qt import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget, Signal

NOTE_LIMIT = 200  # app.survey.records.households.NOTE_LIMIT (not imported: no SQLAlchemy here)


class VisitOutcomeDialog(RememberedDialog):
    """Marks one household `status` (not found or refused) with the note typed, if any."""

    # The household's id, once the outcome is saved.
    marked = Signal(str)

    def __init__(
        self,
        settings: opts.Settings,
        *,
        household_id: str,
        unit: str,
        status: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("visitOutcomeDialog", settings, parent)
        self.household_id = household_id
        self.unit = unit
        self.status = status
        self.question = QLabel(objectName="question")
        self.question.setWordWrap(True)
        self.note_label = QLabel()
        self.note = QLineEdit(objectName="visitNote")
        self.note.setMaxLength(NOTE_LIMIT)
        self.note_label.setBuddy(self.note)
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
        layout.addWidget(self.question)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.restore_geometry()

    def retranslate(self) -> None:
        from app.survey.records import lifecycle

        unit = isolate_ltr(self.unit)
        if self.status == lifecycle.NOT_FOUND:
            self.setWindowTitle(self.tr("Mark not found"))
            question = self.tr(
                "Nobody was found at unit %1, or the unit is empty or gone. Mark the visit "
                "not found? You can still interview the household when you come back."
            )
        else:
            self.setWindowTitle(self.tr("Mark refused"))
            question = self.tr(
                "The household at unit %1 declined the interview. Mark the visit refused? You "
                "can still interview the household if they agree later."
            )
        self.question.setText(question.replace("%1", unit))
        self.note_label.setText(self.tr("&Note (optional)"))
        self.note.setPlaceholderText(self.tr("e.g. come back after 6 pm"))

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def save(self) -> None:
        """Write in the background; closes when it is saved, else says why and stays open."""
        from app.survey.records import households, recorder

        enumerator = self.settings.get(opts.ENUMERATOR_ID)
        household_id, status, note = self.household_id, self.status, self.note.text()
        self.buttons.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.show_problem(ops.error_message(error))

        def saved(_result: None) -> None:
            self.marked.emit(household_id)
            self.accept()

        def mark(ctx: ops.OpContext) -> None:
            with ctx.db.write() as conn:
                who = recorder.actor(conn, enumerator)
                households.mark_visit(
                    conn, household_id=household_id, status=status, actor=who, note=note
                )

        ops.CollectionOp(self, mark).success(saved).failure(failed).run_in_background()
