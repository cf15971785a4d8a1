"""The :class:`Lexicon`: Ukrainian lemmas with their English translations, indexed for matching.

Everything is computed once, in the constructor: per Ukrainian key (lowercase lemma, apostrophes
folded to ’) and per Ukrainian stem, a dictionary from English keys (stems, acronyms) to the best
score and the kind of entry that gave it. A lookup is then a few cached stem computations and
dictionary hits, and the object is never changed again, so it can be shared between threads.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from bilingua.errors import InputError
from bilingua.lexicon._english import acronym_key, english_keys, needs_capital, translation_keys
from bilingua.lexicon.lemma import uk_lemma as dictionary_lemma
from bilingua.lexicon.stem import (
    UK_IRREGULAR,
    is_verb_lemma,
    normalize_apostrophes,
    participle_verbs,
    uk_alternant_stems,
    uk_stem,
    uk_stems,
    uk_verb_stem,
)

__all__ = ["Kind", "LexEntry", "Lexicon", "uk_key"]

#: What kind of entry a match came from: the curated lexicon, the alias table (РФ → Russia), or a
#: table learned from parallel text.
Kind = Literal["lexicon", "alias", "learned"]
_KINDS: tuple[Kind, ...] = ("lexicon", "alias", "learned")
#: A learned entry of probability p scores LEARNED_FLOOR + LEARNED_SPAN · p: at least the 0.5 a
#: word link needs (align.py), always below a curated full (1.0) or head-word (0.75) hit, the
#: probability ordering learned links among themselves.
LEARNED_FLOOR = 0.5
LEARNED_SPAN = 0.2
_Score = tuple[float, Kind]
_Translation = tuple[float, Kind, bool]  # weight, kind, stemmed
_NO_MATCH: tuple[float, Kind | None] = (0.0, None)


class LexEntry(NamedTuple):
    """One Ukrainian lemma (or phrase) with its English translations.

    Attributes:
        uk: the Ukrainian lemma or phrase; written in capitals (``США``), it is an abbreviation
            and matches only as written (in any case), never through stems.
        en: one English translation, or several separated by ``|``.
        kind: ``"lexicon"``, ``"alias"`` or ``"learned"``.
        weight: scales every score this entry gives, in (0, 1]; for a ``"learned"`` entry, its
            probability, which gives a score of ``LEARNED_FLOOR + LEARNED_SPAN · weight``.
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


@lru_cache(maxsize=65536)
def _key_info(uk: str, stemmed: bool) -> tuple[str, str, bool, bool, frozenset[str]]:
    """What indexing one entry's Ukrainian side needs: its key (with its tag), its base (the
    key without the tag), whether it is written with a capital (a name), whether it is a verb
    lemma, and the stems it is indexed under (none for an abbreviation)."""
    base_text, tag = split_tag(uk)
    base = uk_key(base_text)
    key = f"{base} [{tag}]" if tag else base
    capital = base_text.lstrip()[:1].isupper() and not _is_abbreviation(base_text)
    is_verbal = tag == "verb" or (
        tag is None and not stemmed and not capital and is_verb_lemma(base)
    )
    if _is_abbreviation(base_text):
        return key, base, capital, is_verbal, frozenset()
    stems = {_stem_key(base)}
    if tag != "verb" and not stemmed:
        stems.update(fleeting_stems(base))
        stems.update(_short_iotated(base))
        if capital:
            stems.update(alternating_stems(base))
    if stemmed:
        stems.add(base)
    return key, base, capital, is_verbal, frozenset(stems)


