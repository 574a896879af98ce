"""Lexicons stay general: proper nouns live in the named gazetteers (lang/outlets.txt, wires.txt,
platforms.txt, agencies.txt, photo_agencies.txt, lang/<code>/named_sources.tsv), never in the word-class lists a rule
reads as a class (source types, roles, organisation words, ...)."""
from __future__ import annotations

import pytest

from enligt.lang import SUPPORTED, _lines, _read, table, words

# word-class lists: an entry stands for every word of its class, never for one organisation or page
GENERAL = ("source_types.tsv", "roles.txt", "photo_roles.txt", "staff_words.txt", "org_words.txt",
           "interlocutor_cues.txt", "negative_subjects.txt", "plans.txt", "relays.txt", "courts.txt",
           "first_person.txt", "subjects.tsv", "measures.tsv", "function_words.tsv")


def _names() -> set[str]:
    """Lower-cased names of the gazetteers whose entries are proper nouns."""
    out = {w.lower() for name in ("outlets", "wires", "platforms", "photo_agencies") for w in words(None, name)}
    return out | {row[0].lower() for lang in SUPPORTED for row in table(lang, "named_sources")}


def _entries(lang: str, file: str) -> list[str]:
    raw = _read(lang, file)
    column = 1 if file == "function_words.tsv" else 0
    return [line.split("\t")[column].strip() for line in _lines(raw)] if raw else []


@pytest.mark.parametrize("file", GENERAL)
@pytest.mark.parametrize("lang", SUPPORTED)
def test_general_lists_hold_no_proper_nouns(lang: str, file: str) -> None:
    names = _names()
    capitalised = [e for e in _entries(lang, file) if any(c.isupper() for c in e)]
    # function words may spell a name's letters ("dr" the title, "DR" the broadcaster): capitals only there
    named = [e for e in _entries(lang, file) if e.lower() in names] if file != "function_words.tsv" else []
    assert not capitalised, f"lang/{lang}/{file}: a capitalised entry is a name: move it to a gazetteer {capitalised}"
    assert not named, f"lang/{lang}/{file}: names of the gazetteers {named}"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_named_sources_are_written_as_names(lang: str) -> None:
    # a capital or a digit opens a name ("3F", a Danish union)
    assert all(row[0][:1].isupper() or row[0][:1].isdigit() for row in table(lang, "named_sources"))


# entries once added for a single page: one organisation's name or one article's word (issue 10)
ONE_PAGE = [("sv", "samordningsstaben"), ("sv", "militärbloggare"), ("sv", "konkursförvaltaren"),
            ("no", "industri energi"), ("da", "fødevarestyrelsen"), ("da", "serum institut"),
            ("de", "bahnsprecher"), ("de", "bahnsprechers")]


@pytest.mark.parametrize(("lang", "entry"), ONE_PAGE)
def test_one_page_entries_stay_out(lang: str, entry: str) -> None:
    every = {row[0].lower() for name in ("source_types", "named_sources") for row in table(lang, name)}
    assert entry not in every


# The outlets gazetteer is read without regard to case ("Nyt" at a sentence start is looked up as "nyt"): a name
# that is also a common word of one of the languages would turn that word into a news medium.
COMMON_TXT = ("prepositions", "determiners", "complementizers", "coordinators", "subordinators", "auxiliaries",
              "relatives", "negation", "weekdays", "langid_words", "finite_verbs", "roles", "org_words",
              "staff_words", "first_person", "second_person", "expletives", "modals", "infinitive_markers",
              "countries", "first_names")
COMMON_TSV = ("pronouns", "months", "numbers", "source_types", "count_words", "measures", "nationalities")


def _column(lang: str | None, file: str, column: int) -> set[str]:
    raw = _read(lang, file)
    rows = [line.split("\t") for line in _lines(raw)] if raw else []
    return {row[column].strip().lower() for row in rows if len(row) > column}


def _common_words() -> set[str]:
    """Lower-cased entries of the function-word lists and the per-language word lists, every language."""
    out = _column(None, "function_words.tsv", 1)
    for lang in SUPPORTED:
        out |= _column(lang, "function_words.tsv", 1)
        out |= {w for name in COMMON_TXT for w in _column(lang, f"{name}.txt", 0)}
        out |= {w for name in COMMON_TSV for w in _column(lang, f"{name}.tsv", 0)}
    return out


def test_outlets_are_no_common_words() -> None:
    # an acronym is told apart by its capitals ("DR" the broadcaster, "dr" the title)
    common = _common_words()
    clash = [o for o in words(None, "outlets") if o.lower() in common and not (len(o) > 1 and o.isupper())]
    assert not clash, f"lang/outlets.txt: names that are also common words {clash}"


@pytest.mark.parametrize("name", ["Bild", "Nettavisen", "NYT", "Nidaros", "Blick", "Kurier", "Standard", "Guardian",
                                  "Realtid", "Verdens Gang", "Vårt Land", "The Spectator", "Russia Today"])
def test_ambiguous_outlet_names_stay_out(name: str) -> None:
    # a picture, an online paper, Danish "nyt" (new), a cathedral, a glance, a courier, a standard, a guardian,
    # real time, the way of the world, our country, a spectator, "Russia today": everyday words when capitalised
    assert name.lower() not in {o.lower() for o in words(None, "outlets")}
