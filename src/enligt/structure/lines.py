"""Line classification for plain-text dumps: what each non-blank line of a page is.

Each line gets one `kind`, decided from the line alone by the rule modules (dates, bylines,
furniture, captions); the structurer (`text.py`) then uses the sequence of kinds and the
neighbours of a line to settle titles, headings, names and list items.
"""
from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

from enligt.lang import all_languages_words
from enligt.structure import byline, captions, dates, furniture
from enligt.structure.readlinks import LINK_MARKS, read_here_link
from enligt.structure.replica import EMPTY_FIELD, parse_replica_strip

Kind = Literal[
    "date", "byline", "related", "section", "paywall", "gallery", "furniture", "caption", "factbox",
    "name", "role", "photo_role", "sentence", "short",
]
LONG: Final = 160  # longer lines are never dates, bylines, list headers or menus
CLOSERS: Final = frozenset("\"”»«“’')")
ENDS: Final = frozenset(".!?…")
DASH_QUOTE: Final = re.compile(r"^[–—-]\s")
# Metadata fields run together on one line: "Source: Xinhua| 2017-05-17 20:00:43|Editor: X",
# "27. SEP 2024 • 10:31UDLAND" (a section name glued to the time).
# (Patterns that a search or split scans open with a character or a class, never a look-behind or a repeat, so
# that the regex engine skips to a candidate in C instead of trying a match at every position; the same matches as
# the patterns as written: tests/structure/test_scanned_patterns.py.)
FIELD_SEPARATOR: Final = re.compile(r"[\s|•·](?:(?<=[|•·])\s*|\s*[|•·]\s*)")
GLUED_SECTION: Final = re.compile(r"(?<=\d)(?=[A-ZÅÄÖÆØÜ]{3,}$)")
# A place name glued to an ISO date and time, the dateline of a crawled local page ("Sköldinge2015-08-12 16:00").
PLACE_GLUED_DATE: Final = re.compile(r"^[A-ZÅÄÖÆØÜ][^\W\d_]+(?:[ -][A-ZÅÄÖÆØÜ][^\W\d_]+)?(?=(?:19|20)\d\d-\d\d-\d\d(?:\s+\d{1,2}[:.]\d\d)?$)")
# A dateline: a place, a spaced dash and the date ("Køge - 02. september 2021", "Bad Homburg – 3. März 2020").
PLACE_DASH_DATE: Final = re.compile(r"^[A-ZÅÄÖÆØÜ][^\W\d_]+(?:[ -][A-ZÅÄÖÆØÜ][^\W\d_]+){0,2}(?: [-–—]|,) (?=\d|[^\W\d_]+\.?,? \d)")

# A byline's word in lower case glued to the name after it ("avOlof Svensson", "afMette Holm", "byJane Doe").
GLUED_BY: Final = re.compile(r"^(?:av|af|by|von|fra)(?=[A-ZÅÄÖÆØÜ][a-zåäöæøü])")
# An agency's dateline alone on its line: places and the agency's sign in brackets ("Siegburg/Köln (dpa/lnw)").
AGENCY_DATELINE: Final = re.compile(r"^[A-ZÅÄÖÆØÜ][^\W\d_]+(?:(?:, |[ /-])[A-ZÅÄÖÆØÜa-zåäöæøü][^\W\d_.]*){0,3},? \((?P<agency>[^()]{2,30})\)$")


class Line(NamedTuple):
    """One non-blank line: its raw form (spacing kept, for menus), normalised text and kind.

    A named tuple rather than a dataclass: pages have many lines and this is the hot path.
    """

    raw: str
    text: str
    kind: Kind
    blank_before: bool = False
    glued: bool = False  # the text a month-only crawler header runs into (" date 2023-03 Text …"): never the headline

    @property
    def words(self) -> int:
        """Number of words (spaces + 1) of the normalised text."""
        return self.text.count(" ") + 1


