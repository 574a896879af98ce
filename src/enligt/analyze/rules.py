"""Reporting-verb rules, in both orders (the marker rules are in markers.py).

Each rule looks at one sentence's tokens and returns `Draft`s. Shapes covered:
"Enligt X V …" / "C, enligt X." / "har enligt X gripits"; "X säger att C" / "C, säger X" / "C, X said";
"Det uppger polisen." (content = the previous sentence); "Det framgår av X" / "Av X framgår att C";
"C, wie X sagte" / "Wie X mitteilte, C"; sourceless hearsay ("sägs", "ska ha", "reportedly", "soll").
verbcues.py finds the cues (`verb_rules`); `verb_one` sorts each cue into its shape; the plain finite shapes are in sourcefirst.py ("X said that C")
and contentfirst.py ("C, X said"); the tests of what follows a cue (no content after it, a thing
made, a topic) are in cueobject.py; impersonal tags ("C, hieß es") are in impersonal.py; a cue whose words
adverbs or a time phrase split ("sprach am Abend von") is found by cueadverbs.py; a verb and its separable particle
("teilte am Abend mit, C") are read by separable.py.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import (
    anonymity,
    claimed,
    clauses,
    cueobject,
    englishshapes,
    figureverbs,
    frames,
    fronting,
    holding,
    namingwords,
    participles,
    quoting,
    shapes,
    v2clauses,
)
from enligt.analyze.admitted import (
    admitted_object,
    denied_perfect,
    perfect_infinitive_object,
    refused_act,
    unperfected,
)
from enligt.analyze.adverbobject import object_after_adverbials
from enligt.analyze.aftercue import after_cue
from enligt.analyze.agentfirst import agent_before
from enligt.analyze.bareclause import bare_claim_clause, bare_clause, bare_that_clause
from enligt.analyze.commalesstag import commaless_tag
from enligt.analyze.contentfirst import content_first
from enligt.analyze.contentstop import coordinated_stop
from enligt.analyze.cueguards import (
    be_clitic,
    confirmed_status,
)
from enligt.analyze.cuesubject import subject
from enligt.analyze.emptyobject import empty_object
from enligt.analyze.evidence import document_back
from enligt.analyze.expectobject import expect_object, hoped_infinitive, object_so_end, relative_reply
from enligt.analyze.figureperfect import figure_perfect
from enligt.analyze.fronting import adverbial_clause, colon_speaker, fronted, time_insert
from enligt.analyze.hearsay import passive_before, passive_report
from enligt.analyze.impersonal import echo_adverb, impersonal_tag
from enligt.analyze.innerclause import inner_start, inner_v2_subject
from enligt.analyze.inverted import (
    QUOTE_STRIP,
    fronted_apposition,
    fronted_clause,
    inverted,
    inverted_order,
)
from enligt.analyze.judgednames import judged_name
from enligt.analyze.phrases import only_punct, seg_start, span
from enligt.analyze.reasons import reason_given
from enligt.analyze.recipientobj import past_recipient
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.reportedresult import reported_result
from enligt.analyze.sentences import Tok
from enligt.analyze.separable import split_cue
from enligt.analyze.sounded import sounded
from enligt.analyze.sourcefirst import reported, source_first
from enligt.analyze.subclause import (
    after_report_clause,
    clause_opener,
    fronted_report_clause,
)
from enligt.analyze.tagcues import pointing_words
from enligt.analyze.tails import relay_after_tag, tag_lead
from enligt.analyze.titles import title_case
from enligt.analyze.v2found import same_back, v2_found
from enligt.analyze.v2perfect import v2_hearsay_perfect, v2_perfect
from enligt.analyze.v2subject import v2_subject
from enligt.analyze.verbfirst import (
    fronted_report,
    perfect_back,
    pointed_clause,
    reported_after_comma,
    verb_first,
)
from enligt.analyze.warnobject import warned_of_nothing, warned_to_act
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset

_PASSIVE_CLASSES: Final = frozenset({"speech", "clause", "opinion"})  # de: a participle after a passive auxiliary, no speaker


_CLAUSE_VERBS: Final = frozenset({"haben", "hatte", "hat", "sein", "gewesen", "worden", "werden", "wurde", "ist", "war"})
# an auxiliary after a `clause` cue: "informiert gewesen, wie es hieß", "informiert haben, berichtet X" (a participle)


def verb_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, prev: Span2 | None,
              done: list[Draft]) -> Draft | None:
    cue = (toks[i].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i:i + n])
    if n > 2 and (toks[i + 1].low in ctx.lex.closed.tag_stop or ctx.lex.profile.separable_particles
                  or toks[i].low in function_words(ctx.lang, "split_modal")) and not any(
            p == tuple(t.low for t in toks[i:i + n]) for p, _ in ctx.lex.speech.get(toks[i].low, ())):
        cue_text = f"{toks[i].text} {toks[i + n - 1].text}"  # "sprach am Abend von", "kan også fortælle": two words
        rest = next((len(p) - 1 for p, _ in ctx.lex.speech.get(toks[i].low, ()) if 2 < len(p) < n
                     and tuple(t.low for t in toks[i + n - len(p) + 1:i + n]) == p[1:]), 0)
        if rest:  # "geht laut X davon aus": the verb and the rest of its longer phrase
            cue_text = " ".join(t.text for t in (toks[i], *toks[i + n - rest:i + n]))
        if toks[i + 1].low in function_words(ctx.lang, "reflexive_pronoun"):  # "zeigte sich (auch) selbstkritisch": all but the adverbs
            cue_text = " ".join(t.text for t in toks[i:i + n] if ctx.lex.fronted.get(t.low) != "adv")
    elif n > 3 and ctx.lex.profile.v2 and any(ctx.lex.fronted.get(t.low) == "adv" for t in toks[i + 2:i + n - 1]):
        cue_text = " ".join(t.text for t in toks[i:i + n] if ctx.lex.fronted.get(t.low) != "adv")  # "nægtede sig (dog) skyldig i"
    if n > 2 and (inner := function_words(ctx.lang, "cue_inner_adverb")) and any(
            t.low in inner or ctx.lex.fronted.get(t.low) == "adv" for t in toks[i + 1:i + n - 1]):
        cue_text = " ".join(t.text for t in (toks[i], *(t for t in toks[i + 1:i + n - 1] if t.low not in inner
                                                       and ctx.lex.fronted.get(t.low) != "adv"), toks[i + n - 1]))
        # (sv: the cue's own words without the adverbs between them: "nekar (helt) till", "räknar (dock) med")
    if confirmed_status(ctx, toks, i, n, e):
        return None  # "antalet konstaterat smittade": a status, not a report
    if cls == "reject" and unperfected(ctx, toks, s, i):
        return None  # "ønskede sagen afvist", "har fået afvist et forsøg": no perfect, no report (admitted.py)
    if (tagged := commaless_tag(ctx, toks, s, e, i, n, cue, cue_text)) is not None:
        return tagged  # "Två bilar har krockat på bron uppger polisen.": a tag without its comma
    if fronted_report_clause(ctx, toks, s, i):  # "Während X von Y spricht, gibt die Polizei …": V2 after the clause
        if cls == "split":
            return after_report_clause(ctx, toks, e, i, cue, cue_text)
        s = clause_opener(ctx, toks, s, i - 1)  # (after a colon: "Titel: Während X …, berichten Y von C")
    if cls == "holding":  # "Das Amt blieb bei seiner Darstellung, C"
        return holding.frame(ctx, toks, s, e, i)
    if cls == "claimed":  # "Der Zeuge will X gesehen haben"
        return claimed.claimed(ctx, toks, s, e, i)
    if cls == "agent":  # an s-passive with its agent, only about the sentence before: "Detta bekräftas av polisen."
        back = shapes.agent_back(ctx, toks, s, e, i, n, prev) if i + n < e and toks[i + n].low in ctx.lex.agent else 0
        return Draft((prev,), cue, cue_text, tuple(toks[i + n + 1:back])) if back and prev else None
    if cls == "sounded":  # "Sådan lød de sparsomme ord fra X": the sentence before
        return sounded(ctx, toks, s, e, i, cue, cue_text, prev)
    if cls == "exists":  # "Det finns uppgifter om att C": the reports are the source
        if toks[i].low in function_words(ctx.lang, "exists_verb"):  # "Det förekommer uppgifter om att C": the verb
            return shapes.report_frame(ctx, toks, e, i, n, (toks[i].start, toks[i].end), toks[i].text)
        cue_text = " ".join([toks[i].text, *(t.text for t in toks[i + 1:i + n] if ctx.lex.fronted.get(t.low) != "adv")])
        return shapes.report_frame(ctx, toks, e, i, n, cue, cue_text)  # (the cue without "även" in "finns även …")
    if cls in _PASSIVE_CLASSES and ctx.lex.profile.capitalised_nouns and (d := passive_report(ctx, toks, s, e, i, n)):
        return d  # "Es wurde berichtet, dass C": no source
    if prev and cls in _PASSIVE_CLASSES and (agent := agent_before(ctx, toks, s, e, i, n)):
        return Draft((prev,), cue, cue_text, agent)  # "Dies wurde von der Polizei bestätigt."
    if cls in _PASSIVE_CLASSES and ctx.lex.profile.capitalised_nouns and passive_before(ctx, toks, s, i):
        return None  # "Bisher wurden fünf Tote gemeldet": what was reported is the subject, nobody said it
    if cls == "news":  # "Från X kommer rapporter om C", "There were reports of C": the reports are the source
        return shapes.news_frame(ctx, toks, e, i, n, cue, cue_text)
    if ctx.lex.profile.v2 and (i == s + 1 and toks[s].low in ctx.lex.expletives or (  # "Det uppger polisen."
            (i == s + 1 and ctx.lex.fronted.get(toks[s].low) == "back" or i > s + 1 and pointing_words(ctx, toks, s, e) == i - s)
            and not any(t.low in ctx.lex.complementizers for t in toks[i:e])  # ("Diese Angaben bestätigte X.")
            and not reported_after_comma(ctx, toks, i, e)) or i <= s + 2 and cls != "evidence" and fronted_report(ctx, toks, s, e, i, n)):
        return verb_first(ctx, toks, i, n, e, cls, cue, cue_text, prev)  # (also "Uppgiften bekräftar polisen.")
    if prev and (j := perfect_back(ctx, toks, s, e, i, n)):  # "Det har X og Y sagt.": the sentence before
        return Draft((prev,), cue, cue_text, tuple(toks[s + 2:j]))
    if clause := pointed_clause(ctx, toks, s, e, i):  # "C, das sagte X am Morgen.", "C, men dette afviser X": C
        return verb_first(ctx, toks, i, n, e, cls, cue, cue_text, span(ctx, toks, *clause))
    if cls == "split":  # "X teilte (am Abend) mit, C" / "…, teilte X mit."
        return split_cue(ctx, toks, s, e, i, cue, prev)
    if cls == "call" and i + n < e and toks[i].low in function_words(ctx.lang, "liken_verb") \
            and toks[i + n].low in function_words(ctx.lang, "liken_not_object"):
        return None  # "Läget liknar det vid finanskrisen": resembles that of, no likening by a speaker
    if cls == "call" and (i + n >= e or toks[i + n].low in ctx.lex.prepositions or not namingwords.call_particle(
            ctx, toks, i + n, e, ctx.lex.call.get(toks[i].low, "")) and not namingwords.named_object(ctx, toks, i + n, e)):
        return None  # "kalder til møde": no "for", so no naming; "avviser anklager om X": a noun
    fig = cueobject.figure_end(ctx, toks, i + n, e) if cls == "figure" else e  # "nennt 300 Tote" (not "den Termin")
    if not fig:  # or the count before the participle of the perfect: "hat 300 Tote gezählt"; "nannte X ärgerlich"
        return figure_perfect(ctx, toks, s, e, i, n, cue, cue_text) or judged_name(ctx, toks, s, e, i, n, cue, cue_text)
    e = fig
    e = figureverbs.figure_end(ctx, toks, i + n, e) if cls == figureverbs.CLASS else e  # "raised the toll to 41"
    if cls == "placed" and not (e := cueobject.placed_figure_end(ctx, toks, i + n, e)):
        return None  # "put the crowd at 120,000": a figure given (not "put out a statement")
    if cls == "so":  # German "C, so der Sprecher." (a tag with no verb), or inside it: "A, so X, B"
        return None if i + n < e and toks[i + n].low in ctx.lex.speech else v2clauses.so_tag(ctx, toks, s, e, i, i + n, cue,
                                                                                           cue_text)
    if i - 2 >= s and toks[i - 2].text == "," and any(
            c == "so" and len(p) == 1 for p, c in ctx.lex.speech.get(toks[i - 1].low, ())):
        return v2clauses.so_tag(ctx, toks, s, e, i - 1, i + n, cue, cue_text)  # "A, so schätzte X, B": the verb's cue
    if cls in ("impersonal", "echo"):  # "…, hieß es (aus dem Ministerium)", "Det är fel, heter det i beslutet"
        ev = [prep for ph, prep in ctx.lex.evidence.get(toks[i].low, ()) if len(ph) == 1
              and toks[i].low not in function_words(ctx.lang, "evidence_clause_only")]  # (not "I X står det att C")
        if ev and (toks[s].low in ev or toks[s].low not in ctx.lex.prepositions):
            return None  # "Av rapporten framgår det att C", "C, framgår det.": the evidence rule reads them
        d = impersonal_tag(ctx, toks, s, e, i, n, cue, cue_text)
        echo = d is not None and not d.source and (
            (cls == "echo" or echo_adverb(ctx, toks, i + n, e)) and d.start < cue[0]
            or i == s + 1 and echo_adverb(ctx, toks, s, i))  # "Weiter hieß es, C"
        return replaced(d, continuation=True) if d is not None and echo else d  # "…, lyder det.": the speaker before
    if cls == "stance":  # "Hun er tydelig på at C": an adjective cue after its copula
        return v2clauses.stance(ctx, toks, s, e, i, n, cue, cue_text)
    if cls == "answer":  # "Svaret blir att inget är bestämt": whoever was asked answers
        a = i + n + 1 if i + n < e and toks[i + n].low in ctx.lex.complementizers else i + n
        c = span(ctx, toks, a, e)
        return Draft((c,), cue, cue_text, (toks[i],), answer=True) if c and i == s else None
    if cls == "message":  # "Meldingen er, at C": the report noun and the words before it say C
        return shapes.message(ctx, toks, s, e, i, n)
    if cls == "tip":
        a = i + n + (i + n < e and toks[i + n].text == ",")
        if a < e and toks[a].low in ctx.lex.complementizers:  # "jeg har fået oplyst, at C": told C, no source
            c = span(ctx, toks, a + 1, e)
            return Draft((c,), cue, cue_text) if c else None
        if a < e and toks[a].is_word and n > 2 and any(t.low in function_words(ctx.lang, "claim_noun") for t in toks[i:i + n]):
            c = span(ctx, toks, a, e)  # "fick in uppgifter om flera polisbilar som …": the reports' topic is the claim
            return Draft((c,), cue, cue_text) if c else None
        b = seg_start(toks, s, i)
        told_to = a < e and toks[a].low in function_words(ctx.lang, "directive_infinitive")
        c = span(ctx, toks, s, b - 1) if b > s and not told_to else None
        return Draft((c,), cue, cue_text) if c else None  # (not "…, og de får beskjed om å vente": told to)
    if i + n < e and toks[i + n].low in function_words(ctx.lang, "passive_after"):
        return None  # "… seien drei Tote gemeldet worden, teilte X mit": a passive names no speaker before it
    if ctx.lex.konjunktiv and i + n < e and toks[i + n].low in ctx.lex.auxiliaries and (
            i + n + 1 >= e or not toks[i + n + 1].is_word):
        n += 1  # a participle before its auxiliary at the clause's end: "…, wie eine Sprecherin gesagt hatte."
    if i + n < e and toks[i + n].low in ctx.lex.agent and not (  # a passive participle with its agent,
            i + n + 1 < e and toks[i + n + 1].low in function_words(ctx.lang, "by_medium")):  # not "said by phone"
        if cls == "told":  # "were informed by their union that C"
            return englishshapes.told_by(ctx, toks, s, e, i, n, cue, cue_text)
        back = shapes.agent_back(ctx, toks, s, e, i, n, prev)  # "Dette blir bekreftet av politiet."
        return Draft((prev,), cue, cue_text, tuple(toks[i + n + 1:back])) if back and prev else None
    if toks[i].low in function_words(ctx.lang, "dative_object") and (
            d := v2clauses.passive_charge(ctx, toks, s, e, i, n, cue)):
        return d  # "Dem Mann wird vorgeworfen, C", "Ihm wird Betrug vorgeworfen": a charge with no speaker
    if cls != "stance" and shapes.passive_aux(ctx, toks, s, i):
        if shapes.attributive(ctx, toks, s, i, n, e):
            return None  # "der er tale om bekræftede oplysninger": an adjective after the auxiliary, no participle
        return shapes.passive(ctx, toks, s, e, i, n, cls, cue, cue_text)
    if warned_to_act(ctx, toks, i, n, e):
        return None  # "warned drivers to stay home", "warning residents not to travel": advice, nothing claimed
    progressive = False
    if cls.startswith("participle"):
        kind = cls.partition("-")[2] or "speech"
        if i > s and (toks[i - 1].low in ctx.lex.closed.be or toks[i - 1].low.endswith(("'s", "’s")) and (
                kind != "evidence" or be_clitic(toks[i - 1], ctx.lex))):  # (not "Lee's showing in the state")
            cls, progressive = kind, True  # "is saying that C", "she's telling everyone": a finite verb
            if kind == "told" and not englishshapes.told_clause(ctx, toks, i + n, e):
                return None  # "is telling the truth", "is telling them a lot": no words told
        else:
            a, vias = after_cue(ctx, toks, i + n, e, kind)
            return participles.participle(ctx, toks, s, e, i, n, kind, a, coordinated_stop(ctx, toks, a, e), cue,
                                      cue_text, vias, done)
    elif cls == "reply" and i > s and toks[i - 1].low in ctx.lex.closed.be and toks[i].low.endswith("ing") \
            and toks[i].low in function_words(ctx.lang, "expect_verb"):
        progressive = True  # "Analysts were expecting a profit of 40 cents": a finite verb, no passive
    a, vias = after_cue(ctx, toks, i + n, e, cls)
    if a == i + n and a + 1 < e and toks[a].low in ctx.lex.negation \
            and toks[i].low in function_words(ctx.lang, "negatable_admission"):
        a, vias = after_cue(ctx, toks, a + 1, e, cls)  # "erkjenner ikke straffskyld", "medger inte att C": past "not"
    a = past_recipient(ctx, toks, s, i, a, e) if a == i + n and n == 1 else a  # "Rektor meddelte forældrene, at C"
    gap = (cls == "call" or n == 1 and cls == "speech") and ctx.lex.profile.v2 and a == i + n and a + 1 < e \
        and toks[a].low == ctx.lex.call.get(toks[i].low)  # ("det konsernet beskriver som …": a speech verb that also names)
    a += gap  # "det, som sygehuset betegner som en krisesituation": the object is the antecedent, the name follows
    if cls == "figure" and any(t.text[:1].isdigit() for t in toks[i + n:a]):
        a = i + n  # "zählten in Bremen 9.000 Streikende, in …": the place is the count's, no adverbial before it
    if cls == "speech" and a == i + n and n > 1 and toks[i + n - 1].low in function_words(ctx.lang, "figure_of") \
            and (figure := cueobject.figure_end(ctx, toks, a, e)):
        e = figure  # "sprach von 320, freiwillige Helfer hatten …": a count named, up to its comma
    if colon_speaker(ctx, toks, s, i, i + n, e):
        return None  # "Efter mötet rapporterar X i ett pressmeddelande:": the next paragraph (reader._colon_intro)
    if cueobject.warned_against(ctx, toks, i, i + n, e) or warned_of_nothing(ctx, toks, i, n, a, e):
        return None  # "advarer andre mod at forsøge": advice, nothing claimed; "varnar befolkningen i ett inlägg"
    near = max(s, i - 3)
    near = next((k + 1 for k in range(i - 1, near - 1, -1) if toks[k].text == ","), near)  # "It was, he said, …"
    if cls not in ("told", "court", "stance") and not progressive and not englishshapes.participle_before(ctx, toks, near, i) \
            and any((t.low in ctx.lex.closed.be or be_clitic(t, ctx.lex)) for t in toks[near:i]) \
            and (reported(toks[i], done) or not any(reported(t, done) for t in toks[near:i])):
        # (not "said the plan was dead and added that C": a copula inside what was said, the cue outside it)
        return englishshapes.expletive_passive(ctx, toks, near, e, i, n, cls, cue, cue_text)
        # passive: "is said to" (a hearsay marker), "is estimated to", "could not be confirmed"; but "it was
        # announced that C" reports C with no source
    if n == 1 and i + 1 < e and toks[i + 1].low == "of" and toks[i].low in function_words(ctx.lang, "passive_of"):
        if not title_case(toks[s:e]):
            return None  # "the senator accused of bribery": a description, nothing reported
        c = span(ctx, toks, i + 2, coordinated_stop(ctx, toks, i + 2, e))  # "Ann Lee Accused Of Lying": a passive
        return Draft((c,), cue, cue_text) if c else None
    if cls == "told" and not progressive and i > s and toks[i - 1].low in ctx.lex.closed.be \
            and not any(t.low in ctx.lex.courts for t in toks[max(s, i - 6):i]):
        return englishshapes.told_passive(ctx, toks, s, e, i, n, cue)
        # "she was told of the risk": the subject heard it, nothing reported (but "the jury was told", and "they
        # were told the plant will close": a clause told them by someone unnamed)
    if not ctx.lex.profile.v2 and i > s and i + n < e and toks[i + n].low in ctx.lex.modals \
            and englishshapes.reduced_relative(ctx.lex, toks, s, i):
        return None  # "Patients already admitted will stay": a participle after its noun, the modal the clause's verb
    k = i - 1 - (ctx.lex.profile.v2 and i > s and toks[i - 1].low in ctx.lex.negation)  # "at X ikke tror C": not X's
    while k >= s and toks[k].low in ctx.lex.auxiliaries:
        k -= 1
    pre_end = k + 1
    b = seg_start(toks, s, pre_end, ctx.lex.subordinators)
    if s < b == pre_end and ctx.lex.profile.v2 and ctx.lex.fronted.get(toks[b - 1].low) == "adv":
        b -= 1  # "…, sedan sa X att C": a subordinator right before the verb is the adverb fronted (no clause)
    if i > s and toks[i - 1].low in ctx.lex.determiners and ctx.lex.profile.verbs_as_nouns \
            and not _quantifier_subject(ctx, toks, s, i):
        return None  # a noun, not a verb: "other estimates", "the reports"
    if i > s and toks[i - 1].low in _noun_markers(ctx.lang) and not _adverb_idiom(ctx, toks, s, i, i + n, e):
        return None  # a noun: "De nye lover træder i kraft" (the new laws)
    if shapes.attributive(ctx, toks, s, i, n, e) or cueobject.got_done(ctx, toks, s, i, n, e):
        return None  # an adjective: "den befarade attacken", "antallet af bekræftede tilfælde"
    if ctx.lex.profile.v2 and i + n < e and toks[i + n].low in ctx.lex.first_person and i > s \
            and toks[i + n].low not in function_words(ctx.lang, "generic_subject") \
            and (toks[i - 1].text != "," and (toks[i - 1].low in ctx.lex.expletives or fronted(ctx, toks, b, i) or fronted(ctx, toks, inner_start(ctx, toks, s, i), i))
                 or toks[i - 1].text == "," and adverbial_clause(ctx, toks, _first_word(toks, s, i), i - 1)):
        return None  # V2 with a first-person subject: "det mener jeg", "Nu säger vi att …", "Hvis det skjer, frykter jeg"
    if ctx.lex.fronted.get(toks[s].low) == "that" and s + 2 < i:
        return fronted_clause(ctx, toks, s, e, i, n, cue, cue_text)  # "Att X bekräftar polisen."
    if cls == "quoting":
        return quoting.quoted_on(ctx, toks, s, e, i, n, pre_end, cue, cue_text)  # "X siterer Y på at C"
    if cls == "clause" and toks[i].low in function_words(ctx.lang, "quoting_verb") and (
            d := quoting.quoted_on(ctx, toks, s, e, i, n, pre_end, cue, cue_text)
            or quoting.quoted_tag(ctx, toks, s, e, i, n, cue, cue_text)):
        return d  # "Die Zeitung zitierte X mit den Worten, C", "„Q“, zitierte die Agentur einen Sprecher."
    if cls in ("ask", "naming"):  # "asked whether C", "called the plan a disgrace" (clauses.py)
        shape = clauses.ask if cls == "ask" else clauses.call
        return shape(ctx, toks, s, e, i, n, coordinated_stop(ctx, toks, i + n, e), pre_end, cue, cue_text)
    q = i - 1
    while q > s and toks[q].text in QUOTE_STRIP:
        q -= 1  # '…,” said X', "…,'' said X": a quote closed after the comma
    after_comma = i > s and toks[q].text == "," or frames.unmarked_tag(ctx, toks, s, q, i)
    if after_comma and toks[i].low in function_words(ctx.lang, "clause_only_cue"):
        return None  # "…, projecting a calm air", "…, felt particularly apt": a participle or a verb, no tag (en44)
    if after_comma and (d := v2clauses.after_fronted_clause(ctx, toks, s, e, i, n, cue, cue_text)):
        return d  # "Als die Polizei eintraf, sagte der Wirt, C"
    if pre_end == i and after_comma and (apposed := shapes.apposition_before(ctx, toks, s, i)):
        return source_first(ctx, toks, apposed[0], e, i, n, cls, a, apposed[1], cue, cue_text, vias, done)
    clause_first = after_comma and adverbial_clause(ctx, toks, s, i - 1) and (vs := v2_subject(
        ctx, toks, s, e, i, n, i)) is not None and any(t.is_word for t in toks[vs[1]:e])  # (also "På spørsmål om
    # når X åpner, svarer Y at C"; not "När A hade B flytt, berättar X för Y.": a tag, no words after its recipient)
    if pre_end == i and after_comma and cls != "told" and not clause_first and not time_insert(ctx, toks, s, i - 1) \
            and not fronted_apposition(ctx, toks, s, i - 1) \
            and inverted_order(ctx, toks, s, e, i, (lead := tag_lead(ctx, toks, i, n, e))):  # (not "Nach dem Spiel, am Abend, sagte X, C")
        return inverted(ctx, toks, s, e, i, lead, cue, cue_text, vias)  # (past "später", "am Abend": "…, sagte später X")
    inv = v2_subject(ctx, toks, s, e, i, n, b) or inner_v2_subject(ctx, toks, s, e, i, n, pre_end)
    perfect = None if inv else v2_perfect(ctx, toks, s, e, i, n, b)
    found = inv or perfect
    if not found and (modal := v2_hearsay_perfect(ctx, toks, s, e, i, n, b)):
        j, end, start, more = modal  # "Enligt X ska han ha sagt att C"
        body = span(ctx, toks, start, e)
        return Draft((body,), cue, cue_text, tuple(toks[j:end]), via=tuple(vias + more)) if body else None
    if found:
        d = v2_found(ctx, toks, e, i, n, b, cls, found, bool(inv), cue, cue_text, vias)
        return same_back(ctx, d, prev)
    if i + n < e and toks[i + n].text == ":" and only_punct(toks, i + n, e):
        return None  # "… and the Gazette responded:": the content is the next paragraph (reader._colon_intro)
    if ctx.lex.konjunktiv and cls in ("speech", "opinion") and a == i + n and (
            a == e or not toks[a].is_word or toks[a].low in ctx.lex.coordinators) and (
            d := v2clauses.object_first(ctx, toks, s, e, i, n, cue, cue_text)):
        return d  # "X hat die Vorwürfe bestritten."
    if toks[i].low in function_words(ctx.lang, "own_preposition_only"):
        return None  # "gesprochen" reports only in the perfect after its "von" (v2clauses.object_first)
    if prev and v2clauses.points_back(ctx, toks, a, e) \
            and toks[i].low not in function_words(ctx.lang, "regret_verb"):  # ("Eieren beklager dette.": regretted)
        # "Die Polizei bestätigte dies.", "Politiet bekræfter dette."
        src, _, ante, _ = subject(ctx, toks, s, pre_end)  # ("Det er politiet, der oplyser det": "der", politiet)
        return Draft((prev,), cue, cue_text, tuple(src), via=tuple(vias),
                     antecedent=None if ante is None else tuple(ante)) if src else None
    if cls == "reject" and refused_act(ctx, toks, i, n, a, e):
        return None  # Danish "nægter at betale": an act refused (admitted.py), not "nægter at have stjålet"
    if a == i + n and cls in ("speech", "opinion") and (
            inside := englishshapes.place_insert(ctx, toks, a, e)) is not None:
        a = inside  # "The agency said, in the north, three people have died"
    elif a == i + n and cls in ("speech", "opinion") and seg_start(toks, s, pre_end) == s and (
            inside := clauses.past_insert(ctx, toks, a, e)) is not None:
        a = inside  # "He said, however, that C", "She said, if elected, she would …"
    elif a == i + n and cls in ("speech", "opinion", "reject") and (
            obj := object_after_adverbials(ctx.lex, toks, a, e)) is not None:
        a = obj  # German "Die Polizei bestätigte am Dienstag | den Tod des Mannes"
    elif cls != "figure" and cueobject.is_type_b(ctx, toks, a, e, i + n, tag=b > s and toks[b - 1].text == ","):
        if cls == "reply" and relative_reply(ctx, toks, s, i, n, e):
            return None  # "…, og så har vi en ny krig, der venter.": a relative clause, no tag
        if toks[i].low in function_words(ctx.lang, "clause_only_cue"):
            return None  # "…, sooner than anyone expected.", "As a child, she felt invisible.": no tag (en44)
        if cls == "clause" and not (b > s and (toks[b - 1].text == "," or toks[b - 1].low in ctx.lex.closed.as_clause)):
            return None  # "X hat die Festnahme gelobt.": a verb-final clause, no tag after its content
        if cls == "that" and toks[i].low in ctx.lex.noun_verbs and not (b > s and toks[b - 1].text in _TAG_OPENERS):
            return None  # "in red and blue states, where …": a noun; a tag opens after a comma ("…, the report states.")
        if cls == "that" and i + n < e and toks[i + n].low in function_words(ctx.lang, "grievance_of"):
            return None  # "…, two complained of neck pain": what they felt, no tag of the words before
        vias = vias or shapes.tag_recipient(ctx, toks, i + n, e) or relay_after_tag(ctx.lex, toks, i + n, e)
        # "C, X said in an interview with Reuters.", "C, X said, as quoted by Tass."
        return anonymity.with_tail(ctx, toks, a, e, content_first(ctx, toks, s, e, i, n, b, pre_end, cue, cue_text, vias))
    if cls == "clause" and a == i + n and reason_given(ctx, toks, i, a, e):
        cls = "opinion"  # "begründet den Abbau mit der Nachfrage": the act and the reason given (reasons.py)
    if cls == "clause" and (a == i + n or any(t.low in _CLAUSE_VERBS for t in toks[i + n:a])):
        return None  # "korrigierte die Zahl", "verlas eine Erklärung": an object, no words reported (a clause or a tag only)
    if (cls in ("reply", "that", "stance") or cls == "told" and ctx.lex.profile.v2) and not (
            a > i + n and toks[a - 1].low in ctx.lex.complementizers) \
            and not (cls == "reply" and cueobject.charged_object(ctx, toks, i, a, e)) \
            and not (cls == "reply" and n > 1 and (toks[i + n - 1].low in ctx.lex.prepositions
                                                   or toks[i + n - 1].low in ctx.lex.negation)
                     and bare_clause(ctx, toks, a, e)) \
            and not (cls == "reply" and a == i + n and admitted_object(ctx, toks, s, i, a, e)) \
            and not (cls == "reply" and a == i + n and perfect_infinitive_object(ctx, toks, a, e)) \
            and not (cls == "reply" and a == i + n and expect_object(ctx, toks, i, a, e)) \
            and not (cls == "that" and a == i + n and bare_that_clause(ctx, toks, i, a, e)):
        # ("har erkendt forholdet"; "informerte beboerne i går": no words; "pekte på X er Y": a clause;
        # "conceded the plan had flaws": a clause with no "that")
        return None  # "responded with chants", "replied by pointing", "in key states": no words reported
    if cls == "reply" and hoped_infinitive(ctx, toks, i, a, e):
        return None  # "Klubben hoppas att värva en spelare": a wish to act, no claim
    if toks[i].low in ctx.lex.noun_verbs and a == i + n + 1 and a < e and toks[a - 1].low in ctx.lex.relatives \
            and (toks[a].low in ctx.lex.auxiliaries or toks[a].low in ctx.lex.modals or toks[a].low in ctx.lex.closed.be):
        return None  # "Rust Belt states that have suffered": a noun and its relative clause
    if cls == "speech" and a == i + n and a < e and toks[a].low in function_words(ctx.lang, "recipient_only") \
            and englishshapes.bare_recipient(ctx, toks, a + 1, e):
        return None  # "details police suggested to him during interviews": a recipient and no words after it
    if cls == "speech" and a == i + n and (cueobject.made_object(ctx, toks, a, e, toks[i].low)
                                           or cueobject.news_object(ctx, toks, a, e)):
        return None  # "wrote the letter", "wrote a book": a thing made, nothing said
    if cls == "speech" and a == i + n and (reported_result(ctx, toks, i, a, e) or empty_object(ctx, toks, a, e)):
        return None  # "The firm reported a net loss of $4 million": its filed figures; "said something": no words
    if a == i + n and cls != "figure" and cueobject.adverbials_only(ctx.lex, toks, a, e):
        return None  # German "Die Stadt erklärte auf die Anfrage mit einem Brief.": no words reported
    if cls == "speech" and a == i + n and cueobject.object_phrase_only(ctx, toks, a, e):
        return None  # "Regeringen svarar på kritiken med nya krav.": what was answered, no words reported
    if cls == "speech" and a == i + n and a + 1 < e and cueobject.topic_only(ctx.lex, toks, a, e):
        return None  # "things he has said about farmers": what was talked about, no words reported
    if cls == "reject" and (denied := denied_perfect(ctx, toks, i, n, e)) is not None:
        a = denied  # "nægter dog at have stjålet": the claim past the adverb (admitted.py)
    elif cls == "reject" and not (a > i + n and toks[a - 1].low in ctx.lex.complementizers and (all(
            t.text == "," for t in toks[i + n:a - 1]) or cueobject.claim_then_that(ctx, toks, i + n, a - 1))):
        # ("disputed that C", Danish "bestrider, at C", "avvisar påståendet att C": after_cue past the noun)
        # "rejected claims that C", "rejects the idea that C": C is the claim rejected
        that = next((m for m in range(a, min(e, a + REJECTED_NOUN)) if toks[m].low in ctx.lex.complementizers), e)
        if that + 1 < e and (that == a or cueobject.claim_then_that(ctx, toks, a, that)):
            # (not "rejected a deal that could have meant …", "the positions that he took": a relative clause)
            a = that + 1
        elif (bare := bare_claim_clause(ctx, toks, a, e)) is not None:
            a = bare  # "rejected claims it is planning a strike": no "that" before the claim
        elif not (pre_end > s and toks[pre_end - 1].low in ctx.lex.coordinators) \
                and (claim := cueobject.claim_object_end(ctx, toks, a, e)) is not None:
            e = claim  # "dismissed the claim": the claim named (not "said C and dismissed the reports": C's part)
        else:
            return None  # "rejected the offer": no claim
    e = cueobject.noun_object_end(ctx, toks, i, n, a, e)
    e = object_so_end(ctx, toks, i, n, a, e)  # "Han förnekar brott så det blir en förhandling": the noun object
    e = anonymity.object_end(ctx, toks, a, e)  # "confirmed the plan on condition of anonymity because …"
    e = cueobject.contrasted_object_end(ctx, toks, s, i, n, a, e)  # "announced an outbreak …, but that number grew"
    e = cueobject.coordinated_passive_end(ctx, toks, i, n, a, e)  # "claimed self-defense and was acquitted"
    if ctx.lex.profile.v2 and b == s and pre_end == i and fronting.fronted_alone(ctx, toks, s, i):
        return fronting.pronoun_after(ctx, toks, e, i, n, cue, cue_text, vias)  # a fronted adverbial is no subject
    pointed = document_back(ctx, toks, s, pre_end, prev) if cls == "evidence" else None  # "De viser at C"
    d = source_first(ctx, toks, s, e, i, n, cls, a, pre_end, cue, cue_text, vias, done, pointed)
    if gap and d is not None:
        d = namingwords.without_relative(ctx, d)  # the relative pronoun before the namer is the object, no claim
    if d is not None and prev is not None and " ".join(t.low for t in toks[a:e] if t.is_word) in shapes.same_phrases(ctx.lang):
        return replaced(d, parts=(shapes.claim_of(ctx, prev),))  # "Lokale medier melder det samme.": the claim before
    return d


def _first_word(toks: list[Tok], s: int, i: int) -> int:
    """The first word of a sentence, past a quotation dash or mark ("– Hvis det skjer, …")."""
    return next((k for k in range(s, i) if toks[k].is_word), s)


def _quantifier_subject(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """"Several said …", "Some say …": a quantifier opening its clause stands for people before a cue
    form that is never a noun ("said", unlike "reports" in "some reports")."""
    q = i - 1
    return toks[i].low not in ctx.lex.noun_verbs and ctx.lex.noun_openers.get(toks[q].low) == "quant" \
        and (q == s or toks[q - 1].text in _CLAUSE_OPENERS or toks[q - 1].low in ctx.lex.coordinators)


_TAG_OPENERS: Final = frozenset({",", "”", "\"", "’", "'"})
_CLAUSE_OPENERS: Final = frozenset({",", ";", ":", "—", "–", "(", "\"", "“", "'", "‘"})


def _adverb_idiom(ctx: Ctx, toks: list[Tok], s: int, i: int, a: int, e: int) -> bool:
    """A preposition and an adjective before a V2 cue and its named subject ("På nytt meddelade Eva Ek att", "När
    dörrarna öppnades på nytt meddelade X"): an adverb ("again"), not an adjective before a noun."""
    return i - 2 >= s and toks[i - 2].low in ctx.lex.prepositions and ctx.lex.profile.v2 and a < e \
        and toks[a].is_word and (toks[a].upper or word_type(toks[a].low, ctx.lang) == "person")


def _noun_markers(lang: str) -> frozenset[str]:
    return wordset(lang, "noun_markers")


REJECTED_NOUN: Final = 5  # tokens between "rejected" and the "that" of the claim ("rejected the latest claims that")
