"""What every check reads: the two sides, their alignment and coverage map, the matcher, shared
patterns."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from bilingua.align import Alignment
from bilingua.coverage import Side
from bilingua.lexicon import Lexicon, name_similarity, transliterate
from bilingua.lexicon.aliases import alias_lexicon
from bilingua.match import Matcher, WordView, unpossessive
from bilingua.model import Coverage, Evidence, SentenceLink, Span, Token

__all__ = [
    "ANCHOR_RE",
    "BY_EAR",
    "CYRILLIC_RE",
    "LATIN_WORD_RE",
    "Context",
    "Side",
    "anchors",
    "heard_alike",
    "preview",
    "rendered_otherwise",
]

ANCHOR_RE = re.compile(r"https?://[^\s<>«»\"]+|www\.[^\s<>«»\"]+|[@#][^\W_][\w]*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Transliteration similarity from which two names may be one heard by ear (Ешлі ~ Ashley: 0.45)
BY_EAR = 0.35


def rendered_otherwise(lexicon: Lexicon, en: str, uk: str) -> bool:
    """Whether the lexicon renders the English name by Ukrainian words of its own, none of them
    of the Ukrainian word's family (Prague ~ Прага, so Палу is not Prague heard by ear,
    however alike they sound: 0.5; Росії ~ Russian, through російський, may be)."""
    renderings = _rendered_names(lexicon).get(unpossessive(en))
    if not renderings:
        return False
    spelled = transliterate(uk.lower())
    return not any(
        _shared_start(spelled, transliterate(rendering)) >= _FAMILY for rendering in renderings
    )


def heard_alike(lexicon: Lexicon, uk: str, en: str, at_least: float = BY_EAR) -> bool:
    """Whether a Ukrainian and an English name may be one name written by ear."""
    return name_similarity(uk, en) >= at_least and not rendered_otherwise(lexicon, en, uk)


_FAMILY = 3  # letters a word shares at its start with a rendering of its own family


def _shared_start(a: str, b: str) -> int:
    return next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


@functools.lru_cache(maxsize=4)
def _rendered_names(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The one-word capitalised English translations of the lexicon's and alias table's entries,
    each with the Ukrainian words (lower case) that render it."""
    found: dict[str, set[str]] = {}
    for entry in (*lexicon.entries(), *alias_lexicon().entries()):
        for translation in entry.en.split("|"):
            word = translation.strip()
            if word[:1].isupper() and " " not in word:
                found.setdefault(word, set()).add(entry.uk.strip().lower())
    return {word: frozenset(ukrainian) for word, ukrainian in found.items()}


@dataclass(frozen=True)
class Context:
    """The two sides of one check, their alignment and the matcher that linked their words."""

    source: Side
    target: Side
    alignment: Alignment
    matcher: Matcher
    coverage: Coverage
    _views: dict[int, WordView] = field(default_factory=dict, compare=False, repr=False)

    @property
    def source_is_uk(self) -> bool:
        """Whether the source side is the Ukrainian one."""
        return self.source.lang == "uk"

    @functools.cached_property
    def partners(self) -> tuple[dict[tuple[int, int], Span], dict[tuple[int, int], Span]]:
        """The word-link partner of each linked word, by ``(start, end)``: of source words
        (target spans), then of target words (source spans)."""
        words = self.alignment.words
        return (
            {(w.source.start, w.source.end): w.target for w in words},
            {(w.target.start, w.target.end): w.source for w in words},
        )

    @functools.cached_property
    def meaning_linked(self) -> frozenset[tuple[int, int]]:
        """``(start, end)`` of the words of either side with a link of meaning (any evidence
        but position)."""
        return frozenset(
            key
            for w in self.alignment.words
            if w.via != Evidence.POSITION
            for key in ((w.source.start, w.source.end), (w.target.start, w.target.end))
        )

    @functools.cached_property
    def _links_by(self) -> dict[str, tuple[list[SentenceLink], list[int]]]:
        found = {}
        for role in ("source", "target"):
            links = sorted(
                self.alignment.sentences,
                key=lambda k: (k.source if role == "source" else k.target).start,
            )
            starts = [(k.source if role == "source" else k.target).start for k in links]
            found[role] = (links, starts)
        return found

    def linked(self, role: str, start: int, end: int) -> bool:
        """Whether a sentence link's ``role`` side (``"source"``/``"target"``) overlaps
        ``start..end`` (links of one side are disjoint: a binary search finds it)."""
        links, starts = self._links_by[role]
        index = bisect.bisect_left(starts, end) - 1
        if index < 0:
            return False
        side = links[index].source if role == "source" else links[index].target
        return side.end > start

    def link_of(self, role: str, start: int, end: int) -> SentenceLink | None:
        """The sentence link whose ``role`` side holds ``start..end``, if any."""
        links, starts = self._links_by[role]
        index = bisect.bisect_right(starts, start) - 1
        if index < 0:
            return None
        link = links[index]
        return link if end <= (link.source if role == "source" else link.target).end else None

    def view(self, token: Token) -> WordView:
        """The token's :class:`WordView`, built once per check."""
        found = self._views.get(id(token))
        if found is None:
            found = self._views[id(token)] = WordView.of(token)
        return found

    def link_score(self, source: Token, target: Token) -> float:
        """How well two tokens render each other, whichever side is Ukrainian."""
        a, b = self.view(source), self.view(target)
        if self.source_is_uk:
            return self.matcher.score(a, b)[0]
        return self.matcher.score(b, a)[0]


def preview(text: str, width: int = 50) -> str:
    """``text`` on one line in quotation marks, cut to ``width`` characters."""
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= width else flat[: width - 1] + '…'}”"


def anchors(side: Side) -> list[tuple[int, int, str]]:
    """``(start, end, lower-case text)`` of the @handles, #hashtags and URLs of a side."""
    found = []
    for match in ANCHOR_RE.finditer(side.text, side.start, side.end):
        stripped = match.group().rstrip(".,;:!?)»”\"'")
        found.append((match.start(), match.start() + len(stripped), stripped.lower()))
    return found
