"""The named gazetteers the attribution rules look names up in: news outlets, newspaper mastheads
and social-media platforms (`lang/outlets.txt`, `mastheads.txt`, `platforms.txt`).

Shared by the attribution rules (`sources`, `via`: whether a name is a news medium or a platform) and
the plain-text structurer (whether the tail of "Headline | Name" is the outlet).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from enligt.lang import function_words, words


@cache
def _names(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-cased names, lower-cased single words of those names) of a root list (outlets, platforms)."""
    entries = [w.lower() for w in words(None, name)]
    return frozenset(entries), frozenset(w for e in entries for w in e.split())


def outlet_names() -> frozenset[str]:
    """Lower-cased names of lang/outlets.txt (news media and agencies), read once (kept in a list: compiled, a
    list read costs a fraction of a `functools.cache` call, and the rules ask often)."""
    if not _OUTLET_NAMES:
        _OUTLET_NAMES.append(_names("outlets")[0])
    return _OUTLET_NAMES[0]


_OUTLET_NAMES: Final[list[frozenset[str]]] = []


def outlet_first_words() -> frozenset[str]:
    """`_outlet_first_words_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _OUTLET_FIRST_WORDS_KEPT:
        _OUTLET_FIRST_WORDS_KEPT.append(_outlet_first_words_built())
    return _OUTLET_FIRST_WORDS_KEPT[0]


_OUTLET_FIRST_WORDS_KEPT: Final[list[frozenset[str]]] = []


def _outlet_first_words_built() -> frozenset[str]:
    """First words of outlet names, a cheap pre-check before a full name lookup."""
    return frozenset(n.split()[0] for n in outlet_names())


def lower_case_outlets() -> frozenset[str]:
    """`_lower_case_outlets_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _LOWER_CASE_OUTLETS_KEPT:
        _LOWER_CASE_OUTLETS_KEPT.append(_lower_case_outlets_built())
    return _LOWER_CASE_OUTLETS_KEPT[0]


_LOWER_CASE_OUTLETS_KEPT: Final[list[frozenset[str]]] = []


def _lower_case_outlets_built() -> frozenset[str]:
    """Outlet names of one word spelt in lower case in lang/outlets.txt ("dpa", "epd", "taz"): a name although no
    capital marks it."""
    return frozenset(w for w in words(None, "outlets") if " " not in w and w.islower())


@cache
def _mastheads() -> tuple[frozenset[str], tuple[str, ...]]:
    ws = [w.lower() for w in words(None, "mastheads")]
    return frozenset(ws), tuple(w for w in ws if len(w) >= 4)


@lru_cache(maxsize=4096)
def is_masthead(name: str | None) -> bool:
    """A capitalised name shaped like a newspaper's ("Helgådalens Nyheter", "Upplandsposten", "The Herald")."""
    if not name or not name[:1].isupper():
        return False
    last = name.split()[-1].lower()
    exact, endings = _mastheads()
    if last in exact or _masthead_ending(last, endings):
        return True
    bare = last[:-1] if last.endswith("n") else ""  # a German dative: "der Augsburger Allgemeinen"
    return bool(bare) and (bare in exact or _masthead_ending(bare, endings))


_STEM: Final = 3  # letters before a masthead's ending in a compound ("Fjord|avisa"; not the surnames "Davis", "Travis")


def _masthead_ending(word: str, endings: tuple[str, ...]) -> bool:
    return word[_STEM:].endswith(endings)  # an ending with _STEM letters before it, in one test


def is_programme(name: str) -> bool:
    """Whether `name` is a listed broadcaster's programme glued to it by a hyphen ("ZDF-Morgenmagazin",
    "ARD-Tagesthemen"): one word, the listed outlet before its first hyphen and a capitalised part after it."""
    head, dash, rest = name.partition("-")
    return bool(dash) and " " not in name and head.lower() in outlet_names() and rest[:1].isupper()


def affiliate_station(text: str, lang: str) -> str | None:
    """The station named after a network and its affiliate word ("CBS affiliate KBAK", "NBC affiliate WXYZ-TV";
    function words, affiliate): the medium told, not the network; else None."""
    parts = text.split()
    k = next((k for k, w in enumerate(parts) if k and w.lower() in function_words(lang, "affiliate")), None)
    if k is None or not parts[k - 1][:1].isupper() or k + 1 >= len(parts):
        return None
    rest = parts[k + 1:]
    return " ".join(rest) if all(w[:1].isupper() or w.isdigit() for w in rest) else None


_SITE: Final = re.compile(r"\w\.(?:se|no|dk|de|at|ch|nu|com|net)$")


def is_site_address(name: str) -> bool:
    """A name written as a web address ("Realtid.se", "Nettavisen.no"): a news site named by its address, a
    medium (one word, no spaces)."""
    return " " not in name and bool(_SITE.search(name))


@cache
def _platform_re() -> re.Pattern[str]:
    """A platform name, or a compound starting with a long one ("Telegramkanaler")."""
    names, parts = _names("platforms")
    long = sorted((p for p in parts if len(p) > 3), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in long) + ")|(?:" +
                      "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")$")


@lru_cache(maxsize=16384)
def is_platform(low: str) -> bool:
    """Whether a (lower-cased) word starts with a platform name: the big alternation runs once per word."""
    return _platform_re().match(low) is not None


@lru_cache(maxsize=4096)
def is_broadcaster(name: str) -> bool:
    """Whether a medium's name is a broadcaster's (`lang/broadcasters.txt`, or a broadcasting word inside it:
    "TV 2 Fyn", "Sveriges Radio"; root function words, broadcast_word), not a newspaper's or a site's."""
    low = name.lower()
    return low in _names("broadcasters")[0] or any(
        w in function_words(None, "broadcast_word") for w in low.replace("/", " ").split())


@lru_cache(maxsize=4096)
def is_agency(name: str) -> bool:
    """Whether a medium's name is a news agency's (`lang/agencies.txt`, or an agency word inside it)."""
    low = name.lower()
    return low in _names("agencies")[0] or any(w in function_words(None, "agency_word") for w in low.split())


def press_noun(low: str, lang: str) -> bool:
    """Whether a lower-cased medium's kind noun names a newspaper ("tidningen", "avisen", "the newspaper", "der
    Zeitung"; function words, press_noun): it points back to the last paper named, not to a broadcaster or an agency."""
    return low in function_words(lang, "press_noun")
