"""Caption lines whose credit is printed twice, and captions signed again by their agency after a dash."""
from __future__ import annotations

import pytest

from enligt.models import Caption
from enligt.structure.captions import split_caption


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # the label printed twice in one bracket
        ("Brandmän vid huset i Umeå. (Foto: Foto: Lars Ek/TT)", "Brandmän vid huset i Umeå.", "Lars Ek/TT"),
        ("Skolen i Ringsted stod tom fredag. (Foto: Foto: Mette Holm/Ritzau Scanpix)",
         "Skolen i Ringsted stod tom fredag.", "Mette Holm/Ritzau Scanpix"),
        # the credit repeated in brackets after it, the agency's form of it
        ("Helfer räumen die Straße in Passau. Foto: Jana Roth/dpa (FOTO: Keystone/dpa/Jana Roth)",
         "Helfer räumen die Straße in Passau.", "Jana Roth/dpa"),
        ("Mannskapet ved brannstasjonen. Foto: Ola Moe (Foto: Ola Moe)", "Mannskapet ved brannstasjonen.", "Ola Moe"),
        ("Foto: Povl Hansen (Foto: Povl Hansen)", "", "Povl Hansen"),
        # the agency's sign after a dash: a bracketed credit before it, or the agency's picture credit
        ("Rescuers search the rubble in Izmir, Friday, Oct. 30, 2020. (AP Photo/Jane Roe) — AP",
         "Rescuers search the rubble in Izmir, Friday, Oct. 30, 2020.", "AP Photo/Jane Roe"),
        ("Firefighters at the depot on Monday. (AP Photo/John Doe)— AP", "Firefighters at the depot on Monday.",
         "AP Photo/John Doe"),
        ("A man wades through the water in Dhaka. Rivers burst their banks. — AFP/VNA Photo",
         "A man wades through the water in Dhaka. Rivers burst their banks.", "AFP/VNA"),
    ],
)
def test_repeated_credit(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # two pictures' captions glued: the second credit is no repeat of the first (no shared name)
        ("Bild 1 visar hamnen. Foto: Kari Nes (Foto: Ola Berg)", "Bild 1 visar hamnen. Foto: Kari Nes", "Ola Berg"),
    ],
)
def test_credit_not_repeated(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "The minister resigned on Monday. — AP",  # a paragraph signed by its agency: no caption
        "Police closed the road. — Reuters",
    ],
)
def test_paragraph_signed_after_dash(line: str) -> None:
    assert split_caption(line) is None
