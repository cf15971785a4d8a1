"""Negation words of each language, in form and in meaning."""

from __future__ import annotations

import pytest

from bilingua.lexicon.polarity import is_implicit_negation, is_negation


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("не", "uk"),
        ("ніколи", "uk"),
        ("ніякої", "uk"),
        ("ніяк", "uk"),
        ("жодного", "uk"),
        ("Немає", "uk"),
        ("not", "en"),
        ("don’t", "en"),
        ("can't", "en"),
        ("Never", "en"),
        ("unless", "en"),
    ],
)
def test_negations_in_form(word: str, lang: str) -> None:
    assert is_negation(word, lang)


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("ніяково", "uk"),  # awkward
        ("ніяковість", "uk"),  # embarrassment
        ("небо", "uk"),
        ("нині", "uk"),
        ("note", "en"),
        ("known", "en"),
        ("nobel", "en"),
    ],
)
def test_words_that_only_look_like_negations(word: str, lang: str) -> None:
    assert not is_negation(word, lang)


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("scarce", "en", True),
        ("failed", "en", True),
        ("without", "en", True),
        ("prevented", "en", True),
        ("until", "en", False),  # answers a negation beside it, holds none
        ("instead", "en", False),
        ("відмовилася", "uk", True),
        ("пропала", "uk", True),
        ("без", "uk", True),
        ("унікальний", "uk", False),  # уні-, not уни- (уникати)
        ("поки", "uk", False),
    ],
)
def test_negations_in_meaning(word: str, lang: str, expected: bool) -> None:
    assert is_implicit_negation(word, lang) is expected
