"""German reports whose finite verb closes a subordinate clause, the cue's own preposition before it: "Während
die Regierung von 200 Toten spricht, berichten Helfer von …", "…, obwohl der Minister vor Engpässen warnte."
The clause's opener is of class `report_subclause` (function_words.tsv); the source is the clause's subject, the
content the phrase between the preposition and the verb. Also where such a clause ends, so that a V2 cue after
it reads its subject after the verb ("…, gibt die Polizei die Zahl mit 4.000 an"). And the impersonal cue split
by its source in an "as" clause: "Wie es in einer Mitteilung der Polizei heißt, C", "C, wie es aus dem Amt hieß."
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cueobject import figure_end
from enligt.analyze.cues import is_finite_verb
from enligt.analyze.impersonalsource import impersonal_source
from enligt.analyze.phrases import np_end, particle_stop, span
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

_BOUNDS: Final = frozenset({",", ":", "–", "-", "—"})  # what may stand right before the clause's opener
_ENDS: Final = frozenset({".", "!", "?", ";", ":"})  # what the clause never reaches back past


def final_report(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> Draft | None:
    """The report whose finite cue toks[i] closes a subordinate clause ("Während X von Y spricht, …"): source the
    noun phrase after the opener, content what follows the cue's own preposition; else None."""
    lex = ctx.lex
    if not lex.konjunktiv or i + 1 < e and toks[i + 1].text not in (",", ".", ";", "!"):
        return None  # German only; the verb closes its clause
    own = {p[1]: cls for p, cls in lex.speech.get(toks[i].low, ()) if len(p) == 2 and cls in ("speech", "opinion", "figure")}
    k = clause_opener(ctx, toks, s, i)
    if not own or k < 0:
        return None
    v = next((m for m in range(k + 2, i - 1) if toks[m].low in own), None)
    if v is None or any(t.low in lex.complementizers or t.low in lex.speech for t in toks[k + 1:v]):
        return None  # "…, weil die Polizei sagt, dass …": another shape
    j = np_end(ctx, toks, k + 1, v, lex.closed.tag_stop)
    src = toks[k + 1:j]
    if not src or not (src[0].upper or src[0].low in lex.determiners or lex.pronouns.get(src[0].low) == "person"):
        return None  # "Während man von 200 Toten spricht": nobody named
    if own[toks[v].low] == "figure" and not figure_end(ctx, toks, v + 1, i):
        return None  # "während X auf mehr als 1400 kommt": only a count ("…, weil sie auf die Idee kam")
    c = span(ctx, toks, v + 1, i)
    return Draft((c,), (toks[i].start, toks[i].end), f"{toks[i].text} {toks[v].text}", tuple(src)) if c else None


