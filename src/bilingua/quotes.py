"""Quotations and social-media embeds in a bilingual text, and whom they are attributed to.

:func:`find_quotes` finds words between quotation marks (“…” "…" ‘…’ «…» „…“ „…”), quotations
nested in them, and embedded posts: a passage followed by a ``— Name (@handle) Date`` signature.
Each :class:`~bilingua.model.Quote` has exact offsets, the language that covers most of its
letters (from the language segments of the text) and, where the text tells, an
:class:`~bilingua.model.Attribution`. :func:`parse_date` reads the dates of signatures with
babel's English and Ukrainian month names.

Everything is linear in the size of the text. Marks are paired in one pass with a stack of
at most ``_MAX_DEPTH`` open marks; every look around a mark, a quote or a signature is limited
to a fixed window that stops at the neighbouring marks, so no character is read more than a
constant number of times; no regular expression can backtrack without bound.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from babel import Locale
from babel.dates import get_day_names, get_month_names

from bilingua.errors import InputError
from bilingua.model import UNDETERMINED, Attribution, Quote, QuoteKind, Segment, Span

__all__ = ["NameTest", "capitalised_names", "find_quotes", "parse_date"]

#: ``is_name(start, end)``: whether the word ``text[start:end]`` is part of a person's name.
NameTest = Callable[[int, int], bool]

_WINDOW = 200  # attribution looks at most this far on each side of a quote
_LOOKAHEAD = 80  # how far a straight quote looks for a reporting clause after it
_MAX_DEPTH = 8  # open marks kept at once: deeper nesting is malformed text, not speech
_MAX_PASSAGE = 5000  # longest embed passage (a Telegram post has at most 4096 characters)
_SIGNATURE_NAME = 120  # longest "— Name " before a handle
_INLINE_WORDS = 4  # an inline quote is a short phrase
_NAME_WORDS = 4  # longest run of capitalised words taken as a speaker

_LOCALES = ("en", "uk")
_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
# "format" is the genitive in Ukrainian ("6 березня"), "stand-alone" the nominative ("березень").
_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")

_CLOSERS = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“”"}  # opening mark → its closers
_MARKS = frozenset('"“”‘’«»„')
_OPEN_AFTER = frozenset("([{<—–-/") | _MARKS  # may stand right before an opening mark
_CLOSE_BEFORE = frozenset(".,;:!?…)]}>—–-/") | _MARKS  # may stand right after a closing mark

# One event per quotation mark or paragraph break (a run of blank lines).
_EVENT_RE = re.compile(r"[\"“”‘’«»„]|\n(?:[^\S\n]*\n)+")
_BREAK_RE = re.compile(r"\n(?:[^\S\n]*\n)+")
_SPACES_RE = re.compile(r"[^\S\n]*")
_DIGITS_RE = re.compile(r"\d+")
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s)|\n")
_CLAUSE_BREAK_RE = re.compile(r"[.!?…]+(?=\s)|[;,\n]")  # where a clause before a quote begins
_CLAUSE_END_RE = re.compile(r"[.!?…;:,()\n]|[^\S\n][—–-][^\S\n]")  # where one after a quote ends
_AFTER_LEAD_RE = re.compile(r"[^\S\n]*(?:[,—–-][^\S\n]*)*")  # `, — ` between a quote and a clause
_WORD_RE = re.compile(r"[^\W\d_](?:[\w’'ʼ-]*[^\W_])?")

_VERB_RE = re.compile(
    r"(?<!\w)(?:"
    r"said|says|say|wrote|writes|tweeted|tweets|posted|posts|told|tells|added|adds|adding"
    r"|stated|states|noted|notes|announced|announces|stressed|stresses"
    r"|emphasi[sz]ed|emphasi[sz]es|explained|explains|declared|insisted|warned|warns"
    r"|asked|asks|replied|responded|argued|recalled|claimed|commented|urged|vowed|promised"
    r"|admitted|acknowledged|confirmed|concluded|reiterated|continued|read|reads"
    r"|pointed[^\S\n]+out|according[^\S\n]+to"
    r"|(?:сказа|заяви|написа|дода|наголоси|повідоми|зазначи|підкресли|розпові|відпові|зауважи"
    r"|поясни|запита|заклика|відзначи|нагада|уточни)(?:в|ла|ли)"
    r"|(?:поділи|зверну)(?:вся|лася|лися)"
    r"|каже|кажуть|пише|пишуть|заявляє|додає|наголошує|зазначає|підкреслює|повідомляє|пояснює"
    r"|розповідає|йдеться|за[^\S\n]+словами"
    r")(?!\w)",
    re.IGNORECASE,
)
_INTRODUCING_ONLY = frozenset(("read", "reads"))  # a verb only before `:` — `He read "War…"`
_PLATFORM_RE = re.compile(
    r"(?P<twitter>(?<!\w)(?:tweet\w*|twitter|твіт\w*)|(?-i:(?<!\w)(?:on|in|у|в)[^\S\n]+X(?![\w-])))"
    r"|(?P<telegram>(?<!\w)(?:telegram|телеграм)\w*)"
    r"|(?P<facebook>(?<!\w)(?:facebook|фейсбук)\w*)",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"\((?:@(?P<at>\w{1,50})|(?:https?://)?t\.me/(?P<tg>\w{1,64}))\)")
_BY_RE = re.compile(r"(?<!\w)by[^\S\n]+", re.IGNORECASE)  # `signed by Name`
_DASH_RE = re.compile(r"(?<!\S)(?:—|–|--|-)(?!\S)")
_RESIDUE = ("pic.twitter.com/", "https://t.co/", "http://t.co/")
# Every character that str.isspace() accepts, and the "×" (close button) of an embed widget.
_STRIP = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
_STRIP += "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000×"

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
_APPOSITION_WORDS = 12  # longest `, the mayor of Kyiv,` between a name and its verb
_LABEL = 30  # longest `(in English: ` before a rendering in brackets
_SPEAKER_GAP = 10  # most words between a verb and `:` before a quote (`said in an interview …:`)


@dataclass(frozen=True, slots=True)
class _Pair:
    """Two matched quotation marks: offsets of the opening and the closing mark."""

    open: int
    close: int
    marks: tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Clause:
    """A reporting clause (``Zelensky said in a tweet``) and its verb, as offsets."""

    start: int
    end: int
    verb_start: int
    verb_end: int
    # `Name, the mayor of Kyiv, said`: offsets of the two commas around the apposition.
    apposition: tuple[int, int] | None = None
    bare: bool = False  # `"…" — Name`: no verb; the clause is the name


@dataclass(slots=True)
class _Pairer:
    """Pairs quotation marks in one pass with a small stack of open marks."""

    text: str
    stack: list[int] = field(default_factory=list)  # offsets of the marks still open
    pairs: list[_Pair] = field(default_factory=list)
    skip: int = -1  # a mark that only continues an open quotation into a new paragraph

    def feed(self, start: int, end: int) -> None:
        """Take one event of ``_EVENT_RE``: a mark, or a paragraph break."""
        if end - start > 1:
            self._paragraph_break(end)
        elif start != self.skip:
            self._mark(start)

    def _mark(self, i: int) -> None:
        text, c = self.text, self.text[i]
        if c == '"':
            self._straight(i)
        elif c in "»”" or (c in "“’" and _closes(text, i)):
            # “ closes „…“ but opens “…”; ’ between letters is an apostrophe and fails _closes.
            if not self._close(i) and c == "“" and _opens(text, i):
                self._push(i)
        elif c in "«„" or (c in "“‘" and _opens(text, i) and (c == "“" or text[i + 1].isalnum())):
            self._push(i)  # ‘ opens only before a letter or digit

    def _straight(self, i: int) -> None:
        text = self.text
        if not any(text[o] == '"' for o in self.stack):
            if _opens(text, i):
                self._push(i)
            return
        # A straight quote while one is open: straight quotes do not nest, so this closes it,
        # unless it looks like an opener (space before, word after) and a later mark in the
        # paragraph could close it; then the earlier one was never closed. The seed's
        # `Russia, "Zelensky said` (space before the close) is a close: a reporting clause follows.
        opener_like = (text[i - 1].isspace() or text[i - 1] in "([{") and _opens(text, i)
        nxt = text.find('"', i + 1) if opener_like else -1
        if nxt >= 0 and _BREAK_RE.search(text, i + 1, nxt):
            nxt = -1  # the next straight quote is in another paragraph
        if (
            not opener_like
            or nxt < 0
            or text[nxt - 1].isspace()  # the next mark opens, so this one cannot stay open
            or _clause_after(text, i + 1, min(i + 1 + _LOOKAHEAD, nxt)) is not None
        ):
            self._close(i)
            return
        top = max(k for k, o in enumerate(self.stack) if text[o] == '"')
        del self.stack[top:]
        self._push(i)

    def _close(self, i: int) -> bool:
        closer = self.text[i]
        for k in range(len(self.stack) - 1, -1, -1):
            opener = self.text[self.stack[k]]
            if closer in _CLOSERS[opener]:
                self.pairs.append(_Pair(self.stack[k], i, (opener, closer)))
                del self.stack[k:]  # marks opened inside and never closed are dropped
                return True
        return False

    def _push(self, i: int) -> None:
        if len(self.stack) == _MAX_DEPTH:
            del self.stack[0]
        self.stack.append(i)

    def _paragraph_break(self, end: int) -> None:
        # A quotation runs on into the next paragraph only by the continuation convention: it
        # is the only one open, and the next paragraph starts with the same opening mark.
        first = _match_end(_SPACES_RE, self.text, end, len(self.text))
        if len(self.stack) == 1 and self.text[first : first + 1] == self.text[self.stack[0]]:
            self.skip = first
        else:
            self.stack.clear()


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where an opening mark does: ` «word`."""
    left = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_AFTER
    return left and i + 1 < len(text) and not text[i + 1].isspace()


