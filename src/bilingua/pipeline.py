"""``analyze``: run the stages in order over one text and return a :class:`Document`.

Data flows one way: text → segments (:mod:`bilingua.detect`) → quotes (:mod:`bilingua.quotes`)
→ candidate passages and their sentences (:mod:`bilingua.pair`, :mod:`bilingua.nlp`) → pairs
with sentence and word links (:mod:`bilingua.pair`, :mod:`bilingua.align`) → a faithfulness
score and findings per pair (:mod:`bilingua.verify`) → document.
Only passages that can take part in a pair are annotated, never the whole article.
"""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from bilingua import nlp
from bilingua._version import __version__
from bilingua.align import Alignment, align_sentences
from bilingua.coverage import Side, coverage_map
from bilingua.detect import detect
from bilingua.errors import InputError
from bilingua.lexicon import Lexicon, default_lexicon, load_lexicon
from bilingua.match import Matcher, default_matcher
from bilingua.model import (
    Document,
    DocumentAlignment,
    Meta,
    Pair,
    Provenance,
    Quote,
    Segment,
    Sentence,
)
from bilingua.pair import Candidate, candidates, pair_passages, shortlist
from bilingua.quotes import NameTest, capitalised_names, find_quotes
from bilingua.reading import Reading
from bilingua.screen import screen
from bilingua.verify import verify_sides

__all__ = ["align_documents", "analyze", "analyze_many", "matcher_for"]

LexiconSource = Lexicon | str | os.PathLike[str]


def matcher_for(lexicons: Sequence[LexiconSource] = ()) -> Matcher:
    """A word matcher over the core lexicon and any extra lexicons (objects or TSV paths)."""
    if not lexicons:
        return default_matcher()
    extra = [item if isinstance(item, Lexicon) else load_lexicon(item) for item in lexicons]
    return Matcher(default_lexicon().merged(*extra))


@dataclass
class _Prepared:
    """A document up to the point where its passages need sentences and tokens."""

    text: str
    source: str | None
    provenance: Provenance | None
    segments: list[Segment]
    quotes: list[Quote]
    uk: list[Candidate]
    en: list[Candidate]
    shortlist: list[tuple[Candidate, Candidate]]
    dismissed: str | None = None  # why the first pass found no pair possible

    @property
    def passages(self) -> list[nlp.Passage]:
        """Only the candidates on the shortlist: the rest of the article is never annotated."""
        chosen = {c for pair in self.shortlist for c in pair}
        return _passages(sorted(chosen, key=lambda c: (c.start, c.end))) if chosen else []


def _prepare(
    text: str | Reading,
    source: str | None,
    provenance: Provenance | None = None,
    first_pass: bool = True,
) -> _Prepared:
    if isinstance(text, Reading):
        provenance = provenance or text.provenance
        text = text.text
    if provenance is not None:
        source = source or provenance.source
    if not isinstance(text, str):
        raise InputError(f"analyze() takes a str or a Reading, not {type(text).__name__}")
    screened = screen(text) if first_pass else None
    if screened is not None:
        return _Prepared(
            text, source, provenance, screened.segments, [], [], [], [], screened.reason
        )
    segments = detect(text, hints=provenance.hints if provenance else ())
    quotes = find_quotes(text, segments)
    uk, en = candidates(text, segments, quotes)
    chosen = shortlist(text, uk, en, default_lexicon()) if uk and en else []
    return _Prepared(text, source, provenance, segments, quotes, uk, en, chosen)


def analyze(
    text: str | Reading,
    *,
    source: str | None = None,
    provenance: Provenance | None = None,
    backend: nlp.Backend = "auto",
    lexicons: Sequence[LexiconSource] = (),
    first_pass: bool = True,
) -> Document:
    """Find the segments, quotations and translation pairs of ``text``.

    Args:
        text: the document, any size; offsets in the result index into it (code points). A
            :class:`~bilingua.reading.Reading` (from :func:`bilingua.read`) brings its
            provenance: its language hints go to detection and it is recorded on the document.
        source: where the text came from, recorded on the document (e.g. a file path);
            default: the reading's source.
        provenance: how the text was read (format, URL, language hints), recorded on the
            document; default: the reading's.
        backend: ``"stanza"``, ``"rules"``, or ``"auto"`` (stanza when its uk and en models are
            installed, else rules with a one-time warning).
        lexicons: extra uk→en lexicons (``Lexicon`` objects or TSV paths) used with the core one.
        first_pass: dismiss at once a text that cannot hold a uk–en pair (:mod:`bilingua.screen`):
            it gets coarse segments (one per paragraph where counts can label it), no quotes,
            and ``meta.options["dismissed"]`` says why. ``False`` analyses it in full.

    Returns:
        A :class:`~bilingua.model.Document` whose spans all satisfy
        ``text[span.start:span.end] == span.text``; each pair's ``score`` is its faithfulness
        (:mod:`bilingua.verify`).

    Raises:
        InputError: ``text`` is neither a ``str`` nor a ``Reading``, or a lexicon file cannot
            be read.
        ModelsNotInstalled: ``backend="stanza"`` and models are missing.
    """
    used_backend = nlp.resolve_backend(backend)
    prepared = _prepare(text, source, provenance, first_pass)
    passages = prepared.passages
    sentences = nlp.annotate(prepared.text, passages, backend=used_backend) if passages else []
    return _finish(prepared, sentences, used_backend, lexicons)


