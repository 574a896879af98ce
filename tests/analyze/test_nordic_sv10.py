"""Swedish news shapes from a seventh round on real pages (issue 10): an existential report with an adverb inside
("förekommer även uppgifter om att"), a text that reads so ("I rapporten står det att"), learning of something
("fick veta att"), an estimate in the passive ("har uppskattats till"), a law after "enligt", a refusal ("jag
avböjer") and a media-type label before a title's colon ("Video: …"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, bylined_attributions, bylined_rows

REPORTS_EXIST = [
    # the reports are the source; an adverb after the verb stays out of the cue
    ("Det förekommer även uppgifter om att två bilar krockade.", "sv",
     [("uppgifter", "förekommer", "två bilar krockade")]),
    ("Det finns dock uppgifter om att skolan stängs.", "sv", [("uppgifter", "finns uppgifter om", "skolan stängs")]),
    ("Det cirkulerar uppgifter om att tåget var fullsatt.", "sv",
     [("uppgifter", "cirkulerar", "tåget var fullsatt")]),
    ("Det förekommer uppgifter om förseningar.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", REPORTS_EXIST)
def test_reports_exist_past_an_adverb(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


READS_SO = [
    # "I/På/Bland X står det att C": the phrase before the cue is the source, the clause after "att" the claim
    ("I rapporten står det att bron måste rivas.", "sv", [("rapporten", "står det", "bron måste rivas")]),
    ("På skylten stod det bland annat att parken var stängd.", "sv",
     [("skylten", "stod det", "parken var stängd")]),
    ("Bland banderollerna i tåget stod det att skatten måste sänkas.", "sv",
     [("banderollerna i tåget", "stod det", "skatten måste sänkas")]),
    # a state that became clear reports nothing
    ("I fredags stod det klart att bron måste rivas.", "sv", []),
    ("I hallen står det en gammal byrå.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", READS_SO)
def test_a_text_that_reads_so_is_the_source(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


TOLD_UNNAMED = [
    # learning of something before a clause: the one told is no source; without a clause nothing was told
    ("Eleverna fick veta att skolan ska stänga.", "sv", [(None, "fick veta", "skolan ska stänga")]),
    ("Familjen har fått höra att utredningen läggs ner.", "sv",
     [(None, "fått höra", "utredningen läggs ner")]),
    ("Vi fick höra skott på natten.", "sv", []),
    # an estimate in the passive names no one
    ("Skadorna har uppskattats till flera miljoner kronor.", "sv",
     [(None, "uppskattats", "Skadorna har uppskattats till flera miljoner kronor")]),
    ("Publiken uppskattas till omkring 2 000 personer.", "sv",
     [(None, "uppskattas", "Publiken uppskattas till omkring 2 000 personer")]),
]


@pytest.mark.parametrize("text,lang,expected", TOLD_UNNAMED)
def test_learning_and_estimates_have_no_source(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NO_SOURCE = [
    # a law, an agreement or a policy after "enligt" is a rule, not a source
    ("Även om föreningen saknar stadgar måste styrelsen enligt lag kalla till stämma.", "sv", []),
    ("Enligt avtal ska hyran betalas i förskott.", "sv", []),
    ("Skolan följer enligt policyn samma regler.", "sv", []),
    # a refusal to answer is no claim
    ("– Nej, jag avböjer, säger han.", "sv", []),
    ("– Vi avböjer att kommentera, säger presschefen.", "sv", []),
    ("– Jag avböjer. Vi har redan sagt allt om saken, säger han.", "sv",
     [("han", "säger", "Jag avböjer. Vi har redan sagt allt om saken")]),
]


@pytest.mark.parametrize("text,lang,expected", NO_SOURCE)
def test_rules_and_refusals_give_no_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


KICKERS = [
    # a media-type label before a title's colon is no source; a body before it still is
    ("Video: Här firas midsommar i regnet", "sv", []),
    ("Bilder: Stormen drog in över kusten", "sv", []),
    ("Polisen: Vägen stängs i natt", "sv", [("Polisen", "Vägen stängs i natt")]),
]


@pytest.mark.parametrize("title,lang,expected", KICKERS)
def test_a_media_label_in_a_title_is_no_source(title: str, lang: str, expected: list[tuple[str, str]]) -> None:
    article = Article(title=title, body=("Det regnade hela dagen i staden.",), language=lang)
    assert [(a.source, a.content) for a in attribute(article)] == expected


MEANS_AND_RECIPIENTS = [
    # "genom sin presstjänst" after the cue is how it was said, not part of the speaker or the claim
    ("I ett mejl skriver Vindola genom sin presstjänst att ingen har sagts upp.", "sv",
     [("Vindola", "skriver", "ingen har sagts upp")]),
    ("Kommunen meddelar genom sin presstjänst att skolan öppnar igen.", "sv",
     [("Kommunen", "meddelar", "skolan öppnar igen")]),
]


@pytest.mark.parametrize("text,lang,expected", MEANS_AND_RECIPIENTS)
def test_the_means_after_a_cue_is_no_speaker(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


BODY_GENITIVE = [
    # a body's genitive before a person's name: the person, named without the body
    ("Läget var lugnt, uppgav Göteborgspolisens Anna Lind.", "sv", "Anna Lind", "person"),
    ("Läget var lugnt, uppgav Kommunens Anna Lind.", "sv", "Anna Lind", "person"),
    # "våra uppgifter": the speaker's own data, a document; bare "uppgifter" stay unnamed
    ("– Enligt våra uppgifter var bron stängd, säger Anna Lind.", "sv", "våra uppgifter", "document"),
    ("Enligt uppgifter var bron stängd.", "sv", "uppgifter", "unnamed"),
    # a medium told, by its common short name
    ("Två personer har gripits, bekräftar polisen för GP.", "sv", "polisen", "official"),
]


@pytest.mark.parametrize("text,lang,name,typ", BODY_GENITIVE)
def test_a_body_genitive_before_a_name(text: str, lang: str, name: str, typ: str) -> None:
    a = next(a for a in bylined_attributions(text, lang) if a.cue != "säger")
    assert (a.source_name or a.source, a.source_type) == (name, typ)


def test_a_medium_by_its_short_name_relays() -> None:
    assert bylined_attributions("Två personer har gripits, bekräftar polisen för GP.", "sv")[0].via == ("GP",)
