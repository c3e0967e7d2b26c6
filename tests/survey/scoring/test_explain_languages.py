"""The score explanation in Malay, Vietnamese and Persian uses the official words, and Persian
its own punctuation, currency names and place names."""

from __future__ import annotations

from app.survey.scoring import find_standard, score_household
from tests.survey.scoring.scoring_households import household

THREE = ["health_insurance", "latrine", "information_assets"]


def ekasih(lang: str) -> str:
    """The explanation for a poor Selangor household (RM 300 a person a month)."""
    answers = household(income=300, stratum="urban")
    answers["state"] = "selangor"
    return score_household(find_standard("my-ekasih-pgk"), answers, lang).explanation


def test_persian_names_the_currency_and_the_state_in_persian() -> None:
    """In Persian the income reads in "رینگیت" and the line's state as "سلانگور", with no code
    or Latin name left inside the right-to-left sentence."""
    text = ekasih("fa")
    assert "رینگیت" in text and "سلانگور" in text and "شهری" in text
    assert "RM" not in text and "Selangor" not in text


def test_malay_writes_per_capita_as_e_kasih_does() -> None:
    """Malay says "per kapita" for the income per person, as e-Kasih writes it, and "RM 300"."""
    assert "pendapatan per kapita RM 300 sebulan" in ekasih("ms")


def test_persian_separates_clauses_with_the_persian_semicolon() -> None:
    """Persian joins the income and the deprivations with a bare "و" and, before a third clause
    (an unanswered indicator), uses "؛", never ";"."""
    answers = household(THREE, income=1_000_000, stratum="rural")
    del answers["toilet_type"]
    text = score_household(find_standard("vn-2022-2025"), answers, "fa").explanation
    assert "\u061b " in text and ";" not in text
    assert " است و خانوار در " in text and "است\u060c و" not in text
    english = score_household(find_standard("vn-2022-2025"), answers).explanation
    assert "; no answer for hygienic latrine" in english


def test_vietnamese_and_malay_use_the_official_indicator_words() -> None:
    """Vietnamese says "bình quân đầu người" and Decree 07's indicator names; Malay "penunjuk"."""
    answers = household(THREE, income=1_350_000, stratum="rural")
    vi = score_household(find_standard("vn-2022-2025"), answers, "vi").explanation
    assert "thu nhập bình quân đầu người 1.350.000 VND mỗi tháng" in vi
    assert "phương tiện phục vụ tiếp cận thông tin" in vi
    ms = score_household(find_standard("vn-2022-2025"), answers, "ms").explanation
    assert "3 daripada 12 penunjuk" in ms and "tandas sanitari" in ms
