"""The score beside the form: the household's poverty status under the chosen standard, the
indicators it is deprived in and the standard's own explanation, in the interface language.

Scoring takes about a millisecond, so it runs on the UI thread, a short pause after the last
change (`SCORE_PAUSE_MS`), over the answers of the questions that are shown (as completion
keeps them).
"""

from __future__ import annotations

import logging
from typing import Any

from app.survey.errors import TinjauError
from app.survey.forms import FormSession
from app.survey.scoring import INSUFFICIENT_DATA, Standard, find_standard
from app.survey.scoring.model import pick
from app.ui.qt import QEvent, QFrame, QLabel, Qt, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

SCORE_PAUSE_MS = 120
STATUS_COLOURS = {0: "#b00020", 1: "#c25400", 2: "#8a6d00"}


def resolve_standard(standard_id: str) -> Standard | None:
    """The standard chosen in settings, or None (the panel says so) when it is not shipped or
    cannot be loaded: the interview itself must open regardless."""
    try:
        return find_standard(standard_id)
    except TinjauError:
        log.warning("The poverty standard chosen in Settings is not shipped")
    except Exception as error:  # noqa: BLE001 - a broken standard file must not stop interviews
        log.warning("The poverty standard could not be loaded (%s)", type(error).__name__)
    return None


def shown_answers(session: FormSession) -> dict[str, Any]:
    """The answers of relevant questions only, as `completed_answers` gives, without stamping
    the form's `end` time (that happens once, on completion)."""
    return session._tree(session.root, only_relevant=True)  # noqa: SLF001 - same rule, no stamp


def score(standard: Standard | None, session: FormSession, lang: str) -> Any:
    """The household's HouseholdScore, or None without a standard or when scoring fails."""
    if standard is None:
        return None
    try:
        from app.survey.scoring import score_household

        return score_household(standard, shown_answers(session), lang)
    except Exception as error:  # noqa: BLE001 - a half-filled form must never break the screen
        log.info("Scoring skipped: %s", type(error).__name__)
        return None


class ScorePanel(QFrame):
    """Status, deprived indicators and explanation; `show_result` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        self.heading = QLabel(objectName="scoreHeading")
        self.standard_name = QLabel(objectName="standardName")
        self.standard_name.setWordWrap(True)
        self.status = QLabel(objectName="povertyStatus")
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.status.setFont(font)
        self.deprived_title = QLabel(objectName="deprivedTitle")
        self.deprived = QLabel(objectName="deprivedList")
        self.deprived.setWordWrap(True)
        self.provisional = QLabel(objectName="scoreProvisional")
        self.provisional.setWordWrap(True)
        # Grey, never italic: the oblique font has no Arabic glyphs (Persian shows empty boxes).
        self.provisional.setStyleSheet("color: #5f6368;")
        self.explanation = QLabel(objectName="scoreExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.standard_name, self.status, self.deprived_title):
            layout.addWidget(widget)
        layout.addWidget(self.deprived)
        layout.addSpacing(8)
        layout.addWidget(self.explanation)
        layout.addWidget(self.provisional)
        layout.addStretch(1)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.deprived_title.setFont(bold)
        self._result: Any = None
        self._standard: Standard | None = None
        self.retranslate()

    def show_result(
        self, standard: Standard | None, result: Any, lang: str, final: bool = True
    ) -> None:
        """Show `result`; `final` False adds that answers are still missing (a household with
        no incomes typed yet reads as having none until they are)."""
        self._standard, self._result = standard, result
        self.provisional.setVisible(not final and result is not None)
        if standard is None:
            self.standard_name.setText(
                self.tr(
                    "The poverty standard chosen in Settings is not available; choose another "
                    "in File > Settings."
                )
            )
            self.status.setText("")
            self.deprived.setText("")
            self.explanation.setText("")
            return
        self.standard_name.setText(pick(standard.names, lang))
        if result is None:
            self.status.setText(self.tr("Not scored yet"))
            self.status.setStyleSheet("")
            self.deprived.setText("")
            self.explanation.setText("")
            return
        self.status.setText(result.label)
        # Most in need first in the standard's list: red, orange, amber; better off green.
        rank = next((n for n, s in enumerate(standard.statuses) if s.code == result.status), -1)
        colour = STATUS_COLOURS.get(rank, "#1b5e20")
        if result.status == INSUFFICIENT_DATA:
            colour = "#5f6368"
        self.status.setStyleSheet(f"color: {colour};")
        names = [
            pick(indicator.names, lang)
            for indicator in standard.indicators
            if result.deprived.get(indicator.id)
        ]
        self.deprived.setText("\n".join(f"• {name}" for name in names) or self.tr("None"))
        self.explanation.setText(result.explanation)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Poverty status"))
        self.provisional.setText(
            self.tr(
                "Provisional: some answers are still missing, and what is not answered yet "
                "counts as nothing."
            )
        )
        self.deprived_title.setText(self.tr("Deprived in"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
