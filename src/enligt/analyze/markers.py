"""Marker rules: prepositional cues ("enligt X", "according to X", "citing X"); the evidence verbs
("X visar att C", "Det framgår av X") are in evidence.py, sourceless hearsay markers in hearsay.py.

Each rule looks at one sentence's tokens and returns `Draft`s; the reporting-verb rules are in rules.py.
An own account ("nach eigenen Angaben") and the German dash that ends an according-to claim are read by ownaccount.py.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from enligt.analyze.citedreason import reason_cited
from enligt.analyze.clauses import main_subject
from enligt.analyze.countdet import count_determiner
from enligt.analyze.cueobject import placed_figure_end
from enligt.analyze.cues import is_finite_verb, match_phrase
from enligt.analyze.docrelative import document_relative_end
from enligt.analyze.frames import own_phrase
from enligt.analyze.freerelative import free_one
from enligt.analyze.mediumcut import before_time
from enligt.analyze.namedapposition import described_apposition
from enligt.analyze.numwords import number_starts
from enligt.analyze.ownaccount import dash_end, own_account, spaced_dash
from enligt.analyze.phrases import apposed_subject, np_end, only_punct, seg_start, skip_relative, span
from enligt.analyze.prepphrase import (
    TITLE_CLOSE,
    adjective_report,
    adjective_report_end,
    adjective_source,
    bare_noun_end,
    bare_source,
    contact_clause,
    coordinated,
    fronts_clause,
    genitive_report,
    named_apposition,
    np_tail,
    origin_article,
    past_adverbial,
    past_role_apposition,
    plan,
    postposed_report,
    quoted_title,
    report_after,
    source_rest,
    stage_report,
    subject_verb,
    typed_source,
)
from enligt.analyze.quotes import dash_quote
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.relreport import relative_report
from enligt.analyze.sentences import Tok, decimal_comma, is_abbreviation
from enligt.analyze.sources import is_acronym
from enligt.analyze.tails import QUOTED_REACH
from enligt.analyze.via import listed_title, media_name, recipient_via
from enligt.analyze.wordtypes import type_lists, word_type
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
    gen = function_words(ctx.lang, "genitive_report_prep")
    for i in (range(s, e) if cands is None else cands):
        if i < nxt or toks[i].low not in index and toks[i].low not in gen:
            continue
        m = match_phrase(toks, i, e, index) if toks[i].low in index else None
        if m is None and toks[i].low in gen and genitive_report(ctx, toks, i + 1, e):
            m = (1, "gen")  # "Efter politiets oplysninger blev …" (not "…, efter at kampen sluttede")
        if not m:
            continue
        n, pos = m
        if pos == "adj" and i > s and toks[i - 1].end == src_end:
            continue  # "nach Angaben der Polizei nach ersten Erkenntnissen": one report
        if pos == "adj" and postposed_report(ctx, toks, s, e, i):
            pos = "post"  # "Dem Attest nach ist die Frau …": as "zufolge"
        if n == 1 and pos == "pre" and ctx.lex.profile.capitalised_nouns and (not _opens_phrase(ctx, toks, i + 1, e) or (
                i > s and toks[i - 1].low in function_words(ctx.lang, "degree_adverb"))):
            continue  # an adjective: "Es war ganz laut und …", "rief laut um Hilfe", "so laut er konnte"
        if pos == "final" and not _final_source(ctx, toks, s, e, i, n):
            continue  # "per" only as a closing tag ("…, per the agency."): not "per cent", "per day"
        if pos == "cite":
            d, cited = _cite_one(ctx, toks, s, e, i, n)
            taken.update(t.start for t in cited)  # "citing intelligence reports": no cue inside the cited phrase
        elif pos in ("free", "cleft"):
            d, cited = free_one(ctx, toks, s, e, i, n, pos == "cleft")
            taken.update(t.start for t in cited)  # the free relative's own verb gives no second record
        elif pos == "relative":
            d = relative_report(ctx, toks, s, e, i, n)  # "Berichte von Anwohnern, wonach C"
        else:
            gapped = _gapped_count(ctx, toks, s, e, i)
            a, b = (i, e) if gapped else _inner_sentence(ctx, toks, s, e, i)
            a, b = parenthesis(toks, a, b, i) or (a, b)  # "Iowa (93 percent were white, according to X), Ohio …"
            if not gapped and ctx.lex.profile.capitalised_nouns:
                b = next((k - 1 for k in range(i + n, b) if toks[k - 1].text == "," and toks[k].low in index
                          and match_phrase(toks, k, e, index) and _gapped_count(ctx, toks, s, e, k)), b)
                # "Nach Angaben X sind acht gestorben, nach Angaben Y bereits 16": X's claim ends at Y's gapped clause
            d = _prep_one(ctx, toks, a, b, i, n, "pre" if pos == "final" else pos)
            if d and prev and _relayed_tag(ctx, toks, s, i):
                d = replace(d, parts=(prev,))
        if d and d.source and (untimed := before_time(ctx, d.source)) is not d.source:
            d = replace(d, source=untimed)  # "as reported by the Bugle earlier this month": the Bugle (en44)
        if d:
            out.append(d)
            taken.update(t.start for t in d.source)  # "citing reports from …": no verb inside a source
            src_end = d.source[-1].end if d.source else -1
        nxt = i + n
    return out, taken


def _gapped_count(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> bool:
    """German: a source phrase after the comma that closes a clause of its own, opening a gapped clause with a count
    and no verb ("Nach Angaben des Ministeriums sind acht gestorben, nach Angaben der Länder bereits 16", "…, an der
    sich 2.000 beteiligten, laut Polizei aber nur noch 750"): the gapped clause alone is the source's claim."""
    lex = ctx.lex
    if not lex.profile.capitalised_nouns or i <= s + 2 or toks[i - 1].text != ",":
        return False
    verbs = lex.finite_verbs  # (not `auxiliaries`, which holds "bereits", "schon": "nach Angaben X bereits 16")
    numbers = number_starts(ctx.lang)
    return not any(t.low in verbs for t in toks[i:e]) and any(t.low in verbs for t in toks[s:i - 1]) \
        and any(t.text[:1].isdigit() or t.low in numbers for t in toks[i:e])


def _inner_sentence(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> tuple[int, int]:
    """The sentence of a cue at toks[i] inside a quotation that holds several ("«Attack mot staden. Enligt preliminär
    information har två hus träffats. Flera …», säger X"): from past the last full stop before the cue to the first
    after it; else (s, e). Swedish, Norwegian, Danish."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns or toks[s].text not in _OPENING_QUOTES:
        return s, e
    a = next((k + 1 for k in range(i - 1, s + 1, -1) if _full_stop(ctx, toks, k)), s)
    b = next((k + 1 for k in range(i + 1, e - 1) if _full_stop(ctx, toks, k)), e)
    return a, b


def parenthesis(toks: list[Tok], s: int, e: int, i: int) -> tuple[int, int] | None:
    """The inside of the parentheses around toks[i] within toks[s:e] ("Iowa (93 percent were white, according to exit
    polls), Ohio …": the cue's sentence is the parenthetical), None when toks[i] stands in none."""
    o = next((k for k in range(i - 1, s - 1, -1) if toks[k].text in _PARENS), None)
    c = next((k for k in range(i + 1, e) if toks[k].text in _PARENS), None)
    if o is None or c is None or toks[o].text != "(" or toks[c].text != ")" or (o == s and c == e - 1):
        return None
    return o + 1, c


_PARENS: Final = frozenset("()")


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
    if i > s and toks[i - 1].low in ctx.lex.closed.be or _quoted_as(ctx, toks, i + n, e):
        return None, []  # a verb: progressive ("he was quoting his father when he said C") or "quoting Y as saying C"
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
        if _inserted(ctx, toks, s, i, j, e):
            return None, src  # "The paper, citing memos, reported that C": the citing phrase belongs to that report
        if reason_cited(ctx, src):  # "The union walked out, citing unsafe conditions": the union gives its reason
            speaker = main_subject(ctx, toks, s, i, [])
            reason = span(ctx, toks, i + n, i + n + len(src)) if speaker else None
            return (Draft((reason,), cue, cue_text, tuple(speaker)) if reason else None), src
        a, b = s, i - 1
    elif i == s and j < e and toks[j].text == ",":
        a, b = j + 1, e
    elif ctx.lex.profile.capitalised_nouns:  # "berichtet X unter Berufung auf Y, C": the report's (loose_cites)
        return None, toks[i + n:np_end(ctx, toks, i + n, e)]
    else:
        return None, src
    if any(toks[k].low in ctx.lex.speech and (m := match_phrase(toks, k, b, ctx.lex.speech))
           and (m[1] != "placed" or placed_figure_end(ctx, toks, k + m[0], b)) for k in range(a, b)):
        return None, src  # "Citing officials, the paper wrote …": the citing phrase belongs to that report
        # (but not "put" with no figure: "The firm put the plan on hold, citing costs" cites for that clause)
    content = span(ctx, toks, a, b)
    return (Draft((content,), cue, cue_text, tuple(src)) if content else None), src


_QUOTE_MARKS: Final = frozenset({"\"", "“", "”", "'", "’", "''", "»", "«"})


def _inserted(ctx: Ctx, toks: list[Tok], s: int, i: int, j: int, e: int) -> bool:
    """Whether a citing phrase between commas stands between a subject and its verb: no verb before it and a
    word after its closing comma ("The paper, citing memos, reported …", "Mr Lee, citing “the polls”, said …")."""
    k = j + 1
    while k < e and toks[k].text in _QUOTE_MARKS:
        k += 1  # "citing “the polls,” said"
    if k >= e or toks[j].text != "," or not toks[k].is_word:
        return False
    return not any(is_finite_verb(t, ctx.lex) or (t.low.endswith("ed") and not t.upper) for t in toks[s:i - 1])


def loose_cites(ctx: Ctx, toks: list[Tok], s: int, e: int, found: list[Draft]) -> list[Draft]:
    """German "unter Berufung auf Y" inside a report of X ("Das berichten Medien unter Berufung auf Y", "Unter
    Berufung auf Y sprachen Medien von C"): Y's record of the same content, via X. One per citing phrase."""
    lex = ctx.lex
    out: list[Draft] = []
    for i in range(s, e):
        m = match_phrase(toks, i, e, lex.prep) if toks[i].low in lex.prep else None
        comma = i > s and toks[i - 1].text == ","
        if not m or m[1] != "cite" or (comma and lex.profile.capitalised_nouns):
            continue
        n = m[0]
        j = np_end(ctx, toks, i + n, e)
        if j == i + n or (j < e and toks[j].text == "," and (i == s or only_punct(toks, j + 1, e))):
            continue  # "Unter Berufung auf Y, C" has its own record
        cue = (toks[i].start, toks[i + n - 1].end)
        report = next((d for d in found if d.cue and d.source and not cue[0] <= d.cue[0] < toks[j - 1].end), None)
        if report is not None and not lex.profile.capitalised_nouns and (
                not _tag_before(report, toks[i - 1 - comma].end if i - 1 - comma >= s else -1)
                or not (any(t.upper or word_type(t.low, ctx.lang) for t in toks[i + n:j])
                        or _unnamed_words(toks[i + n:min(e, i + n + UNNAMED_WORDS)], ctx.lang))):
            continue  # right after a report's tag and naming a source: "C, X reported, citing officials", "C, skriver
            # X med henvisning til Y"; not a reason ("Prices rose, the bank said, citing weak demand")
        if report is not None and report.source and report.source[0].end:
            src = list(report.source)  # the reporter as written ("ukrainische Medien"), a quoted title without marks
            if len(src) > 2 and src[0].low in lex.determiners and src[1].text in _TITLE_MARKS:
                src = src[1:]  # 'Die "Märkische Allgemeine"': the article outside the title is no part of the name
            written = "".join(c for c in ctx.text[src[0].start:src[-1].end] if c not in _TITLE_MARKS)
            named = media_name(src, ctx.lex)  # "Die französische Nachrichtenagentur AFP" -> AFP, as a medium told
            via = listed_title(named if named and len(named) < len(written) and named in written else written, lex)
            out.append(Draft(report.parts, cue, " ".join(t.text for t in toks[i:i + n]), tuple(toks[i + n:j]),
                             via=(via,)))
    return out


def _unnamed_words(toks: list[Tok], lang: str) -> bool:
    """Whether `toks` hold an anonymous source of the word lists' multi-word rows ("people familiar", "sources
    close"): "…, X reported, citing people familiar with the matter" names a source, though no word alone is typed."""
    said = " ".join(t.low for t in toks)
    return any(typ == "unnamed" and key in said for key, typ in type_lists(lang)[1])


UNNAMED_WORDS: Final = 4  # words after a citing word searched for an anonymous source ("two people familiar")


def _quoted_as(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether "as" and a participle follow the one quoted ("quoting Y as saying C"): `tails.quoted_as`'s, Y's record
    with the quoting subject as via."""
    ases = function_words(ctx.lang, "as")
    return any(toks[k].low in ases and toks[k + 1].low.endswith("ing") for k in range(a, min(e - 1, a + QUOTED_REACH)))


def _tag_before(report: Draft, end: int) -> bool:
    """Whether a report's tag (its cue and its source, in either order) ends at `end`, right before the comma of a
    citing phrase ("…, Reuters reported, citing Y", "…, reported the outlet, citing Y")."""
    return bool(report.cue and report.source) and report.cue is not None and end > 0 and (
        max(report.cue[1], report.source[-1].end) == end) and report.end <= min(report.cue[0], report.source[0].start)


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


def _dash_paragraph(ctx: Ctx, at: int) -> bool:
    """Whether the paragraph holding offset `at` opens with a quotation dash ("– A. B, sier X ifølge Y."): the tag
    closes a quotation there too, which the one named after the preposition only relays."""
    if not ctx.lex.profile.dash_speech:
        return False
    start = ctx.text.rfind("\n", 0, at) + 1
    end = ctx.text.find("\n", at)
    return dash_quote(ctx.text, start, len(ctx.text) if end < 0 else end) is not None


def _inverted_cue(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Nordic V2: a reporting verb right after a fronted "ifølge X", its subject after it ("Ifølge NTB sier
    politiet at C")."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or a + 1 >= e or toks[a].upper:
        return False
    m = match_phrase(toks, a, e, lex.speech)
    return m is not None and m[1] in ("speech", "opinion") and toks[a + m[0]].is_word \
        and toks[a + m[0]].low not in lex.complementizers


def _prep_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, pos: str) -> Draft | None:
    cue = (toks[i].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i:i + n]).replace(" .", ".")  # an abbreviation's point: "iflg."
    if pos == "post":  # "Medienberichten zufolge …", "… erlitten zwei Einsatzkräfte dem Sprecher zufolge Verletzungen"
        cs = seg_start(toks, s, i)
        # never past a finite verb ("Der Angriff ist | ukrainischen Angaben zufolge …")
        verb = past_adverbial(ctx, toks, next((k + 1 for k in range(i - 2, cs - 1, -1)
                                               if toks[k].low in ctx.lex.finite_verbs), cs), i)  # (not "hat | bei X |")
        b = next((k for k in range(i - 1, max(verb, i - POST_SOURCE_WORDS) - 1, -1) if toks[k].low in ctx.lex.determiners
                  and not (toks[k].low in _GENITIVE and k - 1 >= cs and toks[k - 1].upper)), verb)  # not "Einlassungen | des"
        if ctx.lex.profile.capitalised_nouns and b == cs < i - 1 and (
                toks[b].low not in ctx.lex.determiners or subject_verb(ctx.lex, toks, b, i)):
            b = max(b, bare_source(ctx.lex, toks, cs, i))  # "Die Täter flohen | Zeugen zufolge": not the subject's article  # "Die Täter flohen | Zeugen zufolge …": no article, no verb of the lists
        if (adj := adjective_source(ctx, toks, cs, i)) is not None and adj > b:
            b = adj  # "Der Angriff blieb | ukrainischen Angaben zufolge erfolglos": not the subject's article
        parts = [p for p in (span(ctx, toks, cs, b) if b > cs else None, span(ctx, toks, i + n, e)) if p]
        return Draft(tuple(parts), cue, cue_text, tuple(toks[b:i])) if parts and i > b and not stage_report(
            ctx, toks[b:i]) else None
    if pos == "poss":  # "Nach seinen Angaben wurden …": the possessive names the source
        owners = function_words(ctx.lang, "statement_owner")  # "by her own account"
        own = next((t for t in toks[i:i + n] if t.low in ctx.lex.pronouns or t.low in owners), None)
        cs = seg_start(toks, s, i)  # inside a sentence both sides: "Dabei kamen ihren Angaben nach zwei Helfer um"
        colon = i + n < e and toks[i + n].text == ":"  # "X, seiner Meinung nach: »Q«": Q is a quote of its own
        if i > s and toks[i - 1].text == "," and (colon or only_punct(toks, i + n, e)):
            cs, colon = s, True  # a closing tag: "X, seiner Meinung nach."
        parts = [p for p in (span(ctx, toks, cs, i) if i > cs else None, None if colon else span(ctx, toks, i + n, e)) if p]
        return Draft(tuple(parts), cue, cue_text, (own,)) if own and parts else None
    if pos == "adj" and not adjective_report(ctx, toks, i + n, e):
        return None  # "nach" alone opens a source only before "ukrainischen Angaben"
    if own_phrase(ctx, toks, i, n, e):  # "Die Feuerwehr zählte nach eigenen Angaben …": the subject is the source
        return own_account(ctx, toks, s, e, i, n, cue, cue_text)
    a = i + n + 1 if i + n + 1 < e and toks[i + n].low in ctx.lex.focus else i + n  # "according to even his aides"
    of = a + 1 if a + 2 < e and (toks[a].low in function_words(ctx.lang, "source_preposition") and count_determiner(
        toks, a + 1, e, ctx.lex) or origin_article(ctx, toks, a) or _adjective_after_von(ctx, toks, a)) else a
    # ("von | zwei Zeugen", "aus | dem Vorstand", "von | ukrainischen Militärs")
    j = coordinated(ctx, toks, quoted_title(ctx, toks, a, bare_noun_end(ctx, toks, of, np_end(ctx, toks, of, e)), e), e)
    j = contact_clause(ctx, toks, named_apposition(ctx, toks, a, j, e), e)
    j = document_relative_end(ctx, toks, a, j, e, i == s or i == s + 1 and toks[s].low in ctx.lex.coordinators)
    if pos == "adj" and ctx.lex.profile.capitalised_nouns:
        j = adjective_report_end(ctx, toks, a, j)  # "nach ersten Ermittlungen | im Rahmen eines Einsatzes"
    stops = function_words(ctx.lang, "source_stop_preposition")  # "laut X | mit der Vorlage der Zahlen bestätigt"
    j = next((k for k in range(of + 1, j) if toks[k].low in stops and toks[k - 1].is_word
              or _adverb_phrase(ctx, toks, k, e)), j) if i > s else j  # ("aus Kiew | in der Regel …")
    # ("Enligt en genomgång som X har gjort har …", "…, enligt en rapport som X tog fram.")
    src = toks[a:j]
    if len(src) > 1 and src[0].low in function_words(ctx.lang, "source_preposition"):
        src = src[1:]  # "nach Angaben von Augenzeugen": the preposition is no part of the source
        if toks[i + n - 1].low in function_words(ctx.lang, "state_statement"):
            cue, cue_text = _cue_with(ctx, toks, a, i + n, cue, cue_text)  # but of the cue: "nach Angaben von"
    elif len(src) > 1 and ctx.lex.profile.capitalised_nouns and src[0].low in function_words(ctx.lang, "origin_preposition") \
            and a == i + n and (src[1].upper or src[1].low in ctx.lex.determiners):
        src = src[1:]  # "nach Angaben aus Kiew": the place is the source, "aus" the cue's
        cue, cue_text = _cue_with(ctx, toks, a, i + n, cue, cue_text)
    elif src and src[0].low in function_words(ctx.lang, "topic_preposition"):
        return None  # "Nach einem Bericht über den Brand …": the report's topic, no source
    if not src or plan(ctx, src) or src[-1].low in ctx.lex.first_person and not is_acronym(src[-1]) \
            or stage_report(ctx, src) or not typed_source(ctx, cue_text, src):  # ("laut WHO"; "nach ersten
        return None  # Erkenntnissen": no source; "gemäß ihrer Leistung": a measure, no source)
    after, tail, vias = skip_relative(ctx, toks, j, e)
    cs = seg_start(toks, s, i)
    initial = cs == i or (toks[cs].low in ctx.lex.subordinators and cs + 1 == i)
    after = past_role_apposition(ctx, toks, a, after, e) if initial and i == s else after  # "Enligt X, professor …, vill"
    follows = after + 1 < e and toks[after].text == "," and (
        toks[after + 1].low in ctx.lex.subordinators or toks[after + 1].low in ctx.lex.relatives)
    q = i - 1
    while q > s and toks[q].text in _CLOSING:
        q -= 1  # "…,'' according to X": a quote closed after its comma
    comma = i > s and (toks[i - 1].text in ",–—" or (q < i - 1 and toks[q].text == ","))
    if comma and (only_punct(toks, after, e) or follows or np_tail(ctx, toks, after, e)
                                                 or source_rest(ctx, toks, after, e)):  # "…, enligt X" / "… – enligt X"
        content = span(ctx, toks, s, i if q < i - 1 else i - 1)  # a closing quote mark stays
        parts = [content] if content else []
    elif initial and i > s and toks[i - 1].text == "," and toks[s].low not in ctx.lex.subordinators \
            and not fronts_clause(ctx, toks, after, e):  # (not "…, enligt X rör det sig om Y": a clause of its own)
        parts = [p for p in (span(ctx, toks, s, i - 1), span(ctx, toks, after, e)) if p]  # "X, according to Y, grew"
    elif initial and _inverted_cue(ctx, toks, after, e):
        content = span(ctx, toks, after, e)  # "Ifølge Ritzau siger politiet, at C": past the comma, so C nests
        parts = [content] if content else []
    elif initial:
        content = span(ctx, toks, after, dash_end(ctx, toks, after, report_after(ctx, toks, after, e), False))
        parts = [content] if content else []
    else:
        rel = next((k for k in range(i - 1, cs - 1, -1) if toks[k].low in ctx.lex.relatives and not (
            ctx.lex.profile.relative_after_comma and k > cs) and not _inverted_expletive(ctx, toks, cs, k)), None)
        # (German "Die Zahl der Toten": an article; Danish "Om aftenen blev der …": the subject after the verb)
        start = rel if rel is not None else (cs + 1 if toks[cs].low in ctx.lex.subordinators and cs > s else cs)
        if rel is None and cs > s and _inverted_tag(ctx, toks, cs, i):
            if toks[cs - 2].text in TITLE_CLOSE or _dash_paragraph(ctx, toks[s].start):
                return None  # "„Q“, sagte sie laut ihrem Sprecher.": her words, which X only relays (no record)
            start = s  # "C, viser opgørelsen ifølge avisen.": the tag and its claim are the paper's report
        if rel is None and cs > s and ctx.lex.profile.v2 and ctx.lex.fronted.get(toks[s].low) in ("prep", "adv") \
                and toks[cs].low in ctx.lex.finite_verbs:
            start = s  # "In X, einem Dorf im Süden, kamen nach Angaben Y …": the fronted phrase is the clause's own
        if rel is None and cs > s and (apposed_subject(ctx, toks, s, cs) or described_apposition(ctx, toks, s, cs)):
            start = s  # "Der Chef, Max Huber, macht laut X …": the subject and its name are the clause's own
            # (or its description: "Føreren - en mand - er ifølge politiet uskadt")
        stop = e
        if rel is not None:
            stop = next((k for k in range(after, e) if toks[k].text == "," and not decimal_comma(toks, k)), e)
        elif after + 1 < e and toks[after].text == "," and toks[after + 1].low in ctx.lex.subordinators:
            stop = after  # "C according to X, but Y …": the clause after the comma is another's
        stop = dash_end(ctx, toks, after, stop, any(spaced_dash(toks, k) for k in range(s, i)))
        parts = [p for p in (span(ctx, toks, start, i), span(ctx, toks, after, stop)) if p]
    if not parts:
        return None
    vias = vias + recipient_via(src, ctx.lex)
    return Draft(tuple(parts), cue, cue_text, tuple(src), tail=tail, via=tuple(vias))


def _adverb_phrase(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """German: a set adverbial phrase of three words at toks[k] ("in der Regel", "in erster Linie": `adverb_phrase`)."""
    return k + 3 <= e and toks[k].low in _ADVERB_OPENERS and \
        " ".join(t.low for t in toks[k:k + 3]) in function_words(ctx.lang, "adverb_phrase")


_ADVERB_OPENERS: Final = frozenset({"in", "im", "zum", "vor", "unter", "aus"})  # the first words of `adverb_phrase`


def _cue_with(ctx: Ctx, toks: list[Tok], a: int, after: int, cue: Span2, cue_text: str) -> tuple[Span2, str]:
    """German: the cue with the preposition at toks[a] right after it ("nach Angaben | von", "… | aus"), as the gold
    writes it; the cue as it was elsewhere."""
    if not ctx.lex.profile.capitalised_nouns or a != after:
        return cue, cue_text
    return (cue[0], toks[a].end), f"{cue_text} {toks[a].text}"


def _adjective_after_von(ctx: Ctx, toks: list[Tok], a: int) -> bool:
    """German: a source preposition before an adjective and its noun ("nach Angaben von | örtlichen Medien")."""
    return ctx.lex.profile.capitalised_nouns and toks[a].low in function_words(ctx.lang, "source_preposition") \
        and toks[a + 1].is_word and not toks[a + 1].upper and toks[a + 1].low.endswith(("en", "em", "er", "e")) \
        and toks[a + 2].upper


_TITLE_MARKS: Final = frozenset('„“”"«»‚‘’')  # marks around a medium's title, none of its name
POST_SOURCE_WORDS: Final = 5  # the longest source before a postposition ("den Angaben der Polizei zufolge")
_CLOSING: Final = frozenset("”’'\"")  # a quote closed after its comma: "…,'' according to X"
_GENITIVE: Final = frozenset({"des", "der", "eines", "einer"})


def _inverted_expletive(ctx: Ctx, toks: list[Tok], cs: int, k: int) -> bool:
    """Whether the relative-like word at toks[k] is an expletive subject right after a finite verb in V2 order
    (`existential_subject`: "Om aftenen blev der ifølge naboer hørt skud"), no relative pronoun."""
    lex = ctx.lex
    if k <= cs or toks[k].low not in function_words(ctx.lang, "existential_subject"):
        return False
    verb = toks[k - 1]
    return verb.low in lex.finite_verbs or verb.low in lex.auxiliaries or verb.low in lex.closed.be
