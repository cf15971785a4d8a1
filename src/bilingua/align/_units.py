"""Units of alignment: sentences, cut where the text shows a boundary that punctuation does not.

Chat messages, transcripts and posts written line by line often end their sentences with no
punctuation: "Сьогодні вже був у яслях Навіть сьогодні там вже спав". A sentence splitter
keeps that as one sentence, and one sentence link would cover two renderings. So a sentence is
cut into *units* where a boundary is likely:

- at a line break (text written line by line);
- before a capitalised ordinary word that follows a word (``яслях Навіть``, ``room She``): a
  word is ordinary when stanza does not tag it PROPN, when it is one of the frequent words that
  open sentences, when the lexicon knows it as a common word, or when the same passage writes
  it in lower case elsewhere — a name is never a cut. English ``I`` opens sentences and stands
  inside them alike: a weaker cue.

A cut is only a candidate: the bead search (:mod:`bilingua.align._beads`) merges the units of
one sentence back at no cost, and splits a sentence only where both sides split and the word
links on each side of the cut agree.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bilingua.lexicon import Lexicon, en_stem
from bilingua.match import content_words
from bilingua.model import Sentence, Token

__all__ = [
    "CUT_COST",
    "OPENERS",
    "POLITE",
    "OrdinaryTest",
    "Unit",
    "known_name_test",
    "ordinary_test",
    "units_of",
]

#: Cost of ending a bead at a cut inside a sentence, by the cue: a line break says more than a
#: capital. Chosen so that a split pays only when both halves have word links (docs/pairing.md).
CUT_COST = {"line": 0.5, "capital": 1.0, "weak": 1.5}

#: Frequent words that open sentences (lower case): pronouns, conjunctions, discourse words;
#: written with a capital, they open a sentence and are never names.
OPENERS = {
    "en": frozenset(
        "the a an we you he she it they this that these those there here "
        "so but and or if when what why how where who which please thank thanks yes no today "
        "tomorrow yesterday now then also maybe just well hello hi my our your his her their "
        "its let do does did is are was were can could will would should might must have has "
        "had in on at for from with as after before because since unfortunately however of to "
        "by not all some every each even only still already very really sorry ok okay dear "
        "good great one first next last later soon perhaps probably actually anyway besides "
        "meanwhile otherwise therefore thus moreover furthermore instead indeed oh ah wow".split()
    ),
    "uk": frozenset(
        "я ми ви він вона воно вони ти це цей ця ці так але а і й та тому бо якщо коли що як де "
        "чому дякую дякуємо привіт сьогодні завтра вчора зараз потім також навіть ще вже мені "
        "нам вам мене нас у в на з із до для після перед через про по можу можемо хочу хочемо "
        "будь будь-ласка шукаю думаю добре добрий доброго гаразд звісно на жаль отже тепер "
        "тоді там тут його її їх мій моя моє мої наш наша наше наші ваш ваша ваше ваші дуже "
        "бажано можливо мабуть просто лише тільки от ось нехай хай чи ні не ніхто нічого "
        "кожен кожна усі всі весь вся все кілька перший перша спочатку далі адже проте однак "
        "тобто зокрема крім окрім саме навпаки втім щоправда отож проте тож ну ой ох ага "
        "моїй моєму моїм моєї "
        "моїх моєю нашій нашому нашим нашої наших вашій вашому вашим вашої ваших твоїй твоєму "
        "йому їй їм ним нею ними цього цієї цих цьому цій цим".split()
    ),
}
# Ukrainian writes the polite "you" with a capital inside a sentence (у Вас, дякую Вам): never
# a cut, never a name.
POLITE = frozenset(
    "ви вас вам вами ваш ваша ваше ваші вашого вашої вашому вашим вашій ваших вашою".split()
)
_NO_CUT_AFTER = frozenset(":;,«“„‘([{—–-/")
_WEAK_EN = frozenset("i i'm i've i'd i'll".split())

#: Whether a capitalised word is a common word of a language (``"uk"``/``"en"``), not a name.
OrdinaryTest = Callable[[str, str], bool]


@dataclass(frozen=True)
class Unit:
    """A stretch of one sentence that may align on its own.

    Attributes:
        start: offset of its first token.
        end: offset after its last token.
        tokens: its tokens.
        words: its content words.
        sentence: index of its sentence in the side.
        ends_sentence: whether it is the last unit of its sentence.
        cut: the cue that ends it inside its sentence (``"line"``/``"capital"``), or None at a
            sentence end.
    """

    start: int
    end: int
    tokens: tuple[Token, ...]
    words: tuple[Token, ...]
    sentence: int
    ends_sentence: bool
    cut: str | None


def units_of(
    text: str, sentences: Sequence[Sentence], lang: str, ordinary: OrdinaryTest
) -> list[Unit]:
    """The units of a side's sentences, in order (one per sentence where nothing cuts it).

    ``ordinary`` tells whether a capitalised word is a common word of ``lang`` (the lexicon's
    knowledge); it is asked only about capitals inside sentences.
    """
    lower_here = {
        token.text.lower()
        for sentence in sentences
        for token in sentence.tokens
        if token.text[:1].islower()
    }
    units: list[Unit] = []
    for index, sentence in enumerate(sentences):
        tokens = sentence.tokens
        if not tokens:
            continue
        cuts = [
            (k, cue)
            for k in range(1, len(tokens))
            if (cue := _cue(text, tokens, k, lang, lower_here, ordinary)) is not None
        ]
        bounds = [0, *(k for k, _ in cuts), len(tokens)]
        cues = [cue for _, cue in cuts] + [None]
        for piece, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            part = tokens[lo:hi]
            units.append(
                Unit(
                    start=part[0].start,
                    end=part[-1].end,
                    tokens=part,
                    words=tuple(content_words(part, lang)),
                    sentence=index,
                    ends_sentence=hi == len(tokens),
                    cut=cues[piece],
                )
            )
    return units


def _cue(
    text: str,
    tokens: Sequence[Token],
    k: int,
    lang: str,
    lower_here: set[str],
    ordinary: OrdinaryTest,
) -> str | None:
    """Why a unit may end before ``tokens[k]``: ``"line"``, ``"capital"``, ``"weak"`` or None."""
    before, token = tokens[k - 1], tokens[k]
    if "\n" in text[before.end : token.start]:
        return "line"
    if not token.text[:1].isupper() or before.text[-1:] in _NO_CUT_AFTER:
        return None
    if before.text[:1].isupper() and k > 1:
        return None  # inside a run of capitals: a name (Сполучених Штатах, United States)
    word = token.text.lower().replace("’", "'")
    if lang == "en" and word in _WEAK_EN:
        return "weak"
    if lang == "uk" and word in POLITE:
        return None
    if word in OPENERS.get(lang, frozenset()) or word in lower_here:
        return "capital"
    if token.upos is not None:
        return "capital" if token.upos not in ("PROPN", "X", "NUM", "SYM", "PUNCT") else None
    return "capital" if ordinary(token.text, lang) else None


@functools.lru_cache(maxsize=4)
def ordinary_test(lexicon: Lexicon) -> OrdinaryTest:
    """:data:`OrdinaryTest` from a lexicon: a Ukrainian word is common when one of its
    translations is written in lower case; an English word when a lower-case translation of
    some entry has its stem."""
    english = frozenset(
        en_stem(word)
        for entry in lexicon.entries()
        for word in entry.en.split()
        if word[:1].islower()
    )

    def ordinary(word: str, lang: str) -> bool:
        if lang == "en":
            return en_stem(word.lower()) in english
        return any(t[:1].islower() for t in lexicon.translations_of(word.lower()))

    remembered: OrdinaryTest = functools.lru_cache(maxsize=8192)(ordinary)
    return remembered


@functools.lru_cache(maxsize=4)
def known_name_test(lexicon: Lexicon) -> OrdinaryTest:
    """Whether a capitalised word is a name the lexicon knows (Україну ~ Ukraine, NATO,
    Canada): such a name is rendered by its translation, never by its place in the sentence.

    A Ukrainian word is a known name when one of its translations is capitalised; an English
    word when it is (a word of) a capitalised translation of some entry.
    """
    english = frozenset(
        en_stem(word.lower())
        for entry in lexicon.entries()
        if entry.en[:1].isupper()
        for word in entry.en.split()
        if word[:1].isupper()
    )

    def known(word: str, lang: str) -> bool:
        if lang == "en":
            return en_stem(word.lower()) in english
        return any(t[:1].isupper() for t in lexicon.translations_of(word))

    remembered: OrdinaryTest = functools.lru_cache(maxsize=8192)(known)
    return remembered
