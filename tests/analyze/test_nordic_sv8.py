"""Swedish news shapes from a fifth round on real pages (issue 10), with their Norwegian and Danish twins where the
construction exists: a report noun pointing back ("Uppgifterna kommer från X."), the impersonal "man" after a
cue, a coordinator before a fronted clause, a noun complement after a time phrase, the subject of a relative
clause inside a clause that has its verb, report nouns and place phrases, and a second hearsay claim opened by
"och som tidigare uppgetts". Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

REPORT_ORIGIN = [
    # a definite report noun as subject: the sentence before came from the phrase after the preposition
    ("Fyra personer skadades i branden. Uppgifterna kommer från räddningstjänsten i Malmö.", "sv",
     [("räddningstjänsten i Malmö", "kommer från", "Fyra personer skadades i branden")]),
    ("Två hus brann ner. De lokala uppgifterna kom från kommunens krisledning.", "sv",
     [("kommunens krisledning", "kom från", "Två hus brann ner")]),
    ("Fire personer ble skadd i brannen. Opplysningene kommer fra brannvesenet.", "no",
     [("brannvesenet", "kommer fra", "Fire personer ble skadd i brannen")]),
    ("Fire personer blev såret i branden. Oplysningerne kommer fra beredskabet.", "da",
     [("beredskabet", "kommer fra", "Fire personer blev såret i branden")]),
]

NOT_REPORT_ORIGIN = [
    # any other subject of "kommer från" reports nothing
    ("Pengarna till bygget kommer från staten.", "sv"),
    ("Från kommunen kommer inga nya besked.", "sv"),
    ("Pengene kommer fra staten.", "no"),
    ("Pengene kommer fra staten.", "da"),
]


@pytest.mark.parametrize("text,lang,expected", REPORT_ORIGIN)
def test_a_report_noun_says_where_the_sentence_before_came_from(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang", NOT_REPORT_ORIGIN)
def test_coming_from_is_no_cue_without_a_report_noun(text: str, lang: str) -> None:
    assert bylined_rows(text, lang) == []


GENERIC_SUBJECT = [
    # "man" after a cue outside a quotation: the body the sentence is about says it; when a fronted place names
    # that body, the body is the source (nordic27, as the annotated pages have it; test_nordic27.HOSTS)
    ("På sjukhuset befarar man att fler har smittats.", "sv", [("sjukhuset", "befarar", "fler har smittats")]),
    ("Hos kommunen uppger man att vattnet är drickbart.", "sv", [("kommunen", "uppger", "vattnet är drickbart")]),
    ("På sykehuset frykter man at flere er smittet.", "no", [("sykehuset", "frykter", "flere er smittet")]),
    ("På hospitalet frygter man, at flere er smittet.", "da", [("hospitalet", "frygter", "flere er smittet")]),
    ("Efter mötet uppger man att vattnet är drickbart.", "sv", [("man", "uppger", "vattnet är drickbart")]),
]

GENERIC_IN_QUOTE = [
    # inside a quotation "man" is nobody: only the speaker's record
    ("– I dag tror man att faran är över, säger Eva Ek.", "sv", [("Eva Ek", "säger", "I dag tror man att faran är över")]),
    ("”Nu säger man att vägen är farlig”, säger Eva Ek.", "sv", [("Eva Ek", "säger", "Nu säger man att vägen är farlig")]),
    ("– I dag mener man at faren er over, sier Eva Ek.", "no", [("Eva Ek", "sier", "I dag mener man at faren er over")]),
]


@pytest.mark.parametrize("text,lang,expected", GENERIC_SUBJECT)
def test_man_after_a_cue_is_the_source(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", GENERIC_IN_QUOTE)
def test_man_inside_a_quotation_reports_nothing(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


COORDINATED_CLAUSE = [
    # a coordinator before a fronted adverbial clause: the subject still follows the cue
    ("Och eftersom vägen var stängd befarar läkarna att hjälpen kom för sent.", "sv",
     [("läkarna", "befarar", "hjälpen kom för sent")]),
    ("Men när bussen kom fram sa föraren att ingen hade skadats.", "sv",
     [("föraren", "sa", "ingen hade skadats")]),
    ("Og fordi veien var stengt, frykter legene at hjelpen kom for sent.", "no",
     [("legene", "frykter", "hjelpen kom for sent")]),
]


@pytest.mark.parametrize("text,lang,expected", COORDINATED_CLAUSE)
def test_a_coordinator_before_a_fronted_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NOUN_COMPLEMENT = [
    # a time phrase between the cue and its noun complement is no content; coordinated participles stay
    ("Myndigheterna bekräftar sent på tisdagen antalet skadade och dödade i olyckan.", "sv",
     [("Myndigheterna", "bekräftar", "antalet skadade och dödade i olyckan")]),
    ("Regeringen har utlovat hjälp och har aktiverat krisgruppen.", "sv", [("Regeringen", "utlovat", "hjälp")]),
]


@pytest.mark.parametrize("text,lang,expected", NOUN_COMPLEMENT)
def test_a_noun_complement_after_a_time_phrase(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


RELATIVE_SUBJECT = [
    # "… som X anser räcker": the clause has its verb, so the cue is the relative's and X its subject
    ("Det finns bevis som åklagaren menar är avgörande.", "sv", ("åklagaren", "menar")),
    ("Kvar står några fakta som rätten anser räcker för en dom.", "sv", ("rätten", "anser")),
    ("Han äger en bil som grannen säger är stulen.", "sv", ("grannen", "säger")),
]

RESTRICTIVE_SUBJECT = [
    # a relative inside the subject before the main verb stays part of it
    ("En granne som tidningen har talat med säger att det small.", "sv", "En granne som tidningen har talat med"),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVE_SUBJECT)
def test_the_subject_of_a_relative_clause(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.cue) for a in bylined_attributions(text, lang)] == [expected]


@pytest.mark.parametrize("text,lang,source", RESTRICTIVE_SUBJECT)
def test_a_relative_inside_the_subject(text: str, lang: str, source: str) -> None:
    assert [a.source for a in bylined_attributions(text, lang)] == [source]


REPORT_PLACE = [
    # a report noun keeps a phrase that names a source or a medium, not a place
    ("Fler fall utreds enligt tidningens uppgifter på andra håll i landet.", "sv", "tidningens uppgifter"),
    ("Tre personer har gripits enligt uppgifter till TT.", "sv", "uppgifter till TT"),
    ("Tre personer har gripits enligt uppgifter på Twitter.", "sv", "uppgifter på Twitter"),
]


@pytest.mark.parametrize("text,lang,source", REPORT_PLACE)
def test_a_report_nouns_phrase(text: str, lang: str, source: str) -> None:
    assert [a.source for a in bylined_attributions(text, lang)] == [source]


HEARSAY_AS_CLAUSE = [
    # "och som tidigare uppgetts": a second sourceless claim with its own marker
    ("Under natten ska flera bilar ha bränts och som tidigare uppgetts saknas spår efter gärningsmännen.", "sv",
     [(None, "ska ha", "Under natten ska flera bilar ha bränts"),
      (None, "uppgetts", "som tidigare uppgetts saknas spår efter gärningsmännen")]),
    ("Som tidigare rapporterats har tre personer gripits.", "sv",
     [(None, "rapporterats", "Som tidigare rapporterats har tre personer gripits")]),
    ("Det har uppgetts att tre personer har gripits.", "sv", [(None, "uppgetts", "tre personer har gripits")]),
]


@pytest.mark.parametrize("text,lang,expected", HEARSAY_AS_CLAUSE)
def test_hearsay_in_an_as_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


DOCUMENT_WORDS = [
    # a mailing, a statement, a message: documents, also after an impersonal tag
    ("”Mötet flyttas till fredag”, heter det i utskicket.", "sv", ("utskicket", "document")),
    ("Mötet flyttas till fredag, enligt ett uttalande från styrelsen.", "sv",
     ("styrelsen", "official")),  # a statement from a speaker: the speaker (da27, as the annotated live pages)
    ("Mötet flyttas till fredag, enligt meddelandet.", "sv", ("meddelandet", "document")),
]


@pytest.mark.parametrize("text,lang,expected", DOCUMENT_WORDS)
def test_document_words(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.source_type) for a in bylined_attributions(text, lang)] == [expected]


GENITIVE_OWNER = [
    # an outlet's "uppgifter" are its reporting; an agency's stay data
    ("Tre personer har gripits enligt polisens uppgifter.", "sv", "document"),
    ("Tre personer har gripits enligt Aftonbladets uppgifter.", "sv", "media"),
    ("Enligt SVT:s uppgifter har tre personer gripits.", "sv", "media"),
    ("Enligt Sky News uppgifter har tre personer gripits.", "sv", "media"),  # a name in -s is its own genitive
]


@pytest.mark.parametrize("text,lang,typ", GENITIVE_OWNER)
def test_an_outlets_report_noun_is_media(text: str, lang: str, typ: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == [typ]
