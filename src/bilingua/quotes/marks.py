"""Pairing of quotation marks: which opening mark each closing mark closes, in one pass.

“…” "…" ‘…’ «…» „…“ „…”: a stack of at most ``_MAX_DEPTH`` open marks, cleared at a paragraph
break unless the next paragraph continues the quotation. A straight quote that could open or
close looks for a reporting clause after it (:func:`~bilingua.quotes.clauses.clause_after`):
`…against Russia, "Zelensky said` closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilingua.quotes._text import BREAK_RE, SPACES_RE, match_end
from bilingua.quotes.clauses import clause_after

__all__ = ["LOOKAHEAD", "MARKS", "MarkPair", "pair_marks"]

# How far a straight quote looks for a reporting clause after it; attribution looks as far for
# the bracket that closes a rendering after a quote.
LOOKAHEAD = 80
_MAX_DEPTH = 8  # open marks kept at once: deeper nesting is malformed text, not speech

_CLOSERS = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“”"}  # opening mark → its closers
MARKS = frozenset('"“”‘’«»„')  # attribution reads it too: a label before a rendering has none
_OPEN_AFTER = frozenset("([{<—–-/") | MARKS  # may stand right before an opening mark
_CLOSE_BEFORE = frozenset(".,;:!?…)]}>—–-/") | MARKS  # may stand right after a closing mark

# One event per quotation mark or paragraph break (a run of blank lines).
_EVENT_RE = re.compile(r"[\"“”‘’«»„]|\n(?:[^\S\n]*\n)+")


@dataclass(frozen=True, slots=True)
class MarkPair:
    """Two matched quotation marks: offsets of the opening and the closing mark."""

    open: int
    close: int
    marks: tuple[str, str]


@dataclass(slots=True)
class _Pairer:
    """Pairs quotation marks in one pass with a small stack of open marks."""

    text: str
    stack: list[int] = field(default_factory=list)  # offsets of the marks still open
    pairs: list[MarkPair] = field(default_factory=list)
    skip: int = -1  # a mark that only continues an open quotation into a new paragraph

    def feed(self, start: int, end: int) -> None:
        """Take one event of ``_EVENT_RE``: a mark, or a paragraph break."""
        if end - start > 1:
            self._paragraph_break(end)
        elif start != self.skip:
            self._mark(start)

    def _mark(self, i: int) -> None:
        text, c = self.text, self.text[i]
        if c == '"':
            self._straight(i)
        elif c in "»”" or (c in "“’" and _closes(text, i)):
            # “ closes „…“ but opens “…”; ’ between letters is an apostrophe and fails _closes.
            if not self._close(i) and c == "“" and _opens(text, i):
                self._push(i)
        elif c in "«„" or (c in "“‘" and _opens(text, i) and (c == "“" or text[i + 1].isalnum())):
            self._push(i)  # ‘ opens only before a letter or digit

    def _straight(self, i: int) -> None:
        text = self.text
        if not any(text[o] == '"' for o in self.stack):
            if _opens(text, i):
                self._push(i)
            return
        # A straight quote while one is open: straight quotes do not nest, so this closes it,
        # unless it looks like an opener (space before, word after) and a later mark in the
        # paragraph could close it; then the earlier one was never closed. The seed's
        # `Russia, "Zelensky said` (space before the close) is a close: a reporting clause follows.
        opener_like = (text[i - 1].isspace() or text[i - 1] in "([{") and _opens(text, i)
        nxt = text.find('"', i + 1) if opener_like else -1
        if nxt >= 0 and BREAK_RE.search(text, i + 1, nxt):
            nxt = -1  # the next straight quote is in another paragraph
        if (
            not opener_like
            or nxt < 0
            or text[nxt - 1].isspace()  # the next mark opens, so this one cannot stay open
            or clause_after(text, i + 1, min(i + 1 + LOOKAHEAD, nxt)) is not None
        ):
            self._close(i)
            return
        top = max(k for k, o in enumerate(self.stack) if text[o] == '"')
        del self.stack[top:]
        self._push(i)

    def _close(self, i: int) -> bool:
        closer = self.text[i]
        for k in range(len(self.stack) - 1, -1, -1):
            opener = self.text[self.stack[k]]
            if closer in _CLOSERS[opener]:
                self.pairs.append(MarkPair(self.stack[k], i, (opener, closer)))
                del self.stack[k:]  # marks opened inside and never closed are dropped
                return True
        return False

    def _push(self, i: int) -> None:
        if len(self.stack) == _MAX_DEPTH:
            del self.stack[0]
        self.stack.append(i)

    def _paragraph_break(self, end: int) -> None:
        # A quotation runs on into the next paragraph only by the continuation convention: it
        # is the only one open, and the next paragraph starts with the same opening mark.
        first = match_end(SPACES_RE, self.text, end, len(self.text))
        if len(self.stack) == 1 and self.text[first : first + 1] == self.text[self.stack[0]]:
            self.skip = first
        else:
            self.stack.clear()


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where an opening mark does: ` «word`."""
    left = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_AFTER
    return left and i + 1 < len(text) and not text[i + 1].isspace()


def _closes(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where a closing mark does: `word», `."""
    right = i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in _CLOSE_BEFORE
    return right and i > 0 and not text[i - 1].isspace()


def pair_marks(text: str) -> list[MarkPair]:
    pairer = _Pairer(text)
    for event in _EVENT_RE.finditer(text):
        pairer.feed(event.start(), event.end())
    return pairer.pairs
