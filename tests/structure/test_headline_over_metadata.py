"""A short headline under a caption at the page's top: the line over the page's date or byline (or over a row of
date labels whose dates the crawler dropped) is the headline, however short, for no subheading has a date under it;
a credit line and the caption printed twice above it are passed over. Before, the page had no title and the
headline was its first subheading.

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text

PAGES = {
    "sv": ("Grävmaskiner vid den raserade kajen i hamnen på tisdagen.", "Kajen rasade i natt",
           ("Publicerad 14 april 2025 kl. 08.10", "Uppdaterad\nPublicerad", "Av Lina Ekdahl"),
           "En del av kajen i hamnen rasade under natten efter flera dagars kraftigt regn. Ingen människa kom till skada.",
           "Kommunen har spärrat av området och väntar på besked från en geotekniker om hur länge arbetet tar."),
    "no": ("Gravemaskiner ved den raserte kaia i havna tirsdag.", "Kaia raste i natt",
           ("Publisert 14. april 2025 kl. 08.10", "Publisert\nOppdatert", "Av Siri Haugland"),
           "En del av kaia i havna raste i løpet av natten etter flere dager med kraftig regn. Ingen ble skadet.",
           "Kommunen har sperret av området og venter på svar fra en geotekniker om hvor lenge arbeidet tar."),
    "da": ("Gravemaskiner ved den styrtede kaj i havnen tirsdag.", "Kajen styrtede sammen",
           ("Publiceret 14. april 2025 kl. 08.10", "Publiceret\nOpdateret", "Af Jonas Brandt"),
           "En del af kajen i havnen styrtede sammen i løbet af natten efter flere dages kraftig regn. Ingen kom til skade.",
           "Kommunen har spærret området af og venter på svar fra en geotekniker om, hvor længe arbejdet tager."),
    "de": ("Bagger an der eingestürzten Kaimauer im Hafen am Dienstag.", "Kaimauer eingestürzt",
           ("Veröffentlicht am 14. April 2025, 08:10 Uhr", "Veröffentlicht\nAktualisiert", "Von Jana Roth"),
           "Ein Teil der Kaimauer im Hafen ist in der Nacht nach mehreren Tagen mit starkem Regen eingestürzt. Verletzt wurde niemand.",
           "Die Stadt hat das Gelände abgesperrt und wartet auf die Einschätzung eines Geotechnikers zur Dauer der Arbeiten."),
    "en": ("Diggers at the collapsed quay in the harbour on Tuesday.", "Harbour quay collapses",
           ("Published April 14, 2025 at 8:10 a.m.", "Published\nUpdated", "By Maya Thornton"),
           "Part of the quay in the harbour collapsed overnight after several days of heavy rain. Nobody was hurt.",
           "The council has closed off the area and is waiting for a geotechnical engineer to say how long the work will take."),
}
CREDITS = {"sv": "Foto: Erik Sand", "no": "Foto: Erik Sand", "da": "Foto: Erik Sand", "de": "Foto: Erik Sand",
           "en": "Photo: Erik Sand"}
CASES = [(lang, meta, top) for lang, page in PAGES.items() for meta in page[2] for top in ("caption", "twice", "credit")]


@pytest.mark.parametrize(("lang", "meta", "top"), CASES)
def test_short_headline_over_date_or_byline(lang: str, meta: str, top: str) -> None:
    caption, title, _, lead, body = PAGES[lang]
    above = {"caption": [caption], "twice": [caption, caption], "credit": [caption, CREDITS[lang]]}[top]
    text = "\n\n".join([*above, title, meta, lead, body]) + "\n"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert (article.title, title in article.headings) == (title, False)


@pytest.mark.parametrize("lang", list(PAGES))
def test_short_line_under_lead_stays_a_subheading(lang: str) -> None:
    """With no date or byline under it, a short line under the first paragraph is a subheading of the body."""
    _caption, title, _, lead, body = PAGES[lang]
    text = f"{lead}\n\n{title}\n\n{body}\n\n{lead}" + "\n"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert title in article.headings and article.title != title
