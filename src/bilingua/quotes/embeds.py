"""Embedded posts: a passage followed by a `— Name (@handle) Date` signature, as EMBED quotes.

The signature gives the attribution (speaker, handle, platform, date); the passage is the
paragraph before it, without the widget's residue (`pic.twitter.com/…`, `t.co/…`, `×`). The
handle may be `(@handle)`, `(t.me/channel)` or `(facebook.com/page)` (the forms the reading
layer writes for embeds in a page, :mod:`bilingua.reading.widgets`); a signature on a line of
its own may go without a date (a Telegram post's embed code has none). Copied posts, laid out
as the platforms show them, are :mod:`~bilingua.quotes.posts`' and come after these.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bilingua.model import Attribution, Quote, QuoteKind, Span
from bilingua.quotes._context import Context
from bilingua.quotes._text import (
    BREAK_RE,
    SPACES_RE,
    STRIP,
    last_end,
    last_match,
    match_end,
    trim,
)
from bilingua.quotes.dates import date_of, date_re
from bilingua.quotes.marks import MarkPair
from bilingua.quotes.posts import find_posts

__all__ = ["find_embeds"]

_MAX_PASSAGE = 5000  # longest embed passage (a Telegram post has at most 4096 characters)
_SIGNATURE_NAME = 120  # longest "— Name " before a handle
_DASH_RE = re.compile(r"(?<!\S)(?:—|–|--|-)(?!\S)")
_RESIDUE = ("pic.twitter.com/", "https://t.co/", "http://t.co/")
# `(@handle)`, `(t.me/channel)` as in a clause (_text.HANDLE_RE), and `(facebook.com/page)`,
# which only a signature has.
_SIGNED_HANDLE_RE = re.compile(
    r"\((?:@(?P<at>\w{1,50})|(?:https?://)?t\.me/(?P<tg>\w{1,64})"
    r"|(?:https?://)?(?:www\.)?facebook\.com/(?P<fb>[\w.-]{1,80}))\)"
)


@dataclass(frozen=True, slots=True)
class _Signature:
    """`— Name (@handle) Date` after an embedded post, as offsets and values."""

    dash: int  # offset of the dash
    name: tuple[int, int]
    handle: str | None  # None for a Facebook page, which has no @handle
    platform: str
    date: dt.date | None
    end: int  # end of the date (of the handle when there is none)


def _signatures(text: str) -> Iterator[_Signature]:
    """The embed signatures of ``text``, in order; each looks back only to the one before."""
    done = 0
    for handle in _SIGNED_HANDLE_RE.finditer(text):
        at = match_end(SPACES_RE, text, handle.end(), handle.end() + 8)
        date_match = date_re().match(text, at, min(len(text), at + 40))
        date = date_of(date_match) if date_match else None
        if date is None and at < len(text) and text[at] != "\n":
            continue  # without a date, only `— Name (@handle)` alone on its line signs a post
        lo = max(done, handle.start() - _SIGNATURE_NAME)
        line = text.rfind("\n", lo, handle.start()) + 1
        lo = max(lo, line)  # the name is on the handle's line
        dash = last_match(_DASH_RE, text, lo, handle.start())
        if dash is None or (date is None and text[line : dash.start()].strip()):
            continue
        name = trim(text, dash.end(), handle.start())
        if not any(map(str.isalpha, text[name[0] : name[1]])):
            continue
        platform = "twitter" if handle["at"] else "telegram" if handle["tg"] else "facebook"
        tag = handle["at"] or handle["tg"]
        end = date_match.end() if date is not None and date_match else handle.end()
        yield _Signature(dash.start(), name, "@" + tag if tag else None, platform, date, end)
        done = end


def find_embeds(ctx: Context, outer: dict[tuple[int, int], MarkPair]) -> Iterator[Quote]:
    """Passages followed by a `— Name (@handle) Date` signature, in text order.

    A passage that is exactly one quotation in marks takes that quotation's inner span and
    marks, and the quotation is removed from ``outer`` so that it is not reported twice.
    """
    text, done = ctx.text, 0  # `done`: end of the last signature; a passage starts after it
    signed: list[tuple[int, int]] = []
    for sig in _signatures(text):
        passage = _passage(text, done, sig.dash)
        done = sig.end
        if passage is None:
            continue
        signed.append((passage[0], sig.end))
        pair = outer.pop(passage, None)
        start, end = trim(text, pair.open + 1, pair.close) if pair else passage
        attribution = Attribution(
            speaker=text[sig.name[0] : sig.name[1]],
            handle=sig.handle,
            date=sig.date,
            platform=sig.platform,
            span=Span.of(text, sig.dash, sig.end),
        )
        yield Quote.of(
            text,
            start,
            end,
            lang=ctx.lang((start, end)),
            kind=QuoteKind.EMBED,
            marks=pair.marks if pair else None,
            attribution=attribution,
        )
    yield from find_posts(ctx, signed)


def _passage(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The passage of an embed that ends at ``end``: its paragraph, without widget residue.

    A signature in a paragraph of its own gets the paragraph before: the blank line before the
    dash goes with the residue.
    """
    end = _strip_residue(text, lo, end)
    start = last_end(BREAK_RE, text, max(lo, end - _MAX_PASSAGE), end)
    passage = trim(text, start, end, STRIP)
    return passage if passage[0] < passage[1] else None


def _strip_residue(text: str, lo: int, end: int) -> int:
    """``end`` moved back past whitespace and trailing `pic.twitter.com/…`, `t.co/…` links."""
    for _ in range(3):
        end = trim(text, lo, end, STRIP)[1]
        cut = max(text.rfind(residue, lo, end) for residue in _RESIDUE)
        if cut < 0 or any(map(str.isspace, text[cut:end])):
            break
        end = cut
    return end
