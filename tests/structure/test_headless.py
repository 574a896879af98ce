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
    ],
    ids=["one-paragraph", "headline-with-period", "title-case", "two-sentences", "quote-headline", "long-lead",
         "dash-speech", "sentence-lines"],
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
