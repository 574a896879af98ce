"""Source phrases: where they end.

`forward_np` finds the end of a source phrase after a cue ("enligt det ukrainska flygvapnet |
avfyrade …", "säger Anna Wallin, | presstalesperson …"), with the tests of the words inside one
(a name, a modifier before the head noun, a weak adjective, a short name in apposition).
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.countdet import count_determiner
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.numwords import number_words
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.wordtypes import company_forms, named_source_words, type_lists, word_type
from enligt.lang import all_languages_words, function_words
from enligt.lang.gazetteers import lower_case_outlets, outlet_first_words, outlet_names


def is_name_tok(tok: Tok) -> bool:
    """A capitalised word (digits are never capitalised, so `upper` excludes them)."""
    return tok.upper



def _report_place(toks: list[Tok], k: int, end: int, lex: Lexicon, head: Tok) -> bool:
    """A report noun's prepositional phrase that names no source ("Aftonbladets uppgifter | på andra håll"):
    none of its next words is a name or a source word."""
    if head.low not in function_words(lex.lang, "report_noun"):
        return False
    words = [t for t in toks[k + 1:min(end, k + 1 + REPORT_PP)] if t.is_word]
    return not any(t.upper or word_type(t.low, lex.lang) for t in words)


REPORT_PP: Final = 3  # words of a report noun's prepositional phrase read for a name or source word


def forward_np(toks: list[Tok], i: int, end: int, lex: Lexicon, stop: frozenset[str] = frozenset()) -> int:
    """End (exclusive) of the source phrase that starts at toks[i]; words in `stop` end it."""
    k, head = i, False
    caps = lex.profile.capitalised_nouns  # every noun capitalised: a capital makes no name run
    cw = lex.closed
    while k < end:
        t = toks[k]
        if not t.is_word:
            if t.text in "'’" and k > i and toks[k - 1].end == t.start and toks[k - 1].low.endswith(("s", "x", "z")) \
                    and k + 1 < end and toks[k + 1].is_word and not head_genitive_done(toks, k):
                k += 1  # a genitive apostrophe: "Paris' politichef", "Jens' bror"
                head = False
                continue
            if t.text == "." and k > i and k + 1 < end and toks[k + 1].is_word and toks[k - 1].end == t.start \
                    and toks[k - 1].upper and is_abbreviation(toks[k - 1], lex.lang):
                k += 1  # "Mr. Rhodes", "F.A.A. records", "E. J. Fleming"
                continue
            if t.text == "&" and k > i and k + 1 < end and toks[k - 1].upper and toks[k + 1].upper \
                    and toks[k - 1].end == t.start and t.end == toks[k + 1].start:
                k += 1  # a name joined by "&": "H&M", "AT&T"
                continue
            if t.text == "(" and head:
                close = next((m for m in range(k + 1, min(end, k + 8)) if toks[m].text == ")"), None)
                if close is not None:
                    k = close + 1
                    continue
            if t.text == "," and head and k + 1 < end and _abbrev_apposition(toks, k + 1, end, cw.title):
                k += 2
            if head and k + 2 < end and shared_part(toks, k, cw.hyphen_and) and toks[k + 2].is_word:
                k += 3  # a shared compound part: "Midt- og Vestsjællands Politi", "underrättelse- och säkerhetstjänst"
                continue
            break
        if t.low in stop and k > i:
            break
        if k > i and t.low in cw.and_ and k + 1 < end:
            if _second_source(toks, k + 1, end, lex):
                k += 1  # "the BBC and the Post", "Amtrak and local officials": two sources, one phrase
                head = False
                continue
            if not toks[k + 1].upper and is_finite_verb(toks[k + 1], lex):
                break  # "said Smith and added": the speaker's second verb
        if k > i and t.low in cw.share and toks[k - 1].low in cw.recording and k + 1 < end \
                and toks[k + 1].low in lex.prepositions:
            k += 1  # "videos posted on Telegram": a recording and where it was put, not its verb
            head = False
            continue
        if head:
            prev = toks[k - 1]
            if is_name_tok(t) and (not caps and (is_name_tok(prev) or prev.low not in lex.pronouns)
                                   or caps and (prev.upper or prev.text == ".")):  # ("Dr. Frank Oehm")
                k += 1
                head = caps or not _genitive_name(toks, k, end, lex)
                continue
            if not caps and t.text in lower_case_outlets() and word_type(prev.low, lex.lang) == "media":
                k += 1  # an outlet spelt in lower case after its kind: "nyhedsbureauet dpa"
                continue
            if not caps and prev.upper and not t.upper and t.low not in stop \
                    and word_type(t.low, lex.lang) in ("official", "organization", "media"):
                k += 1  # a place and its body: "Sørøst politidistrikt", "Bergen tingrett"
                head = not _genitive_name(toks, k, end, lex, named=False)  # ("Vest politidistrikts | operasjonsleder")
                continue
            if not caps and prev.upper and (h := _suspended_body(toks, k, end, lex)):
                k = h  # and a body named by a shared compound part: "Norges vassdrags- og energidirektorat"
                continue
            if not caps and is_name_tok(prev) and k > i + 1 and is_name_tok(toks[k - 2]) and t.low in lex.affiliation \
                    and t.low not in stop and k + 1 < end and is_name_tok(toks[k + 1]):
                k += 1  # a name and where it serves: "Cecilie Svorstøl i Sørøst politidistrikt"
                continue
            named = prev.upper or (prev.text == "." and k > i + 1 and toks[k - 2].upper)  # "F.A.A. records"
            if lex.profile.modifiers_first and named and not t.upper and t.is_word:
                m = _named_head(toks, k, end, lex)  # "a Gallup poll", "a Pentagon spokesman", "the White House pool report"
                if m:
                    k = m
                    continue
            if prev.upper and t.text in company_forms():
                k += 1  # a legal form written in lower case: "Kinderhilfe e.V."
                continue
            if t.text.isdigit() and len(t.text) <= 2 and prev.upper and prev.low in outlet_first_words():
                k += 1  # a channel number: "TV 2 Øst", "Kanal 5", "Channel 4"
                continue
            if _NUMBER_GENITIVE.fullmatch(t.text) and prev.upper and prev.low in outlet_first_words():
                k += 1  # its genitive: "TV 2's oplysninger", "TV 2s kilder": the head comes after
                head = False
                continue
            if t.text in cw.name_glue and t.low not in stop and is_name_tok(toks[k - 1]) and not caps:
                g = k + 1
                while g < min(end, k + 3) and toks[g].text in cw.name_glue:
                    g += 1
                if g < end and is_name_tok(toks[g]):  # "Institute for the Study of War"
                    k = g
                    continue
            if (t.low in lex.prepositions and (t.low not in lex.verb_preposition or _takes_object(toks, i, k, lex))
                    or t.low in lex.genitive_article) and k + 1 < end \
                    and toks[k + 1].is_word and (toks[k + 1].upper or not is_finite_verb(toks[k + 1], lex)
                                                 or word_type(toks[k + 1].low, lex.lang)
                                                 or caps and _is_modifier(toks, k + 1, end, lex)
                                                 and toks[k + 1].low not in number_words(lex.lang)) \
                    and not (caps and toks[k + 1].text[:1].isdigit()) and not _decade(toks[k + 1]) \
                    and toks[k + 1].low not in cw.reflexive and (caps or not prev.upper) \
                    and prev.low not in lex.pronouns and not _report_place(toks, k, end, lex, prev):
                head = False
                k += 1
                continue
            break
        if caps and k > i and toks[k - 1].low in lex.determiners and (t.low in lex.prepositions or t.low in function_words(
                lex.lang, "more_prepositions")) \
                and (m := extended_attribute(toks, k, end, lex)):
            k = m  # "der in Genf ansässigen Organisation": a phrase inside the adjective before the noun
            continue
        if k > i and not t.upper and is_finite_verb(t, lex) and not (caps and t.low in lex.determiners) \
                and not word_type(t.low, lex.lang) and not (caps and t.text in lower_case_outlets()) \
                and not _role_before_name(toks, k, end, lex) and not weak_adjective(toks, k - 1, lex) \
                and not (toks[k - 1].low in lex.determiners and t.low in function_words(lex.lang, "participle_noun")) \
                and not (toks[k - 1].low in lex.determiners and t.low in function_words(lex.lang, "article_adjective")
                         and k + 1 < end and word_type(toks[k + 1].low, lex.lang) is not None) \
                and not (caps and toks[i].low in lex.determiners and _is_modifier(toks, k, end, lex)) \
                and not (lex.profile.modifiers_first and _after_article(toks, k, end, lex)):
            break  # (German "der | ukrainische Sprecher": an adjective after the article)
        if (t.low in lex.complementizers or t.low in lex.relatives and k > i) and not caps and not is_acronym(t):
            break
        if k > i and t.low in lex.prepositions and k + 1 < end and toks[k + 1].is_word and all(
                x.low in lex.determiners or x.text.isdigit() for x in toks[i:k]):
            if not caps and toks[k + 1].low in function_words(lex.lang, "partitive_pronoun"):
                k += 2  # a partitive of a pronoun: "en af dem", "två av dem" (whose "dem" stops a German tag)
                head = True
                break
            k += 1  # a partitive: "en af lederne", "två av de anställda"
            continue
        k += 1
        if t.low in lex.determiners or _is_modifier(toks, k - 1, end, lex) or count_determiner(toks, k - 1, end, lex):
            continue  # (a count before the noun: "19 | hospitaler", "Two | officials")
        head = True
        if is_name_tok(t) and not caps:
            while k < end and (is_name_tok(toks[k]) or (toks[k].low in cw.name_glue and k + 1 < end
                                                          and toks[k].low not in stop and is_name_tok(toks[k + 1]))):
                k += 1
            head = not _genitive_name(toks, k, end, lex)  # "Røde Halvmånes | pressechef": the head comes after
    return k


_NUMBER_GENITIVE: Final = re.compile(r"\d{1,2}(?:'s|’s|s)")  # a channel number's genitive ("2's", "2s")


def _decade(t: Tok) -> bool:
    """An age or a decade written with a number ("30-årene", "20-årsåldern", "30'erne"): a phrase after a
    preposition that opens with it says how old or when, no part of a source ("ifølge politiet | i 30-årene")."""
    return _DECADE.match(t.text) is not None


_DECADE: Final = re.compile(r"\d+[-'’][^\W\d_]")  # digits, a hyphen or apostrophe, then letters


def _genitive_name(toks: list[Tok], k: int, end: int, lex: Lexicon, *, named: bool = True) -> bool:
    """Whether the name before toks[k] ends in a Nordic genitive "-s" and a source noun follows it ("Røde
    Halvmånes pressechef", "Anna Lunds advokat"): the name is the noun's modifier, not the whole phrase.
    `named=False`: any word before toks[k] ("politidistrikts operasjonsleder"). A listed name of two letters counts
    too ("Aps leder", "FNs generalsekretær": named_sources.tsv)."""
    prev = toks[k - 1]
    if not (k < end and not lex.profile.modifiers_first and (prev.upper or not named) and (
            len(prev.low) > 3 or prev.upper and prev.low[:-1] in named_source_words(lex.lang))
            and prev.low.endswith("s")):
        return False
    return _genitive_head(toks, k, end, lex)


def _genitive_head(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """Whether a source noun follows a genitive at toks[k], past up to WEAK_ADJECTIVES adjectives in the weak form a
    genitive takes ("Novo Nordisks administrerende direktør", "Norges nye finansminister", "Sveriges förra
    statsminister"): lower-case words with a weak ending (`weak_adjective_ending`) that are no verb."""
    m, ending = k, _weak_endings(lex.lang)
    while m < min(end, k + WEAK_ADJECTIVES) and m + 1 < end and toks[m].is_word and not toks[m].upper \
            and len(toks[m].low) > 3 and toks[m].low.endswith(ending) and word_type(toks[m].low, lex.lang) is None \
            and not is_finite_verb(toks[m], lex):
        m += 1
    return toks[m].is_word and not toks[m].upper and word_type(toks[m].low, lex.lang) is not None


def _after_article(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """Whether toks[k] stands right after an article and before a capitalised word ("the state Department of
    Health"), or is a cue form that is also a noun (`noun_verbs`: "the state auditor"): a noun or a modifier, no
    verb."""
    cw = lex.closed
    if not (toks[k - 1].low in cw.definite_article or toks[k - 1].low in cw.indefinite):
        return False
    if toks[k].low in lex.noun_verbs and (k + 1 < end and toks[k + 1].is_word
                                          or k >= 2 and toks[k - 2].low in lex.prepositions):
        return True  # a cue form spelt like a noun after an article: "the state auditor", "a transcript of the show"
        # (not "tweeted a warning.": an object after the cue, no speaker)
    return k + 1 < end and toks[k + 1].upper and toks[k + 1].is_word


def _second_source(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """Whether toks[k], after "and", opens a second source: a name, a determiner, or a source noun with at
    most one word before it ("local officials"); not a verb ("och vände sig"), a clause or a pronoun."""
    if k >= end or not toks[k].is_word:
        return False
    t = toks[k]
    if t.upper:
        return t.low not in lex.pronouns or k + 1 < end and toks[k + 1].is_word and toks[k + 1].upper
    if t.low in lex.determiners:
        return t.low not in lex.pronouns
    if is_finite_verb(t, lex) or t.low in lex.pronouns:
        return False
    return word_type(t.low, lex.lang) is not None or k + 1 < end and toks[k + 1].is_word \
        and word_type(toks[k + 1].low, lex.lang) is not None


def is_acronym(t: Tok) -> bool:
    """A word written in capitals, an acronym ("WHO", "THAT"), not the function word it spells."""
    return len(t.text) >= CAPITALS and t.text.isupper() and t.text.isalpha()


CAPITALS: Final = 3  # letters of an acronym read as a name


def _suspended_body(toks: list[Tok], k: int, end: int, lex: Lexicon) -> int:
    """The end of a body's name whose head shares a compound part with the word at toks[k] ("vassdrags- og
    energidirektorat" after "Norges"): a lower-case part, "-", a coordinator and a head word of an official body
    or an organisation; else 0."""
    if k + 3 >= end or toks[k].upper or not toks[k].is_word:
        return 0
    dash, glue, head = toks[k + 1], toks[k + 2], toks[k + 3]
    if dash.text != "-" or dash.start != toks[k].end or glue.low not in lex.closed.hyphen_and or not head.is_word:
        return 0
    return k + 4 if word_type(head.low, lex.lang) in ("official", "organization") else 0


def _takes_object(toks: list[Tok], i: int, k: int, lex: Lexicon) -> bool:
    """A phrase toks[i:k] headed by a document goes on past a preposition of the verb ("der Antwort des Senats auf
    eine Anfrage"); a body's does not ("laut Staatsanwaltschaft | auf eine Reihe von Indizien")."""
    return any(t.upper and word_type(t.low, lex.lang) == "document" for t in toks[i:k])


def extended_attribute(toks: list[Tok], k: int, end: int, lex: Lexicon) -> int:
    """German: after an article, a preposition that opens a phrase inside an adjective ("der | in den USA ansässigen
    Gruppe"): the index of that adjective (the first lower-case word that is no article or preposition, inflected,
    before a capitalised noun), else 0."""
    for m in range(k + 1, min(end - 1, k + EXTENDED_ATTRIBUTE)):
        t = toks[m]
        if not t.is_word:
            return 0
        if not t.upper and t.low not in lex.determiners and t.low not in lex.prepositions \
                and t.low not in function_words(lex.lang, "more_prepositions"):
            nxt = toks[m + 1]
            return m if t.low.endswith(_INFLECTED) and nxt.is_word and nxt.upper else 0
    return 0


EXTENDED_ATTRIBUTE: Final = 8  # tokens of a phrase inside an adjective: "der | in den Vereinigten Staaten ansässigen"
_INFLECTED: Final = ("e", "en", "em", "er", "es")


def head_genitive_done(toks: list[Tok], k: int) -> bool:
    """Whether the apostrophe at toks[k] closes a quotation rather than marks a genitive ("… 'X' said")."""
    return k + 1 < len(toks) and toks[k + 1].start == toks[k].end


def _named_head(toks: list[Tok], k: int, end: int, lex: Lexicon) -> int:
    """End of a source noun after a name used as its modifier ("Gallup | poll", "White House | pool report"):
    up to two lower-case words, the last a source noun of the lexicon; else 0."""
    for m in (k, k + 1):
        if m >= end or not toks[m].is_word or toks[m].upper or toks[m].low in lex.prepositions \
                or toks[m].low in lex.determiners or toks[m].low in lex.complementizers:
            return 0  # "told the Baltic Wire | the company had …", "told PTI | that reports …": a new phrase
        if word_type(toks[m].low, lex.lang) and not (m + 1 < end and (toks[m + 1].low in lex.complementizers
                                                                      or toks[m + 1].low in lex.determiners)):
            return m + 1  # not "The Herald reports that …", "Reuters reports the …": a verb
    return 0


def _role_before_name(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """A role noun spelt like a verb, before a name: "daglig leder Morten Aas" (no/da "leder" also means "leads")."""
    return k + 1 < end and is_name_tok(toks[k + 1]) and word_type(toks[k].low, lex.lang) == "person"


def weak_adjective(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """An adjective in its weak form after a definite article, before a lower-case noun that is no listed
    verb ("den svenska myndigheten", "det amerikanske jordskjelvsenteret", "det danske politi")."""
    t, nxt = toks[k], toks[k + 1]
    ending = _weak_endings(lex.lang)
    m = k - 1  # past more weak adjectives to the article: "det europeiske seismologiske senteret"
    while m > 0 and m > k - WEAK_ADJECTIVES and toks[m].is_word and not toks[m].upper and len(toks[m].low) > 3 \
            and toks[m].low.endswith(ending):
        m -= 1
    return m >= 0 and toks[m].low in function_words(lex.lang, "weak_adjective_article") and not t.upper \
        and len(t.low) > 3 and t.low.endswith(ending) \
        and nxt.is_word and not nxt.upper and nxt.low not in lex.finite_verbs and nxt.low not in lex.complementizers \
        and nxt.low not in lex.relatives and nxt.low not in lex.pronouns and nxt.low not in lex.prepositions \
        and nxt.low not in lex.determiners


WEAK_ADJECTIVES: Final = 3  # weak adjectives read between a definite article and its noun


def _weak_endings(lang: str) -> tuple[str, ...]:
    """`_weak_endings_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _WEAK_ENDINGS_KEPT.get(lang)
    if got is None:
        got = _WEAK_ENDINGS_KEPT.setdefault(lang, _weak_endings_built(lang))
    return got


_WEAK_ENDINGS_KEPT: Final[dict[str, tuple[str, ...]]] = {}


def _weak_endings_built(lang: str) -> tuple[str, ...]:
    """The endings of a weak adjective (`weak_adjective_ending`), as `str.endswith` takes them: built once a
    language, not on every token `forward_np` reads."""
    return tuple(sorted(function_words(lang, "weak_adjective_ending")))


def _abbrev_apposition(toks: list[Tok], k: int, end: int, titles: frozenset[str]) -> bool:
    """", ICRC," / ", Brå." : a short name in apposition that belongs to the source phrase (not a title opening
    the next name: ", Mr. Lund's adviser")."""
    t = toks[k]
    if not (is_name_tok(t) and (t.text.isupper() and len(t.text) <= 6 or len(t.text) <= 3)):
        return False
    if t.low in titles and k + 2 < end and toks[k + 1].text == "." and toks[k + 2].upper:
        return False
    return k + 1 >= end or toks[k + 1].text in ",.;)"


def _is_modifier(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """A word before the head noun: a genitive ("bankens"), an adjective ("ukrainska") or, in German,
    a lower-case adjective before a capitalised noun."""
    if k + 1 >= end:
        return False
    t, nxt = toks[k], toks[k + 1]
    if not nxt.is_word or nxt.low in lex.prepositions or nxt.low in lex.closed.tag_stop:
        return False  # (no modifier before a preposition: "Klarna | genom sin presstjänst")
    if nxt.low in lex.determiners:  # "bankens egen prognos", but not "Hnatiuk ett tjugotal"
        return lex.profile.genitive_s_before_determiner and t.low.endswith("s") and len(t.low) > 3 and k + 2 < end \
            and toks[k + 2].is_word and not is_finite_verb(toks[k + 2], lex)
    if lex.profile.capitalised_nouns:  # a lower-case word before a capitalised noun
        return t.text[0].islower() and (nxt.upper or _adjective_run(toks, k, end, lex))
    if t.upper and nxt.low in lex.closed.np_stop and (t.low in all_languages_words("first_names") or (
            k > 0 and toks[k - 1].upper and toks[k - 1].is_word) or k + 2 < end and (
            toks[k + 2].low in lex.speech or is_finite_verb(toks[k + 2], lex))):
        return False  # a name before "og"/"och": "sier Nina og fortsetter", not an adjective in -a
    if weak_adjective(toks, k, lex):
        return True  # "det amerikanske jordskjelvsenteret": a definite noun in "-et" after its adjective
    if is_finite_verb(nxt, lex) and not word_type(nxt.low, lex.lang) or (nxt.upper and not t.upper):
        return False  # ("det norske militæret": a source noun in "-et" is no past tense)
    if lex.profile.modifiers_first:  # every modifier first: the phrase runs on to a verb or preposition
        return nxt.low not in lex.complementizers and nxt.low not in lex.relatives and nxt.low not in lex.pronouns \
            and t.low not in lex.pronouns  # a pronoun is a whole phrase: "He | shook hands"
    if t.upper and not nxt.upper and _name_after_prep(toks, k, lex) and word_type(nxt.low, lex.lang) is None \
            and not is_acronym(t):
        return False  # "ifølge Arla | stiger": a capital after a source preposition is a name, no adjective
    if t.low.endswith(("s", ":s")) and len(t.low) > 3 and t.low not in type_lists(lex.lang)[0]:
        return True  # a genitive ("bankens"), not a noun that happens to end in s ("prognos")
    if not t.upper and word_type(nxt.low, lex.lang) and not word_type(t.low, lex.lang):
        return True  # an adjective before a known noun: "svensk politi", "ett internt mejl"
    cw = lex.closed
    if k > 0 and toks[k - 1].low in cw.adjective_article and not t.upper and not nxt.upper \
            and nxt.low not in cw.np_stop and nxt.low not in lex.complementizers and nxt.low not in lex.relatives \
            and not word_type(t.low, lex.lang) and (t.low.endswith(cw.adjective_suffix)
                                                  or toks[k - 1].low in cw.neuter_indefinite and t.low.endswith("t")):
        return True  # an adjective after an indefinite article, before its noun: "en intern skrivelse", "ett internt mejl"
    if t.upper and not nxt.upper and t.low in outlet_names():
        return False  # "ifølge Berlingske | fremgår det": an outlet's name in "-ske" is no adjective
    if k > 0 and toks[k - 1].upper and toks[k - 1].low.endswith(("'s", "’s")) and word_type(t.low, lex.lang):
        return False  # "ifølge DMI's prognose | rammer stormen": a source noun after a name's genitive is the head
    if word_type(t.low, lex.lang) and not word_type(nxt.low, lex.lang) and not nxt.upper:
        return False  # "ifølge beboerne | solgt": a listed source noun in "-e" (a plural) is the head, no adjective
    return t.low.endswith(cw.adjective_ending)


def _name_after_prep(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether the capitalised words up to toks[k] follow a prepositional cue ("ifølge Kræftens Bekæmpelse")."""
    m = k - 1
    while m >= 0 and toks[m].upper and toks[m].is_word and toks[m].low not in lex.prep and k - m <= NAME_WORDS:
        m -= 1
    return m >= 0 and toks[m].low in lex.prep


NAME_WORDS: Final = 4  # capitalised words of a name read back to its preposition


def _adjective_run(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """German: toks[k] opens a run of inflected adjectives after an article that a capitalised noun closes ("der
    | örtlichen städtischen Feuerwehr", "der | nationalen türkischen Katastrophenbehörde"): every word of the run
    lower case, with an adjective ending and no listed verb."""
    if k == 0 or toks[k - 1].low not in lex.determiners:
        return False
    m = k
    while m < end and m - k <= ADJECTIVE_RUN and toks[m].is_word and not toks[m].upper \
            and len(toks[m].low) > 3 and toks[m].low.endswith(_RUN_ENDINGS) and toks[m].low not in lex.finite_verbs \
            and toks[m].low not in lex.perfect_aux:
        m += 1
    return k + 1 < m < end and toks[m].is_word and toks[m].upper


ADJECTIVE_RUN: Final = 3  # the most inflected adjectives read between an article and its noun
_RUN_ENDINGS: Final = ("e", "en", "er", "es", "em")


def described_name(toks: list[Tok], k: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """The full name that closes an apposition opened at toks[k] after a role, perhaps after a description of its
    own ("…, politiinspektør Dannie Rise.", "…, den tidligere bokser Vitalij Klitsjko, ifølge X", "der Sprecher
    der Stadt, Max Roth,"): (start, end) of the name, when no word follows it but a recipient's or an adverbial's
    preposition ("…, Per Olsen til NRK").
    Not a clause ("…, der …", "…, skriver X"), a list ("…, A og B") or a place after a preposition."""
    j = k
    while j < e and j - k < DESCRIPTION_WORDS and toks[j].is_word and (
            (j == k and toks[j].low in lex.determiners)  # "der frühere Bürgermeister X" (German "der" is a relative too)
            or (not toks[j].upper and toks[j].low not in lex.prepositions and toks[j].low not in lex.relatives
             and toks[j].low not in lex.subordinators and toks[j].low not in lex.complementizers
             and toks[j].low not in lex.coordinators and toks[j].low not in lex.pronouns
             and (word_type(toks[j].low, lex.lang) or not is_finite_verb(toks[j], lex)))
            or (toks[j].upper and word_type(toks[j].low, lex.lang) == "person")):  # "Hauptkommissar Max Roth"
        j += 1
    n = j
    while n < e and n - j < 3 and toks[n].is_word and toks[n].upper and not word_type(toks[n].low, lex.lang):
        n += 1
    if n - j < 2 or (n < e and toks[n].is_word and toks[n].low not in lex.closed.tag_stop
                     and toks[n].low not in lex.recipient_prep):  # ("…, Anna Berg, til NRK", "…, Anna Berg till TT")
        return None
    return j, n


DESCRIPTION_WORDS: Final = 4  # the longest description read before a name in apposition ("den tidligere sværvægtsbokser")


def shared_part(toks: list[Tok], h: int, hyphen_and: frozenset[str]) -> bool:
    """Whether toks[h] is the hyphen that cuts a compound's first part, glued to the word before it, with "and"
    after it ("Midt- og Vestsjællands", "larm- och ledningsoperatör", "Finanz- und Personalplanung"): one name or
    role whose parts share their last word, not two."""
    return 0 < h < len(toks) - 1 and toks[h].text == "-" and toks[h - 1].is_word and toks[h - 1].end == toks[h].start \
        and toks[h + 1].low in hyphen_and