def _before_closers(text: str) -> str:
    """`text` without the closing quote marks that end it (one, or two single marks printed for a double
    one: ".''")."""
    k = len(text)
    while k > 0 and len(text) - k < 2 and text[k - 1] in CLOSERS:
        k -= 1
    return text[:k]


def ends_sentence(text: str) -> bool:
    """True when `text` ends like a sentence: ".", "!", "?" or a closing quote after one."""
    last = text[-1:]
    if last in ENDS:
        return True
    core = _before_closers(text)
    return len(core) < len(text) and core[-1:] in ENDS | {","}


def is_body_like(text: str) -> bool:
    """A paragraph of running text: a full sentence, a dash quote, or long text."""
    n = text.count(" ") + 1
    core = _before_closers(text)
    if text[-1:] == "." or (len(core) < len(text) and core[-1:] in ".,…"):
        return True
    if ends_sentence(text) and n >= 8:
        return True
    if n >= SIGNED_WORDS and AGENCY_SIGN.search(text):
        return True  # a paragraph its agency signed after the last sentence: "… were killed. (NTB)", "… rise. — VNS"
    if DASH_QUOTE.match(text) and n >= 3 and (n >= DASH_CROSSHEAD or ends_sentence(text) or any(c in text for c in ",:")
                                              or n >= DASH_CUT_WORDS and _stops_on_closed_word(text)):
        return True  # (a short dash line with no sentence end and no tag is a quote crosshead: "– Ingen dramatikk")
    if text[-1:] in ":;," and n >= 5:  # a paragraph that introduces a quote or a list
        return True
    return n >= 25


_CLOSED_ENDS: Final = ("auxiliaries", "prepositions", "determiners", "coordinators", "complementizers")


def _stops_on_closed_word(text: str) -> bool:
    """Whether a line stops on a closed-class word ("– Det har vært en lang natt for"): a sentence the crawler cut
    off, which no crosshead does."""
    last = text.rsplit(" ", 1)[-1].lower()
    return any(last in all_languages_words(name) for name in _CLOSED_ENDS)


# A sentence end, then a short sign in brackets or after a dash: an agency's or a source's name ("(TOLOnews)",
# "— AP"), one to three words and no sentence of its own.
AGENCY_SIGN: Final = re.compile(r"[.!?][”\"’»]?\s+(?:\([A-Za-zÀ-ÖØ-Þ][\w.&/-]*(?: [\w.&/-]+){0,2}\)|[—–]\s*[A-Z][\w.&/-]*)$")
SIGNED_WORDS: Final = 8  # words from which a signed line is a paragraph (a short one is a caption or a credit)
DASH_CROSSHEAD: Final = 10  # words (with the dash) from which a dash line with no sentence end is a paragraph
# (crossheads of seven and eight words are common: "– Vil finne svar på hva som gikk galt")
DASH_CUT_WORDS: Final = 6  # words from which a dash line that stops on a closed-class word is a cut paragraph


def classify(raw: str, blank_before: bool = False) -> Line:
    """The kind of one stripped, non-blank line."""
    plain = raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " "
    text = raw if plain else " ".join(raw.split())
    if text[:1] in "abfv" and (glued := GLUED_BY.match(text)) is not None \
            and byline.parse_byline(spaced := f"{glued[0]} {text[glued.end():]}") is not None:
        text = spaced  # "avOlof Svensson, TT": a byline whose word the dump glued to the name
    # `Line(...)` runs the named tuple's interpreted `__new__`; compiled, this call costs a third of it
    return tuple.__new__(Line, (raw, text, _kind(raw, text), blank_before, False))


def _running_kind(raw: str, text: str) -> Kind:
    """Kind of a long or sentence-final line: running text unless a caption, read-also, paywall or prompt.

    Menus, share rows and list headers never end in a full stop, so only prompts are looked for.
    """
    cap = captions.split_caption(text) if len(text) <= captions.MAX_CAPTION else None
    if cap is not None and cap.text:
        return "caption"
    if len(text) <= furniture.MAX_FURNITURE:
        k = furniture.key(text, normalized=True)
        if ":" in text[:40] and furniture.related_label(text, k) is not None:
            return "related"
        if furniture.is_paywall(text, k):
            return "paywall"
        sentence_end = text[-1] in ENDS
        if furniture.is_prompt(text, k) if sentence_end else furniture.is_furniture(raw, k):
            return "furniture"
    return "sentence" if is_body_like(text) else "short"


