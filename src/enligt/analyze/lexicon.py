"""Word-list lookups for the quantity rules: measure triggers and the small context words.

`lang/<code>/measures.tsv` maps a word or phrase (a trailing `*` matches any ending) to a measure,
a concept (what kind of event: "dead", "layoff", "release") and a kind (`noun` for a counted noun
such as "döda"/"wounded", `verb` for a predicate such as "dödades"/"evacuated").
`lang/<code>/count_words.tsv` lists, by category, the small words the rules look at (partitive
"av/of", determiners, phrase stops, place prepositions, time words, back-references).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from enligt.lang import profile, table, wordset


@dataclass(frozen=True, slots=True, init=False)
class Trigger:
    """A measure word found at tokens [start, end) of a sentence."""

    start: int
    end: int
    measure: str
    concept: str
    kind: str  # "noun" or "verb"

    def __init__(self, start: int, end: int, measure: str, concept: str, kind: str) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "measure", measure)
        object.__setattr__(self, "concept", concept)
        object.__setattr__(self, "kind", kind)


def _element_matches(pattern: str, low: str) -> bool:
    return low.startswith(pattern[:-1]) if pattern.endswith("*") else low == pattern


@cache
def _measure_index(lang: str) -> tuple[dict[str, list[tuple[tuple[str, ...], tuple[str, str, str]]]],
                                       tuple[tuple[str, tuple[tuple[str, ...], tuple[str, str, str]]], ...]]:
    """Measure entries indexed by their first word (exact), plus first-word prefix entries."""
    exact: dict[str, list[tuple[tuple[str, ...], tuple[str, str, str]]]] = {}
    prefixes: list[tuple[str, tuple[tuple[str, ...], tuple[str, str, str]]]] = []
    for row in table(lang, "measures"):
        if len(row) < 3:
            continue
        parts = tuple(row[0].lower().split())
        value = (row[1], row[2], row[3] if len(row) > 3 and row[3] else "verb")
        if parts[0].endswith("*"):
            prefixes.append((parts[0][:-1], (parts, value)))
        else:
            exact.setdefault(parts[0], []).append((parts, value))
    for entries in exact.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    prefixes.sort(key=lambda p: len(p[1][0]), reverse=True)
    return exact, tuple(prefixes)


def _hint_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`_hint_patterns_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _HINT_PATTERNS_KEPT.get(lang)
    if got is None:
        got = _HINT_PATTERNS_KEPT.setdefault(lang, _hint_patterns_built(lang))
    return got


_HINT_PATTERNS_KEPT: Final[dict[str, tuple[re.Pattern[str], re.Pattern[str]]]] = {}


def _hint_patterns_built(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The most specific word of every measure word, counted noun (`subjects.tsv`) and back-reference,
    as a trie (exact words end at a word boundary, `word*` stems anywhere): alone, for a word at the
    text's start, and after a non-word character, for a word start anywhere (a regex with a literal
    first character is scanned for in C; a look-behind first is tried at every position)."""
    exact: set[str] = set()
    stems: set[str] = set()
    rows = [tuple(r[0].lower().split()) for r in table(lang, "measures") + table(lang, "subjects") if r and r[0]]
    # "pronoun" ("av dem", "of them"): a part of a figure just counted needs no measure word
    for parts in rows + sorted(category(lang, "backref")) + sorted(category(lang, "pronoun")):
        word = max(parts, key=len)
        (stems if word.endswith("*") else exact).add(word.rstrip("*"))
    body = word_trie(exact, stems)
    return re.compile(body), re.compile(r"\W" + body)


