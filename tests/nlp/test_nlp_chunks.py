"""Long passages reach stanza in pieces cut at sentence ends, so memory is bounded by a piece."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bilingua import nlp
from bilingua.nlp import stanza_backend
from bilingua.nlp.stanza_backend import chunks

# A transcript as one paragraph: many short sentences, no line breaks.
_TRANSCRIPT = " ".join(
    ["Ми вже на місці.", "Тут дуже холодно!", "Коли ви приїдете?", "Завтра зранку, о дев’ятій."]
    * 60
)


def test_a_passage_within_the_limit_is_one_piece() -> None:
    passage = nlp.Passage(0, len(_TRANSCRIPT), "uk")
    assert chunks(_TRANSCRIPT, passage) == [passage]


def test_a_long_passage_is_cut_at_sentence_ends_and_covers_it_all() -> None:
    passage = nlp.Passage(3, len(_TRANSCRIPT) - 2, "uk")
    pieces = chunks(_TRANSCRIPT, passage, limit=500)
    assert len(pieces) > 5
    assert pieces[0].start == passage.start and pieces[-1].end == passage.end
    for previous, piece in itertools.pairwise(pieces):
        assert previous.end == piece.start
        assert _TRANSCRIPT[previous.end - 2 : previous.end] in (". ", "! ", "? ")
    assert all(piece.end - piece.start <= 500 for piece in pieces)


def test_text_without_spaces_is_cut_at_the_limit() -> None:
    text = "а" * 1234
    pieces = chunks(text, nlp.Passage(0, 1234, "uk"), limit=500)
    assert [(p.start, p.end) for p in pieces] == [(0, 500), (500, 1000), (1000, 1234)]


@pytest.mark.slow
def test_stanza_gives_the_same_sentences_in_pieces(
    shared_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passage = nlp.Passage(0, len(_TRANSCRIPT), "uk")
    whole = nlp.annotate(_TRANSCRIPT, [passage], backend="stanza")
    monkeypatch.setattr(stanza_backend, "CHUNK_CHARS", 700)
    pieces = nlp.annotate(_TRANSCRIPT, [passage], backend="stanza")
    assert [(s.start, s.end) for s in pieces] == [(s.start, s.end) for s in whole]
    assert pieces == whole
