"""Tests of the set a number is a part of, or of a further event: "among the dead", "the dead included",
an item of a list before its predicate, "besides"/"foruden", "elsewhere" (split from `numsentence`)."""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import count_words
from enligt.analyze.numsentence import WINDOW, Sentence, clause
from enligt.lang import wordset

AMONG_REACH: Final = 8  # tokens: how far before a number "unter den Toten", "among the dead" may stand


def among(s: Sentence, a: int, lang: str) -> tuple[lx.Trigger | None, bool]:
    """The measure word of a set named around the number by "among"/"bland"/"unter" ("Among the dead
    were six women", "Unter den sieben Toten seien sechs Frauen", "Seks barn er blant de omkomne"):
    the number counts a part of it; and whether such a set is the victims ("To spædbørn er blandt
    ofrene"): a part of the toll just given."""
    words = lx.words_of(lang, "among")
    lo = max(0, a - AMONG_REACH)
    if words.isdisjoint(s.lows[lo : a + AMONG_REACH]):
        return None, False
    hi = clause(s, a, a + 1)[1]
    victims = False
    for k in [*range(lo, a), *range(a + 1, min(hi, a + AMONG_REACH))]:
        if s.lows[k] not in words:
            continue
        stop = a if k < a else hi  # "Among the dead were six women", "Six women were among the dead"
        for j in range(k + 1, min(stop, k + 5)):
            t = s.triggers.get(j)
            if t is not None and t.measure != "other":
                return t, False
            victims = victims or (t is not None and t.concept == "victim")
            if not s.texts[j][:1].isalnum():
                break
    return None, victims


INCLUDE_REACH: Final = 12  # tokens: how far before a number an "include" verb of its set may stand


def included(s: Sentence, a: int, lang: str) -> lx.Trigger | None:
    """The measure noun of a set an "include" verb before the number opens ("the dead included 50
    soldiers and 85 civilians", "de döda inkluderade"): the number counts a part of it."""
    words = lx.words_of(lang, "include")
    lo = max(0, a - INCLUDE_REACH)
    if words.isdisjoint(s.lows[lo:a]):
        return None
    k = max(k for k in range(lo, a) if s.lows[k] in words)
    if any(s.lows[j] in (".", ";", ":") for j in range(k, a)):
        return None
    for j in [*range(k - 1, max(-1, k - 4), -1), *range(k + 1, a)]:  # "the dead included", "inkluderade de döda"
        t = s.triggers.get(j)
        if t is not None:
            return t if t.kind == "noun" and t.measure != "other" else None
    return None


LIST_ITEM: Final = 6  # tokens: the longest item of a list before its predicate


def list_predicate(s: Sentence, hi: int, lang: str) -> lx.Trigger | None:
    """The predicate after a list the number's phrase is an item of ("En boligblokk, ni bolighus, en
    politistasjon, biler og garasjer ble delvis ødelagt"; "two cars, a bus and three houses were
    destroyed"): items of at most `LIST_ITEM` tokens joined by commas, the last by "og"/"and"."""
    conj, relative = lx.words_of(lang, "conj"), lx.words_of(lang, "relative")
    joined, item = False, 0
    for k in range(hi, min(len(s.lows), hi + WINDOW)):
        low = s.lows[k]
        if low in relative and (s.lows[k - 1] == "," or low not in wordset(lang, "determiners")):
            return None  # "to båter kolliderte, en seilbåt og en motorbåt som ble skadet": the last item's own predicate
        t = s.triggers.get(k)
        if t is not None:
            return t if joined and t.kind == "verb" and k not in s.in_source else None
        if low == "," or low in conj:
            if item == 0 and low in conj:
                return None  # "Ét hus brændte, og én person blev såret": a clause joined, no list
            joined, item = joined or low in conj, 0
            continue
        if not s.texts[k][:1].isalnum():
            return None
        item += 1
        if item > LIST_ITEM:
            return None
    return None


def besides(s: Sentence, k: int, lang: str) -> bool:
    """Whether a "besides"/"foruden"/"außer" phrase (and a determiner) stands right before token k:
    a measure word there names others than those counted ("Foruden de dræbte er 32 blevet såret")."""
    w = count_words(lang)
    for j in range(max(0, k - 4), k):
        if s.lows[j] in w.besides_first and (n := lx.phrase_at(s.lows, j, w.besides)) and j + n <= k and all(
                s.lows[i] in w.det for i in range(j + n, k)):
            return True
    return False


def elsewhere(s: Sentence, a: int, lang: str) -> bool:
    """Whether "elsewhere"/"andernorts"/"på annat håll" stands before the number in its sentence:
    its figure is of a further event ("Elsewhere, two soldiers were killed")."""
    w = count_words(lang)
    lo = max(0, a - WINDOW)
    if w.elsewhere_first.isdisjoint(s.lows[lo:a]):
        return False
    return any(s.lows[k] in w.elsewhere_first and lx.phrase_at(s.lows, k, w.elsewhere) for k in range(lo, a))


def excepted(s: Sentence, first: int, lang: str) -> bool:
    """Whether an "except" phrase ends right before the number (its first token `first`): "Bis auf drei
    seien alle Leichen identifiziert", "all but three": those left out of a set, a part of it."""
    phrases = lx.category(lang, "except")
    return any(first >= len(p) and tuple(s.lows[first - len(p) : first]) == p for p in phrases)
