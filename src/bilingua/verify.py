"""Verification: does a rendering say what its source says, and where does it not?

For a source passage and its rendering, already split into sentences and aligned
(:mod:`bilingua.align`), :func:`verify_sides` returns a :class:`~bilingua.model.Verdict`: a
faithfulness score in [0, 1] and itemised :class:`~bilingua.model.Finding` objects, each with a
kind, a severity, a plain-language message and the spans on both sides. The checks:

- numbers (:func:`~bilingua.lexicon.find_quantities`: values with scale and unit, so
  ``350 мільйонів`` ~ ``$350 million``), names and entities (through :class:`Matcher`:
  transliteration, aliases, lexicon), @handles, #hashtags and URLs;
- source sentences without a sentence link (omitted), target sentences without one (added);
- negation present on one side of a sentence link only;
- an implausible length ratio; text left in the source language's script on the target side.

The score multiplies a word-coverage term by one factor per finding (docs/verify.md), so it
rises with evidence of correspondence and falls with every finding. :func:`verify_translation`
does the whole job for two plain strings. This module imports align, match, lexicon, nlp and
model, never the pipeline: the pipeline calls it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from bilingua import nlp
from bilingua.align import Alignment, align_sentences
from bilingua.errors import InputError
from bilingua.lexicon import (
    Lexicon,
    Quantity,
    alias_targets,
    en_stem,
    find_quantities,
    name_similarity,
    uk_stem,
)
from bilingua.match import Matcher, WordView, content_words, default_matcher
from bilingua.model import (
    Finding,
    FindingKind,
    Sentence,
    Severity,
    Span,
    Token,
    Verdict,
)

__all__ = ["Side", "verify_sides", "verify_translation"]

_LANGS = ("uk", "en")
_LINK_MIN = 0.5  # weakest word correspondence that counts as "rendered"
_EN_PER_UK = 0.95  # English characters per Ukrainian character in translated news
_LENGTH_SLACK = 10  # characters added to both sides, so short passages are not judged harshly
_LENGTH_WARNING = math.log(1.8)
_LENGTH_ERROR = math.log(3.0)
_COVERAGE_FULL = 0.3  # word coverage (F) that counts as full evidence (most clean pairs, rules)
_COVERAGE_BASE = 0.2  # score floor of the coverage term: no evidence is not proof of the opposite
#: Factor applied to the score per finding, by severity.
SEVERITY_FACTOR = {Severity.INFO: 0.98, Severity.WARNING: 0.85, Severity.ERROR: 0.6}

_ANCHOR_RE = re.compile(r"https?://[^\s<>«»\"]+|www\.[^\s<>«»\"]+|[@#][^\W_][\w]*")
_ORDINAL_RE = re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b")
_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ-]*")
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_UK_NEGATION_RE = re.compile(
    r"^(?:не|ні|ніколи|ніде|нікуди|ніхто|нікого|нікому|ніким|ніщо|нічого|нічому|нічим|"
    r"ніякий|ніяка|ніяке|ніякі|ніяк\w*|немає|нема|жодн\w*)$"
)
_EN_NEGATION_RE = re.compile(
    r"^(?:not|no|never|nobody|nothing|none|neither|nor|nowhere|cannot|n[’']t|\w+n[’']t)$"
)
# Words that render a negation without negating in form ("without", "безпідставно"): they
# answer a negation on the other side but never raise a finding themselves.
_UK_WEAK_NEGATION_RE = re.compile(r"^(?:без|без\w+|ледве|навряд|замість|поки|доки)$")
_EN_WEAK_NEGATION_RE = re.compile(
    r"^(?:without|lack\w*|fail\w*|refus\w*|unable|rather|instead|until|unless|hardly|"
    r"little|few|deny|denie\w*|avoid\w*|absent|free|un\w{3,}|in\w*able|never\w*)$"
)
# "а не" (rather than), "поки не" (until), "не лише" (not only), "мало не" (almost), "не
# старше" (as young as): a «не» that English renders without a negation.
_UK_IDLE_BEFORE = frozenset("а поки доки ледь мало чи".split())
_UK_IDLE_AFTER = frozenset("лише тільки лиш більше менше старше раніше пізніше".split())
_OPENERS = frozenset(".!?…:;\"«»“”„‘’'(–—-")
# Unit conversions a translator makes (in→cm, mi→km, ft→m and cm, yd→m, lb→kg, oz→g, gal→l,
# a difference in °F→°C); a pair of values in one of these ratios is not a number mismatch.
_CONVERSIONS = (2.54, 1.609344, 1 / 0.3048, 30.48, 1 / 0.4536, 28.35, 3.785, 1.8)
_CONVERSION_TOLERANCE = 0.03  # renderings round converted values
_UNIT_RE = re.compile(
    r"\W{0,3}(?:cm|km|mm|m|kg|g|lb|oz|mph|°|degree|inch|inches|foot|feet|ft|mile|yard|pound|"
    r"gallon|litre|liter|см|км|мм|м|кг|г|фунт|градус|дюйм|фут|мил|ярд|галон|літр|метр|"
    r"кілометр|сантиметр|кілограм)",
    re.IGNORECASE,
)
_SILENT_WORDS = 3  # content words a sentence needs before it can be called silent
_SILENT_SHARE = 0.15  # share of linked content words under which a sentence is silent
_NAME_SIMILARITY = 0.5  # transliteration similarity that counts as the same name
_COMMON_STEM = 5  # letters a Ukrainian stem needs before a lexicon hit makes it a common word
_NAME_DRIFT = 0.25  # relative position difference within which a name replaces another
_NOT_NAMES_EN = frozenset(
    "I I'm I've I'd I'll Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December".split()
)


@dataclass(frozen=True)
class Side:
    """One side of a translation: a stretch of a text, its language and its sentences.

    Attributes:
        text: the text the offsets index into (the document, or the standalone string).
        start: offset of the side's first character (code points).
        end: offset after its last character (exclusive).
        lang: ``"uk"`` or ``"en"``.
        sentences: the side's sentences with their tokens, in order, all inside the side.
    """

    text: str
    start: int
    end: int
    lang: str
    sentences: tuple[Sentence, ...]

    def span(self, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return Span.of(self.text, start, end)

    def tokens(self) -> Iterator[Token]:
        """Every token of the side, in order."""
        for sentence in self.sentences:
            yield from sentence.tokens


@dataclass(frozen=True)
class _Context:
    source: Side
    target: Side
    alignment: Alignment
    matcher: Matcher

    def link_score(self, source: Token, target: Token) -> float:
        """How well two tokens render each other, whichever side is Ukrainian."""
        a, b = WordView.of(source), WordView.of(target)
        if self.source.lang == "uk":
            return self.matcher.score(a, b)[0]
        return self.matcher.score(b, a)[0]


# --- the verdict ---------------------------------------------------------------------------


def verify_sides(source: Side, target: Side, alignment: Alignment, matcher: Matcher) -> Verdict:
    """Check a rendering against its source.

    Args:
        source: the original side.
        target: the rendering.
        alignment: sentence and word links between the two sides (:func:`align_sentences`),
            source spans into ``source.text``, target spans into ``target.text``.
        matcher: word correspondences (the same matcher the alignment used).

    Returns:
        A :class:`Verdict` without ``source_text``/``target_text``: source spans of its
        findings index into ``source.text``, target spans into ``target.text``.
    """
    context = _Context(source, target, alignment, matcher)
    findings = [
        *_number_findings(context),
        *_name_findings(context),
        *_anchor_findings(context),
        *_sentence_findings(context),
        *_negation_findings(context),
        *_length_findings(context),
        *_untranslated_findings(context),
    ]
    findings.sort(key=_finding_order)
    return Verdict(score=faithfulness(coverage(context), findings), findings=tuple(findings))


def coverage(context: _Context) -> float:
    """Word coverage: harmonic mean of the shares of content words rendered on each side."""
    source_words = [t for s in context.source.sentences for t in content_words(s.tokens, s.lang)]
    target_words = [t for s in context.target.sentences for t in content_words(s.tokens, s.lang)]
    if not source_words or not target_words:
        return 0.0
    linked_s = {(w.source.start, w.source.end) for w in context.alignment.words}
    linked_t = {(w.target.start, w.target.end) for w in context.alignment.words}
    share_s = sum((t.start, t.end) in linked_s for t in source_words) / len(source_words)
    share_t = sum((t.start, t.end) in linked_t for t in target_words) / len(target_words)
    return 0.0 if share_s + share_t == 0 else 2 * share_s * share_t / (share_s + share_t)


def faithfulness(word_coverage: float, findings: Iterable[Finding]) -> float:
    """The score: a coverage term times one factor per finding (docs/verify.md).

    Args:
        word_coverage: :func:`coverage`, in [0, 1].
        findings: the findings; each multiplies the score by :data:`SEVERITY_FACTOR`.

    Returns:
        A score in [0, 1], rounded to 4 places; non-decreasing in ``word_coverage`` and
        non-increasing in the findings.
    """
    evidence = min(1.0, max(0.0, word_coverage) / _COVERAGE_FULL)
    score = _COVERAGE_BASE + (1 - _COVERAGE_BASE) * evidence
    for finding in findings:
        score *= SEVERITY_FACTOR[finding.severity]
    return round(max(0.0, min(1.0, score)), 4)


def _finding_order(finding: Finding) -> tuple[int, int, str]:
    where = finding.source or finding.target
    severity = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[finding.severity]
    return (severity, where.start if where else 0, finding.kind.value)


def _preview(text: str, width: int = 50) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= width else flat[: width - 1] + '…'}”"


# --- numbers -------------------------------------------------------------------------------


def _quantities(side: Side) -> list[Quantity]:
    """Quantities of a side, English ordinals (24th) included, none inside a handle or URL."""
    found = find_quantities(side.text, side.lang, side.start, side.end)
    if side.lang == "en":
        taken = [(q.start, q.end) for q in found]
        for match in _ORDINAL_RE.finditer(side.text, side.start, side.end):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(Quantity(match.start(), match.end(), float(match.group(1)), None))
    anchors = [(m.start(), m.end()) for m in _ANCHOR_RE.finditer(side.text, side.start, side.end)]
    kept = [q for q in found if not any(a <= q.start and q.end <= b for a, b in anchors)]
    return sorted(kept, key=lambda q: q.start)


def _same_quantity(a: Quantity, b: Quantity) -> bool:
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)


def _unmatched(
    source: list[Quantity], target: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Quantities left on each side once equal values are paired one to one."""
    free = list(target)
    left = []
    for quantity in source:
        match = next((other for other in free if _same_quantity(quantity, other)), None)
        if match is None:
            left.append(quantity)
        else:
            free.remove(match)
    return left, free


