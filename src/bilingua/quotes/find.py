"""The entry point, :func:`find_quotes`: every quote of a text, with its kind and attribution.

It pairs the marks (:mod:`~bilingua.quotes.marks`), reports the embeds
(:mod:`~bilingua.quotes.embeds`), then each quotation in marks: QUOTED, or INLINE for a short
phrase in another language than its sentence, with its attribution
(:mod:`~bilingua.quotes.attribution`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bilingua.errors import InputError
from bilingua.model import UNDETERMINED, Quote, QuoteKind, Segment
from bilingua.quotes._context import Context
from bilingua.quotes._text import SENTENCE_END_RE, WORD_RE, last_end, trim
from bilingua.quotes.attribution import attribute
from bilingua.quotes.embeds import find_embeds
from bilingua.quotes.marks import MarkPair, pair_marks
from bilingua.quotes.speakers import NameTest, capitalised_names

__all__ = ["find_quotes"]

_INLINE_WORDS = 4  # an inline quote is a short phrase


def _kind(ctx: Context, pair: MarkPair, quote: tuple[int, int], lang: str) -> QuoteKind:
    """INLINE for a short phrase mid-sentence whose language differs from the sentence's."""
    text = ctx.text
    words = itertools.islice(WORD_RE.finditer(text, *quote), _INLINE_WORDS + 1)
    if lang == UNDETERMINED or sum(1 for _ in words) > _INLINE_WORDS:
        return QuoteKind.QUOTED
    lo, hi = ctx.window(pair)
    before = (last_end(SENTENCE_END_RE, text, lo, pair.open), pair.open)
    end = SENTENCE_END_RE.search(text, pair.close + 1, hi)
    after = (pair.close + 1, end.start() if end else hi)
    if not any(map(str.isalpha, text[before[0] : before[1]] + text[after[0] : after[1]])):
        return QuoteKind.QUOTED
    around = ctx.lang(before, after)
    return QuoteKind.INLINE if around not in (lang, UNDETERMINED) else QuoteKind.QUOTED


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
    pairs = pair_marks(text)
    ordered = sorted(segments, key=lambda seg: seg.start)
    ctx = Context(
        text=text,
        segments=ordered,
        starts=[seg.start for seg in ordered],
        is_name=is_name or capitalised_names(text),
        bounds=sorted(itertools.chain.from_iterable((p.open, p.close) for p in pairs)),
        by_open={p.open: p for p in pairs},
        by_close={p.close: p for p in pairs},
    )
    outer = {(p.open, p.close + 1): p for p in pairs}
    quotes = list(find_embeds(ctx, outer))
    reach = -1  # the furthest close of the quotations opened so far: inside it means nested
    for pair in sorted(outer.values(), key=lambda p: p.open):
        nested, reach = pair.open < reach, max(reach, pair.close)
        start, end = trim(text, pair.open + 1, pair.close)
        if start == end:
            continue
        lang = ctx.lang((start, end))
        kind = QuoteKind.QUOTED if nested else _kind(ctx, pair, (start, end), lang)
        attribution = attribute(ctx, pair)
        quotes.append(
            Quote.of(
                text, start, end, lang=lang, kind=kind, marks=pair.marks, attribution=attribution
            )
        )
    return sorted(quotes, key=lambda q: (q.start, -q.end))
