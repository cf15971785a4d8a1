"""Word links inside a bead: competitive linking with a diagonal prior, then links by position.

1. **Competitive linking** (Melamed 2000): the best free word pair first, one to one. A pair's
   rank is its match score less a distortion penalty for how far apart the two words stand in
   their bead (fast_align's and eflomal's preference for near-diagonal links), so a word said
   twice links to the mention at its own place. A free word beside a link's partner that the
   matcher relates to the linked word (another word of its translation: Нью-Йорку ~ New York)
   links to it too.
2. **Links by position**: between two consecutive links of the monotone backbone (and between a
   bead's edge and its first or last link), content words left unlinked on *both* sides render
   each other by their place, as statistical aligners conclude for unknown words between linked
   neighbours; what is still unlinked on both sides of the bead after that (words moved by
   reordering) pairs up with the nearest free word at about the same relative place. Only
   ordinary words link so, and names only to names the lexicon does not know (a name heard by
   ear: Жозі ~ Josie): a number, a month or weekday, a name the lexicon knows (Україну, NATO),
   or a name facing an ordinary word stays unexplained, because there a different value or
   another name may stand. What stays unlinked is the *excess* of one side over the other: the
   words a rendering leaves out or adds. A bead whose words barely match (overlap under the
   chance level) gets no links by position: unrelated sentences must not explain each other.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from bilingua.align._chain import increasing_chain
from bilingua.align._units import OPENERS, POLITE, OrdinaryTest, ordinary_test
from bilingua.lexicon import default_lexicon
from bilingua.lexicon.dates import calendar_value
from bilingua.match import Via, content_words
from bilingua.model import Evidence, Span, Token, WordLink

__all__ = ["is_title_case", "link_bead", "link_competitively", "name_positions", "word_kind"]

WORD_LINK_MIN = 0.5  # weakest word correspondence kept as a link
_DISTORTION = 0.3  # rank penalty per unit of relative distance between the two words
_POSITION_SCORE = 0.3  # a link by position is evidence of place, not of meaning
_REORDER_REACH = 0.4  # how far (in shares of a bead) reordering moves a word
_DIGIT_RE = re.compile(r"\d")
# Words of magnitude: a rendering that says "billion" for "мільйонів" changes a number.
_SCALE_RE = re.compile(
    r"^(?:thousands?|millions?|billions?|trillions?|hundreds?|percent|per|cent|times|"
    r"тисяч\w*|мільйон\w*|мільярд\w*|трильйон\w*|сотн\w*|відсот\w*|раз|рази|разів|"
    r"млн|млрд|тис)$"
)

_LETTER_RE = re.compile(r"[^\W\d_]")
_WORDISH_RE = re.compile(r"[\w\"'«»“”„‘’(\[–—,:;-]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_OPENERS = frozenset(".!?…:;«“„\"'([–—-")
# Mr., Dr., В., OK, and titles written without their dot (Mr Trump, the Rev David Johnson)
_NOT_NAME_RE = re.compile(r"^(?:[^\W\d_]{1,3}\.|OK|Ok|Okay|Mr|Mrs|Ms|Dr|Rev|Sir|Prof|St)$")
_ALWAYS_CAPITAL_RE = re.compile(r"^I(?:[’'](?:m|ve|ll|d))?$")  # English "I" in any sentence
_TITLE_WORDS = 4  # content words a sentence needs to be told title case by capitals alone

_GROUP_HEAD_RE = re.compile(r"^\d{1,3}$")
_GROUP_RE = re.compile(r"^\d{3}$")
_YEAR_RE = re.compile(r"^(?:року|році|рік|роки|років|роках|р)$")
_CURRENCY_RE = re.compile(
    r"^(?:євро|euros?|долар\w*|dollars?|гривен\w*|гривн\w*|грн|hryvni?as?|фунт\w*|pounds?)$"
)
_CURRENCY_SIGNS = frozenset("€$£₴")

Candidate = tuple[float, int, int, Via]  # (score, source index, target index, evidence)


def name_positions(tokens: Sequence[Token]) -> set[int]:
    """Indices of the tokens of one sentence that may be names.

    A name is tagged PROPN, or (without tags) capitalised where a capital says something: not
    opening the sentence or a quotation, not a title or initial (``Mr.``, ``В.``), not ``OK``,
    and not in a sentence written in title case, where every word has a capital.
    """
    capitals = [k for k, t in enumerate(tokens) if t.text[:1].isupper()]
    title_case: bool | None = None  # told only when a capital needs it (most sentences: none)
    found: set[int] = set()
    for k in capitals:
        token = tokens[k]
        if token.upos is not None:
            if token.upos == "PROPN":
                found.add(k)
            continue
        if _opens(tokens, k) or _NOT_NAME_RE.match(token.text):
            continue
        word = token.text.lower().replace("’", "'")
        if word in OPENERS[lang_of(token.text)] or word in POLITE:
            continue  # Адже, However: a closed-class word after a boundary the splitter missed
        if title_case is None:
            title_case = is_title_case(tokens)
        if title_case:
            return set()
        found.add(k)
    return found


def is_title_case(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is written in title case, where capitals say nothing of names: most of
    its function words capitalised inside it (``Всіх Росіян Зі Своєї Території З``), or every
    one of at least four content words, mostly common ones (``Britain Wants to Evict all the
    Russians``; ``Allan McGregor and Johnson Lithgow`` is a list of names). A news sentence full
    of names still has a verb in lower case."""
    lettered = [t for k, t in enumerate(tokens) if k and not _opens(tokens, k)]
    lettered = [t for t in lettered if _LETTER_RE.search(t.text)]
    if not lettered:
        return False
    lang = lang_of(lettered[0].text)
    content = {id(t) for t in content_words(lettered, lang)}
    function = [
        t for t in lettered if id(t) not in content and not _ALWAYS_CAPITAL_RE.match(t.text)
    ]
    raised = sum(t.text[:1].isupper() for t in function)
    if raised >= 2 and 2 * raised >= len(function):
        return True  # a run-on chat line capitalises one "But"; a headline most of them
    words = [t for t in lettered if id(t) in content]
    if len(words) < _TITLE_WORDS or not all(t.text[:1].isupper() for t in words):
        return False
    # every word capitalised: a headline if they are mostly common words, else a list of names
    ordinary = ordinary_test(default_lexicon())
    return 2 * sum(ordinary(t.text, lang) for t in words) >= len(words)


