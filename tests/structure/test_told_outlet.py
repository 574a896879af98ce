"""The medium a page's sources talked to ("…, sier X til VG", "…, siger X til B.T.", "wie X dem ZDF sagte", "Til NRK
sier X"), the page's outlet only when a line outside the running text names it too: one medium told, once or more, a known outlet or a name shaped
like a newspaper's, never an agency, never on a page that cites a medium as a reporter ("skriver NRK", "enligt Expressen"),
never a name that runs on past the outlet's ("til Berlingske Nyhedsbureau"). Lists: lang/<code>/told_preps.txt,
press_verbs.txt.

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text
from enligt.structure.told import outlet_from_told

SV_TWICE = ["Vägen var avstängd hela natten, säger räddningsledaren Per Holm till Expressen.",
            "– Vi hade tur med vädret, säger han till Expressen."]
NO_TWICE = ["Brannen startet i kjelleren, sier innsatsleder Kari Lie til VG.",
            "Hun bekrefter overfor VG at ingen ble skadet."]
DA_TWICE = ["Vejen er spærret, siger vagtchef Ole Berg til B.T.",
            "»Vi ved endnu ikke, hvad der skete,« siger han til B.T. fredag."]
DE_TWICE = ["Die Straße bleibt gesperrt, sagte ein Sprecher dem ZDF.",
            "Verletzt wurde niemand, wie der Sprecher gegenüber dem ZDF betonte."]
EN_TWICE = ["The road will stay closed, the fire chief told the Harbour Gazette.",
            "“We were lucky,” she said to the Harbour Gazette on Friday."]


@pytest.mark.parametrize(("paragraphs", "outlet"), [
    (SV_TWICE, "Expressen"),
    (NO_TWICE, "VG"),
    (DA_TWICE, "B.T."),
    (DE_TWICE, "ZDF"),
    (EN_TWICE, "Harbour Gazette"),
    (SV_TWICE[:1], "Expressen"),  # told once, and no medium cited on the page
    (["Til NRK sier operasjonslederen at veien er stengt."], "NRK"),  # the recipient fronted, capitalised
    (["Gegenüber dem ZDF sagte ein Sprecher, die Straße bleibe gesperrt."], "ZDF"),
    # a broadcaster's regional name written with a slash is one name
    (["Vejen er spærret hele natten, siger vagtchefen til TV 2/Østjylland."], "TV 2/Østjylland"),
    (["Veien er stengt, sier operasjonslederen til TV 2/Vest."], "TV 2/Vest"),
    (["Till Expressen säger räddningsledaren att vägen är avstängd.",
      "Olyckan skedde i natt, uppger Sveriges Radio."], None),  # told once beside another medium cited: retold
    (NO_TWICE + ["Det var første gang, skriver VG."], None),  # cited as a reporter
    (SV_TWICE + ["Enligt Expressen var vägen avstängd."], None),
    (SV_TWICE + ["Olyckan skedde i natt, rapporterar Sveriges Radio."], None),  # retelling another's report
    (DE_TWICE + ["Wie der Spiegel berichtet, war die Straße marode."], None),
    (NO_TWICE + ["Pengene går til skolen, ifølge avisa."], None),  # a paper cited by its noun
    (EN_TWICE + ["The bridge was closed in May, according to the newspaper."], None),
    (DA_TWICE + ["Politiet bekræfter over for DR, at ingen kom til skade.",
                 "Det oplyser politiet til DR."], None),  # two media told: another's interviews retold
    (["Der er ingen meldinger om ofre, oplyser ministeriet til Berlingske Nyhedsbureau.",
      "Det siger ministeriet til Berlingske Nyhedsbureau."], None),  # an agency's name runs on
    (["Politiet sier til Reuters at ti er døde.", "Det sier politiet til Reuters."], None),  # an agency
    (["Han kom til Kustposten i fjol.", "Hon gick till Kustposten."], None),  # no speech verb: a move
    # round via40: any medium cited after a citing word makes the page another's retelling, not only the one told
    (["Ifølge Politiken blev skolen lukket i går.", "Det bekræfter rektor Ida Holm over for B.T."], None),
    (["Enligt Aftonbladet stängdes fabriken i maj.", "– Det var väntat, säger facket till Expressen."], None),
    (["According to the Guardian, the pier was sold.", "“It is sad,” the mayor told the Harbour Gazette."], None),
    (["Laut Spiegel wurde das Werk verkauft.", "Das sagte ein Sprecher dem ZDF."], None),
    (["I et intervju med Fjordposten sier rådmannen at skolen stenger.", "– Det er trist, sier hun til VG."], None),
    (["In an interview with the Harbour Gazette, the mayor said the pier would close.",
      "“It is sad,” she told the Westshire Times."], None),  # an interview with another medium: two media
    (["Borgmesteren fortalte i et længere interview med TV 2, at havnen lukker."], None),  # an interview alone: no outlet
    (["Ifølge NTB er veien stengt.", "Det sier ordføreren til VG.", "Han sier til VG at det haster."], "VG"),  # a wire
])
def test_told_outlet(paragraphs: list[str], outlet: str | None) -> None:
    assert outlet_from_told(paragraphs) == outlet


# A page that names the medium told nowhere else (no masthead, byline, title or footer) does not show which outlet it
# is: no outlet, and the media told stay vias; a masthead, byline or footer naming it makes it the page's own.
SHOWN = [
    ("no", ("Stormen stenger veien\n\nVeien er stengt, sier Kari Lie til Dagbladet.\n\n"
           "– Vi venter, sier hun til Dagbladet."), "Dagbladet", True),
    ("no", ("DAGBLADET\n\nStormen stenger veien\n\nVeien er stengt, sier Kari Lie til Dagbladet.\n\n"
           "– Vi venter, sier hun til Dagbladet."), "Dagbladet", False),  # a masthead line shows it
    ("sv", ("Storm stänger vägen\n\nVägen är stängd, säger Per Holm till tidningen Expressen.\n\n"
           "– Vi väntar, säger han till Expressen."), "Expressen", True),  # its kind noun between
    ("da", ("Storm lukker vejen\n\nVejen er spærret, siger Ole Berg til Politiken.\n\n"
           "»Vi venter,« siger han til Politiken.\n\n© Politiken 2024"), "Politiken", False),  # a footer shows it
    ("de", ("Sturm sperrt Straße\n\nDie Straße bleibt gesperrt, sagte ein Sprecher dem Tagesspiegel.\n\n"
           "„Wir warten“, sagte er dem Tagesspiegel."), "Tagesspiegel", True),
    ("en", ("Storm closes road\n\nThe road is closed, the chief told the Harbour Gazette.\n\n"
           "“We wait,” she told the Harbour Gazette.\n\nBy Harbour Gazette staff"), "Harbour Gazette", False),
]


@pytest.mark.parametrize(("lang", "content", "outlet", "told_only"), SHOWN)
def test_an_outlet_shown_outside_the_text(lang: str, content: str, outlet: str, told_only: bool) -> None:
    # named again and again only as told: another medium's interviews, no outlet (its records keep the via);
    # shown by a masthead, byline or footer too: the page's own outlet
    article = structure_text(Page(input="t", content=content, kind="text"), options=Options(lang=lang))
    assert article.outlet == (None if told_only else outlet)


TOLD_ONCE = [
    ("no", "Stormen stenger veien\n\nVeien er stengt, sier Kari Lie til Dagbladet.\n\nBommen står nede.", "Dagbladet"),
    ("sv", "Storm stänger vägen\n\nVägen är stängd, säger Per Holm till Expressen.\n\nBommen är nere.", "Expressen"),
]


@pytest.mark.parametrize(("lang", "content", "outlet"), TOLD_ONCE)
def test_told_once_gives_no_outlet(lang: str, content: str, outlet: str) -> None:
    # named once, only as told: the page does not show which outlet it is (a site retelling another's interview
    # writes the same words), so the outlet is null and the medium told stays a via (the corpus conventions)
    article = structure_text(Page(input="t", content=content, kind="text"), options=Options(lang=lang))
    assert article.outlet is None
    assert outlet in article.body[0]


TOLD_AND_SHOWN = [
    # the medium told is named by a line outside the running text too: a footer, a byline
    ("no", ("Stormen stenger veien\nAv Ola Nes, Fjordposten\n\nVeien er stengt, sier Kari Lie til Fjordposten.\n\n"
           "Bommen står nede."), "Fjordposten"),
    ("en", ("Storm closes road\n\nThe road is closed, the chief told the Harbour Gazette.\n\nCrews wait nearby.\n\n"
           "By Harbour Gazette staff"), "Harbour Gazette"),
]


@pytest.mark.parametrize(("lang", "content", "outlet"), TOLD_AND_SHOWN)
def test_told_and_shown_outside_the_text_gives_the_outlet(lang: str, content: str, outlet: str) -> None:
    article = structure_text(Page(input="t", content=content, kind="text"), options=Options(lang=lang))
    assert article.outlet == outlet
