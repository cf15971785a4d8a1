"""The review report's HTML: structure, escaping, side-by-side rows, marks, index and CLI.

The pages are parsed with lxml (as a browser would build its tree) and with html.parser (to
catch a closing tag that closes the wrong element); the browser's own behaviour is tested in
test_report_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import bilingua
from bilingua.cli import main
from bilingua.io import render_report, write_jsonl, write_report
from bilingua.io.report import render_index, write_corpus_report
from bilingua.io.report._index import entry_of, page_name
from bilingua.io.report._markup import Mark, markup
from bilingua.io.report._rows import rows_of
from bilingua.model import (
    Document,
    FindingKind,
    GapHolds,
    Meta,
    Pair,
    PairSide,
    Segment,
    SentenceLink,
    Span,
)
from bilingua.verify.score import evidence
from tests.conftest import EXAMPLE
from tests.io.conftest import tricky_document
from tests.report_documents import (
    checked,
    damaged_document,
    dated_document,
    example_document,
    hostile_document,
    length_document,
    unlinked_document,
)

VOID = {"meta", "br", "img", "input", "link", "hr"}


class _Nesting(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def parse(page: str) -> Any:
    """The page's tree, after checking that every element closes where it should."""
    checker = _Nesting()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return lxml.html.fromstring(page)


def section(tree: Any, number: int) -> Any:
    (found,) = tree.xpath(f'//section[@id="pair-{number}"]')
    return found


def classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


@pytest.fixture(scope="module")
def example() -> Document:
    return example_document()


@pytest.fixture(scope="module")
def damaged() -> Document:
    return damaged_document()


# --- marked-up text --------------------------------------------------------------------------


def test_markup_closes_and_reopens_crossing_marks() -> None:
    text = "abcdefgh"
    outer = Mark(1, 5, 0, "span", (("class", "a"),), first=(("id", "x"),), last=(("class", "z"),))
    crossing = Mark(3, 7, 1, "b", ())
    html = markup(text, [outer, crossing])
    assert html == 'a<span class="a z" id="x">bc<b>de</b></span><b>fg</b>h'
    tree = lxml.html.fragment_fromstring(f"<div>{html}</div>")
    assert tree.text_content() == text
    fragments = tree.xpath("//span")
    assert len(fragments) == 1 and fragments[0].get("id") == "x"
    assert "z" in classes(fragments[0])  # one fragment: it is the first and the last


def test_markup_gives_last_attributes_to_the_last_fragment_only() -> None:
    text = "0123456789"
    finding = Mark(2, 8, 2, "mark", (("class", "f"),), last=(("class", "last"),))
    word = Mark(1, 4, 1, "span", (("class", "w"),))  # opened outside, so the mark is split
    tree = lxml.html.fragment_fromstring(f"<div>{markup(text, [finding, word])}</div>")
    marks = tree.xpath("//mark")
    assert len(marks) == 2
    assert [("last" in classes(m)) for m in marks] == [False, True]
    assert tree.text_content() == text


def test_markup_of_a_stretch_clips_marks_and_escapes() -> None:
    text = "<b>x</b> & y"
    mark = Mark(0, len(text), 0, "span", (("title", '"q" <t>'),))
    html = markup(text, [mark], 3, 8)
    assert html == '<span title="&quot;q&quot; &lt;t&gt;">x&lt;/b&gt;</span>'


def test_markup_in_the_article_is_escaped() -> None:
    document = tricky_document()
    page = render_report(document)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = parse(page)
    assert tree.get_element_by_id("article-text").text_content() == document.text
    assert len(tree.xpath("//script")) == 1  # the report's own


def test_article_sides_link_to_their_views(example: Document) -> None:
    tree = parse(render_report(example))
    article = tree.get_element_by_id("article-text")
    assert article.text_content() == example.text
    for number, pair in enumerate(example.pairs, start=1):
        for name, side in (("source", pair.source), ("target", pair.target)):
            (anchor,) = article.xpath(f'.//*[@id="a{number}-{name}"]')
            assert anchor.tag == "a" and anchor.get("href") == f"#pair-{number}"
            fragments = article.xpath(f'.//a[@href="#pair-{number}"][contains(@class, "{name}")]')
            assert "".join(f.text_content() for f in fragments) == side.text
        assert tree.xpath(f'//section[@id="pair-{number}"]')


