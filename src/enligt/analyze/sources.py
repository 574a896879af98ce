"""Source phrases: where they end, what kind of source they name, and who a pronoun means.

`forward_np` finds the end of a source phrase after a cue ("enligt det ukrainska flygvapnet |
avfyrade …", "säger Anna Wallin, | presstalesperson …"); `classify` gives its source_type from
the lexicons; `Mentions` remembers who spoke so "hon", "tidningen", "the group" or "which"
resolve to a source_name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from enligt.analyze.cues import Lexicon, closed, is_finite_verb, lexicon
from enligt.analyze.gazetteers import is_masthead, is_platform, outlet_first_words, outlet_names
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.subjects import nationality_of
from enligt.lang import (
    all_function_words,
    all_languages_words,
    function_word_list,
    function_words,
    profile,
    table,
    words,
    wordset,
)

_DOCUMENT_LIKE = frozenset({"document", "media", "social_media", "unnamed", "official", "organization"})


@cache
def _types(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(single words, multi-word keys, compound endings) of lang/<code>/source_types.tsv (word classes)
    and named_sources.tsv (a gazetteer of the proper nouns that recur as sources: "Kreml", "SMHI")."""
    single: dict[str, str] = {}
    multi: list[tuple[str, str]] = []
    for row in table(lang, "source_types") + table(lang, "named_sources"):
        if len(row) < 2:
            continue
        key = row[0].lower()
        (multi.append((key, row[1])) if " " in key else single.__setitem__(key, row[1]))
    short = function_words(lang, "short_compound_ending")  # "amt": "Sozialamt", "Kanzleramt"
    compounds = tuple(sorted(((k, v) for k, v in single.items() if len(k) >= 4 or k in short), key=lambda kv: -len(kv[0])))
    return single, tuple(multi), compounds


_WORD_TYPES: dict[str, dict[str, str]] = {}  # lang -> word -> its word_type ("" for none)
WORD_TYPE_MEMO = 65536  # words remembered a language; the memo starts over when full


def word_type(low: str, lang: str) -> str | None:
    """source_type of one word: exact, then without a genitive s, then by compound ending (sv/no/da/de).
    Memoised in a plain dict a language (compiled, a native call and a dict lookup, where an
    `lru_cache` wrapper costs a Python call, a key tuple and its hash)."""
    memo = _WORD_TYPES.get(lang)
    if memo is None:
        memo = _WORD_TYPES[lang] = {}
    typ = memo.get(low)
    if typ is None:
        if len(memo) >= WORD_TYPE_MEMO:
            memo.clear()
        typ = memo[low] = _word_type(low, lang) or ""
    return typ or None


def _word_type(low: str, lang: str) -> str | None:
    single, _, compounds = _types(lang)
    for w in (low, low[:-1] if low.endswith("s") and len(low) > 4 else low, low.split(":")[0]):
        if w in single:
            return single[w]
    prof = profile(lang)
    if prof.compounds:
        bare = low.rstrip("s") if prof.compound_linking_s else low
        if low in function_words(lang, "not_compound"):
            return None  # "insgesamt", "Ehrenamt": no "-amt"
        for key, typ in compounds:
            if low.endswith(key) or bare.endswith(key):
                return typ
    return _inflected_type(low, lang)


def _inflected_type(low: str, lang: str) -> str | None:
    """source_type of an inflected form the lists do not hold, by its stem: a plural or definite ending
    off ("myndigheter" -> "myndighet", "beredskabsmyndigheder" -> "-myndighed", "Sicherheitskräften" ->
    "-kräfte"); the stem is read as a word or, in compounding languages, as a compound's ending."""
    single, _, compounds = _types(lang)
    for suffix in function_word_list(lang, "plural_suffix"):
        stem = low[:-len(suffix)]
        if not low.endswith(suffix) or len(stem) < INFLECTED_STEM:
            continue
        if stem in single:
            return single[stem]
        if profile(lang).compounds:
            for key, typ in compounds:
                if len(key) >= INFLECTED_STEM and stem.endswith(key):
                    return typ
    return None


