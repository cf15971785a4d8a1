"""Place a token reported by a pipeline back onto the original text.

A pipeline reports each token's text and, usually, its offsets. Both can disagree with the
text: offsets may be None, and a pipeline may normalise what it reports (NFC/NFKC forms, a
no-break space or CRLF inside a token, a dropped combining mark or zero-width character).
:func:`locate` tries, in order: the reported offsets; the token verbatim after nothing but
blanks; the token under normalisation, anchored at the next visible character; the verbatim
occurrence nearest to where the token was expected; and finally the reported offsets (or the
token's length) clamped to the remaining text. The caller builds spans with ``Span.of`` from
the returned offsets, so ``text[start:end] == span.text`` holds whatever the pipeline said.
"""

from __future__ import annotations

import unicodedata

__all__ = ["is_blank", "locate"]

# a match found by search is accepted this far (in characters) from where the token was expected
_NEAR = 8


def is_blank(ch: str) -> bool:
    """Whitespace, or an invisible format or control character (ZWJ, ZWSP, BOM, soft hyphen…)."""
    return ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp")


def _key(text: str) -> str:
    """Compatibility-decomposed text without marks, blanks and format characters."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        ch for ch in decomposed if not is_blank(ch) and not unicodedata.category(ch).startswith("M")
    )


def _next_visible(text: str, pos: int, limit: int) -> int:
    while pos < limit and is_blank(text[pos]):
        pos += 1
    return pos


def _extend_marks(text: str, end: int, limit: int) -> int:
    """Combining marks and joiners right after a match belong to it (no half graphemes).

    stanza's tokenizer does the same with a joiner ("talks\u200d."), so a token found by
    search ends where stanza's own offsets would have ended it.
    """
    while end < limit and (
        unicodedata.category(text[end]).startswith("M") or text[end] in "\u200c\u200d"
    ):
        end += 1
    return end


def _normalised_match(text: str, token: str, cursor: int, limit: int) -> tuple[int, int] | None:
    target = _key(token)
    if not target:
        return None
    start = _next_visible(text, cursor, limit)
    longest = min(limit, start + 4 * len(token) + 8)
    for end in range(start + 1, longest + 1):
        key = _key(text[start:end])
        if key == target:
            return start, end
        if not target.startswith(key):
            return None
    return None


def _nearest(
    text: str, token: str, expected: int, cursor: int, limit: int
) -> tuple[int, int] | None:
    lo, hi = max(cursor, expected - _NEAR), min(limit, expected + _NEAR + len(token))
    best: int | None = None
    pos = text.find(token, lo, hi)
    while pos >= 0:
        if best is None or abs(pos - expected) < abs(best - expected):
            best = pos
        pos = text.find(token, pos + 1, hi)
    return None if best is None else (best, best + len(token))


def _clamped(
    text: str, token: str, hint: tuple[int | None, int | None], cursor: int, limit: int
) -> tuple[int, int] | None:
    start, end = hint
    if start is None or end is None:
        start = _next_visible(text, cursor, limit)
        end = start + len(token)
    start = min(max(start, cursor), limit)
    end = min(max(end, start), limit)
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def locate(
    text: str,
    token: str,
    hint: tuple[int | None, int | None],
    cursor: int,
    limit: int,
) -> tuple[int, int] | None:
    """Find a token of a pipeline's output in ``text[cursor:limit]``.

    Args:
        text: the whole document text.
        token: the token text as the pipeline reports it.
        hint: the pipeline's ``(start, end)`` already shifted to document offsets, or Nones.
        cursor: end of the previous token (tokens never overlap or go backwards).
        limit: end of the passage.

    Returns:
        ``(start, end)`` with ``cursor <= start < end <= limit``, extended over combining marks
        that follow it, or None when nothing of the remaining passage can stand for the token
        (the caller drops it).
    """
    span = _find(text, token, hint, cursor, limit)
    if span is None:
        return None
    return span[0], _extend_marks(text, span[1], limit)


def _find(
    text: str, token: str, hint: tuple[int | None, int | None], cursor: int, limit: int
) -> tuple[int, int] | None:
    start, end = hint
    if start is not None and end is not None and cursor <= start <= end <= limit:  # noqa: SIM102
        # kept apart from the check below: offsets within range but on other text fall through
        if token and text[start:end] == token:
            return start, end
    if not token:
        return None
    found = text.find(token, cursor, limit)
    if found >= 0 and all(is_blank(ch) for ch in text[cursor:found]):
        return found, found + len(token)
    span = _normalised_match(text, token, cursor, limit)
    if span is not None:
        return span
    expected = (
        start if start is not None and start >= cursor else _next_visible(text, cursor, limit)
    )
    span = _nearest(text, token, expected, cursor, limit)
    if span is not None:
        return span
    return _clamped(text, token, hint, cursor, limit)
