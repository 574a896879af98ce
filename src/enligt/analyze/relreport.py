"""A report noun and a relative adverb of "according to" after its comma (German "Berichte von Anwohnern,
wonach C"): the report is the source, the clause after the adverb what it says (cues_prep.tsv position
`relative`; the nouns are the function words relative_report_noun)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.wordclass import ADJECTIVE_ENDINGS
from enligt.lang import function_words

REPORT_REACH: Final = 10  # words between a report noun and the comma before the relative adverb
COMPOUND_LEFT: Final = 3  # letters a compound needs before its report noun ("Medienberichte", not "Berichte" itself)


def relative_report(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> Draft | None:
    """"…, Berichte in lokalen Medien, wonach C": the report phrase from its noun (and the article and adjectives
    before it) to the comma, and the clause after the adverb; None when no report noun stands there."""
    if i - 2 < s or toks[i - 1].text != "," or i + n >= e:
        return None
    k = next((k for k in range(i - 2, max(s, i - 2 - REPORT_REACH) - 1, -1) if _report_noun(ctx, toks[k])), None)
    if k is None or any(t.text in ",;:" for t in toks[k:i - 1]):
        return None
    content = span(ctx, toks, i + n, e)
    if content is None:
        return None
    end = k + 1 if toks[i - 2].is_word and not toks[i - 2].upper else i - 1  # ("wies Berichte zurück, wonach C")
    cue = (toks[i].start, toks[i + n - 1].end)
    return Draft((content,), cue, " ".join(t.text for t in toks[i:i + n]), tuple(toks[_phrase_start(ctx, toks, s, k):end]))


def _phrase_start(ctx: Ctx, toks: list[Tok], s: int, k: int) -> int:
    """Where the report noun at toks[k] starts its phrase: at an article right before it, or before the adjectives
    an article opens ("den jüngsten Berichten"); else at the noun (a verb ends in -en too: "folgten Berichte")."""
    lex = ctx.lex
    m = k
    while m - 1 >= s and toks[m - 1].is_word and not toks[m - 1].upper and toks[m - 1].low not in lex.prepositions \
            and toks[m - 1].low not in lex.determiners and toks[m - 1].low.endswith(ADJECTIVE_ENDINGS):
        m -= 1
    return m - 1 if m - 1 >= s and toks[m - 1].low in lex.determiners else k


def _report_noun(ctx: Ctx, t: Tok) -> bool:
    """A capitalised report noun, alone or closing a compound ("Berichte", "Medienberichten")."""
    if not t.upper or not t.is_word:
        return False
    nouns = function_words(ctx.lang, "relative_report_noun")
    return t.low in nouns or any(t.low.endswith(w) and len(t.low) - len(w) >= COMPOUND_LEFT for w in nouns)
