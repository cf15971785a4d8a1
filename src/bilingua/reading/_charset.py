"""Bytes to text: the charset a document declares, or the one asked for, and strict decoding.

For HTML the charset is, in order (the HTML standard's order, without its guessing): the one
given with ``--encoding``, a byte-order mark, the HTTP ``Content-Type`` header of an archived
response, a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in the first
:data:`PRESCAN_BYTES` bytes, else UTF-8. Text files are UTF-8 unless told otherwise. Decoding is
strict: a byte that does not decode is an error naming the file, the byte and the charset, never
a replacement character.
"""

from __future__ import annotations

import codecs
import re

from bilingua.errors import InputError

__all__ = ["PRESCAN_BYTES", "decode", "html_charset"]

# The standard prescans 1,024 bytes; pages with long heads (inline scripts, many <link>s) put
# the meta later, and browsers re-parse when they meet it: 4,096 covers those at no cost.
PRESCAN_BYTES = 4096
_META_RE = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels that the HTML standard reads as another charset: pages labelled latin-1 or ASCII are
# windows-1252 in practice, and a UTF-16 label in an ASCII-compatible page cannot be right.
_HTML_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def decode(data: bytes, name: str, encoding: str, declared_by: str = "") -> str:
    """Bytes to text, naming the file and byte offset of undecodable input; drops a BOM.

    Args:
        data: the raw bytes.
        name: the file (and record), for messages.
        encoding: a codec name Python knows.
        declared_by: where ``encoding`` came from (``"<meta charset>"``), for messages.

    Raises:
        InputError: ``encoding`` is unknown, or a byte does not decode.
    """
    where = f" (declared by {declared_by})" if declared_by else ""
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except LookupError:
        hint = "pass the right one with --encoding" if declared_by else "see --encoding"
        raise InputError(f"{name}: unknown encoding {encoding!r}{where}; {hint}") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode byte {data[error.start]:#04x} at byte offset {error.start} "
            f"as {encoding}{where}; pass the file's encoding with --encoding"
        ) from None


def html_charset(data: bytes, http_charset: str | None, override: str | None) -> tuple[str, str]:
    """The charset to read an HTML document in, and what declared it (for messages)."""
    if override:
        return override, ""
    for bom, charset in _BOMS:
        if data.startswith(bom):
            return charset, "its byte-order mark"
    if http_charset:
        return _html_label(http_charset), "the HTTP Content-Type header"
    meta = _META_RE.search(data, 0, PRESCAN_BYTES)
    if meta is not None:
        return _html_label(meta.group(1).decode("ascii", "replace")), "<meta charset>"
    return "utf-8", ""


def _html_label(label: str) -> str:
    label = label.strip().lower()
    return _HTML_ALIASES.get(label, label)
