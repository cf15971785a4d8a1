"""Patterns and offset helpers that several of the quote modules scan the text with.

Offsets are code-point indices into the one text. Every helper takes the bounds it may look
within, so that a caller keeps its look to a fixed window: that is what keeps
:func:`~bilingua.quotes.find_quotes` linear in the size of the text.
"""

from __future__ import annotations

import re

__all__ = [
    "BREAK_RE",
    "HANDLE_RE",
    "SENTENCE_END_RE",
    "SPACES_RE",
    "STRIP",
    "WORD_RE",
    "handle_at",
    "last_end",
    "last_match",
    "match_end",
    "trim",
]

# A paragraph break: a line break and one or more blank lines. A quotation stops there (marks),
# and so does an embed's passage (embeds).
BREAK_RE = re.compile(r"\n(?:[^\S\n]*\n)+")
SPACES_RE = re.compile(r"[^\S\n]*")  # spaces that never cross a line
SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s)|\n")
# A word, with the apostrophes and hyphens inside it (`пам’ять`, `Ukraine's`, `віце-прем’єр`).
WORD_RE = re.compile(r"[^\W\d_](?:[\w’'ʼ-]*[^\W_])?")
# `(@handle)` or `(t.me/channel)`: written after a name in a clause and in an embed's signature.
HANDLE_RE = re.compile(r"\((?:@(?P<at>\w{1,50})|(?:https?://)?t\.me/(?P<tg>\w{1,64}))\)")
# Every character that str.isspace() accepts, and the "×" (close button) of an embed widget.
STRIP = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
STRIP += "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000×"


def last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    last = None
    for last in pattern.finditer(text, lo, hi):  # noqa: B007 - only the last one is wanted
        pass
    return last


def last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """End of the last match of ``pattern`` in ``text[lo:hi]``, or ``lo``."""
    last = last_match(pattern, text, lo, hi)
    return last.end() if last else lo


def match_end(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> int:
    """End of the match of ``pattern`` at ``pos`` (a pattern that can match nothing)."""
    match = pattern.match(text, pos, endpos)
    return match.end() if match else pos


def trim(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """``start, end`` moved inwards past ``chars`` (whitespace by default)."""
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip(chars))
    if left == len(chunk):
        return start, start
    return start + left, start + len(chunk.rstrip(chars))


def handle_at(text: str, pos: int, end: int) -> re.Match[str] | None:
    """A `(@handle)` starting at ``pos`` after spaces, within ``end``."""
    return HANDLE_RE.match(text, match_end(SPACES_RE, text, pos, end), end)
