"""Source types of single words and proper names, from the lexicons.

`word_type` reads lang/<code>/source_types.tsv and named_sources.tsv (exact, without a genitive s, by a
compound's ending, by an inflected form's stem); `name_type` and `org_name` type a proper name by its
form (a first name, a company form, an organisation word, a nationality adjective).
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.subjects import nationality_of
from enligt.lang import (
    SUPPORTED,
    all_function_words,
    all_languages_words,
    function_word_list,
    function_words,
    profile,
    table,
    words,
    wordset,
)
from enligt.lang.gazetteers import outlet_names


def type_lists(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """`_type_lists_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _TYPE_LISTS_KEPT.get(lang)
    if got is None:
        got = _TYPE_LISTS_KEPT.setdefault(lang, _type_lists_built(lang))
    return got


_TYPE_LISTS_KEPT: Final[dict[str, tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]]] = {}


def _type_lists_built(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(single words, multi-word keys, compound endings) of lang/<code>/source_types.tsv (word classes)
    and named_sources.tsv (a gazetteer of the proper nouns that recur as sources: "Kreml", "SMHI")."""
    single: dict[str, str] = {}
    multi: list[tuple[str, str]] = []
    for row in table(lang, "source_types") + table(lang, "named_sources"):
        if len(row) < 2:
            continue
        key = row[0].lower()
        (multi.append((key, row[1])) if " " in key else single.__setitem__(key, row[1]))
    short = function_words(lang, "short_compound_ending")  # "amt": "Sozialamt", "Kanzleramt"
    compounds = tuple(sorted(((k, v) for k, v in single.items() if len(k) >= 4 or k in short), key=lambda kv: -len(kv[0])))
    return single, tuple(multi), compounds


@cache
def named_source_words(lang: str) -> frozenset[str]:
    """The one-word proper nouns of lang/<code>/named_sources.tsv, lower-cased ("steinmeier", "kreml")."""
    return frozenset(row[0].lower() for row in table(lang, "named_sources") if len(row) >= 2 and " " not in row[0])


@cache
def named_phrases(lang: str) -> dict[str, str]:
    """The names of several words in lang/<code>/named_sources.tsv, lower-cased, with their source_type
    ("røde halvmåne": organization): a title label or a source phrase read as one name by a set lookup."""
    return {key: typ for key, typ in type_lists(lang)[1]}


def named_starts(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`_named_starts_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _NAMED_STARTS_KEPT.get(lang)
    if got is None:
        got = _NAMED_STARTS_KEPT.setdefault(lang, _named_starts_built(lang))
    return got


