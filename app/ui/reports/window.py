"""The Reports window: coverage, poverty, the priority list, the area profile and the Excel
export for one area under one poverty standard.

Everything is computed on the database thread (app.ui.ops) by app.survey.reports.overview
and app.survey.reports.rounds, the same code `tinjau report` uses, so the figures shown are
`tinjau measure`'s. The window keeps the last report (`self.report`, and `self.rounds` for the
"Survey rounds" tab) and draws it; it never waits on the database.
"""

from __future__ import annotations

import threading
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.survey.reports.overview import AreaReport
from app.survey.reports.rounds import RoundsReport
from app.survey.scoring.model import pick
from app.survey.scoring.result import status_label
from app.ui import i18n, ops
from app.ui.qt import (
    QComboBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLocale,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from app.ui.qtgraphics import QTabWidget
from app.ui.reports.charts import bar_chart, chart_view, fill_table, new_table, show_chart

LEVELS = ("district", "ward", "site", "block")


def _scroll(*widgets: QWidget) -> QScrollArea:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def load_choices(ctx: ops.OpContext) -> tuple[list[tuple[str, str, str]], Any]:
    """The areas (path, level, name) and the workspace's standards (run on the database
    thread)."""
    from app.survey.reports.overview import area_choices
    from app.ui.settings_dialog import workspace_standards

    with ctx.db.read() as conn:
        areas = [(a.path_code, a.level, a.name) for a in area_choices(conn)]
    return areas, workspace_standards(ctx.db)


class ReportsWindow(QMainWindow):
    """A window of its own, opened from Reports > Reports… in the main window."""

    # A household chosen on the map or in the priority list: its id (the main window opens it).
    household_chosen = Signal(str)
    # A report has been drawn (tests and the map tab listen).
    report_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.report: AreaReport | None = None
        self._cancel: threading.Event | None = None
        self._standards: list[tuple[str, dict[str, str]]] = []
        self._areas: list[tuple[str, str, str]] = []

        self.area_label = QLabel()
        self.area_box = QComboBox(objectName="reportArea")
        self.area_label.setBuddy(self.area_box)
        self.standard_label = QLabel()
        self.standard_box = QComboBox(objectName="reportStandard")
        self.standard_label.setBuddy(self.standard_box)
        self.level_label = QLabel()
        self.level_box = QComboBox(objectName="reportLevel")
        self.level_label.setBuddy(self.level_box)
        for level in LEVELS:
            self.level_box.addItem("", level)
        self.level_box.setCurrentIndex(LEVELS.index("block"))
        self.show_button = QPushButton(objectName="showReport")
        self.show_button.clicked.connect(self.refresh)
        # Two rows, so that every list fits whole beside the others in every language: the
        # area and what to count per, then the standard and Show. Tab goes the same way.
        controls = QVBoxLayout()
        for row_widgets in (
            (self.area_label, self.area_box, self.level_label, self.level_box),
            (self.standard_label, self.standard_box, self.show_button),
        ):
            row = QHBoxLayout()
            for widget in row_widgets:
                row.addWidget(widget)
            row.addStretch(1)
            controls.addLayout(row)
        chain = (self.area_box, self.level_box, self.standard_box, self.show_button)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        # Each list is as wide as its longest entry, so the chosen area, standard and level are
        # read whole in every language (a cut "kuala_lumpur/LPT/LPT01 — Kerinch" names no area).
        for box in (self.area_box, self.standard_box, self.level_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.tabs = QTabWidget(objectName="reportTabs")
        # coverage
        self.coverage_table = new_table("coverageTable")
        self.coverage_chart = chart_view("coverageChart")
        self.workers_table = new_table("workersTable")
        self.days_table = new_table("daysTable")
        self.days_chart = chart_view("daysChart")
        self.coverage_tab = _scroll(
            self.coverage_table, self.coverage_chart, self.workers_table, self.days_table,
            self.days_chart,
        )  # fmt: skip
        # poverty
        self.standard_text = QLabel(objectName="standardText")
        self.standard_text.setWordWrap(True)
        self.status_table = new_table("statusTable")
        self.status_chart = chart_view("statusChart")
        self.af_text = QLabel(objectName="alkireFosterText")
        self.af_text.setWordWrap(True)
        self.af_table = new_table("afTable")
        self.af_chart = chart_view("afChart")
        self.indicator_table = new_table("indicatorTable")
        self.indicator_chart = chart_view("indicatorChart")
        self.dimension_chart = chart_view("dimensionChart")
        self.poverty_tab = _scroll(
            self.standard_text, self.status_table, self.status_chart, self.af_text,
            self.af_table, self.af_chart, self.indicator_table, self.indicator_chart,
            self.dimension_chart,
        )  # fmt: skip
        # priority
        self.priority_text = QLabel(objectName="priorityText")
        self.priority_text.setWordWrap(True)
        self.priority_table = new_table("priorityTable")
        self.priority_table.cellActivated.connect(self._priority_activated)
        priority = QWidget()
        priority_layout = QVBoxLayout(priority)
        priority_layout.addWidget(self.priority_text)
        priority_layout.addWidget(self.priority_table, 1)
        self.priority_tab = priority
        # profile
        self.profile_table = new_table("profileTable")
        self.pyramid_chart = chart_view("pyramidChart")
        self.sizes_table = new_table("sizesTable")
        self.profile_tab = _scroll(self.profile_table, self.pyramid_chart, self.sizes_table)
        # map
        self.map_tab = self._build_map_tab()
        # rounds
        self.rounds: RoundsReport | None = None
        self.rounds_text = QLabel(objectName="roundsText")
        self.rounds_text.setWordWrap(True)
        self.rounds_table = new_table("roundsTable")
        self.change_text = QLabel(objectName="roundsChangeText")
        self.change_text.setWordWrap(True)
        self.transitions_table = new_table("transitionsTable")
        self.round_rates_table = new_table("roundRatesTable")
        self.round_rates_chart = chart_view("roundRatesChart")
        self.round_rates_chart.setMinimumHeight(340)
        self.rounds_tab = _scroll(
            self.rounds_text, self.rounds_table, self.change_text, self.transitions_table,
            self.round_rates_table, self.round_rates_chart,
        )  # fmt: skip
        for tab in (
            self.coverage_tab, self.poverty_tab, self.priority_tab, self.profile_tab,
            self.map_tab, self.rounds_tab,
        ):  # fmt: skip
            self.tabs.addTab(tab, "")

        # export
        self.export_button = QPushButton(objectName="exportWorkbook")
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        self.export_progress = QProgressBar(objectName="exportProgress")
        self.export_progress.hide()
        self.cancel_button = QPushButton(objectName="cancelExport")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.pdf_button = QPushButton(objectName="savePdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.message = QLabel(objectName="reportMessage")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.export_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(page)
        self.resize(1100, 780)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tinjau — reports"))
        self.area_label.setText(self.tr("&Area:"))
        self.standard_label.setText(self.tr("Poverty &standard:"))
        self.level_label.setText(self.tr("&Per:"))
        names = {
            "district": self.tr("district"),
            "ward": self.tr("ward"),
            "site": self.tr("site"),
            "block": self.tr("block"),
        }
        for index, level in enumerate(LEVELS):
            self.level_box.setItemText(index, names[level])
        self.show_button.setText(self.tr("S&how"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.tabs.setTabText(0, self.tr("Coverage"))
        self.tabs.setTabText(1, self.tr("Poverty"))
        self.tabs.setTabText(2, self.tr("Priority list"))
        self.tabs.setTabText(3, self.tr("Area profile"))
        self.tabs.setTabText(4, self.tr("Map"))
        self.tabs.setTabText(5, self.tr("Survey rounds"))
        self.site_label.setText(self.tr("S&ite:"))
        self.mode_label.setText(self.tr("Colour &by:"))
        self.mode_box.setItemText(0, self.tr("poverty status"))
        self.mode_box.setItemText(1, self.tr("visit status"))
        self.save_grid_button.setText(self.tr("Save site &map as PNG…"))
        self.boundaries_button.setText(self.tr("&Load area boundaries (GeoJSON)…"))
        self.save_choropleth_button.setText(self.tr("Save &rates map as PNG…"))
        self.grid_hint.setText(
            self.tr(
                "Each square is a unit, floors from the top down. Click a unit, or move with the "
                "arrow keys and press Enter, to open its household."
            )
        )
        self._fill_standards()
        if self.report is not None:
            self.show_report(self.report, self.rounds)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the area and standard lists, then show the report of the first ward."""
        ops.QueryOp(parent=self, op=load_choices, success=self._choices_loaded).run_in_background()

    def _choices_loaded(self, loaded: tuple[list[tuple[str, str, str]], Any]) -> None:
        areas, standards = loaded
        self._areas = areas
        self._standards = standards.offered
        self._chosen_standard = standards.chosen
        self.area_box.clear()
        self.area_box.addItem(self.tr("All areas"), "")
        first_ward = 0
        for path, level, name in areas:
            depth = path.count("/")
            self.area_box.addItem(f"{'  ' * depth}{i18n.isolate_ltr(path)} — {name}", path)
            if level == "ward" and not first_ward:
                first_ward = self.area_box.count() - 1
        self.area_box.setCurrentIndex(first_ward)
        self._fill_standards()
        self.refresh()

    def _fill_standards(self) -> None:
        current = self.standard_box.currentData() or getattr(self, "_chosen_standard", None)
        lang = i18n.current_language()
        self.standard_box.blockSignals(True)
        self.standard_box.clear()
        for standard_id, names in self._standards:
            self.standard_box.addItem(pick(names, lang), standard_id)
        index = self.standard_box.findData(current)
        self.standard_box.setCurrentIndex(max(index, 0))
        self.standard_box.blockSignals(False)

    def choose(self, area: str | None = None, standard: str | None = None, level: str | None = None
               ) -> None:  # fmt: skip
        """Pick an area (path code, "" for all), a standard id or a level in the lists."""
        if area is not None:
            self.area_box.setCurrentIndex(max(self.area_box.findData(area), 0))
        if standard is not None:
            self.standard_box.setCurrentIndex(max(self.standard_box.findData(standard), 0))
        if level is not None:
            self.level_box.setCurrentIndex(LEVELS.index(level))

    def refresh(self) -> None:
        """Compute the report for the chosen area, standard and level, off the UI thread."""
        from app.survey.reports.overview import area_report

        area = self.area_box.currentData() or None
        standard = self.standard_box.currentData() or None
        level = self.level_box.currentData() or "block"
        lang = i18n.current_language()

        from app.survey.reports.rounds import rounds_report

        def work(ctx: ops.OpContext) -> tuple[AreaReport, RoundsReport]:
            with ctx.db.read() as conn:
                report = area_report(conn, area, standard, level, lang, ctx.progress)
                return report, rounds_report(conn, area, standard, lang)

        def shown(both: tuple[AreaReport, RoundsReport]) -> None:
            self.show_report(*both)

        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Counting…"))
        ops.QueryOp(parent=self, op=work, success=shown).failure(self._failed).with_progress(
            self.tr("Counting the households for the report…")
        ).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.message.setText("")
        ops.show_error(self, ops.error_message(error))

    # -- drawing ---------------------------------------------------------------------------------

    def _num(self, value: int) -> str:
        return QLocale().toString(value)

    def _share(self, value: float | Fraction | None) -> str:
        if value is None:
            return "–"
        return QLocale().toString(float(value) * 100, "f", 1) + "%"

    def _ratio(self, value: Fraction) -> str:
        return QLocale().toString(float(value), "f", 3)

    def _area_name(self, area: Any) -> str:
        """An area's path below the report's area (PPR001/A), or its code."""
        if area is None:
            return self.tr("All")
        within = self.report.area if self.report is not None else None
        if within is not None and area.path_code.startswith(within.path_code + "/"):
            return area.path_code[len(within.path_code) + 1 :]
        return area.code

    def show_report(self, report: AreaReport, rounds: RoundsReport | None = None) -> None:
        self.report = report
        self.rounds = rounds
        self.show_button.setEnabled(True)
        self._show_coverage(report)
        self._show_poverty(report)
        self._show_priority(report)
        self._show_profile(report)
        self._show_rounds(rounds)
        if self._areas:  # a window drawing a printed report has no lists and no map to load
            self._fill_sites(report)
        unusable = report.poverty.unusable
        self.message.setText(
            self.tr(
                "%1 finished interviews were left out: their answers hold text where the "
                "standard reads a number."
            ).replace("%1", self._num(unusable))
            if unusable
            else ""
        )
        self.report_shown.emit()

    def _show_rounds(self, rounds: RoundsReport | None) -> None:
        """The "Survey rounds" tab: households per status in each round, the change since the
        previous round, and each indicator's rate round by round (table and chart)."""
        section = next((s for s in rounds.areas if s.rounds), None) if rounds else None
        for table in (self.rounds_table, self.transitions_table, self.round_rates_table):
            table.setVisible(section is not None)
        self.round_rates_chart.setVisible(section is not None)
        self.change_text.setVisible(section is not None)
        if rounds is None or section is None:
            self.rounds_text.setText(
                self.tr(
                    "No survey round covers this area yet. A supervisor opens one with "
                    "tinjau round open; the interviews begun after that belong to it, and "
                    "this tab compares each round with the one before."
                )
            )
            return
        lang = i18n.current_language()
        self.rounds_text.setText(
            self.tr(
                "Survey rounds of %1 under %2. Each household counts with its latest finished "
                "interview in each round."
            )
            .replace("%1", i18n.isolate_ltr(section.area.path_code))
            .replace("%2", i18n.isolate(pick(rounds.standard.names, lang)))
        )
        codes = [s.code for s in rounds.standard.statuses]
        fill_table(
            self.rounds_table,
            [self.tr("Round"), self.tr("Opened"), self.tr("Closed"), self.tr("Households"),
             *(rounds.status_name(c) for c in codes)],
            [
                [i18n.isolate(f.round.name), f.round.opened_on.isoformat(),
                 f.round.closed_on.isoformat() if f.round.closed_on else self.tr("open"),
                 self._num(f.households),
                 *(f"{self._num(f.statuses[c])} ({self._share(self._part(f.statuses[c], f))})"
                   for c in codes)]
                for f in section.rounds
            ],
        )  # fmt: skip
        if section.changes:
            latest = section.changes[-1]
            self.change_text.setText(
                self.tr("%1 since %2: %3 households in both rounds, %4 new, %5 not revisited.")
                .replace("%1", i18n.isolate(latest.current.round.name))
                .replace("%2", i18n.isolate(latest.previous.round.name))
                .replace("%3", self._num(latest.revisited))
                .replace("%4", self._num(latest.new))
                .replace("%5", self._num(latest.not_revisited))
            )
        else:
            self.change_text.setText(
                self.tr("Only one round so far: the change shows once the area has a second.")
            )
        self.transitions_table.setVisible(bool(section.changes))
        fill_table(
            self.transitions_table,
            [self.tr("Rounds"), self.tr("Status"), self.tr("Before"), self.tr("After"),
             self.tr("Entered"), self.tr("Left"), self.tr("Stayed")],
            [
                [self.tr("%1 → %2").replace("%1", i18n.isolate(c.previous.round.name))
                 .replace("%2", i18n.isolate(c.current.round.name)),
                 rounds.status_name(t.status), self._num(t.before), self._num(t.after),
                 self._num(t.entered), self._num(t.left), self._num(t.stayed)]
                for c in section.changes for t in c.transitions
            ],
        )  # fmt: skip
        word = self.tr("Indicator") if rounds.rate_kind == "indicator" else self.tr("Income line")
        fill_table(
            self.round_rates_table,
            [word, *(i18n.isolate(f.round.name) for f in section.rounds)],
            [
                [name, *(self._share(f.rates.get(key)) for f in section.rounds)]
                for key, name in rounds.rate_names.items()
            ],
        )  # fmt: skip
        title = (
            self.tr("Persons deprived in each indicator, per round")
            if rounds.rate_kind == "indicator"
            else self.tr("Persons under each income line, per round")
        )
        show_chart(
            self.round_rates_chart,
            bar_chart(
                title,
                list(rounds.rate_names.values()),
                [
                    (f.round.name, [f.rates.get(key, 0) for key in rounds.rate_names])
                    for f in section.rounds
                ],
                percent=True,
            ),
        )

    @staticmethod
    def _part(count: int, figures: Any) -> Fraction | None:
        return Fraction(count, figures.households) if figures.households else None

    def _show_coverage(self, report: AreaReport) -> None:
        header = [
            self.tr("Area"), self.tr("Listed"), self.tr("Visited"),
            self.tr("Visited, no interview"), self.tr("In progress"), self.tr("Complete"),
            self.tr("Approved"), self.tr("Returned"), self.tr("Coverage"),
        ]  # fmt: skip
        rows = []
        for c in [*report.coverage, report.coverage_total]:
            rows.append(
                [
                    self._area_name(c.area), self._num(c.listed), self._num(c.visited),
                    self._num(c.no_interview), self._num(c.in_progress), self._num(c.completed),
                    self._num(c.approved), self._num(c.returned), self._share(c.rate),
                ]
            )  # fmt: skip
        fill_table(self.coverage_table, header, rows, bold_last=True)
        categories = [self._area_name(c.area) for c in report.coverage]
        show_chart(
            self.coverage_chart,
            bar_chart(
                self.tr("Households per area"),
                categories,
                [
                    (self.tr("Listed"), [c.listed for c in report.coverage]),
                    (self.tr("Visited"), [c.visited for c in report.coverage]),
                    (self.tr("Complete"), [c.completed for c in report.coverage]),
                    (self.tr("Approved"), [c.approved for c in report.coverage]),
                ],
            ),
        )
        fill_table(
            self.workers_table,
            [self.tr("Enumerator"), self.tr("In progress"), self.tr("Complete"),
             self.tr("Approved"), self.tr("Returned")],
            [
                [w.enumerator or "–", self._num(w.in_progress), self._num(w.completed),
                 self._num(w.approved), self._num(w.returned)]
                for w in report.workers
            ],
        )  # fmt: skip
        fill_table(
            self.days_table,
            [self.tr("Day (UTC)"), self.tr("Interviews finished")],
            [[day.isoformat(), self._num(count)] for day, count in report.days],
        )
        show_chart(
            self.days_chart,
            bar_chart(
                self.tr("Interviews finished per day (UTC)"),
                [day.strftime("%m-%d") for day, _ in report.days],
                [(self.tr("Interviews finished"), [count for _, count in report.days])],
            ),
        )

    def _show_poverty(self, report: AreaReport) -> None:
        standard = report.standard
        lang = i18n.current_language()
        self.standard_text.setText(
            self.tr("Standard: %1 (version %2)")
            .replace("%1", i18n.isolate(pick(standard.names, lang)))
            .replace("%2", i18n.isolate_ltr(standard.version))
        )
        codes = [s.code for s in standard.statuses]
        labels = [status_label(standard, code, lang) for code in codes]
        rows_all = [*report.poverty.rows, report.poverty.total]
        header = [self.tr("Area"), self.tr("Households assessed")]
        for label in labels:
            header += [label, self.tr("%1 (share)").replace("%1", label)]
        rows = []
        for row in rows_all:
            m = row.measures
            assessed = sum(h for h, _ in m.headcounts.values())
            cells = [self._area_name(row.area), self._num(assessed)]
            for code in codes:
                households = m.headcounts.get(code, (0, 0))[0]
                cells += [
                    self._num(households),
                    self._share(Fraction(households, assessed) if assessed else None),
                ]
            rows.append(cells)
        fill_table(self.status_table, header, rows, bold_last=True)
        categories = [self._area_name(r.area) for r in report.poverty.rows]

        def rate(m: Any, code: str) -> float:
            assessed = sum(h for h, _ in m.headcounts.values())
            return m.headcounts.get(code, (0, 0))[0] / assessed if assessed else 0.0

        show_chart(
            self.status_chart,
            bar_chart(
                self.tr("Share of households in each status"),
                categories,
                [
                    (label, [rate(r.measures, code) for r in report.poverty.rows])
                    for code, label in zip(codes, labels, strict=True)
                ],
                percent=True,
            ),
        )
        af = bool(standard.indicators)
        for widget in (self.af_table, self.af_chart, self.indicator_table,
                       self.indicator_chart, self.dimension_chart):  # fmt: skip
            widget.setVisible(af)
        if not af:
            self.af_text.setText(
                self.tr(
                    "This standard decides poverty by income alone: it has no deprivation "
                    "indicators, so there are no Alkire-Foster measures (H, A, M0) for it."
                )
            )
            return
        self.af_text.setText(
            self.tr(
                "Alkire-Foster measures over persons: H is the share of people who are poor, A "
                "the average share of weighted deprivations among them, M0 = H × A."
            )
        )
        fill_table(
            self.af_table,
            [self.tr("Area"), "H", "A", "M0", self.tr("Insufficient data")],
            [
                [self._area_name(r.area), self._ratio(r.measures.H), self._ratio(r.measures.A),
                 self._ratio(r.measures.M0), self._num(r.measures.excluded)]
                for r in rows_all
            ],
            bold_last=True,
        )  # fmt: skip
        for r, row in enumerate(rows_all):
            for c, value in ((1, row.measures.H), (2, row.measures.A), (3, row.measures.M0)):
                item = self.af_table.item(r, c)
                item.setData(Qt.ItemDataRole.UserRole, str(value))  # exact, for the curious
                item.setToolTip(str(value))
        show_chart(
            self.af_chart,
            bar_chart(
                self.tr("Alkire-Foster measures per area"),
                categories,
                [
                    ("H", [r.measures.H for r in report.poverty.rows]),
                    ("A", [r.measures.A for r in report.poverty.rows]),
                    ("M0", [r.measures.M0 for r in report.poverty.rows]),
                ],
            ),
        )
        indicators = standard.indicators
        names = [pick(ind.names, lang) for ind in indicators]
        fill_table(
            self.indicator_table,
            [self.tr("Indicator"), *[self._area_name(r.area) for r in rows_all]],
            [
                [name, *[self._share(r.measures.contribution.get(ind.id)) for r in rows_all]]
                for ind, name in zip(indicators, names, strict=True)
            ],
        )
        short = [ind.id for ind in indicators]
        show_chart(
            self.indicator_chart,
            bar_chart(
                self.tr("Contribution of each indicator to M0"),
                short,
                [
                    (self._area_name(r.area),
                     [r.measures.contribution.get(i, 0) for i in short])
                    for r in rows_all
                ],
                percent=True,
            ),
        )  # fmt: skip
        dims = [d.id for d in standard.dimensions]
        show_chart(
            self.dimension_chart,
            bar_chart(
                self.tr("Contribution of each dimension to M0"),
                [pick(d.names, lang) for d in standard.dimensions],
                [
                    (self._area_name(r.area),
                     [r.measures.contribution_by_dimension.get(d, 0) for d in dims])
                    for r in rows_all
                ],
                percent=True,
            ),
        )  # fmt: skip

    def _show_priority(self, report: AreaReport) -> None:
        self.priority_text.setText(
            self.tr(
                "Households in need, most severe status first, then the highest deprivation "
                "score, then the lowest income per person. Enter or double-click opens one."
            )
        )
        fill_table(
            self.priority_table,
            [self.tr("No."), self.tr("Unit"), self.tr("Block"), self.tr("Head of household"),
             self.tr("Members"), self.tr("Status"), self.tr("Score"),
             self.tr("Income per person")],
            [
                [self._num(p.rank), p.unit, p.block, i18n.isolate(p.head),
                 "" if p.size is None else self._num(p.size), p.label,
                 QLocale().toString(float(p.score), "f", 3),
                 "" if p.income is None else QLocale().toString(float(p.income), "f", 2)]
                for p in report.priority
            ],
            fit=False,
        )  # fmt: skip

    def _priority_activated(self, row: int, _column: int) -> None:
        if self.report is not None and 0 <= row < len(self.report.priority):
            self.household_chosen.emit(self.report.priority[row].household_id)

    def _show_profile(self, report: AreaReport) -> None:
        from app.survey.reports.profile import age_group_labels

        p = report.profile
        sexes = {"male": self.tr("Men"), "female": self.tr("Women")}
        citizenship = {
            "citizen": self.tr("Citizens"),
            "permanent_resident": self.tr("Permanent residents"),
            "foreign": self.tr("Foreign nationals"),
            "no_document": self.tr("No citizenship document"),
            "": self.tr("Not answered"),
        }
        rows = [
            [self.tr("Households interviewed"), self._num(p.households)],
            [self.tr("Persons"), self._num(p.persons)],
            [self.tr("Elderly people (60 or over) living alone"), self._num(p.elderly_alone)],
            [self.tr("Members with a disability"), self._num(p.with_disability)],
        ]
        for code, label in sexes.items():
            rows.append(
                [self.tr("Heads of household: %1").replace("%1", label),
                 self._num(p.heads_by_sex.get(code, 0))]
            )  # fmt: skip
        for code, count in sorted(p.citizenship.items()):
            rows.append([citizenship.get(code, code), self._num(count)])
        fill_table(self.profile_table, [self.tr("Who"), self.tr("Number")], rows)
        groups = age_group_labels()
        show_chart(
            self.pyramid_chart,
            bar_chart(
                self.tr("Population by age group and sex"),
                groups,
                [
                    (label, [p.by_age_sex.get((g, code), 0) for g in groups])
                    for code, label in sexes.items()
                ],
            ),
        )
        sizes = sorted(p.sizes)
        fill_table(
            self.sizes_table,
            [self.tr("Household size"), self.tr("Households")],
            [[self._num(s) + ("+" if s >= 6 else ""), self._num(p.sizes[s])] for s in sizes],
        )

    # -- map -----------------------------------------------------------------------------------

    def _build_map_tab(self) -> QWidget:
        from app.ui.reports.maps import ChoroplethView, SiteGridView

        self.site_label = QLabel()
        self.site_box = QComboBox(objectName="mapSite")
        self.site_label.setBuddy(self.site_box)
        self.site_box.activated.connect(lambda _i: self.load_site_grid())
        self.mode_label = QLabel()
        self.mode_box = QComboBox(objectName="mapMode")
        self.mode_label.setBuddy(self.mode_box)
        self.mode_box.addItem("", "poverty")
        self.mode_box.addItem("", "visit")
        for box in (self.site_box, self.mode_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_box.currentIndexChanged.connect(
            lambda _i: self.site_grid.set_mode(self.mode_box.currentData())
        )
        self.save_grid_button = QPushButton(objectName="saveGridPng")
        self.save_grid_button.clicked.connect(lambda: self.save_grid_png())
        self.grid_hint = QLabel(objectName="gridHint")
        self.grid_hint.setWordWrap(True)
        self.site_grid = SiteGridView()
        self.site_grid.household_chosen.connect(self.household_chosen)
        grid_scroll = QScrollArea()
        grid_scroll.setWidget(self.site_grid)
        grid_scroll.setMinimumHeight(300)
        self.boundaries_button = QPushButton(objectName="loadBoundaries")
        self.boundaries_button.clicked.connect(lambda: self.load_boundaries())
        self.save_choropleth_button = QPushButton(objectName="saveChoroplethPng")
        self.save_choropleth_button.clicked.connect(lambda: self.save_choropleth_png())
        self.save_choropleth_button.setEnabled(False)
        self.unmatched_text = QLabel(objectName="unmatchedText")
        self.unmatched_text.setWordWrap(True)
        self.choropleth = ChoroplethView()
        row = QHBoxLayout()
        for widget in (self.site_label, self.site_box, self.mode_label, self.mode_box,
                       self.save_grid_button):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.boundaries_button)
        row2.addWidget(self.save_choropleth_button)
        row2.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.grid_hint)
        layout.addWidget(grid_scroll, 1)
        layout.addLayout(row2)
        layout.addWidget(self.unmatched_text)
        layout.addWidget(self.choropleth, 1)
        self._boundaries_path: Path | None = None
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def _fill_sites(self, report: AreaReport) -> None:
        prefix = report.area.path_code if report.area is not None else ""
        current = self.site_box.currentData()
        self.site_box.clear()
        for path, level, name in self._areas:
            inside = not prefix or path == prefix or path.startswith(prefix + "/")
            if level == "site" and inside:
                self.site_box.addItem(f"{i18n.isolate_ltr(path)} — {name}", path)
        if report.area is not None and report.area.level in ("site", "block"):
            if self.site_box.findData(report.area.path_code) < 0:
                self.site_box.addItem(i18n.isolate_ltr(report.area.path_code),
                                      report.area.path_code)  # fmt: skip
        index = self.site_box.findData(current)
        self.site_box.setCurrentIndex(max(index, 0))
        if self.site_box.count():
            self.load_site_grid()

    def load_site_grid(self, site: str | None = None) -> None:
        """Draw the chosen site's units (off the UI thread)."""
        from app.survey.reports.mapdata import site_grid

        if site is not None:
            self.site_box.setCurrentIndex(max(self.site_box.findData(site), 0))
        path = self.site_box.currentData()
        if not path or self.report is None:
            return
        standard = self.report.standard

        def work(ctx: ops.OpContext) -> Any:
            with ctx.db.read() as conn:
                return site_grid(conn, path, standard)

        ops.QueryOp(parent=self, op=work, success=self._grid_loaded).run_in_background()

    def _grid_loaded(self, grid: Any) -> None:
        if self.report is not None:
            self.site_grid.show_grid(grid, self.report.standard, self.mode_box.currentData())

    def load_boundaries(self, path: str | Path | None = None) -> None:
        """Read a GeoJSON of area boundaries and colour each area by its share of households
        in need; codes found on one side only are listed under the map."""
        from app.survey.reports.mapdata import area_rates
        from app.survey.reports.mapdata import load_boundaries as read_shapes

        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self, self.tr("Area boundaries"), "", self.tr("GeoJSON (*.geojson *.json)")
            )
            if not chosen:
                return
            path = chosen
        source = Path(path)
        standard_id = self.standard_box.currentData() or None

        def work(ctx: ops.OpContext) -> Any:
            from app.survey.reports.standard import workspace_standard

            shapes = read_shapes(source)
            with ctx.db.read() as conn:
                standard = workspace_standard(conn, standard_id)
                return shapes, area_rates(conn, standard, [s.code for s in shapes]), standard

        ops.QueryOp(parent=self, op=work, success=self._boundaries_loaded).run_in_background()

    def _boundaries_loaded(self, loaded: Any) -> None:
        shapes, rates, standard = loaded
        lang = i18n.current_language()
        title = self.tr("Share of households in need under %1").replace(
            "%1", i18n.isolate(pick(standard.names, lang))
        )
        self.choropleth.show_map(shapes, rates, title)
        self.save_choropleth_button.setEnabled(True)
        notes = []
        if not rates.rates:
            notes.append(
                self.tr(
                    "No area of this workspace has a code the boundary file gives; check that "
                    "each feature's code property holds an area code such as LPT01."
                )
            )
        if rates.not_in_workspace:
            notes.append(
                self.tr("Boundaries with no area of that code in this workspace: %1.").replace(
                    "%1", i18n.isolate_ltr(", ".join(rates.not_in_workspace))
                )
            )
        if rates.no_boundary:
            notes.append(
                self.tr("Areas with no boundary in the file (not drawn): %1.").replace(
                    "%1", i18n.isolate_ltr(", ".join(rates.no_boundary))
                )
            )
        self.unmatched_text.setText("\n".join(notes))

    def save_grid_png(self, target: str | Path | None = None) -> Path | None:
        return self._save_png(self.site_grid, target, "site-map.png")

    def save_choropleth_png(self, target: str | Path | None = None) -> Path | None:
        return self._save_png(self.choropleth, target, "poverty-rates.png")

    def _save_png(self, widget: QWidget, target: str | Path | None, default: str) -> Path | None:
        if target is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save as PNG"), default, self.tr("PNG image (*.png)")
            )
            if not chosen:
                return None
            target = chosen
        path = Path(target)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not widget.grab().save(str(path), "PNG"):
            ops.show_error(
                self,
                self.tr("The picture could not be saved in %1; choose another folder.").replace(
                    "%1", i18n.isolate_ltr(str(path.parent))
                ),
            )
            return None
        self.message.setText(self.tr("Saved %1.").replace("%1", i18n.isolate_ltr(path.name)))
        return path

    # -- printable report ------------------------------------------------------------------------

    def save_pdf(self, target: str | Path | None = None) -> None:
        """Write the shown report, with the chosen site's map, as a PDF (A4, landscape)."""
        from app.survey.reports.mapdata import site_grid

        if self.report is None:
            return
        if target is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), "report.pdf", self.tr("PDF document (*.pdf)")
            )
            if not chosen:
                return
            target = chosen
        path = Path(target)
        site = self.site_box.currentData()
        standard = self.report.standard

        def work(ctx: ops.OpContext) -> Any:
            if not site:
                return None
            with ctx.db.read() as conn:
                return site_grid(conn, site, standard)

        ops.QueryOp(
            parent=self, op=work, success=lambda grid: self._write_pdf(path, grid)
        ).run_in_background()

    def _write_pdf(self, path: Path, grid: Any) -> None:
        from app.ui.reports.pdf import write_pdf

        if self.report is None:
            return
        pages = write_pdf(path, self.report, grid)  # a few pages: drawn in well under a second
        self.message.setText(
            self.tr("Saved %1: %2 pages.")
            .replace("%1", i18n.isolate_ltr(path.name))
            .replace("%2", self._num(pages))
        )

    # -- export ----------------------------------------------------------------------------------

    def export_xlsx(self, target: str | Path | None = None) -> None:
        """Export the chosen area to an Excel workbook (asks where when `target` is None), with
        a progress bar and Cancel; a cancelled export leaves no file."""
        from app.survey.reports.xlsx import ExportOptions, export_workbook

        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), "report.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            target = chosen
        path = Path(target)
        options = ExportOptions(
            area=self.area_box.currentData() or None,
            level=self.level_box.currentData() or "block",
            standard=self.standard_box.currentData() or None,
            lang=i18n.current_language(),
        )
        cancel = threading.Event()
        self._cancel = cancel

        def work(ctx: ops.OpContext) -> Any:
            return export_workbook(ctx.db, path, options, ctx.progress, cancel.is_set)

        self.export_button.setEnabled(False)
        self.export_progress.setRange(0, 0)
        self.export_progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.message.setText(self.tr("Exporting…"))
        ops.task_manager().submit(
            work, lambda result, error: self._exported(path, result, error), self._export_step
        )

    def _export_step(self, done: int, total: int) -> None:
        if is_alive(self.export_progress):
            self.export_progress.setRange(0, max(total, 1))
            self.export_progress.setValue(done)

    def cancel_export(self) -> None:
        """Stop the running export; it removes its unfinished file."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Stopping the export…"))

    def _exported(self, path: Path, summary: Any, error: BaseException | None) -> None:
        from app.survey.reports.xlsx import ExportCancelled

        if not is_alive(self):
            return
        self._cancel = None
        self.export_button.setEnabled(True)
        self.export_progress.hide()
        self.cancel_button.hide()
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("The export was stopped; no file was written."))
        elif error is not None:
            self.message.setText("")
            ops.show_error(self, ops.error_message(error))
        else:
            self.message.setText(
                self.tr("Saved %1: %2 households, %3 members.")
                .replace("%1", i18n.isolate_ltr(path.name))
                .replace("%2", self._num(summary.households))
                .replace("%3", self._num(summary.members))
            )
