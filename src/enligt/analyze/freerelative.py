"""A free relative of a reporting verb as the cue ("Etter det NRK erfarer, C", "C, efter hvad TV 2 erfarer.",
"Mannen skal etter det NRK erfarer ha blitt skutt"): markers.py asks it for a free-relative opener."""
from __future__ import annotations

from enligt.analyze.cues import match_phrase
from enligt.analyze.phrases import np_end, only_punct, seg_start, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def free_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int,
             cleft: bool = False) -> tuple[Draft | None, list[Tok]]:
    """A free relative of a reporting verb as the cue ("Etter det NRK erfarer, C", "Enligt vad SVT erfar C",
    "C, efter hvad TV 2 erfarer."): the source is its subject, the cue its verb, the claim the main clause; or,
    the verb followed by a copula (`free_copula`), the claim the predicate after it ("efter vad polisen misstänker
    är rattfylla", "vad kritikerna kallar är nedskärningar": `cleft`, a bare "vad", reads only that shape).
    Returns the draft and the tokens read (source and verb)."""
    j = np_end(ctx, toks, i + n, e)
    if j <= i + n or j >= e or toks[j].upper or (m := match_phrase(toks, j, e, ctx.lex.speech)) is None \
            or m[1] == "exists" or m[0] != 1 and (m[1] == "tip" or not relative_closed(toks, j + m[0], e)):
        return None, []  # (not "Efter det oplyste er manden …": "er" opens only longer cues; nor "Etter det avisen
        # får opplyst, …": being told names no source)
    v = j + m[0]
    verb = toks[j:v]
    cue = (toks[j].start, toks[v - 1].end)
    after = v + 1 if v < e and toks[v].text == "," else v
    parts: tuple[Span2 | None, ...]
    if v + 1 < e and toks[v].low in function_words(ctx.lang, "free_copula") and toks[v + 1].is_word:
        stop = next((k for k in range(v + 1, e) if toks[k].text in ",;:"), e)
        parts = (span(ctx, toks, v + 1, stop),)  # "efter vad åklagaren misstänker är grovt bedrägeri": the predicate
    elif cleft:
        return None, []
    elif i > s and toks[i - 1].text == "," and only_punct(toks, v, e):
        parts = (span(ctx, toks, s, i - 1),)  # "C, etter det NRK erfarer."
    elif i > s + 1 and toks[i - 1].text == "," and v + 1 < e and toks[v].text == "," and toks[v + 1].is_word:
        parts = (span(ctx, toks, s, i - 1), span(ctx, toks, v + 1, e))  # "To menn er, etter det NRK erfarer, pågrepet"
    elif seg_start(toks, s, i) == i:
        parts = (span(ctx, toks, after, e),)
    else:  # "Mannen skal etter det NRK erfarer ha blitt skutt": the relative cut out of its clause
        parts = (span(ctx, toks, s, i), span(ctx, toks, v, e)) if toks[i - 1].is_word and v < e and toks[v].is_word \
            and seg_start(toks, s, i) == s and (toks[i + n].upper or toks[i + n].low in ctx.lex.determiners
                                                 or toks[i + n].low in ctx.lex.pronouns
                                                 or word_type(toks[i + n].low, ctx.lang) is not None) else (None,)
        # (a name or a noun phrase as the relative's subject: not "etter det opplyste ha sagt opp")
    if not all(parts):
        return None, []
    src = toks[i + n:j]
    return Draft(tuple(p for p in parts if p), cue, ctx.text[cue[0]:cue[1]], tuple(src)), src + verb


def relative_closed(toks: list[Tok], v: int, e: int) -> bool:
    """Whether a free relative ends right after its verb phrase at toks[v] (a comma, or the sentence's end): a cue
    of two words or more closes it ("Etter det avisen kjenner til, C", "C, etter det avisen kjenner til."), which
    a longer cue's first word in another clause does not ("Efter det oplyste er manden …")."""
    return v >= e or toks[v].text == "," or only_punct(toks, v, e)
