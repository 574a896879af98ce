"""Swedish, Norwegian and Danish sources on real news (issue 10): a role and its name in apposition after
"ifølge"/"enligt", a weak adjective before a noun that looks like a past tense ("det amerikanske
instituttet"), a free relative of a reporting verb as the cue ("etter det NRK erfarer"), and source types
of media, officials and occupations read from general word lists. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows
from .conftest import attributions as _attributions

run = rows


APPOSED_NAMES = [
    # a role, then its name between commas, after a prepositional cue: both are the source, the name its name
    ("Ifølge ordføreren, Kari Holm, var brannen stor.", "no",
     [("ordføreren, Kari Holm", "Ifølge", "var brannen stor")], "Kari Holm"),
    ("Ifølge leder i Lillevik brannvesen, Per Dahl, er det to døde.", "no",
     [("leder i Lillevik brannvesen, Per Dahl", "Ifølge", "er det to døde")], "Per Dahl"),
    ("Brannen var stor, ifølge ordføreren, Kari Holm.", "no",
     [("ordføreren, Kari Holm", "ifølge", "Brannen var stor")], "Kari Holm"),
    ("Ifølge chaufføren, Mads Holm, havde de tre mænd knive på sig.", "da",
     [("chaufføren, Mads Holm", "Ifølge", "havde de tre mænd knive på sig")], "Mads Holm"),
    ("Ifølge den lokale borgmester, Lise Dahl, der fredag holdt pressemøde, er skolen lukket.", "da",
     [("den lokale borgmester, Lise Dahl", "Ifølge", "er skolen lukket")], "Lise Dahl"),
    ("Skolen er lukket, ifølge borgmesteren, Lise Dahl.", "da",
     [("borgmesteren, Lise Dahl", "ifølge", "Skolen er lukket")], "Lise Dahl"),
    ("Enligt kommunalrådet, Anna Berg, är skolan stängd.", "sv",
     [("kommunalrådet, Anna Berg", "Enligt", "är skolan stängd")], "Anna Berg"),
    ("Enligt räddningsledaren, Olle Lind, som var på plats, spreds branden snabbt.", "sv",
     [("räddningsledaren, Olle Lind", "Enligt", "spreds branden snabbt")], "Olle Lind"),
    ("Skolan är stängd, enligt rektorn, Eva Ek.", "sv",
     [("rektorn, Eva Ek", "enligt", "Skolan är stängd")], "Eva Ek"),
]


@pytest.mark.parametrize("text,lang,expected,name", APPOSED_NAMES)
def test_a_role_and_its_apposed_name_after_a_prepositional_cue(text: str, lang: str, expected: list[Row],
                                                                name: str) -> None:
    assert run(text, lang) == expected
    assert [a.source_name for a in _attributions(text, lang)] == [name]


WEAK_ADJECTIVES = [
    # a definite article and a weak adjective: the noun after them is no past tense in "-et"
    ("Ifølge det amerikanske jordskjelvinstituttet ble skjelvet målt til 6,5.", "no",
     [("det amerikanske jordskjelvinstituttet", "Ifølge", "ble skjelvet målt til 6,5")]),
    ("Det lokale helseforetaket opplyser at to er skadd.", "no",
     [("Det lokale helseforetaket", "opplyser", "to er skadd")]),
    ("Ifølge det svenske direktoratet er veien stengt.", "no",
     [("det svenske direktoratet", "Ifølge", "er veien stengt")]),
    ("Det danske sundhedsvæsenet oplyser, at to er døde.", "da",
     [("Det danske sundhedsvæsenet", "oplyser", "to er døde")]),
    ("Ifølge det lokale beredskabet er branden slukket.", "da",
     [("det lokale beredskabet", "Ifølge", "er branden slukket")]),
    ("Det nationale sekretariatet oplyser, at mødet er aflyst.", "da",
     [("Det nationale sekretariatet", "oplyser", "mødet er aflyst")]),
    ("Enligt det amerikanska seismologiska institutet mättes skalvet till 6,5.", "sv",
     [("det amerikanska seismologiska institutet", "Enligt", "mättes skalvet till 6,5")]),
    ("Den svenska myndigheten uppger att två har dött.", "sv",
     [("Den svenska myndigheten", "uppger", "två har dött")]),
    ("Det regionala bolaget uppger att tåget står still.", "sv",
     [("Det regionala bolaget", "uppger", "tåget står still")]),
]


@pytest.mark.parametrize("text,lang,expected", WEAK_ADJECTIVES)
def test_a_weak_adjective_keeps_its_noun_in_the_source(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


FREE_RELATIVES = [
    # "etter det X erfarer": X is the source, the verb the cue, the main clause the claim (either order)
    ("Etter det Lillevik Avis erfarer, dreier det seg om et ran.", "no",
     [("Lillevik Avis", "erfarer", "dreier det seg om et ran")]),
    ("Etter det kanalen erfarer skal en mann være pågrepet.", "no",
     [("kanalen", "erfarer", "skal en mann være pågrepet")]),
    ("Det dreier seg om et ran, etter det NRK erfarer.", "no",
     [("NRK", "erfarer", "Det dreier seg om et ran")]),
    ("Enligt vad SVT erfar handlar det om ett rån.", "sv", [("SVT", "erfar", "handlar det om ett rån")]),
    ("Efter vad tidningen erfar har en man gripits.", "sv", [("tidningen", "erfar", "har en man gripits")]),
    ("Det handlar om ett rån, enligt vad Helgeby Nyheter erfar.", "sv",
     [("Helgeby Nyheter", "erfar", "Det handlar om ett rån")]),
    ("Efter hvad TV 2 erfarer, drejer det sig om et røveri.", "da",
     [("TV 2", "erfarer", "drejer det sig om et røveri")]),
    ("Efter hvad avisen erfarer, er to mænd anholdt.", "da", [("avisen", "erfarer", "er to mænd anholdt")]),
    ("Det drejer sig om et røveri, efter hvad Politiken erfarer.", "da",
     [("Politiken", "erfarer", "Det drejer sig om et røveri")]),
    # "etter det" as a time adverb is no cue
    ("Etter det ble han kjørt hjem.", "no", []),
    ("Efter det kørte hun hjem.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", FREE_RELATIVES)
def test_a_free_relative_of_a_reporting_verb_is_the_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


CUE_VERBS = [
    ("Instituttet oppgir at skjelvet var sterkt.", "no", [("Instituttet", "oppgir", "skjelvet var sterkt")]),
    ("Politiet oppga at veien var stengt.", "no", [("Politiet", "oppga", "veien var stengt")]),
    ("Ordføreren poengterer at budsjettet holder.", "no", [("Ordføreren", "poengterer", "budsjettet holder")]),
    ("Politiet angiver, at tre er anholdt.", "da", [("Politiet", "angiver", "tre er anholdt")]),
    ("Ministeriet angav, at loven er vedtaget.", "da", [("Ministeriet", "angav", "loven er vedtaget")]),
    ("Tre er anholdt, angiver politiet.", "da", [("politiet", "angiver", "Tre er anholdt")]),
    ("Helgeby Nyheter erfar att skolan stängs.", "sv", [("Helgeby Nyheter", "erfar", "skolan stängs")]),
]


@pytest.mark.parametrize("text,lang,expected", CUE_VERBS)
def test_reporting_verbs(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SOURCE_TYPES = [
    # media nouns, also after a bare adjective ("lokal presse")
    ("Ifølge lokal presse er to menn skadd.", "no", "media"),
    ("Ifølge lokale aviser er veien stengt.", "no", "media"),
    ("Ifølge udenlandsk presse er to mænd såret.", "da", "media"),
    ("Aviserne skriver, at to er anholdt.", "da", "media"),
    ("Enligt lokal press har två män skadats.", "sv", "media"),
    ("Flera tidningar skriver att två har gripits.", "sv", "media"),
    # officials are official, not persons
    ("Ukrainske embedsfolk oplyste, at tre var døde.", "da", "official"),
    ("Lokale embedsmænd siger, at vejen er spærret.", "da", "official"),
    ("Amerikanske tjenestemenn sier at angrepet er over.", "no", "official"),
    ("Ifølge en tjenestemann er to døde.", "no", "official"),
    ("Svenska tjänstemän uppger att avtalet är klart.", "sv", "official"),
    ("Enligt en tjänsteman är två döda.", "sv", "official"),
    # occupations are people
    ("Buschaufføren fortæller, at bussen blev stoppet.", "da", "person"),
    ("– Vi venter stadig, siger lægen Jens.", "da", "person"),
    ("Legen sier at pasienten er stabil.", "no", "person"),
    ("Sjåføren forteller at bussen ble stoppet.", "no", "person"),
    ("Chauffören berättar att bussen stoppades.", "sv", "person"),
    ("Sjuksköterskan säger att patienten är stabil.", "sv", "person"),
    # a web page is a document
    ("Ifølge nettsiden til kommunen er skolen stengt.", "no", "document"),
    ("Ifølge kommunens hjemmeside er skolen lukket.", "da", "document"),
    ("Enligt kommunens hemsida är skolan stängd.", "sv", "document"),
]


@pytest.mark.parametrize("text,lang,typ", SOURCE_TYPES)
def test_source_types(text: str, lang: str, typ: str) -> None:
    assert [a.source_type for a in _attributions(text, lang)] == [typ]


HEARSAY = [
    # "skal være"/"ska vara" before a state an event left is hearsay outside a relative clause too
    ("En mann skal være pågrepet i natt.", "no", [(None, "skal være", "En mann skal være pågrepet i natt")]),
    ("Ingen skal være alvorlig skadd etter brannen.", "no",
     [(None, "skal være", "Ingen skal være alvorlig skadd etter brannen")]),
    ("Det skal være snakk om et ran.", "no", [(None, "skal være", "Det skal være snakk om et ran")]),
    ("Två personer ska vara gripna.", "sv", [(None, "ska vara", "Två personer ska vara gripna")]),
    ("Det ska vara lindriga skador på två av männen.", "sv",
     [(None, "ska vara", "Det ska vara lindriga skador på två av männen")]),
    ("Ingen ska vara allvarligt skadad.", "sv", [(None, "ska vara", "Ingen ska vara allvarligt skadad")]),
    ("En mand skal være anholdt i nat.", "da", [(None, "skal være", "En mand skal være anholdt i nat")]),
    ("Der skal være tale om et røveri.", "da", [(None, "skal være", "Der skal være tale om et røveri")]),
    ("To betjente skal være såret.", "da", [(None, "skal være", "To betjente skal være såret")]),
    # a plan stays none
    ("Skolen skal være ferdig i 2030.", "no", []),
    ("Skolan ska vara klar i höst.", "sv", []),
    ("Broen skal være færdig til sommer.", "da", []),
    # a hearsay claim ends before "and" and a clause with its own subject and verb
    ("Evakueringen ska ha gått lugnt och de boende sover i en skola.", "sv",
     [(None, "ska ha", "Evakueringen ska ha gått lugnt")]),
    ("Rånaren ska ha flytt och polisen letar nu i skogen.", "sv", [(None, "ska ha", "Rånaren ska ha flytt")]),
    ("Mannen ska ha slagit kvinnan och de två barnen.", "sv",
     [(None, "ska ha", "Mannen ska ha slagit kvinnan och de två barnen")]),
    ("Evakueringen skal ha gått rolig for seg og beboerne sover på en skole.", "no",
     [(None, "skal ha", "Evakueringen skal ha gått rolig for seg")]),
    ("Raneren skal ha flyktet og de søker nå i skogen.", "no", [(None, "skal ha", "Raneren skal ha flyktet")]),
    ("Mannen skal ha slått kvinnen og de to barna.", "no",
     [(None, "skal ha", "Mannen skal ha slått kvinnen og de to barna")]),
    ("Evakueringen skal have foregået roligt, og beboerne sover nu på en skole.", "da",
     [(None, "skal have", "Evakueringen skal have foregået roligt")]),
    ("Røveren skal have flygtet, og de leder nu i skoven.", "da", [(None, "skal have", "Røveren skal have flygtet")]),
    ("Manden skal have slået kvinden og de to børn.", "da",
     [(None, "skal have", "Manden skal have slået kvinden og de to børn")]),
]


@pytest.mark.parametrize("text,lang,expected", HEARSAY)
def test_hearsay_of_a_state_and_its_own_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


MEDIA_NAMES = [
    # an outlet with a qualifier before it, a broadcaster's name ending in "TV"/"Radio", a bare network
    ("Skolan är stängd. Det skriver Nordiska Yle.", "sv", "media"),
    ("Skolan är stängd, skriver Svenska Yle.", "sv", "media"),
    ("Enligt Lillby Radio är skolan stängd.", "sv", "media"),
    ("Ifølge ABC TV har politiet stengt veien.", "no", "media"),
    ("Ifølge NBC er to døde.", "no", "media"),
    ("Veien er stengt, melder Nordby TV.", "no", "media"),
    ("Ifølge den amerikanske tv-station CBS er to døde.", "da", "media"),
    ("Vejen er spærret, skriver Nordby Radio.", "da", "media"),
    ("Ifølge Nordby TV er vejen spærret.", "da", "media"),
]


@pytest.mark.parametrize("text,lang,typ", MEDIA_NAMES)
def test_media_names(text: str, lang: str, typ: str) -> None:
    assert [a.source_type for a in _attributions(text, lang) if a.source] == [typ]


BODY_PLACES = [
    # a verb-first tag: the body and the place it serves are the source, a document it wrote in is not
    ("Veien er stengt. Det bekrefter politiet i Lillevik på Twitter.", "no", "politiet i Lillevik"),
    ("Veien er stengt. Det bekrefter påtalemyndigheten i Nordby County.", "no", "påtalemyndigheten i Nordby County"),
    ("Veien er stengt. Det opplyser politiet i en pressemelding.", "no", "politiet"),
    ("Vägen är stängd. Det bekräftar polisen i Lillby.", "sv", "polisen i Lillby"),
    ("Vägen är stängd. Det uppger kommunen i Lillby.", "sv", "kommunen i Lillby"),
    ("Vägen är stängd. Det uppger polisen i ett pressmeddelande.", "sv", "polisen"),
    ("Vejen er spærret. Det oplyser politiet i Nordby.", "da", "politiet i Nordby"),
    ("Vejen er spærret. Det oplyser kommunen i Nordby.", "da", "kommunen i Nordby"),
    ("Vejen er spærret. Det oplyser politiet i en pressemeddelelse.", "da", "politiet"),
]


@pytest.mark.parametrize("text,lang,source", BODY_PLACES)
def test_a_body_and_its_place_after_a_verb_first_cue(text: str, lang: str, source: str) -> None:
    assert [a.source for a in _attributions(text, lang)] == [source]


BACK_REFERENCES = [
    # a verb-first tag with a cited source after it: both report the sentence before
    ("Tre er døde. Det oplyser myndighederne ifølge nyhedsbureauet Nordpress.", "da",
     [("myndighederne", "oplyser", "Tre er døde"), ("nyhedsbureauet Nordpress", "ifølge", "Tre er døde")]),
    ("Tre er døde. Det opplyser myndighetene ifølge nyhetsbyrået Nordpress.", "no",
     [("myndighetene", "opplyser", "Tre er døde"), ("nyhetsbyrået Nordpress", "ifølge", "Tre er døde")]),
    ("Tre är döda. Det uppger myndigheterna enligt nyhetsbyrån Nordpress.", "sv",
     [("myndigheterna", "uppger", "Tre är döda"), ("nyhetsbyrån Nordpress", "enligt", "Tre är döda")]),
    # a passive reporting verb with its agent, about the sentence before
    ("En mann er pågrepet. Dette blir bekreftet av politiet i natt.", "no",
     [("politiet", "bekreftet", "En mann er pågrepet")]),
    ("En mann er pågrepet. Det ble bekreftet av politiet klokka fire.", "no",
     [("politiet", "bekreftet", "En mann er pågrepet")]),
    ("En mann er pågrepet. Dette bekreftes av politiet.", "no", [("politiet", "bekreftes", "En mann er pågrepet")]),
    ("En man är gripen. Detta bekräftas av polisen under natten.", "sv",
     [("polisen", "bekräftas", "En man är gripen")]),
    ("En man är gripen. Det har bekräftats av polisen.", "sv", [("polisen", "bekräftats", "En man är gripen")]),
    ("En man är gripen. Detta uppger polisen.", "sv", [("polisen", "uppger", "En man är gripen")]),
    ("En mand er anholdt. Dette blev bekræftet af politiet i nat.", "da",
     [("politiet", "bekræftet", "En mand er anholdt")]),
    ("En mand er anholdt. Det bekræftes af politiet.", "da", [("politiet", "bekræftes", "En mand er anholdt")]),
    ("En mand er anholdt. Det bliver bekræftet af politiet.", "da", [("politiet", "bekræftet", "En mand er anholdt")]),
    # a participle with its agent elsewhere is no cue
    ("Tallet er bekreftet av politiet.", "no", []),
    ("Uppgiften bekräftas av polisen i Lillby.", "sv", []),
    ("Tallet bekræftes af politiet.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", BACK_REFERENCES)
def test_a_sentence_about_the_one_before(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


REPORTED_ABOUT = [
    # an impersonal report "om" something: what was reported
    ("Det ble først meldt om to skadde.", "no", [(None, "meldt om", "to skadde")]),
    ("Det er meldt om brann i en leilighet.", "no", [(None, "meldt om", "brann i en leilighet")]),
    ("Det meldes om to skadde.", "no", [(None, "meldes", "to skadde")]),
    ("Det rapporterades om två skadade.", "sv", [(None, "rapporterades", "två skadade")]),
    ("Det rapporteras om att två är skadade.", "sv", [(None, "rapporteras", "två är skadade")]),
    ("Det rapporteras om brand i en lägenhet.", "sv", [(None, "rapporteras", "brand i en lägenhet")]),
    ("Det blev meldt om brand i en lejlighed.", "da", [(None, "blev meldt om", "brand i en lejlighed")]),
    ("Det meldes om to sårede.", "da", [(None, "meldes", "to sårede")]),
    ("Det er meldt om to sårede.", "da", [(None, "er meldt om", "to sårede")]),
]


@pytest.mark.parametrize("text,lang,expected", REPORTED_ABOUT)
def test_an_impersonal_report_about_something(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


DATELINE_DASHES = [
    # a dateline in capitals and a colon before dash speech: the quotation runs from the dash to its tag
    ("LILLEVIK: – En person kom til stedet. Og så dro han, sier innsatsleder Per Dahl.", "no",
     [("innsatsleder Per Dahl", "sier", "En person kom til stedet. Og så dro han")]),
    ("NORD-LILLEVIK: – Vi vet ikke mer. Det er for tidlig, sier Kari Holm.", "no",
     [("Kari Holm", "sier", "Vi vet ikke mer. Det er for tidlig")]),
    ("LILLBY: – Vi vet inte mer. Det är för tidigt, säger Anna Berg.", "sv",
     [("Anna Berg", "säger", "Vi vet inte mer. Det är för tidigt")]),
    ("ÖSTRA LILLBY: – Det brann länge. Vi såg röken, säger Olle Lind.", "sv",
     [("Olle Lind", "säger", "Det brann länge. Vi såg röken")]),
    ("NORDBY: – Vi ved ikke mere. Det er for tidligt, siger Lise Dahl.", "da",
     [("Lise Dahl", "siger", "Vi ved ikke mere. Det er for tidligt")]),
    ("NORDBY: – Det brændte længe. Vi så røgen, siger vagtchef Ole Lund.", "da",
     [("vagtchef Ole Lund", "siger", "Det brændte længe. Vi så røgen")]),
]


@pytest.mark.parametrize("text,lang,expected", DATELINE_DASHES)
def test_dash_speech_after_a_dateline(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


OTHER_SOURCE_CLAUSES = [
    # ", men enligt X …" after a reported clause opens another source's clause: the first content ends there
    ("Polisen skriver att en person är gripen, men enligt uppgifter till Lillby Nyheter jagas en person till.", "sv",
     [("Polisen", "skriver", "en person är gripen"),
      ("uppgifter till Lillby Nyheter", "enligt", "jagas en person till")]),
    ("Kommunen uppger att skolan är öppen, men enligt föräldrarna är den stängd.", "sv",
     [("Kommunen", "uppger", "skolan är öppen"), ("föräldrarna", "enligt", "är den stängd")]),
    ("Bolaget säger att fabriken går, men enligt facket står den still.", "sv",
     [("Bolaget", "säger", "fabriken går"), ("facket", "enligt", "står den still")]),
    ("Politiet skriver at en person er pågrepet, men ifølge NRK letes det etter en til.", "no",
     [("Politiet", "skriver", "en person er pågrepet"), ("NRK", "ifølge", "letes det etter en til")]),
    ("Kommunen sier at skolen er åpen, men ifølge foreldrene er den stengt.", "no",
     [("Kommunen", "sier", "skolen er åpen"), ("foreldrene", "ifølge", "er den stengt")]),
    ("Selskapet sier at fabrikken går, men ifølge fagforeningen står den stille.", "no",
     [("Selskapet", "sier", "fabrikken går"), ("fagforeningen", "ifølge", "står den stille")]),
    ("Politiet skriver, at en person er anholdt, men ifølge TV 2 ledes der efter en til.", "da",
     [("Politiet", "skriver", "en person er anholdt"), ("TV 2", "ifølge", "ledes der efter en til")]),
    ("Kommunen siger, at skolen er åben, men ifølge forældrene er den lukket.", "da",
     [("Kommunen", "siger", "skolen er åben"), ("forældrene", "ifølge", "er den lukket")]),
    ("Selskabet siger, at fabrikken kører, men ifølge fagforeningen står den stille.", "da",
     [("Selskabet", "siger", "fabrikken kører"), ("fagforeningen", "ifølge", "står den stille")]),
]


@pytest.mark.parametrize("text,lang,expected", OTHER_SOURCE_CLAUSES)
def test_a_coordinated_prepositional_cue_ends_the_content_before_it(text: str, lang: str,
                                                                     expected: list[Row]) -> None:
    assert run(text, lang) == expected


INTERLOCUTOR_QUOTES = [
    # a tagless quotation after the reporter introduced whom they talked with is that person's, not the last speaker's
    (("Han skriver att det brann.\n\nTidningen har talat med polisens presstalesperson Eva Ek. Hon är tystlåten."
     "\n\n– Vi vet inget mer i nuläget."), "sv", "Eva Ek"),
    ("Anna Berg säger att det brann.\n\nVi har talat med räddningsledaren Olle Lind.\n\n– Branden är släckt nu.",
     "sv", "Olle Lind"),
    (("Han skriver at det brant.\n\nAvisen har snakket med politiets pressetalsperson Kari Holm. Hun er fåmælt."
     "\n\n– Vi vet ikke mer nå."), "no", "Kari Holm"),
    ("Per Dahl sier at det brant.\n\nVi har snakket med brannsjef Ola Lie.\n\n– Brannen er slukket nå.",
     "no", "Ola Lie"),
    (("Han skriver, at det brændte.\n\nAvisen har talt med politiets pressechef Lise Dahl. Hun er fåmælt."
     "\n\n– Vi ved ikke mere nu."), "da", "Lise Dahl"),
    ("Ole Lund siger, at det brændte.\n\nVi har talt med indsatsleder Mads Holm.\n\n– Branden er slukket nu.",
     "da", "Mads Holm"),
]


@pytest.mark.parametrize("text,lang,name", INTERLOCUTOR_QUOTES)
def test_a_tagless_quote_after_an_interlocutor_is_theirs(text: str, lang: str, name: str) -> None:
    assert _attributions(text, lang)[-1].source_name == name


RELATIVE_HEARSAY = [
    # hearsay in a relative clause with its own subject, inside a sourced claim: its own record, via the source
    ("Ifølge ordføreren er det flere døde inne i butikken der gjerningspersonen skal ha barrikadert seg.", "no",
     [("ordføreren", "Ifølge", "er det flere døde inne i butikken der gjerningspersonen skal ha barrikadert seg"),
      (None, "skal ha", "gjerningspersonen skal ha barrikadert seg")]),
    ("Ifølge politiet ble to funnet døde i huset, der mannen skal ha bodd.", "no",
     [("politiet", "Ifølge", "ble to funnet døde i huset, der mannen skal ha bodd"),
      (None, "skal ha", "mannen skal ha bodd")]),
    ("Enligt polisen hittades två döda i huset där mannen ska ha bott.", "sv",
     [("polisen", "Enligt", "hittades två döda i huset där mannen ska ha bott"),
      (None, "ska ha", "mannen ska ha bott")]),
    ("Enligt polisen hittades två döda i huset, där mannen ska ha bott.", "sv",
     [("polisen", "Enligt", "hittades två döda i huset, där mannen ska ha bott"),
      (None, "ska ha", "mannen ska ha bott")]),
    ("Ifølge politiet er der to døde i huset hvor manden skal have boet.", "da",
     [("politiet", "Ifølge", "er der to døde i huset hvor manden skal have boet"),
      (None, "skal have", "manden skal have boet")]),
    ("Ifølge politiet er der to døde i huset, hvor manden skal have boet.", "da",
     [("politiet", "Ifølge", "er der to døde i huset, hvor manden skal have boet"),
      (None, "skal have", "manden skal have boet")]),
    # the antecedent as the relative's subject: the antecedent and its relative clause, not the reporter's
    # main clause (hearsay10)
    ("Politiet leter etter mannen som skal ha skutt.", "no",
     [(None, "skal ha", "mannen som skal ha skutt")]),
    ("Mannen som ska ha skjutit är gripen.", "sv", [(None, "ska ha", "Mannen som ska ha skjutit")]),
    ("Manden, der skal have skudt, er anholdt.", "da", [(None, "skal have", "Manden, der skal have skudt")]),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVE_HEARSAY)
def test_hearsay_in_a_relative_clause_with_its_own_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
    if len(expected) > 1:
        assert _attributions(text, lang)[1].via == (expected[0][0],)


PRECEDING_QUOTES = [
    # a tagless quotation right before a tagged one in the same paragraph is the same speaker's
    (("Organisationen driver en klinik. »Vi kender til angrebet. Styrker er i området«. »Vores prioritet er "
     "patienterne«, skrev Lise Dahl i en mail."), "da",
     [("Lise Dahl", None, "Vi kender til angrebet. Styrker er i området"),
      ("Lise Dahl", "skrev", "Vores prioritet er patienterne")]),
    ("Klubben tabte. »Det er tungt.« »Vi må videre«, siger træner Mads Holm.", "da",
     [("træner Mads Holm", None, "Det er tungt"), ("træner Mads Holm", "siger", "Vi må videre")]),
    ("Hun er lei seg. «Det er tungt.» «Vi må gå videre», sier Kari Holm.", "no",
     [("Kari Holm", None, "Det er tungt"), ("Kari Holm", "sier", "Vi må gå videre")]),
    ("Laget tapte. «Det gjør vondt. Vi var dårlige.» «Nå må vi trene», sier trener Per Dahl.", "no",
     [("trener Per Dahl", None, "Det gjør vondt. Vi var dårlige"), ("trener Per Dahl", "sier", "Nå må vi trene")]),
    ("Hon är ledsen. ”Det är tungt.” ”Vi måste gå vidare”, säger Anna Berg.", "sv",
     [("Anna Berg", None, "Det är tungt"), ("Anna Berg", "säger", "Vi måste gå vidare")]),
    ("Laget förlorade. ”Det gör ont.” ”Nu måste vi träna”, säger tränaren Olle Lind.", "sv",
     [("tränaren Olle Lind", None, "Det gör ont"), ("tränaren Olle Lind", "säger", "Nu måste vi träna")]),
]


@pytest.mark.parametrize("text,lang,expected", PRECEDING_QUOTES)
def test_a_tagless_quote_before_a_tagged_one_is_the_same_speakers(text: str, lang: str,
                                                                   expected: list[Row]) -> None:
    assert run(text, lang) == expected


RELATIVE_EVIDENCE = [
    # a document in a relative clause shows the claim: the object from its article is the antecedent
    ("Ministeren har delt et billede, der viser, at kirken ligger tæt på husene.", "da", "et billede"),
    ("Ministeren har fremlagt en rapport, som viser, at vejene er dårlige.", "da", "en rapport"),
    ("Politiet har offentliggjort en video, der viser, at bilen kørte for stærkt.", "da", "en video"),
    ("Ministeren har delt et bilde som viser at kirken ligger nær husene.", "no", "et bilde"),
    ("Ministeren har delt et bilde, som viser at kirken ligger nær husene.", "no", "et bilde"),
    ("Kommunen har lagt fram en rapport som viser at veiene er dårlige.", "no", "en rapport"),
    ("Ministern har delat en video som visar att kyrkan ligger nära husen.", "sv", "en video"),
    ("Ministern har delat en video, som visar att kyrkan ligger nära husen.", "sv", "en video"),
    ("Kommunen har lagt fram en rapport som visar att vägarna är dåliga.", "sv", "en rapport"),
]


@pytest.mark.parametrize("text,lang,source", RELATIVE_EVIDENCE)
def test_a_document_in_a_relative_clause_shows_the_claim(text: str, lang: str, source: str) -> None:
    (a,) = _attributions(text, lang)
    assert (a.source_name or a.source, a.source_type) == (source, "document")


@pytest.mark.parametrize("text,lang,expected", [
    # several weak adjectives between the article and a noun in "-et"/"-en"
    ("Det europeiske seismologiske senteret oppgir at skjelvet var sterkt.", "no",
     [("Det europeiske seismologiske senteret", "oppgir", "skjelvet var sterkt")]),
    ("Ifølge det nasjonale meteorologiske instituttet blir det storm.", "no",
     [("det nasjonale meteorologiske instituttet", "Ifølge", "blir det storm")]),
    ("Det nationale geologiske institutet oplyser, at skælvet var stærkt.", "da",
     [("Det nationale geologiske institutet", "oplyser", "skælvet var stærkt")]),
    ("Ifølge det europæiske seismologiske centeret var skælvet stærkt.", "da",
     [("det europæiske seismologiske centeret", "Ifølge", "var skælvet stærkt")]),
    ("Enligt det amerikanska geologiska institutet mättes skalvet till 6,5.", "sv",
     [("det amerikanska geologiska institutet", "Enligt", "mättes skalvet till 6,5")]),
    ("Det europeiska seismologiska centret uppger att skalvet var kraftigt.", "sv",
     [("Det europeiska seismologiska centret", "uppger", "skalvet var kraftigt")]),
])
def test_weak_adjectives_before_their_noun(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


@pytest.mark.parametrize("text,lang,source", [
    # a known source noun after a preposition is no past tense in "-et": "talsmenn for politiet"
    ("Ifølge talsmenn for politiet er det meldt om 30 omkomne.", "no", "talsmenn for politiet"),
    ("Ifølge en leder i selskapet er alt i orden.", "no", "en leder i selskapet"),
    ("Talsmenn for direktoratet sier at veien er stengt.", "no", "Talsmenn for direktoratet"),
    ("Ifølge talsmænd for politiet er 30 døde.", "da", "talsmænd for politiet"),
    ("Ifølge en chef i selskabet er alt i orden.", "da", "en chef i selskabet"),
    ("Talsmænd for ministeriet siger, at vejen er spærret.", "da", "Talsmænd for ministeriet"),
    ("Enligt talespersoner för polisen är 30 döda.", "sv", "talespersoner för polisen"),
    ("Enligt en chef på bolaget är allt i ordning.", "sv", "en chef på bolaget"),
    ("Talespersoner för myndigheten säger att vägen är stängd.", "sv", "Talespersoner för myndigheten"),
])
def test_a_source_noun_after_a_preposition_stays_in_the_source(text: str, lang: str, source: str) -> None:
    assert [a.source for a in _attributions(text, lang)] == [source]


@pytest.mark.parametrize("text,lang,source", [
    # rescue crews are people, and a coordination of bodies after a role's preposition stays in the source
    ("Ifølgje talsmenn for politiet og redningsmannskapa er det meldt om 30 omkomne.", "no",
     "talsmenn for politiet og redningsmannskapa"),
    ("Redningsmannskapene forteller at huset er tomt.", "no", "Redningsmannskapene"),
    ("Ifølge mannskapene på stedet er huset tomt.", "no", "mannskapene"),
    ("Ifølge redningsfolkene er huset tomt.", "da", "redningsfolkene"),
    ("Mandskabet fortæller, at huset er tomt.", "da", "Mandskabet"),
    ("Redningsmænd siger, at huset er tomt.", "da", "Redningsmænd"),
    ("Räddningsarbetarna berättar att huset är tomt.", "sv", "Räddningsarbetarna"),
    ("Enligt räddningspersonalen är huset tomt.", "sv", "räddningspersonalen"),
    ("Räddningspersonal på plats säger att huset är tomt.", "sv", "Räddningspersonal på plats"),
])
def test_rescue_crews_are_people(text: str, lang: str, source: str) -> None:
    assert [(a.source, a.source_type) for a in _attributions(text, lang)] == [(source, "person")]


@pytest.mark.parametrize("text,lang,expected", [
    # a sourceless passive in the clause a sourced record reports says no more: one record
    ("20 personer er bekreftet omkommet i skjelvet, ifølge lokale myndigheter.", "no",
     [("lokale myndigheter", "ifølge", "20 personer er bekreftet omkommet i skjelvet")]),
    ("Ti ble meldt savnet etter stormen, ifølge politiet.", "no",
     [("politiet", "ifølge", "Ti ble meldt savnet etter stormen")]),
    ("To er bekræftet døde efter branden, oplyser politiet.", "da",
     [("politiet", "oplyser", "To er bekræftet døde efter branden")]),
    ("Ti blev meldt savnet efter stormen, ifølge politiet.", "da",
     [("politiet", "ifølge", "Ti blev meldt savnet efter stormen")]),
    ("Tio anmäldes försvunna efter stormen, enligt polisen.", "sv",
     [("polisen", "enligt", "Tio anmäldes försvunna efter stormen")]),
    ("Tio har rapporterats saknade efter stormen, enligt polisen.", "sv",
     [("polisen", "enligt", "Tio har rapporterats saknade efter stormen")]),
    # a passive frame inside a longer sourced claim keeps its own record
    ("Politiet siger, at det blev oplyst, at vejen er åben.", "da",
     [("Politiet", "siger", "det blev oplyst, at vejen er åben"), (None, "blev oplyst", "vejen er åben")]),
])
def test_a_passive_in_a_sourced_clause_is_that_record(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


@pytest.mark.parametrize("text,lang,claim", [
    # hearsay in the last sentence of a quotation ends before the quotation's tag, and nests in it
    ("– Det var et bråk. Tre personer har förts till sjukhus, men det ska vara lindriga skador, säger Anna Berg.",
     "sv", "det ska vara lindriga skador"),
    ("– Det brann länge. Huset är förstört, men ingen ska vara skadad, säger räddningsledaren Olle Lind.",
     "sv", "ingen ska vara skadad"),
    ("– Vi vet inte mycket om vad som hände i natt. Han ska ha flytt i en bil, säger Eva Ek.", "sv", "Han ska ha flytt i en bil"),
    ("– Det var et slagsmål. Tre er kjørt til sykehus, men det skal være snakk om lettere skader, sier Per Dahl.",
     "no", "det skal være snakk om lettere skader"),
    ("– Det brant lenge. Huset er ødelagt, men ingen skal være skadd, sier Kari Holm.", "no", "ingen skal være skadd"),
    ("– Vi vet ikke mye om hva som skjedde i natt. Han skal ha flyktet i en bil, sier Ola Lie.", "no", "Han skal ha flyktet i en bil"),
    ("– Det var et slagsmål. Tre er kørt på hospitalet, men der skal være tale om lettere skader, siger Ole Lund.",
     "da", "der skal være tale om lettere skader"),
    ("– Det brændte længe. Huset er ødelagt, men ingen skal være såret, siger Lise Dahl.", "da",
     "ingen skal være såret"),
    ("– Vi ved ikke meget om hvad der skete i nat. Han skal have flygtet i en bil, siger Mads Holm.", "da", "Han skal have flygtet i en bil"),
])
def test_hearsay_ends_before_its_quotations_tag(text: str, lang: str, claim: str) -> None:
    records = _attributions(text, lang)
    assert [(a.content, a.via) for a in records if a.source is None] == [(claim, (records[0].source_name,))]


@pytest.mark.parametrize("text,lang", [
    # a second sourceless hearsay marker inside the first one's claim adds no record
    ("Vitner skal ha hørt skudd i en time, men senere skal det ha roet seg.", "no"),
    ("Mannen skal ha truet en kvinne og skal ha slått henne.", "no"),
    ("Mannen skal ha flyktet og skal være pågrepet senere.", "no"),
    ("Vittnen ska ha hört skott i en timme, men senare ska det ha lugnat sig.", "sv"),
    ("Mannen ska ha hotat en kvinna och ska ha slagit henne.", "sv"),
    ("Det ska ha brunnit länge, och huset sägs vara förstört.", "sv"),
    ("Vidner skal have hørt skud i en time, men senere skal det have roet sig.", "da"),
    ("Manden skal have truet en kvinde og skal have slået hende.", "da"),
    ("Manden skal have flygtet og er angiveligt anholdt senere.", "da"),
])
def test_one_hearsay_claim_a_sentence(text: str, lang: str) -> None:
    assert [(a.source, a.content) for a in _attributions(text, lang)] == [(None, text.rstrip("."))]


GENITIVE_NAMES = [
    # a name in the genitive ("-s") before a source noun modifies it: the phrase runs on to the noun
    ("Tidligere torsdag anslog Grønne Bjergs talsmand, at 40 huse er ødelagt.", "da",
     [("Grønne Bjergs talsmand", "anslog", "40 huse er ødelagt")]),
    ("Sent fredag oplyste svensk Røde Korsets pressechef, at tre er savnet.", "da",
     [("svensk Røde Korsets pressechef", "oplyste", "tre er savnet")]),
    ("I går sa Nye Havns ordfører at brua blir stengt.", "no",
     [("Nye Havns ordfører", "sa", "brua blir stengt")]),
    ("Vest politidistrikts operasjonsleder sier at ingen er skadd.", "no",
     [("Vest politidistrikts operasjonsleder", "sier", "ingen er skadd")]),
    ("På måndagen sa Gröna Dalens talesperson att parken stänger.", "sv",
     [("Gröna Dalens talesperson", "sa", "parken stänger")]),
    # a name ending in -s that is no genitive, before no source noun: the name alone
    ("Klokken ti sier Anders Holm at veien er åpen.", "no",
     [("Anders Holm", "sier", "veien er åpen")]),
]


@pytest.mark.parametrize("text,lang,expected", GENITIVE_NAMES)
def test_a_genitive_name_before_its_source_noun(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


RECIPIENT_AFTER_V2_SUBJECT = [
    # "over for" a medium after the inverted subject: the medium is the via, not part of the source
    ("Tidligere oplyste Falck over for mediet DR, at 300 mennesker er evakueret.", "da",
     ("Falck", ("DR",))),
    ("Torsdag anslog Grønne Bjergs talsmand over for avisen Politiken, at 40 huse er ødelagt.", "da",
     ("Grønne Bjergs talsmand", ("Politiken",))),
]


@pytest.mark.parametrize("text,lang,expected", RECIPIENT_AFTER_V2_SUBJECT)
def test_a_recipient_after_the_inverted_subject(text: str, lang: str, expected: tuple[str, tuple[str, ...]]) -> None:
    [a] = _attributions(text, lang)
    assert (a.source, tuple(a.via)) == expected


# an acronym subject that spells a function word ("WHO", not the interrogative "who" of the first_person list)
# is a name: its verb reports it; a lower-case interrogative still reports nobody
ACRONYM_SUBJECTS = [
    ("WHO opplyste i går at smitten sprer seg.", "no", [("WHO", "opplyste", "smitten sprer seg")]),
    ("WHO uppger att smittan sprider sig.", "sv", [("WHO", "uppger", "smittan sprider sig")]),
    ("WHO oplyser, at smitten spreder sig.", "da", [("WHO", "oplyser", "smitten spreder sig")]),
    ("Hvem sier at smitten sprer seg?", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", ACRONYM_SUBJECTS)
def test_an_acronym_subject_is_a_name(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
