"""A document's page: the findings worst first, each pair side by side, then the article.

The page is one self-contained file: its style sheet and script are inline and allowed by hash
(:mod:`._assets`), every text of the document is escaped, and it reads in full without
JavaScript (the script adds word-link highlighting and keys to move between findings and
pairs) and on paper (a print style sheet).
"""

from __future__ import annotations

import html
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bilingua.io.report._article import article_view, summary_tables
from bilingua.io.report._assets import content_security_policy, script, style
from bilingua.io.report._labels import (
    EVIDENCE,
    SEVERITY_RANK,
    SEVERITY_SYMBOL,
    kind_label,
    lang_class,
)
from bilingua.io.report._pair import PairView, pair_view
from bilingua.model import Document, Severity
from bilingua.verify.score import DOUBTFUL, FAITHFUL, SEVERITY_FACTOR

__all__ = ["page", "render_report", "write_report"]

KEYS = (
    ("j", "next finding (worst first)"),
    ("k", "previous finding"),
    ("n", "next pair"),
    ("p", "previous pair"),
    ("Esc", "clear the selection"),
)


_PRINT_KEY = (
    '<p class="print-key">⊖ omitted source words · ⊕ added rendering words · ✖ error (wavy '
    "underline) · ▲ warning (dashed) · ● info (dotted) · numbers refer to the notes under each "
    "row · scores: ✔ faithful above 0.85, ◆ check above 0.60, ✖ doubtful at 0.60 or below</p>"
)


def page(title: str, body: str, *, with_script: bool) -> str:
    """A complete HTML page around ``body`` (already escaped markup)."""
    csp = content_security_policy(with_script)
    tail = f"<script>{script()}</script>\n" if with_script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{style()}</style></head>\n"
        f"<body>\n{body}\n{tail}</body></html>\n"
    )


def _findings_list(document: Document, views: Sequence[PairView]) -> str:
    """Every finding of the document, worst first: severity, then the pair's score."""
    entries = [
        (SEVERITY_RANK[finding.severity], pair.score, number, index, finding)
        for number, (pair, view) in enumerate(zip(document.pairs, views, strict=True), start=1)
        for index, finding in enumerate(view.findings, start=1)
    ]
    entries.sort(key=lambda entry: entry[:4])
    if not entries:
        return '<p class="none">No findings.</p>'
    e = html.escape
    items = "".join(
        f'<li class="sev-{finding.severity.value}"><a href="#f{number}-{index}" '
        f'data-f="{number}-{index}"><span class="sev">{SEVERITY_SYMBOL[finding.severity]} '
        f'{finding.severity.value}</span> <span class="kind">{e(kind_label(finding.kind))}</span> '
        f'<span class="where">pair {number} · {score:.2f}</span> '
        f'<span class="msg">{e(finding.message)}</span></a></li>'
        for _, score, number, index, finding in entries
    )
    return f'<ol class="findings" id="findings-list">{items}</ol>'


def _meta_line(document: Document) -> str:
    severities = Counter(f.severity for pair in document.pairs for f in pair.findings)
    found = ", ".join(
        f"{severities[s]} {SEVERITY_SYMBOL[s]} {s.value}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if severities[s]
    )
    meta = (
        f"{len(document.text):,} characters · {len(document.segments)} segments · "
        f"{len(document.quotes)} quotations · {len(document.pairs)} pairs · "
        f"findings: {found or 'none'} · bilingua {document.meta.version}, "
        f"backend {document.meta.backend}"
    )
    return f'<p class="meta">{html.escape(meta)}</p>'


