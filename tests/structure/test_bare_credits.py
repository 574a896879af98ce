"""A bare credit line that claims no caption line: a picture printed without caption text (structure/textpass.py)."""
from __future__ import annotations

import pytest

from enligt.models import Caption, Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def captions(content: str) -> tuple[Caption, ...]:
    return structure_text(Page(input="t.txt", content=content, kind="text"), options=Options()).captions


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # sv: a credit under a caption with its credit, then a second picture's credit alone
        (("Båten sjönk i hamnen\n\nBåten sjönk vid kajen i Nynäshamn natten till söndag, uppger Kustbevakningen.\n\n"
         "Båten vid kajen på söndagen. Foto: Eva Berg/TT\nFoto: Eva Berg/TT\n\n"
         "Ingen ombord skadades, och bärgningen väntas börja under måndagen enligt hamnen.\n"),
         (Caption("Båten vid kajen på söndagen.", "Eva Berg/TT"), Caption("", "Eva Berg/TT"))),
        # no: a credit under running speech (a dash quote is never a caption)
        (("Brann i låve på Toten\n\nEn låve brant ned i Østre Toten natt til lørdag, opplyser politiet på stedet.\n\n"
         "– Vi fikk melding rett etter midnatt, og da sto låven allerede i full fyr, sier operasjonslederen "
         "til avisen i en lengre samtale om natten og om arbeidet videre framover.\n\nFoto: Kari Nes\n\n"
         "Ingen dyr var i låven da brannen startet, ifølge eieren av gården.\n"),
         (Caption("", "Kari Nes"),)),
        # da: two pictures' credits printed one under the other
        (("Storm lukker broen\n\nStorebæltsbroen blev lukket for trafik mandag aften på grund af stormen, oplyser politiet.\n\n"
         "Træer væltede over vejen ved Nyborg. Foto: Jens Holm\nFoto: Jens Holm\nFoto: Mette Lund\n\n"
         "Broen ventes at åbne igen tirsdag morgen, hvis vinden lægger sig som ventet.\n"),
         (Caption("Træer væltede over vejen ved Nyborg.", "Jens Holm"), Caption("", "Jens Holm"),
          Caption("", "Mette Lund"))),
        # sv: the credit a month-only crawl header runs into: a picture at the page's top, no caption text
        ((" date 2020-02 Foto: Eva Berg/TT\n\nStormen har dragit in över kusten och skapat problem på många håll, "
          "uppger SMHI i ett pressmeddelande.\n\n– Vi följer läget hela tiden, säger en meteorolog.\n"),
         (Caption("", "Eva Berg/TT"),)),
        # en: a picture's credit under the share row below the headline
        (("Storm closes the bridge\n\nShare\n\nPhoto: Jane Roe\n\nThe bridge was closed on Monday evening "
          "because of the storm, police said in a statement.\n"),
         (Caption("", "Jane Roe"),)),
        # no: a photographer's name written surname first claims the long caption line above it
        (("Budsjettet får kritikk\n\nOpposisjonen mener regjeringen bruker for mye oljepenger i årets budsjett, "
          "og krever endringer.\n\nPartilederen sammen med finanspolitisk talsperson på vei inn til pressekonferansen "
          "om budsjettet i Stortinget tirsdag. Hun ser lite igjen av sitt parti i budsjettpakken.\nLund, Kari\n\n"
          "Forhandlingene fortsetter i neste uke, opplyser partiene i en felles uttalelse.\n"),
         (Caption("Partilederen sammen med finanspolitisk talsperson på vei inn til pressekonferansen om budsjettet "
                  "i Stortinget tirsdag. Hun ser lite igjen av sitt parti i budsjettpakken.", "Lund, Kari"),)),
        # de: the credit line claims the short caption line above it, as before
        (("Brücke gesperrt nach Unfall\n\nDie Brücke über den Main bleibt nach einem Unfall bis Freitag gesperrt, teilte die Stadt mit.\n\n"
         "Die gesperrte Brücke am Morgen.\nFoto: Max Roth\n\n"
         "Ein Lastwagen hatte am Dienstag das Geländer beschädigt, wie die Polizei berichtete.\n"),
         (Caption("Die gesperrte Brücke am Morgen.", "Max Roth"),)),
        # de: a box's one-word label above a picture is no caption text
        (("Brücke gesperrt nach Unfall\n\nDie Brücke über den Main bleibt nach einem Unfall bis Freitag gesperrt, teilte die Stadt mit.\n\n"
         "Infos\nFoto: Max Roth\n\n"
         "Ein Lastwagen hatte am Dienstag das Geländer beschädigt, wie die Polizei berichtete.\n"),
         (Caption("", "Max Roth"),)),
        # en: a credit alone straight under the headline is furniture, not a caption
        (("Bridge closes after crash\n\nPhoto: Jane Roe\n\n"
         "The bridge over the river will stay closed until Friday after a truck hit the railing, the city said.\n\n"
         "Repairs are expected to take three days, officials said on Tuesday afternoon.\n"),
         ()),
    ],
)
def test_bare_credit(content: str, expected: tuple[Caption, ...]) -> None:
    assert captions(content) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # sv: the page opens with the picture's credit, above the headline
        (("Foto: Lars Ek/TT\n\nTåg stod stilla i timmar\n\n"
          "Tusentals resenärer blev stående när ett signalfel stoppade tågen söder om Uppsala på måndagen.\n\n"
          "Trafikverket räknar med att felet är åtgärdat till kvällen, enligt myndighetens presstjänst.\n"),
         (Caption("", "Lars Ek/TT"),)),
        # no: the same credit printed twice at the top is one picture
        (("Foto: Kari Nes\nFoto: Kari Nes\n\nVeien stengt etter ras\n\n"
          "Riksvei 15 er stengt etter et steinras natt til tirsdag, opplyser Statens vegvesen.\n\n"
          "Det er ventet at veien åpner igjen i løpet av onsdagen, ifølge vegvesenet.\n"),
         (Caption("", "Kari Nes"),)),
        # da: a page with no headline: date line, then the credit alone
        (("3. marts 2024\n\nFoto: Jens Holm\n\n"
          "Flere personer blev anholdt efter et slagsmål i Aarhus natten til søndag, oplyser politiet.\n\n"
          "Politiet har sigtet to af dem for vold og undersøger nu sagen nærmere.\n"),
         (Caption("", "Jens Holm"),)),
        # en: a source's photo credit in brackets under the date line
        (("Two hurt in downtown crash\n\nMarch 3, 2024, 9:30 AM\n(Courtesy Photo/City Fire Department)\n"
          "Two people were hurt when a car struck a bus shelter downtown on Sunday, fire officials said.\n"
          "The driver stayed at the scene and was questioned by police, officials said.\n"),
         (Caption("", "Courtesy Photo/City Fire Department"),)),
        # de, en: a page with no headline opens with the credit alone: a picture without caption text
        (("Foto: Max Roth\n\nDie Stadt will die Brücke über den Main im Frühjahr für mehrere Wochen sperren, teilte "
          "ein Sprecher am Dienstag mit.\n\nDer Verkehr soll über die Umgehungsstraße geleitet werden.\n"),
         (Caption("", "Max Roth"),)),
        (("Photo: Jane Roe\n\nThe city plans to close the bridge over the river for several weeks in the spring, a "
          "spokesman said on Tuesday.\n\nTraffic will be sent along the bypass, officials said.\n"),
         (Caption("", "Jane Roe"),)),
        # de: a credit under a line of text above the headline belongs to it: no empty caption
        (("Die gesperrte Brücke am Morgen.\nFoto: Max Roth\n\nBrücke gesperrt nach Unfall\n\n"
          "Die Brücke über den Main bleibt nach einem Unfall bis Freitag gesperrt, teilte die Stadt mit.\n\n"
          "Ein Lastwagen hatte am Dienstag das Geländer beschädigt, wie die Polizei berichtete.\n"),
         ()),
    ],
)
def test_bare_credit_at_the_top(content: str, expected: tuple[Caption, ...]) -> None:
    assert captions(content) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # en: a credit with no label set off by a blank line under a paragraph that runs on from the one above it
        (("Council delays vote on housing plan\n\nThe council put off its vote on the downtown housing plan on Monday.\n"
          "The mayor told the meeting that the plan needed more work before a final decision.\n"
          "\u201cWe are not there yet,\u201d the mayor said.\n\nJane Roe / Reuters.\n\n"
          "The vote is now expected in May, after two more public hearings on the plan.\n"),
         (Caption("", "Jane Roe / Reuters"),)),  # (the stop closes the line, no part of the credit)
        # no: the same in Norwegian, the credit after a spaced dash and a glued agency name
        (("Rådet utsetter avstemningen\n\nBystyret utsatte mandag avstemningen om den nye boligplanen i sentrum.\n"
          "Ordføreren sa at planen trengte mer arbeid før et endelig vedtak kunne fattes.\n"
          "Ordføreren mener at planen ikke er klar ennå.\n\nKari Nes - Pool/GettyImages\n\n"
          "Avstemningen ventes nå i mai, etter to nye offentlige høringer om planen.\n"),
         (Caption("", "Kari Nes - Pool/GettyImages"),)),
        # en: straight under a short caption line it claims it, as a labelled credit does
        (("Council delays vote on housing plan\n\nThe council put off its vote on the downtown housing plan on Monday, "
          "a spokesman said.\n\nThe mayor leaves the town hall.\nJane Roe/Getty Images\n\n"
          "The vote is now expected in May, after two more public hearings on the plan, officials said.\n"),
         (Caption("The mayor leaves the town hall.", "Jane Roe/Getty Images"),)),
    ],
)
def test_credit_alone_under_running_text(content: str, expected: tuple[Caption, ...]) -> None:
    assert captions(content) == expected


