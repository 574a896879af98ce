"""Bylines that name the site or an agency's copy instead of a person: "Af Kystposten.dk", "By The Harbour
Gazette" give the outlet; "Associated Press The Harbour Times" names no author."""

from __future__ import annotations

import re
from typing import Final

from enligt.structure.byline import is_agency, is_outlet, prefix_pattern

SITE_BYLINE_WORDS: Final = 4  # "By The Harbour Gazette": a site's name is short
SITE_DOMAIN: Final = re.compile(r"^[\w-]+\.(?:se|no|dk|de|at|ch|com|co\.uk|uk|net|org|nu|fi)$", re.IGNORECASE)


def opens_with_agency(text: str) -> bool:
    """Whether a name-like line opens with an agency's name of two or three words and goes on ("Associated
    Press The Harbour Times": the agency's copy on a site), so it names no person."""
    words = text.split()
    return any(len(words) > n and is_agency(" ".join(words[:n])) for n in (2, 3))


def site_byline(line: str) -> str | None:
    """The site a byline names instead of a person ("Af Kystposten.dk", "By The Harbour Gazette"): its name,
    else None. Such a line is the outlet's mark, no author (an agency's byline names no outlet: `parse_byline`)."""
    m = prefix_pattern().match(line.strip())
    if m is None:
        return None
    rest = line.strip()[m.end():]
    if not rest[:1].isupper() or len(rest.split()) > SITE_BYLINE_WORDS or is_agency(rest):
        return None
    return rest if SITE_DOMAIN.match(rest) or is_outlet(rest) else None
