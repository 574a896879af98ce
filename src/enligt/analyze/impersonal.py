"""Impersonal tags, split out of rules.py (`rules.verb_one` calls `impersonal_tag` for the classes `impersonal`
and `echo`): "C, hieß es." (no source), "C, hieß es aus dem Ministerium." / "C, heter det i beslutet."
(the phrase after the preposition), "Aus dem Ministerium hieß es, C", "I rapporten står det att C".
"""
from __future__ import annotations

from enligt.analyze import impersonalsource
from enligt.analyze.phrases import only_punct, span, time_word
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

IMPERSONAL_REACH = 8  # tokens of adverbials between "hieß es" and its comma


def impersonal_tag(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """An impersonal tag: "C, hieß es." (no source), "C, hieß es aus dem Ministerium." / "C, heter det i
    beslutet." (the phrase after the preposition), "Aus dem Ministerium hieß es, C"."""
    lex = ctx.lex
    if i + n < e and toks[i + n].text == ":":
        return None  # "På spørgsmålet om X lyder det:": the answer is the next paragraph
    if n == 1 and toks[i].low in function_words(ctx.lang, "impersonal_participle"):
        return _perfect_tag(ctx, toks, s, e, i, cue)
    src, cut = impersonalsource.impersonal_cue_source(ctx, toks, i, n, e)
    if cut < n:  # "…, hieß es von gestern": no source, no preposition in the cue
        n, cue, cue_text = cut, (cue[0], toks[i + cut - 1].end), " ".join(t.text for t in toks[i:i + cut])
    comma = next((m for m in range(i + n, min(e, i + n + IMPERSONAL_REACH)) if toks[m].text == ","), None)
    that = comma is not None and comma + 1 < e and toks[comma + 1].low in lex.complementizers
    bare = _bare_that(ctx, toks, i + n, e) if comma is None else None
    if i > s and toks[i - 1].text == "," and not that and bare is None:  # (not "I X, går det fram at C")
        c = span(ctx, toks, s, i - 1)
    elif (i == s or i == s + 1 and toks[s].low in lex.closed.as_clause) and not src and comma is not None:
        c = span(ctx, toks, comma + 2 if that else comma + 1, e)  # "Wie es hieß, C", "Es hieß, C"
    elif lex.konjunktiv and all(lex.fronted.get(t.low) == "adv" for t in toks[s:i]) and comma is not None \
            and not (i + n < e and toks[i + n].low in lex.prep):  # (not "hieß es laut X": that phrase's record)
        c = span(ctx, toks, comma + 2 if that else comma + 1, e)  # "Zunächst hieß es (aus dem Amt), C"
    elif i == s + 1 and toks[s].low in function_words(ctx.lang, "back_place") and not src and (
            comma is not None or bare is not None):  # "Her lyder det også, at C": the document just named
        a = bare + 1 if bare is not None else (comma + 2 if that else comma + 1) if comma is not None else e
        src, c = [toks[s]], span(ctx, toks, a, e)
    elif i > s + 1 and (toks[s].low in lex.prepositions or lex.fronted.get(toks[s].low)) and (
            comma is not None or bare is not None):
        a = bare + 1 if bare is not None else (comma + 2 if that else comma + 1) if comma is not None else e
        front = _cut_at_comma(toks[s + 1:i])
        if not _time_phrase(ctx, front):  # "Am Sonntagmorgen hieß es, C": a time, no source (one after the cue may be)
            src = impersonalsource.source_words(ctx, front)  # not "På pressemødet lyder det, at …"
        c = span(ctx, toks, a, e)  # "In Regierungskreisen hieß es am Montag, …", "I rapporten står det att C"
    else:
        return None
    return Draft((c,), cue, cue_text, tuple(src)) if c else None


def _perfect_tag(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, cue: Span2) -> Draft | None:
    """The perfect of an impersonal tag, its source between "es" and the participle toks[i]: "Am Abend hatte es
    (seitens der Klinik) geheißen, C", "C, hatte es zuvor geheißen.", "Wie es aus dem Amt geheißen hatte, C"."""
    lex = ctx.lex
    k = next((k for k in range(i - 1, max(s, i - IMPERSONAL_REACH) - 1, -1) if toks[k].low in function_words(
        ctx.lang, "placeholder")), None)
    if k is None or k == s or not (toks[k - 1].low in lex.perfect_aux or toks[k - 1].low in lex.closed.as_clause):
        return None  # (not "Die Stadt hat die Gäste willkommen geheißen")
    a = i + 1 + (i + 1 < e and toks[k - 1].low in lex.closed.as_clause and toks[i + 1].low in lex.perfect_aux)
    src = impersonalsource.impersonal_source(ctx, toks, k + 1, i) if k + 1 < i else []
    if a < e and toks[a].text == "," and (k - 1 == s or all(
            lex.fronted.get(t.low) == "adv" or t.text == "," for t in toks[s:k - 1]) or _time_phrase(ctx, toks[s:k - 1])):
        c = span(ctx, toks, a + 1 + (a + 1 < e and toks[a + 1].low in lex.complementizers), e)  # "Zuvor hatte es geheißen, C"
    elif k - 1 > s + 1 and toks[k - 2].text == "," and only_punct(toks, a, e):
        c = span(ctx, toks, s, k - 2)  # "C, hatte es geheißen."
    else:
        return None
    return Draft((c,), cue, toks[i].text, tuple(src)) if c else None


def _bare_that(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int | None:
    """The complementizer after an impersonal cue and only adverbs ("stod det bland annat att C"; not "stod det
    klart att C": a state); `function_words` class impersonal_insert: words of an adverbial such as "bland annat"."""
    insert = function_words(ctx.lang, "impersonal_insert")
    for m in range(k, min(e, k + IMPERSONAL_REACH)):
        if toks[m].low in ctx.lex.complementizers:
            return m
        if ctx.lex.fronted.get(toks[m].low) != "adv" and toks[m].low not in insert:
            return None
    return None


def _time_phrase(ctx: Ctx, front: list[Tok]) -> bool:
    """Whether a phrase fronted before an impersonal cue tells a time ("Am Abend", "In der Nacht", "Im Laufe des
    Tages", "Am Montag"): a time word or weekday in it."""
    return any(t.low in ctx.lex.weekdays or time_word(t.low, ctx.lex.times) for t in front)


def _cut_at_comma(src: list[Tok]) -> list[Tok]:
    """A fronted phrase up to its first comma (not the relative clause after it)."""
    return next((src[:k] for k, t in enumerate(src) if t.text == ","), src)


def echo_adverb(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """An adverb right after an impersonal tag that makes it go on from the speaker before ("…, hieß es weiter",
    "heter det vidare": `echo_adverb`); continuing.continuations gives it that speaker, or none."""
    return k < e and toks[k].low in function_words(ctx.lang, "echo_adverb")
