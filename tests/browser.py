"""Headless Chromium for the report's tests and for the screenshots in docs/.

``chromium()`` starts Debian's chromium through chromedriver (selenium), with a fresh profile
and nothing that reaches the network; ``missing()`` says why it cannot, for a skip.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def missing() -> str | None:
    """Why the browser cannot start here, or None when it can."""
    if not CHROMIUM.is_file() or not CHROMEDRIVER.is_file():
        return f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "needs selenium (the dev extra)"
    return None


@contextmanager
def chromium(width: int = 1280, height: int = 1600, javascript: bool = True) -> Iterator[Any]:
    """A selenium driver of headless Chromium with a fresh, temporary profile.

    With ``javascript=False`` pages run no script of their own (the driver's still work).
    """
    from selenium import webdriver

    with tempfile.TemporaryDirectory(prefix="bilingua-chrome-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--window-size={width},{height}", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        if not javascript:
            options.add_experimental_option(
                "prefs", {"profile.managed_default_content_settings.javascript": 2}
            )
        service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
        driver = webdriver.Chrome(options=options, service=service)
        try:
            yield driver
        finally:
            driver.quit()


def load(driver: Any, page: Path) -> None:
    """Open a page file in the browser."""
    driver.get(page.resolve().as_uri())


def full_page_screenshot(driver: Any, path: Path, width: int = 1280, limit: int = 4000) -> Path:
    """Save a PNG of the whole page (up to ``limit`` pixels tall) at ``width``."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(int(height) + 120, limit))
    driver.save_screenshot(str(path))
    return path