def analyze_many(
    texts: Iterable[str | Reading],
    *,
    sources: Iterable[str | None] | None = None,
    backend: nlp.Backend = "auto",
    lexicons: Sequence[LexiconSource] = (),
    batch_size: int = 64,
    first_pass: bool = True,
) -> Iterator[Document]:
    """:func:`analyze` over many texts, annotating the passages of a batch in one stanza call.

    Stanza's cost per call dominates small passages, so batching across documents is several
    times faster than calling :func:`analyze` in a loop. Results come in input order and
    equal what :func:`analyze` gives for each text.

    Args:
        texts: the documents (``str``, or :class:`~bilingua.reading.Reading` with their provenance).
        sources: where each text came from (same length as ``texts``), or None.
        backend: as for :func:`analyze`.
        lexicons: as for :func:`analyze`.
        batch_size: documents annotated together.
        first_pass: as for :func:`analyze`.

    Yields:
        One :class:`~bilingua.model.Document` per text.
    """
    if batch_size < 1:
        raise InputError(f"batch_size must be at least 1, not {batch_size}")
    used_backend = nlp.resolve_backend(backend)
    named = zip(texts, sources if sources is not None else itertools.repeat(None), strict=False)
    while batch := list(itertools.islice(named, batch_size)):
        prepared = [_prepare(text, source, first_pass=first_pass) for text, source in batch]
        annotated = nlp.annotate_many(
            [(item.text, item.passages) for item in prepared], backend=used_backend
        )
        for item, sentences in zip(prepared, annotated, strict=True):
            yield _finish(item, sentences, used_backend, lexicons)


def _finish(
    prepared: _Prepared,
    sentences: list[Sentence],
    used_backend: Literal["stanza", "rules"],
    lexicons: Sequence[LexiconSource],
) -> Document:
    text, segments, quotes = prepared.text, prepared.segments, prepared.quotes
    chosen = prepared.shortlist
    pairs: list[Pair] = []
    if sentences:
        if used_backend == "stanza":
            # With tags, a speaker is a run of PROPN tokens rather than of capitalised words;
            # the quotes keep their spans, so the shortlist still stands.
            quotes = find_quotes(text, segments, is_name=_tagged_names(text, sentences))
            by_span = {(q.start, q.end): q for q in quotes}
            chosen = [(_requoted(u, by_span), _requoted(e, by_span)) for u, e in chosen]
        starts = [sentence.start for sentence in sentences]
        by_candidate = {
            (c.start, c.end): _clip(text, sentences, starts, c) for pair in chosen for c in pair
        }
        matcher = matcher_for(lexicons)
        pairs = pair_passages(text, chosen, by_candidate, matcher)
        pairs = [_verified(text, pair, by_candidate, matcher) for pair in pairs]
    options: dict[str, str] = {"backend": used_backend}
    if prepared.dismissed is not None:
        options["dismissed"] = prepared.dismissed
    if lexicons:
        options["lexicons"] = ",".join(
            str(item) for item in lexicons if not isinstance(item, Lexicon)
        )
    return Document(
        text=text,
        source=prepared.source,
        provenance=prepared.provenance,
        segments=tuple(segments),
        quotes=tuple(quotes),
        sentences=tuple(sentences),
        pairs=tuple(pairs),
        meta=Meta(version=__version__, backend=used_backend, options=options),
    )


def _requoted(candidate: Candidate, quotes: dict[tuple[int, int], Quote]) -> Candidate:
    quote = quotes.get((candidate.start, candidate.end))
    return (
        candidate if candidate.quote is None or quote is None else replace(candidate, quote=quote)
    )


