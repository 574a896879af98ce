"""A source that cites another in a relative clause after its name: "According to Reuters, which cited the
ministry, C", "Enligt TT, som citerar polisen, C", "Ifølge NRK, som viser til politiet, C", "Laut Reuters, das sich
auf das Ministerium beruft, C". The one cited said C, and the source before the relative relayed it: a record of
the one cited, with the same content and the relay as its via; the relative clause is no record of its own
("which cited the ministry, C" is no claim of "which"); so too a citing verb coordinated after a tag ("C, skriver
Reuters och hänvisar till ministeriet", "…, berichtete X und berief sich auf Y"), and a citing participle between
commas after the source ("The Times, citing two officials, reported C", "NRK, med henvisning til politiet, melder
C"; `relay_cite_apposed`). Lists: function words `relay_cite`
(the citing words after the relative), for a verb-final language `relay_cite_end` (the verb that closes the clause:
"beruft"), and `relay_cite_coordinated` (after "and").
Run on each sentence's records as the reader finds them (`reader.py`)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.mediakind import generic_medium
from enligt.analyze.phrases import np_end
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.via import listed_title, media_name
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_word_list, function_words
from enligt.lang.gazetteers import outlet_names


def relative_cites(ctx: Ctx, toks: list[Tok], e: int, found: list[Draft]) -> list[Draft]:
    """`found` with a record of each source cited in a relative clause after another record's source, via that
    source, and without the records read inside such a clause."""
    out: list[Draft] = []
    dropped: list[tuple[int, int]] = []
    for d in found:
        if not d.source or not d.source[-1].end:
            continue
        j = next((k for k, t in enumerate(toks) if t.start >= d.source[-1].end), e)
        cited = _cited_after(ctx, toks, j, e)
        if cited is None:
            continue
        cue, cue_text, a, b, end = cited
        source = list(d.source)
        medium = media_name(source, ctx.lex)
        if (medium is None or _kind_only(medium, ctx)) and toks[j].text == "," \
                and toks[j + 1].low not in ctx.lex.relatives:
            continue  # "The mayor, citing safety concerns, said": a reason; only a named medium relays so
        relay = listed_title(medium or ctx.text[source[0].start:source[-1].end], ctx.lex)
        out.append(Draft(d.parts, cue, cue_text, tuple(toks[a:b]), via=(relay,), block=d.block, direct=d.direct))
        dropped.append((toks[j].start, toks[end - 1].end))
    if not out:
        return found
    kept = [d for d in found if not any(a <= d.cue[0] < b for a, b in dropped if d.cue)]
    return kept + out


def _kind_only(medium: str, ctx: Ctx) -> bool:
    """Whether `medium` names a medium by its kind only ("the newspaper", a sentence's "Tidningen"), no name."""
    return generic_medium(medium, ctx.lex) or " " not in medium and medium.lower() not in outlet_names() \
        and word_type(medium.lower(), ctx.lang) == "media"


def _cited_after(ctx: Ctx, toks: list[Tok], j: int, e: int) -> tuple[tuple[int, int], str, int, int, int] | None:
    """At toks[j], ", REL CITE Y," (or "…, das sich auf Y beruft,") or "and CITE Y" after a tag ("…, skriver Reuters
    och hänvisar till Y."): (the cue's span, its words, Y's token range and the clause's end), else None."""
    lex = ctx.lex
    if j + 2 < e and toks[j].low in lex.coordinators:  # "…, skriver Reuters och hänvisar till Y"
        k, category, ends = j + 1, "relay_cite_coordinated", frozenset[str]()
    elif j + 3 < e and toks[j].text == "," and toks[j + 1].low in lex.relatives:
        k, category, ends = j + 2, "relay_cite", function_words(ctx.lang, "relay_cite_end")
    elif j + 2 < e and toks[j].text == ",":  # "The Times, citing two officials, reported C"
        k, category, ends = j + 1, "relay_cite_apposed", frozenset[str]()
    else:
        return None
    phrase = next((p for p in _phrases(ctx.lang, category) if k + len(p) < e
                   and all(toks[k + m].low == w for m, w in enumerate(p))), None)
    if phrase is None:
        return None
    a = k + len(phrase)
    b = np_end(ctx, toks, a, e)
    if b == a or not toks[a].is_word:
        return None
    cue = (toks[k].start, toks[a - 1].end)
    cue_text = " ".join(t.text for t in toks[k:a])
    if ends:  # a verb-final clause: "das sich auf das Ministerium beruft"
        if b >= e or toks[b].low not in ends:
            return None
        cue_text = f"{toks[b].text} {cue_text}"
        close = b + 1
    else:
        close = b
    if close < e and toks[close].text not in ",.;" or category == "relay_cite_apposed" and (
            close >= e or toks[close].text != ","):
        return None  # the clause goes on: not only the one cited (an apposed one closes on its comma)
    return cue, cue_text, a, b, close


def _phrases(lang: str, category: str) -> list[tuple[str, ...]]:
    """The language's citing words of `category` (after a relative, or after "and"), longest first ("viser til"
    before "viser"); sorted once per language and category, not per record."""
    key = (lang, category)
    got = _PHRASES.get(key)
    if got is None:
        got = _PHRASES.setdefault(key, sorted((tuple(w.split()) for w in function_word_list(lang, category)),
                                              key=len, reverse=True))
    return got


_PHRASES: Final[dict[tuple[str, str], list[tuple[str, ...]]]] = {}
