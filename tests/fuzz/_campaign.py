"""The fuzzing campaign: hostile text, and every check one input goes through.

Shared by the bounded CI run (``tests/fuzz/test_fuzz.py``) and the long run
(``benchmarks/fuzz.py``). An input is text as pages, posts, transcripts and broken decoders
leave it: both scripts, real sentences and their renderings, quotation marks of every kind
and count, apostrophe variants, stress and other combining marks, Latin/Cyrillic look-alikes
inside words, soft hyphens, zero-width characters, no-break spaces, a BOM, NUL and other
control characters, lone surrogates (``surrogateescape``), emoji sequences, handles and URLs,
runs without spaces, and arbitrary code points.

:func:`check` runs one input through ``detect``, ``find_quotes``, ``analyze``,
``verify_translation``, the exporters and the readers, and returns what went wrong, by kind:
``crash`` (an exception other than the library's own clear ones), ``offsets`` (a span whose
text is not the text at its offsets, or segments out of order), ``roundtrip`` (a reader does
not give back what the writer wrote), ``determinism`` (a second call differs).
"""

from __future__ import annotations

import io
import itertools
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hypothesis import strategies as st

from bilingua import Document, InputError, analyze, detect, verify_translation
from bilingua.io import (
    read_documents,
    read_pair_records,
    read_tmx,
    read_tsv,
    write_jsonl,
    write_tmx,
    write_tsv,
)
from bilingua.io.moses import moses_lines
from bilingua.model import Span
from bilingua.quotes import find_quotes

__all__ = ["Problems", "check", "hostile_text", "pair_texts"]

# Real sentences and their renderings, so that pairing, alignment and verification run too.
_UK = (
    "Київ — це Європа, і ми пам’ятаємо кожного загиблого захисника України.",
    "Президент заявив, що переговори з партнерами тривають.",
    "У неділю ввечері в місті лунала повітряна тривога.",
    "Ми не віддамо жодного метра нашої землі",
    "Дякую всім, хто допомагає нашим військовим!",
)
_EN = (
    "Kyiv is Europe, and we remember every fallen defender of Ukraine.",
    "The president said that talks with partners are continuing.",
    "On Sunday evening an air raid alert sounded in the city.",
    "We will not give up a single metre of our land",
    "Thank you to everyone who helps our military!",
)
_ATOMS = (
    # words of both scripts and their neighbours
    "Слава",
    "Україні",
    "пам’ять",
    "з'явилася",
    "памʼять",
    "пам`ять",
    "він",
    "сказав",
    "це",
    "Они",
    "это",
    "ещё",
    "the",
    "said",
    "Zelensky",
    "don't",
    "don’t",
    "že",
    "řekl",
    "München",
    # look-alikes: a Latin K, i, o in Cyrillic words; a Cyrillic а, е in Latin ones
    "Kиїв",
    "Miсто",
    "пoвідомив",
    "Ukrаine",
    "Еurope",
    "KOT",
    "ТОР",
    # stress and other combining marks, decomposed letters
    "Украї́на",
    "Є́вропа",
    "\u0301",
    "\u0306",
    "\u0308",
    "и\u0306",
    "і\u0308",
    "e\u0301\u0301",
    # invisible characters
    "\u00ad",
    "Укра\u00adїна",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00a0",
    "\u202f",
    "\u2028",
    "\u2029",
    # control characters, NUL, DEL, C1, lone surrogates
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\ufffe",
    "\udc80",
    "\udcff",
    "\ud800",
    "\udbff",
    # quotation marks of every kind, apostrophes, dashes, brackets
    "«",
    "»",
    "„",
    "“",
    "”",
    "‟",
    '"',
    "'",
    "‘",
    "’",
    "ʼ",
    "`",
    "‹",
    "›",
    "—",
    "–",
    "-",
    "--",
    "(",
    ")",
    "[",
    "]",
    ":",
    ";",
    ".",
    ",",
    "!",
    "?",
    "…",
    "...",
    # what posts and pages carry
    "@POTUS",
    "#StandWithUkraine",
    "https://t.co/x?a=1",
    "user@example.com",
    "🇺🇦",
    "👨\u200d👩\u200d👧",
    "👍🏽",
    "2022",
    "6 березня 2022 р.",
    "March 6, 2022",
    "1,4 млн",
    "$2.75",
    "30%",
    "— Volodymyr Zelensky (@ZelenskyyUa) March 6, 2022",
    "English translation:",
    "Переклад:",
    # spaces and breaks
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\n \n",
)


