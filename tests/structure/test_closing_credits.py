"""Captions closed by a credit with no label: a picture agency in brackets, "(Photo/X)", a photographer's
name and agency after the last sentence (`captions._bracketed_picture_agency`, `_person_after_text`,
`_unlabelled`)."""
from __future__ import annotations

import pytest

from enligt.models import Caption
from enligt.structure.captions import split_caption


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("The new depot outside Derby (Getty)", "The new depot outside Derby", "Getty"),
        ("Brannbilen utenfor skolen i Moss (Scanpix)", "Brannbilen utenfor skolen i Moss", "Scanpix"),
        ("Der Hafen von Kiel am Morgen (Shutterstock)", "Der Hafen von Kiel am Morgen", "Shutterstock"),
        ("Councillor Jane Webb at the meeting. (Photo/Council)", "Councillor Jane Webb at the meeting.", "Council"),
        ("Fabriken i Borås ska stänga i vår. Lisa Holm/TT", "Fabriken i Borås ska stänga i vår.", "Lisa Holm/TT"),
        ("Færgen lagde til i Aarhus i går. Peter Berg/Ritzau Scanpix", "Færgen lagde til i Aarhus i går.",
         "Peter Berg/Ritzau Scanpix"),
        ("Die Brücke bleibt gesperrt. Karl Maier/dpa", "Die Brücke bleibt gesperrt.", "Karl Maier/dpa"),
    ],
)
def test_closing_credit(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "Han sa det i går. (NTB)",  # a news agency's sign closes a paragraph: no caption
        "The talks ended on Monday (AP)",
        "Polisen kom till platsen i går kväll. Anna Berg",  # a name with no agency
        "Trafikken går mellom Oslo/Bergen igjen. Kari Nes/Lillehammer",  # the part after the slash: no agency
        "Die Stadt (Kiel) plant neue Wege",
    ],
)
def test_no_closing_credit(line: str) -> None:
    assert split_caption(line) is None
