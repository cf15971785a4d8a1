"""The coverage map of a pair: which content words of each side the other side explains.

A content word (:func:`~bilingua.match.content_words`) is *explained* when a word link of the
alignment (:mod:`bilingua.align`) reaches it — by the lexicon, a learned translation, a phrase,
an alias, transliteration, a number, a date, an identical string, or its place between linked
neighbours. Every other content word is inside a :class:`~bilingua.model.Gap`: a run of
unexplained content words of one sentence (function words between them included), with what it
holds (a name, a number, a date, a negation, a verb) and, where the run stands inside a
sentence link, the stretch of the other side where its counterpart would stand
(``opposite``). Verification (:mod:`bilingua.verify`) reads the map; so do the exports and
the report.

This is the one place that decides what "explained" means; the map is built once per pair.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bilingua.align import Alignment, name_positions
from bilingua.lexicon.dates import calendar_value_at
from bilingua.lexicon.polarity import is_negation
from bilingua.match import content_words
from bilingua.model import Coverage, Gap, GapHolds, Sentence, SentenceLink, Span, Token

__all__ = ["Side", "coverage_map", "gap_weight"]

_DIGIT_RE = re.compile(r"\d")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_SCALE_RE = re.compile(
    r"^(?:thousands?|millions?|billions?|trillions?|hundreds?|percent|times|"
    r"тисяч\w*|мільйон\w*|мільярд\w*|трильйон\w*|відсот\w*|разів|рази|млн|млрд|тис)$"
)
# Verb forms the rules backend cannot tag: Ukrainian infinitives, past tense, present
# persons; English forms after an auxiliary are caught by the -ed/-ing endings only roughly.
_UK_VERB_RE = re.compile(
    r"(?:ти|тись|тися|ть|ться|ла|ли|ло|лась|лися|вся|ємо|ємося|ють|ються|ать|ять|ить|ите|"
    r"ете|имо|емо|ує|ую|юю|аю|яю)$"
)
_EN_VERB_RE = re.compile(r"^[a-z]+(?:ed|ing)$")
#: How much what a gap holds adds to its weight, beyond one per content word (docs/verify.md).
HOLD_WEIGHT = {
    GapHolds.NAME: 1.0,
    GapHolds.NUMBER: 1.5,
    GapHolds.DATE: 1.5,
    GapHolds.NEGATION: 1.0,
    GapHolds.VERB: 0.5,
}


@dataclass(frozen=True)
class Side:
    """One side of a pair: a stretch of a text, its language and its sentences.

    Attributes:
        text: the text the offsets index into (the document, or the standalone string).
        start: offset of the side's first character (code points).
        end: offset after its last character (exclusive).
        lang: ``"uk"`` or ``"en"``.
        sentences: the side's sentences with their tokens, in order, all inside the side.
    """

    text: str
    start: int
    end: int
    lang: str
    sentences: tuple[Sentence, ...]

    def span(self, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return Span.of(self.text, start, end)

    def tokens(self) -> Iterator[Token]:
        """Every token of the side, in order."""
        for sentence in self.sentences:
            yield from sentence.tokens

    @functools.cached_property
    def _ordered(self) -> tuple[list[Token], list[int]]:
        tokens = list(self.tokens())
        return tokens, [t.start for t in tokens]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, if any."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index < 0 or self.sentences[index].end <= offset:
            return None
        return self.sentences[index]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens inside ``span``, in order (a binary search, not a walk of the side)."""
        tokens, starts = self._ordered
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, span.end)
        return [t for t in tokens[lo:hi] if t.end <= span.end]


def coverage_map(source: Side, target: Side, alignment: Alignment) -> Coverage:
    """The coverage map of a pair from its alignment.

    Args:
        source: the source side.
        target: the target side.
        alignment: sentence and word links between them (source spans into ``source.text``,
            target spans into ``target.text``).

    Returns:
        The :class:`~bilingua.model.Coverage`: counts of content words and of explained ones
        per side, and every gap, source gaps first, each in text order.
    """
    partner_s = {(w.source.start, w.source.end): w.target for w in alignment.words}
    partner_t = {(w.target.start, w.target.end): w.source for w in alignment.words}
    links = _Links(alignment.sentences)
    gaps_s, words_s, explained_s = _gaps(source, "source", partner_s, links, target)
    gaps_t, words_t, explained_t = _gaps(target, "target", partner_t, links, source)
    return Coverage(
        source_words=words_s,
        source_explained=explained_s,
        target_words=words_t,
        target_explained=explained_t,
        gaps=(*gaps_s, *gaps_t),
    )


def gap_weight(gap: Gap) -> float:
    """A gap's weight: one per content word, plus :data:`HOLD_WEIGHT` for what it holds."""
    return len(gap.words) + sum(HOLD_WEIGHT[hold] for hold in gap.holds)


