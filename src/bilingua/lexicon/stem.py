"""Light stemmers for Ukrainian and English words, made for matching, not for linguistics.

Both stemmers are deterministic, dictionary-free and cached. What matters is that the forms of
one word meet at one stem (``безпека``/``безпеки``/``безпекою`` → ``безпек``; ``sanctions``/
``sanction`` → ``sanction``), not that the stem is a real morpheme. Both are idempotent on the
stems they produce for ordinary words, so stems (as :mod:`bilingua.lexicon.learn` writes them)
can be fed back in.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "en_stem",
    "is_verb_lemma",
    "normalize_apostrophes",
    "uk_alternant_stems",
    "uk_stem",
    "uk_stems",
    "uk_verb_stem",
]

#: Apostrophe look-alikes folded into the Ukrainian apostrophe U+2019 ’.
_APOSTROPHES = str.maketrans({"'": "’", "ʼ": "’", "`": "’", "´": "’", "‘": "’", "ʹ": "’"})
_MIN_STEM = 3
_CYRILLIC = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя’")
_VOWELS_UK = frozenset("аеєиіїоуюя")
# An ending that starts with one of these after a vowel follows a stem in -й: Китай → Китаю,
# Китаї, Китаєм; музей → музею; мрія → мрії (the й is spelt inside the letter).
_IOTATED = frozenset("юяєї")

# Endings stripped by uk_stem: nouns, adjectives (and participles), and the verb endings that
# no common noun form shares. Stripped longest first, only if at least _MIN_STEM letters remain.
_UK_ENDINGS = (
    # adjectives, hard and soft
    "ими ого ому ього ьому ої ьої ою ій ий им их ім іх ая яя є"
    # nouns
    " а я у ю е і ї и о ь ам ям ами ями ах ях ом ем єм ею єю ів їв ей"
    # nouns in -ія (Росія, санкція, енергія)
    " ія ії ію ією іям іями іях"
    # verbs: present tense, -увати verbs
    " ить іть ать ять уть ють емо ємо имо імо ете єте ите іте еш єш иш іш"
    " ує ують ую уємо уєте уєш"
).split()
# Endings that uk_verb_stem strips as well: infinitives and past tenses. uk_stem leaves them,
# because nouns end the same way (депутати, скандали, держав, ракети, актив).
_UK_VERB_ENDINGS = (
    _UK_ENDINGS
    + (
        "ти ть ити ати іти ути яти їти ив ила ило или ав ала ало али ів іла іли іло яв яла яли"
        " їв їла їли їло ув ула ули уло ла ло ли в увати ував увала увало ували"
    ).split()
)


def _by_length(endings: list[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(ending) for ending in endings}, reverse=True)
    return tuple((length, frozenset(e for e in endings if len(e) == length)) for length in lengths)


_NOUN_ENDINGS = _by_length(_UK_ENDINGS)
_VERB_ENDINGS = _by_length(_UK_VERB_ENDINGS)
_REFLEXIVE = ("ся", "сь")
# -ість nouns alternate і/о (незалежність, незалежності): both reach -ост
_ALTERNATING = (("ість", "ост"), ("істю", "ост"))


def normalize_apostrophes(text: str) -> str:
    """Fold ``'``, ``ʼ``, ````` and similar marks into the Ukrainian apostrophe ``’`` (U+2019).

    Args:
        text: any text.

    Returns:
        The text with every apostrophe look-alike replaced; its length is unchanged.
    """
    return text.translate(_APOSTROPHES)


def _normalize_uk(word: str) -> str:
    return normalize_apostrophes(unicodedata.normalize("NFC", word).strip().lower())


def _unreflexive(w: str) -> str:
    for reflexive in _REFLEXIVE:
        if w.endswith(reflexive) and len(w) - len(reflexive) >= _MIN_STEM + 1:
            return w[: -len(reflexive)]
    return w


def _alternating(w: str) -> str | None:
    for ending, replacement in _ALTERNATING:
        if w.endswith(ending) and _letters(w) - len(ending) >= _MIN_STEM - 1:
            return w[: -len(ending)] + replacement
    return None


def _tidy(w: str) -> str:
    """Drop a final soft sign and undouble a final consonant."""
    if w.endswith("ь") and _letters(w) > _MIN_STEM:
        w = w[:-1]
    if len(w) > _MIN_STEM and w[-1] == w[-2] and w[-1] not in _VOWELS_UK and w[-1].isalpha():
        w = w[:-1]
    return w


def _strip(w: str, endings: tuple[tuple[int, frozenset[str]], ...], nouns: bool = False) -> str:
    w = _unreflexive(w)
    alternated = _alternating(w)
    if alternated is not None:
        return alternated
    letters = _letters(w)
    for length, group in endings:
        if letters - length >= _MIN_STEM and w[-length:] in group:
            ending, w = w[-length:], w[:-length]
            if nouns and ending[0] in _IOTATED and w[-1] in _VOWELS_UK:
                w += "й"  # Китаю/Китаї/Китаєм → китай, музею → музей, мрії → мрій
            break
    return _tidy(w)


@lru_cache(maxsize=65536)
def uk_stem(word: str) -> str:
    """The matching stem of a Ukrainian word.

    Lowercases (NFC), folds apostrophes to ``’``, strips a reflexive ``-ся``/``-сь`` and then
    the longest inflectional ending of nouns, adjectives and present-tense verbs that leaves
    at least three letters; a final soft sign is dropped and a doubled final consonant
    undoubled (``рішення``/``рішень`` → ``рішен``); ``-ість`` nouns reach ``-ост``
    (``незалежність``/``незалежності``); when an ending spelt with ю/я/є/ї follows a vowel, the
    stem gets back the й those letters spell (``Китаю``/``Китаї``/``Китаєм`` → ``китай``,
    ``музею`` → ``музей``). Infinitive and past-tense endings, which nouns share
    (``депутати``, ``скандали``), are left to :func:`uk_verb_stem`. Words with no Cyrillic
    letter are only lowercased. Not every form reaches the same stem (``Київ``/``Києва``).

    Args:
        word: one word, in any case and form.

    Returns:
        The stem, lowercase; the lowercased word itself when nothing can be stripped.
    """
    w = _normalize_uk(word)
    if not any(ch in _CYRILLIC for ch in w):
        return w
    return _strip(w, _NOUN_ENDINGS, nouns=True)


@lru_cache(maxsize=65536)
def uk_verb_stem(word: str) -> str:
    """The matching stem of a Ukrainian word read as a verb form.

    As :func:`uk_stem`, but infinitive and past-tense endings are stripped too:
    ``сказати``/``сказав``/``сказала`` → ``сказ``; ``фінансувати``/``фінансує`` → ``фінанс``.
    Use it to compare a word with verb lemmas only: on nouns it over-strips (``депутати`` →
    ``депут``).

    Args:
        word: one word, in any case and form.

    Returns:
        The stem, lowercase.
    """
    w = _normalize_uk(word)
    if not any(ch in _CYRILLIC for ch in w):
        return w
    return _strip(w, _VERB_ENDINGS)


def _letters(word: str) -> int:
    return len(word) - len(_NON_LETTER_RE.findall(word))


_NON_LETTER_RE = re.compile(r"[\W\d_]")


@lru_cache(maxsize=65536)
def is_verb_lemma(lemma: str) -> bool:
    """Whether a Ukrainian dictionary form is an infinitive (``-ти``, ``-чи``, ``-тися``…).

    Args:
        lemma: one word in dictionary form.

    Returns:
        True for an infinitive of at least four letters.
    """
    w = _normalize_uk(lemma)
    return " " not in w and _letters(w) >= 4 and w.endswith(("ти", "чи", "тися", "тись", "чися"))


@lru_cache(maxsize=65536)
def uk_analyses(word: str) -> tuple[tuple[str, str], ...]:
    """Every way to split a Ukrainian word into a stem and a noun ending, likeliest first.

    The first is :func:`uk_stem`'s; then the stem left by every other ending that matches,
    longest first (``зброю`` → ``збр`` + ``ою``, ``зброй`` + ``ю``: the й an iotated ending
    spells after a vowel comes back); an iotated ending after a vowel may leave two letters
    when the й makes them three (``дії`` → ``дій``, ``бою`` → ``бой``); last the word with no
    ending (``""``), as written and tidied. The ending is as written after the stem, ``""`` or
    ``"ь"`` when the word ends in its stem.

    Args:
        word: one word, in any case and form.

    Returns:
        ``(stem, ending)`` pairs with distinct stems.
    """
    w = _normalize_uk(word)
    first = uk_stem(w)
    if not any(ch in _CYRILLIC for ch in w) or " " in w:
        return ((first, ""),)
    w = _unreflexive(w)
    found: dict[str, str] = {}
    if _alternating(w) is None:
        letters = _letters(w)
        for length, group in _NOUN_ENDINGS:
            if w[-length:] not in group or letters - length < _MIN_STEM - 1:
                continue
            stem, ending = w[:-length], w[-length:]
            if ending[0] in _IOTATED and stem[-1] in _VOWELS_UK:
                found.setdefault(stem + "й", ending)
            elif letters - length >= _MIN_STEM:
                found.setdefault(_tidy(stem), ending)
    else:  # -ість nouns: незалежність, незалежності
        found[first] = "" if w.endswith("ість") else w[-1]
    found.setdefault(_tidy(w), "ь" if w.endswith("ь") else "")
    found.setdefault(w, "")
    return ((first, found.pop(first, "")), *found.items())


@lru_cache(maxsize=65536)
def uk_stems(word: str) -> tuple[str, ...]:
    """The candidate stems of a Ukrainian word, likeliest first: see :func:`uk_analyses`.

    Args:
        word: one word, in any case and form.

    Returns:
        The stems; the first is :func:`uk_stem`'s.
    """
    return tuple(stem for stem, _ in uk_analyses(word))


_CONSONANTS_UK = "бвгґджзйклмнпрстфхцчшщ"
# о/е (є) of a last syllable opened by an ending, і (ї) of the same syllable closed.
_OPEN_O_RE = re.compile(rf"^(.*?)([оеє])([{_CONSONANTS_UK}]+)$")
_CLOSED_I_RE = re.compile(rf"^(.*?)([ії])([{_CONSONANTS_UK}]+)$")
# A vowel between the last two consonants of a zero-ending form (жінок, сестер, пісень).
_FLEETING_RE = re.compile(rf"^(.*[аеєиіїоуюя].*[{_CONSONANTS_UK}])([ео])([{_CONSONANTS_UK}])$")
_TWO_CONSONANTS_RE = re.compile(rf"^(.*[аеєиіїоуюя].*[{_CONSONANTS_UK}])([{_CONSONANTS_UK}])$")
# Noun endings that open a last syllable whose vowel is і when closed (дім/дому, ніч/ночі).
_OPENING = frozenset("а я у ю і ї и ом ем єм ам ям ами ями ах ях ів їв ей".split())
# г/к/х of a stem turn into з/ц/с before some endings (друг/друзі, берег/березі, рух/русі);
# the plural keeps the change (друзів, друзям).
_UNMUTATED = {"з": "г", "ц": "к", "с": "х"}
_MUTATING = frozenset("і ів ам ами ах ям ями ях".split())


_DOUBLED_RE = re.compile(rf"([{_CONSONANTS_UK}])\1")
# What a lemma may end in after a weaker stem: nothing (дім, кінь: the syllable is closed in
# the dictionary form), or a vowel (особа, жінка, слово: it is closed only in the form).
_BARE = ("", "ь")
_VOWEL = ("а", "я", "о", "е")


def _vowel_changes(stem: str, ending: str) -> list[tuple[str, tuple[str, ...]]]:
    out: list[tuple[str, tuple[str, ...]]] = []
    if ending in _BARE:  # a closed last syllable: осіб/особа, жінок/жінка
        found = _CLOSED_I_RE.match(stem)
        if found is not None:
            head, vowel, tail = found.groups()
            out += [(head + v + tail, _VOWEL) for v in (("є",) if vowel == "ї" else ("о", "е"))]
        fleeting = _FLEETING_RE.match(stem)
        if fleeting is not None:
            out.append((fleeting[1] + fleeting[3], _VOWEL))
    elif ending in _OPENING:  # an ending opened it: дому/дім, ночі/ніч, коня/кінь, вітру/вітер
        found = _OPEN_O_RE.match(stem)
        if found is not None:
            head, vowel, tail = found.groups()
            out.append((head + ("ї" if vowel == "є" else "і") + tail, _BARE))
        two = _TWO_CONSONANTS_RE.match(stem)
        if two is not None:
            out += [(two[1] + v + two[2], _BARE) for v in ("е", "о")]
    return [(s, lemma) for s, lemma in out if _letters(s) >= _MIN_STEM]


@lru_cache(maxsize=65536)
def uk_alternant_stems(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Weaker candidate stems of a Ukrainian word, for when no stem of :func:`uk_stems` is known,
    each with the endings a lemma may have after it (none for a word with a doubled consonant:
    ``Пеппа`` is a name, not a form of ``піп``).

    From each analysis of :func:`uk_analyses`: the і of a closed last syllable read as о/е
    (``осіб`` → ``особ``, ``робіт`` → ``робот``) and a fleeting vowel removed (``жінок`` →
    ``жінк``, ``сестер`` → ``сестр``, ``пісень`` → ``пісн``), for a lemma ending in a vowel
    (``особа``, ``жінка``); behind an ending, the о/е of the last syllable read as і (``дому``
    → ``дім``, ``коня`` → ``кін``, ``ночі`` → ``ніч``) and a fleeting vowel put back (``вітру``
    → ``вітер``), for a lemma ending in its stem (``дім``, ``кінь``); з/ц/с before ``-і`` and
    the plural endings read as г/к/х (``друзі`` → ``друг``, ``березі`` → ``берег``), alone and
    then with a vowel change (``боці`` → ``бік``). Single changes come before combined ones.

    Args:
        word: one word, in any case and form.

    Returns:
        ``(stem, lemma_endings)`` pairs, no stem among :func:`uk_stems`.
    """
    if " " in word.strip() or _DOUBLED_RE.search(_normalize_uk(word)):
        return ()  # a doubled consonant: a loan or a name (Пеппа), not an alternating stem
    single: list[tuple[str, tuple[str, ...]]] = []
    combined: list[tuple[str, tuple[str, ...]]] = []
    for stem, ending in uk_analyses(word):
        single += _vowel_changes(stem, ending)
        if ending in _MUTATING and stem[-1:] in _UNMUTATED:
            mutated = stem[:-1] + _UNMUTATED[stem[-1]]
            single.append((mutated, (*_BARE, "о")))
            combined += _vowel_changes(mutated, ending)
    plain = set(uk_stems(word))
    seen: dict[str, tuple[str, ...]] = {}
    for stem, lemma in single + combined:
        if stem not in plain:
            seen.setdefault(stem, lemma)
    return tuple(seen.items())


