"""Damaged and run-on copies of an English rendering, for ``benchmarks/verify.py``. Pure functions.

A rendering is a tuple of segments (one corpus line each: a sentence, sometimes two). Every
damage takes the segments, a ``random.Random`` and the :class:`Donors` it may borrow from
(names, sentences and renderings of *other* passages), and returns the damaged segments, or
None when the damage has nothing to work on in this passage. Damage is done on the punctuated
segments; :func:`lay_out` writes them afterwards, punctuated or run-on, so that a clean passage
and its damaged twin differ by the damage only.

These rules are written for this benchmark, independently of ``../shared/eval/make_docs.py``,
so that the two yardsticks do not share blind spots.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "DAMAGES",
    "Damage",
    "Donors",
    "Layout",
    "Segments",
    "add_sentence",
    "change_date",
    "change_number",
    "change_scale",
    "drop_clause",
    "drop_segment",
    "flip_negation",
    "lay_out",
    "names_in",
    "substitute",
    "swap_entity",
    "unpunctuated",
    "words",
]

Segments = tuple[str, ...]

_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words (runs of letters and digits) of ``text``."""
    return _WORD_RE.findall(text)


# --------------------------------------------------------------------------- layout

# A full stop, ! ? or … that ends a sentence, before closing marks and then a space or the end
# of the line: after a word of two or more characters, a digit or a closing mark; at the end of
# a line after any word ("правда ж?"); ! ? … after any word. Inside a line a full stop after a
# single letter stays ("U.S. Army", "J. Smith", "5 p.m. today"), and so does "3.5".
_CLOSING = r"[)\"”’»\]]*"
_SENTENCE_END = re.compile(
    rf"(?:(?<=\w\w)|(?<=\d)|(?<=[)\"”’»]))[.!?…]+(?={_CLOSING}(?:\s|$))"
    rf"|(?<=\w)[.!?…]+(?={_CLOSING}$)"
    rf"|(?<=\w)[!?…]+(?={_CLOSING}\s)"
)


def unpunctuated(line: str) -> str:
    """``line`` without its sentence-final punctuation, as chat lines and transcripts are written.

    Only the marks are removed: every word, quotation mark and space stays.
    """
    return _SENTENCE_END.sub("", line)


class Layout(StrEnum):
    """How a passage is written."""

    PUNCTUATED = "punctuated"  #: as the corpus has it, a segment per line
    RUNON_LINES = "run-on, a segment per line"  #: chat: no end punctuation, one line each
    RUNON_JOINED = "run-on, one line"  #: transcript: no end punctuation, joined by spaces

    @property
    def runon(self) -> bool:
        return self is not Layout.PUNCTUATED


def lay_out(segments: Sequence[str], layout: Layout) -> str:
    """The passage as text: segments on their own lines, or (run-on, joined) on one line."""
    if layout is Layout.PUNCTUATED:
        return "\n".join(segments)
    lines = [unpunctuated(segment) for segment in segments]
    return " ".join(lines) if layout is Layout.RUNON_JOINED else "\n".join(lines)


# --------------------------------------------------------------------------- donors


@dataclass(frozen=True)
class Donors:
    """What a damage may borrow from other passages of the same sample.

    ``names``: capitalised names from other passages of the same corpus (see :func:`names_in`);
    ``sentences``: segments of other passages; ``rendering``: another passage's whole rendering.
    """

    names: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    rendering: Segments = ()


Damage = Callable[[random.Random, Segments, Donors], Segments | None]
_Edit = tuple[int, int, str]  # replace text[start:end] by the string


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _in_segments(
    segments: Segments, edit: Callable[[str], list[_Edit]], rng: random.Random
) -> Segments | None:
    """Apply one edit ``(start, end, replacement)`` drawn among those ``edit`` offers."""
    offers = [(k, *offer) for k, segment in enumerate(segments) for offer in edit(segment)]
    if not offers:
        return None
    k, start, end, new = rng.choice(offers)
    changed = list(segments)
    changed[k] = _replace(segments[k], start, end, new)
    return tuple(changed) if changed[k] != segments[k] else None