_NAMED_STARTS_KEPT: Final[dict[str, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _named_starts_built(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the words of the names of several words it opens, longest first ("læger": ("læger", "uden",
    "grænser")), so a phrase is read to a name's end by one set lookup a word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for key in named_phrases(lang):
        parts = tuple(key.split())
        out.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def named_end(lows: list[str], k: int, e: int, lang: str) -> int:
    """End of the longest known name of several words that opens at lows[k] and ends by e, else k."""
    for parts in named_starts(lang).get(lows[k], ()):
        if k + len(parts) <= e and tuple(lows[k:k + len(parts)]) == parts:
            return k + len(parts)
    return k


_WORD_TYPES: Final[dict[str, dict[str, str]]] = {}  # lang -> word -> its word_type ("" for none)
WORD_TYPE_MEMO: Final = 65536  # words remembered a language; the memo starts over when full


def word_type(low: str, lang: str) -> str | None:
    """source_type of one word: exact, then without a genitive s, then by compound ending (sv/no/da/de).
    Memoised in a plain dict a language (compiled, a native call and a dict lookup, where an
    `lru_cache` wrapper costs a Python call, a key tuple and its hash)."""
    memo = _WORD_TYPES.get(lang)
    if memo is None:
        memo = _WORD_TYPES[lang] = {}
    typ = memo.get(low)
    if typ is None:
        if len(memo) >= WORD_TYPE_MEMO:
            memo.clear()
        typ = memo[low] = _word_type(low, lang) or ""
    return typ or None


def _word_type(low: str, lang: str) -> str | None:
    single = type_lists(lang)[0]
    for w in (low, low[:-1] if low.endswith("s") and len(low) > 4 else low, low.split(":")[0]):
        if w in single:
            return single[w]
    prof = profile(lang)
    if prof.compounds:
        bare = low.rstrip("s") if prof.compound_linking_s else low
        if low in function_words(lang, "not_compound"):
            return None  # "insgesamt", "Ehrenamt": no "-amt"
        gen = low[:-1] if low.endswith("s") and len(low) > GENITIVE_WORD else low  # "stockholmspolisens"
        long_gen = next((low[:-len(g)] for g in function_word_list(lang, "genitive_suffix")
                         if low.endswith(g) and len(low) > GENITIVE_WORD), low)  # "des Landratsamtes" (a compound's)
        if prof.capitalised_nouns and long_gen != low and long_gen in single:
            return single[long_gen]  # German "des Blattes": the listed word's own genitive in -es
        typ = _compound_type((low, bare, gen), long_gen, compound_endings(lang))
        if typ is not None:
            return typ
    return _inflected_type(low, lang)


@cache
def compound_endings(lang: str) -> tuple[tuple[int, dict[str, tuple[int, str]]], ...]:
    """The compound endings of `type_lists` by length, longest first: (length, {ending: (rank, type)}),
    the rank being the ending's place in that list. A word's ending of each length is one dict lookup,
    where testing every ending with `endswith` cost thousands of calls a word never seen before."""
    by_length: dict[int, dict[str, tuple[int, str]]] = {}
    for rank, (key, typ) in enumerate(type_lists(lang)[2]):
        by_length.setdefault(len(key), {}).setdefault(key, (rank, typ))
    return tuple(sorted(by_length.items(), key=lambda kv: -kv[0]))


def _compound_type(forms: tuple[str, str, str], long_gen: str,
                   endings: tuple[tuple[int, dict[str, tuple[int, str]]], ...]) -> str | None:
    """The type of the first compound ending (longest first, then in list order) that one of `forms` ends
    in, or `long_gen` ends in with letters before it."""
    for n, ends in endings:
        best: tuple[int, str] | None = None
        for w in forms:
            if len(w) >= n:
                hit = ends.get(w[len(w) - n:])
                if hit is not None and (best is None or hit[0] < best[0]):
                    best = hit
        if len(long_gen) > n:
            hit = ends.get(long_gen[len(long_gen) - n:])
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
        if best is not None:
            return best[1]
    return None


GENITIVE_WORD = 6  # letters of a compound read with its genitive s off ("stockholmspolisens")


def _inflected_type(low: str, lang: str) -> str | None:
    """source_type of an inflected form the lists do not hold, by its stem: a plural or definite ending
    off ("myndigheter" -> "myndighet", "beredskabsmyndigheder" -> "-myndighed", "Sicherheitskräften" ->
    "-kräfte"); the stem is read as a word or, in compounding languages, as a compound's ending."""
    single = type_lists(lang)[0]
    for suffix in function_word_list(lang, "plural_suffix"):
        stem = low[:-len(suffix)]
        if not low.endswith(suffix) or len(stem) < INFLECTED_STEM:
            continue
        if stem in single:
            return single[stem]
        if profile(lang).compounds:
            for n, ends in compound_endings(lang):
                if n < INFLECTED_STEM:
                    break  # (longest first: the rest are shorter)
                if len(stem) >= n and (hit := ends.get(stem[len(stem) - n:])) is not None:
                    return hit[1]
    if len(low) >= INFLECTED_STEM:  # a bare form of a word listed as definite: "kommune" of "kommunen"
        return next((single[low + suffix] for suffix in function_word_list(lang, "definite_suffix")
                     if low + suffix in single), None)
    return None


INFLECTED_STEM: Final = 5  # the shortest stem read without its ending ("polis" of "poliser"; not "tal" of "tale")


def outlet_last(name: str) -> bool:
    """A name of two words or more that ends in a known outlet's name of three letters or more ("Svenska Yle",
    "Nordic NRK"): the outlet with a qualifier before it."""
    parts = name.split()
    return len(parts) > 1 and len(parts[-1]) >= 3 and parts[-1].lower() in outlet_names()


def outlet_service(name: str) -> bool:
    """A name that opens with a known outlet's name of three letters or more written in capitals, the rest
    capitalised ("SVT Nyheter Blekinge", "NRK Vestland", "TV2 Lorry"): one of the outlet's services."""
    parts = name.split()
    if len(parts) > 2 and parts[0].isupper() and parts[1].isdigit() and f"{parts[0]} {parts[1]}".lower() in outlet_names():
        return all(p[:1].isupper() for p in parts[2:])  # "TV 2 Lorry", "TV 2 Østjylland"
    short_ok = len(parts[0]) >= 3 or any(c.isdigit() for c in parts[0])  # "P4 Örebro": two letters with a figure
    return len(parts) > 1 and short_ok and parts[0].isupper() and parts[0].lower() in outlet_names() \
        and all(p[:1].isupper() or p.isdigit() for p in parts[1:])


def name_type(name: str, lang: str, persons: set[str] | frozenset[str] = frozenset()) -> str:
    """source_type of a proper name from its form: a first name opens a person's; a company form, an
    organisation word at its end ("Danske Bank") or its start ("Statens vegvesen"), or a nationality
    adjective first ("Norsk Hydro") make an organisation's; other names of two words or more are people's,
    and a single word is a person's only when the article shows it as one (`persons`)."""
    full = name.split()
    if len(full) > 1 and full[0].lower() in function_words(lang, "definite_article") and not profile(lang).capitalised_nouns:
        full = full[1:]  # "The RSPCA": the article opens the phrase, it is no part of the name
        name = " ".join(full)
    if name.lower() in wordset(lang, "countries"):
        return "official"  # "India said": the state
    if len(full) == 1 and (nat := nationality_of(name, lang)) and nat[1]:
        return "person"  # "Syrians said": a people, a group of persons
    if org_name(name, lang):
        return "organization"
    glue = next((k for k, p in enumerate(full) if k and not p[:1].isupper()), None)
    head = full[:glue] if glue else full  # "Ross Lee of the Policy Institute": the name before "of"
    if len(full) == 1 and _acronym(name) and name.lower().endswith(function_word_list(lang, "authority_acronym_ending")):
        return "official"  # "LAPD", "NYPD": a city's police or fire department
    if _acronym(head[0]) and len(head) <= 2 and head[-1].lower() not in all_languages_words("first_names"):
        return "organization"  # "RSPCA", "NHS England": an acronym opens a body's name, not a person's
    if len(head) >= 2 and head[-1].lower() in wordset(lang, "countries") \
            and head[0].lower() not in all_languages_words("first_names"):
        return "organization"  # "Highways England", "Public Health Scotland": a body named for its country
    if len(head) >= 2 or head[0].lower() in all_languages_words("first_names"):
        return "person"
    keep = all_function_words("hyphen_and", "name_particle")  # "Clinton and Trump", "Pierre de Vos"
    if glue is not None and full[glue].lower() not in keep:
        return "organization"  # one unknown word and "of"/"for": "Centers for Disease Control", "University of X"
    if len(full) >= 2:
        return "person"  # "Clinton and Trump"
    return "person" if head[0].lower() in persons else "organization"


def org_name(name: str, lang: str) -> bool:
    """Whether a proper name's form makes it an organisation's: a company form at its end ("Kemi AB"), an
    organisation word at its end ("Danske Bank") or start ("Statens vegvesen"), or a nationality adjective
    first ("Norsk Hydro"); never when it opens with a first name. The name before "of" is read."""
    parts = name.split()
    if parts[-1].rstrip(".") in company_forms() or "&" in name:
        return True  # "Kemi AB"; "S&P Global", "Procter & Gamble": a firm's "&", never a person's
    glue = next((k for k, p in enumerate(parts) if k and not p[:1].isupper()), None)
    parts = parts[:glue] if glue else parts  # "Ross Lee of the Policy Institute": the name before "of"
    first, last = parts[0].lower(), parts[-1].lower()
    if first in all_languages_words("first_names") or len(parts) < 2:
        return False
    positions = org_name_words()
    return positions.get(last) == "last" or positions.get(first) == "first" or _nationality_adjective(first, lang) \
        or _compound_last(last)


COMPOUND_PART: Final = 6  # letters: a shorter organisation word ("bank", "air", "post") ends too many other words


def _compound_last(word: str) -> bool:
    """Whether `word`, a name's last word, is a compound ending in a long organisation word ("Fiskeindustri",
    "Nordsjøgruppen"): its first part names the trade, the last the kind of body."""
    return any(word.endswith(w) and len(word) >= len(w) + 3 for w in _long_last_words())


def _long_last_words() -> tuple[str, ...]:
    """The organisation words of `COMPOUND_PART` letters or more that end a name (`org_name_words`, "last")."""
    if not _LONG_LAST_KEPT:
        _LONG_LAST_KEPT.append(tuple(w for w, pos in org_name_words().items() if pos == "last" and len(w) >= COMPOUND_PART))
    return _LONG_LAST_KEPT[0]


_LONG_LAST_KEPT: Final[list[tuple[str, ...]]] = []


def _nationality_adjective(word: str, lang: str) -> bool:
    """Whether `word` is a nationality adjective of the article's language or of another ("Norsk Hydro" in Norwegian,
    "Danish Crown" in Danish: a firm's name is often in English)."""
    for code in (lang, *SUPPORTED):
        nat = nationality_of(word, code)
        if nat:
            return not nat[1]
    return False


FORM_INITIALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZeg")  # first letters of the company forms ("AB", "e.V")


def company_forms() -> frozenset[str]:
    """`_company_forms_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _COMPANY_FORMS_KEPT:
        _COMPANY_FORMS_KEPT.append(_company_forms_built())
    return _COMPANY_FORMS_KEPT[0]


_COMPANY_FORMS_KEPT: Final[list[frozenset[str]]] = []


def _company_forms_built() -> frozenset[str]:
    """Legal forms of companies as written ("AB", "ASA", "A/S", "GmbH", "e.V"), case-sensitive."""
    return frozenset(w.rstrip(".") for w in words(None, "company_forms"))


def org_name_words() -> dict[str, str]:
    """`_org_name_words_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _ORG_NAME_WORDS_KEPT:
        _ORG_NAME_WORDS_KEPT.append(_org_name_words_built())
    return _ORG_NAME_WORDS_KEPT[0]


_ORG_NAME_WORDS_KEPT: Final[list[dict[str, str]]] = []


def _org_name_words_built() -> dict[str, str]:
    """lang/org_name_words.tsv: word -> "first", "last" or "any" (where in a name it makes an organisation's)."""
    return {r[0].lower(): r[1] for r in table(None, "org_name_words") if len(r) > 1}


def genders(lang: str) -> dict[str, str]:
    """`_genders_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _GENDERS_KEPT.get(lang)
    if got is None:
        got = _GENDERS_KEPT.setdefault(lang, _genders_built(lang))
    return got


_GENDERS_KEPT: Final[dict[str, dict[str, str]]] = {}


def _genders_built(lang: str) -> dict[str, str]:
    """lang/<code>/gender.tsv: word -> "m" or "f" (pronouns, nouns for people, first names)."""
    return {r[0].lower(): r[1] for r in table(lang, "gender") if len(r) > 1}


def _acronym(word: str) -> bool:
    """An all-capital abbreviation of three letters or more ("RSPCA", "NHS"); people's names are not written so."""
    return len(word) >= 3 and word.isalpha() and word.isupper()
