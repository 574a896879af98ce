"""English: the adverbial of a source's anonymity after a cue ("said on condition of anonymity because he was
not authorized to speak", "confirmed the plan on the condition that she not be named") tells how the words were
given, not what was said: after a tag it leaves the content before the cue, and it ends an object content."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

REACH: Final = 8  # words from the opener ("on (the) condition") to its mark of anonymity ("anonymity", "be named")


def adverbial_at(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """An anonymity adverbial opens at `k`: an opener of the class anonymity_opener ("on condition", "on the
    condition", "under condition") and, within `REACH` words, a mark of the class anonymity ("anonymity", "not
    authori", "be named"), so "on condition that the loan is repaid" is none."""
    if ctx.lex.profile.v2 or k >= e or not toks[k].is_word or toks[k].low not in _opener_firsts(ctx.lang):
        return False  # (the first word of an opener first: the rule is tried at every word of a content)
    openers = function_words(ctx.lang, "anonymity_opener")
    words = [t.low for t in toks[k:min(e, k + REACH + 3)]]
    opener = next((o for o in openers if words[:len(o.split())] == o.split()), None)
    if opener is None:
        return False
    rest = " ".join(words[len(opener.split()):len(opener.split()) + REACH])
    return any(mark in rest for mark in ctx.lex.closed.anonymity)


def _opener_firsts(lang: str) -> frozenset[str]:
    """The first words of the language's anonymity openers ("on", "under"), built once and kept in a dict."""
    got = _OPENER_FIRSTS.get(lang)
    if got is None:
        got = frozenset(o.split()[0] for o in function_words(lang, "anonymity_opener") if o.split())
        got = _OPENER_FIRSTS.setdefault(lang, got)
    return got


_OPENER_FIRSTS: Final[dict[str, frozenset[str]]] = {}


def object_end(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """Where an object content after the cue ends before an anonymity adverbial ("confirmed the talks on
    condition of anonymity because …": the talks); else `e`."""
    return next((m for m in range(a + 1, e) if adverbial_at(ctx, toks, m, e)), e)


def with_tail(ctx: Ctx, toks: list[Tok], a: int, e: int, d: Draft | None) -> Draft | None:
    """A tag's record with the anonymity adverbial after its cue kept as the source's tail, so the source is
    unnamed ("…, an officer said on condition of anonymity because …"); else `d` as it is."""
    if d is None or d.tail or not adverbial_at(ctx, toks, a, e):
        return d
    return replaced(d, tail=" ".join(t.text for t in toks[a:e]))
