"""Via chains: the outer sources through which a claim reached the text, innermost first.

Three shapes: a recipient that is a news medium ("told Reuters", "till TT", "der dpa"), except the
page's own outlet and the agency that wrote an agency text; a relay with no reporting clause of its
own ("som citeras av Ria Novosti", "cited by"); and nesting (a quote inside a sentence attributed to
an outlet, a clip on a website, a ministry sharing a brigade's video).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, closed
from enligt.analyze.mediakind import generic_medium
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.sourcetype import name_of
from enligt.analyze.wordtypes import type_lists, word_type
from enligt.lang import (
    SUPPORTED,
    all_function_words,
    all_languages_words,
    function_words,
    table,
    words,
    wordset,
)
from enligt.lang.gazetteers import affiliate_station, is_masthead, is_programme, is_site_address, outlet_names
from enligt.models import Article

_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)")  # a broadcaster's call sign and its band

@dataclass(frozen=True, init=False)
class ViaContext:
    """What the page says about itself: its own outlet and the agency that wrote it (never a via)."""

    own: frozenset[str]
    outlet_known: bool  # False: the page shows no outlet of its own

    def __init__(self, own: frozenset[str], outlet_known: bool = True) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "own", own)
        object.__setattr__(self, "outlet_known", outlet_known)


@cache
def _dateline() -> re.Pattern[str]:
    names = sorted(words(None, "agencies"), key=len, reverse=True)
    return re.compile("[(/](" + "|".join(re.escape(a) for a in names) + ")[)/]")


def context(article: Article) -> ViaContext:
    """Own outlet plus the writing agency: a dateline "(Reuters) -", "/TT/", or agency copy with no byline."""
    shown = bool(article.outlet)
    own = {article.outlet.lower()} if article.outlet else set()
    head = (article.body[0] if article.body else "")[:200]
    own.update(m.group(1).lower() for m in _dateline().finditer(head))
    agencies, wires = _agencies()
    own.update(au.lower() for au in article.authors if au.lower() in agencies)
    if not article.authors:  # agency copy carries no byline, and names its wire above or below the text
        named = _named_outside(article)
        own.update(w for w in _home_wires(article.language) or wires if w in named)
    return ViaContext(frozenset(own), shown)


def _named_outside(article: Article) -> frozenset[str]:
    """The words of the page's furniture lines ("Nyheter från TT", a line "NTB"), lower-cased: a wire named
    there marks unbylined copy as the wire's own. A page that only quotes someone "till TT" in its text is
    the paper's own, and TT a via."""
    return frozenset(w.lower().strip("/():,.©") for line in article.boilerplate if len(line) <= _CREDIT_LINE
                     for w in line.split())


_CREDIT_LINE: Final = 40  # characters: a longer furniture line is a teaser or a caption, not the page's credit


@cache
def _home_wires(lang: str | None) -> frozenset[str]:
    """The wires whose copy papers of the language print unbylined (lang/<code>/wires.txt: "TT" for Swedish):
    a foreign wire in such copy ("forteller til Reuters") is a relay. Empty when the language lists none."""
    return wordset(lang, "wires") if lang in SUPPORTED else frozenset()


@cache
def _broadcasters() -> frozenset[str]:
    """Words that open a broadcaster's name as written ("TV", "Radio"): lang/function_words.tsv, broadcaster."""
    return frozenset(row[1] for row in table(None, "function_words") if len(row) > 1 and row[0] == "broadcaster")


@cache
def _agencies() -> tuple[frozenset[str], frozenset[str]]:
    """(news agencies, wire services), lower-cased once."""
    return frozenset(a.lower() for a in words(None, "agencies")), frozenset(a.lower() for a in words(None, "wires"))


