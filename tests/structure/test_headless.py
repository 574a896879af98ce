"""Pages without a headline line (structure/headless.py): any prose is an article."""
from __future__ import annotations

import pytest

from enligt.errors import NotAnArticleError
from enligt.models import Page
from enligt.settings import Options
from enligt.structure.headless import FIRST_LINE, NO_HEADLINE, reads_as_headline
from enligt.structure.lines import classify
from enligt.structure.text import structure_text


def run(content: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.title, art.body, art.notes


PARAGRAPH = ("The council voted on Tuesday to close the old library on Mill Street, a spokeswoman said. "
             "Residents said they would appeal the decision. \"We are not giving up,\" said one of them.")


@pytest.mark.parametrize(
    ("content", "title", "first_body", "note"),
    [
        # one pasted paragraph: no title, the paragraph is the body
        (PARAGRAPH, None, PARAGRAPH[:20], NO_HEADLINE),
        # a first line that ends in a period but reads as a headline (short, one sentence)
        (("Ferry runs aground off the island.\n\nThe ferry ran aground on Monday morning, the coastguard said. "
         "All passengers were taken ashore.\n\nDivers are checking the hull."),
         "Ferry runs aground off the island.", "The ferry ran aground", FIRST_LINE),
        # a title-case headline with a period may run longer
        (("Mayor Of Harbourtown Says New Bridge Will Open In Spring Despite Months Of Delays And Rising Costs.\n\n"
         "The mayor told reporters on Friday that the bridge would open in April. Builders agreed."),
         "Mayor Of Harbourtown Says New Bridge Will Open In Spring Despite Months Of Delays And Rising Costs.",
         "The mayor told", FIRST_LINE),
        # two short sentences are still a headline ("What next? Much rests on the vote.")
        (("What next for the port? Much rests on the vote.\n\nDock workers will vote on the offer on Monday, "
         "their union said in a statement."),
         "What next for the port? Much rests on the vote.", "Dock workers", FIRST_LINE),
        # a quote headline
        (("'We are in shock': a village counts the cost.\n\nVillagers said the flood came in minutes. "
         "The road is still closed."),
         "'We are in shock': a village counts the cost.", "Villagers said", FIRST_LINE),
        # a long first sentence is a lead, not a headline
        (("The regional council on Tuesday voted by a narrow margin to close three rural schools at the end of the "
         "year, a decision that parents in the valley say will force their children onto long bus rides.\n\n"
         "The council said the schools had too few pupils."),
         None, "The regional council", NO_HEADLINE),
        # dash speech first is no headline
        (("– We will rebuild the school, says the headmaster.\n\nThe fire destroyed the gym on Sunday night. "
         "Nobody was hurt."), None, "– We will rebuild", NO_HEADLINE),
        # the first line is a sentence of a paragraph per line, several sentences long: no headline
        ("Police closed the road. It was reopened at noon. Nobody was hurt.\nThe driver was taken to hospital.",
         None, "Police closed the road.", NO_HEADLINE),
        # two statements, the first ending in a full stop: a lead where headlines never end in one (sv, da, no, de)
        (("Tre personer skadades i en brand i Norrby. Flera lägenheter evakuerades.\n\n"
          "Branden började i en källare, enligt räddningstjänsten."),
         None, "Tre personer skadades", NO_HEADLINE),
        (("Mindst fire er dræbt ved en ulykke, skriver avisen. Flere er såret.\n\n"
          "Ulykken skete natten til søndag, oplyser politiet."),
         None, "Mindst fire er dræbt", NO_HEADLINE),
        (("Brannen startet i natt. Ingen ble skadet, ifølge politiet.\n\nTo hus brant ned, sier vaktsjefen."),
         None, "Brannen startet", NO_HEADLINE),
        (("Der Zug entgleiste am Morgen. Zwei Menschen wurden verletzt.\n\nDie Strecke bleibt gesperrt, "
          "teilte die Bahn mit."), None, "Der Zug entgleiste", NO_HEADLINE),
        # a sentence-case line of 18 or more words is a lead, not a headline
        (("Dock workers in the northern port walked off the job on Monday over a pay offer they called far "
          "too low.\n\nThe strike will last two days, the union said."),
         None, "Dock workers", NO_HEADLINE),
        (("Svensk polis vet fortfarande inte varför det small i ett lugnt bostadsområde i centrala Kungsbacka tidigt på "
          "tisdagsmorgonen.\n\nUtredningen pågår, säger polisen."), None, "Svensk polis", NO_HEADLINE),
    ],
    ids=["one-paragraph", "headline-with-period", "title-case", "two-sentences", "quote-headline", "long-lead",
         "dash-speech", "sentence-lines", "two-statements-sv", "two-statements-da", "two-statements-no",
         "two-statements-de", "long-sentence-en", "long-sentence-sv"],
)
def test_prose_without_a_headline_line_is_an_article(content: str, title: str | None, first_body: str,
                                                      note: str) -> None:
    got_title, body, notes = run(content)
    assert got_title == title
    assert body[0].startswith(first_body)
    assert notes == (note,)


def test_a_page_with_a_headline_line_has_no_note() -> None:
    title, _, notes = run("Ferry runs aground off the island\n\nThe ferry ran aground on Monday morning, "
                          "the coastguard said.")
    assert title == "Ferry runs aground off the island" and notes == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Factory workers feel the sting of cheap imports.", True),
        ("Stealth Over Health: Senator Was Headed To Hospital But Diverted To Avoid Bad Optics.", True),
        ("Trains cancelled as storm hits the coast; roads closed.", True),
        ("Readers said:", False),
        ("– Det här är ett bra beslut, säger hon.", False),
        (("The regional council on Tuesday voted by a narrow margin to close three rural schools at the end "
         "of the year."), False),
        ("One sentence. Another sentence. A third sentence.", False),
        # a lead full of names and titles is no title-case headline: its verbs and nouns stay in lower case
        (("Health Minister Maria Lopez of the Coastal Province Party on Monday blamed the regional authority "
          "for delays during the vaccine rollout in Harbor County."), False),
        (("BRIDGEPORT (WXYZ) -- The Harbor County Sheriff's Office (HCSO) reported a second break-in at "
          "Lakeside Elementary on Monday."), False),
        ("City Council Rejects Plan For New Harbor Bridge After Long Debate", True),
    ],
)
def test_reads_as_headline(line: str, expected: bool) -> None:
    assert reads_as_headline(classify(line)) is expected


