"""A clause an interpolated tag interrupts (English): the words before the tag wait for the rest of their clause,
which goes on after it. contentfirst.py reads the tag with its speaker first ("The town, officials said, has …");
here the inverted tag, with or without an apposition to its speaker ("The real danger, said Ann Lee, is that C",
"Any fair reading of the law, said Tom Reed, an expert who has studied it, would show C", "It is no accident,
said Ann Lee, that C"). The Nordic and German V2 order has its own reader (inverted._v2_goes_on)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Span2
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

APPOSITION_TOKENS: Final = 24  # the longest apposition (a relative clause in it) between a speaker and the rest


def open_clause(lex: Lexicon, toks: list[Tok], s: int, cut: int) -> bool:
    """Whether toks[s:cut], before an interpolated tag, waits for the rest of its clause: a subject with no
    finite verb ("The town, officials said, has …"; a plural noun spelt like a verb: "Cost estimates, he
    added, were …"), or a clause ending in a copula ("It was, he said, one of the worst days")."""
    if (toks[cut - 1].low in lex.closed.be or toks[cut - 1].low in function_words(lex.lang, "waiting_aux")) and cut - 1 > s:
        return True  # (an auxiliary waiting for its participle: "Manden er, som avisen skriver, blevet …")
    return not any(is_finite_verb(toks[k], lex) and not (k > s and toks[k].low in lex.noun_verbs and toks[k].low.endswith("s"))
                   for k in range(s, cut))


def inverted_goes_on(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, j: int) -> Span2 | None:
    """The rest of a clause an inverted tag at toks[i:j] interrupts between commas: from the finite verb the words
    before the tag wait for ("The real danger, said Ann Lee, is …"), past an apposition to the speaker ("…, said
    Tom Reed, an economist who studied it, would …"), or from a complementizer that opens the clause the words
    before announce ("It is no accident, said Ann Lee, that C"); else None. Not after a capitalised cue, which is a
    name's word more often than a tag's verb ("…, State Department director, informed …")."""
    lex = ctx.lex
    if lex.profile.v2 or lex.konjunktiv or toks[i].upper or not (i > s + 1 and toks[i - 1].text == ","
                                                                 and j + 2 < e and toks[j].text == ","):
        return None
    k = _rest_start(lex, toks, j, e)
    if k is None:
        return None
    if toks[k].low in lex.complementizers or open_clause(lex, toks, s, i - 1) and not toks[s].low in lex.subordinators:
        return span(ctx, toks, k, e)
    return None


def _rest_start(lex: Lexicon, toks: list[Tok], j: int, e: int) -> int | None:
    """Where the interrupted clause goes on after the comma at toks[j]: right after it, or after the comma that
    closes an apposition to the speaker; the first word a finite verb or a complementizer with a word after it."""
    k = j + 1
    if not _resumes(lex, toks, k, e):
        close = next((m for m in range(k, min(e - 1, k + APPOSITION_TOKENS)) if toks[m].text in ",.;:!?"), None)
        if close is None or toks[close].text != "," or close == k:
            return None
        k = close + 1
        if not _resumes(lex, toks, k, e):
            return None
    return k


def _resumes(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """Whether toks[k] can go on with a clause: a lower-case finite verb (a copula, modal or auxiliary counts, "does"), or
    a complementizer, with a word after it."""
    if k + 1 >= e or not toks[k].is_word or toks[k].upper or not toks[k + 1].is_word and toks[k + 1].text not in "“\"'‘":
        return False
    low = toks[k].low
    return low in lex.complementizers or low in lex.closed.be or low in lex.modals or low in lex.auxiliaries \
        or low in lex.question_auxiliaries or is_finite_verb(toks[k], lex)
