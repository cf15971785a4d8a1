"""The document model: immutable pydantic objects with character offsets into one text.

Every object that covers text is a :class:`Span`: ``start`` and ``end`` are Python string
indices (code points, end exclusive) into :attr:`Document.text`, and ``text`` is the covered
substring, stored so that each object can be read on its own in JSON. The invariant
``document.text[span.start:span.end] == span.text`` holds for every span of a document and
is checked when a :class:`Document` is built.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticSerializationError

__all__ = [
    "Attribution",
    "Coverage",
    "Document",
    "DocumentAlignment",
    "Evidence",
    "Finding",
    "FindingKind",
    "Gap",
    "GapHolds",
    "LangCode",
    "LangHint",
    "Meta",
    "Pair",
    "PairSide",
    "Provenance",
    "Quote",
    "QuoteKind",
    "Script",
    "Segment",
    "Sentence",
    "SentenceLink",
    "Severity",
    "Span",
    "Token",
    "Verdict",
    "WordLink",
]

#: An ISO 639-1 code (``"uk"``, ``"en"``, ``"cs"``…), ``"und"`` where nothing can be told, or a
#: langdetect code with a region for the two Chinese scripts (``"zh-cn"``, ``"zh-tw"``).
LangCode = Annotated[str, StringConstraints(pattern=r"^(?:[a-z]{2}(?:-[a-z]{2})?|und)$")]

UNDETERMINED = "und"


# A lone surrogate (U+D800..U+DFFF) cannot be encoded in UTF-8; Python's surrogateescape
# decoding leaves one for each byte that was not UTF-8.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def escape_surrogates(json_text: str) -> str:
    """JSON text with each lone surrogate written as its escape (``\\udcff``), so that it can be
    encoded in UTF-8; ``json.loads`` reads the escape back to the same lone surrogate."""
    return _SURROGATE_RE.sub(lambda found: f"\\u{ord(found.group()):04x}", json_text)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_dump_json(self, *args: Any, **kwargs: Any) -> str:
        """JSON as pydantic writes it; lone surrogates in the text (``surrogateescape``
        decoding) are written as ``\\udcxx`` escapes, which :meth:`model_validate_json` reads
        back to the same string (see docs/architecture.md)."""
        try:
            return super().model_dump_json(*args, **kwargs)
        except PydanticSerializationError:
            indent = kwargs.pop("indent", None)
            ensure_ascii = kwargs.pop("ensure_ascii", False)
            data = self.model_dump(*args, mode="json", **kwargs)
            separators = (",", ": ") if indent is not None else (",", ":")
            dumped = json.dumps(
                data, ensure_ascii=ensure_ascii, indent=indent, separators=separators
            )
            if not ensure_ascii and _SURROGATE_RE.search(dumped) is None:
                raise  # something else failed
            return escape_surrogates(dumped)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Read what :meth:`model_dump_json` wrote, ``\\udcxx`` escapes of lone surrogates too."""
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as error:
            text = json_data if isinstance(json_data, str) else bytes(json_data).decode("utf-8")
            invalid = any(e["type"] == "json_invalid" for e in error.errors())
            if not invalid or _SURROGATE_ESCAPE_RE.search(text) is None:
                raise
        # pydantic's parser refuses the escape of a lone surrogate; Python's accepts it
        return cls.model_validate(json.loads(json_data), **kwargs)

    def spans(self) -> Iterator[Span]:
        """Every span in this object, nested ones included."""
        return iter(())


class Span(_Frozen):
    """A stretch of the document text: ``document.text[start:end] == text``."""

    start: int = Field(ge=0, description="Offset of the first character (code points).")
    end: int = Field(ge=0, description="Offset after the last character (exclusive).")
    text: str = Field(description="The covered text, exactly as in the document.")

    @model_validator(mode="after")
    def _check_length(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but covers "
                f"{self.end - self.start} ({self.start}..{self.end})"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int, **fields: Any) -> Self:
        """Build a span (or subclass) over ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end], **fields)

    def spans(self) -> Iterator[Span]:
        yield self


class Script(StrEnum):
    """The writing system of a segment's letters."""

    LATIN = "Latn"
    CYRILLIC = "Cyrl"
    OTHER = "Zyyy"
    MIXED = "Mixd"