def as_impersonal(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> Draft | None:
    """The impersonal cue toks[i] ("heißt", "hieß") closing an "as" clause whose "es" and source stand before it:
    "Wie es in einer Mitteilung der Polizei heißt, C" (the content after the clause), "C, wie es aus dem Amt hieß."
    (before it); the source is the phrase after the preposition, the cue "es heißt"; else None."""
    lex = ctx.lex
    if not lex.konjunktiv or i + 1 < e and toks[i + 1].text not in (",", ".", ";", "!"):
        return None
    if not any(p == (toks[i].low, "es") and cls == "impersonal" for p, cls in lex.speech.get(toks[i].low, ())):
        return None  # ("heißt es" is a cue: "es" with the verb in the subordinate order)
    k = next((m for m in range(i - 3, s - 1, -1) if toks[m].low in lex.closed.as_clause
              and toks[m + 1].low == "es" and (m == s or toks[m - 1].text == ",")), -1)
    src = impersonal_source(ctx, toks, k + 2, i) if k >= 0 else []
    if not src:
        return None
    if k == s:  # "Wie es in X heißt, (dass) C"
        a = i + 2 + (i + 2 < e and toks[i + 2].low in lex.complementizers)
        c = span(ctx, toks, a, e) if i + 1 < e and toks[i + 1].text == "," else None
    else:  # "C, wie es in X heißt."
        c = span(ctx, toks, s, k - 1) if i + 1 >= e or toks[i + 1].text != "," else None
    return Draft((c,), (toks[i].start, toks[i].end), f"{toks[k + 1].text} {toks[i].text}", tuple(src)) if c else None


def in_adverbial_clause(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, d: Draft) -> Draft | None:
    """German: the record of a cue at toks[i] inside a fronted adverbial clause (`clause_opener`: "Nachdem X …,
    begannen Gespräche"): None when its content is the main clause after the clause's comma (X did not say what
    happened after), else the content cut where the main clause's verb follows a comma ("Obwohl X versichert
    hatte, die Straße sei sicher, kam es zu …"); other records unchanged."""
    lex = ctx.lex
    if not lex.konjunktiv or not d.parts or toks[s].low not in function_words(ctx.lang, "clause_opener"):
        return d
    main = next((k for k in range(i, e - 1) if toks[k].text == "," and toks[k + 1].is_word and not toks[k + 1].upper
                 and toks[k + 1].low not in lex.complementizers and toks[k + 1].low not in lex.determiners
                 and toks[k + 1].low not in lex.pronouns and is_finite_verb(toks[k + 1], lex)), None)
    if d.source and d.source[0] is toks[s]:
        d = replaced(d, source=d.source[1:])  # "Obwohl die Stadt versichert hatte, …": the opener is no source
    if main is None:
        return d
    cut = toks[main].start
    if all(a >= cut for a, _ in d.parts):
        return None
    parts = tuple((a, min(b, toks[main - 1].end)) for a, b in d.parts if a < cut)
    return replaced(d, parts=parts)


def clause_opener(ctx: Ctx, toks: list[Tok], s: int, i: int) -> int:
    """The index of the `report_subclause` opener ("während", "obwohl") of the clause that toks[i] stands in, at the
    sentence's start, after a colon, a comma or a dash; commas inside the clause (an apposition) are passed; -1
    when there is none."""
    openers = function_words(ctx.lang, "report_subclause")
    for k in range(i - 1, s - 1, -1):
        if toks[k].text in _ENDS and k < i - 1:
            return -1
        if toks[k].low in openers and (k == s or toks[k - 1].text in _BOUNDS or toks[k - 1].low in ctx.lex.coordinators):
            return k
    return -1


def fronted_report_clause(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether toks[i - 1] is the comma closing a fronted `report_subclause` clause whose own verb-final cue gave
    its record ("Während X von Y spricht, gibt die Polizei …"): the cue toks[i] stands in second place."""
    if not (s < i - 2 and toks[i - 1].text == ","):
        return False
    k = clause_opener(ctx, toks, s, i - 1)
    return k >= 0 and (k == s or toks[k - 1].text == ":") and final_report(ctx, toks, s, i, i - 2) is not None


def after_report_clause(ctx: Ctx, toks: list[Tok], e: int, i: int, cue: Span2, cue_text: str) -> Draft | None:
    """A split cue in second place after such a clause: "Während X von Y spricht, gibt die Polizei die Zahl mit 4.000
    an." The subject follows the verb; the content is the rest of the clause before the particle, or what follows
    the particle's comma."""
    lex = ctx.lex
    k = particle_stop(ctx, toks, i, e)
    j = np_end(ctx, toks, i + 1, k - 1, lex.closed.tag_stop)
    if j == i + 1 or k - 1 <= i + 1:
        return None
    text = f"{toks[i].text} {toks[k - 1].text}"
    if k + 1 < e and toks[k].text in (",", ":"):
        a = k + 1 + (toks[k + 1].low in lex.complementizers)
        c = span(ctx, toks, a, e)  # "…, teilte die Polizei mit, C"
    else:
        c = span(ctx, toks, j, k - 1)
    return Draft((c,), (cue[0], toks[k - 1].end), text, tuple(toks[i + 1:j])) if c and cue_text else None
