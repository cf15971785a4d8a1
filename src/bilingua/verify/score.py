"""The faithfulness score: a word-coverage term times one factor per finding (docs/verify.md)."""

from __future__ import annotations

from collections.abc import Iterable

from bilingua.match import content_words
from bilingua.model import Finding, Severity
from bilingua.verify._side import Context

__all__ = ["SEVERITY_FACTOR", "coverage", "faithfulness", "finding_order"]

_COVERAGE_FULL = 0.3  # word coverage (F) that counts as full evidence (most clean pairs, rules)
_COVERAGE_BASE = 0.2  # score floor of the coverage term: no evidence is not proof of the opposite
#: Factor applied to the score per finding, by severity.
SEVERITY_FACTOR = {Severity.INFO: 0.98, Severity.WARNING: 0.85, Severity.ERROR: 0.6}


def coverage(context: Context) -> float:
    """Word coverage: harmonic mean of the shares of content words rendered on each side."""
    source_words = [t for s in context.source.sentences for t in content_words(s.tokens, s.lang)]
    target_words = [t for s in context.target.sentences for t in content_words(s.tokens, s.lang)]
    if not source_words or not target_words:
        return 0.0
    linked_s = {(w.source.start, w.source.end) for w in context.alignment.words}
    linked_t = {(w.target.start, w.target.end) for w in context.alignment.words}
    share_s = sum((t.start, t.end) in linked_s for t in source_words) / len(source_words)
    share_t = sum((t.start, t.end) in linked_t for t in target_words) / len(target_words)
    return 0.0 if share_s + share_t == 0 else 2 * share_s * share_t / (share_s + share_t)


def faithfulness(word_coverage: float, findings: Iterable[Finding]) -> float:
    """The score: a coverage term times one factor per finding (docs/verify.md).

    Args:
        word_coverage: :func:`coverage`, in [0, 1].
        findings: the findings; each multiplies the score by :data:`SEVERITY_FACTOR`.

    Returns:
        A score in [0, 1], rounded to 4 places; non-decreasing in ``word_coverage`` and
        non-increasing in the findings.
    """
    evidence = min(1.0, max(0.0, word_coverage) / _COVERAGE_FULL)
    score = _COVERAGE_BASE + (1 - _COVERAGE_BASE) * evidence
    for finding in findings:
        score *= SEVERITY_FACTOR[finding.severity]
    return round(max(0.0, min(1.0, score)), 4)


def finding_order(finding: Finding) -> tuple[int, int, str]:
    """Sort key: errors first, then by position, then by kind."""
    where = finding.source or finding.target
    severity = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[finding.severity]
    return (severity, where.start if where else 0, finding.kind.value)
