"""Build WARC archives from generated pages, and the `enligt bench warc` benchmark.

`html_page` wraps a generated news text (`enligt.bench.synth`) in a realistic HTML page (head
metadata, navigation, an article with paragraphs, and padding in scripts and styles as modern
pages carry). `write_archive` writes such pages as WARC response records, each preceded by its
request record, plus an image response now and then, so that a reader has records to skip.
`warc_benchmark` builds an archive of about `size_mb` megabytes on disk (uncompressed `.warc`
unless `keep` names a `.warc.gz`) in a temporary folder, streams it
through `read_warc` and the pipeline, and prints pages/s and resident memory as it goes.
"""
from __future__ import annotations

import gc
import html
import io
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from enligt.bench.measure import rss_mb
from enligt.bench.synth import synthetic_page
from enligt.ingest.warc import read_warc
from enligt.models import Failure
from enligt.pipeline import analyze_items
from enligt.settings import Options

IMAGE_EVERY = 5  # one image record per this many pages


def text_page(i: int) -> tuple[str, bytes]:
    """(url, UTF-8 text) of the i-th generated page as a plain-text dump (a text/plain record)."""
    name, text = synthetic_page(i)
    return f"https://synth.example/{name[:-4]}", text.encode("utf-8")


def html_page(i: int, *, padding: int = 0) -> tuple[str, bytes]:
    """(url, HTML bytes) of the i-th generated page, with `padding` bytes of script."""
    name, text = synthetic_page(i)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    title = html.escape(lines[2] if len(lines) > 2 else name)
    paras = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines[3:])
    pad = ("<script>var x='" + "a" * padding + "';</script>") if padding else ""
    lang = "sv" if name.endswith("-sv.txt") else "en"
    page = (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title} | Synth</title>"
            f"<meta property=\"og:site_name\" content=\"Synth\">{pad}</head><body>"
            f"<nav><a href=\"/\">Start</a> <a href=\"/news\">News</a></nav><main><article><h1>{title}</h1>"
            f"{paras}</article></main><footer>© Synth</footer></body></html>")
    return f"https://synth.example/{name[:-4]}", page.encode("utf-8")


def write_archive(fh: io.BufferedIOBase, pages: Iterable[tuple[str, bytes]], *, gzip: bool = False,
                  charset: str | None = "utf-8", media_type: str = "text/html") -> int:
    """Write `pages` as request + response records of `media_type` (and some image records); return the
    record count."""
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    writer = WARCWriter(fh, gzip=gzip)
    n = 0
    for i, (url, body) in enumerate(pages):
        req = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                        http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "synth.example")],
                                                                      is_http_request=True))
        ctype = media_type + (f"; charset={charset}" if charset else "")
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        resp = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(req)
        writer.write_record(resp)
        n += 2
        if i % IMAGE_EVERY == 0:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url + ".png", "response",
                                                          payload=io.BytesIO(b"\x89PNG" + b"\0" * 64),
                                                          http_headers=img))
            n += 1
    return n


def _pages_until(fh: io.BufferedIOBase, size_bytes: int, page_bytes: int) -> Iterator[tuple[str, bytes]]:
    """Generated pages until the archive file reaches `size_bytes` on disk."""
    i = 0
    while fh.tell() < size_bytes:
        yield html_page(i, padding=page_bytes)
        i += 1


def warc_benchmark(*, size_mb: int = 1000, page_kb: int = 200, analyze: bool = True, keep: str | None = None) -> str:
    """Build a ~`size_mb` MB archive of ~`page_kb` KB pages, stream it, report pages/s and RSS."""
    options = Options()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(keep) if keep else Path(tmp) / "bench.warc"
        start = time.perf_counter()
        with path.open("wb") as fh:
            records = write_archive(fh, _pages_until(fh, size_mb * 2**20, page_kb * 1024), gzip=path.suffix == ".gz")
        lines = [(f"wrote {path.stat().st_size / 2**20:,.0f} MB, {records:,} records in "
                 f"{time.perf_counter() - start:,.1f} s; RSS {rss_mb():,.0f} MB")]
        items = read_warc(str(path), options)
        stream = analyze_items(items, options=options) if analyze else items
        start, done, failed = time.perf_counter(), 0, 0
        for res in stream:
            done += 1
            failed += isinstance(res, Failure)
            if done % 1000 == 0:
                gc.collect()
                lines.append(f"{done:>8,} pages  {done / (time.perf_counter() - start):8,.1f} pages/s  "
                             f"RSS {rss_mb():7.1f} MB  failed {failed}")
        rate = done / (time.perf_counter() - start)
        what = "read + analysed" if analyze else "read"
        lines.append(f"{done:,} pages {what} at {rate:,.1f} pages/s; final RSS {rss_mb():,.1f} MB; failed {failed}")
    return "\n".join(lines)
