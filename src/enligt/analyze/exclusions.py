"""Numbers that count nothing: rule 1 of `enligt.analyze.quantities`.

`excluded` looks at a few tokens around a number of a `Sentence`: times, dates, years, ordinals,
labels ("väg 83"), money and units (`not_countable.txt`), ages in apposition ("Pell, 56,", "The men,
19 and 23,"), numbers inside a source, ratios, possessives, the old value of a change given after
the new one ("rose to 40 from 31"), and a lone English "one" with no counted noun after it.
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import CountWords, count_words
from enligt.analyze.numbermatch import ONE, YEARS, NumberMatch
from enligt.analyze.numsentence import WINDOW, Sentence, SourceSpans, clause, counted_one, counted_years
from enligt.analyze.subjects import PEOPLE, concept_of
from enligt.lang import function_words, profile, table

_CURRENCY_SIGNS: Final = frozenset("$£€¥")
_RANGE_GAP: Final = 4  # tokens after "between N" where the other end of a range would stand


def excluded(s: Sentence, a: int, b: int, n: NumberMatch, lang: str, sources: SourceSpans) -> bool:
    """Whether the number at tokens [a, b) is no count: see rule 1 of `enligt.analyze.quantities`."""
    if (n.blocked and n.blocked not in (YEARS, ONE)) or n.value <= 0 or not float(n.value).is_integer():
        return True
    if n.blocked == ONE and not counted_one(s, a, b, lang):
        return True
    core = s.texts[a]
    w = count_words(lang)
    if (n.blocked == YEARS or (not n.words and b - a == 1 and len(core) == 4 and core.isdigit()
                               and 1800 <= n.value <= 2100)) and not counted_years(s, a, b, lang):
        return True  # a year
    if a in s.in_source:
        return True  # "three diplomats told Reuters"
    if b + 1 < len(s.lows) and s.lows[b] in w.ratio and (b + 1) in s.numtoks:
        return True  # "8 in 10 voters": a ratio
    prev = s.lows[a - 1] if a > 0 else ""
    if prev in w.ratio and a >= 2 and (a - 2) in s.numtoks:
        return True  # "one in 45 children", "two in three voters": the whole of a ratio
    if _old_value(s, a, w):
        return True  # "rose to 40 from 31", "steget til 40, opp fra 31": the figure before the change
    if prev in w.possessive and not _own_staff_laid_off(s, a, b, lang):
        return True  # "its two Scottish yards": a standing count of what someone has
    if any(s.lows[k] in w.age for k in range(max(0, a - 4), a)):
        return True  # "aged between 17 and 20", "i åldern 20 till 30"
    if n.high is None and prev in lx.words_of(lang, "between") and not any(k in s.numtoks for k in range(b, b + _RANGE_GAP)):
        return True  # "21 homes between two schools", "mellan två skolor": a place, no range and no count
    if s.lows[a] in lx.words_of(lang, "emergency_number") and _dialled(s, a, b, lang):
        return True  # "Police received 911 calls", "call 911", "ringa 112": the emergency number, no count of calls
    if not n.words and _model_number(s, a, w, lang):
        return True  # "its Boeing 737 jets", "12 Leopard 2 tanks": a model's name, no count
    if not n.words and _street_number(s, b, lang):
        return True  # "at 63 Elm Street", "12 North Main St.": a house number, no count
    if prev in w.labels and not (s.backref >= 0 and 0 <= a - 1 - s.backref <= 3) and not _people_after(s, b, lang):
        return True  # "um 14 Uhr", "väg 83"; not the "um" of "handelt es sich um 300"
    if prev in w.months or prev in _CURRENCY_SIGNS or prev in w.rate:
        return True
    if prev == "." and a >= 2 and s.lows[a - 2] in w.month_forms:
        return True  # "Nov. 15": a date
    if prev in w.month_forms and s.texts[a - 1][:1].isupper() and not n.words and n.value <= 31:
        return True  # "Araria, Nov 22 (PTI)": a date after a capitalised month abbreviation
    if (prev,) in w.currency:
        return True
    if a >= 2 and prev in w.det and s.lows[a - 2] in w.of:
        return True  # "9 av de 143 fallen": 143 restates a figure
    if a >= 2 and prev in w.det and s.lows[a - 2] in w.place:
        return True  # "Ved de tre skyderier blev …", "in the two shootings": a set the text knows, no figure given
    if b + 1 < len(s.lows) and s.lows[b] in w.clock_first and lx.phrase_at(s.lows, b, w.clock):
        return True  # "efter 21 på kvällen", "at 9 in the evening": an hour
    nxt = _next_word(s, b, lang)
    if nxt and (lx.is_not_countable(nxt, lang) or nxt in w.months):
        return True
    if nxt in w.areas and prev in w.place:
        return True  # "in sieben Städten", "i 15 kommuner", "in 42 prisons": the places an event spread over
    if nxt in w.month_forms and not n.words and n.value <= 31:
        return True  # "22 nov (TT)": a date before a month abbreviation
    after = s.lows[b] if b < len(s.lows) else ""
    # "Pell, 56, of"; "(56)"; "from 2018 (253 deaths) to 2022", "(including more than 1,100 participants)":
    # a parenthesis annotates, it claims nothing
    if (prev == "," and after in (",", ")")) or prev == "(" or _numbers_apart(s, a, b, lang):
        return True
    if "(" not in s.lows[max(0, a - WINDOW) : a]:
        return False
    lo = clause(s, a, b)[0]
    return lo > 0 and s.lows[lo - 1] == "("


_STAFF: Final = frozenset({"employee", "worker", "job"})


def _own_staff_laid_off(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether a possessive workforce is what a layoff word of its clause strikes ("har varslet sine 300
    ansatte", "laid off its 120 workers"): all of one's staff laid off is a count of the layoff, no standing total."""
    if b >= len(s.lows) or concept_of(s.lows[b], lang) not in _STAFF:
        return False
    lo, hi = clause(s, a, b)
    return any(t.concept == "layoff" for k, t in s.triggers.items() if lo <= k < hi)


