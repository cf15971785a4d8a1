"""``find_quotes`` and ``parse_date``: marks, nesting, embeds, dates, attribution, properties."""

from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest
from babel import Locale
from babel.dates import get_month_names
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilingua.errors import InputError
from bilingua.model import Document, Meta, Quote, QuoteKind, Script, Segment
from bilingua.quotes import find_quotes, parse_date


def seg(text: str, start: int, end: int, lang: str) -> Segment:
    script = Script.CYRILLIC if lang == "uk" else Script.LATIN
    return Segment.of(text, start, end, lang=lang, confidence=1.0, script=script)


def segments_around(text: str, inner: str, outer_lang: str, inner_lang: str) -> list[Segment]:
    """Three segments: the text before ``inner``, ``inner`` itself, the text after it."""
    start = text.index(inner)
    end = start + len(inner)
    return [
        seg(text, 0, start, outer_lang),
        seg(text, start, end, inner_lang),
        seg(text, end, len(text), outer_lang),
    ]


def one(text: str, segments: list[Segment] | None = None) -> Quote:
    quotes = find_quotes(text, segments or ())
    assert len(quotes) == 1, quotes
    return quotes[0]


def assert_valid(text: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        for span in quote.spans():
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    Document(text=text, quotes=tuple(quotes), meta=Meta(version="test"))


# --- quotation marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("He called it “a turning point” on Monday.", ("“", "”")),
        ('He called it "a turning point" on Monday.', ('"', '"')),
        ("He called it ‘a turning point’ on Monday.", ("‘", "’")),
        ("Він назвав це «переломним моментом» у понеділок.", ("«", "»")),
        ("Він назвав це „переломним моментом“ у понеділок.", ("„", "“")),
        ("Він назвав це „переломним моментом” у понеділок.", ("„", "”")),
    ],
)
def test_each_quote_style(text: str, marks: tuple[str, str]) -> None:
    quote = one(text)
    start = text.index(marks[0]) + 1
    end = text.index(marks[1], start)
    assert (quote.start, quote.end) == (start, end)
    assert quote.marks == marks
    assert quote.kind is QuoteKind.QUOTED
    assert quote.lang == "und"  # no segments given
    assert quote.attribution is None


def test_inner_whitespace_is_not_part_of_the_span() -> None:
    text = "Він сказав « так » і пішов."
    quote = one(text)
    assert quote.text == "так"
    assert quote.start == text.index("так")


def test_nested_quotes_are_both_reported() -> None:
    text = "«Він сказав „так“ і пішов», — заявила Марія."
    outer, inner = find_quotes(text)
    assert (outer.text, outer.marks, outer.start) == ("Він сказав „так“ і пішов", ("«", "»"), 1)
    assert outer.attribution is not None and outer.attribution.speaker == "Марія"
    assert (inner.text, inner.marks, inner.start) == ("так", ("„", "“"), 13)
    assert inner.kind is QuoteKind.QUOTED


def test_nested_quote_is_never_inline() -> None:
    text = "“He said ‘слава’ twice,” she said."
    outer, inner = find_quotes(text, segments_around(text, "слава", "en", "uk"))
    assert (outer.lang, outer.kind) == ("en", QuoteKind.QUOTED)
    assert (inner.text, inner.lang, inner.kind) == ("слава", "uk", QuoteKind.QUOTED)


def test_nested_english_quotes() -> None:
    text = "“We call it ‘Operation Hope’,” the minister said."
    outer, inner = find_quotes(text)
    assert outer.text == "We call it ‘Operation Hope’,"
    assert (inner.text, inner.marks) == ("Operation Hope", ("‘", "’"))
    assert inner.kind is QuoteKind.QUOTED and inner.attribution is None


def test_quote_over_several_sentences_and_a_line_break() -> None:
    text = '"We will win. We will rebuild.\nWe will remember," Kuleba said.'
    quote = one(text)
    assert (quote.start, quote.end) == (1, 48)
    assert quote.text.endswith("We will remember,")
    assert quote.attribution is not None and quote.attribution.speaker == "Kuleba"


def test_a_quote_does_not_run_across_a_paragraph_break() -> None:
    assert find_quotes("«Перший абзац без кінця.\n\nДругий абзац.» Кінець.") == []
    assert find_quotes('"First paragraph.\n  \nSecond paragraph." The end.') == []


