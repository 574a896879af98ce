"""Reporting-verb rules, in both orders (the marker rules are in markers.py).

Each rule looks at one sentence's tokens and returns `Draft`s. Shapes covered:
"Enligt X V …" / "C, enligt X." / "har enligt X gripits"; "X säger att C" / "C, säger X" / "C, X said";
"Det uppger polisen." (content = the previous sentence); "Det framgår av X" / "Av X framgår att C";
"C, wie X sagte" / "Wie X mitteilte, C"; sourceless hearsay ("sägs", "ska ha", "reportedly", "soll").
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from enligt.analyze import clauses, frames, holding, shapes
from enligt.analyze.cues import Lexicon, is_finite_verb, is_phrasal, match_phrase, negated
from enligt.analyze.cuesubject import subject
from enligt.analyze.inverted import (
    QUOTE_STRIP,
    adverbial_clause,
    after_cue,
    apposed_name,
    body_place,
    fronted,
    fronted_clause,
    inverted,
    inverted_order,
    over_for,
    platform_cut,
    time_insert,
    v2_hearsay_perfect,
    v2_perfect,
    v2_subject,
    weekdays,
)
from enligt.analyze.phrases import (
    VERB_ADVERBS,
    np_end,
    only_punct,
    past_verb_adverbs,
    seg_start,
    span,
    time_word,
)
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.sources import forward_np, is_name_tok
from enligt.analyze.sourcetype import is_source_like
from enligt.analyze.tails import cut_citing, cut_time, dative_via, fronted_medium
from enligt.analyze.titles import title_case
from enligt.analyze.via import dative_recipient, media_name, recipient
from enligt.analyze.wordclass import nominal
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset


def verb_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, prev: Span2 | None,
               cands: Sequence[int] | None = None, taken: set[int] | None = None,
               tags: Sequence[Draft] = ()) -> list[Draft]:
    """Reporting, opinion and evidence verbs of one sentence, in both orders; no cue is read at the
    offsets `taken` (a quote's tag, a word inside a prepositional source). `tags` are the sentence's
    quote records, whose speakers a participle after them shares ("“Q,” she said, adding that C")."""
    taken = taken if taken is not None else set()
    out: list[Draft] = []
    speech, sep = ctx.lex.speech, ctx.lex.separable
    nxt = s
    title: bool | None = None  # whether the sentence is a title-case headline, read once when needed
    for i in (range(s, e) if cands is None else cands):
        low = toks[i].low
        if i < nxt or (low not in speech and low not in sep) or toks[i].start in taken:
            continue
        if toks[i].upper and any(c == "talk" for _, c in speech.get(low, ())):
            if d := shapes.talk_of(ctx, toks, s, e, i):  # "Es war von 20 Toten die Rede": the noun is the cue
                out.append(d)
            continue
        if toks[i].upper and i > s and toks[i - 1].is_word and not (
                low not in ctx.lex.noun_verbs and not ctx.lex.profile.capitalised_nouns
                and (title := title if title is not None else title_case(toks[s:e]))):
            continue  # a capitalised word inside a sentence is a name or a noun: "the United States will …", "der Versicherte"
            # (not in a title-case headline: "Ann Lee Says Budget Is Dead")
        if nominal(toks, s, i, e, ctx.lex):
            continue  # a noun spelt like a cue: "his home state", "the jobs report was released"
        if i > s and toks[i - 1].text in "</" and toks[i - 1].end == toks[i].start:
            continue  # a markup tag left in the text: "<tweet id=…>"
        if _unreal(ctx, toks, s, i) or shapes.idiom(ctx, toks, i):
            continue  # "I would say", "a silly thing to say", "som sagt": nothing was said
        m = match_phrase(toks, i, e, speech)
        if m is None or m[0] == 1:  # "warnte am Abend vor C": the two-word cue, not "warnte" alone
            m = _phrase_past_adverb(ctx, toks, i, e) or m
        if not m and i > s and toks[i - 1].text != "," and fronted(ctx, toks, seg_start(toks, s, i), i) and (
                d := clauses.inverted_phrase(ctx, toks, e, i)):
            out.append(d)  # "Am Abend sprach ein Sprecher von C"
            continue
        n, cls = m if m else (0, "")
        if not m and ctx.lex.separable.get(toks[i].low):
            n, cls = _separable(ctx, toks, i, e)
        ruled = cls == "split" and low in function_words(ctx.lang, "negatable_split")  # "schließt … nicht aus"
        if not n or cls == "tag" or (negated(toks, i, n, e, ctx.lex) and not ruled) or is_phrasal(toks, i, n, e, ctx.lex):
            continue  # a tag verb reports only in a quotation's tag (direct.py)
        done = out if not tags or not cls.startswith("participle") else [*tags, *out]
        d = _verb_one(ctx, toks, s, e, i, n, cls, prev, done)
        if d:
            out.append(d)
        nxt = i + n
    return out


def _phrase_past_adverb(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str] | None:
    """A two-word cue with adverbs or a time phrase inside (V2 languages): "sprach allerdings von", "sprach am
    Abend von", "räknar dock med"; its
    tokens then take the adverbs in. None when there is none."""
    lex = ctx.lex
    if not lex.profile.v2:
        return None
    k = i + 1
    while k < e and k - i <= PHRASE_ADVERBS and lex.fronted.get(toks[k].low) == "adv":
        k += 1
    if k == i + 1 and k + 2 < e and toks[k].low in lex.closed.tag_stop and time_word(toks[k + 1].low, lex.times):
        k += 2  # a time phrase: "sprach am Abend von"
    if lex.profile.capitalised_nouns:
        k = frames.past_phrases(ctx, toks, k, e, i)  # "sprach am Sonntag auf Anfrage von"
    if k == i + 1 or k >= e:
        return None
    return next(((k + 1 - i, cls) for phrase, cls in lex.speech.get(toks[i].low, ())
                 if len(phrase) == 2 and toks[k].low == phrase[1]), None)



PHRASE_ADVERBS = 2  # adverbs read between the two words of a cue


def _be_clitic(t: Tok, lex: Lexicon) -> bool:
    """"It's", "that's", "they're": a pronoun with "is"/"are" ("It's called earned marketing": a passive)."""
    low = t.low.replace("’", "'")
    stem, _, clitic = low.rpartition("'")
    return clitic in ("s", "re") and (stem in lex.pronouns or stem in lex.expletives)


def _unreal(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """A cue after a modal or an infinitive marker (an adverb may stand between): "would say", "could
    just say", "to say", "wants to tell": a saying that did not take place."""
    lex = ctx.lex
    k = i - 1
    if k >= s and toks[k].low.endswith("ly"):
        k -= 1
    if k < s:
        return False
    if k > s and toks[k].low in lex.pronouns and toks[k - 1].low in lex.question_auxiliaries:
        return True  # "What does it say about us?": a question
    if k > s and toks[k].low in lex.object_pronouns and toks[k - 1].low in lex.modals:
        return True  # "Let me tell you": an imperative
    low = toks[k].low
    return low in lex.modals or low in lex.infinitive_markers or (low.endswith(("'d", "’d", "'ll", "’ll"))
                                                                  and bool(lex.modals))


def _separable(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str]:
    k = i + 1
    while k < e and toks[k].text not in ",.;:!?":
        k += 1
    return (1, "split") if k - 1 > i and toks[k - 1].low in ctx.lex.separable[toks[i].low] else (0, "")


def _verb_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, prev: Span2 | None,
              done: list[Draft]) -> Draft | None:
    cue = (toks[i].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i:i + n])
    if n > 2 and (toks[i + 1].low in ctx.lex.closed.tag_stop or ctx.lex.profile.separable_particles) and not any(
            len(p) == n for p, _ in ctx.lex.speech.get(toks[i].low, ())):
        cue_text = f"{toks[i].text} {toks[i + n - 1].text}"  # "sprach am Abend von": the cue is "sprach von"
    if cls == "holding":  # "Das Amt blieb bei seiner Darstellung, C"
        return holding.frame(ctx, toks, s, e, i)
    if cls == "agent":  # an s-passive with its agent, only about the sentence before: "Detta bekräftas av polisen."
        back = shapes.agent_back(ctx, toks, s, e, i, n, prev) if i + n < e and toks[i + n].low in ctx.lex.agent else 0
        return Draft((prev,), cue, cue_text, tuple(toks[i + n + 1:back])) if back and prev else None
    if cls == "exists":  # "Det finns uppgifter om att C": the reports are the source
        return shapes.report_frame(ctx, toks, e, i, n, cue, cue_text)
    if i == s + 1 and ctx.lex.profile.v2 and (toks[s].low in ctx.lex.expletives or (  # "Det uppger polisen."
            ctx.lex.fronted.get(toks[s].low) == "back" and not any(t.low in ctx.lex.complementizers for t in toks[i:e]))):
        return _verb_first(ctx, toks, i, n, e, cls, cue, cue_text, prev)
    if cls == "split":  # "X teilte (am Abend) mit, C" / "…, teilte X mit."
        k = next(k for k in range(i + 1, e + 1) if k == e or toks[k].text in ",.;:!?")
        no = next((t.text for t in toks[i + 1:k - 1] if t.low in ctx.lex.negation), None)  # "schließt … nicht aus"
        cue_text = f"{toks[i].text} {no} {toks[k - 1].text}" if no else f"{toks[i].text} {toks[k - 1].text}"
        after = k + 1 if k < e and toks[k].text == "," else e
        if after < e and toks[after].low in ctx.lex.complementizers:
            after += 1
        src, tail, _, _ = subject(ctx, toks, s, i)
        src = frames.coordinated_subject(ctx, toks, s, i) or src  # "Die Stadt sperrte die Straße und teilte mit, C"
        if i > s and toks[i - 1].text != "," and fronted(ctx, toks, s, i):  # "Zudem teilte die Stadt mit, C"
            src, tail = toks[i + 1:np_end(ctx, toks, i + 1, k - 1, ctx.lex.closed.tag_stop)], ""
        if i > s and toks[i - 1].text == "," and any(t.upper and not time_word(t.low, ctx.lex.times) and t.low not in
                                                     ctx.lex.weekdays for t in toks[i + 1:k - 1]):  # "C, teilte die Polizei (am Abend) mit"
            # (not "X, Name, teilte (am Abend) mit, C": no speaker between the verb and its particle)
            src = toks[i + 1:np_end(ctx, toks, i + 1, k - 1, ctx.lex.closed.tag_stop)]
            c = span(ctx, toks, s, i - 1) if i > s + 1 else None  # ", dass …" after the particle qualifies the tag
            quoted = toks[s].text in _OPENING and toks[i - 2].text in _CLOSING  # "„Q“, kündigte X an."
            return Draft((c,), cue, cue_text, tuple(src), direct=quoted) if c and src else None
        if after >= e and i > s:  # "Der Konzern räumte Fehler ein."
            return clauses.split_object(ctx, toks, s, i, k - 1, cue, cue_text, prev)
        c = span(ctx, toks, after, e) if after < e else (span(ctx, toks, s, i - 1) if i > s + 1 else None)
        if c and (src or after >= e):
            return Draft((c,), cue, cue_text, tuple(src or toks[i + 1:k - 1]), tail=tail)
        return None
    if cls == "call" and not _call_particle(ctx, toks, i + n, e, ctx.lex.call.get(toks[i].low, "")):
        return None  # "kalder til møde": no "for", so no naming of something as something
    if cls == "so":  # German "C, so der Sprecher." (a tag with no verb), or inside it: "A, so X, B"
        return None if i + n < e and toks[i + n].low in ctx.lex.speech else clauses.so_tag(ctx, toks, s, e, i, i + n, cue,
                                                                                           cue_text)
    if i - 2 >= s and toks[i - 2].text == "," and any(
            c == "so" and len(p) == 1 for p, c in ctx.lex.speech.get(toks[i - 1].low, ())):
        return clauses.so_tag(ctx, toks, s, e, i - 1, i + n, cue, cue_text)  # "A, so schätzte X, B": the verb's cue
    if cls in ("impersonal", "echo"):  # "…, hieß es (aus dem Ministerium)", "Det är fel, heter det i beslutet"
        d = _impersonal(ctx, toks, s, e, i, n, cue, cue_text)
        echo = d is not None and cls == "echo" and not d.source and d.start < cue[0]
        return replaced(d, continuation=True) if d is not None and echo else d  # "…, lyder det.": the speaker before
    if cls == "answer":  # "Svaret blir att inget är bestämt": whoever was asked answers
        a = i + n + 1 if i + n < e and toks[i + n].low in ctx.lex.complementizers else i + n
        c = span(ctx, toks, a, e)
        return Draft((c,), cue, cue_text, (toks[i],), answer=True) if c and i == s else None
    if cls == "tip":
        b = seg_start(toks, s, i)
        c = span(ctx, toks, s, b - 1) if b > s else None
        return Draft((c,), cue, cue_text) if c else None
    if ctx.lex.konjunktiv and i + n < e and toks[i + n].low in ctx.lex.auxiliaries and (
            i + n + 1 >= e or not toks[i + n + 1].is_word):
        n += 1  # a participle before its auxiliary at the clause's end: "…, wie eine Sprecherin gesagt hatte."
    if i + n < e and toks[i + n].low in ctx.lex.agent:  # a passive participle with its agent
        back = shapes.agent_back(ctx, toks, s, e, i, n, prev)  # "Dette blir bekreftet av politiet."
        return Draft((prev,), cue, cue_text, tuple(toks[i + n + 1:back])) if back and prev else None
    if shapes.passive_aux(ctx, toks, s, i):
        return shapes.passive(ctx, toks, s, e, i, n, cls, cue, cue_text)
    progressive = False
    if cls.startswith("participle"):
        kind = cls.partition("-")[2] or "speech"
        if i > s and (toks[i - 1].low in ctx.lex.closed.be or toks[i - 1].low.endswith(("'s", "’s"))):
            cls, progressive = kind, True  # "is saying that C", "she's telling everyone": a finite verb
        else:
            a, vias = after_cue(ctx, toks, i + n, e, kind)
            return clauses.participle(ctx, toks, s, e, i, n, kind, a, _coordinated_stop(ctx, toks, a, e), cue,
                                      cue_text, vias, done)
    a, vias = after_cue(ctx, toks, i + n, e, cls)
    near = max(s, i - 3)
    near = next((k + 1 for k in range(i - 1, near - 1, -1) if toks[k].text == ","), near)  # "It was, he said, …"
    if cls not in ("told", "court") and not progressive and any(t.low in ctx.lex.closed.be or _be_clitic(t, ctx.lex)
                                                                for t in toks[near:i]):
        return None  # passive: "is said to" (a hearsay marker), "is estimated to", "could not be confirmed"
    if cls == "told" and i > s and toks[i - 1].low in ctx.lex.closed.be \
            and not any(t.low in ctx.lex.courts for t in toks[max(s, i - 6):i]):
        return None  # "she was told of the risk": the subject heard it (but "the jury was told")
    k = i - 1
    while k >= s and toks[k].low in ctx.lex.auxiliaries:
        k -= 1
    pre_end = k + 1
    b = seg_start(toks, s, pre_end, ctx.lex.subordinators)
    if i > s and toks[i - 1].low in ctx.lex.determiners and ctx.lex.profile.verbs_as_nouns \
            and not _quantifier_subject(ctx, toks, s, i):
        return None  # a noun, not a verb: "other estimates", "the reports"
    if i > s and toks[i - 1].low in _noun_markers(ctx.lang):
        return None  # a noun: "De nye lover træder i kraft" (the new laws)
    if shapes.attributive(ctx, toks, s, i, n, e):
        return None  # an adjective: "den befarade attacken", "antallet af bekræftede tilfælde"
    if ctx.lex.profile.v2 and i + n < e and toks[i + n].low in ctx.lex.first_person and i > s \
            and toks[i - 1].text != "," and (toks[i - 1].low in ctx.lex.expletives or fronted(ctx, toks, b, i)):
        return None  # V2 with a first-person subject: "det mener jeg", "Nu säger vi att …"
    if ctx.lex.fronted.get(toks[s].low) == "that" and s + 2 < i:
        return fronted_clause(ctx, toks, s, e, i, n, cue, cue_text)  # "Att X bekräftar polisen."
    if cls in ("ask", "naming"):  # "asked whether C", "called the plan a disgrace" (clauses.py)
        shape = clauses.ask if cls == "ask" else clauses.call
        return shape(ctx, toks, s, e, i, n, _coordinated_stop(ctx, toks, i + n, e), pre_end, cue, cue_text)
    q = i - 1
    while q > s and toks[q].text in QUOTE_STRIP:
        q -= 1  # '…,” said X', "…,'' said X": a quote closed after the comma
    after_comma = i > s and toks[q].text == "," or frames.unmarked_tag(ctx, toks, s, q, i)
    if after_comma and (d := clauses.after_fronted_clause(ctx, toks, s, e, i, n, cue, cue_text)):
        return d  # "Als die Polizei eintraf, sagte der Wirt, C"
    clause_first = after_comma and adverbial_clause(ctx, toks, s, i - 1) and v2_subject(ctx, toks, s, e, i, n, i)
    if pre_end == i and after_comma and cls != "told" and not clause_first and not time_insert(ctx, toks, s, i - 1) \
            and inverted_order(ctx, toks, s, e, i, n):  # (not "Nach dem Spiel, am Abend, sagte X, C")
        return inverted(ctx, toks, s, e, i, n, cue, cue_text, vias)
    inv = v2_subject(ctx, toks, s, e, i, n, b)
    perfect = None if inv else v2_perfect(ctx, toks, s, e, i, n, b)
    found = inv or perfect
    if not found and (modal := v2_hearsay_perfect(ctx, toks, s, e, i, n, b)):
        j, end, start, more = modal  # "Enligt X ska han ha sagt att C"
        body = span(ctx, toks, start, e)
        return Draft((body,), cue, cue_text, tuple(toks[j:end]), via=tuple(vias + more)) if body else None
    if found:
        j, start, more = found
        if toks[b].low in ctx.lex.closed.recipient_prep:  # "Til VG sier X at …": the fronted recipient
            media = media_name(toks[b + 1:i], ctx.lex)
            more = more + [media] if media else more
        elif told := fronted_medium(ctx, toks, b, i):  # "Dem Sender RBB sagte X, …"
            more = more + [told]
        # the subject after the cue (not the platform it wrote on), or between auxiliary and cue
        subj = tuple(toks[i + n:platform_cut(ctx, toks, i + n, j)]) if inv else tuple(toks[j:i])
        body = span(ctx, toks, start, e)
        if inv and n == 1 and start == j + 1 and any(p == (toks[i].low, toks[j].low) for p, _ in ctx.lex.speech.get(
                toks[i].low, ())):
            cue_text = f"{toks[i].text} {toks[j].text}"  # "berichteten Zeugen von X": the cue "berichteten von"
        return Draft((body,), cue, cue_text, subj, via=tuple(vias + more)) if body else None
    if i + n < e and toks[i + n].text == ":" and only_punct(toks, i + n, e):
        return None  # "… and the Gazette responded:": the content is the next paragraph (reader._colon_intro)
    if ctx.lex.konjunktiv and cls in ("speech", "opinion") and a == i + n and (
            a == e or not toks[a].is_word or toks[a].low in ctx.lex.coordinators) and (
            d := clauses.object_first(ctx, toks, s, e, i, n, cue, cue_text)):
        return d  # "X hat die Vorwürfe bestritten."
    if prev and clauses.points_back(ctx, toks, a, e):  # "Die Polizei bestätigte dies."
        src = subject(ctx, toks, s, pre_end)[0]
        return Draft((prev,), cue, cue_text, tuple(src), via=tuple(vias)) if src else None
    if a == i + n and cls in ("speech", "opinion") and seg_start(toks, s, pre_end) == s and (
            inside := clauses.past_insert(ctx, toks, a, e)) is not None:
        a = inside  # "He said, however, that C", "She said, if elected, she would …"
    elif _is_type_b(ctx, toks, a, e, i + n, tag=b > s and toks[b - 1].text == ","):
        if cls == "that" and toks[i].low in ctx.lex.noun_verbs and not (b > s and toks[b - 1].text in _TAG_OPENERS):
            return None  # "in red and blue states, where …": a noun; a tag opens after a comma ("…, the report states.")
        return _content_first(ctx, toks, s, e, i, n, b, pre_end, cue, cue_text, vias)
    if (cls in ("reply", "that") or cls == "told" and ctx.lex.profile.v2) and not (
            a > i + n and toks[a - 1].low in ctx.lex.complementizers):  # "informerte beboerne i går": no words
        return None  # "responded with chants", "replied by pointing", "in key states": no words reported
    if toks[i].low in ctx.lex.noun_verbs and a == i + n + 1 and a < e and toks[a - 1].low in ctx.lex.relatives \
            and (toks[a].low in ctx.lex.auxiliaries or toks[a].low in ctx.lex.modals or toks[a].low in ctx.lex.closed.be):
        return None  # "Rust Belt states that have suffered": a noun and its relative clause
    if cls == "speech" and a == i + n and _made_object(ctx, toks, a, e, toks[i].low):
        return None  # "wrote the letter", "wrote a book": a thing made, nothing said
    if cls == "speech" and a == i + n and a + 1 < e and _topic_only(ctx.lex, toks, a, e):
        return None  # "things he has said about farmers": what was talked about, no words reported
    if cls == "reject":  # "rejected claims that C", "rejects the idea that C": C is the claim rejected
        that = next((m for m in range(a, min(e, a + REJECTED_NOUN)) if toks[m].low in ctx.lex.complementizers), e)
        if that + 1 >= e:
            return None  # "rejected the offer": no claim
        a = that + 1
    e = _noun_object_end(ctx, toks, i, n, a, e)
    d = _source_first(ctx, toks, s, e, i, n, cls, a, pre_end, cue, cue_text, vias, done)
    if d is not None and prev is not None and " ".join(t.low for t in toks[a:e] if t.is_word) in shapes.same_phrases(ctx.lang):
        return replaced(d, parts=(shapes.claim_of(ctx, prev),))  # "Lokale medier melder det samme.": the claim before
    return d


