"""The crawler's "date YYYY-MM[-DD]" field that opens some dumps, and the text it runs into (crawlheader.py)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text

BODY = {
    "en": "The council voted on Tuesday to close the harbour bridge for repairs.\n\n"
          "The work is expected to take three months, the council said.",
    "sv": "Kommunen beslutade på tisdagen att stänga hamnbron för reparationer.\n\n"
          "Arbetet väntas ta tre månader, uppger kommunen.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die Hafenbrücke für Reparaturen zu sperren.\n\n"
          "Die Arbeiten sollen drei Monate dauern, teilte die Stadt mit.",
}


EN_LEAD = ("A woman who lost her home in the spring floods told the inquiry that nobody had warned the street about "
           "the rising river")
SV_LEAD = "En kvinna som förlorade sitt hus i vårflodens vatten har berättat för utredningen att ingen varnade gatan"
DE_LEAD = ("Ein Mann hat vor dem Landgericht ausgesagt, dass er in der Nacht keinen Schuss gehört habe und sofort nach "
           "Hause gefahren sei")


@pytest.mark.parametrize(("lang", "header", "glued", "title"), [
    # a day or a month: the first paragraph run into the header, its stop lost, is the lead, no headline
    ("en", "date 2021-05-04", EN_LEAD, None),
    ("en", "date 2021-05", EN_LEAD, None),
    ("sv", "date 2021-05-04", SV_LEAD, None),
    ("de", "date 2021-05-04", DE_LEAD, None),
    # a headline run into the header stays the headline
    ("en", "date 2021-05-04", "Harbour bridge to close for three months", "Harbour bridge to close for three months"),
    ("sv", "date 2021-05-04", "Hamnbron stängs i tre månader", "Hamnbron stängs i tre månader"),
])
def test_text_run_into_the_crawler_date(lang: str, header: str, glued: str, title: str | None) -> None:
    text = f" {header} {glued}\n\n{BODY[lang]}"
    article = structure_text(Page(input="t.txt", content=text, kind="text"), options=Options())
    assert article.title == title
    if title is None:
        assert article.lead == glued


@pytest.mark.parametrize(("lang", "printed", "published"), [
    # the page's own date above the headline comes before the crawler's day
    ("en", "March 3, 2022", "2022-03-03"),
    ("sv", "3 mars 2022", "2022-03-03"),
    ("de", "03.03.2022", "2022-03-03"),
    # a page that prints no date: the crawler's day
    ("en", "", "2019-06-01"),
])
def test_the_page_date_above_the_headline_before_the_crawler_day(lang: str, printed: str, published: str) -> None:
    title = {"en": "Harbour bridge to close for three months", "sv": "Hamnbron stängs i tre månader",
             "de": "Hafenbrücke wird drei Monate gesperrt"}[lang]
    text = f" date 2019-06-01\n{printed}\n\n{title}\n\n{BODY[lang]}"
    article = structure_text(Page(input="t.txt", content=text, kind="text"), options=Options())
    assert (article.title, article.published) == (title, published)


DA_BODY = ("Kommunen besluttede tirsdag at lukke havnebroen for reparationer.\n\n"
           "Arbejdet ventes at tage tre måneder, oplyser kommunen.")


@pytest.mark.parametrize(("glued", "lead"), [
    # a standfirst of two sentences, the last a long clause that lost its stop: the lead
    ("Havnebroen lukker i tre måneder. Borgmester Jens Holm forklarer her, hvorfor arbejdet tager så lang tid i år",
     True),
    ("Hamnbron stängs i tre månader. Kommunalrådet Eva Ek berättar här varför arbetet tar så lång tid i år", True),
    # a caption the crawler cut off: a short last part stays no paragraph
    ("Havnebroen set fra vest. Kraner ved kajen", False),
])
def test_glued_standfirst_whose_last_sentence_lost_its_stop(glued: str, lead: bool) -> None:
    text = f" date 2021-05 {glued}\n\n{DA_BODY}"
    article = structure_text(Page(input="t.txt", content=text, kind="text"), options=Options())
    assert (article.lead == glued) is lead
