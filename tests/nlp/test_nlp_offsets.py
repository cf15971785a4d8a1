"""Mapping a pipeline's tokens back onto the text, whatever offsets and text it reports.

These use stand-ins for stanza's Document/Sentence/Token/Word, so they run without models;
the same code runs on real stanza output in test_nlp_stanza_tiny.py.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingua.nlp import Passage
from bilingua.nlp._offsets import locate
from bilingua.nlp.stanza_backend import _sentences


def word(
    text: str, lemma: str | None = None, upos: str | None = "X", feats: str | None = None
) -> Any:
    return SimpleNamespace(
        text=text, lemma=lemma if lemma is not None else text.lower(), upos=upos, feats=feats
    )


def token(text: str, start: int | None, end: int | None, words: list[Any] | None = None) -> Any:
    return SimpleNamespace(
        text=text, start_char=start, end_char=end, words=words or [word(text)], ner=None
    )


def doc(*sentences: list[Any]) -> Any:
    return SimpleNamespace(sentences=[SimpleNamespace(tokens=toks) for toks in sentences])


# --- locate ----------------------------------------------------------------------------------


def test_good_offsets_are_kept() -> None:
    assert locate("ab cd", "cd", (3, 5), 0, 5) == (3, 5)


def test_missing_offsets_forward_search() -> None:
    assert locate("ab \u00a0\t cd", "cd", (None, None), 2, 8) == (6, 8)


def test_wrong_offsets_forward_search() -> None:
    assert locate("ab cd ef", "cd", (5, 7), 2, 8) == (3, 5)


def test_never_goes_back_before_the_cursor() -> None:
    # "ab" also occurs before the cursor; the token must be the later one
    assert locate("ab ab", "ab", (0, 2), 2, 5) == (3, 5)


@pytest.mark.parametrize(
    ("text", "reported", "expected"),
    [
        ("x й\u0306ого y", "його", "й\u0306ого"),  # pipeline composed и + U+0306
        ("x и\u0306 y", "и", "и\u0306"),  # pipeline dropped the combining mark
        ("x 1\u00a0000 y", "1 000", "1\u00a0000"),  # NBSP inside a token reported as a space
        ("x a\r\nb y", "a\nb", "a\r\nb"),  # CRLF reported as LF
        ("x ﬁne y", "fine", "ﬁne"),  # ligature decomposed (NFKC)
        ("x 👨\u200d👩 y", "👨👩", "👨\u200d👩"),  # zero-width joiner dropped
        ("x Ｆｕｌｌ y", "Full", "Ｆｕｌｌ"),  # fullwidth folded
    ],
)
def test_normalised_tokens_map_to_the_original_characters(
    text: str, reported: str, expected: str
) -> None:
    span = locate(text, reported, (None, None), 1, len(text) - 2)
    assert span is not None
    assert text[span[0] : span[1]] == expected


def test_unfindable_token_snaps_to_reported_offsets_inside_the_passage() -> None:
    text = "aaa bbb ccc"
    # the pipeline reports text that is nowhere in the passage: keep its offsets, clamped
    assert locate(text, "zzz", (4, 7), 0, len(text)) == (4, 7)
    assert locate(text, "zzz", (9, 40), 4, 10) == (9, 10)


def test_unfindable_token_without_offsets_takes_its_length_from_the_cursor() -> None:
    assert locate("  qqq rest", "zz", (None, None), 0, 10) == (2, 4)


def test_nothing_left_gives_none() -> None:
    assert locate("abc   ", "zz", (None, None), 3, 6) is None
    assert locate("abc", "", (0, 0), 0, 3) is None


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=40),
    reported=st.text(max_size=8),
    hint=st.tuples(st.none() | st.integers(-5, 50), st.none() | st.integers(-5, 50)),
    data=st.data(),
)
def test_locate_always_returns_a_valid_span(
    text: str, reported: str, hint: tuple[int | None, int | None], data: st.DataObject
) -> None:
    cursor = data.draw(st.integers(0, len(text)))
    limit = data.draw(st.integers(cursor, len(text)))
    span = locate(text, reported, hint, cursor, limit)
    if span is not None:
        assert cursor <= span[0] < span[1] <= limit


# --- stanza output to Sentences ----------------------------------------------------------------


def test_passage_relative_offsets_become_document_offsets() -> None:
    text = "English first. Привіт світе. Кінець."
    start = text.index("Привіт")
    passage = Passage(start, len(text), "uk")
    out = _sentences(
        text,
        passage,
        doc(
            [token("Привіт", 0, 6), token("світе", 7, 12), token(".", 12, 13)],
            [token("Кінець", 14, 20), token(".", 20, 21)],
        ),
    )
    assert [s.text for s in out] == ["Привіт світе.", "Кінець."]
    assert out[0].start == start and out[0].lang == "uk"
    assert [t.start for t in out[1].tokens] == [start + 14, start + 20]


def test_multi_word_token_joins_word_values() -> None:
    text = "I don't know"
    words = [
        word("do", "do", "AUX", "Mood=Ind|Tense=Pres"),
        word("n't", "not", "PART", None),
    ]
    out = _sentences(
        text,
        Passage(0, len(text), "en"),
        doc([token("I", 0, 1), token("don't", 2, 7, words), token("know", 8, 12)]),
    )
    dont = out[0].tokens[1]
    assert (dont.text, dont.lemma, dont.upos, dont.feats) == (
        "don't",
        "do+not",
        "AUX+PART",
        "Mood=Ind|Tense=Pres+_",
    )
    single = out[0].tokens[0]
    assert (single.lemma, single.upos, single.feats) == ("i", "X", None)


def test_broken_offsets_and_normalised_text_keep_the_invariant() -> None:
    text = "Він\u00a0сказав:\r\n«й\u0306ого»\t👍🏽\u200d кінець."
    passage = Passage(0, len(text), "uk")
    reported = [
        token("Він", None, None),
        token("сказав", 40, 46),  # offsets from nowhere
        token(":", 9, 10),
        token("«", None, 12),
        token("його", 12, 16),  # NFC of what the text has
        token("»", 17, 18),
        token("👍🏽", None, None),
        token("кінець", 3, 9),  # offsets before the cursor
        token(".", 100, 101),
    ]
    out = _sentences(text, passage, doc(reported))
    got = [t.text for t in out[0].tokens]
    # the joiner after the emoji is glued to it, as stanza's own tokenizer does
    assert got == ["Він", "сказав", ":", "«", "й\u0306ого", "»", "👍🏽\u200d", "кінець", "."]
    for t in out[0].tokens:
        assert text[t.start : t.end] == t.text


def test_tokens_that_fit_nowhere_are_dropped_not_invented() -> None:
    text = "ab"
    out = _sentences(
        text,
        Passage(0, 2, "en"),
        doc([token("ab", 0, 2), token("zz", None, None)], [token("q", None, None)]),
    )
    assert [[t.text for t in s.tokens] for s in out] == [["ab"]]
