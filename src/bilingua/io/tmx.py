"""TMX 1.4b: a translation unit (``tu``) per pair or per sentence link.

Each ``tu`` holds a ``tuv`` per side (``xml:lang="uk"`` / ``"en"``, source side first) whose
``seg`` is the side's text, exactly as in the document. ``prop`` elements of type
``x-bilingua-…`` carry the document's ``file`` and ``sha256``, the pair (and link) index,
scores, the attribution (JSON), the sides' offsets, and for pairs every other field of the
pair (sentence and word links, as JSON), so that :func:`read_tmx` gives back the records
written. Characters that XML 1.0 forbids (C0 controls other than tab and line breaks) are
written as U+FFFD; a carriage return is written as ``&#13;`` so that parsers keep it.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from bilingua._version import __version__
from bilingua.io._records import (
    PairRecord,
    SentenceRecord,
    Unit,
    pair_records,
    sentence_records,
)
from bilingua.model import Attribution, Document, Pair, PairSide

__all__ = ["FOOTER", "header", "read_tmx", "repair_tmx", "tmx_units", "write_tmx"]

FOOTER = "</body>\n</tmx>\n"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_P = "x-bilingua-"
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PAIR_FIELDS = {"source", "target", "score", "attribution"}


def header(unit: Unit = "pair") -> str:
    """The XML declaration, ``tmx`` and ``header`` start tags and ``<body>``."""
    if unit == "document":
        raise ValueError("TMX holds pairs or sentence links: unit must be 'pair' or 'sentence'")
    head = ET.Element(
        "header",
        {
            "creationtool": "bilingua",
            "creationtoolversion": __version__,
            "segtype": "paragraph" if unit == "pair" else "sentence",
            "o-tmf": "bilingua",
            "adminlang": "en",
            "srclang": "uk",
            "datatype": "plaintext",
        },
    )
    ET.SubElement(head, "prop", {"type": _P + "unit"}).text = unit
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        + ET.tostring(head, encoding="unicode")
        + "\n<body>\n"
    )


def _clean(text: str) -> str:
    return _FORBIDDEN.sub("\ufffd", text)


def _prop(parent: ET.Element, name: str, value: object) -> None:
    ET.SubElement(parent, "prop", {"type": _P + name}).text = _clean(str(value))


def _tuv(tu: ET.Element, side: PairSide) -> None:
    tuv = ET.SubElement(tu, "tuv", {_XML_LANG: side.lang})
    _prop(tuv, "start", side.start)
    _prop(tuv, "end", side.end)
    ET.SubElement(tuv, "seg").text = _clean(side.text)


def _attribution(tu: ET.Element, attribution: Attribution | None) -> None:
    if attribution is not None:
        _prop(tu, "attribution", attribution.model_dump_json())


def _pair_tu(record: PairRecord) -> ET.Element:
    tu = ET.Element("tu", {"tuid": _clean(f"{record.file}#{record.index}")})
    _prop(tu, "file", record.file or "")
    _prop(tu, "sha256", record.sha256 or "")
    _prop(tu, "pair", record.index)
    _prop(tu, "score", repr(record.pair.score))
    _attribution(tu, record.pair.attribution)
    extra = record.pair.model_dump(mode="json", exclude=_PAIR_FIELDS)
    _prop(tu, "pair-fields", json.dumps(extra, ensure_ascii=False, separators=(",", ":")))
    _tuv(tu, record.pair.source)
    _tuv(tu, record.pair.target)
    return tu


def _sentence_tu(record: SentenceRecord) -> ET.Element:
    tu = ET.Element("tu", {"tuid": _clean(f"{record.file}#{record.pair}.{record.index}")})
    _prop(tu, "file", record.file or "")
    _prop(tu, "sha256", record.sha256 or "")
    _prop(tu, "pair", record.pair)
    _prop(tu, "index", record.index)
    _prop(tu, "score", repr(record.score))
    _prop(tu, "pair-score", repr(record.pair_score))
    _attribution(tu, record.attribution)
    _tuv(tu, record.source)
    _tuv(tu, record.target)
    return tu


def _serialise(tu: ET.Element) -> str:
    ET.indent(tu, space=" ", level=1)
    # ElementTree leaves a carriage return raw in text, where parsers turn it into "\n".
    return " " + ET.tostring(tu, encoding="unicode").replace("\r", "&#13;") + "\n"


def tmx_units(document: Document, unit: Unit = "pair", sha256: str | None = None) -> str:
    """The ``tu`` elements of one document, as one string (one write stores them)."""
    if unit == "pair":
        return "".join(_serialise(_pair_tu(r)) for r in pair_records(document, sha256))
    if unit == "sentence":
        return "".join(_serialise(_sentence_tu(r)) for r in sentence_records(document, sha256))
    raise ValueError("TMX holds pairs or sentence links: unit must be 'pair' or 'sentence'")


def write_tmx(documents: Iterable[Document], out: TextIO, unit: Unit = "pair") -> None:
    """Write a whole TMX file of ``documents`` (Documents) to ``out``."""
    out.write(header(unit))
    for document in documents:
        out.write(tmx_units(document, unit))
    out.write(FOOTER)


def _props(element: ET.Element) -> dict[str, str]:
    return {
        prop.get("type", "").removeprefix(_P): prop.text or "" for prop in element.findall("prop")
    }


def _side(tuv: ET.Element) -> PairSide:
    props = _props(tuv)
    seg = tuv.find("seg")
    return PairSide(
        start=int(props["start"]),
        end=int(props["end"]),
        text=(seg.text or "") if seg is not None else "",
        lang=tuv.get(_XML_LANG) or tuv.get("lang") or "und",
    )


def _record(tu: ET.Element) -> PairRecord | SentenceRecord:
    props = _props(tu)
    source, target = (_side(tuv) for tuv in tu.findall("tuv"))
    attribution = (
        Attribution.model_validate_json(props["attribution"]) if "attribution" in props else None
    )
    keys = {"file": props.get("file") or None, "sha256": props.get("sha256") or None}
    if "pair-score" in props:
        return SentenceRecord(
            **keys,
            pair=int(props["pair"]),
            index=int(props["index"]),
            score=float(props["score"]),
            pair_score=float(props["pair-score"]),
            source=source,
            target=target,
            attribution=attribution,
        )
    fields = json.loads(props.get("pair-fields", "{}"))
    pair = Pair.model_validate(
        {
            **fields,
            "source": source,
            "target": target,
            "score": float(props["score"]),
            "attribution": attribution,
        }
    )
    return PairRecord(**keys, index=int(props["pair"]), pair=pair)


def read_tmx(
    source: str | os.PathLike[str] | BinaryIO,
) -> Iterator[PairRecord | SentenceRecord]:
    """The records of a TMX file written by :func:`write_tmx` (path or open stream).

    Raises:
        xml.etree.ElementTree.ParseError: the file is not well-formed XML.
        KeyError, pydantic.ValidationError: a ``tu`` lacks bilingua's props.
    """
    for _, element in ET.iterparse(source, events=("end",)):
        if element.tag == "tu":
            yield _record(element)
            element.clear()


def repair_tmx(path: str | os.PathLike[str]) -> bool:
    """Cut a TMX file written by bilingua back to its last complete ``tu``, without footer.

    Used before appending to an existing (possibly interrupted) file. Returns False when
    there is nothing to keep (no complete header), in which case the file is emptied.
    """
    data = Path(path).read_bytes()
    body = data.find(b"<body>\n")
    if body < 0:
        Path(path).write_bytes(b"")
        return False
    last = data.rfind(b"</tu>\n")
    keep = max(last + len(b"</tu>\n"), body + len(b"<body>\n"))
    with Path(path).open("rb+") as stream:
        stream.truncate(keep)
    return True
