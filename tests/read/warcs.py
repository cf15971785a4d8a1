"""WARC files written with warcio for the tests: the records a crawler writes, mixed."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.read.conftest import FIXTURES

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> None:
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": "2022-04-15T06:30:00Z"},
    )
    writer.write_record(record)


def _request(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders(
        "GET / HTTP/1.1",
        [("Host", url.split("/")[2]), ("User-Agent", "test-crawler/1.0")],
        is_http_request=True,
    )
    writer.write_record(
        writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)
    )


def write_mixed_warc(path: Path, *, gzip: bool = True, truncate: bool = False) -> None:
    """warcinfo, then request/response pairs: two pages (one in windows-1251, charset in the
    HTTP header), an image, a redirect, a revisit; with ``truncate``, a last page cut short."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        bbc = "https://www.bbc.co.uk/news/world-europe-61100000"
        _request(writer, bbc)
        _response(
            writer, bbc, (FIXTURES / "bbc_like.html").read_bytes(), "text/html; charset=utf-8"
        )
        _response(writer, "https://www.bbc.co.uk/kuleba.png", PNG, "image/png")
        _response(
            writer,
            "http://bbc.co.uk/news",
            b"<html>Moved</html>",
            "text/html",
            "301 Moved Permanently",
        )
        up = "https://www.pravda.com.ua/news/2022/04/14/7339000/"
        page = (FIXTURES / "pravda_like_cp1251.html").read_bytes()
        _response(writer, up, page, "text/html; charset=windows-1251")
        revisit = writer.create_revisit_record(
            bbc,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=bbc,
            refers_to_date="2022-04-15T06:30:00Z",
        )
        writer.write_record(revisit)
        if truncate:
            blog = "https://blog.example.org/2022/03/06/"
            _response(writer, blog, (FIXTURES / "wordpress_blog.html").read_bytes(), "text/html")
    if truncate:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - 700])
