"""Vias a record takes from its neighbours in the text: the medium a coordinated cue's first half was told
(`coordinated_told`: "confirmed the numbers to Reuters and said C") and the intermediaries named inside an outer claim
before a nested one (`places`: "first posted by X", "på X:s hemsida"). Split from via.py (round via43)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.lang import function_words


def coordinated_told(text: str, lang: str, told: list[tuple[int, int, int, tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The vias of records in text order (`told`: source start, cue start, cue end and own vias of each), where
    a cue coordinated after another of the same speaker ("confirmed the numbers to Reuters and said C") takes the
    medium the first was told: one interview. Only the cue right after "and" (not "X, who told CNN …, said C")."""
    out = [v for *_, v in told]
    ands = function_words(lang, "and")
    for k in range(1, len(told)):
        src, cue, _, vias = told[k]
        prev = told[k - 1]
        if vias or src < 0 or prev[0] != src or not prev[3] or prev[2] > cue:
            continue
        before = text[max(prev[2], cue - COORDINATED_REACH):cue].split()
        if before and before[-1].lower() in ands:
            out[k] = prev[3]
    return out


COORDINATED_REACH: Final = 12  # characters before a coordinated cue searched for its "and"


def places(toks: list[Tok], lex: Lexicon) -> list[str]:
    """Intermediaries named inside an outer claim before a nested one, innermost first.

    "first posted by X" (X), "på X:s hemsida" (the website), and the subject of "shared/delade".
    """
    out: list[str] = []
    n = len(toks)
    cw = lex.closed
    for k in range(n - 1):
        pair = (toks[k].low, toks[k + 1].low)
        if pair in cw.posted_by:
            j = forward_np(toks, k + 2, n, lex)
            out.insert(0, " ".join(t.text for t in toks[k + 2: j]))
        elif toks[k].low in cw.on and toks[k + 1].is_word:
            j = forward_np(toks, k + 1, n, lex)
            phrase = toks[k + 1: j]
            if phrase and phrase[-1].low.endswith(cw.web_place):
                out.append(" ".join(t.text for t in phrase))
    for k, t in enumerate(toks):
        if t.low in cw.share and k > 0:
            start = 0
            subj = toks[start:k]
            while subj and not subj[-1].is_word or subj and subj[-1].low in cw.share_time:
                subj = subj[:-1]
            if subj and len(subj) <= 6:
                out.append(" ".join(x.text for x in subj))
            break
    return out
