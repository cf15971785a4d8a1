"""Documents for the report's tests, screenshots and benchmark, built as real output would be.

The example article and its damaged copy, a dated post and the rest are real ``analyze`` output
(rules backend, so the pages do not depend on models); a few documents add a finding or change
a link by hand to exercise what analysis rarely gives (hostile text in a message, a pair-level
finding, an unlinked middle sentence): every span is a real offset into the text, found by
searching the pair's side, so the Document validator checks them.
"""

from __future__ import annotations

from collections.abc import Sequence

import bilingua
from bilingua.match import content_words
from bilingua.model import (
    Coverage,
    Document,
    Finding,
    FindingKind,
    Gap,
    GapHolds,
    Pair,
    PairSide,
    Severity,
    Span,
)
from bilingua.verify.score import SEVERITY_FACTOR
from tests.conftest import EXAMPLE

#: What the damaged copy changes in the example: a number, a name, an added word, a dropped
#: sentence and a lost negation — the damage a careless rendering does.
DAMAGE = (
    (
        "about the €500 million for weapons for Ukraine",
        "about the €300 million for weapons and tanks for Poland",
    ),
    (" Russia must pay for every crime.", ""),
    ("We will not give up our land", "We will give up our land"),
)


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def damaged_text() -> str:
    text = example_text()
    for before, after in DAMAGE:
        assert before in text
        text = text.replace(before, after)
    return text


def example_document() -> Document:
    """The seed-like example article, as ``analyze`` gives it (rules backend)."""
    return bilingua.analyze(example_text(), source="examples/article.txt", backend="rules")


def checked(document: Document) -> Document:
    """``document`` built again from its fields: ``model_copy`` validates nothing, this checks
    every span against the text (the Document validator)."""
    return Document.model_validate(document.model_dump())


def find(text: str, side: PairSide, needle: str, occurrence: int = 0) -> Span:
    """The span of ``needle`` (its ``occurrence``-th time) inside ``side``."""
    start = side.start - 1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1, side.end)
    return Span.of(text, start, start + len(needle))


def gap(
    document: Document,
    side: PairSide,
    name: str,
    stretch: str,
    words: Sequence[str],
    holds: Sequence[GapHolds] = (),
) -> Gap:
    """A gap over ``stretch`` of ``side`` whose unexplained words are ``words``."""
    where = find(document.text, side, stretch)
    word_spans = []
    for word in words:
        start = document.text.index(word, where.start, where.end)
        word_spans.append(Span.of(document.text, start, start + len(word)))
    return Gap.of(
        document.text,
        where.start,
        where.end,
        side=name,
        words=tuple(word_spans),
        holds=tuple(holds),
    )


def content_count(document: Document, side: PairSide) -> int:
    """How many content words the document's sentences give ``side``."""
    return sum(
        1
        for sentence in document.sentences
        for token in content_words(sentence.tokens, sentence.lang)
        if side.start <= token.start and token.end <= side.end
    )


def coverage(document: Document, pair: Pair, gaps: Sequence[Gap]) -> Coverage:
    """A coverage map of ``pair`` with ``gaps``: every other content word counts as explained."""
    source_words = content_count(document, pair.source)
    target_words = content_count(document, pair.target)
    missing = {
        name: sum(len(g.words) for g in gaps if g.side == name) for name in ("source", "target")
    }
    return Coverage(
        source_words=source_words,
        source_explained=max(0, source_words - missing["source"]),
        target_words=target_words,
        target_explained=max(0, target_words - missing["target"]),
        gaps=tuple(sorted(gaps, key=lambda g: g.start)),
    )


def with_findings(pair: Pair, extra: Sequence[Finding], **update: object) -> Pair:
    """``pair`` with ``extra`` findings, its score lowered by their factors as verify does."""
    score = pair.score
    for finding in extra:
        score *= SEVERITY_FACTOR[finding.severity]
    return pair.model_copy(
        update={"findings": (*pair.findings, *extra), "score": round(score, 4), **update}
    )


def damaged_document() -> Document:
    """The damaged copy of the example, as ``analyze`` gives it (rules backend): a changed
    number, a swapped name, an added phrase, a dropped sentence and a lost negation."""
    return checked(
        bilingua.analyze(
            damaged_text(), source="examples/article.txt (damaged rendering)", backend="rules"
        )
    )


def dated_document() -> Document:
    """A quoted post and its rendering whose month differs, with an omission inside a sentence
    that has no final punctuation, as ``analyze`` gives it."""
    uk = "Зустріч з Борреллем перенесли на 14 березня у Брюсселі без жодних пояснень"
    en = "The meeting with Borrell was moved to 14 April in Brussels"
    text = f"Kuleba posted on Telegram:\n\n{uk}\n\nTranslation: {en}\n"
    document = bilingua.analyze(text, source="telegram-post.txt", backend="rules")
    if not document.pairs:
        raise AssertionError("the analysis found no pair in the dated post")
    return checked(document)


#: Text that bites: markup, event handlers, script URLs, a CDATA end, a comment opener, a
#: closing textarea — in prose and inside both sides of a pair.
HOSTILE = (
    "<script>window.__pwned = 1</script> Breaking: </textarea><img src=x "
    'onerror="window.__pwned = 2"> news from Kyiv.\n\n'
    '«Ми переможемо, <b onmouseover="window.__pwned = 3">друзі</b>! Деталі: javascript:alert(1)'
    " ]]> <!-- коментар -->», — написав Зеленський.\n\n"
    '"We will win, <b onmouseover="window.__pwned = 3">friends</b>! Details: javascript:alert(1)'
    ' ]]> <!-- comment -->," Zelensky wrote. <a href="javascript:window.__pwned = 4">link</a>\n'
)


def hostile_document() -> Document:
    """``HOSTILE`` analysed, with a finding, an attribution and a source name that bite too."""
    document = bilingua.analyze(HOSTILE, source='<b>evil</b> & "x".txt', backend="rules")
    pair = document.pairs[0]
    bait = Finding(
        kind=FindingKind.NAME,
        severity=Severity.ERROR,
        message='</li></ul><script>window.__pwned = 5</script>"onerror="x',
        source=find(HOSTILE, pair.source, "друзі"),
        target=find(HOSTILE, pair.target, "friends"),
    )
    gaps = [gap(document, pair.target, "target", "Details", ["Details"])]
    pair = with_findings(pair, [bait], coverage=coverage(document, pair, gaps))
    attribution = pair.attribution.model_copy(
        update={"speaker": "<img src=x onerror=window.__pwned=6>", "handle": "@x\"'><svg>"}
    )
    pair = pair.model_copy(update={"attribution": attribution})
    return checked(document.model_copy(update={"pairs": (pair, *document.pairs[1:])}))


def unlinked_document() -> Document:
    """The example with its first pair's middle sentence link removed: both sentences unlinked."""
    document = example_document()
    first = document.pairs[0]
    links = (first.sentences[0], first.sentences[2])
    first = first.model_copy(update={"sentences": links})
    return checked(document.model_copy(update={"pairs": (first, *document.pairs[1:])}))


def length_document() -> Document:
    """The example with a length finding over the whole first pair: a pair-level finding."""
    document = example_document()
    first = document.pairs[0]
    length = Finding(
        kind=FindingKind.LENGTH,
        severity=Severity.WARNING,
        message="the rendering is 2.1× the expected length",
        source=Span.of(document.text, first.source.start, first.source.end),
        target=Span.of(document.text, first.target.start, first.target.end),
    )
    pairs = (with_findings(first, [length]), *document.pairs[1:])
    return checked(document.model_copy(update={"pairs": pairs}))
