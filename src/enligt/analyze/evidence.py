"""Evidence verbs with a preposition, split out of markers.py: "Det framgår av X" (content = the previous
sentence), "C, framgår av X", "Av X framgår att C", "Wie aus X hervorgeht, C", German "geht aus X hervor"
(the particle at the clause's end), and "Uppgifterna kommer från X." (where a report came from).

Each rule looks at one sentence's tokens and returns `Draft`s; the prepositional cues are in markers.py.
`speaker_evidence` says when a person, not a document, is the subject of an evidence verb ("She indicated that C").
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from enligt.analyze.clauses import verb_like
from enligt.analyze.cues import Lexicon, match_phrase, negated
from enligt.analyze.docrelative import document_relative_end
from enligt.analyze.phrases import np_before, np_end, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def evidence_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, prev: Span2 | None,
                   cands: Sequence[int] | None = None) -> list[Draft]:
    """"Det framgår av X" (content = previous sentence), "C, framgår av X", "Av X framgår att C"."""
    out: list[Draft] = []
    index = ctx.lex.evidence
    for i in (range(s, e) if cands is None else cands):
        m = match_phrase(toks, i, e, index) if toks[i].low in index else None
        if not m:
            continue
        n, prep = m
        if negated(toks, i, n, e, ctx.lex) or any(t.low in ctx.lex.negation for t in toks[i + n:i + n + NOT_SHOWN]):
            continue  # "Af tallet fremgår dog ikke X", "Det framgår inte av domen": nothing shown
        cue = (toks[i].start, toks[i + n - 1].end)
        cue_text = " ".join(t.text for t in toks[i:i + n])
        clause_only = toks[i].low in function_words(ctx.lang, "evidence_clause_only")  # "Det står i X att C" only
        heard = toks[i].low in function_words(ctx.lang, "evidence_heard")  # "Vi hører fra X, at C"
        if prep in function_words(ctx.lang, "report_origin") and not heard:  # "Uppgifterna kommer från X.": only back at a report
            if i + n < e and toks[i + n].low == prep and (d := _report_origin(ctx, toks, s, e, i, n, prev, cue, cue_text)):
                out.append(d)
            continue
        particle = _evidence_particle(ctx, toks, i, e)
        if particle is None:
            continue  # "Es geht aus …" without "hervor": no evidence verb
        if particle:
            cue_text = f"{cue_text} {particle}"  # "geht … hervor"
        if toks[s].low in ctx.lex.closed.as_clause and s + 2 < i and toks[s + 1].low == prep:
            comma = next((k for k in range(i + n, e) if toks[k].text == ","), None)  # "Wie aus X hervorgeht, C"
            c = span(ctx, toks, comma + 1, e) if comma is not None else None
            if c:
                out.append(Draft((c,), cue, cue_text, tuple(toks[s + 2:i])))
        elif (p := _prep_at(ctx, toks, i + n, e, prep)) is not None:
            if heard and p == i + n:
                cue, cue_text = (toks[i].start, toks[p].end), f"{cue_text} {toks[p].text}"  # "hører fra"
            j = document_relative_end(ctx, toks, p + 1, np_end(ctx, toks, p + 1, e), e, False)  # "en granskning som TT gjort"
            j -= 1 if particle and j - 1 > p + 1 and toks[j - 1].text == particle else 0  # "… aus X hervor"
            src = toks[p + 1:j]
            if not src:
                continue
            k = j + 1 if particle and j < e and toks[j].text == particle else j
            opened = p > i + n or (i == s + 1 and (toks[s].low in ctx.lex.expletives or clause_only and toks[s].low in
                                                   function_words(ctx.lang, "evidence_expletive"))) \
                or heard  # "det" before or after the verb
            # (or a hearer: "Vi hører fra patienter, at C": the ones heard from say C)
            if opened and (a := _complementizer_at(ctx, toks, k, e)) is not None:
                c = span(ctx, toks, a + 1, e)  # "Det framgår av domen att C", "Nu fremgår det af X, at C"
                if c:
                    out.append(Draft((c,), cue, cue_text, tuple(src)))
            elif clause_only:
                continue  # "Det står i strid med lagen", "Huset står i lågor": no text says anything
            elif i == s + 1 and all(ctx.lex.fronted.get(t.low) == "adv" for t in toks[i + n:p]) \
                    and toks[s].low in ctx.lex.expletives \
                    and prev:  # "Det fremgår (også) af X."
                out.append(Draft((prev,), cue, cue_text, tuple(src)))
            elif prev and (relay := _relayed_back(ctx, toks, s, e, i, n, p)) is not None:
                out.append(Draft((prev,), cue, cue_text, tuple(toks[p + 1:relay[1]]), via=relay[0]))  # "Ifølge Y fremgår det af X."
            elif i > s and toks[i - 1].text == ",":
                c = span(ctx, toks, s, i - 1)
                if c:
                    out.append(Draft((c,), cue, cue_text, tuple(src)))
        elif i > s + 1 and toks[i - 1].text == "," and _bare_tag(ctx, toks, e, i + n) and not clause_only:
            c = span(ctx, toks, s, i - 1)  # "C, fremgår det.": no source
            if c:
                out.append(Draft((c,), cue, f"{cue_text} {toks[i + n].text}", ()))
        elif (w := _where_expletive(ctx, toks, s, i)) and (a := _complementizer_at(ctx, toks, i + n, e)) is not None:
            src = np_before(ctx, toks, s, w)  # "…, skriver bolaget i pressmeddelandet, där det framgår att C"
            c = span(ctx, toks, a + 1, e)
            if src and c:
                out.append(Draft((c,), cue, cue_text, tuple(src)))
        elif toks[s].low == prep and s + 1 < i and not any(t.low in ctx.lex.complementizers for t in toks[s + 1:i]):
            # (not "I et innlegg opplyser X at A da de kom frem og at B": the verb inside another's content)
            k = i + n + 1 if particle and i + n < e and toks[i + n].text == particle else i + n
            if clause_only and k < e and toks[k].low in ctx.lex.expletives:
                continue  # "I rapporten står det att C": class impersonal, cue "står det"
            k += 1 if k < e and toks[k].low in ctx.lex.expletives else 0  # "Af X fremgår det, at C"
            k = _past_adverb_phrase(ctx, toks, k, e)  # "Av X framgår bland annat att C"
            k += 1 if k + 1 < e and toks[k].text == "," and (particle or toks[k + 1].low in ctx.lex.complementizers) \
                else 0  # "Aus X geht hervor, dass C"
            that = k < e and toks[k].low in ctx.lex.complementizers
            k += 1 if that else 0
            c = span(ctx, toks, k, e) if that or not clause_only else None  # (not "I huset står en mand")
            if c:
                out.append(Draft((c,), cue, cue_text, tuple(toks[s + 1:i])))
    return out


def _where_expletive(ctx: Ctx, toks: list[Tok], s: int, i: int) -> int:
    """The comma before "där det" (an adverb phrase between: "där det bland annat framgår") closing the document's
    phrase before an evidence verb at toks[i]; 0 when the words before it have another shape."""
    w = i - 1
    if w - 1 >= s and f"{toks[w - 1].low} {toks[w].low}" in function_words(ctx.lang, "adverb_phrase"):
        w -= 2
    ok = w - 2 >= s and toks[w].low in ctx.lex.expletives and toks[w - 1].low in ctx.lex.closed.where \
        and toks[w - 2].text == ","
    return w - 2 if ok else 0


def _bare_tag(ctx: Ctx, toks: list[Tok], e: int, k: int) -> bool:
    """Whether an evidence verb closes its sentence with only its inverted expletive after it ("C, fremgår det.")."""
    return k < e and toks[k].low in ctx.lex.expletives and all(not t.is_word for t in toks[k + 1:e])


def _relayed_back(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, p: int) -> tuple[tuple[str, ...], int] | None:
    """(the relaying source, where X ends) of "Ifølge Y fremgår det af X." (the sentence before is X's, relayed by Y):
    a prepositional cue and its phrase fronted, the inverted expletive after the verb, X (a list, too) closing the
    sentence with no clause after it; else None."""
    lex = ctx.lex
    if not (toks[s].low in lex.prep and s + 1 < i and i + n < p and toks[i + n].low in lex.expletives):
        return None
    end = e - 1 if not toks[e - 1].is_word else e
    if end <= p + 1 or any(not t.is_word for t in toks[s + 1:i]) or any(
            t.low in lex.complementizers for t in toks[p + 1:end]):
        return None
    return (" ".join(t.text for t in toks[s + 1:i]),), end


def _prep_at(ctx: Ctx, toks: list[Tok], k: int, e: int, prep: str) -> int | None:
    """Where the evidence verb's preposition stands: right after it, or after an inverted expletive or an
    adverb ("fremgår det af X", "geht auch aus X hervor"); else None."""
    p = k = _past_adverb_phrase(ctx, toks, k, e)  # "framgår bland annat av domen"
    while p < min(e, k + 2) and (toks[p].low in ctx.lex.expletives or ctx.lex.fronted.get(toks[p].low) == "adv"):
        p += 1  # "fremgår det af X", "fremgår (det) også af X"
    return p if p < e and toks[p].low == prep else None


def _complementizer_at(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int | None:
    """The complementizer at toks[k], or after a comma there ("hvor det fremgår, at C"); else None."""
    k = _past_adverb_phrase(ctx, toks, k, e)  # "framgår bland annat att C"
    k += 1 if k + 1 < e and toks[k].text == "," else 0
    return k if k < e and toks[k].low in ctx.lex.complementizers else None


def _past_adverb_phrase(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """Past a two-word adverb phrase at toks[k] (`adverb_phrase`: "bland annat", "blandt andet"), else k."""
    return k + 2 if k + 2 < e and f"{toks[k].low} {toks[k + 1].low}" in function_words(ctx.lang, "adverb_phrase") else k


def _report_origin(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, prev: Span2 | None,
                   cue: Span2, cue_text: str) -> Draft | None:
    """"De ukrainska uppgifterna kommer från X.": a definite report noun (`report_subject`), with only
    adjectives and determiners before it, says where the sentence before came from; source = the phrase after
    the preposition."""
    if prev is None or i == s or toks[i - 1].low not in function_words(ctx.lang, "report_subject") \
            or i + n + 1 >= e or any(not t.is_word or t.upper and k > s for k, t in enumerate(toks[s:i - 1], s)):
        return None
    j = np_end(ctx, toks, i + n + 1, e)
    src = toks[i + n + 1:j]
    cue = (cue[0], toks[i + n].end)  # the preposition belongs to the cue: "kommer från"
    return Draft((prev,), cue, f"{cue_text} {toks[i + n].text}", tuple(src)) if src else None


def _evidence_particle(ctx: Ctx, toks: list[Tok], i: int, e: int) -> str | None:
    """The particle a German evidence verb needs at its clause's end ("geht … hervor"): "" when the verb needs
    none (it is joined: "hervorgeht", or the language has no particles), None when it is missing."""
    particles = function_words(ctx.lang, "evidence_particle")
    if not particles or any(toks[i].low.startswith(p) for p in particles):
        return ""
    k = i + 1
    while k < e and (toks[k].is_word or (close := _name_apposition(toks, k, e))):
        k = close + 1 if not toks[k].is_word else k + 1  # "geht aus der Anfrage der Abgeordneten, Eva Lind, hervor"
    return toks[k - 1].text if k - 1 > i and toks[k - 1].low in particles else None


def _name_apposition(toks: list[Tok], k: int, e: int) -> int:
    """The comma closing a name in apposition that opens at the comma toks[k] (", Eva Lind,"), else 0."""
    if toks[k].text != ",":
        return 0
    close = next((m for m in range(k + 1, min(e, k + APPOSED_NAME + 2)) if not toks[m].is_word), 0)
    return close if close > k + 1 and toks[close].text == "," and all(t.upper for t in toks[k + 1:close]) else 0


NOT_SHOWN = 2  # words after an evidence verb read for its negation ("fremgår dog ikke")
APPOSED_NAME = 4  # the most words of a name in apposition inside an evidence verb's clause


def pronoun_evidence(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether the sentence opens with a `document_pronoun` and an evidence verb ("De viser at C")."""
    return s + 1 < e and toks[s].low in function_words(ctx.lang, "document_pronoun") \
        and any(c == "evidence" for _, c in ctx.lex.speech.get(toks[s + 1].low, ()))


def relayed_evidence(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether the sentence opens with a prepositional cue and holds an evidence verb before an inverted expletive
    ("Ifølge Y fremgår det af X."), which may point back at the sentence before."""
    lex = ctx.lex
    return toks[s].low in lex.prep and any(toks[k].low in lex.evidence and toks[k + 1].low in lex.expletives
                                           for k in range(s + 2, min(e - 1, s + RELAY_REACH)))


RELAY_REACH = 7  # words from a fronted prepositional cue to its evidence verb ("Ifølge avisen Politiken fremgår")


def document_back(ctx: Ctx, toks: list[Tok], s: int, pre_end: int, prev: Span2 | None) -> tuple[Tok, ...] | None:
    """"Mandag kom byråets tall for august. De viser at C": a lone pronoun subject of an evidence verb
    (`document_pronoun`) whose sentence before, in the same paragraph, last names a document-like noun (figures,
    a report); that noun's phrase, the pronoun's antecedent; else None."""
    if pre_end != s + 1 or prev is None or toks[s].low not in function_words(ctx.lang, "document_pronoun"):
        return None
    last = next((k for k in range(s - 1, -1, -1) if toks[k].start < prev[0] or (
        toks[k].is_word and word_type(toks[k].low, ctx.lang))), -1)  # the last typed word of the sentence before
    if last < 0 or toks[last].start < prev[0] or word_type(toks[last].low, ctx.lang) != "document":
        return None
    b = last
    while b - 1 >= 0 and toks[b - 1].start >= prev[0] and toks[b - 1].is_word and toks[b - 1].low not in ctx.lex.prepositions \
            and (toks[b - 1].low in ctx.lex.determiners or toks[b - 1].low.endswith("s")) and last - b < BACK_WORDS:
        b -= 1  # "byråets tall", "die neuen Zahlen"
    return tuple(toks[b:max(last + 1, np_end(ctx, toks, b, s - 1))])


BACK_WORDS = 2  # determiners and genitives read before a document noun named in the sentence before


def speaker_evidence(ctx: Ctx, toks: list[Tok], i: int, src: list[Tok], a: int, e: int) -> bool:
    """An evidence verb that a person also uses to say something ("He indicated that C"; `speaker_evidence` in
    function_words.tsv), with a person's pronoun, a role noun or a name as its subject; those of
    `speaker_clause_evidence` only before a clause ("She suggests that C", not "She suggests a walk": a proposal)."""
    cue = toks[i]
    if src and _finding_that(ctx, toks, i, a, e):
        return True  # "Researchers found that C": a finding reported, not a thing come upon
    if not src or cue.low not in function_words(ctx.lang, "speaker_evidence") or (
            cue.low in function_words(ctx.lang, "speaker_clause_evidence") and not _clause_at(ctx.lex, toks, a, e)):
        return False
    last = src[-1]
    return ctx.lex.pronouns.get(last.low) == "person" or word_type(last.low, ctx.lang) == "person" \
        or (last.upper and last.is_word and word_type(last.low, ctx.lang) is None and len(src) <= 4)


def _finding_that(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """A verb of finding (`finding_that`) right before "that" and a clause: any subject reports what it found
    ("Investigators found that the pilot ignored C"), unlike its noun object ("Investigators found debris")."""
    return toks[i].low in function_words(ctx.lang, "finding_that") and a == i + 2 and a < e \
        and toks[i + 1].low in ctx.lex.complementizers and toks[a].is_word and toks[a].low not in ctx.lex.prepositions \
        and _clause_at(ctx.lex, toks, a, e)  # (not "he finds that in his work": "that" a pronoun)


def _clause_at(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """Whether a clause opens at toks[a]: a complementizer, or a finite verb within a few words after its subject."""
    return a < e and (toks[a].low in lex.complementizers or any(
        verb_like(toks[k], lex) and toks[k - 1].low not in lex.determiners for k in range(a + 1, min(e, a + CLAUSE_VERB))))


CLAUSE_VERB: Final = 8  # words from a content's start to the verb of its clause ("such a tactic could", "the low rate was")
