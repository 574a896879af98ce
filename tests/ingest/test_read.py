"""Bytes into pages: text-or-HTML sniffing and the size cap."""
from __future__ import annotations

import io

import pytest

from enligt.errors import TooLargeError
from enligt.ingest.read import page_from_bytes, read_limited, sniff_kind


def test_sniffs_html_without_suffix() -> None:
    assert sniff_kind(b"<!DOCTYPE html><html>", "page") == "html"
    assert sniff_kind(b"Dagens PS\n\nRyska soldater", "page") == "text"
    assert sniff_kind(b"<p>x</p>", "page.txt") == "text"


def test_read_limited_refuses_one_byte_over() -> None:
    assert read_limited(io.BytesIO(b"abc"), max_bytes=3, where="x") == b"abc"
    with pytest.raises(TooLargeError):
        read_limited(io.BytesIO(b"abcd"), max_bytes=3, where="x")


def test_meta_charset_of_an_html_page_is_used() -> None:
    data = b'<html><head><meta charset="windows-1252"></head><body>caf\xe9 \x93ja\x94</body></html>'
    page = page_from_bytes(data, where="p.html")
    assert page.kind == "html" and page.encoding == "cp1252" and "café “ja”" in page.content
