"""Verb or noun: whether a cue form that is also a noun ("state", "reports", "claim") is used as one.

English spells many reporting verbs like nouns: "the United States", "secretary of state", "his home
state", "the jobs report was released", "Moscow's claim". `nominal` reads the words around such a
form (`lang/<code>/noun_verbs.txt`) and says noun when

- a word that opens a noun phrase stands right before it ("the", "his", "in", "of": `noun_openers.tsv`),
  or a genitive ("Moscow's claim"), or a number or quantifier before a plural ("30 states", "all
  states"; but "many fear" is a verb);
- "to" stands before a plural ("to swing states"; "to state" is an infinitive);
- a subject's verb or "of" follows it ("the report was", "claims of fraud": `noun_followers.txt`);
- it ends a noun phrase opened by such a word ("his home state", "the early states"), unless that
  phrase is a subject (at the start of a clause) and what follows reads as the verb's object or
  clause ("the report states that …", "the poll shows Smith ahead", "…, the document states.").

Languages without these lists (only English has them) never call a cue a noun here.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.lexicon import month_forms
from enligt.analyze.numwords import number_words
from enligt.analyze.sentences import Tok
from enligt.lang import all_function_words, all_languages_words, function_words, profile, wordset

NP_REACH: Final = 3  # modifiers between a noun phrase's opener and its head ("the three early states")
_GENITIVE: Final = ("'s", "’s", "s'", "s’")
_CLITIC_HOSTS: Final = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where", "let", "which"})
_BOUNDS: Final = frozenset({",", ";", ":", "(", "–", "—", "\"", "“", "”"})
_QUOTES: Final = frozenset({"\"", "“", "”", "'", "‘", "’", ":"})


def _genitive(t: Tok) -> bool:
    """"Moscow's", "officials'", but not "it's", "he's" (is/has)."""
    return t.low.endswith(_GENITIVE) and t.low[:-2] not in _CLITIC_HOSTS


def _plural_genitive(toks: list[Tok], s: int, i: int) -> bool:
    """Whether an apostrophe of its own, glued to a word in -s and spaced from toks[i], stands before toks[i]: the
    genitive of a plural ("analysts' estimates"; the tokenizer splits it off, unlike "Moscow's")."""
    if i - 2 < s:
        return False
    mark, owner = toks[i - 1], toks[i - 2]
    return mark.text in _APOSTROPHES and owner.is_word and owner.low.endswith("s") and owner.end == mark.start \
        and mark.end < toks[i].start


_APOSTROPHES: Final = frozenset({"'", "’"})


def _opens_np(t: Tok, lex: Lexicon) -> bool:
    return t.low in lex.noun_openers or _genitive(t) or (t.text.isdigit() and len(t.text) < 4)  # not a year


def _station_number(toks: list[Tok], s: int, i: int, lex: Lexicon) -> bool:
    """A one- or two-digit number right after a capitalised word that is no month or weekday, before the cue at
    toks[i]: a broadcaster's or channel's name ("ABC 6", "Channel 4", "News 12"), not a count ("on March 12", "The 20
    states")."""
    prev = toks[i - 1]
    if not (prev.text.isdigit() and len(prev.text) < 3) or i - 2 < s:
        return False
    name = toks[i - 2]
    return name.is_word and name.upper and name.low not in lex.noun_openers and name.low not in lex.determiners \
        and name.low not in month_forms(lex.lang) and name.low not in lex.weekdays  # (not "The 20 states Gallup …")


def nominal(toks: list[Tok], s: int, i: int, e: int, lex: Lexicon) -> bool:
    """Whether the cue form at toks[i] (a word of `noun_verbs`) is a noun in the sentence toks[s:e]."""
    t = toks[i]
    if t.low not in lex.noun_verbs or (t.upper and i > s and toks[i - 1].is_word):
        return False  # not ambiguous (a capitalised one inside a sentence is a name, read elsewhere)
    nxt = toks[i + 1] if i + 1 < e else None
    if nxt is not None and nxt.low in lex.noun_followers and _gap_relative(toks, s, i, lex):
        return False  # "plans, which the government estimates are underfunded": the verb of a relative clause
    if nxt is not None and (nxt.low in lex.noun_followers or (i > s and nxt.is_word and not nxt.upper
                                                              and nxt.low in lex.speech)):
        return True  # "the report was released", "the new report says": the noun is the subject
    if i == s:
        return False
    prev = toks[i - 1]
    if _plural_genitive(toks, s, i):
        return True  # "short of analysts' estimates", "the voters’ claims": a plural owner's noun
    plural = t.low.endswith("s") and t.low[:-1] in lex.noun_verbs
    if prev.low == "to":
        return plural  # "to swing states", not "to state"
    if _station_number(toks, s, i, lex):
        return False  # "…, ABC 6 reports.", "Channel 4 claims that C": the number is the name's, not a count
    if _opens_np(prev, lex):
        return plural or lex.noun_openers.get(prev.low) != "quant"  # "two states", but "many fear"
    if prev.is_word and not prev.upper and prev.low.endswith("ed") and i - 2 >= s \
            and toks[i - 2].low not in lex.noun_openers and not _plural_noun(prev, lex):
        return True  # the object of a verb: "the ministry rejected claims that …", "cited reports"
    if plural and prev.is_word and not prev.upper and prev.low.endswith("ing") and i - 2 >= s \
            and not toks[i - 2].upper and toks[i - 2].low.endswith("ed"):
        return True  # an adjective between a verb and its object: "the UN issued conflicting reports on …"
    if plural and _verb_object(toks, s, i, lex):
        return True  # "cited news reports that …", "made phone calls", "hosted morning shows"
    if prev.low in ("that", "this") and i - 2 >= s and lex.noun_openers.get(toks[i - 2].low) == "prep":
        return True  # "in that state"
    k = i - 1  # walk back over the modifiers of a noun phrase: "his home state", "the three early states"
    while k > s and (i - k <= NP_REACH and (_modifier(toks[k], lex) or _ly_adjective(toks, s, k, lex) or toks[k].upper)
                     or _inner_quantifier(toks, s, k, lex)):
        k -= 1
    if k == i - 1 or not _opens_np(toks[k], lex) or _modifier(toks[k], lex):
        return False  # no noun phrase opener before: a subject and its verb ("officials report that")
    if not plural and _plural_noun(prev, lex):
        return False  # "most voters report", "the officials claim": a plural subject and its verb
    if not plural and _singular_phrase(toks, s, k, prev, lex):
        return True  # "a swing state", "the star of the reality show": a singular subject takes "shows"
    if plural and lex.noun_openers.get(toks[k].low) == "quant":
        return True  # "three early states"
    if _genitive(toks[k]):  # the phrase opens before the genitive's name: "the mayor's office", "Mr Lee's phone"
        while k > s and toks[k - 1].upper:
            k -= 1
        if k > s and lex.noun_openers.get(toks[k - 1].low) == "det":
            k -= 1
    inside_pp = lex.noun_openers.get(toks[k].low) == "prep" or (
        k > s and (lex.noun_openers.get(toks[k - 1].low) == "prep" or toks[k - 1].low == "to"))
    if inside_pp and t.low in all_function_words("region_noun") and prev.upper:
        return True  # "a town in Borno state, and": a region named after a name, not a plural subject's verb
    if inside_pp:  # "in swing states", "of the early states"; but "a video of the scene shows her …"
        return not (_clause_follows(toks, i, e, lex) or _tag_subject(toks, s, k, i, e, lex))
    return not _verb_follows(toks, s, k, i, e, lex)


_OBJECT_VERBS: Final = all_function_words("report_object_verb")


def _verb_object(toks: list[Tok], s: int, i: int, lex: Lexicon) -> bool:
    """Whether one or two lower-case singular modifiers before the plural form toks[i] follow a verb whose object
    they open: a past form in -ed, an irregular finite verb ("made phone calls", "were news reports") or a verb
    that takes a report as its object (`report_object_verb`: "cited news reports that …", "denied media claims
    that …"); not another verb of saying or believing, whose clause may open with a bare subject ("said
    research shows …", "noted media reports …")."""
    j = i - 1
    while j > s and i - j <= 2 and _modifier(toks[j], lex) and not toks[j].low.endswith("ed") \
            and not _plural_noun(toks[j], lex):
        j -= 1
    verb = toks[j]
    if j == i - 1 or j < s or verb.upper or not verb.is_word or (j > s and _opens_np(toks[j - 1], lex)):
        return False  # "the embattled company claims that …": an adjective in -ed inside the subject
    if verb.low in _OBJECT_VERBS:
        return True
    return verb.low not in lex.speech and (verb.low in lex.finite_verbs or (
        verb.low.endswith("ed") and not _plural_noun(verb, lex)))


def _singular_phrase(toks: list[Tok], s: int, k: int, prev: Tok, lex: Lexicon) -> bool:
    """Whether a bare form ("show", "state") after toks[k:i] ends a noun phrase: its last modifier is a
    lower-case singular word or a short form ("a swing state", "the reality TV show"), so a verb there would need a
    plural subject. The phrase opens with a determiner, alone or after a preposition whose phrase hangs
    on no plural word or participle ("the star of the reality show"; but "figures from the statistics
    office show", "statements handed to the court show")."""
    if prev.upper and not _acronym(prev) or prev.low in _COLLECTIVE or lex.noun_openers.get(toks[k].low) != "det":
        return False  # "the police report that", "the media claim"
    b = k - 1  # the word before the phrase, or before its preposition
    if b >= s and (lex.noun_openers.get(toks[b].low) == "prep" or toks[b].low == "to"):
        b -= 1
    return b < s or not (toks[b].upper or toks[b].low in _COLLECTIVE or _plural_noun(toks[b], lex)
                         or toks[b].low.endswith(("ed", "ing", "en")) or is_finite_verb(toks[b], lex))


def _acronym(t: Tok) -> bool:
    """An upper-case short form as a modifier ("the TV show", "the US claim"), not a plural ("NGOs")."""
    return t.text.isupper() and t.text.isalpha() and len(t.text) <= _ACRONYM


_ACRONYM: Final = 4
_COLLECTIVE: Final = all_function_words("collective_noun")  # plural subjects without -s ("the police report")
_COMPARATIVE: Final = all_function_words("comparative_degree")  # "the most recent poll"


_GAP_RELATIVES: Final = frozenset({"which", "who", "whom"})
_NOT_FOLLOWERS: Final = frozenset({"of", "and", "or"})


def _gap_relative(toks: list[Tok], s: int, i: int, lex: Lexicon) -> bool:
    """Whether toks[i] follows the subject of a relative clause whose own subject is missing after it: "which the
    government estimates are", "who the union claims were" (a relative pronoun, a determiner or a name, up to
    NP_REACH more words, no genitive); "of", "and", "or" after it stay a noun's followers."""
    if toks[i + 1].low in _NOT_FOLLOWERS:
        return False
    k = i - 1
    while k > s and i - k <= NP_REACH + 1 and toks[k].is_word and toks[k].low not in lex.relatives \
            and not _genitive(toks[k]) and not is_finite_verb(toks[k], lex):
        k -= 1
    if k == i - 1 or toks[k].low not in _GAP_RELATIVES:
        return False
    first = toks[k + 1]
    return first.upper or lex.noun_openers.get(first.low) == "det"


def _modifier(t: Tok, lex: Lexicon) -> bool:
    """A word that may stand inside a noun phrase before its head: a lower-case word that is no verb,
    pronoun, opener, conjunction, auxiliary or modal ("but did note", "and will report"), or a number."""
    return t.is_word and not t.upper and t.low not in lex.noun_openers and t.low not in lex.pronouns \
        and not is_finite_verb(t, lex) and t.low not in lex.relatives and t.low not in lex.complementizers \
        and not t.low.endswith("ly") and t.low not in lex.coordinators and t.low not in lex.question_auxiliaries \
        and t.low not in lex.modals


def _inner_quantifier(toks: list[Tok], s: int, k: int, lex: Lexicon) -> bool:
    """A comparative quantifier right after a determiner is inside the noun phrase ("The most recent poll shows", "a
    more detailed report claims"), not its opener (`comparative_degree`)."""
    return toks[k].low in _COMPARATIVE and not toks[k].upper and k > s and lex.noun_openers.get(toks[k - 1].low) == "det"


def _ly_adjective(toks: list[Tok], s: int, k: int, lex: Lexicon) -> bool:
    """A word in -ly right after a determiner is an adjective ("an early tweet", "the daily report"), not
    an adverb between a subject and its verb ("the company repeatedly claims")."""
    return toks[k].low.endswith("ly") and not toks[k].upper and k > s and lex.noun_openers.get(toks[k - 1].low) == "det"


def _plural_noun(t: Tok, lex: Lexicon) -> bool:
    low = t.low
    return t.is_word and not t.upper and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
        and low not in lex.not_plural


_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "it", "us", "me", "you"})