def media_name(toks: list[Tok], lex: Lexicon) -> str | None:
    """The name of a news medium named by `toks` ("the regional newspaper Pohjois-Suomen Viesti"), else None."""
    if not toks:
        return None
    if owner := outlet_genitive(toks[1].text if toks[0].low in lex.determiners and len(toks) > 1 else toks[0].text):
        return owner  # "CNN's Jake Tapper", "NRKs Dagsrevyen": the outlet of its programme or reporter
    k = len(toks) - _kind_words(toks, lex.lang)
    if k < len(toks) and toks[k - 1].upper and (inner := media_name(toks[:k], lex)):
        return inner  # a name before the kind of medium it is: "Xinhua news agency", "the AP news agency" -> AP
    text = " ".join(t.text for t in toks)
    if len(toks) > 2 and toks[0].upper and word_type(toks[0].low, lex.lang) == "media" and toks[1].upper \
            and text.lower() not in outlet_names() and (inner := media_name(toks[1:], lex)):
        return inner  # a sentence's first word, the kind before the name: "Avisa The New York Times" -> the name
    if station := affiliate_station(text, lex.lang):
        return station  # "CBS affiliate KBAK": the station told
    name = name_of(toks)
    if name and " " in name and name.split()[0].lower() in outlet_names() and name.split()[0][:1].isupper():
        return name  # an outlet's regional or language service: "BBC Scotland", "CNN International"
    if lex.profile.capitalised_nouns and (named := _after_media_noun(toks, lex)):
        return named  # "dem Radiosender Welle Nord", "der Nachrichtenagentur Reuters": the name after the noun
    if lex.profile.capitalised_nouns and len(toks) > 1 and _inflected_base(text, lex) in outlet_names():
        return text  # "der Deutschen Presse-Agentur": an inflected adjective of a listed name
    if any(t.text.isdigit() for t in toks) and text.lower() in outlet_names():
        return text  # "Channel 4 News": name_of stops at the number
    if len(toks) > 1 and toks[0].text in _broadcasters() and all(t.upper and t.is_word for t in toks[1:]):
        return text  # a broadcaster named by its kind and region: "TV Midtvest", "Radio Norrbotten"
    for n in (2, 1):  # an outlet's regional service named with a number: "TV 2 Øst"
        if len(toks) > n and " ".join(t.low for t in toks[:n]) in outlet_names() and toks[0].upper \
                and all(t.upper for t in toks[n:]):
            return text
    if name and name.lower() in outlet_names():
        return name  # "the BBC" -> "BBC": the outlet's name; a description is dropped ("the regional newspaper X" -> X)
    agencies = _agencies()[0]
    if len(toks) == 1 and is_site_address(toks[0].text):
        return toks[0].text  # a news site named by its address: "Realtid.se", "Nettavisen.no", "fvn.no"
    if len(toks) == 1 and _CALL_SIGN.fullmatch(toks[0].text):
        return toks[0].text  # a US station by its call sign: "WISH-TV", "KARE-TV", "WTOP-FM"
    for k, t in enumerate(toks):
        if (t.low in outlet_names() or t.low in agencies) and t.is_word and (t.upper or t.low in ("dpa", "epd")):
            return _numbered_station(toks, k)
    if name and any(word_type(t.low, lex.lang) == "media" for t in toks if not t.upper):
        return name
    if len(toks) == 1 and toks[0].text.isupper() and word_type(toks[0].low, lex.lang) == "media":
        return toks[0].text  # an outlet's acronym in the language's gazetteer (named_sources.tsv: "GP")
    if lex.profile.capitalised_nouns and toks[-1].upper and word_type(toks[-1].low, lex.lang) == "media" and all(
            t.upper or t.low in lex.determiners for t in toks):
        nouns = [t.text for t in toks if t.low not in lex.determiners]
        if len(nouns) == 1 and "-" in nouns[0].strip("-"):
            return nouns[0]  # a paper named by a compound of its name: "der Bild-Zeitung" -> Bild-Zeitung
        return text  # German capitalises the noun: "dem Sender", "der Nachrichtenagentur"
    if name and is_masthead(name):
        return name  # "the Miami Herald" -> "Miami Herald"
    return text if text.lower() in outlet_names() else None


_MULTI_TYPES: Final[dict[str, dict[str, str]]] = {}  # a language's multi-word source types ("news agency"), kept


