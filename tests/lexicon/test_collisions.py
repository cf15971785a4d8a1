"""A form must not fall onto an unrelated lemma that happens to share its stem, and everyday
words of the core lexicon match through their inflected forms."""

from __future__ import annotations

import pytest

from bilingua.errors import InputError
from bilingua.lexicon import Lexicon, default_lexicon
from bilingua.lexicon._core import split_tag


@pytest.fixture(scope="module")
def core() -> Lexicon:
    return default_lexicon()


@pytest.mark.parametrize(
    ("uk", "wrong"),
    [
        ("поділюсь", "Podil"),  # a reflexive verb form never reaches a noun lemma
        ("поділюся", "Podil"),
        ("має", "mother"),  # a verb form reaches only the verb senses of мати
        ("мав", "mother"),
        ("році", "river"),  # рік, not ріка
        ("року", "river"),
        ("року", "rock"),
        ("роках", "rock"),
        ("розумію", "mind"),  # -ію of a verb is not a case of розум
        ("Росії", "Ros"),  # the longest matching lemma: Росія, not Рось
    ],
)
def test_no_collision(core: Lexicon, uk: str, wrong: str) -> None:
    assert core.match(uk, wrong) == 0.0


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        ("поділюсь", "share"),
        ("має", "has"),
        ("році", "year"),
        ("розумію", "understand"),
        ("Росії", "Russia"),
        ("мати", "mother"),  # the dictionary form still has both senses
        ("мати", "have"),
    ],
)
def test_right_sense(core: Lexicon, uk: str, en: str) -> None:
    assert core.match(uk, en) == 1.0


def test_general_mechanism_on_a_small_lexicon() -> None:
    lexicon = Lexicon.from_entries(
        [
            ("Поділ", "Podil"),
            ("поділитися", "share"),
            ("мати", "have"),
            ("мати [noun]", "mother"),
            ("ріка", "river"),
            ("рік", "year"),
            ("Рось", "Ros"),
            ("Росія", "Russia"),
            ("розум", "mind"),
            ("розуміти", "understand"),
            ("акція", "campaign"),
            ("фінанси", "finances"),
            ("фінансувати", "finance"),
        ]
    )
    assert lexicon.translations_of("поділюсь") == {"share"}
    assert lexicon.translations_of("поділу") == {"Podil"}
    assert lexicon.translations_of("має") == {"have"}
    assert lexicon.translations_of("мати") == {"have", "mother"}
    assert lexicon.translations("мати") == {"have", "mother"}
    assert lexicon.translations_of("році") == {"year"}
    assert lexicon.translations_of("Росії") == {"Russia"}
    assert lexicon.translations_of("розумію") == {"understand"}
    assert lexicon.translations_of("розуміє") == {"understand"}
    assert lexicon.translations_of("акцію") == {"campaign"}
    assert lexicon.translations_of("фінансує") == {"finance"}
    assert lexicon.translations_of("фінансів") == {"finances"}
    assert len(lexicon) == 12  # a tagged homonym is one lemma
    assert "мати" in lexicon


