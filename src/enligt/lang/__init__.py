"""Per-language data, loaded lazily from files under `lang/<code>/`: word lists and a profile.

Files are plain text, one entry per line; `#` starts a comment; blank lines are skipped.
TSV files (`*.tsv`) give tab-separated rows. Shared, language-independent lists sit at `lang/`
root. A language with no folder raises `LanguageError`: it is never silently treated as English.

`function_words` reads the small closed-class words the rules look at (`function_words.tsv`, by
category); `profile` the grammatical switches of a language (`profile.toml`: word order, noun
capitals, compounds, the decimal mark, ...), so that no shared rule asks which language it reads;
`alternation` the regex of a word list, factored by common prefixes.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

from enligt.errors import LanguageError

SUPPORTED: Final[tuple[str, ...]] = ("sv", "en", "no", "da", "de")
# Languages close enough that a list missing in one may be borrowed from the other.
FALLBACK: Final[dict[str, str]] = {"no": "da", "da": "no"}


def _read(code: str | None, name: str) -> str | None:
    base = resources.files("enligt.lang")
    path = base / code / name if code else base / name
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _lines(raw: str) -> list[str]:
    out = []
    for line in raw.splitlines():
        line = line.split(" #", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            out.append(line.strip() if "\t" not in line else line)
    return out


def check_language(code: str) -> str:
    if code not in SUPPORTED:
        raise LanguageError(f"unsupported language {code!r}; enligt knows {', '.join(SUPPORTED)}")
    return code


@cache
def words(code: str | None, name: str) -> tuple[str, ...]:
    """Entries of `lang/<code>/<name>.txt` (or `lang/<name>.txt` for code None), in file order.

    A missing file gives an empty tuple (a language may lack a list); an unknown language raises.
    """
    if code is not None:
        check_language(code)
    raw = _read(code, f"{name}.txt")
    if raw is None and code in FALLBACK:
        raw = _read(FALLBACK[code], f"{name}.txt")
    return tuple(_spellings(code, _lines(raw))) if raw else ()


def _spellings(code: str | None, lines: list[str]) -> list[str]:
    """Each entry, then its other spelling where the language has one (Swiss German writes "ss" for "ß":
    "hiess es", "heisst es"), so that every list reads both."""
    if code is None or not (swap := profile(code).sharp_s):
        return lines
    out = []
    for line in lines:
        out.append(line)
        if "ß" in line:
            out.append(line.replace("ß", swap))
    return out


def wordset(code: str | None, name: str) -> frozenset[str]:
    """Lower-cased set of `words(code, name)`, for membership tests (kept as `function_words` keeps its sets)."""
    try:
        return _WORDSETS[code][name]  # (two subscripts: a kept set costs no method call)
    except KeyError:
        got = frozenset(w.lower() for w in words(code, name))
        return _WORDSETS.setdefault(code, {}).setdefault(name, got)


_WORDSETS: Final[dict[str | None, dict[str, frozenset[str]]]] = {}


@cache
def table(code: str | None, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `lang/<code>/<name>.tsv`, each a tuple of its tab-separated cells."""
    if code is not None:
        check_language(code)
    raw = _read(code, f"{name}.tsv")
    if raw is None and code in FALLBACK:
        raw = _read(FALLBACK[code], f"{name}.tsv")
    if not raw:
        return ()
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in _spellings(code, _lines(raw)))


def all_languages_words(name: str) -> frozenset[str]:
    """Union over supported languages, for rules that run before the language is known (kept in a dict, as
    `function_words` keeps its sets)."""
    try:
        return _ALL_WORDS[name]
    except KeyError:
        out: set[str] = set()
        for code in SUPPORTED:
            out |= wordset(code, name)
        return _ALL_WORDS.setdefault(name, frozenset(out))


_ALL_WORDS: Final[dict[str, frozenset[str]]] = {}


@cache
def function_word_list(code: str | None, category: str) -> tuple[str, ...]:
    """Lower-cased entries of one category of `lang/<code>/function_words.tsv` (root file for None), in file order."""
    return tuple(row[1].lower() for row in table(code, "function_words") if len(row) > 1 and row[0] == category)


def function_words(code: str | None, category: str) -> frozenset[str]:
    """One category of the language's function words, as a set (empty when the language has none).

    Kept in a dict by language, then category, not by `functools.cache`: the rules ask several hundred times a
    page, and compiled, two dict reads cost a third of the cache's call (an argument tuple built and hashed); read by
    subscript, not `get`: interpreted, a kept set then costs no method call."""
    try:
        return _FUNCTION_WORDS[code][category]
    except KeyError:
        got = frozenset(function_word_list(code, category))  # (first: an unknown language raises before anything is kept)
        return _FUNCTION_WORDS.setdefault(code, {}).setdefault(category, got)


