"""Generated news-like documents that mix English with Ukrainian, Russian and Czech passages.

Each :class:`GoldDoc` is an English article (paragraphs of an NTREX-128 English document) with
passages from the WMT22 test sets inserted the ways news sites insert them: between quotation
marks inside an English sentence (``He wrote: «…».``), as a quoted paragraph, as a social-media
embed (``<passage> — Name (@handle) March 6, 2022``) and as a plain paragraph. Gold spans give the
language of every inserted passage and of every English stretch; characters outside all spans
(paragraph breaks, quotation marks, embed attributions) are neutral.

With ``with_renderings`` a Ukrainian passage gets its English reference nearby, recorded as a
:class:`GoldPair` with line-to-line links and the attribution the text gives; further options
(``unrendered``, ``partial_share``, ``plain_rendering_share``, ``one_sentence_lines``,
``one_speaker``, ``no_double_marks``, ``runon_share``) make the documents of
``benchmarks/pairing.py``. Left at their defaults they draw nothing, so the default documents
stay the same for the same seed; ``runon_share`` draws from a generator of its own and changes
only how the passages it picks are written.

The data is read in place from ``../shared/data/parallel`` (or ``$BILINGUA_SHARED/data/parallel``)
at run time and never copied: only short passages end up in the generated text.

Offsets are Python string indices (code points), end exclusive.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import os
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from benchmarks._damage import unpunctuated

__all__ = [
    "CorpusOptions",
    "GoldAttribution",
    "GoldDoc",
    "GoldPair",
    "GoldSpan",
    "Origin",
    "ParallelSet",
    "SharedDataMissing",
    "Style",
    "load_parallel",
    "make_documents",
    "parallel_dir",
    "shared_available",
    "shared_dir",
]

SHARED_ENV = "BILINGUA_SHARED"


class SharedDataMissing(FileNotFoundError):
    """``../shared/data/parallel`` is not there. ``path`` is where it was looked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"shared data not found at {path}; put the shared/ directory beside the repository "
            f"or set {SHARED_ENV} to its location"
        )


class Style(StrEnum):
    """How a passage is inserted into the English article."""

    INLINE = "inline"  #: between quotation marks inside an English sentence
    QUOTED = "quoted"  #: a paragraph of its own, between quotation marks
    EMBED = "embed"  #: a paragraph of its own followed by "— Name (@handle) Date"
    PLAIN = "plain"  #: a paragraph of its own, as is


@dataclass(frozen=True)
class Origin:
    """Where a passage comes from (lines ``start:stop`` of ``<corpus>.<side>``) and how it is
    written: ``runon`` passages have lost their sentence-final punctuation (chat messages,
    transcripts); ``separator`` joins the lines (a space, or a line break for a passage
    written line by line)."""

    corpus: str
    side: str
    start: int
    stop: int
    runon: bool = False
    separator: str = " "

    def lines(self) -> list[str]:
        """The lines as written: stripped, and without end punctuation if ``runon``."""
        lines = load_parallel(self.corpus).lines(self.side)[self.start : self.stop]
        return [unpunctuated(line.strip()) if self.runon else line.strip() for line in lines]

    def text(self) -> str:
        """The passage as inserted: its lines joined by the separator."""
        return self.separator.join(self.lines())


@dataclass(frozen=True)
class GoldSpan:
    """``text[start:end]`` is in ``lang``; ``style`` and ``origin`` are set on inserted passages."""

    start: int
    end: int
    lang: str
    style: Style | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class GoldAttribution:
    """Who the text says wrote a passage: from an embed signature and/or a reporting clause.

    ``speaker`` is the name as written nearest the passage (an embed's signature wins),
    ``speaker_en`` the same person's English name; ``handle`` keeps its ``@``.
    """

    speaker: str | None = None
    speaker_en: str | None = None
    handle: str | None = None
    date: _dt.date | None = None


