"""A caption without a credit that says its picture is from the archive: by its last sentence ("Polisen på plats.
Arkivbild.", "… nach dem Unfall. (Symbolbild)": `lang/<code>/archive_pictures.txt`) or by the archive's label in
capitals opening it ("FILE: Medics at the scene …", "ARKIVBILD: …": `archive_labels.txt`). `textpass.py` reads such
a line as a caption, not a paragraph.
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import all_languages_words, alternation
from enligt.structure.captions import MAX_CAPTION


@cache
def _archive_mark() -> re.Pattern[str]:
    words = alternation(all_languages_words("archive_pictures"))
    return re.compile(rf"[.!?”\"]\s*\(?(?:{words})\)?\.?$", re.IGNORECASE)


@cache
def _label_initials() -> str:
    """The first letters of the archive labels in capitals: a cheap test before the pattern."""
    return "".join(sorted({w[:1].upper() for w in all_languages_words("archive_labels") if w}))


@cache
def _archive_label() -> re.Pattern[str]:
    words = alternation(frozenset(w.upper() for w in all_languages_words("archive_labels")))
    return re.compile(rf"(?:{words})(?::| [-–]) +[A-ZÅÄÖÆØÜ\d]")


def is_archive_caption(line: str) -> bool:
    """A caption without a credit whose last sentence says the picture is from the archive ("Polisen på
    plats. Arkivbild.", "… nach dem Unfall. (Symbolbild)": `lang/<code>/archive_pictures.txt`), or that opens
    with the archive's label in capitals ("FILE: Medics at the scene …": `archive_labels.txt`)."""
    if line[:1] and line[:1] in _label_initials() and line[:4].isupper() and _archive_label().match(line) is not None:
        return len(line) <= MAX_CAPTION
    tail = line[-20:].lower()
    if "ark" not in tail and "arch" not in tail and "file" not in tail and "symbol" not in tail:
        return False  # the cheap test first: most lines name no archive picture
    return len(line) <= MAX_CAPTION and _archive_mark().search(line) is not None
