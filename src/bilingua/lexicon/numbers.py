"""Quantities in Ukrainian and English text: numbers with scale words, currencies and percents.

``$350 million``, ``350 мільйонів доларів`` and ``350 млн дол.`` all give
``Quantity(value=350_000_000.0, unit="USD")``; ``1,4 млн`` and ``1.4 million`` both give
1 400 000. A quantity is a number (digits, or number words such as ``п’ять``/``five``), then
optionally a scale (``тис.``, ``мільйонів``, ``bn``, ``million``), then optionally a currency or a
percent sign or word; a currency sign or code may also stand before the number (``€500``,
``USD 20``). Years and dates are quantities too (unit None): ``24.02.2022`` gives 24, 2 and 2022.

Digits are parsed with :func:`babel.numbers.parse_decimal` (locale ``en`` or ``uk``), strictly,
once we have decided which separator is the decimal one. That decision is ours, not babel's:
texts mix conventions (an English article quoting ``1,4 млн``), so babel's locale alone cannot
tell ``1,400`` from ``1,4``. Our rules: with both ``.`` and ``,`` the last one is decimal;
spaces (also NBSP, thin spaces) group thousands in Ukrainian text (``3 410 тіл``), while English
text groups only with no-break or thin spaces, never a plain one (``April 3 410 bodies`` is 3
and 410); a lone ``,`` followed by exactly three digits
groups thousands in English text (``10,000``) and is decimal otherwise (``1,4``; ``1,400`` in
Ukrainian text is 1.4); a lone ``.`` is decimal; several of the same separator group thousands.
Number words, scale words, currencies and negative numbers are not babel's business either
(babel formats currencies but does not parse them); those are the tables below. A bare
``pounds``/``фунтів`` is money only with £, GBP or sterling, or when the nearest context word
in the sentence is one of money (``cost``, ``fined``, ``коштує``) rather than of weight, or
after a scale of a million or more: ``550 pound hog`` and ``5 pounds of flour`` are weights
(unit None; the span stops before the word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Quantity", "find_quantities"]


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with its scale applied.

    Attributes:
        start: offset of its first character (code points, into the text searched).
        end: offset after its last character (exclusive); the span covers currency signs and
            words, scale words and percent signs that belong to it.
        value: the value, scale applied (``1,4 млн`` → 1400000.0).
        unit: ``"USD"``, ``"EUR"``, ``"UAH"``, ``"GBP"``, ``"RUB"``, ``"%"``, or None.
    """

    start: int
    end: int
    value: float
    unit: str | None


_SPACE = "[ \u00a0\u2009\u202f]"
# English groups thousands with commas, never with a plain space ("April 3 410 bodies" is two
# numbers); a no-break or thin space between digit groups is typographic grouping in any text.
_EN_GROUP_SPACE = "[\u00a0\u2009\u202f]"
_APOS = "['’ʼ]"


def _digits_pattern(space: str) -> str:
    return rf"(?<![\w.,])(?:\d{{1,3}}(?:{space}\d{{3}})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"


_DIGITS_RE = re.compile(_digits_pattern(_SPACE))

# --- number words ---------------------------------------------------------------------------

