"""German naming with "nennen" and no particle: "Der Verband nannte den Streik ärgerlich", "Die Opposition nannte
den Plan „absurd“", "X nannte das Vorgehen einen Skandal". The object and what it is called close the clause;
both are the content, the subject the source. `rules.verb_one` asks here when "nannte" counts nothing (its
class `figure`: "nannte 300 Tote"); the verbs are the `naming_verb` function words, the objects' openers
`naming_object`, the endings of a judging adjective `judgement_suffix`.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cuesubject import subject
from enligt.analyze.frames import coordinated_subject
from enligt.analyze.fronting import fronted
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

OBJECT_WORDS: Final = 4  # words of the object between the verb and what it is called
_OPEN: Final = frozenset("\"„“»«")
_CLOSE: Final = frozenset("\"“”«»")


def judged_name(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """The record of "X nannte <object> <name>" at toks[i], or None."""
    lang = ctx.lang
    if not ctx.lex.konjunktiv or toks[i].low not in function_words(lang, "naming_verb") or i == s:
        return None
    a = i + n
    if a >= e or not (toks[a].low in function_words(lang, "naming_object")
                      or toks[a].low in function_words(lang, "possessive_determiner")):
        return None
    end = next((k for k in range(a, e) if toks[k].text in ",;:()"), e)
    while end > a and not toks[end - 1].is_word and toks[end - 1].text not in _CLOSE:
        end -= 1  # the sentence's full stop
    start = _name_start(ctx, toks, a + 1, end)
    if start is None or fronted(ctx, toks, s, i):
        return None
    src = coordinated_subject(ctx, toks, s, i) or subject(ctx, toks, s, i)[0]  # "X wies Y zurück und nannte Z …"
    c = span(ctx, toks, a, end)
    return Draft((c,), cue, cue_text, tuple(src)) if c and src else None


def _name_start(ctx: Ctx, toks: list[Tok], k: int, end: int) -> int | None:
    """Where the name closing toks[k:end] opens, past an object of at most `OBJECT_WORDS` words: a quotation
    ('„absurd“'), an indefinite article before a noun ("einen Skandal"), or one judging adjective ("ärgerlich")."""
    for m in range(k, min(end, k + OBJECT_WORDS + 1)):
        t = toks[m]
        if t.text in _OPEN and toks[end - 1].text in _CLOSE and end - m >= 3:
            return m
        if t.low in function_words(ctx.lang, "indefinite") and any(x.upper for x in toks[m + 1:end]) \
                and all(x.is_word for x in toks[m + 1:end]) and end - m <= 3:
            return m
        if m == end - 1 and t.is_word and not t.upper and t.low.endswith(
                tuple(function_words(ctx.lang, "judgement_suffix"))):
            return m
        if not t.is_word:
            return None
    return None
