"""The attribution of a quotation in marks: its clause, speaker, handle, platform and date.

A reporting clause after the quote is taken first, then one before it, then the clause of the
quote that ends the sentence before; a quote and its rendering in brackets share their clauses.
Embeds are attributed by their signature instead (:mod:`~bilingua.quotes.embeds`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bilingua.model import Attribution, Span
from bilingua.quotes._context import WINDOW, Context
from bilingua.quotes._text import SENTENCE_END_RE, SPACES_RE, STRIP, last_end, match_end, trim
from bilingua.quotes.clauses import Clause, clause_after, clause_before
from bilingua.quotes.dates import DIGITS_RE, date_of, date_re
from bilingua.quotes.marks import LOOKAHEAD, MARKS, MarkPair
from bilingua.quotes.speakers import PLATFORM_RE, Name, find_speaker

__all__ = ["attribute"]

_LABEL = 30  # longest `(in English: ` before a rendering in brackets


def _after_group(ctx: Context, pair: MarkPair) -> int:
    """Where the quote's sentence goes on: past a rendering in brackets right after it
    (`«…» (“…”), Name said`, `«…» (in English: …), Name said`), or past the bracket that closes
    around the quote itself (`(“…”), Name said`)."""
    text = ctx.text
    after = pair.close + 1
    i = match_end(SPACES_RE, text, after, min(len(text), after + 8))
    if text[i : i + 1] == ")":
        return i + 1
    if text[i : i + 1] != "(":
        return after
    j = match_end(SPACES_RE, text, i + 1, min(len(text), i + 9))
    inner = ctx.by_open.get(j)
    k = inner.close + 1 if inner is not None else i + 1
    limit = min(ctx.next_bound(k), k + (LOOKAHEAD if inner is not None else 2 * WINDOW))
    close = text.find(")", k, limit)
    if close < 0 or any(c in "(\n" for c in text[k:close]):
        return after
    return close + 1


def _before_group(ctx: Context, pair: MarkPair) -> MarkPair:
    """The quote that this one renders in brackets (`«…» (“this”)`), or this quote itself."""
    text = ctx.text
    i = text.rfind("(", max(0, pair.open - _LABEL), pair.open)
    if i < 0:
        return pair
    label = text[i + 1 : pair.open].strip()
    if label and (label[-1] != ":" or any(c in MARKS or c in "()" for c in label)):
        return pair  # only `(“…”)` or a label such as `(in English: “…”)`
    j = trim(text, max(0, i - 9), i)[1]
    return ctx.by_close.get(j - 1, pair)


def _previous_clause(ctx: Context, pair: MarkPair, lo: int) -> Clause | None:
    """`"…," Kuleba said. "…"`: a quote that opens the sentence right after a quote and its
    reporting clause, in the same paragraph, is that speaker's too."""
    text = ctx.text
    end = trim(text, lo, pair.open, STRIP)[1]
    if end == lo or text[end - 1] not in ".!?…" or "\n" in text[end : pair.open]:
        return None
    k = bisect_left(ctx.bounds, pair.open) - 1
    previous = ctx.by_close.get(ctx.bounds[k]) if k >= 0 else None
    if previous is None:
        return None
    after = _after_group(ctx, previous)
    clause = clause_after(text, after, min(ctx.next_bound(after), after + WINDOW))
    if clause is None or text[clause.end : end].strip(".!?…"):
        return None
    return clause


def _clause_date(text: str, clause: Clause, lo: int, hi: int) -> re.Match[str] | None:
    """An explicit date written in the clause (`said on March 6, 2022`) or in the words that
    lead up to it in its sentence (`On 6 березня 2022 року, Кулеба написав:`)."""
    start = lo
    end = min(hi, clause.end + 40)  # a date that begins in the clause may run past its comma
    if DIGITS_RE.search(text, start, end) is None:
        return None
    for match in date_re().finditer(text, start, end):
        if match.start() >= clause.end:
            break
        if date_of(match) is not None:
            return match
    return None


def attribute(ctx: Context, pair: MarkPair) -> Attribution | None:
    """Who said the quote, from a reporting clause after it, else before it, else the clause of
    the quote that ends the sentence before (`"…," Kuleba said. "This one."`).

    A quote and its rendering in brackets (`«…» (“…”), Name said`) share their clauses.
    """
    text = ctx.text
    after = _after_group(ctx, pair)
    hi = min(ctx.next_bound(after), after + WINDOW)
    first = _before_group(ctx, pair)
    lo = ctx.window(first)[0]
    found: list[tuple[Clause, Name | None]] = []
    for clause in (clause_after(text, after, hi, bare=True), clause_before(text, lo, first.open)):
        speaker = find_speaker(text, clause, ctx.is_name) if clause is not None else None
        if clause is not None and (speaker is not None or not clause.bare):
            found.append((clause, speaker))
            if speaker is not None:
                break
    if not found:  # no clause of its own: the speaker of the sentence before, if it ends so
        clause = _previous_clause(ctx, first, lo)
        if clause is None:
            return None
        found.append((clause, find_speaker(text, clause, ctx.is_name)))
    clause, speaker = found[-1] if found[-1][1] is not None else found[0]
    # An introducing clause reads its whole sentence (`In a post on Telegram, Kuleba wrote:`).
    lead = last_end(SENTENCE_END_RE, text, lo, clause.start) if clause.end <= first.open else -1
    platform = PLATFORM_RE.search(text, lead if lead >= 0 else clause.start, clause.end)
    date = _clause_date(
        text, clause, lead if lead >= 0 else clause.start, first.open if lead >= 0 else hi
    )
    start, end = clause.start, clause.end
    if date is not None:
        start, end = min(start, date.start()), max(end, date.end())
    return Attribution(
        speaker=text[speaker.start : speaker.end] if speaker else None,
        handle=speaker.handle if speaker else None,
        date=date_of(date) if date else None,
        platform=platform.lastgroup if platform else speaker.platform if speaker else None,
        span=Span.of(text, start, end),
    )
