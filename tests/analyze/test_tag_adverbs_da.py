"""Tests of tag adverbs (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows

# da42: Danish adverbs between a tag's verb and its subject are no part of the speaker (tails.tag_lead for
# "C, siger dog X"; tails.v2_adverbs_end for "Det siger i øvrigt X"): one word or a listed phrase of two or three.
# Every sentence is written for its test.
INVERTED: list[tuple[str, list[Row]]] = [
    ("Budgettet holder ikke til flere ansættelser, siger dog kassereren.",
     [("kassereren", "siger", "Budgettet holder ikke til flere ansættelser")]),
    ("Hallen skal renoveres inden vinteren, oplyser i dag kommunen.",
     [("kommunen", "oplyser", "Hallen skal renoveres inden vinteren")]),
    ("Vi venter stadig på svar fra ministeriet, siger til gengæld Lise Berg til Radio4.",
     [("Lise Berg", "siger", "Vi venter stadig på svar fra ministeriet")]),
    # an adverb after the subject stays where it is
    ("Vi venter stadig på svar fra ministeriet, siger hun også.",
     [("hun", "siger", "Vi venter stadig på svar fra ministeriet")]),
]

POINTING_BACK: list[tuple[str, list[Row]]] = [
    ("Færgen sejler ikke i morgen. Det oplyser nu rederiet.", [("rederiet", "oplyser", "Færgen sejler ikke i morgen")]),
    ("Færgen sejler ikke i morgen. Det bekræfter i øvrigt havnefogeden.",
     [("havnefogeden", "bekræfter", "Færgen sejler ikke i morgen")]),
    ("Færgen sejler ikke i morgen. Det mener i hvert fald kaptajnen.",
     [("kaptajnen", "mener", "Færgen sejler ikke i morgen")]),
]


@pytest.mark.parametrize("text,expected", INVERTED)
def test_adverbs_before_an_inverted_speaker(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected


@pytest.mark.parametrize("text,expected", POINTING_BACK)
def test_adverbs_before_the_speaker_of_a_tag_pointing_back(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected


# da42: a weekday (and its time words) after an inverted speaker is when it was said: no part of the speaker, and
# the medium told after it is still read (inverted.past_day)
DAYS: list[tuple[str, list[tuple[str | None, str | None, str, tuple[str, ...]]]]] = [
    ("Vi åbner hallen igen efter påske, siger formanden torsdag.",
     [("formanden", "siger", "Vi åbner hallen igen efter påske", ())]),
    ("Vi åbner hallen igen efter påske, siger formand Eva Dahl onsdag aften til Radio4.",
     [("formand Eva Dahl", "siger", "Vi åbner hallen igen efter påske", ("Radio4",))]),
    ("Vi åbner hallen igen efter påske, siger formanden i går.",
     [("formanden", "siger", "Vi åbner hallen igen efter påske", ())]),
    ("Vi åbner hallen igen efter påske, lød det fra formanden i går.",
     [("formanden", "lød det fra", "Vi åbner hallen igen efter påske", ())]),
    ("Hallen åbner igen efter påske, oplyste kommunen sent fredag aften.",
     [("kommunen", "oplyste", "Hallen åbner igen efter påske", ())]),
    ("Hallen åbner igen efter påske. Det oplyser kommunen fredag til TV 2.",
     [("kommunen", "oplyser", "Hallen åbner igen efter påske", ("TV 2",))]),
]


@pytest.mark.parametrize("text,expected", DAYS)
def test_a_weekday_after_the_inverted_speaker(text: str, expected: list[tuple[str | None, str | None, str, tuple[str, ...]]]
                                              ) -> None:
    assert [(a.source, a.cue, a.content, a.via) for a in attributions(text, "da")] == expected


# da42: the medium told "over for" after the speaker's apposition (shapes.recipient_after_apposition)
OVER_FOR: list[tuple[str, tuple[str, ...]]] = [
    ("Huset er solgt. Det bekræfter mægler Eva Lund, der har haft salget, over for TV 2.", ("TV 2",)),
]


@pytest.mark.parametrize("text,via", OVER_FOR)
def test_over_for_after_an_apposition(text: str, via: tuple[str, ...]) -> None:
    assert [a.via for a in attributions(text, "da")] == [via]