def _long_run(alphabet: str) -> st.SearchStrategy[str]:
    """A run without spaces: a URL-less word, a base64 blob, a line of one mark."""
    return st.builds(lambda n, c: c * n, st.integers(1, 400), st.sampled_from(alphabet))


_PIECE = st.one_of(
    st.sampled_from(_ATOMS),
    st.sampled_from(_UK),
    st.sampled_from(_EN),
    _long_run("аїAx«»\"'—.\u0301\u00ad"),
    st.text(max_size=8),  # any code point hypothesis draws (not surrogates: those are atoms)
)


@st.composite
def hostile_text(draw: st.DrawFn, max_pieces: int = 60) -> str:
    """Text built of the atoms above, real sentences and arbitrary characters."""
    return "".join(draw(st.lists(_PIECE, max_size=max_pieces)))


@st.composite
def pair_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A Ukrainian text and an English one, both spoilt by hostile atoms."""
    uk = draw(st.lists(st.sampled_from(_UK), min_size=1, max_size=3))
    en = draw(st.lists(st.sampled_from(_EN), min_size=1, max_size=3))
    noise = draw(st.lists(st.sampled_from(_ATOMS), max_size=6))
    spoilt = [*uk, *noise] if draw(st.booleans()) else [*noise, *uk]
    return " ".join(spoilt), "\n".join(en)


@dataclass
class Problems:
    """What went wrong over a campaign, by kind, with the first few messages of each."""

    inputs: int = 0
    unrepresentable: int = 0  # texts JSON cannot hold as they are (a surrogate pair in a str)
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("crash", "offsets", "roundtrip", "determinism"), 0)
    )
    examples: list[str] = field(default_factory=list)

    def add(self, kind: str, message: str) -> None:
        self.counts[kind] += 1
        if len(self.examples) < 20:
            self.examples.append(f"{kind}: {message}")

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def merge(self, other: Problems) -> None:
        self.inputs += other.inputs
        self.unrepresentable += other.unrepresentable
        for kind, count in other.counts.items():
            self.counts[kind] += count
        self.examples.extend(other.examples[: max(0, 20 - len(self.examples))])


def _spans_fit(text: str, spans: Iterable[Span]) -> str | None:
    for span in spans:
        if (
            not (0 <= span.start <= span.end <= len(text))
            or text[span.start : span.end] != span.text
        ):
            return f"span {span.start}..{span.end} {span.text!r}"
    return None


def _guarded(problems: Problems, what: str, text: object, run: Callable[[], None]) -> None:
    try:
        run()
    except InputError:
        pass  # a clear error of the library's own is the contract for bad input
    except Exception as error:
        where = traceback.extract_tb(error.__traceback__)[-1]
        problems.add(
            "crash",
            f"{what}: {type(error).__name__}: {error} at {where.filename}:{where.lineno} "
            f"on {text!r:.300}",
        )


def _check_detect(text: str, problems: Problems) -> None:
    segments = detect(text)
    bad = _spans_fit(text, segments)
    if bad is None:
        for previous, current in itertools.pairwise(segments):
            if previous.end > current.start:
                bad = f"segments overlap at {current.start}"
    if bad is None:
        covered = bytearray(len(text) + 1)
        for segment in segments:
            covered[segment.start : segment.end] = b"\x01" * (segment.end - segment.start)
        missing = next((i for i, ch in enumerate(text) if ch.isalpha() and not covered[i]), None)
        if missing is not None:
            bad = f"letter {text[missing]!r} at {missing} is in no segment"
    if bad is not None:
        problems.add("offsets", f"detect: {bad} in {text!r:.300}")
    if detect(text) != segments:
        problems.add("determinism", f"detect on {text!r:.300}")
    quotes = find_quotes(text, segments)
    bad = _spans_fit(text, (span for quote in quotes for span in quote.spans()))
    if bad is not None:
        problems.add("offsets", f"find_quotes: {bad} in {text!r:.300}")


# A high surrogate followed by a low one: two code points in a str, but JSON's \\u escapes of
# the two are read back as the one character they encode in UTF-16 (RFC 8259), so such a text
# cannot round-trip through any JSON; see docs/architecture.md.
_SURROGATE_PAIR_RE = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _check_exports(document: Document, problems: Problems) -> None:
    text = document.text
    if _SURROGATE_PAIR_RE.search(text) is not None:
        problems.unrepresentable += 1
        return
    if Document.model_validate_json(document.model_dump_json()) != document:
        problems.add("roundtrip", f"JSON of {text!r:.300}")
    for unit in ("document", "pair"):
        stream = io.StringIO()
        write_jsonl([document], stream, unit=unit)
        stream.getvalue().encode("utf-8")  # what reaches a file is valid UTF-8
        stream.seek(0)
        if unit == "document":
            back: object = list(read_documents(stream))
            expected: object = [document]
        else:
            back = [record.pair for record in read_pair_records(stream)]
            expected = list(document.pairs)
        if back != expected:
            problems.add("roundtrip", f"JSONL unit={unit} of {text!r:.300}")
    tmx = io.StringIO()
    write_tmx([document], tmx)
    records = list(read_tmx(io.BytesIO(tmx.getvalue().encode("utf-8"))))
    if len(records) != len(document.pairs) or any(
        record.pair.source.start != pair.source.start or record.pair.target.end != pair.target.end
        for record, pair in zip(records, document.pairs, strict=False)
        if hasattr(record, "pair")
    ):
        problems.add("roundtrip", f"TMX of {text!r:.300}")
    tsv = io.StringIO()
    write_tsv([document], tsv)
    tsv.seek(0)
    rows = list(read_tsv(tsv))
    if [row["source"] for row in rows] != [pair.source.text for pair in document.pairs]:
        problems.add("roundtrip", f"TSV of {text!r:.300}")
    moses_lines(document)


def check(text: str, problems: Problems, backend: str = "rules") -> None:
    """Run one input through every stage and exporter, adding what went wrong to ``problems``."""
    problems.inputs += 1
    _guarded(problems, "detect/find_quotes", text, lambda: _check_detect(text, problems))

    def whole() -> None:
        document = analyze(text, backend=backend)  # type: ignore[arg-type]
        # building the Document checks every span; check again in case validation is skipped
        bad = _spans_fit(text, document.spans())
        if bad is not None:
            problems.add("offsets", f"analyze: {bad} in {text!r:.300}")
        if analyze(text, backend=backend) != document:  # type: ignore[arg-type]
            problems.add("determinism", f"analyze on {text!r:.300}")
        _check_exports(document, problems)

    _guarded(problems, f"analyze({backend})", text, whole)


def check_pair(source: str, target: str, problems: Problems, backend: str = "rules") -> None:
    """``verify_translation`` on one spoilt pair of texts, both directions."""
    problems.inputs += 1

    def run() -> None:
        for (a, a_lang), (b, b_lang) in (
            ((source, "uk"), (target, "en")),
            ((target, "en"), (source, "uk")),
        ):
            verdict = verify_translation(a, b, a_lang, b_lang, backend=backend)  # type: ignore[arg-type]
            for finding in verdict.findings:
                for span, side in ((finding.source, a), (finding.target, b)):
                    if span is not None and side[span.start : span.end] != span.text:
                        problems.add("offsets", f"verify: {span} in {side!r:.200}")
            if type(verdict).model_validate_json(verdict.model_dump_json()) != verdict:
                problems.add("roundtrip", f"Verdict JSON of {a!r:.200}")

    _guarded(problems, f"verify_translation({backend})", (source, target), run)
