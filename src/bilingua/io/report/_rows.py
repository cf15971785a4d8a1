"""The rows of a pair's side-by-side view, and where each finding belongs among them.

A row is a sentence link (its source and target spans, as the alignment gives them: runs of
sentences or parts of one) or a stretch of one side that no link covers, with an empty cell on
the other side. Uncovered stretches are cut at the document's sentences and trimmed; a stretch
without a letter or digit (a closing quotation mark, a dash) is no row. Rows follow the links'
order; an uncovered stretch comes before the first link that starts after it on its side.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bilingua.model import Finding, FindingKind, Pair, Sentence, Span

__all__ = ["PAIR_LEVEL_KINDS", "Row", "place_findings", "rows_of"]

Side = Literal["source", "target"]
Range = tuple[int, int]

#: Kinds about a pair as a whole: listed with its score, never drawn on a row.
PAIR_LEVEL_KINDS = frozenset({FindingKind.LENGTH})


@dataclass(frozen=True)
class Row:
    """One row: the ranges shown on each side (None: an empty cell), and the link it shows."""

    source: Range | None
    target: Range | None
    link: int | None = None  #: index into ``Pair.sentences``; None for an unlinked stretch
    score: float | None = None  #: the link's score

    def range(self, side: Side) -> Range | None:
        return self.source if side == "source" else self.target


def _sentence_bounds(sentences: Sequence[Sentence]) -> list[int]:
    return sorted({bound for s in sentences for bound in (s.start, s.end)})


def _uncovered(side: Span, covered: Sequence[Span], cuts: Sequence[int], text: str) -> list[Range]:
    """The stretches of ``side`` outside ``covered``, cut at ``cuts``, trimmed, with a letter."""
    pieces: list[Range] = []
    here = side.start
    for span in sorted(covered, key=lambda s: s.start):
        if span.start > here:
            pieces.append((here, min(span.start, side.end)))
        here = max(here, span.end)
    if here < side.end:
        pieces.append((here, side.end))
    stretches: list[Range] = []
    for start, end in pieces:
        inner = cuts[bisect.bisect_right(cuts, start) : bisect.bisect_left(cuts, end)]
        for a, b in zip((start, *inner), (*inner, end), strict=True):
            stretch = _trimmed(text, a, b)
            if stretch is not None:
                stretches.append(stretch)
    return stretches


def _trimmed(text: str, start: int, end: int) -> Range | None:
    chunk = text[start:end]
    if not any(char.isalnum() for char in chunk):
        return None
    stripped = chunk.lstrip()
    start += len(chunk) - len(stripped)
    return start, start + len(stripped.rstrip())


def rows_of(pair: Pair, text: str, sentences: Sequence[Sentence] = ()) -> list[Row]:
    """The side-by-side rows of ``pair``: one per sentence link, one per unlinked stretch.

    Args:
        pair: a pair of a document.
        text: the document text.
        sentences: the document's sentences (sorted), to cut unlinked stretches at.
    """
    cuts = _sentence_bounds(sentences)
    links = sorted(
        enumerate(pair.sentences), key=lambda item: (item[1].source.start, item[1].target.start)
    )
    solo = {
        "source": _uncovered(pair.source, [link.source for _, link in links], cuts, text),
        "target": _uncovered(pair.target, [link.target for _, link in links], cuts, text),
    }
    rows: list[Row] = []

    def flush(side: Side, before: int) -> None:
        while solo[side] and solo[side][0][0] < before:
            stretch = solo[side].pop(0)
            rows.append(Row(stretch, None) if side == "source" else Row(None, stretch))

    for index, link in links:
        flush("source", link.source.start)
        flush("target", link.target.start)
        rows.append(
            Row(
                (link.source.start, link.source.end),
                (link.target.start, link.target.end),
                index,
                link.score,
            )
        )
    flush("source", len(text) + 1)
    flush("target", len(text) + 1)
    return rows


def _touched(span: Span, rows: Sequence[Row], side: Side) -> list[int]:
    touched = []
    for number, row in enumerate(rows):
        extent = row.range(side)
        if extent is not None and span.start < extent[1] and span.end > extent[0]:
            touched.append(number)
    return touched


def place_findings(findings: Sequence[Finding], rows: Sequence[Row]) -> list[int | None]:
    """For each finding, the row whose notes hold it, or None when it is about the whole pair.

    A finding belongs to the first row its spans touch; it is about the whole pair when its
    kind is (:data:`PAIR_LEVEL_KINDS`), when a span of it runs over several rows, or when its
    spans touch no row.
    """
    placed: list[int | None] = []
    for finding in findings:
        touched: list[int] = []
        spread = False
        sides: tuple[tuple[Side, Span | None], ...] = (
            ("source", finding.source),
            ("target", finding.target),
        )
        for side, span in sides:
            if span is not None:
                rows_here = _touched(span, rows, side)
                spread = spread or len(rows_here) > 1
                touched.extend(rows_here)
        if finding.kind in PAIR_LEVEL_KINDS or spread or not touched:
            placed.append(None)
        else:
            placed.append(min(touched))
    return placed
