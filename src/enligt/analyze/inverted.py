"""The subject after the cue: inverted tags ("…, said X, a director"), V2 order in the Nordic languages
and German ("Det uppger polisen", "sagte der Sprecher"), after fronted adverbials and clauses (those
tests are in fronting.py), and where the content starts after a cue (`after_cue`). Split out of rules.py,
which calls these from `rules.verb_one`. The perfects after a fronted constituent ("Tidligere har politiet sagt")
are in v2perfect.py, the subject after a V2 cue (`v2_subject`) in v2subject.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze import shapes
from enligt.analyze.cueguards import owned_object
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.fronting import (
    adverbs_to_comma,
    insert_verb,
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
from enligt.analyze.tagcues import own_voice
from enligt.analyze.tails import (
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
)
from enligt.analyze.via import closing_recipient, over_for, recipient, relay
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
    rel_adverbs = function_words(ctx.lang, "subject_relative_adverb")  # "X fra Y, hvor …, siger": a relative of place
    for k, t in enumerate(toks[lo:i], lo):
        if t.low in lex.relatives and not (lex.profile.capitalised_nouns and not _opens_relative(lex, toks, lo, k)) \
                or t.low in rel_adverbs and k - 1 > lo and toks[k - 1].text == "," and _noun_before(lex, toks[k - 2]):
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
    if j == i + n + 1 and own_voice(ctx.lex, toks[i + n]):
        return None  # "…, reknar eg med at C", "…, tror jeg": the speaker's own words inside a quotation
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


QUOTE_STRIP: Final = "\"'“”„«»‘’‚"


def _noun_before(lex: Lexicon, t: Tok) -> bool:
    """Whether t, before the comma of a relative of place, can end a noun phrase the clause is on ("Nordea, hvor"),
    not a negation or a verb ("Han ved ikke, hvor …": an embedded question)."""
    return t.is_word and t.low not in lex.negation and not is_finite_verb(t, lex)
