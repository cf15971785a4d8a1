"""Negation findings: a negation on one side of a sentence link only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bilingua.model import Finding, FindingKind, Severity, Span, Token
from bilingua.verify._side import Context, Side

__all__ = ["negation_findings"]

_UK_NEGATION_RE = re.compile(
    r"^(?:не|ні|ніколи|ніде|нікуди|ніхто|нікого|нікому|ніким|ніщо|нічого|нічому|нічим|"
    r"ніякий|ніяка|ніяке|ніякі|ніяк\w*|немає|нема|жодн\w*)$"
)
_EN_NEGATION_RE = re.compile(
    r"^(?:not|no|never|nobody|nothing|none|neither|nor|nowhere|cannot|n[’']t|\w+n[’']t)$"
)
# Words that render a negation without negating in form ("without", "безпідставно"): they
# answer a negation on the other side but never raise a finding themselves.
_UK_WEAK_NEGATION_RE = re.compile(r"^(?:без|без\w+|ледве|навряд|замість|поки|доки)$")
_EN_WEAK_NEGATION_RE = re.compile(
    r"^(?:without|lack\w*|fail\w*|refus\w*|unable|rather|instead|until|unless|hardly|"
    r"little|few|deny|denie\w*|avoid\w*|absent|free|un\w{3,}|in\w*able|never\w*)$"
)
# "а не" (rather than), "поки не" (until), "не лише" (not only), "мало не" (almost), "не
# старше" (as young as): a «не» that English renders without a negation.
_UK_IDLE_BEFORE = frozenset("а поки доки ледь мало чи".split())
_UK_IDLE_AFTER = frozenset("лише тільки лиш більше менше старше раніше пізніше".split())


def _negations(side: Side, span: Span) -> tuple[list[Token], bool]:
    """The negating tokens of a sentence link's side, and whether a weak negation is there."""
    uk = side.lang == "uk"
    strong_re = _UK_NEGATION_RE if uk else _EN_NEGATION_RE
    weak_re = _UK_WEAK_NEGATION_RE if uk else _EN_WEAK_NEGATION_RE
    tokens = [t for t in side.tokens() if span.start <= t.start and t.end <= span.end]
    strong, weak = [], False
    for index, token in enumerate(tokens):
        word = token.text.lower()
        before = tokens[index - 1].text.lower() if index else ""
        after = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
        if uk and word == "не" and (before in _UK_IDLE_BEFORE or after in _UK_IDLE_AFTER):
            weak = True
        elif not uk and word == "no" and (after[:1] in (".", "#") or after[:1].isdigit()):
            continue  # No. 1
        elif strong_re.match(word):
            strong.append(token)
        elif weak_re.match(word):
            weak = True
    return strong, weak


def negation_findings(context: Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    for link in context.alignment.sentences:
        (neg_s, weak_s), (neg_t, weak_t) = (
            _negations(source, link.source),
            _negations(target, link.target),
        )
        if bool(neg_s) == bool(neg_t) or (neg_s and weak_t) or (neg_t and weak_s):
            continue
        if neg_s:
            where_s, where_t = source.span(neg_s[0].start, neg_s[0].end), link.target
            message = f"the source negates ({neg_s[0].text}), the rendering does not"
        else:
            where_s, where_t = link.source, target.span(neg_t[0].start, neg_t[0].end)
            message = f"the rendering negates ({neg_t[0].text}), the source does not"
        yield Finding(
            kind=FindingKind.NEGATION,
            severity=Severity.WARNING,
            message=message,
            source=where_s,
            target=where_t,
        )
