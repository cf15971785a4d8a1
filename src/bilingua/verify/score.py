"""The faithfulness score: how much of each side the other explains, times one factor per
finding (docs/verify.md has the scale)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilingua.model import Coverage, Finding, FindingKind, Severity, Span

__all__ = ["SEVERITY_FACTOR", "explained", "faithfulness", "finding_order", "without_repeats"]

_BASE = 0.2  # score floor of the coverage term: no evidence is not proof of the opposite
#: Factor applied to the score per finding, by severity: one error brings any pair below 0.6.
SEVERITY_FACTOR = {Severity.INFO: 0.97, Severity.WARNING: 0.8, Severity.ERROR: 0.55}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
# On equal severity, the finding that names what differs wins over a gap that only counts it.
_GENERAL = (FindingKind.OMISSION, FindingKind.ADDITION, FindingKind.LENGTH)


def explained(coverage: Coverage) -> float:
    """Harmonic mean of the shares of content words the other side explains, per side."""
    share_s, share_t = coverage.source_share, coverage.target_share
    return 0.0 if share_s + share_t == 0 else 2 * share_s * share_t / (share_s + share_t)


def faithfulness(coverage: Coverage, findings: Iterable[Finding]) -> float:
    """The score: a coverage term times one factor per finding (docs/verify.md).

    Args:
        coverage: the pair's coverage map.
        findings: the findings; each multiplies the score by :data:`SEVERITY_FACTOR`.

    Returns:
        A score in [0, 1], rounded to 4 places; non-decreasing in the explained shares and
        non-increasing in the findings. Any error-level finding keeps it below 0.6.
    """
    score = _BASE + (1 - _BASE) * explained(coverage)
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
    for finding in ranked:
        if not any(_repeats(finding, other) for other in kept):
            kept.append(finding)
    return kept


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
