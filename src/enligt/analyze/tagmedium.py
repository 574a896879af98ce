"""A listed medium told at the end of a German tag, past prepositional phrases of the speaker.

"sagte X von der Zentralstelle bei der Behörde Y der Deutschen Presse-Agentur nach der Sitzung": the speaker's
phrase ends before "bei"; the dative medium after the phrases is the recipient, a via. Only a medium of
the gazetteer (`lang/outlets.txt`) is read so: "der Stadt" or "der Behörde" there is the phrase's genitive.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok
from enligt.analyze.via import media_name, nominative_title
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
