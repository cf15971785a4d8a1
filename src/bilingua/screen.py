"""The first pass: prove cheaply that a document cannot hold a Ukrainian–English pair.

Most documents of a crawl hold no pair at all, so the cost that decides a crawl is how fast
those are dismissed. A pair needs a Ukrainian segment, which needs Cyrillic letters, and an
English one, which needs Latin letters; labels never cross a paragraph break
(:func:`bilingua.detect.detect` labels each paragraph on its own evidence). So:

1. Script counts: a text without Cyrillic letters has no Ukrainian, one without Latin letters no
   English — dismissed at once, whatever else it holds.
2. Otherwise each paragraph is looked at by itself. A paragraph in one script gets a label
   from counts made in C: Latin with English function words several times more often than
   those of six other Latin-script languages (and few accented letters) is English, with one of
   those languages' function words (or ě ř ů, ą ę ł, ß, ő ű) it is that language; Cyrillic with
   Ukrainian-only letters and words (і ї є ґ, що, це…) and none of Russian's is Ukrainian, the
   reverse Russian. Where words of the other script are mixed in, cheap tests say whether they
   could make a run of the pair's other language (Latin names alone cannot be English: detect
   asks langdetect only about runs that are not mostly capitalised names), and where they
   could, :func:`~bilingua.detect.possible_labels` — detect's own evidence without langdetect —
   decides. Only a paragraph that may hide such a run, or that mixes other scripts, goes to
   :func:`~bilingua.detect.detect`, whose labels are exact. A one-script paragraph the counts
   cannot label (a short line) takes the label that the counted paragraphs of its script agree
   on, else detect's.
3. A document none of whose paragraphs may be Ukrainian, or none English, is dismissed.

A dismissed document keeps its segments: one per paragraph that the counts labelled (from its
first word character to its last letter or digit and the closing punctuation after it, with a
confidence from the margin of the counts; 0.5 for a label taken from the other paragraphs), and
:func:`~bilingua.detect.detect`'s own segments for the others. Everything else about it is
settled: no quotations are looked for, nothing is annotated, and no pair is possible.

One assumption is not exact: a Russian paragraph as the counts define it is taken to hold no
Ukrainian run (detect could find one only in a sentence with more Ukrainian-only endings, such
as -ння or -ють, than words with ы, э or ё).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bilingua._evidence import (
    APOSTROPHES,
    EN_WEAK_WORDS,
    EN_WORDS,
    LATIN_LETTER_LANGS,
    OTHER_LATIN_WORDS,
    RU_WORDS,
    UK_WORDS,
    is_ukrainian_word,
)
from bilingua.detect import detect, possible_labels
from bilingua.model import Script, Segment

__all__ = ["Screened", "screen"]

_CYRILLIC_RE = re.compile("[\u0400-\u052f]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_CYRILLIC = "\u0400-\u052f"
_LATIN_WORD_RE = re.compile(rf"[{_LATIN}][{_LATIN}'’\-]*")
_CYRILLIC_WORD_RE = re.compile(rf"[{_CYRILLIC}][{_CYRILLIC}{APOSTROPHES}\-\u0300-\u036f]*")
# handles, tags, URLs and e-mail addresses carry no language (detect's neutral tokens)
_NEUTRAL_RE = re.compile(r"(?:https?://|www\.)\S+|\S*@\S+|#\w+")
_PARAGRAPH_RE = re.compile(r"\n[^\S\n]*\n\s*")  # as detect cuts paragraphs
_WORD_CHAR_RE = re.compile(r"[\w@#]")
_TRAILING_RE = re.compile(r"[.!?…,;)\]]+")  # the closing punctuation a segment keeps
_UK_LETTER_RE = re.compile("[іїєґІЇЄҐ]")
_RU_LETTER_RE = re.compile("[ыэёЫЭЁ]")
_NEITHER_RE = re.compile("[ўјљњћђџѓќѕЎЈЉЊЋЂЏЃЌЅ]")  # Belarusian, South Slavic: detect tells
_HARD_SIGN_RE = re.compile("[ъЪ]")  # Russian and Bulgarian, never Ukrainian
_INNER_APOSTROPHE_RE = re.compile(rf"[{_CYRILLIC}][{APOSTROPHES}][{_CYRILLIC}]")
_ACCENTED_RE = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_LETTER_VOTES = {
    lang: re.compile(f"[{''.join(letters)}]") for lang, letters in LATIN_LETTER_LANGS.items()
}
_ENGLISH = EN_WORDS | EN_WEAK_WORDS  # the weak ones count half, as detect counts them
# The function words of the other Latin-script languages of the news, per language.
_LATIN_FUNCTION_WORDS = {
    lang: frozenset(words.split()) - _ENGLISH
    for lang, words in {
        "cs": "a je se na v z ze že do ve s o k pro jsou jako by ale které který není i jsem",
        "pl": "w się nie jest jak od z na do że to i są przez",
        "de": "der die das und ist nicht ein eine zu mit den von im auf sich dem des",
        "fr": "le la les de et est un une du des en que qui dans pour pas au sur il",
        "es": "el los las y es por con del una para que en de la se",
        "it": "di che è per della sono gli il la non",
    }.items()
}
# word -> the languages it is a function word of, for one Counter pass over a paragraph
_WORD_LANGS: dict[str, tuple[str, ...]] = {
    word: ("en",) if word in EN_WORDS else ("en-weak",) for word in _ENGLISH
}
for _lang, _words in _LATIN_FUNCTION_WORDS.items():
    for _word in _words:
        _WORD_LANGS[_word] = (*_WORD_LANGS.get(_word, ()), _lang)
_CYRILLIC_WORD_LANG = {**dict.fromkeys(RU_WORDS, "ru"), **dict.fromkeys(UK_WORDS, "uk")}
_LABEL_MIN = 3  # function words (or letters of one Cyrillic language) a counted label needs
_ENGLISH_MARGIN = 4  # English (and a Cyrillic label) needs this many times the other evidence
_OTHER_MARGIN = 2  # ... another Latin-script language this many times
_NAMES_ONLY_MAX = 40  # Cyrillic letters below which a run without Ukrainian evidence is not uk
_BORROWED = 0.5  # confidence of a paragraph labelled like the others of its script
_ENGLISH_ACCENTS = 100  # English prose has fewer than one accented letter in this many characters


@dataclass(frozen=True)
class Screened:
    """A document the first pass dismissed: its segments and why it cannot hold a pair."""

    segments: list[Segment]
    reason: str


def screen(text: str) -> Screened | None:
    """Dismiss ``text`` when it cannot hold a uk–en pair (see the module docstring).

    Args:
        text: the document.

    Returns:
        The dismissed document's segments and the reason, or None when it may hold a pair
        (then it needs the whole analysis).
    """
    scripts = (_CYRILLIC_RE.search(text) is not None, _LATIN_RE.search(text) is not None)
    parts: list[Segment | _Pending] = []
    uk = en = False  # whether a paragraph so far may hold Ukrainian, English
    start = 0
    for found in (*_PARAGRAPH_RE.finditer(text), None):
        end = found.start() if found is not None else len(text)
        if start < end:
            may_uk, may_en = _paragraph(text, start, end, scripts, parts)
            uk, en = uk or may_uk, en or may_en
            if uk and en:
                return None
        start = found.end() if found is not None else end
    if not scripts[0]:
        reason = "no Cyrillic letters, so no Ukrainian"
    elif not scripts[1]:
        reason = "no Latin letters, so no English"
    else:
        reason = f"no paragraph in {'Ukrainian' if not uk else 'English'}"
    return Screened(_resolved(text, parts), reason)


@dataclass(frozen=True)
class _Pending:
    """A paragraph in one script that the counts could not label (short, or little evidence)."""

    start: int
    end: int
    script: Script


def _paragraph(
    text: str, start: int, end: int, scripts: tuple[bool, bool], out: list[Segment | _Pending]
) -> tuple[bool, bool]:
    """Segment one paragraph into ``out``; returns whether it may hold Ukrainian, English."""
    chunk = text[start:end]
    cyrillic = scripts[0] and _CYRILLIC_RE.search(chunk) is not None
    latin = scripts[1] and _LATIN_RE.search(chunk) is not None
    proving = scripts[0] and scripts[1]  # both scripts in the text: absence must be shown
    label: tuple[str, Script, float] | None = None
    if latin and not cyrillic:
        label = _latin_label(chunk)
        if label is not None and label[0] != "en" and proving and _may_hold(chunk, "en"):
            label = None  # the counts do not rule English out; detect tells
    elif cyrillic and not latin:
        label = _cyrillic_label(chunk)
    elif cyrillic and latin:
        label = _mixed_label(chunk)
    if label is None and cyrillic != latin:
        out.append(_Pending(start, end, Script.CYRILLIC if cyrillic else Script.LATIN))
        if not proving:
            return False, False
        labels = possible_labels(chunk)
        return bool({"uk", "*"} & labels), bool({"en", "*"} & labels)
    if label is None:
        found = [_shifted(text, start, segment) for segment in detect(chunk)]
        out.extend(found)
        langs = {segment.lang for segment in found}
        return "uk" in langs, "en" in langs
    segment = _coarse(text, start, end, label)
    if segment is not None:
        out.append(segment)
    return label[0] == "uk", label[0] == "en"


def _coarse(text: str, start: int, end: int, label: tuple[str, Script, float]) -> Segment | None:
    """One segment for a paragraph: first word character to last letter or digit, with the
    closing punctuation after it."""
    first = _WORD_CHAR_RE.search(text, start, end)
    if first is None:
        return None
    last = end
    while last > first.start() and not text[last - 1].isalnum():
        last -= 1
    trailing = _TRAILING_RE.match(text, last, end)
    last = trailing.end() if trailing is not None else last
    lang, script, confidence = label
    return Segment.of(text, first.start(), last, lang=lang, confidence=confidence, script=script)


def _resolved(text: str, parts: list[Segment | _Pending]) -> list[Segment]:
    """The segments, each pending paragraph labelled like the counted paragraphs of its script
    when they all agree (a short line in a Czech document is Czech), else by detect."""
    agreed: dict[Script, set[str]] = {}
    for part in parts:
        if isinstance(part, Segment) and part.script is not Script.MIXED:
            agreed.setdefault(part.script, set()).add(part.lang)
    segments: list[Segment] = []
    for part in parts:
        if isinstance(part, Segment):
            segments.append(part)
            continue
        langs = agreed.get(part.script, set())
        coarse = (
            _coarse(text, part.start, part.end, (next(iter(langs)), part.script, _BORROWED))
            if len(langs) == 1
            else None
        )
        if coarse is not None:
            segments.append(coarse)
        else:
            chunk = text[part.start : part.end]
            segments.extend(_shifted(text, part.start, segment) for segment in detect(chunk))
    return segments


def _shifted(text: str, offset: int, segment: Segment) -> Segment:
    return Segment.of(
        text,
        offset + segment.start,
        offset + segment.end,
        lang=segment.lang,
        confidence=segment.confidence,
        script=segment.script,
    )


def _latin_label(chunk: str) -> tuple[str, Script, float] | None:
    """A Latin paragraph's language from its function words and its letters."""
    counts = dict.fromkeys(("en", "en-weak", *_LATIN_FUNCTION_WORDS, *_LETTER_VOTES), 0)
    for langs in filter(None, map(_WORD_LANGS.get, chunk.lower().split())):
        for lang in langs:
            counts[lang] += 1
    counts["en"] += counts.pop("en-weak") // 2
    accented = len(_ACCENTED_RE.findall(chunk))
    if accented:
        for lang, letters in _LETTER_VOTES.items():
            counts[lang] += len(letters.findall(chunk))
        if accented * _ENGLISH_ACCENTS > len(chunk):
            counts["en"] = 0
    best = max(counts, key=counts.__getitem__)
    runner_up = max(count for lang, count in counts.items() if lang != best)
    margin = _ENGLISH_MARGIN if best == "en" else _OTHER_MARGIN
    if counts[best] >= _LABEL_MIN and counts[best] >= margin * runner_up:
        return best, Script.LATIN, _strength(counts[best], runner_up)
    return None


