"""The full name of a person a source gives by surname only ("sagte Berg", "Lund said"), when the article gave
that name in full earlier without a cue ("Verteidigungsminister Karl-Theodor zu Berg (CSU)", "Majority Leader
Anna Lund, a Democrat"), so that the source and the tagless quotes that continue it carry the whole name.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words

NAME_BEFORE_WORDS: Final = 4  # words read before a surname for its first name and particles ("Karl-Theodor von der")
_INITIALS: Final = re.compile(r"^(?:[A-ZÀ-Þ]\.){1,3}$")  # "T.J.", "A."


def surname_only(name: str, lang: str) -> bool:
    """Whether a source_name is a surname alone, perhaps after the language's name particles ("Berg",
    "De Berg", "von der Heide"): a capitalised last word, every word before it a particle."""
    words = name.split()
    particles = function_words(lang, "name_particle")
    return bool(words) and words[-1][:1].isupper() and words[-1].replace("-", "").isalpha() \
        and all(w.lower() in particles for w in words[:-1])


def full_name_before(ctx: Ctx, name: str, end: int, persons: set[str]) -> str | None:
    """The latest full name in the text before `end` that ends in the surname of `name`: a first name (one of
    the first_names of any language, perhaps hyphenated, initials, or an untyped word of a name run the article
    gave, in `persons`), the language's name particles as written there, then the surname (perhaps in the genitive:
    "Bo Lunds anklagelser"); None where the article never gave one."""
    surname = name.split()[-1]
    firsts = all_languages_words("first_names")
    particles = function_words(ctx.lang, "name_particle")
    found: str | None = None
    for hit in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?:s|:s)?(?![\w-])", ctx.text[:end]):
        words = ctx.text[max(0, hit.start() - 80):hit.start()].split()[-NAME_BEFORE_WORDS:]
        k = len(words)
        while k > 0 and words[k - 1].lower() in particles and words[k - 1][:1].islower():
            k -= 1  # "zu", "von der", "de": particles keep their own case in the full name
        if k == 0:
            continue
        first = words[k - 1]
        if _INITIALS.match(first) or first[:1].isupper() and (first.split("-")[0].lower() in firsts or (
                first.lower() in persons and first.isalpha() and not word_type(first.lower(), ctx.lang))):
            found = " ".join([first, *words[k:], surname])
    return found


def named_person(ctx: Ctx, name: str, end: int, persons: set[str]) -> str | None:
    """`full_name_before`, else the surname itself when its ending is one of the language's surname endings
    (function words `surname_ending`: "Hjalmarsson", "Lindqvist" with no first name on the page); None otherwise."""
    whole = full_name_before(ctx, name, end, persons)
    if whole is not None or " " in name:
        return whole
    low = name.lower()
    return name if low not in function_words(ctx.lang, "company_surname") and any(low.endswith(w) and len(low) > len(w) + SURNAME_STEM
                       for w in function_words(ctx.lang, "surname_ending")) else None


SURNAME_STEM: Final = 2  # letters before a surname ending at least ("Nilsson", not "Sson")
