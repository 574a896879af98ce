"""Quotations in a paragraph: paired marks (”…”, “…”, "…", «…», »…«, „…“, ‚…‘, '…', ''…'') and dash speech.

One linear scan with a small stack, so 10,000 quotation marks or deeply nested quotes cost no
more than their length. Apostrophes ("Russia's", "parties’ ") are told apart from single quotes
by their neighbours. A quote still open at the end of its paragraph is returned with
`closed=False`: English continues a quotation over paragraphs by leaving it open.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

DOUBLE_OPEN: Final = frozenset("“„«»\"”")  # Danish opens with » and closes with «: »Q,« siger hun
DOUBLE_CLOSE: Final = frozenset("”“»«\"")
_SINGLE_OPEN: Final = frozenset("‘‚'")
_SINGLE_CLOSE: Final = frozenset("’‘'")
ALL_MARKS: Final = DOUBLE_OPEN | DOUBLE_CLOSE | _SINGLE_OPEN | _SINGLE_CLOSE
_BEFORE_OPEN: Final = frozenset(" \t\n([–—-:/")
_MAX_DEPTH: Final = 16
_MARK_CHARS: Final = "".join(sorted(ALL_MARKS))
DASHES: Final = ("– ", "— ", "- ", "-- ")


@dataclass(frozen=True, slots=True, init=False)
class Quote:
    """A quotation: marks at `open` and `close` (close = end of paragraph when not closed)."""

    open: int
    close: int
    closed: bool = True

    def __init__(self, open: int, close: int, closed: bool = True) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "open", open)
        object.__setattr__(self, "close", close)
        object.__setattr__(self, "closed", closed)

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _is_open(text: str, i: int, j: int, start: int, end: int) -> bool:
    """Whether the mark text[i:j+1] opens a quote: after a space or bracket, before a word."""
    prev = text[i - 1] if i > start else " "
    nxt = text[j + 1] if j + 1 < end else " "
    return (prev in _BEFORE_OPEN or prev in ALL_MARKS or prev.isspace() or prev == "," and text[i] == "“") \
        and not nxt.isspace()  # (a left mark after a comma, the space left out: "said,“Look, …”")


def _is_close(text: str, i: int, j: int, start: int, end: int) -> bool:
    """Whether the mark text[i:j+1] closes a quote: after a word, before no word; a right double mark after a
    sentence's comma or stop also before one, a space left out ("… to me,”Ann Lee said")."""
    prev = text[i - 1] if i > start else " "
    nxt = text[j + 1] if j + 1 < end else " "
    return not prev.isspace() and (not nxt.isalnum() or (text[i] == "”" and prev in _PUNCT_BEFORE_CLOSE))


_PUNCT_BEFORE_CLOSE: Final = frozenset(",.!?")


def _closes_single_first(text: str, i: int, end: int) -> bool:
    """Whether three single marks at i close a single quote, then a double one (,'''): the first is single."""
    return i + 2 < end and text[i + 2] == text[i] and i > 0 and not text[i - 1].isspace()


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Top-level quotations in `text[start:end]`, in order.

    Two single marks in a row ('' as some newspapers print a double quote) are one double mark; of three
    after a word, the first closes a single quote and the other two a double one."""
    stack: list[tuple[str, int]] = []
    out: list[Quote] = []
    skip = -1
    for i in _mark_offsets(text, start, end):
        if i == skip:
            continue
        ch = text[i]
        single = ch in _SINGLE_OPEN or ch in _SINGLE_CLOSE
        j = i  # the last character of the mark
        if single and i + 1 < end and text[i + 1] == ch and not _closes_single_first(text, i, end):
            single, ch, j, skip = False, "\"", i + 1, i + 1
        if single and ch in "'’" and i > start and text[i - 1].isalnum() and i + 1 < end and text[i + 1].isalnum():
            continue  # apostrophe inside a word
        loose = ch == "\"" and stack and (i == start or text[i - 1].isspace()) and (j + 1 >= end or text[j + 1].isspace())
        if (loose or _is_close(text, i, j, start, end)) and stack:  # loose: ",' " said": spaced, closes an open one
            fam = _SINGLE_OPEN if single else DOUBLE_OPEN
            k = len(stack) - 1
            while k >= 0 and stack[k][0] not in fam:
                k -= 1
            if k >= 0:
                pos = stack[k][1]
                del stack[k:]
                if not stack:
                    out.append(Quote(pos, j, True))
                continue
        if _is_open(text, i, j, start, end) and len(stack) < _MAX_DEPTH:
            if single and ch == "’":
                continue
            stack.append((ch, i))
    if stack:
        first_double = next((p for c, p in stack if c in DOUBLE_OPEN), None)
        if first_double is not None:
            out.append(Quote(first_double, end, False))
    out.sort(key=lambda q: q.open)
    return out


def _mark_offsets(text: str, start: int, end: int) -> list[int]:
    """Offsets of the quotation marks in `text[start:end]`, in order. Compiled, `str.find` for each mark
    (in C; one the text cannot hold is ruled out at once) costs a third of a regex scan and its match
    objects."""
    start, end = max(start, 0), max(end, 0)  # as a regex reads its bounds: `find` counts negative ones from the end
    out: list[int] = []
    for c in _MARK_CHARS:
        i = text.find(c, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1, end)
    out.sort()
    return out


def has_quote(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` contains a closed quotation (which makes reported speech `mixed`)."""
    return any(q.closed for q in find_quotes(text, start, end))


