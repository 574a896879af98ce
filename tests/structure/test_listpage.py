"""A list of headlines with teasers is refused; a short article printed in many short lines is not (listpage.py)."""
from __future__ import annotations

import pytest

from enligt.errors import NotAnArticleError
from enligt.models import Page
from enligt.settings import Options
from enligt.structure.listpage import headline_list, list_headline, one_story
from enligt.structure.text import structure_text


def run(text: str) -> object:
    return structure_text(Page(input="t", content=text, kind="text"), options=Options(lang="auto"))


# Short articles: one topic, short paragraphs, quotation lines and short subheadings between them.
ARTICLES = {
    "sv": """Isbanan i Hedby stänger i förtid
Publicerad 2025-02-03 07.40
Isbanan i Hedby stänger redan i helgen.
Kylaggregatet har gått sönder.
– Vi har lagat det tre gånger i vinter
säger föreningens ordförande Sara Lind.
Isbanan saknar pengar
Föreningen har inga pengar kvar till isbanan.
– Det är tråkigt för alla barn
säger Sara Lind.
Hockeyn flyttar
Hockeyskolan flyttar till isbanan i Ålunda.
Öppnar i november
Isbanan öppnar igen i november, tror föreningen.
""",
    "no": """Skøytebanen i Nordvik stenger
Publisert 03.02.2025 07:40
Skøytebanen i Nordvik stenger allerede i helgen.
Kjøleanlegget har gått i stykker.
– Vi har reparert det tre ganger i vinter
sier lagets leder Siri Lund.
Mangler penger
Laget har ikke penger til skøytebanen.
– Det er trist for alle barna
sier Siri Lund.
Hockeyen flytter
Hockeyskolen flytter til skøytebanen i Åsvik.
Åpner i november
Skøytebanen åpner igjen i november, tror laget.
""",
    "da": """Skøjtebanen i Nørby lukker før tid
Publiceret 3. februar 2025 kl. 07.40
Skøjtebanen i Nørby lukker allerede i weekenden.
Køleanlægget er gået i stykker.
– Vi har repareret det tre gange i vinter
siger foreningens formand Sofie Krag.
Mangler penge
Foreningen har ingen penge til skøjtebanen.
– Det er trist for alle børnene
siger Sofie Krag.
Hockeyen flytter
Hockeyskolen flytter til skøjtebanen i Åby.
Åbner i november
Skøjtebanen åbner igen i november, tror foreningen.
""",
    "de": """Eisbahn in Lindenau schließt früher
Veröffentlicht am 03.02.2025
Die Eisbahn in Lindenau schließt schon am Wochenende.
Die Kühlanlage ist kaputt.
„Wir haben sie diesen Winter dreimal repariert“
sagte die Vereinsvorsitzende Petra Kunz.
Kein Geld mehr
Der Verein hat kein Geld mehr für die Eisbahn.
„Das ist traurig für alle Kinder“
sagte Petra Kunz.
Hockey zieht um
Die Hockeyschule zieht auf die Eisbahn in Altdorf um.
Öffnet im November
Die Eisbahn öffnet im November wieder, glaubt der Verein.
""",
    "en": """Ice rink in Millbrook to close early
Published February 3, 2025
The ice rink in Millbrook will close this weekend.
Its cooling plant has broken down.
"We have fixed it three times this winter"
said club chair Sally Reed.
No money left
The club has no money left for the rink.
"It is sad for all the children"
Reed said.
Hockey moves
The hockey school moves to the rink in Ashford.
Reopens in November
The rink will open again in November, the club believes.
""",
}

# List pages: each item a headline and a short teaser about another story, some with a quotation in them.
LISTS = {
    "de": """Neueste Meldungen
Brand in Lagerhalle in Talheim
Die Feuerwehr war die ganze Nacht im Einsatz.
Neue Rektorin an der Lindenschule
Sie beginnt im März, teilte die Stadt mit.
Zug stand zwei Stunden still
Eine Signalstörung stoppte den Verkehr bei Eichhof.
Altdorf gewinnt das Derby
Die Mannschaft drehte das Spiel im letzten Drittel.
Straßenbau wird teurer
Die Rechnung steigt um weitere Millionen.
Wirt eröffnet neues Café
„Davon habe ich lange geträumt“, sagt sie.
Bibliothek öffnet länger
Ab April bleibt sie jeden Abend bis neun offen.
Jagdsaison endet früh
Die Jäger erlegten am Dienstag ihr letztes Tier.
""",
    "en": """Latest news
Warehouse fire in Tallbrook
Firefighters stayed at the scene all night.
New head teacher at Oak School
She starts in March, the council says.
Train stood still for two hours
A signal fault stopped traffic near Elm Park.
Ashford win the derby
The team came back in the final period.
Road works will cost more
The bill comes to millions more.
Chef opens new cafe
"I have dreamt of this for years," she said.
Library to stay open later
From April the doors close at nine each evening.
Deer season ends early
Hunters took their last animal on Tuesday.
""",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_short_article_with_short_lines_is_an_article(lang: str) -> None:
    a = run(ARTICLES[lang])
    assert a.title == ARTICLES[lang].splitlines()[0] and len(a.body) >= 6


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_headline_list_is_refused(lang: str) -> None:
    with pytest.raises(NotAnArticleError):
        run(LISTS[lang])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taket läcker", True),
        ("Kein Geld mehr", True),
        ("Hockey moves", True),
        ("– Det är tråkigt för alla barn", False),
        ("- Massivt", False),
        ("„Das ist traurig für alle Kinder“", False),
        ("\"It is sad for all the children\"", False),
        ("The rink closes.", False),
        ("Stengt i helgen...", True),
    ],
)
def test_list_headline(text: str, expected: bool) -> None:
    assert list_headline(text) is expected


ONE_TOPIC_BODY = ["The rink will close this weekend.", "said club chair Sally Reed.",
                  "The club has no money left for the rink.", "Reed said.", "The hockey school moves to the rink."]
TEASER_BODY = ["Firefighters stayed at the scene all night.", "She starts in March, the council says.",
               "A signal fault stopped traffic near Elm Park.", "The team came back in the final period.",
               "\"I have dreamt of this for years,\" she said."]


@pytest.mark.parametrize(
    ("body", "headings", "title", "expected"),
    [
        (ONE_TOPIC_BODY, ["No money left", "Hockey moves"], "Ice rink to close early", True),
        (TEASER_BODY, ["New head teacher", "Ashford win the derby"], "Warehouse fire", False),
        # one topic but nothing said: a list of one site's items on one subject stays a list
        (["The rink will close.", "The rink opens in May.", "The rink is cold."], ["A", "B"], "Rink news", False),
    ],
    ids=["article", "teasers", "no-speech"],
)
def test_one_story(body: list[str], headings: list[str], title: str, expected: bool) -> None:
    assert one_story(body, headings, title) is expected


def test_many_plain_headings_over_quoted_paragraphs_are_an_article() -> None:
    body = ["The rink will close this weekend.", "\"It breaks every winter,\" said club chair Sally Reed.",
            "The club has no money left for the rink.", "\"We cannot fix it again,\" Reed said."]
    headings = ["Cooling plant broken", "No money left", "Hockey moves", "Reopens in November"]
    assert not headline_list(body, headings, "Ice rink to close early")
    assert headline_list(TEASER_BODY[:4], headings, "Latest news")