def test_paragraph_continuation_convention() -> None:
    text = "«Перший абзац.\n\n«Другий абзац», — сказав він."
    quote = one(text)
    assert quote.text == "Перший абзац.\n\n«Другий абзац"
    assert quote.marks == ("«", "»")


def test_continuation_needs_the_same_opening_mark() -> None:
    text = "«Перший абзац.\n\n„Другий абзац“, — сказав він."
    assert [q.text for q in find_quotes(text)] == ["Другий абзац"]


# --- apostrophes and unbalanced marks --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Пам’ять про них з'явилася в серцях, а мʼята росте.",
        "Ukraine’s allies don’t agree; the leaders’ talks and Russia's aid.",
        "пам‘ять і з‘явилася",  # ‘ typed for the apostrophe
        "’90s music and ’tis the season",
    ],
)
def test_apostrophes_are_never_marks(text: str) -> None:
    assert find_quotes(text) == []


def test_apostrophes_inside_quotes() -> None:
    assert one("Вона написала «пам’ять живе» вчора.").text == "пам’ять живе"
    assert one("She wrote ‘don’t give up’ today.").text == "don’t give up"
    assert one('He wrote "Ukraine’s future" in the book.').text == "Ukraine’s future"


@pytest.mark.parametrize(
    "text",
    ['He said "hello.', "He said “hello.", "»так« і «ні", "„а", '"', "”hello”", "‘", "a ’b’ c"],
)
def test_unbalanced_marks_invent_no_quote(text: str) -> None:
    assert find_quotes(text) == []


def test_unbalanced_inner_mark_is_dropped() -> None:
    assert [q.text for q in find_quotes("«Він сказав „так» і пішов.")] == ["Він сказав „так"]
    assert [q.text for q in find_quotes("“a” ”b” “c")] == ["a"]


# --- straight quotes paired by position --------------------------------------------------------


def test_straight_close_with_a_space_before_it() -> None:
    # The seed's typo: `Russia, "Zelensky said`: a space before the closing mark.
    text = '"We talked about aid and sanctions, "Kuleba said on Twitter.'
    quote = one(text)
    assert (quote.start, quote.end) == (1, 35)
    assert quote.attribution is not None
    assert quote.attribution.speaker == "Kuleba"
    assert quote.attribution.platform == "twitter"
    assert quote.attribution.span is not None
    assert quote.attribution.span.text == "Kuleba said on Twitter"


def test_straight_close_with_a_space_then_another_quote() -> None:
    text = '"A deal is close, "Kuleba said. "We need more time."'
    assert [q.text for q in find_quotes(text)] == ["A deal is close,", "We need more time."]


def test_straight_close_before_a_reporting_clause_wins_over_a_later_pair() -> None:
    # `"planes` after the bracket could close `"Kuleba…`, but "Kuleba said" is a reporting clause.
    text = '"We need planes, "Kuleba said ("planes" means jets).'
    first, second = find_quotes(text)
    assert (first.text, second.text) == ("We need planes,", "planes")
    assert first.attribution is not None and first.attribution.speaker == "Kuleba"
    assert first.attribution.span is not None and first.attribution.span.text == "Kuleba said"


def test_straight_close_before_a_new_opener() -> None:
    # "replied" is no reporting verb here, but the next mark opens, so this one must close.
    text = '"Thank you, "the leader replied. "We will win."'
    assert [q.text for q in find_quotes(text)] == ["Thank you,", "We will win."]


def test_straight_close_when_the_next_mark_is_in_another_paragraph() -> None:
    text = '"Aid is coming, "Kuleba promised.\n\nTanks ("Leopards") will follow.'
    assert [q.text for q in find_quotes(text)] == ["Aid is coming,", "Leopards"]


def test_straight_unclosed_opener_gives_way_to_a_later_pair() -> None:
    text = 'He said "hello and then "goodbye" to all.'
    assert [q.text for q in find_quotes(text)] == ["goodbye"]


def test_straight_close_glued_to_the_next_word() -> None:
    assert one('"Hello,"he said.').text == "Hello,"


def test_straight_quotes_alternate() -> None:
    text = 'They chose "yes" and "no" again.'
    assert [(q.start, q.end) for q in find_quotes(text)] == [(12, 15), (22, 24)]


# --- embeds ----------------------------------------------------------------------------------


