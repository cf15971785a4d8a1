"""A self-contained HTML report of one analysed document.

The article is shown with its language segments coloured; each pair's two sides are linked
(clicking one highlights the other), sentence links and word links light up their partners on
hover, and verification findings (``Pair.findings``, when present) are marked with their
messages. A summary lists segments by language, quotations, and pairs with score, attribution
and findings. CSS and JavaScript are inline and the page makes no request of its own.

The article's text is always escaped with :func:`html.escape`: a document containing
``<script>`` or ``</div>`` shows it as text. The marked-up article is built by walking the text
once, with the start and end of every span as events; where spans overlap without nesting, the
inner elements are closed and reopened at the boundary, so the HTML is always well formed.
"""

from __future__ import annotations

import html
import itertools
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bilingua.model import Attribution, Document, Finding, Pair

__all__ = ["render_report", "write_report"]


@dataclass(frozen=True, eq=False)  # compared by identity: equal marks stay distinct
class _Mark:
    """An element to wrap around ``text[start:end]``: its tag, attributes and nesting rank."""

    start: int
    end: int
    rank: int  #: lower ranks are opened outside higher ones when both start together
    tag: str
    attrs: tuple[tuple[str, str], ...]
    anchor: str | None = None  #: an ``id`` given to the first element of this mark only

    def open(self, first: bool) -> str:
        attrs = self.attrs
        if first and self.anchor is not None:
            attrs = (("id", self.anchor), *attrs)
        rendered = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs)
        return f"<{self.tag}{rendered}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _order(mark: _Mark) -> tuple[int, int, int]:
    return (mark.start, -mark.end, mark.rank)


def _marks(document: Document) -> list[_Mark]:
    """Every element of the article: segments, pair sides, sentence and word links, findings."""
    marks: list[_Mark] = []
    for segment in document.segments:
        marks.append(
            _Mark(
                segment.start,
                segment.end,
                0,
                "span",
                (
                    ("class", f"seg lang-{_lang_class(segment.lang)}"),
                    ("title", f"{segment.lang} ({segment.confidence:.2f})"),
                ),
            )
        )
    sentences: dict[tuple[int, int], list[str]] = defaultdict(list)
    words: dict[tuple[int, int], list[str]] = defaultdict(list)
    for number, pair in enumerate(document.pairs):
        for side_name in ("source", "target"):
            side = getattr(pair, side_name)
            marks.append(
                _Mark(
                    side.start,
                    side.end,
                    1,
                    "span",
                    (
                        ("class", f"side side-{side_name}"),
                        ("data-p", str(number)),
                        ("data-side", side_name),
                        ("title", f"pair {number + 1}, {side_name} ({side.lang})"),
                    ),
                    anchor=f"p{number}-{side_name}",
                )
            )
        for index, link in enumerate(pair.sentences):
            for span in (link.source, link.target):
                sentences[(span.start, span.end)].append(f"{number}-{index}")
        for index, word in enumerate(pair.words):
            for span in (word.source, word.target):
                words[(span.start, span.end)].append(f"{number}-{index}")
        for finding in _findings(pair):
            for spot in (finding.source, finding.target):
                if spot is not None:
                    marks.append(
                        _Mark(
                            spot.start,
                            spot.end,
                            4,
                            "mark",
                            (
                                ("class", f"finding sev-{finding.severity.value}"),
                                ("title", f"{finding.severity.value}: {finding.message}"),
                            ),
                        )
                    )
    for (start, end), keys in sentences.items():
        marks.append(_Mark(start, end, 2, "span", (("class", "sent"), ("data-s", " ".join(keys)))))
    for (start, end), keys in words.items():
        marks.append(_Mark(start, end, 3, "span", (("class", "word"), ("data-w", " ".join(keys)))))
    return [mark for mark in marks if mark.end > mark.start]


def _lang_class(lang: str) -> str:
    return lang if lang in ("uk", "en", "und") else "other"


def _findings(pair: Pair) -> Sequence[Finding]:
    """The pair's findings; older models have no such field."""
    return tuple(getattr(pair, "findings", None) or ())