@dataclass(frozen=True)
class GoldPair:
    """A passage (``source``) and its rendering (``target``) in the same document.

    ``sentences`` links line ``k`` of the passage to line ``k`` of the rendering (spans in the
    document text); a partial rendering links only the lines it has. With
    ``CorpusOptions.one_sentence_lines`` every line is one sentence on both sides, so these are
    the gold 1-1 sentence links. ``attribution`` is None when the text names nobody.
    """

    source: GoldSpan
    target: GoldSpan
    sentences: tuple[tuple[GoldSpan, GoldSpan], ...] = ()
    attribution: GoldAttribution | None = None


@dataclass(frozen=True)
class GoldDoc:
    """A generated text with gold language spans (sorted, non-overlapping) and pairs."""

    text: str
    spans: list[GoldSpan]
    pairs: list[GoldPair] = field(default_factory=list)

    def passages(self) -> Iterator[GoldSpan]:
        """The inserted passages (spans with a style), renderings included."""
        return (span for span in self.spans if span.style is not None)


@dataclass(frozen=True)
class CorpusOptions:
    """What :func:`make_documents` generates. Ranges are inclusive ``(low, high)``."""

    uk_passages: tuple[int, int] = (1, 4)
    distractors: tuple[int, int] = (0, 2)
    distractor_langs: tuple[str, ...] = ("ru", "cs")
    english_sentences: tuple[int, int] = (6, 14)
    max_passage_lines: int = 3
    with_renderings: bool = False
    #: Ukrainian passages added without a rendering (with ``with_renderings``).
    unrendered: tuple[int, int] = (0, 0)
    #: Share of multi-line passages whose rendering has only the first line(s).
    partial_share: float = 0.0
    #: Share of renderings set as a bare paragraph (no frame, no quotation marks).
    plain_rendering_share: float = 0.0
    #: Passages only of lines that hold one sentence in Ukrainian and in English.
    one_sentence_lines: bool = False
    #: A rendering's frame names the same speaker as the passage's embed signature.
    one_speaker: bool = False
    #: A rendering that is a quotation already (“…”) is not put between marks again.
    no_double_marks: bool = False
    #: Share of Ukrainian passages written, with their rendering, without sentence-final
    #: punctuation: joined by spaces, or (half of those set as a paragraph of their own) one
    #: line per line. Drawn from a generator of its own, so the rest of the documents stays
    #: the same as without it.
    runon_share: float = 0.0


# --------------------------------------------------------------------------- data access


