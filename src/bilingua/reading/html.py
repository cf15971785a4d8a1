"""HTML to text that keeps the page's structure: blocks become paragraphs, boilerplate goes.

The page is parsed with lxml (libxml2's HTML parser) and walked once, element by element:

- The article is looked for first: the ``<main>`` element (or ``role="main"``), and inside it
  (or the body) the largest ``<article>`` when it holds most of the text (:data:`ARTICLE_SHARE`);
  without either, the body.
- Block elements (``p``, ``div``, ``blockquote``, ``li``, headings, ``figcaption``, ``section``,
  table rows…) end a paragraph: one blank line between them; ``<br>`` ends a line and two in a
  row a paragraph; ``<pre>`` keeps its spacing; character entities are decoded by the parser.
- Dropped: scripts, styles, forms' controls, ``nav``, ``aside``, page ``header``\\s (not inside
  the article), ``footer``\\s (not inside a blockquote, where HTML5 signs a quotation), hidden
  elements, landmark roles of page chrome (``navigation``, ``banner``, ``contentinfo``,
  ``complementary``, ``dialog``…), elements whose class or id names chrome (cookie and consent
  banners, menus, share bars, related stories, comments, ads, newsletters) unless they hold half
  the page's text; and paragraphs that are nearly all link text (:mod:`bilingua.reading._text`).
- Embedded posts become a paragraph of their own with a signature line
  (:mod:`bilingua.reading.widgets`); the ``lang`` attributes of elements (not of ``<html>``, which
  says what the site is, not what a quotation is) become language hints with exact offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bilingua.errors import InputError
from bilingua.reading._text import TextBuilder
from bilingua.reading.widgets import Embed, embed_of, lang_of

__all__ = ["ARTICLE_SHARE", "PageText", "page_text"]

# The largest <article> is the story when it holds this share of the scope's text; below it the
# <article>s are teasers of other stories beside a story written in plain <div>s.
ARTICLE_SHARE = 0.4
# An element whose class names chrome is kept when it holds this share of the page's text: it
# is a wrapper (`<div class="page has-sidebar">`), not the chrome itself.
_WRAPPER_SHARE = 0.5
_BLOCKS = frozenset(
    "address article blockquote center dd details dir div dl dt fieldset figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu ol p pre section summary "
    "table caption tbody thead tfoot ul".split()
)
_LINES = frozenset({"tr"})
_CELLS = frozenset({"td", "th"})
_SKIPPED = frozenset(
    "script style noscript template svg math canvas iframe object embed applet button select "
    "option textarea input nav aside head title audio video map area source track picture "
    "dialog frameset frame".split()
)
_CHROME_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar "
    "toolbar tablist".split()
)
_CHROME_WORDS = frozenset(
    "nav navbar navigation menu submenu breadcrumb breadcrumbs footer sidebar related "
    "recommended recommendations promo ad ads advert adverts sponsored share sharing social "
    "comments comment popup modal overlay subscribe subscription newsletter skip tags "
    "adsbygoogle banner".split()
)
_CHROME_PARTS = (
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "advert",
    "paywall",
    "breadcrumb",
    "sign-in",
)
_HIDDEN_CLASSES = frozenset(
    "sr-only visually-hidden screen-reader-text hidden hide d-none invisible".split()
)
_WORD_SPLIT_RE = re.compile(r"[\s_-]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION_RE = re.compile(r"\A\ufeff?\s*<\?xml[^>]*>")


@dataclass(frozen=True)
class PageText:
    """What a page gives: its text, language hints ``(start, end, lang)``, canonical URL and
    the URLs of embeds whose text it does not hold."""

    text: str
    hints: list[tuple[int, int, str]]
    url: str | None
    unread_embeds: list[str]


def page_text(markup: str, name: str) -> PageText:
    """The article text of a page (see the module docstring).

    Raises:
        InputError: the markup cannot be parsed, or no article text is left.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION_RE.sub("", markup))
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"{name}: cannot be read as HTML ({error})") from None
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)  # their tails stay
    scope = _content_root(root)
    walk = _Walk(scope)
    walk.run()
    text, hints = walk.out.finish()
    if not text.strip():
        raise InputError(
            f"{name}: no article text in the page (all of it is navigation, scripts or "
            "other boilerplate; see docs/input.md)"
        )
    return PageText(text, hints, _canonical_url(root), walk.unread)


def _text_size(element: Any) -> int:
    return len("".join(element.itertext()).split())


def _content_root(root: Any) -> Any:
    """The element that holds the story: main, the largest article in it, or the body."""
    mains = root.xpath("//main | //*[@role='main']")
    body = root.find("body")
    scope = mains[0] if mains else body if body is not None else root
    articles = [
        a for a in scope.iter("article") if not any(p.tag == "article" for p in a.iterancestors())
    ]
    if articles:
        sizes = [_text_size(article) for article in articles]
        best = max(range(len(articles)), key=sizes.__getitem__)
        if sizes[best] >= ARTICLE_SHARE * max(_text_size(scope), 1):
            return articles[best]
    return scope


