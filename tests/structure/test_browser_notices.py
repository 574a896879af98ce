"""A notice that the browser runs no scripts or is not supported ("Javascript är avstängt", "IE 11 is not
supported. For an optimal experience …", "Ihr Browser wird nicht unterstützt") is furniture in all five languages:
never the lead nor a subheading (lang/<code>/furniture.txt).

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.furniture import is_furniture
from enligt.structure.text import structure_text


@pytest.mark.parametrize("line", [
    "Javascript är avstängt", "Javascript måste vara påslaget för att kunna se videon", "Din webbläsare stöds inte",  # sv
    "Nettleseren din støttes ikke. Bytt til en nyere nettleser.",  # no
    "Din browser understøttes ikke længere.",  # da
    "JavaScript ist deaktiviert", "Ihr Browser wird nicht unterstützt. Bitte wechseln Sie den Browser.",  # de
    "IE 11 is not supported. For the best experience please use another browser.",  # en
    "Your browser is not supported.", "This browser is no longer supported.",
])
def test_browser_notice_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(("lang", "notice", "title", "lead"), [
    ("en", "IE 11 is not supported. For the best experience please use another browser.",
     "Storm brings down power lines across the valley",
     "Thousands of homes were without power on Monday after a storm brought down lines across the valley."),
    ("sv", "Javascript är avstängt", "Storm fällde elledningar i dalen",
     "Tusentals hushåll var utan ström på måndagen sedan en storm fällt ledningar i dalen."),
])
def test_browser_notice_is_no_lead(lang: str, notice: str, title: str, lead: str) -> None:
    text = f"{title}\n\n{notice}\n\n{lead}\n\n{lead.replace('.', ', enligt bolaget.', 1)}\n"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert (article.title, article.lead, list(article.headings)) == (title, lead, [])
