"""The evidence of language that detection and the first pass read: letters, words, endings.

Letters that only one Cyrillic language uses (Ukrainian і ї є ґ; Russian ы э ъ ё; Belarusian
ў; South Slavic ј љ њ …), function words of one language that the others of its script do not
use as words, word endings of one of Ukrainian and Russian, and the function words of the
other Latin-script languages met in the news. :mod:`bilingua.detect` labels runs with them;
:mod:`bilingua.screen` uses them to prove that a paragraph cannot be Ukrainian or English.
"""

from __future__ import annotations

import re

__all__ = [
    "APOSTROPHES",
    "BE_LETTERS",
    "BG_WORDS",
    "EN_CONTRACTION_RE",
    "EN_WEAK_WORDS",
    "EN_WORDS",
    "LATIN_LETTER_LANGS",
    "OTHER_LATIN_WORDS",
    "RU_ENDINGS",
    "RU_LETTERS",
    "RU_WORDS",
    "RU_WORDS_LIKE_UK_INFINITIVES",
    "SOUTH_SLAVIC_LETTERS",
    "UK_ENDINGS",
    "UK_INFINITIVE_ENDINGS",
    "UK_LETTERS",
    "UK_WORDS",
    "is_ukrainian_word",
]

APOSTROPHES = "'’ʼ`"
UK_LETTERS = frozenset("іїєґІЇЄҐ")
RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
BE_LETTERS = frozenset("ўЎ")
SOUTH_SLAVIC_LETTERS = frozenset("јљњћђџѓќѕЈЉЊЋЂЏЃЌЅ")
# Words of one language that the others of the script do not use as words.
UK_WORDS = frozenset(
    "що це як який яка яке також але або чи вже щоб він вона вони ми ви був була було були "
    "буде будуть дуже зараз цей ця цього цьому його мене навіть коли де з й лише тобто "
    "проте адже щодо між після бо "
    # everyday words of posts and messages that Russian spells otherwise (and Bulgarian too:
    # ти, може, добре are Bulgarian words, so they are not here)
    "воно хто ось поки тепер треба варто нема немає ласка дякую вибач вибачте пробач "
    "пробачте можу можеш можемо можуть хочеш хочемо хочете хочуть маю маєш має мають "
    "знаєш робити зробити сказати казати писати написати людина завжди ніколи іноді трохи бути "
    "багато скільки сьогодні вчора тиждень зранку ввечері вночі гарно звичайно мабуть "
    "напевно ранку".split()
)
RU_WORDS = (
    frozenset(
        "и что как это он она они мы вы был была было были будет его ее её их или но нет да "
        "уже еще ещё сейчас когда где если чтобы только очень тоже также этот эта эти с со "
        "который которая которые которых себя ли бы меня тебя после".split()
    )
    - UK_WORDS
)
# Word endings that only one of the two languages has: Ukrainian verbal nouns (-ння, -ття),
# 3rd person plural -ють, 1st person plural -емо; Russian -ие, -ия, -ость, -ешь where
# Ukrainian writes -ії, -ія, -ість, -еш.
UK_ENDINGS = ("ння", "нні", "нню", "ття", "ттю", "ччя", "ють", "емо")
# Infinitives end in a vowel and -ти in Ukrainian (писати, робити), in -ть in Russian
# (писать); Russian has that ending in a few nouns and in numerals (двадцати), listed here.
# (-яти is left out: Russian памяти, девяти.)
UK_INFINITIVE_ENDINGS = ("ати", "ити", "ути")
RU_WORDS_LIKE_UK_INFINITIVES = frozenset(
    "кстати пути сути жути мути ртути кровати печати знати нити благодати рати".split()
)
RU_ENDINGS = ("ие", "ия", "ость", "ешь", "ишь")
BG_WORDS = frozenset("са че ще като който която които във със от се за".split())
EN_WORDS = frozenset(
    "the of and is are was were that this these those with for from have has had been be "
    "it its as at not which who whom whose will would could should said says but or they "
    "them their there he she his her him we our you your what when where about after also "
    "more than into over all can new one up out just only other such some any because "
    "while during before between against under since me my us wrote told added "
    # frequent words of everyday English that no other language of the script spells so
    "today yesterday tomorrow good well very know think want need going get got make made "
    "take took give gave came left right people time year years day days week month "
    "home work job house family friend friends children child money back again always never "
    "really still already now then here how why something anything nothing everything "
    "someone anyone everyone thank thanks please sorry yes okay feel felt tell told help "
    "should would could might must don't can't won't i'm i've it's that's there's let's "
    "morning evening night mood happy sad right wrong little much many every each".split()
)
# Short words English shares with other languages: half a vote each.
EN_WEAK_WORDS = frozenset("a to in on by an do no so we am".split())
# Contractions are English whatever the apostrophe ("hasn’t", "we’re", "I’m").
EN_CONTRACTION_RE = re.compile(r"(?:n['’ʼ]t|['’ʼ](?:re|ve|ll|m|d|s))$", re.IGNORECASE)
# Function words of the other Latin-script languages one meets in the news.
OTHER_LATIN_WORDS = (
    frozenset(
        "a je se na v z ze že do ve s o k pro jsou jako by ale které který není se i w się nie "
        "jest jak od der die das und ist nicht ein eine zu mit den von im auf sich dem des le la "
        "les de et est un une du des en que qui dans pour pas au sur il el los las y es por con "
        "del una para di che è per della sono gli".split()
    )
    - EN_WORDS
    - frozenset("a to in on by an do no so we am die".split())
)  # common in English too
# Letters that settle a Latin run on their own.
LATIN_LETTER_LANGS = {
    "cs": frozenset("ěřůĚŘŮ"),
    "pl": frozenset("ąęłśźżĄĘŁŚŹŻ"),
    "de": frozenset("ß"),
    "hu": frozenset("őűŐŰ"),
}


def is_ukrainian_word(word: str) -> bool:
    """A lowercase Cyrillic word that is Ukrainian by itself: a Ukrainian-only word or ending,
    or an infinitive in -ати/-ити/-ути (not -цати, the Russian numerals, nor a Russian noun)."""
    return (
        word in UK_WORDS
        or word.endswith(UK_ENDINGS)
        or (
            word.endswith(UK_INFINITIVE_ENDINGS)
            and len(word) > 5
            and not word.endswith("цати")
            and word not in RU_WORDS_LIKE_UK_INFINITIVES
        )
    )
