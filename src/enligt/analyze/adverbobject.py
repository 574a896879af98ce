"""German noun objects after adverbials: a cue's prepositional phrases ("am Dienstag", "auf Anfrage der Zeitung")
and where a noun phrase object starts after them ("bestätigte am Dienstag | den Tod des Mannes"). rules.py and
cueobject.adverbials_only read these."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok


def object_after_adverbials(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int | None:
    """German: where a noun phrase object starts after the prepositional phrases right after a cue ("bestätigte am
    Dienstag | den Tod", "dementierte auf Anfrage der Zeitung | die Berichte"), else None."""
    if not lex.profile.capitalised_nouns or a >= e or toks[a].low not in lex.prepositions:
        return None
    k = past_phrases(lex, toks, a, e)
    if k >= e or not (toks[k].low in lex.determiners or toks[k].upper and toks[k].is_word):
        return None
    return k if not any(not t.is_word for t in toks[a:k]) else None


def past_phrases(lex: Lexicon, toks: list[Tok], k: int, e: int) -> int:
    """German: the index past the prepositional phrases opening at toks[k] ("am Dienstag", "auf Anfrage der
    Zeitung", "bis heute"): each a preposition, its article and adjectives, its noun or one lower-case word, and a
    genitive after it."""
    while k < e and toks[k].low in lex.prepositions:
        k += 1
        while k < e and toks[k].is_word and toks[k].low in lex.determiners or k < e and _adjective_before(toks, k, e):
            k += 1
        k += 1  # its noun ("Dienstag"), or an adverb ("bis heute")
        while k + 1 < e and toks[k].low in _GENITIVE_ARTICLES and toks[k + 1].upper:
            k += 2  # "auf Anfrage | der Zeitung"
    return k


_GENITIVE_ARTICLES: Final = frozenset({"des", "der", "eines", "einer"})


def _adjective_before(toks: list[Tok], k: int, e: int) -> bool:
    """A lower-case word before a capitalised noun inside a phrase ("am | frühen | Morgen")."""
    return toks[k].is_word and not toks[k].upper and k + 1 < e and toks[k + 1].upper and toks[k + 1].is_word
