"""Appositions a rule reads past: a name between commas after a split cue's subject in sv/no/da, a party in brackets
or not ("peger formanden, Ole Hansen (V), dog på, at C"; phrases.particle_stop), and a description after a subject
before an interpolated source ("Føreren - en mand - er ifølge politiet uskadt"; markers.py)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def past_named_apposition(toks: list[Tok], j: int, e: int) -> int:
    """The token after a name in apposition between commas at toks[j], a party or an abbreviation in brackets
    after it or not (", Ole Hansen,", ", Ole Hansen (V),"), else j."""
    if j >= e or toks[j].text != ",":
        return j
    m = next((m for m in range(j + 3, min(e, j + NAMED_APPOSITION)) if toks[m].text == ","), None)
    if m is None or m + 1 >= e:
        return j
    inner = toks[j + 1:m]
    if len(inner) > 3 and inner[-3].text == "(" and inner[-1].text == ")" and inner[-2].upper:
        inner = inner[:-3]  # "(V)", "(SF)": the name's party
    return m + 1 if 2 <= len(inner) <= 4 and all(t.is_word and t.upper for t in inner) else j


NAMED_APPOSITION: Final = 9  # tokens from the comma before a name in apposition to the one after it, a party between


def described_apposition(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether toks[s:i] is a subject with a description in apposition between two commas or two dashes, opened by an
    article of the language's `described_apposition` list ("Føreren, en ældre mand,", "Ejeren af huset - en lokal
    landmand -"), short, with no verb in it nor in the subject before it: the clause's own subject, so an interpolated
    "ifølge X" after it keeps it in the claim (markers.py). False for a language that lists no such articles."""
    articles = function_words(ctx.lang, "described_apposition")
    if not articles or i - s < DESCRIBED_MIN or toks[i - 1].text not in _MARKS:
        return False
    dash = toks[i - 1].text != ","
    k = next((m for m in range(i - 2, s, -1) if toks[m].text in _MARKS), None)
    if k is None or (toks[k].text != ",") == (not dash) or toks[k + 1].low not in articles \
            or i - 1 - k > DESCRIBED_WORDS:
        return False
    lex = ctx.lex
    return not any(not t.is_word or t.low in lex.finite_verbs or t.low in lex.speech for t in toks[s:k]) \
        and not any(t.low in lex.finite_verbs or t.low in lex.speech for t in toks[k + 1:i - 1])


_MARKS: Final = frozenset({",", "-", "–", "—"})
DESCRIBED_MIN: Final = 5  # tokens of the shortest subject with its apposition ("Manden , en mand ,")
DESCRIBED_WORDS: Final = 6  # tokens of the longest apposition read, its closing mark included
