"""Turn what the user names (files, folders, `-`, URLs, feeds, WARC archives) into a stream of pages.

Each input yields `Page`s or `Failure`s, lazily, so a batch of 100,000 pages runs in flat memory
and one bad page is reported while the rest go on. Which reader handles an input is chosen by its
shape in `reader_for`. This module sits on top of the ingest room: the readers below it
(`read`, `fetch`, `feed`, `warc`) never import it. The URL, feed and WARC readers are imported
when such an input is given, so that analysing local files does not pay for their imports
(socket, ipaddress, logging: about 15 ms a start).
"""
from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from enligt.errors import EnligtError, MissingInputError
from enligt.ingest.read import gunzip_limited, page_from_bytes, read_file, read_limited
from enligt.models import Failure, Item, Page
from enligt.settings import Options

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
Reader = Callable[[str, Options], Iterator[Item]]
_SURROGATE = re.compile("[\ud800-\udfff]")


def _one(read: Callable[[], Page], where: str) -> Iterator[Item]:
    try:
        yield read()
    except EnligtError as exc:
        exc.where = exc.where or where
        yield Failure(where, exc)


def page_files(folder: Path) -> Iterator[Path]:
    """Page files under `folder`, recursively, in sorted order, without loading the whole tree.

    Only regular files (or links to them; a broken link is listed, so that it is reported): a pipe named
    `x.txt` in a folder blocked the whole run forever on its read, a link to /dev/zero read up to the cap.
    A pipe or device named on the command line is still read, as the user asked."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        p = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from page_files(p)
        elif entry.name.lower().endswith(PAGE_SUFFIXES) and (_is_file(entry) or not p.exists()):
            yield p


def _is_file(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a link to one; False for a link in a loop (x.txt -> y.txt -> x.txt: is_file raised
    OSError "Too many levels of symbolic links" and the traceback ended the whole batch), which is then listed
    and reported when it is read."""
    try:
        return entry.is_file()
    except OSError:
        return False


def input_name(path: str | Path) -> str:
    """The name a page read from `path` goes by (its `input`, in errors, JSON and the corpus key): the path as
    given, with bytes that are not UTF-8 written as backslash escapes ('bad\\xff.txt'). Kept as they were
    (lone surrogates), they made JSON lines output that is not UTF-8 and a traceback in `ingest`."""
    name = str(path)
    if not _SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _read_folder(arg: str, options: Options) -> Iterator[Item]:
    for path in page_files(Path(arg)):
        name = input_name(path)
        yield from _one(functools.partial(read_file, path, where=name, options=options), name)


def _read_path(arg: str, options: Options) -> Iterator[Item]:
    name = input_name(arg)
    yield from _one(lambda: read_file(Path(arg), where=name, options=options), name)


def _read_stdin(arg: str, options: Options) -> Iterator[Item]:
    def read() -> Page:
        data = read_limited(sys.stdin.buffer, max_bytes=options.max_bytes, where="<stdin>")
        return page_from_bytes(gunzip_limited(data, max_bytes=options.max_bytes, where="-"), where="-", name="-")

    yield from _one(read, "-")


def _read_url(arg: str, options: Options) -> Iterator[Item]:
    from enligt.ingest import fetch  # on demand: start-up time (see the module docstring)

    yield from fetch.read_url(arg, options)


def _read_warc(arg: str, options: Options) -> Iterator[Item]:
    from enligt.ingest import warc

    yield from warc.read_warc(arg, options)


def _read_feed(arg: str, options: Options) -> Iterator[Item]:
    from enligt.ingest import feed, fetch

    yield from feed.read_feed_file(arg, options, follow=fetch.follow_links(options))


def _missing(arg: str, options: Options) -> Iterator[Item]:
    yield Failure(arg, MissingInputError("no such file or folder", where=arg))


def input_kind(arg: str) -> str:
    """What one command-line input is, by its shape: stdin, url, folder, missing, warc, feed or file."""
    lower = arg.lower()
    if arg == "-":
        return "stdin"
    if lower.startswith(("http://", "https://")):
        return "url"
    path = Path(arg)
    if path.is_dir():
        return "folder"
    if not path.exists() and not path.is_symlink():  # a link in a loop is read, and says so
        return "missing"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(FEED_SUFFIXES):
        return "feed"
    return "file"


READERS: dict[str, Reader] = {"stdin": _read_stdin, "url": _read_url, "folder": _read_folder, "missing": _missing,
                              "warc": _read_warc, "feed": _read_feed, "file": _read_path}


def reader_for(arg: str) -> Reader:
    """Pick the reader for one command-line input by its shape."""
    return READERS[input_kind(arg)]


def iter_pages(inputs: Iterable[str], *, options: Options) -> Iterator[Item]:
    """Every page of every input, in order, as `Page` or `Failure`."""
    for arg in inputs:
        yield from reader_for(arg)(arg, options)
