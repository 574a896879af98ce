"""The strip a print-replica reader (a digitised newspaper page) prints under the headline: the paper's name, an
empty field, the section and the reporters, run together with spaced hyphens ("Kustbladet - - Inrikes - Anna
Berg Olle Ek", "Fjordavisa - - Sport -"). It gives the outlet and the authors; it is no headline and no text.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_languages_words

MAX_STRIP: Final = 160  # characters of such a strip at most
MAX_OUTLET_WORDS: Final = 5  # "Hallands Nyheter", "Norra Västerbottens Tidning"
MAX_NAME_WORDS: Final = 3  # one reporter's name: "Anna Berg", "Anna-Lena von Ek"
EMPTY_FIELD: Final = " - - "
_NAME_WORD: Final = re.compile(r"^[A-ZÅÄÖÆØÜ][^\W\d_]*(?:-[A-ZÅÄÖÆØÜ]?[^\W\d_]+)*$")


def parse_replica_strip(text: str) -> tuple[str, list[str]] | None:
    """(outlet, authors) of a replica strip ("Kustbladet - - Inrikes - Anna Berg Olle Ek"), else None."""
    if EMPTY_FIELD not in text or len(text) > MAX_STRIP:
        return None
    outlet, _, rest = text.partition(EMPTY_FIELD)
    outlet = outlet.strip()
    words = outlet.split()
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    fields = [f.strip() for f in rest.split(" -")]
    if not fields or not fields[0] or EMPTY_FIELD.strip() in fields[0]:
        return None
    tail = " ".join(f for f in fields[1:] if f)
    return outlet, _names(_without_address(tail))


def _without_address(run: str) -> str:
    """`run` up to the reporter's e-mail address printed after the names, which the dump may break with spaces
    ("Anna Berg anbe@ kustbladet. se")."""
    at = run.find("@")
    return run if at < 0 else run[:at].rsplit(None, 1)[0] if " " in run[:at] else ""


def _names(run: str) -> list[str]:
    """Reporters' names run together ("Anna Berg Olle Ek"): one name of two or three words, pairs of words
    when the run holds an even number of them, else a name opening at each common first name."""
    words = [w.title() if w.isupper() and len(w) > 1 else w for w in run.split()]
    if not words or not all(_NAME_WORD.match(w) for w in words):
        return []
    if 2 <= len(words) <= MAX_NAME_WORDS:
        return [" ".join(words)]
    if len(words) % 2 == 0:
        return [" ".join(words[k:k + 2]) for k in range(0, len(words), 2)]
    first = all_languages_words("first_names")
    starts = [k for k, w in enumerate(words) if k == 0 or w.lower() in first]
    parts = [words[a:b] for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    return [" ".join(p) for p in parts] if all(2 <= len(p) <= MAX_NAME_WORDS for p in parts) else []
