"""Poverty scoring: standards as data files, household status with reasons, Alkire-Foster measures.

    standard = find_standard("vn-2022-2025")
    result = score_household(standard, answers, lang="vi")   # status, label, deprived, explanation
    measures = measure(standard, scores, k=None, unit="person")

No rule lives in Python: each standard is a TOML file in resources/standards/ (docs/standards.md).
"""

from __future__ import annotations

from app.survey.scoring.loader import load_standard_file, load_standard_text
from app.survey.scoring.measures import Measures, group_keys, measure, measure_by_area
from app.survey.scoring.model import INSUFFICIENT_DATA, LANGUAGES, Standard
from app.survey.scoring.numbers import UnusableAnswers
from app.survey.scoring.ranking import priority_key, rank
from app.survey.scoring.reader import parse_fraction
from app.survey.scoring.registry import find_standard, shipped_standards
from app.survey.scoring.result import HouseholdScore, needs_rescore, score_household, score_many

__all__ = [
    "INSUFFICIENT_DATA",
    "LANGUAGES",
    "HouseholdScore",
    "Measures",
    "Standard",
    "UnusableAnswers",
    "find_standard",
    "group_keys",
    "load_standard_file",
    "load_standard_text",
    "measure",
    "measure_by_area",
    "needs_rescore",
    "parse_fraction",
    "priority_key",
    "rank",
    "score_household",
    "score_many",
    "shipped_standards",
]