def _canonical_url(root: Any) -> str | None:
    for link in root.xpath(
        "//link[@rel='canonical'][@href] | //meta[@property='og:url'][@content]"
    ):
        url = link.get("href") or link.get("content")
        if url and url.startswith(("http://", "https://")):
            return str(url)
    return None


class _Walk:
    """One pass over the content root, writing its text."""

    def __init__(self, scope: Any) -> None:
        self.scope = scope
        self.out = TextBuilder()
        self.unread: list[str] = []
        self.page_words = max(_text_size(scope), 1)
        self.articles = int(scope.tag in ("article", "main") or scope.get("role") == "main")
        self.langs: list[tuple[Any, str | None]] = []
        self.links = 0  # depth of <a href>
        self.pre = 0  # depth of <pre>
        self.quotes = 0  # depth of <blockquote>

    def run(self) -> None:
        from lxml import etree

        walker = etree.iterwalk(self.scope, events=("start", "end"))
        skipped: Any = None  # the element whose inside was skipped: its end only adds its tail
        for event, element in walker:
            tag = element.tag if isinstance(element.tag, str) else ""
            if event == "start":
                if self._start(element, tag):
                    walker.skip_subtree()
                    skipped = element
            elif element is skipped:
                self._add(element.tail)
            elif element is not self.scope:
                self._end(element, tag)

    def _lang(self) -> str | None:
        return self.langs[-1][1] if self.langs else None

    def _add(self, text: str | None) -> None:
        if text:
            if self.pre:
                self.out.add_raw(text, self._lang())
            else:
                self.out.add(text, self._lang(), link=self.links > 0)

    def _start(self, element: Any, tag: str) -> bool:
        """Open ``element``; True when its inside is done (dropped, or an embed written)."""
        embed = embed_of(element)
        if embed is not None:
            self._embed(embed)
            return True
        if element is not self.scope and self._dropped(element, tag):
            return True
        if tag in _BLOCKS:
            self.out.paragraph()
        elif tag in _LINES:
            self.out.line()
        elif tag in _CELLS:
            self._add(" ")
        elif tag == "br":
            self.out.paragraph() if self.out.pending_line() else self.out.line()
        elif tag == "q":
            self._add("“")
        if element.get("lang") is not None:
            self.langs.append((element, lang_of(element)))
        self.links += tag == "a" and element.get("href") is not None
        self.pre += tag == "pre"
        self.quotes += tag == "blockquote"
        self.articles += tag in ("article", "main")
        self._add(element.text)
        return False

    def _end(self, element: Any, tag: str) -> None:
        if self.langs and self.langs[-1][0] is element:
            self.langs.pop()
        self.links -= tag == "a" and element.get("href") is not None
        self.pre -= tag == "pre"
        self.quotes -= tag == "blockquote"
        self.articles -= tag in ("article", "main")
        if tag in _BLOCKS:
            self.out.paragraph()
        elif tag in _LINES:
            self.out.line()
        elif tag == "q":
            self._add("”")
        self._add(element.tail)

    def _dropped(self, element: Any, tag: str) -> bool:
        if tag in _SKIPPED or not tag:
            return True
        if tag == "header" and not self.articles:
            return True
        if tag == "footer" and not self.quotes:
            return True
        if element.get("hidden") is not None or element.get("aria-hidden") == "true":
            return True
        if _HIDDEN_STYLE_RE.search(element.get("style") or ""):
            return True
        if (element.get("role") or "").lower() in _CHROME_ROLES:
            return True
        classes = (element.get("class") or "").lower()
        if set(classes.split()) & _HIDDEN_CLASSES:
            return True
        named = f"{classes} {(element.get('id') or '').lower()}"
        words = set(_WORD_SPLIT_RE.split(named))
        if words & _CHROME_WORDS or any(part in named for part in _CHROME_PARTS):
            return _text_size(element) < _WRAPPER_SHARE * self.page_words
        return False

    def _embed(self, embed: Embed) -> None:
        if not embed.lines or embed.signature is None:
            if embed.url and not embed.lines:
                self.unread.append(embed.url)
            for text, lang in embed.lines:  # text without a signature: an unsigned block
                self.out.paragraph()
                self.out.add(text, lang or self._lang())
            self.out.paragraph()
            return
        self.out.paragraph()
        for text, lang in embed.lines:
            self.out.line()
            self.out.add(text, lang, keep=True)
        self.out.line()
        self.out.add(embed.signature, keep=True)
        self.out.paragraph()
