"""The article as written, its language segments coloured and labelled, and its summary tables.

Each pair side is a link to the pair's side-by-side view, labelled with the pair's number; the
text is exactly the document's (labels are drawn by the style sheet, not written into it).
"""

from __future__ import annotations

import html
from collections import Counter

from bilingua.io.report._labels import attribution_parts, lang_class, lang_name
from bilingua.io.report._markup import Mark, markup
from bilingua.model import Document

__all__ = ["article_view", "summary_tables"]


def _segment_marks(document: Document) -> list[Mark]:
    return [
        Mark(
            segment.start,
            segment.end,
            0,
            "span",
            (
                ("class", f"seg lang-{lang_class(segment.lang)}"),
                ("title", f"{lang_name(segment.lang)} ({segment.confidence:.2f})"),
            ),
            first=(("class", "first"), ("data-lang", segment.lang)),
        )
        for segment in document.segments
    ]


def _side_marks(document: Document) -> list[Mark]:
    """Pair sides as links to their views; a side overlapping an earlier one is no link (links
    cannot nest), only an anchor."""
    marks: list[Mark] = []
    taken: list[tuple[int, int]] = []
    for number, pair in enumerate(document.pairs, start=1):
        for name, side in (("source", pair.source), ("target", pair.target)):
            overlaps = any(side.start < end and side.end > start for start, end in taken)
            taken.append((side.start, side.end))
            attrs = (
                ("class", f"side side-{name}"),
                ("title", f"pair {number}, {name} ({lang_name(side.lang)}): see it side by side"),
            )
            marks.append(
                Mark(
                    side.start,
                    side.end,
                    1,
                    "span" if overlaps else "a",
                    attrs if overlaps else (("href", f"#pair-{number}"), *attrs),
                    first=(
                        ("id", f"a{number}-{name}"),
                        ("class", "first"),
                        (
                            "data-label",
                            f"pair {number} {'source' if name == 'source' else 'rendering'}",
                        ),
                    ),
                )
            )
    return marks


def article_view(document: Document) -> str:
    """The article's text, escaped, with segments and pair sides as elements."""
    marks = [*_segment_marks(document), *_side_marks(document)]
    return f'<div class="article" id="article-text">{markup(document.text, marks)}</div>'


def _preview(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def summary_tables(document: Document) -> str:
    """Segments by language, and the quotations with their attribution."""
    e = html.escape
    counts: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for segment in document.segments:
        counts[segment.lang] += 1
        chars[segment.lang] += segment.end - segment.start
    rows = "".join(
        f'<tr><td><span class="swatch lang-{lang_class(lang)}"></span>{e(lang_name(lang))} '
        f"<code>{e(lang)}</code></td><td>{counts[lang]}</td><td>{chars[lang]:,}</td></tr>"
        for lang, _ in chars.most_common()
    )
    parts = [
        "<h3>Segments</h3>",
        '<table class="summary segments"><thead><tr><th>language</th><th>segments</th>'
        f"<th>characters</th></tr></thead><tbody>{rows}</tbody></table>",
        f"<h3>Quotations ({len(document.quotes)})</h3>",
    ]
    quotes = "".join(
        f"<tr><td>{quote.start}–{quote.end}</td><td>{e(quote.lang)}</td>"
        f"<td>{e(quote.kind.value)}</td><td>{e(_preview(quote.text))}</td>"
        f"<td>{e(' · '.join(v for _, v in attribution_parts(quote.attribution)))}</td></tr>"
        for quote in document.quotes
    )
    if quotes:
        parts.append(
            '<table class="summary quotes"><thead><tr><th>offsets</th><th>lang</th>'
            "<th>kind</th><th>text</th><th>attribution</th></tr></thead>"
            f"<tbody>{quotes}</tbody></table>"
        )
    return "\n".join(parts)