def _old_value(s: Sentence, a: int, w: CountWords) -> bool:
    """Whether "from" ("från tidigare", "fra", "von") before the number follows a new figure of the
    sentence: the old value of a change given after the new one."""
    k = a - 1
    if k >= 1 and s.lows[k] in w.earlier:
        k -= 1
    if k < 1 or s.lows[k] not in w.rangefrom:
        return False
    to = w.changes_to
    return any(j in s.numtoks and not s.lows[j - 1][:1].isdigit() and to & set(s.lows[max(0, j - 3) : j])
               for j in range(max(1, k - 6), k))  # "rose to 40 from 31", not "sprach von 3000, … von 20000"


def _model_number(s: Sentence, a: int, w: CountWords, lang: str) -> bool:
    """Whether digits follow a capitalised name that a number, or (where only names are capitalised) a
    determiner or possessive, opens: the name of a model ("12 Leopard 2 tanks", "its Titan 6500 systems",
    "the Boeing 737 jets"), not "the Red Cross 40 people" nor "die Polizei 300 Menschen"."""
    if a < 2 or not s.texts[a - 1][:1].isupper() or not s.texts[a - 1].isalpha():
        return False
    opener = s.lows[a - 2]
    if (a - 2) in s.numtoks:
        return True
    return not profile(lang).capitalised_nouns and (opener in w.det or opener in w.possessive)


STREET_REACH: Final = 3  # capitalised words of a street's name between a house number and its street noun


