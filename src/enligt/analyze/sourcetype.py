"""The source_type and the proper name of a source phrase.

`classify` gives a source phrase its source_type (see SCHEMA.md) from its words, names and the
lexicons; `name_of` finds the proper name that ends it; `left_part` cuts it before its first
preposition; `is_source_like` tells a subject that can carry an evidence verb.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.countdet import partitive_count
from enligt.analyze.cues import Lexicon, closed
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import extended_attribute, is_acronym, is_name_tok, shared_part
from enligt.analyze.wordtypes import (
    FORM_INITIALS,
    company_forms,
    genders,
    name_type,
    named_source_words,
    org_name_words,
    outlet_last,
    outlet_service,
    type_lists,
    word_type,
)
from enligt.lang import all_function_words, all_languages_words, function_words, profile, wordset
from enligt.lang.gazetteers import (
    affiliate_station,
    is_masthead,
    is_platform,
    is_site_address,
    lower_case_outlets,
    outlet_names,
)
from enligt.lang.subjects import nationality_of

_DOCUMENT_LIKE: Final = frozenset({"document", "media", "social_media", "unnamed", "official", "organization"})


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
    if end > 1 and toks[0].upper and any(t.text.isdigit() for t in toks) and " ".join(t.low for t in toks) in outlet_names():
        return " ".join(t.text for t in toks)  # a listed outlet with a number inside its name: "TV 2 Nord"
    if end > 1 and toks[end - 1].text in lower_case_outlets():
        return toks[end - 1].text  # "nyhedsbureauet dpa"
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
    firsts = all_languages_words("first_names")
    if capitalised and end - k >= 3 and toks[k].low not in firsts:  # "Ortsvorsteher Karl Bauer": a role no list has
        k = next((f for f in range(k + 1, end - 1) if toks[f].low in firsts and end - f <= 3), k)
    if lang and not capitalised:  # a body before the person: "Sydøstjyllands Politi Peter Lund"
        k = next((m + 1 for m in range(end - 3, k - 1, -1) if word_type(toks[m].low, lang) == "official"
                  and all(is_name_tok(t) and not word_type(t.low, lang) for t in toks[m + 1:end])), k)
    if k >= end:
        return None
    if lang and not capitalised and end - k >= 3 and k > 0 and toks[k - 1].low in cw.tag_stop and (placed := next(
            (f for f in range(k + 1, end - 1) if toks[f].low in all_languages_words("first_names") and end - f <= 3),
            None)) is not None:
        return " ".join(t.text for t in toks[placed:end])  # a place, then the person: "vagtchef ved X i Odense Ole Lund"
    if k == 0 and end - k == 1 and len(toks) > 1:
        return None  # sentence-initial capital of a described source ("Flera storbanker")
    before = k - 1
    while before > 0 and toks[before].low.rstrip(".") in cw.title and toks[before - 1].text in cw.name_preposition:
        before -= 1  # "the suit against Mr Berg and Mr Holm": the title after "and" is no name of the source's own
    while before > 0 and (toks[before].low in cw.name_article or (
            lang and not toks[before].upper and nationality_of(toks[before].low, lang))):
        before -= 1  # "seen by the Herald", "en journalist fra norsk TV2": the name after a preposition
    if before >= 0 and toks[before].text in cw.name_preposition:
        return None
    return " ".join(t.text for t in toks[k:end])


def _seated_name(left: list[Tok], lex: Lexicon) -> bool:
    """A name after a modifier of its seat ("Detroit-based DTE": `seat_suffix` in function_words.tsv, perhaps after an
    article), with no role or type word in the name ("London-based lawyer Ann Lee" is a person)."""
    k = 1 if left and left[0].low in lex.determiners else 0
    if len(left) < k + 2 or "-" not in left[k].low \
            or not any(left[k].low.endswith(w) for w in function_words(lex.lang, "seat_suffix")):
        return False  # (a hyphen first: most sources have none)
    firsts = all_languages_words("first_names")  # ("the Paris-based Ann Lee": a person)
    return all(t.upper and t.is_word and not word_type(t.low, lex.lang) and t.low not in firsts for t in left[k + 1:])


def classify(toks: list[Tok], lex: Lexicon, persons: set[str] | frozenset[str] = frozenset(), tail: str = "") -> str:
    """source_type of a source phrase (see SCHEMA.md); `tail` is a dropped relative clause ("som vill vara anonym")."""
    cw = lex.closed
    said = (tail or " ".join(t.low for t in toks)).lower()  # once, not once per anonymity phrase
    if any(a in said for a in cw.anonymity):
        return "unnamed"  # "som vill vara anonym", "witnesses on condition of anonymity"
    if len(toks) > 2:
        both = next((k for k in range(1, len(toks) - 1) if toks[k].low in lex.closed.hyphen_and
                     and not shared_part(toks, k - 1, lex.closed.hyphen_and)), None)
        if both is not None and (" ".join(t.low for t in toks[:both]) in outlet_names()
                                 or any(word_type(t.low, lex.lang) for t in toks[:both])
                                 or _body_named_first(toks, both, lex, persons)):
            toks = toks[:both]  # "Aftonbladet og Expressen": the first source's kind (not "Kent Fire and Rescue")
    if len(toks) > 2 and toks[0].low in lex.prepositions and toks[1].low in lex.determiners \
            and toks[0].low not in all_function_words("name_particle"):
        toks = toks[1:]  # "In der Sprachnachricht": a place phrase taken in whole, the noun after it is the source
    if len(toks) == 1 and toks[0].low in function_words(lex.lang, "generic_subject"):
        return "organization"  # "befarar man att C", "när man bedömde att C": the body the sentence is about
    if len(toks) == 1 and toks[0].upper and toks[0].low in function_words(lex.lang, "short_club_name"):
        return "organization"  # "City said in a statement": a club by the last word of its name, no town
    left = left_part(toks, lex)
    if _seated_name(left, lex):
        return "organization"  # "Detroit-based DTE", "the Ohio-based Acme": a firm placed by its seat (en44)
    if len(left) > 2 and left[1].low in function_words(lex.lang, "member_prep") and partitive_count(left, 1, lex):
        return "person"  # "Mange i klubben", "Viele im Verein": the body's members, counted
    if (listed := _listed_abbreviation(toks, lex.lang)) is not None:
        return listed  # "Danmarks Meteorologiske Institut (DMI)": the body the gazetteer knows by its letters
    if left and left[-1].text == ")" and any(t.text == "(" for t in left[1:]):
        left = left[:max(k for k, t in enumerate(left) if t.text == "(")]  # "Anna Berg (S)": a party, not the type
    lows = [t.low for t in left]
    if not any(w in cw.recording for w in lows) and not _body_on_platform(left, toks, lex.lang):
        for t in toks:
            if t.upper and is_platform(t.low):
                return "social_media"
    forms = company_forms()
    if any(t.text.rstrip(".") in forms for t in left if t.is_word and t.text[0] in FORM_INITIALS):
        return "organization"  # "Ljungmora Kemi AB", "Der Naturschutzbund e.V."
    multi = type_lists(lex.lang)[1]
    low = " ".join(t.low for t in toks) if (multi and len(toks) > 1) or "uppgifter" in lows else ""  # (every
    # multi-word key holds a space, which one token's text never does)
    head_tok = next((t for t in reversed(left) if t.is_word and word_type(t.low, lex.lang)), None)
    head_type = word_type(head_tok.low, lex.lang) if head_tok else None
    named_person = len(left) > 1 and all(t.upper for t in left) and " ".join(lows) in low \
        and name_type(" ".join(t.text for t in left), lex.lang, persons) == "person"
    for key, typ in multi if " " in low else ():
        if key in low and not (named_person and key not in " ".join(lows)):  # "Ann Lee of the Red Cross": hers
            outside = head_tok is not None and head_tok.low not in key.split()  # "Doctors Without Borders": the name's own word
            return head_type if head_type in ("person", "document") and outside else typ  # "emergency services
            # spokesman X" is a person, "the White House pool report" a document
    if len(left) == len(toks) and lows and lows[-1] in function_words(lex.lang, "bare_report") \
            and all(w in function_words(lex.lang, "hearsay_adjective") for w in lows[:-1]):
        return "unnamed"  # "Unconfirmed reports", "rapporter": hearsay nobody owns (not "official reports")
    if "uppgifter" in lows and low.startswith(("uppgifter till", "uppgifter i", "uppgifter från")) \
            and "till" in low.split()[1:2]:
        return "unnamed"
    if lows and lows[-1] == "uppgifter" and not any(w.endswith("s") for w in lows[:-1]) \
            and not (len(lows) > 1 and lows[-2] in function_words(lex.lang, "report_owner")):  # "våra uppgifter": theirs
        return "unnamed"  # "Uppgifter", "obekräftade uppgifter": nobody's, unlike "Teleoperatörernas uppgifter"
    if _owned_site(left, lex.lang):
        return "document"  # "its website", "the company's website": what the owner published, no news site
    if left and len(left) < len(toks) and word_type(left[-1].low, lex.lang) == "unnamed" \
            and toks[len(left)].low in wordset(lex.lang, "told_preps"):
        return "unnamed"  # "källor till tidningen X", "kilder til VG": sources who talked to a medium, not the medium
    name = name_of(toks, lex.lang)
    if name and any(org_name_words().get(w.lower()) == "any" for w in name.split()):
        return "organization"  # "Iran Human Rights Monitor": a rights body, not a paper
    bare = lows[1:] if len(lows) > 1 and lows[0] in lex.article else lows  # "des NDR", "der dpa"
    bare = bare[:-1] if len(bare) > 1 and bare[-1] == "." else bare  # "Ifølge B.T. skal": the abbreviation's point
    if name and "/" in name and name.split("/")[0].lower() in outlet_names():
        return "media"  # "Aftenposten/E24": two outlets, typed by the first
    if name and name[:1].isupper() and is_site_address(name) or name and _broadcaster_name(name) \
            or len(toks) == 1 and is_site_address(toks[0].text) \
            or affiliate_station(" ".join(t.text for t in left), lex.lang):
        return "media"  # "Nyhedsside.dk", "nyhedsside.dk": a news site named by its address; "Radio Nordtal", "TV Vest";
        # "CBS affiliate KXYZ": the station
    if name and (name.lower() in outlet_names() or is_masthead(name) or _masthead_of(name) or outlet_last(name)
                 or outlet_service(name) or _plain_name(name, lex.lang) in outlet_names()) \
            or " ".join(bare) in outlet_names() or outlet_service(" ".join(t.text for t in left)):  # "TV 2 Lorry"
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
    if name and nn >= 2 and len(left) < len(toks) and _role_before_name(toks, nn, lex):
        return "person"  # "Oklahoma Department of Emergency Management spokeswoman Ann Lee": the body's person
    if name and nn >= 2 and len(core) == nn + 1 and _body_genitive(core[0], lex):
        return "person"  # "Stockholmspolisens Eva Nilsson": the body's person
    before = [t for t in core[:len(core) - nn] if t.text != "."]  # "Mr . Lund": the full stop of an abbreviation
    title = before[-1].low.rstrip(".") if name and before else ""
    if title in cw.title and (nn >= 2 or title in cw.honorific):  # "Defense Secretary Lloyd Austin", "Ms Boyd"
        return "person"  # "Defense Secretary Lloyd Austin"
    rest = toks[len(left):]
    reports = function_words(lex.lang, "report_noun")
    if left and len(rest) > 1 and left[-1].low in reports and (rest[0].low in lex.genitive_only or (
            lex.profile.capitalised_nouns and rest[0].low in lex.genitive_article)):
        return classify(rest[1:], lex, persons)  # "Angaben des Ministeriums", "Angaben der Behörden": theirs
    if left and len(rest) > 1 and rest[0].low in lex.genitive_article and word_type(left[-1].low, lex.lang) == "document" \
            and classify(rest[1:], lex, persons) == "media":
        return "media"  # "einem Bericht der Zeitung": a paper's report is the paper's (not "Bericht des Ministeriums")
    if not lex.profile.capitalised_nouns and len(left) >= 2 and left[-1].low in reports \
            and (owner := _genitive_type(left[-2], lex)):
        return owner  # "Aftonbladets uppgifter": the outlet's reporting ("Trafikverkets uppgifter" stay data)
    if not lex.profile.capitalised_nouns and len(left) >= 2 and left[-1].low in reports \
            and " ".join(t.low for t in left[:-1]) in outlet_names():
        return "media"  # "Sky News uppgifter": a name ending in -s is its own genitive
    if left and (body := next((word_type(left[-1].low[:-len(r)], lex.lang) for r in reports
                               if left[-1].low.endswith(r) and len(left[-1].low) > len(r) + 2), None)):
        return body  # "Polizeiangaben": what the police said
    if (state := _state_statement(left, lex)) is not None:
        return state  # "ukrainischen Angaben zufolge", "nach US-Angaben": what a state said
    if len(left) >= 2 and left[-1].low in outlet_names() and any(
            word_type(t.low, lex.lang) == "media" for t in left[:-1] if t.is_word):
        return "media"  # "Nyhetsbyrået AP" opening a sentence: a listed outlet after its kind (not the party "Ap")
    if (head := _apposed_head(left, lex)) is not None:
        return head  # "Die Hilfsorganisation Ärzte ohne Grenzen": the body's kind, not the words of its name
    for k, t in enumerate(reversed(left)):
        hit = word_type(t.low, lex.lang) if t.is_word else None
        if hit == "social_media" and t.upper and k < len(left) - 1 and not (
                k == 0 and lex.profile.capitalised_nouns and not left[-2].upper):
            continue  # "Ann Post": a capitalised word inside a name is no post on a platform (German "der Kanal" is a noun)
        if hit:
            return hit
    if lex.profile.capitalised_nouns and len(left) == 2 and left[0].low in lex.determiners and is_acronym(left[1]):
        return name_type(left[1].text, lex.lang, persons)  # "der WHO": an acronym after its article names a body
    if lex.profile.capitalised_nouns and any(t.text in "„“\"»«" for t in left[:2]):
        return "media"  # a quoted title: "laut „Nordpost“", "die „Bild“"
    if lex.profile.capitalised_nouns and len(left) > 1 and left[0].low in lex.determiners and left[-1].upper \
            and left[-1].low in genders(lex.lang):
        return "person"  # "Der Mann": a noun of a gender is a person, not a one-word name
    if name and lex.profile.capitalised_nouns and name.split()[0].lower() in lex.determiners:
        name = " ".join(name.split()[1:])  # "Das ISW": the article opens the sentence, it is no part of the name
    if _initialled(left, lex.lang):
        return "person"  # "J.T. Ricketson", "A. B. Carter": a person's initials before the surname
    if name:
        return name_type(name, lex.lang, persons)
    if left and left[0].upper and org_name_words().get(left[0].low) == "first":
        return "organization"  # "Statens vegvesen"
    if lex.profile.capitalised_nouns and len(left) == 2 and left[0].low in lex.determiners and left[1].upper \
            and left[1].is_word and left[1].low not in persons:
        return "organization"  # an untyped noun or name after its article: "dem Flughafen", "bei der Swiss" (a
        # person is named by a role or a noun of a gender the word lists type: "der Sprecher", "die Frau")
    return "person"


def _state_statement(left: list[Tok], lex: Lexicon) -> str | None:
    """German: a statement noun owned by a state through its nationality adjective or its country's letters
    ("russischen Angaben", "nach israelischen Informationen", "US-Angaben"): official (`state_statement` in
    function_words.tsv lists the nouns); None otherwise."""
    if not lex.profile.capitalised_nouns or not left:
        return None
    nouns = function_words(lex.lang, "state_statement")
    last = left[-1].low
    if last in nouns and len(left) >= 2 and not left[-2].upper and _state_adjective(left[-2].low, lex.lang):
        return "official"
    head, _, tail = last.rpartition("-")
    if head and tail in nouns and (head in function_words(lex.lang, "state_letters")
                                   or head in {c.lower() for c in wordset(lex.lang, "countries")}):
        return "official"
    return None


def _state_adjective(low: str, lang: str) -> bool:
    """A nationality adjective by list or by its "-isch" stem and ending ("türkischen", "chinesische"), not one of
    the `not_state_adjective` words ("technischen", "medizinischen")."""
    if nationality_of(low, lang):
        return True
    stem = next((low[:-len(e)] for e in ("e", "en", "er", "es", "em") if low.endswith("isch" + e)), "")
    return len(stem) > 5 and low not in function_words(lang, "not_state_adjective")


def _initialled(left: list[Tok], lang: str) -> bool:
    """Initials, each closed by its full stop, then one capitalised word ("J.T. Ricketson", "A. B. Carter"); not a
    listed abbreviation ("U.S. Steel")."""
    if len(left) < 3 or not is_name_tok(left[-1]) or left[-2].text != ".":
        return False
    parts = left[:-1]
    initials = [t.text for t in parts if t.text != "."]
    return all(t.text == "." for t in parts[1::2]) and all(
        len(i.replace(".", "")) <= INITIALS and i.replace(".", "").isalpha() and i.isupper() for i in initials) \
        and not any(i.lower() in wordset(lang, "abbreviations") for i in initials)


INITIALS: Final = 3  # letters of a run of initials joined by full stops ("J.T")


def _owned_site(left: list[Tok], lang: str) -> bool:
    """A web site after its owner's possessive or genitive ("its website", "the firm's site"; function words
    site_noun, site_owner)."""
    if len(left) < 2 or left[-1].low not in function_words(lang, "site_noun"):
        return False
    owner = left[-2].low
    return owner in function_words(lang, "site_owner") or owner.endswith(("'s", "’s"))


def _listed_abbreviation(toks: list[Tok], lang: str) -> str | None:
    """The type the language's gazetteer gives an authority's or a medium's abbreviation in brackets that closes a
    source phrase ("Danmarks Meteorologiske Institut (DMI)": official), else None (not a party: "Anna Berg (S)")."""
    if len(toks) < 4 or toks[-1].text != ")" or toks[-3].text != "(":
        return None
    return bracketed_type(toks[-2].text, lang)


def bracketed_type(word: str, lang: str) -> str | None:
    """The type of an abbreviation of two or more capitals when the language's gazetteer lists it as an authority
    or a medium ("DMI": official), else None (a party's letters close a person's name: "X (SPD)")."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    typ = word_type(word.lower(), lang)
    return typ if typ in ("official", "media") else None


