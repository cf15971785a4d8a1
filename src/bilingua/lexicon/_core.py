"""The :class:`Lexicon`: Ukrainian lemmas with their English translations, indexed for matching.

Everything is computed once, in the constructor: per Ukrainian key (lowercase lemma, apostrophes
folded to ’) and per Ukrainian stem, a dictionary from English keys (stems, acronyms) to the best
score and the kind of entry that gave it. A lookup is then a few cached stem computations and
dictionary hits, and the object is never changed again, so it can be shared between threads.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from bilingua.errors import InputError
from bilingua.lexicon._english import acronym_key, english_keys, needs_capital, translation_keys
from bilingua.lexicon.stem import (
    UK_IRREGULAR,
    is_verb_lemma,
    normalize_apostrophes,
    uk_stem,
    uk_verb_stem,
)

__all__ = ["Kind", "LexEntry", "Lexicon", "uk_key"]

#: What kind of entry a match came from: the lexicon proper, or the alias table (РФ → Russia).
Kind = Literal["lexicon", "alias"]
_Score = tuple[float, Kind]
_Translation = tuple[float, Kind, bool]  # weight, kind, stemmed
_NO_MATCH: tuple[float, Kind | None] = (0.0, None)


class LexEntry(NamedTuple):
    """One Ukrainian lemma (or phrase) with its English translations.

    Attributes:
        uk: the Ukrainian lemma or phrase; written in capitals (``США``), it is an abbreviation
            and matches only as written (in any case), never through stems.
        en: one English translation, or several separated by ``|``.
        kind: ``"lexicon"`` or ``"alias"``.
        weight: scales every score this entry gives, in (0, 1] (learned entries use their
            probability).
        stemmed: both sides are stems as :mod:`~bilingua.lexicon.learn` writes them
            (``безпек``/``secur``): they are also matched as they are, not only stemmed again.
    """

    uk: str
    en: str
    kind: Kind = "lexicon"
    weight: float = 1.0
    stemmed: bool = False


@lru_cache(maxsize=65536)
def uk_key(text: str) -> str:
    """The lookup key of a Ukrainian word or phrase: NFC, lowercase, ’ apostrophes, one space."""
    return " ".join(normalize_apostrophes(unicodedata.normalize("NFC", text).lower()).split())


@lru_cache(maxsize=65536)
def _stem_key(key: str) -> str:
    return " ".join(uk_stem(word) for word in key.split(" "))


def _is_abbreviation(uk: str) -> bool:
    letters = [ch for ch in uk if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _better(new: _Score | _Translation, old: _Score | _Translation | None) -> bool:
    return old is None or new[0] > old[0] or (new[0] == old[0] and new[1] == "lexicon")


class _Targets:
    """What one Ukrainian key can match on the English side."""

    __slots__ = ("acronyms", "english", "words")

    def __init__(self, translations: dict[str, _Translation]) -> None:
        words: dict[str, _Score] = {}
        acronyms: dict[str, _Score] = {}
        for english, (weight, kind, stemmed) in translations.items():
            keys = list(translation_keys(english))
            if stemmed:
                keys.append((english.lower(), False, 1.0))
            for key, is_acronym, base in keys:
                table = acronyms if is_acronym else words
                score: _Score = (round(base * weight, 6), kind)
                if _better(score, table.get(key)):
                    table[key] = score
        self.words = words
        self.acronyms = acronyms
        self.english = frozenset(translations)

    def score(self, en_word: str, en_lemma: str | None) -> tuple[float, Kind | None]:
        best: tuple[float, Kind | None] = _NO_MATCH
        for word in (en_word, en_lemma):
            if not word:
                continue
            for key in english_keys(word):
                hit = self.words.get(key)
                if hit is not None and (
                    hit[0] > best[0] or (hit[0] == best[0] and best[1] == "alias")
                ):
                    best = hit
            acronym = acronym_key(word) if self.acronyms else None
            hit = self.acronyms.get(acronym) if acronym else None
            if (
                hit is not None
                and hit[0] > best[0]
                and (word[:1].isupper() or not needs_capital(acronym or ""))
            ):
                best = hit
        return best


class Lexicon:
    """Ukrainian lemmas and their English translations, with stem indexes for fast matching.

    Immutable after construction and safe to share between threads. Build one with
    :meth:`from_entries`, :func:`~bilingua.lexicon.load_lexicon` or
    :func:`~bilingua.lexicon.default_lexicon`; combine with :meth:`merged`.

    When the same Ukrainian key has the same English translation twice, the higher weight wins,
    and on a tie a ``"lexicon"`` entry wins over an ``"alias"`` one.
    """

    __slots__ = ("_display", "_exact", "_stem", "_table", "_verb")
    _display: dict[str, str]
    _table: dict[str, dict[str, _Translation]]
    _exact: dict[str, _Targets]
    _stem: dict[str, _Targets]
    _verb: dict[str, _Targets]

    def __init__(self, entries: Iterable[LexEntry] = ()) -> None:
        """Index ``entries``.

        Args:
            entries: the entries; ``en`` may hold several translations separated by ``|``.

        Raises:
            InputError: an entry has an empty side or a weight outside (0, 1].
        """
        table: dict[str, dict[str, _Translation]] = {}
        stem_keys: dict[str, set[str]] = {}
        abbreviations: set[str] = set()
        display: dict[str, str] = {}
        for entry in entries:
            _check(entry)
            key = uk_key(entry.uk)
            display.setdefault(key, " ".join(entry.uk.split()))
            if _is_abbreviation(entry.uk):
                abbreviations.add(key)
            else:
                stem_keys.setdefault(key, {_stem_key(key)})
                if entry.stemmed:
                    stem_keys[key].add(key)
            translations = table.setdefault(key, {})
            for english in entry.en.split("|"):
                english = " ".join(english.split())
                if not english:
                    continue
                score: _Translation = (float(entry.weight), entry.kind, entry.stemmed)
                if _better(score, translations.get(english)):
                    translations[english] = score
        groups: dict[str, dict[str, _Translation]] = defaultdict(dict)
        for key, stems in stem_keys.items():
            for stem in stems:
                _update(groups[stem], table[key])
        stem_targets = {stem: _Targets(group) for stem, group in groups.items()}
        verb_groups: dict[str, dict[str, _Translation]] = defaultdict(dict)
        for key in stem_keys:
            if is_verb_lemma(key):
                _update(verb_groups[uk_verb_stem(key)], table[key])
        verb_targets = {stem: _Targets(group) for stem, group in verb_groups.items()}
        exact: dict[str, _Targets] = {}
        for key, translations in table.items():
            stems = stem_keys.get(key, set())
            if len(stems) == 1:  # the key's stem group already holds its translations at best
                exact[key] = stem_targets[next(iter(stems))]
                continue
            combined = dict(translations)
            for stem in stems:
                _update(combined, groups[stem])
            exact[key] = _Targets(combined)
        object.__setattr__(self, "_display", display)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_stem", stem_targets)
        object.__setattr__(self, "_verb", verb_targets)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> Lexicon:
        """A lexicon of ``(uk_lemma, english)`` pairs, all of kind ``"lexicon"``.

        Args:
            entries: pairs; ``english`` may hold several translations separated by ``|``.

        Returns:
            The lexicon.

        Raises:
            InputError: a pair has an empty side.
        """
        return cls(LexEntry(uk, en) for uk, en in entries)

    def merged(self, *others: Lexicon) -> Lexicon:
        """A new lexicon with the entries of this one and of ``others`` (this one is unchanged)."""
        return Lexicon(_chain(self, *others))

    def entries(self) -> Iterator[LexEntry]:
        """Every pair, one translation each, sorted by Ukrainian key, Ukrainian as first written."""
        for key in sorted(self._table):
            for english, (weight, kind, stemmed) in sorted(self._table[key].items()):
                yield LexEntry(self._display[key], english, kind, weight, stemmed)

    def __len__(self) -> int:
        """The number of distinct Ukrainian keys (lowercase lemmas or phrases)."""
        return len(self._table)

    def __contains__(self, uk_lemma: object) -> bool:
        return isinstance(uk_lemma, str) and uk_key(uk_lemma) in self._table

    def __repr__(self) -> str:
        pairs = sum(len(translations) for translations in self._table.values())
        return f"<Lexicon: {len(self)} Ukrainian lemmas, {pairs} pairs>"

    def translations(self, uk_lemma: str) -> frozenset[str]:
        """The English translations of one Ukrainian lemma, exactly as listed (any case).

        Args:
            uk_lemma: the lemma in dictionary form (``безпека``); other forms give nothing.

        Returns:
            The translations as written in the lexicon, or an empty set.
        """
        return frozenset(self._table.get(uk_key(uk_lemma), ()))

    def translations_of(self, uk: str) -> frozenset[str]:
        """The English translations of a Ukrainian word or phrase in any form (via stems).

        Args:
            uk: a word or phrase as it appears in text (``Росії``, ``Верховної Ради``).

        Returns:
            The translations as written in the lexicon, or an empty set.
        """
        targets = self._lookup(uk)
        return targets.english if targets is not None else frozenset()

    def match_kind(
        self,
        uk_word: str,
        en_word: str,
        uk_lemma: str | None = None,
        en_lemma: str | None = None,
    ) -> tuple[float, Kind | None]:
        """How well a Ukrainian word and an English word render each other, and by what entry.

        The Ukrainian side is found by its lemma when one is given and known, else by the
        surface form: exactly, then by :func:`~bilingua.lexicon.uk_stem`, then (for verb
        lemmas: ``говорив`` ~ ``говорити``) by :func:`~bilingua.lexicon.stem.uk_verb_stem`.
        The English side matches by stem (of the word and of ``en_lemma``), or as an acronym.
        See :meth:`match` for the scores.

        Args:
            uk_word: the Ukrainian token as written (any case).
            en_word: the English token; keep its case: ``US``/``WHO`` match only with capitals.
            uk_lemma: its lemma, when a tagger gave one.
            en_lemma: the English lemma, when a tagger gave one.

        Returns:
            ``(score, kind)`` with ``kind`` ``"lexicon"`` or ``"alias"``; ``(0.0, None)`` when
            nothing matches. On equal scores ``"lexicon"`` wins.
        """
        targets = self._resolve(uk_word, uk_lemma)
        if targets is None or not en_word:
            return _NO_MATCH
        return targets.score(en_word, en_lemma)

    def match(
        self,
        uk_word: str,
        en_word: str,
        uk_lemma: str | None = None,
        en_lemma: str | None = None,
    ) -> float:
        """A score in [0, 1] of how well two words render each other.

        1.0 when an English translation of the Ukrainian word (by lemma, or by stem of the
        surface form) has the English word's stem; 0.75 when it hits the head word of a
        multi-word translation (``Armed Forces of Ukraine`` → ``forces``) and 0.4 another of its
        content words; 0 otherwise. Learned entries scale these by their probability.
        Ukrainian words starting with ``@`` or ``#`` never match.

        Args:
            uk_word: the Ukrainian token as written (any case).
            en_word: the English token, case kept.
            uk_lemma: the Ukrainian lemma, when known.
            en_lemma: the English lemma, when known.

        Returns:
            The score.
        """
        return self.match_kind(uk_word, en_word, uk_lemma, en_lemma)[0]

    def english_candidates(self, uk_word: str, uk_lemma: str | None = None) -> frozenset[str]:
        """The English keys a Ukrainian word can match: lowercase stems and uppercase acronyms.

        Args:
            uk_word: the Ukrainian token as written.
            uk_lemma: its lemma, when known.

        Returns:
            Stems as :func:`~bilingua.lexicon.en_stem` gives them (phrases: stems joined by a
            space) and acronyms such as ``NATO``; empty when the word is unknown.
        """
        targets = self._resolve(uk_word, uk_lemma)
        if targets is None:
            return frozenset()
        return frozenset(targets.words) | frozenset(targets.acronyms)

    def _resolve(self, uk_word: str, uk_lemma: str | None) -> _Targets | None:
        uk_lemma = uk_lemma or UK_IRREGULAR.get(uk_word.lower())
        if uk_lemma:
            targets = self._lookup(uk_lemma)
            if targets is not None:
                return targets
        return self._lookup(uk_word)

    def _lookup(self, uk: str) -> _Targets | None:
        if uk[:1] in ("@", "#"):
            return None
        key = uk_key(uk)
        targets = self._exact.get(key)
        if targets is None:
            stem = _stem_key(key)
            targets = self._stem.get(stem)
            if targets is None:  # a form that is itself a listed lemma's stem (держав)
                targets = self._stem.get(key)
            if targets is None and " " not in key:  # a verb form: говорив ~ говорити
                targets = self._verb.get(uk_verb_stem(key))
        return targets


def _update(into: dict[str, _Translation], new: dict[str, _Translation]) -> None:
    for english, score in new.items():
        if _better(score, into.get(english)):
            into[english] = score


def _chain(*lexicons: Lexicon) -> Iterator[LexEntry]:
    for lexicon in lexicons:
        yield from lexicon.entries()


def _check(entry: LexEntry) -> None:
    if not isinstance(entry.uk, str) or not isinstance(entry.en, str):
        raise InputError(f"a lexicon entry must be two strings, got {entry.uk!r}, {entry.en!r}")
    if not entry.uk.strip() or not entry.en.replace("|", "").strip():
        raise InputError(f"a lexicon entry has an empty side: {entry.uk!r} → {entry.en!r}")
    if entry.kind not in ("lexicon", "alias"):
        raise InputError(f"lexicon entry kind must be 'lexicon' or 'alias', got {entry.kind!r}")
    if not 0.0 < entry.weight <= 1.0:
        raise InputError(f"lexicon entry weight must be in (0, 1], got {entry.weight!r}")
