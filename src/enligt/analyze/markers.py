"""Marker rules: prepositional cues ("enligt X", "according to X", "citing X"); the evidence verbs
("X visar att C", "Det framgår av X") are in evidence.py, sourceless hearsay markers in hearsay.py.

Each rule looks at one sentence's tokens and returns `Draft`s; the reporting-verb rules are in rules.py.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.frames import inverted_first
from enligt.analyze.phrases import apposed_subject, np_end, only_punct, seg_start, skip_relative, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.sources import forward_np, is_acronym, is_name_tok
from enligt.analyze.via import recipient_via
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

# ---------------------------------------------------------------- prepositional cues

def prep_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, prev: Span2 | None,
               cands: Sequence[int] | None = None) -> tuple[list[Draft], set[int]]:
    """"enligt X", "according to X", "ifølge X", "nach Angaben X", "X zufolge" in one sentence.

    `cands` (token indexes that may start a cue) lets the caller skip the scan. Also returns the
    offsets of the tokens inside the sources and cited phrases found: no reporting verb is read there."""
    out: list[Draft] = []
    taken: set[int] = set()
    index = ctx.lex.prep
    nxt = s
    src_end = -1  # where the last source ended: a cue right after it qualifies the same report
    for i in (range(s, e) if cands is None else cands):
        if i < nxt or toks[i].low not in index:
            continue
        m = match_phrase(toks, i, e, index)
        if not m:
            continue
        n, pos = m
        if pos == "adj" and i > s and toks[i - 1].end == src_end:
            continue  # "nach Angaben der Polizei nach ersten Erkenntnissen": one report
        if n == 1 and pos == "pre" and ctx.lex.profile.capitalised_nouns and not _opens_phrase(ctx, toks, i + 1, e):
            continue  # an adjective: "Es war ganz laut und …", "rief laut um Hilfe"
        if pos == "final" and not _final_source(ctx, toks, s, e, i, n):
            continue  # "per" only as a closing tag ("…, per the agency."): not "per cent", "per day"
        if pos == "cite":
            d, cited = _cite_one(ctx, toks, s, e, i, n)
            taken.update(t.start for t in cited)  # "citing intelligence reports": no cue inside the cited phrase
        elif pos == "free":
            d, cited = _free_one(ctx, toks, s, e, i, n)
            taken.update(t.start for t in cited)  # the free relative's own verb gives no second record
        else:
            a, b = _inner_sentence(ctx, toks, s, e, i)
            d = _prep_one(ctx, toks, a, b, i, n, "pre" if pos == "final" else pos)
            if d and prev and _relayed_tag(ctx, toks, s, i):
                d = replace(d, parts=(prev,))
        if d:
            out.append(d)
            taken.update(t.start for t in d.source)  # "citing reports from …": no verb inside a source
            src_end = d.source[-1].end if d.source else -1
        nxt = i + n
    return out, taken


def _inner_sentence(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> tuple[int, int]:
    """The sentence of a cue at toks[i] inside a quotation that holds several ("«Attack mot staden. Enligt preliminär
    information har två hus träffats. Flera …», säger X"): from past the last full stop before the cue to the first
    after it; else (s, e). Swedish, Norwegian, Danish."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns or toks[s].text not in _OPENING_QUOTES:
        return s, e
    a = next((k + 1 for k in range(i - 1, s + 1, -1) if _full_stop(ctx, toks, k)), s)
    b = next((k + 1 for k in range(i + 1, e - 1) if _full_stop(ctx, toks, k)), e)
    return a, b


def _full_stop(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    return toks[k].text in ".!?" and toks[k + 1].upper and not is_abbreviation(toks[k - 1], ctx.lang)


_OPENING_QUOTES: Final = frozenset("\"“”«»„–—-")


def _final_source(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> bool:
    """A cue that only closes a sentence after a comma, its source a determiner's or a name's phrase up to the
    end ("…, per the agency.", "…, per Reuters.")."""
    k = i + n
    if i == s or toks[i - 1].text != "," or k >= e or not (toks[k].upper or toks[k].low in ctx.lex.determiners):
        return False
    return only_punct(toks, np_end(ctx, toks, k, e), e)


def _opens_phrase(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether toks[k] can open the source phrase after a one-word preposition: a word that is no coordinator,
    preposition, subordinator or complementizer ("laut Polizei", "laut dpa"; not "laut und", "laut um Hilfe")."""
    lex = ctx.lex
    if k < e and toks[k].text in "„“\"«»‚‘'":
        return True  # a quoted name: "laut „Kreiszeitung“"
    return k < e and toks[k].is_word and toks[k].low not in lex.coordinators and toks[k].low not in lex.prepositions \
        and toks[k].low not in lex.subordinators and toks[k].low not in lex.complementizers \
        and toks[k].low not in function_words(ctx.lang, "not_after_prep_cue")


def _cite_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> tuple[Draft | None, list[Tok]]:
    """"C, citing X." / "Citing X, C": the source runs to the end of its comma segment; the content is
    the main clause on the other side of the comma. Returns the record (if any) and the cited phrase."""
    j = i + n
    while j < e and toks[j].text not in ",;:" and not (toks[j].text in ".!?" and j == e - 1):
        j += 1
    if ctx.lex.profile.capitalised_nouns and (k := np_end(ctx, toks, i + n, e)) < j and toks[k].is_word:
        return None, toks[i + n:k]  # "Unter Berufung auf Y berichtet X, C": the report's (loose_cites)
    src = toks[i + n:j]
    while src and not src[-1].is_word:
        src = src[:-1]
    if not src:
        return None, src
    cue = (toks[i].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i:i + n])
    if i > s and toks[i - 1].text == ",":
        a, b = s, i - 1
    elif i == s and j < e and toks[j].text == ",":
        a, b = j + 1, e
    elif ctx.lex.profile.capitalised_nouns:  # "berichtet X unter Berufung auf Y, C": the report's (loose_cites)
        return None, toks[i + n:np_end(ctx, toks, i + n, e)]
    else:
        return None, src
    if any(toks[k].low in ctx.lex.speech and match_phrase(toks, k, b, ctx.lex.speech) for k in range(a, b)):
        return None, src  # "Citing officials, the paper wrote …": the citing phrase belongs to that report
    content = span(ctx, toks, a, b)
    return (Draft((content,), cue, cue_text, tuple(src)) if content else None), src


def loose_cites(ctx: Ctx, toks: list[Tok], s: int, e: int, found: list[Draft]) -> list[Draft]:
    """German "unter Berufung auf Y" inside a report of X ("Das berichten Medien unter Berufung auf Y", "Unter
    Berufung auf Y sprachen Medien von C"): Y's record of the same content, via X. One per citing phrase."""
    lex = ctx.lex
    out: list[Draft] = []
    for i in range(s, e):
        m = match_phrase(toks, i, e, lex.prep) if toks[i].low in lex.prep else None
        if not m or m[1] != "cite" or (i > s and toks[i - 1].text == ","):
            continue
        n = m[0]
        j = np_end(ctx, toks, i + n, e)
        if j == i + n or (j < e and toks[j].text == "," and (i == s or only_punct(toks, j + 1, e))):
            continue  # "Unter Berufung auf Y, C" has its own record
        cue = (toks[i].start, toks[i + n - 1].end)
        report = next((d for d in found if d.cue and d.source and not cue[0] <= d.cue[0] < toks[j - 1].end), None)
        if report is not None and report.source and report.source[0].end:
            src = list(report.source)  # the reporter as written ("ukrainische Medien"), a quoted title without marks
            via = ctx.text[src[0].start:src[-1].end].replace("„", "").replace("“", "").replace("”", "")
            out.append(Draft(report.parts, cue, " ".join(t.text for t in toks[i:i + n]), tuple(toks[i + n:j]),
                             via=(via,)))
    return out


def _relayed_tag(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether the words before a final prepositional cue are a verb-first tag ("Det oplyser myndighederne
    ifølge nyhedsbureauet X."): the cited source relays the sentence before, as the tag's speaker does."""
    return i - s >= 3 and toks[s].low in ctx.lex.expletives and bool(match_phrase(toks, s + 1, i, ctx.lex.speech)) \
        and not any(t.low in ctx.lex.complementizers or not t.is_word for t in toks[s + 1:i])


def _inverted_tag(ctx: Ctx, toks: list[Tok], cs: int, i: int) -> bool:
    """Whether the comma segment toks[cs:i] before a final prepositional cue is a verb-first tag after its claim
    ("…, viser tallene ifølge avisen", "…, siger hun ifølge X"; V2 languages): no complementizer in it."""
    lex = ctx.lex
    if not lex.profile.v2 or toks[cs - 1].text != "," or i - cs < 2:
        return False
    m = match_phrase(toks, cs, i, lex.speech)
    return m is not None and m[1] in ("speech", "opinion", "evidence") and cs + m[0] < i \
        and not any(t.low in lex.complementizers or not t.is_word for t in toks[cs + m[0]:i])


def _free_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> tuple[Draft | None, list[Tok]]:
    """A free relative of a reporting verb as the cue ("Etter det NRK erfarer, C", "Enligt vad SVT erfar C",
    "C, efter hvad TV 2 erfarer."): the source is its subject, the cue its verb, the claim the main clause.
    Returns the draft and the tokens read (source and verb)."""
    j = np_end(ctx, toks, i + n, e)
    if j <= i + n or j >= e or toks[j].upper or (m := match_phrase(toks, j, e, ctx.lex.speech)) is None \
            or m[0] != 1 or m[1] == "exists":
        return None, []  # (not "Efter det oplyste er manden …": "er" opens only longer cues)
    v = j + 1
    verb = toks[j:v]
    cue = (toks[j].start, toks[j].end)
    after = v + 1 if v < e and toks[v].text == "," else v
    if i > s and toks[i - 1].text == "," and only_punct(toks, v, e):
        content = span(ctx, toks, s, i - 1)  # "C, etter det NRK erfarer."
    else:
        content = span(ctx, toks, after, e) if seg_start(toks, s, i) == i else None
    if content is None:
        return None, []
    src = toks[i + n:j]
    return Draft((content,), cue, toks[j].text, tuple(src)), src + verb


def _inverted_cue(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Nordic V2: a reporting verb right after a fronted "ifølge X", its subject after it ("Ifølge NTB sier
    politiet at C")."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or a + 1 >= e or toks[a].upper:
        return False
    m = match_phrase(toks, a, e, lex.speech)
    return m is not None and m[1] in ("speech", "opinion") and toks[a + m[0]].is_word \
        and toks[a + m[0]].low not in lex.complementizers


def _own_account(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """"nach eigenen Angaben": the subject of its own clause is the source, the clause the content; the clause starts
    after a dash or comma ("X – er hat nach eigenen Angaben Y abgebrochen – Z") and ends at the next, and a fronted
    phrase puts the subject after the verb ("Im Mai hat der Mann nach eigenen Angaben …")."""
    lex = ctx.lex
    b = next((k + 1 for k in range(i - 1, s - 1, -1) if toks[k].text in _CLAUSE_MARKS), s)
    dashed = b > s and toks[b - 1].text in "–—"
    end = next((k for k in range(i + n, e) if toks[k].text in "–—"), e) if dashed else e
    if b < i and (toks[b].low in lex.prepositions or lex.fronted.get(toks[b].low) in ("prep", "topic", "adv")):
        src = inverted_first(ctx, toks, b, i)  # "Im Mai hat der Mann nach eigenen Angaben …"
        if not src:
            return None
        at = next(k for k in range(b, i) if toks[k] is src[0])
        parts = [p for p in (span(ctx, toks, b, at), span(ctx, toks, at + len(src), i), span(ctx, toks, i + n, end)) if p]
        return Draft(tuple(parts), cue, cue_text, tuple(src)) if parts else None
    j = forward_np(toks, b, i, lex)
    parts = [p for p in (span(ctx, toks, j, i), span(ctx, toks, i + n, end)) if p]
    return Draft(tuple(parts), cue, cue_text, tuple(toks[b:j])) if parts and j > b else None


_CLAUSE_MARKS: Final = frozenset({"–", "—", ";", ":"})  # marks that open the clause of "nach eigenen Angaben"


def _prep_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, pos: str) -> Draft | None:
    cue = (toks[i].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i:i + n])
    if pos == "post":  # "Medienberichten zufolge …", "… erlitten zwei Einsatzkräfte dem Sprecher zufolge Verletzungen"
        cs = seg_start(toks, s, i)
        # never past a finite verb ("Der Angriff ist | ukrainischen Angaben zufolge …")
        verb = next((k + 1 for k in range(i - 2, cs - 1, -1) if toks[k].low in ctx.lex.finite_verbs), cs)
        b = next((k for k in range(i - 1, max(verb, i - POST_SOURCE_WORDS) - 1, -1) if toks[k].low in ctx.lex.determiners
                  and not (toks[k].low in _GENITIVE and k - 1 >= cs and toks[k - 1].upper)), verb)  # not "Einlassungen | des"
        parts = [p for p in (span(ctx, toks, cs, b) if b > cs else None, span(ctx, toks, i + n, e)) if p]
        return Draft(tuple(parts), cue, cue_text, tuple(toks[b:i])) if parts and i > b else None
    if pos == "poss":  # "Nach seinen Angaben wurden …": the possessive names the source
        owners = function_words(ctx.lang, "statement_owner")  # "by her own account"
        own = next((t for t in toks[i:i + n] if t.low in ctx.lex.pronouns or t.low in owners), None)
        cs = seg_start(toks, s, i)  # inside a sentence both sides: "Dabei kamen ihren Angaben nach zwei Helfer um"
        parts = [p for p in (span(ctx, toks, cs, i) if i > cs else None, span(ctx, toks, i + n, e)) if p]
        return Draft(tuple(parts), cue, cue_text, (own,)) if own and parts else None
    if pos == "adj" and not _adjective_report(ctx, toks, i + n, e):
        return None  # "nach" alone opens a source only before "ukrainischen Angaben"
    if "eigenen" in cue_text.lower():  # "Die Feuerwehr zählte nach eigenen Angaben …": the subject is the source
        return _own_account(ctx, toks, s, e, i, n, cue, cue_text)
    a = i + n + 1 if i + n + 1 < e and toks[i + n].low in ctx.lex.focus else i + n  # "according to even his aides"
    j = _coordinated(ctx, toks, _quoted_title(ctx, toks, a, np_end(ctx, toks, a, e), e), e)
    j = _contact_clause(ctx, toks, _named_apposition(ctx, toks, a, j, e), e)
    src = toks[a:j]
    if len(src) > 1 and src[0].low in function_words(ctx.lang, "source_preposition"):
        src = src[1:]  # "nach Angaben von Augenzeugen": the preposition is no part of the source
    elif src and src[0].low in function_words(ctx.lang, "topic_preposition"):
        return None  # "Nach einem Bericht über den Brand …": the report's topic, no source
    if not src or _plan(ctx, src) or src[-1].low in ctx.lex.first_person and not is_acronym(src[-1]):  # ("laut WHO")
        return None
    after, tail, vias = skip_relative(ctx, toks, j, e)
    cs = seg_start(toks, s, i)
    initial = cs == i or (toks[cs].low in ctx.lex.subordinators and cs + 1 == i)
    follows = after + 1 < e and toks[after].text == "," and (
        toks[after + 1].low in ctx.lex.subordinators or toks[after + 1].low in ctx.lex.relatives)
    q = i - 1
    while q > s and toks[q].text in _CLOSING:
        q -= 1  # "…,'' according to X": a quote closed after its comma
    comma = i > s and (toks[i - 1].text in ",–—" or (q < i - 1 and toks[q].text == ","))
    if comma and (only_punct(toks, after, e) or follows or _np_tail(ctx, toks, after, e)
                                                 or _source_rest(ctx, toks, after, e)):  # "…, enligt X" / "… – enligt X"
        content = span(ctx, toks, s, i if q < i - 1 else i - 1)  # a closing quote mark stays
        parts = [content] if content else []
    elif initial and i > s and toks[i - 1].text == "," and toks[s].low not in ctx.lex.subordinators \
            and not _fronts_clause(ctx, toks, after, e):  # (not "…, enligt X rör det sig om Y": a clause of its own)
        parts = [p for p in (span(ctx, toks, s, i - 1), span(ctx, toks, after, e)) if p]  # "X, according to Y, grew"
    elif initial and _inverted_cue(ctx, toks, after, e):
        content = span(ctx, toks, after, e)  # "Ifølge Ritzau siger politiet, at C": past the comma, so C nests
        parts = [content] if content else []
    elif initial:
        content = span(ctx, toks, after, _report_after(ctx, toks, after, e))
        parts = [content] if content else []
    else:
        rel = next((k for k in range(i - 1, cs - 1, -1) if toks[k].low in ctx.lex.relatives and not (
            ctx.lex.profile.relative_after_comma and k > cs)), None)  # (German "Die Zahl der Toten": an article)
        start = rel if rel is not None else (cs + 1 if toks[cs].low in ctx.lex.subordinators and cs > s else cs)
        if rel is None and cs > s and _inverted_tag(ctx, toks, cs, i):
            if toks[cs - 2].text in _TITLE_CLOSE:
                return None  # "„Q“, sagte sie laut ihrem Sprecher.": her words, which X only relays (no record)
            start = s  # "C, viser opgørelsen ifølge avisen.": the tag and its claim are the paper's report
        if rel is None and cs > s and ctx.lex.profile.v2 and ctx.lex.fronted.get(toks[s].low) in ("prep", "adv") \
                and toks[cs].low in ctx.lex.finite_verbs:
            start = s  # "In X, einem Dorf im Süden, kamen nach Angaben Y …": the fronted phrase is the clause's own
        if rel is None and cs > s and apposed_subject(ctx, toks, s, cs):
            start = s  # "Der Chef, Max Huber, macht laut X …": the subject and its name are the clause's own
        stop = e
        if rel is not None:
            stop = next((k for k in range(after, e) if toks[k].text == ","), e)
        elif after + 1 < e and toks[after].text == "," and toks[after + 1].low in ctx.lex.subordinators:
            stop = after  # "C according to X, but Y …": the clause after the comma is another's
        parts = [p for p in (span(ctx, toks, start, i), span(ctx, toks, after, stop)) if p]
    if not parts:
        return None
    vias = vias + recipient_via(src, ctx.lex)
    return Draft(tuple(parts), cue, cue_text, tuple(src), tail=tail, via=tuple(vias))


def _fronts_clause(ctx: Ctx, toks: list[Tok], after: int, e: int) -> bool:
    """Nordic V2: a finite verb right after the source, with no comma between ("…, enligt uppgifter rör det sig om
    en man"): the phrase is fronted in a main clause of its own, not set off inside the clause before it."""
    lex = ctx.lex
    return lex.profile.v2 and not lex.profile.capitalised_nouns and after + 1 < e and toks[after - 1].text != "," \
        and toks[after].is_word and not toks[after].upper and (is_finite_verb(toks[after], lex) or toks[after].low in lex.modals)


def _contact_clause(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """The end of a relative clause of a pronoun and its verb after a source, with or without "som", when the main
    clause's finite verb follows it (sv/no/da: "Enligt den information (som) jag fått ska …", "de uppgifter vi har
    fått tyder på"): the clause is part of the source; else j."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or j >= e:
        return j
    k = j + 1 if toks[j].low in lex.relatives else j
    if k + 2 >= e or not (toks[k].low in lex.first_person or lex.pronouns.get(toks[k].low) == "person"):
        return j
    for m in range(min(e - 1, k + CONTACT_VERBS + 1), k + 1, -1):  # the farthest finite verb: "jag har fått | ska"
        if is_finite_verb(toks[m], lex) and all(t.is_word and not t.upper and t.low not in lex.prepositions
                                                and t.low not in lex.determiners for t in toks[k + 1:m]):
            return m
    return j


CONTACT_VERBS: Final = 2  # verb words of a relative clause after its pronoun ("jag har fått")


def _named_apposition(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> int:
    """The end of a role phrase with the name after it between commas ("ifølge borgermesteren, Kari Holm, er
    …", "enligt kommunalrådet, Anna Berg, som …"): past the name and its closing comma (or up to the sentence's
    end); j when the phrase is a name itself or no name follows."""
    if j + 2 >= e or toks[j].text != "," or not any(t.is_word for t in toks[a:j]) or toks[a].upper and not (
            _genitive_role(ctx, toks, a, j)):
        return j
    k = j + 1
    while k < e and toks[k].is_word and toks[k].upper and k - j <= APPOSED_NAME:
        k += 1
    if k == j + 1 or k - j > APPOSED_NAME or toks[j + 1].low in ctx.lex.determiners:
        return j
    if k < e and toks[k].text == ",":
        return k
    return k if only_punct(toks, k, e) else j


APPOSED_NAME = 4  # the longest name read in apposition to a role after a prepositional cue


def _genitive_role(ctx: Ctx, toks: list[Tok], a: int, j: int) -> bool:
    """Whether toks[a:j] is a place's or a body's genitive and a role in lower case ("ifølge Khersons guvernør,
    Oleksandr Prokudin, er …", "enligt Skånes landshövding, …"): a role phrase, not a name (sv/no/da)."""
    lex = ctx.lex
    return lex.profile.v2 and not lex.profile.capitalised_nouns and j - a >= 2 and toks[a].low.endswith("s") \
        and all(t.is_word and not t.upper for t in toks[a + 1:j])


def _quoted_title(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> int:
    """The end of a source phrase that goes on with a quoted title after its article or at its start ("laut
    einem Bericht der „Nordpost“", "laut „Nordpost“"); j when there is none."""
    if j + 1 < e and j > a and toks[j].low in ctx.lex.article and toks[j + 1].text in _OPENING:
        j += 1  # "einem Bericht der „Nordpost“": a genitive title
    if j >= e or toks[j].text not in _OPENING or not (j == a or toks[j - 1].low in ctx.lex.article):
        return j
    close = next((k for k in range(j + 2, min(e, j + QUOTED_TITLE + 2)) if toks[k].text in _TITLE_CLOSE), None)
    return close + 1 if close is not None else j


QUOTED_TITLE: Final = 6  # the longest quoted title read in a source phrase
_OPENING: Final = frozenset("„“\"«‚")
_TITLE_CLOSE: Final = frozenset("“”\"»‘’")


def _report_after(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """The end of a content before a comma and a clause with its own reporting verb (V2 languages): "Laut X
    nahmen 500 Menschen teil, die Polizei sprach von 300" (the police's figure is no part of X's claim)."""
    lex = ctx.lex
    if not lex.profile.v2:
        return e
    for k in range(a + 1, e - 1):
        if toks[k].text == "," and toks[k + 1].low not in lex.complementizers \
                and any(_verb_cue(lex, toks[m]) for m in range(k + 1, min(e, k + 1 + OWN_REPORT))):
            # (not the verb's own clause: "Ifølge X skyldes forskellene, at der er …")
            return k
        if toks[k].text == "," and toks[k + 1].low in function_words(ctx.lang, "question_subordinator") \
                and _main_after(lex, toks, k + 2, e):
            return k  # "Laut X gab es Verletzte, ob diese jedoch …, prüft das Gericht": the question is the next
    return e  # clause's object


def _main_after(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """Whether a subordinate clause from toks[a] ends at a comma before a main clause's verb and its subject
    ("…, ob diese verletzt wurden, | versucht das Gericht herauszufinden")."""
    k = next((m for m in range(a, e - 2) if toks[m].text == ","), None)
    if k is None:
        return False
    verb, subj = toks[k + 1], toks[k + 2]
    return verb.is_word and not verb.upper and verb.low not in lex.subordinators and verb.low not in lex.relatives \
        and verb.low not in lex.complementizers and (subj.low in lex.determiners or subj.upper)


OWN_REPORT: Final = 4  # words after a comma that may hold another clause's reporting verb


def _verb_cue(lex: Lexicon, t: Tok) -> bool:
    """A lower-case word that opens a reporting verb ("sprach … von", "sagte"), not the verbless "so" tag."""
    return t.is_word and not t.upper and any(cls not in ("so", "impersonal") for _, cls in lex.speech.get(t.low, ()))


def _adjective_report(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Adjectives and then a report noun after the cue: "nach ukrainischen Angaben", "nach offiziellen
    Schätzungen" (a document or source noun of source_types.tsv)."""
    j = a
    while j < e and j - a < REPORT_ADJECTIVES and toks[j].is_word and not toks[j].upper:
        j += 1
    if j == a < e and toks[a].upper and _report_compound(ctx.lang, toks[a].low):
        return True  # "nach Polizeiangaben", "nach Medienberichten": the report noun compounded
    return a < j < e and word_type(toks[j].low, ctx.lang) in ("document", "unnamed")  # "Angaben": unnamed


def _report_compound(lang: str, low: str) -> bool:
    """A compound ending in a report noun ("polizeiangaben", "medienberichten")."""
    return any(low.endswith(n) and len(low) > len(n) + 2 for n in function_words(lang, "report_noun"))


REPORT_ADJECTIVES: Final = 2  # adjectives read before the report noun ("nach ersten offiziellen Angaben")
_AND: Final = frozenset({"and", "och", "og", "und", "samt"})
POST_SOURCE_WORDS: Final = 5  # the longest source before a postposition ("den Angaben der Polizei zufolge")
_GENITIVE: Final = frozenset({"des", "der", "eines", "einer"})


def _coordinated(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """End of a source phrase with its coordinated second source ("ifølge Aftonbladet og Expressen",
    "ifølge nyhedsbureauet AFP og tv-stationen BFMTV"): the conjunct is a name or a source noun."""
    if j + 1 >= e or toks[j].low not in _AND:
        return j
    nxt = toks[j + 1]
    if nxt.low in ctx.lex.expletives or nxt.low in ctx.lex.pronouns or not (nxt.upper or word_type(nxt.low, ctx.lang)):
        return j
    k = np_end(ctx, toks, j + 1, e)
    return k if k > j + 1 else j


NP_TAIL: Final = 8  # words after a final source phrase that may still belong to it ("…, according to a poll released on Monday.")


def _np_tail(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether toks[a:e] only goes on with the source phrase before it (a participle, a time, a place):
    no clause, no comma, at most `NP_TAIL` words."""
    rest = [t for t in toks[a:e] if t.is_word]
    if not rest or len(rest) > NP_TAIL or any(t.text in ",;:" for t in toks[a:e]):
        return False
    lex = ctx.lex
    return not any(t.low in lex.complementizers or t.low in lex.relatives or (t.low in lex.finite_verbs)
                   for t in rest)


_CLOSING: Final = frozenset("”’'\"")  # a quote closed after its comma: "…,'' according to X"


def _plan(ctx: Ctx, src: list[Tok]) -> bool:
    """A plan, rule or law as the phrase's head ("according to the plan", "according to state law"), not
    a word of a longer name ("according to law enforcement officials")."""
    lex = ctx.lex
    return any((t.low in lex.plans or _plan_compound(ctx, t)) and not (k + 1 < len(src) and _modified(src[k + 1], lex))
               for k, t in enumerate(src))


def _plan_compound(ctx: Ctx, t: Tok) -> bool:
    """German: a compound noun whose head is a plan word ("laut einem Bundesgesetz", "nach dem Hygieneplan"), with
    at least `COMPOUND_STEM` letters before the head (not "Kaplan")."""
    lex = ctx.lex
    return lex.profile.capitalised_nouns and t.upper and any(
        t.low.endswith(p) and len(t.low) - len(p) >= COMPOUND_STEM for p in lex.plans)


COMPOUND_STEM = 4


def _modified(nxt: Tok, lex: Lexicon) -> bool:
    """Whether the word after a plan word makes that word a modifier of it ("law | enforcement officials")."""
    return nxt.is_word and not nxt.upper and not nxt.low.endswith(lex.participle_endings) and not is_finite_verb(nxt, lex) \
        and nxt.low not in lex.prepositions and nxt.low not in lex.relatives \
        and nxt.low not in lex.complementizers and nxt.low not in lex.subordinators and nxt.low not in lex.determiners


SOURCE_REST: Final = 12  # words of a relative clause that ends a sentence after a final source ("who worked with him")


def _source_rest(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether toks[a:e], the end of a sentence after a final source, only describes that source: a relative
    clause ("…, according to officials who worked with him."), a contact clause ("according to an account
    she gave to a newspaper") or an apposition ("according to Ann Lee, an analyst at Harbor Research.")."""
    lex = ctx.lex
    rest = [t for t in toks[a:e] if t.is_word]
    if not rest or a >= e:
        return False
    first = toks[a]
    if first.text == ",":  # an apposition: a noun phrase ("an analyst at …", "chief economist at …"), no clause
        opens = rest[0].low in lex.determiners or is_name_tok(rest[0]) or any(word_type(t.low, ctx.lang) for t in rest[:3])
        return opens and not any(t.low in lex.complementizers or t.low in lex.relatives or is_finite_verb(t, lex)
                                 for t in rest)
    if len(rest) > SOURCE_REST or any(t.text in ",;:" for t in toks[a:e]):
        return False
    return first.low in lex.relatives or lex.pronouns.get(first.low) in ("person", "organization") or (
        first.low in _POSSESSIVES and any(is_finite_verb(t, lex) for t in rest[1:]))  # "his brother gave to ITV"


_POSSESSIVES: Final = frozenset({"his", "her", "their", "its"})
