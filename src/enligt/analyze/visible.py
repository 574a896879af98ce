"""German claims shown by a medium with "zu sehen/lesen/hören" or taken from a text with "zu entnehmen": "C, wie auf
Videos zu sehen war", "C, wie dem Flugplan zu entnehmen ist", "Auf der Homepage des Vereins war zu lesen, dass C",
"Auf Fotos war ein umgestürzter Wagen zu sehen". The medium (or the text) is the source; the cue is the auxiliary
with "zu" and the infinitive. Seeing, reading and hearing need a medium after "auf"/"in" (`visible_media.txt`, the
end of a compound counts: "Handyvideo"): "Rauch war aus der Ferne zu sehen" shows nothing reported; "entnehmen"
takes its source as a dative of its own (`visible_verb` and `visible_dative` in function_words.tsv).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from enligt.analyze.phrases import only_punct, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, wordset

SOURCE_WORDS: Final = 8  # the longest medium phrase read before "zu" ("auf der Homepage des Vereins")


def visible_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, cands: Sequence[int]) -> list[Draft]:
    """The records of a sentence's "zu sehen/lesen/hören/entnehmen" (none in a language without the word lists)."""
    verbs = function_words(ctx.lang, "visible_verb")
    out: list[Draft] = []
    for v in cands:
        if toks[v].low not in verbs or v - 1 <= s or toks[v - 1].low != "zu":
            continue
        d = _after_as(ctx, toks, s, e, v) or _fronted(ctx, toks, s, e, v)
        if d is not None:
            out.append(d)
    return out


def _aux_after(ctx: Ctx, toks: list[Tok], v: int, e: int) -> int:
    """The auxiliary right after the infinitive ("zu sehen war"), or -1."""
    return v + 1 if v + 1 < e and toks[v + 1].low in function_words(ctx.lang, "visible_aux") else -1


def _source(ctx: Ctx, toks: list[Tok], a: int, b: int, dative: bool) -> list[Tok]:
    """The medium of toks[a:b]: after "auf"/"in" for a medium noun, or the whole dative phrase of "entnehmen"."""
    words = toks[a:b]
    if not words or len(words) > SOURCE_WORDS or any(not t.is_word or t.low in ctx.lex.negation for t in words):
        return []
    if dative:
        return words if words[0].low in function_words(ctx.lang, "visible_dative_article") else []
    if words[0].low not in function_words(ctx.lang, "visible_place"):
        return []
    media = wordset(ctx.lang, "visible_media")
    nouns = [t.low for t in toks[a + 1:b] if t.upper]  # ("In dem bei Facebook geteilten Video": any of its nouns)
    return list(toks[a + 1:b]) if any(n.endswith(m) for n in nouns for m in media) else []


def _after_as(ctx: Ctx, toks: list[Tok], s: int, e: int, v: int) -> Draft | None:
    """"C, wie auf Videos zu sehen war." / "Wie dem Bericht zu entnehmen ist, C": the clause outside the "wie"
    clause is what the medium shows."""
    aux = _aux_after(ctx, toks, v, e)
    w = next((k for k in range(v - 2, max(s, v - 2 - SOURCE_WORDS) - 1, -1) if toks[k].low in ctx.lex.closed.as_clause), -1)
    if aux < 0 or w < 0 or not (w == s or toks[w - 1].text == ","):
        return None
    src = _source(ctx, toks, w + 1, v - 1, toks[v].low in function_words(ctx.lang, "visible_dative"))
    if not src:
        return None
    if w > s:
        c = span(ctx, toks, s, w - 1) if only_punct(toks, aux + 1, e) else None
    else:
        c = span(ctx, toks, aux + 2, e) if aux + 2 < e and toks[aux + 1].text == "," else None
    cue = (toks[v - 1].start, toks[aux].end)
    return Draft((c,), cue, f"zu {toks[v].text} {toks[aux].text}", tuple(src)) if c else None


def _fronted(ctx: Ctx, toks: list[Tok], s: int, e: int, v: int) -> Draft | None:
    """"Auf der Homepage war zu lesen, dass C", "Dem Bericht ist zu entnehmen, dass C", "Auf Fotos war ein umgestürzter
    Wagen zu sehen.": the medium fronted, the auxiliary after it; what follows the comma, or what stands between
    the auxiliary and "zu", is what it shows."""
    auxes = function_words(ctx.lang, "visible_aux")
    j = next((k for k in range(s + 1, min(v - 1, s + SOURCE_WORDS + 1)) if toks[k].low in auxes), -1)
    if j < 0:
        return None
    src = _source(ctx, toks, s, j, toks[v].low in function_words(ctx.lang, "visible_dative"))
    if not src or any(t.low in ctx.lex.negation for t in toks[j + 1:v - 1]):
        return None  # (not "Auf den Bildern war nichts zu sehen", "… war nicht zu lesen")
    between = toks[j + 1:v - 1]
    cue = (toks[j].start, toks[v].end)
    cue_text = f"{toks[j].text} zu {toks[v].text}"
    if not any(t.upper for t in between) and v + 2 < e and toks[v + 1].text in ",:":  # ("war zuletzt nur zu lesen, dass")
        a = v + 2 + (toks[v + 2].low in ctx.lex.complementizers)
        c = span(ctx, toks, a, e)
    elif between and only_punct(toks, v + 1, e) and any(t.upper for t in between):
        c = span(ctx, toks, j + 1, v - 1)
    else:
        return None
    return Draft((c,), cue, cue_text, tuple(src)) if c else None
