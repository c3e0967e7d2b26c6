"""Change between survey rounds: who entered or left each poverty status since the previous
round, and each indicator's deprivation rate round by round.

    report = rounds_report(conn, area="LPT01", standard_id=None)

A report is given for an area (by default each top-level area that has rounds): the rounds
that overlap it (of the area itself, of an area around it or of one inside it), oldest first.
In each round a household counts with its latest finished interview of that round, scored
afresh under the standard (the rule of every other report), so a round's figures over the
round's households equal `tinjau measure --round` (`round_answers` gives that command its
households). Rates are the ones `tinjau measure` gives per person: for a standard with
deprivation indicators each indicator's uncensored headcount ratio, for an income standard the
share of persons under each income line.

Round N is compared with round N-1 over the households inside the area: per status, how many
households were in it in each round, and among the households in both rounds how many entered
it, left it or stayed in it; households in round N only are new, those in round N-1 only were
not revisited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import Connection

from app.survey.errors import TinjauError
from app.survey.records.rounds import SurveyRound, list_rounds
from app.survey.reports.areas import Area, AreaTree
from app.survey.reports.coverage import DONE
from app.survey.reports.poverty import scored_households
from app.survey.reports.standard import workspace_standard
from app.survey.scoring import Measures, Standard, measure
from app.survey.scoring.model import pick


@dataclass
class RoundFigures:
    """One round over the households of the report's area."""

    round: SurveyRound
    measures: Measures
    statuses: dict[str, int]  # households per status code (every status of the standard)
    rates: dict[str, Fraction]  # indicator (or income line) id -> share of persons deprived
    unusable: int = 0  # finished interviews whose answers could not be scored

    @property
    def households(self) -> int:
        return sum(self.statuses.values())


@dataclass
class Transition:
    """One status between two rounds: households in it then and now, and among the households
    in both rounds, how many entered it, left it and stayed in it."""

    status: str
    before: int
    after: int
    entered: int
    left: int
    stayed: int


@dataclass
class RoundChange:
    previous: RoundFigures
    current: RoundFigures
    transitions: list[Transition]
    revisited: int  # households in both rounds
    new: int  # in the current round only
    not_revisited: int  # in the previous round only


@dataclass
class AreaRounds:
    area: Area
    rounds: list[RoundFigures]
    changes: list[RoundChange] = field(default_factory=list)


@dataclass
class RoundsReport:
    standard: Standard
    lang: str
    rate_kind: str  # "indicator" (deprivation indicators) or "line" (income lines)
    rate_names: dict[str, str]  # id -> label in `lang`, in the standard's order
    areas: list[AreaRounds]

    def status_name(self, code: str) -> str:
        for status in self.standard.statuses:
            if status.code == code:
                return pick(status.names, self.lang)
        return code


def _overlaps(area: Area, path: str) -> bool:
    mine = area.path_code
    return mine == path or mine.startswith(path + "/") or path.startswith(mine + "/")


def rate_names(standard: Standard, lang: str) -> tuple[str, dict[str, str]]:
    """("indicator", names) for a standard with deprivation indicators, else ("line", the
    income lines' names)."""
    if standard.indicators:
        return "indicator", {i.id: pick(i.names, lang) for i in standard.indicators}
    return "line", {line.id: pick(line.names, lang) for line in standard.lines}


def _rates(kind: str, measures: Measures) -> dict[str, Fraction]:
    if kind == "indicator":
        return dict(measures.uncensored_headcount)
    return {k: v for k, v in measures.income_poverty.items() if v is not None}


