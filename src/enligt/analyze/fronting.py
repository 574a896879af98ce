"""Fronted constituents before a V2 cue (German and the Nordic languages): whether the words before the cue
are a phrase that is not its subject ("Am Abend sagte …", "Ifølge BBC siger …"), a fronted adverbial clause
("När polisen kom fram sa …") or a time phrase set off after one. inverted.py and rules.py read the subject
after the cue when these hold."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.lexicon import months
from enligt.analyze.numwords import number_words
from enligt.analyze.phrases import np_end, seg_start, span, time_word
from enligt.analyze.quotes import DOUBLE_OPEN
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import fronted_medium
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words


def fronted(ctx: Ctx, toks: list[Tok], b: int, i: int) -> bool:
    """Whether toks[b:i] is a fronted constituent that is not the subject: a phrase opened by a
    preposition, a subordinator or a prepositional cue ("I sin daglige brifing", "Ifølge BBC"), or
    adverbs and time words alone ("Senere", "Men själv", "Tirsdag kveld")."""
    lex = ctx.lex
    first = toks[b].low
    if b > 0 and toks[b - 1].text == "," and first in lex.relatives:
        return False  # "Manden, der sagde …": a relative clause's subject
    if fronted_medium(ctx, toks, b, i):
        return True  # "Dem Sender RBB sagte die Ministerin", "Gegenüber der „Nordpost“ sagte X"
    if first in lex.coordinators and first not in lex.prepositions:
        return b + 1 < i and fronted(ctx, toks, b + 1, i)  # "Men han bekræfter": the subject, "Men själv hävdar han"
    if first in lex.prepositions or first in lex.subordinators or first in lex.prep \
            or lex.fronted.get(first) in ("prep", "topic"):
        return True
    if lex.profile.capitalised_nouns and first in function_words(ctx.lang, "accusative_article") and b + 1 < i \
            and toks[b + 1].upper and toks[b + 1].low not in lex.weekdays:
        return True  # "Den Sachschaden beziffert die Polizei auf …": the object first, the subject after the verb
    if i == b + 1 and first in function_words(ctx.lang, "pointing_dative"):
        return True  # "Dem widersprach die Firma": a pronoun alone, the object of the verb after it
    if b + 1 < i and f"{first} {toks[b + 1].low}" in function_words(ctx.lang, "subordinator_pair"):
        return True  # "Samtidig som han roste dem, var han klar på at C": a clause of two-word subordinator
    return _adverbial(ctx, toks, b, i) or led_phrase(ctx, toks, b, i) >= 0


def adverbs_to_comma(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """Sentence adverbs alone (class adv) from toks[k] to a comma: "…, betonte jedoch, dass C"."""
    while k < e and not toks[k].upper and lex.fronted.get(toks[k].low) == "adv":
        k += 1
    return k < e and toks[k].text == ","


def past_adverbs(lex: Lexicon, toks: list[Tok], b: int, e: int) -> int:
    """German: past sentence adverbs after a tag's verb, before its speaker ("sagte später der Sprecher"); else b."""
    k = b
    while lex.konjunktiv and k < e and toks[k].is_word and not toks[k].upper and lex.fronted.get(toks[k].low) == "adv":
        k += 1
    return k if k < e and toks[k].is_word and (toks[k].upper or toks[k].low in lex.determiners) else b


def led_phrase(ctx: Ctx, toks: list[Tok], b: int, i: int) -> int:
    """The index of the preposition when toks[b:i] is a prepositional phrase after a few adverbs or words of time
    and measure (class adv or lead): "Kort tid etter meldingen", "Ikke lang tid etter", "Lige efter mødet", "Strax
    före midnatt"; else -1."""
    lex = ctx.lex
    k = b
    while k < i and k - b < LEAD_WORDS and (lex.fronted.get(toks[k].low) in ("adv", "lead")
                                            or time_word(toks[k].low, lex.times)):
        k += 1
    low = toks[k].low if b < k < i else ""
    # a time clause's opener too ("Strax före klockan 02", "Kort før midnat"): after lead words it opens a phrase or
    # a clause, and either is fronted
    return k if low and (low in lex.prepositions or lex.fronted.get(low) == "prep" or low in _clause_openers(ctx.lang)) \
        else -1