# --- rows -------------------------------------------------------------------------------------


def _rows(tree: Any, number: int) -> list[Any]:
    return section(tree, number).xpath('.//table[@class="sbs"]/tbody/tr[contains(@class, "row")]')


def test_rows_are_the_sentence_links(example: Document, damaged: Document) -> None:
    for document in (example, damaged, dated_document()):
        tree = parse(render_report(document))
        for number, pair in enumerate(document.pairs, start=1):
            rows = [row for row in _rows(tree, number) if row.get("data-link") is not None]
            assert [row.get("data-link") for row in rows] == [
                str(i) for i in range(len(pair.sentences))
            ]
            for row, link in zip(rows, pair.sentences, strict=True):
                source, target = row.xpath("./td[@class!='k' or not(@class)]")[-2:]
                assert source.text_content() == link.source.text
                assert target.text_content() == link.target.text
                assert source.get("lang") == pair.source.lang
            # the other rows are the stretches no link covers, beside an empty cell
            for row in _rows(tree, number):
                if row.get("data-link") is None:
                    assert "solo" in classes(row)


def test_unlinked_sentences_get_rows_with_an_empty_cell() -> None:
    document = unlinked_document()
    pair = document.pairs[0]
    tree = parse(render_report(document))
    rows = _rows(tree, 1)
    kinds = [(row.get("data-link"), sorted(classes(row) - {"row"})) for row in rows]
    assert kinds == [
        ("0", ["link"]),
        (None, ["solo", "solo-source"]),
        (None, ["solo", "solo-target"]),
        ("1", ["link"]),
    ]
    _, lone_source, lone_target, _ = rows
    assert lone_source.xpath("./td")[1].text_content() == "Росія мусить заплатити за кожен злочин."
    assert lone_source.xpath("./td")[2].get("class") == "tgt empty"
    assert lone_source.xpath("./td")[2].text_content() == ""
    assert lone_target.xpath("./td")[1].get("class") == "src empty"
    assert lone_target.xpath("./td")[2].text_content() == "Russia must pay for every crime."
    assert rows_of(pair, document.text, document.sentences)[1].link is None


def test_rows_of_a_pair_without_links_or_sentences() -> None:
    text = "Дякую всім. Thank you all"
    pair = Pair(
        source=PairSide.of(text, 0, 11, lang="uk"),
        target=PairSide.of(text, 12, len(text), lang="en"),
        score=0.5,
    )
    rows = rows_of(pair, text)
    assert [(r.source, r.target) for r in rows] == [((0, 11), None), (None, (12, len(text)))]


def test_a_stretch_without_letters_is_no_row() -> None:
    text = '«Так» — "Yes"'
    pair = Pair(
        source=PairSide.of(text, 0, 8, lang="uk"),
        target=PairSide.of(text, 8, len(text), lang="en"),
        score=0.9,
        sentences=(
            SentenceLink(source=Span.of(text, 1, 4), target=Span.of(text, 9, 12), score=0.9),
        ),
    )
    rows = rows_of(pair, text)
    assert [(r.source, r.target, r.link) for r in rows] == [((1, 4), (9, 12), 0)]


# --- differences, findings and word links ---------------------------------------------------


def test_coverage_gaps_are_marked_on_their_side(damaged: Document) -> None:
    tree = parse(render_report(damaged))
    for number, pair in enumerate(damaged.pairs, start=1):
        assert pair.coverage is not None
        view = section(tree, number)
        for gap in pair.coverage.gaps:
            cell = "src" if gap.side == "source" else "tgt"
            spans = view.xpath(f'.//td[@class="{cell}"]//span[contains(@class, "gap-{gap.side}")]')
            texts = {"".join(s.text_content() for s in spans)}
            assert any(gap.text in t for t in texts)
            first = [s for s in spans if "first" in classes(s) and gap.text in s.text_content()]
            assert first and first[0].get("data-mark").startswith(
                "⊖" if gap.side == "source" else "⊕"
            )
            words = [w.text_content() for w in view.xpath('.//span[@class="gw"]')]
            assert all(word.text in words for word in gap.words)
        explained = view.xpath('.//p[@class="cov"]')[0].text_content()
        assert (
            f"source {pair.coverage.source_explained} of {pair.coverage.source_words}" in explained
        )
    held = {
        span.text_content()
        for span in tree.xpath('//span[contains(@class, "gap-source")][@data-mark="⊖ name"]')
    }
    named = {
        gap.text
        for pair in damaged.pairs
        if pair.coverage is not None
        for gap in pair.coverage.gaps
        if gap.side == "source" and GapHolds.NAME in gap.holds and len(gap.words) == 1
    }
    assert named and named <= held  # a missing name says so on its mark, not by colour alone