def _first_word_hints() -> dict[str, frozenset[str]]:
    """`_first_word_hints_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _FIRST_WORD_HINTS_KEPT:
        _FIRST_WORD_HINTS_KEPT.append(_first_word_hints_built())
    return _FIRST_WORD_HINTS_KEPT[0]


_FIRST_WORD_HINTS_KEPT: Final[list[dict[str, frozenset[str]]]] = []


def _first_word_hints_built() -> dict[str, frozenset[str]]:
    """First word of a line -> the kinds that a line starting with it may have.

    Lines whose first word opens no byline, label or header skip those rules: most lines are
    plain text, and this keeps classification cheap.
    """
    sources = {
        "byline": all_languages_words("byline_prefixes"), "related": all_languages_words("related_labels"),
        "section": all_languages_words("section_labels"), "paywall": all_languages_words("paywall"),
        "date": frozenset(dates.label_words()) | all_languages_words("weekdays"),  # "Mandag 24. mars kl. 13:10"
        "factbox": all_languages_words("factbox_labels"),
    }
    hints: dict[str, set[str]] = {}
    for kind, entries in sources.items():
        for entry in entries:
            first = entry.split(" ", 1)[0].strip("*~:")
            if first:
                hints.setdefault(first, set()).add(kind)
    return {w: frozenset(kinds) for w, kinds in hints.items()}


NO_HINTS: Final[frozenset[str]] = frozenset()


def _kind(raw: str, text: str) -> Kind:
    if len(text) > LONG or (text[-1] in ".!?" and text.count(" ") >= 5 and not _ends_in_clock(text)
                            and not _labelled_date_sentence(text)):
        return "date" if _update_note(text) else _running_kind(raw, text)
    k = furniture.key(text, normalized=True)
    if k in furniture.phrases("furniture").exact:
        return "furniture"
    first = k.split(" ", 1)[0] if k[:1] not in LINK_MARKS else k.lstrip(LINK_MARKS).lstrip().split(" ", 1)[0]
    hints = _first_word_hints().get(first.rstrip(":"), NO_HINTS)
    if ("19" in text or "20" in text or "date" in hints) and dates.is_date_line(text):
        return "date"
    if "date" in hints and byline.split_date_byline(text) is not None:
        return "date"  # "Publicerad 2 mars 2023 av Karin Ek"
    if "date" in hints and dates.is_label_row(text):
        return "furniture"  # "Offentliggjort Sidst opdateret": the labels without their dates
    if _is_date_fields(text):
        return "date"
    if (first[:1].isdigit() or "date" in hints or first in dates.relative_words()) and dates.is_relative_date(text):
        return "date"  # "i dag 10.30", "2 hours ago", a live blog's "14:52": a date line without a date
    if EMPTY_FIELD in text and parse_replica_strip(text) is not None:
        return "byline"  # "Kustbladet - - Inrikes - Anna Berg": a replica's strip
    if byline.parse_byline(text, "byline" in hints) is not None or (("@" in text or "[email" in text) and byline.parse_contact(text)):
        return "byline"
    if "byline" in hints and byline.split_byline_date(text) is not None:
        return "byline"
    if hints:
        if "related" in hints and (furniture.related_label(text, k) is not None or read_here_link(text)):
            return "related"
        if "paywall" in hints and furniture.is_paywall(text, k):
            return "paywall"
        if "section" in hints and furniture.is_section_header(text, k):
            return "section"
        if "factbox" in hints and furniture.is_factbox_header(text, k):
            return "factbox"
    return _plain_kind(raw, text, k)


def _ends_in_clock(text: str) -> bool:
    """A short line ending in a 12-hour clock ("Published March 3, 2024 at 8:15 a.m."): a date line, not a sentence."""
    return len(text) <= 80 and text.endswith((" a.m.", " p.m.")) and dates.is_date_line(text)


def _update_note(text: str) -> bool:
    """A note on the article's update that opens with its label and date and says what changed in lower case
    ("Updated March 3, 2024, at 8:15 a.m. with comments from the mayor."): a date line, no paragraph."""
    if len(text) > LONG or text[:1].islower() or dates.label_kind(text) != "updated":
        return False
    words = text.split()
    for n in range(len(words) - 1, 1, -1):
        head = " ".join(words[:n])
        if words[n][:1].islower() and not words[n - 1].strip(",.:").isalpha() and dates.YEAR.search(head) is not None \
                and dates.is_date_line(head):  # (the date or its time last before the note: "2024,", "a.m.")
            return True
    return False


def _labelled_date_sentence(text: str) -> bool:
    """A date printed as a short sentence ("This article was published on March 3, 2024."): a date line."""
    return len(text) <= 80 and dates.label_kind(text) is not None and dates.is_date_line(text)


def _is_date_fields(text: str) -> bool:
    """A full date among fields run together ("Source: Xinhua| 2017-05-17 20:00:43|Editor: X"), after an
    agency's name ("Ritzau Onsdag, 02. januar 2019 - 08:11") or glued to a place ("Sköldinge2015-08-12
    16:00"): a date line all the same."""
    if not ("19" in text or "20" in text) or len(text) > 100:
        return False
    if "|" in text or "•" in text or "·" in text:
        fields = FIELD_SEPARATOR.split(GLUED_SECTION.sub(" | ", text))
        return any(f and dates.is_date_line(f) and dates.YEAR.search(f) for f in fields)
    if PLACE_GLUED_DATE.match(text) is not None:
        return dates.parse_date(text) is not None  # "Enköping2022-01-07 11:47": the place runs into the date
    if (place := PLACE_DASH_DATE.match(text)) is not None:  # "Køge - 02. september 2021", "Kyiv, 23/07/2022": a dateline
        rest = text[place.end():]
        if (both := byline.split_date_byline(rest)) is not None:  # "Køge - 2. juni 2019 kl. 06:07 Af X"
            rest = both[0]
        return dates.is_date_line(rest) and dates.YEAR.search(rest) is not None
    head, _, rest = text.partition(" ")
    return byline.is_agency(head) and dates.is_date_line(rest) and dates.YEAR.search(rest) is not None


