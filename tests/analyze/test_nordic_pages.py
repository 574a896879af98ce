"""Swedish, Norwegian and Danish shapes of real news pages, a fourth round (issue 10): a coordinator before the
subject, recipients after an apposition or a relative clause, reported information inside a quotation, and more.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.wordtypes import word_type

from .conftest import Row, bylined_attributions, bylined_rows

COORDINATOR_FIRST = [
    # "men"/"og"/"och" before the subject opens no fronted phrase: the subject stays before the cue
    ("Men hon bekräftar för Expressen att mötet är inställt.", "sv",
     [("hon", "bekräftar", "mötet är inställt")]),
    ("Och polisen uppger till TT att vägen är öppen.", "sv", [("polisen", "uppger", "vägen är öppen")]),
    ("Men han bekreftet overfor NRK at møtet er avlyst.", "no", [("han", "bekreftet", "møtet er avlyst")]),
    ("Og politiet sier til VG at veien er åpen.", "no", [("politiet", "sier", "veien er åpen")]),
    ("Men hun bekræfter overfor DR, at mødet er aflyst.", "da", [("hun", "bekræfter", "mødet er aflyst")]),
    ("Og politiet oplyser til Ritzau, at vejen er åben.", "da", [("politiet", "oplyser", "vejen er åben")]),
    # a coordinator before fronted adverbs still leaves the subject after the cue
    ("Men själv hävdar hon att mötet är inställt.", "sv", [("hon", "hävdar", "mötet är inställt")]),
    ("Men senere sa hun at møtet er avlyst.", "no", [("hun", "sa", "møtet er avlyst")]),
    ("Men senere sagde hun, at mødet er aflyst.", "da", [("hun", "sagde", "mødet er aflyst")]),
]


@pytest.mark.parametrize("text,lang,expected", COORDINATOR_FIRST)
def test_a_coordinator_before_the_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


TOLD = [
    # "har fått opplyst/fået oplyst/fått uppgifter om" before its clause: what was told, no source
    ("Redaktionen har fått uppgifter om att två personer är gripna.", "sv",
     [(None, "fått uppgifter om", "två personer är gripna")]),
    ("Avisen har fått opplyst at to personer er pågrepet.", "no", [(None, "fått opplyst", "to personer er pågrepet")]),
    ("Avisen har fått opplysninger om at to personer er pågrepet.", "no",
     [(None, "fått opplysninger om", "to personer er pågrepet")]),
    ("Avisen har fået oplyst, at to personer er anholdt.", "da", [(None, "fået oplyst", "to personer er anholdt")]),
    ("Avisen har fået oplysninger om, at to personer er anholdt.", "da",
     [(None, "fået oplysninger om", "to personer er anholdt")]),
    # after its clause: as before
    ("To personer er pågrepet, har avisen fått opplyst.", "no", [(None, "fått opplyst", "To personer er pågrepet")]),
]


@pytest.mark.parametrize("text,lang,expected", TOLD)
def test_what_was_told(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


TOLD_IN_QUOTE = [
    ("– Vi arbetar vidare, och jag har fått uppgifter om att två personer är gripna, säger Eva Lind.", "sv",
     "två personer är gripna"),
    ("– Vi jobber videre, og jeg har fått opplyst at to personer er pågrepet, sier Eva Lind.", "no",
     "to personer er pågrepet"),
    ("»Vi arbejder videre, og jeg har fået oplyst, at to personer er anholdt,« siger Eva Lind.", "da",
     "to personer er anholdt"),
]


@pytest.mark.parametrize("text,lang,content", TOLD_IN_QUOTE)
def test_what_a_speaker_was_told_comes_through_the_speaker(text: str, lang: str, content: str) -> None:
    told = [(a.content, a.via) for a in bylined_attributions(text, lang) if a.source is None]
    assert told == [(content, ("Eva Lind",))]


NO_CONTENT = [
    # "uttale seg"/"udtale sig" (to comment) reports nothing
    ("Det er spesialenheten som uttaler seg videre om saken.", "no"),
    ("Politiet uttalte seg ikke i går.", "no"),
    ("Det er anklagemyndigheden, der udtaler sig videre.", "da"),
    ("Kommunen udtalte sig ikke om sagen i går.", "da"),
]


@pytest.mark.parametrize("text,lang", NO_CONTENT)
def test_commenting_reports_nothing(text: str, lang: str) -> None:
    assert bylined_rows(text, lang) == []


AFTER_ACCORDING_TO = [
    # a tagless quotation paragraph after an "according to" report does not go on that report's words
    ("Enligt tidningen Norran var mannen tidigare dömd.\n\n– Det har varit en svår insats för oss.", "sv",
     [("tidningen Norran", "Enligt", "var mannen tidigare dömd")]),
    (("– Vi har kontroll, sier Per Holm.\n\nIfølge avisen Nordlys var mannen tidligere dømt.\n\n"
     "– Det har vært en tøff innsats for oss."), "no",
     [("Per Holm", "sier", "Vi har kontroll"), ("avisen Nordlys", "Ifølge", "var mannen tidligere dømt")]),
    ("Ifølge avisen Fyens Stiftstidende var manden tidligere dømt.\n\n– Det har været en svær indsats for os.", "da",
     [("avisen Fyens Stiftstidende", "Ifølge", "var manden tidligere dømt")]),
    # after a speaker's own words it goes on as before
    ("– Vi har kontroll, sier Per Holm.\n\n– Det har vært en tøff innsats for oss.", "no",
     [("Per Holm", "sier", "Vi har kontroll"), ("Per Holm", None, "Det har vært en tøff innsats for oss")]),
]


@pytest.mark.parametrize("text,lang,expected", AFTER_ACCORDING_TO)
def test_a_quotation_after_an_according_to_report(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ROLE_IN_MUNICIPALITY = [
    # a place and the bare form of a body listed in its definite form ("kommunen"): one organisation
    ("– Vi har kontroll, sier ordfører i Lunde kommune, Kari Lie (Sp).", "no",
     ("ordfører i Lunde kommune, Kari Lie", "Kari Lie")),
    ("– Vi har styr på det, siger borgmester i Vejen kommune, Eva Lind (V).", "da",
     ("borgmester i Vejen kommune, Eva Lind", "Eva Lind")),
    ("– Vi har kontroll, säger kommunalråd i Vetlanda kommun, Eva Lind (S).", "sv",
     ("kommunalråd i Vetlanda kommun, Eva Lind", "Eva Lind")),
]


@pytest.mark.parametrize("text,lang,expected", ROLE_IN_MUNICIPALITY)
def test_a_role_in_a_municipality_and_the_name_after_it(text: str, lang: str, expected: tuple[str, str]) -> None:
    a = bylined_attributions(text, lang)[0]
    assert (a.source, a.source_name) == expected


@pytest.mark.parametrize("word,lang,typ", [
    ("kommune", "no", "official"), ("fylkeskommune", "no", "official"), ("regjering", "no", "official"),
    ("kommune", "da", "official"), ("regering", "da", "official"),
    ("regering", "sv", "official"),
    ("båt", "no", None), ("bil", "da", None), ("mann", "no", "person"),
])
def test_a_bare_form_of_a_word_listed_as_definite(word: str, lang: str, typ: str | None) -> None:
    assert word_type(word, lang) == typ


RELATIVE_AFTER_TAG = [
    # a relative clause with a sentence adverb after a tag's speaker: the speaker, never the cue before it
    ("– Jag har inga kommentarer, säger Lars Ek som dock berättar att han talade med sin bror i går.", "sv",
     ("Lars Ek", "Lars Ek")),
    ("– Jag har inga kommentarer, säger Lars Ek som berättar att han talade med sin bror i går.", "sv",
     ("Lars Ek", "Lars Ek")),
    ("– Jeg har ingen kommentarer, sier Lars Ek, som likevel forteller at han møtte klienten i går.", "no",
     ("som", "Lars Ek")),
    ("– Jeg har ingen kommentarer, siger Lars Ek, som dog fortæller, at han mødte klienten i går.", "da",
     ("som", "Lars Ek")),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVE_AFTER_TAG)
def test_a_relative_after_a_tags_speaker(text: str, lang: str, expected: tuple[str, str]) -> None:
    second = bylined_attributions(text, lang)[-1]  # (the refusal before it is no attribution)
    assert (second.source, second.source_name) == expected


TOPIC_CLAUSE = [
    # "rapporterat om att"/"skrevet om at": the clause after the complementizer ("rapporterat om" keeps its own "om")
    ("Tidningen har tidigare rapporterat om att vägen är avstängd.", "sv",
     [("Tidningen", "rapporterat om", "vägen är avstängd")]),
    ("Avisen har tidligere skrevet om at veien er stengt.", "no", [("Avisen", "skrevet", "veien er stengt")]),
    ("Avisen har tidligere skrevet om, at vejen er spærret.", "da", [("Avisen", "skrevet", "vejen er spærret")]),
]


@pytest.mark.parametrize("text,lang,expected", TOPIC_CLAUSE)
def test_a_topic_preposition_before_the_complementizer(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FRONTED_RECIPIENT = [
    # a fronted recipient that is one capitalised word, no first name: the medium told, and "tidningen" later
    ("Till Nordvästran säger rektorn att skolan stänger.\n\n– Vi har inget val, säger hon till tidningen.", "sv",
     [("Nordvästran",), ("Nordvästran",)]),
    ("Til Fjordingen sier rektoren at skolen stenger.\n\n– Vi har ikke noe valg, sier hun til avisen.", "no",
     [("Fjordingen",), ("Fjordingen",)]),
    ("Til Vestegnen siger rektoren, at skolen lukker.\n\n– Vi har intet valg, siger hun til avisen.", "da",
     [("Vestegnen",), ("Vestegnen",)]),
    # a person or a body told is no medium
    ("Till Anna säger han att allt är bra.", "sv", [()]),
    ("Til politiet sier han at alt er bra.", "no", [()]),
]


@pytest.mark.parametrize("text,lang,vias", FRONTED_RECIPIENT)
def test_a_fronted_recipient_is_the_medium_told(text: str, lang: str, vias: list[tuple[str, ...]]) -> None:
    assert [a.via for a in bylined_attributions(text, lang)] == vias


@pytest.mark.parametrize("text,lang", [
    ("SVT Nyheter Västernorrland har rapporterat att vägen är avstängd.", "sv"),
    ("NRK Innlandet melder at veien er stengt.", "no"),
    ("TV2 Fyn skriver, at vejen er spærret.", "da"),
])
def test_an_outlets_service_is_media(text: str, lang: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == ["media"]


CONTINUES = [
    # "fortsätter"/"fortsetter"/"fortsætter" as a quotation's tag; coordinated after a tag, with a colon, it
    # introduces the next paragraph with the tag's speaker
    (("Inledning om saken.\n\n– Jag hörde sirenerna, säger Nika och fortsätter:\n\n– Vi stod längst bak.\n\n"
     "– Vi hade tur, fortsätter hon."), "sv",
     [("Nika", "säger", "Jag hörde sirenerna"), ("Nika", "fortsätter", "Vi stod längst bak"),
      ("hon", "fortsätter", "Vi hade tur")]),
    (("Innledning om saken.\n\n– Jeg hørte sirenene, sier Nika og fortsetter:\n\n– Vi sto bakerst.\n\n"
     "– Vi var heldige, fortsetter hun."), "no",
     [("Nika", "sier", "Jeg hørte sirenene"), ("Nika", "fortsetter", "Vi sto bakerst"),
      ("hun", "fortsetter", "Vi var heldige")]),
    (("Indledning om sagen.\n\n– Jeg hørte sirenerne, siger Nika og fortsætter:\n\n– Vi stod bagerst.\n\n"
     "»Vi var heldige,« fortsætter hun."), "da",
     [("Nika", "siger", "Jeg hørte sirenerne"), ("Nika", "fortsætter", "Vi stod bagerst"),
      ("hun", "fortsætter", "Vi var heldige")]),
    # a continuing action is no report
    ("Polisen fortsätter att utreda branden.", "sv", []),
    ("Politiet fortsetter å etterforske brannen.", "no", []),
    ("Politiet fortsætter efterforskningen i dag.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", CONTINUES)
def test_continues_as_a_tag(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,via", [
    # a broadcaster named by its kind and region is the medium told
    ("Flere naboer har fortalt til TV Midtvest, at politiet omringede et hus.", "da", ("TV Midtvest",)),
    ("Han säger till Radio Norrbotten att vägen är avstängd.", "sv", ("Radio Norrbotten",)),
    ("Han sier til TV Vest at veien er stengt.", "no", ("TV Vest",)),
    # the word alone names nobody
    ("Han sier til tv at veien er stengt.", "no", ()),
])
def test_a_broadcaster_by_kind_and_region(text: str, lang: str, via: tuple[str, ...]) -> None:
    assert bylined_attributions(text, lang)[0].via == via