INFLECTED_STEM = 5  # the shortest stem read without its ending ("polis" of "poliser"; not "tal" of "tale")


def is_name_tok(tok: Tok) -> bool:
    """A capitalised word (digits are never capitalised, so `upper` excludes them)."""
    return tok.upper



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
            if t.text == "(" and head:
                close = next((m for m in range(k + 1, min(end, k + 8)) if toks[m].text == ")"), None)
                if close is not None:
                    k = close + 1
                    continue
            if t.text == "," and head and k + 1 < end and _abbrev_apposition(toks, k + 1, end, cw.title):
                k += 2
            if t.text == "-" and head and toks[k - 1].end == t.start and k + 2 < end \
                    and toks[k + 1].low in cw.hyphen_and and toks[k + 2].is_word:
                k += 3  # a shared compound part: "Midt- og Vestsjællands Politi", "underrättelse- och säkerhetstjänst"
                continue
            break
        if t.low in stop and k > i:
            break
        if head:
            prev = toks[k - 1]
            if is_name_tok(t) and (not caps and (is_name_tok(prev) or prev.low not in lex.pronouns)
                                   or caps and prev.upper):
                k += 1
                continue
            if not caps and prev.upper and not t.upper and t.low not in stop \
                    and word_type(t.low, lex.lang) in ("official", "organization", "media"):
                k += 1  # a place and its body: "Sørøst politidistrikt", "Bergen tingrett"
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
            if prev.upper and t.text in _company_forms():
                k += 1  # a legal form written in lower case: "Kinderhilfe e.V."
                continue
            if t.text.isdigit() and len(t.text) <= 2 and prev.upper and prev.low in outlet_first_words():
                k += 1  # a channel number: "TV 2 Øst", "Kanal 5", "Channel 4"
                continue
            if t.text in cw.name_glue and t.low not in stop and is_name_tok(toks[k - 1]) and not caps:
                g = k + 1
                while g < min(end, k + 3) and toks[g].text in cw.name_glue:
                    g += 1
                if g < end and is_name_tok(toks[g]):  # "Institute for the Study of War"
                    k = g
                    continue
            if (t.low in lex.prepositions or t.low in lex.genitive_article) and k + 1 < end \
                    and toks[k + 1].is_word and (toks[k + 1].upper or not is_finite_verb(toks[k + 1], lex)
                                                 or word_type(toks[k + 1].low, lex.lang)) \
                    and not (caps and toks[k + 1].text[:1].isdigit()) \
                    and toks[k + 1].low not in cw.reflexive and (caps or not prev.upper) \
                    and prev.low not in lex.pronouns:
                head = False
                k += 1
                continue
            break
        if caps and k > i and toks[k - 1].low in lex.determiners and (t.low in lex.prepositions or t.low in function_words(
                lex.lang, "more_prepositions")) \
                and (m := _extended_attribute(toks, k, end, lex)):
            k = m  # "der in Genf ansässigen Organisation": a phrase inside the adjective before the noun
            continue
        if k > i and not t.upper and is_finite_verb(t, lex) and not (caps and t.low in lex.determiners) \
                and not word_type(t.low, lex.lang) \
                and not _role_before_name(toks, k, end, lex) and not weak_adjective(toks, k - 1, lex) \
                and not (caps and toks[i].low in lex.determiners and _is_modifier(toks, k, end, lex)):
            break  # (German "der | ukrainische Sprecher": an adjective after the article)
        if (t.low in lex.complementizers or t.low in lex.relatives and k > i) and not caps:
            break
        if k > i and t.low in lex.prepositions and k + 1 < end and toks[k + 1].is_word and all(
                x.low in lex.determiners or x.text.isdigit() for x in toks[i:k]):
            k += 1  # a partitive: "en af lederne", "två av de anställda"
            continue
        k += 1
        if t.low in lex.determiners or _is_modifier(toks, k - 1, end, lex):
            continue
        head = True
        if is_name_tok(t) and not caps:
            while k < end and (is_name_tok(toks[k]) or (toks[k].low in cw.name_glue and k + 1 < end
                                                          and toks[k].low not in stop and is_name_tok(toks[k + 1]))):
                k += 1
    return k


