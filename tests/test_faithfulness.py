"""The errors a fact-checker looks for, at phrase level, with their spans on both sides.

Every case is a real-looking rendering next to a damaged twin: the twin must get the finding
(with spans that point at the damage on each side) and score lower, the clean one must not.
Both pair directions are exercised (a Ukrainian original, and an English original rendered in
Ukrainian).
"""

from __future__ import annotations

import warnings

import pytest

from bilingua import FindingKind, Severity, Verdict, verify_translation
from bilingua.model import Evidence, Finding


def verify(source: str, target: str, source_lang: str = "uk", target_lang: str = "en") -> Verdict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return verify_translation(source, target, source_lang, target_lang, backend="rules")


def found(
    verdict: Verdict, kind: FindingKind, at_least: Severity = Severity.WARNING
) -> list[Finding]:
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    return [
        f
        for f in verdict.findings
        if f.kind == kind and order.index(f.severity) >= order.index(at_least)
    ]


def errors(verdict: Verdict) -> list[Finding]:
    return [f for f in verdict.findings if f.severity == Severity.ERROR]


# --- omissions and additions inside sentences -------------------------------------------------

UK_PEACE = (
    "Україна готова до переговорів, але лише після повного виведення російських військ з усіх "
    "окупованих територій, включно з Кримом."
)
EN_PEACE = (
    "Ukraine is ready for negotiations, but only after the full withdrawal of Russian troops "
    "from all occupied territories, including Crimea."
)


def test_a_dropped_clause_is_an_omission_with_its_place_on_both_sides() -> None:
    clean, damaged = (
        verify(UK_PEACE, EN_PEACE),
        verify(UK_PEACE, "Ukraine is ready for negotiations."),
    )
    omissions = found(damaged, FindingKind.OMISSION, Severity.ERROR)
    assert omissions, damaged.findings
    omission = omissions[0]
    assert omission.source is not None and "виведення" in omission.source.text
    assert omission.target is not None  # where the clause would stand in the rendering
    assert not errors(clean)
    assert damaged.score < 0.6 <= clean.score


def test_the_coverage_map_explains_every_word_or_holds_it_in_a_gap() -> None:
    verdict = verify(UK_PEACE, "Ukraine is ready for negotiations.")
    coverage = verdict.coverage
    assert coverage is not None
    assert coverage.source_explained < coverage.source_words
    gapped = sum(len(g.words) for g in coverage.gaps if g.side == "source")
    assert coverage.source_explained + gapped == coverage.source_words
    assert verdict.source_text is not None
    for gap in coverage.gaps:
        text = verdict.source_text if gap.side == "source" else verdict.target_text
        assert text is not None and text[gap.start : gap.end] == gap.text
        for word in gap.words:
            assert gap.start <= word.start and word.end <= gap.end


def test_an_added_clause_is_an_addition() -> None:
    uk = "Уряд затвердив нову програму допомоги для переселенців."
    en = (
        "The government approved a new aid programme for displaced people, which will cost "
        "taxpayers billions and was criticised by the opposition."
    )
    verdict = verify(uk, en)
    additions = found(verdict, FindingKind.ADDITION)
    assert additions and additions[0].target is not None
    assert "criticised" in additions[0].target.text or "taxpayers" in additions[0].target.text


def test_an_english_original_rendered_in_ukrainian_misses_a_clause() -> None:
    verdict = verify(EN_PEACE, "Україна готова до переговорів.", "en", "uk")
    omissions = found(verdict, FindingKind.OMISSION, Severity.ERROR)
    assert omissions and omissions[0].source is not None
    assert "withdrawal" in omissions[0].source.text
    assert verdict.score < 0.6


# --- dates ---------------------------------------------------------------------------------

UK_DATE = "Засідання Ради безпеки відбудеться 6 червня 2024 року в Нью-Йорку."
EN_DATE = "The Security Council will meet on June 6, 2024 in New York."


def test_a_month_linked_by_its_value() -> None:
    verdict = verify(UK_DATE, EN_DATE)
    assert not found(verdict, FindingKind.DATE, Severity.INFO)


@pytest.mark.parametrize("month", ["July", "January"])
def test_a_changed_month_is_a_date_error_on_both_sides(month: str) -> None:
    verdict = verify(UK_DATE, EN_DATE.replace("June", month))
    dates = found(verdict, FindingKind.DATE, Severity.ERROR)
    assert dates, verdict.findings
    assert dates[0].source is not None and dates[0].source.text == "червня"
    assert dates[0].target is not None and dates[0].target.text == month
    assert verdict.score < 0.6


def test_a_month_replaced_by_a_name_is_an_error() -> None:
    verdict = verify(UK_DATE, EN_DATE.replace("June 6", "NATO 6"))
    assert errors(verdict), verdict.findings
    assert verdict.score < 0.6


