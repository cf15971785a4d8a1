"""One pair side by side: its attribution and score above, its rows below.

Each row shows a sentence link (or an unlinked stretch beside an empty cell). In the cells,
words linked to the other side carry their link keys (``data-w``) and evidence; omitted source
words and added target words are marked ⊖ and ⊕ on their side (from the pair's coverage map,
else from its omission and addition findings); every other finding is underlined on both sides
with its number, and its message is written under the row it belongs to. Findings about the
pair as a whole are written under the score, which lists every finding that lowered it.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bilingua.io.report._labels import (
    DIFFERENCE_KINDS,
    SEVERITY_SYMBOL,
    attribution_parts,
    band,
    kind_label,
    lang_name,
)
from bilingua.io.report._markup import Mark, attributes, markup
from bilingua.io.report._rows import Row, place_findings, rows_of
from bilingua.model import Coverage, Finding, Pair, Sentence
from bilingua.verify.score import SEVERITY_FACTOR, evidence, finding_order

__all__ = ["PairView", "pair_view"]

_SIGN = {"source": "⊖", "target": "⊕"}
_GAP_WORD = {"source": "omitted", "target": "added"}


@dataclass(frozen=True)
class PairView:
    """A pair's section of the page, and its findings in the order they are numbered."""

    html: str
    findings: tuple[Finding, ...]  #: worst first; finding ``k`` has the id ``f{pair}-{k+1}``


def _word_marks(key: str, pair: Pair) -> list[Mark]:
    """Each linked word, with the keys of its links and, as a title, partners and evidence."""
    links: dict[tuple[int, int], list[tuple[str, str, str]]] = defaultdict(list)
    for index, link in enumerate(pair.words):
        name = f"{key}-{index}"
        links[(link.source.start, link.source.end)].append((name, link.target.text, link.via))
        links[(link.target.start, link.target.end)].append((name, link.source.text, link.via))
    return [
        Mark(
            start,
            end,
            4,
            "span",
            (
                ("class", "w"),
                ("data-w", " ".join(name for name, _, _ in entries)),
                ("data-via", " ".join(via for _, _, via in entries)),
                ("title", "; ".join(f"↔ {partner} · {via}" for _, partner, via in entries)),
            ),
        )
        for (start, end), entries in links.items()
    ]


def _gap_marks(coverage: Coverage) -> list[Mark]:
    marks: list[Mark] = []
    for gap in coverage.gaps:
        holds = ", ".join(held.value for held in gap.holds)
        words = " ".join(word.text for word in gap.words)
        title = f"{_GAP_WORD[gap.side]}: {words}" + (f" ({holds})" if holds else "")
        marks.append(
            Mark(
                gap.start,
                gap.end,
                1,
                "span",
                (("class", f"gap gap-{gap.side}"), ("title", title)),
                first=(("class", "first"), ("data-mark", f"{_SIGN[gap.side]} {holds}".strip())),
            )
        )
        marks.extend(Mark(w.start, w.end, 3, "span", (("class", "gw"),)) for w in gap.words)
    return marks


def _finding_marks(
    key: str, pair: Pair, findings: Sequence[Finding], placed: Sequence[int | None]
) -> list[Mark]:
    marks: list[Mark] = []
    for number, (finding, row) in enumerate(zip(findings, placed, strict=True), start=1):
        if row is None:
            continue  # about the whole pair: written under the score, not drawn
        gap_side = DIFFERENCE_KINDS.get(finding.kind) if pair.coverage is None else None
        for side, span in (("source", finding.source), ("target", finding.target)):
            if span is None:
                continue
            classes = f"f sev-{finding.severity.value} k-{finding.kind.value}"
            first: tuple[tuple[str, str], ...] = ()
            if gap_side == side:
                classes += f" gap gap-{side}"
                first = (("class", "first"), ("data-mark", _SIGN[side]))
            marks.append(
                Mark(
                    span.start,
                    span.end,
                    2,
                    "mark",
                    (
                        ("class", classes),
                        ("data-f", f"{key}-{number}"),
                        ("title", f"{finding.severity.value}: {finding.message}"),
                    ),
                    first=first,
                    last=(("class", "last"), ("data-n", str(number))),
                )
            )
    return marks


def _note(key: str, number: int, finding: Finding) -> str:
    e = html.escape
    severity = finding.severity.value
    return (
        f'<li class="note sev-{severity}" id="f{key}-{number}" data-f="{key}-{number}">'
        f'<span class="n">{number}</span> '
        f'<span class="sev">{SEVERITY_SYMBOL[finding.severity]} {severity}</span> '
        f'<span class="kind">{e(kind_label(finding.kind))}</span> '
        f'<span class="msg">{e(finding.message)}</span></li>'
    )


