"""Shared fixtures: where ../shared is, and the seed article when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_9af9b8adf236328a.txt"
EXAMPLE = REPO / "examples" / "article.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed article is not at {SEED} (../shared is absent)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
