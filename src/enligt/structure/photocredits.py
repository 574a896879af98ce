"""Photo credits with no label: a photographer's name, a slash and the agencies ("Jane Roe/Getty Images", "Ola
Nordmann / NTB Scanpix", "John Roe/AP/TT"), printed alone where the picture stood, opening a caption before a colon,
closing one after it, or following its last sentence, bracketed or not (`captions.split_caption` reads them after the
labelled credits). Every part after the first slash must be a news or picture agency (`agencies.txt`,
`photo_agencies.txt`), or the known paper the photographer works for.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import wordset
from enligt.structure.byline import is_agency, is_outlet

# The last sentence end of a caption, spaced or glued ("…the Clyde.AP Photo/…").
LAST_STOP: Final = re.compile(r"[.!?][”\"’)]?\s*(?=\(?[A-ZÀ-ÖØ-Þ][^.!?]*$)")
# A name in brackets closing a caption ("The plant in Luton (Getty)", "… (Jane Roe/AP/dpa)").
BRACKET_CREDIT: Final = re.compile(r"^(\S.*?\S)\s+\(([^()]{2,40})\)$")
MAX_COPYRIGHT_TEXT: Final = 300  # a longer text before "© dpa" or a bracketed credit is the article's last paragraph


def person_after_text(line: str) -> tuple[str, str] | None:
    """(text, credit) of a caption whose last sentence is followed by a photographer's credit with no label: a
    name, a slash and agencies, bracketed or not ("… om uppsägning. Oscar Olsson/TT", "… in the rain. Jane
    Roe/Getty Images", "… vid hamnen. (Jane Roe/TT / TT Nyhetsbyrån)"; `credit_alone`)."""
    m = LAST_STOP.search(line, max(0, len(line) - 80))
    if m is None or m.start() == 0:
        return _bracketed_person_credit(line)
    tail = line[m.end():].strip()
    if tail[:1] == "(" and tail[-1:] == ")":
        tail = tail[1:-1].strip()  # "… vid hamnen. (Jane Roe/TT)"
    found = credit_alone(tail)
    return (line[: m.start() + 1], found[1]) if found is not None else None


def _bracketed_person_credit(line: str) -> tuple[str, str] | None:
    """(text, credit) of a caption with no sentence end closed by a photographer's credit in brackets, a name and
    agencies after slashes ("Zerstörte Häuser am Stadtrand (Archiv) (Jane Roe/AP/dpa)"): `credit_alone`."""
    if line[-1:] != ")" or (m := BRACKET_CREDIT.match(line)) is None or len(line) > MAX_COPYRIGHT_TEXT:
        return None
    found = credit_alone(m[2].strip())
    return (m[1], found[1]) if found is not None and line[:1].isupper() else None


# A photographer's credit with no label: a person's name, a slash and a picture or news agency ("Jane Doe/Getty
# Images", "Ola Nordmann / NTB Scanpix", "John Roe/AP/TT"), opening a caption before a colon or closing one after it.
_PERSON: Final = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}"
_AGENCIES: Final = r"[A-Za-zÀ-ÖØ-Þ][\w.&-]*(?: [A-Za-zÀ-ÖØ-Þ][\w.&-]*){0,5}"
PERSON_CREDIT_FIRST: Final = re.compile(rf"^({_PERSON}\s?/\s?{_AGENCIES}(?:\s?/\s?{_AGENCIES})*):\s+(\S.*)$")
PERSON_CREDIT_LAST: Final = re.compile(rf"^([^:/]{{1,60}}):\s+({_PERSON}\s?/\s?{_AGENCIES}(?:\s?/\s?{_AGENCIES})*)$")
MAX_LABEL_WORDS: Final = 5  # the short label before a closing credit ("Protesters: Jane Doe/Getty Images")
# A credit printed alone where the picture stood, without label or caption text: a photographer's or a source's
# name (a second one after a spaced dash) and the agencies after slashes ("Jane Roe - Pool/Getty Images",
# "Harbour News Agency/Handout via Reuters").
_NAMES: Final = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}"
PERSON_CREDIT_ALONE: Final = re.compile(
    rf"^({_NAMES}(?: [-–] {_NAMES})?\s?/\s?{_AGENCIES}(?:\s?/\s?{_AGENCIES})*)$")
# "Handout via Reuters", "Pool via AP": a picture handed out by a source, relayed by the agency after "via".
VIA_AGENCY: Final = re.compile(r"^(?:[\w.'’-]+ ){0,4}via (.+)$")


def _picture_agency(name: str) -> bool:
    return is_agency(name) or name.strip().lower() in wordset(None, "photo_agencies")


def _credit_part(part: str) -> bool:
    """A part after a credit's slash: a news or picture agency, or a handout relayed by one ("Handout via Reuters")."""
    m = VIA_AGENCY.match(part.strip())
    return _picture_agency(m[1] if m is not None else part)


def credit_alone(line: str) -> tuple[str, str] | None:
    """("", credit) of a line that is only a photographer's credit with no label ("Jane Roe/Getty Images",
    "Jane Roe - Pool/GettyImages", "Harbour News Agency/Handout via Reuters"): every part after the first slash
    is a news or picture agency, or, before the last, the known paper the photographer works for ("Jane Roe/SvD/TT":
    the agency spreads its picture), so a heading naming two people or places ("Oslo/Bergen") is none."""
    if PERSON_CREDIT_ALONE.match(line) is None:
        return None
    parts = line.split("/")
    if len(parts) < 2 or not _credit_part(parts[-1]) or not all(_credit_part(part) or is_outlet(part.strip())
                                                                 for part in parts[1:-1]):
        return None
    return "", " ".join(line.split())


def is_credit_alone(line: str) -> bool:
    """Whether `line` is only a photographer's credit with no label ("Jane Roe/Getty Images"): `credit_alone`."""
    text = " ".join(line.split())
    return ":" not in text and credit_alone(text) is not None


def person_credit(line: str) -> tuple[str, str] | None:
    """(text, credit) of a caption credited to a photographer and agency with no label: "Jane Doe/TT: The lawyer
    said …" (the credit first) or "Protesters: Jane Doe/Getty Images/Newscom" (a short label, the credit last).
    Every part after the person's name must be a news or picture agency (`agencies.txt`, `photo_agencies.txt`)."""
    if (m := PERSON_CREDIT_FIRST.match(line)) is not None:
        credit, text = m[1], m[2]
    elif (m := PERSON_CREDIT_LAST.match(line)) is not None and len(m[1].split()) <= MAX_LABEL_WORDS:
        text, credit = m[1], m[2]
    else:
        return None
    if not all(_picture_agency(part) for part in credit.split("/")[1:]):
        return None
    return text, " ".join(credit.split())
