"""A sentence prepared for the number rules, and the small tests of its context.

`make_sentence` tokenises a sentence once and looks up its measure words, number tokens,
back-reference and source tokens; `enligt.analyze.reading` reads each number of it. The context
tests here look at a few tokens around a number: its clause, a relative clause, a conditional or
rate word, a sentence that opens with the set or the whole a number is a part of. Every look-around
is bounded by `WINDOW` tokens.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import count_words
from enligt.analyze.numbermatch import NumberMatch
from enligt.analyze.sentences import Known, token_bounds
from enligt.analyze.subjects import concept_of, family
from enligt.lang import function_words, profile, table, wordset
from enligt.models import Span

FRONTED: Final = 5  # tokens: the longest sentence opener read as a qualifier of every clause
WINDOW: Final = 25  # tokens: the most any rule looks to either side of a number
CLAUSE_BREAKS: Final = frozenset(",;:()–—\"“”«»")


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """A sentence prepared once for all its numbers."""

    texts: list[str]  # the tokens as written
    lows: list[str]
    index: int  # where the sentence starts in the article text: its identity
    triggers: dict[int, lx.Trigger]  # measure words by start token
    numtoks: frozenset[int]  # tokens that belong to a number
    release: str  # "release"/"return" when the sentence speaks of freed prisoners, else ""
    backref: int  # token where a back-reference ("rör det sig om") starts, or -1
    starts: list[int]  # start offset of each token in the article text
    ends: list[int]  # end offset of each token
    in_source: frozenset[int]  # tokens inside an attribution's source
    causes: tuple[tuple[int, str], ...] = ()  # (token, event) of the words naming what happened
    lang: str = ""

    def __init__(self, texts: list[str], lows: list[str], index: int, triggers: dict[int, lx.Trigger],
                 numtoks: frozenset[int], release: str, backref: int, starts: list[int], ends: list[int],
                 in_source: frozenset[int], causes: tuple[tuple[int, str], ...] = (), lang: str = "") -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "texts", texts)
        object.__setattr__(self, "lows", lows)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "triggers", triggers)
        object.__setattr__(self, "numtoks", numtoks)
        object.__setattr__(self, "release", release)
        object.__setattr__(self, "backref", backref)
        object.__setattr__(self, "starts", starts)
        object.__setattr__(self, "ends", ends)
        object.__setattr__(self, "in_source", in_source)
        object.__setattr__(self, "causes", causes)
        object.__setattr__(self, "lang", lang)

class SourceSpans:
    """The attributions' source spans sorted by start: the ones overlapping a sentence are found by
    bisection, so thousands of records in one article stay linear."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted((sp.start, sp.end) for sp in spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The (start, end) of each source span that overlaps [start, end)."""
        lo = bisect_left(self.starts, start - self.longest)
        return [(a, b) for a, b in self.spans[lo:bisect_left(self.starts, end)] if b > start]


# Prisoners handed over or exchanged ("utlevert 248 krigsfanger", "exchanged 230 prisoners of war") are released;
# a hand-over verb says so of prisoners only, never counts by itself ("20 ansatte har fået udleveret en fyreseddel").
HANDOVER: Final = "handover"
_RELEASES: Final = {"release": "release", "return": "return", HANDOVER: "release"}


