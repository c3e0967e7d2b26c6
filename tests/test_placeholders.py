"""Translations keep their placeholders: a questionnaire text's `${field}` references and a score
explanation's `{name}` slots are the same in every language as in English (the interface's
`%1` / `{folder}` are checked in tests/ui/test_languages.py)."""

from __future__ import annotations

import re

import pytest

from app.survey.scoring.explain import _TEXT
from tests.test_glossary import LANGUAGES, questionnaire

REFERENCE = re.compile(r"\$\{\w+\}")
SLOT = re.compile(r"\{\w+\}")


def differs(pattern: re.Pattern[str], english: str, translated: str) -> bool:
    return sorted(pattern.findall(english)) != sorted(pattern.findall(translated))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_questionnaire_texts_keep_their_field_references(lang: str) -> None:
    """No label, hint or message of the questionnaire drops or adds a `${field}` reference."""
    texts = list(questionnaire(lang))
    assert sum("${" in english for _w, english, _t in texts) >= 4
    wrong = [where for where, en, tr in texts if differs(REFERENCE, en, tr)]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_explanation_phrases_keep_their_slots(lang: str) -> None:
    """Every phrase of the score explanation has the same `{slots}` as the English one."""
    wrong = [key for key, en in _TEXT["en"].items() if differs(SLOT, en, _TEXT[lang][key])]
    assert wrong == []
