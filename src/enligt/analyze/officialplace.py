"""The place a local official's figure is of: "sa Denis Pusjilin, lederen for Donetsk-regionen", "erklärte
der Chef der Militärverwaltung in der Hauptstadt", "the governor of Odesa region said".

A figure with no place of its own that a governor, mayor or head of a territory gives counts that
territory (a round-up of several regions' tolls names each official's region only in the source), so
it never meets the national toll or another region's. Only the heads of a territory (`governing` in
`count_words.tsv`) followed by a preposition (`governing_of`) and a name place their figures; a body
"in" a place ("Police in the Helgådalen region") does not.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.subjects import nationality_adjective
from enligt.lang import all_function_words
from enligt.models import Attribution

REACH: Final = 4  # tokens from the head of the territory to its preposition
APPOSITION: Final = 80  # characters of an apposition after a source's name ("Denis Pusjilin, lederen for …")


def described_source(a: Attribution, text: str) -> str:
    """The source as written and the apposition after it up to the next comma or full stop ("Denis
    Pusjilin" + "lederen for den ukrainske Donetsk-regionen")."""
    if a.source_span is None:
        return a.source or ""
    src = text[a.source_span.start : a.source_span.end]
    rest = text[a.source_span.end : a.source_span.end + APPOSITION]
    if not rest.startswith(","):
        return src
    return src + " " + rest[1:].split(",")[0].split(".")[0]


def official_place(source: str, lang: str) -> str:
    """The territory a source heads, lower-cased ("donetsk-regionen"), or ""."""
    toks = source.replace(",", " , ").split()  # a comma ends a name: "in der Hauptstadt, Serhij Popko"
    lows = [t.lower() for t in toks]
    heads = lx.words_of(lang, "governing")
    if heads.isdisjoint(lows):
        return ""
    ofs, skip = lx.words_of(lang, "governing_of"), all_function_words("place_determiner")
    for r, low in enumerate(lows):
        if low not in heads:
            continue
        for k in range(r + 1, min(len(lows), r + 1 + REACH)):
            if lows[k] in ofs:
                return _name_after(toks, lows, k + 1, skip, lang)
    return ""


def _name_after(toks: list[str], lows: list[str], k: int, skip: frozenset[str], lang: str) -> str:
    """The name after token k, past determiners, adjectives and region nouns ("den ukrainske
    Donetsk-regionen", "regionen Lviv", "Krywyj Rih"): one or two capitalised words, no possessive and
    no longer name ("the Interior Ministry's headquarters", "the Orange County Fire Authority" name bodies)."""
    regions = lx.first_words(lang, "region")
    j = k
    while j < min(len(toks), k + REACH) and (lows[j] in skip or lows[j] in regions
                                              or nationality_adjective(lows[j], lang)):
        j += 1
    end = j
    while end < len(toks) and toks[end][:1].isupper():
        end += 1
    if end == j and j > k and lows[j - 1] in lx.words_of(lang, "capital"):
        return lows[j - 1]  # "der Chef der Verwaltung in der Hauptstadt, …": the capital, named no closer
    if not 0 < end - j <= MAX_NAME or any(t.endswith(("'s", "’s")) for t in toks[j:end]):
        return ""
    name = " ".join(lows[j:end])
    if end < len(toks) and lang in GENITIVE_S and name.endswith("s") and toks[end][:1].islower():
        name = name[:-1]  # "Kyivs regionale militæradministrasjon": Kyiv's
    return name


MAX_NAME: Final = 2  # words of a territory's name
GENITIVE_S: Final = frozenset({"sv", "da", "no"})  # languages whose genitive is a bare -s ("Kyivs")


def hospital_place(source: str, lang: str) -> str:
    """The hospital a source is, lower-cased ("oslo universitetssykehus", "st. mary's hospital"), or "": a
    hospital's figure with no place of its own counts its own patients, a share of a wider toll
    (`hospital_name` in `count_words.tsv`: the words that end a hospital's name, compounds included)."""
    low = source.lower().strip()
    return low if low and any(" ".join(p) in low for p in lx.category(lang, "hospital_name")) else ""
