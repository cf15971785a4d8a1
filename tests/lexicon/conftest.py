"""A small lexicon fixture of our own, so that the tests do not depend on the core data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilingua.lexicon import Lexicon, load_lexicon

MINI_TSV = """\
# a test lexicon: uk_lemma<TAB>en[|en…]
безпека\tsecurity|safety
україна\tUkraine
діалог\tdialogue
підтримка\tsupport|backing
фінансовий\tfinancial
санкційний\tsanctions
санкція\tsanction
держава\tstate|country
рада безпеки\tSecurity Council
збройні сили\tarmed forces
говорити\tspeak|talk
атомна електростанція\tnuclear power plant
ЗАЕС\tZaporizhzhia nuclear power plant|ZNPP
оборона\tdefence
брати участь\ttake part
"""


@pytest.fixture(scope="session")
def mini_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lexicon") / "mini.tsv"
    path.write_text(MINI_TSV, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def mini(mini_path: Path) -> Lexicon:
    return load_lexicon(mini_path)
