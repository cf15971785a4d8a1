"""Sentence and word alignment between a passage and its rendering.

Sentences are aligned by dynamic programming over beads (1-1, 1-2, 2-1, 1-0, 0-1). A bead's
cost adds the bead type's prior, Gale and Church's (1993) length cost, and a lexical term: the
word-translation overlap of the two sides, so a sentence with no counterpart is left out (1-0,
0-1) rather than forced onto a neighbour. Words are then linked inside each sentence link by
competitive linking (Melamed 2000): the best-scoring free pair first, one-to-one.

Offsets: each side's spans index into that side's own text (the same text for a pair inside one
document; two texts in two-document mode).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bilingua.match import Matcher, Via, WordView, content_words
from bilingua.model import Evidence, Sentence, SentenceLink, Span, Token, WordLink

__all__ = ["Alignment", "align_sentences", "align_words"]

# Bead priors from Gale & Church (1993), table 5.
_PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
}
_BEAD_COST = {bead: -math.log(prior) for bead, prior in _PRIORS.items()}
_LENGTH_RATIO = 0.95  # English characters per Ukrainian character in translated news
_LENGTH_VARIANCE = 6.8  # Gale & Church's s^2
_LEXICAL_WEIGHT = 20.0  # cost of a bead per unit of missing word overlap
_LEXICAL_FLOOR = 0.2  # overlap that two unrelated sentences reach by chance
_WORD_LINK_MIN = 0.5  # weakest word correspondence kept as a link
_BAND = 500  # cells per row kept in the DP for long documents


@dataclass(frozen=True)
class Alignment:
    """Sentence links and word links between two sides."""

    sentences: tuple[SentenceLink, ...]
    words: tuple[WordLink, ...]

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


class _Grid:
    """Best word-correspondence scores between the content words of the two sides."""

    def __init__(
        self,
        matcher: Matcher,
        source: Sequence[Sentence],
        target: Sequence[Sentence],
        source_is_uk: bool,
    ) -> None:
        self.source_words = [content_words(s.tokens, s.lang) for s in source]
        self.target_words = [content_words(s.tokens, s.lang) for s in target]
        self.matcher = matcher
        # best_st[i][k][j]: best score of source word k of sentence i against target sentence j
        self.best_st: list[list[list[float]]] = [
            [[0.0] * len(target) for _ in words] for words in self.source_words
        ]
        self.best_ts: list[list[list[float]]] = [
            [[0.0] * len(source) for _ in words] for words in self.target_words
        ]
        source_at = [(i, k) for i, words in enumerate(self.source_words) for k in range(len(words))]
        target_at = [(j, m) for j, words in enumerate(self.target_words) for m in range(len(words))]
        source_views = [WordView.of(t) for words in self.source_words for t in words]
        target_views = [WordView.of(t) for words in self.target_words for t in words]
        if source_is_uk:
            found = matcher.matches(source_views, target_views)
        else:
            found = {
                (b, a): hit for (a, b), hit in matcher.matches(target_views, source_views).items()
            }
        # the word pairs that match, by (source sentence, word) and (target sentence, word)
        self.hits: dict[tuple[tuple[int, int], tuple[int, int]], tuple[float, Via]] = {}
        for (a, b), (value, via) in found.items():
            (i, k), (j, m) = source_at[a], target_at[b]
            self.best_st[i][k][j] = max(self.best_st[i][k][j], value)
            self.best_ts[j][m][i] = max(self.best_ts[j][m][i], value)
            self.hits[(i, k), (j, m)] = (value, via)

    def overlap(self, sources: range, targets: range) -> float:
        """F-measure of word coverage between source sentences and target sentences."""
        covered_s = total_s = 0.0
        for i in sources:
            for row in self.best_st[i]:
                covered_s += max((row[j] for j in targets), default=0.0)
                total_s += 1
        covered_t = total_t = 0.0
        for j in targets:
            for column in self.best_ts[j]:
                covered_t += max((column[i] for i in sources), default=0.0)
                total_t += 1
        if not total_s or not total_t:
            return 0.0
        recall, precision = covered_s / total_s, covered_t / total_t
        return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


def _length_cost(source_chars: int, target_chars: int) -> float:
    """Gale & Church's -log P(match | lengths)."""
    if source_chars == 0 and target_chars == 0:
        return 0.0
    mean = (source_chars + target_chars / _LENGTH_RATIO) / 2
    delta = (target_chars - source_chars * _LENGTH_RATIO) / math.sqrt(
        max(mean, 1.0) * _LENGTH_VARIANCE
    )
    tail = math.erfc(abs(delta) / math.sqrt(2))  # 2 * (1 - Phi(|delta|))
    return -math.log(max(tail, 1e-12))


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
        Sentence links (1-0 and 0-1 beads are not links) with a score in [0, 1] — the word
        overlap of the two sides — and the word links inside them.
    """
    grid = _Grid(matcher, source, target, source_is_uk)
    beads = _best_path(grid, source, target, lexical)
    sentence_links: list[SentenceLink] = []
    word_links: list[WordLink] = []
    for sources, targets in beads:
        if not sources or not targets:
            continue
        first_s, last_s = source[sources[0]], source[sources[-1]]
        first_t, last_t = target[targets[0]], target[targets[-1]]
        sentence_links.append(
            SentenceLink(
                source=Span.of(source_text, first_s.start, last_s.end),
                target=Span.of(target_text, first_t.start, last_t.end),
                score=round(min(1.0, grid.overlap(sources, targets)), 4),
            )
        )
        source_at = [(i, k) for i in sources for k in range(len(grid.source_words[i]))]
        target_at = [(j, m) for j in targets for m in range(len(grid.target_words[j]))]
        source_index = {at: n for n, at in enumerate(source_at)}
        target_index = {at: n for n, at in enumerate(target_at)}
        # the grid's matches inside this bead, not every word pair of it again
        candidates = [
            (value, source_index[at_s], target_index[at_t], via)
            for (at_s, at_t), (value, via) in grid.hits.items()
            if at_s in source_index and at_t in target_index
        ]
        word_links.extend(
            _link_words(
                source_text,
                [grid.source_words[i][k] for i, k in source_at],
                target_text,
                [grid.target_words[j][m] for j, m in target_at],
                candidates,
            )
        )
    return Alignment(tuple(sentence_links), tuple(word_links))


def _best_path(
    grid: _Grid, source: Sequence[Sentence], target: Sequence[Sentence], lexical: bool
) -> list[tuple[range, range]]:
    n, m = len(source), len(target)
    lengths_s = [s.end - s.start for s in source]
    lengths_t = [t.end - t.start for t in target]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - _BAND), min(m, centre + _BAND) + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), bead_cost in _BEAD_COST.items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                step = bead_cost
                if di and dj:
                    step += _length_cost(sum(lengths_s[i:ni]), sum(lengths_t[j:nj]))
                    if lexical:
                        overlap = grid.overlap(range(i, ni), range(j, nj))
                        step += _LEXICAL_WEIGHT * (_LEXICAL_FLOOR - overlap)
                if cost[i][j] + step < cost[ni][nj]:
                    cost[ni][nj] = cost[i][j] + step
                    back[ni][nj] = (i, j)
    beads: list[tuple[range, range]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        previous = back[i][j]
        if previous is None:  # unreachable outside the band: cannot happen with _BAND ≥ 2
            break
        beads.append((range(previous[0], i), range(previous[1], j)))
        i, j = previous
    beads.reverse()
    return beads


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
    candidates: list[tuple[float, int, int, Via]] = []
    for k, view_s in enumerate(views_s):
        for m, view_t in enumerate(views_t):
            value, via = score(view_s, view_t)
            if via is not None:
                candidates.append((value, k, m, via))
    return _link_words(source_text, source, target_text, target, candidates)


def _link_words(
    source_text: str,
    source: Sequence[Token],
    target_text: str,
    target: Sequence[Token],
    candidates: list[tuple[float, int, int, Via]],
) -> list[WordLink]:
    """Competitive linking over ``(score, source index, target index, via)`` candidates."""
    candidates = [c for c in candidates if c[0] >= _WORD_LINK_MIN]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_s: set[int] = set()
    used_t: set[int] = set()
    links: list[tuple[int, WordLink]] = []
    for value, k, m, via in candidates:
        if k in used_s or m in used_t:
            continue
        used_s.add(k)
        used_t.add(m)
        s, t = source[k], target[m]
        links.append(
            (
                k,
                WordLink(
                    source=Span.of(source_text, s.start, s.end),
                    target=Span.of(target_text, t.start, t.end),
                    score=round(min(value, 1.0), 4),
                    via=Evidence(via),
                ),
            )
        )
    links.sort(key=lambda item: item[0])
    return [link for _, link in links]
