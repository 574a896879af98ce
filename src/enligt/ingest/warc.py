"""WARC archives: the one seam around warcio.

`read_warc` streams an archive record by record (flat memory whatever its size) and yields each
HTML (or plain-text) `response` or `resource` record as a `Page`: url = WARC-Target-URI, fetched =
WARC-Date, charset from the HTTP Content-Type header (a resource record's: the WARC one), then the
page's meta tag, then detection.
Other records (requests, metadata, images, scripts, revisits) are skipped and counted. A corrupt
record becomes one `Failure`; reading then resumes at the next record start found in the file
(the next "WARC/1." line, or the next gzip member of a .warc.gz). Header lines (WARC and HTTP)
are bounded (`MAX_HEADER_LINE`, `MAX_HEADER_BLOCK`), so a record whose header never ends costs a
bounded read, not the whole file in memory. In an uncompressed archive, a record whose
Content-Length runs past the end of the file or over the next record is reported, not read into
the next record, and so is the record an archive ends in (a cut gzip member or WARC header), which
warcio passes over quietly. warcio's own warnings are kept off stderr. When the archive ends, one
note ("N pages, M records skipped") goes to the `enligt.notes` logger, which the CLI prints on
stderr: a count, not a failure. `index_records` lists where records start, so that an archive can
be read in ranges (`read_warc_range`) by several workers at once; both walk the archive the same
way (`_walk`), so the ranges hold every record once, corrupt stretches included. The index reads the
well-formed records of an uncompressed archive straight from its bytes (`_plain_marks`, several times
cheaper than warcio: the client indexes while the workers wait for ranges) and hands the rest of the
archive, from the first record it cannot vouch for, to `_walk`.
"""
from __future__ import annotations

import logging
import mmap
import os
import re
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from enligt.errors import ArchiveError, EnligtError, InputError, TooLargeError
from enligt.ingest.read import page_from_bytes
from enligt.models import Failure, Item, Page
from enligt.settings import Options

NOTES = logging.getLogger("enligt.notes")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
PAGE_RECORDS = ("response", "resource")  # the record types that may hold a page
SCAN_BLOCK = 1 << 20
WARC_START = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")
GZIP_START = b"\x1f\x8b\x08"
MAX_RESYNCS = 10_000
MAX_HEADER_LINE = 64 * 1024  # bytes in one WARC or HTTP header line
MAX_HEADER_BLOCK = 1 << 20  # bytes in one record's header lines (WARC and HTTP together)
_PRINTABLE = re.compile(r"[^\x20-\x7e]+")


@dataclass
class Counts:
    """What one archive held; reported as a note when it ends."""

    pages: int = 0
    skipped: int = 0
    corrupt: int = 0
    opened: bool = False  # the file opened as an archive (else there is nothing to note)

    def add(self, other: Counts) -> None:
        self.pages, self.skipped = self.pages + other.pages, self.skipped + other.skipped
        self.corrupt, self.opened = self.corrupt + other.corrupt, self.opened or other.opened

    def note(self, path: str) -> str:
        extra = f", {self.corrupt} corrupt" if self.corrupt else ""
        return (f"{path}: {self.pages} page records read, {self.skipped} other records skipped "
                f"(requests, metadata, non-HTML responses){extra}")