def _street_number(s: Sentence, b: int, lang: str) -> bool:
    """Whether digits are followed by a capitalised name and a street noun (`street` in `count_words.tsv`: "63
    Elm Street", "75 and 77 Hill Road"): the number of a house, where the language writes it before the street."""
    streets = lx.words_of(lang, "street")
    if not streets:
        return False
    k = b
    while k < min(len(s.texts), b + STREET_REACH) and s.texts[k][:1].isupper() and s.lows[k] not in streets:
        k += 1
    return b < k < len(s.texts) and s.lows[k] in streets and s.texts[k][:1].isupper()


def _numbers_apart(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether the number stands with others set apart by commas ("The men, 19 and 23, were
    arrested", "Männen, 19 och 23, greps"): ages in apposition."""
    lo, hi = clause(s, a, b)
    if lo == 0 or s.lows[lo - 1] != "," or hi >= len(s.lows) or s.lows[hi] not in (",", ")") or hi - lo < 3:
        return False
    conj = lx.words_of(lang, "conj")
    return all(k in s.numtoks or s.lows[k] in conj for k in range(lo, hi))


PEOPLE_REACH: Final = 3  # tokens after a number searched for the noun of the people it counts


def _dialled(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether an emergency number at tokens [a, b) is dialled: a word of calls after it ("911 calls", "die 110
    wählen") or a verb of calling or the line's name right before it ("call 911", "ringe 112", "Notruf 112")."""
    return (b < len(s.lows) and s.lows[b] in lx.words_of(lang, "emergency_next")) or (
        a >= 1 and s.lows[a - 1] in lx.words_of(lang, "emergency_before"))


def _people_after(s: Sentence, b: int, lang: str) -> bool:
    """Whether a noun of people follows the number within `PEOPLE_REACH` tokens (adjectives between): a label word
    that is also a verb ("tog 12 russiske soldater til fange": took, not train 12) then counts them."""
    for k in range(b, min(len(s.lows), b + PEOPLE_REACH)):
        if (c := concept_of(s.lows[k], lang)) in PEOPLE or c in _PEOPLE:
            return True
        if not s.lows[k].isalpha():
            return False
    return False


_PEOPLE: Final = frozenset({"soldier", "child"})  # people besides `subjects.PEOPLE`


def _next_word(s: Sentence, b: int, lang: str) -> str:
    """The word after the number, looking past a range ("4 och 91 år", "tjugo, trettio år")."""
    k = b
    if k + 1 < len(s.lows) and s.lows[k] in count_words(lang).range and (k + 1) in s.numtoks:
        k += 1
        while k < len(s.lows) and k in s.numtoks:
            k += 1
    fraction = _fraction_words(lang)
    j = k
    while j < min(len(s.lows), k + 3) and s.lows[j] in fraction:
        j += 1
    if j > k and j < len(s.lows) and s.lows[j - 1] in _halves(lang):
        k = j  # "to et halvt år", "two and a half years": a duration
    w = count_words(lang)
    if k + 1 < len(s.lows) and (s.lows[k] in w.extra or s.lows[k] in w.extra_after):
        k += 1  # "15 extra minutes", "zehn weitere Minuten": the unit after "extra"
    return s.lows[k] if k < len(s.lows) else ""


@cache
def _halves(lang: str) -> frozenset[str]:
    """The fraction words of `numbers.tsv` ("halvt", "half")."""
    return frozenset(w for r in table(lang, "numbers") if len(r) > 2 and r[2] == "frac" for w in r[0].lower().split())


def _fraction_words(lang: str) -> frozenset[str]:
    """`_fraction_words_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _FRACTION_WORDS_KEPT.get(lang)
    if got is None:
        got = _FRACTION_WORDS_KEPT.setdefault(lang, _fraction_words_built(lang))
    return got


_FRACTION_WORDS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _fraction_words_built(lang: str) -> frozenset[str]:
    """Words of "and a half" after a number: fraction words, indefinite articles, "and"."""
    return _halves(lang) | function_words(lang, "indefinite") | lx.words_of(lang, "conj")
