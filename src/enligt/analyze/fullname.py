"""The full name a bare surname source was given in passing before it ("Zu Wort meldete sich Ministerin Anna zu
Berg." for a later "Berg sagte"): a name the reader noted in no record, read back from the text."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words


def full_name_before(ctx: Ctx, surname: str, end: int) -> str | None:
    """The full name a bare surname source was first given in the text before it, outside any record ("Gestern
    äußerte sich Ministerin Anna zu Berg …" for a later "Berg sagte"): the capitalised words (at most two) and name
    particles right before the surname's first use, the first of them a first name or after a role word; else None."""
    particles = function_words(ctx.lang, "name_particle")
    firsts = all_languages_words("first_names")
    for found in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", ctx.text[:end]):
        words = re.findall(r"[\w-]+|[^\w\s]", ctx.text[max(0, found.start() - FULL_NAME_REACH):found.start()])
        k = len(words)
        while k > 0 and len(words) - k < FULL_NAME_WORDS and (
                words[k - 1].lower() in particles or words[k - 1][:1].isupper()
                and not word_type(words[k - 1].lower(), ctx.lang) and words[k - 1].lower() not in ctx.lex.determiners):
            k -= 1
        while k < len(words) and words[k].lower() in particles:
            k += 1  # ("der" before "Karl": an article, no particle)
        given = words[k:]
        if not given or not any(w[:1].isupper() for w in given):
            continue
        role = k > 0 and word_type(words[k - 1].lower(), ctx.lang) == "person"
        if given[0].split("-")[0].lower() in firsts or role:
            return " ".join([*given, surname])
    return None


FULL_NAME_REACH: Final = 60  # characters read before a surname's first use for the name it was given
FULL_NAME_WORDS: Final = 3  # first names and particles read before a surname ("Karl-Theodor zu", "Anna Maria")
