"""The faithfulness score: how much of each side the other explains, times one factor per
finding (docs/verify.md has the scale)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from bilingua.model import Coverage, Finding, FindingKind, Severity, Span

__all__ = [
    "DOUBTFUL",
    "FAITHFUL",
    "SEVERITY_FACTOR",
    "evidence",
    "explained",
    "faithfulness",
    "finding_order",
    "without_repeats",
]

_BASE = 0.2  # score floor of the coverage term: no evidence is not proof of the opposite
# Share of content words explained that counts as full evidence: faithful human translations
# leave some words to paraphrase (median 0.83-0.91 on clean passages of NTREX-128 and WMT22).
_FULL_SHARE = 0.85
#: Factor applied to the score per finding, by severity: one error brings any pair below 0.6.
SEVERITY_FACTOR = {Severity.INFO: 0.97, Severity.WARNING: 0.8, Severity.ERROR: 0.55}
#: The scale (docs/verify.md): from FAITHFUL up, every word is accounted for and nothing above
#: an info was found; under DOUBTFUL, at least one error: the rendering says something else.
FAITHFUL = 0.9
DOUBTFUL = 0.6
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
# On equal severity, the finding that names what differs wins over a gap that only counts it.
_GENERAL = (FindingKind.OMISSION, FindingKind.ADDITION, FindingKind.LENGTH)


def explained(coverage: Coverage) -> float:
    """Harmonic mean of the shares of content words the other side explains, per side."""
    share_s, share_t = coverage.source_share, coverage.target_share
    return 0.0 if share_s + share_t == 0 else 2 * share_s * share_t / (share_s + share_t)


def evidence(coverage: Coverage) -> float:
    """The coverage term of the score: 0.2 with nothing explained, 1 from a share of 0.85."""
    return _BASE + (1 - _BASE) * min(1.0, explained(coverage) / _FULL_SHARE)


def faithfulness(coverage: Coverage, findings: Iterable[Finding]) -> float:
    """The score: a coverage term times one factor per finding (docs/verify.md).

    Args:
        coverage: the pair's coverage map.
        findings: the findings; each multiplies the score by :data:`SEVERITY_FACTOR`.

    Returns:
        A score in [0, 1], rounded to 4 places; non-decreasing in the explained shares and
        non-increasing in the findings. Any error-level finding keeps it below 0.6.
    """
    score = evidence(coverage)
    for finding in findings:
        score *= SEVERITY_FACTOR[finding.severity]
    return round(max(0.0, min(1.0, score)), 4)


def finding_order(finding: Finding) -> tuple[int, int, str]:
    """Sort key: errors first, then by position, then by kind."""
    where = finding.source or finding.target
    return (_RANK[finding.severity], where.start if where else 0, finding.kind.value)


def without_repeats(findings: Sequence[Finding]) -> list[Finding]:
    """The findings less those that repeat a worse (or equally bad, more specific) one: a
    finding repeats another when, on each side it names a word of, the other's span overlaps.

    A dropped name is a name finding and a gap at once; it counts once, at its worst.
    """
    ranked = sorted(
        findings, key=lambda f: (_RANK[f.severity], f.kind in _GENERAL, finding_order(f))
    )
    kept: list[Finding] = []
    near = _Nearby()
    for finding in ranked:
        if not any(_repeats(finding, other) for other in near.around(finding)):
            kept.append(finding)
            near.add(finding)
    return kept


class _Nearby:
    """Kept findings by where they start on each side they name, so that a new finding is only
    compared with those that can overlap it (a long passage has thousands); the few that cover
    a wide stretch (a whole side) are compared with every new one."""

    _WIDE = 2000  # characters from which a finding's span is wide

    def __init__(self) -> None:
        self.starts: dict[str, list[int]] = {"source": [], "target": []}
        self.items: dict[str, list[Finding]] = {"source": [], "target": []}
        self.wide: list[Finding] = []

    @staticmethod
    def _sides(finding: Finding) -> list[tuple[str, Span]]:
        return [
            (side, span)
            for side, span in (("source", finding.source), ("target", finding.target))
            if span is not None
        ]

    def add(self, finding: Finding) -> None:
        sides = self._sides(finding)
        if any(span.end - span.start > self._WIDE for _, span in sides):
            self.wide.append(finding)
            return
        for side, span in sides:
            index = bisect.bisect_left(self.starts[side], span.start)
            self.starts[side].insert(index, span.start)
            self.items[side].insert(index, finding)

    def around(self, finding: Finding) -> list[Finding]:
        sides = self._sides(finding)
        if not sides:
            return list(self.wide)
        side, span = sides[0]
        lo = bisect.bisect_left(self.starts[side], span.start - self._WIDE)
        hi = bisect.bisect_right(self.starts[side], max(span.end, span.start + 1))
        return [*self.items[side][lo:hi], *self.wide]


def _repeats(finding: Finding, other: Finding) -> bool:
    sides = [(finding.source, other.source), (finding.target, other.target)]
    named = [(mine, theirs) for mine, theirs in sides if mine is not None]
    if finding.kind in _GENERAL and other.kind in _GENERAL and finding.kind != other.kind:
        return False  # an omission and an addition at one place are two things
    return bool(named) and all(
        theirs is not None and _overlap(mine, theirs) for mine, theirs in named
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.start < max(b.end, b.start + 1) and b.start < max(a.end, a.start + 1)
