"""Where the source phrase of a prepositional cue ends and what follows it ("enligt X", "according to X",
"nach Angaben X"): a relative clause without its pronoun, a name in apposition, a quoted title, a second
source joined by "and", a plan that is no source, and the words after the source that still belong to the
sentence's claim. Split out of markers.py, whose `prep_rules` reads these phrases."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase, split_phrase
from enligt.analyze.interviewer import talked_phrases as _phrases
from enligt.analyze.phrases import np_end, only_punct, seg_start
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import is_acronym, is_name_tok
from enligt.analyze.via import media_name
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def fronts_clause(ctx: Ctx, toks: list[Tok], after: int, e: int) -> bool:
    """Nordic V2: a finite verb right after the source, with no comma between ("…, enligt uppgifter rör det sig om
    en man"): the phrase is fronted in a main clause of its own, not set off inside the clause before it."""
    lex = ctx.lex
    return lex.profile.v2 and not lex.profile.capitalised_nouns and after + 1 < e and toks[after - 1].text != "," \
        and toks[after].is_word and not toks[after].upper and (is_finite_verb(toks[after], lex) or toks[after].low in lex.modals)


def contact_clause(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """The end of a relative clause of a pronoun and its verb after a source, with or without "som", when the main
    clause's finite verb follows it (sv/no/da: "Enligt den information (som) jag fått ska …", "de uppgifter vi har
    fått tyder på"): the clause is part of the source; else j."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or j >= e:
        return j
    if (talked := _talked_with(ctx, toks, j, e)) > j:
        return talked  # "Ifølge vitner VG har snakket med, skal …": the medium's contact clause
    k = j + 1 if toks[j].low in lex.relatives else j
    if k + 2 >= e or not (toks[k].low in lex.first_person or lex.pronouns.get(toks[k].low) == "person"):
        return j
    for m in range(min(e - 1, k + CONTACT_VERBS + 1), k + 1, -1):  # the farthest finite verb: "jag har fått | ska"
        if is_finite_verb(toks[m], lex) and all(t.is_word and not t.upper and t.low not in lex.prepositions
                                                and t.low not in lex.determiners for t in toks[k + 1:m]):
            return m
    return j


CONTACT_VERBS: Final = 2  # verb words of a relative clause after its pronoun ("jag har fått")


def talked_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> list[Tok]:
    """A subject that ends in a medium's contact clause right before the cue ("Två ekonomer DN talat med tror att
    C"): the words from the clause's start, lower-case before the medium; else none (sv/no/da)."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return []
    for phrase in _phrases(ctx.lang):
        m = pre_end - len(phrase) - 1
        if m - 1 < s or tuple(t.low for t in toks[m + 1:pre_end]) != phrase or _talked_with(ctx, toks, m, pre_end) != pre_end:
            continue
        b = seg_start(toks, s, m - 1, lex.subordinators)
        words = toks[b:m]
        ok = bool(words) and all(t.is_word for t in words) and not any(is_finite_verb(t, lex) for t in words)
        return toks[b:pre_end] if ok else []
    return []


def _talked_with(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """The end of a medium's contact clause after a source's noun ("vitner VG har snakket med", "vittnen SVT talat
    med"; `talked_with`), the medium at toks[j] or closing the phrase before it; else j."""
    for m in (j - 1, j):
        first = m - 1 == 0 or toks[m - 2].text in ".!?:"  # (a capital opening the sentence: "Analytikere NRK …")
        if m < 1 or m >= e or not toks[m].upper or toks[m - 1].upper and not first \
                or media_name(toks[m:m + 1], ctx.lex) is None:
            continue
        for phrase in _phrases(ctx.lang):
            end = m + 1 + len(phrase)
            if end <= e and tuple(t.low for t in toks[m + 1:end]) == phrase:
                return end
    return j


def named_apposition(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> int:
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


def bare_noun_end(ctx: Ctx, toks: list[Tok], a: int, j: int) -> int:
    """Where nouns are capitalised, a bare source noun of a known type and an abstract noun after it (an ending of
    `common_noun_ending`: "laut Experten | Hoffnung", "laut Kreml | Verhandlungen"): the second noun is the clause's
    own, so the source ends after the first (a + 1); else j ("laut Polizei Köln", "laut Sprecher Hans Maier")."""
    if not ctx.lex.profile.capitalised_nouns or j < a + 2 or not (toks[a].upper and toks[a + 1].upper) \
            or not toks[a].is_word or not toks[a + 1].is_word or toks[a].low in ctx.lex.determiners \
            or word_type(toks[a].low, ctx.lang) is None:
        return j
    return a + 1 if toks[a + 1].low.endswith(tuple(function_words(ctx.lang, "common_noun_ending"))) else j


def _genitive_role(ctx: Ctx, toks: list[Tok], a: int, j: int) -> bool:
    """Whether toks[a:j] is a place's or a body's genitive and a role in lower case ("ifølge Khersons guvernør,
    Oleksandr Prokudin, er …", "enligt Skånes landshövding, …"): a role phrase, not a name (sv/no/da)."""
    lex = ctx.lex
    return lex.profile.v2 and not lex.profile.capitalised_nouns and j - a >= 2 and toks[a].low.endswith("s") \
        and all(t.is_word and not t.upper for t in toks[a + 1:j])


def quoted_title(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> int:
    """The end of a source phrase that goes on with a quoted title after its article or at its start ("laut
    einem Bericht der „Nordpost“", "laut „Nordpost“"); j when there is none."""
    if j + 1 < e and j > a and toks[j].low in ctx.lex.article and toks[j + 1].text in _OPENING:
        j += 1  # "einem Bericht der „Nordpost“": a genitive title
    if j >= e or toks[j].text not in _OPENING or not (j == a or toks[j - 1].low in ctx.lex.article):
        return j
    close = next((k for k in range(j + 2, min(e, j + QUOTED_TITLE + 2)) if toks[k].text in TITLE_CLOSE), None)
    return close + 1 if close is not None else j


QUOTED_TITLE: Final = 6  # the longest quoted title read in a source phrase
_OPENING: Final = frozenset("„“\"«‚")
TITLE_CLOSE: Final = frozenset("“”\"»‘’")


def report_after(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """The end of a content before a comma and a clause with its own reporting verb (V2 languages): "Laut X
    nahmen 500 Menschen teil, die Polizei sprach von 300" (the police's figure is no part of X's claim)."""
    lex = ctx.lex
    if not lex.profile.v2:
        return e
    for k in range(a + 1, e - 1):
        if toks[k].text == "," and toks[k + 1].low not in lex.complementizers \
                and any(_verb_cue(lex, toks, m, e) for m in range(k + 1, min(e, k + 1 + OWN_REPORT))):
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


def _verb_cue(lex: Lexicon, toks: list[Tok], m: int, e: int) -> bool:
    """A lower-case word that opens a reporting verb ("sprach … von", "sagte"), not the verbless "so" tag; a word
    that opens only longer phrases opens one only where the phrase stands (no/da "er" of "er det meldinger om" is
    no cue in "Ifølge X er A, og det er også B": B is X's too)."""
    t = toks[m]
    entries = lex.speech.get(t.low, ()) if t.is_word and not t.upper else ()
    if not any(cls not in ("so", "impersonal") for _, cls in entries):
        return False
    if m + 1 < e and toks[m + 1].low in function_words(lex.lang, "passive_after"):
        return False  # German "…, gezählt wurden etwa 13.000": a passive names no speaker of its own (de34)
    if lex.profile.separable_particles or any(len(p) == 1 for p, _ in entries):
        return True  # German "sprach (am Abend) von": the particle may stand apart
    return bool(match_phrase(toks, m, e, lex.speech) or split_phrase(toks, m, e, lex.speech))


def adjective_report(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Adjectives and then a report noun after the cue: "nach ukrainischen Angaben", "nach offiziellen
    Schätzungen" (a document or source noun of source_types.tsv)."""
    j = a
    while j < e and j - a < REPORT_ADJECTIVES and toks[j].is_word and not toks[j].upper \
            and toks[j].low not in ctx.lex.finite_verbs:
        j += 1  # (not "Dem Bericht nach | ist die Zahl …": a verb is no adjective)
    if j == a < e and toks[a].upper and _report_compound(ctx.lang, toks[a].low):
        return True  # "nach Polizeiangaben", "nach Medienberichten": the report noun compounded
    return a < j < e and word_type(toks[j].low, ctx.lang) in ("document", "unnamed") \
        and not _process_done(ctx, toks, a, j)  # "Angaben": unnamed


def _process_done(ctx: Ctx, toks: list[Tok], a: int, j: int) -> bool:
    """German: a process noun (`process_noun`: "Untersuchung", "Ermittlungen") after an adjective of its manner
    (`process_adjective`: "eingehender") or a participle ("intensiv geführten", "abgeschlossenen"): "nach" tells
    the time after it ("Nach eingehender Untersuchung steht fest"), no source ("nach ersten Ermittlungen" stays)."""
    if toks[j].low not in function_words(ctx.lang, "process_noun"):
        return False
    manner = function_words(ctx.lang, "process_adjective")
    return any(_stem(t.low) in manner or _participle(t.low) for t in toks[a:j])


def _stem(word: str) -> str:
    """An adjective without its inflection ("eingehender" -> "eingehend")."""
    return next((word[:-len(x)] for x in _INFLECTIONS if word.endswith(x) and len(word) > len(x) + 3), word)


def _participle(word: str) -> bool:
    """A weak participle used as an adjective ("geführten", "abgeschlossenen"): "ge" among its first letters."""
    return len(word) > PARTICIPLE_MIN and "ge" in word[:5] and word.endswith(_PARTICIPLE_ENDS)


_INFLECTIONS: Final = ("em", "en", "er", "es", "e")
_PARTICIPLE_ENDS: Final = ("ten", "tem", "ter", "enen", "enem", "ener")
PARTICIPLE_MIN: Final = 6  # the shortest participle read so ("geführten"; not "geten")


def genitive_report(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Danish, Norwegian: a genitive and then a report noun after the cue ("efter politiets oplysninger", "etter
    NRKs opplysninger", "efter Ritzaus foreløbige oplysninger"; function words `genitive_report_noun`), not a time or
    a place ("efter weekendens kampe", "etter en lang dag")."""
    nouns = function_words(ctx.lang, "genitive_report_noun")
    if not nouns or a >= e or not toks[a].is_word or not _genitive(toks[a]):
        return False
    j = a + 1
    while j < e and j - a <= REPORT_ADJECTIVES and toks[j].is_word and toks[j].low not in nouns \
            and toks[j].low not in ctx.lex.finite_verbs:
        j += 1  # "efter politiets egne oplysninger"
    return j < e and toks[j].low in nouns


def _genitive(t: Tok) -> bool:
    return len(t.text) > 2 and t.low.endswith("s") or t.low.endswith("'s") or t.low.endswith("’s")


def adjective_report_end(ctx: Ctx, toks: list[Tok], a: int, j: int) -> int:
    """German: the end of an adjective report after "nach" ("nach ersten Ermittlungen", "nach offiziellen Angaben")
    read as toks[a:j]: at its noun when a preposition other than "von" or "aus" follows it, a phrase of place or
    manner of the claim ("… im Rahmen eines Einsatzes", "… in X"), no owner of the report ("… der Polizei" stays)."""
    noun = next((k for k in range(a, j) if toks[k].upper and toks[k].is_word), None)
    if noun is None or noun + 1 >= j:
        return j
    nxt = toks[noun + 1].low
    owners = function_words(ctx.lang, "report_owner_preposition")
    return noun + 1 if nxt in ctx.lex.prepositions and nxt not in owners and nxt not in ctx.lex.determiners else j


def postposed_report(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> bool:
    """German "nach" after an article's report noun is a postposition, like "zufolge": "Dem Attest nach ist die
    Frau …", "Die Beamten hatten den Angaben nach zuvor …"; not before a phrase of its own ("… den Bericht nach
    der Tat …")."""
    if i - 2 < s or i + 1 >= e:
        return False
    d = i - 2
    while d > s and i - 2 - d < REPORT_ADJECTIVES and toks[d].is_word and not toks[d].upper \
            and toks[d].low not in ctx.lex.determiners and toks[d].low not in ctx.lex.finite_verbs:
        d -= 1  # "Dem ärztlichen Befund nach"
    det, noun, nxt = toks[d], toks[i - 1], toks[i + 1]
    return noun.upper and det.low in ctx.lex.determiners and nxt.is_word and not nxt.upper \
        and nxt.low not in ctx.lex.determiners and nxt.low not in ctx.lex.prepositions \
        and nxt.low not in function_words(ctx.lang, "direction_adverb") \
        and (word_type(noun.low, ctx.lang) in ("document", "unnamed") or _report_compound(ctx.lang, noun.low))


def stage_report(ctx: Ctx, src: list[Tok]) -> bool:
    """German: a noun of findings after words of the inquiry's stage alone, with no owner ("nach ersten
    Erkenntnissen", "Bisherigen Erkenntnissen zufolge", "nach aktuellem Kenntnisstand"): what is known so far,
    which names no source."""
    stage = function_words(ctx.lang, "stage_adjective")
    if not ctx.lex.profile.capitalised_nouns or len(src) < 2 or src[-2].low not in stage:
        return False
    return src[-1].low in function_words(ctx.lang, "finding_noun") and all(
        t.low in stage or t.low in ctx.lex.determiners for t in src[:-1])


def bare_source(lex: Lexicon, toks: list[Tok], cs: int, i: int) -> int:
    """German: the start of the noun phrase before a postposition at toks[i], read back from its noun ("Augenzeugen",
    "ersten Berichten", "Angaben der Bergwacht", "Ermittlungen und Aussagen des Täters"): its nouns, coordinators,
    prepositions and genitives, up to its article or to a lower-case word after a noun (the verb after the subject:
    "Die Täter flohen | Zeugen zufolge"); cs when it reaches the clause's start."""
    k = i - 1
    if not toks[k].upper:
        return cs
    while k > cs and toks[k - 1].is_word:
        w = toks[k - 1].low
        if w in lex.determiners:
            genitive = w in GENITIVE_ARTICLES and k - 2 >= cs and toks[k - 2].upper
            k -= 1
            if not genitive:
                break  # the phrase's own article ("dem Sprecher zufolge")
        elif toks[k - 1].upper or w in lex.coordinators or w in lex.prepositions or k - 2 < cs or not toks[k - 2].upper:
            k -= 1
        else:
            break
    return k


def adjective_source(ctx: Ctx, toks: list[Tok], cs: int, i: int) -> int | None:
    """German: the start of an adjective and its noun before a postposition at toks[i], with the phrase's article,
    after a verb or adverb inside the clause ("Der Angriff blieb | ukrainischen Angaben zufolge erfolglos", "wehrte
    ihrerseits | offiziellen Angaben zufolge …"); None without such an adjective. The adjective nearest the noun ends
    in "-en"/"-em"/"-er" after a lower-case word (not a plural verb after its subject: "Die Täter flohen"); one more
    needs an adjective's ending (`postposed_adjective`: "nach ersten offiziellen Angaben")."""
    lex = ctx.lex
    if not lex.profile.capitalised_nouns or i - 2 <= cs or not toks[i - 1].upper:
        return None
    ends = tuple(function_words(ctx.lang, "postposed_adjective"))
    k, n = i - 1, 0
    while n < REPORT_ADJECTIVES and k - 1 > cs and _attributive(lex, toks[k - 1], toks[k - 2]) and (
            n == 0 or toks[k - 1].low.endswith(ends)):
        k, n = k - 1, n + 1
    if n == 0:
        return None
    return k - 1 if toks[k - 1].low in lex.determiners else k


def _attributive(lex: Lexicon, t: Tok, before: Tok) -> bool:
    """Whether t reads as an inflected adjective before a noun: lower case, "-en"/"-em"/"-er", no verb or function
    word, after a lower-case word (a noun or a name before it makes t its verb)."""
    return t.is_word and not t.upper and len(t.low) > 3 and t.low.endswith(("en", "em", "er")) \
        and not before.upper and before.is_word and t.low not in lex.finite_verbs and t.low not in lex.modals \
        and t.low not in lex.determiners and t.low not in lex.prepositions and t.low not in lex.pronouns \
        and t.low not in lex.coordinators and t.low not in lex.speech


def typed_source(ctx: Ctx, cue_text: str, src: list[Tok]) -> bool:
    """Whether a source after a cue that also means "in accordance with" (`typed_only_prep`: "gemäß") is one: a
    word of a source type, a quoted name or letters ("gemäss Zeugen", "gemäß Polizei", "gemäss „Blick“", "gemäß WHO"; not
    "gemäß ihrer Leistung")."""
    if cue_text.lower() not in function_words(ctx.lang, "typed_only_prep"):
        return True
    return any(t.is_word and word_type(t.low, ctx.lang) or t.text in _TITLE_QUOTES or is_acronym(t) for t in src)


_TITLE_QUOTES: Final = frozenset("„“”\"«»")  # marks around a medium's name ("gemäss „Blick“")


def subject_verb(lex: Lexicon, toks: list[Tok], b: int, i: int) -> bool:
    """Whether an article, a noun and a lower-case word open toks[b:i] before more words: a subject and its verb
    ("Die Täter flohen Zeugen zufolge"), not an article before its adjective ("Dem ärztlichen Befund nach")."""
    w = toks[b + 2] if b + 3 < i else None
    return w is not None and toks[b + 1].upper and w.is_word and not w.upper and w.low not in lex.determiners \
        and w.low not in lex.prepositions and w.low not in lex.coordinators


GENITIVE_ARTICLES: Final = frozenset({"des", "der", "eines", "einer"})


def _report_compound(lang: str, low: str) -> bool:
    """A compound ending in a report noun ("polizeiangaben", "medienberichten")."""
    return any(low.endswith(n) and len(low) > len(n) + 2 for n in function_words(lang, "report_noun"))


REPORT_ADJECTIVES: Final = 2  # adjectives read before the report noun ("nach ersten offiziellen Angaben")
_AND: Final = frozenset({"and", "och", "og", "und", "samt"})


def coordinated(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
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


def np_tail(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether toks[a:e] only goes on with the source phrase before it (a participle, a time, a place):
    no clause, no comma, at most `NP_TAIL` words."""
    rest = [t for t in toks[a:e] if t.is_word]
    if not rest or len(rest) > NP_TAIL or any(t.text in ",;:" for t in toks[a:e]):
        return False
    lex = ctx.lex
    return not any(t.low in lex.complementizers or t.low in lex.relatives or (t.low in lex.finite_verbs)
                   for t in rest)




def plan(ctx: Ctx, src: list[Tok]) -> bool:
    """A plan, rule or law as the phrase's head ("according to the plan", "according to state law"), not
    a word of a longer name ("according to law enforcement officials")."""
    lex = ctx.lex
    return any((t.low in lex.plans or _plan_compound(ctx, t)) and not (k + 1 < len(src) and _modified(src[k + 1], lex))
               for k, t in enumerate(src))


def _plan_compound(ctx: Ctx, t: Tok) -> bool:
    """German: a compound noun whose head is a plan word ("laut einem Bundesgesetz", "nach dem Hygieneplan"), with
    at least `COMPOUND_STEM` letters before the head (not "Kaplan"); where nouns are lower case, a compound on a
    head of the language's class plan_compound ("ifølge arbeidsmiljøloven", "ifølgje opplæringslova")."""
    lex = ctx.lex
    if not lex.profile.capitalised_nouns:
        return not t.upper and any(t.low.endswith(p) and len(t.low) - len(p) >= NORDIC_COMPOUND_STEM
                                   for p in function_words(ctx.lang, "plan_compound"))
    return t.upper and any(t.low.endswith(p) and len(t.low) - len(p) >= COMPOUND_STEM for p in lex.plans)


COMPOUND_STEM = 4
NORDIC_COMPOUND_STEM: Final = 3  # letters before a lower-case plan head ("mål|lova"; not "k|loven")


def _modified(nxt: Tok, lex: Lexicon) -> bool:
    """Whether the word after a plan word makes that word a modifier of it ("law | enforcement officials")."""
    return nxt.is_word and not nxt.upper and not nxt.low.endswith(lex.participle_endings) and not is_finite_verb(nxt, lex) \
        and nxt.low not in lex.prepositions and nxt.low not in lex.relatives \
        and nxt.low not in lex.complementizers and nxt.low not in lex.subordinators and nxt.low not in lex.determiners


SOURCE_REST: Final = 12  # words of a relative clause that ends a sentence after a final source ("who worked with him")


def source_rest(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
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


def past_role_apposition(ctx: Ctx, toks: list[Tok], a: int, after: int, e: int) -> int:
    """Where the claim starts after a fronted "according to" a name with its role in apposition ("Enligt Anna Berg,
    professor vid Lunds universitet, vill regeringen …"): past the role and its comma when a finite verb follows
    (V2); else `after`. The role is no part of the source (a non-restrictive apposition)."""
    lex = ctx.lex
    if not lex.profile.v2 or after + 2 >= e or toks[after].text != "," or not toks[a].upper \
            or not toks[after + 1].is_word or toks[after + 1].upper:
        return after
    k = next((m for m in range(after + 1, min(e, after + ROLE_WORDS + 2)) if not toks[m].is_word), e)
    if k + 1 >= e or toks[k].text != "," or any(
            is_finite_verb(t, lex) and not t.upper and t.low not in lex.prepositions or t.low in lex.speech
            for t in toks[after + 1:k]):
        return after
    verb = toks[k + 1]
    return k + 1 if not verb.upper and (is_finite_verb(verb, lex) or verb.low in lex.modals) else after


ROLE_WORDS: Final = 8  # the longest role phrase read in apposition after a name ("professor i statsvetenskap vid …")


def past_adverbial(ctx: Ctx, toks: list[Tok], b: int, i: int) -> int:
    """German: the start of a postposition's source after the adverbial phrases that open the words before it
    ("hat | bei ihrem Vorstoß | Angaben von X zufolge …": "Angaben von X") and after a pronoun ("Der Schaden beläuft
    sich | Schätzungen zufolge auf …"); b when none opens them. A phrase is a
    preposition, its lower-case words and its capitalised noun, and a word of the source must follow it."""
    lex = ctx.lex
    if not lex.profile.capitalised_nouns:
        return b
    own = function_words(ctx.lang, "reflexive_pronoun")
    owner = function_words(ctx.lang, "possessive_determiner")  # (not "der" of "der Polizei", "ihrer" of "bei ihrer X")
    b = max([b, *(k + 1 for k in range(b, i - 1) if toks[k].low not in lex.determiners and toks[k].low not in owner
                  and (toks[k].low in lex.pronouns or toks[k].low in own))])
    return past_phrases(ctx, toks, b, i)


def origin_article(ctx: Ctx, toks: list[Tok], a: int) -> bool:
    """German: an article after a preposition of origin that opens a report's source ("laut Aussagen aus | dem
    Vorstand", "nach Angaben aus | der Stadtverwaltung"): the source phrase runs on from the article."""
    lex = ctx.lex
    return lex.profile.capitalised_nouns and a + 1 < len(toks) and toks[a].low in function_words(ctx.lang, "origin_preposition") \
        and toks[a + 1].low in lex.determiners


def past_phrases(ctx: Ctx, toks: list[Tok], b: int, i: int) -> int:
    """German: where a phrase starts after the prepositional phrases at toks[b] before toks[i] ("am Abend | die
    Polizei", "nach dem Spiel | Fans"): a preposition, its lower-case words and its capitalised noun, with a word after
    it; b when no such phrase opens there."""
    lex = ctx.lex
    while b < i and toks[b].is_word and not toks[b].upper and (
            toks[b].low in lex.prepositions or lex.fronted.get(toks[b].low) == "prep"):
        k = next((m for m in range(b + 1, i) if toks[m].upper or not toks[m].is_word), i)
        if k + 1 >= i or not toks[k].upper or not toks[k + 1].is_word:
            return b  # (nothing after the phrase's noun: "bei | Angaben")
        b = k + 1
    return b
