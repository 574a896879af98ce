"""A page that opens with running text (structure/text.find_title): a headline printed under the first
paragraph is the title when it reads as one (five words or more) and a caption, credit or date stands between it
and its text; a shorter line there, or one the text runs on under, is a subheading."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def run(content: str) -> tuple[str | None, tuple[str, ...]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.title, art.headings


@pytest.mark.parametrize(
    ("content", "title", "heading"),
    [
        # a subheading under the first paragraph: no title (sv, da, no, de, en)
        ((" date 2021-05 Branden startade i källaren strax efter midnatt och spred sig snabbt till trapphuset, "
          "uppger räddningstjänsten.\n\nSläckt vid sjutiden\n\nRäddningstjänsten hade kontroll över branden "
          "efter några timmar och ingen skadades.\n\nBoende fick sova hos grannar under natten."),
         None, "Släckt vid sjutiden"),
        (("Flere beboere blev evakueret fra boligblokken natten til søndag, da en brand brød ud i kælderen, "
          "oplyser beredskabet.\n\nTo kom på skadestuen\n\nTo beboere blev kørt til undersøgelse for røgforgiftning, "
          "men ingen kom alvorligt til skade.\n\nBranden er nu slukket."),
         None, "To kom på skadestuen"),
        ((" date 2020-11 Politiet rykket ut til en adresse i sentrum etter at naboer hadde meldt om bråk i "
          "leiligheten sent lørdag kveld.\n\nNekter straffskyld\n\nMannen nekter straffskyld, opplyser forsvareren "
          "hans til avisen.\n\nSaken etterforskes videre."),
         None, "Nekter straffskyld"),
        ((" date 2019-03 Die beiden Angeklagten haben am ersten Verhandlungstag vor dem Landgericht alle Vorwürfe "
          "zurückgewiesen und schweigen seitdem.\n\nUrteil im Sommer erwartet\n\nDas Gericht hat zunächst zehn "
          "Verhandlungstage angesetzt, teilte eine Sprecherin mit.\n\nDie Verteidigung will Freispruch."),
         None, "Urteil im Sommer erwartet"),
        (("The fire started in the basement shortly after midnight and spread quickly to the stairwell, the fire "
          "department said on Sunday.\n\nNo one hurt\n\nAll residents left the building before the crews arrived "
          "and no one was hurt, officials said.\n\nThe cause is not known."),
         None, "No one hurt"),
        # a subheading of five words or more the text runs on under: no title either (sv, da, no, de, en)
        ((" date 2022-08 Kommunen har beslutat att stänga badhuset i Norrby under hösten för en större "
          "renovering.\n\nArbetet ska vara klart till jul\n\nEnligt fastighetschefen byts hela ventilationen "
          "ut och bassängen får nytt kakel.\n\nSimklubben får träna i grannkommunen."),
         None, "Arbetet ska vara klart till jul"),
        (("Byrådet vedtog tirsdag aften at lukke den gamle svømmehal i efteråret for en større renovering.\n\n"
          "Hallen åbner igen til jul\n\nHele ventilationsanlægget skal skiftes, og bassinet får nye fliser, "
          "oplyser kommunen.\n\nKlubberne må træne i nabobyen."),
         None, "Hallen åbner igen til jul"),
        ((" date 2022-08 Kommunestyret har vedtatt å stenge svømmehallen i høst for en større oppussing av "
          "hele bygget.\n\nSkal stå ferdig før jul\n\nHele ventilasjonsanlegget skal skiftes ut, opplyser "
          "eiendomssjefen.\n\nKlubbene får trene i nabokommunen."),
         None, "Skal stå ferdig før jul"),
        (("Der Gemeinderat hat am Dienstagabend beschlossen, das alte Hallenbad im Herbst für eine Sanierung zu "
          "schließen.\n\nNeue Lüftung für drei Millionen\n\nDie gesamte Lüftung werde erneuert, sagte der "
          "Bürgermeister.\n\nDie Vereine trainieren im Nachbarort."),
         None, "Neue Lüftung für drei Millionen"),
        (("The council voted on Tuesday to close the old swimming pool this autumn for a major "
          "refurbishment.\n\nWork due to finish by Christmas\n\nThe whole ventilation system will be replaced, "
          "the council said.\n\nClubs will train in the next town."),
         None, "Work due to finish by Christmas"),
        # a headline of five words or more under a standfirst, a credit or date under it: the title
        ((" date 2021-05 Boende i Norrby fick lämna sina lägenheter när branden spred sig, uppger "
          "räddningstjänsten.\n\nBrand i flerfamiljshus – tjugo personer evakuerade\nFoto: Eva Berg\n\n"
          "Branden startade i källaren strax efter midnatt och ingen skadades.\n\nPolisen utreder orsaken."),
         "Brand i flerfamiljshus – tjugo personer evakuerade", None),
        (("The storm left thousands of homes without power along the coast overnight, the utility said.\n\n"
          "Storm cuts power to thousands of coastal homes\nPhoto: Jane Roe\n\nCrews worked through the night "
          "to restore the lines, a spokesman said.\n\nSchools stay closed."),
         "Storm cuts power to thousands of coastal homes", None),
        (("FLYGTET: Beboerne måtte forlade deres lejligheder midt om natten, da branden brød ud i kælderen.\n\n"
          "Brand i boligblok: tyve beboere evakueret i nat\n\nPubliceret 3. marts 2022\n\nBranden startede i "
          "kælderen, og ingen kom til skade, oplyser beredskabet."),
         "Brand i boligblok: tyve beboere evakueret i nat", None),
    ],
)
def test_title_under_the_first_paragraph(content: str, title: str | None, heading: str | None) -> None:
    got_title, headings = run(content)
    assert got_title == title
    if heading is not None:
        assert heading in headings


@pytest.mark.parametrize(
    ("content", "title"),
    [
        # a section's name glued to a crawler's month tag is no headline (no, sv, da, de, en)
        ((" date 2020-11 Innenriks\n\nPolitiet rykket ut til sentrum etter at naboer hadde meldt om bråk sent "
         "lørdag kveld.\n\n– Vi tok hånd om situasjonen, sier operasjonslederen."), None),
        ((" date 2020-11 Inrikes\n\nPolisen ryckte ut till centrum efter att grannar hade larmat om bråk sent "
         "på lördagskvällen.\n\n– Vi tog hand om situationen, säger vakthavande befäl."), None),
        ((" date 2020-11 Indland\n\nPolitiet rykkede ud til centrum, efter at naboer havde meldt om uro sent "
         "lørdag aften.\n\n– Vi fik styr på situationen, siger vagtchefen."), None),
        ((" date 2020-11 Politik\n\nDie Polizei rückte am späten Samstagabend in die Innenstadt aus, nachdem "
         "Nachbarn Lärm gemeldet hatten.\n\nVerletzt wurde niemand."), None),
        ((" date 2020-11 Politics\n\nPolice were called to the town centre late on Saturday evening after "
         "neighbours reported a disturbance.\n\nNo one was hurt, a spokesman said."), None),
        # the weather desk's name is a section's too (no, sv, da, de)
        ((" date 2019-02 Været\n\nMeteorologene varsler sterk vind langs kysten fra søndag morgen, opplyser "
          "instituttet.\n\n– Det kan bli kraftige vindkast, sier vakthavende meteorolog."), None),
        ((" date 2019-02 Vädret\n\nMeteorologerna varnar för hårda vindar längs kusten från söndag morgon, uppger "
          "SMHI.\n\n– Det kan bli kraftiga byar, säger meteorologen."), None),
        ((" date 2019-02 Vejret\n\nMeteorologerne varsler hård vind langs kysten fra søndag morgen, oplyser DMI.\n\n"
          "- Der kan komme kraftige vindstød, siger vagthavende meteorolog."), None),
        ((" date 2019-02 Wetter\n\nDie Meteorologen warnen ab Sonntagmorgen vor starkem Wind an der Küste, teilte der "
          "Wetterdienst mit.\n\nVerletzt wurde bislang niemand."), None),
    ],
)
def test_a_section_name_is_no_title(content: str, title: str | None) -> None:
    assert run(content)[0] == title


@pytest.mark.parametrize(
    ("content", "title", "author"),
    [
        # a contact strip whose address a Cloudflare dump hides ("[email protected]") is no headline
        (("Nya cykelbanor längs älven\n\nKustposten – Centrum - - Sidan 2 - Anna Berg anna.b[email\u00a0protected]"
          "stposten.se\n\nKommunen bygger tre nya cykelbanor längs älven i sommar, uppger trafikkontoret.\n\n"
          "Arbetet börjar i juni."), "Nya cykelbanor längs älven", "Anna Berg"),
        (("New cycle lanes along the river\n\nHarbour Gazette - Page 2 - Jane Doe [email\u00a0protected]\n\n"
          "The council will build three new cycle lanes along the river this summer, officials said.\n\n"
          "Work starts in June."), "New cycle lanes along the river", "Jane Doe"),
    ],
)
def test_contact_strip_with_a_hidden_address(content: str, title: str, author: str) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.title == title
    assert author in art.authors


@pytest.mark.parametrize(
    ("content", "title", "lead"),
    [
        # a deck that opens with an article under a short headline is the standfirst (da, sv, no, de, en)
        (("Dødstal stiger\n\nDet kraftige uvejr, der har ramt kysten, har kostet mindst tolv mennesker livet\n\n"
          "Redningsfolk leder stadig efter flere savnede langs kysten, oplyser myndighederne."),
         "Dødstal stiger", "Det kraftige uvejr"),
        (("Skolan stängs\n\nDen gamla byskolan i Norrby läggs ner efter sommaren trots protester från föräldrarna\n\n"
          "Beslutet fattades av nämnden på tisdagen, uppger kommunen."),
         "Skolan stängs", "Den gamla byskolan"),
        (("Brua stenges i sommer\n\nDen gamle brua over elva må repareres etter at det ble funnet store skader\n\n"
          "Arbeidet med brua starter i begynnelsen av juni, opplyser kommunen."),
         "Brua stenges i sommer", "Den gamle brua"),
        (("Bei Einsicht keine Haft\n\nDas Gericht darf sich nicht auf einen solchen Handel mit einem Angeklagten "
          "einlassen\n\nDas hat das Oberlandesgericht am Dienstag entschieden, teilte eine Sprecherin mit."),
         "Bei Einsicht keine Haft", "Das Gericht darf"),
        (("Bridge to close\n\nThe old bridge over the river will shut for repairs after inspectors found serious "
          "cracks\n\nWork will start in June, the council said."),
         "Bridge to close", "The old bridge"),
        # a kicker over a headline that drops its article stays a kicker
        (("Great Britain\n\nFloods: thousands of homes without power as storm hits the south coast\n\n"
          "Crews worked through the night, the utility said."),
         "Floods: thousands of homes without power as storm hits the south coast", "Crews worked"),
    ],
)
def test_deck_opening_with_an_article(content: str, title: str, lead: str) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.title == title
    assert (art.lead or "").startswith(lead)
