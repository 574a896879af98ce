"""A surname that speaks alone ("sagte Berg", "Lund said") names the person the article introduced with a first
name before it, perhaps in passing and without a cue ("… und Verkehrsminister Karl-Theodor zu Berg (CSU). Berg
sagte …"): `full_name_before` finds that full name in the text, so the record's source_name is the whole name.
"""
from __future__ import annotations

import re

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words

_INITIALS = re.compile(r"(?:[A-ZÄÖÜÅØÆ]\.){1,3}$")  # "T.J."
_FIRST = r"(?:[A-ZÄÖÜÅØÆÉ][\w’'-]*|(?:[A-ZÄÖÜÅØÆ]\.){1,3})"
MIN_SURNAME = 3  # letters a surname needs to be looked up


def full_name_before(ctx: Ctx, surname: str, end: int) -> str | None:
    """The last full name ending in `surname` in the text before `end`: one or two first names (a hyphenated one
    read by its first part: "Karl-Theodor") or initials ("T.J."), perhaps the language's name particles ("zu",
    "von der"), then the surname; None when there is none."""
    if len(surname) < MIN_SURNAME or not surname[:1].isupper():
        return None
    particles = function_words(ctx.lang, "name_particle")
    pattern = re.compile(rf"(?<![\w.’'-])({_FIRST}(?:\s+{_FIRST})?)((?:\s+[a-zäöü]{{1,4}}){{0,2}})\s+"
                         rf"{re.escape(surname)}(?![\w-])")
    found: list[str] = []
    for m in pattern.finditer(ctx.text, 0, end):
        firsts = m.group(1).split()
        firsts = firsts if _first_names(firsts) else firsts[1:]  # "Verkehrsminister Karl-Theodor": the role goes
        if firsts and _first_names(firsts) and all(p in particles for p in m.group(2).split()):
            found = firsts + m.group(2).split() + [surname]
    return " ".join(found) if found else None


def _first_names(words: list[str]) -> bool:
    """Whether each word is a first name (by the part before a hyphen) or initials."""
    firsts = all_languages_words("first_names")
    return all(_INITIALS.match(w) or w.split("-")[0].lower() in firsts for w in words)


def with_full_name(ctx: Ctx, src: list[Tok], name: str | None, typ: str) -> tuple[str | None, str]:
    """(name, typ) of a source phrase, or, for a lone surname read as a person or a body, the full name before it
    and "person" ("Berg sagte" after "Verkehrsminister Karl-Theodor zu Berg (CSU)" in passing)."""
    if name and len(src) == 1 and name == src[0].text and typ in ("person", "organization") \
            and not word_type(src[0].low, ctx.lang) and (full := full_name_before(ctx, name, src[0].start)):
        return full, "person"
    return name, typ