def test_without_coverage_the_sentence_findings_mark_the_differences() -> None:
    document = dated_document()
    plain = checked(
        document.model_copy(
            update={"pairs": tuple(p.model_copy(update={"coverage": None}) for p in document.pairs)}
        )
    )
    omissions = [f for p in document.pairs for f in p.findings if f.kind == FindingKind.OMISSION]
    assert omissions, "the dated post leaves a clause out"
    tree = parse(render_report(plain))
    marked = tree.xpath('//mark[contains(@class, "k-omission")]')
    assert {m.text_content() for m in marked} >= {f.source.text for f in omissions if f.source}
    drawn = [m for m in marked if "gap" in classes(m)]
    assert drawn and all("gap-source" in classes(m) for m in drawn)
    assert drawn[0].get("data-mark", "").startswith("⊖")
    assert not tree.xpath('//p[@class="cov"]')
    # With a coverage map, findings are not drawn as gaps a second time.
    with_map = parse(render_report(document))
    assert all("gap" not in classes(m) for m in with_map.xpath('//mark[contains(@class, "k-")]'))


def test_mismatches_are_shown_on_both_sides_with_their_message(damaged: Document) -> None:
    tree = parse(render_report(damaged))
    pair = damaged.pairs[0]
    view = section(tree, 1)
    kinds = [f.kind for f in pair.findings]
    assert FindingKind.NUMBER in kinds and FindingKind.NAME in kinds
    for finding in pair.findings:
        if finding.kind not in (FindingKind.NUMBER, FindingKind.NAME):
            continue
        marks = view.xpath(f'.//mark[contains(@class, "k-{finding.kind.value}")]')
        key = {m.get("data-f") for m in marks}
        assert len(key) == 1
        assert {m.xpath("ancestor::td")[0].get("class") for m in marks} == {"src", "tgt"}
        assert {m.text_content() for m in marks} == {finding.source.text, finding.target.text}
        (note,) = view.xpath(f'.//li[@data-f="{key.pop()}"]')
        assert finding.message in note.text_content()
        assert note.xpath("ancestor::tr")[0].get("class") == "notes"
        numbers = {m.get("data-n") for m in marks if "last" in classes(m)}
        assert numbers == {note.xpath('./span[@class="n"]')[0].text_content()}


def test_dates_and_omissions_inside_a_sentence() -> None:
    document = dated_document()
    tree = parse(render_report(document))
    dates = tree.xpath('//mark[contains(@class, "k-date_mismatch")]')
    assert {m.text_content() for m in dates} >= {"березня", "April"}
    omissions = tree.xpath('//mark[contains(@class, "k-omission")]')
    assert "без жодних пояснень" in {m.text_content() for m in omissions}


def test_word_links_carry_keys_and_evidence(example: Document) -> None:
    tree = parse(render_report(example))
    for number, pair in enumerate(example.pairs, start=1):
        view = section(tree, number)
        for index, link in enumerate(pair.words):
            key = f" {number}-{index} "
            words = view.xpath(f'.//span[@class="w"][contains(concat(" ", @data-w, " "), "{key}")]')
            assert sorted(w.text_content() for w in words) == sorted(
                (link.source.text, link.target.text)
            )
            assert all(link.via.value in w.get("title") for w in words)
            source_word = [w for w in words if w.xpath("ancestor::td")[0].get("class") == "src"]
            assert source_word and f"↔ {link.target.text}" in source_word[0].get("title")


