"""The bead search: which runs of units of the two sides render each other.

Dynamic programming over beads of up to four units a side. A bead's cost adds:

- a prior by the number of *sentences* it joins on each side (Gale & Church 1993, table 5, for
  1-1, 1-0, 2-1 and 2-2; 1-3 and 3-1 after hunalign's practice of allowing them rarely);
  units of one sentence join at no cost, so a sentence that renders as a whole stays whole;
- the cost of ending inside a sentence (:data:`~bilingua.align._units.CUT_COST`): a sentence is
  split only where the word links on both sides of the cut pay for it;
- Gale and Church's length cost;
- a lexical term: the word-translation overlap of the two sides (:meth:`Grid.overlap`), so a
  sentence with no counterpart is left out (1-0, 0-1) rather than forced onto a neighbour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bilingua.align._grid import Grid
from bilingua.align._units import CUT_COST, Unit

__all__ = ["best_beads"]

# Bead priors by sentences joined on each side: Gale & Church (1993), table 5; 1-3 and 3-1 at
# a tenth of 2-1, as hunalign allows them.
_PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
    (3, 1): 0.0089 / 2,
    (1, 3): 0.0089 / 2,
}
_PRIOR_COST = {shape: -math.log(prior) for shape, prior in _PRIORS.items()}
_MAX_UNITS = 4  # units one bead takes from a side
_LENGTH_RATIO = 0.95  # English characters per Ukrainian character in translated news
_LENGTH_VARIANCE = 6.8  # Gale & Church's s^2
_LEXICAL_WEIGHT = 20.0  # cost of a bead per unit of missing word overlap
LEXICAL_FLOOR = 0.2  # overlap that two unrelated sentences reach by chance
_SILENT_COST = -math.log(_PRIORS[1, 0])  # what leaving that sentence out would cost
_FULL_SIZE = 30  # up to this many units a side, every cell is searched; beyond, a band
_BAND_SLACK = 15  # cells either side of the diagonal, beyond the two sides' difference
_ANCHORED_SLACK = 6  # ... between two anchors of a long passage


def _length_cost(source_chars: int, target_chars: int) -> float:
    """Gale & Church's -log P(match | lengths)."""
    if source_chars == 0 and target_chars == 0:
        return 0.0
    mean = (source_chars + target_chars / _LENGTH_RATIO) / 2
    delta = (target_chars - source_chars * _LENGTH_RATIO) / math.sqrt(
        max(mean, 1.0) * _LENGTH_VARIANCE
    )
    tail = math.erfc(abs(delta) / math.sqrt(2))  # 2 * (1 - Phi(|delta|))
    return -math.log(max(tail, 1e-12))


class _Side:
    """What the search needs of one side: lengths and sentence numbers, with prefix sums."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = units
        self.chars = [0]
        for unit in units:
            self.chars.append(self.chars[-1] + unit.end - unit.start)
        self.sentence = [unit.sentence for unit in units]

    def sentences(self, lo: int, hi: int) -> int:
        """Sentences touched by units ``lo..hi-1`` (units of a sentence are consecutive)."""
        return 0 if hi <= lo else self.sentence[hi - 1] - self.sentence[lo] + 1

    def cut_cost(self, hi: int) -> float:
        """Cost of a bead ending before unit ``hi``: zero at a sentence end."""
        unit = self.units[hi - 1]
        return 0.0 if unit.ends_sentence or unit.cut is None else CUT_COST[unit.cut]


def best_beads(
    grid: Grid,
    source: Sequence[Unit],
    target: Sequence[Unit],
    lexical: bool = True,
    anchored: bool = False,
) -> list[tuple[range, range]]:
    """The cheapest sequence of beads covering both sides, as ``(source units, target units)``.

    Args:
        grid: the word matches between ``source`` and ``target``.
        source: the source side's units, in order.
        target: the target side's units, in order.
        lexical: use word overlap; ``False`` gives Gale–Church's length-only alignment.
        anchored: both sides end at an anchor (a window of a long passage): the path stays
            near the diagonal, so the band is narrower.

    Returns:
        Beads in order; a bead with an empty range on one side is a unit without counterpart.
    """
    n, m = len(source), len(target)
    side_s, side_t = _Side(source), _Side(target)
    if anchored:
        band = abs(n - m) + _ANCHORED_SLACK
    else:
        band = max(n, m) if max(n, m) <= _FULL_SIZE else abs(n - m) + _BAND_SLACK
    inf = float("inf")
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    shapes = [(a, b) for a in range(_MAX_UNITS + 1) for b in range(_MAX_UNITS + 1)]
    shapes = [(a, b) for a, b in shapes if (a and b) or (a, b) in ((1, 0), (0, 1))]
    for i in range(n + 1):
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            here = cost.get((i, j), inf)
            if here == inf:
                continue
            for a, b in shapes:
                ni, nj = i + a, j + b
                if ni > n or nj > m:
                    continue
                shape = (side_s.sentences(i, ni), side_t.sentences(j, nj))
                prior = _PRIOR_COST.get(shape)
                if prior is None:
                    continue
                step = here + prior
                if a and b:
                    step += side_s.cut_cost(ni) + side_t.cut_cost(nj)
                    step += _length_cost(
                        side_s.chars[ni] - side_s.chars[i], side_t.chars[nj] - side_t.chars[j]
                    )
                    if lexical:
                        overlap, silent_s, silent_t = grid.measure(range(i, ni), range(j, nj))
                        step += _LEXICAL_WEIGHT * (LEXICAL_FLOOR - overlap)
                        # a sentence none of whose words render is not part of this bead
                        step += _SILENT_COST * (
                            silent_s * (shape[0] > 1) + silent_t * (shape[1] > 1)
                        )
                else:
                    step += side_s.cut_cost(ni) if a else side_t.cut_cost(nj)
                if step < cost.get((ni, nj), inf):
                    cost[ni, nj] = step
                    back[ni, nj] = (i, j)
    beads: list[tuple[range, range]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        previous = back.get((i, j))
        if previous is None:  # outside the band: cannot happen, the band always holds a path
            break
        beads.append((range(previous[0], i), range(previous[1], j)))
        i, j = previous
    beads.reverse()
    return beads
