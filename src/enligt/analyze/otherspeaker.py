"""Signs that someone other than the last speaker speaks (split out of continuing.py): a sentence with a speaker
and cue of its own, a paragraph that names another person in full, a paragraph that opens on a source's noun, an
interviewer's question, a quotation closed by another's tag of a verb no cue list holds.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.interviewq import dash_paragraph_follows
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.wordtypes import word_type
from enligt.lang import wordset

_WORDS: Final = re.compile(r"\w+")


def own_tag(ctx: Ctx, d: Draft, near: list[Draft]) -> bool:
    """Whether a sentence read as going on in reported speech (no quotation) holds the cue and the source of a
    record of its own ("Für die Opposition warf X der Ministerin vor, C"): it reports that speaker, no continuation.
    Not a record nested under the sentence's own Konjunktiv ("Er habe gehört, wie X etwas gesagt hätte")."""
    if d.direct or d.in_title:
        return False
    for o in near:
        if o is not d and o.cue is not None and o.source and not o.continuation and d.start <= o.cue[0] < o.start \
                and d.start <= o.source[0].start < d.end and o.end >= d.end - OWN_TAG_SLACK:
            before = _WORDS.findall(ctx.text[d.start:o.cue[0]].lower())  # ("Der Kanzler habe aber versichert, C")
            return not any(w in ctx.lex.konjunktiv for w in before)
    return False


OWN_TAG_SLACK: Final = 2  # characters a sentence may run past the end of its own record's claim (a closing mark)


def other_name_before(ctx: Ctx, d: Draft, who: str) -> bool:
    """Whether the paragraph right before a quotation names a person in full inside a sentence ("… får ros af
    holdkammeraten Nicolai Boilesen.") who is not `who`: that person may speak next."""
    end = ctx.text.rfind("\n", 0, d.start)
    while end > 0 and not ctx.text[ctx.text.rfind("\n", 0, end) + 1:end].strip():
        end = ctx.text.rfind("\n", 0, end)
    start = ctx.text.rfind("\n", 0, end) + 1 if end > 0 else 0
    return any(m.group(1) not in who for m in _INNER_NAME.finditer(ctx.text, start, max(start, end)))


def source_opens(ctx: Ctx, a: int, b: int) -> bool:
    """Whether a paragraph between two offsets opens on a source's noun ("Polisen tar vittnesuppgifter …"): that
    body may be the one speaking after it."""
    for line in ctx.text[a:b].split("\n")[1:]:
        first = _WORDS.findall(line[:LINE_HEAD].lower())[:1]
        if first and word_type(first[0], ctx.lang) in _SPEAKER_TYPES:
            return True
    return False


LINE_HEAD: Final = 40  # characters read at a paragraph's start for its first word
_SPEAKER_TYPES: Final = frozenset({"person", "official", "organization"})

_INNER_NAME: Final = re.compile(r"(?<=[^\W\d_] )([^\W\d_a-zæøåäöü][\w-]+ [^\W\d_a-zæøåäöü][\w-]+)")  # after a word


def question(ctx: Ctx, d: Draft) -> bool:
    """A quote paragraph that asks someone addressed as "du"/"you"/"Sie" (lang/<code>/second_person.txt)."""
    text = ctx.text[d.start:min(len(ctx.text), d.end + 2)].rstrip(" \n”“\"»«")
    if not text.endswith("?"):
        return False
    you = wordset(ctx.lang, "second_person")
    return any(w in you for w in _WORDS.findall(ctx.text[d.start:d.end])) or _asked_and_answered(ctx, d, text) \
        or _asked(ctx, d, text)


def _asked(ctx: Ctx, d: Draft, text: str) -> bool:
    """A dash paragraph of one question opened by a question word ("– Hvorfor har kundene klaget?"), whatever
    follows it (a caption may stand before the answer): the interviewer's (Nordic pages; a speaker's own question
    stands among other sentences or asks in a statement's order: "– Regeringen har en chef, eller?")."""
    if not ctx.lex.profile.dash_speech or _INNER_STOP.search(text[:-1]):
        return False
    first = _WORDS.findall(ctx.text[d.start:d.end][:LINE_HEAD].lower())[:1]
    return bool(first) and first[0] in wordset(ctx.lang, "interrogatives")


def _asked_and_answered(ctx: Ctx, d: Draft, text: str) -> bool:
    """A paragraph of one question followed by a paragraph that opens with a dash ("– Hvor kommer pengene fra?"
    + "– Vi har satt av midler, svarer Lie."): the interviewer's question and its answer."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns or _INNER_STOP.search(text[:-1]):
        return False  # more than one sentence: the speaker's own question among other words (Nordic pages only;
    # a stop inside a date or number is none: "i morgen 17. mai?")
    return dash_paragraph_follows(ctx.text, d.end)


_INNER_STOP: Final = re.compile(r"[!?]|(?<![0-9])\.(?!\s*[a-zåäöæø0-9])")  # a stop that ends a sentence


def foreign_tag(ctx: Ctx, d: Draft) -> bool:
    """Whether a tagless quotation read as going on closes on a tag of its own whose verb is no cue: a comma, a verb
    and its speaker, a person ("– Hvad mener du med det, afbrød dommeren.", "– Kender du ham?, spørger hun."): someone
    else asks or interrupts, so the words are not the last speaker's. Languages whose pages quote with dashes only."""
    if not ctx.lex.profile.dash_speech or not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return False
    m = _TAG_AT_END.search(ctx.text, d.start, d.end + 1)
    if m is None:
        return False
    verb, who = m.group(1), m.group(2)
    lex = ctx.lex
    if not verb.islower() or len(verb) < MIN_VERB or verb in lex.speech or verb in lex.prepositions \
            or verb in lex.determiners or verb in lex.coordinators or verb in lex.pronouns or verb in lex.complementizers:
        return False
    low = who.lower()
    return lex.pronouns.get(low) == "person" or word_type(low, ctx.lang) == "person"


_TAG_AT_END: Final = re.compile(r"[?!]?,\s+([^\W\d_]+)\s+([^\W\d_][\w-]*)[.!]?[\s»«”“\"]*$")
MIN_VERB: Final = 3  # letters of the shortest verb read in such a tag
