"""The subject after the cue: inverted tags ("…, said X, a director"), V2 order in the Nordic languages
and German ("Det uppger polisen", "sagte der Sprecher"), after fronted adverbials and clauses (those
tests are in fronting.py), and where the content starts after a cue (`after_cue`). Split out of rules.py,
which calls these from `_verb_one`. The perfects after a fronted constituent ("Tidligere har politiet sagt")
are in v2perfect.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze import shapes
from enligt.analyze.aftercue import after_cue, over_for
from enligt.analyze.countdet import count_determiner
from enligt.analyze.cueguards import owned_object
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.fronting import (
    adverbial_clause,
    adverbs_to_comma,
    fronted_at,
    insert_verb,
    open_front,
    place_insert,
    subject_like,
    time_insert,
)
from enligt.analyze.interrupted import inverted_goes_on
from enligt.analyze.numwords import number_entries
from enligt.analyze.phrases import (
    and_verb,
    apposed_name,
    coordinated_end,
    genitive_tail,
    name_between,
    np_end,
    only_punct,
    past_apposed_name,
    restrictive_end,
    seg_start,
    span,
    time_phrase,
    time_word,
)
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.relsubject import relative_subject
from enligt.analyze.roleorg import role_of_org
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import (
    adverbs_end,
    before_day,
    citing,
    medium_told_inside,
    own_part_at,
    past_day,
    past_tag_adverbial,
    phrase_tail,
    relayed_by,
    relaying,
    role_body_after,
    v2_adverbs_end,
)
from enligt.analyze.via import closing_recipient, media_name, recipient, relay
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words
from enligt.lang.gazetteers import is_platform


def inverted_order(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> bool:
    """"C, uppger polisen" (content first) rather than "X, apposition, menar att C" (subject first)."""
    lex = ctx.lex
    if lex.profile.capitalised_nouns and n > 1 and toks[i + n - 1].low in lex.prepositions:
        return False  # "X, Name, sprach von einer Krise": the cue's own preposition takes an object, not a speaker
    if i + n < e and (toks[i + n].low in lex.prepositions or toks[i + n].low in lex.subordinators
                      or toks[i + n].low in lex.sentence_adverbs) and toks[i + n].low not in lex.determiners:
        return False  # "…, a spokeswoman for the council, said on Monday", "…, reported after 5 p.m.,": no speaker
    if i + n < e and not toks[i + n].upper and (toks[i + n].low in lex.closed.be or toks[i + n].low in lex.modals
                                                  or toks[i + n].low in lex.auxiliaries):
        return False  # "the place that Ann Lee, in the debate, said was safe": a verb, no speaker, follows the cue
    if lex.profile.capitalised_nouns and adverbs_to_comma(lex, toks, i + n, e) and any(
            any(cls in ("speech", "clause") for _, cls in lex.speech.get(t.low, ())) for t in toks[s:i - 1]):
        return False  # "X bestätigte Y, betonte jedoch, dass C": no speaker after the cue, the first verb's subject
    j = np_end(ctx, toks, i + n, e, lex.closed.recipient)
    if only_punct(toks, i + n, e) or time_phrase(ctx, toks, i + n, j):
        return False  # "C, Ivo Brandt, the founder, said (Monday).": no speaker, or a time, follows the cue
    if lex.profile.capitalised_nouns:
        j = _past_time(ctx, toks, j, e)  # "…, meldete der Sender am Montag (unter Berufung auf Y)."
    j += own_part_at(toks, j, e, lex.lang)  # "…, sagte der Verteidiger seinerseits."
    if j < e and toks[j].is_word and not toks[j].upper and is_finite_verb(toks[j], lex) \
            and toks[j].low not in lex.dative_preposition and not citing(lex, toks, j, e) and not relaying(lex, toks, j, e) \
            and not (lex.profile.capitalised_nouns and (toks[j].low in lex.prepositions or toks[j].low in lex.closed.and_)) \
            and not owned_object(ctx, toks, j, e) \
            or _clause_after(lex, toks, i + n, e):  # (not "gegenüber X", "sagte er in der Debatte")
        return False  # "…, said the base was angry": the phrase after the cue is a clause's subject
    lo = max(s, i - 60)
    commas = sum(1 for t in toks[lo:i] if t.text == ",")
    k = next((m for m in range(lo, i) if toks[m].text == ","), i)
    if commas == 2 and _described_subject(ctx, toks, lo, k, i):
        return False  # "Gov. Ann Lee of Ohio, a Republican who has backed him, said the family deserved better"
    in_rel = False
    for k, t in enumerate(toks[lo:i], lo):
        if t.low in lex.relatives and not (lex.profile.capitalised_nouns and not _opens_relative(lex, toks, lo, k)):
            in_rel = True
        elif t.text == ",":
            in_rel = False
        elif not in_rel and t.is_word and t.low not in lex.determiners and is_finite_verb(t, lex) and not (
                lex.profile.capitalised_nouns and (t.low in lex.prepositions or t.low in lex.coordinators)) \
                and not t.low.endswith("ing"):  # (German "von", "und" are no verbs; "Recalling the night, X, …, said")
            return True
    if relative_subject(ctx, toks, lo, i):
        return False  # "Mannen som er tiltalt for ranet, avviser anklagene": a subject and its relative clause
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.recipient)
    if j == i + n:
        return False
    j = coordinated_end(ctx, toks, restrictive_end(ctx, toks, i + n, j, e), e, ctx.lex.closed.recipient)
    if lex.profile.capitalised_nouns:
        j = past_tag_adverbial(ctx, toks, _past_time(ctx, toks, j, e), e)  # "…, sagte sie am Telefon, sei …"
    elif lex.profile.v2:
        j = past_day(ctx, toks, j, e)  # "…, siger borgmesteren torsdag (til TV 2)."
    commas = sum(1 for t in toks[lo:i] if t.text == ",")
    k = next((m for m in range(lo, i) if toks[m].text == ","), i)
    if commas == 2 and name_between(toks, k, i):
        return False  # "A senior official in Varno, Ena Lusk, confirmed the toll": a subject and its name, no clause
    j = phrase_tail(ctx, toks, j, e)  # "…, säger Anna Svensson på Trafikverket.": where the speaker serves
    return (only_punct(toks, j, e) or toks[j].text == "," or toks[j].low in ctx.lex.closed.recipient or and_verb(
        lex, toks, j, e) or toks[j].low in ctx.lex.dative_preposition or citing(lex, toks, j, e) > 0
            or relaying(lex, toks, j, e) > 0 or relay(toks, j, e, lex) is not None) and (
            commas == 1 or k - lo >= 4 or insert_verb(ctx, toks, lo, i))  # "gegenüber der Zeitung", "…, sa X och gick"


def _described_subject(ctx: Ctx, toks: list[Tok], lo: int, k: int, i: int) -> bool:
    """English: a name or source noun, then a description between the commas at toks[k] and toks[i - 1] that opens
    with a lower-case word or a relative ("Gov. Ann Lee of Ohio, a Republican who has backed him, said", "Officials
    in Kent, the county next to it, announced"): a subject and its apposition, no content before an inverted cue
    (not "A disaster, a total disaster, said X": no name or source noun before the first comma; nor a quotation)."""
    lex = ctx.lex
    if lex.profile.v2 or toks[i - 1].text != "," or k + 1 >= i - 1 or k <= lo:
        return False
    if any(t.text in QUOTE_STRIP for t in toks[lo:i]):
        return False
    first = toks[k + 1]
    if not first.is_word or first.upper and first.low not in lex.relatives:
        return False
    head = toks[lo:k]
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is not None and after.is_word and after.upper and lex.pronouns.get(after.low) is None:
        return False  # "C, whom he has angered, said Ann Lee": a name after the cue is the inverted speaker
    rel = next((m for m in range(k + 1, i - 1) if toks[m].low in lex.relatives), i - 1)
    if any(not t.upper and (t.low in lex.auxiliaries or t.low in lex.modals or t.low in lex.closed.be)
           for t in toks[k + 1:rel]):
        return False  # "A and B, his son C and D had been travelling, wrote X": the second part is a clause
    if lex.pronouns.get(first.low) in ("person", "organization") or any(
            is_finite_verb(t, lex) and not t.upper and t.low not in lex.determiners and not toks[m + 1].upper
            for m, t in enumerate(head, lo)):
        return False  # "Rates will rise in Ohio, she said, adding …": a clause and its tag; ("state Rep. Ann Lee")
    return any(t.upper and t.is_word for t in head[1:]) or any(
        word_type(t.low, lex.lang) in ("person", "organization") for t in head)


def _opens_relative(lex: Lexicon, toks: list[Tok], lo: int, k: int) -> bool:
    """German: whether "der"/"die"/"das" at toks[k] opens a relative clause (after a comma, or a preposition
    after one: "…, die …", "…, in der …"), not an article ("Die Parteien hätten …")."""
    m = k - 1 if k > lo and toks[k - 1].low in lex.prepositions else k
    return m > lo and toks[m - 1].text == ","


CLAUSE_REACH: Final = 8  # tokens after a cue read for the verb of a reported clause ("said Hart's visit to Dover would")


def _past_time(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """Past adverbs and the time phrases at toks[j] ("später", "am Montag", "in der Nacht zum Freitag"): a
    preposition with a time word or weekday among its next three words."""
    lex = ctx.lex
    while j < e and not toks[j].upper and lex.fronted.get(toks[j].low) == "adv":
        j += 1  # an adverb after the speaker: "…, sagte er später."
    if j + 1 < e and toks[j].is_word and toks[j + 1].low in function_words(ctx.lang, "times_noun"):
        j += 2  # a frequency phrase: "sa Hansen flere ganger at C"
    while j < e and (toks[j].low in lex.closed.tag_stop or toks[j].low in lex.prepositions):
        m = next((m for m in range(j + 1, min(e, j + 4)) if time_word(toks[m].low, lex.times)
                  or toks[m].low in lex.weekdays), None)
        if m is None:
            break
        j = m + 1
    return j


def _clause_after(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """A finite verb of the list, a modal or a negated verb within the words after a cue, before any comma, subordinator or
    relative ("said Hart didn't appear …", "said Hart's visit to Dover would …"): a clause, not an inverted
    speaker ("…, said Ann Lee as she left")."""
    for k in range(a + 1, min(e, a + CLAUSE_REACH)):
        t = toks[k]
        if not t.is_word and t.text not in "’'":
            return False
        low = t.low
        if low in lex.subordinators or low in lex.relatives or low in lex.complementizers:
            return False
        if f"{toks[k - 1].low} {low}" in function_words(lex.lang, "day_phrase"):
            continue  # "…, siger X i går": a time, not a verb
        if not t.upper and (low in lex.modals or low in lex.finite_verbs or low in lex.question_auxiliaries
                            or low.endswith(("n't", "n’t"))):
            return True
        if not t.upper and low.endswith("ed") and k + 1 < e and (toks[k + 1].low in lex.infinitive_markers
                                                                  or lex.noun_openers.get(toks[k + 1].low) == "det"):
            return True  # "said the mayor failed to …", "said the town lost the vote" (not "the man accused of")
    return False


def _figure(word: str) -> bool:
    """A number after the cue ("…, add two", "…, said 45"), not a name that opens with a digit ("…, siger 3F", "…, said 3M")."""
    return word[:1].isdigit() and not any(c.isupper() for c in word)


def inverted(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str,
              vias: list[str]) -> Draft | None:
    """"…, uppger polisen." / "…, said Serhiy, a platoon commander": the source follows the cue."""
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.tag_stop)
    j = _cited_from(ctx, toks, i, n, j)  # "…, zitierte die Agentur aus der Mitteilung": the medium, not the document
    j = role_of_org(ctx, toks, i + n, j, e)  # "…, sier operasjonsleder i Vest politidistrikt, Kari Holm"
    j = coordinated_end(ctx, toks, j, e, ctx.lex.closed.tag_stop)  # "…, uppger TV4 och Expressen."
    j = before_day(ctx, toks, i + n, j)  # "…, siger borgmesteren | torsdag til TV 2."
    j = role_body_after(ctx, toks, i + n, medium_told_inside(ctx, toks, i + n, j), e)  # "…, berättar ett vittne för
    # Sydsvenskan": a via; "…, säger en talesperson för polisen": the role's body
    first = toks[i + n].low if i + n < e else ""
    if j == i + n or _figure(toks[i + n].text if i + n < e else "") or (first in number_entries(ctx.lang) and first not in ctx.lex.closed.indefinite
                                             and first not in ctx.lex.determiners):
        return None  # "The app scored nine, add two for style": a figure, not a speaker ("en talsmann" is one)
    j, more = genitive_tail(ctx, toks, j, e)
    vias = vias + more
    relayed = relay(toks, j + 1 if j + 1 < e and toks[j].text == "," else j, e, ctx.lex)
    if relayed and relayed[1]:  # "…, säger rektorn som citeras av X", "…, the mayor said, as quoted by X"
        vias = vias + [relayed[1]]
    r = j if relayed else restrictive_end(ctx, toks, i + n, j, e)  # "…, säger en soldat som TT har talat med."
    rel = ctx.text[toks[j].start:toks[r - 1].end] if r > j else ""
    j = r
    vias = vias + relayed_by(ctx.lex, toks, j, e)  # "…, siger politiet ifølge Reuters": a medium relays the words
    day = past_day(ctx, toks, j, e) if ctx.lex.profile.v2 and not ctx.lex.profile.capitalised_nouns else j
    told = day + 1 if day + 2 < e and toks[day].text == "," and toks[day + 1].low in ctx.lex.recipient_prep else day
    over = over_for(toks, told, e)  # (past the comma after a name in apposition: "…, Kari Lund, til NRK")
    if told + 1 < e and (over or toks[told].low in ctx.lex.recipient_prep):
        _, media = closing_recipient(toks, told + (over or 1), e, ctx.lex)  # ("…, uppger X till Kollega.")
        if media:
            vias = vias + [media]
    else:
        vias = vias + ([] if more else shapes.tag_recipient(ctx, toks, j, e) or shapes.recipient_after_apposition(
            ctx, toks, j, e))  # "…, udtaler ministeren i en kommentar til DR." (once: "im Gespräch mit dem X")
    tail = ctx.text[toks[j].start:toks[e - 1].end] if j < e and toks[j].low in ctx.lex.relatives else rel
    c = span(ctx, toks, s, i if toks[i - 1].text in QUOTE_STRIP else i - 1)
    name = apposed_name(ctx, toks, j, e)  # "…, oplyser Paris' politichef, Patrice Faure."
    if j > i + n:  # "…, berichtete der Sender": the speaker, not a dative recipient ("sagte der Zeitung")
        own = ctx.text[toks[i + n].start:toks[j - 1].end]
        vias = [v for v in vias if v != own]
    if not c:
        return None
    rest = _v2_goes_on(ctx, toks, s, e, i, j) or inverted_goes_on(ctx, toks, s, e, i, j)
    parts = (c, rest) if rest else (c,)
    return Draft(parts, cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias), tail=tail, name=name)


def _cited_from(ctx: Ctx, toks: list[Tok], i: int, n: int, j: int) -> int:
    """The end of a citing verb's subject before the document it cites from ("…, zitiert das Blatt aus dem Bericht":
    "das Blatt"; `cite_verb`, and `cite_from`: the preposition of its source text)."""
    if toks[i].low not in function_words(ctx.lang, "cite_verb"):
        return j
    froms = function_words(ctx.lang, "cite_from")
    return next((k for k in range(i + n + 1, j) if toks[k].low in froms), j)


def _v2_goes_on(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, j: int) -> Span2 | None:
    """The rest of a V2 clause an inverted tag interrupts: "I øvrigt, anfører X, har kommunen …", "Kommunen,
    sier X, har …" (a fronted part with no finite verb, the tag between commas, then the finite verb)."""
    lex = ctx.lex
    j = past_tag_adverbial(ctx, toks, j, e)  # "Beim Bau, sagte sie am Telefon, sei …"
    if not lex.profile.v2 or not (i > s + 1 and toks[i - 1].text == "," and j + 2 < e and toks[j].text == ","):
        return None
    if _aux_waits(ctx, toks, s, i, j):
        return span(ctx, toks, j + 1, e)  # "Manden er, siger naboen, flyttet": the participle the auxiliary waits for
    if not is_finite_verb(toks[j + 1], lex) or any(is_finite_verb(t, lex) for t in toks[s:i - 1]):
        return None
    return span(ctx, toks, j + 1, e)


