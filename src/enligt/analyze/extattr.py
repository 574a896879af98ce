"""German extended participial attributes in a noun phrase read backwards from its noun: "die | von der IG Metall
für diese Woche | angekündigten Warnstreiks", "den | seit Jahren | geplanten Umbau". The phrase starts at the article
before the prepositional phrases that the participle governs, not at the participle (v2clauses reads objects so)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok

ATTRIBUTE_WORDS: Final = 10  # words from an extended attribute's article to its participle
_PARTICIPLE_ENDINGS: Final = ("te", "ten", "tes", "tem", "ter", "ne", "nen", "nes", "nem", "ner")


def attribute_start(ctx: Ctx, toks: list[Tok], a: int, h: int) -> int:
    """The article that opens an extended attribute before the inflected participle at toks[h] (after a capitalised
    word, the end of the phrase the participle governs), read no further back than toks[a]; h when there is none.
    The article's next word is a preposition, and no comma or verb of the lists stands between."""
    lex = ctx.lex
    t = toks[h]
    if not lex.profile.capitalised_nouns or h - 2 <= a or t.upper or not t.low.endswith(_PARTICIPLE_ENDINGS) \
            or not toks[h - 1].upper:
        return h
    for p in range(h - 2, max(a, h - ATTRIBUTE_WORDS) - 1, -1):
        w = toks[p]
        if not w.is_word or w.low in lex.finite_verbs or w.low in lex.complementizers:
            return h
        if w.low in lex.determiners and toks[p + 1].low in lex.prepositions:
            return p
    return h
