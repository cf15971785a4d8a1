"""What every quote needs to know about the text it is in: segments, paired marks, name test.

:class:`Context` tells the language of a range (the segment covering most of its letters) and
where the looks around a quote stop: at most ``WINDOW`` characters, never past the neighbouring
marks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from bilingua.model import UNDETERMINED, Segment
from bilingua.quotes.marks import MarkPair
from bilingua.quotes.speakers import NameTest

__all__ = ["WINDOW", "Context"]

# Attribution looks at most this far on each side of a quote: with the neighbouring marks as
# bounds, this is what keeps every look around a quote constant in size.
WINDOW = 200


@dataclass(frozen=True, slots=True)
class Context:
    """What every quote needs to know about the text it is in."""

    text: str
    segments: Sequence[Segment]
    starts: list[int]  # segment starts, for bisect
    is_name: NameTest
    bounds: list[int]  # offsets of all paired marks, sorted: attribution windows stop there
    by_open: dict[int, MarkPair]  # the pairs by the offset of their opening mark
    by_close: dict[int, MarkPair]  # and of their closing mark

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

    def window(self, pair: MarkPair) -> tuple[int, int]:
        """Where to look for a reporting clause: near the quote, not past the next marks."""
        k = bisect_left(self.bounds, pair.open)
        lo = max(pair.open - WINDOW, self.bounds[k - 1] + 1 if k else 0)
        k = bisect_right(self.bounds, pair.close)
        hi = min(
            pair.close + 1 + WINDOW, self.bounds[k] if k < len(self.bounds) else len(self.text)
        )
        return lo, hi