def _closes(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where a closing mark does: `word», `."""
    right = i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in _CLOSE_BEFORE
    return right and i > 0 and not text[i - 1].isspace()


def _pair_marks(text: str) -> list[_Pair]:
    pairer = _Pairer(text)
    for event in _EVENT_RE.finditer(text):
        pairer.feed(event.start(), event.end())
    return pairer.pairs


# --- dates -----------------------------------------------------------------------------------


@functools.cache
def _months() -> dict[str, int]:
    """Month names of babel's en and uk locales (wide and short, format and stand-alone)."""
    names: dict[str, int] = {}
    for locale, width, context in itertools.product(_LOCALES, _WIDTHS, _CONTEXTS):
        for number, name in get_month_names(width, context, Locale(locale)).items():
            names[name.lower().rstrip(".")] = number  # the dot of "бер." is optional in text
    return names


@functools.cache
def _date_re() -> re.Pattern[str]:
    month = "|".join(re.escape(name) for name in sorted(_months(), key=len, reverse=True))
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


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The date a match of ``_date_re`` spells, or None when it is not a real date."""
    g = match.groupdict()
    n = next(k for k in "1234" if g["d" + k] is not None)
    month = g["m" + n]
    number = int(month) if month.isdigit() else _months().get(month.lower())
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
        date = _date_of(match)
        if date is not None:
            return date
    return None


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_date_re`` in ``text``, looked for only near digits.

    Every date has a digit at most 20 characters after its start and ends at most 40 after
    its first digits, so the pattern runs only over those windows (merged where they overlap):
    text without digits costs one fast scan.
    """
    pattern, lo, hi = _date_re(), 0, 0
    for digits in _DIGITS_RE.finditer(text):
        if digits.start() - 20 > hi:
            yield from pattern.finditer(text, lo, hi)
            lo = digits.start() - 20
        hi = digits.end() + 40
    yield from pattern.finditer(text, lo, hi)


# --- language and kind -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    """What every quote needs to know about the text it is in."""

    text: str
    segments: Sequence[Segment]
    starts: list[int]  # segment starts, for bisect
    is_name: NameTest
    bounds: list[int]  # offsets of all paired marks, sorted: attribution windows stop there
    by_open: dict[int, _Pair]  # the pairs by the offset of their opening mark
    by_close: dict[int, _Pair]  # and of their closing mark

    def lang(self, *ranges: tuple[int, int]) -> str:
        """The language of the segments covering most letters of ``ranges``."""
        letters: dict[str, int] = {}
        for start, end in ranges:
            i = max(bisect_right(self.starts, start) - 1, 0)
            while i < len(self.segments) and self.segments[i].start < end:
                seg = self.segments[i]
                a, b = max(start, seg.start), min(end, seg.end)
                if a < b:
                    count = sum(map(str.isalpha, self.text[a:b]))
                    letters[seg.lang] = letters.get(seg.lang, 0) + count
                i += 1
        return max(letters, key=letters.__getitem__) if letters else UNDETERMINED

    def next_bound(self, pos: int) -> int:
        """The offset of the first paired mark at or after ``pos``, or the end of the text."""
        k = bisect_left(self.bounds, pos)
        return self.bounds[k] if k < len(self.bounds) else len(self.text)

    def window(self, pair: _Pair) -> tuple[int, int]:
        """Where to look for a reporting clause: near the quote, not past the next marks."""
        k = bisect_left(self.bounds, pair.open)
        lo = max(pair.open - _WINDOW, self.bounds[k - 1] + 1 if k else 0)
        k = bisect_right(self.bounds, pair.close)
        hi = min(
            pair.close + 1 + _WINDOW, self.bounds[k] if k < len(self.bounds) else len(self.text)
        )
        return lo, hi


def _kind(ctx: _Context, pair: _Pair, quote: tuple[int, int], lang: str) -> QuoteKind:
    """INLINE for a short phrase mid-sentence whose language differs from the sentence's."""
    text = ctx.text
    words = itertools.islice(_WORD_RE.finditer(text, *quote), _INLINE_WORDS + 1)
    if lang == UNDETERMINED or sum(1 for _ in words) > _INLINE_WORDS:
        return QuoteKind.QUOTED
    lo, hi = ctx.window(pair)
    before = (_last_end(_SENTENCE_END_RE, text, lo, pair.open), pair.open)
    end = _SENTENCE_END_RE.search(text, pair.close + 1, hi)
    after = (pair.close + 1, end.start() if end else hi)
    if not any(map(str.isalpha, text[before[0] : before[1]] + text[after[0] : after[1]])):
        return QuoteKind.QUOTED
    around = ctx.lang(before, after)
    return QuoteKind.INLINE if around not in (lang, UNDETERMINED) else QuoteKind.QUOTED


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    last = None
    for last in pattern.finditer(text, lo, hi):  # noqa: B007 - only the last one is wanted
        pass
    return last


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """End of the last match of ``pattern`` in ``text[lo:hi]``, or ``lo``."""
    last = _last(pattern, text, lo, hi)
    return last.end() if last else lo


def _match_end(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> int:
    """End of the match of ``pattern`` at ``pos`` (a pattern that can match nothing)."""
    match = pattern.match(text, pos, endpos)
    return match.end() if match else pos


def _trim(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """``start, end`` moved inwards past ``chars`` (whitespace by default)."""
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip(chars))
    if left == len(chunk):
        return start, start
    return start + left, start + len(chunk.rstrip(chars))


# --- attribution -----------------------------------------------------------------------------


def _clause_after(text: str, pos: int, hi: int, *, bare: bool = False) -> _Clause | None:
    """A reporting clause right after a quote: `, said Zelensky`, ` Zelensky said`, `, — заявив`.

    Also `, Vitali Klitschko, the mayor of Kyiv, said` (an apposition between the name and the
    verb) and, with ``bare``, `" — Name`: a dash and nothing but a name.
    """
    lead = _match_end(_AFTER_LEAD_RE, text, pos, hi)
    start = lead
    if start >= hi or not text[start].isalpha():
        return None  # a sentence end, a bracket…: the quote's sentence does not go on
    stop = _CLAUSE_END_RE.search(text, start, hi)
    handle = _HANDLE_RE.match(text, stop.start(), hi) if stop else None
    if handle is not None:  # `— написав Кулеба (@DmytroKuleba).`: the handle is no clause end
        stop = _CLAUSE_END_RE.search(text, handle.end(), hi)
    end = _trim(text, start, stop.start() if stop else hi)[1]
    verb = _VERB_RE.search(text, start, end)
    if verb is None and stop is not None and text[stop.start()] == ",":
        return _appositive_after(text, start, stop.start(), hi)
    if verb is None:
        return _bare_after(text, pos, start, end, hi) if bare else None
    if len(_WORD_RE.findall(text, start, verb.start())) > _NAME_WORDS + 3 or _introduces(
        text, stop
    ):
        return None
    return _Clause(start, end, verb.start(), verb.end())


def _introduces(text: str, stop: re.Match[str] | None) -> bool:
    """Whether a clause ends with a colon: `…” Kuleba told reporters: “…` is the next quote's."""
    return stop is not None and text[stop.start()] == ":"


def _bare_after(text: str, pos: int, start: int, end: int, hi: int) -> _Clause | None:
    """`" — Name.`: a dash after the quote, then a name (and a handle) ending the sentence."""
    if not any(c in "—–-" for c in text[pos:start]):
        return None
    handle = _handle_at(text, end, hi)
    end = handle.end() if handle else end
    rest = _match_end(_SPACES_RE, text, end, hi)
    if rest < hi and text[rest] not in ".!?…,\n":
        return None
    return _Clause(start, end, start, start, bare=True)


def _appositive_after(text: str, start: int, comma: int, hi: int) -> _Clause | None:
    """`Name, the mayor of Kyiv, said` after a quote: ``comma`` ends the name's part."""
    stop = _CLAUSE_END_RE.search(text, comma + 1, hi)
    if stop is None or text[stop.start()] != ",":
        return None
    second = stop.start()
    if len(_WORD_RE.findall(text, start, comma)) > _NAME_WORDS + 3:
        return None
    if len(_WORD_RE.findall(text, comma + 1, second)) > _APPOSITION_WORDS:
        return None
    verb = _VERB_RE.match(text, _match_end(_SPACES_RE, text, second + 1, hi), hi)
    if verb is None:
        return None
    stop = _CLAUSE_END_RE.search(text, verb.end(), hi)
    if _introduces(text, stop):
        return None
    end = _trim(text, start, stop.start() if stop else hi)[1]
    return _Clause(start, end, verb.start(), verb.end(), apposition=(comma, second))


def _clause_before(text: str, lo: int, pos: int) -> _Clause | None:
    """A reporting clause ending right before a quote: `Zelensky wrote on Twitter: `."""
    end = _trim(text, lo, pos, _STRIP + ":,—–-")[1]
    if end == lo or text[end - 1] in ".!?…":
        return None  # the quote begins a sentence: `… said. «…»`
    introduced = any(c in ":,—–-" for c in text[end:pos])  # `said: «`, not `called «`
    start = _trim(text, _last_end(_CLAUSE_BREAK_RE, text, lo, end), end, _STRIP + "—–-")[0]
    verb = _last(_VERB_RE, text, start, end)
    if verb is None or (verb.group().lower() in _INTRODUCING_ONLY and not introduced):
        return None
    gap = len(_WORD_RE.findall(text, verb.end(), end))  # `said that`, `wrote on Twitter`
    if gap > _SPEAKER_GAP or (gap > 1 and not introduced):
        return None
    apposition = None
    if not text[start : verb.start()].strip():  # `The statement, signed by Name, read:`
        apposition, start = _appositive_before(text, lo, start, verb.start()) or (None, start)
    return _Clause(start, end, verb.start(), verb.end(), apposition=apposition)


def _appositive_before(
    text: str, lo: int, start: int, verb: int
) -> tuple[tuple[int, int], int] | None:
    """`Name, the mayor, said:` / `The statement, signed by Name, read:` before a quote.

    ``start`` is where the verb's own clause begins, right after a comma. Returns the two
    commas and the start of the clause with the part before the apposition.
    """
    second = _trim(text, lo, start)[1] - 1
    if second < lo or text[second] != ",":
        return None
    first = _last(_CLAUSE_BREAK_RE, text, lo, second)
    if first is None or first.group() != ",":
        return None
    if len(_WORD_RE.findall(text, first.end(), second)) > _APPOSITION_WORDS:
        return None
    head = _trim(text, _last_end(_CLAUSE_BREAK_RE, text, lo, first.start()), verb)[0]
    if len(_WORD_RE.findall(text, head, first.start())) > _NAME_WORDS + 3:
        return None
    return (first.start(), second), head


@dataclass(frozen=True, slots=True)
class _Name:
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


def _handle_at(text: str, pos: int, end: int) -> re.Match[str] | None:
    """A `(@handle)` starting at ``pos`` after spaces, within ``end``."""
    return _HANDLE_RE.match(text, _match_end(_SPACES_RE, text, pos, end), end)


def _named(names: list[re.Match[str]], handle: re.Match[str] | None) -> _Name:
    if handle is None:
        return _Name(names[0].start(), names[-1].end())
    platform = "twitter" if handle["at"] else "telegram"
    tag = "@" + (handle["at"] or handle["tg"])
    return _Name(names[0].start(), names[-1].end(), tag, platform)


def _name_before(text: str, lo: int, edge: int, is_name: NameTest) -> _Name | bool | None:
    """The run of name words ending at ``edge`` (`Ukraine's Foreign Minister Dmytro Kuleba`,
    `Zelensky (@ZelenskyyUa)`, `Zelensky also`); False for a pronoun (`he said`)."""
    handle = None
    tail = _trim(text, lo, edge)[1]
    if tail > lo and text[tail - 1] == ")":  # `Name (@handle) tweeted`
        opening = text.rfind("(", max(lo, tail - 72), tail)
        found = _HANDLE_RE.fullmatch(text, opening, tail) if opening >= 0 else None
        if found is not None:
            handle, edge = found, opening
    names: list[re.Match[str]] = []
    adverbs = 0
    for word in reversed(list(_WORD_RE.finditer(text, lo, edge))):
        if text[word.end() : edge].strip() or len(names) == _NAME_WORDS:
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


def _name_after(text: str, pos: int, end: int, is_name: NameTest) -> _Name | bool | None:
    """The run of name words starting at ``pos``, past titles and their modifiers
    (`Ukrainian President Volodymyr Zelensky`, `у Twitter Кулеба`); False for a pronoun."""
    names: list[re.Match[str]] = []
    edge, seen, skip_platform = pos, 0, False
    for word in _WORD_RE.finditer(text, pos, end):
        if text[edge : word.start()].strip() or len(names) == _NAME_WORDS or seen == 8:
            break
        seen, edge = seen + 1, word.end()
        low = word.group().lower()
        if skip_platform:  # the word after `у`/`on`: a platform, or the run is over
            if not _PLATFORM_RE.fullmatch(word.group()):
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
    return _named(names, _handle_at(text, names[-1].end(), end))


def _speaker(text: str, clause: _Clause, is_name: NameTest) -> _Name | None:
    """The name next to the clause's verb: before it, else after it; in an apposition, the name
    it gives or the one before it.

    This is the one place that decides what a name is; ``is_name`` can be swapped for one that
    reads part-of-speech tags. A pronoun next to the verb (`he said`) means no named speaker.
    """
    if clause.bare:  # `— Name` and nothing else
        name = _name_after(text, clause.start, clause.end, is_name)
        if not isinstance(name, _Name):
            return None
        rest = text[name.end : clause.end].strip()
        return name if not rest or (name.handle and rest.startswith("(")) else None
    if clause.apposition is not None:
        first, second = clause.apposition
        by = _last(_BY_RE, text, first + 1, second)
        for lo in (by.end(),) if by else (first + 1,):  # `signed by Name,` or `, Name,`
            name = _name_after(text, lo, second, is_name)
            if isinstance(name, _Name) and not text[name.end : second].strip():
                return name
        name = _name_before(text, clause.start, first, is_name)  # `Name, the mayor, said`
        return name if isinstance(name, _Name) else None
    name = _name_before(text, clause.start, clause.verb_start, is_name)
    if name is False:
        return None
    if name is None:
        name = _name_after(text, clause.verb_end, clause.end, is_name)
    return name if isinstance(name, _Name) else None


def _after_group(ctx: _Context, pair: _Pair) -> int:
    """Where the quote's sentence goes on: past a rendering in brackets right after it
    (`«…» (“…”), Name said`, `«…» (in English: …), Name said`), or past the bracket that closes
    around the quote itself (`(“…”), Name said`)."""
    text = ctx.text
    after = pair.close + 1
    i = _match_end(_SPACES_RE, text, after, min(len(text), after + 8))
    if text[i : i + 1] == ")":
        return i + 1
    if text[i : i + 1] != "(":
        return after
    j = _match_end(_SPACES_RE, text, i + 1, min(len(text), i + 9))
    inner = ctx.by_open.get(j)
    k = inner.close + 1 if inner is not None else i + 1
    limit = min(ctx.next_bound(k), k + (_LOOKAHEAD if inner is not None else 2 * _WINDOW))
    close = text.find(")", k, limit)
    if close < 0 or any(c in "(\n" for c in text[k:close]):
        return after
    return close + 1


def _before_group(ctx: _Context, pair: _Pair) -> _Pair:
    """The quote that this one renders in brackets (`«…» (“this”)`), or this quote itself."""
    text = ctx.text
    i = text.rfind("(", max(0, pair.open - _LABEL), pair.open)
    if i < 0:
        return pair
    label = text[i + 1 : pair.open].strip()
    if label and (label[-1] != ":" or any(c in _MARKS or c in "()" for c in label)):
        return pair  # only `(“…”)` or a label such as `(in English: “…”)`
    j = _trim(text, max(0, i - 9), i)[1]
    return ctx.by_close.get(j - 1, pair)


def _previous_clause(ctx: _Context, pair: _Pair, lo: int) -> _Clause | None:
    """`"…," Kuleba said. "…"`: a quote that opens the sentence right after a quote and its
    reporting clause, in the same paragraph, is that speaker's too."""
    text = ctx.text
    end = _trim(text, lo, pair.open, _STRIP)[1]
    if end == lo or text[end - 1] not in ".!?…" or "\n" in text[end : pair.open]:
        return None
    k = bisect_left(ctx.bounds, pair.open) - 1
    previous = ctx.by_close.get(ctx.bounds[k]) if k >= 0 else None
    if previous is None:
        return None
    after = _after_group(ctx, previous)
    clause = _clause_after(text, after, min(ctx.next_bound(after), after + _WINDOW))
    if clause is None or text[clause.end : end].strip(".!?…"):
        return None
    return clause


def _clause_date(text: str, clause: _Clause, lo: int, hi: int) -> re.Match[str] | None:
    """An explicit date written in the clause (`said on March 6, 2022`) or in the words that
    lead up to it in its sentence (`On 6 березня 2022 року, Кулеба написав:`)."""
    start = lo
    end = min(hi, clause.end + 40)  # a date that begins in the clause may run past its comma
    if _DIGITS_RE.search(text, start, end) is None:
        return None
    for match in _date_re().finditer(text, start, end):
        if match.start() >= clause.end:
            break
        if _date_of(match) is not None:
            return match
    return None


def _attribution(ctx: _Context, pair: _Pair) -> Attribution | None:
    """Who said the quote, from a reporting clause after it, else before it, else the clause of
    the quote that ends the sentence before (`"…," Kuleba said. "This one."`).

    A quote and its rendering in brackets (`«…» (“…”), Name said`) share their clauses.
    """
    text = ctx.text
    after = _after_group(ctx, pair)
    hi = min(ctx.next_bound(after), after + _WINDOW)
    first = _before_group(ctx, pair)
    lo = ctx.window(first)[0]
    found: list[tuple[_Clause, _Name | None]] = []
    for clause in (_clause_after(text, after, hi, bare=True), _clause_before(text, lo, first.open)):
        speaker = _speaker(text, clause, ctx.is_name) if clause is not None else None
        if clause is not None and (speaker is not None or not clause.bare):
            found.append((clause, speaker))
            if speaker is not None:
                break
    if not found:  # no clause of its own: the speaker of the sentence before, if it ends so
        clause = _previous_clause(ctx, first, lo)
        if clause is None:
            return None
        found.append((clause, _speaker(text, clause, ctx.is_name)))
    clause, speaker = found[-1] if found[-1][1] is not None else found[0]
    # An introducing clause reads its whole sentence (`In a post on Telegram, Kuleba wrote:`).
    lead = _last_end(_SENTENCE_END_RE, text, lo, clause.start) if clause.end <= first.open else -1
    platform = _PLATFORM_RE.search(text, lead if lead >= 0 else clause.start, clause.end)
    date = _clause_date(
        text, clause, lead if lead >= 0 else clause.start, first.open if lead >= 0 else hi
    )
    start, end = clause.start, clause.end
    if date is not None:
        start, end = min(start, date.start()), max(end, date.end())
    return Attribution(
        speaker=text[speaker.start : speaker.end] if speaker else None,
        handle=speaker.handle if speaker else None,
        date=_date_of(date) if date else None,
        platform=platform.lastgroup if platform else speaker.platform if speaker else None,
        span=Span.of(text, start, end),
    )


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
        for locale, context in itertools.product(_LOCALES, _CONTEXTS)
        for name in get_day_names("wide", context, Locale(locale)).values()
    )
    return _FUNCTION_WORDS | frozenset(days) | frozenset(_months())


# --- embeds ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Signature:
    """`— Name (@handle) Date` after an embedded post, as offsets and values."""

    dash: int  # offset of the dash
    name: tuple[int, int]
    handle: str
    platform: str
    date: dt.date
    end: int  # end of the date


def _signatures(text: str) -> Iterator[_Signature]:
    """The embed signatures of ``text``, in order; each looks back only to the one before."""
    done = 0
    for handle in _HANDLE_RE.finditer(text):
        at = _match_end(_SPACES_RE, text, handle.end(), handle.end() + 8)
        date_match = _date_re().match(text, at, min(len(text), at + 40))
        date = _date_of(date_match) if date_match else None
        if date is None or date_match is None:
            continue
        lo = max(done, handle.start() - _SIGNATURE_NAME)
        lo = max(lo, text.rfind("\n", lo, handle.start()) + 1)  # the name is on the handle's line
        dash = _last(_DASH_RE, text, lo, handle.start())
        if dash is None:
            continue
        name = _trim(text, dash.end(), handle.start())
        if not any(map(str.isalpha, text[name[0] : name[1]])):
            continue
        tag = handle["at"] or handle["tg"]
        platform = "twitter" if handle["at"] else "telegram"
        yield _Signature(dash.start(), name, "@" + tag, platform, date, date_match.end())
        done = date_match.end()


def _embeds(ctx: _Context, outer: dict[tuple[int, int], _Pair]) -> Iterator[Quote]:
    """Passages followed by a `— Name (@handle) Date` signature, in text order.

    A passage that is exactly one quotation in marks takes that quotation's inner span and
    marks, and the quotation is removed from ``outer`` so that it is not reported twice.
    """
    text, done = ctx.text, 0  # `done`: end of the last signature; a passage starts after it
    for sig in _signatures(text):
        passage = _passage(text, done, sig.dash)
        done = sig.end
        if passage is None:
            continue
        pair = outer.pop(passage, None)
        start, end = _trim(text, pair.open + 1, pair.close) if pair else passage
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


def _passage(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The passage of an embed that ends at ``end``: its paragraph, without widget residue.

    A signature in a paragraph of its own gets the paragraph before: the blank line before the
    dash goes with the residue.
    """
    end = _strip_residue(text, lo, end)
    start = _last_end(_BREAK_RE, text, max(lo, end - _MAX_PASSAGE), end)
    passage = _trim(text, start, end, _STRIP)
    return passage if passage[0] < passage[1] else None


def _strip_residue(text: str, lo: int, end: int) -> int:
    """``end`` moved back past whitespace and trailing `pic.twitter.com/…`, `t.co/…` links."""
    for _ in range(3):
        end = _trim(text, lo, end, _STRIP)[1]
        cut = max(text.rfind(residue, lo, end) for residue in _RESIDUE)
        if cut < 0 or any(map(str.isspace, text[cut:end])):
            break
        end = cut
    return end


# --- the public entry point --------------------------------------------------------------------


def find_quotes(
    text: str, segments: Sequence[Segment] = (), *, is_name: NameTest | None = None
) -> list[Quote]:
    """Find the quotations and embedded posts of ``text``.

    A quotation's span is the quoted words without their marks or the spaces inside them;
    ``marks`` are the opening and closing marks. A quotation nested in another is reported too,
    as QUOTED. A short quotation mid-sentence in another language than its sentence is INLINE.
    An embed (a passage followed by `— Name (@handle) Date`) is EMBED and always has the
    signature's attribution; a quotation has one when a reporting verb stands next to it.

    Args:
        text: any text; offsets in the result are code-point indices into it, end exclusive.
        segments: the language segments of ``text`` (sorted, disjoint); a quote's ``lang`` is
            the language covering most of its letters, ``"und"`` where none covers it.
        is_name: tells whether the word ``text[start:end]`` is part of a name, to find the
            speaker; by default, a capitalised word that is not a function word.

    Returns:
        The quotes, sorted by start (then longest first); each satisfies
        ``text[q.start:q.end] == q.text``, and so does its attribution span.

    Raises:
        InputError: ``text`` is not a ``str``. No ``str`` makes this function raise.
    """
    if not isinstance(text, str):
        raise InputError(f"find_quotes() takes a str, not {type(text).__name__}")
    pairs = _pair_marks(text)
    ordered = sorted(segments, key=lambda seg: seg.start)
    ctx = _Context(
        text=text,
        segments=ordered,
        starts=[seg.start for seg in ordered],
        is_name=is_name or capitalised_names(text),
        bounds=sorted(itertools.chain.from_iterable((p.open, p.close) for p in pairs)),
        by_open={p.open: p for p in pairs},
        by_close={p.close: p for p in pairs},
    )
    outer = {(p.open, p.close + 1): p for p in pairs}
    quotes = list(_embeds(ctx, outer))
    reach = -1  # the furthest close of the quotations opened so far: inside it means nested
    for pair in sorted(outer.values(), key=lambda p: p.open):
        nested, reach = pair.open < reach, max(reach, pair.close)
        start, end = _trim(text, pair.open + 1, pair.close)
        if start == end:
            continue
        lang = ctx.lang((start, end))
        kind = QuoteKind.QUOTED if nested else _kind(ctx, pair, (start, end), lang)
        attribution = _attribution(ctx, pair)
        quotes.append(
            Quote.of(
                text, start, end, lang=lang, kind=kind, marks=pair.marks, attribution=attribution
            )
        )
    return sorted(quotes, key=lambda q: (q.start, -q.end))
