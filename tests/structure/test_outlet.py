"""The outlet of a plain-text page (`structure/outlet.py`): page-title tails and footers."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.footer import outlet_from_footer
from enligt.structure.lines import classify
from enligt.structure.outlet import (
    outlet_from_dateline,
    outlet_from_newsroom,
    outlet_from_pledge,
    outlet_from_site_line,
    split_title_suffix,
    without_prompt,
)
from enligt.structure.text import structure_text


@pytest.mark.parametrize("title,expected", [
    ("Brand i Visby: tre skadade | Kustposten", ("Brand i Visby: tre skadade", "Kustposten")),
    ("Brand i Visby: tre skadade | Inrikes | Kustposten", ("Brand i Visby: tre skadade", "Kustposten")),
    ("Flom stenger veien over fjellet - Fjordposten", ("Flom stenger veien over fjellet", "Fjordposten")),
    ("Sturm legt Bahnverkehr lahm - Rheinbote", ("Sturm legt Bahnverkehr lahm", "Rheinbote")),
    ("Bridge closed after crash – The Harbour Gazette", ("Bridge closed after crash", "The Harbour Gazette")),
    ("Bridge closed after crash · harbourgazette.com", ("Bridge closed after crash", "harbourgazette.com")),
    ("Storm i Jylland – Nordbladet", ("Storm i Jylland", "Nordbladet")),
    ("BRIDGE CLOSED AFTER CRASH | HARBOUR WIRE", ("BRIDGE CLOSED AFTER CRASH", "Harbour Wire")),
])
def test_title_with_the_site_name_after_it(title: str, expected: tuple[str, str]) -> None:
    assert split_title_suffix(title, [], None) == expected


@pytest.mark.parametrize("title", [
    "Färjan gick på grund utanför Visby – alla passagerare i säkerhet",
    "Unwetter in Bayern - Feuerwehr im Dauereinsatz",
    "Mayor Says New Bridge Will Open - City Hall",  # title case: a dash tail needs backing
    "Han blir ny förbundskapten – Anna",  # a first name
    "Han blir ny förbundskapten – Jon Berg",  # a person, not backed
    "Storm i Jylland – TT",  # an agency credits the copy
    "Kort om – Nyheter",  # too short a headline; a section name
    "Brand i Visby | 3 döda.",
])
def test_dash_in_a_headline_is_not_a_site_name(title: str) -> None:
    assert split_title_suffix(title, [], None) is None


def test_dash_tail_backed_by_the_footer_or_a_line_of_its_own() -> None:
    title = "Mayor Says New Bridge Will Open - Valley Voice"
    assert split_title_suffix(title, [], "Valley Voice") == ("Mayor Says New Bridge Will Open", "Valley Voice")
    lines = [classify("Valley Voice"), classify(title)]
    assert split_title_suffix(title, lines, None) == ("Mayor Says New Bridge Will Open", "Valley Voice")


@pytest.mark.parametrize("footer,outlet", [
    ("© 2024 Kustposten", "Kustposten"),
    ("Copyright © 2024 Kustposten AB. Alla rättigheter förbehållna.", "Kustposten"),
    ("Copyright 2024 Northwind Media Inc. All rights reserved.", None),  # the owner, a media group
    ("© 2024 Nordlys Mediehus AS", None),
    ("© Rheinland Verlagsgruppe GmbH", None),
    ("Copyright 2024 The Associated Press. All rights reserved.", None),
    ("(c) 2024 Kustposten", "Kustposten"),
    ("(C) 2024 Kustposten", "Kustposten"),
])
def test_footer_outlet(footer: str, outlet: str | None) -> None:
    assert outlet_from_footer([classify("Some line of text here."), classify(footer)]) == outlet


def test_only_a_c_lower_cases_to_the_c_of_a_copyright_sign() -> None:
    """`outlet_from_footer` finds "(c)" or "(C)", not "(c)" in the lower-cased line: the same lines, as no other
    character lower-cases to "c" or to a bracket."""
    odd = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000
           and chr(i) not in "(cC)" and any(ch in chr(i).lower() for ch in "(c)")]
    assert odd == []


@pytest.mark.parametrize("line,outlet", [
    ("Så här jobbar Kustposten med journalistik: uppgifter som publiceras ska vara korrekta.", "Kustposten"),
    ("Så arbetar Norra Bladet med journalistik", "Norra Bladet"),
    ("Så här jobbar vi med journalistik", None),  # no name
    ("Så här jobbar TT med journalistik", None),  # an agency
    ("Så här jobbar Kustposten med sporten", None),  # no pledge
    ("Kustposten är politiskt obunden och skriver om hela länet.", "Kustposten"),  # its stance
    ("Omni är partipolitiskt obundna och granskar makten.", "Omni"),  # an agency with a site of its own
    ("Partiet är politiskt obundet", None),  # no stance line
])
def test_pledge_outlet(line: str, outlet: str | None) -> None:
    assert outlet_from_pledge([classify("Some line of text here."), classify(line)]) == outlet


@pytest.mark.parametrize("paragraph,outlet", [
    ("HARBOURTON, Maine (The Harbour Gazette) -- The ferry did not sail on Monday.", "The Harbour Gazette"),
    ("LONDON (Kustposten) — Storm closed the port.", "Kustposten"),
    ("LONDON (AP) -- Storm closed the port.", None),  # an agency wrote copy that another site runs
    ("HARBOURTON (HarbourNow) — Storm closed the port.", "HarbourNow"),  # a wordmark after a place
    ("HARBOURTON (Harbour Now) — Storm closed the port.", "Harbour Now"),
    ("HARBOURTON (Harbour News Agency) — Storm closed the port.", None),  # it calls itself an agency
    ("HARBOURTON (Harbour) — Storm closed the port.", None),  # one plain word: no wordmark
    ("(HarbourNow) - Storm closed the port.", None),  # no place: a known outlet or call letters only
    ("Storm closed the port (on Monday) -- again.", None),  # no dateline
    # a colon after the outlet; a place in title case before a known outlet only
    ("HAMNSTAD (Kustposten): Stormen stängde hamnen.", "Kustposten"),
    ("Tromsø (Dagbladet): Stormen stengte havna i natt.", "Dagbladet"),
    ("Hamburg (NDR) – Der Sturm schloss den Hafen.", "NDR"),
    ("Harbourton (HarbourNow) — Storm closed the port.", None),  # a wordmark no list knows after a titled place
    ("Müller (SPD) – Der Sturm schloss den Hafen.", None),  # a party after a name
    ("Kiel (dpa) – Der Sturm schloss den Hafen.", None),  # an agency
])
def test_dateline_outlet(paragraph: str, outlet: str | None) -> None:
    assert outlet_from_dateline(["The ferry sailed late.", paragraph]) == outlet


@pytest.mark.parametrize("line,outlet", [
    # a logo's text, a subscription or newsletter prompt: any name printed as a wordmark
    ("Kustbladet FM logo", "Kustbladet FM"),
    ("101.7 KHRB logo", "101.7 KHRB"),
    ("Facebook logo", None),  # a platform
    ("RNZ abonnieren", "RNZ"),
    ("Podcast abonnieren", None),  # a common noun
    ("Jetzt abonnieren", None),
    ("Subscribe to The Harbour Gazette", "The Harbour Gazette"),
    ("Subscribe to Our Newsletter", None),  # the writer's pronoun
    ("You may occasionally receive promotional content from the Harbour Gazette.", "Harbour Gazette"),
    ("Prenumerera på Kustposten", "Kustposten"),
    ("Abonner på Fjordavisen", "Fjordavisen"),
    # a "more from" link: a known outlet or a site-shaped name only
    ("Mer innhold fra TV 2", "TV 2"),
    ("Les mer i Fjordavisa", "Fjordavisa"),
    ("Mere fra Kystbladet", "Kystbladet"),
    ("Mer från Kustposten", "Kustposten"),
    ("Mer från Inrikes", None),  # a section
    ("Mehr aus Ukraine", None),  # a topic
    ("More From This Section", None),
    ("Mer innhold fra TV 2 finner du på forsiden i dag", None),  # not the whole line
    # a prompt to follow the story on the site, its name perhaps a web address in lower case
    ("Följ händelseutvecklingen på kustposten.se.", "kustposten.se"),
    ("Følg udviklingen på kystbladet.dk", "kystbladet.dk"),
    ("Følg utviklingen på Fjordavisa", "Fjordavisa"),
    ("Följ utvecklingen på Facebook", None),  # a platform
    ("Read more at harbour-times.co.uk", "harbour-times.co.uk"),
    # a newsletter prompt naming the site, alone or as the first sentence of its line
    ("Få nyhetsbrev fra Fjordavisa. Meld deg på i dag!", "Fjordavisa"),
    ("Få nyhetsbrev från Kustposten", "Kustposten"),
    ("Få nyhedsbrev fra Kystbladet. Tilmeld dig her", "Kystbladet"),
    ("Sign up for the Harbour Gazette newsletter", "Harbour Gazette"),
    ("Få nyhetsbrev fra oss. Meld deg på her!", None),  # no name
    ("Subscribe to The Harbour Gazette. Only $1 a week.", "The Harbour Gazette"),
    ("Prenumerera på Kustposten och", None),  # no sentence end after the name: not the prompt
])
def test_site_line_outlet(line: str, outlet: str | None) -> None:
    assert outlet_from_site_line([classify("Some line of text here."), classify(line)]) == outlet


@pytest.mark.parametrize("paragraphs,outlet", [
    # the page's own newsroom asking, calling or seeing a document: a known outlet only
    (["Aftonbladet har inte lyckats nå bolagets vd under torsdagen."], "Aftonbladet"),
    (["När Expressen ringde upp kommunen ville ingen kommentera."], "Expressen"),
    (["Men Dagbladet har fått opplyst at saken er henlagt."], "Dagbladet"),
    (["Det fremgår af et brev, som Ekstra Bladet har set, at skolen lukker."], "Ekstra Bladet"),
    (["The Guardian was unable to reach the company on Sunday."], "The Guardian"),
    (["Enligt SR:s reporter på plats är vägen avstängd."], "SR"),  # the page's own reporter on the scene
    (["Rök syntes enligt TT:s fotograf på plats."], None),  # an agency's staff
    (["Det lå en mann på fortauet, sier en vakt til Fjordavisas reporter på stedet."], "Fjordavisa"),
    (["Der var røg overalt, siger en nabo til Kystbladets fotograf på stedet."], "Kystbladet"),
    (["Polisen har inte lyckats nå mannen."], None),  # no outlet
    (["NTB har forsøkt å nå selskapet."], None),  # an agency
    (["Kustbevakningen har inte lyckats nå honom."], None),  # neither a known outlet nor a newspaper's name
    (["Posten har forsøkt å nå kunden."], None),  # a masthead word alone: the mail
    # a name shaped like a newspaper's (a masthead word in it) as the newsroom, and the newsroom that has learned
    (["Kustposten har inte lyckats nå honom."], "Kustposten"),
    (["Uppgifter som Kustposten erfar pekar på en nedläggning."], "Kustposten"),
    (["Fjordavisa erfarer at rådmannen går av til sommeren."], "Fjordavisa"),
    (["Vestegnens Lokal Nyt erfarer, at skolen lukker efter sommerferien."], "Vestegnens Lokal Nyt"),
    (["Wie der Rheinbote erfuhr, bleibt die Brücke bis Mai gesperrt."], "Rheinbote"),
    (["The Harbour Chronicle was unable to reach the owners on Friday."], "Harbour Chronicle"),
    (["The Harbour Gazette has learned that the mill will close in May."], "Harbour Gazette"),
    (["Politiet erfarer at mannen har forlatt landet."], None),  # no newsroom
    (["Aftonbladet har sökt ministern.", "När Expressen ringde upp var det tyst."], None),  # two newsrooms
])
def test_newsroom_outlet(paragraphs: list[str], outlet: str | None) -> None:
    assert outlet_from_newsroom(paragraphs) == outlet


@pytest.mark.parametrize(("text", "expected"), [
    ("Hoppa till innehållKustposten", "Kustposten"),  # sv: a skip link glued on
    ("Hopp til innhold Fjordposten", "Fjordposten"),  # no
    ("Spring til indholdNordbladet", "Nordbladet"),  # da
    ("Zum Inhalt springen Rheinbote", "Rheinbote"),  # de
    ("Skip to main contentThe Harbour Gazette", "The Harbour Gazette"),  # en
    ("Watch Harbour News", "Harbour News"),  # en: the live-stream button before the wordmark
    ("Watchdog Weekly", "Watchdog Weekly"),  # a one-word prompt needs a space after it
    ("Hopp til innhold", "Hopp til innhold"),  # the prompt alone
])
def test_prompt_before_the_site_name(text: str, expected: str) -> None:
    assert without_prompt(text) == expected


@pytest.mark.parametrize(("content", "outlet"), [
    (("Hoppa till innehållKustposten\n\nBrand i lager i hamnen\n\nPublicerad 2024-03-02\n\n"
      "Ett lager i hamnen brann ner under natten, uppger räddningstjänsten.\n\nIngen skadades."), "Kustposten"),
    (("Watch Harbour News\n\nBridge closed after crash on Route 9\n\nThe bridge on Route 9 was closed on Monday after "
      "a truck hit a guard rail, police said.\n\nNo one was hurt."), "Harbour News"),
])
def test_page_with_a_prompt_before_the_wordmark(content: str, outlet: str) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.outlet == outlet


@pytest.mark.parametrize(("content", "outlet"), [
    # a section name above the prose of a page with no headline is no outlet (sv, no, da, de, en)
    ("Nyheter\n\nEtt lager i hamnen brann ner under natten, uppger räddningstjänsten.\n\nIngen skadades.", None),
    ("Nyheter\n\nEt lager ved havna brant ned i natt, opplyser politiet.\n\nIngen ble skadet.", None),
    ("Nyheder\n\nEt lager ved havnen brændte ned i nat, oplyser politiet.\n\nIngen kom til skade.", None),
    ("Nachrichten\n\nEine Lagerhalle am Hafen ist in der Nacht abgebrannt, teilte die Polizei mit.\n\nVerletzt wurde niemand.",
     None),
    (("Local News\n\nA warehouse at the harbour burned down overnight, police said.\n\nNo one was hurt in the fire, which "
     "firefighters put out after two hours."), None),
    # where the byline would stand, under a headline
    (("Lager brann ned i hamnen\n\nNyheter\n\nEtt lager i hamnen brann ner under natten, uppger räddningstjänsten.\n\n"
     "Ingen skadades."), None),
    # a site's name there still is one
    ("Kustposten\n\nEtt lager i hamnen brann ner under natten, uppger räddningstjänsten.\n\nIngen skadades.", "Kustposten"),
])
def test_section_name_is_no_outlet(content: str, outlet: str | None) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.outlet == outlet


# A page whose text shows no outlet of its own (no masthead, byline, credit or footer) names a medium only as the one
# its sources talked to: that medium is no outlet of the page, and the record keeps it as a via (the convention: the
# own outlet is no via only where the page shows which it is). Once or again and again, in every language; a
# determiner before the medium's name is no part of the via.
TOLD_ONLY = [
    ("sv", ("Färjan blev stående i hamnen\n\nFärjan till ön ställdes in på söndagen.\n\n"
           "– Vinden var för stark för att lägga ut, säger kaptenen Lars Öberg till Kustradion."), "Kustradion"),
    ("no", ("Fergen ble liggende i havn\n\nFergen til øya ble innstilt søndag.\n\n"
           "– Vinden var for sterk til å gå ut, sier kapteinen Lars Ødegård til Fjordkanalen.\n\n"
           "– Vi prøver igjen i morgen, sier han til Fjordkanalen."), "Fjordkanalen"),
    ("da", ("Færgen blev liggende i havn\n\nFærgen til øen blev aflyst søndag.\n\n"
           "- Vinden var for kraftig til at sejle, siger kaptajn Lars Østergaard til Kystkanalen."), "Kystkanalen"),
    ("de", ("Fähre bleibt im Hafen\n\nDie Fähre zur Insel fiel am Sonntag aus.\n\n"
           "„Der Wind war zu stark zum Auslaufen“, sagte Kapitän Lars Ohlsen dem Inselkurier."), "Inselkurier"),
    ("en", ("Ferry stays in port\n\nThe ferry to the island was cancelled on Sunday.\n\n"
           "\"The wind was too strong to sail,\" captain Lars Olsen told the Island Courier."), "Island Courier"),
]


@pytest.mark.parametrize(("lang", "text", "medium"), TOLD_ONLY)
def test_a_medium_told_is_no_outlet_and_stays_a_via(lang: str, text: str, medium: str) -> None:
    from enligt.pipeline import analyze_text
    result = analyze_text(text, options=Options(lang=lang), name=f"{lang}-told.txt")
    assert result.article.outlet is None
    told = [a for a in result.attributions if a.content.startswith(("Vinden", "Der Wind", "The wind"))]
    assert told and all(list(a.via) == [medium] for a in told)
