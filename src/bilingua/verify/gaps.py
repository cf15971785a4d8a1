"""Omissions and additions inside sentences, from the coverage map (:mod:`bilingua.coverage`).

A gap of the source is something the rendering does not say (*omission*); a gap of the target
is something it adds (*addition*). How much a gap weighs (:func:`~bilingua.coverage.gap_weight`:
one per content word, more for a name, a number, a date, a negation, a verb) sets the severity.
Where the other side has unexplained words at the same place too, the two gaps may render each
other in words the lexicon does not know: the severity is one step lower — except where a value
faces something else: a name or a date against other words at its place is a substitution, the
error a fact-checker looks for ("NATO 6" for "6 червня", "Nazar" for "залі"). Numbers have a
finer check of their own (:mod:`~bilingua.verify.numbers`).

Gaps outside every sentence link are whole sentences: :mod:`~bilingua.verify.sentences` reports
them.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence

from bilingua.align import ordinary_test
from bilingua.coverage import gap_weight
from bilingua.lexicon import Lexicon
from bilingua.lexicon.aliases import alias_lexicon
from bilingua.lexicon.dates import calendar_value
from bilingua.lexicon.lemma import en_known, uk_common, uk_lemma
from bilingua.lexicon.translit import name_similarity, transliterate
from bilingua.match import WordView, unpossessive
from bilingua.model import Finding, FindingKind, Gap, GapHolds, Severity, Span, Token
from bilingua.verify._side import Context, heard_alike, preview

__all__ = ["gap_findings"]

#: Gap weights from which an omission or addition is an error, a warning (docs/verify.md).
ERROR_WEIGHT = 5.0
WARNING_WEIGHT = 2.5
INFO_WEIGHT = 2.0  # below: one plain word, which the map shows and the score counts, no finding
# Values whose substitution this module reports; numbers have their own, finer check
# (:mod:`~bilingua.verify.numbers`: units, conversions, clock times).
_VALUES = (GapHolds.NAME, GapHolds.DATE)
_LOWER = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}
_SWAP_WORDS = 3  # a substitution replaces a word or two, not a clause
_MENTION_SCORE = 0.5  # a matcher link this strong counts as a mention of the same name
_MENTION_REACH = 2000  # characters around the opposite place searched for another mention
# an adjective made of a name is longer than the name and sounds much like it (путінський ~
# Putin: 0.63; тато ~ NATO, Київ ~ Kharkiv stay below)
_ADJECTIVE_LETTERS = 2
_ADJECTIVE_SOUND = 0.6


def gap_findings(context: Context) -> Iterator[Finding]:
    gaps = context.coverage.gaps
    by_side = {
        "source": _Gaps([g for g in gaps if g.side == "source"]),
        "target": _Gaps([g for g in gaps if g.side == "target"]),
    }
    substituted: set[int] = set()  # ids of gaps a substitution finding already speaks for
    for gap in by_side["target"]:
        facing = _facing(gap, by_side["source"])
        value = _value(gap)
        if value is not None and _swapped(context, gap, facing, "target"):
            nearest = _nearest(gap, facing)
            substituted.update((id(gap), id(nearest)))
            yield _substitution(context, [nearest], gap, value)
    for gap in by_side["source"]:
        if id(gap) in substituted or not _reportable(context, gap):
            continue
        facing = [g for g in _facing(gap, by_side["target"]) if id(g) not in substituted]
        value = _value(gap)
        if value is not None and _swapped(context, gap, facing, "source"):
            nearest = _nearest(gap, facing)
            substituted.update((id(gap), id(nearest)))
            yield _substitution(context, [gap], nearest, value)
            continue
        severity = _severity(gap, facing)
        if severity is not None:
            yield Finding(
                kind=FindingKind.OMISSION,
                severity=severity,
                message=f"the source says {preview(gap.text)} ({_count(gap)}), "
                "which the rendering does not",
                source=context.source.span(gap.start, gap.end),
                target=gap.opposite,
            )
    for gap in by_side["target"]:
        if id(gap) in substituted or not _reportable(context, gap):
            continue
        severity = _severity(gap, _facing(gap, by_side["source"]))
        if severity is not None:
            yield Finding(
                kind=FindingKind.ADDITION,
                severity=severity,
                message=f"the rendering adds {preview(gap.text)} ({_count(gap)}), "
                "which the source does not say",
                source=gap.opposite,
                target=context.target.span(gap.start, gap.end),
            )


def _nearest(gap: Gap, facing: Sequence[Gap]) -> Gap:
    """The facing gap at about the same relative place in the stretch where ``gap`` belongs."""
    where = gap.opposite or gap  # facing gaps exist only where the opposite stretch is known
    middle = (where.start + where.end) / 2
    return min(facing, key=lambda g: abs((g.start + g.end) / 2 - middle))


def _reportable(context: Context, gap: Gap) -> bool:
    """Inside a sentence link, or in a part of a sentence that the rest of it is linked from (a
    clause left out of a run-on line); a wholly unlinked sentence is the sentence check's."""
    if gap.opposite is not None:
        return True
    side = context.source if gap.side == "source" else context.target
    sentence = side.sentence_at(gap.start)
    if sentence is None:
        return False
    return context.linked(gap.side, sentence.start, sentence.end)


