"""The outlet named by its own newsroom's sources, review or analysis in the body ("enligt Kustpostens källor",
"Fjordavisas gjennomgang viser", "nach Rheinbote-Informationen", "The Harbour Gazette's analysis"): a page with no
masthead nor footer names itself there. Known outlets and names shaped like a newspaper's only, never an agency,
one newsroom only (lang/<code>/newsroom_acts.txt).

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.structure.outlet import outlet_from_newsroom


@pytest.mark.parametrize(("paragraphs", "outlet"), [
    (["Enligt Expressens källor har bolaget redan sagt upp hyresavtalet."], "Expressen"),  # sv
    (["Kustpostens genomgång visar att bussarna var sena varannan dag."], "Kustposten"),
    (["SVT:s granskning visar att hälften av larmen kom fram för sent."], "SVT"),
    (["Ifølge Dagbladets kilder skal ministeren gå av før jul."], "Dagbladet"),  # no
    (["Fjordavisas gjennomgang viser at fergen var innstilt tolv ganger."], "Fjordavisa"),
    (["Ifølge Ekstra Bladets kilder er direktøren allerede fratrådt."], "Ekstra Bladet"),  # da
    (["Kystpostens gennemgang viser, at hver tredje afgang var forsinket."], "Kystposten"),
    (["Nach Spiegel-Informationen soll der Vertrag im Mai auslaufen."], "Spiegel"),  # de
    (["The Guardian's analysis of the figures shows a sharp rise in delays."], "The Guardian"),  # en
    (["A Harbour Gazette’s review of court records found dozens of such cases."], "Harbour Gazette"),
    (["Enligt TT:s genomgång var bussarna sena varannan dag."], None),  # an agency's review
    (["Enligt polisens källor var mannen känd sedan tidigare."], None),  # no outlet
    (["Expressens genomgång visar en sak.", "Aftonbladets källor säger en annan."], None),  # two newsrooms
    # a web address opening a sentence keeps the spelling the text gives it inside one
    (["Det bekræfter politiet over for fjordnyt.dk.", "Fjordnyt.dk vil arbejde videre med sagen."], "fjordnyt.dk"),
    (["Fjordnyt.dk vil arbejde videre med sagen."], "Fjordnyt.dk"),
])
def test_newsroom_findings(paragraphs: list[str], outlet: str | None) -> None:
    assert outlet_from_newsroom(paragraphs) == outlet
