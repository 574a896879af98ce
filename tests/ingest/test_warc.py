"""WARC reading: pages out of response records, others skipped and counted, corrupt records survived."""
from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from enligt.bench.warc import html_page, write_archive
from enligt.errors import ArchiveError, TooLargeError
from enligt.ingest.sources import iter_pages
from enligt.ingest.warc import read_warc
from enligt.models import Failure, Page
from enligt.pipeline import analyze
from enligt.settings import Options

N = 6  # pages per test archive


def _archive(tmp_path: Path, name: str, pages: list[tuple[str, bytes]] | None = None, **kw: object) -> Path:
    path = tmp_path / name
    with path.open("wb") as fh:
        write_archive(fh, pages if pages is not None else [html_page(i) for i in range(N)],
                      gzip=name.endswith(".gz"), **kw)  # type: ignore[arg-type]
    return path


def _split(items: list[Page | Failure]) -> tuple[list[Page], list[Failure]]:
    return [i for i in items if isinstance(i, Page)], [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_html_responses_become_pages(tmp_path: Path, name: str) -> None:
    path = _archive(tmp_path, name)
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert not failures
    assert [p.url for p in pages] == [html_page(i)[0] for i in range(N)]
    assert all(p.kind == "html" and p.fetched and p.fetched[4] == "-" for p in pages)
    assert all(("warc", str(path)) in p.meta for p in pages)


def test_skipped_records_are_counted_in_a_note(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = _archive(tmp_path, "a.warc")
    with caplog.at_level(logging.INFO, logger="enligt.notes"):
        list(read_warc(str(path), Options()))
    # N requests + one image record every fifth page (pages 0 and 5)
    assert f"{N} page records read, {N + 2} other records skipped" in caplog.text


def test_charset_from_http_header(tmp_path: Path) -> None:
    body = "<html><head><title>Å</title></head><body><p>Blåbär och smörgås</p></body></html>".encode("latin-1")
    path = _archive(tmp_path, "latin.warc", [("https://x.example/a", body)], charset="iso-8859-1")
    (page,) = _split(list(read_warc(str(path), Options())))[0]
    assert "Blåbär och smörgås" in page.content
    assert page.encoding in ("iso8859-1", "latin-1", "cp1252", "iso-8859-1")


def _corrupt(data: bytes, marker: bytes, nth: int, width: int) -> bytes:
    starts = [i for i in range(len(data)) if data.startswith(marker, i)]
    i = starts[nth] + (0 if marker.startswith(b"WARC") else 20)
    return data[:i] + b"\0" * width + data[i + width:]


@pytest.mark.parametrize("name,marker", [("bad.warc", b"WARC/1."), ("bad.warc.gz", b"\x1f\x8b\x08")])
def test_corrupt_record_gives_one_failure_and_the_rest_go_on(tmp_path: Path, name: str, marker: bytes) -> None:
    good = _archive(tmp_path, "good" + name[3:])
    bad = tmp_path / name
    bad.write_bytes(_corrupt(good.read_bytes(), marker, 4, 30))  # the response record of page 1
    pages, failures = _split(list(read_warc(str(bad), Options())))
    assert len(failures) == 1 and isinstance(failures[0].error, ArchiveError)
    assert "corrupt record" in failures[0].error.message
    assert [p.url for p in pages] == [html_page(i)[0] for i in range(N) if i != 1]


def test_record_over_the_size_cap_fails_alone(tmp_path: Path) -> None:
    big = ("https://x.example/big", b"<html><body><p>" + b"x" * 5000 + b"</p></body></html>")
    path = _archive(tmp_path, "cap.warc", [html_page(0), big, html_page(2)])
    pages, failures = _split(list(read_warc(str(path), Options(max_bytes=4000))))
    assert len(pages) == 2
    assert len(failures) == 1 and isinstance(failures[0].error, TooLargeError)


def test_not_a_warc_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive\n" * 10)
    items = list(read_warc(str(path), Options()))
    assert items and all(isinstance(i, Failure) for i in items)


def test_warc_suffix_is_routed_and_analysed(tmp_path: Path) -> None:
    path = _archive(tmp_path, "routed.warc.gz")
    assert sum(isinstance(i, Page) for i in iter_pages([str(path)], options=Options())) == N
    results = list(analyze([str(path)], options=Options(attribution=False)))
    assert all(not isinstance(r, Failure) for r in results)
    assert results[1].article.title and results[1].article.outlet == "Synth"  # type: ignore[union-attr]


def test_write_archive_counts_records() -> None:
    assert write_archive(io.BytesIO(), [html_page(i) for i in range(3)]) == 3 * 2 + 1