def _extended_attribute(toks: list[Tok], k: int, end: int, lex: Lexicon) -> int:
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


EXTENDED_ATTRIBUTE = 8  # tokens of a phrase inside an adjective: "der | in den Vereinigten Staaten ansässigen"
_INFLECTED = ("e", "en", "em", "er", "es")


def head_genitive_done(toks: list[Tok], k: int) -> bool:
    """Whether the apostrophe at toks[k] closes a quotation rather than marks a genitive ("… 'X' said")."""
    return k + 1 < len(toks) and toks[k + 1].start == toks[k].end


def _named_head(toks: list[Tok], k: int, end: int, lex: Lexicon) -> int:
    """End of a source noun after a name used as its modifier ("Gallup | poll", "White House | pool report"):
    up to two lower-case words, the last a source noun of the lexicon; else 0."""
    for m in (k, k + 1):
        if m >= end or not toks[m].is_word or toks[m].upper or toks[m].low in lex.prepositions \
                or toks[m].low in lex.determiners:
            return 0  # "told the Baltic Wire | the company had …": a new phrase
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
    ending = tuple(function_words(lex.lang, "weak_adjective_ending"))
    m = k - 1  # past more weak adjectives to the article: "det europeiske seismologiske senteret"
    while m > 0 and m > k - WEAK_ADJECTIVES and toks[m].is_word and not toks[m].upper and len(toks[m].low) > 3 \
            and toks[m].low.endswith(ending):
        m -= 1
    return m >= 0 and toks[m].low in function_words(lex.lang, "weak_adjective_article") and not t.upper \
        and len(t.low) > 3 and t.low.endswith(ending) \
        and nxt.is_word and not nxt.upper and nxt.low not in lex.finite_verbs and nxt.low not in lex.complementizers \
        and nxt.low not in lex.relatives and nxt.low not in lex.pronouns and nxt.low not in lex.prepositions \
        and nxt.low not in lex.determiners


WEAK_ADJECTIVES = 3  # weak adjectives read between a definite article and its noun


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
    if not nxt.is_word or nxt.low in lex.prepositions:
        return False
    if nxt.low in lex.determiners:  # "bankens egen prognos", but not "Hnatiuk ett tjugotal"
        return lex.profile.genitive_s_before_determiner and t.low.endswith("s") and len(t.low) > 3 and k + 2 < end \
            and toks[k + 2].is_word and not is_finite_verb(toks[k + 2], lex)
    if lex.profile.capitalised_nouns:  # a lower-case word before a capitalised noun
        return t.text[0].islower() and nxt.upper
    if weak_adjective(toks, k, lex):
        return True  # "det amerikanske jordskjelvsenteret": a definite noun in "-et" after its adjective
    if is_finite_verb(nxt, lex) and not word_type(nxt.low, lex.lang) or (nxt.upper and not t.upper):
        return False  # ("det norske militæret": a source noun in "-et" is no past tense)
    if lex.profile.modifiers_first:  # every modifier first: the phrase runs on to a verb or preposition
        return nxt.low not in lex.complementizers and nxt.low not in lex.relatives and nxt.low not in lex.pronouns \
            and t.low not in lex.pronouns  # a pronoun is a whole phrase: "He | shook hands"
    if t.low.endswith(("s", ":s")) and len(t.low) > 3 and t.low not in _types(lex.lang)[0]:
        return True  # a genitive ("bankens"), not a noun that happens to end in s ("prognos")
    if not t.upper and word_type(nxt.low, lex.lang) and not word_type(t.low, lex.lang):
        return True  # an adjective before a known noun: "svensk politi", "ett internt mejl"
    cw = lex.closed
    if k > 0 and toks[k - 1].low in cw.adjective_article and not t.upper and not nxt.upper \
            and nxt.low not in cw.np_stop and nxt.low not in lex.complementizers and nxt.low not in lex.relatives \
            and not word_type(t.low, lex.lang) and (t.low.endswith(cw.adjective_suffix)
                                                  or toks[k - 1].low in cw.neuter_indefinite and t.low.endswith("t")):
        return True  # an adjective after an indefinite article, before its noun: "en intern skrivelse", "ett internt mejl"
    return t.low.endswith(cw.adjective_ending)


