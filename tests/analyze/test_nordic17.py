"""Swedish, Norwegian and Danish attribution shapes (issue 10, nordic17), pooled across the three languages.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

OWN_RECIPIENT = [
    # Danish/Norwegian "to" is the numeral two, never the English recipient "to"
    ("Politiet bekræfter to dødsfald efter branden.", "da",
     [("Politiet", "bekræfter", "to dødsfald efter branden")]),
    ("Brandvæsenet melder to sårede efter eksplosionen.", "da",
     [("Brandvæsenet", "melder", "to sårede efter eksplosionen")]),
    ("Politiet bekrefter to dødsfall etter brannen.", "no",
     [("Politiet", "bekrefter", "to dødsfall etter brannen")]),
    # the language's own recipient preposition is still read
    ("Politiet oplyser til avisen, at to er anholdt.", "da", [("Politiet", "oplyser", "to er anholdt")]),
    ("Politiet opplyser til avisen at to er pågrepet.", "no", [("Politiet", "opplyser", "to er pågrepet")]),
]


@pytest.mark.parametrize("text,lang,expected", OWN_RECIPIENT)
def test_the_numeral_two_is_no_recipient(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CONJUNCT_SUBJECT = [
    # a cue after "men"/"og"/"och" with no complementizer: the first verb's subject speaks
    ("Kvinnan är häktad men förnekar brott.", "sv", [("Kvinnan", "förnekar", "brott")]),
    ("Föraren är misstänkt men menar det var halt på vägen.", "sv",
     [("Föraren", "menar", "det var halt på vägen")]),
    ("Sjåføren er siktet, men mener det var glatt på veien.", "no",
     [("Sjåføren", "mener", "det var glatt på veien")]),
    ("Tiltalte innrømmer å ha kjørt bilen, men mener han ikke var beruset.", "no",
     [("Tiltalte", "innrømmer", "å ha kjørt bilen"), ("Tiltalte", "mener", "han ikke var beruset")]),
    ("Chaufføren er sigtet, men mener selv det var glat på vejen.", "da",
     [("Chaufføren", "mener", "selv det var glat på vejen")]),
    # a fronted phrase opens the sentence: its words name no speaker
    ("I fjor var veien stengt, men mener det var trygt.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", CONJUNCT_SUBJECT)
def test_a_conjunct_cue_takes_the_first_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


OBJECT_THEN_CLAUSE = [
    # a noun object ends at ", och/og" and a new clause's subject and verb
    ("Mannen förnekar brott, och polisen är tyst om motivet.", "sv", [("Mannen", "förnekar", "brott")]),
    ("Mannen benekter anklagene, og politiet er tause om motivet.", "no",
     [("Mannen", "benekter", "anklagene")]),
    # a reported clause goes on
    ("Hon säger att han sprang, och polisen letar efter honom.", "sv",
     [("Hon", "säger", "han sprang, och polisen letar efter honom")]),
]


@pytest.mark.parametrize("text,lang,expected", OBJECT_THEN_CLAUSE)
def test_a_noun_object_ends_at_a_coordinated_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PHASE_INSIDE = [
    # a phrase of the first phase between a cue's words
    ("Der var i første omgang meldinger om, at broen var lukket.", "da",
     [(None, "meldinger om", "broen var lukket")]),
    ("Det fanns till en början uppgifter om att bron var stängd.", "sv",
     [("uppgifter", "fanns till en början uppgifter om", "bron var stängd")]),
    # the writer's next clause after ", men" ends the claim; a second "at"-clause goes on
    ("Der var meldinger om, at broen var lukket, men kommunen har åbnet den igen.", "da",
     [(None, "meldinger om", "broen var lukket")]),
    ("Der var meldinger om, at broen var lukket, men at færgen sejlede.", "da",
     [(None, "meldinger om", "broen var lukket, men at færgen sejlede")]),
]


@pytest.mark.parametrize("text,lang,expected", PHASE_INSIDE)
def test_a_phase_phrase_inside_a_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NAMED_NOUN = [
    # a naming verb with a noun object and no particle: a quoted word or a definite superlative
    ('Ministern kallar förslaget "orimligt" i en intervju.', "sv",
     [("Ministern", "kallar", 'förslaget "orimligt" i en intervju')]),
    ("Presidenten kaller ulykken den største katastrofen i landets historie.", "no",
     [("Presidenten", "kaller", "ulykken den største katastrofen i landets historie")]),
    ('Ministeren kalder forslaget "urimeligt".', "da", [("Ministeren", "kalder", 'forslaget "urimeligt"')]),
    # a name taken, or a noun with no naming after it
    ('Gruppen kalder sig "De frie" og mødes hver uge.', "da", []),
    ("Treneren kaller spillerne inn til samling.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", NAMED_NOUN)
def test_a_naming_of_a_noun_without_its_particle(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CONJUNCT_NAMING = [
    # a naming after "och"/"og": the first verb's subject; a dash and "medan"/"mens" end the claim
    ('Anna Ek rasar och kallar upplägget "orimligt" – medan partiet försvarar det.', "sv",
     [("Anna Ek", "kallar", 'upplägget "orimligt"')]),
    ('Kari Lie raser og kaller planen "urimelig" – mens partiet forsvarer den.', "no",
     [("Kari Lie", "kaller", 'planen "urimelig"')]),
    ('Mette Holm raser og kalder planen "urimelig" – mens partiet forsvarer den.', "da",
     [("Mette Holm", "kalder", 'planen "urimelig"')]),
]


@pytest.mark.parametrize("text,lang,expected", CONJUNCT_NAMING)
def test_a_conjunct_naming_and_a_dashed_contrast(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