class Segment(Span):
    """A run of text in one language. ``lang`` is ``"und"`` when it cannot be told."""

    lang: LangCode
    confidence: float = Field(ge=0.0, le=1.0)
    script: Script


class QuoteKind(StrEnum):
    """How a quotation appears in the text."""

    QUOTED = "quoted"  #: between quotation marks
    EMBED = "embed"  #: a social-media embed: passage followed by "— Name (@handle) Date"
    BLOCK = "block"  #: an indented or ">"-prefixed block quotation
    INLINE = "inline"  #: a short quotation inside a sentence of another language


class Attribution(_Frozen):
    """Who said a quotation, and where and when, as far as the text tells."""

    speaker: str | None = None
    handle: str | None = Field(default=None, description="Social-media handle with its '@'.")
    date: _dt.date | None = None
    platform: str | None = Field(default=None, description='e.g. "twitter", "telegram".')
    span: Span | None = Field(default=None, description="The attribution text in the document.")

    def spans(self) -> Iterator[Span]:
        if self.span is not None:
            yield self.span


class Quote(Span):
    """Quoted words without their marks; ``marks`` are the opening and closing marks used."""

    lang: LangCode
    kind: QuoteKind
    marks: tuple[str, str] | None = None
    attribution: Attribution | None = None

    def spans(self) -> Iterator[Span]:
        yield self
        if self.attribution is not None:
            yield from self.attribution.spans()


class Token(Span):
    """A word as a language pipeline sees it."""

    lemma: str | None = None
    upos: str | None = None
    feats: str | None = None
    ner: str | None = None


class Sentence(Span):
    """A sentence of one passage, with its tokens."""

    lang: LangCode
    tokens: tuple[Token, ...] = ()

    def spans(self) -> Iterator[Span]:
        yield self
        yield from self.tokens


class PairSide(Span):
    """One side of a pair: the passage and its language."""

    lang: LangCode


class SentenceLink(_Frozen):
    """Sentences (or runs of adjacent sentences) of the two sides that render each other."""

    source: Span
    target: Span
    score: float = Field(ge=0.0, le=1.0)

    def spans(self) -> Iterator[Span]:
        yield self.source
        yield self.target


class Evidence(StrEnum):
    """Why two words are taken to render each other (a :class:`WordLink`'s ``via``)."""

    LEXICON = "lexicon"  #: the curated lexicon (безпеки ~ security)
    LEARNED = "learned"  #: a translation probability learned from parallel text
    PHRASE = "phrase"  #: a multi-word lexicon entry (на жаль ~ unfortunately)
    ALIAS = "alias"  #: an abbreviation or entity alias (РФ ~ Russia)
    TRANSLITERATION = "transliteration"  #: a name in the other script (Зеленський ~ Zelensky)
    NUMBER = "number"  #: the same value (350 ~ 350, п'ять ~ five)
    DATE = "date"  #: the same month, weekday or year (березня ~ March)
    IDENTICAL = "identical"  #: the same string (@handles, acronyms, Latin names)
    POSITION = "position"  #: unknown words between linked neighbours, linked by their place


class WordLink(_Frozen):
    """A word of the source aligned to a word of the target, with the evidence used.

    Links are one to one except for phrases (a multi-word entry links each of its words) and
    function words attached to the content word they belong to.
    """

    source: Span
    target: Span
    score: float = Field(ge=0.0, le=1.0)
    via: Evidence

    def spans(self) -> Iterator[Span]:
        yield self.source
        yield self.target


class GapHolds(StrEnum):
    """What a run of unexplained words holds; it decides how much the run weighs."""

    NAME = "name"
    NUMBER = "number"
    DATE = "date"
    NEGATION = "negation"
    VERB = "verb"  #: a predicate: the run is a clause, not a modifier