_UK_WORDS = {
    1: "один одна одне одного одної одній одному одну одним одною",
    2: "два дві двох двом двома",
    3: "три трьох трьом трьома",
    4: "чотири чотирьох чотирьом чотирма",
    5: "п’ять п’яти п’ятьох п’ятьма",
    6: "шість шести шістьох шістьма",
    7: "сім семи сімох сьома",
    8: "вісім восьми вісьмох вісьма",
    9: "дев’ять дев’яти дев’ятьох",
    10: "десять десяти десятьох",
    11: "одинадцять одинадцяти",
    12: "дванадцять дванадцяти",
    13: "тринадцять тринадцяти",
    14: "чотирнадцять чотирнадцяти",
    15: "п’ятнадцять п’ятнадцяти",
    16: "шістнадцять шістнадцяти",
    17: "сімнадцять сімнадцяти",
    18: "вісімнадцять вісімнадцяти",
    19: "дев’ятнадцять дев’ятнадцяти",
    20: "двадцять двадцяти",
    30: "тридцять тридцяти",
    40: "сорок сорока",
    50: "п’ятдесят п’ятдесяти",
    60: "шістдесят шістдесяти",
    70: "сімдесят сімдесяти",
    80: "вісімдесят вісімдесяти",
    90: "дев’яносто дев’яноста",
    100: "сто ста",
    200: "двісті двохсот",
    300: "триста трьохсот",
    400: "чотириста чотирьохсот",
    500: "п’ятсот п’ятисот",
    600: "шістсот шестисот",
    700: "сімсот семисот",
    800: "вісімсот восьмисот",
    900: "дев’ятсот дев’ятисот",
}
_EN_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = {
    100: "hundred hundreds",
    1_000: "тисяча тисячі тисяч тисячу тисячею тисячам тисячами тисячах thousand thousands",
    1_000_000: "мільйон мільйона мільйони мільйонів мільйоном мільйонам мільйонами мільйонах "
    "million millions",
    1_000_000_000: "мільярд мільярда мільярди мільярдів мільярдом мільярдам мільярдами "
    "мільярдах billion billions",
    1_000_000_000_000: "трильйон трильйона трильйони трильйонів трильйоном трильйонам "
    "трильйонами трильйонах trillion trillions",
}
# a bare scale word stands for one of it only in these forms ("a million", "тисяча гривень")
_BARE_SCALES = frozenset(
    "тисяча тисячу мільйон мільярд трильйон hundred thousand million billion trillion".split()
)


def _word_table() -> dict[str, tuple[int, bool]]:
    table: dict[str, tuple[int, bool]] = {}
    for value, forms in _UK_WORDS.items():
        for form in forms.split():
            table[form] = (value, False)
    for value, word in enumerate(_EN_WORDS):
        table[word] = (value, False)
    for i, word in enumerate(_EN_TENS):
        table[word] = (20 + 10 * i, False)
    for value, forms in _SCALES.items():
        for form in forms.split():
            table[form] = (value, True)
    return table


_WORDS = _word_table()


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace("’", _APOS) for word in ordered)


_NUMBER_WORD = rf"(?:{_alternation(list(_WORDS))})"
_WORDS_RE = re.compile(
    rf"(?<![\w’'ʼ-]){_NUMBER_WORD}(?:(?:{_SPACE}|-){_NUMBER_WORD})*(?![\w’'ʼ])", re.IGNORECASE
)

# --- scales, currencies, percent ------------------------------------------------------------

