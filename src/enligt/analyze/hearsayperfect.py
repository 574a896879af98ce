"""German modal hearsay ("soll") and the perfect it needs: the clause closes a perfect or "sein" infinitive
("gesagt haben soll", "getroffen worden sein"), past a list of coordinated participles; hearsay.py asks."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

# German relative pronouns and articles: a word after a comma that opens a clause of its own
DE_RELATIVE: Final = frozenset({"dem", "den", "denen", "deren", "dessen", "der", "die", "das", "welchem", "welcher"})


_CLOSERS: Final = frozenset(",.;:!?)“”\"«»‘’'")


def verb_final_perfect(toks: list[Tok], s: int, i: int, e: int, lex: Lexicon) -> bool:
    """German `soll` closing a subordinate clause after a perfect or "sein" infinitive: "der Mann, der den
    Wagen gestohlen haben soll, …", "die 30 Jahre alt sein soll"."""
    closes = i + 1 >= e or toks[i + 1].text in _CLOSERS  # (also a quotation's end: "… gewesen sein soll“, so X)
    lang = lex.lang
    if not closes or i - 2 <= s or toks[i - 1].low not in function_words(lang, "final_infinitive"):
        return False
    before = toks[i - 2]  # a participle or adjective, not an object: "wer Zugriff haben soll" is no hearsay
    return before.is_word and not before.upper and not before.text.isdigit()


def _sein_participle(word: str, lex: Lexicon) -> bool:
    """A participle whose perfect takes "sein", or one with a separable particle before its "ge-" form
    ("dazugekommen", "mitgefahren": the list holds "gekommen", "gefahren")."""
    if word in lex.sein_participle:
        return True
    k = word.find("ge", 2)
    return k > 0 and word[k:] in lex.sein_participle


def perfect_infinitive(toks: list[Tok], i: int, e: int, lex: Lexicon) -> bool:
    """Modal hearsay (`soll`): the clause ends in a perfect infinitive ("getroffen worden sein", "gesagt haben"),
    at its first stop or, past the commas of a list of participles, at a later one ("belästigt, bedroht oder
    vergewaltigt haben")."""
    k = i + 1
    while True:
        while k < e and (toks[k].text not in ",.;:!?" or toks[k].text == "." and k + 1 < e and toks[k - 1].text.isdigit()):
            k += 1  # (the point of an ordinal inside the clause is no end: "soll am 11. September … gezerrt haben")
        if _clause_end_perfect(toks, i, k, lex) or _before_comparison(toks, i, k, lex):
            return True
        if k >= e or not _participle_list(toks, k, e, lex):
            return False
        k += 1


def _before_comparison(toks: list[Tok], i: int, k: int, lex: Lexicon) -> bool:
    """Whether a perfect infinitive closes the clause before a comparison put after it ("soll mehr Reifen abgesetzt
    haben als im Vorjahr": `comparison_after` in function_words.tsv)."""
    words = function_words(lex.lang, "comparison_after")
    return bool(words) and any(toks[m].low in words and _clause_end_perfect(toks, i, m, lex)
                               for m in range(i + 3, k))


def _clause_end_perfect(toks: list[Tok], i: int, k: int, lex: Lexicon) -> bool:
    """Whether the words before toks[k] close a perfect infinitive, a "sein" perfect or a state infinitive."""
    last = tuple(t.low for t in toks[max(i + 1, k - 2):k])
    if len(last) == 2 and last[1] == "sein" and _sein_participle(last[0], lex):
        return True  # "soll es zu Angriffen gekommen sein", "sollen weitere Wagen dazugekommen sein"
    if len(last) == 2 and last[1] == "sein" and last[0] in function_words(lex.lang, "hearsay_state"):
        return True  # "sollen im Ausland gefragt sein", "soll an X interessiert sein": a state no one plans
    if last and last[-1] in function_words(lex.lang, "hearsay_infinitive"):
        return True  # "Bei dem Toten soll es sich um einen Anwohner handeln": a state, never a plan
    return any(last[-len(p):] == p for p in lex.perfect_infinitive)


def _participle_list(toks: list[Tok], k: int, e: int, lex: Lexicon) -> bool:
    """A comma inside a list of coordinated participles before the perfect infinitive ("soll X belästigt, bedroht
    oder vergewaltigt haben", "sollen X betreten, Geld gestohlen und Y aufgebrochen haben"): in German, a
    lower-case word before the comma (or a noun before a preposition or determiner: a list of places or objects),
    the word after it no
    function word that opens a clause of its own (not
    "…, die den Unfall gesehen haben": a relative clause ends in a finite "haben")."""
    if toks[k].text != "," or not lex.profile.capitalised_nouns or k + 1 >= e:
        return False
    before, after = toks[k - 1], toks[k + 1]
    listed = not before.upper or after.low in lex.prepositions or after.low in lex.determiners \
        or after.low in function_words(lex.lang, "possessive_determiner")  # "in X, im Hafen und …", "seine Frau, seine …"
    return before.is_word and listed and after.is_word \
        and after.low not in lex.complementizers and after.low not in lex.subordinators \
        and after.low not in lex.relatives and after.low not in lex.coordinators and after.low not in lex.speech \
        and after.low not in DE_RELATIVE
