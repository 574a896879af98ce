"""A reason cited, not a source (English): "The union walked out, citing unsafe conditions" — the phrase
after "citing" names no one who speaks and nothing said (no capitalised word, no word of a source type: person,
official, organisation, media, document; no account noun), so the main clause's subject gives it as its reason: that
subject is the source, "citing" the cue and the phrase the content (markers._cite_one asks). "…, citing police" and "…, citing a report" keep the cited
phrase as the source."""
from __future__ import annotations

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import type_lists, word_type
from enligt.lang import function_words


def reason_cited(ctx: Ctx, src: list[Tok]) -> bool:
    """Whether the cited phrase `src` is a reason: English (not V2, nouns not capitalised), none of its words a capital,
    a quotation mark, a word of a source type or an account noun (function_words `cited_account`: "information",
    "testimony"), and no phrase of a source type in it."""
    lex = ctx.lex
    if lex.profile.v2 or lex.profile.capitalised_nouns or not src:
        return False
    accounts = function_words(lex.lang, "cited_account")
    for t in src:
        if t.upper or t.text[:1] in "\"“'‘" or t.low in accounts or (t.is_word and word_type(t.low, lex.lang)):
            return False
    said = " ".join(t.low for t in src)
    return not any(key in said for key, _ in type_lists(lex.lang)[1])  # ("people familiar with C")
