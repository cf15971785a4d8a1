"""The benchmark corpus generator (needs ../shared) and the benchmark metrics (pure)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from benchmarks import _corpus as corpus
from benchmarks._damage import unpunctuated, words
from benchmarks._metrics import char_labels, score
from benchmarks.detect import sentence_spans

SKIP_REASON = f"needs the parallel data of ../shared (not at {corpus.shared_dir()})"


def needs_shared(test: Callable[..., None]) -> Callable[..., None]:
    """Mark a test as reading ../shared and skip it when the data is absent."""
    skip = pytest.mark.skipif(not corpus.shared_available(), reason=SKIP_REASON)
    marked: Callable[..., None] = pytest.mark.shared(skip(test))
    return marked


OPENING = {"“": "”", "«": "»", '"': '"'}
EMBED_TAIL = re.compile(r" — [^\n]+ \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}( ×)?(\n|$)")


@pytest.fixture(scope="module")
def docs() -> list[corpus.GoldDoc]:
    if not corpus.shared_available():
        pytest.skip(SKIP_REASON)
    return corpus.make_documents(60, seed=3)


def _raw_lines(origin: corpus.Origin) -> list[str]:
    """The source lines read directly, not through the generator's loader."""
    path = corpus.parallel_dir() / f"{origin.corpus}.{origin.side}"
    return path.read_text(encoding="utf-8").split("\n")[origin.start : origin.stop]


def _passages(docs: list[corpus.GoldDoc]) -> list[tuple[corpus.GoldDoc, corpus.GoldSpan]]:
    return [(doc, span) for doc in docs for span in doc.passages()]


# --------------------------------------------------------------------------- generator


@needs_shared
def test_same_seed_gives_the_same_documents() -> None:
    first = corpus.make_documents(8, seed=11)
    assert first == corpus.make_documents(8, seed=11)
    assert first[:3] == corpus.make_documents(3, seed=11)  # a prefix does not depend on n
    assert first != corpus.make_documents(8, seed=12)


@needs_shared
def test_spans_are_sorted_disjoint_and_inside_the_text(docs: list[corpus.GoldDoc]) -> None:
    for doc in docs:
        ends = [0]
        for span in doc.spans:
            assert ends[-1] <= span.start < span.end <= len(doc.text)
            ends.append(span.end)


@needs_shared
def test_passage_offsets_are_exact(docs: list[corpus.GoldDoc]) -> None:
    for doc, span in _passages(docs):
        assert span.origin is not None
        expected = " ".join(line.strip() for line in _raw_lines(span.origin))
        assert doc.text[span.start : span.end] == expected


@needs_shared
def test_passage_language_is_the_language_of_its_file(docs: list[corpus.GoldDoc]) -> None:
    for doc, span in _passages(docs):
        assert span.origin is not None
        assert span.lang == span.origin.side
        letters = [ch for ch in doc.text[span.start : span.end] if ch.isalpha()]
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters) / len(letters)
        assert cyrillic >= 0.85 if span.lang in ("uk", "ru") else cyrillic <= 0.15


@needs_shared
def test_english_prose_is_latin_script(docs: list[corpus.GoldDoc]) -> None:
    for doc in docs:
        for span in doc.spans:
            if span.lang == "en":
                text = doc.text[span.start : span.end]
                assert not re.search("[\u0400-\u04ff]{3}", text), text


@needs_shared
def test_every_language_appears_in_every_style(docs: list[corpus.GoldDoc]) -> None:
    seen = {(span.lang, span.style) for _, span in _passages(docs)}
    assert set(itertools.product(("uk", "ru", "cs"), corpus.Style)) <= seen


@needs_shared
def test_styles_look_as_they_should(docs: list[corpus.GoldDoc]) -> None:
    for doc, span in _passages(docs):
        before, after = doc.text[: span.start], doc.text[span.end :]
        paragraph_start = before.endswith("\n\n") or not before
        paragraph_end = after.startswith("\n\n") or not after
        if span.style in (corpus.Style.INLINE, corpus.Style.QUOTED):
            assert after.startswith(OPENING[before[-1]])
        if span.style is corpus.Style.INLINE:  # inside an English sentence
            assert re.search(r"[A-Za-z]", before[-40:] + after[:40])
            assert not (before[:-1].endswith("\n\n") and after[1:].startswith("\n\n"))
        elif span.style is corpus.Style.QUOTED:
            assert before[:-1].endswith("\n\n") and (after[1:].startswith("\n\n") or not after[1:])
        elif span.style is corpus.Style.EMBED:
            assert paragraph_start and EMBED_TAIL.match(after), after[:80]
        else:
            assert paragraph_start and paragraph_end


