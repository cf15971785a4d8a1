"""Word correspondences between a Ukrainian token and an English token, with their evidence.

One function decides whether two words can render each other and why — ``identical`` (the same
string: @handles, acronyms, Latin names kept as they are), ``number`` (the same value),
``alias`` (РФ ~ Russia), ``lexicon`` (безпеки ~ security) or ``transliteration``
(Зеленський ~ Zelensky). :mod:`bilingua.pair` and :mod:`bilingua.align` both use it.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Literal, NamedTuple

from bilingua._normal import fold
from bilingua.lexicon import Lexicon, default_lexicon
from bilingua.lexicon._core import uk_key
from bilingua.lexicon._english import acronym_key, english_keys
from bilingua.lexicon._function_words import EN_FUNCTION_WORDS, UK_FUNCTION_WORDS
from bilingua.lexicon.dates import calendar_value
from bilingua.lexicon.stem import en_stem, uk_stem
from bilingua.lexicon.translit import name_initials, name_similarity
from bilingua.model import Token

__all__ = [
    "Matcher",
    "PhraseMatch",
    "Via",
    "WordView",
    "content_words",
    "default_matcher",
    "unpossessive",
]

#: The evidence of a match, as the value of :class:`~bilingua.model.Evidence` it becomes.
Via = Literal[
    "lexicon",
    "learned",
    "phrase",
    "alias",
    "transliteration",
    "number",
    "date",
    "identical",
    "position",
]

_NUMBER_RE = re.compile(r"^[$€£₴]?\d+(?:[.,\u00a0\u202f ]\d+)*%?$")
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
_DIGIT_RE = re.compile(r"\d")  # €500, №29 and 2022-го count as words, like 500
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# Key prefixes for what is not a lexicon key, so the three kinds of key never collide.
_IDENTICAL_KEY = "\x00"
_NUMBER_KEY = "\x01"
_DATE_KEY = "\x02"
_TRANSLIT_THRESHOLD = 0.75
_LOWER_NAME_LETTERS = 5  # a lower-case word this long may still be a name (пардубіце)
_NAME_WEIGHT = 0.9  # a transliterated name is strong evidence, but a shade below a dictionary hit


# Euphonic variants of Ukrainian prepositions and conjunctions (у/в, з/із/зі, і/й): one phrase
# entry is written once and matches every spelling (у зв'язку з, в зв'язку із).
_EUPHONY = {"в": "у", "вві": "у", "уві": "у", "із": "з", "зі": "з", "зо": "з", "й": "і"}


class PhraseMatch(NamedTuple):
    """A run of Ukrainian words and a run of English words that render each other by one
    lexicon entry, at least one side of more than one word (на жаль ~ unfortunately, Верховної
    Ради ~ parliament, ЗСУ ~ Armed Forces of Ukraine).

    Attributes:
        uk: the indexes of the Ukrainian words, into the sequence given to
            :meth:`Matcher.phrase_matches`.
        en: the indexes of the English words.
        score: 1.0 for a curated or alias entry of full weight (scaled by a lower weight).
        via: always ``"phrase"``.
    """

    uk: range
    en: range
    score: float
    via: Via = "phrase"


class WordView(NamedTuple):
    """What matching needs to know of a token (a tuple: hashing it is cheap, and the matcher's
    caches hash one per look-up)."""

    text: str
    lower: str
    lemma: str | None
    is_number: bool
    is_name: bool  # capitalised and not sentence-initial-only: a candidate for transliteration

    @classmethod
    def of(cls, token: Token) -> WordView:
        return _view(token.text, token.lemma, token.upos == "PROPN")


@functools.lru_cache(maxsize=65536)
def _view(written: str, lemma_written: str | None, propn: bool) -> WordView:
    """A token's view, remembered by what it depends on (every stage looks at the same words)."""
    text = fold(written)  # the matching form: no stress marks, one script per word
    lemma = fold(lemma_written).lower() if lemma_written else None
    return WordView(
        text=text,
        lower=text.lower(),
        lemma=lemma if lemma and lemma != text.lower() else None,
        is_number=bool(_NUMBER_RE.match(text)),
        is_name=text[:1].isupper() or propn,
    )


def content_words(tokens: Sequence[Token], lang: str) -> list[Token]:
    """Tokens with letters or digits (anywhere: €500) that are not function words of ``lang``."""
    stop = UK_FUNCTION_WORDS if lang == "uk" else EN_FUNCTION_WORDS
    return [
        token
        for token in tokens
        if (_HAS_LETTER_RE.search(token.text) or _DIGIT_RE.search(token.text))
        and token.text.lower() not in stop
        and token.upos not in ("PUNCT", "SYM")
    ]


def _may_be_name(uk: WordView, known: bool) -> bool:
    """Whether a Ukrainian word may be a name spelled in Latin letters on the other side: a
    capitalised one, or a longer one in lower case that the lexicon does not know (``known``)
    — chat writes ``пардубіце``."""
    if uk.is_number:
        return False
    return uk.is_name or (not known and len(uk.text) >= _LOWER_NAME_LETTERS)