def _article(text: str, marks: Iterable[_Mark]) -> str:
    """``text`` escaped, with ``marks`` as well-formed, properly nested elements."""
    marks = sorted(marks, key=_order)
    order = {mark: position for position, mark in enumerate(marks)}  # a total, stable order
    starts: dict[int, list[_Mark]] = defaultdict(list)
    ends: dict[int, list[_Mark]] = defaultdict(list)
    for mark in marks:
        starts[mark.start].append(mark)
        ends[mark.end].append(mark)
    bounds = sorted({0, len(text), *starts, *ends})
    active: set[_Mark] = set()
    opened: set[_Mark] = set()
    stack: list[_Mark] = []
    out: list[str] = []
    for here, after in itertools.pairwise(bounds):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        wanted = sorted(active, key=order.__getitem__)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(mark.close() for mark in reversed(stack[keep:]))
        for mark in wanted[keep:]:
            out.append(mark.open(mark not in opened))
            opened.add(mark)
        stack = wanted
        out.append(html.escape(text[here:after], quote=False))
    out.extend(mark.close() for mark in reversed(stack))
    return "".join(out)


def _attribution(attribution: Attribution | None) -> str:
    if attribution is None:
        return ""
    parts = [
        attribution.speaker or "",
        attribution.handle or "",
        attribution.date.isoformat() if attribution.date else "",
        f"on {attribution.platform}" if attribution.platform else "",
    ]
    return " ".join(part for part in parts if part)


