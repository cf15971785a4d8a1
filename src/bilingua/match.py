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
from bilingua.lexicon._english import acronym_key, english_keys
from bilingua.lexicon.translit import name_similarity
from bilingua.model import Token

__all__ = ["Matcher", "Via", "WordView", "content_words", "default_matcher"]

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
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# Words that carry no meaning of their own for deciding whether two passages render each other.
_UK_STOP = frozenset(
    "і й та а але або чи що як це той та ті цей ця ці в у на з із зі до від для про по за під "
    "над між через після перед при не ні же ж би б то so він вона воно вони ми ви я ти його її "
    "їх їхній свій наш ваш мій твій був була було були бути є який яка яке які також ще вже "
    "тому так щоб якщо коли де там тут".split()
)
_EN_STOP = frozenset(
    "the a an and or but of to in on at for from with by as is are was were be been being it "
    "its this that these those he she they we you i his her their our your my not no so if "
    "then than there here which who whom what when where while also has have had do does did "
    "will would can could should may might must about into over after before between".split()
)
# Key prefixes for what is not a lexicon key, so the three kinds of key never collide.
_IDENTICAL_KEY = "\x00"
_NUMBER_KEY = "\x01"
_TRANSLIT_THRESHOLD = 0.75
_NAME_WEIGHT = 0.9  # a transliterated name is strong evidence, but a shade below a dictionary hit


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
        text = fold(token.text)  # the matching form: no stress marks, one script per word
        lemma = fold(token.lemma).lower() if token.lemma else None
        return cls(
            text=text,
            lower=text.lower(),
            lemma=lemma if lemma and lemma != text.lower() else None,
            is_number=bool(_NUMBER_RE.match(text)),
            is_name=text[:1].isupper() or token.upos == "PROPN",
        )


def content_words(tokens: Sequence[Token], lang: str) -> list[Token]:
    """Tokens with letters or digits that are not function words of ``lang``."""
    stop = _UK_STOP if lang == "uk" else _EN_STOP
    return [
        token
        for token in tokens
        if (_HAS_LETTER_RE.search(token.text) or token.text[:1].isdigit())
        and token.text.lower() not in stop
        and token.upos not in ("PUNCT", "SYM")
    ]


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

    def score(self, uk: WordView, en: WordView) -> tuple[float, Via | None]:
        """``(score in [0, 1], evidence)``; ``(0.0, None)`` when nothing links the two words."""
        return self._cached(uk, en)

    def matches(
        self, uk: Sequence[WordView], en: Sequence[WordView]
    ) -> dict[tuple[int, int], tuple[float, Via]]:
        """Every ``(i, j)`` where ``uk[i]`` and ``en[j]`` render each other, with the score.

        The same as :meth:`score` over all pairs, keeping those above zero, but it scores only
        the pairs that share a key (a lexicon stem or acronym, a number's value, an identical
        Latin string) or are both names (transliteration): passages of a hundred words each
        would otherwise cost ten thousand look-ups.
        """
        by_key: defaultdict[str, list[int]] = defaultdict(list)
        names: list[int] = []
        for j, word in enumerate(en):
            for key in self._en_keys(word):
                by_key[key].append(j)
            if word.is_name and not word.is_number:
                names.append(j)
        found: dict[tuple[int, int], tuple[float, Via]] = {}
        for i, word in enumerate(uk):
            partners: set[int] = set()
            for key in self._uk_keys(word):
                partners.update(by_key.get(key, ()))
            if word.is_name and not word.is_number and _CYRILLIC_RE.search(word.lower):
                partners.update(names)
            for j in sorted(partners):
                value, via = self.score(word, en[j])
                if value > 0 and via is not None:
                    found[i, j] = (value, via)
        return found

    def _keys_of_uk(self, uk: WordView) -> frozenset[str]:
        if uk.is_number:
            return frozenset({_NUMBER_KEY + repr(_number_value(uk.text))})
        if not _CYRILLIC_RE.search(uk.lower):
            return frozenset({_IDENTICAL_KEY + uk.lower})
        return self.lexicon.english_candidates(uk.lower, uk.lemma)

    def _keys_of_en(self, en: WordView) -> frozenset[str]:
        if en.is_number:
            return frozenset({_NUMBER_KEY + repr(_number_value(en.text))})
        keys = {_IDENTICAL_KEY + en.lower}
        for word in (en.text, en.lemma):
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
        if uk.lower == en.lower and not _CYRILLIC_RE.search(uk.lower):
            return 1.0, "identical"  # @POTUS, NATO, a Latin name inside Ukrainian text
        if not _CYRILLIC_RE.search(uk.lower):
            return 0.0, None
        # Only words that share a key can match through the lexicon (both key sets are cached
        # per word, so this spares most look-ups). The English word keeps its case: "US" is the
        # country, "us" the pronoun.
        if not self._uk_keys(uk).isdisjoint(self._en_keys(en)):
            value, kind = self.lexicon.match_kind(uk.lower, en.text, uk.lemma, en.lemma)
            if value > 0 and kind is not None:
                return value, kind
        if uk.is_name and en.is_name:
            similarity = name_similarity(uk.text, en.text)
            if similarity >= _TRANSLIT_THRESHOLD:
                return round(similarity * _NAME_WEIGHT, 4), "transliteration"
        return 0.0, None


@functools.cache
def default_matcher() -> Matcher:
    """The matcher over the core lexicon, shared so its cache of word pairs serves every call."""
    return Matcher(default_lexicon())