def _verified(
    text: str, pair: Pair, sentences: dict[tuple[int, int], list[Sentence]], matcher: Matcher
) -> Pair:
    """The pair with its coverage map, faithfulness score (which replaces the pairing score)
    and findings."""
    source, target = (
        Side(
            text, side.start, side.end, side.lang, tuple(sentences.get((side.start, side.end), []))
        )
        for side in (pair.source, pair.target)
    )
    alignment = Alignment(pair.sentences, pair.words)
    coverage = coverage_map(source, target, alignment)
    verdict = verify_sides(source, target, alignment, matcher, coverage)
    return pair.model_copy(
        update={"score": verdict.score, "findings": verdict.findings, "coverage": coverage}
    )


def _tagged_names(text: str, sentences: Sequence[Sentence]) -> NameTest:
    """Names by their tag where the text was annotated, by capitalisation elsewhere."""
    fallback = capitalised_names(text)
    tokens = [token for sentence in sentences for token in sentence.tokens]
    starts = [token.start for token in tokens]

    def is_name(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and tokens[index].end >= end and tokens[index].upos is not None:
            return (tokens[index].upos or "").startswith("PROPN")
        return fallback(start, end)

    return is_name


def _passages(found: Sequence[Candidate]) -> list[nlp.Passage]:
    """The candidates merged where they overlap, so no text is annotated twice."""
    merged: list[list[int | str]] = []
    for candidate in sorted(found, key=lambda c: (c.start, -c.end)):
        last = merged[-1] if merged else None
        if last is not None and candidate.start < int(last[1]) and candidate.lang == last[2]:
            last[1] = max(int(last[1]), candidate.end)
        else:
            merged.append([candidate.start, candidate.end, candidate.lang])
    return [nlp.Passage(int(start), int(end), str(lang)) for start, end, lang in merged]


def _clip(
    text: str, sentences: Sequence[Sentence], starts: Sequence[int], candidate: Candidate
) -> list[Sentence]:
    """The sentences inside ``candidate``, cut to its bounds (a quote inside a paragraph).

    ``starts`` are the sentences' starts (sorted, disjoint sentences), for a binary search.
    """
    clipped = []
    first = max(bisect.bisect_right(starts, candidate.start) - 1, 0)
    last = bisect.bisect_left(starts, candidate.end)
    for sentence in sentences[first:last]:
        if sentence.end <= candidate.start or sentence.start >= candidate.end:
            continue
        if sentence.lang != candidate.lang:
            continue
        tokens = tuple(
            t for t in sentence.tokens if candidate.start <= t.start and t.end <= candidate.end
        )
        if not tokens:
            continue
        if candidate.start <= sentence.start and sentence.end <= candidate.end:
            clipped.append(sentence)
            continue
        clipped.append(
            Sentence.of(text, tokens[0].start, tokens[-1].end, lang=sentence.lang, tokens=tokens)
        )
    return clipped


def align_documents(
    uk_text: str,
    en_text: str,
    *,
    backend: nlp.Backend = "auto",
    lexicons: Sequence[LexiconSource] = (),
    lexical: bool = True,
) -> DocumentAlignment:
    """Align a Ukrainian document and its English version, sentence by sentence and word by word.

    Args:
        uk_text: the Ukrainian document (the source side).
        en_text: the English document (the target side).
        backend: as for :func:`analyze`.
        lexicons: as for :func:`analyze`.
        lexical: ``False`` aligns by sentence length only (Gale–Church), for comparison.

    Returns:
        A :class:`~bilingua.model.DocumentAlignment`; source spans index into ``uk_text``,
        target spans into ``en_text``.

    Raises:
        InputError: either text is not a ``str``.
    """
    for name, value in (("uk_text", uk_text), ("en_text", en_text)):
        if not isinstance(value, str):
            raise InputError(f"align_documents() takes {name} as a str, not {type(value).__name__}")
    used_backend = nlp.resolve_backend(backend)
    uk_sentences, en_sentences = nlp.annotate_many(
        [(uk_text, nlp.line_passages(uk_text, "uk")), (en_text, nlp.line_passages(en_text, "en"))],
        backend=used_backend,
    )
    alignment = align_sentences(
        uk_text, uk_sentences, en_text, en_sentences, matcher_for(lexicons), lexical=lexical
    )
    return DocumentAlignment(
        source_text=uk_text,
        target_text=en_text,
        source_lang="uk",
        target_lang="en",
        score=alignment.score,
        sentences=alignment.sentences,
        words=alignment.words,
        meta=Meta(
            version=__version__,
            backend=used_backend,
            options={"backend": used_backend, "lexical": str(lexical).lower()},
        ),
    )