def _plain_kind(raw: str, text: str, k: str) -> Kind:
    """Kind of a short line that opens no byline, label or header."""
    if text.endswith(")") and (m := AGENCY_DATELINE.match(text)) is not None and byline.is_agency(m["agency"].split("/")[0]):
        return "furniture"  # "Siegburg/Köln (dpa/lnw)": the agency's dateline on a line of its own
    if len(text) < 30 and furniture.is_gallery_marker(text, k):
        return "gallery"
    if furniture.is_picture_count(text) or furniture.is_video_prompt(text):
        return "furniture"  # "Se alla 12 bilder", "Se Anna Ek om stormen i klippet ovan"
    if captions.split_caption(text) is not None:
        return "caption"  # a bare "Foto: X" too: it claims the caption line above it
    if furniture.is_furniture(raw, k):
        return "furniture"
    if len(text) <= 60:
        if byline.looks_like_name(text) or byline.looks_like_names(text):
            return "name"
        role = byline.role_kind(text)
        if role == "role":
            return "role"
        if role == "photo_role":
            return "photo_role"
    return "sentence" if is_body_like(text) else "short"


def dateline_rest(text: str) -> str:
    """A date line without the place it opens with ("Køge - 2. juni 2019 Af X" -> "2. juni 2019 Af X")."""
    place = PLACE_DASH_DATE.match(text)
    return text[place.end():] if place is not None else text