def _legend() -> str:
    keys = "".join(f"<li><kbd>{key}</kbd> {what}</li>" for key, what in KEYS)
    evidence = "".join(
        f'<li data-via="{via.value}"><b>{via.value}</b>: <span>{what}</span></li>'
        for via, what in EVIDENCE.items()
    )
    return (
        '<details class="legend" id="legend"><summary>How to read this page</summary>'
        '<div class="legend-body"><div><h4>Marks</h4><ul>'
        '<li><span class="gap gap-source first" data-mark="⊖">omitted</span> source words '
        "the rendering does not say</li>"
        '<li><span class="gap gap-target first" data-mark="⊕">added</span> rendering words '
        "the source does not say</li>"
        '<li><mark class="f sev-error last" data-n="1">350</mark> a finding (✖ error: wavy '
        "underline), its message under the row; ▲ warning: dashed; ● info: dotted</li>"
        '<li><span class="w demo">word</span> a word linked to the other side: hover or click '
        "it to see its partner and the evidence</li>"
        f"<li>Scores are faithfulness (docs/verify.md): word evidence × {_factor(Severity.ERROR)} "
        f"per error × {_factor(Severity.WARNING)} per warning × {_factor(Severity.INFO)} per "
        f"info. ✔ faithful from {FAITHFUL:.2f} · ◆ check from {DOUBTFUL:.2f} · ✖ doubtful "
        f"under {DOUBTFUL:.2f}.</li>"
        f"</ul></div><div><h4>Word-link evidence</h4><ul>{evidence}</ul></div>"
        f'<div><h4>Keys</h4><ul class="keylist">{keys}</ul></div></div></details>'
    )


def _bar(title: str, document: Document, findings: int, index_href: str | None) -> str:
    e = html.escape
    back = f'<a href="{e(index_href)}">↑ index</a>' if index_href else ""
    return (
        '<header class="bar"><span class="brand">bilingua</span>'
        f'<span class="doc-title">{e(title)}</span><nav>{back}'
        f'<a href="#findings">findings {findings}</a><a href="#pairs">pairs '
        f'{len(document.pairs)}</a><a href="#article">article</a><a href="#summary">summary</a>'
        '</nav><span class="keys"><kbd>j</kbd> <kbd>k</kbd> finding · <kbd>n</kbd> <kbd>p</kbd> '
        'pair</span><span class="status" id="status" hidden></span></header>'
    )


def render_report(
    document: Document, title: str | None = None, *, index_href: str | None = None
) -> str:
    """The review page of ``document``: one self-contained HTML page.

    Args:
        document: an analysed document.
        title: the page title; defaults to the document's source, else ``"bilingua report"``.
        index_href: a link back to a corpus index (relative URL), shown in the page's bar.

    Returns:
        The page, as a string.
    """
    title = title or document.source or "bilingua report"
    views = [
        pair_view(number, pair, document.text, document.sentences)
        for number, pair in enumerate(document.pairs, start=1)
    ]
    findings = sum(len(view.findings) for view in views)
    pairs = "".join(view.html for view in views) or '<p class="none">No pairs found.</p>'
    legend_langs = "".join(
        f'<span><span class="swatch lang-{lang_class(code)}"></span>{name}</span>'
        for code, name in (("uk", "Ukrainian"), ("en", "English"), ("other", "other"))
    )
    body = (
        f"{_bar(title, document, findings, index_href)}\n<main>\n"
        f"<h1>{html.escape(title)}</h1>\n{_meta_line(document)}\n{_legend()}\n{_PRINT_KEY}\n"
        f'<section id="findings"><h2>Findings, worst first ({findings})</h2>'
        f"{_findings_list(document, views)}</section>\n"
        f'<section id="pairs"><h2>Pairs side by side ({len(views)})</h2>\n{pairs}</section>\n'
        f'<section id="article"><h2>Article</h2><p class="legend-langs">{legend_langs}'
        "<span>each underlined passage is a pair side: it links to its side-by-side view"
        f"</span></p>{article_view(document)}</section>\n"
        f'<section id="summary"><h2>Summary</h2>{summary_tables(document)}</section>\n'
        '</main>\n<div class="wordinfo" id="wordinfo" hidden aria-live="polite"></div>'
    )
    return page(title, body, with_script=True)


def write_report(
    document: Document,
    path: str | os.PathLike[str],
    title: str | None = None,
    *,
    index_href: str | None = None,
) -> Path:
    """Write :func:`render_report` of ``document`` to ``path`` (UTF-8); returns the path."""
    target = Path(path)
    target.write_text(render_report(document, title, index_href=index_href), encoding="utf-8")
    return target


def _factor(severity: Severity) -> str:
    return f"{SEVERITY_FACTOR[severity]:.2f}"
