"""Date findings: months and weekdays compared as values (:mod:`bilingua.lexicon.dates`).

A month or weekday renders only the same month or weekday (``березні`` ~ ``March``), and the
aligner links such words with the evidence ``date``. A calendar word left without such a link
is compared with the calendar words of the other side in its sentence link that are unlinked
too: one of the same kind with another value is a changed date (error); none at all is a date
the other side does not give (warning). Years are numbers (:mod:`~bilingua.verify.numbers`).
"""

from __future__ import annotations

from collections.abc import Iterator

from bilingua.lexicon.dates import CalendarValue, calendar_value_at
from bilingua.model import Evidence, Finding, FindingKind, SentenceLink, Severity, Span, Token
from bilingua.verify._side import Context, Side

__all__ = ["date_findings"]

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _name(value: CalendarValue) -> str:
    return _MONTHS[value.value - 1] if value.kind == "month" else _DAYS[value.value]


def _unlinked_dates(
    side: Side, span: Span, linked: set[tuple[int, int]]
) -> list[tuple[Token, CalendarValue]]:
    found = []
    tokens = side.tokens_in(span)
    words = [t.text for t in tokens]
    for index, token in enumerate(tokens):
        value = calendar_value_at(words, index, side.lang)
        if value is not None and (token.start, token.end) not in linked:
            found.append((token, value))
    return found


def date_findings(context: Context) -> Iterator[Finding]:
    dated = [w for w in context.alignment.words if w.via == Evidence.DATE]
    linked_s = {(w.source.start, w.source.end) for w in dated}
    linked_t = {(w.target.start, w.target.end) for w in dated}
    for link in context.alignment.sentences:
        yield from _link_findings(context, link, linked_s, linked_t)


def _link_findings(
    context: Context,
    link: SentenceLink,
    linked_s: set[tuple[int, int]],
    linked_t: set[tuple[int, int]],
) -> Iterator[Finding]:
    source, target = context.source, context.target
    left_s = _unlinked_dates(source, link.source, linked_s)
    left_t = _unlinked_dates(target, link.target, linked_t)
    for token_s, value_s in left_s:
        # the same value unlinked on both sides (a link the aligner did not make) agrees
        same = next(((t, v) for t, v in left_t if v == value_s), None)
        if same is not None:
            left_t.remove(same)
            continue
        other = next(((t, v) for t, v in left_t if v.kind == value_s.kind), None)
        if other is not None:
            left_t.remove(other)
            token_t, value_t = other
            yield Finding(
                kind=FindingKind.DATE,
                severity=Severity.ERROR,
                message=f"the source says {token_s.text} ({_name(value_s)}), "
                f"the rendering {token_t.text} ({_name(value_t)})",
                source=source.span(token_s.start, token_s.end),
                target=target.span(token_t.start, token_t.end),
            )
            continue
        yield Finding(
            kind=FindingKind.DATE,
            severity=Severity.WARNING,
            message=f"the source's {token_s.text} ({_name(value_s)}) is not in the rendering",
            source=source.span(token_s.start, token_s.end),
            target=link.target,
        )
    for token_t, value_t in left_t:
        yield Finding(
            kind=FindingKind.DATE,
            severity=Severity.WARNING,
            message=f"the rendering says {token_t.text} ({_name(value_t)}), the source does not",
            source=link.source,
            target=target.span(token_t.start, token_t.end),
        )
