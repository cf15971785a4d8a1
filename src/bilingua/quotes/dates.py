"""Dates written in English or Ukrainian, read with the month names of babel's locale data.

:func:`parse_date` is public. :func:`date_re` and :func:`date_of` are how an embed's signature
(:mod:`~bilingua.quotes.embeds`) and a reporting clause (:mod:`~bilingua.quotes.attribution`)
read their dates, and :func:`month_names` keeps month names out of speakers' names.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from typing import Literal

from babel import Locale
from babel.dates import get_month_names

__all__ = ["CONTEXTS", "DIGITS_RE", "LOCALES", "date_of", "date_re", "month_names", "parse_date"]

LOCALES = ("en", "uk")
_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
# "format" is the genitive in Ukrainian ("6 березня"), "stand-alone" the nominative ("березень").
CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")
# Every date has digits: the date pattern runs only near them (also in a clause, attribution).
DIGITS_RE = re.compile(r"\d+")


@functools.cache
def month_names() -> dict[str, int]:
    """Month names of babel's en and uk locales (wide and short, format and stand-alone)."""
    names: dict[str, int] = {}
    for locale, width, context in itertools.product(LOCALES, _WIDTHS, CONTEXTS):
        for number, name in get_month_names(width, context, Locale(locale)).items():
            names[name.lower().rstrip(".")] = number  # the dot of "бер." is optional in text
    return names


@functools.cache
def date_re() -> re.Pattern[str]:
    month = "|".join(re.escape(name) for name in sorted(month_names(), key=len, reverse=True))
    sp = r"[^\S\n]{1,3}"
    return re.compile(
        rf"(?<![\w.])(?:"
        rf"(?P<m1>{month})\.?{sp}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?{sp}(?P<y1>\d{{4}})"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{sp}(?:of{sp})?(?P<m2>{month})\.?,?{sp}"
        rf"(?P<y2>\d{{4}})(?:[^\S\n]?(?:р\.|року|рік)(?!\w))?"
        rf"|(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>\d{{4}})"
        rf"|(?P<y4>\d{{4}})-(?P<m4>\d{{1,2}})-(?P<d4>\d{{1,2}})"
        rf")(?!\d)",
        re.IGNORECASE,
    )


def date_of(match: re.Match[str]) -> dt.date | None:
    """The date a match of ``date_re`` spells, or None when it is not a real date."""
    g = match.groupdict()
    n = next(k for k in "1234" if g["d" + k] is not None)
    month = g["m" + n]
    number = int(month) if month.isdigit() else month_names().get(month.lower())
    try:
        return dt.date(int(g["y" + n]), number or 0, int(g["d" + n]))
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """Find the first date in ``text``.

    Understood: ``March 6, 2022``, ``Mar 6, 2022``, ``6 March 2022``, ``6 березня 2022 р.``,
    ``6 березня 2022 року``, ``06.03.2022`` (day first) and ``2022-03-06``. Month names are
    babel's for English and Ukrainian, in the nominative and the genitive, wide or short.

    Args:
        text: any text.

    Returns:
        The first date that exists in the calendar, or None when there is none.
    """
    for match in _date_matches(text):
        date = date_of(match)
        if date is not None:
            return date
    return None


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``date_re`` in ``text``, looked for only near digits.

    Every date has a digit at most 20 characters after its start and ends at most 40 after
    its first digits, so the pattern runs only over those windows (merged where they overlap):
    text without digits costs one fast scan.
    """
    pattern, lo, hi = date_re(), 0, 0
    for digits in DIGITS_RE.finditer(text):
        if digits.start() - 20 > hi:
            yield from pattern.finditer(text, lo, hi)
            lo = digits.start() - 20
        hi = digits.end() + 40
    yield from pattern.finditer(text, lo, hi)