def _object(t: Tok, lex: Lexicon) -> bool:
    """A word that opens a verb's object or clause: a determiner or quantifier, an object pronoun, a name, a number, a
    quote."""
    return t.upper or t.text.isdigit() or t.text in _QUOTES or t.low in _OBJECT_PRONOUNS \
        or lex.noun_openers.get(t.low) in ("det", "quant")  # ("the poll shows both candidates …")


def _clause_follows(toks: list[Tok], i: int, e: int, lex: Lexicon) -> bool:
    """An object or a clause after toks[i]: a complementizer, a determiner, a name, a pronoun, a quote, or
    a lower-case word that is no preposition, participle or time word ("shows infantry near …")."""
    if i + 1 >= e:
        return False
    nxt = toks[i + 1]
    if nxt.low in lex.complementizers and i + 2 < e and _verb_word(toks[i + 2], lex):
        return False  # "in the states that have …": a relative pronoun and its verb, no subject after "that"
    if nxt.low in lex.complementizers or _object(nxt, lex):
        return True
    return nxt.is_word and nxt.low not in lex.noun_openers and not nxt.low.endswith(("ing", "ed")) \
        and not any(w in nxt.low for w in lex.times) and nxt.low not in lex.sentence_adverbs and nxt.low != "to" \
        and nxt.low not in lex.subordinators  # "on farm promises because …": a clause of its own, no object


