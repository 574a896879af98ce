"""Datelines and titles: where a paragraph's dateline ends and which source a title names.

`after_dateline` skips "Moskau (dpa) –", "OSLO (NTB):" or "STOCKHOLM Regeringen …" (a place and an
agency, never a source); `title_source` reads the source a title names before its colon
("Polisen: …", "NRK: …"); `title_case` tells a title that capitalises every word.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.analyze.quotes import trim
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import is_name_tok
from enligt.analyze.wordtypes import named_phrases, word_type
from enligt.lang import all_languages_words, function_words, profile, words, wordset
from enligt.lang.gazetteers import outlet_names

_DATELINE: Final = re.compile(
    r"[A-ZÅÄÖÆØÜ][\w.'/-]*(?: [A-ZÅÄÖÆØÜ][\w.'/-]*){0,2}(?:, [\w. ]{1,20})?\s*\((?P<ag>[^()]{1,40})\)(?:\s*[-–—―:]+\s+|\s+(?=[A-ZÅÄÖÆØÜ]))"
    r"|[A-ZÅÄÖÆØÜ]{4,}(?:[ -][A-ZÅÄÖÆØÜ]{2,}){0,2}(?: ?[-–—―:]+)?\s+(?=[A-ZÅÄÖÆØÜ][a-zåäöæøüß])")

_CAPS_OPENING: Final = re.compile(r"[A-ZÅÄÖÆØÜ]{4}")  # how the second form of `_DATELINE` starts

# Where a dash never opens speech (English), a dateline closed by a dash: a place in capitals with a region, a date
# or a bracket ("KABUL, Afghanistan —", "EAST STROUDSBURG, Pa. -", "MOBILE, Ala. (WKRG) --", "WASHINGTON, Dec. 3 —"),
# one in title case with a region or a station ("Washington, D.C. –", "Phoenix (KTAR) —") or before a long dash
# ("Washington —"), or a date and an agency ("April 27 (Reuters) -"); a capital (or a quote) follows the dash.
_PLACE_REGION: Final = r"(?:, [A-Z][\w.']*(?: [A-Z][\w.']*){0,2})"
_DASH_DATELINE: Final = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}" + _PLACE_REGION + r"?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\([^()]{1,40}\))?\s*(?:--|[-–—])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:" + _PLACE_REGION + r"\s*(?:\([A-Z]{2}[^()]{0,30}\))?\s*(?:--|[-–—])"
    r"|\s*\([A-Z]{2}[^()]{0,30}\)\s*(?:--|[-–—])|\s*(?:--|[–—]))"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}\s*\([^()]{1,40}\)\s*(?:--|[-–—]))"
    r"\s+(?=[A-Z\"“‘])")
DATELINE_REACH: Final = 80  # characters a dash dateline spans at most


def after_dateline(ctx: Ctx, toks: list[Tok], s: int, e: int) -> int:
    """First token after a dateline that opens a paragraph ("Moskau (dpa) –", "OSLO (NTB):", "STOCKHOLM
    Regeringen …"): a place and an agency, never a source."""
    a, b = toks[s].start, toks[e - 1].end
    if not ctx.lex.profile.dash_speech and (m := _DASH_DATELINE.match(ctx.text, a, min(b, a + DATELINE_REACH))):
        return _past(toks, s, e, m.end())
    if ctx.text.find("(", a, b) < 0 and not _CAPS_OPENING.match(ctx.text, a, b):
        return s  # neither "Place (Agency)" nor a capitalised place can open it: the regex need not run
    m = _DATELINE.match(ctx.text, a, b)
    if m is None or (m.group("ag") and m.group("ag").split("/")[0].strip().lower() not in _agencies() and not any(
            word_type(w, ctx.lang) == "media" for w in m.group("ag").lower().replace("/", " ").split()[1:])):
        return s  # "Anna Berg (S): …" is a speaker's label, not a dateline ("Ort (xy Nachrichtenagentur) –" is one)
    caps = m.group(0).split()[0].strip("-–—:").lower()
    if m.group(0).rstrip()[-1:].isalpha() and (caps in outlet_names() or word_type(caps, ctx.lang)):
        return s  # "NATO Secretary General …", "SVT Nyheter": a name, not a place
    return _past(toks, s, e, m.end())


def _past(toks: list[Tok], s: int, e: int, end: int) -> int:
    """The first token of toks[s:e] at or after character `end`; s when none is."""
    k = s
    while k < e and toks[k].start < end:
        k += 1
    return k if k < e else s


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.lower() for a in words(None, "agencies"))


