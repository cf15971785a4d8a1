"""Which format an input is in: by its suffix, else by its first bytes.

``auto`` takes the suffix first (``.txt`` and ``.md`` text, ``.html``/``.htm``/``.xhtml``
HTML, ``.jsonl``/``.ndjson`` JSON Lines, ``.warc``/``.wet`` and their ``.gz`` web archives);
standard input and other suffixes are sniffed: a WARC header (plain or gzip-compressed), markup
that opens with an HTML tag, a first line that is a JSON object; anything else is text.
"""

from __future__ import annotations

import json
import re
import zlib

from bilingua.errors import InputError
from bilingua.reading._items import SourceFormat

__all__ = ["HEAD_BYTES", "SUFFIXES", "check_html", "format_of", "sniff"]

HEAD_BYTES = 4096  #: how much of an input sniffing looks at
SUFFIXES: dict[str, SourceFormat] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".wet": "warc",
    ".warc.gz": "warc",
    ".wet.gz": "warc",
}
_GZIP_MAGIC = b"\x1f\x8b"
# The first tag of a page: a doctype, or an element that only HTML opens with. Comments, an XML
# declaration and a BOM may come before it.
_HTML_START_RE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|base|div|p|article|main|section"
    rb"|header|nav|table|h[1-6]|script|style|blockquote|!--)\b",
    re.IGNORECASE | re.DOTALL,
)


def format_of(name: str, head: bytes) -> SourceFormat:
    """The format of an input named ``name`` (``"-"`` for stdin) starting with ``head``."""
    lower = name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix) and name != "-":
            return SUFFIXES[suffix]
    return sniff(head)


def sniff(head: bytes) -> SourceFormat:
    """The format the first bytes of an input show (see the module docstring)."""
    if head.startswith(_GZIP_MAGIC):
        return "warc" if _gunzipped_head(head).startswith(b"WARC/") else "text"
    if head.lstrip().startswith(b"WARC/"):
        return "warc"
    if _HTML_START_RE.match(head):
        return "html"
    if head.lstrip().startswith(b"{"):
        first = head.lstrip().split(b"\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "text"
        except ValueError:  # a line cut at HEAD_BYTES, or not JSON
            return "jsonl" if len(first) >= HEAD_BYTES - 64 else "text"
    return "text"


def _gunzipped_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""


def check_html(data: bytes, name: str) -> None:
    """Raise unless ``data`` looks like a page: markup, not a PDF, an image or plain text.

    Raises:
        InputError: the content is not HTML, with what it looks like instead.
    """
    head = data[:HEAD_BYTES]
    if _HTML_START_RE.match(head) or (b"<" in head and re.search(rb"</?[a-z][\w-]*[\s>/]", head)):
        return
    if head.startswith(_GZIP_MAGIC):
        what = "gzip-compressed data (gunzip it first)"
    elif head.startswith(b"%PDF"):
        what = "a PDF"
    elif b"\x00" in head:
        what = "binary data"
    elif not head.strip():
        what = "empty"
    else:
        what = "text without markup"
    raise InputError(
        f"{name}: is not HTML ({what}); read it with --input-format text if it is text"
    )