def name_of(toks: list[Tok], lang: str = "") -> str | None:
    """The proper name that ends a source phrase ("kammaråklagare Lena Sjöberg" -> "Lena Sjöberg"), else None.

    Trailing "(ISW)" or ", Brå" is ignored; a name after a preposition ("en sammanställning från
    Infront") is not the source's own name.
    """
    capitalised = bool(lang) and profile(lang).capitalised_nouns
    if capitalised and (after := _name_after_noun(toks, lang)):
        return after  # "Die Hilfsorganisation Ärzte Ohne Not", "Der Innenminister Karl Roth (SPD)"
    if capitalised and (not all(is_name_tok(t) for t in toks if t.is_word) or (
            toks and toks[0].low in function_words(lang, "article") and any(word_type(t.low, lang) for t in toks[1:]))):
        return None  # every noun capitalised: only an all-capitalised phrase is a name, not "Der Landrat"
    cw = closed()
    end = len(toks)
    if end and toks[end - 1].text == ")":
        while end and toks[end - 1].text != "(":
            end -= 1
        end = max(0, end - 1)
    if end >= 2 and toks[end - 2].text == ",":
        end -= 2
    k = end
    glue = cw.name_glue
    while k > 0 and (is_name_tok(toks[k - 1]) or (toks[k - 1].text in glue and k - 1 > 0 and k < end
                                                  and (is_name_tok(toks[k - 2]) or toks[k - 2].text in glue))):
        if toks[k - 1].low.endswith(("'s", "’s", ":s")) or toks[k - 1].low.rstrip(".") in cw.title:
            break
        k -= 1
    while k < end and (toks[k].text in glue or (lang and end - k > 2 and word_type(toks[k].low, lang))):
        k += 1  # a capitalised role word is not part of the name: "Prosecutor Mark Hill", "Fagforeningen Industri Energi"
    if lang and not capitalised:  # a body before the person: "Sydøstjyllands Politi Peter Lund"
        k = next((m + 1 for m in range(end - 3, k - 1, -1) if word_type(toks[m].low, lang) == "official"
                  and all(is_name_tok(t) and not word_type(t.low, lang) for t in toks[m + 1:end])), k)
    if k >= end:
        return None
    if k == 0 and end - k == 1 and len(toks) > 1:
        return None  # sentence-initial capital of a described source ("Flera storbanker")
    before = k - 1
    while before > 0 and toks[before].low in cw.name_article:
        before -= 1  # "seen by the Herald": the name after a preposition and its article
    if before >= 0 and toks[before].text in cw.name_preposition:
        return None
    return " ".join(t.text for t in toks[k:end])


