"""The HTML report: escaping, well-formed nesting, and behaviour in headless Chromium."""

from __future__ import annotations

import html
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import bilingua
from bilingua.cli import main
from bilingua.io import render_report, write_report
from bilingua.model import (
    Document,
    Finding,
    FindingKind,
    Meta,
    Pair,
    PairSide,
    Segment,
    SentenceLink,
    Severity,
    Span,
    WordLink,
)
from tests.conftest import EXAMPLE
from tests.io.conftest import tricky_document

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
VOID = {"meta", "br", "img", "input", "link", "hr"}


class _Checker(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.article: list[str] = []
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        if ("id", "article") in attrs:
            self._in_article = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        if self._in_article == len(self.stack):
            self._in_article = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_article:
            self.article.append(data)


def _check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def overlapping_document() -> Document:
    """A pair whose sides cross segment boundaries, with crossing links and a finding."""
    uk = "Він сказав: «Ми переможемо 24 лютого»."
    en = "He said: 'We will win on 25 February'."
    text = f"Intro <b>bold</b> </div> text. {uk} {en} Tail."
    u0, e0 = text.index(uk), text.index(en)
    mid = text.index("«")
    segments = (
        Segment.of(text, 0, u0 + 5, lang="en", confidence=0.9, script="Latn"),
        Segment.of(text, u0 + 5, e0, lang="uk", confidence=0.95, script="Cyrl"),
        Segment.of(text, e0, len(text), lang="en", confidence=0.9, script="Latn"),
    )
    num_uk, num_en = u0 + uk.index("24"), e0 + en.index("25")
    pair = Pair(
        source=PairSide.of(text, u0, u0 + len(uk), lang="uk"),
        target=PairSide.of(text, e0, e0 + len(en), lang="en"),
        score=0.8,
        sentences=(
            SentenceLink(
                source=Span.of(text, u0, mid + 5), target=Span.of(text, e0, e0 + 12), score=0.7
            ),
        ),
        words=(
            WordLink(
                source=Span.of(text, num_uk, num_uk + 2),
                target=Span.of(text, num_en, num_en + 2),
                score=1.0,
                via="number",
            ),
        ),
        findings=(
            Finding(
                kind=FindingKind.NUMBER,
                severity=Severity.ERROR,
                message="24 <became> 25",
                source=Span.of(text, num_uk - 3, num_uk + 9),
                target=Span.of(text, num_en, num_en + 2),
            ),
        ),
    )
    return Document(text=text, segments=segments, pairs=(pair,), meta=Meta(version="test"))


def test_markup_in_the_text_is_escaped() -> None:
    document = tricky_document()
    page = render_report(document)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/div&gt;" in page
    assert page.count("<script>") == 1  # the report's own
    checker = _check(page)
    assert "".join(checker.article) == document.text


def test_overlapping_spans_nest_properly() -> None:
    document = overlapping_document()
    page = render_report(document)
    checker = _check(page)
    assert "".join(checker.article) == document.text
    assert html.escape("24 <became> 25") in page
    assert "<became>" not in page
    assert page.count('id="p0-source"') == 1  # reopened fragments carry no id
    assert 'class="finding sev-error"' in page


def test_findings_absent_are_fine() -> None:
    document = overlapping_document()
    pair = document.pairs[0].model_copy(update={"findings": ()})
    page = render_report(document.model_copy(update={"pairs": (pair,)}))
    assert "finding sev-" not in page
    _check(page)


def test_self_contained() -> None:
    page = render_report(bilingua.analyze(EXAMPLE.read_text("utf-8"), backend="rules"))
    for needle in ('src="http', "src='http", 'href="http', "@import", "url("):
        assert needle not in page
    assert "default-src 'none'" in page


def test_summary_table(example_text: str) -> None:
    document = bilingua.analyze(example_text, source="a.txt", backend="rules")
    page = render_report(document)
    assert f"Pairs ({len(document.pairs)})" in page
    assert f"Quotations ({len(document.quotes)})" in page
    assert page.count('class="pair-row"') == len(document.pairs)


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(EXAMPLE), "-o", str(out), "--backend", "rules"]) == 0
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    _check(page)
    assert main(["report", str(tmp_path / "missing.txt"), "--backend", "rules"]) == 1


# --- in a browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.is_file() or not CHROMEDRIVER.is_file():
        pytest.skip(
            f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}",
    ):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()


def _load(driver: Any, page: Path) -> None:
    driver.get(page.resolve().as_uri())


def test_browser_click_highlights_partner(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    document = overlapping_document()
    path = write_report(document, tmp_path / "report.html")
    _load(browser, path)
    source = browser.find_element(By.ID, "p0-source")
    target = browser.find_element(By.ID, "p0-target")
    assert "hl" not in (target.get_attribute("class") or "").split()
    source.click()
    assert "hl" in (target.get_attribute("class") or "").split()
    assert "hl" in (source.get_attribute("class") or "").split()
    word = browser.find_element(By.CSS_SELECTOR, '.side-source .word[data-w~="0-0"]')
    ActionChains(browser).move_to_element(word).perform()
    partners = browser.find_elements(By.CSS_SELECTOR, '.side-target .word[data-w~="0-0"]')
    assert partners and all("hl-w" in (p.get_attribute("class") or "") for p in partners)
    sentence = browser.find_element(By.CSS_SELECTOR, '.side-source .sent[data-s~="0-0"]')
    ActionChains(browser).move_to_element(sentence).perform()
    linked = browser.find_elements(By.CSS_SELECTOR, '.side-target .sent[data-s~="0-0"]')
    assert linked and all("hl-s" in (s.get_attribute("class") or "") for s in linked)
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_browser_runs_no_script_from_the_text(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    text = (
        "Breaking. <script>window.__pwned = 1; document.title = 'pwned'</script> </div> "
        '<img src=x onerror="window.__pwned = 2"> «Ми переможемо», — сказав він. '
        "'We will win,' he said."
    )
    document = bilingua.analyze(text, source="evil.txt", backend="rules")
    path = write_report(document, tmp_path / "evil.html")
    _load(browser, path)
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.title == "evil.txt"
    article = browser.find_element(By.ID, "article")
    assert article.text.replace("\n", " ").count("<script>window.__pwned = 1;") == 1
    assert "</div>" in article.text
    assert browser.find_elements(By.CSS_SELECTOR, "#article script, #article img") == []
    shot = tmp_path / "evil.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 0
