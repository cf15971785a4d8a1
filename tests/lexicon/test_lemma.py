"""Dictionary lemmas from simplemma's lists, and what the lexicon look-up gains from them."""

from __future__ import annotations

import threading

import pytest

from bilingua.lexicon import Lexicon, default_lexicon
from bilingua.lexicon.lemma import en_lemma, uk_lemma


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("зброю", "зброя"),
        ("Харкова", "Харків"),
        ("Харкові", "Харків"),
        ("Зеленського", "Зеленський"),
        ("переможемо", "перемогти"),
        ("спілкуємося", "спілкуватися"),
        ("ночі", "ніч"),
        ("дому", "дім"),
    ],
)
def test_ukrainian_lemmas(form: str, lemma: str) -> None:
    assert uk_lemma(form) == lemma


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("sanctions", "sanction"), ("went", "go"), ("children", "child"), ("stopped", "stop")],
)
def test_english_lemmas(form: str, lemma: str) -> None:
    assert en_lemma(form) == lemma


def test_unknown_words_and_edge_cases() -> None:
    assert uk_lemma("Укренерго") == "укренерго"  # not in the lists: lowercased
    assert uk_lemma("") == en_lemma("") == ""
    assert uk_lemma("  зброю ") == "зброя"
    assert uk_lemma("И\u0306ого") == uk_lemma("Його")  # NFC first: decomposed й


def test_first_calls_from_many_threads_agree() -> None:
    uk_lemma.cache_clear()
    seen: list[str] = []
    threads = [threading.Thread(target=lambda: seen.append(uk_lemma("зброєю"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == ["зброя"] * 8


@pytest.fixture(scope="module")
def curated() -> Lexicon:
    return default_lexicon(learned=False)


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("переможемо", "перемогти"),  # the stems alone reach no verb from this future form
        ("людей", "люди"),  # the irregular table still comes first
        ("зробленої", "зробити"),  # a participle reaches its listed verb
        ("розстріляних", "розстріляти"),
    ],
)
def test_lexicon_look_up_reaches_the_lemma(curated: Lexicon, form: str, lemma: str) -> None:
    assert lemma in curated.lemmas_of(form)


def test_a_learned_lemma_does_not_hide_a_curated_one() -> None:
    # the lists lemmatise бої as бой, which only the learned table knows; the curated бій wins
    full = default_lexicon()
    assert full.lemmas_of("бої")[0] == "бій"
    assert full.match_kind("бої", "battles") == (1.0, "lexicon")


def test_a_tagger_lemma_comes_first(curated: Lexicon) -> None:
    assert curated.lemmas_of("мали", "малий")[:1] == ("малий",)
    assert curated.lemmas_of("мали") == ("мати",)  # the irregular table: a form of мати