def _why(key: str, pair: Pair, findings: Sequence[Finding]) -> str:
    """The score as the product of its terms: word evidence times one factor per finding."""
    factor = 1.0
    chips = []
    for number, finding in enumerate(findings, start=1):
        factor *= SEVERITY_FACTOR[finding.severity]
        chips.append(
            f' × <a class="chip sev-{finding.severity.value}" href="#f{key}-{number}">'
            f"{SEVERITY_SYMBOL[finding.severity]} {html.escape(kind_label(finding.kind))} "
            f"<b>{SEVERITY_FACTOR[finding.severity]:.2f}</b></a>"
        )
    base = evidence(pair.coverage) if pair.coverage is not None else pair.score / (factor or 1)
    if not 0.0 < base <= 1.0 + 5e-3 or abs(base * factor - pair.score) > 5e-3:
        listed = "".join(chips).removeprefix(" × ")  # not the documented product: list only
        return f'<p class="why">lowered by {listed}</p>' if chips else ""
    start = (
        '<span class="base" title="0.2 + 0.8 × min(1, share of words explained / 0.85): '
        f'docs/verify.md">word evidence {min(base, 1.0):.2f}</span>'
    )
    if not chips:
        return f'<p class="why">{start} · no findings</p>'
    return f'<p class="why">{start}{"".join(chips)} = <b>{pair.score:.2f}</b></p>'


def _coverage_line(coverage: Coverage | None) -> str:
    if coverage is None:
        return ""
    parts = (
        ("source", coverage.source_explained, coverage.source_words, coverage.source_share),
        ("rendering", coverage.target_explained, coverage.target_words, coverage.target_share),
    )
    shown = " · ".join(
        f"{name} {explained} of {words} ({share:.0%})" for name, explained, words, share in parts
    )
    return f'<p class="cov">content words explained by the other side: {shown}</p>'


def _head(key: str, pair: Pair, findings: Sequence[Finding], placed: Sequence[int | None]) -> str:
    e = html.escape
    band_name, band_label = band(pair.score)
    attribution = "".join(
        f'<span class="{name}">{e(value)}</span>'
        for name, value in attribution_parts(pair.attribution)
    )
    loose = "".join(
        _note(key, number, finding)
        for number, (finding, row) in enumerate(zip(findings, placed, strict=True), start=1)
        if row is None
    )
    return (
        '<header class="pair-head">'
        f'<h3><a href="#pair-{key}">Pair {key}</a> '
        f'<span class="langs">{e(pair.source.lang)} → {e(pair.target.lang)}</span></h3>'
        f'<p class="score band-{band_name}"><span class="value">{pair.score:.2f}</span> '
        f'<span class="band">{band_label}</span></p>'
        + (f'<p class="attr">{attribution}</p>' if attribution else "")
        + _why(key, pair, findings)
        + _coverage_line(pair.coverage)
        + (f'<ul class="notes pair-notes">{loose}</ul>' if loose else "")
        + f'<p class="jump">in the article: <a href="#a{key}-source">source</a> · '
        f'<a href="#a{key}-target">rendering</a></p></header>'
    )


def _cell(
    side: str, lang: str, extent: tuple[int, int] | None, text: str, marks: list[Mark]
) -> str:
    cls = "src" if side == "source" else "tgt"
    if extent is None:
        return f'<td class="{cls} empty"></td>'
    return f'<td class="{cls}"{attributes((("lang", lang),))}>{markup(text, marks, *extent)}</td>'


def _row(number: int, row: Row, pair: Pair, text: str, marks: list[Mark]) -> str:
    if row.link is not None:
        kind = f'class="row link" data-link="{row.link}"'
        score = f"<small>{row.score:.2f}</small>" if row.score is not None else ""
    else:
        kind = f'class="row solo solo-{"source" if row.source else "target"}"'
        score = ""
    return (
        f'<tr {kind}><td class="k">{number}{score}</td>'
        f"{_cell('source', pair.source.lang, row.source, text, marks)}"
        f"{_cell('target', pair.target.lang, row.target, text, marks)}</tr>"
    )


def pair_view(number: int, pair: Pair, text: str, sentences: Sequence[Sentence]) -> PairView:
    """The side-by-side section of ``pair``, the ``number``-th of its document (from 1)."""
    key = str(number)
    findings = tuple(sorted(pair.findings, key=finding_order))
    rows = rows_of(pair, text, sentences)
    placed = place_findings(findings, rows)
    marks = [*_word_marks(key, pair), *_finding_marks(key, pair, findings, placed)]
    if pair.coverage is not None:
        marks.extend(_gap_marks(pair.coverage))
    notes: dict[int, list[str]] = defaultdict(list)
    for index, (finding, home) in enumerate(zip(findings, placed, strict=True), start=1):
        if home is not None:
            notes[home].append(_note(key, index, finding))
    body = []
    for index, row in enumerate(rows):
        body.append(_row(index + 1, row, pair, text, marks))
        if notes[index]:
            body.append(
                f'<tr class="notes"><td></td><td colspan="2"><ul class="notes">'
                f"{''.join(notes[index])}</ul></td></tr>"
            )
    head = _head(key, pair, findings, placed)
    table = (
        '<table class="sbs"><thead><tr><th class="k">#</th>'
        f"<th>source · {html.escape(lang_name(pair.source.lang))}</th>"
        f"<th>rendering · {html.escape(lang_name(pair.target.lang))}</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return PairView(
        f'<section class="pair band-{band(pair.score)[0]}" id="pair-{key}" '
        f'data-p="{key}">{head}{table}</section>\n',
        findings,
    )