def lang_of(word: str) -> str:
    """``"uk"`` for a word with Cyrillic letters, else ``"en"``."""
    return "uk" if _CYRILLIC_RE.search(word) else "en"


def _opens(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens its sentence, a quotation, or follows a closing bracket or an
    emoji (chat ends sentences with ``))`` and smileys)."""
    if k == 0:
        return True
    before = tokens[k - 1].text
    return before in _OPENERS or before[-1:] in ".!?…)" or not _WORDISH_RE.search(before)


def word_kind(token: Token, lang: str, name: bool, known: OrdinaryTest) -> str:
    """``"number"``, ``"date"``, ``"entity"``, ``"name"`` or ``"word"``: what may stand for a word
    by place (only names for names, words for words).

    ``name`` tells whether the token may be a name in its sentence (:func:`name_positions`);
    ``known`` whether the lexicon knows it as a name (an *entity*: rendered by its translation,
    never by its place).
    """
    text = token.text
    if _DIGIT_RE.search(text) or _SCALE_RE.match(text.lower()):
        return "number"
    if calendar_value(text, lang) is not None:
        return "date"
    if not name:
        return "word"
    return "entity" if known(text, lang) else "name"


def link_competitively(
    source: Sequence[Token], target: Sequence[Token], candidates: Sequence[Candidate]
) -> list[tuple[int, int, float, Via]]:
    """One-to-one links over ``(score, source index, target index, via)`` candidates.

    Returns:
        ``(source index, target index, score, via)`` for each link, by source index.
    """
    span_s, span_t = max(len(source) - 1, 1), max(len(target) - 1, 1)

    def rank(candidate: Candidate) -> tuple[float, int, int]:
        value, k, m, _ = candidate
        distance = abs(k / span_s - m / span_t)
        return (-(value - _DISTORTION * distance), k, m)

    kept = sorted((c for c in candidates if c[0] >= WORD_LINK_MIN), key=rank)
    used_s: set[int] = set()
    used_t: set[int] = set()
    links: list[tuple[int, int, float, Via]] = []
    for value, k, m, via in kept:
        if k in used_s or m in used_t:
            continue
        used_s.add(k)
        used_t.add(m)
        links.append((k, m, value, via))
    links.sort()
    return links


def _by_position(
    source: Sequence[Token],
    target: Sequence[Token],
    links: Sequence[tuple[int, int, float, Via]],
    kinds: tuple[list[str], list[str]],
) -> list[tuple[int, int, float, Via]]:
    """Links by place between the unlinked words of each stretch between backbone links:
    names with names, ordinary words with ordinary words, each in order."""
    linked_s = {k for k, *_ in links}
    linked_t = {m for _, m, *_ in links}
    backbone = increasing_chain([(k, m) for k, m, *_ in links])
    chain = [(-1, -1), *backbone, (len(source), len(target))]
    found: list[tuple[int, int, float, Via]] = []
    for (k0, m0), (k1, m1) in itertools.pairwise(chain):
        for kind in ("name", "word"):
            free_s = [k for k in range(k0 + 1, k1) if k not in linked_s and kinds[0][k] == kind]
            free_t = [m for m in range(m0 + 1, m1) if m not in linked_t and kinds[1][m] == kind]
            found.extend((k, m, _POSITION_SCORE, "position") for k, m in _spread(free_s, free_t))
    # Reordered words (an object moved before its verb) leave words on both sides outside any
    # one stretch: what is still unlinked on both sides of the bead pairs up by relative place.
    linked_s.update(k for k, *_ in found)
    linked_t.update(m for _, m, *_ in found)
    for kind in ("name", "word"):
        free_s = [k for k in range(len(source)) if k not in linked_s and kinds[0][k] == kind]
        free_t = [m for m in range(len(target)) if m not in linked_t and kinds[1][m] == kind]
        pairs = _nearest_pairs(free_s, free_t, len(source), len(target))
        found.extend((k, m, _POSITION_SCORE, "position") for k, m in pairs)
    return found


def _attached(
    links: Sequence[tuple[int, int, float, Via]], candidates: Sequence[Candidate]
) -> list[tuple[int, int, float, Via]]:
    """Words of a multi-word rendering beside a linked word: Нью-Йорку ~ New York, Чехії ~
    Czech Republic. A free word next to the partner of a linked word, that the matcher relates
    to that word at all (a weaker score: another word of the same translation), links to it
    too, so one word may render two."""
    partner_s = {k: m for k, m, *_ in links}
    partner_t = {m: k for k, m, *_ in links}
    found: list[tuple[int, int, float, Via]] = []
    for value, k, m, via in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if value <= 0:
            continue
        if k in partner_s and m not in partner_t and abs(partner_s[k] - m) == 1:
            partner_t[m] = k
            found.append((k, m, value, via))
        elif m in partner_t and k not in partner_s and abs(partner_t[m] - k) == 1:
            partner_s[k] = m
            found.append((k, m, value, via))
    return found


def _grouped_numbers(
    source: Sequence[Token], target: Sequence[Token], links: Sequence[tuple[int, int, float, Via]]
) -> list[tuple[int, int, float, Via]]:
    """«299 200» ~ 299,200: Ukrainian groups thousands with a space, so one number is several
    tokens; a run of free digit tokens (1–3 digits, then groups of three) whose value is a free
    number token's on the other side links every token of the run to it."""
    linked = ({k for k, *_ in links}, {m for _, m, *_ in links})
    found: list[tuple[int, int, float, Via]] = []
    for own, other, side in ((source, target, 0), (target, source, 1)):
        values: dict[float, int] = {}
        for at, token in enumerate(other):
            value = _plain_number(token.text)
            if value is not None and at not in linked[1 - side]:
                values.setdefault(value, at)
        if not values:
            continue
        for run in _digit_runs(own, linked[side]):
            value = float("".join(own[k].text for k in run))
            partner = values.pop(value, None)
            if partner is not None:
                found.extend(
                    (k, partner, 1.0, "number") if side == 0 else (partner, k, 1.0, "number")
                    for k in run
                )
    return found


