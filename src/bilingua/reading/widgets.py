"""Embedded posts in a page: tweets, Telegram and Facebook posts, as the widgets' markup has them.

Each embed becomes one paragraph: the post's text (its lines kept), then on a line of its own a
signature in the form the quotes stage reads (:mod:`bilingua.quotes.embeds`)::

    Поговорив з @JosepBorrell про …
    — Дмитро Кулеба (@DmytroKuleba) April 14, 2022

Recognised (before the widget's script has run, and after, where the page holds the text):

- Twitter/X: ``<blockquote class="twitter-tweet"><p lang="uk">…</p>&mdash; Name (@handle)
  <a href="…/status/…">March 6, 2022</a></blockquote>``;
- Telegram: ``<blockquote class="telegram-post" data-telegram-post="channel/123">`` with the
  post's text, and the rendered widget (``div.tgme_widget_message``, as t.me/s/ pages have it);
- Facebook: ``<div class="fb-post">`` / ``<blockquote class="fb-xfbml-parse-ignore"><p>…</p>
  Posted by <a>Name</a> on <a>Date</a></blockquote>``.

A widget whose text the page does not hold — the Telegram script alone, a rendered tweet's
iframe, a Facebook plugin iframe — gives no text; its URL is listed in
:attr:`~bilingua.model.Provenance.unread_embeds`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["Embed", "embed_of", "lang_of"]

_HANDLE_RE = re.compile(
    r"(?P<name>[^()\n]*?)\s*\(\s*@(?P<handle>\w{1,50})\s*\)\s*(?P<rest>.*)", re.S
)
_STATUS_RE = re.compile(r"(?:twitter|x)\.com/(?P<handle>\w{1,50})/status(?:es)?/(?P<id>\d+)")
_DASHES = "—–-‒― \t\n\xa0"
_WEEKDAY_RE = re.compile(r"^[^\W\d_]+,\s+(?=\S*\d|\S+\s+\d)")  # "Sunday, March 6, 2022"
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_POSTED_BY_RE = re.compile(r"^\s*(?:posted by|опубліковано|допис від)\s*", re.IGNORECASE)
_LANG_RE = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]+)*$")


@dataclass
class Embed:
    """A post embedded in a page: its lines of text and the signature to write after them."""

    platform: str
    url: str | None = None
    lines: list[tuple[str, str | None]] = field(default_factory=list)  # (text, declared lang)
    signature: str | None = None


def lang_of(element: Any) -> str | None:
    """The ISO 639-1 code of an element's ``lang`` attribute (``uk-UA`` → ``uk``), if any."""
    value = (element.get("lang") or "").strip().lower()
    match = _LANG_RE.match(value)
    return match.group(1) if match else None


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def embed_of(element: Any) -> Embed | None:
    """The embed ``element`` is, or None when it is none."""
    tag, classes = element.tag, _classes(element)
    if tag == "blockquote" and classes & {"twitter-tweet", "twitter-video", "nojs-tweet"}:
        return _tweet(element)
    if "twitter-tweet-rendered" in classes or (tag == "iframe" and _is_tweet_frame(element)):
        return Embed("twitter", _tweet_frame_url(element))
    if element.get("data-telegram-post") is not None:
        return _telegram_post(element)
    if "tgme_widget_message" in classes and element.get("data-post"):
        return _telegram_widget(element)
    if "fb-post" in classes or (tag == "blockquote" and "fb-xfbml-parse-ignore" in classes):
        return _facebook(element)
    if tag == "iframe" and "facebook.com/plugins/post" in (element.get("src") or ""):
        href = parse_qs(urlsplit(element.get("src")).query).get("href", [None])[0]
        return Embed("facebook", href)
    return None


# --- text of a post -----------------------------------------------------------------------


def _lines(element: Any, skip: frozenset[str] = frozenset()) -> list[tuple[str, str | None]]:
    """The lines of text inside ``element`` (``<br>`` and blocks end a line), each with the
    language declared where it starts. Elements with a class in ``skip`` are left out (a
    widget's chrome around the post's text), and so are scripts and styles."""
    from lxml import etree

    lines: list[tuple[str, str | None]] = []
    current: list[str] = []
    langs: list[tuple[Any, str | None]] = [(element, lang_of(element))]
    line_lang: list[str | None] = []  # the language where the current line's text starts

    def add(text: str | None) -> None:
        if text and not current and text.strip():
            line_lang[:] = [langs[-1][1]]
        if text and (current or text.strip()):
            current.append(text)

    def end_line() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append((text, line_lang[0] if line_lang else None))
        current.clear()

    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        inner = node is not element
        if event == "start":
            if inner and (_classes(node) & skip or node.tag in ("script", "style")):
                walker.skip_subtree()
                continue
            if node.tag == "br" or (inner and node.tag in ("p", "div")):
                end_line()
            if node.tag == "img" and "emoji" in (node.get("class") or "").lower():
                add(node.get("alt"))
            if inner and node.get("lang") is not None:
                langs.append((node, lang_of(node)))
            add(node.text)
            continue
        if not inner:
            break
        if langs[-1][0] is node:
            langs.pop()
        if node.tag in ("p", "div"):
            end_line()
        add(node.tail)
    end_line()
    return lines


def _date_text(text: str) -> str:
    """A date as the quotes stage reads it: ``Sunday, March 6, 2022`` → ``March 6, 2022``."""
    text = " ".join(text.split())
    if _ISO_DATE_RE.match(text):
        return text[:10]
    return _WEEKDAY_RE.sub("", text)