def word_trie(exact: set[str] | frozenset[str], stems: set[str] | frozenset[str]) -> str:
    """A regex for any of `exact` (followed by no word character) or any of `stems` (followed by
    anything), factored by common prefixes: the regex engine tries one branch per distinct letter at
    each step instead of every word in turn."""
    root: dict[str, dict] = {}
    for w, end in [(w, "exact") for w in exact] + [(w, "stem") for w in stems]:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node.setdefault("", {})[end] = {}

    def build(node: dict[str, dict]) -> str:
        ends = node.get("", {})
        if "stem" in ends:
            return ""  # a stem ends here: whatever follows matches
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "exact" in ends:
            alts.append(r"(?!\w)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root) if root else "(?!)"


def hinted(low: str, start: int, end: int, lang: str) -> bool:
    """Whether lower-cased `low[start:end]` holds, at a word start, the most specific word of any
    measure word, counted noun or back-reference: a sentence without one holds no quantity and need
    not be tokenised."""
    alone, after = _hint_patterns(lang)
    if start == 0 and alone.match(low, 0, end):
        return True
    return after.search(low, start - 1 if start else 0, end) is not None


def may_trigger(lang: str) -> Callable[[str], bool]:
    """`_may_trigger_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _MAY_TRIGGER_KEPT.get(lang)
    if got is None:
        got = _MAY_TRIGGER_KEPT.setdefault(lang, _may_trigger_built(lang))
    return got


_MAY_TRIGGER_KEPT: Final[dict[str, Callable[[str], bool]]] = {}


def _may_trigger_built(lang: str) -> Callable[[str], bool]:
    """A fast test: can a measure word start with this (lower-cased) token? (memoised per word)"""
    exact, _ = _measure_index(lang)
    heads = _prefix_heads(lang)
    keys = frozenset(exact)
    if not heads:
        return keys.__contains__

    memo: dict[str, bool] = {}

    def test(low: str) -> bool:  # memoised in a dict (compiled, a read costs a fraction of an `lru_cache` call)
        got = memo.get(low)
        if got is None:
            got = low in keys or low.startswith(heads)
            if len(memo) < 1 << 16:
                memo[low] = got
        return got

    return test


@lru_cache(maxsize=1 << 16)
def _candidates(low: str, lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, str, str]], ...]:
    """The measure entries whose first word matches token `low`, longest first."""
    exact, prefixes = _measure_index(lang)
    found = list(exact.get(low, ()))
    if prefixes and low.startswith(_prefix_heads(lang)):
        found += [entry for prefix, entry in prefixes if low.startswith(prefix)]
    return tuple(found)


@cache
def _prefix_heads(lang: str) -> tuple[str, ...]:
    return tuple(p for p, _ in _measure_index(lang)[1])


def trigger_at(lows: list[str], i: int, lang: str) -> Trigger | None:
    """The longest measure entry starting at token i of `lows`, or None."""
    low = lows[i]
    candidates = _candidates(low, lang)
    if not candidates:
        return None
    best: Trigger | None = None
    for parts, (measure, concept, kind) in candidates:
        if i + len(parts) > len(lows):
            continue
        if "…" in parts:  # a split verb: "fielen … aus", "mister … jobben"; its particle found, it says more than the
            # bare verb ("shot 41 people dead" over "shot")
            weaker = best is None or (best.end - best.start == 1 and best.measure != measure)
            if weaker and _element_matches(parts[0], low) and _particle_at(lows, i + 1, parts[-1], profile(lang).separable_particles):
                best = Trigger(i, i + 1, measure, concept, kind)
            continue
        longer = best is None or len(parts) > best.end - best.start
        if longer and all(_element_matches(p, lows[i + k]) for k, p in enumerate(parts)):
            best = Trigger(i, i + len(parts), measure, concept, kind)
    return best


_SEPARABLE_REACH: Final = 10  # tokens between a separable verb and its particle


def _particle_at(lows: list[str], i: int, particle: str, last: bool) -> bool:
    """Whether `particle` follows in the clause that starts at token i ("mister 150 ansatte jobben");
    with `last`, it must close the clause (a German particle: "fielen rund 900 Fahrten aus.")."""
    for k in range(i, min(len(lows), i + _SEPARABLE_REACH)):
        low = lows[k]
        if low == particle:
            return not last or k + 1 == len(lows) or not lows[k + 1][:1].isalnum()
        if not low[:1].isalnum() and low not in (".", "-"):
            return False
    return False


def category(lang: str, name: str) -> frozenset[tuple[str, ...]]:
    """`_category_built`, built once per language and name and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    per = _CATEGORY_KEPT.get(lang)
    got = per.get(name) if per is not None else None
    if got is None:
        got = _category_built(lang, name)
        got = _CATEGORY_KEPT.setdefault(lang, {}).setdefault(name, got)
    return got


_CATEGORY_KEPT: Final[dict[str, dict[str, frozenset[tuple[str, ...]]]]] = {}


def _category_built(lang: str, name: str) -> frozenset[tuple[str, ...]]:
    """Phrases (as word tuples) of one category of `count_words.tsv`."""
    return frozenset(tuple(row[1].lower().split()) for row in table(lang, "count_words")
                     if len(row) > 1 and row[0] == name and row[1])


def words_of(lang: str, name: str) -> frozenset[str]:
    """Single words of one category of `count_words.tsv` (kept in a dict by language, then category: compiled,
    two dict reads cost a third of a `functools.cache` call)."""
    per = _WORDS_OF.get(lang)
    got = per.get(name) if per is not None else None
    if got is None:
        got = frozenset(p[0] for p in category(lang, name) if len(p) == 1)
        got = _WORDS_OF.setdefault(lang, {}).setdefault(name, got)
    return got


_WORDS_OF: Final[dict[str, dict[str, frozenset[str]]]] = {}


def _by_first(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`_by_first_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _BY_FIRST_KEPT.get(phrases)
    if got is None:
        got = _BY_FIRST_KEPT.setdefault(phrases, _by_first_built(phrases))
    return got


_BY_FIRST_KEPT: Final[dict[frozenset[tuple[str, ...]], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _by_first_built(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def first_words(lang: str, *names: str) -> frozenset[str]:
    """`_first_words_built`, built once per language and names and kept in a dict (compiled, a read of it costs a
    third of a `functools.cache` call)."""
    per = _FIRST_WORDS_KEPT.get(lang)
    got = per.get(names) if per is not None else None
    if got is None:
        got = _first_words_built(lang, *names)
        got = _FIRST_WORDS_KEPT.setdefault(lang, {}).setdefault(names, got)
    return got


_FIRST_WORDS_KEPT: Final[dict[str, dict[tuple[str, ...], frozenset[str]]]] = {}


def _first_words_built(lang: str, *names: str) -> frozenset[str]:
    """First words of the phrases of some categories: a cheap test before `phrase_at`."""
    return frozenset(p[0] for name in names for p in category(lang, name))


def phrase_at(lows: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of `phrases` starting at token i (0 if none)."""
    for phrase in _by_first(phrases).get(lows[i], ()):
        n = len(phrase)
        if tuple(lows[i : i + n]) == phrase:
            return n
    return 0


def not_countable(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """`_not_countable_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _NOT_COUNTABLE_KEPT.get(lang)
    if got is None:
        got = _NOT_COUNTABLE_KEPT.setdefault(lang, _not_countable_built(lang))
    return got


_NOT_COUNTABLE_KEPT: Final[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {}


def _not_countable_built(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Exact words and prefixes (`word*`) of `not_countable.txt`."""
    exact, prefixes = set(), []
    for w in wordset(lang, "not_countable"):
        if w.endswith("*"):
            prefixes.append(w[:-1])
        else:
            exact.add(w)
    return frozenset(exact), tuple(prefixes)


def is_not_countable(low: str, lang: str) -> bool:
    exact, prefixes = not_countable(lang)
    return low in exact or (bool(prefixes) and low.startswith(prefixes))


@cache
def _causes(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Exact words and prefixes (`word*`) of `causes.tsv`, with the event each names."""
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for row in table(lang, "causes"):
        if len(row) > 1 and row[0]:
            if row[0].endswith("*"):
                prefixes.append((row[0][:-1].lower(), row[1]))
            else:
                exact[row[0].lower()] = row[1]
    return exact, tuple(sorted(prefixes, key=lambda p: -len(p[0])))


def names_cause(low: str, lang: str) -> bool:
    """Whether a (lower-cased) word is a word of `causes.tsv` itself or with an ending of at most
    `CAUSE_ENDING` letters ("flut", "explosionen"): an event, never a place (not "brandenburg")."""
    exact, prefixes = _causes(lang)
    return low in exact or (low[:3] in cause_heads(lang) and any(
        low.startswith(p) and len(low) - len(p) <= CAUSE_ENDING for p, _ in prefixes))


CAUSE_ENDING: Final = 3


def cause_heads(lang: str) -> frozenset[str]:
    """`_cause_heads_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _CAUSE_HEADS_KEPT.get(lang)
    if got is None:
        got = _CAUSE_HEADS_KEPT.setdefault(lang, _cause_heads_built(lang))
    return got


_CAUSE_HEADS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _cause_heads_built(lang: str) -> frozenset[str]:
    """The first three letters of every word of `causes.tsv`: a cheap test before `cause_of`."""
    exact, prefixes = _causes(lang)
    return frozenset(w[:3] for w in exact) | frozenset(p[:3] for p, _ in prefixes)


@cache
def cause_pattern(lang: str) -> re.Pattern[str]:
    """A case-blind regex for the start of any word of `causes.tsv`."""
    exact, prefixes = _causes(lang)
    stems = sorted({*exact, *(p for p, _ in prefixes)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + ("|".join(re.escape(w) for w in stems) or "(?!)") + ")", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def cause_of(low: str, lang: str) -> str:
    """The kind of event a (lower-cased) noun names ("explosionen" -> "explosion"), or ""."""
    exact, prefixes = _causes(lang)
    return exact.get(low) or next((c for p, c in prefixes if low.startswith(p)), "")


def months(lang: str) -> frozenset[str]:
    """`_months_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _MONTHS_KEPT.get(lang)
    if got is None:
        got = _MONTHS_KEPT.setdefault(lang, _months_built(lang))
    return got


_MONTHS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _months_built(lang: str) -> frozenset[str]:
    """Month names: every form of four letters or more, and the full name of each month ("maj")."""
    longest: dict[str, str] = {}
    for row in table(lang, "months"):
        if len(row) > 1 and len(row[0]) > len(longest.get(row[1], "")):
            longest[row[1]] = row[0].lower()
    return frozenset(r[0].lower() for r in table(lang, "months") if r and len(r[0]) > 3) | frozenset(longest.values())


@cache
def month_forms(lang: str) -> frozenset[str]:
    """Every name and abbreviation of a month ("nov" of "Nov. 15", "januar")."""
    return frozenset(r[0].lower() for r in table(lang, "months") if r)


def weekdays(lang: str) -> dict[str, tuple[str, ...]]:
    """`_weekdays_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _WEEKDAYS_KEPT.get(lang)
    if got is None:
        got = _WEEKDAYS_KEPT.setdefault(lang, _weekdays_built(lang))
    return got


_WEEKDAYS_KEPT: Final[dict[str, dict[str, tuple[str, ...]]]] = {}


def _weekdays_built(lang: str) -> dict[str, tuple[str, ...]]:
    """Full weekday names by their first three letters (they start "måndagen", "Wednesday"), the longest
    first, so that "Thursday" reads as "thursday", not as its abbreviation "thurs"."""
    out: dict[str, list[str]] = {}
    for w in sorted(wordset(lang, "weekdays"), key=lambda w: (-len(w), w)):
        if len(w) > 4:
            out.setdefault(w[:3], []).append(w)
    return {k: tuple(v) for k, v in out.items()}