def shared_dir() -> Path:
    """``$BILINGUA_SHARED`` if set, else ``shared/`` beside the repository."""
    override = os.environ.get(SHARED_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[1].parent / "shared"


def parallel_dir() -> Path:
    """The directory of line-aligned files. Raises :class:`SharedDataMissing` if absent."""
    path = shared_dir() / "data" / "parallel"
    if not path.is_dir():
        raise SharedDataMissing(path)
    return path


def shared_available() -> bool:
    """Whether the parallel data is there (for skipping tests and benchmarks)."""
    try:
        parallel_dir()
    except SharedDataMissing:
        return False
    return True


@functools.cache
def _read_lines(path: Path) -> tuple[str, ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(line.rstrip("\n") for line in handle)


@dataclass(frozen=True)
class ParallelSet:
    """Line-aligned files ``<name>.<side>`` (and ``<name>.docids``), read on first use."""

    name: str
    directory: Path

    def path(self, side: str) -> Path:
        return self.directory / f"{self.name}.{side}"

    def lines(self, side: str) -> tuple[str, ...]:
        """Every line of one side, without line ends."""
        return _read_lines(self.path(side))

    def docids(self) -> tuple[str, ...] | None:
        """The document id of every line, or None where there is no ``.docids`` file."""
        return _read_docids(self.path("docids"))


@functools.cache
def _read_docids(path: Path) -> tuple[str, ...] | None:
    if not path.exists():
        return None
    rows = _read_lines(path)
    if rows and rows[0].split("\t")[:2] == ["collection", "docid"]:  # WMT22 TSV with header
        return tuple(row.split("\t")[1] for row in rows[1:])
    return rows


def load_parallel(name: str) -> ParallelSet:
    """The line-aligned set ``name`` (e.g. ``"wmt22.uk-en"``); files are read lazily.

    Raises:
        SharedDataMissing: the shared data directory is absent.
        FileNotFoundError: no file of that set exists.
    """
    return _parallel_set(name, parallel_dir())


@functools.cache
def _parallel_set(name: str, directory: Path) -> ParallelSet:
    if not any(directory.glob(f"{name}.*")):
        raise FileNotFoundError(f"no parallel set {name!r} in {directory}")
    return ParallelSet(name, directory)


# --------------------------------------------------------------------------- passages


@dataclass(frozen=True)
class _Source:
    corpus: str
    side: str
    lang: str
    latin: bool  # the language's own script is Latin (else Cyrillic)
    rendering_side: str | None = None  # the side holding an English rendering of each line


SOURCES: dict[str, _Source] = {
    "uk": _Source("wmt22.uk-en", "uk", "uk", latin=False, rendering_side="en"),
    "ru": _Source("wmt22.ru-en", "ru", "ru", latin=False),
    "cs": _Source("wmt22.cs-uk", "cs", "cs", latin=True),
}
ENGLISH = _Source("ntrex128.en-uk", "en", "en", latin=True)

_MAX_PASSAGE_CHARS = 420


def _script_share(text: str, latin: bool) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    own = sum(1 for ch in letters if (ch < "\u0250") == latin)  # Latin letters end at U+024F
    return own / len(letters)


# WMT22's Ukrainian side holds some Russian lines: a letter that only Russian has keeps such a
# line out of the Ukrainian gold. (Distractors are left as they are.)
_FOREIGN_LETTERS = {"uk": "ыэёъ"}


def _usable(line: str, source: _Source) -> bool:
    """Short, mostly in the language's script, with balanced quotation marks."""
    text = line.strip()
    letters = sum(ch.isalpha() for ch in text)
    foreign = _FOREIGN_LETTERS.get(source.lang, "")
    return (
        20 <= len(text) <= 300
        and letters >= 12
        and _script_share(text, source.latin) >= 0.85
        and text.count('"') % 2 == 0
        and text.count("«") == text.count("»")
        and sum(text.count(mark) for mark in "„“”") % 2 == 0
        and not any(ch in text for ch in "\t\r\x0b\x0c\ufffd")
        and not any(ch in foreign for ch in text.lower())
    )


# A sentence end inside a line, as a sentence splitter may see one: end punctuation, a chat-style
# ")" or an emoji, closing marks, space, then (after a dash or an opening mark) a capital or a
# digit; or end punctuation before a parenthesis ("…? (maybe …)").
_INNER_SENTENCE_END = re.compile(
    r"[.!?…)\u2600-\u27bf\U0001f300-\U0001faff][\"»”’)]*\s+(?:[–—-]\s*)?[\"«„“(]*[A-ZА-ЯІЇЄҐ0-9]"
    r"|[.!?…][\"»”’]*\s+\("
)


_FINAL_SENTENCE_END = re.compile(r"[.!?…][\"»”’)]*$")


def _one_sentence(line: str) -> bool:
    return not _INNER_SENTENCE_END.search(line.strip())


def _ends_sentence(source: _Source, i: int) -> bool:
    """Line ``i`` ends with a full stop (or ! ? …) on both sides: a sentence break follows."""
    parallel = load_parallel(source.corpus)
    sides = [source.side] + ([source.rendering_side] if source.rendering_side else [])
    return all(_FINAL_SENTENCE_END.search(parallel.lines(side)[i].strip()) for side in sides)


@functools.cache
def _usable_lines(source: _Source, one_sentence: bool = False) -> tuple[int, ...]:
    return tuple(
        i
        for i in range(len(load_parallel(source.corpus).lines(source.side)))
        if _fits(source, i, one_sentence)
    )


def _fits(source: _Source, i: int, one_sentence: bool) -> bool:
    """Line ``i`` is usable (and, if asked, one sentence on both sides)."""
    parallel = load_parallel(source.corpus)
    line = parallel.lines(source.side)[i]
    if not _usable(line, source):
        return False
    if not one_sentence:
        return True
    sides = [source.side] + ([source.rendering_side] if source.rendering_side else [])
    return all(_one_sentence(parallel.lines(side)[i]) for side in sides)


def _draw_passage(
    rng: random.Random, source: _Source, max_lines: int, one_sentence: bool = False
) -> Origin:
    """A usable line, extended by following usable lines of the same document."""
    start = rng.choice(_usable_lines(source, one_sentence))
    parallel = load_parallel(source.corpus)
    lines, docids = parallel.lines(source.side), parallel.docids()
    if docids is None:  # no document boundaries: one line
        return Origin(source.corpus, source.side, start, start + 1)
    wanted = rng.randint(1, max_lines)
    stop, length = start + 1, len(lines[start].strip())
    while stop - start < wanted and stop < len(lines) and docids[stop] == docids[start]:
        line = lines[stop].strip()
        if (
            not _fits(source, stop, one_sentence)
            or (one_sentence and not _ends_sentence(source, stop - 1))  # a line is a sentence
            or length + 1 + len(line) > _MAX_PASSAGE_CHARS
        ):
            break
        length += 1 + len(line)
        stop += 1
    return Origin(source.corpus, source.side, start, stop)


@functools.cache
def _english_documents() -> tuple[tuple[int, int], ...]:
    """``(start, stop)`` line ranges of the NTREX-128 documents."""
    docids = load_parallel(ENGLISH.corpus).docids()
    if docids is None:
        raise FileNotFoundError(f"{ENGLISH.corpus}.docids is missing")
    ranges, start = [], 0
    for i in range(1, len(docids) + 1):
        if i == len(docids) or docids[i] != docids[start]:
            ranges.append((start, i))
            start = i
    return tuple(ranges)


def _english_sentences(rng: random.Random, count: tuple[int, int]) -> list[str]:
    """The headline and a run of following sentences of one NTREX-128 document."""
    start, stop = rng.choice(_english_documents())
    lines = load_parallel(ENGLISH.corpus).lines(ENGLISH.side)
    wanted = rng.randint(*count)
    first = rng.randint(start + 1, max(start + 1, stop - wanted))
    body = [line.strip() for line in lines[first : min(stop, first + wanted)] if line.strip()]
    return [lines[start].strip(), *body]


# --------------------------------------------------------------------------- text building

_Piece = tuple[str, str | None, Style | None, Origin | None]  # text, lang, style, origin

_SENTENCE_ENDS = (".", "!", "?", "…")
_MARKS = (("“", "”"), ("«", "»"), ('"', '"'))
_ENGLISH_MARKS = (("“", "”"), ('"', '"'))
_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)

# (English name, name in the passage's script, handle). Invented people.
_SPEAKERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "uk": (
        ("Olena Kovalenko", "Олена Коваленко", "okovalenko"),
        ("Taras Melnyk", "Тарас Мельник", "taras_melnyk"),
        ("Iryna Shevchuk", "Ірина Шевчук", "IrynaShevchuk"),
        ("Andriy Bondarenko", "Андрій Бондаренко", "abondarenko_ua"),
        ("Mariia Tkachenko", "Марія Ткаченко", "m_tkachenko"),
    ),
    "ru": (
        ("Dmitry Sokolov", "Дмитрий Соколов", "dsokolov"),
        ("Anna Volkova", "Анна Волкова", "volkova_anna"),
        ("Sergei Orlov", "Сергей Орлов", "s_orlov"),
    ),
    "cs": (
        ("Jana Nováková", "Jana Nováková", "jnovakova"),
        ("Petr Dvořák", "Petr Dvořák", "pdvorak"),
        ("Tomáš Svoboda", "Tomáš Svoboda", "tsvoboda_cz"),
    ),
}

