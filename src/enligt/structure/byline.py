"""Bylines: recognise byline lines and turn them into a clean list of author names.

A byline is "Av X", "By X and Y, Reuters", "Text: X Foto: Y", "Af X og Y", "Von X", a bare
agency ("TT"), or a bare name line next to the date or a role line ("Politisk reporter").
Authors exclude the opening word, roles (", reporter"), agencies (TT, NTB, Reuters, ...),
"staff" lines and photographer parts ("Foto: ...", "| Photos: ..."). Word lists:
`lang/<code>/byline_prefixes.txt`, `roles.txt`, `photo_roles.txt`, `staff_words.txt`,
`credit_labels.txt` and `lang/agencies.txt`.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.lang import SUPPORTED, all_function_words, all_languages_words, alternation, table, wordset
from enligt.lang.gazetteers import is_masthead, outlet_names
from enligt.structure.dates import date_start, is_date_line

MAX_BYLINE: Final = 160
EMAIL: Final = re.compile(r"\S+@\S+\.\w+")
# A dump of a page behind Cloudflare prints every e-mail address as "[email protected]" (glued into the
# address's visible text at times: "anna.ber[email protected]ample.se"): an address all the same.
HIDDEN_EMAIL_RE: Final = re.compile(r"\S*\[email\sprotected\]\S*")
# (Patterns that a search or split scans open with a character or a class, never a look-behind or a repeat, so
# that the regex engine skips to a candidate in C instead of trying a match at every position; the same matches as
# the patterns as written: tests/structure/test_scanned_patterns.py.)
SPLIT: Final = re.compile(r"[\s,;&|/()](?:(?<=[,;&|/()])\s*|\s*[,;&|/()]\s*|\s*(?:och|and|og|und|samt|e)\s+|\s*[-–—]\s+)")
AGENCY_SPLIT: Final = re.compile(r"\s*[/,&-]\s*|\s+(?:och|and|og|und)\s+")
# "Oksana Moroz in Kramatorsk", "Anna Berg i Kiev": a place after a byline name.
PLACE: Final = re.compile(r"\s\s*(?:in|i|från|fra|aus|from)\s+[A-ZÀ-ÖØ-Þ][\w.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.-]*)?$")
BY_TAIL: Final = re.compile(r"\s(?:[aA][vf]|[bB]y|[vV]on)\s+(?=[A-ZÀ-ÖØ-Þ])")  # "… 06:07 Af X" too
TOKEN: Final = re.compile(r"[\w-][\w-]*")
PHONE: Final = re.compile(r"(?<![\w+])\+?\d[\d -]{6,}\d(?!\w)")  # "073-600 69 38", "+47 22 33 44 55"
CONTACT_FIELD: Final = re.compile(r"\s+[-–—|•·]\s+|\s*[|•·,]\s*|\s+[-–—](?=\s|$)")
DATE_FIELDS: Final = re.compile(r"[\s|•·](?:(?<=[|•·])\s*|\s*[|•·]\s*)")
FOR_OUTLET: Final = re.compile(r"\s\s*(?:for|für)\s+(?:the\s+|die\s+|den\s+)?(\S.*)$", re.IGNORECASE)
HANDLE: Final = re.compile(r"@(?<!\S@)\w+")  # "By Jane Doe @janedoe": a social-media handle after the name
# Names joined by a comma (and "and") or by "and": `\s*,\s*(?:(?:and|och|og|und)\s+)?|\s+(?:and|och|og|und|&)\s+`,
# spelt to open with its first character (a space or the comma) so that a search skips to one in C instead of
# trying both branches at every position; the same matches (tests/structure/test_byline.py).
NAME_LIST: Final = re.compile(r"[\s,](?:(?<=,)\s*(?:(?:and|och|og|und)\s+)?|\s*,\s*(?:(?:and|och|og|und)\s+)?"
                              r"|\s*(?:and|och|og|und|&)\s+)")
# What every match of NAME_LIST holds: a cheap test first.
LIST_JOINS: Final = (",", "&", "and", "och", "og", "und")
LEAD_AND: Final = re.compile(r"^(?:and|och|og|und|samt)\s+")
MIN_ROLE_HEAD: Final = 7  # characters: a role word this long closes a compound role ("nyhedsredaktør")
AND_STAFF: Final = re.compile(r"\s(?:and|och|og|und)\s+(\w+)$")  # a byline that ends "… and agencies", "… och TT"
ROLE_AT: Final = re.compile(r"\s\s*(?:i|in|at|hos|ved|vid|for|für|bei|på)\s+\S.*$")  # "journalist i VG" -> "journalist"
# A capitalised word; not two glued ones ("PlayerClose": a capital after five small letters), while
# "McKay", "MacArthur", "DeSantis", "LaGuardia", "SubbaRao" are names.
NAME_WORD: Final = re.compile(r"^[A-ZÀ-ÖØ-Þ](?![a-zß-öø-ÿ]{5,}[A-ZÀ-ÖØ-Þ])[\w'’.-]*$")


def name_particles() -> frozenset[str]:
    """Particles inside a person's name ("von der Leyen", "af Klint"): `name_particle`."""
    return all_function_words("name_particle")


