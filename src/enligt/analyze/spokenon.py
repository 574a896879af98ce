"""A listed medium the speaker spoke in or on: closing a tag ("…, säger X i Ekot", "…, said X on CNN", "sagte er bei
Amazon Prime") or fronted before a V2 cue ("I VG lørdag sier X at C"). Function words `spoken_on` (German
`broadcast_prep` is read by `via.interview_recipient`); never a platform ("on Twitter")."""
from __future__ import annotations

from enligt.analyze.cues import Lexicon
from enligt.analyze.phrases import time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.via import any_word, media_name
from enligt.lang import function_words
from enligt.lang.gazetteers import outlet_names


def spoken_on(toks: list[Tok], j: int, e: int, lex: Lexicon) -> str | None:
    """A listed medium a tag's speaker spoke in or on, closing the tag ("…, säger X i Ekot", "…, said X on CNN"; the
    outlet of a programme: "i SVT:s Agenda" -> SVT; function words spoken_on), else None (not "on Twitter")."""
    if not (j + 1 < e and toks[j].low in function_words(lex.lang, "spoken_on") and toks[j + 1].upper):
        return None
    first = toks[j + 1].text
    base = first[:-2] if first.lower().endswith((":s", "'s", "’s")) else ""
    if base and base.lower() in outlet_names():
        return base  # "i SVT:s Agenda", "on CNN's State of the Union": the programme's outlet
    head, dash, rest = first.partition("-")
    if dash and rest[:1].islower() and head.lower() in outlet_names():
        return head  # "i NRK-programmet Debatten", "i TV 2-sendingen": a programme named by its outlet
    end = forward_np(toks, j + 1, e, lex)
    media = media_name(toks[j + 1:end], lex)
    return media if media and media.lower() in outlet_names() and not any_word(toks, end, e) else None


def fronted_spoken_on(ctx: Ctx, toks: list[Tok], b: int, i: int) -> str | None:
    """The listed medium of a fronted phrase that fills toks[b:i] with the speaker's words in or on it, words of time
    after it or not ("I VG lørdag sier X at C", "I Ekot i morse säger X att C"; function words `spoken_on`), else
    None ("I Oslo sier X": a place)."""
    e = i
    while e > b + 2 and (time_word(toks[e - 1].low, ctx.lex.times) or toks[e - 1].low in ctx.lex.weekdays
                         or toks[e - 1].low in ctx.lex.prepositions or ctx.lex.fronted.get(toks[e - 1].low) == "adv"):
        e -= 1  # "lørdag", "i morse", "på søndagen": when, not where
    return spoken_on(toks, b, e, ctx.lex)
