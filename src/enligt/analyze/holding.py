"""German stances kept or held, with what is held as a frame between the verb and the clause (rules.py calls
this for the cue class `holding`): "Das Amt blieb bei seiner Darstellung, C", "In X beharrte die Behörde auf
ihrer Zählung, C", "Der Minister hält es für wahrscheinlich, dass C" (`holding.tsv`: each verb's preposition
and whether a report noun or an adjective closes the frame).
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cuesubject import subject
from enligt.analyze.fronting import fronted
from enligt.analyze.phrases import np_end, only_punct, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, table

FRAME_REACH: Final = 14  # tokens from the verb to the comma that closes its frame
ASSUMED_ADVERBS: Final = 2  # adverbs between an assuming verb and its preposition ("geht sogar von X aus")


@cache
def _frames(lang: str) -> dict[str, tuple[str, str]]:
    return {form: (row[1].lower(), row[2]) for row in table(lang, "holding") if len(row) > 2
            for form in row[0].lower().split()}


def frame(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> Draft | None:
    """The record of a held stance at toks[i], or None when no frame closes before a comma and a clause."""
    row = _frames(ctx.lang).get(toks[i].low)
    if row is None:
        return None
    prep, kind = row
    if kind.startswith("object "):
        return _assumed(ctx, toks, s, e, i, prep, kind.split()[1])
    k = next((k for k in range(i + 1, min(e, i + FRAME_REACH)) if not toks[k].is_word), None)
    p = next((p for p in range(k - 1, i, -1) if toks[p].low == prep), None) if k is not None else None
    if k is None or p is None or not _closes(ctx, toks[p + 1:k], kind):
        return None
    if toks[k].text != "," and kind == "adjective" and only_punct(toks, k, e):
        return _judged(ctx, toks, s, i, p, k)  # "Die Kommission hält den Plan für rechtswidrig."
    if toks[k].text != ",":
        return None
    a = k + 1
    if a < e and toks[a].low in ctx.lex.complementizers:
        a += 1
    content = span(ctx, toks, a, e)
    held = function_words(ctx.lang, "placeholder")
    placeholder = [t for t in toks[i + 1:p] if t.low in held][:1]  # "hält es für …"
    if i > s and not fronted(ctx, toks, s, i):
        src = subject(ctx, toks, s, i)[0]
    else:  # "In X blieb das Ministerium bei …", "Nun hält es die Polizei für möglich, …": the subject after the verb
        m = i + 2 if toks[i + 1].low in held else i + 1
        src = toks[m:np_end(ctx, toks, m, p)] if m < p else []
    if not content or not src:
        return None
    words = [toks[i]] + placeholder + list(toks[p:k])
    return Draft((content,), (toks[i].start, toks[k - 1].end), " ".join(t.text for t in words), tuple(src))


def _judged(ctx: Ctx, toks: list[Tok], s: int, i: int, p: int, k: int) -> Draft | None:
    """"X hält den Plan für rechtswidrig.": the object and the judgement are what X holds (the clause after the
    verb, past the subject when a phrase is fronted)."""
    first = _object_first(ctx, toks, s, i)
    if i > s and not fronted(ctx, toks, s, i) and not first:
        src, a = subject(ctx, toks, s, i)[0], i + 1
    else:
        j = np_end(ctx, toks, i + 1, p)
        src, a = toks[i + 1:j], j
    held = (s, i) if first and a == p else (a, p)  # "Den Plan hält X für falsch": the object before the verb
    parts = tuple(c for c in (span(ctx, toks, *held), span(ctx, toks, p + 1, k)) if c) if held[0] < held[1] else ()
    if len(parts) < 2 or not src:  # (the cue's "für" is no part of the content: "den Plan | rechtswidrig")
        return None
    return Draft(parts, (toks[i].start, toks[k - 1].end), f"{toks[i].text} {toks[p].text}", tuple(src))


def _object_first(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """An accusative object opens the sentence before the verb at toks[i], past focusing adverbs ("Auch einen
    Zeugen, der X gesehen haben will, hält Y für …")."""
    while s < i and ctx.lex.fronted.get(toks[s].low) == "adv":
        s += 1
    return s < i and toks[s].low in function_words(ctx.lang, "accusative_article")


def _assumed(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, prep: str, particle: str) -> Draft | None:
    """"X geht von deutlich höheren Zahlen aus": the noun phrase between the preposition right after the verb and the
    particle that closes the clause is what X assumes. Not after a definite article ("Die Gefahr geht von dem Hang
    aus": where something comes from)."""
    a = i + 1
    while a < e and a - i <= ASSUMED_ADVERBS and ctx.lex.fronted.get(toks[a].low) == "adv":
        a += 1  # "gehen sogar von bis zu 400 Toten aus"
    inverted: list[Tok] = []
    if a < e and toks[a].low != prep and (i == s or fronted(ctx, toks, s, i)):
        inverted, a = _inverted_subject(ctx, toks, i, e, prep)  # "Derzeit gehen die Ermittler von X aus"
    if not (a + 1 < e and toks[a].low == prep) or toks[a + 1].low in function_words(ctx.lang, "definite_article"):
        return None
    k = next((k for k in range(a + 1, min(e, a + FRAME_REACH)) if not toks[k].is_word or toks[k].low == particle), e)
    if k >= e or toks[k].low != particle or k == a + 1 or not (k + 1 >= e or not toks[k + 1].is_word):
        return None
    src = inverted or (subject(ctx, toks, s, i)[0] if i > s and not fronted(ctx, toks, s, i) else [])
    content = span(ctx, toks, a + 1, k)
    if not content or not src:
        return None
    return Draft((content,), (toks[i].start, toks[k].end), f"{toks[i].text} {toks[k].text}", tuple(src))  # "geht aus"


def _inverted_subject(ctx: Ctx, toks: list[Tok], i: int, e: int, prep: str) -> tuple[list[Tok], int]:
    """After a fronted phrase, the subject right after the assuming verb and the preposition after it, adverbials
    between ("Bei dem Unfall gehen die Ermittler jetzt mit großer Wahrscheinlichkeit von X aus"): (subject, the
    preposition's index); ([], i + 1) when no noun phrase and preposition follow in the clause."""
    p = next((k for k in range(i + 2, min(e, i + FRAME_REACH)) if toks[k].low == prep or not toks[k].is_word), None)
    if p is None or toks[p].low != prep:
        return [], i + 1
    j = np_end(ctx, toks, i + 1, p)
    return (toks[i + 1:j], p) if j > i + 1 else ([], i + 1)


def _closes(ctx: Ctx, frame: list[Tok], kind: str) -> bool:
    """Whether the words after the preposition close a frame of `kind`: a report noun after its possessive
    ("seiner Darstellung", "ihren ersten Angaben"), or one to three lower-case adjectives ("für sehr wahrscheinlich")."""
    if not frame or not all(t.is_word for t in frame):
        return False
    if kind == "report":  # its own: "bei seiner Darstellung" (not "bei den Angaben, die …")
        return frame[0].low in function_words(ctx.lang, "own_possessive") and frame[-1].upper \
            and frame[-1].low in function_words(ctx.lang, "holding_noun") and len(frame) <= 3
    return len(frame) <= 3 and not any(t.upper for t in frame)