def _verb_word(t: Tok, lex: Lexicon) -> bool:
    """An auxiliary, modal or form of "be" right after "that": the verb of a relative clause ("states that have")."""
    return not t.upper and (t.low in lex.auxiliaries or t.low in lex.modals or t.low in lex.closed.be)


def _tag_subject(toks: list[Tok], s: int, k: int, i: int, e: int, lex: Lexicon) -> bool:
    """"…, data from the agency show.": a tag's subject with a prepositional phrase, after the content."""
    if i + 1 < e and toks[i + 1].text not in (".", ",", ";", "!", "?"):
        return False
    b = k
    while b > s and toks[b - 1].text not in _BOUNDS:
        b -= 1
    if b == s or toks[b - 1].text != "," or lex.noun_openers.get(toks[b].low) == "prep" \
            or toks[b].low.endswith(("ing", "ly")) or toks[b].low in lex.sentence_adverbs:
        return False  # "…, beating his rival in his home state.": a participle, no subject
    return not any((is_finite_verb(toks[j], lex) or toks[j].low.endswith("ed")) and toks[j + 1].low not in lex.agent
                   for j in range(b, i))  # (but a participle before its agent: "…, records compiled by X show.")


def _verb_follows(toks: list[Tok], s: int, k: int, i: int, e: int, lex: Lexicon) -> bool:
    """Whether the phrase toks[k:i] is a subject and toks[i] its verb: the phrase opens a clause and an
    object, a clause or a quote follows ("the report states that", "the poll shows Smith ahead"), or it
    closes a tag after a content ("…, the document states.")."""
    opens_clause = k == s or toks[k - 1].text in _BOUNDS or toks[k - 1].low in ("that", "and", "but")
    if not opens_clause:
        return False
    tag = k > s and toks[k - 1].text == ","
    if i + 1 >= e:
        return tag
    nxt = toks[i + 1]
    if nxt.text in (",", ".", ";", "!", "?"):
        return tag  # "…, the document states." / "…, the report claims, …"
    return _clause_follows(toks, i, e, lex)


