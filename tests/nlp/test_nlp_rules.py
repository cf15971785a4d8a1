"""The rules backend: tokens, sentences and lemmas without any model."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingua.model import Sentence
from bilingua.nlp import Passage, annotate, rules


def toks(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in rules.tokenize(text)]


def sents(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in rules.sentences(text, Passage(0, len(text), lang))]


def check_invariants(text: str, sentences: list[Sentence]) -> None:
    previous = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.tokens, "a sentence without tokens"
        assert sentence.start == sentence.tokens[0].start
        assert sentence.end == sentence.tokens[-1].end
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
            assert token.start >= previous, "tokens overlap or go backwards"
            assert token.end > token.start
            previous = token.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Biden met the U.S. envoy.", ["Mr.", "Biden", "met", "the", "U.S.", "envoy", "."]),
        (
            "У 2022 р. було 1,4 млн тис. грн.",
            ["У", "2022", "р.", "було", "1,4", "млн", "тис.", "грн."],
        ),
        ("ст. 5 Конституції", ["ст.", "5", "Конституції"]),
        ("В. Зеленський сказав", ["В.", "Зеленський", "сказав"]),
        ("пам’ять і пам'ять, памʼять", ["пам’ять", "і", "пам'ять", ",", "памʼять"]),
        ("I don't know Russia's plan.", ["I", "don't", "know", "Russia's", "plan", "."]),
        ("a well-known долар-два", ["a", "well-known", "долар-два"]),
        ("cc @POTUS #StandWithUkraine now", ["cc", "@POTUS", "#StandWithUkraine", "now"]),
        ("see https://t.co/abc?x=1.", ["see", "https://t.co/abc?x=1", "."]),
        ("(www.president.gov.ua)", ["(", "www.president.gov.ua", ")"]),
        ("mail info@mfa.gov.ua!", ["mail", "info@mfa.gov.ua", "!"]),
        ("$2.75 billion, 30% and €5", ["$2.75", "billion", ",", "30%", "and", "€5"]),
        ("30-річний у 2022-му", ["30-річний", "у", "2022-му"]),
        ("Kyiv--the largest", ["Kyiv", "--", "the", "largest"]),
        ("Wait... what?! Yes…", ["Wait", "...", "what", "?!", "Yes", "…"]),
        (
            "flag 🇺🇦 ok 👍🏽 fam 👨\u200d👩\u200d👧 ❤️",
            ["flag", "🇺🇦", "ok", "👍🏽", "fam", "👨\u200d👩\u200d👧", "❤️"],
        ),
        ("«Слава Україні!»", ["«", "Слава", "Україні", "!", "»"]),
        ("и\u0306ого й\u0306", ["и\u0306ого", "й\u0306"]),
        ("co\u00adop zero\u200bwidth", ["co\u00adop", "zero\u200bwidth"]),
        ("March 6, 2022 ×", ["March", "6", ",", "2022", "×"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Biden spoke. Zelensky listened.", "en", ["Biden spoke.", "Zelensky listened."]),
        ("Is it? Yes! Done", "en", ["Is it?", "Yes!", "Done"]),
        ('He said "no." Then left.', "en", ['He said "no."', "Then left."]),
        ("Mr. Biden met Dr. Smith.", "en", ["Mr. Biden met Dr. Smith."]),
        ("The U.S. President spoke.", "en", ["The U.S. President spoke."]),
        ("Apples, pears etc. Then more.", "en", ["Apples, pears etc.", "Then more."]),
        ("It cost $2.75. Really.", "en", ["It cost $2.75.", "Really."]),
        ("Wait... and then it came.", "en", ["Wait... and then it came."]),
        ("Line one\n\nLine two", "en", ["Line one", "Line two"]),
        ("one line\nnext line", "en", ["one line\nnext line"]),
        (
            "В. Зеленський подякував. Байден відповів.",
            "uk",
            ["В. Зеленський подякував.", "Байден відповів."],
        ),
        ("У 2022 р. Президент заявив.", "uk", ["У 2022 р. Президент заявив."]),
        ("Ціна 1,4 млн грн. Це багато.", "uk", ["Ціна 1,4 млн грн.", "Це багато."]),
        ("«Дякую!» — сказав він.", "uk", ["«Дякую!» — сказав він."]),
        ("Дякую! 🇺🇦 Слава Україні!", "uk", ["Дякую!", "🇺🇦 Слава Україні!"]),
    ],
)
def test_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert sents(text, lang) == expected


def test_lemma_is_lowercase_nfc_without_invisible_marks() -> None:
    assert rules.lemma_of("України") == "україни"  # no passage language: no lemma lists
    assert rules.lemma_of("И\u0306ОГО") == "його"  # decomposed й becomes precomposed
    assert rules.lemma_of("co\u00adop") == "coop"
    assert rules.lemma_of("👨\u200d👩\u200d👧") == "👨\u200d👩\u200d👧"  # ZWJ inside emoji stays


@pytest.mark.parametrize(
    ("token", "lang", "lemma"),
    [
        ("зброю", "uk", "зброя"),
        ("Харкова", "uk", "Харків"),  # a name keeps its capital, as stanza's lemma does
        ("переможемо", "uk", "перемогти"),
        ("спілкуємося", "uk", "спілкуватися"),
        ("пам\u2019яті", "uk", "пам'ять"),  # the lists write the ASCII apostrophe
        ("went", "en", "go"),
        ("children", "en", "child"),
        ("NATO", "uk", "nato"),  # a Latin word in a Ukrainian passage is only lowercased
        ("зброю", "en", "зброю"),  # and a Cyrillic one in an English passage
        ("2022-го", "uk", "2022-го"),
    ],
)
def test_lemma_of_words_comes_from_the_lemma_lists(token: str, lang: str, lemma: str) -> None:
    assert rules.lemma_of(token, lang) == lemma


def test_sentences_carry_dictionary_lemmas() -> None:
    text = "Зброю передали до Харкова. The children went home."
    tokens = [t for s in rules.sentences(text, Passage(0, 26, "uk")) for t in s.tokens]
    assert [t.lemma for t in tokens] == ["зброя", "передати", "до", "Харків", "."]
    tokens = [t for s in rules.sentences(text, Passage(27, len(text), "en")) for t in s.tokens]
    assert [t.lemma for t in tokens] == ["the", "child", "go", "home", "."]


def test_passage_offsets_index_the_document() -> None:
    text = "Intro in English. «Привіт, світе.» More English."
    start = text.index("Привіт")
    end = text.index("»")
    out = annotate(text, [Passage(start, end, "uk")], backend="rules")
    assert [s.text for s in out] == ["Привіт, світе."]
    assert out[0].tokens[0].start == start
    assert all(t.upos is None for t in out[0].tokens)
    check_invariants(text, out)


def test_passage_boundaries_cut_tokens() -> None:
    text = "abcdef ghi"
    out = annotate(text, [Passage(2, 8, "en")], backend="rules")
    assert [t.text for t in out[0].tokens] == ["cdef", "g"]


def test_weird_whitespace_keeps_offsets() -> None:
    text = "Він\u00a0сказав:\r\n«Ми\tдякуємо»\u2028й\u0306ого 👍🏽\u200b. Next\u3000one."
    out = annotate(text, [Passage(0, len(text), "uk")], backend="rules")
    check_invariants(text, out)
    assert "«" in [t.text for s in out for t in s.tokens]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), st.data())
def test_invariants_on_any_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    out = annotate(text, [Passage(start, end, "en")], backend="rules")
    check_invariants(text, out)
    for sentence in out:
        assert start <= sentence.start and sentence.end <= end
    visible = sum(not ch.isspace() for ch in text[start:end])
    covered = sum(not ch.isspace() for s in out for t in s.tokens for ch in t.text)
    assert covered == visible, "every visible character is in some token"
