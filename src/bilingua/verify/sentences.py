"""Sentence findings: source sentences without a counterpart (omitted), target ones (added)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bilingua.match import content_words
from bilingua.model import Finding, FindingKind, Sentence, Severity, Span
from bilingua.verify._side import Context, preview

__all__ = ["sentence_findings"]

_SILENT_WORDS = 3  # content words a sentence needs before it can be called silent
_SILENT_SHARE = 0.15  # share of linked content words under which a sentence is silent


def _weight(sentence: Sentence) -> Severity:
    words = len(content_words(sentence.tokens, sentence.lang))
    return Severity.ERROR if words >= 3 else Severity.WARNING if words >= 2 else Severity.INFO


def _unlinked(
    sentences: Sequence[Sentence], links: Sequence[Span], linked: set[int]
) -> Iterator[Sentence]:
    """Sentences outside every link, or silent inside a link that joins several sentences.

    A sentence in a 2-1 link is silent when hardly any of its content words has a word link:
    the aligner glued a sentence that has no counterpart onto its neighbour.
    """
    for sentence in sentences:
        link = next((k for k in links if k.start < sentence.end and sentence.start < k.end), None)
        if link is None:
            yield sentence
            continue
        if link.start >= sentence.start and link.end <= sentence.end:
            continue  # the link is this sentence alone
        words = content_words(sentence.tokens, sentence.lang)
        share = sum(word.start in linked for word in words) / max(len(words), 1)
        if len(words) >= _SILENT_WORDS and share < _SILENT_SHARE:
            yield sentence


def sentence_findings(context: Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    links = context.alignment.sentences
    if not links and not (source.sentences and target.sentences):
        return  # one side is empty: the length check speaks for it
    linked_s = {word.source.start for word in context.alignment.words}
    linked_t = {word.target.start for word in context.alignment.words}
    for sentence in _unlinked(source.sentences, [link.source for link in links], linked_s):
        yield Finding(
            kind=FindingKind.OMITTED,
            severity=_weight(sentence),
            message=f"the source sentence {preview(sentence.text)} is not rendered",
            source=source.span(sentence.start, sentence.end),
        )
    for sentence in _unlinked(target.sentences, [link.target for link in links], linked_t):
        yield Finding(
            kind=FindingKind.ADDED,
            severity=_weight(sentence),
            message=f"the rendering adds {preview(sentence.text)}, not in the source",
            target=target.span(sentence.start, sentence.end),
        )
