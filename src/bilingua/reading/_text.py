"""The text a page gives, built block by block: breaks between blocks, hints, dropped paragraphs.

Blocks are separated by one blank line, lines inside a block (``<br>``, the lines of an embed)
by one line break; runs of HTML whitespace inside a block become one space, and no paragraph
starts or ends with a space. A paragraph (the text between two blank lines) is dropped when it
is navigation rather than prose: nearly all of its characters are link text
(:data:`LINK_SHARE`), or it has no letter or digit at all (separators, a lone ``&nbsp;``).
"""

from __future__ import annotations

import re

__all__ = ["LINK_SHARE", "TextBuilder"]

# A paragraph whose characters are at least this share link text is a menu, a list of related
# stories or a tag cloud. Chosen on what such blocks are (all links, a separator or two) and on
# what prose is (a link or two in a sentence): not fitted to any data set.
LINK_SHARE = 0.8
_SPACE_RE = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace (not U+00A0, which is kept)
_LINE, _PARAGRAPH = 1, 2


class TextBuilder:
    """Collects a page's text; offsets of the text written so far are final once written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.hints: list[list[int | str]] = []  # [start, end, lang], sorted, disjoint
        self._pending = 0  # the break owed before the next text: line or paragraph
        self._space = False  # a space owed before the next text
        self._mark = (0, 0, 0)  # parts, size and hints before the current paragraph
        self._chars = self._link_chars = 0
        self._alnum = self._keep = False

    def line(self) -> None:
        """A line break before the next text (``<br>``)."""
        self._pending = max(self._pending, _LINE)
        self._space = False

    def paragraph(self) -> None:
        """A blank line before the next text (the edge of a block)."""
        self._pending = _PARAGRAPH
        self._space = False

    def pending_line(self) -> bool:
        """Whether a line break (and no text) came last: a second ``<br>`` makes a paragraph."""
        return self._pending == _LINE

    def add(
        self, chunk: str, lang: str | None = None, *, link: bool = False, keep: bool = False
    ) -> None:
        """Write ``chunk`` (HTML whitespace collapsed) in the current paragraph.

        Args:
            chunk: text as the markup holds it.
            lang: the language the markup declares for it, recorded as a hint.
            link: the text is a link's (it counts towards dropping the paragraph).
            keep: the paragraph is never dropped (an embed's passage and signature).
        """
        chunk = _SPACE_RE.sub(" ", chunk)
        if chunk.startswith(" "):
            self._space = self._pending == 0
            chunk = chunk[1:]
        if not chunk:
            return
        owed_space = chunk.endswith(" ")
        self._write(chunk.removesuffix(" "), lang, link, keep)
        self._space = owed_space

    def add_raw(self, chunk: str, lang: str | None = None) -> None:
        """Write ``chunk`` as it is (the inside of ``<pre>``)."""
        if chunk:
            self._write(chunk, lang, False, False)

    def _write(self, chunk: str, lang: str | None, link: bool, keep: bool) -> None:
        if self._pending == _PARAGRAPH or not self.parts:
            self._close_paragraph()
            separator = "\n\n" if self.size else ""
        else:
            separator = "\n" if self._pending == _LINE else " " if self._space else ""
        self._pending, self._space = 0, False
        if separator:
            self.parts.append(separator)
            self.size += len(separator)
        start = self.size
        self.parts.append(chunk)
        self.size += len(chunk)
        if lang is not None:
            last = self.hints[-1] if self.hints else None
            if last is not None and last[2] == lang and int(last[1]) >= start - len(separator):
                last[1] = self.size
            else:
                self.hints.append([start, self.size, lang])
        visible = len(chunk) - chunk.count(" ")
        self._chars += visible
        self._link_chars += visible if link else 0
        self._alnum = self._alnum or any(c.isalnum() for c in chunk)
        self._keep = self._keep or keep

    def _close_paragraph(self) -> None:
        """Drop the paragraph just finished if it is navigation; start a new one."""
        navigation = self._chars and self._link_chars >= LINK_SHARE * self._chars
        if self.parts and not self._keep and (navigation or not self._alnum):
            parts, self.size, hints = self._mark
            del self.parts[parts:]
            del self.hints[hints:]
        self._mark = (len(self.parts), self.size, len(self.hints))
        self._chars = self._link_chars = 0
        self._alnum = self._keep = False

    def finish(self) -> tuple[str, list[tuple[int, int, str]]]:
        """The text and its hints ``(start, end, lang)``."""
        self._close_paragraph()
        text = "".join(self.parts)
        return text, [(int(start), int(end), str(lang)) for start, end, lang in self.hints]
