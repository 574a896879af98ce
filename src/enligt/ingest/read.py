"""Bytes into a `Page`: the size cap, gzip, text-or-HTML sniffing, the declared charset, decoding.

The low floor of the ingest room: the readers of files (`enligt.ingest.sources`), URLs
(`fetch`), feeds (`feed`) and WARC archives (`warc`) all turn their bytes into pages here.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from enligt.errors import DecodeError, InputError, TooLargeError
from enligt.ingest.decode import decode
from enligt.models import Page, PageKind
from enligt.settings import Options

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
GZIP_MAGIC = b"\x1f\x8b"
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


def sniff_kind(data: bytes, name: str) -> PageKind:
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(".txt"):
        return "text"
    return "html" if _HTML_SNIFF.search(data[:4096]) else "text"


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def read_limited(stream: BinaryIO, *, max_bytes: int, where: str) -> bytes:
    """Read at most `max_bytes`; a longer input raises `TooLargeError` without reading it all."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"larger than the {max_bytes:,} byte limit (see --max-bytes)", where=where)
    return data


def gunzip_limited(data: bytes, *, max_bytes: int, where: str) -> bytes:
    """`data` itself, or, when it is gzip-compressed (a `.html.gz` page), its content, of at most
    `max_bytes` (a small file that inflates past the cap raises `TooLargeError` without inflating it all)."""
    if not data.startswith(GZIP_MAGIC):
        return data
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            return read_limited(gz, max_bytes=max_bytes, where=where)  # type: ignore[arg-type]
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(f"cannot decompress: not a valid gzip file ({exc})", where=where) from exc


def page_from_bytes(data: bytes, *, where: str, name: str | None = None, url: str | None = None,
                    declared: str | None = None, fetched: str | None = None,
                    meta: tuple[tuple[str, str], ...] = ()) -> Page:
    """Decode raw bytes into a `Page`, sniffing text vs HTML. Raises `InputError` subclasses."""
    kind = sniff_kind(data, name or where)
    charset = declared or (declared_charset(data) if kind == "html" else None)
    decoded = decode(data, where=where, declared=charset)
    return Page(input=where, content=decoded.text, kind=kind, encoding=decoded.encoding, url=url,
                fetched=fetched, meta=meta)


def read_file(path: Path, *, where: str, options: Options) -> Page:
    """The page in one file, read up to `options.max_bytes`. Raises `InputError` subclasses."""
    try:
        with path.open("rb") as fh:
            data = read_limited(fh, max_bytes=options.max_bytes, where=where)
    except PermissionError as exc:
        raise InputError(f"cannot read: permission denied ({exc.strerror})", where=where) from exc
    except IsADirectoryError as exc:
        raise InputError("is a folder", where=where) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where=where) from exc
    data = gunzip_limited(data, max_bytes=options.max_bytes, where=where)
    return page_from_bytes(data, where=where, name=path.name.removesuffix(".gz").removesuffix(".GZ"))