def _preview(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _summary(document: Document) -> str:
    e = html.escape
    counts: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for segment in document.segments:
        counts[segment.lang] += 1
        chars[segment.lang] += segment.end - segment.start
    rows = "".join(
        f'<tr><td><span class="swatch lang-{_lang_class(lang)}"></span>{e(lang)}</td>'
        f"<td>{counts[lang]}</td><td>{chars[lang]:,}</td></tr>"
        for lang, _ in chars.most_common()
    )
    parts = [
        "<h2>Segments</h2>",
        '<table class="summary segments"><thead><tr><th>language</th><th>segments</th>'
        f"<th>characters</th></tr></thead><tbody>{rows}</tbody></table>",
    ]
    quotes = "".join(
        f"<tr><td>{quote.start}–{quote.end}</td><td>{e(quote.lang)}</td>"
        f"<td>{e(quote.kind.value)}</td><td>{e(_preview(quote.text))}</td>"
        f"<td>{e(_attribution(quote.attribution))}</td></tr>"
        for quote in document.quotes
    )
    parts.append(f"<h2>Quotations ({len(document.quotes)})</h2>")
    if quotes:
        parts.append(
            '<table class="summary quotes"><thead><tr><th>offsets</th><th>lang</th>'
            "<th>kind</th><th>text</th><th>attribution</th></tr></thead>"
            f"<tbody>{quotes}</tbody></table>"
        )
    pairs = []
    for number, pair in enumerate(document.pairs):
        findings = "".join(
            f'<li class="sev-{e(f.severity.value)}"><b>{e(f.severity.value)}</b> '
            f"{e(f.kind.value)}: {e(f.message)}</li>"
            for f in _findings(pair)
        )
        pairs.append(
            f'<tr class="pair-row" data-p="{number}"><td>'
            f'<a href="#p{number}-source">{number + 1}</a></td>'
            f"<td>{e(pair.source.lang)}→{e(pair.target.lang)}</td><td>{pair.score:.2f}</td>"
            f"<td>{len(pair.sentences)}</td><td>{len(pair.words)}</td>"
            f"<td>{e(_preview(pair.source.text, 60))}</td>"
            f"<td>{e(_preview(pair.target.text, 60))}</td>"
            f"<td>{e(_attribution(pair.attribution))}</td>"
            f"<td>{f'<ul>{findings}</ul>' if findings else ''}</td></tr>"
        )
    parts.append(f"<h2>Pairs ({len(document.pairs)})</h2>")
    if pairs:
        parts.append(
            '<table class="summary pairs"><thead><tr><th>#</th><th>langs</th><th>score</th>'
            "<th>sentence links</th><th>word links</th><th>source</th><th>target</th>"
            f"<th>attribution</th><th>findings</th></tr></thead><tbody>{''.join(pairs)}"
            "</tbody></table>"
        )
    return "\n".join(parts)


_CSS = """
body{font:15px/1.55 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;
color:#1d1d1f;background:#fff}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
.meta{color:#666;font-size:.85rem}
.legend span{margin-right:1rem}
.article{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem;
background:#fcfcfc}
.seg.lang-uk,.swatch.lang-uk{background:#dcebff}.seg.lang-en,.swatch.lang-en{background:#fff3c4}
.seg.lang-other,.swatch.lang-other{background:#eadcf5}.seg.lang-und,.swatch.lang-und{background:#eee}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-1px;
border:1px solid #bbb}
.side{border-bottom:2px solid #6a8;cursor:pointer}
.side-target{border-bottom-style:dashed}
.side.hl{outline:2px solid #e07000;background:#ffe2c2}
.sent.hl-s{box-shadow:inset 0 -3px 0 #3a7}
.word.hl-w{background:#ffb347;border-radius:2px}
mark.finding{background:none;text-decoration:underline wavy #c00;text-underline-offset:3px}
mark.finding.sev-info{text-decoration-color:#888}
mark.finding.sev-warning{text-decoration-color:#d80}
table.summary{border-collapse:collapse;font-size:.88rem;margin-bottom:.6rem}
table.summary th,table.summary td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;
vertical-align:top}
table.summary th{background:#f3f3f3}
tr.pair-row.hl{background:#ffe2c2}
table.quotes td:first-child{white-space:nowrap}
table.summary ul{margin:0;padding-left:1rem}
li.sev-error b{color:#c00}li.sev-warning b{color:#b60}li.sev-info b{color:#666}
"""

_JS = """
(function(){
  function all(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
  function pick(p){
    all('.hl').forEach(function(el){el.classList.remove('hl');});
    if(p===null)return;
    all('.side[data-p="'+p+'"], tr.pair-row[data-p="'+p+'"]').forEach(function(el){
      el.classList.add('hl');
    });
  }
  document.addEventListener('click',function(ev){
    var side=ev.target.closest('.side, tr.pair-row');
    if(!side){pick(null);return;}
    var p=side.getAttribute('data-p');
    pick(side.classList.contains('hl')&&side.classList.contains('side')?null:p);
  });
  function hover(attr,cls,on){
    return function(ev){
      var el=ev.target.closest('['+attr+']');
      if(!el)return;
      el.getAttribute(attr).split(' ').forEach(function(key){
        all('['+attr+'~="'+key+'"]').forEach(function(x){x.classList.toggle(cls,on);});
      });
    };
  }
  document.addEventListener('mouseover',hover('data-w','hl-w',true));
  document.addEventListener('mouseout',hover('data-w','hl-w',false));
  document.addEventListener('mouseover',hover('data-s','hl-s',true));
  document.addEventListener('mouseout',hover('data-s','hl-s',false));
})();
"""


def render_report(document: Document, title: str | None = None) -> str:
    """The HTML report of ``document``: one self-contained page.

    Args:
        document: an analysed document.
        title: the page title; defaults to the document's source, else ``"bilingua report"``.

    Returns:
        The page, as a string.
    """
    title = title or document.source or "bilingua report"
    e = html.escape
    findings = sum(len(_findings(pair)) for pair in document.pairs)
    meta = (
        f"{len(document.text):,} characters · {len(document.segments)} segments · "
        f"{len(document.quotes)} quotations · {len(document.pairs)} pairs · "
        f"{findings} findings · bilingua {document.meta.version}, "
        f"backend {document.meta.backend}"
    )
    legend = (
        '<p class="legend"><span><span class="swatch lang-uk"></span>Ukrainian</span>'
        '<span><span class="swatch lang-en"></span>English</span>'
        '<span><span class="swatch lang-other"></span>other</span>'
        "<span>click a pair side (underlined) to highlight its partner; hover a word to see "
        "its aligned word; wavy underline: a finding (hover for its message)</span></p>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{e(title)}</title>\n<style>{_CSS}</style></head>\n<body>\n"
        f'<h1>{e(title)}</h1>\n<p class="meta">{e(meta)}</p>\n{legend}\n'
        f'<div class="article" id="article">{_article(document.text, _marks(document))}</div>\n'
        f"{_summary(document)}\n<script>{_JS}</script>\n</body></html>\n"
    )


def write_report(
    document: Document, path: str | os.PathLike[str], title: str | None = None
) -> Path:
    """Write :func:`render_report` of ``document`` to ``path`` (UTF-8); returns the path."""
    target = Path(path)
    target.write_text(render_report(document, title), encoding="utf-8")
    return target