# --------------------------------------------------------------------------- kept from before

_NUMBER_RE = re.compile(r"(?<![\w@#/.,])\d+(?![\w/])")


def change_number(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A whole number changed: a small one by a few, a larger one reversed plus one."""

    def offers(segment: str) -> list[_Edit]:
        found = []
        for match in _NUMBER_RE.finditer(segment):
            value = int(match.group())
            new = (
                value + rng.choice((1, 2, 3, 5, 7)) if value < 10 else int(match.group()[::-1]) + 1
            )
            found.append((match.start(), match.end(), str(new if new != value else value + 10)))
        return found

    return _in_segments(segments, offers, rng)


def drop_segment(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """One segment of four words or more left out."""
    long = [k for k, segment in enumerate(segments) if len(segment.split()) >= 4]
    if not long:
        return None
    k = rng.choice(long)
    return segments[:k] + segments[k + 1 :]


def substitute(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """Another passage's rendering in place of this one."""
    return donors.rendering if donors.rendering and donors.rendering != segments else None


# --------------------------------------------------------------------------- clause

_CLAUSE_WORDS = ("and", "but", "which", "who", "that", "because", "while", "when", "where")
_LEADING_WORDS = frozenset(
    "when while because although though if after before as since once unless until".split()
)
# A sentence whose last word is one of these reads as cut off.
_DANGLING = frozenset(
    """
    a an the of to in on at for with by from into about over under between after before during
    and or but nor as than that which who whom whose where when while because although
    is are was were be been being has have had will would could should can may might must do
    does did not its their his her our my your this these those such very more most also said
    """.split()
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“«(]*[A-Z0-9])")
_FINAL_MARKS = re.compile(r"[\s.!?…\"”’»)]*$")
_COORDINATORS = frozenset("and but or so yet then".split())
_ASIDE_WORDS = frozenset(
    "which who whose whom where when while including like such a an the according as".split()
)
_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr St Prof Gen Sen Rep Gov Lt Col Sgt Jr Sr No vs".split())
_BOUNDARY = re.compile(r",\s|;\s|\s[—–-]\s")
_JOIN = re.compile(rf"\s(?:{'|'.join(_CLAUSE_WORDS)})\s")


def _sentences(segment: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of a segment (split after . ! ? … before a capital,
    not after a title or an initial: "Mr. Adams", "J. Smith", "U.S. Army")."""
    ranges, start = [], 0
    for match in _SENTENCE_SPLIT.finditer(segment):
        before = words(segment[start : match.start()])[-1:]
        if before and (len(before[0]) == 1 or before[0] in _ABBREVIATIONS):
            continue
        ranges.append((start, match.start()))
        start = match.end()
    ranges.append((start, len(segment)))
    return [(a, b) for a, b in ranges if b > a]


def _balanced(text: str) -> bool:
    """Quotation marks and brackets pair up inside ``text``."""
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("«") == text.count("»")
        and text.count("(") == text.count(")")
    )


def _reads_whole(sentence: str) -> bool:
    """Three words or more, and not ending on a word that needs a continuation."""
    found = words(_FINAL_MARKS.sub("", sentence))
    return len(found) >= 3 and found[-1].lower() not in _DANGLING


@dataclass(frozen=True)
class _Cut:
    """Replace ``segment[start:end]`` by ``new``; the clause removed is ``segment[start:end]``
    less the ``kept`` characters at its end (a leading clause's cut takes the next letter)."""

    start: int
    end: int
    new: str = ""
    kept: int = 0


def _aside(inside: str, after: str, dashes: bool) -> bool:
    """Whether ``inside`` reads as an aside (a relative clause, an apposition) that the sentence
    can do without, and ``after`` as the sentence going on (not a new clause or a quotation)."""
    first, following = words(inside)[:1], words(after)[:1]
    if not following or following[0].lower() in _COORDINATORS or after[:1] in '"“«':
        return False
    if dashes:
        return True
    word = first[0] if first else ""
    return word.lower() in _ASIDE_WORDS or (word[:1].isupper() and word not in _NOT_NAMES)


def _sentence_cuts(segment: str, start: int, end: int) -> list[_Cut]:
    """Trailing, parenthetical and leading clause cuts of the sentence ``segment[start:end]``."""
    body_end = start + len(_FINAL_MARKS.sub("", segment[start:end]))
    marks = [(m.start(), m.end()) for m in _BOUNDARY.finditer(segment, start, body_end)]
    joins = [m.start() for m in _JOIN.finditer(segment, start, body_end) if m.start() > start]
    # trailing: from a mark or a clause word (and a comma before it) to the end of the sentence
    starts = {len(segment[:at].rstrip(" ,;—–-")) for at in [a for a, _ in marks] + joins}
    cuts = [_Cut(at, body_end) for at in sorted(starts) if at > start]
    # parenthetical: between two marks of the same kind (", …, " or " — … — ")
    for (a, a_end), (b, b_end) in itertools.pairwise(marks):
        if segment[a:a_end].strip() == segment[b:b_end].strip() and _aside(
            segment[a_end:b], segment[b_end:body_end], dashes=segment[a] != ","
        ):
            cuts.append(_Cut(a, b_end, " "))
    # leading: "When …, the rest" or "a first part; the rest"
    first = words(segment[start:body_end])[:1]
    for a, a_end in marks[:1]:
        leading = bool(first) and first[0].lower() in _LEADING_WORDS and segment[a] == ","
        if (leading or segment[a] == ";") and a_end < body_end:
            cuts.append(_Cut(start, a_end + 1, segment[a_end].upper(), kept=a_end + 1 - a))
    return cuts


def _clause_cuts(segment: str) -> list[_Edit]:
    """Every cut of a 4+ word clause from one sentence of ``segment`` that leaves a sentence.

    What is left keeps five words or more and at least 40 % of the sentence's words (so that
    the cut is a clause, not most of the sentence), and its quotation marks pair up.
    """
    found = set()
    for start, end in _sentences(segment):
        total = len(words(segment[start:end]))
        for cut in _sentence_cuts(segment, start, end):
            removed = segment[cut.start : cut.end - cut.kept]
            sentence = segment[start : cut.start] + cut.new + segment[cut.end : end]
            left = len(words(sentence))
            if (
                len(words(removed)) >= 4
                and left >= max(5, 0.4 * total)
                and _balanced(removed)
                and _reads_whole(sentence)
            ):
                found.add((cut.start, cut.end, cut.new))
    return sorted(found)


def drop_clause(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A clause of four words or more cut from inside a sentence, leaving a sentence.

    A clause starts at a comma, semicolon or spaced dash, or before and/but/which/who/that/
    because/while/when/where; it runs to the end of the sentence, to the matching second comma
    or dash (a parenthesis), or (a leading "When …," clause or a first part before ";") from
    the start of the sentence to the mark. The cut is drawn among those that leave three words
    or more not ending on an article, preposition, conjunction or auxiliary.
    """
    return _in_segments(segments, _clause_cuts, rng)


# --------------------------------------------------------------------------- negation

_AUX = "is|are|was|were|has|have|had|does|do|did|will|would|could|should|can|must"
_NOT_AUX = re.compile(rf"\b({_AUX}) not\b", re.IGNORECASE)
_CONTRACTED = re.compile(
    r"\b(is|are|was|were|has|have|had|does|do|did|could|should|would|must)n[’']t\b", re.IGNORECASE
)
_SPECIAL_CONTRACTED = re.compile(r"\b(won|can)[’']t\b|\b(can)not\b", re.IGNORECASE)
# Lower case only: a capitalised auxiliary opens a question ("Will they …?").
_ADD_AUX = re.compile(
    r"\b(is|are|was|were|will|would|could|should|can|must|has|have|had) (?=([a-z]+))"
)
# Adding "not" before these would make a double negative.
_NEGATIVE_WORDS = frozenset("not no never nothing none nobody neither nor longer".split())
_OPPOSITES = {"never": "always", "always": "never", "no longer": "still", "still": "no longer"}
_OPPOSITE_RE = re.compile(r"\b(never|always|no longer|still)\b(?!,)", re.IGNORECASE)
# Before these "will" and "can" are nouns ("the will of the people", "a can of paint").
_NOUN_BEFORE = frozenset("a an the his her their its our my your free own political good".split())
_PARTICIPLES = frozenset(
    """
    been made said done seen taken given become gone left told found shown known written begun
    won lost held paid sent built brought kept put set led met heard got come run
    """.split()
)


def _negation_edits(segment: str, rng: random.Random) -> tuple[list[_Edit], list[_Edit]]:
    """The places where a negation can be removed from ``segment``, and where one can be added."""
    removals = [(m.start(), m.end(), m.group(1)) for m in _NOT_AUX.finditer(segment)]
    removals += [(m.start(), m.end(), m.group(1)) for m in _CONTRACTED.finditer(segment)]
    for m in _SPECIAL_CONTRACTED.finditer(segment):
        written = m.group(1) or m.group(2)
        plain = {"won": "will", "can": "can"}[written.lower()]
        removals.append((m.start(), m.end(), plain.capitalize() if written[0].isupper() else plain))
    additions = []
    for m in _ADD_AUX.finditer(segment):
        aux, following = m.group(1), m.group(2)
        before = words(segment[: m.start()])[-1:]
        if following in _NEGATIVE_WORDS or (before and before[0].lower() in _NOUN_BEFORE):
            continue
        if aux in ("has", "have", "had") and not (
            following in _PARTICIPLES or following.endswith("ed")
        ):
            continue  # "has a car" is not an auxiliary
        apostrophe = rng.choice("’'")
        negated = {"will": rng.choice(("will not", f"won{apostrophe}t")), "can": "cannot"}
        additions.append((m.start(), m.start() + len(aux), negated.get(aux, f"{aux} not")))
    for m in _OPPOSITE_RE.finditer(segment):
        word = m.group(1)
        opposite = _OPPOSITES[word.lower()]
        edit = (m.start(), m.end(), opposite.capitalize() if word[0].isupper() else opposite)
        (removals if word.lower() in ("never", "no longer") else additions).append(edit)
    return removals, additions


def flip_negation(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A statement reversed: "is" ↔ "is not", "will" ↔ "will not"/"won’t", "did not" → "did",
    "can’t" → "can", "can" → "cannot", "never" ↔ "always", "no longer" ↔ "still".

    A negation is removed or added with even odds where the passage allows both, so that both
    directions are well represented (most sentences have none to remove).
    """
    found = [_negation_edits(segment, rng) for segment in segments]
    removals = [(k, *edit) for k, (found_here, _) in enumerate(found) for edit in found_here]
    additions = [(k, *edit) for k, (_, found_here) in enumerate(found) for edit in found_here]
    if not removals and not additions:
        return None
    pool = removals if removals and (not additions or rng.random() < 0.5) else additions
    k, start, end, new = rng.choice(pool)
    return (*segments[:k], _replace(segments[k], start, end, new), *segments[k + 1 :])


# --------------------------------------------------------------------------- date

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_RE = re.compile(rf"\b({'|'.join(MONTHS)})\b")
_WEEKDAY_RE = re.compile(rf"\b({'|'.join(WEEKDAYS)})(s?)\b")
_YEAR_RE = re.compile(r"(?<![\w.,$€£])(19[5-9]\d|20[0-4]\d)(?![\w%]|[.,]\d)")
_YEAR_CUES = frozenset(
    """
    in since until till by from of year before after during through throughout early late mid
    spring summer autumn fall winter end beginning start and to between –
    """.split()
) | {m.lower() for m in MONTHS}
# After a year these words keep it a year ("in 2019 the …"); any other lower-case word makes it
# a count ("of 2000 troops").
_AFTER_YEAR = frozenset(
    "and to or the when as after before in on at for with was is were will had has that but "
    "which a an it he she they we".split()
)
# "May" is a month only next to a day number or after a preposition ("in May", "May 9").
_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|of|since|until|by|from|early|late|mid|last|next|this|on)[\s-]+May\b)"
    r"|(?:\bMay\s+\d)|(?:\d\s+May\b)"
)


def _is_year(segment: str, match: re.Match[str]) -> bool:
    before = words(segment[: match.start()])[-1:]
    after = re.match(r"\s*([A-Za-z]+)", segment[match.end() :])
    cued = bool(before) and (before[0].lower() in _YEAR_CUES or before[0].isdigit())
    dash_before = segment[: match.start()].rstrip().endswith(("–", "-"))
    counted = after is not None and after.group(1).islower() and after.group(1) not in _AFTER_YEAR
    return (cued or dash_before) and not counted


def _date_edits(segment: str, rng: random.Random) -> dict[str, list[_Edit]]:
    """Changes of a month, a weekday or a year in ``segment``, by family."""
    may = [m.span() for m in _MAY_CONTEXT.finditer(segment)]
    months = [
        (m.start(), m.end(), rng.choice([x for x in MONTHS if x != m.group()]))
        for m in _MONTH_RE.finditer(segment)
        if m.group() != "May" or any(a <= m.start() < b for a, b in may)
    ]
    weekdays = [
        (m.start(), m.end(), rng.choice([x for x in WEEKDAYS if x != m.group(1)]) + m.group(2))
        for m in _WEEKDAY_RE.finditer(segment)
    ]
    years = [
        (m.start(), m.end(), str(int(m.group()) + rng.choice((-3, -2, -1, 1, 2, 3))))
        for m in _YEAR_RE.finditer(segment)
        if _is_year(segment, m)
    ]
    return {"month": months, "weekday": weekdays, "year": years}


def change_date(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A month name, a weekday, or a year (by 1–3 either way) changed.

    The family is drawn first among those the passage has, so that years, rarer than months
    in news text, are changed as often.
    """
    found = [_date_edits(segment, rng) for segment in segments]
    families = sorted({family for edits in found for family, listed in edits.items() if listed})
    if not families:
        return None
    family = rng.choice(families)
    k, start, end, new = rng.choice(
        [(k, *edit) for k, edits in enumerate(found) for edit in edits[family]]
    )
    return (*segments[:k], _replace(segments[k], start, end, new), *segments[k + 1 :])


# --------------------------------------------------------------------------- entity

_CAPITALISED = re.compile(r"[A-Z][\w’'-]*\w|[A-Z]")
# Capitalised mid-sentence without being names: "I", titles, the polite "You"/"Your", words
# after an opening mark that does not start a sentence.
_NOT_NAMES = frozenset(
    """
    I I’m I'm I’ve I've I’ll I'll I’d I'd Mr Mrs Ms Dr Prof St OK TV You Your Yours
    He She We They It My Our His Her Their The A An This That These Those
    """.split()
) | frozenset(MONTHS + WEEKDAYS)
_SENTENCE_START = re.compile(r"(?:^|[.!?…:][\"”’»)]*\s+)[\"“«(]*$")


def names_in(segment: str) -> list[tuple[int, int]]:
    """Spans of names: runs of capitalised words, the sentence's first word left out.

    Titles, months, weekdays and "I" are not names; a possessive ’s is not part of one.
    """
    runs: list[list[tuple[int, int]]] = []
    for match in _CAPITALISED.finditer(segment):
        start, end = match.span()
        if (start and (segment[start - 1].isalnum() or segment[start - 1] in "-’'")) or (
            end < len(segment) and segment[end].isalnum()
        ):
            continue  # inside a word
        if runs and segment[runs[-1][-1][1] : start] == " ":
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return [span for run in runs for span in _name_of_run(segment, run)]


def _name_of_run(segment: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if run and _SENTENCE_START.search(segment[: run[0][0]]):
        run = run[1:]
    while run and segment[run[0][0] : run[0][1]] in _NOT_NAMES:
        run = run[1:]
    while run and segment[run[-1][0] : run[-1][1]] in _NOT_NAMES:
        run = run[:-1]
    if not run:
        return []
    start, end = run[0][0], run[-1][1]
    text = segment[start:end]
    if text.endswith(("’s", "'s")):
        end -= 2
    return [(start, end)] if end - start >= 2 else []


def _shape(name: str) -> tuple[int, bool]:
    """Words, and whether it is an acronym ("NATO", "ЗСУ"): names alike replace each other."""
    return len(name.split()), name.isupper()


def swap_entity(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A name replaced by a name of another passage of the same corpus.

    The replacement has as many words (and is an acronym if the name is one) when the donors
    have such a name; a name mentioned several times is replaced everywhere or in one mention
    only (drawn), as a careless rendering does either.
    """
    spans = [
        (k, start, end) for k, segment in enumerate(segments) for start, end in names_in(segment)
    ]
    if not spans or not donors.names:
        return None
    k, start, end = rng.choice(spans)
    name = segments[k][start:end]
    text = "\n".join(segments).casefold()
    usable = [
        n for n in donors.names if n.casefold() not in text and name.casefold() not in n.casefold()
    ]
    alike = [n for n in usable if _shape(n) == _shape(name)]
    if not usable:
        return None
    replacement = rng.choice(alike or usable)
    if rng.random() < 0.5:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        return tuple(pattern.sub(replacement, segment) for segment in segments)
    changed = list(segments)
    changed[k] = _replace(segments[k], start, end, replacement)
    return tuple(changed)


# --------------------------------------------------------------------------- scale

_SCALE_RE = re.compile(
    r"\b(million|billion|thousand)(s?)\b"
    r"|(?<=\d)(\s?%)"
    r"|\b(per ?cent|percent)\b"
    r"|\b(kilomet)(re|er)(s?)\b"
    r"|(?<=\d)(\s?km)\b"
)
_OTHER_SCALE = {
    "million": ("billion", "thousand"),
    "billion": ("million",),
    "thousand": ("million",),
}


def _scale_edits(segment: str, rng: random.Random) -> list[_Edit]:
    edits = []
    for m in _SCALE_RE.finditer(segment):
        if m.group(1):
            edits.append((m.start(), m.end(), rng.choice(_OTHER_SCALE[m.group(1)]) + m.group(2)))
        elif m.group(3) or m.group(4):
            edits.append((m.start(), m.end(), " times" if m.group(3) else "times"))
        elif m.group(5):
            edits.append((m.start(), m.end(), f"met{m.group(6)}{m.group(7)}"))
        else:
            edits.append((m.start(), m.end(), m.group(8).replace("km", "m")))
    return edits


def change_scale(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A magnitude changed: million ↔ billion, thousand ↔ million, percent → times,
    kilometres → metres."""
    return _in_segments(segments, lambda segment: _scale_edits(segment, rng), rng)


# --------------------------------------------------------------------------- added


def add_sentence(rng: random.Random, segments: Segments, donors: Donors) -> Segments | None:
    """A sentence of another passage added: as a line of its own (first, between, last) or
    appended to a line of the rendering."""
    sentences = [s for s in donors.sentences if len(words(s)) >= 4 and s not in segments]
    if not sentences:
        return None
    added = rng.choice(sentences)
    if rng.random() < 0.5:
        k = rng.randrange(len(segments))
        return (*segments[:k], f"{segments[k]} {added}", *segments[k + 1 :])
    k = rng.randint(0, len(segments))
    return (*segments[:k], added, *segments[k:])


#: The damages of this module by name, in the order the benchmark applies them.
DAMAGES: dict[str, Damage] = {
    "number": change_number,
    "drop": drop_segment,
    "substitute": substitute,
    "clause": drop_clause,
    "negation": flip_negation,
    "date": change_date,
    "entity": swap_entity,
    "scale": change_scale,
    "added": add_sentence,
}
