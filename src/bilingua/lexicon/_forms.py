"""What a Ukrainian word form can be: part-of-speech tags of lemmas, the extra stems a lemma is
indexed under (fleeting vowels, changing consonants, names whose last syllable alternates), verb
stems, the endings only verbs or only nouns have, and the verbs passive participles come from.
Hand-written analyses that simplemma's lemma lists do not give; :class:`~bilingua.lexicon.Lexicon`
uses them to index its lemmas and to choose among the lemmas a form reaches."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bilingua.errors import InputError
from bilingua.lexicon.stem import is_verb_lemma, normalize_apostrophes, uk_stem, uk_verb_stem

__all__ = [
    "PAST_ENDINGS",
    "TAGS",
    "alternating_stems",
    "common_prefix",
    "ends_in",
    "fits_paradigm",
    "fleeting_stems",
    "has_verb_ending",
    "noun_ending",
    "participle_verbs",
    "short_iotated",
    "split_tag",
    "verb_only_form",
    "verb_shaped",
    "verb_stems",
]

#: Part-of-speech tags a lemma may carry (``мати [noun]``); only ``verb`` changes matching.
TAGS = frozenset(("noun", "verb", "adj", "adv", "num", "pron", "prep", "conj", "part", "intj"))
_TAG_RE = re.compile(r"^(.*\S)\s*\[([a-z]+)\]$")
# Endings only verbs have (present tense, -увати verbs): a form ending so is no noun's form.
_VERB_ONLY_ENDINGS = tuple(
    "ить іть ать ять уть ють емо ємо имо імо ете єте ите іте еш єш иш іш ує ують уємо уєте уєш"
    " уться ються ює юють юємо юєте юєш".split()
)
# Endings of nouns and adjectives that no verb form has: a form that a verb reaches only by
# one of them (ночі ~ ночувати) is rather read through a weaker noun analysis (ночі ~ ніч).
_NOUN_ONLY_ENDINGS = frozenset(
    "і ї ою ею єю ам ям ами ями ах ях ом ем єм ого ому ього ьому ої ьої ий им их ими іх ая яя"
    " ей ії ією іям іями іях".split()
)


def split_tag(uk: str) -> tuple[str, str | None]:
    """Split a lemma from its part-of-speech tag: ``"мати [noun]"`` → ``("мати", "noun")``.

    Raises:
        InputError: the bracketed tag is not one of :data:`TAGS`.
    """
    found = _TAG_RE.match(uk.strip())
    if found is None:
        return uk, None
    if found[2] not in TAGS:
        known = ", ".join(sorted(TAGS))
        raise InputError(f"unknown part-of-speech tag [{found[2]}] in {uk!r} (known: {known})")
    return found[1], found[2]


# -а nouns whose к/г/х turn into ц/з/с before the -і of the dative and locative.
_MUTATED_BEFORE_I = {"ка": "ц", "га": "з", "ха": "с"}
# Nouns whose last vowel drops in the other cases: ранок/ранку, кінець/кінця, квітень/квітня.
_FLEETING = (("ок", "к"), ("ець", "ц"), ("ень", "н"))


def fleeting_stems(lemma: str) -> tuple[str, ...]:
    """Extra stems of a noun with a fleeting vowel (``ранок`` → ``ранк``, ``квітень`` →
    ``квітн``), so that ``ранку`` and ``квітня`` reach it; of a noun in ``-ка``/``-га``/``-ха``,
    whose dative and locative change the consonant (``Америці``, ``Празі``, ``перемозі``,
    ``Алясці``); and of a noun in ``-ей``/``-єй``,
    whose ending :func:`uk_stem` strips as a genitive plural (``людей``) while its other forms
    keep the й (``музей`` → ``музей``, reached by ``музею``, ``музеї``, ``музеєм``)."""
    if " " in lemma or is_verb_lemma(lemma):
        return ()
    if lemma.endswith(("ей", "єй")) and uk_stem(lemma) != lemma:
        return (lemma,)
    mutated = _MUTATED_BEFORE_I.get(lemma[-2:])
    if mutated is not None and len(lemma) >= 4:  # Америка/Америці, перемога/перемозі
        return (lemma[:-2] + mutated,)
    for ending, replacement in _FLEETING:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
            return (lemma[: -len(ending)] + replacement,)
    return ()


_CLOSED_I_RE = re.compile(r"^(.*[^\W\d_].*)([ії])([бвгґджзклмнпрстфхцчшщ]+ь?)$")


def alternating_stems(name: str) -> tuple[str, ...]:
    """Extra stems of a name whose last syllable has і/ї only while it is closed: the other
    cases open it and show о, е or є (Харків/Харкова, Бердичів/Бердичева, Київ/Києва,
    Чугуїв/Чугуєва, Тернопіль/Тернополя, Ірпінь/Ірпеня, Самбір/Самбора)."""
    found = _CLOSED_I_RE.match(name) if " " not in name else None
    if found is None:
        return ()
    head, vowel, tail = found.groups()
    vowels = ("є",) if vowel == "ї" else ("о", "е")
    return tuple(dict.fromkeys(uk_stem(head + v + tail) for v in vowels))


def verb_stems(lemma: str) -> tuple[str, ...]:
    """The verb stems a verb lemma is indexed under: :func:`uk_verb_stem`, and for a verb whose
    present tense keeps the vowel before ``-ти`` (``чекати``: ``чекаю``, ``розуміти``:
    ``розуміє``, ``сподіватися``: ``сподіваюсь``) the infinitive without ``-ти`` as well."""
    stems = [uk_verb_stem(lemma)]
    w = lemma[:-2] if lemma.endswith(("ся", "сь")) else lemma
    if w.endswith(("ати", "яти", "іти", "їти")) and len(w) >= 6:
        stems.append(w[:-2])
    if w.endswith("ювати") and len(w) >= 7:  # працювати: працюю, працює, працюють
        stems.append(w[:-4])
    if w.endswith(("ити", "іти")) and len(w) >= 6:  # зробити: зроблю, ходити: ходжу
        root = w[:-3]
        for ending, mutated in _MUTATIONS:
            if root.endswith(ending):
                stems.append(root[: len(root) - len(ending)] + mutated)
                break
    return tuple(stems)


# The consonant of a second-conjugation verb that changes in the first person singular and,
# for the labials, the third person plural: зробити → зроблю/зроблять, ходити → ходжу,
# просити → прошу, платити → плачу, пустити → пущу, їздити → їжджу, возити → вожу.
_MUTATIONS = (
    ("зд", "ждж"), ("ст", "щ"), ("б", "бл"), ("п", "пл"), ("в", "вл"), ("м", "мл"),
    ("ф", "фл"), ("д", "дж"), ("з", "ж"), ("с", "ш"), ("т", "ч"),
)  # fmt: skip


def verb_only_form(key: str) -> bool:
    """Whether a single word can only be a verb form: reflexive, or a present-tense ending."""
    if " " in key:
        return False
    if key.endswith(("ся", "сь")) and len(key) >= 6:
        return True
    return any(key.endswith(e) and len(key) - len(e) >= 3 for e in _VERB_ONLY_ENDINGS)


# Past-tense endings that adjectives and nouns share (зрозуміла: clear, or understood).
PAST_ENDINGS = ("ла", "ло", "ли")
# Endings of the -ія/-ій declension (Росії, акцію): a form with one reaches only a lemma of
# that declension, never a consonant-stem noun (розумію is a verb form, not one of розум).
_IA_ENDINGS = ("ія", "ії", "ію", "ією", "іям", "іями", "іях")
_IA_LEMMAS = ("ія", "ій", "іє", "ії", "ія")


def fits_paradigm(form: str, lemma: str) -> bool:
    """Whether a noun-path form can belong to a lemma, judged by the ending that was stripped."""
    word = form.rsplit(" ", 1)[-1]
    last = lemma.rsplit(" ", 1)[-1]
    if word == last or not word.endswith(_IA_ENDINGS):
        return True
    stem = uk_stem(word)
    if not word.startswith(stem) or not word[len(stem) :].startswith("і"):
        return True
    return last.endswith(_IA_LEMMAS) or uk_stem(last) != stem


def ends_in(lemma: str, stem: str, endings: tuple[str, ...]) -> bool:
    """Whether a one-word lemma is ``stem`` followed by one of ``endings``."""
    return lemma.startswith(stem) and lemma[len(stem) :] in endings


def noun_ending(key: str) -> bool:
    """Whether the ending :func:`uk_verb_stem` strips from a word is one no verb form has."""
    stem = uk_verb_stem(key)
    return key.startswith(stem) and key[len(stem) :] in _NOUN_ONLY_ENDINGS


def short_iotated(lemma: str) -> tuple[str, ...]:
    """The stem in й of a three-letter noun in ``-я``/``-ю``/``-є`` after a vowel (``дія`` →
    ``дій``), too short for :func:`uk_stem` to strip, which its forms reach (``дії``, ``дію``)."""
    if len(lemma) == 3 and lemma[-1] in "яює" and lemma[-2] in "аеєиіїоуюя" and lemma.isalpha():
        return (lemma[:2] + "й",)
    return ()


def verb_shaped(word: str, lemma: str) -> bool:
    return verb_only_form(word) or uk_verb_stem(word) in verb_stems(lemma)


def has_verb_ending(key: str) -> bool:
    """Whether a single word has an ending a verb form can have, so that it may be read as one.

    A bare stem (``вид``, ``план``) is no verb form: read as one it would reach the verb whose
    infinitive it begins (``видати``, ``планувати``), which is almost always a false match.
    """
    return uk_verb_stem(key) != normalize_apostrophes(key)


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# Passive participles and the infinitives they come from: організований → організувати,
# написаний → написати, розстріляний → розстріляти, звільнений → звільнити, закритий → закрити.
_PARTICIPLE_SUFFIXES = (
    ("ьований", ("ювати",)), ("ований", ("увати", "ювати")),
    ("аний", ("ати",)), ("яний", ("яти",)), ("ений", ("ити", "іти")), ("єний", ("їти", "іти")),
    ("тий", ("ти",)),
)  # fmt: skip
# The consonant of a second-conjugation participle, back to the infinitive's: зроблений →
# зробити, випущений → випустити, вражений → вразити, посаджений → посадити.
_UNMUTATE = (
    ("ждж", "зд"), ("бл", "б"), ("пл", "п"), ("вл", "в"), ("мл", "м"), ("фл", "ф"),
    ("дж", "д"), ("щ", "ст"), ("ж", "з"), ("ш", "с"), ("ч", "т"),
)  # fmt: skip


@lru_cache(maxsize=65536)
def participle_verbs(adjective: str) -> tuple[str, ...]:
    """The infinitives a passive participle in dictionary form may come from, likeliest first.

    simplemma's lists give a participle as an adjective lemma (``зроблений``), which the lexicon
    seldom lists; its verb it does (``зробити``). Every candidate is a guess to be checked
    against a lexicon: ``організований`` → ``організувати``, ``ювати``; ``зроблений`` →
    ``зробити``, ``зробіти``, ``зробленити``…; ``закритий`` → ``закрити``.

    Args:
        adjective: a masculine nominative singular (``-ний``/``-тий``), any case.

    Returns:
        Candidate infinitives; empty for a word of another shape.
    """
    w = normalize_apostrophes(unicodedata.normalize("NFC", adjective).strip().lower())
    for suffix, endings in _PARTICIPLE_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: -len(suffix)]
            stems = [stem]
            if suffix in ("ений", "єний"):
                for mutated, plain in _UNMUTATE:
                    if stem.endswith(mutated):
                        stems.insert(0, stem[: -len(mutated)] + plain)
                        break
            return tuple(dict.fromkeys(s + e for s in stems for e in endings))
    return ()
