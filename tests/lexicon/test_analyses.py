"""A form is tried under several analyses (every ending that matches, then the alternations of
the last syllable) until one reaches a lemma that fits: frequent forms whose longest ending
misleads (зброю), whose stem alternates (дому, осіб, жінок, друзі) or is short (дії) reach it."""

from __future__ import annotations

import pytest

from bilingua.lexicon import Lexicon, default_lexicon
from bilingua.lexicon.stem import uk_alternant_stems, uk_analyses, uk_stem, uk_stems


@pytest.fixture(scope="module")
def core() -> Lexicon:
    return default_lexicon(learned=False)


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        ("зброю", "weapons"),  # збр + ою, or зброй + ю: the second is зброя's
        ("зброї", "arms"),
        ("програми", "program"),  # прогр + ами, or програм + и
        ("свідому", "conscious"),
        ("працює", "works"),  # -ювати verbs: працюю, працює, працюють
        ("працюють", "work"),
        ("малює", "draws"),
        ("дому", "home"),  # о of an opened syllable, і when closed: дім
        ("боку", "side"),
        ("ночі", "night"),  # not ночувати
        ("коня", "horse"),
        ("столу", "table"),
        ("осіб", "persons"),  # і of a closed syllable, о when opened: особа
        ("робіт", "work"),
        ("доріг", "roads"),
        ("жінок", "women"),  # a vowel put in the genitive plural
        ("сестер", "sisters"),
        ("пісень", "songs"),
        ("вітру", "wind"),  # a fleeting vowel of the lemma: вітер
        ("друзі", "friends"),  # г → з before -і and in the plural
        ("друзів", "friends"),
        ("дії", "actions"),  # a short -ія noun: дія
        ("дію", "action"),
        ("мрії", "dreams"),
        ("бої", "battles"),  # бій: бою, бої, боїв
        ("очей", "eyes"),
    ],
)
def test_frequent_forms_reach_their_lemma(core: Lexicon, uk: str, en: str) -> None:
    assert core.match(uk, en) > 0.0, (uk, en, sorted(core.translations_of(uk)))


@pytest.mark.parametrize(
    ("uk", "wrong"),
    [
        ("ночі", "overnight"),  # ніч, not ночувати
        ("друзі", "second"),  # друг, not другий (an adjective is no bare lemma)
        ("коня", "cinema"),  # кінь, not кіно
        ("робіт", "robot"),  # робота: a closed і reaches a lemma with an ending only
        ("доріг", "expensive"),  # дорога, not дорогий
        ("Пеппа", "priest"),  # a doubled consonant: a name, not a form of піп
        ("поділюсь", "Podil"),  # the old collisions stay away
        ("році", "river"),
        ("малі", "Mali"),
    ],
)
def test_weak_analyses_do_not_capture(core: Lexicon, uk: str, wrong: str) -> None:
    assert core.match(uk, wrong) == 0.0


def test_analyses_in_order() -> None:
    assert uk_stems("зброю") == ("збр", "зброй", "зброю")
    assert uk_stems("зброю")[0] == uk_stem("зброю")
    assert uk_analyses("дії") == (("дії", ""), ("дій", "ї"))
    assert uk_stems("Програми")[:2] == ("прогр", "програм")
    assert dict(uk_alternant_stems("дому"))["дім"] == ("", "ь")
    assert "особ" in dict(uk_alternant_stems("осіб"))
    assert "жінк" in dict(uk_alternant_stems("жінок"))
    assert "друг" in dict(uk_alternant_stems("друзі"))
    assert "бік" in dict(uk_alternant_stems("боці"))  # ц → к, then о → і
    assert uk_alternant_stems("Пеппа") == ()
    assert uk_alternant_stems("дому дому") == ()


def test_mechanism_on_a_small_lexicon() -> None:
    lexicon = Lexicon.from_entries(
        [
            ("зброя", "weapon"),
            ("дім", "house"),
            ("кіно", "cinema"),
            ("кінь", "horse"),
            ("особа", "person"),
            ("жінка", "woman"),
            ("друг", "friend"),
            ("другий", "second"),
            ("дія", "action"),
            ("ніч", "night"),
            ("ночувати", "stay overnight"),
            ("працювати", "work"),
            ("бік", "side"),
        ]
    )
    assert lexicon.translations_of("зброю") == {"weapon"}
    assert lexicon.translations_of("дому") == {"house"}
    assert lexicon.translations_of("коня") == {"horse"}
    assert lexicon.translations_of("осіб") == {"person"}
    assert lexicon.translations_of("жінок") == {"woman"}
    assert lexicon.translations_of("друзі") == {"friend"}
    assert lexicon.translations_of("дії") == {"action"}
    assert lexicon.translations_of("ночі") == {"night"}
    assert lexicon.translations_of("ночував") == {"stay overnight"}
    assert lexicon.translations_of("працює") == {"work"}
    assert lexicon.translations_of("працювали") == {"work"}
    assert lexicon.translations_of("боці") == {"side"}
    # plain analyses come first: a lemma reached by a stem needs no alternation
    assert lexicon.translations_of("кіно") == {"cinema"}
    assert lexicon.translations_of("дім") == {"house"}
    # a verb-only form never takes a weak noun analysis
    assert lexicon.translations_of("працюють") == {"work"}