def _gaps(
    side: Side,
    role: str,
    partners: dict[tuple[int, int], Span],
    links: _Links,
    other: Side,
) -> tuple[list[Gap], int, int]:
    """The gaps of one side, its content words and how many are explained."""
    gaps: list[Gap] = []
    words = explained = 0
    for sentence in side.sentences:
        tokens = sentence.tokens
        # words in the other language's script are the untranslated check's, not gaps
        content = {
            id(t) for t in content_words(tokens, sentence.lang) if _in_script(t.text, side.lang)
        }
        names = name_positions(tokens)
        run: list[int] = []  # token indices of the current run's unexplained content words
        for index, token in enumerate(tokens):
            if id(token) not in content:
                continue
            words += 1
            if (token.start, token.end) in partners:
                explained += 1
                if run:
                    gaps.append(_gap(side, role, tokens, run, names, partners, links, other))
                    run = []
            else:
                run.append(index)
        if run:
            gaps.append(_gap(side, role, tokens, run, names, partners, links, other))
    return gaps, words, explained


def _gap(
    side: Side,
    role: str,
    tokens: Sequence[Token],
    run: list[int],
    names: set[int],
    partners: dict[tuple[int, int], Span],
    links: _Links,
    other: Side,
) -> Gap:
    first, last = run[0], run[-1]
    if first > 0 and is_negation(tokens[first - 1].text, side.lang):
        first -= 1  # "не шукав": the negation belongs to the unexplained word it negates
    holds = _holds(side.lang, tokens, first, last, set(run), names)
    start, end = tokens[first].start, tokens[last].end
    return Gap(
        start=start,
        end=end,
        text=side.text[start:end],
        side="source" if role == "source" else "target",
        words=tuple(side.span(tokens[k].start, tokens[k].end) for k in run),
        holds=holds,
        opposite=_opposite(tokens, first, last, partners, links, role, other),
    )


def _holds(
    lang: str, tokens: Sequence[Token], first: int, last: int, words: set[int], names: set[int]
) -> tuple[GapHolds, ...]:
    found: set[GapHolds] = set()
    for k in range(first, last + 1):
        token = tokens[k]
        text = token.text
        if is_negation(text, lang):
            found.add(GapHolds.NEGATION)
        if k not in words:
            continue
        if _DIGIT_RE.search(text) or _SCALE_RE.match(text.lower()):
            found.add(GapHolds.NUMBER)
        elif calendar_value_at([t.text for t in tokens[max(0, k - 1) : k + 2]], min(k, 1), lang):
            found.add(GapHolds.DATE)
        elif k in names:
            found.add(GapHolds.NAME)
        if _is_verb(token, lang):
            found.add(GapHolds.VERB)
    return tuple(hold for hold in GapHolds if hold in found)


def _in_script(word: str, lang: str) -> bool:
    """Whether a word is not written in the other language's script: a Cyrillic word on an
    English side, or a Latin one on a Ukrainian side, is left untranslated, not explained or
    missing (digits and Latin names in Ukrainian text are the language's own)."""
    if lang == "en":
        return not _CYRILLIC_RE.search(word)
    return True


def _is_verb(token: Token, lang: str) -> bool:
    if token.upos is not None:
        return token.upos in ("VERB", "AUX")
    word = token.text.lower()
    if lang == "uk":
        return len(word) > 3 and bool(_UK_VERB_RE.search(word))
    return bool(_EN_VERB_RE.match(word))


def _opposite(
    tokens: Sequence[Token],
    first: int,
    last: int,
    partners: dict[tuple[int, int], Span],
    links: _Links,
    role: str,
    other: Side,
) -> Span | None:
    """Where on the other side the gap's counterpart would stand: between the partners of
    the nearest explained words around it, inside its sentence link."""
    start, end = tokens[first].start, tokens[last].end
    link = links.containing(start, end, role)
    if link is None:
        return None
    bounds = _side_of(link, role)
    facing = _side_of(link, "target" if role == "source" else "source")
    lo, hi = facing.start, facing.end
    before = next(
        (
            partners[t.start, t.end]
            for t in reversed(tokens[:first])
            if t.start >= bounds.start and (t.start, t.end) in partners
        ),
        None,
    )
    after = next(
        (
            partners[t.start, t.end]
            for t in tokens[last + 1 :]
            if t.end <= bounds.end and (t.start, t.end) in partners
        ),
        None,
    )
    if before is not None and lo <= before.end <= hi:
        lo = before.end
    if after is not None and lo <= after.start <= hi:
        hi = after.start
    return other.span(lo, hi) if lo <= hi else None


def _side_of(link: SentenceLink, role: str) -> Span:
    return link.source if role == "source" else link.target


class _Links:
    """Sentence links, found by the offsets of either side in logarithmic time."""

    def __init__(self, links: Sequence[SentenceLink]) -> None:
        self.by_role = {
            role: sorted(links, key=lambda k: _side_of(k, role).start)
            for role in ("source", "target")
        }
        self.starts = {
            role: [_side_of(k, role).start for k in ordered]
            for role, ordered in self.by_role.items()
        }

    def containing(self, start: int, end: int, role: str) -> SentenceLink | None:
        """The link whose ``role`` side holds ``start..end``, if any."""
        index = bisect.bisect_right(self.starts[role], start) - 1
        if index < 0:
            return None
        link = self.by_role[role][index]
        return link if end <= _side_of(link, role).end else None
