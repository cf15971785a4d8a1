"""Scores of lexicon entries: the kinds of entry, how a weight scales a score, and what one
Ukrainian key can match on the English side (:class:`Targets`)."""

from __future__ import annotations

from typing import Literal

from bilingua.lexicon._english import acronym_key, english_keys, needs_capital, translation_keys

__all__ = [
    "KINDS",
    "LEARNED_FLOOR",
    "LEARNED_SPAN",
    "NO_MATCH",
    "Kind",
    "Score",
    "Targets",
    "Translation",
    "beats",
    "better",
    "scale",
    "update_translations",
]

#: What kind of entry a match came from: the curated lexicon, the alias table (РФ → Russia), or a
#: table learned from parallel text.
Kind = Literal["lexicon", "alias", "learned"]
KINDS: tuple[Kind, ...] = ("lexicon", "alias", "learned")
#: A learned entry of probability p scores LEARNED_FLOOR + LEARNED_SPAN · p: at least the 0.5 a
#: word link needs (align.py), always below a curated full (1.0) or head-word (0.75) hit, the
#: probability ordering learned links among themselves.
LEARNED_FLOOR = 0.5
LEARNED_SPAN = 0.2
Score = tuple[float, Kind]
Translation = tuple[float, Kind, bool]  # weight, kind, stemmed
NO_MATCH: tuple[float, Kind | None] = (0.0, None)


def scale(weight: float, kind: Kind) -> float:
    """What an entry's weight scales its scores by (a learned probability maps into
    [LEARNED_FLOOR, LEARNED_FLOOR + LEARNED_SPAN])."""
    return LEARNED_FLOOR + LEARNED_SPAN * weight if kind == "learned" else weight


def beats(new: Score, old: Score | None) -> bool:
    """Whether score ``new`` beats ``old``: higher, or as high and of a kind earlier in
    :data:`KINDS` (curated before alias before learned)."""
    if old is None or new[0] != old[0]:
        return old is None or new[0] > old[0]
    return KINDS.index(new[1]) < KINDS.index(old[1])


def better(new: Translation, old: Translation | None) -> bool:
    """Whether translation ``new`` beats ``old``, by the scale of their scores."""
    if old is None:
        return True
    return beats((scale(new[0], new[1]), new[1]), (scale(old[0], old[1]), old[1]))


class Targets:
    """What one Ukrainian key can match on the English side."""

    __slots__ = ("acronyms", "english", "words")

    def __init__(self, translations: dict[str, Translation]) -> None:
        words: dict[str, Score] = {}
        acronyms: dict[str, Score] = {}
        for english, (weight, kind, stemmed) in translations.items():
            keys = list(translation_keys(english))
            if stemmed:
                keys.append((english.lower(), False, 1.0))
            factor = scale(weight, kind)
            for key, is_acronym, base in keys:
                table = acronyms if is_acronym else words
                score: Score = (round(base * factor, 6), kind)
                if beats(score, table.get(key)):
                    table[key] = score
        self.words = words
        self.acronyms = acronyms
        self.english = frozenset(translations)

    def score(self, en_word: str, en_lemma: str | None) -> tuple[float, Kind | None]:
        best: Score | None = None
        for word in (en_word, en_lemma):
            if not word:
                continue
            for key in english_keys(word):
                hit = self.words.get(key)
                if hit is not None and beats(hit, best):
                    best = hit
            acronym = acronym_key(word) if self.acronyms else None
            hit = self.acronyms.get(acronym) if acronym else None
            if (
                hit is not None
                and (best is None or hit[0] > best[0])
                and (word[:1].isupper() or not needs_capital(acronym or ""))
            ):
                best = hit
        return NO_MATCH if best is None else best


def update_translations(into: dict[str, Translation], new: dict[str, Translation]) -> None:
    for english, score in new.items():
        if better(score, into.get(english)):
            into[english] = score
