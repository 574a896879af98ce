"""German "wollen" with a perfect infinitive: a claim by the verb's own subject about itself ("Der Zeuge will den
Mann gesehen haben", "ein Zeuge, der den Mann gesehen haben will"). The cue is the modal, the claim the clause
without it, the speaker its subject (in a relative clause, the noun phrase the clause follows). rules.py calls
this for the cue class `claimed`; a modal with a plain infinitive ("will die Brücke sanieren") is a plan, no
claim.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cuesubject import subject
from enligt.analyze.fronting import fronted
from enligt.analyze.hearsayperfect import DE_RELATIVE, perfect_infinitive, verb_final_perfect
from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok

ANTECEDENT_REACH: Final = 6  # words of the noun phrase before a relative clause's comma ("einen wichtigen Zeugen")


def claimed(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> Draft | None:
    """The record of "wollen" at toks[i] with a perfect infinitive, or None."""
    lex = ctx.lex
    cue = (toks[i].start, toks[i].end)
    if i > s and verb_final_perfect(toks, s, i, e, lex):  # "…, der den Mann gesehen haben will, …"
        r = next((k for k in range(i - 1, s, -1) if toks[k].text == ","), None)
        if r is None or r + 2 >= i or not (toks[r + 1].low in lex.relatives or toks[r + 1].low in DE_RELATIVE):
            return None
        src = _antecedent(ctx, toks, s, r)
        c = span(ctx, toks, r + 2, i)
        return Draft((c,), cue, toks[i].text, tuple(src)) if src and c else None
    end = next((k for k in range(i + 1, e) if toks[k].text in ",;:!?" or toks[k].text == "."
                and not toks[k - 1].text.isdigit()), e)  # (not the point of an ordinal: "am 3. Mai")
    if not perfect_infinitive(toks, i, e, lex) or end - 2 <= i or toks[end - 2].upper or not toks[end - 2].is_word:
        return None  # (a participle before "haben": not "will mehr Geld haben")
    if i > s and not fronted(ctx, toks, s, i):  # "Der Zeuge will den Mann gesehen haben."
        src, a = list(subject(ctx, toks, s, i)[0]), i + 1
    else:  # "Am Abend will die Nachbarin Schreie gehört haben."
        a = np_end(ctx, toks, i + 1, end)
        src = toks[i + 1:a]
    c = span(ctx, toks, a, end)
    return Draft((c,), cue, toks[i].text, tuple(src)) if src and c else None


def _antecedent(ctx: Ctx, toks: list[Tok], s: int, r: int) -> list[Tok]:
    """The noun phrase that ends at the relative clause's comma toks[r]: back to its article, over adjectives."""
    lex = ctx.lex
    for a in range(r - 1, max(s - 1, r - ANTECEDENT_REACH - 1), -1):
        t = toks[a]
        if not t.is_word or t.low in lex.prepositions:
            return []
        if t.low in lex.determiners:
            return list(toks[a:r])
    return []
