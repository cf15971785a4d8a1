"""Calendar words in English and Ukrainian: month and weekday names as values.

Month and weekday names come from babel's locale data (wide and abbreviated, format and
stand-alone); Ukrainian inflects them, so each name also stands for its case forms, built from
babel's nominative by its declension (``березень`` → ``березні``, ``березнем``; ``середа`` →
``середу``, ``середою``). :func:`calendar_value` tells whether a word is one of them and which:
``березні`` and ``March`` are both month 3, so a rendering that says ``April`` for ``березні``
can be told from one that says ``March``.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Literal, NamedTuple

from babel import Locale
from babel.dates import get_day_names, get_month_names

__all__ = ["CalendarValue", "calendar_value", "calendar_value_at"]

_LOCALES = ("en", "uk")
_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")
# Case forms of Ukrainian month and weekday names by the nominative's ending: (ending, the
# endings that replace it). Babel gives the nominative (stand-alone) and the genitive (format).
_UK_DECLENSIONS = (
    ("ень", ("ень", "ня", "ні", "нем", "ню")),  # березень
    ("ий", ("ий", "ого", "ому", "им")),  # лютий
    ("ок", ("ок", "ка", "ку", "ком", "кові")),  # понеділок
    ("ер", ("ер", "ерга", "ергу", "ергом", "ергові")),  # четвер
    ("а", ("а", "и", "у", "ою", "і")),  # середа
    ("я", ("я", "і", "ю", "ею")),  # неділя
    ("", ("", "а", "у", "і", "ом")),  # листопад
)


class CalendarValue(NamedTuple):
    """A month (1–12) or a weekday (0 = Monday … 6 = Sunday)."""

    kind: Literal["month", "weekday"]
    value: int


@functools.cache
def _table() -> dict[str, dict[str, CalendarValue]]:
    """Lower-case calendar words per language, each with its value."""
    table: dict[str, dict[str, CalendarValue]] = {"en": {}, "uk": {}}
    for locale, width, context in itertools.product(_LOCALES, _WIDTHS, _CONTEXTS):
        if locale == "uk" and width == "abbreviated":
            continue  # лист, серп, січ, трав are ordinary words (letter, sickle, Sich, grass)
        months = get_month_names(width, context, Locale(locale))
        days = get_day_names(width, context, Locale(locale))
        for number, name in months.items():
            table[locale][_key(name)] = CalendarValue("month", int(number))
        for number, name in days.items():
            table[locale][_key(name)] = CalendarValue("weekday", int(number))
    table["en"]["sept"] = CalendarValue("month", 9)
    for form, value in _uk_inflections().items():
        table["uk"].setdefault(form, value)
    return table


def _uk_inflections() -> dict[str, CalendarValue]:
    """Case forms of the Ukrainian wide names, from babel's nominatives (stand-alone)."""
    forms: dict[str, CalendarValue] = {}
    locale = Locale("uk")
    nominatives = [
        *((name, CalendarValue("month", int(n))) for n, name in
          get_month_names("wide", "stand-alone", locale).items()),
        *((name, CalendarValue("weekday", int(n))) for n, name in
          get_day_names("wide", "stand-alone", locale).items()),
    ]  # fmt: skip
    for name, value in nominatives:
        word = _key(name)
        ending, replacements = next(d for d in _UK_DECLENSIONS if word.endswith(d[0]))
        stem = word[: len(word) - len(ending)]
        for replacement in replacements:
            forms.setdefault(_key(stem + replacement), value)
    return forms


def _key(word: str) -> str:
    folded = word.lower().rstrip(".")
    for apostrophe in "’ʼ‘`":  # п’ятниці, пʼятниці, п‘ятниці: one word
        folded = folded.replace(apostrophe, "'")
    return folded


@functools.lru_cache(maxsize=65536)
def calendar_value(word: str, lang: str) -> CalendarValue | None:
    """The month or weekday ``word`` names in ``lang`` (``"uk"`` or ``"en"``), or None.

    English calendar words count only when capitalised, as English writes them: ``May`` is the
    month, ``may`` the verb, ``march`` a walk.

    Args:
        word: one token, in any case; a trailing dot is ignored (``Sept.``).
        lang: the token's language.

    Returns:
        A :class:`CalendarValue`, or None when the word is no month or weekday name.
    """
    if lang == "en" and not word[:1].isupper():
        return None
    return _table().get(lang, {}).get(_key(word))


# English month names that are also given names and surnames (Jan Gelfand, Theresa May).
_EN_NAME_LIKE = frozenset("may june april august jan".split())
_EN_DATE_BEFORE = frozenset(
    "in on since until till by of from to last next this early late mid during before after "
    "between around through".split()
)


def calendar_value_at(words: Sequence[str], index: int, lang: str) -> CalendarValue | None:
    """The month or weekday ``words[index]`` names, told by the words around it: English
    ``May`` and ``Jan`` next to a capitalised word are names (Theresa May, Jan Gelfand), unless
    a number or a preposition of time stands by them (May 30, in June Zelensky…)."""
    word = words[index]
    value = calendar_value(word, lang)
    if value is None or lang != "en" or _key(word) not in _EN_NAME_LIKE:
        return value
    before = words[index - 1] if index > 0 else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if any(ch.isdigit() for ch in before + after) or before.lower() in _EN_DATE_BEFORE:
        return value
    for neighbour in (before, after):
        if (
            neighbour[:1].isupper()
            and neighbour.isalpha()
            and calendar_value(neighbour, lang) is None
        ):
            return None
    return value
