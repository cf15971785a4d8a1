"""Quantities: digits in both conventions, scale words, number words, currencies, percents."""

from __future__ import annotations

import pytest

from bilingua.lexicon.numbers import Quantity, find_quantities


def one(text: str, lang: str) -> Quantity:
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    return found[0]


def covered(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("uk", "en", "value", "unit"),
    [
        ("350 мільйонів доларів", "$350 million", 350e6, "USD"),
        ("350 млн дол. США", "$350m", 350e6, "USD"),
        ("500 млн євро", "€500 million", 500e6, "EUR"),
        ("10 млрд грн", "UAH 10 billion", 10e9, "UAH"),
        ("1,4 млн", "1.4 million", 1_400_000, None),
        ("2,75 долара", "$2.75", 2.75, "USD"),
        ("30 відсотків", "30 percent", 30, "%"),
        ("30 %", "30 per cent", 30, "%"),
        ("п’ять тисяч гривень", "five thousand hryvnias", 5000, "UAH"),
        ("3 трлн рублів", "3 trillion roubles", 3e12, "RUB"),
        ("20 фунтів стерлінгів", "£20", 20, "GBP"),
        ("10 тис.", "10k", 10_000, None),
        ("два мільйони", "two million", 2e6, None),
    ],
)
def test_both_languages_give_the_same_quantity(
    uk: str, en: str, value: float, unit: str | None
) -> None:
    a, b = one(uk, "uk"), one(en, "en")
    assert (a.value, a.unit) == (b.value, b.unit)
    assert a.value == pytest.approx(value)
    assert a.unit == unit
    assert (a.start, a.end) == (0, len(uk))
    assert (b.start, b.end) == (0, len(en))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1,4", "uk", 1.4),
        ("1.4", "uk", 1.4),
        ("1,4", "en", 1.4),
        ("1.4", "en", 1.4),
        ("10 000", "uk", 10_000),
        ("10\u00a0000", "uk", 10_000),
        ("10\u2009000", "uk", 10_000),
        ("10\u202f000", "en", 10_000),
        ("10,000", "en", 10_000),
        ("1,400", "en", 1_400),
        ("1,400", "uk", 1.4),  # a decimal comma in Ukrainian text
        ("1,000,000", "uk", 1_000_000),
        ("1.000.000", "uk", 1_000_000),
        ("2.75", "en", 2.75),
        ("1,400.50", "en", 1400.5),
        ("1.400,50", "uk", 1400.5),
        ("10 000,5", "uk", 10000.5),
        ("2022", "uk", 2022),
        ("007", "en", 7),
    ],
)
def test_digit_conventions(text: str, lang: str, value: float) -> None:
    quantity = one(text, lang)
    assert quantity.value == pytest.approx(value)
    assert (quantity.start, quantity.end) == (0, len(text))


def test_offsets_inside_a_sentence() -> None:
    text = "Уряд виділив 1,4 млн грн, а ЄС — €500 million на 30 % більше."
    found = find_quantities(text, "uk")
    assert [text[q.start : q.end] for q in found] == ["1,4 млн грн", "€500 million", "30 %"]
    assert [(q.value, q.unit) for q in found] == [(1.4e6, "UAH"), (5e8, "EUR"), (30.0, "%")]


def test_start_and_end_limit_the_search() -> None:
    text = "abc 10 млн def 20 грн"
    found = find_quantities(text, "uk", 4, 12)
    assert found == [Quantity(4, 10, 1e7, None)]
    assert find_quantities(text, "uk", start=11) == [Quantity(15, 21, 20.0, "UAH")]


def test_currency_sign_before_is_not_taken_from_a_previous_quantity() -> None:
    assert covered("5$ 10", "en") == [("5$", 5.0, "USD"), ("10", 10.0, None)]


def test_currency_code_before_and_after() -> None:
    assert covered("USD 20 and 20 USD", "en") == [("USD 20", 20.0, "USD"), ("20 USD", 20.0, "USD")]


def test_dates_give_their_parts() -> None:
    assert covered("24.02.2022 року", "uk") == [
        ("24", 24.0, None),
        ("02", 2.0, None),
        ("2022", 2022.0, None),
    ]


