"""The document model: offsets are checked, objects are frozen, JSON round-trips."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from bilingua import Attribution, Document, Meta, Quote, QuoteKind, Script, Segment, Span

TEXT = "«Дякую», — написав він. Thanks, he wrote."


def test_span_of_takes_the_text_from_the_offsets() -> None:
    span = Span.of(TEXT, 1, 6)
    assert span.text == "Дякую"


def test_span_rejects_text_of_the_wrong_length_and_reversed_offsets() -> None:
    with pytest.raises(ValidationError, match="covers"):
        Span(start=0, end=3, text="ab")
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=3, end=1, text="")


def test_document_rejects_a_span_that_does_not_match_its_text() -> None:
    wrong = Segment(start=0, end=5, text="Дякую", lang="uk", confidence=1, script=Script.CYRILLIC)
    with pytest.raises(ValidationError, match="does not match"):
        Document(text=TEXT, segments=(wrong,), meta=Meta(version="x"))


def test_nested_attribution_span_is_checked_too() -> None:
    bad = Attribution(speaker="він", span=Span(start=0, end=3, text="abc"))
    quote = Quote.of(TEXT, 1, 6, lang="uk", kind=QuoteKind.QUOTED, attribution=bad)
    with pytest.raises(ValidationError, match="does not match"):
        Document(text=TEXT, quotes=(quote,), meta=Meta(version="x"))


def test_objects_are_frozen() -> None:
    span = Span.of(TEXT, 1, 6)
    with pytest.raises(ValidationError):
        span.start = 2  # type: ignore[misc]


def test_lang_codes_are_validated() -> None:
    with pytest.raises(ValidationError):
        Segment.of(TEXT, 1, 6, lang="Ukrainian", confidence=1, script=Script.CYRILLIC)


def test_json_round_trip_is_lossless() -> None:
    attribution = Attribution(
        speaker="він",
        handle="@someone",
        date=dt.date(2022, 3, 6),
        platform="twitter",
        span=Span.of(TEXT, 11, 22),
    )
    document = Document(
        text=TEXT,
        source="x.txt",
        segments=(Segment.of(TEXT, 1, 22, lang="uk", confidence=0.9, script=Script.CYRILLIC),),
        quotes=(
            Quote.of(
                TEXT,
                1,
                6,
                lang="uk",
                kind=QuoteKind.QUOTED,
                marks=("«", "»"),
                attribution=attribution,
            ),
        ),
        meta=Meta(version="1", backend="rules", options={"k": "v"}),
    )
    assert Document.model_validate_json(document.model_dump_json()) == document
    dumped = document.model_dump(mode="json")
    assert dumped["quotes"][0]["attribution"]["date"] == "2022-03-06"
    assert Document.model_validate(dumped) == document