def _date(value: str | None) -> str | None:
    """WARC-Date (2024-01-02T03:04:05Z) as YYYY-MM-DDTHH:MM."""
    return value[:16] if value and len(value) >= 16 and value[4] == "-" else value


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([\w:.-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def _page(record: Any, path: str, offset: int, options: Options) -> Page | None:
    """The page in a response or resource record, or None when the record holds no HTML/text page."""
    if record.rec_type == "resource":  # a page archived without HTTP (wget --warc, Webrecorder uploads)
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
        return _block_page(record, path, offset, options, ctype) if _is_page(ctype) else None
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    _check_http(record, f"{path}@{offset}" + (f" ({uri})" if uri else ""))
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or not _is_page(ctype):
        return None
    return _block_page(record, path, offset, options, ctype)


def _is_page(ctype: str) -> bool:
    return ctype.split(";")[0].strip() in PAGE_TYPES


def _block_page(record: Any, path: str, offset: int, options: Options, ctype: str) -> Page:
    """The page a record's block holds, `ctype` its (HTTP or WARC) content type."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{path}@{offset}" + (f" ({uri})" if uri else "")
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise TooLargeError(f"record larger than the {options.max_bytes:,} byte limit (see --max-bytes)", where=where)
    name = "page.txt" if ctype.startswith("text/plain") else "page.html"
    page = page_from_bytes(data, where=where, name=name, url=uri, declared=_charset(ctype),
                           fetched=_date(record.rec_headers.get_header("WARC-Date")),
                           meta=(("warc", path), ("warc_offset", str(offset))))
    return Page(input=uri or where, content=page.content, kind=page.kind, encoding=page.encoding, url=uri,
                fetched=page.fetched, meta=page.meta)


def _check_http(record: Any, where: str) -> None:
    """Refuse a response record whose block is no HTTP message: warcio parses any block as one, so a page
    stored without its HTTP headers (or behind a broken status line) was counted as "skipped", unreported."""
    wct = (record.rec_headers.get_header("Content-Type") or "").lower().split(";")[0].strip()
    if wct in PAGE_TYPES:
        raise ArchiveError(f"a response record without HTTP headers (its WARC Content-Type is {wct}, "
                           "not application/http)", where=where)
    protocol = str(record.http_headers.protocol or "")
    if not protocol.upper().startswith("HTTP/"):
        line = _PRINTABLE.sub("?", f"{protocol} {record.http_headers.statusline}".strip())[:60]
        raise ArchiveError(f"a response record whose block does not start with an HTTP status line ({line!r})",
                           where=where)


class _BoundedLines:
    """warcio's buffered reader with every `readline` bounded: warcio reads header lines (and the
    lines between records) without a limit, so one 2 GiB line would be read whole. A line over
    `MAX_HEADER_LINE`, or header lines adding up to over `MAX_HEADER_BLOCK` bytes before a blank
    line or a body read, raise `ArchiveError`. Everything else is the wrapped reader's."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._block = 0
        self.cut = False  # the last gzip member ended before its end-of-stream marker (a cut archive)

    def readline(self, length: int | None = None) -> bytes:
        cap = MAX_HEADER_LINE + 1 if length is None or length < 0 else min(length, MAX_HEADER_LINE + 1)
        parts: list[bytes] = []
        n = 0
        while n < cap:  # warcio's readline(n) may stop short of n at a buffer boundary
            piece: bytes = self._inner.readline(cap - n)
            if not piece:
                break
            parts.append(piece)
            n += len(piece)
            if piece.endswith(b"\n"):
                break
        line = parts[0] if len(parts) == 1 else b"".join(parts)
        if len(line) > MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise ArchiveError(f"a header line longer than {MAX_HEADER_LINE:,} bytes")
        self._block = 0 if not line.strip() else self._block + len(line)
        if self._block > MAX_HEADER_BLOCK:
            raise ArchiveError(f"header lines longer than {MAX_HEADER_BLOCK:,} bytes in all")
        return line

    def read(self, *args: Any) -> bytes:
        self._block = 0
        data: bytes = self._inner.read(*args)
        return data

    def close_decompressor(self) -> None:
        """warcio closes the decompressor when the archive ends: a member it had not inflated to its end
        was cut (warcio ends there quietly, so a truncated .warc.gz lost its last records unreported)."""
        decompressor = getattr(self._inner, "decompressor", None)
        self.cut = decompressor is not None and not decompressor.eof
        self._inner.close_decompressor()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _overrun(fh: BinaryIO, record: Any, offset: int, size: int) -> tuple[str, int | None] | None:
    """In an uncompressed archive: (problem, next record start) when the record's Content-Length
    runs past the end of the file or over the next record; None when the record ends where it should."""
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not length.isdigit():
        if not str(record.format).startswith("warc"):
            return None
        # a WARC record must have one: without it, warcio read a header cut off by the end of the file
        # (or a broken one) as an empty record and the page in it was skipped unreported
        return "it has no valid Content-Length (a header cut short or corrupt)", _next_start(fh, offset, gz=False)
    start = offset + record.rec_headers.total_len
    end = start + int(length)
    pos = fh.tell()
    try:
        fh.seek(min(end, size))
        tail = fh.read(16).lstrip(b"\r\n")
        if end <= size and (not tail or tail.startswith(b"WARC/1.")):
            return None
        nxt = _next_start(fh, start - 1, gz=False)
    finally:
        fh.seek(pos)
    if end > size:
        return f"its Content-Length ({int(length):,} bytes) runs past the end of the file ({size:,} bytes)", nxt
    if nxt is not None and nxt < end:
        return f"its Content-Length ({int(length):,} bytes) runs over the next record (at byte {nxt})", nxt
    return None


def _next_start(fh: BinaryIO, after: int, gz: bool) -> int | None:
    """Offset of the next record start after `after` (a WARC header line or a gzip member)."""
    pos = after + 1
    while True:
        fh.seek(pos)
        block = fh.read(SCAN_BLOCK + 16)
        if not block:
            return None
        if gz:
            i = block.find(GZIP_START)
            found = i if i >= 0 else None
        else:
            m = WARC_START.search(block)
            found = (m.start() + (1 if block[m.start():m.start() + 1] == b"\n" else 0)) if m else None
        if found is not None:
            return pos + found
        pos += SCAN_BLOCK


def _inflate_error(fh: BinaryIO, at: int) -> zlib.error | None:
    """The error inflating the start of the gzip member at `at`, else None. warcio, starting afresh on a member
    that does not inflate, reads on as plain bytes and fails somewhere after it; a reader that began earlier
    fails at the member itself: checking first makes both report the same record."""
    fh.seek(at)
    data = fh.read(INFLATE_CHECK)
    if not data.startswith(GZIP_START):
        return None  # no gzip member here (a plain archive named .gz): warcio reads it as it is
    try:
        zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, INFLATE_CHECK)
    except zlib.error as exc:
        return exc
    return None