def classify(toks: list[Tok], lex: Lexicon, persons: set[str] | frozenset[str] = frozenset(), tail: str = "") -> str:
    """source_type of a source phrase (see SCHEMA.md); `tail` is a dropped relative clause ("som vill vara anonym")."""
    cw = lex.closed
    if any(a in (tail or " ".join(t.low for t in toks)).lower() for a in cw.anonymity):
        return "unnamed"  # "som vill vara anonym", "witnesses on condition of anonymity"
    if len(toks) > 2:
        both = next((k for k in range(1, len(toks) - 1) if toks[k].low in lex.closed.hyphen_and), None)
        if both is not None and (" ".join(t.low for t in toks[:both]) in outlet_names()
                                 or any(word_type(t.low, lex.lang) for t in toks[:both])):
            toks = toks[:both]  # "Aftonbladet og Expressen": the first source's kind (not "Kent Fire and Rescue")
    left = left_part(toks, lex)
    if left and left[-1].text == ")" and any(t.text == "(" for t in left[1:]):
        left = left[:max(k for k, t in enumerate(left) if t.text == "(")]  # "Anna Berg (S)": a party, not the type
    lows = [t.low for t in left]
    if not any(w in cw.recording for w in lows) and not _body_on_platform(left, toks, lex.lang):
        for t in toks:
            if t.upper and is_platform(t.low):
                return "social_media"
    forms = _company_forms()
    if any(t.text.rstrip(".") in forms for t in left if t.is_word and t.text[0] in _FORM_INITIALS):
        return "organization"  # "Ljungmora Kemi AB", "Der Naturschutzbund e.V."
    multi = _types(lex.lang)[1]
    low = " ".join(t.low for t in toks) if multi or "uppgifter" in lows else ""
    head_type = next((typ for t in reversed(left) if t.is_word and (typ := word_type(t.low, lex.lang))), None)
    for key, typ in multi:
        if key in low:
            return "person" if head_type == "person" else typ  # "emergency services spokesman X": a person
    if "uppgifter" in lows and low.startswith(("uppgifter till", "uppgifter i", "uppgifter från")) \
            and "till" in low.split()[1:2]:
        return "unnamed"
    if lows and lows[-1] == "uppgifter" and not any(w.endswith("s") for w in lows[:-1]):
        return "unnamed"  # "Uppgifter", "obekräftade uppgifter": nobody's, unlike "Teleoperatörernas uppgifter"
    name = name_of(toks, lex.lang)
    if name and any(_org_name_words().get(w.lower()) == "any" for w in name.split()):
        return "organization"  # "Iran Human Rights Monitor": a rights body, not a paper
    bare = lows[1:] if len(lows) > 1 and lows[0] in lex.article else lows  # "des NDR", "der dpa"
    if name and (name.lower() in outlet_names() or is_masthead(name) or _outlet_last(name)) \
            or " ".join(bare) in outlet_names():
        return "media"  # "Aftenposten", "Upplandsposten", "der Spiegel", "Svenska Yle"
    if not name and lex.profile.capitalised_nouns and left and left[-1].upper:  # "der Trierische Volksfreund"
        caps = [t.text for t in left if t.upper]
        if is_masthead(" ".join(caps)):
            return "media"
    nn = len(name.split()) if name else 0
    core = left
    if core and core[-1].text == ")" and any(t.text == "(" for t in core):
        core = core[:max(k for k, t in enumerate(core) if t.text == "(")]
    if name and nn >= 2 and len(core) > nn and core[-nn - 1].is_word and not core[-nn - 1].upper \
            and core[-nn - 1].low not in lex.determiners:
        role = word_type(core[-nn - 1].low, lex.lang)  # "klubbordförande Roger Lind", "nyhetssajten Pivden Today"
        return role if role else "person"
    before = [t for t in core[:len(core) - nn] if t.text != "."]  # "Mr . Lund": the full stop of an abbreviation
    title = before[-1].low.rstrip(".") if name and before else ""
    if title in cw.title and (nn >= 2 or title in cw.honorific):  # "Defense Secretary Lloyd Austin", "Ms Boyd"
        return "person"  # "Defense Secretary Lloyd Austin"
    rest = toks[len(left):]
    reports = function_words(lex.lang, "report_noun")
    if left and len(rest) > 1 and left[-1].low in reports and (rest[0].low in lex.genitive_only or (
            lex.profile.capitalised_nouns and rest[0].low in lex.genitive_article)):
        return classify(rest[1:], lex, persons)  # "Angaben des Ministeriums", "Angaben der Behörden": theirs
    if left and (body := next((word_type(left[-1].low[:-len(r)], lex.lang) for r in reports
                               if left[-1].low.endswith(r) and len(left[-1].low) > len(r) + 2), None)):
        return body  # "Polizeiangaben": what the police said
    if (head := _apposed_head(left, lex)) is not None:
        return head  # "Die Hilfsorganisation Ärzte ohne Grenzen": the body's kind, not the words of its name
    for t in reversed(left):
        hit = word_type(t.low, lex.lang) if t.is_word else None
        if hit:
            return hit
    if lex.profile.capitalised_nouns and any(t.text in "„“" for t in left[:2]):
        return "media"  # a quoted title: "laut „Nordpost“", "die „Bild“"
    if name and lex.profile.capitalised_nouns and name.split()[0].lower() in lex.determiners:
        name = " ".join(name.split()[1:])  # "Das ISW": the article opens the sentence, it is no part of the name
    if name:
        return name_type(name, lex.lang, persons)
    if left and left[0].upper and _org_name_words().get(left[0].low) == "first":
        return "organization"  # "Statens vegvesen"
    return "person"


