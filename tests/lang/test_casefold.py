"""`ODD_CASE` (lang/casefold.py): the only characters a case-blind pattern takes for a letter of our lists though
they do not lower-case to it, so a cheap word test in the lower-cased text may skip the pattern for any other."""
from __future__ import annotations

import re

import pytest

from enligt.lang import SUPPORTED, all_languages_words, words
from enligt.lang.casefold import ODD_CASE, guard_words, odd_case

LISTS = ("site_lines", "more_lines", "pledge_lines")  # (every language's, as `structure/outlet.py` reads them)


def _letters() -> set[str]:
    phrases = {p for code in SUPPORTED for p in words(code, "refusals")}
    phrases |= {p for name in LISTS for p in all_languages_words(name)}
    return {ch for p in phrases for ch in p.replace("*", " ") if not ch.isspace()}


def test_odd_case_holds_every_character_a_case_blind_match_takes_for_another_letter() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = {c for letter in _letters() for c in re.findall(re.escape(letter), every, re.IGNORECASE)
           if c.lower() != letter.lower()}
    assert odd <= set(ODD_CASE)


def test_the_lists_letters_lower_case_to_one_letter() -> None:
    assert all(len(ch.lower()) == 1 for ch in _letters())


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi vill inte svara.", False),
    ("Wir äußern uns nicht – sagt sie.", False),
    ("Vi vill ınte svara.", True),
    ("İKKE", True),
    ("Wir äuſsern uns nicht.", True),
])
def test_odd_case(text: str, expected: bool) -> None:
    assert odd_case(text) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["tull", "tullverket", "skatt"], ("tull", "skatt")),  # "tullverket" holds "tull"
    (["rise", "arise", "sunrise", "fall"], ("fall", "rise")),  # shortest first, then by letter
    (["same", "same"], ("same",)),
    ([], ()),
])
def test_guard_words_keep_the_shortest_of_words_inside_each_other(words: list[str], expected: tuple[str, ...]) -> None:
    assert guard_words(words) == expected