def name_form(words: list[str], lang: str) -> bool:
    """Whether capitalised words can be a person's name where every noun is capitalised (German): a first
    name opens it, or it neither opens with an adjective ("Betriebsbedingte Kündigungen", "Wichtige Frage")
    nor closes with a noun ending ("Die Entscheidung"). Other languages: always."""
    if not words or not profile(lang).capitalised_nouns:
        return bool(words)
    first, last = words[0].lower(), words[-1].lower()
    return first in all_languages_words("first_names") or not (
        first.endswith(ADJECTIVE_ENDINGS) or last.endswith(_NOUN_ENDINGS))


ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")  # German: "Wichtige", "betriebsbedingten"
_NOUN_ENDINGS: Final = ("ung", "heit", "keit", "ion", "tät", "nis", "schaft", "age")


def attributive(toks: list[Tok], s: int, i: int, e: int, lex: Lexicon) -> bool:
    """Whether a past participle cue at toks[i] ("confirmed", "reported") is an adjective before its noun:
    after a determiner, a quantifier or a number, perhaps past one adverb in -ly and one adjective of counting
    ("four new confirmed cases"), and before a lower-case
    plural noun ("the 40 confirmed cases", "the other newly reported deaths"), or, after a determiner, any
    lower-case noun ("a confirmed case", "the reported attack"). English only (`noun_openers`)."""
    t = toks[i]
    if not t.low.endswith("ed") or t.upper or i == s or i + 1 >= e or not lex.noun_openers:
        return False
    if toks[i - 1].low in function_words(lex.lang, "test_noun") and not toks[i - 1].upper:
        return True  # "two laboratory confirmed cases", "the only two lab confirmed were": a compound adjective
    nxt = toks[i + 1]
    if not nxt.is_word or nxt.upper or nxt.low in _NOT_HEADS or nxt.low.endswith("ing") or not _modifier(nxt, lex):
        return False  # "some reported seeing", "many confirmed that", "all said the"
    k = i - 1
    if toks[k].low.endswith("ly") and not toks[k].upper and k > s:
        k -= 1  # "newly reported cases"
    if lex.noun_openers.get(toks[k].low) == "quant" and not toks[k].upper and k > s and toks[k - 1].is_word \
            and _plural_noun(nxt, lex):
        return True  # "has more confirmed cases", "three or more reported deaths" (en44; not "Many reported delays")
    if toks[k].low in _COUNT_ADJECTIVES and not toks[k].upper and k > s:
        k -= 1  # "four new confirmed cases", "the two additional reported deaths"
    before = toks[k]
    kind = lex.noun_openers.get(before.low)
    if kind == "det" and before.low not in _OBJECT_PRONOUNS:
        return True
    number = before.text.replace(",", "").isdigit() and not (len(before.text) == 4 and before.text[:2] in ("19", "20"))
    return (number or kind == "quant") and _plural_noun(nxt, lex)


