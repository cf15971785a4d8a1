"""Who speaks in a reporting clause: the run of name words next to its verb, and its handle.

Titles (`President`), possessives (`Ukraine's`), abbreviations (`ЗСУ`), places in the genitive,
days and months are never name words; a :data:`NameTest` decides the rest, and
:func:`capitalised_names` is the default one. This module is the one place that decides what a
name is.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from babel import Locale
from babel.dates import get_day_names

from bilingua.quotes._text import HANDLE_RE, WORD_RE, handle_at, last_match, trim
from bilingua.quotes.clauses import NAME_WORDS, Clause
from bilingua.quotes.dates import CONTEXTS, LOCALES, month_names

__all__ = ["PLATFORM_RE", "Name", "NameTest", "capitalised_names", "find_speaker"]

#: ``is_name(start, end)``: whether the word ``text[start:end]`` is part of a person's name.
NameTest = Callable[[int, int], bool]

# Where a post was made. Here, a platform between verb and name is skipped (`написав у Twitter
# Кулеба`); attribution takes the platform its clause names.
PLATFORM_RE = re.compile(
    r"(?P<twitter>(?<!\w)(?:tweet\w*|twitter|твіт\w*)|(?-i:(?<!\w)(?:on|in|у|в)[^\S\n]+X(?![\w-])))"
    r"|(?P<telegram>(?<!\w)(?:telegram|телеграм)\w*)"
    r"|(?P<facebook>(?<!\w)(?:facebook|фейсбук)\w*)",
    re.IGNORECASE,
)
_BY_RE = re.compile(r"(?<!\w)by[^\S\n]+", re.IGNORECASE)  # `signed by Name`

_PRONOUNS = frozenset("he she they we i it you who він вона воно вони ми я ти ви хто".split())
_ADVERBS = frozenset("also later then again further earlier також ще потім знову згодом".split())
_FUNCTION_WORDS = _PRONOUNS | frozenset(
    "the a an this that these those his her its their our my your but and or so then also"
    " however meanwhile yesterday today on in at as after before when while"
    " це цей ця ці той та ті і й а але проте потім також тоді вчора сьогодні за у в на про"
    " як що після коли".split()
)

# Titles and offices before a name (`President Volodymyr Zelensky`, `міністр Кулеба`): never part
# of the speaker, whatever ``is_name`` says, and a name is looked for past them.
_TITLES = frozenset(
    "president vice prime minister foreign defence defense interior finance deputy first mayor"
    " governor general gen lt col colonel major commander chief spokesman spokeswoman"
    " spokesperson secretary state ambassador chancellor senator sen rep mr mrs ms dr prof"
    " professor pope king queen prince princess chairman chairwoman chair head speaker adviser"
    " advisor aide envoy commissioner ombudsman lieutenant captain sergeant director premier"
    " patriarch metropolitan archbishop bishop judge prosecutor mp mep lawmaker leader"
    " президент президентка прем'єр-міністр прем’єр-міністр прем'єр прем’єр міністр міністерка"
    " віцепрем'єр віцепрем’єр віце-прем'єр віце-прем’єр заступник заступниця мер голова речник"
    " речниця посол посолка генерал командувач командир секретар спікер радник радниця депутат"
    " депутатка омбудсман омбудсманка директор директорка очільник очільниця керівник керівниця"
    " губернатор пан пані канцлер патріарх митрополит прокурор лідер глава"
    " закордонних справ оборони внутрішніх".split()
)
# Places and bodies in the genitive after a Ukrainian title (`президент України Володимир
# Зеленський`): capitalised, yet not the speaker's name.
_PLACES = frozenset(
    "україни росії рф києва харкова одеси львова дніпра європи польщі німеччини франції британії"
    " білорусі туреччини угорщини молдови грузії литви латвії естонії румунії словаччини"
    " чехії ізраїлю китаю америки".split()
)
_PREPOSITIONS = frozenset("on in у в".split())  # `написав у Twitter Кулеба`


@dataclass(frozen=True, slots=True)
class Name:
    """A speaker's name as offsets, and the `(@handle)` written next to it."""

    start: int
    end: int
    handle: str | None = None
    platform: str | None = None  # "twitter" for an @handle, "telegram" for t.me/…


def _name_word(text: str, word: re.Match[str], is_name: NameTest) -> bool:
    """Whether ``word`` may be part of a speaker's name: never a title, a possessive
    (`Ukraine's`), an abbreviation (`ЗСУ`), a place in the genitive, a day or a month."""
    low = word.group().lower()
    if low in _TITLES or low in _PLACES or low in _not_names():
        return False
    if low.endswith(("'s", "’s")) or (len(low) > 1 and word.group().isupper()):
        return False
    return is_name(word.start(), word.end())


