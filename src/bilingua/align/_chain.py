"""The longest chain of pairs increasing on both sides (patience sorting, n log n)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

__all__ = ["increasing_chain"]


def increasing_chain(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by first item) whose second items increase.

    Ties on the first item keep the first pair met that fits; the result is in order.
    """
    tails: list[int] = []  # second item ending the best chain of each length
    tail_at: list[int] = []  # which pair ends it
    previous = [-1] * len(pairs)
    for n, (_, second) in enumerate(pairs):
        place = bisect.bisect_left(tails, second)
        if place == len(tails):
            tails.append(second)
            tail_at.append(n)
        else:
            tails[place] = second
            tail_at[place] = n
        previous[n] = tail_at[place - 1] if place else -1
    chain: list[tuple[int, int]] = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        chain.append(pairs[n])
        n = previous[n]
    chain.reverse()
    return chain
