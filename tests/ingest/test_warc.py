"""WARC reading: pages out of response records, others skipped and counted, corrupt records survived."""
from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import pytest

from enligt.bench.warc import html_page, write_archive
from enligt.errors import ArchiveError, TooLargeError
from enligt.ingest.sources import iter_pages
from enligt.ingest.warc import Counts, Mark, index_records, read_warc, read_warc_range
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


def _raw_record(url: str, body: bytes, *, http_extra: bytes = b"", warc_extra: bytes = b"",
                length: int | None = None) -> bytes:
    """One uncompressed WARC response record, written by hand so a test can break any part of it."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + http_extra + b"\r\n" + body
    n = len(http) if length is None else length
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url.encode() + b"\r\n"
            b"WARC-Date: 2024-05-02T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            + warc_extra + b"Content-Length: " + str(n).encode() + b"\r\n\r\n")
    return head + http + b"\r\n\r\n"


def _write(path: Path, records: list[bytes]) -> Path:
    import gzip

    path.write_bytes(b"".join(gzip.compress(r) for r in records) if path.name.endswith(".gz") else b"".join(records))
    return path


# Broken headers found by fuzzing (issue 13): each a record between two good ones.
LONG = b"x" * (200 * 1024)
BROKEN_HEADERS = [
    ("WARC header line of 200 KiB", {"warc_extra": b"WARC-Comment: " + LONG + b"\r\n"}, "header line longer"),
    ("HTTP header line of 200 KiB", {"http_extra": b"Set-Cookie: " + LONG + b"\r\n"}, "header line longer"),
    ("WARC header line that never ends", {"warc_extra": b"WARC-Comment: " + LONG * 2}, "header line longer"),
    ("2 MiB of short WARC header lines", {"warc_extra": b"WARC-Comment: abcdefghij\r\n" * 80_000},
     "header lines longer"),
    ("2 MiB of short HTTP header lines", {"http_extra": b"X-Pad: abcdefghij\r\n" * 100_000}, "header lines longer"),
]


@pytest.mark.parametrize("name", ["h.warc", "h.warc.gz"])
@pytest.mark.parametrize(("case", "broken", "message"), BROKEN_HEADERS, ids=[b[0] for b in BROKEN_HEADERS])
def test_header_lines_and_blocks_are_bounded(tmp_path: Path, name: str, case: str, broken: dict[str, bytes],
                                             message: str) -> None:
    good = [_raw_record(url, body) for url, body in (html_page(0), html_page(1))]
    bad = _raw_record("https://x.example/bad", b"<html><body><p>bad</p></body></html>", **broken)
    if case == "WARC header line that never ends":
        bad = bad[:bad.index(b"WARC-Comment")] + b"WARC-Comment: " + LONG * 2
        path = _write(tmp_path / name, [good[0], bad])
    else:
        path = _write(tmp_path / name, [good[0], bad, good[1]])
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert len(failures) == 1, [f.error for f in failures]
    err = failures[0].error
    assert isinstance(err, ArchiveError) and message in err.message
    assert err.where is not None and err.where.startswith(f"{path}@") and "record at byte" in err.message
    expected = [html_page(0)[0]] + ([] if case == "WARC header line that never ends" else [html_page(1)[0]])
    assert [p.url for p in pages] == expected


def test_a_content_length_past_the_end_of_the_file_is_reported(tmp_path: Path) -> None:
    first = _raw_record(*html_page(0))
    huge = _raw_record("https://x.example/huge", b"<html><body><p>short</p></body></html>", length=2**31)
    path = _write(tmp_path / "huge.warc", [first, huge])
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert [p.url for p in pages] == [html_page(0)[0]]
    assert len(failures) == 1 and "runs past the end of the file" in failures[0].error.message
    assert failures[0].error.where == f"{path}@{len(first)}"


def test_a_content_length_over_the_next_record_does_not_swallow_it(tmp_path: Path) -> None:
    first, third = _raw_record(*html_page(0)), _raw_record(*html_page(2))
    body = b"<html><body><p>short</p></body></html>"
    over = _raw_record("https://x.example/over", body, length=len(body) + 200 + len(third) // 2)
    path = _write(tmp_path / "over.warc", [first, over, third])
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert [p.url for p in pages] == [html_page(0)[0], html_page(2)[0]]
    assert len(failures) == 1 and "runs over the next record" in failures[0].error.message



def test_a_response_without_a_target_uri_is_one_corrupt_record(tmp_path: Path) -> None:
    """warcio raised AttributeError out of the batch on such a record (found building the header bench)."""
    for name in ("n.warc", "n.warc.gz"):
        good = [_raw_record(url, body) for url, body in (html_page(0), html_page(1))]
        bad = _raw_record("https://x.example/bad", b"<html><body><p>x</p></body></html>")
        bad = bad.replace(b"WARC-Target-URI: https://x.example/bad\r\n", b"")
        path = _write(tmp_path / name, [good[0], bad, good[1]])
        pages, failures = _split(list(read_warc(str(path), Options())))
        assert len(failures) == 1 and "AttributeError" in failures[0].error.message, failures
        assert [p.url for p in pages] == [html_page(0)[0], html_page(1)[0]]


def _by_ranges(path: Path, marks: list[Mark], cuts: list[int]) -> list[Page | Failure]:
    """Read an archive in the ranges that start at the marks numbered `cuts` (as several workers would)."""
    starts = [marks[i].offset for i in cuts]
    out: list[Page | Failure] = []
    for start, end in zip(starts, [*starts[1:], None]):
        out.extend(read_warc_range(str(path), Options(), counts=Counts(), start=start, end=end))
    return out


def _same(a: list[Page | Failure], b: list[Page | Failure]) -> bool:
    """The same pages and the same failures at the same places (warcio words a corrupt record's detail
    differently when reading starts right at it)."""
    def seen(items: list[Page | Failure]) -> list[tuple[str, str, str]]:
        return [(i.input, i.content, "") if isinstance(i, Page) else (i.input, i.error.kind, i.error.message.split(":")[0])
                for i in items]
    return seen(a) == seen(b)


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_index_marks_every_record_start(tmp_path: Path, name: str) -> None:
    path = _archive(tmp_path, name)
    marks = list(index_records(str(path)))
    assert len(marks) == 3 * N - (N - 2)  # request + response per page, an image record on pages 0 and 5
    assert [m.offset for m in marks] == sorted({m.offset for m in marks}) and marks[0].offset == 0
    assert [m.uri for m in marks if m.page and not m.uri.endswith(".png")] == [html_page(i)[0] for i in range(N)]


@pytest.mark.parametrize("name,marker", [("a.warc", None), ("a.warc.gz", None), ("bad.warc", b"WARC/1."),
                                         ("bad.warc.gz", b"\x1f\x8b\x08")])
@pytest.mark.parametrize("cuts", [[0, 3], [0, 1, 2, 5, 9], "each"])
def test_ranges_read_every_record_once_whatever_the_cuts(tmp_path: Path, name: str, marker: bytes | None,
                                                         cuts: list[int] | str) -> None:
    path = _archive(tmp_path, "good" + name[name.index("."):])
    if marker is not None:
        path = tmp_path / name
        path.write_bytes(_corrupt((tmp_path / ("good" + name[name.index("."):])).read_bytes(), marker, 4, 30))
    whole = list(read_warc(str(path), Options()))
    marks = list(index_records(str(path)))
    chosen = list(range(len(marks))) if cuts == "each" else [c for c in cuts if c < len(marks)]
    assert _same(_by_ranges(path, marks, chosen), whole)
    assert sum(isinstance(i, Failure) for i in whole) == (marker is not None)


def test_range_counts_add_up_to_the_archive_note(tmp_path: Path) -> None:
    path = _archive(tmp_path, "a.warc")
    marks = list(index_records(str(path)))
    total = Counts()
    for start, end in ((0, marks[4].offset), (marks[4].offset, None)):
        part = Counts()
        list(read_warc_range(str(path), Options(), counts=part, start=start, end=end))
        total.add(part)
    assert (total.pages, total.skipped, total.opened) == (N, N + 2, True)


def test_index_of_a_file_that_is_no_archive_is_one_mark(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive\n" * 10)
    assert list(index_records(str(path))) == [Mark(0, True)]


def _first_uri_bracketed(data: bytes) -> bytes:
    i = data.index(b"WARC-Target-URI: ") + len(b"WARC-Target-URI: ")
    j = data.index(b"\r\n", i)
    return data[:i] + b"<" + data[i:j].replace(b"/page", b"/a page") + b">" + data[j:]


def _longer_block(data: bytes) -> bytes:
    i = data.index(b"Content-Length: ", data.index(b"WARC-Type: response")) + len(b"Content-Length: ")
    j = data.index(b"\r\n", i)
    return data[:i] + str(int(data[i:j]) + 7).encode() + data[j:]


@pytest.mark.parametrize("change", [
    lambda d: d,
    lambda d: _corrupt(d, b"WARC/1.", 1, 30),
    lambda d: _corrupt(d, b"WARC/1.", 4, 30),
    lambda d: _corrupt(d, b"WARC/1.", 4, 3),
    lambda d: d[:-100],  # the last record cut short
    lambda d: d + b"trailing junk\r\n",
    _longer_block,  # a Content-Length that runs over the next record
    _first_uri_bracketed,  # '<uri>' and a space, which warcio mends
    lambda d: d.replace(b"\r\n\r\nWARC/1.", b"\r\n\r\n\r\nWARC/1.", 3),  # an extra blank line between records
    lambda d: d.replace(b"\r\nWARC-Type: request", b"\nWARC-Type: request", 1),  # a bare line end
    lambda d: d.replace(b"WARC-Type: request", b"WARC-Type: request\r\n continued", 1),  # a folded header line
    lambda d: d.replace(b"WARC-Type: response", b"WARC-Type: Response", 1),
])
def test_the_index_read_from_the_bytes_marks_what_warcio_marks(tmp_path: Path, change: Any) -> None:
    from enligt.ingest.warc import _walked_marks

    path = tmp_path / "x.warc"
    path.write_bytes(change(_archive(tmp_path, "good.warc").read_bytes()))
    with path.open("rb") as fh:
        assert list(index_records(str(path))) == list(_walked_marks(fh, str(path), 0))


def test_a_well_formed_archive_is_indexed_without_warcio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from enligt.ingest import warc

    path = _archive(tmp_path, "good.warc")
    expected = list(index_records(str(path)))
    monkeypatch.setattr(warc, "_walk", lambda *a, **k: pytest.fail("warcio walked a well-formed archive"))
    assert list(index_records(str(path))) == expected and len(expected) == 3 * N - (N - 2)


def test_the_index_read_from_the_bytes_marks_every_kind_of_record_as_warcio(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    from enligt.ingest.warc import _walked_marks

    path = tmp_path / "kinds.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        writer.write_record(writer.create_warcinfo_record("kinds.warc", {"software": "a test"}))
        for i in range(3):
            url, http = f"https://x.example/sida-{i}?å=ä", StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                                                          protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(b"<p>Hej</p>" * i),
                                                          http_headers=http))
            writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"via: test\r\n"),
                                                          warc_content_type="application/warc-fields"))
            writer.write_record(writer.create_revisit_record(url, digest="sha1:AAAA", refers_to_uri=url,
                                                             refers_to_date="2024-05-02T00:00:00Z", http_headers=http))
    with path.open("rb") as fh:
        walked = list(_walked_marks(fh, str(path), 0))
    assert list(index_records(str(path))) == walked and len(walked) == 10
    assert [m.uri for m in walked if m.page] == [f"https://x.example/sida-{i}?å=ä" for i in range(3)]



def test_corrupt_member_is_reported_at_its_start_by_any_range(tmp_path: Path) -> None:
    """Zeros inside a gzip member's deflate data: warcio, starting afresh at such a member, may read on as
    plain bytes and fail only at the next member; the failure must stay the member's, once, whatever the
    cuts. Where zeros break the stream depends on the compressed bytes (random record ids and dates), so
    many archives are tried."""
    for k in range(60):
        good = _archive(tmp_path, f"good{k}.warc.gz")
        bad = tmp_path / f"bad{k}.warc.gz"
        bad.write_bytes(_corrupt(good.read_bytes(), b"\x1f\x8b\x08", 4, 30))
        whole = list(read_warc(str(bad), Options()))
        marks = list(index_records(str(bad)))
        assert _same(_by_ranges(bad, marks, list(range(len(marks)))), whole), k


def test_plain_archive_named_gz_is_read_as_it_is(tmp_path: Path) -> None:
    _archive(tmp_path, "plain.warc").rename(tmp_path / "plain.warc.gz")
    path = tmp_path / "plain.warc.gz"
    whole = list(read_warc(str(path), Options()))
    assert [p.url for p in whole if isinstance(p, Page)] == [html_page(i)[0] for i in range(N)]
    marks = list(index_records(str(path)))
    assert _same(_by_ranges(path, marks, list(range(len(marks)))), whole)



def _cut_in_last_page(data: bytes, name: str) -> bytes:
    """The archive cut in the middle of its last page's response record: 40 bytes into its gzip member, or
    in its WARC header (`early`: in the middle of the line after its URI; else: after its URI and date lines)."""
    marker = b"\x1f\x8b\x08" if name.endswith(".gz") else b"WARC/1."
    starts = [i for i in range(len(data)) if data.startswith(marker, i)]
    last_page = starts[-2]  # the last record is a request or an image: the one before it is a page
    if name.endswith(".gz"):
        return data[:last_page + 40]
    if name.startswith("early"):
        return data[:data.index(b"\r\nWARC-Date", last_page) + 8]
    return data[:data.index(b"\r\nContent-Type", last_page) + 2]


@pytest.mark.parametrize(("name", "message"), [
    # a .warc.gz cut in a gzip member ended quietly: its last records were lost, exit status 0
    ("cut.warc.gz", "the archive ends in the middle of it (a cut gzip member)"),
    # a .warc cut inside a record's header: warcio read no record there, or an empty one, and it went unreported
    ("cut.warc", "the archive ends in the middle of it (its header is cut short)"),
    ("early-cut.warc", "the archive ends in the middle of it (its header is cut short)"),
])
def test_a_cut_archive_reports_the_cut_record(tmp_path: Path, name: str, message: str) -> None:
    whole = _archive(tmp_path, "whole" + name[name.index("."):])
    cut = tmp_path / name
    cut.write_bytes(_cut_in_last_page(whole.read_bytes(), name))
    pages, failures = _split(list(read_warc(str(cut), Options())))
    assert len(failures) == 1 and message in failures[0].error.message, [f.error for f in failures]
    assert str(cut) + "@" in str(failures[0].error)
    assert pages and len(pages) < N


def test_warcio_warnings_do_not_reach_stderr_and_offsets_are_never_negative(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gzip file holding several records in one member made warcio print its own multi-line WARNING to
    stderr and report the record at byte -111, whose seek then failed again ("cannot read: Invalid argument")."""
    import gzip

    bad = tmp_path / "one-member.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a warc\n" * 10))
    items = list(read_warc(str(bad), Options()))
    failures = [i for i in items if isinstance(i, Failure)]
    assert failures and all("@-" not in str(f.error) and "Invalid argument" not in str(f.error) for f in failures)
    assert all("\n" not in str(f.error) and "  " not in str(f.error) for f in failures)
    assert capsys.readouterr().err == ""