LEAD_WORDS = 3  # adverbs and time words before the preposition of a fronted phrase ("Ikke lang tid etter")


def _adverbial(ctx: Ctx, toks: list[Tok], b: int, i: int) -> bool:
    """Whether toks[b:i] is made of adverbs and time words alone ("Senere", "Tirsdag kveld", "Tidigare i veckan")
    or is a date or part of a month, perhaps after an adverb ("Den 14. mars", "Allerede i slutten av mai",
    "Bereits am 3. Juni"): a day number before a month and a word of class span ("slutten") count as time words
    when the phrase names a month or a time."""
    lex = ctx.lex
    month = months(ctx.lang)
    words: list[str] = []
    for k in range(b, i):
        if toks[k].is_word:
            words.append(toks[k].low)
        elif not (toks[k].text == "." and words and words[-1].isdigit()):  # "14." before a month
            return False
    if not 0 < sum(not w.isdigit() for w in words) <= FRONTED_WORDS:
        return False
    if _duration_before(ctx, words) or _deictic_time(ctx, words, month):
        return True
    timed = [lex.fronted.get(w) in ("adv", "back") or w in lex.weekdays or time_word(w, lex.times) or w in month
             for w in words]
    dated = any(w in month or w in lex.weekdays or time_word(w, lex.times) for w in words)
    for n, w in enumerate(words):
        if w.isdigit():
            timed[n] = dated and _date_number(w, words[n - 1] if n else "", words[n + 1] if n + 1 < len(words) else "",
                                              month)
        elif lex.fronted.get(w) == "span":
            timed[n] = dated
    _bridge(ctx, words, timed)
    first = timed[0] or (words[0] in lex.determiners and len(words) > 1 and words[1].isdigit() and timed[1])
    return first and all(a or w in lex.prepositions or w in lex.determiners or lex.fronted.get(w) in ("prep", "topic")
                         for a, w in zip(timed, words))


def _bridge(ctx: Ctx, words: list[str], timed: list[bool]) -> None:
    """Words that join or qualify the time words of a fronted phrase count as time words there: a coordinator
    between two ("Torsdag eller fredag", "Mandag og tirsdag"), a zone word before one (class zone: "fredag aften
    lokal tid", "søndag dansk tid") and an approximator before one (class lead: "Omkring midnat")."""
    lex, last = ctx.lex, len(words) - 1
    for n in range(last, -1, -1):  # right to left, so "omkring" before "lokal tid" sees the zone word read
        if timed[n] or n == last or not timed[n + 1]:
            continue
        cls, w = lex.fronted.get(words[n]), words[n]
        timed[n] = cls == "lead" or cls == "zone" and time_word(words[n + 1], lex.times) \
            or w in lex.coordinators and n > 0 and timed[n - 1]


def _duration_before(ctx: Ctx, words: list[str]) -> bool:
    """A span of time, then an adverb of before or after ("En drøy time senere", "To timer senere"): an article,
    a number or a word of measure first, at most one word more, a unit of time (class unit or a time word) last
    before the adverb."""
    lex = ctx.lex
    if not 2 <= len(words) <= DURATION_WORDS or lex.fronted.get(words[-1]) != "adv":
        return False
    unit = words[-2]
    first = words[0]
    return (lex.fronted.get(unit) == "unit" or time_word(unit, lex.times)) and (
        len(words) == 2 and lex.fronted.get(unit) == "unit"
        or first in lex.determiners or first.isdigit() or first in number_words(ctx.lang)
        or lex.fronted.get(first) == "lead")


DURATION_WORDS: Final = 4  # "En drøy time senere"


