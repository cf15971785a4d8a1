"""Posts copied from x.com and Telegram as text, and labelled renderings, through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilingua.quotes.posts import furniture
from tests.read.conftest import analyze_json, attribution, sides

TWEET_UK = (
    "Провів переговори з прем'єр-міністром Великої Британії. Дякую за нову допомогу для "
    "захисту нашого неба та за підтримку санкцій проти Росії."
)
TWEET_EN = (
    "Held talks with the Prime Minister of the United Kingdom. Thank you for the new aid to "
    "protect our sky and for supporting sanctions against Russia."
)
# Selecting a post on x.com and pasting it: one line per element of the card.
TWEET_CARD = f"""Zelensky thanked partners on Tuesday. Here is his post:

Volodymyr Zelenskyy / Володимир Зеленський
@ZelenskyyUa
{TWEET_UK}
Translate post
8:14 AM · Jan 23, 2024
1,234 Reposts 56 Quotes 7.8K Likes 12 Bookmarks

Translation: {TWEET_EN}
"""
# The same card as the newer layout pastes it: counts one per line, views on the time line.
TWEET_CARD_SPLIT = f"""Volodymyr Zelenskyy / Володимир Зеленський
@ZelenskyyUa
· Follow
{TWEET_UK}
8:14 AM · Jan 23, 2024 · 1.2M Views
1,234
Reposts
56
Quotes
7.8K
Likes

In English: {TWEET_EN}
"""
TELEGRAM_UK = (
    "Харків зазнав обстрілу вночі. Пошкоджено житловий будинок, поранено трьох людей. "
    "Усі необхідні служби працюють на місці."
)
TELEGRAM_EN = (
    "Kharkiv came under shelling overnight. A residential building was damaged and three "
    "people were wounded. All the necessary services are working at the scene."
)
TELEGRAM_POST = f"""The head of the regional administration posted on Telegram in the morning.

Олег Синєгубов
{TELEGRAM_UK}
12.3K
08:14

English translation: {TELEGRAM_EN}
"""


def _analyze(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "post.txt"
    path.write_text(text, "utf-8")
    code, document, _ = analyze_json(capsys, str(path))
    assert code == 0
    return document  # type: ignore[no-any-return]


@pytest.mark.parametrize("card", [TWEET_CARD, TWEET_CARD_SPLIT])
def test_copied_tweet_card(capsys: pytest.CaptureFixture[str], tmp_path: Path, card: str) -> None:
    document = _analyze(capsys, tmp_path, card)
    assert sides(document) == [("uk", TWEET_UK, "en", TWEET_EN)]
    assert attribution(document["pairs"][0]) == (
        "Volodymyr Zelenskyy / Володимир Зеленський",
        "@ZelenskyyUa",
        "2024-01-23",
        "twitter",
    )
    embed = next(q for q in document["quotes"] if q["kind"] == "embed")
    assert embed["text"] == TWEET_UK


def test_copied_telegram_post(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = _analyze(capsys, tmp_path, TELEGRAM_POST)
    assert sides(document) == [("uk", TELEGRAM_UK, "en", TELEGRAM_EN)]
    assert attribution(document["pairs"][0]) == ("Олег Синєгубов", None, None, "telegram")


def test_labels_in_both_languages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = (
        "Речник МЗС прокоментував заяву.\n\n"
        "Оригінал: Ми вдячні партнерам за нові санкції проти Росії та за допомогу Україні.\n\n"
        "Переклад: We are grateful to our partners for the new sanctions against Russia and "
        "for the aid to Ukraine.\n"
    )
    document = _analyze(capsys, tmp_path, text)
    assert sides(document) == [
        (
            "uk",
            "Ми вдячні партнерам за нові санкції проти Росії та за допомогу Україні.",
            "en",
            "We are grateful to our partners for the new sanctions against Russia and for the "
            "aid to Ukraine.",
        )
    ]


def test_furniture_spans() -> None:
    spans = furniture(TWEET_CARD)
    found = [TWEET_CARD[a:b] for a, b in spans]
    assert found == [
        "Volodymyr Zelenskyy / Володимир Зеленський",
        "@ZelenskyyUa",
        "Translate post",
        "8:14 AM · Jan 23, 2024",
        "1,234 Reposts 56 Quotes 7.8K Likes 12 Bookmarks",
        "Translation:",
    ]


def test_prose_is_no_post() -> None:
    prose = (
        "Kyiv, 14 April\n"
        "Officials met at 10:30 to discuss the aid.\n"
        "The meeting lasted 2 hours.\n"
        "15\n\n"
        "Contact: @press_office\n"
        "The office answers questions every day.\n"
    )
    assert furniture(prose) == ()


def test_a_short_embed_keeps_its_signature_out_of_the_pair(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        "She asked how much the courses cost.\n\n"
        "мушу це все привезти — Олена Коваленко (@OKovalenko) August 6, 2024\n\n"
        "English translation: I have to bring everything\n\nAccording to the school, more.\n"
    )
    document = _analyze(capsys, tmp_path, text)
    assert sides(document) == [("uk", "мушу це все привезти", "en", "I have to bring everything")]
    assert attribution(document["pairs"][0]) == (
        "Олена Коваленко",
        "@OKovalenko",
        "2024-08-06",
        "twitter",
    )
