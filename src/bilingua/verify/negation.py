"""Negation findings: a predicate negated on one side of the pair and not on the other.

A negation (:mod:`bilingua.lexicon.polarity`) negates the words it stands before: its *scope*
is the next two content words of its clause (``не відкриває``, ``is not very weak``,
``wouldn’t load and open``), and for ``ніхто``/``nothing``-like words the word itself too;
Ukrainian ``ніхто не``, ``нічого не`` are one negation. A negation is *answered* when a word of
its scope is linked (:mod:`bilingua.align`) to a word that a negation of the other side scopes
over, or that has a weak negation next to it (``without``, ``fail``, ``un-``; ``без``) or is
negative in itself (``неможливо`` ~ ``impossible``).

- A negation whose scope has a linked word, unanswered: the linked predicate is negated on one
  side only — a reversed statement, the worst a rendering can do (error).
- A negation whose scope has no linked word cannot be placed; if the other side of its sentence
  link has no negation at all, it is reported as a warning.

A «не» that English renders without a negation (а не, поки не, не лише, мало не, не старше) and
an English "No." before a number are not negations; а не, не лише and не старше still answer a
negation linked to their words (а не моя ~ not mine).

Each side of a link is counted: negations in form, plus words that hold a negation in their
meaning (*implicit* negations: ``scarce``, ``failed``, ``without``, ``unable``; ``відмовився``,
``без``). Only what one side says more than the other is reported, among its negations in form,
so «не вистачає» ~ "scarce" is no flip while a "not" added beside it still is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bilingua.align import ordinary_test
from bilingua.align._units import OrdinaryTest
from bilingua.lexicon.polarity import is_implicit_negation, is_negation, is_weak_negation
from bilingua.match import content_words
from bilingua.model import Finding, FindingKind, SentenceLink, Severity, Span, Token
from bilingua.verify._side import Context, Side

__all__ = ["negation_findings"]

_NEGATIVE_PREFIXES: dict[str, tuple[str, ...]] = {
    "uk": ("не",),
    "en": ("un", "im", "in", "non", "non-"),
}
# The prefixes that negate nearly every word they stand before, so that the word may stand
# for a negation of its own (_optional): in-/im- also make inform, import, income, and
# Ukrainian не- makes words rendered without a negation (невеликий: small, незабаром: soon),
# but for its predicatives in -о (неможливо, невідомо: _optional).
_STRICT_PREFIXES: dict[str, tuple[str, ...]] = {"en": ("un", "non", "non-")}
_SCOPE_WORDS = 2  # content words after a negation that it negates
_NEAR = 3  # tokens around a linked word within which a weak negation answers
_UK_IDLE_BEFORE = frozenset("а поки доки ледь мало чи".split())
_UK_IDLE_AFTER = frozenset("лише тільки лиш стільки більше менше старше раніше пізніше".split())
_UK_CLAUSE_JOINERS = frozenset("і й та а але проте бо що щоб якщо коли".split())
_AFTER_PREDICATE = frozenset("немає нема ні".split())  # negate what stands before them
_EXISTENTIAL = frozenset("буде було були буду будуть є".split())  # не буде: there will be no
_CLAUSE_ENDS = frozenset(',;:.!?…—–()«»“”"')
_SELF_SCOPED = frozenset(
    "ні ніколи ніде нікуди ніхто нікого нікому ніким ніщо нічого нічому нічим немає нема "
    "nobody nothing none nowhere neither nor never no".split()
)


@dataclass(frozen=True)
class _Negation:
    token: Token
    scope: tuple[Token, ...]


def _negations(side: Side, span: Span) -> tuple[list[_Negation], list[_Negation], list[Token]]:
    """The negations of a sentence link's side with their scopes, the negation words that
    negate nothing here (а не, не лише: rendered without a negation, or with one), and all
    its tokens."""
    tokens = side.tokens_in(span)
    content = {id(t) for t in content_words(tokens, side.lang)}
    found: list[_Negation] = []
    idle: list[_Negation] = []
    at: list[int] = []  # the index of each negation's word
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if not is_negation(word, side.lang):
            continue
        scope = _scope(tokens, index, content, side.lang)
        if _idle(side.lang, tokens, index):
            if _either_way(side.lang, tokens, index):
                idle.append(_Negation(token, scope))
            continue
        concord = (
            (
                side.lang == "uk"
                and word == "не"
                and found
                and found[-1].token.text.lower() != "не"
                and index - at[-1] <= _NEAR
            )
            or (side.lang == "en" and word == "nor" and bool(found))
            or (
                side.lang == "en"
                and word == "no"
                and found
                and found[-1].token.text.lower() == "no"
                and tokens[index - 1].text.lower() in ("and", "or", ",")
                and index - at[-1] <= _NEAR + 1
            )
        )
        if concord:
            # ніхто не прийшов, жодних виплат не отримала, not … nor, no food and no water:
            # one negation
            previous = found.pop()
            found.append(_Negation(previous.token, previous.scope + scope))
            continue
        found.append(_Negation(token, scope))
        at.append(index)
    return found, idle, tokens


def _scope(tokens: Sequence[Token], index: int, content: set[int], lang: str) -> tuple[Token, ...]:
    """The words the negation at ``index`` negates."""
    token = tokens[index]
    word = token.text.lower()
    scope = [token] if word in _SELF_SCOPED else []
    following_word = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    if word in _AFTER_PREDICATE or (word == "не" and following_word in _EXISTENTIAL):
        # звичаю немає, графіків не буде: what does not exist stands before the negation
        scope.extend(_before(tokens, index, content))
    for following in tokens[index + 1 :]:
        if _ends_scope(following, lang) or len(scope) >= _SCOPE_WORDS + 1:
            break
        if id(following) in content:
            scope.append(following)
    return tuple(scope)


def _ends_scope(token: Token, lang: str) -> bool:
    """A clause mark, another negation, or a Ukrainian conjunction joining clauses (English
    keeps one negation over coordinated verbs: wouldn't load and open)."""
    word = token.text.lower()
    return (
        token.text in _CLAUSE_ENDS
        or is_negation(word, lang)
        or (lang == "uk" and word in _UK_CLAUSE_JOINERS)
        or (lang == "en" and word == "but")
    )


def _before(tokens: Sequence[Token], index: int, content: set[int]) -> list[Token]:
    """Up to :data:`_SCOPE_WORDS` + 1 content words before ``index`` in its clause."""
    found: list[Token] = []
    for token in reversed(tokens[:index]):
        if token.text in _CLAUSE_ENDS or len(found) > _SCOPE_WORDS:
            break
        if id(token) in content:
            found.append(token)
    return found[::-1]


def _idle(lang: str, tokens: Sequence[Token], index: int) -> bool:
    word = tokens[index].text.lower()
    before = tokens[index - 1].text.lower() if index else ""
    after = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    if lang == "uk":
        if word == "ні" and before == "чи":
            return True  # чи ні: "or not", a question's tail
        if before == "без" and word != "не":
            return True  # без жодних пояснень: without any explanation, one negation in "без"
        return word == "не" and (before in _UK_IDLE_BEFORE or after in _UK_IDLE_AFTER)
    if word == "no" and (after[:1] in (".", "#") or after[:1].isdigit()):
        return True  # No. 1
    tail = [t.text for t in tokens[index + 1 : index + 3]]
    if tail[:1] == ["until"] or (tail[:1] == ["help"] and word.endswith(("n't", "n’t"))):
        return True  # it wasn't until (only after), couldn't help thinking: said without не
    # a tag question: "…, can't you?", "…, or not?"
    return (word.endswith(("n't", "n’t")) and len(tail) == 2 and tail[1] == "?") or (
        word == "not" and before == "or" and tail[:1] == ["?"]
    )


def _either_way(lang: str, tokens: Sequence[Token], index: int) -> bool:
    """An idle negation that the other language says with a negation as often as without:
    а не (not / rather than), не лише (not only / as well as), не стільки (not so much /
    rather), не старше (no older than / as young as); couldn't help (не змогла втримати /
    мимоволі), wasn't until (не раніше ніж / лише після). Чи ні, No. 1 and tag questions negate
    nothing either way."""
    before = tokens[index - 1].text.lower() if index else ""
    after = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    if lang == "en":
        return after in ("help", "until")
    return before == "а" or after in _UK_IDLE_AFTER


@dataclass(frozen=True)
class _LinkSide:
    """One side of a sentence link as the negation check reads it."""

    side: Side
    tokens: list[Token]
    negations: list[_Negation]
    scoped: frozenset[tuple[int, int]]
    optional: int  # words that may stand for a negation of the other side (_optional)

    @classmethod
    def of(cls, side: Side, span: Span, ordinary: OrdinaryTest) -> _LinkSide:
        negations, idle, tokens = _negations(side, span)
        # an idle negation's words answer a negation linked to them (а не моя ~ not mine),
        # though it demands none (а не через 60 днів ~ rather than after 60 days)
        scoped = frozenset((t.start, t.end) for n in (*negations, *idle) for t in n.scope)
        optional = sum(_optional(t, side.lang, ordinary) for t in tokens)
        if side.lang == "en":
            # couldn't help may stand for «не змогла»; an idle Ukrainian «а не» may not stand
            # for an English "not" (rather than is the commoner rendering)
            optional += len(idle)
        return cls(side, tokens, negations, scoped, optional)


def _optional(token: Token, lang: str, ordinary: OrdinaryTest) -> bool:
    """A word that renders a negation without one in form: its meaning holds it (failed,
    without, відмовився) or a negating prefix does (unable, nonexistent; неможливо, невідомо:
    a Ukrainian predicative in -о, which English says with "not" or "can't")."""
    if is_implicit_negation(token.text, lang) or _negative(token, lang, ordinary, _STRICT_PREFIXES):
        return True
    return lang == "uk" and token.text.lower().endswith("о") and _negative(token, lang, ordinary)


def _answered(
    negation: _Negation,
    partners: dict[tuple[int, int], Span],
    other: _LinkSide,
    context: Context,
) -> tuple[bool | None, Span | None]:
    """Whether the other side negates where this negation's scope is rendered, and where the
    links of meaning place that rendering; None when no word of the scope is linked."""
    lang = other.side.lang
    ordinary = ordinary_test(context.matcher.lexicon)
    starts = {t.start: k for k, t in enumerate(other.tokens)}
    linked = [partners[t.start, t.end] for t in negation.scope if (t.start, t.end) in partners]
    placed = [
        partners[t.start, t.end]
        for t in negation.scope
        if (t.start, t.end) in partners and _placing(context, t)
    ]
    if not linked:
        return None, None
    for partner in linked:
        if (partner.start, partner.end) in other.scoped:
            return True, partner
        at = starts.get(partner.start)
        if at is None or partner not in placed:
            continue  # a word negative in meaning answers only where a link of meaning places
        near = other.tokens[max(0, at - _NEAR) : at + _NEAR + 1]
        if any(
            is_weak_negation(t.text, lang)
            or is_implicit_negation(t.text, lang)
            or _negative(t, lang, ordinary)
            for t in near
        ):
            return True, partner
    # only a link of meaning places the negated words; a link by position is no proof
    return False, placed[0] if placed else None


def _placing(context: Context, token: Token) -> bool:
    """Whether ``token`` has a word link of meaning (not by position)."""
    return (token.start, token.end) in context.meaning_linked


def _negative(
    token: Token,
    lang: str,
    ordinary: OrdinaryTest,
    prefixes_of: dict[str, tuple[str, ...]] = _NEGATIVE_PREFIXES,
) -> bool:
    """Negative in itself by a prefix on a word the lexicon knows: неможливо (можливо),
    unable (able), impossible (possible), nonexistent — not небо, understand, information."""
    word = token.text.lower()
    prefixes = prefixes_of.get(lang, ())
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) >= 4
        and ordinary(word[len(prefix) :], lang)
        for prefix in prefixes
    )