def _noun_object_end(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> int:
    """English: the content of a cue with a preposition ("warned of worse to come") is a noun phrase, which a
    subordinate clause after it does not continue ("… as rescuers scrambled to …"); else `e`."""
    lex = ctx.lex
    if n < 2 or lex.profile.v2 or toks[i + n - 1].low not in lex.prepositions:
        return e
    return next((m for m in range(a + 1, e) if toks[m].low in lex.subordinators and not toks[m].upper), e)


IMPERSONAL_REACH = 8  # tokens of adverbials between "hieß es" and its comma


def _impersonal(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """An impersonal tag: "C, hieß es." (no source), "C, hieß es aus dem Ministerium." / "C, heter det i
    beslutet." (the phrase after the preposition), "Aus dem Ministerium hieß es, C"."""
    lex = ctx.lex
    if i + n < e and toks[i + n].text == ":":
        return None  # "På spørgsmålet om X lyder det:": the answer is the next paragraph
    src = clauses.impersonal_source(ctx, toks, i + n, e)
    comma = next((m for m in range(i + n, min(e, i + n + IMPERSONAL_REACH)) if toks[m].text == ","), None)
    that = comma is not None and comma + 1 < e and toks[comma + 1].low in lex.complementizers
    if i > s and toks[i - 1].text == "," and not that:
        c = span(ctx, toks, s, i - 1)
    elif (i == s or i == s + 1 and toks[s].low in lex.closed.as_clause) and not src and comma is not None:
        c = span(ctx, toks, comma + 2 if that else comma + 1, e)  # "Wie es hieß, C", "Es hieß, C"
    elif i > s + 1 and (toks[s].low in lex.prepositions or lex.fronted.get(toks[s].low)) and comma is not None:
        a = comma + 2 if that else comma + 1
        src = clauses.source_words(ctx, _cut_at_comma(toks[s + 1:i]))  # not "På pressemødet lyder det, at …"
        c = span(ctx, toks, a, e)  # "In Regierungskreisen hieß es am Montag, …"
    else:
        return None
    return Draft((c,), cue, cue_text, tuple(src)) if c else None


def _cut_at_comma(src: list[Tok]) -> list[Tok]:
    """A fronted phrase up to its first comma (not the relative clause after it)."""
    return next((src[:k] for k, t in enumerate(src) if t.text == ","), src)


def _call_particle(ctx: Ctx, toks: list[Tok], a: int, e: int, particle: str) -> bool:
    """Whether the particle of a naming verb ("for", "als") follows in its clause ("kaldt forslaget for …")."""
    for k in range(a, min(e, a + CALL_REACH)):
        if toks[k].low == particle:
            return True
        if toks[k].text in ",.;:!?" or toks[k].low in ctx.lex.complementizers:
            return False
    return False


CALL_REACH = 8  # tokens between a naming verb and its particle


def _verb_first(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, cls: str, cue: Span2, cue_text: str,
                prev: Span2 | None) -> Draft | None:
    """"Det uppger polisen [till TT]." / "Das kündigte X an.": the content is the previous sentence."""
    if cls == "split":
        k = next(k for k in range(i + 1, e + 1) if k == e or toks[k].text in ",.;:!?")
        cue_text = f"{toks[i].text} {toks[k - 1].text}"
        e = k - 1
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.tag_stop)
    if j == i + n or not prev:
        return None
    j = clauses.role_of_org(ctx, toks, i + n, j, e)  # "Det oplyser vagtchef ved Fyns Politi Ole Lund"
    j = body_place(ctx, toks, i + n, j, e)  # "Det bekrefter politiet i Lillevik"
    vias: list[str] = []
    name = apposed_name(ctx, toks, j, e)  # "Det siger guvernøren, Oleh Kiper, til DR."
    k = next((m for m in range(j + 2, e) if toks[m].text == ","), e) + 1 if name else j
    over = over_for(toks, k, e)
    if k + 1 < e and (over or toks[k].low in ctx.lex.closed.recipient_prep):
        _, media = recipient(toks, k + (over or 1), e, ctx.lex)
        vias = [media] if media else []
    elif k + 1 < e and ctx.lex.dative_preposition and (toks[k].low in ctx.lex.dative_definite or toks[k].low in
                                                        ctx.lex.dative_preposition):  # "Das sagte X dem Sender Y."
        media = dative_recipient(toks, k + (toks[k].low in ctx.lex.dative_preposition), e, ctx.lex)[1]
        vias = [media] if media else []
    else:
        vias = shapes.tag_recipient(ctx, toks, k, e)  # "Det bekräftar polisen i Stockholm för Aftonbladet."
    return Draft((prev,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias), name=name)


_OPENING = frozenset("„“\"«‚‘")
_CLOSING = frozenset("“”\"»‘’")


def _is_type_b(ctx: Ctx, toks: list[Tok], a: int, e: int, after_cue: int, tag: bool = False) -> bool:
    """No real content after the cue ("…, the governor said on Telegram."): the content is before it."""
    rest = [t for t in toks[a:e] if t.is_word]
    if not rest:
        return True
    if a < e and toks[a].text == ",":
        return True
    first = toks[a].low if a < e else ""
    if first in ctx.lex.infinitive_markers and a + 1 < e and toks[a + 1].is_word and not toks[a + 1].upper \
            and toks[a + 1].low not in ctx.lex.noun_openers and toks[a + 1].low not in ctx.lex.pronouns \
            and not toks[a + 1].low.endswith("s") and not word_type(toks[a + 1].low, ctx.lang):
        return False  # "has vowed to fight on": an infinitive (not "said to reporters", "to police")
    adverbial = first in ctx.lex.prepositions or first in ctx.lex.closed.tag_adverbial \
        or first in weekdays(ctx.lang) or (not toks[a].upper and any(w in first for w in ctx.lex.times))
    comma = next((k for k in range(a, min(e, a + 5)) if toks[k].text == ","), None)
    if adverbial and comma is not None and toks[a - 1].low not in ctx.lex.complementizers and not any(
            t.low in ctx.lex.complementizers for t in toks[a:comma + 2]):  # not "noted that in France, C"
        return True  # "… told Reuters on Tuesday, speaking on condition of anonymity"
    short_pp = adverbial and len(rest) <= 5 and not any(t.low in ctx.lex.complementizers for t in toks[a:e])
    if tag and adverbial and a == after_cue and not ctx.lex.profile.v2 and not any(
            toks[k].low in ctx.lex.complementizers or (clauses.verb_like(toks[k], ctx.lex) and toks[k].low not in
                                                       ctx.lex.speech and toks[k - 1].low not in ctx.lex.infinitive_markers)
            for k in range(a, e)):
        return True  # "C, Wilkin said during his speech to be a delegate.": a tag after a comma, its adverbial
    return short_pp and a == after_cue


def _made_object(ctx: Ctx, toks: list[Tok], a: int, e: int, cue: str) -> bool:
    """A noun phrase object after a cue of `object_cues.txt` with no verb of its own after it."""
    if cue not in wordset(ctx.lang, "object_cues") or a >= e:
        return False
    first = toks[a]
    if not (ctx.lex.noun_openers.get(first.low) in ("det", "quant") or first.text in "$£€" or first.text.isdigit()
            or first.low.endswith(("'s", "’s"))):
        return False
    j = forward_np(toks, a, e, ctx.lex)
    return j >= e or not (is_finite_verb(toks[j], ctx.lex) or toks[j].low in ctx.lex.modals)


def _quantifier_subject(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """"Several said …", "Some say …": a quantifier opening its clause stands for people before a cue
    form that is never a noun ("said", unlike "reports" in "some reports")."""
    q = i - 1
    return toks[i].low not in ctx.lex.noun_verbs and ctx.lex.noun_openers.get(toks[q].low) == "quant" \
        and (q == s or toks[q - 1].text in _CLAUSE_OPENERS or toks[q - 1].low in ctx.lex.coordinators)


_DASH = frozenset({"–", "—"})
_TAG_OPENERS = frozenset({",", "”", "\"", "’", "'"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "(", "\"", "“", "'", "‘"})


@cache
def _noun_markers(lang: str) -> frozenset[str]:
    return wordset(lang, "noun_markers")


def _content_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int, pre_end: int,
                   cue: Span2, cue_text: str, vias: list[str]) -> Draft | None:
    lex = ctx.lex
    if toks[s].low in lex.closed.as_clause and pre_end > s + 1:  # "Wie der DWD (am Abend) mitteilte, soll sich …"
        k = next((k for k in range(i + n, e) if toks[k].text == ","), None)
        c = span(ctx, toks, k + 1, e) if k is not None else None
        src, more = dative_via(ctx, cut_citing(lex, cut_time(ctx, toks[s + 1:pre_end])))  # "Wie X der dpa sagte"
        return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias + more)) if c and src else None
    if pre_end == b and b > s + 1 and toks[b - 1].text == ",":  # "…, its coordinator, Natalia Bondarenko, told X."
        pre_end = b - 1
        b = seg_start(toks, s, pre_end)
    if b <= s and pre_end > s:
        return None  # "X said." with nothing before: no content
    if pre_end > b:  # "…, the regional governor said" / "…, wie ein Polizeisprecher der dpa sagte"
        b = _name_with_and(toks, s, b, pre_end, lex)
        marks = b  # a quote closed after the comma belongs to the content: "…, “we are tired,” he said"
        while marks < pre_end and toks[marks].text in QUOTE_STRIP:
            marks += 1
        src = cut_time(ctx, toks[marks:pre_end])  # "…, wie eine Sprecherin am Freitag sagte": no time in the source
        if src and src[0].low in lex.closed.as_:
            src = src[1:]
        src, more = dative_via(ctx, src)
        if any(t.low in lex.first_person for t in src):
            return None
        vias = vias + more
        name_toks: list[Tok] = []
        cut = b - 1
        if src and all(is_name_tok(t) for t in src) and cut > s:
            b2 = seg_start(toks, s, cut)
            role = toks[b2:cut]
            noun_phrase = b2 > s and not any(t.low in lex.closed.be or is_finite_verb(t, lex) for t in role)
            if 0 < len(role) <= 6 and noun_phrase and (any(word_type(t.low, lex.lang) for t in role)
                                                        or role[0].low in lex.determiners
                                                        or role[0].low.endswith(("'s", "’s"))):
                name_toks, src, cut = src, role, b2 - 1
        elif src and not src[0].upper and cut > s and toks[cut].text == ",":  # "…," Ann Lee, a lawyer for X, said
            named = _name_before(toks, s, cut)
            if named is not None:
                src, cut, marks, b = toks[named[0]:cut], named[1], named[1], named[1] + 1
        if toks[b].low in lex.closed.as_clause and b == s:  # "Wie der DWD mitteilte, C"
            k = next((k for k in range(i + n, e) if toks[k].text == ","), None)
            c = span(ctx, toks, k + 1, e) if k is not None else None
            return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias)) if c else None
        c = span(ctx, toks, s, marks if cut == b - 1 and marks > b else cut)
        if not c or not src:
            return None
        a = i + n
        while a < e and toks[a].is_word and (toks[a].low in lex.prepositions or toks[a].low in lex.closed.time_preposition
                                             or toks[a].low in lex.times):
            a += 1
        before = sum(t.is_word for t in toks[s:cut])  # "The town, officials said, has …"; longer before a verb:
        verb_next = a + 1 < e and is_finite_verb(toks[a + 1], lex)  # "The good news for the town, she said, is …"
        if a < e and toks[a].text == "," and not only_punct(toks, a, e) and _goes_on(ctx, toks, a + 1, e) and (
                (before <= 4 or (verb_next and before <= INTERPOLATED_SUBJECT)) and _open_clause(lex, toks, s, cut)
                or _clause_goes_on(ctx, toks, s, a + 1, e)):
            rest = span(ctx, toks, a + 1, e)  # "The town, officials said, has been …"
            if rest:
                return Draft((c, rest), cue, cue_text, tuple(src), via=tuple(vias))
        name = " ".join(t.text for t in name_toks) if name_toks else None
        return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias), name=name)
    return None