def test_score_reasons_list_every_finding_by_severity(damaged: Document) -> None:
    tree = parse(render_report(damaged))
    pair = damaged.pairs[0]
    why = section(tree, 1).xpath('.//p[@class="why"]')[0]
    chips = why.xpath('.//a[contains(@class, "chip")]')
    assert len(chips) == len(pair.findings)
    order = {"sev-error": 0, "sev-warning": 1, "sev-info": 2}
    ranks = [order[next(c for c in classes(chip) if c.startswith("sev-"))] for chip in chips]
    assert ranks == sorted(ranks)
    assert why.text_content().strip().endswith(f"= {pair.score:.2f}")
    assert pair.coverage is not None
    assert f"word evidence {evidence(pair.coverage):.2f}" in why.text_content()
    for chip in chips:
        assert tree.xpath(f'//*[@id="{chip.get("href")[1:]}"]')
    head = section(tree, 1).xpath('.//header[@class="pair-head"]')[0].text_content()
    assert "Дмитро Кулеба" in head and "@DmytroKuleba" in head and "2022-04-14" in head
    assert "twitter" in head and "doubtful" in head


def test_a_pair_level_finding_is_listed_under_the_score_not_drawn() -> None:
    document = length_document()
    tree = parse(render_report(document))
    view = section(tree, 1)
    assert not view.xpath('.//mark[contains(@class, "k-length_ratio")]')
    (note,) = view.xpath('.//ul[contains(@class, "pair-notes")]/li')
    assert "2.1× the expected length" in note.text_content()
    assert tree.xpath(f'//ol[@id="findings-list"]//a[@href="#{note.get("id")}"]')


def test_findings_list_is_worst_first_and_every_entry_has_a_target(damaged: Document) -> None:
    tree = parse(render_report(damaged))
    entries = tree.xpath('//ol[@id="findings-list"]/li')
    total = sum(len(p.findings) for p in damaged.pairs)
    assert len(entries) == total
    severities = [entry.get("class") for entry in entries]
    rank = {"sev-error": 0, "sev-warning": 1, "sev-info": 2}
    assert [rank[s] for s in severities] == sorted(rank[s] for s in severities)
    for entry in entries:
        (link,) = entry.xpath("./a")
        assert link.get("href") == f"#f{link.get('data-f')}"
        assert tree.xpath(f'//li[@id="f{link.get("data-f")}"]')
    # Ties in severity: the pair with the lower score first.
    scores = {str(n): p.score for n, p in enumerate(damaged.pairs, start=1)}
    for severity in ("sev-error", "sev-warning", "sev-info"):
        keys = [e.xpath("./a")[0].get("data-f") for e in entries if e.get("class") == severity]
        ranked = [scores[key.split("-")[0]] for key in keys]
        assert ranked == sorted(ranked)


def test_keys_are_documented_on_the_page(example: Document) -> None:
    tree = parse(render_report(example))
    keys = [k.text_content() for k in tree.xpath('//ul[@class="keylist"]//kbd')]
    assert keys[:4] == ["j", "k", "n", "p"]
    assert tree.xpath('//header[@class="bar"]//kbd')


def test_a_document_without_pairs() -> None:
    document = bilingua.analyze("Just English prose, nothing else.", backend="rules")
    tree = parse(render_report(document))
    assert "No pairs found." in tree.text_content()
    assert "No findings." in tree.text_content()


# --- safety -----------------------------------------------------------------------------------


def _script_hash(page: str) -> str:
    (body,) = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    return base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()


def test_hostile_text_stays_text() -> None:
    document = hostile_document()
    page = render_report(document)
    tree = parse(page)
    assert len(tree.xpath("//script")) == 1
    assert not tree.xpath("//img | //svg | //iframe | //textarea | //style[position()>1]")
    assert not tree.xpath("//b[. = 'друзі' or . = 'friends'] | //a[. = 'link']")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.startswith("on"), (element.tag, name)
            if name in ("href", "src"):
                assert value.startswith("#"), value
    assert tree.get_element_by_id("article-text").text_content() == document.text
    text = tree.text_content()
    assert '</li></ul><script>window.__pwned = 5</script>"onerror="x' in text
    assert "<img src=x onerror=window.__pwned=6>" in text
    assert "]]>" in text and "<!-- коментар -->" in text and "</textarea>" in text
    assert tree.xpath("//title")[0].text_content() == '<b>evil</b> & "x".txt'


