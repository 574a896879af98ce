"""Tests of `enligt.analyze.cues` (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# Swedish, Norwegian and Danish reporting verbs from an inventory of each language (issue 10): verbs of stating,
# admitting, denying, estimating, naming and being told, in their present, past and perfect forms, after a modal,
# with their particles, and inverted after a fronted phrase; verbs with other senses only before a clause. Every
# sentence is written for its test.
SWEDISH = [
    # present, past, perfect of verbs of stating
    ("Rektorn tillkännager att skolan stänger i juni.", [("Rektorn", "tillkännager", "skolan stänger i juni")]),
    ("Kommunen kungjorde att bron öppnar igen.", [("Kommunen", "kungjorde", "bron öppnar igen")]),
    ("Polisen har fastslagit att branden var anlagd.", [("Polisen", "fastslagit", "branden var anlagd")]),
    ("Förbundet har slagit fast att avtalet gäller.", [("Förbundet", "slagit fast", "avtalet gäller")]),
    # a verb with other senses, before a clause
    ("Bolaget anger att leveranserna är försenade.", [("Bolaget", "anger", "leveranserna är försenade")]),
    ("Läkaren pekar på att vården saknar personal.", [("Läkaren", "pekar på", "vården saknar personal")]),
    ("Grannarna larmade om att det brann i källaren.",
     [("Grannarna", "larmade om", "det brann i källaren")]),
    ("Åklagaren redogjorde för att vittnet hade ljugit.",
     [("Åklagaren", "redogjorde för", "vittnet hade ljugit")]),
    ("Facket kritiserar att lönerna sänks.", [("Facket", "kritiserar", "lönerna sänks")]),
    # without a clause, such a verb reports nothing
    ("Riksdagen antog budgeten i går.", []),
    ("Bolaget anger priset i euro.", []),
    ("Hon pekar på kartan.", []),
    # admitting, denying, believing
    ("Ministern tillstod att planen hade brister.", [("Ministern", "tillstod", "planen hade brister")]),
    ("Han tror inte att bron håller.", [("Han", "tror inte", "bron håller")]),
    ("Experterna förmodar att priserna stiger.", [("Experterna", "förmodar", "priserna stiger")]),
    # V2: a fronted phrase, then the cue and its subject
    ("I ett pressmeddelande tillkännager bolaget att vd:n avgår.",
     [("bolaget", "tillkännager", "vd:n avgår")]),
    # modal and infinitive
    ("Polisen kan berätta att en man har gripits.", [("Polisen", "kan berätta", "en man har gripits")]),
    # being told
    ("Familjen fick besked om att sonen var skadad.", [(None, "fick besked om", "sonen var skadad")]),
]

NORWEGIAN = [
    ("Rådmannen tilføyer at budsjettet er stramt.", [("Rådmannen", "tilføyer", "budsjettet er stramt")]),
    ("Legen fremholdt at pasienten var stabil.", [("Legen", "fremholdt", "pasienten var stabil")]),
    ("Politiet har fastslått at brannen var påsatt.", [("Politiet", "fastslått", "brannen var påsatt")]),
    ("Styret berømmer at de ansatte har stått på.", [("Styret", "berømmer", "de ansatte har stått på")]),
    ("Naboene anklaget at kommunen hadde sovet.", [("Naboene", "anklaget", "kommunen hadde sovet")]),
    ("Rektor minner om at reglene er klare.", [("Rektor", "minner om", "reglene er klare")]),
    ("Hun synes at saken er ille.", [("Hun", "synes", "saken er ille")]),
    ("Han tilsto at han hadde løyet.", [("Han", "tilsto", "han hadde løyet")]),
    ("Ordføreren regner med at veien åpner i mai.", [("Ordføreren", "regner med", "veien åpner i mai")]),
    ("Politiet oppdaterer at brannen er slukket.", [("Politiet", "oppdaterer", "brannen er slukket")]),
    # without a clause: nothing
    ("Hun roser innsatsen.", []),
    ("Statsadvokaten anklager mannen.", []),
    ("Vi oppdaterer saken.", []),
    # V2 and modal
    ("I en epost tilføyer selskapet at prisene øker.", [("selskapet", "tilføyer", "prisene øker")]),
    ("Politiet kan si at to er pågrepet.", [("Politiet", "si", "to er pågrepet")]),
    ("Hun fikk beskjed om at toget var innstilt.", [(None, "fikk beskjed om", "toget var innstilt")]),
]

DANISH = [
    ("Ministeren præciserer, at loven gælder alle.", [("Ministeren", "præciserer", "loven gælder alle")]),
    ("Kommunen bekendtgjorde, at skolen lukker.", [("Kommunen", "bekendtgjorde", "skolen lukker")]),
    ("Politiet har fastslået, at branden var påsat.", [("Politiet", "fastslået", "branden var påsat")]),
    ("Selskabet annoncerede, at fabrikken lukker.", [("Selskabet", "annoncerede", "fabrikken lukker")]),
    ("Forældrene roser, at skolen har reageret hurtigt.",
     [("Forældrene", "roser", "skolen har reageret hurtigt")]),
    ("Eksperten peger på, at priserne stiger.", [("Eksperten", "peger på", "priserne stiger")]),
    ("Lægen synes, at reglerne er for stramme.", [("Lægen", "synes", "reglerne er for stramme")]),
    ("Han tilstod, at han havde stjålet bilen.", [("Han", "tilstod", "han havde stjålet bilen")]),
    ("Borgmesteren regner med, at vejen åbner i maj.", [("Borgmesteren", "regner med", "vejen åbner i maj")]),
    # without a clause: nothing
    ("Anklageren roser politiets arbejde.", []),
    ("Selskabet annoncerede en ny bil.", []),
    # V2 and modal
    ("I en mail præciserer ministeriet, at reglen gælder.", [("ministeriet", "præciserer", "reglen gælder")]),
    ("Politiet kan sige, at to er anholdt.", [("Politiet", "kan sige", "to er anholdt")]),
    ("Hun fik besked om, at toget var aflyst.", [(None, "fik besked om", "toget var aflyst")]),
]

# a quotation's tag (the cue inverted after the quote), naming with a particle, a modal split by a time word
TAGS_AND_NAMING = [
    ("– Det här är helt fel, kritiserar Anna Berg.", "sv", [("Anna Berg", "kritiserar", "Det här är helt fel")]),
    ("– Vi har inte fått några svar, larmade facket i går.", "sv",
     [("facket", "larmade", "Vi har inte fått några svar")]),
    ("Socialdemokraterna betecknar beslutet som huvudlöst.", "sv",
     [("Socialdemokraterna", "betecknar", "beslutet som huvudlöst")]),
    ("Kommunen kallar förslaget för ett misstag.", "sv", [("Kommunen", "kallar", "förslaget för ett misstag")]),
    ("– Vi er veldig fornøyd, berømmer ordføreren.", "no", [("ordføreren", "berømmer", "Vi er veldig fornøyd")]),
    ("– Strømmen er tilbake, oppdaterer Statnett.", "no", [("Statnett", "oppdaterer", "Strømmen er tilbake")]),
    ("Kommunen omtaler planen som et feilgrep.", "no", [("Kommunen", "omtaler", "planen som et feilgrep")]),
    ("– Det er en god dag, roser borgmesteren.", "da", [("borgmesteren", "roser", "Det er en god dag")]),
    ("– Vi skal nok klare det, indledte hun.", "da", [("hun", "indledte", "Vi skal nok klare det")]),
    ("Ministeren omtaler forslaget som urealistisk.", "da",
     [("Ministeren", "omtaler", "forslaget som urealistisk")]),
    ("Politiet kunne tirsdag sige, at to er anholdt.", "da", [("Politiet", "kunne sige", "to er anholdt")]),
    ("Hun synes ikke, at planen holder.", "da", [("Hun", "synes ikke", "planen holder")]),
    # a relative clause after a role apposed to a full name: the name speaks
    ("Planen möter kritik från Karin Lund, moderat kommunalråd som betecknar den som orimlig.", "sv",
     [("Karin Lund", "betecknar", "den som orimlig")]),
    # praise with an object and no clause reports nothing
    ("Ordføreren berømmer de frivillige for innsatsen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", TAGS_AND_NAMING)
def test_tags_naming_and_modals(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,expected", SWEDISH)
def test_swedish_reporting_verbs(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


@pytest.mark.parametrize("text,expected", NORWEGIAN)
def test_norwegian_reporting_verbs(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "no") == expected


@pytest.mark.parametrize("text,expected", DANISH)
def test_danish_reporting_verbs(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected
