"""Posts copied from a platform's page as text: tweet cards, Telegram posts, and labels.

Selecting a post on the page and pasting it gives the post's chrome with its text, one line each.
A tweet card::

    Volodymyr Zelenskyy / Володимир Зеленський      ← display name
    @ZelenskyyUa                                    ← handle (maybe "· Follow", "· 2h")
    Текст допису…                                   ← the post
    Translate post                                  ← interface text
    8:14 AM · Jan 23, 2024 · 1.2M Views             ← time · date
    1,234 Reposts 56 Quotes 7.8K Likes 12 Bookmarks ← engagement counts (maybe one a line)

A Telegram post (a channel's page)::

    Україна зараз                                   ← channel name
    Текст допису…
    12.3K                                           ← views (👁 12.3K, 12.3K views)
    08:14                                           ← time (edited 08:14)

The post's text becomes an EMBED quote attributed to the name, handle and date; the chrome
around it — and labels that introduce a rendering or an original (``Translation:``, ``English
translation:``, ``In English:``, ``Переклад:``, ``Оригінал:``, ``Translated from Ukrainian``)
— is *furniture*: :func:`furniture` gives its spans, which pairing keeps out of pair sides.

Each line is classified once by anchored patterns and every look ahead or back is bounded
(:data:`_MAX_LINES`, :data:`_MAX_CHARS`), so the scan is linear in the size of the text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bilingua.model import Attribution, Quote, QuoteKind, Span
from bilingua.quotes._context import Context
from bilingua.quotes.dates import date_of, date_re

__all__ = ["find_posts", "furniture"]

_MAX_LINES = 60  # lines a copied post may have between its header and its time line
_MAX_CHARS = 5000  # ... and characters (a Telegram post has at most 4,096)
_MAX_NAME = 80  # longest display or channel name line
_COUNT = r"\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d+)?[KkMmBbТтКкМм]?"
_HANDLE_LINE_RE = re.compile(r"[^\S\n]*@(?P<handle>\w{1,50})(?:[^\S\n]*·[^\n]{0,40})?[^\S\n]*$")
_CLOCK = r"\d{1,2}:\d{2}(?:[^\S\n]*(?:AM|PM|am|pm|a\.m\.|p\.m\.|дп|пп))?"
_TWEET_TIME_RE = re.compile(
    rf"[^\S\n]*{_CLOCK}[^\S\n]*·[^\S\n]*(?P<date>[^\n·]{{4,40}}?)"
    rf"(?:[^\S\n]*·[^\S\n]*{_COUNT}[^\S\n]*\w+)?[^\S\n]*$"
)
_ENGAGEMENT = (
    r"(?:Reposts?|Retweets?|Quotes?|Quote Tweets?|Likes?|Bookmarks?|Views?|Replies|Reply"
    r"|репост\w*|цитат\w*|вподобан\w*|закладк\w*|перегляд\w*|відповід\w*)"
)
_COUNTS_RE = re.compile(
    rf"[^\S\n]*(?:(?:{_COUNT}[^\S\n]*)?{_ENGAGEMENT}[^\S\n]*|{_COUNT}[^\S\n]*)+$", re.IGNORECASE
)
_VIEWS = rf"(?:👁[^\S\n]*)?{_COUNT}"
_TG_VIEWS_RE = re.compile(
    rf"[^\S\n]*(?P<views>{_VIEWS})(?P<word>[^\S\n]*(?:views?|переглядів|перегляди))?"
    rf"(?:[^\S\n]+(?:edited[^\S\n]+|змінено[^\S\n]+)?(?P<time>{_CLOCK}))?[^\S\n]*$",
    re.IGNORECASE,
)
_TG_TIME_RE = re.compile(rf"[^\S\n]*(?:edited[^\S\n]+|змінено[^\S\n]+)?{_CLOCK}[^\S\n]*$")
_INTERFACE_RE = re.compile(
    r"[^\S\n]*(?:·[^\S\n]*)?(?:Follow|Subscribe|Translate post|Translate Tweet|Show translation"
    r"|Show more|Перекласти(?: допис)?|Показати переклад|Стежити"
    r"|Translated from \w+(?: by \w+)?|Перекладено з \w+(?: мови)?)[^\S\n]*$",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(
    r"[^\S\n]*(?:English translation|Ukrainian translation|Translation|In English|In Ukrainian"
    r"|Original|Ukrainian original|Переклад(?: англійською| українською)?|Англійською"
    r"|Оригінал|Мовою оригіналу)[^\S\n]*:[^\S\n]*",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".!?:;,…")


@dataclass(frozen=True, slots=True)
class _Post:
    """A copied post: its text's lines, its attribution and the chrome around it."""

    passage: tuple[int, int]
    speaker: tuple[int, int]
    header: tuple[int, int]  # the attribution span: name line (and handle line)
    handle: str | None
    platform: str
    date: dt.date | None
    chrome: tuple[tuple[int, int], ...]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in (m.start() for m in re.finditer("\n", text)):
        spans.append((start, end))
        start = end + 1
    spans.append((start, len(text)))
    return spans


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _blank(text: str, span: tuple[int, int]) -> bool:
    start, end = _stripped(text, span)
    return start == end