def test_policy_allows_only_the_pages_own_style_and_script(example: Document) -> None:
    page = render_report(example)
    (policy,) = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert f"script-src 'sha256-{_script_hash(page)}'" in policy
    for needle in ('src="http', "src='http", 'href="http', "@import", "url(", "//"):
        assert needle not in page.split("<script>")[0].replace("<!DOCTYPE", ""), needle


def test_print_style_and_readable_without_script(example: Document) -> None:
    page = render_report(example)
    assert "@media print" in page
    tree = parse(page)
    # Everything to read is in the markup; the script only adds behaviour.
    for script in tree.xpath("//script"):
        script.drop_tree()
    text = tree.text_content()
    for pair in example.pairs:
        for link in pair.sentences:
            assert link.source.text in text and link.target.text in text


# --- many documents -----------------------------------------------------------------------------


def test_index_orders_documents_by_lowest_pair_score(tmp_path: Path) -> None:
    empty = bilingua.analyze("No pairs here at all.", source="empty.txt", backend="rules")
    documents = [example_document(), damaged_document(), empty, dated_document()]
    index = write_corpus_report(documents, tmp_path / "out")
    tree = parse(index.read_text("utf-8"))
    rows = tree.xpath('//table[contains(@class, "index")]/tbody/tr')
    names = [row.xpath('.//td[@class="name"]/a')[0].text_content() for row in rows]
    lowest = {d.source: min((p.score for p in d.pairs), default=2.0) for d in documents}
    assert names == sorted(lowest, key=lambda name: lowest[name])
    assert names[-1] == "empty.txt"  # a document without pairs comes last
    for row in rows:
        href = row.xpath('.//td[@class="name"]/a')[0].get("href")
        assert (tmp_path / "out" / href).is_file()
        assert re.fullmatch(r"\d{4}-[A-Za-z0-9._-]+\.html", href)
    headers = [th.text_content() for th in tree.xpath("//thead//th")]
    assert "omitted sentence" in headers and "date mismatch" in headers
    column = headers.index("number mismatch")
    counts = [row.xpath("./td")[column].text_content() for row in rows]
    by_name = {d.source: d for d in documents}
    expected = [
        sum(f.kind == FindingKind.NUMBER for p in by_name[name].pairs for f in p.findings)
        for name in names
    ]
    assert counts == [str(n) if n else "" for n in expected]
    worst = rows[0].xpath('.//td[contains(@class, "score")]/a')[0].get("href")
    assert worst.endswith("#pair-1")
    page = (tmp_path / "out" / rows[0].xpath('.//td[@class="name"]/a')[0].get("href")).read_text()
    assert parse(page).xpath('//header[@class="bar"]//a[@href="index.html"]')


def test_index_escapes_names_and_page_names_are_safe() -> None:
    document = hostile_document()
    name = page_name(7, document.source)
    assert name == "0007-b-x-.txt.html"  # the source is a path: its last part
    assert page_name(1, "corpus/dump.jsonl#12") == "0001-dump.jsonl-12.html"
    assert page_name(2, None) == "0002-document.html"
    page = render_index([entry_of(document, name)])
    tree = parse(page)
    assert not tree.xpath("//script | //b")
    assert tree.xpath('//td[@class="name"]/a')[0].text_content() == document.source


# --- command line ---------------------------------------------------------------------------------


def test_cli_single_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(EXAMPLE), "-o", str(out), "--backend", "rules"]) == 0
    tree = parse(out.read_text("utf-8"))
    assert len(tree.xpath('//section[contains(@class, "pair")]')) == 2
    assert main(["report", str(tmp_path / "missing.txt"), "--backend", "rules"]) == 1
    assert "no such file" in capsys.readouterr().err


