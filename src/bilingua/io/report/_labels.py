"""Words and marks the report shows for severities, finding kinds, evidence and scores.

Nothing is told by colour alone: every severity, band and difference has a symbol and a word.
"""

from __future__ import annotations

import datetime as _dt

from bilingua.model import Attribution, Evidence, FindingKind, Severity
from bilingua.verify.score import DOUBTFUL, FAITHFUL

__all__ = [
    "DIFFERENCE_KINDS",
    "EVIDENCE",
    "SEVERITY_RANK",
    "SEVERITY_SYMBOL",
    "attribution_parts",
    "band",
    "kind_label",
    "lang_class",
    "lang_name",
]

SEVERITY_SYMBOL = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "●"}
SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

#: Findings about words one side has and the other lacks: drawn like a coverage gap when the
#: pair has no coverage map.
DIFFERENCE_KINDS = {
    FindingKind.OMITTED: "source",
    FindingKind.OMISSION: "source",
    FindingKind.ADDED: "target",
    FindingKind.ADDITION: "target",
}

#: What each kind of word-link evidence means, as the page's legend says it.
EVIDENCE = {
    Evidence.LEXICON: "the curated lexicon",
    Evidence.LEARNED: "a translation learned from parallel text",
    Evidence.PHRASE: "a multi-word lexicon entry",
    Evidence.ALIAS: "an abbreviation or alias",
    Evidence.TRANSLITERATION: "a name in the other script",
    Evidence.NUMBER: "the same value",
    Evidence.DATE: "the same month, weekday or year",
    Evidence.IDENTICAL: "the same string",
    Evidence.POSITION: "its place between linked neighbours",
}

_BAND_LABEL = {"high": "✔ faithful", "mid": "◆ check", "low": "✖ doubtful"}


def band(score: float) -> tuple[str, str]:
    """The band of a faithfulness score, as a CSS name and a label.

    The bounds are the score's own scale (docs/verify.md, :data:`~bilingua.verify.score.FAITHFUL`
    and :data:`~bilingua.verify.score.DOUBTFUL`): from 0.9 nothing above an info was found and
    the words are accounted for; under 0.6 at least one error-level finding.
    """
    if score >= FAITHFUL:
        name = "high"
    elif score >= DOUBTFUL:
        name = "mid"
    else:
        name = "low"
    return name, _BAND_LABEL[name]


def kind_label(kind: FindingKind) -> str:
    """``number_mismatch`` → ``number mismatch``."""
    return kind.value.replace("_", " ")


_LANG_NAME = {"uk": "Ukrainian", "en": "English", "und": "undetermined"}


def lang_name(lang: str) -> str:
    """A language's English name where the report knows it, else its code."""
    return _LANG_NAME.get(lang, lang)


def lang_class(lang: str) -> str:
    """The CSS class suffix of a language: uk, en, und, or other."""
    return lang if lang in ("uk", "en", "und") else "other"


def attribution_parts(attribution: Attribution | None) -> list[tuple[str, str]]:
    """``(field, text)`` of the attribution's known parts: speaker, handle, date, platform."""
    if attribution is None:
        return []
    date: _dt.date | None = attribution.date
    parts = [
        ("speaker", attribution.speaker),
        ("handle", attribution.handle),
        ("date", date.isoformat() if date else None),
        ("platform", attribution.platform),
    ]
    return [(name, value) for name, value in parts if value]