def _converted(source: Side, a: Quantity, target: Side, b: Quantity) -> bool:
    """Whether two values are one measurement in two units (inches and cm, °F and °C…)."""
    if a.value <= 0 or b.value <= 0:
        return False
    if not (_UNIT_RE.match(source.text, a.end) or _UNIT_RE.match(target.text, b.end)):
        return False  # no unit after either number: a changed count, not a conversion
    celsius = [(x.value - 32) * 5 / 9 for x in (a, b)]
    if abs(celsius[0] - b.value) <= 1 or abs(celsius[1] - a.value) <= 1:
        return True
    ratio = max(a.value, b.value) / min(a.value, b.value)
    return any(abs(ratio / factor - 1) <= _CONVERSION_TOLERANCE for factor in _CONVERSIONS)


def _conversions(
    context: _Context, left_s: list[Quantity], left_t: list[Quantity]
) -> Iterator[tuple[Quantity, Quantity]]:
    """Pairs of leftover quantities that are unit conversions; removed from both lists."""
    source, target = context.source, context.target
    for a in list(left_s):
        b = next((o for o in left_t if _converted(source, a, target, o)), None)
        if b is not None:
            left_s.remove(a)
            left_t.remove(b)
            yield a, b


def _has_digit(side: Side, quantity: Quantity) -> bool:
    # "one", "п’ять" help matching but never fire alone: "one of them" is not a count.
    return any(ch.isdigit() for ch in side.text[quantity.start : quantity.end])