class Gap(Span):
    """A run of content words on one side of a pair that nothing on the other side explains.

    The span runs from the first unexplained content word to the last, function words between
    them included; ``words`` are the unexplained content words themselves.
    """

    side: Literal["source", "target"]
    words: tuple[Span, ...]
    holds: tuple[GapHolds, ...] = ()
    opposite: Span | None = Field(
        default=None,
        description="Where on the other side the counterpart would stand: between the partners "
        "of the explained words around the gap, inside its sentence link; None outside links.",
    )

    def spans(self) -> Iterator[Span]:
        yield self
        yield from self.words
        if self.opposite is not None:
            yield self.opposite


class Coverage(_Frozen):
    """The coverage map of a pair: every content word of each side is either linked to the
    other side (it is in :attr:`Pair.words`, with its evidence) or inside a :class:`Gap`."""

    source_words: int = Field(ge=0, description="Content words on the source side.")
    source_explained: int = Field(ge=0, description="... of them linked to the target.")
    target_words: int = Field(ge=0, description="Content words on the target side.")
    target_explained: int = Field(ge=0, description="... of them linked to the source.")
    gaps: tuple[Gap, ...] = Field(default=(), description="Unexplained runs, in text order.")

    @property
    def source_share(self) -> float:
        """Share of the source's content words that the target explains (1 when none)."""
        return self.source_explained / self.source_words if self.source_words else 1.0

    @property
    def target_share(self) -> float:
        """Share of the target's content words that the source explains (1 when none)."""
        return self.target_explained / self.target_words if self.target_words else 1.0

    def spans(self) -> Iterator[Span]:
        for gap in self.gaps:
            yield from gap.spans()


class Severity(StrEnum):
    """How much a finding matters to someone checking a translation."""

    INFO = "info"  #: worth a look, usually fine
    WARNING = "warning"  #: may change the meaning
    ERROR = "error"  #: the rendering says something else here


class FindingKind(StrEnum):
    """What a verification finding is about (see docs/verify.md)."""

    NUMBER = "number_mismatch"
    NAME = "name_mismatch"
    ANCHOR = "anchor_mismatch"  #: @handle, #hashtag or URL
    DATE = "date_mismatch"  #: a month, weekday or year that differs
    OMITTED = "omitted_sentence"
    ADDED = "added_sentence"
    OMISSION = "omission"  #: source words inside a sentence with no counterpart
    ADDITION = "addition"  #: target words inside a sentence with no counterpart
    NEGATION = "negation_flip"
    LENGTH = "length_ratio"
    UNTRANSLATED = "untranslated"


class Finding(_Frozen):
    """One place where a rendering may differ from its source, with the spans on both sides."""

    kind: FindingKind
    severity: Severity
    message: str = Field(description="What differs, in plain language.")
    source: Span | None = Field(default=None, description="Where, on the source side.")
    target: Span | None = Field(default=None, description="Where, on the target side.")

    def spans(self) -> Iterator[Span]:
        if self.source is not None:
            yield self.source
        if self.target is not None:
            yield self.target


class Pair(_Frozen):
    """A passage (``source``, the original where that can be told) and its rendering."""

    source: PairSide
    target: PairSide
    score: float = Field(ge=0.0, le=1.0)
    sentences: tuple[SentenceLink, ...] = ()
    words: tuple[WordLink, ...] = ()
    attribution: Attribution | None = None
    coverage: Coverage | None = Field(
        default=None, description="Which words of each side the other explains."
    )
    findings: tuple[Finding, ...] = ()
    windowed: bool = Field(
        default=False,
        description="The sides were too long for one alignment search: they were aligned in "
        "windows between anchors, and no link crosses a window's edge (docs/pairing.md).",
    )

    def spans(self) -> Iterator[Span]:
        yield self.source
        yield self.target
        for link in (*self.sentences, *self.words, *self.findings):
            yield from link.spans()
        if self.attribution is not None:
            yield from self.attribution.spans()
        if self.coverage is not None:
            yield from self.coverage.spans()


class Meta(_Frozen):
    """What produced a document: enough to reproduce it."""

    version: str = Field(description="bilingua version.")
    backend: Literal["none", "rules", "stanza"] = "none"
    options: dict[str, str] = Field(default_factory=dict)


class LangHint(Span):
    """A stretch of text whose language the markup declares (``<p lang="uk">`` in an embed).

    Detection takes it as evidence for runs whose own words do not settle their language;
    strong evidence in the text wins over it (see docs/input.md).
    """

    lang: LangCode