def test_tags_round_trip_and_unknown_tags_fail() -> None:
    lexicon = Lexicon.from_entries([("мати", "have"), ("мати [noun]", "mother")])
    assert Lexicon(lexicon.entries()).translations_of("має") == {"have"}
    assert split_tag("мати [noun]") == ("мати", "noun")
    assert split_tag("мати") == ("мати", None)
    with pytest.raises(InputError, match="tag"):
        Lexicon.from_entries([("мати [thing]", "mother")])


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        ("заявила", "said"),
        ("заявив", "stated"),
        ("розповів", "told"),
        ("повідомила", "reported"),
        ("зазначив", "noted"),
        ("наголосила", "stressed"),
        ("додав", "added"),
        ("пояснив", "explained"),
        ("підкреслив", "emphasized"),
        ("немає", "no"),
        ("нема", "no"),
        ("сподіваюсь", "hope"),
        ("сподіваємося", "hope"),
        ("варіанти", "options"),
        ("зрозуміла", "understood"),
        ("спить", "sleeps"),
        ("дорогою", "road"),
        ("ранку", "morning"),
        ("зранку", "morning"),
        ("можливо", "maybe"),
        ("дякую", "thanks"),
        ("вибач", "sorry"),
        ("ласка", "please"),
        ("жаль", "unfortunately"),
        ("чекаємо", "waiting"),
        ("допоможе", "help"),
        ("знайшли", "found"),
        ("пишуть", "write"),
        ("живуть", "live"),
        ("п’ятницю", "Friday"),
        ("квітня", "April"),
    ],
)
def test_everyday_words_match_through_their_forms(core: Lexicon, uk: str, en: str) -> None:
    assert core.match(uk, en) > 0.0, (uk, en, sorted(core.translations_of(uk)))


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        ("Великобританія", "Britain"),
        ("Великобританії", "UK"),
        ("Китаю", "China"),  # -ай nouns: the й is spelt inside ю/ї/є
        ("Китаєм", "China"),
        ("Китаї", "China"),
        ("Шанхаю", "Shanghai"),
        ("Освенцім", "Auschwitz"),
        ("Києві", "Kyiv"),
        ("Харкова", "Kharkiv"),
        ("Одесі", "Odessa"),
        ("Британії", "Britain"),
        ("Штатах", "States"),  # a name is never an infinitive, though it ends in -ти
        ("Німеччині", "Germany"),
        ("Чугуєва", "Chuhuiv"),  # і/ї of a closed last syllable: Чугуїв/Чугуєва
        ("Тернополя", "Ternopil"),
        ("Ірпеня", "Irpin"),
        ("Америці", "America"),  # к/г/х → ц/з/с before the -і of the locative
        ("Празі", "Prague"),
        ("Прибалтиці", "Baltic"),
        ("Сумах", "Sumy"),  # written with a capital: the city (and the common word)
        ("Сумах", "sums"),
        ("Дніпра", "Dnieper"),
        ("Ніцци", "Nice"),
    ],
)
def test_places_decline(core: Lexicon, uk: str, en: str) -> None:
    assert core.match(uk, en) > 0.0


@pytest.mark.parametrize(
    ("uk", "wrong"),
    [
        ("сумах", "Sumy"),  # lowercase: the common word only
        ("ріка", "Riga"),
        ("Рига", "river"),
        ("ніс", "Nice"),
        ("Мир", "Myrnohrad"),
        ("мирний", "Myrnohrad"),
        ("малі", "Mali"),  # the adjective, not the country
    ],
)
def test_places_do_not_capture_common_words(core: Lexicon, uk: str, wrong: str) -> None:
    assert core.match(uk, wrong) == 0.0


def test_declension_mechanisms_on_a_small_lexicon() -> None:
    lexicon = Lexicon.from_entries(
        [
            ("Китай", "China"),
            ("музей", "museum"),
            ("люди", "people"),
            ("Харків", "Kharkiv"),
            ("Суми", "Sumy"),
            ("сума", "sum"),
            ("перемога", "victory"),
            ("Карпати", "Carpathians"),
        ]
    )
    for form in ("Китаю", "Китаї", "Китаєм"):
        assert lexicon.translations_of(form) == {"China"}
    for form in ("музею", "музеї", "музеєм", "музеїв"):
        assert lexicon.translations_of(form) == {"museum"}
    assert lexicon.translations_of("людей") == {"people"}
    assert lexicon.translations_of("Харкові") == {"Kharkiv"}
    assert lexicon.translations_of("перемозі") == {"victory"}
    assert lexicon.translations_of("сумах") == {"sum"}
    assert lexicon.translations_of("Сумах") == {"sum", "Sumy"}
    assert lexicon.translations_of("Суми") == {"Sumy", "sum"}  # a sentence may start with it
    assert lexicon.translations_of("суми") == {"sum"}
    assert lexicon.translations_of("Карпатах") == {"Carpathians"}
