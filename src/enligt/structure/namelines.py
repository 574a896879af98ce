"""A bare name line in a plain-text page: an author, a photographer, or no byline (split out of textpass.py).

`is_author_name` reads a name line by its neighbours (a role, an e-mail, the date line, the name printed
twice); `photographer_between` finds a picture's credit left alone between two paragraphs of running text
when the dump lost its caption. textpass.py's `read_after_title` asks both.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_languages_words
from enligt.structure import byline, sitebyline
from enligt.structure.lines import Line

EMAIL: Final = re.compile(r"^\S+@\S+\.\w+$")


def is_author_name(lines: list[Line], i: int, body_started: bool, known: set[str]) -> bool | None:
    """True: an author; False: a photographer; None: not a byline name at all.

    `known`: authors met so far, lower-cased; a name line repeating one is the doubled byline
    ("Av Anna Berg" / "Anna Berg"), wherever it stands.
    """
    line = lines[i]
    if line.text.lower() in known:
        return True
    if sitebyline.opens_with_agency(line.text):
        return False  # "Associated Press The Harbour Times": an agency's copy, no person
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    prev = lines[i - 1] if i > 0 else None
    if nxt is not None and nxt.kind == "photo_role":
        return False
    if nxt is not None and (nxt.kind == "role" or EMAIL.match(nxt.text)):
        return True
    if (nxt is not None and nxt.text == line.text) or (prev is not None and prev.text == line.text):
        return True
    if (prev is not None and prev.kind == "date") or (nxt is not None and nxt.kind == "date"):
        return True  # a name on its own line next to the date line ("24.12.2016 kl 19:13" / "Kari Nordmann")
    if body_started or _between_paragraphs(line, prev, nxt):
        return None  # in the body only a role, an e-mail or a doubled line makes a name a byline
    return True


def _between_paragraphs(line: Line, prev: Line | None, nxt: Line | None) -> bool:
    """Whether a name-shaped line stands between two lines of running text and opens with no known first name: a
    subheading in a language that capitalises its nouns ("Stundenlange Sperrung"), on a page whose dump opens
    inside the text (no headline has started the body)."""
    return (prev is not None and nxt is not None and prev.kind == "sentence" and nxt.kind == "sentence"
            and line.text.split(" ", 1)[0].lower() not in all_languages_words("first_names"))


def photographer_between(lines: list[Line], i: int) -> bool:
    """Whether the bare name line i, once the body has begun, stands alone between two paragraphs of running text
    (blank lines around it), a known first name first (German capitalises its nouns): a picture's credit whose caption the dump lost ("… said the mayor. / Jane Roe / Crews
    worked …"). No subheading is a person's name on the annotated pages; a name the next line repeats is an alt
    text ("Jane Roe / Police chief Jane Roe. / Foto: X")."""
    prev, nxt = lines[i - 1] if i > 0 else None, lines[i + 1] if i + 1 < len(lines) else None
    if i >= 2 and lines[i - 1].text == lines[i - 2].text:
        return False  # under a caption printed twice (alt text and caption): that caption's photographer
    return (prev is not None and nxt is not None and prev.kind == "sentence" and nxt.kind == "sentence"
            and lines[i].blank_before and nxt.blank_before and lines[i].text not in nxt.text
            and byline.looks_like_name(lines[i].text)
            and lines[i].text.split(" ", 1)[0].lower() in all_languages_words("first_names"))