class Provenance(_Frozen):
    """Where a document's text came from and how it was read (see docs/input.md)."""

    source: str | None = Field(default=None, description="The file (and record) read.")
    format: Literal["text", "html", "jsonl", "warc", "wet"] = "text"
    url: str | None = Field(default=None, description="The page's URL, where known.")
    date: _dt.datetime | None = Field(
        default=None, description="When the page was captured (WARC-Date), where known."
    )
    encoding: str | None = Field(default=None, description="The charset the bytes were read in.")
    hints: tuple[LangHint, ...] = Field(
        default=(), description="Languages the markup declares for stretches of the text."
    )
    unread_embeds: tuple[str, ...] = Field(
        default=(),
        description="URLs of embedded posts whose text the page does not hold (a widget "
        "left to a script or an iframe).",
    )

    def spans(self) -> Iterator[Span]:
        yield from self.hints


class Document(_Frozen):
    """A text and everything bilingua found in it."""

    text: str
    source: str | None = Field(default=None, description="Where the text came from (a path).")
    provenance: Provenance | None = Field(
        default=None, description="How the text was read: format, URL, date, language hints."
    )
    segments: tuple[Segment, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    pairs: tuple[Pair, ...] = ()
    meta: Meta

    @model_validator(mode="after")
    def _check_offsets(self) -> Document:
        hints = self.provenance.spans() if self.provenance is not None else iter(())
        for span in itertools.chain(self.spans(), hints):
            if span.end > len(self.text) or self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.start}..{span.end} {span.text!r} does not match the document text"
                )
        return self

    def spans(self) -> Iterator[Span]:
        """Every span in the document, nested ones included."""
        for item in (*self.segments, *self.quotes, *self.sentences, *self.pairs):
            yield from item.spans()


class DocumentAlignment(_Frozen):
    """Two documents aligned sentence by sentence and word by word.

    Source spans index into ``source_text``, target spans into ``target_text``.
    """

    source_text: str
    target_text: str
    source_lang: LangCode
    target_lang: LangCode
    score: float = Field(ge=0.0, le=1.0)
    sentences: tuple[SentenceLink, ...] = ()
    words: tuple[WordLink, ...] = ()
    meta: Meta

    @model_validator(mode="after")
    def _check_offsets(self) -> DocumentAlignment:
        links: list[SentenceLink | WordLink] = [*self.sentences, *self.words]
        for link in links:
            for span, text in ((link.source, self.source_text), (link.target, self.target_text)):
                if span.end > len(text) or text[span.start : span.end] != span.text:
                    raise ValueError(
                        f"span {span.start}..{span.end} {span.text!r} does not match its text"
                    )
        return self


class Verdict(_Frozen):
    """How faithfully a rendering says what its source says: a score and itemised findings.

    In standalone use (:func:`bilingua.verify_translation`) ``source_text`` and ``target_text``
    hold the two texts: source spans index into ``source_text``, target spans into
    ``target_text``, and that is checked when the verdict is built. Inside a document both are
    None and the spans index into the document text.
    """

    score: float = Field(ge=0.0, le=1.0, description="Faithfulness in [0, 1], higher is better.")
    findings: tuple[Finding, ...] = ()
    coverage: Coverage | None = Field(
        default=None, description="Which words of each side the other explains."
    )
    source_text: str | None = None
    target_text: str | None = None

    @model_validator(mode="after")
    def _check_offsets(self) -> Verdict:
        placed: list[tuple[Span | None, str | None]] = []
        for finding in self.findings:
            placed += [(finding.source, self.source_text), (finding.target, self.target_text)]
        for gap in self.coverage.gaps if self.coverage is not None else ():
            own, other = (
                (self.source_text, self.target_text)
                if gap.side == "source"
                else (self.target_text, self.source_text)
            )
            placed += [(gap, own), *((word, own) for word in gap.words), (gap.opposite, other)]
        for span, text in placed:
            if span is None or text is None:
                continue
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.start}..{span.end} {span.text!r} does not match its text"
                )
        return self