class _Gaps(list[Gap]):
    """One side's gaps in text order (disjoint), with their ends for a binary search."""

    def __init__(self, gaps: list[Gap]) -> None:
        super().__init__(gaps)
        self.ends = [g.end for g in gaps]


def _facing(gap: Gap, others: _Gaps) -> list[Gap]:
    """The other side's gaps inside the stretch where ``gap``'s counterpart would stand."""
    where = gap.opposite
    if where is None:
        return []
    end = max(where.end, where.start + 1)
    found = []
    for other in others[bisect.bisect_right(others.ends, where.start) :]:
        if other.start >= end:
            break
        found.append(other)
    return found


def _swapped(context: Context, gap: Gap, facing: Sequence[Gap], side: str) -> bool:
    """Whether a gap holding a name or date stands where the other side has other words: both
    short (a word replaced by a word), and — for a name — one the other side never mentions
    (a rendering that repeats a name the source gives elsewhere makes it explicit, it swaps
    nothing)."""
    if gap.opposite is None or not facing or _spelled_out(gap, facing):
        return False
    if len(gap.words) > _SWAP_WORDS or sum(len(g.words) for g in facing) > _SWAP_WORDS:
        return False
    if _value(gap) == GapHolds.DATE:
        # a month against a month anywhere in the link is the date check's (it names both)
        return not _other_dates(context, gap, side)
    if _value(gap) == GapHolds.NUMBER:
        return any(_magnitude(g) for g in facing)  # millions → billions, per cent → times
    own, other = (
        (context.source, context.target) if side == "source" else (context.target, context.source)
    )
    names = [t for word in gap.words for t in own.tokens_in(word) if t.text[:1].isupper()]
    if not any(_strong_name(context, t.text, own.lang) for t in names):
        return False  # Parts, Southwest, Council: capitalised common words, not another name
    if _heard_alike(context, names, facing, context.source_is_uk == (side == "source")):
        return False  # Олександр ~ Aleksandr: one name spelled by ear
    near = Span.of(
        other.text,
        max(other.start, gap.opposite.start - _MENTION_REACH),
        min(other.end, gap.opposite.end + _MENTION_REACH),
    )
    views = [context.view(t) for t in other.tokens_in(near)]
    return not any(_mentioned(context, token, views, side == "source") for token in names)


def _strong_name(context: Context, word: str, lang: str) -> bool:
    """A name that is no common word of its language (Nazar, NATO, Canada, Polish — not
    Parts, Council, Southwest, which English capitalises in titles and proper compounds)."""
    return not ordinary_test(context.matcher.lexicon)(word, lang)


@functools.lru_cache(maxsize=4)
def _rendered_acronyms(lexicon: Lexicon) -> frozenset[str]:
    """The English acronyms that some lexicon or alias entry gives as a translation."""
    entries = [*lexicon.entries(), *alias_lexicon().entries()]
    return frozenset(
        word
        for entry in entries
        for translation in entry.en.split("|")
        for word in translation.split()
        if len(word) >= 2 and word.isupper()
    )