def _cyrillic_label(chunk: str) -> tuple[str, Script, float] | None:
    """A Cyrillic paragraph's language from the letters and words only one language has."""
    if _NEITHER_RE.search(chunk) is not None:
        return None
    words = Counter(map(_CYRILLIC_WORD_LANG.get, chunk.lower().split()))
    uk_letters = len(_UK_LETTER_RE.findall(chunk))
    ru_letters = len(_RU_LETTER_RE.findall(chunk)) + len(_HARD_SIGN_RE.findall(chunk))
    uk, ru = uk_letters + words["uk"], ru_letters + words["ru"]
    if uk >= _LABEL_MIN and not ru_letters and ru * _ENGLISH_MARGIN <= uk:
        return "uk", Script.CYRILLIC, _strength(uk, ru)
    if (
        ru >= _LABEL_MIN
        and not uk_letters
        and words["uk"] * _ENGLISH_MARGIN <= ru
        and _INNER_APOSTROPHE_RE.search(chunk) is None
    ):
        return "ru", Script.CYRILLIC, _strength(ru, words["uk"])
    return None


def _mixed_label(chunk: str) -> tuple[str, Script, float] | None:
    """A paragraph with words of both scripts: labelled by counts only when the minority's
    words cannot make a run of the pair's other language (then detect tells)."""
    if "@" in chunk or "#" in chunk or "http" in chunk or "www." in chunk:
        chunk = _NEUTRAL_RE.sub(" ", chunk)
    latin = _LATIN_WORD_RE.findall(chunk)
    cyrillic = _CYRILLIC_WORD_RE.findall(chunk)
    latin_letters, cyrillic_letters = sum(map(len, latin)), sum(map(len, cyrillic))
    if latin_letters > cyrillic_letters:
        if _may_be_ukrainian(cyrillic, cyrillic_letters) and _may_hold(chunk, "uk"):
            return None
        label = _latin_label(chunk)
        if label is None or label[0] != "en":
            return None
        minority, majority = cyrillic_letters, latin_letters
    else:
        if _may_be_english(latin) and _may_hold(chunk, "en"):
            return None
        label = _cyrillic_label(chunk)
        if label is None:
            return None
        minority, majority = latin_letters, cyrillic_letters
    return (label[0], Script.MIXED, label[2]) if minority * 5 > majority else label