@pytest.mark.parametrize(
    ("uk", "clean", "damaged"),
    [
        # a given name that is also a month is no date
        (
            "Голова комітету Ян Гельфанд розповів CNN про допомогу в травні.",
            "Jan Gelfand, head of the committee, told CNN about the aid in May.",
            "Jan Gelfand, head of the committee, told CNN about the aid in June.",
        ),
        (
            "Тереза Мей заявила про відставку 24 травня.",
            "Theresa May announced her resignation on May 24.",
            "Theresa May announced her resignation on June 24.",
        ),
        # an apostrophe typed as an opening quotation mark
        (
            "Я відпочиваю від п‘ятниці і нічого не роблю.",
            "I have been resting since Friday and doing nothing.",
            "I have been resting since Monday and doing nothing.",
        ),
    ],
)
def test_dates_among_names_and_odd_apostrophes(uk: str, clean: str, damaged: str) -> None:
    assert not found(verify(uk, clean), FindingKind.DATE), verify(uk, clean).findings
    dates = found(verify(uk, damaged), FindingKind.DATE, Severity.ERROR)
    assert len(dates) == 1 and dates[0].target is not None
    assert dates[0].target.text in ("June", "Monday")


def test_a_weekday_in_ukrainian_rendering_of_english() -> None:
    en = "The talks will resume on Tuesday in Geneva."
    assert not errors(verify(en, "Переговори відновляться у вівторок у Женеві.", "en", "uk"))
    damaged = verify(en, "Переговори відновляться у четвер у Женеві.", "en", "uk")
    assert found(damaged, FindingKind.DATE, Severity.ERROR)


# --- negation ------------------------------------------------------------------------------

UK_CUTS = "Графіків відключень світла в Києві цього тижня не буде."
EN_CUTS = "There will be no scheduled power cuts in Kyiv this week."


def test_a_reversed_statement_is_an_error_below_the_doubt_line() -> None:
    clean = verify(UK_CUTS, EN_CUTS)
    damaged = verify(UK_CUTS, "There will be scheduled power cuts in Kyiv this week.")
    flips = found(damaged, FindingKind.NEGATION, Severity.ERROR)
    assert flips, damaged.findings
    assert flips[0].source is not None and flips[0].source.text == "не"
    assert flips[0].target is not None and flips[0].target.text != damaged.target_text
    assert not found(clean, FindingKind.NEGATION, Severity.INFO)
    assert damaged.score < 0.6 < clean.score


def test_a_negation_added_in_the_rendering_is_found_at_its_place() -> None:
    uk = "Посилку вчора доставили, але на сайті написано, що отримувача не знайшли."
    clean = "The parcel was delivered yesterday, but the website says the recipient was not found."
    damaged = verify(uk, clean.replace("was delivered", "was not delivered"))
    flips = found(damaged, FindingKind.NEGATION)
    assert flips and flips[0].target is not None and flips[0].target.text == "not"
    assert not found(verify(uk, clean), FindingKind.NEGATION, Severity.INFO)


def test_a_negation_rendered_by_a_negative_word_is_not_a_flip() -> None:
    uk = "Це неможливо зробити за один день."
    assert not found(verify(uk, "It is impossible to do this in one day."), FindingKind.NEGATION)
    assert not found(
        verify("Нічого не сталося.", "Nothing happened."), FindingKind.NEGATION, Severity.INFO
    )


@pytest.mark.parametrize(
    ("uk", "clean", "damaged"),
    [
        # a negation in form against one in meaning (implicit negation)
        (
            "У місті досі не вистачає чистої води.",
            "Clean water is still scarce in the city.",
            "Clean water is still scarce, though not in the city.",
        ),
        (
            "Мер не зміг пояснити, чому мости закрили.",
            "The mayor failed to explain why the bridges were closed.",
            "The mayor failed to explain why the bridges were not closed.",
        ),
        # a verb of losing, and a predicative in не-…-о, said with "not" in English
        (
            "Напишіть ще раз адресу, бо десь пропала смс.",
            "Please write the address again, I can't find the SMS.",
            "Please write the address again, I can't find the SMS, do not call.",
        ),
        (
            "Посилку не доставили, бо отримувача неможливо було знайти.",
            "The parcel was not delivered because the recipient could not be found.",
            "The parcel was not delivered because the recipient could not be found, not today.",
        ),
        # «а не» rendered with "not", and "no … and no …" for one «не»
        (
            "Це ваша країна, а не моя.",
            "It is your country, not mine.",
            "It is not your country, not mine.",
        ),
        (
            "У нас не лишилося їжі та боєприпасів.",
            "We have no food and no ammunition left.",
            "We have no food and no ammunition left, and we do not surrender.",
        ),
    ],
)
def test_a_negation_said_another_way_is_no_flip_but_a_new_one_still_is(
    uk: str, clean: str, damaged: str
) -> None:
    assert not found(verify(uk, clean), FindingKind.NEGATION), verify(uk, clean).findings
    flips = found(verify(uk, damaged), FindingKind.NEGATION)
    assert flips and flips[0].target is not None and flips[0].target.text in ("not", "do")
    assert verify(uk, damaged).score < verify(uk, clean).score


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        (
            "Мені ніяково, що я не змогла втримати себе від сліз.",
            "I feel awkward that I couldn't help myself from crying.",
        ),
        (
            "Він говорить не стільки з політиками, скільки з їхніми виборцями.",
            "He speaks rather to the voters of politicians than to the politicians.",
        ),
    ],
)
def test_a_negation_either_language_may_leave_out_is_no_flip(uk: str, en: str) -> None:
    assert not found(verify(uk, en), FindingKind.NEGATION), verify(uk, en).findings