def _plain_number(text: str) -> float | None:
    digits = text.strip("$€£₴").replace(",", "").replace("\u00a0", "").replace("\u202f", "")
    return float(digits) if digits.isdigit() else None


def _digit_runs(words: Sequence[Token], linked: set[int]) -> list[list[int]]:
    """Runs of free tokens that spell one space-grouped number: 299 200, 1 500 000."""
    runs: list[list[int]] = []
    k = 0
    while k < len(words):
        if k in linked or not _GROUP_HEAD_RE.match(words[k].text):
            k += 1
            continue
        run = [k]
        while (
            run[-1] + 1 < len(words)
            and run[-1] + 1 not in linked
            and _GROUP_RE.match(words[run[-1] + 1].text)
            and words[run[-1] + 1].start - words[run[-1]].end == 1
        ):
            run.append(run[-1] + 1)
        if len(run) > 1:
            runs.append(run)
        k = run[-1] + 1
    return runs


def _number_words(
    source: Sequence[Token], target: Sequence[Token], links: Sequence[tuple[int, int, float, Via]]
) -> list[tuple[int, int, float, Via]]:
    """«2024 року», «500 мільйонів євро» ~ €500 million: the word for "year" after a linked year,
    and a currency word after a linked number whose partner carries the currency's sign (past
    a linked scale word), go with the number's link: English says the year alone and writes the
    sign."""
    found: list[tuple[int, int, float, Via]] = []
    linked = ({k for k, *_ in links}, {m for _, m, *_ in links})
    for k, m, value, via in links:
        if via != "number":
            continue
        for own, at, partner, side in ((source, k, target[m], 0), (target, m, source[k], 1)):
            near = _unit_word(own, at, linked[side], partner.text[:1] in _CURRENCY_SIGNS)
            if near is not None:
                found.append((near, m, value, "number") if side == 0 else (k, near, value, via))
    return found


