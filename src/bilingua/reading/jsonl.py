"""JSON Lines corpora: one document per line, its text in a chosen field.

A line is named ``path#line`` (its line number, from 1); blank lines are skipped. A line that is
not a JSON object with a string in the text field is a failure of that line alone: the lines
after it are read. A string ``url`` field is kept as the document's URL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from bilingua.reading._items import Item, Unread

__all__ = ["jsonl_items"]


def jsonl_items(stream: IO[bytes], name: str, text_field: str) -> Iterator[Item | Unread]:
    """The documents of the JSON Lines in ``stream`` (see the module docstring)."""
    for number, raw in enumerate(stream, start=1):
        where = f"{name}#{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Unread(where, f"not UTF-8 (byte offset {error.start} of the line)", True)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Unread(where, f"not JSON ({error.msg})", True)
            continue
        text = record.get(text_field) if isinstance(record, dict) else None
        if not isinstance(text, str):
            yield Unread(where, f"no string field {text_field!r} (see --text-field)", True)
            continue
        url = record.get("url")
        yield Item.of(where, "jsonl", text, url=url if isinstance(url, str) else None)