# "{q}" is the quotation (marks included), "{name}" the speaker's English name.
_INLINE_FRAMES = (
    "{name} wrote: {q}.",
    "In a post on Telegram, {name} wrote: {q}.",
    "{name} told reporters: {q}.",
    "{q}, {name} said.",
    "The statement, signed by {name}, read: {q}.",
)
_RENDERING_FRAMES = (
    "{q}, {name} said in a tweet.",
    "{name} wrote on social media: {q}.",
    "In English, the post reads: {q}.",
)


def _frame(template: str, name: str, quote: list[_Piece]) -> list[_Piece]:
    """The template's English words around the quotation pieces.

    A final "." is dropped when the quoted passage already ends a sentence (``«…!».``).
    """
    before, after = template.format(name=name, q="\0").split("\0")
    passage = next(text for text, lang, _, _ in reversed(quote) if lang is not None)
    if after == "." and passage.rstrip()[-1:] in _SENTENCE_ENDS:
        after = ""
    return [*_prose(before), *quote, *_prose(after)]


def _prose(text: str) -> list[_Piece]:
    """English frame text as a piece; without letters it is neutral."""
    if not text:
        return []
    return [(text, "en" if any(ch.isalpha() for ch in text) else None, None, None)]


def _quoted(rng: random.Random, text: str, lang: str, style: Style, origin: Origin) -> list[_Piece]:
    opening, closing = rng.choice(_ENGLISH_MARKS if lang == "en" else _MARKS)
    return [(opening, None, None, None), (text, lang, style, origin), (closing, None, None, None)]