def _name_like(context: Context, word: str, lang: str) -> bool:
    """A word that may be the name another name replaced: capitalised, a month or weekday, or a
    Ukrainian word that a one-word lexicon entry renders by a name (українських ~ Ukrainian)."""
    if calendar_value(word, lang) is not None:
        return True
    if word[:1].isupper():
        # Тихому, Скелястих: a common word written with a capital inside a name, which a
        # rendering says by meaning (the Pacific, the Rockies)
        return not (lang == "uk" and uk_common(word))
    return lang == "uk" and uk_lemma(word).lower() in _named_by(context.matcher.lexicon)


@functools.lru_cache(maxsize=4)
def _named_by(lexicon: Lexicon) -> frozenset[str]:
    """The one-word Ukrainian entries whose every translation is capitalised (український ~
    Ukrainian; not південний, which «Південна Африка» makes part of a name), as lemmas in lower
    case (a stem would make океан one with Океанія)."""
    return frozenset(
        entry.uk.strip().lower()
        for entry in lexicon.entries()
        if entry.kind == "lexicon"
        and " " not in entry.uk.strip()
        and all(t[:1].isupper() for t in entry.en.split("|"))
    )


def _in_dictionary(context: Context, word: str, lang: str) -> bool:
    """A word a dictionary holds (Tide, Southwest, Hollywood; a part of Al-Qaeda-linked), or an
    English acronym the lexicon does not render (GOP, PTSD: often said in full on the other
    side): a name made of it may render the other side's common words by meaning, where Nazar
    or NATO (НАТО) cannot."""
    bare = unpossessive(word)
    if lang == "en" and len(bare) >= 2 and bare.isupper():
        return bare not in _rendered_acronyms(context.matcher.lexicon)
    parts = [bare, *(part for part in bare.split("-") if len(part) > 2 and "-" in bare)]
    known = en_known if lang == "en" else uk_common
    return any(known(part) for part in parts)


def _heard_alike(
    context: Context, names: Sequence[Token], facing: Sequence[Gap], uk_first: bool
) -> bool:
    """Whether a facing word sounds like one of the names (:func:`heard_alike`)."""
    lexicon = context.matcher.lexicon
    for gap in facing:
        for word in gap.words:
            for name in names:
                uk, en = (name.text, word.text) if uk_first else (word.text, name.text)
                if heard_alike(lexicon, uk, en):
                    return True
    return False


def _mentioned(context: Context, token: Token, views: list[WordView], from_source: bool) -> bool:
    """Whether some word of ``views`` (the other side) renders ``token``: a matcher link, or a
    lower-case word longer than the name that sounds like it (путінський ~ Putin’s,
    харківський ~ Kharkiv: an adjective made of the name)."""
    if not views:
        return False
    token_is_uk = from_source == context.source_is_uk
    if token_is_uk:
        found = context.matcher.matches([context.view(token)], views)
    else:
        found = context.matcher.matches(views, [context.view(token)])
    if any(value >= _MENTION_SCORE for value, _ in found.values()):
        return True
    name = unpossessive(token.text)
    return any(
        (name_similarity(name, view.text) if token_is_uk else name_similarity(view.text, name))
        >= _ADJECTIVE_SOUND
        for view in views
        if view.text.islower() and len(view.text) >= len(name) + _ADJECTIVE_LETTERS
    )


def _spelled_out(gap: Gap, facing: Sequence[Gap]) -> bool:
    """An acronym against a run of several words one of which begins with its first letter,
    either way round (ЧР ~ the Czech Republic: Ч and Czech begin alike): rendered by its
    expansion, which no link reaches. NATO where the source says «Ради … відбудеться» is no
    expansion."""
    words = [w for g in facing for w in g.words]
    if _acronym(gap) and len(words) >= 2:
        return _initial(gap.words[0].text) in {_initial(w.text) for w in words}
    acronyms = [w for g in facing if _acronym(g) for w in g.words]
    return len(gap.words) >= 2 and any(
        _initial(a.text) in {_initial(w.text) for w in gap.words} for a in acronyms
    )


def _initial(word: str) -> str:
    """The first letter of a word in Latin script (Cyrillic transliterated)."""
    return transliterate(word[:1]).lower()[:1]