def test_cli_corpus_of_texts_and_stored_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text(EXAMPLE.read_text("utf-8"), encoding="utf-8")
    (corpus / "posts.jsonl").write_text(
        json.dumps({"text": '«Дякую!» — написав він. "Thank you!" he wrote.'}) + "\n",
        encoding="utf-8",
    )
    stored = tmp_path / "run.jsonl"
    with stored.open("w", encoding="utf-8") as stream:
        write_jsonl([damaged_document()], stream)
    out = tmp_path / "report"
    assert main(["report", str(corpus), str(stored), "-o", str(out), "--backend", "rules"]) == 0
    tree = parse((out / "index.html").read_text("utf-8"))
    names = [a.text_content() for a in tree.xpath('//td[@class="name"]/a')]
    assert names[0] == "examples/article.txt (damaged rendering)"  # read back, not analysed
    assert sorted(names[1:]) == sorted([str(corpus / "article.txt"), f"{corpus / 'posts.jsonl'}#1"])
    damaged_page = next(out.glob("*damaged-rendering*.html")).read_text("utf-8")
    assert 'data-mark="⊖ name"' in damaged_page  # its coverage map came through
    assert "wrote" in capsys.readouterr().err


def test_cli_corpus_usage_and_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(EXAMPLE), str(EXAMPLE), "--backend", "rules"]) == 2
    assert "-o DIR" in capsys.readouterr().err
    assert main(["report", str(EXAMPLE.parent), "-o", str(tmp_path / "x.html")]) == 2
    broken = tmp_path / "broken.jsonl"
    record = damaged_document().model_dump(mode="json")
    record["text"] = record["text"][:-10]  # spans no longer match: not a usable document
    broken.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["report", str(broken), "-o", str(tmp_path / "out")]) == 1
    assert f"{broken}:1: not a bilingua document" in capsys.readouterr().err


def test_write_report_returns_the_path(tmp_path: Path, example: Document) -> None:
    path = write_report(example, tmp_path / "one.html", "A title")
    assert path.read_text("utf-8").count("<title>A title</title>") == 1


def test_same_document_same_page(example: Document) -> None:
    assert render_report(example) == render_report(example_document())


def test_overlapping_pair_sides_never_nest_links() -> None:
    text = "Ми тут. We are here. Ми тут."
    sides = [(0, 7, "uk"), (8, 20, "en"), (8, 20, "en"), (21, 28, "uk")]
    pairs = tuple(
        Pair(
            source=PairSide.of(text, a[0], a[1], lang=a[2]),
            target=PairSide.of(text, b[0], b[1], lang=b[2]),
            score=0.9,
        )
        for a, b in (sides[:2], sides[2:][::-1])
    )
    segments = (Segment.of(text, 0, len(text), lang="uk", confidence=0.5, script="Mixd"),)
    document = Document(text=text, segments=segments, pairs=pairs, meta=Meta(version="t"))
    tree = parse(render_report(document))
    assert not tree.xpath("//a//a")
    assert tree.get_element_by_id("article-text").text_content() == text


def test_sides_crossing_segments_and_crossing_links_stay_well_formed() -> None:
    """A pair side that crosses a segment boundary, a link ending inside a quotation mark."""
    uk = "Він сказав: «Ми переможемо 24 лютого»."
    en = "He said: 'We will win on 25 February'."
    text = f"Intro <b>bold</b> </div> text. {uk} {en} Tail."
    u0, e0 = text.index(uk), text.index(en)
    segments = (
        Segment.of(text, 0, u0 + 5, lang="en", confidence=0.9, script="Latn"),
        Segment.of(text, u0 + 5, e0, lang="uk", confidence=0.95, script="Cyrl"),
        Segment.of(text, e0, len(text), lang="en", confidence=0.9, script="Latn"),
    )
    mid = text.index("«")
    pair = Pair(
        source=PairSide.of(text, u0, u0 + len(uk), lang="uk"),
        target=PairSide.of(text, e0, e0 + len(en), lang="en"),
        score=0.8,
        sentences=(
            SentenceLink(
                source=Span.of(text, u0, mid + 5), target=Span.of(text, e0, e0 + 12), score=0.7
            ),
        ),
    )
    document = Document(text=text, segments=segments, pairs=(pair,), meta=Meta(version="t"))
    page = render_report(document)
    tree = parse(page)
    assert tree.get_element_by_id("article-text").text_content() == text
    assert page.count('id="a1-source"') == 1  # reopened fragments carry no id
    rows = _rows(tree, 1)
    assert [sorted(classes(r) - {"row"}) for r in rows] == [
        ["link"],
        ["solo", "solo-source"],
        ["solo", "solo-target"],
    ]
    assert rows[1].xpath("./td")[1].text_content() == text[mid + 5 : u0 + len(uk)]