def outlet_genitive(text: str) -> str | None:
    """The listed outlet a genitive names ("CNN's", "SVT:s", "NRKs": an acronym's bare -s), else None."""
    for end in ("'s", "’s", ":s"):
        if text.endswith(end) and text[:-2].lower() in outlet_names():
            return text[:-2]
    base = text[:-1]
    return base if text.endswith("s") and len(base) > 1 and base.isupper() and base.lower() in outlet_names() else None


def _numbered_station(toks: list[Tok], k: int) -> str:
    """The outlet named at toks[k] with the channel number and place after it ("ABC 15", "ABC 7 Los Angeles"), or
    the outlet alone ("the local channel CNN")."""
    m = k + 1
    if m < len(toks) and toks[m].text.isdigit():
        m += 1
        while m < len(toks) and toks[m].upper and toks[m].is_word:
            m += 1
    return " ".join(t.text for t in toks[k:m])


def _kind_words(toks: list[Tok], lang: str) -> int:
    """How many lower-case words close `toks` to say what kind of medium a name is ("news agency", "television"),
    at most KIND_WORDS; 0 when they name no media kind."""
    multi = _MULTI_TYPES.get(lang)
    if multi is None:
        multi = _MULTI_TYPES.setdefault(lang, dict(type_lists(lang)[1]))
    for n in range(min(KIND_WORDS, len(toks) - 1), 0, -1):
        tail = toks[-n:]
        if all(t.is_word and not t.upper for t in tail) and (
                multi.get(" ".join(t.low for t in tail)) == "media" or n == 1 and word_type(tail[0].low, lang) == "media"):
            return n
    return 0


def dative_recipient(toks: list[Tok], start: int, e: int, lex: Lexicon) -> tuple[int, str | None]:
    """`_dative_recipient` with the medium's name in the nominative a masthead is written in ("der Süddeutschen
    Zeitung" -> "Süddeutsche Zeitung", "dem „Spiegel“" -> "Der Spiegel" as listed)."""
    end, media = _dative_recipient(toks, start, e, lex)
    return end, nominative_title(media, lex.lang) if media else None


def nominative_title(name: str, lang: str) -> str:
    """A masthead's name read in the dative or genitive, in its own form: an inflected adjective before the last
    word in the base form ("der Neuen Zürcher Zeitung" -> "Neue …"), and the listed name
    that adds only its article ("Spiegel" -> "Der Spiegel"); else the name as written."""
    parts = name.split()
    base = [p[:-1] if k < len(parts) - 1 and p[:1].isupper() and p.endswith(_ADJECTIVE_DATIVE) else p
            for k, p in enumerate(parts)]
    masculine = " ".join(p + "r" if p != q else p for p, q in zip(base, parts))  # "dem Bayerischen Rundfunk"
    base = masculine.split() if masculine.lower() in outlet_names() else base
    plain = " ".join(base) if " ".join(base).lower() in outlet_names() or name.lower() not in outlet_names() else name
    return _with_article(lang).get(plain.lower(), plain)


def listed_title(name: str, lex: Lexicon) -> str:
    """A listed medium's name without the article the sentence gave it, in its own form ("die dpa" -> dpa, "der
    Spiegel" -> Der Spiegel), where every noun is capitalised (an English "the BBC" stays as written)."""
    first, _, rest = name.partition(" ")
    if not rest or not lex.profile.capitalised_nouns or first.lower() not in lex.determiners:
        return name
    titled = nominative_title(rest, lex.lang)
    if titled.lower() in outlet_names():
        return titled
    bare = rest.strip(_TITLE_QUOTES)
    if rest[:1] in _TITLE_QUOTES and rest[-1:] in _TITLE_QUOTES and bare[:1].isupper() or " " in bare and is_masthead(bare):
        return nominative_title(bare, lex.lang)  # a paper no list has: 'Die "Nordheimer Zeitung"' -> its title
    return name