def test_embed_with_widget_residue() -> None:
    text = (
        "Intro paragraph.\n\n"
        "Вітаю партнерів із рішенням. — Дмитро Кулеба (@DmytroKuleba) April 14, 2022 ×\n\n"
        "Next paragraph."
    )
    quote = one(text)
    assert quote.kind is QuoteKind.EMBED and quote.marks is None
    assert quote.text == "Вітаю партнерів із рішенням."
    assert quote.start == text.index("Вітаю")
    attribution = quote.attribution
    assert attribution is not None
    assert attribution.speaker == "Дмитро Кулеба"
    assert attribution.handle == "@DmytroKuleba"
    assert attribution.date == dt.date(2022, 4, 14)
    assert attribution.platform == "twitter"
    assert attribution.span is not None
    assert attribution.span.text == "— Дмитро Кулеба (@DmytroKuleba) April 14, 2022"


@pytest.mark.parametrize(
    "residue",
    [
        "pic.twitter.com/AbC123",
        "https://t.co/xYz9",
        "https://t.co/a pic.twitter.com/b",
        "\u2003×\u2003",
    ],
)
def test_embed_with_links_before_the_dash(residue: str) -> None:
    text = f"Дякую за підтримку! {residue} — Олена Коваль (@olena_k) 6 березня 2022 р."
    quote = one(text)
    assert quote.text == "Дякую за підтримку!"
    assert quote.attribution is not None
    assert quote.attribution.date == dt.date(2022, 3, 6)
    assert quote.attribution.span is not None
    assert quote.attribution.span.text.endswith("6 березня 2022 р.")


@pytest.mark.parametrize("dash", ["—", "–", "--", "-"])
def test_embed_dashes(dash: str) -> None:
    text = f"Слава Україні! {dash} Jane Doe (@jane) March 6, 2022"
    quote = one(text)
    assert quote.text == "Слава Україні!"
    assert quote.attribution is not None
    assert quote.attribution.speaker == "Jane Doe"
    assert quote.attribution.span is not None
    assert quote.attribution.span.start == text.index(dash + " Jane")


def test_embed_signature_on_its_own_line() -> None:
    text = "Intro.\n\nДякую, друзі.\nЗустрінемось у Києві.\n— Олена Коваль (@olena_k) 2022-03-06\n"
    quote = one(text)
    assert quote.text == "Дякую, друзі.\nЗустрінемось у Києві."
    assert quote.attribution is not None and quote.attribution.date == dt.date(2022, 3, 6)


def test_embed_signature_in_a_paragraph_of_its_own() -> None:
    text = "Intro.\n\nДякую, друзі.\n\n— Олена Коваль (@olena_k) 06.03.2022"
    assert one(text).text == "Дякую, друзі."


def test_embed_from_telegram() -> None:
    text = "Тривога минула. — Новини Києва (t.me/kyiv_news) 6 березня 2022 року"
    quote = one(text)
    assert quote.attribution is not None
    assert quote.attribution.handle == "@kyiv_news"
    assert quote.attribution.platform == "telegram"
    assert quote.attribution.span is not None
    assert quote.attribution.span.text.endswith("2022 року")


def test_embed_in_quotation_marks_is_reported_once() -> None:
    text = "“Thank you, friends.” — Jane Doe (@jane) March 6, 2022"
    quote = one(text)
    assert quote.kind is QuoteKind.EMBED
    assert (quote.text, quote.marks) == ("Thank you, friends.", ("“", "”"))


def test_two_embeds_in_one_paragraph() -> None:
    text = "Перший. — Jane Doe (@jane) March 6, 2022 Другий. — John Roe (@john) March 7, 2022"
    first, second = find_quotes(text)
    assert (first.text, second.text) == ("Перший.", "Другий.")
    assert second.attribution is not None and second.attribution.handle == "@john"