@needs_shared
def test_inline_passages_share_a_paragraph_with_english(docs: list[corpus.GoldDoc]) -> None:
    for doc, span in _passages(docs):
        if span.style is corpus.Style.INLINE:
            start = doc.text.rfind("\n\n", 0, span.start) + 1
            neighbours = [s for s in doc.spans if s.lang == "en" and start <= s.start < span.start]
            assert neighbours, doc.text[start : span.end]


@needs_shared
def test_no_pairs_unless_asked(docs: list[corpus.GoldDoc]) -> None:
    assert all(doc.pairs == [] for doc in docs)


@needs_shared
def test_renderings_are_the_english_references_and_paired() -> None:
    docs = corpus.make_documents(20, seed=5, with_renderings=True)
    for doc in docs:
        ukrainian = [s for s in doc.passages() if s.lang == "uk"]
        assert [pair.source for pair in doc.pairs] == ukrainian
        for pair in doc.pairs:
            assert pair.target.lang == "en" and pair.target.origin is not None
            assert pair.source.origin is not None
            assert pair.target.origin.side == "en"
            assert pair.target.origin.start == pair.source.origin.start
            expected = " ".join(line.strip() for line in _raw_lines(pair.target.origin))
            assert doc.text[pair.target.start : pair.target.end] == expected


RUNON = {
    "with_renderings": True,
    "one_sentence_lines": True,
    "partial_share": 0.3,
    "plain_rendering_share": 0.35,
}


@pytest.fixture(scope="module")
def runon_docs() -> list[corpus.GoldDoc]:
    if not corpus.shared_available():
        pytest.skip(SKIP_REASON)
    return corpus.make_documents(80, seed=4, runon_share=0.5, **RUNON)


def _runon_pairs(docs: list[corpus.GoldDoc]) -> list[tuple[corpus.GoldDoc, corpus.GoldPair]]:
    found = [(doc, pair) for doc in docs for pair in doc.pairs]
    return [(doc, pair) for doc, pair in found if pair.source.origin and pair.source.origin.runon]


@needs_shared
def test_runon_passages_lose_end_punctuation_and_keep_their_words(
    runon_docs: list[corpus.GoldDoc],
) -> None:
    pairs = _runon_pairs(runon_docs)
    assert pairs
    for doc, pair in pairs:
        for span in (pair.source, pair.target):
            assert span.origin is not None and span.origin.runon
            written = doc.text[span.start : span.end]
            raw = [line.strip() for line in _raw_lines(span.origin)]
            assert written == span.origin.separator.join(unpunctuated(line) for line in raw)
            assert words(written) == words(" ".join(raw))
            for line in written.split(span.origin.separator):
                assert not re.search(r"\w[.!?…][\"»”’)]*$", line), line


@needs_shared
def test_runon_passages_are_written_on_one_line_or_line_by_line(
    runon_docs: list[corpus.GoldDoc],
) -> None:
    pairs = _runon_pairs(runon_docs)
    separators = {pair.source.origin.separator for _, pair in pairs if pair.source.origin}
    assert separators == {" ", "\n"}
    for _, pair in pairs:
        assert pair.source.origin is not None and pair.target.origin is not None
        assert pair.target.origin.separator == pair.source.origin.separator
        if pair.source.style is corpus.Style.INLINE:
            assert pair.source.origin.separator == " "  # inside an English sentence


@needs_shared
def test_runon_gold_links_are_the_written_lines(runon_docs: list[corpus.GoldDoc]) -> None:
    for doc, pair in _runon_pairs(runon_docs):
        assert pair.source.origin is not None
        source_lines = pair.source.origin.lines()
        for k, (uk, en) in enumerate(pair.sentences):
            assert doc.text[uk.start : uk.end] == source_lines[k]
            assert pair.target.origin is not None
            assert doc.text[en.start : en.end] == pair.target.origin.lines()[k]


