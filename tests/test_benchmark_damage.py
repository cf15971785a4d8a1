"""The damages and run-on layouts of benchmarks/verify.py, on handmade passages (no ../shared)."""

from __future__ import annotations

import difflib
import random
import re

import pytest
from benchmarks import _damage as damage
from benchmarks import verify
from benchmarks._damage import Donors, Layout
from benchmarks.pairing import line_pair_counts

DONORS = Donors(
    names=("Odesa", "Lviv", "Jens Stoltenberg", "Olena Kovalenko", "NATO"),
    sentences=(
        "Schools in the region will stay closed until the end of the week.",
        "ok",  # too short to be added
    ),
    rendering=("Trains to Lviv run on time.", "Tickets are sold at the station."),
)


def _outputs(fn: damage.Damage, segments: tuple[str, ...], seeds: int = 40) -> set[tuple[str, ...]]:
    """Everything ``fn`` makes of ``segments`` over a range of seeds (None left out)."""
    found = {fn(random.Random(seed), segments, DONORS) for seed in range(seeds)}
    return {out for out in found if out is not None}


def _only(fn: damage.Damage, segment: str) -> str:
    """The one result ``fn`` gives for a one-segment passage whatever the seed."""
    outputs = _outputs(fn, (segment,))
    assert len(outputs) == 1, outputs
    return next(iter(outputs))[0]


# --------------------------------------------------------------------------- run-on


def test_unpunctuated_strips_sentence_ends_and_keeps_every_word() -> None:
    line = 'He said: "We won." Did they? Yes! Wait… (see above). Fine.'
    stripped = damage.unpunctuated(line)
    assert stripped == 'He said: "We won" Did they Yes Wait (see above) Fine'
    assert damage.words(stripped) == damage.words(line)
    assert damage.unpunctuated(stripped) == stripped


def test_unpunctuated_keeps_points_that_do_not_end_sentences() -> None:
    assert damage.unpunctuated("U.S. troops left at 5 p.m. on day 3.5 of the talks") == (
        "U.S. troops left at 5 p.m. on day 3.5 of the talks"
    )
    assert damage.unpunctuated("Все буде добре. Тримаймося!") == "Все буде добре Тримаймося"
    assert damage.unpunctuated("«Так.» — відповів він.") == "«Так» — відповів він"
    # one-letter words end sentences too, at the end of a line or before ! ? …
    assert damage.unpunctuated("Там були терористи, правда ж?") == "Там були терористи, правда ж"
    assert damage.unpunctuated("Ну я? So did I.") == "Ну я So did I"


def test_lay_out_writes_chat_lines_and_transcripts() -> None:
    segments = ("Доброго ранку!", "Ми вже вдома.")
    assert damage.lay_out(segments, Layout.PUNCTUATED) == "Доброго ранку!\nМи вже вдома."
    assert damage.lay_out(segments, Layout.RUNON_LINES) == "Доброго ранку\nМи вже вдома"
    assert damage.lay_out(segments, Layout.RUNON_JOINED) == "Доброго ранку Ми вже вдома"
    assert not Layout.PUNCTUATED.runon and Layout.RUNON_JOINED.runon


# --------------------------------------------------------------------------- clause


def _removed(before: str, after: str) -> list[str]:
    """The words of ``before`` that ``after`` lost, asserting that they are one run and that
    nothing else changed (but for the case of a first letter after a cut at the start)."""
    a = [w.lower() for w in damage.words(before)]
    b = [w.lower() for w in damage.words(after)]
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b).get_opcodes() if op[0] != "equal"]
    assert len(ops) == 1 and ops[0][0] == "delete", ops
    return a[ops[0][1] : ops[0][2]]


@pytest.mark.parametrize(
    "segment",
    [
        "The bridge, which was built in 1990 by a local firm, collapsed on Monday morning.",
        "Officials said the road will reopen on Friday because repairs are almost finished.",
        "When the sirens stopped in the evening, people went back to their homes in Kharkiv.",
        "The shelter is open day and night; volunteers bring food and water every morning.",
    ],
)
def test_clause_drops_four_words_or_more_and_leaves_a_sentence(segment: str) -> None:
    outputs = _outputs(damage.drop_clause, (segment,))
    assert outputs
    for (out,) in outputs:
        assert len(_removed(segment, out)) >= 4
        assert out.endswith(".") and out[0].isupper()
        assert len(damage.words(out)) >= 5
        assert not re.search(r"[,;]\.|\s[,.]", out), out


def test_clause_cuts_leading_parenthetical_and_trailing_clauses() -> None:
    parenthetical = _outputs(
        damage.drop_clause,
        ("The bridge, which was built in 1990 by a local firm, collapsed on Monday morning.",),
    )
    assert ("The bridge collapsed on Monday morning.",) in parenthetical
    leading = _outputs(
        damage.drop_clause,
        ("When the sirens stopped in the evening, people went back to their homes in Kharkiv.",),
    )
    assert ("People went back to their homes in Kharkiv.",) in leading
    trailing = _outputs(
        damage.drop_clause,
        ("Officials said the road will reopen on Friday because repairs are almost finished.",),
    )
    assert ("Officials said the road will reopen on Friday.",) in trailing


