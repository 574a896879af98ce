"""A listed medium told at the end of a German tag, past prepositional phrases of the speaker.

"sagte X von der Zentralstelle bei der Behörde Y der Deutschen Presse-Agentur nach der Sitzung": the speaker's
phrase ends before "bei"; the dative medium after the phrases is the recipient, a via. Only a medium of
the gazetteer (`lang/outlets.txt`) is read so: "der Stadt" or "der Behörde" there is the phrase's genitive.
A medium that asked is one too: "auf dpa-Anfrage", "auf Nachfrage von t-online" (`asked_medium`).
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok
from enligt.analyze.via import dative_recipient, media_name, nominative_title
from enligt.lang import wordset
from enligt.lang.gazetteers import outlet_names


def medium_past_phrases(toks: list[Tok], j: int, e: int, lex: Lexicon) -> str | None:
    """The listed medium in the dative after the prepositional phrases that open toks[j:e], ending the tag (the
    end, a punctuation mark or a preposition of time after it); None when toks[j] opens no prepositional phrase
    or no such medium closes them. Not after a preposition ("von der Süddeutschen Zeitung": an employer)."""
    if j >= e or toks[j].low not in lex.prepositions or toks[j].low in lex.dative_preposition:
        return None
    stop = min(e, j + PHRASE_REACH)
    for m in range(j + 2, stop):
        t = toks[m]
        if t.text in "()":
            continue  # an abbreviation in brackets inside a phrase: "bei der Behörde (ZIT) Köln"
        if not t.is_word:
            return None  # the clause ends: "…, der …" is a relative clause, no recipient
        if t.low not in lex.dative_definite or toks[m - 1].low in lex.prepositions:
            continue
        end = next((k for k in range(m + 1, e) if not toks[k].is_word or toks[k].low in lex.prepositions), e)
        media = media_name(toks[m + 1:end], lex) if end > m + 1 else None
        if media and (media := nominative_title(media, lex.lang)).lower() in outlet_names():
            return media  # (the tag ends after it: its end, a punctuation mark, or a time phrase "am Abend")
    return None


PHRASE_REACH: Final = 16  # tokens searched after a speaker's phrase for the medium told


def asked_medium(toks: list[Tok], j: int, e: int, lex: Lexicon) -> str | None:
    """The listed medium that asked, in a phrase of asking at toks[j] ("auf dpa-Anfrage", "auf Anfrage der dpa", "auf
    Nachfrage von t-online"; `inquiry_words`): it relayed the answer, a via; else None."""
    heads = tuple(wordset(lex.lang, "inquiry_words"))
    if not heads or j + 1 >= e or toks[j].low not in lex.prepositions:
        return None
    k = j + 1 + (toks[j + 1].low in lex.determiners and j + 2 < e)
    head, dash, noun = toks[k].text.rpartition("-")
    if dash and head.lower() in outlet_names() and noun.lower() in heads:
        return head  # "auf dpa-Anfrage", "auf ZDF-Nachfrage"
    if toks[k].low not in heads or k + 2 >= e or toks[k + 1].low not in lex.prepositions \
            and toks[k + 1].low not in lex.genitive_article:
        return None
    end = next((m for m in range(k + 2, e) if not toks[m].is_word and toks[m].text != "-"), e)
    media = media_name(toks[k + 2:end], lex) or media_name(toks[k + 1:end], lex) or (
        dative_recipient(toks, k + 1, e, lex)[1] if toks[k + 1].low in lex.genitive_article else None)  # a quoted
    # title: "auf Nachfrage der „Rheinischen Post“"
    return nominative_title(media, lex.lang) if media and nominative_title(media, lex.lang).lower() in outlet_names() \
        else None