def _deictic_time(ctx: Ctx, words: list[str], month: frozenset[str]) -> bool:
    """A time adjective before a unit of time, a weekday or a month, with no preposition (class deictic: "Letzte
    Woche", "Vergangenen Freitag", "Kommendes Jahr"): an adverbial in the accusative, never the subject."""
    lex = ctx.lex
    if len(words) != 2 or lex.fronted.get(words[0]) != "deictic":
        return False
    w = words[1]
    return lex.fronted.get(w) == "unit" or w in lex.weekdays or w in month or time_word(w, lex.times)


def _date_number(w: str, before: str, after: str, month: frozenset[str]) -> bool:
    """A day number before a month ("14. mars") or a year after one ("mai 2024")."""
    return (len(w) <= 2 and 0 < int(w) <= 31 and after in month) or (len(w) == 4 and before in month)


def fronted_at(ctx: Ctx, toks: list[Tok], s: int, b: int, i: int) -> bool:
    """fronted for the segment toks[b:i], or for the sentence from its start when a subordinator alone opens
    it ("Da sagde hun, at …": "da" an adverb here, "Da har politiet sagt")."""
    lead = s + 1 if toks[s].low in ctx.lex.coordinators and b > s + 1 else s  # "Och eftersom …": past "och"
    return fronted(ctx, toks, b, i) or (b == lead + 1 and fronted(ctx, toks, s, i)) or (
        b > lead + 1 and 0 <= led_phrase(ctx, toks, lead, i) < b)  # "(Og) kort tid etter meldingen sa X": "etter" opened b