# British spellings folded to American ones before suffixes are stripped. The first table
# applies whatever follows (``honourable``, ``travelled``), the second only before nothing or a
# plural ``s`` (``centres``, but not ``programmed``), the third is the ``-ise`` family.
_EN_SPELLING_ANY = (
    ("colour", "color"), ("favour", "favor"), ("honour", "honor"), ("labour", "labor"),
    ("neighbour", "neighbor"), ("behaviour", "behavior"), ("armour", "armor"),
    ("rumour", "rumor"), ("harbour", "harbor"), ("endeavour", "endeavor"), ("humour", "humor"),
    ("vapour", "vapor"), ("savour", "savor"), ("travell", "travel"), ("cancell", "cancel"),
    ("modell", "model"), ("fuell", "fuel"), ("labell", "label"), ("signall", "signal"),
    ("judgement", "judgment"), ("aluminium", "aluminum"), ("defence", "defense"),
    ("offence", "offense"), ("licence", "license"), ("kiev", "kyiv"),
)  # fmt: skip
_EN_SPELLING_BASE = (
    ("dialogue", "dialog"), ("catalogue", "catalog"), ("monologue", "monolog"),
    ("analogue", "analog"), ("programme", "program"), ("centre", "center"),
    ("theatre", "theater"), ("metre", "meter"), ("litre", "liter"), ("fibre", "fiber"),
    ("calibre", "caliber"), ("tyre", "tire"), ("cheque", "check"), ("grey", "gray"),
    ("pretence", "pretense"),
)  # fmt: skip
_EN_ISE = (
    "organis", "recognis", "realis", "criticis", "mobilis", "stabilis", "authoris", "prioritis",
    "apologis", "modernis", "legalis", "minimis", "maximis", "normalis", "characteris",
    "emphasis", "summaris", "utilis", "finalis", "privatis", "nationalis", "militaris",
    "sanitis", "specialis", "standardis", "liberalis", "centralis", "digitalis", "harmonis",
    "subsidis", "jeopardis", "terroris", "capitalis", "visualis", "symbolis", "analys",
    "paralys", "catalys",
)  # fmt: skip
_ANY_PREFIXES = tuple(british for british, _ in _EN_SPELLING_ANY)
_BASE_WORDS = {
    form: american + form[len(british) :]
    for british, american in _EN_SPELLING_BASE
    for form in (british, british + "s")
}
_ISE_RESTS = frozenset(("e", "ed", "es", "er", "ers", "ing", "ation", "ations", "able"))
_EN_VOWELS = frozenset("aeiouy")
_KEEP_DOUBLE = frozenset("lsz")


