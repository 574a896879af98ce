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

