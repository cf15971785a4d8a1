"""Abbreviations and named entities: РФ → Russia, ЗСУ → Armed Forces of Ukraine, Києва → Kyiv.

The table is package data, ``bilingua/data/aliases.tsv``, in the lexicon format
(``uk<TAB>en|en…``). Keys written in capitals (``США``, ``ЗСУ``) are abbreviations and match as
written in any case; other keys (``Росія``, ``Верховна Рада``) also match their inflected forms
through stems (``Росії``, ``Верховної Ради``). Social-media handles are never aliases: anything
starting with ``@`` or ``#`` gives nothing.
"""

from __future__ import annotations

import functools
import threading

from bilingua.lexicon._core import Lexicon
from bilingua.lexicon._tsv import package_file, read_entries

__all__ = ["alias_lexicon", "alias_match", "alias_targets"]

_lock = threading.Lock()


@functools.cache
def _load() -> Lexicon:
    resource = package_file("aliases.tsv")
    if not resource.is_file():
        return Lexicon()
    return Lexicon(read_entries(resource, kind="alias"))


def alias_lexicon() -> Lexicon:
    """The alias table as a :class:`~bilingua.lexicon.Lexicon` of kind ``"alias"`` (cached).

    Raises:
        InputError: the packaged table is malformed.
    """
    with _lock:
        return _load()


def alias_targets(uk: str) -> frozenset[str]:
    """The English renderings of a Ukrainian abbreviation or name, in any case and form.

    Args:
        uk: a word or phrase as written: ``РФ``, ``сша``, ``Росії``, ``Верховної Ради``.

    Returns:
        The English targets as listed (``{"Russia", "Russian Federation"}``); empty when ``uk``
        is not an alias or is a handle or hashtag.
    """
    return alias_lexicon().translations_of(uk.strip())


def alias_match(uk_word: str, en_word: str) -> float:
    """How well an English word renders a Ukrainian alias, in [0, 1].

    Args:
        uk_word: the Ukrainian token (``США``, ``Росії``).
        en_word: the English token, case kept (``US`` matches; the pronoun ``us`` does not).

    Returns:
        1.0 for a full target (``Russia``), 0.75 for the head word of a multi-word target
        (``Forces`` of ``Armed Forces of Ukraine``), 0.4 for its other content words, else 0.
    """
    return alias_lexicon().match(uk_word, en_word)
