"""Reading HTML pages and web archives: pages/s and MB/s, beside trafilatura; memory on WARCs.

    python benchmarks/read.py [--pages 200] [--backend rules] [--sizes 20 80] [--big-mb 0]
    python benchmarks/read.py --pages 50 --sizes 5 20              # a quick look

Pages are made from the saved-page fixtures of the tests (tests/read/fixtures: a BBC-like, a
Guardian-like, a Ukrainian news site in windows-1251, a WordPress blog), each made unique and
brought to the size of a news page (about 50 kB: inline scripts and state, styles, and more
article paragraphs). Measured in the same run, on the same pages:

1. reading only: ``bilingua.reading.parse`` (lxml parse + bilingua's block walk, embeds,
   hints), beside ``trafilatura.extract`` (its main-text extraction, what batch runs used
   before) and, to see what the parser alone costs, lxml's and selectolax's parsers with no
   walk;
2. reading + analysis: ``bilingua.analyze`` of what was read (``--backend``);
3. a gzip-compressed WARC of those pages (request and response records): documents/s and MB/s
   of archive through ``items`` + ``parse`` + ``analyze``;
4. memory: peak RSS of a batch run (``run_batch``, JSONL pairs, one process) over WARCs of
   ``--sizes`` MB (compressed), each in a fresh process; ``--big-mb 1000`` adds a reading-only
   pass (``items`` + ``parse`` of every record) over a WARC of that size.

Prints markdown tables. Needs no data beyond the repository.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._machine import cpu_name, version_of
from bilingua.reading import Item, items, parse

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "read" / "fixtures"
LAYOUTS = ("bbc_like.html", "guardian_like.html", "pravda_like_cp1251.html", "wordpress_blog.html")
_FILLER = (
    "<p>Officials in the region said the situation remained difficult, and aid convoys were "
    "expected to arrive in the coming days; page {page}, paragraph {n}. Residents described "
    "long queues for water and power cuts that lasted through the night.</p>\n"
)
_STATE = "<script>window.__STATE__ = {blob};</script>\n"


def make_page(number: int) -> tuple[bytes, str]:
    """Page ``number``: a fixture layout made unique and about 50 kB, and its charset."""
    name = LAYOUTS[number % len(LAYOUTS)]
    charset = "cp1251" if "cp1251" in name else "utf-8"
    html = (FIXTURES / name).read_bytes().decode(charset)
    filler = "".join(_FILLER.format(page=number, n=n) for n in range(24))
    # a page's state differs from page to page, so the archive compresses as real ones do
    noise = random.Random(number).randbytes(12_000).hex()
    state = json.dumps({"page": number, "token": noise, "items": [{"id": i} for i in range(900)]})
    html = html.replace("</body>", _STATE.format(blob=state) + "</body>", 1)
    for marker in ("</article>", '<div class="post_tags">'):
        if marker in html:
            html = html.replace(marker, filler + marker, 1)
            break
    return html.encode(charset), charset


def _timed(work: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def _row(name: str, seconds: float, pages: int, megabytes: float) -> str:
    return f"| {name} | {pages / seconds:,.1f} | {megabytes / seconds:,.2f} | {seconds:.2f} |"


def reading_table(pages: list[bytes], backend: str) -> list[str]:
    import lxml.html
    import trafilatura
    from selectolax.lexbor import LexborHTMLParser

    from bilingua import analyze

    size = sum(map(len, pages)) / 1e6
    page_items = [Item.of(f"page{i}.html", "html", page) for i, page in enumerate(pages)]
    decoded = [parse_charset(page) for page in pages]
    readings = [parse(item) for item in page_items]
    analyze(readings[0], backend=backend)  # warm up the pipeline
    rows = [
        ("bilingua.reading.parse (lxml + block walk)", lambda: [parse(i) for i in page_items]),
        ("trafilatura.extract", lambda: [trafilatura.extract(t) for t in decoded]),
        ("lxml.html parse only", lambda: [lxml.html.document_fromstring(t) for t in decoded]),
        ("selectolax (lexbor) parse only", lambda: [LexborHTMLParser(t) for t in decoded]),
        (
            f"bilingua read + analyze ({backend})",
            lambda: [analyze(parse(i), backend=backend) for i in page_items],
        ),
    ]
    lines = ["| step | pages/s | MB/s | seconds |", "| --- | ---: | ---: | ---: |"]
    for name, work in rows:
        lines.append(
            _row(name, _timed(work, repeat=1 if "analyze" in name else 3), len(pages), size)
        )
    return lines


def parse_charset(page: bytes) -> str:
    return page.decode("cp1251" if b"windows-1251" in page[:2000] else "utf-8")


def write_warc(path: Path, megabytes: float, first_page: int = 0) -> int:
    """A gzip WARC of request/response records of generated pages, grown to ``megabytes``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        while stream.tell() < megabytes * 1e6:
            page, charset = make_page(first_page + count)
            url = f"https://news.example.org/story/{first_page + count}"
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )
            headers = [("Content-Type", f"text/html; charset={charset}")]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(page), http_headers=http
            )
            writer.write_record(record)
            count += 1
    return count


