"""A caption credited to a photographer and agency with no label ("Karin Ek/TT: …", "Crews: Jane Roe/Getty Images")
is a caption line (structure/captions._person_credit): never the title, its text no body paragraph."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def run(content: str) -> tuple[str | None, list[str], list[str]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.title, [c.credit or "" for c in art.captions], list(art.body)


@pytest.mark.parametrize(
    ("content", "title", "credit"),
    [
        (("Åklagaren överklagar domen\n\nKarin Ek/TT: Åklagaren Per Lind säger att han ska överklaga domen i målet. "
          "Arkivbild\n\nVi kommer att överklaga, säger Per Lind.\n\nHovrätten dömde männen till fängelse under "
          "torsdagen, efter en lång rättegång."),
         "Åklagaren överklagar domen", "Karin Ek/TT"),
        (("Brannen i sentrum er slukket\n\nOla Nordmann / NTB Scanpix: Røyken var synlig over hele byen natt til "
          "søndag.\n\nBrannvesenet fikk kontroll over brannen etter fire timer, opplyser politiet.\n\n"
          "Ingen personer ble skadet."),
         "Brannen i sentrum er slukket", "Ola Nordmann / NTB Scanpix"),
        (("Rescue crews: Jane Roe/Getty Images/Newscom\nJohn Smith\nMarch 3, 2004 at 05:00 AM EST\n\n"
          "Rescue crews searched the river for a second day on Tuesday after a boat capsized near the dam, "
          "officials said.\n\nThe search will go on through the week, the county sheriff said."),
         None, "Jane Roe/Getty Images/Newscom"),
    ],
)
def test_person_credit_caption_is_no_title(content: str, title: str | None, credit: str) -> None:
    got_title, credits, body = run(content)
    assert got_title == title
    assert credit in credits
    assert not any(credit in paragraph for paragraph in body)