def _is_abbreviation(uk: str) -> bool:
    if uk.islower():  # most entries: no capital at all
        return False
    letters = [ch for ch in uk if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _scale(weight: float, kind: Kind) -> float:
    """What an entry's weight scales its scores by (a learned probability maps into
    [LEARNED_FLOOR, LEARNED_FLOOR + LEARNED_SPAN])."""
    return LEARNED_FLOOR + LEARNED_SPAN * weight if kind == "learned" else weight


def _beats(new: _Score, old: _Score | None) -> bool:
    """Whether score ``new`` beats ``old``: higher, or as high and of a kind earlier in
    :data:`_KINDS` (curated before alias before learned)."""
    if old is None or new[0] != old[0]:
        return old is None or new[0] > old[0]
    return _KINDS.index(new[1]) < _KINDS.index(old[1])


def _better(new: _Translation, old: _Translation | None) -> bool:
    """Whether translation ``new`` beats ``old``, by the scale of their scores."""
    if old is None:
        return True
    return _beats((_scale(new[0], new[1]), new[1]), (_scale(old[0], old[1]), old[1]))


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
            scale = _scale(weight, kind)
            for key, is_acronym, base in keys:
                table = acronyms if is_acronym else words
                score: _Score = (round(base * scale, 6), kind)
                if _beats(score, table.get(key)):
                    table[key] = score
        self.words = words
        self.acronyms = acronyms
        self.english = frozenset(translations)

    def score(self, en_word: str, en_lemma: str | None) -> tuple[float, Kind | None]:
        best: _Score | None = None
        for word in (en_word, en_lemma):
            if not word:
                continue
            for key in english_keys(word):
                hit = self.words.get(key)
                if hit is not None and _beats(hit, best):
                    best = hit
            acronym = acronym_key(word) if self.acronyms else None
            hit = self.acronyms.get(acronym) if acronym else None
            if (
                hit is not None
                and (best is None or hit[0] > best[0])
                and (word[:1].isupper() or not needs_capital(acronym or ""))
            ):
                best = hit
        return _NO_MATCH if best is None else best


class Lexicon:
    """Ukrainian lemmas and their English translations, with stem indexes for fast matching.

    Immutable after construction and safe to share between threads. Build one with
    :meth:`from_entries`, :func:`~bilingua.lexicon.load_lexicon` or
    :func:`~bilingua.lexicon.default_lexicon`; combine with :meth:`merged`.

    When the same Ukrainian key has the same English translation twice, the higher weight wins,
    and on a tie a ``"lexicon"`` entry wins over an ``"alias"`` one.

    A lemma may carry a part-of-speech tag in brackets, ``мати [noun]``, to keep the senses of
    homonyms apart: forms known to be verb forms (``має``) reach only the verb senses of a lemma
    (an untagged infinitive or a ``[verb]`` tag). How a form reaches its lemmas is described in
    :meth:`match_kind`.
    """

    __slots__ = (
        "_base",
        "_combos",
        "_display",
        "_exact",
        "_free",
        "_learned_only",
        "_learned_stem",
        "_proper",
        "_stem",
        "_table",
        "_targets",
        "_verb",
        "_verbal",
    )
    _display: dict[str, str]
    _table: dict[str, dict[str, _Translation]]
    _base: dict[str, str]
    _verbal: frozenset[str]
    _free: frozenset[str]
    _learned_only: frozenset[str]
    _learned_stem: dict[str, tuple[str, ...]]
    _proper: frozenset[str]
    _targets: dict[str, _Targets]
    _exact: dict[str, tuple[str, ...]]
    _stem: dict[str, tuple[str, ...]]
    _verb: dict[str, tuple[str, ...]]
    _combos: dict[tuple[str, ...], _Targets]

    def __init__(self, entries: Iterable[LexEntry] = ()) -> None:
        """Index ``entries``.

        Args:
            entries: the entries; ``en`` may hold several translations separated by ``|``.

        Raises:
            InputError: an entry has an empty side, a weight outside (0, 1] or an unknown tag.
        """
        table: dict[str, dict[str, _Translation]] = {}
        base_of: dict[str, str] = {}
        stem_keys: dict[str, set[str]] = {}
        display: dict[str, str] = {}
        verbal: set[str] = set()
        stemmed_keys: set[str] = set()
        proper: set[str] = set()
        for entry in entries:
            _check(entry)
            key, base, capital, is_verbal, entry_stems = _key_info(entry.uk, entry.stemmed)
            display.setdefault(key, " ".join(entry.uk.split()))
            base_of[key] = base
            if capital and not entry.stemmed:
                proper.add(key)  # a name: Київ, Сполучені Штати (never an infinitive: Карпати)
            if is_verbal:
                verbal.add(key)
            if entry.stemmed:
                stemmed_keys.add(key)
            if entry_stems:
                stem_keys.setdefault(key, set()).update(entry_stems)
            translations = table.setdefault(key, {})
            for english in entry.en.split("|"):
                english = " ".join(english.split())
                if not english:
                    continue
                score: _Translation = (float(entry.weight), entry.kind, entry.stemmed)
                if _better(score, translations.get(english)):
                    translations[english] = score
        _drop_learned_homonyms(table, base_of)
        learned_only = frozenset(
            k for k, t in table.items() if all(v[1] == "learned" for v in t.values())
        )
        exact: dict[str, list[str]] = defaultdict(list)
        stems: dict[str, list[str]] = defaultdict(list)
        learned_stems: dict[str, list[str]] = defaultdict(list)
        verbs: dict[str, list[str]] = defaultdict(list)
        for key in sorted(table):
            exact[base_of[key]].append(key)
            # a learned lemma is reached by its forms only where no curated one is (_resolve_keys)
            index = learned_stems if key in learned_only else stems
            for stem in sorted(stem_keys.get(key, ())):
                index[stem].append(key)
            if key in verbal and " " not in base_of[key] and key not in learned_only:
                for stem in dict.fromkeys(verb_stems(base_of[key])):
                    verbs[stem].append(key)
        object.__setattr__(self, "_display", display)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_base", base_of)
        object.__setattr__(self, "_verbal", frozenset(verbal))
        object.__setattr__(self, "_free", frozenset(stemmed_keys))
        object.__setattr__(self, "_proper", frozenset(proper) - frozenset(verbal))
        object.__setattr__(self, "_targets", {})  # built on first use: most keys never are
        object.__setattr__(self, "_learned_only", learned_only)
        object.__setattr__(self, "_learned_stem", {k: tuple(v) for k, v in learned_stems.items()})
        object.__setattr__(self, "_exact", {k: tuple(v) for k, v in exact.items()})
        object.__setattr__(self, "_stem", {k: tuple(v) for k, v in stems.items()})
        object.__setattr__(self, "_verb", {k: tuple(v) for k, v in verbs.items()})
        object.__setattr__(self, "_combos", {})

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
        """Every pair, one translation each, sorted by Ukrainian key, Ukrainian as first written
        (with its part-of-speech tag, if any)."""
        for key in sorted(self._table):
            for english, (weight, kind, stemmed) in sorted(self._table[key].items()):
                yield LexEntry(self._display[key], english, kind, weight, stemmed)

    def __len__(self) -> int:
        """The number of distinct Ukrainian keys (lowercase lemmas or phrases; tags not counted)."""
        return len(self._exact)

    def __contains__(self, uk_lemma: object) -> bool:
        return isinstance(uk_lemma, str) and uk_key(uk_lemma) in self._exact

    def __repr__(self) -> str:
        pairs = sum(len(translations) for translations in self._table.values())
        return f"<Lexicon: {len(self)} Ukrainian lemmas, {pairs} pairs>"

    def translations(self, uk_lemma: str) -> frozenset[str]:
        """The English translations of one Ukrainian lemma, exactly as listed (any case).

        Args:
            uk_lemma: the lemma in dictionary form (``безпека``); other forms give nothing.
                Every sense of a tagged homonym is included.

        Returns:
            The translations as written in the lexicon, or an empty set.
        """
        keys = self._exact.get(uk_key(uk_lemma), ())
        return frozenset(english for key in keys for english in self._table[key])

    def translations_of(self, uk: str) -> frozenset[str]:
        """The English translations of a Ukrainian word or phrase in any form (via stems).

        Args:
            uk: a word or phrase as it appears in text (``Росії``, ``Верховної Ради``).

        Returns:
            The translations as written in the lexicon, or an empty set.
        """
        targets = self._resolve(uk, None)
        return targets.english if targets is not None else frozenset()

    def translation_scores(
        self, uk: str, uk_lemma: str | None = None
    ) -> dict[str, tuple[float, Kind]]:
        """Every English translation a Ukrainian word or phrase reaches, with the score a full
        match of it gives and the kind of entry it comes from.

        Args:
            uk: a word or phrase as it appears in text.
            uk_lemma: the lemma of a word, when a tagger gave one.

        Returns:
            ``{translation: (score, kind)}``, translations as written in the lexicon; empty when
            nothing is reached. Scores are 1.0 for curated and alias entries of full weight,
            0.5–0.7 for learned ones.
        """
        keys = self._resolve_keys(uk, uk_lemma)
        combined: dict[str, _Translation] = {}
        for key in keys:
            _update(combined, self._table[key])
        return {en: (_scale(weight, kind), kind) for en, (weight, kind, _) in combined.items()}

    def phrases(self) -> tuple[str, ...]:
        """The Ukrainian keys of more than one word (``на жаль``, ``верховна рада``), sorted."""
        return tuple(key for key in self._exact if " " in key)

    def match_kind(
        self,
        uk_word: str,
        en_word: str,
        uk_lemma: str | None = None,
        en_lemma: str | None = None,
    ) -> tuple[float, Kind | None]:
        """How well a Ukrainian word and an English word render each other, and by what entry.

        The Ukrainian side is found by its lemma when one is given and known (or when the form
        is in the table of forms with a changing stem, :data:`~bilingua.lexicon.stem.UK_IRREGULAR`),
        together with the form itself when it is a listed lemma (``тому``); else by the surface
        form: exactly; then by the stems of :func:`~bilingua.lexicon.stem.uk_stems` in order
        (``зброю``: ``збр``, then ``зброй``) among the non-verb lemmas of that stem, until one
        fits, keeping those that share the longest beginning with the form (``Росії`` →
        ``Росія``, not ``Рось``), unless the form can only be a verb form (a reflexive ``-ся``/
        ``-сь`` or a present-tense ending: ``поділюсь`` never reaches ``Поділ``); then (``говорив``
        ~ ``говорити``) by :func:`~bilingua.lexicon.stem.uk_verb_stem` among verb lemmas; last by
        the weaker stems of :func:`~bilingua.lexicon.stem.uk_alternant_stems` (``дому`` → ``дім``,
        ``осіб`` → ``особа``, ``друзі`` → ``друг``) among nouns of the shape each allows, before
        the verb stem when that reaches a verb only through a noun ending (``ночі``). A form
        reached as a verb form gets only the verb senses of a tagged homonym (``має`` ~ have, not
        mother). The English side matches by stem (of the word and of ``en_lemma``), or as an
        acronym. See :meth:`match` for the scores.

        Args:
            uk_word: the Ukrainian token as written (any case).
            en_word: the English token; keep its case: ``US``/``WHO`` match only with capitals.
            uk_lemma: its lemma, when a tagger gave one.
            en_lemma: the English lemma, when a tagger gave one.

        Returns:
            ``(score, kind)`` with ``kind`` ``"lexicon"``, ``"alias"`` or ``"learned"``;
            ``(0.0, None)`` when
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

    def lemmas_of(self, uk_word: str, uk_lemma: str | None = None) -> tuple[str, ...]:
        """The lexicon lemmas a Ukrainian word reaches, as :meth:`match_kind` finds them.

        Args:
            uk_word: the Ukrainian token as written (any case).
            uk_lemma: its lemma, when a tagger gave one.

        Returns:
            Lowercase lemma keys (with a part-of-speech tag where the entry has one:
            ``мати [verb]``), likeliest first; empty when the word reaches none.
        """
        return self._resolve_keys(uk_word, uk_lemma)

    def _resolve(self, uk_word: str, uk_lemma: str | None) -> _Targets | None:
        keys = self._resolve_keys(uk_word, uk_lemma)
        return self._combine(keys) if keys else None

    def _resolve_keys(self, uk_word: str, uk_lemma: str | None) -> tuple[str, ...]:
        if uk_word[:1] in ("@", "#"):
            return ()
        word = uk_key(uk_word)
        capital = uk_word[:1].isupper()
        irregular = UK_IRREGULAR.get(word)
        keys: tuple[str, ...] = ()
        candidates = (uk_lemma, irregular, dictionary_lemma(uk_word))
        for lemma in dict.fromkeys(uk_key(x) for x in candidates if x):
            if lemma == word:
                continue
            verbal = is_verb_lemma(lemma) and (irregular == lemma or _verb_shaped(word, lemma))
            keys = self._find(lemma, verbal, capital)
            if keys:
                keys += tuple(
                    k
                    for k in self._exact.get(word, ())
                    if k not in keys and (capital or k not in self._proper)
                )  # тому, мало
                if not verbal:
                    keys = self._with_past(word, keys)  # зрозуміла: зрозумілий, зрозуміти
                break
        else:
            keys = self._find(word, False, capital)
        if keys and all(key in self._learned_only for key in keys):
            # a learned lemma may be a wrong guess of the lemma lists (бої → бой): what the form
            # reaches by itself among curated entries comes first (бій)
            keys = tuple(dict.fromkeys(self._find(word, False, capital) + keys))
        if not keys and " " not in word:
            keys = self._participle(word, uk_lemma) or next(
                (found for s in uk_stems(word) if (found := self._learned_stem.get(s))), ()
            )
        return keys

    def _participle(self, word: str, uk_lemma: str | None) -> tuple[str, ...]:
        """The listed verb a passive participle comes from (зробленої → зроблений → зробити)."""
        adjectives = (uk_lemma, dictionary_lemma(word), uk_stem(word) + "ий")
        for adjective in dict.fromkeys(uk_key(a) for a in adjectives if a):
            for verb in participle_verbs(adjective):
                senses = tuple(k for k in self._exact.get(verb, ()) if k in self._verbal)
                if senses:
                    return senses
        return ()

    def _pick(self, keys: tuple[str, ...], verbal: bool) -> tuple[str, ...]:
        if not verbal:
            return keys
        senses = tuple(key for key in keys if key in self._verbal or key in self._free)
        return senses or keys

    def _find(self, key: str, verbal: bool, capital: bool | None = None) -> tuple[str, ...]:
        """The lemma keys a lowercase word or phrase reaches (see :meth:`match_kind`).

        ``capital`` tells whether the form was written with a capital: a lowercase form
        reaches a name (a capitalised lemma: ``Суми``, ``Рівне``) only when no common word
        fits (``сумах`` → ``сума``), a capitalised one reaches both (``Сумах``: Sumy or sums);
        None ignores case.
        """
        keys = self._exact.get(key)
        if keys:
            keys = self._pick(keys, verbal)
            if capital is None or verbal or not all(k in self._proper for k in keys):
                return keys
            common = tuple(k for k in self._by_stem(key, verbal, False) if k not in self._proper)
            if not common:  # Малі is a country, малі a form of малий (small)
                return keys
            return keys + common if capital else common
        return self._by_stem(key, verbal, capital)

    def _by_stem(self, key: str, verbal: bool, capital: bool | None) -> tuple[str, ...]:
        verb_form = verbal or _verb_only_form(key)
        single = " " not in key
        names: tuple[str, ...] = ()
        # every plain analysis of the form, likeliest first: зброю is збр + ою or зброй + ю
        for stem in uk_stems(key) if single else (_stem_key(key), key):
            chosen = self._nouns(key, stem, verb_form, capital)
            if not chosen:
                continue
            if capital is False and all(k in self._proper for k in chosen):
                names = names or chosen  # a lowercase form: a common word may fit another analysis
                continue
            return self._with_past(key, chosen)
        if names:
            return self._with_past(key, names)
        verbs: tuple[str, ...] = ()
        if single and _has_verb_ending(key):  # a verb form: говорив ~ говорити
            verbs = self._verb.get(uk_verb_stem(key), ())
            if verbs and not _noun_ending(key):
                return verbs
        if single and not verb_form:  # weaker analyses: дому ~ дім, осіб ~ особа, друзі ~ друг
            for stem, endings in uk_alternant_stems(key):
                chosen = self._nouns(key, stem, verb_form, capital, endings)
                if chosen:
                    return chosen
        return verbs

    def _with_past(self, key: str, chosen: tuple[str, ...]) -> tuple[str, ...]:
        if " " in key or not key.endswith(_PAST_ENDINGS):
            return chosen
        # зрозуміла: clear, or understood; the verb too
        return chosen + tuple(k for k in self._verb.get(uk_verb_stem(key), ()) if k not in chosen)

    def _nouns(
        self,
        key: str,
        stem: str,
        verb_form: bool,
        capital: bool | None,
        endings: tuple[str, ...] | None = None,
    ) -> tuple[str, ...]:
        """The lemmas of one stem that fit the form: learned stems, and the nouns (all non-verb
        lemmas) unless the form can only be a verb form, the longest match among them.
        ``endings``, for a weaker stem: what the lemma may end in after it (learned stems are
        then left out)."""
        keys = self._stem.get(stem)
        if not keys:
            return ()
        chosen = [k for k in keys if k in self._free and endings is None]
        nouns = [
            k
            for k in keys
            if k not in self._free
            and k not in self._verbal
            and not verb_form
            and _fits_paradigm(key, self._base[k])
            and (endings is None or _ends(self._base[k], stem, endings))
        ]
        names = [k for k in nouns if k in self._proper]
        if capital is None or not names or len(names) == len(nouns):
            chosen.extend(self._longest(key, nouns))
        else:  # names and common words: сумах → сума; Сумах → Суми and сума
            common = [k for k in nouns if k not in self._proper]
            chosen.extend(self._longest(key, common))
            if capital:
                chosen.extend(self._longest(key, names))
        return tuple(chosen)

    def _longest(self, key: str, nouns: list[str]) -> list[str]:
        """The lemmas sharing the longest beginning with the form (Росії: Росія, not Рось;
        ріки: ріка and рік stay)."""
        if len(nouns) < 2:
            return nouns
        prefix = [_common_prefix(key, self._base[k]) for k in nouns]
        best = max(prefix)
        return [k for k, length in zip(nouns, prefix, strict=True) if length == best]

    def _combine(self, keys: tuple[str, ...]) -> _Targets:
        if len(keys) == 1:
            single = self._targets.get(keys[0])
            if single is None:  # setdefault: two threads building one key keep the same object
                single = self._targets.setdefault(keys[0], _Targets(self._table[keys[0]]))
            return single
        targets = self._combos.get(keys)
        if targets is None:
            combined: dict[str, _Translation] = {}
            for key in keys:
                _update(combined, self._table[key])
            targets = self._combos.setdefault(keys, _Targets(combined))
        return targets


#: Part-of-speech tags a lemma may carry (``мати [noun]``); only ``verb`` changes matching.
TAGS = frozenset(("noun", "verb", "adj", "adv", "num", "pron", "prep", "conj", "part", "intj"))
_TAG_RE = re.compile(r"^(.*\S)\s*\[([a-z]+)\]$")
# Endings only verbs have (present tense, -увати verbs): a form ending so is no noun's form.
_VERB_ONLY_ENDINGS = tuple(
    "ить іть ать ять уть ють емо ємо имо імо ете єте ите іте еш єш иш іш ує ують уємо уєте уєш"
    " уться ються ює юють юємо юєте юєш".split()
)
# Endings of nouns and adjectives that no verb form has: a form that a verb reaches only by
# one of them (ночі ~ ночувати) is rather read through a weaker noun analysis (ночі ~ ніч).
_NOUN_ONLY_ENDINGS = frozenset(
    "і ї ою ею єю ам ям ами ями ах ях ом ем єм ого ому ього ьому ої ьої ий им их ими іх ая яя"
    " ей ії ією іям іями іях".split()
)


def split_tag(uk: str) -> tuple[str, str | None]:
    """Split a lemma from its part-of-speech tag: ``"мати [noun]"`` → ``("мати", "noun")``.

    Raises:
        InputError: the bracketed tag is not one of :data:`TAGS`.
    """
    found = _TAG_RE.match(uk.strip())
    if found is None:
        return uk, None
    if found[2] not in TAGS:
        known = ", ".join(sorted(TAGS))
        raise InputError(f"unknown part-of-speech tag [{found[2]}] in {uk!r} (known: {known})")
    return found[1], found[2]


# -а nouns whose к/г/х turn into ц/з/с before the -і of the dative and locative.
_MUTATED_BEFORE_I = {"ка": "ц", "га": "з", "ха": "с"}
# Nouns whose last vowel drops in the other cases: ранок/ранку, кінець/кінця, квітень/квітня.
_FLEETING = (("ок", "к"), ("ець", "ц"), ("ень", "н"))


def fleeting_stems(lemma: str) -> tuple[str, ...]:
    """Extra stems of a noun with a fleeting vowel (``ранок`` → ``ранк``, ``квітень`` →
    ``квітн``), so that ``ранку`` and ``квітня`` reach it; of a noun in ``-ка``/``-га``/``-ха``,
    whose dative and locative change the consonant (``Америці``, ``Празі``, ``перемозі``,
    ``Алясці``); and of a noun in ``-ей``/``-єй``,
    whose ending :func:`uk_stem` strips as a genitive plural (``людей``) while its other forms
    keep the й (``музей`` → ``музей``, reached by ``музею``, ``музеї``, ``музеєм``)."""
    if " " in lemma or is_verb_lemma(lemma):
        return ()
    if lemma.endswith(("ей", "єй")) and uk_stem(lemma) != lemma:
        return (lemma,)
    mutated = _MUTATED_BEFORE_I.get(lemma[-2:])
    if mutated is not None and len(lemma) >= 4:  # Америка/Америці, перемога/перемозі
        return (lemma[:-2] + mutated,)
    for ending, replacement in _FLEETING:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
            return (lemma[: -len(ending)] + replacement,)
    return ()


_CLOSED_I_RE = re.compile(r"^(.*[^\W\d_].*)([ії])([бвгґджзклмнпрстфхцчшщ]+ь?)$")


def alternating_stems(name: str) -> tuple[str, ...]:
    """Extra stems of a name whose last syllable has і/ї only while it is closed: the other
    cases open it and show о, е or є (Харків/Харкова, Бердичів/Бердичева, Київ/Києва,
    Чугуїв/Чугуєва, Тернопіль/Тернополя, Ірпінь/Ірпеня, Самбір/Самбора)."""
    found = _CLOSED_I_RE.match(name) if " " not in name else None
    if found is None:
        return ()
    head, vowel, tail = found.groups()
    vowels = ("є",) if vowel == "ї" else ("о", "е")
    return tuple(dict.fromkeys(uk_stem(head + v + tail) for v in vowels))


def verb_stems(lemma: str) -> tuple[str, ...]:
    """The verb stems a verb lemma is indexed under: :func:`uk_verb_stem`, and for a verb whose
    present tense keeps the vowel before ``-ти`` (``чекати``: ``чекаю``, ``розуміти``:
    ``розуміє``, ``сподіватися``: ``сподіваюсь``) the infinitive without ``-ти`` as well."""
    stems = [uk_verb_stem(lemma)]
    w = lemma[:-2] if lemma.endswith(("ся", "сь")) else lemma
    if w.endswith(("ати", "яти", "іти", "їти")) and len(w) >= 6:
        stems.append(w[:-2])
    if w.endswith("ювати") and len(w) >= 7:  # працювати: працюю, працює, працюють
        stems.append(w[:-4])
    if w.endswith(("ити", "іти")) and len(w) >= 6:  # зробити: зроблю, ходити: ходжу
        root = w[:-3]
        for ending, mutated in _MUTATIONS:
            if root.endswith(ending):
                stems.append(root[: len(root) - len(ending)] + mutated)
                break
    return tuple(stems)


# The consonant of a second-conjugation verb that changes in the first person singular and,
# for the labials, the third person plural: зробити → зроблю/зроблять, ходити → ходжу,
# просити → прошу, платити → плачу, пустити → пущу, їздити → їжджу, возити → вожу.
_MUTATIONS = (
    ("зд", "ждж"), ("ст", "щ"), ("б", "бл"), ("п", "пл"), ("в", "вл"), ("м", "мл"),
    ("ф", "фл"), ("д", "дж"), ("з", "ж"), ("с", "ш"), ("т", "ч"),
)  # fmt: skip


def _verb_only_form(key: str) -> bool:
    """Whether a single word can only be a verb form: reflexive, or a present-tense ending."""
    if " " in key:
        return False
    if key.endswith(("ся", "сь")) and len(key) >= 6:
        return True
    return any(key.endswith(e) and len(key) - len(e) >= 3 for e in _VERB_ONLY_ENDINGS)


# Past-tense endings that adjectives and nouns share (зрозуміла: clear, or understood).
_PAST_ENDINGS = ("ла", "ло", "ли")
# Endings of the -ія/-ій declension (Росії, акцію): a form with one reaches only a lemma of
# that declension, never a consonant-stem noun (розумію is a verb form, not one of розум).
_IA_ENDINGS = ("ія", "ії", "ію", "ією", "іям", "іями", "іях")
_IA_LEMMAS = ("ія", "ій", "іє", "ії", "ія")


def _fits_paradigm(form: str, lemma: str) -> bool:
    """Whether a noun-path form can belong to a lemma, judged by the ending that was stripped."""
    word = form.rsplit(" ", 1)[-1]
    last = lemma.rsplit(" ", 1)[-1]
    if word == last or not word.endswith(_IA_ENDINGS):
        return True
    stem = uk_stem(word)
    if not word.startswith(stem) or not word[len(stem) :].startswith("і"):
        return True
    return last.endswith(_IA_LEMMAS) or uk_stem(last) != stem


def _ends(lemma: str, stem: str, endings: tuple[str, ...]) -> bool:
    """Whether a one-word lemma is ``stem`` followed by one of ``endings``."""
    return lemma.startswith(stem) and lemma[len(stem) :] in endings


def _noun_ending(key: str) -> bool:
    """Whether the ending :func:`uk_verb_stem` strips from a word is one no verb form has."""
    stem = uk_verb_stem(key)
    return key.startswith(stem) and key[len(stem) :] in _NOUN_ONLY_ENDINGS


def _short_iotated(lemma: str) -> tuple[str, ...]:
    """The stem in й of a three-letter noun in ``-я``/``-ю``/``-є`` after a vowel (``дія`` →
    ``дій``), too short for :func:`uk_stem` to strip, which its forms reach (``дії``, ``дію``)."""
    if len(lemma) == 3 and lemma[-1] in "яює" and lemma[-2] in "аеєиіїоуюя" and lemma.isalpha():
        return (lemma[:2] + "й",)
    return ()


def _verb_shaped(word: str, lemma: str) -> bool:
    return _verb_only_form(word) or uk_verb_stem(word) in verb_stems(lemma)


def _has_verb_ending(key: str) -> bool:
    """Whether a single word has an ending a verb form can have, so that it may be read as one.

    A bare stem (``вид``, ``план``) is no verb form: read as one it would reach the verb whose
    infinitive it begins (``видати``, ``планувати``), which is almost always a false match.
    """
    return uk_verb_stem(key) != normalize_apostrophes(key)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _drop_learned_homonyms(
    table: dict[str, dict[str, _Translation]], base_of: dict[str, str]
) -> None:
    """Remove the learned translations of an untagged lemma whose senses the curated lexicon
    keeps apart with tags (мати [noun] / мати [verb]): learning cannot tell which sense they
    belong to, and the untagged key would give every form both."""
    tagged = {base_of[key] for key in table if key != base_of[key]}
    for base in tagged & table.keys():
        kept = {en: t for en, t in table[base].items() if t[1] != "learned"}
        if kept:
            table[base] = kept
        else:
            del table[base]


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
    if entry.kind not in _KINDS:
        raise InputError(f"lexicon entry kind must be one of {_KINDS}, got {entry.kind!r}")
    if not 0.0 < entry.weight <= 1.0:
        raise InputError(f"lexicon entry weight must be in (0, 1], got {entry.weight!r}")