def _signature(name: str | None, handle: str, date: str | None) -> str:
    parts = [f"— {name or handle.lstrip('@').split('/')[-1]}", f"({handle})"]
    return " ".join([*parts, date] if date else parts)


# --- Twitter ------------------------------------------------------------------------------


def _tweet(element: Any) -> Embed:
    """``<blockquote class="twitter-tweet">``: the ``<p>`` is the tweet, the rest signs it."""
    paragraphs = element.findall(".//p")
    lines = [line for p in paragraphs for line in _lines(p)]
    links = [a for a in element.iter("a") if _STATUS_RE.search(a.get("href") or "")]
    status = _STATUS_RE.search(links[-1].get("href")) if links else None
    url = links[-1].get("href").split("?")[0] if links else None
    outside = "".join(_texts_outside(element, paragraphs))
    signed = _HANDLE_RE.search(outside.lstrip(_DASHES))
    handle = signed["handle"] if signed else status["handle"] if status else None
    if not lines or handle is None:
        return Embed("twitter", url, lines)
    name = signed["name"].strip(_DASHES) if signed else None
    date = links[-1].text_content() if links else signed["rest"] if signed else None
    return Embed("twitter", url, lines, _signature(name, "@" + handle, _date_text(date or "")))


def _texts_outside(element: Any, inner: list[Any]) -> list[str]:
    """The text of ``element`` that is not inside any of ``inner``, in document order."""
    from lxml import etree

    texts = [element.text or ""]
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if node is element:
            continue
        if event == "start":
            if any(node is other for other in inner):
                walker.skip_subtree()
            else:
                texts.append(node.text or "")
        else:
            texts.append(node.tail or "")
    return texts


def _is_tweet_frame(element: Any) -> bool:
    src = element.get("src") or ""
    return "platform.twitter.com/embed" in src or element.get("id", "").startswith("twitter-widget")


def _tweet_frame_url(element: Any) -> str | None:
    tweet_id = element.get("data-tweet-id")
    frame = element if element.tag == "iframe" else next(element.iter("iframe"), None)
    if tweet_id is None and frame is not None:
        tweet_id = parse_qs(urlsplit(frame.get("src") or "").query).get("id", [None])[0]
    return f"https://twitter.com/i/status/{tweet_id}" if tweet_id else None


# --- Telegram -----------------------------------------------------------------------------


def _telegram_post(element: Any) -> Embed:
    """``data-telegram-post="channel/123"``: on a blockquote with the post's text, or on the
    widget's script alone (no text: unread)."""
    post = element.get("data-telegram-post") or ""
    channel = post.split("/")[0]
    url = f"https://t.me/{post}"
    if element.tag == "script" or not channel:
        return Embed("telegram", url)
    paragraphs = element.findall(".//p")
    lines = [line for p in paragraphs for line in _lines(p)] if paragraphs else _lines(element)
    times = [t.get("datetime") for t in element.iter("time") if t.get("datetime")]
    links = [a.text_content() for a in element.iter("a") if "t.me/" in (a.get("href") or "")]
    date = _date_text(times[0]) if times else _date_text(links[-1]) if links else None
    if not paragraphs and links:  # the text is the whole blockquote: its link is the date
        lines = [line for line in lines if " ".join(links[-1].split()) not in line[0]]
    name = None
    if not lines:
        return Embed("telegram", url)
    return Embed("telegram", url, lines, _signature(name, f"t.me/{channel}", date))


_TELEGRAM_CHROME = frozenset(
    "tgme_widget_message_author tgme_widget_message_footer tgme_widget_message_info "
    "tgme_widget_message_reply tgme_widget_message_forwarded_from".split()
)


def _telegram_widget(element: Any) -> Embed:
    """The rendered Telegram widget (or a post of a t.me/s/ page)."""
    post = element.get("data-post")
    channel = post.split("/")[0]
    url = f"https://t.me/{post}"
    texts = [n for n in element.iter() if "tgme_widget_message_text" in _classes(n)]
    body = texts[0] if texts else None
    lines = _lines(body, _TELEGRAM_CHROME) if body is not None else []
    owners = [n for n in element.iter() if "tgme_widget_message_owner_name" in _classes(n)]
    name = " ".join(owners[0].text_content().split()) if owners else None
    times = [t.get("datetime") for t in element.iter("time") if t.get("datetime")]
    if not lines:
        return Embed("telegram", url)
    date = _date_text(times[0]) if times else None
    return Embed("telegram", url, lines, _signature(name, f"t.me/{channel}", date))


# --- Facebook -----------------------------------------------------------------------------


def _facebook(element: Any) -> Embed:
    """Facebook's embed code: the ``<p>``s are the post, ``Posted by <a>Name</a> on <a>Date</a>``
    signs it; the page's address names it (``facebook.com/zelenskyy``)."""
    quote = element if element.tag == "blockquote" else element.find(".//blockquote")
    url = element.get("data-href") or (quote.get("cite") if quote is not None else None)
    if quote is None:
        return Embed("facebook", url)
    paragraphs = quote.findall(".//p")
    lines = [line for p in paragraphs for line in _lines(p)]
    links = [a for a in quote.iter("a") if not any(a in p.iter("a") for p in paragraphs)]
    url = url or (links[-1].get("href") if links else None)
    page = urlsplit(url or "").path.strip("/").split("/")[0]
    if not lines or not page:
        return Embed("facebook", url, lines)
    name = " ".join(links[0].text_content().split()) if len(links) >= 2 else None
    date = _date_text(links[-1].text_content()) if links else None
    name = _POSTED_BY_RE.sub("", name) if name else None
    return Embed("facebook", url, lines, _signature(name, f"facebook.com/{page}", date))