def test_a_record_without_content_length_is_reported(tmp_path: Path) -> None:
    """warcio read a WARC record without Content-Length (a header cut by the end of the file) as an empty
    record: the page in it was counted as skipped, exit status 0."""
    cut = b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Tar"
    path = _write(tmp_path / "nolength.warc", [_raw_record("https://x.example/b", b"<p>Hej</p>"), cut])
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert len(pages) == 1 and len(failures) == 1
    assert "it has no valid Content-Length (a header cut short or corrupt)" in failures[0].error.message


def _block_record(url: str, block: bytes, content_type: bytes) -> bytes:
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url.encode() + b"\r\n"
            b"WARC-Date: 2024-05-02T10:00:00Z\r\nContent-Type: " + content_type + b"\r\n"
            b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n")
    return head + block + b"\r\n\r\n"


PAGE_HTML = b"<html><head><title>Hej</title></head>\r\n\r\n<body><p>Blabar och smorgas.</p></body></html>"


@pytest.mark.parametrize("name", ["b.warc", "b.warc.gz"])
@pytest.mark.parametrize(("block", "content_type", "message"), [
    # a page stored without its HTTP headers was counted among the skipped records: lost, exit status 0
    (PAGE_HTML, b"text/html", ("a response record without HTTP headers (its WARC Content-Type is text/html, "
                              "not application/http)")),
    (b"garbage no http\r\n\r\n" + PAGE_HTML, b"application/http; msgtype=response",
     "a response record whose block does not start with an HTTP status line ('garbage no http')"),
])
def test_a_response_record_that_is_no_http_message_is_reported(tmp_path: Path, name: str, block: bytes,
                                                                content_type: bytes, message: str) -> None:
    good = _raw_record("https://x.example/good", PAGE_HTML)
    path = _write(tmp_path / name, [good, _block_record("https://x.example/bad", block, content_type), good])
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert len(pages) == 2 and len(failures) == 1
    assert failures[0].error.message == message
    assert "(https://x.example/bad)" in str(failures[0].error)


