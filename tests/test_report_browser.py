"""The review report in headless Chromium: rows, word links, keys, safety, print, the index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilingua.io import render_report, write_report
from bilingua.io.report import write_corpus_report
from bilingua.model import Document
from tests.browser import chromium, load, missing
from tests.report_documents import (
    damaged_document,
    dated_document,
    example_document,
    hostile_document,
    unlinked_document,
)

pytestmark = pytest.mark.skipif(missing() is not None, reason=missing() or "")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(1280, 1000) as driver:
        yield driver


@pytest.fixture(scope="module")
def damaged() -> Document:
    return damaged_document()


def _classes(element: Any) -> set[str]:
    return set((element.get_attribute("class") or "").split())


def _press(driver: Any, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    for key in keys:
        ActionChains(driver).send_keys(key).perform()


def _in_view(driver: Any, element: Any) -> bool:
    return bool(
        driver.execute_script(
            "var r = arguments[0].getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= window.innerHeight;",
            element,
        )
    )


def test_rows_match_the_sentence_links(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    document = unlinked_document()
    load(browser, write_report(document, tmp_path / "rows.html"))
    for number, pair in enumerate(document.pairs, start=1):
        rows = browser.find_elements(By.CSS_SELECTOR, f"#pair-{number} tr.row")
        linked = [row for row in rows if "link" in _classes(row)]
        assert [row.get_attribute("data-link") for row in linked] == [
            str(i) for i in range(len(pair.sentences))
        ]
        for row, link in zip(linked, pair.sentences, strict=True):
            source, target = row.find_elements(By.CSS_SELECTOR, "td.src, td.tgt")
            assert source.get_attribute("textContent") == link.source.text
            assert target.get_attribute("textContent") == link.target.text
    lone = browser.find_element(By.CSS_SELECTOR, "#pair-1 tr.solo-source td.tgt.empty")
    label = browser.execute_script(
        "return getComputedStyle(arguments[0], '::before').content", lone
    )
    assert "not rendered" in label  # the empty cell says why, and not by colour alone


def test_a_click_on_a_word_highlights_its_partner(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    document = example_document()
    load(browser, write_report(document, tmp_path / "words.html"))
    pair = document.pairs[0]
    index = next(i for i, w in enumerate(pair.words) if w.source.text == "зброю")
    key = f"1-{index}"
    source = browser.find_element(By.CSS_SELECTOR, f'#pair-1 td.src .w[data-w~="{key}"]')
    target = browser.find_element(By.CSS_SELECTOR, f'#pair-1 td.tgt .w[data-w~="{key}"]')
    assert target.text == "weapons"
    assert "sel" not in _classes(target)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", source)
    source.click()
    assert "sel" in _classes(source) and "sel" in _classes(target)
    info = browser.find_element(By.ID, "wordinfo")
    assert info.is_displayed()
    assert "зброю" in info.text and "weapons" in info.text and "lexicon" in info.text
    others = browser.find_elements(By.CSS_SELECTOR, ".w.sel")
    assert len(others) == 2  # nothing else lit
    # The other way round: a click on the target word moves the selection to its partner.
    other = next(i for i, w in enumerate(pair.words) if w.target.text == "sanctions")
    browser.find_element(By.CSS_SELECTOR, f'#pair-1 td.tgt .w[data-w~="1-{other}"]').click()
    lit = browser.find_elements(By.CSS_SELECTOR, ".w.sel")
    assert sorted(w.text for w in lit) == ["sanctions", "санкцій"]
    # Hovering lights the partner without a click.
    hovered = browser.find_element(By.CSS_SELECTOR, f'#pair-1 td.src .w[data-w~="{key}"]')
    ActionChains(browser).move_to_element(hovered).perform()
    assert "hl" in _classes(target)
    browser.find_element(By.CSS_SELECTOR, "#pair-1 tr.row td.k").click()  # not a word
    assert not browser.find_elements(By.CSS_SELECTOR, ".w.sel")


def test_keys_move_between_findings_and_pairs(
    browser: Any, tmp_path: Path, damaged: Document
) -> None:
    from selenium.webdriver.common.by import By

    load(browser, write_report(damaged, tmp_path / "keys.html"))
    entries = browser.find_elements(By.CSS_SELECTOR, "#findings-list a")
    keys = [entry.get_attribute("data-f") for entry in entries]
    assert len(keys) == sum(len(p.findings) for p in damaged.pairs) >= 4
    browser.find_element(By.TAG_NAME, "h1").click()

    def current() -> tuple[str | None, list[str]]:
        (entry,) = browser.find_elements(By.CSS_SELECTOR, "#findings-list a.current")
        notes = browser.find_elements(By.CSS_SELECTOR, "li.note.current")
        return entry.get_attribute("data-f"), [n.get_attribute("id") for n in notes]

    _press(browser, "j")
    assert current() == (keys[0], [f"f{keys[0]}"])
    note = browser.find_element(By.ID, f"f{keys[0]}")
    assert _in_view(browser, note)
    marks = browser.find_elements(By.CSS_SELECTOR, f'mark.current[data-f="{keys[0]}"]')
    assert len(marks) == 2  # the number, on both sides
    _press(browser, "jj")
    assert current()[0] == keys[2]
    _press(browser, "k")
    assert current()[0] == keys[1]
    _press(browser, "jjjjjj")  # stops at the last
    assert current()[0] == keys[-1]
    status = browser.find_element(By.ID, "status")
    assert status.text == f"finding {len(keys)} / {len(keys)}"
    assert _in_view(browser, browser.find_element(By.ID, f"f{keys[-1]}"))
    # n / p: pairs, from where the finding was.
    _press(browser, "p")
    (pair,) = browser.find_elements(By.CSS_SELECTOR, "section.pair.current")
    assert pair.get_attribute("id") == "pair-1"
    _press(browser, "n")
    (pair,) = browser.find_elements(By.CSS_SELECTOR, "section.pair.current")
    assert pair.get_attribute("id") == "pair-2"
    assert browser.execute_script(
        "return Math.abs(arguments[0].getBoundingClientRect().top) < 120", pair
    )
    _press(browser, "\ue00c")  # Escape
    assert not browser.find_elements(By.CSS_SELECTOR, ".current")


def test_a_finding_in_the_list_jumps_to_its_place(
    browser: Any, tmp_path: Path, damaged: Document
) -> None:
    from selenium.webdriver.common.by import By

    load(browser, write_report(damaged, tmp_path / "jump.html"))
    entry = browser.find_elements(By.CSS_SELECTOR, "#findings-list a")[3]
    key = entry.get_attribute("data-f")
    entry.click()
    note = browser.find_element(By.ID, f"f{key}")
    assert "current" in _classes(note) and _in_view(browser, note)


def test_hostile_document_runs_no_script(browser: Any, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    document = hostile_document()
    load(browser, write_report(document, tmp_path / "evil.html"))
    words = browser.find_elements(By.CSS_SELECTOR, "#pair-1 .w")
    assert len(words) >= 6
    for word in words[:6]:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", word)
        ActionChains(browser).move_to_element(word).click().perform()
    assert browser.execute_script("return window.__pwned === undefined")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.title == document.source
    article = browser.find_element(By.ID, "article-text")
    assert article.get_attribute("textContent") == document.text
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text img, main svg, main iframe") == []
    info = browser.find_element(By.ID, "wordinfo")
    assert info.find_elements(By.CSS_SELECTOR, "*:not(b)") == []


def test_the_policy_stops_a_script_that_escaping_missed(browser: Any, tmp_path: Path) -> None:
    page = render_report(example_document())
    injected = page.replace(
        "<main>", '<main><script>window.__pwned = 7</script><img src=x onerror="window.__pwned=8">'
    )
    path = tmp_path / "injected.html"
    path.write_text(injected, encoding="utf-8")
    load(browser, path)
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('section.pair').length") == 2


def test_readable_without_javascript(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    document = damaged_document()
    path = write_report(document, tmp_path / "nojs.html")
    with chromium(1280, 1000, javascript=False) as driver:
        load(driver, path)
        _press(driver, "j")
        assert not driver.find_elements(By.CSS_SELECTOR, ".current")  # the page's script is off
        rows = driver.find_elements(By.CSS_SELECTOR, "#pair-1 tr.row.link")
        assert len(rows) == len(document.pairs[0].sentences)
        assert rows[0].find_element(By.CSS_SELECTOR, "td.src").is_displayed()
        notes = driver.find_elements(By.CSS_SELECTOR, "#pair-1 li.note")
        assert notes and all(n.is_displayed() for n in notes)
        first = driver.find_elements(By.CSS_SELECTOR, "#findings-list a")[0]
        first.click()
        assert driver.current_url.endswith(first.get_attribute("href").split("/")[-1])


def test_print_hides_the_controls_and_keeps_the_marks(browser: Any, tmp_path: Path) -> None:
    import base64

    from selenium.webdriver.common.by import By

    load(browser, write_report(damaged_document(), tmp_path / "print.html"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.CSS_SELECTOR, "header.bar").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, "p.print-key").is_displayed()
        listing = browser.find_element(By.ID, "findings-list")
        assert listing.value_of_css_property("overflow-y") == "visible"
        gap = browser.find_element(By.CSS_SELECTOR, ".gap-source.first")
        marker = browser.execute_script(
            "return getComputedStyle(arguments[0], '::before').content", gap
        )
        assert "⊖" in marker
        pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {})["data"])
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_index_orders_documents_by_score(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    documents = [example_document(), dated_document(), damaged_document()]
    index = write_corpus_report(documents, tmp_path / "corpus")
    load(browser, index)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.index tbody tr")
    scores = [float(r.find_element(By.CSS_SELECTOR, "td.score .value").text) for r in rows]
    assert scores == sorted(scores)
    assert scores[0] == round(min(p.score for d in documents for p in d.pairs), 2)
    rows[0].find_element(By.CSS_SELECTOR, "td.score a").click()
    assert browser.current_url.endswith("#pair-1")
    assert "damaged rendering" in browser.title
    browser.find_element(By.CSS_SELECTOR, 'header.bar a[href="index.html"]').click()
    assert browser.current_url.endswith("index.html")


def test_the_screenshots_script_writes_the_pictures(tmp_path: Path) -> None:
    import struct

    from tests.screenshots import take

    shots = take(tmp_path)
    assert [shot.name for shot in shots] == [
        "report-example.png",
        "report-damaged.png",
        "report-index.png",
    ]
    for shot in shots:
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert width == 1280 and height > 300
        assert len(data) > 20_000  # a page, not a blank
    for name in ("report-example.png", "report-damaged.png", "report-index.png"):
        assert (Path(__file__).parents[1] / "docs" / name).is_file()