@pytest.mark.parametrize(
    "text",
    [
        "Write to me — John (@john) soon.",  # no date
        "Write to me (@john) March 6, 2022.",  # no dash
        "Текст. — (@john) March 6, 2022",  # no name
    ],
)
def test_no_embed_without_a_full_signature(text: str) -> None:
    assert find_quotes(text) == []


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("March 6, 2022", dt.date(2022, 3, 6)),
        ("on Mar 6, 2022 ×", dt.date(2022, 3, 6)),
        ("6 March 2022", dt.date(2022, 3, 6)),
        ("the 6th of March 2022", dt.date(2022, 3, 6)),
        ("Dec 31, 2021", dt.date(2021, 12, 31)),
        ("6 березня 2022 р.", dt.date(2022, 3, 6)),
        ("6 березня 2022 року", dt.date(2022, 3, 6)),
        ("6 Березня 2022", dt.date(2022, 3, 6)),
        ("1 листопада 2021", dt.date(2021, 11, 1)),
        ("6 березень 2022", dt.date(2022, 3, 6)),  # nominative
        ("6 бер. 2022", dt.date(2022, 3, 6)),  # abbreviated
        ("6 бер 2022", dt.date(2022, 3, 6)),  # abbreviated, the dot left out
        ("06.03.2022", dt.date(2022, 3, 6)),
        ("2022-03-06", dt.date(2022, 3, 6)),
        ("from 2022-03-06 to 2022-03-07", dt.date(2022, 3, 6)),
        ("31.02.2022 or 01.03.2022", dt.date(2022, 3, 1)),  # the first real date
    ],
)
def test_parse_date(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "text", ["", "no date here", "February 30, 2022", "2022-13-01", "Mayor 6, 2022", "6 May"]
)
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("locale", ["en", "uk"])
@pytest.mark.parametrize("context", ["format", "stand-alone"])
def test_parse_date_knows_every_babel_month_name(locale: str, context: str) -> None:
    names = get_month_names("wide", context, Locale(locale))  # type: ignore[arg-type]
    for number, name in names.items():
        assert parse_date(f"6 {name} 2022") == dt.date(2022, number, 6)


# --- attribution -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "clause", "platform"),
    [
        ('"We will win," Zelensky said.', "Zelensky", "Zelensky said", None),
        ('"We will win," said Zelensky.', "Zelensky", "said Zelensky", None),
        ('Zelensky said: "We will win."', "Zelensky", "Zelensky said", None),
        (
            'Zelensky wrote on Twitter: "We will win."',
            "Zelensky",
            "Zelensky wrote on Twitter",
            "twitter",
        ),
        ('Later, Zelensky said that "we will win".', "Zelensky", "Zelensky said that", None),
        ('According to Zelensky, "we will win".', "Zelensky", "According to Zelensky", None),
        (
            '"We will win," Zelensky said in a tweet.',
            "Zelensky",
            "Zelensky said in a tweet",
            "twitter",
        ),
        ('"We will win," Zelensky posted on X.', "Zelensky", "Zelensky posted on X", "twitter"),
        (
            '"We will win," Zelensky wrote on Facebook.',
            "Zelensky",
            "Zelensky wrote on Facebook",
            "facebook",
        ),
        ('Kuleba also stressed: "Aid must come."', "Kuleba", "Kuleba also stressed", None),
        (
            '"Aid must come," President Volodymyr Zelensky emphasised.',
            "Volodymyr Zelensky",  # the title is not part of the name
            "President Volodymyr Zelensky emphasised",
            None,
        ),
        ("«Ми переможемо», — заявив Зеленський.", "Зеленський", "заявив Зеленський", None),
        ("Зеленський написав: «Ми переможемо».", "Зеленський", "Зеленський написав", None),
        ("За словами Зеленського, «ми переможемо».", "Зеленського", "За словами Зеленського", None),
        (
            "«Ми переможемо», — написав Зеленський у Telegram.",
            "Зеленський",
            "написав Зеленський у Telegram",
            "telegram",
        ),
        (
            "Кулеба написав у телеграмі: «Дякуємо».",
            "Кулеба",
            "Кулеба написав у телеграмі",
            "telegram",
        ),
        (
            "«Дякуємо», — наголосила Ольга Стефанішина.",
            "Ольга Стефанішина",
            "наголосила Ольга Стефанішина",
            None,
        ),
        ('"We will win," he said.', None, "he said", None),
        ('"We will win," the president said.', None, "the president said", None),
        ('"We will win," he told Biden.', None, "he told Biden", None),
        ("Він сказав: «Ми переможемо».", None, "Він сказав", None),
        ("«Ми переможемо», — додала вона.", None, "додала вона", None),
    ],
)
def test_attribution(text: str, speaker: str | None, clause: str, platform: str | None) -> None:
    attribution = one(text).attribution
    assert attribution is not None
    assert attribution.speaker == speaker
    assert attribution.platform == platform
    assert attribution.handle is None and attribution.date is None
    assert attribution.span is not None
    assert attribution.span.text == clause
    assert attribution.span.start == text.index(clause)