def _name_like(text: str, span: tuple[int, int]) -> bool:
    """A display or channel name: short, with a letter, not a sentence, a handle or chrome."""
    start, end = _stripped(text, span)
    line = text[start:end]
    return (
        0 < len(line) <= _MAX_NAME
        and any(map(str.isalpha, line))
        and not line.endswith(_SENTENCE_END)
        and not line.startswith("@")
        and len(line.split()) <= 10
        and not _LABEL_RE.match(text, start, end)
        and not _INTERFACE_RE.match(text, start, end)
    )


def _matches(pattern: re.Pattern[str], text: str, span: tuple[int, int]) -> re.Match[str] | None:
    return pattern.match(text, span[0], span[1])


def _passage(text: str, lines: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], list[int]]:
    """The post's text among ``lines``, without interface lines at either end; their indices."""
    kept = [i for i, line in enumerate(lines) if not _blank(text, line)]
    while kept and _matches(_INTERFACE_RE, text, lines[kept[0]]):
        kept.pop(0)
    while kept and _matches(_INTERFACE_RE, text, lines[kept[-1]]):
        kept.pop()
    if not kept:
        return (0, 0), []
    return (_stripped(text, lines[kept[0]])[0], _stripped(text, lines[kept[-1]])[1]), kept


def _tweet(
    text: str, lines: list[tuple[int, int]], at: int, handle: str
) -> tuple[_Post, int] | None:
    """The tweet card whose handle line is ``lines[at]``, if a time line closes it; with the
    index of its last line."""
    if at == 0 or not _name_like(text, lines[at - 1]):
        return None
    for end in range(at + 1, min(len(lines), at + _MAX_LINES)):
        if lines[end][0] - lines[at][1] > _MAX_CHARS:
            return None
        time = _matches(_TWEET_TIME_RE, text, lines[end])
        if time is None:
            continue
        date_match = date_re().search(text, time.start("date"), time.end("date"))
        passage, kept = _passage(text, lines[at + 1 : end])
        if not kept:
            return None
        counts = _trailing(text, lines, end + 1, _COUNTS_RE)
        chrome = [lines[at - 1], lines[at], lines[end]]
        chrome += [lines[at + 1 + i] for i in range(end - at - 1) if i not in kept]
        chrome += [lines[i] for i in counts]
        speaker = _stripped(text, lines[at - 1])
        post = _Post(
            passage,
            speaker,
            (speaker[0], _stripped(text, lines[at])[1]),
            "@" + handle,
            "twitter",
            date_of(date_match) if date_match else None,
            tuple(chrome),
        )
        return post, max([end, *counts])
    return None


def _trailing(
    text: str, lines: list[tuple[int, int]], start: int, pattern: re.Pattern[str]
) -> list[int]:
    """The indices of the lines from ``start`` on that ``pattern`` matches (blank lines
    between them allowed): the counts after a post's time."""
    found = []
    for index in range(start, min(len(lines), start + 12)):
        if _blank(text, lines[index]):
            continue
        if not _matches(pattern, text, lines[index]):
            break
        found.append(index)
    return found


