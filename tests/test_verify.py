"""Verification: one hand-written pair per finding kind, a faithful pair, the seed, the CLI."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import bilingua
from bilingua import Document, FindingKind, Severity, Verdict, verify_translation
from bilingua.cli import main
from bilingua.model import Coverage, Finding, Span
from bilingua.verify import SEVERITY_FACTOR, faithfulness


def verify(source: str, target: str, source_lang: str = "uk", target_lang: str = "en") -> Verdict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return verify_translation(source, target, source_lang, target_lang, backend="rules")


def kinds(verdict: Verdict, at_least: Severity = Severity.WARNING) -> set[FindingKind]:
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    return {f.kind for f in verdict.findings if order.index(f.severity) >= order.index(at_least)}


def check_spans(verdict: Verdict) -> None:
    assert verdict.source_text is not None and verdict.target_text is not None
    for finding in verdict.findings:
        for span, text in (
            (finding.source, verdict.source_text),
            (finding.target, verdict.target_text),
        ):
            if span is not None:
                assert text[span.start : span.end] == span.text


FAITHFUL = (
    "Сьогодні провів розмову з президентом Франції. Ми обговорили питання безпеки та "
    "фінансової підтримки України.",
    "Today I had a conversation with the president of France. We discussed the issues of "
    "security and financial support for Ukraine.",
)


def test_a_faithful_pair_has_no_findings() -> None:
    verdict = verify(*FAITHFUL)
    assert verdict.findings == ()
    assert verdict.score >= 0.9


@pytest.mark.parametrize(
    ("source", "target", "kind"),
    [
        (  # a number changed: 350 vs 530
            "США виділили 350 мільйонів доларів допомоги Україні.",
            "The US allocated $530 million in aid to Ukraine.",
            FindingKind.NUMBER,
        ),
        (  # a name swapped
            "Президент Зеленський провів розмову з Байденом.",
            "President Zelensky had a conversation with Macron.",
            FindingKind.NAME,
        ),
        (  # a handle changed
            "Дякую @POTUS за підтримку.",
            "Thank you @JoeBiden for the support.",
            FindingKind.ANCHOR,
        ),
        (  # the middle sentence left out
            "Сьогодні провів розмову з президентом Франції. Ми детально обговорили питання "
            "енергетичної безпеки. Україна вдячна за підтримку.",
            "Today I had a conversation with the president of France. Ukraine is grateful for "
            "the support.",
            FindingKind.OMITTED,
        ),
        (  # a sentence the source does not have
            "Сьогодні провів розмову з президентом Франції.",
            "Today I had a conversation with the president of France. We also discussed the "
            "weather in Paris and the football match yesterday evening.",
            FindingKind.ADDED,
        ),
        (  # the negation lost
            "Росія не виконала свої зобов'язання.",
            "Russia has fulfilled its obligations.",
            FindingKind.NEGATION,
        ),
        (  # a rendering four times too long
            "Дякуємо.",
            "Thank you very much indeed, dear friends, for everything you have done for us, "
            "for your support, your help and your kindness over all these difficult months.",
            FindingKind.LENGTH,
        ),
        (  # Ukrainian words left in the English
            "Сьогодні провів розмову з президентом Франції.",
            "Today I had a conversation з президентом Франції.",
            FindingKind.UNTRANSLATED,
        ),
    ],
    ids=["number", "name", "anchor", "omitted", "added", "negation", "length", "untranslated"],
)
def test_each_kind_fires(source: str, target: str, kind: FindingKind) -> None:
    verdict = verify(source, target)
    assert kind in kinds(verdict), verdict.findings
    assert verdict.score < verify(*FAITHFUL).score
    check_spans(verdict)
    assert all(f.message for f in verdict.findings)


def test_numbers_agree_across_scale_and_unit() -> None:
    verdict = verify(
        "США виділили 350 мільйонів доларів допомоги Україні.",
        "The US allocated $350 million in aid to Ukraine.",
    )
    assert FindingKind.NUMBER not in kinds(verdict, Severity.INFO)


def test_number_finding_names_both_values() -> None:
    verdict = verify("Загинули 350 людей.", "530 people died.")
    finding = next(f for f in verdict.findings if f.kind is FindingKind.NUMBER)
    assert finding.severity is Severity.ERROR
    assert finding.source is not None and finding.source.text == "350"
    assert finding.target is not None and finding.target.text == "530"


def test_a_unit_conversion_is_not_a_mismatch() -> None:
    verdict = verify("Випало 10,16 см дощу.", "There were 4 inches of rain.")
    assert FindingKind.NUMBER not in kinds(verdict)


def test_names_match_through_transliteration_and_aliases() -> None:
    verdict = verify(
        "Зеленський обговорив із Байденом санкції проти РФ.",
        "Zelensky discussed sanctions against Russia with Biden.",
    )
    assert FindingKind.NAME not in kinds(verdict)


def test_english_source_and_ukrainian_target() -> None:
    verdict = verify(FAITHFUL[1], FAITHFUL[0], "en", "uk")
    assert verdict.findings == ()


def _explaining(share: float) -> Coverage:
    """A coverage map of 100 content words a side, ``share`` of them explained on each."""
    explained = round(100 * share)
    return Coverage(
        source_words=100, source_explained=explained, target_words=100, target_explained=explained
    )


def test_score_is_monotone() -> None:
    finding = Finding(kind=FindingKind.NUMBER, severity=Severity.ERROR, message="x")
    warning = finding.model_copy(update={"severity": Severity.WARNING})
    full = _explaining(1.0)
    assert faithfulness(_explaining(0.1), []) <= faithfulness(_explaining(0.5), [])
    assert faithfulness(_explaining(0.5), []) <= faithfulness(full, []) == 1.0
    assert faithfulness(full, [warning]) > faithfulness(full, [finding])
    assert faithfulness(full, [finding, warning]) < faithfulness(full, [finding])
    assert SEVERITY_FACTOR[Severity.INFO] > SEVERITY_FACTOR[Severity.ERROR]


def test_any_error_keeps_the_score_below_the_doubt_line() -> None:
    error = Finding(kind=FindingKind.NEGATION, severity=Severity.ERROR, message="x")
    assert faithfulness(_explaining(1.0), [error]) < 0.6
    assert faithfulness(_explaining(1.0), [error, error]) < 0.35


def test_verdict_checks_its_spans() -> None:
    bad = Finding(
        kind=FindingKind.NAME,
        severity=Severity.WARNING,
        message="x",
        source=Span(start=0, end=3, text="abc"),
    )
    with pytest.raises(ValueError, match="does not match"):
        Verdict(score=0.5, findings=(bad,), source_text="xyz", target_text="")
    assert Verdict.model_validate_json(verify(*FAITHFUL).model_dump_json()).score >= 0.9


@pytest.mark.parametrize(
    ("source", "target", "langs"),
    [("", "text", ("uk", "en")), ("текст", "  ", ("uk", "en")), ("a", "b", ("uk", "uk"))],
)
def test_unusable_input(source: str, target: str, langs: tuple[str, str]) -> None:
    with pytest.raises(bilingua.InputError):
        verify_translation(source, target, *langs, backend="rules")


def test_analyze_gives_pairs_findings(example_text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = bilingua.analyze(example_text, backend="rules")
    assert document.pairs
    for pair in document.pairs:
        assert 0.0 <= pair.score <= 1.0
        for finding in pair.findings:
            assert finding.source is None or finding.source in list(pair.spans())
    assert Document.model_validate_json(document.model_dump_json()) == document


def test_document_validation_checks_finding_spans(example_text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = bilingua.analyze(example_text, backend="rules")
    pair = document.pairs[0]
    wrong = Finding(
        kind=FindingKind.NAME,
        severity=Severity.INFO,
        message="x",
        source=Span(start=0, end=1, text="\u0416"),
    )
    broken = pair.model_copy(update={"findings": (wrong,)})
    data = document.model_dump()
    data["pairs"] = [broken.model_dump(), *data["pairs"][1:]]
    with pytest.raises(ValueError, match="does not match"):
        Document.model_validate(data)


def test_the_seed_pair_is_faithful(seed_text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = bilingua.analyze(seed_text, backend="rules")
    assert document.pairs
    pair = document.pairs[0]
    assert pair.score >= 0.8
    assert not [f for f in pair.findings if f.severity is Severity.ERROR]


# --- the command line ----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["verify", "--backend", "rules", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--source",
        "Загинули 350 людей.",
        "--target",
        "530 people died.",
    )
    assert code == 0
    assert out.startswith("faithfulness ")
    assert "number_mismatch" in out and "350" in out and "530" in out


def test_cli_json_from_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, target = tmp_path / "uk.txt", tmp_path / "en.txt"
    source.write_text(FAITHFUL[0], encoding="utf-8")
    target.write_text(FAITHFUL[1], encoding="utf-8")
    code, out, _ = run(capsys, "--source", str(source), "--target", str(target), "--format", "json")
    assert code == 0
    verdict = Verdict.model_validate_json(out)
    assert verdict.source_text == FAITHFUL[0]
    assert json.loads(out)["findings"] == []


def test_cli_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(FAITHFUL[1].encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "--source", FAITHFUL[0], "--target", "-")
    assert code == 0
    assert "0 findings" in out


@pytest.mark.parametrize(
    "argv",
    [("--source", "", "--target", "text"), ("--source", "-", "--target", "-")],
    ids=["empty", "stdin-twice"],
)
def test_cli_unusable_input(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("bilingua: error:")


def test_cli_directory_is_unusable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--source", str(tmp_path), "--target", "text")
    assert code == 1
    assert "directory" in err


# --- names: one counterpart per mention, replacements, renderings by ear --------------------


def name_errors(verdict: Verdict) -> list[Finding]:
    return [
        f for f in verdict.findings if f.kind is FindingKind.NAME and f.severity is Severity.ERROR
    ]


@pytest.mark.parametrize(
    ("source", "target", "replacement"),
    [
        (  # Алан had Allan as a counterpart, but Аллан took it: a name said twice needs two
            "Гол забили Аллан Макгрегор і Алан Літгоу.",
            "Goals by Allan McGregor and Johnson Lithgow.",
            "Johnson",
        ),
        (  # a first name opening the sentence, replaced before its surname
            "Ейлід Дойл обрана до ради директорів.",
            "Oslo Doyle was elected to the board of directors.",
            "Oslo",
        ),
        (  # a name in quotation marks is a name, although a capital after « opens a quotation
            "Вчора команда «Лівінгстон» перемогла на виїзді.",
            "Yesterday Brazil won away.",
            "Brazil",
        ),
        (  # a place the lexicon lists (Осло ~ Oslo) is still a name, not an ordinary word
            "Зустріч відбулася у Белфасті вчора ввечері.",
            "The meeting took place in Oslo yesterday evening.",
            "Oslo",
        ),
    ],
)
def test_a_replaced_name_is_an_error(source: str, target: str, replacement: str) -> None:
    errors = name_errors(verify(source, target))
    assert [f.target.text for f in errors if f.target] == [replacement]


def test_a_name_rendered_by_ear_is_not_an_error() -> None:
    verdict = verify(
        "Тренер Ешлі сказав, що команда готова.", "Coach Ashley said the team is ready."
    )
    assert name_errors(verdict) == []
    assert FindingKind.NAME not in kinds(verdict)


def test_an_acronym_spelled_out_is_not_a_missing_name() -> None:
    verdict = verify(
        "Заявку подають у відділенні Управління праці ЧР.",
        "The application is submitted at the branch of the Labour Office of the Czech Republic.",
    )
    assert not [f for f in verdict.findings if f.kind is FindingKind.NAME and "ЧР" in f.message]


def test_a_closing_quotation_mark_does_not_open_a_sentence() -> None:
    verdict = verify(
        'Журналістка каналу "1+1" Наталія Нагорна оприлюднила відео.',
        "A journalist of the 1+1 channel, Nagorna, shared a video.",
    )
    names = [f for f in verdict.findings if f.kind is FindingKind.NAME]
    assert [(f.source.text, f.severity) for f in names if f.source] == [
        ("Наталія", Severity.WARNING)
    ]


# --- numbers: clock times, decades, conversions ---------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Матч почнеться о 15:00 в середу.", "The match starts at 3 p.m. on Wednesday."),
        ("Комендантська година триватиме з 21:00 до 6:00.", "The curfew lasts from 9 pm to 6 am."),
        ("А після важких 1990-х це було головним.", "And after the difficult 1990s it was key."),
        (  # a conversion the translator added in brackets and the rendering left out
            "Ураган пройшов у межах 40 миль (64,4 км) від кордону.",
            "The hurricane passed within 40 miles of the border.",
        ),
        (  # a range converted: the unit after the second number belongs to both
            "Очікується від 5–7,6 см дощу на годину.",
            "Expect 2 to 3 inches of rain per hour.",
        ),
        ("Він стояв на відстані 27 метрів від воріт.", "He stood about 30 yards out from goal."),
        # an hour said as a plain number, and hours and minutes written as a decimal
        ("Зустріч почнеться о 7 вечора в клубі.", "The meeting starts at 7 pm at the club."),
        ("Потяг прибуває о 7.30 щоранку.", "The train arrives at 7:30 every morning."),
    ],
)
def test_numbers_that_agree_in_another_form(source: str, target: str) -> None:
    assert FindingKind.NUMBER not in kinds(verify(source, target))


def test_a_number_too_large_for_a_float_beside_a_clock_time_is_a_mismatch() -> None:
    verdict = verify("Зустріч почнеться о " + "9" * 400 + " вечора.", "The meeting starts at 7 pm.")
    assert FindingKind.NUMBER in kinds(verdict, Severity.ERROR)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Матч почнеться о 15:00 в середу.", "The match starts at 5 p.m. on Wednesday."),
        # "г" of "гравців" is not a gram: 12 and 22 are counts, not a unit conversion
        ("Усі його 12 гравців зіграли добре.", "All 22 of his players played well."),
        ("Наприкінці 2011 року ви прокинулися.", "At the end of 1103 you woke up."),
        ("Зустріч почнеться о 7 вечора в клубі.", "The meeting starts at 8 pm at the club."),
        ("Потяг прибуває о 7.30 щоранку.", "The train arrives at 7:45 every morning."),
    ],
)
def test_a_changed_number_is_an_error_not_a_conversion(source: str, target: str) -> None:
    verdict = verify(source, target)
    assert FindingKind.NUMBER in kinds(verdict, Severity.ERROR)