def prefix_pattern() -> re.Pattern[str]:
    """`_prefix_pattern_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _PREFIX_PATTERN_KEPT:
        _PREFIX_PATTERN_KEPT.append(_prefix_pattern_built())
    return _PREFIX_PATTERN_KEPT[0]


_PREFIX_PATTERN_KEPT: Final[list[re.Pattern[str]]] = []


def _prefix_pattern_built() -> re.Pattern[str]:
    alts = alternation(all_languages_words("byline_prefixes"))
    return re.compile(rf"^{alts}(?![^\W\d_])\s*:?\s*", re.IGNORECASE)


def _credit_cut() -> re.Pattern[str]:
    """`_credit_cut_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _CREDIT_CUT_KEPT:
        _CREDIT_CUT_KEPT.append(_credit_cut_built())
    return _CREDIT_CUT_KEPT[0]


_CREDIT_CUT_KEPT: Final[list[re.Pattern[str]]] = []


def _credit_cut_built() -> re.Pattern[str]:
    """Where a photographer or editor part starts inside a byline: 'Foto:', '| Photos:', 'Bild:', '; Editing by'
    (`credit_labels.txt`, `byline_ends.txt`)."""
    labels = alternation(all_languages_words("credit_labels"))
    ends = alternation(all_languages_words("byline_ends"))
    return re.compile(rf"(?:\s*[|/·,;]\s*|\s+|^)(?:{labels}\s*:|{ends}(?=\s|$))", re.IGNORECASE)


def _agencies() -> frozenset[str]:
    return wordset(None, "agencies")  # (no `cache` of its own: `wordset` keeps its sets, a cheaper read)


def _is_role(text: str, name: str = "roles") -> bool:
    """True when `text` is a role phrase ("reporter", "Crime Correspondent", "Politisk reporter")."""
    words = text.lower().replace("-", " ").split()
    if len(words) >= 2 and words[-1] in all_languages_words("sections"):
        words = words[:-1]  # "Redakteurin Politik", "Reporter Inrikes": a role and its desk
    if not words or len(words) > 4:
        return False
    roles = all_languages_words(name)
    if " ".join(words) in roles or words[-1] in roles:
        return True
    return name == "roles" and words[-1].endswith(_role_heads())  # "erhvervsredaktør", "nattreporter"


@cache
def _role_heads() -> tuple[str, ...]:
    """Role words long enough to close a compound role word ("erhvervsredaktør", "Politikredakteurin")."""
    return tuple(sorted(r for r in all_languages_words("roles") if " " not in r and len(r) >= MIN_ROLE_HEAD))


def role_kind(line: str) -> str | None:
    """"role" for an author's role line, "photo_role" for a photographer's, else None (one cheap pass)."""
    if line.count(" ") > 3 or len(line) > 40:
        return None
    if is_photo_role_line(line):
        return "photo_role"
    return "role" if is_role_line(line) else None


def is_role_line(line: str) -> bool:
    """A line that names an author's role (the line under a bare name)."""
    return _is_role(line.strip(" .,")) and not _is_role(line.strip(" .,"), "photo_roles")


def is_photo_role_line(line: str) -> bool:
    """A line that says the name above it is the photographer ("Fotograf", "Photographer")."""
    return _is_role(line.strip(" .,"), "photo_roles")


def is_agency(text: str) -> bool:
    """True for a news agency name, or a list of them ("TT", "(NTB)", "Reuters/TT", "AFP-dpa")."""
    text = text.strip(" .,()/").lower()  # "/ritzau/": the agency's sign between slashes
    text = text.removeprefix("the ")  # "By The Associated Press"
    if text in _agencies():
        return True
    if len(text) >= 60 or text.count(" ") > 6:
        return False
    head = text[:_first_of(text, " /-,&")]
    if head not in _agencies():
        return False  # a list of agencies starts with one
    parts = [p for p in AGENCY_SPLIT.split(text) if p]
    return len(parts) > 1 and all(p in _agencies() for p in parts)


def _first_of(text: str, chars: str) -> int:
    """Index of the first of `chars` in `text`, else len(text)."""
    cut = len(text)
    for ch in chars:
        k = text.find(ch, 0, cut)
        if k >= 0:
            cut = k
    return cut


def strip_agency_role(part: str) -> str:
    """The person of "Associated Press writer Jane Doe" / "AP Business Writer Jane Doe" ("Jane Doe").

    An agency name followed by up to two words ending in a role word is dropped; other parts unchanged.
    """
    words = part.split()
    if len(words) < 4:
        return part
    roles = all_languages_words("roles")
    for cut in range(min(len(words) - 2, 5), 0, -1):
        if not is_agency(" ".join(words[:cut])):
            continue
        for end in range(cut + 1, min(cut + 3, len(words) - 1) + 1):
            if words[end - 1].lower() in roles:
                return " ".join(words[end:])
        return part
    return part


def cut_name_tail(part: str) -> tuple[str, bool]:
    """A name with an agency or a weekday glued after it ("Jane Doe TT", "Jane Doe Berlingske Nyhedsbureau",
    "Jane Doe Dienstag"): the name, and whether an agency was cut."""
    words = part.split()
    if len(words) < 3:
        return part, False
    weekday = len(words[-1]) > 3 and words[-1].lower().rstrip(",") in all_languages_words("weekdays")
    if weekday and looks_like_name(" ".join(words[:-1])):
        return " ".join(words[:-1]), False
    for cut in (len(words) - 1, len(words) - 2):
        if cut >= 2 and is_agency(" ".join(words[cut:])) and looks_like_name(" ".join(words[:cut])):
            return " ".join(words[:cut]), True
    return part, False


def _is_agency_staff(line: str) -> bool:
    """"Reuters staff", "AFP newsroom": an agency name followed by staff words only."""
    words = line.split()
    if not 2 <= len(words) <= 5 or not _is_staff(words[-1]):
        return False
    staff = all_languages_words("staff_words")
    while words and words[-1].lower() in staff:
        words.pop()
    return bool(words) and is_agency(" ".join(words))


def _is_staff(text: str) -> bool:
    staff = all_languages_words("staff_words")
    return any(w in staff for w in text.lower().split())


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words (particles like 'von', 'af' allowed), no digits: "Malin Beeck"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    caps = 0
    for w in words:
        if w.lower() in name_particles():
            continue
        if not NAME_WORD.match(w) or (w.isupper() and len(w) > 2):
            return False
        caps += 1
    return caps >= 2


def looks_like_names(text: str) -> bool:
    """Two to four names joined by commas and "and" ("Jane Doe, John Roe and Mary Poe"): a byline list."""
    if len(text) > 120 or not any(w in text for w in LIST_JOINS):
        return False
    parts = NAME_LIST.split(text)  # (one part when nothing joins names: no match of NAME_LIST is empty)
    return 2 <= len(parts) <= 4 and all(looks_like_name(p) for p in parts)


def _names_outlet(text: str) -> bool:
    """The tail of "… for X": an outlet (known, masthead-shaped, a domain, or capitalised words)."""
    text = _name_case(text.strip(" .,"))
    words = text.split()
    if not words or len(words) > 5:
        return False
    return is_outlet(text) or ("." in text and " " not in text) or all(w[:1].isupper() for w in words)


def is_outlet(part: str) -> bool:
    """A known outlet or a masthead-shaped name ("The Harbour Gazette", "Vänerbladet"): no person, no headline."""
    return part.lower() in outlet_names() or is_masthead(part.removeprefix("The "))


def _name_case(part: str) -> str:
    """An all-caps name in title case ("JANE DOE" -> "Jane Doe")."""
    return part.title() if part.isupper() and len(part) > 3 else part


def _parts(text: str, need_marker: bool = False) -> list[str] | None:
    """Byline `text` (without its opening word) split into names; None if a part is not byline matter.

    `need_marker`: the line had no opening word, so it must name a role or an agency to count.
    """
    out: list[str] = []
    marked = False
    if (outlet := FOR_OUTLET.search(text)) is not None and _names_outlet(outlet[1]):
        text, marked = text[:outlet.start()], True  # "Jane Doe for The Harbour Gazette"
    parts = SPLIT.split(text)
    for k, part in enumerate(parts):
        part = strip_agency_role(LEAD_AND.sub("", part.strip(" .:-–—()")))  # "A, editor, and B": the "and"
        part, tail_agency = cut_name_tail(part)
        marked = marked or tail_agency
        if not part:
            continue
        words = part.split()
        if out and k > 0 and _is_role(part):
            marked = True  # "Jane Doe, Senior Political Reporter": after a name, a whole role phrase
            continue
        if len(words) >= 3 and _is_role(words[-1]) and looks_like_name(" ".join(words[:-1])):
            part = " ".join(words[:-1])  # "Mette Holm Journalist": the name before its role
        elif (is_agency(part) or _is_role(part) or _is_role(ROLE_AT.sub("", part)) or _is_staff(part)
              or (out and is_outlet(part))):
            marked = True  # "TT", "reporter", "journalist i VG", "agencies", "Jane Doe, The Harbour Gazette"
            continue
        if _credit_label(words[0]):
            return None  # "Foto Henrik Berg/TT": a photo credit with its colon dropped, not a byline
        part = PLACE.sub("", _name_case(part))
        if not looks_like_name(part):
            if out and _places(parts[k:]):
                break  # "Af Mette Holm, Odense", "Von X und Y, Düsseldorf/Berlin": where the byline was written
            return None
        out.append(part)
    if need_marker and not marked:
        return None
    return out


def _credit_label(word: str) -> bool:
    """A photo-credit label as a byline's first word ("Foto", "Photo", "Bild")."""
    return word.lower() in all_languages_words("credit_labels")


def _places(parts: list[str]) -> bool:
    """Whether the last parts of a byline are one-word place names ("Odense", "Düsseldorf/Berlin")."""
    return all(NAME_WORD.match(p := part.strip(" .:-–—()")) is not None and " " not in p for part in parts)


@cache
def _markers() -> frozenset[str]:
    """Words that mark a byline without an opening word: agency names and role words."""
    agencies = {a for a in _agencies() if " " not in a}
    return frozenset(agencies | all_languages_words("roles") | all_languages_words("photo_roles"))


@cache
def _first_words() -> frozenset[str]:
    """First words of every byline prefix, for a cheap test before the pattern."""
    return frozenset(p.split()[0].rstrip(":") for p in all_languages_words("byline_prefixes"))


def parse_byline(line: str, opens: bool | None = None) -> list[str] | None:
    """Authors named by a byline line, [] for an agency or staff byline, None when not a byline.

    `opens` says whether the line starts with a byline word ("Av", "By"), when the caller knows.
    """
    line = " ".join(line.split()) if "  " in line or "\n" in line or "\t" in line else line.strip()
    if not line or len(line) > MAX_BYLINE or line[-1] in ".!?":
        return None
    if opens is None:
        opens = line.split(" ", 1)[0].split(":", 1)[0].lower() in _first_words()
    if not opens:
        if len(line) > 80:
            return None
        if len(line) < 60 and (is_agency(line) or _is_agency_staff(line)):
            return []
        # "Karin Sundberg, TT", "Jane Doe | Reporter": names with a role or an agency, no opening word.
        staffed = AND_STAFF.search(line) if _has_and(line) else None  # "Jon Hale in Paris and agencies"
        if staffed and (_is_staff(staffed.group(1)) or is_agency(staffed.group(1))):
            return _parts(line, need_marker=True)
        if "," not in line and "|" not in line and "/" not in line and "(" not in line:
            name, agency = cut_name_tail(EMAIL.sub(" ", line) if "@" in line else line)  # "Jane Doe jd@x.se TT"
            return [name] if agency and _function_words().isdisjoint(name.lower().split()) else _reversed_byline(line)
        if _markers().isdisjoint(TOKEN.findall(line.lower())) and not is_agency(line.rpartition(",")[2]):
            return None  # no role word, no agency ("Jane Doe, Associated Press": an agency of two words)
        return _parts(line, need_marker=True)
    m = prefix_pattern().match(line)
    if m is None:
        return [] if is_agency(line) else None
    rest = line[m.end():]
    if "@" in rest:  # (an address or a handle holds one)
        rest = HANDLE.sub(" ", EMAIL.sub(" ", rest))
    cut = _credit_cut().search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    if rest.strip() and is_agency(rest):
        return []  # "By the Canadian Press"
    if _account_name(m.group(0), rest):
        return []  # "Skrevet af admin": a site account, no person
    if not rest.strip() or not rest.strip()[0].isupper():
        return None
    return _parts(rest)


def _account_name(prefix: str, rest: str) -> bool:
    """A byline phrase of two words or more before one lower-case word ("Skrevet af admin", "Posted by
    editor"): the site's account that posted the text, no person's name."""
    rest = rest.strip()
    return " " in prefix.strip() and rest.isalnum() and rest.islower()


def _reversed_byline(line: str) -> list[str] | None:
    """A name with the one-word byline word after it ("Jane Doe By", as a dump prints a byline whose
    parts stand in the wrong order): that name, else None."""
    head, _, last = line.rpartition(" ")
    if not last.istitle() or last.lower() not in _one_word_prefixes() or not looks_like_name(head):
        return None
    return None if any(w.lower() in _function_words() for w in head.split()) else [head]


@cache
def _function_words() -> frozenset[str]:
    """Articles, prepositions and conjunctions of every language: a title-case headline has them, a name not."""
    out: set[str] = set()
    for name in ("determiners", "prepositions", "coordinators", "subordinators"):
        out |= all_languages_words(name)
    return frozenset(out - name_particles())


@cache
def _one_word_prefixes() -> frozenset[str]:
    """The byline words that are one word ("By", "Av", "Af", "Von")."""
    return frozenset(w for w in all_languages_words("byline_prefixes") if w.isalpha())


def parse_contact(line: str) -> tuple[list[str], str | None] | None:
    """(authors, outlet) of a contact strip: names with a phone number or e-mail address, fields run
    together with the site's name ("Kustposten - Sidan 1 - Anna Berg 070-123 45 67 anna.berg@example.se").

    A field shaped like a masthead or a known outlet is the outlet; fields that are no name (a page
    number) are skipped; None when the line has no e-mail address or names no person.
    """
    if "[email" in line:
        line = HIDDEN_EMAIL_RE.sub("hidden@example.com", line)
    if "@" not in line or len(line) > MAX_BYLINE or EMAIL.search(line) is None:
        return None
    names: list[str] = []
    outlet = None
    for field in CONTACT_FIELD.split(PHONE.sub(" ", EMAIL.sub(" ", line))):
        field = " ".join(field.split()).strip(" .:-–—")
        if not field:
            continue
        if field.lower() in outlet_names() or is_masthead(field):
            outlet = outlet or field
        elif looks_like_name(field) and field.rsplit(" ", 1)[-1].lower() not in all_function_words("legal_form"):
            names.append(field)  # (not a company: "Bladet ApS · CVR …", a publisher's footer)
        elif len(field.split()) > 3:
            return None  # running text with an address in it ("Send tips to Anna Berg at …")
    return (names, outlet) if names else None


def field_authors(line: str) -> list[str]:
    """Authors among the fields of a date strip ("Af Mette Holm | 3. marts 2024", "Jane Doe • March 3, 2024"):
    a field that is a byline, or a bare name."""
    if len(line) > MAX_BYLINE or ("|" not in line and "•" not in line and "·" not in line):
        return []
    out: list[str] = []
    for field in DATE_FIELDS.split(line):
        field = field.strip()
        if not field or is_date_line(field):
            continue
        names = parse_byline(field)
        if names is None and looks_like_name(field) and not is_outlet(field):
            names = [field]
        out.extend(names or [])
    return out


def _has_and(line: str) -> bool:
    """Whether one of `AND_STAFF`'s words stands in `line` (a cheap test before the regex search)."""
    return "and" in line or "och" in line or "og" in line or "und" in line


def split_byline_date(line: str) -> tuple[list[str], str] | None:
    """(authors, date part) of a byline that also carries the date ("By Jane Doe | March 5, 2024")."""
    if len(line) > MAX_BYLINE or line.split(" ", 1)[0].split(":", 1)[0].lower() not in _first_words():
        return None
    if not prefix_pattern().match(line):
        return None
    at = date_start(line)
    if at is None or at == 0:
        return None
    authors = parse_byline(line[:at].rstrip(" |·,-–—/"))
    return (authors, line[at:]) if authors is not None else None


def split_date_byline(line: str) -> tuple[str, list[str]] | None:
    """(date part, authors) of a date line that ends in a byline ("Publicerad 2 mars 2023 av Karin Ek")."""
    m = BY_TAIL.search(line) if len(line) <= MAX_BYLINE else None
    if m is None or not is_date_line(line[: m.start()]):
        return None
    authors = parse_byline(line[m.start():].strip(), True)
    return (line[: m.start()], authors) if authors is not None else None


def clean_authors(raw: list[str], lang: str | None = None) -> list[str]:
    """Author names from raw byline strings, without prefixes, roles, agencies and photographers, deduplicated."""
    if lang is not None and lang not in SUPPORTED:
        lang = None
    out: list[str] = []
    seen: set[str] = set()
    for item in raw:
        text = " ".join(item.split())
        m = prefix_pattern().match(text)
        if m is not None:
            text = text[m.end():]
        if "@" in text:
            text = EMAIL.sub(" ", text)
        cut = _credit_cut().search(text)
        if cut is not None:
            text = text[: cut.start()]
        text = _without_date_label(text)
        for part in SPLIT.split(text):
            part = PLACE.sub("", _name_case(strip_agency_role(part.strip(" .:-–—()"))))
            if not part or is_agency(part) or _is_role(part) or _is_staff(part) or not looks_like_name(part) \
                    or _outlet_byline(part):
                continue
            if part.lower() not in seen:
                seen.add(part.lower())
                out.append(part)
    return out


def _outlet_byline(part: str) -> bool:
    """A byline that names the outlet, not a person ("by Lesotho Times", "Av Kustbladet"): a known outlet or a
    masthead-shaped name that opens with no known first name ("Jane Post" is a person)."""
    return is_outlet(part) and part.split(" ", 1)[0].lower() not in all_languages_words("first_names")


def _without_date_label(text: str) -> str:
    """`text` without a date's label glued to its end ("Anna Berg, Olle Ek Publicerad", "Kari Nes Oppdatert"):
    the byline line ran on into the date line under it (`lang/<code>/date_labels.tsv`, one-word labels)."""
    head, _, last = text.rpartition(" ")
    if not head or last.lower().rstrip(":") not in _date_label_words() or len(SPLIT.split(head)[-1].split()) < 2:
        return text  # (a name left of one word: "Anna Stand" is a person)
    return head


@cache
def _date_label_words() -> frozenset[str]:
    """The one-word date labels of every language ("publicerad", "oppdatert", "veröffentlicht"), lower-cased."""
    return frozenset(row[0].lower() for code in SUPPORTED for row in table(code, "date_labels")
                     if row and " " not in row[0] and not row[0].startswith("#"))
