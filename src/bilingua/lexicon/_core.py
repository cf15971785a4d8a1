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
from typing import Any, NamedTuple

from bilingua.errors import InputError
from bilingua.lexicon._forms import (
    PAST_ENDINGS,
    TAGS,
    alternating_stems,
    common_prefix,
    ends_in,
    fits_paradigm,
    fleeting_stems,
    has_verb_ending,
    noun_ending,
    participle_verbs,
    short_iotated,
    split_tag,
    verb_only_form,
    verb_shaped,
    verb_stems,
)
from bilingua.lexicon._targets import (
    KINDS,
    LEARNED_FLOOR,
    LEARNED_SPAN,
    NO_MATCH,
    Kind,
    Targets,
    Translation,
    better,
    scale,
    update_translations,
)
from bilingua.lexicon.lemma import uk_lemma as dictionary_lemma
from bilingua.lexicon.stem import (
    UK_IRREGULAR,
    is_verb_lemma,
    normalize_apostrophes,
    uk_alternant_stems,
    uk_stem,
    uk_stems,
    uk_verb_stem,
)

__all__ = [
    "LEARNED_FLOOR",
    "LEARNED_SPAN",
    "TAGS",
    "Kind",
    "LexEntry",
    "Lexicon",
    "split_tag",
    "uk_key",
    "verb_stems",
]


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
        stems.update(short_iotated(base))
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
    _table: dict[str, dict[str, Translation]]
    _base: dict[str, str]
    _verbal: frozenset[str]
    _free: frozenset[str]
    _learned_only: frozenset[str]
    _learned_stem: dict[str, tuple[str, ...]]
    _proper: frozenset[str]
    _targets: dict[str, Targets]
    _exact: dict[str, tuple[str, ...]]
    _stem: dict[str, tuple[str, ...]]
    _verb: dict[str, tuple[str, ...]]
    _combos: dict[tuple[str, ...], Targets]

    def __init__(self, entries: Iterable[LexEntry] = ()) -> None:
        """Index ``entries``.

        Args:
            entries: the entries; ``en`` may hold several translations separated by ``|``.

        Raises:
            InputError: an entry has an empty side, a weight outside (0, 1] or an unknown tag.
        """
        table: dict[str, dict[str, Translation]] = {}
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
            _add_translations(table.setdefault(key, {}), entry)
        _drop_learned_homonyms(table, base_of)
        learned_only = frozenset(
            k for k, t in table.items() if all(v[1] == "learned" for v in t.values())
        )
        exact, stems, learned_stems, verbs = _indexes(
            table, base_of, stem_keys, verbal, learned_only
        )
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
        combined: dict[str, Translation] = {}
        for key in keys:
            update_translations(combined, self._table[key])
        return {en: (scale(weight, kind), kind) for en, (weight, kind, _) in combined.items()}

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
            return NO_MATCH
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
        content words; 0 otherwise. Learned entries score LEARNED_FLOOR + LEARNED_SPAN · their
        probability instead of 1.0 (0.5–0.7), other weights scale the scores.
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

    def _resolve(self, uk_word: str, uk_lemma: str | None) -> Targets | None:
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
            verbal = is_verb_lemma(lemma) and (irregular == lemma or verb_shaped(word, lemma))
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
        verb_form = verbal or verb_only_form(key)
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
        if single and has_verb_ending(key):  # a verb form: говорив ~ говорити
            verbs = self._verb.get(uk_verb_stem(key), ())
            if verbs and not noun_ending(key):
                return verbs
        if single and not verb_form:  # weaker analyses: дому ~ дім, осіб ~ особа, друзі ~ друг
            for stem, endings in uk_alternant_stems(key):
                chosen = self._nouns(key, stem, verb_form, capital, endings)
                if chosen:
                    return chosen
        return verbs

    def _with_past(self, key: str, chosen: tuple[str, ...]) -> tuple[str, ...]:
        if " " in key or not key.endswith(PAST_ENDINGS):
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
            and fits_paradigm(key, self._base[k])
            and (endings is None or ends_in(self._base[k], stem, endings))
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
        prefix = [common_prefix(key, self._base[k]) for k in nouns]
        best = max(prefix)
        return [k for k, length in zip(nouns, prefix, strict=True) if length == best]

    def _combine(self, keys: tuple[str, ...]) -> Targets:
        if len(keys) == 1:
            single = self._targets.get(keys[0])
            if single is None:  # setdefault: two threads building one key keep the same object
                single = self._targets.setdefault(keys[0], Targets(self._table[keys[0]]))
            return single
        targets = self._combos.get(keys)
        if targets is None:
            combined: dict[str, Translation] = {}
            for key in keys:
                update_translations(combined, self._table[key])
            targets = self._combos.setdefault(keys, Targets(combined))
        return targets


def _add_translations(translations: dict[str, Translation], entry: LexEntry) -> None:
    for english in entry.en.split("|"):
        english = " ".join(english.split())
        if not english:
            continue
        score: Translation = (float(entry.weight), entry.kind, entry.stemmed)
        if better(score, translations.get(english)):
            translations[english] = score


_Index = dict[str, list[str]]


def _indexes(
    table: dict[str, dict[str, Translation]],
    base_of: dict[str, str],
    stem_keys: dict[str, set[str]],
    verbal: set[str],
    learned_only: frozenset[str],
) -> tuple[_Index, _Index, _Index, _Index]:
    """The keys by base (exact), by stem, by stem for learned-only keys, and by verb stem."""
    exact: _Index = defaultdict(list)
    stems: _Index = defaultdict(list)
    learned_stems: _Index = defaultdict(list)
    verbs: _Index = defaultdict(list)
    for key in sorted(table):
        exact[base_of[key]].append(key)
        # a learned lemma is reached by its forms only where no curated one is (_resolve_keys)
        index = learned_stems if key in learned_only else stems
        for stem in sorted(stem_keys.get(key, ())):
            index[stem].append(key)
        if key in verbal and " " not in base_of[key] and key not in learned_only:
            for stem in dict.fromkeys(verb_stems(base_of[key])):
                verbs[stem].append(key)
    return exact, stems, learned_stems, verbs


def _drop_learned_homonyms(
    table: dict[str, dict[str, Translation]], base_of: dict[str, str]
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


def _chain(*lexicons: Lexicon) -> Iterator[LexEntry]:
    for lexicon in lexicons:
        yield from lexicon.entries()


def _check(entry: LexEntry) -> None:
    if not isinstance(entry.uk, str) or not isinstance(entry.en, str):
        raise InputError(f"a lexicon entry must be two strings, got {entry.uk!r}, {entry.en!r}")
    if not entry.uk.strip() or not entry.en.replace("|", "").strip():
        raise InputError(f"a lexicon entry has an empty side: {entry.uk!r} → {entry.en!r}")
    if entry.kind not in KINDS:
        raise InputError(f"lexicon entry kind must be one of {KINDS}, got {entry.kind!r}")
    if not 0.0 < entry.weight <= 1.0:
        raise InputError(f"lexicon entry weight must be in (0, 1], got {entry.weight!r}")