_TITLE_QUOTES: Final = "\"„“”»«‚‘'"  # quote marks around a medium's title


_ADJECTIVE_DATIVE: Final = ("ischen", "lichen", "igen", "schen", "einen", "euen", "esten")  # "Allgemeinen", "Neuen"


@cache
def _with_article(lang: str) -> dict[str, str]:
    """A listed outlet's name without its article -> its listed name with it ("spiegel" -> "Der Spiegel", "zeit" -> "Die Zeit"),
    for the language's definite articles (function words, definite_article: "der", "die")."""
    articles = function_words(lang, "definite_article")
    listed = {w.lower(): w for w in words(None, "outlets")}
    return {low.split(" ", 1)[1]: w for low, w in listed.items()
            if " " in low and low.split(" ", 1)[0] in articles}


def _dative_recipient(toks: list[Tok], start: int, e: int, lex: Lexicon) -> tuple[int, str | None]:
    """A German dative recipient at toks[start] (its article there): its end and the medium it names, else
    None: "der „Nordpost“" (a quoted title), "dem Sender RBB" (the name after a media noun), "der dpa";
    "der Minister" names none."""
    k = start + 1 if start < e and (toks[start].low in lex.determiners or toks[start].low in lex.article) else start
    k = _past_title_adjectives(toks, k, e, lex)
    if k < e and toks[k].text in _OPENING_QUOTES:
        close = next((m for m in range(k + 1, min(e, k + QUOTED_TITLE + 1)) if toks[m].text in _QUOTES), None)
        if close is not None and close > k + 1 and _title_words(toks[k + 1:close]):
            return _glued_media_noun(toks, close + 1, e, lex), " ".join(t.text for t in toks[k + 1:close])
        return start, None
    j = forward_np(toks, k, e, lex)
    head = next((m for m in range(k, j) if toks[m].upper), None)
    if head is not None and word_type(toks[head].low, lex.lang) == "media":
        end = j + (j < e and not toks[j].upper and toks[j].low in outlet_names())  # "dem Sender n-tv", "der Agentur dpa"
        if end < e and toks[end].text in _OPENING_QUOTES:  # "der Zeitung „Landbote“"
            end = next((m + 1 for m in range(end + 1, min(e, end + QUOTED_TITLE + 1)) if toks[m].text in _QUOTES), end)
        return end, media_name(toks[start:end], lex) or " ".join(t.text for t in toks[start:head + 1])
    if not any(t.low in lex.determiners for t in toks[k:j]) and (whole := media_name(toks[k:j], lex)):
        return j, whole  # "der dpa", "der Deutschen Presse-Agentur"
    media = media_name(toks[start:head + 1], lex) if head is not None else None  # not "der Minister der Zeitung"
    return (j, media) if media else (start, None)


def _past_title_adjectives(toks: list[Tok], k: int, e: int, lex: Lexicon) -> int:
    """Past the adjectives before a quoted title at toks[k] ("dem Hamburger „Abendblatt“", "der britischen „Times“"):
    lower-case words or a place's "-er" adjective that no word list types (not "dem Minister"); else k."""
    m = k
    while m < min(e, k + TITLE_ADJECTIVES) and toks[m].is_word and (not toks[m].upper or toks[m].low.endswith("er")) \
            and word_type(toks[m].low, lex.lang) is None:
        m += 1
    return m if k < m < e and toks[m].text in _OPENING_QUOTES else k


TITLE_ADJECTIVES: Final = 2  # adjectives read before a quoted title


def quoted_medium(toks: list[Tok], start: int, e: int, lex: Lexicon) -> str | None:
    """A medium named by a quoted title after the dative article at toks[start], when the title is a listed medium
    ("der „Welt am Sonntag“") or a media noun is glued to it ("der „Bild“-Zeitung" -> Bild); else None (not a
    quoted group's name, "der „Letzten Generation“", which is a genitive of the speaker)."""
    end, media = dative_recipient(toks, start, e, lex)
    if not media or start + 1 >= e or toks[start + 1].text not in _OPENING_QUOTES:
        return None
    glued = end - start > 2 and toks[end - 2].text == "-"
    return media if glued or media.lower() in outlet_names() or media_name(toks[start + 2:end - 1], lex) else None


