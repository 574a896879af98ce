"""Norwegian shapes of real news pages (issue 10, no16): a report that an event took place, naming it alone
("meldte om hendelsen"), reports no words; and a pass over the language's reporting vocabulary (Bokmål forms
no list had, the Nynorsk forms of the listed Bokmål verbs, s-passive hearsay). Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

TOLD_EVENT = [
    # telling that an event took place: the definite event noun alone is no claim
    ("Naboer meldte om ulykken til politiet like etter midnatt.", "no", []),
    ("Vaktsjefen rapporterte om brannen klokka tre.", "no", []),
    ("Et vitne varslet om ranet fra en telefonkiosk.", "no", []),
    # what was told: a claim
    ("Brannvesenet melder om tre skadde.", "no", [("Brannvesenet", "melder om", "tre skadde")]),
    ("Politiet melder om ulykken at to personer er sendt til sykehus.", "no",
     [("Politiet", "melder om", "ulykken at to personer er sendt til sykehus")]),
]


@pytest.mark.parametrize("text,lang,expected", TOLD_EVENT)
def test_a_told_event_reports_no_words(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


BOKMAL_VERBS = [
    ("Rektor meddeler at skolen holder stengt.", "no", [("Rektor", "meddeler", "skolen holder stengt")]),
    ("Styret meddelte at direktøren går av.", "no", [("Styret", "meddelte", "direktøren går av")]),
    ("Naboene innvender at veien blir for smal.", "no", [("Naboene", "innvender", "veien blir for smal")]),
    ("Klubben stadfestet at treneren forlater laget.", "no",
     [("Klubben", "stadfestet", "treneren forlater laget")]),
    ("Forskeren betviler at tallene stemmer.", "no", [("Forskeren", "betviler", "tallene stemmer")]),
    ("Analytikerne estimerer at salget faller.", "no", [("Analytikerne", "estimerer", "salget faller")]),
    ("Tilsynet verifiserte at prøvene var rene.", "no", [("Tilsynet", "verifiserte", "prøvene var rene")]),
    ("Advokaten argumenterer for at straffen er for streng.", "no",
     [("Advokaten", "argumenterer for", "straffen er for streng")]),
    ("Partiet karakteriserer forslaget som uansvarlig.", "no",
     [("Partiet", "karakteriserer", "forslaget som uansvarlig")]),
    # other senses, with no clause after them, report nothing
    ("Forskeren betviler tallene.", "no", []),
    ("Analytikerne estimerer salget.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", BOKMAL_VERBS)
def test_more_bokmal_reporting_verbs(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NYNORSK_VERBS = [
    ("Ordføraren understrekar at skulen skal haldast open.", "no",
     [("Ordføraren", "understrekar", "skulen skal haldast open")]),
    ("Legen påpeika at ventetida er for lang.", "no", [("Legen", "påpeika", "ventetida er for lang")]),
    ("– Vi gjer det vi kan, legg ho til.", "no", [("ho", "legg til", "Vi gjer det vi kan")]),
    ("– Dette er ei vanskeleg sak, utdjupar advokaten.", "no",
     [("advokaten", "utdjupar", "Dette er ei vanskeleg sak")]),
    ("Styreleiaren vedgår at det vart gjort feil.", "no", [("Styreleiaren", "vedgår", "det vart gjort feil")]),
    ("Meteorologen åtvarar om at det kjem mykje regn.", "no",
     [("Meteorologen", "åtvarar om", "det kjem mykje regn")]),
    ("Kommunen reknar med at brua er ferdig i haust.", "no",
     [("Kommunen", "reknar med", "brua er ferdig i haust")]),
    ("Tiltalte nektar for at han var på staden.", "no", [("Tiltalte", "nektar for", "han var på staden")]),
    ("Forskarane tvilar på at tala stemmer.", "no", [("Forskarane", "tvilar på", "tala stemmer")]),
    ("Rådmannen peikar på at budsjettet er stramt.", "no", [("Rådmannen", "peikar på", "budsjettet er stramt")]),
    ("Det er for tidleg å seie noko, heiter det i meldinga.", "no",
     [("meldinga", "heiter det", "Det er for tidleg å seie noko")]),
]


@pytest.mark.parametrize("text,lang,expected", NYNORSK_VERBS)
def test_nynorsk_reporting_verbs(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


HEARSAY = [
    ("Mannen har etter sigende flyktet til utlandet.", "no",
     [(None, "etter sigende", "Mannen har etter sigende flyktet til utlandet")]),
    ("Det ryktes at butikken skal legges ned.", "no", [(None, "ryktes", "butikken skal legges ned")]),
    ("Bilen seiest å ha køyrt for fort.", "no", [(None, "seiest", "Bilen seiest å ha køyrt for fort")]),
    # the Nynorsk passive auxiliary "vert" is no part of a speaker
    ("Det vert opplyst at vegen er stengd.", "no", [(None, "opplyst", "vegen er stengd")]),
    ("I går vert det opplyst at vegen er stengd.", "no", [(None, "opplyst", "vegen er stengd")]),
]


@pytest.mark.parametrize("text,lang,expected", HEARSAY)
def test_norwegian_hearsay_markers(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


RELAYED_DASH_TAG = [
    # "– Q, sier X ifølge M.": X's words, which the medium only relays (its via, no record of its own)
    ("Brannen var stor.\n\n– Vi fikk alle ut i tide. Huset er tapt, sa brannsjefen ifølge NRK.", "no",
     [("brannsjefen", "sa", "Vi fikk alle ut i tide. Huset er tapt", ("NRK",))]),
    ("Brannen var stor.\n\n– Vi fekk alle ut, seier brannsjefen ifølgje NRK.", "no",
     [("brannsjefen", "seier", "Vi fekk alle ut", ("NRK",))]),
    ("Branden var stor.\n\n– Vi fick ut alla i tid, sa brandchefen enligt SVT.", "sv",
     [("brandchefen", "sa", "Vi fick ut alla i tid", ("SVT",))]),
]


@pytest.mark.parametrize("text,lang,expected", RELAYED_DASH_TAG)
def test_a_medium_after_a_dash_quotations_tag_relays_it(
        text: str, lang: str, expected: list[tuple[str | None, str | None, str, tuple[str, ...]]]) -> None:
    assert [(a.source, a.cue, a.content, a.via) for a in bylined_attributions(text, lang)] == expected


REASONS = [
    # giving a reason: the clause or noun phrase after "med"; an explanation only with a clause
    ("Ordføreren begrunner det med at budsjettet er stramt.", "no",
     [("Ordføreren", "begrunner det med", "budsjettet er stramt")]),
    ("Styret begrunnet med at salget har falt.", "no", [("Styret", "begrunnet med", "salget har falt")]),
    ("Lensmannen forklarer det med at veien var glatt.", "no",
     [("Lensmannen", "forklarer det med", "veien var glatt")]),
    ("Han forklarer det med sine egne ord.", "no", []),
    # a relative pronoun standing for the clause before it: the subject after it is the source
    ("Skatten øker, noe han begrunner med høye renter.", "no", [("han", "begrunner med", "høye renter")]),
    ("Prisene stiger, noe rådmannen begrunner med at renta går opp.", "no",
     [("rådmannen", "begrunner med", "renta går opp")]),
]


@pytest.mark.parametrize("text,lang,expected", REASONS)
def test_a_reason_given_is_a_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


MORE_FORMS = [
    ("Klubben bekrefta at treneren går av.", "no", [("Klubben", "bekrefta", "treneren går av")]),
    ("Direktøren innrømte at tallene var feil.", "no", [("Direktøren", "innrømte", "tallene var feil")]),
    ("Banken varsla at renta skal opp.", "no", [("Banken", "varsla", "renta skal opp")]),
    ("Rapporten dokumenterer at utslippene økte.", "no", [("Rapporten", "dokumenterer", "utslippene økte")]),
    ("Kommunen gjorde det klart at skolen legges ned.", "no",
     [("Kommunen", "gjorde det klart", "skolen legges ned")]),
    # other senses, with no clause after them, report nothing
    ("Banken varsla kundene.", "no", []),
    ("Rapporten dokumenterer utslippene.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", MORE_FORMS)
def test_more_bokmal_forms(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