TITLE_SOURCE_WORDS: Final = 4  # words before the colon of a title "X: claim" that may name its source
TITLE_NAME_WORDS: Final = 3  # a longer run of capitals before a colon is a title-case headline, not a name


def title_source(ctx: Ctx, toks: list[Tok], s: int, colon: int, quote: bool = False,
                 persons: set[str] | frozenset[str] = frozenset()) -> list[Tok] | None:
    """The source a title names before its colon ("Polisen:", "NRK:", "Statsministern om beslutet:"), else
    None: a topic, a number phrase ("Tre döda i olyckan:") or an event or crime ("Unfall:") is none. With `quote` (a quotation follows),
    one capitalised name is enough ("Scholz: „…“"), and so it is when the article shows it as a person's
    (`persons`: "Lund: We will not resign" over a body naming Eva Lund). A source word after a preposition
    is a place or a topic, not the head ("Razzia in ganz Deutschland: …")."""
    src = toks[s:colon]
    topic = next((k for k, t in enumerate(src) if k and ctx.lex.fronted.get(t.low) == "topic"), None)
    src = src[:topic] if topic is not None else src  # "Statsministern om beslutet: …": the topic is not the source
    if not src or len(src) > TITLE_SOURCE_WORDS or src[-1].low in _kickers(ctx.lang):
        return None  # "Video: …", "Delegate Update: …": a media-type or rubric label (function_words class title_kicker)
    if src[0].low in ctx.lex.prepositions and src[0].low not in ctx.lex.prep:
        return None  # "I dag falder dommen: …", "After the fire: …": a fronted phrase or a topic, no speaker
    if src[0].text[:1].isdigit():
        return None  # "7.500 Menschen: …", "500 jobs: …": a figure the title is about, no speaker
    if not quote and kicker_label(ctx, src):
        return None  # "Unfall: …", "Landgericht Betrug: …": an event or a crime the title is about, no speaker
    words = [t for k, t in enumerate(src) if not (t.text == "." and k and src[k - 1].upper)]  # "Dr. Ann Lee"
    names = all(is_name_tok(t) for t in words) and len(words) <= TITLE_NAME_WORDS + (len(words) < len(src)) and (
        quote or (title_case(toks) and not ctx.lex.profile.capitalised_nouns)
        or src[0].low in all_languages_words("first_names"))  # "Nord Stream: …" is a topic
    # (a headline that capitalises every word says nothing by its capitals: "Rush Limbaugh: …" stays; nor does
    # one in a language that capitalises every noun: "Kölner Bäcker: Brotpreise steigen" names no speaker)
    if _named(ctx, src):
        return src  # "Ärzte ohne Grenzen:": a known body's name, whatever its words
    head = next((k for k, t in enumerate(src) if k and t.low in ctx.lex.prepositions), len(src))
    if (verb := _clause_word(ctx, src, head)) is not None:
        if not quote:
            return None  # "Politiet dræber mand: …", "Radio traffic: …": a clause or a rubric, no speaker's name
        src, head = src[:verb], verb  # "Klubbleder advarer om X: – Q": the subject before its verb speaks
    if any(_speaker_word(t.low, ctx.lang) for t in src[:head]) or (names and (len(src) >= 2 or quote)) \
            or " ".join(t.low for t in src) in outlet_names() or (len(src) == 1 and src[0].upper and src[0].low in persons) \
            or (topic is not None and ctx.lex.profile.v2 and all(is_name_tok(t) for t in words)
                and len(words) <= TITLE_NAME_WORDS):
        return src  # (a name before its topic speaks on it: "Lyngby om skaden: …")
    return None


def _speaker_word(low: str, lang: str) -> bool:
    """Whether a title label's word names a speaker: a source word, or a role noun that names one in a title
    label only (lang/<code>/title_speakers.txt: "Beobachter:", "Observatører:")."""
    return word_type(low, lang) is not None or low in wordset(lang, "title_speakers")