def _broadcaster_name(name: str) -> bool:
    """A broadcaster named by its kind and then capitalised words ("Radio Nordtal", "TV Vest", "Kanal Lokal"; root
    function words, broadcaster), not one word alone ("Radio")."""
    parts = name.split()
    return len(parts) > 1 and parts[0].lower() in function_words(None, "broadcaster") and parts[0][:1].isupper() \
        and all(p[:1].isupper() for p in parts[1:])


def _plain_name(name: str, lang: str) -> str:
    """A name without the definite article that opens it, lower-cased ("The AP" -> "ap")."""
    first, _, rest = name.lower().partition(" ")
    return rest if rest and first in function_words(lang, "definite_article") else ""


def _body_named_first(toks: list[Tok], both: int, lex: Lexicon, persons: set[str] | frozenset[str]) -> bool:
    """"Amtrak and local officials": a body's name, then bodies described after "and"; the name's kind leads
    (not "Clinton and state officials" when the article names Clinton as a person)."""
    first = toks[:both]
    if _shared_head(first, toks, lex):
        return False
    if not all(is_name_tok(t) for t in first) or not any(
            word_type(t.low, lex.lang) in _BODIES for t in toks[both + 1:] if t.is_word):
        return False
    return name_type(" ".join(t.text for t in first), lex.lang, persons) == "organization"