def interview_recipient(toks: list[Tok], a: int, e: int, lex: Lexicon) -> tuple[int, str | None] | None:
    """"im Interview mit dem Sender X", "in einem Gespräch mit der „Nordpost“", "im ZDF" (a listed broadcaster) at
    toks[a]: its end and the medium (or None when it names none); None when no such phrase stands there."""
    nouns = function_words(lex.lang, "interview")
    if not nouns or a + 1 >= e or toks[a].low not in lex.prepositions:
        return None
    if toks[a].low in function_words(lex.lang, "broadcast_prep"):  # "sagte im ZDF", "in der ARD"
        end, media = dative_recipient(toks, a + 1, e, lex)
        if media and ({media.lower(), media.lower().split()[-1]} & outlet_names() or is_programme(media)):
            return end, media  # "im ZDF", "im ZDF-Morgenmagazin", "bei Sky Sports": the broadcaster or its programme
    if a + 3 >= e:
        return None
    k = a + 1 + (toks[a + 1].low in lex.closed.indefinite)
    if k + 2 < e and toks[k].low not in nouns and toks[k + 1].low in nouns and toks[k].is_word and not toks[k].upper \
            and toks[k].low not in lex.prepositions:
        k += 1  # an adjective before the noun: "I en skriftlig kommentar til X", "In einer schriftlichen Stellungnahme"
    if k + 1 >= e or toks[k].low not in nouns or toks[k + 1].low not in function_words(lex.lang, "interview_with"):
        return None
    end, media = dative_recipient(toks, k + 2, e, lex)
    return (end, media) if media else (forward_np(toks, k + 2, e, lex), None)


KIND_WORDS: Final = 3  # lower-case words after a medium's name that say what kind it is ("news agency")
QUOTED_TITLE: Final = 6  # the longest quoted title read as a medium's name
TITLE_JOIN: Final = 3  # the longest lower-case word inside a quoted title ("Welt am Sonntag", "Bild am Sonntag")


def _title_words(toks: list[Tok]) -> bool:
    """Whether quoted words are a title: every word capitalised, but for short joining words between capitalised
    ones ("Welt am Sonntag")."""
    words_ = [t for t in toks if t.is_word]
    return bool(words_) and words_[0].upper and words_[-1].upper \
        and all(t.upper or len(t.text) <= TITLE_JOIN for t in words_)


def _glued_media_noun(toks: list[Tok], k: int, e: int, lex: Lexicon) -> int:
    """Past a media noun glued to a quoted title by a hyphen ("der „Bild“-Zeitung", "des „Spiegel“-Magazins"), else k."""
    if k + 1 < e and toks[k].text == "-" and toks[k - 1].end == toks[k].start == toks[k + 1].start - 1 \
            and word_type(toks[k + 1].low, lex.lang) == "media":
        return k + 2
    return k
_OPENING_QUOTES: Final = frozenset("„“\"«‚")


def _after_media_noun(toks: list[Tok], lex: Lexicon) -> str | None:
    """The name after a capitalised media noun and its article or adjectives ("der Zeitung „Landbote“" ->
    Landbote), else None."""
    k = next((k for k, t in enumerate(toks[:-1]) if t.upper and word_type(t.low, lex.lang) == "media"), None)
    if k is None or not all(t.low in lex.determiners or not t.upper for t in toks[:k]):
        return None
    rest = [t for t in toks[k + 1:] if t.text not in _QUOTES]
    if len(rest) == 1 and (rest[0].low in _agencies()[0] or rest[0].low in outlet_names()):
        return rest[0].text  # "der Nachrichtenagentur dpa", "dem Sender n-tv": a name written in lower case
    return " ".join(t.text for t in rest) if rest and all(t.upper for t in rest) else None


_QUOTES: Final = frozenset("„“”\"«»‚‘’")


