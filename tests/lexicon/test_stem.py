"""Stemmers: the forms of one word meet at one stem; different words stay apart."""

from __future__ import annotations

import pytest

from bilingua.lexicon import en_stem, uk_stem
from bilingua.lexicon.stem import is_verb_lemma, normalize_apostrophes, uk_verb_stem

UK_SAME = [
    ("безпеки", "безпека", "безпекою", "безпеку"),
    ("України", "Україна", "Україні", "Україну", "Україною", "УКРАЇНИ"),
    ("діалогу", "діалог", "діалогом"),
    ("підтримки", "підтримка", "підтримку", "підтримкою"),
    ("фінансової", "фінансовий", "фінансових", "фінансовими", "фінансовому", "фінансова"),
    ("санкційної", "санкційний", "санкційних", "санкційними"),
    ("санкції", "санкцій", "санкціями", "санкція", "санкцію"),
    ("Росія", "Росії", "Росією", "Росію"),
    ("рішення", "рішень", "рішенням"),
    ("Маріуполь", "Маріуполя", "Маріуполі"),
    ("Зеленський", "Зеленського", "Зеленському", "Зеленським"),
    ("знає", "знають"),
    ("фінансує", "фінансують"),
    ("говорить", "говорять"),
    ("незалежність", "незалежності", "незалежністю"),
    ("участь", "участі", "участю"),
    ("смерть", "смерті"),
    ("депутати", "депутат", "депутатів", "депутатами"),
    ("скандали", "скандал", "скандалу"),
    ("ракети", "ракета", "ракету"),
    ("результати", "результат", "результатів"),
    ("доларів", "долара", "долари", "долар"),
    ("мільйонів", "мільйона", "мільйон", "мільйони"),
    ("політично", "політичний"),
    ("сім’я", "сім'я", "сімʼя", "сім`я"),
    ("зустрівся", "зустрів"),
]
UK_VERB_SAME = [
    ("говорити", "говорить", "говорив", "говорила", "говорили"),
    ("сказав", "сказала", "сказати", "сказали"),
    ("знати", "знає", "знають", "знав"),
    ("фінансувати", "фінансує", "фінансують", "фінансував"),
    ("зустрітися", "зустрівся", "зустрілися"),
]


@pytest.mark.parametrize("forms", UK_VERB_SAME, ids=lambda forms: forms[0])
def test_uk_verb_forms_share_a_verb_stem(forms: tuple[str, ...]) -> None:
    stems = {uk_verb_stem(form) for form in forms}
    assert len(stems) == 1, stems


@pytest.mark.parametrize(
    ("lemma", "verb"),
    [
        ("говорити", True),
        ("могти", True),
        ("зустрітися", True),
        ("смерть", False),
        ("робота", False),
    ],
)
def test_is_verb_lemma(lemma: str, verb: bool) -> None:
    assert is_verb_lemma(lemma) is verb


UK_DIFFERENT = [
    ("безпека", "безпечний"),
    ("Україна", "Росія"),
    ("санкція", "санкційний"),
    ("діалог", "діло"),
    ("депутат", "депо"),
]


@pytest.mark.parametrize("forms", UK_SAME, ids=lambda forms: forms[0])
def test_uk_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    stems = {uk_stem(form) for form in forms}
    assert len(stems) == 1, stems


@pytest.mark.parametrize(("a", "b"), UK_DIFFERENT)
def test_uk_different_words_differ(a: str, b: str) -> None:
    assert uk_stem(a) != uk_stem(b)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("безпеки", "безпек"),
        ("України", "україн"),
        ("діалогу", "діалог"),
        ("фінансової", "фінансов"),
        ("санкційної", "санкційн"),
        ("Київ", "київ"),  # -ів would leave two letters
        ("США", "сша"),
        ("ЗСУ", "зсу"),
        ("сім'я", "сім’"),
    ],
)
def test_uk_stem_values(word: str, stem: str) -> None:
    assert uk_stem(word) == stem


@pytest.mark.parametrize("word", ["сила", "мама", "рух", "ніж", "ти", "я", ""])
def test_uk_stem_keeps_three_letters(word: str) -> None:
    stem = uk_stem(word)
    assert len(stem) >= min(3, len(word))
    assert word.lower().startswith(stem)


def test_uk_stem_leaves_latin_and_digits_lowercased() -> None:
    assert uk_stem("NATO") == "nato"
    assert uk_stem("2022") == "2022"


def test_normalize_apostrophes_keeps_length() -> None:
    text = "п'ять пʼять п`ять"
    assert normalize_apostrophes(text) == "п’ять п’ять п’ять"


EN_SAME = [
    ("dialogue", "dialog", "dialogues", "dialogs"),
    ("defence", "defense", "defences"),
    ("sanctions", "sanction", "sanctioned"),
    ("agree", "agreed", "agrees", "agreeing"),
    ("increase", "increased", "increases", "increasing"),
    ("stop", "stopped", "stopping", "stops"),
    ("country", "countries", "country's"),
    ("family", "families"),
    ("tax", "taxes"),
    ("church", "churches"),
    ("Ukraine", "Ukraine's", "Ukraine’s", "UKRAINE"),
    ("report", "reported", "reportedly", "reports"),
    ("quick", "quickly"),
    ("call", "called", "calling"),
    ("organise", "organize", "organising", "organizing", "organised"),
    ("organisation", "organization"),
    ("centre", "center", "centres"),
    ("programme", "program", "programmes"),
    ("honour", "honor", "honours"),
    ("travelled", "traveled", "travel"),
    ("run", "running", "runs"),
    ("Kiev", "Kyiv"),
    ("states", "state"),
    ("forces", "force"),
]
EN_DIFFERENT = [
    ("us", "use"),
    ("state", "statement"),
    ("security", "secure"),
    ("news", "newspaper"),
]


@pytest.mark.parametrize("forms", EN_SAME, ids=lambda forms: forms[0])
def test_en_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    stems = {en_stem(form) for form in forms}
    assert len(stems) == 1, stems


@pytest.mark.parametrize(("a", "b"), EN_DIFFERENT)
def test_en_different_words_differ(a: str, b: str) -> None:
    assert en_stem(a) != en_stem(b)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("sanctions", "sanction"),
        ("security", "security"),
        ("being", "be"),  # an irregular form of "be", not "be" + -ing
        ("string", "string"),  # no vowel before -ing
        ("this", "this"),
        ("analysis", "analysis"),
        ("programmed", "program"),  # -ed stripped, then undoubled
        ("passed", "pass"),
    ],
)
def test_en_stem_values(word: str, stem: str) -> None:
    assert en_stem(word) == stem


def test_stems_are_idempotent_on_common_words() -> None:
    for word in ("безпеки", "України", "діалогу", "фінансової", "санкцій", "говорила"):
        assert uk_stem(uk_stem(word)) == uk_stem(word)
    for word in ("sanctions", "security", "dialogues", "stopped", "reportedly", "countries"):
        assert en_stem(en_stem(word)) == en_stem(word)


@pytest.mark.parametrize(
    ("form", "base"),
    [("done", "do"), ("could", "can"), ("went", "go"), ("children", "child"), ("fought", "fight")],
)
def test_en_stem_maps_irregular_forms_to_their_base(form: str, base: str) -> None:
    assert en_stem(form) == en_stem(base)
