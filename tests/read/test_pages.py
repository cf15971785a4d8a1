"""Saved news pages and blog posts through `bilingua analyze`: pairs, sides, attribution."""

from __future__ import annotations

import pytest

from tests.read.conftest import FIXTURES, analyze_json, assert_no_markup, attribution, sides

KULEBA_UK = (
    "Поговорив з @JosepBorrell про 500 мільйонів євро на зброю для України та шостий пакет "
    "санкцій.\nРосія мусить заплатити за кожен злочин. Вдячні партнерам за солідарність."
)
KULEBA_EN = (
    "I spoke with @JosepBorrell about the 500 million euros for weapons for Ukraine and the "
    "sixth package of sanctions. Russia must pay for every crime. We are grateful to our "
    "partners for their solidarity."
)


def test_bbc_like_page_embed_before_its_rendering(capsys: pytest.CaptureFixture[str]) -> None:
    code, document, _ = analyze_json(capsys, str(FIXTURES / "bbc_like.html"))
    assert code == 0
    assert_no_markup(document)
    assert sides(document) == [("uk", KULEBA_UK, "en", KULEBA_EN)]
    pair = document["pairs"][0]
    assert attribution(pair) == ("Дмитро Кулеба", "@DmytroKuleba", "2022-04-14", "twitter")
    assert pair["attribution"]["span"]["text"] == "— Дмитро Кулеба (@DmytroKuleba) April 14, 2022"
    text = document["text"]
    for chrome in (
        "cookies",
        "Skip twitter post",
        "Allow Twitter content",
        "Home",
        "Sport",
        "Privacy Policy",
        "Russia regroups",
        "Image caption",
    ):
        assert chrome not in text, chrome
    assert text.startswith("Ukraine war: Kuleba thanks EU for new military aid\n\nBy Jane Doe")
    provenance = document["provenance"]
    assert provenance["format"] == "html" and provenance["encoding"] == "utf-8"
    assert provenance["url"] == "https://www.bbc.co.uk/news/world-europe-61100000"
    assert [hint["lang"] for hint in provenance["hints"]] == ["uk"]
    assert provenance["hints"][0]["text"].startswith("Поговорив з @JosepBorrell")


def test_guardian_like_page_embed_after_its_rendering(capsys: pytest.CaptureFixture[str]) -> None:
    code, document, _ = analyze_json(capsys, str(FIXTURES / "guardian_like.html"))
    assert code == 0
    assert_no_markup(document)
    assert sides(document) == [
        (
            "uk",
            "Росія випустила понад 40 ракет по наших містах цієї ночі. Нам потрібно більше "
            "систем протиповітряної оборони, і вони потрібні нам зараз.",
            "en",
            "Russia launched more than 40 missiles at our cities tonight. We need more air "
            "defence systems, and we need them now,",
        )
    ]
    assert attribution(document["pairs"][0]) == (
        "Volodymyr Zelenskyy / Володимир Зеленський",
        "@ZelenskyyUa",
        "2024-01-23",
        "twitter",
    )
    for chrome in (
        "Support the Guardian",
        "Share on Facebook",
        "Comments (312)",
        "Sign in",
        "Ukraine war briefing",
        "All rights reserved",
        "Skip to main content",
    ):
        assert chrome not in document["text"], chrome


def test_ukrainian_site_in_windows_1251_with_english_embed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, document, _ = analyze_json(capsys, str(FIXTURES / "pravda_like_cp1251.html"))
    assert code == 0
    assert_no_markup(document)
    assert document["provenance"]["encoding"] == "windows-1251"
    assert sides(document) == [
        (
            "en",
            "The United States will send Ukraine a new package of military aid. We will "
            "continue to support the people of Ukraine as they defend their country against "
            "Russia's brutal war.",
            "uk",
            "Сполучені Штати надішлють Україні новий пакет військової допомоги. Ми "
            "продовжимо підтримувати народ України, поки він захищає свою країну від "
            "жорстокої війни Росії",
        )
    ]
    assert attribution(document["pairs"][0]) == (
        "Secretary Antony Blinken",
        "@SecBlinken",
        "2022-04-14",
        "twitter",
    )
    text = document["text"]
    assert "п’ять пакетів" in text  # &#8217;
    assert "Шостий пакет санкцій має включати нафтове ембарго." in text
    telegram = [q for q in document["quotes"] if q["kind"] == "embed" and q["lang"] == "uk"]
    assert [(q["attribution"]["platform"], q["attribution"]["date"]) for q in telegram] == [
        ("telegram", "2022-04-14")
    ]
    # the script-only widget holds no text: its post is named, not invented
    assert document["provenance"]["unread_embeds"] == ["https://t.me/dmytro_kuleba/1235"]
    for chrome in (
        "Головна",
        "Публікації",
        "Останні новини",
        "Вибухи в Харкові",
        "Реклама",
        "Теги",
        "2000-2022",
    ):
        assert chrome not in text, chrome


