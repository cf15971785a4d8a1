"""Text with elements around spans of it: escaped, always well formed.

A stretch of the document text is written by walking it once, with the start and end of every
:class:`Mark` as events. Where marks overlap without nesting, the inner elements are closed
and reopened at the boundary, so the HTML is always well formed; a mark can ask for attributes
on its first fragment only (an ``id``, a marker drawn before it) or on its last (a label drawn
after it). Text is escaped with :func:`html.escape` (a CR as ``&#13;``, which parsers keep),
attribute values with ``quote=True``.
"""

from __future__ import annotations

import html
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Attrs", "Mark", "attributes", "markup"]

Attrs = tuple[tuple[str, str], ...]


def attributes(attrs: Iterable[tuple[str, str]]) -> str:
    """`` name="value"`` for each pair, values escaped; ``class`` values given twice merge."""
    merged: dict[str, str] = {}
    for name, value in attrs:
        merged[name] = f"{merged[name]} {value}" if name == "class" and name in merged else value
    return "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in merged.items())


@dataclass(frozen=True, eq=False)  # compared by identity: equal marks stay distinct
class Mark:
    """An element to wrap around ``text[start:end]``: its tag, attributes and nesting rank.

    Attributes:
        start: offset of the first character covered.
        end: offset after the last one.
        rank: when two marks start together, the lower rank is opened outside the higher.
        tag: the element's tag name.
        attrs: attributes of every fragment.
        first: attributes of the first fragment only (merged into ``attrs``).
        last: attributes of the last fragment only.
    """

    start: int
    end: int
    rank: int
    tag: str
    attrs: Attrs
    first: Attrs = ()
    last: Attrs = ()

    def open(self, first: bool, last: bool) -> str:
        extra = (*(self.first if first else ()), *(self.last if last else ()))
        return f"<{self.tag}{attributes((*self.attrs, *extra))}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _escape(text: str) -> str:
    # A parser turns a raw CR (or CR LF) into LF; a character reference keeps it, so the page's
    # text is the document's, character for character.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _order(mark: Mark) -> tuple[int, int, int]:
    return (mark.start, -mark.end, mark.rank)


def markup(text: str, marks: Sequence[Mark], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` escaped, with ``marks`` (clipped to that range) as nested elements."""
    end = len(text) if end is None else end
    inside = sorted(
        (m for m in marks if m.start < end and m.end > start and m.end > m.start), key=_order
    )
    order = {mark: position for position, mark in enumerate(inside)}  # a total, stable order
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for mark in inside:
        starts[max(mark.start, start)].append(mark)
        ends[min(mark.end, end)].append(mark)
    bounds = sorted({start, end, *starts, *ends})
    stack: list[Mark] = []
    out: list[str] = []
    fragments: dict[Mark, list[int]] = defaultdict(list)  # where each fragment opens in ``out``
    for here, after in itertools.pairwise(bounds):
        wanted = [m for m in stack if m not in ends.get(here, ())]
        wanted = sorted((*wanted, *starts.get(here, ())), key=order.__getitem__)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(mark.close() for mark in reversed(stack[keep:]))
        for mark in wanted[keep:]:
            fragments[mark].append(len(out))
            out.append("")  # filled in below, once it is known which fragment is the last
        stack = wanted
        out.append(_escape(text[here:after]))
    out.extend(mark.close() for mark in reversed(stack))
    for mark, positions in fragments.items():
        for number, position in enumerate(positions):
            out[position] = mark.open(number == 0, number == len(positions) - 1)
    return "".join(out)