def _has_vowel(text: str) -> bool:
    return any(ch in _EN_VOWELS for ch in text)


def _en_spelling(w: str) -> str:
    if w.startswith(_ANY_PREFIXES):
        for british, american in _EN_SPELLING_ANY:
            if w.startswith(british):
                return american + w[len(british) :]
    if w in _BASE_WORDS:
        return _BASE_WORDS[w]
    if w.startswith(_EN_ISE):
        for prefix in _EN_ISE:
            rest = w[len(prefix) :]
            if w.startswith(prefix) and rest in _ISE_RESTS:
                return prefix[:-1] + "z" + rest
    return w


def _en_inflection(w: str) -> str:
    """Strip one plural, past or gerund suffix."""
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("es") and len(w) > 4 and w[:-2].endswith(("sh", "ch", "x", "z", "s")):
        return w[:-2]
    if w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is", "'s")):
        return w[:-1]
    if w.endswith("eed") and len(w) > 4:
        return w[:-1]  # agreed → agree
    for suffix in ("ing", "ed"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            if len(stem) >= _MIN_STEM and _has_vowel(stem):
                if (
                    len(stem) > _MIN_STEM
                    and stem[-1] == stem[-2]
                    and stem[-1] not in _KEEP_DOUBLE
                    and stem[-1] not in _EN_VOWELS
                ):
                    stem = stem[:-1]
                return stem
    return w


# Ukrainian forms whose stem changes in inflection (день → дні, могти → може, люди → людей):
# no ending rule reaches them, and they are among the commonest words. The verbs are all kept,
# since a form listed here is known to be a verb form (має reaches мати [verb], not the noun);
# of the other words only the forms simplemma's lists lemmatise otherwise (дні: дно) are left.
UK_IRREGULAR = {
    form: lemma
    for lemma, forms in {
        "день": "дні",
        "могти": "можу може можемо можете можуть можеш міг могла могло могли",
        "мати": "маю має маємо маєте мають маєш мав мала мало мали",
        "хотіти": "хочу хоче хочемо хочете хочуть хочеш хотів хотіла хотіли",
        "бути": "є буде будуть будемо будете будеш буду був була було були",
        "один": "одне",
        "два": "двох двом",
        "три": "трьох трьом",
        "йти": "іду іде ідуть ішов ішла ішли",
        "піти": "піду піде підуть пішов пішла пішли",
        "прийти": "прийду прийде прийдуть прийшов прийшла прийшли",
        "їхати": "їду їде їдуть їхав їхала їхали",
        "дати": "дам дасть дадуть дав дала дали",
        "їсти": "їм їсть їдять їв їла їли",
        "сказати": "скажу скаже скажуть",
        "взяти": "візьму візьме візьмемо візьмете візьмуть візьмеш візьми візьміть",
        "брати": "беру бере беремо берете беруть береш бери беріть",
        "писати": "пишу пише пишемо пишете пишуть пишеш пиши пишіть",
        "написати": "напишу напише напишемо напишете напишуть напишеш напиши напишіть",
        "казати": "кажу каже кажемо кажете кажуть кажеш",
        "спати": "сплю спить спимо спите сплять спиш",
        "жити": "живу живе живемо живете живуть живеш",
        "пити": "п’ю п’є п’ємо п’єте п’ють п’єш",
        "знайти": "знайду знайде знайдемо знайдете знайдуть знайшов знайшла знайшло знайшли",
        "вийти": "вийду вийде вийдемо вийдуть вийшов вийшла вийшло вийшли",
        "зайти": "зайду зайде зайдуть зайшов зайшла зайшли",
        "перейти": "перейду перейде перейдуть перейшов перейшла перейшли",
        "пройти": "пройду пройде пройдуть пройшов пройшла пройшло пройшли",
        "увійти": "увійду увійде увійдуть увійшов увійшла увійшли",
        "поїхати": "поїду поїде поїдемо поїдуть поїдеш",
        "приїхати": "приїду приїде приїдемо приїдуть",
        "допомогти": "допоможу допоможе допоможемо допоможуть допоміг допомогла допомогли",
        "змогти": "зможу зможе зможемо зможете зможуть зможеш зміг змогла змогли",
        "сісти": "сяду сяде сядуть сів сіла сіли",
        "лягти": "ляжу ляже ляжуть ліг лягла лягли",
        "бігти": "біжу біжить біжимо біжать",
        "вести": "веду веде ведуть вів вела вели",
        "нести": "несу несе несуть ніс несла несли",
        "принести": "принесу принесе принесуть приніс принесла принесли",
        "почати": "почну почне почнемо почнуть почнеш",
        "розпочати": "розпочну розпочне розпочнуть",
        "померти": "помру помре помруть помер",
        "розповісти": "розповів розповіла розповіло розповіли розповім розповість розповідять",
        "відповісти": "відповів відповіла відповіло відповіли відповім відповість відповідять",
        "вкрасти": "вкрав вкрала вкрали вкраде вкрадуть",
        "ходити": "ходжу",
        "просити": "прошу",
        "бачити": "бачу",
        "люди": "людей людям людьми",
        "дитина": "діти дітям дітьми",
        "весь": "все всім",
        "той": "тому тим",
        "він": "його",
        "вони": "їх",
    }.items()
    for form in forms.split()
}


# Irregular English forms, mapped to the base form the lexicon lists ("done" → "do"): no
# suffix rule can reach them, and they are among the commonest words of any text. simplemma's
# English lemma does not replace this table: it gives one reading of an ambiguous form, often
# not the verb's (thought, left, shot, felt), and keeps people apart from person; without the
# table WMT22 content words matching their reference fell 76.0 % → 75.8 % (docs/benchmarks.md).
_EN_IRREGULAR = {
    form: base
    for base, forms in {
        "be": "am is are was were been being",
        "have": "has had",
        "do": "does did done",
        "go": "goes went gone",
        "say": "said says",
        "make": "made",
        "take": "took taken",
        "give": "gave given",
        "get": "got gotten",
        "come": "came",
        "see": "saw seen",
        "know": "knew known",
        "think": "thought",
        "tell": "told",
        "find": "found",
        "leave": "left",
        "feel": "felt",
        "bring": "brought",
        "begin": "began begun",
        "keep": "kept",
        "hold": "held",
        "lose": "lost",
        "pay": "paid",
        "meet": "met",
        "send": "sent",
        "spend": "spent",
        "build": "built",
        "fight": "fought",
        "buy": "bought",
        "sell": "sold",
        "win": "won",
        "run": "ran",
        "write": "wrote written",
        "speak": "spoke spoken",
        "choose": "chose chosen",
        "fall": "fell fallen",
        "grow": "grew grown",
        "draw": "drew drawn",
        "fly": "flew flown",
        "strike": "struck",
        "stand": "stood",
        "understand": "understood",
        "lead": "led",
        "flee": "fled",
        "shoot": "shot",
        "become": "became",
        "can": "could",
        "will": "would",
        "shall": "should",
        "may": "might",
        "eat": "ate eaten",
        "drive": "drove driven",
        "break": "broke broken",
        "forget": "forgot forgotten",
        "hear": "heard",
        "sit": "sat",
        "sleep": "slept",
        "teach": "taught",
        "catch": "caught",
        "seek": "sought",
        "rise": "rose risen",
        "wear": "wore worn",
        "steal": "stole stolen",
        "hide": "hid hidden",
        "throw": "threw thrown",
        "show": "shown",
        "lie": "lay lain",
        "lay": "laid",
        "mean": "meant",
        "read": "",
        "rebuild": "rebuilt",
        "child": "children",
        "man": "men",
        "woman": "women",
        "person": "people",
    }.items()
    for form in forms.split()
}


@lru_cache(maxsize=65536)
def en_stem(word: str) -> str:
    """The matching stem of an English word (a light, Porter-like stemmer).

    Lowercases, folds curly apostrophes, drops a possessive ``'s``, folds British spellings
    (``defence`` → ``defense``, ``dialogue`` → ``dialog``, ``-ise`` → ``-ize``, ``Kiev`` →
    ``Kyiv``), strips one of ``-s``/``-es``/``-ies``/``-ed``/``-ing`` (undoubling ``stopped`` →
    ``stop``), then ``-ly`` (and ``-ed`` once more: ``reportedly`` → ``report``), and finally a
    silent ``-e`` (``increase``/``increased``/``increases`` → ``increas``; ``agree`` keeps its
    ``ee``). Stems keep at least three letters.

    Args:
        word: one English word (a phrase is stemmed as one string; split it first).

    Returns:
        The stem, lowercase.
    """
    w = unicodedata.normalize("NFC", word).strip().lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'") and len(w) > 3:
        w = w[:-1]
    w = w.strip("'")
    if not w.isascii() or not any(ch.isalpha() for ch in w):
        return w
    w = _EN_IRREGULAR.get(w, w)
    w = _en_spelling(w)
    w = _en_inflection(w)
    if w.endswith("ly") and len(w) - 2 >= _MIN_STEM and _has_vowel(w[:-2]):
        w = w[:-2]
        if w.endswith("ed") and len(w) - 2 >= _MIN_STEM:
            w = w[:-2]
    if w.endswith("e") and not w.endswith("ee") and len(w) - 1 >= _MIN_STEM:
        w = w[:-1]
    return w