def _inflected_base(text: str, lex: Lexicon) -> str:
    """A name lower-cased, its article dropped and its adjectives in the base form ("der Deutschen
    Presse-Agentur" -> "deutsche presse-agentur"), to look up in the outlet list."""
    words = text.lower().split()
    if words and (words[0] in lex.article or words[0] in lex.closed.definite_article):
        words = words[1:]
    return " ".join(w[:-1] if w.endswith(("en", "er", "es")) and k < len(words) - 1 else w for k, w in enumerate(words))


def recipient(toks: list[Tok], i: int, end: int, lex: Lexicon) -> tuple[int, str | None]:
    """The recipient phrase at toks[i] ("Reuters", "the court"): its end and its media name (or None).
    A medium not named ("told the newspaper") is kept as written; resolve.py names it from the article."""
    j = forward_np(toks, i, end, lex)
    name = media_name(toks[i:j], lex)
    if name is None and j > i and generic_medium(" ".join(t.text for t in toks[i:j]), lex):
        name = " ".join(t.text for t in toks[i:j])
        if (apposed := _apposed_medium(toks, j, end, lex)) is not None:
            return apposed  # "told the local newspaper, the Riverside Ledger": the name in apposition
    if i < j < end - 1 and toks[j].text == "." and toks[j - 1].end == toks[j].start and "." in toks[j - 1].text \
            and not toks[j + 1].is_word:
        j += 1  # the closing full stop of an abbreviated name: "til B.T., at …"
    return j, name


