"""Name findings: names and entities without a counterpart, or replaced by another name.

A *mention* is a capitalised word that may be a name. Mentions are matched to the other side
one to one (the best-scoring free pair first, as the aligner links words): a name said twice
needs two counterparts, so ``Алан … Аллана`` against ``Allan … Johnson`` leaves ``Алан``
without one. Mentions come in two strengths:

- *strong*: a capital inside a sentence (or a word tagged PROPN), or a capital opening a
  sentence or quotation followed by another capital (``Ейлід Дойл``: a first name and a
  surname);
- *weak*: any other capital opening a sentence or quotation (``Promoted``, ``Росіяни``) and
  all-capital acronyms (``ФК``, ``ЗВО``: often rendered by their expansion).

A strong source name without any counterpart is a finding on its own; a weak one, or one whose
only counterparts went to other mentions, speaks only when a target name that the source lacks
stands in the same sentence link: then it is a replacement, the error that matters most.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bilingua.align import Alignment
from bilingua.align._units import OPENERS, POLITE
from bilingua.align._words import is_title_case
from bilingua.lexicon import Lexicon, alias_targets, en_stem, name_similarity, uk_stem
from bilingua.lexicon.lemma import uk_common
from bilingua.match import content_words
from bilingua.model import Evidence, Finding, FindingKind, Severity, Token
from bilingua.verify._side import (
    BY_EAR,
    CYRILLIC_RE,
    LATIN_WORD_RE,
    Context,
    Side,
    rendered_otherwise,
)

__all__ = ["name_findings"]

_LINK_MIN = 0.5  # weakest word correspondence that counts as "rendered"
_NAME_SIMILARITY = 0.5  # transliteration similarity that counts as the same name
_COMMON_STEM = 5  # letters a Ukrainian stem needs before a lexicon hit makes it a common word
# A name at the place of another that sounds somewhat alike (Ешлі ~ Ashley, 0.45) is rendered
# by ear, not replaced; different names (Мандела ~ Merkel is 0.5 by chance) mostly stay below.
_NAME_DRIFT = 0.25  # relative position difference within which a name replaces another
_OPENERS = frozenset(".!?…:;«“„‘([–—-")  # a capital after these opens a sentence or quotation
_QUOTES = frozenset("\"'")  # open a quotation unless glued to the word before (then they close)
_OPENING_QUOTES = frozenset("«“„‘")
_CLOSING_QUOTES = frozenset("»”’“")
_NOT_NAMES_EN = frozenset(
    "I I'm I've I'd I'll Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December".split()
)
# Titles and initials: Mr., Dr., Rep., St., W., P, В.
_LETTER_RE = re.compile(r"[^\W\d_]")
_ABBREVIATION_RE = re.compile(r"^(?:[^\W\d_]{1,3}\.|[^\W\d_])$")


@dataclass(frozen=True)
class _Mention:
    token: Token
    strong: bool  # a capital inside a sentence, or PROPN: fires on its own when unrendered
    full: bool  # strong, or opening a sentence before another capital (Ейлід Дойл, Oslo Doyle)
    common: bool  # an ordinary word the lexicon knows: rendered by meaning, not by name


@dataclass
class _Match:
    """Who got a counterpart, and who had one but lost it to another mention."""

    matched: set[int]
    taken: set[int]


def name_findings(context: Context) -> Iterator[Finding]:
    """Names missing from the rendering, replaced by another name, or added (info).

    A long passage (a transcript) is checked in stretches of :data:`_CHUNK_LINKS` sentence
    links: a name's counterpart is looked for near it, and the work stays linear.
    """
    if len(context.alignment.sentences) <= _CHUNK_LINKS:
        yield from _findings(context)
        return
    for part in _stretches(context):
        yield from _findings(part)


def _stretches(context: Context) -> Iterator[Context]:
    """The context cut into runs of consecutive sentence links, each with its sentences and
    word links."""
    links = sorted(context.alignment.sentences, key=lambda k: k.source.start)
    words = sorted(context.alignment.words, key=lambda w: w.source.start)
    word_starts = [w.source.start for w in words]
    for lo in range(0, len(links), _CHUNK_LINKS):
        group = links[lo : lo + _CHUNK_LINKS]
        span_s = (group[0].source.start, max(k.source.end for k in group))
        span_t = (min(k.target.start for k in group), max(k.target.end for k in group))
        inside = words[
            bisect.bisect_left(word_starts, span_s[0]) : bisect.bisect_left(word_starts, span_s[1])
        ]
        inside = [w for w in inside if span_t[0] <= w.target.start < span_t[1]]
        yield Context(
            _part(context.source, span_s),
            _part(context.target, span_t),
            Alignment(tuple(group), tuple(inside)),
            context.matcher,
            context.coverage,
        )


def _part(side: Side, span: tuple[int, int]) -> Side:
    sentences = tuple(s for s in side.sentences if span[0] <= s.start < span[1])
    return Side(side.text, span[0], span[1], side.lang, sentences)


def _findings(context: Context) -> Iterator[Finding]:
    source, target = context.source, context.target
    mentions_s, mentions_t = _mentions(context, source), _mentions(context, target)
    words_s = [t for t in source.tokens() if _LETTER_RE.search(t.text)]
    words_t = [t for t in target.tokens() if _LETTER_RE.search(t.text)]
    match_s, match_t = _match(context, mentions_s, words_s, mentions_t, words_t)
    # Target names the source lacks: the candidates for a replacement.
    free_t = [
        m
        for k, m in enumerate(mentions_t)
        if k not in match_t.matched and k not in match_t.taken and not m.common and m.full
    ]
    for k, mention in enumerate(mentions_s):
        if k in match_s.matched:
            continue
        if mention.common:  # a capitalised ordinary word (Національного) is rendered by meaning
            if k not in match_s.taken:
                yield _missing(context, mention.token, Severity.INFO)
            continue
        alone = mention.strong and k not in match_s.taken
        if alone and len(context.alignment.sentences) <= _SHORT_LINKS:
            replacement = _nearest(source, mention.token, target, [m.token for m in free_t])
        else:  # in a long passage, a place is only told by its sentence link
            replacement = _in_link(context, mention.token, free_t)
        if replacement is not None:
            free_t = [m for m in free_t if m.token is not replacement]
            yield _replaced(context, mention.token, replacement)
        elif alone:
            yield _missing(context, mention.token, Severity.WARNING)
        elif mention.strong and k in match_s.taken and _said_before(mention, mentions_s, match_s):
            yield _said_less(context, mention.token)
    for mention in free_t:  # often a name the source left implicit: worth a look, no more
        if mention.strong and mention.full:
            token = mention.token
            yield Finding(
                kind=FindingKind.NAME,
                severity=Severity.INFO,
                message=f"the rendering names {token.text}, which the source does not",
                target=target.span(token.start, token.end),
            )


def _replaced(context: Context, token: Token, replacement: Token) -> Finding:
    """A source name with another name at its place: an error, unless the two sound alike, or
    the Ukrainian one is a common word written with a capital inside a name (Скелястих ~
    Rockies, Нижня Каліфорнія ~ Baja California): a warning then, a name rendered by meaning."""
    uk, en = (token, replacement) if context.source_is_uk else (replacement, token)
    by_ear = _similarity(uk.text, en.text) >= BY_EAR and not rendered_otherwise(
        context.matcher.lexicon, en.text, uk.text
    )
    by_meaning = not by_ear and uk_common(uk.text)
    if by_ear:
        severity, how = Severity.INFO, "at that place: the same name heard differently?"
    elif by_meaning:
        severity, how = Severity.WARNING, "at that place: a name rendered by its meaning?"
    else:
        severity, how = Severity.ERROR, "instead"
    return Finding(
        kind=FindingKind.NAME,
        severity=severity,
        message=f"the source names {token.text}, the rendering {replacement.text} {how}",
        source=context.source.span(token.start, token.end),
        target=context.target.span(replacement.start, replacement.end),
    )


def _said_before(mention: _Mention, mentions: Sequence[_Mention], match: _Match) -> bool:
    """Whether the same name (its stem) is another mention that got a counterpart: the name is
    said twice, not a name of several words whose parts share one (Верховна Рада ~ parliament)."""
    stem = uk_stem(mention.token.text) if CYRILLIC_RE.search(mention.token.text) else None
    key = stem or en_stem(mention.token.text.lower())
    return any(
        k in match.matched
        and other is not mention
        and (uk_stem(other.token.text) if stem else en_stem(other.token.text.lower())) == key
        for k, other in enumerate(mentions)
    )


def _said_less(context: Context, token: Token) -> Finding:
    """A name the source says more often than the rendering: its other mentions took every
    counterpart (a rendering may say "the capital" the second time, so no more than a note)."""
    return Finding(
        kind=FindingKind.NAME,
        severity=_SAID_LESS,
        message=f"the source names {token.text} more often than the rendering does",
        source=context.source.span(token.start, token.end),
    )


def _missing(context: Context, token: Token, severity: Severity) -> Finding:
    return Finding(
        kind=FindingKind.NAME,
        severity=severity,
        message=f"the name {token.text} has no counterpart in the rendering",
        source=context.source.span(token.start, token.end),
    )


# --- mentions ------------------------------------------------------------------------------


def _mentions(context: Context, side: Side) -> list[_Mention]:
    """The side's capitalised words that may be names, with their strength."""
    found: list[_Mention] = []
    script = CYRILLIC_RE if side.lang == "uk" else LATIN_WORD_RE
    for sentence in side.sentences:
        tokens = sentence.tokens
        content = {id(t) for t in content_words(tokens, sentence.lang)}
        title_case = is_title_case(tokens)
        for index, token in enumerate(tokens):
            if not _capital(token, script) or _closed_class(token, side.lang):
                continue
            if title_case and token.upos is None:
                continue  # a headline: every word has a capital
            if token.upos is not None and token.upos not in ("PROPN", "NOUN", "X", "ADJ"):
                continue
            if id(token) not in content or _acronym(token.text):
                continue  # a function word (Але, Ви); an acronym, often spelled out (ЧР, УП)
            opens = token.upos != "PROPN" and _opens(side.text, tokens, index)
            strong = not opens or _quoted(tokens, index)
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            full = strong or (following is not None and _capital(following, script))
            common = _common_word(context, token, side)
            if common and not strong:
                continue  # an ordinary word opening a sentence
            found.append(_Mention(token, strong, full, common))
    return found


