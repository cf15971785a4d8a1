"""Language segmentation: which stretches of a text are Ukrainian, English, or something else.

The text is cut into *units* at the places where a language switch usually falls (quote
marks, sentence ends, line breaks, colons, dashes), and each unit into *runs* of one script.
A run is labelled from cheap evidence first — letters that only one Cyrillic language uses
(Ukrainian і ї є ґ and the apostrophe; Russian ы э ъ ё), function words that only one
language uses, diacritics — and only a long run whose evidence is missing or contradictory is
sent to langdetect (seeded, restricted to the languages of its script). Runs too short to tell
take the language of a neighbouring run of the same script in the same paragraph, else
``"und"``. Neighbouring runs of one language merge into a :class:`~bilingua.model.Segment`.
Language-neutral tokens (@handles, #tags, URLs, e-mails, numbers, emoji, punctuation) carry no
evidence and belong to the run before them.

Everything is linear in the size of the text: regular expressions without unbounded
backtracking, one pass over the units, and langdetect on at most ``_LANGDETECT_MAX_CHARS``
characters of a run.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bilingua._evidence import (
    BE_LETTERS as _BE_LETTERS,
)
from bilingua._evidence import (
    BG_WORDS as _BG_WORDS,
)
from bilingua._evidence import (
    EN_CONTRACTION_RE as _EN_CONTRACTION_RE,
)
from bilingua._evidence import (
    EN_WEAK_WORDS as _EN_WEAK_WORDS,
)
from bilingua._evidence import (
    EN_WORDS as _EN_WORDS,
)
from bilingua._evidence import (
    LATIN_LETTER_LANGS as _LATIN_LETTER_LANGS,
)
from bilingua._evidence import (
    OTHER_LATIN_WORDS as _OTHER_LATIN_WORDS,
)
from bilingua._evidence import (
    RU_ENDINGS as _RU_ENDINGS,
)
from bilingua._evidence import (
    RU_LETTERS as _RU_LETTERS,
)
from bilingua._evidence import (
    RU_WORDS as _RU_WORDS,
)
from bilingua._evidence import (
    SOUTH_SLAVIC_LETTERS as _SOUTH_SLAVIC_LETTERS,
)
from bilingua._evidence import (
    UK_LETTERS as _UK_LETTERS,
)
from bilingua._evidence import (
    is_ukrainian_word,
)
from bilingua._normal import fold, needs_fold
from bilingua.errors import InputError
from bilingua.model import UNDETERMINED, LangHint, Script, Segment

__all__ = ["detect", "possible_labels"]

# --- tokens -------------------------------------------------------------------------------

_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0483-\u0489])"  # letters and combining marks
_APOSTROPHE = "'’ʼ`"
# soft hyphens and zero-width characters inside a word join it, as apostrophes and hyphens do
_WORD = rf"{_LETTER}+(?:[{_APOSTROPHE}\-‐\u00ad\u200b-\u200d\u2060]{_LETTER}+)*"
_NEUTRAL = (
    r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/|t\.me/)[^\s<>\"«»“”]+"
    r"|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"  # bounded: no rescans of long runs
    r"|[@#][\w]+"
)
_NUMBER = r"\d+(?:[.,:/-]\d+)*(?:-[^\W\d_]{1,4}\b)?"  # with an ordinal ending: 1925-й, 5-го
_TOKEN_RE = re.compile(rf"(?P<neutral>{_NEUTRAL})|(?P<word>{_WORD})|(?P<number>{_NUMBER})")

# Places where a language switch is expected. The paragraph break is kept apart: no evidence
# is borrowed across it.
_PARAGRAPH_RE = re.compile(r"\n[^\S\n]*\n\s*")
_BOUNDARY_RE = re.compile(
    r"\n"
    r"|(?<![.!?…])[.!?…]++(?=[\s\"“”«»„'’)\]]|$)"
    r"|[\"“”«»„‟‹›]"
    r"|(?<![^\W\d_])['‘’](?![^\W\d_])"  # a single quote mark, not an apostrophe in a word
    r"|(?<=\s)['‘](?=\w)|(?<=\w)['’](?=[\s.,;:!?)]|$)"
    r"|:(?=\s|$)|;"
    r"|\s[-‐‒]{1,2}\s|--|[—–―]"
)
# Closing punctuation that a segment keeps after its last word.
_TRAILING_RE = re.compile(r"[.!?…,;)\]]+")

# --- evidence -----------------------------------------------------------------------------

_CYRILLIC_LANGS = ("uk", "ru", "bg", "mk")
_ALL_LANGS: tuple[str, ...] = ()  # every language langdetect knows
_UK_ONLY, _RU_ONLY, _EN_ONLY = frozenset({"uk"}), frozenset({"ru"}), frozenset({"en"})
_LATIN_LANGS = tuple(  # English first
    "en af ca cs cy da de es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv sw tl "
    "tr vi".split()
)
_SHORT_LETTERS = 12  # below this, a run without decisive evidence borrows a neighbour's label
_TENTATIVE_LETTERS = 40  # below this, a decided neighbour's label beats langdetect's guess
_LANGDETECT_MAX_CHARS = 600
# langdetect averages 7 random walks over the n-grams by default; it only settles runs that
# evidence could not, so 3 keep its answer (checked on the detection benchmark) at 3/7 the cost.
_LANGDETECT_TRIALS = 3


@dataclass(slots=True)
class _Run:
    """Words of one script inside one unit, with the neutral tokens that follow them."""

    start: int
    end: int
    script: Script
    paragraph: int
    words: list[str] = field(default_factory=list)
    letters: int = 0
    capitalised: int = 0
    minority_letters: int = 0
    lang: str | None = None
    confidence: float = 0.0
    candidates: tuple[str, ...] | None = None  # langdetect may choose among these
    excluded: frozenset[str] = frozenset()  # labels the run's own evidence rules out
    unsure_uk: bool = False  # Cyrillic without a single Ukrainian letter, word or ending

    def decide(self, lang: str, confidence: float) -> None:
        self.lang, self.confidence, self.candidates = lang, confidence, None


def detect(text: str, *, hints: Sequence[LangHint] = ()) -> list[Segment]:
    """Find the language segments of ``text``.

    Args:
        text: any string.
        hints: stretches whose language the source declares (an embed's ``lang`` attribute);
            a hint labels the runs inside it that their own words do not settle.

    Returns:
        Segments sorted by ``start`` and disjoint, covering every letter of ``text``; offsets
        are code-point indices with ``text[s.start:s.end] == s.text``. ``lang`` is an ISO 639-1
        code, or ``"und"`` for runs too short to tell.

    Raises:
        InputError: ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise InputError(f"detect() takes a str, not {type(text).__name__}")
    segments: list[Segment] = []
    ordered_hints = sorted(hints, key=lambda hint: hint.start)
    # One paragraph at a time: labels never cross a paragraph break, and memory stays bounded
    # by the longest paragraph rather than the text.
    for _, paragraph in itertools.groupby(_runs(text), key=lambda run: run.paragraph):
        runs = list(paragraph)
        _label(text, runs, ordered_hints)
        segments.extend(_merge(text, runs))
    return segments


def possible_labels(text: str) -> frozenset[str]:
    """Every label :func:`detect` could give a run of ``text``, from the runs' evidence alone.

    No langdetect: a run it would be asked about may take any of the languages it would be
    allowed (``"*"`` stands for every language, for runs of other scripts), less those its
    evidence rules out, and Ukrainian only as :func:`detect` would accept it (a run without
    Ukrainian evidence needs 40 letters). A run that would borrow takes a label of a run of its
    script in its paragraph, so those are in already. A cheap superset of ``{s.lang for s in
    detect(text)}`` (``"und"`` aside), for proving that a language is absent.
    """
    labels: set[str] = set()
    for run in _runs(text):
        _judge(run)
        if run.lang is not None:
            labels.add(run.lang)
        elif run.candidates is not None:
            allowed = set(run.candidates or ("*",)) - run.excluded
            if run.unsure_uk and run.letters < _TENTATIVE_LETTERS:
                allowed.discard("uk")
            labels.update(allowed)
    return frozenset(labels)


# --- units and runs -----------------------------------------------------------------------


def _units(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, paragraph)`` for the stretches between switch points."""
    paragraph_start = paragraph = 0
    for paragraph, match in enumerate(_PARAGRAPH_RE.finditer(text)):
        yield from _split_paragraph(text, paragraph_start, match.start(), paragraph)
        paragraph_start = match.end()
    yield from _split_paragraph(text, paragraph_start, len(text), paragraph + 1)


def _split_paragraph(
    text: str, start: int, end: int, paragraph: int
) -> Iterator[tuple[int, int, int]]:
    position = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        if match.start() > position:
            yield position, match.start(), paragraph
        position = match.end()
    if end > position:
        yield position, end, paragraph


def _script_of(word: str) -> Script:
    first = word[0]
    if first.isascii():
        return Script.LATIN
    if "\u0400" <= first <= "\u052f":
        return Script.CYRILLIC
    if "\u00c0" <= first <= "\u024f" or "\u1e00" <= first <= "\u1eff":
        return Script.LATIN
    return Script.OTHER


def _runs(text: str) -> Iterator[_Run]:
    """Yield the script runs of every unit, short minority runs folded into their neighbours.

    Neutral tokens join the run before them in the same paragraph; at the start of a
    paragraph they wait for the first run (they never start one), and in a paragraph without
    words they join the run before, or else the run after.
    """
    previous: _Run | None = None  # the last run; not yielded yet, neutral tokens may join it
    orphans: tuple[int, int, int] | None = None  # (start, end, paragraph) of waiting tokens
    for start, end, paragraph in _units(text):
        if orphans is not None and orphans[2] != paragraph and previous is not None:
            previous.end = max(previous.end, orphans[1])
            orphans = None
        unit_runs: list[_Run] = []
        run: _Run | None = None  # the last of unit_runs
        for match in _TOKEN_RE.finditer(text, start, end):
            if match.lastgroup == "word":
                # inlined: this loop sees every word of the text
                word = match.group()
                if needs_fold(word):
                    # the evidence is read on the matching form (stress marks, look-alike
                    # letters of the other script); offsets stay the match's
                    word = fold(word, run.script if run is not None else None)
                    if not word:
                        continue  # nothing but combining marks
                script = _script_of(word)
                if run is None or run.script is not script:
                    run = _Run(match.start(), match.end(), script, paragraph)
                    unit_runs.append(run)
                run.end = match.end()
                run.words.append(word)
                run.letters += len(word)
                run.capitalised += word[0].isupper()
            elif unit_runs:
                unit_runs[-1].end = match.end()
            elif previous is not None and previous.paragraph == paragraph:
                previous.end = match.end()
            else:
                first = orphans[0] if orphans is not None else match.start()
                orphans = (first, match.end(), paragraph)
        for run in _fold_minorities(unit_runs):
            if orphans is not None:
                run.start = orphans[0]
                orphans = None
            if previous is not None:
                yield previous
            previous = run
    if previous is not None:
        if orphans is not None:
            previous.end = max(previous.end, orphans[1])
        yield previous
    elif orphans is not None and any(c.isalpha() for c in text[orphans[0] : orphans[1]]):
        # Nothing but neutral tokens (a lone @handle or URL): their letters still need a
        # segment, and nothing tells their language.
        yield _Run(orphans[0], orphans[1], Script.OTHER, orphans[2])


def _fold_minorities(runs: list[_Run]) -> list[_Run]:
    """Fold runs of at most two words into a longer neighbour of another script.

    A name in Latin letters inside a Ukrainian sentence ("розмова з Joe Biden") is part of
    that sentence, not an English segment of its own.
    """
    if len(runs) < 2:
        return runs
    folded: list[_Run] = []
    for run in runs:
        previous = folded[-1] if folded else None
        if previous is not None and len(run.words) <= 2 and len(previous.words) > len(run.words):
            _absorb(previous, run)
        elif (
            previous is not None
            and len(previous.words) <= 2
            and len(run.words) > len(previous.words)
        ):
            _absorb(run, previous)
            folded[-1] = run
        else:
            folded.append(run)
    return folded


def _absorb(host: _Run, guest: _Run) -> None:
    host.start = min(host.start, guest.start)
    host.end = max(host.end, guest.end)
    host.minority_letters += guest.letters
    host.letters += guest.letters


# --- classification -----------------------------------------------------------------------


def _judge(run: _Run) -> None:
    """Label ``run`` from its own evidence, or say which languages langdetect may choose from."""
    if run.script is Script.CYRILLIC:
        _judge_cyrillic(run)
    elif run.script is Script.LATIN:
        _judge_latin(run)
    elif run.letters >= 3:
        run.candidates = _ALL_LANGS


def _judge_cyrillic(run: _Run) -> None:
    uk = ru = be = south = bg = 0
    for word in map(str.lower, run.words):
        letters = set(word)
        if word in _BG_WORDS:
            bg += 1
        if not letters.isdisjoint(_BE_LETTERS):
            be += 1
        elif not letters.isdisjoint(_SOUTH_SLAVIC_LETTERS):
            south += 1
        elif not letters.isdisjoint(_UK_LETTERS) or any(m in word for m in _APOSTROPHE):
            uk += 1
        elif not letters.isdisjoint(_RU_LETTERS):
            ru += 1
            bg += "ъ" in letters and letters.isdisjoint("ыэё")
        elif is_ukrainian_word(word):
            uk += 1
        elif word in _RU_WORDS or word.endswith(_RU_ENDINGS):
            ru += 1
    run.unsure_uk = uk == 0
    if be and be >= uk:
        run.decide("be", _strength(be, uk + ru))
    elif south or (uk and ru):
        run.candidates = _CYRILLIC_LANGS
        run.excluded = _UK_ONLY if ru > uk else _RU_ONLY if uk > ru else frozenset()
    elif uk:
        run.decide("uk", _strength(uk, 0))
    elif ru:
        run.excluded = _UK_ONLY
        if bg > ru // 2 + 1:
            run.candidates = ("ru", "bg", "mk")
        else:
            run.decide("ru", _strength(ru, 0))
    elif run.letters >= _SHORT_LETTERS:
        run.candidates = _CYRILLIC_LANGS


def _judge_latin(run: _Run) -> None:
    strong_english = 0
    english = foreign = 0.0
    letter_votes: dict[str, int] = {}
    for word in run.words:
        lower = word.lower()
        if lower in _EN_WORDS or (
            not lower.isalpha() and _EN_CONTRACTION_RE.search(lower) is not None
        ):
            strong_english += 1
        elif lower in _EN_WEAK_WORDS or word == "I":
            english += 0.5
        elif lower in _OTHER_LATIN_WORDS:
            foreign += 1
        elif not lower.isascii():
            # A capitalised word may be a name: "Nováková said" is English.
            foreign += 0.5 if word[0].isupper() and word[1:].islower() else 1
            for lang, letters in _LATIN_LETTER_LANGS.items():
                if not letters.isdisjoint(lower):
                    letter_votes[lang] = letter_votes.get(lang, 0) + 1
    english += strong_english
    if strong_english and english >= 2 * foreign + 1:
        run.decide("en", _strength(int(english), int(foreign)))
    elif letter_votes and english < 1:
        lang = max(sorted(letter_votes), key=letter_votes.__getitem__)
        run.decide(lang, _strength(letter_votes[lang], 0))
    elif foreign > english:
        # More evidence of another language than of English: whatever it is, it is not
        # English, however short.
        run.excluded = _EN_ONLY
        run.candidates = _LATIN_LANGS[1:]
    elif run.letters >= _SHORT_LETTERS and (english or foreign or not _mostly_names(run)):
        run.candidates = _LATIN_LANGS


def _mostly_names(run: _Run) -> bool:
    """True when most words are capitalised: names or a headline, not prose to detect."""
    return run.capitalised * 5 >= len(run.words) * 3


def _strength(support: int, against: int) -> float:
    """A confidence in [0.5, 1) that grows with the margin of the evidence."""
    margin = support - against
    return round(1.0 - 0.5 / (1 + max(margin, 0)), 4)


def _guess(text: str, run: _Run) -> None:
    """Label ``run`` with langdetect, among its candidate languages."""
    lang, confidence = _langdetect(text[run.start : run.end], run.candidates or _ALL_LANGS)
    if lang == "uk" and run.unsure_uk and (run.letters < _TENTATIVE_LETTERS or confidence < 0.99):
        # Ukrainian prose nearly always shows і, ї, є, an apostrophe or a Ukrainian-only word
        # or ending; a run without any that langdetect takes for Ukrainian is as often
        # Russian (its n-grams overrate short text), so it stays undetermined.
        run.excluded = _UK_ONLY
        lang = None
    if lang is None or lang in run.excluded:
        run.candidates = None
        return
    run.decide(lang, confidence)


# --- langdetect ---------------------------------------------------------------------------

_FACTORY_LOCK = threading.Lock()


@functools.cache
def _factory(langs: tuple[str, ...]) -> object:
    """A langdetect factory that knows only ``langs`` (every profile when empty)."""
    from langdetect import detector_factory
    from langdetect.utils.lang_profile import LangProfile

    directory = Path(detector_factory.PROFILES_DIRECTORY)
    names = sorted(p.name for p in directory.iterdir()) if not langs else list(langs)
    factory = detector_factory.DetectorFactory()
    for index, name in enumerate(names):
        profile = json.loads((directory / name).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**profile), index, len(names))
    return factory


def _langdetect(snippet: str, langs: Sequence[str]) -> tuple[str | None, float]:
    """Ask langdetect, seeded so the answer is reproducible; ``None`` when it cannot tell."""
    # langdetect's profiles hold lower-case n-grams: text in capitals would read as noise.
    return _seeded_langdetect(snippet[:_LANGDETECT_MAX_CHARS].lower(), tuple(langs))


# Seeded, so the answer is a function of its arguments: news repeats signatures, datelines and
# bylines, and each costs a millisecond or more to detect again.
@functools.lru_cache(maxsize=4096)
def _seeded_langdetect(snippet: str, langs: tuple[str, ...]) -> tuple[str | None, float]:
    from langdetect.lang_detect_exception import LangDetectException

    with _FACTORY_LOCK:  # functools.cache does not stop two threads building one factory
        factory = _factory(langs)
    detector = factory.create()  # type: ignore[attr-defined]
    detector.seed = 0
    detector.n_trial = _LANGDETECT_TRIALS
    detector.append(snippet)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None, 0.0
    lang = str(best.lang)
    return (lang if lang.startswith("zh") else lang[:2]), round(float(best.prob), 4)


# --- one paragraph at a time --------------------------------------------------------------


def _label(text: str, runs: list[_Run], hints: Sequence[LangHint] = ()) -> None:
    """Label the runs of one paragraph: evidence, then langdetect on long runs, then borrowing.

    Short runs that evidence cannot settle take the label of an adjacent run of the same
    script (the one before first), unless their evidence rules that label out; a run with
    another script in between lends nothing. Only runs that find no lender go to
    langdetect; what is left is ``"und"``.
    """
    for run in runs:
        _judge(run)
    if hints:
        _apply_hints(runs, hints)
    for run in runs:
        if run.candidates is not None and run.letters >= _TENTATIVE_LETTERS:
            _guess(text, run)
    decided_before = [run.lang is not None for run in runs]
    for index in range(len(runs) - 1, -1, -1):
        run = runs[index]
        if run.lang is not None:
            continue
        neighbours = (
            runs[index - 1] if index and decided_before[index - 1] else None,
            runs[index + 1] if index + 1 < len(runs) else None,
        )
        for lender in neighbours:
            if (
                lender is not None
                and lender.script is run.script
                and lender.lang is not None
                and lender.lang not in run.excluded
            ):
                run.decide(lender.lang, round(lender.confidence * 0.8, 4))
                break
        else:
            if run.candidates is not None:
                _guess(text, run)
    for run in runs:
        if run.lang is None:
            run.decide(UNDETERMINED, 0.0)


def _apply_hints(runs: list[_Run], hints: Sequence[LangHint]) -> None:
    """Label the runs that a hint covers and that their own evidence left open.

    A hint counts as much as one decisive word, and only for a language written in the run's
    script; a language the run's words rule out (Russian letters under ``lang="uk"``) is not
    taken. ``hints`` are sorted by start and disjoint.
    """
    starts = [hint.start for hint in hints]
    for run in runs:
        index = bisect.bisect_right(starts, run.start) - 1
        if run.lang is not None or index < 0 or hints[index].end < run.end:
            continue
        lang = hints[index].lang
        cyrillic = lang in _CYRILLIC_LANGS or lang == "be"
        latin = lang in _LATIN_LANGS
        script = Script.CYRILLIC if cyrillic else Script.LATIN if latin else Script.OTHER
        if lang not in run.excluded and script is run.script:
            run.decide(lang, _strength(1, 0))


def _merge(text: str, runs: list[_Run]) -> list[Segment]:
    segments: list[Segment] = []
    group: list[_Run] = []
    for run in runs:
        if group and (group[-1].lang != run.lang or group[-1].paragraph != run.paragraph):
            segments.append(_segment(text, group))
            group = []
        group.append(run)
    if group:
        segments.append(_segment(text, group))
    return segments


def _segment(text: str, group: list[_Run]) -> Segment:
    start, end = group[0].start, group[-1].end
    trailing = _TRAILING_RE.match(text, end)
    if trailing is not None:
        end = trailing.end()
    letters = sum(run.letters for run in group)
    minority = sum(run.minority_letters for run in group)
    scripts = {run.script for run in group}
    script = scripts.pop() if len(scripts) == 1 else Script.MIXED
    if minority * 5 > letters:
        script = Script.MIXED
    confidence = sum(run.confidence * run.letters for run in group) / max(letters, 1)
    lang = group[0].lang or UNDETERMINED
    return Segment.of(text, start, end, lang=lang, confidence=round(confidence, 4), script=script)
