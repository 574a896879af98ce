"""The hostile inputs of `enligt bench pathological` that test limits rather than rules (issue 13).

- plain-text structuring of 1, 4 and 8 MiB of one-line paragraphs: CPU seconds grow linearly
  (they once grew with the square: 0.45 s, 4.9 s, 20 s);
- a 2 MB `.warc.gz` holding one 2 GiB header line, then a good record: the bad record is refused
  after 64 KiB, the good one is read (it once took 4 minutes and 6.4 GB);
- a local server that sends a byte a second, fetched with `--timeout 3`: wall seconds (once 62 s).

Figures are printed, never asserted by tests.
"""
from __future__ import annotations

import resource
import struct
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from enligt.errors import EnligtError
from enligt.ingest.read import page_from_bytes
from enligt.models import Failure
from enligt.settings import Options

PARAGRAPH = "Branden i lagret släcktes efter flera timmar och ingen skadades, säger räddningstjänsten.\n"
HEAD = "Rubrik om provet\n\nPolisen uppger att flera personer har gripits efter bränderna i natt, säger hon.\n\n"


def structuring_lines(sizes_mib: tuple[int, ...] = (1, 4, 8)) -> list[str]:
    """CPU seconds to structure plain text of one-line paragraphs, per size."""
    from enligt.pipeline import structure

    options = Options(lang="sv")
    out = []
    for mib in sizes_mib:
        text = HEAD + PARAGRAPH * (mib * 2**20 // len(PARAGRAPH.encode()))
        page = page_from_bytes(text.encode(), where=f"{mib}mib.txt")
        start = time.process_time()
        article = structure(page, options=options)
        seconds = time.process_time() - start
        out.append(f"{f'plain text, {mib} MiB of paragraphs':34} {len(text.encode()) / 1e6:5.2f} MB  {seconds:5.2f} s  "
                   f"structure only: {len(article.body):,} paragraphs")
    return out


def write_huge_header_warc(path: Path, *, line_mib: int = 2048) -> int:
    """A .warc.gz whose first record has one header line of `line_mib` MiB, then a good page record.

    The deflate stream is one fully flushed 1 MiB block repeated, so a 2 GiB line costs ~2 MB on
    disk and a second to write. Returns the file size.
    """
    from enligt.bench.warc import html_page, write_archive

    head = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/huge\r\nWARC-Comment: "
    chunk, end = b"x" * 2**20, b"\r\n\r\n"
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    last = comp.compress(end) + comp.flush()
    crc = zlib.crc32(head)
    for _ in range(line_mib):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(end, crc)
    size = (len(head) + line_mib * len(chunk) + len(end)) & 0xFFFFFFFF
    with path.open("wb") as fh:
        fh.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + first)
        for _ in range(line_mib):
            fh.write(block)
        fh.write(last + struct.pack("<II", crc, size))
        write_archive(fh, [html_page(0)], gzip=True)  # type: ignore[arg-type]
    return path.stat().st_size


def warc_header_line() -> str:
    """Read the 2 GiB-header-line archive: seconds, peak memory, what came out."""
    from enligt.ingest.warc import read_warc

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "huge-header.warc.gz"
        size = write_huge_header_warc(path)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start, cpu = time.perf_counter(), time.process_time()
        items = list(read_warc(str(path), Options()))
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    failures = [i for i in items if isinstance(i, Failure)]
    first = failures[0].error.message if failures else "no failure"
    return (f"{'.warc.gz with a 2 GiB header line':34} {size / 1e6:5.2f} MB  {wall:5.2f} s  "
            f"{len(items) - len(failures)} page read, {len(failures)} refused ({first}); peak RSS {peak:.0f} MB "
            f"(before {before:.0f} MB), CPU {cpu:.2f} s")


class _Drip(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "120")
            self.end_headers()
            for _ in range(120):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1.0)
        except OSError:
            pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def dripping_server() -> Iterator[str]:
    """A loopback server that sends its 120-byte body one byte a second."""
    httpd = _QuietServer(("127.0.0.1", 0), _Drip)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def slow_drip_fetch(timeout: float = 3.0) -> str:
    """Wall seconds until a fetch of the dripping server gives up with `--timeout 3`."""
    from enligt.ingest.fetch import fetch

    with dripping_server() as url:
        start = time.perf_counter()
        try:
            fetch(url, Options(allow_private=True, timeout=timeout))
            outcome = "read"
        except EnligtError as exc:
            outcome = f"{exc.kind}: {exc.message}"
        wall = time.perf_counter() - start
    return f"{'a byte a second, --timeout 3':34} {'':8}  {wall:5.2f} s  {outcome} (wall clock)"


def limits_lines() -> list[str]:
    return [*structuring_lines(), warc_header_line(), slow_drip_fetch()]