_FUNCTION_WORDS: Final[dict[str | None, dict[str, frozenset[str]]]] = {}


def all_function_words(*categories: str) -> frozenset[str]:
    """`_all_function_words_built`, built once per categories and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _ALL_FUNCTION_WORDS_KEPT.get(categories)
    if got is None:
        got = _ALL_FUNCTION_WORDS_KEPT.setdefault(categories, _all_function_words_built(*categories))
    return got


_ALL_FUNCTION_WORDS_KEPT: Final[dict[tuple[str, ...], frozenset[str]]] = {}


def _all_function_words_built(*categories: str) -> frozenset[str]:
    """The categories' function words of every supported language and of the root file: for the rules
    that read a word class whatever the article's language ("von" inside a name in an English text)."""
    out: set[str] = set()
    for category in categories:
        out |= function_words(None, category)
        for code in SUPPORTED:
            out |= function_words(code, category)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Profile:
    """What a language does, as far as the shared rules need to know (`lang/<code>/profile.toml`)."""

    code: str
    v2: bool  # verb second: "Det uppger polisen.", "På frågan svarade han att …"
    modifiers_first: bool  # every modifier stands before the head noun, up to a verb or preposition
    verbs_as_nouns: bool  # a reporting verb after a determiner is a noun ("the reports", "other estimates")
    recipient_preposition: bool  # the one told follows a preposition after the cue ("uppger för SVT")
    comma_before_complementizer: bool  # "oplyser, at …", "sagte, dass …"
    relative_after_comma: bool  # a relative clause always follows a comma
    capitalised_nouns: bool  # every noun is capitalised: a capital makes no name, a lower-case word is a verb
    compounds: bool  # nouns compound ("bolighus" ends in "hus"): a word's type may come from its ending
    compound_linking_s: bool  # a compound's parts may be joined by an s ("Polizeisprecher")
    genitive_s_before_determiner: bool  # a genitive may precede a determiner ("bankens egen prognos")
    separable_particles: bool  # a separable verb's particle closes the clause ("teilte … mit")
    negation_reach: int  # words after a cue read for a negation ("bestätigte dies nicht")
    decimal_mark: str  # "," or "."; the other one groups thousands
    ordinal_dot: bool  # a full stop after a number can make it ordinal ("19. Januar")
    units_first: bool  # number words put units before tens ("einundzwanzig")
    number_joiner: str  # the word joining units and tens ("und", "og"), or ""
    tens_suffix: str  # "ett tjugotal": about twenty
    hyphen_tens_suffixes: tuple[str, ...]  # "ett 70-tal": about seventy
    dash_speech: bool = True  # a paragraph opened by a dash is speech ("– Det är slut, säger hon.")
    lone_one: bool = False  # the word for one is never an article ("one"): alone, it may count
    headline_full_stop: bool = False  # a headline may end in a full stop ("Ferry runs aground off the island.")
    sharp_s: str = ""  # another spelling of "ß" ("ss" in Swiss German): every word list reads both
    name_apposition_source: bool = False  # "role, Name, said": the source phrase runs over the name
    tag_verb_first: bool = False  # a tag after its content opens with its verb ("…, sagte X"), never its subject
    cut_sentence_void: bool = False  # a text cut off in mid-sentence: its unfinished last sentence is no claim


def profile(code: str) -> Profile:
    """The profile of a supported language (`lang/<code>/profile.toml`), read once (kept in a dict, as
    `function_words` keeps its sets)."""
    got = _PROFILES.get(code)
    if got is None:
        got = _PROFILES.setdefault(code, _profile(code))
    return got


_PROFILES: Final[dict[str, Profile]] = {}


def _profile(code: str) -> Profile:
    check_language(code)
    raw = _read(code, "profile.toml")
    if raw is None:
        raise LanguageError(f"no profile for language {code!r} (lang/{code}/profile.toml)")
    flat: dict[str, object] = {}
    for section in tomllib.loads(raw).values():
        flat.update(section)
    flat["hyphen_tens_suffixes"] = tuple(flat.get("hyphen_tens_suffixes", ()))  # type: ignore[arg-type]
    return Profile(code=code, **flat)  # type: ignore[arg-type]


def alternation(names: list[str] | frozenset[str]) -> str:
    """A regex matching any of `names`, the longer first where one starts another: what
    `"|".join(names, longest first)` matches, factored into a trie ("publi(?:cerad|shed)"). A flat list is
    tried name by name at every position a search scans; the trie reads each character once."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _trie_node(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    return "(?:" + "|".join(alts) + (")?" if "" in node else ")")  # greedy: a longer name first