def warc_table(root: Path, pages: int, backend: str) -> list[str]:
    from bilingua import analyze

    path = root / "small.warc.gz"
    written = 0
    megabytes = 1.0
    while written < pages:  # grow the archive until it holds the pages asked for
        written = write_warc(path, megabytes)
        megabytes *= 1.5
    size = path.stat().st_size / 1e6

    def read_only() -> None:
        for item in items([path]):
            if isinstance(item, Item):
                parse(item)

    def read_and_analyze() -> None:
        for item in items([path]):
            if isinstance(item, Item):
                analyze(parse(item), backend=backend)

    lines = [
        f"WARC: {written} pages, {size:.1f} MB gzip-compressed",
        "",
        "| step | pages/s | MB/s of archive | seconds |",
        "| --- | ---: | ---: | ---: |",
        _row("items + parse", _timed(read_only), written, size),
        _row(f"items + parse + analyze ({backend})", _timed(read_and_analyze), written, size),
    ]
    return lines


_CHILD = """
import resource, sys, time
from bilingua.batch import BatchOptions, run_batch
from bilingua.io import open_sink
from bilingua.reading import Item, items, parse
path, mode, backend, out = sys.argv[1:5]
began = time.perf_counter()
if mode == "batch":
    with open_sink("jsonl", out, "pair") as sink:
        stats = run_batch([path], sink, options=BatchOptions(backend=backend), progress=False)
    documents = stats.documents
else:
    documents = sum(1 for item in items([path]) if isinstance(item, Item) and parse(item))
seconds = time.perf_counter() - began
print(documents, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory_table(root: Path, sizes: list[float], big: float, backend: str) -> list[str]:
    lines = [
        "| run | archive MB (gz) | pages | seconds | peak RSS MB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    runs = [("batch", size) for size in sizes] + ([("read", big)] if big else [])
    for mode, size in runs:
        path = root / f"{mode}{size:g}.warc.gz"
        pages = write_warc(path, size)
        command = [sys.executable, "-c", _CHILD, str(path), mode, backend, str(root / "o.jsonl")]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
        result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        documents, seconds, rss = result.stdout.split()
        (root / "o.jsonl").unlink(missing_ok=True)
        what = f"run_batch ({backend})" if mode == "batch" else "items + parse"
        lines.append(
            f"| {what} | {path.stat().st_size / 1e6:,.0f} | {int(documents):,} "
            f"| {float(seconds):,.1f} | {int(rss) / 1024:,.0f} |"
        )
        assert int(documents) == pages, (documents, pages)
        path.unlink()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages read and analysed")
    parser.add_argument("--backend", default="rules", choices=("rules", "stanza", "auto"))
    parser.add_argument(
        "--sizes", type=float, nargs="*", default=[20, 80], help="WARC sizes (MB) of batch runs"
    )
    parser.add_argument("--big-mb", type=float, default=0, help="a reading-only WARC this big")
    args = parser.parse_args(argv)
    pages = [make_page(number)[0] for number in range(args.pages)]
    print(
        f"{platform.python_implementation()} {platform.python_version()}, {cpu_name()}, "
        f"{os.cpu_count()} CPUs; bilingua {version_of('bilingua')}, lxml {version_of('lxml')}, "
        f"trafilatura {version_of('trafilatura')}, selectolax {version_of('selectolax')}, "
        f"warcio {version_of('warcio')}"
    )
    mean = sum(map(len, pages)) / len(pages) / 1e3
    print(f"\n{args.pages} pages of {mean:.0f} kB on average\n")
    print("\n".join(reading_table(pages, args.backend)))
    with tempfile.TemporaryDirectory() as tmp:
        print()
        print("\n".join(warc_table(Path(tmp), args.pages, args.backend)))
        print()
        print("\n".join(memory_table(Path(tmp), args.sizes, args.big_mb, args.backend)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
