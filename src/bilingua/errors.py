"""The library's own exceptions. Library code raises these; only ``cli`` turns them into exits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["BilinguaError", "InputError", "ModelsNotInstalled", "StanzaNotInstalled"]


class BilinguaError(Exception):
    """Base class of every error bilingua raises on purpose."""


class InputError(BilinguaError, ValueError):
    """The input cannot be used as given (wrong type, undecodable bytes, not a file…)."""


class ModelsNotInstalled(BilinguaError, FileNotFoundError):
    """Stanza models that the requested backend needs are not in the model directory.

    Attributes:
        missing: ``{lang: [processor, …]}`` of what is missing.
        directory: the stanza resources directory that was searched.
    """

    def __init__(self, missing: Mapping[str, Sequence[str]], directory: str) -> None:
        self.missing = {lang: list(procs) for lang, procs in missing.items()}
        self.directory = directory
        what = "; ".join(f"{lang}: {', '.join(procs)}" for lang, procs in self.missing.items())
        langs = " ".join(self.missing)
        super().__init__(
            f"stanza models missing in {directory} ({what}). Install them with "
            f"`bilingua models download --lang {langs}`, or point BILINGUA_STANZA_DIR at a "
            f"stanza resources directory that has them."
        )


class StanzaNotInstalled(BilinguaError, ImportError):
    """Backend ``"stanza"`` was asked for but the stanza package cannot be imported."""