def fronted_alone(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether toks[s:i] is a fronted adverbial and nothing else before a V2 verb ("Am Montag", "Im Osten der
    Ukraine"): no clause inside it, so the verb's subject follows the verb."""
    if ctx.lex.profile.capitalised_nouns and i - s == 2 and toks[s].low in NAME_PARTICLES or toks[s].low in ctx.lex.determiners \
            and toks[s].low not in function_words(ctx.lang, "accusative_article"):
        return False  # "Von Ahlen sagt, …": a name; "Der Sender berichtete": a subject (or a dative medium)
    lex, first = ctx.lex, toks[s].low
    opens = first in lex.prepositions or lex.fronted.get(first) in ("prep", "adv", "lead", "deictic") \
        or first in lex.weekdays or first in function_words(ctx.lang, "accusative_article")
    return opens and i - s <= FRONTED_SPAN and fronted(ctx, toks, s, i) and not any(
        t.low in ctx.lex.complementizers or is_finite_verb(t, ctx.lex) for t in toks[s:i])


def pronoun_after(ctx: Ctx, toks: list[Tok], e: int, i: int, n: int, cue: Span2, cue_text: str,
                  vias: list[str]) -> Draft | None:
    """The record of a V2 cue after a fronted adverbial when a personal pronoun follows the cue and words follow
    it ("Senare uppger han att …" without "att": "Senare uppger han föraren har dött"); None for anything else
    ("Am Montag meldete der Trainer sich krank": no claim read)."""
    k = i + n
    if not (k + 1 < e and ctx.lex.pronouns.get(toks[k].low) == "person" and toks[k].low not in ctx.lex.first_person
            and (toks[k + 1].is_word and not is_finite_verb(toks[k + 1], ctx.lex) or toks[k + 1].text in DOUBLE_OPEN)):
        return None
    body = span(ctx, toks, k + 1, e)
    return Draft((body,), cue, cue_text, (toks[k],), via=tuple(vias)) if body else None


NAME_PARTICLES: Final = frozenset({"von", "van", "zu", "de"})  # "von Mauschwitz sagt": a name, not a phrase
FRONTED_SPAN: Final = 6  # the longest fronted adverbial that stands alone before a cue ("Im Osten der Ukraine")
FRONTED_WORDS: Final = 5  # the longest adverbial read as fronted ("Tidigare i veckan", "Senere samme dag")


def adverbial_clause(ctx: Ctx, toks: list[Tok], s: int, k: int) -> bool:
    """Whether toks[s:k] is a fronted adverbial clause, so the cue after it stands in second place and its
    subject follows: "När polisen kom fram sa Anna Ek att …", "Da politiet kom, sagde hun, at …" (a
    subordinator first, its own subject and finite verb, no comma inside)."""
    lex = ctx.lex
    if (toks[s].low in lex.coordinators or toks[s].low in function_words(ctx.lang, "clause_link")) and s + 2 < k \
            and (toks[s + 1].low in lex.subordinators or _pair(ctx, toks, s + 1)):
        s += 1  # "Och eftersom det rått besöksförbud befarar man …", "For selv om A, tror X at C": a link before it
    if (opener := _clause_openers(ctx.lang)) and (body_start := _time_clause(ctx, toks, s, k, opener)) >= 0:
        return _clause_body(ctx, toks, body_start, k)
    if (body_start := _question_front(ctx, toks, s, k)) >= 0:
        return k - body_start >= 2 and not any(t.text in ",;:" for t in toks[body_start:k])
    if s + 2 < k and _pair(ctx, toks, s):
        first = s + 3 if toks[s + 2].low in lex.complementizers else s + 2  # "Samtidig med at A, sagde X, at C"
        # "Selv om A, viser X at C", "Trots att A, och B, tror X att C" (a clause coordinated after a comma)
        return first < k and not any(t.text in ";:" or t.low in lex.complementizers or t.text == "," and not (
            m + 1 < k and toks[m + 1].low in lex.coordinators) for m, t in enumerate(toks[first:k], first))
    if toks[s].low not in lex.subordinators or toks[s].low in lex.coordinators or k - s < 3:
        return False
    body = toks[s + 1:k]
    return not any(t.text in ",;:" or t.low in lex.complementizers or _reporting_at(lex, toks, m, k)
                   for m, t in enumerate(body, s + 1)) and any(
        (is_finite_verb(t, lex) or _present_after_pronoun(lex, toks, m)) and not t.upper
        and not word_type(t.low, ctx.lang) for m, t in enumerate(body[1:], s + 2))


def _pair(ctx: Ctx, toks: list[Tok], s: int) -> bool:
    """Whether toks[s] and toks[s + 1] are a two-word subordinator ("selv om", "trots att")."""
    return s + 1 < len(toks) and f"{toks[s].low} {toks[s + 1].low}" in function_words(ctx.lang, "subordinator_pair")


def _clause_openers(lang: str) -> frozenset[str]:
    return function_words(lang, "clause_opener")


def _time_clause(ctx: Ctx, toks: list[Tok], s: int, k: int, opener: frozenset[str]) -> int:
    """Where the body of a fronted time or reason clause starts (class clause_opener, after a few lead words, with
    "at" after it, perhaps after a Danish comma): "Kort efter, at ministeriet havde sendt …", "Etter at møtet var
    slutt", "Før mødet begyndte"; -1 when toks[s:k] opens no such clause."""
    lex = ctx.lex
    p = s
    while p < k and p - s < LEAD_WORDS and (lex.fronted.get(toks[p].low) in ("adv", "lead", "unit")
                                            or time_word(toks[p].low, lex.times)) and toks[p].low not in opener:
        p += 1
    if p >= k or toks[p].low not in opener:
        return -1
    q = p + 1
    if q + 1 < k and toks[q].text == "," and toks[q + 1].low in lex.complementizers:
        q += 2  # "Kort efter, at …": the Danish comma before "at"
    elif q < k and toks[q].low in lex.complementizers:
        q += 1  # "Efter at …", "Uden at …"
    elif (p > s or toks[p].low not in lex.subordinators) and not any(is_finite_verb(t, lex) for t in toks[q + 1:k]):
        return -1  # "Før valget i går", "Kort efter mødet": a phrase; "Før mødet begyndte": a clause (its verb found)
    return q


def _question_front(ctx: Ctx, toks: list[Tok], s: int, k: int) -> int:
    """Where the embedded question starts in a fronted question put to the speaker ("På spørsmål om hvor lenge …,",
    "På frågan hur länge …,", "Adspurgt om, hvornår …,"): a preposition (no prepositional cue) or none, the noun or
    participle of asking (class question_front) among the next three words, then "om" and/or a question word (class
    wh_clause), perhaps after a Danish comma; -1 when toks[s:k] is no such phrase. Its own cues ("hvor lenge han
    tror …") are the question's, no report."""
    lex = ctx.lex
    nouns = function_words(ctx.lang, "question_front")
    if not nouns or not lex.profile.v2:
        return -1
    p = s + (toks[s].low in lex.prepositions and toks[s].low not in lex.prep)
    m = next((m for m in range(p, min(k, p + 3)) if toks[m].low in nouns), None)
    wh = function_words(ctx.lang, "wh_clause")
    q = -1 if m is None else m + 1 + (m + 1 < k and toks[m + 1].text == ",")
    if q < 0 or q >= k or toks[q].low not in wh:
        return -1
    r = q + 1 + (q + 1 < k and toks[q + 1].text == ",")  # "Adspurgt om, hvornår …": the Danish comma
    if toks[q].low == "om" and r < k and toks[r].low in wh:
        r += 1  # "om hvor lenge": "whether" before the question word
    return r + (r < k and toks[r].low in function_words(ctx.lang, "wh_degree"))

def _clause_body(ctx: Ctx, toks: list[Tok], q: int, k: int) -> bool:
    """A clause's own subject and verb, no comma, complementizer or cue inside: two words at least; the verb is not
    looked up (strong past tenses such as "stod" are on no list)."""
    lex = ctx.lex
    free = toks[q].low in function_words(ctx.lang, "free_relative")  # "Etter det NRK får opplyst, mener X at C"
    return k - q >= 2 and not any(t.text in ",;:" or t.low in lex.complementizers
                                  or not free and _reporting_at(lex, toks, m, k) for m, t in enumerate(toks[q:k], q))


def _reporting_at(lex: Lexicon, toks: list[Tok], m: int, k: int) -> bool:
    """Whether a cue that reports outside a quotation's tag starts at toks[m]: a tag verb (class tag) does not
    ("Før kampen starter, fortæller X, at C": a time clause, its verb no cue here)."""
    hit = match_phrase(toks, m, k, lex.speech)
    return hit is not None and hit[1] != "tag"

def _present_after_pronoun(lex: Lexicon, toks: list[Tok], m: int) -> bool:
    """A Nordic present tense right after a subject pronoun ("hvis det skjer", "når hun kommer"): the ending
    "-r" that nouns share is a verb's here."""
    prev = toks[m - 1].low
    return lex.profile.v2 and not lex.profile.capitalised_nouns and toks[m].low.endswith("r") and (
        lex.pronouns.get(prev) == "person" or prev in lex.expletives or prev in lex.first_person)



def time_insert(ctx: Ctx, toks: list[Tok], s: int, c: int) -> bool:
    """Whether the comma at toks[c] closes a time phrase set off after a fronted phrase ("Nach der Explosion,
    gestern am späten Abend, berichteten …"): the fronted phrase and its insert are one constituent."""
    lex = ctx.lex
    b = seg_start(toks, s, c)
    if not (s < b - 1 < c and toks[b - 1].text == "," and lex.profile.capitalised_nouns):
        return False
    words = [t for t in toks[b:c] if t.is_word]
    return 0 < len(words) <= TIME_INSERT and any(time_word(t.low, lex.times) or t.low in lex.weekdays for t in words) \
        and not any(t.low in lex.finite_verbs for t in words) and fronted(ctx, toks, s, b - 1)


TIME_INSERT: Final = 6  # words of a time phrase set off by commas after a fronted phrase


def place_insert(ctx: Ctx, toks: list[Tok], s: int, c: int) -> bool:
    """Whether the comma at toks[c] closes a second prepositional phrase set off after a fronted one ("På den
    andre siden av grensen, i den russiske regionen, opplyser …"): the two are one constituent."""
    lex = ctx.lex
    b = seg_start(toks, s, c)
    if not (s < b - 1 < c - 1 and toks[b - 1].text == "," and toks[b].low in lex.prepositions
            and toks[s].low in lex.prepositions and seg_start(toks, s, b - 1) == s):
        return False
    words = toks[b:c]
    return len(words) <= TIME_INSERT and all(t.is_word and t.low not in lex.finite_verbs and t.low not in lex.speech
                                             for t in words)


def colon_speaker(ctx: Ctx, toks: list[Tok], s: int, i: int, a: int, e: int) -> list[Tok]:
    """The speaker after a V2 cue at toks[i] (its words end at a) in a sentence that closes on a colon and a fronted
    phrase opens ("Efter mötet rapporterar X i ett pressmeddelande:", "Senere skriver X:"): the words reported are
    the next paragraph (reader._colon_intro), none of this sentence's; else []."""
    lex = ctx.lex
    if not lex.profile.v2 or not s < i < a < e - 1 or (toks[e - 1].text != ":" and not forward_intro(ctx, toks, s, e)) \
            or not fronted(ctx, toks, s, i):
        return []
    if any(t.low in lex.complementizers or t.text in _QUOTE_MARKS for t in toks[a:e - 1]):
        return []
    j = np_end(ctx, toks, a, e - 1, lex.closed.tag_stop)
    return toks[a:j] if j > a and all(t.is_word for t in toks[a:j]) else []


def forward_intro(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether the sentence toks[s:e], closing on a full stop, opens with a word pointing forward to the next
    paragraph (`forward_opener`: "Så här sa tränaren efter matchen."): it ends as on a colon."""
    if e - s < 4 or toks[e - 1].text != "." or any(t.text in ".!?:" for t in toks[s:e - 1]):
        return False
    return any(tuple(t.low for t in toks[s:s + len(p)]) == p for p in _forward_openers(ctx.lang))


@cache
def _forward_openers(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(function_words(lang, "forward_opener")))


_QUOTE_MARKS: Final = frozenset("”“\"«»„:;.!?")


def open_front(ctx: Ctx, toks: list[Tok], s: int, b: int, i: int) -> bool:
    """Whether toks[b:i] before a V2 cue reads as a fronted part by its form alone, whatever its words
    ("Omvendt", "Dengang", "Samme dag", "Året efter", "Umgekehrt"): at most OPEN_FRONT words, the first at the
    sentence's start, none a pronoun, a known source word or a first name, no name after the first word,
    no finite verb, and a determiner first only before a word of time ("Samme dag", not "Den nye rektoren").
    v2_subject then needs a subject-like phrase after the cue (`subject_like`)."""
    lex = ctx.lex
    words = toks[b:i]
    if b != s or not 0 < len(words) <= OPEN_FRONT or not all(t.is_word for t in words):
        return False
    for n, t in enumerate(words):
        low = t.low
        if lex.pronouns.get(low) or low in lex.first_person or low in lex.expletives or word_type(low, ctx.lang) \
                or low in lex.relatives or low in lex.complementizers \
                or t.upper and low in all_languages_words("first_names") \
                or (n and t.upper and not lex.profile.capitalised_nouns) or (n and is_finite_verb(t, lex)):
            return False
    first = words[0].low
    if lex.profile.capitalised_nouns and len(words) > 1 and not (
            lex.fronted.get(first) in ("adv", "lead") or time_word(first, lex.times)):
        return False  # German nouns are capitalised: "Die Firma", "Anna Weber" are subjects
    if first in lex.determiners or lex.pronouns.get(first) is not None:
        return len(words) > 1 and time_word(words[-1].low, lex.times)  # "Samme dag", not "Den nye rektoren"
    return len(words) > 1 or not _named_elsewhere(ctx.text, words[0].text)


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether a capitalised word that opens a sentence stands capitalised after a lower-case word elsewhere in
    the text ("… sa Hansen"): a name, so "Hansen fortalte politiet at" keeps its subject first."""
    k = text.find(word)
    while k >= 0:
        if k >= 2 and text[k - 1] == " " and text[k - 2].isalpha() and text[k - 2].islower():
            return True
        k = text.find(word, k + 1)
    return False


OPEN_FRONT: Final = 3  # the most words of a fronted part read as one by its form alone ("Året därpå", "Samme dag")


def subject_like(ctx: Ctx, toks: list[Tok], s: int, a: int, j: int) -> bool:
    """Whether toks[a:j] after a V2 cue reads as its inverted subject by its form: a subject pronoun, a name,
    a determiner or a genitive before a noun, a noun of the source-type lexicon ("fylkesordføreren",
    "kirkeminister Eva Holm"); not a word of time, a sentence adverb, the expletive "det" or a reflexive
    possessive, whose phrase is an object ("fortælle sine læsere")."""
    lex = ctx.lex
    if j <= a:
        return False
    first = toks[a]
    if j == a + 1 and (lex.pronouns.get(first.low) == "person" or first.low in lex.first_person):
        return True  # (also "man", which the Danish weekdays hold as "man.")
    if first.low in lex.expletives and not _article(ctx, toks, a, j) or time_word(first.low, lex.times) or first.low in lex.weekdays \
            or first.low in lex.closed.reflexive \
            or lex.fronted.get(first.low) in ("adv", "back", "prep") or first.low in lex.prepositions:
        return False
    if any(word_type(t.low, ctx.lang) for t in toks[a:j]):
        return True
    if j - a >= 2 and (first.low in lex.determiners or first.low.endswith("s") and not first.upper):
        return True  # "regjeringens pressekontor", "die Firma"
    return first.upper and a > s and not lex.profile.capitalised_nouns or (
        lex.profile.capitalised_nouns and j - a >= 2 and all(t.upper for t in toks[a:j]))  # a name


def _article(ctx: Ctx, toks: list[Tok], a: int, j: int) -> bool:
    """Whether the expletive-looking word at toks[a] opens a noun phrase as its article (sv/no/da "det russiske
    forsvarsministerium", "den lokala polisen"): a definite adjective in "-e"/"-a" and a noun follow in the phrase."""
    adj = toks[a + 1] if a + 1 < j else None
    return ctx.lex.profile.v2 and not ctx.lex.profile.capitalised_nouns and j - a >= ARTICLE_PHRASE \
        and toks[a].low in ctx.lex.determiners and adj is not None and adj.is_word and not adj.upper \
        and adj.low.endswith(("e", "a")) and toks[j - 1].is_word and not is_finite_verb(adj, ctx.lex)


ARTICLE_PHRASE: Final = 3  # an article, an adjective and a noun at least


def insert_verb(ctx: Ctx, toks: list[Tok], lo: int, i: int) -> bool:
    """Whether a present-tense verb stands right after an insert set off by commas before toks[i] ("X, sydost om Y,
    varslar 24 anställda, uppger Z", "Bolaget, som ägs av Y, stänger …"): a lower-case word with a present ending
    (`present_suffix`) after the second comma, with words after it; no noun of a source (not "…, 45, minister för")."""
    lex = ctx.lex
    suffixes = tuple(function_words(ctx.lang, "present_suffix"))
    if not suffixes or not lex.profile.v2 or lex.profile.capitalised_nouns:
        return False
    first = next((k for k in range(lo, i) if toks[k].text == ","), i)
    for m in range(first + 2, i - 1):
        t = toks[m]
        if toks[m - 1].text == "," and t.is_word and not t.upper and len(t.low) > 4 and t.low.endswith(suffixes) \
                and toks[m + 1].is_word and not word_type(t.low, ctx.lang) and not _closed_word(lex, t.low):
            return True
    return False


def _closed_word(lex: Lexicon, low: str) -> bool:
    """A word of a closed class (no verb): a determiner, pronoun, preposition, adverb or conjunction."""
    return low in lex.determiners or low in lex.pronouns or low in lex.prepositions or low in lex.sentence_adverbs \
        or low in lex.relatives or low in lex.subordinators or low in lex.coordinators or low in lex.noun_openers
