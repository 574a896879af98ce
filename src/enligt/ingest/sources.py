"""Turn what the user names (files, folders, `-`, URLs, feeds, WARC archives) into a stream of pages.

Each input yields `Page`s or `Failure`s, lazily, so a batch of 100,000 pages runs in flat memory
and one bad page is reported while the rest go on. Which reader handles an input is a registry
lookup on its shape (`READERS`), not an if/elif chain.
"""
from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from enligt.errors import EnligtError, InputError, MissingInputError, TooLargeError
from enligt.ingest.decode import decode
from enligt.models import Page, PageKind
from enligt.settings import Options

PAGE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Failure:
    """A page (or input) that could not be read; the batch goes on without it."""

    input: str
    error: EnligtError


Item = Page | Failure
Reader = Callable[[str, Options], Iterator[Item]]


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
    try:
        with path.open("rb") as fh:
            data = read_limited(fh, max_bytes=options.max_bytes, where=where)
    except PermissionError as exc:
        raise InputError(f"cannot read: permission denied ({exc.strerror})", where=where) from exc
    except IsADirectoryError as exc:
        raise InputError("is a folder", where=where) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where=where) from exc
    return page_from_bytes(data, where=where, name=path.name)


def _one(read: Callable[[], Page], where: str) -> Iterator[Item]:
    try:
        yield read()
    except EnligtError as exc:
        exc.where = exc.where or where
        yield Failure(where, exc)


def _walk(folder: Path) -> Iterator[Path]:
    """Page files under `folder`, recursively, in sorted order, without loading the whole tree."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        p = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(p)
        elif entry.name.lower().endswith(PAGE_SUFFIXES):
            yield p


def _read_folder(arg: str, options: Options) -> Iterator[Item]:
    for path in _walk(Path(arg)):
        yield from _one(functools.partial(read_file, path, where=str(path), options=options), str(path))


def _read_path(arg: str, options: Options) -> Iterator[Item]:
    yield from _one(lambda: read_file(Path(arg), where=arg, options=options), arg)


def _read_stdin(arg: str, options: Options) -> Iterator[Item]:
    def read() -> Page:
        data = read_limited(sys.stdin.buffer, max_bytes=options.max_bytes, where="<stdin>")
        return page_from_bytes(data, where="-", name="-")

    yield from _one(read, "-")


def _read_url(arg: str, options: Options) -> Iterator[Item]:
    from enligt.ingest import fetch  # httpx is imported only when a URL is given

    yield from fetch.read_url(arg, options)


def _read_warc(arg: str, options: Options) -> Iterator[Item]:
    from enligt.ingest import warc

    yield from warc.read_warc(arg, options)


def _read_feed(arg: str, options: Options) -> Iterator[Item]:
    from enligt.ingest import feed

    yield from feed.read_feed_file(arg, options)


def _missing(arg: str, options: Options) -> Iterator[Item]:
    yield Failure(arg, MissingInputError("no such file or folder", where=arg))


def reader_for(arg: str) -> Reader:
    """Pick the reader for one command-line input by its shape."""
    lower = arg.lower()
    if arg == "-":
        return _read_stdin
    if lower.startswith(("http://", "https://")):
        return _read_url
    path = Path(arg)
    if path.is_dir():
        return _read_folder
    if not path.exists():
        return _missing
    if lower.endswith(WARC_SUFFIXES):
        return _read_warc
    if lower.endswith(FEED_SUFFIXES):
        return _read_feed
    return _read_path


def iter_pages(inputs: Iterable[str], *, options: Options) -> Iterator[Item]:
    """Every page of every input, in order, as `Page` or `Failure`."""
    for arg in inputs:
        yield from reader_for(arg)(arg, options)
