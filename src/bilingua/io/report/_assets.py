"""The report's style sheet and script (package data), and the page's Content-Security-Policy.

The policy allows nothing but the page's own style sheet and script, named by their SHA-256
hashes: no request leaves the page, and no script or style from anywhere else runs, even an
inline one, so a document's text could not execute even if it were not escaped.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources

__all__ = ["content_security_policy", "script", "style"]


@functools.cache
def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def style() -> str:
    """The style sheet shared by document pages and the index."""
    return _read("report.css")


def script() -> str:
    """The document page's script: word links, keys for findings and pairs."""
    return _read("report.js")


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(with_script: bool) -> str:
    """The policy of a page holding :func:`style` (and :func:`script` if ``with_script``)."""
    scripts = _hash(script()) if with_script else "'none'"
    return (
        f"default-src 'none'; style-src {_hash(style())}; script-src {scripts}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