def _may_hold(chunk: str, lang: str) -> bool:
    """Whether detect could label a run of ``chunk`` ``lang`` (from the runs' own evidence)."""
    labels = possible_labels(chunk)
    return lang in labels or "*" in labels


def _may_be_english(words: list[str]) -> bool:
    """Whether Latin words inside a Cyrillic paragraph could make an English run.

    detect labels a Latin run English on an English word, or through langdetect, which it
    asks only about a run that is not mostly capitalised names; names alone (Bloomberg,
    Financial Times, NATO) never are.
    """
    return any(
        not word[0].isupper()
        or not word.isascii()
        or word.lower() in _ENGLISH
        or word.lower() in OTHER_LATIN_WORDS
        or "'" in word
        or "’" in word
        for word in words
    )


def _may_be_ukrainian(words: list[str], letters: int) -> bool:
    """Whether Cyrillic words inside a Latin paragraph could make a Ukrainian run.

    detect labels a Cyrillic run Ukrainian on a Ukrainian letter, apostrophe, word or ending,
    or through langdetect, which it trusts only on runs of 40 letters and more.
    """
    if letters >= _NAMES_ONLY_MAX:
        return True
    return any(
        _UK_LETTER_RE.search(word) is not None
        or any(mark in word for mark in APOSTROPHES)
        or is_ukrainian_word(word.lower())
        for word in words
    )


def _strength(support: int, against: int) -> float:
    """A confidence in [0.5, 1) that grows with the margin of the counts (as detect's)."""
    return round(1.0 - 0.5 / (1 + max(support - against, 0)), 4)