@needs_shared
def test_runon_share_changes_only_how_the_passages_are_written(
    runon_docs: list[corpus.GoldDoc],
) -> None:
    plain = corpus.make_documents(80, seed=4, **RUNON)
    assert plain == corpus.make_documents(80, seed=4, runon_share=0.0, **RUNON)
    assert runon_docs == corpus.make_documents(80, seed=4, runon_share=0.5, **RUNON)
    share = len(_runon_pairs(runon_docs)) / sum(len(doc.pairs) for doc in runon_docs)
    assert 0.35 < share < 0.65
    for before, after in zip(plain, runon_docs, strict=True):
        assert words(before.text) == words(after.text)
        assert [p.source.origin and p.source.origin.start for p in before.pairs] == [
            p.source.origin and p.source.origin.start for p in after.pairs
        ]
    everything = corpus.make_documents(10, seed=4, runon_share=1.0, **RUNON)
    assert all(
        span.origin.runon
        for doc in everything
        for span in doc.passages()
        if span.origin and span.lang in ("uk", "en")
    )


@needs_shared
def test_parallel_sides_are_line_aligned() -> None:
    parallel = corpus.load_parallel("wmt22.uk-en")
    docids = parallel.docids()
    assert docids is not None
    assert len(parallel.lines("uk")) == len(parallel.lines("en")) == len(docids)


@needs_shared
def test_unknown_option_is_rejected() -> None:
    with pytest.raises(TypeError):
        corpus.make_documents(1, with_rendering=True)


def test_missing_shared_data_names_the_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(corpus.SHARED_ENV, str(tmp_path))
    with pytest.raises(corpus.SharedDataMissing) as raised:
        corpus.make_documents(1)
    assert raised.value.path == tmp_path / "data" / "parallel"
    assert str(tmp_path) in str(raised.value)


# --------------------------------------------------------------------------- metrics


class _Span(NamedTuple):
    start: int
    end: int
    lang: str


#        0123456789012 3
TEXT = "ab «вгд» ef жз"
GOLD = [_Span(0, 3, "en"), _Span(4, 7, "uk"), _Span(8, 11, "en"), _Span(12, 14, "ru")]
PRED = [_Span(0, 1, "uk"), _Span(1, 4, "en"), _Span(4, 6, "uk"), _Span(6, 11, "en")]
PRED += [_Span(11, 14, "uk")]


def test_char_labels() -> None:
    labels = char_labels(TEXT, GOLD)
    assert labels[:4] == ["en", "en", "en", None]
    assert labels[7] is None and labels[12:] == ["ru", "ru"]
    assert char_labels("abc", [_Span(0, 3, "en"), _Span(1, 2, "uk")]) == ["en", "uk", "en"]
    with pytest.raises(ValueError, match="outside"):
        char_labels("abc", [_Span(2, 4, "en")])


def test_score_on_a_hand_built_prediction() -> None:
    result = score(char_labels(TEXT, GOLD), char_labels(TEXT, PRED), TEXT)
    # letters: a b (en), в г д (uk), e f (en), ж з (ru); predicted uk: a в г ж з
    assert result["letters"] == 9
    assert result["uk_precision"] == pytest.approx(2 / 5)
    assert result["uk_recall"] == pytest.approx(2 / 3)
    assert result["uk_f1"] == pytest.approx(0.5)
    assert result["en_precision"] == pytest.approx(3 / 4)  # b e f of b д e f
    assert result["en_f1"] == pytest.approx(0.75)
    assert result["ru_as_uk"] == pytest.approx(1.0)
    assert math.isnan(result["cs_as_en"])  # no Czech in the gold


def test_perfect_and_empty_predictions() -> None:
    gold = char_labels(TEXT, GOLD)
    assert score(gold, gold, TEXT)["uk_f1"] == 1.0
    nothing = score(gold, [None] * len(TEXT), TEXT)
    assert nothing["uk_recall"] == 0.0 and math.isnan(nothing["uk_precision"])


def test_sentence_spans_for_langdetect() -> None:
    text = "One. Two «три!». Four\n\nП'ять — A (@b) May 1, 2022"
    pieces = [text[start:end] for start, end in sentence_spans(text)]
    assert pieces == ["One.", "Two «три!».", "Four", "П'ять — A (@b) May 1, 2022"]
