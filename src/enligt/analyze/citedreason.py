"""A reason cited, not a source (English): "The union walked out, citing unsafe conditions" — the phrase after
"citing" names no one who speaks (no capitalised word, no word of a source type: person, official, organisation,
media, document), so the main clause's subject gives it as its reason: that subject is the source, "citing" the cue
and the phrase the content (markers._cite_one asks). "…, citing police" and "…, citing a report" keep the cited
phrase as the source."""
from __future__ import annotations

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import type_lists, word_type


def reason_cited(ctx: Ctx, src: list[Tok]) -> bool:
    """Whether the cited phrase `src` is a reason: English (not V2, nouns not capitalised), its words up to the first
    preposition or comma hold no capital and no word of a source type, and it holds no phrase of one."""
    lex = ctx.lex
    if lex.profile.v2 or lex.profile.capitalised_nouns or not src:
        return False
    head: list[str] = []
    for t in src:
        if t.text == "," or t.low in lex.prepositions:
            break
        if t.upper or t.text[:1] in "\"“'‘" or (t.is_word and word_type(t.low, lex.lang)):
            return False
        head.append(t.low)
    said = " ".join(t.low for t in src)
    return bool(head) and not any(key in said for key, _ in type_lists(lex.lang)[1])  # ("people familiar with C")
