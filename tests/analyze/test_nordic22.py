"""Norwegian, Danish and Swedish attribution, round nordic22: sentence adverbs between a V2 cue and its inverted
subject ("meldte for eksempel politiet at C"), manner adverbs between a speaker and the complementizer ("sa
tydelig at C"); an "according to" after an impersonal frame ("– Q, hedder det i en erklæring ifølge Reuters")
and the statement nouns such a frame names. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Full, Row, bylined_rows, full_rows

V2_ADVERBS = [
    # one-word adverbs between the cue and its subject are no part of the subject
    ("I går meldte også politiet at to personer var savnet.", "no",
     [("politiet", "meldte", "to personer var savnet")]),
    ("Senere sa imidlertid ordføreren at skolen blir stående.", "no",
     [("ordføreren", "sa", "skolen blir stående")]),
    ("I går oplyste dog politiet, at to personer var savnet.", "da",
     [("politiet", "oplyste", "to personer var savnet")]),
    ("I går meddelade också kommunen att badet stänger.", "sv",
     [("kommunen", "meddelade", "badet stänger")]),
    # two-word adverbs
    ("Den 3. mai meldte for eksempel helsedirektoratet at det var registrert 40 tilfeller.", "no",
     [("helsedirektoratet", "meldte", "det var registrert 40 tilfeller")]),
    ("Etter møtet sa blant annet fylkeslegen at smitten er under kontroll.", "no",
     [("fylkeslegen", "sa", "smitten er under kontroll")]),
    ("I morges oplyste blandt andet beredskabet, at branden var slukket.", "da",
     [("beredskabet", "oplyste", "branden var slukket")]),
    ("I fjol meddelade till exempel regionen att vårdköerna hade kortats.", "sv",
     [("regionen", "meddelade", "vårdköerna hade kortats")]),
    # an adverb before a recipient or a time is no subject's start: nothing changes there
    ("Ordføreren sa også til NRK at skolen blir stående.", "no",
     [("Ordføreren", "sa", "skolen blir stående")]),
]

MANNER = [
    # a manner adverb of speaking between the speaker and the complementizer
    ("På møtet sa ordføreren tydelig at hun ikke ville gå av.", "no",
     [("ordføreren", "sa", "hun ikke ville gå av")]),
    ("Rektor sa klart at skolen ikke blir lagt ned.", "no",
     [("Rektor", "sa", "skolen ikke blir lagt ned")]),
    ("På mødet sagde borgmesteren tydeligt, at hun ikke ville gå af.", "da",
     [("borgmesteren", "sagde", "hun ikke ville gå af")]),
    ("Direktøren sagde åbent, at fabrikken skal lukke.", "da",
     [("Direktøren", "sagde", "fabrikken skal lukke")]),
    ("Ministern sa öppet att hon tänker avgå.", "sv", [("Ministern", "sa", "hon tänker avgå")]),
]


@pytest.mark.parametrize("text,lang,expected", V2_ADVERBS)
def test_sentence_adverbs_before_an_inverted_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", MANNER)
def test_manner_adverbs_before_the_complementizer(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FRAMES = [
    # the preposition's record takes the frame's content; the frame is relayed by it
    ("– Vi har mistet to fartøyer, heter det i en uttalelse ifølge NTB.", "no",
     [("en uttalelse", None, "heter det", "Vi har mistet to fartøyer", "document", ("NTB",)),
      ("NTB", "NTB", "ifølge", "Vi har mistet to fartøyer", "media", ())]),
    ("- Vi har mistet to fartøjer, hedder det i en erklæring ifølge Reuters.", "da",
     [("en erklæring", None, "hedder det", "Vi har mistet to fartøjer", "document", ("Reuters",)),
      ("Reuters", "Reuters", "ifølge", "Vi har mistet to fartøjer", "media", ())]),
    # a frame that names no source of its own: one record, the preposition's source
    ("- Vi har mistet to fartøjer, lyder det ifølge Ritzau.", "da",
     [("Ritzau", "Ritzau", "lyder det", "Vi har mistet to fartøjer", "media", ())]),
    ("– Vi har mistet to fartøyer, lyder det ifølge NTB.", "no",
     [("NTB", "NTB", "lyder det", "Vi har mistet to fartøyer", "media", ())]),
    # a frame pointing back at the sentence before
    ("Hæren har trukket sig tilbage fra byen. Det fremgår af en udtalelse ifølge flere medier.", "da",
     [("en udtalelse", None, "fremgår", "Hæren har trukket sig tilbage fra byen", "document", ("flere medier",)),
      ("flere medier", None, "ifølge", "Hæren har trukket sig tilbage fra byen", "media", ())]),
]

STATEMENT_NOUNS = [
    ("- Vi har mistet to fartøjer, hedder det i en erklæring.", "da",
     [("en erklæring", None, "hedder det", "Vi har mistet to fartøjer", "document", ())]),
    ("- Vi har mistet to fartøjer, lyder det i en meddelelse fra hæren.", "da",
     [("hæren", None, "lyder det", "Vi har mistet to fartøjer", "official", ())]),  # the speaker (da27: live gold)
    ("– Vi har mistet to fartøyer, heter det i en erklæring fra hæren.", "no",
     [("hæren", None, "heter det", "Vi har mistet to fartøyer", "official", ())]),  # the speaker (da27: live gold)
]


@pytest.mark.parametrize("text,lang,expected", FRAMES)
def test_according_to_after_an_impersonal_frame(text: str, lang: str, expected: list[Full]) -> None:
    assert full_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", STATEMENT_NOUNS)
def test_statement_nouns_as_frame_sources(text: str, lang: str, expected: list[Full]) -> None:
    assert full_rows(text, lang) == expected


QUOTING = [
    # the one quoted speaks; the quoting medium relays it
    ("Nyhetsbyrået NTB siterer en talsperson for brannvesenet på at tre hus er evakuert.", "no",
     [("en talsperson for brannvesenet", None, "siterer", "tre hus er evakuert", "person", ("NTB",))]),
    ("Avisen har sitert ordføreren på at skolen skal bygges i år.", "no",
     [("ordføreren", None, "sitert", "skolen skal bygges i år", "person", ("Avisen",))]),
    ("Nyhedsbureauet Ritzau citerer politiet for, at to personer er anholdt.", "da",
     [("politiet", None, "citerer", "to personer er anholdt", "official", ("Ritzau",))]),
    # quoting a text, with no claim after a preposition: no record
    ("Presten siterte et dikt av Ibsen i talen.", "no", []),
    ("Ministeren citerede et digt i sin tale.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", QUOTING)
def test_a_medium_quoting_someone_on_a_claim(text: str, lang: str, expected: list[Full]) -> None:
    assert full_rows(text, lang) == expected


REPORTS = [
    # reports coming in or going round: the report noun is the source (class news)
    ("Det er kommet meldinger om at to biler har kollidert.", "no",
     [("meldinger", None, "er kommet meldinger om", "to biler har kollidert", "unnamed", ())]),
    ("Det foreligger meldinger om at broen er stengt.", "no",
     [("meldinger", None, "foreligger meldinger om", "broen er stengt", "unnamed", ())]),
    ("Det gikk rykter om at fabrikken skulle legges ned.", "no",
     [("rykter", None, "gikk rykter om", "fabrikken skulle legges ned", "unnamed", ())]),
    ("Det gjekk rykter om at ferja var innstilt.", "no",
     [("rykter", None, "gjekk rykter om", "ferja var innstilt", "unnamed", ())]),
    ("Det er kome meldingar om at vegen er stengd.", "no",
     [("meldingar", None, "er kome meldingar om", "vegen er stengd", "unnamed", ())]),
    ("Der er kommet meldinger om, at broen er lukket.", "da",
     [(None, None, "meldinger om", "broen er lukket", None, ())]),
    ("Der gik rygter om, at fabrikken skulle lukke.", "da",
     [("rygter", None, "gik rygter om", "fabrikken skulle lukke", "unnamed", ())]),
    ("På nettet cirkulerede oplysninger om, at færgen var aflyst.", "da",
     [("oplysninger", None, "cirkulerede oplysninger om", "færgen var aflyst", "unnamed", ())]),
    ("Det gick rykten om att fabriken skulle läggas ned.", "sv",
     [("rykten", None, "gick rykten om", "fabriken skulle läggas ned", "unnamed", ())]),
    # a perfect "har" with another participle reports nothing new: no report noun after it
    ("Kommunen har mandag afvist, at skolen lukker.", "da",
     [("Kommunen", "Kommunen", "afvist", "skolen lukker", "official", ())]),
]


@pytest.mark.parametrize("text,lang,expected", REPORTS)
def test_reports_coming_in_or_going_round(text: str, lang: str, expected: list[Full]) -> None:
    assert full_rows(text, lang) == expected
