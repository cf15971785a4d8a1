"""``analyze`` end to end: the seed article, the bundled example, and properties for any str."""

from __future__ import annotations

import datetime as dt
import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilingua import Document, InputError, QuoteKind, __version__, analyze

# Text made of the pieces that matter here: both scripts, quote marks, apostrophes, dashes,
# handles, line breaks, emoji and combining marks.
PIECES = st.sampled_from(
    [
        "Слава",
        "Україні",
        "пам’ять",
        "з'явилася",
        "він",
        "сказав",
        "Они",
        "это",
        "the",
        "said",
        "Zelensky",
        "don't",
        "že",
        "řekl",
        "@POTUS",
        "#tag",
        "https://t.co/x",
        "2022",
        "6 березня 2022 р.",
        "March 6, 2022",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\u00a0",
        ".",
        ",",
        ":",
        "—",
        "-",
        "«",
        "»",
        "„",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "ʼ",
        "×",
        "🇺🇦",
        "й",
        "\u0306",
        "\u200d",
        "(",
        ")",
    ]
)
MIXED_TEXT = st.lists(PIECES, max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), MIXED_TEXT)


def assert_invariants(document: Document) -> None:
    text = document.text
    for span in document.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    segments = document.segments
    for previous, current in itertools.pairwise(segments):
        assert previous.end <= current.start
    starts = [quote.start for quote in document.quotes]
    assert starts == sorted(starts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_gives_a_valid_deterministic_document(text: str) -> None:
    document = analyze(text, backend="rules")
    assert_invariants(document)
    covered = {i for segment in document.segments for i in range(segment.start, segment.end)}
    assert all(i in covered for i, char in enumerate(text) if char.isalpha())
    assert analyze(text, backend="rules") == document


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED_TEXT)
def test_stanza_backend_keeps_the_invariants(text: str) -> None:
    if not os.environ.get("BILINGUA_STANZA_DIR"):
        pytest.skip("BILINGUA_STANZA_DIR is not set: no stanza models to run")
    document = analyze(text, backend="stanza")
    assert_invariants(document)
    assert analyze(text, backend="stanza") == document


@settings(max_examples=100, deadline=None)
@given(MIXED_TEXT)
def test_json_round_trip_for_generated_text(text: str) -> None:
    document = analyze(text, backend="rules")
    assert Document.model_validate_json(document.model_dump_json()) == document


def test_non_string_input_is_a_clear_error() -> None:
    try:
        analyze(None)  # type: ignore[arg-type]
    except InputError as error:
        assert "takes a str" in str(error)
    else:
        raise AssertionError("analyze(None) did not raise InputError")


def test_meta_records_the_version() -> None:
    assert analyze("Hello").meta.version == __version__


def test_seed_article(seed_text: str) -> None:
    document = analyze(seed_text)
    assert_invariants(document)
    embeds = [q for q in document.quotes if q.kind is QuoteKind.EMBED]
    assert len(embeds) == 1
    embed = embeds[0]
    assert embed.text.startswith("У межах")
    assert embed.lang == "uk"
    assert embed.attribution is not None
    assert embed.attribution.handle == "@ZelenskyyUa"
    assert embed.attribution.date == dt.date(2022, 3, 6)
    english = [q for q in document.quotes if q.text.startswith("As part of")]
    assert len(english) == 1
    assert english[0].lang == "en"
    assert english[0].attribution is not None
    assert english[0].attribution.speaker == "Zelensky"
    uk_segments = [s for s in document.segments if s.lang == "uk"]
    assert len(uk_segments) == 1 and uk_segments[0].text.startswith("У межах")


def test_bundled_example(example_text: str) -> None:
    document = analyze(example_text)
    assert_invariants(document)
    embed = next(q for q in document.quotes if q.kind is QuoteKind.EMBED)
    assert embed.text.startswith("Поговорив з @JosepBorrell")
    assert embed.attribution is not None
    assert embed.attribution.handle == "@DmytroKuleba"
    assert embed.attribution.date == dt.date(2022, 4, 14)
    ukrainian_quote = next(q for q in document.quotes if q.text.startswith("Ми не віддамо"))
    assert ukrainian_quote.lang == "uk"
    assert ukrainian_quote.attribution is not None
    assert ukrainian_quote.attribution.speaker == "Зеленський"


@pytest.mark.parametrize(
    "text",
    [
        "." * 100_000 + "a",
        "a." * 50_000 + "@",
        '"' * 50_000 + "a",
        "«" * 50_000 + "a" + "»" * 10,
        "a'" * 50_000,
        "— " * 50_000 + "(@x) March 6, 2022",
        "сказав: «" * 20_000,
        "http://" * 20_000,
    ],
    ids=[
        "dots",
        "email",
        "straight-quotes",
        "guillemets",
        "apostrophes",
        "dashes",
        "verbs",
        "urls",
    ],
)
def test_adversarial_input_is_linear(text: str) -> None:
    # Each of these made an earlier pattern rescan the text from every position (quadratic:
    # minutes at this size); linear code finishes in well under a second.
    document = analyze(text, backend="rules")
    assert_invariants(document)