def test_year_with_suffix() -> None:
    assert covered("у 2022-му", "uk") == [("2022", 2022.0, None)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("двадцять п’ять", "uk", 25),
        ("двадцять п'ять", "uk", 25),
        ("twenty-five", "en", 25),
        ("one hundred", "en", 100),
        ("two hundred thousand", "en", 200_000),
        ("сто", "uk", 100),
        ("тисяча", "uk", 1000),
        ("десять", "uk", 10),
        ("Ten", "en", 10),
        ("дві", "uk", 2),
        ("трьох", "uk", 3),
    ],
)
def test_number_words(text: str, lang: str, value: float) -> None:
    quantity = one(text, lang)
    assert quantity.value == value
    assert (quantity.start, quantity.end) == (0, len(text))


def test_number_words_that_do_not_compose_stop() -> None:
    assert covered("п’ять-шість", "uk") == [("п’ять", 5.0, None)]


@pytest.mark.parametrize(
    "text",
    ["мільйони людей", "thousands of people", "сім’я", "someone", "5G", "3D-друк", "F16", ""],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text, "uk") == []


def test_a_bare_singular_scale_word_is_one_of_it() -> None:
    assert covered("a million people", "en") == [("million", 1e6, None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("100 гривень", "UAH"),
        ("₴100", "UAH"),
        ("100 UAH", "UAH"),
        ("15 hryvnias", "UAH"),
        ("500 рублів", "RUB"),
        ("500 roubles", "RUB"),
        ("£3m", "GBP"),
        ("20 pounds sterling", "GBP"),
        ("$5bn", "USD"),
        ("US$5", "USD"),
        ("20 dollars", "USD"),
        ("20 US dollars", "USD"),
        ("20 євро", "EUR"),
        ("20 euros", "EUR"),
        ("20 EUR", "EUR"),
        ("30%", "%"),
        ("30 процентів", "%"),
    ],
)
def test_units(text: str, unit: str) -> None:
    quantity = one(text, "en")
    assert quantity.unit == unit
    assert (quantity.start, quantity.end) == (0, len(text))


def test_quantity_is_frozen() -> None:
    quantity = Quantity(0, 1, 1.0, None)
    with pytest.raises(AttributeError):
        quantity.value = 2.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # English never groups thousands with a plain space: a date and a count stay apart
        ("April 3 410 bodies", "en", [("3", 3.0), ("410", 410.0)]),
        ("10\u00a0000 people", "en", [("10\u00a0000", 10_000.0)]),  # a no-break space does
        ("3 410 тіл", "uk", [("3 410", 3410.0)]),  # Ukrainian does, with a space or NBSP
        ("3\u00a0410 тіл", "uk", [("3\u00a0410", 3410.0)]),
    ],
)
def test_space_grouping_depends_on_the_language(
    text: str, lang: str, expected: list[tuple[str, float]]
) -> None:
    assert [(t, v) for t, v, _ in covered(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "span", "unit"),
    [
        # weights: nothing makes them money
        ("a 550 pound hog", "en", "550", None),
        ("a 20-pound bag", "en", "20", None),
        ("5 pounds of flour", "en", "5", None),
        ("The hog weighs 550 pounds.", "en", "550", None),
        ("2 million pounds of food aid", "en", "2 million", None),
        ("5 фунтів борошна", "uk", "5", None),
        # money: a sign, a code, sterling, or a money word nearby
        ("£550", "en", "£550", "GBP"),
        ("GBP 550", "en", "GBP 550", "GBP"),
        ("550 pounds sterling", "en", "550 pounds sterling", "GBP"),
        ("550 фунтів стерлінгів", "uk", "550 фунтів стерлінгів", "GBP"),
        ("The ticket cost 550 pounds.", "en", "550 pounds", "GBP"),
        ("He was fined 200 pounds", "en", "200 pounds", "GBP"),
        ("London pledged 2 billion pounds", "en", "2 billion pounds", "GBP"),
        ("квиток коштує 5 фунтів", "uk", "5 фунтів", "GBP"),
    ],
)
def test_pounds_are_money_or_weight_by_context(
    text: str, lang: str, span: str, unit: str | None
) -> None:
    (quantity,) = find_quantities(text, lang)
    assert (text[quantity.start : quantity.end], quantity.unit) == (span, unit)


def test_the_nearest_context_word_decides_between_pounds() -> None:
    text = "The hog weighs 550 pounds and cost 300 pounds"
    assert [(q.value, q.unit) for q in find_quantities(text, "en")] == [
        (550.0, None),
        (300.0, "GBP"),
    ]