INFLATE_CHECK = 16 * 1024  # bytes of a gzip member inflated to check it before warcio reads it


def _walk(fh: BinaryIO, path: str, *, start: int = 0, end: int | None = None) -> Iterator[tuple[int, Any]]:
    """(offset, record) for each record that starts in [`start`, `end`), or (offset, ArchiveError) where a
    corrupt one starts; after a corrupt record the walk resumes at the next record start found."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    gz = path.lower().endswith(".gz")
    size = os.fstat(fh.fileno()).st_size
    resume: int | None = start
    for _ in range(MAX_RESYNCS):
        if resume is None or (end is not None and resume >= end):
            return
        if gz and (bad_member := _inflate_error(fh, resume)) is not None:
            if end is not None and resume >= end:
                return
            yield resume, _corrupt(bad_member, path, resume)
            resume = _next_start(fh, resume, gz)
            continue
        fh.seek(resume)
        began, after = resume, resume  # where this reader began; where the last record it read began
        it = ArchiveIterator(fh)
        it.INC_RECORD = ""  # warcio writes this warning to stderr itself; the corrupt record is reported here
        it.reader = reader = _BoundedLines(it.reader)
        resume = None
        try:
            for record in it:
                offset = after = it.offset
                if end is not None and offset >= end:
                    return
                overrun = None if gz else _overrun(fh, record, offset, size)
                if overrun is not None:
                    yield offset, ArchiveError(f"record at byte {offset}: {overrun[0]}", where=f"{path}@{offset}")
                    resume = overrun[1]
                    break
                if not gz:
                    after = _record_end(record, offset)
                yield offset, record
            else:  # warcio ends quietly where the file ends inside a record: find that record
                cut_at = (_last_member(fh, after, size) if reader.cut else None) if gz else _leftover(fh, after, size)
                if cut_at is not None and (end is None or cut_at < end):
                    how = "a cut gzip member" if gz else "its header is cut short"
                    yield cut_at, ArchiveError(f"record at byte {cut_at}: the archive ends in the middle of it ({how})",
                                               where=f"{path}@{cut_at}")
        except (ArchiveLoadFailed, ArchiveError, ValueError, OSError, EOFError, LookupError, zlib.error,
                AttributeError, TypeError) as exc:  # warcio fails on odd records in many ways (a response
            # without WARC-Target-URI: AttributeError); each is one corrupt record, never the end of the batch
            bad = max(it.offset, began)  # warcio's offset can fall before the member it failed in (even below 0)
            if end is not None and bad >= end:
                return  # the next range's reader reports it
            yield bad, _corrupt(exc, path, bad)
            resume = _next_start(fh, bad, gz)


def _record_end(record: Any, offset: int) -> int:
    """Where a record of an uncompressed archive ends (its block's last byte + 1, before the blank lines)."""
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    return offset + record.rec_headers.total_len + (int(length) if length.isdigit() else 0)


def _leftover(fh: BinaryIO, after: int, size: int) -> int | None:
    """Where something other than blank lines follows the last record of an uncompressed archive, else None."""
    pos = after
    while pos < size:
        fh.seek(pos)
        block = fh.read(SCAN_BLOCK)
        stripped = block.lstrip(b"\r\n")
        if stripped:
            return pos + len(block) - len(stripped)
        pos += len(block)
    return None


def _last_member(fh: BinaryIO, after: int, size: int) -> int | None:
    """Where the last gzip member at or after `after` starts (the one the archive cut), else None."""
    last, pos = None, after
    while pos < size and (found := _next_start(fh, pos - 1, gz=True)) is not None:
        last, pos = found, found + 1
    return last


def _records(fh: BinaryIO, path: str, options: Options, counts: Counts, *, start: int = 0,
             end: int | None = None) -> Iterator[Item]:
    """The page records that start in [`start`, `end`) (None: to the end of the file), as pages or failures."""
    for offset, record in _walk(fh, path, start=start, end=end):
        if isinstance(record, ArchiveError):
            counts.corrupt += 1
            yield Failure(f"{path}@{offset}", record)
            continue
        try:
            page = _page(record, path, offset, options)
        except EnligtError as exc:
            counts.pages += 1
            yield Failure(exc.where or f"{path}@{offset}", exc)
            continue
        if page is None:
            counts.skipped += 1
        else:
            counts.pages += 1
            yield page


def _corrupt(exc: Exception, path: str, bad: int) -> ArchiveError:
    """The error of a record warcio could not read (or whose headers broke our bounds)."""
    if isinstance(exc, ArchiveError):
        return ArchiveError(f"record at byte {bad}: {exc.message}", where=f"{path}@{bad}")
    detail = _PRINTABLE.sub("?", " ".join(str(exc).split()))[:120]  # warcio's messages span indented lines
    return ArchiveError(f"corrupt record at byte {bad}: {type(exc).__name__}: {detail}", where=f"{path}@{bad}")


def _check_magic(fh: BinaryIO, path: str) -> None:
    """Refuse a file that does not start like a WARC, an ARC or a gzip member."""
    head = fh.read(16)
    fh.seek(0)
    if not head.startswith((b"WARC/1.", b"filedesc://", GZIP_START)):
        raise ArchiveError("not a WARC archive (it does not start with a WARC record)", where=path)


@dataclass(frozen=True)
class Mark:
    """Where one record of an archive starts: `page` for a response or resource record (it may hold a page), with its URI."""

    offset: int
    page: bool
    uri: str | None = None


def _plain_mark(mm: mmap.mmap, pos: int) -> tuple[Mark, int] | None:
    """The mark of the record at `pos` of an uncompressed archive and where the next one starts, when the
    record is one `_walk` reads the same way: a WARC/1.0 or 1.1 header of plain UTF-8 lines, a Content-Length,
    and its block followed by the two line ends of the standard, then the next record or the end of the file."""
    head_end = mm.find(b"\r\n\r\n", pos, pos + MAX_HEADER_LINE)
    if head_end < 0:
        return None
    try:
        lines = mm[pos:head_end].decode("utf-8").split("\r\n")
    except UnicodeDecodeError:
        return None
    if lines[0] not in ("WARC/1.0", "WARC/1.1"):
        return None
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or line[:1] in (" ", "\t") or "\n" in line or "\r" in line:
            return None
        fields.setdefault(name.rstrip(" \t").lower(), value.strip())  # warcio: the first of a name counts
    length = fields.get("content-length", "")
    if not length.isdigit():
        return None
    end = head_end + 4 + int(length)
    if mm[end:end + 4] != b"\r\n\r\n" or (end + 4 < len(mm) and mm[end + 4:end + 11] != b"WARC/1."):
        return None
    uri = fields.get("warc-target-uri")
    if uri is not None:  # as warcio gives it
        uri = (uri[1:-1] if uri.startswith("<") and uri.endswith(">") else uri).replace(" ", "%20")
    return Mark(pos, fields.get("warc-type") in PAGE_RECORDS, uri), end + 4


def _plain_marks(fh: BinaryIO) -> Generator[Mark, None, int | None]:
    """The marks of the well-formed records of an uncompressed archive, read from its bytes; returns where the
    first record it cannot vouch for starts (for `_walk`), or None at the end of the file."""
    try:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # not a regular file
        return 0
    with mm:
        pos = 0
        while pos < len(mm):
            found = _plain_mark(mm, pos)
            if found is None:
                return pos
            yield found[0]
            pos = found[1]
    return None


def index_records(path: str) -> Iterator[Mark]:
    """The start of every record of an archive, in order, without reading its pages: the points where the
    archive can be split into ranges that `read_warc_range` reads (`enligt.scale` spreads them over workers).

    A corrupt record gives a mark where it starts (the range holding it reports it), as `read_warc` would
    report it. A file that is no archive, or cannot be read, gives one mark at 0 (its reader reports why).
    """
    try:
        with open(path, "rb") as fh:
            try:
                _check_magic(fh, path)
            except ArchiveError:
                yield Mark(0, True)
                return
            start: int | None = 0
            if not path.lower().endswith(".gz"):
                start = yield from _plain_marks(fh)
            if start is not None:
                yield from _walked_marks(fh, path, start)
    except OSError:
        yield Mark(0, True)


def _walked_marks(fh: BinaryIO, path: str, start: int) -> Iterator[Mark]:
    """The marks of the records from `start` on, as `_walk` (warcio) reads them."""
    last = -1
    for offset, record in _walk(fh, path, start=start):
        if offset == last:  # a record found corrupt after its start was marked
            continue
        last = offset
        if isinstance(record, ArchiveError):
            yield Mark(offset, True)
        else:
            yield Mark(offset, record.rec_type in PAGE_RECORDS, record.rec_headers.get_header("WARC-Target-URI"))


def read_warc(path: str, options: Options) -> Iterator[Item]:
    """Every page record of a WARC (or .warc.gz) archive, streamed; see the module docstring."""
    counts = Counts()
    yield from read_warc_range(path, options, counts=counts)
    if counts.opened:
        NOTES.info(counts.note(path))


def read_warc_range(path: str, options: Options, *, counts: Counts, start: int = 0,
                    end: int | None = None) -> Iterator[Item]:
    """The page records of an archive that start in [`start`, `end`): `start` is a record start given by
    `index_records` (0: the whole archive from its beginning); `counts` tallies what was read."""
    try:
        with open(path, "rb") as fh:
            if start == 0:
                try:
                    _check_magic(fh, path)
                except ArchiveError as exc:
                    yield Failure(path, exc)
                    return
            counts.opened = True
            yield from _records(fh, path, options, counts, start=start, end=end)
    except OSError as exc:
        yield Failure(path, InputError(f"cannot read: {exc.strerror or exc}", where=path))
