from __future__ import annotations

from pathlib import Path

from enligt.errors import MissingInputError, TooLargeError
from enligt.ingest.sources import iter_pages
from enligt.models import Failure, Page
from enligt.settings import Options


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_text("<html><body><p>Två</p></body></html>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ett", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Tre", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    items = list(iter_pages([str(tmp_path)], options=Options()))
    assert [Path(i.input).name for i in items] == ["a.txt", "two.html", "c.txt"]
    assert [i.kind for i in items if isinstance(i, Page)] == ["text", "html", "text"]


def test_bad_page_in_a_batch_is_a_failure_and_the_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("Första sidan", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "4.txt").write_text("Fjärde sidan", encoding="utf-8")
    items = list(iter_pages([str(tmp_path)], options=Options()))
    assert [type(i).__name__ for i in items] == ["Page", "Failure", "Failure", "Page"]
    assert all(str(tmp_path) in str(i.error) for i in items if isinstance(i, Failure))


def test_too_large_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    [item] = list(iter_pages([str(big)], options=Options(max_bytes=1000)))
    assert isinstance(item, Failure) and isinstance(item.error, TooLargeError)


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    [item] = list(iter_pages([str(tmp_path / "nope.txt")], options=Options()))
    assert isinstance(item, Failure) and isinstance(item.error, MissingInputError)


HTML_PAGE = ("<html><head><title>Brand i lagret</title></head><body><article><h1>Brand i lagret</h1>"
             "<p>Räddningstjänsten säger att branden i lagret släcktes efter flera timmars arbete i natt.</p>"
             "</article></body></html>")
TEXT_PAGE = "Brand i lagret\n\nRäddningstjänsten säger att branden i lagret släcktes efter flera timmars arbete i natt.\n"


def test_gzipped_pages_are_read_not_refused_as_binary(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "a.html.gz").write_bytes(gzip.compress(HTML_PAGE.encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(TEXT_PAGE.encode("cp1252")))
    (tmp_path / "c.warc.gz").write_bytes(b"not walked: archives are named, not found in folders")
    items = list(iter_pages([str(tmp_path)], options=Options()))
    assert [type(i).__name__ for i in items] == ["Page", "Page"]
    html_page, text_page = items
    assert isinstance(html_page, Page) and html_page.kind == "html" and "Brand i lagret" in html_page.content
    assert isinstance(text_page, Page) and text_page.kind == "text" and "Räddningstjänsten" in text_page.content
    assert text_page.encoding == "latin-1"  # decoded after inflating, as any page


def test_a_gzipped_page_that_inflates_past_the_cap_is_too_large(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    (item,) = iter_pages([str(path)], options=Options(max_bytes=100_000))
    assert isinstance(item, Failure) and isinstance(item.error, TooLargeError)


def test_a_broken_gzip_page_is_a_decode_failure(tmp_path: Path) -> None:
    import gzip

    from enligt.errors import DecodeError

    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(HTML_PAGE.encode())[:30])
    (item,) = iter_pages([str(path)], options=Options())
    assert isinstance(item, Failure) and isinstance(item.error, DecodeError) and "gzip" in item.error.message


def test_a_folder_lists_only_regular_page_files(tmp_path: Path) -> None:
    """A pipe named b.txt in a folder blocked the run forever on its read (nothing ever writes to it), and a
    link to /dev/zero was read up to the size cap; a broken link is still listed, so that it is reported."""
    import os

    from enligt.ingest.sources import page_files

    (tmp_path / "a.txt").write_text("Ett", encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").symlink_to("/dev/zero")
    (tmp_path / "d.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "e.txt").symlink_to(tmp_path / "a.txt")
    assert [p.name for p in page_files(tmp_path)] == ["a.txt", "d.txt", "e.txt"]
    items = list(iter_pages([str(tmp_path)], options=Options()))
    assert [(Path(i.input).name, type(i).__name__) for i in items] == [
        ("a.txt", "Page"), ("d.txt", "Failure"), ("e.txt", "Page")]


def test_a_symlink_loop_in_a_folder_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    """x.txt -> y.txt -> x.txt in a folder: DirEntry.is_file raised OSError 'Too many levels of symbolic links'
    and the traceback ended the whole batch; named on the command line, the loop was 'no such file or folder'."""
    (tmp_path / "a.txt").write_text("Ett", encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    (tmp_path / "z.txt").write_text("Tre", encoding="utf-8")
    (tmp_path / "up").symlink_to(tmp_path)  # a link to a folder above is not followed
    items = list(iter_pages([str(tmp_path), str(tmp_path / "x.txt")], options=Options()))
    assert [(Path(i.input).name, type(i).__name__) for i in items] == [
        ("a.txt", "Page"), ("x.txt", "Failure"), ("y.txt", "Failure"), ("z.txt", "Page"), ("x.txt", "Failure")]
    assert all("Too many levels of symbolic links" in str(i.error) for i in items if isinstance(i, Failure))


def test_a_file_name_that_is_not_utf8_is_named_with_backslash_escapes(tmp_path: Path) -> None:
    """A name with bytes that are not UTF-8 ('bad\\xff.txt') kept them as lone surrogates: `analyze --format jsonl`
    wrote lines that are not UTF-8 (not JSON a strict reader takes) and `ingest` stopped on a UnicodeEncodeError."""
    import json
    import os

    from enligt.output.jsonout import write_jsonl
    from enligt.pipeline import analyze_items

    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"bad\xff\xfe.txt"), "wb") as fh:
        fh.write("Skatten höjs\n\nRegeringen vill höja skatten, säger finansministern.\n".encode())
    [item] = list(iter_pages([str(tmp_path)], options=Options()))
    assert isinstance(item, Page) and item.input == str(tmp_path / "bad\\xff\\xfe.txt")
    [analysis] = list(analyze_items([item], options=Options()))

    class Out:
        text = ""

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

    out = Out()
    write_jsonl(analysis, out)  # type: ignore[arg-type]
    assert json.loads(out.text.encode("utf-8"))["input"].endswith("bad\\xff\\xfe.txt")
