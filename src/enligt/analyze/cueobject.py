"""What follows a reporting verb (rules.py calls these from `rules.verb_one`): no content at all, so the content
is before the cue ("…, the governor said on Telegram."); a thing made ("wrote a book"); a topic with nothing
said about it ("said about farmers"); and where a noun-phrase object of a prepositional cue ends."""
from __future__ import annotations

from typing import Final

from enligt.analyze import anonymity, clauses, englishshapes
from enligt.analyze.adverbobject import past_phrases
from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.numwords import number_starts
from enligt.analyze.phrases import TIME_LOOKALIKES, span, time_phrase
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.timedclause import approximate_figure, clause_after_tag, time_then_clause
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset


def _time_inside(ctx: Ctx, low: str) -> bool:
    """A time word inside a word ("søndagens", "i morgentimene"), not by chance in another stem (`TIME_LOOKALIKES`:
    "pengebruken" holds "uke", "brugen" "uge", "kraften" "aften")."""
    return any(w in low for w in ctx.lex.times) and not any(w in low for w in TIME_LOOKALIKES)


def _sentence_adverb(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """A V2 sentence adverb holding a time word ("samtidigt": meanwhile) before the object it stands in front of
    ("erkänner samtidigt gärningen", "erkjenner samtidig tyveriet"): no time phrase, the object follows it (not a
    preposition, a punctuation mark or the sentence's end: "…, säger han samtidigt.")."""
    nxt = a + 1
    return ctx.lex.profile.v2 and ctx.lex.fronted.get(toks[a].low) == "adv" and nxt < e and toks[nxt].is_word \
        and toks[nxt].low not in ctx.lex.prepositions and toks[nxt].low not in ctx.lex.complementizers


def is_type_b(ctx: Ctx, toks: list[Tok], a: int, e: int, after_cue: int, tag: bool = False) -> bool:
    """No real content after the cue ("…, the governor said on Telegram."): the content is before it."""
    rest = [t for t in toks[a:e] if t.is_word]
    if not rest or a == after_cue and anonymity.adverbial_at(ctx, toks, a, e):
        return True  # (also "C, an officer said on condition of anonymity because …": how, not what, was said)
    if a < e and toks[a].text == ",":
        return True
    first = toks[a].low if a < e else ""
    if first in ctx.lex.infinitive_markers and a + 1 < e and toks[a + 1].is_word and not toks[a + 1].upper \
            and toks[a + 1].low not in ctx.lex.noun_openers and toks[a + 1].low not in ctx.lex.pronouns \
            and not toks[a + 1].low.endswith("s") and not word_type(toks[a + 1].low, ctx.lang):
        return False  # "has vowed to fight on": an infinitive (not "said to reporters", "to police")
    words = next((k for k in range(a, e) if not toks[k].is_word), e)
    adverbial = first in ctx.lex.prepositions or first in ctx.lex.closed.tag_adverbial \
        or first in ctx.lex.weekdays or (not toks[a].upper and _time_inside(ctx, first)
                                         and not _sentence_adverb(ctx, toks, a, e)) \
        or (time_phrase(ctx, toks, a, words) and toks[after_cue - 1].low not in ctx.lex.noun_verbs)  # "…, X said last
    # week." (not "ad time in swing states this week, …": a noun)
    adverbial = adverbial and not approximate_figure(ctx, toks, a, e)  # "said at least nine died": a count opens the clause
    comma = next((k for k in range(a, min(e, a + 5)) if toks[k].text == "," or tag and toks[k].text in _DASHES
                  and not any(t.low in ctx.lex.complementizers for t in toks[k:e])), None)
    if adverbial and comma is not None and toks[a - 1].low not in ctx.lex.complementizers and not any(
            t.low in ctx.lex.complementizers for t in toks[a:comma + 2]) and not (  # not "noted that in France, C"
            not ctx.lex.profile.v2 and not tag and englishshapes.clause_at(ctx, toks, comma + 1, e)):
        # (nor "said with the new deaths, the toll …": a clause follows the comma)
        return True  # "… told Reuters on Tuesday, speaking on condition of anonymity"
    short_pp = adverbial and len(rest) <= 5 and not any(t.low in ctx.lex.complementizers for t in toks[a:e])
    if a == after_cue and time_then_clause(ctx, toks, a, e) or tag and clause_after_tag(ctx, toks, a, e):
        return True  # "C, the union said Thursday as talks were ongoing.": the time, then a clause of its own
    if tag and adverbial and a == after_cue and not ctx.lex.profile.v2 and not any(
            toks[k].low in ctx.lex.complementizers or (clauses.verb_like(toks[k], ctx.lex) and toks[k].low not in
                                                       ctx.lex.speech and toks[k - 1].low not in ctx.lex.infinitive_markers)
            or k > a and k + 1 < e and ctx.lex.pronouns.get(toks[k].low) == "person" and toks[k - 1].is_word
            and toks[k + 1].is_word for k in range(a, e)):  # (nor a clause with a pronoun subject: "said Wednesday he agrees")
        return True  # "C, Wilkin said during his speech to be a delegate.": a tag after a comma, its adverbial
    return short_pp and (a == after_cue or tag and not ctx.lex.profile.v2 and not any(
        t.low in ctx.lex.complementizers or not t.is_word for t in toks[after_cue:a]))
    # (also past the one told: "C, he told the court in his filing.")


_DASHES: Final = frozenset({"-", "--", "–", "—"})  # a dash closing an adverbial after a tag, as a comma does


def made_object(ctx: Ctx, toks: list[Tok], a: int, e: int, cue: str) -> bool:
    """A noun phrase object after a cue of `object_cues.txt` with no verb of its own after it."""
    if cue not in wordset(ctx.lang, "object_cues") or a >= e:
        return False
    first = toks[a]
    if not (ctx.lex.noun_openers.get(first.low) in ("det", "quant") or first.text in "$£€" or first.text.isdigit()
            or first.low.endswith(("'s", "’s")) or _bare_noun(ctx.lex, first)):
        return False
    j = forward_np(toks, a, e, ctx.lex)
    return j >= e or not (is_finite_verb(toks[j], ctx.lex) or toks[j].low in ctx.lex.modals)


def _bare_noun(lex: Lexicon, t: Tok) -> bool:
    """Nordic: a lower-case word that may be a bare or suffixed-definite noun ("inläggen", "böcker"): no closed-class
    word, no finite verb (not "skriver det finns", "skriver att")."""
    return lex.profile.v2 and not lex.profile.capitalised_nouns and t.is_word and not t.upper \
        and t.low not in lex.pronouns and t.low not in lex.noun_openers and t.low not in lex.prepositions \
        and t.low not in lex.complementizers and t.low not in lex.sentence_adverbs and t.low not in lex.subordinators \
        and not is_finite_verb(t, lex) and t.low not in lex.modals


def news_object(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """The news itself as the object, with only a time or place after it ("which first reported the news on
    Tuesday", "broke the story"): a publication event, nothing said (`news_object` in function_words.tsv)."""
    if a + 1 >= e or toks[a].low not in ctx.lex.determiners or toks[a + 1].low not in function_words(ctx.lang, "news_object"):
        return False
    k = a + 2
    return k >= e or not toks[k].is_word or toks[k].low in ctx.lex.prepositions or toks[k].low in ctx.lex.weekdays


def expulsion(ctx: Ctx, toks: list[Tok], s: int, i: int, d: Draft) -> bool:
    """German "ausschließen" of a member from a body ("hat X aus der Fraktion ausgeschlossen", "schloss ihn aus der
    Partei aus", "wurde X aus der Partei ausgeschlossen"): expelling, nothing ruled out; an "aus" phrase stands in
    the cue's clause before it or inside the object (`expel_cue`, `expel_from` in function_words.tsv)."""
    if toks[i].low not in function_words(ctx.lang, "expel_cue"):
        return False
    froms = function_words(ctx.lang, "expel_from")
    b = next((k + 1 for k in range(i - 1, s - 1, -1) if toks[k].text == ","), s)
    return any(t.low in froms for t in toks[b:i]) \
        or any(w in froms for p in d.parts if p for w in ctx.text[p[0]:p[1]].lower().split())


def topic_only(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """A topic after a cue and nothing said about it ("said about farmers in the last year"): no clause, quote or
    colon follows (not "said about the plan that C", "said about half of the jobs were lost", "said about 200")."""
    nxt = toks[a + 1].low
    if nxt in lex.closed.indefinite and a + 2 < e:
        nxt = toks[a + 2].low  # "said about a dozen …", "about a third of"
    if lex.profile.v2 or lex.fronted.get(toks[a].low) != "topic" or nxt[:1].isdigit() or nxt in number_starts(lex.lang) \
            or lex.noun_openers.get(nxt) == "quant":
        return False  # "said about half of the jobs went", "said about 200", "said about a dozen"
    return not any(t.low in lex.complementizers or t.text in QUOTE_STRIP or t.text == ":" or t.low in lex.closed.be
                   or t.low in lex.modals or (not t.upper and is_finite_verb(t, lex)) for t in toks[a + 1:e])


def adverbials_only(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """German: only prepositional phrases after a one-word cue, with no clause, quote or colon after them ("erklärte
    auf die Anfrage mit einem Brief", "antwortete auf die Frage"): nothing said is reported."""
    if not lex.profile.capitalised_nouns or a >= e or toks[a].low not in lex.prepositions:
        return False
    k = past_phrases(lex, toks, a, e)
    if k < e and toks[k].is_word and toks[k].low not in lex.prepositions:
        return False  # "bestätigte am Dienstag | den Tod des Mannes": an object after the adverbial
    return not any(t.text in ",:;" or t.text in QUOTE_STRIP or t.low in lex.complementizers for t in toks[a:e])


def object_phrase_only(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Swedish, Norwegian: only a prepositional object after a one-word cue (class `object_prep`: "svarar på
    kritiken med nya krav", "berättar om sin uppväxt"), with no clause, quote or colon after it up to a tag: what was
    answered or talked about, nothing said is reported (not "svarte på spørsmålet at C", "sa om saken: C")."""
    lex = ctx.lex
    if a >= e or toks[a].upper or toks[a].low not in function_words(ctx.lang, "object_prep"):
        return False
    e = next((k for k in range(a + 1, e - 1) if toks[k].text == "," and toks[k + 1].low in lex.speech), e)  # a tag
    return not any(t.text in ":;" or t.text in QUOTE_STRIP or t.low in lex.complementizers or _clause_verb(lex, toks, k)
                   for k, t in enumerate(toks[a + 1:e], a + 1))


def _clause_verb(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """A verb of a clause of its own: a listed finite verb, modal or auxiliary, or a word with a verb's ending after
    a pronoun ("de kastet"; not "budsjettet", "deres": nouns and possessives with such endings)."""
    t = toks[k]
    if not t.is_word or t.upper:
        return False
    if t.low in lex.finite_verbs or t.low in lex.modals or t.low in lex.auxiliaries or t.low in lex.closed.be:
        return True
    return toks[k - 1].low in lex.pronouns and t.low not in lex.determiners and is_finite_verb(t, lex)



def figure_end(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """German: the end of a count as the object of a cue of class `figure` ("nennt 14-mal so viele Opfer", "zählt die
    Gruppe nur 500 Tote, während …": up to the comma after it), a number within the first words after the cue with no
    punctuation, quote or clause before it; 0 when there is none ("nannte den Termin nicht", "nennt der Senat die
    Bezirke, in denen 30 …"). A place before the count is passed ("zählten in Kiel 5.000 Teilnehmer")."""
    numbers = number_starts(ctx.lang)
    places = function_words(ctx.lang, "figure_place")
    stops = function_words(ctx.lang, "more_prepositions") | function_words(ctx.lang, "verb_preposition")
    k = a
    while k < min(e, a + FIGURE_WORDS):
        t = toks[k]
        if t.text[:1].isdigit() or t.low in numbers:
            if k + 2 < e and toks[k + 1].text == "." and toks[k + 2].is_word:
                return 0  # a date: "nannte den 5. Mai" (not the count closing its sentence: "kamen nur auf 3.000.")
            return _gapped_end(ctx, toks, next((m for m in range(k + 1, e) if toks[m].text == ","), e), e)
        if t.low in places and k + 1 < e and toks[k + 1].upper and toks[k + 1].is_word:
            k += 2  # a place: "zählten in Bremen 9.000 Streikende"
            continue
        if t.upper and a > 0 and toks[a - 1].low in ctx.lex.prepositions:
            return 0  # "kam auf Platz 3": after a cue's preposition only the count ("kommt auf mehr als 300")
        if not t.is_word or t.low in ctx.lex.complementizers or t.low in ctx.lex.prepositions or t.low in stops \
                or match_phrase(toks, k, e, ctx.lex.prep):  # (nor "ermittelt gegen 3 Männer": no count given)
            return 0  # (nor past a source phrase: "zählte nach eigenen Angaben 1200 Einsätze" is that phrase's record)
        k += 1
    return 0


def _gapped_end(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """Past the gapped counts of other places after a count's comma (", in Lübeck 700, in Husum 600 sowie in Heide
    500"): each a place preposition (`figure_place`), its name and a number, with no verb, before the next comma; j
    when none."""
    places = function_words(ctx.lang, "figure_place")
    while j + 2 < e and toks[j].text == "," and toks[j + 1].low in places and toks[j + 2].upper:
        nxt = next((m for m in range(j + 1, e) if toks[m].text == ","), e)
        part = toks[j + 3:nxt]
        if not any(t.text[:1].isdigit() for t in part) or any(t.low in ctx.lex.finite_verbs or t.low in ctx.lex.auxiliaries for t in part):
            break  # (no count, or a clause of its own: ", im Vorjahr waren es 500")
        j = nxt
    return j


def inverted_figure(ctx: Ctx, toks: list[Tok], e: int, i: int, prep: str, longest: int) -> Draft | None:
    """A count cue of two words around an inverted subject ("In Kiel kamen die Beamten nur auf 3.000"): the subject
    between them (at most `longest` words), a few lower-case words after it, the count right after the preposition."""
    sub = forward_np(toks, i + 1, e, ctx.lex, frozenset({prep}))
    j = sub
    while j < e and j - sub < FIGURE_GAP and toks[j].is_word and not toks[j].upper and toks[j].low != prep:
        j += 1  # "kamen die Beamten aber nur auf 3.000"
    if sub == i + 1 or sub - i - 1 > longest or j >= e or toks[j].low != prep:
        return None
    end = figure_end(ctx, toks, j + 1, e)
    c = span(ctx, toks, j + 1, end) if end else None
    return Draft((c,), (toks[i].start, toks[j].end), f"{toks[i].text} {toks[j].text}", tuple(toks[i + 1:sub])) if c else None


FIGURE_GAP: Final = 3  # lower-case words between an inverted subject and "auf" ("kamen die Beamten aber nur auf")
FIGURE_WORDS: Final = 6  # tokens from the cue to its count ("zählt die Gruppe nur 500")


def placed_figure_end(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """English: the end of a figure a cue of class `placed` puts a thing at ("put the crowd at 120,000 or more",
    "put the number of people arrested at ten": a determiner or possessive, words only up to `placed_at`, then a
    number within a few words: up to the comma after it); 0 in any other shape ("put out a statement", "put the
    blame at the door of X", "put it this way")."""
    lex = ctx.lex
    if a >= e or toks[a].low not in lex.determiners:
        return 0
    at = next((k for k in range(a + 1, min(e, a + PLACED_WORDS)) if toks[k].low in function_words(ctx.lang, "placed_at")
               or not toks[k].is_word), e)
    if at >= e or not toks[at].is_word or at == a + 1:
        return 0
    numbers = number_starts(ctx.lang)
    for k in range(at + 1, min(e, at + 1 + PLACED_APPROX)):
        t = toks[k]
        if t.text[:1].isdigit() or t.low in numbers:
            return next((m for m in range(k + 1, e) if toks[m].text == ","), e)
        if not t.is_word or t.upper:
            return 0
    return 0


PLACED_WORDS: Final = 9  # tokens from the cue to "at" ("the number of officially registered deaths at")
PLACED_APPROX: Final = 3  # tokens from "at" to the figure ("at more than 200,000")


def noun_object_end(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> int:
    """English: the content of a cue with a preposition ("warned of worse to come") is a noun phrase, which a
    subordinate clause after it does not continue ("… as rescuers scrambled to …"); else `e`."""
    lex = ctx.lex
    if n < 2 or lex.profile.v2 or toks[i + n - 1].low not in lex.prepositions:
        return e
    return next((m for m in range(a + 1, e) if toks[m].low in lex.subordinators and not toks[m].upper), e)


def contrasted_object_end(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, a: int, e: int) -> int:
    """English: a noun-phrase object right after the cue ("announced an outbreak of four cases on May 6", "reported
    between 20 and 25 deaths") ends where a contrasting clause with a subject and a verb of its own opens: ", but",
    ", while" (a `contrast_opener`), a bare "but"/"while" ("denied nine charges but a jury convicted him") or ",
    however," ("reported 45 injuries, however, most were …"); else `e`. Not for a cue inside another's report ("X
    said 20 people indicated an interest, but he …": X's words go on; the noun right before the cue is its subject:
    "media reports put the toll at 50 but …")."""
    lex = ctx.lex
    if lex.profile.v2 or lex.profile.capitalised_nouns or a != i + n or a >= e \
            or any(toks[k].low in lex.speech for k in range(s, i - 1)) or not _figure_or_determiner(ctx, toks, a, e):
        return e
    openers = function_words(ctx.lang, "contrast_opener")
    for k in range(a + 1, e - 2):
        t = toks[k]
        if _contrast_at(lex, openers, toks, k, e):
            return k
        if _verb(lex, t) or t.low in lex.complementizers or t.low in lex.relatives or t.text in QUOTE_STRIP \
                or t.text == ":":
            return e  # a clause ("said the toll has risen, but …", "his members, who lean …"), or a quotation
    return e


def _figure_or_determiner(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """A noun phrase at toks[a] that opens with a determiner or quantifier, a figure ("70 injuries", "nine charges",
    "at least 12 deaths") or a `range_opener` before a figure ("between 20 and 25 deaths")."""
    first = toks[a]
    if ctx.lex.noun_openers.get(first.low) in ("det", "quant") or _figure(ctx, first) \
            or approximate_figure(ctx, toks, a, e):
        return True
    return first.low in function_words(ctx.lang, "range_opener") and a + 1 < e and _figure(ctx, toks[a + 1])


def _figure(ctx: Ctx, t: Tok) -> bool:
    return t.text[:1].isdigit() or t.low in number_starts(ctx.lang)


def _contrast_at(lex: Lexicon, openers: frozenset[str], toks: list[Tok], k: int, e: int) -> bool:
    """A contrasting clause opening at toks[k]: ", but/while" with a verb in a few words; a bare "but"/"while"
    after a word (not "all but two"), then a subject (no verb right after it) and a verb; ", however," and a verb."""
    t = toks[k]
    if t.text == ",":
        j = k + 1
        if toks[j].low in openers:
            j += 1
        elif toks[j].low in lex.sentence_adverbs and j + 1 < e and toks[j + 1].text == ",":
            j += 2  # ", however, most of them were …"
        else:
            return False
    elif t.low in openers and toks[k - 1].text[:1].isalnum() and toks[k - 1].low not in function_words(lex.lang, "all_but") \
            and toks[k + 1].is_word and not _verb(lex, toks[k + 1]) and toks[k + 1].low not in lex.prepositions:
        j = k + 1  # (not "… Republican but in many cases voted …": an adverbial, the same subject goes on)
    else:
        return False
    return any(_verb(lex, v) or _past(v) for v in toks[j:min(e, j + CONTRAST_SUBJECT)]) \
        or any(v.low in lex.speech and not v.upper for v in toks[j:min(e, j + CONTRAST_SPEAKER)])


def _past(t: Tok) -> bool:
    """A lower-case past form in -ed ("convicted", "found" is listed): a clause's verb."""
    return t.is_word and not t.upper and len(t.low) > PAST_MIN and t.low.endswith("ed")


PAST_MIN: Final = 3  # letters of a past form in -ed ("refused", not "led", "red")


CONTRAST_SUBJECT = 5  # words from "but" to the verb of its clause ("but that number has")
CONTRAST_SPEAKER = 10  # words from "but" to a cue of its clause ("but a top official of the state-run mine said")


def coordinated_passive_end(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> int:
    """English: a noun-phrase object right after the cue ends at "and" with a passive or perfect of the subject's
    ("claimed self-defense and was acquitted", "denied the charge and has since resigned"); else `e`."""
    lex = ctx.lex
    if lex.profile.v2 or a != i + n or a >= e or toks[a].text in QUOTE_STRIP or toks[a].low in lex.pronouns \
            or toks[a].low in lex.first_person:
        return e  # (a clause with its own subject: "said she became ill and was dismayed")
    for k in range(a + 1, min(e - 2, a + OBJECT_WORDS)):
        t = toks[k]
        if not t.is_word or _verb(lex, t) or t.low in lex.complementizers:
            return e  # a clause or a quotation: the report may go on
        if t.low in lex.closed.and_ and (toks[k + 1].low in lex.closed.be or toks[k + 1].low in _PERFECT):
            return k
    return e


OBJECT_WORDS: Final = 8  # words of a noun-phrase object read for its coordinated verb ("claimed self-defense and was")
_PERFECT: Final = frozenset({"has", "had", "have"})


def _verb(lex: Lexicon, t: Tok) -> bool:
    return t.is_word and not t.upper and (is_finite_verb(t, lex) or t.low in lex.auxiliaries or t.low in lex.modals
                                          or t.low in lex.closed.be)


def claim_clause(ctx: Ctx, toks: list[Tok], a: int, that: int) -> bool:
    """Whether "that" at toks[that] opens the claim of a rejected noun phrase toks[a:that]: a `claim_noun` or
    `claim_that_noun` in it
    ("rejected claims that C", "dismissed the notion that C") and no verb right after "that" ("rejected a deal
    that could have …", "the claims that were made": relative clauses)."""
    nouns = function_words(ctx.lang, "claim_noun") | function_words(ctx.lang, "claim_that_noun")
    return that + 1 < len(toks) and not _verb(ctx.lex, toks[that + 1]) and any(t.low in nouns for t in toks[a:that])


def claim_then_that(ctx: Ctx, toks: list[Tok], a: int, that: int) -> bool:
    """`claim_clause` with nothing but the claim's noun phrase between: no coordinator or finite verb ("avvisar
    påståendet att C", not "avfärdar anklagelserna och säger att C": the clause is the second cue's)."""
    nouns = function_words(ctx.lang, "claim_noun")
    return claim_clause(ctx, toks, a, that) and not any(
        t.low in ctx.lex.coordinators or is_finite_verb(t, ctx.lex) and t.low not in nouns for t in toks[a:that])


def warned_against(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """A warning against doing something (`warn_against` in function_words.tsv: the verb, then its preposition and
    infinitive marker): "advarer andre mod at forsøge", "advarer folk mot å gå ut" is advice, nothing claimed; a
    clause after the marker is a claim ("advarer mod at renten stiger": a subject follows the marker)."""
    frames = warn_frames(ctx.lang)
    if toks[i].low not in frames[0]:
        return False
    for k in range(i + 1, min(e - 2, a + WARNED_OBJECT)):  # (from the verb: the cue "varnar för" holds the preposition)
        if not toks[k].is_word:
            return False
        if (toks[k].low, toks[k + 1].low) in frames[1]:
            verb, lex = toks[k + 2], ctx.lex  # an infinitive, not a subject ("at renten", "at de", "at priserne")
            return verb.is_word and not verb.upper and verb.low not in lex.determiners and verb.low not in lex.pronouns \
                and not verb.low.endswith(SUBJECT_ENDINGS) \
                and not (k + 3 < e and is_finite_verb(toks[k + 3], lex))  # "för att priserna kan stiga": a clause
    return False


SUBJECT_ENDINGS = ("en", "et", "ne", "rna")  # a definite noun after "at" opens a clause, no infinitive ("mod at renten
# stiger", "för att priserna stiger")


WARNED_OBJECT = 4  # words between a warning verb and its preposition ("advarer kraftigt andre mod at")


def warn_frames(lang: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """`_warn_frames_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _WARN_FRAMES_KEPT.get(lang)
    if got is None:
        got = _WARN_FRAMES_KEPT.setdefault(lang, _warn_frames_built(lang))
    return got


_WARN_FRAMES_KEPT: Final[dict[str, tuple[frozenset[str], frozenset[tuple[str, str]]]]] = {}


def _warn_frames_built(lang: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    rows = [tuple(r.split()) for r in function_words(lang, "warn_against")]
    return frozenset(r[0] for r in rows if len(r) == 1), frozenset((r[0], r[1]) for r in rows if len(r) == 2)


def claim_object_end(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """End of a rejected claim named as a noun phrase ("dismissed the claim", "rejected the allegations of
    fraud"): an opener and a `claim_noun` at its head, else None ("rejected the offer", "dismissed the case").
    Nordic: a bare or suffixed-definite noun opens it too ("avviser påstandene", "har afvist beskyldningerne")."""
    if a >= e:
        return None
    lex = ctx.lex
    bare = _bare_noun(lex, toks[a]) and toks[a].low not in lex.infinitive_markers
    if lex.noun_openers.get(toks[a].low) not in ("det", "quant") and not bare:
        return None  # (not "rejected Moscow's claim outright": the owner's claim, no reported words)
    j = a + 1
    while j < e and toks[j].is_word and toks[j].low not in _CLAIM_STOPS and toks[j].low not in lex.coordinators \
            and toks[j].low not in lex.subordinators and toks[j].low not in lex.relatives:
        j += 1
    nouns = function_words(ctx.lang, "claim_noun")
    return j if any(t.low in nouns for t in toks[a if bare else a + 1:j]) else None


_CLAIM_STOPS = frozenset({"as", "on", "in", "at", "by", "after", "that"})  # "dismissed the claim as false", "on Friday"


CHARGE_REACH: Final = 8  # words of the object before "for" ("forhandlingsmotpart Knut Arild Hareide (KrF) for")


def charged_object(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """Nordic: a verb of accusing, criticising or praising at toks[i], then its object and "for"/"för" before an
    infinitive of the charge or merit ("anklager X for å lekke C", "roser X for at reagere", "berömmer X för att ha
    hjälpt"): the object and the phrase are what was said, with no clause."""
    lex = ctx.lex
    if a != i + 1 or toks[i].low not in function_words(ctx.lang, "charge_verb"):
        return False
    prep = function_words(ctx.lang, "charge_for")
    for k in range(a, min(e - 1, a + CHARGE_REACH)):
        t = toks[k]
        if t.low in prep:
            return k > a and _charge_follows(ctx, toks[i], toks[k + 1])
        if t.text in "()":
            continue
        if not t.is_word or t.low in lex.complementizers or t.low in lex.coordinators \
                or not t.upper and is_finite_verb(t, lex) and not word_type(t.low, ctx.lang):
            return False  # (a noun of the source lexicon spelt like a past tense is the object: "politiet")
    return False


def _charge_follows(ctx: Ctx, verb: Tok, nxt: Tok) -> bool:
    """The charge or merit after "for": an infinitive for every charge verb ("roser X for å reagere"; not "roser X
    for innsatsen", a merit named), a noun phrase too after a verb of accusing (`charge_noun_verb`: "anklager X for
    brutalitet", "beskyller X för ”grovt fusk”"), the charge itself."""
    if nxt.low in function_words(ctx.lang, "charge_infinitive"):
        return True
    return verb.low in function_words(ctx.lang, "charge_noun_verb") and (nxt.is_word or nxt.text in _OPEN_QUOTES)


_OPEN_QUOTES: Final = frozenset("”\"»“„")


GOT_OBJECT: Final = 8  # words of the object between "få" and its participle ("få nogen af de to landes tal bekræftet")


def got_done(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, e: int) -> bool:
    """A participle cue after a form of "get" and its object (class get_verb): "at få tallene bekræftet", "før man
    selv har fået det meddelt": something gets confirmed or told, nobody reports a claim (not "har fået oplyst, at
    C", a cue of its own, nor a clause after the participle)."""
    got = function_words(ctx.lang, "get_verb")
    if not got or n > 1 or i - s < 2 or not toks[i].low.endswith("t"):
        return False
    k = next((m for m in range(i - 2, max(s, i - 1 - GOT_OBJECT) - 1, -1) if toks[m].low in got or not toks[m].is_word),
             None)
    if k is None or toks[k].low not in got or any(t.low in ctx.lex.relatives or t.low in ctx.lex.complementizers
                                                    for t in toks[k + 1:i]):
        return False  # (not "fik en mail, som politiet har sendt": a clause of its own)
    a = i + 1 + (i + 1 < e and toks[i + 1].text == ",")
    return not (a < e and toks[a].low in ctx.lex.complementizers)