def _closed_class(token: Token, lang: str) -> bool:
    """Адже, However, Тому: words that open sentences and are never names."""
    word = token.text.lower().replace("’", "'")
    return word in OPENERS.get(lang, frozenset()) or (lang == "uk" and word in POLITE)


def _capital(token: Token, script: re.Pattern[str]) -> bool:
    text = token.text
    return (
        text[:1].isupper()
        and bool(script.match(text))
        and text.replace("’", "'") not in _NOT_NAMES_EN
        and not _ABBREVIATION_RE.match(text)
    )


def _acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _quoted(tokens: Sequence[Token], index: int) -> bool:
    """A capital right after an opening quotation mark that closes within three words: a name
    in quotation marks («Азовсталь», «Рейнджерс», “Komar”), not a quoted sentence."""
    if index == 0 or tokens[index - 1].text not in _QUOTES | _OPENING_QUOTES:
        return False
    return any(t.text in _QUOTES | _CLOSING_QUOTES for t in tokens[index + 1 : index + 4])


def _opens(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether the token opens its sentence or a quotation (its capital then says nothing)."""
    if index == 0:
        return True
    previous = tokens[index - 1]
    if previous.text in _OPENERS:
        return True
    if previous.text in _QUOTES:
        # A quotation mark glued to the word before it closes a quotation: "1+1" Наталія.
        glued = index >= 2 and previous.start > 0 and not text[previous.start - 1].isspace()
        return not glued
    return False


def _common_word(context: Context, token: Token, side: Side) -> bool:
    """A capitalised word the lexicon knows as an ordinary word (Судовому, Judiciary, Prime).

    Entries whose English is written with a capital (Осло ~ Oslo, Бразилія ~ Brazil) are names
    the lexicon happens to list, not ordinary words.
    """
    lexicon = context.matcher.lexicon
    ordinary, proper = _vocabulary(lexicon)
    if side.lang == "uk":
        # Short stems (Палу → пал, Щуром → щур) hit dictionary words by accident: names.
        stem = uk_stem(token.text)
        known = len(stem) >= _COMMON_STEM and lexicon.english_candidates(token.text)
        return bool(known) and stem not in proper and not alias_targets(token.text)
    return en_stem(token.text.lower()) in ordinary


@functools.lru_cache(maxsize=4)
def _vocabulary(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the English words that (non-alias) lexicon entries translate to in lower case,
    and stems of the Ukrainian words of entries that translate to a capitalised name."""
    ordinary: set[str] = set()
    proper: set[str] = set()
    for entry in lexicon.entries():
        if entry.kind != "lexicon":
            continue
        for translation in entry.en.split("|"):
            if translation[:1].isupper():
                proper.add(uk_stem(entry.uk.split()[0]) if entry.uk.split() else entry.uk)
                continue
            ordinary.update(en_stem(word.lower()) for word in translation.split())
    return frozenset(ordinary), frozenset(proper)


# --- counterparts --------------------------------------------------------------------------


def _match(
    context: Context,
    mentions_s: Sequence[_Mention],
    words_s: Sequence[Token],
    mentions_t: Sequence[_Mention],
    words_t: Sequence[Token],
) -> tuple[_Match, _Match]:
    """One-to-one counterparts of the mentions of both sides, best-scoring free pair first.

    A counterpart is a word the matcher links (lexicon, alias, transliteration) or, between two
    capitals, a looser transliteration similarity: English names reach Ukrainian by ear (Ньюман
    ~ Newman, Дейлі ~ Daley). Returns the indices of mentions matched and of mentions that had
    counterparts which all went to better-scoring mentions, per side.
    """
    # Nodes: mentions by index, other content words by ("w", position).
    node_s: dict[int, object] = {id(m.token): k for k, m in enumerate(mentions_s)}
    node_t: dict[int, object] = {id(m.token): k for k, m in enumerate(mentions_t)}
    for token in words_s:
        node_s.setdefault(id(token), ("w", token.start))
    for token in words_t:
        node_t.setdefault(id(token), ("w", token.start))
    tokens_s = {id(m.token): m.token for m in mentions_s} | {id(t): t for t in words_s}
    tokens_t = {id(m.token): m.token for m in mentions_t} | {id(t): t for t in words_t}
    mentions = {id(m.token) for m in (*mentions_s, *mentions_t)}
    edges = _edges(context, list(tokens_s.values()), list(tokens_t.values()), mentions)
    # Best first; among about equally good counterparts, the one at the same relative place
    # (a name said twice: the first mention renders the first).
    span_s = max(context.source.end - context.source.start, 1)
    span_t = max(context.target.end - context.target.start, 1)

    def distance(edge: tuple[float, int, int]) -> float:
        where_s = (tokens_s[edge[1]].start - context.source.start) / span_s
        where_t = (tokens_t[edge[2]].start - context.target.start) / span_t
        return abs(where_s - where_t)

    edges.sort(key=lambda e: (-round(e[0], 1), distance(e), tokens_s[e[1]].start))
    # A hyphenated word can render as many names as it has parts (US-China, Канзас-Сіті).
    room_s = {node_s[k]: _capacity(t) for k, t in tokens_s.items() if "-" in t.text}
    room_t = {node_t[k]: _capacity(t) for k, t in tokens_t.items() if "-" in t.text}
    result_s, result_t = _Match(set(), set()), _Match(set(), set())
    for _, a, b in edges:
        na, nb = node_s[a], node_t[b]
        if not room_s.get(na, 1) or not room_t.get(nb, 1):
            for node, result, room in ((na, result_s, room_s), (nb, result_t, room_t)):
                if isinstance(node, int) and room.get(node, 1):
                    result.taken.add(node)
            continue
        room_s[na] = room_s.get(na, 1) - 1
        room_t[nb] = room_t.get(nb, 1) - 1
        for node, result in ((na, result_s), (nb, result_t)):
            if isinstance(node, int):
                result.matched.add(node)
                result.taken.discard(node)
    return result_s, result_t


def _edges(
    context: Context, tokens_s: Sequence[Token], tokens_t: Sequence[Token], mentions: set[int]
) -> list[tuple[float, int, int]]:
    """``(score, id(source token), id(target token))`` of every pair that renders each other
    and has a mention (``id`` in ``mentions``) on at least one side."""
    scores: dict[tuple[int, int], float] = {}
    named_s = [t for t in tokens_s if id(t) in mentions]
    named_t = [t for t in tokens_t if id(t) in mentions]
    for some_s, some_t in ((named_s, tokens_t), (tokens_s, named_t)):
        if not some_s or not some_t:
            continue
        views_s = [context.view(t) for t in some_s]
        views_t = [context.view(t) for t in some_t]
        if context.source_is_uk:
            hits = context.matcher.matches(views_s, views_t)
        else:
            hits = {(i, j): h for (j, i), h in context.matcher.matches(views_t, views_s).items()}
        for (i, j), (value, _) in hits.items():
            if value >= _LINK_MIN:
                scores[id(some_s[i]), id(some_t[j])] = value
    # The aligner's links of meaning count too: a phrase renders a name (Верховна Рада ~
    # parliament) that no single word pair does.
    by_start_s = {t.start: id(t) for t in tokens_s}
    by_start_t = {t.start: id(t) for t in tokens_t}
    for link in context.alignment.words:
        if link.via == Evidence.POSITION:
            continue
        a, b = by_start_s.get(link.source.start), by_start_t.get(link.target.start)
        if a is not None and b is not None and (a in mentions or b in mentions):
            scores[a, b] = max(scores.get((a, b), 0.0), link.score)
    # Capitals that the matcher does not link may still be one name heard by ear.
    caps_s = [t for t in tokens_s if t.text[:1].isupper()]
    caps_t = [t for t in tokens_t if t.text[:1].isupper()]
    for x, y in _capital_pairs(context, caps_s, caps_t):
        if id(x) not in mentions and id(y) not in mentions:
            continue
        uk, en = (x, y) if context.source_is_uk else (y, x)
        if rendered_otherwise(context.matcher.lexicon, en.text, uk.text):
            continue  # Prague is Прага: Палу, at 0.5, is another place
        similarity = _similarity(uk.text, en.text)
        if similarity >= _NAME_SIMILARITY and similarity > scores.get((id(x), id(y)), 0.0):
            scores[id(x), id(y)] = similarity
    return [(value, a, b) for (a, b), value in scores.items()]


# a name said less often in the rendering: a note (a warning would mark faithful renderings
# that say "the capital" the second time; checked on benchmarks/verify.py and ../shared/eval)
_SAID_LESS = Severity.INFO
_CHUNK_LINKS = 40  # sentence links of a long passage checked together
_SHORT_LINKS = 3  # sentence links up to which a place in the whole passage says where a name is
_ALL_PAIRS = 10_000  # capital pairs compared all against all; beyond, only nearby ones
_NEAR_LINKS = 2  # sentence links either side within which capitals of a long pair compare


def _capital_pairs(
    context: Context, caps_s: Sequence[Token], caps_t: Sequence[Token]
) -> Iterator[tuple[Token, Token]]:
    """The pairs of capitals to compare by ear: all of them in a passage of ordinary size, and
    in a long one (a transcript) those within a few sentence links of each other, so the work
    grows with the passage rather than with its square."""
    if len(caps_s) * len(caps_t) <= _ALL_PAIRS:
        yield from ((x, y) for x in caps_s for y in caps_t)
        return
    links = context.alignment.sentences
    starts_s = [k.source.start for k in links]
    starts_t = [k.target.start for k in links]
    by_link: dict[int, list[Token]] = {}
    for y in caps_t:
        by_link.setdefault(bisect.bisect_right(starts_t, y.start) - 1, []).append(y)
    for x in caps_s:
        here = bisect.bisect_right(starts_s, x.start) - 1
        for near in range(here - _NEAR_LINKS, here + _NEAR_LINKS + 1):
            for y in by_link.get(near, ()):
                yield x, y


def _capacity(token: Token) -> int:
    return max(1, len([part for part in token.text.split("-") if part[:1].isupper()]))


@functools.lru_cache(maxsize=65536)
def _similarity(uk: str, en: str) -> float:
    """Best transliteration similarity of two words, hyphen parts compared too."""
    # Канзас-Сіті ~ Kansas City, Нідерландах ~ Netherlands-based.
    return max(name_similarity(a, b) for a in _parts(uk) for b in _parts(en))


def _parts(text: str) -> list[str]:
    return [text, *(part for part in text.split("-") if len(part) > 1 and "-" in text)]


# --- replacements --------------------------------------------------------------------------


def _nearest(source: Side, token: Token, target: Side, others: Sequence[Token]) -> Token | None:
    """The token of ``others`` closest in relative position to ``token``, if close enough."""
    return _nearest_in((source.start, source.end), token, (target.start, target.end), others)


def _nearest_in(
    source: tuple[int, int], token: Token, target: tuple[int, int], others: Sequence[Token]
) -> Token | None:
    """The token of ``others`` closest to ``token`` in relative position, within the drift.

    Positions are relative to the stretches ``source`` and ``target`` (``(start, end)``).
    """

    def where(span: tuple[int, int], item: Token) -> float:
        return (item.start - span[0]) / max(span[1] - span[0], 1)

    here = where(source, token)
    best = min(others, key=lambda other: abs(where(target, other) - here), default=None)
    if best is None or abs(where(target, best) - here) > _NAME_DRIFT:
        return None
    return best


def _in_link(context: Context, token: Token, others: Sequence[_Mention]) -> Token | None:
    """The name of ``others`` at about the place of ``token`` in its sentence link, if any."""
    link = context.link_of("source", token.start, token.end)
    if link is None:
        return None
    inside = [m.token for m in others if link.target.start <= m.token.start < link.target.end]
    return _nearest_in(
        (link.source.start, link.source.end), token, (link.target.start, link.target.end), inside
    )