def _name_before(toks: list[Tok], s: int, cut: int) -> tuple[int, int] | None:
    """A person's name in apposition before a role and the tag ("…,” Ann Lee, a lawyer for the family,
    said"): (start of the name, end of the content before it), else None."""
    k = cut
    while k > s and cut - k < 4 and is_name_tok(toks[k - 1]):
        k -= 1
    if cut - k < 2 or k <= s:
        return None
    j = k
    while j > s and toks[j - 1].text in QUOTE_STRIP:
        j -= 1
    if j == k and toks[k - 1].text != ",":
        return None
    return k, (j if j < k else k - 1)


def _goes_on(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the words after an interpolated tag go on with the sentence before it ("The town, officials said,
    has …"; in English whatever the part before: "Unless X, the experts say, the world could …", "By closing
    the gate, she said, the town …", "Things changed, she says, especially …"): not when they open a participle,
    a coordinated or relative clause or another cue ("…, she said, adding …", "…, and …", "…, which …",
    "…, according to …")."""
    lex = ctx.lex
    if a >= e or not toks[a].is_word:
        return False
    low = toks[a].low
    return lex.profile.v2 or bool(lex.konjunktiv) or not (
        low.endswith("ing") or low in lex.coordinators or low in lex.relatives or low in lex.prep or low in lex.speech)


def _clause_goes_on(ctx: Ctx, toks: list[Tok], s: int, a: int, e: int) -> bool:
    """English: a sentence part before the tag that needs the rest ("Unless X,", "By closing the gate,") or
    a verb after it ("…, the experts say, the river could …"); not an apposition to the content ("…, the
    governor said, the third attack this week", "…, more than the two injuries confirmed by the hospital")."""
    lex = ctx.lex
    if lex.profile.v2 or lex.konjunktiv or toks[s].text in QUOTE_STRIP:
        return False
    first = toks[s].low
    if (first in lex.subordinators and first not in lex.coordinators) or first in lex.prepositions \
            or (first.endswith("ing") and not toks[s].upper):
        return True
    end = next((k for k in range(a, e) if toks[k].text in ",;:"), e)
    return any(clauses.verb_like(toks[k], lex) and not (k + 1 < e and toks[k + 1].low in lex.agent)
               for k in range(a, end))


def _open_clause(lex: Lexicon, toks: list[Tok], s: int, cut: int) -> bool:
    """Whether toks[s:cut], before an interpolated tag, waits for the rest of its clause: a subject with no
    finite verb ("The town, officials said, has …"; a plural noun spelt like a verb: "Cost estimates, he
    added, were …"), or a clause ending in a copula ("It was, he said, one of the worst days")."""
    if toks[cut - 1].low in lex.closed.be and cut - 1 > s:
        return True
    return not any(is_finite_verb(toks[k], lex) and not (k > s and toks[k].low in lex.noun_verbs and toks[k].low.endswith("s"))
                   for k in range(s, cut))


INTERPOLATED_SUBJECT = 10  # words of a subject that a tag may interrupt before its verb
FREE_RELATIVE_REACH = 5  # tokens between "what" and the cue ("what the regional governor described as")
REJECTED_NOUN = 5  # tokens between "rejected" and the "that" of the claim ("rejected the latest claims that")


def _name_with_and(toks: list[Tok], s: int, b: int, pre_end: int, lex: Lexicon) -> int:
    """Start of a name joined by "and" after a comma ("…, Northumberland Fire and Rescue Service said"), else b."""
    if not (b - 2 > s and toks[b - 1].low in lex.closed.name_and and toks[b - 2].upper
            and all(is_name_tok(t) for t in toks[b:pre_end])):
        return b
    k = b - 1
    while k - 1 > s and toks[k - 1].upper:
        k -= 1
    if k - 1 > s and k < b - 1 and toks[k - 1].low in lex.closed.name_article:
        k -= 1  # "…, the Fire and Rescue Service said"
    return k if k < b - 1 and toks[k - 1].text == "," else b


def _source_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, a: int, pre_end: int,
                  cue: Span2, cue_text: str, vias: list[str], done: list[Draft]) -> Draft | None:
    lex = ctx.lex
    if pre_end > s and toks[pre_end - 1].low in lex.first_person and not _comma_relative(lex, toks, s, pre_end - 1):
        return None  # "… än vi hade räknat med": the speaker's own words
    pre_end = past_verb_adverbs(lex, toks, s, pre_end)
    if a < e and toks[a].low in lex.coordinators:
        return None  # "something he said and treat it …": no content follows the verb
    free = next((k for k in range(pre_end - 1, max(s, pre_end - FREE_RELATIVE_REACH) - 1, -1)
                 if toks[k].low in lex.free_relatives), None)
    if free is not None and free + 1 < pre_end:  # "in what analysts described as the worst clashes"
        if a < e and (toks[a].low in lex.subordinators or toks[a].low in lex.complementizers):
            a += 1  # "as", "that"
        content = span(ctx, toks, a, _coordinated_stop(ctx, toks, a, e))
        src_free = toks[free + 1:pre_end]
        return Draft((content,), cue, cue_text, tuple(src_free), via=tuple(vias)) if content else None
    src, tail, antecedent, prefix = subject(ctx, toks, s, pre_end)
    if lex.profile.capitalised_nouns and (first := frames.coordinated_subject(ctx, toks, s, pre_end)):
        src = first  # "Das Amt gab die Suche auf und sprach von …": the subject of the first verb
    elif lex.profile.capitalised_nouns and done and done[-1].source and pre_end - 2 > s \
            and toks[pre_end - 1].low in lex.closed.and_ and toks[pre_end - 2].text == ",":
        src = list(done[-1].source)  # "X befürchten, dass C, und warnen vor Y": the cue before it speaks on
    while src and src[0].text in QUOTE_STRIP:
        src = src[1:]  # a quote opened before the subject is no part of it
    while src and src[-1].text in QUOTE_STRIP and not any(t.text in _OPENING for t in src[:-1]):
        src = src[:-1]  # nor one opened after it ('Border agents "say …'; not "die „Nordpost“")
    if len(src) > 1 and src[0].low.endswith("ing") and not src[1].upper:
        return None  # "Having both said …": a participle clause, not a subject
    if not src and pre_end > s and toks[pre_end - 1].low in lex.subordinators:
        if done and done[-1].source and any(t.low in lex.complementizers for t in toks[i + n:i + n + 2]):
            src = list(done[-1].source)  # "menar att A men varnar för att B"
        elif any(t.low in lex.complementizers for t in toks[i + n:i + n + 2]):  # "En del gråter och säger att …"
            b = seg_start(toks, s, pre_end - 1, lex.subordinators)
            while b < pre_end - 1 and toks[b].text in QUOTE_STRIP:
                b += 1  # the quotation it stands in: "»Han grinede og sagde, at …«"
            j = forward_np(toks, b, pre_end - 1, lex)
            src = toks[b:j] if lex.profile.v2 else clauses.trim_verb(ctx, toks, b, j, pre_end - 1)  # "X trimmed …"
            if not lex.profile.v2 and src and not _opens_subject(lex, src[0]):  # "He, again, pledged X and said that"
                src = clauses.main_subject(ctx, toks, s, i, done)
        elif toks[pre_end - 1].low in lex.coordinators and cls in ("speech", "told") and not any(
                t.low in lex.closed.be for t in toks[max(s, pre_end - 7):pre_end]):  # "She paid off half, but said …"
            src = clauses.main_subject(ctx, toks, s, i, done)  # not "he was recruited … and promised a pardon"
    if len(src) == 1 and src[0].low.endswith("ing") and not lex.profile.v2 and src[0].low not in lex.pronouns and (
            not src[0].upper or src[0].low in function_words(ctx.lang, "perfect_participle")):  # not "Ebeling said"
        return _perfect_participle(ctx, toks, e, a, cue, cue_text)  # "Having announced C, the judge …"
    if not src or (src[0].low in lex.prepositions and not lex.profile.v2 and toks[i - 1].text == ","):
        return None  # "…, in the incident, reported after 5 p.m.,": a participle, no subject
    src = cut_citing(lex, cut_time(ctx, list(src)))  # "Wie die Polizei | am Abend mitteilte"
    if lex.dative_preposition and len(src) > 2:  # "Wie ein Sprecher | gegenüber dem Sender sagte"
        src, more = dative_via(ctx, src)
        vias = vias + more
    relative = antecedent is not None and len(src) == 1 and src[0].low in lex.relatives  # "Ann Lee, who said"
    if not relative and (src[-1].low in lex.first_person or src[0].low in lex.first_person) or _negative_subject(ctx, src):
        return None
    if cls == "evidence" and not is_source_like(list(antecedent) if relative and antecedent else src, lex):
        return None  # (a relative's antecedent: "et billede, der viser, at C")
    if cls == "court" and not any(t.low in lex.courts for t in src):
        return None  # "he heard a loud bang": perception, not "the court heard"
    stop = _coordinated_stop(ctx, toks, a, e)
    if sum(1 for t in toks[s:i] if t.text in QUOTE_STRIP) % 2:  # the cue stands inside a quotation
        stop = next((k for k in range(a + 1, stop - 1) if toks[k].text in ".!?" and toks[k + 1].upper
                     and toks[k + 1].is_word and not is_abbreviation(toks[k - 1], ctx.lang)), stop)  # its sentence end
    if lex.profile.v2 and a == i + n:  # a noun complement ends at a coordinated verb: "utlovat hjälp och har aktiverat"
        stop = next((k for k in range(a + 1, stop - 1) if toks[k].low in lex.coordinators
                     and is_finite_verb(toks[k + 1], lex) and not toks[k + 1].upper
                     and not word_type(toks[k + 1].low, ctx.lang)), stop)
    if lex.profile.capitalised_nouns and n > 1 and toks[i + n - 1].low in lex.prepositions:
        stop = next((k for k in range(a + 1, stop) if toks[k].text in _DASH and any(  # "sprach von 20 Toten – damit
            t.low in lex.finite_verbs or t.low in lex.konjunktiv or t.low in lex.modals for t in toks[k + 1:stop])
                     or toks[k].text == "," and k + 1 < stop and toks[k + 1].low in lex.report_back), stop)  # ", demnach"
    if len(src) == 1 and src[0].low in lex.relatives and (not lex.profile.relative_after_comma or relative):
        stop = _relative_end(ctx, toks, a, stop)
        if antecedent is not None and pre_end - 1 > s and toks[pre_end - 2].text != "," and not lex.profile.v2:
            end = clauses.restrictive_end(ctx, toks, s, a, stop, pre_end - 1)  # "voters who said C"
            if end is None:
                return None
            stop = end  # "Manden, der sagde, at han var uskyldig, blev løsladt"
    parts = [p for p in (prefix, span(ctx, toks, a, stop)) if p]
    if not parts or (prefix and len(parts) < 2):
        return None
    return Draft(tuple(parts), cue, cue_text, tuple(src), tail=tail, via=tuple(vias),
                 antecedent=None if antecedent is None else tuple(antecedent))


def _perfect_participle(ctx: Ctx, toks: list[Tok], e: int, a: int, cue: Span2, cue_text: str) -> Draft | None:
    """A fronted perfect participle clause ("Having announced that C, the judge proceeded"): the content up
    to its comma, the source the subject after it."""
    comma = next((k for k in range(a, e) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= e:
        return None
    src = clauses.trim_verb(ctx, toks, comma + 1, forward_np(toks, comma + 1, e, ctx.lex), e)
    content = span(ctx, toks, a, comma)
    return Draft((content,), cue, cue_text, tuple(src)) if src and content else None


def _topic_only(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """A topic after a cue and nothing said about it ("said about farmers in the last year"): no clause, quote or
    colon follows (not "said about the plan that C", "said about half of the jobs were lost", "said about 200")."""
    if lex.profile.v2 or lex.fronted.get(toks[a].low) != "topic" or toks[a + 1].text[:1].isdigit():
        return False
    return not any(t.low in lex.complementizers or t.text in QUOTE_STRIP or t.text == ":" or t.low in lex.closed.be
                   or t.low in lex.modals or (not t.upper and is_finite_verb(t, lex)) for t in toks[a + 1:e])


def _opens_subject(lex: Lexicon, t: Tok) -> bool:
    """Whether a word may open a subject: a capitalised word, a number, a determiner or a pronoun (not a verb,
    adverb or adjective: "pledged a revolution", "incredibly driven")."""
    return t.upper or t.text[:1].isdigit() or t.low in lex.determiners or t.low in lex.pronouns \
        or t.low in lex.first_person or not t.is_word


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


def _relative_end(ctx: Ctx, toks: list[Tok], a: int, stop: int) -> int:
    """End of a content inside a relative clause: the comma after which the main clause's verb comes."""
    for k in range(a + 1, stop - 1):
        if toks[k].text == "," and toks[k + 1].is_word and is_finite_verb(toks[k + 1], ctx.lex) \
                and toks[k + 1].low not in ctx.lex.complementizers:
            return k
    return stop


def _negated_cue_after(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A negated cue opening a coordinated verb phrase at toks[k] ("did not suggest", "never said")."""
    m = k
    while m < min(e, k + VERB_ADVERBS + 1) and (toks[m].low in lex.question_auxiliaries or toks[m].low in lex.auxiliaries
                                                 or toks[m].low in lex.negation or toks[m].low.endswith(("n't", "n’t"))):
        m += 1
    return m > k and m < e and any(toks[j].low in lex.negation or toks[j].low.endswith(("n't", "n’t"))
                                   for j in range(k, m)) and match_phrase(toks, m, e, lex.speech) is not None


COORDINATED_CUE = 8  # tokens after ", but" up to a second cue ("…, but in a later interview said")


def _coordinated_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """End of a content that a coordinated second cue cuts ("… men varnar för att …", "…, adding that …")."""
    for k in range(a + 1, e - 1):
        if toks[k].text == "," and k + 2 < e and toks[k + 1].low in ctx.lex.coordinators and any(
                match_phrase(toks, m, e, ctx.lex.speech) for m in range(k + 3, min(e, k + COORDINATED_CUE))) \
                and toks[k + 2].is_word:
            return k  # "…, but she said she might …": a clause with its own speaker and cue
        if toks[k].text == ",":  # "…, adding that …", "…, “unfit to serve,” saying …"
            j = k + 1
            while j < e - 1 and toks[j].text in QUOTE_STRIP:
                j += 1
            m = match_phrase(toks, j, e, ctx.lex.speech)
            if m and m[1].startswith("participle"):
                return j if j > k + 1 else k
        if toks[k].low in ctx.lex.subordinators and match_phrase(toks, k + 1, e, ctx.lex.speech):
            return k
        if toks[k].low in ctx.lex.coordinators and _negated_cue_after(ctx.lex, toks, k + 1, e):
            return k  # "… nominee but did not suggest it would be Trump": a second, negated report
        if toks[k].text == "," and match_phrase(toks, k + 1, e, ctx.lex.prep):
            return k  # "… kronor, enligt en sammanställning": the outer source's tag
        if toks[k].text == "," and k + 2 < e and toks[k + 1].low in ctx.lex.coordinators \
                and match_phrase(toks, k + 2, e, ctx.lex.prep) and ctx.lex.profile.v2:
            return k  # "…, men enligt uppgifter till X jagas …": another source's clause
    return e


