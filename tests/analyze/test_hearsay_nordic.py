"""Tests of `enligt.analyze.hearsay` (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# Issue 10, hearsay12: impersonal and hearsay reports. A Nordic sentence that goes on after a comma with a fronted
# adverb, a reporting verb and its own subject ("…, sedan sa räddningstjänsten att C") holds a second report: the
# first claim stops before it, and a subordinator that is also an adverb ("sedan", "da") right before the verb opens
# no clause. Hearsay "skal være" outside a relative clause with what a fire left ("helt overtent") or who was
# involved ("en ung mann") is a report, not a plan. A phrase of grounds with a report noun before the modal ("Ut fra
# opplysninger vi har, skal …") is the speaker's own knowledge: no second, sourceless record. Every sentence is written
# for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    # a fronted adverb after a comma, a cue and its subject: a second report, and the first stops before it
    ("Först sa polisen att två bussar krockat, sedan sa kommunen att det var tre bussar.", "sv",
     [("polisen", "sa", "två bussar krockat"), ("kommunen", "sa", "det var tre bussar")]),
    ("Två bussar krockade, senare meddelade kommunen att ingen skadats.", "sv",
     [("kommunen", "meddelade", "ingen skadats")]),
    ("Först uppgavs att två bussar krockat, sedan sa man att det var tre bussar.", "sv",
     [(None, "uppgavs", "två bussar krockat"), ("man", "sa", "det var tre bussar")]),
    ("Først sa politiet at to busser hadde kollidert, senere sa kommunen at det var tre busser.", "no",
     [("politiet", "sa", "to busser hadde kollidert"), ("kommunen", "sa", "det var tre busser")]),
    ("Først sagde politiet, at to busser var stødt sammen, senere sagde kommunen, at det var tre busser.", "da",
     [("politiet", "sagde", "to busser var stødt sammen"), ("kommunen", "sagde", "det var tre busser")]),
    ("To busser stødte sammen, da sagde kommunen, at ingen var kommet til skade.", "da",
     [("kommunen", "sagde", "ingen var kommet til skade")]),
    # a subordinator with its own subject still opens a clause
    ("Bussen körde vidare sedan polisen sa att vägen var fri.", "sv", [("polisen", "sa", "vägen var fri")]),
    # "skal være" with what a fire left or who was involved: hearsay
    ("Brannen startet i natt. Ved midnatt skal huset være helt overtent.", "no",
     [(None, "skal være", "Ved midnatt skal huset være helt overtent")]),
    ("Den skadde skal være en ung mann.", "no", [(None, "skal være", "Den skadde skal være en ung mann")]),
    ("Vid midnatt ska huset vara helt övertänt.", "sv",
     [(None, "ska vara", "Vid midnatt ska huset vara helt övertänt")]),
    ("Föraren ska vara en kvinna i 40-årsåldern.", "sv",
     [(None, "ska vara", "Föraren ska vara en kvinna i 40-årsåldern")]),
    ("Ved midnat skal huset være helt overtændt.", "da",
     [(None, "skal være", "Ved midnat skal huset være helt overtændt")]),
    ("Føreren skal være en mand i 40'erne.", "da", [(None, "skal være", "Føreren skal være en mand i 40'erne")]),
    # plans stay plans
    ("Skolen skal være ferdig til høsten.", "no", []),
    ("Skolan ska vara klar till hösten.", "sv", []),
    # grounds with a report noun before the modal: the speaker's knowledge, no sourceless record
    ("– Ut fra opplysninger vi har nå, skal brannen ha startet i kjelleren, sier vaktlederen.", "no",
     [("vaktlederen", "sier", "Ut fra opplysninger vi har nå, skal brannen ha startet i kjelleren")]),
    ("– Utifrån de uppgifter vi har ska branden ha startat i källaren, säger insatsledaren.", "sv",
     [("insatsledaren", "säger", "Utifrån de uppgifter vi har ska branden ha startat i källaren")]),
    ("– Ud fra de oplysninger vi har, skal branden have startet i kælderen, siger vagtchefen.", "da",
     [("vagtchefen", "siger", "Ud fra de oplysninger vi har, skal branden have startet i kælderen")]),
    # without grounds the modal still reports
    ("Brannen skal ha startet i kjelleren.", "no", [(None, "skal ha", "Brannen skal ha startet i kjelleren")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_hearsay12(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# Issue 10, nordic26: "ska/skal ha" with a noun object. A Swedish or Norwegian "ska ha"/"skal ha" before a
# lower-case word with a noun ending no participle has ("känslan", "möjligheten", "opplæring", "tryggheten") is a
# plan or possession, not the hearsay perfect; before a participle it stays hearsay. Every sentence is written for
# its test.
CASES_2: list[tuple[str, str, list[Row]]] = [
    # a noun object after "ha": a plan or possession, no hearsay
    ("Rektorn vill att alla elever ska ha känslan av att skolan är trygg.", "sv", []),
    ("Varje hyresgäst ska ha möjligheten att säga upp avtalet.", "sv", []),
    ("Kommunen säger att barnen ska ha tryggheten kvar i skolan.", "sv",
     [("Kommunen", "säger", "barnen ska ha tryggheten kvar i skolan")]),
    ("Alla anställda ska ha utbildning i brandskydd före sommaren.", "sv", []),
    ("Elevene skal ha opplæring i svømming fra neste år.", "no", []),
    ("Pasientene skal ha tryggheten tilbake etter flyttingen.", "no", []),
    ("Alle ansatte skal ha muligheten til å jobbe hjemme.", "no", []),
    # a participle after "ha": hearsay
    ("Två elever ska ha skadats vid olyckan.", "sv",
     [(None, "ska ha", "Två elever ska ha skadats vid olyckan")]),
    ("Föraren ska ha kört mot rött ljus.", "sv", [(None, "ska ha", "Föraren ska ha kört mot rött ljus")]),
    ("To personer skal ha blitt skadet i ulykken.", "no",
     [(None, "skal ha", "To personer skal ha blitt skadet i ulykken")]),
    ("Sjåføren skal ha kjørt mot rødt lys.", "no", [(None, "skal ha", "Sjåføren skal ha kjørt mot rødt lys")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES_2)
def test_hearsay26(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
