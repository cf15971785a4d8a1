"""Screenshots of the review report for docs/, taken with the test suite's browser.

    python -m tests.screenshots [DIRECTORY]        # default: docs/

Writes ``report-example.png`` (examples/article.txt, a word link selected),
``report-damaged.png`` (a damaged rendering of it, the worst finding selected with ``j``) and
``report-index.png`` (the index of a small corpus). ``scripts/screenshots.sh`` runs this.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from bilingua.io import write_report
from bilingua.io.report import write_corpus_report
from tests.browser import chromium, load, missing
from tests.report_documents import (
    damaged_document,
    dated_document,
    example_document,
    hostile_document,
)

REPO = Path(__file__).resolve().parents[1]
WIDTH = 1280


def _click_word(driver: Any, text: str) -> None:
    from selenium.webdriver.common.by import By

    for word in driver.find_elements(By.CSS_SELECTOR, "#pair-1 td.src .w"):
        if word.text == text:
            word.click()
            return
    raise LookupError(f"no linked word {text!r} in pair 1")


def _shoot(driver: Any, path: Path, height: int, scroll_to: str | None = None) -> Path:
    driver.set_window_size(WIDTH, height)
    if scroll_to is not None:
        driver.execute_script(
            "var el = document.querySelector(arguments[0]);"
            "window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 56);",
            scroll_to,
        )
    driver.save_screenshot(str(path))
    return path


def take(directory: Path) -> list[Path]:
    """Write the three screenshots into ``directory``; returns their paths."""
    from selenium.webdriver.common.action_chains import ActionChains

    directory.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as scratch, chromium(WIDTH, 1400) as driver:
        pages = Path(scratch)
        load(driver, write_report(example_document(), pages / "example.html"))
        _click_word(driver, "зброю")
        shots.append(_shoot(driver, directory / "report-example.png", 1250))
        load(driver, write_report(damaged_document(), pages / "damaged.html"))
        ActionChains(driver).send_keys("j").perform()
        shots.append(_shoot(driver, directory / "report-damaged.png", 1450, "#findings"))
        corpus = [example_document(), damaged_document(), dated_document(), hostile_document()]
        load(driver, write_corpus_report(corpus, pages / "corpus"))
        shots.append(_shoot(driver, directory / "report-index.png", 520))
    return shots


def main(argv: list[str]) -> int:
    reason = missing()
    if reason is not None:
        print(f"screenshots: {reason}", file=sys.stderr)
        return 1
    directory = Path(argv[0]) if argv else REPO / "docs"
    for path in take(directory):
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