def rounds_report(
    conn: Connection,
    area: str | None = None,
    standard_id: str | None = None,
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> RoundsReport:
    """The rounds of `area` (a code or path; None: each top-level area with rounds) compared
    round by round under the standard `standard_id` (None: the workspace's)."""
    tree = AreaTree.load(conn)
    standard = workspace_standard(conn, standard_id)
    kind, names = rate_names(standard, lang)
    rounds = list_rounds(conn)
    rounds.sort(key=lambda r: (r.opened_on, r.id))
    if area is not None:
        sections = [tree.find(area)]
    else:
        roots = {r.area_path.split("/")[0] for r in rounds}
        sections = sorted(
            (a for a in tree.by_id.values() if a.parent_id is None and a.path_code in roots),
            key=lambda a: a.path_code,
        )
    plan = [(s, [r for r in rounds if _overlaps(s, r.area_path)]) for s in sections]
    steps = max(sum(len(found) for _s, found in plan), 1)
    done = 0
    out: list[AreaRounds] = []
    for section, found in plan:
        figures: list[RoundFigures] = []
        members: list[dict[str, str]] = []
        for one in found:
            figure, statuses = _round_figures(conn, tree, standard, section, one, kind, lang)
            figures.append(figure)
            members.append(statuses)
            done += 1
            if progress is not None:
                progress(done, steps)
        changes = [
            _change(standard, figures[i - 1], figures[i], members[i - 1], members[i])
            for i in range(1, len(figures))
        ]
        out.append(AreaRounds(section, figures, changes))
    if progress is not None:
        progress(steps, steps)
    return RoundsReport(standard, lang, kind, names, out)


def _round_figures(
    conn: Connection,
    tree: AreaTree,
    standard: Standard,
    section: Area,
    one: SurveyRound,
    kind: str,
    lang: str,
) -> tuple[RoundFigures, dict[str, str]]:
    """The round's figures and each of its households' status (household id -> status)."""
    scores = []
    status_of: dict[str, str] = {}
    unusable = 0
    for item in scored_households(conn, tree, standard, section, lang, round_id=one.id):
        if item.unusable:
            unusable += 1
        if item.score is None:
            continue
        scores.append(item.score)
        status_of[str(item.row["id"])] = item.score.status
    measures = measure(standard, scores)
    statuses = {s.code: measures.headcounts.get(s.code, (0, 0))[0] for s in standard.statuses}
    return (
        RoundFigures(one, measures, statuses, _rates(kind, measures), unusable),
        status_of,
    )


def _change(
    standard: Standard,
    previous: RoundFigures,
    current: RoundFigures,
    before: dict[str, str],
    after: dict[str, str],
) -> RoundChange:
    both = before.keys() & after.keys()
    transitions = []
    for status in standard.statuses:
        code = status.code
        entered = sum(1 for h in both if after[h] == code and before[h] != code)
        left = sum(1 for h in both if before[h] == code and after[h] != code)
        stayed = sum(1 for h in both if before[h] == code and after[h] == code)
        transitions.append(
            Transition(
                code,
                previous.statuses.get(code, 0),
                current.statuses.get(code, 0),
                entered,
                left,
                stayed,
            )  # fmt: skip
        )
    return RoundChange(
        previous, current, transitions, len(both), len(after.keys() - both),
        len(before.keys() - both),
    )  # fmt: skip


def round_answers(conn: Connection, ref: str) -> tuple[SurveyRound, list[dict[str, Any]]]:
    """The answers of each household's latest finished interview in the round `ref` (a name
    or id), as `tinjau measure --round` reads them."""
    from app.survey.records.rounds import find_round

    found = find_round(conn, ref)
    marks = ", ".join("?" * len(DONE))
    rows = conn.exec_driver_sql(
        "SELECT i.household_id, i.answers FROM interviews i JOIN households h "
        "ON h.id = i.household_id WHERE i.round_id = ? AND i.deleted_at IS NULL "
        f"AND h.deleted_at IS NULL AND i.status IN ({marks}) "
        "ORDER BY i.completed_at, i.id",
        (found.id, *DONE),
    ).all()
    latest: dict[str, str] = {}
    for household_id, answers in rows:
        latest[str(household_id)] = answers  # later ones replace earlier ones
    try:
        return found, [json.loads(answers) for answers in latest.values()]
    except ValueError:
        raise TinjauError(
            f"An interview of the round {found.name} holds answers that are not JSON; this "
            "data folder is damaged: restore it from a backup."
        ) from None


def share(value: Fraction | None) -> str:
    """A rate as a percentage with one decimal ("-" when there is none)."""
    return "-" if value is None else f"{float(value) * 100:.1f}%"
