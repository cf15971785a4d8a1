"""Reporting clauses next to a quote: `, said Zelensky`, `Зеленський написав:`, `" — Name`.

A clause is found by its English or Ukrainian reporting verb and bounded by punctuation, within
the window its caller gives; it is returned as offsets (:class:`Clause`). Which words in it are
the speaker's name is for :mod:`~bilingua.quotes.speakers` to tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilingua.quotes._text import (
    HANDLE_RE,
    SPACES_RE,
    STRIP,
    WORD_RE,
    handle_at,
    last_end,
    last_match,
    match_end,
    trim,
)

__all__ = ["NAME_WORDS", "Clause", "clause_after", "clause_before"]

# Longest run of capitalised words taken as a speaker (speakers); a clause with more words than
# this (and a few more) before its verb is a sentence of its own, not a reporting clause.
NAME_WORDS = 4
_CLAUSE_BREAK_RE = re.compile(r"[.!?…]+(?=\s)|[;,\n]")  # where a clause before a quote begins
_CLAUSE_END_RE = re.compile(r"[.!?…;:,()\n]|[^\S\n][—–-][^\S\n]")  # where one after a quote ends
_AFTER_LEAD_RE = re.compile(r"[^\S\n]*(?:[,—–-][^\S\n]*)*")  # `, — ` between a quote and a clause

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
_APPOSITION_WORDS = 12  # longest `, the mayor of Kyiv,` between a name and its verb
_SPEAKER_GAP = 10  # most words between a verb and `:` before a quote (`said in an interview …:`)


@dataclass(frozen=True, slots=True)
class Clause:
    """A reporting clause (``Zelensky said in a tweet``) and its verb, as offsets."""

    start: int
    end: int
    verb_start: int
    verb_end: int
    # `Name, the mayor of Kyiv, said`: offsets of the two commas around the apposition.
    apposition: tuple[int, int] | None = None
    bare: bool = False  # `"…" — Name`: no verb; the clause is the name


def clause_after(text: str, pos: int, hi: int, *, bare: bool = False) -> Clause | None:
    """A reporting clause right after a quote: `, said Zelensky`, ` Zelensky said`, `, — заявив`.

    Also `, Vitali Klitschko, the mayor of Kyiv, said` (an apposition between the name and the
    verb) and, with ``bare``, `" — Name`: a dash and nothing but a name.
    """
    lead = match_end(_AFTER_LEAD_RE, text, pos, hi)
    start = lead
    if start >= hi or not text[start].isalpha():
        return None  # a sentence end, a bracket…: the quote's sentence does not go on
    stop = _CLAUSE_END_RE.search(text, start, hi)
    handle = HANDLE_RE.match(text, stop.start(), hi) if stop else None
    if handle is not None:  # `— написав Кулеба (@DmytroKuleba).`: the handle is no clause end
        stop = _CLAUSE_END_RE.search(text, handle.end(), hi)
    end = trim(text, start, stop.start() if stop else hi)[1]
    verb = _VERB_RE.search(text, start, end)
    if verb is None and stop is not None and text[stop.start()] == ",":
        return _appositive_after(text, start, stop.start(), hi)
    if verb is None:
        return _bare_after(text, pos, start, end, hi) if bare else None
    if len(WORD_RE.findall(text, start, verb.start())) > NAME_WORDS + 3 or _introduces(text, stop):
        return None
    return Clause(start, end, verb.start(), verb.end())


def _introduces(text: str, stop: re.Match[str] | None) -> bool:
    """Whether a clause ends with a colon: `…” Kuleba told reporters: “…` is the next quote's."""
    return stop is not None and text[stop.start()] == ":"


def _bare_after(text: str, pos: int, start: int, end: int, hi: int) -> Clause | None:
    """`" — Name.`: a dash after the quote, then a name (and a handle) ending the sentence."""
    if not any(c in "—–-" for c in text[pos:start]):
        return None
    handle = handle_at(text, end, hi)
    end = handle.end() if handle else end
    rest = match_end(SPACES_RE, text, end, hi)
    if rest < hi and text[rest] not in ".!?…,\n":
        return None
    return Clause(start, end, start, start, bare=True)


def _appositive_after(text: str, start: int, comma: int, hi: int) -> Clause | None:
    """`Name, the mayor of Kyiv, said` after a quote: ``comma`` ends the name's part."""
    stop = _CLAUSE_END_RE.search(text, comma + 1, hi)
    if stop is None or text[stop.start()] != ",":
        return None
    second = stop.start()
    if len(WORD_RE.findall(text, start, comma)) > NAME_WORDS + 3:
        return None
    if len(WORD_RE.findall(text, comma + 1, second)) > _APPOSITION_WORDS:
        return None
    verb = _VERB_RE.match(text, match_end(SPACES_RE, text, second + 1, hi), hi)
    if verb is None:
        return None
    stop = _CLAUSE_END_RE.search(text, verb.end(), hi)
    if _introduces(text, stop):
        return None
    end = trim(text, start, stop.start() if stop else hi)[1]
    return Clause(start, end, verb.start(), verb.end(), apposition=(comma, second))


def clause_before(text: str, lo: int, pos: int) -> Clause | None:
    """A reporting clause ending right before a quote: `Zelensky wrote on Twitter: `."""
    end = trim(text, lo, pos, STRIP + ":,—–-")[1]
    if end == lo or text[end - 1] in ".!?…":
        return None  # the quote begins a sentence: `… said. «…»`
    introduced = any(c in ":,—–-" for c in text[end:pos])  # `said: «`, not `called «`
    start = trim(text, last_end(_CLAUSE_BREAK_RE, text, lo, end), end, STRIP + "—–-")[0]
    verb = last_match(_VERB_RE, text, start, end)
    if verb is None or (verb.group().lower() in _INTRODUCING_ONLY and not introduced):
        return None
    gap = len(WORD_RE.findall(text, verb.end(), end))  # `said that`, `wrote on Twitter`
    if gap > _SPEAKER_GAP or (gap > 1 and not introduced):
        return None
    apposition = None
    if not text[start : verb.start()].strip():  # `The statement, signed by Name, read:`
        apposition, start = _appositive_before(text, lo, start, verb.start()) or (None, start)
    return Clause(start, end, verb.start(), verb.end(), apposition=apposition)


def _appositive_before(
    text: str, lo: int, start: int, verb: int
) -> tuple[tuple[int, int], int] | None:
    """`Name, the mayor, said:` / `The statement, signed by Name, read:` before a quote.

    ``start`` is where the verb's own clause begins, right after a comma. Returns the two
    commas and the start of the clause with the part before the apposition.
    """
    second = trim(text, lo, start)[1] - 1
    if second < lo or text[second] != ",":
        return None
    first = last_match(_CLAUSE_BREAK_RE, text, lo, second)
    if first is None or first.group() != ",":
        return None
    if len(WORD_RE.findall(text, first.end(), second)) > _APPOSITION_WORDS:
        return None
    head = trim(text, last_end(_CLAUSE_BREAK_RE, text, lo, first.start()), verb)[0]
    if len(WORD_RE.findall(text, head, first.start())) > NAME_WORDS + 3:
        return None
    return (first.start(), second), head