@pytest.mark.parametrize(
    "content",
    [
        "Home\nNews\nSport\nWeather\nContact us\n",
        "We use cookies to improve your experience. By clicking Accept you agree.\nAccept all\nManage preferences\n",
        "Top stories\nStorm closes bridge\nSchool reopens\nMayor resigns\nNew park planned\n",
    ],
    ids=["menu", "cookie-wall", "headline-list"],
)
def test_text_without_prose_is_still_refused(content: str) -> None:
    with pytest.raises(NotAnArticleError):
        run(content)


@pytest.mark.parametrize(
    ("content", "title", "published", "first_body"),
    [
        # a crawler's "date" field opens the first line: a day is the publication date, the rest is read as usual
        (" date 2023-03-31 Ferry runs aground off the island\n\nThe ferry ran aground on Monday, the coastguard said.",
         "Ferry runs aground off the island", "2023-03-31", "The ferry ran aground"),
        ((" date 2021-05 Mindst fire er dræbt ved en ulykke, skriver avisen. Flere er såret.\n\n"
         "Ulykken skete natten til søndag, oplyser politiet."),
         None, None, "Mindst fire er dræbt"),  # a month alone dates nothing
        ("date 2019-09 utenriks\n\nRedningsmannskap leter etter savnede i fjellene, opplyser politiet i regionen.",
         None, None, "Redningsmannskap"),  # a section in lower case is no headline
        (" date 2022-12\n\nBranden började i en källare i Norrby i natt, enligt räddningstjänsten på orten.",
         None, None, "Branden började"),
        # a month-only dump runs into its first paragraph: a short line there is no headline
        (" date 2020-06 «Vi fant ingenting der.»\n\nSlik lød de korte ordene fra vaktsjefen i politiet i går kveld.",
         None, None, "«Vi fant ingenting der.»"),
        ((" date 2018-04 Her bygger naboene ny bro over elva\n\nSaken oppdateres.\n\n"
          "Brannvesenet rykket i natt ut til en brann i en garasje på Nordnes, opplyser politiet."),
         None, None, "Brannvesenet rykket"),  # the teaser above and "Saken oppdateres." are furniture
        # a sentence end inside the glued text: no headline (a caption cut by the crawler, not the lead)
        ((" date 2021-03 Ein Zeuge filmte den Einsatz. Danach kam die Polizei mit\n\n"
         "Die Beamten nahmen den Mann fest, teilte die Polizei am Abend mit."),
         None, None, "Die Beamten nahmen"),
        # a headline-shaped line with a word of the text under it stays the headline
        ((" date 2020-05 Tillitsvalgt advarer om brudd på regelverket ved permittering\n\n"
         "Ansatte permitteres med to dagers varsel, og tillitsvalgte mener regelverket brytes."),
         "Tillitsvalgt advarer om brudd på regelverket ved permittering", None, "Ansatte permitteres"),
        # a long clause with a finite verb and no colon is the lead that lost its full stop, no headline
        ((" date 2021-06 Tre personer har lørdag aften været involveret i to forskellige ulykker på øen\n\n"
          "En mand blev kørt på hospitalet efter den første ulykke."),
         None, None, "Tre personer har lørdag"),
    ],
    ids=["day-and-headline", "month-and-lead", "month-and-section", "header-alone", "month-and-quote",
         "month-and-teaser", "month-and-cut-paragraph", "month-and-headline", "month-and-unstopped-lead"],
)
def test_crawl_date_header(content: str, title: str | None, published: str | None, first_body: str) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert (art.title, art.published, art.body[0][:len(first_body)]) == (title, published, first_body)
    assert not art.text.startswith("date")