def _telegram_end(text: str, lines: list[tuple[int, int]], at: int) -> int | None:
    """The index of the last line of a Telegram footer starting at ``lines[at]``, if it is one."""
    views = _matches(_TG_VIEWS_RE, text, lines[at])
    if views is None:
        return None
    if views["time"]:
        return at
    following = lines[at + 1] if at + 1 < len(lines) else None
    if following is not None and _matches(_TG_TIME_RE, text, following):
        return at + 1
    marked = views["word"] or "👁" in views["views"] or views["views"][-1].isalpha()
    return at if marked else None


def _telegram(
    text: str, lines: list[tuple[int, int]], at: int, footer_end: int, lo: int
) -> _Post | None:
    """The Telegram post whose footer is ``lines[at : footer_end + 1]``: its name line is the
    first line of the paragraph before the footer (not before line ``lo``)."""
    first = at
    while first > lo and not _blank(text, lines[first - 1]) and at - first < _MAX_LINES:
        first -= 1
    if first == at:  # the footer has a paragraph of its own: the post is the one before
        first = at - 1
        while first > lo and _blank(text, lines[first]):
            first -= 1
        end = first + 1
        while first > lo and not _blank(text, lines[first - 1]) and end - first < _MAX_LINES:
            first -= 1
    else:
        end = at
    if end - first < 2 or not _name_like(text, lines[first]):
        return None
    passage, kept = _passage(text, lines[first + 1 : end])
    if not kept or passage[1] - passage[0] > _MAX_CHARS:
        return None
    speaker = _stripped(text, lines[first])
    chrome = (lines[first], *lines[at : footer_end + 1])
    return _Post(passage, speaker, speaker, None, "telegram", None, chrome)


def _posts(text: str) -> Iterator[_Post]:
    """Every copied post of ``text``, in order; posts never share a line."""
    lines = _line_spans(text)
    done = 0  # the first line a post may use: the ones before belong to an earlier post
    index = 0
    while index < len(lines):
        found: tuple[_Post, int] | None = None
        handle = _matches(_HANDLE_LINE_RE, text, lines[index])
        if handle is not None and index - 1 >= done:
            found = _tweet(text, lines, index, handle["handle"])
        footer_end = _telegram_end(text, lines, index) if found is None else None
        if footer_end is not None:
            post = _telegram(text, lines, index, footer_end, done)
            found = (post, footer_end) if post is not None else None
        if found is None:
            index += 1
            continue
        yield found[0]
        done = index = found[1] + 1


@functools.lru_cache(maxsize=4)
def _scan(text: str) -> tuple[tuple[_Post, ...], tuple[tuple[int, int], ...]]:
    """The posts of ``text`` and its furniture (their chrome and the labels), once per text."""
    posts = tuple(_posts(text))
    spans = [span for post in posts for span in post.chrome]
    for line in _line_spans(text):
        label = _matches(_LABEL_RE, text, line) or _matches(_INTERFACE_RE, text, line)
        if label is not None:
            spans.append((label.start(), label.end()))
    return posts, tuple(sorted({_stripped(text, span) for span in spans if span[0] < span[1]}))


def furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Spans that are no one's words: copied posts' chrome, labels such as ``Translation:``.

    Sorted by start and disjoint; pairing cuts them out of candidate passages.
    """
    return _scan(text)[1]


def find_posts(ctx: Context, taken: Sequence[tuple[int, int]] = ()) -> Iterator[Quote]:
    """The copied posts of the text as EMBED quotes, skipping any that overlaps ``taken``
    (the passages and signatures of signed embeds)."""
    text = ctx.text
    for post in _scan(text)[0]:
        start, end = post.passage
        if any(lo < post.passage[1] and post.header[0] < hi for lo, hi in taken):
            continue
        attribution = Attribution(
            speaker=text[post.speaker[0] : post.speaker[1]],
            handle=post.handle,
            date=post.date,
            platform=post.platform,
            span=Span.of(text, *post.header),
        )
        yield Quote.of(
            text,
            start,
            end,
            lang=ctx.lang((start, end)),
            kind=QuoteKind.EMBED,
            attribution=attribution,
        )
