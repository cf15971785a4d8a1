"""Pairing: which English passage renders which Ukrainian passage (or the reverse) in a document.

Candidates on the Ukrainian side are the Ukrainian quotations, embeds and blocks (Ukrainian
segments outside any quotation); on the English side, the English quotations and the English
segments near a Ukrainian passage (a rendering often stands in a paragraph of its own, without
quote marks). Every candidate pair is scored — word-translation overlap through the lexicon,
anchors (@handles, #tags, URLs, numbers), length ratio, distance, agreement of attributions — and
a one-to-one assignment is taken greedily, best score first, above a threshold. Overlapping
candidates compete: once a passage is paired, no candidate overlapping it is paired again.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bilingua._normal import fold
from bilingua.align import align_sentences
from bilingua.lexicon import Lexicon
from bilingua.lexicon.stem import en_stem
from bilingua.lexicon.translit import name_similarity
from bilingua.match import Matcher, WordView, content_words
from bilingua.model import (
    Attribution,
    Pair,
    PairSide,
    Quote,
    QuoteKind,
    Segment,
    Sentence,
)
from bilingua.quotes.posts import furniture

__all__ = ["Candidate", "candidates", "pair_passages", "shortlist"]

_PARAGRAPH_RE = re.compile(r"\n[^\S\n]*\n")
_ANCHOR_RE = re.compile(r"[@#]\w+|https?://\S+|\d+(?:[.,]\d+)*")
_MIN_WORDS = 2  # content words a side needs before it can be paired
_PARTIAL_MIN_WORDS = 2.0  # words the shorter side of a partial rendering must have explained
_PARTIAL_SHARE = 0.5  # ... and the longer side this share of what a rendered part explains
_PARTIAL_MAX_RATIO = 4.0  # longest side, in lengths of the shorter, a partial rendering has
_NEAR_PARAGRAPHS = 3  # an English paragraph this close to a Ukrainian passage is a candidate
_THRESHOLD = 0.15  # weakest pair kept
_LENGTH_RATIO = 0.95  # English characters per Ukrainian character
_WINDOW_PARAGRAPHS = 12  # how far from a Ukrainian passage its rendering is looked for
_NEAREST = 24  # English candidates on each side of a Ukrainian one (in text order) looked at
_SHORTLIST = 3  # English candidates per Ukrainian one that are annotated and scored in full
_SHORTLIST_SHARE = 0.5  # ... and only those within this share of the best one's overlap
# ... and above this quick overlap: below it no rendering paired in the pairing benchmark
# (seeds 0-2: the lowest real rendering scored 0.13), so annotating it would be wasted work
_SHORTLIST_FLOOR = 0.08
# content words per side matched all against all when scoring a pair; longer sides are
# matched window by window (a news passage has far fewer, so their scores are exact)
_COVERAGE_WINDOW = 1000
# Sides further apart in length than this are never a rendering of each other (a partial
# rendering stays within _PARTIAL_MAX_RATIO): they are not shortlisted, nor scored, so one
# huge paragraph does not get matched against every short passage of a long text.
_MAX_LENGTH_RATIO = 10.0
# a word with its combining marks (stress) and invisible joiners, which fold() then drops
_QUICK_WORD_RE = re.compile(r"[@#]?(?:\w|[\u0300-\u036f\u0483-\u0489\u00ad\u200b-\u200d\u2060])+")


@dataclass(frozen=True)
class Candidate:
    """A passage that can take part in a pair."""

    start: int
    end: int
    lang: str
    kind: str  # a QuoteKind value, or "block" / "paragraph" for segments
    paragraph: int
    quote: Quote | None = None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in _PARAGRAPH_RE.finditer(text)]


def candidates(
    text: str, segments: Sequence[Segment], quotes: Sequence[Quote]
) -> tuple[list[Candidate], list[Candidate]]:
    """The Ukrainian and the English candidates of a document, each sorted by start."""
    starts = _paragraph_starts(text)

    def paragraph(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    outer = _outermost(quotes)
    by_lang: dict[str, list[Candidate]] = {"uk": [], "en": []}
    for quote in outer:
        if quote.lang in by_lang:
            kind = quote.kind.value
            by_lang[quote.lang].append(
                Candidate(quote.start, quote.end, quote.lang, kind, paragraph(quote.start), quote)
            )
    uk_quotes = list(by_lang["uk"])  # outermost quotes: disjoint, sorted by start
    uk_quote_starts = [q.start for q in uk_quotes]
    # Labels, copied posts' chrome and embeds' signatures are no one's words: no pair side's.
    signatures = {
        (q.attribution.span.start, q.attribution.span.end)
        for q in quotes
        if q.kind is QuoteKind.EMBED and q.attribution is not None and q.attribution.span
    }
    cuts = sorted({*furniture(text), *signatures})
    cut_starts = [cut[0] for cut in cuts]
    for segment in segments:
        if segment.lang not in by_lang:
            continue
        start, end = _outside(text, segment.start, segment.end, cuts, cut_starts)
        if start == end:
            continue
        quoted = 0
        index = max(bisect.bisect_left(uk_quote_starts, segment.start) - 1, 0)
        while segment.lang == "uk" and index < len(uk_quotes):
            q = uk_quotes[index]
            if q.start >= segment.end:
                break
            quoted += max(0, min(q.end, segment.end) - max(q.start, segment.start))
            index += 1
        if segment.lang == "uk" and quoted * 2 >= segment.end - segment.start:
            continue  # Ukrainian quotations already stand for most of this segment
        kind = "block" if segment.lang == "uk" else "paragraph"
        by_lang[segment.lang].append(Candidate(start, end, segment.lang, kind, paragraph(start)))
    uk = sorted(by_lang["uk"], key=lambda c: (c.start, c.end))
    uk_paragraphs = sorted(c.paragraph for c in uk)
    en = sorted(
        (
            c
            for c in by_lang["en"]
            if c.quote is not None or _near(uk_paragraphs, c.paragraph, _NEAR_PARAGRAPHS)
        ),
        key=lambda c: (c.start, c.end),
    )
    return uk, en


def _outside(
    text: str, start: int, end: int, cuts: Sequence[tuple[int, int]], starts: Sequence[int]
) -> tuple[int, int]:
    """The longest stretch of ``text[start:end]`` outside ``cuts`` (sorted, disjoint), trimmed:
    a segment without the label before it or the post's chrome around it."""
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    pieces, at = [], start
    while index < len(cuts) and cuts[index][0] < end:
        low, high = cuts[index]
        if high > at:
            pieces += [(at, low)] if low > at else []
            at = high
        index += 1
    if at == start:
        return start, end  # nothing cut: the common case
    pieces += [(at, end)] if at < end else []
    trimmed = [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip()))
        for a, b in pieces
    ]
    best = max(trimmed, key=lambda piece: piece[1] - piece[0], default=(start, start))
    return best if best[0] < best[1] else (start, start)