@pytest.mark.parametrize(
    "text",
    [
        'The slogan "We will win" was everywhere.',
        'Zelensky said it twice. "We will win."',
        "Він пішов. «Ми переможемо».",
        'He said the plan was called "Hope" by all.',
    ],
)
def test_no_attribution_without_a_reporting_verb_next_to_the_quote(text: str) -> None:
    assert one(text).attribution is None


def test_a_reporting_clause_does_not_reach_across_a_full_stop() -> None:
    text = '«Ми не здамося», — заявив Зеленський. "We will not give up," the president said.'
    first, second = find_quotes(text)
    assert first.attribution is not None and first.attribution.speaker == "Зеленський"
    assert second.attribution is not None and second.attribution.speaker is None
    assert second.attribution.span is not None
    assert second.attribution.span.text == "the president said"


def test_is_name_seam_decides_the_speaker() -> None:
    text = '"We will win," Kyiv Kuleba said.'
    kuleba = text.index("Kuleba")
    default = one(text)
    assert default.attribution is not None
    assert default.attribution.speaker == "Kyiv Kuleba"
    quote = find_quotes(text, is_name=lambda start, end: start == kuleba)[0]
    assert quote.attribution is not None and quote.attribution.speaker == "Kuleba"


# --- attribution: how news reports write it ----------------------------------------------------


def attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, attribution span) of every quote, each span checked against the text."""
    quotes = find_quotes(text)
    assert_valid(text, quotes)
    return [
        (
            q.text,
            q.attribution.speaker if q.attribution else None,
            q.attribution.span.text if q.attribution and q.attribution.span else None,
        )
        for q in quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "«Слава Україні!» (“Glory to Ukraine!”), Olena Kovalenko said.",
        '"Слава Україні!" ("Glory to Ukraine!"), Olena Kovalenko said.',
        "“Слава Україні!” (“Glory to “Ukraine.””), Olena Kovalenko said.",
        "«Слава Україні!» (“Glory to Ukraine!”) — Olena Kovalenko.",
        "Olena Kovalenko wrote: «Слава Україні!» (“Glory to Ukraine!”).",
        "Olena Kovalenko said: «Слава Україні!» (in English: “Glory to Ukraine!”).",
    ],
)
def test_a_quote_and_its_rendering_in_brackets_share_the_speaker(text: str) -> None:
    found = attributions(text)
    outer = [item for item in found if item[0].startswith(("Слава", "Glory"))]
    assert len(outer) == 2
    assert all(speaker == "Olena Kovalenko" for _, speaker, _ in outer), found


def test_a_rendering_in_brackets_without_marks() -> None:
    text = "«Слава Україні!» (Glory to Ukraine!), Olena Kovalenko said."
    assert attributions(text) == [("Слава Україні!", "Olena Kovalenko", "Olena Kovalenko said")]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            'The statement, signed by Iryna Shevchuk, read: "Ми переможемо."',
            "Iryna Shevchuk",
            "The statement, signed by Iryna Shevchuk, read",
        ),
        (
            'Vitali Klitschko, the mayor of Kyiv, said: "We will win."',
            "Vitali Klitschko",
            "Vitali Klitschko, the mayor of Kyiv, said",
        ),
        (
            '"We will win," Vitali Klitschko, the mayor of Kyiv, said.',
            "Vitali Klitschko",
            "Vitali Klitschko, the mayor of Kyiv, said",
        ),
        (
            '"We will win," the mayor of Kyiv, Vitali Klitschko, said.',
            "Vitali Klitschko",
            "the mayor of Kyiv, Vitali Klitschko, said",
        ),
        (
            "Зеленський, виступаючи у Верховній Раді, заявив: «Ми переможемо».",
            "Зеленський",
            "Зеленський, виступаючи у Верховній Раді, заявив",
        ),
        ('"We will win," said Vitali Klitschko, the mayor of Kyiv.', "Vitali Klitschko", None),
        ('In a statement, Kuleba wrote: "We will win."', "Kuleba", "Kuleba wrote"),
        ('"We will win," Kuleba told Reuters.', "Kuleba", "Kuleba told Reuters"),
        ('"Is it over?" asked Kuleba.', "Kuleba", "asked Kuleba"),
        ('"We will win." — Dmytro Kuleba.', "Dmytro Kuleba", "Dmytro Kuleba"),
        ("«Ми переможемо», — Дмитро Кулеба", "Дмитро Кулеба", "Дмитро Кулеба"),
        (
            '"Aid is coming," said Ukraine\'s Foreign Minister Dmytro Kuleba.',
            "Dmytro Kuleba",
            None,
        ),
        (
            'Ukraine\'s Foreign Minister Dmytro Kuleba wrote: "Aid is coming."',
            "Dmytro Kuleba",
            None,
        ),
        ('"We will win," Kyiv Mayor Vitali Klitschko said.', "Vitali Klitschko", None),
        ('"We will win," said Ukrainian President Volodymyr Zelensky.', "Volodymyr Zelensky", None),
        ("Прем'єр-міністр Денис Шмигаль наголосив: «Ми переможемо».", "Денис Шмигаль", None),
        (
            "«Ми переможемо», — заявив президент України Володимир Зеленський.",
            "Володимир Зеленський",
            None,
        ),
        (
            "«Ми переможемо», — заявив міністр закордонних справ України Дмитро Кулеба.",
            "Дмитро Кулеба",
            None,
        ),
        ("«Ми переможемо», — написав у Twitter Кулеба.", "Кулеба", "написав у Twitter Кулеба"),
        ("«Ми переможемо», — пояснила Ольга Стефанішина.", "Ольга Стефанішина", None),
    ],
)
def test_news_attribution_patterns(text: str, speaker: str, clause: str | None) -> None:
    ((_, found, span),) = attributions(text)
    assert found == speaker
    assert clause is None or span == clause


def test_a_handle_next_to_the_speaker() -> None:
    text = 'Zelensky (@ZelenskyyUa) tweeted: "We will win."'
    attribution = one(text).attribution
    assert attribution is not None
    assert (attribution.speaker, attribution.handle, attribution.platform) == (
        "Zelensky",
        "@ZelenskyyUa",
        "twitter",
    )
    assert (
        attribution.span is not None and attribution.span.text == "Zelensky (@ZelenskyyUa) tweeted"
    )
    after = one("«Ми переможемо», — написав Кулеба (t.me/kuleba).").attribution
    assert after is not None
    assert (after.speaker, after.handle, after.platform) == ("Кулеба", "@kuleba", "telegram")
    dashed = one('"We will win" — Kuleba (@DmytroKuleba).').attribution
    assert dashed is not None and (dashed.speaker, dashed.handle) == ("Kuleba", "@DmytroKuleba")


def test_the_platform_of_an_introducing_sentence() -> None:
    attribution = one("In a post on Telegram, Kuleba wrote: «Ми переможемо».").attribution
    assert attribution is not None
    assert (attribution.speaker, attribution.platform) == ("Kuleba", "telegram")


def test_the_next_quote_of_the_same_sentence_chain_keeps_the_speaker() -> None:
    text = '"We will win," Kuleba said. "We will rebuild."'
    assert attributions(text) == [
        ("We will win,", "Kuleba", "Kuleba said"),
        ("We will rebuild.", "Kuleba", "Kuleba said"),
    ]
    # Its own clause wins; a new paragraph or sentence in between ends the chain.
    own = '"We will win," Kuleba said. "We will rebuild," he added.'
    assert attributions(own)[1] == ("We will rebuild,", None, "he added")
    assert attributions('"We will win," Kuleba said.\n\n"We will rebuild."')[1][1] is None
    assert attributions('"We will win," Kuleba said. Then he left. "Bye."')[1][1] is None


def test_a_clause_before_a_colon_introduces_the_next_quote() -> None:
    text = '«Ми переможемо.» ("We will win.") Dmitry Sokolov told reporters: "Hello."'
    found = attributions(text)
    assert [speaker for _, speaker, _ in found] == [None, None, "Dmitry Sokolov"]
    plain = '"Ми переможемо." Dmitry Sokolov told reporters: "Hello."'
    assert [speaker for _, speaker, _ in attributions(plain)] == [None, "Dmitry Sokolov"]


def test_attribution_across_a_paragraph_break() -> None:
    text = "Zelensky wrote on Telegram:\n\n«Ми переможемо.»"
    assert attributions(text) == [("Ми переможемо.", "Zelensky", "Zelensky wrote on Telegram")]
    several = 'Kuleba said:\n\n"We will win.\n\n"We will rebuild."'
    ((quote, speaker, _),) = attributions(several)
    assert quote.endswith("We will rebuild.") and speaker == "Kuleba"
    chained = '"We will win," Kuleba said. "We will rebuild.\n\n"We will remember."'
    assert [speaker for _, speaker, _ in attributions(chained)] == ["Kuleba", "Kuleba"]


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        (
            '"We will win," Kuleba said on March 6, 2022.',
            dt.date(2022, 3, 6),
            "Kuleba said on March 6, 2022",
        ),
        (
            "On 6 березня 2022 року Кулеба написав: «Ми переможемо».",
            dt.date(2022, 3, 6),
            "On 6 березня 2022 року Кулеба написав",
        ),
        ("«Ми переможемо», — написав Кулеба 6.03.2022.", dt.date(2022, 3, 6), None),
        ('"We will win," Kuleba said on Sunday.', None, "Kuleba said on Sunday"),
        ('"We will win," Kuleba said on March 6.', None, None),  # no year: no date invented
        ("«Ми переможемо», — заявив Кулеба в неділю.", None, None),
        ('Kuleba said: "We were born on March 6, 2022."', None, "Kuleba said"),  # inside
    ],
)
def test_dates_in_reporting_clauses(text: str, date: dt.date | None, span: str | None) -> None:
    attribution = one(text).attribution
    assert attribution is not None and attribution.speaker in ("Kuleba", "Кулеба")
    assert attribution.date == date
    assert attribution.span is not None
    assert span is None or attribution.span.text == span


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Monday said.',
        '"We will win," The minister said.',
        '"We will win," President said.',
        '"We will win." — The Kyiv Independent.',
        '"We will win" — Monday.',
        '"Слава Україні" — a slogan that Zelensky used.',
        '"It was hard," Zelensky\'s spokesman said.',
        '"It was hard," said NATO.',
        "«Ми переможемо», — заявив Березень.",
    ],
)
def test_no_named_speaker(text: str) -> None:
    attribution = one(text).attribution
    assert attribution is None or attribution.speaker is None


def test_read_introduces_a_quote_only_before_a_colon() -> None:
    assert one('He read "War and Peace" twice.').attribution is None
    attribution = one("The post reads: “I thought about work.”").attribution
    assert attribution is not None and attribution.speaker is None


def test_titles_are_left_out_even_when_is_name_accepts_them() -> None:
    text = '"We will win," President Zelensky said.'
    quote = find_quotes(text, is_name=lambda start, end: True)[0]
    assert quote.attribution is not None and quote.attribution.speaker == "Zelensky"


# --- language and kind -----------------------------------------------------------------------


def test_inline_quote_in_a_sentence_of_another_language() -> None:
    text = "The word «слава» means glory."
    quote = one(text, segments_around(text, "слава", "en", "uk"))
    assert (quote.lang, quote.kind) == ("uk", QuoteKind.INLINE)


def test_long_or_same_language_or_standalone_quotes_are_not_inline() -> None:
    long = "He wrote «ми будемо боротися до самого кінця» on Monday."
    quote = one(long, segments_around(long, "ми будемо боротися до самого кінця", "en", "uk"))
    assert (quote.lang, quote.kind) == ("uk", QuoteKind.QUOTED)
    same = "Він сказав «так» учора."
    assert one(same, [seg(same, 0, len(same), "uk")]).kind is QuoteKind.QUOTED
    alone = "«Слава Україні!»"
    assert one(alone, [seg(alone, 1, 15, "uk")]).kind is QuoteKind.QUOTED


def test_lang_is_the_language_of_most_letters() -> None:
    text = "«Слава Україні, glory»"
    split = text.index(", glory")
    segments = [seg(text, 0, split, "uk"), seg(text, split, len(text), "en")]
    assert one(text, segments).lang == "uk"
    assert one(text, [seg(text, split, len(text), "en")]).lang == "en"


# --- the seed article --------------------------------------------------------------------------


@pytest.mark.shared
def test_seed_article(seed_text: str) -> None:
    quotes = find_quotes(seed_text)
    assert_valid(seed_text, quotes)
    assert len(quotes) == 2
    quoted, embed = quotes
    assert quoted.text.startswith("As part of") and quoted.text.endswith("against Russia,")
    assert quoted.marks == ('"', '"')
    assert quoted.attribution is not None
    assert quoted.attribution.speaker == "Zelensky"
    assert quoted.attribution.platform == "twitter"
    assert embed.kind is QuoteKind.EMBED
    assert embed.text.startswith("У межах") and embed.text.endswith("щодо РФ.")
    assert embed.attribution is not None
    assert embed.attribution.handle == "@ZelenskyyUa"
    assert embed.attribution.speaker == "Володимир Зеленський"
    assert embed.attribution.date == dt.date(2022, 3, 6)


# --- properties ------------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "Слава", "Україні", "пам’ять", "з'явилася", "мʼята", "Зеленський", "заявив", "за словами",
        "Zelensky", "said", "he", "according to", "don’t", "Ukraine’s", "in a tweet", "on X",
        "@POTUS", "(@ZelenskyyUa)", "(t.me/x)", "pic.twitter.com/a", "https://t.co/b",
        "March 6, 2022", "6 березня 2022 р.", "06.03.2022", "2022-02-30",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\u00a0", ".", ",", ":", "—", "–", "--", "-", "×",
        "«", "»", "„", "“", "”", '"', '"', "'", "‘", "’", "ʼ", "(", ")", "🇺🇦", "\u0306", "\u2003",
    ]
)  # fmt: skip
MIXED_TEXT = st.lists(PIECES, max_size=50).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=150), MIXED_TEXT)


@st.composite
def text_and_segments(draw: st.DrawFn) -> tuple[str, list[Segment]]:
    text = draw(ANY_TEXT)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))) | {0, len(text)})
    langs = st.sampled_from(["uk", "en", "ru", "und"])
    segments = [seg(text, a, b, draw(langs)) for a, b in itertools.pairwise(cuts) if a < b]
    return text, draw(st.lists(st.sampled_from(segments), unique=True)) if segments else []


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_segments())
def test_any_text_gives_valid_sorted_deterministic_quotes(case: tuple[str, list[Segment]]) -> None:
    text, segments = case
    segments.sort(key=lambda s: s.start)
    quotes = find_quotes(text, segments)
    assert_valid(text, quotes)
    for quote in quotes:
        assert quote.text == quote.text.strip() and quote.text
        assert quote.attribution is not None or quote.kind is not QuoteKind.EMBED
    assert find_quotes(text, segments) == quotes


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_parse_date_never_raises(text: str) -> None:
    date = parse_date(text)
    assert date is None or isinstance(date, dt.date)


def test_non_string_input_is_an_input_error() -> None:
    with pytest.raises(InputError, match="takes a str"):
        find_quotes(b"bytes")  # type: ignore[arg-type]


# --- linear time -----------------------------------------------------------------------------

ARTICLE = (
    'Kyiv. "We discussed aid and sanctions with our partners, "Kuleba said in a tweet.\n\n'
    "Обговорили допомогу й санкції з партнерами. — Дмитро Кулеба (@DmytroKuleba) March 6, 2022 ×"
    "\n\n«Ми не здамося», — заявив Зеленський. Ukraine’s пам’ять don't.\n\n"
)
# Inputs that would expose quadratic work: 1 MB of each, except that the quote-dense ones, which
# build a Quote every few characters, get 200 kB.
ADVERSARIAL = [
    ("«", 1_000_000),
    ("»", 1_000_000),
    ("“ a ", 1_000_000),
    ("(@a) March 6, 2022 ", 1_000_000),
    ("x — N (@a) ", 1_000_000),
    ("- ", 1_000_000),
    ("\n", 1_000_000),
    (" ", 1_000_000),
    ("пам’ять ", 1_000_000),
    ("1 ", 1_000_000),
    ('"a ', 200_000),
    ('"a, "b said ', 200_000),
    ("«a» (“b”), N said. ", 200_000),  # a quote and its rendering in brackets
    ('«„“‘"’”»', 200_000),
]


@pytest.mark.parametrize(("unit", "size"), ADVERSARIAL)
def test_adversarial_input_is_fast(unit: str, size: int) -> None:
    text = unit * (size // len(unit))
    began = time.perf_counter()
    find_quotes(text)
    parse_date(text)
    assert time.perf_counter() - began < 30  # 2 s at most here; quadratic work would take minutes


@pytest.mark.slow
def test_ten_megabytes_in_linear_time() -> None:
    small = ARTICLE * 2_000
    began = time.perf_counter()
    assert len(find_quotes(small)) == 6_000
    small_time = time.perf_counter() - began
    big = ARTICLE * 40_000  # about 10 MB
    began = time.perf_counter()
    assert len(find_quotes(big)) == 120_000
    assert time.perf_counter() - began < 20 * max(small_time, 0.05) * 3
