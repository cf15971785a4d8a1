"""The bounded fuzzing run of CI: a few hundred hostile inputs, derandomised, zero problems.

The long run (``benchmarks/fuzz.py``, ≥ 100,000 inputs) draws from the same strategies and runs
the same checks (``tests/fuzz/_campaign.py``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from tests.fuzz._campaign import Problems, check, check_pair, hostile_text, pair_texts


def _bounded(examples: int) -> settings:
    return settings(_BASE, max_examples=examples)


_BASE = settings(
    derandomize=True,  # the same inputs on every run: a CI failure reproduces
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _assert_clean(problems: Problems) -> None:
    assert problems.total == 0, "\n".join(problems.examples)


@_bounded(300)
@given(hostile_text())
def test_hostile_text_through_every_stage_and_exporter(text: str) -> None:
    problems = Problems()
    check(text, problems)
    _assert_clean(problems)


@_bounded(100)
@given(pair_texts())
def test_verify_translation_on_spoilt_pairs(texts: tuple[str, str]) -> None:
    problems = Problems()
    check_pair(*texts, problems)
    _assert_clean(problems)


@pytest.mark.slow
@_bounded(20)
@given(hostile_text(max_pieces=30))
def test_hostile_text_with_stanza(text: str) -> None:
    if not os.environ.get("BILINGUA_STANZA_DIR"):
        pytest.skip("BILINGUA_STANZA_DIR is not set: no stanza models to run")
    problems = Problems()
    check(text, problems, backend="stanza")
    _assert_clean(problems)