def _named(names: list[re.Match[str]], handle: re.Match[str] | None) -> Name:
    if handle is None:
        return Name(names[0].start(), names[-1].end())
    platform = "twitter" if handle["at"] else "telegram"
    tag = "@" + (handle["at"] or handle["tg"])
    return Name(names[0].start(), names[-1].end(), tag, platform)


def _name_before(text: str, lo: int, edge: int, is_name: NameTest) -> Name | bool | None:
    """The run of name words ending at ``edge`` (`Ukraine's Foreign Minister Dmytro Kuleba`,
    `Zelensky (@ZelenskyyUa)`, `Zelensky also`); False for a pronoun (`he said`)."""
    handle = None
    tail = trim(text, lo, edge)[1]
    if tail > lo and text[tail - 1] == ")":  # `Name (@handle) tweeted`
        opening = text.rfind("(", max(lo, tail - 72), tail)
        found = HANDLE_RE.fullmatch(text, opening, tail) if opening >= 0 else None
        if found is not None:
            handle, edge = found, opening
    names: list[re.Match[str]] = []
    adverbs = 0
    for word in reversed(list(WORD_RE.finditer(text, lo, edge))):
        if text[word.end() : edge].strip() or len(names) == NAME_WORDS:
            break
        low = word.group().lower()
        if not names and low in _PRONOUNS and handle is None:
            return False
        if not names and low in _ADVERBS and adverbs < 2 and handle is None:
            adverbs, edge = adverbs + 1, word.start()  # `Zelensky also said`
            continue
        if not _name_word(text, word, is_name):
            break
        names.insert(0, word)
        edge = word.start()
    if not names:
        return None
    return _named(names, handle)


def _name_after(text: str, pos: int, end: int, is_name: NameTest) -> Name | bool | None:
    """The run of name words starting at ``pos``, past titles and their modifiers
    (`Ukrainian President Volodymyr Zelensky`, `у Twitter Кулеба`); False for a pronoun."""
    names: list[re.Match[str]] = []
    edge, seen, skip_platform = pos, 0, False
    for word in WORD_RE.finditer(text, pos, end):
        if text[edge : word.start()].strip() or len(names) == NAME_WORDS or seen == 8:
            break
        seen, edge = seen + 1, word.end()
        low = word.group().lower()
        if skip_platform:  # the word after `у`/`on`: a platform, or the run is over
            if not PLATFORM_RE.fullmatch(word.group()):
                break
            skip_platform = False
        elif not names and low in _PRONOUNS:
            return False
        elif not names and low in _PREPOSITIONS:
            skip_platform = True
        elif _name_word(text, word, is_name):
            names.append(word)
        elif low in _TITLES or low.endswith(("'s", "’s")) or low in _PLACES:
            names = []  # `Ukrainian President`, `Kyiv's mayor`: what came before was no name
        else:
            break
    if not names:
        return None
    return _named(names, handle_at(text, names[-1].end(), end))


def find_speaker(text: str, clause: Clause, is_name: NameTest) -> Name | None:
    """The name next to the clause's verb: before it, else after it; in an apposition, the name
    it gives or the one before it.

    This is the one place that decides what a name is; ``is_name`` can be swapped for one that
    reads part-of-speech tags. A pronoun next to the verb (`he said`) means no named speaker.
    """
    if clause.bare:  # `— Name` and nothing else
        name = _name_after(text, clause.start, clause.end, is_name)
        if not isinstance(name, Name):
            return None
        rest = text[name.end : clause.end].strip()
        return name if not rest or (name.handle and rest.startswith("(")) else None
    if clause.apposition is not None:
        first, second = clause.apposition
        by = last_match(_BY_RE, text, first + 1, second)
        for lo in (by.end(),) if by else (first + 1,):  # `signed by Name,` or `, Name,`
            name = _name_after(text, lo, second, is_name)
            if isinstance(name, Name) and not text[name.end : second].strip():
                return name
        name = _name_before(text, clause.start, first, is_name)  # `Name, the mayor, said`
        return name if isinstance(name, Name) else None
    name = _name_before(text, clause.start, clause.verb_start, is_name)
    if name is False:
        return None
    if name is None:
        name = _name_after(text, clause.verb_end, clause.end, is_name)
    return name if isinstance(name, Name) else None


def capitalised_names(text: str) -> NameTest:
    """The default name test: a capitalised word that is not a function word or a date word."""
    not_names = _not_names()

    def is_name(start: int, end: int) -> bool:
        return text[start].isupper() and text[start:end].lower() not in not_names

    return is_name


@functools.cache
def _not_names() -> frozenset[str]:
    days = (
        name.lower()
        for locale, context in itertools.product(LOCALES, CONTEXTS)
        for name in get_day_names("wide", context, Locale(locale)).values()
    )
    return _FUNCTION_WORDS | frozenset(days) | frozenset(month_names())
