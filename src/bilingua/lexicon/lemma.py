"""Dictionary lemmas of Ukrainian and English words, from simplemma's lemmatisation lists.

:func:`uk_lemma` (``зброю`` → ``зброя``, ``Харкова`` → ``Харків``, ``переможемо`` →
``перемогти``) and :func:`en_lemma` (``went`` → ``go``, ``children`` → ``child``) look a word
up in the lists that `simplemma <https://github.com/adbar/simplemma>`_ ships (MIT; the lists
come from Wiktionary, Michal Měchura's lemmatisation lists and others, see its ``licenses``
folder). On UD_Ukrainian-IU dev+test the lemma is right for 92.5 % of content words, where the
hand-written stems of :mod:`~bilingua.lexicon.stem` put a form and its lemma at one stem for
81 % (``docs/benchmarks.md``). A word the lists do not hold comes back lowercased, as
simplemma gives it.

simplemma's memory-frugal backend is used: the lists are read on the first call (≈ 0.1 s,
a few MB) instead of unpacked into a dictionary (≈ 1.8 s, ≈ 80 MB), and each word costs
≈ 60 µs the first time; answers are cached per word, so a text's repeated words cost a
dictionary hit. Nothing is downloaded: the lists are inside the simplemma wheel.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["en_known", "en_lemma", "uk_common", "uk_lemma"]

# simplemma is imported on the first call (importing it costs ≈ 0.1 s that `import bilingua`
# need not pay), and its first call per language builds a lookup object: both happen under a
# lock, so that two threads do not pay twice.
_lock = threading.Lock()
_warm: set[str] = set()
_lemmatizer: list[Callable[..., str]] = []


def _lemmatize(word: str, lang: str) -> str:
    if lang not in _warm:
        with _lock:
            if not _lemmatizer:
                import simplemma

                _lemmatizer.append(simplemma.lemmatize)
            lemma = _lemmatizer[0](word, lang=lang, low_memory=True)
            _warm.add(lang)
            return lemma
    return _lemmatizer[0](word, lang=lang, low_memory=True)


@lru_cache(maxsize=131072)
def uk_lemma(word: str) -> str:
    """The dictionary form of a Ukrainian word.

    Args:
        word: one word as written, any case (NFC is applied; apostrophes are left as they are).

    Returns:
        The lemma as the lists write it (names keep their capital: ``Києва`` → ``Київ``); the
        word lowercased when the lists do not hold it.
    """
    text = unicodedata.normalize("NFC", word.strip())
    if not text:
        return ""
    return unicodedata.normalize("NFC", _lemmatize(text, "uk"))


@lru_cache(maxsize=131072)
def en_lemma(word: str) -> str:
    """The dictionary form of an English word (``sanctions`` → ``sanction``, ``went`` → ``go``).

    Args:
        word: one word as written, any case; a possessive ``'s`` is left to the caller.

    Returns:
        The lemma (lowercase unless the lists keep a capital); the word itself, perhaps
        lowercased, when the lists do not hold it.
    """
    text = unicodedata.normalize("NFC", word.strip())
    if not text:
        return ""
    return _lemmatize(text, "en")


@lru_cache(maxsize=65536)
def uk_common(word: str) -> bool:
    """Whether the lists hold a Ukrainian word as a common word, its lemma written in lower
    case: ``Скелястих`` (скелястий), ``Тихому`` (тихий), ``Серед`` — not ``Туреччини``
    (Туреччина), and not a word the lists do not hold (``Мікельсон``). A capitalised common
    word inside a name (Скелясті гори, Тихий океан) is often rendered by its meaning."""
    text = unicodedata.normalize("NFC", word.strip())
    if not text or uk_lemma(text)[:1].isupper():
        return False
    import simplemma  # imported, and its Ukrainian lookup built, by uk_lemma's first call

    return bool(simplemma.is_known(text.lower(), lang="uk", low_memory=True))


@lru_cache(maxsize=65536)
def en_known(word: str) -> bool:
    """Whether the lists hold an English word, in any case (``tide``, ``Southwest``, also
    names that English dictionaries list: ``Berlin``); ``Nazar``, ``GOP`` are not held."""
    text = unicodedata.normalize("NFC", word.strip())
    if not text:
        return False
    en_lemma(text)  # imports simplemma and builds its English lookup under the lock
    import simplemma

    return bool(simplemma.is_known(text.lower(), lang="en", low_memory=True))
