"""Documents to export: the example article, and a hand-made one with text that bites."""

from __future__ import annotations

import pytest

import bilingua
from bilingua.model import Attribution, Document, Meta, Pair, PairSide, SentenceLink, Span
from tests.conftest import EXAMPLE

UK = "Він написав: <script>alert(1)</script> & «Дякую»\r\nза все ]]> \u2028кінець."
EN = "He wrote: </div> & “Thank you”\nfor everything ]]> the end."


def tricky_document() -> Document:
    """Markup, ampersands, CR LF, U+2028 and a CDATA end inside both sides of a pair."""
    text = f"Intro.\n\n{UK}\n\n{EN}\n"
    u0 = text.index(UK)
    e0 = text.index(EN)
    u_cut = u0 + UK.index("\r\n")
    e_cut = e0 + EN.index("\n")
    pair = Pair(
        source=PairSide.of(text, u0, u0 + len(UK), lang="uk"),
        target=PairSide.of(text, e0, e0 + len(EN), lang="en"),
        score=0.625,
        sentences=(
            SentenceLink(
                source=Span.of(text, u0, u_cut), target=Span.of(text, e0, e_cut), score=0.5
            ),
            SentenceLink(
                source=Span.of(text, u_cut + 2, u0 + len(UK)),
                target=Span.of(text, e_cut + 1, e0 + len(EN)),
                score=0.75,
            ),
        ),
        attribution=Attribution(speaker="Дмитро <b>", handle="@x"),
    )
    return Document(
        text=text,
        source="dir/tricky & <odd>.txt",
        pairs=(pair,),
        meta=Meta(version=bilingua.__version__, backend="rules"),
    )


@pytest.fixture(scope="session")
def example_document() -> Document:
    text = EXAMPLE.read_text(encoding="utf-8")
    return bilingua.analyze(text, source=str(EXAMPLE), backend="rules")


@pytest.fixture(scope="session")
def documents(example_document: Document) -> list[Document]:
    return [example_document, tricky_document()]