def _aux_waits(ctx: Ctx, toks: list[Tok], s: int, i: int, j: int) -> bool:
    """Whether the words before an inverted tag end in an auxiliary (`waiting_aux`) after their subject and the
    words after it open with a lower-case word, its participle or infinitive ("Hun har, siger naboen, boet …")."""
    return i - 2 > s and toks[i - 2].low in function_words(ctx.lang, "waiting_aux") and toks[j + 1].is_word \
        and not toks[j + 1].upper and not any(is_finite_verb(t, ctx.lex) for t in toks[s:i - 2])


def fronted_clause(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str
                    ) -> Draft | None:
    """A fronted "att"-clause as the content, the subject after the cue: "Att personalen var kvar bekräftar
    polisen.", "At han har siddet i fængsel, bekræfter hans advokat over for B.T."."""
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.tag_stop)
    if j == i + n:
        return None
    vias: list[str] = []
    over = over_for(toks, j, e)
    if j + 1 < e and (over or toks[j].low in ctx.lex.closed.recipient):
        media = recipient(toks, j + (over or 1), e, ctx.lex)[1]
        vias = [media] if media else []
    c = span(ctx, toks, s + 1, i - 1 if toks[i - 1].text == "," else i)
    return Draft((c,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias)) if c else None


def v2_subject(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int
                ) -> tuple[int, int, list[str]] | None:
    """V2 inversion after a fronted constituent that is not the subject: "På åklagarens fråga … svarade han
    att …", "Senere sagde en af lederne, at …", "Am Abend sagte ein Sprecher, …". Returns the end of the
    subject after the cue, where the content starts, and the media it was told to."""
    lex = ctx.lex
    if not lex.profile.v2 or i == s:
        return None
    insert = toks[i - 1].text == "," and (time_insert(ctx, toks, s, i - 1) or fronted_apposition(ctx, toks, s, i - 1)
                                          or place_insert(ctx, toks, s, i - 1))  # "På X, i Y, opplyser Z at"
    comma = toks[i - 1].text == "," and not insert
    b = s if insert else b  # (also "Ifølge politiinspektør X, Anne Holm, mener politiet": one fronted phrase)  # "Nach der Explosion, gestern am Abend, berichteten …": one fronted constituent
    clause = adverbial_clause(ctx, toks, s, i - 1 if comma else i)
    loose = not clause and not comma and not fronted_at(ctx, toks, s, b, i)
    if not clause and (comma or loose and (not open_front(ctx, toks, s, s, i) or _told(lex, toks[i].low))):
        return None  # (an opener of no list: "Omvendt meddeler X, at C", when X after the cue reads as a subject)
    a = past_adverbs(ctx, toks, i + n, e)
    if a < e and toks[i + n - 1].low in function_words(ctx.lang, "reflexive_pronoun") \
            and toks[a].low in function_words(ctx.lang, "topic_preposition"):
        return None  # "…, äußerten sich zu Themen, …": the reflexive verb's topic, no subject
    own = {p[1] for p, _ in lex.speech.get(toks[i].low, ()) if len(p) == 2}  # "berichteten … von"
    if n == 1 and own and a < e and (j := next(
            (k for k in range(a + 1, min(e, a + V2_SUBJECT_WORDS)) if toks[k].low in own or not toks[k].is_word
             or toks[k].low in lex.complementizers), e)) < e \
            and toks[j].low in own and (toks[a].upper or toks[a].low in lex.determiners or subject_like(ctx, toks, s, a, j)):
        c = j + 2 if j + 2 < e and toks[j + 1].low in lex.complementizers else j + 1  # "varnar X för att C"
        return j, c, []  # "Nach dem Unfall berichteten Zeugen von einem Knall", "I går meldte politiet om C"
    if citing(lex, toks, a, e):
        return None  # "Der Sender berichtete unter Berufung auf Y, C": a citing phrase, no subject, follows the verb
    if a < e and (found := _article_subject(ctx, toks, a, e)):
        return found[0], found[1], []  # "Am Abend sagte der Sprecher, …": "der" is no dative
    if a >= e or toks[a].low in lex.prepositions or toks[a].low in lex.closed.recipient \
            and not count_determiner(toks, a, e, lex):  # (Danish/Norwegian "to" is two: "siger to læger")
        return None  # "bekräftar för SVT att": a recipient, not an inverted subject
    pronoun = (lex.pronouns.get(toks[a].low) == "person" or toks[a].low in lex.first_person) and not (
        toks[a].low in lex.determiners and a + 1 < e and toks[a + 1].is_word
        and (not is_finite_verb(toks[a + 1], lex) or toks[a + 1].low in function_words(ctx.lang, "participle_noun"))
        and toks[a + 1].low not in lex.complementizers)  # "oplyser de ukrainske styrker", "den tiltalte": an article
    head = suspended(lex, toks, a, e)  # "sundheds- og ældreminister X": from the compound's head
    j = a + 1 if pronoun else np_end(ctx, toks, head, e, lex.closed.recipient)
    if lex.konjunktiv and toks[a].low in lex.determiners:
        j = _count_at(ctx, toks, a + 2, j)  # "Am Montag zählte die Polizei drei Verletzte": the count is no subject
    if loose and not subject_like(ctx, toks, s, a, j):
        return None  # "Dermed sa søndag …", "Omvendt sa til NTB …": no subject after the cue
    if j == a or j - head > V2_SUBJECT_WORDS or toks[j - 1].low in lex.first_person and not (
            j == a + 1 and toks[a].low in function_words(ctx.lang, "generic_subject")):  # "befarar man att"
        return None
    if j + 1 < e and (toks[j].low in lex.complementizers or toks[j].text == ":"):
        return j, j + 1, []  # (also "Dann sagte Huber: C")
    if lex.konjunktiv and (c := past_apposed_name(toks, j, e)) > j and c < e and (
            toks[c].low in lex.complementizers or any(t.low in lex.konjunktiv for t in toks[c:c + 4])):
        return j, c + (toks[c].low in lex.complementizers), []  # "sagte die Sprecherin, Eva Roth, C"
    if (after := _apposition_end(ctx, toks, j, e)) is not None:
        return j, after, []  # "fortæller Anna Berg, direktør i X, at …": the apposition is no content
    start, vias = after_cue(ctx, toks, j, e, "speech")
    if start == j and lex.konjunktiv and j + 1 < e and toks[j].text == "," and toks[j + 1].is_word:
        start = j + 1  # German reported speech without "dass": "sagte ein Sprecher, man prüfe …"
    if start > j or (pronoun and start < e and toks[start].is_word):  # "sa han til NTB at", "sa han det var …"
        return j, start, vias
    if lex.konjunktiv and start == j and _object_after(ctx, toks, a, j, e):
        return j, j, []  # "Später bestätigte das Unternehmen die Schließung.": the object is what was said
    return (j, j, []) if start == j and shapes.same_object(ctx, toks, j, e) else None  # "I dag uppger X samma sak"


