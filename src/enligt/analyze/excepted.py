"""A negated saying with its one exception (Danish, Norwegian): "Politiet kan ikke si noe mer om saken, annet enn
at C", "Hun vil ikke utdype mer utover at C", "X vil ikke sige noget andet end, at C": the speaker says C and
nothing more. `reader` asks `excepted_claim` for a sentence in which no cue found a claim (a negated cue reports
nothing by itself)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb, match_phrase
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_word_list, function_words

SUBJECT_WORDS: Final = 6  # words of the subject before its modal or verb ("Politiet i Oslo")


def _excepts(lang: str) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """`_excepts_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _EXCEPTS_KEPT.get(lang)
    if got is None:
        got = _EXCEPTS_KEPT.setdefault(lang, _excepts_built(lang))
    return got


_EXCEPTS_KEPT: Final[dict[str, dict[str, tuple[tuple[tuple[str, ...], str], ...]]]] = {}


def _excepts_built(lang: str) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases of class except_that ("annet enn at", "utover at") as a `match_phrase` index (longest first)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for p in sorted(function_word_list(lang, "except_that"), key=lambda p: -len(p.split())):
        words = tuple(p.split())
        out.setdefault(words[0], []).append((words, "except"))
    return {k: tuple(v) for k, v in out.items()}


def excepted_claim(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """The claim after "annet enn at" in a sentence whose subject does not say (class except_verb after a
    negation) anything else; None when the sentence is no such refusal."""
    index = _excepts(ctx.lang)
    if not index:
        return None
    lex = ctx.lex
    k = next((m for m in range(s + 3, e - 1) if toks[m].low in index and match_phrase(toks, m, e, index)), None)
    if k is None:
        return None
    said = function_words(ctx.lang, "except_verb")
    v = next((m for m in range(s + 1, k) if toks[m].low in said), None)
    if v is None or not any(t.low in lex.negation for t in toks[s + 1:v]):
        return None
    subj = s
    while subj < v and toks[subj].is_word and subj - s < SUBJECT_WORDS and toks[subj].low not in lex.negation \
            and not (subj > s and is_finite_verb(toks[subj], lex)) and toks[subj].low not in said:
        subj += 1  # the subject up to its modal or verb ("Politiet | kan ikke si")
    found = match_phrase(toks, k, e, index)
    c = span(ctx, toks, found[0] + k, e) if found else None
    if subj == s or not c or any(not t.is_word for t in toks[s:subj]):
        return None
    return Draft((c,), (toks[v].start, toks[v].end), toks[v].text, tuple(toks[s:subj]))