def _number_findings(context: _Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    left_s, left_t = _unmatched(_quantities(source), _quantities(target))
    left_s = [q for q in left_s if _has_digit(source, q)]
    left_t = [q for q in left_t if _has_digit(target, q)]
    for a, b in _conversions(context, left_s, left_t):
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.INFO,
            message=f"{source.text[a.start : a.end]} in the source and "
            f"{target.text[b.start : b.end]} in the rendering: a unit conversion?",
            source=source.span(a.start, a.end),
            target=target.span(b.start, b.end),
        )
    for a, b in zip(left_s, left_t, strict=False):
        s_text, t_text = source.text[a.start : a.end], target.text[b.start : b.end]
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.ERROR,
            message=f"the source says {s_text} ({_describe(a)}), the rendering {t_text} "
            f"({_describe(b)})",
            source=source.span(a.start, a.end),
            target=target.span(b.start, b.end),
        )
    for a in left_s[len(left_t) :]:
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.WARNING,
            message=f"the number {source.text[a.start : a.end]} is not in the rendering",
            source=source.span(a.start, a.end),
        )
    for b in left_t[len(left_s) :]:
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.WARNING,
            message=f"the rendering adds the number {target.text[b.start : b.end]}",
            target=target.span(b.start, b.end),
        )


def _describe(quantity: Quantity) -> str:
    number = quantity.value
    if number.is_integer() and abs(number) < 1e15:
        value = f"{int(number):,}"
    else:
        value = f"{number:,.4f}".rstrip("0").rstrip(".")
    return f"{value} {quantity.unit}" if quantity.unit else value