def _told(lex: Lexicon, low: str) -> bool:
    """A cue of telling ("fortalte"/"told" class told): its object may stand after it with a subject first."""
    return any(c == "told" for _, c in lex.speech.get(low, ()))


def suspended(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """The head of a suspended compound at toks[a] ("sundheds- og ældreminister", "kultur- og kirkeminister"):
    the word after "-" and a coordinator; a when there is none."""
    if a + 3 < e and toks[a].is_word and toks[a + 1].text == "-" and toks[a + 2].low in lex.coordinators \
            and toks[a + 3].is_word and toks[a + 1].start == toks[a].end:
        return a + 3
    return a


def past_adverbs(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """Past adverbs between an inverted cue and its subject ("Am Abend sagte auch der Minister, C", "I går meldte
    for eksempel politiet at C"): the first word of the subject, or a when none stands there or no subject follows."""
    lex = ctx.lex
    if lex.konjunktiv:
        k = adverbs_end(lex, toks, a, e)
        return k if k > a and (toks[k].upper or toks[k].low in lex.determiners) else a
    if not lex.profile.v2:
        return a
    k = v2_adverbs_end(ctx, toks, a, e)
    return k if k > a and _nordic_subject_start(ctx, toks, k) else a


def _nordic_subject_start(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether a Nordic subject may open at toks[k] after adverbs: a word that is no complementizer,
    preposition, recipient, auxiliary or time word ("sa også at", "sa også til NRK", "sa også tirsdag")."""
    lex, t = ctx.lex, toks[k]
    return t.is_word and t.low not in lex.complementizers and t.low not in lex.prepositions \
        and t.low not in lex.closed.recipient and t.low not in lex.auxiliaries and t.low not in lex.modals \
        and t.low not in lex.weekdays and not time_word(t.low, lex.times)


def _object_after(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> bool:
    """Whether an article's noun phrase toks[a:j] after a German V2 cue is followed by an object opened by an
    article that closes the sentence ("bestätigte das Unternehmen die Schließung des Werks."): the first is
    the subject, the second what was said."""
    lex = ctx.lex
    if toks[a].low in lex.determiners and j < e and _count_first(ctx, toks, j, e):
        return True  # "Allerdings zählt die Gruppe nur 500 Tote", "meldete der Gouverneur zwei Tote": a count as the object
    if toks[a].low not in lex.determiners or j >= e or toks[j].low not in lex.determiners:
        return False
    k = np_end(ctx, toks, j, e)
    return k > j + 1 and only_punct(toks, k, e)


def _count_first(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """A number in the first words of an object ("300 Tote", "nur 500 Tote", "mehr als 1400", "zwei weitere
    Todesopfer"; not the article "ein")."""
    k = next((m for m in range(j, min(e, j + COUNT_WORDS)) if not toks[m].is_word and not toks[m].text[:1].isdigit()),
             min(e, j + COUNT_WORDS))  # (the words before a comma or the full stop)
    return _count_at(ctx, toks, j, k) < k


COUNT_WORDS: Final = 3  # words from the object's start to its number ("mehr als 1400")


def _count_at(ctx: Ctx, toks: list[Tok], k: int, j: int) -> int:
    """The first number word or figure in toks[k:j] (not the article "ein"), else j: where a German
    article's noun phrase before an object that is a count ends."""
    words = number_entries(ctx.lang)
    return next((m for m in range(k, j) if toks[m].text[:1].isdigit()
                 or toks[m].low in words and toks[m].low not in ctx.lex.closed.indefinite), j)


GENITIVE_WORDS: Final = 4  # a genitive article and the words of its name before a count ("der Region Donezk zwei")


def fronted_apposition(ctx: Ctx, toks: list[Tok], s: int, c: int) -> bool:
    """Whether the comma at toks[c] closes a name in apposition inside a fronted prepositional phrase ("Ifølge
    politiinspektør i X, Anne Holm, mener …"): the fronted phrase and its name are one constituent."""
    b = seg_start(toks, s, c)
    if not (s < b - 1 and toks[b - 1].text == "," and 2 <= c - b) or seg_start(toks, s, b - 1) != s:
        return False
    first = toks[s].low
    if not (first in ctx.lex.prep or first in ctx.lex.prepositions):
        return False
    return c - b <= APPOSED_NAME and all(t.upper for t in toks[b:c]) or _place_insert(ctx, toks, s, b, c)


def _place_insert(ctx: Ctx, toks: list[Tok], s: int, b: int, c: int) -> bool:
    """An insert that goes on from a fronted place phrase, a prepositional phrase or a relative clause ("På den andre
    siden av grensen, i X-regionen, opplyser …", "I regionen X, der ligger ved kysten, oplyser …"): the sentence
    opened by a preposition (not a prepositional cue), the insert by a preposition or a relative."""
    lex = ctx.lex
    return lex.profile.v2 and not lex.profile.capitalised_nouns and toks[s].low in lex.prepositions \
        and toks[s].low not in lex.prep and c - b <= PLACE_INSERT and all(t.is_word for t in toks[b:c]) \
        and (toks[b].low in lex.prepositions or toks[b].low in lex.relatives)


APPOSED_NAME = 3  # words of a name in apposition inside a fronted phrase
PLACE_INSERT = 8  # words of a phrase or relative clause set off inside a fronted place phrase


def platform_cut(ctx: Ctx, toks: list[Tok], a: int, j: int) -> int:
    """The end of an inverted subject before the platform or document it wrote on: "meldte politiet på Twitter
    at …", "uppgav polisen i ett pressmeddelande att …" ("politiet", "polisen"); j when there is none."""
    for k in range(a + 1, j - 1):
        if toks[k].low in ctx.lex.prepositions and toks[k + 1].upper and is_platform(toks[k + 1].low):
            return k
        head = next((m for m in range(k + 1, j) if toks[m].low not in ctx.lex.determiners), j)
        if toks[k].low in ctx.lex.prepositions and head == j - 1 and word_type(toks[head].low, ctx.lang) == "document":
            return k  # "uppgav polisen i ett pressmeddelande att …": the document it wrote in
    return j


def _article_subject(ctx: Ctx, toks: list[Tok], a: int, e: int) -> tuple[int, int] | None:
    """(end of the subject, start of the content) of an inverted subject opened by a German article that may
    be a dative ("der"), when the content follows it at once: "Am Abend sagte der Sprecher, die Lage sei
    ruhig" has no other subject ("sagte der Zeitung ein Sprecher" has). None when it is not that shape."""
    lex = ctx.lex
    if toks[a].low not in lex.dative_definite or toks[a].low not in lex.closed.recipient:
        return None
    j = np_end(ctx, toks, a + 1, e, lex.closed.recipient)
    if j + 2 < e and toks[j].low in lex.genitive_article and (k := _count_at(ctx, toks, j + 2, min(e, j + GENITIVE_WORDS))) < \
            min(e, j + GENITIVE_WORDS) and all(t.upper for t in toks[j + 1:k]):
        j = k  # "meldete der Gouverneur der Region Donezk zwei Tote": a genitive before the count is the subject's
    elif j + 1 < e and toks[j].low in lex.genitive_article and not genitive_tail(ctx, toks, j, e)[1] \
            and (g := genitive_tail(ctx, toks, j, e)[0]) < e and toks[g].text in ",:":
        j = g  # "sagte der Sprecher der Stadt, dass C": the genitive is the subject's (not a medium told)
    if j == a + 1 or j - a > V2_SUBJECT_WORDS or j + 1 >= e or media_name(toks[a + 1:j], lex):
        return None
    if toks[j].low in lex.complementizers or toks[j].text == ":":
        return j, j + 1  # "Am Abend sagte der Sprecher: C"
    if _object_after(ctx, toks, a, j, e):
        return j, j  # "Am Abend bestätigte der Sprecher die Angaben."
    if toks[j].text != ",":
        return None
    if (c := past_apposed_name(toks, j, e)) > j:  # "sagte der Sprecher der Stadt, Hans Maier, dass C"
        if toks[c].low in lex.complementizers or _object_after(ctx, toks, a, c, e):
            return j, c + (toks[c].low in lex.complementizers)  # ("meldete der Gouverneur, X Y, zwei Tote")
        return (j, c) if any(t.low in lex.konjunktiv for t in toks[c:c + 4]) else None
    if toks[j + 1].low in lex.complementizers:
        return j, j + 2
    return (j, j + 1) if any(t.low in lex.konjunktiv for t in toks[j + 1:j + 5]) else None


V2_SUBJECT_WORDS: Final = 6  # the longest subject read after an inverted cue ("sa britisk etterretning at")


APPOSITION_WORDS: Final = 12  # the longest apposition read between an inverted subject and its complementizer


def _apposition_end(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int | None:
    """Where the content starts after an apposition closed by ", at": "fortæller Anna Berg, direktør i X (Y),
    at …" (the words after the complementizer), else None. No finite verb stands in the apposition."""
    lex = ctx.lex
    if j + 2 >= e or toks[j].text != ",":
        return None
    for k in range(j + 1, min(e - 1, j + 1 + APPOSITION_WORDS)):
        t = toks[k]
        if t.text == ",":
            return k + 2 if k > j + 1 and toks[k + 1].low in lex.complementizers else None
        if t.text in ".;:!?" or t.low in lex.complementizers or t.low in lex.relatives or (
                t.is_word and not t.upper and is_finite_verb(t, lex) and not word_type(t.low, ctx.lang)):
            return None
    return None


QUOTE_STRIP: Final = "\"'“”„«»‘’‚"