_DATELINE: Final = re.compile(r"[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ-]+(?: [A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ-]+){0,2}: +(?=[–—-])")


def dash_quote(text: str, start: int, end: int) -> int | None:
    """Offset where dash speech starts ("– Det här är …", also "–Det här är …") when the paragraph opens with a
    dash, after a dateline in capitals and a colon too ("LILLBY: – Vi vet inte …"), else None."""
    m = _DATELINE.match(text, start, end)
    if m:
        start = m.end()
    for d in DASHES:  # the space after the dash may be any space ("–\u00a0Det här …")
        n = len(d)
        if text.startswith(d[:-1], start) and start + n < end and text[start + n - 1].isspace() and end - start > n + 1:
            return start + n
    if text.startswith(_TIGHT_DASHES, start) and start + 2 < end and text[start + 1].isupper():
        return start + 1  # a long dash set tight against its first word ("–Det blir …")
    return None


_TIGHT_DASHES = ("–", "—")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces, dashes, final `,` `.` `:` and enclosing quote marks (content trimming).

    A quote mark is dropped only when it encloses the content or has no partner inside it, so
    "fall på ”lösa antaganden”" keeps its closing mark and stays recognisably mixed. One pass per
    end, so a run of thousands of quote marks costs linear time.
    """
    start, end = _strip(text, start, end)
    if end - start >= 2 and text[start] in _OPENERS and text[end - 1] in ALL_MARKS \
            and not _partner_inside(text, start + 1, end - 1, text[start]):
        return _strip(text, start + 1, end - 1)
    if start < end and text[start] in ALL_MARKS and not _partner_inside(text, start + 1, end, text[start]):
        start += 1
    if end > start and text[end - 1] in ALL_MARKS and not _partner_inside(text, start, end - 1, text[end - 1]):
        end -= 1
    return _strip(text, start, end)


_OPENERS: Final = DOUBLE_OPEN | _SINGLE_OPEN
_LEAD: Final = frozenset(" \t\n–—-,:")  # what trimming drops at the start of a content ("varnar: C")
_TRAIL: Final = frozenset(" \t\n–—-,.:;")  # and at its end
_SINGLES: Final = re.compile("[" + re.escape("".join(sorted(_SINGLE_OPEN | _SINGLE_CLOSE))) + "]")
_DOUBLES: Final = re.compile("[" + re.escape("".join(sorted(DOUBLE_OPEN | DOUBLE_CLOSE))) + "]")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _partner_inside(text: str, start: int, end: int, mark: str) -> bool:
    """Whether another mark of the same family lies in [start, end) (the mark then pairs with it).
    The marks are found by a C-level regex scan; only they are looked at in Python."""
    fam = _SINGLES if mark in "‘’‚'" else _DOUBLES
    last = len(text) - 1
    for m in fam.finditer(text, start, end):
        k = m.start()
        if not (text[k] in "'’" and 0 < k < last and text[k - 1].isalnum() and text[k + 1].isalnum()):
            return True
    return False