def _shared_head(first: list[Tok], toks: list[Tok], lex: Lexicon) -> bool:
    """Whether two genitives joined by "og" share the capitalised body noun closing the phrase, one body's name
    ("Sydsjællands og Lolland-Falsters Politi"; not in languages that capitalise every noun)."""
    last = toks[-1]
    return not lex.profile.capitalised_nouns and first[-1].low.endswith("s") and len(first[-1].low) > GENITIVE_MIN \
        and last.upper and word_type(last.low, lex.lang) in _BODIES


def _role_before_name(toks: list[Tok], nn: int, lex: Lexicon) -> bool:
    """Whether a person's role in lower case stands right before the name of `nn` words that closes the phrase,
    past a body's prepositional phrase ("the Department of Health spokeswoman Ann Lee"): the name is a person's."""
    if len(toks) <= nn or not all(is_name_tok(t) for t in toks[-nn:]):
        return False
    role = toks[-nn - 1]
    return role.is_word and not role.upper and word_type(role.low, lex.lang) == "person"


def _body_genitive(tok: Tok, lex: Lexicon) -> bool:
    """Whether `tok` is a body's genitive before a person's name ("Stockholmspolisens", "Kommunens"; not in
    languages that capitalise every noun)."""
    low = tok.low
    return not lex.profile.capitalised_nouns and tok.upper and low.endswith("s") and len(low) > GENITIVE_MIN \
        and word_type(low[:-1], lex.lang) in ("official", "organization")