def test_clause_leaves_short_sentences_and_lists_alone() -> None:
    assert damage.drop_clause(random.Random(0), ("Thanks, see you soon.",), DONORS) is None
    # cutting "and milk" would leave "We bought bread." (a list, not a clause of four words)
    assert damage.drop_clause(random.Random(0), ("We bought bread and milk.",), DONORS) is None


# --------------------------------------------------------------------------- negation


@pytest.mark.parametrize(
    ("segment", "flipped"),
    [
        ("We did not receive the parcel.", "We did receive the parcel."),
        ("I can’t come today", "I can come today"),
        ("Prices never fall in winter.", "Prices always fall in winter."),
        ("He no longer works at the plant.", "He still works at the plant."),
        ("The doorbell doesn't work", "The doorbell does work"),
        ("Never give up.", "Always give up."),
    ],
)
def test_negation_removed(segment: str, flipped: str) -> None:
    assert _only(damage.flip_negation, segment) == flipped


def test_negation_added() -> None:
    outputs = {out for (out,) in _outputs(damage.flip_negation, ("The border will reopen.",))}
    assert outputs <= {
        "The border will not reopen.",
        "The border won’t reopen.",
        "The border won't reopen.",
    }
    assert "The border will not reopen." in outputs
    assert _only(damage.flip_negation, "Trains are running again") == "Trains are not running again"
    assert _only(damage.flip_negation, "You can book a room") == "You cannot book a room"
    assert _only(damage.flip_negation, "They have arrived") == "They have not arrived"


def test_negation_goes_both_ways_and_skips_nouns_and_questions() -> None:
    outputs = _outputs(damage.flip_negation, ("The shop is open, but the bank is not.",))
    assert ("The shop is open, but the bank is.",) in outputs  # removed
    assert ("The shop is not open, but the bank is not.",) in outputs  # added
    assert damage.flip_negation(random.Random(0), ("It was the will of the people.",), DONORS)
    for segment in ("Will they come?", "She has a car.", "Good morning everyone"):
        assert damage.flip_negation(random.Random(0), (segment,), DONORS) is None, segment
    assert damage.flip_negation(random.Random(0), ("the will of the people",), DONORS) is None


# --------------------------------------------------------------------------- date


def test_date_changes_a_month_a_weekday_or_a_year() -> None:
    outputs = {
        out for (out,) in _outputs(damage.change_date, ("The talks resumed on 9 May 2022.",))
    }
    months = {m for out in outputs for m in damage.MONTHS if m in out}
    years = {int(y) for out in outputs for y in re.findall(r"\d{4}", out)}
    assert months - {"May"} and years - {2022}
    assert years <= set(range(2019, 2026))
    for out in outputs:  # one thing changed at a time
        assert ("May" in out) != ("2022" in out)
    weekday = _outputs(damage.change_date, ("See you on Tuesday at 10",))
    assert weekday and all(
        any(day in out for day in damage.WEEKDAYS if day != "Tuesday") for (out,) in weekday
    )


def test_date_leaves_modal_may_and_counts_alone() -> None:
    for segment in (
        "Prices may rise, officials say.",
        "A total of 2000 troops arrived.",
        "Theresa May spoke.",
    ):
        assert damage.change_date(random.Random(0), (segment,), DONORS) is None, segment
    assert _outputs(damage.change_date, ("It happened in 2014",)) != set()


# --------------------------------------------------------------------------- entity


def test_names_in_leaves_out_sentence_starts_titles_and_possessives() -> None:
    segment = "President Zelensky met Jens Stoltenberg in Kyiv. Ukraine’s army said I was right."
    assert [segment[a:b] for a, b in damage.names_in(segment)] == [
        "Zelensky",
        "Jens Stoltenberg",
        "Kyiv",
    ]
    assert damage.names_in("Mr Johnson will call You and Your team on Monday") == [(3, 10)]


def test_entity_takes_a_name_of_another_passage() -> None:
    segments = ("Rescuers from Ukraine arrived in Turkey on Monday.", "Turkey thanked them.")
    outputs = _outputs(damage.swap_entity, segments, seeds=60)
    assert outputs
    for out in outputs:
        replaced = set(damage.words(" ".join(out))) - set(damage.words(" ".join(segments)))
        assert replaced and replaced <= {"Odesa", "Lviv"}, out  # one word for one word
        assert out[0].startswith("Rescuers") and "Monday" in out[0]
    assert any("Turkey" in " ".join(out) for out in outputs)  # one mention of two replaced
    assert any("Turkey" not in " ".join(out) for out in outputs)  # every mention replaced
    assert damage.swap_entity(random.Random(0), segments, Donors()) is None
    acronym = _outputs(damage.swap_entity, ("Ukraine wants to join the EU soon.",))
    assert acronym == {("Ukraine wants to join the NATO soon.",)}  # an acronym for an acronym