def _enclosed(text: str) -> bool:
    """The text starts with an opening quotation mark and ends with a closing one."""
    return text[:1] in '"“«„' and text[-1:] in '"”»“'


def _day(rng: random.Random) -> _dt.date:
    return _dt.date(2014, 1, 1) + _dt.timedelta(days=rng.randrange(11 * 365))


def _embed(
    rng: random.Random,
    text: str,
    lang: str,
    origin: Origin,
    speaker: tuple[str, str, str] | None = None,
) -> tuple[list[_Piece], GoldAttribution]:
    """The passage and its signature; ``speaker`` (if given) replaces the one drawn."""
    drawn = rng.choice(_SPEAKERS[lang])  # drawn even when given: the same draws either way
    english, native, handle = speaker or drawn
    name = native if rng.random() < 0.5 else english
    day = _day(rng)
    written = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    attribution = f" — {name} (@{handle}) {written}" + (" ×" if rng.random() < 0.3 else "")
    gold = GoldAttribution(speaker=name, speaker_en=english, handle=f"@{handle}", date=day)
    return [(text, lang, Style.EMBED, origin), (attribution, None, None, None)], gold


class _StyleDeck:
    """Insertion styles per language, drawn from shuffled decks so that every style recurs."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._decks: dict[str, list[Style]] = {}

    def draw(self, lang: str) -> Style:
        deck = self._decks.setdefault(lang, [])
        if not deck:
            deck.extend(Style)
            self._rng.shuffle(deck)
        return deck.pop()


@dataclass(frozen=True)
class _Insertion:
    lang: str
    origin: Origin
    style: Style
    rendering: Origin | None = None
    plain_rendering: bool = False  # the rendering is a bare paragraph
    rendering_first: bool = False  # a bare rendering of an inline quotation precedes its paragraph
    one_speaker: bool = False
    no_double_marks: bool = False


@dataclass
class _Placement:
    """Where an insertion's pieces go: into the anchor paragraph, and paragraphs around it."""

    inline: list[_Piece] = field(default_factory=list)
    before: list[list[_Piece]] = field(default_factory=list)
    after: list[list[_Piece]] = field(default_factory=list)
    attribution: GoldAttribution | None = None


def _named(template: str, speaker: tuple[str, str, str]) -> GoldAttribution | None:
    return GoldAttribution(speaker[0], speaker[0]) if "{name}" in template else None


