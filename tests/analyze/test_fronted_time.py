"""A time phrase fronted before the subject is no part of the source: English without its comma
(segkinds._time_lead), Swedish lead words before "före" (fronting.led_phrase) and German or Swedish spans of
time before "später"/"senare" (fronting._duration_before, `unit` and `lead` in fronted.tsv). Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

FRONTED_TIME = {
    "en": [
        ("Earlier Tuesday the harbour master said two boats had sunk.",
         ("the harbour master", "said", "two boats had sunk")),
        ("Late Friday officials said the bridge would stay shut.", ("officials", "said", "the bridge would stay shut")),
        ("Shortly before 4 a.m. police said the fire was out.", ("police", "said", "the fire was out")),
        ("Around 11 p.m. the council said the vote was delayed.", ("the council", "said", "the vote was delayed")),
        ("Wednesday night the coach said the team was tired.", ("the coach", "said", "the team was tired")),
        ("In 2021 officials said the plant would close.", ("officials", "said", "the plant would close")),
        ("Later Monday she said the talks had failed.", ("she", "said", "the talks had failed")),
    ],
    "sv": [
        ("Strax före klockan 03 i natt uppgav polisen att bilen hittats.", ("polisen", "uppgav", "bilen hittats")),
        ("En stund senare meddelade kommunen att skolan stängs.", ("kommunen", "meddelade", "skolan stängs")),
    ],
    "de": [
        ("Wenig später sagte eine Sprecherin, der Zug sei entgleist.",
         ("eine Sprecherin", "sagte", "der Zug sei entgleist")),
        ("Kurze Zeit später teilte die Stadt mit, die Schule bleibe zu.",
         ("die Stadt", "teilte mit", "die Schule bleibe zu")),
        ("Wenige Minuten danach sagte der Fahrer, er habe nichts gesehen.",
         ("der Fahrer", "sagte", "er habe nichts gesehen")),
    ],
}


@pytest.mark.parametrize(("lang", "text", "row"), [(lang, t, r) for lang, cases in FRONTED_TIME.items() for t, r in cases])
def test_a_fronted_time_phrase_is_no_part_of_the_source(lang: str, text: str, row: Row) -> None:
    assert rows(text, lang) == [row]


SUBJECTS = {
    # a capitalised time word inside a name, a bare number, "före detta" before a title: the subject itself
    "en": [
        ("Sunday Courier editors said the report was wrong.", ("Sunday Courier editors", "said", "the report was wrong")),
        ("12 nurses said the ward was full.", ("12 nurses", "said", "the ward was full")),
    ],
    "sv": [
        ("Före detta landshövdingen säger att beslutet var fel.",
         ("Före detta landshövdingen", "säger", "beslutet var fel")),
    ],
    "de": [
        ("Zwei Zeuginnen sagten, der Wagen sei zu schnell gewesen.",
         ("Zwei Zeuginnen", "sagten", "der Wagen sei zu schnell gewesen")),
    ],
}


@pytest.mark.parametrize(("lang", "text", "row"), [(lang, t, r) for lang, cases in SUBJECTS.items() for t, r in cases])
def test_a_subject_that_opens_like_a_time_phrase_stays(lang: str, text: str, row: Row) -> None:
    assert rows(text, lang) == [row]
