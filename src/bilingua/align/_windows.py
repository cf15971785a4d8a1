"""Windows for long passages: the bead search runs between anchors, so work stays linear.

A transcript of 30,000 sentences and its rendering cannot be searched as one grid. Instead:

1. The source is read in blocks of :data:`_BLOCK` units. Each block is matched only against a
   stretch of the target around where it is expected — the last anchor's place plus the
   block's distance from it at the sides' length ratio — so the word matches looked up grow
   with the passage, not with its square.
2. An *anchor* is a source unit and a target unit that are each other's best counterpart in
   that stretch, sharing at least two words and most of the shorter unit's words.
3. The anchors that increase on both sides (the longest such chain) cut both sides into
   windows of at least :data:`_WINDOW` units; each window is aligned on its own.

Passages up to :data:`_WHOLE` units a side are searched whole, as one window.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilingua.align._chain import increasing_chain
from bilingua.align._grid import Grid
from bilingua.align._units import Unit
from bilingua.match import Matcher

__all__ = ["windows"]

_WHOLE = 150  # units a side up to which a passage is one window
_BLOCK = 50  # source units matched at a time while looking for anchors
_REACH = 100  # target units either side of a block's expected place that it is matched against
_WINDOW = 40  # fewest source units between two cuts
_MAX_WINDOW = 400  # most units a side in a window; beyond, it is cut at the sides' ratio
_ANCHOR_WORDS = 2.0  # shared words an anchor needs
_ANCHOR_SHARE = 0.5  # ... and this share of the shorter unit's content words


def windows(
    matcher: Matcher, source: Sequence[Unit], target: Sequence[Unit], source_is_uk: bool
) -> list[tuple[range, range]]:
    """Consecutive ``(source units, target units)`` windows that together cover both sides."""
    n, m = len(source), len(target)
    if n <= _WHOLE and m <= _WHOLE:
        return [(range(n), range(m))]
    chain = increasing_chain(sorted(set(_anchors(matcher, source, target, source_is_uk))))
    cuts: list[tuple[int, int]] = []
    last_i = last_j = 0
    for i, j in chain:
        if i + 1 - last_i >= _WINDOW and j + 1 - last_j >= 1 and i + 1 < n and j + 1 < m:
            cuts.append((i + 1, j + 1))
            last_i, last_j = i + 1, j + 1
    parts: list[tuple[range, range]] = []
    lo_i = lo_j = 0
    for hi_i, hi_j in [*cuts, (n, m)]:
        parts.extend(_bounded(range(lo_i, hi_i), range(lo_j, hi_j)))
        lo_i, lo_j = hi_i, hi_j
    return parts


def _bounded(sources: range, targets: range) -> list[tuple[range, range]]:
    """A window cut at the sides' ratio into pieces of at most :data:`_MAX_WINDOW` units."""
    pieces = max(1, -(-max(len(sources), len(targets)) // _MAX_WINDOW))
    if pieces == 1:
        return [(sources, targets)]
    bounds_s = [sources.start + len(sources) * k // pieces for k in range(pieces + 1)]
    bounds_t = [targets.start + len(targets) * k // pieces for k in range(pieces + 1)]
    return [
        (range(bounds_s[k], bounds_s[k + 1]), range(bounds_t[k], bounds_t[k + 1]))
        for k in range(pieces)
    ]


def _anchors(
    matcher: Matcher, source: Sequence[Unit], target: Sequence[Unit], source_is_uk: bool
) -> list[tuple[int, int]]:
    """Mutually best unit pairs, block by block, each block matched near its expected place."""
    n, m = len(source), len(target)
    ratio = m / max(n, 1)
    found: list[tuple[int, int]] = []
    last = (0, 0)
    for lo in range(0, n, _BLOCK):
        hi = min(n, lo + _BLOCK)
        expected_lo = last[1] + int((lo - last[0]) * ratio)
        expected_hi = last[1] + int((hi - last[0]) * ratio)
        t_lo, t_hi = max(0, expected_lo - _REACH), min(m, expected_hi + _REACH)
        if t_lo >= t_hi:
            continue
        grid = Grid(matcher, source[lo:hi], target[t_lo:t_hi], source_is_uk)
        block = _mutual_best(grid, source[lo:hi], target[t_lo:t_hi])
        found.extend((lo + i, t_lo + j) for i, j in block)
        if block:
            last = (lo + block[-1][0], t_lo + block[-1][1])
    return found


def _mutual_best(
    grid: Grid, source: Sequence[Unit], target: Sequence[Unit]
) -> list[tuple[int, int]]:
    """Unit pairs that are each other's best by words explained, with enough of them shared."""
    shared: dict[tuple[int, int], float] = {}
    for (a, b), (value, _) in grid.hits.items():
        key = (grid.source_unit[a], grid.target_unit[b])
        shared[key] = shared.get(key, 0.0) + value
    best_s: dict[int, tuple[float, int]] = {}
    best_t: dict[int, tuple[float, int]] = {}
    for (i, j), value in shared.items():
        if value > best_s.get(i, (0.0, -1))[0]:
            best_s[i] = (value, j)
        if value > best_t.get(j, (0.0, -1))[0]:
            best_t[j] = (value, i)
    pairs = []
    for i, (value, j) in sorted(best_s.items()):
        shorter = min(len(source[i].words), len(target[j].words))
        if best_t[j][1] == i and value >= max(_ANCHOR_WORDS, _ANCHOR_SHARE * shorter):
            pairs.append((i, j))
    return pairs
