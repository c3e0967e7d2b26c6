"""The score beside the form: the household's poverty status under the workspace's standard, the
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
from app.survey.scoring import INSUFFICIENT_DATA, Standard
from app.survey.scoring.draft import Needs, score_draft
from app.survey.scoring.model import pick
from app.ui.qt import QEvent, QFrame, QLabel, QLocale, Qt, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

SCORE_PAUSE_MS = 120
MISSING_SHOWN = 2  # questions named in "Not enough answers yet"; the rest are counted
STATUS_COLOURS = {0: "#b00020", 1: "#c25400", 2: "#8a6d00"}
NEUTRAL = "#5f6368"  # a status that is not known yet: no alarm colour


def resolve_standard(db: Any) -> Standard | None:
    """The workspace's standard (chosen for it, else its country's), read on the database
    thread; None (the panel says so) when it cannot be found or loaded: the interview itself
    must open regardless."""
    from app.survey.scoring.workspace import workspace_standard

    try:
        with db.read() as conn:
            return workspace_standard(conn)
    except TinjauError:
        log.warning("The workspace's poverty standard is neither shipped nor installed")
    except Exception as error:  # noqa: BLE001 - a broken standard file must not stop interviews
        log.warning("The poverty standard could not be loaded (%s)", type(error).__name__)
    return None


def score(standard: Standard | None, session: FormSession, lang: str) -> tuple[Any, Needs, Any]:
    """The household's HouseholdScore (None without a standard or when scoring fails), what
    the standard still needs, and the score so far from the incomes given (None unless the
    status waits for more of them). Answers still missing are left out, never read as 0."""
    if standard is None:
        return None, Needs((), frozenset()), None
    try:
        return score_draft(standard, session, lang)
    except Exception as error:  # noqa: BLE001 - a half-filled form must never break the screen
        log.info("Scoring skipped: %s", type(error).__name__)
        return None, Needs((), frozenset()), None


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
        # What the standard still needs, above the status; grey and never italic (the oblique
        # font has no Arabic glyphs: Persian would show empty boxes).
        self.pending = QLabel(objectName="scorePending")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet(f"color: {NEUTRAL};")
        self.pending.hide()
        self.explanation = QLabel(objectName="scoreExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.standard_name, self.pending, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.deprived_title)
        layout.addWidget(self.deprived)
        layout.addSpacing(8)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.deprived_title.setFont(bold)
        self._result: Any = None
        self._standard: Standard | None = None
        self._missing: list[str] = []
        self.retranslate()

    def show_result(
        self,
        standard: Standard | None,
        result: Any,
        lang: str,
        missing: list[str] | None = None,
        so_far: Any = None,
    ) -> None:
        """Show `result`; `missing` names (in the interface language) the questions the
        standard reads that are not answered yet: the status is then provisional and neutral,
        and `so_far` (the status from the incomes given) is shown as "So far: ..."."""
        self._standard, self._result = standard, result
        self._missing = list(missing or [])
        self._show_pending()
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
        # A standard by income alone has no indicators: "Deprived in: None" would say nothing.
        self.deprived_title.setVisible(bool(standard.indicators))
        self.deprived.setVisible(bool(standard.indicators))
        if result is None:
            self.status.setText(self.tr("Not scored yet"))
            self.status.setStyleSheet("")
            self.deprived.setText("")
            self.explanation.setText("")
            return
        if result.status == INSUFFICIENT_DATA and so_far is not None:
            result = so_far
            self.status.setText(self.tr("So far: %1").replace("%1", result.label))
            colour = NEUTRAL
        elif result.status == INSUFFICIENT_DATA:
            self.status.setText(result.label)
            colour = NEUTRAL
        elif self._missing:
            self.status.setText(self.tr("Provisional: %1").replace("%1", result.label))
            colour = NEUTRAL
        else:
            self.status.setText(result.label)
            # Most in need first in the standard's list: red, orange, amber; better off green.
            rank = next((n for n, s in enumerate(standard.statuses) if s.code == result.status), -1)
            colour = STATUS_COLOURS.get(rank, "#1b5e20")
        self.status.setStyleSheet(f"color: {colour};")
        names = [
            pick(indicator.names, lang)
            for indicator in standard.indicators
            if result.deprived.get(indicator.id)
        ]
        self.deprived.setText("\n".join(f"• {name}" for name in names) or self.tr("None"))
        self.explanation.setText(result.explanation)

    def _show_pending(self) -> None:
        shown = self._missing[:MISSING_SHOWN]
        if len(self._missing) > MISSING_SHOWN:
            more = QLocale().toString(len(self._missing) - MISSING_SHOWN)
            shown.append(self.tr("%1 more").replace("%1", more))
        listed = QLocale().createSeparatedList(shown)
        self.pending.setText(self.tr("Not enough answers yet: %1").replace("%1", listed))
        self.pending.setVisible(bool(self._missing))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Poverty status"))
        self.deprived_title.setText(self.tr("Deprived in"))
        self._show_pending()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
