"""The glossary (resources/translations/glossary.csv) holds the official word for each concept in
Malay, Vietnamese and Persian; the interface, the questionnaire, the standards and the score
explanation must use it, and never a variant the glossary lists as wrong."""

from __future__ import annotations

import csv
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import openpyxl
import pytest

from app.paths import ROOT
from app.survey.reports.words import VALUES, WORDS
from app.survey.scoring.explain import _TEXT

GLOSSARY = ROOT / "resources" / "translations" / "glossary.csv"
LANGUAGES = ("ms", "vi", "fa")
FORM_LANGUAGES = {
    "en": "English (en)",
    "ms": "Malay (ms)",
    "vi": "Vietnamese (vi)",
    "fa": "Persian (fa)",
}
TRANSLATED_COLUMNS = ("label", "hint", "required_message", "constraint_message")
# Direction isolates and mnemonic ampersands are not part of the words.
INVISIBLE = str.maketrans("", "", "\u2066\u2067\u2068\u2069&")

Pair = tuple[str, str, str]  # (where, English, translation)


def rows() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def clean(text: str) -> str:
    return text.translate(INVISIBLE).casefold()


def interface(lang: str) -> Iterator[Pair]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"tinjau_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            yield (
                f"tinjau_{lang}.ts {context.findtext('name')}",
                source,
                (message.findtext("translation") or ""),
            )


def questionnaire(lang: str) -> Iterator[Pair]:
    book = openpyxl.load_workbook(ROOT / "resources" / "forms" / "household.xlsx", read_only=True)
    for sheet in ("survey", "choices"):
        table = list(book[sheet].iter_rows(values_only=True))
        header = [str(cell) for cell in table[0]]
        for number, row in enumerate(table[1:], start=2):
            cells = dict(zip(header, row, strict=True))
            for base in TRANSLATED_COLUMNS:
                english = cells.get(f"{base}::{FORM_LANGUAGES['en']}")
                if english:
                    yield (
                        f"household.xlsx {sheet}!{number} {base}",
                        str(english),
                        str(cells.get(f"{base}::{FORM_LANGUAGES[lang]}") or ""),
                    )


def standards(lang: str) -> Iterator[Pair]:
    def walk(node: object, where: str) -> Iterator[Pair]:
        if isinstance(node, dict):
            if isinstance(node.get("en"), str):
                # A name with no word in this language falls back to English (state names).
                yield where, node["en"], node.get(lang, node["en"])
            for key, value in node.items():
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}[{index}]")

    for path in sorted((ROOT / "resources" / "standards").glob("*.toml")):
        yield from walk(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def explanation(lang: str) -> Iterator[Pair]:
    for key, english in _TEXT["en"].items():
        yield f"explain.py {key}", english, _TEXT[lang][key]


def workbook(lang: str) -> Iterator[Pair]:
    """The headers and labels of the exported workbook (app/survey/reports/words.py)."""
    index = LANGUAGES.index(lang) + 1  # the tables are (en, ms, vi, fa)
    for table in (WORDS, VALUES):
        for key, texts in table.items():
            yield f"words.py {key}", texts[0], texts[index]


def every_text(lang: str) -> list[Pair]:
    return [
        *interface(lang), *questionnaire(lang), *standards(lang), *explanation(lang),
        *workbook(lang),
    ]  # fmt: skip


def mentions(english: str, term: str) -> bool:
    """The English text speaks of `term` (a word start; "near-poor" reads as "near poor")."""
    words = english.replace("-", " ").casefold()
    return re.search(r"\b" + re.escape(term.casefold()), words) is not None


def test_the_glossary_is_complete_and_cites_its_sources() -> None:
    """Every concept has its word in English, Malay, Vietnamese and Persian and a source; each
    wrong variant names one of the three languages."""
    concepts = rows()
    assert len(concepts) >= 20
    assert list(concepts[0]) == ["concept", "en", "ms", "vi", "fa", "source", "avoid"]
    for row in concepts:
        assert all(row[column].strip() for column in ("concept", "en", *LANGUAGES, "source")), row
        for variant in filter(None, row["avoid"].split("|")):
            lang, _, word = variant.partition(":")
            assert lang in LANGUAGES and word, row["concept"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_that_names_a_concept_uses_the_glossarys_word(lang: str) -> None:
    """Where the English interface, questionnaire, standard or explanation names a concept of
    the glossary, the translation uses the glossary's word for it."""
    texts = every_text(lang)
    assert len(texts) > 500
    wrong = [
        f"{where}: {english!r} -> {translated!r} lacks {row[lang]!r} ({row['concept']})"
        for row in rows()
        for where, english, translated in texts
        if any(mentions(english, term) for term in row["en"].split("|"))
        and clean(row[lang]) not in clean(translated)
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_uses_a_variant_the_glossary_rejects(lang: str) -> None:
    """No translation anywhere uses a word the glossary lists as wrong for that language."""
    avoid = [
        (word, row["concept"])
        for row in rows()
        for variant in filter(None, row["avoid"].split("|"))
        for code, _, word in [variant.partition(":")]
        if code == lang
    ]
    wrong = [
        f"{where}: {translated!r} uses {word!r} (glossary: {concept})"
        for where, _english, translated in every_text(lang)
        for word, concept in avoid
        if clean(word) in clean(translated)
    ]
    assert wrong == []


def test_texts_read_from_every_place_the_glossary_covers() -> None:
    """The check reads the interface, the questionnaire, the standards, the explanation and
    the exported workbook's headers."""
    places = {where.split()[0].split(".")[0] for where, _e, _t in every_text("ms")}
    assert {"tinjau_ms", "household", "explain", "words"} <= places
    assert any(place.endswith("-pgk") or place.startswith("vn-") for place in places)
