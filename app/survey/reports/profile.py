"""Who lives in an area, as community workers prepare it for their flats, and the households to
help first.

`area_profile` reads the members of each household's latest finished interview (the same
interview the poverty figures use): population by age group and sex, household sizes, elderly
people living alone, members with a disability, citizenship and heads of household by sex.
`priority_list` orders the scored households for assistance (most severe status first, then the
highest score, then the lowest income per person: app.survey.scoring.ranking).

The profile and the list hold no Qt: the desktop window, the PDF and the tests call them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import Connection, text

from app.survey.reports.areas import Area, AreaTree, household_filter
from app.survey.reports.coverage import DONE
from app.survey.reports.poverty import ScoredHousehold
from app.survey.scoring import Standard
from app.survey.scoring.ranking import priority_key

# Age groups, as [low, high] completed years (None: no upper bound).
AGE_GROUPS: tuple[tuple[int, int | None], ...] = (
    (0, 4), (5, 14), (15, 24), (25, 59), (60, None),
)  # fmt: skip
ELDERLY_AGE = 60
SIZE_TOP = 6  # households of this size or more are counted together ("6+")
UNKNOWN = ""  # the key for an answer that is missing


def age_group(age: int) -> str:
    """The label of the age group `age` falls in ("0-4", ..., "60+")."""
    for low, high in AGE_GROUPS:
        if high is None and age >= low:
            return f"{low}+"
        if high is not None and low <= age <= high:
            return f"{low}-{high}"
    return UNKNOWN


def age_group_labels() -> list[str]:
    return [f"{low}+" if high is None else f"{low}-{high}" for low, high in AGE_GROUPS]


@dataclass
class AreaProfile:
    """The people of the households with a finished interview inside one area."""

    households: int = 0
    persons: int = 0
    # (age group, sex) -> persons; sex is "male", "female" or "" when unanswered.
    by_age_sex: Counter[tuple[str, str]] = field(default_factory=Counter)
    # household size (1 .. SIZE_TOP, SIZE_TOP meaning that many or more) -> households
    sizes: Counter[int] = field(default_factory=Counter)
    elderly_alone: int = 0
    with_disability: int = 0
    citizenship: Counter[str] = field(default_factory=Counter)
    heads_by_sex: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "households": self.households,
            "persons": self.persons,
            "by_age_sex": {f"{g}|{s}": n for (g, s), n in sorted(self.by_age_sex.items())},
            "sizes": dict(sorted(self.sizes.items())),
            "elderly_alone": self.elderly_alone,
            "with_disability": self.with_disability,
            "citizenship": dict(sorted(self.citizenship.items())),
            "heads_by_sex": dict(sorted(self.heads_by_sex.items())),
        }


def _age(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _choice(value: Any) -> str:
    return value if isinstance(value, str) else UNKNOWN


def add_household(profile: AreaProfile, answers: dict[str, Any]) -> None:
    """Count one household's members (from its interview answers) into `profile`."""
    members = answers.get("members")
    if not isinstance(members, list):
        members = []
    members = [m for m in members if isinstance(m, dict)]
    profile.households += 1
    profile.persons += len(members)
    if members:
        profile.sizes[min(len(members), SIZE_TOP)] += 1
    for index, member in enumerate(members):
        age = _age(member.get("age"))
        sex = _choice(member.get("sex"))
        profile.by_age_sex[(age_group(age) if age is not None else UNKNOWN, sex)] += 1
        if member.get("disability") == "yes":
            profile.with_disability += 1
        profile.citizenship[_choice(member.get("citizenship"))] += 1
        if member.get("relationship") == "head" or (index == 0 and "relationship" not in member):
            profile.heads_by_sex[sex] += 1
    if len(members) == 1:
        age = _age(members[0].get("age"))
        if age is not None and age >= ELDERLY_AGE:
            profile.elderly_alone += 1


def area_profile(
    conn: Connection,
    tree: AreaTree,
    within: Area | None = None,
    progress: Callable[[int], None] | None = None,
) -> AreaProfile:
    """The profile of the households inside `within` (everywhere when None), from each one's
    latest finished interview; households never interviewed are not in it."""
    where, params = household_filter(tree, within)
    done = ", ".join(f"'{status}'" for status in DONE)
    result = conn.execute(
        text(
            "SELECT (SELECT j.answers FROM interviews j WHERE j.household_id = h.id "
            f"  AND j.deleted_at IS NULL AND j.status IN ({done}) "
            "  ORDER BY j.completed_at DESC, j.id DESC LIMIT 1) "
            f"FROM households h WHERE h.deleted_at IS NULL AND {where}"
        ),
        params,
    )
    profile = AreaProfile()
    seen = 0
    while rows := result.fetchmany(1000):
        for (raw,) in rows:
            if raw is None:
                continue
            try:
                answers = json.loads(raw)
            except ValueError:
                continue
            if isinstance(answers, dict):
                add_household(profile, answers)
        seen += len(rows)
        if progress is not None:
            progress(seen)
    return profile


@dataclass(frozen=True)
class PriorityRow:
    """One household of the priority list (personal data: shown, never logged)."""

    rank: int
    household_id: str
    unit: str
    block: str
    head: str
    size: int | None
    status: str
    label: str
    score: Fraction
    income: Fraction | None


def priority_list(
    standard: Standard,
    tree: AreaTree,
    households: Iterable[ScoredHousehold],
    statuses: set[str] | None = None,
) -> list[PriorityRow]:
    """The scored households in priority order for assistance; only those whose status is in
    `statuses` when it is given (the poor ones, say)."""
    scored = [
        item
        for item in households
        if item.score is not None and (statuses is None or item.score.status in statuses)
    ]
    scored.sort(key=lambda item: priority_key(standard, item.score))  # type: ignore[arg-type]
    rows = []
    for rank, item in enumerate(scored, 1):
        hs = item.score
        assert hs is not None
        block = tree.by_id.get(item.row["block_id"] or "")
        rows.append(
            PriorityRow(
                rank=rank,
                household_id=item.row["id"],
                unit=item.row["unit_code"] or "",
                block=block.code if block else "",
                head=item.row["head_name"] or "",
                size=hs.size,
                status=hs.status,
                label=hs.label,
                score=hs.score,
                income=hs.income,
            )
        )
    return rows