_COUNT_ADJECTIVES: Final = all_function_words("count_adjective")
_NOT_HEADS: Final = frozenset({"to", "by", "that", "as", "in", "on", "at", "for", "from", "with", "and", "or", "but"})


def preterite_adjective(lang: str, lex: Lexicon, toks: list[Tok], s: int, i: int) -> bool:
    """A preterite-spelt form where no finite verb can stand (sv, `adjective_aux`, `participle_adverb` in
    `function_words.tsv`): after a form of "ha", whose perfect takes the supine ("har förmodade skador"), or after an
    article and an adverb ("de senast rapporterade dödsfallen")."""
    before = toks[i - 1].low
    if not toks[i].low.endswith(("de", "te")):
        return False
    if before in function_words(lang, "adjective_aux"):
        return True
    return before in function_words(lang, "participle_adverb") and i - 2 >= s \
        and toks[i - 2].low in lex.determiners


def german_attributive(lang: str, lex: Lexicon, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """An inflected participle between an article or preposition (and adjectives) and its capitalised noun:
    "nach dem ersten bestätigten Fall", "die Zahl der gemeldeten Schäden", "Die erwarteten Gewitter", "die seit
    Wochen befürchtete Flut" (not "Dann bestätigten Ärzte …", nor after a pronoun: "Das bestätigten Ärzte")."""
    t, nxt = toks[i], toks[i + 1] if i + 1 < e else None
    if t.upper or not t.low.endswith(_GERMAN_INFLECTION) or nxt is None or not nxt.is_word or not nxt.upper:
        return False
    if _count_before(lang, toks, s, i):
        return True  # after a count: "es gab vier bestätigte Fälle" (not "Im Jahr 2023 bestätigte Müller, C")
    k = i - 1
    while k > s and i - k <= 2 and not toks[k].upper and toks[k].low.endswith(_GERMAN_INFLECTION) \
            and toks[k].low not in lex.determiners:
        k -= 1  # adjectives before it: "dem ersten bestätigten"
    k -= _german_premodifier(lex, toks, s, k)
    head = toks[k]
    if head.upper and not (k == s and head.low in lex.determiners
                           and head.low not in function_words(lang, "demonstrative_pronoun")):
        return False  # (not "Das bestätigten Ärzte": a pronoun before a verb)
    return head.is_word and (head.low in lex.determiners or head.low in lex.prepositions)


def _count_before(lang: str, toks: list[Tok], s: int, i: int) -> bool:
    """A count right before toks[i] ("vier", "14"), not a year or a labelled number ("2023", "Jahr 2023", "Uhr 14")."""
    low = toks[i - 1].low
    if low in number_words(lang):
        return True
    return low.isdigit() and len(low) < 4 and not (i - 2 >= s and toks[i - 2].low in wordset(lang, "number_labels"))


def _german_premodifier(lex: Lexicon, toks: list[Tok], s: int, k: int) -> int:
    """How many words (a short phrase or an adverb) stand between an article and its participle: "die seit langem
    erwartete Flut" (2), "die lange erwartete Flut" (1); 0 when toks[k] is no such word or no article precedes."""
    t = toks[k]
    if not t.is_word or t.low in lex.determiners or t.low in lex.pronouns:
        return 0
    if k - 2 >= s and _german_preposition(lex, toks[k - 1].low) and toks[k - 2].low in lex.determiners:
        return 2
    return 1 if k - 1 >= s and not t.upper and lex.fronted.get(t.low) == "adv" and toks[k - 1].low in lex.determiners else 0


def _german_preposition(lex: Lexicon, low: str) -> bool:
    return low in lex.prepositions or lex.fronted.get(low) == "prep"


_GERMAN_INFLECTION: Final = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