def _genitive_type(tok: Tok, lex: Lexicon) -> str | None:
    """"media" for an outlet's genitive before a report noun ("Aftonbladets", "SVT:s"), else None."""
    low = tok.low
    if not tok.is_word or not low.endswith("s") or len(low) < GENITIVE_MIN:
        return None
    base = low[:-2] if low.endswith(":s") else low[:-1]
    if tok.upper and (base in outlet_names() or is_masthead(tok.text[:len(base)]) or outlet_last(tok.text[:len(base)])):
        return "media"
    if word_type(base, lex.lang) == "media":
        return "media"  # "Tidningarnas uppgifter": the papers' reporting
    return None


GENITIVE_MIN: Final = 4  # letters of a genitive read as an owner ("SVT:s")


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
    if m is None or word_type(toks[end - 1].low, lang) and toks[end - 1].low not in named_source_words(lang):
        return None  # (not "Der Sprecher der Polizei": the phrase ends in a typed noun; a surname of the
        # gazetteer is a name: "Der Fraktionsvorsitzende Frank-Walter Steinmeier")
    return " ".join(t.text for t in toks[m + 1:end])


def _body_on_platform(left: list[Tok], toks: list[Tok], lang: str) -> bool:
    """"politiet på Twitter", "die Polizei auf X": an authority or a company that writes on a platform is
    typed by itself, the platform after its preposition is only where it wrote."""
    return len(left) < len(toks) and any(word_type(t.low, lang) in _BODIES for t in left)