_SCALE_AFTER_RE = re.compile(
    rf"""(?:{_SPACE}?(?P<spaced>тис\.?|млн\.?|млрд\.?|трлн\.?|тисяч\w*|мільйон\w*|мільярд\w*|
    трильйон\w*|thousand|million|billion|trillion|bn|mn|trn|tn)
    |(?P<glued>k|m|mn|bn|b|tn))(?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)
_SCALE_VALUES = (
    ("тис", 1_000), ("тисяч", 1_000), ("thousand", 1_000), ("k", 1_000),
    ("млн", 1_000_000), ("мільйон", 1_000_000), ("million", 1_000_000), ("mn", 1_000_000),
    ("m", 1_000_000),
    ("млрд", 10**9), ("мільярд", 10**9), ("billion", 10**9), ("bn", 10**9), ("b", 10**9),
    ("трлн", 10**12), ("трильйон", 10**12), ("trillion", 10**12), ("trn", 10**12),
    ("tn", 10**12),
)  # fmt: skip

_UNIT_WORDS = {
    "USD": r"\$|USD|(?:долар\w*|дол\.)(?:\s+США)?|(?:US\s+|U\.S\.\s+)?dollars?|bucks",
    "EUR": r"€|EUR|євро|euros?",
    "UAH": r"₴|UAH|грн\.?|гривн\w*|гривень|hryvni?as?|hryvnyas?",
    "GBP": r"£|GBP|фунт\w*(?:\s+стерлінг\w*)?|pounds?(?:\s+sterling)?",
    "RUB": r"₽|RUB|рубл\w*|руб\.|roubles?|rubles?",
    "%": r"%|відсот\w*|процент\w*|per\s?cent|pct",
}
_UNIT_AFTER_RE = re.compile(
    rf"{_SPACE}?(?:"
    + "|".join(f"(?P<u{i}>{pattern})" for i, pattern in enumerate(_UNIT_WORDS.values()))
    + r")(?![\w])",
    re.IGNORECASE,
)
_UNIT_NAMES = tuple(_UNIT_WORDS)
# "pounds"/"фунтів" with nothing that makes them sterling: money or weight, by context.
_BARE_POUND_RE = re.compile(r"pounds?|фунт\w*", re.IGNORECASE)
_CONTEXT = 80  # characters either side of the number searched for context words
_SENTENCE_END_RE = re.compile(r"[.!?;…](?=\s|$)|\n")
_OF_RE = re.compile(r"\s+(?:of|із?|з)\b", re.IGNORECASE)
_MASS_CONTEXT_RE = re.compile(
    r"(?<!\w)(?:weigh\w*|heav(?:y|ier|iest)|lbs?|ounces?|важ(?:ить|ать|ив|ила|или|ать|ки\w*)"
    r"|ваг(?:а|и|у|ою)|вагою)(?!\w)",
    re.IGNORECASE,
)
_MONEY_CONTEXT_RE = re.compile(
    r"(?<!\w)(?:costs?|costing|paid|pay(?:s|ing|ment|ments|out)?|worth|price[sd]?|pric(?:ey|ing)"
    r"|fined?|fines|fees?|salar(?:y|ies)|wages?|spen[dt]\w*|budget\w*|fund(?:s|ing|ed)?"
    r"|bills?|charge[sd]?|sold|sell(?:s|ing)?|buy(?:s|ing)?|bought|rais(?:e|ed|ing)"
    r"|donat\w*|award\w*|compensation|tax(?:es)?|bonus(?:es)?|loans?|debts?|earn\w*"
    r"|income|profits?|revenues?|invest\w*|bail|damages|pence|penny|pennies|ransom"
    r"|bribes?|prize|money|cash|grants?|subsid\w*|pensions?|rent|deposit|refund\w*"
    r"|коштув\w*|кошту\w*|коштів|вартіст\w*|варт(?:ий|ує|ував|увала)|цін\w*|заплат\w*"
    r"|плат\w*|виплат\w*|штраф\w*|зарплат\w*|бюджет\w*|виділ\w*|пожертв\w*|прода\w*"
    r"|купи\w*|купу\w*|зібра\w*|компенсац\w*|премі\w*|податк\w*|борг\w*|кредит\w*"
    r"|інвест\w*|прибут\w*|дохід|доход\w*|гроші|грош\w*|фінанс\w*|пенс\w*|грант\w*"
    r"|субсиді\w*|пенсі\w*|оренд\w*|заробі?\w*|витрат\w*)(?!\w)",
    re.IGNORECASE,
)
_SIGN_BEFORE_RE = re.compile(rf"(?:US\$|[$€£₴₽]|(?:USD|EUR|UAH|GBP|RUB){_SPACE})\s?$")
_SIGN_UNITS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"}
_CODES = frozenset(("USD", "EUR", "UAH", "GBP", "RUB"))
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
_HEAD_RE = re.compile(rf"{_DIGITS_RE.pattern}|{_WORDS_RE.pattern}", re.IGNORECASE)
_EN_HEAD_RE = re.compile(rf"{_digits_pattern(_EN_GROUP_SPACE)}|{_WORDS_RE.pattern}", re.IGNORECASE)


def find_quantities(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Find the quantities in ``text[start:end]``.

    Args:
        text: the whole text; offsets in the result index into it.
        lang: the language of the passage, which decides ambiguous separators: ``"en"`` reads
            ``10,000`` as ten thousand and never groups digits across a plain space (``3 410``
            is two numbers), any other language (``"uk"``) reads ``1,400`` as 1.4 and
            ``3 410`` as 3410.
            Number, scale and currency words of both Ukrainian and English are always known.
        start: where to start looking (code-point offset).
        end: where to stop (exclusive); the end of the text when None.

    Returns:
        The quantities in text order, not overlapping, all inside ``[start, end)``.
    """
    stop = len(text) if end is None else min(end, len(text))
    head_re = _EN_HEAD_RE if lang == "en" else _HEAD_RE
    found: list[Quantity] = []
    position = max(0, start)
    while position < stop:
        match = head_re.search(text, position, stop)
        if match is None:
            break
        position = match.end()
        head = match.group(0)
        if head[0].isdigit():
            parts = _digit_values(head, lang)
            if len(parts) > 1:  # a date or another run of numbers that is not one number
                found.extend(
                    Quantity(match.start() + a, match.start() + b, float(v), None)
                    for a, b, v in parts
                )
                continue
            value: Decimal | None = parts[0][2] if parts else None
            head_end = match.end()
        else:
            words = _words_value(head)
            if words is None:
                continue
            value, head_end = words[0], match.start() + words[1]
            position = head_end
        if value is None:
            continue
        lower = found[-1].end if found else max(0, start)
        quantity = _extend(text, match.start(), head_end, value, lower, max(0, start), stop)
        if quantity.end == head_end and _LATIN_LETTER_RE.match(text, head_end, stop):
            continue  # 5G, 3D: a name, not a quantity
        found.append(quantity)
        position = quantity.end
    return found


def _extend(
    text: str, begin: int, finish: int, value: Decimal, lower: int, first: int, stop: int
) -> Quantity:
    """Add the scale and unit around a number at ``text[begin:finish]``; ``first`` and ``stop``
    bound the passage, whose words may tell pounds of money from pounds of weight."""
    unit: str | None = None
    scaled = False
    scale = _SCALE_AFTER_RE.match(text, finish, stop)
    if scale is not None:
        factor = _scale_value(scale.group("spaced") or scale.group("glued"))
        value *= factor
        scaled = factor >= 1_000_000
        finish = scale.end()
    after = _UNIT_AFTER_RE.match(text, finish, stop)
    pound_at: int | None = None  # where a bare "pounds"/"фунтів" starts: money or weight
    if after is not None:
        index = next(i for i in range(len(_UNIT_NAMES)) if after.group(f"u{i}") is not None)
        unit = _UNIT_NAMES[index]
        if _BARE_POUND_RE.fullmatch(after.group(0).strip()):
            pound_at = finish
        finish = after.end()
    if unit is None or unit in _SIGN_UNITS.values():
        window = text[max(lower, begin - 5) : begin]
        before = _SIGN_BEFORE_RE.search(window)
        if before is not None:
            sign = before.group(0).strip()
            sign_unit = sign if sign in _CODES else _SIGN_UNITS[sign]
            if unit is None or unit == sign_unit:
                unit = sign_unit
                begin -= len(window) - before.start()
                pound_at = None  # £550 pounds, GBP 550: money
    if pound_at is not None and not _pounds_of_money(text, begin, finish, first, stop, scaled):
        unit, finish = None, pound_at  # 550 pound hog, 5 pounds of flour: a weight
    return Quantity(begin, finish, float(value), unit)


def _pounds_of_money(
    text: str, begin: int, finish: int, first: int, stop: int, scaled: bool
) -> bool:
    """Whether a number followed by a bare ``pounds``/``фунтів`` (no £, GBP or sterling) is
    money: the word of weight (``weighs``, ``heavy``, ``важить``) or of money (``cost``,
    ``paid``, ``worth``, ``fine``, ``коштує``, ``штраф``…) nearest to it in the same sentence
    decides; with neither, a scale of a million or more not followed by ``of`` makes it money
    (``2 billion pounds``), and anything else is a weight (``550 pound hog``, ``5 pounds of
    flour``), a unit the verification reads after the number."""
    head = text[max(first, begin - _CONTEXT) : begin]
    head = _SENTENCE_END_RE.split(head)[-1]
    tail = _SENTENCE_END_RE.split(text[finish : min(stop, finish + _CONTEXT)])[0]
    nearest: tuple[int, bool] | None = None  # (distance, money?) of the closest context word
    for pattern, money in ((_MASS_CONTEXT_RE, False), (_MONEY_CONTEXT_RE, True)):
        distances = [len(head) - m.end() for m in pattern.finditer(head)]
        distances += [m.start() for m in pattern.finditer(tail)]
        if distances and (nearest is None or min(distances) < nearest[0]):
            nearest = (min(distances), money)
    if nearest is not None:
        return nearest[1]
    return scaled and not _OF_RE.match(tail)


def _scale_value(word: str) -> int:
    lowered = word.lower().rstrip(".")
    for prefix, value in _SCALE_VALUES:
        if lowered == prefix or (len(prefix) > 3 and lowered.startswith(prefix)):
            return value
    return 1


def _words_value(run: str) -> tuple[Decimal, int] | None:
    """The value of a run of number words and how many characters of it make one number.

    ``двадцять п’ять`` is 25 and ``two hundred thousand`` 200 000; a run that does not compose
    (``п’ять-шість``) stops before the word that breaks it. None for a bare plural scale
    (``мільйони людей``, ``thousands of``), which is not a number.
    """
    total = 0
    current = 0
    used = 0
    for word_match in re.finditer(r"[^\s\u00a0\u2009\u202f-]+", run):
        word = word_match.group(0).lower().replace("'", "’").replace("ʼ", "’")
        value, is_scale = _WORDS[word]
        if is_scale:
            if used == 0 and word not in _BARE_SCALES:
                return None
            if total + current and value >= 1000 and current == 0:
                break  # "тисяча мільйонів": not composing further
            current = max(current, 1) * value
            if value >= 1000:
                total += current
                current = 0
        elif (
            current == 0
            or (current % 10 == 0 and value < 10 and current % 100 != 0)
            or (current % 100 == 0 and value < 100)
        ):
            current += value
        else:
            break
        used = word_match.end()
    if used == 0:
        return None
    return Decimal(total + current), used


def _digit_values(digits: str, lang: str) -> list[tuple[int, int, Decimal]]:
    """The number a digit string spells, or the numbers in it when it is not one number."""
    parsed = _parse_digits(digits, lang)
    if parsed is not None:
        return [(0, len(digits), parsed)]
    return [(run.start(), run.end(), Decimal(run.group(0))) for run in re.finditer(r"\d+", digits)]


def _parse_digits(digits: str, lang: str) -> Decimal | None:
    from babel.numbers import NumberFormatError, parse_decimal  # imported only when needed

    if digits.isdigit():
        return Decimal(digits)
    grouped = re.sub(_SPACE, "", digits) != digits
    bare = re.sub(_SPACE, "", digits)
    separators = [ch for ch in bare if ch in ".,"]
    decimal: str | None = None
    if len(set(separators)) == 2:
        decimal = separators[-1]
        if separators.count(decimal) > 1:
            return None
    elif separators:
        sep = separators[0]
        after = bare.rsplit(sep, 1)[1]
        if len(separators) > 1 or grouped:
            decimal = sep if grouped and len(separators) == 1 else None
        elif sep == "," and len(after) == 3 and lang == "en":
            decimal = None
        else:
            decimal = sep
    integer, _, fraction = bare.rpartition(decimal) if decimal else (bare, "", "")
    group_chars = {ch for ch in integer if ch in ".,"} | ({"\u00a0"} if grouped else set())
    if len(group_chars) > 1 or (fraction and not fraction.isdigit()):
        return None
    digits_only = re.sub(r"[.,]", "", integer)
    if not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})*|\d+", integer):
        return None
    if decimal == ".":  # English form: 10,000.5
        canonical, locale = _group(digits_only, ",") + ("." + fraction if fraction else ""), "en"
    else:  # Ukrainian form: 10 000,5 with a no-break space
        canonical, locale = (
            _group(digits_only, "\u00a0") + ("," + fraction if fraction else ""),
            "uk",
        )
    try:
        return parse_decimal(canonical, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation):
        return None


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)
