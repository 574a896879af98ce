"""A list of the site's latest news at the foot of a page (caption, headline, sentence, age) is furniture: no
subheadings, no captions, no body. Lines and pages written for these tests, per language."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.teasers import is_age_line
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("20 dagar sedan", True), ("ungefär tolv timmar sedan", True), ("ungefär en månad sedan", True),  # sv
        ("3 dager siden", True), ("for 20 dage siden", True),  # no, da
        ("vor 2 Stunden", True), ("vor etwa einer Woche", True),  # de
        ("about 20 days ago", True), ("3 hours ago", True),  # en
        ("Sedan dess har mycket hänt.", False), ("Vor Gericht", False), ("ago", False),
        ("Polisen har sedan dess sökt efter mannen i flera veckor", False),
        ("for 3 timer siden.", False), ("vor 2 Stunden:", False), ("3 hours ago?", False),  # a sentence's end, a lead-in
        ("20", False), ("tolv timmar sedan", True),  # one word; a number word
    ],
)
def test_age_line(line: str, expected: bool) -> None:
    assert is_age_line(line) is expected


def _teasers(items: list[tuple[str, str, str, str]]) -> str:
    return "\n".join(f"{cap}\n{head}\n{sent}\n{age}" for cap, head, sent, age in items) + "\n"


PAGES = [
    ("sv", ("Bussar stoppas av snö i fjällen\n\nSnön har stoppat all busstrafik i fjällen sedan i går kväll, uppger "
           "bolaget.\n\nResenärerna får vänta på hotellen tills vägarna har plogats, säger en talesperson.\n\n"
           "Senaste nytt\n\n"),
     [("Hamnen i dimma. Foto: Anna Ek/TT", "Färjan ställer in turerna", "Dimman gör att färjan inte går i dag.",
       "20 dagar sedan"),
      ("Ett arkivfoto. Foto: Per Lind/TT", "Ny rektor på gymnasiet", "Skolan har fått en ny rektor efter sommaren.",
       "ungefär en månad sedan")]),
    ("en", ("Snow stops buses in the hills\n\nSnow has stopped every bus in the hills since last night, the company "
           "said.\n\nTravellers have to wait at their hotels until the roads are cleared, a spokeswoman said.\n\n"
           "Latest news\n\n"),
     [("The harbour in fog. Photo: Jane Roe/AP", "Ferry cancels its crossings", "The fog keeps the ferry in port today.",
       "about 20 days ago"),
      ("A file picture. Photo: John Doe/AP", "New head for the high school", "The school has a new head after summer.",
       "3 hours ago")]),
]


@pytest.mark.parametrize(("lang", "head", "items"), PAGES)
def test_teaser_list_is_furniture(lang: str, head: str, items: list[tuple[str, str, str, str]]) -> None:
    article = structure_text(Page(input="t", content=head + _teasers(items), kind="text"), options=Options(lang=lang))
    assert (article.headings, article.captions, len(article.body)) == ((), (), 2)


def test_one_dated_item_is_no_list() -> None:
    text = ("Snow stops buses in the hills\n\nSnow has stopped every bus in the hills since last night, the company "
            "said.\n\nFerry cancels its crossings\n\nThe fog keeps the ferry in port today, the harbour said.\n\n"
            "3 hours ago\n")
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang="en"))
    assert "Ferry cancels its crossings" in article.headings
