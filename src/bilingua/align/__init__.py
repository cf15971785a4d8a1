"""Sentence and word alignment between a passage and its rendering.

1. Each side's sentences are cut into *units* where the text shows a boundary that punctuation
   does not (:mod:`~bilingua.align._units`: line breaks, a capitalised ordinary word after a
   word), so lines written without end punctuation still align one by one.
2. A bead search (:mod:`~bilingua.align._beads`) finds which runs of units render each other:
   1-1 up to 1-3/3-1 and 2-2 sentences, sub-sentence beads where both sides split, 1-0 and 0-1
   where a unit has no counterpart. Long passages are searched in windows between anchors
   (:mod:`~bilingua.align._windows`), so time and memory grow linearly.
3. Words are linked inside each bead (:mod:`~bilingua.align._words`): competitive linking with a
   diagonal prior, then links by position between linked neighbours.

Offsets: each side's spans index into that side's own text (the same text for a pair inside one
document; two texts in two-document mode).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bilingua.align._beads import LEXICAL_FLOOR, best_beads
from bilingua.align._grid import SILENT_SHARE, Grid
from bilingua.align._phrases import phrase_links
from bilingua.align._units import Unit, known_name_test, ordinary_test, units_of
from bilingua.align._windows import windows
from bilingua.align._words import (
    Candidate,
    link_bead,
    link_competitively,
    name_positions,
    word_links,
)
from bilingua.match import Matcher, Via, WordView
from bilingua.model import Sentence, SentenceLink, Span, Token, WordLink

__all__ = [
    "SILENT_SHARE",
    "Alignment",
    "align_sentences",
    "align_words",
    "name_positions",
    "ordinary_test",
]


@dataclass(frozen=True)
class Alignment:
    """Sentence links and word links between two sides.

    Attributes:
        sentences: links between runs of sentences or sub-sentence units, in order.
        words: word links, in source order.
        windowed: the passage was too long for one search and was aligned in windows between
            anchors; links never cross a window's edge.
    """

    sentences: tuple[SentenceLink, ...]
    words: tuple[WordLink, ...]
    windowed: bool = False

    @property
    def score(self) -> float:
        """Mean sentence-link score weighted by the links' source length; 0 when none."""
        total = sum(link.source.end - link.source.start for link in self.sentences)
        if not total:
            return 0.0
        weighted = sum(
            link.score * (link.source.end - link.source.start) for link in self.sentences
        )
        return round(weighted / total, 4)


def align_sentences(
    source_text: str,
    source: Sequence[Sentence],
    target_text: str,
    target: Sequence[Sentence],
    matcher: Matcher,
    *,
    source_is_uk: bool = True,
    lexical: bool = True,
) -> Alignment:
    """Align the sentences of two sides, then their words.

    Args:
        source_text: the text that ``source`` sentences index into.
        source: the source side's sentences, in order.
        target_text: the text that ``target`` sentences index into (may be ``source_text``).
        target: the target side's sentences, in order.
        matcher: word correspondences (lexicon, transliteration…).
        source_is_uk: whether the source side is the Ukrainian one.
        lexical: use word overlap; ``False`` gives Gale–Church's length-only alignment.

    Returns:
        Links between runs of sentences, or of units inside sentences where both sides split
        (1-0 and 0-1 beads are not links), each with a score in [0, 1] — the word overlap of
        the two sides — and the word links inside them.
    """
    langs = ("uk", "en") if source_is_uk else ("en", "uk")
    ordinary = ordinary_test(matcher.lexicon)
    units_s = units_of(source_text, source, langs[0], ordinary)
    units_t = units_of(target_text, target, langs[1], ordinary)
    sentence_links: list[SentenceLink] = []
    word_links: list[WordLink] = []
    parts = windows(matcher, units_s, units_t, source_is_uk)
    for span_s, span_t in parts:
        piece_s, piece_t = units_s[span_s.start : span_s.stop], units_t[span_t.start : span_t.stop]
        grid = Grid(matcher, piece_s, piece_t, source_is_uk)
        beads = best_beads(grid, piece_s, piece_t, lexical, anchored=len(parts) > 1)
        for sources, targets in beads:
            if not sources or not targets:
                continue
            overlap = grid.overlap(sources, targets)
            first_s, last_s = piece_s[sources.start], piece_s[sources.stop - 1]
            first_t, last_t = piece_t[targets.start], piece_t[targets.stop - 1]
            sentence_links.append(
                SentenceLink(
                    source=Span.of(source_text, first_s.start, last_s.end),
                    target=Span.of(target_text, first_t.start, last_t.end),
                    score=round(min(1.0, overlap), 4),
                )
            )
            word_links.extend(
                _bead_words(
                    grid,
                    (source_text, target_text),
                    (source, target),
                    (piece_s[sources.start : sources.stop], piece_t[targets.start : targets.stop]),
                    (sources, targets),
                    langs,
                    overlap >= LEXICAL_FLOOR,
                )
            )
    return Alignment(tuple(sentence_links), tuple(word_links), windowed=len(parts) > 1)


def _bead_words(
    grid: Grid,
    texts: tuple[str, str],
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
    units: tuple[Sequence[Unit], Sequence[Unit]],
    at: tuple[range, range],
    langs: tuple[str, str],
    by_position: bool,
) -> list[WordLink]:
    """The word links of one bead, from the grid's matches inside it."""
    words_s, words_t = grid.source_range(at[0]), grid.target_range(at[1])
    lo, hi = words_t.start, words_t.stop
    candidates: list[Candidate] = [
        (value, a - words_s.start, b - lo, via)
        for a in words_s
        for b, value, via in grid.partners[a]
        if lo <= b < hi
    ]
    return link_bead(
        texts[0],
        [grid.source_words[a] for a in words_s],
        texts[1],
        [grid.target_words[b] for b in words_t],
        phrase_links(grid.matcher, units[0], units[1], langs[0] == "uk"),
        candidates,
        langs,
        (_name_words(units[0], sentences[0]), _name_words(units[1], sentences[1])),
        by_position,
        known_name_test(grid.matcher.lexicon),
    )


def _name_words(units: Sequence[Unit], sentences: Sequence[Sentence]) -> set[int]:
    """Indices (among the units' content words) of the words that may be names."""
    found: set[int] = set()
    index = 0
    for unit in units:
        tokens = sentences[unit.sentence].tokens
        names = {id(tokens[k]) for k in name_positions(tokens)}
        for word in unit.words:
            if id(word) in names:
                found.add(index)
            index += 1
    return found


def align_words(
    source_text: str,
    source: Sequence[Token],
    target_text: str,
    target: Sequence[Token],
    score: Callable[[WordView, WordView], tuple[float, Via | None]],
) -> list[WordLink]:
    """Link words one-to-one by competitive linking: best-scoring free pair first.

    Args:
        source_text: text the source tokens index into.
        source: source tokens.
        target_text: text the target tokens index into.
        target: target tokens.
        score: ``(source WordView, target WordView) -> (score, via)``.

    Returns:
        Word links with a score of at least 0.5, in source order.
    """
    views_s = [WordView.of(t) for t in source]
    views_t = [WordView.of(t) for t in target]
    candidates: list[Candidate] = []
    for k, view_s in enumerate(views_s):
        for m, view_t in enumerate(views_t):
            value, via = score(view_s, view_t)
            if via is not None:
                candidates.append((value, k, m, via))
    links = link_competitively(source, target, candidates)
    return word_links(source_text, target_text, source, target, links)