@pytest.mark.parametrize(
    ("content", "title"),
    [
        # English headlines may end in a full stop; in the other languages such a first line is the lead
        ("Ferry runs aground off the island.\n\nThe ferry ran aground on Monday, the coastguard said in a statement.",
         "Ferry runs aground off the island."),
        ("Färjan gick på grund utanför ön.\n\nFärjan gick på grund på måndagen, uppger Kustbevakningen i ett pressmeddelande.",
         None),
        ("Fergen gikk på grunn utenfor øya.\n\nFergen gikk på grunn mandag, opplyser Kystverket i en pressemelding.",
         None),
        ("Færgen gik på grund ud for øen.\n\nFærgen gik på grund mandag, oplyser Søværnet i en pressemeddelelse.",
         None),
        ("Die Fähre lief vor der Insel auf Grund.\n\nDie Fähre lief am Montag auf Grund, teilte die Küstenwache mit.",
         None),
        # a one-sentence lead of seventeen words or more is no headline, even in English
        (("Parents have criticised the council's plan to move the village library into the old fire station "
          "next spring.\n\nThey said the building was too small and too far from the school, and asked for a vote."),
         None),
        (("Scientists have measured how quickly the warmer summers are shrinking the glaciers of the northern "
          "mountain ranges.\n\nThe study, published on Monday, used satellite images from three decades."),
         None),
        # a headline without a full stop is still a headline in every language
        ("Färjan gick på grund utanför ön\n\nFärjan gick på grund på måndagen, uppger Kustbevakningen i ett pressmeddelande.",
         "Färjan gick på grund utanför ön"),
        ("Die Fähre lief vor der Insel auf Grund!\n\nDie Fähre lief am Montag auf Grund, teilte die Küstenwache mit.",
         "Die Fähre lief vor der Insel auf Grund!"),
        # a section in lower case or an agency's desk is no headline
        ("utrikes\n\nFärjan gick på grund på måndagen, uppger Kustbevakningen i ett pressmeddelande.", None),
        ("NTB Innenriks\n\nFergen gikk på grunn mandag, opplyser Kystverket i en pressemelding.", None),
        ("Ritzau Indland\n\nFærgen gik på grund mandag, oplyser Søværnet i en pressemeddelelse.", None),
    ],
    ids=["en-full-stop", "sv-full-stop", "no-full-stop", "da-full-stop", "de-full-stop", "en-long-lead",
         "en-long-lead-study", "sv-no-stop", "de-exclaims",
         "sv-lower-case-section", "no-agency-desk", "da-agency-desk"],
)
def test_full_stop_headlines_by_language(content: str, title: str | None) -> None:
    assert run(content)[0] == title


@pytest.mark.parametrize(
    "content",
    [
        # a place kicker of one word over the first paragraph is no headline
        ("Tromsø\n\nBrannvesenet rykket ut til en garasje på Kvaløya natt til søndag, og ingen ble skadet i brannen. "
         "– Vi fikk raskt kontroll, sier vaktleder Ola Dahl til avisen."),
        ("Kalmar\n\nEn lastbil välte på riksväg 25 under tisdagsmorgonen och vägen stängdes i flera timmar. "
         "Föraren fördes till sjukhus med lindriga skador, uppger polisen."),
        ("Aarhus\n\nEn bus kørte i aftes ind i et læskur på Ringgaden, men ingen kom til skade ved uheldet. "
         "Chaufføren blev afhørt på stedet, oplyser politiet."),
    ],
    ids=["no-place", "sv-place", "da-place"],
)
def test_one_word_kicker_is_no_headline(content: str) -> None:
    assert run(content)[0] is None