def test_an_implicit_negation_on_both_sides_absorbs_nothing() -> None:
    uk = "Мати відмовилася забирати дитину, коли діти йшли додому."
    clean = "The mother refused to pick up her child when the children were going home."
    damaged = clean.replace("were going", "were not going")
    assert not found(verify(uk, clean), FindingKind.NEGATION)
    assert found(verify(uk, damaged), FindingKind.NEGATION, Severity.ERROR)


# --- names and entities ----------------------------------------------------------------------

UK_TURKEY = "87 українських рятувальників прибули до Туреччини, щоб допомогти після землетрусу."


EN_TURKEY = "87 Ukrainian rescuers arrived in Turkey to help after the earthquake."


def test_a_swapped_entity_is_an_error_with_both_names() -> None:
    clean = verify(UK_TURKEY, EN_TURKEY)
    damaged = verify(UK_TURKEY, EN_TURKEY.replace("in Turkey", "in NATO"))
    names = found(damaged, FindingKind.NAME, Severity.ERROR)
    assert names, damaged.findings
    assert names[0].source is not None and "Туреччини" in names[0].source.text
    assert names[0].target is not None and "NATO" in names[0].target.text
    assert not errors(clean)


@pytest.mark.parametrize(
    ("uk", "en", "written", "swapped"),
    [
        # a common word replaced by a name from elsewhere
        (
            "Філія в залі №29 призначена для подачі заявок на отримання допомоги.",
            "The branch in Hall 29 is designed to submit applications for assistance.",
            "Hall",
            "Nazar",
        ),
        # Палу and Prague sound alike (0.5), but Prague is Прага: another place, not a spelling
        (
            "Деякі скаржилися, що працівникам гуманітарної допомоги не дозволяють їхати до Палу.",
            "Some complained that aid workers were being prevented from traveling to Palu.",
            "Palu",
            "Prague",
        ),
    ],
)
def test_a_word_replaced_by_another_name_is_an_error(
    uk: str, en: str, written: str, swapped: str
) -> None:
    assert not errors(verify(uk, en))
    damaged = verify(uk, en.replace(written, swapped))
    names = found(damaged, FindingKind.NAME, Severity.ERROR)
    assert names and names[0].target is not None and names[0].target.text == swapped


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        # an English name made of dictionary words, for common Ukrainian words
        (
            "Червоний приплив знову дістався узбережжя Флориди цього тижня.",
            "Red Tide has reached the coast of Florida again this week.",
        ),
        # a name of common words written with capitals, rendered by its meaning
        (
            "Туристи вирушили в похід у Скелясті гори минулої суботи.",
            "The tourists set off on a hike in the Rockies last Saturday.",
        ),
        (
            "Шторм зустрічає холоднішу воду в Тихому океані і слабшає.",
            "The storm is meeting cooler water in the Pacific and weakening.",
        ),
        # an acronym for words said in full, and a name the source says as an adjective
        (
            "Вона заперечує злив даних сенаторів-республіканців у мережу.",
            "She denies that GOP senators' data were leaked.",
        ),
        (
            "Приклад українців лякає путінський режим.",
            "The example of Ukrainians frightens Putin’s regime.",
        ),
    ],
)
def test_a_name_rendered_by_its_meaning_is_at_most_a_warning(uk: str, en: str) -> None:
    verdict = verify(uk, en)
    assert not found(verdict, FindingKind.NAME, Severity.ERROR), verdict.findings
    assert verdict.score >= 0.6


