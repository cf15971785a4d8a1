"""The matching form of a word: what detection and word matching compare, never the text itself.

Text arrives as people and programs write it: stress marks over Ukrainian vowels
(``Украї́на``), a Latin ``K`` or ``i`` typed inside a Cyrillic word (``Kиїв``, ``Miсто``), the
apostrophe as ``’``, ``ʼ``, ``'`` or a backtick, soft hyphens and zero-width characters left by
editors and web pages. :func:`fold` gives the word as it would be spelt without them:

- NFC, then combining marks that do not compose into a letter are dropped: the stress mark
  goes, й and ї stay (they compose);
- soft hyphens, zero-width spaces, word joiners and BOMs are dropped, and so are ZWNJ and
  ZWJ between letters (between emoji they join one picture, and stay);
- a letter that looks the same in Latin and Cyrillic takes the script of the word's other
  letters (those that exist in one script only): ``Kиїв`` → ``Київ``; a word with no such letter
  takes ``script`` when given, else the script most of its letters are in;
- apostrophes become ``’`` in a Cyrillic word (the lexicon's spelling) and ``'`` in a Latin one.

Offsets are never computed on the folded form: callers keep the original token and its span,
and use the folded form only as a key.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bilingua.model import Script

__all__ = ["fold", "needs_fold", "script_of"]

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# ZWJ and ZWNJ between letters are typing noise; between emoji they build one picture
_JOINER_RE = re.compile(r"(?<=\w)[\u200c\u200d]+(?=\w)")
_APOSTROPHES = "'’ʼ`´‘ʹ"
# Letters drawn alike in the two scripts, Latin → Cyrillic (Ukrainian і and ї included).
_LATIN_TO_CYRILLIC = dict(zip("ABCEHIKMOPTXaceiopxyÏï", "АВСЕНІКМОРТХасеіорхуЇї", strict=True))
_CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in _LATIN_TO_CYRILLIC.items()}
_TO_CYRILLIC = str.maketrans({**_LATIN_TO_CYRILLIC, **dict.fromkeys(_APOSTROPHES, "’")})
_TO_LATIN = str.maketrans({**_CYRILLIC_TO_LATIN, **dict.fromkeys(_APOSTROPHES, "'")})
_DROP = str.maketrans(dict.fromkeys(_INVISIBLE.replace("\u200c", "").replace("\u200d", "")))
# What fold() would change in a word: a mark, an invisible character, an apostrophe, or letters
# of both scripts. A plain word of one script skips the work.
_SUSPECT_RE = re.compile(
    rf"[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    rf"{_INVISIBLE}{_APOSTROPHES}]"
)
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u052f]")
_CACHED_LENGTH = 64  # longer "words" (a text without spaces) are folded without the cache


def script_of(char: str) -> Script:
    """The script of one character: Latin, Cyrillic, or other (digits, marks, symbols…)."""
    if "a" <= char <= "z" or "A" <= char <= "Z" or "\u00c0" <= char <= "\u024f":
        return Script.LATIN if char not in "×÷" else Script.OTHER
    if "\u0400" <= char <= "\u052f":
        return Script.CYRILLIC
    if "\u1e00" <= char <= "\u1eff":
        return Script.LATIN
    return Script.OTHER


def needs_fold(word: str) -> bool:
    """Whether :func:`fold` could change ``word`` (a cheap test for hot loops)."""
    if word.isascii():
        return "`" in word
    return _SUSPECT_RE.search(word) is not None or (
        _LATIN_RE.search(word) is not None and _CYRILLIC_RE.search(word) is not None
    )


def fold(word: str, script: Script | None = None) -> str:
    """The matching form of ``word`` (see the module docstring); never longer than ``word``.

    Args:
        word: a token's text.
        script: the script of the text around the word, which decides a word made only of
            letters drawn alike in both scripts; None lets the word's own letters decide.

    Returns:
        The folded word; ``word`` itself when nothing needs folding.
    """
    if not needs_fold(word):
        return word
    return _folded(word, script) if len(word) <= _CACHED_LENGTH else _fold(word, script)


def _fold(word: str, script: Script | None) -> str:
    plain = "".join(
        ch
        for ch in unicodedata.normalize("NFC", _JOINER_RE.sub("", word).translate(_DROP))
        if not unicodedata.category(ch).startswith("M")
    )
    latin = _word_script(plain, script) is Script.LATIN
    return plain.translate(_TO_LATIN if latin else _TO_CYRILLIC)


_folded = functools.lru_cache(maxsize=65536)(_fold)


def _word_script(word: str, hint: Script | None) -> Script:
    """The script the look-alike letters of ``word`` are read in."""
    latin = cyrillic = latin_alike = cyrillic_alike = 0
    for ch in word:
        script = script_of(ch)
        if script is Script.LATIN:
            if ch in _LATIN_TO_CYRILLIC:
                latin_alike += 1
            else:
                latin += 1
        elif script is Script.CYRILLIC:
            if ch in _CYRILLIC_TO_LATIN:
                cyrillic_alike += 1
            else:
                cyrillic += 1
    if latin and not cyrillic:
        return Script.LATIN
    if cyrillic and not latin:
        return Script.CYRILLIC
    if not latin and not cyrillic and hint in (Script.LATIN, Script.CYRILLIC):
        return hint
    # letters of both scripts, or only look-alikes: the script most letters are in
    return Script.LATIN if latin + latin_alike > cyrillic + cyrillic_alike else Script.CYRILLIC