def _apposed_medium(toks: list[Tok], j: int, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """The name in apposition after a medium's kind noun and its comma, closing the sentence ("…, the Riverside
    Ledger."): its end and the name, else None."""
    if j + 1 >= end or toks[j].text != ",":
        return None
    k = forward_np(toks, j + 1, end, lex)
    apposed = toks[j + 1:k]
    if not apposed or not apposed[-1].upper or (k < end and toks[k].text not in ".;!?") or any(
            t.low in lex.complementizers for t in apposed):
        return None
    name = media_name(apposed, lex) or name_of(apposed)
    return (k, name) if name and name.split()[0].lower() not in all_languages_words("first_names") else None


def closing_recipient(toks: list[Tok], i: int, e: int, lex: Lexicon) -> tuple[int, str | None]:
    """The recipient phrase at toks[i] that closes a quotation's tag ("…, säger X till Kollega.", "…, siger X til
    TV3+."): `recipient`'s medium, else one capitalised name after "till/til" with nothing but punctuation after
    it, no first name, acronym or pronoun (a paper the gazetteer lacks: people are seldom told
    so at a tag's end: Swedish, Norwegian, Danish; "to" in English closes other phrases, "referring to Smith")."""
    j, media = recipient(toks, i, e, lex)
    if media or lex.profile.capitalised_nouns or not lex.profile.v2 or j <= i or any_word(toks, j, e) \
            or i == 0 or toks[i - 1].low not in lex.closed.to:
        return j, media  # (only after "till/til/to": "avdelningschef för Elmarknadsinspektionen" names an employer)
    plus = j < e and toks[j].text == "+" and toks[j - 1].end == toks[j].start  # "TV3+"
    words_ = toks[i:j + plus]
    t = words_[0]
    if (len(words_) == 1 or plus and len(words_) == 2) and t.upper and t.is_word and t.low not in lex.pronouns \
            and t.low not in all_languages_words("first_names") and (plus or not t.text.isupper()):
        return j + plus, "".join(w.text for w in words_)  # (not an acronym, an office as often: "til NVE")
    if not plus and _two_word_title(words_, lex):
        return j, " ".join(w.text for w in words_)  # "till Kanal Nord", "til Radio Vest": a name of two words
    return j, None


def _two_word_title(words_: list[Tok], lex: Lexicon) -> bool:
    """Whether two capitalised words closing a tag after "till/til" name a medium the gazetteer lacks ("Kanal
    Nord", "Sport Vest"): no first name (a person: "til Kari Lund"), no pronoun, no acronym, no word a list types
    (an office: "til Statens vegvesen" is written in lower case after its first word)."""
    first_names = all_languages_words("first_names")
    return len(words_) == 2 and all(
        w.is_word and w.upper and not w.text.isupper() and w.low not in lex.pronouns and w.low not in first_names
        and "-" not in w.text for w in words_) and word_type(words_[0].low, lex.lang) != "person"


def any_word(toks: list[Tok], a: int, e: int) -> bool:
    """Whether a word stands in toks[a:e] (not only punctuation)."""
    return any(t.is_word for t in toks[a:e])


def fronted_recipient(toks: list[Tok], lex: Lexicon) -> str | None:
    """The medium of a fronted recipient phrase before a V2 cue ("Till Sydöstran säger X", "Til Nordlys sier X"):
    a known medium, a medium named by its kind ("Til avisen", kept as written), or one capitalised word that is no
    first name or pronoun (people are seldom told so)."""
    media = media_name(toks, lex)
    if media:
        return media
    text = " ".join(t.text for t in toks)
    if generic_medium(text, lex):
        return text  # "Til avisa forteller X", "Overfor avisen avviser X": the paper last named (resolve names it)
    if len(toks) != 1:
        return None
    t = toks[0]
    if t.upper and t.is_word and t.low not in lex.pronouns and t.low not in all_languages_words("first_names") \
            and word_type(t.low, lex.lang) is None:
        return t.text
    return None


def recipient_via(src: list[Tok], lex: Lexicon) -> list[str]:
    """"enligt uppgifter till Expressen": information given to a medium reached the text through it."""
    for k in range(1, len(src) - 1):
        if src[k].low in lex.closed.to and not src[k - 1].upper:
            media = recipient(src, k + 1, len(src), lex)[1]
            return [media] if media else []
    return []


def relay(toks: list[Tok], i: int, end: int, lex: Lexicon) -> tuple[int, str | None] | None:
    """A relay phrase at toks[i] ("som citeras av X"): (end of X, X's name), else None."""
    for phrase in lex.relays:
        n = len(phrase)
        if i + n < end and all(toks[i + k].low == phrase[k] for k in range(n)):
            j = forward_np(toks, i + n, end, lex)
            part = toks[i + n: j]
            return j, name_of(part) or media_name(part, lex) or " ".join(t.text for t in part)
    return None


def keep(name: str | None, ctx: ViaContext) -> bool:
    """Whether a medium counts as a via (not the page's own outlet or writing agency)."""
    if not name:
        return False
    low = name.lower()
    if low.split(" ", 1)[0] in all_function_words("own_possessive"):
        return False  # "unserer Redaktion", "our newsroom": the page's own
    bare = low.split(" ", 1)[1] if " " in low and low.split(" ", 1)[0] in closed().definite_article else low
    squashed = _squash(bare)  # "TV2" on a "TV 2" page
    return low not in ctx.own and not any(o == bare or o.endswith(" " + bare) or _squash(o) == squashed
                                          or o.startswith(bare + " ") and bare not in outlet_names()
                                          for o in ctx.own)  # "the Gazette"; "X" for "X Väst" (not "TV 2" on
    # a "TV 2 Fyn" page: a listed outlet of its own)


def _squash(name: str) -> str:
    """A medium's name without its spaces and hyphens, to compare spellings ("TV 2", "TV2", "TV-2"), its Nordic and
    German letters spelt as in a web address ("Lærdalsposten" on a "Laerdalsposten" page)."""
    return name.replace(" ", "").replace("-", "").translate(_ASCII_LETTERS)


_ASCII_LETTERS: Final = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})


def over_for(toks: list[Tok], a: int, e: int) -> int:
    """Length of a Danish/Norwegian "over for"/"overfor" ("to", of a recipient) at toks[a], else 0."""
    if a < e and toks[a].low == "overfor":
        return 1
    return 2 if a + 1 < e and toks[a].low == "over" and toks[a + 1].low == "for" else 0