def test_wordpress_blog_labels_facebook_and_br_inside_a_quote(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, document, _ = analyze_json(capsys, str(FIXTURES / "wordpress_blog.html"))
    assert code == 0
    assert_no_markup(document)
    assert sides(document) == [
        (
            "uk",
            "Продовжуємо діалог з партнерами щодо посилення санкцій проти Росії та щодо нової "
            "допомоги для захисту нашого неба.",
            "en",
            "We continue our dialogue with partners about strengthening sanctions against "
            "Russia and about new aid for the defence of our sky.",
        ),
        (
            "uk",
            "Харків вистояв цієї ночі. Дякую рятувальникам і медикам за їхню роботу.",
            "en",
            "Kharkiv held out this night. Thank you to the rescuers and medics for their work.",
        ),
        (
            "uk",
            "Ми не віддамо нашу землю.\nМи будемо боротися до кінця",
            "en",
            "We will not give up our land. We will fight to the end.",
        ),
    ]
    first, second, _ = document["pairs"]
    assert attribution(first) == ("Володимир Зеленський", "@ZelenskyyUa", "2022-03-06", "twitter")
    assert attribution(second) == ("Oleh Syniehubov", None, "2022-03-06", "facebook")
    text = document["text"]
    for chrome in (
        "Меню",
        "Про блог",
        "Поділитися",
        "коментарі",
        "Дякую за переклади",
        "Останні записи",
        "cookie",
        "Працює на WordPress",
        "Попередній запис",
        "Перейти до вмісту",
    ):
        assert chrome not in text, chrome


def test_rendered_widgets(capsys: pytest.CaptureFixture[str]) -> None:
    code, document, _ = analyze_json(capsys, str(FIXTURES / "rendered_embeds.html"))
    assert code == 0
    assert_no_markup(document)
    assert sides(document) == [
        (
            "uk",
            "Харків зазнав обстрілу вночі. Пошкоджено житловий будинок, поранено трьох людей."
            "\nУсі необхідні служби працюють на місці.",
            "en",
            "Kharkiv came under shelling overnight. A residential building was damaged and "
            "three people were wounded. All the necessary services are working at the scene,",
        )
    ]
    assert attribution(document["pairs"][0]) == (
        "Олег Синєгубов",
        "@synegubov",
        "2024-01-23",
        "telegram",
    )
    assert "12.3K" not in document["text"] and "views" not in document["text"]
    assert document["provenance"]["unread_embeds"] == [
        "https://twitter.com/i/status/1749712345678901234",
        "https://t.me/synegubov/8124",
        "https://www.facebook.com/synegubov/posts/99",
    ]


def test_text_summary_and_report_read_pages(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    from bilingua.cli import main

    assert main(["analyze", "--backend", "rules", str(FIXTURES / "bbc_like.html")]) == 0
    out = capsys.readouterr().out
    assert "pairs: 1" in out and "@DmytroKuleba 2022-04-14" in out
    assert main(["report", "--backend", "rules", str(FIXTURES / "wordpress_blog.html")]) == 0
    page = capsys.readouterr().out
    assert "Продовжуємо діалог" in page and "&lt;blockquote" not in page


def test_forcing_text_reads_the_markup_as_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    code, document, _ = analyze_json(
        capsys, "--input-format", "text", str(FIXTURES / "bbc_like.html")
    )
    assert code == 0
    assert "<blockquote" in document["text"] and document["provenance"]["format"] == "text"