# --- names and entities --------------------------------------------------------------------


def _names(side: Side) -> list[Token]:
    """Capitalised words that do not open a sentence or a quotation (or are tagged PROPN)."""
    names = []
    script = _CYRILLIC_RE if side.lang == "uk" else _LATIN_WORD_RE
    for sentence in side.sentences:
        previous = ""
        for token in sentence.tokens:
            text, opens = token.text, not previous or previous in _OPENERS
            previous = token.text
            if not text[:1].isupper() or not script.match(text) or text in _NOT_NAMES_EN:
                continue
            if opens and token.upos != "PROPN":
                continue  # a capital at the start of a sentence or quotation says nothing
            if token.upos is not None and token.upos not in ("PROPN", "NOUN", "X", "ADJ"):
                continue
            names.append(token)
    return names


def _parts(text: str) -> list[str]:
    # Канзас-Сіті ~ Kansas City, Нідерландах ~ Netherlands-based: compare hyphen parts too.
    return [text, *(part for part in text.split("-") if len(part) > 1 and "-" in text)]


def _rendered(context: _Context, token: Token, others: Sequence[Token], is_source: bool) -> bool:
    """Whether a name has a counterpart among ``others`` (the other side's tokens)."""
    for other in others:
        pair = (token, other) if is_source else (other, token)
        if context.link_score(*pair) >= _LINK_MIN:
            return True
        if not other.text[:1].isupper():
            continue
        uk, en = pair if context.source.lang == "uk" else pair[::-1]
        # English names reach Ukrainian by ear (Ньюман ~ Newman, Дейлі ~ Daley), so a looser
        # similarity than the matcher's is enough here; unrelated names stay far below it.
        if any(
            name_similarity(a, b) >= _NAME_SIMILARITY
            for a in _parts(uk.text)
            for b in _parts(en.text)
        ):
            return True
    return False


def _common_word(context: _Context, token: Token, side: Side) -> bool:
    """A capitalised word the lexicon knows as an ordinary word (Судовому, Judiciary, Prime)."""
    lexicon = context.matcher.lexicon
    if side.lang == "uk":
        # Short stems (Палу → пал, Щуром → щур) hit dictionary words by accident: names.
        known = len(uk_stem(token.text)) >= _COMMON_STEM and lexicon.english_candidates(token.text)
        return bool(known) and not alias_targets(token.text)
    return en_stem(token.text.lower()) in _english_vocabulary(lexicon)


@functools.lru_cache(maxsize=4)
def _english_vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """Stems of every English word that a (non-alias) lexicon entry translates to."""
    return frozenset(
        en_stem(word.lower())
        for entry in lexicon.entries()
        if entry.kind == "lexicon"
        for translation in entry.en.split("|")
        for word in translation.split()
    )