def _acronym(gap: Gap) -> bool:
    return all(
        len(word.text) >= 2 and sum(ch.isupper() for ch in word.text) >= 2 for word in gap.words
    )


def _other_dates(context: Context, gap: Gap, side: str) -> bool:
    """Whether the other side of the gap's sentence link has a month or weekday of its own
    that no link of the evidence ``date`` explains (:mod:`~bilingua.verify.dates` compares
    the two)."""
    link = context.link_of(side, gap.start, gap.end)
    if link is None:
        return False
    other, span = (
        (context.target, link.target) if side == "source" else (context.source, link.source)
    )
    dated = context.meaning_linked
    return any(
        calendar_value(t.text, other.lang) is not None and (t.start, t.end) not in dated
        for t in other.tokens_in(span)
    )


def _value(gap: Gap) -> GapHolds | None:
    found = next((hold for hold in _VALUES if hold in gap.holds), None)
    if found is None and _magnitude(gap):
        return GapHolds.NUMBER
    return found


def _magnitude(gap: Gap) -> bool:
    """A gap of magnitude words only (мільйонів, billions, відсотків, times): digits are the
    number check's, a scale written in words is this one's."""
    return GapHolds.NUMBER in gap.holds and not any(
        ch.isdigit() for word in gap.words for ch in word.text
    )


def _severity(gap: Gap, facing: Sequence[Gap]) -> Severity | None:
    weight = gap_weight(gap)
    if weight < INFO_WEIGHT or (GapHolds.NUMBER in gap.holds and len(gap.words) <= 2):
        return None  # one plain word; a number with its unit is the number check's
    severity = (
        Severity.ERROR
        if weight >= ERROR_WEIGHT
        else Severity.WARNING
        if weight >= WARNING_WEIGHT
        else Severity.INFO
    )
    if facing:
        return _LOWER.get(severity)
    return severity


def _substitution(
    context: Context, sources: Sequence[Gap], target: Gap, value: GapHolds
) -> Finding:
    """A name or date on one side where the other says something else: an error where the
    lexicon knows what the other side's words mean (so they are not the name heard otherwise)
    and, for a name, one of them may be a name too (Туреччини, українських); a warning where
    not (Tide for «приплив», Russian for «підрозділів»: often a rendering by meaning)."""
    kind = {
        GapHolds.NAME: FindingKind.NAME,
        GapHolds.DATE: FindingKind.DATE,
        GapHolds.NUMBER: FindingKind.NUMBER,
    }[value]
    source = Span.of(context.source.text, sources[0].start, sources[-1].end)
    valued_target = _value(target) == value
    plain = [target] if not valued_target else list(sources)
    lang = context.target.lang if not valued_target else context.source.lang
    known = value in (GapHolds.DATE, GapHolds.NUMBER) or any(
        _known(context, word.text, lang) for gap in plain for word in gap.words
    )  # a month where the other side says anything else is wrong; a name may be heard otherwise
    if value == GapHolds.NAME:
        # a rendering's name where the source has common words: a swap when no dictionary
        # holds it (Nazar for «залі»); Tide, Al-Qaeda-linked may render the words by meaning.
        # A source name where the rendering has common words was left out, not swapped.
        known = known and (
            any(_name_like(context, word.text, lang) for gap in plain for word in gap.words)
            or (
                valued_target
                and not any(
                    _in_dictionary(context, w.text, context.target.lang) for w in target.words
                )
            )
        )
    return Finding(
        kind=kind,
        severity=Severity.ERROR if known else Severity.WARNING,
        message=f"the source says {preview(source.text)}, "
        f"the rendering {preview(target.text)} at that place",
        source=source,
        target=context.target.span(target.start, target.end),
    )


def _known(context: Context, word: str, lang: str) -> bool:
    """Whether the lexicon knows ``word`` as a common word (or it is a month or weekday)."""
    if calendar_value(word, lang) is not None:
        return True
    if lang == "uk":
        return bool(context.matcher.lexicon.translations_of(word.lower()))
    return ordinary_test(context.matcher.lexicon)(word, "en")


def _count(gap: Gap) -> str:
    words = len(gap.words)
    return f"{words} word{'s' if words != 1 else ''} with no counterpart"
