"""A sentence-case line longer than any headline is no headline (structure/text.py `_is_title_candidate`): a lead
that opens with a long question, or a long sentence quoting someone at the end, is the first paragraph."""
from __future__ import annotations

import pytest

from enligt.models import Article, Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def article(content: str) -> Article:
    return structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())


LONG_LEADS = [
    # da: a 22-word question opens the text under the crawl header
    ("date 2024-03\n\nBrændte lageret ned på grund af en fejl i det elektriske anlæg, eller var der tale om en påsat brand "
     "i Vejle?\n\nDet er politiet og ejeren ikke enige om.\n\n"
     "Politiet oplyste tirsdag, at der ikke er fundet spor efter brandstiftelse på stedet, mens ejeren fastholder sin mistanke.\n"),
    # sv
    ("date 2024-03\n\nVar det ett tekniskt fel i signalsystemet som stoppade tågen söder om Uppsala, eller handlade det om "
     "sabotage mot kablarna längs banan?\n\nDet är Trafikverket och facket inte överens om.\n\n"
     "Trafikverket uppgav på måndagen att ett kabelfel låg bakom stoppet, medan facket kräver en oberoende granskning.\n"),
    # no
    ("date 2024-03\n\nSkyldtes raset i fjellsiden det kraftige regnværet de siste dagene, eller har sprengningen ved det "
     "nye veianlegget nede i dalen skylden for raset?\n\nDet er kommunen og entreprenøren uenige om.\n\n"
     "Kommunen sa onsdag at sprengningen kan ha svekket fjellet, mens entreprenøren avviser dette på det sterkeste.\n"),
    # de
    ("date 2024-03\n\nWar ein technischer Defekt an der alten Heizungsanlage schuld an dem Brand in der Lagerhalle, oder "
     "hat jemand das Feuer in der Nacht gelegt?\n\nDarüber sind sich Polizei und Besitzer nicht einig.\n\n"
     "Die Polizei teilte am Dienstag mit, es gebe keine Hinweise auf Brandstiftung, der Besitzer sieht das anders.\n"),
    # en: a long sentence ending in a quotation, no headline above it
    ("date 2024-03\n\nThe mayor, herself a supporter of the plan, drew loud boos from the crowd upon "
     "saying, \u201cThe council heard the voice of the people.\u201d\n\nThe meeting went on for three more hours.\n\n"
     "Council members said on Tuesday that they would vote on the plan again in May after the public hearings.\n"),
]


@pytest.mark.parametrize("content", LONG_LEADS)
def test_long_sentence_case_line_is_the_lead(content: str) -> None:
    art = article(content)
    first = content.split("\n\n")[1]
    assert art.title is None
    assert art.lead == first


LONG_TITLE_CASE = ("Mayor Draws Boos From Crowd After Saying Council Heard The Voice Of The People At The Long Public "
                   "Hearing On Downtown Housing Plan")


@pytest.mark.parametrize(
    ("content", "title"),
    [
        # a headline of ordinary length above the long question stays the title
        (("Brand i lagerhal i Vejle\n\nBrændte lageret ned på grund af en fejl i det elektriske anlæg, eller var der tale "
          "om en påsat brand i nattens løb i Vejle?\n\nPolitiet oplyste tirsdag, at der ikke er fundet spor efter "
          "brandstiftelse.\n"),
         "Brand i lagerhal i Vejle"),
        # title case may run longer
        ((f"{LONG_TITLE_CASE}\n\nThe mayor drew loud boos from the crowd on Monday evening at the town hall.\n\n"
          "Council members said on Tuesday that they would vote on the plan again in May after the public hearings.\n"),
         LONG_TITLE_CASE),
    ],
)
def test_headline_of_ordinary_length_or_title_case_stays(content: str, title: str) -> None:
    assert article(content).title == title