def kicker_label(ctx: Ctx, src: list[Tok]) -> bool:
    """Whether a title label names an event, a crime or a trial (lang/<code>/kicker_topics.txt: "Unfall:",
    "Olyckan:", "Vergewaltigung und Missbrauch:", "Landgericht Betrug:"), not a speaker: one such noun before the
    label's first preposition, neither the genitive attribute of a source before it ("Opfer des Unglücks:") nor
    a modifier of a source word right after it ("Fire chief:")."""
    head = next((k for k, t in enumerate(src) if k and t.low in ctx.lex.prepositions), len(src))
    for k in range(head):
        if not _kicker_word(src[k].low, ctx.lang):
            continue
        after = src[k + 1].low if k + 1 < head else ""
        if (k and src[k - 1].low in ctx.lex.article) or (after and word_type(after, ctx.lang)):
            continue
        return True
    return False


KICKER_COMPOUND: Final = 4  # letters a kicker noun needs to end a compound ("Verkehrsunfall", "Trafikolyckan")


def _kicker_word(low: str, lang: str) -> bool:
    """Whether a word is an event, crime or trial noun, alone or as the last part of a compound or a
    hyphenated word ("Drohnenangriff", "Mord-Prozess")."""
    topics = wordset(lang, "kicker_topics")
    last = low.rsplit("-", 1)[-1]
    if low in topics or last in topics:
        return True
    return profile(lang).compounds and any(
        low.endswith(w) and len(low) > len(w) for w in topics if len(w) >= KICKER_COMPOUND)


def _named(ctx: Ctx, src: list[Tok]) -> bool:
    """Whether a title label is a well-known body's name of several words, perhaps after an article
    ("Røde Halvmåne:", "Das Rote Kreuz:", "Läkare utan gränser:"; named_sources.tsv)."""
    words = src[1:] if len(src) > 2 and src[0].low in ctx.lex.article else src
    return len(words) > 1 and " ".join(t.low for t in words) in named_phrases(ctx.lang)


def _clause_word(ctx: Ctx, src: list[Tok], head: int) -> int | None:
    """The first lower-case word after a title label's first source word that is neither a source word nor a
    coordinator ("Politiet dræber mand", "Polizei sucht Zeugen", "Radio traffic"): the label is a clause
    with its own verb or a noun phrase headed by a topic, not a source."""
    first = next((k for k in range(head) if word_type(src[k].low, ctx.lang)), None)
    if first is None:
        return None
    return next((k for k in range(first + 1, head) if src[k].is_word and not src[k].upper
                 and src[k].low not in ctx.lex.coordinators and not word_type(src[k].low, ctx.lang)), None)


@cache
def _kickers(lang: str) -> frozenset[str]:
    return function_words(lang, "title_kicker")


def title_case(toks: list[Tok]) -> bool:
    """Whether a title capitalises (nearly) every word ("Rush Limbaugh: Hillary Asking Moderator To …")."""
    words = [t for t in toks if t.is_word and not t.text.isdigit()]
    return len(words) >= 4 and sum(t.upper for t in words) >= TITLE_CASE_SHARE * len(words)


TITLE_CASE_SHARE: Final = 0.7  # of a title's words capitalised: title case


def before_title_quote(ctx: Ctx, toks: list[Tok], s: int, e: int, found: list[Draft]) -> list[Draft]:
    """A title's claim ends at a colon before a quotation or a dash ("X advarer om Y: – Q"): the quotation
    after it is a record of its own (direct.py), no part of the claim before."""
    colon = next((toks[k].start for k in range(s + 1, e - 1) if toks[k].text == ":" and toks[k + 1].text in _QUOTE_OPENERS), None)
    if colon is None:
        return found
    out = []
    for d in found:
        a, b = d.parts[-1]
        if not d.direct and a < colon < b:
            c0, c1 = trim(ctx.text, a, colon)
            d = replaced(d, parts=(*d.parts[:-1], (c0, c1))) if c1 > c0 else d
        elif not d.direct and colon < a and d.cue is not None and d.cue[1] <= colon:
            d = replaced(d, direct=True)  # "Ekspert advarer: – Q": the cue's quotation after the colon
        out.append(d)
    return out


_QUOTE_OPENERS: Final = frozenset("”“\"‘'«„–—-")  # what opens a quotation after a title's colon
