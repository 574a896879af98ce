"""A passive hearsay marker with its agent right after it (Swedish, Norwegian and Danish word order: "Natten beskrivs
av polisen som lugn", "Mannen uppges av vittnen ha flytt"): the agent is the source and the marker with its agent
preposition the cue, so the claim has a source; hearsay.py asks it before it keeps a sourceless record."""
from __future__ import annotations

from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def agent_hearsay(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> Draft | None:
    """The record of the hearsay marker at toks[i] when the agent preposition (function words `agent`) and a source
    follow it: the content is the clause without the marker and its agent ("Natten som lugn"); None otherwise (the
    markers that take an agent so are the language's function words `agent_hearsay`)."""
    lex = ctx.lex
    if i + 2 >= e or toks[i].low not in function_words(ctx.lang, "agent_hearsay") or toks[i + 1].low not in lex.agent \
            or i == s:
        return None
    j = np_end(ctx, toks, i + 2, e, lex.closed.tag_stop)
    cue, cue_text = (toks[i].start, toks[i + 1].end), f"{toks[i].text} {toks[i + 1].text}"
    agent = toks[i + 2:j]
    if not agent or not any(t.upper or word_type(t.low, ctx.lang) for t in agent if t.is_word):
        return None  # "beskrivs av många som …" names nobody typed (nor "av misstag", "av allt att döma")
    if i == s + 1 and toks[s].low in lex.expletives:  # "Det uppges av polisen att C": C
        c = j + 1 if j < e and toks[j].low in lex.complementizers else j
        after = span(ctx, toks, c, e)
        return Draft((after,), cue, cue_text, tuple(agent)) if after and c > j else None
    before, after = span(ctx, toks, s, i), span(ctx, toks, j, e)
    if before is None or after is None:
        return None
    return Draft((before, after), cue, cue_text, tuple(agent))
