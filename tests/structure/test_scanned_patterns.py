"""Patterns that a search or split scans, spelt to open with a character or a class (the regex engine then skips to
a candidate in C): each gives the matches, splits and substitutions of the pattern as written."""
from __future__ import annotations

import random
import re

import pytest

from enligt.analyze import numtokens
from enligt.structure import byline, captions, dates, furniture, gluedate, langid, lines, outlet

_DIGITS = ["0", "1", "2", "9", "19", "20", "2023", "12", "31"]
_MARKS = [" ", "  ", "\t", "\u00a0", "\u202f", ".", ",", ":", "/", "-", "–", "|", "•", "·", ";", "&", "(", ")", "@", "!", "?"]
_WORDS = ["mars", "March", "Jan", "kl", "klockan", "am", "pm", "st", "th", "av", "and", "och", "og", "und", "samt", "e",
          "for", "För", "the", "den", "i", "in", "från", "aus", "Oslo", "Berg", "x", "ÅÄÖ", "ß", "_", "²", "½", "ł"]


def _fuzz(seed: int, n: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    pieces = _DIGITS + _MARKS + _WORDS
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def _chars(seed: int, alphabet: str, n: int = 6000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(n)]


def _shaped(seed: int, n: int = 6000) -> list[str]:
    """Dates, bylines and places of every shape the patterns read, with neighbours that may or may not block them."""
    rnd = random.Random(seed)
    edge = ["", "", "1", "a", "Ö", ".", "/", " ", "-", ":", "x.", "12"]
    num = lambda lo, hi: str(rnd.randint(0, 10 ** rnd.randint(lo, hi)))
    sep = lambda: rnd.choice([".", "/", "-", " ", ". ", ", ", ""])
    word = lambda: rnd.choice(["mars", "March", "jan", "sept", "ab", "Dezember", "kl", "st", "th", "x"])
    space = lambda: rnd.choice([" ", "  ", "\t", "\u00a0", ""])
    prep = lambda: rnd.choice(["i", "in", "at", "för", "for", "FOR", "für", "från", "aus", "the", "den", "and"])
    name = lambda: rnd.choice(["Oslo", "Berg", "oslo", "Ö.", "The Times", "A-B", "x"])
    def numeric() -> str:
        mark = rnd.choice(["-", "/", "."])
        digits = [str(rnd.randint(0, 10 ** rnd.randint(1, k) - 1)).zfill(rnd.randint(1, k)) for k in (5, 3, 5)]
        return rnd.choice(edge) + mark.join(digits) + rnd.choice(edge)

    shapes = [
        numeric,
        lambda: rnd.choice(edge) + num(0, 4) + sep() + num(0, 2) + sep() + num(0, 5) + rnd.choice(edge),
        lambda: rnd.choice(edge) + num(0, 2) + rnd.choice(["", "st", "th", "."]) + space() + word() + rnd.choice(
            ["", ".", ","]) + space() + num(2, 5) + rnd.choice(edge),
        lambda: rnd.choice(edge) + word() + rnd.choice(["", "."]) + space() + num(0, 2) + rnd.choice(["", "th", ","])
        + space() + num(2, 5) + rnd.choice(edge),
        lambda: name() + space() + prep() + space() + rnd.choice(["", "the ", "den "]) + name() + space() + name(),
    ]
    return [rnd.choice(shapes)() for _ in range(n)]


_TEXTS = _fuzz(1) + _shaped(5, 15000) + _chars(2, "0123456789 ./-:,") + _chars(3, "0129 .,/-sStTndrhamMarchJnÅäß\u00a0") + _chars(
    4, " \t|•·.,;&()/-–iIfForthdenOBß@_x") + [

    "Publicerad 2023-10-17 07:34 · Uppdaterad 2023-10-17 09:58", "7. feb. 2023 kl. 13:21", "Sun January 21, 2024",
    "Published: 28.3.2023 | 14:20", "12/31/2023", "Av Anna Berg, TT", "By Jane Doe for The Gazette", "journalist i VG",
    "Annons | Läs mer", "Nyheter  Sport  Kultur", "kriget.Flera har", "i går.Foto: X", "jane@example.se @jane",
]

# (module pattern, the pattern as written, flags)
_PAIRS = [
    (dates.ISO, r"(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)", 0),
    (dates.NUMERIC, r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)", 0),
    (dates.SHORT_YEAR, r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.])(?=\s*(?:kl\.?\s*|um\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))", 0),
    (dates.SLASHED, r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", 0),
    (dates.YEAR, r"(?<!\d)(?:19|20)\d\d(?!\d)", 0),
    (dates.WORD, r"[^\W\d_]+", 0),
    (dates.DMY, r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s*([^\W\d_]{3,10})\.?(?:,\s*|\s+)(\d{4})(?!\d)", 0),
    (dates.DAY_MONTH, r"(?<!\d)\d{1,2}\.?\s*([^\W\d_]{3,10})\.?(?:\s|$)", 0),
    (byline.SPLIT, r"\s*(?:,|;|&|\||/|\(|\))\s*|\s+(?:och|and|og|und|samt|e)\s+|\s+[-–—]\s+", 0),
    (byline.PLACE, r"\s+(?:in|i|från|fra|aus|from)\s+[A-ZÀ-ÖØ-Þ][\w.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.-]*)?$", 0),
    (byline.TOKEN, r"[\w-]+", 0),
    (byline.DATE_FIELDS, r"\s*[|•·]\s*", 0),
    (byline.FOR_OUTLET, r"\s+(?:for|für)\s+(?:the\s+|die\s+|den\s+)?(\S.*)$", re.IGNORECASE),
    (byline.HANDLE, r"(?<!\S)@\w+", 0),
    (byline.ROLE_AT, r"\s+(?:i|in|at|hos|ved|vid|for|für|bei|på)\s+\S.*$", 0),
    (furniture.NAV_SPLIT, r"\s{2,}|\s+[|•·]\s+|\t", 0),
    (furniture.PART_SPLIT, r"\s+[·•|–—-]\s+|\s*[·•|]\s*|\s{2,}|\.\s+", 0),
    (outlet.OUTLET_TAGLINE, r"\s+[–—|·-]\s+", 0),
    (outlet.TITLE_SUFFIX, r"\s+(?:(?P<bar>[|·•])|[–—-])\s+", 0),
    (lines.FIELD_SEPARATOR, r"\s*[|•·]\s*", 0),
    (numtokens._SPACE, r"[ \u00a0\u202f\u2009\u2007]+", 0),
    (langid.NON_LETTER, r"[\W\d_]+", 0),
]


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


@pytest.mark.parametrize(("ours", "written", "flags"), _PAIRS, ids=[w for _, w, _ in _PAIRS])
def test_scans_as_written(ours: re.Pattern[str], written: str, flags: int) -> None:
    plain = re.compile(written, flags)
    assert ours.flags == plain.flags
    for text in _TEXTS:
        assert _matches(ours, text) == _matches(plain, text), text
        assert ours.split(text) == plain.split(text), text
        for pos in (1, 3):
            got, want = ours.search(text, pos), plain.search(text, pos)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (text, pos)


def test_unglue_as_written() -> None:
    """The glued sentence stop, replaced by itself and a space: the zero-width pattern as written, given a space."""
    plain = re.compile(r"(?<=[a-zà-ÿ0-9\"”’)][.!?])(?=[A-ZÀ-ÖØ-Þ])")
    for text in _TEXTS + ["kriget.Flera har.Två", "a.!B", "(x).A", "1?Ö", "”.Å", "a. B", "A.B"]:
        assert captions.unglue(text) == " ".join(plain.sub(" ", text).split()), text


def test_day_patterns_need_four_digits() -> None:
    """`dates.FOUR_DIGITS`, the test before the day patterns: every match of them but the two-digit year's holds it."""
    full = (dates.ISO, dates.NUMERIC, dates.SLASHED, dates.DMY, dates.MDY)
    for text in _TEXTS + ["Uppdaterad 3 mars 2023", "17.05.19 kl. 01:40", "2023 07 02", "på 12 maj"]:
        if dates.FOUR_DIGITS.search(text) is None:
            assert not any(p.search(text) for p in full) and not dates.SPACED.fullmatch(text), text


def test_glued_date_needs_a_clock() -> None:
    """`gluedate.CLOCK`, the test before a glued date line is looked for: every time of day the line may end in holds it."""
    for text in _TEXTS + ["12.03.2022 09:30 Uhr", "kl 19:13 (Oppdatert 19:40)", "um 8.15", "3:45 PM"]:
        if gluedate.CLOCK.search(text) is None:
            assert all(gluedate.TIME_TAIL.match(text, i) is None for i in range(len(text) + 1)), text
