"""The numeral one where an article word writes it: "at least one", "en av dem", "two soldiers and a civilian".

`with_ones` adds to the numbers found the ones an indefinite article hides: after an "at least"
phrase, before a partitive ("einer der"), coordinated with a counted noun ("tre politibetjenter og
en sivil"), and, where the profile says the word is never an article (English "one"), a lone "one"
blocked `ONE` for the reader to count when a counted noun follows. From `count_words.tsv`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numbermatch import ONE, NumberMatch
from enligt.lang import function_words, profile, table
from enligt.lang.subjects import concept_of


def with_ones(found: list[NumberMatch], text: str, lang: str, low: str | None) -> list[NumberMatch]:
    """`found` with the ones an article word hides: "at least one", "mindestens ein", "minst en"
    (`count_words.tsv` `atleast` before a word of `one`) count one; where the profile says the word
    is never an article (`lone_one`: English "one"), a lone "one" is kept, blocked `ONE`, for the
    reader to count when a counted noun follows."""
    patterns = _ones_patterns(lang)
    if patterns is None:
        return found
    low = text.lower() if low is None or len(low) != len(text) else low
    starts = [n.start for n in found]
    extra: list[NumberMatch] = [NumberMatch(start, end, 1.0, False, text[start:end], start, True)
                                for start, end in _partitive_ones(low, lang)
                                if not ((k := bisect_left(starts, end)) > 0 and found[k - 1].end > start)]
    extra += [n for n in _coordinated_ones(found, low, text, lang) + _changed_to_ones(found, low, text, lang)
              + _leading_ones(found, low, text, lang) + _gapped_ones(low, text, lang)
              if not ((k := bisect_left(starts, n.end)) > 0 and found[k - 1].end > n.start)]  # "… og en sivil"
    partitive = {n.start for n in extra}
    for start, num_start, end in _one_matches(low, patterns[0], patterns[1]):
        k = bisect_left(starts, end)
        if (k > 0 and found[k - 1].end > start) or num_start in partitive:
            continue  # "at least one thousand": a number already
        least = start != num_start
        extra.append(NumberMatch(start, end, 1.0, least, text[start:end], num_start, True, "" if least else ONE))
    if not extra:
        return found
    return sorted(found + extra, key=lambda n: n.start)


def _coordinated_ones(found: list[NumberMatch], low: str, text: str, lang: str) -> list[NumberMatch]:
    """The article of a noun joined by "og"/"and"/"und" to a number's noun: the numeral one ("tre
    politibetjenter og en sivil", "two soldiers and a civilian"), read by an anchored match after
    each number."""
    pattern = _coordinated_pattern(lang)
    out: list[NumberMatch] = []
    for n in found:
        m = pattern.match(low, n.end) if n.value > 1 and not n.blocked else None
        if m is not None:
            out.append(NumberMatch(m.start("one"), m.end("one"), 1.0, False, text[m.start("one"):m.end("one")],
                                   m.start("one"), True))
    return out


LEAD_REACH = 120  # characters before a number searched for a one told first ("ein Mensch … getötet und sechs")


def _leading_ones(found: list[NumberMatch], low: str, text: str, lang: str) -> list[NumberMatch]:
    """The article of a person noun whose own clause, told first, is joined by "and" or a comma to a
    number ("en person drept og tre såret", "ein Mensch wurde getötet und mindestens sechs verletzt",
    "eine Person … getötet, fünf weitere wurden verwundet"): the numeral one. The one's clause needs a
    word of its own between the noun and the join, and no article or possessive ("a man shot his wife
    and two children" tells of no one counted)."""
    pattern, nouns, stops = _leading_pattern(lang)
    out: list[NumberMatch] = []
    for n in found:
        if n.value <= 1 or n.blocked:
            continue
        if not _joined_before(low, max(0, n.start - LEAD_REACH), n.start, lang):
            continue  # no comma or "and" right before the number: the pattern, which ends in one, need not search
        m = pattern.search(low, max(0, n.start - LEAD_REACH), n.start)
        if m is None or not _person(m.group("noun"), nouns) or any(w in stops for w in m.group("mid").split()):
            continue
        out.append(NumberMatch(m.start("one"), m.end("one"), 1.0, False, text[m.start("one"):m.end("one")],
                               m.start("one"), True))
    return out


_GAP_CHARS: Final = " \t\u00a0"  # the characters of the leading pattern's `gap`


def _joined_before(low: str, lo: int, end: int, lang: str) -> bool:
    """Whether `low[lo:end]` ends (as `$` reads it: also before a last newline) in a comma or a word of `number_and`
    and then a gap: what `_leading_pattern` needs there (a cheap test before its search)."""
    for stop in (end, end - 1) if end > lo and low[end - 1] == "\n" else (end,):
        k = stop
        while k > lo and low[k - 1] in _GAP_CHARS:
            k -= 1
        if k < stop and (low.endswith(",", lo, k) or low.endswith(_joins(lang), lo, k)):
            return True
    return False


def _joins(lang: str) -> tuple[str, ...]:
    """`_joins_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _JOINS_KEPT.get(lang)
    if got is None:
        got = _JOINS_KEPT.setdefault(lang, _joins_built(lang))
    return got


_JOINS_KEPT: Final[dict[str, tuple[str, ...]]] = {}


def _joins_built(lang: str) -> tuple[str, ...]:
    """The words of `number_and` without trailing gap characters (as they end before the gap)."""
    return tuple(w.rstrip(_GAP_CHARS) for w in sorted(function_words(lang, "number_and")))


def _person(word: str, nouns: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Whether `word` is a noun of a person (`subjects.tsv` concept `person`; a trailing `*` is any ending)."""
    return word in nouns[0] or word.startswith(nouns[1])


@cache
def _leading_pattern(lang: str) -> tuple[re.Pattern[str], tuple[frozenset[str], tuple[str, ...]], frozenset[str]]:
    """An indefinite article, a noun, one to eight words with no punctuation and "and" or a comma, ending
    where the number begins; the person nouns of `lang`; the words that open another noun phrase."""
    conj = "|".join(re.escape(w) for w in sorted(function_words(lang, "number_and"), key=len, reverse=True)) or "(?!)"
    ones = "|".join(re.escape(w) for w in sorted(function_words(lang, "indefinite"), key=len, reverse=True)) or "(?!)"
    gap = r"[ \t\u00a0]+"
    pattern = re.compile(rf"(?<![\w-])(?P<one>{ones}){gap}(?P<noun>[^\W\d_]+)(?P<mid>(?:{gap}[^\W\d_]+){{1,8}})"
                         rf"(?:[ \t\u00a0]*,|{gap}(?:{conj})){gap}$")
    words = [r[0].lower() for r in table(lang, "subjects") if len(r) > 1 and r[1] == "person"]
    nouns = (frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*")))
    rows = table(lang, "count_words")
    stops = function_words(lang, "indefinite") | frozenset(
        r[1].lower() for r in rows if len(r) > 1 and r[0] == "possessive")
    return pattern, nouns, stops


def _changed_to_ones(found: list[NumberMatch], low: str, text: str, lang: str) -> list[NumberMatch]:
    """The article after the "to" of a change from a number ("räknat ner de saknade från fem till en",
    "von drei auf einen"): the numeral one, the new value (the old one is then no count)."""
    words = _change_words(lang)
    if words is None:
        return []
    before, after = words
    out: list[NumberMatch] = []
    for n in found:
        m = after.match(low, n.end) if not n.blocked else None
        if m is not None and before.search(low, max(0, n.start - 8), n.start):
            out.append(NumberMatch(m.start("one"), m.end("one"), 1.0, False, text[m.start("one"):m.end("one")],
                                   m.start("one"), True))
    return out


@cache
def _change_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A "from" word right before a number (`rangefrom`), and "to" (`changeto`) and an article after it."""
    rows = table(lang, "count_words")
    froms = [re.escape(r[1]) for r in rows if len(r) > 1 and r[0] == "rangefrom"]
    tos = [re.escape(r[1]) for r in rows if len(r) > 1 and r[0] == "changeto"]
    ones = [re.escape(w) for w in sorted(function_words(lang, "indefinite"), key=len, reverse=True)]
    if not froms or not tos or not ones:
        return None
    gap = r"[ \t\u00a0]+"
    return (re.compile(rf"\b(?:{'|'.join(froms)}){gap}$"),
            re.compile(rf"{gap}(?:{'|'.join(tos)}){gap}(?P<one>(?:{'|'.join(ones)}))(?![\w-])"))


@cache
def _coordinated_pattern(lang: str) -> re.Pattern[str]:
    """A word, "and" (`number_and`), an indefinite article and the start of a word."""
    conj = "|".join(re.escape(w) for w in sorted(function_words(lang, "number_and"), key=len, reverse=True)) or "(?!)"
    ones = "|".join(re.escape(w) for w in sorted(function_words(lang, "indefinite"), key=len, reverse=True)) or "(?!)"
    gap = r"[ \t\u00a0]+"
    return re.compile(rf"{gap}[^\W\d_]+{gap}(?:{conj}){gap}(?P<one>(?:{ones})){gap}(?=[^\W\d_])")


def _partitive_ones(low: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each article word that a partitive makes the numeral one ("en av dem", "einer
    der", `count_words.tsv` `oneof`: the phrase with its word for one first), found with `str.find`."""
    out: list[tuple[int, int]] = []
    for phrase, at, one in _oneof(lang):
        last = at + one == len(phrase)  # "den ena": the one of a pair, unless a noun follows ("det ena fallet")
        i = low.find(phrase)
        while i >= 0:
            end = i + len(phrase)
            if (i == 0 or not low[i - 1].isalnum()) and (end == len(low) or not low[end].isalnum()) and not (
                    last and _noun_next(low, end, lang)):
                out.append((i + at, i + at + one))
            i = low.find(phrase, end)
    return sorted(out)


def _noun_next(low: str, end: int, lang: str) -> bool:
    """Whether a counted noun follows `end` ("den ene personen", "det ena fallet", "den ena bilen"): the phrase
    before it is a determiner ("the one car"), no numeral that counts."""
    m = _WORD.match(low, end)
    return m is not None and bool(concept_of(m.group(1), lang)) and lx.trigger_at([m.group(1)], 0, lang) is None  # "den ene døde"


_WORD: Final = re.compile(r"\s+(\w+)")


@cache
def _oneof(lang: str) -> tuple[tuple[str, int, int], ...]:
    """The `oneof` phrases of `lang` with the offset and length of their word for one: the first word,
    or the article word after a partitive word ("varav en", "hvorav en"); in a `oneof_last` phrase the last
    word ("den ene", "den ena": the one of a pair just counted)."""
    articles = function_words(lang, "indefinite")
    out: list[tuple[str, int, int]] = []
    for r in table(lang, "count_words"):
        if len(r) > 1 and r[0] in ("oneof", "oneof_last") and r[1]:
            words = r[1].lower().split()
            k = len(words) - 1 if r[0] == "oneof_last" else next((j for j, w in enumerate(words) if j and w in articles), 0)
            out.append((" ".join(words), sum(len(w) + 1 for w in words[:k]), len(words[k])))
    return tuple(out)


def _one_matches(low: str, least: re.Pattern[str], lone: re.Pattern[str] | None) -> list[tuple[int, int, int]]:
    """(start, start of the word for one, end) of each "at least one" (`least`) and, with `lone`, each
    lone "one", left to right and not overlapping: the matches of the one pattern "(at least )?one"
    would give, found by two patterns that each open with literal text (the regex engine skips to it)."""
    out: list[tuple[int, int, int]] = []
    a = least.search(low)
    b = lone.search(low) if lone is not None else None
    while a is not None or b is not None:
        if a is not None and (b is None or a.start() <= b.start()):
            out.append((a.start(), a.start("one"), a.end()))
            pos = a.end()
        elif b is not None:
            out.append((b.start(), b.start(), b.end()))
            pos = b.end()
        if a is not None and a.start() < pos:
            a = least.search(low, pos)
        if b is not None and lone is not None and b.start() < pos:
            b = lone.search(low, pos)
    return out


@cache
def _ones_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """"at least one" (an `atleast` phrase before a word of `one`), and a lone "one" where it is never an article."""
    rows = table(lang, "count_words")
    least = sorted((r[1].lower() for r in rows if len(r) > 1 and r[0] == "atleast"), key=len, reverse=True)
    ones = sorted((r[1].lower() for r in rows if len(r) > 1 and r[0] == "one"), key=len, reverse=True)
    if not ones:
        return None
    alts = "|".join(_word_led(w) for w in least) or "(?!)"
    one = "|".join(re.escape(w) for w in ones)
    with_least = re.compile(rf"(?:(?P<least>(?:{alts}))\s+)(?P<one>\b(?:{one}))(?![\w-])")
    lone = "|".join(_word_led(w) for w in ones)
    return with_least, re.compile(rf"(?:{lone})(?![\w-])") if profile(lang).lone_one else None


def _word_led(phrase: str) -> str:
    """`\\b` and `phrase` (a space: any run of whitespace), the word boundary tested as a look-behind
    after the first word: the pattern opens with that word's letters, which the regex engine scans for."""
    first, space, rest = phrase.partition(" ")
    tail = re.escape(space + rest).replace(r"\ ", r"\s+")
    if not first or not (first[0].isalnum() or first[0] == "_"):
        return r"\b" + re.escape(first) + tail
    return rf"{re.escape(first)}(?<!\w{re.escape(first)}){tail}"


def _gapped_ones(low: str, text: str, lang: str) -> list[NumberMatch]:
    """The article of a gapped item of a list of counts ("fem för stöld, en för misshandel", "und einer wegen
    Körperverletzung"): after a comma or "and", right before a `reason` preposition, the numeral one."""
    pattern = _gapped_pattern(lang)
    if pattern is None or not any(r in low for r in lx.words_of(lang, "reason")):
        return []
    return [NumberMatch(m.start("one"), m.end("one"), 1.0, False, text[m.start("one"):m.end("one")], m.start("one"), True)
            for m in pattern.finditer(low)]


@cache
def _gapped_pattern(lang: str) -> re.Pattern[str] | None:
    """A comma or a word of `conj`, an indefinite article, a `reason` preposition."""
    ones = [re.escape(w) for w in sorted(lx.words_of(lang, "gapped_one"), key=len, reverse=True)]
    reasons = [re.escape(w) for w in sorted(lx.words_of(lang, "reason"))]
    conj = [re.escape(w) for w in sorted(lx.words_of(lang, "conj"), key=len, reverse=True)]
    if not ones or not reasons or not conj:
        return None  # (English writes "one", a number already: no `gapped_one`)
    gap = r"[ \t\u00a0]+"
    return re.compile(rf"(?:,|{'|'.join(map(_word_led_after, conj))}){gap}(?P<one>{'|'.join(ones)}){gap}"
                      rf"(?:{'|'.join(reasons)})(?![\w-])")


def _word_led_after(word: str) -> str:
    """`(?<![\\w-])word` (`word` escaped) as `word(?<![\\w-]word)`: the same matches, but a pattern whose branches
    all open with a letter or a comma is scanned for in C (a look-behind first tries a match at every position)."""
    return rf"{word}(?<![\w-]{word})"
