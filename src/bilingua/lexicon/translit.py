"""Ukrainian → Latin transliteration (KMU 2010) and name similarity across the two scripts.

:func:`transliterate` follows the national standard, Cabinet of Ministers of Ukraine resolution
No. 55 of 27 January 2010: є ї й ю я are ``Ye Yi Y Yu Ya`` at the start of a word and
``ie i i iu ia`` elsewhere, ``зг`` is ``zgh``, the soft sign and the apostrophe are dropped.

:func:`name_similarity` compares a Ukrainian word in any case form with an English (or other
Latin-script) rendering. Both go to a *skeleton* that forgets what English renderings vary in
(y/i/j, kh/h/g, ts/tz/c, doubled letters, soft signs, Russian-style final -ov/-ev for Ukrainian
-iv), the Ukrainian side also with its case endings stripped, and the skeletons are compared by
a Levenshtein ratio. We use our own Levenshtein rather than :mod:`difflib`: difflib's ratio counts
matching blocks (``kiv`` inside ``harkiv`` scores 0.67), while edit distance over the longer
length is the plain "how many letters differ" that transliteration variants need; names are
short, so the O(n·m) loop costs microseconds and no dependency (rapidfuzz) is needed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from bilingua.lexicon.stem import normalize_apostrophes

__all__ = ["levenshtein", "name_similarity", "skeleton", "transliterate"]

# KMU 2010, lowercase; word-initial variants of є ї й ю я in _INITIAL.
_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia",
    # not Ukrainian letters: Russian and Belarusian ones, rendered the usual way
    "ы": "y", "э": "e", "ё": "io", "ъ": "", "ў": "u",
}  # fmt: skip
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ё": "yo"}


_APOSTROPHE_MARKS = frozenset("'’ʼ`")


def _is_word_char(ch: str) -> bool:
    return ch.isalpha() or ch in _APOSTROPHE_MARKS


def _cased(latin: str, upper: bool, next_upper: bool) -> str:
    if not upper or not latin:
        return latin
    return latin.upper() if next_upper else latin[0].upper() + latin[1:]


def transliterate(text: str) -> str:
    """Transliterate Ukrainian text to Latin script by the KMU 2010 national standard.

    Non-Cyrillic characters pass through unchanged; apostrophes inside a word (``'``, ``’``,
    ``ʼ``) are dropped. Case is kept: a capital becomes a capitalised digraph (``Щ`` →
    ``Shch``), or an all-capital one inside an all-capital word (``ЩУКА`` → ``SHCHUKA``).
    An apostrophe (``'``, ``’``, ``ʼ``, `````) between two letters is dropped; elsewhere it is
    punctuation and kept.

    Args:
        text: any text.

    Returns:
        The transliteration (its length may differ from the input's).
    """
    source = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for i, ch in enumerate(source):
        lower = ch.lower()
        if ch in _APOSTROPHE_MARKS:
            inside = 0 < i < len(source) - 1 and source[i - 1].isalpha() and source[i + 1].isalpha()
            if not inside:
                out.append(ch)  # a quotation mark or a prime, not an apostrophe
            continue
        if lower not in _TABLE:
            out.append(ch)
            continue
        initial = i == 0 or not _is_word_char(source[i - 1])
        if lower in _INITIAL and initial:
            latin = _INITIAL[lower]
        elif lower == "г" and i > 0 and source[i - 1].lower() == "з":
            latin = "gh"
        else:
            latin = _TABLE[lower]
        nxt = source[i + 1] if i + 1 < len(source) else ""
        prev = source[i - 1] if i > 0 else ""
        next_upper = nxt.isupper() if nxt.isalpha() else prev.isupper()
        out.append(_cased(latin, ch.isupper(), next_upper))
    return "".join(out)


# --- name similarity ----------------------------------------------------------------------

# Digraphs and letters folded in skeletons, tried longest first at each position.
_SKELETON_RULES = (
    ("shch", "š"), ("dzh", "đ"), ("sch", "š"), ("tch", "č"), ("sh", "š"), ("zh", "ž"),
    ("kh", "h"), ("ch", "č"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("qu", "kv"),
    ("dj", "đ"), ("q", "k"), ("w", "v"), ("x", "ks"), ("g", "h"), ("y", "i"), ("j", "i"),
)  # fmt: skip
_SKELETON_MAP = dict(_SKELETON_RULES)
_SKELETON_RE = re.compile(
    "|".join(re.escape(rule) for rule, _ in _SKELETON_RULES if len(rule) > 1)
    + "|c|"
    + "|".join(re.escape(rule) for rule, _ in _SKELETON_RULES if len(rule) == 1)
)
_DOUBLE_RE = re.compile(r"(.)\1+")
_FINAL_OV_RE = re.compile(r"(?:ov|ev|iv|off|ow|ew)$")
# Ukrainian case endings stripped to reach the nominative (or a stem) of a name.
_UK_CASE_ENDINGS = (
    "ого", "ому", "ими", "ою", "ею", "єю", "ої", "ом", "ем", "єм", "им", "ім", "их", "іх",
    "у", "ю", "а", "я", "і", "ї", "е", "и",
)  # fmt: skip
_ADJECTIVE_SURNAME_RE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)$")
_FIRST_LETTER_PENALTY = 0.75
_MIN_LETTERS = 2


def _fold(match: re.Match[str]) -> str:
    found = match.group(0)
    if found == "c":
        after = match.string[match.end() : match.end() + 1]
        return "s" if after and after in "eiy" else "k"
    if found == "j" and match.start() == 0:
        return "đ"  # English word-initial j is дж (Johnson); inside a word, й (Selenskyj)
    return _SKELETON_MAP[found]


def skeleton(latin: str) -> str:
    """The comparison form of a Latin-script name: lowercase letters with common variation folded.

    Folds y/i/j → i, kh/h/g → h, ts/tz → c, shch/sch/sh → š, ch → č, zh → ž, dzh → đ (and an
    initial English j), w → v, English c before e/i/y → s (else k), a final -ov/-ev/-iv → iv
    (Kharkov ~ Kharkiv, Kiev ~ Kyiv), and undoubles letters; drops what is not a letter a–z.

    Args:
        latin: a word in Latin script (a transliteration or an English name).

    Returns:
        The skeleton (may be empty).
    """
    text = unicodedata.normalize("NFKD", latin.lower())
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    text = _SKELETON_RE.sub(_fold, text)
    text = _FINAL_OV_RE.sub("iv", text)
    return _DOUBLE_RE.sub(r"\1", text)


def levenshtein(a: str, b: str) -> int:
    """The Levenshtein edit distance (insertions, deletions, substitutions) of two strings."""
    return int(Levenshtein.distance(a, b))


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    score = 1.0 - levenshtein(a, b) / max(len(a), len(b))
    if a[0] != b[0]:
        score *= _FIRST_LETTER_PENALTY
    return score


@lru_cache(maxsize=16384)
def _uk_skeletons(word: str) -> frozenset[str]:
    lower = normalize_apostrophes(word.strip().lower())
    forms = {lower}
    for ending in _UK_CASE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            forms.add(stem)
            if _ADJECTIVE_SURNAME_RE.search(stem):
                forms.add(stem + "ий")  # Зеленського → Зеленськ → Зеленський
            if ending in ("а", "я", "у", "ю", "ом", "ем", "і", "е"):
                forms.add(stem + ("ь" if ending in ("я", "ю", "ем") else ""))
    skeletons: set[str] = set()
    for form in forms:
        latin = transliterate(form)
        skeletons.add(skeleton(latin))
        if "ai" in latin or "ei" in latin:
            skeletons.add(skeleton(latin.replace("ai", "i").replace("ei", "i")))  # Байден → Biden
    return frozenset(s for s in skeletons if len(s) >= _MIN_LETTERS)


# How English spelling is heard, for names that reach Ukrainian by sound rather than by letter
# (Kavanaugh → Кавано, Willoughby → Уіллоубі, Paltrow → Пелтроу, Baldwin → Болдуін, Giles →
# Джайлз, Ayr → Ейр, Kate → Кейт): applied together, as a second reading of the English name.
_SPOKEN_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"augh", "o"), (r"ough", "ou"), (r"(?<=.)gh", ""), (r"ow(?=$|[^aeiou])", "ou"),
        (r"al(?=[dtk])", "ol"), (r"(?:ay|ai|ey|ei)", "ei"), (r"(?:ee|ea)", "i"), (r"oo", "u"),
        (r"th", "t"), (r"g(?=[eiy])", "dzh"), (r"w", "u"),
    )
)  # fmt: skip
# a or i before a consonant and a silent e: Kate → Кейт, Giles → Джайлз, Mike → Майк
_SILENT_E_RE = re.compile(r"([ai])(?=[bcdfgklmnprstvz]e(?:s?$|[^aeiou]))")
_FINAL_E_RE = re.compile(r"(?<=[^aeiou])e(?=s?$)")


def _spoken(latin: str) -> str:
    text = unicodedata.normalize("NFKD", latin.lower())
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    for pattern, replacement in _SPOKEN_RULES:
        text = pattern.sub(replacement, text)
    text = _SILENT_E_RE.sub(lambda found: "ei" if found[1] == "a" else "ai", text)
    return _FINAL_E_RE.sub("", text)


@lru_cache(maxsize=16384)
def _en_skeletons(word: str) -> frozenset[str]:
    """The skeleton of an English name as written, and of its spoken reading."""
    text = word.strip()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return frozenset(s for s in (skeleton(text), skeleton(_spoken(text))) if s)


def name_initials(word: str) -> frozenset[str]:
    """First letters of the skeletons a word's forms transliterate to (Latin words: of their own
    skeletons, as written and as read aloud). :func:`name_similarity` scales a pair whose first
    letters differ by 0.75, so two words reach 0.75 or more only if they share one of these: a
    cheap filter before comparing.
    """
    if re.search(r"[\u0400-\u04ff]", word):
        return frozenset(form[:1] for form in _uk_skeletons(word))
    return frozenset(form[:1] for form in _en_skeletons(word) if form)


def name_similarity(uk: str, en: str) -> float:
    """How alike a Ukrainian word and a Latin-script name are, through transliteration, in [0, 1].

    The Ukrainian word may be inflected (``Зеленського``, ``Байдена``); the English one may be
    any common rendering (``Zelensky``, ``Zelenskyy``, ``Zelenskiy``; ``Kyiv``, ``Kiev``;
    ``Kharkov``) or a possessive (``Biden's``). The score is the best Levenshtein ratio between
    the skeletons of the Ukrainian forms and of the English word, times 0.75 when their first
    letters differ. Same names score ≥ 0.8; unrelated names < 0.5.

    Args:
        uk: one Ukrainian word (Cyrillic; Latin input is compared as it is).
        en: one English word.

    Returns:
        The similarity; 0.0 when either side has fewer than two letters.
    """
    targets = [t for t in _en_skeletons(en) if len(t) >= _MIN_LETTERS]
    best = 0.0
    for form in _uk_skeletons(uk):
        for target in targets:
            best = max(best, _ratio(form, target))
        if best == 1.0:
            break
    return round(best, 4)