def lead_and_captions(content: str) -> tuple[str | None, tuple[Caption, ...]]:
    article = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return article.lead, article.captions


@pytest.mark.parametrize(
    ("content", "lead", "expected"),
    [
        # de: the standfirst under the headline, then the picture's credit alone
        (("Stadt sperrt die alte Brücke\n\nDie alte Brücke über den Main bleibt nach einem schweren Unfall bis Ende der Woche gesperrt.\n\n"
          "Foto: Max Roth\n\nFrankfurt. Ein Lastwagen hatte am Dienstag das Geländer beschädigt, wie die Polizei berichtete.\n"),
         "Die alte Brücke über den Main bleibt nach einem schweren Unfall bis Ende der Woche gesperrt.",
         (Caption("", "Max Roth"),)),
        # da: a credit with no label (a name and an agency) under the standfirst
        (("Storm lukker broen\n\nStorebæltsbroen blev lukket for al trafik mandag aften på grund af den kraftige storm, oplyser politiet.\n\n"
          "Jens Holm/Ritzau Scanpix\n\nBroen ventes at åbne igen tirsdag morgen, hvis vinden lægger sig som ventet.\n"),
         "Storebæltsbroen blev lukket for al trafik mandag aften på grund af den kraftige storm, oplyser politiet.",
         (Caption("", "Jens Holm/Ritzau Scanpix"),)),
        # no
        (("Brann i låve på Toten\n\nEn låve brant ned i Østre Toten natt til lørdag, og ingen dyr var inne da brannen startet.\n\n"
          "Foto: Kari Nes / NTB\n\nPolitiet fikk melding om brannen rett etter midnatt, opplyser operasjonslederen.\n"),
         "En låve brant ned i Østre Toten natt til lørdag, og ingen dyr var inne da brannen startet.",
         (Caption("", "Kari Nes / NTB"),)),
        # sv
        (("Tåg stod stilla i timmar\n\nTusentals resenärer blev stående i flera timmar när ett signalfel stoppade alla tågen söder om Uppsala.\n\n"
          "Foto: Lars Ek/TT\n\nTrafikverket räknar med att felet är åtgärdat till kvällen, enligt myndighetens presstjänst.\n"),
         "Tusentals resenärer blev stående i flera timmar när ett signalfel stoppade alla tågen söder om Uppsala.",
         (Caption("", "Lars Ek/TT"),)),
        # en
        (("Bridge closes after crash\n\nThe bridge over the river will stay closed until Friday after a truck hit the railing.\n\n"
          "Photo: Jane Roe\n\nRepairs are expected to take three days, city officials said on Tuesday afternoon.\n"),
         "The bridge over the river will stay closed until Friday after a truck hit the railing.",
         (Caption("", "Jane Roe"),)),
        # en: a short line under the headline is still the picture's caption that the credit claims
        (("Bridge closes after crash\n\nThe closed bridge on Tuesday.\n\nPhoto: Jane Roe\n\n"
          "The bridge over the river will stay closed until Friday after a truck hit the railing, the city said.\n"),
         "The bridge over the river will stay closed until Friday after a truck hit the railing, the city said.",
         (Caption("The closed bridge on Tuesday.", "Jane Roe"),)),
    ],
)
def test_credit_under_the_standfirst(content: str, lead: str, expected: tuple[Caption, ...]) -> None:
    assert lead_and_captions(content) == (lead, expected)