def test_a_name_said_once_less_is_noted() -> None:
    uk = (
        "Я вивіз дітей і батьків з Києва на другий день війни. Я не сумнівався, що в разі "
        "окупації передмість Києва мою родину не пощадять."
    )
    en = (
        "I took my children and parents out of Kyiv on the second day of the war. I had no "
        "doubt that my family would not be spared if the outskirts of Kyiv were occupied."
    )
    clean = verify(uk, en)
    damaged = verify(uk, en.replace("out of Kyiv", "out of Head"))
    assert not found(clean, FindingKind.NAME, Severity.INFO)
    notes = [
        f for f in found(damaged, FindingKind.NAME, Severity.INFO) if "more often" in f.message
    ]
    assert notes and notes[0].source is not None and notes[0].source.text == "Києва"
    assert damaged.score < clean.score


def test_a_name_of_its_renderings_family_is_heard_alike() -> None:
    # a name's own family still counts as heard alike: Росії ~ Russian (російський)
    assert not found(
        verify(
            "Гран-прі Росії виграв Льюїс Хемілтон.", "Lewis Hamilton won the Russian Grand Prix."
        ),
        FindingKind.NAME,
        Severity.ERROR,
    )


def test_a_name_repeated_from_elsewhere_in_the_source_is_no_swap() -> None:
    uk = "У Маріуполі окупанти продовжують штурм заводу та морського порту."
    en = "In Mariupol the occupiers continue to storm the plant and the Mariupol seaport."
    assert not found(verify(uk, en), FindingKind.NAME, Severity.ERROR)


# --- run-on text ---------------------------------------------------------------------------

UK_CHAT = [
    "Сьогодні вже був у яслях",
    "Навіть сьогодні там вже спав",
    "Тому у нас вже великий великий прогрес",
]
EN_CHAT = [
    "Today he has already been in the nursery",
    "He even had some sleep there today",
    "So we have already made great progress",
]


@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["transcript", "line-by-line"])
def test_lines_without_punctuation_align_one_by_one(joiner: str) -> None:
    verdict = verify(joiner.join(UK_CHAT), joiner.join(EN_CHAT))
    assert not errors(verdict)
    assert verdict.score >= 0.9


@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["transcript", "line-by-line"])
def test_a_line_dropped_from_a_run_on_passage_is_found(joiner: str) -> None:
    damaged = verify(joiner.join(UK_CHAT), joiner.join(EN_CHAT[:1] + EN_CHAT[2:]))
    missing = [
        f
        for f in damaged.findings
        if f.kind in (FindingKind.OMISSION, FindingKind.OMITTED) and f.severity != Severity.INFO
    ]
    assert missing, damaged.findings
    assert missing[0].source is not None and "спав" in missing[0].source.text
    clean = verify(joiner.join(UK_CHAT), joiner.join(EN_CHAT))
    assert damaged.score < clean.score


def test_word_links_carry_their_evidence() -> None:
    verdict = verify(UK_DATE, EN_DATE)
    assert verdict.coverage is not None and verdict.coverage.source_share >= 0.75
    words = verify_links(UK_DATE, EN_DATE)
    assert (Evidence.DATE, "червня", "June") in words
    assert (Evidence.NUMBER, "2024", "2024") in words


def verify_links(uk: str, en: str) -> set[tuple[Evidence, str, str]]:
    import bilingua

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        alignment = bilingua.align_documents(uk, en, backend="rules")
    return {(w.via, w.source.text, w.target.text) for w in alignment.words}


def test_a_phrase_explains_all_its_words() -> None:
    uk = "На жаль, Верховна Рада не ухвалила закон."
    en = "Unfortunately, parliament did not pass the law."
    links = verify_links(uk, en)
    assert (Evidence.PHRASE, "Рада", "parliament") in links
    assert (Evidence.PHRASE, "Верховна", "parliament") in links
    assert (Evidence.PHRASE, "жаль", "Unfortunately") in links
    verdict = verify(uk, en)
    assert verdict.coverage is not None and verdict.coverage.source_share == 1.0
    assert not verdict.findings


@pytest.mark.parametrize(
    ("uk", "clean", "damaged"),
    [
        (
            "Двадцять відсотків учнів сказали, що мають телефон.",
            "Twenty per cent of pupils said they have a phone.",
            "Twenty times of pupils said they have a phone.",
        ),
        (
            "Ще мільйони людей були змушені покинути свої домівки.",
            "Millions more were uprooted from their homes.",
            "Billions more were uprooted from their homes.",
        ),
    ],
)
def test_a_magnitude_in_words_changed_is_a_number_error(uk: str, clean: str, damaged: str) -> None:
    assert not errors(verify(uk, clean))
    numbers = found(verify(uk, damaged), FindingKind.NUMBER, Severity.ERROR)
    assert numbers and numbers[0].source is not None and numbers[0].target is not None