def _insertion_blocks(rng: random.Random, item: _Insertion) -> _Placement:
    """Pieces to append to an English paragraph (inline) and paragraphs to insert near it."""
    text, lang = item.origin.text(), item.lang
    speaker = rng.choice(_SPEAKERS[lang])
    english_name = speaker[0]
    rendering: list[_Piece] | None = None
    if item.rendering and item.plain_rendering:
        rendering = [(item.rendering.text(), "en", Style.PLAIN, item.rendering)]
    elif item.rendering:
        rendering = _quoted(rng, item.rendering.text(), "en", Style.INLINE, item.rendering)
        if item.no_double_marks and _enclosed(item.rendering.text()):
            rendering = rendering[1:2]  # the marks drawn are dropped: the same draws either way
    if item.style is Style.INLINE:
        quote = _quoted(rng, text, lang, Style.INLINE, item.origin)
        if rendering and not item.plain_rendering:
            quote += [(" (", None, None, None), *rendering, (")", None, None, None)]
        template = rng.choice(_INLINE_FRAMES)
        placement = _Placement(
            [(" ", "en", None, None), *_frame(template, english_name, quote)],
            attribution=_named(template, speaker),
        )
        if rendering and item.plain_rendering:
            (placement.before if item.rendering_first else placement.after).append(rendering)
        return placement
    signature = None
    if item.style is Style.QUOTED:
        block = _quoted(rng, text, lang, Style.QUOTED, item.origin)
    elif item.style is Style.EMBED:
        block, signature = _embed(
            rng, text, lang, item.origin, speaker if item.one_speaker else None
        )
    else:
        block = [(text, lang, Style.PLAIN, item.origin)]
    if not rendering:
        return _Placement(after=[block], attribution=signature)
    if item.plain_rendering:
        english, named = rendering, None
    else:
        template = rng.choice(_RENDERING_FRAMES)
        english, named = _frame(template, english_name, rendering), _named(template, speaker)
    if signature is not None and named is not None:  # the signature gives the written name
        named = GoldAttribution(
            signature.speaker, signature.speaker_en, signature.handle, signature.date
        )
    return _Placement(
        after=[english, block] if rng.random() < 0.5 else [block, english],
        attribution=named or signature,
    )


def _overlap(a: Origin, b: Origin) -> bool:
    return (a.corpus, a.side) == (b.corpus, b.side) and a.start < b.stop and b.start < a.stop


def _chance(rng: random.Random, share: float) -> bool:
    """True with probability ``share``; draws nothing when ``share`` is 0 (default documents)."""
    return bool(share) and rng.random() < share


def _written(rng: random.Random, options: CorpusOptions, origin: Origin, style: Style) -> Origin:
    """``origin`` as it is written: run-on (end punctuation stripped) for a share of passages,
    and then, for a passage that is not inside an English sentence, one line per line half the
    time."""
    if not _chance(rng, options.runon_share):
        return origin
    by_line = style is not Style.INLINE and rng.random() < 0.5
    return dataclasses.replace(origin, runon=True, separator="\n" if by_line else " ")


def _plan(
    rng: random.Random, options: CorpusOptions, decks: _StyleDeck, layout_rng: random.Random
) -> list[_Insertion]:
    langs = ["uk"] * rng.randint(*options.uk_passages)
    if options.unrendered != (0, 0):
        langs += ["uk-bare"] * rng.randint(*options.unrendered)  # Ukrainian without a rendering
    langs += [
        rng.choice(options.distractor_langs) for _ in range(rng.randint(*options.distractors))
    ]
    rng.shuffle(langs)
    items: list[_Insertion] = []
    for entry in langs:
        lang = entry.removesuffix("-bare")
        source, style = SOURCES[lang], decks.draw(lang)
        max_lines = 1 if style is Style.EMBED else options.max_passage_lines  # tweet-sized
        one_sentence = options.one_sentence_lines
        origin = _draw_passage(rng, source, max_lines, one_sentence)
        while any(_overlap(origin, item.origin) for item in items):
            origin = _draw_passage(rng, source, max_lines, one_sentence)
        rendering = None
        if options.with_renderings and source.rendering_side and entry == lang:
            stop = origin.stop
            if origin.stop - origin.start > 1 and _chance(rng, options.partial_share):
                stop = origin.start + rng.randint(1, origin.stop - origin.start - 1)
            rendering = Origin(origin.corpus, source.rendering_side, origin.start, stop)
        if lang == "uk":
            origin = _written(layout_rng, options, origin, style)
            if rendering is not None:
                rendering = dataclasses.replace(
                    rendering, runon=origin.runon, separator=origin.separator
                )
        plain = rendering is not None and _chance(rng, options.plain_rendering_share)
        items.append(
            _Insertion(
                lang,
                origin,
                style,
                rendering,
                plain_rendering=plain,
                rendering_first=plain and style is Style.INLINE and rng.random() < 0.5,
                one_speaker=options.one_speaker,
                no_double_marks=options.no_double_marks,
            )
        )
    return items


