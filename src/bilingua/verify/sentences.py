"""Sentence findings: source sentences without a counterpart (omitted), target ones (added)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from bilingua.align import SILENT_SHARE
from bilingua.match import content_words
from bilingua.model import Finding, FindingKind, Sentence, Severity, Span
from bilingua.verify._side import Context, preview

__all__ = ["sentence_findings"]

_SILENT_WORDS = 3  # content words a sentence needs before it can be called silent


def _weight(sentence: Sentence) -> Severity:
    words = len(content_words(sentence.tokens, sentence.lang))
    return Severity.ERROR if words >= 3 else Severity.WARNING if words >= 2 else Severity.INFO


def _unlinked(
    sentences: Sequence[Sentence], links: Sequence[Span], linked: frozenset[tuple[int, int]]
) -> Iterator[Sentence]:
    """Sentences outside every link, or silent inside a link that joins several sentences.

    A sentence in a 2-1 link is silent when under :data:`~bilingua.align.SILENT_SHARE` of its
    content words have a link of meaning (links by position prove nothing here): the aligner
    glued a sentence that has no counterpart onto its neighbour.
    """
    ordered = sorted(links, key=lambda k: k.start)
    starts = [k.start for k in ordered]
    for sentence in sentences:
        # links are disjoint: the one starting last before the sentence's end may overlap it
        index = bisect.bisect_left(starts, sentence.end) - 1
        inside = (
            [k for k in ordered[max(0, index - 1) : index + 1] if k.end > sentence.start]
            if index >= 0
            else []
        )
        if not inside:
            yield sentence
            continue
        if any(k.start >= sentence.start and k.end <= sentence.end for k in inside):
            continue  # a link of this sentence alone (or of a part of it)
        words = content_words(sentence.tokens, sentence.lang)
        share = sum((w.start, w.end) in linked for w in words) / max(len(words), 1)
        if len(words) >= _SILENT_WORDS and share < SILENT_SHARE:
            yield sentence


def sentence_findings(context: Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    links = context.alignment.sentences
    if not links and not (source.sentences and target.sentences):
        return  # one side is empty: the length check speaks for it
    linked = context.meaning_linked
    for sentence in _unlinked(source.sentences, [link.source for link in links], linked):
        yield Finding(
            kind=FindingKind.OMITTED,
            severity=_weight(sentence),
            message=f"the source sentence {preview(sentence.text)} is not rendered",
            source=source.span(sentence.start, sentence.end),
        )
    for sentence in _unlinked(target.sentences, [link.target for link in links], linked):
        yield Finding(
            kind=FindingKind.ADDED,
            severity=_weight(sentence),
            message=f"the rendering adds {preview(sentence.text)}, not in the source",
            target=target.span(sentence.start, sentence.end),
        )
