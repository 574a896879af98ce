"""Bytes to text: BOMs, UTF-16 without one, UTF-8, the Western single-byte encodings Nordic pages still
use, then detection.

Refuses empty and binary input with an error naming the problem. Says which encoding it used.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from enligt.errors import BinaryInputError, DecodeError, EmptyInputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, form feed, carriage return: a sign of binary data.
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))
_SAMPLE = 8192
_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte UTF-8 could not decode, kept by "surrogateescape"
# Declared charsets that read a stray byte as cp1252 does (or not at all): a page declaring one of these that holds
# UTF-8 is read by `_mixed_utf8` first.
_WESTERN = frozenset({"utf-8", "ascii", "iso8859-1", "cp1252", "iso8859-15"})
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a character UTF-8 spelled with several bytes


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    bad = len(sample) - len(sample.translate(None, _CONTROL))  # counted at C speed
    return bad > max(2, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text without a byte-order mark, by where its NUL bytes fall: Latin-script text in
    UTF-16LE has a NUL in most odd bytes and in hardly any even ones (BE the other way round)."""
    sample = data[:_SAMPLE] if len(data) > 1 else b""
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0:2 * half:2].count(0), sample[1:2 * half:2].count(0)
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.3 * half and other <= 0.02 * half:
            text = _try(data[: len(data) // 2 * 2], encoding)
            if text is not None and not _looks_binary(text[:_SAMPLE].encode("utf-8")):
                return Decoded(text, encoding)
    return None


def _declared(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes that are not (a page cut in the middle of a letter, one stray byte), else None.

    Read as cp1252 such a page turned every Nordic letter into two ("höjer" -> "hÃ¶jer"). Real cp1252
    or latin-1 text hardly ever spells valid UTF-8 sequences, so a page whose valid multi-byte characters
    outnumber its invalid bytes four to one is UTF-8: the bad bytes become U+FFFD, and the encoding says so.
    """
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if not bad or len(_MULTIBYTE.findall(text)) < 4 * bad:
        return None
    plural = "s" if bad > 1 else ""
    return Decoded(_ESCAPED.sub("\ufffd", text), f"utf-8 ({bad} invalid byte{plural} replaced)")


def _mixed_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with lines in cp1252 or latin-1 (a page pasted together from two sources), else None.

    Below `_mostly_utf8`'s four to one, but with at least as many valid multi-byte UTF-8 characters as invalid
    bytes: each valid sequence is read as UTF-8 and each invalid byte as its cp1252 character (U+FFFD where cp1252
    has none). Read as one single-byte encoding, such a page turned every UTF-8 letter into two ("hÃ¶js"), or,
    when a UTF-8 sequence held a byte cp1252 lacks ('”' is E2 80 9D), was refused as undecodable.
    """
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if not bad or len(_MULTIBYTE.findall(text)) < bad:
        return None
    plural = "s" if bad > 1 else ""
    return Decoded(_ESCAPED.sub(_cp1252_char, text), f"utf-8 and cp1252 ({bad} byte{plural} read as cp1252)")


def _cp1252_char(m: re.Match[str]) -> str:
    try:
        return bytes([ord(m.group()) - 0xDC00]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D
        return "\ufffd"


def _single_byte(data: bytes) -> Decoded | None:
    """cp1252 where its extra characters (curly quotes, dashes) occur, else latin-1.

    Both decode any Nordic letter identically; they differ only in 0x80-0x9F, where latin-1 has
    control characters that no real page contains.
    """
    if any(0x80 <= b <= 0x9F for b in data):
        text = _try(data, "cp1252")
        if text is not None:
            return Decoded(text, "cp1252")
        return None
    return Decoded(data.decode("latin-1"), "latin-1")


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # imported on the rare path only

    best = from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None:
        return None
    text = _try(data, best.encoding)
    return Decoded(text, best.encoding) if text is not None else None


def decode(data: bytes, *, where: str, declared: str | None = None) -> Decoded:
    """Decode page bytes. `declared` is a charset from HTTP headers or a meta tag, tried after UTF-8.

    UTF-8 is tried first even when another charset is declared: pages that declare latin-1 but
    are UTF-8 are common, while the reverse cannot decode as valid UTF-8 by accident.
    """
    if not data.strip():
        raise EmptyInputError("empty page (no text)", where=where)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is not None:
                return Decoded(text.lstrip("\ufeff"), encoding.replace("-sig", ""))
    if b"\x00" in data[:_SAMPLE] and (found := _utf16_without_bom(data)) is not None:
        return found
    if _looks_binary(data):
        raise BinaryInputError("binary data, not a text or HTML page", where=where)
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly
    enc = _declared(declared)
    if enc and enc not in _WESTERN and (text := _try(data, enc)) is not None:
        return Decoded(text, enc)
    if (mixed := _mixed_utf8(data)) is not None:  # what a Western declaration would say of the stray bytes too
        return mixed
    if enc and enc != "utf-8" and (text := _try(data, enc)) is not None:
        return Decoded(text, enc)
    found = _single_byte(data) or _detect(data)
    if found is None:
        raise DecodeError("cannot decode: not UTF-8, cp1252 or latin-1", where=where)
    return found
