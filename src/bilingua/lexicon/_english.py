"""The English side of a lexicon entry: which words of a translation a matching word may hit.

A translation is one English word or a phrase. Each gives *keys* with a base score:

- a single word: its :func:`~bilingua.lexicon.stem.en_stem` stem, score 1;
- a phrase: the stems of all its words joined by a space (a multi-word English token or
  phrase hits it fully), score 1; its *head word*, score :data:`HEAD_SCORE`; each other content
  word, score :data:`PART_SCORE`. The head is the last content word before the first
  preposition (``Armed Forces of Ukraine`` → ``forces``; ``nuclear power plant`` → ``plant``),
  or the first word when the phrase starts with a light verb (``take part`` → ``take``);
- an acronym (``US``, ``NATO``, ``G7``: two to six capitals or digits, dots ignored) is kept
  apart, uppercase: :func:`acronym_key` of the English word must equal it, and an acronym that is
  also a common English word (``US``, ``WHO``, ``IT``) matches only a word written with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bilingua.lexicon.stem import en_stem

__all__ = [
    "HEAD_SCORE",
    "PART_SCORE",
    "acronym_key",
    "english_keys",
    "needs_capital",
    "translation_keys",
]

#: Score of a phrase's head word relative to a full match.
HEAD_SCORE = 0.75
#: Score of any other content word of a phrase.
PART_SCORE = 0.4

_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_WORD_SPLIT_RE = re.compile(r"[\s\-‐–]+")
_STOP = frozenset(
    "the a an and or of for in on at to from with by about against under over between into "
    "per than as via within without through during 's".split()
)
_CUT = frozenset(
    "of for in on at to from with by about against under over between into per via".split()
)
_LIGHT_VERBS = frozenset(
    "take make give get have do carry put set keep go come be hold pay bring call".split()
)
# Acronyms that spell an ordinary English word: they match only a word with a capital.
_COMMON_WORDS = frozenset(
    "us who it am as in is or an at on no so do go me my we he be by up to if of aid man cap "
    "sin mad fed pm ok id oh us".split()
)


def acronym_key(word: str) -> str | None:
    """The uppercase acronym a word spells (``U.S.`` → ``US``, ``Nato`` → ``NATO``), if any.

    Args:
        word: one English word as written.

    Returns:
        The uppercase form without dots when it is 2–6 letters or digits starting with a
        letter; otherwise None.
    """
    bare = word.replace(".", "").strip()
    upper = bare.upper()
    return upper if _ACRONYM_RE.match(upper) else None


def needs_capital(acronym: str) -> bool:
    """Whether an acronym target is also a common English word (``US``, ``WHO``)."""
    return acronym.lower() in _COMMON_WORDS


def _is_acronym(token: str) -> bool:
    bare = token.replace(".", "")
    return bool(_ACRONYM_RE.match(bare)) and bare == bare.upper() and len(bare) >= 2


def _head_index(words: list[str]) -> int:
    if words[0].lower() in _LIGHT_VERBS:
        return 0
    cut = next((i for i, word in enumerate(words) if word.lower() in _CUT and i > 0), len(words))
    for i in range(cut - 1, -1, -1):
        if words[i].lower() not in _STOP:
            return i
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() not in _STOP:
            return i
    return len(words) - 1


@lru_cache(maxsize=65536)
def translation_keys(translation: str) -> tuple[tuple[str, bool, float], ...]:
    """The keys of one English translation: ``(key, is_acronym, base score)``.

    Args:
        translation: one English word or phrase as written in a lexicon.

    Returns:
        Word keys are lowercase stems (phrases: stems joined by one space); acronym keys are
        uppercase. A key may come more than once with different scores.
    """
    return tuple(_translation_keys(translation))


def _translation_keys(translation: str) -> Iterator[tuple[str, bool, float]]:
    words = [word for word in _WORD_SPLIT_RE.split(translation.strip()) if word]
    if not words:
        return
    if len(words) == 1:
        word = words[0]
        if _is_acronym(word):
            yield word.replace(".", ""), True, 1.0
        else:
            yield en_stem(word), False, 1.0
        return
    yield " ".join(en_stem(word) for word in words), False, 1.0
    stem_whole = en_stem(translation.strip())
    if " " not in translation.strip():  # a hyphenated compound also matches as one token
        yield stem_whole, False, 1.0
    head = _head_index(words)
    for i, word in enumerate(words):
        if word.lower() in _STOP:
            continue
        score = HEAD_SCORE if i == head else PART_SCORE
        if _is_acronym(word):
            yield word.replace(".", ""), True, score
        else:
            yield en_stem(word), False, score


@lru_cache(maxsize=65536)
def english_keys(word: str) -> tuple[str, ...]:
    """The word keys under which an English word or phrase is looked up (lowercase stems).

    Args:
        word: an English token (or a phrase, whose words are stemmed one by one).

    Returns:
        One or two keys: the stem, and for a phrase or hyphenated compound the joined stems.
    """
    text = word.strip()
    parts = [part for part in _WORD_SPLIT_RE.split(text) if part]
    if len(parts) <= 1:
        return (en_stem(text),)
    joined = " ".join(en_stem(part) for part in parts)
    return (joined,) if " " in text else (en_stem(text), joined)
