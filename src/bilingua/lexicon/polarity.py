"""Words that negate, in English and Ukrainian.

Strong negations negate in form (``не``, ``ніколи``, ``жодного``; ``not``, ``never``,
``don’t``; ``unless``, which Ukrainian writes ``якщо … не``). Weak ones render a negation
without negating in form (``без``, ``навряд``; ``without``, ``fail``, ``refuse``): they answer
a negation on the other side, but a rendering that says "without" for "не" has not flipped
anything. Words negative by a prefix (``unable``, ``неможливо``) need a vocabulary to be told
from ``understand`` and ``небо``: the caller checks them (:mod:`bilingua.verify.negation`).
"""

from __future__ import annotations

import re

__all__ = ["is_implicit_negation", "is_negation", "is_weak_negation"]

_NEGATION_RE = {
    "uk": re.compile(
        r"^(?:не|ні|ніколи|ніде|нікуди|ніхто|нікого|нікому|ніким|ніщо|нічого|нічому|нічим|"
        r"ніяк(?:ий|а|е|і|ого|ому|ої|ою|им|их|ими|ій|у)?|немає|нема|жодн\w*)$"
    ),
    "en": re.compile(
        r"^(?:not|no|never|nobody|nothing|none|neither|nor|nowhere|cannot|unless|n[’']t|\w+n[’']t)$"
    ),
}
_WEAK_NEGATION_RE = {
    "uk": re.compile(r"^(?:без|без\w+|ледве|навряд|замість|поки|доки)$"),
    "en": re.compile(
        r"^(?:without|lack\w*|fail\w*|refus\w*|unable|rather|instead|until|unless|hardly|"
        r"deny|denie\w*|avoid\w*|absent|never\w*)$"
    ),
}
# Words whose meaning holds a negation (implicit negation: "failed to" is "did not"): each
# may stand for a negation the other side says in form. Until, instead, rather, поки are
# left out: they answer a negation next to them, but carry none of their own.
_IMPLICIT_NEGATION_RE = {
    "uk": re.compile(
        r"^(?:без|ледве|ледь|навряд|відмов\w*|заборон\w*|уник\w*|бракує|бракувало|брак|"
        r"відсутн\w*|позбав\w*|пропа[лвд]\w*|зник\w*)$"
    ),
    "en": re.compile(
        r"^(?:without|lack\w*|fail\w*|refus\w*|unable|deny|denie\w*|denied|avoid\w*|absent|"
        r"prevent\w*|prohibit\w*|forbid\w*|forbade|ban|bans|banned|banning|hardly|barely|"
        r"scarce\w*|seldom|rarely|depriv\w*|disagre\w*|disapprov\w*|dislik\w*|disallow\w*)$"
    ),
}


def is_negation(word: str, lang: str) -> bool:
    """Whether ``word`` (one token, any case) negates in form in ``lang``."""
    pattern = _NEGATION_RE.get(lang)
    return bool(pattern and pattern.match(word.lower()))


def is_weak_negation(word: str, lang: str) -> bool:
    """Whether ``word`` renders a negation without negating in form (``without``, ``без``)."""
    pattern = _WEAK_NEGATION_RE.get(lang)
    return bool(pattern and pattern.match(word.lower()))


def is_implicit_negation(word: str, lang: str) -> bool:
    """Whether ``word`` holds a negation in its meaning (``without``, ``failed``, ``відмовився``):
    it may stand for a negation in form on the other side of a rendering."""
    pattern = _IMPLICIT_NEGATION_RE.get(lang)
    return bool(pattern and pattern.match(word.lower()))