def _resource_record(url: str, block: bytes, content_type: bytes) -> bytes:
    """A `resource` record: the page itself as the block, no HTTP message (wget --warc, archive uploads)."""
    return _block_record(url, block, content_type).replace(b"WARC-Type: response", b"WARC-Type: resource", 1)


ARTICLE = ("<html><head><title>Branden i hamnen</title></head><body><h1>Branden i hamnen</h1>"
           "<p>Tre personer skadades i branden, säger räddningstjänstens insatsledare Eva Lund.</p></body></html>")


@pytest.mark.parametrize("name", ["r.warc", "r.warc.gz"])
@pytest.mark.parametrize(("content_type", "block", "kind"), [
    (b"text/html; charset=utf-8", ARTICLE.encode(), "html"),
    (b"text/html; charset=iso-8859-1", ARTICLE.encode("latin-1"), "html"),
    (b"text/plain", b"Branden i hamnen\n\nTre personer skadades, s\xc3\xa4ger Eva Lund.\n", "text"),
])
def test_a_resource_record_holding_a_page_is_read_as_one(tmp_path: Path, name: str, content_type: bytes,
                                                        block: bytes, kind: str) -> None:
    # resource records were skipped as "other records": a page archived without HTTP headers was lost
    image = _resource_record("https://x.example/bild.jpg", b"\xff\xd8\xff\xe0 not a page", b"image/jpeg")
    path = _write(tmp_path / name, [_resource_record("https://x.example/brand", block, content_type), image])
    pages, failures = _split(list(read_warc(str(path), Options())))
    assert not failures and [(p.url, p.kind) for p in pages] == [("https://x.example/brand", kind)]
    assert "Tre personer skadades" in pages[0].content and "Ã" not in pages[0].content
    # the index marks the records that may hold a page by their type, as it marks responses
    assert [m.page for m in index_records(str(path))] == [True, True]