# --------------------------------------------------------------------------- scale


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("The damage is put at 3 billion hryvnias.", {"The damage is put at 3 million hryvnias."}),
        (
            "About 5 million people left.",
            {"About 5 billion people left.", "About 5 thousand people left."},
        ),
        ("Thousands of people came", {"Thousands of people came"}),  # capitalised: left alone
        ("Inflation reached 20% in March.", {"Inflation reached 20 times in March."}),
        ("Prices rose by 7 per cent.", {"Prices rose by 7 times."}),
        ("The convoy was 40 kilometres long.", {"The convoy was 40 metres long."}),
        ("It is 12 km away", {"It is 12 m away"}),
    ],
)
def test_scale(segment: str, expected: set[str]) -> None:
    outputs = {out for (out,) in _outputs(damage.change_scale, (segment,))}
    assert outputs == (expected - {segment})


# --------------------------------------------------------------------------- the rest


def test_added_sentence_comes_from_the_donors_and_keeps_the_rest() -> None:
    segments = ("Доброго ранку.", "We are home now.")
    added = DONORS.sentences[0]
    outputs = _outputs(damage.add_sentence, segments)
    assert any(len(out) == 3 for out in outputs) and any(len(out) == 2 for out in outputs)
    for out in outputs:
        assert " ".join(out).replace(added, "").split() == " ".join(segments).split()
    assert damage.add_sentence(random.Random(0), segments, Donors()) is None


def test_number_drop_and_substitute() -> None:
    number = _outputs(damage.change_number, ("Ми маємо 3 автобуси та 120 місць.",))
    assert {("Ми маємо 3 автобуси та 22 місць.",)} <= number
    assert all(out[0] != "Ми маємо 3 автобуси та 120 місць." for out in number)
    dropped = _outputs(
        damage.drop_segment, ("Ok.", "The meeting starts at ten.", "See you there then.")
    )
    assert dropped == {("Ok.", "See you there then."), ("Ok.", "The meeting starts at ten.")}
    assert damage.substitute(random.Random(0), ("x",), DONORS) == DONORS.rendering


def test_damages_are_deterministic() -> None:
    segments = (
        "On Monday, 5 million people in Kyiv did not have power, officials said.",
        "The grid will be repaired by Friday, which is when the frost returns.",
    )
    for name, fn in damage.DAMAGES.items():
        first = [fn(random.Random(seed), segments, DONORS) for seed in range(5)]
        assert first == [fn(random.Random(seed), segments, DONORS) for seed in range(5)], name
        assert any(out not in (None, segments) for out in first), name


# --------------------------------------------------------------------------- plumbing


def test_layouts_follow_the_share_and_the_seed() -> None:
    drawn = verify.layouts(7, 400, 0.3)
    assert drawn == verify.layouts(7, 400, 0.3)
    runon = [layout for layout in drawn if layout.runon]
    assert 0.2 < len(runon) / len(drawn) < 0.4
    assert {Layout.RUNON_LINES, Layout.RUNON_JOINED} <= set(runon)
    assert all(layout is Layout.PUNCTUATED for layout in verify.layouts(7, 50, 0.0))


def test_damaged_cases_share_their_passage_layout() -> None:
    items = [
        verify.Passage(
            "handmade",
            ("Потяг прибуде о 5 ранку.", "Квитки продають на вокзалі."),
            (
                "The train will arrive at 5 a.m. on Monday.",
                "Tickets are sold at the station, which opens at noon.",
            ),
        ),
        verify.Passage(
            "handmade",
            ("Ми не отримали посилку.", "Напишіть нам у Viber!"),
            ("We did not receive the parcel.", "Write to us on Viber!"),
        ),
    ]
    layouts = [Layout.RUNON_JOINED, Layout.PUNCTUATED]
    cases = verify.damaged(random.Random(3), items, lambda uk, en: [], layouts)
    assert cases == verify.damaged(random.Random(3), items, lambda uk, en: [], layouts)
    kinds = {case.damage for case in cases if case.passage == 0}
    assert {"clean", "number", "drop", "substitute", "negation", "date", "clause", "added"} <= kinds
    for case in cases:
        if case.passage == 0:
            assert "\n" not in case.en and not re.search(r"\w[.!?]$", case.en), case
            assert case.uk == "Потяг прибуде о 5 ранку Квитки продають на вокзалі"
        else:
            assert case.uk.endswith("Viber!") and case.layout is Layout.PUNCTUATED


def test_line_pair_counts_count_a_merged_link_as_four_pairs() -> None:
    gold = [((0, 10), (100, 110)), ((11, 20), (111, 120))]
    assert line_pair_counts([((0, 10), (100, 110)), ((11, 20), (111, 120))], gold) == (2, 2, 2)
    assert line_pair_counts([((0, 20), (100, 120))], gold) == (2, 4, 2)
    assert line_pair_counts([((0, 10), (100, 120))], gold) == (1, 2, 2)
