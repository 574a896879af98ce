"""The cue of a quotation's tag (direct.py calls these): a reporting verb at a token that is no naming without
its particle, no part of "went on to say", not negated and no noun; and a word or phrase opening a tag
sentence that points back at the quote before ("„Q.“ So schilderte ein Zeuge die Lage."). After a dash quote: a
two-word cue split by its subject ("…, kunne reporter Kari Nes fortelle") and a complementizer after the subject
(no tag: V2 after a fronted clause)."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, match_phrase, negated
from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Span2
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.wordclass import nominal
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def cue_at(ctx: Ctx, toks: list[Tok], k: int, e: int, taken: set[int]) -> tuple[int, str] | None:
    """The cue (its length and class) at toks[k] that may tag a quotation, else None; none at the offsets
    `taken` (a cue that already tags a quote)."""
    m = match_phrase(toks, k, e, ctx.lex.speech)
    if m and toks[k].low in function_words(ctx.lang, "own_preposition_only"):
        return None  # "über X gesprochen haben, …: „Q“": no tag, only "von X gesprochen" (v2clauses.object_first)
    if m and m[1] in ("placed", "claimed"):
        return None  # "“Q.” Lund put his house up for sale": a figure put at ("put the toll at 40") tags no quote,
        # nor a modal ("Dagegen will X vorgehen: „Q“")
    if m and m[1] == "call" and not _particle_after(ctx, toks, k, k + m[0], e):
        return None  # "arrangementet kalt «X»": a name given, nobody quoted
    if m and k > 0 and toks[k - 1].low in ctx.lex.infinitive_markers and toks[k - 1].is_word:
        return None  # "went on to say: “Q”": the cue is the whole phrase, found at "went"
    if m and not negated(toks, k, m[0], e, ctx.lex) and toks[k].start not in taken and not nominal(toks, 0, k, e, ctx.lex):
        return m
    return None


def _particle_after(ctx: Ctx, toks: list[Tok], k: int, a: int, e: int) -> bool:
    """Whether the particle of the naming verb toks[k] ("kalte forslaget for «…»") follows it in reach."""
    particle = ctx.lex.call.get(toks[k].low, "")
    return any(toks[j].low == particle for j in range(a, min(e, a + CALL_REACH)))


CALL_REACH: Final = 8  # tokens between a naming verb and its particle


def back_pointer(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """The length of a word pointing back at the quote before, opening its tag sentence (`fronted.tsv` class
    `back`: "„Q.“ So schilderte ein Zeuge die Lage.", "– Q. Så beskrev X läget."), else 0; not before a clause
    ("So sagte er, dass …": a fronted adverb)."""
    n = pointing_words(ctx, toks, k, e)
    if not n or any(t.low in ctx.lex.complementizers for t in toks[k + n:e]):
        return 0
    return 0 if n == 1 and cue_at(ctx, toks, k + 1, e, set()) is None else n  # "So far the police …": no tag


def pointing_words(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """The length of a word or phrase that may point back (`fronted.tsv` class `back`, `back_phrase`) opening
    the sentence at toks[k], else 0."""
    if k >= e or not toks[k].upper:
        return 0
    first = toks[k].low
    return 1 if ctx.lex.fronted.get(first) == "back" else next(
        (len(p) for p in _back_phrases(ctx.lang) if p[0] == first and tuple(t.low for t in toks[k:k + len(p)]) == p), 0)
    # (the first word compared before the phrase's words are gathered: most sentences open with none of them)


@cache
def _back_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """Phrases opening a tag sentence that points back at the quote before (`back_phrase`: "That was how X put it",
    "So said X"), longest first."""
    return tuple(sorted((tuple(p.split()) for p in function_words(lang, "back_phrase")), key=len, reverse=True))


def split_modal(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int | None:
    """A two-word cue split by its subject after a quote ("…, kunne reporter Kari Nes fortelle"): the
    index of its second word, else None. Only names and role words stand between."""
    for phrase, _cls in ctx.lex.speech.get(toks[k].low, ()):
        if len(phrase) != 2:
            continue
        for m in range(k + 2, min(e, k + SPLIT_MODAL_REACH)):
            if toks[m].low == phrase[1]:
                return None if own_voice(ctx.lex, toks[k + 1]) else m  # ("…, reknar eg med at C": the
                # speaker's own words inside a quotation)
            if not (toks[m].upper or word_type(toks[m].low, ctx.lang)):
                break
    return None


def own_voice(lex: Lexicon, t: Tok) -> bool:
    """Whether `t` is the first person standing as a subject after a cue ("…, tror jeg", "meiner eg", "anslår vi
    at"): the speaker's own words inside a quotation, no tag and no record (not a preposition that shares the
    form, Danish "i", nor a generic "man")."""
    return t.low in lex.first_person and not t.upper and t.low not in lex.prepositions \
        and t.low not in function_words(lex.lang, "generic_subject")


def own_voice_inverted(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """V2 with nouns in lower case: the first person right after a cue at toks[k], a complementizer after it
    ("Siden nyttår anslår vi at C"): inverted, so the phrase before the cue is no subject and the words are the
    speaker's own."""
    return lex.profile.v2 and not lex.profile.capitalised_nouns and k + 1 < e and own_voice(lex, toks[k]) \
        and toks[k + 1].low in lex.complementizers