_BODIES: Final = frozenset({"organization", "official", "media"})


def left_part(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The phrase before its first preposition ("A spokesperson | for the brigade"), past a phrase inside an
    adjective ("der in Genf ansässigen Organisation | in …")."""
    k = 1
    heads = function_words(lex.lang, "np_preposition")  # "The suit | against Ann Lee"
    while k < len(toks):
        t = toks[k]
        if lex.profile.capitalised_nouns and toks[k - 1].low in lex.determiners and t.low in lex.prepositions \
                and (m := extended_attribute(toks, k, len(toks), lex)):
            k = m
            continue
        if (t.low in lex.prepositions or t.low in heads or t.low in lex.relatives or t.text == ","
                or t.low in lex.genitive_only) and not (t.low in lex.prepositions and partitive_count(toks, k, lex)):
            if t.low in lex.closed.origin and toks[k - 1].low in function_words(lex.lang, "collection_noun"):
                k += 1  # "The next series of | emails": the set's noun is the head
                continue
            return toks[:k]  # (not "To ud af | tre hospitaler": the counted set is the head)
        k += 1
    return toks


def is_source_like(toks: list[Tok], lex: Lexicon) -> bool:
    """Whether a subject can carry an evidence verb ("Andra inspelningar visar", not "varslet visar", nor a plan, rule or
    agreement in a V2 language: "Avtalen går ut på at C", `plans`)."""
    left = left_part(toks, lex)
    searchers = function_words(lex.lang, "searcher")  # "Investigators found debris": what they came upon
    for t in reversed(left):
        typ = word_type(t.low, lex.lang) if t.is_word else None
        if typ:
            return typ in _DOCUMENT_LIKE and t.low not in searchers and not (lex.profile.v2 and t.low in lex.plans)
    return False


def is_document(toks: list[Tok], lex: Lexicon) -> bool:
    """Whether a subject is headed by a document word ("Bilder", "Die Zahlen des Amtes"), not a body that shows a
    thing ("Die Polizei zeigte Präsenz")."""
    typ = next((word_type(t.low, lex.lang) for t in reversed(left_part(toks, lex)) if t.is_word
                and word_type(t.low, lex.lang)), None)
    return typ == "document"


def _masthead_of(name: str) -> bool:
    """A newspaper's name with its place after "of" ("The Financial Times of London", "The Times of India"); not
    a person's ("Ann Post of the Red Cross": a first name opens it, and the place is no single capitalised word)."""
    head, of, place = name.partition(" of ")
    if not of or not place[:1].isupper() or " " in place or head.split()[0].lower() in all_languages_words("first_names"):
        return False
    return head.lower() in outlet_names() or head.lower().removeprefix("the ") in outlet_names() or is_masthead(head)


def writes_to_medium(text: str, end: int, lang: str) -> bool:
    """Whether a recipient word and a capitalised name follow a source that ends at `end` ("skrev Søreide til VG",
    "skriver X i en sms till DN" is the cue's own business): one who writes to a medium is no medium
    (`lang/<code>/told_preps.txt`)."""
    rest = text[end:end + 40].split()
    return len(rest) >= 2 and rest[0].lower() in wordset(lang, "told_preps") and rest[1][:1].isupper()
