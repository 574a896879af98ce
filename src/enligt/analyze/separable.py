"""Split cues: a reporting verb and its separable particle ("teilte am Abend mit, C", "räumte Fehler ein",
"meldte virksomheden ud, at C", "slo retten fast at C"). Split out of rules.py, whose `verb_rules` asks
`separable` whether a verb's particle follows, and whose `rules.verb_one` hands a cue of class `split` to
`split_cue`."""
from __future__ import annotations

from typing import Final

from enligt.analyze import frames, v2clauses
from enligt.analyze.contentstop import coordinated_stop
from enligt.analyze.cueguards import no_adverb_tail
from enligt.analyze.cuesubject import subject
from enligt.analyze.fronting import fronted
from enligt.analyze.innerclause import inner_start
from enligt.analyze.phrases import apposed_subject, np_end, particle_stop, span, time_word
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.sourcefirst import OPENING
from enligt.analyze.tails import dative_via
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

_CLOSING: Final = frozenset("“”\"»‘’")


def separable(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str]:
    """A split cue whose particle closes the verb's clause ("teilte am Abend mit, C"), or, where particles do not
    close it (sv/no/da), stands before its complementizer ("meldte virksomheden ud, at C", "slo retten fast at C"):
    (1, "split"), else (0, "")."""
    if i > 0 and toks[i - 1].low in ctx.lex.prepositions and not ctx.lex.profile.separable_particles:
        return 0, ""  # "I går var X tydelig på at C": a time word after its preposition, no verb
    if i + 1 < e and toks[i + 1].low in function_words(ctx.lang, "reflexive_pronoun") and ctx.lex.profile.separable_particles:
        return 0, ""  # "ließ sich die Lage erklären": told, not telling
    k = particle_stop(ctx, toks, i, e)
    return (1, "split") if k - 1 > i and toks[k - 1].low in ctx.lex.separable[toks[i].low] else (0, "")


def particle_at(ctx: Ctx, toks: list[Tok], i: int, e: int) -> int:
    """The index of the particle that closes the clause of the split cue at toks[i]."""
    return particle_stop(ctx, toks, i, e) - 1


def split_cue(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, cue: Span2, prev: Span2 | None) -> Draft | None:
    """The record of the split cue at toks[i] in the sentence toks[s:e]: "X teilte (am Abend) mit, C", "…, teilte X
    mit.", "Der Konzern räumte Fehler ein." (the object, `v2clauses.split_object`); else None. Its cue text is the
    verb and its particle, with a negation between them ("schließt … nicht aus")."""
    k = particle_stop(ctx, toks, i, e)
    no = next((t.text for t in toks[i + 1:k - 1] if t.low in ctx.lex.negation), None)  # "schließt … nicht aus"
    cue_text = f"{toks[i].text} {no} {toks[k - 1].text}" if no else f"{toks[i].text} {toks[k - 1].text}"
    after = k + 1 if k < e and (toks[k].text in (",", ":") or toks[k].low in ctx.lex.complementizers) \
        else e  # "räumt sie ein: C", "slo retten fast at C"
    if after < e and toks[after].low in ctx.lex.complementizers:
        after += 1
    src, tail, _, _ = subject(ctx, toks, s, i)
    src = frames.coordinated_subject(ctx, toks, s, i) or src  # "Die Stadt sperrte die Straße und teilte mit, C"
    if i > s and toks[i - 1].text != "," and (fronted(ctx, toks, s, i) or fronted(
            ctx, toks, inner_start(ctx, toks, s, i), i)):  # "Zudem teilte die Stadt mit, C" ("„Am Abend teilte …")
        src, tail = no_adverb_tail(ctx, toks[i + 1:np_end(ctx, toks, i + 1, k - 1, ctx.lex.closed.tag_stop)]), ""
    if i + 1 < e and toks[i + 1].text == "Sie":
        return None  # "(…,) geben Sie bitte Ihre Adresse an": the reader addressed after the verb, no speaker
    if i > s and toks[i - 1].text == "," and not apposed_subject(ctx, toks, s, i) and any(
            _tag_subject_word(ctx, t) and not time_word(t.low, ctx.lex.times) and t.low not in ctx.lex.weekdays
            for t in toks[i + 1:k - 1]):  # "C, teilte die Polizei (am Abend) mit", "C, slog hon fast"
        # (not "X, Name, teilte (am Abend) mit, C": no speaker between the verb and its particle)
        return _tag_after(ctx, toks, s, i, k, cue, cue_text)
    if after >= e and toks[i].low in function_words(ctx.lang, "split_clause_only"):
        return None  # "Der Rat stimmte dem Gesetz zu.": agreeing, the object is no report
    if after >= e and i > s:  # "Der Konzern räumte Fehler ein."
        return v2clauses.split_object(ctx, toks, s, i, k - 1, cue, cue_text, prev)
    c = span(ctx, toks, after, coordinated_stop(ctx, toks, after, e)) if after < e else (
        span(ctx, toks, s, i - 1) if i > s + 1 else None)
    if c and (src or after >= e):
        return Draft((c,), cue, cue_text, tuple(src or toks[i + 1:k - 1]), tail=tail)
    return None


def _tag_after(ctx: Ctx, toks: list[Tok], s: int, i: int, k: int, cue: Span2, cue_text: str) -> Draft | None:
    """A split cue as the tag after its content, its speaker between the verb and the particle at toks[k - 1]
    ("C, teilte die Polizei (am Abend) mit"); a quotation when the content is quoted ("„Q“, kündigte X an.")."""
    closed = ctx.lex.closed
    src = toks[i + 1:np_end(ctx, toks, i + 1, k - 1, closed.tag_stop - closed.dative_definite)]
    src, media = dative_via(ctx, src)  # "teilte die Verwaltung der Stadt mit"; "… die Polizei der Zeitung mit": a via
    c = span(ctx, toks, s, i - 1) if i > s + 1 else None  # ", dass …" after the particle qualifies the tag
    quoted = toks[s].text in OPENING and toks[i - 2].text in _CLOSING  # "„Q“, kündigte X an."
    return Draft((c,), cue, cue_text, tuple(src), direct=quoted, via=tuple(media)) if c and src else None


def _tag_subject_word(ctx: Ctx, t: Tok) -> bool:
    """A word of a speaker between a split tag's verb and its particle: capitalised (German nouns, names), or in
    Swedish, Norwegian and Danish a pronoun or a source noun ("C, slog hon fast", "C, la politiet til")."""
    if t.upper:
        return True
    lex = ctx.lex
    return not lex.profile.capitalised_nouns and t.is_word and (t.low in lex.pronouns or word_type(t.low, ctx.lang) is not None)
