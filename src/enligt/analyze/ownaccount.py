"""An own account ("nach eigenen Angaben", `own_word`) and the German dash that ends an according-to claim (split
out of markers.py).

`own_account` reads "nach eigenen Angaben": the subject of its own clause is the source and the clause the content
("X – er hat nach eigenen Angaben Y abgebrochen – Z", "Im Mai hat der Mann nach eigenen Angaben …"). `dash_end`
finds where an according-to claim stops at a spaced dash (a dash parenthesis, or a fragment with no verb of its own).
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import match_phrase
from enligt.analyze.frames import inverted_first, own_subject_after
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np


def own_account(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """"nach eigenen Angaben": the subject of its own clause is the source, the clause the content; the clause starts
    after a dash or comma ("X – er hat nach eigenen Angaben Y abgebrochen – Z") and ends at the next, and a fronted
    phrase puts the subject after the verb ("Im Mai hat der Mann nach eigenen Angaben …")."""
    lex = ctx.lex
    b = next((k + 1 for k in range(i - 1, s - 1, -1) if toks[k].text in _CLAUSE_MARKS), s)
    dashed = b > s and toks[b - 1].text in "–—"
    end = next((k for k in range(i + n, e) if toks[k].text in "–—"), e) if dashed else dash_end(ctx, toks, i + n, e, False)
    while b < i - 1 and toks[b].low in lex.coordinators:
        b += 1  # "Denn die Länder nehmen nach eigenen Angaben …"
    k = b
    while k < i - 1 and lex.fronted.get(toks[k].low) == "adv":
        k += 1  # "Auch die Länder nehmen …": an adverb before the subject, no fronted phrase
    if b < k < i and (toks[k].upper or toks[k].low in lex.determiners) and b < (j := forward_np(toks, k, i, lex)) < i \
            and not toks[j].upper and toks[j].is_word:
        parts = [p for p in (span(ctx, toks, j, i), span(ctx, toks, i + n, end)) if p]
        return Draft(tuple(parts), cue, cue_text, tuple(toks[k:j])) if parts else None
    first = b == i  # the phrase opens the clause: "Nach eigenen Angaben war die Feuerwehr C"
    if first or b < i and (toks[b].low in lex.prepositions or lex.fronted.get(toks[b].low) in ("prep", "topic", "adv")):
        src = own_subject_after(ctx, toks, i + n - 1, end) if first else inverted_first(ctx, toks, b, i)  # "Im Mai hat …"
        if not src:
            return None
        at = next(k for k in range(b, end) if toks[k] is src[0])
        cuts = (i + n, at, at + len(src), end) if first else (b, at, at + len(src), i, i + n, end)
        parts = [p for p in (span(ctx, toks, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)) if p]
        return Draft(tuple(parts), cue, cue_text, tuple(src)) if parts else None
    j = forward_np(toks, b, i, lex)
    parts = [p for p in (span(ctx, toks, j, i), span(ctx, toks, i + n, end)) if p]
    return Draft(tuple(parts), cue, cue_text, tuple(toks[b:j])) if parts and j > b else None


_CLAUSE_MARKS: Final = frozenset({"–", "—", ";", ":"})  # marks that open the clause of "nach eigenen Angaben"


def dash_end(ctx: Ctx, toks: list[Tok], a: int, e: int, opened: bool) -> int:
    """German: the end of an according-to claim read from toks[a] at a spaced dash that closes a dash parenthesis
    opened before the cue (`opened`: "Die Helfer – darunter laut X auch Y – kamen …") or that appends a fragment
    with no verb of its own ("X hat nach eigenen Angaben Y zerstört – Stunden nach Z"); else e. A clause after the
    dash ("– er wurde versorgt") goes on with the claim."""
    if not ctx.lex.profile.capitalised_nouns:
        return e
    d = next((k for k in range(a, e) if spaced_dash(toks, k)), None)
    if d is None or d == a:
        return e
    return d if opened or not _clause_at(ctx, toks, d + 1, e) or _own_source(ctx, toks, d + 1, e) else e


def _own_source(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the clause after a dash names a source of its own with an according-to phrase of a noun ("– allein
    X soll nach Angaben der Verwaltung …"): a claim of another source, not part of the one before."""
    lex = ctx.lex
    for k in range(a, e):
        m = match_phrase(toks, k, e, lex.prep) if toks[k].low in lex.prep else None
        if m and (m[0] > 1 or m[1] in ("pre", "post")):
            return True
    return False


def _clause_at(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the words at toks[a], up to the next comma or dash, open with a pronoun ("er", not an article) or hold
    a verb of the lists."""
    lex = ctx.lex
    if a < e and toks[a].low in lex.pronouns and toks[a].low not in lex.determiners:
        return True
    for k in range(a, e):
        t = toks[k]
        if t.text in ",;" or spaced_dash(toks, k):
            return False
        low = t.low
        if not t.upper and (low in lex.finite_verbs or low in lex.auxiliaries or low in lex.modals or low in lex.konjunktiv):
            return True
    return False


def spaced_dash(toks: list[Tok], k: int) -> bool:
    """A dash at toks[k] between words: "–", "—", or "-" with a space on both sides ("X - Y"; not the hyphen of
    "„Stopp“-Schild")."""
    t = toks[k]
    if t.text not in _DASHES:
        return False
    return t.text != "-" or 0 < k < len(toks) - 1 and toks[k - 1].end < t.start and t.end < toks[k + 1].start


_DASHES: Final = frozenset({"–", "—", "-"})
