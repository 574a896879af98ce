"""Source before the cue: "X said that C", "voters who said C", "in what analysts described as C",
"Having announced C, the judge …", and where such a content stops inside a relative clause or a fronted clause
(a coordinated second cue and the writer's next clause are in contentstop.py). Split out of rules.py, which calls
`source_first` from `rules.verb_one`. Where a content inside a relative clause stops is read by relclauseend.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze import clauses, conjunct, englishshapes, frames, phrases
from enligt.analyze.bareclause import bare_clause, bare_that_clause
from enligt.analyze.conjunct import conjunct_subject, nordic_conjunct, noun_object_stop
from enligt.analyze.contentstop import coordinated_stop
from enligt.analyze.criticism import senses
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.cuesubject import subject
from enligt.analyze.englishshapes import after_participle_phrase, fronted_interview
from enligt.analyze.evidence import speaker_evidence
from enligt.analyze.fronting import NAME_PARTICLES
from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.mainclause import fronted_clause_end
from enligt.analyze.nearclause import after_records, near_clause_subject
from enligt.analyze.phrases import np_before, past_verb_adverbs, seg_start, span, time_word
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.relclauseend import relative_end
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.sources import forward_np, is_acronym
from enligt.analyze.sourcetype import is_document, is_source_like
from enligt.analyze.subjectwords import lone_adverb, manner_adverb, stranded_contact
from enligt.analyze.tagcues import own_voice_inverted
from enligt.analyze.tails import cut_citing, cut_inquiry, cut_time, dative_via, sources_told
from enligt.analyze.toldbefore import told_before_participle
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset

FREE_RELATIVE_REACH: Final = 5  # tokens between "what" and the cue ("what the regional governor described as")
OPENING: Final = frozenset("„“\"«‚‘")  # quotation marks that open a quote
_DASH: Final = frozenset({"–", "—"})


def source_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, a: int, pre_end: int,
                 cue: Span2, cue_text: str, vias: list[str], done: list[Draft],
                 back: tuple[Tok, ...] | None = None) -> Draft | None:
    """The cue at toks[i:i + n] with its subject before it (toks[s:pre_end]) and its content from `a`;
    None when the subject is no speaker (first person, a negative pronoun, a participle clause). `back`: the
    document a pronoun subject of an evidence verb points back at ("De viser at C")."""
    lex = ctx.lex
    generic = function_words(ctx.lang, "generic_subject")  # "när man bedömde att C": the body meant, as after a cue
    if pre_end > s and toks[pre_end - 1].low in lex.first_person and toks[pre_end - 1].low not in generic \
            and not _comma_relative(lex, toks, s, pre_end - 1) and not is_acronym(toks[pre_end - 1]):  # not "WHO"
        return None  # "… än vi hade räknat med": the speaker's own words
    if own_voice_inverted(lex, toks, i + n, e):
        return None  # "Siden nyttår anslår vi at C": the fronted phrase is no subject; the speaker's own words
    pre_end = past_verb_adverbs(lex, toks, s, pre_end)
    if a < e and toks[a].low in lex.coordinators:
        return None  # "something he said and treat it …": no content follows the verb
    free = next((k for k in range(pre_end - 1, max(s, pre_end - FREE_RELATIVE_REACH) - 1, -1)
                 if toks[k].low in lex.free_relatives), None)
    if free is not None and free + 1 < pre_end:  # "in what analysts described as the worst clashes"
        if a < e and (toks[a].low in lex.subordinators or toks[a].low in lex.complementizers):
            a += 1  # "as", "that"
        elif englishshapes.free_subject(lex, toks, s, free, a, e):
            return None  # "What she says is unfair": the free relative is the subject, nothing reported
        content = span(ctx, toks, a, coordinated_stop(ctx, toks, a, e))
        src_free = toks[free + 1:pre_end]
        while len(src_free) > 1 and (src_free[-1].low in lex.closed.be or src_free[-1].low in lex.auxiliaries):
            src_free = src_free[:-1]  # "what they are saying is …": the progressive's auxiliary
        if src_free[-1].low in lex.first_person:
            return None  # "What we are showing is that C": the speaker's own words
        return Draft((content,), cue, cue_text, tuple(src_free), via=tuple(vias)) if content else None
    if (p := englishshapes.noun_cue(ctx, toks, s, i, n)) is not None:  # "no explanation for earlier official reports that C"
        content = span(ctx, toks, a, coordinated_stop(ctx, toks, a, e))
        return Draft((content,), cue, cue_text, tuple(toks[p:i + n]), via=tuple(vias)) if content else None
    if lex.profile.v2 and not lex.profile.capitalised_nouns and _embedded_question(lex, toks, s, pre_end):
        return None  # "vet ikke hva han har sagt", "hvor lenge han tror C": a question, no claim reported
    src, tail, antecedent, prefix = subject(ctx, toks, s, englishshapes.past_closing_quote(lex, toks, s, pre_end))
    if (rel := englishshapes.reporting_relative(lex, toks, s, pre_end)) is not None:
        src = subject(ctx, toks, s, rel)[0] or src  # "A woman who said that C told X that D": the woman
    if not lex.profile.v2 and pre_end - 1 > s and toks[pre_end - 1].text == "," and cls in ("speech", "told") \
            and any(t.low in function_words(ctx.lang, "sequence_adverb") for t in toks[pre_end:i]):
        src = clauses.main_subject(ctx, toks, s, i, done) or src  # "X offered Y a job as Z, then says …": X
        while len(src) > 1 and manner_adverb(src, lex):
            src = src[:-1]  # "Lund jokingly offered …"
    if _inverted_pronoun(lex, toks, s, pre_end):
        src = toks[pre_end - 1:pre_end]  # "Why had he claimed that C?", "Nor have they warned X": the pronoun
    if pre_end - 2 > s and toks[pre_end - 1].low in lex.closed.and_ and done and done[-1].source \
            and (done[-1].source[-1].end == toks[pre_end - 2].end or _tag_comma(lex, toks, s, pre_end, done[-1])):
        src = list(done[-1].source)  # "…, sagte der Sprecher und fügte hinzu": the tag's speaker goes on
    elif lex.profile.capitalised_nouns and (first := frames.coordinated_subject(ctx, toks, s, pre_end, i + n)):
        src = first  # "Das Amt gab die Suche auf und sprach von …": the subject of the first verb
    elif lex.profile.capitalised_nouns and done and done[-1].source and pre_end - 2 > s \
            and toks[pre_end - 1].low in lex.closed.and_ and toks[pre_end - 2].text == ",":
        src = list(done[-1].source)  # "X befürchten, dass C, und warnen vor Y": the cue before it speaks on
    while src and src[0].text in QUOTE_STRIP:
        src = src[1:]  # a quote opened before the subject is no part of it
    while src and src[-1].text in QUOTE_STRIP and not any(t.text in OPENING for t in src[:-1]):
        src = src[:-1]  # nor one opened after it ('Border agents "say …'; not "die „Nordpost“")
    if len(src) > 1 and src[0].low.endswith("ing") and not src[1].upper and not _ing_modifier(lex, src) \
            and not (src[1].low in lex.prepositions and word_type(src[0].low, lex.lang) == "document"):  # "Testing by X"
        src = after_participle_phrase(lex, src)  # "Giving the figures the agency said": the agency
        if not src:
            return None  # "Having both said …": a participle clause, not a subject
    if not src and pre_end > s and toks[pre_end - 1].low in lex.subordinators:
        c = conjunct.past_lone_adverbs(lex, toks, i + n, e)  # "men nævnte blot, at C"
        if done and done[-1].source and any(t.low in lex.complementizers for t in toks[c:c + 2]):
            src = list(done[-1].source)  # "menar att A men varnar för att B"
        elif nordic_conjunct(lex, toks, pre_end, i + n, e) and (first := conjunct_subject(ctx, toks, s, pre_end, done)):
            src = first  # "Mannen är anhållen men förnekar brott"
        elif (any(t.low in lex.complementizers for t in toks[c:c + 2])
              or cls == "reply" and bare_clause(ctx, toks, i + n, e)
              or not lex.profile.v2 and i + n < e
              and toks[i + n].low in lex.infinitive_markers and toks[i].low not in lex.noun_verbs) \
                and not englishshapes.comma_coordinator(lex, toks, s, pre_end):
            # "En del gråter och säger att …", "X resigned and vowed to" (not "the chants and promises to …": a noun)
            b = seg_start(toks, s, pre_end - 1, lex.subordinators)
            b = conjunct.past_preposition(ctx, toks, s, b, pre_end - 1)  # "X var glad efter mødet og sagde": X
            if b >= pre_end - 1 and b - 1 > s and toks[b - 1].text == "," and lex.profile.v2 \
                    and not lex.profile.capitalised_nouns:
                b = seg_start(toks, s, b - 1, lex.subordinators)  # "Politiet stengte veien, men bekrefter at …"
                if _first_person_opens(lex, toks, s, pre_end - 1):
                    return None  # "Men vi forventer A efter denne runde, og håber, at C": the speaker's own words
                b = conjunct.past_preposition(ctx, toks, s, b, pre_end - 2)  # "X lukkede vejen efter ulykken, men oplyser"
                b = conjunct.past_object_clause(lex, toks, s, b)  # "X gav ingen grunde til, at A, men nævnte, at C": X
            while lex.profile.v2 and b == pre_end - 1 and b - 1 > s and toks[b - 1].low in lex.subordinators \
                    and toks[b - 1].low not in lex.coordinators:
                b = seg_start(toks, s, b - 1, lex.subordinators)  # "Hon fick veta det innan och har sagt att": an adverb
            b = phrases.past_adverb_subordinator(lex, toks, s, b) if lex.profile.v2 else b  # "Hun snakket da om X, og sa at"
            while b < pre_end - 1 and toks[b].text in QUOTE_STRIP:
                b += 1  # the quotation it stands in: "»Han grinede og sagde, at …«"
            j = forward_np(toks, b, pre_end - 1, lex)
            src = toks[b:j] if lex.profile.v2 else clauses.trim_verb(ctx, toks, b, j, pre_end - 1)  # "X trimmed …"
            src = conjunct.inverted_conjunct_subject(ctx, toks, b, pre_end - 1) or src  # "Søndag avviste X A og sa at": X
            src = src or clauses.subject_before_quote(ctx, toks, s, b - 1)  # "She declared “What a day!” and said that"
            if not lex.profile.v2 and src and not clauses.opens_subject(lex, src[0]):  # "He, again, pledged X and said that"
                src = near_clause_subject(ctx, toks, s, after_records(toks, s, i, done), pre_end) \
                    or clauses.main_subject(ctx, toks, s, i, done)  # "X fixed A and he, again, pledged B and said that": he
        elif toks[pre_end - 1].low in lex.coordinators and (
                cls in ("speech", "told") or cls == "opinion" and not lex.profile.v2 and englishshapes.clause_at(ctx, toks, a, e)
                or cls == "opinion" and not lex.profile.v2 and toks[i].low in senses(ctx.lang)
                or cls == "that" and bare_that_clause(ctx, toks, i, a, e) and _verb_before(lex, toks, s, pre_end - 1)) \
                and not any(
                t.low in lex.closed.be and not reported(t, done) for t in toks[max(s, pre_end - 7):pre_end]):
            # "She paid off half, but said …", "X said A was wrong, but said B" (a copula reported is no passive);
            # an opinion verb before a clause without "that": "X said A but warned B would follow"
            b = seg_start(toks, s, pre_end - 1)
            near = _comma_clause_subject(lex, toks, s, b, pre_end - 1)  # "…, who saw it and described it"
            src = near or clauses.subordinate_subject(ctx, toks, s, pre_end - 1) or near_clause_subject(
                ctx, toks, s, after_records(toks, s, i, done), pre_end) or clauses.main_subject(ctx, toks, s, i, done)
            src = _named_apposition(lex, toks, src, pre_end - 1)  # "One of the men, Ann Lee, 64, left and said": Ann Lee
            # not "he was recruited … and promised a pardon"
            if near and near[0].low in lex.relatives:
                antecedent = np_before(ctx, toks, s, b - 1)  # "Ben Vale, who saw it and described it": Ben Vale
    if len(src) == 1 and src[0].low.endswith("ing") and not lex.profile.v2 and src[0].low not in lex.pronouns and (
            not src[0].upper or src[0].low in function_words(ctx.lang, "perfect_participle")):  # not "Ebeling said"
        return _perfect_participle(ctx, toks, e, a, cue, cue_text)  # "Having announced C, the judge …"
    if src and _verb_phrase(lex, src):
        src = clauses.main_subject(ctx, toks, s, i, done)  # "X went on to promote A, note B": X, not "on to promote A"
    if not src or (src[0].low in lex.prepositions and not lex.profile.v2 and toks[i - 1].text == ",") \
            or _fronted_phrase_source(lex, src, toks, i + n, e):
        return None  # "…, in the incident, reported after 5 p.m.,": a participle, no subject
    if len(src) == 1 and (lone_adverb(lex, src[0]) or not lex.profile.v2 and not src[0].upper and src[0].low in lex.sentence_adverbs):
        return None  # "…, wrongfully claimed from the tribes,": a participle after its adverb, no subject
    src = cut_citing(lex, cut_time(ctx, list(src)))  # "Wie die Polizei | am Abend mitteilte"
    src, asked = cut_inquiry(ctx, src)  # "Wie die Stadt | auf Anfrage mitteilte"
    vias = vias + asked
    src = _contact_pronoun(lex, src, toks, pre_end)  # "sju punkter han mente underbygger C": han
    src = _after_modal(ctx, src)  # "Am Montag will der Minister erklären, C": der Minister
    ongoing, hedging = function_words(ctx.lang, "ongoing_verb"), function_words(ctx.lang, "hedging_verb")
    while len(src) > 1 and (src[-1].low in ongoing or src[-1].low in hedging or src[-1].low in lex.infinitive_markers):
        if src[-1].low in hedging:  # "The coach appeared to confirm C": the cue "appeared to confirm"
            cue, cue_text = (src[-1].start, cue[1]), ctx.text[src[-1].start:cue[1]]
        src = src[:-1]  # "Republicans continue to warn that C": Republicans
    if not vias and not lex.profile.v2:
        vias = fronted_interview(ctx, toks, s, i)  # "In an interview with CNN, X said …"
    vias = vias or sources_told(lex, list(src))  # "Källor till DN uppger att C": the sources' medium
    if not vias:
        src, vias = englishshapes.source_relay(ctx, list(src))  # "officials quoted by the AP said C"
    if not vias and src:
        after = next((m + 1 for m in range(s, pre_end) if toks[m].start == src[-1].start), pre_end)
        vias = told_before_participle(ctx, toks, after, pre_end)  # "Han har over for Ritzau bekræftet, at C"
    if lex.dative_preposition and len(src) > 2:  # "Wie ein Sprecher | gegenüber dem Sender sagte"
        src, more = dative_via(ctx, src)
        vias = vias + more
    src = stranded_contact(ctx.lex, toks, src, pre_end) or src  # "Alla jag har talat med säger C": the whole phrase
    relative = antecedent is not None and len(src) == 1 and src[0].low in lex.relatives  # "Ann Lee, who said"
    if not relative and any(t.low in lex.first_person and not is_acronym(t) for t in (src[0], src[-1])) \
            and not (len(src) == 1 and src[0].low in generic) or _negative_subject(ctx, src):
        return None
    if cls == "evidence" and lex.profile.v2 and (whole := _contact_clause(ctx, toks, src, pre_end)):
        if len(whole) == len(src):
            return None  # "Tallene han viste frem, …": the evidence verb is the contact clause's own
        src = whole  # "Tallene han presenterte mandag viste C": the figures and their contact clause
    if cls == "evidence" and not back and not is_source_like(list(antecedent) if relative and antecedent else src, lex) \
            and not speaker_evidence(ctx, toks, i, src, a, e):
        return None  # (a relative's antecedent: "et billede, der viser, at C")
    if cls == "evidence" and a == i + n and toks[i].low in function_words(ctx.lang, "document_object_evidence") \
            and (not is_document(src, lex) or a < e and toks[a].low in function_words(ctx.lang, "shown_idiom")):
        return None  # German "Die Polizei zeigte Präsenz": a thing shown; only a document shows a finding as its object
        # (and not an idiom: "Die Recherchen zeigen Wirkung")
    if cls == "court" and not any(t.low in lex.courts for t in src):
        return None  # "he heard a loud bang": perception, not "the court heard"
    stop = coordinated_stop(ctx, toks, a, e)
    opener = s + 1 if s + 1 < i and toks[s].low in lex.focus else s  # "Even as he accused X, Berg …"
    opener = _elapsed_opener(ctx, toks, opener, i)  # "Three years after the party vowed A, it …"
    opener = _inner_opener(lex, toks, s, i, src, opener)  # "…, and while he said A, B"
    if not lex.profile.v2 and toks[opener].low in lex.subordinators and toks[opener].low not in lex.coordinators:
        stop = fronted_clause_end(lex, toks, a, stop)  # "Although X admitted that A, he claimed B": A ends there
    if sum(1 for t in toks[s:i] if t.text in QUOTE_STRIP) % 2:  # the cue stands inside a quotation
        stop = next((k for k in range(a + 1, stop - 1) if toks[k].text in ".!?" and toks[k + 1].upper
                     and toks[k + 1].is_word and not is_abbreviation(toks[k - 1], ctx.lang)), stop)  # its sentence end
    bare = a == i + n or a == i + n + 1 and toks[i + n].low in lex.negation  # ("erkjenner ikke straffskyld")
    if lex.profile.v2 and bare:  # a noun complement ends at a coordinated verb: "utlovat hjälp och har aktiverat"
        a = _past_time(ctx, toks, a, stop)  # "bekräftar sent på söndagen antalet döda": the time is no content
        stop = next((k for k in range(a + 1, stop - 1) if toks[k].low in lex.coordinators
                     and is_finite_verb(toks[k + 1], lex) and not toks[k + 1].upper
                     and not word_type(toks[k + 1].low, ctx.lang)
                     and toks[k - 1].low[-3:] != toks[k + 1].low[-3:]), stop)  # (not "skadade och dödade")
        reason = function_words(ctx.lang, "reason")  # "tror på en lösning | eftersom mötet …": the belief's ground
        stop = next((k for k in range(a + 1, stop) if toks[k].low in reason), stop)
        if lex.profile.capitalised_nouns:  # "bestätigte den Angriff, betonte aber, C": a second verb, its own record
            stop = next((k for k in range(a + 1, stop - 1) if toks[k].text == "," and not toks[k + 1].upper and (
                toks[k + 1].low in lex.speech or cls == "call" and toks[k + 1].low in lex.konjunktiv)), stop)
            # ("bezeichnete X als Y, sei doch Z …": the judgement ends before the reason given in Konjunktiv)
    if bare and not lex.profile.capitalised_nouns and (lex.profile.v2 or cls in _NOUN_OBJECT) \
            and not (cls == "call" and lex.profile.v2 and a < stop and toks[a].low in lex.expletives):  # "det": its clause
        stop = noun_object_stop(ctx, toks, a, stop)  # "nekar till brott och flera har …", "denied X when he …"
    if lex.profile.capitalised_nouns and n > 1 and toks[i + n - 1].low in lex.prepositions:
        stop = next((k for k in range(a + 1, stop) if toks[k].text in _DASH and any(  # "sprach von 20 Toten – damit
            t.low in lex.finite_verbs or t.low in lex.konjunktiv or t.low in lex.modals for t in toks[k + 1:stop])
                     or toks[k].text == "," and k + 1 < stop and toks[k + 1].low in lex.report_back), stop)  # ", demnach"
    if len(src) == 1 and src[0].low in lex.relatives and (not lex.profile.relative_after_comma or relative):
        stop = relative_end(ctx, toks, a, stop)
        rel = next((k for k in range(pre_end - 1, s, -1) if toks[k].start == src[0].start), pre_end - 1)
        if antecedent is not None and rel > s and toks[rel - 1].text != "," and not lex.profile.v2:
            end = clauses.restrictive_end(ctx, toks, s, a, stop, rel)  # "voters who said C"
            if end is None:
                return None
            stop = end  # "Manden, der sagde, at han var uskyldig, blev løsladt"
    if not lex.profile.v2 and _gap_relative(lex, toks, s, i, src):
        stop = relative_end(ctx, toks, a, stop)  # "The rules, which officials said will start in May, cover …"
    if not lex.profile.v2 and a < stop and lex.noun_openers.get(toks[a].low) == "det":
        stop, vias = englishshapes.object_recipient(lex, toks, a, stop, vias)  # "confirmed the figures to Reuters on Monday"
    parts = [p for p in (prefix, span(ctx, toks, a, stop)) if p]
    if not parts or (prefix and len(parts) < 2):
        return None
    return Draft(tuple(parts), cue, cue_text, tuple(src), tail=tail, via=tuple(vias),
                 antecedent=back or (None if antecedent is None else tuple(antecedent)))


def _inner_opener(lex: Lexicon, toks: list[Tok], s: int, i: int, src: list[Tok], opener: int) -> int:
    """English: the subordinator right before the source when it opens a clause inside the sentence, after a comma or
    a coordinator ("The vote was close, and though officials said A, B": A ends at the main clause); else opener."""
    if lex.profile.v2 or not src:
        return opener
    k = next((m for m in range(i - 1, s, -1) if toks[m].start == src[0].start), None)
    if k is None or k - 2 < s:
        return opener
    sub, before = toks[k - 1], toks[k - 2]
    if sub.low in function_words(lex.lang, "inner_opener") and not sub.upper \
            and (before.text == "," or before.low in lex.coordinators):
        return k - 1
    return opener


def _gap_relative(lex: Lexicon, toks: list[Tok], s: int, i: int, src: list[Tok]) -> bool:
    """English: a source right after a relative pronoun that follows a comma, the cue's clause lacking its subject
    ("The rules, which officials said will start in May, cover …"): a report inside a relative clause set off by
    commas, which ends where the main clause goes on."""
    if not src:
        return False
    k = next((m for m in range(i - 1, s, -1) if toks[m].start == src[0].start), None)
    return k is not None and k - 2 >= s and toks[k - 1].low in lex.relatives and toks[k - 1].low != "that" \
        and toks[k - 2].text == ","


_NOUN_OBJECT: Final = frozenset({"opinion", "reject"})  # English cues whose object may be a noun ("denied the charges")


def _elapsed_opener(ctx: Ctx, toks: list[Tok], k: int, i: int) -> int:
    """The subordinator after a fronted time frame ("Three years after", "Only hours after", "A week after"): up to
    ELAPSED_WORDS words and a time word (`elapsed` in `function_words.tsv`, or the language's `times`) right before a
    subordinator that opens the clause of the cue at toks[i]; else k."""
    lex = ctx.lex
    if lex.profile.v2:
        return k
    for t in range(k, min(i - 1, k + ELAPSED_WORDS + 1)):
        w = toks[t]
        if not w.is_word:
            return k
        if (w.low in function_words(ctx.lang, "elapsed") or time_word(w.low, lex.times)) \
                and toks[t + 1].low in lex.subordinators and toks[t + 1].low not in lex.coordinators:
            return t + 1
        if w.low in lex.subordinators or w.low in lex.speech:
            return k
    return k


ELAPSED_WORDS: Final = 3  # words before the time word of a fronted time frame ("Less than a month after")


def _fronted_phrase_source(lex: Lexicon, src: list[Tok], toks: list[Tok], a: int, e: int) -> bool:
    """V2: a phrase opened by a plain preposition before the cue, a subject phrase after it ("I ett mejl till
    redaktionen svarar presschefen på frågorna", "Im Osten meldete der Gouverneur zwei Tote"): the fronted phrase
    is no source (the subject after the cue is, when words are reported)."""
    return lex.profile.v2 and src[0].low in lex.prepositions and src[0].low not in lex.prep \
        and not (lex.profile.capitalised_nouns and src[0].low in NAME_PARTICLES and len(src) == 2) \
        and a < e and toks[a].is_word and toks[a].low not in lex.complementizers \
        and toks[a].low not in lex.prepositions


def _contact_pronoun(lex: Lexicon, src: list[Tok], toks: list[Tok], pre_end: int) -> list[Tok]:
    """sv/no/da: a personal pronoun right before the cue after other words that are no coordination ("la
    fram sju punkter han mente underbygger …", "gick igenom det hon menar är …"): the subject of a contact
    relative clause, alone the source; else src."""
    if not lex.profile.v2 or lex.profile.capitalised_nouns or len(src) < 2 or src[-1].end != toks[pre_end - 1].end:
        return src
    last, before = src[-1], src[-2]
    if lex.pronouns.get(last.low) != "person" or last.low in lex.object_pronouns or last.upper \
            or not before.is_word or before.low in lex.coordinators or before.low in lex.prepositions:
        return src
    return src[-1:]


def _after_modal(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """German: a finite modal before a cue in the infinitive is no part of the source: after a fronted phrase
    the subject follows it ("Am Montag will der Minister erklären", "Außerdem könne der Leiter kaum
    einschätzen": without the adverbs after its noun), else it precedes it ("Der Minister will erklären")."""
    if not ctx.lex.profile.capitalised_nouns or len(src) < 2:
        return src
    modals = function_words(ctx.lang, "v2_modal")
    k = next((k for k in range(1, len(src)) if src[k].low in modals and not src[k].upper), None)
    if k is None:
        return src
    out = src[k + 1:] if k + 1 < len(src) else src[:k]  # ("Der Minister will | erklären")
    while len(out) > 1 and out[-1].is_word and not out[-1].upper:
        out = out[:-1]  # "der Leiter kaum"
    return out


def _past_time(ctx: Ctx, toks: list[Tok], a: int, stop: int) -> int:
    """Past a time phrase that opens a noun complement ("sent på söndagen", "under tisdagen"): adverbs and
    prepositions up to a time word, followed by more words; else a."""
    lex = ctx.lex
    for k in range(a, min(stop - 1, a + TIME_OPENER)):
        if time_word(toks[k].low, lex.times) or toks[k].low in lex.weekdays:
            return k + 1
        if not (toks[k].low in lex.prepositions or lex.fronted.get(toks[k].low) == "adv"):
            return a
    return a


TIME_OPENER: Final = 4  # words of a time phrase between a cue and its noun complement


def _perfect_participle(ctx: Ctx, toks: list[Tok], e: int, a: int, cue: Span2, cue_text: str) -> Draft | None:
    """A fronted perfect participle clause ("Having announced that C, the judge proceeded"): the content up
    to its comma, the source the subject after it."""
    comma = next((k for k in range(a, e) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= e:
        return None
    src = clauses.trim_verb(ctx, toks, comma + 1, forward_np(toks, comma + 1, e, ctx.lex), e)
    content = span(ctx, toks, a, comma)
    return Draft((content,), cue, cue_text, tuple(src)) if src and content else None


def reported(t: Tok, done: list[Draft]) -> bool:
    """Whether t lies inside the content of a record already read (a copula said, not a passive's)."""
    return any(p[0] <= t.start < p[1] for d in done for p in d.parts)


def _ing_modifier(lex: Lexicon, src: list[Tok]) -> bool:
    """A word in -ing before the noun it modifies ("hacking specialists", "polling experts", "leading
    economists"): the phrase ends in a plural noun or a source word, not in an adverb or object ("Having both")."""
    head = src[-1]
    if not head.is_word or head.upper or any(is_finite_verb(t, lex) or t.low in lex.determiners for t in src[1:]):
        return False
    return bool(word_type(head.low, lex.lang)) or (
        len(head.low) > 3 and head.low.endswith("s") and not head.low.endswith(("ss", "us", "is"))
        and head.low not in lex.sentence_adverbs)


def _comma_relative(lex: Lexicon, toks: list[Tok], s: int, k: int) -> bool:
    """A relative pronoun after a comma ("Ann Lee, who said") or a noun ("voters who say"), not a question
    word ("Who said that?", "asked who said it", "in who said it")."""
    if not (k > s and toks[k].low in lex.relatives):
        return False
    prev = toks[k - 1]
    return prev.text == "," or (prev.is_word and not is_finite_verb(prev, lex) and prev.low not in lex.prepositions
                                and prev.low not in lex.speech and prev.low not in lex.question_words)


def _negative_subject(ctx: Ctx, src: list[Tok]) -> bool:
    """"Nobody has told us …", "Ingen har sagt …": a negative pronoun reports that nothing was said."""
    words = [w for w in (t.low.strip(QUOTE_STRIP) for t in src) if w]
    if len(words) > 1 and words[0] in function_words(ctx.lang, "negative_determiner") and words[1][:1].isalpha():
        return True  # "No militant group has claimed …", not "No 10 said"
    return len(words) <= 2 and " ".join(words) in wordset(ctx.lang, "negative_subjects")


def _embedded_question(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> bool:
    """Nordic: a question word (or "hvor"/"hur" and a word of degree) within the few words before the cue, after
    no punctuation or coordinator, and not after a prepositional cue ("etter hva NRK erfarer"): the cue's clause is
    an embedded question ("Lurer på hva X mener", "vurdere, hvad de mener om sagen")."""
    wh = function_words(lex.lang, "wh_object")
    degree = function_words(lex.lang, "wh_degree")
    openers = function_words(lex.lang, "wh_degree_opener")
    for k in range(pre_end - 1, max(s - 1, pre_end - 1 - WH_REACH), -1):
        t = toks[k]
        if not t.is_word or t.low in lex.coordinators or t.low in lex.complementizers or t.low in lex.relatives:
            return False
        opens = t.low in wh or t.low in degree and k > s and toks[k - 1].low in openers
        if opens:
            b = k if t.low in wh else k - 1
            return k + 1 < pre_end and not (b > s and toks[b - 1].low in lex.prep)
    return False


WH_REACH: Final = 6  # words between a question word and the cue ("hva den nye regjeringen har")


def _verb_before(lex: Lexicon, toks: list[Tok], s: int, k: int) -> bool:
    """Whether the clause segment before the coordinator at toks[k] holds a finite verb: a second verb joined to it
    ("said A and conceded B"), not an adjective in a series of nouns ("business failures and alleged schemes")."""
    return any(is_finite_verb(t, lex) and not t.upper for t in toks[seg_start(toks, s, k):k])


def _tag_comma(lex: Lexicon, toks: list[Tok], s: int, pre_end: int, last: Draft) -> bool:
    """Whether ", og" before a cue follows an inverted tag's speaker (sv/no/da/de): "C, mener X, og viser til Y"
    (X, the tag's source, right before the comma, after its cue) speaks on."""
    return lex.profile.v2 and pre_end - 3 > s and toks[pre_end - 2].text == "," and last.cue is not None \
        and last.source[-1].end == toks[pre_end - 3].end and last.cue[1] <= last.source[0].start


def _inverted_pronoun(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> bool:
    """English: an auxiliary before a personal pronoun right before the cue ("Why had he claimed", "Nor have they
    warned"): the subject inverted after the auxiliary."""
    k = pre_end - 1
    return not lex.profile.v2 and k - 1 >= s and lex.pronouns.get(toks[k].low) in ("person", "organization") \
        and (toks[k - 1].low in lex.auxiliaries or toks[k - 1].low in lex.question_auxiliaries) and k - 1 > s \
        and (toks[k - 2].low in lex.question_words or toks[k - 2].text == ","
             or toks[k - 2].low in function_words(lex.lang, "inverting_opener"))


def _comma_clause_subject(lex: Lexicon, toks: list[Tok], s: int, b: int, k: int) -> list[Tok]:
    """English: the subject of a clause after a comma at toks[b] that a coordinated cue after toks[k] goes on: a
    relative pronoun ("…, who saw the crash and described it") or a personal pronoun and its verb ("…, he laughed and
    said"); else none."""
    if lex.profile.v2 or not (s < b < k - 1) or toks[b - 1].text != ",":
        return []
    first = toks[b]
    if first.low in lex.relatives and first.low not in lex.complementizers and first.low != "whose":
        return [first]
    if lex.pronouns.get(first.low) == "person" and not first.upper and is_finite_verb(toks[b + 1], lex):
        return [first]
    return []


def _named_apposition(lex: Lexicon, toks: list[Tok], src: list[Tok], end: int) -> list[Tok]:
    """A lower-case description and the full name in an apposition between commas right after it ("One of the men,
    Ann Lee, 64,", "Her neighbour, Tom Berg,"): the description with its name; else src."""
    if not src or len(src) > 1 and all(t.upper for t in src) or not src[-1].is_word:
        return src  # (a name already)
    b = next((k for k in range(len(toks)) if toks[k] is src[0]), end)
    j = b + len(src)
    while j < min(end, b + len(src) + DESCRIPTION_TAIL) and toks[j].is_word and not toks[j].upper \
            and (toks[j].low in function_words(lex.lang, "partitive_of") or j > b + len(src)):
        j += 1  # "One | of the men"
    m = j + 1
    while m < end and toks[m].upper and toks[m].is_word and toks[m].low not in lex.pronouns:
        m += 1
    if j < end and toks[j].text == "," and m - j - 1 >= FULL_NAME and m < end and toks[m].text == ",":
        return toks[b:m]
    return src


DESCRIPTION_TAIL = 4  # words of a description's prepositional phrase after its head ("One | of the men")
FULL_NAME = 2  # words of a name in an apposition that names a described speaker ("Ann Lee")
MAIN_NAME = 4  # tokens of a name that opens the main clause after a fronted one ("Mrs. Ann Berg")


def _verb_phrase(lex: Lexicon, src: list[Tok]) -> bool:
    """English: a phrase before a cue that opens with a particle, a preposition before a verb or a form of "be" ("on to",
    "out an email", "is often"): the rest of a verb phrase, no subject."""
    first = src[0]
    return not lex.profile.v2 and first.is_word and not first.upper and len(src) > 1 and (
        first.low in lex.closed.be or first.low in _PARTICLES or first.low == "on" and src[1].low == "to")


_PARTICLES: Final = frozenset({"out", "up", "off"})  # "sent out an email", "went on to"


def _contact_clause(ctx: Ctx, toks: list[Tok], src: list[Tok], pre_end: int) -> list[Tok]:
    """A document noun with a relative clause without "som" before an evidence verb ("Tallene han presenterte
    mandag", "Siffrorna hon visade"): a subject pronoun right after the noun opens it; the subject is the whole
    phrase up to the cue (no comma inside). Else []."""
    if len(src) < 2 or src[-1].low not in ctx.lex.pronouns or src[-1].low in ctx.lex.expletives \
            or word_type(src[-2].low, ctx.lang) != "document":
        return []
    b = next((k for k in range(pre_end - 1, -1, -1) if toks[k].start == src[0].start), None)
    return [] if b is None or any(not t.is_word for t in toks[b:pre_end]) else toks[b:pre_end]


def _first_person_opens(lex: Lexicon, toks: list[Tok], b: int, k: int) -> bool:
    """Whether the sentence from toks[b] before a comma and a coordinated cue with no subject of its own opens on a
    first-person subject, past a coordinator ("Men vi forventer A efter denne runde, og håber, at C"): the speaker's own
    words, no third party's."""
    while b < k and (toks[b].low in lex.coordinators or toks[b].low in lex.subordinators or not toks[b].is_word):
        b += 1
    return b < k and toks[b].low in lex.first_person
