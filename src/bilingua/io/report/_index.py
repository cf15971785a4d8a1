"""Many documents: one page each and an index, worst document first.

The index lists the documents by their lowest pair score (documents without pairs last), with
their counts of findings by severity and by kind, each linking to its page. Pages are written
as they come, so a corpus of any size needs the memory of one document and one index row.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bilingua.io.report._labels import SEVERITY_SYMBOL, band, kind_label
from bilingua.io.report._page import page, write_report
from bilingua.model import Document, FindingKind, Severity

__all__ = ["IndexEntry", "entry_of", "render_index", "write_corpus_report"]

INDEX = "index.html"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class IndexEntry:
    """One document's row in the index."""

    name: str  #: the document's source, as shown
    href: str  #: its page, relative to the index
    pairs: int
    lowest: float | None  #: the lowest pair score, None without pairs
    worst: int | None  #: the number (from 1) of the pair with the lowest score
    kinds: Counter[FindingKind] = field(default_factory=Counter)
    severities: Counter[Severity] = field(default_factory=Counter)


def entry_of(document: Document, href: str, name: str | None = None) -> IndexEntry:
    """The index row of ``document``, whose page is at ``href``."""
    findings = [finding for pair in document.pairs for finding in pair.findings]
    scores = [pair.score for pair in document.pairs]
    worst = scores.index(min(scores)) + 1 if scores else None
    return IndexEntry(
        name=name or document.source or href,
        href=href,
        pairs=len(document.pairs),
        lowest=document.pairs[worst - 1].score if worst else None,
        worst=worst,
        kinds=Counter(finding.kind for finding in findings),
        severities=Counter(finding.severity for finding in findings),
    )


def _order(entry: IndexEntry) -> tuple[bool, float, str]:
    return (entry.lowest is None, entry.lowest or 0.0, entry.name)


_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _row(rank: int, entry: IndexEntry, kinds: Sequence[FindingKind]) -> str:
    e = html.escape
    if entry.lowest is None:
        score = '<td class="num score">—</td>'
    else:
        name, label = band(entry.lowest)
        score = (
            f'<td class="num score band-{name}"><a href="{e(entry.href)}#pair-{entry.worst}" '
            f'title="its lowest-scoring pair"><span class="value">{entry.lowest:.2f}</span> '
            f'<span class="band">{label}</span></a></td>'
        )
    counts = [entry.severities[s] for s in _SEVERITIES] + [entry.kinds[k] for k in kinds]
    return (
        f'<tr class="doc"><td class="num">{rank}</td><td class="name">'
        f'<a href="{e(entry.href)}">{e(entry.name)}</a></td>{score}'
        f'<td class="num">{entry.pairs}</td>'
        + "".join(f'<td class="num">{count or ""}</td>' for count in counts)
        + "</tr>"
    )


def render_index(entries: Sequence[IndexEntry], title: str = "bilingua corpus report") -> str:
    """The index page: ``entries`` sorted by their lowest pair score, lowest first."""
    e = html.escape
    kinds = [kind for kind in FindingKind if any(entry.kinds[kind] for entry in entries)]
    head = "".join(
        f'<th class="num sev-{s.value}"><span class="sev">{SEVERITY_SYMBOL[s]} {s.value}</span>'
        "</th>"
        for s in _SEVERITIES
    ) + "".join(f'<th class="num kind">{e(kind_label(kind))}</th>' for kind in kinds)
    rows = "".join(
        _row(rank, entry, kinds) for rank, entry in enumerate(sorted(entries, key=_order), start=1)
    )
    pairs = sum(entry.pairs for entry in entries)
    body = (
        f'<header class="bar"><span class="brand">bilingua</span><span class="doc-title">'
        f"{e(title)}</span></header>\n<main>\n<h1>{e(title)}</h1>\n"
        f'<p class="meta">{len(entries)} documents · {pairs} pairs · sorted by each '
        "document's lowest pair score, lowest first</p>\n"
        '<div class="scroll"><table class="summary index"><thead><tr><th class="num">#</th>'
        '<th>document</th><th class="num">lowest score</th><th class="num">pairs</th>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></div>\n</main>"
    )
    return page(title, body, with_script=False)


def page_name(number: int, source: str | None) -> str:
    """A safe, unique file name for the ``number``-th document: ``0001-article.txt.html``."""
    stem = _UNSAFE.sub("-", Path(source or "document").name).strip("-.")[:60] or "document"
    return f"{number:04d}-{stem}.html"


def write_corpus_report(
    documents: Iterable[Document],
    directory: str | os.PathLike[str],
    title: str = "bilingua corpus report",
) -> Path:
    """Write one page per document and an index into ``directory`` (created if needed).

    Args:
        documents: analysed documents, in the order their pages are numbered.
        directory: where ``index.html`` and the pages go; existing pages of the same names are
            overwritten.
        title: the index page's title.

    Returns:
        The path of ``index.html``.
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    entries = []
    for number, document in enumerate(documents, start=1):
        name = page_name(number, document.source)
        write_report(document, target / name, index_href=INDEX)
        entries.append(entry_of(document, name))
    index = target / INDEX
    index.write_text(render_index(entries, title), encoding="utf-8")
    return index