def _unit_word(words: Sequence[Token], at: int, linked: set[int], signed: bool) -> int | None:
    """The index of the free year or currency word that goes with the number at ``at``."""
    after = at + 1
    if after < len(words) and after not in linked and _YEAR_RE.match(words[after].text.lower()):
        return after
    if not signed:
        return None
    for near in (after, after + 1):
        if (
            near < len(words)
            and near not in linked
            and _CURRENCY_RE.match(words[near].text.lower())
        ):
            return near
        if near not in linked:
            break  # only a linked word (the scale: мільйонів) may stand between
    return None


def _nearest_pairs(
    free_s: list[int], free_t: list[int], size_s: int, size_t: int
) -> list[tuple[int, int]]:
    """Pairs of free words whose relative places in the bead differ by at most
    :data:`_REORDER_REACH`, closest first, one to one: reordering moves words a little, it
    does not carry the end of a sentence to its start."""
    span_s, span_t = max(size_s - 1, 1), max(size_t - 1, 1)
    close = sorted(
        (abs(k / span_s - m / span_t), k, m)
        for k in free_s
        for m in free_t
        if abs(k / span_s - m / span_t) <= _REORDER_REACH
    )
    used_s: set[int] = set()
    used_t: set[int] = set()
    pairs = []
    for _, k, m in close:
        if k not in used_s and m not in used_t:
            used_s.add(k)
            used_t.add(m)
            pairs.append((k, m))
    return pairs


def _spread(free_s: list[int], free_t: list[int]) -> list[tuple[int, int]]:
    """Pair the shorter list with the longer one in order, each at its nearest relative place."""
    if not free_s or not free_t:
        return []
    if len(free_s) <= len(free_t):
        step = len(free_t) / len(free_s)
        return [(k, free_t[int((n + 0.5) * step)]) for n, k in enumerate(free_s)]
    step = len(free_s) / len(free_t)
    return [(free_s[int((n + 0.5) * step)], m) for n, m in enumerate(free_t)]


def link_bead(
    source_text: str,
    source: Sequence[Token],
    target_text: str,
    target: Sequence[Token],
    phrases: Sequence[tuple[int, int, float, Via]],
    candidates: Sequence[Candidate],
    langs: tuple[str, str],
    names: tuple[set[int], set[int]],
    by_position: bool,
    known: OrdinaryTest,
) -> list[WordLink]:
    """The word links of one bead: the links of phrases, competitive links among the words
    they leave, then, if ``by_position``, links by place.

    ``names`` are the indices of the words of each side that may be names.
    """
    taken_s = {k for k, *_ in phrases}
    taken_t = {m for _, m, *_ in phrases}
    free = [c for c in candidates if c[1] not in taken_s and c[2] not in taken_t]
    links = [*phrases, *link_competitively(source, target, free)]
    links = sorted(
        [
            *links,
            *_attached(links, candidates),
            *_number_words(source, target, links),
            *_grouped_numbers(source, target, links),
        ]
    )
    if by_position and links:
        kinds = (
            [word_kind(t, langs[0], k in names[0], known) for k, t in enumerate(source)],
            [word_kind(t, langs[1], m in names[1], known) for m, t in enumerate(target)],
        )
        links = sorted([*links, *_by_position(source, target, links, kinds)])
    return word_links(source_text, target_text, source, target, links)


def word_links(
    source_text: str,
    target_text: str,
    source: Sequence[Token],
    target: Sequence[Token],
    links: Iterable[tuple[int, int, float, Via]],
) -> list[WordLink]:
    """``(source index, target index, score, via)`` links as :class:`WordLink` objects."""
    return [
        WordLink(
            source=Span.of(source_text, source[k].start, source[k].end),
            target=Span.of(target_text, target[m].start, target[m].end),
            score=round(min(value, 1.0), 4),
            via=Evidence(via),
        )
        for k, m, value, via in links
    ]
