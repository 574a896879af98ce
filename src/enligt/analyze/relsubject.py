"""A subject with its relative clause before a comma (Norwegian, Danish, Swedish): "Mannen i 40-årene som er tiltalt
for ranet, avviser anklagene" has the cue's subject before the comma, not a content before an inverted tag
(inverted.inverted_order asks)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type


def relative_subject(ctx: Ctx, toks: list[Tok], lo: int, i: int) -> bool:
    """V2: before the comma at toks[i - 1], a noun phrase and its restrictive relative clause ("Mannen i 40-årene
    som er tiltalt for ran,", "Kvinden der er sigtet,") with no finite verb of a main clause (the caller checked):
    the cue's subject, not its content ("C, avviser X" would read the object as the speaker). Not inside a
    quotation, and only when the relative word follows a word and a verb follows it."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or toks[i - 1].text != ",":
        return False
    seg = toks[lo:i - 1]
    if not seg or any(t.text in _MARKS or t.text == "," for t in seg):
        return False
    k = next((k for k, t in enumerate(seg) if t.low in lex.relatives), None)
    if k is None or k == 0 or k + 1 >= len(seg) or not seg[k - 1].is_word:
        return False
    verb = is_finite_verb(seg[k + 1], lex) or seg[k + 1].low in lex.auxiliaries or seg[k + 1].low in lex.closed.be
    return verb and word_type(seg[0].low, lex.lang) is not None and all(
        t.upper or t.low in lex.prepositions or t.low in lex.determiners or any(c.isdigit() for c in t.text)
        or word_type(t.low, lex.lang) is not None for t in seg[1:k])  # a source noun and its phrase (not "Land bør …")


_MARKS: Final = "\"'“”„«»‘’‚–—-"  # quotation marks and dashes: the words before the comma are a quotation