def _apposed_head(left: list[Tok], lex: Lexicon) -> str | None:
    """German: the type of a body's noun right after its article, before its name ("Die Menschenrechtsorganisation
    Iran Human Rights", "Die Hilfsorganisation Ärzte ohne Grenzen"), else None."""
    if not lex.profile.capitalised_nouns or len(left) < 3 or left[0].low not in lex.determiners:
        return None
    k = next((k for k in range(1, len(left) - 1) if left[k].upper), None)
    if k is None or not left[k + 1].upper:
        return None
    typ = word_type(left[k].low, lex.lang)
    return typ if typ in ("organization", "official", "media") else None


def _name_after_noun(toks: list[Tok], lang: str) -> str | None:
    """German: two or more capitalised words that end a phrase after its typed noun, before a bracket ("der in Bonn
    ansässigen Organisation Medic Watch (MW)" -> "Medic Watch"), else None."""
    end = len(toks)
    if end and toks[end - 1].text == ")":
        end = next((k for k in range(end - 1, -1, -1) if toks[k].text == "("), end)
    m = next((m for m in range(end - 2) if toks[m].is_word and word_type(toks[m].low, lang)
              and all(t.is_word and t.upper for t in toks[m + 1:end])), None)  # "… Menschenrechtsorganisation Iran …"
    if m is None or word_type(toks[end - 1].low, lang):
        return None  # (not "Der Sprecher der Polizei": the phrase ends in a typed noun)
    return " ".join(t.text for t in toks[m + 1:end])
def _outlet_last(name: str) -> bool:
    """A name of two words or more that ends in a known outlet's name of three letters or more ("Svenska Yle",
    "Nordic NRK"): the outlet with a qualifier before it."""
    parts = name.split()
    return len(parts) > 1 and len(parts[-1]) >= 3 and parts[-1].lower() in outlet_names()


def name_type(name: str, lang: str, persons: set[str] | frozenset[str] = frozenset()) -> str:
    """source_type of a proper name from its form: a first name opens a person's; a company form, an
    organisation word at its end ("Danske Bank") or its start ("Statens vegvesen"), or a nationality
    adjective first ("Norsk Hydro") make an organisation's; other names of two words or more are people's,
    and a single word is a person's only when the article shows it as one (`persons`)."""
    full = name.split()
    if name.lower() in wordset(lang, "countries"):
        return "official"  # "India said": the state
    if org_name(name, lang):
        return "organization"
    glue = next((k for k, p in enumerate(full) if k and not p[:1].isupper()), None)
    head = full[:glue] if glue else full  # "Ross Lee of the Policy Institute": the name before "of"
    if len(head) >= 2 or head[0].lower() in all_languages_words("first_names"):
        return "person"
    keep = all_function_words("hyphen_and", "name_particle")  # "Clinton and Trump", "Pierre de Vos"
    if glue is not None and full[glue].lower() not in keep:
        return "organization"  # one unknown word and "of"/"for": "Centers for Disease Control", "University of X"
    if len(full) >= 2:
        return "person"  # "Clinton and Trump"
    return "person" if head[0].lower() in persons else "organization"


def org_name(name: str, lang: str) -> bool:
    """Whether a proper name's form makes it an organisation's: a company form at its end ("Kemi AB"), an
    organisation word at its end ("Danske Bank") or start ("Statens vegvesen"), or a nationality adjective
    first ("Norsk Hydro"); never when it opens with a first name. The name before "of" is read."""
    parts = name.split()
    if parts[-1].rstrip(".") in _company_forms():
        return True
    glue = next((k for k, p in enumerate(parts) if k and not p[:1].isupper()), None)
    parts = parts[:glue] if glue else parts  # "Ross Lee of the Policy Institute": the name before "of"
    first, last = parts[0].lower(), parts[-1].lower()
    if first in all_languages_words("first_names") or len(parts) < 2:
        return False
    positions = _org_name_words()
    nat = nationality_of(first, lang)
    return positions.get(last) == "last" or positions.get(first) == "first" or bool(nat and not nat[1])