def make_sentence(text: str, start: int, end: int, numbers: list[NumberMatch], lang: str,
                  sources: SourceSpans, block: Known | None = None) -> Sentence:
    """Tokenise text[start:end] (or read its tokens from `block`, the tokens of its paragraph) and look
    up its measure words, number tokens, back-reference and source tokens once."""
    starts, ends, texts, lows = _tokens(text, start, end, block)
    found: dict[int, lx.Trigger] = {}
    maybe = lx.may_trigger(lang)
    for k in [k for k, low in enumerate(lows) if maybe(low)]:
        t = lx.trigger_at(lows, k, lang)
        if t is not None:
            found[k] = t
    glued = _glued_suffixes(lang)
    for k in [k for k, low in enumerate(lows) if ("-" in low or (len(low) > 6 and low.endswith(glued))) and k not in found]:
        if "-" in lows[k]:
            t = lx.trigger_at([lows[k].rsplit("-", 1)[1]], 0, lang)  # "Hochwasser-Tote", "terror-dræbte"
            t = t if t is not None and t.kind == "noun" else None
        else:
            t = _glued_trigger(lows[k], glued, lang)  # "skadadesav": a crawl glued "skadades" to "av"
        if t is not None:
            found[k] = lx.Trigger(k, k + 1, t.measure, t.concept, t.kind)
    backref, firsts = -1, lx.first_words(lang, "backref")
    if not firsts.isdisjoint(lows):
        phrases = lx.category(lang, "backref")
        backref = next((k for k, low in enumerate(lows) if low in firsts and (n := lx.phrase_at(lows, k, phrases))
                        and not (k + n < len(lows) and lows[k + n] in _ones(lang))), -1)  # not "the number one buyer"
    release = next((_RELEASES[t.concept] for t in found.values() if t.concept in _RELEASES), "")
    if release and any(t.concept == HANDOVER for t in found.values()):
        found = {k: t for k, t in found.items() if t.concept != HANDOVER}  # no predicate of its own
    near = sources.overlapping(start, end)
    in_source = frozenset(k for lo, hi in near for k in range(bisect_left(starts, lo), bisect_left(starts, hi)))
    numtoks = _covered(starts, ends, numbers)
    only = count_words(lang).counted_only
    if only:  # "one death", "1 fatality": no measure of another count ("two officers received death threats")
        found = {k: t for k, t in found.items() if t.end - t.start > 1 or lows[k] not in only or k - 1 in numtoks}
    return Sentence(texts, lows, start, found, numtoks, release, backref, starts, ends,
                    in_source, _causes(text, start, end, starts, lows, lang), lang)


def _tokens(text: str, start: int, end: int, block: Known | None) -> tuple[list[int], list[int], list[str], list[str]]:
    """Start and end offsets, texts and lower-cased texts of the tokens of text[start:end] (`sentences.tokenize`'s)."""
    ab = block.within(start, end) if block is not None else None
    if block is not None and ab is not None:
        toks = block.toks[ab[0]:ab[1]]
        return block.starts[ab[0]:ab[1]], [t.end for t in toks], [t.text for t in toks], [t.low for t in toks]
    starts, ends = token_bounds(text, start, end)  # the same tokens, without token objects
    texts = [text[starts[k]:ends[k]] for k in range(len(starts))]
    return starts, ends, texts, [t.lower() for t in texts]


def _causes(text: str, start: int, end: int, starts: list[int], lows: list[str], lang: str) -> tuple[tuple[int, str], ...]:
    """(token, event) of the words of the sentence naming what happened ("explosionen" -> "explosion").

    Read from the tokens (a set test of the first three letters each); `lexicon.cause_pattern`, the
    same test on the raw text, decides only where a token can differ from a word of the text: a
    sentence cut inside a word (`numspans.MAX_SENTENCE`), whose first token starts no word."""
    heads = lx.cause_heads(lang)
    causes = tuple((k, _opened_fire(lows, k, c, lang)) for k, low in enumerate(lows)
                   if low[:3] in heads and (c := lx.cause_of(low, lang)))
    if len(causes) == 1 and causes[0][0] == 0 and starts[0] > 0 and (text[starts[0] - 1].isalnum() or text[starts[0] - 1] == "_") \
            and not lx.cause_pattern(lang).search(text, start, end):
        return ()
    return causes


def _opened_fire(lows: list[str], k: int, cause: str, lang: str) -> str:
    """A fire that someone opened ("opened fire", "eröffnete das Feuer") is a shooting."""
    if cause == "fire" and not lx.words_of(lang, "openfire").isdisjoint(lows[max(0, k - 2) : k]):
        return "shooting"
    return cause