def _outermost(quotes: Sequence[Quote]) -> list[Quote]:
    """Quotes not inside another quote of their language (one of two identical spans)."""
    reach: dict[str, int] = {}
    kept = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if reach.get(quote.lang, -1) >= quote.end:
            continue
        reach[quote.lang] = max(reach.get(quote.lang, -1), quote.end)
        kept.append(quote)
    return kept


def _near(sorted_paragraphs: Sequence[int], paragraph: int, distance: int) -> bool:
    index = bisect.bisect_left(sorted_paragraphs, paragraph - distance)
    return index < len(sorted_paragraphs) and sorted_paragraphs[index] <= paragraph + distance


def _quick_words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` longer than two letters, in their matching form."""
    words = (fold(m.group()) for m in _QUICK_WORD_RE.finditer(text, start, end))
    return [word for word in words if len(word) > 2]


def _quick_key(word: str) -> str | None:
    """Handles, tags and numbers stand for themselves on both sides."""
    return word if word[0] in "@#" or word.isdigit() else None


def shortlist(
    text: str, uk: Sequence[Candidate], en: Sequence[Candidate], lexicon: Lexicon
) -> list[tuple[Candidate, Candidate]]:
    """The candidate pairs worth annotating and scoring in full.

    A bag-of-words look through the lexicon, on surface forms and before any annotation: for
    each Ukrainian candidate, the English candidates whose words it explains best (at most
    three, only those explained at least half as well as the best one, and none whose
    overlap is below ``_SHORTLIST_FLOOR``: a passage with no rendering near it gets no
    partner to annotate). This keeps
    stanza to the passages that can pair, and the full scoring to a few pairs per passage.
    """
    en_bags = {
        c: {
            w if w[0] in "@#" or w.isdigit() else en_stem(w)
            for w in _quick_words(text, c.start, c.end)
        }
        for c in en
    }
    by_paragraph = sorted(en, key=lambda c: (c.paragraph, c.start))  # text order, too
    paragraphs = [c.paragraph for c in by_paragraph]
    en_starts = [c.start for c in by_paragraph]
    chosen: list[tuple[Candidate, Candidate]] = []
    for source in uk:
        # Renderings stand near their original: looking further would make long texts cost
        # the square of their length.
        low = bisect.bisect_left(paragraphs, source.paragraph - _WINDOW_PARAGRAPHS)
        high = bisect.bisect_right(paragraphs, source.paragraph + _WINDOW_PARAGRAPHS)
        # ... and among them the nearest in the text: a text without paragraph breaks (a
        # transcript, a page without spaces) would otherwise offer every candidate it has
        here = bisect.bisect_left(en_starts, source.start)
        low, high = max(low, here - _NEAREST), min(high, here + _NEAREST)
        nearby = by_paragraph[low:high]
        # Each Ukrainian word's English keys: a word explained counts once however many keys
        # it has, so a candidate is ranked by how much of both sides the other explains.
        source_words = _quick_words(text, source.start, source.end)
        word_keys: list[frozenset[str]] = []
        for word in source_words:
            anchor = _quick_key(word)
            if anchor:
                word_keys.append(frozenset((anchor,)))
            else:
                candidates_of = lexicon.english_candidates(word.lower())
                if candidates_of:
                    word_keys.append(frozenset(key.lower() for key in candidates_of))
        if not word_keys:
            continue  # nothing in it the lexicon knows (or only words of one or two letters)
        keys = frozenset().union(*word_keys)
        ranked = sorted(
            (
                (
                    _balanced(
                        sum(1 for options in word_keys if not options.isdisjoint(bag))
                        / len(source_words),
                        len(bag & keys) / len(bag),
                    ),
                    abs(target.paragraph - source.paragraph),  # on a tie, the nearer one
                    target.start,
                    target,
                )
                for target in nearby
                if (bag := en_bags[target])
                and not source.overlaps(target)
                and _comparable(source, target)
            ),
            key=lambda item: (-item[0], item[1], item[2]),
        )
        best = ranked[0][0] if ranked else 0.0
        chosen.extend(
            (source, target)
            for value, _, _, target in ranked[:_SHORTLIST]
            if value >= _SHORTLIST_FLOOR and value >= _SHORTLIST_SHARE * best
        )
    return chosen


def _comparable(uk: Candidate, en: Candidate) -> bool:
    """Whether the two sides' lengths allow one to render the other (``_MAX_LENGTH_RATIO``)."""
    ratio = (en.end - en.start) / max(uk.end - uk.start, 1) / _LENGTH_RATIO
    return 1 / _MAX_LENGTH_RATIO <= ratio <= _MAX_LENGTH_RATIO


def _balanced(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def _anchors(text: str) -> set[str]:
    return {match.group().lower().rstrip(".,") for match in _ANCHOR_RE.finditer(text)}


class _Coverage(NamedTuple):
    """How much of each side the other explains: shares of content words, and word counts."""

    uk: float
    en: float
    uk_words: float  # Ukrainian content words explained (a partial match counts its score)
    en_words: float


def _coverage(matcher: Matcher, uk: Sequence[Sentence], en: Sequence[Sentence]) -> _Coverage:
    """Share of Ukrainian content words with an English counterpart, and the reverse.

    Sides of up to ``_COVERAGE_WINDOW`` content words are matched all against all. Longer
    ones (a transcript and its rendering, each one paragraph) are matched in windows: each
    window of ``_COVERAGE_WINDOW`` Ukrainian words against the English words at the same
    relative place, a window either side — a rendering keeps the order of its original —
    so the work grows with the length of the sides, not with its square.
    """
    uk_words = [WordView.of(t) for s in uk for t in content_words(s.tokens, "uk")]
    en_words = [WordView.of(t) for s in en for t in content_words(s.tokens, "en")]
    n, m = len(uk_words), len(en_words)
    if n < _MIN_WORDS or m < _MIN_WORDS:
        return _Coverage(0.0, 0.0, 0.0, 0.0)
    best_uk = [0.0] * n
    best_en = [0.0] * m
    for low in range(0, n, _COVERAGE_WINDOW):
        high = min(n, low + _COVERAGE_WINDOW)
        if n <= _COVERAGE_WINDOW and m <= _COVERAGE_WINDOW:
            first, last = 0, m
        else:
            first = max(0, low * m // n - _COVERAGE_WINDOW)
            last = min(m, high * m // n + _COVERAGE_WINDOW)
        found = matcher.matches(uk_words[low:high], en_words[first:last])
        for (i, j), (value, _) in found.items():
            best_uk[low + i] = max(best_uk[low + i], value)
            best_en[first + j] = max(best_en[first + j], value)
    uk_sum, en_sum = sum(best_uk), sum(best_en)
    return _Coverage(uk_sum / n, en_sum / m, uk_sum, en_sum)


def _same_speaker(a: Attribution | None, b: Attribution | None) -> bool:
    if a is None or b is None:
        return False
    if a.handle and b.handle:
        return a.handle.lower() == b.handle.lower()
    if a.speaker and b.speaker:
        last_a, last_b = a.speaker.split()[-1], b.speaker.split()[-1]
        return (
            last_a == last_b
            or name_similarity(last_a, last_b) >= 0.75
            or name_similarity(last_b, last_a) >= 0.75
        )
    return False


def score_pair(
    text: str,
    uk: Candidate,
    en: Candidate,
    uk_sentences: Sequence[Sentence],
    en_sentences: Sequence[Sentence],
    matcher: Matcher,
) -> float:
    """How likely ``en`` renders ``uk`` (or the reverse), in [0, 1]."""
    if not _comparable(uk, en):
        return 0.0
    cover = _coverage(matcher, uk_sentences, en_sentences)
    if cover.uk == 0.0 and cover.en == 0.0:
        return 0.0
    balanced = _balanced(cover.uk, cover.en)
    uk_chars, en_chars = uk.end - uk.start, en.end - en.start
    ratio = en_chars / max(uk_chars, 1) / _LENGTH_RATIO
    # A partial rendering covers well the shorter side only, and the part of the longer side
    # it renders: if the longer side explains much less than that, the shorter side's words
    # were found in it by chance (common words in a long paragraph). One word is chance too,
    # and so is anything a side four times longer explains.
    partial = 0.0
    if (
        1 / _PARTIAL_MAX_RATIO <= ratio < 0.7
        and cover.en_words >= _PARTIAL_MIN_WORDS
        and cover.uk >= _PARTIAL_SHARE * cover.en * ratio
    ):
        partial = 0.8 * cover.en
    elif (
        1.4 < ratio <= _PARTIAL_MAX_RATIO
        and cover.uk_words >= _PARTIAL_MIN_WORDS
        and cover.en >= _PARTIAL_SHARE * cover.uk / ratio
    ):
        partial = 0.8 * cover.uk
    score = max(balanced, partial)
    anchors_uk, anchors_en = _anchors(text[uk.start : uk.end]), _anchors(text[en.start : en.end])
    if anchors_uk and anchors_en:
        shared = len(anchors_uk & anchors_en) / len(anchors_uk | anchors_en)
        score += 0.15 * shared - 0.05 * (shared == 0)
    uk_attr = uk.quote.attribution if uk.quote else None
    en_attr = en.quote.attribution if en.quote else None
    if _same_speaker(uk_attr, en_attr):
        score += 0.1
    score -= 0.1 * abs(math.log(max(ratio, 1e-3))) if not partial else 0.0
    distance = abs(uk.paragraph - en.paragraph)
    score *= 0.85 ** max(distance - 1, 0)
    if en.quote is None:
        score *= 0.9  # an unquoted paragraph renders a quotation less often than a quotation does
    return round(max(0.0, min(1.0, score)), 4)


def _merged_attribution(source: Candidate, target: Candidate) -> Attribution | None:
    """The embed's signature wins for handle and date; a reporting verb fills the gaps."""
    first = source.quote.attribution if source.quote else None
    second = target.quote.attribution if target.quote else None
    if source.kind != QuoteKind.EMBED.value and target.kind == QuoteKind.EMBED.value:
        first, second = second, first
    if first is None or second is None:
        return first or second
    return Attribution(
        speaker=first.speaker or second.speaker,
        handle=first.handle or second.handle,
        date=first.date or second.date,
        platform=first.platform or second.platform,
        span=first.span or second.span,
    )


class _Taken:
    """Disjoint spans already paired, sorted, for overlap checks in logarithmic time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, candidate: Candidate) -> bool:
        index = bisect.bisect_left(self.starts, candidate.end)  # spans starting before its end
        return index > 0 and self.ends[index - 1] > candidate.start

    def add(self, candidate: Candidate) -> None:
        index = bisect.bisect_left(self.starts, candidate.start)
        self.starts.insert(index, candidate.start)
        self.ends.insert(index, candidate.end)


def pair_passages(
    text: str,
    candidate_pairs: Sequence[tuple[Candidate, Candidate]],
    sentences: dict[tuple[int, int], list[Sentence]],
    matcher: Matcher,
) -> list[Pair]:
    """Choose a one-to-one set of pairs and align each.

    Args:
        text: the document text.
        candidate_pairs: ``(Ukrainian, English)`` candidates to score (:func:`shortlist`).
        sentences: the sentences of each candidate, keyed by ``(start, end)``.
        matcher: word correspondences.

    Returns:
        Pairs sorted by the source's start; ``score`` is the pairing confidence.
    """
    scored: list[tuple[float, Candidate, Candidate]] = []
    for uk, en in candidate_pairs:
        value = score_pair(
            text,
            uk,
            en,
            sentences.get((uk.start, uk.end), []),
            sentences.get((en.start, en.end), []),
            matcher,
        )
        if value >= _THRESHOLD:
            scored.append((value, uk, en))
    scored = _without_nested(scored)
    scored.sort(key=lambda item: (-item[0], item[1].start, item[2].start, item[2].end))
    chosen: list[tuple[float, Candidate, Candidate]] = []
    used_uk, used_en = _Taken(), _Taken()
    for value, uk, en in scored:
        if used_uk.overlaps(uk) or used_en.overlaps(en):
            continue
        used_uk.add(uk)
        used_en.add(en)
        chosen.append((value, uk, en))
    return sorted(
        (_build_pair(text, value, uk, en, sentences, matcher) for value, uk, en in chosen),
        key=lambda pair: pair.source.start,
    )


def _contains(outer: Candidate, inner: Candidate) -> bool:
    """``inner`` lies inside ``outer`` and is less than half of it: a term, not the passage."""
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and 2 * (inner.end - inner.start) < outer.end - outer.start
    )


def _without_nested(
    scored: list[tuple[float, Candidate, Candidate]],
) -> list[tuple[float, Candidate, Candidate]]:
    """Drop pairs whose two sides lie inside the two sides of another pair that scored.

    A term quoted inside a passage («зелений коридор») and inside its rendering ("green
    corridor") pair with each other easily; the passages around them are the pair.
    """
    by_start = sorted(scored, key=lambda item: item[1].start)
    starts = [item[1].start for item in by_start]
    reach: list[int] = []  # the furthest Ukrainian end among the first k pairs
    for item in by_start:
        reach.append(max(item[1].end, reach[-1] if reach else -1))

    def nested(item: tuple[float, Candidate, Candidate]) -> bool:
        # Only pairs starting at or before this one can hold it; walk back while one of them
        # still reaches its end (candidates barely overlap, so the walk is short).
        k = bisect.bisect_right(starts, item[1].start) - 1
        while k >= 0 and reach[k] >= item[1].end:
            other = by_start[k]
            if _contains(other[1], item[1]) and _contains(other[2], item[2]):
                return True
            k -= 1
        return False

    return [
        item
        for item in scored
        if QuoteKind.EMBED.value in (item[1].kind, item[2].kind)  # an embed is a whole passage
        or not nested(item)
    ]


def _build_pair(
    text: str,
    value: float,
    uk: Candidate,
    en: Candidate,
    sentences: dict[tuple[int, int], list[Sentence]],
    matcher: Matcher,
) -> Pair:
    # The embedded passage is the original; otherwise the Ukrainian side is taken as source.
    english_is_source = en.kind == QuoteKind.EMBED.value and uk.kind != QuoteKind.EMBED.value
    source, target = (en, uk) if english_is_source else (uk, en)
    alignment = align_sentences(
        text,
        sentences.get((source.start, source.end), []),
        text,
        sentences.get((target.start, target.end), []),
        matcher,
        source_is_uk=not english_is_source,
    )
    return Pair(
        source=PairSide.of(text, source.start, source.end, lang=source.lang),
        target=PairSide.of(text, target.start, target.end, lang=target.lang),
        score=value,
        sentences=alignment.sentences,
        words=alignment.words,
        attribution=_merged_attribution(source, target),
        windowed=alignment.windowed,
    )