SPLIT_MODAL_REACH = 7  # tokens from a modal to its infinitive cue


def clause_follows(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether a complementizer (Danish: after a comma) follows the subject after a cue at toks[a]."""
    lex = ctx.lex
    a += a + 1 < e and toks[a].text == "," and lex.profile.comma_before_complementizer
    return a < e and toks[a].low in lex.complementizers


def said_with(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """German: the length of "mit" + a determiner + up to two adjectives + a noun of saying opening the sentence
    after a quote ("„Q.“ Mit dieser alten Weisheit schloss X …", `said_with_det`, `said_with_noun`), else 0."""
    if k + 2 >= e or toks[k].low != "mit" or not toks[k].upper \
            or toks[k + 1].low not in function_words(ctx.lang, "said_with_det"):
        return 0
    nouns = function_words(ctx.lang, "said_with_noun")
    for m in range(k + 2, min(e, k + 5)):
        if toks[m].upper:
            return m + 1 - k if toks[m].low in nouns else 0
        if not toks[m].is_word:
            return 0
    return 0


def said_with_subject(ctx: Ctx, toks: list[Tok], a: int, e: int) -> tuple[int, int] | None:
    """The subject after the V2 verb at toks[a] of a sentence opened by `said_with` ("… hat Innenminister X
    Abgeordnete brüskiert", "… verabschiedete sich der Trainer"): its span, past an auxiliary or reflexive; a
    name after a role word ends it. None when no article or capitalised word follows the verb."""
    lex = ctx.lex
    if a >= e or toks[a].upper or not toks[a].is_word:
        return None
    b = a + 1
    b += b < e and toks[b].low in function_words(ctx.lang, "reflexive_pronoun")
    if b >= e or not (toks[b].upper or toks[b].low in lex.determiners):
        return None
    j = np_end(ctx, toks, b, e, lex.closed.tag_stop)
    if not any(word_type(t.low, ctx.lang) or t.upper for t in toks[b:j]):
        return None
    first = b + (toks[b].low in lex.determiners)
    if j - first > 2 and word_type(toks[first].low, ctx.lang) and not word_type(toks[first + 1].low, ctx.lang):
        j = first + 2  # "Innenminister Seehofer | Abgeordnete": a role and a name, then the object
    return b, j


SO_REST_REACH: Final = 6  # words after a "so" tag's comma read for a Konjunktiv I verb


def so_rest(ctx: Ctx, toks: list[Tok], a: int) -> Span2 | None:
    """German: the reported clause after a "so" tag's speaker and its comma, to its sentence's end ("„Q“, so der
    Trainer, dabei habe sich X „…“ verletzt"): the quotation goes on in Konjunktiv I, the second part of the same
    record; else None."""
    e = next((j for j in range(a, len(toks)) if toks[j].text in ".!?" and not (
        toks[j].text == "." and j and is_abbreviation(toks[j - 1], ctx.lang))), len(toks))
    if a + 1 >= e or toks[a].text != "," or not any(t.low in ctx.lex.konjunktiv for t in toks[a + 1:a + SO_REST_REACH]):
        return None
    return span(ctx, toks, a + 1, e) or None
