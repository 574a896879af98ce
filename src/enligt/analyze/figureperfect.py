"""German counts in the verb-final perfect (de34): a cue of class `figure` whose participle closes its clause with
the count before it ("Die Polizei hat 300 Teilnehmer gezählt", "Ein Reporter hatte 97 Tote in der Leichenhalle
gezählt", "Die Stadt hatte sechs Tote verzeichnet"); `rules` asks when no count follows the verb (cueobject.figure_end).
The object must open with its count (or an approximation before it: "rund 3.000"), so that "hat gegen drei Männer
ermittelt" (a preposition first) and "hat den Termin genannt" (no count) report nothing."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze import v2clauses
from enligt.analyze.numwords import number_starts
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.lang import words


def figure_perfect(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """The record of a perfect whose object is a count, or None (see the module's docstring)."""
    if not ctx.lex.konjunktiv or not any(t.low in ctx.lex.perfect_aux for t in toks[max(s, i - AUX_REACH):i]):
        return None  # German only, and only after its auxiliary ("hat", "hatte", "haben")
    d = v2clauses.object_first(ctx, toks, s, e, i, n, cue, cue_text)
    if d is None or not d.parts:
        return None
    a = next((k for k in range(s, i) if toks[k].start >= d.parts[0][0]), i)
    return d if _count_first(ctx, toks, a, i) else None


def _count_first(ctx: Ctx, toks: list[Tok], a: int, i: int) -> bool:
    """Whether the object toks[a:i] opens with a number, past at most `APPROX_WORDS` words of approximation
    ("rund", "mehr als", "knapp") but no preposition or noun."""
    numbers = number_starts(ctx.lang)
    approx = _approx_words(ctx.lang)
    for k in range(a, min(i, a + APPROX_WORDS + 1)):
        t = toks[k]
        if t.text[:1].isdigit() or t.low in numbers:
            return True
        if t.low not in approx:
            return False
    return False


@cache
def _approx_words(lang: str) -> frozenset[str]:
    """The words of the approximations before a number (approx.txt: "rund", "mehr als")."""
    return frozenset(w for p in words(lang, "approx") for w in p.lower().split())


AUX_REACH: Final = 24  # tokens between the auxiliary and the participle (v2clauses.OBJECT_REACH)
APPROX_WORDS: Final = 2  # words of approximation before the count ("mehr als", "weit über")