def unpossessive(word: str) -> str:
    """An English word without its possessive ending: Ukraine’s → Ukraine."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "’s") else word


def _folded(word: str) -> str:
    """The word with one apostrophe: Poor's ~ Poor’s."""
    return word.replace("’", "'").replace("ʼ", "'")


def _number_value(text: str) -> float | None:
    digits = text.strip("$€£₴%").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if digits.count(",") == 1 and digits.count(".") == 0 and len(digits.split(",")[1]) != 3:
        digits = digits.replace(",", ".")  # a decimal comma: 1,4
    else:
        digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


class Matcher:
    """Scores how well a Ukrainian word and an English word render each other."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cached = functools.lru_cache(maxsize=65536)(self._score)
        self._uk_keys = functools.lru_cache(maxsize=65536)(self._keys_of_uk)
        self._en_keys = functools.lru_cache(maxsize=65536)(self._keys_of_en)
        self._phrases: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] | None = None
        self._several_words = functools.lru_cache(maxsize=65536)(self._several_words_of)

    def score(self, uk: WordView, en: WordView) -> tuple[float, Via | None]:
        """``(score in [0, 1], evidence)``; ``(0.0, None)`` when nothing links the two words."""
        return self._cached(uk, en)

    def matches(
        self, uk: Sequence[WordView], en: Sequence[WordView]
    ) -> dict[tuple[int, int], tuple[float, Via]]:
        """Every ``(i, j)`` where ``uk[i]`` and ``en[j]`` render each other, with the score.

        The same as :meth:`score` over all pairs, keeping those above zero, but it scores only
        the pairs that share a key (a lexicon stem or acronym, a number's value, an identical
        Latin string) or are both names whose transliterations begin alike (transliteration):
        passages of a hundred words each would otherwise cost ten thousand look-ups.
        """
        by_key: defaultdict[str, list[int]] = defaultdict(list)
        names: defaultdict[str, list[int]] = defaultdict(list)
        for j, word in enumerate(en):
            for key in self._en_keys(word):
                by_key[key].append(j)
            if word.is_name and not word.is_number:
                for initial in name_initials(word.text):
                    names[initial].append(j)
        found: dict[tuple[int, int], tuple[float, Via]] = {}
        for i, word in enumerate(uk):
            partners: set[int] = set()
            keys = self._uk_keys(word)
            for key in keys:
                partners.update(by_key.get(key, ()))
            if _may_be_name(word, known=bool(keys)) and _CYRILLIC_RE.search(word.lower):
                for initial in name_initials(word.text):
                    partners.update(names.get(initial, ()))
            for j in sorted(partners):
                value, via = self.score(word, en[j])
                if value > 0 and via is not None:
                    found[i, j] = (value, via)
        return found

    def _keys_of_uk(self, uk: WordView) -> frozenset[str]:
        if uk.is_number:
            return frozenset({_NUMBER_KEY + repr(_number_value(uk.text))})
        if not _CYRILLIC_RE.search(uk.lower):
            return frozenset({_IDENTICAL_KEY + _folded(uk.lower)})
        calendar = calendar_value(uk.text, "uk")
        if calendar is not None:
            return frozenset({_DATE_KEY + repr(calendar)})
        return self.lexicon.english_candidates(uk.lower, uk.lemma)

    def _keys_of_en(self, en: WordView) -> frozenset[str]:
        if en.is_number:
            return frozenset({_NUMBER_KEY + repr(_number_value(en.text))})
        calendar = calendar_value(en.text, "en")
        if calendar is not None:
            return frozenset({_DATE_KEY + repr(calendar)})
        keys = {_IDENTICAL_KEY + _folded(en.lower)}
        for word in (unpossessive(en.text), en.lemma):
            if word:
                keys.update(english_keys(word))
                acronym = acronym_key(word)
                if acronym:
                    keys.add(acronym)
        return frozenset(keys)

    def _score(self, uk: WordView, en: WordView) -> tuple[float, Via | None]:
        if uk.is_number or en.is_number:
            if uk.is_number and en.is_number and _number_value(uk.text) == _number_value(en.text):
                return 1.0, "number"
            return 0.0, None
        if _folded(uk.lower) == _folded(en.lower) and not _CYRILLIC_RE.search(uk.lower):
            return 1.0, "identical"  # @POTUS, NATO, a Latin name inside Ukrainian text
        if not _CYRILLIC_RE.search(uk.lower):
            return 0.0, None
        calendar_uk, calendar_en = calendar_value(uk.text, "uk"), calendar_value(en.text, "en")
        if calendar_uk is not None or calendar_en is not None:
            # a month or weekday renders only the same month or weekday: березні ≠ April
            return (1.0, "date") if calendar_uk == calendar_en else (0.0, None)
        # Only words that share a key can match through the lexicon (both key sets are cached
        # per word, so this spares most look-ups). The English word keeps its case: "US" is the
        # country, "us" the pronoun.
        if not self._uk_keys(uk).isdisjoint(self._en_keys(en)):
            value, kind = self.lexicon.match_kind(
                uk.lower, unpossessive(en.text), uk.lemma, en.lemma
            )
            if value > 0 and kind is not None:
                return value, kind
        if en.is_name and _may_be_name(uk, known=bool(self._uk_keys(uk))):
            similarity = name_similarity(uk.text, en.text)
            if similarity >= _TRANSLIT_THRESHOLD:
                return round(similarity * _NAME_WEIGHT, 4), "transliteration"
        return 0.0, None

    def phrase_matches(self, uk: Sequence[WordView], en: Sequence[WordView]) -> list[PhraseMatch]:
        """The runs of words that render each other through a multi-word lexicon entry.

        A Ukrainian phrase entry matches a run of Ukrainian words when each word is the
        entry's word in any form (the same stem or lemma: ``Верховної Ради`` ~ ``Верховна
        Рада``; ``в``/``у``, ``з``/``із``/``зі`` alike); a single Ukrainian word matches as
        :meth:`score` finds its lemma. One of the entry's English translations must then occur
        as a run of English words, each with the stem (of the word or its lemma) of the
        translation's word in that place. Only matches with more than one word on some side are
        reported: one-word pairs are :meth:`score`'s.

        Args:
            uk: the Ukrainian words, in text order (punctuation may be among them: it matches
                nothing).
            en: the English words, in text order.

        Returns:
            Every match, one per pair of runs with its best score, sorted by the Ukrainian
            then the English run; runs of different matches may overlap (``Рада безпеки`` and
            ``Рада`` alike), choosing among them is the caller's.
        """
        en_keys = [self._en_keys(word) for word in en]
        best: dict[tuple[int, int, int, int], float] = {}
        for start, stop, translations in self._uk_runs(uk):
            for english, score in translations.items():
                words = english.split()
                if stop - start == 1 and len(words) == 1:
                    continue
                for at in _runs(words, en_keys):
                    key = (start, stop, at, at + len(words))
                    best[key] = max(score, best.get(key, 0.0))
        return [
            PhraseMatch(range(a, b), range(c, d), round(score, 4))
            for (a, b, c, d), score in sorted(best.items())
        ]

    def _uk_runs(self, uk: Sequence[WordView]) -> list[tuple[int, int, dict[str, float]]]:
        """``(start, stop, {translation: score})`` for each single word and each phrase entry
        that a run of ``uk`` spells."""
        forms = [_phrase_forms(word) for word in uk]
        runs: list[tuple[int, int, dict[str, float]]] = []
        index = self._phrase_index()
        for i, word in enumerate(uk):
            if _CYRILLIC_RE.search(word.lower) and not word.is_number:
                several = self._several_words(word.lower, word.lemma)
                if several:
                    runs.append((i, i + 1, several))
            starting = dict.fromkeys(p for form in forms[i] for p in index.get(form, ()))
            for phrase, words in starting:
                stop = i + len(words)
                if stop <= len(uk) and all(
                    w in forms[k] for w, k in zip(words, range(i, stop), strict=True)
                ):
                    found = self.lexicon.translation_scores(phrase)
                    runs.append((i, stop, {en: score for en, (score, _) in found.items()}))
        return runs

    def _several_words_of(self, lower: str, lemma: str | None) -> dict[str, float]:
        """A Ukrainian word's translations of more than one English word, with their scores
        (one-word pairs are :meth:`score`'s); remembered per word as :attr:`_several_words`."""
        scores = self.lexicon.translation_scores(lower, lemma)
        return {en: score for en, (score, _) in scores.items() if " " in en.strip()}

    def _phrase_index(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """The lexicon's phrases by the form of their first word: ``(phrase, word forms)``."""
        if self._phrases is None:
            index: defaultdict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
            for phrase in self.lexicon.phrases():
                words = tuple(_EUPHONY.get(w, w) for w in phrase.split())
                stems = tuple(uk_stem(w) if len(w) > 3 else w for w in words)
                index[stems[0]].append((phrase, stems))
            self._phrases = {first: tuple(dict.fromkeys(v)) for first, v in index.items()}
        return self._phrases


@functools.lru_cache(maxsize=65536)
def _phrase_forms(word: WordView) -> tuple[str, str, str]:
    """How a Ukrainian word can meet a phrase's word: its euphonic spelling, its stem (words of
    more than three letters), its lemma's stem."""
    key = _EUPHONY.get(uk_key(word.lower), uk_key(word.lower))
    lemma = uk_key(word.lemma) if word.lemma else key
    return (
        key,
        uk_stem(key) if len(key) > 3 else key,
        uk_stem(lemma) if len(lemma) > 3 else lemma,
    )


def _runs(words: list[str], en_keys: list[frozenset[str]]) -> list[int]:
    """Where the words of an English translation occur, in order, among words with these keys."""
    stems = [en_stem(word) for word in words]
    return [
        at
        for at in range(len(en_keys) - len(stems) + 1)
        if all(stem in en_keys[at + k] for k, stem in enumerate(stems))
    ]


@functools.cache
def default_matcher() -> Matcher:
    """The matcher over the core lexicon, shared so its cache of word pairs serves every call."""
    return Matcher(default_lexicon())