_FORM_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZeg")  # first letters of the company forms ("AB", "e.V")


@cache
def _company_forms() -> frozenset[str]:
    """Legal forms of companies as written ("AB", "ASA", "A/S", "GmbH", "e.V"), case-sensitive."""
    return frozenset(w.rstrip(".") for w in words(None, "company_forms"))


@cache
def _org_name_words() -> dict[str, str]:
    """lang/org_name_words.tsv: word -> "first", "last" or "any" (where in a name it makes an organisation's)."""
    return {r[0].lower(): r[1] for r in table(None, "org_name_words") if len(r) > 1}


def _body_on_platform(left: list[Tok], toks: list[Tok], lang: str) -> bool:
    """"politiet på Twitter", "die Polizei auf X": an authority or a company that writes on a platform is
    typed by itself, the platform after its preposition is only where it wrote."""
    return len(left) < len(toks) and any(word_type(t.low, lang) in _BODIES for t in left)


_BODIES = frozenset({"official", "organization"})


def left_part(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The phrase before its first preposition ("A spokesperson | for the brigade"), past a phrase inside an
    adjective ("der in Genf ansässigen Organisation | in …")."""
    k = 1
    while k < len(toks):
        t = toks[k]
        if lex.profile.capitalised_nouns and toks[k - 1].low in lex.determiners and t.low in lex.prepositions \
                and (m := _extended_attribute(toks, k, len(toks), lex)):
            k = m
            continue
        if t.low in lex.prepositions or t.low in lex.relatives or t.text == "," or t.low in lex.genitive_only:
            return toks[:k]
        k += 1
    return toks


@dataclass(slots=True, init=False)
class Mention:
    text: str
    name: str | None
    type: str
    low: str = ""  # text lower-cased once, for the anaphor scans

    def __init__(self, text: str, name: str | None, type: str, low: str = "") -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        self.text = text
        self.name = name
        self.type = type
        self.low = low


_LOOKBACK = 120  # mentions an anaphor may reach back over: a few paragraphs, and a bounded cost per lookup


@dataclass
class Mentions:
    """Sources and names seen so far in an article, for pronouns and anaphors ("hon", "sajten", "the group")."""

    lang: str
    items: list[Mention] = field(default_factory=list)
    persons: set[str] = field(default_factory=set)
    media: set[str] = field(default_factory=set)  # names introduced as media ("tidningen The Northern Herald")

    def add(self, text: str, name: str | None, typ: str) -> None:
        items = self.items
        for k in range(len(items) - 1, max(-1, len(items) - 9), -1):  # a repeated mention moves to the end
            m = items[k]
            if m.text == text and m.name == name and m.type == typ:
                del items[k]
                break
        items.append(Mention(text, name, typ, text.lower()))
        if typ == "media" and name:
            self.media.add(name.lower())
        if len(items) > 2 * _LOOKBACK:  # anaphors point back a few paragraphs at most; keeps lookups bounded
            del items[:_LOOKBACK]
        if typ == "person" and name:
            self.persons.update(p.lower() for p in name.split())

    def resolve(self, toks: list[Tok], lex: Lexicon, speaker: str | None = None) -> Mention | None:
        """The earlier mention a pronoun or definite role noun points to, if any; inside a quotation a
        personal pronoun never means its `speaker` ("– Han nekar, säger hon": "han" is someone else)."""
        if not toks:
            return None
        low = toks[-1].low if len(toks) <= 2 else ""
        if not low:
            return None
        ptype = lex.pronouns.get(low)
        if ptype == "person":
            sex = _genders(self.lang).get(low)
            person = next((m for m in reversed(self._recent()) if self._is_person(m, lex)
                           and not (speaker and speaker in (m.name, m.text))
                           and not (sex and gender_of(m.low, self.lang) not in (None, sex))), None)
            if person is None and lex.profile.capitalised_nouns and sex != "m":  # German "sie", "ihren Angaben nach":
                return next((m for m in reversed(self._recent()) if m.type in _BODIES), None)  # a body (feminine, plural)
            return person
        if ptype in ("organization", "relative"):
            return self.items[-1] if self.items else None
        if toks[-1].upper and len(toks) == 1 and low not in ("the",):
            return self.by_surname(toks[-1].text)
        if len(toks) == 2 and toks[0].is_word and toks[0].low not in lex.determiners and not toks[-1].upper \
                and toks[0].low not in lex.pronouns:
            return None  # an adjective before a bare noun is no anaphor: "Lokale medier", "local officials"
        return self._by_noun(low)

    def _is_person(self, m: Mention, lex: Lexicon) -> bool:
        """A mention a personal pronoun can point to: a person, or an anonymous one ("en granne, som vill vara
        anonym"), but not an anonymous source noun ("källor")."""
        if m.type == "person":
            return bool(m.name) or m.low not in lex.pronouns
        if m.type != "unnamed" or not m.low or m.low in lex.pronouns:
            return False
        head = m.low.split()[-1]
        return word_type(head, self.lang) in (None, "person")

    def _recent(self) -> list[Mention]:
        return self.items[-_LOOKBACK:]

    def by_surname(self, word: str) -> Mention | None:
        for m in reversed(self._recent()):
            if m.name and word in m.name.split() and m.name != word:
                return m
        return None

    def _by_noun(self, low: str) -> Mention | None:
        recent = self._recent()
        heads = _HEADS.get(self.lang)
        if heads is None or len(heads) >= HEAD_MEMO:
            heads = _HEADS[self.lang] = {}
        for stem in _stems(low, self.lang):
            for m in reversed(recent):
                text = heads.get(m.low)  # "politiet" is not "en talsmann for Stockholm-politiet"
                if text is None:
                    text = heads[m.low] = _head_text(m.low, lexicon(self.lang).prepositions)
                if stem in text and m.low != low and (len(stem) >= 5 or stem in text.split()):
                    return m
        typ = word_type(low, self.lang)
        if typ == "media":
            return next((m for m in reversed(recent) if m.type == "media" and m.name), None)
        return None


_BODIES = frozenset({"organization", "official", "media"})
_HEADS: dict[str, dict[str, str]] = {}  # lang -> a mention's words -> its `_head_text`
HEAD_MEMO = 8192  # mentions remembered a language; the memo starts over when full


def _head_text(low: str, preps: frozenset[str]) -> str:
    """A mention's words before its first preposition ("en talsmann | for Stockholm-politiet")."""
    words = low.split()
    cut = next((k for k, w in enumerate(words) if k and w in preps), len(words))
    return " ".join(words[:cut])


@cache
def _genders(lang: str) -> dict[str, str]:
    """lang/<code>/gender.tsv: word -> "m" or "f"."""
    return {r[0].lower(): r[1] for r in table(lang, "gender") if len(r) > 1}


@lru_cache(maxsize=8192)
def gender_of(low: str, lang: str) -> str | None:
    """The gender a lower-cased mention's words tell ("en 84-årig kvinna från Nybro" -> "f"), else None."""
    genders = _genders(lang)
    return next((genders[w] for w in low.replace(".", " ").split() if w in genders), None)


@lru_cache(maxsize=8192)
def _stems(low: str, lang: str) -> tuple[str, ...]:
    """A definite noun without its article suffix: "ministeriet" -> "ministeri", "mannen" -> "man"."""
    out = [low[: -len(suf)] for suf in function_word_list(lang, "anaphor_suffix")
           if low.endswith(suf) and len(low) - len(suf) >= 3]
    return tuple(sorted(out, key=len, reverse=True)) or (low,)


def is_source_like(toks: list[Tok], lex: Lexicon) -> bool:
    """Whether a subject can carry an evidence verb ("Andra inspelningar visar", not "varslet visar")."""
    left = left_part(toks, lex)
    searchers = function_words(lex.lang, "searcher")  # "Investigators found debris": what they came upon
    for t in reversed(left):
        typ = word_type(t.low, lex.lang) if t.is_word else None
        if typ:
            return typ in _DOCUMENT_LIKE and t.low not in searchers
    return False
