"""A tag without its comma at the end of a sentence (Swedish: "Två bilar har krockat på bron uppger polisen.",
"Bussar ersätter tågen meddelar SJ på sin webbplats."): the clause before the verb is the claim and the noun phrase
after it the source, as in the tag with its comma. Read only for the verbs of `commaless_tag_verb`
(lang/<code>/function_words.tsv), after a clause of its own (a finite verb past its first word, no relative,
subordinate or reported clause) and before a source-like phrase that closes the sentence, perhaps with a phrase of a
preposition after it ("på sin hemsida"); rules.verb_one asks."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb
from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

TAG_CLAUSE_MIN: Final = 3  # the fewest words of the clause before a comma-less tag ("Vägen är avstängd")


def commaless_tag(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """The record of a comma-less tag verb at toks[i], else None."""
    if n != 1 or toks[i].low not in function_words(ctx.lang, "commaless_tag_verb") or i - s < TAG_CLAUSE_MIN:
        return None
    clause = toks[s:i]
    if not all(t.is_word for t in clause) or not _own_clause(ctx, clause):
        return None
    j = np_end(ctx, toks, i + 1, e, ctx.lex.closed.tag_stop)
    if j <= i + 1 or not _source_like(ctx, toks[i + 1]) or not _closing(ctx, toks, j, e):
        return None
    content = span(ctx, toks, s, i)
    return Draft((content,), cue, cue_text, tuple(toks[i + 1:j])) if content else None


def _own_clause(ctx: Ctx, clause: list[Tok]) -> bool:
    """A main clause: a finite verb past its first word, and no word that opens a clause inside it or reports."""
    lex = ctx.lex
    if any(t.low in lex.relatives or t.low in lex.subordinators or t.low in lex.complementizers
           or t.low in lex.coordinators or t.low in lex.speech for t in clause):
        return False
    return any(is_finite_verb(t, lex) for t in clause[1:]) or _present_second(ctx, clause)


def _present_second(ctx: Ctx, clause: list[Tok]) -> bool:
    """A present tense in the second place after a one-word subject ("Bussar ersätter tågen"), by its ending
    (`present_ending`: "-r"), for the verbs no list holds."""
    ends = tuple(function_words(ctx.lang, "present_ending"))
    t = clause[1]
    return bool(ends) and not t.upper and len(t.low) > 3 and t.low.endswith(ends) and t.low not in ctx.lex.prepositions \
        and t.low not in ctx.lex.determiners and t.low not in ctx.lex.pronouns \
        and (len(clause) < 3 or clause[2].low not in ctx.lex.prepositions)  # (not a noun: "Nya regler för fisket")


def _source_like(ctx: Ctx, t: Tok) -> bool:
    """A name, a determiner or a word the type lists know ("SOS", "polisen", "en talesperson")."""
    return t.is_word and (t.upper or t.low in ctx.lex.determiners or word_type(t.low, ctx.lang) is not None)


def _closing(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """Whether only the sentence's end or a phrase of a preposition without a verb follows the source."""
    rest = [t for t in toks[j:e] if t.text not in ".!?"]
    if not rest:
        return True
    lex = ctx.lex
    return rest[0].low in lex.prepositions and all(t.is_word for t in rest) and not any(
        t.low in lex.finite_verbs or t.low in lex.complementizers or t.low in lex.speech for t in rest[1:])
