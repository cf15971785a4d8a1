"""The word matches between two stretches of units, kept sparse.

Only word pairs that render each other are stored (the matcher looks up only pairs that share
a key), so memory grows with the matches, not with the product of the two sides' sizes.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilingua.align._units import Unit
from bilingua.match import Matcher, Via, WordView
from bilingua.model import Token

__all__ = ["SILENT_SHARE", "Grid"]

#: Share of a sentence's content words under which, with links of meaning only, it is silent: a
#: sentence glued to a bead it does not belong in.
SILENT_SHARE = 0.25


class Grid:
    """Matches between the content words of ``source`` units and ``target`` units.

    Words are numbered across the units of each side in order; ``hits[a, b]`` is the score and
    evidence of source word ``a`` against target word ``b``.
    """

    def __init__(
        self,
        matcher: Matcher,
        source: Sequence[Unit],
        target: Sequence[Unit],
        source_is_uk: bool,
    ) -> None:
        self.matcher = matcher
        self.source_words: list[Token] = [w for unit in source for w in unit.words]
        self.target_words: list[Token] = [w for unit in target for w in unit.words]
        self.source_unit: list[int] = [i for i, unit in enumerate(source) for _ in unit.words]
        self.target_unit: list[int] = [j for j, unit in enumerate(target) for _ in unit.words]
        self.source_units, self.target_units = source, target
        self._covers: dict[tuple[bool, int, int, int], float] = {}
        self.source_first = _firsts(source)
        self.target_first = _firsts(target)
        views_s = [WordView.of(t) for t in self.source_words]
        views_t = [WordView.of(t) for t in self.target_words]
        if source_is_uk:
            found = matcher.matches(views_s, views_t)
        else:
            found = {(b, a): hit for (a, b), hit in matcher.matches(views_t, views_s).items()}
        self.hits: dict[tuple[int, int], tuple[float, Via]] = found
        # the matches of each source word: (target word, score, evidence)
        self.partners: list[list[tuple[int, float, Via]]] = [[] for _ in self.source_words]
        # best score of each word against each unit of the other side
        self.best_s: list[dict[int, float]] = [{} for _ in self.source_words]
        self.best_t: list[dict[int, float]] = [{} for _ in self.target_words]
        for (a, b), (value, via) in sorted(found.items()):
            self.partners[a].append((b, value, via))
            j, i = self.target_unit[b], self.source_unit[a]
            if value > self.best_s[a].get(j, 0.0):
                self.best_s[a][j] = value
            if value > self.best_t[b].get(i, 0.0):
                self.best_t[b][i] = value

    def source_range(self, units: range) -> range:
        """Indices of the source words inside ``units``."""
        return range(self.source_first[units.start], self.source_first[units.stop])

    def target_range(self, units: range) -> range:
        """Indices of the target words inside ``units``."""
        return range(self.target_first[units.start], self.target_first[units.stop])

    def overlap(self, sources: range, targets: range) -> float:
        """F-measure of word coverage between source units and target units."""
        return self.measure(sources, targets)[0]

    def measure(self, sources: range, targets: range) -> tuple[float, int, int]:
        """The F-measure of word coverage between source and target units, and per side how
        many sentences with two or more content words are silent (:data:`SILENT_SHARE`)."""
        parts_s = [(self._cover(True, i, targets), i) for i in sources]
        parts_t = [(self._cover(False, j, sources), j) for j in targets]
        words_s = self.source_first[sources.stop] - self.source_first[sources.start]
        words_t = self.target_first[targets.stop] - self.target_first[targets.start]
        silent_s = _silent(parts_s, self.source_units, self.source_first)
        silent_t = _silent(parts_t, self.target_units, self.target_first)
        if not words_s or not words_t:
            return 0.0, silent_s, silent_t
        recall = sum(c for c, _ in parts_s) / words_s
        precision = sum(c for c, _ in parts_t) / words_t
        if recall + precision == 0:
            return 0.0, silent_s, silent_t
        return 2 * recall * precision / (recall + precision), silent_s, silent_t

    def _cover(self, from_source: bool, unit: int, others: range) -> float:
        """Summed best scores of one unit's words against the units ``others`` of the other
        side (remembered: the bead search asks for the same ones from many cells)."""
        key = (from_source, unit, others.start, others.stop)
        found = self._covers.get(key)
        if found is None:
            best, first = (
                (self.best_s, self.source_first)
                if from_source
                else (
                    self.best_t,
                    self.target_first,
                )
            )
            lo, hi = others.start, others.stop
            found = 0.0
            for a in range(first[unit], first[unit + 1]):
                value = 0.0
                for j, score in best[a].items():
                    if lo <= j < hi and score > value:
                        value = score
                found += value
            self._covers[key] = found
        return found


def _silent(parts: list[tuple[float, int]], units: Sequence[Unit], first: list[int]) -> int:
    """Sentences (by the units of a bead, with what each unit has covered) under
    :data:`SILENT_SHARE` coverage with two or more content words."""
    silent = 0
    sentence, words, covered = -1, 0, 0.0
    for value, unit in parts:
        if units[unit].sentence != sentence:
            silent += words >= 2 and covered < SILENT_SHARE * words
            sentence, words, covered = units[unit].sentence, 0, 0.0
        words += first[unit + 1] - first[unit]
        covered += value
    silent += words >= 2 and covered < SILENT_SHARE * words
    return silent


def _firsts(units: Sequence[Unit]) -> list[int]:
    """Index of each unit's first word, and the word count at the end."""
    firsts = [0]
    for unit in units:
        firsts.append(firsts[-1] + len(unit.words))
    return firsts
