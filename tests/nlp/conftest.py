"""Fixtures for the nlp tests: model directories, and no stray models or network.

Every test starts with ``BILINGUA_STANZA_DIR`` and ``STANZA_RESOURCES_DIR`` pointing at an
empty folder, so a developer's own stanza models never change what a test sees. Tests that
run stanza ask for ``tiny_model_dir`` (models the suite trains itself, cached per stanza
version) or ``shared_model_dir`` (the compact models in ``../shared``, skipped when absent).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bilingua.nlp as nlp

SHARED_MODELS = Path(__file__).resolve().parents[2].parent / "shared" / "models" / "stanza"


@pytest.fixture(autouse=True)
def _no_stray_models(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path_factory.mktemp("no-models")
    monkeypatch.setenv("BILINGUA_STANZA_DIR", str(empty))
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(empty))


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget which one-time warnings were already given."""
    monkeypatch.setattr(nlp, "_warned", set())


@pytest.fixture(scope="session")
def tiny_models() -> Path:
    """A stanza resources dir with tiny uk/en models trained from a synthetic treebank.

    Trained on first use (about two minutes on two cores) and cached under
    ``$BILINGUA_TEST_CACHE`` or ``~/.cache/bilingua-test-models``, keyed by the stanza version
    and the training recipe. A training failure fails the tests that need it: these tests
    are the ones that run the real stanza path on every machine, so they must not skip.
    """
    from _nlp_tiny_models import ensure_tiny_models

    return ensure_tiny_models()


@pytest.fixture
def tiny_model_dir(tiny_models: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point bilingua at the tiny models for one test."""
    monkeypatch.setenv("BILINGUA_STANZA_DIR", str(tiny_models))
    return tiny_models


@pytest.fixture
def shared_model_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point bilingua at ../shared/models/stanza, or skip when it is not there."""
    if not (SHARED_MODELS / "resources.json").is_file():
        pytest.skip(f"compact stanza models not found at {SHARED_MODELS} (../shared is absent)")
    monkeypatch.setenv("BILINGUA_STANZA_DIR", str(SHARED_MODELS))
    return SHARED_MODELS


class NetworkBlocked(AssertionError):
    """Raised by the no_network fixture when code tries to open a connection."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make every attempt to open a socket fail; yields the list of attempts."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise NetworkBlocked(f"network access attempted: {args[:2]!r}")

    class NoSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            refuse(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
