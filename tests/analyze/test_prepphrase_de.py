"""German: a bare source noun after "laut" and an abstract noun right after it (`common_noun_ending` in
lang/de/function_words.tsv; analyze/prepphrase.bare_noun_end): the second noun is the clause's own, no part of the
source; a place or a name after the noun stays in it. "Nach" before a process noun with an adjective of its manner or a
participle tells a time, no source (`process_noun`, `process_adjective`). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

BARE: list[tuple[str, list[Row]]] = [
    ("Im Tarifstreit gibt es laut Gewerkschaft Bewegung.",
     [("Gewerkschaft", "laut", "Im Tarifstreit gibt es Bewegung")]),
    ("Die Reederei plant laut Ministerium Entlassungen in zwei Häfen.",
     [("Ministerium", "laut", "Die Reederei plant Entlassungen in zwei Häfen")]),
    ("Der Tunnel ist laut Polizei Bremen wieder offen.",
     [("Polizei Bremen", "laut", "Der Tunnel ist wieder offen")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_an_abstract_noun_after_a_bare_source_is_the_claims(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PROCESS: list[tuple[str, list[Row]]] = [
    ("Nach gründlicher Prüfung steht nun fest, dass die Halle abgerissen wird.", []),
    ("Nach wochenlangen Ermittlungen hat die Polizei einen Verdächtigen gefasst.", []),
    ("Nach abgeschlossenen Untersuchungen darf das Werk wieder öffnen.", []),
    ("Nach ersten Ermittlungen war der Fahrer zu schnell.",
     [("ersten Ermittlungen", "Nach", "war der Fahrer zu schnell")]),
]


@pytest.mark.parametrize(("text", "expected"), PROCESS)
def test_nach_a_process_done_is_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
