"""The work of a run cut into tasks: page files, WARC record ranges, and pages read on the client.

`plan` turns what the user names into `Task`s in input order. Files (given or found in folders)
go in groups; a WARC archive is indexed on the client (`enligt.ingest.warc.index_records`, which
reads record headers only) and cut into ranges of record starts, so one large archive keeps every
worker busy; URLs, feeds and standard input are read here and their pages sent in groups. A worker
reads its task's pages itself (`Work.read`), so files and archives must be at the same path on every
worker (a shared filesystem; always true of a local cluster). Each kind of work can be split into
single pages (`split`), which the runner does when a task keeps killing its worker.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from enligt.ingest.sources import READERS, input_kind, input_name, page_files
from enligt.ingest.warc import Counts, Mark, index_records, read_warc_range
from enligt.models import Item, Page
from enligt.settings import Options
from enligt.store.keys import content_hash, page_key

PAGES_PER_TASK = 64  # a task of ~64 pages: the scheduler and the client spend ~0.3 ms a page on it
BYTES_PER_TASK = 16 << 20


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _key(path: str) -> str:
    """The corpus key the page read from `path` will have (`enligt.store.keys.page_key` of its `input_name`).
    Path.resolve() raised RuntimeError on a symlink loop in a folder (and ended the run in a traceback) and
    kept bytes that are not UTF-8 as surrogates the database refuses."""
    name = input_name(path)
    return str(Path(name).resolve()) if Path(name).exists() else name


def _stat(path: str) -> tuple[int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class Files:
    """Page files, each read by the worker as `enligt ingest FILE` would."""

    paths: tuple[str, ...]

    def read(self, options: Options, counts: dict[str, Counts]) -> Iterator[Item]:
        for path in self.paths:
            yield from READERS["file"](path, options)

    def keys(self) -> list[str]:
        return [_key(p) for p in self.paths]

    def split(self) -> list[Files]:
        return [Files((p,)) for p in self.paths]

    def ident(self) -> str:
        return _digest("files", *(f"{os.path.realpath(p)}:{_stat(p)}" for p in self.paths))

    def describe(self) -> str:
        return self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} and {len(self.paths) - 1} more files"


@dataclass(frozen=True)
class WarcRange:
    """The records of one archive that start in [offsets[0], end) (end None: to the end of the file)."""

    path: str
    offsets: tuple[int, ...]
    end: int | None
    uris: tuple[str, ...] = ()

    def read(self, options: Options, counts: dict[str, Counts]) -> Iterator[Item]:
        tally = counts.setdefault(self.path, Counts())
        yield from read_warc_range(self.path, options, counts=tally, start=self.offsets[0], end=self.end)

    def keys(self) -> list[str]:
        return list(self.uris)

    def split(self) -> list[WarcRange]:
        ends = (*self.offsets[1:], self.end)
        return [WarcRange(self.path, (start,), end) for start, end in zip(self.offsets, ends)]

    def ident(self) -> str:
        return _digest("warc", os.path.realpath(self.path), _stat(self.path), self.offsets[0], self.end)

    def describe(self) -> str:
        return f"{self.path}@{self.offsets[0]}"


@dataclass(frozen=True)
class Pages:
    """Pages read on the client (URLs, feeds, standard input) or made by a program (generated pages)."""

    items: tuple[Item, ...]

    def read(self, options: Options, counts: dict[str, Counts]) -> Iterator[Item]:
        yield from self.items

    def keys(self) -> list[str]:
        return [page_key(i) for i in self.items if isinstance(i, Page)]

    def split(self) -> list[Pages]:
        return [Pages((i,)) for i in self.items]

    def ident(self) -> str:
        return _digest("pages", *(f"{page_key(i)}:{content_hash(i)}" if isinstance(i, Page) else i.input
                                   for i in self.items))

    def describe(self) -> str:
        return self.items[0].input if self.items else "<no pages>"


Work = Files | WarcRange | Pages


@dataclass(frozen=True)
class Task:
    """One share of a run: its place in the input order, its work, and the stored content hash of those of
    its pages the corpus already holds (`known`: key -> sha256), which the worker skips unanalysed."""

    seq: int
    work: Work
    known: Mapping[str, str] = field(default_factory=dict)

    def split(self) -> list[Task]:
        return [Task(self.seq, w, self.known) for w in self.work.split()]


def _warc_ranges(path: str, *, pages: int, size: int) -> Iterator[WarcRange]:
    marks: list[Mark] = []
    n_pages = 0
    for mark in index_records(path):
        if marks and (n_pages >= pages or mark.offset - marks[0].offset >= size):
            yield _range(path, marks, mark.offset)
            marks, n_pages = [], 0
        marks.append(mark)
        n_pages += mark.page
    if marks:
        yield _range(path, marks, None)


def _range(path: str, marks: list[Mark], end: int | None) -> WarcRange:
    return WarcRange(path, tuple(m.offset for m in marks), end, tuple(m.uri for m in marks if m.page and m.uri))


def _chunks(items: Iterable[Item], size: int) -> Iterator[Pages]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield Pages(tuple(batch))
            batch = []
    if batch:
        yield Pages(tuple(batch))


def _file_groups(paths: Iterable[str], *, pages: int, size: int) -> Iterator[Files]:
    group: list[str] = []
    total = 0
    for path in paths:
        group.append(path)
        total += max(0, _stat(path)[0])
        if len(group) >= pages or total >= size:
            yield Files(tuple(group))
            group, total = [], 0
    if group:
        yield Files(tuple(group))


def _works(inputs: Iterable[str], options: Options, pages: int, size: int) -> Iterator[Work]:
    files: list[str] = []
    for arg in inputs:
        kind = input_kind(arg)
        if kind == "file":
            files.append(arg)
            continue
        if kind == "folder":
            files.extend(str(p) for p in page_files(Path(arg)))
            continue
        yield from _file_groups(files, pages=pages, size=size)
        files = []
        if kind == "warc":
            yield from _warc_ranges(arg, pages=pages, size=size)
        else:
            yield from _chunks(READERS[kind](arg, options), pages)
    yield from _file_groups(files, pages=pages, size=size)


def plan(inputs: Iterable[str], *, options: Options, pages: int = PAGES_PER_TASK,
         size: int = BYTES_PER_TASK) -> Iterator[Task]:
    """The tasks of a run over `inputs`, in input order, of about `pages` pages or `size` bytes each."""
    for seq, work in enumerate(_works(inputs, options, pages, size)):
        yield Task(seq, work)


def plan_items(items: Iterable[Item], *, pages: int = PAGES_PER_TASK) -> Iterator[Task]:
    """Tasks over pages a program made (generated pages, a stream read elsewhere), `pages` per task."""
    for seq, work in enumerate(_chunks(items, pages)):
        yield Task(seq, work)
