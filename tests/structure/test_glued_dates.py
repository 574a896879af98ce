"""A date line glued into the text beside it (structure/gluedate.split_glued_date), a two-digit year before a
time (structure/dates), and a name line next to the date line read as the byline."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.dates import parse_date
from enligt.structure.gluedate import split_glued_date
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no: the date line at the end of the lead, with its update note
        ("En kvinne ble skadet i en trafikkulykke i Grimstad natt til søndag. 03.05.2021 kl 02:14 (Oppdatert 03:02)",
         ["En kvinne ble skadet i en trafikkulykke i Grimstad natt til søndag.", "03.05.2021 kl 02:14 (Oppdatert 03:02)"]),
        # de: a labelled date between the headline and the lead
        ("Was bedeutet der neue Tarif für Pendler? Stand: 12.03.2022 09:30 Uhr Die Verkehrsbetriebe erhöhen die Preise ab Mai.",
         ["Was bedeutet der neue Tarif für Pendler?", "Stand: 12.03.2022 09:30 Uhr",
          "Die Verkehrsbetriebe erhöhen die Preise ab Mai."]),
        # de: a labelled date after a headline with no stop
        ("Stadtwerke Kiel Neue Leitung für das Fernwärmenetz Stand: 08.02.2023 14:10 Uhr",
         ["Stadtwerke Kiel Neue Leitung für das Fernwärmenetz", "Stand: 08.02.2023 14:10 Uhr"]),
        # da: an updated label after a sentence
        ("Tre biler kørte sammen på motorvejen ved Vejle i morges. Opdateret 14.06.2020 kl. 08.45",
         ["Tre biler kørte sammen på motorvejen ved Vejle i morges.", "Opdateret 14.06.2020 kl. 08.45"]),
        # sv: a published label after a sentence
        ("Två personer fördes till sjukhus efter branden i Borås. Publicerad 21 maj 2021 kl 17.20",
         ["Två personer fördes till sjukhus efter branden i Borås.", "Publicerad 21 maj 2021 kl 17.20"]),
        # en: a date with a 12-hour clock after a sentence
        ("The bridge will stay closed until the repairs are done. March 4, 2024 at 6:15 p.m.",
         ["The bridge will stay closed until the repairs are done.", "March 4, 2024 at 6:15 p.m."]),
        # a date without a time of day in a running sentence: not a date line
        ("Die Sitzung wurde auf den 12.03.2022 verschoben, teilte die Stadt mit.", None),
        # a time in a running sentence goes on after it: no label, so nothing is cut
        ("Der Zug fuhr am 12.03.2022 um 09:30 Uhr in Kiel ab und kam pünktlich an.", None),
        # no sentence end and no label before the date
        ("Neue Leitung für das Fernwärmenetz 08.02.2023 14:10 Uhr", None),
        # a date line alone is left as it is
        ("Publisert 03.05.2021 kl 02:14", None),
    ],
)
def test_split_glued_date(text: str, expected: list[str] | None) -> None:
    assert split_glued_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publisert: 03.05.21 kl. 02:14", "2021-05-03T02:14"),
        ("Aktualisiert 12.03.22 09:30 Uhr", "2022-03-12T09:30"),
        ("Udgivet 14.06.20 kl. 08.45", "2020-06-14T08:45"),
        ("Publicerad 21.05.21 17:20", "2021-05-21T17:20"),
        ("Posted 04.03.98 6:15", "1998-03-04T06:15"),
        ("Version 2.10.15 released", None),  # no time after it
        ("Kapittel 3.4.21", None),
    ],
)
def test_two_digit_year_before_time(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_glued_date_gives_date_and_byline_name() -> None:
    content = ("Brann i garasje på Tromøy\n\n"
               "En garasje brant ned på Tromøy natt til tirsdag. 14.09.2021 kl 03:12 (Oppdatert 04:40)\n\n"
               "Per Olav Lunde\n\n"
               "Brannvesenet rykket ut med to mannskapsbiler, og ingen personer ble skadet i brannen.\n\n"
               "Politiet vil undersøke brannstedet nærmere i løpet av dagen, sier operasjonslederen.\n")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.published == "2021-09-14T03:12"
    assert art.lead == "En garasje brant ned på Tromøy natt til tirsdag."
    assert list(art.authors) == ["Per Olav Lunde"]
    assert "Per Olav Lunde" not in art.headings
