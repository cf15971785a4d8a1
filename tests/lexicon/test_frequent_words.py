"""Frequent words of the core lexicon (second pass) match through their inflected forms, and a
bare form that is no verb form does not fall through to a verb lemma (вид is not видати)."""

from __future__ import annotations

import pytest

from bilingua.lexicon import Lexicon, default_lexicon
from bilingua.lexicon._core import verb_stems


@pytest.fixture(scope="module")
def core() -> Lexicon:
    return default_lexicon(learned=False)


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        ("вид", "type"),
        ("вид", "view"),
        ("види", "species"),
        ("виду", "kind"),
        ("діяльність", "activity"),
        ("діяльності", "activities"),
        ("потрібен", "needed"),
        ("потрібна", "necessary"),
        ("потрібно", "need"),
        ("господарський", "economic"),
        ("господарської", "business"),
        ("чай", "tea"),
        ("чаю", "tea"),
        ("зроблю", "do"),
        ("зроблять", "make"),
        ("аналіз", "test"),
        ("аналізи", "tests"),
        ("ходжу", "walk"),  # д → дж
        ("прошу", "ask"),  # с → ш
        ("заплатимо", "pay"),  # заплачу is заплакати (cry) to the lemma lists: a homograph
        ("їжджу", "drive"),  # зд → ждж
        ("підходу", "approach"),
        ("доступу", "access"),
        ("принципи", "principles"),
        ("сфері", "sphere"),
        ("покоління", "generation"),
        ("можливостей", "opportunities"),
        ("використання", "use"),
        ("запропонував", "proposed"),
        ("розташований", "located"),
        ("опинилися", "found"),
        ("позбутися", "rid"),
        ("забрали", "took"),
        ("займає", "occupies"),
        ("виготовляють", "manufacture"),
        ("приємно", "nice"),
        ("дивно", "strange"),
        ("негативні", "negative"),
        ("своєчасно", "time"),
        ("колеса", "wheel"),
        ("двигуна", "engine"),
        ("порадою", "advice"),
        ("заповіт", "will"),
        ("розвагами", "entertainment"),
    ],
)
def test_frequent_words_match_through_their_forms(core: Lexicon, uk: str, en: str) -> None:
    assert core.match(uk, en) > 0.0, (uk, en, sorted(core.translations_of(uk)))


@pytest.mark.parametrize(
    ("uk", "wrong"),
    [
        ("вид", "issue"),  # the noun вид, not the verb видати
        ("вид", "publish"),
        ("виду", "issue"),
        ("потрібно", "it"),  # "it is necessary" no longer lends "it" and "is"
        ("потрібно", "is"),
        ("можна", "it"),
        ("пісні", "lean"),  # songs, not a lean (пісний) diet
        ("пори", "ferry"),
    ],
)
def test_no_false_sense(core: Lexicon, uk: str, wrong: str) -> None:
    assert core.match(uk, wrong) == 0.0


def test_a_bare_stem_does_not_reach_a_verb() -> None:
    lexicon = Lexicon.from_entries([("видати", "issue"), ("планувати", "plan")])
    # a form with a verb ending still reaches the verb
    assert lexicon.translations_of("видав") == {"issue"}
    assert lexicon.translations_of("видала") == {"issue"}
    assert lexicon.translations_of("планує") == {"plan"}
    # a bare stem is no verb form: not видати, not планувати
    assert lexicon.translations_of("вид") == frozenset()
    assert lexicon.translations_of("план") == frozenset()
    assert lexicon.match("вид", "issue") == 0.0


def test_consonant_change_of_the_first_person() -> None:
    assert "зробл" in verb_stems("зробити")
    assert "ходж" in verb_stems("ходити")
    assert "їжджу"[:-1] in verb_stems("їздити")
    lexicon = Lexicon.from_entries([("зробити", "make"), ("любити", "love")])
    assert lexicon.translations_of("зроблю") == {"make"}
    assert lexicon.translations_of("люблять") == {"love"}
    assert lexicon.translations_of("зробимо") == {"make"}
