"""English datelines closed by a dash (titles.after_dateline, sentences.split): a place, its state or country, a
date or a station's bracket before "—", "–", "--" or " - " opens a paragraph and is never the subject of a cue
("KABUL, Afghanistan — X criticized …, saying C": X, not KABUL).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.quotes import find_quotes
from enligt.analyze.sentences import split, tokenize

from .conftest import Row, rows_in

run = rows_in("en")

_CLAIM = "The council rejected the budget on Tuesday, saying the town could not afford a new pool."
_ROW: list[Row] = [("The council", "saying", "the town could not afford a new pool")]

DATELINES: list[str] = [
    "SPRINGFIELD —",  # a place in capitals
    "LITTLE FALLS --",  # two words, a double hyphen
    "DOVER -",  # a spaced hyphen
    "SPRINGFIELD, Ill. —",  # a state spelt like a word
    "EAST HAVEN, Conn. -",
    "GREEN BAY, Wis. (WXYZ) --",  # and a station's call letters
    "RIVERTON, Wyo. (AP) —",
    "KANDAHAR, Afghanistan —",  # a country
    "SAINT JOHN, New Brunswick --",  # a province in two words
    "HALIFAX, N.S. —",  # a dotted abbreviation
    "LIMA, Peru (Updated) —",
    "BOSTON, Oct. 4 —",  # a date
    "March 9 (Reuters) -",  # a date and an agency
    "Springfield, Mo. –",  # a place in title case, with its state
    "Tulsa (KXYZ) —",  # or a station
    "Springfield —",  # or before a long dash
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dash_dateline_is_no_subject(dateline: str) -> None:
    assert run(f"{dateline} {_CLAIM}") == _ROW


NO_DATELINE: list[tuple[str, list[Row]]] = [
    # a name before a dash and a lower-case word is the subject
    ("Ann Lee — a former mayor — criticized the plan, saying it was too costly.",
     [("Ann Lee", "criticized", "the plan"), ("Ann Lee", "saying", "it was too costly")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_DATELINE)
def test_a_name_before_a_dash_stays_the_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def _sentences(text: str) -> list[str]:
    toks = tokenize(text)
    ranges = [(q.open, q.close + 1) for q in find_quotes(text, 0, len(text))]
    return [text[toks[s].start:toks[e - 1].end] for s, e in split(text, toks, "en", ranges)]


STATE_FULL_STOP: list[tuple[str, int]] = [
    # a state's full stop before the dateline's dash or bracket ends no sentence
    ("EAST HAVEN, Conn. - Police closed the road.", 1),
    ("RIVERTON, Wyo. (AP) — Police closed the road.", 1),
    ("DOVER, Del. — Police closed the road. Nobody was hurt.", 2),
    # a short name's full stop before a bracket, with no comma before it, does
    ("We met Ann. (She was late.) Then we left.", 3),
    # later in a paragraph it does
    ("The plant in Dover closed its doors on Friday after many years in Del. The workers left.", 2),
]


@pytest.mark.parametrize(("text", "n"), STATE_FULL_STOP)
def test_a_dateline_state_ends_no_sentence(text: str, n: int) -> None:
    assert len(_sentences(text)) == n