def negation_findings(context: Context) -> Iterator[Finding]:
    for link in context.alignment.sentences:
        yield from _link_findings(context, link)


def _link_findings(context: Context, link: SentenceLink) -> Iterator[Finding]:
    """The negations of one side of a link that the other side does not have as many of."""
    ordinary = ordinary_test(context.matcher.lexicon)
    here_s = _LinkSide.of(context.source, link.source, ordinary)
    here_t = _LinkSide.of(context.target, link.target, ordinary)
    if not here_s.negations and not here_t.negations:
        return
    partners_s, partners_t = context.partners
    for mine, partners, other, from_source in (
        (here_s, partners_s, here_t, True),
        (here_t, partners_t, here_s, False),
    ):
        # a negation said in form on one side may be said in meaning on the other (не вистачає
        # ~ scarce is no flip; не вийде ~ unable): both kinds are counted, and what one side
        # says more than the other is reported among its negations in form
        surplus = min(
            len(mine.negations),
            len(mine.negations) + mine.optional - len(other.negations) - other.optional,
        )
        if surplus <= 0:
            continue
        judged = [(n, *_answered(n, partners, other, context)) for n in mine.negations]
        # the surplus is reported where the links show it best: placed and unanswered first
        unanswered = [item for item in judged if not item[1]]
        unanswered.sort(key=lambda item: item[2] is None)
        for negation, _, rendered in unanswered[:surplus]:
            yield _finding(context, link, negation, from_source, rendered)


def _finding(
    context: Context,
    link: SentenceLink,
    negation: _Negation,
    from_source: bool,
    rendered: Span | None,
) -> Finding:
    """``rendered``: where the other side renders the negated words, if the links tell."""
    token = negation.token
    words = " ".join(t.text for t in (token, *negation.scope) if t is not token)
    what = f"{token.text} {words}".strip()
    here = Span.of(
        context.source.text if from_source else context.target.text, token.start, token.end
    )
    if from_source:
        message = f"the source negates ({what}), the rendering does not"
        where_s, where_t = here, rendered or link.target
    else:
        message = f"the rendering negates ({what}), the source does not"
        where_s, where_t = rendered or link.source, here
    return Finding(
        kind=FindingKind.NEGATION,
        severity=Severity.ERROR if rendered is not None else Severity.WARNING,
        message=message,
        source=where_s,
        target=where_t,
    )