def _name_findings(context: _Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    source_tokens, target_tokens = list(source.tokens()), list(target.tokens())
    missing_s = [t for t in _names(source) if not _rendered(context, t, target_tokens, True)]
    missing_t = [t for t in _names(target) if not _rendered(context, t, source_tokens, False)]
    missing_t = [t for t in missing_t if not _common_word(context, t, target)]
    # An unmatched English capital (Parliament, Judiciary) is common in faithful renderings, so
    # it is never a finding alone; it names the replacement of a missing source name when it
    # stands at about the same place in the passage.
    for a in missing_s:
        b = _nearest(source, a, target, missing_t)
        if b is not None:
            missing_t.remove(b)
            yield Finding(
                kind=FindingKind.NAME,
                severity=Severity.ERROR,
                message=f"the source names {a.text}, the rendering {b.text} instead",
                source=source.span(a.start, a.end),
                target=target.span(b.start, b.end),
            )
        else:
            # A capitalised ordinary word (Національного) is rendered by meaning, not by name.
            common = _common_word(context, a, source)
            yield Finding(
                kind=FindingKind.NAME,
                severity=Severity.INFO if common else Severity.WARNING,
                message=f"the name {a.text} has no counterpart in the rendering",
                source=source.span(a.start, a.end),
            )
    for b in missing_t:  # often a name the source left implicit: worth a look, no more
        yield Finding(
            kind=FindingKind.NAME,
            severity=Severity.INFO,
            message=f"the rendering names {b.text}, which the source does not",
            target=target.span(b.start, b.end),
        )


def _nearest(source: Side, token: Token, target: Side, others: Sequence[Token]) -> Token | None:
    """The token of ``others`` closest in relative position to ``token``, if close enough."""

    def where(side: Side, item: Token) -> float:
        return (item.start - side.start) / max(side.end - side.start, 1)

    here = where(source, token)
    best = min(others, key=lambda other: abs(where(target, other) - here), default=None)
    if best is None or abs(where(target, best) - here) > _NAME_DRIFT:
        return None
    return best


# --- handles, hashtags, URLs ---------------------------------------------------------------


def _anchors(side: Side) -> list[tuple[int, int, str]]:
    found = []
    for match in _ANCHOR_RE.finditer(side.text, side.start, side.end):
        text = match.group().rstrip(".,;:!?)»”\"'")
        found.append((match.start(), match.start() + len(text), text.lower()))
    return found


def _anchor_findings(context: _Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    anchors_s, anchors_t = _anchors(source), _anchors(target)
    keys_s, keys_t = {a[2] for a in anchors_s}, {a[2] for a in anchors_t}
    left_s = [a for a in anchors_s if a[2] not in keys_t]
    left_t = [a for a in anchors_t if a[2] not in keys_s]
    for a, b in zip(left_s, left_t, strict=False):
        yield Finding(
            kind=FindingKind.ANCHOR,
            severity=Severity.INFO if _CYRILLIC_RE.search(a[2]) else Severity.ERROR,
            message=f"the source has {source.text[a[0] : a[1]]}, "
            f"the rendering {target.text[b[0] : b[1]]}",
            source=source.span(a[0], a[1]),
            target=target.span(b[0], b[1]),
        )
    for a in left_s[len(left_t) :]:
        yield Finding(
            kind=FindingKind.ANCHOR,
            severity=Severity.WARNING,
            message=f"{source.text[a[0] : a[1]]} is not in the rendering",
            source=source.span(a[0], a[1]),
        )
    for b in left_t[len(left_s) :]:
        yield Finding(
            kind=FindingKind.ANCHOR,
            severity=Severity.WARNING,
            message=f"the rendering adds {target.text[b[0] : b[1]]}",
            target=target.span(b[0], b[1]),
        )


# --- sentences -----------------------------------------------------------------------------


def _weight(sentence: Sentence) -> Severity:
    words = len(content_words(sentence.tokens, sentence.lang))
    return Severity.ERROR if words >= 3 else Severity.WARNING if words >= 2 else Severity.INFO


def _unlinked(
    sentences: Sequence[Sentence], links: Sequence[Span], linked: set[int]
) -> Iterator[Sentence]:
    """Sentences outside every link, or silent inside a link that joins several sentences.

    A sentence in a 2-1 link is silent when hardly any of its content words has a word link:
    the aligner glued a sentence that has no counterpart onto its neighbour.
    """
    for sentence in sentences:
        link = next((k for k in links if k.start < sentence.end and sentence.start < k.end), None)
        if link is None:
            yield sentence
            continue
        if link.start >= sentence.start and link.end <= sentence.end:
            continue  # the link is this sentence alone
        words = content_words(sentence.tokens, sentence.lang)
        share = sum(word.start in linked for word in words) / max(len(words), 1)
        if len(words) >= _SILENT_WORDS and share < _SILENT_SHARE:
            yield sentence


def _sentence_findings(context: _Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    links = context.alignment.sentences
    if not links and not (source.sentences and target.sentences):
        return  # one side is empty: the length check speaks for it
    linked_s = {word.source.start for word in context.alignment.words}
    linked_t = {word.target.start for word in context.alignment.words}
    for sentence in _unlinked(source.sentences, [link.source for link in links], linked_s):
        yield Finding(
            kind=FindingKind.OMITTED,
            severity=_weight(sentence),
            message=f"the source sentence {_preview(sentence.text)} is not rendered",
            source=source.span(sentence.start, sentence.end),
        )
    for sentence in _unlinked(target.sentences, [link.target for link in links], linked_t):
        yield Finding(
            kind=FindingKind.ADDED,
            severity=_weight(sentence),
            message=f"the rendering adds {_preview(sentence.text)}, not in the source",
            target=target.span(sentence.start, sentence.end),
        )


# --- negation ------------------------------------------------------------------------------


def _negations(side: Side, span: Span) -> tuple[list[Token], bool]:
    """The negating tokens of a sentence link's side, and whether a weak negation is there."""
    uk = side.lang == "uk"
    strong_re = _UK_NEGATION_RE if uk else _EN_NEGATION_RE
    weak_re = _UK_WEAK_NEGATION_RE if uk else _EN_WEAK_NEGATION_RE
    tokens = [t for t in side.tokens() if span.start <= t.start and t.end <= span.end]
    strong, weak = [], False
    for index, token in enumerate(tokens):
        word = token.text.lower()
        before = tokens[index - 1].text.lower() if index else ""
        after = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
        if uk and word == "не" and (before in _UK_IDLE_BEFORE or after in _UK_IDLE_AFTER):
            weak = True
        elif not uk and word == "no" and (after[:1] in (".", "#") or after[:1].isdigit()):
            continue  # No. 1
        elif strong_re.match(word):
            strong.append(token)
        elif weak_re.match(word):
            weak = True
    return strong, weak


def _negation_findings(context: _Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    for link in context.alignment.sentences:
        (neg_s, weak_s), (neg_t, weak_t) = (
            _negations(source, link.source),
            _negations(target, link.target),
        )
        if bool(neg_s) == bool(neg_t) or (neg_s and weak_t) or (neg_t and weak_s):
            continue
        if neg_s:
            where_s, where_t = source.span(neg_s[0].start, neg_s[0].end), link.target
            message = f"the source negates ({neg_s[0].text}), the rendering does not"
        else:
            where_s, where_t = link.source, target.span(neg_t[0].start, neg_t[0].end)
            message = f"the rendering negates ({neg_t[0].text}), the source does not"
        yield Finding(
            kind=FindingKind.NEGATION,
            severity=Severity.WARNING,
            message=message,
            source=where_s,
            target=where_t,
        )


# --- length and script ---------------------------------------------------------------------


def _length_findings(context: _Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    expected = _EN_PER_UK if source.lang == "uk" else 1 / _EN_PER_UK
    chars_s = len(source.text[source.start : source.end].strip())
    chars_t = len(target.text[target.start : target.end].strip())
    ratio = (chars_t + _LENGTH_SLACK) / (chars_s * expected + _LENGTH_SLACK)
    distance = abs(math.log(ratio))
    if distance <= _LENGTH_WARNING:
        return
    longer = "longer" if ratio > 1 else "shorter"
    yield Finding(
        kind=FindingKind.LENGTH,
        severity=Severity.ERROR if distance > _LENGTH_ERROR else Severity.WARNING,
        message=f"the rendering is {max(ratio, 1 / ratio):.1f}× {longer} than a translation "
        f"of the source usually is ({chars_t} vs {chars_s} characters)",
        source=source.span(source.start, source.end),
        target=target.span(target.start, target.end),
    )


def _foreign_runs(side: Side) -> Iterator[tuple[int, int, int]]:
    """``(start, end, words)`` of runs of words in the other language's script on ``side``."""
    word_re = _CYRILLIC_WORD_RE if side.lang == "en" else _LATIN_WORD_RE
    anchors = [(a, b) for a, b, _ in _anchors(side)]
    run: list[re.Match[str]] = []
    for match in word_re.finditer(side.text, side.start, side.end):
        if any(a <= match.start() < b for a, b in anchors):
            continue
        gap = side.text[run[-1].end() : match.start()] if run else ""
        if run and (not gap.strip() or gap.strip() in ",:;–—-«»\"“”'"):
            run.append(match)
            continue
        if run:
            yield run[0].start(), run[-1].end(), len(run)
        run = [match]
    if run:
        yield run[0].start(), run[-1].end(), len(run)


def _untranslated_findings(context: _Context) -> Iterator[Finding]:
    target = context.target
    for start, end, words in _foreign_runs(target):
        text = target.text[start:end]
        if words == 1 and (text[:1].isupper() or len(text) < 3):
            continue  # a name or an initial kept in its own script
        if target.lang == "uk" and words < 3:
            continue  # English words inside Ukrainian are mostly names and terms
        yield Finding(
            kind=FindingKind.UNTRANSLATED,
            severity=Severity.ERROR if words >= 4 else Severity.WARNING,
            message=f"{_preview(text)} is left untranslated in the rendering",
            target=target.span(start, end),
        )


# --- standalone use ------------------------------------------------------------------------


def _check_input(source: object, target: object, source_lang: str, target_lang: str) -> None:
    for name, value in (("source", source), ("target", target)):
        if not isinstance(value, str):
            raise InputError(
                f"verify_translation() takes {name} as a str, not {type(value).__name__}"
            )
        if not value.strip():
            raise InputError(f"the {name} text is empty: there is nothing to verify")
    for name, lang in (("source_lang", source_lang), ("target_lang", target_lang)):
        if lang not in _LANGS:
            raise InputError(f"{name} {lang!r} is not supported; expected 'uk' or 'en'")
    if source_lang == target_lang:
        raise InputError(f"source and target are both {source_lang!r}; expected one uk, one en")


def verify_translation(
    source: str,
    target: str,
    source_lang: str = "uk",
    target_lang: str = "en",
    *,
    backend: nlp.Backend = "auto",
) -> Verdict:
    """Check that ``target`` says what ``source`` says.

    Args:
        source: the original text (each line ends a sentence).
        target: its rendering.
        source_lang: ``"uk"`` or ``"en"``.
        target_lang: the other one.
        backend: sentence and token annotation, as for :func:`bilingua.analyze`.

    Returns:
        A :class:`~bilingua.model.Verdict` carrying ``source_text`` and ``target_text``:
        finding source spans index into ``source``, target spans into ``target``.

    Raises:
        InputError: a text is not a ``str`` or is blank, or the languages are not one ``"uk"``
            and one ``"en"``.
        ModelsNotInstalled: ``backend="stanza"`` and models are missing.
    """
    _check_input(source, target, source_lang, target_lang)
    source_sentences, target_sentences = nlp.annotate_many(
        [
            (source, nlp.line_passages(source, source_lang)),
            (target, nlp.line_passages(target, target_lang)),
        ],
        backend=backend,
    )
    matcher = default_matcher()
    alignment = align_sentences(
        source,
        source_sentences,
        target,
        target_sentences,
        matcher,
        source_is_uk=source_lang == "uk",
    )
    verdict = verify_sides(
        Side(source, 0, len(source), source_lang, tuple(source_sentences)),
        Side(target, 0, len(target), target_lang, tuple(target_sentences)),
        alignment,
        matcher,
    )
    return Verdict(
        score=verdict.score,
        findings=verdict.findings,
        source_text=source,
        target_text=target,
    )
