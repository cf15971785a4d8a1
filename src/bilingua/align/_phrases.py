"""Word links from multi-word lexicon entries: на жаль ~ unfortunately, Верховної Ради ~
parliament, ЗСУ ~ Armed Forces of Ukraine (:meth:`~bilingua.match.Matcher.phrase_matches`).

A bead's tokens (function words included: they are part of phrases) are matched; the matches
are taken longest first, without overlap, and each becomes links between the content words of
its two runs: a run of one content word links to every content word of the other run, longer
runs pair in order. These links come before competitive linking, which takes the words left.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilingua.align._units import Unit
from bilingua.match import Matcher, Via, WordView

__all__ = ["phrase_links"]


def phrase_links(
    matcher: Matcher,
    source: Sequence[Unit],
    target: Sequence[Unit],
    source_is_uk: bool,
) -> list[tuple[int, int, float, Via]]:
    """``(source word, target word, score, "phrase")`` links, as indices into the content
    words of ``source`` and ``target`` units (in order)."""
    tokens_s = [t for unit in source for t in unit.tokens]
    tokens_t = [t for unit in target for t in unit.tokens]
    content_s = _content_index([w for unit in source for w in unit.words])
    content_t = _content_index([w for unit in target for w in unit.words])
    views_s = [WordView.of(t) for t in tokens_s]
    views_t = [WordView.of(t) for t in tokens_t]
    if source_is_uk:
        found = [(m.uk, m.en, m.score) for m in matcher.phrase_matches(views_s, views_t)]
    else:
        found = [(m.en, m.uk, m.score) for m in matcher.phrase_matches(views_t, views_s)]
    found.sort(key=lambda m: (-(len(m[0]) + len(m[1])), -m[2], m[0].start, m[1].start))
    used_s: set[int] = set()
    used_t: set[int] = set()
    links: list[tuple[int, int, float, Via]] = []
    for run_s, run_t, score in found:
        if used_s.intersection(run_s) or used_t.intersection(run_t):
            continue
        words_s = [content_s[id(tokens_s[k])] for k in run_s if id(tokens_s[k]) in content_s]
        words_t = [content_t[id(tokens_t[k])] for k in run_t if id(tokens_t[k]) in content_t]
        if not words_s or not words_t:
            continue
        used_s.update(run_s)
        used_t.update(run_t)
        links.extend((k, m, score, "phrase") for k, m in _pairs(words_s, words_t))
    return links


def _content_index(words: Sequence[object]) -> dict[int, int]:
    return {id(word): k for k, word in enumerate(words)}


def _pairs(words_s: list[int], words_t: list[int]) -> list[tuple[int, int]]:
    """One word against a run: to every word of it; two runs: in order, the longer run's
    extra words to the last word of the shorter."""
    if len(words_s) == 1 or len(words_t) == 1:
        return [(k, m) for k in words_s for m in words_t]
    pairs = list(zip(words_s, words_t, strict=False))
    pairs += [(words_s[-1], m) for m in words_t[len(words_s) :]]
    pairs += [(k, words_t[-1]) for k in words_s[len(words_t) :]]
    return pairs