def _glued_suffixes(lang: str) -> tuple[str, ...]:
    """`_glued_suffixes_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _GLUED_SUFFIXES_KEPT.get(lang)
    if got is None:
        got = _GLUED_SUFFIXES_KEPT.setdefault(lang, _glued_suffixes_built(lang))
    return got


_GLUED_SUFFIXES_KEPT: Final[dict[str, tuple[str, ...]]] = {}


def _glued_suffixes_built(lang: str) -> tuple[str, ...]:
    """Short prepositions a crawl may glue to the word before ("skadadesav", "killedin")."""
    return tuple(sorted((w for w in wordset(lang, "prepositions") if 2 <= len(w) <= 3 and w.isalpha()), key=len, reverse=True))


def _glued_trigger(low: str, suffixes: tuple[str, ...], lang: str) -> lx.Trigger | None:
    """The measure word a token starts with when a short preposition was glued to its end."""
    for suffix in suffixes:
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            t = lx.trigger_at([stem], 0, lang) if lx.may_trigger(lang)(stem) else None
            if t is not None and t.end == 1:
                return t
    return None


@cache
def _ones(lang: str) -> frozenset[str]:
    """The words for one ("one", "ett", "ein"): "the number one" is a rank, no back-reference."""
    return frozenset(r[0].lower() for r in table(lang, "numbers") if len(r) > 1 and r[1] == "1")


def _covered(starts: list[int], ends: list[int], numbers: list[NumberMatch]) -> frozenset[int]:
    """Indexes of the tokens that overlap any of `numbers`."""
    out: set[int] = set()
    for n in numbers:
        k = max(0, bisect_right(starts, n.num_start) - 1)
        if k < len(ends) and ends[k] <= n.num_start:
            k += 1
        while k < len(starts) and starts[k] < n.end:
            out.add(k)
            k += 1
    return frozenset(out)


def token_range(s: Sentence, n: NumberMatch) -> tuple[int, int]:
    """Token indexes [a, b) of the sentence covering the number itself (not its approximator)."""
    a = max(0, bisect_right(s.starts, n.num_start) - 1)
    if a < len(s.ends) and s.ends[a] <= n.num_start:
        a += 1
    b = a
    while b < len(s.starts) and s.starts[b] < n.end:
        b += 1
    return a, b


def relative_at(s: Sentence, k: int, lang: str) -> bool:
    """Whether a relative clause starts at token k (a clause start): not at the sentence start
    ("Der var 131 passagerer"), nor a German article before its noun (", die Polizei sprach")."""
    if k == 0 or s.lows[k] not in lx.words_of(lang, "relative"):
        return False
    return not (profile(lang).capitalised_nouns and k + 1 < len(s.texts) and s.texts[k + 1][:1].isupper())


def joined_to_count(s: Sentence, a: int, lang: str) -> bool:
    """Whether the number at token a is joined by "and"/"og" to a count just before it ("131
    passengers and three crew members"): staff counted with the others are no workforce."""
    c = a - 1
    while c > 0 and (c in s.numtoks or s.lows[c] in _approximators(lang)):
        c -= 1  # past an approximator of the number ("und rund 25")
    return c >= 2 and s.lows[c] in lx.words_of(lang, "conj") and any(
        k in s.numtoks for k in range(max(0, c - JOINED_REACH + 1), c))  # ("30 Patient*innen und 25 …": five tokens)


JOINED_REACH = 6  # tokens back from a count to the count it is joined to


@cache
def _approximators(lang: str) -> frozenset[str]:
    return wordset(lang, "approx")


def other_measure_before(s: Sentence, a: int, measure: str) -> bool:
    """Whether the figure just before in the sentence counted another measure ("Fyra dödades och
    ytterligare 15 skadades": the 15 are more people, not more of the injured)."""
    prev = next((k for k in range(a - 1, max(-1, a - WINDOW), -1) if k in s.numtoks), -1)
    return prev >= 0 and any(t.measure != measure for k, t in s.triggers.items() if prev < k < a)


def counted_years(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether a number that looks like a year (or two) counts people or things: a counted noun follows
    and no preposition of time comes before ("1800 bis 2000 Teilnehmer", "2000 Menschen"; not "in 2020")."""
    trig = s.triggers.get(b)
    if b >= len(s.lows):
        return False
    if trig is not None and trig.kind == "verb":  # "2020 brachte …": a year; "1900 uten strøm": people in a state
        return s.lows[b] in lx.words_of(lang, "without") and (a == 0 or s.lows[a - 1] not in _time_words(lang))
    if not (concept := concept_of(s.lows[b], lang) or (trig.concept if trig is not None else "")):
        return False  # "omkring 2000 lig": a measure noun counts too
    if a > 0 and s.lows[a - 1] in lx.words_of(lang, "det") and family(concept) != "person":
        return False  # "the 2012 attacks", "the 2016 elections": a year names them
    if a > 0 and s.lows[a - 1].endswith(("'s", "’s", "'", "’")):
        return False  # "TIME's 2024 Person of the Year", "the party's 2019 candidates": a year names them
    if a >= 2 and s.lows[a - 1] == "," and (a - 2) in s.numtoks:
        return False  # "the March 4, 2019 attacks": the year of a date
    return a == 0 or not s.lows[a - 1].isalpha() or s.lows[a - 1] not in _time_words(lang)


@cache
def _time_words(lang: str) -> frozenset[str]:
    """Words that put a year in time: "i/in/im 2020", "sedan/since 2018", "under 2022", "år 2000"."""
    return lx.words_of(lang, "place") | lx.words_of(lang, "since") | lx.first_words(lang, "period", "time") | wordset(
        lang, "prepositions")


@dataclass(frozen=True, slots=True, init=False)
class Head:
    """The counted noun phrase after a number: tokens [start, end), its head, subset flag, nationality."""

    start: int
    end: int
    head: int | None
    subset: bool
    nationality: str

    def __init__(self, start: int, end: int, head: int | None, subset: bool, nationality: str) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "head", head)
        object.__setattr__(self, "subset", subset)
        object.__setattr__(self, "nationality", nationality)

def opens_whole(s: Sentence, a: int, head: Head, lang: str) -> bool:
    """Whether "Von 21 Drohnen …", "Of 40 drones launched, …" opens the sentence and another number
    follows in it: the whole a part is taken from."""
    return a == 1 and any(k in s.numtoks for k in range(head.end, min(len(s.lows), head.end + WINDOW)))


def missing_found(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether the number's clause says the missing were found or reached."""
    lo, hi = clause(s, a, b)
    return not lx.words_of(lang, "found").isdisjoint(s.lows[lo:hi])


DAILY_REACH: Final = 4  # tokens after the counted phrase (or before the number) where "every day" makes a rate


DAILY_CLAUSE: Final = 12  # tokens after the counted phrase, within its clause, where a rate word closing it still counts


def daily(s: Sentence, a: int, end: int, lang: str) -> bool:
    """Whether "every day", "om dagen", "täglich" stands right around the number's clause."""
    firsts = lx.first_words(lang, "daily")
    hi = max(min(clause(s, a, end)[1], end + DAILY_CLAUSE), end + DAILY_REACH)  # "100 Tote an der Front im Donbass jeden Tag"
    near = [k for k in [*range(max(0, a - 3), a), *range(end, min(len(s.lows), hi))] if s.lows[k] in firsts]
    if any(lx.phrase_at(s.lows, k, lx.category(lang, "daily")) for k in near):
        return True
    if _per_unit(s, end, hi, lang):
        return True
    lo = clause(s, a, a + 1)[0]  # "… falt hver dag, og at 500 ble såret": the clause joined to a rate is one too
    if lo < 2 or s.lows[lo] not in lx.words_of(lang, "conj") or s.lows[lo - 1] != ",":
        return False
    prev = clause(s, lo - 2, lo - 1)[0]
    return any(s.lows[k] in firsts and lx.phrase_at(s.lows, k, lx.category(lang, "daily")) for k in range(prev, lo - 1))


def _per_unit(s: Sentence, end: int, hi: int, lang: str) -> bool:
    """Whether "a day", "om året", "am Tag" (`per_unit`) follows the counted phrase and no "after", "later",
    "nach" (`per_unit_not`) follows it: "5,000 vehicles a day" is a rate, "died a day after the attack" is none."""
    units = lx.category(lang, "per_unit")
    if not units:
        return False
    firsts = lx.first_words(lang, "per_unit")
    for k in range(end, min(len(s.lows), hi)):
        if s.lows[k] in firsts and (n := lx.phrase_at(s.lows, k, units)):
            return k + n >= len(s.lows) or s.lows[k + n] not in lx.words_of(lang, "per_unit_not")
    return False


def fronted_part(s: Sentence, a: int, lang: str) -> bool:
    """Whether the sentence opens with the set the number is a part of: "Of the deaths, 17,388 were
    reported in Kashmir", "Av de skadade, två …" (the first number of the clause after the opener). The
    set may give its figure after a noun ("Of its toll of 3,000, it said 2,000 were …"), not open with
    it ("Von 21 Drohnen …, seien 16 abgeschossen": the whole of `opens_whole`)."""
    of = lx.words_of(lang, "of")
    if not s.lows or s.lows[0] not in of or s.lows[0] in wordset(lang, "determiners"):
        return False  # "Der Präsident sagt, 3000 Soldaten …": an article (German "der" is also "of"), no set
    opener = next((k for k in range(1, min(a, FRONTED + 1)) if s.lows[k] == ","), -1)
    return opener > 0 and a - opener <= 3 and not any(
        k in s.numtoks and not (k > 1 and s.lows[k - 1] in of) for k in range(opener))


def clause(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """Token range of the clause around tokens [a, b), at most `WINDOW` tokens either side; the
    comma of another number ("42,397") is no clause break."""
    lo, floor = a, max(0, a - WINDOW)
    while lo > floor and (s.lows[lo - 1] not in CLAUSE_BREAKS or lo - 1 in s.numtoks):
        lo -= 1
    hi, ceil = b, min(len(s.lows), b + WINDOW)
    while True:
        while hi < ceil and (s.lows[hi] not in CLAUSE_BREAKS or hi in s.numtoks):
            hi += 1
        if hi < ceil and s.lows[hi] == "," and s.in_source and (after := _inserted_source(s, hi, ceil)):
            hi = after + 1  # "27 people, police said, were hurt in Kyiv": the clause goes on
            continue
        if hi < ceil and s.lows[hi] == "," and hi > b and (after := _inserted_adverbial(s, hi, ceil)):
            hi = after + 1  # "3000 husstande er, kort før jul, uden strøm": the predicate after it
            continue
        if hi < ceil and s.lows[hi] == "," and hi > b and (after := _degree_contrast(s, hi, ceil)):
            hi = after + 1  # "tre ble hardt, men ikke kritisk skadd": one predicate, two degrees
            continue
        return lo, min(hi, ceil)


def _inserted_adverbial(s: Sentence, k: int, ceil: int) -> int:
    """The closing comma of a phrase with no number or measure word set off after an auxiliary ("3000
    husstande er, kort før jul, uden strøm") or before one a measure word follows ("60 residents of the park
    near X, south of Y, were evacuated"); not an apposition of the counted ("five others, all of them …")."""
    w = count_words(s.lang) if s.lang and k + 2 < ceil else None
    if w is None or s.lows[k + 1] in w.partof_first or s.lows[k + 1] in w.all:
        return 0
    for j in range(k + 1, min(ceil - 2, k + INSERTED + 4)):
        if j in s.numtoks or j in s.triggers or s.lows[j] in CLAUSE_BREAKS:
            return j if s.lows[j] == "," and j > k + 1 and ((s.lows[k - 1] in w.aux and j + 1 in s.triggers) or (
                s.lows[j + 1] in w.aux and j + 2 in s.triggers)) else 0
    return 0


def _degree_contrast(s: Sentence, k: int, ceil: int) -> int:
    """The last token to skip when the comma at token k sets a severity word against a negated one before the
    predicate ("ble hardt, men ikke kritisk skadd", "wurden schwer, aber nicht lebensgefährlich verletzt",
    "were seriously, but not fatally, injured"; `butnot` in `count_words.tsv`), else 0."""
    if not s.lang or k < 1 or s.lows[k - 1] not in lx.words_of(s.lang, "severity"):
        return 0
    n = lx.phrase_at(s.lows, k + 1, lx.category(s.lang, "butnot")) if k + 1 < ceil else 0
    j = k + 1 + n
    if not n or j >= ceil or j in s.numtoks or s.lows[j] in CLAUSE_BREAKS:
        return 0
    return j + 1 if j + 1 < ceil and s.lows[j + 1] == "," else j  # "…, but not fatally, injured": its closing comma


INSERTED: Final = 7  # tokens: the longest source set off by commas inside a clause ("…, so schätzte Martina Neubner, …")


def _inserted_source(s: Sentence, k: int, ceil: int) -> int:
    """The closing comma when the comma at token k opens a source set off by commas ("1800
    Teilnehmer, so schätzte Martina Neubner, waren auf dem Neumarkt", "27 people, police said, were
    hurt in Kyiv": the clause goes on after it), else 0."""
    src = s.in_source
    if s.lows[k] != "," or not (k + 1 in src or k + 2 in src or k + 3 in src):
        return 0  # the source opens right after the comma ("police said", "so schätzte Martina Neubner")
    for j in range(k + 1, min(ceil, k + INSERTED + 1)):
        if j - 1 in s.in_source and j not in s.in_source and s.lang and s.lows[j] in count_words(s.lang).aux:
            return j - 1  # no closing comma: "…, so schätzte Martina Neubner waren dann …"
        if s.lows[j] in CLAUSE_BREAKS:
            return j if s.lows[j] == "," and j + 1 < len(s.lows) and s.texts[j + 1][:1].isalpha() and any(
                i in s.in_source for i in range(k + 1, j)) else 0
    return 0


def counted_one(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether a lone "one" counts: a counted noun or a measure noun follows ("One dead", "one person
    was killed") and no determiner or negation stands before it ("no one", "the one", "every one")."""
    if b >= len(s.lows) or (a > 0 and (s.lows[a - 1] in lx.words_of(lang, "det") or s.lows[a - 1] in lx.words_of(lang, "noone"))):
        return False
    if b + 1 < len(s.lows) and s.lows[b] in count_words(lang).extra_after:
        b += 1  # "one more passenger injured": the noun after "more"
    t = s.triggers.get(b)
    return (t is not None and t.kind == "noun") or bool(concept_of(s.lows[b], lang)) or _listed_one(s, a, b, lang) or (
        a > 0 and s.lows[b] in count_words(lang).reason and (s.lows[a - 1] == "," or s.lows[a - 1] in count_words(lang).conj))
    # "five for theft, one for assault": a gapped item of a list of counts (`numgapped`)


def _listed_one(s: Sentence, a: int, b: int, lang: str) -> bool:
    """A "one" joined by "and" to counts before it, with a predicate of its own: "five soldiers were
    killed, six wounded and one was captured"."""
    w = count_words(lang)
    if a == 0 or s.lows[a - 1] not in w.conj or not any(j in s.numtoks for j in range(max(0, a - WINDOW), a - 1)):
        return False
    k = b
    while k < min(len(s.lows), b + 3) and s.lows[k] in w.aux:
        k += 1
    t = s.triggers.get(k)
    return t is not None and t.kind == "verb"


WEAK: Final = frozenset({"hit", "victim", "clinic", "hospital"})  # events that a coordinated predicate may say more of
_CARE: Final = frozenset({"clinic", "hospital"})  # taken for care: the wounds named right after say what befell them


def stronger_pair(s: Sentence, t: lx.Trigger, lang: str) -> lx.Trigger:
    """The predicate coordinated with a weak one ("getroffen und teilweise zerstört", "hit and
    destroyed", "truffet og ødelagt"): what befell the counted, rather than that it was hit; and a
    wound that killed ("stabbed to death", "knivhuggen till döds")."""
    k = t.end
    right = s.triggers.get(k)
    if t.measure == "wounded":  # "stabbed to death", "knivhuggen till döds": killed
        return right if right is not None and right.measure == "killed" and right.kind == "verb" else t
    if t.concept in _CARE:  # "sendt til legevakten med lettere skader", "fraktet til sykehus med skader": the wounded
        nxt = next((s.triggers[j] for j in range(k, min(len(s.lows), k + 4)) if j in s.triggers), None)
        return nxt if nxt is not None and nxt.measure == "wounded" else t
    if k >= len(s.lows) or s.lows[k] not in lx.words_of(lang, "conj"):
        return t
    for j in range(k + 1, min(len(s.lows), k + 4)):
        other = s.triggers.get(j)
        if other is not None:
            return other if other.measure != "other" else t
        if not s.texts[j][:1].isalpha():
            break
    return t


def described_by(s: Sentence, head: Head, lang: str) -> int:
    """The end of a relative clause set off by a comma right after the counted noun ("3.428
    Demonstrierenden, die … getötet worden seien"): it says what befell them, so its predicate is
    the number's. 0 when there is none."""
    k, relative = head.end, count_words(lang).relative
    if head.head is None or k + 1 >= len(s.lows) or s.lows[k] != "," or s.lows[k + 1] not in relative:
        return 0
    return clause(s, k + 1, k + 2)[1]


def joined_adjectives(s: Sentence, k: int, lang: str) -> bool:
    """Whether the "and" at token k joins two adjectives before a counted noun: no noun before it (a
    capitalised word in German: "3 Umspannwerke und eine Leitung"), no article, pronoun or number after."""
    if k + 1 >= len(s.lows) or k + 1 in s.numtoks or s.lows[k + 1] in count_words(lang).det:
        return False
    if s.lows[k + 1] in function_words(lang, "indefinite"):
        return False
    return not (profile(lang).capitalised_nouns and s.texts[k - 1][:1].isupper())