def _paragraphs(rng: random.Random, sentences: Sequence[str]) -> list[list[_Piece]]:
    """The headline, then paragraphs of one to three sentences."""
    blocks: list[list[_Piece]] = [[(sentences[0], "en", None, None)]]
    rest = list(sentences[1:])
    while rest:
        size = rng.randint(1, 3)
        blocks.append([(" ".join(rest[:size]), "en", None, None)])
        rest = rest[size:]
    return blocks


def _make_document(
    rng: random.Random, options: CorpusOptions, decks: _StyleDeck, layout_rng: random.Random
) -> GoldDoc:
    blocks = _paragraphs(rng, _english_sentences(rng, options.english_sentences))
    english = blocks[1:] or blocks  # anchors: English paragraphs other than the headline
    plan = _plan(rng, options, decks, layout_rng)
    attributions: list[GoldAttribution | None] = []
    for item in plan:
        anchor = rng.choice(english)
        placement = _insertion_blocks(rng, item)
        attributions.append(placement.attribution)
        anchor.extend(placement.inline)
        position = next(i for i, block in enumerate(blocks) if block is anchor)
        blocks[position + 1 : position + 1] = placement.after
        blocks[position:position] = placement.before
    text, spans, by_origin = _render(blocks)
    pairs = [
        GoldPair(
            by_origin[item.origin],
            by_origin[item.rendering],
            _line_links(by_origin[item.origin], by_origin[item.rendering]),
            attribution,
        )
        for item, attribution in zip(plan, attributions, strict=True)
        if item.rendering is not None
    ]
    return GoldDoc(text, spans, sorted(pairs, key=lambda pair: pair.source.start))


def _line_spans(span: GoldSpan) -> list[GoldSpan]:
    """The spans of the lines a passage was joined from (as written, joined by its separator)."""
    assert span.origin is not None
    result, offset = [], span.start
    for line in span.origin.lines():
        result.append(GoldSpan(offset, offset + len(line), span.lang))
        offset += len(line) + len(span.origin.separator)
    return result


def _line_links(source: GoldSpan, target: GoldSpan) -> tuple[tuple[GoldSpan, GoldSpan], ...]:
    return tuple(zip(_line_spans(source), _line_spans(target), strict=False))


def _render(blocks: list[list[_Piece]]) -> tuple[str, list[GoldSpan], dict[Origin, GoldSpan]]:
    """The text, its spans, and the span of each inserted passage by origin."""
    parts: list[str] = []
    spans: list[GoldSpan] = []
    offset = 0
    for number, block in enumerate(blocks):
        if number:
            parts.append("\n\n")
            offset += 2
        for text, lang, style, origin in block:
            if lang is not None:
                spans.append(GoldSpan(offset, offset + len(text), lang, style, origin))
            parts.append(text)
            offset += len(text)
    by_origin = {span.origin: span for span in spans if span.origin is not None}
    return "".join(parts), _merge_prose(spans), by_origin


def _merge_prose(spans: list[GoldSpan]) -> list[GoldSpan]:
    """Join touching English prose spans (not inserted passages) into one stretch."""
    merged: list[GoldSpan] = []
    for span in spans:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.end == span.start
            and last.style is None is span.style
            and last.lang == span.lang
        ):
            merged[-1] = GoldSpan(last.start, span.end, last.lang)
        else:
            merged.append(span)
    return merged


def make_documents(n: int, seed: int = 0, **options: object) -> list[GoldDoc]:
    """Generate ``n`` mixed documents, the same ones for the same seed and options.

    The first ``k`` documents do not depend on ``n``.

    Args:
        n: how many documents.
        seed: seed of the ``random.Random`` that drives every choice.
        **options: fields of :class:`CorpusOptions` (an unknown name raises ``TypeError``).

    Raises:
        SharedDataMissing: the shared data directory is absent.
    """
    config = CorpusOptions(**options)  # type: ignore[arg-type]
    parallel_dir()  # fail early, with the path, when the data is absent
    rng = random.Random(seed)
    layout_rng = random.Random(f"layout:{seed}")  # run-on draws: the rest stays as it was
    decks = _StyleDeck(rng)
    return [_make_document(rng, config, decks, layout_rng) for _ in range(n)]
