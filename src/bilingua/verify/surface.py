"""Surface findings: @handles, #hashtags and URLs, the length ratio, untranslated text."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from bilingua.model import Finding, FindingKind, Severity
from bilingua.verify._side import CYRILLIC_RE, LATIN_WORD_RE, Context, Side, anchors, preview

__all__ = ["anchor_findings", "length_findings", "untranslated_findings"]

_EN_PER_UK = 0.95  # English characters per Ukrainian character in translated news
_LENGTH_SLACK = 10  # characters added to both sides, so short passages are not judged harshly
_LENGTH_WARNING = math.log(1.8)
_LENGTH_ERROR = math.log(3.0)
_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ-]*")


def anchor_findings(context: Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    anchors_s, anchors_t = anchors(source), anchors(target)
    keys_s, keys_t = {a[2] for a in anchors_s}, {a[2] for a in anchors_t}
    left_s = [a for a in anchors_s if a[2] not in keys_t]
    left_t = [a for a in anchors_t if a[2] not in keys_s]
    for a, b in zip(left_s, left_t, strict=False):
        yield Finding(
            kind=FindingKind.ANCHOR,
            severity=Severity.INFO if CYRILLIC_RE.search(a[2]) else Severity.ERROR,
            message=f"the source has {source.text[a[0] : a[1]]}, "
            f"the rendering {target.text[b[0] : b[1]]}",
            source=source.span(a[0], a[1]),
            target=target.span(b[0], b[1]),
        )
    for a in left_s[len(left_t) :]:
        yield Finding(
            kind=FindingKind.ANCHOR,
            severity=Severity.WARNING,
            message=f"{source.text[a[0] : a[1]]} is not in the rendering",
            source=source.span(a[0], a[1]),
        )
    for b in left_t[len(left_s) :]:
        yield Finding(
            kind=FindingKind.ANCHOR,
            severity=Severity.WARNING,
            message=f"the rendering adds {target.text[b[0] : b[1]]}",
            target=target.span(b[0], b[1]),
        )


def length_findings(context: Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    expected = _EN_PER_UK if source.lang == "uk" else 1 / _EN_PER_UK
    chars_s = len(source.text[source.start : source.end].strip())
    chars_t = len(target.text[target.start : target.end].strip())
    ratio = (chars_t + _LENGTH_SLACK) / (chars_s * expected + _LENGTH_SLACK)
    distance = abs(math.log(ratio))
    if distance <= _LENGTH_WARNING:
        return
    longer = "longer" if ratio > 1 else "shorter"
    yield Finding(
        kind=FindingKind.LENGTH,
        severity=Severity.ERROR if distance > _LENGTH_ERROR else Severity.WARNING,
        message=f"the rendering is {max(ratio, 1 / ratio):.1f}× {longer} than a translation "
        f"of the source usually is ({chars_t} vs {chars_s} characters)",
        source=source.span(source.start, source.end),
        target=target.span(target.start, target.end),
    )


def _foreign_runs(side: Side) -> Iterator[tuple[int, int, int]]:
    """``(start, end, words)`` of runs of words in the other language's script on ``side``."""
    word_re = _CYRILLIC_WORD_RE if side.lang == "en" else LATIN_WORD_RE
    spans = [(a, b) for a, b, _ in anchors(side)]
    run: list[re.Match[str]] = []
    for match in word_re.finditer(side.text, side.start, side.end):
        if any(a <= match.start() < b for a, b in spans):
            continue
        gap = side.text[run[-1].end() : match.start()] if run else ""
        if run and (not gap.strip() or gap.strip() in ",:;–—-«»\"“”'"):
            run.append(match)
            continue
        if run:
            yield run[0].start(), run[-1].end(), len(run)
        run = [match]
    if run:
        yield run[0].start(), run[-1].end(), len(run)


def untranslated_findings(context: Context) -> Iterator[Finding]:
    target = context.target
    for start, end, words in _foreign_runs(target):
        text = target.text[start:end]
        if words == 1 and (text[:1].isupper() or len(text) < 3):
            continue  # a name or an initial kept in its own script
        if target.lang == "uk" and words < 3:
            continue  # English words inside Ukrainian are mostly names and terms
        yield Finding(
            kind=FindingKind.UNTRANSLATED,
            severity=Severity.ERROR if words >= 4 else Severity.WARNING,
            message=f"{preview(text)} is left untranslated in the rendering",
            target=target.span(start, end),
        )