def authors_and_headings(content: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    article = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return tuple(article.authors), tuple(article.headings)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # no: a bare name under the top picture's credit, under the standfirst: the byline
        (("Brann i låve på Toten\n\nEn låve brant ned i Østre Toten natt til lørdag, og ingen dyr var inne da brannen startet.\n\n"
          "Foto: Kari Nes / NTB\n\nOla Berg\n\nPolitiet fikk melding om brannen rett etter midnatt, opplyser operasjonslederen.\n\n"
          "Eieren av gården sier at låven skal bygges opp igjen i løpet av sommeren.\n"),
         (("Ola Berg",), ())),
        # sv
        (("Tåg stod stilla i timmar\n\nTusentals resenärer blev stående i flera timmar när ett signalfel stoppade alla tågen söder om Uppsala.\n\n"
          "Foto: Lars Ek/TT\n\nAnna Berg\n\nTrafikverket räknar med att felet är åtgärdat till kvällen, enligt myndighetens presstjänst.\n\n"
          "Resenärer uppmanas att hålla sig uppdaterade via trafikupplysningen under dagen.\n"),
         (("Anna Berg",), ())),
        # da: the wire's sign as the byline under the picture is no heading
        (("Storm lukker broen\n\nStorebæltsbroen blev lukket for al trafik mandag aften på grund af den kraftige storm, oplyser politiet.\n\n"
          "Jens Holm/Ritzau Scanpix\n\nAf: /ritzau/\n\nBroen ventes at åbne igen tirsdag morgen, hvis vinden lægger sig som ventet.\n\n"
          "Vejdirektoratet opfordrer bilister til at vente med at køre, til broen er åben igen.\n"),
         ((), ())),
    ],
)
def test_byline_under_the_top_picture(content: str, expected: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert authors_and_headings(content) == expected
