"""The public warning (VMA) that a Swedish broadcaster prints over every page while it is in force ("Viktigt
meddelande till allmänheten i …") is furniture: never the lead above the headline, nor body text.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.furniture import is_furniture
from enligt.structure.text import structure_text

WARNING = ("Viktigt meddelande till allmänheten i Norrtälje kommun, Stockholms län. Det brinner i en lagerbyggnad "
           "med kraftig rökutveckling. Räddningstjänsten ber alla i närheten att hålla sig inne och stänga ventilationen.")


@pytest.mark.parametrize(("line", "expected"), [
    ("Viktigt meddelande:", True), ("Viktigt meddelande", True), (WARNING, True),
    ("Viktigt meddelande från kommunen om vattnet i Ösmo dröjer till i morgon.", False),  # a sentence of the text
])
def test_public_warning_is_furniture(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


def test_public_warning_is_no_lead() -> None:
    text = (f"Viktigt meddelande:\n\n{WARNING}\n\nNy gång- och cykelbro över ån invigs i helgen\n\nPublicerad\n\n"
            "Den nya bron över ån invigs på lördag, ett halvår tidigare än kommunen först räknade med.\n\n"
            "Bron ersätter den gamla träbron, som stängdes i våras efter att inspektörer hittat röta i bärverket.\n")
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang="sv"))
    assert article.title == "Ny gång- och cykelbro över ån invigs i helgen"
    assert article.lead is not None and article.lead.startswith("Den nya bron")
